"""Headlines keep every party of the act: a second party set off between the subject and its
verb ("Poland, as well as Norway, sent …"; "Polish jets accompanied by Norwegian jets, flew
…") is part of the subject, joined by "and"; an aside that names no party goes (issue 9).
Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Poland, as well as Norway, sent frigates to the drills in the Baltic Sea on Tuesday.",
     ("on Tuesday",), "Poland and Norway send frigates to drills in Baltic Sea"),
    ("Polish marines, as well as Norwegian commandos, landed in Gdansk on Tuesday for the drills.",
     ("on Tuesday",), "Polish marines and Norwegian commandos land in Gdansk for drills"),
    # near misses: an aside that names no party (a gerund, a word pointing back) still goes
    ("The minister, as well as attending the talks, signed the deal in Warsaw.", (),
     "Minister signs deal in Warsaw"),
    ("Sailors from the Polish navy, as well as those from the 3rd flotilla, sailed for Oslo.", (),
     "Sailors from Polish navy sail for Oslo"),
])
def test_a_second_party_before_the_verb_joins_the_subject(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_an_aside_of_a_long_subject_still_goes():
    # a long subject with phrases of its own: the aside may be of any noun in it, and
    # joining it leaves the headline no room for the act
    assert title("The delivery of launchers for the Polish coastal missile system, along with "
                 "the missiles, began last month.") == \
        "Delivery of launchers for Polish coastal missile system begins"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a group's make-up is never the main verb: the verb after the comma is
    ("The joint squadron made up of Polish and Norwegian frigates, sailed through the Skagerrak "
     "on Tuesday.", ("on Tuesday",), "Joint squadron sails through Skagerrak"),
    ("The task group consisting of three Polish corvettes, entered the North Sea on Tuesday.",
     ("on Tuesday",), "Task group enters North Sea"),
    # the agent of a passive ("led by"): the verb after the comma is the main one, in the
    # present, whatever phrase follows it
    ("A Polish delegation led by Deputy Defence Minister Marek Nowak, arrived in Oslo on "
     "Tuesday.", ("on Tuesday",), "Polish delegation arrives in Oslo"),
    # near miss: after "with" a verb followed by a phrase may be a second aside's; it stays
    ("Poland and Norway agreed with the plan of the two ministers, held in Oslo.", (),
     "Poland and Norway agree with plan of two ministers, held in Oslo"),
])
def test_a_participle_phrase_after_the_subject_leaves_the_main_verb(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # an escort keeps the subject company and does no act of it: the aside goes
    ("The patrol boat, escorted by two Polish helicopters, was sunk off Hel on Tuesday.",
     ("on Tuesday",), "Patrol boat sunk off Hel"),
    ("The Polish minister, accompanied by an interpreter, met the Norwegian king on Tuesday.",
     ("on Tuesday",), "Polish minister meets Norwegian king"),
    # the subject's own people ("its", "his") are no second party
    ("Norway, along with its allies, denies any role in the blast.", (),
     "Norway denies any role in blast"),
    # two parties take the plural of a present verb too
    ("Norway, along with Poland, denies any role in the blast.", (),
     "Norway and Poland deny any role in blast"),
])
def test_an_escort_is_company_and_two_parties_take_the_plural(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_make_up_without_commas_runs_to_the_main_verb():
    # "made up of …" is never the main verb; with no commas it ends at the next past verb
    assert title("The Polish squadron made up of four frigates and a tanker entered Gdansk on "
                 "Tuesday.", ("on Tuesday",)) == "Polish squadron enters Gdansk"
