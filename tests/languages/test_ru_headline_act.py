"""A Russian lead telling the day's talks under a headline, naming both sides, that tells an
act done of another kind titles its event by the headline: what the occasion gave
(``ru.HEADLINE_ACT``; round ru21; sentences written for this test)."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran

LEAD = ("Министр обороны Ирана провел переговоры с российским коллегой в Москве. Стороны "
        "обсудили региональную безопасность. Встреча прошла в рабочей обстановке.")


def _titles(tmp_path, headline):
    path = tmp_path / "act.txt"
    path.write_text(f"---\npublished: 2020-03-12\nlanguage: ru\n---\n{headline}\n\n{LEAD}\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    return [(c.date, c.title) for c in result.candidates]


def test_the_headline_s_act_titles_the_talks_it_came_of(tmp_path):
    headline = "Министры обороны России и Ирана подписали план сотрудничества"
    assert _titles(tmp_path, headline)[:1] == [("2020-03-12", headline)]


def test_a_headline_of_the_talks_themselves_leaves_the_lead_s_words(tmp_path):
    titles = _titles(tmp_path, "Министры обороны России и Ирана провели переговоры")
    assert titles and titles[0][1].startswith("Министр обороны Ирана провел переговоры"), titles
