"""Cells written to a CSV export, made safe to open in a spreadsheet.

Imported values are stored exactly as given (a name may really start with
``-``), so any export that a person might open in Excel must neutralise cells a
spreadsheet would run as a formula (``=cmd|' /C calc'!A0``). Exporters call
:func:`safe_cell` on every value they write.
"""

from __future__ import annotations

# OWASP's list: a leading =, +, -, @, tab or carriage return starts a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """``value`` as text, with a ``'`` in front when a spreadsheet would treat it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def safe_row(values: list[object]) -> list[str]:
    """:func:`safe_cell` applied to each value of a row."""
    return [safe_cell(v) for v in values]
