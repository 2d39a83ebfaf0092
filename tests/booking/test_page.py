"""The parent's booking page: book, questions, decline with confirmation, and every bad input."""

from __future__ import annotations

import re
from datetime import timedelta

import time_machine
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select

from assistant.booking.links import make_token
from assistant.db import db
from assistant.models import (
    Attempt,
    AttemptState,
    AuditEvent,
    Booking,
    CodedEvent,
    Household,
    HouseholdStatus,
    Means,
    Offer,
    Slot,
    Task,
    UsedLink,
)
from tests import factories
from tests.booking.helpers import NOW, agreed, slot_at
from tests.forms import token_in


def _family(children: int = 1):
    practice = factories.practice()
    for local in ("2026-11-18T09:00", "2026-11-18T09:15", "2026-11-19T14:00",
                  "2026-11-19T14:15"):
        slot_at(practice, local)
    h = agreed(factories.household(practice, children=children))
    db.session.add(Attempt(household_id=h.id, number=2, means=Means.CALL,
                           due_at=NOW + timedelta(days=7)))
    db.session.commit()
    return practice, h


def _form(html: str) -> dict[str, str]:
    form = {"csrf_token": token_in(html),
            "shown": re.search(r'name="shown" value="([^"]+)"', html).group(1),
            "choice": re.search(r'name="choice" value="([\d,]+)"', html).group(1)}
    offer = re.search(r'name="offer" value="(\d+)"', html)  # only after a lost race
    return {**form, "offer": offer.group(1)} if offer else form


def _count(model) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_parent_sees_first_names_and_books_a_time(app, client):
    _, h = _family(children=2)
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        page = client.get(f"/b/{token}")
        html = page.get_data(as_text=True)
        assert page.status_code == 200
        assert "Ava and Ben" in html and "<fieldset" in html and "<legend" in html
        assert "Wednesday 18 November at 9:00" in html and "Ava 9:00, Ben 9:15" in html
        assert h.children[0].nhs_number not in html
        done = client.post(f"/b/{token}", data={**_form(html), "action": "book"})
    body = done.get_data(as_text=True)
    assert done.status_code == 200 and "Appointment booked" in body
    assert _count(Booking) == 2
    assert db.session.get(Household, h.id).status is HouseholdStatus.BOOKED
    assert db.session.scalar(select(UsedLink.outcome)) == "booked"


def test_a_reused_link_is_refused_and_changes_nothing(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        client.post(f"/b/{token}", data={**form, "action": "book"})
        again = client.get(f"/b/{token}")
        post_again = client.post(f"/b/{token}", data={**form, "action": "questions"})
    assert again.status_code == 410 and "already been used" in again.get_data(as_text=True)
    assert post_again.status_code == 410
    assert _count(Booking) == 1 and _count(CodedEvent) == 0


def test_a_tampered_link_is_refused(app, client):
    _, h = _family()
    token = make_token(h.id)
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    page = client.get(f"/b/{tampered}")
    assert page.status_code == 400 and "does not work" in page.get_data(as_text=True)
    assert _count(Offer) == 0


def test_an_expired_link_is_refused(app, client):
    _, h = _family()
    with time_machine.travel(NOW - timedelta(days=29), tick=False):
        token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        page = client.get(f"/b/{token}")
    assert page.status_code == 410 and "expired" in page.get_data(as_text=True)
    assert _count(Offer) == 0


def test_a_slot_from_another_practice_is_refused(app, client):
    _, h = _family()
    elsewhere = slot_at(factories.practice("F80001"), "2026-11-18T10:00")
    db.session.commit()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        page = client.post(f"/b/{token}", data={**form, "choice": str(elsewhere.id),
                                                "action": "book"})
    assert page.status_code == 400 and "not at your practice" in page.get_data(as_text=True)
    assert _count(Booking) == 0 and _count(UsedLink) == 0


def test_a_pick_after_the_offer_expired_is_refused(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
    with time_machine.travel(NOW + timedelta(hours=25), tick=False):
        page = client.post(f"/b/{token}", data={**form, "action": "book"})
    assert page.status_code == 410 and "no longer held" in page.get_data(as_text=True)
    assert _count(Booking) == 0 and _count(UsedLink) == 0


def test_a_form_without_this_browsers_token_is_refused(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        # Signed with our key (as another browser's page would be), but not this session's.
        elsewhere = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="wtf-csrf-token")
        forged = client.post(f"/b/{token}", data={**form, "csrf_token": "forged",
                                                  "action": "book"})
        other = client.post(f"/b/{token}", data={**form, "csrf_token": elsewhere.dumps("x" * 40),
                                                 "action": "book"})
        missing = client.post(f"/b/{token}", data={"shown": form["shown"],
                                                   "choice": form["choice"], "action": "book"})
    assert forged.status_code == other.status_code == missing.status_code == 400
    assert "Nothing was changed" in missing.get_data(as_text=True)
    assert _count(Booking) == 0 and _count(UsedLink) == 0 and _count(Offer) == 0


def test_a_times_form_from_another_links_page_is_not_held(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        stamp = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="booking-form")
        page = client.post(f"/b/{token}", data={**form, "shown": stamp.dumps("another-link"),
                                                "action": "book"})
    assert page.status_code == 410 and "no longer held" in page.get_data(as_text=True)
    assert _count(Booking) == 0


def test_no_choice_made_asks_again_with_an_error(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        del form["choice"]
        page = client.post(f"/b/{token}", data={**form, "action": "book"})
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and "There is a problem" in html and 'role="alert"' in html
    assert _count(Booking) == 0


def test_i_have_questions_hands_the_household_to_a_coordinator(app, client):
    _, h = _family(children=2)
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        page = client.post(f"/b/{token}", data={"csrf_token": form["csrf_token"],
                                                "action": "questions"})
    assert page.status_code == 200 and "Someone will contact you" in page.get_data(as_text=True)
    assert db.session.get(Household, h.id).status is HouseholdStatus.WITH_COORDINATOR
    codes = db.session.scalars(select(CodedEvent.snomed_code)).all()
    assert codes == ["166281000000106", "166281000000106"]
    assert db.session.scalar(select(Attempt.state)) is AttemptState.CANCELLED


def test_i_dont_want_this_records_nothing_until_confirmed(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        csrf = _form(client.get(f"/b/{token}").get_data(as_text=True))["csrf_token"]
        ask = client.post(f"/b/{token}", data={"csrf_token": csrf, "action": "decline"})
        assert "Are you sure" in ask.get_data(as_text=True)
        assert _count(CodedEvent) == 0
        assert db.session.get(Household, h.id).status is HouseholdStatus.AGREED
        done = client.post(f"/b/{token}", data={"csrf_token": csrf, "action": "confirm_decline"})
    assert done.status_code == 200 and "noted your decision" in done.get_data(as_text=True)
    coded = db.session.scalar(select(CodedEvent))
    assert coded.snomed_code == "183948000" and coded.evidence_at == NOW
    assert coded.evidence.startswith("Booking page: confirmed they do not want the vaccines")
    assert db.session.get(Household, h.id).status is HouseholdStatus.REFUSED
    attempt = db.session.scalar(select(Attempt))
    assert attempt.state is AttemptState.CANCELLED and attempt.cancel_reason


def test_a_household_that_refused_cannot_book_on_the_page(app, client):
    _, h = _family()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        db.session.get(Household, h.id).status = HouseholdStatus.REFUSED
        db.session.commit()
        page = client.post(f"/b/{token}", data={**form, "action": "book"})
    assert "nothing to book" in page.get_data(as_text=True)
    assert _count(Booking) == 0


def test_a_household_with_a_coordinator_cannot_book_on_the_page(app, client):
    _, h = _family()
    h.status = HouseholdStatus.WITH_COORDINATOR
    db.session.commit()
    with time_machine.travel(NOW, tick=False):
        page = client.get(f"/b/{make_token(h.id)}")
    assert "looking after your booking" in page.get_data(as_text=True)
    assert _count(Offer) == 0


def test_a_booked_family_can_cancel_by_link(app, client):
    _, h = _family()
    with time_machine.travel(NOW, tick=False):
        first = make_token(h.id)
        form = _form(client.get(f"/b/{first}").get_data(as_text=True))
        client.post(f"/b/{first}", data={**form, "action": "book"})
        second = make_token(h.id)  # e.g. from the reminder or a letter
        html = client.get(f"/b/{second}").get_data(as_text=True)
        assert "Your appointment" in html and "Cancel the appointment" in html
        csrf = token_in(html)
        page = client.post(f"/b/{second}", data={"csrf_token": csrf, "action": "cancel"})
    assert "Appointment cancelled" in page.get_data(as_text=True)
    assert db.session.scalar(select(Booking.status)).value == "cancelled"


def test_no_slot_within_a_week_says_the_practice_will_call(app, client):
    practice = factories.practice(contact_name="Chloe Wilson")
    h = agreed(factories.household(practice))
    db.session.commit()
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        html = client.get(f"/b/{token}").get_data(as_text=True)
        # Opening the link asks nobody to call: a scanner or a link preview opens it too.
        assert "Ask the practice to call me" in html and _count(Task) == 0
        csrf = token_in(html)
        asked = client.post(f"/b/{token}", data={"csrf_token": csrf, "action": "call_me"})
        again = client.get(f"/b/{token}").get_data(as_text=True)
    assert "Chloe Wilson from the practice will call you" in asked.get_data(as_text=True)
    assert _count(Task) == 1
    assert "Chloe Wilson from the practice will call you" in again and _count(Task) == 1


def test_opening_the_link_many_times_changes_nothing_until_the_family_picks(app, client):
    _, h = _family(children=2)
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        pages = [client.get(f"/b/{token}") for _ in range(20)]  # previews, scanners, reloads
        assert {p.status_code for p in pages} == {200}
        assert (_count(Offer), _count(AuditEvent), _count(Task)) == (0, 0, 0)
        done = client.post(f"/b/{token}", data={**_form(pages[-1].get_data(as_text=True)),
                                                "action": "book"})
    assert "Appointment booked" in done.get_data(as_text=True)
    [offer] = db.session.scalars(select(Offer)).all()  # made when the family picked
    assert (offer.via, offer.status.value, len(offer.options)) == ("web", "booked", 1)
    assert _count(Booking) == 2


def test_a_time_taken_after_the_page_was_shown_gets_fresh_times_not_a_booking(app, client):
    practice, h = _family()
    other = factories.household(practice, family_name="Jones", mobile="+447700900002")
    db.session.commit()
    db.session.refresh(other)
    token = make_token(h.id)
    with time_machine.travel(NOW, tick=False):
        form = _form(client.get(f"/b/{token}").get_data(as_text=True))
        first = db.session.get(Slot, int(form["choice"]))
        db.session.add(Booking(child_id=other.children[0].id, household_id=other.id,
                               slot_id=first.id, booked_via="sms", booked_at=NOW))
        db.session.commit()
        page = client.post(f"/b/{token}", data={**form, "action": "book"})
    html = page.get_data(as_text=True)
    assert page.status_code == 409 and "just been taken" in html
    assert f'value="{first.id}"' not in html and 'name="choice"' in html
    assert _count(Booking) == 1 and _count(UsedLink) == 0
