"""A sentence that names one side only and tells that side's reform of its own forces is no
act of the relationship; an act one side does for, with or from the other stays, whether it
names one side or none."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = ("MOSCOW, June 10 (Example Wire) - Russia delivered two Su-35 jets to Iran on Monday, "
        "the defence ministry said.\n\n")


def _dates(tmp_path, body, published="2024-06-10"):
    return sorted(e.date for e in article_events(tmp_path, published, body))


def test_one_side_restructuring_its_own_military_is_no_event(tmp_path):
    for sentence in ("Iran announced a major restructuring of its military in 2023, turning "
                     "towards long-range missiles.",
                     "Tehran overhauled its armed forces in 2022.",
                     "Iran began a reform of the country's defence policy in March 2021."):
        assert _dates(tmp_path, LEAD + sentence) == ["2024-06-10"], sentence


def test_acts_with_the_other_side_or_a_received_thing_stay(tmp_path):
    for sentence, date in (
            ("Iran equipped its air force with the first Su-35 jets in 2023.", "2023"),
            ("The jets were handed over at the Isfahan air base on Friday.", "2024-06-07"),
            ("Russia began a restructuring of Iran's air defence network in 2022, the ministry "
             "said.", "2022"),
            ("Iran and Russia agreed a restructuring of their military cooperation in 2021.",
             "2021")):
        assert date in _dates(tmp_path, LEAD + sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Iran's military approved a new defence procurement policy on Thursday.",
    "The Iranian military adopted a new military doctrine in 2022.",
    "The Iranian parliament passed a record defence budget in March 2023.",
    "Iran's leader signed a military decree on Friday raising the size of the Iranian army."])
def test_one_side_adopting_its_own_policy_or_resizing_its_forces_is_no_event(tmp_path, sentence):
    assert _dates(tmp_path, LEAD + sentence) == ["2024-06-10"]


def test_an_approval_of_the_other_sides_thing_stays(tmp_path):
    for sentence, date in (
            ("Iran's cabinet approved the purchase of 24 more Su-35 jets from Russia on "
             "Thursday.", "2024-06-06"),
            ("Iran raised the number of its Su-35 orders to 50 in 2023.", "2023")):
        assert date in _dates(tmp_path, LEAD + sentence), sentence
