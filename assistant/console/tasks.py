"""The task list: open tasks oldest first (a follow-up by its due day), assigned, and done
with who and when.

``GET /tasks`` (``?kind=…&mine=1&page=N``), ``POST /tasks/<id>/assign`` (``user_id``,
empty for oneself) and ``POST /tasks/<id>/done``. Everyone signed in has the list; a
practice user sees and changes only its own practice's tasks (``scope.tasks_of``:
anything else is 404). Closing and assigning are conditional updates, so two people
pressing at once cannot both close a task, and each is audited with who did it.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import case, func, select, text, update
from sqlalchemy.orm import selectinload

from assistant import clock
from assistant.console import scope, timeline
from assistant.console.queue import bp, page_number
from assistant.console.queue_forms import AssignForm, TaskForm
from assistant.conversation.handover import HOLD_TASK_MARK, actor_of, touch
from assistant.db import db
from assistant.models import Household, Role, Task, TaskKind, TaskStatus, User
from assistant.models.records import OPEN_TASKS
from assistant.records.audit import audit

PER_PAGE = 50
HOLD = "untouched_hold"  # not a kind of its own: an OTHER task whose summary says so
# The filter's words for each kind (a kind added later shows as its own name).
KIND_WORDS = {
    "data_check": "Check the record", "book_by_hand": "Book by hand",
    "cleanse_contact": "Cleanse contact details", "release_slots": "Released slots",
    "call_back": "Call back", "follow_up": "Follow up", HOLD: "Untouched hold",
    "other": "Other",
}


def kind_of(task: Task) -> str:
    """The task's kind as the list shows it (an untouched hold is named as one)."""
    if task.kind is TaskKind.OTHER and task.summary.startswith(HOLD_TASK_MARK):
        return HOLD
    return task.kind.value


def kinds() -> dict[str, str]:
    """Every kind the filter offers, in the order of the model's kinds."""
    found = {k.value: KIND_WORDS.get(k.value, k.value.replace("_", " ").capitalize())
             for k in TaskKind}
    found[HOLD] = KIND_WORDS[HOLD]
    return found


# When a task is for: a follow-up on its due day (the one the coordinator chose; the most
# overdue first), every other task when it was raised. The id keeps equal times stable.
LIST_ORDER = (case((Task.kind == TaskKind.FOLLOW_UP,
                    func.coalesce(Task.due_at, Task.created_at)), else_=Task.created_at),
              Task.id)


def _open_tasks(kind: str | None, mine: bool):
    # The partial index's own condition, in the SQL: oldest first reads it, not the table.
    query = scope.tasks_of(current_user, select(Task).where(text(f"tasks.{OPEN_TASKS}")))
    hold = Task.summary.startswith(HOLD_TASK_MARK)
    if kind == HOLD:
        query = query.where(Task.kind == TaskKind.OTHER, hold)
    elif kind == TaskKind.OTHER.value:
        query = query.where(Task.kind == TaskKind.OTHER, ~hold)
    elif kind:
        query = query.where(Task.kind == kind)
    if mine:
        query = query.where(Task.assigned_to_id == current_user.id)
    return query


@bp.get("/tasks")
@scope.roles(*scope.EVERYONE)
def tasks():
    """Open tasks, oldest first (follow-ups by their due day), filtered by kind and "mine",
    paged."""
    offered = kinds()
    kind = request.args.get("kind") or None
    kind = kind if kind in offered else None
    mine = request.args.get("mine") == "1"
    page = page_number(request.args.get("page"))
    query = _open_tasks(kind, mine)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(page, 1), pages)
    household = selectinload(Task.household)
    if not scope.sees_everything(current_user):
        # A practice user's summaries are masked, which reads each family's children:
        # loaded here at once, not one query per family.
        household = household.selectinload(Household.all_children)
    rows = list(db.session.scalars(
        query.options(selectinload(Task.practice), household)
        .order_by(*LIST_ORDER).limit(PER_PAGE).offset((page - 1) * PER_PAGE)))
    people = _people()
    return render_template(
        "console/tasks.html", title="Tasks", rows=rows, total=total, page=page, pages=pages,
        kinds=offered, kind=kind, mine=mine, kind_of=kind_of, summaries=_summaries(rows),
        form=TaskForm(),
        assign_form=AssignForm(), people=people, assignees=_assignees(rows, people))


def _summaries(rows: list[Task]) -> dict[int, str]:
    """Each task's summary as ``current_user`` may read it, by task id: a sibling
    registered at another practice (a name, an NHS number, in the family's words) masked,
    as on the timeline. One masker per family, however many of its tasks are shown."""
    if scope.sees_everything(current_user):
        return {t.id: t.summary for t in rows}
    masks: dict[int, Callable[[str | None], str]] = {}
    summaries = {}
    for task in rows:
        if task.household is None:
            summaries[task.id] = task.summary
            continue
        if task.household_id not in masks:
            masks[task.household_id] = timeline.masker(task.household, current_user)
        summaries[task.id] = masks[task.household_id](task.summary)
    return summaries


def _people() -> dict[int, User]:
    """Active users by id: the assignees named on the page and offered in its selects."""
    return {u.id: u for u in db.session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.email))}


def _assignees(rows: list[Task], people: dict[int, User]) -> dict[int, list[User]]:
    """For each task, who it may be given to: the team and its own practice's users."""
    return {t.id: [u for u in people.values() if _may_see(u, t)] for t in rows}


def _may_see(user: User, task: Task) -> bool:
    return user.role in scope.TEAM or (user.role is Role.PRACTICE
                                       and user.practice_id == task.practice_id)


def _task_or_404(task_id: int) -> Task:
    task = db.session.scalar(scope.tasks_of(current_user, select(Task).where(Task.id == task_id)))
    if task is None:
        abort(404)
    return task


def _back():
    """To the list the button was pressed on (its filters kept), never elsewhere."""
    args = {k: request.args[k] for k in ("kind", "mine", "page") if request.args.get(k)}
    return redirect(url_for("console.tasks", **args), code=303)


@bp.post("/tasks/<int:task_id>/assign")
@scope.roles(*scope.EVERYONE)
def assign(task_id: int):
    """Give the task to ``user_id`` (a team member who may see it), or to oneself."""
    task = _task_or_404(task_id)
    form = AssignForm()
    if not form.validate_on_submit():
        abort(400, "The form had expired or was incomplete. Nothing was changed.")
    target = db.session.get(User, form.user_id.data) if form.user_id.data else current_user
    if target is None or not target.active or not _may_see(target, task):
        abort(400, "That person cannot take this task (they cannot see its practice). "
                   "Nothing was changed.")
    now = clock.now()
    changed = db.session.execute(
        update(Task).where(Task.id == task.id, Task.status == TaskStatus.OPEN)
        .values(assigned_to_id=target.id, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if changed != 1:
        db.session.rollback()
        return _already_done(task)
    audit(db.session, "task.assigned", actor=actor_of(current_user), user_id=current_user.id,
          household_id=task.household_id, task_id=task.id, assigned_to_id=target.id)
    db.session.commit()
    flash("Task assigned to you." if target.id == current_user.id
          else f"Task assigned to {target.email}.")
    return _back()


@bp.post("/tasks/<int:task_id>/done")
@scope.roles(*scope.EVERYONE)
def done(task_id: int):
    """Close the task, recording who and when (once: a second press changes nothing)."""
    task = _task_or_404(task_id)
    if not TaskForm().validate_on_submit():
        abort(400, "The form had expired. Nothing was changed.")
    now = clock.now()
    closed = db.session.execute(
        update(Task).where(Task.id == task.id, Task.status == TaskStatus.OPEN)
        .values(status=TaskStatus.DONE, closed_at=now, closed_by_id=current_user.id,
                updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if closed != 1:
        db.session.rollback()
        return _already_done(task)
    audit(db.session, "task.done", actor=actor_of(current_user), user_id=current_user.id,
          household_id=task.household_id, task_id=task.id, kind=task.kind.value)
    if task.household_id is not None:
        household = db.session.get(Household, task.household_id)
        touch(db.session, household, current_user, now)  # the holder did something
    db.session.commit()
    flash("Task marked done.")
    return _back()


def _already_done(task: Task):
    """409: someone closed it first; say who and when (and change nothing)."""
    db.session.refresh(task)
    who = db.session.get(User, task.closed_by_id) if task.closed_by_id else None
    when = f" at {clock.local(task.closed_at):%H:%M on %a %-d %b}" if task.closed_at else ""
    message = (f"This task was already done by {who.email if who else 'someone'}{when}. "
               "Nothing was changed.")
    return render_template("web/error.html", title="Task already done", message=message), 409
