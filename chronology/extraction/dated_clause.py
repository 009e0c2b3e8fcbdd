"""The clause of a sentence that tells its dated act when the main clause does not: a relative
or participle clause that holds the date, a dated second or time clause, a gathering held to
mark an event."""

from __future__ import annotations

import re

from chronology.extraction.clauses import (
    ARTICLES,
    has_verb,
    is_verb_word,
)
from chronology.extraction.entities import find_places
from chronology.extraction.headline_tense import (
    SIMPLE_PAST,
    VERB,
    plural_subject,
)
from chronology.extraction.sentences import inside, quoted_spans
from chronology.extraction.speakers import (
    SPEECH,
    split_attribution,
)
from chronology.extraction.verbs import (
    AUXILIARIES,
    is_auxiliary,
    is_past,
    is_verb_form,
)
from chronology.languages import en_grammar

OPENS_QUOTE = re.compile(r"\s*(?:[-–—•*]\s*)?[“\"‘]")  # "- “The capabilities …": a bullet first
_RELATIVE = re.compile(r"\s(?:that|which|who)\s+(?=([A-Za-z]+)\b)")
_MAIN_SPEECH = re.compile(r"\s" + SPEECH + r"\s")
_MAIN_AUX = re.compile(r"\s(?:is|are|was|were|will|would|has|have|had|could|can|may|might|"
                       r"should|shall)\s")


def relative_action(sentence: str, spans: list[tuple[int, int]]
                     ) -> tuple[str, list[tuple[int, int]]]:
    """"The batch that took off from France on July 27 would be arriving today" is dated by
    the take-off, so its title states the take-off: when every date lies inside a plain
    relative clause before the main verb, the clause becomes the sentence
    ("The batch took off from France on July 27")."""
    if not spans:
        return sentence, spans
    for match in _RELATIVE.finditer(sentence):
        verb = match.group(1)
        if not is_past(verb) or is_auxiliary(verb) or match.start() < 3:
            continue
        aside = _relative_aside(sentence, spans, match)
        if aside:
            return aside
        mains = [m for m in (_MAIN_AUX.search(sentence, match.end()),
                             _MAIN_SPEECH.search(sentence, match.end())) if m]
        main = min(mains, key=lambda m: m.start()) if mains else None  # "… on Monday said"
        if not main or "," in sentence[match.end():main.start()] or \
                inside(match.start(), quoted_spans(sentence)):
            return sentence, spans
        if all(match.end() <= a and b <= main.start() for a, b in spans):
            shift = match.end() - match.start() - 1
            return (sentence[:match.start()] + " " + sentence[match.end():main.start()] + ".",
                    [(a - shift, b - shift) for a, b in spans])
        return sentence, spans
    return sentence, spans


_NEXT_WORD = re.compile(r",\s+([a-z]+)\b")


def _relative_aside(sentence: str, spans: list[tuple[int, int]], match: re.Match
                    ) -> tuple[str, list[tuple[int, int]]] | None:
    """"The drill Blue Shield, which opened on November 11, adds to the momentum": every date
    inside a relative clause between commas, right after the subject and before the main
    verb, dates the clause's act, so the clause becomes the sentence ("The drill Blue Shield
    opened on November 11"); None when the clause is no such aside."""
    subject = sentence[:match.start()]
    told = [(a, b) for a, b in spans if a >= match.end()]  # (a year in the subject, "the
    # drill Blue Shield 2025", names it and stays with it)
    if not subject.endswith(",") or "," in subject[:-1] or not told or \
            any(b > len(subject) - 1 and a < match.end() for a, b in spans) or \
            inside(match.start(), quoted_spans(sentence)):
        return None
    after = _NEXT_WORD.search(sentence, max(b for _, b in told))
    if not after or "," in sentence[match.end():after.start()] or \
            not is_verb_word(after.group(1), present=True):
        return None  # what follows the date's comma is no main verb: no aside
    shift = match.end() - len(subject)
    return (subject[:-1] + " " + sentence[match.end():after.start()] + ".",
            [(a, b) if a < match.end() else (a - shift, b - shift) for a, b in spans])


_SECOND_CLAUSE = re.compile(r",\s+(?:and|but)\s+")


def dated_second_clause(sentence: str, spans: list[tuple[int, int]]
                         ) -> tuple[str, list[tuple[int, int]]]:
    """"Russia and Iran have long cooperated on arms, and their defence ministers met in
    Tehran on Monday": when every date lies in a second main clause after ", and" (a
    subject and a verb of its own, the first clause a verb too), that clause is the event;
    when every date lies in the first, the second goes."""
    if not spans:
        return sentence, spans
    quotes = quoted_spans(sentence)
    for join in _SECOND_CLAUSE.finditer(sentence):
        first, second = sentence[:join.start()], sentence[join.end():]
        before = max(b for _, b in spans) <= join.start()
        if inside(join.start(), quotes) or not before and min(a for a, _ in spans) < join.end():
            continue
        words = second.split()
        verb = next((i for i, w in enumerate(words[:8]) if is_verb_word(w.strip(",;."))), None)
        if not before and (re.search(r"\b(?:them|it|him|they|he|she)\b", second) or
                           split_attribution(second)[0]):
            continue  # "…, and the Russian side handed them over": the first clause says
            # what; ", but the sources said the deal …": whose words, the whole tells
        if not has_verb(first) or not verb or "," in " ".join(words[:verb]) or \
                words[0].islower() and is_verb_form(words[0]) or _LIST_AFTER.match(first):
            continue  # ("…, and signed a deal on Monday", "…, and follows a deal signed on
            # 11 June": the first clause's subject, kept)
        if before:  # "Russia delivered the jets on Monday, and Iran paid for them": the first
            if split_attribution(second)[0] or re.search(r"[“\"]", second) or \
                    re.search(r",|\b(?:which|who|that)\b", first):  # ("A, B which was agreed
                # in October, and C is …": a list, its "and" no second clause's)
                return sentence, spans  # (", and X, the ministry said": who says it stays)
            return first + ".", spans
        return second[:1].upper() + second[1:], [(a - join.end(), b - join.end()) for a, b in spans]
    return sentence, spans


# "When the delegation visits Pakistan in April, this will be …": a time clause, then a main
# clause whose subject only points ("this", "it", "that")
_TIME_CLAUSE_THEN_POINTER = re.compile(r"^(?P<lead>\s*(?:When|Once|After|As soon as|Before)\s+)"
                                       r"(?P<clause>[^,“”\"]{8,200}?),\s+(?:this|it|that)\s+"
                                       r"(?=[a-z])")


def dated_time_clause(sentence: str, spans: list[tuple[int, int]]
                       ) -> tuple[str, list[tuple[int, int]]]:
    """"When the Azerbaijani delegation visits Pakistan in April, this will be among the
    top priorities": every date lies in the time clause, and the main clause's subject names
    no one, so the dated act is the time clause's ("Delegation visits Pakistan")."""
    found = _TIME_CLAUSE_THEN_POINTER.match(sentence)
    if not spans or not found:
        return sentence, spans
    start, end = found.start("clause"), found.end("clause")
    if not all(start <= a and b <= end for a, b in spans) or not has_verb(found.group("clause")) \
            and not re.search(r"\b[a-z]+s\b", found.group("clause")):
        return sentence, spans
    clause = found.group("clause")
    if not re.match(r"(?:the|a|an|its|their|[A-Z])", clause):
        return sentence, spans  # "When asked on Monday, it …": no subject of its own
    return clause[:1].upper() + clause[1:] + ".", [(a - start, b - start) for a, b in spans]


# "Russia, Iran, and China signed …": the first part a list, no clause
_LIST_AFTER = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+)+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_PARTICIPLE_ASIDE = re.compile(r"^(?P<subject>[^,]{2,80}),\s+(?P<participle>[a-z]+(?:ed|en|wn|lt))\b")


def participle_action(sentence: str, spans: list[tuple[int, int]]
                       ) -> tuple[str, list[tuple[int, int]]]:
    """"The deal, signed at the fair in Kielce on Tuesday, creates a company" is dated by the
    signing: when every date lies inside a participle aside after the subject, the title
    states it ("The deal was signed at the fair in Kielce on Tuesday")."""
    match = _PARTICIPLE_ASIDE.match(sentence)
    if not spans or not match or not is_past(match.group("participle")) or \
            match.group("participle") in SIMPLE_PAST | AUXILIARIES:
        return sentence, spans
    last = max(b for _, b in spans)
    if min(a for a, _ in spans) < match.start("participle"):
        return sentence, spans
    main = re.compile(r",\s+([a-z]+)\b")
    for comma in main.finditer(sentence, last):
        if is_verb_word(comma.group(1), present=True):
            aside = sentence[match.start("participle"):comma.start()]
            made = f"{match.group('subject')} was {aside}."
            shift = len(match.group("subject")) + len(" was ") - match.start("participle")
            return made, [(a + shift, b + shift) for a, b in spans]
        break  # what follows the date's comma is no verb: not an aside before the main verb
    return sentence, spans


# "It extends the logistics pact signed by the two navies in March 2023, which …": a
# pointing subject, its verb and a preposition, then the thing a participle tells of
_POINTER_THEN_THING = re.compile(
    r"^(?:It|This|That|They|These)\s+[a-z]+\s+(?:(?:on|upon|from|to|with|after)\s+)?"
    r"(?P<thing>(?:the|a|an)\s+[^,;:“”\"]{2,100}?)\s+(?P<participle>[a-z]+(?:ed|en|wn|lt))\s+"
    r"(?P<rest>(?:by|in|at|on|with|between|during)\b[^;:“”\"]*?)(?=,|\.?$)")


_CLAUSE_IN_THING = re.compile(r"\b(?:that|which|who|whom|whose|has|have|had|is|are|was|were|"
                              r"be|been|will|would)\b")


def pointed_participle_action(sentence: str, spans: list[tuple[int, int]]
                              ) -> tuple[str, list[tuple[int, int]]]:
    """"It extends the logistics pact signed by the two navies in March 2023, which opened
    …" is dated by the signing, and its subject only points ("it", "this", "they"): when
    every date lies in the participle's phrase after the thing the main verb takes, the
    title states the thing's act ("The logistics pact was signed by the two navies in
    March 2023")."""
    match = _POINTER_THEN_THING.match(sentence)
    if not spans or not match or not is_past(match.group("participle")) or \
            match.group("participle") in SIMPLE_PAST | AUXILIARIES or \
            not all(match.start("rest") <= a and b <= match.end("rest") for a, b in spans) or \
            _CLAUSE_IN_THING.search(match.group("thing")):
        return sentence, spans  # ("the deal that Elbit has announced in 2024": a relative
        # clause's own verb group, not a participle after the thing)
    thing = match.group("thing")
    made = f"{thing[:1].upper()}{thing[1:]} was {match.group('participle')} "
    shift = len(made) - match.start("rest")
    return made + match.group("rest") + ".", [(a + shift, b + shift) for a, b in spans]


# "The two were in Gdynia to mark the arrival of the first tanks": the event is the arrival.
_MARKS = re.compile(
    r"\bto\s+(?:mark|celebrate|welcome|attend|witness|observe|oversee)\s+the\s+(?P<noun>arrival|"
    r"delivery|handover|hand-over|commissioning|launch|signing|roll-?out|start|beginning|"
    r"opening|induction|unveiling)\s+of\s+(?P<what>[^,;]+?)(?=,|;|\.|\s+(?:from|under|as|in|at|"
    r"to|by|for)\s|$)", re.IGNORECASE)
_MARKED_VERBS = en_grammar.DATED_CLAUSE_MARKED_VERBS
_WEAK_SUBJECT = re.compile(r"^(?:the\s+two|both|they|he|she|the\s+pair|the\s+leaders|the\s+"
                           r"ministers|officials)\b|^[^,]{0,60}?\b(?:was|were|is|are|gathered|"
                           r"came|met|attended)\s", re.IGNORECASE)


def marked_event(text: str) -> str | None:
    """A gathering held to mark an event, told by a weak main clause ("The two were in
    Gdynia to mark the arrival of the first tanks") -> "First tanks arrive in Gdynia"."""
    match = _MARKS.search(text)
    if not match or not _WEAK_SUBJECT.match(text[:match.start()]):
        return None
    what = ARTICLES.sub("", match.group("what")).strip()
    if not what:
        return None
    verb = _MARKED_VERBS[match.group("noun").lower()]
    if not verb.endswith(("ed", "over", "out")):
        verb = verb if plural_subject(what.split()) else verb + "s"
    places = find_places(text[:match.start()])
    where = f" in {places[0]}" if places else ""
    return f"{what[:1].upper()}{what[1:]} {VERB}{verb}{where}"
