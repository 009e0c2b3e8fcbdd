"""The automatic title check of the real-article benchmark (benchmarks/title_check.py).

Every example is written for this test; none comes from an article.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import title_check  # noqa: E402

GOOD = [
    "Russia and Iran sign a military cooperation agreement",
    "Turkey receives first batch of S-400 components",
    "India, Russia agree on frigate deal",
    "Philippines receives BrahMos missiles",
    "Putin meets Kim at Vostochny",
    "Deal signed",
    "Iran to buy fighter jets",
    "Iran's naval drills end",
    "Military confirms deal with China for supply of jets",
    "First batch of S-400 systems arrives in Turkey",
    "Construction of four corvettes begins in Karachi",
    "Navies of China and Pakistan kick off largest naval exercises",
    "Sharif and Yilmaz jointly inaugurate corvette warship",
    "Erdogan and Azerbaijani counterpart Aliyev sign joint declaration",
    "Poland and United States set to agree sale of Patriot missiles",
    "Four Rafale aircraft participate in war games at Jodhpur airbase",
    "Kim Jong Un arrives in Khasan by train",
    "US State Department confirms Javelin deliveries",
    "Pakistan Navy is commissioning its first corvette",
    "India and US sign 10-year defence framework",
]


@pytest.mark.parametrize("title", GOOD)
def test_usable_headlines_pass(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize(("title", "rule"), [
    ("He makes remarks upon arrival in the city", "pronoun-start"),
    ("This reported by the ministry", "pronoun-start"),
    ("Its navy receives two frigates", "pronoun-start"),
    ("“, Soyuz rocket lifts off with satellite", "bad-start"),
    ("- Russia delivers jets", "bad-start"),
    ("Russia delivers missiles to Syria in accordance", "cut-end"),
    ("Deal on frigates signed by the", "cut-end"),
    ("Navy commissions corvette as part", "cut-end"),
    ("Press office of the arms agency says", "cut-end"),
    ("Minister discusses road map and said", "cut-end"),
    ("Jets land at air base |", "cut-end"),
    ("Minister says the new satellite will be”", "unbalanced"),
    ("Navy holds drills (in the north", "unbalanced"),
    ("Officials say \"deal is close", "unbalanced"),
    ("MOSCOW: Russia ships jets to Serbia", "dateline"),
    ("NEW DELHI - India signs frigate deal", "dateline"),
    ("Local media says ANKARA: deliveries begin", "dateline"),
    ("Kamra : Air force inducts new jets", "dateline"),
    ("Russia signs deal (Reuters)", "dateline"),
    ("Moscow, June 3. /TASS/. Russia signs deal", "dateline"),
    ("Navy holds naval drills in Source", "dateline"),
    ("Minister visits Moscow – Xinhua", "dateline"),
    ("Defence Weekly – Minister of Defence visits Moscow", "dateline"),
    ("date 2019-07-12 Turkey receives jets", "dateline"),
    ("Northland and Southland hold their annual joint naval exercise with twelve ships off "
     "the western coast", "too-long"),
    ("Naval drills in the Gulf", "no-verb"),
    ("There to be no ban on arms sales", "no-verb"),
    ("Joint patrol over the sea", "no-verb"),
    ("Minister in meeting with his counterpart", "no-verb"),
    ("Officials says the deal is ready", "agreement"),
    ("Russia and China signs a deal", "agreement"),
    ("Patriots arrives in Kyiv", "agreement"),
    ("Ministers of Russia and Iran meets in Moscow", "agreement"),
    ("This reported by the defence ministry", "fragment"),
    ("According to officials, deliveries start", "fragment"),
    ("Deliveries will start soon, officials said", "fragment"),
    ("Notably, India delivers missiles", "fragment"),
    ("Started, the project covers four corvettes", "fragment"),
])
def test_each_rule_flags_its_example(title, rule):
    assert rule in title_check.problems(title)


def test_is_broken_and_rules_are_listed_in_docstring():
    assert title_check.is_broken("He signs")
    assert not title_check.is_broken("Russia signs deal")
    rules = {"pronoun-start", "bad-start", "cut-end", "unbalanced", "dateline", "too-long",
             "no-verb", "agreement", "fragment"}
    for rule in rules:
        assert f"``{rule}``" in title_check.__doc__


def test_fourteen_words_is_the_limit():
    fifteen = "Russia and India sign a deal on four frigates for the navy in New Delhi"
    assert len(fifteen.split()) == 15
    assert "too-long" in title_check.problems(fifteen)
    assert "too-long" not in title_check.problems(fifteen.rsplit(" ", 1)[0])


def test_one_word_after_a_final_comma_is_a_cut_clause():
    assert "cut-end" in title_check.problems("Air force inducts six jets, know")
    assert "cut-end" not in title_check.problems("Navy gets four frigates, two built abroad")


def test_possessive_end_and_numbers():
    assert "cut-end" in title_check.problems("Cruiser Varyag arrives as flagship of the Navy's")
    assert "cut-end" not in title_check.problems("Pakistan buys jets worth $1,500")


def test_a_closing_straight_quote_is_no_cut():
    assert "cut-end" not in title_check.problems('Navies start exercise coded "Joint Sea-2024"')
    assert "cut-end" in title_check.problems('Minister of defence says "')


def test_a_regular_past_form_the_list_lacks_is_a_verb_an_adjective_is_not():
    assert "no-verb" not in title_check.problems("Exercise divided into two phases")
    assert "no-verb" not in title_check.problems("Activity linked to new contract")
    assert "no-verb" in title_check.problems("Advanced jets for the navy")
    assert "no-verb" in title_check.problems("Indian-made guided missiles")


@pytest.mark.parametrize("title", [
    # verbs the first list lacked: each a finite verb, flagged "no-verb" before
    "Navy grants allies access to two more ports",
    "Visit represents new stage of defence dialogue",
    "Joint air exercise culminates at northern air base",
    "New frigate undergoes sea trials",
    "Cruiser plays key role in coastal defence",
    "Marcos grants allies access to two more bases",
    "Financial Times says talks on the frigate deal stalled",  # a newspaper's name, one body
    "Officials caution the buyer against the deal",
    "Interest in rocket system shown during visit",
    "Hundreds of people flee the border town",
    "Police find weapons cache in warehouse",
    "People pay tribute to the crew",
    "Minister suggests navy join the regional drills",
    "President huddles with allied leaders in port city",
    "Both air forces undertake joint patrol near the coast",
    "Navy places orders for six corvettes",  # "orders" is no verb of a subject "places"
    "Two ministers exchange views on regional issues",  # nor "issues" of "views"
    # a last token with a digit is an amount or a code, not a cut
    "Shipyard shares fall 87 cents to $52.10",
    "Army begins testing upgraded launcher model 70-B21",
])
def test_headlines_the_first_lists_missed_pass(title):
    assert title_check.problems(title) == []


def test_the_added_words_still_need_a_subject_and_a_cut_still_shows():
    assert "no-verb" in title_check.problems("Research grants for the navy")
    assert "no-verb" in title_check.problems("Naval plays in the harbour")
    assert "cut-end" in title_check.problems("Shipyard shares fall to")
    assert "agreement" in title_check.problems("Officials grants access to ports")
    assert "no-verb" in title_check.problems("Prisoner exchange in the Gulf")
    assert "no-verb" in title_check.problems("Naval exchanges in the Gulf")
    assert "no-verb" in title_check.problems("Market place in the capital")


@pytest.mark.parametrize("title", [
    # news verbs the list lacked, each flagged "no-verb" on a dev-pool title before
    "Lawyers file appeal in district court",
    "Thousands of workers rally in the capital",
    "Protesters march to the embassy",
    "Border tensions spike after shelling",
    "Conflict escalates into ground offensive",
    "Company posts net loss of $4 million",
    "Exports jump 12% in third quarter",
    "Location for summit chosen by host",
    "Officials decline to comment",
    # a plural subject in -s that the list of one-thing words held ("forces", "talks")
    "Allied forces conduct joint training at northern base",
    # the plural head before the subject's first preposition
    "Details of the attack emerge",
    "Joint exercises of the two armies begin near the border",
    # "training ship": an -ing modifier inside a subject joined by "and"
    "Cruiser Alpha and training ship Beta sail into port",
    # a surname in -s after a title is no plural
    "Mr Harris says deal will be signed soon",
    # a compound noun in the object ("weapons tests") is no subject
    "Launch is third round of weapons tests",
    # a phrasal verb's particle after a past form is no cut
    "Upgraded patrol boats handed over",
])
def test_false_alarms_of_the_seventh_round_pass(title):
    assert title_check.problems(title) == []


def test_the_seventh_round_words_still_need_a_subject():
    assert "no-verb" in title_check.problems("Military posts in the north")
    assert "no-verb" in title_check.problems("New rallies in the capital")
    assert "no-verb" in title_check.problems("Supply of arms to the region")
    assert "agreement" in title_check.problems("Officials files appeal")
    assert "agreement" in title_check.problems("Russia says officials visits port")
    assert "agreement" in title_check.problems("Harris and Jones says deal is close")
    assert "cut-end" in title_check.problems("Navy takes control over")


# Faults the checker missed in the eighth round's reading of the dev titles (each example
# invented, of the same kind).
@pytest.mark.parametrize(("title", "rule"), [
    ("KYIV CITY Ukraine receives tanks", "dateline"),
    ("Ministry says ODESSAUkrainian forces are training", "dateline"),
    ("Le Bourget, France – signs in Athens", "dateline"),
    ("Lyon, France, May 3, 2021 – Company signs contract", "dateline"),
    ("Federal Defence Office says new patrol sites", "no-verb"),
    ("U.K. Defence Ministry's approval of possible transfer", "no-verb"),
    ("Navy chief and Greek counterpart sign Joint", "cut-end"),
    ("Greece and Cyprus sign landmark 10-year", "cut-end"),
    ("Admiral says drills strengthen the two navies’", "cut-end"),
    ("Port hosts Italian sailors under agreement signed", "cut-end"),
    ("Drill follows after Greek and Cypriot navies conduct", "cut-end"),
    ("Statement by the Joint Chiefs say Greece has ordered jets", "agreement"),
    ("The frigates were built under a loan from Italy", "past-tense"),
    ("Parliament approved the law on troop deployment", "past-tense"),
])
def test_faults_of_the_eighth_round_are_caught(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Office says new patrol sites will open in May",  # what is said has its verb
    "Minister says “new patrol sites”",  # a quotation is the speaker's own
    "First frigate delivered into Greek Navy hands",  # "hands" a noun here
    "Jets delivered to Greek military",  # "military" a noun here
    "Spokesman says agreement is order for ten jets",
    "Secretary of State Adams, Berg and Cole announce trip",  # a list: plural
    "Spokesman says he is aware of Greece's use of the missiles",
    "Office hints that talks had entered final stage",  # a clause's own tense
    "Greece and Cyprus “signed a contract”",  # a quotation keeps its tense
    "Shares plunge further",
])
def test_good_headlines_pass_the_eighth_round_rules(title):
    assert title_check.problems(title) == []


def test_verbs_learnt_in_the_eighth_round_still_need_a_subject():
    assert title_check.problems("Base houses troops under agreement") == []
    assert title_check.problems("Two armies perform joint drills") == []
    assert title_check.problems("Decision shifts costs onto company") == []
    assert title_check.problems("Chile initiates lease with Dutch government") == []
    assert title_check.problems("Paper quotes officer in police department") == []
    assert title_check.problems("Dispute concerns border treaty") == []
    assert "no-verb" in title_check.problems("New concerns over the treaty")
    # an auxiliary's negative contraction is a finite verb
    assert title_check.problems("Share of exports isn't known") == []
    assert title_check.problems("Talks won’t resume") == []
    # "forces" stays a plural noun, no verb in the third person ("force" is not listed)
    assert title_check.problems("Greek and Cypriot forces join efforts again") == []
    assert "no-verb" in title_check.problems("New houses for the crews")
    assert "no-verb" in title_check.problems("More shifts at the shipyard")


def test_a_lost_subject_and_an_adjective_end_are_caught():
    assert "fragment" in title_check.problems("On Maritime Security that patrols are key")
    assert "fragment" not in title_check.problems("In Athens, Greek and Cypriot ministers meet")
    # "About 100 sailors", "Over 2,000 troops": a number's adverb, no lost subject
    assert title_check.problems("About 100 protesters march outside ministry") == []
    assert title_check.problems("Over 2,000 troops join drills") == []
    assert "cut-end" in title_check.problems("Ministry says Greece has delivered first part of advanced")


@pytest.mark.parametrize(("title", "rule"), [
    # a simple past is past with or without an object after it
    ("Sall spoke by telephone with Erdogan", "past-tense"),
    ("Delegation went to Ankara for talks", "past-tense"),
    # what a cut left of a number, a relative clause cut from its noun
    ("000 troops take part in drills", "bad-start"),
    ("Which was held at the range, Kovac declines to comment", "fragment"),
    # a second member after the head's preposition: the verb is plural
    ("Commander of the navy and other senior officers visits Karachi", "agreement"),
    ("Minister of defence and two deputies arrives in Rome", "agreement"),
    # names in -s before "says" do not hide a plural noun that speaks
    ("Sources says talks resume", "agreement"),
    ("Parties says vote is set", "agreement"),
    ("Patriots arrives in Poland", "agreement"),
])
def test_faults_of_the_ninth_round_are_caught(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Putin says Sall spoke by telephone with him",  # what is said keeps its tense
    "Talks held in Ankara",  # a participle, no simple past
    "Navy receives 16,000 tonnes of fuel",
    "Which navies take part in drills?",  # a question, no cut
    "Commander of the navy visits Karachi",
    "Exercise between Oman and other navies begins",  # "between": one exercise
    # a name in -s speaks; a firm's name in -s is one firm
    "Kallas says Estonia will buy rocket launchers",
    "Qantas says flights resume",
    "Hindustan Aeronautics delivers first trainer",
    # verbs the list lacked, an adverb inside a "to", a noun before a participle
    "Project envisages construction of four corvettes",
    "Sale of missiles figures in talks",
    "Sailors unfurl flag at opening ceremony",
    "Leaders to jointly launch fourth corvette",
    "Shamsheer exercises held in Oman",
])
def test_good_headlines_pass_the_ninth_round_rules(title):
    assert title_check.problems(title) == []


def test_a_preposition_right_before_a_verb_form_does_not_crash_the_check():
    assert isinstance(title_check.problems("Deal is due on reports of talks"), list)
    assert isinstance(title_check.problems("Deal on supplies"), list)


def test_a_count_cut_from_its_noun_after_including_is_a_cut():
    assert "cut-end" in title_check.problems("Project envisages four corvettes for navy including two")
    assert title_check.problems("Navy receives patrol boats including two corvettes") == []
    assert title_check.problems("Army receives vehicles including tanks") == []


def test_a_numeral_after_a_dash_is_no_site_label():
    assert title_check.problems("Exercise Nomad – II begins at Gobi range") == []
    assert "dateline" in title_check.problems("Iran Project – Iranian minister visits Moscow")


def test_a_name_in_as_or_es_opening_what_is_said_is_no_plural():
    assert title_check.problems("Airline says Qantas plans daily flights to Delhi") == []
    assert "agreement" in title_check.problems("Ministry says sources plans new flights")
    assert "agreement" in title_check.problems("Ministry says Parties plans new vote")
    assert title_check.problems("Board of supervisors to vote on school") == []


@pytest.mark.parametrize(("title", "rule"), [
    # a time told relative to the report: the card's date says when
    ("Defence minister earlier inspects frigate in Gdansk", "relative-date"),
    ("Colonel returns to Vilnius previously", "relative-date"),
    ("Crew reaches Baltiysk earlier this month", "relative-date"),
    ("Corvette to be launched next year", "relative-date"),
    ("Navy chief visits shipyard yesterday", "relative-date"),
    ("Today Croatia signs helicopter deal", "relative-date"),
    # a sentence glued to its own copy
    ("Exercise Nomad II opens at Gobi range Exercise Nomad II opens at Gobi range", "repeated"),
])
def test_faults_of_the_eleventh_round_are_caught(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Signing follows earlier agreement on helicopters",  # "earlier" before a noun: an adjective
    "Zagreb Today says navy orders patrol boats",  # a paper's name
    "Kovac says “the boats arrived yesterday”",  # the speaker's own words
    "Navy says last patrol boat delivered",  # "last" of a thing, not of a time
    "Croatia and Slovenia sign deal as Croatia and Slovenia agree",  # three words, not four
])
def test_good_headlines_pass_the_eleventh_round_rules(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title", [
    # false alarms of the twelfth round: news verbs the list lacked, an adverb or a model's
    # code between a plural subject and its bare verb
    "Chile shortlists three yards for frigate talks",
    "Drill underscores growing naval ties",
    "Admiral commends crews of joint patrol",
    "Allies ramp up air defence spending",
    "Lima denounces border incursion",
    "Navy to retaliate against raiders",
    "Chilean officials later inspect trainer jet",
    "Four transport planes C-390 land in Santiago",
    "Chile test-fires coastal missile",  # a compound verb counts by its head
    "Chile and Peru co-develop patrol drone",
    "Contract set to expire",  # news verbs found titling the dev half of TimeML
    "Fleet visit precedes naval summit",
    "Admiral walks with his counterpart",
    "Drill serves to deepen ties",
    "Test pilot airs trainer for first time",  # an -s form the list lacks, before its object
    "Peru shortlists three for corvette talks",
])
def test_false_alarms_of_the_twelfth_round_pass(title):
    assert not title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Chilean officials later",  # an adverb is no verb
    "Four transport planes C-390",  # a code is no verb
    "Joint patrols near the strait",
    "Missile test-fire in the desert",  # a compound noun after a singular is no verb
    "Naval service records",
    "US weapons deliveries",  # a compound noun
    "Russian arms shipment",  # an adjective before the -s word
    "Naval drills in the Gulf",  # a phrase after the -s word
])
def test_the_twelfth_round_still_needs_a_verb(title):
    assert "no-verb" in title_check.problems(title)


@pytest.mark.parametrize("title", [
    # a count opening a longer noun phrase makes it a plural subject (thirteenth round)
    "Six C-27J air transport aircraft land at Entebbe airport",
    "Six Kenyan air transport aircraft land at Entebbe airport",
])
def test_a_count_opens_a_plural_subject(title):
    assert not title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Six C-27J air transport aircraft",  # still no verb
    "Six boats of naval patrol fleet",
])
def test_a_counted_noun_phrase_still_needs_a_verb(title):
    assert "no-verb" in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Kenyan parliament approves purchase",  # after a verb the last word is its object
    "Officials confirm supply",
])
def test_an_object_after_its_verb_is_no_cut(title):
    assert "cut-end" not in title_check.problems(title)


@pytest.mark.parametrize("title", ["Navies of Kenya and Ghana conduct", "Otieno and Kamau sign"])
def test_a_verb_without_its_object_is_still_cut(title):
    assert "cut-end" in title_check.problems(title)


@pytest.mark.parametrize("title", [
    # news verbs the list lacked (thirteenth round, invented headlines)
    "Deal covers 12 helicopters",
    "Kenyan fleet consists of 40 helicopters",
    "Helicopters touch down in Accra",
    "Ghana eyes Brazilian trainer jets",
    "Kenya taps Turkey for drones",
    "Ghana opts for Brazilian jets",
    "Kenya commits troops to mission",
])
def test_false_alarms_of_the_thirteenth_round_pass(title):
    assert not title_check.problems(title)


@pytest.mark.parametrize("title", ["Naval eyes in the Gulf", "Ground cover for troops"])
def test_the_thirteenth_round_still_needs_a_verb(title):
    assert "no-verb" in title_check.problems(title)


# A false alarm of round en19 on a plainly good dev headline: a capitalised word of a name
# between "and" and the verb ("State" in "Polish State Armament Agency") is no verb.
@pytest.mark.parametrize("title", [
    "Korean defence firm and Polish State Armament Agency agree on framework",
    "Navy and Coast Guard Command sign deal",
])
def test_a_names_word_after_and_is_no_verb(title):
    assert title_check.problems(title) == []


def test_a_lower_case_verb_after_and_still_breaks_the_subject():
    assert "no-verb" in title_check.problems("Army and Air Force Support Command")
    assert "no-verb" in title_check.problems("Poland and the state sign deal")


@pytest.mark.parametrize("title", [
    # verbs the list lacked (fourteenth round): each a plain headline verb
    "Kovac plants tree at memorial in Ljubljana",
    "Croatian flags flutter along bridge in Ljubljana",
    "Hina says move cements growing defence ties between Croatia and Slovenia",
    "Croatia accounts for 40% of Slovenia's arms imports",
    # a plural in -os heads its subject
    "Photos of six jets over Ljubljana appear on social media",
    # "first" after a plural subject is an adverb
    "Two sides first sign joint development agreement",
    # a long company name after "and" is one subject
    "Navy and Adriatic Shipbuilding & Offshore International Co. sign $40 million contract",
    # a name in -as opening the headline is no plural
    "Dendias visits construction docks of frigates NEARCHOS and FORMION",
])
def test_false_alarms_of_the_fourteenth_round_pass(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title", [
    "Nuclear plants in Slovenia",  # a noun reading, no subject before it
    "First sign of thaw between navies",  # "first" before a noun is its adjective
    "Marcos of Philippines meet",  # a name in -os is no plural
    "Drills and Large Scale Joint Naval Security exercise",  # nothing after the last word
])
def test_the_fourteenth_round_still_needs_a_verb(title):
    assert "no-verb" in title_check.problems(title)


def test_a_plural_in_as_still_agrees():
    assert "agreement" in title_check.problems("Quotas rises for naval recruits")


@pytest.mark.parametrize(("title", "rule"), [
    # a caption's credit or a source's name in another script
    ("Navy reproduces from 海军日报", "script"),
    ("Frigate photo courtesy of Флот", "script"),
    # a weapon's kind without the weapon
    ("Ghana to receive four Hisar surface-to-air", "cut-end"),
    # an infinitive's verb that needs what is tried
    ("Navy chief visits Ankara to try", "cut-end"),
    # a writer's aside to the reader opening the title
    ("Recall that says handover of the boats took place in Kiel", "fragment"),
    ("Note that Ghana receives two patrol boats", "fragment"),
    # a month, a season or a weekday told from the report's day
    ("Treaty signed last June with Ghana", "relative-date"),
    ("Ghana to receive patrol boats next spring", "relative-date"),
    ("Ministers meet this Tuesday in Accra", "relative-date"),
    # a span of time without what it is counted from
    ("Patrol in the strait comes just weeks", "cut-end"),
    ("Second delivery follows only days", "cut-end"),
])
def test_round_sixteen_rules_flag_their_examples(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Drills in the strait last two weeks",  # a span that is the act's own length
    "Ghana receives patrol boats from Turkey",
    "Navy notes progress on frigate programme",  # "notes" as the verb, not an aside
    "Ministers meet in Accra on Tuesday",  # no relative word before the weekday
    "Ghana signs the June agreement",
    "Navy chief goes to Ankara to try new patrol boats",
    "Ministers meet face-to-face in Accra",
    "Ghana receives four surface-to-air missile systems",
])
def test_round_sixteen_near_misses_pass_those_rules(title):
    found = title_check.problems(title)
    assert not {"script", "fragment", "relative-date", "cut-end"} & set(found), found


@pytest.mark.parametrize(("title", "rule"), [
    ("Defence chiefs meet in Baku ahead of entry", "cut-end"),
    ("Navy keeps frigate in service until it", "cut-end"),
    ("Ministry initially agrees to this", "cut-end"),
    ("Envoys meet in Ankara because they", "cut-end"),
    ("Ministers meet in Minsk ahead of signing", "cut-end"),
    ("Photo: frigate arrives at Port Said", "caption"),
    ("Frigate arrives at Port Said (Photo by Anna Berg)", "caption"),
    ("File photo of frigate at Port Said", "caption"),
    ("Courtesy of the Hellenic Navy", "caption"),
    ("Anna Berg / AFP", "caption"),
    ("Frigate arrives at Port Said News Frigate arrives at Port Said", "repeated"),
    ("Cooperation between our navies grows", "first-person"),
    ("Minister says we will buy four frigates", "first-person"),
    ("Talks with us continue in Oslo", "first-person"),
    ("Navies jointly launch e third corvette", "garbled"),
    ("Frigate arrives at Port Said | World News | Frigate", "label"),
    ("Talks end in Oslo | Ships sail home", "label"),
    ("Flotilla ships, missile ship Dagestan and small missile ship Volga", "no-verb"),
    ("and will strengthen the defence ties", "garbled"),
])
def test_each_rule_of_the_seventeenth_round_flags_its_example(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Putin says Sall spoke by telephone with him",  # a pronoun pointing to a name before it
    "US and Norway sign deal on air defence",  # "US" is a country
    "Exercise Storm – I starts at Kandla",  # a numeral
    "Talks go ahead in Riga",
    "Plan B approved by parliament",
    "Minister says “we will buy four frigates”",  # the speaker's words, quoted
    "Croatia and Slovenia sign deal as Croatia and Slovenia agree",
    "Greece bans entry of warships",
    "Photos of new frigate emerge",
    "Minister says, “we will buy four frigates”",
])
def test_good_headlines_pass_the_seventeenth_round_rules(title):
    assert title_check.problems(title) == []


def test_the_seventeenth_round_rules_are_listed_in_docstring():
    for rule in ("caption", "first-person", "garbled", "label"):
        assert f"``{rule}``" in title_check.__doc__


@pytest.mark.parametrize("title", [
    "Arms deal frozen",  # an irregular participle after its subject: a headline's passive
    "Talks broken off after row",
    "Radar complex put on combat duty",  # "put" after a singular subject, before a particle
    "Target set for 2030",
    "Exercises to last until mid-June",  # verbs the list lacked
    "Greece and Cyprus maintain close defence ties",
    "Two navies renew joint patrols",
    "Senators point to rocket systems",
    "Navy buys drones instead",  # "instead" at the end closes its clause
    "Outcome of talks remains to be seen",  # an idiom, whole
    "Navy signs contract in Athens",  # the object is there
    "Minister announces at summit that talks resume",
    "Plant to generate jobs in the region",  # more verbs of the language
    "Treaty applies to forces anywhere in the strait",
    "Both navies engage in talks on patrols",
    "Induction of jets to further strengthen air force",  # an adverb inside "to" + verb
    "Training of pilots done by Danish instructors",  # "done": a participle
])
def test_good_headlines_pass_the_eighteenth_round_rules(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title,rule", [
    ("Frozen deal with Moscow", "no-verb"),  # a participle opening a noun phrase is no verb
    ("New set of rules", "no-verb"),
    ("Ministry's approval is likely to be seen", "cut-end"),  # seen as what
    ("Treaty is widely regarded", "cut-end"),
    ("Chairman signs in Riga", "cut-end"),  # what he signs was cut
    ("Minister confirms in interview with local radio", "cut-end"),
])
def test_each_rule_of_the_eighteenth_round_flags_its_example(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Radars delivered to Chile before Marchetti's visit",  # "before" takes a noun phrase
    "Radars delivered to Chile when Marchetti visits Santiago",  # the clause has its verb
    "Talks continue until March",
    "Chile and Peru sign deal worth $375 million",  # "worth" and its amount are whole
    "Ministry gives approval to secure $2.9 billion",
    "Navy receives first of 12 jets",
    "Deal signed between Chile and Hanwha",  # both sides named
    "Armies hold first joint exercise between Special Forces",  # a plural: both sides'
    "Talks held between the two navies",
])
def test_good_headlines_pass_the_titles19_rules(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title,rule", [
    ("Some radars delivered to Chile by the time Marchetti", "cut-end"),  # did what
    ("Radars delivered to Chile by time Marchetti", "cut-end"),
    ("Talks held in Lima while Okafor", "cut-end"),
    ("Builder will deliver Chile's new $9 billion", "cut-end"),  # of what
    ("Yard to build Peru’s first $2 billion", "cut-end"),
    ("Contract for four ships signed between Ministry", "cut-end"),  # and whom
])
def test_each_rule_of_the_titles19_checker_flags_its_example(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Two sides struggle to sign revised agreement",  # "revised" after a verb: an adjective
    "Frigate launched in Lima",
    "Troops deployed abroad",
    "Deal signed later",
    "Navy buys used tanks",
])
def test_good_headlines_pass_the_titles20_rules(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title,rule", [
    ("Chile signed contract with Peru", "past-tense"),  # the past before an object, no article
    ("Navy commissioned vessel", "past-tense"),
])
def test_each_rule_of_the_titles20_checker_flags_its_example(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Tobbs says coastal radars are on the priority list",  # a surname in -s, not a plural
    "Varles tours frigate of the same model",
])
def test_a_surname_in_s_opening_a_headline_is_singular(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title", [
    "Officials says deal is near",  # the dictionary's plural
    "Minesweepers arrives in port",  # a plural compound
    "Kurds says talks go on",  # a people's name
    "Ukrainians says talks go on",
])
def test_plurals_opening_a_headline_still_disagree(title):
    assert "agreement" in title_check.problems(title)


@pytest.mark.parametrize(("title", "rule"), [
    ("By Ministry of Defence of Chile is main stage", "fragment"),
    ("Coral Wave drill begins in Valparaiso with aim", "cut-end"),
    ("First group arrives in Chile to prepare for and participate", "cut-end"),
    ("Ferrant arrives in Lima on three-day visit to explore ways", "cut-end"),
    ("Navy official confirms to Reuters", "cut-end"),
    ("Navy ties grow considerably. pic.twitter.com/aB3dE9", "link"),
])
def test_each_rule_of_the_tp20_checker_flags_its_example(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "By 2030 Chile to double its fleet",  # a deadline, no agent
    "Navy chief explores ways to boost ties",
    "Chile prepares for and hosts Coral Wave drill",
])
def test_good_headlines_pass_the_tp20_rules(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title", [
    # an infinitive's object takes a bare verb of its own: no agreement with the subject
    "Pact to see Norway supply more than 20 boats",
    # a participle with its agent is the subject's shortened relative clause, and a form in
    # -ing before a noun is no verb: the head is before them
    "Sea training course led by Norwegian officers opens at Sekondi",
    # a past form after an infinitive's verb is its object's adjective; the main verb follows
    "Plans for Ghana to buy used boats approved",
])
def test_false_alarms_of_reduced_clauses_pass(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize(("title", "rule"), [
    # a "for" clause's infinitive is no headline's future: the noun has no verb
    ("Plans for Ghana to buy used boats from Norway", "no-verb"),
    # the agent's noun is not the subject: a plural before the participle disagrees
    ("Boats built by Norwegian yard arrives in Accra", "agreement"),
])
def test_reduced_clauses_still_show_their_faults(title, rule):
    assert rule in title_check.problems(title)


@pytest.mark.parametrize("title", [
    "Hermans arrives in Riga for talks on air defence",
    "Navy revamps its frigate programme with new radars",
])
def test_a_surname_in_ans_and_revamp_pass(title):
    assert title_check.problems(title) == []


@pytest.mark.parametrize("title", [
    "Germans arrives in Riga for talks on air defence",
    "Veterans arrives in Riga for the parade",
])
def test_a_people_or_a_noun_in_ans_is_still_plural(title):
    assert "agreement" in [p.split(":")[0] for p in title_check.problems(title)]
