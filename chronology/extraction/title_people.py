"""The people a headline names: the parties of a meeting ("X meets Y in Z"), everyone a verb
takes, a speaker by surname or by who the article means."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from chronology.extraction.clauses import (
    ARTICLES,
    LOWER_ROLE,
    PRONOUNS,
    drop_intro,
    has_verb,
    is_verb_word,
    surname,
    surnames_in,
)
from chronology.extraction.entities import (
    ORG_WORDS,
    ROLE_WORDS,
    find_places,
)
from chronology.extraction.gazetteer import country_of
from chronology.extraction.headline_tense import plural_subject
from chronology.extraction.sentences import inside, quoted_spans
from chronology.extraction.speakers import SPEECH
from chronology.extraction.title_cut import FUNCTION_END
from chronology.extraction.title_fit import MAX_WORDS as HARD_MAX_WORDS
from chronology.languages import en

Describe = Callable[[str], "str | None"]
MEETING = re.compile(
    r"\b(?:(?P<with>met(?: with)?|meets(?: with)?|meeting(?: with)?|held talks with|hosted|hosts|"
    r"received|receives|"
    r"had (?:a |an )?(?:meeting|talks) with|(?:a |their |the )?meeting with|talks with)"
    r"|(?P<at>(?:at|during) (?:a|their|the) (?:meeting|talks)))\s+", re.IGNORECASE)


def meeting_title(text: str, people: dict[str, str], before_speech: bool = False,
                  describe: Describe | None = None, setting: str = "") -> str | None:
    """"X met Y in Z" / "X and Y at a meeting in Z" -> "X meets Y in Z" / "X and Y meet in Z".

    With ``before_speech`` the meeting must come before the reporting verb ("X and Y at a
    meeting on Tuesday insisted ..."), not inside what was said.
    """
    whole = text
    text = re.sub(r",\s+(?:who|which|whose)\b[^,]*,", "", drop_intro(text))
    match = MEETING.search(text)
    if not match or inside(match.start(), quoted_spans(text)):
        return None
    if match.group(0).startswith("Meeting") and re.search(r"[’']s?\s+$", text[:match.start()]):
        return None  # "the Defence Ministers’ Meeting Plus": a meeting's name, no one meets
    speech = re.search(r"\b" + SPEECH + r"\b", text)
    if before_speech and (speech is None or speech.start() < match.start()):
        return None
    with_form = text[match.end():].startswith("with ")
    end = match.end() + (5 if with_form else 0)
    subjects = surnames_in(text[:match.start()], people)
    if not subjects:
        subjects = [_description(text[:match.start()], describe)]
    # (not the place of another edition: "…, the second such meeting after the first in Tokyo")
    told = _EDITION_APPOSITIVE.split(text[match.start():], maxsplit=1)[0]
    place = find_places(told) or \
        find_places(_EDITION_APPOSITIVE.split(setting or whole, maxsplit=1)[0])
    where = f" in {place[0]}" if place else ""
    if match.group("at") and not with_form:
        if len(subjects) < 2:
            return None
        return f"{' and '.join(subjects[:2])} meet{where}"
    after = text[end:]
    # "met the IRGC Deputy Commander for Coordination, Rear Admiral Ali Fadavi": an office,
    # then its holder's name
    office = not with_form and _OFFICE_THEN_NAME.match(after)
    if office and re.match(r"\s*(?:" + SPEECH + r")\b", after[office.end():]):
        office = None  # "met the Iranian Foreign Minister, Defence Minister Shoigu said": the speaker
    if not with_form and not office and not re.match(r"(?:[A-Z]|(?:his|her|their)\s)", after):
        return None  # "met at the cosmodrome": no one was met
    if office:  # only the holder's name is who was met, not words of the office
        after = after[office.start("name"):]
    objects = [n for n in surnames_in(after[:office.end() - office.start("name") if office
                                            else 80], people) if n not in subjects]
    if not objects or not subjects[0] or has_verb(subjects[0]):
        return None
    verb = "meet" if plural_subject(subjects[0].split()) else "meets"  # "Officials meet X"
    met = f"{subjects[0]} {verb} {_listed(after, objects[0], subjects, people)}{where}"
    return met if len(met.split()) <= HARD_MAX_WORDS else \
        f"{subjects[0]} {verb} {objects[0]} and others{where}"


# "the Islamic Revolution Guards Corps (IRGC) Deputy Commander for Coordination, Rear Admiral
# Ali Fadavi": capitalised words of an office (with "for", "of", "and" and an abbreviation in
# brackets), a comma, then a name of two or more capitalised words.
_OFFICE_THEN_NAME = re.compile(r"the\s+(?:(?:[A-Z][\w'’.-]*|\([A-Z]{2,6}\)|of|for|and|the)\s+)*?"
                               r"[A-Z][\w'’.-]*,\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)")
# Between two people met, no more than a list's comma or "and" and their titles
# ", the second such meeting …": an appositive naming which edition the act is of
_EDITION_APPOSITIVE = re.compile(r",\s+(?:the|its|their)\s+(?:" + "|".join(
    (*en.DAY_ORDINALS, *en.EDITION_HISTORY_WORDS)) + r")\b")
_NOT_LISTED = re.compile(r"[.;:()“”\"]|\b(?:in|on|at|to|for|during|after|before|who|whom|which|"
                         r"that|said|says|while|when|where|with|from|as)\b")


def _listed(after: str, first: str, subjects: list[str], people: dict[str, str]) -> str:
    """"met Russia's Belousov and Iran's Nasirzadeh": everyone the verb takes, joined by
    "and" or commas, not the people named later ("… in a meeting where Ali spoke")."""
    names, at = [first], after.find(first) + len(first)
    for name in surnames_in(after[at:], people):
        found = after.find(name, at)
        gap = after[at:found]
        if name in names or name in subjects or found < 0 or _NOT_LISTED.search(gap) or \
                not re.search(r",|\band\b", gap):
            break
        nxt = re.match(r"\s*([\w'’-]+)", after[found + len(name):])
        if nxt and is_verb_word(nxt.group(1), present=True):
            break  # "…, and Iranian minister Aziz Nasirzadeh said": a clause of its own
        names.append(name)
        at = found + len(name)
    if len(names) > 4:
        return f"{first} and others"  # too many to name in a headline; no one seems alone
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else first


def _description(text: str, describe: Describe | None) -> str:
    """"The Iranian general also" or "He spoke" -> who the article means, if ``describe``
    knows; else the words themselves ("Iranian general")."""
    words = [w for w in ARTICLES.sub("", text).split() if w.lower() not in ("also", "later", "then")]
    if not 0 < len(words) <= 4:
        return ""
    phrase = " ".join(words).strip(" ,")
    owner = {"his": "he", "her": "she"}.get(words[0].lower())
    if owner:  # "His talks with Kim": whose talks, if the article says
        return (describe(owner) if describe else None) or ""
    known = describe(phrase) if describe else None
    if known:
        return known
    return "" if words[0].lower() in PRONOUNS | {"its", "their", "our"} else phrase


# Titles of a person, before their name ("Defence Minister Ashtiani"), not of a body
_PERSON_TITLES = {"President", "Minister", "General", "Gen.", "Admiral", "Colonel", "Commander",
                  "Ambassador", "Envoy", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson",
                  "Director", "Chairman", "Chairwoman", "Speaker", "Leader", "Chief", "Captain",
                  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sheikh", "Emir", "Sultan"}
# "its national space agency, Azercosmos", "the Hungarian foreign minister, Janos Martonyi":
# a description ending in a common noun, then the name it describes, set off by a comma
_DESCRIBED_NAME = re.compile(r"(?P<desc>(?:[^,“”\"]*\s)?[a-z][\w'’-]*),\s+"
                             r"(?P<name>(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*),?")


# "ambassador to Washington Cui Tiankai", "envoy in Ankara Ana Novak": a role posted to a
# place, then the person's name, with no comma between
_POSTED_NAME = re.compile(r"\b[a-z][\w-]*\s+(?:" + "|".join(en.POSTED_TO) + r")\s+(?:the\s+)?"
                          r"(?P<run>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){2,4})$")


def _person_after_place(run: list[str]) -> str:
    """The name after the place in a run of capitalised words: the place is a country of two
    or three words when the gazetteer knows one, else one word; the name has two words or
    more."""
    for size in (3, 2):
        if len(run) - size >= 2 and country_of(" ".join(run[:size])):
            return " ".join(run[size:])
    return " ".join(run[1:]) if len(run) - 1 >= 2 and len(run) - 1 <= 3 else ""


def short_speaker(speaker: str, people: dict[str, str], describe: Describe | None = None) -> str:
    """A speaker as a headline names them: a surname, else who the article means ("the
    minister"), else the phrase without articles ("the press office of the Federal Service
    for …" -> "Federal Service for …": the organisation)."""
    names = surnames_in(speaker, people)
    if names:
        return names[0]
    described = _DESCRIBED_NAME.fullmatch(speaker.strip())
    if described:  # "its national space agency, Azercosmos,": the name the description gives
        name = described.group("name")
        return surname(name) if re.search(LOWER_ROLE + r"$", described.group("desc")) else name
    posted = _POSTED_NAME.search(speaker.strip())
    if posted:  # "China's ambassador to Washington Cui Tiankai": the person after the place
        person = _person_after_place(posted.group("run").split())
        if person:
            return surname(person)
    apposed = re.match(r"([A-Z][^,]*),\s+[a-z]", speaker)
    if apposed:  # "Rosoboronexport, part of the Rostec State Corporation": Rosoboronexport
        speaker = apposed.group(1)
    phrase = re.sub(r"\s+(?:who|that|which)\s.*$", "", ARTICLES.sub("", speaker).strip())
    titled = phrase.split()
    if len(titled) > 1 and titled[-2] in _PERSON_TITLES and titled[-1] not in ORG_WORDS and \
            re.fullmatch(r"[A-Z][a-z][\w'’-]+", titled[-1]) and titled[-1] not in ROLE_WORDS:
        return titled[-1]  # "Iranian Defence Minister Ashtiani" -> "Ashtiani"
    named = re.fullmatch(r"(?:[A-Z][a-z]+\s+)?((?:[a-z][\w-]*\s+)+)([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)",
                         phrase)
    if named and not set(named.group(1).split()) & set(FUNCTION_END):
        return named.group(2)  # "Russian state news agency TASS" -> "TASS"
    owner = re.search(r"\bof\s+([A-Z][^,]*)$", phrase)
    if owner and len(phrase.split()) > 5:
        phrase = owner.group(1)
    return (describe(phrase) if describe else None) or phrase


# "Presidium member, Deputy Secretary of State Security Board and Brandt hosts …": offices
# listed before a name, the last one shortened to the person's surname, and a verb in the
# third person singular after it
_OFFICES_THEN_NAME = re.compile(r"^(?P<offices>[^,;:“”\"]+(?:,\s+[^,;:“”\"]+)*?),?\s+and\s+"
                                r"(?P<name>[A-Z][\w'’-]+)\s+(?P<verb>[a-z][\w-]*s)\b")


def _an_office(item: str) -> bool:
    """"Deputy Secretary of State Security Board", "Presidium member": an office or a
    seat, no one's name (a country, a body's name alone, a person are none); a lower-case word
    other than an office's, a seat's or a name's small word ("Minister signs deal") makes it
    a clause, no office."""
    words = item.split()
    if any(w.islower() and w not in en.SEAT_NOUNS and w not in en.ABBREVIATION_SKIPS
           and w.capitalize() not in ROLE_WORDS for w in words):
        return False
    head = list(takewhile(lambda w: not w.islower(), words))  # before "of …", "for …"
    if any(_holder(before, word) for before, word in zip(head, head[1:], strict=False)):
        return False  # "President Brandt": an office with its holder's name is a person
    return bool(words) and (words[0] in ROLE_WORDS and not country_of(words[0]) or
                            len(words) > 1 and words[-1] in en.SEAT_NOUNS)


def _holder(before: str, word: str) -> bool:
    """``word`` names the holder of the office ``before`` ("President Brandt"): a capitalised
    word right after an office's word, before any "of", that is no office, body or country
    word ("Deputy Secretary", "Defence Minister": the office goes on)."""
    return before in ROLE_WORDS and word[:1].isupper() and word not in ROLE_WORDS and \
        word not in en.ORG_WORDS and not country_of(word)


def offices_of_one(title: str) -> str:
    """"Presidium member, Deputy Secretary of State Security Board and Brandt hosts
    dinner" -> "Brandt hosts dinner": the offices of the one person whose surname ends
    the list go with the rest of the person's name; the singular verb says one acts ("Navy
    chief and Brandt meet" tells two people, and stays)."""
    found = _OFFICES_THEN_NAME.match(title)
    if not found or country_of(found.group("name")) or \
            not all(_an_office(item) for item in found.group("offices").split(", ")):
        return title
    return title[found.start("name"):]
