"""A Russian story whose first sentence names no side of an article about them tells the
scene ("Сегодня в сенате …"): the next sentence, what was said there of the sides, is the
lead (round ru21; sentences written for this test)."""

from __future__ import annotations

from pathlib import Path

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _analyse(tmp_path, story, headline="Россия передает Ирану радары"):
    path = tmp_path / "scene.txt"
    path.write_text(f"---\npublished: 2018-05-16\nlanguage: ru\n---\n{headline}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


SCENE = "Сегодня в сенате заслушивают отчет комитета по обороне о работе за год."


def test_the_sentence_after_a_scene_naming_no_side_is_the_lead(tmp_path):
    result = _analyse(tmp_path, f"{SCENE}\n\nСенатор Петров подтвердил, что Россия передала "
                                "Ирану радары дальнего обнаружения.")
    assert [c.date for c in result.candidates] == ["2018-05-16"], result.explain
    assert "радары" in result.candidates[0].sources[0].quote


def test_a_first_sentence_naming_a_side_with_a_third_country_opens_the_story(tmp_path):
    # a lead that names a side (and a third country) is no scene: what follows it is not
    # the day's news by the lead convention
    result = _analyse(tmp_path, "Россия не будет передавать Ирану и Сирии радары, заявил "
                                "министр.\n\nСейчас у Ирана есть два радара из России.",
                      headline="Министр о радарах")
    assert "2018-05-16" not in [c.date for c in result.candidates
                                if "Сейчас" in c.title], result.explain
