"""The article's own date when no date line states its year: the year inferred for a
yearless date line, a weekday-dated mention when there is no date line at all, a header
photo's date on the lead's day of reporting (moved out of ``reference.py``, whose
``find_reference`` falls back on these)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from chronology.dates import context, years
from chronology.dates.datelines import SCAN_CHARS, Found, inside, reach
from chronology.dates.model import ReferenceDate
from chronology.dates.patterns import MONTH_NAME, YEAR_DIGITS, month
from chronology.dates.publication import undecided_numeric
from chronology.dates.tagger import find_candidates
from chronology.dates.timeml import valid_day

_SCAN_CHARS = SCAN_CHARS


def header_date(text: str) -> ReferenceDate | None:
    """No date line: the only full date between the headline and the story's first
    paragraph (a news photo's caption, "The minister speaks to reporters in Washington,
    January 7, 2025.") when it falls on the weekday the lead names as the day of reporting
    ("the minister said on Tuesday"): a news photo is dated the day of the news."""
    first = text.find("\n", text.find(next((ch for ch in text if not ch.isspace()), "\n")))
    pos, lead = first + 1, None
    for line in text[pos:reach(text, _SCAN_CHARS)].split("\n"):
        if len(line.split()) >= 15:
            lead = (pos, pos + len(line))
            break
        pos += len(line) + 1
    if first < 0 or lead is None:
        return None
    if not (YEAR_DIGITS.search(text, first, lead[1]) and MONTH_NAME.search(text, first, lead[1])):
        return None  # (for speed: no full date after the headline, nothing to tag)
    found = [c for c in find_candidates(text[:lead[1]]) if c.kind == "full" and c.g("year")
             and c.g("mon") and c.g("day")]
    header = {(int(c.g("year")), month(c.g("mon")), int(c.g("day"))): c for c in found
              if first < c.start < lead[0]}
    if len(header) != 1 or any(lead[0] <= c.start for c in found):
        return None
    (y, m, d), c = next(iter(header.items()))
    said = years.gather(text, [c for c in find_candidates(text[:lead[1]])
                               if c.start >= lead[0]], None).reporting_weekdays
    if not valid_day(y, m, d) or dt.date(y, m, d).weekday() not in said:
        return None
    return ReferenceDate(dt.date(y, m, d), "inferred", c.text, c.start, c.end, reasons=(
        f"no date line: the header's date '{c.text}' falls on the lead's day of reporting "
        f"'{said[dt.date(y, m, d).weekday()]}'",))


def say_undecided(text: str, ref: ReferenceDate) -> ReferenceDate:
    """An undated article whose top holds a slashed date read neither way says so."""
    why = undecided_numeric(text[:_SCAN_CHARS]) if ref.date is None else None
    return replace(ref, reasons=(*ref.reasons, why)) if why else ref


def story_lead(text: str, found: Found, skip) -> tuple[int, int] | None:
    """The story's first paragraph: the dateline's own line, or the first line of prose
    (fifteen words or more) after the publication line."""
    pos = text.rfind("\n", 0, found.start) + 1
    for line in text[pos:pos + _SCAN_CHARS].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line.split()) >= 15 and not inside(start, skip):
            return start, start + len(line)
    return None


def with_inferred_year(found: Found, ev: years.Evidence, period) -> ReferenceDate:
    y, reasons = years.infer_year(ev, (found.month, found.day), period)
    head = f"{found.source} '{found.text}' has no year"
    ahead = [(c, fy) for c, fy in ev.present_years if c.kind in ("monthyear", "full")]
    if y is not None and ahead and y < min(fy for _, fy in ahead) - _NEAR_FUTURE:
        c, fy = min(ahead, key=lambda a: a[1])
        reasons = [*reasons, f"but '{c.text}' is ahead of the writer, who names its month: "
                   f"{y} is more than {_NEAR_FUTURE} years before it, so no year is sure"]
        y = None  # the text contradicts itself; a wrong date is worse than none
    if y is None or not valid_day(y, found.month, found.day):
        return ReferenceDate(None, "none", found.text, found.start, found.end,
                             reasons=(head, *reasons))
    return ReferenceDate(dt.date(y, found.month, found.day), found.source, found.text,
                         found.start, found.end, year_inferred=True,
                         reasons=(f"{head}: year {y} inferred", *reasons))


_NEAR_FUTURE = 2  # years: a future date named with its month is rarely further ahead


def from_weekday_dates(text: str, ev: years.Evidence, period) -> ReferenceDate:
    if not ev.weekday_dates:
        return ReferenceDate(None, "none", reasons=(
            "no front matter date, publication line, dateline or weekday-dated mention",))
    y, reasons = years.infer_year(ev, None, period)
    if y is None:
        return ReferenceDate(None, "none", reasons=("no date line", *reasons))
    past, future = [], []
    for c, m, d, _wd in ev.weekday_dates:
        if valid_day(y, m, d):
            tense = context.tense(text, c.start, c.end)
            (future if tense == context.FUTURE else past).append((dt.date(y, m, d), c))
    if past:
        day, c = max(past, key=lambda p: p[0])
        how = f"the latest past weekday-dated mention '{c.text}'"
    else:
        first, c = min(future, key=lambda p: p[0])
        day, how = first - dt.timedelta(days=1), f"the day before the future mention '{c.text}'"
    return ReferenceDate(day, "inferred", c.text, c.start, c.end, year_inferred=True,
                         reasons=(f"no date line: dated by {how}",
                                  f"year {y} inferred from '{c.text}'", *reasons))
