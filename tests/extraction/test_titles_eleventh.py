"""Headlines of the eleventh round: no adverb that only places the act before the report
("earlier", "previously": the event's date does that on a timeline).  Each rule has a near
miss that must stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = (), statement: bool = False) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, statement)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("The defence minister earlier inspected the new frigate at the Gdansk yard in May 2023.",
     ("in May 2023",), "Defence minister inspects new frigate at Gdansk yard"),
    ("The Defence Minister, earlier, opened the naval museum in Split in June last year.",
     ("in June last year",), "Defence Minister opens naval museum in Split"),
    ("Kovac travelled to Zagreb previously in March, meeting the navy's top officers.",
     ("in March",), "Kovac travels to Zagreb"),
    # near misses: an "earlier" before a noun is an adjective; "later" is not the report's
    ("The contract follows an earlier agreement signed on 11 June.", ("on 11 June",),
     "Contract follows earlier agreement"),
])
def test_adverbs_placing_the_act_before_the_report_go(sentence, dates, expected):
    assert title(sentence, dates) == expected
