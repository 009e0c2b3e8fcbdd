"""Sentences that lean on each other (``links.py``), and the limits a review found for them."""

from __future__ import annotations

import time

import pytest
from one_article import article_events as _events

from chronology.extraction.links import goes_on, refers_back, thing_before
from chronology.extraction.things import things_in


def test_also_signed_far_away_or_with_other_countries_is_not_the_occasion(tmp_path):
    body = ("Iran and Russia signed a military cooperation agreement in Tehran on Monday.\n\n"
            "The deal covers training.\n\nIt also covers exercises.\n\n"
            "Iran has also signed similar agreements with China and Venezuela.")
    assert [e.title for e in _events(tmp_path, "2019-03-05", body)] == [
        "Iran and Russia sign military cooperation agreement in Tehran"]


def test_a_pronoun_telling_a_new_act_keeps_its_own_headline(tmp_path):
    body = ("Russia has long resisted Iranian requests for the S-400. It signed a contract with "
            "Iran for Su-35 jets on Tuesday.")
    titles = [e.title for e in _events(tmp_path, "2023-03-08", body)]
    assert titles and not any("resisted" in t or "resists" in t for t in titles), titles


def test_an_occasion_sentence_takes_the_headline_and_the_actors_of_the_one_before(tmp_path):
    body = ("The Iranian and Russian navies are holding joint drills in the Caspian Sea. It is "
            "the fifth edition of the drills and began on Sunday.")
    events = _events(tmp_path, "2019-03-05", body)
    assert [e.title for e in events] == ["Iranian and Russian navies hold joint drills in Caspian Sea"]
    assert {"Iran", "Russia"} <= set(events[0].actors), events[0].actors
    assert "exercise" in events[0].tags


def test_an_attributed_statement_has_the_actors_it_names(tmp_path):
    body = ("Iran expects Russia to deliver the first Su-35 fighter jets in 2025. This was "
            "announced on Tuesday by the Iranian defence ministry.")
    events = _events(tmp_path, "2023-03-08", body)
    assert [e.date for e in events] == ["2023-03-07"]
    assert {"Iran", "Russia"} <= set(events[0].actors), events[0].actors


def test_a_possessive_owner_is_no_thing():
    assert things_in("The IRGC's new attack drones were unveiled.") == frozenset()
    assert things_in("Putin's new hypersonic missiles were shown.") == frozenset()


def test_a_statement_lead_and_another_systems_act_stay_two_events(tmp_path):
    body = ("Russia delivered S-400 parts to Iran, Shoigu said on Wednesday.\n\n"
            "Separately, Russia delivered Su-35 jets to Iran on Monday.")
    assert sorted(e.date for e in _events(tmp_path, "2023-03-09", body)) == [
        "2023-03-06", "2023-03-08"]


def test_a_past_year_in_a_modal_clause_still_dates_its_act(tmp_path):
    body = "After years of delay, Russia would eventually deliver the S-300 systems to Iran in 2016."
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2016"]


def test_a_side_act_is_headed_by_its_thing_not_the_main_clause(tmp_path):
    body = "Russia delivered the Su-35 jets ordered in 2019 to Iran on Monday."
    side = [e for e in _events(tmp_path, "2023-03-08", body) if e.date == "2019"]
    assert [(e.title, e.tags) for e in side] == [("Su-35 jets ordered", ["arms deal"])]


def test_the_same_noun_in_another_countrys_story_borrows_no_topic(tmp_path):
    body = ("Russia plans to supply Iran with a new radar. The radar was shown to Chinese "
            "officials in Beijing on Monday.")
    assert _events(tmp_path, "2023-03-08", body) == []


@pytest.mark.parametrize(("words", "goes"), [
    ("They reportedly delivered S-300 launchers to the Iranian army.", True),
    ("It is believed that the jets carried spare parts.", True),
    ("It was not immediately clear whether Moscow would also sell Su-35 jets.", False),
    ("It was cold.", False),
])
def test_what_goes_on_about_the_event_before(words, goes):
    assert goes_on(words, "Six Russian planes landed at the Iranian airport.") is goes


def test_this_and_a_noun_used_before_points_back():
    assert refers_back("This deal, signed on Tuesday, covers drones.",
                       "Iran and Russia struck a landmark deal.") == "noun"


@pytest.mark.parametrize(("subject", "before", "points"), [
    # the noun of the act the sentence before told in a verb
    ("The acquisition, announced on Sunday, covers five frigates.",
     "Iran has sealed a deal to acquire five Russian frigates.", "noun"),
    ("The deployment was approved on Monday.", "Russia will deploy bombers to Iran.", "noun"),
    ("The delivery was completed on Friday.", "Russia delivered S-300 launchers to Iran.",
     "noun"),
    # another act: no root in common
    ("The acquisition, announced on Sunday, covers five frigates.",
     "Iran and Russia held talks in Moscow.", None),
])
def test_the_noun_of_an_act_told_in_a_verb_points_back(subject, before, points):
    assert refers_back(subject, before) == points


def test_long_runs_of_space_are_read_in_linear_time():
    from chronology.extraction.news_lead import reports_an_action
    started = time.monotonic()
    reports_an_action("Russia has delivered Su-35 jets to Iran, a" + " " * 20000 + "source said.")
    assert thing_before("x" + " " * 100000) is None
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(("sentence", "found"), [
    # a minister's counterpart is of the other side
    ("Earlier on Saturday, Lavrov met his counterpart Mehdi Safari in Moscow.", True),
    ("Earlier on Saturday, Lavrov met his Chinese counterpart Wang Yi in Moscow.", False),
    ("Earlier on Saturday, Lavrov met Mehdi Safari in Moscow.", False),
])
def test_a_counterpart_is_the_other_side(tmp_path, sentence, found):
    body = "Iran and Russia held talks on military cooperation in Moscow on Friday. " + sentence
    dates = [e.date for e in _events(tmp_path, "2023-03-12", body)]
    assert ("2023-03-11" in dates) is found, dates


def test_an_act_told_by_a_noun_in_a_side_clause_is_an_event_of_its_own(tmp_path):
    body = ("Russia delivered ten Su-35 jets to Iran on Monday, a deal that follows the purchase "
            "in 2016 of 12 Yak-130 trainers, the ministry said.")
    side = [(e.date, e.title) for e in _events(tmp_path, "2023-03-08", body) if e.date == "2016"]
    assert side == [("2016", "12 Yak-130 trainers purchased")]


@pytest.mark.parametrize(("sentence", "found"), [
    # both sides as the subject of an act of the topic's kind
    ("The sides agreed to sign the agreement in May 2022.", True),
    ("The two navies held joint drills in the Caspian Sea in May 2022.", True),
    # both sides, but no act of the kind; another country's pair
    ("The two ministers exchanged views on regional issues in May 2022.", False),
    ("The two countries signed a deal with China in May 2022.", False),
    # both sides as the agent of a passive act of the kind; with a third country, not
    ("A memorandum of understanding was signed by the two countries in May 2022.", True),
    ("A memorandum was signed by the two countries and China in May 2022.", False),
])
def test_both_sides_as_the_subject_are_the_topics_sides(tmp_path, sentence, found):
    body = "Iran and Russia are expanding military cooperation, officials say. " + sentence
    dates = [e.date for e in _events(tmp_path, "2023-03-12", body)]
    assert ("2022-05" in dates) is found, dates


def test_a_signing_by_both_sides_after_dated_talks_is_of_that_day(tmp_path):
    body = ("Iranian Defence Minister Amir Hatami held talks with Sergei Shoigu in Moscow on "
            "Wednesday.\n\nBoth sides signed a memorandum on naval training.\n\n"
            "A protocol on spare parts was also inked between the two countries.")
    events = _events(tmp_path, "2019-03-08", body)
    signed = [e for e in events if e.date == "2019-03-06" and "talks" not in e.title]
    assert len(signed) == 2, [(e.date, e.title) for e in events]


def test_an_attribution_joins_the_quote_of_the_event_it_attributes(tmp_path):
    body = ("TEHRAN, March 6 (Agency): The joint naval drill of Iran and Russia will deepen "
            "maritime security cooperation in the Gulf of Oman.\n\n"
            "It was stated by an Iranian navy commander and a Russian captain in a joint press "
            "briefing held here on Monday.")
    events = _events(tmp_path, "2023-03-06", body)
    assert [e.date for e in events] == ["2023-03-06"]
    assert "press briefing" in events[0].sources[0].quote
    assert events[0].sources[0].quote.startswith("TEHRAN")


def test_an_attribution_of_another_day_does_not_join(tmp_path):
    body = ("Iran and Russia signed a naval cooperation memorandum on Monday.\n\n"
            "This was reported on Friday by the Iranian navy's website.")
    events = _events(tmp_path, "2023-03-10", body)
    assert [e.date for e in events] == ["2023-03-06"]
    assert "website" not in events[0].sources[0].quote


def test_both_leaders_signing_after_talks_on_a_dated_visit_is_that_day(tmp_path):
    body = ("Russian President Vladimir Putin said on Tuesday that ties with Iran are stronger "
            "than ever, as he welcomed Iranian President Ebrahim Raisi for an official visit.\n\n"
            "The two presidents held talks in the Kremlin before signing a treaty on "
            "comprehensive strategic partnership.")
    events = _events(tmp_path, "2023-03-08", body)
    treaty = [e for e in events if "treaty" in " ".join(s.quote for s in e.sources)]
    assert treaty and {e.date for e in treaty} == {"2023-03-07"}, [(e.date, e.title) for e in events]


def test_both_leaders_having_signed_before_is_not_the_visit_day(tmp_path):
    body = ("Russian President Vladimir Putin said on Tuesday that ties with Iran are stronger "
            "than ever, as he welcomed Iranian President Ebrahim Raisi for an official visit.\n\n"
            "The two presidents signed a similar treaty before the war in 2001.")
    events = _events(tmp_path, "2023-03-08", body)
    assert not any(e.date == "2023-03-07" and "2001" in e.sources[0].quote for e in events), \
        [(e.date, e.title, e.sources[0].quote) for e in events]


def test_both_sides_as_subject_after_an_opening_phrase(tmp_path):
    body = ("Iran and Russia are deepening naval ties, officials in Tehran say.\n\n"
            "In a first show of that cooperation, both navies conducted a joint patrol in the "
            "Caspian Sea on Monday.")
    events = _events(tmp_path, "2023-03-08", body)
    assert "2023-03-06" in [e.date for e in events], [(e.date, e.title) for e in events]


def test_both_sides_are_still_the_subject_when_what_their_act_set_off_names_others(tmp_path):
    body = ("Iran and Russia are deepening naval ties, officials in Tehran say.\n\n"
            "In a first show of that cooperation, both navies conducted a joint patrol in the "
            "Gulf of Oman on Monday, which prompted the United States and Britain to send ships.")
    events = _events(tmp_path, "2023-03-08", body)
    assert "2023-03-06" in [e.date for e in events], [(e.date, e.title) for e in events]
    other = body.replace("both navies conducted a joint patrol", "both navies of the United "
                         "States and Britain conducted a joint patrol")
    assert "2023-03-06" not in [e.date for e in _events(tmp_path, "2023-03-08", other)]


def test_both_sides_after_an_opening_phrase_of_other_countries_stay_off_topic(tmp_path):
    body = ("Iran and Russia are deepening naval ties, officials in Tehran say.\n\n"
            "At a summit in Ottawa, both leaders of Canada and Mexico signed a trade deal "
            "on Monday.")
    events = _events(tmp_path, "2023-03-08", body)
    assert "2023-03-06" not in [e.date for e in events], [(e.date, e.title) for e in events]


def test_a_numbered_model_name_is_a_thing():
    assert "LEOPARD 1" in things_in("Germany delivered Leopard 1 tanks.")
    assert "LEOPARD 2A6" in things_in("Germany delivered Leopard 2A6 tanks.")
    assert things_in("The April 1 drills were held.") == frozenset()


def test_a_later_delivery_of_another_system_does_not_restate_the_lead(tmp_path):
    body = ("Russia has delivered another Pantsir-S air defence system to Iran, the ministry "
            "announced.\n\nOn Thursday, Russia delivered a batch of Mi-28 helicopters to Iran.")
    events = _events(tmp_path, "2023-03-10", body)
    assert sorted(e.date for e in events) == ["2023-03-09", "2023-03-10"], \
        [(e.date, e.title) for e in events]


def test_a_later_delivery_of_the_same_system_still_restates_the_lead(tmp_path):
    body = ("Russia has delivered another Pantsir-S air defence system to Iran, the ministry "
            "announced.\n\nOn Thursday, the Pantsir-S system was delivered to Iran by Russia.")
    events = _events(tmp_path, "2023-03-10", body)
    assert [e.date for e in events] == ["2023-03-09"], [(e.date, e.title) for e in events]


def test_a_statement_telling_the_lead_again_joins_its_quote(tmp_path):
    body = ("TEHRAN, MARCH 7, IRNA. Iran has expressed interest in the Russian Pantsir "
            "air defence system, the agency reports.\n\n"
            "The system is made by a state-owned company in Tula.\n\n"
            "A senior company official said Iran has shown interest in the Pantsir air defence "
            "system.")
    events = _events(tmp_path, "2023-03-07", body)
    assert len(events) == 1 and "senior company official" in events[0].sources[0].quote


def test_a_statement_telling_something_else_does_not_join(tmp_path):
    body = ("TEHRAN, MARCH 7, IRNA. Iran has expressed interest in the Russian Pantsir "
            "air defence system, the agency reports.\n\n"
            "A senior company official said exports to Latin America grew strongly in the "
            "past decade.")
    events = _events(tmp_path, "2023-03-07", body)
    assert "Latin America" not in events[0].sources[0].quote


def test_a_lead_opening_with_a_subordinate_clause_is_dated_by_its_main_verb(tmp_path):
    body = ("On a day when the Iranian foreign minister is in Moscow meeting his Russian "
            "counterpart, Iran and Russia have taken a step forward with the signing of a "
            "defence memorandum.\n\nThe memorandum covers training.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-03-08"]


def test_a_lead_whose_main_clause_is_a_plan_stays_undated(tmp_path):
    body = ("While the Iranian foreign minister was in Moscow, officials said Russia and Iran "
            "are set to sign a defence memorandum.\n\nThe memorandum covers training.")
    assert _events(tmp_path, "2023-03-08", body) == []


def test_a_planned_sale_told_according_to_a_leader_is_the_day_s_news(tmp_path):
    body = ("Russia will sell 24 Su-35 fighter jets to Iran in the coming years, according to "
            "President Vladimir Putin, as Moscow seeks new arms buyers.\n\nThe deal is large.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-03-08"]


def test_a_plan_as_reported_by_a_leader_is_the_day_s_news_too(tmp_path):
    body = ("The Russian Navy is set to guard Iran's waters for a decade under a new agreement, "
            "as reported by Iranian President Masoud Pezeshkian.\n\nThe deal is large.")
    assert [e.date for e in _events(tmp_path, "2024-02-22", body)] == ["2024-02-22"]
    rumour = body.replace("Iranian President Masoud Pezeshkian", "unnamed sources")
    assert _events(tmp_path, "2024-02-22", rumour) == []


def test_a_planned_sale_with_no_source_stays_undated(tmp_path):
    body = ("Russia will sell 24 Su-35 fighter jets to Iran in the coming years, as Moscow "
            "seeks new arms buyers.\n\nThe deal is large.")
    assert _events(tmp_path, "2023-03-08", body) == []


def test_a_part_of_the_event_before_is_on_topic(tmp_path):
    body = ("Iranian and Russian forces began a joint exercise in the Caspian Sea on March 1.\n\n"
            "The naval phase wrapped up Monday, and land drills continue until Friday.")
    assert "2023-03-06" in [e.date for e in _events(tmp_path, "2023-03-08", body)]


def test_a_day_before_an_event_noun_is_the_time_of_that_event(tmp_path):
    body = ("At the 11 June ceremony in Bushehr, Russia handed over two Su-35 fighter jets to "
            "Iran.\n\nRussian warships arrived at Bandar Abbas on Sunday 11 June. The next day "
            "sailors from the Russian and Iranian navies held a joint drill.")
    dates = sorted(e.date for e in _events(tmp_path, "2023-06-20", body))
    assert dates.count("2023-06-11") >= 1 and "2023-06-20" not in dates, dates


def test_on_the_day_before_a_pronoun_still_dates_the_act(tmp_path):
    body = "On the 11 January they signed a Su-35 contract, Iran and Russia said."
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-01-11"]


def test_the_same_thing_told_again_the_same_day_is_one_event(tmp_path):
    body = ("A Russian naval flotilla set off on Sunday to join Iranian forces for a joint "
            "exercise.\n\nThe Russian flotilla, three corvettes and a tanker, left the port of "
            "Astrakhan and will meet Iranian ships at sea, the ministry said on Sunday.")
    assert [e.date for e in _events(tmp_path, "2023-03-06", body)] == ["2023-03-05"]


def test_another_thing_the_same_day_stays_its_own_event(tmp_path):
    body = ("A Russian naval flotilla set off on Sunday to join Iranian forces for a joint "
            "exercise.\n\nThe Iranian defence minister visited Moscow on Sunday for talks with "
            "Russian officials.")
    assert [e.date for e in _events(tmp_path, "2023-03-06", body)] == ["2023-03-05", "2023-03-05"]


def test_a_year_after_a_names_a_document_not_the_time_of_the_action(tmp_path):
    body = ("Russia's arms sales to Iran are evidence of a broader strategy, according to a 2021 "
            "Defense Department report to Congress.")
    assert _events(tmp_path, "2023-03-08", body) == []


def test_a_year_after_in_a_still_dates_the_action(tmp_path):
    body = "Russia delivered S-300 systems to Iran in a 2016 handover ceremony in Bushehr."
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2016"]


def test_the_announcement_came_from_the_maker_joins_the_lead(tmp_path):
    body = ("TEHRAN: Iran has signed a $200-million contract to lease four Russian-made drones "
            "for border surveillance.\n\nThe announcement came today from the Russian maker of the "
            "Orlan-10 drones, which did not name the buyer.")
    events = _events(tmp_path, "2023-03-08", body)
    assert [e.date for e in events] == ["2023-03-08"] and "Orlan-10" in events[0].sources[0].quote


def test_an_announcement_amid_a_tour_is_no_attribution(tmp_path):
    body = ("Iran and Russia signed a deal on Tuesday for the joint production of attack drones "
            "at a plant in Tatarstan, officials in Tehran said.\n\nThe announcement came amid the "
            "Iranian defence minister's tour of Russia, which began on Thursday.")
    assert sorted(e.date for e in _events(tmp_path, "2023-03-08", body)) == ["2023-03-02",
                                                                              "2023-03-07"]


def test_a_sentence_going_on_about_the_lead_joins_its_quote_despite_a_date_of_its_own(tmp_path):
    body = ("MOSCOW, March 8 (Reuters) - Russia signed a contract with Iran on Wednesday for 24 "
            "Su-35 fighter jets, officials said.\n\nThe contract covers deliveries starting next "
            "year.")
    events = _events(tmp_path, "2023-03-08", body)
    assert [e.date for e in events] == ["2023-03-08"]
    assert events[0].sources[0].quote.endswith("starting next year.")


def test_a_goal_year_does_not_date_the_act(tmp_path):
    body = ("Iran and Russia signed a defence partnership statement towards the year 2030 to "
            "deepen cooperation, the ministries said.")
    assert "2030" not in [e.date for e in _events(tmp_path, "2023-03-08", body)]
    path = tmp_path / "b.md"
    path.write_text(body + "\n", encoding="utf-8")  # no date at all: still not 2030
    from one_article import CONFIG

    from chronology.articles import read_article
    from chronology.extraction import analyse_article
    assert "2030" not in [e.date for e in analyse_article(read_article(path), CONFIG).candidates]


def test_a_year_in_a_person_s_relative_clause_is_history(tmp_path):
    body = ("Russia delivered two more combat helicopters to Iran on Monday.\n\nThe delivery adds "
            "to at least four helicopters provided by Russia under ties forged by generals who "
            "seized power in 2019.")
    assert sorted(e.date for e in _events(tmp_path, "2023-03-08", body)) == ["2023-03-06"]


def test_a_year_in_a_thing_s_relative_clause_still_dates_its_act(tmp_path):
    body = ("Russia has begun building Su-35 jets for Iran under a contract which was concluded in "
            "2021, a source said on Monday.")
    assert "2021" in [e.date for e in _events(tmp_path, "2023-03-08", body)]


def test_a_lead_telling_an_act_going_on_is_the_day_s_news(tmp_path):
    body = ("TEHRAN (Example Wire) - The Iranian and Russian navies are holding joint drills in "
            "the Caspian Sea, officials in Tehran say.\n\nThe drills involve six warships.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-03-08"]


def test_a_lead_telling_an_intention_is_not(tmp_path):
    body = ("TEHRAN (Example Wire) - Iran is considering buying Su-35 jets from Russia, "
            "officials in Tehran say.\n\nNo deal has been signed.")
    assert _events(tmp_path, "2023-03-08", body) == []


def test_an_edition_told_after_a_going_on_lead_gives_its_own_dates(tmp_path):
    body = ("The Iranian and Russian navies are conducting exercise Caspian Shield in the "
            "Caspian Sea. This is the fifth edition of the exercise and is being held from "
            "March 6 to March 10.")
    events = _events(tmp_path, "2023-03-08", body)
    assert [e.date for e in events] == ["2023-03-06"], [(e.date, e.title) for e in events]


def test_a_company_s_founding_is_its_history(tmp_path):
    body = ("Rostec delivered the first Su-35 jets to Iran on Monday.\n\nRostec Aviation Iran was "
            "established in 2019 and is headquartered in Tehran.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-03-06"]


def test_an_organisation_named_by_a_common_noun_founded_is_its_history(tmp_path):
    body = ("Rostec delivered the first Su-35 jets to Iran on Monday.\n\nThe company was "
            "established in 2007 and is the main Russian arms maker for Iran.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-03-06"]


def test_a_joint_venture_of_both_sides_founded_is_an_event(tmp_path):
    body = ("The Russian-Iranian drone venture Tatar-Iran Aero was established in 2022 by Russia "
            "and Iran in Yelabuga.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2022"]


def test_a_founding_of_the_story_s_week_is_the_news(tmp_path):
    body = ("MOSCOW (Example Agency) - Russian and Iranian drone makers have formed a joint "
            "venture to build engines in Kazan, officials said.\nThe company was established "
            "on Monday with a capital of $40 million, Russian and Iranian officials said.")
    dates = sorted(e.date for e in _events(tmp_path, "2023-03-08", body))
    assert dates == ["2023-03-06", "2023-03-08"]


def test_a_body_set_up_by_the_ministries_of_both_countries_is_an_event(tmp_path):
    body = ("The group was set up in January by the defence ministries of Russia and Iran "
            "to oversee joint drone projects.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-01"]


def test_the_exercise_told_again_the_same_day_is_one_event(tmp_path):
    body = ("Iranian and Russian special forces began a joint exercise near Mashhad on 14 January."
            "\n\nThe exercise that started on 14 January aims to bolster defence co-operation "
            "between Iran and Russia.\n\nTehran: The first joint drills between the two special "
            "forces began on 14 January, an Iranian army spokesman said.")
    assert [e.date for e in _events(tmp_path, "2023-01-20", body)] == ["2023-01-14"]


def test_another_exercise_the_same_day_stays_its_own_event(tmp_path):
    body = ("Iranian and Russian special forces began a joint exercise near Mashhad on 14 January."
            "\n\nThe Russian Pacific Fleet also began drills with Iran's navy in the Sea of Oman "
            "on 14 January.")
    assert len(_events(tmp_path, "2023-01-20", body)) == 2


def test_an_exercise_of_another_name_the_same_day_stays_its_own_event(tmp_path):
    body = ("Russia and Iran began the Maritime Security Belt drills on Monday in the Sea of "
            "Oman.\n\nThe CASAREX exercise, with Russian and Iranian ships in the Caspian Sea, "
            "began on Monday.")
    assert len(_events(tmp_path, "2023-03-08", body)) == 2


def test_a_signing_is_not_dated_by_the_month_its_relative_clause_looks_ahead_to(tmp_path):
    body = ("Iran has signed an agreement under which it will receive Russian radars in "
            "September, well ahead of schedule.\n\n“We learn from what happens around us,” "
            "said Iran's defence minister at a press conference on Thursday to announce the "
            "deal with Russia.")
    events = _events(tmp_path, "2022-04-15", body)
    assert [(e.date, e.title) for e in events] == [
        ("2022-04-14", "Iran signs agreement under which it will receive Russian radars")]


def test_a_plan_told_as_the_main_clause_keeps_its_month(tmp_path):
    body = "Russia will deliver the first radars to Iran in September, the ministry said."
    assert [e.date for e in _events(tmp_path, "2022-04-15", body)] == ["2022-09"]


def test_a_plan_announced_keeps_its_month_and_a_told_year_compared_keeps_its_year(tmp_path):
    body = ("Iran's navy commander announced a joint exercise with Russia that will take place "
            "in the Caspian Sea in September.")
    assert [e.date for e in _events(tmp_path, "2024-04-10", body)] == ["2024-09"]
    body = "Russia supplied more weapons to Iran in 2023 than in the previous ten years combined."
    assert [e.date for e in _events(tmp_path, "2024-02-10", body)] == ["2023"]


def test_a_comparison_of_times_dates_nothing(tmp_path):
    body = ("Russia delivered the radars to Iran two years earlier than planned, the ministry "
            "said on Monday.")
    assert [e.date for e in _events(tmp_path, "2022-04-15", body)] == ["2022-04-11"]


def test_a_standfirst_told_again_by_a_dated_statement_is_one_event(tmp_path):
    body = ("Iran and Russia Agree on Regional Security\n\n"
            "Iran's defence minister and his Russian counterpart agreed on the importance of "
            "countering meddling in the affairs of the region by external powers.\n\n"
            "MOSCOW, March 7 (Reuters) - Russia and Iran have agreed to confront external "
            "meddling in the affairs of the region, Iranian Defence Minister Mohammad Ashtiani "
            "said on Tuesday.")
    events = _events(tmp_path, "2023-03-08", body)
    assert [e.date for e in events] == ["2023-03-07"], [(e.date, e.title) for e in events]


def test_a_lead_and_another_act_sharing_only_common_words_stay_two(tmp_path):
    body = ("Iran and Russia Hold Naval Drills\n\n"
            "Iran's defence minister and his Russian counterpart agreed on the importance of "
            "military cooperation between the two countries.\n\n"
            "MOSCOW, March 7 (Reuters) - The Russian and Iranian navies held joint drills in "
            "the Caspian Sea on Tuesday, the Russian defence ministry said.")
    assert len(_events(tmp_path, "2023-03-08", body)) == 2


def test_views_also_exchanged_at_a_meeting_are_its_talk_not_another_event(tmp_path):
    body = ("Russian Deputy Defence Minister Alexander Fomin met Iran's navy chief in Tehran on "
            "Tuesday.\n\nThe two also exchanged views on cooperation in training.")
    assert len(_events(tmp_path, "2023-03-08", body)) == 1
    signed = body.replace("exchanged views on cooperation in training",
                          "exchanged memoranda on cooperation in training")
    assert len(_events(tmp_path, "2023-03-08", signed)) == 2


def test_what_is_also_signed_after_the_ceremony_of_a_month_s_signing_is_of_that_month(tmp_path):
    body = ("The first Russian-built corvette will join the Iranian navy next year, the navy "
            "said.\nIran and Russia signed a contract for the corvettes in Moscow in May 2019. "
            "The signing ceremony at the Admiralty shipyard was attended by senior officers of "
            "both navies. A memorandum on training Iranian crews in Russia was also signed.")
    events = [(e.date, e.title) for e in _events(tmp_path, "2023-12-11", body)]
    assert [t for d, t in events if d == "2019-05" and "emorandum" in t], events


def test_a_sentence_between_that_only_mentions_signing_tells_no_occasion(tmp_path):
    body = ("Iran and Russia signed a naval deal in Tehran on Sunday, officials said. A memorandum "
            "of understanding was signed by the two countries for this deal in September. Iran "
            "is the ninth country to sign a deal for the ships. A statement said the two "
            "ministers also signed an agreement on joint training.")
    events = [(e.date, e.title) for e in _events(tmp_path, "2023-12-11", body)]
    assert not [t for d, t in events if d == "2023-09" and "training" in t], events


def test_what_is_also_signed_after_a_month_s_history_is_not_of_that_month(tmp_path):
    body = ("Iran and Russia signed a naval deal in Tehran on Sunday, officials said. A memorandum "
            "of understanding was signed by the two countries for this deal in September. Iran "
            "is the ninth buyer of the ships. A statement said the two ministers also signed an "
            "agreement on joint training.")
    events = [(e.date, e.title) for e in _events(tmp_path, "2023-12-11", body)]
    assert [d for d, _ in events if d == "2023-09"] == ["2023-09"], events
    assert not [t for d, t in events if d == "2023-09" and "training" in t], events


def test_a_founding_by_one_side_then_a_second_predicate_is_history(tmp_path):
    body = ("Rostec delivered the first armoured trucks to Iran on Monday.\n\n"
            "Rostec Persia was founded in 2017 by Rostec and is based in Tehran.")
    assert [e.date for e in _events(tmp_path, "2023-03-08", body)] == ["2023-03-06"]


def test_talks_with_another_country_between_tell_another_occasion(tmp_path):
    body = ("Iran and Russia signed a naval deal in Tehran on Sunday, officials said. A memorandum "
            "of understanding was signed by the two countries for this deal in September. Iran "
            "is also holding talks with India over similar frigates. A statement said the two "
            "ministers also signed an agreement on joint training.")
    events = [(e.date, e.title) for e in _events(tmp_path, "2023-12-11", body)]
    assert not [t for d, t in events if d == "2023-09" and "training" in t], events
