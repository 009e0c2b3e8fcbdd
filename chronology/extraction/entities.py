"""People, organisations, countries and places named in a sentence (rules, no model).

People are runs of capitalised words with their titles removed ("Russian Defense Minister
Sergei Shoigu" -> "Sergei Shoigu"); a surname alone ("Shoigu") is resolved against the full
names seen earlier in the article.  Organisations are acronyms ("IRGC") and capitalised runs
ending in an organisation word ("Fars News Agency").  Countries come from the gazetteer
(names, demonyms, and capitals used as subjects); places from locative phrases ("in Tehran").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronology.extraction.gazetteer import CAPITALS, CITIES, REGIONS, country_of, is_place
from chronology.extraction.verbs import is_english_word
from chronology.languages import en

ROLE_WORDS = en.ROLE_WORDS
ORG_WORDS = en.ORG_WORDS
MEDIA_WORDS = en.MEDIA_WORDS
FUNCTION_WORDS = en.FUNCTION_WORDS
# Month and weekday names: never part of a person's name ("Jun", "Mar" may be, so the
# abbreviations are the ones that are not).
MONTHS_DAYS = {names[0] for names in en.MONTH_NAMES} | {d.capitalize() for d in en.WEEKDAYS} | {
    "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"}
LOCATIVE = en.LOCATIVE
_PARTICLES = r"(?:al-|el-|bin |ibn |de |van |von |da |ben )?"
CAPITALISED = re.compile(
    r"(?<![\w'’-])" + _PARTICLES + r"[A-Z][\w'’.-]*(?:\s+" + _PARTICLES + r"[A-Z][\w'’.-]*)*")
ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,6})(?![\w-])(?!\s+[A-Z][a-z])")


@dataclass(frozen=True)
class Entities:
    """What a sentence names, each list in order of first appearance."""

    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    # the words naming the topic's sides as the sentence writes them ("پاکستانی"): a report
    # in a language whose module lists no countries weighs them as nothing (``crosslang``)
    side_words: tuple[str, ...] = ()

    @property
    def actors(self) -> list[str]:
        """People, then organisations, then countries."""
        return list(dict.fromkeys(self.people + self.organisations + self.countries))


_POSSESSIVE_END = re.compile(r"['’]s$")
_RUN_BREAK = re.compile(r"(?<=['’]s)\s+|\s*\n\s*\n\s*")  # after a possessive; a paragraph's end


def _clean(token: str) -> str:
    return _POSSESSIVE_END.sub("", token.strip(".,;:'’")).strip()


_THING_AFTER = re.compile(r"\s+(?:cruise\s+|ballistic\s+|battle\s+|main\s+battle\s+|fighter\s+)?"
                          r"(?:missiles?|tanks?|jets?|drones?|rockets?|howitzers?|launchers?|"
                          r"helicopters?|aircraft|fighters?|systems?|frigates?|submarines?|"
                          r"corvettes?|destroyers?|rifles?)\b")


def capitalised_runs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalised words (with name particles), as (offset, words).

    A possessive ends a run: "Radio Farda's Hossein Aryan" is two runs; so does a blank
    line ("… from the official China Military Online" / "More than 1,300 troops …": a page
    paragraph without its full stop), not a single line break (a name hard-wrapped across
    two lines of wire copy, "Mohammad Reza" / "Ashtiani", is one name).
    """
    runs: list[tuple[int, int, list[str]]] = []
    for match in CAPITALISED.finditer(text):
        if _THING_AFTER.match(text, match.end()) and not any(
                w in ORG_WORDS or w in ROLE_WORDS or country_of(w) for w in match.group(0).split()):
            continue  # "Storm Shadow missiles", "Abrams tanks": a weapon's name, no one's
        whole, start = match.group(0), 0
        if "\n" not in whole and "'" not in whole and "’" not in whole:  # one piece, mostly
            runs.append((match.start(), match.end(), [w for w in map(_clean, whole.split()) if w]))
            continue
        for piece_end, next_start in [(m.start(), m.end()) for m in _RUN_BREAK.finditer(whole)] \
                + [(len(whole), len(whole))]:
            words = [_clean(w) for w in whole[start:piece_end].split()]
            runs.append((match.start() + start, match.start() + piece_end, [w for w in words if w]))
            start = next_start
    return _documents_joined(text, [r for r in runs if r[2]])


_AND = re.compile(r"\s+(?:and|&)\s+")


def _documents_joined(text: str, runs: list[tuple[int, int, list[str]]]) \
        -> list[tuple[int, list[str]]]:
    """A run joined by "and" to a run ending in a document's noun is one name with it: "the
    Special Strategic and Global Partnership", "the Comprehensive and Progressive Agreement"
    (not a person "Special Strategic" and a partnership)."""
    joined: list[tuple[int, int, list[str]]] = []
    for start, end, words in runs:
        if joined and words[-1] in en.DOCUMENT_NOUNS and \
                _AND.fullmatch(text, joined[-1][1], start):
            first, _, before = joined.pop()
            words = before + ["and"] + words
            start = first
        joined.append((start, end, words))
    return [(start, words) for start, _, words in joined]


PLACE_NOUNS = en.PLACE_NOUNS
COUNT_WORDS = en.NAME_COUNT_WORDS  # capitalised counts: never a name
PLACE_PREFIXES = en.PLACE_PREFIXES


# Names written family name first: "Kim Jong-un", "Xi Jinping", "Li Shangfu".
FAMILY_FIRST = en.FAMILY_FIRST


def surname(name: str) -> str:
    """The name a headline uses for a person: the family name ("Shoigu" of "Sergei
    Shoigu", "Kim" of "Kim Jong-un", "Xi" of "Xi Jinping")."""
    parts = name.split()
    if len(parts) >= 2 and (parts[0] in FAMILY_FIRST or re.fullmatch(r"[A-Z][a-z]+-[a-z]+",
                                                                       parts[-1])):
        return parts[0]
    first = len(parts) - 1
    while first > 1 and parts[first - 1] in en.SURNAME_PARTICLES:
        first -= 1  # "Jean-Yves Le Drian" -> "Le Drian"
    return " ".join(parts[first:])


_NOT_INITIALS = {"US", "UK", "EU", "UN", "PM", "MP", "DG", "CM", "TV", "AI", "UAE", "IT", "OK"}


def _initials(word: str, i: int, tail: list[str]) -> bool:
    """"KM" in "KM Rajan", "AK" in "AK Antony": a given name's initials, first, before a
    surname in lower case letters."""
    return i == 0 and len(word) == 2 and word not in _NOT_INITIALS and len(tail) == 2 and \
        not tail[1].isupper()


_INITIAL = re.compile(r"[A-Z]\.")
# Words before an exercise's or an operation's name: "Ex Cyclone-I", "Operation Sindoor".
_NAMED_BY = {"Ex", "Ex.", "Operation", "Op", "Op.", "Exercise", "Exercises"}


def person_name(words: list[str]) -> str | None:
    """The person in a run of capitalised words, titles stripped, or None."""
    tail: list[str] = []
    for word in reversed(words):
        if (word in ROLE_WORDS or word in FUNCTION_WORDS or word in COUNT_WORDS or country_of(word)
                or word in ORG_WORDS or (is_place(word) and tail)):
            break
        tail.insert(0, word)
    tail = tail[-3:]
    named_before = words[len(words) - len(tail) - 1] if len(tail) < len(words) else ""
    if tail and tail[0].rstrip(".") in PLACE_PREFIXES or \
            named_before.rstrip(".") in PLACE_PREFIXES:  # "St Petersburg", "Camp Melchor Dela Cruz"
        return None
    if tail and (tail[-1] in PLACE_NOUNS or tail[-1] in en.DOCUMENT_NOUNS
                 or tail[-1] in en.EVENT_NOUNS or tail[0] in en.EVENT_NOUNS
                 or tail[0] in _NAMED_BY):  # "Exercise Golden Dragon", "Ex Cyclone-I"
        # "Vostochny Cosmodrome", "Shusha Declaration", "Joint Air Exercise": no person
        return None
    initial = _INITIAL  # "S. Jaishankar", "Gilberto C. Teodoro"
    if len(tail) < 2 or any(w in MONTHS_DAYS or (w.isupper() and not initial.fullmatch(w)
                                                 and not _initials(w, i, tail)
                                                 and not (len(w) == 1 and i < len(tail) - 1))
                            or not w[:1].isalpha() or any(ch.isdigit() for ch in w)
                            for i, w in enumerate(tail)) or initial.fullmatch(tail[-1]):
        return None
    name = " ".join(tail)
    if is_place(name) or any(is_place(w) and w not in ("Georgia", "Jordan") for w in tail):
        return None
    if len(tail) == 2 and _adjective(tail[0]) and is_english_word(tail[1]):
        return None  # "Golden Dragon", "Steadfast Defender": an exercise's name, no one's
    return name


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """A word the dictionary knows as an adjective and not as a noun ("Golden", "Red",
    "Steadfast"; not "Frank", a noun too, nor "Sergei", no word at all): no given name."""
    from lemminflect import getAllLemmas
    lemmas = getAllLemmas(word.lower())
    return "ADJ" in lemmas and "NOUN" not in lemmas


def known_people(text: str) -> dict[str, str]:
    """Full names found in ``text``, keyed by surname and by full name."""
    people: dict[str, str] = {}
    for _, words in capitalised_runs(text):
        name = person_name(words)
        if name:
            people.setdefault(surname(name), name)
            people[name] = name
    return people


def find_entities(text: str, people: dict[str, str]) -> Entities:
    """The people, organisations, countries and places named in ``text``."""
    found_people: list[str] = []
    orgs: list[str] = []
    countries: list[str] = []
    for offset, words in capitalised_runs(text):
        name = person_name(words)
        if name:
            found_people.append(people.get(name, name))
        else:
            found_people.extend(people[w] for w in words if w in people and w not in ROLE_WORDS)
        country = country_of(" ".join(words))
        org = None if country else _organisation(words)
        if org:
            orgs.append(org)
        else:
            countries.extend(_countries(text, offset, words))
    orgs.extend(a for a in ACRONYM.findall(text) if _is_acronym_actor(a))
    return Entities(tuple(dict.fromkeys(found_people)), tuple(dict.fromkeys(orgs)),
                    tuple(dict.fromkeys(countries)), tuple(find_places(text)))


def _is_acronym_actor(word: str) -> bool:
    """An organisation acronym, not a country ("US"), a city in a dateline ("MOSCOW")."""
    return not (country_of(word) or is_place(word.title()) or word.title() in MONTHS_DAYS)


def _organisation(words: list[str]) -> str | None:
    """A run ending in an organisation word, minus leading function words and demonyms."""
    while words and (words[0] in FUNCTION_WORDS or words[0] in ROLE_WORDS - ORG_WORDS):
        words = words[1:]
    if words and words[-1] in MEDIA_WORDS:
        return None  # a news outlet reports; it is not an actor
    named = len(words) >= 2 and words[-1] in ORG_WORDS and not all(w in ORG_WORDS for w in words)
    if named and not any(w in ROLE_WORDS - ORG_WORDS for w in words):
        return " ".join(words)
    return None


def _countries(text: str, offset: int, words: list[str]) -> list[str]:
    """Countries named by a run: names, demonyms, and capitals that are not a location."""
    found = []
    joined = " ".join(words)
    whole = country_of(joined)
    if whole:
        return [whole]
    if joined in REGIONS or joined in CITIES:
        return []
    before = text[:offset].split()[-1:] if offset else []
    locative = bool(before) and before[0].lower() in LOCATIVE
    for word in words:
        country = country_of(word)
        parts = [country_of(part) for part in word.split("-")] if "-" in word else []
        if country:
            found.append(country)
        elif len(parts) >= 2 and all(parts):  # "Swedish-Hungarian relations", "Russia-Iran"
            found.extend(parts)
        elif word in CITIES and not locative:
            found.append(CITIES[word])
    return found


_LOCATIVE = re.compile(r"\b(?:in|at|to|near|into|visited|visiting|visit of [^,]{0,60}? to)"
                       r"\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})")


def find_places(text: str) -> list[str]:
    """Places in locative phrases: "in Tehran", "to Moscow", "in the Caspian Sea"."""
    places: list[str] = []
    pattern = _LOCATIVE
    for match in pattern.finditer(text):
        name = _clean(match.group(1))
        words = name.split()
        while words and not is_place(" ".join(words)) and len(words) > 1:
            words = words[:-1]
        candidate = " ".join(words)
        if is_place(candidate) or candidate in REGIONS:
            places.append(candidate)
    # Cities other than capitals are places wherever they appear ("the port of Bandar Abbas").
    for _, words in capitalised_runs(text):
        joined = " ".join(words)
        if joined in CITIES and joined not in CAPITALS:
            places.append(joined)
    return list(dict.fromkeys(places))
