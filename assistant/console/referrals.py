"""A practice's list of hesitant children, straight to the queue (pathway §7, interfaces §6).

``POST /coordinator/referrals`` takes a CSV (``nhs_number, practice_ods_code, note``;
read like every import, ``imports.csvfile``: UTF-8 with or without BOM, or Windows-1252)
and refers each listed child's household through ``conversation.handover.refer`` (coded
166281000000106 for each listed child, the note as evidence). Each bad row is reported
with its line. The whole file is one transaction (``imports.result.run_import``): it
never half-happens; a child already referred and still with the coordinators is
unchanged, so the same file twice changes nothing the second time. A referral never adds
a child: the cohort import does.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import exists, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from assistant import clock
from assistant.console import scope
from assistant.console.queue import bp, render_queue
from assistant.console.queue_forms import ReferralForm
from assistant.console.uploads import UploadReport
from assistant.conversation.handover import actor_of, refer
from assistant.db import db
from assistant.imports.cohort import SPEC as COHORT
from assistant.imports.csvfile import Column, FileSpec, ImportFailed, Row
from assistant.imports.result import FirstSeen, ImportResult, Rejection, run_import
from assistant.imports.values import ValueProblem, parse_nhs_number, parse_ods_code
from assistant.models import (
    AuditEvent,
    Child,
    CodedEvent,
    Household,
    HouseholdStatus,
    Practice,
    User,
)
from assistant.records import codes
from assistant.records.audit import audit

log = logging.getLogger(__name__)
# The NHS number and practice columns as the cohort file names them (GP-system headers too).
SPEC = FileSpec("referral", (
    COHORT.column("nhs_number"), COHORT.column("practice_ods_code"),
    Column("note", ("Notes", "Comment", "Comments", "Reason", "Why"), False, 1000),
))
REPORT_ACTION = "referrals.report"
REPORT_LINES_KEPT = 1000  # the report page lists this many rejected lines, then a count
# Families a referral cannot reopen: the row says why, and nothing changes.
NOT_REFERRED = {
    HouseholdStatus.REFUSED: "the family has already been exception reported as declining",
    HouseholdStatus.COMPLETED: "the family has nothing left to do on the pathway",
    HouseholdStatus.MOVED_AWAY: "the family is recorded as moved away",
    HouseholdStatus.BOOKED: "the family is booked for an appointment: talk to them there, "
                            "or cancel the booking first",
}


@dataclass(frozen=True)
class Listed:
    line: int
    child_id: int
    ods_code: str
    note: str


class ReferralImport:
    """A :class:`~assistant.imports.result.BatchImporter`: rows are checked batch by batch,
    and the households referred once at the end (siblings on any line go together)."""

    spec = SPEC
    audit_action = "import.referrals"

    def __init__(self, session: Session, user: User, now: datetime) -> None:
        self.practices = dict(session.execute(select(Practice.ods_code, Practice.id)).all())
        self.codes_by_id = {pid: code for code, pid in self.practices.items()}
        self.user_id, self.actor, self.now = user.id, actor_of(user), now
        self.seen = FirstSeen()
        self.listed: dict[int, list[Listed]] = defaultdict(list)  # by household id
        self.report_id: int | None = None

    def process(self, session: Session, rows: list[Row], result: ImportResult) -> None:
        """Check each row; keep the good ones for :meth:`finish`."""
        checked = [(row, self._check(row, result)) for row in rows]
        numbers = [nhs for _, (nhs, _) in checked if nhs]
        children = {c.nhs_number: c for c in session.scalars(
            select(Child).where(Child.nhs_number.in_(numbers))
            .options(selectinload(Child.household)))} if numbers else {}
        for row, (nhs, ods) in checked:
            if nhs is None:
                continue
            problem = self._problem(children.get(nhs), ods)
            if problem:
                result.reject(row.line, problem)
                self.seen.forget(int(nhs))
                continue
            child = children[nhs]
            self.listed[child.household_id].append(
                Listed(row.line, child.id, ods, row.get("note")))

    def _check(self, row: Row, result: ImportResult) -> tuple[str | None, str]:
        """The row's NHS number and ODS code, or (None, "") with the row rejected."""
        try:
            if row.problem:
                raise ValueProblem(row.problem)
            nhs = parse_nhs_number(row.get("nhs_number"))
            ods = parse_ods_code(row.get("practice_ods_code"), "practice_ods_code")
        except ValueProblem as problem:
            result.reject(row.line, str(problem))
            return None, ""
        if ods not in self.practices:
            result.reject(row.line, f"practice {ods} is not known: import the practice first")
            return None, ""
        first = self.seen.first_line(int(nhs), row.line)
        if first is not None:
            result.reject(row.line, f"the same nhs_number is already on line {first}")
            return None, ""
        return nhs, ods

    def _problem(self, child: Child | None, ods: str) -> str | None:
        """Why this row's child cannot be referred, in words (never the child's details)."""
        if child is None:
            return ("no child with this nhs_number is in the cohort: a referral adds no "
                    "child, so import the child in the practice's cohort first")
        if child.practice_id != self.practices[ods]:
            return (f"the child is registered at {self.codes_by_id[child.practice_id]}, "
                    f"not at {ods}")
        if child.no_longer_due_at is not None:
            return "the child is no longer due (not in the practice's latest extract)"
        reason = NOT_REFERRED.get(child.household.status)
        return f"not referred: {reason}" if reason else None

    def finish(self, session: Session, result: ImportResult) -> None:
        """Refer each household once, in household order (locked on PostgreSQL, so two
        uploads of one file cannot both refer it), then keep the report."""
        households = session.scalars(
            select(Household).where(Household.id.in_(sorted(self.listed)))
            .order_by(Household.id).with_for_update()) if self.listed else []
        for household in households:
            self._refer(session, household, self.listed[household.id], result)
        kept = result.rejected[:REPORT_LINES_KEPT]
        event = audit(session, REPORT_ACTION, actor=self.actor, user_id=self.user_id,
                      imported=result.imported, unchanged=result.unchanged,
                      rejected=[r.as_dict() for r in kept],
                      rejected_total=len(result.rejected))
        session.flush()
        self.report_id = event.id

    def _refer(self, session: Session, household: Household, listed: list[Listed],
               result: ImportResult) -> None:
        children = {c.id: c for c in session.scalars(
            select(Child).where(Child.id.in_([x.child_id for x in listed])))}
        fresh = [x for x in listed if not self._already_referred(session, household,
                                                                   children[x.child_id])]
        result.unchanged += len(listed) - len(fresh)
        if not fresh:
            return
        notes = list(dict.fromkeys(x.note for x in fresh if x.note))
        practices = ", ".join(sorted({x.ods_code for x in fresh}))
        refer(session, household, self.now, actor=self.actor,
              why=f"on the practice's list of hesitant children ({practices})",
              evidence="; ".join(notes) or None, evidence_at=self.now,
              children=[children[x.child_id] for x in fresh])
        result.imported += len(fresh)

    @staticmethod
    def _already_referred(session: Session, household: Household, child: Child) -> bool:
        """Referred since the household last went to the coordinators, and still there."""
        if household.status is not HouseholdStatus.WITH_COORDINATOR:
            return False
        return bool(session.scalar(select(exists().where(
            CodedEvent.child_id == child.id,
            CodedEvent.snomed_code == codes.Event.REFERRED.code.snomed_code,
            CodedEvent.occurred_at >= household.status_changed_at))))


def import_referrals(stream: IO[bytes], user: User, now: datetime) -> int:
    """Import a referral file; the id of its report. Raises ImportFailed (nothing written)."""
    with Session(bind=db.engine) as session:
        importer = ReferralImport(session, user, now)
    run_import(stream, importer)
    assert importer.report_id is not None
    return importer.report_id


@bp.post("/coordinator/referrals")
@scope.roles(*scope.TEAM)
def referrals():
    """Upload a referral CSV: 303 to its report, or 400 with the queue and what to fix."""
    form = ReferralForm()
    if not form.validate_on_submit():
        return render_queue(form=form), 400
    db.session.commit()  # the import writes through its own session (SQLite's one writer)
    try:
        report_id = import_referrals(form.file.data.stream, current_user, clock.now())
    except ImportFailed as failure:
        report = UploadReport("referral", error=f"{failure}. Nothing was imported")
        return render_queue(form=ReferralForm(formdata=None), report=report), 400
    except SQLAlchemyError as error:
        db.session.rollback()
        log.error("referral upload stopped: %s", type(error).__name__)
        report = UploadReport("referral", error="the database refused a change. Nothing was "
                                                "imported; uploading the file again is safe")
        return render_queue(form=ReferralForm(formdata=None), report=report), 400
    return redirect(url_for("console.referral_report", report=report_id), code=303)


@bp.get("/coordinator/referrals")
@scope.roles(*scope.TEAM)
def referral_report():
    """What a referral upload did (``?report=<id>``): counts and each rejected line."""
    report_id = request.args.get("report", "")
    if not report_id:  # the address typed by hand: the form is on the queue page
        return redirect(url_for("console.queue", _anchor="referrals"), code=303)
    event = db.session.scalar(select(AuditEvent).where(
        AuditEvent.id == int(report_id), AuditEvent.action == REPORT_ACTION)) \
        if report_id.isascii() and report_id.isdigit() and len(report_id) < 10 else None
    if event is None:
        abort(404)
    return render_template("console/referral_report.html", title="Referral file imported",
                           report=UploadReport("referral", result=_result(event.detail)),
                           more=event.detail.get("rejected_total", 0)
                           - len(event.detail.get("rejected", [])), at=event.at)


def _result(detail: dict[str, Any]) -> ImportResult:
    return ImportResult(imported=detail.get("imported", 0), unchanged=detail.get("unchanged", 0),
                        rejected=[Rejection(r["line"], r["reason"])
                                  for r in detail.get("rejected", [])])
