"""A Russian lead that reports an act by its noun ("Штаб сообщил об отправке инструкторов …",
``ru.REPORTED_ACT``) tells the act, as a past verb would: it is the day's news (round ru21;
sentences written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


@pytest.mark.parametrize("lead", [
    "Минобороны России сообщило об отправке в Иран группы военных советников.",
    "Посольство Ирана сообщило о закупке у России партии учебных самолетов.",
])
def test_a_report_of_an_act_by_its_noun_is_the_lead(tmp_path, lead):
    path = tmp_path / "lead.txt"
    path.write_text(f"---\npublished: 2018-03-22\nlanguage: ru\n---\nНовости\n\n{lead} Подробности "
                    "не приводятся. Сроки работ не раскрываются.\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [c.date for c in result.candidates] == ["2018-03-22"], result.explain
    assert "сообщило" in result.candidates[0].sources[0].quote
