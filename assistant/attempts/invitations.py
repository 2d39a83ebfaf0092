"""The attempt text: one per household, naming each child and the vaccines due.

At most two SMS segments, GSM-7 where possible. When the full wording is too
long we shorten gracefully: vaccine names go first, then the children's names,
and only then are accents folded (Zoë -> Zoe) to stay in GSM-7. Never an NHS
number or a date of birth: the template is given first names, vaccines, the
practice's name and the personal booking link, nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from flask import current_app

from assistant.channels.sms_text import fits, fold_accents, to_gsm

log = logging.getLogger(__name__)
TEMPLATE = "sms/invitation.txt"
MAX_SEGMENTS = 2


def _and(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def due_sentences(children: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    """Ways to say who is due what, longest first: with vaccines, names only, neither."""
    full = " ".join(
        f"{name} is due {_and(list(vaccines))}." if vaccines else f"{name} is due vaccines."
        for name, vaccines in children
    )
    names = [name for name, _ in children]
    verb = "is" if len(names) == 1 else "are"
    named = f"{_and(names)} {verb} due vaccines."
    unnamed = ("Your child is due vaccines." if len(names) == 1
               else "Your children are due vaccines.")
    return list(dict.fromkeys([full, named, unnamed]))


def invitation_text(practice_name: str, children: Sequence[tuple[str, Sequence[str]]],
                    link: str) -> str:
    """The text for an attempt, shortened until it fits in two segments."""
    # The template straight from the app's Jinja environment (which caches it): Flask's
    # render_template would add request and context-processor variables it never uses.
    template = current_app.jinja_env.get_template(TEMPLATE)
    attempts = []
    for due in due_sentences(children):
        text = to_gsm(template.render(practice=practice_name, due=due, link=link))
        if fits(text, MAX_SEGMENTS):
            return text
        folded = fold_accents(text)
        if fits(folded, MAX_SEGMENTS):
            return folded
        attempts += [text, folded]
    # Even the shortest wording is too long (a very long practice name): send the
    # shortest rather than nothing, and say so in the log (no content, only sizes).
    shortest = min(attempts, key=len)
    log.warning("attempt text needs more than %d segments (%d characters)",
                MAX_SEGMENTS, len(shortest))
    return shortest
