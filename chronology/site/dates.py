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

from chronology.spans import parts

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


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


def quarter(value: str) -> int | None:
    """The quarter (1–4) of a value with a month, else None."""
    _, month, _ = parts(value)
    return (month - 1) // 3 + 1 if month else None
