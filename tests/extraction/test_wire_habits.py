"""Habits of wire copy that unseen articles showed, on invented Russia–Iran stories: a label
halfway down a page is no dateline; a month in the source a sentence cites is not its act's;
an adverb between "has" and its participle leaves the act done; a possessive day beside a
plan names where the plan comes from; an opening that points at the talks just told, and a
dialogue of officials, keep a signing on that day."""

from __future__ import annotations

from one_article import article_events

from chronology.extraction.sentences import dateline_end

DELIVERED = ("MOSCOW, June 10 (Example Wire) - Russia delivered two Su-35 jets to Iran on "
             "Monday, the defence ministry said.\n\n")


def _dated(tmp_path, body, published="2024-06-10"):
    return sorted((e.date, e.title) for e in article_events(tmp_path, published, body))


def test_a_word_before_a_colon_past_the_opening_is_a_label_not_a_place():
    label = "Flashback: Iran ordered the jets from Russia in a deal that took years."
    assert dateline_end(label, 0, len(label), opening=False) == 0
    assert dateline_end(label, 0, len(label)) > 0  # opening a story, it may be a place
    place = "Isfahan: The jets landed at an air base."
    assert dateline_end(place, 0, len(place), opening=False) == len("Isfahan: ")


def test_a_label_halfway_down_the_page_dates_no_lead(tmp_path):
    body = DELIVERED + ("Flashback: Iran ordered the jets from Russia in a deal that took "
                        "years to close.\n\nThe jets landed at an air base near Isfahan.")
    assert [d for d, _ in _dated(tmp_path, body)] == ["2024-06-10"]


def test_a_label_of_the_page_at_the_opening_is_no_dateline_either():
    text = "Analysis: Iran ordered the jets from Russia in a deal that took years."
    assert dateline_end(text, 0, len(text)) == 0


def test_the_month_of_a_cited_report_is_not_the_act_s(tmp_path):
    body = ("In 2023, Iran asked Russia for more fighter jets, according to a report released "
            "in March.\n\nRussia delivered two Su-35 jets to Iran on Monday.")
    assert [d for d, _ in _dated(tmp_path, body)] == ["2023", "2024-06-10"]


def test_an_adverb_between_has_and_its_participle_leaves_the_lead_done(tmp_path):
    for adverb in ("also", "already", "since"):
        body = (f"TEHRAN, June 10 (Example Wire) - Russia has {adverb} delivered two Su-35 jets "
                "to Iran.\n\nThe jets landed at an air base near Isfahan.")
        assert [d for d, _ in _dated(tmp_path, body)] == ["2024-06-10"], adverb


def test_a_negated_or_pending_lead_is_still_no_act(tmp_path):
    for verb in ("has not yet delivered", "has yet to deliver"):
        body = (f"TEHRAN, June 10 (Example Wire) - Russia {verb} two Su-35 jets to Iran.\n\n"
                "The jets were ordered long ago.")
        assert _dated(tmp_path, body) == [], verb


def test_a_possessive_day_beside_a_plan_dates_no_event(tmp_path):
    for lead in ("Iran's air force chief visited Moscow on Monday.",
                 "Russia and Iran signed a deal for 24 Su-35 jets last week."):
        body = (lead + "\n\nThe first Su-35 jets ordered under Friday's agreement with Russia "
                "are expected to arrive in Iran in 2027, according to the minister.")
        assert len(_dated(tmp_path, body)) == 1, lead


def test_a_possessive_day_with_no_plan_still_dates_its_sentence(tmp_path):
    body = ("Russia and Iran signed a deal for 24 Su-35 jets on Monday.\n\nMonday's agreement "
            "was welcomed by the Iranian parliament.")
    assert [d for d, _ in _dated(tmp_path, body)] == ["2024-06-10", "2024-06-10"]


TALKS = ("Russian and Iranian defence officials held talks in Tehran on Monday on military "
         "cooperation.\n\n")


def test_a_signing_during_the_talks_just_told_is_of_their_day(tmp_path):
    body = TALKS + "During the talks, both sides signed a memorandum on naval training."
    events = _dated(tmp_path, body)
    assert any(d == "2024-06-10" and "memorandum" in t.lower() for d, t in events), events


def test_a_noun_of_exchanges_after_the_act_is_no_signing(tmp_path):
    body = TALKS + ("Both sides reviewed progress in military cooperation, including training "
                    "exchanges and port calls.")
    assert len(_dated(tmp_path, body)) == 1


def test_a_policy_dialogue_is_a_meeting_whose_signing_follows(tmp_path):
    body = ("Russian and Iranian deputy defence ministers co-chaired the fifth Defence Policy "
            "Dialogue in Tehran on Monday. The two sides signed a memorandum on submarine "
            "rescue.")
    events = _dated(tmp_path, body)
    assert any(d == "2024-06-10" and "memorandum" in t.lower() for d, t in events), events
