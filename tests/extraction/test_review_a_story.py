"""Review A problem 9: a sentence naming no side goes on with the story when its definite
subject is a thing an on-topic sentence before named ("two more squadrons … The first
squadron was delivered in December 2021"); not a party, a plan, a saying, or a thing no
on-topic sentence told of."""

from __future__ import annotations

import pytest
from one_article import article_events

from chronology.config import SiteConfig, Topic
from chronology.extraction.told_things import subject_head

CONFIG = SiteConfig(
    period=(2000, 2030),
    topic=Topic(
        actors={"Ruritania": ("Ruritania", "Ruritanian", "Strelsau"),
                "Pakistan": ("Pakistan", "Pakistani", "Islamabad", "Karachi")},
        terms=("military", "navy", "frigate", "frigates", "contract", "agreement", "air defence"),
    ),
)
LEAD = ("KARACHI, March 9 (Wire) - Pakistan and Ruritania on Tuesday signed a contract for two "
        "more squadrons of the Strela-9 air defence system, officials said.")


def _events(tmp_path, *sentences: str) -> list[tuple[str, str]]:
    body = "Pakistan, Ruritania sign air defence contract\n\n" + "\n\n".join((LEAD, *sentences))
    return sorted((e.date, e.title) for e in article_events(tmp_path, "2024-03-09", body, CONFIG))


@pytest.mark.parametrize(("sentence", "date"), [
    ("The first squadron was delivered in December 2021.", "2021-12"),
    ("The first two squadrons of the order arrived in May 2022.", "2022-05"),
    ("The third squadron arrived at its base in October 2022.", "2022-10"),
])
def test_the_thing_told_goes_on_with_the_story(tmp_path, sentence, date):
    assert date in [d for d, _ in _events(tmp_path, sentence)]


@pytest.mark.parametrize("sentence", [
    "The minister arrived in the capital in December 2021.",  # a party: whose?
    "The squadron will be delivered in December 2026.",  # a plan
    "The contract says squadrons will be delivered within 24 months, from May 2025.",
    "The stadium was built in December 2021.",  # no on-topic sentence told of a stadium
    "The first squadron was bought by Turkey in December 2021.",  # another country's
])
def test_a_bare_or_other_sentence_gives_nothing(tmp_path, sentence):
    assert [d for d, _ in _events(tmp_path, sentence)] == ["2024-03-05"]


@pytest.mark.parametrize(("subject", "head"), [
    ("The first and second squadrons were delivered", "squadrons"),
    ("The first two ships of the class, A and B, were commissioned", "ships"),
    ("Its frigate arrived", "frigate"),
    ("The country received", None),
    ("The two sides signed", None),
    ("The report said the jets arrived", None),
    ("The jets have a range of 500 km", None),
    ("Ruritania delivered", None),
])
def test_subject_head(subject, head):
    assert subject_head(subject) == head


@pytest.mark.parametrize(("sentence", "expected"), [
    # things named by their order, dated in turn
    ("The first and second squadrons were delivered in December 2021 and April 2022 "
     "respectively.", [("2021-12", "First squadron delivered"),
                       ("2022-04", "Second squadron delivered")]),
    # names set off by commas after the noun they name
    ("The first two Ruritanian frigates, PNS Alpha and PNS Bravo, were commissioned in "
     "November 2021 and June 2022 respectively.", [("2021-11", "PNS Alpha commissioned"),
                                                   ("2022-06", "PNS Bravo commissioned")]),
    # the next thing in the order, with its own act and date, after "respectively"
    ("The first and second squadrons were delivered in December 2021 and April 2022 "
     "respectively, and the third arrived in October 2022, officials said.",
     [("2021-12", "First squadron delivered"), ("2022-04", "Second squadron delivered"),
      ("2022-10", "Third squadron arrives")]),
    ("The first two Ruritanian frigates, PNS Alpha and PNS Bravo, were commissioned in "
     "November 2021 and June 2022 respectively, while the third, PNS Charlie, joined the fleet "
     "in September 2023.", [("2021-11", "PNS Alpha commissioned"),
                            ("2022-06", "PNS Bravo commissioned"),
                            ("2023-09", "PNS Charlie joins fleet")]),
])
def test_the_things_of_the_story_dated_in_turn(tmp_path, sentence, expected):
    events = _events(tmp_path, sentence)
    assert [e for e in events if e[0] != "2024-03-05"] == expected
