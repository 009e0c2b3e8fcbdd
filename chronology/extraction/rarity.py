"""How distinctive a word is, and how much of it two reports share.

A rare word ("Geelong", "HIMARS", "Niamey", "18-month") says more about which event a report
tells than a common one ("military", "said", "country"). The weight of a word falls with its
frequency on wordfreq's Zipf scale (log10 of its occurrences per billion words, measured over
many sources and languages), so no hand-kept list of rare words is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from wordfreq import zipf_frequency

from chronology.languages import MODULES

CEILING = 7.0  # the commonest words ("the", about 7.7) weigh the least
FLOOR = 0.5  # the weight of a word at or above the ceiling
DISTINCT_SHARE = 0.35  # of the shorter report's distinctive weight: one act, told twice
DISTINCT_WEIGHT = 10.0  # ... and this much in all: a few rare words, not one name
RARE = 3.0  # a distinctive word: at most ten in a million words ("deployment", "Rafale")
# wordfreq's small lists (words down to one in a million; rarer ones weigh ``CEILING``): a
# few MiB in memory, where the large ones take some 35 MiB a language.
WORDLIST = "small"
MIN_STEM = 3  # letters left when an ending is taken off ("фрегата" -> "фрегат", not "ф")
_WORD = re.compile(r"[^\W\d_][\w-]*|\d[\d.,]*", re.UNICODE)


@lru_cache(maxsize=65536)
def weight(word: str, language: str) -> float:
    """A word's weight: ``CEILING`` minus its Zipf frequency, at least ``FLOOR``; a word
    rarer than the small list holds (frequency 0) weighs ``CEILING``.  In a language of
    endings (the module's ``WORD_ENDINGS``) a form the list lacks weighs as the commonest of
    its known forms ("фрегата" as "фрегат"): an everyday word's case is no rare word."""
    zipf = zipf_frequency(word, language, wordlist=WORDLIST)
    endings = getattr(MODULES.get(language), "WORD_ENDINGS", ())
    if not zipf and endings:  # (in a language of endings, the commonest known form's)
        zipf = max((zipf_frequency(stem + ending, language, wordlist=WORDLIST)
                    for stem in _stems_of(word, endings) for ending in endings), default=0.0)
    return max(FLOOR, CEILING - zipf)


def common(word: str, language: str) -> bool:
    """An everyday word of the language (at least one in a million words: "update",
    "flashback"), in any case; a rare name ("Kamra") is none."""
    return weight(word.lower(), language) <= CEILING - RARE


def _stems_of(word: str, endings: tuple[str, ...]) -> set[str]:
    """``word`` without each ending it may end in, keeping ``MIN_STEM`` letters at least."""
    return {word[:len(word) - len(e)] for e in endings
            if word.endswith(e) and len(word) - len(e) >= MIN_STEM}


def words(text: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lower-cased words and numbers of ``text``, without those in ``skip``."""
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text))
                     if w not in skip)


def shared(a: frozenset[str], b: frozenset[str], language: str) -> tuple[float, float]:
    """The weight of the words both sets hold, and its share of the lighter set's weight
    (how much of the shorter report the other one says too); nothing when they share no
    rare word (weight ``RARE`` or more): common words alone ("signed a historic
    agreement") tell no one event."""
    return shared_weight({w: weight(w, language) for w in a},
                         {w: weight(w, language) for w in b})


def shared_weight(a: dict[str, float], b: dict[str, float]) -> tuple[float, float]:
    """``shared`` for words (or stems) already weighed: a key both hold weighs the lighter
    of its two weights."""
    both = {key: min(a[key], b[key]) for key in a.keys() & b.keys()}
    if not both or max(both.values()) < RARE:
        return 0.0, 0.0
    common = sum(both.values())
    return common, common / min(sum(a.values()), sum(b.values()))


def stems(words: Iterable[str], language: str, letters: int) -> dict[str, float]:
    """The stems (first ``letters`` letters) of ``words``, each weighed as its commonest form
    among them: in a language of case endings, "Комсомольске" and "Комсомольск" are one
    word."""
    found: dict[str, float] = {}
    for word in words:
        found[word[:letters]] = min(found.get(word[:letters], CEILING), weight(word, language))
    return found
