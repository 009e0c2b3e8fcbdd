"""A headline-style line with its passive's auxiliary left out ("Agreement signed in Accra
on Monday.") keeps its participle: a verb that takes an object, right before a preposition,
after a thing, is a passive, never "Agreement signs in Accra" (issue 9 item 6).  Every
sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Agreement signed in Accra on Monday.", ("on Monday",), "Agreement signed in Accra"),
    ("Ceremony of boats built for the Ghana Navy held at the Sekondi yard on Monday.",
     ("on Monday",), "Ceremony of boats built for Ghana Navy held at Sekondi yard"),
    # near misses: an act with its object, and a country's act, take the headline's present
    ("Officials held talks in Accra on Monday.", ("on Monday",), "Officials hold talks in Accra"),
    ("India delivered to the Philippines the first batch of missiles on Monday.", ("on Monday",),
     "India delivers to Philippines first batch of missiles"),
])
def test_a_headlines_passive_keeps_its_participle(sentence, dates, expected):
    assert title(sentence, dates) == expected
