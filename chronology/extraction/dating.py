"""Which date mention in a sentence dates its event.

Rules, in order (each mention gets a rank; the best one wins):

1. Only calendar dates count (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` of type DATE).
2. Mentions that are not the time of an action are skipped: spans ("since 2009",
   "until 2025", "throughout 2015"; but "has been in Wonsan since Friday" dates the arrival
   and "started from last month" the start), attributive and possessive years ("the 2015
   nuclear deal", "this year's Vostok"), a series' start or naming ("was initiated in
   1993"), what a thing is able to do ("allows the plant to build 20 jets in 2020") and a
   when-clause opening a quotation ("“When F-16s arrived 40 years ago, …”").
3. A mention attached to a reporting verb ("said on Thursday", "told RIA Novosti on
   Thursday") dates the *statement*; another mention dates the event it reports
   ("X said on Thursday that Y signed on Tuesday" -> Tuesday).  The statement's date is
   used when nothing else dates the sentence, or when the other mention is coarser and not
   over before the statement ("said Thursday relations will stay strong in 2015" ->
   Thursday; "supplied drones last year, officials said on Monday" -> last year), or when
   the other is a one-day plan after it ("will visit on Sunday, a statement said on
   Saturday" -> Saturday).
4. A span ("from March 3 to March 5", "between 2015 and 2017", "on Monday and Tuesday",
   "in 2009-2010") dates an event from its first date to its last (``end_date``).
5. Mentions in the main clause beat those in quotations and in relative clauses
   ("Osipov, who arrived on Monday, met X on Tuesday" -> Tuesday); then the most precise
   wins (day, then month, then year); then the first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from chronology.dates.model import Mention
from chronology.extraction.background import names_period, passive_history, perfect_with_past_date
from chronology.extraction.framing import backdrop_date, framed_act
from chronology.extraction.sentences import inside
from chronology.extraction.verbs import AUXILIARIES, is_auxiliary, is_past
from chronology.languages import en, en_grammar

SPEECH_VERBS = (*en.SPEECH_VERBS, "according")
_SPEECH_BEFORE = re.compile(r"\b(" + "|".join(SPEECH_VERBS) + r")\b(?:\s+[\w'’.-]+){0,4}\s*$",
                            re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"^\s*(" + "|".join(SPEECH_VERBS) + r")\b", re.IGNORECASE)
SPAN_WORDS = en_grammar.DATING_SPAN_WORDS
FOLLOWERS = en_grammar.DATING_FOLLOWERS
DEICTIC = en_grammar.DATING_DEICTIC
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Dating:
    """The mention that dates an event, and how it was chosen."""

    mention: Mention
    statement: bool  # the date is that of a statement (a reporting verb)
    reason: str
    end: Mention | None = None  # the end of a span: "from March 3 to March 5"


def calendar_mentions(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Calendar DATE mentions inside ``[start, end)``; a week ("last week") becomes its month,
    a weekend its Saturday."""
    found = []
    for mention in mentions:
        if not start <= mention.start < end or mention.type != "DATE":
            continue
        mention = _season_as_year(_week_as_month(mention))
        if mention.is_calendar and mention.precision in _PRECISION_RANK:
            found.append(mention)
    return found


def _a_later_year(mention: Mention) -> bool:
    """A bare year after the year of the article: what is planned then has not happened."""
    return mention.precision == "year" and bool(mention.anchor) and \
        mention.value[:4].isdigit() and mention.value[:4] > mention.anchor[:4]


# A modal or a plan word before a date in its clause: what is to happen then.
_MODAL = re.compile(r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hall|[Ss]hould|is (?:expected|"
                    r"set|scheduled|due|to)|are (?:expected|set|scheduled|due|to)|plans? to|"
                    r"intends? to)\b")  # "may", not "May": the month is no modal


def _a_year_planned(text: str, start: int, mention: Mention) -> bool:
    """A year or month the clause only looks ahead to ("the first exercise could be held
    before the end of the year", "will be delivered this year", "is scheduled to travel to
    Moscow later this month"): a target, not the date of an act.  A month is so only when it
    is the reference's own: a plan told for a later month keeps that month, while one told
    for this month would read as an act already done in it.  "Next week" is the reference's
    own time too, when its week falls in the next month ("will finalise the pact next week",
    told on October 29)."""
    if mention.precision == "month" and mention.anchor:
        if mention.value[:7] != mention.anchor[:7] and mention.rule != "week-relative":
            return False
    elif mention.precision != "year" or not mention.anchor or \
            mention.value[:4] < mention.anchor[:4]:
        return False  # "Russia would eventually deliver the S-300 in 2016", told in 2023: done
    clause = re.split(r"[,;:()“”\"–—]", _BRACKETED_NAME.sub("", text[start:mention.start]))[-1]
    modals = list(_MODAL.finditer(clause))
    if not modals:
        return False
    words = re.findall(r"[\w'’-]+", clause[modals[-1].end():])
    return not any(w.islower() and w not in AUXILIARIES and is_past(w) and
                   (i == 0 or words[i - 1].lower() not in _BE_HAVE)
                   for i, w in enumerate(words))  # "… under a contract which concluded in 2018"


_BE_HAVE = en_grammar.DATING_BE_HAVE
# An abbreviation in brackets after the name it stands for ("a Joint Security Accord (JSA)
# next week"): part of the clause, no break in it.
_BRACKETED_NAME = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]{1,9}\)")


def _a_month_planned(text: str, start: int, mention: Mention) -> bool:
    """A month still to come that a relative clause looks ahead to, after an act done
    ("Poland has signed an agreement under which it will receive missiles in September",
    told in April): the plan's month, not the date of the signing."""
    if mention.precision != "month" or not mention.anchor or \
            mention.value[:7] <= mention.anchor[:7]:
        return False
    clause = re.split(r"[,;:()“”\"–—]", text[start:mention.start])[-1]
    modals = list(_MODAL.finditer(clause))
    if not modals:
        return False
    before = clause[:modals[-1].start()]
    relative = list(re.finditer(r"\b(?:which|whereby|that|who)\b", before))
    if not relative:
        return False
    done = re.findall(r"[\w'’-]+", before[:relative[-1].start()])
    return any(w.lower() in ("has", "have", "had") or (w.islower() and is_past(w) and
                                                       w not in AUXILIARIES and
                                                       w not in SPEECH_VERBS) for w in done)


def _season_as_year(mention: Mention) -> Mention:
    """"2014-SU" ("in summer 2014", "last spring") -> "2014": a season dates an act to its
    year; a winter's year may run into the next, so "c."."""
    match = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", mention.value)
    if not match or not re.search(r"\d{4}", mention.text):
        return mention
    return replace(mention, value=match.group(1), precision="year",
                   approximate=mention.approximate or match.group(2) == "WI",
                   reason=f"{mention.reason}; the season {mention.value} is in {match.group(1)}")


def _week_as_month(mention: Mention) -> Mention:
    """"2019-W51" -> "2019-12"; a week across two months is the month of its Thursday, "c.".
    A weekend ("2022-W14-WE", "over the weekend") is its Saturday, "c.": two days, told as
    the first."""
    match = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", mention.value)
    if not match:
        return mention
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return mention
    if match.group(3):
        saturday = monday + dt.timedelta(days=5)
        return replace(mention, value=saturday.isoformat(), precision="day", approximate=True,
                       reason=f"{mention.reason}; the weekend {mention.value} begins on "
                              f"{saturday:%A %d %B %Y}")
    sunday, thursday = monday + dt.timedelta(days=6), monday + dt.timedelta(days=3)
    approximate = mention.approximate or monday.month != sunday.month
    return replace(mention, value=thursday.strftime("%Y-%m"), precision="month",
                   approximate=approximate,
                   reason=f"{mention.reason}; the week {mention.value} is in {thursday:%B %Y}")


_DENIED_DATE = re.compile(r"\b(?:" + "|".join(en.DENIED_DATE_WORDS) + r")\s+(?:"
                          + "|".join(en.DENIED_DATE_PREPOSITIONS) + r")?\s*$",
                          re.IGNORECASE)


def choose_date(text: str, start: int, end: int, mentions: list[Mention],
                quotes: list[tuple[int, int]]) -> Dating | None:
    """The mention that dates the sentence ``text[start:end]``, or None."""
    ranked = []
    inverted: set[int] = set()
    planned: list[Mention] = []
    calendar_dates = calendar_mentions(mentions, start, end)
    spans = _spans(text, calendar_dates)
    for mention in calendar_dates:
        if names_period(text, mention):
            continue  # "soldiers of the Great Patriotic War (1941-1945)": the war's years
        if mention.start in spans and _statistic_period(text, start, end, mention) or \
                _statistic_year(text, start, mention):
            continue  # "74 percent of its imports between 2017 and 2021": a statistic
        if mention.start in spans and not _is_label_or_amount(text, mention):
            if _a_later_year(mention) and _MODAL.search(text, start, mention.start):
                planned.append(mention)  # "will deliver the jets between 2027 and 2031",
                continue  # told in 2025: a plan, not yet an event
            ranked.append((False, 0, _PRECISION_RANK[mention.precision], mention.start, mention))
            continue
        if _not_a_time(text, mention, start, end) or any(e is mention for e in spans.values()):
            continue
        if _DENIED_DATE.search(text, max(start, mention.start - 20), mention.start):
            continue  # "…, not on April 2 as some media reported": the date the sentence denies
        if _a_later_year(mention) or _a_year_planned(text, start, mention) or \
                _a_month_planned(text, start, mention):
            planned.append(mention)
            continue  # "will be delivered in 2026", told in 2024: a plan, not yet an event
        if _days_around(text, start, mention):  # "Days before Russia invaded Ukraine in
            opening = text[start:mention.start]
            mention = _about_then(mention, re.match(r"\s*(?:(?:Just|Only|Mere|A few)\s+)?(?:hours|"
                                                    r"the day)\b", opening, re.IGNORECASE)
                                  is not None, "weeks" in opening[:30].lower())  # then
            ranked.append((False, 1, _PRECISION_RANK[mention.precision], mention.start, mention))
            continue
        if perfect_with_past_date(text[start:end], mention):
            continue  # "has blocked deliveries because of the murder … in 2018": not its time
        if _side_fact(text, start, mention) or _background_clause(text, start, end, mention) or \
                _in_aside(text[start:mention.start]) or backdrop_date(text, start, mention) or \
                _earlier_act(text, start, mention) and not framed_act(text, start, mention) or \
                _compared_past(text, start, mention) or _change_base(text, start, mention) or (
                    mention.precision != "day" and any(
                        m.precision == "day" for m in calendar_dates if m is not mention)
                    and _reduced_relative(text, start, mention)):
            continue  # "Rosoboronexport, founded in 2000, delivered ...": not the action's date
        if _edition(text, mention) or _series_origin(text, start, mention) or \
                _edition_history(text, start, mention) or \
                _ability(text, start, mention) or _recalled_in_quote(text, mention, quotes):
            continue  # "this year's drill", "was initiated in 1993", "allows it to build …"
        if mention.text.lower().strip() in DEICTIC and (
                inside(mention.start, quotes) or _present_view(text[mention.end:end])
                or _present_contrast(text, start, end, mention, calendar_dates)):
            continue  # "today" in a quotation or a paraphrase: the speaker's now, not an act
        speech = _is_speech(text, start, end, mention) or \
            len(calendar_dates) > 1 and _cited_source(text, start, mention)
        if not speech and _inverted_attribution(
                re.split(r"[,;:()“”\"–—]", text[start:mention.start])[-1]):
            speech = True  # ranked as a statement's date, though the headline tells the act
            inverted.add(id(mention))  # ("…, stated the ministry on Thursday")
        place = _clause_rank(text, start, mention, quotes)
        if place == 0 and _subject_aside(text, start, end, mention):
            place = 2  # "The deal, first agreed in 2007, was frozen in 2010": the deal's date
        if names_a_thing(text, mention):
            place = max(place, 1)  # "the Nowruz holidays end on April 2": April 2 first
        if place == 2 and long_before(mention):
            continue  # "…, which was presented by Japan in 1613 to mark …": history, told aside;
            # a subject's aside too, even as the sentence's only date ("The deal, first agreed
            # in 2007, was frozen": no event, the freeze has no date); a recent one dates it
        ranked.append((speech, place, _PRECISION_RANK[mention.precision], mention.start, mention))
    if planned:  # "The jets ordered under Monday's agreement will arrive in 2030": the plan
        ranked = [r for r in ranked if not _possessive(text, r[4]) or
                  not any(_plan_of(text, start, r[4], p) for p in planned)]
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[:4])
    best = ranked[0]
    speech = [r for r in ranked if r[0]]
    if not best[0] and speech and (speech[0][2] < best[2] and not _ends_before(best[4], speech[0][4])
                                   or _plan_told(best[4], speech[0][4])
                                   and not (spans.get(best[4].start) or _range_end(best[4]))):
        best = speech[0]  # "will stay strong in 2015, X said on Thursday": the statement
    elif not best[0] and speech and passive_history(text, start, best[4], speech[0][4]):
        best = speech[0]  # "X affirmed on July 6 that … the statement signed by A on … 2021"
    end = spans.get(best[4].start) or _range_end(best[4])
    return Dating(best[4], best[0] and id(best[4]) not in inverted, _reason(best), end)


# "Today the two countries are facing the task of …, the minister said": a present form of
# "be" after the deictic word, and the speaker named after the clause: a view, not an act.
_PRESENT_AFTER = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,5}?(?:" + "|".join(en.IS_ON_VERBS) +
                            r")\s+(?!being\b|" + "|".join(en.SCHEDULE_WORDS) + r")[a-z]")
_SPEAKER_AFTER = re.compile(r",\s+(?:[\w'’.-]+\s+){0,8}?(?:" + "|".join(en.SPEECH_VERBS) + r")\b")


def _present_view(after: str) -> bool:
    """The clause after "today" is in the present ("are facing", "is ready") and a speaker
    is named after it: the speaker's view of the present, told in indirect speech."""
    return bool(_PRESENT_AFTER.match(after)) and bool(_SPEAKER_AFTER.search(after))


_CONTRAST_OPENING = re.compile(r"(?:,|\b(?:" + "|".join(en.PRESENT_CONTRAST_OPENERS) +
                               r"))\s*$", re.IGNORECASE)


_WILL_ACT_TODAY = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(en.WILL_ACT_LEADS) +
                             r")\s+(?!(?:" + "|".join(en.WILL_ACT_NOT) + r")\b)[a-z]")


def _present_contrast(text: str, start: int, end: int, mention: Mention,
                      calendar_dates: list[Mention]) -> bool:
    """ "… inducted its first fighter in 2002, and today flies more than 260 of them": a
    clause opened by "and/but today" after a clause dated by another date, with no past verb
    of its own, tells the present state the past act led to, not an act of today."""
    if not any(m.start < mention.start and m.text.lower().strip() not in DEICTIC
               for m in calendar_dates):
        return False
    if not _CONTRAST_OPENING.search(text, max(start, mention.start - 12), mention.start):
        return False
    clause = re.split(r"[,;:()“”\"]", text[mention.end:end])[0]
    if _WILL_ACT_TODAY.match(clause):
        return False  # "…, and today will deliver the rest": an act announced for the day
    return not any(is_past(w) or w in en.PAST_AUXILIARIES
                   for w in re.findall(r"[a-z][\w'’-]*", clause))


_INNER_RANGE = re.compile(r"(?:to|through|until|till|and|-|–|—)\s*([0-3]?\d)(?:st|nd|rd|th)?\s*$",
                          re.IGNORECASE)


def _range_end(mention: Mention) -> Mention | None:
    """The end of a range the date engine gave (``end_value``: "2009-2010", "from 2015 to
    2017"), or the last day of one written as one mention: "Dec. 27 to 30", "March 15-19"."""
    if mention.end_value and len(mention.end_value) == len(mention.value):
        return replace(mention, value=mention.end_value, end_value=None)
    match = _INNER_RANGE.search(mention.text)
    if mention.precision != "day" or not match:
        return None
    year, month, first = (int(x) for x in mention.value.split("-"))
    last = int(match.group(1))
    if not first < last <= calendar.monthrange(year, month)[1]:
        return None
    return replace(mention, value=f"{year:04d}-{month:02d}-{last:02d}")


_RANGE_START = re.compile(r"\b(?:" + "|".join(en.RANGE_OPENERS) + r")\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.IGNORECASE)


def _spans(text: str, mentions: list[Mention]) -> dict[int, Mention]:
    """"from March 3 to March 5", "between 2015 and 2017": start offset -> the end mention."""
    spans = {}
    for first, second in zip(mentions, mentions[1:], strict=False):
        same_kind = first.precision == second.precision and first.value < second.value
        opened = _RANGE_START.search(text[max(0, first.start - 12):first.start]) or re.match(
            r"(?:from|between)\b", first.text, re.IGNORECASE)
        join = text[first.end:second.start]
        days = first.precision == "day" and re.fullmatch(r"\s*(?:and|-|–|—)\s*", join)
        if same_kind and (opened or days) and _RANGE_JOIN.match(join):
            spans[first.start] = second  # "on Monday and Tuesday" too
    return spans


def _plan_told(action: Mention, statement: Mention) -> bool:
    """The action's day comes after the day of the statement that tells it ("the minister will
    visit the plant on Sunday, a statement said on Saturday"): a plan, not yet done when told;
    what happened is the statement.  A schedule of several days ("will hold drills from
    Dec. 27 to 30, a spokesman said") is the event's own calendar and keeps its dates."""
    return action.precision == statement.precision == "day" and action.value > statement.value


def _ends_before(mention: Mention, other: Mention) -> bool:
    """True when the whole period of ``mention`` is over before ``other`` begins."""
    value = mention.value
    if len(value) == 4:
        value = f"{value}-12-31"
    elif len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        last = calendar.monthrange(year, month)[1]
        value = f"{value}-{last:02d}"
    return value < other.value[:10]


def _reason(row) -> str:
    speech, place, _, _, mention = row
    where = ("the main clause", "a quotation", "a relative clause")[place]
    kind = "the date of a statement (reporting verb)" if speech else "the date of the action"
    return f"{mention.text!r} in {where}: {kind}"


def _word_before(text: str, mention: Mention) -> str:
    words = re.findall(r"[\w'’]+", text[max(0, mention.start - 30):mention.start])
    first = re.match(r"[\w'’]+", mention.text)
    own = first.group(0).lower() if first else ""
    return own if own in SPAN_WORDS else (words[-1].lower() if words else "")


# Side facts: a founding, an election, an appointment, a birth, an entry into service.
_SIDE_FACT = re.compile(  # not inside a compound ("Chinese-built frigate": its maker)
    r"(?<![\w-])(?:founded|established|set up|created|formed|incorporated|elected|re-?elected|appointed|"
    r"named|born|inaugurated|sworn in|took office|entered (?:into )?service|commissioned|"
    r"introduced|adopted|developed|designed|built)\b(?:\s+[\w'’-]+){0,5}\s*$", re.IGNORECASE)


# A person's relative clause with a past verb of its own, a year in it: "who seized power in 2020"
# (history; a day there may be the occasion itself, and "a contract which concluded in 2018"
# is an act of the topic).
_RELATIVE_ACT = re.compile(r"\bwho\s+(?P<verb>[a-z]+)\b[^;:]{0,60}$")


_DONE = {*en.PAST_AUXILIARIES, "has", "have", "been"}  # "…, was commissioned": not "will be"


# A closed parenthesis before the date ("the Department of Defense (DoD) announced Monday"):
# an aside of the noun before it; the clause goes on across it.
_CLOSED_ASIDE = re.compile(r"\([^()]*\)")


def _side_fact(text: str, start: int, mention: Mention) -> bool:
    """The mention dates a side fact told in passing ("…, who was reelected in May, …",
    "…, founded in 2000, …", "jets built in 1998"), not the action the sentence reports."""
    before = _CLOSED_ASIDE.sub(" ", text[start:mention.start])  # "the ministry (DND) announced"
    clause = before.rfind(";") + 1  # "…; the navy commissioned X on Monday": a clause of its own
    parts = re.split(r"[,;:()“”\"–—]", before[clause:])
    relative = _RELATIVE_ACT.search(parts[-1])
    if relative and mention.precision == "year" and is_past(relative.group("verb")) and \
            relative.group("verb") not in \
            AUXILIARIES and any(_is_verb(w) for w in re.findall(
                r"[\w'’]+", parts[-1][:relative.start()])[1:]):
        return True  # "ties forged by rebel colonels who seized power in 2020": their act
    side = _SIDE_FACT.search(parts[-1])
    if not side:
        return _participle_aside(parts, mention.precision != "day")
    words = re.findall(r"[\w'’]+", parts[-1][:side.start()])
    if len(parts) > 1 and not (words and all(w.lower() in _DONE for w in words)):
        return True  # an appositive or a relative clause (not "X, the ship, was commissioned")
    if not words and re.match(r"\s*,", text[mention.end:]):
        return True  # "Founded in 2000, the company handles …": an opening participle phrase
    while words and is_auxiliary(words[-1]):
        words.pop()  # "was founded": the founding is the sentence's own action
    return any(_is_verb(w) for w in words)


# A noun after a preposition, then a past participle with no object, then the date: "…,
# taking the next step in the arms deal signed between the two sides last year".
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:" + "|".join(en.PREPOSITIONS) + r")\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?P<rest>[^,;:()“”\"]{0,100})$")


def dates_a_named_thing(text: str, start: int, mention: Mention) -> bool:
    """A month or a year right after the past participle that names a thing after a
    preposition ("…, hailing the swift implementation of a deal signed in July"): the
    thing's date, not the act of the sentence ("increased the number of batteries deployed
    in Iran by half in 2021" is the increase's)."""
    participle = _PARTICIPLE_THEN_DATE.search(text, max(start, mention.start - 40), mention.start)
    return mention.precision != "day" and participle is not None and \
        is_past(participle.group("verb")) and participle.group("verb") not in AUXILIARIES and \
        _reduced_relative(text, start, mention)


_PARTICIPLE_THEN_DATE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:in|on|during|at)\s+)?(?:the\s+)?$")


def _reduced_relative(text: str, start: int, mention: Mention) -> bool:
    """The mention dates a thing named after a preposition by a past participle with no
    object ("in the arms deal signed between the two sides last year", "under the agreement
    reached in 2018"), after a main clause with a verb of its own: the deal's date, not the
    sentence's act (asked only of a month or a year beside a day of the sentence: "a press
    conference held on Monday" is the occasion itself).  "Troops in the north attacked the town" has no verb before it, and its
    past form takes an object: no participle."""
    window = max(start, mention.start - 160)
    return any(_participle_after(text, start, match) for match in (
        _NOUN_AFTER_PREPOSITION.match(text, opening.start(), mention.start)
        for opening in _PREPOSITION_DETERMINER.finditer(text, window, mention.start)) if match)


# Each preposition and determiner of the window, the nearer ones too: "passed on the third of
# its ships out of the six promised in 2022" (the participle follows the last one).
_PREPOSITION_DETERMINER = re.compile(r"\b(?:" + "|".join(en.PREPOSITIONS) +
                                     r")\s+(?:the|a|an|its|their|this|that)\s+")


def _participle_after(text: str, start: int, match: re.Match) -> bool:
    """The noun phrase of ``match`` ("the arms deal signed between …") goes on with a past
    participle with no object, after a main clause with a verb of its own."""
    words = match.group("rest").split()
    verb = next((i for i, w in enumerate(words[1:5], 1) if is_past(w) and w not in AUXILIARIES
                 and w.islower()), None)
    if verb is None or any(w in AUXILIARIES for w in words[:verb]):
        return False
    after = words[verb + 1:]
    if after and (after[0].lower() in _DETERMINERS or after[0][:1].isupper()):
        return False  # "… attacked the town": an object, a finite verb
    if any(is_past(w) and w.islower() and w not in AUXILIARIES and after[i - 1] not in en.JOINING_WORDS
           for i, w in enumerate(after) if i):
        return False  # "the jets ordered from Russia arrived in March": the finite verb's date
    return any(_is_verb(w) for w in re.findall(r"[\w'’]+", text[start:match.start()]))


# After a side clause, a present state: "The S-300, which entered service in 1979, is one of …".
_STATE_AFTER = re.compile(r",\s+(?:is|are|remains|remain|has|have)\b(?!\s+(?:been\s+)?[a-z]+ed\b)")


_DETERMINERS = en_grammar.DATING_DETERMINERS


def _inverted_attribution(clause: str) -> bool:
    """", stated the defence ministry in a release on Thursday": the speech verb before its
    speaker, after the sentence it attributes."""
    words = clause.split()
    return len(words) > 1 and words[0].lower() in SPEECH_VERBS and \
        (words[1].lower() in _DETERMINERS or words[1][:1].isupper())


def _participle_aside(parts: list[str], appositive: bool = False) -> bool:
    """"Duda welcomed the first shipment – K2 tanks – bought by Poland earlier in 2022": a
    participle phrase set off after a main clause with its own past verb dates the thing
    it describes, not the main action.  After "said that the shipment, along with …," the
    past form is the reported clause's own verb ("started last month"), not a participle."""
    words = parts[-1].split()
    while len(words) > 1 and words[0] in en.DONE_ADVERBS or len(words) > 1 and \
            words[0].endswith("ly") and words[0].islower():
        words = words[1:]  # "…, also liberated … in the fall of 2020", "…, originally built …"
    if appositive and words and words[0] in _APPOSITIVE_DETERMINERS:
        words = _appositive_participle(words)  # "…, a training asset acquired from … in 2014"
    if len(parts) < 2 or not words or not is_past(words[0]) or words[0] in AUXILIARIES:
        return False
    if _inverted_attribution(parts[-1]):
        return False  # "…, stated the ministry in a release on Thursday": who said it, when
    main = re.findall(r"[\w'’]+", re.split(r"\bthat\b", _main_part(parts))[-1])
    return any(_is_verb(w) for w in main[1:])  # "said that the shipment, …, started": its verb


def _main_part(parts: list[str]) -> str:
    """The part of a sentence cut at its commas and dashes that holds its main clause: the
    first, unless that is an introduction with no verb ("In the view of analysts, both hulls
    could come from … – the corvettes X and Y, completed in 2019 – …"): then the next."""
    words = re.findall(r"[\w'’]+", parts[0])
    if len(parts) > 2 and words and words[0].lower() in _INTRO_WORDS and \
            not any(_is_verb(w) for w in words[1:]):
        return parts[1]
    return parts[0]


_INTRO_WORDS = frozenset(w for w in en.INTRO_WORDS if " " not in w)


_APPOSITIVE_DETERMINERS = en_grammar.DATING_APPOSITIVE_DETERMINERS


def _appositive_participle(words: list[str]) -> list[str]:
    """An appositive set off by a comma, a noun phrase and its past participle ("…, a crucial
    training asset acquired from Germany's Rheinmetall in 2014"): the words from the
    participle on, when the phrase before it has no verb and the participle takes no object
    ("…, a ship carried the jets": a clause of its own); else no words."""
    for i, word in enumerate(words[1:5], 1):
        if _is_verb(word) or word.lower() in _DETERMINERS:
            if word in AUXILIARIES or not is_past(word) or i + 1 >= len(words):
                return []
            after = words[i + 1]
            return [] if after.lower() in _DETERMINERS or after[:1].isupper() else words[i:]
    return []


# "… as powerful as those dropped on Hiroshima in 1945": a past thing compared with, and the
# year of its own act (a participle after the pronoun or noun that stands for it).
_COMPARED_PAST = re.compile(
    r"\b(?:" + "|".join(en.COMPARISON_WORDS) + r")\s+(?:(?P<pronoun>" + "|".join(en.COMPARED_PRONOUNS) +
    r")|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?P<verb>[a-z]+)\b[^,;:()“”\"]*$", re.IGNORECASE)


_COMPARISON_AS = re.compile(r"(?:" + "|".join(en.COMPARISON_AS_BEFORE) + r")\s+$", re.IGNORECASE)


def _compared_past(text: str, start: int, mention: Mention) -> bool:
    """The mention dates a past thing the sentence compares with ("three times as powerful as
    those dropped on Hiroshima in 1945"), not the sentence's own action.  "as the navy
    celebrated …" with no "as fast"/"the same" before it is a time clause, no comparison."""
    match = _COMPARED_PAST.search(text, max(start, mention.start - 100), mention.start)
    if match is None or not is_past(match.group("verb")) or \
            is_auxiliary(match.group("verb")):
        return False
    if match.group(0)[:2].lower() == "as" and match.group("pronoun") is None:
        return _COMPARISON_AS.search(text, max(start, match.start() - 40), match.start()) \
            is not None
    return True


# "…, a 20 percent rise over its outlay of 2019", "the drop compared with 2021": a figure's
# change and the earlier figure it is measured from (the words up to the date, one clause).
_CHANGE_BASE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w$€£.,%-]+\s+){0,3}?(?:" + "|".join(en.CHANGE_NOUNS) +
    r")\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in en.CHANGE_BASE_WORDS) +
    r")\s+(?:[\w'’$€£.,%-]+\s+){0,4}?(?:(?:in|of|during)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _change_base(text: str, start: int, mention: Mention) -> bool:
    """A month or a year that a change of a figure is measured from ("set aside $5 billion for
    arms this year, a 20 percent rise over its outlay of 2019"): the earlier figure's time, a
    statistic's base, not the date of the sentence's act."""
    if mention.precision == "day":
        return False
    clause = re.split(r"[,;:()“”\"–—]", text[max(start, mention.start - 120):mention.start])[-1]
    return _CHANGE_BASE.search(clause) is not None


def _background_clause(text: str, start: int, end: int, mention: Mention) -> bool:
    """The mention lies in a side clause (", which …,", ", first flown in 2008,", ", bought
    from … in 1976,") before a main clause that states no action, only how things are
    ("…, is one of the most capable systems"): history told in passing, not an event."""
    before = text[start:mention.start]
    opened = before.rfind(",")
    if opened < 0:
        return False
    words = before[opened + 1:].split()
    first = words[0].lower() if words else ""
    if not (first in ("which", "who", "whose", "first", "originally", "once")
            or is_past(first) and first not in AUXILIARIES):
        return False
    closing = text.find(",", mention.end, end)
    return closing >= 0 and _STATE_AFTER.match(text, closing) is not None


# "… had arrived at a base in Doha after Ankara fast-tracked legislation last month": the
# clause after "after" tells an earlier act of its own, with its own date.
_AFTER_CLAUSE = re.compile(r"\b(?:" + "|".join(en.AFTER_CLAUSE_OPENERS) + r")\s+(?:the\s+)?[A-Z][\w'’-]*"
                           r"(?:\s+[A-Z][\w'’-]*)*\s+(?P<verb>[a-z][a-z-]*)\b[^,;:]*$")


# "Days before …", "Just hours after …": an opening that puts the main clause next to the
# time of another act told with its date.
_DAYS_AROUND = re.compile(r"\s*(?:(?:Just|Only|Mere|A few|Two|Three|Several)\s+)?(?:hours|days|"
                          r"a day|the day|weeks)\s+(?:before|after|ahead of)\b[^,;:()“”\"]*$",
                          re.IGNORECASE)


def _days_around(text: str, start: int, mention: Mention) -> bool:
    """The mention dates the other act of a "Days before X did Y in February 2022," opening:
    the main clause's act is of about that time."""
    return mention.precision in ("day", "month") and \
        _DAYS_AROUND.match(text[start:mention.start]) is not None and \
        re.match(r"\s*,", text[mention.end:]) is not None


def _about_then(mention: Mention, hours: bool = False, weeks: bool = False) -> Mention:
    """A day's mention as its month, approximately: "days before … on February 24" is February;
    "weeks after … in February 2022" only its year."""
    if weeks and mention.precision in ("day", "month"):
        return replace(mention, value=mention.value[:4], precision="year", approximate=True,
                       reason=f"{mention.reason}; some weeks before or after it: its year")
    if mention.precision != "day" or hours:  # "Hours before … on Tuesday, …": that day
        return replace(mention, approximate=True)
    return replace(mention, value=mention.value[:7], precision="month", approximate=True,
                   reason=f"{mention.reason}; a few days before or after it: its month")


def _earlier_act(text: str, start: int, mention: Mention) -> bool:
    """The mention dates a named subject's act in an "after …" clause of its own ("after
    Ankara fast-tracked legislation last month"), not the main clause's act."""
    match = _AFTER_CLAUSE.search(text, max(start, mention.start - 120), mention.start)
    verb = match.group("verb").split("-")[-1] if match else ""  # "fast-tracked"
    return bool(verb) and is_past(verb) and verb not in AUXILIARIES


_EDITION_HISTORY = re.compile(
    r"\b(?:" + "|".join(en.EDITION_HISTORY_OPENERS) + r")\s+(?:the|its|their)\s+(?:"
    + "|".join((*en.DAY_ORDINALS, *en.EDITION_HISTORY_WORDS)) + r")(?:\s+(?:one|such\s+\w+))?"
    r"\s+(?:" + "|".join(en.EDITION_HISTORY_NEXT) + r")\b[^,;:()“”\"]*$", re.IGNORECASE)


def _edition_history(text: str, start: int, mention: Mention) -> bool:
    """The mention dates an earlier edition of a series, named by an ordinal that stands for
    its noun ("…, following the first off Karachi in January 2020 and the second in Shanghai
    in July 2022"): history told in passing, not the date of this edition."""
    return _EDITION_HISTORY.search(text, max(start, mention.start - 160), mention.start) is not None


def _possessive(text: str, mention: Mention) -> bool:
    """A date in the possessive ("Monday's agreement", "last week's talks") names an occasion
    told as a thing: beside a plan for a later time, the sentence tells the plan, and the
    occasion is only where it comes from."""
    return re.match(r"['’]s\b", text[mention.end:]) is not None


_RELATIVE_OPENING = re.compile(r"\s*(?:[a-z]+\s+)?(?:" + "|".join(en.RELATIVE_PRONOUNS) +
                               r")\b")


def _plan_of(text: str, start: int, possessive: Mention, plan: Mention) -> bool:
    """The plan is told in the clause the possessive day heads ("Friday's agreement …
    are expected to arrive in 2027", "Monday's deal, under which jets will arrive in
    2027"), not in a relative clause about another thing ("Monday's test of a missile from a
    frigate, which Russia is expected to hand over in 2026, was a success")."""
    before = text[start:plan.start]
    cut = max(before.rfind(c) for c in ",;:(–—")
    if cut < 0 or not _RELATIVE_OPENING.match(before, cut + 1):
        return True
    if possessive.start > start + cut:
        return True  # the possessive inside the relative clause itself
    head = re.findall(r"[\w'’-]+", text[possessive.end:start + cut])
    return len(head) <= 4 and not {w.lower() for w in head[1:]} & set(en.THING_HEAD_STOPS)


def _edition(text: str, mention: Mention) -> bool:
    """A year in the possessive names which edition of a thing ("this year's Vostok will be
    held …", "last year's budget"), as an attributive year does ("the 2015 deal"): it is
    not the time of the sentence's action."""
    return mention.precision == "year" and re.match(r"['’]s\b", text[mention.end:]) is not None


# The start or the naming of a series: "The exercise was initiated in 1993", "… was later
# christened 'Varuna' in 2001", "the dialogue was first held in 2005".
_ORIGIN = re.compile(
    r"\b(?:was|were|been)\s+(?:later\s+|first\s+|originally\s+)?(?:initiated|instituted|"
    r"christened|renamed|re-?christened|first\s+(?:held|conducted|staged|organi[sz]ed))\b"
    r"[^,;:()“”\"]*$", re.IGNORECASE)


def _series_origin(text: str, start: int, mention: Mention) -> bool:
    """A bare year that dates when a series began or got its name ("The exercise was
    initiated in 1993 and christened 'Varuna' in 2001") tells the series' history, which an
    article mentions in passing: not an event of its own."""
    if mention.precision != "year":
        return False
    return _ORIGIN.search(text[start:mention.start]) is not None


# What a thing can do, not what it did: "the line allows the plant to build 20 jets in 2020",
# "the ship is able to stay at sea in 2025", "capable of producing 30 a year from 2021".
_ABILITY = re.compile(
    r"\b(?:(?:allows?|enables?|permits?|lets)\s+(?:[\w'’-]+\s+){0,4}?to|(?:is|are)\s+"
    r"(?:able|capable)\s+(?:to|of)|capable\s+of|(?:has|have)\s+the\s+(?:capacity|capability|"
    r"ability)\s+to)\s+[\w'’-]+[^,;:()“”\"]*$", re.IGNORECASE)


def _ability(text: str, start: int, mention: Mention) -> bool:
    """The mention dates what something is able or allowed to do (a capacity, in the present
    tense), not an action that happened."""
    return _ABILITY.search(text[start:mention.start]) is not None


def _recalled_in_quote(text: str, mention: Mention, quotes) -> bool:
    """A quotation that opens with a when-clause ("“When F-16s arrived 40 years ago, the
    nation was jubilant, and now …”") recalls a past time to compare it with the present of
    the speaker: the clause's date is the memory's, not the statement's."""
    if not inside(mention.start, quotes):
        return False
    quote = next((s, e) for s, e in quotes if s <= mention.start < e)
    before = text[quote[0]:mention.start].lstrip("“”\"'‘’ ")
    return re.match(r"(?:back\s+)?when\b[^,;:]*$", before, re.IGNORECASE) is not None


def _not_a_time(text: str, mention: Mention, start: int, end: int) -> bool:
    """Spans, attributive years, labels and amounts: no action happened at that time."""
    return (_is_span(text, mention) or _in_span_clause(text, start, mention)
            or _is_attributive(text, mention, start, end)
            or _is_label_or_amount(text, mention) or bool(DURATION.search(mention.text))
            or (_COMPARED.match(text, mention.end) is not None
                and re.search(r"(?:earlier|later|sooner|before|after)$", mention.text) is not None))


# "five years earlier than previously planned": a comparison of two times, neither told
# (not "more weapons in 2023 than in the previous ten years": that year is told).
_COMPARED = re.compile(r"\s+than\b")


DURATION = re.compile(r"^\s*(?:in|for|over|within|after)\s+(?:\d+|a|an|one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|several|few)\s+(?:years?|months?|weeks?|days?)\b",
                      re.IGNORECASE)


# Units a range of numbers counts (never a clause's subject after a range of years).
_RANGE_UNIT = re.compile(r"(?:hours|flight|rounds|shells|metres|meters|feet|miles|km|kilometres|"
                         r"kg|tonnes|tons|dollars|euros|percent|%|million|billion)\b")


_SHARE = re.compile(r"(?:" + "|".join(re.escape(w) for w in en.SHARE_WORDS) + r")[^,;:()“”\"]*$",
                    re.IGNORECASE)


# "…, Russia accounted for a whopping 36% of …", "made up the largest share of …".
_SHARE_AFTER = re.compile(
    r"(?P<lead>[^;:()“”\"]{0,80}?)\b(?:" + "|".join(w.replace(" ", r"\s+") for w in en.SHARE_VERBS) +
    r")\s+(?:[\w'’-]+\s+){0,3}?(?:\d[\d.,]*\s*(?:" + "|".join(
        re.escape(w) for w in en.SHARE_WORDS[:3]) + r")|share)\s+of\b", re.IGNORECASE)


_RELATIVE_END = re.compile(r"\b(?:" + "|".join(en.RELATIVE_PRONOUNS) + r")\s+$", re.IGNORECASE)


def _main_share_verb(lead: str) -> bool:
    """The share verb after a range is its clause's main verb: no act verb comes before it
    ("Between 2017 and 2019 Russia built three stations, which account for 40 percent …"),
    and it does not open a relative clause ("Russia, which accounted for 36% …, delivered")."""
    if _RELATIVE_END.search(lead):
        return False
    return not any(is_past(w) and w not in AUXILIARIES for w in re.findall(r"[a-z][\w'’-]*", lead))


def _statistic_period(text: str, start: int, end: int, mention: Mention) -> bool:
    """A range of years a share is stated over ("…, providing 74 percent of its imports
    between 2017 and 2021", "Between 2020 and 2024, Russia accounted for 36% of …"): the
    period of a statistic, not the date of an act."""
    if mention.precision != "year":
        return False
    after = _SHARE_AFTER.match(text[mention.end:end])
    if after and _main_share_verb(after.group("lead")):
        return True
    share = _SHARE.search(text, max(start, mention.start - 120), mention.start)
    return share is not None and not any(
        is_past(m.group(1)) and m.group(1) not in AUXILIARIES
        for m in _AND_VERB.finditer(text, share.start(), mention.start))


_SHARE_SIZE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in en.SHARE_SIZE_VERBS)
                         + r")\b")


_SHARE_CHANGE = re.compile(r"(?:" + "|".join(w.replace(" ", r"\s+") for w in en.SHARE_CHANGE_VERBS)
                           + r")")
_SHARE_NOUN = re.compile(r"(?:" + "|".join(re.escape(w) for w in en.SHARE_WORDS) + r")",
                         re.IGNORECASE)


def statistic_only(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """The sentence's years are a statistic's ("Between 2020 and 2024, Russia accounted for
    36% of Iran's arms imports"): it tells a state, no act, so it gives no event at all."""
    calendar_dates = calendar_mentions(mentions, start, end)
    spans = _spans(text, calendar_dates)
    return any(m.start in spans and _statistic_period(text, start, end, m)
               or _statistic_year(text, start, m) for m in calendar_dates)


def _statistic_year(text: str, start: int, mention: Mention) -> bool:
    """A year a share's size or change is stated for ("accounting for nearly 60 percent of
    its arsenal in 2020", "Russia's share of India's imports fell to 36 percent in 2023"):
    a statistic, not the date of an act."""
    if mention.precision != "year":
        return False
    share = _SHARE.search(text, max(start, mention.start - 120), mention.start)
    if share is None:
        return False
    clause = re.split(r"[,;:()“”\"]", text[max(start, mention.start - 160):mention.start])[-1]
    size = _SHARE_SIZE.search(clause)
    if size and _SHARE_CHANGE.fullmatch(size.group(0)) and \
            not _SHARE_NOUN.search(clause, 0, size.start()):
        return False  # "Rostec increased its stake … to 49 percent in 2019": an agent's act
    return size is not None and not any(
        is_past(m.group(1)) and m.group(1) not in AUXILIARIES and
        _SHARE_SIZE.match(m.group(1)) is None
        for m in _AND_VERB.finditer(text, share.start(), mention.start))


# "… raised its share of the market and delivered four frigates between 2021 and 2023": a
# second clause with its own past verb, whose act the range dates.
_AND_VERB = re.compile(r"\band\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _is_label_or_amount(text: str, mention: Mention) -> bool:
    """"Resolution 2231", "No. 2015", "$2015", "2015 tonnes": a number, not a year; "the
    Ruritanian Chairmanship Year 2020": a designated year's name, a label as "Expo 2020" is."""
    named_year = re.fullmatch(r"Year\s+\d{4}", mention.text.strip())
    if named_year:  # the label's own word before "Year" decides, as before a bare year
        before = re.search(r"(\S+)\s*$", text[max(0, mention.start - 30):mention.start])
        word = before.group(1) if before else ""
        return word[:1].isupper() and word.strip(",.") not in _MONTHS and \
            word.lower() not in (SPAN_WORDS | {"in", "on", "of", "the", "and", "or"})
    if not re.fullmatch(r"\d{4}(?:\s*[-–]\s*(?:\d{4}|\d{2}))?", mention.text.strip()):
        return False  # (a year, or a range of years: "its Arms Outlook 2024-2029 survey")
    before = re.search(r"(\S+)\s*$", text[max(0, mention.start - 30):mention.start])
    after = re.match(r"\s*(\S+)", text[mention.end:mention.end + 30])
    ranged = re.match(r"\s*(?:to|and|or|-|–)\s*\d{4}\s+(\S+)", text[mention.end:mention.end + 40])
    if ranged and _RANGE_UNIT.match(ranged.group(1)):
        return True  # "from 1600 to 2000 hours" (not "between 2015 and 2017 troops fought")
    word = before.group(1) if before else ""
    label = word[:1].isupper() and word.strip(",.") not in _MONTHS and word.lower() not in (
        SPAN_WORDS | {"in", "on", "of", "the", "and", "or"})
    amount = word.endswith(("$", "€", "£", "#", "No.", "no.")) or bool(after and re.match(
        r"(million|billion|thousand|tonnes|tons|troops|soldiers|people|km|kilometres|percent|%)",
        after.group(1)))
    return label or amount


_MONTHS = frozenset(name for names in en.MONTH_NAMES for name in names)


def _is_span(text: str, mention: Mention) -> bool:
    """"since 2009", "until 2025", "in 15 years": not the time of an action."""
    if mention.modifier in ("BEFORE", "AFTER"):
        return True
    word = _word_before(text, mention)
    if word in ("from", "between") and _range_end(mention):
        return False  # "from Dec. 27 to 30": a dated range, not an open span
    if word == "since" and _STAY.search(text[max(0, mention.start - 80):mention.start]) \
            and mention.precision == "day":
        return False  # "has been in Wonsan since Friday": arrived on Friday
    if word == "from" and _STARTED_FROM.search(text[max(0, mention.start - 40):mention.start]):
        return False  # "the shipments started from last month": they started then
    if word == "of" and re.search(r"\bweekend\s+of\s*$", text[max(0, mention.start - 20):mention.start]):
        return False  # "over the weekend of October 4": that day's weekend
    if word == "over" and mention.rule in _OCCASIONS:
        return False  # "was made over the weekend": during it, not a span of time
    return word in SPAN_WORDS - {"during", "after", "before"}


# Short occasions "over" which an act happened: "over the weekend", "over the New Year holiday".
_OCCASIONS = {"weekend", "holiday"}


# A stay in a place since a day tells the arrival on that day: "X has been in Y since Friday".
_STAY = re.compile(r"\b(?:" + "|".join(en.PERFECT_AUXILIARIES) + r")\s+been\s+(?:"
                   + "|".join(en.STAY_PREPOSITIONS) + r")\s+[^,;:()“”\"]{1,60}?\s+since\s*$",
                   re.IGNORECASE)


# A start told with "from": "shipments started from last month", "began from March 3".
_STARTED_FROM = re.compile(r"\b(?:" + "|".join(en.START_VERBS) + r")\b"
                           r"(?:\s+[\w'’-]+){0,2}\s+from\s*$", re.IGNORECASE)


_SPAN_CLAUSE = re.compile(r"\b(?:" + "|".join(en.SPAN_WORDS) + r")\s+(?!(?:"
                          + "|".join(en.SPAN_NOT_AFTER) + r")\b)[^,;:()“”\"]{0,80}$",
                          re.IGNORECASE)


def _in_span_clause(text: str, start: int, mention: Mention) -> bool:
    """A date inside a "since"/"until" clause ("have struck cities since Ukraine first
    reported one in September") starts or ends the main event's span; it does not date it.
    The clause is looked for in the same sentence only (from ``start``)."""
    before = text[max(start, mention.start - 80):mention.start]
    match = _SPAN_CLAUSE.search(before)
    return bool(match) and len(match.group(0).split()) >= 3  # "since 2009" is _is_span's


# "the 11 June agreement", "the Feb. 24 invasion", "Monday's attack" is not: a date before an
# event's noun names that event (told in passing), not the act of the sentence.
# ... after "that" or a verb that tells of it ("confirmed that the 11 June agreement …",
# "said the Feb. 24 invasion …"; not "The June 11 talks focused on …", "on the 11 June visit").
_TOLD_OF = re.compile(r"\b(?:" + "|".join(en.TOLD_OF_WORDS) + r")\s+$")
_NAMED_BY_ITS_DATE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(en.NAMED_BY_DATE_NOUNS) + r")\b")
# ... or names it as a title, capitalised, wherever it stands but after a word that makes the
# date the act's time ("especially the August 17 Communiqué"; not "at the 5 May Summit").
_TITLED_BY_ITS_DATE = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:" + "|".join(
        n[:1].upper() + n[1:] for n in en.NAMED_BY_DATE_NOUNS if n[:1].isalpha()) + r")\b")


# A name or a model after an attributive year: capitalised ("Enhanced"), or a designation with
# capitals and digits ("S-400", "F-16V"); not a month ("the 2018 March polls" is rare, "in
# the 2018 May" never said).
_NAME_AFTER = re.compile(r"(?!(?:" + "|".join(n for names in en.MONTH_NAMES for n in names) +
                         r")\b)[A-Z][\w'’-]*$")


_OCCASION_THE = re.compile(r"\b(?:" + "|".join(en.OCCASION_BEFORE) + r")\s+the\s+$",
                           re.IGNORECASE)


def _own_past_verb(clause: str) -> bool:
    """The clause's first verb is a finite past one ("signed", "took part", "was held"): not
    its first word (", displayed at …": a participle aside), not after a relative pronoun
    ("which debuted at …"), no present ("is offering the jets displayed at …") and no thing's
    history ("was first shown at …", "originally displayed at …")."""
    words = re.findall(r"[\w'’-]+", clause)
    if any(w.lower() in en.RELATIVE_PRONOUNS for w in words):
        return False
    first = next(((i, w) for i, w in enumerate(words) if i > 0 and w.islower() and
                  (w in AUXILIARIES or is_past(w))), None)
    return first is not None and (first[1] in en.PAST_AUXILIARIES or first[1] not in AUXILIARIES) \
        and not any(w.lower() in en.ASIDE_PARTICIPLE_CUES for w in words)


_DOCUMENT_MADE = r"(?:" + "|".join(en.DOCUMENT_MAKING_VERBS) + r")"
_MADE_BEFORE = re.compile(r"\b" + _DOCUMENT_MADE + r"\s+$", re.IGNORECASE)
_MADE_AFTER = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                         + _DOCUMENT_MADE + r"\b")


def _makes_document(text: str, the: int, mention: Mention, end: int) -> bool:
    """The sentence's act makes the document named by its date, active ("Russia and Iran
    signed the January 17 Declaration") or passive ("The 11 June Agreement was signed by
    …"): a document is named after its signing day, so the date is that act's."""
    title = _TITLED_BY_ITS_DATE.match(text, mention.end) or \
        _NAMED_BY_ITS_DATE.match(text, mention.end)
    if title is None:
        return False
    return _MADE_BEFORE.search(text[max(0, the - 30):the]) is not None or \
        _MADE_AFTER.match(text[title.end():end]) is not None


def _is_attributive(text: str, mention: Mention, start: int, end: int) -> bool:
    """A bare year used as an adjective: "the 2015 nuclear deal", "Tehran-Moscow 2015
    agreement", "according to a 2023 Defense Department report" (not "delivered in a 2016
    ceremony": the time of the action)."""
    the = mention.start if mention.text.lower().startswith("the ") else \
        mention.start - 4 if text[max(0, mention.start - 4):mention.start].lower() == "the " else -1
    if mention.precision in ("day", "month") and the > 0 and \
            _makes_document(text, the, mention, end):
        return False  # "Russia and Iran signed the January 17 Declaration": its signing day
    if mention.precision in ("day", "month") and the > 0 and \
            _TOLD_OF.search(text[max(0, the - 30):the]) and \
            _NAMED_BY_ITS_DATE.match(text, mention.end):
        return True  # "the 11 June agreement was an order": the agreement's name, not an act
    if mention.precision in ("day", "month") and the > 0 and \
            _TITLED_BY_ITS_DATE.match(text, mention.end) and \
            re.search(r"\b(?:" + "|".join(en.NAMED_BY_DATE_TITLE_NOT_AFTER) + r")\s+$",
                      text[max(0, the - 12):the], re.IGNORECASE) is None:
        return True  # "especially the August 17 Communiqué": a title, not the act's time
    if not re.fullmatch(r"\d{4}", mention.text.strip()):
        return False
    following = re.match(r"\s+([\w'’-]+)", text[mention.end:end])
    if not following:
        return False
    word = following.group(1)
    before = _word_before(text, mention)
    if re.search(r"\b(?:in|at|during|for)\s+(?:a|an)\s*$",
                 text[max(0, mention.start - 20):mention.start], re.IGNORECASE):
        return False
    if _OCCASION_THE.search(text, max(0, mention.start - 40), mention.start) and \
            _own_past_verb(re.split(r"[,;:()“”\"–—]", text[start:mention.start])[-1]):
        return False  # "signed … at the 2024 Zhuhai Airshow": the occasion of the act
    if before in ("a", "an") and word[:1].isupper():
        return True  # "a 2023 Defense Department report"
    if (before in _DETERMINERS or re.search(r"['’]s$", before)) and _NAME_AFTER.match(word):
        return True  # "under the 2018 S-400 contract", "the 2014 Enhanced Defense … Agreement"
    return word[:1].islower() and word.lower() not in FOLLOWERS and before not in (
        "in", "on", "of", "since", "until", "by")


_CITED_SOURCE = re.compile(r"\s*(?:" + "|".join(w.replace(" ", r"\s+") for w in en.SOURCE_CITERS)
                           + r")\b", re.IGNORECASE)


def _cited_source(text: str, start: int, mention: Mention) -> bool:
    """The mention is in the clause that cites the sentence's source ("In 2023, Iran asked
    for jets, according to a report released in March"): when the source spoke, which the
    sentence's other date (of its act) beats as a statement's date would."""
    clause = re.split(r"[,;:“”\"]", text[max(start, mention.start - 60):mention.start])[-1]
    return _CITED_SOURCE.match(clause) is not None


def _is_speech(text: str, start: int, end: int, mention: Mention) -> bool:
    """The mention belongs to a reporting verb: "said on Thursday", "on Thursday told"."""
    before = text[max(start, mention.start - 60):mention.start]
    clause = re.split(r"[,;:“”\"]", before)[-1]
    if _SPEECH_BEFORE.search(clause) and not re.search(r"\bthat\b", clause):
        return True
    if _SPEECH_AFTER.match(text[mention.end:end]):
        return True
    return _first_verb_is_speech(text, start, end, mention)


def _first_verb_is_speech(text: str, start: int, end: int, mention: Mention) -> bool:
    """"On Tuesday, after the talks, X said that ...": no verb before, a reporting verb next."""
    if any(_is_verb(w) for w in re.findall(r"[\w'’]+", text[start:mention.start])):
        return False
    for word in re.findall(r"[\w'’]+", text[mention.end:end]):
        if word.lower() in SPEECH_VERBS and word.islower():
            return True
        if _is_verb(word):
            return False
    return False


def _is_verb(word: str) -> bool:
    """A finite verb, roughly: an auxiliary or a lower-case past form."""
    return word.islower() and (word in AUXILIARIES or is_past(word))


def long_before(mention: Mention) -> bool:
    """A year more than two years before the article's own."""
    return mention.precision == "year" and bool(mention.anchor) and \
        mention.value[:4].isdigit() and int(mention.anchor[:4]) - int(mention.value[:4]) > 2


_NOT_NOUNS = frozenset({w.lower() for w in en.FUNCTION_WORDS} | AUXILIARIES | {"of", "to"})


def names_a_thing(text: str, mention: Mention) -> bool:
    """A holiday before a noun ("the Nowruz holidays", "an Orthodox Easter truce"): part of the
    thing's name, kept in its headline, and the act's date only when no other date is told."""
    word = re.match(r"\s+([a-z][a-z-]*)\b", text[mention.end:mention.end + 40])
    return mention.rule == "holiday" and word is not None and \
        word.group(1) not in _NOT_NOUNS and not word.group(1).endswith("ed")


# A relative clause in the pluperfect after its noun, with or without a comma ("trainers that
# had served for decades"): the thing's history before the act told.
_PLUPERFECT_RELATIVE = re.compile(r"\b[a-z][\w-]*\s+(?:that|which|who)\s+had\b")


def _clause_rank(text: str, start: int, mention: Mention, quotes) -> int:
    """0 main clause, 1 quotation, 2 relative clause ("…, who arrived on Monday, …")."""
    if inside(mention.start, quotes):
        return 1
    before = text[start:mention.start]
    relative = list(re.finditer(r",\s+(who|which|whose|where)\b", before))
    if relative and "," not in before[relative[-1].end():]:
        return 2
    history = list(_PLUPERFECT_RELATIVE.finditer(before))
    if history and not re.search(r"[,;:]", before[history[-1].end():]):
        return 2  # "… short of trainers that had served for decades before their withdrawal in 2015"
    if _CONCESSIVE_OPENING.match(before) and "," not in before:
        return 2  # "While the contract was signed on Friday, X had agreed on December 31"
    return 0


def _subject_aside(text: str, start: int, end: int, mention: Mention) -> bool:
    """A participle phrase set off by commas inside the subject, before the main verb ("The
    deal, first agreed in 2007, was frozen in 2010"): it dates the thing the subject names, a
    side clause as "…, which was agreed in 2007, …" is (not "The deal was agreed, officials
    said, in 2007": the words before the comma have a verb of their own)."""
    before = text[start:mention.start]
    comma = before.rfind(",")
    if comma < 0 or any(_is_verb(w) for w in re.findall(r"[\w'’]+", before[:comma])):
        return False
    words = before[comma + 1:].split()
    while len(words) > 1 and (words[0] in en.DONE_ADVERBS or words[0] in en.ASIDE_PARTICIPLE_CUES
                              or words[0].endswith("ly") and words[0].islower()):
        words = words[1:]  # "…, first agreed in 2007, …", "…, originally signed in 2007, …"
    if not words or not is_past(words[0]) or words[0] in AUXILIARIES or not words[0].islower():
        return False
    closed = re.match(r"[^,;:()“”\"]*,\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b", text[mention.end:end])
    return closed is not None and (_is_verb(closed.group("verb")) or
                                   closed.group("verb") in _MAIN_PRESENT)


# Present main verbs after a subject's aside ("The deal, signed in 2007, remains in force").
_MAIN_PRESENT = frozenset({"is", "are", "remains", "remain", "has", "have", "stays", "stay"})


_CONCESSIVE_OPENING = re.compile(r"\s*(?:while|although|though|whereas|even though|even as)\b",
                                 re.IGNORECASE)


def _in_aside(before: str) -> bool:
    """"Aside from the 12 jets delivered this year, KAI plans …": the opening clause's date
    is not the main clause's."""
    return bool(_ASIDE_OPENING.match(before)) and "," not in before


# Openings that set a side clause before the main one: "Aside from …, ", "Unlike …, ".
_ASIDE_OPENING = re.compile(r"\s*(?:aside from|apart from|besides|unlike|like|in addition to|"
                            r"compared (?:with|to)|as opposed to)\b", re.IGNORECASE)


# A side clause that tells an act of its own, dated: "the first batch of 108 ordered in 2019",
# "the system which was agreed upon in 2019".  The act is an event too (the order, the
# agreement), besides the one the main clause reports.
_SIDE_ACT = re.compile(r"(?:\b(?:which|that)\s+(?:was|were|had been)\s+)?\b(?P<act>ordered|"
                       r"signed|agreed(?:\s+upon|\s+on)?|inked|concluded|purchased|bought|"
                       r"acquired|contracted|approved)\s+(?:back\s+|earlier\s+)?(?:in|on)\s+$")


# The same act told by a noun: "which follows the purchase in 2015 of 24 Rafale jets".
_SIDE_NOUN = re.compile(r"\b(?:the|a)\s+(?P<noun>" + "|".join(en.ACT_NOUNS) + r")\s+"
                        r"(?:back\s+)?(?:in|on)\s+$", re.IGNORECASE)
_OF_THING = re.compile(r"\s+of\s+(?P<thing>[^,.;:()“”\"–—]{3,60}?)(?=\s*[,.;:()–—]|\s+(?:to|from|for|"
                       r"by|which|that|and|in|at|worth)\b)")


@dataclass
class SideAct:
    """A dated act told in a side clause: its dating, its participle ("ordered") and where
    the clause starts (the thing it tells of comes before), or the thing itself when a noun
    tells the act ("the purchase in 2015 of 24 Rafale jets": "24 Rafale jets")."""

    dating: Dating
    act: str
    at: int
    thing: str | None = None


def side_acts(text: str, start: int, end: int, mentions: list[Mention],
              chosen: Dating | None) -> list[SideAct]:
    """Acts dated in the sentence's side clauses, besides the date ``chosen`` for it."""
    found = []
    for mention in calendar_mentions(mentions, start, end):
        if chosen is not None and mention.start == chosen.mention.start:
            continue
        if _a_later_year(mention):
            continue
        match = _SIDE_ACT.search(text, max(start, mention.start - 60), mention.start)
        if match is not None and match.end() == mention.start:
            reason = f"a side clause's own act ('{match.group('act')} {mention.text}')"
            found.append(SideAct(Dating(mention, False, reason), match.group("act"),
                                 match.start()))
            continue
        noun = _SIDE_NOUN.search(text, max(start, mention.start - 40), mention.start)
        thing = _OF_THING.match(text, mention.end, end) if noun is not None else None
        if noun is not None and noun.end() == mention.start and thing is not None:
            act = en.ACT_NOUNS[noun.group("noun").lower()]
            reason = f"a side clause's own act ('{text[noun.start():mention.end]} of …')"
            found.append(SideAct(Dating(mention, False, reason), act, noun.start(),
                                 thing.group("thing")))
    return found
