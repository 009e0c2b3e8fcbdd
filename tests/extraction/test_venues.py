"""A country named only as the scene of an act of the two sides ("during a trip to Israel") is
no party to it: the sentence stays on topic (issue 9, real article 419); one side's act during
its trip to a third country is an act with that country (review F).  Invented wire copy."""

from __future__ import annotations

import pytest
from one_article import CONFIG
from one_article import article_events as _events

from chronology.extraction.relevance import other_countries

LEAD = ("MOSCOW, Sept 10 (Reuters) - Russia and Iran agreed on Tuesday to deepen defence "
        "cooperation, the Russian defence ministry said.\n\n")


@pytest.mark.parametrize("sentence", [
    "Iranian Defence Minister Nasirzadeh held defence talks with Russian officials on Monday "
    "during a visit to South Korea.",
    "Iranian Defence Minister Nasirzadeh announced new purchases of Russian jets on Monday "
    "during a trip to Serbia and said the first jets would arrive soon.",
])
def test_the_scene_of_an_act_is_no_party(tmp_path, sentence):
    dates = sorted(e.date for e in _events(tmp_path, "2024-09-10", LEAD + sentence))
    assert dates == ["2024-09-09", "2024-09-10"]


@pytest.mark.parametrize("sentence", [
    "Shoigu signed a military cooperation agreement on Monday during a visit to North Korea.",
    "Iran's defence minister bought drones on Monday during a trip to Turkey.",
])
def test_one_sides_act_during_its_trip_is_an_act_with_that_country(tmp_path, sentence):
    dates = sorted(e.date for e in _events(tmp_path, "2024-09-10", LEAD + sentence))
    assert dates == ["2024-09-10"]


@pytest.mark.parametrize(("text", "others"), [
    ("Shoigu met his Chinese counterpart on Monday during a visit to Beijing.", ["China"]),
    ("Iran bought jets from China during a trip by Russian officials.", ["China"]),
    ("Shoigu met Iranian officials during his tour of South Korea, the ministry said.", []),
])
def test_a_party_named_outside_the_scene_still_counts(text, others):
    assert other_countries(text, CONFIG.topic) == others
