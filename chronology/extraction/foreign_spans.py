"""The span of an act told again as to come: "Начались учения России и Белоруссии. … Учения
пройдут с 12 по 16 сентября на территории Белоруссии и России, а также в акваториях
Баренцева и Балтийского моря".

A later sentence whose subject names the kind of an act with a duration that an earlier
event told (an exercise, a visit, talks), of the same sides, in the future, with a span that
starts on that event's day ("с 12 по 16 сентября", "с 12 сентября до 16 сентября"), tells
how long that act lasts: its ``end_date``, not a second act, whatever places it names (the
places of the one act). A span that starts on another day is another act.
"""

from __future__ import annotations

import re

from chronology.dates.model import Mention

DURABLE = {"exercise", "visit", "meeting"}  # acts with a duration


def with_spans_told(candidates: list, mentions: list[Mention], text: str, lang,
                    explain: list[str]) -> list:
    """``candidates`` without those that tell the span of an earlier one, whose end they set."""
    kept: list = []
    for candidate in candidates:
        earlier = _spanned(candidate, kept, mentions, text, lang)
        if earlier is None:
            kept.append(candidate)
            continue
        earlier_event, end = earlier
        earlier_event.event.end_date = end
        source = earlier_event.event.sources[0]
        source.quote = " ".join([source.quote, *candidate.sentence.text(text).split()])
        explain.append(f"  {candidate.event.date}: {candidate.event.title!r} tells the span of "
                       f"{earlier_event.event.title!r}: its end date {end}")
    return kept


def _spanned(candidate, kept: list, mentions: list[Mention], text: str, lang):
    """The earlier candidate whose span ``candidate`` tells, and the span's end; or None."""
    m = candidate.dating.mention
    words = lang.normalise(candidate.sentence.text(text)).lstrip(" \"«„“")
    first = (re.findall(r"\w+", words) or [""])[0]
    named = {tag for stem, tag in lang.kinds.items() if first.startswith(stem)} & DURABLE
    if not named or candidate.dating.statement or m.precision != "day" or not (
            lang.future_cues.search(words)):
        return None
    end = m.extra.get("end") or _end_after(candidate, m, mentions, text, lang)
    if not end or end <= m.value:
        return None
    return next(((k, end) for k in reversed(kept) if k.event.date == m.value
                 and k.event.end_date is None and named & set(k.event.tags)
                 and set(candidate.entities.countries) <= set(k.entities.countries)), None)


def _end_after(candidate, start: Mention, mentions: list[Mention], text: str, lang) -> str | None:
    """The day after a bound that ends a period ("до 16 сентября", ``BOUNDS_UNTIL``) right
    after the span's first day, in its sentence."""
    s = candidate.sentence
    for m in mentions:
        if start.end <= m.start < s.end and m.precision == "day" and m.start - start.end <= 12:
            before = lang.normalise(text[max(0, m.start - 24):m.start])
            if lang.bounds_until.search(before):
                return m.value
    return None
