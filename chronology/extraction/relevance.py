"""Is a sentence about the site's topic?  The topic comes from ``content/site.yaml``.

A statement is on topic when it names actors from two different topic groups ("Russia"
and "Iran"), or actors from one group and a topic term ("military", "drills").  A topic
with one group needs that group and a term; an empty topic accepts everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from chronology.config import Topic
from chronology.extraction.gazetteer import CAPITALS, CITIES, REGIONS, country_of
from chronology.languages import en


@dataclass(frozen=True)
class TopicMatch:
    """What of the topic a sentence names."""

    groups: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    relevant: bool = False
    reason: str = ""


@dataclass(frozen=True)
class _Compiled:
    groups: dict[str, re.Pattern] = field(default_factory=dict)
    terms: re.Pattern | None = None
    group_count: int = 0


def _alternation(words: tuple[str, ...]) -> str:
    ordered = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered)


def _compile(topic: Topic) -> _Compiled:
    return _compile_key(tuple(topic.actors.items()), topic.terms)


@lru_cache(maxsize=8)
def _compile_key(actors: tuple, topic_terms: tuple[str, ...]) -> _Compiled:
    groups = {
        name: re.compile(r"(?<![\w])(" + _alternation(words) + r")(?:['’]s)?(?![\w])")
        for name, words in actors if _alternation(words)
    }
    terms = _alternation(topic_terms)
    term_re = re.compile(r"(?<![\w])(" + terms + r")(?:e?s)?(?![\w])", re.IGNORECASE) if terms else None
    return _Compiled(groups, term_re, len(groups))


def match_topic(text: str, topic: Topic, sides: set[str] | frozenset[str] = frozenset()) -> TopicMatch:
    """Which topic groups and terms ``text`` names, and whether that makes it relevant.

    ``sides`` are groups named indirectly, by people the article has tied to a side
    ("Osipov" after "Russian Vice-Admiral Igor Osipov").
    """
    compiled = _compile(topic)
    if not compiled.groups and compiled.terms is None:
        return TopicMatch(relevant=True, reason="no topic set: everything is relevant")
    names: list[str] = []
    groups: set[str] = set()
    for group, pattern in compiled.groups.items():
        found = [m.group(1) for m in pattern.finditer(text)]
        if found:
            groups.add(group)
            names.extend(found)
    groups |= set(sides) & set(compiled.groups)
    groups |= _maker_groups(text, tuple(topic.actors.items()))
    terms = tuple(dict.fromkeys(m.group(1).lower() for m in compiled.terms.finditer(text))) \
        if compiled.terms else ()
    relevant, reason = _decide(groups, terms, compiled.group_count)
    if relevant and len(groups) == 1 and compiled.group_count >= 2:
        others = other_countries(text, topic)
        if others:
            missing = ", ".join(sorted(set(compiled.groups) - groups))
            relevant = False
            reason = f"names {next(iter(groups))} with {', '.join(others)}, not {missing}"
    return TopicMatch(frozenset(groups), tuple(dict.fromkeys(names)), terms, relevant, reason)


# a maker's name as a part of a model's ("an Ilyushin Il-76", "a Boeing 747"): a type that
# fleets of any country fly, no party named (a model's designation has a digit)
_MAKERS = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(en.ARMS_MAKER_HOMES, key=len,
                                                                       reverse=True)))
                     + r")(?![\w-])(?!\s+[A-Za-z]{0,4}-?\d)")


# a capitalised word right before the maker's name: a person's surname ("Anatoly Antonov",
# "Ambassador Antonov"), no maker; not a sentence's opening word ("The", "In":
# en.FUNCTION_WORDS) nor a possessive's owner ("Korea's Hanwha")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:" + "|".join(sorted(en.FUNCTION_WORDS)) +
                          r")\s)[A-Z][a-z]+\s+$")


def _maker_groups(text: str, actors: tuple) -> set[str]:
    """The topic groups whose country is the home of an arms maker ``text`` names
    ("chose a Mitsubishi Heavy Industries design": Japan's side; not the maker in a model's
    name, "an Ilyushin Il-76 of Iran's air force", nor a person's surname, "Anatoly
    Antonov")."""
    if not _MAKERS.search(text):
        return set()
    homes = {en.ARMS_MAKER_HOMES[m.group(1)] for m in _MAKERS.finditer(text)
             if not _NAME_BEFORE.search(text, 0, m.start())}
    return {group for group, countries in _group_countries(actors).items() if countries & homes}


@lru_cache(maxsize=8)
def _group_countries(actors: tuple) -> dict[str, set[str]]:
    """Each topic group's countries, by its actors' names, demonyms or cities."""
    return {group: {country_of(n) or CITIES.get(n) for n in names} - {None}
            for group, names in actors}


def topic_countries(topic: Topic) -> set[str]:
    """The countries the topic's groups stand for, by their names, demonyms or cities."""
    return {country_of(n) or CITIES.get(n) for names in topic.actors.values() for n in names} - \
        {None}


def other_countries(text: str, topic: Topic) -> list[str]:
    """Countries ``text`` names that no topic group stands for ("China" in a Russia-Iran topic)."""
    ours = topic_countries(topic)
    for region in REGIONS:  # "the Gulf of Oman" names a sea, not Oman
        text = text.replace(region, " ")
    text = _without_former_buyers(_MONEY.sub(_blank, _without_origins(text)))
    text = _SIDE_RELATIVE.sub(_blank, text)
    if _both_sides(text, topic) or _SPOKEN.search(text):  # a trip's country is where the two
        text = _VENUE.sub(_blank, text)  # sides met, or where one spoke; one side's deal or
        # talks during its trip there are acts with that country
    claimants = {country for match in _CLAIMANT.finditer(text)
                 for country in _countries_in(match.group("who") or match.group("by"))
                 if match.group("by") or _claims_as(match.group("who"), country)}
    return [c for c in _countries_in(text) if c not in ours and c not in claimants]


# A statement made somewhere ("publicized the decision on Sunday during a trip to Israel").
_SPOKEN = re.compile(r"\b(?:" + "|".join((*en.SPEECH_VERBS, *en.MADE_PUBLIC)) + r")\b")


def _both_sides(text: str, topic: Topic) -> bool:
    """``text`` names two topic groups or more, by any of their actors' names."""
    compiled = _compile(topic)
    return sum(1 for pattern in compiled.groups.values() if pattern.search(text)) >= 2


def _countries_in(text: str) -> list[str]:
    """The countries ``text`` names, by name, demonym or capital, in order."""
    found = []
    for match in _CAPITALISED.finditer(text):
        words = [w.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w
                 for w in match.group(0).split()]
        for size in (3, 2, 1):  # "United Arab Emirates", "South Korea", "China"
            for i in range(len(words) - size + 1):
                country = country_of(" ".join(words[i:i + size]))
                if country and country not in found:
                    found.append(country)
    for match in _CAPITAL_STATE.finditer(text):  # "the Taipei government": the state
        names = (match.group(1), match.group(1).split()[-1])  # "Abu Dhabi", "The Taipei"
        capital = next((n for n in names if n in CAPITALS), None)
        if capital and CITIES[capital] not in found:
            found.append(CITIES[capital])
    return found


_CAPITAL_STATE = re.compile(r"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+(?:" +
                            "|".join(en.CAPITAL_GOVERNMENTS) + r")\b")


def _claims_as(who: str, country: str) -> bool:
    """"Armenian claims", "Armenia's allegations": the nouns of a claim, not the verb
    ("Armenia claims …" tells an act of Armenia's)."""
    return re.search(r"['’]s\s*$", who) is not None or country not in who.split()


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


# Who made a claim the sentence reports: "denied Armenian claims that …", "accusations by
# Armenia": the country's voice, not a party, also where the claim names it again.
_CLAIM = "|".join(en.CLAIM_NOUNS)
_CLAIMANT = re.compile(r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s+)(?:" + _CLAIM +
                       r")\b|\b(?:" + _CLAIM + r")\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?"
                       r"(?P<by>(?:[A-Z][\w.'’-]*\s*){1,3})")
# The scene of an act: "during a trip to Israel" (words in ``en.VENUE_PHRASES``): where the
# two sides, both named, acted, no party to the act (one side "signed an agreement during a
# visit to North Korea" acted with North Korea: review F).
# "on the sidelines of the ASEAN defence ministers' meeting in Kuala Lumpur, Malaysia": a
# city's country after a comma is the scene's too (after "in <City>" only: not "with his
# counterpart from Beijing, China").
_VENUE = re.compile(r"\b(?:" + "|".join(en.VENUE_PHRASES) + r")\b"
                    r"(?:[^,;:“”\"]{0,120}?\bin\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+"
                    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*[.,;]|\s*$)"
                    r"|[^,;:“”\"]{0,120}?(?=[,;:“”\"]|\s+(?:" + "|".join(en.VENUE_ENDS) + r")\b|\.?\s*$))")
# A relative clause set off by commas inside the sentence ("Egypt ordered 30 Rafale jets,
# which India also flies, in May"): what it says of the thing, not a party to the act.
_SIDE_RELATIVE = re.compile(r"(?<=\w),\s+(?:which|whose)\b[^,;:()“”\"]{3,80},(?=\s+[a-z])")
# A thing's former buyer: "two Mistral carriers that had been built for Russia", "tanks
# originally ordered for Norway", marked as former (a pluperfect or "originally").
_FORMER_BUYER = re.compile(r"\b(?:(?:had\s+been|originally)\s+)(?:" + "|".join(en.MADE_FOR) +
                           r")\s+for\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}")
_ACQUIRED = re.compile(r"\b(?:" + "|".join(en.ACQUIRE_VERBS) + r")\b")


def _without_former_buyers(text: str) -> str:
    """The text without a thing's former buyer, when the sentence tells that the thing changed
    hands before naming it ("Poland received three tanks originally ordered for Norway"); a
    thing only made, launched or shown "for Thailand" is still Thailand's."""
    for match in reversed(list(_FORMER_BUYER.finditer(text))):
        if _ACQUIRED.search(text, 0, match.start()):
            text = text[:match.start()] + _blank(match) + text[match.end():]
    return text


# A currency: "US$5.8 billion", "A$", "HK$"; "US dollars", "Hong Kong dollars" (the name only).
_MONEY = re.compile(r"\b[A-Z]{1,3}\$|\b(?:[A-Z][\w.]*\s+){1,2}(?=(?:" + "|".join(en.CURRENCY_NOUNS) +
                    r")\b)")


_TRAVEL = re.compile(r"\b(?:arrived|arrives|arriving|flew|flies|came|comes|travell?ed|returned|"
                     r"landed)\b", re.IGNORECASE)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|capital|city|of)\s+)*"
                         r"[A-Z][\w'’.-]*")


def _without_origins(text: str) -> str:
    """The text without the places travellers came from ("Lavrov arrived in Wonsan on Friday
    from Malaysian capital Kuala Lumpur"): where a visitor was before is no party to the visit."""
    for travel in _TRAVEL.finditer(text):
        origin = _FROM_PLACE.search(text, travel.end(), travel.end() + 80)
        if origin and not re.search(r"[.;]", text[travel.end():origin.start()]):
            text = text[:origin.start()] + " " * (origin.end() - origin.start()) + text[origin.end():]
    return text


_CAPITALISED = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*")


def _decide(groups: set[str], terms: tuple[str, ...], group_count: int) -> tuple[bool, str]:
    named = ", ".join(sorted(groups))
    if len(groups) >= 2:
        return True, f"names actors of {named}"
    if groups and terms:
        return True, f"names {named} and the topic term {terms[0]!r}"
    if group_count == 0 and terms:
        return True, f"names the topic term {terms[0]!r}"
    if groups:
        return False, f"names only {named}, and no topic term"
    return False, "names no topic actor"
