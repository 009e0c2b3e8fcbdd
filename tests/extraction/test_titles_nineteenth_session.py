"""Headlines of the titles19 session (issue 9 item 6): a writer's byline before a story's
first words is no part of the act; a possessive typed with an opening single mark ("Oslo‘s")
is an apostrophe, never a quotation nor a stray letter. Each rule has a near miss that must
stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.entities import known_people
from chronology.extraction.title_people import offices_of_one
from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a regional site's byline, a colon after the writer's name
    ("By Anna Keller: The second edition of the joint exercise Northern Shield will be held "
     "at the Baltic range from March 3-15.", ("from March 3-15",),
     "Second edition of joint exercise Northern Shield to be held"),
    # a pipe after the writer's name
    ("By Tomas Berg | The Estonian navy received its third patrol boat on Monday.",
     ("on Monday",), "Estonian navy receives third patrol boat"),
    # near miss: "By" with a date is the date's ("By March: …" is no writer)
    ("By the end of March the Estonian navy received its third patrol boat.",
     ("By the end of March",), "Estonian navy receives third patrol boat"),
])
def test_byline_is_no_part_of_the_act(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In addition, Kim conveyed Oslo‘s readiness to cooperate with Chile in the shipbuilding "
     "industry.", "Kim conveys Oslo’s readiness to cooperate with Chile in shipbuilding industry"),
    ("Kim conveyed Oslo‘s readiness to cooperate with Chile in the shipbuilding industry.",
     "Kim conveys Oslo’s readiness to cooperate with Chile in shipbuilding industry"),
    # near miss: a quotation that opens with a single mark keeps its marks
    ("The frigate was named ‘Sentinel’ at a ceremony in Oslo.",
     "Frigate named ‘Sentinel’ at ceremony in Oslo"),
])
def test_possessive_typed_with_opening_mark(sentence, expected):
    assert title(sentence) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a newspaper reporting another outlet: the list of three names is the subject whole
    ("Earlier this week, the Herald reported that Chile, Peru, and Brazil – taking part in a "
     "naval exercise off the coast of Chile – tracked the unknown submarine for three days.",
     ("Earlier this week",),
     "Herald says Chile, Peru, and Brazil tracked unknown submarine for three days"),
    # near miss: a second clause after a comma and "and" is still the headline's clause
    ("Indonesia used funds from foreign lenders, and the Ministry of Finance gave approval "
     "for the purchase of six frigates from Italy on Monday.", ("on Monday",),
     "Ministry of Finance gives approval for purchase of six frigates from Italy"),
])
def test_list_of_names_is_no_second_clause(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an agency's English service: one person's offices listed before the name
    ("Presidium member, Deputy Secretary of the State Security Board and Minister of Defence "
     "Gen. Ivo Brandt hosted a dinner in Ostrava for the visiting Velmian Deputy Minister of "
     "the Navy Adm. Tomas Rell.", "Brandt hosts dinner in Ostrava"),
    # near miss: two people, each with an office, act together
    ("Navy chief Adm. Karel Dvorak and Minister of Defence Gen. Ivo Brandt hosted a dinner in "
     "Ostrava.", "Dvorak and Brandt host dinner in Ostrava"),
    # near miss: a list of countries is no list of offices
    ("Chile, Peru and Brazil signed the agreement in Lima.", "Chile, Peru and Brazil sign "
     "agreement in Lima"),
])
def test_offices_of_one_person(sentence, expected):
    assert title(sentence) == expected


def test_an_office_with_its_holders_name_is_a_person_not_an_office():
    """"President Brandt and Rell hosts …": the first item names its holder, so two people
    are told, and the first one is never dropped for the second one's offices."""
    assert offices_of_one("President Brandt and Rell hosts dinner") == \
        "President Brandt and Rell hosts dinner"
    assert offices_of_one("Presidium member, Deputy Secretary of State Security Board and "
                          "Rell hosts dinner") == "Rell hosts dinner"


def test_a_clause_before_the_and_is_no_office():
    """An office word opening a clause of its own ("the minister signed the deal") makes no
    list of one person's offices: both acts stay, never only the second one's person."""
    sentence = "On Monday the minister signed the deal and Tomas Rell was named envoy."
    assert make_title(sentence, [(0, 9)], {"Tomas Rell": "Rell"}, False) == \
        "Minister signs deal and Rell was named envoy"


_MEETING_PLUS = ("Next month around May 4, the Alpine Defence Ministers’ Meeting Plus (ADM Plus) "
                 "is due to open in Graz, where the ministers of the region will hold talks "
                 "with Peru’s defence minister Jon Smith.")


def test_meeting_name_after_possessive_is_no_person():
    """A wire's forward-looking paragraph: a meeting's two-word name after an office's
    possessive is never a person cut to its last word ("Plus"), nor "meets Plus"; "around"
    before a date goes with it."""
    spans = [(0, 10), (18, 23)]  # "Next month", "May 4"
    assert make_title(_MEETING_PLUS, spans, {}, False) == \
        "Alpine Defence Ministers’ Meeting Plus is due to open in Graz"
    assert make_title(_MEETING_PLUS, spans, known_people(_MEETING_PLUS), False) == \
        "Alpine Defence Ministers’ Meeting Plus is due to open in Graz"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # near miss: an office before two dictionary words that are a person's name
    ("Defence Minister Mark Green visited the shipyard in Gdansk on Monday.", ("on Monday",),
     "Green visits shipyard in Gdansk"),
    # near miss: a person's meeting after a possessive is still a meeting of two people
    ("Chilean President Ana Rojas’s meeting with Peruvian President Jon Smith took place in "
     "Lima on Monday.", ("on Monday",), "Rojas meets Smith in Lima"),
    # "around" before a date goes with the date
    ("The two navies will hold their joint drill around May 9 in the Baltic Sea.",
     ("May 9",), "Two navies to hold joint drill in Baltic Sea"),
])
def test_people_and_dates_near_a_meeting_name(sentence, dates, expected):
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    assert make_title(sentence, spans, known_people(sentence), False) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a regional site's page: headline, photo credit and lead glued into one line (the
    # headline in capitals read as one: its verb in lower case)
    ("Ostrava and Velm Re-sign Sonar Joint Production Agreement to Boost Cooperation Image "
     "reproduced from 港報 The Naval Supply Office of Ostrava said on the 9th that it has "
     "re-signed the joint production agreement for the sonar with the Velmian Ministry of "
     "Defence.", "Ostrava and Velm re-sign Sonar Joint Production Agreement to boost "
     "cooperation"),
    ("Chile and Peru re-signed the radar development agreement. Photo courtesy of the Chilean "
     "Navy.", "Chile and Peru re-sign radar development agreement"),
    # near miss: lower-case words of courtesy inside the story stay
    ("The frigate sailed to Lima as a courtesy of the Chilean Navy.",
     "Frigate sails to Lima as courtesy of Chilean Navy"),
])
def test_photo_credit_phrase_is_no_part_of_the_act(sentence, expected):
    spans = [(sentence.index("on the 13th"), sentence.index("on the 13th") + 11)] \
        if "on the 13th" in sentence else []
    assert make_title(sentence, spans, {}, False) == expected


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # a president's speech quoted, its quotation opened and never closed in the sentence
    ("“A border treaty, signed last May with President Jon Smith in Lima, of course, reflects "
     "the character of our cooperation.", "last May", "Border treaty signed with Smith"),
    # near miss: a date that is not told from the report's day stays out as before
    ("The frigate, commissioned in May 2021 in Lima, sailed to Chile.", "in May 2021",
     "Frigate commissioned in Lima"),
])
def test_report_time_in_an_unclosed_quotation(sentence, date, expected):
    assert title(sentence, (date,)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a newspaper's analysis: a passive of seeing, its "as" and what the thing is seen as
    ("The Velmian Defence Ministry's approval of a planned sale to Ostrava of \"top tier\" "
     "frigates at a listed price of $3.1 billion is likely to be seen as a gesture of trust "
     "that suits both Ostrava and Velm as they face rising fuel costs.",
     "Velmian Defence Ministry's approval is likely to be seen as gesture of trust"),
    ("The board's consent to the plan is likely to be regarded as a quiet signal that suits "
     "both navies and their partners.",
     "Board's consent to plan is likely to be regarded as quiet signal"),
])
def test_as_after_a_participle_of_seeing(sentence, expected):
    assert title(sentence) == expected


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # a regional site's background line: the cut clause of "by the time" goes with its "by"
    ("Some of that hardware was delivered to Chile by the time Marchetti visited the Andean "
     "country in March.", "in March", "Some of that hardware delivered to Chile"),
    # near miss: short enough to keep the clause whole
    ("The first radars were delivered to Chile by the time Marchetti visited the country in "
     "March.", "in March", "First radars delivered to Chile by time Marchetti visited country"),
])
def test_by_the_time_clause_cut_goes_whole(sentence, date, expected):
    assert title(sentence, (date,)) == expected
