"""The attempt text: one per household, each child by first name with the vaccines due."""

from __future__ import annotations

from assistant.attempts.invitations import invitation_text
from assistant.booking.links import booking_url, load_token
from assistant.channels.sms_text import is_gsm7, segments
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


def test_names_outside_gsm7_fold_only_when_the_text_would_not_fit_otherwise(app):
    short = invitation_text("Lodge Lane", [("Zoë", ["MMR1"])], "https://imms.test/b/x")
    assert "Zoë" in short  # fits in two UCS-2 segments as it is
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
    assert text == ("Smithdown Road Medical Centre: Ava is due MMR1 and Rotavirus. To book, "
                    "reply YES or use https://imms.test/b/x - or reply with any questions. "
                    "Reply STOP to stop texts.")
