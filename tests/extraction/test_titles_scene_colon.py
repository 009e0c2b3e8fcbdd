"""A short clause that only sets a scene before a colon ("A rare moment came: …") is no act:
the clause after the colon tells it, so the headline is never "Rare moment comes" (issue 9 item 6).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("On Monday, in the harbour of Sekondi, Ghana, a rare moment came: Norwegian Defence "
     "Minister Olaf Brenner toured the patrol boat Varna.", ("On Monday",),
     "Brenner tours patrol boat Varna"),
    # near miss: an agreement before the colon is the act itself
    ("On Monday the two sides agreed: Norway will deliver the boats in May.", ("On Monday",),
     "Two sides agree"),
])
def test_a_scene_before_a_colon_gives_way_to_the_act(sentence, dates, expected):
    assert title(sentence, dates) == expected
