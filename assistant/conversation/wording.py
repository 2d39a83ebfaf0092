"""The dialogue's wording: templates in the family's language where a checked one exists.

Templates live in ``templates/replies/<words>/<language>/<name>.txt`` (``sms``, or
``voice`` for what is said on a call: :func:`words_for` picks by ``Means``). Only
translations a qualified translator has checked go in a language folder; for any other
language we answer in English and offer an interpreter, so a family is never sent a
machine guess at their language.
"""

from __future__ import annotations

from datetime import datetime

from flask import current_app, render_template
from jinja2 import TemplateNotFound

from assistant import clock
from assistant.booking.wording import names_list
from assistant.models import Household, Means, MessageChannel

# Coordinators aim to call a handed-over family within this many working days.
COORDINATOR_WORKING_DAYS = 2


def names_of(household: Household) -> str:
    """The children's first names: "Ava", "Ava and Ben", "Ava, Ben and Cara"."""
    return names_list([c.given_name for c in household.children]) or "your child"


def coordinator_by(now: datetime) -> str:
    """The day by which a coordinator will be in touch, as a family reads it."""
    day = clock.add_working_days(clock.local(now).date(), COORDINATOR_WORKING_DAYS)
    return f"{day:%A} {day.day} {day:%B}"


def words_for(means: Means) -> MessageChannel:
    """Which wording a reply by ``means`` takes: spoken on a call, else the text's."""
    return MessageChannel.VOICE if means is Means.CALL else MessageChannel.SMS


def render(name: str, household: Household | None, *, means: Means = Means.SMS) -> str:
    """The text of template ``name`` for ``household`` (None: a stranger, English only),
    in the words for ``means``."""
    medium = words_for(means)
    language = household.preferred_language if household is not None else "en"
    context = _context(household)
    if has_checked_wording(language, medium):
        return _render(medium, language, name, context)
    return _render(medium, "en", name, context)


def has_checked_wording(language: str,
                        medium: MessageChannel = MessageChannel.SMS) -> bool:
    """True when a checked translation of the replies exists in ``language``."""
    try:
        current_app.jinja_env.get_template(f"replies/{medium}/{language}/help.txt")
    except TemplateNotFound:
        return False
    return True


def interpreter_offer(household: Household,
                      medium: MessageChannel = MessageChannel.SMS) -> str | None:
    """The interpreter line for a family whose language has no checked wording, else None."""
    if household.preferred_language == "en" or has_checked_wording(
            household.preferred_language, medium):
        return None
    return _render(medium, "en", "interpreter", _context(household))


def _render(medium: MessageChannel, language: str, name: str, context: dict) -> str:
    return render_template(f"replies/{medium}/{language}/{name}.txt", **context).strip()


def _context(household: Household | None) -> dict:
    if household is None:
        return {"names": "your child", "practice": None, "by_day": coordinator_by(clock.now())}
    return {
        "names": names_of(household),
        "practice": household.practice,
        "by_day": coordinator_by(clock.now()),
    }
