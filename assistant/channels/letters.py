"""Letters: invitations, written recalls and the GP's "no contact" letter, as PDF.

Wording is in ``templates/letters/<kind>.txt`` (plain paragraphs rendered by
Jinja2; a line starting "- " is a bullet); fpdf2 lays them out, one page per
letter, with the personal booking link also as a QR code (segno). The font is
Source Sans Pro, a Unicode TTF shipped by a PyPI package, so names such as
Zoë or Łucja print as written.

Which letters go into a batch is dispatch's business; :func:`write_batch`
renders them into one file per practice per working day.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import font_source_sans_pro
import phonenumbers
import segno
from flask import current_app, render_template
from fpdf import FPDF

from assistant import clock
from assistant.models import Attempt, Household, Means, Practice

KINDS = ("invitation", "gp_no_contact", "recall")
FONT = "SourceSans"
MEANS_WORDS = {Means.SMS: "text message", Means.CALL: "phone call", Means.LETTER: "letter",
               Means.STAFF_CALL: "call from the practice", Means.HOME_VISIT: "home visit"}


@dataclass(frozen=True)
class ChildDue:
    """A child named in a letter. The NHS number is for the GP's letter only."""

    first_name: str
    vaccines: tuple[str, ...]
    family_name: str | None = None
    nhs_number: str | None = None


@dataclass(frozen=True)
class LetterContent:
    """Everything one letter says; ``kind`` is invitation, gp_no_contact or recall."""

    kind: str
    practice_name: str
    practice_address: str
    practice_phone: str
    recipient_name: str
    recipient_address: tuple[str, ...]
    children: tuple[ChildDue, ...]
    text_back_number: str
    booking_url: str | None
    date: date
    attempts: tuple[str, ...] = field(default=())   # the GP letter lists the failed attempts

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"a letter is one of {', '.join(KINDS)}, not {self.kind!r}")


def _national(number: str | None) -> str:
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "GB")
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def text_back_number(practice: Practice) -> str:
    """The number families text or call: our long code, else the practice's own."""
    return _national(current_app.config.get("TWILIO_FROM_NUMBER") or practice.phone)


def describe_attempt(attempt: Attempt) -> str:
    """One line for the GP letter: when, by what means, and what happened."""
    when = clock.local(attempt.made_at or attempt.due_at).strftime("%-d %B %Y")
    what = attempt.outcome_detail or attempt.outcome or "no reply"
    return f"{when}: {MEANS_WORDS.get(attempt.means, attempt.means.value)}, {what}"


def letter_for(household: Household, kind: str, *, day: date,
               attempts: Iterable[Attempt] = ()) -> LetterContent:
    """The letter of ``kind`` for ``household`` (the GP letter goes to its practice)."""
    from sqlalchemy.orm import object_session

    from assistant.booking.links import short_booking_url
    from assistant.db import db

    practice = household.practice
    to_gp = kind == "gp_no_contact"
    children = tuple(
        ChildDue(first_name=c.given_name, vaccines=tuple(c.missing_vaccines or ()),
                 family_name=c.family_name if to_gp else None,
                 nhs_number=c.nhs_number if to_gp else None)
        for c in household.children)
    if to_gp:
        recipient = practice.contact_name or "The immunisation lead"
        address = tuple(p for p in (practice.name, practice.address, practice.postcode) if p)
    else:
        carer = household.carers[0].name if household.carers else None
        recipient = carer or f"Parent or carer of {_names(children)}"
        address = tuple(p for p in (household.address_line_1, household.address_line_2,
                                    household.town, household.postcode) if p)
    return LetterContent(
        kind=kind, practice_name=practice.name, practice_address=", ".join(
            p for p in (practice.address, practice.postcode) if p),
        practice_phone=_national(practice.phone), recipient_name=recipient,
        recipient_address=address, children=children,
        text_back_number=text_back_number(practice),
        booking_url=None if to_gp else short_booking_url(
            object_session(household) or db.session, household.id, clock.now()), date=day,
        attempts=tuple(describe_attempt(a) for a in attempts),
    )


def _names(children: Sequence[ChildDue]) -> str:
    names = [c.first_name for c in children]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class _Letters(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4", unit="mm")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)
        files = font_source_sans_pro.font_files_ttf
        self.add_font(FONT, "", files["SourceSansPro"])
        self.add_font(FONT, "B", files["SourceSansProBold"])


def render_letters(letters: Sequence[LetterContent]) -> bytes:
    """One PDF with one page per letter (a long letter may run on to a second page)."""
    pdf = _Letters()
    if letters:
        # A fixed creation date: the same letters always give the same bytes.
        pdf.set_creation_date(datetime.combine(letters[0].date, time(9), tzinfo=UTC))
    for letter in letters:
        _page(pdf, letter)
    return bytes(pdf.output())


def _page(pdf: _Letters, letter: LetterContent) -> None:
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font(FONT, "B", 14)
    pdf.multi_cell(width, 7, letter.practice_name, align="R")
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(width, 5, f"{letter.practice_address}\nTelephone {letter.practice_phone}",
                   align="R")
    # The address sits where a DL window envelope shows it.
    pdf.set_xy(pdf.l_margin, max(pdf.get_y() + 6, 48))
    pdf.set_font(FONT, "", 12)
    pdf.multi_cell(90, 6, "\n".join((letter.recipient_name, *letter.recipient_address)))
    pdf.ln(6)
    pdf.cell(width, 6, letter.date.strftime("%-d %B %Y"), align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    text = render_template(f"letters/{letter.kind}.txt", letter=letter,
                           names=_names(letter.children), many=len(letter.children) > 1)
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if paragraph:
            _paragraph(pdf, paragraph, width)
    if letter.booking_url:
        _qr(pdf, letter.booking_url, width)


def _paragraph(pdf: _Letters, paragraph: str, width: float) -> None:
    for line in paragraph.splitlines():
        line = line.strip()
        if line.startswith("- "):
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(width - 5, 6, "•  " + line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("# "):
            pdf.set_font(FONT, "B", 12)
            pdf.multi_cell(width, 6, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FONT, "", 12)
        else:
            pdf.multi_cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _qr(pdf: _Letters, url: str, width: float) -> None:
    """The booking link as a QR code with the address printed beside it."""
    size = 32
    if pdf.get_y() + size > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y() + 2
    image = io.BytesIO()
    segno.make(url, error="m").save(image, kind="png", scale=8, border=2)
    image.seek(0)
    pdf.image(image, x=pdf.l_margin, y=top, w=size, h=size)
    pdf.set_xy(pdf.l_margin + size + 5, top + 4)
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(width - size - 5, 6, "Book online: scan the code or type this address",
                   new_x="LEFT", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(width - size - 5, 5, url, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top + size + 2)
    pdf.set_font(FONT, "", 12)


def batch_path(practice: Practice, day: date) -> Path:
    """Where the day's letters for ``practice`` are written."""
    return Path(current_app.instance_path) / "letters" / practice.ods_code / f"{day:%Y-%m-%d}.pdf"


def write_batch(practice: Practice, day: date, letters: Sequence[LetterContent]) -> Path:
    """Write the practice's letters for ``day`` to one PDF (replacing it whole) and return it.

    Written to a temporary file and moved into place, so a printer never picks
    up half a batch; the same letters always give the same bytes.
    """
    path = batch_path(practice, day)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = render_letters(letters)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)
    return path
