"""Headlines of the tp20 session, from the fresh title pool (issue 9 item 6).  Every sentence
is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a country whose name has "New" inside it is no person cut to a surname
    ("Papua New Guinea and Fiji signed a coast guard pact on 4 May 2021.", ("on 4 May 2021",),
     "Papua New Guinea and Fiji sign coast guard pact"),
    # a place after its kind ("the port of …") is no person either
    ("The corvettes arrived at the naval port of Khao Lam on 2 June 2019.",
     ("on 2 June 2019",), "Corvettes arrive at naval port of Khao Lam"),
    # near miss: a minister's name is still cut to the surname
    ("Defence Minister Aldo Ferrant signed the pact on 4 May 2021.", ("on 4 May 2021",),
     "Ferrant signs pact"),
])
def test_place_names_are_not_cut_like_people(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # the date lies in a relative clause between commas after the subject: the clause's act
    # is the dated one, and "adds to" after it tells no words (no verb of saying)
    ("The bilateral exercise Coral Wave 2025, which opened on November 11, adds to this "
     "momentum.", ("on November 11",), "Bilateral exercise Coral Wave 2025 opens"),
    ("The frigate Alvaro, which arrived in Lisbon on 3 May 2022, will join the fleet next "
     "year.", ("on 3 May 2022",), "Frigate Alvaro arrives in Lisbon"),
    # a year naming the subject stays with it
    ("The bilateral exercise Coral Wave 2025, which opened on November 11, adds to this "
     "momentum.", ("2025", "on November 11"), "Bilateral exercise Coral Wave 2025 opens"),
    # near miss: the date outside the clause keeps the main verb
    ("The frigate Alvaro, which was built in Spain, arrived in Lisbon on 3 May 2022.",
     ("on 3 May 2022",), "Frigate Alvaro arrives in Lisbon"),
])
def test_dated_relative_aside_tells_the_act(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal, which was signed in May, adds to the momentum.", ""),
    ("The drill adds to the momentum.", ""),
    # near miss: "added" closing the sentence still names its speaker
    ("The ships will arrive in May, the minister added.", "the minister"),
])
def test_adds_to_is_no_verb_of_saying(text, expected):
    from chronology.extraction.speakers import split_attribution
    assert split_attribution(text)[0] == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a hedge between "has" and its participle stays before the headline's present
    ("Chile has reportedly taken delivery of the first two frigates from Norway on 3 May "
     "2022.", ("on 3 May 2022",), "Chile reportedly takes delivery of first two frigates from "
     "Norway"),
    # a second passive after "but" drops its auxiliary like the first
    ("The contract had initially been expected in May 2021 but was postponed because of the "
     "election.", ("in May 2021",), "Contract expected but postponed"),
    ("The Coral Wave drills were held yearly until 2019 but had been paused by the war.",
     ("until 2019",), "Coral Wave drills held yearly but paused by war"),
    # near miss: after an active verb the second clause's own passive stays
    ("The navy ordered two frigates in May 2021 but was criticised by the auditors.",
     ("in May 2021",), "Navy orders two frigates but was criticised by auditors"),
])
def test_hedge_and_second_passive_in_headline_tense(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a verb of saying, "to" whom, then "that": the words said are the headline's
    ("A navy official confirmed to the agency on 4 May 2021 that the frigate would be "
     "delivered in June.", ("on 4 May 2021",), "Navy official says frigate will be delivered "
     "in June"),
    # ", as stated by X," is who said it, an aside, not a speaker cutting the clause
    ("The drills, as stated by the Defence Ministry of Chile, are the main stage of the joint "
     "training in 2025.", ("in 2025",), "Drills are main stage of joint training"),
    # an embedded post's link is no word of the headline
    ("Our navy ties have grown considerably. pic.twitter.com/aB3dE9 — Aldo Ferrant "
     "(@aferrant) May 4, 2021", ("May 4, 2021",), "Navy ties grow considerably"),
    # a newsroom's credit before a colon opening the story
    ("Andes Analysis Group: Chilean troops and equipment entered Peru for a joint drill on "
     "3 May 2021.", ("on 3 May 2021",), "Chilean troops and equipment enter Peru for joint drill"),
])
def test_said_to_as_stated_by_and_links(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_fitted_headline_does_not_end_on_due():
    from chronology.extraction.title_fit import fit
    made = fit("Coral Wave exercises conducted annually but paused for past three years due to "
               "pandemic and border tensions with Peru", 13)
    assert made == "Coral Wave exercises conducted annually but paused for past three years"


@pytest.mark.parametrize(("text", "limit", "expected"), [
    # "to explore ways" and "with aim" cut from what they take go whole
    ("Ferrant arrives in Lima on three-day visit to explore ways to further deepen defence ties "
     "between two countries", 11, "Ferrant arrives in Lima on three-day visit"),
    ("Coral Wave naval exercise begins in Valparaiso with aim to enhance bilateral cooperation "
     "and interoperability", 9, "Coral Wave naval exercise begins in Valparaiso"),
    # near miss: ways with what they lead to stay
    ("Navy chief explores ways to boost ties with Peru", 14,
     "Navy chief explores ways to boost ties with Peru"),
])
def test_fitted_headline_does_not_end_on_ways_or_aim(text, limit, expected):
    from chronology.extraction.title_fit import fit
    assert fit(text, limit) == expected
