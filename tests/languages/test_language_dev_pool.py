"""Rules from the eighth round's dev articles (issue 11), tested on invented Russian lines."""
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"


def _candidates(tmp_path, story: str, published: str = "2017-03-17"):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{HEADLINE}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


@pytest.mark.parametrize("dateline", ["", "МОСКВА, 17 марта. /ТАСС/. "])
def test_a_leads_side_clause_of_a_recent_day_tells_when_the_lead_happened(tmp_path, dateline):
    # 17 March 2017 is a Friday: "в среду" is two days before, the lead's own news
    result = _candidates(tmp_path, f"{dateline}Россия и Иран объявили о соглашении, которое "
                                   "вступило в силу в среду.")
    assert [c.date for c in result.candidates] == ["2017-03-15"], result.explain
    assert result.candidates[0].title.startswith("Россия и Иран объявили о соглашении")
    assert result.candidates[0].sources[0].quote.startswith("Россия и Иран объявили")


@pytest.mark.parametrize(("side", "expected"), [
    ("контракт на которые был подписан 1 марта", "2017-03-01"),   # sixteen days before
    ("которые были заказаны в 2007 году", "2007"),
])
def test_a_leads_side_clause_of_an_older_date_is_a_second_act(tmp_path, side, expected):
    result = _candidates(tmp_path, f"Россия передала Ирану комплексы С-300, {side}.")
    assert [c.date for c in result.candidates] == ["2017-03-17", expected], result.explain
    assert result.candidates[0].title == "Россия передала Ирану комплексы С-300"
