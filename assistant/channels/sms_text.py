"""SMS text: the GSM-7 alphabet, swapping typographic characters, counting segments.

A text in the GSM 03.38 7-bit alphabet fits 160 characters in one segment and
153 in each part of a longer one (the rest carries the joining header). One
character outside it makes the whole text UCS-2: 70 per segment, 67 per part.
Characters of the extension table (``{ } [ ] ~ | ^ \\ €`` and form feed) take two
septets, and an escape pair is never split across parts; nor is a UTF-16
surrogate pair in UCS-2. We count the way phones and Twilio do, so that "at most
two segments" means what the family's bill says.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
GSM7 = GSM7_BASIC | GSM7_EXTENSION

# Typographic characters people paste in (or templates carry) and the GSM-7
# character that reads the same. Without this one curly apostrophe doubles the cost.
REPLACEMENTS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2022": "-", "\u00b7": "-",
    "\u2026": "...",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    "\t": " ",
}

# Letters that Unicode does not decompose but readers recognise without the stroke.
_FOLDS = {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "Œ": "OE", "œ": "oe",
          "Þ": "Th", "þ": "th", "ı": "i"}

# The same swaps as one translation table: str.translate does them in C.
_TO_GSM = str.maketrans(REPLACEMENTS)

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67


@dataclass(frozen=True)
class Segments:
    """How a text will travel: its encoding, its length in units, and how many parts."""

    encoding: str   # "GSM-7" or "UCS-2"
    units: int      # septets (GSM-7) or UTF-16 code units (UCS-2)
    count: int


def to_gsm(text: str) -> str:
    """``text`` with typographic quotes, dashes, ellipses and odd spaces made GSM-7."""
    return text.translate(_TO_GSM)


def fold_accents(text: str) -> str:
    """``text`` with letters outside GSM-7 folded to their base letter (Zoë -> Zoe).

    Letters GSM-7 has (é, ü, ñ, ...) are kept. Anything that does not fold to a
    GSM-7 character is left alone, so the text stays readable (and UCS-2).
    """
    out = []
    for char in text:
        if char in GSM7_BASIC or char in GSM7_EXTENSION:
            out.append(char)
            continue
        if char in _FOLDS:
            out.append(_FOLDS[char])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c))
        out.append(base if base and all(c in GSM7_BASIC for c in base) else char)
    return "".join(out)


def is_gsm7(text: str) -> bool:
    """True when every character of ``text`` is in the GSM-7 basic or extension table."""
    return GSM7.issuperset(text)


def _gsm_widths(text: str) -> list[int]:
    return [2 if char in GSM7_EXTENSION else 1 for char in text]


def _ucs2_widths(text: str) -> list[int]:
    return [2 if ord(char) > 0xFFFF else 1 for char in text]


def _parts(widths: list[int], single: int, part: int) -> int:
    total = sum(widths)
    if total <= single:
        return 1
    count, used = 1, 0
    for width in widths:  # a two-unit character never straddles two parts
        if used + width > part:
            count, used = count + 1, 0
        used += width
    return count


def _count(text: str, units: int, single: int, part: int, widths) -> int:
    if units <= single:
        return 1
    if units == len(text):  # every character one unit: whole parts, nothing to straddle
        return -(-units // part)
    return _parts(widths(text), single, part)


def segments(text: str) -> Segments:
    """The encoding, length and number of segments ``text`` needs as it stands."""
    if is_gsm7(text):
        units = len(text) + sum(map(text.count, GSM7_EXTENSION))
        return Segments("GSM-7", units, _count(text, units, GSM_SINGLE, GSM_PART, _gsm_widths))
    # A character past U+FFFF takes two units (a lone surrogate, as before, one).
    units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    return Segments("UCS-2", units, _count(text, units, UCS2_SINGLE, UCS2_PART, _ucs2_widths))


def fits(text: str, max_segments: int = 2) -> bool:
    """True when ``text`` goes in at most ``max_segments`` segments."""
    return segments(text).count <= max_segments
