"""A trailing attribution with the speaker described, then named (", its arms agency,
Polarm, said on Tuesday." / ", said the head of Polarm, Jan Nowak.") is cut whole and the
reported clause kept whole (issue 9).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.speakers import split_attribution
from chronology.extraction.titles import make_title


def title(sentence: str, statement: bool = False) -> str:
    at = sentence.index("on Tuesday")
    return make_title(sentence, [(at, at + len("on Tuesday"))], {}, statement)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Poland delivered two Krab batteries to Norway on Tuesday, its state arms agency, Polarm, "
     "said.", "Poland delivers two Krab batteries to Norway"),
    ("Poland delivered two Krab batteries to Norway on Tuesday, said the head of Polarm, "
     "Jan Nowak.", "Poland delivers two Krab batteries to Norway"),
    ("Norway will send troops to joint drills in Poland, the defence ministry's spokesman, "
     "Ola Berg, said on Tuesday.", "Norway to send troops to joint drills in Poland"),
])
def test_a_described_then_named_speaker_is_cut_whole(sentence, expected):
    assert title(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland delivered the batteries to Norway, its state arms agency, Polarm, said",
     ("Polarm", "Poland delivered the batteries to Norway")),
    ("Poland delivered the batteries to Norway, said the head of Polarm, Jan Nowak",
     ("Jan Nowak", "Poland delivered the batteries to Norway")),
    # near miss: a list of places is no description of a speaker
    ("The frigate sailed to Gdynia, Poland, Norway and Denmark said",
     ("Norway and Denmark", "The frigate sailed to Gdynia, Poland")),
])
def test_the_speaker_described_then_named_is_the_name(text, expected):
    assert split_attribution(text) == expected


def test_a_named_then_described_speaker_after_a_date_is_cut_whole():
    # the date before "said" took its comma: the attribution still goes whole
    assert title("Norway will send troops to joint drills in Poland on Tuesday, said Ola Berg, "
                 "a spokesman for the defence ministry.") == \
        "Norway to send troops to joint drills in Poland"


def test_a_speech_verb_joined_by_and_is_a_second_act():
    # "and told X, the …": a verb coordinated with the first act, never an attribution
    assert title("Berg arrived in Warsaw on Tuesday and told Nowak, the chief of the Polish "
                 "general staff.") == \
        "Berg arrives in Warsaw and tells Nowak, chief of Polish general staff"
