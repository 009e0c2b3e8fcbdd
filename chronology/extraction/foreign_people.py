"""Who is who in a Russian article: the side each person is on, and whom a pronoun or an
office without a name points to.

A person's side comes from his own description, the words right before his full name
("Министр обороны России Андрей Белоусов", "министром обороны Индии Раджнатхом Сингхом"),
up to a verb or a conjunction that joins him to another person ("Хаменеи принял Алексея
Оверчука", "Али Хаменеи и Алексей Оверчук": Khamenei's words are not Overchuk's). A later
"Белоусов" then names Russia, and so does "он выступил ..." or "министр приезжал ..." after him
(``PERSON_POINTERS``). These functions read only the language's tables (``PERSON_NAME``,
``NAME_ENDINGS``, ``PLACE_PREPOSITIONS``, ``PAST``, ``CONJUNCTIONS``), never a word of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chronology.extraction.crosslang import roman
from chronology.extraction.foreign_relevance import STEM

DESCRIBED_BY = 6  # words before a full name that may describe the person
POINTED_BACK = 400  # characters before a sentence where the person a pointer means is named
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Cast:
    """Surname (without its case ending) -> side, and -> the stems of his description."""

    sides: dict[str, str] = field(default_factory=dict)
    offices: dict[str, set[str]] = field(default_factory=dict)


def surname(word: str, lang, shortest: int = 3) -> str:
    """A surname without its case ending ("Сингхом", "Белоусова" -> "сингх", "белоусов"),
    leaving ``shortest`` letters or more."""
    word = lang.normalise(word)
    for ending in lang.name_endings:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            return word[:-len(ending)]
    return word


def name_stem(word: str, lang) -> str:
    """A word of a name in Latin letters, the same in every case: the case ending off even
    where a short stem is left (Korean and Chinese names have short parts: "Ына", "Ыном" ->
    "Yn"), and no soft or hard sign ("Цзюнь", "Цзюнем" -> "Tszyun")."""
    return roman(surname(word, lang, shortest=2)).title()


def people_in(text: str, lang, groups: Callable[[str], list[str]]) -> tuple[str, ...]:
    """The people ``text`` names in full ("Владимир Путин", "Михаилом Дегтяревым": two
    words or more written as a name, ``PERSON_NAME``), in Latin letters and without case
    endings ("Vladimir Putin", "Mikhail Degtyarev"), so that one person is one name in
    every case and in every report; an office or a side before the name is no part of it
    ("Президент России Владимир Путин").  A language that writes no capitals names none."""
    found: dict[str, None] = {}
    for run in lang.person.finditer(text):
        words = run.group().split()
        while words and (groups(words[0]) or any(
                lang.normalise(words[0]).startswith(office) for office in lang.person_pointers)):
            words.pop(0)  # "Президент России Владимир Путин": the office, the side, the man
        # a first name and a surname, with a patronymic between ("Сергей Кужугетович Шойгу"):
        # a word before them names the person's office or organisation ("главой Минпромторга
        # Денисом Мантуровым")
        words = words[-3:] if len(words) >= 3 and _patronymic(words[-2], lang) else words[-2:]
        if len(words) < 2 or any(p.search(lang.normalise(" ".join(words)))
                                 for p in lang.countries.values()):
            continue  # "Северную Корею": a country
        found[" ".join(name_stem(w, lang) for w in words)] = None
    return tuple(found)


def _patronymic(word: str, lang) -> bool:
    """A patronymic ("Кужугетович", "Владимировна"), in any case: ``PATRONYMIC``."""
    return bool(lang.patronymic.search(lang.normalise(word)))


def read_cast(text: str, lang, groups: Callable[[str], list[str]]) -> Cast:
    """The people ``text`` names in full right after one side's name (``groups``: the sides
    a text names); a place's side does not count ("посол Индии в Москве Винай Кумар" is
    India's); a surname given two sides is left out."""
    seen: dict[str, set[str]] = {}
    offices: dict[str, set[str]] = {}
    for run in lang.person.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        while words and groups(words[0].group()):
            words.pop(0)  # "России Андрей Белоусов": the side, then the person
        if len(words) < 2:
            continue
        kept = _description(text, run.start() + words[0].start(), lang)
        named = groups(" ".join(kept))
        if own := groups(full := " ".join(w.group() for w in words)):
            # a person the topic knows by name is his side's ("Сергей Шойгу"), a country
            # written in two words ("Северная Корея") no person
            if any(p.search(lang.normalise(full)) for p in lang.countries.values()):
                continue
            named = own
        if len(named) == 1:
            name = surname(words[-1].group(), lang)
            seen.setdefault(name, set()).add(named[0])
            offices.setdefault(name, set()).update(lang.normalise(w)[:STEM] for w in kept)
    sides = {name: next(iter(s)) for name, s in seen.items() if len(s) == 1}
    return Cast(sides, {name: offices[name] for name in sides})


def _description(text: str, start: int, lang) -> list[str]:
    """The words of the clause before a name at ``start`` that describe the person."""
    clause = max(text.rfind(c, 0, start) for c in ".,;:!?\n«»\"()") + 1
    before = text[clause:start].split()[-DESCRIBED_BY:]
    ends = [i for i, word in enumerate(before)
            if ends_description(word, i == len(before) - 1, lang)]
    before = before[ends[-1] + 1:] if ends else before
    return [word for i, word in enumerate(before)
            if word.lower() not in lang.place_prepositions
            and not (i and before[i - 1].lower() in lang.place_prepositions)]  # "в Москве"


def ends_description(word: str, last: bool, lang) -> bool:
    """A verb, or a conjunction right before the name (``last``), ends the words that
    describe the person named after it: before it stand the sentence's subject and its act,
    or another person ("Хаменеи принял Алексея Оверчука", "Али Хаменеи и Алексей Оверчук"; in
    "министры России и Ирана Сергей ..." the "и" joins the sides, and the person is of both)."""
    word = lang.normalise(word.strip(".,;:!?«»\"()"))
    return bool(lang.past.fullmatch(word) or lang.personal_verb.fullmatch(word)
                or last and lang.key(word) in lang.conjunctions)


def pointed(cast: Cast, words: str, text: str, start: int, lang) -> tuple[str, str] | None:
    """(side, name) of the person a pointer before a past verb in ``words`` means ("он
    выступил", "министр приезжал": ``PERSON_POINTERS``): the last person of ``cast`` named in
    the ``POINTED_BACK`` characters of ``text`` before ``start``, when the pointer is a
    pronoun that agrees with him (``pronoun_means``) or an office his description named
    ("президент заявил" after "министр ... Белов" is another man), and no other office-holder
    is told in between, named or not ("Министр обороны Ирана заявил ..."). A name in an oblique case or
    inside quotation marks is no antecedent (the sentence is about him, not by him). The name
    is his surname as the text writes it in the nominative (the form that is its own stem:
    "Белов", or the form before his own past verb: ``_subject_form``), else empty."""
    tokens = _WORD.findall(lang.normalise(words))
    pointers = [(w, tokens[i + 1]) for i, w in enumerate(tokens[:-1])
                if w in lang.person_pointers and lang.past.fullmatch(tokens[i + 1])]
    if not cast.sides or not pointers:
        return None
    for match in reversed(list(_WORD.finditer(text, max(0, start - POINTED_BACK), start))):
        word = match.group()
        if not (word[:1].isupper() and (side := cast.sides.get(stem := surname(word, lang)))):
            continue
        if _oblique(word, stem, text, lang) or _quoted(text, match.start()):
            return None
        since = _WORD.findall(text[match.end():start])
        if any(lang.normalise(w) in lang.person_pointers and not lang.pronouns.match(
                lang.normalise(w)) for w in since):
            return None  # another office-holder told since: the office or pronoun is his
        between = [lang.normalise(w) for w in since if not w[:1].isupper()]  # no names
        if not any(pronoun_means(p, verb, stem, between, text, lang) if lang.pronouns.match(p)
                   else p[:STEM] in cast.offices[stem] for p, verb in pointers):
            return None
        return side, next((w for w in _WORD.findall(text[:start])
                           if lang.normalise(w) == stem), "") or _subject_form(stem, text[:start],
                                                                               lang)
    return None


def _subject_form(stem: str, text: str, lang) -> str:
    """The surname of ``stem`` as ``text`` writes it right before a past verb, the subject's
    own form: an indeclinable surname whose last letter is a case ending ("Шойгу прибыл ...",
    stem "шойг") is never written as its stem, yet is named so; empty when none."""
    words = _WORD.findall(text)
    return next((w for w, verb in zip(words, words[1:], strict=False)
                 if w[:1].isupper() and surname(w, lang) == stem
                 and lang.past.fullmatch(lang.normalise(verb))), "")


def _oblique(word: str, stem: str, text: str, lang) -> bool:
    """A surname in a case ending that the text also writes bare ("Белову" beside "Белов");
    an indeclinable one ("Шойгу") or one never written bare is taken as it stands."""
    return lang.normalise(word) != stem and any(
        lang.normalise(w) == stem for w in _WORD.findall(text))


def _quoted(text: str, at: int) -> bool:
    """``at`` inside quotation marks opened in its paragraph."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("«") > para.count("»")


def pronoun_means(pronoun: str, verb: str, stem: str, between: list[str], text: str,
                  lang) -> bool:
    """A pronoun before ``verb`` means the person of surname ``stem`` when the verb's past
    ending has the pronoun's gender, the person's own past verb (the one right after his
    surname) has it too ("он" when he has none), and no noun or adjective of that gender is
    told in ``between`` (the small-letter words after his name: "комплекс", "договор")."""
    endings, letters = lang.pointer_genders.get(pronoun, ((), ""))
    if not verb.endswith(endings):
        return False
    own = _gender(stem, text, lang)
    if own != pronoun and (own or pronoun != next(iter(lang.pointer_genders))):
        return False  # unknown: only the first pronoun ("он") is meant
    return not any(len(w) >= 4 and w[-1] in letters and not (lang.past.fullmatch(w) or lang.personal_verb.fullmatch(w)
                            or w in lang.person_pointers or w.endswith(lang.oblique_endings))
                   for w in between)


def _gender(stem: str, text: str, lang) -> str:
    """The pronoun whose past endings the verb right after the person's surname has ("Белов
    прибыл": "он"; "Захарова заявила": "она"), else empty."""
    words = _WORD.findall(lang.normalise(text))
    for i, w in enumerate(words[:-1]):
        if w.startswith(stem) and surname(w, lang) == stem and lang.past.fullmatch(words[i + 1]):
            return next((p for p, (endings, _) in lang.pointer_genders.items()
                         if words[i + 1].endswith(endings)), "")
    return ""
