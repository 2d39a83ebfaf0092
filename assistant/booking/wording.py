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


def clock_time(moment: datetime) -> str:
    here = clock.local(moment)
    return f"{here.hour}:{here:%M}"


def names_list(names: Sequence[str]) -> str:
    """``Ava``, ``Ava and Ben``, ``Ava, Ben and Cara``."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def confirmation_text(bookings: Sequence[Any]) -> str:
    """The text confirming ``bookings`` (one household's, with child and slot loaded)."""
    ordered = sorted(bookings, key=lambda b: b.slot.start_at)
    first = ordered[0]
    practice = first.slot.practice
    visits = [{"name": b.child.given_name, "time": clock_time(b.slot.start_at)} for b in ordered]
    return render_text(
        ["booking/confirmation.txt", "booking/confirmation_short.txt"],
        names=names_list([v["name"] for v in visits]), visits=visits,
        when=when(first.slot.start_at), practice=practice.name,
        practice_phone=practice.phone or "",
    )
