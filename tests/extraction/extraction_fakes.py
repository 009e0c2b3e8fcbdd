"""A stand-in for the date engine in unit tests: a few fixed patterns, reference given.

Only for testing the extractor in isolation (the real engine is ``chronology.dates``); it
knows weekdays ("on Tuesday"), "Month D[, YYYY]", "D Month", "Month YYYY" and "in YYYY".
"""

from __future__ import annotations

import datetime as dt
import re

from chronology.dates.model import Mention, ReferenceDate

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = "(" + "|".join(m.title() for m in MONTHS) + ")"
PATTERNS = [
    ("month-day", re.compile(_M + r" (\d{1,2})(?:, (\d{4}))?")),
    ("day-month", re.compile(r"(\d{1,2}) " + _M + r"(?: (\d{4}))?")),
    ("month-year", re.compile(_M + r" (\d{4})")),
    ("weekday", re.compile(r"(?:on )?(" + "|".join(d.title() for d in DAYS) + r")")),
    ("year", re.compile(r"(?<![\d$])((?:19|20)\d\d)(?![\d])")),
]


def fake_reference(reference: dt.date | None):
    """A ``find_reference`` that returns the published date, else ``reference``."""
    def find_reference(text, published=None, period=None):
        date = published or reference
        return ReferenceDate(date, "front-matter" if published else "given")
    return find_reference


def fake_mentions(text, reference, spans=None):
    """A ``find_mentions`` over ``spans`` with the patterns above."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for start, end in spans or [(0, len(text))]:
        for rule, pattern in PATTERNS:
            for m in pattern.finditer(text, start, end):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                value, precision = _value(rule, m, reference)
                if value:
                    taken.append((m.start(), m.end()))
                    found.append(Mention(m.start(), m.end(), m.group(0), value, precision,
                                         rule, f"fake {rule}"))
    return sorted(found, key=lambda m: m.start)


def _value(rule, m, reference):
    if rule == "weekday":
        if reference is None:
            return None, ""
        back = (reference.weekday() - DAYS.index(m.group(1).lower())) % 7
        return (reference - dt.timedelta(days=back)).isoformat(), "day"
    if rule == "year":
        return m.group(1), "year"
    if rule == "month-year":
        return f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}", "month"
    month, day, year = (m.group(1), m.group(2), m.group(3)) if rule == "month-day" else (
        m.group(2), m.group(1), m.group(3))
    year = int(year) if year else (reference.year if reference else None)
    if year is None:
        return None, ""
    return f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}", "day"
