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
     "Admiral Petrov says new patrol boats are “fast, well armed …”"),
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
