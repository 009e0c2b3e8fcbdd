"""A lead telling an act going on ("… is currently in progress", "… are under way") is the
day's news, dated by the lead convention; a headline never starts with a list's bullet."""

from __future__ import annotations

from one_article import article_events

from chronology.extraction.titles import make_title


def test_an_exercise_in_progress_is_the_days_news(tmp_path):
    body = ("The joint naval exercise of Iran and Russia is currently in progress in the "
            "Caspian Sea, officials said.")
    events = article_events(tmp_path, "2025-03-04", body)
    assert [(e.date, e.approximate) for e in events] == [("2025-03-04", True)]


def test_drills_under_way(tmp_path):
    body = "Joint drills of Iran and Russia are under way in the Caspian Sea, officials said."
    assert [e.date for e in article_events(tmp_path, "2025-03-04", body)] == ["2025-03-04"]


def test_a_bullet_is_no_word_of_the_headline():
    sentence = "  • Russia delivered the first of its four corvettes to Iran in 2023"
    start = sentence.index("in 2023")
    title = make_title(sentence, [(start + 3, start + 7)], {}, False)
    assert title.startswith("Russia delivers")


def test_a_process_under_way_is_no_days_news(tmp_path):
    # review F: preparations, construction and a purchase go on for months
    for body in ("Preparations for Iran-Russia naval drills are under way in the Caspian Sea.",
                 "Construction of the Russian-built reactor in Iran is under way.",
                 "Iran's purchase of Russian Su-35 jets is still in progress."):
        assert article_events(tmp_path, "2025-03-04", body) == []
