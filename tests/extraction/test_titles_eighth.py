"""Headlines from sentences of kinds the eighth round saw break when reading every dev title:
a place or a region taken for a person and cut to its last word, a Korean family name lost,
a "Commander in Chief" title cut in two.  Each rule has a near miss that must stay as it was.
Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.clauses import shorten_people, surname
from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a run after "in" names a place, not a person to shorten ("Madhya Pradesh")
    ("The minister will open a shipyard in Madhya Pradesh on Friday.", ("on Friday",),
     "Minister to open shipyard in Madhya Pradesh"),
    # a region's compass words are no person's name
    ("Troops of the two armies held drills in the Russian Far East on Monday.",
     ("on Monday",), "Troops of two armies hold drills in Russian Far East"),
    # a Korean family name comes first
    ("Defence minister Park Ji-hoon visited Warsaw on Monday.", ("on Monday",),
     "Park visits Warsaw"),
    # "Commander in Chief" is one title before the name
    ("Army Commander in Chief Gen Tep Sarin thanked Japan for the trucks on Monday.",
     ("on Monday",), "Sarin thanks Japan for trucks"),
])
def test_names_of_places_and_people(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Shin Won-sik", "Shin"),
    ("Moon Jae-In", "Moon"),
    ("Karine Jean-Pierre", "Jean-Pierre"),  # a French double given name is the surname here
    ("Sergei Shoigu", "Shoigu"),
    ("Ferdinand Marcos Jr.", "Marcos"),
])
def test_surnames(name, expected):
    assert surname(name) == expected


def test_a_person_after_in_with_a_title_is_still_shortened():
    # "in" before a title and a name: the title shows a person
    assert shorten_people("a talk in President Anna Berg's office", {}) == \
        "a talk in Berg's office"


def test_a_compound_of_countries_is_no_person():
    assert shorten_people("the Greece-Cyprus Defence partnership", {}) == \
        "the Greece-Cyprus Defence partnership"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a participle left of a side fact's date goes with it after "under"/"after" a noun
    ("The port hosts Greek sailors under an accord signed in 2011.", ("in 2011",),
     "Port hosts Greek sailors under accord"),
    # near miss: a participle after "of" may be the main verb
    ("Deliveries of the rifles started in 2019.", ("in 2019",), "Deliveries of rifles start"),
    # a gerund before "to" keeps its infinitive, or the cut goes before both
    ("Dorn thanked Japan for supplying new radars and helping to rebuild naval bases, "
     "including the port of Kep.", (), "Dorn thanks Japan for supplying new radars"),
])
def test_cuts_and_side_facts(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_statement_by_a_plural_body_says():
    sentence = ("Greece has signed a deal for 20 jets, a statement by the Hellenic Armed Forces "
                "said on Friday.")
    start = sentence.index("on Friday")
    assert make_title(sentence, [(start, start + 9)], {}, True) == \
        "Statement by Hellenic Armed Forces says Greece has signed deal"


def test_what_is_said_keeps_its_verb_and_its_place_name():
    # "says new sites" alone is a noun phrase; the copula keeps its complement and the
    # place's name is not cut in two
    made = make_title("The defence office said the new sites will be in Kavala’s Naval Base "
                      "Nikos Ravos and Lemnos Airport, and in Crete.", [], {}, True)
    assert made == "Defence office says new sites will be in Kavala’s Naval Base Nikos Ravos"


def test_fit_keeps_a_copula_with_its_complement():
    from chronology.extraction.title_fit import fit, problems
    assert fit("Sites will be in the north of the island near the old naval base at Kep", 8) \
        == "Sites will be in the north"
    assert problems("Office says EDCA sites") == ["what is said has no verb"]
    assert problems("Office says Compaq plunges") == []


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a relative clause the cut left without its verb goes, even after a noun that is a verb
    # too ("line of credit that India")
    ("The patrol boats were built under a defence line of credit that Japan extended to Manila "
     "in 2016.", ("in 2016",), "Patrol boats built under defence line of credit"),
    # a speech verb before a noun and its infinitive is an act, and keeps its subject
    ("Both sides reiterated pledges to deepen naval ties.", (), "Both sides reiterate pledges "
     "to deepen naval ties"),
    # the headline's verb in a second clause: that clause, from its own subject and number
    ("Chile routinely uses loans from foreign banks to pay for large defence purchases, and the "
     "Treasury gave approval last year to borrow $1.2 billion.", ("last year",),
     "Treasury gives approval to borrow $1.2 billion"),
    # a cut before the second clause's verb drops its lone subject with its "and"
    ("The navy received two frigates in May, and the army took delivery of four tanks.", (),
     "Navy receives two frigates in May"),
])
def test_clauses_keep_their_subjects(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a cleft sentence: what follows "that" is the act
    ("It was in 2009 that Chile signed a lease with the Dutch government for two frigates.",
     ("in 2009",), "Chile signs lease with Dutch government for two frigates"),
    # a speech verb with an adjective and a plural after it takes a thing, no clause
    ("The two ministers stressed geostrategic ties between the two navies on Friday.",
     ("on Friday",), "Two ministers stress geostrategic ties between two navies"),
])
def test_clefts_and_things_stressed(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_speech_verb_before_a_clause_still_tells_words():
    sentence = "The minister said on Friday naval drills will start soon."
    start = sentence.index("on Friday")
    made = make_title(sentence, [(start, start + 9)], {}, True)
    assert made == "Minister says naval drills will start soon"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a dateline of two all-caps words before the sentence, its date gone
    ("NORTH NICOSIA May 3 Cyprus signed a lease for two patrol boats on Monday.",
     ("May 3", "on Monday"), "Cyprus signs lease for two patrol boats"),
    # an all-caps place and its agency glued to the sentence's first word
    ("LIMASSOL (Reuters)Greek and Cypriot troops began joint drills on Monday.",
     ("on Monday",), "Greek and Cypriot troops begin joint drills"),
    # a press release: place, country, date, dash, and witnesses before the subject
    ("Le Bourget, France, May 2, 2021 – In the presence of the Minister of Defence, Anna Berg, "
     "and the Chief of Staff, Tom Weld, the Chairman of Avions Nord, Paul Marc, today signed a "
     "contract for 12 jets.", ("May 2, 2021", "today"), "Marc signs contract for 12 jets"),
    # near miss: "In the presence of" with a plain subject
    ("In the presence of the two presidents, the defence ministers of Greece and Cyprus "
     "signed a pact.", (), "Defence ministers of Greece and Cyprus sign pact"),
    # a cut past the soft limit at the next phrase, not inside a noun phrase
    ("The drill also comes after Greek and Cypriot navies conducted the first-ever joint "
     "exercise between the special forces, Ex Delta, in June.", ("in June",),
     "Drill comes after Greek and Cypriot navies conduct first-ever joint exercise"),
])
def test_datelines_press_releases_and_cuts(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_the_addressee_of_told_goes_whole():
    sentence = ("Berg told the Athens Forum on Maritime Security on Tuesday that the presence of "
                "foreign fleets was the main risk in the region.")
    start = sentence.index("on Tuesday")
    assert make_title(sentence, [(start, start + 10)], {}, True) == \
        "Berg says presence of foreign fleets is main risk in region"
    # "told reporters the deal that …": the relative clause belongs to the subject, and stays
    sentence = "The minister told reporters on Tuesday the deal that Chile signed was final."
    start = sentence.index("on Tuesday")
    assert "deal that Chile signed" in make_title(sentence, [(start, start + 10)], {}, True)


def test_a_plural_after_of_is_not_the_subject_of_is():
    from chronology.extraction.title_fit import problems
    assert problems("Presence of foreign forces is main risk in region") == []
    assert problems("Officials says deal is close") == ["subject and verb disagree"]


def test_a_cut_never_ends_on_an_adjective_like_advanced():
    sentence = ("ATHENS (AP) — The ministry said Monday that Italy has delivered the first part of "
                "the advanced Aster air defense missile system to Greece, a long-delayed sale.")
    start = sentence.index("Monday")
    assert make_title(sentence, [(start, start + 6)], {}, True) == \
        "Italy delivers first part of advanced Aster air defense missile system"


def test_a_long_name_is_cut_before_its_own_preposition():
    assert title("Mr Dorn and his Greek counterpart General Nikos Pappas also signed a Joint "
                 "Defence Statement On Greece-Cyprus Naval Partnership Towards 2035, which the "
                 "ministry praised.") == \
        "Mr Dorn and Greek counterpart Pappas sign Joint Defence Statement"


def test_a_relative_clause_after_its_preposition_goes():
    assert title("The deal, under which Malta will receive two patrol boats, was approved by "
                 "parliament on Thursday.", ("on Thursday",)) == "Deal approved by parliament"


@pytest.mark.parametrize(("sentence", "dates", "statement", "expected"), [
    # "Sources close to the ministry" say: the head is before "close to"
    ("Sources close to the ministry said on Monday the jets will arrive in May.",
     ("on Monday",), True, "Sources close to ministry say jets will arrive in May"),
])
def test_subjects_and_their_verbs(sentence, dates, statement, expected):
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    assert make_title(sentence, spans, {}, statement) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # an amount told aside goes like "on behalf of …"
    ("The contract, worth some $2 billion, was signed in Rome on Monday.", ("on Monday",),
     "Contract signed in Rome"),
    # a passive infinitive left alone by its date goes
    ("Maltese officials confirmed the sale of six boats to Tunisia, to be completed by 2026.",
     ("by 2026",), "Maltese officials confirm sale of six boats to Tunisia"),
    # near miss: the verb's own infinitive stays
    ("The frigates are expected to be delivered by 2026.", ("by 2026",),
     "Frigates expected to be delivered"),
])
def test_asides_and_infinitives(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_speech_verb_before_a_preposition_is_an_act():
    assert title("The delivery adds to at least six patrol boats provided by Italy.") == \
        "Delivery adds to at least six patrol boats provided by Italy"
