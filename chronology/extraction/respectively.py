"""Acts dated in turn: "PNS Babur and PNS Badar were launched in Istanbul and Karachi, in
August 2021 and May 2022 respectively" tells two launches, each with its own ship, place
and date.  ``respective_acts`` pairs the n names that are the sentence's subject (right
before its passive verb: not "deliveries to Iran and Syria were completed") with the n
dates before "respectively", and with the n places or recipients after the verb ("in
Istanbul and Karachi", "to Iran and Turkey") when there are n of them; the act is the last
verb before the dates ("were ordered in 2021 and delivered in September 2023 and January
2024 respectively": delivered).  A sentence whose lists do not count alike, or whose verb is
no passive of a past act, gives nothing, and the sentence keeps its one event.
"""

from __future__ import annotations

import re

from chronology.dates.model import Mention
from chronology.extraction.dating import calendar_mentions
from chronology.extraction.verbs import AUXILIARIES, is_past, present
from chronology.languages import en, en_grammar

_RESPECTIVELY = re.compile(r"\brespectively\b")
# what may stand between the dates of the list: "in August 2021 and May 2022", "2019, 2020 and 2021"
_DATE_GLUE = re.compile(r"(?:\s*,)?\s+(?:and\s+|in\s+|on\s+|the\s+)*|\s*,\s*")
_WORD = r"(?:[A-Z][\w'’-]*|\d[\w-]*)"
_NAME = _WORD + r"(?:\s+(?:" + _WORD + r"|of|de|al))*"
_PASSIVE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+([a-z]+)\b")
_DETERMINERS = {"The", "A", "An", "Its", "Their", "His", "Her", "Both", "Two", "Three", "Four"}
_PREPOSITIONS = en_grammar.RESPECTIVELY_PREPOSITIONS
_OBJECT_LIST = re.compile(r"\s+(in|at|to|for)\s+(" + _NAME + r"(?:,\s+" + _NAME + r")*)\s+and\s+("
                          + _NAME + r")")


def respective_acts(text: str, start: int, end: int,
                    mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(date, headline) for each act a "… respectively" sentence dates in turn, or []."""
    said = _RESPECTIVELY.search(text, start, end)
    if said is None:
        return []
    dates = _date_list(text, calendar_mentions(mentions, start, said.start()), said.start())
    passive = _PASSIVE.search(text, start, dates[0].start) if len(dates) >= 2 else None
    if passive is None or not is_past(passive.group(1)):
        return []
    head = text[start:passive.start()]
    names = _subjects(head, len(dates)) or _ordinal_subjects(head, len(dates))
    middle = text[passive.start():dates[0].start]
    act = _last_act(middle, passive.group(1))
    if names is None or act is None:
        return []
    tails = _tails(middle, act[1], len(dates))
    if tails is None:
        return []
    acts = [(date, " ".join(f"{name} {act[0]} {tail}".split()))
            for date, name, tail in zip(dates, names, tails, strict=True)]
    last = _next_in_order(text, said.end(), end, mentions, names[-1])
    return acts + ([last] if last else [])


# "…, and the third arrived in October 2022", "…, while the third, PNS C, joined the fleet in
# September": the next of the things told in turn, its own act and date.
_NEXT_IN_ORDER = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+the\s+(?P<ordinal>" +
                            "|".join(en.DAY_ORDINALS) + r")(?:\s*,\s*(?P<name>" + _NAME +
                            r")\s*,)?\s+(?P<verb>[a-z]+)\b(?P<tail>[^,;:]*?)\s*(?:in|on|at)?\s*$")


def _next_in_order(text: str, at: int, end: int, mentions: list[Mention],
                   last_name: str) -> tuple[Mention, str] | None:
    """(date, headline) of the next thing of a list told in turn, when the clause after
    "respectively" tells its act with a date of its own ("First squadron" -> "Third
    squadron arrives"; a name of its own heads it)."""
    for mention in calendar_mentions(mentions, at, end):
        clause = _NEXT_IN_ORDER.match(text, at, mention.start)
        if clause is None or not is_past(clause.group("verb")) or \
                clause.group("verb") in AUXILIARIES:
            return None
        ordinal = clause.group("ordinal").capitalize()
        words = last_name.split()
        name = clause.group("name") or (f"{ordinal} {' '.join(words[1:])}"
                                        if words and words[0] in _ORDINAL_WORDS else None)
        if name is None:
            return None
        tail = " ".join(w for w in clause.group("tail").split() if w not in ("the", "a", "an"))
        return mention, " ".join(f"{name} {present(clause.group('verb'), plural=False)} {tail}"
                                 .split())
    return None


def _tails(middle: str, verb: str, count: int) -> list[str] | None:
    """What each act's headline keeps after its verb ("by sanctions", "by Russia to Iran",
    "in Istanbul"): the words between the verb and the dates, with a list of ``count``
    places or recipients given one each; None when such a list does not count alike."""
    at = [m.end() for m in re.finditer(r"\b" + re.escape(verb) + r"\b", middle)][-1]
    tail = re.sub(r"[\s,]*(?:\b(?:in|on|at|during|by)\s*)?[\s,]*$", "", middle[at:])
    objects = _objects(tail, count)
    if objects is None or len(tail.split()) > 8:
        return None if objects is None else [""] * count
    listed = _OBJECT_LIST.search(tail)
    if listed is None:
        return [tail] * count
    return [tail[:listed.start()] + " " + where + tail[listed.end():] for where in objects]


def _date_list(text: str, dated: list[Mention], stop: int) -> list[Mention]:
    """The dates right before "respectively", one after another with only "and", "in",
    commas between them."""
    found: list[Mention] = []
    for mention in reversed(dated):
        following = found[0].start if found else stop
        if not _DATE_GLUE.fullmatch(text[mention.end:following] or " ") and \
                text[mention.end:following].strip(" ,"):
            break
        found.insert(0, mention)
    return found


def _subjects(head: str, count: int) -> list[str] | None:
    """The ``count`` names that end ``head`` as its subject ("…, PNS Babur and PNS Badar"),
    not the object of a preposition ("deliveries to Iran and Syria")."""
    the = r"(?:the\s+)?"  # "The Su-35 Alpha and the Su-35 Bravo"
    head = re.sub(r",\s*$", "", head)  # "The first two ships, PNS A and PNS B, were …"
    match = re.search(r"((?:" + the + _NAME + r",\s+)*" + the + _NAME + r")\s+and\s+" + the +
                      r"(" + _NAME + r")\s*$", head)
    if match is None:
        return None
    names = [_without_determiner(re.sub(r"^the\s+", "", n.strip()))
             for n in match.group(1).split(",")]
    names = [n for n in names if n] + [match.group(2).strip()]
    before = head[:match.start()].split()
    if len(names) < count or (before and before[-1].lower() in _PREPOSITIONS):
        return None
    return names[-count:]


_ORDINAL = r"(?:" + "|".join(en.DAY_ORDINALS) + r")"
_ORDINAL_WORDS = {o.capitalize() for o in en.DAY_ORDINALS}
_ORDINAL_SUBJECT = re.compile(r"\b(?i:the)\s+(" + _ORDINAL + r"(?:,\s+" + _ORDINAL + r")*,?\s+and\s+"
                              + _ORDINAL + r")\s+([a-z]+s)\s*$")


def _ordinal_subjects(head: str, count: int) -> list[str] | None:
    """"The first and second squadrons were delivered …": one thing each, by its ordinal
    ("First squadron", "Second squadron")."""
    match = _ORDINAL_SUBJECT.search(head)
    if match is None:
        return None
    ordinals = re.findall(_ORDINAL, match.group(1))
    noun = match.group(2)
    noun = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return [f"{o.capitalize()} {noun}" for o in ordinals] if len(ordinals) == count else None


def _without_determiner(name: str) -> str:
    words = name.split()
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _objects(middle: str, count: int) -> list[str] | None:
    """The places or recipients between the verb and the dates ("in Istanbul and Karachi",
    "to Iran and Turkey"), with their preposition: ``count`` of them, blanks when there are
    none, or None when they do not count alike."""
    match = _OBJECT_LIST.search(" " + middle)
    if match is None:
        return [""] * count
    places = [p.strip() for p in match.group(2).split(",")] + [match.group(3).strip()]
    return [f"{match.group(1)} {p}" for p in places] if len(places) == count else None


def _last_act(middle: str, participle: str) -> tuple[str, str] | None:
    """The act dated, as (its headline form, its word in the text): the last past verb before
    the dates ("were ordered from Russia in 2021 and delivered in …": "delivered"); a passive
    participle as it stands ("launched"), an active verb in the headline's present
    ("arrived": "arrives")."""
    words = [w for w in re.findall(r"\b[a-z]+\b", middle) if w not in AUXILIARIES]
    acts = [w for w in words if is_past(w)]
    if not acts:
        return None
    last = acts[-1]
    coordinated = re.search(r"\band\s+" + re.escape(last) + r"\b", middle) is not None
    if last == participle or not coordinated or _passive_coordination(middle, last):
        return last, last
    return present(last, plural=False), last


def _passive_coordination(middle: str, verb: str) -> bool:
    """"were ordered … and delivered": a participle of the same passive (a preposition or a
    date follows it, no object: "delivered in", "delivered to"); not a verb that takes no
    object ("were sent … and arrived on …": they arrive)."""
    return verb not in _NO_OBJECT and re.search(
        r"\band\s+" + re.escape(verb) + r"\s+(?:in|on|to|at|by|from)\b", middle) is not None


_NO_OBJECT = en_grammar.RESPECTIVELY_NO_OBJECT
