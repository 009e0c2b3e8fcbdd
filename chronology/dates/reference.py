"""The article's own date: front matter, else a publication line or a dateline, else inferred.

- Publication lines are lines that hold nothing but a date, a time and a label:
  "September 20, 2023 at 3:17 pm", "Posted at 6:19 AM, Dec 03, 2015", "Published: 06 Jan 2019".
- Datelines open a paragraph: "MOSCOW, January 22 (Sputnik) –", "MOSCOW, June 10. /TASS/.",
  "Tehran, July 16:".
- Photo captions and site boilerplate ("Creating new perspectives since 2009") are skipped,
  for the date and as year evidence.
- A date without a year gets one from ``years.infer_year``; with no date line at all, a
  weekday named with a month-day ("on Wednesday, December 26") dates the article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from chronology.dates import context, metadata, years
from chronology.dates.model import ReferenceDate
from chronology.dates.patterns import DAY, MON, WD, WEEKDAY_ABBR, WEEKDAYS, month
from chronology.dates.publication import find_publication_line, menu_line, opens_page
from chronology.dates.tagger import find_candidates
from chronology.dates.timeml import valid_day

_DATELINE = re.compile(
    r"^[ \t\"“]*(?:\([^()\n]{2,40}\)[ \t]*)?"  # an aggregator's source tag: "(Feed- Agency)"
    r"(?!(?i:published|updated|posted|modified|dated?|created|last|first|written|"
    r"released|issued|time)\b)"  # "Published: 04 Jun. 2025" is a publication line
    r"(?P<place>[A-Z][\w.'’\-]*(?:[ \-][A-Z][\w.'’\-]*){0,3}"
    r"(?:\s*[(\[][A-Z][\w .'’\-]{1,25}[)\]])?"  # "CHENNAI (India), April 12", "Ankara [Turkey]"
    r"(?:,\s*[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2})?)\s*[,.:]\s*"
    r"(?:[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+)?\s+\d{1,2},\s*1[34]\d\d\s*A?H\.?,\s*)?"  # Hijri
    rf"(?P<date>{MON}\s*{DAY}|{DAY.replace('(?P<day>', '(?P<day2>')}\s+"
    rf"{MON.replace('(?P<mon>', '(?P<mon2>')})(?:,?\s*(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\([^)\n]{1,40}\)|\.?\s*/[A-Za-z\- ]{2,20}/|[,.]\s*[A-Z][A-Za-z]{1,12})?"
    r"(?:\s*(?:--|[-–—:.])|\s+(?=[A-Z][a-z]))",  # "New Delhi, April 19 India on Friday …"
    re.MULTILINE,
)
# Run on the lower-cased text.  Strong signs mark any line; weak ones ("photo") only a short one.
_CAPTION = re.compile(
    r"©|copyright|all\s+rights\s+reserved|getty\s+images|reuters/|/afp\b|\(afp\)|ap\s+photo|"
    r"\[[^\]\n]*(?:agency|press|office|photo|afp|reuters|getty|tass|sputnik|irna|xinhua)[^\]\n]*\]|"
    r"since\s+(?:19|20)\d\d\s*$|\(@\w{1,30}\)|pic\.twitter\.com|"  # an embedded post's credit
    r"^[ \t]*(?:related|read\s+(?:more|also)|also\s+read|see\s+also|recommended)\b|"  # teasers
    r"(?P<weak>photo|image|credit|file\s+picture)",
    re.MULTILINE,
)
_SHORT_LINE = 250
_SCAN_CHARS = 4000  # publication lines sit near the top
_EVIDENCE_CHARS = 30000
_DATELINE_CHARS = 6000  # so do datelines; a "related stories" teaser further down is not one


@functools.lru_cache(maxsize=16)
def _reach(text: str, chars: int) -> int:
    """Where the top of the article ends: after ``chars`` characters of its lines, a site's
    menu items ("World", "Science and Technology") not counted, so that a saved page's long
    menu does not push its date line out of reach."""
    if len(text) <= chars:
        return len(text)
    counted = pos = 0
    for line in text[:_EVIDENCE_CHARS].split("\n"):
        pos += len(line) + 1
        if not menu_line(line):
            counted += len(line) + 1
            if counted >= chars:
                return min(pos, len(text))
    return min(len(text), _EVIDENCE_CHARS)


@dataclass(frozen=True)
class _Found:
    source: str
    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    update: bool = False  # a date labelled as the page's update, not its publication
    note: str = ""  # where a year not written on the line came from


def find_reference(text: str, published: dt.date | None = None,
                   period: tuple[int, int] | None = None,
                   published_source: str | None = None) -> ReferenceDate:
    """The article's own date: front matter ``published``, else its publication line or
    dateline (with the year inferred when it has none), else a weekday-dated mention.
    A ``published`` date found in a page's metadata (``published_source`` names the tag) is
    weighed against the story's dateline (``metadata.weigh_page_date``).

    >>> find_reference("Tehran, July 16: Talks in 2019 went well.", period=(2015, 2023)).iso
    '2019-07-16'
    """
    if published is not None and published_source not in (None, metadata.FRONT_MATTER):
        return metadata.weigh_page_date(text, published, published_source)
    if published is not None:
        return ReferenceDate(published, "front-matter", reasons=("front matter 'published'",))
    skip = skipped_lines(text[:_EVIDENCE_CHARS])
    dateline = _dateline(text, skip)
    found = _publication_line(text, skip, dateline)
    if found is not None and _page_clock(found, dateline, text):
        skip = sorted([*skip, (found.start, found.end)])  # the clock is no year evidence
        found = dateline
    elif found is not None and _top_clock(found, text):
        found = _published_below(text, skip, found) or found
    if found is not None and found.update and found.year and dateline is not None:
        # a dateline with its year states the story's day; an update line only a later edit
        found = (dateline if dateline.year else None) or \
            _dateline_under_update(found, dateline) or found
    found = found or dateline
    tail = _tail_publication(text) if not (found and found.year) else None
    if tail is not None and (found is None or (found.month, found.day) == (tail.month,
                                                                            tail.day)):
        found = tail  # "This article was first published on ... on May 15, 2025" at the end
    if found and found.year:
        day = dt.date(found.year, found.month, found.day)
        return ReferenceDate(day, found.source, found.text, found.start, found.end,
                             year_inferred=bool(found.note), reasons=(
                                 f"{found.source} '{found.text.strip()}'{found.note}",))
    head = text[:_EVIDENCE_CHARS]  # an article's year shows early; a huge file costs no more
    candidates = [c for c in find_candidates(head) if not _inside(c.start, skip)]
    evidence = years.gather(text, candidates, _lead(text, found, skip) if found else None)
    if found:
        inferred = _with_inferred_year(found, evidence, period)
        if inferred.date is None:
            return _from_caption(text, skip, found) or inferred
        return inferred
    return _from_weekday_dates(text, evidence, period)


_TAIL_CHARS = 2500
_FIRST_PUBLISHED = re.compile(r"\b(?:first|originally)\s+(?:published|appeared|posted|ran)\b",
                              re.IGNORECASE)


def _tail_publication(text: str) -> _Found | None:
    """A publication line at the end of the article: a sentence saying where and when it
    was first published, or (past the top's reach) a line labelled "Published"."""
    start = max(0, len(text) - _TAIL_CHARS)
    pos = text.find("\n", start) + 1 if start else 0
    top = _reach(text, _SCAN_CHARS)
    for line in text[pos:].split("\n"):
        at, pos = pos, pos + len(line) + 1
        label = _FIRST_PUBLISHED.search(line) or _POSTED_ON.match(line)
        if label is not None and label.re is _POSTED_ON and _COMMENTS.search(text, start, at):
            continue  # under the readers' comments, "Posted on ..." dates a comment
        if label is None:
            if at < top or len(line) > 160 or not _PUBLISHED_WORD.search(line):
                continue
            found = find_publication_line(line, [(0, line)])
            if found is None or found.year is None or found.update:
                continue
            return _Found("publication-line", at + found.start, at + found.end, found.text,
                          found.year, found.month, found.day)
        for c in find_candidates(line[label.end():label.end() + 120]):
            if label.re is _POSTED_ON and c.start > 0:
                break  # "Posted on" dates the page only with the date right after it
            if c.kind == "full" and c.g("year") and c.g("mon") and c.g("day"):
                y, m, d = int(c.g("year")), month(c.g("mon")), int(c.g("day"))
                if valid_day(y, m, d):
                    return _Found("publication-line", at + label.start(),
                                  at + label.end() + c.end, line[label.start():label.end()
                                                                 + c.end], y, m, d)
    return None


# A blog's footer: "Posted on May 15, 2025 by ...", "This entry was posted on Thursday, May
# 15th, 2025 at ..." (the date right after "posted on"; "Posted by Reader on ..." is a comment).
_POSTED_ON = re.compile(r"\s*(?:this\s+(?:entry|article|post)\s+was\s+)?posted\s+on\s+(?=\S)",
                        re.IGNORECASE)
# "Published", never "Posted": at the foot of a page, "Posted by ... on" dates a comment.
_PUBLISHED_WORD = re.compile(r"\bpublished\b", re.IGNORECASE)


def _dateline_under_update(update: _Found, dateline: _Found) -> _Found | None:
    """Only an update date ("Updated: Dec 07, 2018") and a dateline of another day up to a
    week before it ("BHUBANESWAR, Dec 6"): the story was written on the dateline's day, in the
    update's year (or the year before, across New Year)."""
    if (update.month, update.day) == (dateline.month, dateline.day):
        return None
    changed = dt.date(update.year, update.month, update.day)
    for year in ([dateline.year] if dateline.year else [update.year, update.year - 1]):
        if valid_day(year, dateline.month, dateline.day):
            written = dt.date(year, dateline.month, dateline.day)
            if 0 < (changed - written).days <= 7:
                return replace(dateline, year=year, note=(
                    f": the story's day, in the year of the update line '{update.text}'"))
    return None


def _from_caption(text: str, skip, found: _Found) -> ReferenceDate | None:
    """"BEIJING, Dec. 18 (Xinhua)" with no year, under a photo captioned "… on Dec. 17,
    2019": a caption's full date on the dateline's day or up to three days before gives
    the year (captions are no date line, but they are written the same days)."""
    for c in find_candidates(text[:_reach(text, _SCAN_CHARS)]):
        if not (_inside(c.start, skip) and c.kind == "full" and c.g("year") and c.g("mon")
                and c.g("day")):
            continue
        y, m, d = int(c.g("year")), month(c.g("mon")), int(c.g("day"))
        for year in (y, y + 1):  # a caption of 31 December over a dateline of 2 January
            if not (valid_day(y, m, d) and valid_day(year, found.month, found.day)):
                continue
            day = dt.date(year, found.month, found.day)
            if 0 <= (day - dt.date(y, m, d)).days <= 3:
                return ReferenceDate(day, found.source, found.text, found.start, found.end,
                                     year_inferred=True, reasons=(
                    f"{found.source} '{found.text.strip()}' has no year: year {year} from "
                    f"the photo caption's date '{c.text}'",))
    return None


def skipped_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are photo captions, credits or site boilerplate."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = text
    spans: list[tuple[int, int]] = []
    for m in _CAPTION.finditer(lower):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group("weak") and end - start > _SHORT_LINE:
            continue
        if not spans or spans[-1] != (start, end):
            spans.append((start, end))
    comments = _COMMENTS.search(text) if any(w in lower for w in _COMMENT_WORDS) else None
    if comments:  # readers' comments: their dates are theirs, to the end of the page
        spans = [sp for sp in spans if sp[1] <= comments.start()] + [(comments.start(),
                                                                       len(text))]
    return spans


_COMMENT_WORDS = ("comment", "repl", "respons")
_COMMENTS = re.compile(
    r"^[ \t]*(?:\d+\s+)?(?:comments?|responses?|replies|reader\s+comments|leave\s+a\s+"
    r"(?:comment|reply)|add\s+(?:a\s+)?comment)[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` lies in one of ``spans`` (disjoint, sorted)."""
    i = bisect.bisect_right(spans, (pos, float("inf")))
    return bool(i) and spans[i - 1][0] <= pos < spans[i - 1][1]


# "Monday, 08 November 2021 — 18:23" looks like "PLACE, date —" but is a date line.
_WEEKDAY_FIRST = re.compile(r"\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
                            re.IGNORECASE)


def _publication_line(text: str, skip, dateline: _Found | None) -> _Found | None:
    lines, pos = [], 0
    for line in text[:_reach(text, _SCAN_CHARS)].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip() and not _inside(start, skip) and (
                not _DATELINE.match(line) or _WEEKDAY_FIRST.match(line)):
            lines.extend(_unglued(start, line))
    hint = (dateline.month, dateline.day) if dateline else None
    found = find_publication_line(text, lines, hint)
    if found is None:
        return None
    return _Found("publication-line", found.start, found.end, found.text, found.year,
                  found.month, found.day, found.update)


# Where a saved page's text glued two of its elements into one line: a year and a clock
# ("May 15, 20251:05 PM"), a year and the headline ("15 May 2025Navy to hold drills"), a
# date and its copy ("15 May 202515 May 2025"), a time zone and a label ("GMT+3Updated 2
# hours ago"), a byline and its date ("Contributing writerMay 15, 2025"), a time zone and the
# day ("04:46 GMT +315 May 2025").
_GLUED = re.compile(r"(?<!\w)(?:19|20)\d\d(?=\d{1,2}:\d\d|[A-Z][a-z]|[0-3]?\d\s+[A-Z][a-z])"
                    r"|[\da-z](?=(?:Updated|Published|Posted|Modified)\b)"
                    rf"|[a-z](?={MON}\s*\d)"
                    r"|(?:GMT|UTC)\s?[+-](?:1[0-4]|0?\d)"  # "04:46 GMT +314 March 2018"
                    rf"(?=(?:[1-9]|[0-3]\d)\s+{MON.replace('(?P<mon>', '(?P<mon2>')}"
                    r"|[0-3]\d[./][01]\d[./]\d\d)")
_GLUE_HINT = re.compile(rf"(?:19|20)\d\d[\dA-Z]|[a-z]{MON}|(?:GMT|UTC)\s?[+-]\d\d")
_GLUE_LABELS = ("Updated", "Published", "Posted", "Modified")


def _unglued(start: int, line: str) -> list[tuple[int, str]]:
    """The line's parts, each with its offset, where the page's elements were glued."""
    if not (_GLUE_HINT.search(line) or any(w in line for w in _GLUE_LABELS)):
        return [(start, line)]
    cuts = [m.end() for m in _GLUED.finditer(line)]
    if not cuts:
        return [(start, line)]
    bounds = [0, *cuts, len(line)]
    return [(start + a, line[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


# "ANKARA (Example News / Sputnik - 12th July, 2019) Turkey received …": the date in brackets.
_DATELINE_BRACKETED = re.compile(
    r"^[ \t\"“Â\u00a0]*(?P<place>[A-Z][A-Z.'’\-]+(?:[ \-][A-Z][A-Z.'’\-]+){0,3}),?\s*\("
    r"(?:[^()\n]{0,60}?(?:[-–—,/]\s*)|(?=[^()\n]{5,30}\)\s*(?:--|[-–—:])))"  # "NEW DELHI (Sept 22, 2020) -"
    rf"(?P<date>{DAY}\s+{MON}|{MON.replace('(?P<mon>', '(?P<mon2>')}\s*"
    rf"{DAY.replace('(?P<day>', '(?P<day2>')}),?\s*(?P<year>(?:19|20)\d\d)\s*\)",
    re.MULTILINE)


# A lead that opens with its full date: "September 22, 2020 — The Navy said ...",
# "05 November 2024_ The navy held ...".
_DATE_FIRST = re.compile(
    rf"^[ \t]*(?P<place>)(?:{WD},?\s+)?(?:{DAY}\s+{MON}|{MON.replace('(?P<mon>', '(?P<mon2>')}\s*"
    rf"{DAY.replace('(?P<day>', '(?P<day2>')}),?\s*(?P<year>(?:19|20)\d\d)"
    r"(?:\s*[,|–—-]?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?(?:\s*[A-Z]{2,4}\b)?)?"  # a clock
    r"(?:,\s*[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,2})?"  # "Sep 22, 2020, New Delhi:"
    r"\s*(?:--|[-–—_:|])\s*(?=[A-Z\"“‘'])",
    re.MULTILINE)
# A numeric dateline: "ANKARA, 22.09.2020 - ...", "BAKU, 22.09.2020 /Agency/ ..." (dots and
# dashes day first).
_NUMERIC_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’\-]+(?:[ \-][A-Z][A-Za-z.'’\-]+){0,3}),\s*"
    r"(?P<d>[0-3]?\d)[.-](?P<m>[01]?\d)[.-](?P<y>(?:19|20)\d\d)\s*"
    r"(?:(?:\([^)\n]{1,40}\)|/[^/\n]{2,25}/)\s*(?:--|[-–—:.])?|--|[-–—:.])"  # "(Agency) -", "/Agency/"
    r"\s*(?=[A-Z\"“])", re.MULTILINE)
# A lead that opens with its numeric date, the place in brackets: "22-9-2020 (YANGON) The ...".
_NUMERIC_FIRST = re.compile(
    r"^[ \t]*(?P<place>)(?P<d>[0-3]?\d)[.-](?P<m>[01]?\d)[.-](?P<y>(?:19|20)\d\d)\s*"
    r"\([A-Z][\w .,'’\-]{1,30}\)\s*(?:--|[-–—:])?\s*(?=[A-Z\"“])", re.MULTILINE)


def _dateline(text: str, skip) -> _Found | None:
    reach = _reach(text, _DATELINE_CHARS)
    for m in _DATELINE_BRACKETED.finditer(text, 0, reach):
        if not _inside(m.start(), skip):
            return _dateline_found(m)
    leads = [m for m in _DATE_FIRST.finditer(text, 0, reach)
             if not _inside(m.start(), skip) and _prose_follows(text, m.end())]
    # the story's opening line, and the only one: several are a timeline's entries
    first = leads[0] if len(leads) == 1 and not _prose_before(text, leads[0].start()) else None
    found = _place_dateline(text, skip, reach)
    if first is not None and (found is None or first.start() < found.start):
        return _dateline_found(first)
    if found is None:
        numeric = next((m for m in _NUMERIC_DATELINE.finditer(text, 0, reach)
                        if not _inside(m.start(), skip)), None) or next(
            (m for m in _NUMERIC_FIRST.finditer(text, 0, reach) if not _inside(m.start(), skip)
             and _prose_follows(text, m.end()) and not _prose_before(text, m.start())), None)
        y, mm, dd = (int(numeric[k]) for k in ("y", "m", "d")) if numeric else (0, 0, 0)
        if numeric and valid_day(y, mm, dd):
            return _Found("dateline", numeric.start("place"), numeric.end(),
                          numeric.group(0).strip(), y, mm, dd)
    return found


def _prose_before(text: str, pos: int) -> bool:
    """True when a line of prose (fifteen words or more) comes before ``pos``."""
    return any(len(line.split()) >= 15 for line in text[:pos].split("\n"))


def _prose_follows(text: str, pos: int) -> bool:
    """True when the rest of the line is a sentence (eight words or more), not a title."""
    end = text.find("\n", pos)
    return len(text[pos:len(text) if end < 0 else end].split()) >= 8


def _place_dateline(text: str, skip, reach: int) -> _Found | None:
    for m in _DATELINE.finditer(text, 0, reach):
        if _inside(m.start(), skip) or m.group("place").split()[0].lower().rstrip(".,") in (
                WEEKDAYS.keys() | WEEKDAY_ABBR.keys()):
            continue  # "Monday, November 25, 2024" is a date line, not a dateline
        mon, day = m.group("mon") or m.group("mon2"), m.group("day") or m.group("day2")
        mm, dd = month(mon), int(day)
        if valid_day(2000, mm, dd):
            y = int(m.group("year")) if m.group("year") else None
            return _Found("dateline", m.start("place"), m.end(), m.group(0).strip(), y, mm, dd)
    return None


_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|updated|date|by)\b", re.IGNORECASE)


def _page_clock(line: _Found, dateline: _Found | None, text: str) -> bool:
    """A bare date line at the very top of the page, above the headline, that disagrees with
    the story's dateline is the page's own clock ("Monday, November 25, 2024" over "Kamra, MAR 11: ..."): the dateline
    tells the story's day."""
    if dateline is None or (line.month, line.day) == (dateline.month, dateline.day):
        return False
    top = not text[:line.start].strip()  # the page's first line, above the headline
    return top and line.start < dateline.start and not _PUBLISHED_LABEL.search(line.text)


def _top_clock(line: _Found, text: str) -> bool:
    """A bare date line (no label) that opens the page (under its menu, if any), above the
    headline: perhaps the page's own clock ("Thursday, January 15th, 2026" over a story of years before)."""
    return bool(line.year) and not line.update and opens_page(text, line.start) and \
        not _PUBLISHED_LABEL.search(line.text)


_PUBLISHED_START = re.compile(r"\s*(?:first\s+)?(?:publish(?:ed)?|posted)\b", re.IGNORECASE)


def _published_below(text: str, skip, clock: _Found) -> _Found | None:
    """The one line further down that opens with a publication label ("Publish Date :
    08 July 2019 19:03", "Published in Example Daily, May 11th, 2023"), dated on or before
    the bare date line that opens the page: the story's own date, under its last
    paragraph.  Several such lines are a list of other stories: none is taken."""
    found, pos = [], clock.end
    for line in text[clock.end:_EVIDENCE_CHARS].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if len(line) > 160 or not _PUBLISHED_START.match(line) or _inside(at, skip):
            continue
        line_date = find_publication_line(line, [(0, line)])
        if line_date is not None and line_date.year and not line_date.update:
            found.append(_Found("publication-line", at + line_date.start, at + line_date.end,
                                line_date.text, line_date.year, line_date.month,
                                line_date.day))
    days = {(f.year, f.month, f.day) for f in found}
    if len(days) != 1 or days.pop() > (clock.year, clock.month, clock.day):
        return None
    return found[0]


def _dateline_found(m: re.Match) -> _Found | None:
    mm, dd = month(m.group("mon") or m.group("mon2")), int(m.group("day") or m.group("day2"))
    y = int(m.group("year"))
    if not valid_day(y, mm, dd):
        return None
    return _Found("dateline", m.start("place"), m.end(), m.group(0).strip(), y, mm, dd)


def _lead(text: str, found: _Found, skip) -> tuple[int, int] | None:
    """The story's first paragraph: the dateline's own line, or the first line of prose
    (fifteen words or more) after the publication line."""
    pos = text.rfind("\n", 0, found.start) + 1
    for line in text[pos:pos + _SCAN_CHARS].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line.split()) >= 15 and not _inside(start, skip):
            return start, start + len(line)
    return None


def _with_inferred_year(found: _Found, ev: years.Evidence, period) -> ReferenceDate:
    y, reasons = years.infer_year(ev, (found.month, found.day), period)
    head = f"{found.source} '{found.text}' has no year"
    ahead = [(c, fy) for c, fy in ev.present_years if c.kind in ("monthyear", "full")]
    if y is not None and ahead and y < min(fy for _, fy in ahead) - _NEAR_FUTURE:
        c, fy = min(ahead, key=lambda a: a[1])
        reasons = [*reasons, f"but '{c.text}' is ahead of the writer, who names its month: "
                   f"{y} is more than {_NEAR_FUTURE} years before it, so no year is sure"]
        y = None  # the text contradicts itself; a wrong date is worse than none
    if y is None or not valid_day(y, found.month, found.day):
        return ReferenceDate(None, "none", found.text, found.start, found.end,
                             reasons=(head, *reasons))
    return ReferenceDate(dt.date(y, found.month, found.day), found.source, found.text,
                         found.start, found.end, year_inferred=True,
                         reasons=(f"{head}: year {y} inferred", *reasons))


_NEAR_FUTURE = 2  # years: a future date named with its month is rarely further ahead


def _from_weekday_dates(text: str, ev: years.Evidence, period) -> ReferenceDate:
    if not ev.weekday_dates:
        return ReferenceDate(None, "none", reasons=(
            "no front matter date, publication line, dateline or weekday-dated mention",))
    y, reasons = years.infer_year(ev, None, period)
    if y is None:
        return ReferenceDate(None, "none", reasons=("no date line", *reasons))
    past, future = [], []
    for c, m, d, _wd in ev.weekday_dates:
        if valid_day(y, m, d):
            tense = context.tense(text, c.start, c.end)
            (future if tense == context.FUTURE else past).append((dt.date(y, m, d), c))
    if past:
        day, c = max(past, key=lambda p: p[0])
        how = f"the latest past weekday-dated mention '{c.text}'"
    else:
        first, c = min(future, key=lambda p: p[0])
        day, how = first - dt.timedelta(days=1), f"the day before the future mention '{c.text}'"
    return ReferenceDate(day, "inferred", c.text, c.start, c.end, year_inferred=True,
                         reasons=(f"no date line: dated by {how}",
                                  f"year {y} inferred from '{c.text}'", *reasons))

