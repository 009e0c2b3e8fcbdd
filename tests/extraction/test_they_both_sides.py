"""A sentence whose subject is "They" names no side; when one of the two sentences before
names both sides and no other country, "they" are those sides (issue 9 item 5): the sentence
is on topic, its title names the sides, not the pronoun (``candidates.Scan.they_are``)."""

from one_article import article_events

LEAD = ("TEHRAN, January 20 (Wire) - Iranian Defence Minister Hossein Dehghan met his Russian "
        "counterpart Sergei Shoigu in Tehran on Tuesday.\n\n")


def _titles(tmp_path, body: str) -> dict[str, str]:
    return {e.date: e.title for e in article_events(tmp_path, "2015-01-22", body)}


def test_they_after_a_sentence_naming_both_sides_are_those_sides(tmp_path):
    body = LEAD + "They also signed an agreement on military cooperation on Wednesday."
    event = [e for e in article_events(tmp_path, "2015-01-22", body) if e.date == "2015-01-21"]
    assert [e.title for e in event] == ["Russia and Iran sign agreement on military cooperation"]
    assert {"Iran", "Russia"} <= set(event[0].actors)  # in the order of the site settings


def test_he_before_is_the_person_last_named(tmp_path):
    body = ("TEHRAN, January 20 (Wire) - Russian Defence Minister Sergei Shoigu arrived in "
            "Tehran on Monday.\n\nHe met Iranian Defence Minister Hossein Dehghan on Tuesday. "
            "They signed an agreement on military cooperation on Wednesday.")
    assert _titles(tmp_path, body).get("2015-01-21") == \
        "Russia and Iran sign agreement on military cooperation"


def test_they_after_a_third_country_or_far_from_both_sides_is_no_side(tmp_path):
    third = LEAD + ("Shoigu later met the Chinese defence minister, Chang Wanquan. They signed "
                    "an agreement on military cooperation on Wednesday.")
    assert "2015-01-21" not in _titles(tmp_path, third)
    far = LEAD + ("The talks lasted four hours. The weather was mild. They signed an agreement "
                  "on military cooperation on Wednesday.")
    assert "2015-01-21" not in _titles(tmp_path, far)


def test_they_after_other_plurals_or_a_third_party_are_not_the_sides(tmp_path):
    # review rv16: "they" are the nearest plural, not the sides named further back
    for before in ("Russia and Iran have armed the Houthis and Hezbollah for years.",
                   "Gulf monarchies objected to the talks.",
                   "Russian and Iranian engineers inspected the new jets."):
        body = LEAD + before + " They fired missiles at ships in the Red Sea on Wednesday."
        assert not _titles(tmp_path, body).get("2015-01-21", "").startswith("Russia and Iran")


def test_what_they_told_reporters_is_not_the_sides_act(tmp_path):
    body = LEAD + "They also told reporters on Wednesday that the arms deal was signed."
    assert not _titles(tmp_path, body).get("2015-01-21", "").startswith("Russia and Iran")


def test_they_with_no_action_of_the_topics_kind_is_no_event(tmp_path):
    body = LEAD + "They also visited a museum of modern art on Wednesday."
    assert "2015-01-21" not in _titles(tmp_path, body)
