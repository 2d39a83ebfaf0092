"""One timeline of everything that happened to a household, newest first.

:func:`build` reads the household's rows (attempts, messages in and out, coded
events, offers, bookings, tasks, audit entries) and turns each into an
:class:`Entry`: plain words for staff, the family's own text kept as it was (the
template escapes it). What a user may see is decided in the queries: codes,
bookings and tasks through :mod:`assistant.console.scope` (each belongs to its
child's practice), and for a practice user the given names and NHS numbers of a
sibling registered elsewhere are masked in every free text (a text to the family
names all the children), and audit entries about that sibling are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from assistant import clock
from assistant.console import scope
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    Booking,
    Child,
    CodedEvent,
    Direction,
    Household,
    Means,
    Message,
    MessageChannel,
    Offer,
    Slot,
    Task,
    User,
)

MASK = "[a child at another practice]"
MEANS_WORDS = {Means.SMS: "text", Means.CALL: "phone call", Means.LETTER: "letter",
               Means.STAFF_CALL: "call by staff", Means.HOME_VISIT: "home visit"}
CHANNEL_WORDS = {MessageChannel.SMS: "Text", MessageChannel.VOICE: "Call",
                 MessageChannel.SPEECH: "Said on a call", MessageChannel.WEB: "Booking page",
                 MessageChannel.LETTER: "Letter"}
# Audit actions in plain words (an unknown action is shown as it is spelt).
ACTION_WORDS = {
    "household.taken_over": "Took the family over", "household.handed_back":
    "Handed the family back to the assistant", "household.referred":
    "Handed to the coordinators", "household.exception_reported": "Exception reported",
    "household.status": "Status changed", "household.language_flagged":
    "Language flagged", "household_no_contact": "Closed: no contact",
    "household_uncontactable": "No way to contact the family", "hold.untouched_task":
    "Hold untouched: task raised", "attempt_cancelled": "Attempt cancelled",
    "attempt_recorded": "Attempt recorded by staff", "attempt_switched": "Attempt switched",
    "attendance": "Attendance marked", "book_by_hand_task": "Book-by-hand task raised",
    "booking_cancelled": "Booking cancelled", "change_requested": "Change requested",
    "child.no_longer_due": "A child is no longer due", "child.due_again":
    "A child is due again", "moved": "Appointment moved", "offer_made": "Slots offered",
    "phone.marked": "Phone number marked", "phone.opted_in": "Opted back in",
    "phone.opted_out": "Opted out", "phone_unusable": "Phone number unusable",
    "reminder": "Reminder sent", "slots_released": "Slots released",
    "household.text_sending": "Started a text to the family",
    "household.texted": "Texted the family", "household.text_failed":
    "A text could not be sent", "household.call_recorded": "Call made by hand recorded",
    "household.follow_up": "Follow-up set", "booked": "Booked",
    "household.follow_ups_closed": "Follow-up closed: the hold ended",
    "household.exception_withdrawn": "Exception report withdrawn: the family changed their mind",
}


@dataclass(frozen=True)
class Entry:
    """One line of the timeline. ``key`` is unique on the page ("message:12")."""

    key: str
    at: datetime
    kind: str            # attempt, message, code, offer, booking, task, audit
    title: str
    text: str = ""       # free text: a family's words, a note, a summary
    who: str = ""        # the person (email) or "assistant", "family"
    status: str = ""
    direction: str = ""  # "in" or "out" for messages
    changed_at: datetime | None = None  # last change (a delivery status arriving later)

    @property
    def moment(self) -> datetime:
        return max(self.at, self.changed_at or self.at)


def build(session: Session, household: Household, user: User, *,
          changed_since: datetime | None = None,
          mask: Callable[[str | None], str] | None = None) -> list[Entry]:
    """Every entry of ``household`` that ``user`` may see, newest first; with
    ``changed_since``, only those created or changed at or after it (the live poll).
    ``mask`` is ``masker(household, user)`` when the caller has built it already."""
    view = _View(session, household, user, mask)
    entries = [*view.attempts(), *view.messages(), *view.codes(), *view.offers(),
               *view.bookings(), *view.tasks(), *view.audits()]
    if changed_since is not None:
        entries = [e for e in entries if e.moment >= changed_since]
    entries.sort(key=lambda e: (e.at, e.kind, e.key), reverse=True)
    return entries


class _View:
    """The household's rows read for one user: the masks and names computed once."""

    def __init__(self, session: Session, household: Household, user: User,
                 mask: Callable[[str | None], str] | None = None):
        self.session, self.household, self.user = session, household, user
        self.hidden_ids = {c.id for c in hidden_children(household, user)}
        self.mask = mask or masker(household, user)
        self._emails: dict[int, str] | None = None

    # --- helpers -------------------------------------------------------------------------
    def email(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if self._emails is None:
            self._emails = self._read_emails()
        return self._emails.get(user_id, f"user {user_id}")

    def _read_emails(self) -> dict[int, str]:
        # Every user the timeline can name, read once (a team has tens of logins). A
        # practice user sees the team's and its own practice's logins, not another
        # practice's staff (who may have acted on a sibling registered there).
        rows = self.session.execute(select(User.id, User.email, User.practice_id)).all()
        mine = self.user.practice_id
        return {uid: (email if scope.sees_everything(self.user) or practice_id in (None, mine)
                      else "staff at another practice")
                for uid, email, practice_id in rows}

    def actor(self, actor: str, user_id: int | None) -> str:
        if user_id is None and actor.startswith("user:") and actor[5:].isdigit():
            user_id = int(actor[5:])
        return self.email(user_id) if user_id is not None else actor

    def rows(self, query) -> list:
        return list(self.session.scalars(query))

    # --- each kind of row ----------------------------------------------------------------
    def attempts(self) -> Iterable[Entry]:
        for a in self.rows(select(Attempt).where(Attempt.household_id == self.household.id)):
            means = MEANS_WORDS.get(a.means.value, a.means.value)
            if a.state is AttemptState.CANCELLED:
                status, at, text = "cancelled", a.updated_at, a.cancel_reason
            elif a.state is AttemptState.SCHEDULED:
                status, at, text = f"due {_local(a.due_at)}", a.created_at, ""
            else:
                status = (a.outcome or a.state.value).replace("-", " ").replace("_", " ")
                at, text = a.made_at or a.claimed_at or a.due_at, a.outcome_detail or ""
            yield Entry(f"attempt:{a.id}", at, "attempt", f"Attempt {a.number} by {means}",
                        text=self.mask(text), status=status,
                        who=self.email(a.recorded_by_id) or "assistant",
                        changed_at=a.updated_at)

    def messages(self) -> Iterable[Entry]:
        for m in self.rows(select(Message).where(Message.household_id == self.household.id)):
            inbound = m.direction is Direction.INBOUND
            channel = CHANNEL_WORDS.get(m.channel, m.channel)
            pressed = (m.body or "").startswith("pressed ")
            if m.channel == MessageChannel.VOICE and inbound and pressed:
                title = "Key pressed on a call"
            else:
                title = f"{channel} {'from the family' if inbound else 'to the family'}"
            who = "family" if inbound else (self.email(m.sent_by_id) or "assistant")
            yield Entry(f"message:{m.id}", m.created_at, "message", title,
                        text=self.mask(m.body), who=who,
                        status=(m.status or "").replace("_", " "),
                        direction=m.direction.value, changed_at=m.updated_at)

    def codes(self) -> Iterable[Entry]:
        query = scope.codes_of(self.user).where(CodedEvent.household_id == self.household.id)
        # A code for an attempt a person made (a call by hand) names them, as the attempt does.
        recorded_by = dict(self.session.execute(
            select(Attempt.id, Attempt.recorded_by_id).where(
                Attempt.household_id == self.household.id,
                Attempt.recorded_by_id.is_not(None))).all())
        for c in self.rows(query.options(selectinload(CodedEvent.child))):
            text = self.mask(c.free_text)
            if c.evidence:
                text += f"\nThe family's words: {self.mask(c.evidence)}"
            yield Entry(f"code:{c.id}", c.occurred_at, "code",
                        f"Coded {c.snomed_code} {c.term} for {c.child.given_name}",
                        text=text, who=self.email(recorded_by.get(c.attempt_id)),
                        changed_at=c.updated_at)

    def offers(self) -> Iterable[Entry]:
        for o in self.rows(select(Offer).where(Offer.household_id == self.household.id)):
            count = len(o.options or [])
            title = ("Offered a move" if o.is_move else "Offered appointments") + \
                f" ({count} option{'s' if count != 1 else ''}, by {o.via})"
            status = o.status.value + (f": option {o.chosen} chosen" if o.chosen else "")
            yield Entry(f"offer:{o.id}", o.created_at, "offer", title, status=status,
                        text=f"Open until {_local(o.expires_at)}",
                        changed_at=o.updated_at)

    def bookings(self) -> Iterable[Entry]:
        query = scope.bookings_of(self.user).where(Booking.household_id == self.household.id)
        for b in self.rows(query.options(selectinload(Booking.child),
                                         selectinload(Booking.slot).selectinload(Slot.practice))):
            yield Entry(f"booking:{b.id}", b.booked_at, "booking",
                        f"Booked {b.child.given_name} at {b.slot.practice.name}",
                        text=f"Appointment {_local(b.slot.start_at)}",
                        status=b.status.value.replace("_", " "), who=f"by {b.booked_via}",
                        changed_at=b.updated_at)

    def tasks(self) -> Iterable[Entry]:
        query = scope.tasks_of(self.user).where(Task.household_id == self.household.id)
        for t in self.rows(query):
            status = t.status.value
            if t.closed_at is not None:
                status += f" ({self.email(t.closed_by_id) or 'closed'})"
            yield Entry(f"task:{t.id}", t.created_at, "task",
                        f"Task: {t.kind.value.replace('_', ' ')}", text=self.mask(t.summary),
                        status=status, who=self.email(t.assigned_to_id),
                        changed_at=t.updated_at)

    def audits(self) -> Iterable[Entry]:
        rows = self.rows(select(AuditEvent).where(AuditEvent.household_id == self.household.id))
        visible_bookings = None
        for event in rows:
            detail = dict(event.detail or {})
            if detail.get("child_id") in self.hidden_ids:
                continue  # about a sibling at another practice
            if "booking_id" in detail and self.hidden_ids:
                if visible_bookings is None:
                    visible_bookings = set(self.session.scalars(
                        scope.bookings_of(self.user, select(Booking.id))
                        .where(Booking.household_id == self.household.id)))
                if detail["booking_id"] not in visible_bookings:
                    continue
            yield Entry(f"audit:{event.id}", event.at, "audit",
                        ACTION_WORDS.get(event.action, event.action),
                        text=self.mask(_detail_words(detail)),
                        who=self.actor(event.actor, event.user_id))


def _local(moment: datetime) -> str:
    return clock.local(moment).strftime("%a %-d %b %H:%M")


def _detail_words(detail: dict) -> str:
    """An audit entry's detail as "key: value" pairs, ids left out (they mean nothing here)."""
    parts = []
    for key, value in detail.items():
        if key.endswith("_id") or key in ("household", "options", "slots"):
            continue
        # Stored words ("no_answer", "staff_call") read as words.
        shown = value.replace("_", " ") if isinstance(value, str) else value
        parts.append(f"{key.replace('_', ' ')}: {shown}")
    return "; ".join(parts)


def masker(household: Household, user: User) -> Callable[[str | None], str]:
    """A function masking, in a free text, the given names and NHS numbers of the
    children of ``household`` that ``user`` may not see (a name a visible sibling shares
    is left: it tells nothing)."""
    hidden = hidden_children(household, user)
    shown = {c.given_name.casefold() for c in household.all_children if c not in hidden}
    words = sorted({w for c in hidden for w in (c.given_name, c.nhs_number)
                    if w and w.casefold() not in shown}, key=len, reverse=True)
    if not words:
        return lambda text: text or ""
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)
    return lambda text: pattern.sub(MASK, text or "")


def hidden_children(household: Household, user: User) -> list[Child]:
    """Children of ``household`` (due or not) that ``user`` may not see."""
    if scope.sees_everything(user):
        return []
    return [c for c in household.all_children if c.practice_id != user.practice_id]
