"""Fixes of reviewer K's near misses of the fourteenth Russian round (issue 11): invented
sentences the round's rules took wrongly, beside the cases they were made for
(``test_language_round14.py``)."""
import datetime as dt

import pytest

from chronology import dates

from .test_language_round14 import _belarus_story


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
