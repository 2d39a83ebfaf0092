"""The queue, a referral upload and the task list in a real browser at 375 px."""

from __future__ import annotations

import os
from datetime import timedelta

import time_machine
from sqlalchemy import select

from assistant.db import db
from assistant.models import HouseholdStatus, Task, TaskKind, TaskStatus
from tests import factories
from tests.booking.helpers import at
from tests.browser import PHONE, chromium_page, sign_in

NOW = at("2026-11-17T10:00")
SHOTS = os.environ.get("SCREENSHOTS")  # a folder: keep what the browser saw


def _shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def test_a_coordinator_filters_the_queue_refers_a_list_and_closes_a_task(
        app, served, tmp_path):
    with time_machine.travel(NOW, tick=False):
        practice = factories.practice("A80001", name="Alder Practice")
        factories.household(practice, family_name="Worried", mobile="+447700900501",
                            status=HouseholdStatus.WITH_COORDINATOR,
                            status_reason="asked whether the MMR is safe", status_changed_at=NOW)
        listed = factories.household(practice, family_name="Listed", mobile="+447700900502")
        db.session.add(Task(practice_id=practice.id, household_id=listed.id,
                            kind=TaskKind.BOOK_BY_HAND, summary="Book the Listed family"))
        factories.user("coord@example.nhs.uk")
        db.session.commit()
        nhs, task_id = listed.children[0].nhs_number, db.session.scalar(select(Task.id))
        db.session.commit()  # no read left open: SQLite's one writer is the server
    referral = tmp_path / "hesitant.csv"
    referral.write_text(f"nhs_number,practice_ods_code,note\n{nhs},A80001,dad worried\n"
                        "9998907861,A80001,\n")
    problems: list[str] = []
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        sign_in(page, served, "coord@example.nhs.uk")
        page.goto(f"{served}/coordinator/")
        assert "Worried family" in page.locator("#queue").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        _shot(page, "queue")
        page.check("#reason-no_slot")
        for other in ("refusal", "unanswered", "hesitant", "held"):
            page.uncheck(f"#reason-{other}")
        page.click("button:has-text('Show')")
        page.wait_for_url("**/coordinator/?reason=no_slot")
        assert "Listed family" in page.locator("#queue").inner_text()
        assert "Worried family" not in page.locator("#queue").inner_text()
        page.goto(f"{served}/coordinator/")
        page.set_input_files("input[name=file]", str(referral))
        page.click("button:has-text('Refer these families')")
        page.wait_for_url("**/coordinator/referrals?report=*")
        report = page.locator("#report").inner_text()
        assert "Imported 1" in report and "line 3: rejected" in report
        _shot(page, "referral_report")
        page.goto(f"{served}/tasks")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.click(f"[data-task='{task_id}'] button:has-text('Assign to me')")
        page.wait_for_url(f"{served}/tasks")
        assert "Task assigned to you" in page.content()
        _shot(page, "tasks")
        page.click(f"[data-task='{task_id}'] button:has-text('Done')")
        page.wait_for_url(f"{served}/tasks")
        assert page.locator(f"[data-task='{task_id}']").count() == 0
    assert problems == []
    db.session.expire_all()
    task = db.session.get(Task, task_id)
    assert task.status is TaskStatus.DONE and task.closed_by_id is not None


def test_a_held_family_whose_follow_up_is_overdue_is_listed_first_and_says_so(app, served):
    """Hazard H200 in Chromium at 375 px: an overdue follow-up is above a family held longer
    with none, its row tagged overdue; one due later says its day."""
    with time_machine.travel(NOW, tick=False):
        practice = factories.practice("A80001", name="Alder Practice")
        coordinator = factories.user("coord@example.nhs.uk")
        made = {}
        for name, phone, held_days, due in (("Longheld", "511", 9, None),
                                            ("Overdue", "512", 2, "2026-11-16T09:00"),
                                            ("Later", "513", 1, "2026-11-20T09:00")):
            household = factories.household(practice, family_name=name,
                                             mobile=f"+447700900{phone}",
                                             held_by_id=coordinator.id,
                                             held_since=NOW - timedelta(days=held_days))
            if due:
                db.session.add(Task(practice_id=practice.id, household_id=household.id,
                                    kind=TaskKind.FOLLOW_UP, due_at=at(due),
                                    summary=f"Follow up with the {name} family"))
            made[name] = household.id
        db.session.commit()
    with time_machine.travel(NOW, tick=False), chromium_page(viewport=PHONE) as page:
        sign_in(page, served, "coord@example.nhs.uk")
        page.goto(f"{served}/coordinator/")
        rows = page.locator("#queue tr[data-household]")
        assert [int(rows.nth(i).get_attribute("data-household")) for i in range(rows.count())] \
            == [made["Overdue"], made["Later"], made["Longheld"]]
        overdue = page.locator(f"tr[data-household='{made['Overdue']}'] .nhsuk-tag--red")
        assert overdue.inner_text() == "Follow up due Mon 16 Nov: overdue"
        later = page.locator(f"tr[data-household='{made['Later']}']").inner_text()
        assert "Follow up due Fri 20 Nov." in later
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        _shot(page, "queue_follow_ups")
