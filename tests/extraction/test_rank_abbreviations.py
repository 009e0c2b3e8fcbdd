"""A military rank's abbreviation ("Lieut.", "Cpl.", "Pvt.") does not end a sentence: the
name after it belongs to the same sentence (a host's reception "for ... Sen. Lieut. Gen. X")."""

import pytest

from chronology.extraction.sentences import split_sentences


@pytest.mark.parametrize("text", [
    "The minister hosted a reception in Hanoi on May 4 for Deputy Minister Sen. Lieut. Gen. "
    "Pavel Orlov, who led the delegation.",
    "Cpl. Anna Berg and Pvt. Tomas Lind received the medal from the visiting minister.",
])
def test_rank_abbreviation_keeps_the_name_in_its_sentence(text):
    assert [s.text(text) for s in split_sentences(text)] == [text]


def test_a_full_stop_after_a_whole_word_still_ends_the_sentence():
    text = "The talks were led by a lieutenant. Officials said they went well."
    assert len(split_sentences(text)) == 2
