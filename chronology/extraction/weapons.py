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
    """The weapon classes the head nouns of ``text``'s goods name (``goods``): a weapon word
    that names the goods' target ("anti-drone"), qualifies another noun ("jet fuel") or tells
    their arms ("armed with missiles") names none; a carrier of anything is a ship.

    >>> sorted(classes("Russia delivered Su-30 fighters and assault rifles.", "en"))
    ['jet', 'small arms']
    >>> sorted(classes("a think tank said", "en"))
    []
    >>> sorted(classes("Russia delivered a helicopter carrier to India", "en"))
    ['ship']
    """
    module = MODULES.get(language, en)
    target = getattr(module, "WEAPON_TARGET", "")
    qualified = getattr(module, "WEAPON_QUALIFIED", {})
    text = goods(text, language)
    found = set()
    for name, pattern in _patterns(language):
        for match in pattern.finditer(text):
            if target and re.search(r"(?<!\w)" + target + r"$", text[:match.start()],
                                    re.IGNORECASE):
                continue  # "anti-drone systems": drones are what they are against
            after = re.match(r"\s+(\w+)", text[match.end():])
            if after and after.group(1).lower() in qualified:
                if qualified[after.group(1).lower()]:  # "a helicopter carrier" is a ship
                    found.add(qualified[after.group(1).lower()])
                continue  # "jet fuel"
            found.add(name)
    for designation in designations(text):
        letters = designation.split("-")[0]
        if letters in en.DESIGNATION_CLASSES:
            found.add(en.DESIGNATION_CLASSES[letters])
    return frozenset(found)


def goods(text: str, language: str) -> str:
    """The words of ``text`` that tell the goods handed over: after the verb handing them
    over when the language puts them there (``GOODS_VERBS``), up to the first cue of what
    follows them (``GOODS_END``: a preposition, a clause break, "armed with").

    >>> goods("Russia delivered the first batch of aircraft armed with missiles on Monday", "en")
    ' the first batch of aircraft'
    """
    module = MODULES.get(language, en)
    verbs = getattr(module, "GOODS_VERBS", ())
    if verbs:
        verb = re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, verbs)) + r")(?!\w)", text,
                         re.IGNORECASE)
        if verb:
            text = text[verb.end():]
    end = getattr(module, "GOODS_END", "")
    cut = re.search(end, text, re.IGNORECASE) if end else None
    return text[:cut.start()] if cut else text


def other_arms(told_a: str, language_a: str, delivery_a: bool,
               told_b: str, language_b: str, delivery_b: bool) -> bool:
    """Two reports of deliveries naming weapon classes of which none is shared (fighter
    jets, assault rifles): two acts.  A report of another kind (talks about arms, a contract)
    may name any arms about them, so it is not parted by them."""
    if not (delivery_a and delivery_b) or designations(told_a) & designations(told_b):
        return False  # one Su-35 however its class is told
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
