"""Two articles' reports of one day that share most of their distinctive words are one
event, whatever their verbs and kind tags (``sameness._distinctive_words_shared``): rare
words ("18-month", "advisers", "Latakia") weigh, common ones ("said", "military") hardly."""

from __future__ import annotations

from pathlib import Path

from one_article import merged_counts


def _merged(tmp_path: Path, first: str, second: str) -> list[int]:
    return merged_counts(tmp_path, [("2024-06-05", first), ("2024-06-05", second)])


def test_one_act_in_other_words_is_merged(tmp_path):
    assert _merged(
        tmp_path,
        "Iran's parliament on Tuesday approved a motion extending the deployment of Russian "
        "military advisers and technicians to Iranian bases for another 18 months, IRNA reported.",
        "Iranian lawmakers on Tuesday authorised an 18-month extension of the deployment of "
        "Russian military advisers and technicians, state media said.") == [2]


def test_one_rare_name_in_common_is_not_enough(tmp_path):
    assert _merged(
        tmp_path,
        "Iran's parliament on Tuesday approved a motion extending the deployment of Russian "
        "military advisers and technicians to Iranian bases for another 18 months, IRNA reported.",
        "Russia and Iran on Tuesday discussed the repair of Kilo-class submarines at "
        "Iranian yards, IRNA reported.") == [1, 1]
