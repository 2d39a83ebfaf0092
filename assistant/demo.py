"""``assistant demo``: the sample practices, cohort and slots in a fresh sandbox database.

The sample slots file carries fixed dates that age, so its pattern (times of
day on successive working days) is moved to start on the next working day.

What is simulated, so the pathway shows at once whatever the hour:
- the database is marked as the demo's (``demo_marks``); with ``CHANNELS=sandbox``
  such a database sends texts and calls at any hour (``SEND_ANY_HOUR``). Any
  other database, and any database under ``CHANNELS=twilio``, keeps the real
  send window (working days, 09:00-18:00);
- the demo then does the due work once, so each sample family's first text (or,
  with no mobile, first call) is on its demo phone before the command ends.
Days between attempts are real: the second attempt comes after the spacing.
"""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from flask import current_app
from sqlalchemy import MetaData, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

import assistant
from assistant import clock, migrate
from assistant.db import db
from assistant.imports import ImportResult, import_cohort, import_practices, import_slots
from assistant.models import Child, DemoMark, Household, Phone, PhoneKind, Role, User
from assistant.records.audit import audit

DEMO_EMAIL = "demo@example.nhs.uk"
SAMPLE_FILES = ("practices.csv", "cohort.csv", "slots.csv")


class DemoError(Exception):
    """The demo cannot run here; the message says why and what to do."""


@dataclass
class DemoSummary:
    database: str
    practices: ImportResult
    cohort: ImportResult
    slots: ImportResult
    children: int
    households: int
    first_slot: datetime | None
    email: str
    password: str
    first_work: dict[str, int]
    phones: list[tuple[str, str]]    # (family name, number) of the first sample families
    called: list[tuple[str, str]]    # (family name, number) called just now


def default_data_dir() -> Path:
    """``shared/data`` beside the repository (``../shared`` from the repo root)."""
    return Path(assistant.__file__).resolve().parents[2] / "shared" / "data"


def check_data_dir(data_dir: Path) -> Path:
    missing = [name for name in SAMPLE_FILES if not (data_dir / name).is_file()]
    if missing:
        raise DemoError(f"cannot find the sample files ({', '.join(missing)}) in {data_dir}; "
                        "pass --data with the folder that holds them")
    return data_dir


def run_demo(data_dir: Path, *, force: bool = False) -> DemoSummary:
    """Make a fresh sandbox database, load the samples and create a demo admin login."""
    check_data_dir(data_dir)
    if current_app.config["CHANNELS"] != "sandbox":
        raise DemoError("the demo runs only with CHANNELS=sandbox, so no real family is "
                        "texted or called")
    fresh_database(force=force)
    practices = import_practices(data_dir / "practices.csv")
    cohort = import_cohort(data_dir / "cohort.csv")
    slots = import_slots(demo_slots(data_dir / "slots.csv", clock.now()))
    password = secrets.token_urlsafe(12)
    user = User(email=DEMO_EMAIL, role=Role.ADMIN)
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    audit(db.session, "user.created", actor="demo", user_id=user.id, role=Role.ADMIN.value)
    db.session.add(DemoMark(created_at=clock.now()))
    db.session.commit()
    first_work = first_contacts()
    return DemoSummary(
        database=make_url(current_app.config["DATABASE_URL"]).render_as_string(),
        practices=practices, cohort=cohort, slots=slots,
        children=db.session.scalar(select(func.count(Child.id))) or 0,
        households=db.session.scalar(select(func.count(Household.id))) or 0,
        first_slot=_first_slot(), email=DEMO_EMAIL, password=password,
        first_work=first_work, phones=demo_phones(), called=called_phones(),
    )


def refresh_any_hour() -> bool:
    """Set ``SEND_ANY_HOUR``: the sandbox on a database the demo made sends at any hour.

    Read through ``db.session``: inside the caller's transaction when there is one
    (a second connection would wait for that transaction's lock on SQLite), else in
    a read of its own that is ended at once. The worker calls it at each tick, the
    web on its first request.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    marked = False
    if app.config["CHANNELS"] == "sandbox":
        session = db.session()   # the Session itself (the scoped proxy lacks in_transaction)
        ours = not session.in_transaction()
        try:
            with session.begin_nested():  # a missing table must not spoil the caller's work
                marked = session.scalar(select(DemoMark.id).limit(1)) is not None
        except SQLAlchemyError:  # not migrated yet: not the demo's database
            marked = False
        finally:
            if ours:
                session.rollback()
    app.config["SEND_ANY_HOUR"] = marked
    return marked


def first_contacts() -> dict[str, int]:
    """Do the due work once now (the first texts and calls), and wait for the sandbox's
    delivery reports, so the demo phones show the first texts when the demo ends."""
    from assistant import worker
    from assistant.channels import get_channel

    refresh_any_hour()
    done = worker.run_due_work()
    drain = getattr(get_channel(), "drain", None)
    if drain is not None:
        drain()
    return done


def called_phones(limit: int = 3) -> list[tuple[str, str]]:
    """Families the demo has just called: (family name, number), for the call's demo phone."""
    from assistant.models import Attempt, Means

    rows = db.session.execute(
        select(Household.family_name, Phone.e164).join(Attempt, Attempt.phone_id == Phone.id)
        .join(Household, Household.id == Attempt.household_id)
        .where(Attempt.means == Means.CALL, Attempt.provider_sid.is_not(None))
        .order_by(Attempt.id).limit(limit)).all()
    return [(family, number) for family, number in rows]


def demo_phones(limit: int = 3) -> list[tuple[str, str]]:
    """The first sample families with a mobile: (family name, number) for the demo phone."""
    rows = db.session.execute(
        select(Household.family_name, Phone.e164).join(Phone, Phone.household_id == Household.id)
        .where(Phone.kind == PhoneKind.MOBILE).order_by(Household.id, Phone.id)).all()
    seen: dict[str, tuple[str, str]] = {}
    for family, number in rows:
        seen.setdefault(number, (family, number))
    return list(seen.values())[:limit]


def fresh_database(*, force: bool) -> None:
    """Empty the app's database and migrate it; PostgreSQL only with ``force``."""
    url = make_url(current_app.config["DATABASE_URL"])
    db.session.remove()
    if url.get_backend_name() != "sqlite":
        if not force:
            raise DemoError(f"DATABASE_URL points at {url.get_backend_name()} "
                            f"({url.render_as_string()}); the demo wipes its database, so it "
                            "runs on PostgreSQL only with --force")
        with db.engine.begin() as connection:
            existing = MetaData()
            existing.reflect(connection)
            existing.drop_all(connection)
    elif url.database and url.database != ":memory:":
        _check_sqlite_file(Path(url.database), force)
        db.engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(url.database + suffix).unlink(missing_ok=True)
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    migrate.upgrade()


def _check_sqlite_file(path: Path, force: bool) -> None:
    """Wipe only the instance folder's own database, or another file with ``force``."""
    own = Path(current_app.instance_path) / "assistant.sqlite3"
    if path.exists() and path.resolve() != own.resolve() and not force:
        raise DemoError(f"DATABASE_URL points at {path}, not the demo's own database ({own}); "
                        "the demo wipes its database, so it runs there only with --force")


def demo_slots(sample: Path, now: datetime) -> io.StringIO:
    """The sample slots moved so the first sample day is the next working day.

    The k-th day of the sample becomes the k-th working day from tomorrow, at
    the same times of day; slots already past are left out.
    """
    with sample.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    days = sorted({_day(row["start"]) for row in rows})
    today = clock.local(now).date()
    moved, day = {}, today
    for sample_day in days:
        day = clock.add_working_days(day, 1)
        moved[sample_day] = day
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["start"])
    writer.writeheader()
    local_now = clock.local(now).replace(tzinfo=None)
    for row in rows:
        start = datetime.fromisoformat(row["start"])
        start = datetime.combine(moved[start.date()], start.time())
        if start > local_now:
            writer.writerow({**row, "start": start.strftime("%Y-%m-%dT%H:%M")})
    out.seek(0)
    return out


def _day(start: str) -> date:
    return datetime.fromisoformat(start).date()


def _first_slot() -> datetime | None:
    from assistant.models import Slot

    return db.session.scalar(select(func.min(Slot.start_at)))
