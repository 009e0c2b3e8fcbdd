"""Just enough English verb morphology for headlines: "signed" -> "sign(s)", "met" -> "meet(s)"."""

from __future__ import annotations

import re

from chronology.languages import en

IRREGULAR = en.IRREGULAR_VERBS
AUXILIARIES = en.AUXILIARIES
_NOT_VERBS = en.ED_ADJECTIVES


def is_past(word: str) -> bool:
    """A past-tense or participle form we know, or a regular ``-ed`` form."""
    lower = word.lower()
    if lower in IRREGULAR:
        return True
    return lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_VERBS


def base_form(word: str) -> str:
    """"signed" -> "sign", "agreed" -> "agree", "stopped" -> "stop", "carried" -> "carry"."""
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if not lower.endswith("ed"):
        return lower
    stem = lower[:-2]
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
