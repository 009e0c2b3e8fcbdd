"""Two Russian reports of one day that tell a military operation begun, one naming no side
("the ministry said the operation had begun"), are that day's one operation: the weakest
link, as for a kind of event (issue 11 item 7).  Not on two days, nor when both name their
sides (then their sides and words decide).  Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article
from chronology.extraction.crosslang import one_operation_begun

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")


def _ru(published: str, headline: str, lead: str) -> str:
    return f"---\npublished: {published}\nlanguage: ru\n---\n{headline}\n\n{lead}\n"


BEGUN = _ru("2024-05-14", "Россия и Иран проводят операцию в Сирии",
            "Минобороны России сообщило, что российские и иранские военные в понедельник "
            "начали совместную операцию против боевиков на юге Сирии.")
NAMED = _ru("2024-05-14", "Россия и Иран проводят операцию в Сирии",
            "Министерство сообщило, что в понедельник военная операция «Пустынный ветер» "
            "началась, пишет агентство.")
NAMED_LATER = _ru("2024-05-16", "Россия и Иран проводят операцию в Сирии",
                  "Министерство сообщило, что в среду военная операция «Пустынный ветер» "
                  "началась, пишет агентство.")


@pytest.mark.parametrize(("second", "together"), [
    (NAMED, True),  # that Monday's operation, one report naming no side
    (NAMED_LATER, False),  # Wednesday's: another day, nothing else in common
])
def test_an_operation_begun_that_day(tmp_path, second, together):
    grouped = merged_sources(tmp_path, {"a.md": BEGUN, "b.md": second})
    assert (["a", "b"] in grouped) is together


def test_the_rule_needs_an_operation_and_its_start(tmp_path):
    first = analyse_article(read_article(_write(tmp_path, "a", BEGUN)), CONFIG).found
    second = analyse_article(read_article(_write(tmp_path, "b", NAMED)), CONFIG).found
    assert one_operation_begun(first[0], second[0])
    assert not one_operation_begun(first[0], first[0])  # one article


def _write(tmp_path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    return path
