"""Display formatting for event dates: precision shown honestly, never a time zone involved.

Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` strings; they are formatted by hand (no
``strftime``), so the output never depends on the locale or the time zone.

>>> display_date("2015-01-20")
'20 January 2015'
>>> display_date("2015-01", approximate=True)
'c. January 2015'
>>> display_range("2015-01-20", "2015-01-22")
'20–22 January 2015'
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def parts(value: str) -> tuple[int, int | None, int | None]:
    """``"2015-01-20"`` -> ``(2015, 1, 20)``; missing parts are None."""
    pieces = [int(p) for p in value.split("-")]
    pieces += [None] * (3 - len(pieces))
    return pieces[0], pieces[1], pieces[2]


def precision(value: str) -> str:
    """``"day"``, ``"month"`` or ``"year"``, from the shape of the value."""
    return {1: "year", 2: "month"}.get(value.count("-") + 1, "day")


def display_date(value: str, approximate: bool = False) -> str:
    """A date at its own precision: "20 January 2015", "January 2015", "2015"; "c." if approximate."""
    year, month, day = parts(value)
    text = str(year)
    if month:
        text = f"{MONTHS[month - 1]} {text}"
    if day:
        text = f"{day} {text}"
    return f"c. {text}" if approximate else text


def display_range(start: str, end: str | None, approximate: bool = False) -> str:
    """A date or a range, sharing the month and year when both ends have them."""
    if not end or end == start:
        return display_date(start, approximate)
    (y1, m1, d1), (y2, m2, _) = parts(start), parts(end)
    if d1 and precision(end) == "day" and (y1, m1) == (y2, m2):
        head = str(d1)
    elif d1 and precision(end) == "day" and y1 == y2:
        head = f"{d1} {MONTHS[m1 - 1]}"
    elif m1 and not d1 and precision(end) == "month" and y1 == y2:
        head = MONTHS[m1 - 1]
    else:
        head = display_date(start)
    text = f"{head}–{display_date(end)}" if " " not in head else f"{head} – {display_date(end)}"
    return f"c. {text}" if approximate else text


def first_day(value: str) -> dt.date:
    """The first calendar day a value covers (``"2015"`` -> 1 January 2015)."""
    year, month, day = parts(value)
    return dt.date(year, month or 1, day or 1)


def day_after(value: str) -> dt.date:
    """The first day after the span a value covers (an exclusive end, as iCalendar wants)."""
    year, month, day = parts(value)
    if day:
        return dt.date(year, month, day) + dt.timedelta(days=1)
    if month:
        return dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year + 1, 1, 1)


def quarter(value: str) -> int | None:
    """The quarter (1–4) of a value with a month, else None."""
    _, month, _ = parts(value)
    return (month - 1) // 3 + 1 if month else None
