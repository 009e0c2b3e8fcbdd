"""Who is who in an article: full names, which topic side each person is on, and who
"the Iranian general" is.

A person's side comes from the words around the name the first times it appears:
"Russian Defense Minister Sergei Shoigu", "Mohammad Bagheri, Chief of Staff of the Iranian
Armed Forces," or "his Russian counterpart, Valery Gerasimov".  A later sentence that names
only "Osipov" then counts as naming the Russian side, and a descriptive subject ("The
Iranian general met ...") is the person of that side mentioned most recently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronology.config import Topic
from chronology.extraction.entities import capitalised_runs, known_people, person_name, surname
from chronology.extraction.gazetteer import REGIONS, country_of
from chronology.extraction.relevance import match_topic
from chronology.languages import en, en_grammar

WINDOW_BEFORE = 45
ROLE_NOUNS = en_grammar.PEOPLE_ROLE_NOUNS


@dataclass
class Cast:
    """The people of an article: surname -> full name, surname -> side, and mentions."""

    names: dict[str, str] = field(default_factory=dict)
    sides: dict[str, str] = field(default_factory=dict)
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, surname)
    # (offset, institution key, side or "" for a country of no side): "the Slovak MoD"
    institutions: list[tuple[int, str, str]] = field(default_factory=list)

    def sides_named(self, text: str) -> set[str]:
        """The topic sides of the people ``text`` names."""
        return {side for surname, side in self.sides.items()
                if re.search(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text)}

    def resolve(self, phrase: str, before: int) -> str | None:
        """Who "He ..." or "Iranian general" (a demonym and a noun) is: the person last named
        before offset ``before`` (of that side, for a demonym), or None."""
        words = phrase.split()
        if words and words[0].lower() in ("he", "she", "his", "her"):
            return self.mentions_before(before)[-1][1] if self.mentions_before(before) else None
        country = country_of(words[0]) if words else None
        if country and len(words) == 2 and words[1].islower():
            return self.recent(country, before)
        if words and words[-1].lower() in ROLE_NOUNS and all(w.islower() for w in words):
            # "The minister said ...": the person the article named last
            return self.mentions_before(before)[-1][1] if self.mentions_before(before) else None
        return None

    def institutions_named(self, text: str, before: int) -> set[str]:
        """The sides of the state institutions ``text`` names bare ("The MoD on <date> chose
        …", "…, the ministry of defence added"): each is the country's the story last
        named that institution with before offset ``before`` ("the Slovak MoD"); none when
        that country is no topic side."""
        sides = set()
        for match in _BARE_INSTITUTION.finditer(text):
            key = en.STATE_INSTITUTIONS[" ".join(match.group("inst").lower().split())]
            side = next((side for offset, name, side in reversed(self.institutions)
                         if offset < before and name == key), "")
            if side:
                sides.add(side)
        return sides

    def mentions_before(self, before: int) -> list[tuple[int, str]]:
        """The person mentions before offset ``before``, in text order."""
        return [m for m in self.mentions if m[0] < before]

    def recent(self, side: str, before: int) -> str | None:
        """The surname of the person of ``side`` mentioned last before offset ``before``."""
        for offset, name in reversed(self.mentions):
            if offset < before and self.sides.get(name) == side:
                return name
        return None


def find_cast(text: str, spans: list[tuple[int, int]], topic: Topic) -> Cast:
    """Names, sides and mentions of the people in the story ``spans`` of ``text``."""
    story = "\n\n".join(text[s:e] for s, e in spans)  # paragraphs: no name runs across
    cast = Cast(names=known_people(story))
    for start, end in spans:
        for offset, words in capitalised_runs(text[start:end]):
            surname = _surname(words, cast.names)
            if surname is None:
                continue
            at = start + offset
            cast.mentions.append((at, surname))
            if surname not in cast.sides:
                side = _side(text, (start, at, end), surname, topic)
                if side:
                    cast.sides[surname] = side
    for abbreviation, side in defined_abbreviations(text, spans, topic).items():
        cast.sides.setdefault(abbreviation, side)
    cast.institutions = _country_institutions(text, spans, topic)
    return cast


_INSTITUTIONS = r"(?i:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                          for w in en.STATE_INSTITUTIONS), key=len,
                                         reverse=True)) + r")"
# "the Slovak MoD", "Chile's defence ministry"; bare: "the MoD", "The Defence Ministry".
_COUNTRY_INSTITUTION = re.compile(r"\b(?P<country>[A-Z][\w-]+)(?:['’]s)?\s+(?P<inst>"
                                  + _INSTITUTIONS + r")(?![\w-])")
_BARE_INSTITUTION = re.compile(r"\b[Tt]he\s+(?P<inst>" + _INSTITUTIONS + r")(?![\w-])")


def _country_institutions(text: str, spans: list[tuple[int, int]],
                          topic: Topic) -> list[tuple[int, str, str]]:
    """Each state institution named with its country, in text order: (offset, its key, the
    topic side of the country, or "" for a country of no side)."""
    found = []
    for start, end in spans:
        for match in _COUNTRY_INSTITUTION.finditer(text, start, end):
            country = match.group("country")
            groups = match_topic(country, topic).groups
            if len(groups) != 1 and not country_of(country):
                continue  # "The new government": no country
            key = en.STATE_INSTITUTIONS[" ".join(match.group("inst").lower().split())]
            found.append((match.start(), key, next(iter(groups)) if len(groups) == 1 else ""))
    return found


_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")
_NAME_WORD = re.compile(r"[\w&][\w'’.&-]*")


def defined_abbreviations(text: str, spans: list[tuple[int, int]], topic: Topic) -> dict[str, str]:
    """Abbreviation -> topic side, for the abbreviations the story defines in brackets right
    after a name of one side ("the Royal Thai Navy (RTN)"): later "The RTN in February
    visited …" names that side. The letters must be the initials of the words before the
    brackets (small words such as "of" skipped), so "Thailand's navy (RTN)" defines nothing;
    a sea's name in it names no side ("Indian Ocean Naval Symposium (IONS)")."""
    found: dict[str, str] = {}
    for start, end in spans:
        for match in _DEFINED.finditer(text, start, end):
            letters = match.group(1)
            words = _NAME_WORD.findall(text[max(start, match.start() - 90):match.start()])
            initials, name = "", []
            for word in reversed(words):
                if len(initials) == len(letters):
                    break
                if word in en.ABBREVIATION_SKIPS and name:
                    name.insert(0, word)
                    continue
                if not word[0].isupper():
                    break
                initials, name = word[0] + initials, [word, *name]
            if initials != letters:
                continue
            named = " ".join(name)
            for region in REGIONS:  # "Indian Ocean Naval Symposium (IONS)": a sea's, no side's
                named = named.replace(region, " ")
            groups = match_topic(named, topic).groups
            if len(groups) == 1:
                found.setdefault(letters, next(iter(groups)))
    return found


def _surname(words: list[str], names: dict[str, str]) -> str | None:
    name = person_name(words)
    if name:
        return surname(names.get(name, name))
    found = [w for w in words if w in names]
    return surname(names[found[-1]]) if found else None


_APPOSITIVE = re.compile(r",[^,.;]{0,80}[,.;]")


def _side(text: str, where: tuple[int, int, int], surname: str, topic: Topic) -> str | None:
    """The one topic side named around a name (``where``: block start, name, block end): its
    titles, the words just before it in its block, and an appositive right after it
    ("Bagheri, chief of the Iranian armed forces,")."""
    start, at, end = where
    before = text[max(start, at - WINDOW_BEFORE):at]
    before = re.split(r"[.;:!?]|\b(?:and|met|meets|with)\b", before)[-1]
    name_end = text.find(surname, at, end)
    name_end = end if name_end < 0 else name_end + len(surname)
    after = _APPOSITIVE.match(text, name_end, end)  # no slice: a block can be megabytes
    window = before + text[at:name_end] + (after.group(0) if after else "")
    groups = match_topic(window, topic).groups
    return next(iter(groups)) if len(groups) == 1 else None
