"""An abbreviation the story defines in brackets after a name of one side names that side
(``people.defined_abbreviations``): "the Royal Thai Navy (RTN)", then "The RTN … visited"."""

from __future__ import annotations

from one_article import article_events, site_config

SITE = """title: Thailand–China defence
period: {start: 2005, end: 2030}
topic:
  actors:
    China: [China, Chinese, Beijing]
    Thailand: [Thailand, Thai, Bangkok]
  terms: [military, navy, submarine]
"""


def test_abbreviation_defined_after_a_name_of_one_side(tmp_path):
    from chronology.extraction.people import defined_abbreviations

    topic = site_config(tmp_path, SITE).topic
    text = ("Beijing sold the Royal Thai Navy (RTN) a boat built by the China Marine Works "
            "Group (CMWG). The Ministry of Defence (MOD) in Bangkok agreed.")
    assert defined_abbreviations(text, [(0, len(text))], topic) == {"RTN": "Thailand",
                                                                    "CMWG": "China"}
    # letters that are not the initials of the words before them define nothing
    loose = "Bangkok's navy (RTN) waited."
    assert defined_abbreviations(loose, [(0, len(loose))], topic) == {}
    # a body named after a sea ("South China Sea") is no side's, whatever its name says
    sea = "Navies met at the South China Sea Naval Forum (SCSNF) in May."
    assert defined_abbreviations(sea, [(0, len(sea))], topic) == {}


def test_a_later_sentence_naming_the_abbreviation_is_on_topic(tmp_path):
    body = ("Thai submarine talks go on\n\n"
            "BANGKOK -- Beijing sold the Royal Thai Navy (RTN) a submarine in 2019, and the boat "
            "has waited for its engines since.\n\n"
            "The RTN in March was reported to have visited Wuhan in China to inspect a "
            "substitute engine.")
    events = article_events(tmp_path, "2024-06-20", body, site_config(tmp_path, SITE))
    assert any(e.date == "2024-03" and "Wuhan" in e.title for e in events)
