"""Year inference: which year an article was written in, when its date gives none.

Two kinds of evidence, each recorded as a reason:

- hard constraints: a weekday named with a month-day ("Wednesday, December 26") allows only
  the years in which that day falls on that weekday;
- soft evidence: years mentioned as past ("In November 2014", "the 2015 agreement") put the
  article at or after them (a past month or day with its year, at or after that month or
  day: "joined the fleet in June 2022" rules out a January 24 dateline in 2022), years in a
  present or future context ("throughout 2015") at or before them (a future month, after
  it: "will arrive in March 2023" rules out a November 5 dateline in 2023); "the first ... in
  2019" with a fifth or later one of its series told as done ("their ninth joint patrol")
  says the article is some years after 2019, how many it does not say, so it is later than
  2019 and "soon after the latest year named" does not count from 2019, nor from a year told
  only as the date of a past act ("the contract was signed in 2018", "в 2017 году"): news
  writes an act's year only when it is not the writer's own, so the story is after it, how
  long after not told (a year in a name, "Blue Sword 2019", still counts); a weekday given as the day of reporting ("said
  Thursday") should be the dateline's weekday; a past weekday in the lead paragraph ("held
  talks on Tuesday") should be the dateline's day or the day before (wire copy reports the
  day's news), the day itself a little more likely; the site's period is a prior.

The year with the best score wins; if the best is not clearly ahead, nothing is decided.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from chronology.dates import context
from chronology.dates.patterns import day_number, may_hold, month, spelled_year, weekday
from chronology.dates.relative import DAY_NAMES, MONTH_NAMES
from chronology.dates.tagger import Candidate
from chronology.dates.timeml import valid_day
from chronology.languages import en

HARD, PAST_YEAR, SOFT_FUTURE, PERIOD, REPORTING = 10.0, 3.0, 3.0, 4.0, 2.0
MARGIN, RECENCY = 0.5, 0.6
# A past weekday in the lead is more often the dateline's own day than the day before (the
# day's news is filed that day): of two years it fits, the one where it is that day.
SAME_DAY = 0.5
RECENCY_REACH = 3  # years: past that, "long after the latest year named" is all alike
# A series' fifth or later one is years after its first, how many the text does not say; up
# to the fourth it may well follow soon after.
SERIES_FAR = 5
# Words that put a year around the writer's present: "throughout 2015", "earlier in 2016".
_CURRENT = re.compile(r"\b(?:" + "|".join(en.CURRENT_YEAR_WORDS) + r")\s+$", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|declared|noted|confirmed|stressed)"
    r"(?:\s+\S+){0,4}\s+(?:on\s+)?$",
    re.IGNORECASE,
)

_SERIES_FIRST = re.compile(en.SERIES_FIRST, re.IGNORECASE)
# A span running up to the writer's present: "since 2014", "ever since the end of 2014".
_SINCE_YEAR = re.compile(r"\b(?:" + "|".join(en.SINCE_WORDS) + r")\s+(?:[\w-]+\s+){0,3}$",
                         re.IGNORECASE)
_LATER_ORDINAL = re.compile(en.LATER_ORDINAL, re.IGNORECASE)
_ACT_YEAR = re.compile(r"\b(?:" + "|".join(en.ACT_YEAR_WORDS) + r")\s+$", re.IGNORECASE)


@dataclass
class Evidence:
    """What the text says about the year: constraints and mentioned years."""

    weekday_dates: list[tuple[Candidate, int, int, int]] = field(default_factory=list)
    past_years: list[tuple[Candidate, int]] = field(default_factory=list)
    past_days: list[tuple[Candidate, int, int, int]] = field(default_factory=list)  # y, m, d|0
    future_days: list[tuple[Candidate, int, int, int]] = field(default_factory=list)
    present_years: list[tuple[Candidate, int]] = field(default_factory=list)
    current_years: list[tuple[Candidate, int]] = field(default_factory=list)
    reporting_weekdays: dict[int, str] = field(default_factory=dict)
    lead_weekdays: dict[int, str] = field(default_factory=dict)  # past weekdays in the lead
    # years a long series began in, a fifth or later one of it told as done
    series_years: dict[int, tuple[str, int]] = field(default_factory=dict)  # -> ordinal, n
    # years told only as the start of a span running to the present ("three times since
    # 2014"): the story is after them, how long after not told, so "soon after the latest
    # year" does not count from them
    since_years: set[int] = field(default_factory=set)
    # years told only as the date of a past act ("signed in 2018", "в 2017 году"): news
    # writes the year of an act only when it is not the writer's own, so the story is after
    # them, how long after not told, and "soon after the latest year" does not count from them
    act_years: set[int] = field(default_factory=set)


def gather(text: str, candidates: list[Candidate],
           lead: tuple[int, int] | None = None) -> Evidence:
    """Collect the year evidence in ``candidates`` (found in ``text``); ``lead`` is the
    span of the story's first paragraph, when known.

    Each distinct piece of evidence counts once (the first mention that gives it is kept),
    so a long or repetitive text costs no more to score than a short one.
    """
    ev = Evidence()
    seen: set[tuple] = set()
    later = _LaterOrdinals(text, candidates)
    plain: set[int] = set()  # years also named outside a series' start
    named: set[int] = set()  # years also named other than as a span's start

    def add(bucket: list, key: tuple, item: tuple) -> None:
        if key not in seen:
            seen.add(key)
            bucket.append(item)

    for c in candidates:
        if c.kind == "monthday" and (c.g("wd") or c.g("wda")):
            m, d = month(c.g("mon")), day_number(c.groups)
            wd = weekday(c.g("wd") or c.g("wda"))
            if valid_day(2000, m, d):
                add(ev.weekday_dates, ("wd", m, d, wd), (c, m, d, wd))
        elif c.kind == "weekday" and not c.g("rel") and not c.g("wkrel"):
            if _REPORTING.search(text, max(0, c.start - 60), c.start) or re.match(
                    r"\s+(?:said|told|announced)\b", text[c.end:c.end + 12]):
                ev.reporting_weekdays.setdefault(weekday(c.g("wd")), c.text)
            elif lead and lead[0] <= c.start < lead[1] and (
                    context.tense(text, c.start, c.end) != context.FUTURE):
                ev.lead_weekdays.setdefault(weekday(c.g("wd")), c.text)
        elif c.kind in ("year", "monthyear", "full", "iso", "slashed", "season") and (
                c.g("year") or c.g("yw")):
            y = int(c.g("year")) if c.g("year") else spelled_year(c.g("yw"))
            tense = context.tense(text, c.start, c.end)
            if _CURRENT.search(text, max(0, c.start - 40), c.start) and tense != context.PAST:
                add(ev.current_years, ("current", y), (c, y))
            elif tense == context.FUTURE:
                add(ev.present_years, ("future", y), (c, y))
                if c.kind in ("monthyear", "full") and c.g("mon"):
                    m = month(c.g("mon"))  # "will arrive in March 2023": not after it
                    d = day_number(c.groups) if c.g("day") or c.g("dayw") else 31
                    add(ev.future_days, ("future-day", y, m, d), (c, y, m, d))
            else:
                add(ev.past_years, ("past", y), (c, y))
                if c.kind == "year" and _SINCE_YEAR.search(text, max(0, c.start - 40), c.start):
                    ev.since_years.add(y)
                elif _act_year(text, c):
                    ev.act_years.add(y)
                else:
                    named.add(y)
                ordinal = _series_start(text, c, later)
                if ordinal and ordinal[1] >= SERIES_FAR:
                    ev.series_years.setdefault(y, ordinal)
                else:
                    plain.add(y)
                if c.kind in ("monthyear", "full") and c.g("mon"):
                    m = month(c.g("mon"))  # "in June 2022": the article is not before it
                    d = day_number(c.groups) if c.g("day") or c.g("dayw") else 0
                    add(ev.past_days, ("past-day", y, m, d), (c, y, m, d))
    for y in plain:
        ev.series_years.pop(y, None)
    ev.since_years -= named
    ev.act_years -= named
    return ev


def _act_year(text: str, c: Candidate) -> bool:
    """True when the past year ``c`` dates an act ("signed in 2018"), not a name ("Blue Sword
    2019"), a thing ("the 2015 deal") nor a month or day told with its year."""
    if c.kind != "year" or _CURRENT.search(text, max(0, c.start - 40), c.start):
        return False  # "so far in 2024": the writer's own year
    return bool(_ACT_YEAR.search(text, max(0, c.start - 12), c.start))


class _LaterOrdinals:
    """Later ones of a series told as done or under way ("their ninth joint patrol"), not a
    day of a month ("July ninth") nor one still to come ("a second will follow"); looked
    for once, and only when a past year is a series' start (most texts have none)."""

    def __init__(self, text: str, candidates: list[Candidate]) -> None:
        self.text = text
        self.spans = sorted((c.start, c.end) for c in candidates)
        # no first one told: no series ("first" is in every match of ``_SERIES_FIRST``)
        self.possible = may_hold(text, "first") and bool(_SERIES_FIRST.search(text))
        self._found: list[re.Match] | None = None

    def found(self) -> list[re.Match]:
        if self._found is None:
            text = self.text
            self._found = [m for m in _LATER_ORDINAL.finditer(text)
                           if not self._inside(m.start())
                           and context.tense(text, m.start(), m.end()) != context.FUTURE]
        return self._found

    def _inside(self, i: int) -> bool:
        """True when ``i`` lies in one of the candidates (disjoint spans)."""
        k = bisect.bisect_right(self.spans, (i, float("inf"))) - 1
        return k >= 0 and i < self.spans[k][1]


def _series_start(text: str, c: Candidate, later: _LaterOrdinals) -> tuple[str, int] | None:
    """The latest later one (its words and number) when the past year ``c`` is when a series
    began ("The first joint patrol was held in 2019") and a later one is told outside its
    sentence ("their ninth joint patrol")."""
    if not later.possible:
        return None
    start, end = context.sentence_bounds(text, c.start, c.end)
    if not _SERIES_FIRST.search(text, start, c.start):
        return None
    outside = [(_ordinal(m.group()), m.group()) for m in later.found()
               if not start <= m.start() < end]
    return (max(outside)[1], max(outside)[0]) if outside else None


def _ordinal(words: str) -> int:
    """"ninth" -> 9, "9th" -> 9."""
    digits = re.match(r"\d+", words)
    if digits:
        return int(digits.group())
    return en.DAY_ORDINALS.index("-".join(words.lower().split())) + 1


def infer_year(ev: Evidence, month_day: tuple[int, int] | None,
               period: tuple[int, int] | None) -> tuple[int | None, list[str]]:
    """The most consistent year for the article, and the reasons; (None, reasons) if
    nothing decides."""
    years = _candidate_years(ev, period)
    if not years:
        return None, ["no year written and no evidence to infer one"]
    scored = sorted(((_score(y, ev, month_day, period), y) for y in years), reverse=True)
    best_score, best = scored[0]
    runner = scored[1] if len(scored) > 1 else (best_score - 99, None)
    reasons = _reasons(best, ev, month_day, period)
    if best_score - runner[0] < MARGIN:
        reasons.append(f"undecided: {best} and {runner[1]} fit the evidence about equally")
        return None, reasons
    if runner[1] is not None:
        tied = sorted(y for sc, y in scored[1:] if sc == runner[0])
        others = f"{tied[0]}-{tied[-1]}" if len(tied) > 2 and tied[-1] - tied[0] == len(
            tied) - 1 else ", ".join(map(str, tied[:4])) + (" ..." if len(tied) > 4 else "")
        reasons.append(f"{best} fits best (score {best_score:+.1f}; next: {others} at "
                       f"{runner[0]:+.1f})")
    return best, reasons


def _candidate_years(ev: Evidence, period: tuple[int, int] | None) -> list[int]:
    mentioned = [y for _, y in ev.past_years + ev.present_years + ev.current_years]
    lo_hi = list(period) if period else []
    lo_hi += list(mentioned)
    if not lo_hi:
        return []
    lo, hi = max(1900, min(lo_hi) - 1), min(2100, max(lo_hi) + 3)
    if period and period[1] - period[0] > 60 and not mentioned:
        return []  # a vague period alone (the default 1900-2100) decides nothing
    return list(range(lo, hi + 1))


def _mention_year(y: int, m: int, d: int, month_day: tuple[int, int] | None) -> int:
    """The year of a month-day mentioned in an article of year ``y`` (nearest the dateline)."""
    if month_day is None:
        return y
    ref = dt.date(y, *month_day) if valid_day(y, *month_day) else dt.date(y, month_day[0], 28)
    options = [yy for yy in (y - 1, y, y + 1) if valid_day(yy, m, d)]
    return min(options, key=lambda yy: abs((dt.date(yy, m, d) - ref).days))


def _score(y: int, ev: Evidence, month_day, period) -> float:
    score = 0.0
    for _c, m, d, wd in ev.weekday_dates:
        yy = _mention_year(y, m, d, month_day)
        if not valid_day(yy, m, d) or dt.date(yy, m, d).weekday() != wd:
            score -= HARD
    for _c, py in ev.past_years:
        if y < py:
            score -= PAST_YEAR
    for sy in ev.series_years:
        if y <= sy:
            score -= PAST_YEAR  # a fifth or later one is not in the year the series began
    for _c, py, pm, pd in ev.past_days:
        if y == py and month_day and month_day < (pm, pd):
            score -= PAST_YEAR  # the dateline's day comes before a month it tells as past
    for _c, fy, fm, fd in ev.future_days:
        if y == fy and month_day and month_day > (fm, fd):
            score -= SOFT_FUTURE  # the dateline's day comes after a month it tells ahead
    for _c, cy in ev.current_years:  # "throughout 2015"
        score += 1.5 if y == cy else -SOFT_FUTURE if y > cy else -1.0
    for _c, fy in ev.present_years:  # "planned for early 2020"
        score += 0.5 if fy - 1 <= y <= fy else -SOFT_FUTURE if y > fy else 0.0
    if month_day and valid_day(y, *month_day) and (
            dt.date(y, *month_day).weekday() in ev.reporting_weekdays):
        score += REPORTING
    if _lead_fits(y, ev, month_day):
        score += REPORTING + (SAME_DAY if _lead_same_day(y, ev, month_day) else 0.0)
    if period and not period[0] <= y <= period[1]:
        score -= PERIOD
    latest = _latest(ev)
    if latest is not None and y > latest:
        score -= RECENCY * min(y - latest, RECENCY_REACH)
    return score


def _reasons(y: int, ev: Evidence, month_day, period) -> list[str]:
    out = []
    for c, m, d, wd in ev.weekday_dates:
        yy = _mention_year(y, m, d, month_day)
        fits = [str(x) for x in range(y - 12, y + 13)
                if valid_day(x, m, d) and dt.date(x, m, d).weekday() == wd]
        verdict = "fits" if str(yy) in fits else "does not fit"
        out.append(f"'{c.text}': {MONTH_NAMES[m - 1]} {d} is a {DAY_NAMES[wd]} in "
                   f"{', '.join(fits)} ({verdict} {yy})")
    for c, py in ev.past_years:
        out.append(f"'{c.text}' is in the past: year >= {py}")
    for c, py, pm, pd in ev.past_days:
        if month_day and month_day < (pm, pd) and y >= py:
            out.append(f"'{c.text}' is in the past: the article is on or after it, so "
                       f"{MONTH_NAMES[month_day[0] - 1]} {month_day[1]} is not in {py}")
    for c, fy, fm, fd in ev.future_days:
        if month_day and month_day > (fm, fd) and y <= fy:
            out.append(f"'{c.text}' is ahead: the article is before it, so "
                       f"{MONTH_NAMES[month_day[0] - 1]} {month_day[1]} is not in {fy}")
    for c, cy in ev.current_years:
        out.append(f"'{c.text}' is the writer's present: year = {cy}")
    for c, fy in ev.present_years:
        out.append(f"'{c.text}' is in the future: year <= {fy}")
    if month_day and valid_day(y, *month_day):
        wd = dt.date(y, *month_day).weekday()
        if wd in ev.reporting_weekdays:
            out.append(f"{MONTH_NAMES[month_day[0] - 1]} {month_day[1]}, {y} is a "
                       f"{DAY_NAMES[wd]}, the day of reporting ('{ev.reporting_weekdays[wd]}')")
    lead = _lead_fits(y, ev, month_day)
    if lead:
        out.append(f"{MONTH_NAMES[month_day[0] - 1]} {month_day[1]}, {y} is the day of "
                   f"'{lead}' in the lead, or the day after")
    for sy, (ordinal, _n) in ev.series_years.items():
        out.append(f"a series began in {sy} and the text tells its '{ordinal}': some years "
                   f"after {sy}, how many not told: year > {sy}")
    for ay in sorted(ev.act_years):
        out.append(f"{ay} is told as the date of a past act: the text is after it, how long "
                   f"after not told")
    for by in sorted(ev.since_years):
        out.append(f"{by} is told as the start of a span to the present ('since'): the text "
                   f"is after it, how long after not told")
    latest = _latest(ev)
    if latest is not None and latest <= y <= latest + RECENCY_REACH:
        out.append(f"news is written soon after the latest past year it names ({latest})")
    if period:
        out.append(f"site period {period[0]}-{period[1]}")
    return out


def _latest(ev: Evidence) -> int | None:
    """The latest year named as past, the start of a long series excepted (how long after
    it the text is written, "their ninth" does not say)."""
    return max((py for _, py in ev.past_years
                if py not in ev.series_years and py not in ev.since_years
                and py not in ev.act_years), default=None)


def fits_weekdays(ev: Evidence, day: dt.date) -> bool | None:
    """Whether ``day`` fits the weekdays the text tells of its own day (None: it tells
    none): a weekday of reporting ("said Tuesday") is that day, a past weekday in the lead
    ("on Friday") that day or the one before."""
    if not (ev.reporting_weekdays or ev.lead_weekdays):
        return None
    return all(day.weekday() == wd for wd in ev.reporting_weekdays) and all(
        (day.weekday() - wd) % 7 in (0, 1) for wd in ev.lead_weekdays)


def _lead_same_day(y: int, ev: Evidence, month_day) -> bool:
    """True when a past weekday of the lead is the dateline's own day in ``y`` and the text
    names a year near ``y``: with none, the years the weekday fits are spread over the whole
    site period, and the likelier of its two readings is no ground to pick one. A year told
    only as an act's ("signed in 2024") is a lower bound, how far below not told: it places
    the story near it only within RECENCY_REACH (past that, "long after" is all alike, and
    a year it would pick may well be after the writer's present)."""
    named = ev.present_years or ev.current_years or any(
        py not in ev.act_years or 0 <= y - py <= RECENCY_REACH for _c, py in ev.past_years)
    return bool(named) and dt.date(y, *month_day).weekday() in ev.lead_weekdays


def _lead_fits(y: int, ev: Evidence, month_day) -> str | None:
    """The lead's past weekday when the dateline falls on that day or the day after in ``y``
    (and no weekday is said to be the day of reporting, which is stronger evidence)."""
    if not month_day or not valid_day(y, *month_day) or ev.reporting_weekdays:
        return None
    day = dt.date(y, *month_day).weekday()
    return next((words for wd, words in ev.lead_weekdays.items() if (day - wd) % 7 in (0, 1)),
                None)
