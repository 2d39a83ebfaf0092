"""The household page: a family's children, contact details, hold and one timeline.

Routes (``interfaces.md`` §6): ``GET /households/<id>`` (everyone; a practice user
only for a family with a child registered there, and then only its own children),
``GET /households/<id>/timeline.json?after=<ISO time>`` (the same, for the page's
live poll), ``POST /households/<id>/take-over`` and ``/hand-back`` (the team; the
hold itself is ``conversation.handover``'s, enforced by the database).

The contract for other console modules posting from this page (messages, calls,
outcomes): render their 400/409 answers with the same page, so the person sees
the family and what to do::

    from assistant.console.household import page_context
    household = scope.household_or_404(household_id)
    return render_template("console/household.html",
                           **page_context(household, current_user),
                           error="Say what to do next, in plain words."), 409

``page_context(household, user)`` returns everything the template needs (the
timeline included) and never the key ``error``, which is optional (a sentence).
The template includes ``console/household_actions.html`` (if it exists) for every
viewer, under the hold, with the same context; the partial decides what each person
may do and can read ``is_holder``, ``holder``, ``household``, ``children``, ``phones``
and ``can_text``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from flask import (
    Blueprint,
    abort,
    get_template_attribute,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from assistant import clock
from assistant.console import scope, timeline
from assistant.console.household_forms import HandBackForm, TakeOverForm
from assistant.conversation import handover, wording
from assistant.db import db
from assistant.models import (
    DialogueState,
    Household,
    HouseholdStatus,
    Phone,
    PhoneKind,
    PhoneStatus,
    Role,
    User,
)

bp = Blueprint("household", __name__)

# The live poll asks for what changed since its last answer, less this much: a row
# written just before a poll but committed just after it is not missed (the page
# skips entries it already shows).
POLL_OVERLAP = timedelta(minutes=2)
POLL_SECONDS = 10

STATUS_WORDS = {
    HouseholdStatus.ACTIVE: "On the pathway: the assistant is contacting the family",
    HouseholdStatus.PAUSED: "Paused: a data check is open",
    HouseholdStatus.WITH_COORDINATOR: "With the coordinators: waiting for a person",
    HouseholdStatus.AGREED: "Agreed: being offered appointments",
    HouseholdStatus.BOOKED: "Booked",
    HouseholdStatus.REFUSED: "Exception reported: the family does not want the vaccines",
    HouseholdStatus.UNREACHABLE: "No contact after three attempts",
    HouseholdStatus.MOVED_AWAY: "Moved away",
    HouseholdStatus.UNCONTACTABLE: "No phone or address: for the practice to cleanse",
    HouseholdStatus.COMPLETED: "Completed: nothing more to do",
}
DIALOGUE_WORDS = {
    DialogueState.AWAITING_CLARIFICATION.value: "We asked the family what they meant",
    DialogueState.AWAITING_REFUSAL_CONFIRMATION.value:
        "The family said no; we asked them to confirm",
    DialogueState.AWAITING_PICK.value: "We offered times; waiting for the family to pick",
    DialogueState.HANDED_OVER.value: "Handed to a person; the assistant does not answer",
}
STATUS_TAGS = {"active": "nhsuk-tag--blue", "with_coordinator": "nhsuk-tag--purple",
               "agreed": "nhsuk-tag--aqua-green", "booked": "nhsuk-tag--green",
               "completed": "nhsuk-tag--green", "refused": "nhsuk-tag--red",
               "unreachable": "nhsuk-tag--orange", "uncontactable": "nhsuk-tag--orange",
               "paused": "nhsuk-tag--yellow"}


def page_context(household: Household, user: User) -> dict:
    """What ``console/household.html`` renders, for ``user`` (see the module docstring)."""
    team = scope.sees_everything(user)
    mask = timeline.masker(household, user)  # once: the hold card and the timeline share it
    return {
        **hold_context(household, user, mask),
        "title": f"{household.family_name} family",
        "children": scope.children_shown(user, household),
        "no_longer_due": [c for c in household.all_children if c.no_longer_due_at
                          and (team or c.practice_id == user.practice_id)],
        "phones": [(p, phone_states(p)) for p in household.phones],
        "can_text": any(p.can_text for p in household.phones),
        "interpreter": interpreter_need(household),
        "entries": timeline.build(db.session, household, user, mask=mask),
        "poll_cursor": (clock.now() - POLL_OVERLAP).isoformat(),
        "poll_url": url_for("household.timeline_json", household_id=household.id),
        "poll_seconds": POLL_SECONDS,
    }


def hold_context(household: Household, user: User,
                 mask: Callable[[str | None], str] | None = None) -> dict:
    """Where the family stands and who holds it (``console/household_hold.html``);
    ``mask`` is ``timeline.masker(household, user)`` when the caller has built it."""
    holder = household.held_by
    mask = mask or timeline.masker(household, user)
    return {
        "household": household,
        # A reason can quote the family's words, which may name a sibling registered
        # elsewhere: masked for a practice user as the timeline is.
        "status_reason": mask(household.status_reason),
        "status_words": _status_words(household),
        "status_tag": STATUS_TAGS.get(household.status.value, "nhsuk-tag--grey"),
        "dialogue_words": DIALOGUE_WORDS.get(household.dialogue_state or "", ""),
        "holder": holder,
        "is_holder": holder is not None and holder.id == user.id,
        "can_take_over": scope.sees_everything(user) and holder is None,
        "can_hand_back": holder is not None and (holder.id == user.id
                                                 or user.role is Role.ADMIN),
        "take_over_form": TakeOverForm(formdata=None),
        "hand_back_form": HandBackForm(formdata=None, shown_holder_id=holder.id if holder
                                       else ""),
        # What the poll compares to know the card changed (a take over elsewhere).
        "hold_state": f"{household.held_by_id or ''}:{household.status.value}:"
                      f"{household.dialogue_state or ''}",
    }


def _status_words(household: Household) -> str:
    if household.held_by_id is None or household.status.is_closed:
        return STATUS_WORDS.get(household.status, household.status.value)
    if household.status is HouseholdStatus.ACTIVE:
        return "On the pathway, paused: a person holds the family"
    return (f"{STATUS_WORDS.get(household.status, household.status.value)} "
            "(the assistant is paused while a person holds the family)")


def phone_states(phone: Phone) -> list[tuple[str, str]]:
    """A number's state as NHS.UK tags: (words, tag class)."""
    states = []
    if phone.status is PhoneStatus.WRONG_NUMBER:
        states.append(("wrong number", "nhsuk-tag--red"))
    elif phone.status is PhoneStatus.UNUSABLE:
        states.append(("unusable", "nhsuk-tag--red"))
    else:
        states.append(("usable", "nhsuk-tag--green"))
    if phone.sms_opted_out_at is not None:
        states.append(("opted out of texts", "nhsuk-tag--orange"))
    if phone.calls_opted_out_at is not None:
        states.append(("opted out of calls", "nhsuk-tag--orange"))
    if phone.kind is PhoneKind.LANDLINE:
        states.append(("landline: no texts", "nhsuk-tag--grey"))
    return states


def interpreter_need(household: Household) -> str:
    """Whether a person talking to this family will likely need an interpreter."""
    if household.preferred_language == "en":
        return "No"
    if wording.has_checked_wording(household.preferred_language):
        return "Likely for calls (texts go in the family's language)"
    return "Likely: texts go in English with an offer of an interpreter"


@bp.get("/households/<int:household_id>")
@scope.roles(*scope.EVERYONE)
def show(household_id: int):
    """The family's page."""
    household = scope.household_or_404(household_id)
    return render_template("console/household.html", **page_context(household, current_user))


@bp.get("/households/<int:household_id>/timeline.json")
@scope.roles(*scope.EVERYONE)
def timeline_json(household_id: int):
    """Timeline entries created or changed since ``?after=`` (an ISO time), newest first,
    each as HTML rendered here (escaped like the page); the ``cursor`` to ask with next;
    and the hold card (``hold``: its state and HTML), so a take over elsewhere shows."""
    household = scope.household_or_404(household_id)
    after = _after(request.args.get("after"))
    now = clock.now()
    render = get_template_attribute("console/timeline_entry.html", "entry")
    mask = timeline.masker(household, current_user)
    entries = timeline.build(db.session, household, current_user, changed_since=after,
                             mask=mask)
    hold = hold_context(household, current_user, mask)
    return jsonify(cursor=(now - POLL_OVERLAP).isoformat(),
                   entries=[{"key": e.key, "at": e.at.isoformat(), "html": str(render(e))}
                            for e in entries],
                   hold={"state": hold["hold_state"],
                         "html": render_template("console/household_hold.html", **hold)})


@bp.post("/households/<int:household_id>/take-over")
@scope.roles(*scope.TEAM)
def take_over(household_id: int):
    """Hold the family: the assistant stops contacting and answering it."""
    household = scope.household_or_404(household_id)
    if not TakeOverForm().validate_on_submit():
        abort(400, "The form had expired. Nothing was changed: reload the page and try again.")
    try:
        handover.take_over(db.session, household.id, current_user, clock.now())
    except handover.HoldConflict as conflict:
        return _conflict(household_id, conflict)
    db.session.commit()
    return redirect(url_for("household.show", household_id=household_id), code=303)


@bp.post("/households/<int:household_id>/hand-back")
@scope.roles(*scope.TEAM)
def hand_back(household_id: int):
    """Release the hold shown on the page; the pathway resumes where it stands."""
    household = scope.household_or_404(household_id)
    form = HandBackForm()
    if not form.validate_on_submit():
        db.session.rollback()
        return render_template("console/household.html", **page_context(
            household, current_user), error=_form_error(form)), 400
    try:
        handover.hand_back(db.session, household.id, current_user, clock.now(),
                           shown_holder_id=int(form.shown_holder_id.data))
    except handover.HoldConflict as conflict:
        return _conflict(household_id, conflict)
    db.session.commit()
    return redirect(url_for("household.show", household_id=household_id), code=303)


def _conflict(household_id: int, conflict: handover.HoldConflict):
    """409 with the page as it stands now and who holds the family."""
    db.session.rollback()
    household = scope.household_or_404(household_id)
    holder = conflict.holder
    if holder is None:
        message = ("Nobody holds this family now: someone handed it back. Nothing was "
                   "changed.")
    elif holder.id == current_user.id:
        message = "You hold this family."
    else:
        since = household.held_since
        message = (f"{holder.email} holds this family"
                   f"{' since ' + clock.local(since).strftime('%a %-d %b %H:%M') if since else ''}"
                   ". Nothing was changed: ask them to hand it back"
                   f"{'' if current_user.role is Role.ADMIN else ', or ask an admin'}.")
    return render_template("console/household.html", **page_context(household, current_user),
                           error=message), 409


def _form_error(form: HandBackForm) -> str:
    for errors in form.errors.values():
        for error in errors:
            return f"Nothing was changed: {error}"
    return "Nothing was changed: reload the page and try again."


def _after(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        abort(400, "Give after= as an ISO time, as the last answer's cursor.")
    if moment.tzinfo is None:
        abort(400, "Give after= with its time zone, as the last answer's cursor.")
    return moment
