"""Bar charts drawn on the server as SVG geometry (no JavaScript): the reports page's
templates draw the bars these functions place, with the figures in a table beside.

Pure: numbers in, positions out, so the drawing is tested without a browser.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 640
LABEL_WIDTH = 200   # room for the row's name on the left
VALUE_ROOM = 70     # room for the figure after the longest bar
ROW = 30
BAR = 20


@dataclass(frozen=True)
class Bar:
    """One bar: its name, its figure, and where it is drawn."""

    label: str
    value: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Chart:
    """A chart ready for the template: its size, its bars, and its accessible text."""

    key: str
    title: str
    desc: str
    width: int
    height: int
    bars: list[Bar]
    columns: bool = False


def _describe(title: str, items: list[tuple[str, int]]) -> str:
    if not items:
        return f"{title}: nothing to show yet."
    return f"{title}: " + "; ".join(f"{label} {value}" for label, value in items) + "."


def bar_chart(key: str, title: str, items: list[tuple[str, int]]) -> Chart:
    """Horizontal bars, one row per item, scaled to the largest figure."""
    top = max((v for _, v in items), default=0) or 1
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    bars = [Bar(label, value, LABEL_WIDTH, i * ROW + (ROW - BAR) / 2,
                round(room * value / top, 1), BAR)
            for i, (label, value) in enumerate(items)]
    return Chart(key, title, _describe(title, items), WIDTH, max(len(items), 1) * ROW, bars)


def column_chart(key: str, title: str, items: list[tuple[str, int]],
                 height: int = 200) -> Chart:
    """Vertical columns left to right (weeks), scaled to the largest figure; the
    labels are in the table beside, the chart shows the shape."""
    top = max((v for _, v in items), default=0) or 1
    step = (WIDTH - 20) / max(len(items), 1)
    plot = height - 20
    bars = []
    for i, (label, value) in enumerate(items):
        h = round(plot * value / top, 1)
        bars.append(Bar(label, value, round(10 + i * step + step * 0.1, 1), plot - h + 10,
                        round(step * 0.8, 1), h))
    return Chart(key, title, _describe(title, items), WIDTH, height + 10, bars, columns=True)
