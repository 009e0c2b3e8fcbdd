"""Mentions read with their neighbours: ranges ("from 2015 to 2017"), days counted from a
date ("the day before last Tuesday") and recurring times ("each July", a TimeML SET)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronology.dates import context
from chronology.dates.context import FUTURE, PAST
from chronology.dates.model import Mention
from chronology.dates.patterns import WD, month, number, weekday
from chronology.dates.tagger import Candidate
from chronology.dates.timeml import valid_day
from chronology.languages import en, en_grammar

_DAYS_FROM = re.compile(r"\b(?:the\s+day|(?P<n>\w+)\s+(?P<unit>days?|weeks?))\s+"
                        r"(?P<dir>before|after|from)\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# A count "from" a date that is a span starting on it: a range's end after the date ("two
# weeks from March 1 to March 14"), a word of lasting before the count ("for two weeks from
# March 1"; not "set for a week from Monday").
_RANGE_END_AFTER = re.compile(r"\s*(?:(?:" + "|".join(en.RANGE_CLOSERS) + r")\s|[–—-]\s*\d)",
                              re.IGNORECASE)
_SPAN_BEFORE_COUNT = re.compile(
    "".join(rf"(?<!\b{w}\s)" for w in en.SCHEDULE_WORDS)
    + r"\b(?:" + "|".join(en.SPAN_BEFORE_COUNT) + r")\s+$", re.IGNORECASE)


def counted_from(text: str, m: Mention) -> Mention:
    """"the day before last Tuesday", "two days after March 5", "a week from Monday": the day
    counted from the date named, spanning the whole phrase.  A weekday counted "from" is the
    coming one, whatever the tense ("the vote is a week from Monday"), but not an occasion's
    day ("two weeks from Friday's meeting": the meeting's own day)."""
    if m.precision != "day" or not m.is_calendar:
        return m  # (tested first: cheaper than the search)
    found = _DAYS_FROM.search(text, max(0, m.start - 30), m.start)
    if not found:
        return m
    n = number(found.group("n")) if found.group("n") else 1
    if not n:
        return m
    direction = found.group("dir").lower()
    if direction == "from" and (_RANGE_END_AFTER.match(text, m.end) or _SPAN_BEFORE_COUNT.search(
            text, max(0, found.start() - 30), found.start())):
        return m  # "for two weeks from March 1", "two weeks from March 1 to March 14": a span
    sign = -1 if direction == "before" else 1
    days = n * (7 if (found.group("unit") or "day").lower().startswith("week") else 1)
    try:
        base = dt.date.fromisoformat(m.value)
        if direction == "from" and m.rule == "weekday-past" and m.anchor and \
                base < dt.date.fromisoformat(m.anchor) and \
                not _POSSESSIVE_AFTER.match(text, m.end):
            base += dt.timedelta(days=7)
        day = base + dt.timedelta(days=sign * days)
    except (OverflowError, ValueError):
        return m
    start = found.start()
    return replace(m, start=start, text=text[start:m.end], value=day.isoformat(),
                   rule="days-from", reason=f"{days} day(s) {direction} "
                   f"'{m.text}' ({base.isoformat()}: {m.reason})", end_value=None)


_THROUGHOUT = re.compile(r"\bthroughout\s+$", re.IGNORECASE)


def throughout(text: str, m: Mention) -> Mention:
    """"throughout the 1990s", "throughout the fiscal year": the whole of the period, how long
    something lasts (a TimeML DURATION), not when it happened."""
    if m.type != "DATE" or not _THROUGHOUT.search(text, max(0, m.start - 12), m.start):
        return m
    return replace(m, type="DURATION", reason=f"{m.reason}; 'throughout': the whole period")


_EVERY = re.compile(r"\b(?:" + "|".join(en.SET_WORDS) + r")\s+$", re.IGNORECASE)
# "Tuesday nights", "Monday and Tuesday nights": each weekday of the pair recurs.
_PARTS_AFTER = re.compile(rf"(?:,?\s+(?:and|or|&)\s+{WD})?\s+(?:" + "|".join(en.DAY_PARTS)
                          + r")s\b", re.IGNORECASE)


_EVERY_UNIT = "(?:" + "|".join(en.SET_WORDS) + r")\s+(?P<unit>year|week)"
# "every year in June", "held annually in June", "in June each year", "weekly on Monday":
# the month or weekday of a recurring time.
_EVERY_BEFORE = re.compile(rf"\b(?:{_EVERY_UNIT}|(?P<adverb>annually|yearly|weekly))"
                           r",?\s+(?:in|on|during)\s+$", re.IGNORECASE)
_EVERY_AFTER = re.compile(rf",?\s+(?:{_EVERY_UNIT}\b|(?P<adverb>annually|yearly|weekly)\b)",
                          re.IGNORECASE)
_SET_UNIT = en_grammar.COMBINE_SET_UNIT
# "the first Tuesday of every month": a weekday of each month, not one day
_OF_EVERY_MONTH = re.compile(r"\s+(?:of|in)\s+(?:" + "|".join(en.SET_WORDS) + r")\s+month\b",
                             re.IGNORECASE)


def recurring(c: Candidate, text: str) -> bool:
    """"each July", "every Thursday", "Tuesday nights", "every year in June": a recurring
    time, not a date."""
    if c.kind not in ("weekday", "month") or c.g("rel") or c.g("mod") or c.g("wkrel"):
        return False
    if _EVERY.search(text, max(0, c.start - 14), c.start) or (c.kind == "weekday" and (
            _PARTS_AFTER.match(text, c.end) or _OF_EVERY_MONTH.match(text, c.end))):
        return True
    found = (_EVERY_BEFORE.search(text, max(0, c.start - 24), c.start)
             or _EVERY_AFTER.match(text, c.end))
    return bool(found) and (found.group("unit") or found.group("adverb")).lower() in _SET_UNIT[
        c.kind]


def as_set(mention: Mention, c: Candidate) -> Mention:
    """The TimeML SET of a recurring weekday or month: ``XXXX-WXX-4``, ``XXXX-07``."""
    if c.kind == "weekday":
        value = f"XXXX-WXX-{weekday(c.g('wd')) + 1}"
    else:
        value = f"XXXX-{month(c.g('mon')):02d}"
    return replace(mention, value=value, type="SET", rule="recurring", end_value=None,
                   reason=f"'{mention.text}' recurs: a set of times, not one date")


_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# "postponed from May to June", "moved the talks from Monday to Friday": a new date, no range
_MOVED_FROM = re.compile(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in en.MOVED_FROM_TO)
                         + r")\b(?:\s+[\w'’-]+){0,4}?\s+from\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*", re.IGNORECASE)
# "through" joins a range with no "from" before it ("held Monday through Wednesday", "2015
# through 2017"); "Monday and Tuesday", "Monday to Tuesday" without one may be a list.
_THROUGH = re.compile(r"\s+(?:through|thru)\s+", re.IGNORECASE)


# "start on Monday and run through Friday": an end told after its start, the two verbs joined.
_END_AFTER_START = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,3}?(?:through|thru|until|till)\s+"
                              r"(?:on\s+)?", re.IGNORECASE)
_WEEK = dt.timedelta(days=7)


def ends_after_starts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two weekdays read apart, the second the end of what the first starts ("are due to start
    on Monday and run through Friday", told on a Tuesday): a range whose end comes after its
    start, a week later when both lie ahead.  Behind, an end before its start is left alone
    ("was arrested on Monday and held until Friday", told on a Tuesday: yesterday's arrest,
    or last week's; the act's date is not moved on a guess)."""
    out = list(mentions)
    for i, (first, second) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if not (first.rule == second.rule and first.rule in ("weekday-past", "weekday-future")
                and first.end_value is None
                and _END_AFTER_START.fullmatch(text, first.end, second.start)):
            continue
        start, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(second.value)
        if end < start and first.rule == "weekday-future":
            end += _WEEK
            out[i + 1] = replace(second, value=end.isoformat(),
                                 reason=f"{second.reason}; the end of what starts '{first.text}'")
        elif end < start:
            continue
        out[i] = replace(first, value=start.isoformat(), end_value=end.isoformat(),
                         reason=f"{first.reason}; a range up to '{second.text}'")
    return out


def ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """"from 2015 to 2017", "between January and March": the first mention of a range gets
    the second one's value as its ``end_value`` (both stay mentions of their own)."""
    out = list(mentions)
    for i, (first, second) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if not (first.end_value is None and _ends_of_range(first, second)
                and (_RANGE_OPEN.search(text, max(0, first.start - 12), first.start)
                     and _RANGE_JOIN.fullmatch(text, first.end, second.start)
                     or _THROUGH.fullmatch(text, first.end, second.start))) or \
                _MOVED_FROM.search(text, max(0, first.start - 60), first.start):
            continue
        first = _year_of_range(first, second)
        if second.rule in _WEEKDAYS:
            second = _weekday_end_after_start(text, first, second)
        else:
            first, second = _end_after_start(text, first, second)
            out[i] = first
        out[i + 1] = second
        if first.value < second.value:
            out[i] = replace(first, end_value=second.value,
                             reason=f"{first.reason}; a range up to '{second.text}'")
    return out


# "in March and April of 1987", "the summer and fall of 1988", "March, April and May
# 1987": a list of months (seasons, days) whose year is written once, after the last; each
# takes it (a range, "from March to May 1987", is ``ranges``'s).
_LIST_JOIN = re.compile(r"\s*,?\s*(?:" + "|".join(en.JOINING_WORDS) + r")\s+(?:(?:"
                        + "|".join(en.LIST_JOIN_ADVERBS) + r")\s+)?(?P<prep>(?:"
                        + "|".join(en.LIST_JOIN_PREPOSITIONS) + r")\s+)?(?:the\s+)?",
                        re.IGNORECASE)
# After a second mention with its own preposition, the end of its phrase: else it opens a
# clause of its own ("born in May and in June 1987 he moved": May is no month of 1987).
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
_LIST_COMMA = re.compile(r"\s*,\s*")
_YEAR_WRITTEN = re.compile(r"(?:1[6-9]|20)\d\d|['’]\d\d\b")
_LIST_RULES = ("month", "month-day", "season", "month-no-year", "month-day-no-year")
_OWN_RELATIVE = re.compile(r"\b(?:" + "|".join(en.THE_DATE_WORDS + en.REPORT_PERIODS)
                           + r")\b", re.IGNORECASE)


def _listed(text: str, first: Mention, second: Mention, join: re.Pattern) -> bool:
    """True when ``first`` and ``second`` are listed in one phrase: joined by ``join`` or a
    list's "and", and a second with its own preposition ending its phrase."""
    if join is not _LIST_JOIN and join.fullmatch(text, first.end, second.start):
        return True
    found = _LIST_JOIN.fullmatch(text, first.end, second.start)
    return found is not None and (not found.group("prep")
                                  or _PHRASE_END.match(text, second.end) is not None)


def shared_year(text: str, mentions: list[Mention]) -> list[Mention]:
    """Months, days or seasons listed before one whose year is written ("in March and April
    of 1987", "the summer and fall of 1988", "March 3 and April 5, 1986") are of that year,
    not the ones nearest the reference; a month listed after a later one is of the year
    before ("December and January 1987": 1986-12)."""
    out = list(mentions)
    dated: set[int] = set()  # the mentions that took their year from the one after them
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        join = _LIST_JOIN if i + 1 not in dated else _LIST_COMMA
        if not (first.rule in _LIST_RULES and first.end_value is None
                and first.precision == second.precision
                and (first.value[:4].isdigit() or first.value.startswith("XXXX"))
                and (i + 1 in dated or _YEAR_WRITTEN.search(second.text))
                and _listed(text, first, second, join)
                and not _YEAR_WRITTEN.search(first.text) and not _OWN_RELATIVE.search(first.text)
                and not _RANGE_OPEN.search(text, max(0, first.start - 12), first.start)):
            continue
        year = int(second.value[:4])
        if first.precision != "season" and first.value[4:] > second.value[4:]:
            year -= 1
        if first.precision == "day" and not valid_day(year, int(first.value[5:7]),
                                                      int(first.value[8:10])):
            continue
        value = f"{year:04d}{first.value[4:]}"
        if value != first.value:
            out[i] = replace(first, value=value, reason=f"the year of '{second.text}', listed "
                             f"with it")
        dated.add(i)
    return out


_YEARLESS = ("month", "month-day")


def _end_after_start(text: str, first: Mention, second: Mention) -> tuple[Mention, Mention]:
    """"from November to March", "between Oct. 20 and Jan. 5": a range whose ends name no
    year runs less than a year (each end read apart may go the other way: "covers the period
    from January to June", "rose from February through April", "through" read as a deadline
    ahead).  In a past clause the end is placed first, the latest such month or day at or
    before the reference, the start the latest such before the end ("imports fell from March
    to January", told in February: last March to this January); in a future clause the start
    first, at or after the reference; else the end is the first such at or after the start."""
    if first.rule not in _YEARLESS or second.rule not in _YEARLESS or \
            first.precision != second.precision:
        return first, second
    said = context.tense(text, first.start, first.end, deadlines=False)
    reference = first.anchor if said in (PAST, FUTURE) else None
    if reference and said == PAST:
        ref = reference[:len(second.value)]
        end_year = int(ref[:4]) - (second.value[4:] > ref[4:])
        start_year = end_year - (first.value[4:] >= second.value[4:])
    else:
        start_year = int(reference[:4]) if reference else int(first.value[:4])
        end_year = start_year + (second.value[4:] < first.value[4:])
        if reference and f"{end_year:04d}{second.value[4:]}" < reference[:len(second.value)]:
            start_year, end_year = start_year + 1, end_year + 1  # ahead, not over already
    return (_in_year(first, start_year, f"before the end '{second.text}'"),
            _in_year(second, end_year, f"the end of a range from '{first.text}'"))


def _in_year(m: Mention, year: int, why: str) -> Mention:
    """The month or day of ``m`` in ``year`` (unchanged when already there, or no such day)."""
    value = f"{year:04d}{m.value[4:]}"
    if value == m.value or (value[5:] == "02-29" and not valid_day(year, 2, 29)):
        return m
    return replace(m, value=value, reason=f"{m.reason}; {why}")


_WEEKDAYS = ("weekday-past", "weekday-future")


def _weekday_end_after_start(text: str, first: Mention, second: Mention) -> Mention:
    """"runs from Monday until Thursday", told on a Wednesday: the end is the first such
    weekday after the start, unless a past verb tells it (then the start, not the end, is
    in doubt: left alone, as ``ends_after_starts`` does)."""
    if first.rule not in _WEEKDAYS or second.value >= first.value or \
            context.tense(text, second.start, second.end, deadlines=False) == PAST:
        return second
    end = dt.date.fromisoformat(second.value) + _WEEK
    return replace(second, value=end.isoformat(), rule="weekday-future",
                   reason=f"{second.reason}; the end of a range from '{first.text}' "
                   f"({first.value}), after it")


# a period in a year of its own: a year, half, quarter, season, month or day
_DATED = re.compile(r"\d{4}(?:-(?:H[12]|Q[1-4]|SP|SU|FA|WI|\d\d(?:-\d\d)?))?")


def _ends_of_range(first: Mention, second: Mention) -> bool:
    """Two ends of one range: calendar dates of one precision, or periods each in a year of
    its own, the start's year before the end's ("from the latter half of 2025 through
    2028", "from March 2015 to 2017": a range may start at a finer period than it ends)."""
    if first.precision == second.precision:
        return first.is_calendar and second.is_calendar
    return bool(_DATED.fullmatch(first.value) and _DATED.fullmatch(second.value)
                and first.value[:4] < second.value[:4])


def _year_of_range(first: Mention, second: Mention) -> Mention:
    """"from March 3 to March 5, 2014": a start without its year takes the end's year (the
    year before, if the start would come after the end)."""
    if first.rule not in ("month-day", "month") or not second.rule.startswith("explicit"):
        return first
    year = int(second.value[:4])
    value = f"{year:04d}{first.value[4:]}"
    if value >= second.value:
        value = f"{year - 1:04d}{first.value[4:]}"
    if value[5:] == "02-29" and not valid_day(int(value[:4]), 2, 29):
        return first
    return replace(first, value=value, reason=f"the year of '{second.text}'")
