"""The article's own date: front matter, else a publication line or a dateline, else inferred.

- Publication lines are lines that hold nothing but a date, a time and a label:
  "September 20, 2023 at 3:17 pm", "Posted at 6:19 AM, Dec 03, 2015", "Published: 06 Jan 2019".
- Datelines open a paragraph: "MOSCOW, January 22 (Sputnik) –", "MOSCOW, June 10. /TASS/.",
  "Tehran, July 16:" (``datelines.py``).
- Photo captions and site boilerplate ("Creating new perspectives since 2009") are skipped,
  for the date and as year evidence.
- A date without a year gets one from ``years.infer_year``; with no date line at all, a
  weekday named with a month-day ("on Wednesday, December 26") dates the article
  (``reference_inferred.py``).
- The page's clock, teasers' dates and lists of other stories around the dateline are not the
  story's date (``page_clock.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronology.dates import metadata, years
from chronology.dates.datelines import (
    AGENCY_THEN_DATE,
    EVIDENCE_CHARS,
    SCAN_CHARS,
    Found,
    find_dateline,
    inside,
    opens_with_dateline,
    reach,
)
from chronology.dates.model import ReferenceDate
from chronology.dates.page_clock import (
    below_yearless,
    lead_contradicts,
    listed_over,
    name_contradicts,
    over_dated_dateline,
    over_dateline,
    page_clock,
    published_below,
    top_clock,
    under_dateline,
    year_near,
)
from chronology.dates.patterns import MON, may_hold, month
from chronology.dates.publication import (
    EMPTY_STAMP,
    TEASER_HEAD,
    UPDATE_DAYS,
    find_publication_line,
    repeated_headline,
    trailing_headline,
)
from chronology.dates.reference_inferred import (
    from_weekday_dates,
    header_date,
    say_undecided,
    story_lead,
    with_inferred_year,
)
from chronology.dates.tagger import find_candidates
from chronology.dates.timeml import valid_day
from chronology.languages import en_grammar

# Run on the lower-cased text.  Strong signs mark any line; weak ones ("photo") only a short one.
_CAPTION = re.compile(
    r"©|copyright|all\s+rights\s+reserved|getty\s+images|reuters/|/afp\b|\(afp\)|ap\s+photo|"
    r"\[[^\]\n]*(?:agency|press|office|photo|afp|reuters|getty|tass|sputnik|irna|xinhua)[^\]\n]*\]|"
    r"since\s+(?:19|20)\d\d\s*$|\(@\w{1,30}\)|pic\.twitter\.com|"  # an embedded post's credit
    r"^[ \t]*(?:related|read\s+(?:more|also)|also\s+read|see\s+also|recommended)\b|"  # teasers
    r"(?P<weak>photo|image|credit|file\s+picture)",
    re.MULTILINE,
)
# Where a sign of ``_CAPTION`` may start: the first letters of each of its signs, or a newline
# (a teasers' heading opens a line).  ``_CAPTION`` has no fast start of its own, and was tried
# at every character; this search skips to these places fast, and it is tried there only.
_CAPTION_START = re.compile(r"©|copyright|all\s|getty\s|reuters/|/afp|\(afp\)|ap\s|\[|since\s|"
                            r"\(@|pic\.twitter\.com|photo|image|credit|file\s|\n")
_SHORT_LINE = 250
_EVIDENCE_CHARS = EVIDENCE_CHARS
_SCAN_CHARS = SCAN_CHARS


def find_reference(text: str, published: dt.date | None = None,
                   period: tuple[int, int] | None = None,
                   published_source: str | None = None) -> ReferenceDate:
    """The article's own date: front matter ``published``, else its publication line or
    dateline (with the year inferred when it has none), else a weekday-dated mention.
    A ``published`` date found in a page's metadata (``published_source`` names the tag) is
    weighed against the story's dateline (``metadata.weigh_page_date``).

    >>> find_reference("Tehran, Tuesday, July 16: Talks went well.", period=(2015, 2023)).iso
    '2019-07-16'
    """
    if published is not None and published_source not in (None, metadata.FRONT_MATTER):
        return metadata.weigh_page_date(text, published, published_source)
    if published is not None:
        return ReferenceDate(published, "front-matter", reasons=("front matter 'published'",))
    skip = skipped_lines(text[:_EVIDENCE_CHARS])
    dateline = find_dateline(text, skip)
    found = _publication_line(text, skip, dateline)
    if found is not None and (under_dateline(found, dateline) or listed_over(found, dateline)):
        found = dateline  # a bare date line under the story's lead, or listed, dates another
    elif found is not None and (page_clock(found, dateline, text)
                                or below_yearless(found, dateline)
                                or over_dated_dateline(found, dateline)):
        skip = sorted([*skip, (found.start, found.end)])  # the clock is no year evidence
        found = dateline
    elif found is not None and over_dateline(found, dateline, text):
        found = year_near(dateline, found)  # a teaser's date right over the story's dateline
    elif found is not None and top_clock(found, text):
        below = published_below(text, skip, found)
        if below is not None:
            found = below
        elif lead_contradicts(text, skip, found) or name_contradicts(text, skip, found):
            skip = sorted([*skip, (found.start, found.end)])  # the clock is no year evidence
            found = dateline
    if found is not None and found.update and found.year and dateline is not None:
        # a dateline with its year states the story's day; an update line only a later edit
        found = (dateline if dateline.year else None) or \
            _dateline_under_update(found, dateline) or found
    found = found or dateline
    tail = _tail_publication(text) if not (found and found.year and not found.update) else None
    if tail is not None and (found is None or (found.month, found.day) == (tail.month, tail.day)
                             or _published_before_update(tail, found)):
        found = tail  # "This article was first published on ... on May 15, 2025" at the end
    if found and found.year and valid_day(found.year, found.month, found.day):
        day = dt.date(found.year, found.month, found.day)
        return ReferenceDate(day, found.source, found.text, found.start, found.end,
                             year_inferred=bool(found.note), reasons=(
                                 f"{found.source} '{found.text.strip()}'{found.note}",))
    # An article's year shows early: only its top is evidence.  The candidates are the whole
    # text's (cached: the mention finder reads the same text), not a second scan of the top.
    if not found:  # no date line: a feed's cut teasers tell other stories' days
        skip = sorted([*skip, *_cut_teasers(text[:_EVIDENCE_CHARS])])
    candidates = [c for c in find_candidates(text)
                  if c.end <= _EVIDENCE_CHARS and not inside(c.start, skip)]
    evidence = years.gather(text, candidates, story_lead(text, found, skip) if found else None)
    if found:
        inferred = with_inferred_year(found, evidence, period)
        if inferred.date is None:
            return _from_caption(text, skip, found) or inferred
        return inferred
    return say_undecided(text, from_weekday_dates(text, evidence, period)
                          if evidence.weekday_dates else
                          header_date(text) or from_weekday_dates(text, evidence, period))



# A line of a feed of other stories cut short by the page ("A cyclist was hurt on the ring
# road. Paramedics were called to reports that a..."); a few of them make a feed.
_CUT_END = re.compile(r"(?:\.\.\.|…)[ \t]*$", re.MULTILINE)  # after a word (see below)
_FEED_LINES = 3


def _cut_teasers(text: str) -> list[tuple[int, int]]:
    """The spans of the lines cut short by the page (a word, then "..." or "…") when
    there are ``_FEED_LINES`` or more of them: the cut teasers of a feed of other stories
    under the story, whose days (a weekday with its day: "last night (Friday 9 May)")
    are theirs, not the page's."""
    spans = []
    for m in _CUT_END.finditer(text):  # the dots first: a search from every word was slow
        word = m.start()
        while word > 0 and text[word - 1] in " \t":
            word -= 1
        if word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_"):
            spans.append((text.rfind("\n", 0, word) + 1, m.end()))
    return spans if len(spans) >= _FEED_LINES else []


_TAIL_CHARS = 2500
_FIRST_WORDS = ("first", "originally")  # (one of them is in every line it matches)
_FIRST_PUBLISHED = re.compile(rf"\b(?:{'|'.join(_FIRST_WORDS)})\s+(?:published|appeared|posted|ran)\b",
                              re.IGNORECASE)


def _tail_publication(text: str) -> Found | None:
    """A publication line at the end of the article: a sentence saying where and when it
    was first published, or (past the top's reach) a line labelled "Published"."""
    start = max(0, len(text) - _TAIL_CHARS)
    pos = text.find("\n", start) + 1 if start else 0
    top = reach(text, _SCAN_CHARS)
    tail = text[pos:]
    # (cheap tests first: most tails hold none of the words these searches need)
    first, published = may_hold(tail, *_FIRST_WORDS), may_hold(tail, "published")
    for line in tail.split("\n"):
        at, pos = pos, pos + len(line) + 1
        label = (_FIRST_PUBLISHED.search(line) if first else None) or _POSTED_ON.match(line)
        if label is not None and label.re is _POSTED_ON and _COMMENTS.search(text, start, at):
            continue  # under the readers' comments, "Posted on ..." dates a comment
        if label is None:
            if at < top or len(line) > 160 or not (published and _PUBLISHED_WORD.search(line)):
                continue
            found = find_publication_line(line, [(0, line)])
            if found is None or found.year is None or found.update:
                continue
            return Found("publication-line", at + found.start, at + found.end, found.text,
                          found.year, found.month, found.day)
        for c in find_candidates(line[label.end():label.end() + 120]):
            if label.re is _POSTED_ON and c.start > 0:
                break  # "Posted on" dates the page only with the date right after it
            if c.kind == "full" and c.g("year") and c.g("mon") and c.g("day"):
                y, m, d = int(c.g("year")), month(c.g("mon")), int(c.g("day"))
                if valid_day(y, m, d) and f"{y}-{m:02d}-{d:02d}" != EMPTY_STAMP:
                    return Found("publication-line", at + label.start(),
                                  at + label.end() + c.end, line[label.start():label.end()
                                                                 + c.end], y, m, d)
    return None


# A blog's footer: "Posted on May 15, 2025 by ...", "This entry was posted on Thursday, May
# 15th, 2025 at ..." (the date right after "posted on"; "Posted by Reader on ..." is a comment).
_POSTED_ON = re.compile(r"\s*(?:this\s+(?:entry|article|post)\s+was\s+)?posted\s+on\s+(?=\S)",
                        re.IGNORECASE)
# "Published", never "Posted": at the foot of a page, "Posted by ... on" dates a comment.
_PUBLISHED_WORD = re.compile(r"\bpublished\b", re.IGNORECASE)


def _published_before_update(tail: Found, update: Found) -> bool:
    """A publication line at the end, on or up to a month before the update line at the top:
    the story's first day."""
    if not (update.update and update.year and tail.year):
        return False
    days = (dt.date(update.year, update.month, update.day) -
            dt.date(tail.year, tail.month, tail.day)).days
    return 0 <= days <= 31


def _dateline_under_update(update: Found, dateline: Found) -> Found | None:
    """Only an update date ("Updated: Dec 07, 2018") and a dateline of another day up to a
    month before it ("BHUBANESWAR, Dec 6"; a story is updated within days, weeks at most,
    as ``publication.UPDATE_DAYS`` has it): the story was written on the dateline's day, in
    the update's year (or the year before, across New Year)."""
    if (update.month, update.day) == (dateline.month, dateline.day):
        return None
    changed = dt.date(update.year, update.month, update.day)
    for year in ([dateline.year] if dateline.year else [update.year, update.year - 1]):
        if valid_day(year, dateline.month, dateline.day):
            written = dt.date(year, dateline.month, dateline.day)
            if 0 < (changed - written).days <= UPDATE_DAYS:
                return replace(dateline, year=year, note=(
                    f": the story's day, in the year of the update line '{update.text}'"))
    return None


def _from_caption(text: str, skip, found: Found) -> ReferenceDate | None:
    """"BEIJING, Dec. 18 (Xinhua)" with no year, under a photo captioned "… on Dec. 17,
    2019": a caption's full date on the dateline's day or up to three days before gives
    the year (captions are no date line, but they are written the same days)."""
    for c in find_candidates(text[:reach(text, _SCAN_CHARS)]):
        if not (inside(c.start, skip) and c.kind == "full" and c.g("year") and c.g("mon")
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
    for m in _captions(lower):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group("weak") and end - start > _SHORT_LINE:
            continue
        if AGENCY_THEN_DATE.match(text, start, end):
            continue  # "Ankara (AFP) Oct 21, 2020": the agency's dateline, not a photo credit
        if _closing_notice(text, start, end, m):
            continue  # "Tokyo, Jan. 9 (Agency)– ... in Washington. END [Copyright Agency]"
        if not spans or spans[-1] != (start, end):
            spans.append((start, end))
    credits = sorted(_credit_lines(text))
    if credits:
        spans = sorted({*spans, *credits})
    comments = _COMMENTS.search(text) if any(w in lower for w in _COMMENT_WORDS) else None
    if comments:  # readers' comments: their dates are theirs, to the end of the page
        spans = [sp for sp in spans if sp[1] <= comments.start()] + [(comments.start(),
                                                                       len(text))]
    return spans


def _captions(lower: str):
    """``_CAPTION.finditer(lower)``: the same matches, tried where a line starts or
    ``_CAPTION_START`` finds the start of a sign."""
    at = 0
    while True:
        m = _CAPTION.match(lower, at)
        if m is not None:
            yield m
            at = m.end()
            continue
        if lower.startswith("\n", at):
            at += 1  # a line starts after it
            continue
        sign = _CAPTION_START.search(lower, at + 1)
        if sign is None:
            return
        at = sign.start() + (sign.group() == "\n")


_NOTICE = re.compile(r"©|copyright|all\s+rights\s+reserved")
_SENTENCE_END = re.compile(r"[.!?”\"]\s")


_WIRE_END = re.compile(en_grammar.REFERENCE_WIRE_END)
_PICTURE = re.compile(en_grammar.REFERENCE_PICTURE_WORD)


def _closing_notice(text: str, start: int, end: int, sign: re.Match) -> bool:
    """True when the wire's closing form ('END [Copyright …]', '[Copyright …]') ends a long
    paragraph that opens with the story's dateline, after its last sentence: the wire's end
    mark. A line naming a picture ('File photo. © Agency / Name') stays a caption."""
    line = text[start:end].lower()
    return end - start > _SHORT_LINE and bool(_NOTICE.search(sign.group())) and bool(
        _SENTENCE_END.search(text, max(start, sign.start() - 40), sign.start())) and bool(
        _WIRE_END.search(line)) and not _PICTURE.search(line) and \
        opens_with_dateline(text[start:end])


# A photo credit after its slash: "EPA/JANE ROE", "EPA-EFE/JANE ROE", "… in 2021. / AA".
_EPA = re.compile(r"(?i:\bepa(?:-efe)?)$")
_CREDIT_TAIL = re.compile(r"[ \t]*[A-Za-z][\w .&-]{0,24}$", re.MULTILINE)


def _credit_lines(text: str):
    """The spans of lines holding a photo credit after a slash (looked for at each slash
    only, for speed)."""
    pos = text.find("/")
    while pos >= 0:
        if _EPA.search(text, max(0, pos - 8), pos) or (text[max(0, pos - 2):pos] in (
                ". ", ") ") and _CREDIT_TAIL.match(text, pos + 1)):
            start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
            yield start, len(text) if end < 0 else end
        pos = text.find("/", pos + 1)


_COMMENT_WORDS = en_grammar.REFERENCE_COMMENT_WORDS
_COMMENTS = re.compile(
    r"^[ \t]*(?:\d+\s+)?(?:comments?|responses?|replies|reader\s+comments|leave\s+a\s+"
    r"(?:comment|reply)|add\s+(?:a\s+)?comment)[ \t]*(?:\(\d+\))?[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)


# "Monday, 08 November 2021 — 18:23" looks like "PLACE, date —" but is a date line.
_WEEKDAY_FIRST = re.compile(r"\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
                            re.IGNORECASE)


_TEASER_HEAD_CHARS = 30


def _publication_line(text: str, skip, dateline: Found | None) -> Found | None:
    lines, pos, seen = [], 0, []
    top = text[:reach(text, _SCAN_CHARS)].split("\n")
    following = [line for line in top if line.strip()][1:] + [""]  # each line's next one
    for line in top:
        start, pos = pos, pos + len(line) + 1
        if len(line) <= _TEASER_HEAD_CHARS and TEASER_HEAD.match(line):  # ends the top's dates
            lines.append((start, line))
        elif line.strip() and not inside(start, skip) and (
                not opens_with_dateline(line) or _WEEKDAY_FIRST.match(line)):
            cut = repeated_headline(line, seen)  # "Navy drills end 16 September, 2020"
            tail = trailing_headline(line, following[len(seen)])  # "World 15/07/2018 Navy …"
            lines.extend(_unglued(start + cut, line[cut:len(line) - tail]))
        if line.strip():
            seen.append(line.strip())
    hint = (dateline.month, dateline.day) if dateline else None
    found = find_publication_line(text, lines, hint)
    if found is None:
        return None
    return Found("publication-line", found.start, found.end, found.text, found.year,
                  found.month, found.day, found.update, note=found.note, listed=found.listed)


# Where a saved page's text glued two of its elements into one line: a year and a clock
# ("May 15, 20251:05 PM"), a year and the headline ("15 May 2025Navy to hold drills"), a
# standfirst and its credit line ('… to Pelloria". Source: Agency Monday, March 14, 2022'), a
# date and its copy ("15 May 202515 May 2025"), a time zone and a label ("GMT+3Updated 2
# hours ago"), a byline and its date ("Contributing writerMay 15, 2025"), a time zone and the
# day ("04:46 GMT +315 May 2025").
_GLUED = re.compile(r"(?<!\w)(?:19|20)\d\d(?=\d{1,2}:\d\d|[A-Z][a-z]|[0-3]?\d\s+[A-Z][a-z])"
                    r"|(?<![\d:])[0-2]?\d:[0-5]\d(?=[A-Z][a-z])"  # "23.06.2021 | 15:38Special drills …"
                    r"|[.!?”\"\d]\s(?=(?:Source|Photo|Image|Credit)s?:\s)"  # "… Pelloria”. Source: Agency Monday, …"
                    r"|[\da-z](?=(?:Updated|Published|Posted|Modified)\b)"
                    rf"|[a-z.!?”\")](?={MON}\s*\d)"  # "… Christchurch.January 13, 2021"
                    r"|[a-z.!?”\")](?=(?:[1-9]|[0-3]\d)(?:st|nd|rd|th)?\s+"  # "…service20 December 2022"
                    rf"{MON.replace('(?P<mon>', '(?P<mon3>')},?\s*(?:19|20)\d\d)"
                    r"|(?:GMT|UTC)\s?[+-](?:1[0-4]|0?\d)"  # "04:46 GMT +314 March 2018"
                    rf"(?=(?:[1-9]|[0-3]\d)\s+{MON.replace('(?P<mon>', '(?P<mon2>')}"
                    r"|[0-3]\d[./][01]\d[./]\d\d)")
# A labelled date and clock that open a line of prose: "Published April 20, 2024 9:15pm The
# missiles have been delivered ..." (an aggregator's summary under its date).
_LABELLED_LEAD = re.compile(
    r"\s*(?:first\s+)?(?:published|posted|updated)(?:\s+on)?\s*:?\s*[\w ,.]{6,30}?(?:19|20)\d\d"
    r",?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?(?:\s*[A-Z]{2,4}\b)?(?=\s+[A-Z][a-z])",
    re.IGNORECASE)
# Cheap tests that ``_GLUED`` may cut the line: each of its cuts (but a label's) holds a
# year before a digit or a capital, a small letter or a stop before a month's capital or a
# digit, a zone or a label.  (Each test a regex of its own: one that opens with a letter or a
# digit class is scanned fast, and so is an alternation whose every branch opens with a
# literal; one with a class or a group first tries every branch at every letter.)
_GLUE_HINT = re.compile(r"1\d\d\d[\dA-Z]|2\d\d\d[\dA-Z]|:\d\d[A-Z]|GMT|UTC|Updated|Published|Posted|"
                        r"Modified|Sources?:|Photos?:|Images?:|Credits?:")
# (a small letter before a month's capital: the capital first, the letter looked back at, so
# that the scan stops at the few capitals, not at every small letter)
_GLUE_HINT_CASE = re.compile(r"[ADFJMNOS](?<=[a-z][ADFJMNOS])")
# The same for a stop before a month, or a day and month after a letter or stop, looked for
# on short lines only: "Staff Writer.May 15, 2025", "2 min read15 May, 2025".
_GLUE_HINT_SHORT = re.compile(r"[.!?”\")](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_GLUE_HINT_DAY = re.compile(r"[a-z.!?”\")][0-3]?\d(?:st|nd|rd|th)?\s+[ADFJMNOS]")
_DAY_BEFORE_CAPITAL = re.compile(r"\d(?:st|nd|rd|th)?\s+[ADFJMNOS]")  # (its tail: scanned fast)
_SHORT_GLUED = 200


def may_be_glued(line: str) -> bool:
    """False when ``_GLUED`` cannot cut ``line`` (a cheap test, for speed)."""
    return bool(_GLUE_HINT.search(line) or _GLUE_HINT_CASE.search(line) or (
        len(line) <= _SHORT_GLUED and (_GLUE_HINT_SHORT.search(line) or (
            _DAY_BEFORE_CAPITAL.search(line) and _GLUE_HINT_DAY.search(line)))))


def _unglued(start: int, line: str) -> list[tuple[int, str]]:
    """The line's parts, each with its offset, where the page's elements were glued."""
    if not may_be_glued(line):
        return [(start, line)]
    cuts = [m.end() for m in _GLUED.finditer(line)]
    lead = _LABELLED_LEAD.match(line)
    if lead:  # "Published April 20, 2024 9:15pm The missiles ...": an aggregator's summary
        cuts = sorted({*cuts, lead.end()})
    if not cuts:
        return [(start, line)]
    bounds = [0, *cuts, len(line)]
    return [(start + a, line[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
