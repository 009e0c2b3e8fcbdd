"""Words in common are the words of the act: the names of the people both reports name are
compared as people (``same_people``), not counted again as shared wording."""

from __future__ import annotations

from chronology.events.model import Event, Source
from chronology.extraction.merge import merge_candidates
from chronology.extraction.model import from_event

# Invented: one article tells a signing and, apart, the talks of the same two ministers that
# day; another tells both in one sentence, in the signing's words.
SIGNED = ("Ali Karimi and Ivan Sokolov signed an accord that allows Iranian and Russian cadets "
          "to train on each other's warships, the ministry said on Wednesday.")
HOSTED = "Earlier on Wednesday Sokolov hosted Karimi for talks."
BOTH = ("Ali Karimi and Ivan Sokolov met today at the Admiralty building and formally signed "
        "an accord allowing cadets to train on each other's ships.")


def _candidate(article: str, quote: str, title: str, tags: list[str]):
    return from_event(Event(id="e", date="2023-01-11", title=title, tags=tags,
                            actors=["Ali Karimi", "Ivan Sokolov", "Iran", "Russia"],
                            sources=[Source(article=article, quote=quote, date="2023-01-11")]))


def test_a_report_of_two_acts_joins_the_one_it_shares_words_with_not_names():
    signed = _candidate("a1", SIGNED, "Karimi and Sokolov sign naval training accord",
                        ["agreement"])
    hosted = _candidate("a1", HOSTED, "Sokolov meets Karimi", ["meeting"])
    both = _candidate("b2", BOTH, "Karimi and Sokolov meet at Admiralty building",
                      ["agreement", "meeting"])
    events = {e.title: [s.article for s in e.sources]
              for e in merge_candidates([signed, hosted, both])}
    assert events == {"Karimi and Sokolov sign naval training accord": ["a1", "b2"],
                      "Sokolov meets Karimi": ["a1"]}
