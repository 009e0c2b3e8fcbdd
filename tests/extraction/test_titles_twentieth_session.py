"""Headlines of the titles20 session (issue 9 item 6).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates"), [
    # a list's bullet before the sentence: its first word still opens the headline
    ("* The pact would see Norway supply twelve boats to Chile in 2031, the weekly reported.",
     ("in 2031",)),
    ("• The contract, worth an estimated $3 billion, would see Norway supply at least 12 of "
     "the boats to Chile in 2030-2031, the weekly reported.", ("in 2030-2031",)),
])
def test_bullet_does_not_leave_a_lower_case_start(sentence, dates):
    made = title(sentence, dates)
    assert made[:1].isupper(), made



@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # the main verb has a comma after it: still the verb put in the headline's tense
    ("The yearly Iron Harbour drills began in March 2015, shortly after Chile cancelled "
     "similar drills with Peru.", ("in March 2015",), "Yearly Iron Harbour drills begin"),
])
def test_verb_before_a_comma_is_the_verb(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates"), [
    # a report-time phrase between the verb of saying and "that"
    ("The Trade Ministry said last week that no decision had been made on the export licence "
     "signed in May 2019.", ("in May 2019",)),
    ("The Trade Ministry said on Tuesday that no decision had been made on the export licence "
     "signed in May 2019.", ("in May 2019",)),
])
def test_report_time_before_that_goes_with_the_speaker(sentence, dates):
    made = title(sentence, dates)
    assert not made.lower().startswith(("last week", "on tuesday", "tuesday")), made


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # "the then <office> <Name>": the office went, so "then" goes with it
    ("On 3 May 2011, Prime Minister Aldo Ferrant held a video summit with the then Chilean "
     "President Maria Ortega Lunde.", ("On 3 May 2011",), "Ferrant holds video summit with Lunde"),
    ("The then president Maria Lunde signed the deal in May 2011.", ("in May 2011",),
     "Lunde signs deal"),
    # near miss: "then" between two places keeps its sense
    ("The envoy visited Lima and then Santiago in May 2011.", ("in May 2011",),
     "Envoy visits Lima and then Santiago"),
])
def test_then_of_a_dropped_office_goes(sentence, dates, expected):
    assert title(sentence, dates) == expected
