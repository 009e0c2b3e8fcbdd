"""Headlines of the tp20 session, from the fresh title pool (issue 9 item 6).  Every sentence
is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a country whose name has "New" inside it is no person cut to a surname
    ("Papua New Guinea and Fiji signed a coast guard pact on 4 May 2021.", ("on 4 May 2021",),
     "Papua New Guinea and Fiji sign coast guard pact"),
    # a place after its kind ("the port of …") is no person either
    ("The corvettes arrived at the naval port of Khao Lam on 2 June 2019.",
     ("on 2 June 2019",), "Corvettes arrive at naval port of Khao Lam"),
    # near miss: a minister's name is still cut to the surname
    ("Defence Minister Aldo Ferrant signed the pact on 4 May 2021.", ("on 4 May 2021",),
     "Ferrant signs pact"),
])
def test_place_names_are_not_cut_like_people(sentence, dates, expected):
    assert title(sentence, dates) == expected

