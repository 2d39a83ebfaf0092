"""Value objects at the import boundary: NHS numbers, dates, phone numbers, postcodes.

Each parser takes the text of one cell and returns a clean value or raises
:class:`ValueProblem` with a sentence that tells the data lead what to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers
from phonenumbers import PhoneNumberType

from assistant import clock
from assistant.models import PhoneKind


class ValueProblem(ValueError):
    """A cell's value cannot be used; the message says why in plain words."""


# Values about a family are never repeated in a reason (reports end up in logs and
# e-mails): the line number and column are enough to find them in the file.
PERSONAL_COLUMNS = frozenset({"nhs_number", "date_of_birth", "mobile", "landline", "postcode",
                              "given_name", "family_name", "carer_name", "address_line_1"})


def _named(column: str, raw: str) -> str:
    """``column 'value'``, or just ``column`` when the value is about a family."""
    return column if column in PERSONAL_COLUMNS else f"{column} {raw!r}"


# --- NHS numbers ----------------------------------------------------------

_NHS_SEPARATORS = re.compile(r"[\s\-]")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$", re.ASCII)


def nhs_check_digit(stem: str) -> int | None:
    """The Modulus 11 check digit for nine digits, or None when no valid number has them."""
    total = sum(int(d) * w for d, w in zip(stem, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return None if check == 10 else check


def parse_nhs_number(text: str) -> str:
    """Ten digits passing Modulus 11; spaces and dashes (``999 482 1997``) are allowed."""
    raw = text.strip()
    if not raw:
        raise ValueProblem("nhs_number is empty")
    if _SCIENTIFIC.match(raw):
        raise ValueProblem("nhs_number looks like a spreadsheet turned it into a "
                           "number in scientific notation; format the column as text")
    digits = _NHS_SEPARATORS.sub("", raw)
    if not digits.isascii() or not digits.isdigit():
        raise ValueProblem("nhs_number must be 10 digits")
    if len(digits) != 10:
        raise ValueProblem(f"nhs_number has {len(digits)} digits; it must have 10")
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        raise ValueProblem("nhs_number fails the Modulus 11 check: "
                           "a digit is probably mistyped")
    return digits


# --- Dates ----------------------------------------------------------------

# re.ASCII throughout: without it \d also matches Arabic-Indic and other Unicode digits,
# which int() then reads, so a value a person cannot check would go in.
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_UK_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$", re.ASCII)
_NAMED_MONTH = re.compile(r"^(\d{1,2})[\s\-]([A-Za-z]{3,9})[\s\-](\d{4})$",
                          re.ASCII)  # EMIS: 24-Sep-2021
# Dates outside these years are typing slips, and years such as 1 or 9999 overflow
# when a local time is turned into UTC.
FIRST_YEAR, LAST_YEAR = 1900, 2100
_MONTHS = {name: n for n, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def parse_date(text: str, column: str = "date") -> date:
    """ISO ``YYYY-MM-DD``, UK ``DD/MM/YYYY`` (or ``D/M/YYYY``) or ``24-Sep-2021``.

    US order is never guessed: ``12/31/2023`` is refused, saying it looks like month/day.
    """
    raw = text.strip()
    if not raw:
        raise ValueProblem(f"{column} is empty")
    if match := _ISO_DATE.match(raw):
        year, month, day = (int(g) for g in match.groups())
    elif match := _UK_DATE.match(raw):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) != 4:
            raise ValueProblem(f"{_named(column, raw)} needs a four-digit year (DD/MM/YYYY)")
        if month > 12 and day <= 12:
            raise ValueProblem(f"{_named(column, raw)} looks like month/day (US) order; "
                               "write dates as DD/MM/YYYY or YYYY-MM-DD")
    elif match := _NAMED_MONTH.match(raw):
        month = _MONTHS.get(match.group(2)[:3].lower(), 0)
        day, year = int(match.group(1)), int(match.group(3))
        if not month:
            raise ValueProblem(f"{_named(column, raw)} has no month we recognise")
    else:
        raise ValueProblem(f"{_named(column, raw)} is not a date; use YYYY-MM-DD or DD/MM/YYYY")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueProblem(f"{_named(column, raw)} is outside the years {FIRST_YEAR} to "
                           f"{LAST_YEAR}")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(f"{_named(column, raw)} is not a real date") from None


_LOCAL_TIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})[T ](\d{1,2}):(\d{2})$",
                         re.ASCII)


def parse_local_datetime(text: str, column: str = "start") -> datetime:
    """A local wall-clock time ``YYYY-MM-DDTHH:MM`` (or ``DD/MM/YYYY HH:MM``), naive."""
    raw = text.strip()
    match = _LOCAL_TIME.match(raw)
    if not match:
        raise ValueProblem(f"{column} {raw!r} is not a local time such as 2026-11-23T09:00")
    day = parse_date(match.group(1), column)
    hour, minute = int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise ValueProblem(f"{column} {raw!r} is not a real time of day")
    return datetime(day.year, day.month, day.day, hour, minute)


def local_to_utc(naive: datetime, column: str = "start") -> datetime:
    """``naive`` local time in UTC; a time skipped when the clocks go forward is refused."""
    moment = clock.from_local(naive)
    if clock.local(moment).replace(tzinfo=None) != naive:
        raise ValueProblem(f"{column} {naive:%Y-%m-%dT%H:%M} does not exist locally: "
                           "the clocks go forward that night")
    return moment


def age_in_years(born: date, on: date) -> int:
    """Whole years of age on ``on`` (a 29 February birthday turns over on 1 March)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# --- Phone numbers --------------------------------------------------------

@dataclass(frozen=True)
class PhoneNumber:
    """A number in E.164 and whether it is a mobile (textable) or a landline."""

    e164: str
    kind: PhoneKind

    @property
    def national(self) -> str:
        parsed = phonenumbers.parse(self.e164, None)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


# Ofcom keeps 07700 900000-900999 for drama and testing; libphonenumber calls them
# invalid, but our samples and the sandbox use them and no one can be reached on them.
_OFCOM_DRAMA_MOBILE = re.compile(r"^\+447700900\d{3}$")
_CALLABLE = {
    PhoneNumberType.FIXED_LINE: PhoneKind.LANDLINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE: PhoneKind.LANDLINE,  # cannot be sure it texts
    PhoneNumberType.VOIP: PhoneKind.LANDLINE,
    PhoneNumberType.UAN: PhoneKind.LANDLINE,
    PhoneNumberType.PERSONAL_NUMBER: PhoneKind.LANDLINE,
    PhoneNumberType.MOBILE: PhoneKind.MOBILE,
}


def parse_phone(text: str, column: str = "phone") -> PhoneNumber:
    """A UK (or international ``+``) number in E.164, classed mobile or landline.

    Premium-rate, pager and other numbers a family cannot be reached on are refused.
    """
    raw = text.strip()
    try:
        parsed = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        raise ValueProblem(f"{_named(column, raw)} is not a phone number") from None
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if _OFCOM_DRAMA_MOBILE.match(e164) and not parsed.extension:
        return PhoneNumber(e164, PhoneKind.MOBILE)
    # number_type() is UNKNOWN for a number that is not valid, so one call checks both.
    number_type = phonenumbers.number_type(parsed)
    if number_type == PhoneNumberType.UNKNOWN:
        raise ValueProblem(f"{_named(column, raw)} is not a valid UK phone number")
    kind = _CALLABLE.get(number_type)
    if kind is None:
        raise ValueProblem(f"{_named(column, raw)} is not a number a family can be reached on "
                           "(premium-rate, freephone, pager or similar)")
    return PhoneNumber(e164, kind)


# --- Addresses, codes, languages -------------------------------------------

_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")


def parse_postcode(text: str, column: str = "postcode") -> str:
    """A UK postcode in its usual form, ``L7 3BX``."""
    compact = re.sub(r"\s+", "", text).upper()
    match = _POSTCODE.match(compact)
    if not match:
        raise ValueProblem(f"{_named(column, text.strip())} is not a UK postcode")
    return f"{match.group(1)} {match.group(2)}"


_ODS = re.compile(r"^[A-Z0-9]{3,10}$")


def parse_ods_code(text: str, column: str = "ods_code") -> str:
    """An ODS organisation code such as ``N80000``, upper-cased."""
    code = text.strip().upper()
    if not code:
        raise ValueProblem(f"{column} is empty")
    if not _ODS.match(code):
        raise ValueProblem(f"{column} {text.strip()!r} is not an ODS code such as N80000")
    return code


_STREET_WORDS = {"ROAD": "RD", "STREET": "ST", "AVENUE": "AVE", "LANE": "LN", "DRIVE": "DR",
                 "CLOSE": "CL", "CRESCENT": "CRES", "PLACE": "PL", "TERRACE": "TER",
                 "GARDENS": "GDNS", "COURT": "CT", "SQUARE": "SQ"}
_NOT_WORD = re.compile(r"[^A-Z0-9]+")


def _words(text: str) -> str:
    words = _NOT_WORD.sub(" ", text.upper()).split()
    return " ".join(_STREET_WORDS.get(w, w) for w in words)


ADDRESS_KEY_LIMIT = 400  # Household.address_key


def address_key(family_name: str, line_1: str, postcode: str) -> str:
    """Family name, first address line and postcode, normalised to find siblings.

    ``12 Lodge Lane`` and ``12, LODGE LN`` give the same key. Upper-casing can make a
    value longer (``ß`` becomes ``SS``), so a key past the column is a
    :class:`ValueProblem`, checked here rather than by the database mid-import.
    """
    key = f"{_words(family_name)}|{_words(line_1)}|{postcode.replace(' ', '').upper()}"
    if len(key) > ADDRESS_KEY_LIMIT:
        raise ValueProblem(f"family_name and address_line_1 together are too long once "
                           f"written in capitals ({len(key)} characters; the limit is "
                           f"{ADDRESS_KEY_LIMIT})")
    return key


_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
_LANGUAGE_NAMES = {
    "english": "en", "polish": "pl", "urdu": "ur", "bengali": "bn", "bangla": "bn",
    "romanian": "ro", "arabic": "ar", "somali": "so", "punjabi": "pa", "portuguese": "pt",
    "lithuanian": "lt", "turkish": "tr", "gujarati": "gu", "spanish": "es", "french": "fr",
    "tamil": "ta", "pashto": "ps", "farsi": "fa", "persian": "fa", "kurdish": "ku",
    "tigrinya": "ti", "amharic": "am", "russian": "ru", "ukrainian": "uk", "italian": "it",
    "chinese": "zh", "mandarin": "zh", "cantonese": "yue", "hindi": "hi", "yoruba": "yo",
}


def parse_language(text: str) -> str:
    """A language code (``pl``); common names from GP exports (``Polish``) are mapped."""
    value = text.strip().lower().replace("_", "-")
    if not value:
        return "en"
    if _LANGUAGE_CODE.match(value):
        return value
    if value in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[value]
    raise ValueProblem(f"preferred_language {text.strip()!r} is not a language code such as "
                       "en or pl")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_email(text: str, column: str = "contact_email") -> str:
    """An email address, checked only for shape."""
    value = text.strip()
    if not _EMAIL.match(value):
        raise ValueProblem(f"{column} {value!r} is not an email address")
    return value
