"""The date engine's sentence splitter reads the one list of abbreviations
(``en.ABBREVIATIONS``): a rank such as "Lieut." or "Cpl." does not end the sentence, so the
weekday before it is read against the sentence's own verb."""

import pytest

from chronology.dates.context import sentence_bounds


@pytest.mark.parametrize("rank", ["Lieut.", "Cpl.", "Pvt.", "Brig."])
def test_a_rank_does_not_end_the_sentence(rank):
    text = f"Minister Petrov met Egyptian {rank} Gen. Omar Saleh in Cairo on Wednesday to talk."
    at = text.index("Wednesday")
    start, end = sentence_bounds(text, at, at + len("Wednesday"))
    assert start == 0
    assert end == len(text)
