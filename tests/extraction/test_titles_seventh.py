"""Headlines from sentences of kinds the seventh round saw break: verbs of side clauses
re-tensed as if they were the main verb, a place taken for a name, a quoted name losing a
mark, a sentence adverb left at the end, a relative clause whose own side clause holds
commas.  Each rule has a near miss that must stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.headline_tense import present_tense
from chronology.extraction.titles import make_title
from chronology.extraction.verbs import is_past


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # the verb of an object relative clause keeps its tense; the main verb is found after it
    ("Little of the anger that the dispute caused in 2019 remains in the town.", ("in 2019",),
     "Little of anger that dispute caused remains in town"),
    ("The deal that the two ministers signed on Monday covers four frigates.", ("on Monday",),
     "Deal that two ministers signed covers four frigates"),
    # a relative clause without "that": the pronoun is its subject, the main verb comes after
    ("The reforms they adopted in 2019 helped the navy.", ("in 2019",),
     "Reforms they adopted help navy"),
    # a past form between a number and its noun is an adjective, not the verb
    ("The first of 40 used patrol boats ordered by the coast guard will be delivered in May.",
     ("in May",), "First of 40 used patrol boats ordered by coast guard to be delivered"),
    # a place after "county," is no name standing for the subject
    ("The council of Harlow county, Oregon, will vote on the new base on Tuesday.",
     ("on Tuesday",), "Council of Harlow county to vote on new base"),
    # a sentence adverb the date left at the end goes
    ("An agreement is expected, however, by the end of 2026.", ("by the end of 2026",),
     "Agreement expected"),
    ("The pact was signed, however, on Monday in Riga.", ("on Monday",), "Pact signed in Riga"),
    # a quoted name opening the sentence keeps its words and loses both marks
    ("“Northern Shield 2026” will feature drones and coastal guns from June 2026.",
     ("from June 2026",), "Northern Shield 2026 to feature drones and coastal guns"),
    ('"Sea Wind" began on Monday near the port.', ("on Monday",), "Sea Wind begins near port"),
    # a relative clause holding a clause of its own goes whole, to the main verb
    ("The frigate, which was built in Riga, where the yard is, in 2019, arrived in Split on "
     "Monday.", ("in 2019", "on Monday"), "Frigate arrives in Split"),
])
def test_side_clauses_keep_their_verbs(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # near misses: the main verb itself still goes to the headline's present
    ("The two armed drones were shot down on Monday.", ("on Monday",), "Two armed drones shot down"),
    ("Officials said on Monday that the ministers signed a deal.", ("on Monday",),
     "Ministers sign deal"),
    ("The ministers signed a deal on Monday that the navy wanted.", ("on Monday",),
     "Ministers sign deal that navy wanted"),
    ("The frigate, which was built in Riga, arrived in Split on Monday.", ("on Monday",),
     "Frigate arrives in Split"),
    ("The multi-role frigate of the navy, Almaz, was commissioned on Monday.", ("on Monday",),
     "Almaz commissioned"),
    ('The "Sea Wind" drill began on Monday near the port.', ("on Monday",),
     'The "Sea Wind" drill begins near port'),
])
def test_main_verbs_are_still_put_in_the_present(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_pronoun_before_the_verb_is_its_subject():
    assert present_tense("That's because of measures they adopted") == \
        "That's because of measures they adopted"
    assert "adopts" not in present_tense("because of measures they adopted after the crash")


def test_hundred_is_no_past_form():
    assert not is_past("hundred") and not is_past("kindred")
    assert is_past("agreed") and is_past("wandered")
    assert "Three hundred people" in title("Three hundred people were evacuated on Monday.",
                                           ("on Monday",))


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a phrasal verb keeps its particle
    ("The upgraded patrol boats were handed over on Monday.", ("on Monday",),
     "Upgraded patrol boats handed over"),
    # a verb of duration keeps the end date it needs, when that is all the sentence says
    ("The exercises will last until June 16.", ("June 16",), "Exercises to last until June 16"),
    ("The drills began on June 12 and will last until June 16.", ("on June 12", "June 16"),
     "Drills begin"),
    # an organisation's name joined by "and" is no person's
    ("On Tuesday, the National Farming and Fisheries League plans to hold a rally.",
     ("On Tuesday",), "National Farming and Fisheries League plans to hold rally"),
    # an adjective after the determiner is not where the subject's head ends
    ("The divested textile operations had a loss of $5 million in 2019.", ("in 2019",),
     "Divested textile operations have loss of $5 million"),
    # an aside between typed dashes goes like one between em dashes
    ("Two frigates -- Alpha and Beta -- arrived in Split on Monday.", ("on Monday",),
     "Two frigates arrive in Split"),
    # a relative clause with a present verb or a list goes before the main verb
    ("The exercise, which will run until May 3, involves 20 ships.", ("May 3",),
     "Exercise involves 20 ships"),
    ("The package, which includes tanks, drones and trucks, arrived on Monday.", ("on Monday",),
     "Package arrives"),
])
def test_more_side_phrases(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_near_misses_of_the_side_phrases():
    # a particle that starts a phrase is still cut away, with what it lost
    assert not title("The minister met the crew on Monday.", ("on Monday",)).endswith("over")
    # a person before "and" with no organisation's word after it is still shortened
    assert title("Defence Minister Sergei Ivanov and Navy chief Oleg Petrov met on Monday.",
                 ("on Monday",)).startswith("Ivanov and")
    # "which includes" with a verb after the list, inside a quotation, is never reworded
    quoted = make_title("“The package, which includes tanks, drones and trucks, arrived,” the "
                        "minister said on Monday.", [], {}, True)
    assert "“" in quoted or "which includes" in quoted or quoted.startswith("Minister says")


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # the adverb that told the past goes with it
    ("Petrov last visited Hanoi on March 21, when he met the minister.", ("on March 21",),
     "Petrov visits Hanoi"),
    # an unresolved "we" leaves the act in the passive, without the relative clause on it
    ("We put the radar, which you handed over to us, on combat duty on Monday.",
     ("on Monday",), "Radar put on combat duty"),
    # "This is the Nth thing that X has done": X did it
    ("This is the fourth drone deal that Elbit has announced in 2024.", ("in 2024",),
     "Elbit announces fourth drone deal"),
    # an object relative's participle is not a reduced relative the date left alone
    ("The frigates that the navy ordered in 2019 arrived on Monday.", ("in 2019", "on Monday"),
     "Frigates that navy ordered arrive"),
])
def test_pronouns_and_past_adverbs(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_near_misses_of_the_pronoun_rules():
    # "said" tells no act: the pronoun headline is not rewritten into one
    assert not title("It was the first thing that Putin said on Monday.",
                     ("on Monday",)).startswith("Putin")
    # "first visited" keeps its word: only adverbs of the past go
    assert title("Petrov first visited Hanoi on March 21.", ("on March 21",)) == \
        "Petrov first visits Hanoi"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # the date took the comma that closed a relative clause: the clause still goes
    ("Defence Minister Arun Patel, who is on an official visit to Fiji, on Monday called on "
     "the prime minister.", ("on Monday",), "Patel calls on prime minister"),
    # a dash with no space after a capitals dateline is a dateline too
    ("OSLO—Navy ships conducted drills with allied frigates in the north on May 23.",
     ("on May 23",), "Navy ships conduct drills with allied frigates in north"),
    # a noun in -ing after an adjective is no participle to cut before
    ("The three ministers issued a joint statement following an online trilateral meeting "
     "condemning the use of force on May 3.", ("on May 3",),
     "Three ministers issue joint statement"),
])
def test_commas_datelines_and_cuts(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_participle_before_a_present_verb_is_no_main_verb():
    # "signed" ends a reduced relative: the verb after it is the headline's
    made = title("The new deal signed Wednesday foresees the delivery of 16 tanks.", ("Wednesday",))
    assert made == "New deal signed foresees delivery of 16 tanks"
    # near miss: after a determiner the past form is an adjective, nothing changes
    assert title("The signed deal covers 16 tanks from May 2.", ("from May 2",)) == \
        "Signed deal covers 16 tanks"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a clause opened by "because" is no speaker before "states"
    ("Three states can now join the planning, because all member states have approved it, "
     "the minister said on Saturday.", ("on Saturday",),
     "Three states can now join planning"),
    # "up until" goes with its date
    ("Up until Thursday, however, the police had described him only as a witness.",
     ("Thursday",), "Police describe him only as witness"),
    # "including … that killed": the verb is the relative clause's, the list stays
    ("The man is charged in three attacks, including the 1996 bombing that killed one person.",
     ("1996",), "Man charged in three attacks"),
    # a clause on "whose" is cut like one on "which"
    ("The ministry on Friday lifted a warning against travel to Kenya, whose economy relies "
     "on tourism.", ("on Friday",), "Ministry lifts warning against travel to Kenya"),
    # a second predicate in the progressive is cut like a passive one
    ("Protesters planned a march on Saturday and were planning a rally on Monday.",
     ("on Saturday", "on Monday"), "Protesters plan march"),
    # a sentence opened by "because" or "although" is told by its main clause
    ("But because the claims are slow to come in, the company has no estimate of the damage "
     "on Monday.", ("on Monday",), "Company has no estimate of damage"),
])
def test_subordinate_openings(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_pronoun_after_the_opening_clause_still_goes_to_the_passive():
    # near miss: "After …, they signed": the main clause's "they" is told before, not cut to
    assert title("After the talks on Monday, they signed a deal.", ("on Monday",)) == "Deal signed"
    # "Gulf states said": the region's states speak ("Gulf says said …" before)
    assert title("Gulf states said on Monday the talks would resume.",
                 ("on Monday",)).startswith("Gulf states say talks")
    assert title("Three states can now join the planning, the minister said on Saturday.",
                 ("on Saturday",)).startswith("Three states can")


def test_a_long_subject_is_not_cut_inside_a_name():
    # "the Republic | of Nordland": the subject's phrase is cut before, not inside, a name
    made = title("Joint exercises of the armed forces of the Republic of Nordland and the "
                 "Republic of Sudland began in Nordland's north on June 12.", ("on June 12",))
    assert made == "Joint exercises of armed forces begin in Nordland's north"
    # near miss: a lower-case phrase start is still where a long subject is cut
    made = title("The contract for the supply of 36 jets of the latest model with all their "
                 "weapons and spares was signed in Paris on Monday.", ("on Monday",))
    assert "of Paris" not in made and made.endswith("signed in Paris")


def test_an_announced_thing_is_an_act_even_after_a_pronoun():
    assert title("In May, it announced plans to buy six corvettes.", ("In May",)) == \
        "Plans announced to buy six corvettes"
    # near miss: "announced that …" tells words, the pronoun headline is not rewritten
    assert not title("In May, it announced that it would buy six corvettes.",
                     ("In May",)).startswith("Plans")


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a place label with no space after its dash or colon is a dateline too
    ("Riga/Tallinn, June 7 (Baltic Press)--The two navies held a drill on Tuesday.",
     ("June 7", "on Tuesday"), "Two navies hold drill"),
    ("Tapa, Estonia, Jan 19 (AFP):Estonia on Wednesday received six howitzers from Korea.",
     ("Jan 19", "on Wednesday"), "Estonia receives six howitzers from Korea"),
    # "reported afterwards that …": words, not a thing the media announced
    ("Local media reported afterwards that the two sides signed in May a deal on radars.",
     ("in May",), "Two sides sign deal on radars"),
])
def test_labels_and_reports(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_a_ratio_is_no_label():
    assert title("The vote was 3:2 on Monday in the upper house of parliament.",
                 ("on Monday",)).startswith("Vote is 3:2")


def test_a_cut_with_no_phrase_boundary_keeps_a_name_whole():
    made = title("Two Danish frigates and two Polish corvettes sailed across the Sea of Azov, the "
                 "Black Sea and the Aegean on Monday.", ("on Monday",))
    assert made == "Two Danish frigates and two Polish corvettes sail across Sea of Azov"


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a cut inside a list of names takes the phrase that holds the list
    ("Envoy Ivan Petrov left on Tuesday for talks with the governments of Chad, Niger, Mali "
     "and other Sahel countries.", ("on Tuesday",), "Petrov leaves for talks"),
    # near miss: a company's name and its town are no list of names
    ("Earlier this month, Nordpump signed a letter of intent to acquire Acme Valve Systems "
     "Inc., Orange, Calif., and its sister company in Aurora, Colo.", ("Earlier this month",),
     "Nordpump signs letter of intent to acquire Acme Valve Systems Inc."),
    # a list's middle items are no aside
    ("The minister met his counterparts from Oman, Kuwait, Qatar and Bahrain in Riyadh on Monday.",
     ("on Monday",), "Minister meets counterparts from Oman, Kuwait, Qatar and Bahrain in Riyadh"),
    # near miss: a list told whole stays
    ("The minister visited Oman, Kuwait and Bahrain on Monday.", ("on Monday",),
     "Minister visits Oman, Kuwait and Bahrain"),
])
def test_lists(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_had_told_journalists_is_an_attribution():
    made = make_title("The minister had told journalists in May that the jets would arrive soon.",
                      [(34, 40)], {}, True)
    assert made == "Minister says jets will arrive soon"


def test_an_infinitive_in_what_is_said_is_not_its_verb():
    sentence = ("In a speech in May, Prime Minister Ana Petrova announced that the number of "
                "patrol boats to be bought from Norway would be increased from 8 to 12.")
    start = sentence.index("in May")
    made = make_title(sentence, [(start, start + 6)], {}, True)
    assert made == "Petrova says number of patrol boats to be bought will be increased"


def test_what_they_said_of_the_thing_named_leaves_the_headline():
    sentence = ("Putin and Raisi declared a “no limits” partnership they said was aimed at "
                "countering the influence of the United States.")
    assert make_title(sentence, [], {}, False) == "Putin and Raisi declare “no limits” partnership"


def test_a_company_named_with_aviation_keeps_its_whole_name():
    sentence = "Serbia signed a landmark deal with France's Dassault Aviation to buy 12 jets."
    assert "Dassault Aviation" in make_title(sentence, [], {}, False)
