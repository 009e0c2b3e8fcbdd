"""Background told as description is no event (issue 9, twelfth round): a sentence whose main
verb is a form of "be" with an adjective or a noun phrase after it says how a thing is or
was, and a coarse date in it is background, not the time of an act.  Invented wire copy."""

from __future__ import annotations

import pytest
from one_article import article_events as _events

from chronology.extraction.background import describes_only


def _dated(tmp_path, published, body):
    return sorted((e.date, e.title) for e in _events(tmp_path, published, body))


LEAD = ("MOSCOW, March 8 (Reuters) - Russia delivered the first Su-35 fighter jets to Iran on "
        "Tuesday, the defence ministry said.\n\n")


@pytest.mark.parametrize("background", [
    "The Russian destroyer Admiral Levchenko, one of the escorts, was instrumental in rescuing "
    "an Iranian cargo ship last year when it ran aground.",
    "During the regional war in 2020, Russia and Iran were among the few countries voicing "
    "support for the Syrian government.",
    "It added that the truce, which was agreed upon in October, and the talks in Geneva are of "
    "great importance to Iran.",
    "In 2019, Russia was the largest foreign supplier of arms to Iran.",
])
def test_a_description_with_a_coarse_date_gives_no_event(tmp_path, background):
    dates = [d for d, _ in _dated(tmp_path, "2023-03-08", LEAD + background)]
    assert dates == ["2023-03-07"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Shoigu was in Tehran in January for talks with his Iranian counterpart.", "2023-01"),
    ("The contract for the jets was signed in January between Russia and Iran.", "2023-01"),
    ("The jets are one of 24 Su-35s ordered by Iran from Russia in 2021.", "2021"),
    ("Putin was the chief guest at the Iranian navy's parade in Tehran in January.", "2023-01"),
    ("The Iranian opening ceremony was jointly witnessed by Russian officers in January.",
     "2023-01"),
    ("There were joint Russian-Iranian naval drills in the Caspian Sea in January.", "2023-01"),
    ("In January, Iran was host to a Russian naval delegation in Bandar Abbas.", "2023-01"),
    ("Iran was the first country to receive Russian Yak-130 trainers in 2021.", "2021"),
])
def test_an_act_told_with_be_is_still_an_event(tmp_path, sentence, date):
    dates = [d for d, _ in _dated(tmp_path, "2023-03-08", LEAD + sentence)]
    assert date in dates


def test_a_day_keeps_a_description_of_the_day_s_news(tmp_path):
    body = LEAD + "The Russian air defence systems in Iran were operational on Monday, Iranian media said."
    assert "2023-03-06" in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    ("The Marshal Ustinov was instrumental in saving a tanker last year.", "last year", True),
    ("The visit in January was the first since 2015.", "in January", False),
    ("It said that ties, which were set up in 1990, are strong.", "1990", True),
    ("Iran and Russia are holding drills in January.", "January", False),
    ("The frigate was then handed over in 2021.", "2021", False),
])
def test_describes_only(sentence, words, expected):
    assert describes_only(sentence, words) is expected


@pytest.mark.parametrize("sentence", [
    "However, Russia has halted further deliveries of the jets to Iran because of the war in "
    "Ukraine and the sanctions imposed in 2022.",
    "Iran has suspended talks on the Su-35 with Russia in the wake of protests in Tehran in "
    "November.",
])
def test_a_perfect_clause_is_not_dated_by_its_cause(tmp_path, sentence):
    dates = [d for d, _ in _dated(tmp_path, "2023-03-08", LEAD + sentence)]
    assert dates == ["2023-03-07"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Russia has delivered S-300 systems to Iran in 2016, the ministry said.", "2016"),
    ("Iran has received Yak-130 jets from Russia in January, after long talks.", "2023-01"),
    ("Russia has delivered jets to Iran in January because of a deal.", "2023-01"),
])
def test_a_perfect_clause_keeps_a_date_of_its_own(tmp_path, sentence, date):
    assert date in [d for d, _ in _dated(tmp_path, "2023-03-08", LEAD + sentence)]


@pytest.mark.parametrize("reaction", [
    "The Chinese Foreign Ministry on Wednesday urged Russia to stop arming Iran.",
    "Visiting French Foreign Minister Jean Dupont warned in Tehran on Wednesday that Europe "
    "would not trade with Iran while it buys Russian jets.",
])
def test_a_third_country_s_reaction_is_no_event_of_the_sides(tmp_path, reaction):
    dates = [d for d, _ in _dated(tmp_path, "2023-03-09", LEAD + reaction)]
    assert dates == ["2023-03-07"]


@pytest.mark.parametrize("report", [
    "China's Xinhua news agency reported on Wednesday that Russian and Iranian warships began "
    "joint drills.",
    "The leaders of Russia, China and Iran on Wednesday welcomed the new naval exercise.",
    "Chinese warships on Wednesday joined Russian and Iranian ships for joint drills.",
])
def test_a_report_or_a_joint_act_with_a_third_country_is_kept(tmp_path, report):
    dates = [d for d, _ in _dated(tmp_path, "2023-03-09", LEAD + report)]
    assert "2023-03-08" in dates


@pytest.mark.parametrize("plan", [
    "The first four of the 12 Su-35 jets bought by Iran will reach their base between March "
    "and April.",
    "Iranian President Raisi told reporters that “the new jets, which are the pride of our "
    "air force,” would be unveiled next week.",
    "The remaining jets are expected to be handed over to Iran later this month.",
])
def test_a_plan_for_later_is_no_event(tmp_path, plan):
    dates = [d for d, _ in _dated(tmp_path, "2023-03-08", LEAD + plan)]
    assert dates == ["2023-03-07"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Russia signed an agreement with Iran in January, and deliveries will follow.", "2023-01"),
    ("Shoigu will meet his Iranian counterpart in Tehran on Wednesday, March 8.", "2023-03-08"),
    ("Iran said in February that it would buy more jets from Russia.", "2023-02"),
    ("The remaining jets are expected to be handed over to Iran in June.", "2023-06"),
])
def test_a_plan_told_today_or_a_past_act_is_kept(tmp_path, sentence, date):
    assert date in [d for d, _ in _dated(tmp_path, "2023-03-08", LEAD + sentence)]


APPROVED = ("MOSCOW – Russia has approved the sale of 24 Su-35 jets to Iran for an estimated 2 "
            "billion dollars.\n\n")


def test_the_news_announced_right_after_the_lead_dates_it(tmp_path):
    body = APPROVED + ("The Russian defence ministry announced the news on March 8 in a "
                       "statement, adding that deliveries would follow.")
    assert _dated(tmp_path, "2023-03-10", body) == [
        ("2023-03-08", "Russia approves sale of 24 Su-35 jets to Iran")]


def test_another_act_right_after_the_lead_stays_its_own(tmp_path):
    body = APPROVED + "The Russian defence ministry held talks with Iranian officials on March 8."
    assert [d for d, _ in _dated(tmp_path, "2023-03-10", body)] == ["2023-03-08", "2023-03-10"]


def test_both_sides_as_the_subject_of_what_was_said_keep_the_topic(tmp_path):
    body = LEAD + "In February, Ivanov said the two sides had reached an agreement on a base."
    assert "2023-02" in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]


def test_both_sides_of_another_pair_said_are_not_the_topic(tmp_path):
    body = LEAD + ("In February, Ivanov said the two sides, China and Pakistan, had reached an "
                   "agreement on a base.")
    assert "2023-02" not in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]


LIFTED = ("MOSCOW, March 8 (Reuters) - Russia has lifted its ban on selling Su-35 jets to Iran, "
          "officials said.\n\n")


def test_the_decision_named_again_is_the_article_s_thing(tmp_path):
    body = LIFTED + "The policy change was implemented on Sunday by Foreign Minister Ivanov."
    assert "2023-03-05" in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]


def test_another_change_named_as_subject_is_not(tmp_path):
    body = LIFTED + "The change of command was completed on Sunday in Moscow."
    assert "2023-03-05" not in [d for d, _ in _dated(tmp_path, "2023-03-08", body)]


def test_a_span_still_running_is_not_the_act_a_statement_lead_reports(tmp_path):
    body = ("MOSCOW, March 9. /TASS/. The first joint firing drills have been held at a range in "
            "Iran in the framework of the Russian-Iranian exercise, the Russian defence ministry "
            "said on Thursday.\n\nThe Russian-Iranian exercise runs from March 6 to March 15.")
    events = _dated(tmp_path, "2023-03-09", body)
    assert ("2023-03-09" in [d for d, _ in events]
            and any("first joint firing drills" in t for d, t in events if d == "2023-03-09"))
