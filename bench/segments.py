"""Bench: SMS segments per first text over the sample cohort, before and after short links.

Loads shared/data (practices, cohort) into a scratch SQLite database as the demo
does, then words each household's first text twice:

- before: the wording, the signed ~90-character booking link and the two-segment
  fitting in use until short links (kept here verbatim as the baseline);
- after: ``invitation_text`` as dispatch calls it, with a short link.

Prints the median and mean segments per first text, the distribution and the
segments per 100,000 first texts, for each PUBLIC_BASE_URL given (default: the
demo's http://localhost:5000 and a typical https://imms.example.nhs.uk).

    .venv/bin/python bench/segments.py [--base-url URL ...]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import selectinload  # noqa: E402

from assistant import clock, create_app, migrate  # noqa: E402
from assistant.attempts.invitations import due_sentences, invitation_text  # noqa: E402
from assistant.booking.links import make_token, new_code, short_url  # noqa: E402
from assistant.channels.sms_text import fits, fold_accents, segments, to_gsm  # noqa: E402
from assistant.db import db  # noqa: E402
from assistant.imports import import_cohort, import_practices  # noqa: E402
from assistant.models import Household, PhoneKind  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
BEFORE_TEMPLATE = ("{practice}: {due} To book, reply YES or use {link} - or reply with any "
                   "questions. Reply STOP to stop texts.")
BASES = ["http://localhost:5000", "https://imms.example.nhs.uk"]


def before_text(practice: str, children: list[tuple[str, list[str]]], link: str) -> str:
    """The first text as it was: signed link, the fullest wording that fits two segments."""
    tried = []
    for due in due_sentences(children):
        text = to_gsm(BEFORE_TEMPLATE.format(practice=practice, due=due, link=link))
        for candidate in (text, fold_accents(text)):
            if fits(candidate, 2):
                return candidate
            tried.append(candidate)
    return min(tried, key=len)


def households(app) -> list[tuple[str, int, list[tuple[str, list[str]]]]]:
    """(practice name, household id, [(first name, vaccines)]) for each sample household
    with a mobile: the ones whose first attempt is a text."""
    with app.app_context():
        rows = db.session.scalars(select(Household).options(
            selectinload(Household.children), selectinload(Household.practice),
            selectinload(Household.phones))).all()
        return [(h.practice.name, h.id, [(c.given_name, list(c.missing_vaccines))
                                         for c in h.children])
                for h in rows if any(p.kind is PhoneKind.MOBILE for p in h.phones)]


def measure(base_url: str, instance: Path) -> dict[str, list[int]]:
    """Segments of each household's first text, before and after, under ``base_url``."""
    app = create_app({"DATABASE_URL": f"sqlite:///{instance / 'bench.sqlite3'}",
                      "INSTANCE_PATH": instance, "SECRET_KEY": "bench-secret",
                      "PUBLIC_BASE_URL": base_url, "CHANNELS": "sandbox"})
    with app.app_context():
        fresh = not (instance / "bench.sqlite3").exists()
        if fresh:
            migrate.upgrade()
            import_practices(DATA / "practices.csv")
            import_cohort(DATA / "cohort.csv")
        result: dict[str, list[int]] = {"before": [], "after": []}
        for practice, household_id, children in households(app):
            signed = f"{base_url}/b/{make_token(household_id)}"
            result["before"].append(segments(before_text(practice, children, signed)).count)
            after = invitation_text(practice, children, short_url(new_code()))
            result["after"].append(segments(after).count)
        db.engine.dispose()
    return result


def main() -> None:
    # The https address below is only for wording: no need for the sandbox's warning.
    logging.getLogger("assistant.channels.sandbox").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", action="append", dest="bases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for base in args.bases or BASES:
            counts = measure(base, Path(scratch))
            print(f"PUBLIC_BASE_URL={base}  ({len(counts['before'])} households with a mobile, "
                  f"{clock.now():%Y-%m-%d})")
            for when, seen in counts.items():
                spread = ", ".join(f"{n} segment(s): {k}" for n, k in sorted(Counter(seen).items()))
                print(f"  {when:6}  median {statistics.median(seen):.1f}  "
                      f"mean {statistics.mean(seen):.2f}  per 100,000 first texts "
                      f"{round(statistics.mean(seen) * 100_000):,}  ({spread})")


if __name__ == "__main__":
    main()
