"""What class of weapon a report's goods are: two deliveries of different classes are two acts.

A report of Su-30 fighters handed over and one of assault rifles received the same day from
the same country are two deliveries, whatever else they share; two designations of one class
("Su-30", "MiG-29") may still be one delivery told two ways, so the class decides nothing
then.  Classes are read from each language's nouns (``WEAPON_CLASSES``) and from the letters
of a designation in any script (``en.DESIGNATION_CLASSES``).
"""

from __future__ import annotations

import re
from functools import cache

from chronology.extraction.crosslang import designations
from chronology.languages import MODULES, en


def classes(text: str, language: str) -> frozenset[str]:
    """The weapon classes ``text`` names.

    >>> sorted(classes("Russia delivered Su-30 fighters and assault rifles.", "en"))
    ['jet', 'small arms']
    >>> sorted(classes("a think tank said", "en"))
    []
    """
    found = {name for name, pattern in _patterns(language) if pattern.search(text)}
    for designation in designations(text):
        letters = designation.split("-")[0]
        if letters in en.DESIGNATION_CLASSES:
            found.add(en.DESIGNATION_CLASSES[letters])
    return frozenset(found)


def other_arms(told_a: str, language_a: str, delivery_a: bool,
               told_b: str, language_b: str, delivery_b: bool) -> bool:
    """Two reports of deliveries naming weapon classes of which none is shared (fighter
    jets, assault rifles): two acts.  A report of another kind (talks about arms, a contract)
    may name any arms about them, so it is not parted by them."""
    if not (delivery_a and delivery_b):
        return False
    a, b = classes(told_a, language_a), classes(told_b, language_b)
    return bool(a) and bool(b) and not a & b


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    module = MODULES.get(language, en)
    table = getattr(module, "WEAPON_CLASSES", {})
    ending = getattr(module, "WEAPON_ENDING", "")
    return tuple(
        (name, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len,
                                                                                 reverse=True))
                          + r")" + ending + r"(?!\w)", re.IGNORECASE))
        for name, words in sorted(table.items()))
