"""A page's metadata date weighed against the story's dateline: which is the article's date.

The rule (documented in the README, "Saved web pages"):

- no dateline in the story: the page's metadata date;
- a dateline on the same day: the metadata date (the dateline agrees);
- a dateline one day before or after: the dateline's day.  Page times are often written in
  UTC ("2015-01-20T22:40:00Z"), and a story filed in Tehran or Moscow late in the evening
  is dated the next day where it was written; the story's weekdays ("on Tuesday") count from
  that local day;
- further apart: the metadata date, and the explanation says they disagree.  A dateline
  days away is an older wire story's, or not a dateline at all; the page's publication tag
  is the publisher's own record of the day.

A dateline without a year takes the year that puts it nearest the metadata date.
Publication lines in the page text ("Updated January 23, 2015") are not weighed: the
metadata already says when the page appeared, and an update is not a publication.
"""

from __future__ import annotations

import datetime as dt

from chronology.dates import (
    datelines,
    reference,  # the caption reader (it calls us back)
)
from chronology.dates.model import ReferenceDate
from chronology.dates.timeml import valid_day

FRONT_MATTER = "front matter"  # the source of a date an editor wrote: taken as given
PAGE_METADATA = "page-metadata"  # ReferenceDate.source of a date from a page's metadata


def weigh_page_date(text: str, published: dt.date, source: str) -> ReferenceDate:
    """The reference date of a page whose metadata (``source``) gives ``published``."""
    tag = f"{source} {published.isoformat()}"
    head = text[:datelines.EVIDENCE_CHARS]
    found = datelines.find_dateline(text, reference.skipped_lines(head))
    day = _dateline_day(found, published) if found else None
    if day is None:
        return ReferenceDate(published, PAGE_METADATA, reasons=(tag,))
    words = " ".join(found.text.split())
    gap = (day - published).days
    if gap == 0:
        return ReferenceDate(published, PAGE_METADATA,
                             reasons=(tag, f"the dateline '{words}' agrees"))
    if abs(gap) == 1:
        side = "after" if gap > 0 else "before"
        return ReferenceDate(day, "dateline", found.text, found.start, found.end,
                             year_inferred=found.year is None, reasons=(
                                 f"dateline '{words}': the day {side} {tag} (page times "
                                 "are often UTC; the dateline is the local day)",))
    return ReferenceDate(published, PAGE_METADATA, reasons=(
        tag, f"disagrees with the dateline '{words}' ({day.isoformat()}, {abs(gap)} days "
        f"{'later' if gap > 0 else 'earlier'}): the page's metadata is used"))


def _dateline_day(found, published: dt.date) -> dt.date | None:
    """The dateline's day; without a year, in the year that puts it nearest ``published``."""
    years = [found.year] if found.year else [published.year - 1, published.year,
                                               published.year + 1]
    days = [dt.date(y, found.month, found.day) for y in years
            if dt.MINYEAR <= y <= dt.MAXYEAR and valid_day(y, found.month, found.day)]
    return min(days, key=lambda d: abs((d - published).days), default=None)
