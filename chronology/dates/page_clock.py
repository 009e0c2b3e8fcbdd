"""Dates over and under the story's dateline that are not the story's own: the page's clock
at its top ("Monday, November 25, 2024" over "Kamra, MAR 11: ..."), a teaser's date right
over a yearless dateline, a list of other stories under a dateline with its year, and the
publication line further down that the clock's page keeps for its story (moved out of
``reference.py``, which asks these questions in ``find_reference``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronology.dates import context
from chronology.dates.datelines import (
    EVIDENCE_CHARS,
    REPOST_DAYS,
    SCAN_CHARS,
    TIME_ZONE_DAYS,
    Found,
    before_dateline,
    days_after_dateline,
    inside,
)
from chronology.dates.patterns import month, weekday
from chronology.dates.publication import find_publication_line, opens_page
from chronology.dates.tagger import find_candidates
from chronology.dates.timeml import valid_day
from chronology.languages import en, en_grammar

_EVIDENCE_CHARS = EVIDENCE_CHARS
_SCAN_CHARS = SCAN_CHARS

_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|updated|date|by)\b", re.IGNORECASE)


def page_clock(line: Found, dateline: Found | None, text: str) -> bool:
    """A bare date line at the very top of the page, above the headline, that disagrees with
    the story's dateline is the page's own clock ("Monday, November 25, 2024" over "Kamra, MAR 11: ..."): the dateline
    tells the story's day."""
    if dateline is None or (line.month, line.day) == (dateline.month, dateline.day):
        return False
    top = opens_page(text, line.start)  # the page's first line, under its menu if any
    return top and line.start < dateline.start and not _PUBLISHED_LABEL.search(line.text) \
        and not _reposted(line, dateline)


def _reposted(line: Found, dateline: Found) -> bool:
    """True when the date line over a yearless wire dateline falls a few days after the
    dateline's day ("Sunday, May 18, 2025" over "BEIJING, May 8 (Agency) --"), or the day
    before it (``TIME_ZONE_DAYS``: "Thursday, May 7, 2025" over "BEIJING, May 8 (Agency)
    --", the bureau's morning being the page's evening before): the page (a blog, a site
    carrying the wire) posted the story that day, its own publication line; a clock months
    or years later is the day the page was saved."""
    if dateline.year or not line.year or not valid_day(line.year, line.month, line.day):
        return False
    days = days_after_dateline(dt.date(line.year, line.month, line.day), dateline.month,
                               dateline.day)
    return 0 < days <= REPOST_DAYS or -TIME_ZONE_DAYS <= days < 0


def under_dateline(line: Found, dateline: Found | None) -> bool:
    """True when a bare date line (no label) comes after the story's dateline, which has its
    year ("BEIJING, Sept. 13, 2016 (Agency) -- ..." over a list of other stories' dates)."""
    return dateline is not None and bool(dateline.year) and line.start > dateline.end and \
        not _PUBLISHED_LABEL.search(line.text)


def below_yearless(line: Found, dateline: Found | None) -> bool:
    """True when a bare date line (no label) comes after the story's yearless dateline and
    falls before its day or more than ``REPOST_DAYS`` after it ("MOSCOW, June 13 (Agency) -
    ..." over a page's foot "Friday, December 26, 2025"): the page's clock or footer, or
    another story's date, not the story's; its year is no evidence for the dateline's."""
    if dateline is None or dateline.year or not line.year or line.start < dateline.end or \
            _PUBLISHED_LABEL.search(line.text) or not valid_day(line.year, line.month, line.day):
        return False
    days = days_after_dateline(dt.date(line.year, line.month, line.day), dateline.month,
                               dateline.day)
    return not 0 <= days <= REPOST_DAYS


def over_dated_dateline(line: Found, dateline: Found | None) -> bool:
    """True when a bare date line (no label) over the story's dateline with its year falls
    before the dateline's day or more than ``REPOST_DAYS`` after it ("December 26, 2025"
    over "MOSCOW, June 4, 2024 (Agency) -"): the page's clock, a ticker's or a listed
    story's date; the dateline states the story's day.  Days after it, the line is the
    page's own date for the wire it carries."""
    if dateline is None or not dateline.year or not line.year or line.update or \
            line.start > dateline.start or _PUBLISHED_LABEL.search(line.text) or \
            not valid_day(line.year, line.month, line.day) or \
            not valid_day(dateline.year, dateline.month, dateline.day):
        return False
    days = (dt.date(line.year, line.month, line.day)
            - dt.date(dateline.year, dateline.month, dateline.day)).days
    return not 0 <= days <= REPOST_DAYS


_LINE_TO_DATELINE = 400  # characters: a date line right over the story's dateline


def over_dateline(line: Found, dateline: Found | None, text: str = "") -> bool:
    """True when a bare date line (no label) right over the story's yearless dateline falls
    before the dateline's day: a teaser of another story ("Sep 21, 2020" over "BEIJING,
    Sept. 26 (Xinhua) --"), whose year is still evidence.  The page's opening line, the
    day before the dateline, is the page's own date for the wire it posts (``_reposted``)."""
    if dateline is None or dateline.year or not line.year or line.update or \
            _PUBLISHED_LABEL.search(line.text) or not (
                line.end <= dateline.start <= line.end + _LINE_TO_DATELINE):
        return False
    if text and opens_page(text, line.start) and _reposted(line, dateline):
        return False
    return before_dateline(dt.date(line.year, line.month, line.day), dateline.month,
                           dateline.day)


def year_near(dateline: Found, line: Found) -> Found:
    """The yearless dateline under a date line a few days before it takes the year that puts
    it that near ("Dec 31, 2019 11:58 PM" over "TEHRAN, Jan. 1": 2020); a line further back
    leaves the year to the evidence."""
    stamp = dt.date(line.year, line.month, line.day)
    for year in (stamp.year, stamp.year + 1):
        if valid_day(year, dateline.month, dateline.day) and \
                0 < (dt.date(year, dateline.month, dateline.day) - stamp).days <= _NEAR_DAYS:
            return replace(dateline, year=year, note=f": year {year} from the date line "
                           f"'{line.text.strip()}' just over it, {_NEAR_DAYS} days at most before")
    return dateline


_NEAR_DAYS = 7


def listed_over(line: Found, dateline: Found | None) -> bool:
    """True when a bare date line under a heading of other stories ("Latest") is another
    day than the story's dateline, which has its year."""
    return line.listed and dateline is not None and bool(dateline.year) and (
        line.year, line.month, line.day) != (dateline.year, dateline.month, dateline.day)


def top_clock(line: Found, text: str) -> bool:
    """A bare date line (no label) that opens the page (under its menu, if any), above the
    headline: perhaps the page's own clock ("Thursday, January 15th, 2026" over a story of years before)."""
    return bool(line.year) and not line.update and opens_page(text, line.start) and \
        not _PUBLISHED_LABEL.search(line.text)


_PUBLISHED_START = re.compile(r"\s*(?:first\s+)?(?:publish(?:ed)?|posted)\b", re.IGNORECASE)


def published_below(text: str, skip, clock: Found) -> Found | None:
    """The one line further down that opens with a publication label ("Publish Date :
    08 July 2019 19:03", "Published in Example Daily, May 11th, 2023"), dated on or before
    the bare date line that opens the page: the story's own date, under its last
    paragraph.  Several such lines are a list of other stories: none is taken."""
    found, pos = [], clock.end
    for line in text[clock.end:_EVIDENCE_CHARS].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line) > 160 or not _PUBLISHED_START.match(line) or inside(at, skip):
            continue
        line_date = find_publication_line(line, [(0, line)])
        if line_date is not None and line_date.year and not line_date.update:
            found.append(Found("publication-line", at + line_date.start, at + line_date.end,
                                line_date.text, line_date.year, line_date.month,
                                line_date.day))
    days = {(f.year, f.month, f.day) for f in found}
    if len(days) != 1 or days.pop() > (clock.year, clock.month, clock.day):
        return None
    return found[0]


_FAR_BACK = 90  # days: a story tells a day so long before its own date with its year


def lead_contradicts(text: str, skip, clock: Found) -> bool:
    """The story's first paragraphs under a bare date line opening the page tell, in the
    past, only days without a year that would lie months back in the year before it ("on
    13 March" under "17 January 2018, Wednesday"; a day of an earlier year is written with
    its year), or a day with its weekday that falls on another weekday in the year the line
    gives it ("on Wednesday, October 27" under "Friday, December 26, 2025": a Monday that
    year): the line is the page's clock, not the story's date."""
    day, gaps, pos = dt.date(clock.year, clock.month, clock.day), [], clock.end
    paragraphs = 0
    for line in text[clock.end:clock.end + _SCAN_CHARS].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line.split()) < 15 or inside(at, skip):
            continue
        for c in find_candidates(line):
            if c.kind != "monthday" or c.g("year") or not (c.g("mon") and c.g("day")):
                continue
            m, d = month(c.g("mon")), int(c.g("day"))
            if not valid_day(2000, m, d) or context.tense(
                    text, at + c.start, at + c.end) == context.FUTURE or \
                    context.ahead_in_sentence(text, at + c.start):
                continue  # a day ahead may lie in the line's next year
            if _other_weekday(c, day, m, d):
                return True
            if (m, d) <= (day.month, day.day) or _time_zone_day(day, m, d):
                return False  # a day earlier in the same year, needing no year
            year = day.year - 1
            gaps.append((day - dt.date(year, m, d if valid_day(year, m, d) else 28)).days)
        paragraphs += 1
        if paragraphs == 3:
            break
    return bool(gaps) and min(gaps) > _FAR_BACK


def _time_zone_day(day: dt.date, m: int, d: int) -> bool:
    """True when the yearless day falls right after the line's ``day``, within
    ``TIME_ZONE_DAYS`` ("SHANGHAI, March 4 (Agency)" under "Tuesday, March 3, 2015"): the
    bureau's day, ahead of the page's clock, in the same days."""
    return valid_day(day.year, m, d) and 0 < (dt.date(day.year, m, d) - day).days <= \
        TIME_ZONE_DAYS


def _other_weekday(c, day: dt.date, m: int, d: int) -> bool:
    """True when a yearless day told with its weekday ("Wednesday, October 27") falls on
    another weekday in the year of a date line of ``day`` and in either year next to it
    (a day told just over New Year from the line may lie in the one or the other)."""
    wd = c.g("wd") or c.g("wda")
    years = [y for y in (day.year - 1, day.year, day.year + 1) if valid_day(y, m, d)]
    return bool(wd) and bool(years) and all(
        dt.date(y, m, d).weekday() != weekday(wd) for y in years)


_NAMED_YEAR = re.compile(en_grammar.REFERENCE_NAMED_YEAR)
_OCCASION_WORDS = "|".join(sorted({w.lower() for w in en.EVENT_NOUNS}
                                  | set(en_grammar.REFERENCE_NAMED_OCCASIONS), key=len,
                                  reverse=True))
_OCCASION_WORD = re.compile(rf"\b(?:{_OCCASION_WORDS})s?\b", re.IGNORECASE)
# the occasion's phrase right before the name ("take part in the Army-", "at Blue Wave-")
_OCCASION_PHRASES = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                             for p in sorted(en.OCCASION_BEFORE, key=len, reverse=True))
_OCCASION_BEFORE_NAME = re.compile(
    rf"(?i:\b(?:{_OCCASION_PHRASES})\s+(?:the\s+)?)[\"“]?(?:[A-Z][\w/]*[\s-])+$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NAMED_GAP = 1  # years: a drill named for its year is told as under way that year, or the next


def name_contradicts(text: str, skip, clock: Found) -> bool:
    """The story's first paragraphs under a bare date line opening the page tell, as under
    way or ahead ("codenamed Northern-2023, the drill is taking place ...", "troops will
    take part in Army-2018"), an exercise or show named for a year more than a year before
    the line's, the only year of its sentence: the line is the page's clock (the day the
    page was saved), not the story's date."""
    pos, paragraphs = clock.end, 0
    for line in text[clock.end:clock.end + _SCAN_CHARS].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line.split()) < 15 or inside(at, skip):
            continue
        for named in _NAMED_YEAR.finditer(line):
            start, end = at + named.start(), at + named.end()
            left, right = context.sentence_bounds(text, start, end)
            if int(named.group()) + _NAMED_GAP < clock.year and len(
                    _ANY_YEAR.findall(text, left, right)) == 1 and \
                    _names_occasion(text, left, right, start) and \
                    context.sentence_looks_ahead(text, start, end):
                return True
        paragraphs += 1
        if paragraphs == 3:
            break
    return False


def _names_occasion(text: str, left: int, right: int, start: int) -> bool:
    """True when the sentence ``text[left:right]`` tells the name whose year begins at
    ``start`` as an exercise's or a show's: it has a word of one ("the drill", "the forum"),
    or the name follows "take part in", "at" ("ships built under the programme Harbour-2020"
    name a plan)."""
    return bool(_OCCASION_WORD.search(text, left, right)) or bool(
        _OCCASION_BEFORE_NAME.search(text[left:start]))
