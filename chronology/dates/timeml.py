"""Calendar periods and their TimeML values (``2015-01-22``, ``2015-W04``, ``1989-Q3``, ``199``).

A ``Period`` is a day, week, month, quarter, half, season, year, decade or century.  The
engine does all date arithmetic here, with ``datetime``; nothing depends on the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PRECISION = {
    "day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
    "half": "quarter", "season": "season", "year": "year", "decade": "decade",
    "century": "century",
}


@dataclass(frozen=True)
class Period:
    """A calendar period: ``kind`` plus the fields that kind needs.

    ``n`` is the week number (ISO), quarter (1-4), half (1-2), season code ("SP", "SU",
    "FA", "WI"), decade (``199`` for the 1990s) or century (``20`` for the 2000s).
    """

    kind: str
    year: int
    month: int = 1
    day: int = 1
    n: int | str | None = None
    # A quarter whose calendar quarter the text does not tell: "the quarter" said of a fiscal
    # quarter ("1989-QX"); its arithmetic still runs on ``n`` (a year before it is "1988-QX").
    unplaced: bool = field(default=False, compare=False)

    @classmethod
    def of_day(cls, d: dt.date) -> Period:
        return cls("day", d.year, d.month, d.day)

    @classmethod
    def of_week(cls, d: dt.date, weekend: bool = False) -> Period:
        year, week, _ = d.isocalendar()
        return cls("weekend" if weekend else "week", year, n=week)

    @classmethod
    def of_quarter(cls, year: int, q: int) -> Period:
        return cls("quarter", year, n=q)

    @property
    def precision(self) -> str:
        return PRECISION[self.kind]

    @property
    def value(self) -> str:
        """The TimeML value of the period."""
        k, y = self.kind, self.year
        if k == "day":
            return f"{y:04d}-{self.month:02d}-{self.day:02d}"
        if k == "month":
            return f"{y:04d}-{self.month:02d}"
        if k == "week":
            return f"{y:04d}-W{self.n:02d}"
        if k == "weekend":
            return f"{y:04d}-W{self.n:02d}-WE"
        if k == "quarter":
            return f"{y:04d}-Q{'X' if self.unplaced else self.n}"
        if k == "half":
            return f"{y:04d}-H{self.n}"
        if k == "season":
            return f"{y:04d}-{self.n}"
        if k == "decade":
            return f"{self.n:03d}"
        if k == "century":
            return f"{self.n:02d}"
        return f"{y:04d}"

    def first_day(self) -> dt.date:
        """The first day of the period (used as an anchor for later relatives)."""
        k = self.kind
        if k == "day":
            return dt.date(self.year, self.month, self.day)
        if k in ("week", "weekend"):
            return dt.date.fromisocalendar(self.year, int(self.n), 6 if k == "weekend" else 1)
        if k == "month":
            return dt.date(self.year, self.month, 1)
        if k == "quarter":
            return dt.date(self.year, 3 * int(self.n) - 2, 1)
        if k == "half":
            return dt.date(self.year, 6 * int(self.n) - 5, 1)
        if k == "decade":
            return dt.date(max(1, int(self.n) * 10), 1, 1)
        if k == "century":
            return dt.date(max(1, int(self.n) * 100), 1, 1)
        return dt.date(self.year, 1, 1)

    def shift(self, unit: str, n: int) -> Period:
        """The period ``n`` units later (negative: earlier), keeping this period's kind."""
        if unit == "year":
            return self._years(n)
        if unit == "month":
            return self._months(n)
        if unit == "quarter":
            return self._months(3 * n)
        if unit == "decade":
            return self._years(10 * n)
        if unit == "century":
            return self._years(100 * n)
        days = n * (7 if unit in ("week", "weekend") else 1)
        return Period.of_day(self.first_day() + dt.timedelta(days=days)).as_kind(self.kind)

    def as_kind(self, kind: str) -> Period:
        """The period of ``kind`` that contains this period's first day."""
        d = self.first_day()
        if kind == "day":
            return Period.of_day(d)
        if kind in ("week", "weekend"):
            return Period.of_week(d, kind == "weekend")
        if kind == "month":
            return Period("month", d.year, d.month)
        if kind == "quarter":
            return self if self.kind == "quarter" else Period.of_quarter(d.year, (d.month - 1) // 3 + 1)
        if kind == "decade":
            return Period("decade", d.year, n=d.year // 10)
        if kind == "century":
            return Period("century", d.year, n=d.year // 100)
        return Period("year", d.year)

    def _years(self, n: int) -> Period:
        y = self.year + n
        if self.kind == "decade":
            return Period("decade", y, n=int(self.n) + n // 10)
        if self.kind == "century":
            return Period("century", y, n=int(self.n) + n // 100)
        if self.kind in ("week", "weekend"):
            return Period.of_day(self.first_day()).shift("year", n).as_kind(self.kind)
        day = min(self.day, 28) if (self.month, self.day) == (2, 29) else self.day
        return Period(self.kind, y, self.month, day, self.n, self.unplaced)

    def _months(self, n: int) -> Period:
        if self.kind == "quarter":
            index = self.year * 4 + int(self.n) - 1 + n // 3
            return Period.of_quarter(index // 4, index % 4 + 1)
        if self.kind in ("year", "decade", "century", "half", "season"):
            return self._years(n // 12) if n % 12 == 0 else self.as_kind("month")._months(n)
        index = self.year * 12 + self.month - 1 + n
        y, m = divmod(index, 12)
        d = min(self.day, days_in_month(y, m + 1))
        return Period(self.kind, y, m + 1, d).as_kind(self.kind) if self.kind in (
            "week", "weekend") else Period(self.kind, y, m + 1, d, self.n)


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def clock_time(hour: str | None, minute: str | None, ampm: str | None) -> str | None:
    """The ISO-TimeML time of a clock time on a 12-hour clock ("9", None, "a" -> "T09:00");
    None when there is none.

    >>> clock_time("4", "30", "p"), clock_time("12", None, "a"), clock_time(None, None, None)
    ('T16:30', 'T00:00', None)
    """
    if not (hour and ampm) or not 1 <= int(hour) <= 12:
        return None
    return f"T{int(hour) % 12 + (12 if ampm.lower() == 'p' else 0):02d}:{int(minute or 0):02d}"


def days_in_month(year: int, month: int) -> int:
    """Number of days in a month."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS[month - 1]


def valid_day(year: int, month: int, day: int) -> bool:
    """True when year-month-day is a real calendar day."""
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month) and 1 <= year <= 9999


def weekday_on_or_before(ref: dt.date, wd: int, strict: bool = False) -> dt.date:
    """The latest date with weekday ``wd`` on or before ``ref`` (strictly before if ``strict``)."""
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def weekday_on_or_after(ref: dt.date, wd: int, strict: bool = False) -> dt.date:
    """The earliest date with weekday ``wd`` on or after ``ref`` (strictly after if ``strict``)."""
    ahead = (wd - ref.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def quarter_of(d: dt.date) -> int:
    """The calendar quarter (1-4) of a date."""
    return (d.month - 1) // 3 + 1

