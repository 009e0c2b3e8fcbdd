"""Finding date expressions in text: regex rules that give typed candidates, longest first.

Each rule is ``(kind, pattern)``; a match becomes a ``Candidate`` with its named groups.
A rule is tried only near the keywords of its kind (``gates.py``).  Overlaps are settled by
keeping the longest match (earlier rules win ties).  Spans follow the TimeML conventions: no leading preposition ("on Tuesday" -> "Tuesday"), but modifiers
and determiners that belong to the expression stay ("last year", "the third quarter").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronology.dates import gates
from chronology.dates.patterns import (
    ANAPHOR_DAY,
    ANAPHOR_TIME,
    ANAPHORIC,
    CLOCK,
    DAY,
    DAYW,
    DAYW_OF,
    ELIDED_UNIT,
    MOD,
    MON,
    NUM,
    PART,
    SEASON,
    SPELLED_YEAR,
    TOLD_YEAR,
    UNIT,
    WD,
    YEAR,
    compile_,
)
from chronology.languages import en, en_grammar


@dataclass(frozen=True)
class Candidate:
    """A date expression found by a rule: its kind, span and named groups."""

    kind: str
    start: int
    end: int
    text: str
    groups: dict

    def g(self, name: str) -> str | None:
        """A named group's text, or None."""
        return self.groups.get(name)


WD_OPT = rf"(?:{WD},?\s+(?:the\s+)?)?"
_SERIES_AFTER = "|".join(w.replace(" ", r"\s+") for w in en.ORDINAL_SERIES_AFTER)
_MON2 = MON.replace("(?P<mon>", "(?P<mon2>")
# the last day of a range written before the month: "5-6 October", "from 5 to 8 March"
_DAY2_BEFORE_MON = (r"(?:\s*(?:-|–|and|to|through|until)\s*(?:the\s+)?"
                    r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:,.]\d))?")
# and the last day of one that ends in another month: "28 September-2 October"
_DAY_MON_AFTER = rf"(?:\s*[-–]\s*(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MON2})?"
_Y2 = r"(?:19|20)\d\d"
_QPRE = (
    r"(?:(?P<qpre>the|this|last|next|its|their|this\s+year's|last\s+year's|next\s+year's|"
    r"the\s+(?:current|latest|previous|same|comparable|year-earlier|year-ago|fiscal|most\s+recent|"
    rf"comparable\s+year-(?:earlier|ago))|(?:the\s+)?(?P<qyear1>{_Y2})(?:'s)?)\s+)?"
)
# "the past three summers", "the past two weekends": counted periods, not the vague past.
PARTS_OF_YEAR = rf"(?:{'|'.join(en.SEASONS)}|weekend|{'|'.join(en.DAY_PARTS)})s?"
# "the following Monday", "the previous Friday": counted from the day told before, not today.
_SEQ = r"(?P<seq>the\s+(?:following|next|previous|preceding|prior))"
_REL = r"(?P<rel>last|this|next|coming|past|previous|early|late|earlier|later|mid)"
# "on March 3 last year", "on 3 March of this year": the day of the year named, one date.
_CENTURY_WORDS = "|".join(en.SPELLED_CENTURIES)
_DAY_RELYEAR = (r"(?:\s+(?:of\s+)?(?:(?P<relyear>last|this|next)\s+year\b(?!['’]s)|"
                rf"{TOLD_YEAR}))?")
# (a weekday that goes on with a noun is an adjective: "on Jan. 5, a Sunday newspaper said")
_APPOSED_WD = (rf",\s+(?:which\s+was\s+)?an?\s+{WD.replace('(?P<wd>', '(?P<wda>')}"
               rf"(?:\s+(?:{'|'.join(en.DAY_PARTS)})\b)?"
               r"(?=\s*(?:[,.;:!?)\"'’”]|$)|\s+(?:when|and|in|at|after|before|as|with|while)\b)")

_LAST_ORDINALS = "|".join(en.LAST_ORDINALS)
# A fiscal year over two calendar years ("2023-24", "2023–24"): one range, never its first
# year alone; a quarter or half of it is left undated (which months it covers differs by
# country).
_FISCAL_RANGE = rf"(?P<fy>{_Y2}\s*[-–]\s*(?:{_Y2}|\d\d))(?![\d-])"
_SAME_PERIOD = r"comparable|same|corresponding"
# "March '88", "the summer of '88": a month's or season's year with its century left out (as
# "in '89", the ``shortyear`` rule; not "'60 Minutes", a title)
_SHORT_YEAR = r"['’](?P<yy>\d\d)\b(?![.,]?\d|['’]s\b|\s+(?-i:[A-Z]))"
_OF_A_YEAR = (r"[\s-]+(?:fiscal[\s-]+)?quarter\s+of\s+(?:fiscal\s+)?(?:(?:19|20)\d\d\b|"
              rf"(?:this|last|next|the)\s+year\b|{TOLD_YEAR.replace('(?P<toldyear>', '(?:')})")

RULES: list[tuple[str, str]] = [
    ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d:-]\d|\d)"),
    ("iso", r"(?P<year>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])"),
    ("slashed", r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
    # "on Dec. 7, 1941, a Sunday", "on Oct. 23, which was a Friday": the weekday is the date's
    # own, told after it (group "wda"); read apart, it was a second date counted from the
    # reference.
    ("full+year", rf"{CLOCK}?{WD_OPT}{MON},?\s*{DAY}(?:\s*,\s*|\s+)(?:of\s+)?{YEAR}(?:{_APPOSED_WD})?"),
    ("full+year", rf"{MON}\s*{DAY}\s*(?:-|–|to|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{YEAR}"),
    # a range across months, "March 15-April 2[, 2014]": one mention, both ends
    ("full+monthrange", rf"{MON}\s*{DAY}\s*[-–]\s*{_MON2}\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{YEAR}"),
    # the days first, as most of the world writes them: "12-16 September 2019", "5 and 6
    # October" (one mention, both ends)
    ("full+year", rf"{WD_OPT}{DAY}{_DAY2_BEFORE_MON}(?:\s+of)?(?:\s+|-){MON}{_DAY_MON_AFTER}"
                  rf"(?:,?\s+|-){YEAR}"),
    ("monthday", rf"{WD}\s*\(\s*{MON}\s*{DAY}\s*\)"),
    ("monthday", rf"{WD_OPT}{MON}\s*{DAY}\s*(?:-|–|and|to|through|until)\s*"
                 r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[ap]\.?m\b|:))"),
    ("monthday+monthrange", rf"{WD_OPT}{MON}\s*{DAY}\s*[-–]\s*{_MON2}\s*"
                 r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[ap]\.?m\b|:))"),
    # the day in words too, as read out on the air: "Sunday, March eighth", "March the fifth"
    ("monthday", rf"{CLOCK}?(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?{WD_OPT}{MON}\s*"
                 rf"(?:{DAY}\b{_DAY_RELYEAR}(?:{_APPOSED_WD})?|\s(?:the\s+)?{DAYW})"),
    # "the week of March 6": the week, not the day.
    ("monthday+unit", rf"(?P<weekof>the\s+week\s+of)\s+{MON}\s*{DAY}\b(?!,?\s+\d)"),
    ("full+year", rf"(?P<weekof>the\s+week\s+of)\s+{MON}\s*{DAY}(?:\s*,\s*|\s+){YEAR}"),
    # "the first of March" ("the first of March's storms", "May Day" are no days)
    ("monthday", rf"{WD_OPT}(?:the\s+)?(?:{DAY}{_DAY2_BEFORE_MON}(?:\s+of)?|{DAYW_OF})\s+{MON}"
                 rf"{_DAY_MON_AFTER}(?!\s*\d|['’]s|\s+Day\b){_DAY_RELYEAR}"),
    ("full+year", rf"{WD_OPT}the\s+{DAYW_OF}\s+{MON},?\s+{YEAR}"),
    # "January-October", "the April-June quarter", "Jan.–March 2012": a span of months, one
    # mention (a name after a dash is no date of its own).
    ("monthrange", rf"(?:the\s+)?{MON}\s*[-–]\s*{_MON2}(?:,?\s+{YEAR})?"
                   r"(?:\s+(?P<mrq>quarter|period)\b)?"),
    ("monthyear+year", rf"{MOD}{MON}(?:\s+of)?,?\s+{YEAR}"),
    ("monthyear+year", rf"{MOD}{MON}(?:\s+of)?,?\s+{SPELLED_YEAR}"),
    ("month", rf"{MOD}(?:{_REL}\s+|mid-)?{MON}(?:\s+(?:of\s+)?(?:(?P<relyear>last|this|next)\s+year|{TOLD_YEAR}|"
              rf"{_SHORT_YEAR}))?"
              r"(?!\s*\d)"),
    # "the second week of March": the week, not the month.
    ("monthweek+unit", rf"(?:the\s+)?(?P<wkord>first|second|third|fourth|last|final)\s+week\s+of\s+"
                  rf"{MON}(?:,?\s+{YEAR})?\b"),
    # "the last Sunday of July", "the first Monday in October": that day, not "last Sunday"
    # and "July" apart.
    # A month that owns a noun is not the weekday's: "warned last Friday of May's deadline",
    # "last Sunday of March 2019's failures" are "last Friday" and a month apart.
    # (but "the first Monday of May's holiday week" is a day of May)
    ("monthweek", rf"(?P<nth>the\s+)?(?P<wkord>first|second|third|fourth|last|final)\s+{WD}\s+"
                  rf"(?:of|in)\s+{MON}(?(nth)|(?!(?:,?\s+\d{{4}})?['’]s\b))(?:,?\s+{YEAR})?\b"),
    ("decade", rf"(?:the\s+)?{MOD}(?:the\s+)?(?P<dec>(?:1[6-9]|20)\d)0'?s\b"),
    ("decade", rf"(?:the\s+)?{MOD}['’](?P<dec2>\d)0['’]?s\b"),
    # "the 80s", "the late 80s": the apostrophe left out ("the" before it; not a reading on
    # a scale: ``_plausible``)
    ("decade", rf"(?P<the>the\s+)?{MOD}(?(mod)(?:the\s+)?|(?(the)|(?!)))(?P<dec2>[2-9])0"
               r"(?P<bare>s)\b(?![-'’])"),
    # "the nineties", "the early nineties", "the nineteen-eighties" (not "in his nineties":
    # "the", a part or a century before it)
    ("decade", rf"{MOD}(?(mod)(?:the\s+)?|(?:the\s+|(?=(?:{_CENTURY_WORDS})[\s-])))"
               rf"(?:(?P<decc>{_CENTURY_WORDS})[\s-]+)?"
               r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("century", rf"(?:the\s+)?{MOD}(?:the\s+)?(?P<cent>\d{{1,2}})(?:st|nd|rd|th)\s+century\b"),
    ("century", rf"(?:the\s+)?{MOD}(?:the\s+)?(?P<centw>eighteenth|nineteenth|twentieth|"
                r"twenty-first)\s+century\b"),
    # "the last quarter of 2019", "the final quarter of the year": the year's fourth
    # ("the last quarter of the game" is none)
    ("quarter", rf"{_QPRE}(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|"
                rf"3rd|4th|(?:{_LAST_ORDINALS})(?={_OF_A_YEAR}))[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:fiscal\s+)?(?:{_FISCAL_RANGE}|(?P<qyear3>"
                rf"{_Y2})|(?P<qrel>this|last|next)\s+year|the\s+year\b|{TOLD_YEAR}))?"),
    # "the September quarter": the quarter that ends in September.
    ("quarter", rf"(?:the\s+)?{MON}\s+quarter\b(?!-)"),
    ("quarter", rf"\b(?P<qq>[1-4])Q(?:\s*(?:{_FISCAL_RANGE}|(?P<qyear4>{_Y2})))?\b"),
    ("quarter", rf"\bQ(?P<qn>[1-4])(?:\s*(?:{_FISCAL_RANGE}|(?P<qyear5>{_Y2})))?\b"),
    ("quarter", r"(?P<qbare>the|this|last|next|the\s+(?:latest|current|previous|prior|preceding|"
                r"same|comparable|"
                r"year-earlier|year-ago|most\s+recent|fiscal|comparable\s+year-(?:earlier|ago))|"
                r"this\s+year's|last\s+year's)(?:\s+fiscal)?\s+quarter\b(?!-|\s+of\b)"),
    # "the 1988 quarter", "the comparable 1988 period", "the same period of 1988": the
    # quarter told, of that year (one rule: each rule costs a scan of its windows)
    ("quarter", rf"the\s+(?:(?:{_SAME_PERIOD})\s+)?(?P<qyearb>{_Y2})\s+(?:fiscal\s+)?"
                rf"(?P<qword>quarter|period)\b|the\s+(?:{_SAME_PERIOD})\s+(?P<qwordc>quarter|"
                rf"period)\s+(?:of|in)\s+(?:fiscal\s+)?(?P<qyearc>{_Y2})\b"),
    ("quarter", r"(?P<qbare>the\s+(?:latest|year-earlier|year-ago|comparable|same|"
                r"comparable\s+year-(?:earlier|ago)))\s+period\b"),
    # "the corresponding period last year": the quarter named, a year before.
    ("quarter", r"the\s+(?:corresponding|same|comparable)\s+(?:period|quarter)\s+(?:of\s+)?"
                r"(?P<qcorr>last\s+year|a\s+year\s+(?:earlier|ago)|the\s+previous\s+year)\b"),
    ("yearago", r"(?:the\s+)?year[\s-](?P<ya>earlier|ago)(?=\s+(?:quarter|period|level|figure|"
                r"month|results|profit|loss|sales|net|earnings))"),
    # "the first half of 1989"; "last year's first half", "1989's second half", "the 1988
    # second half": the half of the year that owns it (one rule: each rule costs a scan of its windows)
    ("half", rf"(?:(?:the\s+)?(?:(?P<hord>first|second|last|latter)\s+half|(?P<hq>first|last)\s+"
             rf"two\s+quarters)(?:\s+of\s+(?:(?:fiscal\s+)?(?:{_FISCAL_RANGE}|(?P<hyear>{_Y2}))|{TOLD_YEAR}|"
             r"(?P<hrel>this|last|next|the)\s+year))|"
             rf"(?:(?P<hpos>this|last|next|the)\s+year['’]s|(?:the\s+)?(?P<hyearp>{_Y2})(?:['’]s)?)"
             r"\s+(?:fiscal\s+)?(?P<hordp>first|second|latter)\s+half\b)"),
    ("season", rf"{MOD}(?:{_REL}\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}|{SPELLED_YEAR}|"
               rf"(?P<srelyear>last|this|next)\s+year|{TOLD_YEAR}|{_SHORT_YEAR}))?\b"),
    ("year", rf"{MOD}(?:(?P<fiscal>fiscal|calendar|FY)\s*)?{YEAR}(?:'s)?(?!-\d|\s*-\s*(?:year|"
             r"month|day)|\s+(?:percent|%))"),
    ("year", rf"(?:the\s+)?(?:(?P<fiscal>fiscal|calendar|financial)\s+)?year\s+{YEAR}"),
    # "in '89", "since ’94", "fiscal '90": a year with its century left out (after a word that
    # takes a year: ``_plausible``)
    ("shortyear", r"(?:(?P<fiscal>fiscal)\s+)?['’](?P<yy>\d\d)\b(?![.,]?\d|['’]s\b)"),
    # "2009-2010", "1957-58", and a season's or fiscal year's "2012/13"
    ("yearrange", rf"{YEAR}(?:\s*[-–]\s*|/)(?P<year2>(?:1[6-9]|20)\d\d|\d\d)(?![\d/-])"),
    ("year", rf"(?:(?:the\s+)?year\s+)?{SPELLED_YEAR}"),
    ("dayword", r"(?:the\s+)?day\s+(?P<dwx>before\s+yesterday|after\s+tomorrow)"),
    ("dayword", rf"{CLOCK}?(?:(?P<pre>early|late|later|earlier)\s+)?(?P<dw>today|tonight|yesterday|tomorrow)"
                r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    # "last night", "this morning": a part of the day named from the day of writing
    ("daypart", rf"(?:(?P<pre>early|late|earlier|later)\s+)?(?P<dpr>{'|'.join(en.DAY_PART_FROM_TODAY)})\s+"
                rf"(?-i:(?P<dpart>{'|'.join(en.DAY_PARTS)}))\b"),
    # "on Tuesday last week", "Thursday of next week": that day of the week named (one rule:
    # each rule costs a scan of its windows)
    ("weekday", rf"{CLOCK}?(?:{_SEQ}\s+|{_REL}\s+)?{WD}{PART}(?:(?:\s+of)?\s+(?P<wkrel>last|next|this)\s+week\b"
                r"(?!['’]s|-?end))?"),
    # "Monday-Wednesday": two weekdays joined by a dash, one range
    ("weekday+wdrange", rf"{WD}\s*[-–]\s*{WD.replace('(?P<wd>', '(?P<wd2>')}"),
    # "on the 25th": a day of the month named alone, of the month nearest in the tense
    ("dayonly", r"(?<=\bon\s)the\s+(?P<dayonly>[0-3]?\d)(?:st|nd|rd|th)"
                r"(?![\s,]+(?:(?:and|or|to)\s+)?(?:the\s+)?[0-3]?\d(?:st|nd|rd|th))"  # a list
                rf"(?=\s*[,.;:!?)]|\s+(?:{'|'.join(en.DAY_ALONE_AFTER)})\b)"
                rf"(?!\s+(?:{_SERIES_AFTER})\b)"  # "the 30th in a row": a count, no day
                # "the 15th of next month": that day of the month named
                r"|\bthe\s+(?P<domday>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<domrel>this|next|last)"
                r"\s+month\b(?!['’]s)"
                # "Monday the 17th": the day of the month that falls on that weekday (its
                # phrase ends there: not "Monday, the 25th anniversary", "the 3rd battalion")
                rf"|{WD},?\s+the\s+(?P<wdday>[0-3]?\d)(?:st|nd|rd|th)"
                rf"(?=\s*[,.;:!?)]|\s*$|\s+(?:{'|'.join(en.DAY_ALONE_AFTER)})\b)"
                rf"(?!\s+(?:{_SERIES_AFTER})\b)"),
    # (not "the weekend of October 4", "the weekend before last": another weekend than the
    # one nearest the article)
    ("calrel+weekend", r"(?P<rel>the|this|last|next|that|(?:this|the)\s+past|this\s+coming)\s+(?P<unit>weekend)\b"
     r"(?!\s+(?:of|before\s+last|after\s+next)\b)"),
    ("calrel+fiscal", r"(?P<rel>the\s+current|this|the|last|next)\s+(?:fiscal|financial)\s+(?P<unit>year)\b"),
    ("calrel", r"(?P<rel>last|this(?:\s+past)?|next|coming|previous|current|the\s+(?:current|"
               r"previous|next|coming|following|same|latest)|that(?:\s+same)?|earlier\s+this|"
               r"later\s+this|"
               rf"(?:{en.PARTS_WITH_IN})\s+(?:in\s+(?:this|last|next|the)|this|next|last)|"
               r"(?:earlier|later)\s+(?:in\s+)?the|"
               r"(?:at\s+)?the\s+(?:(?:end|beginning|start|middle)\s+of|"
               rf"(?:{en.PARTS_OF})\s+part\s+of)\s+(?:this|last|next|the))\s+"
               r"(?P<unit>year|month|week(?:end)?|quarter|decade|century|spring|summer|fall|"
               r"autumn|winter)\b(?!-|(?<=quarter)\s+of\b)"),
    # "by midyear", "mid-month": the middle of the year (month, week) told before, or of the
    # reference's; not "a midyear review" (a noun after it: ``_plausible``).
    # "midyear 2023" is the middle of the year written after it.
    ("midperiod", r"(?P<rel>mid)-?(?P<unit>year|month|week)\b(?!-)"
                  r"(?:\s+(?P<midrel>this|last|next)\s+(?P=unit)\b|"
                  r"(?<=year)\s+(?P<midyr>(?:1[89]|2[01])\d\d)\b(?![-/.,]?\d))?"),
    # "twice as high this year as last": the unit left out after "last" is the one before.
    ("calrel", r"(?P<ell>last)(?=\s*[,.;:!?)]|\s+(?:and|but|or|when|while|because)\b)"),
    # "the past year", "the full year"; "the week before last", "the month after next" (two
    # away from the reference's).  One rule: each rule costs a scan of its windows.
    ("calrel", r"(?:(?P<rel>the\s+(?:past|full|whole|entire))\s+(?P<unit>year|month|week)\b(?!-)"
               r"|the\s+(?P<unit2>week|month|year)\s+(?P<twice>before\s+last|after\s+next)\b)"),
    # (not "a century later" in "half a century later": a count the rule does not read)
    ("ago+unit", rf"(?<!half\s)(?:(?:nearly|almost|about|some|roughly|around|more\s+than|less\s+than|over|"
            rf"just|only)\s+)?{NUM}(?P<half1>\s+and\s+a\s+half)?\s+{UNIT}"
            r"(?P<half2>\s+and\s+a\s+half)?\s+(?P<dir>ago|earlier|later|before|after|hence|"
            r"from\s+(?:now|today)|previously)\b"
            r"(?:(?<=ago)\s+(?P<agothis>this\s+(?:month|week)|today)\b(?!['’]s))?"),
    ("chain+order", r"(?:the\s+)?(?P<ch>following|next|previous|preceding|prior)\s+(?P<unit>day|week|"
              r"month|year|morning|evening|night)\b"),
    ("chain+that", rf"(?P<ch2>{ANAPHORIC})\s+(?P<unit>day|morning|afternoon|evening|night)\b"
              r"(?!\s+(?:of|when|before|"
              r"after|and|or|to|in|for))"),
    ("chain+ago", r"(?:the\s+)?(?P<unit>day|week|month|year|morning|evening|night)\s+"
              r"(?P<dir>before|after|earlier|later)"
              r"(?=\s*[,.;:)]|\s+(?:that|this)\b)"),
    ("anaphor", ANAPHOR_TIME),
    ("anaphor", ANAPHOR_DAY),
    # "Oct. 12, the day before the crash": the day just named, in apposition.
    ("anaphor", r"(?<=,\s)(?P<appos>the\s+day)(?=\s+(?:before|after)\s+(?:the|a|an|his|her|"
                r"its|their)\b)"),
    ("ref", r"(?P<present>now|right\s+now|currently|at\s+present|presently|nowadays|these\s+days|"
            rf"at\s+the\s+moment|{'|'.join(en.PRESENT_REF_PHRASES)})\b(?!-)"),
    # "in recent weeks": a stretch of unstated length up to now (TimeML DURATION ``PXW``);
    # "recent years", as "past years", is the recent past as an era (PAST_REF).
    ("ref", r"(?P<past>recently|lately|then[\s-]current|(?:the\s+)?recent\s+(?:(?P<vague>"
            r"months|weeks|days)|years|past)|the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|"
            rf"decades?|quarters?|centur\w+|{PARTS_OF_YEAR}|\d))|{'|'.join(en.PAST_REF_PHRASES)})\b"),
    ("ref", r"(?P<future>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\s+of\b)|(?:the\s+)?coming\s+"
            rf"(?:days|weeks|months|years)|{'|'.join(en.FUTURE_REF_PHRASES)})\b"),
    # "by year end", not "year-end results" (a noun after it; a determiner may follow, or a
    # name: "By year's end Russia will ...").
    ("ytd", r"(?:(?<=\bfor\s)|(?<=\bin\s))the\s+(?:first\s+|latest\s+)?(?:nine|six|9|6)\s+months\b"
            r"(?!\s+(?:ago|earlier|later|before|after|of))"),
    ("yearend", r"(?P<rel>year(?:[\s-]|['’]s\s+)end)\b(?![\s-]+(?!(?:the|a|an|its|his|her|their|this|"
                r"that|he|she|it|they|we)\b)(?-i:[a-z]))"),
    # "Orthodox Easter", "Orthodox Christmas": the Julian calendar's, not the Western ones.
    # "the Nowruz holidays" (hseason, looked at, not taken): the days off that follow it.
    ("holiday", r"(?:(?P<hrel>last|this|next)\s+)?(?-i:(?P<hol>(?:Orthodox\s+)?"
                r"(?:Christmas(?:\s+Day|\s+Eve)?|Easter(?:\s+Sunday)?)|"
                r"New\s+Year['’]s(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?|"
                r"Election\s+Day|Independence\s+Day|Valentine['’]s\s+Day|Halloween|Labor\s+Day|"
                + en.US_NAMED_DAY_NAMES + "|"
                r"Memorial\s+Day|Good\s+Friday|Boxing\s+Day|(?:Nowruz|Norouz|Nowrouz|Norooz|Noruz)"
                rf"(?:\s+Day)?))\b(?:\s+(?P<hweek>week(?:end)?)\b)?(?:,?\s+{YEAR})?"
                rf"(?:(?=\s+(?P<hseason>{'|'.join(en.HOLIDAY_SEASON_NOUNS)})\b))?"),
]

# (order, kind, the gates that must both hit near a match, regex); a rule written
# "kind+gate" needs its kind's gate and a second one (windows where both hit).
COMPILED: list[tuple[int, str, tuple[str, ...], re.Pattern]] = [
    (i, kind.partition("+")[0], tuple(kind.split("+")), compile_(pattern))
    for i, (kind, pattern) in enumerate(RULES)
]

# Words before a number that make it a label, not a year ("Resolution 2231", "No. 1929").
_LABEL_BEFORE = re.compile(
    r"(?:resolution|resolutions|no\.?|number|nos\.?|article|articles|flight|room|route|highway|"
    r"section|chapter|paragraph|page|pages|rule|model|code|item|bill|act|law|decree|order|"
    r"file|case|unit|batch|item|lot|serial|platform|gate|[a-z]+-|\$|€|£|#)\s*$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(r"\s+(?:[a-z]+s|people|staff|personnel|men|women|police|sq|km|kg|mw)\b")
_UNIT_AFTER = re.compile(
    r"\s+(?:troops|soldiers|people|persons|residents|refugees|men|women|children|workers|"
    r"employees|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|kg|barrels|units|"
    r"cars|vehicles|tanks|jets|aircraft|missiles|rockets|shells|drones|shares|votes|seats|"
    r"cases|deaths|homes|houses|jobs|pounds|points|"
    r"gmt|utc|hrs|hours|local\s+time|" + "|".join(en.CURRENCY_NOUNS) + r")\b",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"(?:about|some|nearly|almost|over|around|approximately|roughly|only|just|least|than|"
    r"estimated|additional|another|extra|total\s+of)\s+$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:the|in|since|of|by|until|from|through|during|before|after|and|to|early|late|mid|"
    r"fiscal|its|their|his|her)\s+$",
    re.IGNORECASE,
)
_SEASON_CONTEXT = re.compile(
    r"\b(?:in|into|during|by|since|until|through|throughout|over|this|next|last|early|late|"
    r"for)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
# "Black Friday", "Super Tuesday", "the Sunday Times": names, not dates.
_NAMED_DAY = re.compile(r"(?-i:\b(?:Black|Good|Super|Ash|Bloody|Holy|Easter|Palm|Cyber|Maundy|"
                        r"Shrove|Fat|Blue|Manic|Giving)\s+)$")
_PAPER = re.compile(r"(?-i:\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Star|Sun|"
                    r"Independent|Morning\s+Post|Night\s+Live|Service))\b")
_KIND_AFTER = re.compile(r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in en.WEEKDAY_KIND_NOUNS)
                         + r")\b", re.IGNORECASE)
_HOLIDAY_NAME_AFTER = re.compile(r"\s+(?:" + "|".join(en.HOLIDAY_NAME_NOUNS) + r")\b",
                                 re.IGNORECASE)
_HOLIDAY_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(en.HOLIDAY_NOUNS) + r")\b", re.IGNORECASE)
# A capitalised word ("Norooz Rezaei", "the Nowruz Agency") or a lower-case word after a
# determiner or a possessive ("Iran's Nowruz oil field"): a noun the name is part of.
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])")
_NOT_NOUNS = frozenset({w.lower() for w in en.FUNCTION_WORDS} | en.AUXILIARIES | {"of", "to"})
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s?)\s+$",
                              re.IGNORECASE)
_TIME_PREPOSITION = re.compile(r"\b(?:after|before|during|since|until|till|at|around|"
                               r"ahead\s+of|over|through)\s+$", re.IGNORECASE)
_ORDINAL_SEQUENCE = re.compile(r",?\s+(?:" + "|".join(
    w.replace(" ", r"\s+") for w in en.ORDINAL_SEQUENCE_AFTER) + r")\b", re.IGNORECASE)
_RANK_BEFORE = re.compile(r"\b(?:" + "|".join(en.RANK_VERBS) + r")\s+(?:\S+\s+){0,2}$",
                          re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_NO_EVENT_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:that|this)\b")
_AMBIGUOUS_MONTHS = en_grammar.TAGGER_AMBIGUOUS_MONTHS
_CONTRACT_AMBIGUOUS_MONTHS = frozenset(en.CONTRACT_AMBIGUOUS_MONTHS)
_CONTRACT_MONTH_AFTER = re.compile(r"\s+(?:" + "|".join(en.FUTURES_WORDS + en.OPTIONS_WORDS
                                                            + en.FUTURES_CONTRACT_WORDS)
                                   + r")\b", re.IGNORECASE)
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid|"
    r"last|this|next|every|each|between|and|or|on|for|around|until|throughout)\s+|mid-)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def find_candidates(text: str) -> tuple[Candidate, ...]:
    """Every date expression in ``text``, non-overlapping, in text order (cached: the
    reference finder and the mention finder read the same text)."""
    found: list[tuple[int, int, int, str, re.Match]] = []
    windows = gates.all_windows(text)
    for order, kind, need, regex in COMPILED:
        spans = windows.get(kind)
        if spans and len(need) > 1:
            other = windows.get(need[1])
            spans = gates.both(spans, other) if other else None
        for lo, hi in spans or ():
            for m in regex.finditer(text, lo, hi):
                if m.end() > m.start() and _plausible(kind, m, text):
                    found.append((m.start(), -(m.end() - m.start()), order, kind, m))
    found.sort(key=lambda f: (f[1], f[2], f[0]))
    taken = bytearray(len(text))  # 1 where a chosen candidate already lies
    chosen: list[Candidate] = []
    for start, neglen, _order, kind, m in found:
        end = start - neglen
        if taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        chosen.append(Candidate(kind, start, end, text[start:end], groups))
    chosen.sort(key=lambda c: c.start)
    return tuple(chosen)


_WORD_AFTER = re.compile(r"\s+([A-Za-z-]+)")
# "Now," opening a sentence (or after "And", "But"): a turn of the discourse, not the time.
_DISCOURSE_NOW = re.compile(r"(?:^|[.!?:;\"“”'’]\s*|\n\s*)(?:(?:"
                            + "|".join(en.DISCOURSE_NOW_OPENERS) + r")\s+)?$", re.IGNORECASE)
# "India Today", "USA Today", "Russia Today", "NBC's Today show", "World News Tonight", "The
# Tonight Show": a capitalised "Today" or "Tonight" after a name is a title.
_NAMED_TODAY = re.compile(r"[A-Z][\w.'’]*\s+$")


_QUALIFIER_BEFORE = re.compile(r"(?-i:([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:['’]s?)?))"
                               r"(?:\s+\d+(?:st|nd|rd|th))?\s+$")
_OWN_COUNTRY = frozenset(w.lower().replace("’", "'") for w in en.HOLIDAY_OWN_COUNTRY)


def _another_countrys(m: re.Match, text: str) -> bool:
    """A holiday of one country's calendar after a name or an adjective of another ("Ukraine's
    Independence Day", "India's 75th Independence Day", "Canadian Thanksgiving"): that
    country's own day, not the one the table gives."""
    if m.group("hrel") or m.group("hol").lower().replace("’", "'") \
            not in en.HOLIDAYS_OF_ONE_COUNTRY:
        return False
    found = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if not found:
        return False
    words = found.group(1).replace("’", "'")
    last = words.split()[-1].lower()
    if words.lower() in _OWN_COUNTRY or last in _OWN_COUNTRY:
        return False
    # only a word that names a country does ("U.S. Embassy's", "Happy", "Tuesday's" do not)
    from chronology.extraction.gazetteer import country_of  # late: extraction imports dates
    own = {country_of(w) for w in en.HOLIDAY_OWN_COUNTRY}
    named = [re.sub(r"'s?$", "", w) for w in (words, words.split()[-1])]
    return any(country_of(w) not in own | {None} for w in named)


def _names_something(m: re.Match, text: str) -> bool:
    """A holiday's name that is also a person's, a field's or a firm's, used as one: before a
    capitalised word, or a modifier before a noun that is not one of the holiday's."""
    if m.group("hol").lower() not in en.HOLIDAYS_ALSO_NAMES or m.group("year"):
        return False
    if _HOLIDAY_NOUN_AFTER.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 12) : m.start()]
    if _NAME_AFTER.match(text, m.end()):
        return not _TIME_PREPOSITION.search(before)  # "after Nowruz Iran will …": the holiday
    after = _WORD_AFTER.match(text, m.end())
    return bool(_MODIFIER_BEFORE.search(before) and after and after.group(1).islower()
                and after.group(1) not in _NOT_NOUNS and not after.group(1).endswith("ed"))


_ON_BEFORE = re.compile(r"\b(?:on|since|until|by)\s+(?:the\s+)?$", re.IGNORECASE)  # "on March second"


def _ordinal_adverb(m: re.Match, text: str, before: str) -> bool:
    """A month and an ordinal in words that is an adverb, not its day: "in March first" (a
    day is "on" it), "March first, then May", "ranked May second"."""
    return bool(_IN_BEFORE.search(before) or (_ORDINAL_SEQUENCE.match(text, m.end())
                                               and not _ON_BEFORE.search(before))
                or _RANK_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))


def _day_part_from_today(m: re.Match, text: str, before: str) -> bool:
    """"last night", "this morning" as said of the day of writing: a pair the language says
    so, not the last of a series ("the last night of the festival", "his last night in
    office": a determiner before it, or "of" after it)."""
    shift_parts = en.DAY_PART_FROM_TODAY[m.group("dpr").lower()]
    return m.group("dpart") in shift_parts[1] and not (
        _MODIFIER_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before)
        or _OF_AFTER.match(text, m.end()))


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# A quarter of a game: "the fourth quarter of Sunday's game", "a third-quarter touchdown".
_GAME_AFTER = re.compile(r"(?:\s+of\s+(?:[\w.'’-]+\s+){1,3}(?:" + "|".join(
    w.replace(" ", r"\s+") for w in en.GAME_NOUNS) + r")|[\s-]+(?:" + "|".join(
    w.replace(" ", r"\s+") for w in en.GAME_SCORE_NOUNS) + r"))\b", re.IGNORECASE)
# (bounded by letters, not by \b: "45%" is a reading too)
_SCALE_WORDS = re.compile(r"\s*(?:\S+\s+){0,12}?(?<![^\W\d_])(?:" + "|".join(en.SCALE_READING_WORDS)
                          + r")(?![^\W\d_])", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(en.POSSESSIVE_DETERMINERS)})\s+$", re.IGNORECASE)


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    """Filters for the words and numbers that only look like dates."""
    before = text[max(0, m.start() - 30) : m.start()]
    if kind == "dayword" and m.groupdict().get("dw") in en.TITLE_DAY_WORDS and _NAMED_TODAY.search(before) \
            and not re.search(r"[.!?:\n]\s*$", before):
        return False
    if kind == "year":
        if _LABEL_BEFORE.search(before):
            return False
        if m.groupdict().get("fiscal"):
            return True
        if _COUNT_AFTER.match(text, m.end()) and _COUNT_BEFORE.search(before):
            return False
        return not _UNIT_AFTER.match(text, m.end()) or bool(_YEAR_BEFORE.search(before))
    if kind == "month" and not (m.group("rel") or m.group("mod") or m.group("relyear")
                                or m.group("toldyear") or m.group("yy")):
        mon = m.group("mon").lower().rstrip(".")
        if mon in _AMBIGUOUS_MONTHS and not _MONTH_CONTEXT.search(before) and not (
                mon in _CONTRACT_AMBIGUOUS_MONTHS and _CONTRACT_MONTH_AFTER.match(text, m.end())):
            return False  # (but "the May contract", "March futures" are months)
        if len(mon) <= 4 and not m.group("mon").endswith(".") and mon not in ("may", "june", "july"):
            return False
    if kind == "season" and not (m.group("rel") or m.group("mod") or m.group("year")
                                 or m.group("srelyear") or m.group("toldyear") or m.group("yy")):
        return bool(_SEASON_CONTEXT.search(before))
    if kind == "decade" and m.groupdict().get("decw") and _POSSESSIVE_BEFORE.search(before):
        return False  # "in their late eighties": an age, not a decade
    if kind == "decade" and m.groupdict().get("bare"):
        # "highs in the 80s", "polling in the low 40s": a reading on a scale, not a decade
        left = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 80)
        return not (_SCALE_WORDS.search(text, left + 1, m.start())
                    or _SCALE_WORDS.match(text, m.end(), m.end() + 25)
                    or "$" in text[left + 1:m.start()])
    if kind == "yearrange":
        first, second = m.group("year"), m.group("year2")
        end = int(first[:2] + second) if len(second) == 2 else int(second)
        return int(first) < end <= int(first) + 100 and not _LABEL_BEFORE.search(before)
    if kind in ("monthday", "full") and m.groupdict().get("day") and not 1 <= int(
            m.group("day")) <= 31:
        return False
    if kind in ("monthday", "full") and m.groupdict().get("day2") and \
            m.start("day2") < m.start("mon") and not int(m.group("day")) < int(m.group("day2")) <= 31:
        return False  # "5-6 October" is a range; "killed 12 and wounded 3 May ..." is none
    if kind == "weekday" and (m.group("wd").isupper() and len(m.group("wd")) <= 4
                              or _NAMED_DAY.search(before) or _PAPER.match(text, m.end())
                              or _KIND_AFTER.match(text, m.end())):
        return False
    if kind == "holiday" and (_HOLIDAY_NAME_AFTER.match(text, m.end())
                              or _names_something(m, text) or _another_countrys(m, text)):
        return False
    if kind == "monthday" and m.groupdict().get("dayw") and m.start("mon") < m.start("dayw") \
            and _ordinal_adverb(m, text, before):
        return False
    if kind == "daypart":
        return _day_part_from_today(m, text, before)
    if kind == "quarter" and _GAME_AFTER.match(text, m.end()):
        return False
    if kind == "ref" and m.group().lower() == "now":
        words = before.split()
        return not (words and words[-1].lower() in en.NOT_NOW_BEFORE
                    or _DISCOURSE_NOW.search(before) and text.startswith(",", m.end()))
    if kind == "ref" and m.group().lower() == "current":
        word_before = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        after = _WORD_AFTER.match(text, m.end())
        return word_before not in en.CURRENT_NOT_TIME_BEFORE and not (
            after and after.group(1).lower() in en.CURRENT_NOT_TIME_AFTER)
    if kind == "shortyear":
        return bool(m.group("fiscal") or _YEAR_BEFORE.search(before)) and not (
            _UNIT_AFTER.match(text, m.end()) or _NAME_AFTER.match(text, m.end()))
    if kind == "midperiod":
        after = _WORD_AFTER.match(text, m.end())
        return not (after and after.group(1).islower() and after.group(1) not in _NOT_NOUNS)
    if kind == "calrel" and m.groupdict().get("ell"):
        return bool(ELIDED_UNIT.search(before))
    if kind == "ago" and m.group("dir").lower() in ("after", "before"):
        return bool(_NO_EVENT_AFTER.match(text, m.end()))  # "two days after the vote": an event
    return True
