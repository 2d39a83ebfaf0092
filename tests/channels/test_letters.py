"""Letters as PDF: one page each, the practice's details, names as written, the QR code."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
import pytest
import segno

from assistant import clock
from assistant.channels.letters import (
    ChildDue,
    LetterContent,
    letter_for,
    render_letters,
    write_batch,
)
from assistant.models import Attempt, AttemptState, Means
from tests import factories

DAY = date(2026, 3, 4)
URL = "https://imms.test/b/abc123"


def invitation(**fields: object) -> LetterContent:
    values = dict(
        kind="invitation", practice_name="Smithdown Road Medical Centre",
        practice_address="78 High Street, Liverpool, L7 6BD", practice_phone="0151 496 0331",
        recipient_name="Joanne Nowak", recipient_address=("1 Lodge Lane", "Liverpool", "L7 8YP"),
        children=(ChildDue("Zoë", ("MMR1",)), ChildDue("Łucja", ("MenB booster", "Hib/MenC"))),
        text_back_number="07911 123456", booking_url=URL, date=DAY)
    values.update(fields)
    return LetterContent(**values)


def pages(data: bytes) -> list[pypdf.PageObject]:
    assert data.startswith(b"%PDF")
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pages(data))


def test_one_pdf_with_a_page_per_letter_and_the_practice_named(app):
    data = render_letters([invitation(), invitation(recipient_name="Sam Jones", kind="recall")])
    assert len(pages(data)) == 2
    words = text(data)
    assert words.count("Smithdown Road Medical Centre") >= 2
    assert "0151 496 0331" in words and "07911 123456" in words


def test_names_with_accents_print_as_written(app):
    words = text(render_letters([invitation()]))
    assert "Zoë" in words and "Łucja" in words
    assert "MenB booster, Hib/MenC" in words


def test_the_qr_code_carries_the_personal_booking_link(app):
    [page] = pages(render_letters([invitation()]))
    [image] = page.images
    picture = image.image.convert("1")
    expected = segno.make(URL, error="m")
    # Read the code back module by module (scale 8, border 2) and compare.
    width = len(expected.matrix)
    scale = picture.width // (width + 4)
    read = [[picture.getpixel(((x + 2) * scale + scale // 2, (y + 2) * scale + scale // 2)) == 0
             for x in range(width)] for y in range(width)]
    assert read == [[bool(v) for v in row] for row in expected.matrix]
    assert URL in text(render_letters([invitation()]))


def test_a_letter_to_a_family_never_carries_an_nhs_number(app):
    household = factories.household(children=2)
    letter = letter_for(household, "invitation", day=DAY)
    words = text(render_letters([letter]))
    for child in household.children:
        assert child.given_name in words
        assert child.nhs_number not in words.replace(" ", "")
    assert letter.booking_url.startswith("https://imms.test/b/")


def test_the_gp_letter_names_the_children_and_lists_the_three_attempts(app):
    household = factories.household(children=1)
    now = clock.now()
    attempts = [Attempt(household_id=household.id, number=n, means=means,
                        state=AttemptState.MADE, due_at=now,
                        made_at=now - timedelta(days=20 - 7 * n),
                        outcome_detail=detail)
                for n, means, detail in ((1, Means.SMS, "delivered, no reply"),
                                         (2, Means.CALL, "no answer"),
                                         (3, Means.LETTER, "posted"))]
    letter = letter_for(household, "gp_no_contact", day=DAY, attempts=attempts)
    assert letter.booking_url is None
    data = render_letters([letter])
    words = text(data)
    child = household.children[0]
    assert f"{child.given_name} {child.family_name}" in words
    nhs = child.nhs_number
    assert f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}" in words
    for what in ("text message, delivered, no reply", "phone call, no answer", "letter, posted"):
        assert what in words
    assert "Chloe Wilson" in words  # addressed to the practice's named lead
    assert len(pages(data)[0].images) == 0


def test_a_batch_is_one_file_per_practice_per_day_and_rewriting_it_changes_nothing(app):
    practice = factories.practice()
    path = write_batch(practice, DAY, [invitation()])
    assert path.relative_to(app.instance_path).as_posix() == "letters/N80000/2026-03-04.pdf"
    first = path.read_bytes()
    assert write_batch(practice, DAY, [invitation()]) == path
    assert path.read_bytes() == first
    assert [p.name for p in path.parent.iterdir()] == ["2026-03-04.pdf"]


def test_an_unknown_kind_of_letter_is_refused():
    with pytest.raises(ValueError, match="invitation, gp_no_contact, recall"):
        invitation(kind="postcard")
