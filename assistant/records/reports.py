"""The counts the enhanced service is paid and audited on, per practice and overall.

Everything is counted in children (``interfaces.md`` §3). Each figure is one
grouped query by practice; the total is their sum, so the two always agree.
With a service year (1 April to 31 March, ``interfaces.md`` §7) the report adds
the enhanced service's year-end counts, ``year_end``, for that year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    distinct,
    false,
    func,
    not_,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from assistant import clock
from assistant.models import (
    Attempt,
    Booking,
    BookingStatus,
    Child,
    CodedEvent,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    MessageChannel,
    Practice,
    Slot,
)
from assistant.records import readers
from assistant.records.codes import EXCEPTION_REPORTED, Event
from assistant.scripts import dialogue

LABELS = ("agree", "hesitant", "refused", "already_vaccinated", "moved_away", "wrong_number",
          "opt_out", "unclear")
ATTEMPT_CODES = {str(n): Event.for_attempt(n).code.snomed_code for n in (1, 2, 3)}


# The report's largest sort (the attempt codes by practice, code and means: 600,000 rows at
# 100,000 children in bench/reports.py) takes about 56 MB. At PostgreSQL's default 4 MB it
# and the replies' sort go to disk and the report takes about a third longer (EXPLAIN
# ANALYZE: "external merge"). Raised for the report's own queries, then put back.
SORT_MEMORY = "64MB"

YEAR_END = ("exception_reported_refused", "exception_reported_declined", "no_contact",
            "referred")
_YEAR_END_CODES = {
    Event.REFUSED.code.snomed_code: "exception_reported_refused",
    Event.DECLINED_AFTER_COORDINATOR.code.snomed_code: "exception_reported_declined",
    Event.REFERRED.code.snomed_code: "referred",
}
# Texts that answer the assistant's own question rather than the invitation: a slot
# pick ("1"), a confirmation ("CONFIRM"), a keyword (STOP, HELP, CHANGE). The reader
# labels them (often "unclear"), but they are not replies to count by label.
_KEYWORDS = (dialogue.STOP_WORDS | dialogue.START_WORDS | dialogue.HELP_WORDS
             | dialogue.CONFIRM_WORDS | dialogue.TALK_WORDS | dialogue.CHANGE_WORDS
             | {"cancel"})
_NOT_REPLIES = sorted(_KEYWORDS | {str(n) for n in range(100)}
                      | {f"option {n}" for n in range(10)})


def empty_counts() -> dict[str, Any]:
    """Every §3 count at zero (keys present even when nothing happened)."""
    return {
        "cohort": 0,
        "households": 0,
        "no_longer_due": 0,
        "contacted": 0,
        "replied": 0,
        "attempts": {n: 0 for n in ATTEMPT_CODES},
        "attempts_by_means": {n: {} for n in ATTEMPT_CODES},
        "replies": dict.fromkeys(LABELS, 0),
        "referred": 0,
        "exception_reported": 0,
        "no_contact": 0,
        "booked": 0,
        "attended": 0,
        "readers": dict.fromkeys(readers.REPORT_KEYS, 0),
    }


def service_year(year: int) -> tuple[datetime, datetime]:
    """The enhanced service's year that starts on 1 April ``year``: [start, end) in UTC."""
    start = clock.from_local(datetime(year, 4, 1))
    return start, clock.from_local(datetime(year + 1, 4, 1))


def current_service_year(today: date | None = None) -> int:
    """The service year today falls in (January to March belong to the year before)."""
    today = today or clock.local(clock.now()).date()
    return today.year if today.month >= 4 else today.year - 1


def report(session: Session, ods_code: str | None = None,
           year: int | None = None) -> dict[str, Any]:
    """``{"total": COUNTS, "practices": {ODS: COUNTS}}``, optionally for one practice.

    With ``year``, each COUNTS also holds ``year_end`` for that service year and
    the report says which dates the year covers under ``year``.
    """
    practices = session.execute(
        select(Practice.id, Practice.ods_code).where(
            Practice.ods_code == ods_code if ods_code else True
        ).order_by(Practice.ods_code)
    ).all()
    by_id = {pid: empty_counts() for pid, _ in practices}
    if year is not None:
        for counts in by_id.values():
            counts["year_end"] = dict.fromkeys(YEAR_END, 0)
    if by_id:
        with _room_to_sort(session):
            _fill(session, by_id, service_year(year) if year is not None else None)
    total = empty_counts()
    if year is not None:
        total["year_end"] = dict.fromkeys(YEAR_END, 0)
    for counts in by_id.values():
        _add_into(total, counts)
    if by_id:  # a family split between two practices is one household in the total
        total["households"] = session.scalar(select(func.count(distinct(Child.household_id)))
                                             .where(Child.practice_id.in_(list(by_id)))) or 0
        total["readers"] = _readers_total(session, list(by_id))
    result: dict[str, Any] = {"total": total,
                              "practices": {ods: by_id[pid] for pid, ods in practices}}
    if year is not None:
        result["year"] = {"year": year, "start": f"{year}-04-01", "end": f"{year + 1}-03-31"}
    return result


def _fill(session: Session, by_id: dict[int, dict[str, Any]],
          year: tuple[datetime, datetime] | None) -> None:
    ids = list(by_id)
    for fill in (_cohort, _attempts, _replies, _bookings, _readers):
        fill(session, ids, by_id)
    _coded_outcomes(session, ids, by_id, year)
    _no_contact(session, ids, by_id, year)


@contextmanager
def _room_to_sort(session: Session) -> Iterator[None]:
    """On PostgreSQL, ``work_mem`` at ``SORT_MEMORY`` inside the block (this transaction
    only: a failed query rolls it back with the transaction)."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    before = session.scalar(select(func.current_setting("work_mem")))
    session.execute(select(func.set_config("work_mem", SORT_MEMORY, True)))
    yield
    session.execute(select(func.set_config("work_mem", before, True)))


def _two_levels(session: Session, query_for: Callable[[list[Any]], Select[Any]],
                fine: list[Any], coarse: list[Any]) -> tuple[list[Any], list[Any]]:
    """One count grouped two ways, ``fine`` and the ``coarse`` keys it starts with.

    ``query_for(columns)`` is the select of ``columns`` and the count, ungrouped. On
    PostgreSQL both groupings come from one pass (GROUPING SETS), so the largest scans
    of the report are read once; SQLite has no GROUPING SETS and runs the two queries.
    Rows come back as (keys..., count).
    """
    if session.get_bind().dialect.name != "postgresql":
        return (session.execute(query_for(fine).group_by(*fine)).all(),
                session.execute(query_for(coarse).group_by(*coarse)).all())
    rolled = func.grouping(*fine[len(coarse):])  # non-zero on the coarse rows
    rows = session.execute(
        query_for([*fine, rolled]).group_by(func.grouping_sets(tuple_(*fine), tuple_(*coarse)))
    ).all()
    n = len(fine)
    return ([(*row[:n], row[n + 1]) for row in rows if not row[n]],
            [(*row[:len(coarse)], row[n + 1]) for row in rows if row[n]])


def _cohort(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    # A household counts at each practice that has one of its children (siblings may be
    # registered at two practices); the total counts each household once. Children left
    # out of a full extract (import-cohort --full) were vaccinated elsewhere.
    for pid, cohort, households, dropped in session.execute(
        select(Child.practice_id, func.count(), func.count(distinct(Child.household_id)),
               func.count().filter(Child.no_longer_due_at.is_not(None)))
        .where(Child.practice_id.in_(ids)).group_by(Child.practice_id)
    ):
        by_id[pid].update(cohort=cohort, households=households, no_longer_due=dropped)


def _attempts(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    """Made attempts, by number and means (each is coded against every child), and the
    children contacted: with at least one attempt made (the first step of the path)."""
    code_to_number = {code: number for number, code in ATTEMPT_CODES.items()}

    def query_for(columns: list[Any]) -> Select[Any]:
        return (select(*columns, func.count(distinct(CodedEvent.child_id)))
                .outerjoin(Attempt, Attempt.id == CodedEvent.attempt_id)
                .where(CodedEvent.practice_id.in_(ids),
                       CodedEvent.snomed_code.in_(code_to_number)))

    by_means, contacted = _two_levels(
        session, query_for, [CodedEvent.practice_id, CodedEvent.snomed_code, Attempt.means],
        [CodedEvent.practice_id])
    for pid, code, means, n in by_means:
        number = code_to_number[code]
        by_id[pid]["attempts"][number] += n
        by_id[pid]["attempts_by_means"][number][str(means) if means else "recorded"] = n
    for pid, n in contacted:
        by_id[pid]["contacted"] = n


def is_a_reply() -> ColumnElement[bool]:
    """A labelled inbound message that answers the invitation, not the assistant's own
    question: slot picks, confirmations and keywords are left out (by their whole text,
    as ``dialogue.keyword_of`` reads it, less its punctuation folding)."""
    plain = func.lower(func.trim(func.replace(func.replace(Message.body, ".", ""), "!", "")))
    key_pick = and_(Message.channel == MessageChannel.VOICE.value, Message.body.like("pressed %"),
                    Message.label == "unclear")
    return and_(Message.direction == Direction.INBOUND, Message.label.is_not(None),
                or_(Message.body.is_(None), plain.not_in(_NOT_REPLIES)), not_(key_pick))


def _replies(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    """Children whose family replied, by the reply's label and at all."""
    replies = (select(Child.practice_id, Child.id, Message.label)
               .join(Message, Message.household_id == Child.household_id)
               .where(Child.practice_id.in_(ids), is_a_reply()).subquery())

    def query_for(columns: list[Any]) -> Select[Any]:
        return select(*columns, func.count(distinct(replies.c.id)))

    by_label, replied = _two_levels(session, query_for,
                                    [replies.c.practice_id, replies.c.label],
                                    [replies.c.practice_id])
    for pid, label, n in by_label:
        by_id[pid]["replies"][label] = n
    for pid, n in replied:
        by_id[pid]["replied"] = n


def _readers(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    """How the two readers of replies did (``readers.report_columns``), in replies, not
    children: a family's reply counts at each practice that has one of its children."""
    families = (select(Child.practice_id, Child.household_id)
                .where(Child.practice_id.in_(ids)).distinct().subquery())
    for pid, *figures in session.execute(
        select(families.c.practice_id, *readers.report_columns())
        .join(Message, Message.household_id == families.c.household_id)
        .where(is_a_reply(), readers.read_by_the_rules())
        .group_by(families.c.practice_id)
    ):
        by_id[pid]["readers"] = dict(zip(readers.REPORT_KEYS, figures, strict=True))


def _readers_total(session: Session, ids: list[int]) -> dict[str, int]:
    """The readers' figures over the practices' replies, each reply once."""
    row = session.execute(
        select(*readers.report_columns())
        .where(is_a_reply(), readers.read_by_the_rules(),
               Message.household_id.in_(select(Child.household_id)
                                        .where(Child.practice_id.in_(ids))))
    ).one()
    return dict(zip(readers.REPORT_KEYS, (int(n) for n in row), strict=True))


def _coded_outcomes(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]],
                    year: tuple[datetime, datetime] | None) -> None:
    """Children referred and exception reported to date, and (with a service year) the
    children coded refused, declined or referred in that year: one pass over those codes."""
    def children(condition: ColumnElement[bool]) -> Any:
        return func.count(distinct(CodedEvent.child_id)).filter(condition)

    figures = [children(CodedEvent.snomed_code == Event.REFERRED.code.snomed_code),
               children(CodedEvent.snomed_code.in_(EXCEPTION_REPORTED))]
    if year is not None:
        within = and_(CodedEvent.occurred_at >= year[0], CodedEvent.occurred_at < year[1])
        figures += [children(and_(CodedEvent.snomed_code == code, within))
                    for code in _YEAR_END_CODES]
    wanted = {Event.REFERRED.code.snomed_code, *EXCEPTION_REPORTED, *_YEAR_END_CODES}
    for pid, referred, excepted, *year_end in session.execute(
        select(CodedEvent.practice_id, *figures)
        .where(CodedEvent.practice_id.in_(ids), CodedEvent.snomed_code.in_(wanted))
        .group_by(CodedEvent.practice_id)
    ):
        by_id[pid].update(referred=referred, exception_reported=excepted)
        for code, n in zip(_YEAR_END_CODES, year_end, strict=year is not None):
            by_id[pid]["year_end"][_YEAR_END_CODES[code]] = n


def _no_contact(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]],
                year: tuple[datetime, datetime] | None) -> None:
    """Children whose family was closed as "no contact": to date, and in the year."""
    in_year = (and_(Household.status_changed_at >= year[0],
                    Household.status_changed_at < year[1]) if year else false())
    for pid, n, n_year in session.execute(
        select(Child.practice_id, func.count(), func.count().filter(in_year))
        .join(Household, Household.id == Child.household_id)
        .where(Child.practice_id.in_(ids), Household.status == HouseholdStatus.UNREACHABLE)
        .group_by(Child.practice_id)
    ):
        by_id[pid]["no_contact"] = n
        if year is not None:
            by_id[pid]["year_end"]["no_contact"] = n_year


def _bookings(session: Session, ids: list[int], by_id: dict[int, dict[str, Any]]) -> None:
    """Children booked (booked, attended or missed), and those who attended."""
    live = (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.DID_NOT_ATTEND)
    for pid, booked, attended in session.execute(
        select(Child.practice_id, func.count(distinct(Child.id)),
               func.count(distinct(Child.id)).filter(
                   Booking.status == BookingStatus.ATTENDED))
        .join(Booking, Booking.child_id == Child.id)
        .where(Child.practice_id.in_(ids), Booking.status.in_(live))
        .group_by(Child.practice_id)
    ):
        by_id[pid].update(booked=booked, attended=attended)


def _add_into(into: dict[str, Any], values: dict[str, Any]) -> None:
    for key, value in values.items():
        if isinstance(value, dict):
            _add_into(into.setdefault(key, {}), value)
        else:
            into[key] = into.get(key, 0) + value


def bookings_by_week(session: Session, practice_id: int | None,
                     year: int) -> list[tuple[date, int]]:
    """Children booked (booked, attended or missed) by the week of their appointment in
    the service year: (Monday, count) from the first week with a booking to the last,
    empty weeks between included so the shape is true."""
    start, end = service_year(year)
    live = (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.DID_NOT_ATTEND)
    query = (select(Slot.start_at).join(Booking, Booking.slot_id == Slot.id)
             .join(Child, Child.id == Booking.child_id)
             .where(Booking.status.in_(live), Slot.start_at >= start, Slot.start_at < end))
    if practice_id is not None:
        query = query.where(Child.practice_id == practice_id)
    weeks: dict[date, int] = {}
    for (at,) in session.execute(query.execution_options(yield_per=5000)):
        day = clock.local(at).date()
        monday = day - timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0) + 1
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    count = (last - first).days // 7 + 1
    return [(first + timedelta(weeks=i), weeks.get(first + timedelta(weeks=i), 0))
            for i in range(count)]
