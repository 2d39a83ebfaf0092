"""What booking says to a family by text: templates, local times, GSM-7 and segments.

Wording lives in ``templates/booking/*.txt``; this module renders it and checks
it fits in two SMS segments of GSM-7 characters, falling back to a shorter
template when it does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from flask import render_template

from assistant import clock
from assistant.channels import sms_text

MAX_SEGMENTS = 2


def fits(text: str) -> bool:
    """True when ``text`` is all GSM-7 and goes in at most two segments."""
    return sms_text.is_gsm7(text) and sms_text.fits(text, MAX_SEGMENTS)


def render_text(templates: Iterable[str], **context: Any) -> str:
    """The first of ``templates`` whose rendering fits two GSM-7 segments.

    The last one is returned anyway: the templates are written so it always fits.
    """
    text = ""
    for name in templates:
        text = " ".join(render_template(name, **context).split())
        if fits(text):
            return text
    return text


def when(moment: datetime) -> str:
    """A local time as a parent reads it: ``Wed 8 Sep 9:00``."""
    here = clock.local(moment)
    return f"{here:%a} {here.day} {here:%b} {here.hour}:{here:%M}"


def spoken_when(moment: datetime) -> str:
    """A local time as a call says it: ``Wednesday 8 September at 9:00`` (a voice reads
    "Wed" as the word, and lower case "nov" letter by letter)."""
    return f"{spoken_day(moment)} at {clock_time(moment)}"


def spoken_day(moment: datetime) -> str:
    here = clock.local(moment)
    return f"{here:%A} {here.day} {here:%B}"


def day(moment: datetime) -> str:
    """A local day as a parent reads it: ``Wed 8 Sep``."""
    here = clock.local(moment)
    return f"{here:%a} {here.day} {here:%b}"


def clock_time(moment: datetime) -> str:
    here = clock.local(moment)
    return f"{here.hour}:{here:%M}"


def names_list(names: Sequence[str]) -> str:
    """``Ava``, ``Ava and Ben``, ``Ava, Ben and Cara``."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def visits(bookings: Sequence[Any]) -> dict[str, Any]:
    """What the confirmation and the reminder say about ``bookings`` (one household's, with
    child and slot loaded), earliest first: the first visit's ``when``, ``practice`` and
    ``practice_phone``, the children's ``names``, each visit (``name``, ``time``, ``when``,
    ``practice``), and ``one_visit``: every child at one practice on one day. When not (a
    family split between practices, or days apart) each child is named with their own
    place and day, never the first child's."""
    ordered = sorted(bookings, key=lambda b: b.slot.start_at)
    first = ordered[0].slot
    rows = [{"name": b.child.given_name, "time": clock_time(b.slot.start_at),
             "when": when(b.slot.start_at), "practice": b.slot.practice.name}
            for b in ordered]
    places = {(b.slot.practice_id, clock.local(b.slot.start_at).date()) for b in ordered}
    return {"names": names_list([r["name"] for r in rows]), "visits": rows,
            "when": when(first.start_at), "practice": first.practice.name,
            "practice_phone": first.practice.phone or "", "one_visit": len(places) == 1}


def choices(children: Sequence[Any], options: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """What an offer says about its ``options`` (each a list of slots, practice loaded, one
    per child of ``children`` in the same order), wherever it is shown: text, call, page.

    ``one_place``: every option has all the children at one practice on one day, so the
    old wording (one practice, one time) is true. When not (siblings registered at two
    practices), ``places`` names each child's own practice (``names``, ``practice``) and
    each option lists its ``visits`` (``name``, ``time``, ``when``, ``practice``) with
    ``one_day`` and its ``day``: never the first child's practice or time for everyone."""
    rows = []
    for option in options:
        visits_ = [{"name": c.given_name, "time": clock_time(s.start_at),
                    "when": when(s.start_at), "spoken_when": spoken_when(s.start_at),
                    "practice": s.practice.name}
                   for c, s in zip(children, option, strict=True)]
        days = {clock.local(s.start_at).date() for s in option}
        rows.append({"when": when(min(s.start_at for s in option)),
                     "day": day(min(s.start_at for s in option)),
                     "spoken_day": spoken_day(min(s.start_at for s in option)),
                     "one_day": len(days) == 1,
                     "one_place": len(days) == 1 and len({s.practice_id for s in option}) == 1,
                     "visits": visits_})
    # A child's slot is always at their own practice (booking refuses any other), so the
    # first option says where each child goes for all of them.
    places: dict[str, list[str]] = {}
    for v in rows[0]["visits"] if rows else []:
        places.setdefault(v["practice"], []).append(v["name"])
    return {"options": rows, "one_place": all(r["one_place"] for r in rows),
            "places": [{"names": names_list(n), "practice": p} for p, n in places.items()]}


def confirmation_text(bookings: Sequence[Any]) -> str:
    """The text confirming ``bookings`` (one household's, with child and slot loaded)."""
    return render_text(["booking/confirmation.txt", "booking/confirmation_short.txt"],
                       **visits(bookings))
