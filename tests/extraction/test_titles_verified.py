"""The headline builder checks its own result: a finite verb in the main clause, a verb in
what is said, no adjective left without its noun; when a check fails it falls back to the
sentence's main clause.  Every sentence here is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.headline_tense import VERB, present_tense
from chronology.extraction.title_fit import fit, problems
from chronology.extraction.titles import make_title


@pytest.mark.parametrize(("made", "reason"), [
    ("Large naval exercise involving 14 ships, more than 60 aircraft", "no finite verb"),
    ("There to be no ban on exports", "no finite verb"),
    ("Earnings of $18.9 million", "no finite verb"),
    ("Admiral says new corvettes", "what is said has no verb"),
    ("Director says that Russia", "what is said has no verb"),
    ("Agency says Khan, who is on two-day visit", "what is said has no verb"),
    ("Navy takes delivery of several powerful", "ends mid-phrase ('powerful')"),
    ("Presidents attend launch of first", "ends mid-phrase ('first')"),
    ("Latvia could receive howitzers from Norway around", "ends mid-phrase ('around')"),
])
def test_the_builder_sees_what_makes_a_headline_unusable(made, reason):
    assert reason in problems(made)


@pytest.mark.parametrize("made", [
    "Deal signed",
    "Iran to buy jets",
    "Exercise Sea Shield 2024 to begin",
    "Lawyers for sailors in Odessa file appeal",
    "Both navies jointly hold drill",
    "Estonians celebrate",
    "Navy places orders for seven corvettes",
    "Compaq plunges further",
    "Maiden edition of Exercise 2022 conducted at Goa",
    "Admiral says corvettes are ready",
    "Singh says “These ships are more than steel …”",
    "Talks end at last",
    "Iran is ready",
    "Rebels fail to take the airport in general",
])
def test_headline_style_verbs_and_endings_pass(made):
    assert problems(made) == []


def test_a_cut_before_a_quotation_that_completes_the_verb_keeps_its_first_words():
    text = ("Admiral Lind says the new boats were “fast, well armed and ready to sail in any "
            "weather, day or night”")
    assert fit(text, 12) == "Admiral Lind says the new boats were “fast, well armed …”"


@pytest.mark.parametrize(("clause", "made"), [
    ("They will arrive in Riga", "They will arrive in Riga"),  # not "They to arrive"
    ("I was pleased to hear it", "I am pleased to hear it"),  # not "I pleased"
    ("He had arrived in Oslo", "He has arrived in Oslo"),
    ("Troops will arrive in Riga", "Troops to arrive in Riga"),  # a noun: headline style
    ("The large allied exercise began in May", "The large allied exercise begins in May"),
])
def test_a_pronoun_keeps_its_auxiliary_and_an_adjective_is_no_verb(clause, made):
    assert present_tense(clause).replace(VERB, "") == made


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # what is said lost its verb ("… says new patrol boats"): the clause is told with its
    # quotation begun, never reworded
    ("Admiral Petrov said on Monday the new patrol boats were “fast, well armed and ready to "
     "sail in any weather, day or night”.", "on Monday", True,
     "Petrov says new patrol boats are “fast, well armed and ready …”"),
    # the main verb lay behind a long subject: the subject's list goes, the verb stays
    ("A large allied naval exercise involving 14 ships, more than 60 aircraft and about 5,000 "
     "sailors has begun off the coast of Crete on Monday.", "on Monday", False,
     "Large allied naval exercise begins off coast of Crete"),
    # "it became known that": an introduction, not the subject
    ("On May 3, it became known that Norway handed over to the Ukrainian navy eight patrol "
     "boats, spare parts and ammunition.", "On May 3", False,
     "Norway hands over to Ukrainian navy eight patrol boats, spare parts"),
    # "of several modern …" lost its noun at the cut: the headline ends before it
    ("Lithuania has taken delivery of several modern and long-range Norwegian air defence "
     "systems, its defence minister said on Tuesday.", "on Tuesday", True,
     "Lithuania takes delivery of several modern and long-range Norwegian air defence systems"),
])
def test_an_unusable_headline_falls_back_to_the_main_clause(sentence, date_words, statement,
                                                             made):
    start = sentence.index(date_words)
    title = make_title(sentence, [(start, start + len(date_words))], {}, statement,
                       describe=lambda phrase: None)
    assert title == made
    assert problems(title) == []


@pytest.mark.parametrize(("made", "reason"), [
    ("Presidential office hints that talks", "the clause after 'that' has no verb"),
    ("Our two navies stand together", "starts with the pronoun 'Our'"),
])
def test_a_that_clause_needs_its_verb_and_our_is_a_pronoun(made, reason):
    assert reason in problems(made)


def test_an_acronym_is_no_pronoun():
    assert problems("US announces new aid package") == []  # "US", not "us"


@pytest.mark.parametrize(("clause", "made"), [
    # a participle after its noun, the main verb still to come: "is" is the verb
    ("The number of Danish troops currently deployed to Estonia is unclear",
     "The number of Danish troops currently deployed to Estonia is unclear"),
    ("The jets delivered to Chile were the first", "The jets delivered to Chile are the first"),
    ("Mali appeared to accept the treaty he had rejected",  # "to" and a verb: no participle
     "Mali appears to accept the treaty he had rejected"),
    # an adjective of state keeps its copula; a passive does not
    ("Chile is interested in buying the frigates", "Chile is interested in buying the frigates"),
    ("The sailor was injured in the fire", "The sailor injured in the fire"),
])
def test_reduced_relatives_and_adjectives_of_state(clause, made):
    assert present_tense(clause).replace(VERB, "") == made


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # a quotation the sentence opens with is said by the speaker named after it, not by the
    # person the article last named; a phrase before its act is left out with an ellipsis
    ("“For more than a century, our two nations have stood side by side, with other allies "
     "and partners, to keep the peace in the region,” the alliance said on Monday.",
     "on Monday", False, "Alliance says “… our two nations have stood side by side …”"),
    # a quotation's words are not read for a speaker of their own ("We explained")
    ("“We explained to them why it is important that we have that and why it will be good "
     "for the province,” Ortega said on March 22.", "on March 22", True,
     "Ortega says “We explained to them why it is important …”"),
    # "told reporters that, “…”": the quotation after the comma is what was said
    ("After the summit on Sunday, Lee Min-ho, deputy director of the security office, told "
     "reporters that, “We are discussing a long-term defence cooperation programme rather than "
     "a one-time deal.”", "on Sunday", True,
     "Lee says “We are discussing a long-term defence cooperation programme …”"),
    # a word of a cut clause after the last comma goes ("…, day", "…, Demirok")
    ("India handed over 12 patrol boats to Ghana on Thursday, a day after signing a logistics "
     "agreement.", "on Thursday", False, "India hands over 12 patrol boats to Ghana"),
])
def test_quotations_speakers_and_cut_clauses(sentence, date_words, statement, made):
    start = sentence.index(date_words)
    people = {"Lee Min-ho": "Lee Min-ho"}
    title = make_title(sentence, [(start, start + len(date_words))], people, statement,
                       describe=lambda phrase: "Karlsson" if phrase.lower() == "he" else None)
    assert title == made
    assert problems(title) == []


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # typewriter quotation marks are quotation marks: their words are kept, never reworded
    ("Fishermen in Tromso will now ``resist with all their boats any attempt to close the "
     "fjord,'' the union warned on Wednesday.", "on Wednesday", False,
     "Fishermen in Tromso will “resist with all their boats any attempt …”"),
    # ", adding that “…”" after the speaker: still the speaker of the first quotation
    ("``This frigate, which has sailed so far, belongs in our fleet,'' Admiral Berg said on "
     "Tuesday, adding that ``the navy has waited long enough for it.''", "on Tuesday", True,
     "Berg says “This frigate, which has sailed so far …”"),
    # "Calling X “…,” Y said …": an introduction, its quotation's comma closes it
    ("Calling the treaty ``a milestone,'' the minister said on Friday the navy had signed "
     "the deal.", "on Friday", True, "Minister says navy has signed deal"),
    # "posted earnings of …": an act, no attribution (an amount names no speaker)
    ("The shipyard's repair unit, which includes its dry docks, posted earnings of $24 "
     "million, compared with a loss of $3 million last year.", "last year", True,
     "Shipyard's repair unit posts earnings of $24 million"),
    # an acronym starting a compound keeps its capitals in a reported clause
    ("Kovac said on Monday US-made howitzers had arrived in Zagreb.", "on Monday", True,
     "Kovac says US-made howitzers have arrived in Zagreb"),
])
def test_typed_quotes_speakers_and_acts(sentence, date_words, statement, made):
    start = sentence.index(date_words)
    title = make_title(sentence, [(start, start + len(date_words))], {}, statement,
                       describe=lambda phrase: None)
    assert title == made
    assert problems(title) == []


def test_last_without_its_noun_is_a_cut():
    assert fit("Shipment of ground systems starts last") == "Shipment of ground systems starts"
    assert problems("Talks end at last") == []


def test_a_long_that_clause_keeps_its_verb_and_loses_its_subject_s_modifiers():
    sentence = ("During the visit to Oslo in May, the ministry hinted that talks with Norway "
                "regarding the possible sale of Finnish patrol boats had entered the final "
                "stage, but declined to give details.")
    start = sentence.index("in May")
    title = make_title(sentence, [(start, start + 6)], {}, False, describe=lambda phrase: None)
    assert title == "Ministry hints that talks had entered final stage"
    assert problems(title) == []


@pytest.mark.parametrize(("text", "cut"), [
    # a clause opened near the end without its verb goes
    ("Admiral says he will sail the frigate home alone if Danish authorities",
     "Admiral says he will sail the frigate home alone"),
    # a participle after its noun, once the headline has its verb, lost its phrase
    ("Ministry wants court to lift temporary ban issued", "Ministry wants court to lift temporary ban"),
])
def test_a_cut_clause_or_participle_at_the_end_goes(text, cut):
    assert fit(text) == cut


@pytest.mark.parametrize("made", [
    "First frigate built by the yard launched",  # a subject's participle, then the verb
    "Contract for 36 fighter jets signed",  # "jets" is no verb
    "Turkish base is first announced",  # a verb group
    "Woman who was watching the parade killed",  # the relative clause's verb is not the main one
    "Number of recruits who joined the reserve rises",
    "Navy will deliver the jets if Chile pays",
])
def test_participles_and_relative_clauses_that_are_headlines(made):
    assert problems(made) == []


def test_a_second_clause_after_but_goes():
    sentence = "The admiral called the collision avoidable but he urged both crews to stay calm on Monday."
    start = sentence.index("on Monday")
    assert make_title(sentence, [(start, start + 9)], {}, False, describe=lambda p: None) == \
        "Admiral calls collision avoidable"


@pytest.mark.parametrize("made", ["Navy says", "X says that", "Admiral said", ""])
def test_no_words_after_says_is_a_problem_never_a_crash(made):
    assert problems(made)


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # "Name addressing …, expressed": the participle phrase before the verb goes
    ("Defence Minister Jan Novak addressing the launch ceremony of the corvette in Gdynia on "
     "Tuesday, expressed concern about foreign drones over the shipyard.", "on Tuesday", False,
     "Defence Minister Jan Novak expresses concern about foreign drones over shipyard"),
    # a quotation, then "Name, the head of …, said": the name speaks, the words stay his
    ("\"All the radars of the second batch will be delivered to Chile by the end of the "
     "year,\" Pavel Orlov, the director of the state arms exporter said on Monday.",
     "on Monday", True, "Orlov says “All the radars of the second batch …”"),
    # "had said that …": the speaker and what was said
    ("In May, the head of the defence export control office had said that Sweden has started "
     "supplying the radar system to Chile.", "In May", True,
     "Head of defence export control office says Sweden has started supplying radar system"),
])
def test_participle_leads_named_speakers_and_had_said(sentence, date_words, statement, made):
    start = sentence.index(date_words)
    title = make_title(sentence, [(start, start + len(date_words))], {}, statement,
                       describe=lambda phrase: None)
    assert title == made
    assert problems(title) == []


def test_set_of_is_a_noun_not_a_verb():
    assert "what is said has no verb" in problems("Exporter says all property set of radars")
