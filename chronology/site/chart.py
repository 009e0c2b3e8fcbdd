"""The overview chart: events per month or quarter as an inline SVG, drawn at build time.

Each bar links to the first event of its period on the page that holds it, so clicking the
chart jumps there. No chart library runs in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from chronology.site.dates import MONTHS
from chronology.spans import parts

BAR_WIDTH = 20
BAR_GAP = 3
PLOT_HEIGHT = 150
LABEL_HEIGHT = 26
MONTHLY_UP_TO_YEARS = 3  # longer spans are drawn by quarter, so bars stay wide enough to click


@dataclass
class Bin:
    """One bar: a month (``m2015-01``) or a quarter (``q2015-1``)."""

    key: str
    label: str
    year: int
    count: int = 0
    href: str | None = None  # where the bar jumps to; None when the period has no event


def choose_unit(first_year: int, last_year: int) -> str:
    """``"month"`` for short spans, ``"quarter"`` otherwise."""
    return "month" if last_year - first_year + 1 <= MONTHLY_UP_TO_YEARS else "quarter"


def bin_key(date: str, unit: str) -> str | None:
    """The bar a date falls in, or None for a date known only to the year."""
    year, month, _ = parts(date)
    if month is None:
        return None
    if unit == "month":
        return f"m{year}-{month:02d}"
    return f"q{year}-{(month - 1) // 3 + 1}"


def make_bins(first_year: int, last_year: int, unit: str) -> list[Bin]:
    """Every month or quarter from January of the first year to December of the last."""
    bins = []
    for year in range(first_year, last_year + 1):
        if unit == "month":
            bins += [Bin(f"m{year}-{m:02d}", f"{MONTHS[m - 1]} {year}", year) for m in range(1, 13)]
        else:
            bins += [Bin(f"q{year}-{q}", f"Q{q} {year}", year) for q in range(1, 5)]
    return bins


def render_svg(bins: list[Bin], unit: str) -> Markup:
    """The chart as inline SVG markup: bars, year labels, and a link on every non-empty bar."""
    if not bins:
        return Markup("")
    top = max(b.count for b in bins) or 1
    step = BAR_WIDTH + BAR_GAP
    width, height = len(bins) * step, PLOT_HEIGHT + LABEL_HEIGHT
    per_year = 12 if unit == "month" else 4
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="group" '
           f'aria-labelledby="chart-title" preserveAspectRatio="xMinYMin meet">']
    for i, b in enumerate(bins):
        out.append(_bar(b, i * step, top))
        if i % per_year == 0:
            out.append(f'<text class="chart-year" x="{i * step}" y="{height - 6}">{b.year}</text>')
            out.append(f'<line class="chart-tick" x1="{i * step - 1}" x2="{i * step - 1}" '
                       f'y1="0" y2="{PLOT_HEIGHT + 6}"/>')
    out.append(f'<line class="chart-axis" x1="0" x2="{width}" y1="{PLOT_HEIGHT + 0.5}" '
               f'y2="{PLOT_HEIGHT + 0.5}"/>')
    out.append("</svg>")
    return Markup("\n".join(out))


def _bar(b: Bin, x: int, top: int) -> str:
    h = round(b.count / top * (PLOT_HEIGHT - 4)) if b.count else 0
    bar = f'<rect class="chart-bar" x="{x}" y="{PLOT_HEIGHT - h}" width="{BAR_WIDTH}" height="{h}"/>'
    if not b.href:
        return bar
    noun = "event" if b.count == 1 else "events"
    label = escape(f"{b.label}: {b.count} {noun}")
    hit = f'<rect class="chart-hit" x="{x}" y="0" width="{BAR_WIDTH}" height="{PLOT_HEIGHT}"/>'
    return (f'<a href="{escape(b.href)}" aria-label="{label}">'
            f"<title>{label}</title>{hit}{bar}</a>")
