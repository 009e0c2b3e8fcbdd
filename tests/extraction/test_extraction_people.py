"""Who is a person: the names headlines shorten and merging compares (``entities.py``)."""

from __future__ import annotations

import pytest

from chronology.extraction.clauses import shorten_people
from chronology.extraction.entities import capitalised_runs, known_people, person_name


def _people(text: str) -> list[str]:
    return [name for _, words in capitalised_runs(text) if (name := person_name(words))]


@pytest.mark.parametrize(("text", "people"), [
    # an exercise's name at the start of a sentence: an adjective first, no given name
    ("Golden Dragon began on May 16, the ministry said.", []),
    ("Steadfast Defender opened in Poland on Monday.", []),
    # near misses: given names that are words too, and a first name no dictionary knows
    ("Frank Kendall and Rich Lowry spoke on Monday.", ["Frank Kendall", "Rich Lowry"]),
    ("Sergei Shoigu met Mohammad Reza Ashtiani in Tehran.", ["Sergei Shoigu",
                                                             "Mohammad Reza Ashtiani"]),
    # initials without their full stops, first or in the middle
    ("President Ferdinand R. Marcos, Jr. gave US troops access.", ["Ferdinand R Marcos"]),
    ("External Affairs Minister S. Jaishankar met Gilberto C. Teodoro.",
     ["S Jaishankar", "Gilberto C Teodoro"]),
    # a camp or a base named after a person is a place
    ("The sites are Naval Base Camilo Osias and Camp Melchor Dela Cruz in Gamu.", []),
    # a named partnership, like a named treaty, is a document's name, no one's
    ("The ministers signed the Nuclear-Powered Submarine Partnership in Astrakhan.", []),
    # and so is one whose words are joined by "and", however many
    ("They met under their Special Strategic and Global Partnership on Monday.", []),
    ("Vietnam joined the Comprehensive and Progressive Agreement in 2018.", []),
    # near miss: two people joined by "and", no document's noun after them
    ("Abbas Araghchi and Sergei Lavrov met.", ["Abbas Araghchi", "Sergei Lavrov"]),
])
def test_people_named(text, people):
    assert _people(text) == people


def test_a_name_does_not_run_across_a_paragraph_end():
    """A page paragraph without its full stop ("… the official China Military Online") and
    the next paragraph's first word ("More than 1,300 troops …") are no one's name; a name
    hard-wrapped across two lines of one paragraph is one name."""
    text = ("Drills began on May 16, said the official China Military Online\n\n"
            "More than 1,300 troops took part.")
    assert "Online More" not in known_people(text)
    assert [words for _, words in capitalised_runs(text)][-2:] == [
        ["China", "Military", "Online"], ["More"]]
    wrapped = ("Iranian Defence Minister Brigadier General Mohammad Reza\nAshtiani met Russian "
               "Defence Minister Sergei Shoigu in Moscow.")
    assert "Mohammad Reza Ashtiani" in known_people(wrapped)


def test_the_cast_of_separate_paragraphs_runs_no_name_across_them():
    from chronology.config import Topic
    from chronology.extraction.people import find_cast
    text = "Drills began, said the official China Military Online\nMore than 1,300 troops."
    cast = find_cast(text, [(0, text.index("\n")), (text.index("\n") + 1, len(text))],
                     Topic(actors={}, terms=()))
    assert "Online More" not in cast.names


def test_a_name_suffix_leaves_the_headline_with_the_surname():
    assert shorten_people("President Ferdinand R. Marcos, Jr. gave US troops access",
                          {}) == "Marcos gave US troops access"
    assert shorten_people("Ferdinand Marcos Jr. gave US troops access", {}) == \
        "Marcos gave US troops access"


@pytest.mark.parametrize(("text", "countries"), [
    ("Swedish-Hungarian relations have reached a strategic level.", ("Sweden", "Hungary")),
    ("The Russia-Iran deal was signed.", ("Russia", "Iran")),
    # near misses: a hyphenated word that is not countries only
    ("The Su-35 jets, Al-Sisi said, guard the Indo-Pacific.", ()),
])
def test_countries_joined_by_a_hyphen(text, countries):
    from chronology.extraction.entities import find_entities
    assert find_entities(text, {}).countries == countries


@pytest.mark.parametrize(("name", "country"), [
    ("Burkina Faso", "Burkina Faso"), ("Nigerien", "Niger"), ("Niger", "Niger"),
    ("Nigeria", "Nigeria"), ("Lao", "Laos"), ("Djiboutian", "Djibouti"),
])
def test_the_countries_of_the_real_set_are_known(name, country):
    from chronology.extraction.gazetteer import country_of
    assert country_of(name) == country


def test_a_country_without_a_city_listed_adds_no_empty_capital():
    from chronology.extraction.gazetteer import CAPITALS
    assert "" not in CAPITALS
