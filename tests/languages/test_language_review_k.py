"""Fixes of reviewer K's near misses of the fourteenth Russian round (issue 11): invented
sentences the round's rules took wrongly, beside the cases they were made for
(``test_language_round14.py``)."""
import pytest

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
