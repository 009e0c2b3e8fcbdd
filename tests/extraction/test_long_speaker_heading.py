"""A heading of three or four title words before a colon, perhaps ending in a rare name
("Deputy Defence Minister:", "Defence Minister Orlov:"), says whose words follow: no part of
the event's title (``sentences.role_heading_end``)."""

import pytest

from chronology.extraction.sentences import role_heading_end


@pytest.mark.parametrize(("text", "rest"), [
    ("Deputy Defence Minister: Russia and Iran signed a contract on Monday.", "Russia and"),
    ("Defence Minister Orlov: The navies held drills on Sunday.", "The navies"),
])
def test_a_long_speaker_heading_is_cut(text, rest):
    assert text[role_heading_end(text, 0, len(text)):].startswith(rest)


@pytest.mark.parametrize("text", [
    "Navy Day Parade: Warships sailed together on Saturday.",   # a common word, no title
    "The Defence Ministry said: the drills began.",             # a sentence, not a heading
])
def test_other_words_before_a_colon_stay(text):
    assert role_heading_end(text, 0, len(text)) == 0
