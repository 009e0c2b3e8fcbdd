"""How one sentence leans on another: a subject that points back ("This is the 20th edition
of the exercise", "The deal, signed on Tuesday, …"), another document of an occasion already
dated ("A memorandum was also signed"), and the thing a side clause tells of ("The M1A2 tanks –
the first batch of 108 ordered in 2019 –": the tanks).
"""

from __future__ import annotations

import re

from chronology.extraction.gazetteer import country_of
from chronology.extraction.sentences import Sentence
from chronology.extraction.verbs import AUXILIARIES, is_past

# A subject that points back to the sentence before: a pronoun before its verb ("It was
# the 20th edition", "They reportedly delivered …"), or "the" + a noun that sentence used
# ("… struck a landmark deal. The deal, signed on Tuesday, …").
_POINTER = re.compile(r"(?:(?:This|That|It|They)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b|"
                      r"(?:The|This|These|Those)\s+(?P<noun>[a-z]{3,})\b)")


def refers_back(subject: str, before: str) -> str | None:
    """How the sentence's subject (its words after a date opening) points back to
    ``before``: "pronoun", "noun" (the same noun again), or None when it does not."""
    match = _POINTER.match(subject)
    if match is None:
        return None
    verb, noun = match.group("verb"), match.group("noun")
    if verb and (verb in AUXILIARIES or is_past(verb) or verb in _POINTER_VERBS):
        return "pronoun"
    if noun is None:
        return None
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    same = re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", before, re.IGNORECASE)
    return "noun" if same else None


# Present-tense verbs a pointing "This" or "It" takes: "This marks the first time", "It comes".
_POINTER_VERBS = frozenset({"comes", "follows", "marks", "means", "brings", "takes", "makes",
                            "shows", "becomes", "remains"})


# The thing a side clause tells of: the noun phrase before it, or before the aside that
# holds it ("The M1A2 tanks – the first batch of 108 ordered in 2019 –": the tanks).
_ASIDE_HEAD = re.compile(r"\s*[,–—(-]\s*(?:the\s+|a\s+)?(?:(?:first|second|third|last|latest|"
                         r"final|new)\s+)?(?:batch|lot|shipment|tranche|part|delivery|"
                         r"consignment)\s+of\s+[\w\s-]{1,30}$", re.IGNORECASE)


_NOT_THE_THING = {"the", "a", "an", "its", "their", "his", "her", "while", "although", "though",
                  "as", "after", "when", "since", "because", "once"}


def thing_before(head: str) -> str | None:
    """The thing a side clause at the end of ``head`` tells of, headline-ready, or None."""
    aside = _ASIDE_HEAD.search(head)
    if aside:
        head = head[:aside.start()]
    head = re.sub(r"(?:\s+(?:was|were|is|are|been|has|have|had))+\s*$", "", head.rstrip(" ,"))
    phrase = re.split(r"[,;:()“”\"–—]|\s(?:is|are|was|were|that|and|of)\s", head)[-1]
    words = phrase.split()
    while words and words[0].lower() in _NOT_THE_THING:
        words.pop(0)  # "While the formal contract was signed …": the contract
    named = any(any(ch.isdigit() for ch in w) or w[:1].isupper() and not country_of(w)
                for w in words)
    if not 1 <= len(words) <= 6 or not named:
        return None  # no named thing: "the deal signed in 2022", "the Russian jets bought …"
    return words[0][:1].upper() + " ".join(words)[1:]


# "A memorandum was also signed", "the two sides also inked …": another act of the occasion
# the article has just dated.
ALSO_ACT = re.compile(r"\balso\s+(?:been\s+|be\s+)?(?:signed|inked|exchanged|concluded|"
                       r"sealed|initialled)\b")


SIGNING = re.compile(r"\b(?:signs?|signed|inks?|inked|conclude[sd]?|seal(?:s|ed)?|exchanges?)\b",
                      re.IGNORECASE)  # the act before was a signing too


def joined(text: str, first: Sentence, second: Sentence) -> str:
    """Two sentences as one quote: whole when they follow each other, else with an ellipsis."""
    between = text[first.end:second.start]
    parts = [text[first.start:first.end], text[second.start:second.end]]
    quote = parts[0] + (between if not between.strip() else " … ") + parts[1]
    return re.sub(r"\s*\n\s*", " ", quote)
