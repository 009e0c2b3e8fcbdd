"""A programme's name ("the LAND 400 Phase 3 program") is no phase of an act: two days'
reports of one contract are not parted as a start and a stage (issue 9 item 8); a phase told
in words still is one.  Sentences invented."""

from __future__ import annotations

import pytest

from chronology.extraction.theatres import phases


@pytest.mark.parametrize(("text", "found"), [
    ("Rostec won the contract to deliver the SEA 1000 Phase 2 program.", set()),
    ("The firm will build vehicles under LAND 400 Phase III.", set()),
    ("The second phase of the drill began on Monday.", {"start", "stage"}),
    ("Phase 2 of the exercise began on Monday.", {"start", "stage"}),  # no programme before
    ("The exercise ended on Friday.", {"end"}),
])
def test_a_programme_name_is_no_phase(text, found):
    assert phases(text, "en") == found
