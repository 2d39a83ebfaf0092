"""After booking: reminders, cancel and move by reply, the reserve list, releasing slots."""

from __future__ import annotations

from datetime import time

import time_machine
from sqlalchemy import select

from assistant.booking import aftercare
from assistant.booking import book as booking
from assistant.booking.changes import handle_booking_reply
from assistant.booking.offers import latest_open_offer, make_offer, offer_text
from assistant.channels.base import ChannelError
from assistant.db import db
from assistant.models import (
    Booking,
    BookingStatus,
    Direction,
    HouseholdStatus,
    Message,
    Offer,
    Slot,
    Task,
    TaskKind,
)
from tests import factories
from tests.booking.helpers import NOW, agreed, at, slot_at


def _book(practice, household, local: str, now=NOW):
    slot_at(practice, local)
    offer = make_offer(db.session, household, now)
    db.session.commit()
    result = booking.book_option(db.engine, offer.id, 1, now, "sms")
    assert result.booked, result
    return result


def test_reminder_goes_the_working_day_before_inside_the_send_window(app, channel):
    practice = factories.practice()
    h = agreed(factories.household(practice, mobile="+447700900123"))
    _book(practice, h, "2026-11-23T09:30")                   # Monday: remind on Friday
    assert aftercare.send_reminders(at("2026-11-20T08:59"))["reminders_sent"] == 0
    assert aftercare.send_reminders(at("2026-11-21T10:00"))["reminders_sent"] == 0  # Sat
    assert aftercare.send_reminders(at("2026-11-20T09:00"))["reminders_sent"] == 1
    assert aftercare.send_reminders(at("2026-11-20T09:30"))["reminders_sent"] == 0  # once
    [text] = channel.texts
    assert text.to == "+447700900123" and "Mon 23 Nov 9:30" in text.body
    assert text.status_callback.endswith("/twilio/status/sms")
    message = db.session.scalar(select(Message))
    assert message.direction is Direction.OUTBOUND and message.channel == "sms"
    assert message.body == text.body and message.provider_sid == "SMtest000001"


def test_a_failed_reminder_is_tried_again_on_the_next_tick(app, channel):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    _book(practice, h, "2026-11-19T09:30")
    channel.fail = ChannelError("provider down", permanent=False, code=20500)
    assert aftercare.send_reminders(at("2026-11-18T09:00"))["reminders_sent"] == 0
    channel.fail = None
    assert aftercare.send_reminders(at("2026-11-18T09:01"))["reminders_sent"] == 1


def test_spring_change_monday_slot_shows_nine_and_is_reminded_on_friday(app, channel):
    """Clocks go forward on Sunday 29 March 2026 (in 2027 the Friday is Good Friday)."""
    practice = factories.practice()
    h = agreed(factories.household(practice))
    now = at("2026-03-26T10:00")                              # Thursday, GMT
    slot = slot_at(practice, "2026-03-30T09:00")              # Monday, BST
    assert slot.start_at.hour == 8                            # 08:00 UTC
    offer = make_offer(db.session, h, now)
    db.session.commit()
    assert "Mon 30 Mar 9:00" in offer_text(offer)
    result = booking.book_option(db.engine, offer.id, 1, now, "sms")
    assert "Mon 30 Mar 9:00" in result.text
    assert aftercare.reminder_due_at(slot.start_at) == at("2026-03-27T09:00")
    assert aftercare.send_reminders(at("2026-03-27T08:59"))["reminders_sent"] == 0
    assert aftercare.send_reminders(at("2026-03-27T09:00"))["reminders_sent"] == 1
    assert "Mon 30 Mar 9:00" in channel.texts[0].body


def test_a_reminder_skips_good_friday(app):
    monday = at("2027-03-29T09:00")  # Easter Monday itself would not be a working day
    assert aftercare.reminder_due_at(monday) == at("2027-03-25T09:00")


def test_autumn_change_monday_slot_shows_nine_and_is_reminded_on_friday(app, channel):
    """Clocks go back on Sunday 25 October 2026: Friday is BST, Monday GMT."""
    practice = factories.practice()
    h = agreed(factories.household(practice))
    now = at("2026-10-22T10:00")
    slot = slot_at(practice, "2026-10-26T09:00")
    assert slot.start_at.hour == 9                            # 09:00 UTC in GMT
    offer = make_offer(db.session, h, now)
    db.session.commit()
    booking.book_option(db.engine, offer.id, 1, now, "sms")
    friday_nine_bst = at("2026-10-23T09:00")
    assert friday_nine_bst.hour == 8                          # 08:00 UTC
    assert aftercare.send_reminders(at("2026-10-23T08:59"))["reminders_sent"] == 0
    assert aftercare.send_reminders(friday_nine_bst)["reminders_sent"] == 1
    assert "Mon 26 Oct 9:00" in channel.texts[0].body


def test_cancel_by_reply_frees_the_slot_for_the_reserve_list(app, channel):
    practice = factories.practice()
    booked = agreed(factories.household(practice, mobile="+447700900001"))
    waiting = agreed(factories.household(practice, mobile="+447700900002", family_name="Khan"))
    _book(practice, booked, "2026-11-18T09:00")
    assert make_offer(db.session, waiting, NOW) is None       # nothing else free
    db.session.commit()
    text = handle_booking_reply(db.session, booked, "Cancel please", NOW)
    db.session.commit()
    assert "cancelled" in text and "Wed 18 Nov 9:00" in text
    assert db.session.scalar(select(Booking.status)) is BookingStatus.CANCELLED
    assert booked.status is HouseholdStatus.ACTIVE
    done = aftercare.offer_to_reserve(NOW)
    assert done == {"reserve_offers": 1}
    [text] = channel.texts
    assert text.to == "+447700900002" and "1 for Wed 18 Nov 9:00" in text.body
    assert latest_open_offer(db.session, waiting, NOW).via == "reserve"


def test_the_oldest_family_waiting_is_offered_a_freed_slot_first(app, channel):
    practice = factories.practice()
    newer = agreed(factories.household(practice, mobile="+447700900002", family_name="New"))
    older = agreed(factories.household(practice, mobile="+447700900001", family_name="Old"))
    newer.status_changed_at = NOW
    older.status_changed_at = at("2026-11-10T10:00")
    slot_at(practice, "2026-11-19T09:00")
    db.session.commit()
    assert aftercare.offer_to_reserve(NOW) == {"reserve_offers": 1}
    assert [t.to for t in channel.texts] == ["+447700900001"]


def test_change_by_reply_offers_new_times_and_keeps_the_old_until_picked(app, channel):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    _book(practice, h, "2026-11-18T09:00")
    slot_at(practice, "2026-11-20T14:00")
    text = handle_booking_reply(db.session, h, "CHANGE", NOW)
    db.session.commit()
    assert "1 for Fri 20 Nov 14:00" in text
    assert db.session.scalar(select(Booking.status)) is BookingStatus.BOOKED
    offer = latest_open_offer(db.session, h, NOW)
    db.session.commit()  # booking takes its own transaction: let go of ours (SQLite locks)
    assert offer.is_move
    assert booking.book_option(db.engine, offer.id, 1, NOW, "sms").booked
    statuses = sorted(s.value for s in db.session.scalars(select(Booking.status)))
    assert statuses == ["booked", "cancelled"]


def test_a_reply_that_is_not_about_the_booking_is_left_for_the_dialogue(app):
    h = agreed(factories.household())
    assert handle_booking_reply(db.session, h, "yes please", NOW) is None
    assert handle_booking_reply(db.session, h, "can I change nappies there?", NOW) is None


def test_unbooked_protected_slots_are_released_at_noon_the_working_day_before(app, channel):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    _book(practice, h, "2026-11-18T11:00")                    # booked: not released
    wednesday = slot_at(practice, "2026-11-18T09:00")         # released Tue 12:00
    also = slot_at(practice, "2026-11-18T09:15")
    thursday = slot_at(practice, "2026-11-19T09:00")          # kept until Wed 12:00
    assert aftercare.release_unbooked_slots(at("2026-11-17T08:00")) == {"slots_released": 0}
    # The first tick of the day no longer hands back the next two days' slots.
    assert aftercare.release_unbooked_slots(NOW) == {"slots_released": 0}
    assert aftercare.release_unbooked_slots(at("2026-11-17T11:59")) == {"slots_released": 0}
    noon = at("2026-11-17T12:00")
    assert aftercare.release_unbooked_slots(noon) == {"slots_released": 2}
    db.session.expire_all()
    assert db.session.get(Slot, wednesday.id).released_at == noon
    assert db.session.get(Slot, also.id).released_at == noon
    assert db.session.get(Slot, thursday.id).released_at is None
    task = db.session.scalar(select(Task).where(Task.kind == TaskKind.RELEASE_SLOTS))
    assert "2 protected" in task.summary and "Wed 18 Nov 9:00, 9:15" in task.summary
    assert aftercare.release_unbooked_slots(noon) == {"slots_released": 0}


def test_a_practice_sets_its_own_release_notice(app):
    practice = factories.practice(slot_release_time=time(16, 30), slot_release_days=2)
    thursday = slot_at(practice, "2026-11-19T09:00")          # released Tue 16:30
    assert aftercare.release_unbooked_slots(at("2026-11-17T16:29")) == {"slots_released": 0}
    assert aftercare.release_unbooked_slots(at("2026-11-17T16:30")) == {"slots_released": 1}
    db.session.expire_all()
    assert db.session.get(Slot, thursday.id).released_at is not None


def test_a_monday_slot_is_released_on_friday(app):
    practice = factories.practice()
    monday = slot_at(practice, "2026-11-23T09:00")
    assert aftercare.release_unbooked_slots(at("2026-11-20T11:00")) == {"slots_released": 0}
    assert aftercare.release_unbooked_slots(at("2026-11-20T12:05")) == {"slots_released": 1}
    db.session.expire_all()
    assert db.session.get(Slot, monday.id).released_at is not None


def test_a_slot_in_an_open_offer_is_not_released_under_the_family(app):
    practice = factories.practice()
    slot_at(practice, "2026-11-18T09:00")
    make_offer(db.session, agreed(factories.household(practice)), NOW)
    db.session.commit()
    assert aftercare.release_unbooked_slots(NOW) == {"slots_released": 0}
    assert db.session.scalar(select(Offer.status)).value == "open"


def test_booking_jobs_run_from_tick(app, channel):
    practice = factories.practice()
    h = agreed(factories.household(practice))
    _book(practice, h, "2026-11-19T09:30")
    with time_machine.travel(at("2026-11-18T09:05"), tick=False):
        result = app.test_cli_runner().invoke(args=["tick"])
    assert result.exit_code == 0, result.output
    assert len(channel.texts) == 1 and "Reminder" in channel.texts[0].body
