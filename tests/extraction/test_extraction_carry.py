"""A date is carried only to the very next sentence, never across a caption or a story link."""

from __future__ import annotations

import pytest
from one_article import CONFIG
from one_article import article_events as _events

from chronology.articles import read_article
from chronology.extraction import analyse_article

DATED = ("TEHRAN, March 3 (Xinhua) -- Iranian Defence Minister Amir Hatami said on Tuesday "
         "that Iran and Russia had agreed to expand naval cooperation.")
UNDATED = "Hatami made the remarks after meeting Russian Defence Minister Sergei Shoigu in Tehran."


def _quotes(tmp_path, published: str, body: str) -> list[str]:
    """The quotes of the events extracted from an article of ``published`` with ``body``."""
    return [s.quote for e in _events(tmp_path, published, body) for s in e.sources]


@pytest.mark.parametrize(
    ("between", "carried"),
    [
        ("\n\n", True),
        ("\n\nRussia, Iran to Sign Agreement on Naval Cooperation - Example International\n\n", False),
        ("\n\nRead also: Iran, Russia hold drills in the Caspian\n\n", False),
    ],
)
def test_carry_only_across_blank_lines(tmp_path, between, carried):
    quotes = _quotes(tmp_path, "2019-03-03", DATED + between + UNDATED)
    assert any(UNDATED in q for q in quotes) is carried
    assert not any("Example International" in q or "Read also" in q for q in quotes)


@pytest.mark.parametrize(("second", "found"), [
    # a date set before the subject does not hide the thing the article is about
    ("On March 1, the opening ceremony of the drills was attended by two admirals.", True),
    ("On March 1, the weather in the port was attended to by forecasters.", False),
])
def test_the_thing_after_a_date_opening(tmp_path, second, found):
    first = "Iranian and Russian warships began joint naval drills in the Caspian Sea."
    quotes = _quotes(tmp_path, "2019-03-03", first + " " + second)
    assert any(second in q for q in quotes) is found


@pytest.mark.parametrize(("second", "found"), [
    # in an article about the topic, one side conducting something is an action of its kind
    ("The second phase was conducted off Iran's southern coast from March 1 to March 2.", True),
    ("The second phase was quiet off Iran's southern coast from March 1 to March 2.", False),
])
def test_conducting_is_an_action_of_the_topic(tmp_path, second, found):
    first = "Iranian and Russian warships began joint naval drills in the Caspian Sea."
    quotes = _quotes(tmp_path, "2019-03-03", first + "\n\nIt was cold.\n\n" + second)
    assert any(second in q for q in quotes) is found


def test_the_thing_of_a_reported_clause(tmp_path):
    first = "Iranian and Russian warships began joint naval drills in the Caspian Sea."
    second = "A news agency reports that the drills have been named 'Caspian Shield' and began on Sunday."
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2019-03-06\n---\n" + first + "\n\nIt was cold.\n\n" + second
                    + "\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    dates = {e.date for e in result.candidates if any(second in s.quote for s in e.sources)}
    assert dates == {"2019-03-03"}


@pytest.mark.parametrize(("before", "found"), [
    ("At the show, the Iranian army also displayed a Chinese radar for the first time.", False),
    ("At the show, the Iranian army also displayed a new radar for the first time.", True),
])
def test_a_thing_named_by_a_pronoun_is_the_thing_before(tmp_path, before, found):
    first = "Iran showed Russian air defence systems at a military parade in Tehran."
    second = "Iran had already acquired this in 2020."
    quotes = _quotes(tmp_path, "2022-04-30", first + "\n\n" + before + " " + second)
    assert any(second in q for q in quotes) is found


@pytest.mark.parametrize(("second", "found"), [
    # in an article about the topic, one side's arrival is an action of its kind
    ("Shoigu arrived in the port city on Friday from the Indian capital New Delhi.", True),
    ("Shoigu rested in the port city on Friday.", False),
])
def test_an_arrival_is_an_action_of_the_topic(tmp_path, second, found):
    first = "Iranian and Russian warships began joint naval drills in the Caspian Sea."
    quotes = _quotes(tmp_path, "2019-03-03", first + "\n\nIt was cold.\n\n" + second)
    assert any(second in q for q in quotes) is found


@pytest.mark.parametrize(("second", "found"), [
    # a country named only in a few quoted words is the speaker's phrase, no party
    ("On Monday Bagheri accused the West of being “at war with Russia” in the region.", False),
    ("On Monday Bagheri accused Russia of being “too slow” with the deliveries.", True),
])
def test_a_country_only_in_a_quoted_phrase_is_no_party(tmp_path, second, found):
    first = "Iranian and Russian warships began joint naval drills in the Caspian Sea."
    quotes = _quotes(tmp_path, "2019-03-06", first + "\n\nIt was cold.\n\n" + second)
    assert any(second in q for q in quotes) is found


# An undated sentence says what the dated one after it points back to ("This is …").
ANTECEDENT = "The Iranian and Russian navies are holding joint drills named Marine Security Belt."


@pytest.mark.parametrize(("dated", "quoted", "title_from_first"), [
    # a pronoun subject: the sentence before gives the quote's start and the headline
    ("This is the fifth edition of the drills and is being held from March 1 to March 4.",
     True, True),
    # a pronoun telling an act of its own: quoted with the sentence before, own headline
    ("It began on Sunday with a parade of ships.", True, False),
    # "the" + a noun the sentence before used: quoted with it, headline of its own
    ("The drills, which started on Sunday off Chabahar, involve twelve ships.", True, False),
    # a new subject does not point back
    ("Oil prices rose on Sunday after the drills began.", False, False),
])
def test_a_dated_sentence_quotes_what_it_points_back_to(tmp_path, dated, quoted, title_from_first):
    events = _events(tmp_path, "2019-03-05", ANTECEDENT + " " + dated)
    quotes = [s.quote for e in events for s in e.sources]
    assert any(q.startswith(ANTECEDENT) and dated in q for q in quotes) is quoted
    if title_from_first:
        assert any(e.title.startswith("Iranian and Russian navies hold joint drills")
                   for e in events), [e.title for e in events]


def test_a_dated_sentence_does_not_point_back_across_a_dated_one(tmp_path):
    first = "Iranian and Russian navies held joint drills on Saturday near Chabahar."
    dated = "This is the fifth edition of the drills and lasted until March 4."
    quotes = [s.quote for e in _events(tmp_path, "2019-03-05", first + " " + dated)
              for s in e.sources]
    assert not any(first in q and dated in q for q in quotes), quotes


@pytest.mark.parametrize(("after", "joined"), [
    ("They reportedly delivered S-300 launchers to the Iranian army.", True),
    ("The planes returned to Russia after unloading.", True),  # "the planes" again
    ("Moscow has long been Tehran's main arms supplier.", False),  # a new subject
])
def test_an_undated_sentence_that_goes_on_joins_the_quote(tmp_path, after, joined):
    dated = ("Six Russian Il-76 transport planes landed at Tehran's Mehrabad airport early on "
             "Saturday, Iranian media said.")
    quotes = [s.quote for e in _events(tmp_path, "2019-03-05", dated + " " + after)
              for s in e.sources]
    assert any(q.startswith(dated) for q in quotes), quotes
    assert any(after in q for q in quotes) is joined


@pytest.mark.parametrize(("sentence", "side"), [
    # a side clause's own dated act is an event too, headed by the thing it tells of
    ("The S-300 systems – the first batch of four ordered in 2016 – arrived in Iran on "
     "Sunday, the ministry said.", ("2016", "S-300 systems ordered")),
    ("The Russian Yak-130 trainers, purchased in 2019, landed at Hamadan air base on Sunday.",
     ("2019", "Russian Yak-130 trainers purchased")),
    # no named thing before it: no headline, no event
    ("The Russian jets, bought in 2019, landed at Hamadan air base on Sunday.", None),
    # a plan's year is no act
    ("The Su-35 jets, ordered in 2026, were shown at an Iranian air base on Sunday.", None),
])
def test_a_side_clause_dates_an_act_of_its_own(tmp_path, sentence, side):
    events = _events(tmp_path, "2019-03-05", "Iran's air force is growing. " + sentence)
    main = [e for e in events if e.date == "2019-03-03"]
    assert main, [(e.date, e.title) for e in events]
    others = [(e.date, e.title) for e in events if e.date != "2019-03-03"]
    assert others == ([side] if side else []), others
    if side:
        assert all(sentence in s.quote for e in events for s in e.sources)


def test_a_lead_dated_by_its_statement_takes_the_date_of_the_act_it_reports(tmp_path):
    lead = ("Iran has received the first S-300 air defence systems from Russia, the Iranian "
            "defence ministry said on Tuesday.")
    act = "The first launchers were delivered to Bandar Abbas by Russian ships on Sunday."
    events = _events(tmp_path, "2019-03-06", lead + "\n\nThe deal was long delayed.\n\n" + act)
    assert [(e.date, e.title) for e in events] == [
        ("2019-03-03", "Iran receives first S-300 air defence systems from Russia")]
    assert events[0].sources[0].quote == lead + " … " + act  # what it says, what dates it


def test_a_statement_about_another_act_keeps_its_own_date(tmp_path):
    lead = ("Iran has received the first S-300 air defence systems from Russia, the Iranian "
            "defence ministry said on Tuesday.")
    other = "Iranian and Russian warships held joint drills in the Caspian Sea on Sunday."
    events = _events(tmp_path, "2019-03-06", lead + "\n\n" + other)
    assert sorted(e.date for e in events) == ["2019-03-03", "2019-03-05"]


def test_an_act_agreed_the_day_before_is_not_the_act_the_lead_reports(tmp_path):
    lead = ("Iran on Saturday announced that it has signed a long-term treaty with Russia on "
            "naval cooperation.")
    agreed = ("On Friday, Iran and Russia agreed to sign a fresh bilateral pact during a meeting "
              "of their defence ministers in Moscow.")
    events = _events(tmp_path, "2019-03-09", lead + "\n\n" + agreed)
    assert sorted(e.date for e in events) == ["2019-03-08", "2019-03-09"]
    # near miss: the act itself, told with its own date, is the lead's
    done = "Iran and Russia signed the treaty on naval cooperation in Moscow on Friday."
    events = _events(tmp_path, "2019-03-09", lead + "\n\n" + done)
    assert [e.date for e in events] == ["2019-03-08"]


@pytest.mark.parametrize("act", [
    # done acts, whatever infinitive they hold: the act the lead reports, one event
    "Russia began to deliver the S-400 systems to Iran on Friday, the ministry said.",
    "Russia handed over the first four of the 24 Su-35 jets it had agreed to deliver at a "
    "ceremony on Friday.",
])
def test_a_done_act_with_an_infinitive_is_the_act_the_lead_reports(tmp_path, act):
    lead = ("Iran has received its first Su-35 fighter jets and S-400 systems from Russia, the "
            "defence ministry said on Saturday.")
    events = _events(tmp_path, "2023-03-11", lead + "\n\n" + act)
    assert [e.date for e in events] == ["2023-03-10"]


@pytest.mark.parametrize(("ceremony", "dates"), [
    ("A handover ceremony was held on 15 August to mark the milestone.", ["2022-08-15"]),
    # near misses: a ceremony of another day's act told later; a ceremony not held
    ("Iran and Russia signed a training accord on Monday. A handover ceremony was held on 15 "
     "August.", None),
    ("A ceremony is planned for 19 August to mark the milestone.", None),
])
def test_the_ceremony_told_right_after_an_undated_lead_dates_it(tmp_path, ceremony, dates):
    lead = ("Russia has handed over the first Su-35 fighter jets to the Iranian Air Force at the "
            "company's plant in Komsomolsk-on-Amur.")
    events = _events(tmp_path, "2022-08-16", lead + "\n\n" + ceremony)
    if dates is not None:
        assert [e.date for e in events] == dates
        assert "ceremony" in events[0].sources[0].quote
    else:  # the lead keeps the day of writing
        assert [e.date for e in events if e.title.startswith("Russia hands over")] == \
            ["2022-08-16"], [(e.date, e.title) for e in events]


def test_the_sentence_after_the_lead_that_tells_its_act_with_a_date_is_the_lead(tmp_path):
    lead = ("In what officials called a milestone, the Russian-built frigate Sahand of the "
            "Iranian Navy was commissioned at the Bandar Abbas naval base.")
    dated = "The warship was commissioned on Monday in the presence of two admirals."
    events = _events(tmp_path, "2019-03-05", lead + "\n" + dated)
    assert [e.date for e in events] == ["2019-03-04"], [(e.date, e.title) for e in events]
    assert lead in events[0].sources[0].quote and dated in events[0].sources[0].quote


@pytest.mark.parametrize(("later", "carried"), [
    # another document of the occasion the article has just dated
    ("A memorandum on naval training was also signed by the two ministers.", True),
    ("The two sides have also inked a protocol on spare parts.", True),
    # an act told with another time, or no act of the occasion
    ("A memorandum on training was also signed in 2016.", False),
    ("They also agreed to keep in touch.", False),
])
def test_an_act_told_with_also_takes_the_date_of_the_occasion(tmp_path, later, carried):
    dated = "Iran and Russia signed a military cooperation agreement in Tehran on Monday."
    body = dated + "\n\nThe deal covers training and exercises.\n\n" + later
    events = _events(tmp_path, "2019-03-05", body)
    joined = [e for e in events if e.date == "2019-03-04" and later in e.sources[0].quote]
    assert bool(joined) is carried, [(e.date, e.title, e.sources[0].quote) for e in events]
    if carried:
        assert joined[0].sources[0].quote == dated + " … " + later


def test_an_attribution_dates_the_statement_before_it_when_that_gave_no_event(tmp_path):
    told = "Tehran expects to receive the first Su-35 fighter jets from Russia in 2024."
    said = "This was announced on Tuesday by the Iranian defence ministry."
    events = _events(tmp_path, "2023-03-02", told + " " + said)
    assert [(e.date, e.title) for e in events] == [
        ("2023-02-28", "Tehran expects to receive first Su-35 fighter jets from Russia in 2024")]
    assert events[0].sources[0].quote == told + " " + said
    # after a sentence that gave an event, the attribution only names its source
    dated = "Russia delivered the first Su-35 fighter jets to Iran on Monday."
    events = _events(tmp_path, "2023-03-02", dated + " " + said)
    assert [e.date for e in events] == ["2023-02-27"]


def test_a_standfirst_that_repeats_the_lead_gives_one_event(tmp_path):
    lead = "Iran and Russia have signed a new defence agreement, the Iranian minister said on Monday"
    body = (lead + "\n\nTEHRAN (Example News) - " + lead + ".\n\n"
            "The agreement covers training.")
    events = _events(tmp_path, "2019-03-05", body)
    assert len([e for e in events if e.date == "2019-03-04"]) == 1, [
        (e.date, e.title) for e in events]
