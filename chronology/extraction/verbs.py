"""Just enough English verb morphology for headlines: "signed" -> "sign(s)", "met" -> "meet(s)"."""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.languages import en, en_grammar

IRREGULAR = en.IRREGULAR_VERBS
AUXILIARIES = en.AUXILIARIES
_NOT_VERBS = en.ED_ADJECTIVES


_MONTH_NAMES = frozenset(name for names in en.MONTH_NAMES for name in names)


def is_month_name(word: str, first: bool = False, next_word: str = "") -> bool:
    """``word`` is a month's name: capitalised inside a sentence ("TEHRAN, May 3 (Wire) –",
    "In May, Iran received …") or, as the sentence's first word, before a day's number ("May
    3: …"); not the auxiliary "may" (capitalised only as a sentence's first word)."""
    return word in _MONTH_NAMES and (not first or next_word.isdigit())


def is_auxiliary(word: str, first: bool = False, next_word: str = "") -> bool:
    """An auxiliary or a modal ("has", "will", "may"), not the month "May" (``is_month_name``:
    ``first`` when ``word`` opens its sentence, ``next_word`` the word after it)."""
    return word.lower() in AUXILIARIES and not is_month_name(word, first, next_word)


def is_past(word: str) -> bool:
    """A past-tense or participle form we know, or a regular ``-ed`` form."""
    lower = word.lower()
    if lower in IRREGULAR:
        return True
    if "-" in lower and lower.split("-")[0] not in _VERB_PREFIXES:
        return False  # "long-awaited", "Russian-made", "so-called": compound adjectives
    if lower.endswith("ed"):  # "hundred", "kindred": no verb's form
        return len(lower) > 4 and lower not in _NOT_VERBS and not lower.endswith("dred")
    return lower.isalpha() and len(lower) > 3 and lower not in AUXILIARIES and \
        _irregular_past(lower) is not None


_VERB_PREFIXES = en_grammar.VERBS_VERB_PREFIXES


@lru_cache(maxsize=8192)
def _irregular_past(lower: str) -> str | None:
    """The base of an irregular past form the dictionary knows and that is no noun or
    adjective too ("underwent" -> "undergo"; not "saw", "left", "found" ...)."""
    from lemminflect import getAllLemmas
    if lower.endswith(("s", "ing")) or getAllLemmas(lower, upos="NOUN") or \
            getAllLemmas(lower, upos="ADJ"):
        return None  # "-s" and "-ing" forms are no past; a noun or adjective reading wins
    lemmas = getAllLemmas(lower, upos="VERB").get("VERB", ())
    # a form whose lemma is another word, not a base itself ("underwent" -> "undergo")
    return lemmas[0] if lemmas and lower not in lemmas else None


@lru_cache(maxsize=8192)
def _dictionary_base(lower: str) -> str | None:
    """The base form of a verb form in lemminflect's dictionary ("filed" -> "file", "need"
    -> "need"), or None for a word it lacks."""
    from lemminflect import getAllLemmas
    lemmas = getAllLemmas(lower, upos="VERB").get("VERB", ())
    return lower if lower in lemmas else (lemmas[0] if lemmas else None)


def base_form(word: str) -> str:
    """"signed" -> "sign", "agreed" -> "agree", "stopped" -> "stop", "carried" -> "carry"."""
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    prefix, _, last = lower.rpartition("-")
    if prefix in _VERB_PREFIXES and last.endswith("ed") and _dictionary_base(lower) is None:
        return f"{prefix}-{base_form(last)}"  # "co-chaired" -> "co-chair": its last part's base
    if not lower.endswith("ed"):
        return _irregular_past(lower) or lower if is_past(lower) else lower
    known = _dictionary_base(lower)
    if known == lower and not lower.endswith("eed"):
        # "consisted": a dictionary that lists the past as its own lemma; the regular stem
        # it also knows as a verb is the base ("consist")
        known = next((c for c in (lower[:-2], lower[:-1]) if len(c) > 2 and
                      _dictionary_base(c) == c), known)
    if known:
        return known
    stem = lower[:-2]  # a word the dictionary lacks: the regular rules
    if lower.endswith("ied"):
        return stem[:-1] + "y"
    if lower.endswith("eed"):
        return lower[:-1]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    if re.search(r"([vczu]|dg|ag|ang|rg|[^aeiou][aiu]t|[^aeiou][aiu]r|ir|[^aeious]s|aus|cus)$", stem):
        return stem + "e"
    return stem


_IRREGULAR_BASES = frozenset(IRREGULAR.values())


def gerund_base(word: str) -> str:
    """"speaking" -> "speak", "making" -> "make", "planning" -> "plan", "preparing" -> "prepare"."""
    stem = word.lower()[:-3]
    if stem + "e" in _IRREGULAR_BASES:
        return stem + "e"
    if stem in _IRREGULAR_BASES:
        return stem
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _IRREGULAR_BASES:
        return stem[:-1]
    return base_form(stem + "ed")


def present(word: str, plural: bool) -> str:
    """The headline (present simple) form of a past verb for a singular or plural subject."""
    return conjugate(base_form(word), plural)


def conjugate(base: str, plural: bool) -> str:
    """The present simple of a base form for a singular or plural subject."""
    if plural:
        return base
    if base in ("have",):
        return "has"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


@lru_cache(maxsize=8192)
def is_verb_form(word: str, only: bool = False) -> bool:
    """A form lemminflect's dictionary knows as a verb ("Addressing": yes; "Reed": no, a
    noun); with ``only``, a verb and no noun or adjective ("involves": yes; "plans": no)."""
    from lemminflect import getAllLemmas
    prefix, _, last = word.lower().rpartition("-")
    if prefix in _VERB_PREFIXES - {"non", "cross"} and last:
        word = last  # "fast-tracks", "test-fires", "re-elects": the verb's last part
    lemmas = getAllLemmas(word.lower())
    return "VERB" in lemmas and not (only and (lemmas.get("NOUN") or lemmas.get("ADJ")))


def is_inflected_verb(word: str) -> bool:
    """A participle or past form of a verb the dictionary knows ("Addressing", "Started"),
    not a base form or a name that only looks like one ("Breed", "Reed", "Alfred")."""
    base = _dictionary_base(word.lower())
    return base is not None and base != word.lower()


@lru_cache(maxsize=8192)
def is_english_word(word: str) -> bool:
    """A word lemminflect's dictionary knows in any part of speech ("Airline": yes;
    "Qantas", "Rosoboronexport": no, so a capital there is a name's)."""
    from lemminflect import getAllLemmas
    return bool(getAllLemmas(word.lower()))


@lru_cache(maxsize=8192)
def is_english_compound(word: str) -> bool:
    """A plural written as a noun and a plural noun run together ("Warships", "Minesweepers",
    "Carmakers"): English closes compounds up, so the dictionary may lack the whole while
    knowing both halves.  The second half's singular has four letters or more, which keeps
    names that only happen to split ("Step|hens", "Has|tings", "Matt|hews") and names ending
    in -s ("Qantas", "Thales", "Williams") names."""
    from lemminflect import getAllLemmas
    lower = word.lower()
    if not lower.isalpha():
        return False
    for i in range(3, len(lower) - 3):
        head, tail = lower[:i], lower[i:]
        singular = getAllLemmas(tail).get("NOUN", (tail,))[0]
        if head in getAllLemmas(head).get("NOUN", ()) and singular != tail and len(singular) >= 4:
            return True
    return False
