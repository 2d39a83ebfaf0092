"""The attempt text: one per household, naming each child and the vaccines due.

One SMS segment where a wording fits one, else at most two; GSM-7 where
possible. A second segment doubles the cost of every first text, so the
fullest wording that names every child in one segment wins over a fuller one
that needs two (the names are never dropped to save a segment). Within each
size we shorten gracefully: accents are folded (Zoë -> Zoe) to stay in GSM-7
before vaccine names go, then (in two segments only) the children's names. Never an NHS
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
SIZES = (1, MAX_SEGMENTS)
UNNAMED = "Your child"   # one segment if any wording fits it, else two


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
    unnamed = (f"{UNNAMED} is due vaccines." if len(names) == 1
               else f"{UNNAMED}ren are due vaccines.")
    return list(dict.fromkeys([full, named, unnamed]))


def invitation_text(practice_name: str, children: Sequence[tuple[str, Sequence[str]]],
                    link: str) -> str:
    """The text for an attempt: the fullest wording in one segment, else in two."""
    # The template straight from the app's Jinja environment (which caches it): Flask's
    # render_template would add request and context-processor variables it never uses.
    template = current_app.jinja_env.get_template(TEMPLATE)
    attempts: list[tuple[str, bool]] = []   # (text, names every child)
    for due in due_sentences(children):
        text = to_gsm(template.render(practice=practice_name, due=due, link=link))
        named = not due.startswith(UNNAMED)
        attempts += [(text, named), (fold_accents(text), named)]
    for size in SIZES:
        for text, named in attempts:
            if (named or size > 1) and fits(text, size):
                return text
    # Even the shortest wording is too long (a very long practice name): send the
    # shortest rather than nothing, and say so in the log (no content, only sizes).
    shortest = min((text for text, _ in attempts), key=len)
    log.warning("attempt text needs more than %d segments (%d characters)",
                MAX_SEGMENTS, len(shortest))
    return shortest
