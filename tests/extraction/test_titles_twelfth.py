"""Headlines of the twelfth round: a closed-up English compound opening the sentence is a
common noun, not a name ("Minesweepers of the Baltic Fleet hold"), and a participle's "by"
phrase leaves the headline with its participle.  Each rule has near misses that must stay as
they were.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.headline_tense import plural_subject
from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = (), statement: bool = False) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, statement)


@pytest.mark.parametrize(("subject", "plural"), [
    ("Warships", True), ("Minesweepers", True), ("Peacekeepers", True), ("Carmakers", True),
    # near misses: names ending in -s stay one company or one person
    ("Rosoboronexport", False), ("Thales", False), ("Airbus", False), ("Marcos", False),
    ("Qantas", False), ("Williams", False), ("Jenkins", False),
    # names that split into two words by chance: the second is no plural noun of four letters
    ("Matthews", False), ("Stephens", False), ("Hastings", False), ("Barclays", False),
])
def test_a_closed_compound_is_no_name(subject, plural):
    assert plural_subject([subject]) is plural


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Minesweepers of the Baltic Fleet and the Polish Navy cleared the channel near Gdynia "
     "on Tuesday.", ("on Tuesday",),
     "Minesweepers of Baltic Fleet and Polish Navy clear channel near Gdynia"),
    # near misses: a company whose name ends in -s takes the singular
    ("Thales signed the radar contract with the Danish navy on Tuesday.", ("on Tuesday",),
     "Thales signs radar contract with Danish navy"),
    ("Qantas ordered twelve new airliners on Tuesday.", ("on Tuesday",),
     "Qantas orders twelve new airliners"),
    ("Stephens signed the frigate contract in Oslo on Tuesday.", ("on Tuesday",),
     "Stephens signs frigate contract in Oslo"),
])
def test_a_compound_subject_agrees(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a participle's "by" phrase the headline cannot hold goes with its participle
    ("Frigates of the Russian Northern Fleet and the Royal Norwegian Navy commanded by Rear "
     "Admiral Oleg Volkov held the joint exercise near Kirkenes on Tuesday.", ("on Tuesday",),
     "Frigates of Russian Northern Fleet and Royal Norwegian Navy hold joint exercise"),
    ("Frigates of the Russian Baltic Fleet and the Royal Danish Navy headed by Rear Admiral "
     "Oleg Volkov held the joint exercise near Kiel on Tuesday.", ("on Tuesday",),
     "Frigates of Russian Baltic Fleet and Royal Danish Navy hold joint exercise"),
    # a phrase joined by "and" goes with its "and"
    ("A Polish military delegation headed by Nowak and including three senior procurement "
     "officials arrived in Seoul on Tuesday.", ("on Tuesday",),
     "Polish military delegation headed by Nowak arrives in Seoul"),
    ("A Polish military delegation headed by Nowak and accompanied by three senior procurement "
     "officials arrived in Seoul on Tuesday.", ("on Tuesday",),
     "Polish military delegation headed by Nowak arrives in Seoul"),
    # near misses: a short "by" phrase stays whole, with the surname; a noun's "by" is no
    # participle's
    ("Frigates of the Japanese Navy and the Indian Navy commanded by Rear Admiral Arjun Mehta "
     "held the joint exercise near Okinawa on Tuesday.", ("on Tuesday",),
     "Frigates of Japanese Navy and Indian Navy commanded by Mehta hold joint exercise"),
    ("The visit by the Indian defence minister and the chiefs of the three services to the "
     "Severodvinsk shipyard ended on Tuesday.", ("on Tuesday",),
     "Visit by Indian defence minister and chiefs of three services ends"),
])
def test_a_participle_leaves_with_its_by_phrase(sentence, dates, expected):
    assert title(sentence, dates) == expected
