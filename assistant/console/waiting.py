"""Who is waiting for a person, and why: the coordinators' queue, ordered in the query.

A household is in the queue for one or more reasons, most urgent first:

1. ``refusal``: it said it does not want the vaccines and was asked to confirm; at its
   deadline (``conversation.replies.confirmation_deadline``) it goes to a coordinator.
   Nearest deadline first. Few households are ever in this state at once (it lasts two
   working days), so their deadlines are computed here rather than in SQL.
2. ``unanswered``: words of the family's a person must read (an unplaced message, a text
   the assistant failed on, a text kept for the holder) that no person has answered since
   (a text, or a call in which they spoke: ``handover.answered_by_person``); or a text the
   worker has not answered in time. Longest waiting first.
3. ``no_slot``: agreed, but no protected slot was free: an open book-by-hand task.
4. ``hesitant``: handed to the coordinators (worried, unclear, referred by the practice,
   an unconfirmed refusal): longest waiting first.
5. ``held``: a person holds it and none of the above applies. Those with an open
   follow-up (``console.outcome.follow_up``) come first, by its due time (the most overdue
   first, then the soonest due), then the rest by when they were taken over.

Every other reason is one small SELECT read through a partial index; a window function
keeps each household's most urgent reason, so ordering and paging stay in the database
however many children there are. A held household's earliest open follow-up is read
beside it (one lookup in the open follow-ups' partial index), so it orders in the query too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import (
    Select,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import aliased, selectinload

from assistant import clock
from assistant.console import scope, timeline
from assistant.conversation.handover import answered_by_person
from assistant.conversation.replies import confirmation_deadline, refusal_asked_at
from assistant.conversation.reply_queue import OVERDUE_AFTER
from assistant.db import db
from assistant.models import (
    CLOSED_STATUSES,
    Child,
    Direction,
    Household,
    HouseholdStatus,
    Message,
    Task,
    User,
)
from assistant.models import DialogueState as State
from assistant.models.base import UTCDateTime
from assistant.models.contact import FOR_A_PERSON
from assistant.models.people import NEEDS_A_PERSON

# ``models.records.BOOK_BY_HAND_OPEN`` (the partial index's condition) with its table
# named, as the SELECT joins households too (tests/console/test_queue.py checks they agree).
_BOOK_BY_HAND_OPEN = "tasks.status = 'open' AND tasks.kind = 'book_by_hand'"
# ``models.records.FOLLOW_UP_OPEN`` likewise: a follow-up a coordinator set
# (``console.outcome.follow_up``) that nobody has done yet.
_FOLLOW_UP_OPEN = "tasks.status = 'open' AND tasks.kind = 'follow_up'"

PER_PAGE = 50
REFUSAL, UNANSWERED, NO_SLOT, HESITANT, HELD = (
    "refusal", "unanswered", "no_slot", "hesitant", "held")
# In order of urgency, with the words the filter and the counts use.
REASONS = {
    REFUSAL: "Refusal waiting to be confirmed",
    UNANSWERED: "Words no one has answered",
    NO_SLOT: "Agreed, but no slot",
    HESITANT: "Hesitant or worried",
    HELD: "Held by a person",
}
RANK = {reason: rank for rank, reason in enumerate(REASONS, start=1)}
# Each candidate SELECT has its own bit, so a household's reasons add up without repeats.
_BITS = {"for_person": 1, "overdue": 2, NO_SLOT: 4, HESITANT: 8, HELD: 16}
_BIT_REASON = {1: UNANSWERED, 2: UNANSWERED, 4: NO_SLOT, 8: HESITANT, 16: HELD}


@dataclass
class Waiting:
    """One household in the queue: its most urgent reason and since when, and the rest."""

    household: Household
    reason: str
    since: datetime | None
    reasons: list[str] = field(default_factory=list)
    deadline: date | None = None        # a refusal's: the day it goes to a coordinator
    follow_up: date | None = None       # a held row's: the day its earliest open follow-up
                                        # is due (local)
    children: list[Child] = field(default_factory=list)   # those the user may see
    last_words: Message | None = None
    days: int = 0                       # whole days waited since ``since`` (local days)
    # Free text shown (the family's words, the reason) through this: for a practice user
    # a sibling registered elsewhere is masked, as on the household page.
    mask: Callable[[str | None], str] = field(default=lambda text: text or "")


@dataclass
class QueuePage:
    rows: list[Waiting]
    total: int
    counts: dict[str, int]
    page: int
    pages: int


def _candidates(now: datetime, reasons: Iterable[str]) -> Select | None:
    """(household_id, rank, bit, since, due) for each reason a household waits for a
    person; ``due`` is a held household's earliest open follow-up (NULL otherwise).

    Conditions are written as the partial indexes' own text (values in the SQL, not
    bound), so PostgreSQL and SQLite read a few thousand index entries, never a table.
    """
    wanted = set(reasons)
    parts: list[Select] = []
    if UNANSWERED in wanted:
        reply = aliased(Message)
        answered = exists().where(reply.household_id == Message.household_id,
                                  reply.id > Message.id, answered_by_person(reply))
        parts.append(_grouped(Message.household_id, "for_person", func.min(Message.created_at))
                     .where(text(FOR_A_PERSON), Message.household_id.is_not(None), ~answered))
        parts.append(_grouped(Message.household_id, "overdue", func.min(Message.created_at))
                     .where(Message.waiting, Message.household_id.is_not(None),
                            Message.created_at < now - OVERDUE_AFTER))
    if NO_SLOT in wanted:
        parts.append(_grouped(Task.household_id, NO_SLOT, func.min(Task.created_at))
                     .join(Household, Household.id == Task.household_id)
                     .where(text(_BOOK_BY_HAND_OPEN),
                            Household.status.not_in([HouseholdStatus.BOOKED,
                                                     *CLOSED_STATUSES])))
    if HESITANT in wanted:
        since = func.coalesce(Household.status_changed_at, Household.created_at)
        parts.append(_one(HESITANT, since).where(
            text(NEEDS_A_PERSON), Household.status == HouseholdStatus.WITH_COORDINATOR))
    if HELD in wanted:
        follow_up = (select(func.min(Task.due_at))
                     .where(Task.household_id == Household.id, text(_FOLLOW_UP_OPEN))
                     .scalar_subquery())
        parts.append(_one(HELD, Household.held_since, due=follow_up).where(
            text(NEEDS_A_PERSON), Household.held_by_id.is_not(None)))
    return union_all(*parts).subquery("candidates") if parts else None


def _no_due():
    # Typed: PostgreSQL resolves a UNION's column types pair by pair, and two untyped
    # NULLs would make it text before the held SELECT's timestamp is reached.
    return cast(null(), UTCDateTime())


def _grouped(column, bit: str, since) -> Select:
    return (select(column.label("household_id"),
                   literal(RANK[_BIT_REASON[_BITS[bit]]]).label("rank"),
                   literal(_BITS[bit]).label("bit"), since.label("since"),
                   _no_due().label("due"))
            .group_by(column))


def _one(reason: str, since, due=None) -> Select:
    return select(Household.id.label("household_id"), literal(RANK[reason]).label("rank"),
                  literal(_BITS[reason]).label("bit"), since.label("since"),
                  (_no_due() if due is None else due).label("due"))


def _visible(user: User, practice_id: int | None, query: Select) -> Select:
    """``query`` (joined to households) kept to what ``user`` may see and the filter."""
    query = scope.households_of(user, query)
    if practice_id is not None:
        query = query.where(exists().where(Child.household_id == Household.id,
                                           Child.practice_id == practice_id))
    return query


def _refusals(user: User, practice_id: int | None) -> list[tuple[date, datetime, int]]:
    """(deadline, asked at, household id) of each refusal waiting, nearest deadline first."""
    query = _visible(user, practice_id, select(Household).where(
        text(NEEDS_A_PERSON),
        Household.dialogue_state == State.AWAITING_REFUSAL_CONFIRMATION.value))
    found = [(confirmation_deadline(h), refusal_asked_at(h), h.id)
             for h in db.session.scalars(query)]
    return sorted(found)


def _ranked(user: User, practice_id: int | None, now: datetime,
            reasons: Iterable[str]) -> Select | None:
    """Each visible household once, at its most urgent of ``reasons``, with the bits of
    all its reasons, its follow-up's due time (held rows) and its dialogue state
    (unordered: :func:`_order` orders it)."""
    candidates = _candidates(now, reasons)
    if candidates is None:
        return None
    c = candidates.c
    ranked = select(
        c.household_id, c.rank, c.since, c.due,
        func.row_number().over(partition_by=c.household_id,
                               order_by=(c.rank, c.since)).label("n"),
        func.sum(c.bit).over(partition_by=c.household_id).label("bits"),
    ).subquery("ranked")
    r = ranked.c
    return _visible(user, practice_id, (
        select(r.household_id, r.rank, r.since, r.bits, r.due,
               Household.dialogue_state.label("state"))
        .join(Household, Household.id == r.household_id).where(r.n == 1)))


def _order(r) -> tuple:
    """The order of the households ranked in SQL: by reason, then by ``since``, except
    that held households with an open follow-up come first among the held, by its due
    time (the most overdue first); the id keeps pages stable."""
    return (r.rank, r.due.is_(None), r.due, r.since, r.household_id)


def _not_refusal(state):
    """Not waiting to confirm a refusal: those are listed first, by their deadline."""
    return or_(state.is_(None), state != State.AWAITING_REFUSAL_CONFIRMATION.value)


def _masks() -> dict[str, int]:
    """Each SQL-side reason and the bits that mean it."""
    masks: dict[str, int] = {}
    for bit, reason in _BIT_REASON.items():
        masks[reason] = masks.get(reason, 0) | bit
    return masks


def _households(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _tally(everything: Select) -> dict[str, int]:
    """Households per reason (one may count under several), for a filtered page."""
    r = everything.subquery().c
    row = db.session.execute(select(
        *[_households(r.bits.op("&")(mask) != 0) for mask in _masks().values()])).one()
    return dict(zip(_masks(), row, strict=True))


@dataclass
class _Slice:
    rows: list[tuple]            # (household id, rank, since, bits, due)
    rest: int                    # households in the SQL part, refusals listed first left out
    counts: dict[str, int] | None
    known: bool                  # False: no row came back, so no totals either


def _slice(ranked: Select | None, skip: int, room: int, *, refusals_first: bool,
           counted: bool) -> _Slice:
    """One statement: a page of ``ranked`` in queue order, with the totals over all of it
    (window aggregates, so the households are read once). Refusals listed first by their
    deadline are sorted after everything and left out of the rows and the total."""
    if ranked is None:
        return _Slice([], 0, None, known=True)
    r = ranked.selected_columns
    listed = case((_not_refusal(r.state), 0), else_=1) if refusals_first else literal(0)
    extra = [func.sum(1 - listed).over().label("rest")]
    if counted:
        extra += [func.sum(case((r.bits.op("&")(mask) != 0, 1), else_=0)).over()
                  .label(f"count_{reason}") for reason, mask in _masks().items()]
    query = (ranked.add_columns(listed.label("listed"), *extra)
             .order_by(*([listed] if refusals_first else []), *_order(r))
             .limit(max(room, 1)).offset(skip))
    found = db.session.execute(query).all()
    if not found:
        return _Slice([], 0, None, known=skip == 0)
    first = found[0]
    counts = ({reason: getattr(first, f"count_{reason}") for reason in _masks()}
              if counted else None)
    rows = [(row.household_id, row.rank, row.since, row.bits, row.due) for row in found
            if not row.listed][:room]
    return _Slice(rows, first.rest, counts, known=True)


def queue_page(user: User, now: datetime, *, practice_id: int | None = None,
               reasons: Iterable[str] = REASONS, page: int = 1) -> QueuePage:
    """One page of the queue for ``user``: most urgent first, filtered by practice and
    reasons, with the counts per reason (under the practice filter) and the total.

    With every reason shown (the usual page), one statement over the candidates gives the
    page, the total and the counts; a reason filter adds one for the counts. A page past
    the end shows the last page."""
    reasons = [r for r in REASONS if r in set(reasons)]
    refusals = _refusals(user, practice_id)  # counted whatever the filter
    listed = refusals if REFUSAL in reasons else []
    everything = _ranked(user, practice_id, now, REASONS)
    filtered = len(reasons) < len(REASONS)
    ranked = _ranked(user, practice_id, now, reasons) if filtered else everything

    def fetch(page: int) -> tuple[list[tuple], _Slice]:
        start = (page - 1) * PER_PAGE
        shown = [(REFUSAL, asked, hid, deadline, 0, None)
                 for deadline, asked, hid in listed[start:start + PER_PAGE]]
        room = PER_PAGE - len(shown)
        return shown, _slice(ranked, max(0, start - len(listed)), room,
                             refusals_first=bool(listed), counted=not filtered)

    page = max(page, 1)
    shown, part = fetch(page)
    if page > 1 and not shown and not part.rows:  # past the end?
        totals = part if part.known else _slice(
            ranked, 0, 0, refusals_first=bool(listed), counted=not filtered)
        last = max(1, -(-(len(listed) + totals.rest) // PER_PAGE))
        if last < page:
            page = last
            shown, part = fetch(page)
    total = len(listed) + part.rest
    counts = part.counts if part.counts is not None else (
        _tally(everything) if filtered else dict.fromkeys(_masks(), 0))
    by_rank = {rank: reason for reason, rank in RANK.items()}
    shown += [(by_rank[rank], since, hid, None, bits, due)
              for hid, rank, since, bits, due in part.rows]
    return QueuePage(_rows(user, shown, now), total, {REFUSAL: len(refusals), **counts}, page,
                     max(1, -(-total // PER_PAGE)))


def _rows(user: User, shown: list[tuple], now: datetime) -> list[Waiting]:
    """The households of a page, loaded once, with the children ``user`` may see."""
    ids = [hid for _, _, hid, *_ in shown]
    loaded = {h.id: h for h in db.session.scalars(
        select(Household).where(Household.id.in_(ids)).options(
            selectinload(Household.children).selectinload(Child.practice),
            selectinload(Household.all_children),
            selectinload(Household.practice), selectinload(Household.held_by)))} if ids else {}
    words = last_words(ids)
    rows = []
    for reason, since, hid, deadline, bits, due in shown:
        household = loaded[hid]
        others = {_BIT_REASON[b] for b in _BIT_REASON if bits & b} - {reason}
        if reason != REFUSAL and household.dialogue_state == \
                State.AWAITING_REFUSAL_CONFIRMATION.value:
            others.add(REFUSAL)
        days = (clock.local(now).date() - clock.local(since).date()).days if since else 0
        rows.append(Waiting(household, reason, since,
                            [r for r in REASONS if r in others], deadline,
                            clock.local(due).date() if due else None,
                            scope.children_shown(user, household), words.get(hid), days,
                            timeline.masker(household, user)))
    return rows


def last_words(household_ids: list[int]) -> dict[int, Message]:
    """Each household's latest inbound message, for the queue's row."""
    if not household_ids:
        return {}
    latest = (select(Message.id, func.row_number().over(
        partition_by=Message.household_id, order_by=Message.id.desc()).label("n"))
        .where(Message.household_id.in_(household_ids),
               Message.direction == Direction.INBOUND).subquery())
    found = db.session.scalars(select(Message).join(latest, latest.c.id == Message.id)
                               .where(latest.c.n == 1))
    return {m.household_id: m for m in found}
