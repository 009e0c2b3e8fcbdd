"""How distinctive a word is, and how much of it two reports share.

A rare word ("Geelong", "HIMARS", "Niamey", "18-month") says more about which event a report
tells than a common one ("military", "said", "country"). The weight of a word falls with its
frequency on wordfreq's Zipf scale (log10 of its occurrences per billion words, measured over
many sources and languages), so no hand-kept list of rare words is needed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

CEILING = 7.0  # the commonest words ("the", about 7.7) weigh the least
FLOOR = 0.5  # the weight of a word at or above the ceiling
RARE = 3.0  # a distinctive word: at most ten in a million words ("deployment", "Rafale")
# wordfreq's small lists (words down to one in a million; rarer ones weigh ``CEILING``): a
# few MiB in memory, where the large ones take some 35 MiB a language.
WORDLIST = "small"
_WORD = re.compile(r"[^\W\d_][\w-]*|\d[\d.,]*", re.UNICODE)


@lru_cache(maxsize=65536)
def weight(word: str, language: str) -> float:
    """A word's weight: ``CEILING`` minus its Zipf frequency, at least ``FLOOR``; a word
    rarer than the small list holds (frequency 0) weighs ``CEILING``."""
    return max(FLOOR, CEILING - zipf_frequency(word, language, wordlist=WORDLIST))


def words(text: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lower-cased words and numbers of ``text``, without those in ``skip``."""
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text))
                     if w not in skip)


def shared(a: frozenset[str], b: frozenset[str], language: str) -> tuple[float, float]:
    """The weight of the words both sets hold, and its share of the lighter set's weight
    (how much of the shorter report the other one says too); nothing when they share no
    rare word (weight ``RARE`` or more): common words alone ("signed a historic
    agreement") tell no one event."""
    both = a & b
    if not both or max(weight(w, language) for w in both) < RARE:
        return 0.0, 0.0
    common = sum(weight(w, language) for w in both)
    lighter = min(sum(weight(w, language) for w in a), sum(weight(w, language) for w in b))
    return common, common / lighter
