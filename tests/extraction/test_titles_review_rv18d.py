"""Titles after review rv18d of rounds titles18 and en35. Every sentence is invented for this
test (invented places, people and outlets); none comes from an article."""

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name told by two or more capitalised words keeps its capitals in a title-case line
    ("Valdoria Signs Deal With United States For Jets",
     "Valdoria signs deal with United States for jets"),
    ("Valdoria Sends Grey Sea Fleet Ships To Ostmark",
     "Valdoria sends Grey Sea Fleet ships to Ostmark"),
    ("Valdoria, Ostmark Hold Drills In Red Sea", "Valdoria, Ostmark hold drills in Red Sea"),
    ("Valdoria Navy Chief Visits White House", "Valdoria Navy Chief visits White House"),
    ("Valdoria Deploys Iron Shield Battery", "Valdoria deploys Iron Shield Battery"),
    ("President Orvel Meets Prime Minister Tamsin", "President Orvel meets Prime Minister Tamsin"),
    # a month's or a weekday's name is a name
    ("Navy To Receive Frigates In May From Ostmark", "Navy to receive frigates in May from Ostmark"),
    # near miss: lone dictionary words and the verb still go to lower case
    ("Valdoria, Ostmark Sign Deal With NATO", "Valdoria, Ostmark sign deal with NATO"),
])
def test_a_title_case_headline_keeps_its_names(sentence, expected):
    assert title(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a linking, motion or idiom verb takes no thing: no "X to be become/visited/taken"
    "It will become the largest navy in the Orsk Gulf.",
    "It will take part in the drills in May.",
    "They will visit Tarvel next week.",
    "It will join the Brannic Pact in July.",
    "They will get the jets by 2031.",
])
def test_a_pronouns_act_to_come_is_passive_only_for_a_verb_that_takes_a_thing(sentence):
    made = title(sentence)
    assert " to be " not in made, made


def test_a_pronouns_act_to_come_keeps_the_passive_for_a_thing_and_ends_it_at_a_time_word():
    assert title("They will stage joint coastal drills in May.") == \
        "Joint coastal drills to be staged in May"
    made = title("They will deliver three patrol boats next month.")
    assert made.startswith("Three patrol boats to be delivered"), made
    assert "boats next month to be" not in made


@pytest.mark.parametrize(("sentence", "expected"), [
    # the side phrase ends at the comma before the main verb, not inside its own list
    ("Valdoria, which bought jets, drones and tanks from Ostmark, hosts the Ostmark fleet.",
     "Valdoria hosts Ostmark fleet"),
    ("Tarvel, with its allies, ships and aircraft, leads the exercise in the Orsk Gulf.",
     "Tarvel leads exercise in Orsk Gulf"),
    # near miss: a side phrase with no list still ends at its only comma
    ("Valdoria, with a coastline of more than 900 kilometres, also hosts two frigates.",
     "Valdoria hosts two frigates"),
])
def test_a_side_phrase_holding_a_list_goes_whole(sentence, expected):
    assert title(sentence) == expected


def test_an_office_before_a_two_word_name_makes_it_a_persons():
    # two dictionary words are a thing's name ("Iron Shield") unless an office stands before
    # them: then a person's, shortened to the surname
    assert title("Defence Minister Mark Stone visited the base in Ostmark.") == \
        "Stone visits base in Ostmark"
    assert title("The defence minister Mark Stone visited the base in Ostmark.") == \
        "Stone visits base in Ostmark"
    # near miss: without an office the two words stay whole
    assert title("Valdoria deployed the Iron Shield near Merrow.") == \
        "Valdoria deploys Iron Shield near Merrow"


def test_a_comma_goes_only_before_a_closing_place():
    # "in a first …", "at last": no place, the comma stays
    assert title("The navy received two frigates, in a first for the country.") == \
        "Navy receives two frigates, in first for country"
    # near miss: a place's phrase after the comma
    sentence = "The final stage of the drill took place on Friday, June 3, in Tarvel."
    assert title(sentence, ("on Friday, June 3",)) == "Final stage of drill takes place in Tarvel"


def test_words_inside_a_quotation_are_never_re_tensed():
    # a headline that opens with a quotation: "Will" stays, no "to" put inside the quote
    made = title("“Ostmark Navy Will Hold Drills In May,” Says Admiral")
    assert "Will Hold" in made and " to Hold" not in made, made
    # near miss: outside a quotation "will hold" is told "to hold"
    assert title("The Ostmark navy will hold drills in May.") == "Ostmark navy to hold drills in May"
