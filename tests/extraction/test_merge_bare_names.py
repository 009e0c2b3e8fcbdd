"""A named exercise or system that one report gives with its kind ("the Sea Guardian
exercise") and another by its name alone ("Sea Guardian began on Friday") is one named thing
(issue 9 item 8): the two reports merge, though they name no country in common.  Near
misses are not that name: the words written in lower case, a name of one word alone (too
weak), an edition's year (compared as a designation), a longer name.  Every article is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_together

from chronology.config import load_config
from chronology.extraction.sameness import _named_bare

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
SAT = "---\npublished: 2021-03-13\n---\n"
WIRE, NEWS = "TEHRAN (Example Wire) - ", "MOSCOW (Example News) - "

OPENED = SAT + WIRE + ("As the Sea Guardian exercises opened on Friday, Iranian commander "
                       "Kamran Rostami thanked Russia for new equipment and for helping to "
                       "upgrade the port of Bandar Abbas.\n")
BEGAN = SAT + NEWS + ("Sea Guardian began on Friday and includes live-fire drills and ship "
                      "maneuvers off Bandar Abbas, spokesman Ali Karimi told Iranian "
                      "television.\n")


def _together(tmp_path, first: str, second: str) -> bool:
    return merged_together(tmp_path, first, second)


@pytest.mark.parametrize(("first", "second", "together"), [
    (OPENED, BEGAN, True),  # "the Sea Guardian exercises" / "Sea Guardian began"
    (BEGAN, OPENED, True),
])
def test_a_name_told_alone_is_the_named_thing(tmp_path, first, second, together):
    assert _together(tmp_path, first, second) is together


@pytest.mark.parametrize(("things", "text", "found"), [
    ({"SEA GUARDIAN"}, "Sea Guardian began on Friday.", {"SEA GUARDIAN"}),
    ({"SEA GUARDIAN"}, "The sea guardian force began.", set()),  # lower case: no name
    ({"GUARDIAN"}, "Guardian began on Friday.", set()),  # one word: too weak alone
    ({"SEA GUARDIAN-2021"}, "Sea Guardian-2021 began.", set()),  # editions: compared as designations
    ({"SEA GUARDIAN"}, "The Sea Guardians Club met.", set()),  # another word
])
def test_named_bare(things, text, found):
    assert _named_bare(frozenset(things), text) == found
