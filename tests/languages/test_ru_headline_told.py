"""A Russian story whose first sentence only says who told the news ("Об этом сообщил …")
tells the headline's news, with the headline's sides (``ru.HEADLINE_TOLD``; round ru21;
sentences written for this test)."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _analyse(tmp_path, headline, story):
    path = tmp_path / "told.txt"
    path.write_text(f"---\npublished: 2021-06-09\nlanguage: ru\n---\n{headline}\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


def test_who_told_the_headline_tells_its_news(tmp_path):
    result = _analyse(tmp_path, "Сборку российских вертолетов в Иране намерены наладить к "
                                "2023 году", "Об этом агентству сообщил директор программы "
                                             "Петр Сидоров. Он назвал сроки ориентировочными. "
                                             "Стоимость работ не раскрывается.")
    assert [c.date for c in result.candidates] == ["2021-06-09"], result.explain
    assert "Сидоров" in result.candidates[0].sources[0].quote
    assert sorted(a for a in result.candidates[0].actors if a in ("Iran", "Russia")) == [
        "Iran", "Russia"]


def test_who_told_a_headline_of_one_side_gives_no_event(tmp_path):
    result = _analyse(tmp_path, "Сборку вертолетов в Иране намерены наладить к 2023 году",
                      "Об этом агентству сообщил директор программы Петр Сидоров. Он назвал "
                      "сроки ориентировочными. Стоимость работ не раскрывается.")
    assert result.candidates == [], result.explain
