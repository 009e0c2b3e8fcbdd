"""A side's attack on a city of a third country ("Russia launched a missile attack on Kyiv"),
told in a sentence naming that side only, is its war with that country, not an act of the
relationship; a side's act in its own city, an attack told with both sides, and the other
side's weapons used in a strike (a sentence naming no side) stay. Invented wire sentences."""

from __future__ import annotations

import pytest
from one_article import article_events

from chronology.config import SiteConfig, Topic

CONFIG = SiteConfig(
    period=(2000, 2030),
    topic=Topic(
        actors={"Russia": ("Russia", "Russian", "Moscow", "Kremlin"),
                "India": ("India", "Indian", "New Delhi", "Delhi")},
        terms=("military", "missile", "missiles", "jets", "drill", "deal", "navy"),
    ),
)

LEAD = "NEW DELHI, March 14 (Example Wire) - Russia delivered two frigates to India on Monday.\n\n"


def _dates(tmp_path, body: str) -> list[str]:
    return sorted(e.date for e in article_events(tmp_path, "2023-03-14", LEAD + body, CONFIG))


@pytest.mark.parametrize("sentence", [
    "Russia launched a massive missile attack on Kyiv on Saturday.",
    "Russian forces fired missiles at Kharkiv on Sunday, killing five people.",
    "Russian jets struck Odesa on Sunday.",
])
def test_an_attack_on_a_third_countrys_city_is_not_the_relationships(tmp_path, sentence):
    assert _dates(tmp_path, sentence) == ["2023-03-13"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Indian jets struck targets near Delhi during a drill on Sunday.", "2023-03-12"),
    ("Russia launched a missile attack on Kyiv on Saturday, hours after India and Russia "
     "signed the deal.", "2023-03-11"),
])
def test_a_sides_own_city_or_both_sides_stay(tmp_path, sentence, date):
    assert date in _dates(tmp_path, sentence)
