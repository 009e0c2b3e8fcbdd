"""Whether two candidates tell the same event, and how surely (``match_score``).

Two candidates are the same event when their dates are compatible (equal; or, from different
articles, one a less precise form of the other, "2015-01" and "2015-01-20", but not a year
and a day; or days at most ``CONFLICT_DAYS`` apart) and they say the same thing: they name
the same specific thing (a weapons system, a satellite, a ship, an exercise: ``things``;
a name one gives with its kind, "the Golden Dragon exercises", the other may give alone) and
share an actor or a few words, whatever the kind of event; or their words overlap strongly;
or they share a kind of event (agreement, meeting, ...) with the same people (or, when a
side names no one, the same countries); or, on one day and in two articles, the same two
people or more, when not both tell a kind of event, neither tells talks, a visit or a
signing, and neither says they acted separately ("Sharif and Yilmaz jointly launched …" /
"… jointly inaugurated …"); or, on one day and in two articles, both tell an exercise of the
same two countries or more, and no other, and name no other people, designations, places or
services (one quotes a commander, the other counts the troops: ``_SAME_DAY_KINDS``; not
agreements, as a visit signs many); or, on one day (or a day and its month), they use
the same proper name besides people, places and countries ("the EDCA", ``shared_names``) and
a kind of event (not for a year and a month: a year holds many acts under one name) or some
common words, or a phrase of four common words ("joint strategic air
patrol") with an actor in common; or, on one day and in two articles, the same act (a verb,
or its noun) told of the same kind of thing ("a corvette was launched" / "the launch of a
corvette"), the countries of one the other's or some of them; or they share a kind of
event, their dates are the same or nested, and no side is named by both (one names no one and no country: "The maneuvers began
on Friday"), the weakest link (``crosslang.one_kind_no_sides``); or, on one day (or the
next: a time zone, an award and the winner's statement) and in two articles, they share most of their distinctive words, weighed by rarity (``rarity``), with
no other people, designations, places or services. Reports naming different
things of one family ("S-300" and "S-400") are never merged, nor two meetings of different
pairs of people, nor two reports that name different seas (the Gulf of Oman lies in the
Indian Ocean; the Caspian Sea does not) or a sea and a part of a country ("the country's
south"), nor two days' reports telling other phases of an act (its start, its end, a
phase) or an arrival and the visit's next act, nor people sharing a surname under other first names ("Ali"/"Sadegh Larijani"); a
report naming no side joins no act of another service ("air defence forces", the navy),
nor do two reports naming one service each, not the same (seas, parts of a country, services
and phases: ``theatres``).
Two candidates of one article are compared without the sentences both
quote. Reports in two languages, or in Russian or Persian, are compared by ``crosslang``;
two reports of one such language naming two people or more each, not the same, are two
meetings, and their people decide whether days apart are compatible, as in English (the
people a Russian report names in full: ``foreign_people.people_in``; across two scripts
only the countries do).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from chronology.extraction import rarity
from chronology.extraction.crosslang import SILENT, one_kind_no_sides, score_across_languages
from chronology.extraction.gazetteer import COUNTRIES, DEMONYMS
from chronology.extraction.model import Candidate
from chronology.extraction.sentences import dateline_end
from chronology.extraction.shared_names import names_in
from chronology.extraction.theatres import (
    arrival_and_next,
    arrived_elsewhere,
    both_arrive,
    elsewhere,
    one_reaction,
    one_service_each,
    one_truce,
    other_phases,
    other_services,
    other_waters,
)
from chronology.extraction.things import (
    NameTable,
    kinds_in,
    same_thing,
    things_in,
    variants_shared,
)
from chronology.extraction.verbs import base_form, is_past
from chronology.extraction.weapons import other_arms
from chronology.languages import en, en_grammar

CONFLICT_DAYS = 3
STRONG_OVERLAP = 0.5
WEAK_OVERLAP = 0.2
MODERATE_OVERLAP = 0.25  # with the same place, on one day or the next: one act retold
PHRASE_PAIRS = 3  # shared pairs of adjacent common words: a phrase of four words
KIND_BONUS = 0.05  # the same kind of act, over a link as good in other respects
THING_OVERLAP = 0.1  # with the same specific thing named, little shared wording is enough
_SAME_DAY_KINDS = {"exercise"}  # one day's drill of two armies; not agreements: a visit signs many
KIND_TAGS = {"agreement", "exercise", "visit", "meeting", "arms deal", "delivery", "sanctions",
             "ceremony"}
STOPWORDS = en_grammar.SAMENESS_STOPWORDS
DATE_WORDS = en_grammar.SAMENESS_DATE_WORDS


def same_event(a: Candidate, b: Candidate) -> bool:
    """True when two candidates report the same event (see the module docstring)."""
    return match_score(a, b) > 0


def match_score(a: Candidate, b: Candidate, names: NameTable | None = None) -> float:
    """How surely two candidates report the same event: 0 when they do not; more for the
    same named thing, then strongly shared words, then the same kind and people; an exact
    date counts over a compatible one, and so does the same kind of act (``KIND_BONUS``:
    "the signing of two agreements at the dialogue" joins another outlet's signing there
    rather than its report of the dialogue, when both match alike; not the weakest link,
    ``SILENT``, which nothing else backs).  Reports in two languages are compared by
    ``crosslang`` (same date, canonical actors and kind).  ``names``: the makers' and
    models' names the batch gives one weapon by ("Beriev Petrel": ``things.NameTable``)."""
    score = _match_score(a, b, names)
    if score >= 1 and set(a.event.tags) & set(b.event.tags) & KIND_TAGS:
        return score + KIND_BONUS
    return score


def _match_score(a: Candidate, b: Candidate, names: NameTable | None = None) -> float:
    if _other_arms(a, b):
        return 0.0  # fighter jets delivered, assault rifles delivered: two deliveries
    if a.language != b.language:  # words the rules below cannot read; names in two scripts
        return score_across_languages(_unnamed(a), _unnamed(b), _dates_compatible, KIND_TAGS,
                                      names)
    if a.language != "en":
        if len(a.entities.people) >= 2 and len(b.entities.people) >= 2 and \
                not same_people(a, b) and not _maybe_same_people(a, b):
            return 0.0  # "Путин и Ким встретились", "Ким встретился с Дегтяревым": two meetings
        return score_across_languages(a, b, _dates_compatible, KIND_TAGS, names)
    told_a, told_b = _own_words(a, b)
    if not told_a or not told_b:  # "S1" and "S1 … A memorandum was also signed": two acts
        return 0.0
    thing = same_thing(*_things_of_both(told_a, told_b), names)
    if thing is False or other_ordinals(told_a, told_b) or \
            (_year_and_month(a, b) and _other_counts(told_a, told_b)):
        return 0.0  # "S-300" and "S-400", "the first batch" and "the second batch": two
        # (a year's 40 jets and its month's 6 jets: two acts of one programme, by any link)
    if other_phases(a.event.date, told_a, "en", b.event.date, told_b, "en",
                    "visit" in a.event.tags and "visit" in b.event.tags) or \
            arrival_and_next(a.event.date, told_a, "en", "delivery" in a.event.tags,
                             b.event.date, told_b, "en", "delivery" in b.event.tags) or \
            elsewhere(told_a, "en", told_b, "en") or one_truce(told_a, "en", told_b, "en") or \
            arrived_elsewhere(told_a, "en", told_b, "en") or \
            one_reaction(told_a, "en", told_b, "en") or \
            _namesakes(a, b) or \
            (not thing and one_service_each(told_a, "en", told_b, "en",
                                            a.event.date == b.event.date)):
        return 0.0  # (one system named by both is one act, whichever service tells it)
    names = _people_words(a.entities.people) | _people_words(b.entities.people)
    overlap = max([_jaccard(_words_apart(x, names), _words_apart(y, names))
                   for x in _parts(told_a) for y in _parts(told_b)]
                  + [_jaccard(_words_apart(a.event.title, names),
                              _words_apart(b.event.title, names))])
    exact = 0.5 if a.event.date == b.event.date else 0.0
    retold = _retold(a, b, told_a, told_b, names)
    if thing and (overlap >= THING_OVERLAP or _shares_an_actor(a, b)):
        if _dates_compatible(a, b, same_thing=True):
            return 3 + overlap + exact
        if not (_year_and_month(a, b) and _kinds(a) & _kinds(b) and article_of(a) != article_of(b)):
            return 0.0  # "S-300" delivered in 2016, then on Monday: a year holds many acts
        return 1 + overlap  # "a deal in 2021 for 24 X jets" / "a contract for X jets in March"
    if _next_day(a, b) and not other_waters(told_a, "en", told_b, "en") and \
            not _other_kinds(a, b) and not _other_acts_next_day(a, b, told_a, told_b) and \
            _distinctive_words_shared(a, b, told_a, told_b):
        return 1 + overlap  # "a joint patrol … near Alaska" told on Wednesday and Thursday
    if not _dates_compatible(a, b) or _other_acts_next_day(a, b, told_a, told_b):
        return 0.0
    same_title = _content_words(a.event.title) == _content_words(b.event.title)
    if len(a.entities.people) >= 2 and len(b.entities.people) >= 2 and not same_people(a, b) \
            and not same_title:  # "Lavrov meets Kim" twice: the titles name the same two
        return 0.0  # Putin meets Raisi, Putin meets Amirabdollahian: two meetings
    if overlap >= STRONG_OVERLAP:
        return 2 + overlap + exact
    shared_kind = set(a.event.tags) & set(b.event.tags) & KIND_TAGS
    if overlap >= WEAK_OVERLAP and shared_kind and _same_actors(a, b) and \
            not (_other_places(a, b) and both_arrive(told_a, "en", told_b, "en")):
        return 1 + overlap + exact  # (a frigate at Bandar Abbas, a destroyer at Vladivostok)
    if exact and len(a.event.date) == 10 and shared_kind and same_people(a, b):
        return 1 + overlap + exact  # the same day, the same people, the same kind of act
    if exact and len(a.event.date) == 10 and shared_kind & _SAME_DAY_KINDS and \
            not (_kinds(a) | _kinds(b)) & _OWN_OCCASIONS and \
            _same_countries(a, b) and not _other_people(a, b) and \
            not other_designations(told_a, told_b) and not _other_places(a, b) and \
            not other_services(told_a, "en", told_b, "en") and article_of(a) != article_of(b):
        return 1 + overlap + exact  # "Cambodian and Chinese troops held the exercise" that day
    if exact and len(a.event.date) == 10 and _two_together(a, b) and \
            not (_kinds(a) and _kinds(b)) and not (_kinds(a) | _kinds(b)) & _OWN_OCCASIONS and \
            not _SEPARATE.search(told_a + " " + told_b) \
            and a.event.sources[0].article != b.event.sources[0].article:
        return 1 + overlap + exact  # "Sharif and Yilmaz jointly launched …" / "… inaugurated"
    names = names_in(told_a, _skip(a)) & names_in(told_b, _skip(b))
    if names and _nested_dates(a, b) and not other_designations(told_a, told_b) and \
            not _other_places(a, b) and not _other_kinds(a, b) and (
            shared_kind and not _year_and_month(a, b) or
            _common_overlap(told_a, told_b) >= THING_OVERLAP):
        return 1 + overlap + exact  # "four more EDCA sites" / "under the EDCA", one day
    if _nested_dates(a, b) and _shares_an_actor(a, b) and \
            len(_phrases(told_a) & _phrases(told_b)) >= PHRASE_PAIRS:
        return 1 + overlap + exact  # "a joint strategic air patrol", told twice on one day
    if retold:
        return 1 + overlap + exact  # "approved a motion to extend" / "authorised an extension"
    if _one_act_on_one_kind(a, b, told_a, told_b):
        return 1 + overlap + exact  # "a corvette was launched" / "attended a corvette's launch"
    if exact and len(a.event.date) == 10 and _distinctive_words_shared(a, b, told_a, told_b):
        return 1 + overlap + exact  # "… extension of its troop deployment in Libya", twice
    if exact and len(a.event.date) == 10 and (_ceremony_of(a, b, told_a, told_b) or
                                              _ceremony_of(b, a, told_b, told_a)):
        return 1 + overlap + exact  # "opened its first base" / "a ceremony marking its opening"
    if one_kind_no_sides(a, b, KIND_TAGS) and not other_designations(told_a, told_b) and \
            not _other_places(a, b) and not other_services(told_a, "en", told_b, "en"):
        return SILENT + overlap  # "the exercise began on Sunday": the day's exercise
    return 0.0


def _other_arms(a: Candidate, b: Candidate) -> bool:
    return other_arms(told(a), a.language, "delivery" in a.event.tags,
                      told(b), b.language, "delivery" in b.event.tags)


def _unnamed(candidate: Candidate) -> Candidate:
    """A candidate without its people, for a report in another language: names romanised
    from another script ("Chen Yn" for "Kim Jong Un") do not tell whether two reports name
    the same people; their countries do."""
    if not candidate.entities.people:
        return candidate
    return replace(candidate, entities=replace(candidate.entities, people=()))


def _retold(a: Candidate, b: Candidate, told_a: str, told_b: str,
            people: frozenset[str]) -> bool:
    """Two articles tell one act in other words, whatever kind each is tagged with: on one
    day or the next (a time zone, or the day after's report), they name the same place of
    the act ("in Stockholm", "at Niamey airport"), they tell an act in the same verb
    ("signed a historic agreement in Stockholm" / "had talks … in Stockholm and signed a
    historic agreement") and, the place and people apart, their words overlap moderately;
    no other people, systems or services.  A place in common is not enough: a port sees a
    port call and a commander's talks on one day, a base a vote on its instructors and
    their first lesson.  (Nor are the same two countries: every act of a relationship
    names them.)"""
    if not a.event.places or not b.event.places:  # (most pairs: no need to read on)
        return False
    where = {p for p in set(a.event.places) & set(b.event.places) if p not in COUNTRIES}
    days = _days_apart(a.event.date, b.event.date)
    if not where or article_of(a) == article_of(b) or days > 1:
        return False
    acts = _acts(told_a) & _acts(told_b)
    if not acts or (days and not things_in(told_a) & things_in(told_b) and
                    not _same_object(told_a, told_b, acts, _content_words(" ".join(where)))):
        return False  # the next day: another act of the pair unless done to the same thing
    told_a, told_b = _UNATTRIBUTED.sub("", told_a), _UNATTRIBUTED.sub("", told_b)
    apart = people | _content_words(" ".join(where)) | _sides() | _content_words(
        " ".join(w for w in re.findall(r"[A-Za-z][a-z-]+", told_a + " " + told_b)
                 if base_form(w) in acts))
    overlap = max(_jaccard(_words_apart(x, apart), _words_apart(y, apart))
                  for x in _parts(told_a) for y in _parts(told_b))
    return overlap >= MODERATE_OVERLAP and \
        not _other_people(a, b) and not other_designations(told_a, told_b) and \
        not other_services(told_a, "en", told_b, "en")


def _one_act_on_one_kind(a: Candidate, b: Candidate, told_a: str, told_b: str) -> bool:
    """Two articles tell one day's act done to one kind of thing: the same act (a verb in
    one, the verb or its noun in the other: "a corvette was launched" / "officials attended
    the launch of a corvette": ``en.ACTION_NOUN_PARTICIPLES``), the same kind of thing
    named ("corvette": ``things.kinds_in``), and the countries of one are the other's or
    some of them ("Egypt" / "France and Egypt"); when both tell kinds of event, the
    same ones (an agreement signed "as their forces held joint exercises" tells two acts, not
    the day's exercise); no other people, designations, places or services."""
    if article_of(a) == article_of(b) or a.event.date != b.event.date or \
            len(a.event.date) != 10 or _kinds(a) and _kinds(b) and _kinds(a) != _kinds(b):
        return False
    ca, cb = set(a.entities.countries), set(b.entities.countries)
    if not ca or not cb or not (ca <= cb or cb <= ca):
        return False
    return bool(_acts_and_nouns(told_a) & _acts_and_nouns(told_b)) and \
        bool(kinds_in(told_a) & kinds_in(told_b)) and not _other_people(a, b) and \
        not other_designations(told_a, told_b) and not _other_places(a, b) and \
        not other_services(told_a, "en", told_b, "en")


@lru_cache(maxsize=4096)
def _acts_and_nouns(text: str) -> frozenset[str]:
    """The acts a quote tells in the past (``_acts``) and by a noun of action ("the launch",
    "a delivery": ``en.ACTION_NOUN_PARTICIPLES``), by the verb's base form."""
    nouns = {base_form(en.ACTION_NOUN_PARTICIPLES[w]) for w in re.findall(r"[a-z][a-z-]+", text)
             if " " not in en.ACTION_NOUN_PARTICIPLES.get(w, " ")}
    return _acts(text) | nouns


def _distinctive_words_shared(a: Candidate, b: Candidate, told_a: str, told_b: str) -> bool:
    """Two articles' reports of one day share most of their distinctive words (weighed by
    rarity: "Niamey", "18-month", "HIMARS" count, "military" and "said" hardly): at least
    ``rarity.DISTINCT_SHARE`` of the shorter report's weight and ``DISTINCT_WEIGHT`` in all (a
    few rare words, not one name), the places, people, the sides (countries, demonyms)
    and who told it ("…, IRNA reported") apart (a base sees a vote on its instructors and their
    first lesson); no other people, designations, places or services."""
    if article_of(a) == article_of(b):
        return False
    where = rarity.words(" ".join((*a.event.places, *b.event.places, *a.entities.people,
                                   *b.entities.people)))
    weight, share = rarity.shared(_plain_words(_UNATTRIBUTED.sub("", told_a)) - where,
                                  _plain_words(_UNATTRIBUTED.sub("", told_b)) - where, "en")
    return share >= rarity.DISTINCT_SHARE and weight >= rarity.DISTINCT_WEIGHT and \
        not _other_people(a, b) and not other_designations(told_a, told_b) and \
        not _other_places(a, b) and not other_services(told_a, "en", told_b, "en")


def _ceremony_of(ceremony: Candidate, act: Candidate, told_c: str, told_a: str) -> bool:
    """One day's ceremony held for an act, and that act told by another article: the
    ceremony's report says what it marks ("A ceremony marking the arrival of sailors at the
    … logistics base was held …"), the other report's act is done to a thing it names
    ("Russia opened its first naval logistics base in the region"), at a
    place both name, by the same two countries or more; the act is no occasion of its own
    (talks, a visit, a signing), and no other people, designations or services are named."""
    if "ceremony" not in ceremony.event.tags or "ceremony" in act.event.tags or \
            article_of(ceremony) == article_of(act) or _kinds(act) & _OWN_OCCASIONS or \
            not set(ceremony.event.places) & set(act.event.places) or \
            not _same_countries(ceremony, act):
        return False
    marked = _CEREMONY_FOR.search(told_c)
    if marked is None:
        return False
    apart = _sides() | _content_words(" ".join((*ceremony.event.places, *act.event.places)))
    what = _content_words(marked.group("what")) - apart
    return bool(_heads(told_a, _acts(told_a)) & what) and \
        not _other_people(ceremony, act) and not other_designations(told_c, told_a) and \
        not other_services(told_c, "en", told_a, "en")


def _heads(text: str, acts: frozenset[str]) -> frozenset[str]:
    """The head nouns of the objects of ``text``'s verbs of ``acts``: the last word of each
    ("opened its first military base in …": base; not "military")."""
    found = set()
    for verb in re.finditer(r"[A-Za-z][a-z-]+", text):
        if base_form(verb.group()) in acts:
            obj = _OBJECT.match(text, verb.end())
            if obj:
                found.add(_stem(obj.group(1).split()[-1].lower()))
    return frozenset(found)


_CEREMONY_FOR = re.compile(r"\b(?:" + "|".join(en.ACTION_CEREMONY_WORDS) + r")\s+(?:" +
                           "|".join(en.CEREMONY_FOR) +
                           r")\s+(?P<what>[^,.;]{3,160})", re.IGNORECASE)


def _next_day(a: Candidate, b: Candidate) -> bool:
    """Two articles' reports of one day and the next: a time zone apart (NORAD's Wednesday
    is Moscow's Thursday), or an award told on its day and by the winner's statement the
    next; a place need not be named, but two seas are two acts (the Bering Sea and the Sea
    of Japan, both in the Pacific), and so are two kinds of act (talks, then a signing)."""
    return article_of(a) != article_of(b) and _days_apart(a.event.date, b.event.date) == 1


@lru_cache(maxsize=4096)
def _plain_words(text: str) -> frozenset[str]:
    """The words of ``text`` weighed by rarity, an act's words by its verb's base form: one
    outlet tells the act by a verb, the other by its noun ("approved a motion to deploy its
    forces" / "passed a motion for the deployment of its forces"; ``en.ACTION_NOUN_PARTICIPLES``)."""
    return frozenset(_act_key(w) for w in rarity.words(text, _plain_skip()))


@lru_cache(maxsize=65536)
def _act_key(word: str) -> str:
    """A noun of action or a past verb as its verb's base form ("deployment", "deployed":
    "deploy"); any other word as it is."""
    participle = en.ACTION_NOUN_PARTICIPLES.get(word, word)
    if " " in participle or not is_past(participle):
        return word
    return base_form(participle)


@lru_cache(maxsize=1)
def _plain_skip() -> frozenset[str]:
    return frozenset(STOPWORDS | DATE_WORDS) | rarity.words(" ".join((*COUNTRIES, *DEMONYMS)))


@lru_cache(maxsize=4096)
def _acts(text: str) -> frozenset[str]:
    """The acts a quote tells in the past ("signed", "showed"), by base form: not its
    reporting verbs ("said", "reported": the telling, not the act)."""
    return frozenset(base_form(w) for w in re.findall(r"[A-Za-z][a-z-]+", text)
                     if w.lower() not in _SPEECH and is_past(w))


_SPEECH = frozenset(en.SPEECH_VERBS)
# A verb's object with what it is of or on ("a shipment of spare parts", "a memorandum on
# military medicine"): the words after it up to a clause, a participle or another relation;
# never a place "at …" or "in <Name>" ("arrived at the port of …" has no object).
_OBJECT = re.compile(r"\s+((?:(?!(?:for|to|with|from|by|during|and|after|before|as|that|at)\b|"
                     r"in\s+(?:the\s+)?[A-Z])"
                     r"[A-Za-z][\w-]*(?<!ing)\s*){1,8})")


def _same_object(told_a: str, told_b: str, acts: frozenset[str],
                 apart: frozenset[str] = frozenset()) -> bool:
    """The shared verb's object in one report is the other's, or part of it ("signed a
    historic agreement" / "signed a historic agreement on training"; not "a contract" /
    "a joint statement", "a shipment of shells" / "a shipment of spare parts"); the words
    ``apart`` (the place) are no part of it."""
    return any(x <= y or y <= x for x in _objects(told_a, acts, apart)
               for y in _objects(told_b, acts, apart))


def _other_acts_next_day(a: Candidate, b: Candidate, told_a: str, told_b: str) -> bool:
    """On one day and the next, the same verb done to another object ("signed a memorandum
    on naval training" / "… on drone production"), or, with no object, by another doer ("A
    Russian frigate arrived at …" / "A Russian corvette arrived at …"): two acts, however
    much of the wording the two reports share."""
    if _days_apart(a.event.date, b.event.date) != 1:
        return False
    acts = _acts(told_a) & _acts(told_b)
    if not acts or things_in(told_a) & things_in(told_b):
        return False
    apart = _content_words(" ".join(set(a.event.places) | set(b.event.places)))
    objects_a, objects_b = _objects(told_a, acts, apart), _objects(told_b, acts, apart)
    if objects_a and objects_b:
        return not any(x <= y or y <= x for x in objects_a for y in objects_b)
    if objects_a or objects_b:
        return False
    doers_a, doers_b = _doers(told_a, acts), _doers(told_b, acts)
    return bool(doers_a and doers_b) and not any(
        x <= y or y <= x for x in doers_a for y in doers_b)


def _objects(text: str, acts: frozenset[str], apart: frozenset[str]) -> list[frozenset[str]]:
    """The objects of ``text``'s verbs of ``acts``, the words ``apart`` (a place) left out."""
    found = []
    for verb in re.finditer(r"[A-Za-z][a-z-]+", text):
        if base_form(verb.group()) in acts:
            obj = _OBJECT.match(text, verb.end())
            if obj and _content_words(obj.group(1)) - apart:
                found.append(_content_words(obj.group(1)) - apart)
    return found


def _doers(text: str, acts: frozenset[str]) -> list[frozenset[str]]:
    """Who does each verb of ``acts`` in ``text``: the clause's words before it, the two
    sides' names apart ("A Russian frigate arrived": {frigate}); not in the passive, whose
    words before the verb tell what was done, named as each report likes ("The launching
    ceremony of … was held"); only a doer of one unit a few words name with its article
    ("A Russian frigate"): "Turkish troops" and "The first wave of soldiers" are one force
    told two ways."""
    found = []
    for verb in re.finditer(r"[A-Za-z][a-z-]+", text):
        if base_form(verb.group()) in acts:
            clause = re.split(r"[,;:.]", text[:verb.start()])[-1]
            if _PASSIVE.search(clause) or not _ONE_UNIT.match(clause):
                continue
            doer = _content_words(clause) - _sides()
            if 0 < len(doer) <= _DOER_WORDS:
                found.append(doer)
    return found


@lru_cache(maxsize=1024)
def _ordinals(text: str) -> dict[str, frozenset[str]]:
    """Thing -> the ordinals the text gives it ("the first batch": batch -> {first})."""
    found: dict[str, set[str]] = {}
    for m in _ORDINAL_THING.finditer(text.lower()):
        found.setdefault(_stem(m[2]), set()).add(m[1])
    return {noun: frozenset(words) for noun, words in found.items()}


def other_ordinals(told_a: str, told_b: str) -> bool:
    """One report tells "the first" of a thing, the other only another ordinal of it ("the
    first batch" / "the second batch"): two things."""
    of_a, of_b = _ordinals(told_a), _ordinals(told_b)
    return any(not of_a[noun] & of_b[noun] for noun in of_a.keys() & of_b.keys())


_ONE_UNIT = re.compile(r"\s*(?:A|An|The)\s+(?!\S+\s+of\b)[^\s]+(?:\s+(?!of\b)\S+){0,3}\s*$")
_DOER_WORDS = 3
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ORDINAL_THING = re.compile(r"\b(" + "|".join(en.DAY_ORDINALS) + r")\s+([a-z][a-z-]+)")
# The attribution after the act: ", the Iranian navy said on Monday." (who told it, not what).
_UNATTRIBUTED = re.compile(r",[^,.;]{0,60}?\b(?:" + "|".join(en.SPEECH_VERBS) + r")\b[^,.;]*")


@lru_cache(maxsize=1)
def _sides() -> frozenset[str]:
    """The words of every country and demonym: every act of a relationship names its sides
    ("Russia and Iran signed …"), so they are no words the two reports share."""
    return _content_words(" ".join((*COUNTRIES, *DEMONYMS)))


def _days_apart(da: str, db: str) -> int:
    """Days between two dates of a day; a large number when either is not a day."""
    if len(da) != 10 or len(db) != 10:
        return 99
    return abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days)


def _things_of_both(told_a: str, told_b: str) -> tuple[frozenset[str], frozenset[str]]:
    """The things each report names; a name of two words or more that one report gives with
    its kind ("the Golden Dragon exercises") is named by the other too when it uses the name
    alone ("Golden Dragon began May 16")."""
    a, b = things_in(told_a), things_in(told_b)
    return a | _named_bare(b, told_a), b | _named_bare(a, told_b)


def _named_bare(things: frozenset[str], text: str) -> frozenset[str]:
    """The names of ``things`` of two words or more (no designation) that ``text`` writes
    capitalised ("Golden Dragon"; not "a golden dragon")."""
    return frozenset(t for t in things if " " in t and not re.search(r"\d", t) and any(
        all(w[0].isupper() for w in m.group(0).split()) for m in re.finditer(
            r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text, re.IGNORECASE)))


@lru_cache(maxsize=4096)
def _phrases(text: str) -> frozenset[tuple[str, str]]:
    """Pairs of adjacent common words ("air patrol"); a stop word, a date word or a
    capitalised word (a name: "Islamic Revolution Guards Corps" names many acts; names are
    compared by ``shared_names``) breaks a phrase."""
    pairs, previous = set(), None
    for word in re.findall(r"[A-Za-z][A-Za-z-]+", text):
        word = _stem(word) if word.islower() else ""
        if not word or word in STOPWORDS or word in DATE_WORDS:
            previous = None
            continue
        if previous:
            pairs.add((previous, word))
        previous = word
    return frozenset(pairs)


def _common_overlap(told_a: str, told_b: str) -> float:
    """The share of common words (written in lower case) two quotes have: besides the names
    they share, as the sources many acts cite ("the IRGC told IRNA"), do they tell one act?"""
    return max(_jaccard(_common_words(x), _common_words(y))
               for x in _parts(told_a) for y in _parts(told_b))


@lru_cache(maxsize=4096)
def _common_words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"(?<![\w-])[a-z][a-z-]+", text)
                     if w not in STOPWORDS and w not in DATE_WORDS)


def _nested_dates(a: Candidate, b: Candidate) -> bool:
    """The same date, or one a less precise form of the other ("2023-02", "2023-02-02")."""
    return a.event.date.startswith(b.event.date) or b.event.date.startswith(a.event.date)


def _year_and_month(a: Candidate, b: Candidate) -> bool:
    """One report gives a year, the other a month: a year holds many acts of one kind under
    one name (contracts under a partnership, talks under a pact), so a name and a kind in
    common do not tell one act; their words must ("a contract for helicopter parts in March
    2023 under the X Partnership" / "in 2023 also agreed to build a repair depot, a step of
    their X Partnership": two acts).  The month must be one of that year ("2021" and
    "2023-03" are two acts)."""
    return {len(a.event.date), len(b.event.date)} == {4, 7} and _nested_dates(a, b)


# A count of hardware: "672 K9 howitzers", "18 brand new K9A1 self-propelled howitzers";
# the words between hold no number and no time ("in 2029 delivered 6 jets" counts 6, "within
# 30 days the missiles" counts none), and a year before other words is no count ("in 2029
# Russia sent jets").
_COUNTED = re.compile(r"(?<![\w$€£.,])(\d{1,3}(?:,\d{3})*|\d+)\s+((?:(?!\d|(?:" +
                      "|".join(en.SPAN_UNITS) + r")s?\b)[\w'’-]+\s+){0,4}?)(" +
                      "|".join(en.hardware_forms()) + r")\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _counts(text: str) -> dict[str, set[str]]:
    counted: dict[str, set[str]] = {}
    for number, between, noun in _COUNTED.findall(text):
        if between and _YEAR.fullmatch(number):
            continue
        singular = re.sub(r"ies$", "y", noun.lower()).removesuffix("s")  # "batteries": battery
        counted.setdefault(singular, set()).add(number.replace(",", ""))
    return counted


def _other_counts(told_a: str, told_b: str) -> bool:
    """Both count the same hardware and no count is shared ("a framework for 672 howitzers",
    "a shipment of 18 howitzers arrived"): two acts of one programme, which a year and one of
    its months do not make one, whatever else they share (reports of one day that count one
    delivery two ways are compared by their other rules)."""
    ca, cb = _counts(told_a), _counts(told_b)
    return any(not ca[noun] & cb[noun] for noun in ca.keys() & cb.keys())


def _other_places(a: Candidate, b: Candidate) -> bool:
    """Both name where it happened, and no place in common ("the Makran coast", "the Persian
    Gulf"): an organisation both name (the IRGC) is in two acts."""
    return bool(a.event.places) and bool(b.event.places) and \
        not set(a.event.places) & set(b.event.places)


def other_designations(told_a: str, told_b: str) -> bool:
    """Both reports name designations ("Mi-28", "Su-35") and none is one the other names, or a
    variant of it ("Su-35" / "Su-35S"): two acts."""
    a, b = _designated(things_in(told_a)), _designated(things_in(told_b))
    return bool(a) and bool(b) and \
        not variants_shared(a, b)


def _designated(things: frozenset[str]) -> set[str]:
    return {t for t in things if re.search(r"\d", t) and not t.startswith("$")
            and not re.search(r"[- ](?:19|20)\d\d$", t)}


def _skip(candidate: Candidate) -> frozenset[str]:
    """The words of the people, places and countries a candidate names (compared apart), and
    of the news agencies it cites ("IRNA reported": a source, not what happened)."""
    named = (*candidate.entities.people, *candidate.event.places, *candidate.entities.countries)
    return frozenset(word for name in named for word in re.findall(r"[\w-]+", name)) | \
        _AGENCIES


_AGENCIES = frozenset(word for name in en.NEWS_AGENCIES for word in name.split())


def _own_words(a: Candidate, b: Candidate) -> tuple[str, str]:
    """What each of two candidates says; for two of one article, without the sentences both
    quote (a sentence quoted as the context of another act says nothing of their sameness);
    one quote twice is one statement, compared whole."""
    told_a, told_b = told(a), told(b)
    if a.event.sources[0].article != b.event.sources[0].article or told_a == told_b:
        return told_a, told_b
    parts_a, parts_b = _sentences(told_a), _sentences(told_b)
    return (" ".join(p for p in parts_a if p not in parts_b),
            " ".join(p for p in parts_b if p not in parts_a))


def _sentences(quote: str) -> list[str]:
    return [p.strip(" …") for p in re.split(r"(?<=[.!?”\"…])\s+(?=[A-Z“\"])", quote)]


def told(candidate: Candidate) -> str:
    """What a candidate says: its quote (the card shows it; there is no summary to repeat it)."""
    event = candidate.event
    return event.summary or (event.sources[0].quote if event.sources else event.title)


@lru_cache(maxsize=4096)
def _parts(quote: str) -> tuple[str, ...]:
    """The quote, and each of its sentences when it holds a lead and the sentence dating it."""
    pieces = re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", quote)
    return (quote, *pieces) if len(pieces) > 1 else (quote,)


@lru_cache(maxsize=4096)
def _people_words(people: tuple[str, ...]) -> frozenset[str]:
    """The words of the people a candidate names: compared as people (``same_people``), not
    as wording ("Sunak meets Kishida" and "Kishida and Sunak meet at the castle" share
    one word, "meet", not three)."""
    return frozenset(_stem(w) for name in people for w in re.findall(r"[a-z][a-z-]+",
                                                                     name.lower()))


def _words_apart(text: str, names: frozenset[str]) -> frozenset[str]:
    """The content words of a quote or title that tell its act: not its dateline and agency
    (two stories of one agency both open "MOSCOW (Example News) -"), nor ``names``."""
    words = _act_words(text)
    return words - names if names else words


@lru_cache(maxsize=4096)
def _act_words(text: str) -> frozenset[str]:
    return _content_words(text[dateline_end(text, 0, len(text)):])


def _shares_an_actor(a: Candidate, b: Candidate) -> bool:
    return bool(set(a.event.actors) & set(b.event.actors))


def _dates_compatible(a: Candidate, b: Candidate, same_thing: bool = False) -> bool:
    da, db = a.event.date, b.event.date
    if da == db:
        return True
    if a.event.sources[0].article == b.event.sources[0].article:
        return False
    if da.startswith(db) or db.startswith(da):  # "2015-01" and "2015-01-20"
        # a report of a year is not a report of one of its days: a thing named in a report
        # of its year ("31 Abrams tanks promised in 2023") is not "the Abrams arrived on
        # Monday", and a year holds too many acts of a kind to pick one day by it
        return min(len(da), len(db)) >= 7 or not same_thing and max(len(da), len(db)) < 10
    if len(da) != 10 or len(db) != 10:
        return False
    gap = abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days)
    return gap <= CONFLICT_DAYS and (same_thing or _same_actors(a, b) and bool(
        set(a.event.tags) & set(b.event.tags) & KIND_TAGS))


def _same_actors(a: Candidate, b: Candidate) -> bool:
    pa, pb = a.entities.people, b.entities.people
    if pa and pb:
        return same_people(a, b)
    ca, cb = set(a.entities.countries), set(b.entities.countries)
    if not ca or not cb:  # a report naming no country: the organisations ("WB Group")
        return bool(set(a.event.actors) & set(b.event.actors))
    return len(ca & cb) >= min(2, len(ca), len(cb)) and bool(ca & cb)


def same_people(a: Candidate, b: Candidate) -> bool:
    """Both name people, and share two (or all of the fewer): "Kim Jong Un" is
    "Kim Jong-un", "Sergei Shoigu" is "Shoigu"."""
    pa, pb = _person_keys(a.entities.people), _person_keys(b.entities.people)
    if not pa or not pb:
        return False
    shared = sum(1 for x, keys in zip(a.entities.people, pa, strict=True)
                 if any(keys & other and not _other_first_names(x, y)
                        or _spelled_two_ways(x, y)
                        for y, other in zip(b.entities.people, pb, strict=True)))
    return shared >= min(2, len(pa), len(pb))


def _maybe_same_people(a: Candidate, b: Candidate) -> bool:
    """Both name people who may be the same ones, two (or all of the fewer): each surname the
    start of the other ("Yn", "Yna": a case ending a stem could not lose) and first names
    that agree.  Two reports are two meetings only when their people certainly differ."""
    pa, pb = a.entities.people, b.entities.people
    shared = sum(1 for x in pa if any(_maybe_one(x, y) for y in pb))
    return shared >= min(2, len(pa), len(pb))


def _maybe_one(x: str, y: str) -> bool:
    wx, wy = name_words(x), name_words(y)
    if not wx[-1].startswith(wy[-1]) and not wy[-1].startswith(wx[-1]):
        return False
    return len(wx) < 2 or len(wy) < 2 or any(
        _one_first_name(f, g) for f in wx[:-1] for g in wy[:-1])


def _spelled_two_ways(x: str, y: str) -> bool:
    """One person whose surname two outlets transliterate apart ("Abdourahamane Tchiani" and
    "Abdourahamane Tiani", "Mohammad Bagheri" and "Mohammad Baqeri", "Hossein Dehghan" and
    "Hossein Dehqan"): the first names agree and the surnames agree once the letters
    romanisations swap are folded (``_romanised``).  Not "Ali Larijani" and "Sadegh
    Larijani", nor "Shahram Irani" and "Shahram Iravani"."""
    wx, wy = name_words(x), name_words(y)
    if len(wx) < 2 or len(wy) < 2 or wx[-1] == wy[-1]:
        return False
    return _romanised(wx[-1]) == _romanised(wy[-1]) and \
        any(_one_first_name(f, g) for f in wx[:-1] for g in wy[:-1])


def _romanised(surname: str) -> str:
    """A surname with the letters romanisations of Persian, Arabic and Russian names swap
    folded: "gh"/"q", "kh"/"h", "tch"/"t", "y"/"i", "ou"/"u", and no "h" ("Dehghan",
    "Dehqan": "deqan")."""
    for old, new in (("tch", "t"), ("gh", "q"), ("kh", "h"), ("ou", "u"), ("y", "i"),
                     ("h", "")):
        surname = surname.replace(old, new)
    return surname


def _same_countries(a: Candidate, b: Candidate) -> bool:
    """Both reports name the same two countries or more, and no other."""
    ca, cb = set(a.entities.countries), set(b.entities.countries)
    return len(ca) >= 2 and ca == cb


def _other_people(a: Candidate, b: Candidate) -> bool:
    """Both reports name people, and not the same ones."""
    return bool(a.entities.people) and bool(b.entities.people) and not same_people(a, b)


# Acts that are occasions of their own, not another telling of a ceremony: the two men's
# talks, a visit, a signing ("met in Moscow" and "condemned the strike" the same day).
_OWN_OCCASIONS = {"meeting", "visit", "agreement", "sanctions"}
# Each on their own: "condemned the strike in separate statements", "separately".
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)


def _two_together(a: Candidate, b: Candidate) -> bool:
    """Both reports name two people or more, and the same ones: two people seen together on
    one day, in two articles, are at one occasion."""
    return len(a.entities.people) >= 2 and len(b.entities.people) >= 2 and same_people(a, b)


def _kinds(candidate: Candidate) -> set[str]:
    return set(candidate.event.tags) & KIND_TAGS


def _other_kinds(a: Candidate, b: Candidate) -> bool:
    """Both reports tell a kind of act, and none the same: talks on Monday and a memorandum
    signed on Tuesday, however alike their words ("on deepening cooperation in ..."); a
    memorandum signed and a naval drill held on one day, however both name the frame of the
    relationship ("under / a sign of their Special Strategic and Global Partnership")."""
    ka, kb = _kinds(a), _kinds(b)
    return bool(ka and kb and not ka & kb)


def _namesakes(a: Candidate, b: Candidate) -> bool:
    """One report names a person the other names with the same surname and another first
    name ("Ali Larijani", "Sadegh Larijani"), and neither names both: two people, two acts."""
    pa, pb = a.entities.people, b.entities.people
    if not pa or not pb:
        return False
    return any(_other_first_names(x, y) and not _names_one(pa, y) and not _names_one(pb, x)
               for x in pa for y in pb)


def _names_one(people: tuple[str, ...], name: str) -> bool:
    return any(name_words(p) == name_words(name) for p in people)


def _other_first_names(x: str, y: str) -> bool:
    """The same surname, and no first name in common, neither one name in two spellings
    ("Sergei", "Sergey") nor an initial of it ("Mohammad Javad Zarif" is "Javad Zarif"):
    two people."""
    wx, wy = name_words(x), name_words(y)
    if len(wx) < 2 or len(wy) < 2 or wx[-1] != wy[-1] or "".join(wx) == "".join(wy):
        return False
    return not any(_one_first_name(f.rstrip("."), g.rstrip(".")) for f in wx[:-1]
                   for g in wy[:-1])


def _one_first_name(f: str, g: str) -> bool:
    """One first name, perhaps spelled two ways ("Yuri", "Yury"; "Hossein", "Hosein";
    "Sergei", "Sergey"), or an initial of it."""
    if len(f) == 1 or len(g) == 1:
        return f[0] == g[0]
    return f[:4] == g[:4] or f.startswith(g) or g.startswith(f) or (
        f[:3] == g[:3] and abs(len(f) - len(g)) <= 1)


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """A person's name as lower-case words without accents: outlets write one name with and
    without them ("Sébastien Lecornu", "Sebastien Lecornu"; "Erdoğan", "Erdogan"); and
    without a generation mark after the surname ("Gilberto Teodoro Jr." is "Gilberto
    Teodoro": ``en.NAME_SUFFIXES``)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(c))
    words = plain.lower().replace("-", " ").replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in _NAME_SUFFIXES:
        words.pop()
    return tuple(words)


_NAME_SUFFIXES = frozenset(en.NAME_SUFFIXES)


def _person_keys(people: tuple[str, ...]) -> list[frozenset[str]]:
    keys = []
    for name in people:
        words = name_words(name)
        keys.append(frozenset({"".join(words), words[-1] if len(words) > 1 else "".join(words)}))
    return keys


@lru_cache(maxsize=4096)  # candidates come in date order: the last few days' quotes
def _content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z-]+", text.lower())
    return frozenset(_stem(w) for w in words if w not in STOPWORDS and w not in DATE_WORDS)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def article_of(candidate: Candidate) -> str:
    """The article a candidate comes from."""
    return candidate.event.sources[0].article
