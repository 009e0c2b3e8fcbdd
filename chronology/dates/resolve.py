"""Resolving candidates to TimeML values against the reference date and earlier mentions.

Absolute dates need nothing; relative ones ("last year", "on Tuesday") count from the
reference date, in the direction the tense points; chained ones ("the following day",
"two days later", "a year earlier") count from the last date mentioned before them.
Each rule returns a ``Resolution``; the orchestrator ``resolve`` turns them into mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from chronology.dates import combine, context, datelines, periods, relative, told_year
from chronology.dates.model import Mention
from chronology.dates.patterns import day_number, month, number, spelled_year, weekday
from chronology.dates.relative import MONTH_NAMES
from chronology.dates.tagger import Candidate
from chronology.dates.timeml import (
    Period,
    clock_time,
    days_in_month,
    quarter_of,
    valid_day,
    weekday_on_or_before,
)
from chronology.languages import en, en_grammar


@dataclass
class Resolution:
    """What a rule made of a candidate."""

    value: str
    precision: str
    rule: str
    reason: str
    period: Period | None = None
    anchor: dt.date | None = None
    modifier: str | None = None
    end_value: str | None = None  # the last period of a range ("2009-2010" -> "2010")
    type: str = "DATE"  # TimeML type: "DURATION" for "in recent weeks"


@dataclass
class State:
    """What the rules may use: the text, the reference date and the last periods mentioned."""

    text: str
    reference: dt.date | None
    last: list[tuple[int, Period, str]]  # (start, period, text) of earlier mentions
    last_by_kind: dict[str, tuple[int, Period, str]] = field(default_factory=dict)
    # Quarters already compared with the year before ("net rose in the third quarter from
    # $4 a year ago"): the quarters a report is about.
    compared: set[Period] = field(default_factory=set)
    # Where the article's own date lines end (front matter, date line, dateline): a date told
    # above is the day of writing, not an event's ("Two weeks later" does not count from it).
    own_end: int = 0
    # The last date whose year the text wrote ("in 2016", "March 3, 2016") or counted from
    # one written ("in August of that year"): the year "that year" names.
    told: tuple[Period, str] | None = None

    def tense(self, c: Candidate) -> str | None:
        """The tense around candidate ``c``."""
        return context.tense(self.text, c.start, c.end)

    def remember(self, start: int, period: Period, text: str) -> None:
        """Record a date that later mentions may count from."""
        self.last.append((start, period, text))
        self.last_by_kind[period.kind] = (start, period, text)

    def last_period(self, kinds: tuple[str, ...] | None = None) -> tuple[Period, str] | None:
        """The last date mentioned (of one of ``kinds``), as ``(period, text)``, or None."""
        if kinds is None:
            found = self.last[-1] if self.last else None
        else:
            found = max((self.last_by_kind[k] for k in kinds if k in self.last_by_kind),
                        default=None, key=lambda item: item[0])
        return (found[1], found[2]) if found else None

    def reported_period(self, kinds: tuple[str, ...]) -> tuple[Period, str, bool] | None:
        """The period a year-ago comparison ("year-earlier results", "the year-ago quarter")
        is made with, as ``(period, text, is_comparison)``, or None.

        It is the last period of ``kinds`` mentioned that has results by the reference
        date: a quarter, half or month already over, a year already begun (the year to
        date).  A forecast ("into the fourth quarter", "the third quarter of 1990" in a
        report of October 1989) has none to compare.  ``is_comparison`` is True when that
        period is itself a year before one mentioned earlier ("the nine months ... the 1988
        period"): it then *is* the year-ago period, not the one reported on.
        """
        if self.reference is None:
            return None
        reported: dict[Period, str] = {}  # distinct periods, the last told first
        for _, p, text in reversed(self.last[-_RECENT:]):
            if p.kind in kinds and p not in reported and _has_results(p, self.reference):
                reported[p] = text
        if not reported:
            return None
        order = list(reported)
        if order[0].kind == "quarter" and order[0] not in self.compared:
            # "… third quarter from a year ago. After a flat second quarter, …": the quarter
            # compared is the one reported on, not one told in passing after it (a later
            # "for the nine months" does change the subject)
            order.sort(key=lambda p: p.kind == "quarter" and p not in self.compared)
        period, *earlier = order
        return period, reported[period], any(_same_time(p.shift("year", -1), period)
                                             for p in earlier)

    def topic_quarter(self) -> tuple[Period, str] | None:
        """The quarter last compared with the year before, else the last quarter named."""
        for _, p, text in reversed(self.last[-_RECENT:]):
            if p in self.compared:
                return p, text
        return self.last_period(("quarter",))


_RECENT = 30  # dates told before that a comparison may refer to (bounded: long texts)


@lru_cache(maxsize=256)
def _has_results(period: Period, reference: dt.date) -> bool:
    """A quarter, half or month over by ``reference``; any other period begun by then (a
    year has results to date, a day or week is told as it happens)."""
    if period.kind == "half":
        end = Period.of_quarter(period.year, 2 * int(period.n) - 1).shift("quarter", 2)
    elif period.kind == "quarter":
        end = period.shift("quarter", 1)
    elif period.kind == "month":
        end = period.shift("month", 1)
    else:
        return period.first_day() <= reference
    return end.first_day() <= reference


def _same_time(a: Period, b: Period) -> bool:
    """True when one of two periods contains the other ("1988" and "1988-Q3")."""
    if relative.FINENESS[a.kind] < relative.FINENESS[b.kind]:
        a, b = b, a
    return b.as_kind(a.kind) == a


_MODS = {
    "early": "START", "the beginning of": "START", "the start of": "START", "late": "END",
    "the end of": "END", "the close of": "END", "mid": "MID", "the middle of": "MID",
    "the early": "START", "the late": "END", "the mid": "MID", "the turn of": "START",
    "pre": "BEFORE", "post": "AFTER", **en.PERIOD_PART_MODS,
}


_PART_PHRASES = tuple(phrase + " " for phrase in en.PERIOD_PART_MODS)


# Rules whose result is a comparison point, not a new topic: "the quarter" and "the following
# day" never refer back to "a year earlier".
NOT_ANCHORS = frozenset({"year-earlier", "years-earlier", "years-ago", "quarter-year-ago"})
# Rules that only give later mentions something to count from, no mention of their own.
SILENT = frozenset({"year-to-date"})


def modifier(c: Candidate) -> str | None:
    """The TimeML mod of an "early"/"late"/"the end of" prefix, if any."""
    mod = c.g("mod")
    if mod:
        return _MODS.get(" ".join(mod.lower().split()))
    words = (c.g("rel") or c.g("pre") or "").lower().split()
    if c.kind == "calrel" and " ".join(words).startswith(_PART_PHRASES):
        return next(mod for phrase, mod in en.PERIOD_PART_MODS.items()  # "the latter part of"
                    if " ".join(words).startswith(phrase + " "))
    for word in words:
        if c.kind == "yearend":
            return "END"
        if word in ("early", "beginning", "start"):
            return "START"
        if word in ("late", "end", "close"):
            return "END"
        if word in ("mid", "middle"):
            return "MID"
    return None


_ROUGHLY = re.compile(r"\b(?:about|around|circa|c\.|approximately|roughly|nearly|almost|"
                      r"sometime(?:\s+in)?|some\s+time\s+in|as\s+early\s+as|as\s+late\s+as)\s*$",
                      re.IGNORECASE)


def _approximate(c: Candidate, text: str, mod: str | None) -> bool:
    """"about 2015", "around March", "nearly two years ago", "early 2016": not exact."""
    if mod in ("START", "END", "MID"):
        return True
    head = text[max(0, c.start - 20) : c.start] + " " + c.text.split(" ", 1)[0]
    return bool(_ROUGHLY.search(text, max(0, c.start - 20), c.start)) or bool(
        _ROUGHLY.search(head))


_PREPOSITION = re.compile(
    r"\b(?:in|since|during|until|till|by|from|through|throughout|before|after|around|about|"
    r"circa|of|to|and|between)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|and|or|but|when|as|to|with|after|before|that|which|while|for|by|at|"
    r"on|in|of|is|was|were|has|had|he|she|they|it|we|i|there|then|until|also)\b)[a-z]")


_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def _attributive(c: Candidate, text: str) -> bool:
    """A year used as an adjective ("the 2015 deal", "Tehran-Moscow 2015 agreement") is not
    a date that later mentions ("the same day") count from."""
    return (c.kind == "year" and not _PREPOSITION.search(text, max(0, c.start - 12), c.start)
            and bool(_NOUN_AFTER.match(text, c.end)))


def resolve(text: str, candidates: list[Candidate], reference: dt.date | None) -> list[Mention]:
    """Turn candidates (in text order) into mentions; unresolvable ones are dropped."""
    state = State(text, reference, [], own_end=datelines.own_date_end(text))
    mentions = []
    for c in candidates:
        res = _resolve_one(c, state)
        if res is None:
            continue
        if res.period is not None and res.rule not in NOT_ANCHORS and not _attributive(c, text):
            state.remember(c.start, res.period, c.text)
            if _WRITTEN_YEAR.search(c.text) or res.rule == "told-year":
                state.told = (res.period, c.text)
        elif _year_ago_quarter(c, res):
            state.compared.add(res.period.shift("year", 1))
        if res.rule in SILENT:
            continue
        anchor = res.anchor or reference
        mod = res.modifier or modifier(c)
        approx = _approximate(c, text, mod)
        mention = Mention(
            start=c.start, end=c.end, text=c.text, value=res.value,
            precision=res.precision, rule=res.rule, reason=res.reason,
            anchor=anchor.isoformat() if anchor else None,
            modifier=mod or ("APPROX" if approx else None), approximate=approx,
            end_value=res.end_value, type=res.type, time=_time_of_day(c, res),
        )
        mention = combine.throughout(text, mention)
        mentions.append(combine.as_set(mention, c) if combine.recurring(c, text) else mention)
    mentions = combine.ends_after_starts(text, [combine.counted_from(text, m) for m in mentions])
    return combine.shared_year(text, combine.ranges(text, mentions))


def _time_of_day(c: Candidate, res: Resolution) -> str | None:
    """The clock time the words of a day give ("9 a.m. Tuesday": "T09:00").  Not a part of
    the day ("Wednesday night"): TimeML annotators write it in some values and not in others
    (TimeBank's "Friday night" both ways in one story), so the value stays the day."""
    if c.kind == "daypart" and res.precision == "day":
        return en.DAY_PART_CODES[c.g("dpart")]  # "last night" is a time: "TNI"
    if c.g("noon") and res.precision == "day":
        return en.CLOCK_WORDS[c.g("noon").lower()]  # "noon Tuesday": "T12:00"
    return clock_time(c.g("hh"), c.g("mm"), c.g("ampm")) if res.precision == "day" else None


def _year_ago_quarter(c: Candidate, res: Resolution) -> bool:
    """True for a quarter a year before another ("a year ago", "the year-earlier period")."""
    return (res.rule in NOT_ANCHORS and res.period is not None and res.period.kind == "quarter"
            and (c.kind != "ago" or number(c.g("num")) == 1))


def _resolve_one(c: Candidate, state: State) -> Resolution | None:
    handler = _in_told_year if c.g("toldyear") else HANDLERS.get(c.kind)
    try:
        res = handler(c, state) if handler else None
    except (OverflowError, ValueError):
        # Arithmetic past the calendar's edges ("tomorrow" from 9999-12-31): no such date.
        return None
    # Nor before year 1 ("the previous century" in the first one).
    return None if res is not None and res.value.startswith("-") else res


def _period(p: Period, rule: str, reason: str, anchor: dt.date | None = None) -> Resolution:
    return Resolution(p.value, p.precision, rule, reason, p, anchor)


def _in_told_year(c: Candidate, s: State) -> Resolution | None:
    """"in March of that year", "the summer of the following year" (``told_year``)."""
    found = told_year.resolve(c, s)
    return None if found is None else _period(*found)


def explicit(c: Candidate, s: State) -> Resolution | None:
    """A date written out in full: "January 22, 2015", "22 Jan 2015", "2015-01-22"."""
    if c.kind == "iso":
        y, m, d = int(c.g("year")), int(c.g("m")), int(c.g("d"))
    elif c.kind == "slashed":
        y, a, b = int(c.g("year")), int(c.g("a")), int(c.g("b"))
        m, d = (a, b) if a <= 12 and not (b <= 12 and "." in c.text) else (b, a)
    else:
        y, m, d = int(c.g("year")), month(c.g("mon")), day_number(c.groups)
        if c.g("mon2") and month(c.g("mon2")) < m:
            y -= 1  # "Dec. 28-Jan. 3, 2014": the year written is the end's
    if not valid_day(y, m, d):
        return None
    if c.g("weekof"):
        return _week_of(dt.date(y, m, d), "written in full")
    return _with_last_day(_period(Period("day", y, m, d), "explicit-date",
                                  "date written in full"), c, y, m)


_DAY_AFTER = en_grammar.CONTEXT_DAY_PREPOSITIONS


def month_day(c: Candidate, s: State) -> Resolution | None:
    """A month and day without a year: the nearest one, in the direction of the tense."""
    m, d = month(c.g("mon")), day_number(c.groups)
    wd = weekday(c.g("wd") or c.g("wda")) if c.g("wd") or c.g("wda") else None
    if s.reference is None:
        if not valid_day(2000, m, d):
            return None
        return Resolution(f"XXXX-{m:02d}-{d:02d}", "day", "month-day-no-year",
                          "no reference date: year unknown")
    if c.g("relyear"):  # "on March 3 last year": that year's, whatever the tense
        y = s.reference.year + {"last": -1, "this": 0, "next": 1}[c.g("relyear").lower()]
        if not valid_day(y, m, d):
            return None
        return _period(Period("day", y, m, d), "month-day",
                       f"{relative.MONTH_NAMES[m - 1]} {d} of {c.g('relyear').lower()} year ({y})")
    rel = " ".join((c.g("rel") or "").lower().split())
    anchored = None if rel else _month_of_the_sentence(c, s, m, d)
    if anchored is not None:
        return _with_last_day(anchored, c, anchored.period.year, m)
    tense = {"last": context.PAST, "this past": context.PAST, "next": context.FUTURE,
             "this coming": context.FUTURE}.get(rel) or s.tense(c)
    done = not rel and tense == context.PAST and context.act_in(s.text, c.start, _DAY_AFTER)
    found = relative.nearest_month_day(s.reference, m, d, wd, tense, done)
    if found is None:
        return None
    day, why = found
    if c.g("weekof"):
        return _week_of(day, why)
    res = _period(Period.of_day(day), "month-day", why)
    return _with_last_day(res, c, day.year, m)


ANCHOR_MONTHS = 3  # a day a few months after the sentence's own month is of its year


def _month_of_the_sentence(c: Candidate, s: State, m: int, d: int) -> Resolution | None:
    """A day without a year told in a sentence that opens with a month with its year (or a
    day with its year), up to ``ANCHOR_MONTHS`` before it, is of that year: "In March 2009
    the envoys met again on April 2" (2009-04-02), whatever the reference's year.  A month
    "in" a past narrative anchors also inside its sentence and in the next one
    (``_narrated_after``: "Work began in July 2017, and the prototype flew on August 14");
    another month inside the sentence ("the largest since July 2022, began on September
    12", "whose construction began in July 2017, was handed over on September 10") is no
    anchor."""
    earlier = s.last[-1] if s.last else None
    if earlier is None or earlier[1].kind not in ("month", "day") or \
            not re.search(r"\b(?:1[89]|20)\d\d\b", earlier[2]):
        return None
    start, period, words = earlier
    narrated = _narrated_after(c, s, start, start + len(words))
    if not _OPENS_SENTENCE.search(s.text[max(0, start - 12):start]) and not narrated:
        return None  # "the largest since July 2022, began on September 12": not the time
    between = s.text[start + len(words):c.start]
    ends = len(_SENTENCE_END.findall(between))
    if len(between) > _SAME_SENTENCE_CHARS or ends > (1 if narrated else 0):
        return None
    if not valid_day(period.year, m, d) or not 0 <= m - period.month <= ANCHOR_MONTHS:
        return None
    return _period(Period("day", period.year, m, d), "month-day",
                   f"{relative.MONTH_NAMES[m - 1]} {d} of the year of '{words}' earlier in "
                   f"the sentence ({period.year})")


def _narrated_after(c: Candidate, s: State, start: int, end: int) -> bool:
    """A month with its year told inside a sentence as the time of its act ("The firm began
    work in July 2017, and the prototype flew on August 14") anchors a day the same past
    narrative tells after it, in that sentence or the next: the story goes on in that year.  Not a month after another
    preposition ("the largest since July 2022"), nor one inside a relative or reported clause
    ("whose construction began in July 2017, was handed over on September 10"), nor a day
    the telling itself happened on ("…, the ministry said on August 14")."""
    if not _NARRATED_IN.search(s.text, max(0, start - 8), start) or s.tense(c) != context.PAST:
        return False
    opening = max((m.end() for m in _SENTENCE_END.finditer(s.text, max(0, start - 400), start)),
                  default=max(0, start - 400))
    if _RELATIVE.search(s.text, opening, start) or _CITERS.search(s.text, opening, start):
        return False
    return not _SPEAKS.search(s.text, end, c.start) and not _CITERS.search(s.text, end, c.start)


_NARRATED_IN = re.compile(r"\bin\s+\Z", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:" + "|".join(sorted(en_grammar.TITLE_CUT_RELATIVE_WORDS)) + r")\b",
                       re.IGNORECASE)
_SAME_SENTENCE_CHARS = 200
# A date opening its sentence, with a preposition: "In March 2009 …", "On March 2, 2009, …".
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?][”\"’]?\s+|\n)\s*(?:In|On|Since|By|During)?\s*\Z")
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s+[A-ZА-ЯЁ\u0600-\u06FF“\"]|\n\s*\n")


def _week_of(day: dt.date, why: str) -> Resolution:
    """"the week of March 6": the (ISO) week of that day."""
    return _period(Period.of_week(day), "week-of", f"the week of {day.isoformat()} ({why})")


def _with_last_day(res: Resolution, c: Candidate, y: int, m: int) -> Resolution:
    """"March 15-19", "March 15-April 2": the range's last day as ``end_value`` (none for
    "March 19-15"); a last month before the first is of the next year ("Dec. 28-Jan. 3")."""
    last = c.g("day2") or c.g("day3")  # "28 September-2 October": day3, after the month
    if not last:
        return res
    d, d2 = day_number(c.groups), int(last)
    m2 = month(c.g("mon2")) if c.g("mon2") else m
    y2 = y + (m2 < m)
    if not (valid_day(y2, m2, d2) and (y2, m2, d2) > (y, m, d)):
        return res
    res.end_value = f"{y2:04d}-{m2:02d}-{d2:02d}"
    res.reason += f"; the days {MONTH_NAMES[m - 1]} {d}-" + (
        f"{MONTH_NAMES[m2 - 1]} {d2}" if m2 != m else f"{d2}")
    return res


def month_year(c: Candidate, s: State) -> Resolution | None:
    """A month with its year: "November 2014"."""
    p = Period("month", _year(c), month(c.g("mon")))
    return _period(p, "explicit-month", "month and year written out")


def month_range(c: Candidate, s: State) -> Resolution | None:
    """"January-October", "Jan.–March 2012": the first month, and the last as ``end_value``
    (the year is the last month's, as the tense gives it; a range told ahead lies ahead as a
    whole, from its first month: "will hold talks in October-December", told in December, is
    next year's); three months called a "quarter" or "period" ("the April-June quarter") are
    the quarter they end, and the six months of a half so called ("the January-June period")
    that half."""
    m1, m2 = month(c.g("mon")), month(c.g("mon2"))
    if c.g("year"):
        y2 = int(c.g("year"))
    elif s.reference is None:
        return Resolution(f"XXXX-{m1:02d}", "month", "month-no-year",
                          "no reference date: year unknown", end_value=f"XXXX-{m2:02d}")
    elif (tense := s.tense(c)) == context.FUTURE:
        y1 = relative.month_without_year(s.reference, m1, None, None, tense)[0].year
        y2 = y1 if m1 <= m2 else y1 + 1
    else:
        y2 = relative.month_without_year(s.reference, m2, None, None, tense)[0].year
    first, last = Period("month", y2 if m1 <= m2 else y2 - 1, m1), Period("month", y2, m2)
    if c.g("mrq") and (m2 - m1) % 12 == 2:
        return _period(Period.of_quarter(y2, quarter_of(dt.date(y2, m2, 1))), "quarter",
                       f"the three months {first.value} to {last.value}")
    if c.g("mrq") and (m1, m2) in ((1, 6), (7, 12)):  # "the January-June period": a half
        return _period(Period("half", y2, n=m2 // 6), "half-year",
                       f"the six months {first.value} to {last.value}")
    res = _period(first, "month-range", f"the months {first.value} to {last.value}")
    res.end_value = last.value
    return res


def bare_month(c: Candidate, s: State) -> Resolution | None:
    """A month without a year: "in March", "last March", "March last year"; with no
    reference date, the month of an unknown year (``XXXX-03``)."""
    if c.g("yy"):  # "March '88"
        p = Period("month", relative.year_of_short(s.reference, c.g("yy")), month(c.g("mon")))
        return _period(p, "explicit-month", f"{MONTH_NAMES[p.month - 1]} of the year "
                       f"'{c.g('yy')}: {p.year}, the nearest to the reference's with those digits")
    if s.reference is None:
        if c.g("rel") or c.g("relyear"):
            return None
        m = month(c.g("mon"))
        return Resolution(f"XXXX-{m:02d}", "month", "month-no-year",
                          "no reference date: year unknown")
    if not (c.g("rel") or c.g("relyear")) and contract_month(s.text, c.start, c.end):
        m = month(c.g("mon"))
        y = s.reference.year + (m < s.reference.month)
        return _period(Period("month", y, m), "contract-month",
                       f"a futures contract's month: the next {MONTH_NAMES[m - 1]} at or after "
                       f"reference {s.reference.isoformat()}")
    framed = None if c.g("rel") or c.g("relyear") else _year_of_the_sentence(c, s)
    if framed is not None and not _tense_denies(s, c, framed[0], month(c.g("mon"))):
        year, words = framed
        return _period(Period("month", year, month(c.g("mon"))), "month",
                       f"{MONTH_NAMES[month(c.g('mon')) - 1]} of the year '{words}' that opens "
                       f"the sentence ({year})")
    m, tense = month(c.g("mon")), s.tense(c)
    done = (tense == context.PAST and m > s.reference.month and not c.g("rel")
            and not c.g("relyear") and (context.act_in(s.text, c.start)
                                        or context.lasted_until(s.text, c.start)))
    found = relative.month_without_year(s.reference, m, c.g("rel"), c.g("relyear"), tense,
                                        context.infinitive_before(s.text, c.start), done)
    p, why = found
    return _period(p, "month", why)


_FUTURES_AFTER = re.compile(r"\s+(?:" + "|".join(en.FUTURES_WORDS) + r")\b", re.IGNORECASE)
_CONTRACT_AFTER = re.compile(r"\s+(?:" + "|".join(en.OPTIONS_WORDS + en.FUTURES_CONTRACT_WORDS)
                             + r")\b", re.IGNORECASE)
_FUTURES_NEAR = re.compile(r"\b(?:" + "|".join(en.FUTURES_MARKET_WORDS) + r")\b", re.IGNORECASE)
_CONTRACT_NOT_AFTER = re.compile(r"\b(?:" + "|".join(en.CONTRACT_MONTH_NOT_AFTER)
                                 + r")\s+(?:the\s+)?$", re.IGNORECASE)
_CONTRACT_EXPIRED = re.compile(r"\b(?:" + "|".join(en.CONTRACT_PAST_EXPIRY) + r")\b",
                               re.IGNORECASE)


def contract_month(text: str, start: int, end: int) -> bool:
    """True when the month ``text[start:end]`` names a futures contract's delivery month:
    "December futures", or "May options", "the March contract" with a futures market word in
    its sentence; not after a preposition of time ("In December options were scarce"), nor
    with a past expiry verb after it ("September futures expired on Sept. 20")."""
    after = _FUTURES_AFTER.match(text, end) or _CONTRACT_AFTER.match(text, end)
    if not after or _CONTRACT_NOT_AFTER.search(text, max(0, start - 20), start):
        return False
    left, right = context.sentence_bounds(text, start, end)
    if _CONTRACT_EXPIRED.search(text, after.end(), right):
        return False
    return bool(_FUTURES_AFTER.match(text, end)) or \
        _FUTURES_NEAR.search(text, left, right) is not None


_YEAR_OPENER = re.compile(r"(?:\A|[.!?][”\"’]?\s+|\n)\s*(?:(?:" + "|".join(
    sorted(en.YEAR_FRAME_OPENERS, key=len, reverse=True)) + r")\s+)?\Z", re.IGNORECASE)


def _tense_denies(s: State, c: Candidate, year: int, m: int) -> bool:
    """True when the month of ``year`` lies on the wrong side of the reference for the
    tense: "This year, it will buy more in March", told in December, is no past March."""
    offset = (year - s.reference.year) * 12 + m - s.reference.month
    tense = s.tense(c)
    return tense == context.PAST and offset > 0 or tense == context.FUTURE and offset < 0


def _year_of_the_sentence(c: Candidate, s: State) -> tuple[int, str] | None:
    """The year a sentence opens with, when a month it names after it has no year of its
    own: "In 2021, the navy ordered two ships in May", "Later in the same year, the firm
    signed in August" (the year told before).  The year must open the sentence ("In 2021,"
    "That year,"): one inside it ("the deal signed in 2018 will be completed in March")
    sets no frame."""
    earlier = s.last[-1] if s.last else None
    if earlier is None or earlier[1].kind != "year":
        return None
    start, period, words = earlier
    if not _YEAR_OPENER.search(s.text[max(0, start - 16):start]):
        return None
    between = s.text[start + len(words):c.start]
    if len(between) > _SAME_SENTENCE_CHARS or _SENTENCE_END.search(between):
        return None
    if _in_cited_source(s.text, start + len(words), c.start):
        return None
    return period.year, words


# The source a sentence cites after its act ("…, according to a report released in March",
# "…, a study published in March said", "…, the ministry said in May"): a month there is the
# source's time, not the act's; a month in what the source reports ("…, and media reported
# that the first regiment arrived in May") is the act's.
_CITERS = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in en.SOURCE_CITERS) +
                     r")\b", re.IGNORECASE)
_SPEAKS = re.compile(r"\b(?:" + "|".join(en.SPEECH_VERBS) + r")\b", re.IGNORECASE)
# a speech verb right before the month: when the source spoke ("said in May", "said
# earlier in May")
_SPOKE_IN = re.compile(r"\b(?:" + "|".join(en.SPEECH_VERBS) + r")\s+(?:(?:earlier|late|early)"
                       r"\s+)?(?:(?:in|on|during)\s+)?(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()“”\"–—]|[.!?](?:\s|$)")


def _in_cited_source(text: str, frame_end: int, month_start: int) -> bool:
    """The month lies in a clause after the one the opening year frames, and it is the time
    of the source that clause cites: the frame governs its own clause's act ("In 2023, Iran
    asked for jets"), not when the source spoke ("according to a report released in March")."""
    comma = text.rfind(",", frame_end, month_start)
    if comma < 0 or not text[frame_end:comma].strip(" ,"):
        return False  # "In 2021, the navy ordered two ships in May": the framed clause itself
    stop = _CLAUSE_END.search(text, month_start)
    end = stop.start() if stop else len(text)
    return _CITERS.search(text, comma + 1, month_start) is not None or \
        _SPEAKS.search(text, month_start, end) is not None or \
        _SPOKE_IN.search(text[comma + 1:month_start]) is not None


_WEEK_ORDINALS = en_grammar.RESOLVE_WEEK_ORDINALS


def month_week(c: Candidate, s: State) -> Resolution | None:
    """"the second week of March [1998]": the ISO week holding the middle of that seven-day
    stretch of the month (days 8-14: the 11th); "the last week" ends on the month's last day."""
    m = month(c.g("mon"))
    if c.g("year"):
        p = Period("month", _year(c), m)
    elif s.reference is None:
        return None
    else:
        p = relative.month_without_year(s.reference, m, None, None, s.tense(c))[0]
    n = _WEEK_ORDINALS.get(c.g("wkord").lower())
    if c.g("wd"):  # "the last Sunday of July"
        return _nth_weekday(c, s, p, n)
    last = days_in_month(p.year, m)
    day = dt.date(p.year, m, 7 * n - 3 if n else last - 3)
    return _period(Period.of_week(day), "month-week",
                   f"the {c.g('wkord').lower()} week of {p.value}: the week of {day.isoformat()}")


def _nth_weekday(c: Candidate, s: State, p: Period, n: int | None) -> Resolution | None:
    """"the last Sunday of July": that day.  A past act is not dated after the reference:
    "spoke last Friday in March" (told on 10 March) is the last Friday, when it is in that
    month; otherwise the month's day of the year before."""
    wd, m = weekday(c.g("wd")), p.month
    day = periods.nth_weekday(p.year, m, wd, n or -1)
    ref = s.reference
    if ref is None or c.g("year") or day <= ref or s.tense(c) != context.PAST:
        return _period(Period.of_day(day), "month-nth-weekday",
                       f"the {c.g('wkord').lower()} {c.g('wd')} of {p.value}")
    last = weekday_on_or_before(ref, wd, strict=True)
    if not n and not c.text.lower().startswith("the") and last.month == m:
        return _period(Period.of_day(last), "weekday-last",
                       f"last {c.g('wd')} before reference {ref.isoformat()}, in {p.value}")
    day = periods.nth_weekday(p.year - 1, m, wd, n or -1)
    return _period(Period.of_day(day), "month-nth-weekday",
                   f"the {c.g('wkord').lower()} {c.g('wd')} of {p.year - 1}-{m:02d} (past tense)")


def _year(c: Candidate) -> int:
    return int(c.g("year")) if c.g("year") else spelled_year(c.g("yw"))


def year(c: Candidate, s: State) -> Resolution | None:
    """A year: "2014", "fiscal 1989", "the year 2000", "nineteen ninety-six"."""
    return _period(Period("year", _year(c)), "explicit-year", "year written out")


def short_year(c: Candidate, s: State) -> Resolution | None:
    """A year with its century left out, "in '89": of the century that puts it at most
    ``relative.SHORT_YEAR_AHEAD`` years after the reference's year (2000's without a
    reference)."""
    y = relative.year_of_short(s.reference, c.g("yy"))
    return _period(Period("year", y), "short-year",
                   f"'{c.text}': the year {y}, the nearest to the reference's with those digits")


def year_range(c: Candidate, s: State) -> Resolution | None:
    """A span of years, "2014-2016", "the 1980-88 war": the first year, and the last as
    ``end_value``."""
    first, second = c.g("year"), c.g("year2")
    end = first[:2] + second if len(second) == 2 else second
    res = _period(Period("year", int(first)), "year-range", f"the years {first}-{end}")
    res.end_value = end
    return res


def decade(c: Candidate, s: State) -> Resolution | None:
    """A decade: "the 1990s", "the '90s", "the nineties" (value ``199``); "the 1800s", a
    whole century before the reference's year, is that century (value ``18``: as "the 19th
    century"), as English uses it ("the late 1800s"), not the years 1800-1809."""
    if c.g("dec"):
        n = int(c.g("dec"))
        ref_year = (s.reference or dt.date(2000, 1, 1)).year
        if n % 10 == 0 and (n // 10 + 1) * 100 <= ref_year:
            return _period(Period("century", n * 10, n=n // 10), "century",
                           f"the {n}0s: the hundred years of a century before the reference's")
    else:
        digit = int(c.g("dec2")) if c.g("dec2") else relative.DECADE_DIGIT[c.g("decw").lower()]
    if c.g("decc"):  # "the nineteen nineties"
        n = en.WORD_VALUES[c.g("decc").lower()] * 10 + digit
    elif not c.g("dec"):
        # the latest decade of those digits begun by the reference, or about to begin: "the
        # '90s" written in 1989 is the coming decade (the 1990s), not the 1890s; "the '20s"
        # written in 2015 is the 1920s, and so is a past sentence's "the '20s" in 2019
        ref_year = (s.reference or dt.date(2000, 1, 1)).year
        ahead = 0 if s.tense(c) == context.PAST else _COMING_DECADE_YEARS
        n = max(c10 for c10 in (10 * (ref_year // 100 + k) + digit for k in (-1, 0, 1))
                if c10 * 10 <= ref_year + ahead)
    return _period(Period("decade", n * 10, n=n), "decade", "decade written out")


# A decade named by its digits alone that begins within this many years of the reference is
# the coming one ("the '90s" in 1988 or 1989), unless its sentence tells the past.
_COMING_DECADE_YEARS = 2


def century(c: Candidate, s: State) -> Resolution | None:
    """A century: "the 21st century" (value ``20``)."""
    n = int(c.g("cent")) if c.g("cent") else relative.CENTURY_WORDS[c.g("centw").lower()]
    return _period(Period("century", (n - 1) * 100, n=n - 1), "century", "century written out")


def reference_word(c: Candidate, s: State) -> Resolution | None:
    """"now", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF.  "Soon" is the
    writer's future in a future clause ("will soon sign"), but in a past one ("he was soon
    released") it counts from the story's time, which it does not name: left out."""
    if c.text.lower() == "soon" and (s.tense(c) == context.PAST or _word_before(
            s.text, c.start) in en.NOT_SOON_BEFORE):
        return None
    if c.g("vague"):
        unit = c.g("vague")[0].upper()
        return Resolution(f"PX{unit}", "ref", "vague-duration", f"'{c.text}': a stretch of "
                          f"{c.g('vague').lower()} up to now, of unstated length", type="DURATION")
    for group, value in (("present", "PRESENT_REF"), ("past", "PAST_REF"),
                         ("future", "FUTURE_REF")):
        if c.g(group):
            return Resolution(value, "ref", "reference-word", f"'{c.text}' points to the "
                              f"{group} of the writer, not to a calendar date")
    return None


def _word_before(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` ("" if none)."""
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower() if words else ""


def _needs_reference(fn):
    def wrapper(c: Candidate, s: State) -> Resolution | None:
        if s.reference is None:
            return None
        found = fn(c, s)
        if found is None:
            return None
        p, rule, why = found[:3]
        if isinstance(p, str):
            return Resolution(p, "ref", rule, why)
        anchor = found[3] if len(found) > 3 else None
        return _period(p, rule, why, anchor)
    wrapper.__doc__ = fn.__doc__
    return wrapper


_WEEKDAY = _needs_reference(relative.weekday_mention)
_DAY_PART = _needs_reference(relative.day_part)


def _day_part(c: Candidate, s: State) -> Resolution | None:
    """"last night", "this morning": that day, a TimeML TIME (a part of the day)."""
    res = _DAY_PART(c, s)
    if res is not None:
        res.type = "TIME"
    return res

_MIDPERIOD = _needs_reference(relative.calendar_relative)
_HALF = _needs_reference(relative.half)


def _half(c: Candidate, s: State) -> Resolution | None:
    """A half with its year written ("the latter half of 2025", "2025's first half") is
    that half-year with no reference date; "the second half of next year" needs one."""
    if s.reference is None and (c.g("hyear") or c.g("hyearp")):
        return _period(*relative.half(c, s))
    return _HALF(c, s)


def _weekday_range(c: Candidate, res: Resolution | None) -> Resolution | None:
    """"Monday-Wednesday": the first weekday, and the next day of the second as
    ``end_value``."""
    if res is None or not c.g("wd2") or res.precision != "day":
        return res
    start = dt.date.fromisoformat(res.value)
    days = (weekday(c.g("wd2")) - start.weekday()) % 7
    if days:
        res.end_value = (start + dt.timedelta(days=days)).isoformat()
        res.reason += f"; to {c.g('wd2')}"
    return res


HANDLERS = {
    "iso": explicit,
    "slashed": explicit,
    "full": explicit,
    "monthday": month_day,
    "monthyear": month_year,
    "monthrange": month_range,
    "month": bare_month,
    "monthweek": month_week,
    "year": year,
    "yearrange": year_range,
    "shortyear": short_year,
    "decade": decade,
    "century": century,
    "ref": reference_word,
    "dayword": _needs_reference(relative.day_word),
    "daypart": _day_part,
    "weekday": lambda c, s: _weekday_range(c, _WEEKDAY(c, s)),
    "dayonly": _needs_reference(relative.day_of_month),
    "calrel": _needs_reference(relative.calendar_relative),
    "midperiod": lambda c, s: _period(Period("year", int(c.g("midyr"))), "midyear-written",
                                      "the middle of the year written after it")
    if c.g("midyr") else _MIDPERIOD(c, s),
    "ago": _needs_reference(relative.ago),
    "chain": _needs_reference(relative.chained),
    "anaphor": _needs_reference(relative.anaphor),
    "yearend": _needs_reference(relative.year_end),
    "ytd": _needs_reference(relative.year_to_date),
    "quarter": _needs_reference(relative.quarter),
    "yearago": _needs_reference(relative.year_ago_adjective),
    "half": _half,
    "season": _needs_reference(relative.season),
    "holiday": _needs_reference(relative.holiday),
}
