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
])
def test_a_compound_subject_agrees(sentence, dates, expected):
    assert title(sentence, dates) == expected
