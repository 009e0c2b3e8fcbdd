"""A sentence whose subject only points ("It builds on …", "This follows …") and whose date
lies in a participle's phrase after the thing its verb takes is dated by that thing's act,
so the headline tells it ("Logistics agreement signed by two navies"), never "It builds on
…" (issue 9 items 5 and 6).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("It extends the logistics agreement signed by the two navies in March 2023, which opened "
     "the ports of each to the other's ships.", ("in March 2023",),
     "Logistics agreement signed by two navies"),
    ("This follows the defence pact signed in Accra in 2021.", ("in 2021",),
     "Defence pact signed in Accra"),
    # near misses: the date in the main clause, and a subject that names someone
    ("It was signed by the two navies in March 2023.", ("in March 2023",),
     "It was signed by two navies"),
    ("Ghana relies on the radars delivered by Norway in 2019.", ("in 2019",),
     "Ghana relies on radars delivered by Norway"),
])
def test_a_pointing_subjects_dated_participle_tells_the_act(sentence, dates, expected):
    assert title(sentence, dates) == expected
