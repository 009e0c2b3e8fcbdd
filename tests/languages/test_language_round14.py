"""Rules of the fourteenth Russian round (issue 11): recall on unseen Russian articles by
general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates
from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

from .russian_story import candidates as _candidates


@pytest.mark.parametrize(("text", "values"), [
    # "a day earlier" with no date told before it counts back from the news day, as in English
    ("Днем ранее министр обороны прибыл в Минск на переговоры.", ["2019-03-11"]),
    ("Днём ранее делегация посетила завод в Барановичах.", ["2019-03-11"]),
    ("Неделей ранее стороны подписали протокол.", ["2019-03-05"]),
    # near-misses: a later day still needs a day told; a date told before is the base
    ("На следующий день министр прибыл в Минск.", []),
    ("Корабли прибыли 5 марта 2015 года. Днем ранее делегация посетила фрегат.",
     ["2015-03-05", "2015-03-04"]),
    ("Лодку передали в 2012 году. Днем ранее экипаж вышел в море.", ["2012"]),
])
def test_a_day_earlier_with_no_date_told_counts_from_the_news_day(text, values):
    mentions = dates.find_mentions(text, dt.date(2019, 3, 12), language="ru")
    assert [m.value for m in mentions] == values


def _dated(tmp_path, story):
    return [(c.date, c.title) for c in _candidates(tmp_path, story).candidates]


def test_the_stages_of_an_exercise_just_told_are_its_own(tmp_path):
    found = _dated(tmp_path, "Россия и Иран завершили совместное учение в Каспийском море. "
                             "Береговая и морская фазы проходили с 15 по 19 сентября.")
    assert ("2017-09-15", "Береговая и морская фазы проходили") in found


@pytest.mark.parametrize("story", [
    # near-misses: a stage after an act of another kind; a stage told as an earlier history
    "Россия передала Ирану партию зенитных комплексов. Первый этап прошел с 15 по 19 сентября.",
    "Россия и Иран завершили совместное учение в Каспийском море. "
    "Первая фаза проходила с 15 по 19 сентября 2015 года.",
])
def test_a_stage_after_no_exercise_or_of_another_year_is_not_its_own(tmp_path, story):
    assert all("фаз" not in title and "этап" not in title for _, title in _dated(tmp_path, story))



SITE = """title: Россия и Белоруссия
topic:
  actors:
    Russia: [Россия, РФ, российский, Москва]
    Belarus: [Белоруссия, Беларусь, белорусский, Минск]
  terms: [учения]
"""


def _belarus_story(tmp_path, story):
    """A story under a headline of both sides, with a topic whose only term is "учения"."""
    (tmp_path / "site.yaml").write_text(SITE, encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2018-04-04\nlanguage: ru\n---\nРоссия поставит Беларуси "
                    f"новые комплексы\n\n{story}\n", encoding="utf-8")
    found = analyse_article(read_article(path), load_config(tmp_path / "site.yaml"))
    return [c.date for c in found.candidates]


def test_will_be_delivered_is_an_act_of_the_topics_kind(tmp_path):
    story = ("«Контракты заключены. До конца года они к нам поступят», — заявил министр "
             "Беларуси журналистам в понедельник в Минске.")
    assert "2018-04-02" in _belarus_story(tmp_path, story)


def test_news_that_came_in_is_no_delivery(tmp_path):
    # near-miss: the past "поступила" of a letter or of news tells no delivery
    story = "«К нам поступила жалоба», — заявил министр Беларуси журналистам в понедельник."
    assert "2018-04-02" not in _belarus_story(tmp_path, story)


def test_the_report_of_a_delivery_of_the_articles_model_is_the_days_statement(tmp_path):
    # the article's own weapon model is a term of the topic for the report after it too
    story = ("Четыре самолета Як-130 будут поставлены в Беларусь в 2019 году. Об этом сообщил "
             "сегодня журналистам министр обороны.")
    assert "2018-04-04" in _belarus_story(tmp_path, story)


def test_the_report_of_a_sentence_of_no_term_is_no_statement(tmp_path):
    # near-miss: the sentence before names one side and no term, model or action
    story = "Новая батарея будет в Беларуси в 2019 году. Об этом сообщил сегодня журналистам министр."
    assert "2018-04-04" not in _belarus_story(tmp_path, story)


def _story_of_no_side(tmp_path, story):
    """A story under a headline naming no side, with a topic whose only term is "военный"."""
    (tmp_path / "site.yaml").write_text(SITE.replace("[учения]", "[военный]"), encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2020-10-10\nlanguage: ru\n---\nВ Бресте пройдут новые "
                    f"учения\n\n{story}\n", encoding="utf-8")
    found = analyse_article(read_article(path), load_config(tmp_path / "site.yaml"))
    return [c.date for c in found.candidates]


def test_a_lead_of_no_side_takes_those_the_next_sentence_tells_of_its_occasion(tmp_path):
    story = ("В Бресте прошло обсуждение учений «Щит-2020». Тренировки с участием войск России "
             "и Белоруссии будут проводиться впервые.")
    assert _story_of_no_side(tmp_path, story) == ["2020-10-10"]


@pytest.mark.parametrize("story", [
    # near-misses: the next sentence tells another kind of act; it opens another paragraph
    "В Бресте прошло обсуждение учений «Щит-2020». Контракт между Россией и Белоруссией "
    "подписан давно.",
    "В Бресте прошло обсуждение учений «Щит-2020».\n\nТренировки с участием войск России и "
    "Белоруссии будут проводиться впервые.",
])
def test_a_lead_of_no_side_keeps_none_from_another_act_or_paragraph(tmp_path, story):
    assert _story_of_no_side(tmp_path, story) == []
