"""The date mentions of a Russian or Persian text (``find_mentions``), in the order told:
what each expression found by ``lexical.py`` counts from.  Most count from the reference
date (their values: ``lexical_values.py``, in the direction of their clause's tense:
``lexical_tense.py``); "в тот же день", "через два дня" count from the date told before them,
"того же года" from the last year told, a day word in reported speech from the day of the
saying.

The rules are those of English (``relative.py``): a weekday goes back to the latest one on
or before the reference in a past context and forward in a future one; a day and month go
to the nearest one in the tense's direction; "last year" is ``YYYY``, "last week" ``YYYY-Www``;
"в сентябре прошлого года" is September of the year before.

>>> import datetime as dt
>>> [(m.text, m.value, m.rule) for m in find_mentions(
...     "Во вторник, 20 января, стороны подписали соглашение.", dt.date(2015, 1, 22), "ru")]
[('вторник', '2015-01-20', 'weekday-past'), ('20 января', '2015-01-20', 'month-day')]
>>> [(m.value, m.rule) for m in find_mentions("۳۰ دی ۱۳۹۳", None, "fa")]
[('2015-01-20', 'solar-date')]
"""

from __future__ import annotations

import datetime as dt
import re

from chronology.dates.context import FUTURE
from chronology.dates.lexical import find_candidates
from chronology.dates.lexical_tense import (
    SENTENCE_END,
    clause_span,
    tense,
)
from chronology.dates.lexical_values import counted, resolve_one
from chronology.dates.model import Mention
from chronology.dates.reported_day import counted_from_saying, saying_day
from chronology.dates.tagger import Candidate
from chronology.dates.timeml import Period
from chronology.languages import language

_WRITTEN_YEAR = re.compile(r"\d{4}")  # any script's digits: "2012", "۲۰۱۲"
_JUST_TOLD = 200  # characters: a date told in the sentence before


def _names_the_act_told(text: str, c, last: Mention) -> bool:
    """The act "после ..." names is the one the sentence of ``last`` told ("прибыла 1 марта.
    Через два дня после прибытия": the arrival), by the first five letters of its noun."""
    noun = re.match(r"\s+\S+\s+(\w{5})", text[c.end:c.end + 60])
    told = text[max(0, text.rfind(".", 0, last.start) + 1):c.start].lower()
    return noun is not None and noun.group(1).lower() in told


def find_mentions(text: str, reference: dt.date | None, code: str,
                  spans: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every date mention of ``text`` in language ``code``, resolved against ``reference``."""
    lang = language(code)
    mentions = []
    last = None  # the last date told: what "в тот же день" counts from
    last_day = None  # the last day told: what "в тот же день" names past a coarser date
    told = None  # the last date with a year written or counted from one: "того же года"
    speech = None  # the day told of the last saying: what its day words count from
    for c in find_candidates(text, code):
        if spans is not None and not any(s <= c.start and c.end <= e for s, e in spans):
            continue
        if c.kind in _COUNTED and lang.after_named.match(lang.normalise(text), c.end) and not (
                last is not None and 0 <= c.start - last.end < _JUST_TOLD
                and "\n\n" not in text[last.end:c.start] and _names_the_act_told(text, c, last)):
            found = None  # "через два дня после прибытия кораблей": from an act, not a date
            # (unless that act's date was told just before: "прибыла 1 марта. Через два дня
            # после прибытия …" counts from it)
        elif c.kind == "after" and tense(text, c.start, c.end, lang) == FUTURE:
            found = _after_writing(c, reference, lang)
        elif c.kind == "after" and not _told_in_past(text, c, lang):
            found = None  # "корабль ждут через два месяца": neither a plan nor a past act
        elif c.kind in _CHAINED:
            found = _chained(c, last, lang, last_day) if last is not None else None if (
                mentions or _act_told_before(text, c.start, lang)) else _earlier_than_news(
                c, reference, lang)  # (a week or an undated act told before: its own time)
        elif c.kind in _TOLD_YEAR:
            found = _in_told_year(c, told, reference, lang)
        elif c.kind in ("day-word", "weekday") and (
                said := saying_day(text, last, c, lang) or saying_day(text, speech, c, lang)):
            # "Во вторник … сообщил, что накануне": from the day of the saying, and so every day
            # word of what was said ("что вчера и сегодня провели")
            speech = last if saying_day(text, last, c, lang) else speech
            found = counted_from_saying(resolve_one(c, text, said, lang), speech)
        else:
            found = resolve_one(c, text, reference, lang)
        if found is not None:
            mentions.append(found)
            if found.is_calendar:
                last = found
                last_day = found if found.precision == "day" else last_day if (
                    last_day is not None and (_quoted(text, found.start)
                                              or last_day.value.startswith(found.value))
                ) else None
                if _WRITTEN_YEAR.search(found.text) or found.rule == "told-year":
                    told = found  # (a weekday's year is the reference's, never told)
    return mentions


def _quoted(text: str, at: int) -> bool:
    """A coarser date inside quotation marks is recalled by someone quoted («Договоренности
    достигнуты в ходе визита в мае 2023 года»), no new time of the story: past it "в тот же
    день" still names the last day the story told.  Outside a quote a chained day is never
    outside the coarser date it follows: the last day told is kept only when it lies inside
    that month or year ("Затем в июне 2019 года …" after 3 May 2019 is June's own time)."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("«") + para.count("“") > para.count("»") + para.count("”")


_COUNTED = ("later", "later-before", "after")  # "через два дня", counted on from something
_CHAINED = ("chained", "chained-period", "later", "later-before", "after")
_TOLD_YEAR = ("month-told-year", "told-year")
_FINER = {"day": ("day",), "week": ("day",), "month": ("day", "month"),
          "year": ("day", "month", "year")}  # the base a unit can count from


def _told_in_past(text: str, c: Candidate, lang) -> bool:
    """The sentence of ``c`` tells an act in the past (a past verb in it)."""
    left, right = clause_span(text, c.start, c.end, SENTENCE_END)
    return bool(lang.past.search(lang.normalise(text[left:right])))


def _after_writing(c: Candidate, ref: dt.date | None, lang) -> Mention | None:
    """"учения начнутся через неделю": a plan that many days, weeks, months or years after
    the day of writing (weeks as days, approximate)."""
    if ref is None:
        return None
    n, unit, value, precision = counted(c, ref, lang, +1)
    why = f"{n} {unit}(s) after reference {ref}"
    return Mention(c.start, c.end, c.text, value, precision, "after", why,
                   approximate=unit == "week", modifier="APPROX" if unit == "week" else None)


_ENDS_SENTENCE = re.compile(r"[.!?؟…][\"»”]?\s*$")  # a headline or a label has no end mark


def _act_told_before(text: str, at: int, lang) -> bool:
    """The story before ``at`` tells an act (a past verb) that no date placed: "Министр
    прибыл в Москву. Днем ранее …" counts back from that act's unknown day, not the news day.
    The story: the sentences before it on its line and the lines before that end as
    sentences do (a headline, "Министр прибыл в Москву", has no full stop)."""
    start = text.rfind("\n", 0, at) + 1
    told = [line for line in text[:start].splitlines() if _ENDS_SENTENCE.search(line)]
    return bool(lang.past.search(lang.normalise(" ".join([*told, text[start:at]]))))


def _earlier_than_news(c: Candidate, ref: dt.date | None, lang) -> Mention | None:
    """"Днем ранее президент отправился в Индию" with no date told before it: the day it
    counts back from is the news day, as English "a day earlier" counts from the reference
    (``relative.py``).  Only the words of an earlier day: a later one ("на следующий день")
    needs a day told."""
    if ref is None or c.kind != "chained":
        return None
    n = lang.chained[lang.key(c.g("ch"))]
    if n >= 0:
        return None
    day = ref + dt.timedelta(days=n)
    return Mention(c.start, c.end, c.text, day.isoformat(), "day", "chained-news",
                   f"{-n} day(s) before reference {ref} (no date told before it)",
                   anchor=ref.isoformat())


def _in_told_year(c: Candidate, base: Mention | None, ref: dt.date | None,
                  lang) -> Mention | None:
    """"в марте того же года", "в конце того же года", "مارس سال بعد": a month or a part of
    the year of the last date told, or of the year after it (``YEAR_TOLD``).  With no day,
    month or year told before, "того же года" is no date, never a guess, and "سال بعد"
    counts from the reference."""
    shift = lang.year_told[lang.key(c.g("ty"))]
    if base is not None and base.precision in _FINER["year"]:
        y, why = int(base.value[:4]) + shift, f"the year of '{base.text}' ({base.value[:4]})"
    elif shift and ref is not None:
        y, why = ref.year + shift, f"the year of reference {ref}"
    else:
        return None
    why += f" {shift:+d}" if shift else ""
    mod = lang.modifiers.get(lang.key(c.g("mod") or "")) if c.g("mod") else None
    value, precision = f"{y:04d}", "year"
    if c.g("mon"):
        value, precision = f"{value}-{lang.months[lang.key(c.g('mon'))]:02d}", "month"
    return Mention(c.start, c.end, c.text, value, precision, "told-year", why,
                   anchor=base.anchor if base is not None else ref.isoformat(),
                   approximate=bool(mod), modifier=mod)


def _chained(c: Candidate, base: Mention | None, lang,
             last_day: Mention | None = None) -> Mention | None:
    """"в тот же день", "на следующий день", "два дня спустя", "همان روز": the last date told,
    or that many days, weeks, months or years after it.  With no date told before, or only
    one coarser than the unit ("в 2012 году ... на следующий день"), the day was never told:
    no date, never a guess.  "В тот же день" names a day: past a coarser date told since
    recalled in a quote ("22 января ... «в мае 2024 года» ... В этот же день") or one holding
    it ("3 мая ... в мае ...") it is the last day told (``last_day``), past any other month or
    year it is that month or year;
    "тогда же" (``chained_as_told``) is the date before, however precise."""
    if base is None:
        return None
    if c.kind == "chained-period":
        unit = lang.chained_period[lang.key(c.g("cp"))]  # "month" or "year"
        if base.precision not in _FINER[unit]:
            return None
        value = base.value[:7] if unit == "month" else base.value[:4]
        return Mention(c.start, c.end, c.text, value, unit, "chained",
                       f"the {unit} of '{base.text}' ({base.value})", anchor=base.anchor,
                       approximate=base.approximate)
    if c.kind == "chained":
        n, unit = lang.chained[lang.key(c.g("ch"))], "day"
        if n == 0 and base.precision != "day" and last_day is not None and (
                lang.key(c.g("ch")) not in lang.chained_as_told):
            base = last_day  # "в тот же день" past "в мае 2024 года": the day told before it
        if n == 0:  # "в тот же день", "тогда же": the date before, as precise as it was
            return Mention(c.start, c.end, c.text, base.value, base.precision, "chained",
                           f"the same date as '{base.text}' ({base.value})", anchor=base.anchor,
                           approximate=base.approximate, modifier=base.modifier)
    else:
        n = int(c.g("n")) if c.g("n") else lang.number_words.get(lang.key(c.g("nw") or ""), 1)
        unit = lang.ago_units[lang.key(c.g("unit"))]
    if base.precision not in _FINER[unit]:
        return None
    why = f"{n} {unit}(s) after '{base.text}' ({base.value})"
    if unit in ("day", "week"):
        day = dt.date.fromisoformat(base.value) + dt.timedelta(days=n * (7 if unit == "week" else 1))
        value, precision = day.isoformat(), "day"
    elif unit == "month":
        value, precision = Period("month", int(base.value[:4]), int(base.value[5:7])).shift(
            "month", n).value, "month"
    else:
        value, precision = f"{int(base.value[:4]) + n:04d}", "year"
    approximate = unit == "week" or base.approximate
    return Mention(c.start, c.end, c.text, value, precision, "chained", why, anchor=base.anchor,
                   approximate=approximate, modifier="APPROX" if approximate else None)


