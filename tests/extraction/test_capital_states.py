"""A capital before "government" stands for its state: "The Beijing government said …" in a
Russia–Iran story names a third country, a party to what it tells; the capitals of the sides,
and a capital that is only the scene of an act, change nothing."""

from __future__ import annotations

from one_article import CONFIG, article_events

from chronology.extraction.relevance import other_countries

LEAD = ("MOSCOW, June 10 (Example Wire) - Russia delivered two Su-35 jets to Iran on Monday, "
        "the defence ministry said.\n\n")


def _dates(tmp_path, body, published="2024-06-10"):
    return sorted(e.date for e in article_events(tmp_path, published, body))


def test_a_third_capital_s_government_is_a_third_country():
    said = "The Beijing government said in May that 20 new jets ordered from Russia would arrive."
    assert other_countries(said, CONFIG.topic) == ["China"]
    assert other_countries("The Tehran government said in May that the jets arrived.",
                           CONFIG.topic) == []


def test_its_own_procurement_is_no_event_of_the_sides(tmp_path):
    body = LEAD + ("The Beijing government said in May that 20 new jets ordered from Russia "
                   "were expected to arrive by 2026.")
    assert _dates(tmp_path, body) == ["2024-06-10"]


def test_a_capital_as_the_scene_or_a_side_s_government_stays(tmp_path):
    for sentence, date in (
            ("The Tehran government said in May that the jets ordered from Russia had "
             "arrived.", "2024-05"),
            ("Russia and Iran signed a new arms agreement in Beijing in May.", "2024-05")):
        assert date in _dates(tmp_path, LEAD + sentence), sentence
