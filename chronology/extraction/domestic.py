"""A side's own domestic act, told in a sentence that names that side only.

In a chronology of two countries, "Australia announced a major restructuring of its military
in 2023" names one side and a topic word, but the act is Australia's alone: no partner, no
thing of the relationship.  A careful analyst leaves it out.  The words (a reform, its owner,
the institution reformed) are in each language's module (``en.DOMESTIC_*``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.extraction.gazetteer import CITIES
from chronology.languages import en


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _own_reform() -> re.Pattern:
    return re.compile(
        rf"\b(?:{_alternation(en.DOMESTIC_REFORMS)})\s+(?:of\s+|to\s+)?"
        rf"(?:{_alternation(en.DOMESTIC_OWNERS)})\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_alternation(en.DOMESTIC_INSTITUTIONS)})\b(?!\s+with\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _own_policy() -> re.Pattern:
    return re.compile(
        rf"\b(?:{_alternation(en.DOMESTIC_ADOPTIONS)})\s+(?:(?:a|an|its|their|the)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_alternation(en.DOMESTIC_POLICY_QUALIFIERS)})\s+"
        rf"(?:[\w-]+\s+)?(?:{_alternation(en.DOMESTIC_POLICIES)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _own_size() -> re.Pattern:
    return re.compile(
        rf"\b(?:{_alternation(en.DOMESTIC_SIZE_CHANGES)})\s+(?:the\s+)?"
        rf"(?:{_alternation(en.DOMESTIC_SIZES)})\s+of\s+(?:{_alternation((*en.DOMESTIC_OWNERS, 'the'))})"
        rf"\s+(?:[\w-]+\s+)?(?:{_alternation(en.DOMESTIC_INSTITUTIONS)})\b", re.IGNORECASE)


def own_reform(words: str) -> str | None:
    """The words telling a side's reform of its own forces or policy, if the sentence has them.

    >>> own_reform("Australia announced a major restructuring of its military in 2023.")
    'restructuring of its military'
    >>> own_reform("The cabinet approved a new defence procurement policy on Thursday.")
    'approved a new defence procurement policy'
    >>> own_reform("Putin signed a decree raising the size of the Russian army.")
    'raising the size of the Russian army'
    >>> own_reform("Greece equipped its navy with the first frigate on Friday.") is None
    True
    """
    for pattern in (_own_reform(), _own_policy(), _own_size()):
        found = pattern.search(words)
        if found:
            return found.group(0)
    return None


@lru_cache(maxsize=1)
def _milestone_before() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(en.DEVELOPMENT_MILESTONES)})s?\s+(?:(?:in|on|at)\s+)?"
                      r"(?:(?:early|mid|late|the)\s+)?$", re.IGNORECASE)


def development_milestone(words: str, date_at: int) -> str | None:
    """The thing's development milestone (``en.DEVELOPMENT_MILESTONES``) that the date at
    ``date_at`` in ``words`` follows, if any: the date of a side fact.

    >>> development_milestone("The jet made its maiden flight in May 2029.", 34)
    'maiden flight in '
    >>> development_milestone("The jet was delivered in May 2029.", 25) is None
    True
    """
    found = _milestone_before().search(words[:max(date_at, 0)])
    return found.group(0) if found else None


@lru_cache(maxsize=1)
def _accession() -> re.Pattern:
    return re.compile(rf"\b(?:{_alternation(en.ACCESSION_WORDS)})\s+"
                      rf"(?:{_alternation(en.ALLIANCES)})\b(?P<rest>[^,;:()“”\"–—]*)$")


def own_accession(words: str, date_at: int) -> str | None:
    """A side's joining of an alliance (``en.ACCESSION_WORDS``, ``en.ALLIANCES``) that the
    date at ``date_at`` in ``words`` dates, in the same clause after it: the side's own
    membership, not an act with the other side.

    >>> own_accession("The deal comes after Norway joined NATO in March 2029.", 43)
    'joined NATO in '
    >>> own_accession("Norway joined NATO, and signed the deal in March 2029.", 43) is None
    True
    """
    found = _accession().search(words, 0, date_at)
    return found.group(0) if found else None


@lru_cache(maxsize=1)
def _attacked_city() -> re.Pattern:
    return re.compile(
        rf"\b(?:(?:{_alternation(en.ATTACK_NOUNS)})\s+(?:on|against|targeting)|"
        rf"(?:{_alternation(en.ATTACK_VERBS)})|"
        rf"fired\s+(?:[a-z-]+\s+){{0,3}}?(?:at|on))\s+(?:the\s+(?:city|capital|port)\s+of\s+)?"
        rf"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")


def attack_on_third_city(words: str, ours: set[str]) -> str | None:
    """The city of a country not in ``ours`` that the sentence tells an attack on, if any.

    >>> attack_on_third_city("Russia launched a missile attack on Kyiv on Saturday.", {"Russia"})
    'Kyiv'
    >>> attack_on_third_city("Indian jets struck targets near Delhi.", {"India"}) is None
    True
    """
    for found in _attacked_city().finditer(words):
        name = found.group(1)
        city = next((n for n in (name, name.split()[0]) if n in CITIES), None)
        if city and CITIES[city] not in ours:
            return city
    return None


def topic_system(words: str, terms: tuple[str, ...]) -> str | None:
    """A named system among the topic's terms (a capitalised name with a small letter or a
    digit: "Su-35", "Shahed", not "UAV") that the sentence names, if any: a weapon of the
    relationship keeps a one-side act on topic, as the other side's name does.

    >>> topic_system("Russia struck Odesa with Geran-2 drones.", ("drone", "UAV", "Geran-2"))
    'Geran-2'
    >>> topic_system("Russia struck Odesa with UAVs.", ("drone", "UAV", "Geran-2")) is None
    True
    """
    for term in terms:
        if term[:1].isupper() and any(c.islower() or c.isdigit() for c in term[1:]) and \
                re.search(rf"(?<!\w){re.escape(term)}(?!\w)", words, re.IGNORECASE):
            return term
    return None
