"""The attempt text: one per household, each child by first name with the vaccines due."""

from __future__ import annotations

from assistant import clock
from assistant.attempts.invitations import invitation_text
from assistant.booking.links import booking_url, load_token, short_booking_url
from assistant.channels.sms_text import is_gsm7, segments
from assistant.db import db
from tests import factories


def test_one_text_names_each_child_with_their_vaccines_and_the_booking_link(app):
    link = booking_url(7)
    text = invitation_text("Smithdown Road Medical Centre",
                           [("Ava", ["MMR1", "Rotavirus"]), ("Ben", ["6-in-1"])], link)
    assert text.startswith("Smithdown Road Medical Centre: ")
    assert "Ava is due MMR1 and Rotavirus. Ben is due 6-in-1." in text
    assert link in text and load_token(link.rsplit("/", 1)[1]).household_id == 7
    assert "reply YES" in text and "STOP" in text
    assert is_gsm7(text) and segments(text).count <= 2


def test_the_text_carries_no_nhs_number_and_no_date_of_birth(app, fake_channel):
    from datetime import UTC, datetime

    import time_machine

    from assistant.attempts import dispatch, schedule
    from assistant.db import db

    moment = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    with time_machine.travel(moment, tick=False):
        household = factories.household(children=2)
        schedule.schedule_household(db.session, household, moment)
        db.session.commit()
        dispatch.send_due_attempts(moment)
    [sent] = fake_channel.sent
    for child in household.children:
        assert child.given_name in sent.body
        assert child.nhs_number not in sent.body
        for shown in (child.date_of_birth.isoformat(), child.date_of_birth.strftime("%d/%m/%Y")):
            assert shown not in sent.body


def test_three_children_with_many_vaccines_still_fit_two_segments(app):
    long_practice = "Picton Road and Wavertree Village Medical Centre"
    children = [("Oluwaseun", ["DTaP/IPV/Hib/HepB", "MenB booster", "PCV booster", "MMR1"]),
                ("Maximilian", ["Hib/MenC", "MMR2", "Rotavirus", "MenB"]),
                ("Anastasia", ["4-in-1 pre-school booster", "MMR2", "6-in-1"])]
    text = invitation_text(long_practice, children, booking_url(123456))
    assert segments(text).count <= 2 and segments(text).encoding == "GSM-7"
    # Vaccine names went first; every child is still named.
    assert "DTaP" not in text
    assert "Oluwaseun, Maximilian and Anastasia are due vaccines." in text


def test_names_outside_gsm7_fold_when_that_saves_a_segment(app):
    # Any text two UCS-2 segments hold (134) fits one GSM-7 segment (160) once folded.
    short = invitation_text("Lodge Lane", [("Zoë", ["MMR1"])], "https://imms.test/b/x")
    assert "Zoe is due MMR1." in short and segments(short).count == 1
    long = invitation_text("Lodge Lane Medical Centre", [("Zoë", ["MMR1"]), ("Łucja", ["MMR2"])],
                           booking_url(99))
    assert "Zoe" in long and "Lucja" in long
    assert segments(long).encoding == "GSM-7" and segments(long).count <= 2


def test_typographic_quotes_in_a_practice_name_do_not_force_ucs2(app):
    text = invitation_text("St Mary’s – Central", [("Ava", ["MMR1"])], booking_url(1))
    assert "St Mary's - Central" in text
    assert is_gsm7(text)


def test_the_wording_is_exactly_the_templates(app):
    text = invitation_text("Smithdown Road Medical Centre", [("Ava", ["MMR1", "Rotavirus"])],
                           "https://imms.test/b/x")
    assert text == ("Smithdown Road Medical Centre: Ava is due MMR1 and Rotavirus. Book at "
                    "https://imms.test/b/x or reply YES, or reply with questions. "
                    "STOP to opt out.")


def test_a_one_child_invitation_with_a_short_link_fits_one_segment(app):
    practice = "Wavertree Village Health Centre"[:30]
    assert len(practice) == 30
    link = short_booking_url(db.session, factories.household().id, clock.now())
    for name, vaccines in (("Ava", ["MMR1"]), ("Maximilian", ["DTaP/IPV/Hib/HepB", "MMR1"]),
                           ("Oluwaseun", ["MenB booster", "PCV booster", "Rotavirus"])):
        text = invitation_text(practice, [(name, vaccines)], link)
        assert (segments(text).count, segments(text).encoding) == (1, "GSM-7"), text
        assert name in text and link in text and "STOP" in text


def test_vaccines_are_named_when_they_fit_one_segment_and_dropped_to_save_a_second(app):
    link = "https://imms.test/b/" + "a" * 12
    short = invitation_text("Lodge Lane", [("Ava", ["MMR1", "Rotavirus"])], link)
    assert "Ava is due MMR1 and Rotavirus." in short and segments(short).count == 1
    long = invitation_text("Wavertree Village Health Cent", [
        ("Oluwaseun", ["MenB booster", "PCV booster", "Rotavirus"])], link)
    assert "Oluwaseun is due vaccines." in long and segments(long).count == 1


def test_children_are_never_left_unnamed_to_save_a_segment(app):
    text = invitation_text("Smithdown Road Medical Centre",
                           [("Ava", ["MMR1"]), ("Maximilian", ["MMR2"]), ("Oluwaseun", ["PCV"])],
                           "https://imms.test/b/" + "a" * 12)
    # "Your children are due vaccines." would fit one segment; the names are kept in two.
    assert all(name in text for name in ("Ava", "Maximilian", "Oluwaseun"))
    assert "Your children" not in text and segments(text).count == 2
