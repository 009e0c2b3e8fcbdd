"""A part of a month counted by an ordinal ("هفته دوم اکتبر", "نیمه اول اسد", "دهه سوم مهر"),
read as English reads "the second week of March" and "the first half of March": a week is
the ISO week of its middle day (days 8-14: the 11th), a half or a decade the month of its
middle day.  The month itself is read by ``lexical_values`` as it is when it stands alone.

>>> import datetime as dt
>>> of_days(dt.date(2025, 10, 1), dt.date(2025, 10, 31), 2, 7, "هفته دوم اکتبر")[:3]
('2025-W41', 'week', 'month-week')
"""

from __future__ import annotations

import datetime as dt

from chronology.dates.timeml import Period


def nth_part(c, lang) -> tuple[int, int]:
    """The ordinal of the part and the days one part holds ("هفته دوم": 2, 7)."""
    return lang.day_ordinals[lang.key(c.g("pord"))], lang.month_parts[lang.key(c.g("part"))]


def middle_day(first: dt.date, last: dt.date, n: int, days: int) -> dt.date | None:
    """The middle day of the ``n``-th stretch of ``days`` days of the month ``first``..``last``
    (the last stretch ends with the month); None when the month has no such stretch."""
    start = first + dt.timedelta(days=(n - 1) * days)
    if n < 1 or start > last:
        return None
    end = min(start + dt.timedelta(days=days - 1), last)
    return start + (end - start) // 2


def of_days(first: dt.date, last: dt.date, n: int, days: int, written: str, extra=None):
    """The value of the ``n``-th part of ``days`` days of a month: a week's ISO week, else the
    Gregorian month of the part's middle day (approximate when the month is not Gregorian)."""
    day = middle_day(first, last, n, days)
    if day is None:
        return None
    why = f"part {n} of {days} days of {first}..{last} ('{written}'): around {day}"
    if days == 7:
        return Period.of_week(day).value, "week", "month-week", why, dict(extra or {})
    return f"{day.year:04d}-{day.month:02d}", "month", "month-part", why, dict(extra or {})
