"""The dialogue: what the assistant does after a parent's reply (pathway.md §5).

Pure: :func:`decide` takes the household's situation and what the parent said
(already labelled) and returns the conversation's next state and a list of
actions. ``assistant.conversation.replies`` carries the actions out (saves, codes, sends).
Wording lives in ``templates/replies/``; here we only name the template.

Safety rules this module keeps (see docs/hazard-log.md):
- a refusal is never recorded from one message: we ask once to confirm, and
  anything but a clear confirmation goes to a person;
- nothing is booked unless the parent picked an offered option;
- a household a coordinator holds gets no automated answer at all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.models import (
    DialogueState,
    HouseholdStatus,
    Means,
    MessageChannel,
    PhoneStatus,
    TaskKind,
)
from assistant.records.codes import Event
from assistant.scripts.labels import Label

State = DialogueState

# --- actions: what the effects layer must do --------------------------------------

@dataclass(frozen=True)
class Say:
    """Reply to the family with ``templates/replies/<lang>/<template>.txt``."""

    template: str


@dataclass(frozen=True)
class HandOver:
    """Refer the household to the coordinators (``conversation.handover.refer``): coded as
    referred for each child, all automated contact stops, into the queue."""

    reason: str


@dataclass(frozen=True)
class ExceptionReport:
    """A confirmed refusal (``conversation.handover.exception_report``): coded 183948000 for
    each child with the parent's words, bookings and attempts cancelled, contact stops."""

    reason: str


@dataclass(frozen=True)
class Code:
    """Code ``event`` against every child; ``evidence`` keeps the parent's own words."""

    event: Event
    evidence: bool = False


@dataclass(frozen=True)
class SetStatus:
    status: HouseholdStatus
    reason: str


@dataclass(frozen=True)
class CancelAttempts:
    """Cancel every scheduled attempt, keeping ``reason``."""

    reason: str


@dataclass(frozen=True)
class MarkNumber:
    """Mark the number the reply came from (``wrong_number``)."""

    status: PhoneStatus


@dataclass(frozen=True)
class OptOut:
    """No more contact by ``means`` (SMS or CALL) on this number."""

    means: Means


@dataclass(frozen=True)
class OptIn:
    means: Means


@dataclass(frozen=True)
class RaiseTask:
    kind: TaskKind
    summary: str


@dataclass(frozen=True)
class OfferSlots:
    """Offer appointments (booking §6); no slot within seven days -> a task and a message."""


@dataclass(frozen=True)
class BookPick:
    """Book the option the parent picked from the open offer."""

    option: int


@dataclass(frozen=True)
class BookingChange:
    """Cancel or move a booking (``CANCEL``, ``CHANGE``)."""

    request: str


@dataclass(frozen=True)
class CancelBookings:
    reason: str


@dataclass(frozen=True)
class FlagLanguage:
    language: str


Action = (Say | HandOver | ExceptionReport | Code | SetStatus | CancelAttempts | MarkNumber
          | OptOut | OptIn | RaiseTask | OfferSlots | BookPick | BookingChange | CancelBookings
          | FlagLanguage)


@dataclass(frozen=True)
class Situation:
    """What the dialogue needs to know about the household, at the moment of the reply."""

    status: HouseholdStatus
    state: State | None = None
    held: bool = False
    channel: MessageChannel = MessageChannel.SMS  # how the reply came
    language: str = "en"
    picked: int | None = None          # the option parsed from the reply, when an offer is open
    keyword: str | None = None         # an exact keyword (see :func:`keyword_of`)


@dataclass(frozen=True)
class Decision:
    state: State | None
    actions: tuple[Action, ...] = field(default_factory=tuple)

    def of(self, kind: type) -> list:
        return [a for a in self.actions if isinstance(a, kind)]


# --- keywords ---------------------------------------------------------------------

# Carrier and Twilio opt-out words. CANCEL is among them, but to a family with a
# booking it means "cancel my appointment", so booked households are asked first.
STOP_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke",
                        "optout", "opt out", "stop all"})
START_WORDS = frozenset({"start", "unstop", "resume"})
HELP_WORDS = frozenset({"help", "info"})
CONFIRM_WORDS = frozenset({"confirm", "confirmed", "i confirm", "confirm please",
                           "yes confirm", "confirm no vaccines"})
TALK_WORDS = frozenset({"talk", "speak", "call me", "nurse"})
CHANGE_WORDS = frozenset({"change", "move", "rearrange", "reschedule", "another time",
                          "different time", "cancel appointment", "cancel booking"})


def keyword_of(text: str) -> str | None:
    """The keyword a whole reply amounts to ("stop", "start", "help", "confirm", "talk",
    "change", "cancel"), or None. Only whole-message matches count: "stop texting me, we
    don't want it" is a sentence for the labeller, not a keyword."""
    plain = unicodedata.normalize("NFKC", text).casefold()
    plain = re.sub(r"[^\w\s]", " ", plain)
    plain = " ".join(plain.split())
    if plain == "cancel":
        return "cancel"
    if plain in STOP_WORDS:
        return "stop"
    if plain in START_WORDS:
        return "start"
    if plain in HELP_WORDS:
        return "help"
    if plain in CONFIRM_WORDS:
        return "confirm"
    if plain in TALK_WORDS:
        return "talk"
    if plain in CHANGE_WORDS:
        return "change"
    return None


# --- the decision -----------------------------------------------------------------

def decide(situation: Situation, label: Label) -> Decision:
    """The next state and actions after a reply labelled ``label``."""
    s = situation
    if s.held:
        # A coordinator holds the conversation: keep the words for them, say nothing.
        return Decision(s.state)
    flag = (FlagLanguage(s.language),) if s.language != "en" else ()

    keyword = _keywords(s)
    if keyword is not None:
        return _with(keyword, flag)
    if s.status.is_closed or s.status is HouseholdStatus.WITH_COORDINATOR:
        return _with(_reply_after_close(s), flag)
    if s.state is State.AWAITING_REFUSAL_CONFIRMATION:
        return _with(_after_refusal_question(s, label), flag)
    if s.state is State.AWAITING_PICK and s.picked is not None:
        return _with(Decision(None, (BookPick(s.picked),)), flag)
    if s.status is HouseholdStatus.BOOKED and label is Label.AGREE:
        return _with(Decision(s.state, (Say("booked_thanks"),)), flag)
    if s.state is State.AWAITING_CLARIFICATION and label is Label.UNCLEAR:
        return _with(_hand_over("still unclear after one question"), flag)
    return _with(_by_label(s, label), flag)


def _with(decision: Decision, extra: tuple[Action, ...]) -> Decision:
    return Decision(decision.state, extra + decision.actions) if extra else decision


def _phone_means(s: Situation) -> Means:
    """What a keyword opts out of or back in to: calls on a call, else texts."""
    return Means.CALL if MessageChannel(s.channel).means is Means.CALL else Means.SMS


def _keywords(s: Situation) -> Decision | None:
    means = _phone_means(s)
    match s.keyword:
        case "stop":
            return Decision(s.state, (OptOut(means), Say("opted_out")))
        case "cancel" if s.status is HouseholdStatus.BOOKED:
            return Decision(s.state, (BookingChange("cancel"),))
        case "cancel":
            return Decision(s.state, (OptOut(means), Say("opted_out")))
        case "change" if s.status is HouseholdStatus.BOOKED:
            return Decision(s.state, (BookingChange("change"),))
        case "start":
            return Decision(s.state, (OptIn(means), Say("opted_in")))
        case "help":
            return Decision(s.state, (Say("help"),))
        case "talk" if not s.status.is_closed:
            return _hand_over("asked to talk to someone")
    return None


def _reply_after_close(s: Situation) -> Decision:
    """A family that writes after we closed or handed over goes to a person, not a script."""
    if s.status is HouseholdStatus.WITH_COORDINATOR:
        return Decision(s.state, (Say("coordinator_will_call"),))
    return _hand_over(f"replied after the household was closed ({s.status.value})",
                      say="coordinator_will_call")


def _after_refusal_question(s: Situation, label: Label) -> Decision:
    confirmed = s.keyword == "confirm" or label is Label.REFUSED
    if not confirmed:
        return _hand_over("did not confirm the refusal")
    return Decision(None, (
        ExceptionReport("refusal confirmed by the parent"),
        Say("refusal_confirmed"),
    ))


def _hand_over(reason: str, say: str = "handed_over") -> Decision:
    """Every hand-over is coded as a referral and stops automated contact (``HandOver``)."""
    return Decision(State.HANDED_OVER, (HandOver(reason), Say(say)))


def _by_label(s: Situation, label: Label) -> Decision:
    means = _phone_means(s)
    match label:
        case Label.AGREE:
            return Decision(State.AWAITING_PICK, (
                SetStatus(HouseholdStatus.AGREED, "agreed to book"),
                CancelAttempts("agreed to book"),
                OfferSlots(),
            ))
        case Label.HESITANT:
            return _hand_over("hesitant: has questions or worries")
        case Label.REFUSED:
            return Decision(State.AWAITING_REFUSAL_CONFIRMATION, (
                CancelAttempts("refusal awaiting confirmation"),
                Say("confirm_refusal"),
            ))
        case Label.ALREADY_VACCINATED:
            return Decision(None, (
                RaiseTask(TaskKind.DATA_CHECK, "Parent says the child already had the "
                          "vaccines: check the record and update it."),
                SetStatus(HouseholdStatus.PAUSED, "says already vaccinated: data check"),
                CancelAttempts("paused for a data check (already vaccinated)"),
                Say("thanks_already_vaccinated"),
            ))
        case Label.MOVED_AWAY:
            return Decision(None, (
                RaiseTask(TaskKind.DATA_CHECK, "Family says they have moved away: check "
                          "registration and update the record."),
                SetStatus(HouseholdStatus.MOVED_AWAY, "says they have moved away"),
                CancelAttempts("family has moved away"),
                Say("thanks_moved"),
            ))
        case Label.WRONG_NUMBER:
            return Decision(s.state, (MarkNumber(PhoneStatus.WRONG_NUMBER), Say("wrong_number")))
        case Label.OPT_OUT:
            return Decision(s.state, (OptOut(means), Say("opted_out")))
        case _:
            if s.state is State.AWAITING_PICK:
                return _hand_over("could not tell which appointment they wanted")
            return Decision(State.AWAITING_CLARIFICATION, (Say("clarify"),))
