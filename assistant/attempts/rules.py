"""The rules of the three attempts (pathway.md §2): pure functions, no I/O.

Which means the next attempt uses, when it is due, whether an attempt about to
be made should go ahead, be switched or be cancelled, how a provider's status
reads in the child's record. Callers pass in what they know (a :class:`Reach`,
:class:`HouseholdFacts`, times) and carry out what comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from assistant import clock
from assistant.models.contact import (
    CALL_OUTCOMES,
    OPTED_OUT,
    TEXT_OUTCOMES,
    UNUSABLE,
    Delivery,
    Means,
)
from assistant.models.people import DEFAULT_ATTEMPT_ORDER, HouseholdStatus

MAX_ATTEMPTS = 3
AUTOMATED = (Means.SMS, Means.CALL, Means.LETTER)
_ALIASES = {"sms": Means.SMS, "text": Means.SMS, "call": Means.CALL, "phone": Means.CALL,
            "letter": Means.LETTER, "post": Means.LETTER}
# For "a different means each time", a call from the practice is a call.
_SAME_AS = {Means.STAFF_CALL: Means.CALL}

_STATUS_REASONS = {
    HouseholdStatus.PAUSED: "paused while the team checks the record",
    HouseholdStatus.WITH_COORDINATOR: "a coordinator has the conversation",
    HouseholdStatus.AGREED: "the family agreed and is being offered slots",
    HouseholdStatus.BOOKED: "the family has booked",
    HouseholdStatus.REFUSED: "the family refused",
    HouseholdStatus.UNREACHABLE: "the household is already no contact",
    HouseholdStatus.MOVED_AWAY: "the family moved away",
    HouseholdStatus.UNCONTACTABLE: "no usable phone or address",
    HouseholdStatus.COMPLETED: "nothing more to do",
}


class PathwayError(ValueError):
    """A request the pathway cannot carry out; the message says why in plain words."""


@dataclass(frozen=True)
class Reach:
    """The means a household can be reached by right now."""

    text: bool
    call: bool
    letter: bool

    def has(self, means: Means) -> bool:
        return {Means.SMS: self.text, Means.CALL: self.call, Means.LETTER: self.letter}.get(
            means, False)

    @property
    def any(self) -> bool:
        return self.text or self.call or self.letter


@dataclass(frozen=True)
class HouseholdFacts:
    """What the re-check before an attempt needs to know about the household."""

    status: HouseholdStatus
    held: bool
    booked: bool
    replied: bool
    reach: Reach


@dataclass(frozen=True)
class Verdict:
    """``go`` ahead with ``means``, ``switch`` to ``means``, or ``cancel``; ``reason`` says why."""

    action: str
    means: Means | None = None
    reason: str | None = None


def parse_order(text: str | None) -> tuple[Means, ...]:
    """A practice's attempt order ("sms,call,letter") as means; missing ones follow by default.

    Raises :class:`PathwayError` on a name it does not know or a repeat.
    """
    order: list[Means] = []
    for name in (text or DEFAULT_ATTEMPT_ORDER).split(","):
        name = name.strip().lower()
        if not name:
            continue
        if name not in _ALIASES:
            raise PathwayError(f"unknown means {name!r} in the attempt order; "
                               "use sms, call and letter")
        if _ALIASES[name] in order:
            raise PathwayError(f"{name!r} appears twice in the attempt order")
        order.append(_ALIASES[name])
    order += [m for m in AUTOMATED if m not in order]
    return tuple(order)


def choose_means(order: Sequence[Means], reach: Reach, used: Sequence[Means],
                 exclude: Sequence[Means] = ()) -> Means | None:
    """The means for the next attempt, or None when the household has none left.

    The first means in ``order`` the household has and has not had yet; when it
    has had them all (fewer than three means), the one used least, so that three
    attempts are still made.
    """
    seen = [_SAME_AS.get(m, m) for m in used]
    candidates = [m for m in order if reach.has(m) and m not in exclude]
    if not candidates:
        return None
    fresh = [m for m in candidates if m not in seen]
    if fresh:
        return fresh[0]
    return min(candidates, key=lambda m: (seen.count(m), list(order).index(m)))


def letter_day(moment: datetime, tz: ZoneInfo | None = None) -> datetime:
    """The start (09:00 local) of the working day a letter due at ``moment`` is batched on."""
    tz = tz or clock.zone()
    day = clock.local(moment, tz).date()
    if not clock.is_working_day(day):
        day = clock.add_working_days(day, 1)
    return _day_start(day, tz)


def _day_start(day: date, tz: ZoneInfo) -> datetime:
    return clock.from_local(datetime.combine(day, clock.WORKING_HOURS[0]), tz)


def due_for(means: Means, earliest: datetime, tz: ZoneInfo | None = None) -> datetime:
    """When an attempt by ``means`` not before ``earliest`` may go: texts and calls in
    the send window, letters in that working day's batch."""
    if means is Means.LETTER:
        return letter_day(earliest, tz)
    return clock.next_send_time(earliest, tz)


def following_due(means: Means, previous_made_at: datetime, spacing_days: int,
                  tz: ZoneInfo | None = None) -> datetime:
    """When the next attempt is due: ``spacing_days`` after the previous one was made."""
    return due_for(means, previous_made_at + timedelta(days=spacing_days), tz)


def brought_forward_due(means: Means, now: datetime, tz: ZoneInfo | None = None) -> datetime:
    """The next working day after ``now``: for an attempt that could not reach the number."""
    tz = tz or clock.zone()
    day = clock.add_working_days(clock.local(now, tz).date(), 1)
    return due_for(means, _day_start(day, tz), tz)


def no_contact_due(third_made_at: datetime, spacing_days: int) -> datetime:
    """When a household whose third attempt brought no reply becomes "no contact"."""
    return third_made_at + timedelta(days=spacing_days)


def recheck(means: Means, facts: HouseholdFacts, order: Sequence[Means],
            used: Sequence[Means]) -> Verdict:
    """Should the attempt about to be made by ``means`` go, switch means, or be cancelled?"""
    if facts.status is not HouseholdStatus.ACTIVE:
        return Verdict("cancel", reason=_STATUS_REASONS.get(facts.status, str(facts.status)))
    if facts.held:
        return Verdict("cancel", reason="a coordinator has taken the household over")
    if facts.booked:
        return Verdict("cancel", reason="the family has booked")
    if facts.replied:
        return Verdict("cancel", reason="the family replied since the attempt was scheduled")
    if facts.reach.has(means):
        return Verdict("go", means=means)
    other = choose_means(order, facts.reach, used, exclude=(means,))
    if other is None:
        return Verdict("cancel", reason=f"{describe_means(means)} no longer possible "
                                        "and no other way to reach the family")
    return Verdict("switch", means=other,
                   reason=f"{describe_means(means)} no longer possible; "
                          f"switched to {describe_means(other)}")


def describe_means(means: Means) -> str:
    return {Means.SMS: "a text", Means.CALL: "a call", Means.LETTER: "a letter",
            Means.STAFF_CALL: "a call from the practice",
            Means.HOME_VISIT: "a home visit"}[means]


FAILED_STATUSES = frozenset({Delivery.UNDELIVERED, Delivery.FAILED})


def status_rank(means: Means, status: str | None) -> int | None:
    """Where ``status`` stands among the provider's statuses for ``means``; None if unknown."""
    if status is None:
        return -1
    ranks = TEXT_OUTCOMES if means is Means.SMS else CALL_OUTCOMES
    return ranks.get(status)


_SMS_RESULT = {Delivery.SENT: ", awaiting delivery", Delivery.DELIVERED: ", delivered",
               Delivery.READ: ", delivered"}
_CALL_RESULT = {Delivery.IN_PROGRESS: ", answered", Delivery.ANSWERED: ", answered",
                Delivery.VOICEMAIL: ", voicemail left", Delivery.COMPLETED: ", call ended",
                Delivery.NO_ANSWER: ", no answer", Delivery.BUSY: ", line busy",
                Delivery.FAILED: ", call failed", Delivery.CANCELED: ", call cancelled"}
_PROBLEM = {UNUSABLE: " (the number cannot be used)", OPTED_OUT: " (the number has opted out)"}


def attempt_free_text(means: Means, number: str | None, outcome: str | None,
                      error_code: int | None = None, problem: str | None = None) -> str:
    """The free text coded with an attempt: the means, the number (national format) and result.

    ``problem`` is what the channel read in the provider's error about the number
    (``unusable``, ``opted_out``); otherwise a provider error is shown by its code.
    """
    why = _PROBLEM.get(problem or "", f" (error {error_code})" if error_code else "")
    if means is Means.SMS:
        if outcome in FAILED_STATUSES or outcome == "canceled":
            return f"SMS to {number} not delivered{why}"
        return f"SMS sent to {number}{_SMS_RESULT.get(outcome or '', '')}"
    if means is Means.CALL:
        result = _CALL_RESULT.get(outcome or "", "")
        return f"Telephone call to {number}{result}{why if outcome == 'failed' else ''}"
    if means is Means.LETTER:
        return "Letter posted"
    return outcome or ""


# Who made a call by hand, as the coded free text says it.
STAFF_CALLERS = {"practice": "Telephone call from the practice",
                 "coordinator": "Telephone call by the coordinator"}


def staff_free_text(means: Means, outcome_text: str, caller: str = "practice") -> str:
    """Free text for an attempt staff made themselves: ``Home visit, no one in``;
    ``Telephone call by the coordinator, no answer`` (``caller``: practice or coordinator)."""
    label = {Means.STAFF_CALL: STAFF_CALLERS[caller],
             Means.HOME_VISIT: "Home visit"}.get(means)
    if label is None:
        raise PathwayError("staff can record a call from the practice or a home visit")
    outcome_text = " ".join(outcome_text.split())
    return f"{label}, {outcome_text}" if outcome_text else label
