"""One weapon named by its maker's name in one report ("Beriev aircraft") and by its
model's in another ("Petrel aircraft") is one thing when a report of the same batch names
them together ("two Beriev Petrel aircraft"): the two reports of one deal merge (issue 9
item 8).  Without that report nothing says the two names are one weapon; a name that is no
weapon's ("the Steppe Falcon exercises"), and a group, an owner or a person before a model
("Kharbat Zephyr drones": no maker of ``en.ARMS_MAKERS``), make no pair (review rv18b item
3).  Every article, maker's deal, model, group, place and count is invented."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.things import NameTable, maker_and_model, things_in

MAKER = story("2022-09-09", "Headline\n\nTEHRAN (Example Wire) - Iran agreed on Thursday to "
              "lease Beriev aircraft from Russia for its coast guard, the navy spokesman "
              "announced.")
MODEL = story("2022-09-09", "Headline\n\nMOSCOW (Example News) - Tehran on Thursday signed a "
              "contract with Russia for 7 Petrel aircraft, its largest naval purchase in years.")
BOTH = story("2024-02-23", "Headline\n\nMOSCOW (Example Post) - Russia handed over two "
             "Beriev Petrel aircraft to Iran on Wednesday at an airfield near Zarechensk.")


def _sources(tmp_path, texts):
    return merged_sources(tmp_path, {f"{n}.md": t for n, t in texts.items()})


def test_maker_and_model_named_together_join_the_batch(tmp_path):
    merged = _sources(tmp_path, {"maker": MAKER, "model": MODEL, "both": BOTH})
    assert ["maker", "model"] in merged


def test_without_the_pair_the_names_stay_apart(tmp_path):
    assert ["maker", "model"] not in _sources(tmp_path, {"maker": MAKER, "model": MODEL})


@pytest.mark.parametrize(("text", "pairs"), [
    ("two Beriev Petrel aircraft", {("BERIEV", "PETREL")}),
    ("Lockheed Martin Gannet missiles", {("LOCKHEED MARTIN", "GANNET")}),  # a two-word maker
    ("Kharbat Zephyr drones", set()),  # a group, no maker
    ("Vostrikov Zephyr drones", set()),  # a person, no maker
    ("Yesterday Petrel aircraft", set()),  # a capitalised word, no maker
    ("Westmark Sukhoi Gannet jets", set()),  # the end of a longer name
    ("two Dassault Rafale jets", {("DASSAULT", "RAFALE")}),
    ("the Steppe Falcon exercises", set()),  # no weapon
    ("new Pakistani Hangor submarines", set()),  # a demonym, no maker
    ("Oman Petrel fighters", set()),  # a country, no maker
])
def test_maker_and_model(text, pairs):
    assert maker_and_model(text) == pairs


def test_the_table_joins_only_the_pair_named():
    names = NameTable()
    names.add("the Sukhoi Gannet missiles and the Sukhoi Petrel missiles")
    gannet, petrel = things_in("Gannet missiles"), things_in("Petrel missiles")
    assert names.joins(frozenset({"SUKHOI"}), gannet)
    assert not names.joins(gannet, petrel)  # no chain through "Sukhoi"


def _candidate(article: str, date: str, saying: str):
    from chronology.events.model import Event, Source
    from chronology.extraction.model import from_event
    return from_event(Event(
        id=f"{date}-{article}", date=date, title=saying[:40], tags=["arms deal"],
        actors=["Iran", "Russia"],
        sources=[Source(article=article, quote=saying, date_text="on Saturday",
                        reported=date, date=date)]))


def test_the_spilled_merge_reads_the_same_table():
    """The driver's merge from disk fills the one table as it takes the candidates in."""
    from chronology.extraction.merge import merge_candidates
    from chronology.extraction.spill import MergedEvents, Spill, SpilledCandidates
    candidates = [
        _candidate("maker", "2022-09-08", "Iran agreed to lease Beriev aircraft from Russia."),
        _candidate("model", "2022-09-08", "Tehran leased 7 Petrel aircraft for its coast."),
        _candidate("both", "2024-02-21", "Two Beriev Petrel aircraft were handed over."),
    ]
    expected = [sorted(s.article for s in e.sources) for e in merge_candidates(candidates)]
    assert ["maker", "model"] in expected
    with Spill() as spill:
        spilled = SpilledCandidates(spill)
        for candidate in reversed(candidates):
            spilled.add([candidate])
        merged = MergedEvents(spill, spilled)
        assert [sorted(s.article for s in e.sources) for e in merged.in_merge_order()] == expected


GROUP_ARRIVED = story("2022-09-09", "Headline\n\nMOSCOW (Example News) - Kharbat fighters "
                      "arrived in Russia from Iran on Thursday to train troops, a source said.")
DRONES = story("2022-09-09", "Headline\n\nMOSCOW (Example Wire) - Russia received a shipment "
               "of Zephyr drones from Iran on Thursday, the ministry said.")
GROUP_AND_MODEL = story("2022-09-10", "Headline\n\nKYIV (Example Post) - Iran has supplied "
                        "Russia with Kharbat Zephyr drones, officials said on Friday.")


def test_a_group_before_a_model_joins_nothing(tmp_path):
    merged = _sources(tmp_path, {"group": GROUP_ARRIVED, "drones": DRONES,
                                 "both": GROUP_AND_MODEL})
    assert not any({"group", "drones"} <= set(sources) for sources in merged)
