"""Plans whose only time is the article's own: no event yet, in Russian and Persian as in
English (``background.only_planned``, ``dating._a_year_planned``).

A clause about the future whose date is only the month or year of writing ("... در سال ۲۰۲۵
... باقی خواهد ماند", told in 2025) announces a thing still to come, with no date of its own:
it dates no act; so does one told in the present, in a language with a present form
(``PRESENT``: "رزمایش امسال ... برگزار می‌شود": scheduled or going on). A clause that tells an
act done in it ("در سال ۲۰۲۵ ... امضا کردند و ...
خواهد ...") keeps its date, and so does a plan of a later month or year, a date of its own,
or of a day ("учения начнутся сегодня" is the day's news, as English keeps "will meet on
Tuesday") or of a part of the month or year ("в конце августа").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chronology.dates.model import Mention, ReferenceDate


def own_time_planned(mention: Mention, reference: ReferenceDate, planned: bool, text: str,
                     lang, acts: Callable[[str, object], bool]) -> bool:
    """``mention`` (of a clause told in the future: ``planned``) is the article's own month
    or year, and its clause tells no act done (``acts``: a past verb that is no
    reporting verb). With no day of writing, a year told in the future ("… گفت که همکاری در
    سال ۲۰۲۶ گسترش خواهد یافت", "… в 2026 году расширится …") is a plan's time all the same:
    whatever the article's year, a year in a future clause dates no act."""
    if reference.date is None and mention.precision == "year" and not mention.modifier:
        return bool(lang.future_cues.search(lang.normalise(_clause(text, mention, lang))))
    if reference.date is None or mention.precision not in ("month", "year"):
        return False
    if mention.value != reference.iso[:len(mention.value)]:
        return False  # a later (or earlier) time: a date of its own
    if mention.modifier:
        return False  # a part of it ("в конце августа", "اواخر نوامبر"): a time of its own
    clause = _clause(text, mention, lang)
    norm = lang.normalise(clause)
    if lang.future_cues.search(norm):
        return True  # its past stem is the future's ("تحویل داده خواهد شد")
    # told in the present ("رزمایش امسال ... برگزار می‌شود"): what is scheduled or goes on
    return (planned or bool(lang.present.search(norm))) and not acts(clause, lang)


def _clause(text: str, mention: Mention, lang) -> str:
    """The words around ``mention`` up to the nearest punctuation mark or conjunction of the
    language (``CONJUNCTIONS``) on each side, within its sentence."""
    start = max(text.rfind(end, 0, mention.start) for end in ".!?؟\n") + 1
    stops = [i for i in (text.find(end, mention.end) for end in ".!?؟\n") if i >= 0]
    sentence = text[start:min(stops, default=len(text))]
    at = mention.start - start
    cuts = [0, len(sentence)]
    # a name in guillemets is one phrase ("«عملیات ضربتی و نابودی مشترک تروریزم»")
    masked = re.sub(r"«[^»]*»", lambda q: "_" * len(q.group()), sentence)
    for mark in re.finditer(r"[,;:،؛]|(?<!\S)[^\s,;:،؛]+(?![^\s,;:،؛])", masked):
        if mark.group() in ",;:،؛" or lang.key(mark.group()) in lang.conjunctions:
            cuts += [mark.start(), mark.end()]
    left = max(c for c in cuts if c <= at)
    right = min((c for c in cuts if c > at + len(mention.text)), default=len(sentence))
    return sentence[left:right]


def act_then_plan(words: str, offset: int, mentions: list[Mention], lang,
                  acts: Callable[[str, object], bool]) -> bool:
    """An act told first, then what is expected after it ("Партия танков уже поставлена,
    ожидается, что в феврале 2018 года состоится визит ..."): every time the sentence tells
    (``mentions``, at ``offset`` into the sentence ``words``; a week too: "вышли ... на прошлой
    неделе и прибудут в пятницу" dates its act) comes after the sentence's first future cue,
    and the words before that cue tell an act done (``acts``): the dates are the plan's; the
    act has no date of its own in the sentence."""
    norm = lang.normalise(words)
    cue = lang.future_cues.search(norm)
    if cue is None or not mentions:
        return False
    if any(m.start - offset < cue.start() for m in mentions):
        return False  # a date of the act's clause ("прибыли 5 марта, учения начнутся ...")
    return acts(words[:cue.start()], lang)
