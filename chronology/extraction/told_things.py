"""The thing a sentence's subject names, and whether the article's on-topic sentences told of it.

A story names its sides once and then goes on about the thing: "India and Russia signed a
contract for two more squadrons of the S-400 … The first squadron was delivered in December
2021."  The second sentence names no side, but its subject, a definite noun phrase ("the first
squadron"), is a thing an on-topic sentence before named ("squadrons"): it continues the story.
A party ("the country", "the minister", "the company") is no such thing: who acted is unknown.
"""

from __future__ import annotations

import re

from chronology.extraction.verbs import AUXILIARIES, is_past
from chronology.languages import en

_WORD = re.compile(r"[\w'’-]+|[,;:(“\"]")
_STOPS = {",", ";", ":", "(", "“", '"', *en.THING_HEAD_STOPS}


def subject_head(subject: str) -> str | None:
    """The head noun of a definite subject ("The first and second squadrons were …" ->
    "squadrons", "The first two ships of the class, …" -> "ships"), or None when the subject
    is not a definite noun phrase or names a party ("The minister …")."""
    words = _WORD.findall(subject[:120])
    if len(words) < 2 or words[0] not in en.THING_DETERMINERS:
        return None
    phrase: list[str] = []
    for word in words[1:7]:
        if word in _STOPS or word.lower() in AUXILIARIES or (phrase and is_past(word)):
            break
        phrase.append(word)
    else:
        return None  # no end of the noun phrase in sight: not a plain subject
    if not _told_done(words[len(phrase) + 1:]):
        return None  # "The agreement says …", "The exercise will run …": no act done
    head = phrase[-1] if phrase else ""
    if not re.fullmatch(r"[a-z][a-z-]+", head) or head in en.PARTY_NOUNS or \
            head in en.ORDINALS or head in en.NUMBERS:
        return None
    return head


def bare_subject_head(subject: str) -> str | None:
    """The noun of a subject that is one bare plural, right before the verb of an act done
    ("Payments were halted in January 2019 …" -> "payments"), or None."""
    words = _WORD.findall(subject[:80])
    if len(words) < 3 or not re.fullmatch(r"[A-Z][a-z-]+s", words[0]):
        return None
    verb = words[1].lower()
    if verb not in AUXILIARIES and not is_past(words[1]):
        return None
    return words[0].lower() if _told_done(words[1:]) else None


def _told_done(rest: list[str]) -> bool:
    """The verb after the subject tells an act done: "were delivered", "arrived", "had
    joined", or after "of the class, X and Y," its own "were commissioned"."""
    for at, word in enumerate(rest[:12]):
        lower = word.lower()
        if lower in en.PAST_AUXILIARIES or is_past(word) and word[:1].islower():
            return lower not in en.SPEECH_VERBS
        if lower in ("has", "have"):  # "has been delivered", "have arrived"
            after = [w for w in rest[at + 1:at + 3] if w != "been"]
            return bool(after) and is_past(after[0])
        if lower in AUXILIARIES or lower in en.SPEECH_VERBS:
            return False
    return False


def noun_forms(head: str) -> tuple[str, ...]:
    """The singular and plural forms of a head noun ("squadrons" -> squadron, squadrons)."""
    if head.endswith("ies"):
        return head, head[:-3] + "y"
    if head.endswith("es"):
        return head, head[:-2], head[:-1]
    if head.endswith("s"):
        return head, head[:-1]
    return head, head + "s", head + "es"


def names_thing(head: str, text: str) -> bool:
    """``text`` names the thing ``head`` heads, in the lower case of a common noun, and not as
    the thing something replaces ("frigates that will replace the navy's old ships" names no
    ships a later "The ships were decommissioned" tells of)."""
    return any(not _REPLACED.search(text, max(0, m.start() - 60), m.start())
               for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, noun_forms(head))) +
                                    r")(?![\w-])", text))


# The object of a replacing verb: up to four words after it, in the same clause.
_REPLACED = re.compile(r"\b(?:" + "|".join(en.REPLACING_VERBS) + r")\s+(?:[\w'’-]+\s+){0,4}$")
