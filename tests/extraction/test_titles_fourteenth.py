"""Headlines of the fourteenth round (issue 9): the leads agencies write that are hard to
headline.  The first tests pin the causes fixed in this round, each with a near miss that
must stay as it was; the last one runs sixty-odd invented leads in the agencies' styles
(participial openers, passives, quotations, compound and collective subjects, appositives,
lists of agreements, "according to" frames, captions, datelines, relative dates) and checks
what a reader needs of every headline.  Every sentence is invented."""

from __future__ import annotations

import re

import pytest

from chronology.extraction.headline_tense import plural_subject
from chronology.extraction.title_dates import strip_dates
from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = (), statement: bool = False) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, statement)


def stripped(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return strip_dates(sentence, [(at, at + len(date))])


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a part of the day before its date goes with the date: no "on morning" is left
    ("The frigates arrived in Split on the evening of 4 May.", ("4 May",), "Frigates arrive in Split"),
    ("The joint drill started on the morning of March 17 in Slunj district.", ("March 17",),
     "Joint drill starts in Slunj district"),
    # a second verb that had only its date to say goes with it
    ("The exercise began on the morning of March 17 and will end on March 30.",
     ("March 17", "March 30"), "Exercise begins"),
    # near miss: with no act before it, the second verb is the act ("This is …")
    ("This is the 12th edition of the drill and will end on May 4.", ("on May 4",),
     "12th edition of drill to end"),
])
def test_date_phrases_leave_no_stub(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # the verb of a "where" clause is that clause's, so the main verb the date leaves stays
    ("At the shipyards of Lorient where three frigates are being prepared, the prime minister "
     "visited on Thursday afternoon.", "on Thursday afternoon",
     "At the shipyards of Lorient where three frigates are being prepared, the prime minister visited."),
    # a naming participle is no verb either: "concluded" is the main verb, not a participle
    ("The joint exercise dubbed Adriatic Shield-2 involving Croatian and Slovenian special "
     "forces concluded on Friday.", "on Friday",
     "The joint exercise dubbed Adriatic Shield-2 involving Croatian and Slovenian special "
     "forces concluded."),
    # two verbs joined by "and": the second is a verb, not a participle left by the date
    ("The two navies met and trained on Monday.", "on Monday", "The two navies met."),
    # near miss: a participle after a side noun still goes with its date
    ("The base houses soldiers under a contract signed in 2005.", "in 2005",
     "The base houses soldiers under a contract."),
])
def test_main_verbs_survive_the_date(sentence, date, expected):
    assert stripped(sentence, date) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("At the shipyard in Gdynia where two frigates are being built, the prime minister toured "
     "the first hull on Tuesday.", ("on Tuesday",), "Prime minister tours first hull"),
    # a longer "where" clause, its subject a noun phrase of several words
    ("At the shipyards of Pula where the three new frigates for the Slovenian Navy are being "
     "prepared, Prime Minister Ivan Kovac visited on Thursday afternoon.",
     ("on Thursday afternoon",), "Kovac visits"),
    ("The joint exercise dubbed Adriatic Shield-2 involving Croatian and Slovenian special "
     "forces concluded on Friday.", ("on Friday",),
     "Joint exercise dubbed Adriatic Shield-2 involving Croatian and Slovenian special forces concludes"),
    # a comparison set before the subject describes it: the clause starts after its comma
    ("Significantly larger than last year's drill, the exercise will feature 3,000 troops, "
     "the army said on Monday.", ("on Monday",), "Exercise to feature 3,000 troops"),
    ("More ambitious than the first contract, the new deal covers 96 helicopters.", (),
     "New deal covers 96 helicopters"),
    # near miss: a subject that only starts like a comparison keeps its words
    ("Fighter jets larger than the F-16 were delivered to Croatia on Monday.", ("on Monday",),
     "Fighter jets larger than F-16 delivered to Croatia"),
])
def test_intros_before_the_subject_go(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("subject", "plural"), [
    (["Photos", "of", "six", "jets"], True),
    (["Videos"], True),
    (["Memos", "from", "the", "ministry"], True),
    # near misses: a name or a word in -os that is no plural
    (["President", "Marcos"], False),
    (["The", "chaos"], False),
    (["Carlos"], False),
])
def test_plurals_in_os(subject, plural):
    assert plural_subject(subject) is plural


def test_a_plural_in_os_agrees():
    assert title("Photos of six Croatian jets over Ljubljana appeared on social media on "
                 "Sunday.", ("on Sunday",)) == \
        "Photos of six Croatian jets over Ljubljana appear on social media"


@pytest.mark.parametrize(("sentence", "dates", "statement", "expected"), [
    # two nouns sharing the "of" after the second: no cut between them
    ("Croatia has proposed to Slovenia the supply and local production of its new Bora-class "
     "patrol boats, Croatian news agency Hina reported.", (), False,
     "Croatia proposes to Slovenia supply and local production of its new Bora-class patrol boats"),
    # "issued a statement saying" is "said": the words said are the headline's
    ("On Tuesday, the ministry's procurement agency issued a statement saying, “This proposed "
     "sale will improve the security of the recipient.”", ("On Tuesday",), False,
     "Ministry's procurement agency says “This proposed sale will improve the security …”"),
    ("The ministry issued a statement on Friday saying, “The sale will improve the security of "
     "the recipient.”", ("on Friday",), False,
     "Ministry says “The sale will improve the security of the recipient”"),
    # a role posted to a place, then the person: the person speaks; an aside of how the
    # speaker came to speak goes; a verb only inside the quotation keeps the quotation
    ("However, Croatia's ambassador to Ljubljana Marko Horvat, speaking to reporters at an "
     "embassy reception in Ljubljana on Thursday, said the arms sales to Slovenia along with "
     "recent Croatian sanctions against some Slovenian firms \"will certainly undermine the "
     "mutual confidence between the two sides and runs counter to the spirit of the Bled "
     "summit.\"", ("on Thursday",), True,
     "Horvat says arms sales \"will certainly undermine the mutual confidence …\""),
    ("Slovenia's envoy to the United States Ana Novak, responding to questions from lawmakers "
     "in a long hearing on Capitol Hill, said the contract would be signed in May.", (), True,
     "Novak says contract will be signed in May"),
    # a quotation short enough to tell whole keeps all its words
    ("Kovac said the new frigates \"will be the most modern ships in the Adriatic\".", (), True,
     "Kovac says new frigates \"will be the most modern ships in the Adriatic\""),
])
def test_speakers_and_what_they_say(sentence, dates, statement, expected):
    assert title(sentence, dates, statement) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a second state after "and" takes the headline's tense too
    ("Slovenia faced financial difficulties and was unable to pay the second instalment in 2019.",
     "Slovenia faces financial difficulties and is unable to pay second instalment"),
    ("The navy received the frigate and was ready to deploy it in 2019.",
     "Navy receives frigate and is ready to deploy it"),
    # near miss: a second passive is no state
    ("The frigate was attacked and was damaged in 2019.", "Frigate attacked"),
])
def test_a_second_state_in_headline_tense(sentence, expected):
    assert title(sentence, ("in 2019",)) == expected


# Sixty-odd leads in the agencies' styles.  What a reader needs of each headline: a verb that
# is no past form of the lead's, no pronoun to start, no date word the card says better, the
# quotation marks balanced and the quoted words unchanged, no dateline or credit left, and no
# dangling last word.
LEADS = [
    ("Speaking at a press conference in Warsaw on Monday, the defence minister said Poland "
     "would buy 96 more attack helicopters.", ("on Monday",), True),
    ("At the naval base in Split, Croatian and Slovenian sailors began a joint drill on Monday.",
     ("on Monday",), False),
    ("Addressing reporters in Zagreb on Friday, Kovac said the first corvette would arrive in "
     "May.", ("on Friday",), True),
    ("Following talks in Ljubljana on 3 May, the two ministers signed a memorandum on naval "
     "cooperation.", ("on 3 May",), False),
    ("At the yard in Pula, where two corvettes are being built, Kovac inspected the first hull "
     "on Monday.", ("on Monday",), False),
    ("He signed the agreement in Zagreb on Tuesday.", ("on Tuesday",), False),
    ("She inspected the new patrol boats at the port of Split on Thursday.", ("on Thursday",), False),
    ("The contract was signed by the two defence ministers in Zagreb on Monday.", ("on Monday",), False),
    ("Twelve howitzers were handed over to the Slovenian army on 14 June.", ("on 14 June",), False),
    ("The first batch of the missiles was delivered on Friday, the ministry said.", ("on Friday",), False),
    ("Croatian and Slovenian troops were deployed to the border on Friday.", ("on Friday",), False),
    ("“We have signed the deal,” Kovac told reporters in Zagreb on Monday.", ("on Monday",), True),
    ("The minister said on Monday that the deal was “a historic step for both navies”.",
     ("on Monday",), True),
    ("Kovac said on Tuesday the frigates were “the most modern ships in the Adriatic,” adding "
     "that more would follow.", ("on Tuesday",), True),
    ("However, Croatia's ambassador to Ljubljana Marko Horvat, speaking to reporters at an "
     "embassy reception in Ljubljana on Thursday, said the arms sales \"will certainly "
     "undermine the mutual confidence between the two sides.\"", ("on Thursday",), True),
    ("Croatia and Slovenia signed a defence cooperation agreement on Monday.", ("on Monday",), False),
    ("The government approved the purchase of 12 fighter jets on Thursday.", ("on Thursday",), False),
    ("Police arrested two men near the naval base on Sunday.", ("on Sunday",), False),
    ("The navies of Croatia and Slovenia held a joint exercise in the Adriatic on 4 May.",
     ("on 4 May",), False),
    ("The Croatian army, along with the Slovenian forces, started the drills on Monday.",
     ("on Monday",), False),
    ("The ministers of Croatia and Slovenia met in Zagreb on Friday.", ("on Friday",), False),
    ("Ivan Kovac, the Croatian defence minister, arrived in Ljubljana on Monday.", ("on Monday",), False),
    ("Croatia's ambassador to Slovenia Marko Horvat said on Thursday the sale would undermine "
     "trust between the two sides.", ("on Thursday",), True),
    ("The Slovenian envoy to Washington Ana Novak told reporters on Friday that the deal was "
     "final.", ("on Friday",), True),
    ("The two sides signed agreements on naval training, logistics, cyber defence and the joint "
     "production of ammunition on Monday.", ("on Monday",), False),
    ("On Tuesday, Croatia and Slovenia signed three memorandums: on border security, on air "
     "policing and on military medicine.", ("On Tuesday",), False),
    ("According to the defence ministry, the first two frigates arrived in Split on Sunday.",
     ("on Sunday",), False),
    ("The first corvette will be delivered in 2026, according to the contract signed on Monday.",
     ("on Monday",), False),
    ("Croatian soldiers attend the opening ceremony of the joint exercise in Slunj, May 4, 2024. "
     "(Photo: Hina)", ("May 4, 2024",), False),
    ("Croatia received the first six jets on Tuesday, a year after it signed the contract.",
     ("on Tuesday",), False),
    ("The Slovenian president visited the base earlier this month.", ("earlier this month",), False),
    ("ZAGREB, May 4 (Hina) - Croatia and Slovenia began their largest joint naval exercise on "
     "Monday.", ("May 4", "on Monday"), False),
    ("LJUBLJANA: Slovenia received the first batch of anti-tank missiles from Croatia on Friday.",
     ("on Friday",), False),
    ("Croatia on Monday signed a contract worth 1.2 billion euros with a French shipyard for "
     "three frigates, the first of which will be delivered in 2027, in a deal the government "
     "called the largest in its history.", ("on Monday", "in 2027"), False),
    ("The Slovenian army, which has been modernising its artillery since 2020, received the first "
     "four of 12 self-propelled howitzers from Croatia on Thursday, the ministry said in a "
     "statement.", ("since 2020", "on Thursday"), False),
    ("Maneuvers dubbed \"Sea Shield 2024\" began in the Adriatic on Monday.", ("on Monday",), False),
    ("A joint drill codenamed Blue Lance began near Slunj on Monday.", ("on Monday",), False),
    ("There will be no further delays in the delivery of the jets, the minister said on Monday.",
     ("on Monday",), True),
    ("Croatia proposed to Slovenia the supply of 12 helicopters on 22 September.",
     ("on 22 September",), False),
    ("Croatia has offered Slovenia the joint production of drones, the minister said on "
     "22 September.", ("on 22 September",), True),
    ("Kovac planted a tree at the memorial in Ljubljana on Tuesday.", ("on Tuesday",), False),
    ("The ministry said on Monday it was trying to enhance the scope of cooperation with "
     "Slovenia.", ("on Monday",), True),
    ("Supplies of the missile system reached an air base in Zagreb on Sunday.", ("on Sunday",), False),
    ("Relations between Croatia and Slovenia began to normalise in 1994 following Washington's "
     "mediation.", ("in 1994",), False),
    ("The frigates arrived in Split on the evening of 4 May.", ("4 May",), False),
    ("The joint Croatian-Slovenian military exercise in Slunj district started on the morning of "
     "March 17 and will end on March 30.", ("March 17", "March 30"), False),
    ("At the shipyards of Lorient where three frigates are being prepared, the prime minister "
     "visited on Thursday afternoon.", ("on Thursday afternoon",), False),
    ("Significantly larger than the previous drill, the exercise began on Wednesday.",
     ("on Wednesday",), False),
    ("Photos of a group of six jets appeared on social media on Sunday.", ("on Sunday",), False),
    ("The first two Croatian Rafales landed at Pleso air base on Thursday afternoon, the air "
     "force said.", ("on Thursday afternoon",), False),
    ("Croatian President Ivan Novak, who arrived in Ljubljana on Sunday, met his Slovenian "
     "counterpart on Monday.", ("on Sunday", "on Monday"), False),
    ("The deal, signed on Monday in Zagreb, covers the delivery of 12 helicopters.",
     ("on Monday",), False),
    ("Slovenia has received the first of four coastal radars from Croatia, the ministry said on "
     "Friday.", ("on Friday",), False),
    ("Croatian Navy chief Admiral Ana Babic and her Slovenian counterpart signed a letter of "
     "intent on naval training in Split on 2 June.", ("on 2 June",), False),
    ("The drills, which involve 1,200 troops and 40 armoured vehicles, will last until 12 May.",
     ("until 12 May",), False),
    ("Kovac, speaking after the signing ceremony in Zagreb on Monday, said the frigates would "
     "be built in Split.", ("on Monday",), True),
    ("Two Slovenian patrol boats docked in Split on Saturday for a four-day port call, the "
     "Croatian navy said.", ("on Saturday",), False),
    ("The Croatian parliament on Wednesday ratified the defence cooperation agreement with "
     "Slovenia by 98 votes to 12.", ("on Wednesday",), False),
    ("Croatia and Slovenia will hold their first joint air policing patrols over the Adriatic "
     "from 1 July, the two defence ministries said in a joint statement on Friday.",
     ("from 1 July", "on Friday"), False),
    ("In a ceremony at the Split naval base on Monday, the Croatian Navy commissioned its first "
     "Slovenian-built patrol vessel.", ("on Monday",), False),
    ("The Slovenian army's 10th battalion, which took part in last year's drills, arrived in "
     "Slunj on Sunday.", ("on Sunday",), False),
]

_BAD_ENDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
             "from", "that", "which", "who", "saying", "its", "their", "his", "her"}
_PRONOUNS = {"he", "she", "it", "they", "we", "this", "these", "those", "its", "their"}
_RELATIVE_DATES = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|(?:this|last|next)\s+"
                             r"(?:week|month|year|morning|afternoon|evening|night))\b", re.I)


@pytest.mark.parametrize(("sentence", "dates", "statement"), LEADS)
def test_leads_give_headlines_a_reader_can_use(sentence, dates, statement):
    made = title(sentence, dates, statement)
    words = re.findall(r"[\w'’-]+", made)
    assert 2 <= len(words) <= 16, made
    assert words[0].lower() not in _PRONOUNS, made
    assert words[-1].lower() not in _BAD_ENDS, made
    assert not re.search(r"\b(?:was|were)\b", re.sub(r"[“\"][^”\"]*[”\"]", "", made)), made
    assert not _RELATIVE_DATES.search(re.sub(r"[“\"][^”\"]*[”\"]", "", made)), made
    assert made.count("“") == made.count("”") and made.count('"') % 2 == 0, made
    for quoted in re.findall(r"“([^”]+)”|\"([^\"]+)\"", made):
        words_inside = (quoted[0] or quoted[1]).rstrip(".,")
        assert words_inside in sentence, made  # the quoted words never change
    assert not re.match(r"[A-Z]{3,}\b", made) and "(Photo" not in made and "Hina" not in made, made
    assert not re.search(r"\bon (?:morning|afternoon|evening|night)\b", made), made
