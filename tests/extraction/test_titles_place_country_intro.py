"""An opening phrase of place whose place is told with its country ("In Sekondi, Ghana, …")
goes whole: the country after the place's comma ends the same phrase, so the headline never
opens with "Ghana, Brenner tours …" (issue 9 item 6).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("On Monday, in Sekondi, Ghana, Brenner toured the patrol boat Varna.",
     ("On Monday",), "Brenner tours patrol boat Varna"),
    ("In the harbour of Sekondi, Ghana, on Monday, Norwegian Defence Minister Olaf Brenner "
     "toured the patrol boat Varna.", ("on Monday",),
     "Brenner tours patrol boat Varna"),
    # near miss: a country that is the subject's first member stays
    ("On Monday, in Sekondi, Ghana and Norway signed a deal.", ("On Monday",),
     "Ghana and Norway sign deal"),
])
def test_a_place_and_its_country_are_one_opening_phrase(sentence, dates, expected):
    assert title(sentence, dates) == expected
