"""The holder asks the practice to book a family by hand (their offer of times lapsed):
one open book-by-hand task for the practice, audited, the hold kept; never for a family
booked or closed, never from someone who does not hold the family."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from assistant.db import db
from assistant.models import AuditEvent, HouseholdStatus, Offer, OfferStatus, Task, TaskKind
from tests.booking.helpers import NOW
from tests.console.action_helpers import OTHER, fresh, signed_in


def _ask(client, held, email=None, note="Mum works mornings"):
    token = signed_in(client, email) if email else signed_in(client)
    return client.post(f"{held.url}/book-by-hand", data={"csrf_token": token, "note": note})


def _tasks() -> list[Task]:
    return list(db.session.scalars(select(Task).where(Task.kind == TaskKind.BOOK_BY_HAND)))


def test_the_holder_asks_the_practice_to_book_a_family_whose_offer_lapsed(client, held):
    """Hazard H187: a family whose offer lapsed while a coordinator held them had no way to
    the practice's book-by-hand list, so nobody booked them."""
    db.session.add(Offer(household_id=held.household.id, practice_id=held.practice.id,
                         via="sms", options=[], option_starts=[],
                         status=OfferStatus.OPEN, expires_at=NOW - timedelta(days=2)))
    db.session.commit()
    signed_in(client)
    assert "Ask the practice to book by hand" in client.get(held.url).get_data(as_text=True)
    response = _ask(client, held)
    assert response.status_code == 303 and response.headers["Location"].endswith(held.url)
    [task] = _tasks()
    assert task.household_id == held.household.id and task.practice_id == held.practice.id
    assert "lapsed on Sun 15 Nov" in task.summary and "Mum works mornings" in task.summary
    [event] = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "book_by_hand_task"))
    assert event.actor == f"user:{held.holder.id}" and event.detail["lapsed"] is True
    assert fresh(held.household).held_by_id == held.holder.id  # the holder keeps them
    queue = client.get("/coordinator/").get_data(as_text=True)
    assert f'data-household="{held.household.id}" data-reason="no_slot"' in queue
    # Asked again (a double click): still one task.
    assert _ask(client, held).status_code == 303
    assert len(_tasks()) == 1
    page = client.get(held.url).get_data(as_text=True)
    assert "already has a task" in page


def test_only_the_holder_and_never_for_a_family_booked_or_closed(client, held):
    assert _ask(client, held, email=OTHER).status_code == 409
    for status in (HouseholdStatus.BOOKED, HouseholdStatus.MOVED_AWAY):
        household = fresh(held.household)
        household.status = status
        db.session.commit()
        response = _ask(client, held)
        assert response.status_code == 400
        assert "Nothing was asked" in response.get_data(as_text=True) or \
            "nothing was asked" in response.get_data(as_text=True)
    assert _tasks() == []
