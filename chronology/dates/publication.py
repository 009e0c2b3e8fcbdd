"""Publication lines of any site: a line near the top that holds a date and little else.

Sites print their date in many ways: "Published: 06 Jan 2019 16:01 BdST", "Published: 0233
GMT September 22, 2020", "Published: 12.27.19 , 11:05", "Dhaka, Published at 04:01 PM
September 03, 2019", "Updated - September 03, 2019 at 02:20 pm IST".  Rather than list
formats, a line qualifies when, once its full date, clock times, time zones, weekday names,
labels ("Published", "Updated", "Posted", ...) and separators are taken away, at most a few
words remain (a byline, a place, a section name).  A "Published"/"Posted" date beats an
"Updated"/"Modified" one, on the same line or on the next lines; a date with its year
beats one without ("Thursday, Feb 25" above the story is often the page's own today); a
labelled "Published"/"Posted" date beats a bare date line above it, before the story's
prose begins ("Tuesday, December 1, 2026" over the headline is the page's clock), and of
several labelled (or several bare) dates before the prose the last, nearest the story, is
its own: the others are teasers of other stories or the page's clock (but a list of other
stories under its heading, "Most Read", after the story's date line, is no more the top).
A relative stamp ("2 hours ago", "yesterday") names no day and is never read as one.

Numeric dates are read in the site's order: a part over 12 decides it; else another
numeric date near the top whose order is certain; else the dateline's month and day; else
the weekdays the lead tells of its day, when they fit one reading only ("said Tuesday" is
that day, "on Friday" that day or the one before); else dots are day first (almost
everywhere); else the order of the dates the page writes in words ("15 May" or "May 15", two
more one way); else dashes are day first, and a slashed date, month first in some countries
and day first in others, is not read ("04/05/2021": nothing tells April 5 from May 4).
Two-digit years are 19xx from 70 on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from chronology.dates import years
from chronology.dates.model import Mention, ReferenceDate
from chronology.dates.parse import parse_explicit
from chronology.dates.patterns import MON, YEAR_DIGITS, month
from chronology.dates.resolve import explicit
from chronology.dates.solar import numeric_solar
from chronology.dates.tagger import find_candidates
from chronology.dates.timeml import valid_day
from chronology.languages import en, en_grammar

MAX_LINE = 160
YEAR_SEARCH = 1500  # after a date line with no year, how far to look for one with a year
PROSE_WORDS = 15  # a line of so many words is the story's prose, not its header
MAX_RESIDUE = 4  # words besides the date: "By John Smith", "Tasnim News Agency", "Dhaka"
# The Unix epoch, January 1, 1970: the day an empty timestamp prints ("Published: 00:00 GMT,
# Jan 1, 1970", "01.01.1970 03:00"), a site template's default, never a page's own date.
EMPTY_STAMP = "1970-01-01"

# (a space may follow each dot of a date with a four-digit year: "site.cn | 07. 03. 2016")
_NUMERIC = re.compile(r"(?<![\d.:/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?:(?<=\.)(?P<gap>\s))?"
                      r"(?P<b>[0-3]?\d)(?P=sep)(?(gap)\s(?=(?:19|20)\d\d))"
                      r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d:]|[./-]\d)")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
                  r"(?!\d)")
# A two-digit year with the month's name: "14-Mar-18", "Mar 14, '18".
_SHORT_YEAR = re.compile(
    rf"(?<![\w-])(?:(?P<d>[0-3]?\d)(?P<sep>[-/]){MON}(?P=sep)(?P<y>\d\d)"
    rf"|{MON.replace('(?P<mon>', '(?P<mon2>')}\s+(?P<d2>[0-3]?\d),?\s+['’](?P<y2>\d\d))(?![\d:])")
_SOLAR_NUMERIC = re.compile(r"(?<![\d./-])(?P<y>1[34]\d\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)"
                            r"(?P<d>[0-3]?\d)(?![\d./-]\d|\d)")
_NOISE = re.compile(
    r"T?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\.\d+)?(?:\s*[ap]\.?\s?m\b\.?)?"  # 16:01, 9.15 a.m.
    r"|\b\d{1,2}\s*[ap]\.?\s?m\b\.?"  # 9 pm
    r"|\b[0-2]\d[0-5]\d\s*(?=GMT|UTC|hrs?\b)"  # 0233 GMT
    r"|\b(?:GMT|UTC|Z)?\s*[+-]\s*\d{1,2}(?::?\d\d)?\b"  # +03:00, GMT+3
    r"|\b[A-Z][A-Za-z]{1,3}T\b|\b(?:GMT|UTC|hrs?|IST|PKT|MSK|AST|CET|CEST|EET|EEST|JST|KST)\b"
    r"|\b(?:first|last|date|time|of|on|at|by|the|in)\b"
    r"|\bleave\s+a\s+(?:comment|reply)\b|\b(?:no\s+)?(?:comments?|replies)\b"  # blog chrome
    r"|\b(?:publish(?:ed)?|publication|posted|updated?|modified|created|released|issued|edited|"
    r"written|reported|compiled|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?",
    re.IGNORECASE)
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_FULL_YEAR = YEAR_DIGITS  # the tagger's YEAR
# A label that names the publication itself: it beats a bare date line printed above it.
_PUBLISHED = re.compile(r"\b(?:publish(?:ed)?|posted|publication|released|issued)\b", re.IGNORECASE)
# "Edited time: ..." dates an edit; "Edited by Jane Roe" is a byline.
_UPDATE = re.compile(r"\b(?:updated?|modified|last\s+update|revised|edited(?!\s+by\b))\b",
                     re.IGNORECASE)
# Both serve pages in other languages too: a site's template may label its dates in English.
PUBLISHED_LABEL, UPDATE_LABEL = _PUBLISHED, _UPDATE
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# A stamp of the copy's own handling, not of the story: a print page's press time or the
# time it was sent, printed, faxed, mailed, downloaded or saved ("Sent at 30/3/2018 18:55",
# "Sent: 30/3/2018 18:55", "Printed on March 30, 2018", "Date printed: ..."): neither its
# publication nor an update. The label is followed by its date: "Sent troops ..." is prose.
_PRESS_TIME = re.compile(
    r"\s*(?:(?:date|time)\s+(?:sent|printed|downloaded|retrieved|accessed)|print(?:ed)?"
    r"(?:\s+(?:date|time))?|sent|faxed|e-?mailed|downloaded|retrieved|accessed|saved|"
    r"generated|press\s+time)(?:\s+(?:on|at))?\s*[:\-–—]?\s*"
    r"(?=(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,4}}[./-]\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}|{_MONTH_WORD}\.?\s+\d))",
    re.IGNORECASE)
_LABEL = re.compile(r"\b(?:publish(?:ed)?|posted|updated?|modified|created|released|issued|"
                    r"publication\s+date|last\s+update|revised|edited(?!\s+by\b))\b",
                    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+")
# The strict form, tried first: a line of only a label, a weekday, a date and a time.
_TIME = (r"(?:\d{1,2}[:.]\d{1,2}(?:[:.]\d\d)?(?:\.\d+)?(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
         r"(?:Z|[+-]\d\d:?\d\d|\s*\(?(?:GMT|UTC)?[+-]\d{1,2}(?::?\d\d)?\)?|\s*\(?[A-Z]{2,5}\)?)?")
_LEAD = (r"(?:[^|\n\d]{2,40}\s+[|–—-]\s+)?"  # a byline or publisher (no date) before the date
          r"(?:[a-z][a-z ]{1,25}:\s*|(?:posted|publish(?:ed)?|updated|last\s+updated|first\s+publish(?:ed)?|"
          r"date|created|modified|released)(?:\s+(?:on|at|time|date))?\s*)?")
_WDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_PUBLICATION = re.compile(
    rf"^\s*{_LEAD}{_WDAY}(?:{_TIME}\s*(?:\([^)\n]{{1,20}}\)\s*)?,?\s*(?:on\s+)?)?(?P<date>[0-9A-Za-z.,/\- ]{{5,30}}?)"
    rf"(?:\s*,?\s*(?:at\s+|-\s*|\|\s*|T)?{_TIME})?\s*(?:[|•·].*)?$",
    re.IGNORECASE,
)
# A label on a line of its own, its date on the next line: "Updated at:", "Published",
# "Last Update 9:35" (the site's clock over the page's date, not the story's).
_LABEL_ONLY = re.compile(r"\s*(?:first\s+|last\s+)?(?:publish(?:ed)?|posted|updated?|modified|"
                         r"publication\s+date|last\s+update)(?:\s+(?:on|at|date|time))?"
                         rf"\s*:?\s*(?:{_TIME})?\s*$", re.IGNORECASE)
_FOREIGN_MONTHS = {name: n for n, names in enumerate(en.FOREIGN_MONTH_NAMES, start=1)
                   for name in names}
# A date line in the site's own language on an English page: "21 de abril, 2025", "9 Gennaio
# 2026", "25 augusti 2025" (a day, the month's name, a four-digit year).
_FOREIGN_DATE = re.compile(
    r"(?<![\w.])(?P<d>[0-3]?\d)\.?\s+(?:de\s+)?(?P<mon>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\.?(?:\s+de)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d[./-]\d{1,2}[./-]\d")
_BYLINE_WORDS = en_grammar.PUBLICATION_BYLINE_WORDS
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?|\b[ap]\.m\.",
                         re.IGNORECASE)
_LABEL_WORD = re.compile(
    r"first|last|date|time|of|on|at|by|the|in|publish(?:ed)?|publication|posted|updated?|"
    r"modified|created|released|issued|written|edited|reported|compiled|am|pm|hrs?|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s/\s|\s[–—]\s|[|•·\[\]]")
# A weekday's name just before a date on its line ("Wednesday, 04/05/2022", "Tue 04/05/2022",
# capitalised or in capitals): the day of that date.
_LINE_WEEKDAY = re.compile(r"\b(" + "|".join(
    f"{w.capitalize()}|{w.upper()}" for w in sorted((*en.WEEKDAYS, *en.WEEKDAY_ABBR), key=len,
                                                    reverse=True)) + r")\b\.?,?\s*(?=\d)")


def line_weekday(line: str) -> int | None:
    """The weekday (0 Monday) a date line names just before a date, when it names one only."""
    days = {en.WEEKDAYS.get(w.lower(), en.WEEKDAY_ABBR.get(w.lower()))
            for w in _LINE_WEEKDAY.findall(line)}
    return days.pop() if len(days) == 1 else None


@dataclass(frozen=True)
class Line:
    """A publication line's date: where its words are, and (year, month, day)."""

    start: int
    end: int
    text: str
    year: int | None  # None: a month and day only ("Jan 22, 14:05"), the year is inferred
    month: int
    day: int
    update: bool  # the date is labelled as an update, not the publication
    listed: bool = False  # under a heading of other stories ("Latest"): perhaps one of them
    note: str = ""  # where a year not written on the line came from


def find_publication_line(text: str, lines: list[tuple[int, str]],
                          order_hint: tuple[int, int] | None = None) -> Line | None:
    """The publication line among ``lines`` ((offset, line) pairs near the top): a date
    labelled as the publication before an unlabelled one before an update; of several of a
    kind above the story's prose, the last, nearest the story.  ``order_hint`` is the dateline's
    (month, day), used to read an ambiguous numeric date."""
    day_first = _LazyOrder(text)  # read only when a numeric date needs it
    first_update = no_year = label = None
    bare: list[Line] = []
    labelled: list[Line] = []
    updated: list[Line] = []
    standfirst = prose = False
    teasers = None  # what was found above a heading of other stories ("Most Read")
    listing = False  # under such a heading, nothing found above it
    foot = False  # under a list of other stories below the prose: only a labelled line counts
    for offset, line in lines:
        if teasers is None and len(line) <= 30 and TEASER_HEAD.match(line):
            if prose and not (bare or labelled or first_update or no_year):
                foot = True  # a list of other stories under the story's prose: their dates
                continue
            if labelled or first_update:
                teasers = (len(bare), len(labelled), len(updated), first_update, no_year)
            listing = not (labelled or first_update)
            continue
        if (bare or labelled) and (len(line) > MAX_LINE or _words(line) >= PROSE_WORDS):
            if standfirst or labelled or not (opens_page(text, bare[0].start) or bare[-1].listed):
                break  # the story has begun: no labelled line will follow
            standfirst = True  # under the page's clock or a list of stories: the story's may follow
            continue
        if len(line) > MAX_LINE or not line.strip() or _TODAY.search(line):
            prose = prose or len(line) > MAX_LINE
            continue  # "Today: Tuesday, December 1, 2026" is the page's clock
        prose = prose or _words(line) >= PROSE_WORDS
        if no_year and offset > no_year.start + YEAR_SEARCH:
            break
        above, label = label, _LABEL_ONLY.match(line)  # "Published:" over its date's line
        if not _DIGIT.search(line) or _PRESS_TIME.match(line):
            continue  # every date these lines are read for has digits; a press time is none
        titled = _title_date(text, line, offset, day_first, order_hint)
        for found in _strict(line, offset, day_first, order_hint) or \
                _dates_in(line, offset, day_first, order_hint) or titled:
            if foot and not (above or _LABEL.search(line, 0, found.end - offset)):
                continue  # a listed story's date; the page's own line at the foot is labelled
            if f"{found.year}-{found.month:02d}-{found.day:02d}" == EMPTY_STAMP:
                continue  # an empty timestamp: no date at all
            if above and not _LABEL.search(found.text):
                found = replace(found, update=bool(_UPDATE.search(above.group())))
            if found.year is None:  # "Thursday, Feb 25" may be the page's own today
                no_year = no_year or found
            elif not found.update:
                if _PUBLISHED.search(found.text) or (above and _PUBLISHED.search(above.group())):
                    labelled.append(found)  # teasers above may be labelled too: look on
                    continue
                bare.append(replace(found, listed=listing))  # the page's clock? look on
            else:
                updated.append(found)
            first_update = first_update or found
    if teasers is not None and not _clock_over_teasers(text, bare, labelled, teasers):
        bare, labelled, updated = bare[:teasers[0]], labelled[:teasers[1]], updated[:teasers[2]]
        first_update, no_year = teasers[3], teasers[4]
    if labelled:
        return labelled[-1]  # of several, the one nearest the story is its own
    if bare and updated and bare[0].start < updated[0].start and (bare[-1].listed or (
            _day(updated[0]) < _day(bare[0]) and opens_page(text, bare[0].start))):
        return updated[0]  # the page's clock or a list of stories over the story's update
    if len({(b.year, b.month, b.day) for b in bare}) > 1:
        return bare[-1]  # the page's clock or a feed above; the story's date is nearest it
    if not bare and updated and _day(updated[0]) > _day(updated[-1]) and opens_page(
            text, updated[0].start):
        return updated[-1]  # the site's last update over the page, then the story's
    found = (bare[0] if bare else None) or first_update or no_year
    if no_year is not None and not no_year.update and (found is no_year or found.update):
        dated = _year_of_update(no_year, updated)  # "Posted Dec 30 | Updated Jan 2, 2025"
        if dated.year is None and found is no_year and updated and _page_clock(text, no_year):
            return updated[0]  # "Friday, December 26" over the story's "Updated: Apr 21, 2024"
        return dated if dated.year is not None else found
    return found


def _page_clock(text: str, line: Line) -> bool:
    """True for a bare date line without its year opening the page ("Friday, December 26"
    over the headline): the site's clock of today, which gives way to a line of the story
    with its year, an update line too."""
    return not _LABEL.search(line.text) and opens_page(text, line.start)


UPDATE_DAYS = 31  # a story's update follows its publication within days, weeks at most


def _year_of_update(line: Line, updated: list[Line]) -> Line:
    """A yearless publication date ("Published: Oct 21") takes its year from the same page's
    update line with its year ("Updated: Oct 22, 2024"): the story is updated on or after
    the day it was published, and soon after, so the year that puts it on or a few weeks
    before the update is its own ("Dec 30" under an update of "Jan 2, 2025": 2024)."""
    for upd in updated:
        stamp = dt.date(upd.year, upd.month, upd.day)
        for year in (upd.year, upd.year - 1):
            if valid_day(year, line.month, line.day) and \
                    0 <= (stamp - dt.date(year, line.month, line.day)).days <= UPDATE_DAYS:
                return replace(line, year=year, note=f": year {year} from the page's update "
                               f"line '{upd.text.strip()}', on or after it")
    return line


def _day(line: Line) -> tuple[int, int, int]:
    return line.year or 0, line.month, line.day


def _words(line: str) -> int:
    """How many words of letters the line holds: a date line's clock times, numbers and
    separators are none ("April 19, 2024 07:55 pm | Updated April 20, 2024 06:26 am IST")."""
    return sum(1 for w in line.split() if any(ch.isalpha() for ch in w))


def _clock_over_teasers(text: str, bare: list[Line], labelled: list[Line], teasers) -> bool:
    """True when the one date above a heading of other stories is the page's clock: a bare
    date opening the page, later than every date under the heading (the story's among
    them).  Otherwise the dates under the heading are the listed stories'."""
    above, below = bare[:teasers[0]] + labelled[:teasers[1]], bare[teasers[0]:] + \
        labelled[teasers[1]:]
    if len(above) != 1 or labelled[:teasers[1]] or not below or not opens_page(
            text, above[0].start):
        return False
    day = (above[0].year, above[0].month, above[0].day)
    return all((b.year, b.month, b.day) < day for b in below)


# The heading of a list of other stories, on a line of its own: "Most Read", "Related
# Stories", "More from World".  Their dates are the listed stories'.
TEASER_HEAD = re.compile(r"\s*(?:" + "|".join(en_grammar.PUBLICATION_TEASER_HEADS) + ")"
                         + en_grammar.PUBLICATION_TEASER_SECTION + r"\s*:?\s*$", re.IGNORECASE)
MENU_ITEM = 40  # a line of three words or fewer and so many characters: a site's menu item


def menu_line(line: str) -> bool:
    """True for a site's menu item ("World", "Science and Technology"): a short line."""
    return len(line) <= MENU_ITEM and len(line.split()) <= 3


def repeated_headline(line: str, earlier: list[str]) -> int:
    """The length of an earlier line, a headline (``_headline``), that opens
    ``line`` before a date: a saved page glued the headline to its date line ("Navy drills
    end in the north 16 September, 2020" under "Navy drills end in the north"); else 0."""
    text = line.lstrip()
    lead = len(line) - len(text)
    for head in earlier:
        end = len(head)
        if head and text.startswith(head) and text[end:end + 1].isspace() \
                and _headline(head) and _DIGIT.search(text, end):
            return lead + end
    return 0


def _headline(line: str) -> bool:
    """A headline's words: three or more, fewer than prose has, no closing stop."""
    return 3 <= len(line.split()) < PROSE_WORDS and not line.endswith((".", "!", "?", "…"))


def trailing_headline(line: str, following: str) -> int:
    """The length of the next line, a headline (``_headline``), where it closes
    ``line`` after a date: "World 15/07/2018 Navy drills end in the north" over "Navy drills
    end in the north"; else 0."""
    head, text = following.strip(), line.rstrip()
    start = len(text) - len(head)
    if start > 0 and text.endswith(head) and text[start - 1].isspace() and \
            _headline(head) and _DIGIT.search(text, 0, start):
        return len(line) - start
    return 0


def opens_page(text: str, pos: int) -> bool:
    """True when only a site's menu items, if anything, come before the line of ``pos``
    (its own line may open with the page's chrome: "Markets | Index 52,000 | May 3, 2021")."""
    return all(menu_line(line) for line in text[:text.rfind("\n", 0, pos) + 1].split("\n"))


def _strict(line: str, offset: int, day_first: bool | None = None,
            hint: tuple[int, int] | None = None) -> list[Line]:
    """The line (or one of its parts) in the strict form, if it is one."""
    if len(line) > 90 or len(_LABEL.findall(line)) > 1:
        return []  # "Posted: X - Updated: Y": ``_dates_in`` reads each labelled date
    for start, part in _segments(line):
        m = _PUBLICATION.match(part)
        if m and re.search(r"\d", m.group("date")) and not _prose(
                line[:start + m.start("date")] + " " + line[start + m.end("date"):]):
            weekday = line_weekday(part)
            found = _read_date(m.group("date").strip(" ,-"), day_first, hint, weekday) or \
                _read_date(part.strip(), day_first, hint, weekday)
            if found:
                lead = start + len(part) - len(part.lstrip())
                words = part.strip()
                return [Line(offset + lead, offset + lead + len(words), words, *found,
                             update=bool(_UPDATE.search(part, 0, m.start("date"))))]
    return []


_TITLE_DATE = re.compile(r"(?P<head>\S.*\S)\s+[-–—|]\s+(?P<date>[^|–—\s][^|–—]{5,39}?)\s*$")
_TITLE_WORDS = 3  # a headline's words at least, before its date


def _title_date(text: str, line: str, offset: int, day_first: bool | None,
                hint: tuple[int, int] | None) -> list[Line]:
    """The page's headline, its first line, with its date in digits after a dash or a bar
    and nothing else ("Navy commissions new corvette - 5/27/2023"): the date the site's
    system stamps on its story (a date in words may be the event's, in a teaser's headline).
    A line under it that ends the same way makes them a list of stories: none is taken."""
    m = _TITLE_DATE.match(line)
    if m is None or len(_WORD.findall(m["head"])) < _TITLE_WORDS or not opens_page(text, offset):
        return []
    if not _NUMERIC.search(m["date"]) and not _ISO.search(m["date"]):
        return []  # "Navy holds drills | September 3, 2019": a headline naming its event's day
    date = _full_date(m["date"], day_first, hint)
    if date is None or _residue(m["date"], *date[0]):
        return []
    following = [x for x in text[offset + len(line):offset + len(line) + 400].split("\n")
                 if x.strip()][:2]
    if any(_TITLE_DATE.match(x) and _full_date(_TITLE_DATE.match(x)["date"], day_first, hint)
           for x in following):
        return []
    (start, end), (y, mo, d) = date
    at = offset + m.start("date") + start
    return [Line(at, offset + m.start("date") + end, m["date"][start:end], y, mo, d, False)]


def _dates_in(line: str, offset: int, day_first: bool | None,
              hint: tuple[int, int] | None) -> list[Line]:
    """The dated segments of a line, each labelled publication or update."""
    found = []
    for seg_start, segment in _label_segments(line):
        date = _full_date(segment, day_first, hint, line_weekday(segment))
        if date is None:
            continue
        (start, end), (y, m, d) = date
        # a clock beside the date marks a date line: a byline, desk and place may fill it
        most = MAX_RESIDUE + 1 if _CLOCK_TIME.search(segment) else MAX_RESIDUE
        if _residue(segment, start, end) > most or _prose(segment[:start] + " " + segment[end:]):
            continue
        words = segment.strip()
        lead = seg_start + len(segment) - len(segment.lstrip())
        found.append(Line(offset + lead, offset + lead + len(words), words, y, m, d,
                          bool(_UPDATE.search(segment[:start]))))
    return found


def _label_segments(line: str) -> list[tuple[int, str]]:
    """"Published: X Updated: Y" -> its two labelled parts; a byline before the one label
    ("Edited By: Jane Roe @jroe New Delhi Published on: X") is a part of its own, unless
    it reads as prose; a line with one label at its start is whole."""
    labels = [m.start() for m in _LABEL.finditer(line)]
    if len(labels) == 1 and labels[0] and not _prose(line[:labels[0]]):
        labels = [0, *labels]
    if len(labels) < 2:
        return [(0, line)]
    cuts = [0, *labels[1:], len(line)]
    return [(a, line[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b].strip()]


def _full_date(segment: str, day_first: bool | None, hint: tuple[int, int] | None,
               weekday: int | None = None) -> tuple[tuple[int, int], tuple[int, int, int]] | None:
    """The first date with a year in the segment: ((start, end), (year, month, day))."""
    dates = []
    # a full date has a four-digit year: without one, the tagger has nothing to give here
    for c in find_candidates(segment) if _FULL_YEAR.search(segment) else ():
        if c.kind == "full" and c.g("day") and c.g("year") and c.g("mon"):
            y, m, d = int(c.g("year")), month(c.g("mon")), int(c.g("day"))
            if valid_day(y, m, d):
                dates.append(((c.start, c.end), (y, m, d)))
    for match in _SOLAR_NUMERIC.finditer(segment):
        day = numeric_solar(int(match["y"]), int(match["m"]), int(match["d"]))
        if day:
            dates.append((match.span(), (day.year, day.month, day.day)))
    for match in _ISO.finditer(segment):
        y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
        if valid_day(y, m, d):
            dates.append((match.span(), (y, m, d)))
    for match in _NUMERIC.finditer(segment):
        ymd = read_numeric(match, day_first, hint, weekday)
        if ymd:
            dates.append((match.span(), ymd))
    for match in _FOREIGN_DATE.finditer(segment):
        y, m, d = int(match["y"]), _FOREIGN_MONTHS[match["mon"].lower()], int(match["d"])
        if valid_day(y, m, d):
            dates.append((match.span(), (y, m, d)))
    for match in _SHORT_YEAR.finditer(segment):
        y = int(match["y"] or match["y2"])
        y += 1900 if y >= 70 else 2000
        m, d = month(match["mon"] or match["mon2"]), int(match["d"] or match["d2"])
        if valid_day(y, m, d):
            dates.append((match.span(), (y, m, d)))
    return min(dates) if dates else None


def read_numeric(match: re.Match, day_first: bool | None,
                 hint: tuple[int, int] | None = None,
                 weekday: int | None = None) -> tuple[int, int, int] | None:
    """(year, month, day) of "12.27.19", "22.09.2020", "03/09/2019" in the site's order; a
    weekday printed with the date ("Wednesday, 04/05/2022") decides it when it fits one
    reading only."""
    a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
    if y < 100:
        y += 1900 if y >= 70 else 2000
    fits = [weekday is not None and valid_day(y, m, d) and dt.date(y, m, d).weekday() == weekday
            for m, d in ((a, b), (b, a))]  # month first, day first
    if a > 12 or b > 12:
        m, d = (b, a) if a > 12 else (a, b)
    elif hint and (hint == (a, b) or hint == (b, a)):
        m, d = hint
    elif fits[0] != fits[1]:
        m, d = (b, a) if fits[1] else (a, b)
    else:
        order = day_first.order_for(y, a, b, match["sep"]) if isinstance(
            day_first, _LazyOrder) else day_first
        if order is None:
            order = {".": True, "-": True}.get(match["sep"])
        if order is None:
            return None  # "04/05/2021" with nothing to tell the day from the month
        m, d = (b, a) if order else (a, b)
    return (y, m, d) if valid_day(y, m, d) else None


def in_page_order(mentions: list[Mention], reference: ReferenceDate) -> list[Mention]:
    """The page's own date among ``mentions`` ("04/06/2023" after a headline) shown in the
    order it was read in as the reference ("Published: 04.06.2023" read as 4 June), for the
    table of ``chronology dates`` only.  Every other numeric date keeps the value the engine
    gives it (the one ``extract`` dates events by), and so does ``--json``."""
    words = _NUMERIC.search(reference.text) if reference.date and reference.text else None
    if words is None:
        return mentions
    a, b, day = int(words["a"]), int(words["b"]), reference.date
    if a == b or (day.month, day.day) not in ((a, b), (b, a)):
        return mentions  # the date line does not tell the order, or was not read from these
    day_first = (day.month, day.day) == (b, a)
    out = []
    for m in mentions:
        found = _NUMERIC.fullmatch(m.text) if m.precision == "day" else None
        ymd = read_numeric(found, day_first) if found else None
        if ymd and (value := dt.date(*ymd).isoformat()) != m.value and value == day.isoformat():
            m = replace(m, value=value, reason=f"{m.reason}; in the page's order, as its own "
                        f"date '{words.group()}'")
        out.append(m)
    return out


class _LazyOrder:
    """How to read an ambiguous numeric date of a page, from the evidence of its text
    (each piece found the first time it is asked for)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, object] = {}

    def _get(self, key: str, find):
        if key not in self._found:
            self._found[key] = find(self.text)
        return self._found[key]

    def order_for(self, y: int, a: int, b: int, sep: str) -> bool | None:
        """True to read ``a.b.y`` day first, False month first, None when nothing decides."""
        certain = self._get("numeric", _numeric_order)
        if certain is not None:
            return certain
        ev = self._get("weekdays", _lead_weekdays)
        said = self._weekdays_fit(y, a, b, replace(ev, lead_weekdays={}))
        if said is not None:
            return said  # "said Tuesday": the day of reporting fits one reading only
        if sep == ".":
            return True  # dotted dates are day first almost everywhere
        told = _told_fit(self._get("told", _told_days), y, a, b)
        if told is not None:
            return told  # "On August 11, ..." under "12-08-2024": August 12, not December 8
        written = self._get("written", _written_order)
        if written is not None:
            return written  # the page's own order outranks a past weekday ...
        # ... which may be any earlier day of the week ("on Saturday" in a Monday story)
        return self._weekdays_fit(y, a, b, ev)

    @staticmethod
    def _weekdays_fit(y: int, a: int, b: int, ev: years.Evidence) -> bool | None:
        """True when only the day-first reading fits the weekdays ``ev`` tells, False when
        only the month-first one does, None otherwise."""
        fits = [valid_day(y, m, d) and years.fits_weekdays(ev, dt.date(y, m, d))
                for m, d in ((a, b), (b, a))]  # month first, day first
        return fits[1] if fits[0] != fits[1] else None


def undecided_numeric(text: str) -> str | None:
    """A reason when the top of ``text`` holds a slashed date whose day and month could be
    either way round and nothing in the text tells which ("04/05/2021")."""
    if "/" not in text[:1000]:
        return None  # (no slashed date at all: a quick test)
    order = _LazyOrder(text)
    for match in _NUMERIC.finditer(text, 0, 1000):
        a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
        y += 0 if y >= 100 else 1900 if y >= 70 else 2000
        if match["sep"] == "/" and a != b and a <= 12 and b <= 12 and \
                order.order_for(y, a, b, "/") is None:
            return (f"'{match.group()}' could be month/day or day/month: nothing in the text "
                    "tells the day from the month, so it is not read")
    return None


def _lead_weekdays(text: str) -> years.Evidence:
    """The weekdays the lead (the first line of prose) tells of the story's day."""
    pos = 0
    for line in text[:4000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line.split()) >= 8 and re.search(r"[.!?][\"'’”)]*\s*$", line):
            candidates = [c for c in find_candidates(line) if c.kind == "weekday"]
            return years.gather(text, [replace(c, start=c.start + start, end=c.end + start)
                                       for c in candidates], (start, start + len(line)))
    return years.Evidence()


def _numeric_order(text: str) -> bool | None:
    """True when the site writes numeric dates day first, False month first, None unknown:
    from a numeric date near the top whose order is certain (a part over 12)."""
    for match in _NUMERIC.finditer(text, 0, 4000):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b:
            return True
        if b > 12 >= a:
            return False
    return None


# Days: a page's own date lies this near a day its story tells; the other reading of an
# ambiguous numeric date, further than _TOLD_FAR from every such day, is not the page's.
_TOLD_NEAR, _TOLD_FAR = 7, 30


def _told_days(text: str) -> list[tuple[int | None, int, int]]:
    """The days the top of the story tells with their month and day, in words ("On August
    11", "from August 10-14", "4 June 2025"): (year or None, month, day)."""
    days = []
    for c in find_candidates(text[:4000]):
        if c.kind in ("full", "monthday") and c.g("day") and c.g("mon"):
            day = int(c.g("day")) if c.g("day").isdigit() else 0
            if day and valid_day(2000, month(c.g("mon")), day):
                days.append((int(c.g("year")) if c.g("year") else None, month(c.g("mon")), day))
    return days


def _told_fit(told: list[tuple[int | None, int, int]], y: int, a: int, b: int) -> bool | None:
    """True to read ``a-b-y`` day first, False month first, when only one reading lies within
    a week of a day the story tells (of that year, or written without one) and the other
    more than a month from every such day: news is dated near the days it tells."""
    near = []
    for m, d in ((a, b), (b, a)):  # month first, day first
        if not valid_day(y, m, d):
            near.append(None)
            continue
        own = dt.date(y, m, d)
        gaps = [abs((dt.date(y, tm, td) - own).days) for ty, tm, td in told
                if ty in (None, y) and valid_day(y, tm, td)]
        near.append(min(gaps) if gaps else None)
    if None in near:
        return None
    if near[1] <= _TOLD_NEAR < _TOLD_FAR < near[0]:
        return True
    if near[0] <= _TOLD_NEAR < _TOLD_FAR < near[1]:
        return False
    return None


def _written_order(text: str) -> bool | None:
    """The order of the dates the site writes in words ("15 May 2025" or "May 15, 2025")."""
    votes = 0
    for c in find_candidates(text[:4000]):
        if c.kind in ("full", "monthday") and c.g("day") and c.g("mon"):
            votes += 1 if c.text.find(c.g("day")) < c.text.find(c.g("mon")) else -1
    return True if votes >= 2 else False if votes <= -2 else None


def _residue(segment: str, start: int, end: int) -> int:
    """How many words the segment holds besides its date, times, zones and labels; a
    desk's, an editor's or a reading time's words, in any case ("News Desk", "Editor",
    "1 min read"), are none."""
    rest = segment[:start] + " " + segment[end:]
    rest = _NOISE.sub(" ", rest)
    return sum(1 for w in _WORD.findall(rest) if not (
        w.lower() in _BYLINE_WORDS or (w.isdigit() and len(w) <= 2)))


def _prose(rest: str) -> bool:
    """True when the words beside a date read as a headline or a sentence ("Exercise to
    start on", "Navy holds drills |"): two lower-case words or more that are no label,
    byline or reading-time word."""
    words = _WORD.findall(_CLOCK_TIME.sub(" ", rest))
    return sum(1 for w in words if w[0].islower() and w.lower().strip(".") not in
               _BYLINE_WORDS and not _LABEL_WORD.fullmatch(w.strip("."))) >= 2


def _segments(line: str) -> list[tuple[int, str]]:
    """The line, then its parts between " / ", " — ", "|", "•" or brackets, with their offsets:
    "December 26, 2019 / 9:41 AM / Updated 2 hours ago", "19 January 2022 [ Last Update: …]"."""
    parts = [(0, line)]
    if _SEPARATOR.search(line):
        pos = 0
        for m in _SEPARATOR.finditer(line + " / "):
            if line[pos:m.start()].strip():
                parts.append((pos, line[pos:m.start()]))
            pos = m.end()
    return parts


def _read_date(s: str, day_first: bool | None = None, hint: tuple[int, int] | None = None,
               weekday: int | None = None) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a short date string, by our own patterns first; a
    numeric one ("10.05.2023", "12/27/19") in the site's order."""
    solar = _SOLAR_NUMERIC.match(s)
    if solar:  # "1399/07/01": an Iranian site's Solar Hijri date, in an English page too
        day = numeric_solar(int(solar["y"]), int(solar["m"]), int(solar["d"]))
        return (day.year, day.month, day.day) if day else None
    numeric = _NUMERIC.match(s)
    if numeric:  # "10.05.2023 | 15:30": the leading numeric date is the date
        return read_numeric(numeric, day_first, hint, weekday)
    for c in find_candidates(s):
        if c.start > 3 or c.end < len(s) - 3:
            continue
        if c.kind in ("full", "monthday") and c.g("day"):
            y = int(c.g("year")) if c.g("year") else None
            m, d = month(c.g("mon")), int(c.g("day"))
            if valid_day(y or 2000, m, d):
                return y, m, d
        numeric = _NUMERIC.search(s, c.start) if c.kind == "slashed" else None
        if numeric and numeric.start() == c.start:  # "/ 04/05/2022": in the site's order
            return read_numeric(numeric, day_first, hint, weekday)
        if c.kind in ("iso", "slashed"):
            res = explicit(c, None)
            return (res.period.year, res.period.month, res.period.day) if res else None
    if not _HAS_YEAR.search(s):
        return None  # "2 hours ago", "yesterday": a relative stamp names no day of its own
    day = parse_explicit(s)
    if day is None:
        return None
    numeric = _NUMERIC.search(s)
    if numeric:  # "The Paper | 04/05/2022": its numeric date in the site's order, not dateparser's
        return read_numeric(numeric, day_first, hint, weekday)
    return day.year, day.month, day.day
