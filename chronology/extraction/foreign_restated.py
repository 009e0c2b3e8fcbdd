"""An act told again later in a Russian or Persian article, on the same day, folded into the
event that first told it.

Agencies tell the day's act in the lead and then again further down: the thing's name with
a demonstrative ("این عملیات ... از ساعت ۲ بامداد امروز آغاز شده", "... نوشته است که این
حملات ... انجام شده است"), the same named thing ("از آغاز یک عملیات ... که آن را «پنجه
عقاب» خواند خبر داده بود" after "... با آغاز عملیاتی موسوم به پنجه عقاب ...") or a report
of the same act of the same kind of thing ("... از آغاز بزرگترین رزمایش ... خبر دادند" after
"رزمایش ... امروز ... آغاز شد"). Such a
sentence, of the same day, naming no side the first did not and no other kind of act, is
that act told again: one event, as English does for "The operation began at 2 a.m.".
"""

from __future__ import annotations

import datetime as dt
import re

from chronology.extraction.crosslang import shares_words
from chronology.extraction.model import Candidate, Found
from chronology.languages.model import compact

_NAMED = re.compile(r"«([^»]{3,60})»")  # a thing's name in guillemets: «پنجه عقاب»
NAME_WORDS = 4  # a longer phrase in guillemets is what someone said, not a name


def without_restated(candidates: list[Candidate], found: Found, text: str,
                     lang) -> list[Candidate]:
    """``candidates`` without the later ones that tell an earlier one's act again."""
    kept: list[Candidate] = []
    for candidate in candidates:
        earlier = next((k for k in kept if _restates(candidate, k, text, lang)), None)
        if earlier is None:
            kept.append(candidate)
            continue
        found.explain.append(f"  {candidate.event.date}: {candidate.event.title!r} tells "
                             f"{earlier.event.title!r} again (the same thing, the same day): "
                             "one event")
    return kept


def _restates(later: Candidate, earlier: Candidate, text: str, lang) -> bool:
    """``later`` tells ``earlier``'s act again: the same day, no side of its own, no kind of
    act of its own, and it points back to the thing (``_points_back``), names the same
    named thing (``_same_name``) or reports the same act (``_reports_the_act``)."""
    date = later.event.date
    if _less_exact(later, earlier, text, lang) or _reported_next_day(later, earlier, text, lang):
        return True
    if len(date) != 10 or earlier.event.date != date or (
            not set(later.entities.countries) <= set(earlier.entities.countries)):
        return False
    if set(later.event.tags) - {"statement"} - set(earlier.event.tags):
        return False  # "در این دیدار ... توافقنامه‌ای امضا کردند": a signing at the meeting
    words, told = later.sentence.text(text), earlier.sentence.text(text)
    if _another_act(words, lang):
        return False  # "Кроме того, … Шойгу провел встречу с …": another act (review G)
    return (_points_back(words, told, lang) or _same_name(words, told, lang)
            or _reports_the_act(words, told, lang) or _decided_act(words, told, lang)
            or _acts_on_it(words, told, lang))


def _reported_next_day(later: Candidate, earlier: Candidate, text: str, lang) -> bool:
    """``later`` is an outlet's report, dated the day after ``earlier``'s act, of that act
    (``OUTLET_TELLS``: "خبرگزاری ... روز بعد اعلام کرد: ..."): the act's source, not another
    act; no side of its own, no other act told ("also"), and the act's words shared
    (``crosslang.shares_words``)."""
    day, told = earlier.event.date, later.event.date
    if len(day) != 10 or len(told) != 10 or (
            dt.date.fromisoformat(told) - dt.date.fromisoformat(day)).days != 1:
        return False
    words = later.sentence.text(text)
    norm = lang.normalise(words)
    prefix = _source_prefix(words, norm, lang)  # "به گزارش ...، خبرگزاری ... اعلام کرد"
    if not set(later.entities.countries) <= set(earlier.entities.countries) or _another_act(
            words, lang) or not lang.outlet_tells.search(norm[prefix.end() if prefix else 0:]):
        return False
    return shares_words(later, earlier)


def _less_exact(later: Candidate, earlier: Candidate, text: str, lang) -> bool:
    """``later`` tells ``earlier``'s act again by its month only ("Договор ... был подписан ...
    в декабре 2024 года" after "... Договора ..., подписанного в Минске 6 декабря 2024 года"):
    of the same kind of act and the same sides, in the month of ``earlier``'s day, telling no
    other act and no act going on (``CONTINUED``: "Поставки ... продолжились в марте"), and
    naming the same thing done the same way (``_names_the_same``), wherever its words stand."""
    date, day = later.event.date, earlier.event.date
    tags = set(later.event.tags) - {"statement"}
    if len(date) != 7 or len(day) != 10 or not day.startswith(date) or not tags or \
            tags != set(earlier.event.tags) - {"statement"} or \
            set(later.entities.countries) != set(earlier.entities.countries):
        return False
    said = later.sentence.text(text)
    words = lang.normalise(said)
    if _another_act(words, lang) or lang.continued.search(words):
        return False
    prefix = _source_prefix(said, words, lang)
    return _names_the_same(words[prefix.end() if prefix else 0:],
                           lang.normalise(earlier.sentence.text(text)), tags, lang)


def _names_the_same(words: str, told: str, tags: set[str], lang) -> bool:
    """``words`` name the thing of ``told``'s act and the act itself: the noun of the kind
    of act with the words that qualify it up to a date, a verb or a pause ("меморандум о
    подготовке кадров" is no "соглашение о ВТС", "رزمایش هوایی" no "رزمایش دریایی"), and
    every past verb but one of saying ("подписали" is no "одобрило"), each found in ``told``."""
    tokens = re.findall(r"\w+|[^\w\s]", words)
    told_words = re.findall(r"\w+", told)
    stems = [stem for stem, tag in lang.kinds.items() if tag in tags and " " not in stem]
    head = next((i for i, t in enumerate(tokens) if any(t.startswith(s) for s in stems)), None)
    if head is None:
        return False
    thing = [tokens[head]]
    for token in tokens[head + 1:]:
        if not token[0].isalpha() or _dating(token, lang) or lang.past.search(token) or \
                lang.auxiliary.fullmatch(token):
            break
        thing.append(token)
    verbs = [t for t in tokens if t[0].isalpha() and lang.past.search(t)
             and not lang.speech_verbs.match(t)]
    return all(_found(w, told_words) for w in [*thing, *verbs] if len(w) > SHORT)


SHORT = 3  # words this short are of grammar ("о", "для", "در"), not of the thing


def _dating(token: str, lang) -> bool:
    """A word of a date: a month, a weekday, a preposition or word of dates."""
    key = lang.key(token)
    return key in lang.months or key in lang.weekdays or key in lang.date_words


def _found(word: str, told_words: list[str]) -> bool:
    """``word`` in ``told_words`` in any ending: they share a stem ("Договор" / "Договора",
    "Россией" / "Российской")."""
    stem = word[:max(4, len(word) - 3)]
    return any(t.startswith(stem) or word.startswith(t[:max(4, len(t) - 3)]) for t in told_words)


def _another_act(words: str, lang) -> bool:
    """The sentence tells another act: "also", "such" (``ANOTHER_ACT``), not "still" (``STILL``:
    "هم‌اکنون نیز", the same act going on)."""
    return bool(lang.another_act.search(lang.still.sub(" ", lang.normalise(words))))


def _points_back(words: str, told: str, lang) -> bool:
    """The subject of the sentence, or of what it says was said, is the "corresponding" thing
    (``CORRESPONDING``, any noun), or a demonstrative and the thing an act was of (``BACK_REFERENCE`` and a word of ``TOPIC_ACTIONS`` or ``KINDS``,
    "این حملات") or the head of the earlier sentence's subject ("این عملیات" after "عملیات
    نیروی هوایی ترکیه ... آغاز شد")."""
    norm = lang.normalise(words)
    prefix = _source_prefix(words, norm, lang)
    starts = [prefix.end() if prefix else 0, *(m.end() for m in lang.that.finditer(norm))]
    told_norm = lang.normalise(told)
    told_prefix = _source_prefix(told, told_norm, lang)
    head = (re.findall(r"\w+", told_norm[told_prefix.end() if told_prefix else 0:]) or [""])[0]
    if lang.key(head) in lang.date_words:
        head = ""  # "روز سه‌شنبه ...": a date opens the sentence, no subject
    for start in starts:
        back = lang.back_reference.match(norm, start + len(norm[start:]) - len(
            norm[start:].lstrip()))
        if back is None:
            continue
        noun = (re.findall(r"\w+", norm[back.end():]) or [""])[0]
        if noun and lang.corresponding.fullmatch(back.group(0)):
            return True  # "Соответствующее распоряжение опубликовано в среду"
        if noun and (noun == head or lang.topic_actions.match(noun) or any(
                noun.startswith(stem) for stem in lang.kinds)):
            return True
    return False


def points_back_to(words: str, told: str, lang) -> bool:
    """``words`` name their subject by pointing back to ``told``'s thing (``_points_back``):
    the act told again."""
    return _points_back(words, told, lang)


def _source_prefix(words: str, norm: str, lang) -> re.Match | None:
    """Who told it, before the sentence's own words ("Как пишет ТАСС, ..."): the prefixes are
    written with their capitals, so they are matched on the sentence as written when the
    normalised one (lower case) keeps its length."""
    return lang.source_prefix.match(norm) or (
        lang.source_prefix.match(words) if len(words) == len(norm) else None)


def _reports_the_act(words: str, told: str, lang) -> bool:
    """The sentence reports an act (``REPORTED_ACT``: "... از آغاز بزرگترین رزمایش ... خبر
    دادند") of a kind of thing (``KINDS``: "رزمایش") that the earlier sentence tells with the
    same act ("رزمایش ... امروز ... آغاز شد"): the agency's lead, then who announced it."""
    norm, told_norm = lang.normalise(words), lang.normalise(told)
    report = lang.reported_act.search(norm)
    act = report and report.groupdict().get("act")
    if not act or not re.search(rf"(?<!\w){re.escape(act[:4])}", told_norm):
        return False
    return any(stem in report.group(0) and stem in told_norm for stem in lang.kinds)


def _decided_act(words: str, told: str, lang) -> bool:
    """The sentence's subject is the decision to do an act (``DECISION_ON``: "تصمیم دیروز
    X مبنی بر تعلیق توافق ...") whose act and thing the earlier sentence both tells (stems in
    any ending): why or how that decision came, not another act."""
    norm = lang.normalise(words)
    prefix = _source_prefix(words, norm, lang)
    decision = lang.decision_on.match(norm, prefix.end() if prefix else 0)
    if decision is None:
        return False
    told_words = re.findall(r"\w+", lang.normalise(told))
    return all(_found(decision.group(g), told_words) for g in ("act", "thing"))


def _acts_on_it(words: str, told: str, lang) -> bool:
    """The sentence does to a thing it points back to what the earlier
    sentence did to it: the act's noun, a demonstrative (``THIS_THING``), the thing's noun, both nouns found
    in the earlier sentence ("... کنترل این شهر را به دست گرفت" after "... کنترل شهر X را به
    دست گرفتند"): the same act of the same thing told again. Not a noun of the report or of
    a time after the demonstrative (``NOT_POINTED_BACK``, ``AGO_UNITS``). The thing is the
    act's object, its object marker right after it (``OBJECT_MARKERS``): "تفنگداران این جزیره
    رزمایش دیگری ..." (the marines of this island, another drill) does nothing to the island."""
    norm = lang.normalise(words)
    told_words = re.findall(r"\w+", lang.normalise(told))
    for this in lang.this_thing.finditer(norm):
        act = re.search(r"([^\W\d_]+)[\s\u200c]+$", norm[:this.start()])
        thing = re.match(r"[\s\u200c]*([^\W\d_]+)[\s\u200c]+([^\W\d_]+)", norm[this.end():])
        if not act or not thing or len(act.group(1)) <= SHORT or len(thing.group(1)) < SHORT \
                or compact(thing.group(2)) not in lang.object_markers:
            continue
        if any(re.fullmatch(lang.patterns[table], thing.group(1)) for table in (
                "NOT_POINTED_BACK", "AGO_UNITS") if table in lang.patterns):
            continue
        if _found(act.group(1), told_words) and _found(thing.group(1), told_words):
            return True
    return False


def _same_name(words: str, told: str, lang) -> bool:
    """The sentence names in guillemets a thing of a few words that the earlier sentence
    names too (the name of an operation or an exercise)."""
    told_norm = " ".join(lang.normalise(told).split())
    norm = lang.normalise(words)
    for name in _NAMED.finditer(norm):
        named = " ".join(name.group(1).split())
        if lang.speech_verbs.search(norm, max(0, name.start() - 30), name.start()) or \
                lang.source_prefix.match(norm[max(0, name.start() - 30):name.start()].lstrip()):
            continue  # "…, сообщает «РИА Новости»", "به گزارش «ایرنا»": who told it (review G)
        if len(named.split()) <= NAME_WORDS and named in told_norm:
            return True
    return False


def a_remark_on(lead: Candidate, other: Candidate, text: str, lang) -> bool:
    """``other``, which tells the lead's act again with a date of its own, is a speaker's
    words (``REPORTED``: "اردوغان گفت: دیدار دوجانبه امروز ما … بسیار با اهمیت است" after
    "دیدار اردوغان و پوتین در سوچی آغاز شد") of the lead's very day: what was said at the act,
    not the act told again. The lead tells the act, and gives its headline; the remark's date
    is the lead's, so nothing of the date is lost."""
    return other.event.date == lead.event.date and bool(
        lang.reported.match(lang.normalise(other.sentence.text(text)).strip()))
