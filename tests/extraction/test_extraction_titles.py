"""Headlines a reader can use: no pronoun or fragment at the start, no phrase cut in two,
no dateline or agency remnant, verbs that agree, quotations never changed."""

from __future__ import annotations

import pytest

from chronology.extraction.title_fit import fit, problems
from chronology.extraction.titles import make_title


def title(sentence: str, date_words: str, statement: bool = False, who: str | None = None):
    start = sentence.index(date_words)
    return make_title(sentence, [(start, start + len(date_words))], {}, statement,
                      describe=lambda phrase: who if phrase.lower() in ("he", "she") else None)


@pytest.mark.parametrize(("made", "reason"), [
    ("He makes remarks upon arrival", "pronoun"),
    ("This reported by Defence Ministry", "pronoun"),
    ("“, Soyuz rocket lifts off", "punctuation"),
    ("Russia to supply equipment to India in accordance", "mid-phrase"),
    ("Khayyam satellite will be”", "mid-phrase"),
    ("Local media says TEHRAN: navy holds drills", "remnant"),
    ("Navies hold drills (Reuters) in Gulf", "remnant"),
    ("Officials says navies will hold drills", "disagree"),
    ("Ministers say ties are “strategic", "unbalanced"),
    ("Navy holds (drills in Gulf", "unbalanced"),
    ("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
     "longer"),
])
def test_problems_name_what_is_broken(made, reason):
    assert any(reason in p for p in problems(made)), problems(made)


@pytest.mark.parametrize("made", [
    "Russia and India sign S-400 contract",
    "Peskov says “there is no such thing”",
    "Officials say navies will hold joint drills in Arabian Sea",
    "Singh meets Belousov in Qingdao",
])
def test_good_headlines_have_no_problems(made):
    assert problems(made) == []


@pytest.mark.parametrize(("text", "cut"), [
    ("Pakistan and China sign agreement worth $6 billion for purchase of eight submarines "
     "that will be built in both countries over next decade",
     "Pakistan and China sign agreement worth $6 billion for purchase of eight submarines"),
    ("Russia will supply the equipment to India in accordance with the contract signed in "
     "October 2018 under the terms agreed",
     # a participle without its phrase dangles: the cut comes before it
     "Russia will supply the equipment to India in accordance with the contract"),
    # a quotation that completes "is" is begun in its own words, not cut off with its verb
    ("Minister says the satellite is “ready for launch and will be placed in orbit soon by the "
     "Russian side” officials said",
     "Minister says the satellite is “ready for launch and will be placed …”"),
])
def test_fit_cuts_at_a_phrase_boundary_never_inside_a_quotation(text, cut):
    assert fit(text) == cut
    assert len(fit(text).split()) <= 14


def test_a_pronoun_subject_becomes_the_person_it_stands_for():
    made = title("He made the remarks upon arrival in St Petersburg on Sunday.", "on Sunday",
                 who="Shoigu")
    assert made == "Shoigu makes remarks upon arrival in St Petersburg"


def test_plural_speakers_say():
    made = title("Officials said on Tuesday the two navies would hold joint drills in the "
                 "Arabian Sea.", "on Tuesday", statement=True)
    assert made == "Officials say two navies will hold joint drills in Arabian Sea"


def test_a_dateline_inside_the_reported_clause_is_dropped():
    made = title("Local media reported on Monday TEHRAN: the navy launched new drills in the "
                 "Gulf.", "on Monday", statement=True)
    assert "TEHRAN" not in made and problems(made) == []


def test_words_inside_quotation_marks_are_never_changed():
    made = title("The minister said on Friday that the deal was “a great step for the two "
                 "countries” and would be signed soon.", "on Friday", statement=True)
    assert "“a great step for the two countries”" in made


def test_a_long_sentence_falls_back_to_its_main_clause_cut_at_a_phrase():
    made = title("The Russian side will supply the equipment to India in accordance with the "
                 "contract signed in October 2018, the official told reporters on Tuesday.",
                 "on Tuesday", statement=True)
    assert problems(made) == [] and "accordance" not in made.split()[-1]


def test_a_dateline_with_its_date_in_brackets_is_not_in_the_title():
    made = title("ANKARA (Example News / Example Agency - 12th July, 2019) Turkey received on "
                 "Friday the first batch of components of the air defence systems.", "on Friday")
    assert made == "Turkey receives first batch of components of air defence systems"


@pytest.mark.parametrize(("sentence", "made"), [
    ("Turkey continued on Thursday to receive components of the systems.",
     "Turkey continues to receive components of systems"),
    ("Following protracted efforts to purchase an air defence system from the United States "
     "with no success, Ankara signed a contract in 2017 to buy the systems.",
     "Ankara signs contract to buy systems"),
])
def test_verbs_and_long_introductions(sentence, made):
    words = "on Thursday" if "Thursday" in sentence else "in 2017"
    assert title(sentence, words) == made


@pytest.mark.parametrize(("sentence", "words", "statement", "made"), [
    ("There will be no ban on arms sales to India next year.", "next year", False,
     "There will be no ban on arms sales to India"),
    ("Speaking to reporters in New Delhi on Tuesday, Lavrov said Russia was ready to supply "
     "more arms.", "on Tuesday", True, "Lavrov says Russia is ready to supply more arms"),
    ("Ukraine's President Volodymyr Zelensky said on Saturday that the first Patriot systems "
     "had arrived from the United States.", "on Saturday", True,
     "Zelensky says first Patriot systems have arrived from United States"),
    ("In a statement on Friday, the ministry said the first S-400 regiment had been deployed.",
     "on Friday", True, "Ministry says first S-400 regiment has been deployed"),
])
def test_headline_tense(sentence, words, statement, made):
    assert title(sentence, words, statement) == made


@pytest.mark.parametrize(("sentence", "words", "statement", "made"), [
    ("The US announced on Friday a new $400 million military aid package to Ukraine.",
     "on Friday", True, "US announces new $400 million military aid package to Ukraine"),
    ("Just moments after the president signed the bill last month, the US announced a "
     "$1 billion package for Ukraine.", "last month", False,
     "US announces $1 billion package for Ukraine"),
    ("Washington, Mar 4 (UNI) The administration announced a new $400 million military "
     "package, which includes ammunition for rockets, howitzers and fighting vehicles, the "
     "secretary said.", "Mar 4", False,
     "Administration announces new $400 million military package"),
])
def test_announcements_and_time_clauses(sentence, words, statement, made):
    assert title(sentence, words, statement) == made


@pytest.mark.parametrize(("sentence", "words", "made"), [
    ("Tehran, IRNA – Iranian Navy Commander Rear Admiral Hossein Khanzadi and Commander of the "
     "Russian Navy Admiral Nikolai Yevmenov met in Tehran on Tuesday.", "on Tuesday",
     "Khanzadi and Yevmenov meet in Tehran"),
    ("Last year, Iranian Armed Forces Chief of Staff Major General Mohammad Bagheri visited "
     "Moscow, and in 2021 Iran joined the Shanghai Cooperation Organization.", "Last year",
     "Bagheri visits Moscow"),
    ("Putin and Khamenei met later on Tuesday, and the supreme leader said the war had been "
     "started by the West.", "later on Tuesday", "Putin and Khamenei meet"),
])
def test_clauses_titles_and_mixed_case_datelines(sentence, words, made):
    assert title(sentence, words) == made


@pytest.mark.parametrize(("sentence", "words", "made"), [
    ("Missiles delivered to the buyer by the maker today, officials said.", "today",
     "Missiles delivered to buyer by maker"),
    ("India is considering building frigates at one of its shipyards, an official said on "
     "Thursday.", "on Thursday", "India considers building frigates at one of its shipyards"),
    ("The April 22-27 drill, taking place in the sea off the coast, involves a total of 16 "
     "vessels and two submarines.", "April 22-27",
     "Drill involves total of 16 vessels and two submarines"),
    ("The press office of the Federal Service for Military Technical Cooperation announced on "
     "Monday that the frigates would be built at two shipyards in the country.", "on Monday",
     "Federal Service for Military Technical Cooperation says frigates will be built"),
])
def test_passives_progressives_side_participles_and_names(sentence, words, made):
    assert title(sentence, words, statement="announced" in sentence).startswith(made)


@pytest.mark.parametrize(("sentence", "words", "made"), [
    ("North Korean leader Kim Jong-un met Russian President Vladimir Putin on Wednesday.",
     "on Wednesday", "Kim meets Putin"),
    ("Putin and Kim met at the Vostochny Cosmodrome in the Amur Region on Wednesday.",
     "on Wednesday", "Putin and Kim meet at Vostochny Cosmodrome in Amur Region"),
    ("The ground system exports for this missile system commenced last month.", "last month",
     "Ground system exports for this missile system commence"),
    ("Four Rafale aircraft participated in the war games in June 2014.", "in June 2014",
     "Four Rafale aircraft participate in war games"),
    ("Pakistan seems to be looking to display the new jet at the parade on March 23.",
     "on March 23", "Pakistan seems to be looking to display new jet at parade"),
])
def test_names_places_and_agreement(sentence, words, made):
    assert title(sentence, words) == made


def test_a_closing_also_known_as_is_dropped():
    made = title("The air force inducted six fighter aircraft J-10C, also known as Vigorous "
                 "Dragon, on Friday.", "on Friday")
    assert made == "Air force inducts six fighter aircraft J-10C"


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    # the date lies in a relative clause: the title states that action, not the main one
    ("The second group of eight helicopters that left Rostov on Monday will reach Isfahan by "
     "the weekend.", "on Monday", False, "Second group of eight helicopters leaves Rostov"),
    # a done act relayed by media or an organisation is the act, not "media say"
    ("The two fleets have begun their annual drill near Chabahar, state television reported "
     "on Sunday.", "on Sunday", True, "Two fleets begin annual drill near Chabahar"),
    ("The corvette was handed to the Iranian navy at a ceremony in Bandar Abbas, the shipyard "
     "company said in a statement on Friday.", "on Friday", True,
     "Corvette handed to Iranian navy at ceremony in Bandar Abbas"),
    # a country's claim stays a claim
    ("Iran said on Monday that Russia had delivered the radar.", "on Monday", True,
     "Iran says Russia has delivered radar"),
    # an adverb between auxiliary and participle goes; a hedge stays
    ("Ten trainer jets have been formally accepted by the air force on Tuesday.", "on Tuesday",
     False, "Ten trainer jets accepted by air force"),
    # a participle clause between subject and verb goes, whatever its length
    ("Iran's fourth Mowj-class frigate, built at the Bandar Abbas yard under a programme "
     "started by the navy a decade earlier, was launched on Sunday.", "on Sunday", False,
     "Iran’s fourth Mowj-class frigate launched".replace("’", "'")),
    # a list after "including" goes when the verb follows it
    ("The Russian ships, including the destroyer Admiral Tributs, the pride of the Pacific "
     "Fleet, arrived in Bandar Abbas on Friday.", "on Friday", False,
     "Russian ships arrive in Bandar Abbas"),
    # a lower-case role chain before a name
    ("Iranian navy deputy commander Rear Admiral Hossein Azad announced on Monday the start of "
     "the drill.", "on Monday", False, "Azad announces start of drill"),
    # a dateline with no separator; a lone comma the date left before the verb
    ("Tehran, March 3 Iran on Tuesday, March 2, received the first radar.", "on Tuesday, March 2",
     False, "Iran receives first radar"),
    # "would be visiting" is "to visit"; a condition before the clause goes
    ("If the weather holds, the commander would be visiting the base today.", "today", False,
     "Commander to visit base"),
])
def test_titles_state_the_dated_action_whole(sentence, date_words, statement, made):
    assert title(sentence, date_words, statement) == made


@pytest.mark.parametrize(("text", "cut"), [
    ("Iran signs $2 billion deal with Russia for four batteries of long-range, mobile air "
     "defence systems and radars", "Iran signs $2 billion deal with Russia"),
    ("Presidents jointly inaugurate a long-awaited new diesel-electric submarine built by the "
     "Sevmash yard for the navy",
     "Presidents jointly inaugurate a long-awaited new diesel-electric submarine"),
])
def test_fit_never_ends_on_a_participle_or_inside_an_adjective_list(text, cut):
    assert fit(text, 12) == cut


def test_a_participle_the_date_leaves_at_the_end_goes_with_it():
    sentence = "Russia supplied Iran with radars in 2007 under a contract signed in 2005."
    spans = [(sentence.index(w), sentence.index(w) + 4) for w in ("2007", "2005")]
    assert make_title(sentence, spans, {}, False) == "Russia supplies Iran with radars under contract"
    said = "The navy received two frigates, the ministry reported on Monday."
    start = said.index("Monday")
    assert make_title(said, [(start, start + 6)], {}, True).endswith("two frigates")


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("The two were at the naval base on Tuesday to mark the arrival of the first four "
     "corvettes, along with two tankers, from a $2 billion deal.", "on Tuesday",
     "First four corvettes arrive"),
    ("Officials gathered at the yard on Monday to celebrate the launch of the second frigate "
     "for the navy.", "on Monday", "Second frigate launched"),
    ("Both leaders were in Bandar Abbas on Friday to witness the start of the drill.",
     "on Friday", "Drill starts in Bandar Abbas"),
])
def test_a_gathering_to_mark_an_event_is_titled_by_the_event(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    ("On Saturday, the state news agency quoted a military source as saying that Russia had "
     "begun building the frigates for Iran.", "On Saturday", True,
     "Russia begins building frigates for Iran"),
    ("The U.S. announced plans on Tuesday to provide an additional $200 million in military "
     "aid to Iraq, a package that includes radars.", "on Tuesday", False,
     "U.S. announces plans to provide additional $200 million in military aid"),
    ("The government announced a new $90 million package for the navy on Tuesday that will "
     "include patrol boats.", "on Tuesday", False,
     "Government announces new $90 million package for navy"),
    ("Why it matters: The two navies have held their first joint patrol in the Gulf on Friday.",
     "on Friday", False, "Two navies hold first joint patrol in Gulf"),
    ("President Putin and Foreign Minister Sergei Lavrov spoke with Iranian President Ebrahim "
     "Raisi by phone on Tuesday.", "on Tuesday", False, "President Putin and Lavrov speak with Raisi by phone"),
    ("News has emerged on Monday of a new radar deal.", "on Monday", False,
     "News emerges of new radar deal"),
    ("The agreement on the supply of 24 jets to be built at the Irkutsk plant came into force "
     "at the end of 2018.", "at the end of 2018", False, "Agreement comes into force"),
])
def test_attributions_plans_labels_and_verb_groups(sentence, date_words, statement, made):
    assert title(sentence, date_words, statement) == made


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    ("The president said on Monday any country would have to think twice before attacking.",
     "on Monday", False, "Any country will have to think twice before attacking"),
    ("The two leaders spoke on Monday as parliament approved the annexation of the region.",
     "on Monday", False, "Two leaders speak as parliament approved annexation of region"),
    ("Aside from the six jets to be delivered this year, the maker plans to supply 12 units of "
     "the upgraded version.", "this year", False,
     "Maker plans to supply 12 units of upgraded version"),
    ("The leader arrived in Moscow on Tuesday by armored train.", "on Tuesday", False,
     "Leader arrives in Moscow by armored train"),
    ("The first batch comprising six helicopters arrived in the country on March 4.",
     "on March 4", False, "First batch comprising six helicopters arrives in country"),
    ("Shoigu will meet the leader during a visit, Russian state news agency TASS reported on "
     "Wednesday.", "on Wednesday", True, "TASS says Shoigu will meet leader"),
    # (Shoigu is a person the article names: his name keeps its capital)
    ("The minister on Friday reaffirmed India's commitment to upholding a rules-based order "
     "in the region and beyond it.", "on Friday", False,
     "Minister reaffirms India's commitment to upholding rules-based order in region"),
])
def test_verb_groups_subjects_and_speakers_read_right(sentence, date_words, statement, made):
    start = sentence.index(date_words)
    people = {"Shoigu": "Sergei Shoigu"}
    assert make_title(sentence, [(start, start + len(date_words))], people, statement) == made


def test_a_cut_never_leaves_a_gerund_without_its_object():
    text = ("Minister reaffirms India's commitment to upholding, in every forum and every "
            "meeting, the rules of the sea")
    assert fit(text, 8) == "Minister reaffirms India's commitment"
    whole = "Navy reaffirms its commitment to a rules-based order"
    assert fit(whole) == whole  # "order" ends a phrase here, unlike "in order"


@pytest.mark.parametrize(("sentence", "made"), [
    ("They signed a memorandum on naval cooperation in Tehran on Monday.",
     "Memorandum signed on naval cooperation in Tehran"),
    ("It delivered the first batch of radars to the navy on Monday.",
     "First batch of radars delivered to navy"),
    ("They held talks in Moscow on Monday.", "Talks held in Moscow"),
])
def test_an_unresolved_pronoun_gives_way_to_the_act_in_the_passive(sentence, made):
    assert title(sentence, "on Monday") == made
    assert problems(title(sentence, "on Monday")) == []


def test_a_long_quotation_is_shortened_with_an_ellipsis_never_reworded():
    sentence = ("Addressing the ceremony, the minister, said, “When the first jets were inducted "
                "40 years ago, the whole nation was jubilant and now that time has come again "
                "as we grow stronger.”")
    start = sentence.index("40 years ago")
    made = make_title(sentence, [(start, start + 12)], {}, True)
    assert made.startswith("Minister says “When the first jets were inducted 40 years ago")
    assert made.endswith(" …”") and problems(made) == []
    quoted = made[made.index("“") + 1:made.index(" …”")]
    assert quoted in sentence  # every word as said, in order: only the end is left out


def test_a_range_goes_with_its_preposition():
    sentence = ("Contracts for 90 tanks between 2024 and 2027 and 40 howitzers from 2025 to 2028 "
                "were signed at the end of March.")
    spans = [(sentence.index(w), sentence.index(w) + len(w))
             for w in ("2024", "2027", "2025", "2028", "the end of March")]
    assert make_title(sentence, spans, {}, False) == "Contracts for 90 tanks and 40 howitzers signed"


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("This 120m-long corvette had been launched on 3 May 2021 at the Istanbul yard.",
     "on 3 May 2021", "120m-long corvette launched at Istanbul yard"),
    ("These two tankers arrived in Gdansk on Monday.", "on Monday", "Two tankers arrive in Gdansk"),
    ("That accord was signed on Monday by both ministers.", "on Monday",
     "Accord signed by both ministers"),
])
def test_a_demonstrative_determiner_goes_like_an_article(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Tokayev was speaking during his meeting with the Chinese leader in Astana on May 19.",
     "on May 19", "Tokayev speaks during meeting with Chinese leader in Astana"),
    ("The crews were making final checks at the base on Monday.", "on Monday",
     "Crews make final checks at base"),
    ("Prior to that, on March 3, the admiral inspected the new corvettes in Gdynia.",
     "on March 3", "Admiral inspects new corvettes in Gdynia"),
    ("This is the first time the navy has sent frigates to the Baltic since July, officials noted.",
     "since July", "Navy sends frigates to Baltic"),
])
def test_verb_groups_intros_and_first_times(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Gdansk [Poland], June 4 (ANI): The navy received the first two minehunters on Friday.",
     "on Friday", "Navy receives first two minehunters"),
    ("Ankara [Turkey], May 20 : The defence minister attended the launch of the corvette on "
     "Monday.", "on Monday", "Defence minister attends launch of corvette"),
    # an agency in brackets closed by a dash with no space, or by ".-"
    ("Madrid, (Example Press)—The defence minister attended the launch on Monday.",
     "on Monday", "Defence minister attends launch"),
    ("Madrid, May 20 (EXP).- The defence minister attended the launch on Monday.",
     "on Monday", "Defence minister attends launch"),
])
def test_a_place_with_its_country_in_brackets_and_a_date_is_a_dateline(sentence, date_words,
                                                                        made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("The Leopard tanks, the first batch of 40 ordered in 2021, arrived in Vilnius on Sunday "
     "and were transferred to a base near Rukla.", "on Sunday", "Leopard tanks arrive in Vilnius"),
    ("The corvette underwent sea trials in the Baltic in May.", "in May",
     "Corvette undergoes sea trials in Baltic"),
    ("Lawyers for the shipyard filed a brief in federal court on Monday.", "on Monday",
     "Lawyers for shipyard file brief in federal court"),
])
def test_appositives_second_predicates_and_dictionary_verb_forms(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Last year's exports were led by fighter jets.", "Last year", "Exports led by fighter jets"),
    ("In Sunday's debate in Ankara, the minister defended the purchase of the S-400 system.",
     "Sunday", "Minister defends purchase of S-400 system"),
    ("The drills, on May 7, involved 40 warships from both navies.", "on May 7",
     "Drills involve 40 warships from both navies"),
])
def test_a_possessive_or_parenthetical_date_leaves_no_stray_marks(sentence, date_words, made):
    assert title(sentence, date_words) == made


def test_a_name_the_dictionary_does_not_know_keeps_its_capital_in_a_statement():
    made = title("Embraer plans to open a plant in Portugal, the company announced on Friday.",
                 "on Friday", statement=True)
    assert made == "Company says Embraer plans to open plant in Portugal"


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ('In what officials billed as "a milestone in our long-standing partnership with the '
     'shipyard and its people", the stealth frigate of the Polish Navy, ORP Gryf, was '
     'commissioned on Monday.', "on Monday", "ORP Gryf commissioned"),
    ("The Turkish defence minister, Ahmet Kara, arrived in Baku on Monday.", "on Monday",
     "Kara arrives in Baku"),
])
def test_a_long_quoted_intro_goes_and_an_appositive_name_is_the_subject(sentence, date_words,
                                                                         made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "statement", "made"), [
    ("The accord, signed on the opening day of the fair in Kielce on Tuesday, creates a joint "
     "company.", "on Tuesday", False, "Accord signed on opening day of fair in Kielce"),
    ("KM Rajan, the director of the laboratory, said on Friday: “Armenia has shown an interest "
     "in the rocket system.”", "on Friday", True,
     "Rajan says “Armenia has shown an interest in the rocket system”"),
    ("Marcos granted US troops access to four more camps on Thursday.", "on Thursday", False,
     "Marcos grants US troops access to four more camps"),
])
def test_participle_asides_colon_quotes_initials_and_names_in_s(sentence, date_words, statement,
                                                                 made):
    assert title(sentence, date_words, statement) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("The shipyard said it will deliver the second corvette by March 3.", "by March 3",
     "Shipyard says it will deliver second corvette"),
    ("Minister Adam Kowal said that he would visit Kyiv on Friday.", "on Friday",
     "Kowal says he will visit Kyiv"),
])
def test_a_clause_about_the_speaker_keeps_the_speaker(sentence, date_words, made):
    assert title(sentence, date_words) == made


def test_a_second_verb_of_the_same_subject_takes_the_same_tense():
    made = title("The admiral flew to Gdynia on Monday and inspected the new corvettes, only to "
                 "leave a day later.", "on Monday")
    assert made == "Admiral flies to Gdynia and inspects new corvettes"


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("A total of six Polish Air Force C-130 cargo planes landed at Gdansk's civilian airport "
     "early Saturday, carrying the first launchers.", "early Saturday",
     # 13 words: cut at 12 the verb would stand alone ("… planes lands"), so it stays whole
     "Six Polish Air Force C-130 cargo planes land at Gdansk's civilian airport"),
    ("The Baku declaration, of course, reflects the character of our brotherly cooperation "
     "since June 2021.", "since June 2021",
     # (a speaker's "our" outside quotation marks goes as an article does)
     "Baku declaration reflects character of brotherly cooperation"),
])
def test_no_possessive_or_aside_is_left_hanging(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("The blast in the port occurred on Friday, damaging a crowded street packed with cars, "
     "trucks and buses.", "on Friday", "Blast in port occurs"),
    ("Also on Friday morning, at least four soldiers were wounded in a drone strike near the "
     "base in Sumy, the regional capital.", "on Friday morning",
     "At least four soldiers wounded in drone strike near base in Sumy"),
    ("In 12 regions, the number of recruits who joined the reserve rose between 2019 and 2021.",
     "between 2019 and 2021", "Number of recruits who joined reserve rises"),
    ("Kowal, 57, is serving as the envoy to NATO since May 2020.", "since May 2020",
     "Kowal serves as envoy to NATO"),
    ("WARSAW _ The two frigates must be returned to the yard on Friday, officials said.",
     "on Friday", "Two frigates must be returned to yard"),
])
def test_lists_quantities_relative_verbs_ages_modals_and_nyt_datelines(sentence, date_words, made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("The long-awaited contract for the supply of 24 multirole fighter jets of the French "
     "manufacturer was signed on Friday.", "on Friday",
     "Long-awaited contract for supply of 24 multirole fighter jets signed"),
    ("A delegation of senior officers of the general staff of the Polish army led by the deputy "
     "minister visited Vilnius on Monday.", "on Monday",
     "Delegation of senior officers of general staff of Polish army visits Vilnius"),
])
def test_a_long_subject_is_cut_at_its_last_phrase_that_lets_the_verb_in(sentence, date_words,
                                                                         made):
    assert title(sentence, date_words) == made


@pytest.mark.parametrize(("sentence", "date_words", "made"), [
    ("Two frigates were attacked, most recently last October when a drone hit the port.",
     "last October", "Two frigates attacked"),
    ("Admiral Kowal, 52 years old, will succeed Admiral Nowak on Feb. 1, soon after Nowak "
     "reaches the retirement age of 65.", "on Feb. 1", "Admiral Kowal to succeed Admiral Nowak"),
])
def test_no_word_of_a_cut_phrase_is_left(sentence, date_words, made):
    assert title(sentence, date_words) == made


def test_a_headline_never_ends_on_whether_or_an_amount_cut_in_two():
    assert fit("Navy has only 14 days to decide whether to accept the corvette", 9) == \
        "Navy has only 14 days to decide"
    assert "$110" not in fit("Unit makes pumps used by hospitals and had more than $110 million "
                             "in sales", 11).split()[-1:]


def test_a_weapons_name_is_no_ones_name():
    from chronology.extraction.entities import known_people
    text = "Britain is sending Storm Shadow cruise missiles and Abrams tanks, Ben Wallace said."
    assert known_people(text) == {"Wallace": "Ben Wallace", "Ben Wallace": "Ben Wallace"}


def test_a_prepositional_aside_before_the_verb_goes():
    assert title("Kowal, on behalf of the president, arrived in Vilnius on Monday to meet the "
                 "minister.", "on Monday") == "Kowal arrives in Vilnius to meet minister"


def test_an_opening_quotation_is_told_by_the_person_before_it_never_reworded():
    made = title("“So we carried out extensive firing trials for the Polish delegation last month "
                 "at the range.", "last month", who="Adam Kowal")
    assert made == "Kowal says “So we carried out extensive firing trials …”"  # at a phrase end


def test_this_follows_gives_way_to_what_it_follows():
    assert title("This follows that Britain had supplied Kyiv with more cruise missiles on May 11.",
                 "on May 11") == "Britain supplies Kyiv with more cruise missiles"
    assert title("This comes after Turkey delivered the first drones on Monday.",
                 "on Monday") == "Turkey delivers first drones"


@pytest.mark.parametrize(("sentence", "made"), [
    ("Fund managers said on Friday the purchases were a natural result of the week's fever.",
     "Fund managers say purchases are natural result of week's fever"),
    ("Reuters said on Friday the frigate had left the port.", "Reuters says frigate has left port"),
])
def test_a_plural_speaker_says_in_the_plural(sentence, made):
    assert title(sentence, "on Friday", statement=True) == made


def test_a_dateline_all_in_capitals_with_its_agency():
    assert title("VILNIUS, AUGUST 25, BALTNEWS. The Polish delegation visited the plant on "
                 "Friday.", "on Friday") == "Polish delegation visits plant"


def test_the_fallback_main_clause_is_told_in_headline_tense():
    sentence = ("Last week, Britain handed over more drones to Kyiv, and the day before, the "
                "British government announced its intention to send tanks.")
    spans = [(sentence.index(w), sentence.index(w) + len(w)) for w in ("Last week",
                                                                      "the day before")]
    assert make_title(sentence, spans, {}, False) == "Britain hands over more drones to Kyiv"


def test_a_quotation_before_the_verb_keeps_the_subject_whole():
    made = title("The gift of the drones “complements” systems previously given to Kyiv, the "
                 "minister told lawmakers on Thursday.", "on Thursday", statement=True)
    assert made.startswith("Minister says gift of drones “complements”")


def test_a_name_in_single_curly_quotes_keeps_its_year():
    sentence = ("Both sides signed a ‘Joint Vision Statement on Defence Partnership towards "
                "2030’ on Wednesday.")
    assert title(sentence, "on Wednesday") == (
        "Both sides sign ‘Joint Vision Statement on Defence Partnership towards 2030’")
