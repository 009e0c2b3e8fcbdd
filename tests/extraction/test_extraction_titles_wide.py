"""Headline rules found by titling every dated sentence of the development texts (not only
the gold events): verb forms that are not the verb, names that look like participles,
speakers whose head is not their last word. All sentences are invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.extraction.headline_tense import plural_subject
from chronology.extraction.speakers import plural_speaker
from chronology.extraction.title_fit import fit, problems
from chronology.extraction.titles import make_title


def title(sentence: str, date_words: str, statement: bool = False) -> str:
    start = sentence.index(date_words)
    return make_title(sentence, [(start, start + len(date_words))], {}, statement)


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    # a name in -ed is no participle phrase to drop ("Lockheed", "Reed")
    ("Lockheed is paying a dividend of 30 cents a share, up 10% from a year earlier.",
     "a year earlier", "Lockheed pays dividend of 30 cents a share, up 10%"),
    # a past form after an article or a possessive is an adjective, not the verb
    ("The proposed merger of the two shipyards was approved on Friday.", "on Friday",
     "Proposed merger of two shipyards approved"),
    # a negative contraction is the verb group ("wasn't disclosed", not "wasn't discloses")
    ("The cost of the new radar wasn't disclosed on Monday.", "on Monday",
     "Cost of new radar isn't disclosed"),
    # "had" as the verb itself
    ("The yard had an operating profit of $50 million last year.", "last year",
     "Yard has operating profit of $50 million"),
    ("The exercise is being conducted from May 2 to May 6 with ten warships.",
     "from May 2 to May 6", "Exercise conducted with ten warships"),
    # a present verb no noun shares is already the headline's verb; the aside before it goes
    ("The exercise, held off the coast of Oman, involves 12 ships and helicopters being "
     "prepared for the next phase from March 3.", "from March 3",
     "Exercise involves 12 ships and helicopters being prepared for next phase"),
    # a ticker in capitals is never re-tensed word by word
    ("BREAKING: NAVY CONFIRMED LAUNCH OF NEW FRIGATE ON MONDAY", "ON MONDAY",
     "NAVY CONFIRMED LAUNCH OF NEW FRIGATE"),
    ("The Iranians rejected the offer on Tuesday.", "on Tuesday", "Iranians reject offer"),
])
def test_the_verb_is_the_verb(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Under the new contract, signed on Friday, the yard will build four corvettes.",
     "on Friday", "Yard to build four corvettes"),
    ("Meantime, the talks resumed on Tuesday in Geneva.", "on Tuesday", "Talks resume in Geneva"),
    ("Among the new arrivals, the largest frigate docked in Souda Bay on Monday.", "on Monday",
     "Largest frigate docks in Souda Bay"),
    # a speaker followed by a clause of its own is no trailing attribution
    ("After the search ended on Monday, investigators in the harbour area say they have found "
     "the wreck.", "on Monday", "Investigators in harbour area say they have found wreck"),
    # cut at 12 words the verb would stand alone: the 13 words stay
    ("The planned purchase of two air defence batteries for $300 million is scheduled to close "
     "on Monday.", "on Monday",
     "Planned purchase of two air defence batteries for $300 million scheduled to close"),
])
def test_intros_and_speakers_go_the_main_clause_stays(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("who", "plural"), [
    ("Global Times", False), ("Financial Times", False), ("Officials in the port city", True),
    ("Russians", True), ("Federal Service for Military and Technical Cooperation", False),
    ("Ministers of Russia and Iran", True), ("Minister of Defence", False),
])
def test_a_speaker_agrees_by_its_head(who, plural):
    assert plural_speaker(who) is plural


def test_a_people_is_plural():
    assert plural_subject(["The", "Israelis"]) and plural_subject(["Americans"])
    assert not plural_subject(["The", "Philippines"])
    assert plural_subject(["We"]) and plural_subject(["they"])  # "we see", not "we sees"


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # inside a reported clause "added" is no second attribution
    ("The statistics office said the economy added 40,000 jobs last month, well above "
     "forecasts.", "last month", False, "Economy adds 40,000 jobs, well above forecasts"),
    # "posted" with a noun phrase after it is the verb, not an attribution
    ("For the quarter ended June 30, the yard posted a profit of $3 million.", "June 30", False,
     "Yard posts profit of $3 million"),
    # an announced thing, even with a participle deep inside it
    ("Kyiv announced the push to retake the town in June after receiving weapons promised by "
     "its allies.", "in June", False,
     "Kyiv announces push to retake town after receiving weapons promised by allies"),
    ("The ministry said on Monday it was concerned and urged both sides to talk.", "on Monday",
     True, "Ministry says it is concerned and urges both sides to talk"),
    ("The ministry said on Monday the base was attacked and damaged in the strike.",
     "on Monday", True, "Base attacked and damaged in strike"),
])
def test_what_is_said_and_what_is_done(sentence, date_words, statement, made):
    assert title(sentence, date_words, statement) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Over the last year, the air force has used the jets in the region.", "last year",
     "Air force uses jets in region"),
    # the date of the parade goes, the parade stays
    ("The jets will take part in the March 23 parade, the minister told reporters.", "March 23",
     "Jets to take part in parade"),
    ("This is the 12th edition of the drill and will end on May 4.", "on May 4",
     "12th edition of drill to end"),
    ("His plane landed in Minsk on Monday.", "on Monday", "Plane lands in Minsk"),
    ("The club admitted three new members, Malta, Cyprus and Iceland on Friday.", "on Friday",
     "Club admits three new members, Malta, Cyprus and Iceland"),
    ("Meanwhile, Foreign Minister Anna Lind, Berger and Defence Minister Karl Holm announced "
     "plans to travel to Kyiv next week.", "next week",
     "Lind, Berger and Holm announce plans to travel to Kyiv"),
])
def test_date_phrases_editions_possessives_and_lists(sentence, date_words, made):
    assert title(sentence, date_words) == made


def test_a_year_in_a_name_stays():
    sentence = "Exercise Sea Shield 2024 will test air defences, the navy said on Monday."
    spans = [(sentence.index(w), sentence.index(w) + len(w)) for w in ("2024", "on Monday")]
    assert make_title(sentence, spans, {}, False) == "Exercise Sea Shield 2024 to test air defences"


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # a party's name before a role and a person is no person of its own
    ("But Fianna Fail leader Mary Boland kept her party out of the coalition on Monday.",
     "on Monday", False, "Boland keeps party out of coalition"),
    # a name in -s is one person; a count of people is plural
    ("Jones arrived in Oslo on Monday.", "on Monday", False, "Jones arrives in Oslo"),
    ("Tens of thousands of people paid tribute to the sailors on Monday.", "on Monday", False,
     "Tens of thousands of people pay tribute to sailors"),
    # "said privately that", the speaker without its relative clause, the aside gone and the
    # country keeping its capital
    ("Navy officers who monitor the strait said privately on Thursday that Norway, through its "
     "embassies in Rome and Oslo, has been pressing for talks.", "on Thursday", True,
     "Navy officers say Norway has been pressing for talks"),
    # a main verb after an aside is no side clause to cut
    ("The frigates, built in Russia, arrived in Delhi on Monday.", "on Monday", False,
     "Frigates arrive in Delhi"),
])
def test_names_counts_speakers_and_side_clauses(sentence, date_words, statement, made):
    assert title(sentence, date_words, statement) == made


def test_a_possessive_pronoun_is_no_one_met():
    sentence = "His talks with Kim on Saturday followed a meeting with the foreign minister."
    start = sentence.index("on Saturday")
    made = make_title(sentence, [(start, start + 11)], {}, False)
    assert not made.lower().startswith("his")


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    ("The Coast and Border Guard Service said on Monday that the patrol boat must be returned.",
     "on Monday", True, "Coast and Border Guard Service says patrol boat must be returned"),
    ("The Army and Navy held joint drills on Monday.", "on Monday", False,
     "Army and Navy hold joint drills"),
    ("The United States and the Soviet Union conferred in Geneva on Monday.", "on Monday", False,
     "United States and Soviet Union confer in Geneva"),
    # an article left before the date's commas goes with them
    ("The Jan. 3, 2001, blasts damaged two depots.", "Jan. 3, 2001", False,
     "Blasts damage two depots"),
])
def test_one_body_or_two_and_no_stray_article(sentence, date_words, statement, made):
    assert title(sentence, date_words, statement) == made


def test_a_cut_leaves_no_participle_without_its_phrase():
    assert fit("King Olaf of Norway arrives in Washington seeking to mediate between the two old "
               "rivals", 8) == "King Olaf of Norway arrives in Washington"


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Still, the yard's steel operations posted a steep drop in profit on Monday.", "on Monday",
     "Yard's steel operations post steep drop in profit"),
    # "special envoy" is the role, dropped with the rest of it
    ("Foreign Ministry spokesman Ivan Petrov said special envoy Mikhail Orlov left on Tuesday for "
     "consultations in Cairo.", "on Tuesday", "Orlov leaves for consultations in Cairo"),
    ("The talks on Saturday followed a meeting with his Latvian counterpart, Anna Ozola.",
     "on Saturday", "Talks follow meeting with Latvian counterpart Ozola"),
    # cut at 12 the verb would keep one word ("… flies"): up to 14 words keep its phrase
    ("A group of six military transport planes of the Chinese Air Force flew over Bulgaria on "
     "Sunday.", "on Sunday",
     "Group of six military transport planes of Chinese Air Force flies over Bulgaria"),
    # but a cut at a clause boundary is clean
    ("The weather conditions are looking good and they are expected to reach the new Ambala air "
     "base by Monday.", "by Monday", "Weather conditions look good"),
])
def test_intros_roles_and_where_a_long_headline_ends(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # a quotation told before its speaker keeps every word, even after a bullet dash, and is
    # shortened at a phrase boundary
    ("- \"The systems we are sending are carefully chosen to make the biggest difference at sea "
     "and strengthen the navy's hand in the talks when the time comes,\" the defence minister "
     "Olga Berg said in a statement on Tuesday.", "on Tuesday", True,
     "Berg says “The systems we are sending are carefully chosen …”"),
    ("In what has been billed as \"a milestone for the fleet\", the new patrol ship of the coast "
     "guard, KV Nordkapp, was commissioned at the yard on Monday.", "on Monday", False,
     "Nordkapp commissioned at yard"),
    ("In 2020, navy officials told the Baltic Times that they had an early draft of the plan.",
     "In 2020", True, "Navy officials say they had early draft of plan"),
    # "Jr." is no surname
    ("Defence officials in February announced that Marcos Jr. has approved four more sites.",
     "in February", True, "Defence officials say Marcos has approved four more sites"),
])
def test_quotations_kept_whole_and_people_named_by_their_surname(sentence, date_words,
                                                                   statement, made):
    assert title(sentence, date_words, statement) == made


@pytest.mark.parametrize(("made", "dangles"), [
    ("Navy commissions corvette as part", True),
    ("Jets arrive in response", True),
    ("Minister acts on behalf", True),
    ("Deal signed, the ministry told", True),
    ("Crew told", False),
    ("Frigates built in Russia, had been told", False),
    ("Navy buys jets as well", True),
    ("Frigates sail toward", True),
    ("Talks go on without", True),
    ("Navy plans go ahead", False),
    ("Portion of volume isn't known", False),
])
def test_the_self_check_knows_a_cut_phrase(made, dangles):

    assert any("mid-phrase" in p for p in problems(made)) is dangles


def test_an_intro_of_despite_and_a_comma_splice_go():
    assert title("Despite the threat of a new conflict, oil prices have been falling on Monday, "
                 "that's just the reverse of last week.", "on Monday") == "Oil prices have been falling"


def test_a_cut_never_ends_on_a_participle_that_needs_its_phrase():
    made = fit("Ministry names locations of four new bases that will be included in the expanded "
               "defence pact with its ally", 13)
    assert not made.endswith("included")


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("These problems also resulted in a loss for the yard in the first quarter.",
     "the first quarter", "Problems result in loss for yard"),
    ("These drills began on Monday.", "on Monday", "Drills begin"),
])
def test_a_demonstrative_before_a_noun_in_s_is_a_determiner(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "made"), [
    ("The F-16s arrived in Kyiv on Monday.", "F-16s arrive in Kyiv"),
    ("The Su-30MKIs arrived in Pune on Monday.", "Su-30MKIs arrive in Pune"),
    ("The first Rafales landed at the air base on Monday.", "First Rafales land at air base"),
    ("The United States signed the deal on Monday.", "United States signs deal"),
    ("The United Arab Emirates signed the deal on Monday.", "United Arab Emirates signs deal"),
])
def test_a_type_name_in_the_plural_is_plural_a_country_is_one(sentence, made):
    assert title(sentence, "on Monday") == made


def test_told_a_body_of_several_words_and_a_quotation_after_a_colon():
    sentence = ("He told the House of Commons on Thursday: “Today I can confirm that the navy is "
                "sending two frigates.”")
    start = sentence.index("on Thursday")
    made = make_title(sentence, [(start, start + 11)], {}, True,
                      describe=lambda phrase: "Holm" if phrase.lower() == "he" else None)
    assert made == "Holm says “Today I can confirm …”"
    # unresolved, the quotation stays whole and closed, and nothing crashes
    alone = make_title(sentence, [(start, start + 11)], {}, True)
    assert alone.count("“") == alone.count("”") and "Commons" not in alone


HEADLINE_WORDS = st.sampled_from([
    "The", "navy", "frigates", "F-16s", "signed", "is", "was", "being", "conducted", "said", "told",
    "the", "House", "of", "Commons", ":", "“", "”", "\"", ",", ".", "on", "Monday", "Over", "last",
    "year", "This", "edition", "and", "will", "in", "what", "billed", "as", "He", "His", "Jr.",
    "Marcos", "isn't", "known", "to", "—", "-", "2023", "Sea", "Guardian", "a", "share", "up",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(HEADLINE_WORDS, max_size=40).map(" ".join), st.booleans(), st.integers(0, 400))
def test_a_headline_is_always_made(sentence, statement, at):
    """Whatever the words and wherever the date, a headline comes back and nothing raises."""
    start = min(at, len(sentence))
    made = make_title(sentence, [(start, min(len(sentence), start + 6))], {}, statement,
                      describe=lambda phrase: "Holm" if phrase.lower() == "he" else None)
    assert isinstance(made, str) and len(made.split()) <= 14 or not sentence.strip()


def test_a_cut_that_leaves_nothing_does_not_crash():
    sentence = ("Although he called the current talks \"highly productive,\" Mr. Holm, the yard's "
                "chairman and chief executive officer, forecast a rise in orders for the full year.")
    spans = [(sentence.index(w), sentence.index(w) + len(w)) for w in ("current", "the full year")]
    for statement in (False, True):
        assert make_title(sentence, spans, {}, statement)


def test_a_comma_inside_a_quotation_ends_no_intro():
    assert title("Although he called the talks \"highly productive,\" the minister confirmed the "
                 "sale of two frigates on Monday.", "on Monday") == \
        "Minister confirms sale of two frigates"


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    # a quoted name first keeps its article, so the headline opens with a word
    ('The "Northern Shield 2025" drill will run from May 2 to 9, and feature ships and aircraft.',
     "from May 2 to 9", 'The "Northern Shield 2025" drill to run and feature ships and aircraft'),
    # the date's comma goes with it before a second verb, not before a new subject
    ("The yard delivered the frigate on Monday, and hoisted the flag.", "on Monday",
     "Yard delivers frigate and hoists flag"),
    ("The yard delivered the frigate on Monday, and the navy accepted it.", "on Monday",
     "Yard delivers frigate"),
    ("The 120m-long warship was launched on Monday, and a handover ceremony was held at the yard.",
     "on Monday", "120m-long warship launched"),
])
def test_quoted_names_and_second_predicates(sentence, date_words, made):
    assert title(sentence, date_words) == made


def test_a_plural_subjects_present_verb_is_the_verb():
    # "allow" is the verb: the 13 words stay rather than "… allow company"
    assert title("The capabilities of the new production line allow the company to produce 20 "
                 "more aircraft of the type in 2026.", "in 2026") == \
        "Capabilities of new production line allow company to produce 20 more aircraft of type"
    assert title("The two navies met in Tallinn on Monday.", "on Monday") == \
        "Two navies meet in Tallinn"


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    # "a" after an amount is "per" and stays; elsewhere it goes like any article
    ("Russia will deliver 12 jets a year from 2026.", "from 2026", "Russia to deliver 12 jets a year"),
    ("The yard bought a share in the company on Monday.", "on Monday", "Yard buys share in company"),
    # a second verb after an adverb is told in the same tense
    ("Gunmen killed three soldiers and seriously wounded six others on Monday.", "on Monday",
     "Gunmen kill three soldiers and seriously wound six others"),
])
def test_rates_and_second_verbs_after_an_adverb(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "made"), [
    ("The crew was told on Monday.", "Crew told"),
    ("Six new jets were added on Monday.", "Six new jets added"),
])
def test_a_passive_participle_at_the_end_is_the_verb(sentence, made):
    assert title(sentence, "on Monday") == made


@pytest.mark.parametrize(("sentence", "made"), [
    # a short quotation keeps its words and marks (issue 9: words in quotes are never
    # changed, on the statement path too); a country's possessive keeps its capital
    ("“The navy has signed the deal,” the minister said on Monday.",
     "Minister says “The navy has signed the deal”"),
    ("Officials said on Monday that Pakistan's air force had completed the sale.",
     "Officials say Pakistan's air force has completed sale"),
])
def test_short_statements_are_told_as_headlines(sentence, made):
    assert title(sentence, "on Monday", statement=True) == made


@pytest.mark.parametrize(("sentence", "made"), [
    ("Iranian officials met with Defence Minister Karl Holm on Monday.", "Iranian officials meet Holm"),
    ("Under the deal, India and France met Defence Minister Karl Holm in Oslo on Monday.",
     "India and France meet Holm in Oslo"),
    ("Putin met Defence Minister Karl Holm in Oslo on Monday.", "Putin meets Holm in Oslo"),
])
def test_a_meeting_agrees_with_who_met(sentence, made):
    assert title(sentence, "on Monday") == made
