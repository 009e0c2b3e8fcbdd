"""The extractor's rules one at a time: sentences, dating, relevance, titles, tags, ids."""

from __future__ import annotations

import pytest

from chronology.config import SiteConfig, Topic
from chronology.dates.model import Mention
from chronology.extraction.dating import choose_date
from chronology.extraction.entities import find_entities
from chronology.extraction.ids import event_id, slugify, uniquify
from chronology.extraction.relevance import match_topic
from chronology.extraction.sentences import quoted_spans, split_sentences
from chronology.extraction.tags import tags_for
from chronology.extraction.titles import make_title

TOPIC = Topic(actors={"Russia": ("Russia", "Russian", "Moscow", "Shoigu"),
                      "Iran": ("Iran", "Iranian", "Tehran", "Bagheri")},
              terms=("military", "navy", "drills", "agreement"))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gen. Smith met U.S. officials in Aug. 2019. They agreed.", 2),
        ("He said: “We signed.” Then he left.", 2),
        ("Talks ended on Jan. 5 in Moscow. No deal was signed!", 2),
        ("Mr. Jones visited Tehran. Dr. Lee stayed in 2015.", 2),
        ("J. R. Smith arrived. The navy sailed on Monday.", 2),
    ],
)
def test_sentence_splitting_keeps_abbreviations(text, count):
    sentences = split_sentences(text)
    assert len(sentences) == count
    assert "".join(s.text(text) for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_quoted_spans_cover_curly_and_straight_quotes():
    text = 'He said “we agreed today” and "it is done".'
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ["“we agreed today”", '"it is done"']


def mention(text: str, words: str, value: str, precision: str = "day", start: int | None = None):
    at = text.index(words) if start is None else start
    return Mention(at, at + len(words), words, value, precision, "test", "test")


@pytest.mark.parametrize(
    ("sentence", "mentions", "expected", "statement"),
    [
        ("Iran's navy chief said on Thursday that the two navies signed a deal on Tuesday.",
         [("Thursday", "2015-01-22"), ("Tuesday", "2015-01-20")], "2015-01-20", False),
        ("Iran is ready for joint drills, the Russian ambassador told reporters on Thursday.",
         [("Thursday", "2015-01-22")], "2015-01-22", True),
        ("Relations will stay strong throughout 2015, the ambassador said on Thursday.",
         [("2015", "2015", "year"), ("Thursday", "2015-01-22")], "2015-01-22", True),
        ("Earlier on Tuesday, Osipov, who arrived in Tehran on Monday, met the navy chief.",
         [("Tuesday", "2018-12-25"), ("Monday", "2018-12-24")], "2018-12-25", False),
        ("Referring to the 2015 agreement, he said ties were strong.",
         [("2015", "2015", "year")], None, None),
        ("Creating new perspectives since 2009.", [("2009", "2009", "year")], None, None),
        ("Based on Resolution 2231, the embargo ended in October 2020.",
         [("2231", "2231", "year"), ("October 2020", "2020-10", "month")], "2020-10", False),
        ("On Tuesday, after the talks, the minister said that both sides agreed.",
         [("Tuesday", "2015-01-20")], "2015-01-20", True),
        ("“We are pleased today,” Shoigu said.", [("today", "2023-09-20")], None, None),
        ("Russia delivered the jets on Friday, the ministry said.",
         [("Friday", "2020-11-13")], "2020-11-13", False),
        ("Iran supplied drones to Russia last year, officials said on Monday.",
         [("last year", "2021", "year"), ("Monday", "2022-07-18")], "2021", False),
        ("Iranian drones have hit Ukrainian cities since Kyiv first reported one in September.",
         [("September", "2022-09", "month")], None, None),
        ("The ban stayed in force until Moscow lifted it in April 2015.",
         [("April 2015", "2015-04", "month")], None, None),
        ("Russia has used the base since it was opened, the navy said on Monday.",
         [("Monday", "2016-08-22")], "2016-08-22", True),
        ("Since then, Iran and Russia have held drills, and they met again in May 2019.",
         [("May 2019", "2019-05", "month")], "2019-05", False),
        ("The trend will continue this month, the envoy said on Monday.",
         [("this month", "2022-07", "month"), ("Monday", "2022-07-18")], "2022-07-18", True),
        # a year after a noun, a preposition and a past participle with no object ("the deal
        # signed last year"), beside a day of the sentence: the thing's date, not the act's
        ("The firm said Monday it has signed a contract for 152 guns, taking the next step in "
         "the arms deal signed between the two sides last year.",
         [("Monday", "2022-07-18"), ("last year", "2021", "year")], "2022-07-18", True),
        # near misses: no day beside it; a day in the participle phrase (the occasion
        # itself); the past form takes an object
        ("Russia delivered the first ships under the agreement reached in 2018.",
         [("2018", "2018", "year")], "2018", False),
        ("The envoy spoke in May at the press conference held here on Monday.",
         [("May", "2022-05", "month"), ("Monday", "2022-07-18")], "2022-07-18", False),
        ("Iran said Monday that troops in the north attacked the town last year.",
         [("Monday", "2022-07-18"), ("last year", "2021", "year")], "2021", False),
        # a finite verb after the participle phrase: the date is that verb's
        ("Iran said on Monday that the first of the Su-30 jets ordered from Russia landed in May.",
         [("Monday", "2022-07-18"), ("May", "2022-05", "month")], "2022-05", False),
    ],
)
def test_choose_date(sentence, mentions, expected, statement):
    found = [mention(sentence, m[0], m[1], *(m[2:] or ("day",))) for m in mentions]
    dating = choose_date(sentence, 0, len(sentence), found, quoted_spans(sentence))
    if expected is None:
        assert dating is None
    else:
        assert dating.mention.value == expected
        assert dating.statement is statement


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Iran and Russia held drills from March 3 to March 5.", ("March 3", "2019-03-03"),
         ("March 5", "2019-03-05")),
        ("The two navies trained together between 2015 and 2017.", ("2015", "2015"),
         ("2017", "2017")),
        ("The ministers held talks in Moscow on Monday and Tuesday.", ("Monday", "2019-03-04"),
         ("Tuesday", "2019-03-05")),
    ],
)
def test_spans_give_start_and_end(sentence, first, last):
    precision = "day" if len(first[1]) == 10 else "year"
    found = [mention(sentence, *first, precision), mention(sentence, *last, precision)]
    dating = choose_date(sentence, 0, len(sentence), found, [])
    assert (dating.mention.value, dating.end.value) == (first[1], last[1])


@pytest.mark.parametrize(
    ("sentence", "words", "first", "last"),
    [
        ("The navies will hold drills from Dec. 27 to 30, a spokesman said.", "Dec. 27 to 30",
         "2019-12-27", "2019-12-30"),
        ("The forum is being held from August 14 to 16 near Moscow.", "August 14 to 16",
         "2023-08-14", "2023-08-16"),
        ("Talks took place on March 15-19 in Tehran.", "March 15-19", "2023-03-15",
         "2023-03-19"),
        ("The drills ran from March 3 in the Gulf.", "March 3", "2019-03-03", None),
    ],
)
def test_a_range_in_one_mention_gives_start_and_end(sentence, words, first, last):
    found = [mention(sentence, words, first)]
    dating = choose_date(sentence, 0, len(sentence), found, [])
    if last is None:
        assert dating is None  # "from March 3" alone is an open span
    else:
        assert (dating.mention.value, dating.end.value) == (first, last)


@pytest.mark.parametrize(
    ("week", "month", "approximate"),
    [("2019-W51", "2019-12", False), ("2019-W48", "2019-11", True), ("2021-W01", "2021-01", False)],
)
def test_a_week_dates_an_event_by_its_month(week, month, approximate):
    text = "Zarif visited Moscow last week."
    found = [Mention(21, 30, "last week", week, "week", "week-relative", "the week before")]
    dating = choose_date(text, 0, len(text), found, [])
    assert (dating.mention.value, dating.mention.approximate) == (month, approximate)


def test_other_mention_types_never_date_events():
    text = "They talk every Monday and met for three days."
    found = [Mention(16, 22, "Monday", "XXXX-WXX-1", "day", "t", "t", type="SET"),
             Mention(31, 41, "three days", "P3D", "day", "t", "t", type="DURATION")]
    assert choose_date(text, 0, len(text), found, []) is None


@pytest.mark.parametrize(
    ("sentence", "relevant"),
    [
        ("Russia and Iran signed a deal.", True),
        ("Russian-Iranian ties are growing.", True),
        ("The Iranian navy held drills.", True),
        ("Russia will hold a conference in Afghanistan.", False),
        ("The CSTO held military exercises in Tajikistan.", False),
        ("Putin met Shoigu in Moscow.", False),
        ("Tehran's military said so.", True),
        ("Russia and China signed a military agreement.", False),
        ("The Iranian navy held drills with Chinese warships.", False),
        ("The Iranian navy held drills in the Gulf of Oman.", True),
        ("Russian and Iranian warships held drills with China.", True),
    ],
)
def test_relevance(sentence, relevant):
    assert match_topic(sentence, TOPIC).relevant is relevant


def test_empty_topic_accepts_everything():
    assert match_topic("Anything at all.", Topic()).relevant


PEOPLE = {"Shoigu": "Sergei Shoigu", "Bagheri": "Mohammad Bagheri", "Osipov": "Igor Osipov",
          "Khanzadi": "Hossein Khanzadi", "Dehghan": "Hossein Dehghan"}


@pytest.mark.parametrize(
    ("sentence", "date_words", "statement", "title"),
    [
        ("TEHRAN, January 20 (Sputnik) – Russia and Iran signed on Tuesday an intergovernmental"
         " agreement on military cooperation.", "on Tuesday", False,
         "Russia and Iran sign intergovernmental agreement on military cooperation"),
        ("Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces, and Russian Defense "
         "Minister Sergei Shoigu at a meeting in Moscow on Tuesday insisted on closer ties.",
         "on Tuesday", True, "Bagheri and Shoigu meet in Moscow"),
        ("Earlier on Tuesday, Osipov, who arrived in Tehran on Monday, had a meeting with Navy "
         "Chief Rear Admiral Hossein Khanzadi in Tehran.", "Earlier on Tuesday", False,
         "Osipov meets Khanzadi in Tehran"),
        ("Russia and Iran have agreed to confront external meddling, Iranian Defense Minister "
         "Hossein Dehghan said Tuesday.", "Tuesday", True,
         "Dehghan says Russia and Iran have agreed to confront external meddling"),
        ("The Russian navy delivered two S-400 batteries to Iran on Friday, the ministry said.",
         "on Friday", False, "Russian navy delivers two S-400 batteries to Iran"),
        ("A military cooperation agreement was signed by Iran and Russia in Tehran on Jan. 20, "
         "2015.", "on Jan. 20, 2015", False,
         "Military cooperation agreement signed by Iran and Russia in Tehran"),
        ("The drill, called \"Maritime Belt\", will begin on Friday in the Indian Ocean, a navy "
         "spokesman said.", "on Friday", False, "Drill to begin in Indian Ocean"),
        ("Iran supplied Russia with drones last year, U.S. officials said on Monday, a claim "
         "Tehran denies.", ("last year", "on Monday"), False, "Iran supplies Russia with drones"),
        ("Moscow (AFP) - Russia's defence minister Sergei Shoigu hosted his Iranian counterpart "
         "Hossein Dehghan in Moscow on Tuesday.", "on Tuesday", False,
         "Shoigu meets Dehghan in Moscow"),
        ("Shoigu visited Tehran in January 2015, when the two countries signed a deal.",
         "in January 2015", False, "Shoigu visits Tehran"),
        ("Iran's Defence Minister Brig. Gen. Amir Hatami arrived in Moscow on Sunday for talks.",
         "on Sunday", False, "Hatami arrives in Moscow for talks"),
        ("The S-300 deal, signed in 2007, was frozen by Moscow in 2010 under pressure from "
         "Washington.", ("in 2007", "in 2010"), False,
         "S-300 deal frozen by Moscow under pressure from Washington"),
        ("According to the Kremlin, Putin will visit Tehran on November 23.", "on November 23",
         False, "Putin to visit Tehran"),
        ("A Russian delegation led by Deputy Defence Minister Alexander Fomin arrived in Tehran"
         " on Monday.", "on Monday", False, "Russian delegation led by Fomin arrives in Tehran"),
        ("Bagheri said on Wednesday that ties with Russia are \"strategic,\" IRNA reported.",
         "on Wednesday", True, 'Bagheri says ties with Russia are "strategic"'),
        ("Iran will buy 24 Russian fighter jets next year, the defence minister said on Monday.",
         ("next year", "on Monday"), True,
         "Defence minister says Iran will buy 24 Russian fighter jets"),
    ],
)
def test_titles_are_short_plain_headlines(sentence, date_words, statement, title):
    words = (date_words,) if isinstance(date_words, str) else date_words
    spans = [(sentence.index(w), sentence.index(w) + len(w)) for w in words]
    made = make_title(sentence, spans, PEOPLE, statement)
    assert made == title
    assert len(made.split()) <= 12


@pytest.mark.parametrize(
    ("sentence", "statement", "tags"),
    [
        ("Russia and Iran signed a military cooperation agreement.", False,
         ["agreement", "cooperation"]),
        ("The navies held joint drills in the Caspian Sea.", False, ["exercise", "naval"]),
        ("Shoigu met Bagheri in Moscow.", False, ["meeting"]),
        ("The minister said the situation was calm.", True, ["statement"]),
        ("Russia delivered S-300 missile systems to Iran.", False, ["arms deal", "delivery"]),
        ("The UN lifted the arms embargo.", False, ["sanctions"]),
        # a declaration signed is an agreement of a kind
        ("The two presidents signed the Baku Declaration.", False, ["agreement"]),
        # "agreed to" is an agreement; not negated, nor agreeing only to weigh a proposal
        ("Iran has agreed to buy the radars, the minister said.", False, ["agreement"]),
        ("Russia has not agreed to supply S-400 systems to Iran, a spokesman said.", False,
         ["arms deal"]),
        ("Iran never agreed to the terms, the ministry said.", False, ["statement"]),
        ("Russia has agreed to study an Iranian proposal, the commander said.", False,
         ["statement"]),
        ("Moscow agreed to consider the request, the envoy said.", False, ["statement"]),
    ],
)
def test_tags(sentence, statement, tags):
    assert tags_for(sentence, statement) == tags


@pytest.mark.parametrize(("sentence", "people"), [
    ("Ilham Aliyev and Recep Tayyip Erdogan signed the Ganja Declaration in the city.",
     ("Ilham Aliyev", "Recep Tayyip Erdogan")),
    ("Sergei Shoigu hailed the Caspian Accords.", ("Sergei Shoigu",)),
])
def test_a_named_document_is_no_person(sentence, people):
    assert find_entities(sentence, {}).people == people


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Russia and Iran sign military cooperation agreement",
         "russia-and-iran-sign-military-cooperation-agreement"),
        ("Shoygu meets Ashtiani in Tehran", "shoygu-meets-ashtiani-in-tehran"),
        ("Émile Zola’s “J’accuse” – a story", "emile-zolas-jaccuse-story"),
        ("One two three four five six seven eight nine ten", "one-two-three-four-five-six-seven-eight"),
    ],
)
def test_slugs_are_ascii_and_short(title, slug):
    assert slugify(title) == slug


def test_ids_are_dated_and_unique_in_a_stable_order():
    assert event_id("2015-01-20", "Russia, Iran sign deal") == "2015-01-20-russia-iran-sign-deal"
    assert uniquify(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rogozin met Dehqan, who was reelected in May, on Tuesday in Tehran.", "Tuesday"),
    ("Rogozin met Dehqan, who was reelected in May.", None),
    ("Rosoboronexport, founded in 2000, delivered the systems to India in March.", "March"),
    ("Russia delivered jets built in 1998 to India.", None),
    ("The destroyer, commissioned in 2015, arrived in Karachi on Monday.", "Monday"),
    ("The deal was signed in October 2018.", "October 2018"),
    # history told in a side clause before a main clause that only says how things are
    ("The Tor-M1, which first entered service with the Soviet army in 1986, is among the "
     "systems Iran operates.", None),
    ("The Yak-130, first flown in 1996, is the trainer Iran chose.", None),
    ("Iran's MiG-29 fleet, bought from the Soviet Union in 1990, has grown old.", None),
    # a side clause before an action keeps the action's own date; without one, none
    ("Hatami, who arrived in Moscow on Monday, said Iran wanted the S-400.", "Monday"),
    # an opening aside's date is not the main clause's
    ("Aside from the six jets delivered this year, the maker plans to supply 12 more.", None),
    ("Unlike the drill held in May, the next one will include submarines.", None),
    # a concessive opening's date loses to the main clause's
    ("While the contract was signed in March, the navy had agreed to it in January.",
     "January"),
    # an attribution put after the verb ("…, stated the ministry …") is who said it, when:
    # no participle aside
    ("Iran and Russia have agreed to build a radar together, stated the defence ministry in "
     "a press release on Thursday, August 29.", "Thursday, August 29"),
    ("Iran and Russia have agreed to build a radar together, announced the two ministers on "
     "Monday.", "Monday"),
    # ... and is a statement's date: the act's own month stays, as after "…, X said on …"
    ("Russia delivered radars to Iran in July, reported the IRNA news agency on Thursday.",
     "July"),
    ("Iran signed the Su-35 contract, announced in 2018, on Monday.", "Monday"),
])
def test_a_side_facts_date_never_dates_the_action(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2019, 9, 4)),
                         [])
    assert (dating.mention.text if dating else None) == expected


def test_a_since_clause_is_not_looked_for_in_the_sentence_before():
    import datetime as dt

    from chronology.dates import find_mentions
    text = "The ships have patrolled the area since early 2015. In March the ships docked."
    second = text.index("In March")
    dating = choose_date(text, second, len(text), find_mentions(text, dt.date(2019, 9, 4)), [])
    assert dating is not None and dating.mention.text == "March"


def test_things_docstring_examples():
    import doctest

    import chronology.extraction.things
    result = doctest.testmod(chronology.extraction.things)
    assert result.attempted > 0 and result.failed == 0


def test_sentences_a_saved_page_glued_are_split():
    text = ('Officials told reporters.Warsaw has said it plans to buy jets. The U.S.Navy agreed. '
            'He said."We will."')
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Officials told reporters.", "Warsaw has said it plans to buy jets.",
        "The U.S.Navy agreed.", 'He said."We will."']


@pytest.mark.parametrize(("sentence", "expected"), [
    # a year in the possessive names an edition, not the time of the action
    ("This year's Zapad drills will be held at four ranges in Belarus.", None),
    ("Last year’s parade in Minsk drew 3,000 troops.", None),
    ("The drills were held this year in Belarus.", "this year"),
    # the start or the naming of a series is its history
    ("The joint patrol of the two coast guards was instituted in 2004.", None),
    ("The dialogue was later renamed 'Shield' in 2011 and has since grown.", None),
    ("The first joint patrol was held in 2004.", "2004"),
    ("The patrol was instituted in March 2019 by a decree.", "March 2019"),
    # what something is able or allowed to do is no action
    ("The new dock allows the yard to build three corvettes in 2027.", None),
    ("The plant is capable of assembling 40 jets in 2026.", None),
    ("The plant assembled 40 jets in 2020.", "2020"),
    # a year a modal clause only looks ahead to is a target
    ("The first joint exercise could be held before the end of the year.", None),
    ("The frigates will be delivered this year, the admiral said.", None),
    # an "after …" clause with a subject and a verb of its own dates that earlier act only
    ("Qatar said on Tuesday more troops had arrived after Ankara fast-tracked a law last month.",
     "Tuesday"),
    ("More troops arrived after talks last month.", "last month"),
    # history told in a relative clause does not date the main clause's act
    ("The leaders also visited an exhibition of armour, which was presented by Japan in 1613.",
     None),
    # ... unless an act of its own comes between
    ("The jets are to be delivered under a contract which was concluded in 2018.", "2018"),
])
def test_history_editions_and_abilities_do_not_date_events(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2023, 9, 4)),
                         quoted_spans(sentence))
    assert (dating.mention.text if dating else None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister said, “When our first frigate arrived 30 years ago, the navy was small, "
     "and now it is strong.”", None),
    ("The minister said, “The first frigate arrived 30 years ago, and now we get more.”",
     "30 years ago"),
    ("When the frigate arrived in 1994, the minister said the navy was strong.", "1994"),
])
def test_a_when_clause_opening_a_quotation_recalls_the_past(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2023, 9, 4)),
                         quoted_spans(sentence))
    assert (dating.mention.text if dating else None) == expected


@pytest.mark.parametrize(("sentence", "reports"), [
    ("The two presidents have officially approved the treaty.", True),
    ("The two presidents had quietly ratified the treaty.", True),
    ("The two presidents will approve the treaty.", False),
    ("The treaty is very important.", False),
    # an adverb of a repeated act between the auxiliary and its participle
    ("The navy has once again deployed its new missiles to the islands.", True),
    ("The two armies have again signed a training agreement.", True),
    ("The navy has once again not deployed its new missiles.", False),
    # news that has come out tells no date of the thing it is about
    ("News has emerged of a deal for two frigates between the two navies.", False),
    ("Reports have surfaced that the navy bought two frigates.", False),
    # a lead telling what someone told reporters is the day's statement, however long the title
    ("Iran is interested in buying jets, Director of Russia's Federal Service for "
     "Military-Technical Cooperation Dmitry Shugaev told reporters.", True),
    ("Iran is interested in buying jets.", False),
])
def test_a_lead_reports_an_action_across_adverbs(sentence, reports):
    from chronology.extraction.news_lead import reports_an_action
    assert reports_an_action(sentence) is reports


@pytest.mark.parametrize(("sentence", "mentions", "expected", "statement"), [
    # a plan for a day after the statement that tells it: the statement is what happened
    ("The minister will open the plant on Sunday, a ministry statement said on Saturday.",
     [("Sunday", "2019-03-03"), ("Saturday", "2019-03-02")], "2019-03-02", True),
    # a schedule of several days keeps its own dates
    ("The navies will hold drills from March 5 to March 8, a spokesman said on Saturday.",
     [("March 5", "2019-03-05"), ("March 8", "2019-03-08"), ("Saturday", "2019-03-02")],
     "2019-03-05", False),
    # an action on a day before the statement keeps its own date
    ("The minister opened the plant on Friday, a ministry statement said on Saturday.",
     [("Friday", "2019-03-01"), ("Saturday", "2019-03-02")], "2019-03-01", False),
])
def test_a_plan_told_in_a_statement_is_dated_by_the_statement(sentence, mentions, expected,
                                                              statement):
    found = [mention(sentence, m[0], m[1]) for m in mentions]
    dating = choose_date(sentence, 0, len(sentence), found, quoted_spans(sentence))
    assert dating.mention.value == expected
    assert dating.statement is statement


@pytest.mark.parametrize(("sentence", "expected"), [
    # a stay in a place since a day tells the arrival that day
    ("Since Friday the minister has been in talks at the port.", None),
    ("The minister has been in the port city since Friday.", "Friday"),
    # other spans from a day stay spans
    ("The two navies have patrolled the strait since Friday.", None),
    ("The minister has been in office since 2019.", None),
])
def test_a_stay_since_a_day_dates_the_arrival(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2025, 7, 14)),
                         [])
    assert (dating.mention.text if dating else None) == expected


@pytest.mark.parametrize(("sentence", "others"), [
    # where a traveller came from is no party to the visit
    ("Shoigu arrived in Tehran on Friday from the Indian capital New Delhi.", []),
    ("Shoigu flew to Tehran from Beijing after the summit.", []),
    ("Shoigu met Chinese and Iranian officials in Tehran.", ["China"]),
    ("Shoigu arrived in Tehran. Officials from China joined the talks.", ["China"]),
])
def test_where_a_traveller_came_from_is_no_party(sentence, others):
    from chronology.extraction.relevance import other_countries
    assert other_countries(sentence, TOPIC) == others


@pytest.mark.parametrize(("sentence", "expected"), [
    # a start told with "from" dates the start
    ("The shipments of spare parts started from last month.", "last month"),
    ("The navies have trained together from 2015.", None),
    # after "said that the subject, …," the past form is the reported clause's verb
    ("Officials said that the shipment of spares, along with the radars, started in March.",
     "March"),
    ("Officials welcomed the first shipment, bought by the navy in March.", None),
])
def test_a_start_from_a_date_and_a_reported_clause_after_an_aside(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2024, 4, 21)),
                         [])
    assert (dating.mention.text if dating else None) == expected


def test_a_bare_later_year_is_a_plan_not_an_event(tmp_path):
    from chronology.articles import read_article
    from chronology.extraction import analyse_article
    text = ("---\npublished: 2024-03-04\n---\nWARSAW (Example Wire) - Poland and South Korea "
            "signed a contract for tanks on Monday. The tanks will be delivered to Poland in "
            "2026, the South Korean ministry said.\n")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    config = SiteConfig(period=(2015, 2030), topic=Topic(
        actors={"Poland": ("Poland", "Polish"), "South Korea": ("South Korea", "South Korean")},
        terms=("tanks",)))
    dates = [e.date for e in analyse_article(read_article(path), config).candidates]
    assert dates == ["2024-03-04"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The deal raises the jets' flight hours from 1600 to 2000 hours a year.", None),
    ("The plant's output grew from 1500 to 2500 shells a day in March.", "March"),
    ("Between 2015 and 2017 troops from Russia and Iran fought side by side in Syria.", "2015"),
    ("From 2019 to 2021 units of Iran's air force trained at Russian bases.", "2019"),
    ("The navy held drills from 2015 to 2017 in the Caspian.", "2015"),
])
def test_a_range_of_amounts_is_no_range_of_years(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2024, 1, 30)),
                         [])
    assert (dating.mention.text if dating else None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At the arms show in June, the maker confirmed that the 11 June agreement was an order.",
     "June"),
    ("The chief confirmed on Monday that the Feb. 24 invasion changed the market.", "Monday"),
    ("Iran and Russia signed the agreement on 11 June in Moscow.", "11 June"),
    # the event the date names is the sentence's own act
    ("The June 11 talks in Moscow between the two chiefs focused on air defence.", "June 11"),
    ("Russia and Iran signed the deal on the 11 June visit of Iran's minister to Moscow.",
     "the 11 June"),
])
def test_a_date_that_names_an_event_told_in_passing_does_not_date_the_sentence(sentence,
                                                                                expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2025, 7, 29)),
                         [])
    assert (dating.mention.text if dating else None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Days before X did Y in February 2022, …": the main clause's act is of about then
    ("Days before Russia invaded Ukraine in February 2022, Putin and Raisi declared a "
     "partnership.", ("2022-02", True)),
    ("Just hours after the strike on February 24, 2022, Iran's envoy met Lavrov.",
     ("2022-02-24", True)),  # hours: that day, approximately
    ("Days after the strike on February 24, 2022, Iran's envoy met Lavrov.",
     ("2022-02", True)),  # days: its month
    # weeks before: only the year, approximately; months before: no date for the main clause
    ("Weeks before Russia invaded Ukraine in February 2022, Putin and Raisi declared a "
     "partnership.", ("2022", True)),
    ("Months before Russia invaded Ukraine in February 2022, Putin and Raisi declared a "
     "partnership.", None),
])
def test_days_before_another_act_date_the_main_clause_about_then(sentence, expected):
    import datetime as dt

    from chronology.dates import find_mentions
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, dt.date(2023, 7, 20)),
                         [])
    got = (dating.mention.value, dating.mention.approximate) if dating else None
    assert got == expected


@pytest.mark.parametrize(("sentence", "tag"), [
    ("Serbia received Chinese HQ-22 air defence systems, the ministry said.", "delivery"),
    ("Iran received Russian-made jets on Monday.", "delivery"),
    ("Putin received Iranian President Raisi in Moscow.", "meeting"),
    ("Tehran received a Russian military delegation on Monday.", "meeting"),
    ("Shoigu received Iranian officials in Moscow.", "meeting"),
])
def test_what_was_received_a_countrys_things_or_its_people(sentence, tag):
    from chronology.extraction.tags import tags_for
    tags = tags_for(sentence)
    assert tag in tags and ({"meeting", "delivery"} - {tag}).isdisjoint(tags), tags


def test_hours_before_a_day_keep_the_day_and_a_denied_date_dates_nothing():
    import datetime as dt

    from chronology.dates import find_mentions
    for sentence, value in [
            ("Hours before the Iranian president landed in Moscow on Tuesday, Russia and Iran "
             "signed a drone deal.", "2024-03-12"),
            ("Russia delivered the jets on Monday, not in May as planned.", "2024-04-08")]:
        ref = dt.date(2024, 3, 14) if "Hours" in sentence else dt.date(2024, 4, 10)
        dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, ref), [])
        assert dating.mention.value == value, sentence
