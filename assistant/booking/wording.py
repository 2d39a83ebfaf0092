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

# The GSM 03.38 basic set; the extension characters cost two septets each.
_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[~]|€")
MAX_SEGMENTS = 2


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM-7 alphabet (basic or extension)."""
    return all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text)


def segments(text: str) -> int:
    """How many SMS segments ``text`` takes (GSM-7 160/153, else UCS-2 70/67)."""
    if is_gsm7(text):
        length = sum(2 if c in _GSM_EXTENDED else 1 for c in text)
        single, multi = 160, 153
    else:
        length = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    return 1 if length <= single else -(-length // multi)


def fits(text: str) -> bool:
    return is_gsm7(text) and segments(text) <= MAX_SEGMENTS


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
