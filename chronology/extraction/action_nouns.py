"""A headline with a verb from a verbless title told by a noun of action.

Captions and headline-style leads often name an act by its noun: "Delivery of first batch of
jets to Croatian army", "Kos's visit to Ljubljana", "Talks between Croatia and Slovenia". A
headline states the act with a verb: "First batch of jets delivered to Croatian army", "Kos
visits Ljubljana", "Croatia and Slovenia hold talks". The words come from ``languages/en.py``.
"""

from __future__ import annotations

import re

from chronology.extraction.headline_tense import plural_subject
from chronology.extraction.verbs import AUXILIARIES, conjugate, gerund_base, is_past, is_verb_form
from chronology.languages import en

_REST = r"(?P<rest>\s+(?:" + "|".join(en.ACTION_REST_PREPOSITIONS) + r")\s.+)?"
_CEREMONY = r"(?:\s+(?:" + "|".join(en.ACTION_CEREMONY_WORDS) + r"))?"
_PASSIVE = re.compile(r"(?P<noun>" + "|".join(sorted(en.ACTION_NOUN_PARTICIPLES, key=len,
                                                      reverse=True)) + r")" + _CEREMONY +
                      r"\s+of\s+(?P<thing>.+?)" + _REST + r"$", re.IGNORECASE)
_ACT = re.compile(r"(?:(?P<noun>" + "|".join(en.ACTION_NOUN_ACTS) + r")\s+of\s+(?P<who>.+?)|"
                  r"(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+)?(?P<owned>" + "|".join(en.ACTION_NOUN_ACTS)
                  + r"))\s+(?P<prep>to|in|at|from)\s+(?P<place>.+)$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<noun>" + "|".join(en.BETWEEN_ACTS) +
                      r")\s+between\s+(?P<parties>.+?\sand\s.+?)" + _REST + r"$", re.IGNORECASE)
_AFTER_ACT = re.compile(r"(?P<who>[A-Z][^,]+?\sand\s[^,]+?)\s+after\s+(?P<ing>[a-z]+ing)\s+"
                        r"(?P<rest>[^,]+)(?:,\s*(?P<place>(?:at|in|on)\s.+))?$")


def action_headline(title: str, sentence: str = "") -> str:
    """``title`` told with the verb of its noun of action, or "" when it names none or it
    or the head of its ``sentence`` (before a first comma) has a verb."""
    text = title.split(", ")[0].strip()  # an appositive after the act ("…, first in decade")
    if not _verbless(text) or not _verbless(sentence.split(", ")[0]):
        return ""  # "Talks between A and B begin", "The shipment … started": a verb
    for make in (_passive, _act, _between, _after_act, _caption_act):
        made = make(text) if make is not _after_act else make(title.strip())
        if made:
            return made[0].upper() + made[1:]
    return ""


def _verbless(text: str) -> bool:
    """No word after the first is a finite verb we know: a past form, an auxiliary or a form
    that is only a verb ("ministers", "talks" and "plans" are nouns too)."""
    words = text.split()
    for i, word in enumerate(words[1:], 1):
        lower = word.lower().strip(",;:“”\"")
        if word.islower() and (lower in AUXILIARIES or is_past(lower) or
                               is_verb_form(lower, only=True) and not lower.endswith("ing")):
            return False
        if word.islower() and lower.endswith("s") and is_verb_form(lower) and \
                i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1].islower() and \
                words[i + 1] not in en.ACTION_REST_PREPOSITIONS + ("of", "for", "and", "or"):
            return False  # "… air base marks milestone": a verb in -s before its object
    return True


def _passive(text: str) -> str:
    found = _PASSIVE.fullmatch(text)
    if not found:
        return ""
    participle = en.ACTION_NOUN_PARTICIPLES[found.group("noun").lower()]
    return f"{found.group('thing')} {participle}{found.group('rest') or ''}"


def _act(text: str) -> str:
    found = _ACT.fullmatch(text)
    if not found:
        return ""
    who = found.group("who") or found.group("owner")
    verb, replaced, preposition = en.ACTION_NOUN_ACTS[(found.group("noun") or
                                                       found.group("owned")).lower()]
    told = conjugate(verb, plural_subject(who.split()))
    if found.group("prep").lower() not in replaced:
        preposition = found.group("prep")  # "visit in Zagreb", "arrival at the base": kept
    where = f"{preposition} " if preposition else ""
    return f"{who} {told} {where}{found.group('place')}"


def _between(text: str) -> str:
    found = _BETWEEN.fullmatch(text)
    if not found:
        return ""
    noun = found.group("noun")
    verb = en.BETWEEN_ACTS[noun.lower()]
    act = verb if verb != "hold" else f"hold {(found.group('mods') + noun).lower()}"
    return f"{found.group('parties')} {act}{found.group('rest') or ''}"


def _after_act(text: str) -> str:
    """"Marin and Kos after signing agreement, at Pula air base" (a caption): the act they
    have just done -> "Marin and Kos sign agreement at Pula air base"."""
    found = _AFTER_ACT.fullmatch(text)
    if not found:
        return ""
    verb = conjugate(gerund_base(found.group("ing")), True)
    place = f" {found.group('place')}" if found.group("place") else ""
    return f"{found.group('who')} {verb} {found.group('rest')}{place}"



_CAPTION_ACT = re.compile(r"(?P<who>(?=[A-Z])(?:[\w.'’-]+\s+){0,5}?(?:[A-Z][\w.'’-]*|[a-z]+[^s\W]s))"
                          r"\s+(?P<ing>[a-z]+ing)"
                          r"\s+(?P<rest>\S.*)$")


def _caption_act(text: str) -> str:
    """"Okafor receiving first patrol vessel at Tema" (a caption): the act shown, told by a
    participle right after a name or a plural noun ("soldiers taking part"), told with its verb ("Okafor receives first patrol vessel
    at Tema"); not a phrase's "-ing" word ("including")."""
    found = _CAPTION_ACT.fullmatch(text)
    if not found or found.group("ing") in en.CAPTION_NOT_ACTS:
        return ""  # (a headline in capitals has its participle in capitals too: no match; the
        # names a caption's participle leads to are capitals of their own: "Putin meeting
        # Iranian President Pezeshkian in Moscow" is a caption too)
    who, base = found.group("who"), gerund_base(found.group("ing"))
    if not is_verb_form(base) or any(w.lower() in en.ACTION_REST_PREPOSITIONS for w in who.split()):
        return ""
    return f"{who} {conjugate(base, plural_subject(who.split()))} {found.group('rest')}"
