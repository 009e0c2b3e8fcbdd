"""Russian rules found by a stress pool of invented news sentences (issue 11, fifth round):
every common way Russian agencies, papers and ministries report a dated act, read inside a
tiny article; each rule here on sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"
# a first paragraph with a date of its own: the sentence under test is no story opening
FIRST = "Иранская делегация 1 марта прибыла в Москву для переговоров о сотрудничестве с Россией."


def _dates(tmp_path, sentence: str, published: str = "2017-03-17") -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{HEADLINE}\n\n{FIRST}\n\n"
                    f"{sentence}\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    return [c.date for c in result.candidates if not c.sources[0].quote.startswith(FIRST[:20])]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a part of the month of writing
    ("В начале месяца Россия передала Ирану два военных вертолета.", ["2017-03"]),
    ("В середине месяца в Тегеране прошли переговоры военных России и Ирана.", ["2017-03"]),
])
def test_a_part_of_the_month_of_writing_dates_an_act(tmp_path, sentence, expected):
    assert _dates(tmp_path, sentence) == expected

