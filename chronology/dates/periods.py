"""Quarters, seasons and named days, resolved against the reference date.

"The third quarter" in a report dated October 1989 is 1989-Q3 (the latest third quarter);
"the quarter" is the quarter last mentioned, or the latest finished one; "last fall" is
the autumn before the reference date's season.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronology.dates import solar
from chronology.dates.context import FUTURE, PAST
from chronology.dates.patterns import ORDINALS, month
from chronology.dates.timeml import Period, quarter_of, weekday_on_or_after
from chronology.languages import en, en_grammar

_SEASON_CODE = en_grammar.PERIODS_SEASON_CODE
_SEASON_INDEX = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
_MONTH_SEASON = (0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4)


def _norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def quarter_period(c, s):
    """A quarter: ordinal plus optional year words, or "the quarter", "the year-ago quarter"."""
    ref = s.reference
    current = Period.of_quarter(ref.year, quarter_of(ref))
    if c.g("qbare"):
        return _bare_quarter(_norm(c.g("qbare")), s, current, c)
    if c.g("qcorr"):
        return _bare_quarter("the year-earlier", s, current, c)
    if c.g("qyearb") or c.g("qyearc"):
        y, last = int(c.g("qyearb") or c.g("qyearc")), s.topic_quarter()
        latest = s.last_period(("quarter", "year"))
        if last is None or latest[0].kind == "year" and _norm(c.g("qword") or c.g("qwordc")) \
                == "period":
            # "for the nine months ... the 1988 period": a year, not a quarter
            return Period("year", y), "explicit-year", "year written out"
        if y < last[0].year:
            # "net rose in the first quarter from $2 million in the 1988 period": the
            # year-ago quarter, a comparison; a later "the quarter" is still the first one
            return Period.of_quarter(y, last[0].n), "quarter-year-ago", \
                f"quarter {last[0].n} (as in '{last[1]}') of {y}, the comparison"
        return Period.of_quarter(y, last[0].n), "quarter-anaphoric", \
            f"quarter {last[0].n} (as in '{last[1]}') of {y}"
    if c.g("mon"):
        return _month_quarter(c, s)
    if c.g("fy"):
        return None  # "the last quarter of 2023-24": a fiscal year's, its months not told
    n = int(c.g("qq") or c.g("qn") or ORDINALS.get(_norm(c.g("ord"))) or 4)  # (4: the last)
    pre = _norm(c.g("qpre"))
    explicit = c.g("qyear1") or c.g("qyear3") or c.g("qyear4") or c.g("qyear5")
    if explicit:
        return Period.of_quarter(int(explicit), n), "quarter", "quarter and year written out"
    shift = {"this year's": 0, "last year's": -1, "next year's": 1}.get(pre)
    if c.g("qrel"):
        shift = {"this": 0, "last": -1, "next": 1}[_norm(c.g("qrel"))]
    if shift is not None:
        y = ref.year + shift
        return Period.of_quarter(y, n), "quarter", f"quarter {n} of {y} (reference {ref})"
    y = ref.year
    if n > current.n and s.tense(c) != FUTURE:
        y -= 1
    why = f"the latest quarter {n} up to reference {ref}"
    if n < current.n - 1 and pre in ("", "the", "its", "their") \
            and "fiscal" not in c.text.lower() and s.tense(c) == FUTURE:
        # "expects to close the sale in the first quarter", told in October: next year's
        # (not the quarter just over, whose results are reported after it: "will report
        # third-quarter results", told in October; nor a fiscal quarter, of its own year)
        y, why = y + 1, f"the next quarter {n} after reference {ref} (future tense)"
    if "year-earlier" in pre or "year-ago" in pre:
        y, why = y - 1, f"a year before quarter {n} of {y}"
    return Period.of_quarter(y, n), "quarter", why


def _year_ago_period(s):
    """"the same period last year" with no quarter told: a year before the half told ("the
    first half of this year"); else a period the text never named ("in the first seven
    months", "from January to July"), left out rather than guessed as a quarter."""
    found = s.reported_period(("half",))
    if found is None:
        return None
    period = found[0] if found[2] else found[0].shift("year", -1)
    return period, "quarter-year-ago", f"a year before '{found[1]}' ({found[0].value})"


def _month_quarter(c, s):
    """"the September quarter": the (three months) quarter ending in that month, in the year
    the month would have ("results for the June quarter", said in October, are of June)."""
    from chronology.dates.relative import month_without_year  # (relative imports us)

    m = month(c.g("mon"))
    y = month_without_year(s.reference, m, None, None, s.tense(c))[0].year
    end = dt.date(y, m, 1)  # a fiscal quarter ending mid-quarter: the calendar one of its end
    return Period.of_quarter(y, quarter_of(end)), "quarter", \
        f"the quarter ending in {end:%B %Y}"


def _bare_quarter(pre: str, s, current: Period, c):
    ref = s.reference
    named = s.last_period(("quarter",))
    if named and pre in ("this", "this year's", "last year's") and s.tense(c) != FUTURE:
        # A report on "the third quarter" says "this quarter" and "last year's quarter" of it.
        shift = -1 if pre == "last year's" else 0
        return named[0].shift("year", shift), "quarter-anaphoric", \
            f"{pre} quarter, as in '{named[1]}' ({named[0].value})"
    if named and pre in ("the previous", "the prior", "the preceding"):
        # "Profit rose in the third quarter from the previous quarter": the one before it.
        return named[0].shift("quarter", -1), "quarter-anaphoric", \
            f"the quarter before '{named[1]}' ({named[0].value})"
    if pre in ("this", "the current", "this year's"):
        return current, "quarter", f"the quarter of reference {ref}"
    if pre in ("last", "the previous", "the prior", "the preceding", "last year's"):
        p = current.shift("quarter", -1 if pre != "last year's" else -4)
        return p, "quarter", f"the quarter before reference {ref}"
    if pre == "next":
        return current.shift("quarter", 1), "quarter", f"the quarter after reference {ref}"
    last = s.last_period(("quarter",))
    if pre in ("the latest", "the most recent"):
        # The quarter reported on, named before; else the latest finished one.
        found = s.reported_period(("quarter",))
        # the period the report is about, by the name the report gave it
        last = (replace(found[0], unplaced=False), found[1]) if found and not found[2] else None
    base, text = (last if last else (current.shift("quarter", -1), None))
    if "year-earlier" in pre or "year-ago" in pre:
        reported = s.reported_period(("quarter",))
        if reported is not None and reported[2]:
            return reported[0], "quarter-year-ago", \
                f"the year-ago quarter already named, '{reported[1]}' ({reported[0].value})"
        if reported is not None:
            base, text = reported[0], reported[1]
        elif not text and "period" in c.text.lower():
            return _year_ago_period(s)
        src = f"'{text}'" if text else "the latest finished quarter"
        return base.shift("year", -1), "quarter-year-ago", f"a year before {src} ({base.value})"
    if text and pre == "the" and _FISCAL.search(text):
        # "Profit rose in the fiscal first quarter. ... For the quarter ended Sept. 30": the
        # fiscal quarter's own name is its label, but which calendar quarter "the quarter"
        # is, the text does not say (TimeML: "1989-QX"); later anaphors and "a year ago"
        # counted from it keep that
        return replace(base, unplaced=True), "quarter-anaphoric", \
            f"the quarter last mentioned, '{text}', a fiscal quarter: its calendar quarter " \
            "is not told"
    if text:
        return base, "quarter-anaphoric", f"the quarter last mentioned, '{text}'"
    return base, "quarter", f"the latest finished quarter before reference {ref}"


def season_period(ref: dt.date, name: str, rel: str, tense: str | None):
    """A season without a year, by its relative word or the tense."""
    code = _SEASON_CODE[name]
    target, current = _SEASON_INDEX[code], _MONTH_SEASON[ref.month - 1]
    if rel in ("last", "past", "previous"):
        y = ref.year if target < current else ref.year - 1
    elif rel in ("next", "coming"):
        y = ref.year if target > current else ref.year + 1
    elif rel == "this" or tense is None:
        y = ref.year
    elif tense == PAST:
        y = ref.year if target <= current else ref.year - 1
    else:
        y = ref.year if target >= current else ref.year + 1
    return Period("season", y, n=code), "season", f"{name} {rel or tense or 'nearest'} " \
        f"(reference {ref.isoformat()})"


def nth_weekday(year: int, month: int, wd: int, nth: int) -> dt.date:
    """The ``nth`` weekday ``wd`` (Monday 0) of a month; the last one for ``nth`` -1."""
    if nth > 0:
        return weekday_on_or_after(dt.date(year, month, 1), wd) + dt.timedelta(weeks=nth - 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return nxt - dt.timedelta(days=(nxt.weekday() - wd) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: Meeus's Julian algorithm, moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_lag = year // 100 - year // 400 - 2  # 13 days from 1900 to 2099
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_lag)


HOLIDAYS = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's": lambda y: dt.date(y, 1, 1),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "easter": easter,
    "easter sunday": easter,
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "independence day": lambda y: dt.date(y, 7, 4),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "orthodox easter": orthodox_easter,
    "orthodox easter sunday": orthodox_easter,
    # 25 December of the Julian calendar (7 January from 1901 to 2099)
    "orthodox christmas": lambda y: dt.date(y, 1, 7),
    "orthodox christmas day": lambda y: dt.date(y, 1, 7),
    "orthodox christmas eve": lambda y: dt.date(y, 1, 6),
}
# the other days of the United States' calendar, and those news names as often
for _name, (_, _when) in en.US_NAMED_DAYS.items():
    HOLIDAYS[_name] = ((lambda y, m=_when[0], d=_when[1]: dt.date(y, m, d)) if len(_when) == 2
                       else (lambda y, w=_when: nth_weekday(y, *w)))
# The Persian new year, the first day of the Solar Hijri year (the March equinox: 20 or 21
# March), under the spellings English-language papers use.
for _name in ("nowruz", "norouz", "nowrouz", "norooz", "noruz", "nowruz day"):
    HOLIDAYS[_name] = lambda y: solar.to_gregorian(y - 621, 1, 1)
HOLIDAY_SEASON_DAYS = en_grammar.PERIODS_HOLIDAY_SEASON_DAYS
_SEASON_DAYS = 7


# "Christmas in 2014", "the Christmas offensive in 2014", "the Easter truce of 1999": the
# holiday of that year
_NOUN_YEAR = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:in|of)\s+((?:1[6-9]|20)\d\d)\b(?![\d,.]\d|\s*%)")


def _year_of_noun(text: str, end: int) -> str | None:
    """The year of a thing named after a holiday, written after it."""
    found = _NOUN_YEAR.match(text, end)
    return found.group(1) if found else None


def _holiday_key(name: str) -> str:
    """The key of a holiday's name in ``HOLIDAYS``: "Presidents' Day" and "Presidents Day",
    "Martin Luther King Jr. Day" and "Martin Luther King Day", "St Patrick's Day" and
    "St. Patrick's Day" are one day."""
    key = _norm(name).replace("’", "'").replace("s' day", "s day")
    key = re.sub(r",?\s+jr\.?(?= day)", "", key)
    return re.sub(r"^st\.?\s+", "st. ", key)


def holiday_period(c, s):
    """A named day, in the year written, or the one the relative word or tense points to;
    "Easter week" is the (ISO) week that holds it, "Labor Day weekend" the weekend nearest it.
    In the past, a period begun by the reference; ahead, one not over by then."""
    ref, name = s.reference, _holiday_key(c.g("hol"))
    unit = _norm(c.g("hweek")) or "day"
    what = name if unit == "day" else f"{name} {unit}"
    year = c.g("year") or _year_of_noun(s.text, c.end)
    if year:
        return _around(HOLIDAYS[name](int(year)), unit), "holiday", f"{what} of {year}"
    periods = [_around(HOLIDAYS[name](y), unit) for y in (ref.year - 1, ref.year, ref.year + 1)]
    rel = _norm(c.g("hrel"))
    tense = PAST if rel == "last" else FUTURE if rel == "next" else s.tense(c)
    if tense == PAST:
        found = max((p for p in periods if p.first_day() <= ref), key=Period.first_day)
    elif tense == FUTURE:
        # "the Nowruz holidays end on April 2": while they last, this year's holiday is ahead
        season = HOLIDAY_SEASON_DAYS.get(name, _SEASON_DAYS) if c.g("hseason") else 0
        found = min((p for p in periods if _last_day(p) + dt.timedelta(days=season) >= ref),
                    key=Period.first_day)
    else:
        found = min(periods, key=lambda p: abs((p.first_day() - ref).days))
    return found, "holiday", f"{what} {tense or 'nearest'} reference {ref}"


def _around(day: dt.date, unit: str) -> Period:
    """The day itself, the ISO week that holds it, or the weekend whose Saturday is nearest
    (a Monday's is the one before, a Thursday's or a Friday's the one after)."""
    if unit == "week":
        return Period.of_week(day)
    if unit == "weekend":
        saturday = day + dt.timedelta(days=(5 - day.weekday() + 3) % 7 - 3)
        return Period.of_week(saturday, weekend=True)
    return Period.of_day(day)


def _last_day(p: Period) -> dt.date:
    return p.first_day() + dt.timedelta(days={"day": 0, "week": 6, "weekend": 1}[p.kind])
