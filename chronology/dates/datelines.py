"""Datelines: the place and day a story opens with, and where the top of an article ends.

"MOSCOW, January 22 (Sputnik) –", "MOSCOW, June 10. /TASS/.", "Tehran, July 16:", "VELMORA
(Example News / Agency - 3rd March, 2021)", "September 22, 2020 — The Navy said ...",
"ANKARA, 22.09.2020 - ...", "22-9-2020 (YANGON) The ...", "22.09.2020 - Ankara / The ...".  A
dateline is looked for in the first 6,000 characters of the article's lines (a site's menu
items not counted): a "related stories" teaser further down is not one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from chronology.dates.patterns import DAY, MON, WD, WEEKDAY_ABBR, WEEKDAYS, month
from chronology.dates.publication import menu_line
from chronology.dates.timeml import valid_day
from chronology.languages import en

EVIDENCE_CHARS = 30000  # an article's year shows early; a huge file costs no more
DATELINE_CHARS = 6000
SCAN_CHARS = 4000  # publication lines sit near the top


@dataclass(frozen=True)
class Found:
    """A date line or dateline found in the text: where, its words, and its day."""

    source: str
    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    update: bool = False  # a date labelled as the page's update, not its publication
    note: str = ""  # where a year not written on the line came from
    listed: bool = False  # under a heading of other stories ("Latest"): perhaps one of them


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` lies in one of ``spans`` (disjoint, sorted)."""
    i = bisect.bisect_right(spans, (pos, float("inf")))
    return bool(i) and spans[i - 1][0] <= pos < spans[i - 1][1]


def before_dateline(stamp: dt.date, month: int, day: int) -> bool:
    """True when a date line's ``stamp`` falls before the story's yearless dateline (its
    ``month`` and ``day`` taken in the year that puts it nearest the stamp): no stamp of the
    story precedes its dateline, so the line dates another story ("21 July" over "MOSCOW,
    Aug. 26"); a stamp days after it may be a republication's.

    >>> before_dateline(dt.date(2020, 7, 21), 8, 26), before_dateline(dt.date(2021, 1, 2), 12, 31)
    (True, False)
    """
    days = [(dt.date(y, month, day) - stamp).days for y in (stamp.year - 1, stamp.year,
                                                              stamp.year + 1)
            if valid_day(y, month, day)]
    return bool(days) and min(days, key=abs) > 0


REPOST_DAYS = 14  # a site reposting a wire's story posts it within days of its dateline
# A wire's dateline is its bureau's day: a story filed in the morning east of the page's
# time zone (Beijing, Tokyo) is posted in the west on the day before.
TIME_ZONE_DAYS = 1


def days_after_dateline(stamp: dt.date, month: int, day: int) -> int:
    """How many days a date line's ``stamp`` falls after the story's yearless dateline (its
    ``month`` and ``day`` taken in the year that puts it nearest the stamp); negative before.

    >>> days_after_dateline(dt.date(2025, 5, 18), 5, 8), days_after_dateline(dt.date(2021, 1, 2), 12, 31)
    (10, 2)
    """
    days = [(stamp - dt.date(y, month, day)).days for y in (stamp.year - 1, stamp.year,
                                                              stamp.year + 1)
            if valid_day(y, month, day)]
    return min(days, key=abs) if days else 0


@functools.lru_cache(maxsize=16)
def reach(text: str, chars: int) -> int:
    """Where the top of the article ends: after ``chars`` characters of its lines, a site's
    menu items ("World", "Science and Technology") not counted, so that a saved page's long
    menu does not push its date line out of reach."""
    if len(text) <= chars:
        return len(text)
    counted = pos = 0
    for line in text[:EVIDENCE_CHARS].split("\n"):
        pos += len(line) + 1
        if not menu_line(line):
            counted += len(line) + 1
            if counted >= chars:
                return min(pos, len(text))
    return min(len(text), EVIDENCE_CHARS)


# A page's own date line opens with a label, not a place: "UPDATED: (Wednesday, …)".
_NOT_A_LABEL = r"(?!(?i:" + "|".join(en.DATE_LINE_LABELS) + r")\b)"


DATELINE = re.compile(
    r"^[ \t\"“•·]*(?:\([^()\n]{2,40}\)[ \t]*)?"  # an aggregator's source tag: "(Feed- Agency)"
    + _NOT_A_LABEL +  # "Published: 04 Jun. 2025" is a publication line
    r"(?P<place>[A-Z][\w.'’\-]*(?:[ \-][A-Z][\w.'’\-]*){0,3}"
    r"(?:[ \t]*[(\[][A-Z][\w .'’\-]{1,25}[)\]])?"  # "CHENNAI (India), April 12", "Ankara [Turkey]"
    r"(?:,[ \t]*[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,2})?)(?:\s*[,.:]|\s+(?P<dash>--|[-–—]))\s*"
    r"(?:[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+)?\s+\d{1,2},\s*1[34]\d\d\s*A?H\.?,\s*)?"  # Hijri
    rf"(?:{WD.replace('(?P<wd>', '(?:')},?\s+)?"  # "DOHA, Tuesday 22 September 2020 -"
    rf"(?P<date>{MON}\s*{DAY}|{DAY.replace('(?P<day>', '(?P<day2>')}\s+"
    rf"{MON.replace('(?P<mon>', '(?P<mon2>')})(?:,?\s*(?P<year>(?:19|20)\d\d))?"
    # the clock of the filing after the day: "LONDON, March 12, 2021, 10:12 -"
    r"(?:,?\s*[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
    r"\s*(?:\([^)\n]{1,40}\)|\.?\s*/[A-Za-z\- ]{2,20}/|[,.]\s*[A-Z][A-Za-z]{1,12})?"
    r"(?:\s*(?:--|[-–—:.])|\s+(?=[A-Z][a-z]))",  # "Velmora, May 7 Pelloria on Friday …"
    re.MULTILINE,
)


# "VELMORA (Example News / Agency - 3rd March, 2021) Pelloria received …": the date in brackets,
# after the place's comma, dash or colon ("ISLAMABAD: (Monday, October 21, 2024) The …").
_DATELINE_BRACKETED = re.compile(
    r"^[ \t\"“Â\u00a0]*" + _NOT_A_LABEL + r"(?P<place>[A-Z][A-Z.'’\-]+(?:[ \-][A-Z][A-Z.'’\-]+){0,3})(?:,|:|\s*[–—])?\s*\("
    r"(?:[^()\n]{0,60}?(?:[-–—,/]\s*)|(?=[^()\n]{5,30}\)\s*(?:--|[-–—:]|[A-Z])))"  # "NEW DELHI (Sept 22, 2020) -"
    rf"(?P<date>{DAY}\s+{MON}|{MON.replace('(?P<mon>', '(?P<mon2>')}\s*"
    rf"{DAY.replace('(?P<day>', '(?P<day2>')}),?\s*(?P<year>(?:19|20)\d\d)\s*\)",
    re.MULTILINE)


# A press-release wire's dateline: "PARIS--(BUSINESS WIRE)--Sep 22, 2020-- The company ...".
_RELEASE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’\-]+(?:[ ,]+[A-Z][A-Za-z.'’\-]+){0,3})\s*--\s*"
    r"\([A-Z][A-Za-z .&\-]{2,30}\)\s*--\s*"
    rf"(?P<date>{MON}\s*{DAY}),?\s*(?P<year>(?:19|20)\d\d)\s*--", re.MULTILINE)


# A letter the page's encoding lost, in a name: the replacement character, or the "¿" of its
# form read in the wrong encoding ("Santarï¿½m" for "Santarém"; "ï" and "½" are word characters).
LOST_LETTER = "\ufffd¿"
# An agency's dateline with the date after its tag, on a line of its own or before the lead:
# "Istanbul (Example Agency) Oct 21, 2020", "Washington (UPI) Jan 5, 2021 - The …".
AGENCY_THEN_DATE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][\w.'’\-{LOST_LETTER}]*(?:[ \-][A-Z][\w.'’\-{LOST_LETTER}]*){{0,2}})"
    r"\s*\([A-Z][\w .&/'’\-]{1,25}\)"
    rf"[ \t]+(?P<date>{MON}\.?\s*{DAY}|{DAY.replace('(?P<day>', '(?P<day2>')}\s+"
    rf"{MON.replace('(?P<mon>', '(?P<mon2>')}),?[ \t]*(?P<year>(?:19|20)\d\d)\b", re.MULTILINE)


# A lead that opens with its full date: "September 22, 2020 — The Navy said ...",
# "05 November 2024_ The navy held ...".
_DATE_FIRST = re.compile(
    rf"^[ \t]*(?P<place>)(?:{WD},?\s+)?(?:{DAY}\s+{MON}|{MON.replace('(?P<mon>', '(?P<mon2>')}\s*"
    rf"{DAY.replace('(?P<day>', '(?P<day2>')}),?\s*(?P<year>(?:19|20)\d\d)"
    r"(?:\s*[,|–—-]?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?(?:\s*[A-Z]{2,4}\b)?)?"  # a clock
    r"(?P<city>,[ \t]*[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,2})?"  # "Sep 22, 2020, New Delhi:"
    r"\s*(?:--|[-–—_:|])\s*(?=[A-Z\"“‘'])",
    re.MULTILINE)
# A numeric dateline: "ANKARA, 22.09.2020 - ...", "BAKU, 22.09.2020 /Agency/ ...", an
# agency's slashed form "Baku/22.09.20/Agency: ..." (dots and dashes day first; a two-digit
# year only between the slashes, where nothing else but the day's date stands), or the year
# first, which no site writes in another order: "Beijing, 2024-05-21 (Agency) --".
_NUMERIC_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’\-]+(?:[ \-][A-Z][A-Za-z.'’\-]+){0,3})"
    r"(?:,\s*(?:(?P<d>[0-3]?\d)[.-](?P<m>[01]?\d)[.-](?P<y>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]?\d)-(?P<d3>[0-3]?\d))\s*"
    r"(?:(?:\([^)\n]{1,40}\)|/[^/\n]{2,25}/)\s*(?:--|[-–—:.])?|--|[-–—:.])"  # "(Agency) -", "/Agency/"
    r"|/(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>(?:19|20)?\d\d)/[A-Z][\w .\-]{1,25}[:/]"
    r"\s*(?:--|[-–—])?)"  # "Baku/22.09.20/Agency:"
    r"\s*(?=[A-Z\"“])", re.MULTILINE)
# A lead that opens with its numeric date, the place in brackets or after a dash and closed
# by a slash or a dash: "22-9-2020 (YANGON) The ...", "22.09.2020 - Velmora / The ...".
_NUMERIC_FIRST = re.compile(
    r"^[ \t]*(?P<place>)(?P<d>[0-3]?\d)[.-](?P<m>[01]?\d)[.-](?P<y>(?:19|20)\d\d)\s*"
    r"(?:\([A-Z][\w .,'’\-]{1,30}\)\s*(?:--|[-–—:])?|(?:--|[-–—])\s*[A-Z][\w.'’]*"
    r"(?:[ \-][A-Z][\w.'’]*){0,2}\s*(?:/|--|[–—]|-(?=\s)))\s*(?=[A-Z\"“])", re.MULTILINE)


def line_matches(pattern: re.Pattern, text: str, limit: int):
    """``pattern.finditer(text, 0, limit)`` for a pattern that opens with ``^`` under
    ``re.MULTILINE`` (it matches only where a line starts): the same matches, tried at the line
    starts alone instead of at every character (for speed)."""
    start = 0
    while True:
        m = pattern.match(text, start, limit)
        end = start
        if m is not None:
            yield m
            end = m.end()
            if end > start and text[end - 1] == "\n":
                start = end  # the match took the line's end: the next line starts here
                continue
        newline = text.find("\n", end, limit)
        if newline < 0:
            return
        start = newline + 1


def find_dateline(text: str, skip) -> Found | None:
    """The story's dateline, outside the ``skip`` spans (captions, boilerplate)."""
    limit = reach(text, DATELINE_CHARS)
    for pattern in (_DATELINE_BRACKETED, _RELEASE_DATELINE, AGENCY_THEN_DATE):
        for m in line_matches(pattern, text, limit):
            if not inside(m.start(), skip):
                return _dateline_found(m)
    leads = [m for m in line_matches(_DATE_FIRST, text, limit)
             if not inside(m.start(), skip) and _prose_follows(text, m.end())]
    # the story's opening line, and the only one: several are a timeline's entries; one that
    # names its place ("January 6, 2022, Moscow:") may follow a standfirst
    first = leads[0] if len(leads) == 1 and (leads[0].group("city") or not _prose_before(
        text, leads[0].start())) else None
    found = _place_dateline(text, skip, limit)
    if first is not None and (found is None or first.start() < found.start):
        return _dateline_found(first)
    if found is None:
        numeric = next((m for m in line_matches(_NUMERIC_DATELINE, text, limit)
                        if not inside(m.start(), skip)), None) or next(
            (m for m in line_matches(_NUMERIC_FIRST, text, limit) if not inside(m.start(), skip)
             and _prose_follows(text, m.end()) and not _prose_before(text, m.start())), None)
        y, mm, dd = _numeric_date(numeric) if numeric else (0, 0, 0)
        if numeric and valid_day(y, mm, dd):
            return Found("dateline", numeric.start("place"), numeric.end(),
                          numeric.group(0).strip(), y, mm, dd)
    return found


def _numeric_date(m: re.Match) -> tuple[int, int, int]:
    """(year, month, day) of a numeric dateline; a two-digit year is 19xx from 70 on."""
    slashed = "d2" in m.re.groupindex and m.group("d2") is not None
    year_first = "d3" in m.re.groupindex and m.group("d3") is not None
    suffix = "2" if slashed else "3" if year_first else ""
    y, mm, dd = (int(m[k + suffix]) for k in ("y", "m", "d"))
    return (y + (1900 if y >= 70 else 2000) if y < 100 else y), mm, dd


def _prose_before(text: str, pos: int) -> bool:
    """True when a line of prose (fifteen words or more) comes before ``pos``."""
    return any(len(line.split()) >= 15 for line in text[:pos].split("\n"))


def _prose_follows(text: str, pos: int) -> bool:
    """True when the rest of the line is a sentence (eight words or more), not a title."""
    end = text.find("\n", pos)
    return len(text[pos:len(text) if end < 0 else end].split()) >= 8


def opens_with_dateline(line: str) -> bool:
    """True when the line opens with a place-and-date dateline (``DATELINE``)."""
    m = DATELINE.match(line)
    return m is not None and _dash_fits(m)


def _dash_fits(m: re.Match) -> bool:
    """A dash after the place is a wire's ("DUBAI - 11 July 2017:", "LAGOS (Agency) -- Sept.
    22, 2020 --") only after a place in capitals: "Jane Roe, Example Desk - Sep 22, 2020" is
    a byline's date line."""
    return not m.group("dash") or re.split(r"\s*[(\[,]", m.group("place"))[0].isupper()


def _place_dateline(text: str, skip, limit: int) -> Found | None:
    for m in line_matches(DATELINE, text, limit):
        if inside(m.start(), skip) or m.group("place").split()[0].lower().rstrip(".,") in (
                WEEKDAYS.keys() | WEEKDAY_ABBR.keys()):
            continue  # "Monday, November 25, 2024" is a date line, not a dateline
        if not _dash_fits(m):
            continue
        mon, day = m.group("mon") or m.group("mon2"), m.group("day") or m.group("day2")
        mm, dd = month(mon), int(day)
        y = int(m.group("year")) if m.group("year") else None
        if valid_day(y or 2000, mm, dd):  # "February 29, 2023" is no day
            return Found("dateline", m.start("place"), m.end(), m.group(0).strip(), y, mm, dd)
    return None


def _dateline_found(m: re.Match) -> Found | None:
    mm, dd = month(m.group("mon") or m.group("mon2")), int(m.group("day") or m.group("day2"))
    y = int(m.group("year"))
    if not valid_day(y, mm, dd):
        return None
    return Found("dateline", m.start("place"), m.end(), m.group(0).strip(), y, mm, dd)


_FRONT_MATTER = re.compile(r"---[ \t]*\n.*?\n---[ \t]*(?:\n|$)", re.DOTALL)
_SENTENCE = re.compile(r"[.!?][\"'’”)]?\s*$")
_LEAD_WORDS = 8  # a line of prose ending a sentence has this many words at least
_LONG_LINE = 20  # ... or is this long


def own_date_end(text: str) -> int:
    """Where the article's own date lines end: its front matter, the lines over its first
    line of prose (headline, date line, byline) and that line's dateline ("MOSCOW, March 14
    (AP) -").  A date told there is the day of writing, not an event's that "two weeks
    later" may count from.

    >>> text = "Flotilla home\\nApril 2, 2023\\nMOSCOW, April 2 (AP) - The ships left port."
    >>> text[own_date_end(text):]
    ' The ships left port.'
    """
    front = _FRONT_MATTER.match(text)
    pos = front.end() if front else 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        words = len(line.split())
        m = DATELINE.match(line)
        if m and _dash_fits(m) and len(line[m.end():].split()) >= 3:
            return pos + m.end()  # a dateline opens the story, hard-wrapped or not
        if words >= _LONG_LINE or (words >= _LEAD_WORDS and _SENTENCE.search(line)):
            return pos
        pos = end + 1
    return 0  # no prose: nothing to tell apart
