"""Headlines from sentences of kinds the ninth round saw break when reading the titles of the
new dev articles: a subject of two members after a preposition ("the head of X and other
officials"), a simple past before "by" read as a participle, an opening phrase with a
relative clause or a number's comma, a reminder's frame, a place after "visited" cut to its
last word.  Each rule has a near miss that must stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.speakers import split_attribution
from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # two members after the head's preposition: a country, or "and other …"
    ("The Republic of Korea and Malaysia have signed a deal on patrol boats on Monday.",
     ("on Monday",), "Republic of Korea and Malaysia sign deal on patrol boats"),
    ("The commander of the Omani navy and other senior officers are visiting Karachi on "
     "Tuesday.", ("on Tuesday",), "Commander of Omani navy and other senior officers visit Karachi"),
    # near miss: one body's name with "and" stays singular
    ("The Ministry of Science and Technology has signed a deal with the navy on Monday.",
     ("on Monday",), "Ministry of Science and Technology signs deal with navy"),
    # near miss: "between A and B" is no second member
    ("The exercise between Oman and Kenya has begun on Monday.", ("on Monday",),
     "Exercise between Oman and Kenya begins"),
])
def test_two_members_after_a_preposition(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a simple past before "by" is the verb ("spoke by telephone")
    ("The head of the junta, General Amadou Sall, spoke by telephone with the Turkish "
     "president on 3 May.", ("on 3 May",), "Sall speaks by telephone with Turkish president"),
    # near miss: a participle before "by" stays one ("a delegation led by …")
    ("A delegation led by the deputy minister arrived in Accra on Monday.", ("on Monday",),
     "Delegation led by deputy minister arrives in Accra"),
    # compound verbs: "fast-tracked", "test-fired"
    ("The parliament fast-tracked the ratification of the treaty on Monday.", ("on Monday",),
     "Parliament fast-tracks ratification of treaty"),
    # near miss: a compound adjective is no verb
    ("The long-awaited frigate arrived in Durban on Monday.", ("on Monday",),
     "Long-awaited frigate arrives in Durban"),
])
def test_past_forms(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # an opening participle phrase whose last noun has a relative clause
    ("Talking to the press on Friday after watching the drill Iron Wall, which was held at "
     "the Lipa range, Kovac declined to say when the radars arrived.", ("on Friday",),
     "Kovac declines to say when radars arrived"),
    # the comma of a number is no end of the opening phrase
    ("With 12,000 troops taking part in the drills which will end in June, Shamsheer will "
     "focus on disaster relief.", ("in June",), "Shamsheer to focus on disaster relief"),
    # a reminder's frame goes, the event stays
    ("It is reminded that the Shamsheer drills are being held in Mali with 400 troops.", (),
     "Shamsheer drills held in Mali with 400 troops"),
    ("It should be noted that the navy received two corvettes in March.", ("in March",),
     "Navy receives two corvettes"),
    # "Within the framework of …, X signed": an opening phrase
    ("Within the framework of the visit, the two ministers signed a memorandum on training.",
     (), "Two ministers sign memorandum on training"),
])
def test_opening_phrases(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # what one visits is a place, never a person to shorten
    ("Lavrov visited Sierra Leone on Wednesday.", ("on Wednesday",), "Lavrov visits Sierra Leone"),
    # near miss: a person met keeps being shortened
    ("Lavrov met Julius Maada Bio on Wednesday.", ("on Wednesday",), "Lavrov meets Bio"),
])
def test_places_visited(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a list with a serial comma keeps every member
    ("Russia, Iran, and China hold joint naval drills in the Gulf on Monday.", ("on Monday",),
     "Russia, Iran, and China hold joint naval drills in Gulf"),
    # near miss: a person's name between commas is an appositive
    ("The defence minister, Ali Nasser, and the army chief visited Doha on Monday.",
     ("on Monday",), "Defence minister and army chief visit Doha"),
    # a naming participle belongs to the name, the verb comes after it
    ("Drills dubbed Ocean Shield began in the Arabian Sea on Monday.", ("on Monday",),
     "Drills dubbed Ocean Shield begin in Arabian Sea"),
    # near miss: "dubbed" as the verb
    ("Iran dubbed the drills a success on Monday.", ("on Monday",), "Iran dubs drills success"),
])
def test_lists_and_names(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_an_inclusion_cut_to_a_word_goes_whole():
    sentence = ("The plan envisages the construction of four frigates for the Omani navy "
                "including two in Muscat and two in Izmir.")
    assert title(sentence) == "Plan envisages construction of four frigates for Omani navy"


def test_an_inclusion_cut_to_a_whole_noun_stays():
    sentence = ("Russia works closely with Myanmar to supply military hardware including "
                "aircraft, helicopters and air defence systems.")
    assert title(sentence).endswith("including aircraft")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle after the subject's noun, the main verb in the past after its phrase
    ("The first batch of the air defence systems ordered from Moscow by the government in a "
     "deal worth billions arrived in Alexandria on Monday.",
     "First batch of air defence systems arrives in Alexandria"),
    # near misses: an intransitive main verb with a participle phrase after it
    ("Russian instructors arrived in Niamey in a plane loaded with equipment on Monday.",
     "Russian instructors arrive in Niamey in plane loaded with equipment"),
    ("Hassan arrived in Delhi accompanied by the heads of two firms on Monday.",
     "Hassan arrives in Delhi accompanied by heads of two firms"),
])
def test_a_participle_before_the_main_past(sentence, expected):
    assert title(sentence, ("on Monday",)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Roman numeral after a dash is the name's, neither a new clause nor the pronoun "I"
    ("Exercise Nomad – I started at the Gobi range on Monday.",
     "Exercise Nomad – I starts at Gobi range"),
    ("Exercise Nomad – II began at the Gobi range on Monday.",
     "Exercise Nomad – II begins at Gobi range"),
    # near miss: a site's label before a dash still goes
    ("Defence Post – Mongolia and India began joint drills on Monday.",
     "Mongolia and India begin joint drills"),
])
def test_a_numeral_after_a_dash(sentence, expected):
    assert title(sentence, ("on Monday",)) == expected


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a speaker after "said", then where and when the words were said
    ("“We are learning from the war next door,” said defence minister Jan Kowal during a press "
     "conference on Thursday to present the deal", "defence minister Jan Kowal"),
    ("The navy will get ten ships, said the minister of defence in Warsaw",
     "the minister of defence"),
    ("The navy will get ten ships, said the minister", "the minister"),
])
def test_a_speaker_after_said_with_a_place_and_time(sentence, speaker):
    assert split_attribution(sentence)[0] == speaker


def test_where_the_words_were_said_before_a_colon_goes():
    sentence = "The mayor said from her office in Mosul: “We will rebuild the bridge this year.”"
    assert make_title(sentence, [], {}, True) == "Mayor says “We will rebuild the bridge this year”"
    # near miss: no quotation after the colon, the phrase is not dropped by this rule
    assert "in Mosul" in make_title("The mayor said in Mosul: the bridge will open soon.", [], {},
                                    True)


@pytest.mark.parametrize(("sentence", "expected"), [
    # "as" after the object of "describe" takes a noun phrase: no clause to cut at
    ("The agency described Oman as a reliable partner that continues to support stability in "
     "the wider Gulf region on Monday.",
     "Agency describes Oman as reliable partner that continues to support stability"),
    # the cut leaves the relative clause its verb alone: it goes
    ("The country's Joint Security Cooperation Agency described Oman as a major force that "
     "continues to maintain stability in the Gulf on Monday.",
     "Country's Joint Security Cooperation Agency describes Oman as major force"),
    # near miss: "as" opening a clause is still a place to cut
    ("Leaders of the two countries held talks in the capital on trade and security as the "
     "parliament debated the treaty on Monday.",
     "Leaders of two countries hold talks in capital on trade and security"),
])
def test_as_after_describe(sentence, expected):
    assert title(sentence, ("on Monday",)) == expected


def test_a_series_of_ing_verbs_is_no_participle_clause():
    assert title("The yard has been designing, building, and testing the new corvette class.") == \
        "Yard has been designing, building, and testing new corvette class"
    # near miss: a participle clause after the object still goes
    assert title("The navy held drills in the Gulf, testing new missiles.") == \
        "Navy holds drills in Gulf"


def test_a_second_predicate_cut_to_its_participle_goes():
    sentence = ("The yard has been designing, building, and testing the corvette class for years, and "
                "based on a proposal made later, has been chosen as the main contractor.")
    assert title(sentence) == "Yard has been designing, building, and testing corvette class for years"


def test_a_cut_never_ends_on_and_based():
    sentence = ("The yard has been designing, building, and testing the corvette class since 2019, "
                "and based on a proposal made in 2022, has been selected as the main contractor of "
                "the new frigate class for the navy.")
    assert title(sentence, ("since 2019", "in 2022")) == \
        "Yard has been designing, building, and testing corvette class"
