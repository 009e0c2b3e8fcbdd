"""Near misses of the wire-copy habits (tests/extraction/test_wire_habits.py), on invented
Russia–Iran stories: a period is not the talks just told, a dialogue wished for is no
occasion."""

from __future__ import annotations

from one_article import article_events

TALKS = ("Russian and Iranian defence officials held talks in Tehran on Monday on military "
         "cooperation.\n\n")


def _dated(tmp_path, body, published="2024-06-11"):
    return sorted((e.date, e.title) for e in article_events(tmp_path, published, body))


def test_an_opening_that_names_a_period_is_not_the_talks_just_told(tmp_path):
    for opening in ("During the Soviet era,", "At the height of the Cold War,",
                    "During the long years of sanctions,"):
        body = TALKS + f"{opening} both sides signed dozens of arms contracts."
        assert len(_dated(tmp_path, body)) == 1, opening


def test_a_signing_that_states_its_own_period_is_not_of_the_talks(tmp_path):
    for period in ("During the 1990s, both sides signed several contracts for jets.",
                   "Both sides signed several contracts for jets in the 1990s.",
                   "Both sides signed several contracts for jets during the Soviet era."):
        assert len(_dated(tmp_path, TALKS + period)) == 1, period


def test_the_talks_named_by_the_opening_still_date_the_signing(tmp_path):
    for opening in ("During the talks,", "At the meeting in Tehran,",
                    "On the sidelines of the talks,"):
        body = TALKS + f"{opening} both sides signed a memorandum on naval training."
        events = _dated(tmp_path, body)
        assert any(d == "2024-06-10" and "memorandum" in t.lower() for d, t in events), opening


def test_a_dialogue_called_for_is_no_occasion_of_a_signing(tmp_path):
    body = ("Iran's foreign minister called for dialogue between Russia and Iran on Monday."
            "\n\nThe two sides signed a memorandum on naval training.")
    assert not any("memorandum" in t.lower() for _, t in _dated(tmp_path, body))


JETS = ("Iran's air force will grow stronger with the new Russian jets, officials say.\n\n")


def test_a_town_the_gazetteer_does_not_know_heads_the_lead_after_a_standfirst(tmp_path):
    for town in ("Zarqan", "Kamra", "Bandar Lengeh"):
        body = JETS + (f"{town}: Russia delivered the first two Su-35 jets to Iran at a "
                       "ceremony.\n\nThe air force chief attended the ceremony.")
        events = _dated(tmp_path, body, published="2024-06-10")
        assert [d for d, _ in events] == ["2024-06-10"], town


def test_a_label_or_a_common_word_after_a_standfirst_is_no_dateline(tmp_path):
    for label in ("History", "Analysis", "Flashback", "Update"):
        body = JETS + (f"{label}: Russia delivered the first two Su-35 jets to Iran at a "
                       "ceremony.\n\nThe update came late.")
        assert _dated(tmp_path, body, published="2024-06-10") == [], label


def test_a_town_halfway_down_the_page_is_still_no_dateline(tmp_path):
    body = JETS + ("Russia and Iran have long cooperated on military matters, officials say."
                   "\n\nZarqan: Russia delivered the first two Su-35 jets to Iran at a ceremony.")
    assert _dated(tmp_path, body, published="2024-06-10") == []


def test_a_plan_in_a_relative_clause_about_another_thing_leaves_the_possessive_day(tmp_path):
    body = ("Russia's navy held a drill in the Caspian Sea on Tuesday.\n\nMonday's test launch "
            "of a Russian-designed missile from an Iranian frigate, which Russia is expected to "
            "repair in 2026, was a success, the Iranian navy said.")
    events = _dated(tmp_path, body)
    assert any(d == "2024-06-10" and "test launch" in t.lower() for d, t in events), events


def test_a_plan_about_the_possessive_s_own_occasion_still_tells_the_plan(tmp_path):
    body = ("Russia's navy held a drill in the Caspian Sea on Tuesday.\n\nMonday's agreement, "
            "under which Russia is expected to deliver 24 Su-35 jets to Iran in 2027, was "
            "welcomed in Tehran.")
    assert len(_dated(tmp_path, body)) == 1


def test_a_page_label_or_a_person_the_topic_knows_after_a_standfirst_is_no_dateline(tmp_path):
    # "Readout:" labels a section; "Peskov:" (a person among the topic's actors) heads what
    # a speaker said: neither is a place
    for label in ("Backgrounder", "Readout", "Newsmaker", "Peskov"):
        body = JETS + (f"{label}: Russia delivered the first two Su-35 jets to Iran at a "
                       "ceremony.\n\nThe update came late.")
        assert _dated(tmp_path, body, published="2024-06-10") == [], label
