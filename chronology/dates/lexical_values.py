"""The value of each kind of Russian or Persian date expression found by ``lexical.py``
against the reference date, Gregorian and Solar Hijri: a day and month, a weekday, a month
or a year counted from the writing, a range, a part of a month or year (``resolve_one``
picks the rule for the expression's kind)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from chronology.dates import lexical_parts, solar
from chronology.dates.context import FUTURE, PAST
from chronology.dates.lexical_tense import (
    CLAUSE_END,
    calendar_tense,
    clause_span,
    tense,
)
from chronology.dates.model import Mention
from chronology.dates.periods import season_period
from chronology.dates.relative import DAY_NAMES, nearest_month_day
from chronology.dates.tagger import Candidate
from chronology.dates.timeml import Period, valid_day, weekday_on_or_after, weekday_on_or_before
from chronology.languages import en_grammar, language

_MODS = en_grammar.LEXICAL_RESOLVE_MODS


def resolve_one(c: Candidate, text: str, ref: dt.date | None, lang) -> Mention | None:
    """The mention of one candidate; None when it needs a reference and there is none."""
    handler = _HANDLERS[c.kind]
    try:
        got = handler(c, text, ref, lang)
    except (ValueError, OverflowError):
        return None
    if got is None or not _in_calendar(got[0]):
        return None
    value, precision, rule, reason, extra = got
    mod = lang.modifiers.get(lang.key(c.g("mod") or "")) if c.g("mod") else None
    approximate = bool(mod) or bool(extra.get("approximate"))
    if mod:
        reason = f"{_MODS[mod]} {reason}"
    end = _end_value(extra)
    if end:
        reason = f"{reason}; the range ends {end}"  # shown by ``chronology dates``
    return Mention(c.start, c.end, c.text, value, precision, rule, reason,
                   anchor=ref.isoformat() if ref else None, approximate=approximate,
                   modifier=mod or ("APPROX" if approximate else None),
                   end_value=end, extra=extra)


def _end_value(extra: dict) -> str | None:
    """The last period of a range as written ("15–19 марта": its 19th, "в 2016–2017 годах":
    2017), as English ``Mention.end_value`` gives it."""
    if extra.get("end"):
        return extra["end"]
    return f"{extra['end_year']:04d}" if extra.get("end_year") else None


def _in_calendar(value: str) -> bool:
    """Years 1 to 9999 only: "last year" from year 1 or "March" after 9999 is no date."""
    year = value.split("-")[0]
    return len(year) == 4 and year != "0000"


def _day(y: int, m: int, d: int, rule: str, reason: str, extra=None):
    if not valid_day(y, m, d):
        return None
    return dt.date(y, m, d).isoformat(), "day", rule, reason, extra or {}


def _cross_range(c, text, ref, lang):
    """"29 сентября – 2 октября", "с 29 ноября по 3 декабря 2024 г.": the end's year is read
    as a day and month's would be; the start is in it, or in the year before when its month
    comes later ("с 28 декабря по 3 января")."""
    m1, m2 = lang.months[lang.key(c.g("mon1"))], lang.months[lang.key(c.g("mon"))]
    d1, d2 = int(c.g("d")), int(c.g("d2"))
    if c.g("y"):
        y2, rule, why = int(c.g("y")), "explicit-date", "days and months of a range, year as written"
    elif ref is None:
        return None
    elif c.g("ry"):
        y2 = ref.year + lang.year_relative[lang.key(c.g("ry"))]
        rule, why = "month-day", f"a range in the year {y2} named from reference {ref}"
    else:
        found = nearest_month_day(ref, m2, d2, None, tense(text, c.start, c.end, lang))
        if found is None:
            return None
        y2, rule, why = found[0].year, "month-day", f"a range ending on {found[1]}"
    y1 = y2 - 1 if m1 > m2 else y2
    if m1 == m2 or not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
        return None
    return _day(y1, m1, d1, rule, why, {"end": dt.date(y2, m2, d2).isoformat(), "end_day": d2})


def _numeric(c, text, ref, lang):
    return _day(int(c.g("y")), int(c.g("m")), int(c.g("d")), "explicit-date",
                "date written in full (day.month.year)")


def _numeric_short(c, text, ref, lang):
    """"09.03.19": the year of that century nearest the reference (2019, not 1919); in a
    language with a Solar calendar ("۱۵.۰۳.۹۸") a Solar Hijri year (1398), or no date when no
    such year is near the reference. After a version label ("версия 10.03.19") no date."""
    if ref is None or lang.version_label.search(lang.normalise(text[max(0, c.start - 20):c.start])):
        return None
    yy = int(c.g("yy"))
    if lang.solar_months:
        return _numeric_short_solar(yy, int(c.g("m")), int(c.g("d")), c.text, ref)
    y = min((1900 + yy, 2000 + yy), key=lambda v: abs(v - ref.year))
    return _day(y, int(c.g("m")), int(c.g("d")), "explicit-date",
                "date written in full with a short year (day.month.yy)")


def _numeric_short_solar(yy: int, m: int, d: int, written: str, ref):
    year = solar.solar_year_of(ref)
    y = min((1300 + yy, 1400 + yy), key=lambda v: abs(v - year))
    if abs(y - year) > _SHORT_YEAR_REACH:
        return None  # '15.03.19' in 1398: no Solar year near, perhaps a Gregorian one: unsure
    return _solar_day(y, m, d, written)


_SHORT_YEAR_REACH = 10  # years: a two-digit Solar year further from the reference is unsure


def _iso(c, text, ref, lang):
    return _day(int(c.g("y")), int(c.g("m")), int(c.g("d")), "explicit-date",
                "date written in full (year-month-day)")


def _day_month(c, text, ref, lang):
    m, d = lang.months[lang.key(c.g("mon"))], _day_number(c, lang)
    extra = {}
    if c.g("d2"):
        extra["end_day"] = int(c.g("d2"))
    if c.g("y"):
        got = _day(int(c.g("y")), m, d, "explicit-date", "day, month and year as written", extra)
    elif c.g("ry"):
        if ref is None:
            return None
        shift = lang.year_relative[lang.key(c.g("ry"))]
        got = _day(ref.year + shift, m, d, "month-day", f"day and month of the year {shift:+d} "
                   f"from reference {ref}", extra)
    elif ref is None:
        return None
    else:
        t = calendar_tense(text, c.start, c.end, lang)
        found = nearest_month_day(ref, m, d, weekday_before(text, c.start, lang), t,
                                  t == PAST and _clause_told_done(text, c, lang))
        if found is None:
            return None
        day, why = found
        got = day.isoformat(), "day", "month-day", why, extra
    if got and c.g("d2"):
        y, m2 = int(got[0][:4]), int(got[0][5:7])
        if valid_day(y, m2, int(c.g("d2"))):
            extra["end"] = dt.date(y, m2, int(c.g("d2"))).isoformat()
    return got


def _day_number(c, lang) -> int:
    """The day of a day and month: its digits, or its ordinal word ("двадцатого")."""
    return int(c.g("d")) if c.g("d") else lang.day_ordinals[lang.key(c.g("od"))]


def weekday_before(text: str, start: int, lang) -> int | None:
    """A weekday written right before ``start`` ("во вторник, 20 января", "سه‌شنبه ۳۰ دی")."""
    before = lang.key(text[max(0, start - 16):start].rstrip(" ,،"))
    # the longest form first: "یکشنبه" (Sunday) also ends with "شنبه" (Saturday)
    return next((wd for form, wd in sorted(lang.weekdays.items(), key=lambda f: -len(f[0]))
                 if before.endswith(form)), None)


def _month_year(c, text, ref, lang):
    m, y = lang.months[lang.key(c.g("mon"))], int(c.g("y"))
    return f"{y:04d}-{m:02d}", "month", "month-year", "month and year as written", {}


def _month_relative_year(c, text, ref, lang):
    if ref is None:
        return None
    m, shift = lang.months[lang.key(c.g("mon"))], lang.year_relative[lang.key(c.g("ry"))]
    return (f"{ref.year + shift:04d}-{m:02d}", "month", "relative-year",
            f"month of the year {shift:+d} from reference {ref}", {})


def _month_range(c, text, ref, lang):
    """"в январе–сентябре 2023 года", "с января по март": the last month read as a month
    with its year (or a bare one) is; the first is in its year, or in the year before when
    it comes later in the calendar ("с ноября по февраль")."""
    m1, m2 = lang.months[lang.key(c.g("mon1"))], lang.months[lang.key(c.g("mon"))]
    if c.g("y"):
        got = _month_year(c, text, ref, lang)
    elif c.g("ry"):
        got = _month_relative_year(c, text, ref, lang)
    else:
        got = _month(c, text, ref, lang, m2)
    if got is None:
        return None
    y2 = int(got[0][:4])
    y1 = y2 - 1 if m1 > m2 else y2
    return (f"{y1:04d}-{m1:02d}", "month", got[2], f"months {m1} to {m2}: the first; the last, {got[3]}",
            {"end": f"{y2:04d}-{m2:02d}", "end_month": m2})


def _relative_year(c, text, ref, lang):
    if ref is None:
        return None
    if lang.key(c.g("ry")) in lang.solar_relative and not _gregorian_word_after(text, c.end, lang):
        return _solar_current_year_part(c, text, ref, lang)
    shift = lang.year_relative[lang.key(c.g("ry"))]
    return (f"{ref.year + shift:04d}", "year", "relative-year",
            f"{shift:+d} year(s) from reference {ref}", {})


def _relative_month(c, text, ref, lang):
    """"в середине этого месяца": the month counted from the reference's."""
    if ref is None:
        return None
    shift = lang.month_relative[lang.key(c.g("rm"))]
    month = Period("month", ref.year, ref.month).shift("month", shift)
    return (month.value, "month", "relative-month",
            f"{shift:+d} month(s) from reference {ref}", {})


def _year(c, text, ref, lang):
    return c.g("y"), "year", "year", "year as written", {}


def _year_range(c, text, ref, lang):
    """"в 2016–2017 годах", "с 2015 по 2017 год": the first year, the last in ``extra``."""
    y, y2 = c.g("y"), c.g("y2")
    return y, "year", "year", f"years {y} to {y2} as written: the first", {"end": y2, "end_year": int(y2)}


def _day_of_month(c, text, ref, lang):
    """"15-го числа [прошлого месяца]": that day of the month named, else of the latest
    (past) or next (future) month that has it."""
    if ref is None:
        return None
    d, first = int(c.g("d")), dt.date(ref.year, ref.month, 1)
    if c.g("rm"):
        shift = lang.month_relative[lang.key(c.g("rm"))]
        why = f"day {d} of the month {shift:+d} from reference {ref}"
    else:
        past = tense(text, c.start, c.end, lang) == PAST
        shift = (0 if d <= ref.day else -1) if past else (0 if d >= ref.day else 1)
        why = f"day {d} of the {'latest' if past else 'next'} such month from reference {ref}"
    month = Period("month", first.year, first.month).shift("month", shift)
    y, m = int(month.value[:4]), int(month.value[5:7])
    return _day(y, m, d, "day-of-month", why)


@functools.cache
def _next_month_with_year(code: str) -> re.Pattern:
    """A second month with its year right after a bare one ("в августе–сентябре 2016 года",
    "в январе и феврале 2015 г."): the two months share that year."""
    p = language(code).patterns
    return re.compile(rf"\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']}|{p['RANGE_AND']})\s)\s*"
                      rf"(?P<mon>{p['MONTHS']})\s+(?P<y>(?:19|20)\d\d)(?!\d)")


@functools.cache
def _next_season_with_year(code: str) -> re.Pattern:
    """A second season with its year right after one told alone ("летом и осенью 2024 года",
    "весной–летом 2023 г."): the two seasons share that year (as months do,
    ``_next_month_with_year``)."""
    p = language(code).patterns
    return re.compile(rf"\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']}|{p['RANGE_AND']})\s)\s*"
                      rf"(?:{p['SEASON_DATES']})\s+(?P<y>(?:19|20)\d\d)(?!\d)")


@functools.cache
def _year_of_phrase(code: str) -> re.Pattern:
    """The year written in the noun phrase a month's adjective opens, a few words on and
    before any punctuation ("мартовского визита в Москву в 2021 году", "апрельского визита
    прошлого года", "июньского салона «Армия-2022»", an edition's year)."""
    p = language(code).patterns
    return re.compile(rf"(?:\s+[^\W\d_]+){{0,5}}?\s+"
                      rf"(?:(?P<y>(?:19|20)\d\d)(?!\d)(?=-[^\W\d_]|\s*(?:{p['YEAR_WORDS']})(?!\w))"
                      rf"|(?P<ry>{p['YEAR_RELATIVE']})(?!\w)"
                      rf"|«[^»\n]{{1,40}}?[-–\s](?P<ey>(?:19|20)\d\d)»)")


def _month_adjective(c, text, ref, lang):
    """"в ходе апрельского визита": the month of the adjective, read as the bare month;
    in the year its noun phrase writes, if it writes one ("в ходе мартовского визита в
    Москву в 2021 году": 2021-03)."""
    m = lang.month_adjectives[lang.key(c.g("adj"))]
    year = _year_of_phrase(lang.code).match(lang.normalise(text), c.end)
    if year and lang.past.search(lang.normalise(text[c.end:year.start(year.lastgroup)])):
        year = None  # a verb between: the year is of the clause's act, not of the phrase
    if year and (year.group("y") or year.group("ey")):
        y = int(year.group("y") or year.group("ey"))
        return f"{y:04d}-{m:02d}", "month", "month-year", "month of the adjective, year of its phrase", {}
    if year and ref is not None:
        y = ref.year + lang.year_relative[lang.key(year.group("ry"))]
        return (f"{y:04d}-{m:02d}", "month", "relative-year",
                f"month of the adjective, of the year named from reference {ref}", {})
    return _month(c, text, ref, lang, m)


def _month(c, text, ref, lang, m=None):
    m = m or lang.months[lang.key(c.g("bare"))]
    pair = _next_month_with_year(lang.code).match(lang.normalise(text), c.end)
    if pair:
        second = lang.months[lang.key(pair.group("mon"))]
        y = int(pair.group("y")) - (1 if second < m else 0)  # "в ноябре–январе 2016": 2015
        return (f"{y:04d}-{m:02d}", "month", "month",
                f"the month before '{pair.group(0).strip()}', in its year", {})
    if ref is None:
        return None
    t = calendar_tense(text, c.start, c.end, lang)
    lo, hi = (-11, 0) if t == PAST else (0, 11)  # the tense here is past unless said future
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1)
             if lo <= (y - ref.year) * 12 + m - ref.month <= hi] or [ref.year]
    y = min(years, key=lambda yy: abs((yy - ref.year) * 12 + m - ref.month))
    how = "looking back from" if t == PAST else "looking ahead from"
    return f"{y:04d}-{m:02d}", "month", "month", f"the month {how} reference {ref}", {}


def _season(c, text, ref, lang):
    """A season told alone ("весной"): the latest such season for a past act, the next
    for a plan, as a month without its year (``_month``); the act is dated to that season's
    year, as a season with its year written is."""
    pair = _next_season_with_year(lang.code).match(lang.normalise(text), c.end)
    if pair:  # "летом и осенью 2024 года": the two seasons share that year
        return (pair.group("y"), "year", "season",
                f"the season before '{pair.group(0).strip()}', in its year", {})
    if ref is None:
        return None
    name = lang.season_dates[lang.key(c.g("season"))]
    period, rule, reason = season_period(ref, name, "", calendar_tense(text, c.start, c.end, lang))
    return (f"{period.year:04d}", "year", rule,
            f"{reason}; the season {period.value} is in {period.year:04d}", {})


def _ends_stretch(text, start, lang) -> bool:
    """The weekday at ``start`` comes right after the language's "until" («تا یکشنبه») and
    ends a stretch no weekday before it starts (not «از شنبه تا دوشنبه»: a range's end, read
    as its start is, as in English)."""
    window = max(0, start - 24)
    found = list(lang.bounds_until.finditer(lang.normalise(text[window:start])))
    if not found:
        return False
    found = found[-1]
    before = text[max(0, window + found.start() - 24):window + found.start()].split()
    return not (before and lang.key(before[-1]) in lang.weekdays)


def _weekday(c, text, ref, lang):
    if ref is None:
        return None
    wd = lang.weekdays[lang.key(c.g("wd"))]
    if c.g("eve"):
        wd = (wd - 1) % 7  # "شب جمعه", the eve of Friday: Thursday night
    week = None if lang.week_start is None else _week_next_to(c, text, lang)
    if week is not None:
        # "в четверг на прошлой неделе": that weekday of the week named next to it
        first = ref - dt.timedelta(days=(ref.weekday() - lang.week_start) % 7, weeks=-week)
        day = first + dt.timedelta(days=(wd - lang.week_start) % 7)
        return (day.isoformat(), "day", "weekday-of-week",
                f"{DAY_NAMES[wd]} of the week {week:+d} from reference {ref}", {})
    if tense(text, c.start, c.end, lang) == FUTURE:
        day, rule, how = weekday_on_or_after(ref, wd), "weekday-future", "on or after"
    elif _ends_stretch(text, c.start, lang) and \
            calendar_tense(text, c.start, c.end, lang) == FUTURE:
        # "نمایشگاه تا یکشنبه ادامه می‌یابد": a stretch going on in the present ends ahead
        day, rule, how = weekday_on_or_after(ref, wd), "weekday-future", "on or after"
    elif lang.weekday_last.search(lang.normalise(text[max(0, c.start - 16):c.start])):
        # "в прошлую пятницу": before the day of writing, never the day itself
        day, rule, how = weekday_on_or_before(ref, wd, strict=True), "weekday-last", "before"
    else:
        day, rule, how = weekday_on_or_before(ref, wd), "weekday-past", "on or before"
    eve = f" (the eve of {DAY_NAMES[(wd + 1) % 7]})" if c.g("eve") else (
        " (from the midnight that begins it)" if c.g("midnight") else "")
    return day.isoformat(), "day", rule, f"{DAY_NAMES[wd]}{eve} {how} reference {ref}", {}


def _week_next_to(c, text: str, lang) -> int | None:
    """The week a phrase right before or after a weekday names ("на прошлой неделе в
    четверг", "в четверг на прошлой неделе"), counted from the week of writing; None when
    there is none (a weekend is no week of days)."""
    before, after = text[max(0, c.start - 32):c.start], text[c.end:c.end + 32]
    before = re.split(r"[.!?؟\n]", before)[-1]  # within the weekday's sentence
    after = re.split(r"[.!?؟\n]", after)[0]
    # the week may be the mention's own last words ("یکشنبه هفته گذشته": ``lexical._with_week``)
    window = lang.normalise(f"{before} {text[c.start:c.end]} {after}")
    for found in re.finditer(rf"(?<!\w)(?:{lang.patterns['RELATIVE']})(?!\w)", window):
        unit, shift = lang.relative.get(lang.key(found.group()), (None, 0))
        if unit == "week" and "выходн" not in found.group():
            return shift
    return None


def _day_word(c, text, ref, lang):
    if ref is None or _eve_of_occasion(c, text, lang):
        return None
    shift = lang.day_words[lang.key(c.g("dw"))]
    day = ref + dt.timedelta(days=shift)
    return day.isoformat(), "day", "day-word", f"{shift:+d} day(s) from reference {ref}", {}


def _eve_of_occasion(c, text, lang) -> bool:
    """A day word used as the preposition of an occasion (``EVE_OF``: "накануне учений",
    "накануне саммита"): the eve of the thing named, no day counted from the writing."""
    if lang.key(c.g("dw")) not in lang.eve_of:
        return False
    after = re.match(r"\s+([^\W\d_]+)", text[c.end:c.end + 40])
    if after is None or not after.group(1)[0].islower():
        return False  # "Накануне Путин заявил": a name is the subject, the day word an adverb
    word = lang.normalise(after.group(1))
    if lang.past.match(word):
        return False
    return any(word.startswith(stem) for stem in (*lang.kinds, *lang.occasions))


def _relative(c, text, ref, lang):
    if ref is None:
        return None
    unit, shift = lang.relative[lang.key(c.g("rel"))]
    if lang.key(c.g("rel")) in lang.solar_relative and not _gregorian_word_after(text, c.end, lang):
        return _solar_current(unit, c, text, ref, lang)
    if unit == "weekend":
        # "в минувшие выходные": two days, told as the first, the Saturday, approximately
        day = (weekday_on_or_before(ref, 5, strict=True) if shift < 0 else
               weekday_on_or_after(ref, 5, strict=shift > 0))
        return (day.isoformat(), "day", "relative-weekend",
                f"the Saturday of the weekend {shift:+d} from reference {ref}", {"approximate": True})
    period = {"year": Period("year", ref.year), "month": Period("month", ref.year, ref.month),
              "week": Period.of_week(ref)}[unit].shift(unit, shift)
    return (period.value, period.precision, f"relative-{unit}",
            f"{shift:+d} {unit}(s) from reference {ref}", {})


def counted(c, ref: dt.date, lang, sign: int) -> tuple[int, str, str, str]:
    """A count of units ("три дня", "через неделю") before (``sign`` -1) or after (+1) the
    reference: ``(n, unit, value, precision)``; weeks as days, months and years as the month
    or year they count to."""
    n = int(c.g("n")) if c.g("n") else lang.number_words.get(lang.key(c.g("nw") or ""), 1)
    unit = lang.ago_units[lang.key(c.g("unit"))]
    if unit in ("day", "week"):
        return n, unit, (ref + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))).isoformat(), "day"
    if unit == "month":
        return n, unit, Period("month", ref.year, ref.month).shift("month", sign * n).value, "month"
    return n, unit, f"{ref.year + sign * n:04d}", "year"


def _ago(c, text, ref, lang):
    """"три дня назад": the day that many days before the reference; weeks as days
    (approximate), months and years as the month or year they count back to."""
    if ref is None:
        return None
    n, unit, value, precision = counted(c, ref, lang, -1)
    extra = {"approximate": unit == "week"} if precision == "day" else {}
    return value, precision, "ago", f"{n} {unit}(s) before reference {ref}", extra


def _solar_numeric(c, text, ref, lang):
    if solar.numeric_solar(int(c.g("sy")), int(c.g("m")), int(c.g("d"))) is None:
        return None  # no such day, or a lunar Hijri date ("۱۴۴۵/۰۹/۲۳")
    return _solar_day(int(c.g("sy")), int(c.g("m")), int(c.g("d")), c.text)


def _solar_day(y: int, m: int, d: int, written: str):
    day = solar.to_gregorian(y, m, d)
    if day is None:
        return None
    return (day.isoformat(), "day", "solar-date",
            f"Solar Hijri {y}/{m}/{d} ('{written}') is {day} (jdatetime)", {"solar": written})


def _solar_day_month(c, text, ref, lang):
    m, d = lang.solar_months[lang.key(c.g("smon"))], _day_number(c, lang)
    if c.g("sy"):
        return _solar_day(int(c.g("sy")), m, d, c.text)
    if ref is None:
        return None
    if c.g("ry"):  # "۱۷ شهریور ماه سال جاری": the Solar year counted from the reference
        got = _solar_day(solar.solar_year_of(ref) + lang.year_relative[lang.key(c.g("ry"))],
                         m, d, c.text)
        return got and (*got[:3], f"{got[3]}, its year counted from reference {ref}", got[4])
    past = calendar_tense(text, c.start, c.end, lang) == PAST
    year = solar.solar_year_of(ref)
    days = [(solar.to_gregorian(y, m, d), y) for y in (year - 1, year, year + 1)]
    days = [(g, y) for g, y in days if g is not None]
    wd = weekday_before(text, c.start, lang)
    # "سه‌شنبه ۲۲ آبان": the year in which that day is a Tuesday, even a day past the
    # reference (a report dated in Tehran of a day already begun in Pyongyang)
    fitting = [x for x in days if wd is not None and x[0].weekday() == wd]
    pool = fitting or [x for x in days if (x[0] <= ref if past else x[0] >= ref)] or days
    day, y = min(pool, key=lambda x: abs((x[0] - ref).days))
    on = f", a {DAY_NAMES[wd]}" if fitting else ""
    return (day.isoformat(), "day", "solar-month-day",
            f"Solar Hijri {m}/{d} of {y}, nearest reference {ref}{on}: {day} (jdatetime)",
            {"solar": c.text})


def _solar_range(c, text, ref, lang):
    """"۱۵ تا ۱۹ مهر": the first day read as a Solar day and month is, the last in the same
    Solar month and year."""
    got = _solar_day_month(c, text, ref, lang)
    if got is None:
        return None
    first = dt.date.fromisoformat(got[0])
    end = solar.to_gregorian(solar.solar_year_of(first), lang.solar_months[lang.key(c.g("smon"))],
                             int(c.g("d2")))
    if end is None:
        return None
    return (*got[:4], {**got[4], "end": end.isoformat(), "end_day": int(c.g("d2"))})


def _month_part(c, text, ref, lang):
    """"هفته دوم اکتبر": the month as read alone (``lexical_parts``), then its part."""
    m = lang.months[lang.key(c.g("mon"))]
    read = _month_year if c.g("y") else _month_relative_year if c.g("ry") else _month
    got = read(c, text, ref, lang) if read is not _month else _month(c, text, ref, lang, m)
    if got is None:
        return None
    y = int(got[0][:4])
    first, last = dt.date(y, m, 1), dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return lexical_parts.of_days(first, last, *lexical_parts.nth_part(c, lang), c.text)


def _solar_month_part(c, text, ref, lang):
    """"نیمه اول اسد": the Solar month's year as written or nearest the reference, then its part."""
    m = lang.solar_months[lang.key(c.g("smon"))]
    if c.g("sy"):
        y = int(c.g("sy"))
    elif ref is None:
        return None
    else:
        y = _nearest_solar_year(c, text, ref, lang, m)[0]
    first, last = solar.solar_month_span(y, m)
    return lexical_parts.of_days(first, last, *lexical_parts.nth_part(c, lang), c.text,
                                 {"solar": c.text, "approximate": True})


def _solar_month_year(c, text, ref, lang):
    return _solar_month(int(c.g("sy")), c, lang, "")


def _solar_month_relative_year(c, text, ref, lang):
    if ref is None:
        return None
    shift = lang.year_relative[lang.key(c.g("ry"))]
    return _solar_month(solar.solar_year_of(ref) + shift, c, lang,
                        f" (Solar Hijri year {shift:+d} from reference {ref})")


# The day of a Solar Hijri month that its part stands for ("اوایل اسفند": its 5th day).
_PART_DAY = {"START": 5, "MID": 15, "END": 25}


def _solar_month(y: int, c, lang, why: str, m: int | None = None, until: dt.date | None = None):
    """A Solar Hijri month as the Gregorian month most of it falls in, or, for a part of
    it ("اوایل", "اواخر"), the Gregorian month of that part; with ``until`` (a past act in
    the current month), only its days up to that day count."""
    m = m or lang.solar_months[lang.key(c.g("smon"))]
    first, last = solar.solar_month_span(y, m)
    if until is not None and until < last:
        last, why = max(first, until), f"{why} up to the reference (a past act)"
    mod = lang.modifiers.get(lang.key(c.g("mod"))) if c.g("mod") else None
    if mod:
        day = min(first + dt.timedelta(days=_PART_DAY[mod] - 1), last)
        gy, gm, how = day.year, day.month, f"its {_MODS[mod].split()[1]} ({day}) in"
    else:
        (gy, gm), how = solar.majority_month(first, last), "most of it in"
    return (f"{gy:04d}-{gm:02d}", "month", "solar-month",
            f"Solar Hijri month {y}/{m}{why} runs {first} to {last}; {how} {gy}-{gm:02d}",
            {"solar": c.text, "approximate": True, "first": first.isoformat(),
             "last": last.isoformat()})


def _gregorian_word_after(text: str, end: int, lang) -> bool:
    """A Gregorian word right after a phrase ("سال جاری میلادی"): its calendar is named."""
    after = lang.normalise(text[end:end + 24]).lstrip()
    return any(re.match(rf"{re.escape(w)}(?![\w\u200c])", after) for w in lang.year_words)


def _clause_told_done(text: str, c, lang) -> bool:
    """Whether the date's own clause tells a done act: a past verb in it and nothing that
    looks ahead ("Корабль прибыл во Владивосток 2 июля", "ناو ۲ ژوئیه وارد بندر شد"); not the
    day a plan is for ("перенесли на 2 июля": ``PLAN_PERIOD``), nor a clause whose past verb
    says, announces, invites, decides or puts off ("пригласил на парад 2 июля")."""
    left, right = clause_span(text, c.start, c.end, CLAUSE_END)
    clause = lang.normalise(text[left:right])
    if any(p.search(clause) for p in (lang.speech_verbs, lang.announces, lang.governs_ahead,
                                      lang.conditional)):
        return False  # said, announced, invited, decided, put off, or would have: not done
    return bool(lang.past.search(clause)) and not lang.future_cues.search(clause) \
        and not lang.plan_period.search(lang.normalise(text[max(left, c.start - 20):c.start]))


def _own_verb_past(text: str, c, lang) -> bool:
    """Whether the verb of the date's own clause is a past: the verb that ends it after the
    date, before a «که» that opens another ("… اعلام کرد رزمایش … اواخر ماه جاری برگزار
    می‌شود" is a plan told in the past; "قرار بود … اواخر ماه جاری تحویل داده شود" too)."""
    _, right = clause_span(text, c.start, c.end, CLAUSE_END)
    own = lang.normalise(text[c.end:right])
    opened = lang.that_word.search(own)
    own = own[:opened.start()] if opened else own
    return bool(lang.past.search(own) or lang.speech_verbs.search(own))


def _solar_current(unit: str, c, text: str, ref: dt.date, lang):
    """"ماه جاری", "سال جاری": the Solar Hijri month or year of the reference, as a Solar month
    or year written out is read (the Gregorian month or year most of it falls in). A past act
    told so lies between the Solar month's (year's) first day and the reference: the Gregorian
    month (year) most of that part falls in, never after the reference."""
    y, m = solar.solar_month_of(ref)
    past = calendar_tense(text, c.start, c.end, lang) == PAST and _own_verb_past(text, c, lang)
    if unit == "month":
        return _solar_month(y, c, lang, f" (the current one, of reference {ref})", m,
                            until=ref if past else None)
    first, last = solar.solar_year_span(y)
    if past:
        last = min(last, ref)  # most of any part from 1 Farvardin on lies in its first year
    return (str(first.year), "year", "solar-year",
            f"the current Solar Hijri year {y} (of reference {ref}) runs {first} to {last}; "
            f"most of it in {first.year}{' (a past act: up to the reference)' if past else ''}",
            {"solar": c.text, "approximate": True, "first": first.isoformat(),
             "last": last.isoformat()})


# A part of a year ("اوایل", "اواسط", "اواخر" سال جاری): the day that stands for it, counted in
# days from the year's first day (or back from its last), as a month's parts are (_PART_DAY)
_YEAR_PART_DAYS = {"START": 45, "END": -45}


def _solar_current_year_part(c, text: str, ref: dt.date, lang):
    """"اواخر سال جاری": the part of the Solar Hijri year of the reference, as the Gregorian
    month of the day that stands for it (approximate, with the Solar year's first and last day);
    for a past act, never after the reference."""
    mod = lang.modifiers.get(lang.key(c.g("mod"))) if c.g("mod") else None
    if mod is None:
        return _solar_current("year", c, text, ref, lang)
    y = solar.solar_month_of(ref)[0]
    first, last = solar.solar_year_span(y)
    shift = _YEAR_PART_DAYS.get(mod)
    day = (first + (last - first) / 2 if shift is None else
           first + dt.timedelta(days=shift) if shift > 0 else last + dt.timedelta(days=shift))
    if calendar_tense(text, c.start, c.end, lang) == PAST and _own_verb_past(text, c, lang):
        day = min(day, ref)
    return (f"{day.year:04d}-{day.month:02d}", "month", "solar-year-part",
            f"the current Solar Hijri year {y} (of reference {ref}), which runs {first} to "
            f"{last}: its {_MODS[mod].split()[1]} around {day}",
            {"solar": c.text, "approximate": True, "first": first.isoformat(),
             "last": last.isoformat()})


def _solar_bare_month(c, text, ref, lang):
    """"مرداد ماه" with no year: the nearest such Solar month looking back from the
    reference (ahead in a sentence about the future), as a bare Gregorian month is read."""
    if ref is None:
        return None
    y, why = _nearest_solar_year(c, text, ref, lang, lang.solar_months[lang.key(c.g("smon"))])
    return _solar_month(y, c, lang, why)


def _nearest_solar_year(c, text, ref, lang, m: int) -> tuple[int, str]:
    """The Solar year of the nearest month ``m`` looking back from the reference (ahead in
    a sentence about the future), and why."""
    past = calendar_tense(text, c.start, c.end, lang) == PAST
    year = solar.solar_year_of(ref)
    spans = [(y, *solar.solar_month_span(y, m)) for y in (year - 1, year, year + 1)]
    pool = [s for s in spans if (s[1] <= ref if past else s[2] >= ref)] or spans
    y = min(pool, key=lambda s: abs((s[1] - ref).days))[0]
    how = "looking back from" if past else "looking ahead from"
    return y, f", the nearest {how} reference {ref}"


def _solar_cross_range(c, text, ref, lang):
    """"۲۹ مهر تا ۲ آبان": the end's Solar year as written or that of its month nearest the
    reference; the start in it, or in the year before when its month comes later."""
    m1, m2 = lang.solar_months[lang.key(c.g("smon1"))], lang.solar_months[lang.key(c.g("smon"))]
    if c.g("sy"):
        y2 = int(c.g("sy"))
    elif ref is None:
        return None
    else:
        y2 = _nearest_solar_year(c, text, ref, lang, m2)[0]
    got = _solar_day(y2 - 1 if m1 > m2 else y2, m1, int(c.g("d")), c.text)
    end = solar.to_gregorian(y2, m2, int(c.g("d2")))
    if got is None or end is None:
        return None
    return (*got[:4], {**got[4], "end": end.isoformat(), "end_day": int(c.g("d2"))})


def _solar_month_range(c, text, ref, lang):
    """"از مهر تا آذر ۱۴۰۲", "مهر تا آذر ماه": the first Solar month as a month is read, in
    the last's year (the year before when it comes later), the last as ``end``."""
    m1, m2 = lang.solar_months[lang.key(c.g("smon1"))], lang.solar_months[lang.key(c.g("smon"))]
    if c.g("sy"):
        y2, why = int(c.g("sy")), ""
    elif ref is None:
        return None
    else:
        y2, why = _nearest_solar_year(c, text, ref, lang, m2)
    first = _solar_month(y2 - 1 if m1 > m2 else y2, c, lang, why, m1)
    last = _solar_month(y2, c, lang, why, m2)
    return (*first[:4], {**first[4], "end": last[0], "end_month": int(last[0][5:7])})


def _solar_year(c, text, ref, lang):
    y = int(c.g("sy"))
    first, last = solar.solar_year_span(y)
    return (str(first.year), "year", "solar-year",
            f"Solar Hijri year {y} runs {first} to {last}; most of it in {first.year}",
            {"solar": c.text, "approximate": True, "first": first.isoformat(),
             "last": last.isoformat()})


def _solar_year_range(c, text, ref, lang):
    """"از سال ۱۳۹۵ تا ۱۳۹۸": the first Solar year as a Solar year is read, the last's
    Gregorian year (that most of it falls in) as ``end``."""
    got = _solar_year(c, text, ref, lang)
    first, last = solar.solar_year_span(int(c.g("sy2")))
    return (*got[:4], {**got[4], "last": last.isoformat(), "end": str(first.year),
                       "end_year": first.year})


_HANDLERS = {"numeric": _numeric, "numeric-short": _numeric_short, "iso": _iso, "range": _day_month, "cross-range": _cross_range, "day-month": _day_month,
             "month-year": _month_year, "month-range": _month_range, "month-relative-year": _month_relative_year,
             "relative-year": _relative_year, "relative-month": _relative_month, "year": _year, "year-range": _year_range,
             "day-of-month": _day_of_month, "month": _month, "season": _season, "month-adjective": _month_adjective,
             "weekday": _weekday,
             "day-word": _day_word, "relative": _relative, "ago": _ago, "solar-numeric": _solar_numeric,
             "solar-day-month": _solar_day_month, "solar-range": _solar_range, "solar-cross-range": _solar_cross_range, "solar-month-range": _solar_month_range, "solar-month-first": _solar_day_month,
             "solar-month-year": _solar_month_year,
             "solar-month-relative-year": _solar_month_relative_year,
             "solar-year": _solar_year, "solar-year-range": _solar_year_range, "solar-month": _solar_bare_month,
             "solar-month-named": _solar_bare_month, "month-named": _month,
             "month-part": _month_part, "solar-month-part": _solar_month_part}
