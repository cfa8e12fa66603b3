"""Geometry for the small server-rendered SVG charts (no chart library, no inline style).

SVG coordinates do not mirror with the page direction, so the bars are laid out here for
right-to-left or left-to-right: in Arabic the names sit on the right and bars grow leftwards.
"""

from dataclasses import dataclass

WIDTH = 440
ROW_HEIGHT = 30
BAR_HEIGHT = 18
LABEL_WIDTH = 150
GAP = 10
COUNT_ROOM = 44  # space kept after the longest bar for its number


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    href: str
    # Bar rectangle.
    x: int
    y: int
    width: int
    height: int
    # Label (name) and value (count) text positions; anchors are for an LTR-directed <svg>.
    label_x: int
    value_x: int
    text_y: int
    label_anchor: str
    value_anchor: str


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int
    rtl: bool


def horizontal_bars(rows, *, rtl: bool) -> BarChart:
    """Lay out (label, value, href) rows as horizontal bars scaled to the largest value."""
    rows = list(rows)
    top = max((value for _label, value, _href in rows), default=0) or 1
    track = WIDTH - LABEL_WIDTH - GAP - COUNT_ROOM
    bars = []
    for index, (label, value, href) in enumerate(rows):
        length = max(2, round(track * value / top))
        y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        text_y = index * ROW_HEIGHT + ROW_HEIGHT // 2 + 5
        if rtl:
            bar_end = WIDTH - LABEL_WIDTH - GAP  # the bar's start edge, on the right
            bars.append(Bar(label, value, href, x=bar_end - length, y=y, width=length, height=BAR_HEIGHT,
                            label_x=WIDTH - 4, value_x=bar_end - length - 6, text_y=text_y,
                            label_anchor="end", value_anchor="end"))
        else:
            bar_start = LABEL_WIDTH + GAP
            bars.append(Bar(label, value, href, x=bar_start, y=y, width=length, height=BAR_HEIGHT,
                            label_x=LABEL_WIDTH, value_x=bar_start + length + 6, text_y=text_y,
                            label_anchor="end", value_anchor="start"))
    return BarChart(bars=bars, width=WIDTH, height=max(1, len(bars)) * ROW_HEIGHT, rtl=rtl)
