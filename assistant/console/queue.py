"""The coordinators' queue: every household waiting for a person, most urgent first.

The ordering, filters, counts and paging are in :mod:`assistant.console.waiting`; this
view reads the filters (``?practice=ODS&reason=…&page=N``), and shows the page, the
referral form and the messages no household could be matched to.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user
from sqlalchemy import select

from assistant import clock
from assistant.console import scope, waiting
from assistant.console.queue_forms import ReferralForm
from assistant.console.uploads import UploadReport
from assistant.conversation.reply_queue import overdue_texts
from assistant.db import db
from assistant.models import Direction, Message, MessageState, Practice, Role
from assistant.records.readers import rules_alone

# The console's pages share one blueprint without a prefix: the queue is /coordinator/,
# tasks are /tasks and a family is /households/<id> (interfaces.md §6).
bp = Blueprint("console", __name__)

# Message statuses the hooks set when no household or no handler could deal with them.
NEEDS_A_PERSON = (MessageState.NEEDS_PERSON, MessageState.UNHANDLED)
LOOSE_SHOWN = 50
# No list has this many pages: a larger ?page= is the last page.
LAST_PAGE_ASKED = 1_000_000


def loose_messages(user) -> list[Message]:
    """Inbound messages a person must read that belong to no household (unknown callers'
    recordings, texts from addresses we do not know): the team's alone, oldest first.
    Households' own words are rows of the queue."""
    if user.role is Role.PRACTICE:
        return []  # an unknown caller is not a practice's to see
    query = (select(Message).where(Message.direction == Direction.INBOUND,
                                   Message.status.in_(NEEDS_A_PERSON),
                                   Message.household_id.is_(None))
             .order_by(Message.created_at, Message.id).limit(LOOSE_SHOWN))
    return list(db.session.scalars(query))


def _filters() -> tuple[Practice | None, list[str], int]:
    """The practice (``scope.practice_asked_for``: a practice user's own, another or an
    unknown code 404), the reasons and the page asked for; unknown reasons are ignored."""
    practice = scope.practice_asked_for(current_user)
    reasons = [r for r in request.args.getlist("reason") if r in waiting.REASONS]
    return practice, reasons or list(waiting.REASONS), page_number(request.args.get("page"))


def page_number(text: str | None) -> int:
    """``?page=`` as a page number: ASCII digits only (``int`` takes other scripts' and
    fails on some, like "²"); past ``LAST_PAGE_ASKED`` is the last page anyway, and an offset
    that large would overflow the database's integer. Anything else is page 1."""
    text = (text or "").strip()
    if not (text.isascii() and text.isdigit()):
        return 1
    return min(int(text[:12]), LAST_PAGE_ASKED)


@bp.get("/coordinator/")
@scope.roles(*scope.EVERYONE)
def queue():
    """The queue: households waiting for a person, most urgent first (filters in GET)."""
    return render_queue()


def render_queue(form: ReferralForm | None = None, report: UploadReport | None = None) -> str:
    """The queue page, with the referral form (``form``, its errors) and an upload's
    ``report`` when a referral file could not be imported."""
    practice, reasons, page = _filters()
    now = clock.now()
    result = waiting.queue_page(current_user, now, practice_id=practice.id if practice else None,
                                reasons=reasons, page=page)
    team = current_user.role in scope.TEAM
    picked = practice if team else None  # a practice user's own is no filter of theirs
    return render_template(
        "console/queue.html", title="Coordinator queue", result=result,
        practices=scope.practice_choices(current_user), practice=picked.ods_code if picked else "",
        reasons=reasons, all_reasons=waiting.REASONS,
        filtered=bool(picked) or len(reasons) < len(waiting.REASONS),
        loose=loose_messages(current_user),
        overdue=overdue_texts(db.session, now) if team else 0,
        rules_alone=rules_alone(db.session),
        form=(form or ReferralForm()) if team else None, report=report,
        today=clock.local(now).date())
