"""Fixes of reviewer K's near misses of the fourteenth Russian round (issue 11): invented
sentences the round's rules took wrongly, beside the cases they were made for
(``test_language_round14.py``)."""
import datetime as dt

import pytest

from chronology import dates

from .russian_story import candidates
from .test_language_round14 import _belarus_story, _story_of_no_side


@pytest.mark.parametrize("story", [
    # "поступит" as "act" and as an answer coming in: nothing delivered is named
    "«Если решение будет принято, Беларусь поступит так же», — заявил во вторник министр.",
    "Министр экономики Белоруссии заявил во вторник, что ответ на запрос поступит позже.",
])
def test_coming_in_with_no_thing_delivered_is_no_delivery(tmp_path, story):
    assert "2018-04-03" not in _belarus_story(tmp_path, story)


def test_a_model_coming_in_is_a_delivery(tmp_path):
    story = "«До конца года Як-130 к нам поступят», — заявил во вторник министр обороны Беларуси."
    assert "2018-04-03" in _belarus_story(tmp_path, story)


@pytest.mark.parametrize(("text", "values"), [
    # a time of its own told before "днем ранее" (a week, an undated act): no date
    ("Министр на прошлой неделе прибыл в Минск. Днем ранее делегация провела переговоры.",
     ["2019-W10"]),
    ("В начале недели министр прибыл в Минск. Днем ранее он посетил Брест.", []),
    ("Переговоры прошли после завершения учений. За день до этого стороны подписали протокол.",
     []),
    # kept: before it only a headline (no full stop) or a thing to come, no act
    ("Министр прибыл в Минск\n\nДнем ранее делегация посетила завод.", ["2019-03-11"]),
    ("Вскоре оборона будет усилена. Днем ранее министр прибыл в Минск.", ["2019-03-11"]),
])
def test_a_day_earlier_counts_from_the_news_day_only_with_no_time_told_before(text, values):
    mentions = dates.find_mentions(text, dt.date(2019, 3, 12), language="ru")
    assert [m.value for m in mentions] == values


_EXERCISE = "Россия и Иран завершили совместное учение в Каспийском море. "


@pytest.mark.parametrize("stage", [
    # stages of another act named right after the stage's noun, or of another country's
    "Второй этап конкурса «Армейские игры» пройдет с 22 по 28 августа.",
    "Первый этап строительства нового порта в Махачкале завершится 1 декабря.",
    "Третий этап частичной мобилизации начался 25 сентября.",
    "Первая фаза с участием сирийских военных проходила с 15 по 19 сентября.",
])
def test_a_stage_of_another_act_is_not_the_exercises(tmp_path, stage):
    titles = [c.title for c in candidates(tmp_path, _EXERCISE + stage).candidates]
    assert all("этап" not in t and "фаз" not in t for t in titles)


@pytest.mark.parametrize(("stage", "date"), [
    ("Второй этап учений прошел с 15 по 19 сентября.", "2017-09-15"),
    ("Морская фаза совместных маневров прошла 18 сентября.", "2017-09-18"),
])
def test_a_stage_of_the_exercise_itself_is_the_exercises(tmp_path, stage, date):
    assert date in [c.date for c in candidates(tmp_path, _EXERCISE + stage).candidates]


@pytest.mark.parametrize("story", [
    # the occasion has a matter or a party of its own; the next sentence tells a plan or a
    # matter going on: another occasion of the kind, whose sides are not the lead's
    "В Женеве завершились переговоры по ядерной программе. Переговоры России и Белоруссии "
    "о поставках С-400 прошли в Минске.",
    "В Бресте прошла встреча ветеранов войны. Встреча министров обороны России и Белоруссии "
    "прошла в Минске.",
    "В Бресте прошло обсуждение учений «Щит-2020». Учения войск России и Белоруссии "
    "запланированы на ноябрь.",
    "В Бресте прошло обсуждение учений «Щит-2020». Учения войск России и Белоруссии "
    "продолжаются.",
    # it does not open with the occasion: it only names one of the kind
    "В Бресте прошло обсуждение учений «Щит-2020». Войска России и Белоруссии провели учения "
    "в Гродно.",
])
def test_a_lead_of_no_side_keeps_none_from_another_occasion_of_its_kind(tmp_path, story):
    assert "2020-10-10" not in _story_of_no_side(tmp_path, story)  # the lead's news day


def test_a_lead_of_no_side_takes_those_of_its_occasion_at_a_place(tmp_path):
    story = ("В Новороссийске завершились учения в Черном море. Учения с участием войск России и "
             "Белоруссии проводились впервые.")
    assert _story_of_no_side(tmp_path, story) == ["2020-10-10"]


def test_the_report_of_a_civilian_models_delivery_is_no_statement(tmp_path):
    # near-miss of the Як-130 case (round 14): the sentence says the model is a civilian one
    story = ("Первые пассажирские самолеты МС-21 будут поставлены в Беларусь в 2025 году. Об этом "
             "сообщил сегодня журналистам министр транспорта.")
    assert "2018-04-04" not in _belarus_story(tmp_path, story)


@pytest.mark.parametrize(("text", "values"), [
    # the Persian "the day before that" shares the rule
    ("وزیر دفاع هفته گذشته به مسکو رفت. روز قبل از آن هیئت ایرانی وارد مسکو شد.", ["2019-W10"]),
    ("وزیر دفاع به مسکو رفت. روز قبل از آن هیئت ایرانی وارد مسکو شد.", []),
    ("روز قبل از آن هیئت ایرانی وارد مسکو شد.", ["2019-03-11"]),
])
def test_the_day_before_that_in_persian_counts_from_the_news_day_only_alone(text, values):
    mentions = dates.find_mentions(text, dt.date(2019, 3, 12), language="fa")
    assert [m.value for m in mentions] == values
