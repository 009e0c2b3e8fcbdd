"""One weapon named by its maker's name in one report ("Yakovlev jets") and by its
model's in another ("Mitten jets") is one thing when a report of the same batch names
them together ("the first Yakovlev Mitten aircraft"): the two reports of one deal merge
(issue 9 item 8).  Without that report nothing says the two names are one weapon; a name
that is no weapon's ("the Steppe Falcon exercises") makes no pair.  Every article is
invented."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.things import NameTable, maker_and_model, things_in

MAKER = story("2023-11-05", "Headline\n\nTEHRAN (Example Wire) - Iran agreed on Saturday to "
              "acquire Yakovlev jets from Russia worth several hundred million dollars, the "
              "defence ministry announced.")
MODEL = story("2023-11-05", "Headline\n\nMOSCOW (Example News) - Tehran on Saturday signed a "
              "contract with Russia for 12 Mitten jets, its biggest arms purchase in a decade.")
BOTH = story("2025-06-18", "Headline\n\nMOSCOW (Example Post) - Russia delivered its first "
             "Yakovlev Mitten aircraft to Iran on Tuesday at a plant in Irkutsk.")


def _sources(tmp_path, texts):
    return merged_sources(tmp_path, {f"{n}.md": t for n, t in texts.items()})


def test_maker_and_model_named_together_join_the_batch(tmp_path):
    merged = _sources(tmp_path, {"maker": MAKER, "model": MODEL, "both": BOTH})
    assert ["maker", "model"] in merged


def test_without_the_pair_the_names_stay_apart(tmp_path):
    assert ["maker", "model"] not in _sources(tmp_path, {"maker": MAKER, "model": MODEL})


@pytest.mark.parametrize(("text", "pairs"), [
    ("the first Yakovlev Mitten aircraft", {("YAKOVLEV", "MITTEN")}),
    ("two Dassault Rafale jets", {("DASSAULT", "RAFALE")}),
    ("the Steppe Falcon exercises", set()),  # no weapon
    ("new Pakistani Hangor submarines", set()),  # a demonym, no maker
    ("Oman Mitten fighters", set()),  # a country, no maker
])
def test_maker_and_model(text, pairs):
    assert maker_and_model(text) == pairs


def test_the_table_joins_only_the_pair_named():
    names = NameTable()
    names.add("the Admiral Grigorovich missiles and the Admiral Makarov missiles")
    grigorovich, makarov = things_in("Grigorovich missiles"), things_in("Makarov missiles")
    assert names.joins(things_in("Admiral missiles"), grigorovich)
    assert not names.joins(grigorovich, makarov)  # no chain through "Admiral"


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
        _candidate("maker", "2023-11-04", "Iran agreed to acquire Yakovlev jets from Russia."),
        _candidate("model", "2023-11-04", "Tehran bought 12 Mitten jets in a large purchase."),
        _candidate("both", "2025-06-17", "The first Yakovlev Mitten aircraft were handed over."),
    ]
    expected = [sorted(s.article for s in e.sources) for e in merge_candidates(candidates)]
    assert ["maker", "model"] in expected
    with Spill() as spill:
        spilled = SpilledCandidates(spill)
        for candidate in reversed(candidates):
            spilled.add([candidate])
        merged = MergedEvents(spill, spilled)
        assert [sorted(s.article for s in e.sources) for e in merged.in_merge_order()] == expected
