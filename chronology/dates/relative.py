"""Relative expressions: weekdays, "yesterday", "last month", "two days later", "in March".

Every function takes a candidate and the resolver state and returns
``(Period, rule, reason)`` (optionally a fourth item, the anchor date), or a
``(value, rule, reason)`` triple for values that are not calendar periods, or None.
"""

from __future__ import annotations

import datetime as dt
import re

from chronology.dates import context
from chronology.dates.context import FUTURE, PAST
from chronology.dates.patterns import (
    ELIDED_UNIT,
    WEEKDAY_ABBR,
    WEEKDAYS,
    number,
    spelled_year,
    weekday,
)
from chronology.dates.periods import holiday_period, quarter_period, season_period
from chronology.dates.timeml import (
    Period,
    valid_day,
    weekday_on_or_after,
    weekday_on_or_before,
)
from chronology.languages import en, en_grammar

DECADE_DIGIT = en_grammar.RELATIVE_DECADE_DIGIT
CENTURY_WORDS = en_grammar.RELATIVE_CENTURY_WORDS
MONTH_NAMES = tuple(names[0] for names in en.MONTH_NAMES)  # reasons are written in English
DAY_NAMES = tuple(d.title() for d in sorted(en.WEEKDAYS, key=en.WEEKDAYS.__getitem__))
FINENESS = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "season": 3,
            "half": 4, "year": 5, "decade": 6, "century": 7}
_BACK = en_grammar.RELATIVE_BACK
_AHEAD = en_grammar.RELATIVE_AHEAD
# Days around the reference a month-day may fall in: mostly behind it in a past context,
# mostly ahead in a future one (news rarely says "March 5" for a date 10 months away).
_WINDOW = {PAST: (-330, 31), FUTURE: (-31, 330)}
# A day its own past verb tells an act done on ("the deal was signed on July 2") is not weeks
# after the story's date; a few days after it, the page's date may be the one that slipped
# (a late upload, a wrong stamp), and the day stays in its year.
_DONE_AHEAD_DAYS = 7
# A past verb never names a month two or more ahead of the story's date, a future verb never
# one two or more behind it ("ratified in June", told in April, is last June).  The month
# next to the story's own stays in its year whatever the tense guess says: the guess reads
# words, not grammar, and is wrong most often there ("approved a plan to cut subsidies in
# April", told in March; "February retail sales are expected to rise", told in March).
_MONTH_WINDOW = {PAST: (-11, 1), FUTURE: (-1, 11)}


def _against_tense(year: int, ref: dt.date, month: int, tense: str | None,
                   done: bool = False) -> bool:
    """The month next to the story's own keeps the story's year whatever the tense says
    ("approved a plan to cut subsidies in April", told in March), but not across the turn of
    the year: "sent troops in January", told in December, is this January, not the next; nor
    when the month is the time of a ``done`` act, told by its own past verb ("arrived in
    China in July", told in June, is last July)."""
    offset = (year - ref.year) * 12 + month - ref.month
    return (year != ref.year or done) and (tense == PAST and offset > 0
                                           or tense == FUTURE and offset < 0)


def _norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def nearest_month_day(ref: dt.date, m: int, d: int, wd: int | None, tense: str | None,
                      done: bool = False):
    """The ``m``/``d`` nearest ``ref`` in the tense's direction (and on weekday ``wd`` if one
    fits; with ``done``, the day of an act its own past verb tells, not after ``ref``):
    returns ``(date, reason)`` or None for an impossible day."""
    days = [dt.date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1) if valid_day(y, m, d)]
    if not days:
        return None
    note = ""
    lo, hi = _WINDOW.get(tense, (-240, 125))
    if done and tense == PAST:
        lo, hi = -366, _DONE_AHEAD_DAYS
    window = [x for x in days if lo <= (x - ref).days <= hi] or days
    if wd is not None:
        # the weekday picks among the years the tense allows; one that fits only a year the
        # tense rules out ("said on Saturday, August 24", past, when the 24th is a Friday)
        # is a slip of the text, not a reason to jump a year
        fitting = [x for x in window if x.weekday() == wd]
        if fitting:
            window, note = fitting, f", a {DAY_NAMES[wd]}"
        else:
            note = f"; note: it is not a {DAY_NAMES[wd]} in the year the tense allows"
    pool = window
    day = min(pool, key=lambda x: (abs((x - ref).days), x))
    how = {PAST: "looking back from", FUTURE: "looking ahead from"}.get(tense, "nearest to")
    return day, f"{MONTH_NAMES[m - 1]} {d} {how} reference {ref.isoformat()}{note}" + (
        f" ({tense} tense)" if tense else "")


_RELYEAR = en_grammar.RELATIVE_RELYEAR


def month_without_year(ref: dt.date, m: int, rel: str | None, relyear: str | None,
                       tense: str | None, infinitive: bool = False,
                       done: bool = False) -> tuple[Period, str]:
    """A month named without a year: "in March", "last March", "March last year"; with
    ``infinitive``, the month of an act an infinitive tells ("agreed to deliver the jets in
    January"), which may lie ahead of a past verb across the turn of the year; with ``done``,
    the month of an act its own past verb tells ("arrived in China in July")."""
    rel, name = _norm(rel), MONTH_NAMES[m - 1]
    if relyear:
        y = ref.year + _RELYEAR[_norm(relyear)]  # "November of last year"
        return Period("month", y, m), f"{name} of {relyear.lower()} year ({y})"
    if rel in ("last", "past", "previous"):
        # The month just gone is "last month" or "in February": "last February", told in
        # March, is a year before it ("this past February" is the one just gone).
        y = ref.year if m < ref.month - (rel == "last") else ref.year - 1
        how = "the last " + name + " before"
    elif rel in ("next", "coming"):
        y = ref.year if m > ref.month else ref.year + 1
        how = "the next " + name + " after"
    elif rel == "this":
        y, how = ref.year, name + " of the year of"
    else:
        lo, hi = _MONTH_WINDOW.get(tense, (-8, 4))
        years = [yy for yy in (ref.year - 1, ref.year, ref.year + 1)
                 if lo <= (yy - ref.year) * 12 + m - ref.month <= hi
                 and (infinitive or not _against_tense(yy, ref, m, tense, done))] or [ref.year]
        y = min(years, key=lambda yy: (abs((yy - ref.year) * 12 + m - ref.month), yy != ref.year))
        offset = (y - ref.year) * 12 + m - ref.month
        against = tense == PAST and offset > 0 or tense == FUTURE and offset < 0
        how = f"the {name} " + ("next to the month of" if against else {
            PAST: "looking back from", FUTURE: "looking ahead from"}.get(tense, "nearest to"))
    return Period("month", y, m), f"{how} reference {ref.isoformat()}"


_GENERIC_NOUNS = "|".join(en.GENERIC_TODAY_NOUNS)
_GENERIC_AFTER = re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{_GENERIC_NOUNS})\b", re.IGNORECASE)
_GENERIC_BEFORE = re.compile(rf"\b(?:{_GENERIC_NOUNS})\s+of\s+$", re.IGNORECASE)


def day_word(c, s):
    """today, tonight, yesterday, tomorrow, the day before yesterday; "today" of an age
    or a way of life ("today's world", "the youth of today") is the present in general."""
    ref = s.reference
    word = _norm(c.g("dwx") or c.g("dw"))
    if word == "today" and not c.g("pre") and not c.g("part") and (
            _GENERIC_AFTER.match(s.text, c.end)
            or _GENERIC_BEFORE.search(s.text, max(0, c.start - 30), c.start)):
        return "PRESENT_REF", "today-generic", f"'{c.text}' of an age, not a day: the present"
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "before yesterday": -2, "after tomorrow": 2}[word]
    day = ref + dt.timedelta(days=shift)
    return Period.of_day(day), word.replace(" ", "-"), f"{shift:+d} day(s) from reference {ref}"


def day_part(c, s):
    """"this morning" (the reference's own), "last night" (the night before it)."""
    word, part = c.g("dpr").lower(), c.g("dpart")
    shift = en.DAY_PART_FROM_TODAY[word][0]
    day = s.reference + dt.timedelta(days=shift)
    return Period.of_day(day), f"{word}-{part}", \
        f"the {part} of {shift:+d} day(s) from reference {s.reference}"


def weekday_mention(c, s):
    """A weekday: the one before the reference in a past context, after it in a future one."""
    ref, wd, rel = s.reference, weekday(c.g("wd")), _norm(c.g("rel"))
    name = DAY_NAMES[wd]
    # "on Tuesday last week": the Tuesday of that (ISO) week.  Not Sunday, the last day of
    # an ISO week but the first of a week that starts on Sunday: left to the tense.
    if c.g("wkrel") and wd != 6:
        n = {"last": -1, "this": 0, "next": 1}[_norm(c.g("wkrel"))]
        monday = ref - dt.timedelta(days=ref.weekday() - 7 * n)
        day = monday + dt.timedelta(days=wd)
        return Period.of_day(day), "weekday-of-week", \
            f"{name} of {c.g('wkrel').lower()} week (reference {ref.isoformat()})"
    if c.g("seq"):
        return _weekday_in_sequence(c, s, wd)
    if not rel and (sequel := _after_a_day(c, s, wd)) is not None:
        return sequel
    before = s.text[max(0, c.start - 8) : c.start].lower()
    tense = PAST if rel in ("last", "past", "previous", "earlier") or before.endswith(
        "since ") else context.tense(s.text, c.start, c.end, deadlines=False)
    if tense is None and not rel and _ends_stretch(s.text, c.start):
        tense = FUTURE  # "the exhibition runs until Sunday": a stretch still going on ends ahead
    if rel in ("last", "past", "previous"):
        day, rule, how = weekday_on_or_before(ref, wd, strict=True), "weekday-last", "before"
    elif rel in ("next", "coming"):
        day, rule, how = weekday_on_or_after(ref, wd, strict=True), "weekday-next", "after"
    elif tense == FUTURE:
        day, rule, how = weekday_on_or_after(ref, wd), "weekday-future", "on or after"
    else:
        day, rule, how = weekday_on_or_before(ref, wd), "weekday-past", "on or before"
    why = f"{name} {how} reference {ref.isoformat()}" + (f" ({tense} tense)" if tense else "")
    return Period.of_day(day), rule, why


# A day told right before an "after" ("before") phrase that ends in a weekday: "arrives in
# Paris on Monday after talks in Berlin on Sunday", "the drills end on Friday after starting
# on Monday", "was freed on Friday, before a hearing on Tuesday" (no clause between).
_SEQUEL = re.compile(r"\s*,?\s+(?P<word>" + "|".join(en.SEQUEL_WORDS) + r")\s+(?:[\w'’-]+\s+){0,5}?"
                     r"(?:on\s+)?$", re.IGNORECASE)


def _after_a_day(c, s, wd: int):
    """The weekday of an "after" ("before") phrase right after a day told: the last such
    weekday before that day (the first after it), whatever the tense: the phrase tells an act
    next to the day's ("is expected in Paris on Monday after talks in Berlin on Sunday": the
    Sunday before that Monday, ahead of the story too); else None."""
    if not s.last:
        return None
    start, period, text = s.last[-1]
    found = _SEQUEL.match(s.text, start + len(text), c.start)
    if period.kind != "day" or found is None or found.end() != c.start:
        return None
    day = period.first_day()
    if found.group("word").lower() in en.SEQUEL_WORDS[:1]:
        found_day, how = weekday_on_or_before(day, wd, strict=True), "before"
    else:
        found_day, how = weekday_on_or_after(day, wd, strict=True), "after"
    return (Period.of_day(found_day), "weekday-chained",
            f"the {DAY_NAMES[wd]} {how} '{text}' ({day.isoformat()}), told next to it")


# "runs until Sunday", "stays through Friday" (not "Monday through Wednesday": a range)
_UNTIL = re.compile(r"(?:(?P<word>[\w.]+)\s+)?(?:" + "|".join(en.UNTIL_WORDS) + r")\s+$",
                    re.IGNORECASE)


_GOES_ON = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in en.STRETCH_GOES_ON)
                      + r")\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")


def _ends_stretch(text: str, start: int) -> bool:
    """The weekday at ``start`` ends a stretch ("until Sunday", "through Friday") that no
    weekday before it starts, and a present, progressive or future word in its clause tells
    the stretch still going on ("runs until Sunday", "is closed until Monday"; not "shut …
    until Sunday": no tense found is no cue)."""
    found = _UNTIL.search(text, max(0, start - 30), start)
    word = (found["word"] or "").lower().rstrip(".") if found else ""
    if not found or word in WEEKDAYS or word in WEEKDAY_ABBR:
        return False
    left = max(context.sentence_bounds(text, start, start)[0], found.start() - 90)
    breaks = list(_CLAUSE_BREAK.finditer(text, left, found.end()))
    return bool(_GOES_ON.search(text, breaks[-1].end() if breaks else left, found.end()))


def day_of_month(c, s):
    """"on the 25th": that day of the reference's month, or of the month before (after) it
    when the day is still to come (is gone) and the tense points back (ahead)."""
    if c.g("domrel"):
        return _day_of_named_month(c, s)
    if c.g("wdday"):
        return _day_of_weekday(c, s)
    ref, d = s.reference, int(c.g("dayonly"))
    base = _told_base(s)
    if base is not None and base[0].kind in ("day", "month") and base[0].month:
        # "began talks on March 3 and ended them on the 25th": the month just told
        y, m = base[0].year, base[0].month
        if valid_day(y, m, d) and (base[0].kind == "month" or d > base[0].day):
            return Period("day", y, m, d), "day-of-month", \
                f"day {d} of the month told before, '{base[1]}'"
    ahead = context.tense(s.text, c.start, c.end) == FUTURE
    step = 1 if ahead else -1
    y, m = ref.year, ref.month
    for _ in range(3):  # the nearest month that has the day, in the tense's direction
        if valid_day(y, m, d) and (dt.date(y, m, d) >= ref if ahead else dt.date(y, m, d) <= ref):
            how = "on or after" if ahead else "on or before"
            return Period("day", y, m, d), "day-of-month", \
                f"day {d} of the nearest month {how} reference {ref.isoformat()}"
        y, m = (y + (m + step - 1) // 12, (m + step - 1) % 12 + 1)
    return None


_WDDAY_MONTHS = 3  # months either side of the reference where "Monday the 17th" is looked for


def _day_of_weekday(c, s):
    """"Monday the 17th": the day of the month nearest the reference that falls on that
    weekday, in the tense's direction when one lies there; with none within three months
    either side the ordinal is no day of the month ("on Monday the 2nd in command quit"): the
    weekday alone, as it is read without one."""
    ref, d, wd = s.reference, int(c.g("wdday")), weekday(c.g("wd"))
    found = []
    for step in range(-_WDDAY_MONTHS, _WDDAY_MONTHS + 1):
        y, m = ref.year + (ref.month - 1 + step) // 12, (ref.month - 1 + step) % 12 + 1
        if valid_day(y, m, d) and dt.date(y, m, d).weekday() == wd:
            found.append(dt.date(y, m, d))
    told = context.tense(s.text, c.start, c.end)
    way = [x for x in found if (x >= ref if told == FUTURE else x <= ref)] if told else []
    if not (way or found):
        return weekday_mention(c, s)
    day = min(way or found, key=lambda x: (abs((x - ref).days), x))
    return Period("day", day.year, day.month, day.day), "day-of-month", \
        f"day {d} of the month nearest reference {ref.isoformat()} where it is a {c.g('wd')}"


def _day_of_named_month(c, s):
    """"the 15th of next month", "the 3rd of last month": that day of the month named."""
    n = {"this": 0, "next": 1, "last": -1}[c.g("domrel").lower()]
    month = Period.of_day(s.reference).as_kind("month").shift("month", n)
    d = int(c.g("domday"))
    if not valid_day(month.year, month.month, d):
        # "the 31st of next month" in a month of 30 days: the month named stands
        return month, "day-of-month", f"{c.g('domrel').lower()} month (reference " \
            f"{s.reference.isoformat()}); it has no day {d}"
    return Period("day", month.year, month.month, d), "day-of-month", \
        f"day {d} of {c.g('domrel').lower()} month (reference {s.reference.isoformat()})"


def _weekday_in_sequence(c, s, wd: int):
    """"the following Monday", "the previous Friday": the first such weekday after (before)
    the day told before it ("arrested on Jan. 4 and released the following Thursday": Jan.
    10); left out when no day was told (only a month, or nothing: never guessed)."""
    base = _told_base(s)
    word = c.g("seq").split()[-1].lower()
    future = context.tense(s.text, c.start, c.end, deadlines=False) == FUTURE
    if base is None or base[0].kind != "day" or (future and base[0].first_day() < s.reference):
        # no day told before, or a clause ahead of a day that is over ("docked on Oct. 3 …
        # will return the following Thursday"): "the next Monday" is next Monday; the
        # following (previous) one of nothing is left out
        return _next_weekday(s, wd) if word == "next" or future else None
    day = base[0].first_day()
    if word in ("following", "next"):
        found, how = weekday_on_or_after(day, wd, strict=True), "after"
    else:
        found, how = weekday_on_or_before(day, wd, strict=True), "before"
    return (Period.of_day(found), "weekday-chained",
            f"the first {DAY_NAMES[wd]} {how} '{base[1]}' ({day.isoformat()})", day)


def _next_weekday(s, wd: int):
    """The weekday after the day of writing ("will arrive the next Monday")."""
    day = weekday_on_or_after(s.reference, wd, strict=True)
    return Period.of_day(day), "weekday-next", \
        f"{DAY_NAMES[wd]} after reference {s.reference.isoformat()}"


def _offset(rel: str) -> int:
    if rel in _BACK or rel.endswith(" last"):
        return -1
    if rel in _AHEAD or rel.endswith(" next"):
        return 1
    return 0


_WHOLE = en_grammar.RELATIVE_WHOLE
_CHAIN_RELS = {"the following", "the next", "the previous", *en.ANAPHORIC_DETERMINERS}


_YEAR_END = re.compile(r"\bend\b", re.IGNORECASE)


def _the_unit(c, s, unit: str):
    """"the end of the year", "earlier in the month": the year (month, week) of the last
    date told, unless a future clause speaks of one already over; with no date told
    before, or only a coarser one ("the 1990s"), the reference's own (news says "the year"
    for the current one)."""
    base, ref = _told_base(s), s.reference
    current = Period.of_day(ref).as_kind(unit)
    if base is None or _coarser(base[0], unit):
        if base is None and unit == "year" and ref.month < 12 and _YEAR_END.search(c.text) and \
                context.tense(s.text, c.start, c.end, deadlines=False) == PAST and \
                not context.infinitive_before(s.text, c.start):  # not "promised to deliver …"
            # "Russia delivered two jets by year's end", told in January: an act done by an
            # end of the year that is over, the year before's (this year's is still ahead)
            return current.shift("year", -1), "year-relative", "the end of the year before " \
                f"reference {ref.isoformat()} (past tense; this year's end is still ahead)"
        return current, f"{unit}-relative", f"the {unit} of reference {ref.isoformat()}"
    period, text = base
    own = period.as_kind(unit)
    tense = context.tense(s.text, c.start, c.end, deadlines=False)  # "By the end of the year,"
    if tense == FUTURE and own.first_day() < current.first_day():
        return current, f"{unit}-relative", f"the {unit} of reference {ref.isoformat()} " \
            f"(future tense; '{text}' is over)"
    return own, "anaphor", f"the {unit} of '{text}' ({period.value})", period.first_day()


def _whole_year(c, s):
    """"for the full year", "the whole year": the year reported on, that of the last period
    with results by the reference date (a forecast year is not reported on), or in a
    future clause a year named before it in the sentence; the reference's with none."""
    if s.last and context.tense(s.text, c.start, c.end, deadlines=False) == FUTURE:
        start, period, text = s.last[-1]
        if start >= context.sentence_bounds(s.text, c.start, c.end)[0]:
            return period.as_kind("year"), "anaphor", f"the year of '{text}' " \
                f"({period.value}), named in the same future clause", period.first_day()
    found = s.reported_period(("year", "half", "quarter", "month", "week", "day"))
    if found is None:
        y = s.reference.year
        return Period("year", y), "year-relative", f"the year of reference {s.reference}"
    period, text, _ = found
    return period.as_kind("year"), "anaphor", f"the year of '{text}' ({period.value}), " \
        "the last period with results by the reference date", period.first_day()


def year_to_date(c, s):
    """"for the nine months": the months of the year reported on so far (the year of the
    quarter last named, or the reference's); no mention of its own (TimeML: a duration), but
    "a year earlier" and "the 1988 period" after it speak of years."""
    last = s.last_period(("quarter",))
    y = last[0].year if last else s.reference.year
    return Period("year", y), "year-to-date", f"'{c.text}' of {y}"


def year_end(c, s):
    """"by year end", "year-end" alone: the end of the year told before, or of the
    reference's."""
    return _the_unit(c, s, "year")


_APPOSED = re.compile(r"\s*,\s*$")


def anaphor(c, s):
    """"at the time", "later in the day": the date told before, or nothing; "the day
    before the crash" set off by a comma after a day ("Oct. 12, the day before the
    crash") is that day, and nothing otherwise (the crash's date is not known)."""
    if c.g("appos"):
        if not s.last:
            return None
        start, period, text = s.last[-1]
        if period.kind != "day" or not _APPOSED.match(s.text, start + len(text), c.start):
            return None
        return period, "apposition", f"'{c.text}' is '{text}' ({period.value}), in apposition", \
            period.first_day()
    base = chain_base(s)
    if base is None:
        return None
    period, text = base
    return period, "anaphor", f"'{c.text}' refers back to '{text}' ({period.value})", \
        period.first_day()


def calendar_relative(c, s):
    """this/last/next week, month, quarter, year, decade, weekend, season."""
    rel, unit = _norm(c.g("midrel") or c.g("rel")), _norm(c.g("unit") or c.g("unit2"))
    if c.g("ell"):  # "this year as last": the unit of "this ..." before it
        rel, unit = "last", ELIDED_UNIT.search(s.text, max(0, c.start - 30), c.start)["unit"]
        unit = unit.lower()
    if c.g("twice"):
        n = -2 if _norm(c.g("twice")) == "before last" else 2
        p = Period.of_day(s.reference).as_kind(unit).shift(unit, n)
        return p, f"{unit}-relative", f"{abs(n)} {unit}s {'before' if n < 0 else 'after'} " \
            f"the reference's ({s.reference.isoformat()})"
    if unit in ("spring", "summer", "fall", "autumn", "winter"):
        if rel in _CHAIN_RELS:
            return _season_of_base(s, unit, rel)
        return season_period(s.reference, unit, rel.split()[-1], s.tense(c))
    if rel in en.ANAPHORIC_DETERMINERS and chain_base(s) is None:
        return None  # "that year" with no date told before: left out, never guessed
    if rel in _WHOLE and unit == "year":
        return _whole_year(c, s)
    if (rel.endswith(" the") or rel in _WHOLE or rel == "mid") and \
            unit in ("year", "month", "week"):
        return _the_unit(c, s, unit)
    if rel in _CHAIN_RELS and (base := chain_base(s)) is not None:
        period, text = base
        if rel in en.ANAPHORIC_DETERMINERS and _coarser(period, unit):
            return None  # "in October ... that week": the week itself was never told
        if _coarser(period, unit):
            return period, "chained-coarse", f"{c.text.lower()} of '{text}' ({period.value}): " \
                f"only the {period.precision} is known", period.first_day()
        n = {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
        how = {1: f"the {unit} after", -1: f"the {unit} before", 0: f"the same {unit} as"}[n]
        return period.as_kind(unit).shift(unit, n), "chained", \
            f"{how} '{text}' ({period.value})", period.first_day()
    if unit == "year" and rel == "last" and (compared := _figure_last_year(c, s)):
        return compared
    ref = s.reference
    if unit == "weekend":
        return _weekend(ref, rel, s.tense(c))
    n = _offset(rel)
    p = Period.of_day(ref).as_kind(unit).shift(unit, n)
    where = {-1: "the " + unit + " before", 0: "the " + unit + " of", 1: "the " + unit + " after"}
    return p, f"{unit}-relative", f"{where[n]} reference {ref.isoformat()}"


def _season_of_base(s, unit: str, rel: str):
    """"That summer", "the following spring": the season of the date told before (or the
    one after or before it), not the reference's; left out with none told, or with only a
    decade or century (the year is not known)."""
    base = chain_base(s)
    if base is None or FINENESS[base[0].kind] > FINENESS["year"]:
        return None
    period, text = base
    how = {"the following": "next", "the next": "next", "the previous": "last"}.get(rel, "this")
    p, _, _ = season_period(period.first_day(), unit, how, None)
    word = {"next": "after", "last": "before", "this": "of"}[how]
    return p, "chained", f"the {unit} {word} '{text}' ({period.value})", period.first_day()


def _weekend(ref: dt.date, rel: str, tense: str | None):
    """The weekend before the reference or after it: by the word ("last", "the previous",
    "next"), else by the tense ("the weekend")."""
    if _offset(rel) < 0 or (rel in ("the", "this", "that") and tense != FUTURE):
        day, how = weekday_on_or_before(ref, 5, strict=rel in ("last", "the previous")), "before"
    else:
        day, how = weekday_on_or_after(ref, 5, strict=rel in ("next", "the next")), "after"
    return Period.of_week(day, weekend=True), "weekend", f"the weekend {how} reference {ref}"


def chain_base(s):
    """The last period mentioned, as ``(period, text)``, or None.

    If it is coarser than ``unit`` ("Last month ... two days later") the caller keeps its
    precision: the day is not known, the month is.
    """
    return s.last_period()


# A count of days or weeks right before a date ("two days after May 3", "eight trading days
# after Oct. 12"): the story's time is that far on, not the date named.  The word right
# before the unit is the count, or a kind of day the calendar cannot count ("trading"), or a
# vague one ("several"): then the count is not known.
_COUNT_BEFORE = re.compile(r"\b(?P<n>[\w-]+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+$",
                           re.IGNORECASE)
_APPOSED_WITHIN = 40  # characters from a date to a phrase set off after it that names it again


def _counted_off(s, index: int):
    """The period a day or week counted from the date told at ``s.last[index]`` reaches, for
    what comes later to count from: "two days after May 3" is May 5, and "the next day" after
    it May 6; the date itself with no count before it (nor before the date it stands in
    apposition to: "Oct. 12, the day before the crash"); None for a count the calendar cannot
    make ("eight trading days after Oct. 12": the day is not known), left out, never guessed."""
    start, period, _ = s.last[index]
    if index and s.last[index - 1][1] == period and start - s.last[index - 1][0] < _APPOSED_WITHIN:
        start = s.last[index - 1][0]
    found = _COUNT_BEFORE.search(s.text, max(0, start - 40), start)
    if found is None:
        return period
    n = 1 if found.group("n").lower() == "the" else number(found.group("n"))
    if n is None or period.kind != "day":
        return None  # ("eight trading days after", "several days after": no count made)
    days = n * (7 if found.group("unit").lower().startswith("week") else 1)
    return period.shift("day", -days if found.group("dir").lower() == "before" else days)


def _told_base(s):
    """The last date told in the story, as ``(period, text)``, or None: the article's own
    date (front matter, date line, dateline) is the day of writing, no event's."""
    if not s.last or s.last[-1][0] < s.own_end:
        return None
    return chain_base(s)


def _narrated_base(s):
    """The last date told in the story that an act was done on, as ``(period, text)``, or
    None: a deadline still ahead of the reference ("to ship the tanks by 2025") limits a
    plan, and "a month later" does not count from it but from the date told before it."""
    for k, (start, period, text) in enumerate(reversed(s.last[-_NARRATED:])):
        if start < s.own_end:
            return None
        if s.reference is None or period.first_day() <= s.reference or not \
                context.DEADLINE.search(s.text, max(0, start - 25), start):
            counted = _counted_off(s, len(s.last) - 1 - k)
            return None if counted is None else (counted, text)
    return None


_NARRATED = 10  # dates told before that a deadline may be skipped back over


def _coarser(period: Period, unit: str) -> bool:
    return FINENESS[period.kind] > FINENESS.get(unit, 0)


_UNIT_OF = en_grammar.RELATIVE_UNIT_OF


def chained(c, s):
    """"the following day", "the day after", "that day", "the same day": from the last date."""
    unit = _UNIT_OF.get(_norm(c.g("unit")), _norm(c.g("unit")))
    word = _norm(c.g("ch") or c.g("dir") or c.g("ch2"))
    n = 0 if word in ("same", *en.ANAPHORIC_DETERMINERS) else _offset(word)
    base = chain_base(s)
    if base is not None and unit in ("day", "week"):
        counted = _counted_off(s, len(s.last) - 1)
        if counted is None:
            return None  # "eight trading days after Oct. 12 ... the next day": not known
        base = counted, base[1]
    if n == 0 and (base is None or _coarser(base[0], unit)):
        # "that day" with no date told before, or only its month ("in October ... that
        # day"): the day it refers to was never told; left out, never guessed.
        return None
    if base is None:
        anchor, text = Period.of_day(s.reference), "the reference date"
    else:
        anchor, text = base[0], f"'{base[1]}'"
    if _coarser(anchor, unit):
        return anchor, "chained-coarse", f"{c.text.lower()} of {text} ({anchor.value}): only " \
            f"the {anchor.precision} is known", anchor.first_day()
    p = anchor.as_kind(unit).shift(unit, n)
    why = (f"{abs(n)} {unit} {'after' if n > 0 else 'before'} " if n else f"same {unit} as ")
    return p, "chained", why + f"{text} ({anchor.value})", anchor.first_day()


def ago(c, s):
    """"two years ago", "three days later", "a year earlier", "a month from now"."""
    n, unit, direction = number(c.g("num")), _norm(c.g("unit")), _norm(c.g("dir"))
    sign = -1 if direction in ("ago", "previously", "earlier", "before") else 1
    if n is None:
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return value, "vague-relative", f"'{c.text}': an unstated number of {unit}s"
    base, text = Period.of_day(s.reference), "reference"
    if c.g("agothis") and not (c.g("half1") or c.g("half2")):
        # "ten years ago this month", "a year ago today": that month (week, day) of the
        # reference's, so many units before
        kind = _AGO_THIS[c.g("agothis").split()[-1].lower()]
        if unit in _AGO_THIS_UNITS[kind]:
            p = base.shift(unit, -n).as_kind(kind)
            return p, f"{unit}s-ago", f"{n} {unit}(s) before the {kind} of reference " \
                f"{s.reference.isoformat()}"
        # "two days ago this week": no period of its own; the count alone, as before
    if direction in ("earlier", "later", "before", "after"):
        found = (_closing_day(s) if _compares(s, c.start, unit) else None) or _narrated_base(s)
        if found is None and sign > 0:
            # "Two weeks later, they flew home" with no date told: later than an event the
            # text does not date, not two weeks after the day of writing; left out
            return None
        if found is not None:
            base, text = found[0], f"'{found[1]}'"
            if _coarser(base, unit):
                return base, "chained-coarse", f"{c.text.lower()} than {text} ({base.value}): " \
                    f"only the {base.precision} is known", base.first_day()
    elif unit == "year" and n == 1 and direction == "ago" and not (c.g("half1") or c.g("half2")):
        # "up from $4 a year ago": the same quarter, not "41 years" ("a year and a half from
        # now" counts from the day of writing)
        near = _nearby_period(s, c.start, ("quarter", "month"))
        if near is not None:
            base, text = near[0], f"'{near[1]}'"
    # "a year earlier" keeps the granularity of what it counts from ("the third quarter"),
    # except a single day, which news compares by year ("Friday ... a year earlier"); so does
    # "a decade later" ("founded in 1970. A decade later ...": 1980, not the 1980s)
    # ("in May 1962. Two decades later": 1982, a decade or century counts in years at least)
    # "a decade ago" counted from the day of writing is likewise that year (2009 in 2019;
    # TimeML "1989-XX" in 1999), not the decade around it ("the 2000s")
    kind = unit
    if unit == "year" and text != "reference":
        kind = "year" if base.kind == "day" else base.kind
    elif unit in _YEARS_OR_MORE and text != "reference":
        kind = base.kind if base.kind in _YEARS_OR_MORE else "year"
    elif unit in _YEARS_OR_MORE:
        kind = "year"
    if c.g("half1") or c.g("half2"):  # "a year and a half ago": 18 months
        if unit != "year":
            return None  # "two and a half weeks ago": no week or day of its own
        if text != "reference" and base.kind == "year":
            # "in 2016 ... a year and a half later": counted from a year, it is a year;
            # its month was never told
            p = base.as_kind("month").shift("month", sign * (12 * n + 6)).as_kind("year")
            return p, "chained-coarse", f"{n} and a half years " \
                f"{'before' if sign < 0 else 'after'} {text} ({base.value}): only the year " \
                "is known", base.first_day()
        kind, unit, n = ("month" if kind == "year" else kind), "month", 12 * n + 6
    p = base.as_kind(kind).shift(unit, sign * n)
    how = "before" if sign < 0 else "after"
    return p, f"{unit}s-{direction.replace(' ', '-')}", f"{n} {unit}(s) {how} {text} " \
        f"({base.value})", base.first_day()


_YEARS_OR_MORE = ("year", "decade", "century")
_AGO_THIS = {"month": "month", "week": "week", "today": "day"}
_AGO_THIS_UNITS = {"month": ("year",), "week": ("year", "month"), "day": ("year", "month", "week")}
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\s+$", re.IGNORECASE)


# A comparison of figures before "a year earlier" in its sentence: "rose to $9 million from
# $7 million a year earlier", "up 18% compared with a year earlier", "lower than a year earlier".
_COMPARISON = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\b",
                         re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]?\s+(?=[A-Z\"“])")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _compares(s, start: int, unit: str) -> bool:
    """True when "a year earlier" at ``start`` ends a comparison of figures made in its own
    sentence ("net for the quarter ended Sept. 30 rose from $4 million a year earlier";
    "Sales were $348 million compared with $307 million a year earlier"); "A year earlier,
    ..." or "Two days later, ..." opening a sentence tells when an act took place."""
    if unit not in ("year", "half", "quarter"):
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(s.text, max(0, start - 400), start)]
    return bool(_COMPARISON.search(s.text, ends[-1] if ends else max(0, start - 400), start))


# A figure ("$33 million", "78 cents a share", "5%"), or the comparison itself ("higher
# than", "up from"), right before "last year".
_FIGURE_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in en.FIGURE_WORDS) + r")\s*){0,3}|"
    + _COMPARISON.pattern + r"\s+)$", re.IGNORECASE)


_TIME_CLAUSE_AFTER = re.compile(r"\s*,?\s*(?:" + "|".join(
    w.replace(" ", r"\s+") for w in en.TIME_RELATIVE_WORDS) + r")\b", re.IGNORECASE)


def _figure_last_year(c, s):
    """"last year" right after a figure that its sentence compares ("earnings of $24 million,
    compared with a loss of $3 million last year", "2% higher than last year") in a report of
    a quarter or half named before in that sentence ("the quarter" names the one told
    before): that period a year before, as "a year ago" there; else None (not "last year's
    restructuring": a thing of the year; not "last year, when …": the clause tells the
    year's act; not a quarter of another sentence, whose subject may be another period)."""
    if _POSSESSIVE_AFTER.match(s.text, c.end) or _TIME_CLAUSE_AFTER.match(s.text, c.end) \
            or not _FIGURE_BEFORE.search(s.text, max(0, c.start - 40), c.start) \
            or not _compares(s, c.start, "year"):
        return None
    near = _nearby_period(s, c.start, ("quarter", "half"), same_sentence=True)
    if near is None:
        return None
    period, text = near
    # (no anchor for later mentions, as "a year ago": "last year's quarter" is still of 1989)
    return period.shift("year", -1), "year-earlier", \
        f"the {period.kind} '{text}' ({period.value}) a year before: a figure compared"


def _closing_day(s):
    """The quarter or half whose last day was the last date told ("sales for the quarter
    ended Sept. 30 rose from $4 million a year earlier"), as ``(period, text)``: a
    comparison is made with the period, not with its closing day; else None."""
    if len(s.last) < 2 or s.last[-1][1].kind != "day":
        return None
    start, period, text = s.last[-2]
    if period.kind in ("quarter", "half") and _ENDED.match(s.text, start + len(text),
                                                           s.last[-1][0]):
        return period, text
    return None


def _nearby_period(s, start: int, kinds: tuple[str, ...], same_sentence: bool = False):
    """The last period of ``kinds`` mentioned in the 250 characters before ``start`` (with
    ``same_sentence``, only in the sentence of ``start``)."""
    for pos, period, text in reversed(s.last):
        if start - pos > 250:
            return None
        if period.kind in kinds:
            if same_sentence and _SENTENCE_END.search(s.text, pos, start):
                return None
            return period, text
    return None


def year_ago_adjective(c, s):
    """"year-earlier" / "year-ago" before a noun: the last period mentioned, a year before."""
    base = s.reported_period(("quarter", "month", "half", "year"))
    if base is None:
        return Period("year", s.reference.year - 1), "year-earlier", "the year before reference"
    period, text, is_comparison = base
    if is_comparison:
        return period, "year-earlier", f"the year-ago period already named, '{text}' " \
            f"({period.value})"
    return period.shift("year", -1), "year-earlier", f"a year before '{text}' ({period.value})"


def quarter(c, s):
    """Fiscal and calendar quarters: "the third quarter", "third-quarter", "Q3 2015"."""
    return quarter_period(c, s)


def half(c, s):
    """"the first half of 1989", "the second half of this year"."""
    if c.g("fy"):
        return None  # "the second half of 2017-18": a fiscal year's, its months not told
    n = 1 if "first" in (_norm(c.g("hord")), _norm(c.g("hq")), _norm(c.g("hordp"))) else 2
    written = c.g("hyear") or c.g("hyearp")  # "of 1989", "1989's"
    y = int(written) if written else s.reference.year + {
        "this": 0, "the": 0, "last": -1, "next": 1}[_norm(c.g("hrel") or c.g("hpos"))]
    return Period("half", y, n=n), "half-year", f"half {n} of {y}"


SHORT_YEAR_AHEAD = 10  # "by '25" told in 2019 is 2025; "in '35" is 1935


def year_of_short(reference: dt.date | None, yy: str) -> int:
    """The year of a short year ("'89"): of the century that puts it at most
    ``SHORT_YEAR_AHEAD`` years after the reference's year (2000's without a reference)."""
    ref_year = reference.year if reference else 2000
    y = ref_year // 100 * 100 + int(yy)
    return y - 100 if y > ref_year + SHORT_YEAR_AHEAD else y


def season(c, s):
    """"last fall", "this summer", "the spring of 2015", "the summer of '88"."""
    code = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
    if c.g("year") or c.g("yw") or c.g("yy"):
        y = int(c.g("year")) if c.g("year") else spelled_year(c.g("yw")) if c.g("yw") \
            else year_of_short(s.reference, c.g("yy"))
        return Period("season", y, n=code[_norm(c.g("season"))]), "season", \
            "season and year written out"
    if c.g("srelyear"):  # "the summer of next year"
        y = s.reference.year + {"last": -1, "this": 0, "next": 1}[_norm(c.g("srelyear"))]
        return Period("season", y, n=code[_norm(c.g("season"))]), "season", \
            f"{_norm(c.g('season'))} of {_norm(c.g('srelyear'))} year ({y})"
    return season_period(s.reference, _norm(c.g("season")), _norm(c.g("rel")), s.tense(c))


def holiday(c, s):
    """Named days: Christmas, New Year's Day, Thanksgiving, Easter, Election Day..."""
    return holiday_period(c, s)

