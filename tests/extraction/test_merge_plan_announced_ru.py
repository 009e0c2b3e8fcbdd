"""A Russian report that announces an act to come, dated as the day's news, and a later one
that tells the act done are two events, though the act's month holds the announcement's day
(``crosslang.plan_and_act``); a plan dated by its own time is the act's and joins it (round
ru21; invented reports)."""

from __future__ import annotations

from functools import partial

import pytest
from one_article import CONFIG, merged_sources, story

_ru = partial(story, language="ru")

ANNOUNCED = _ru("2018-07-12", "Россия и Иран проведут совместные военные учения на Каспии, "
                "сообщили в военном ведомстве.")
AT_ITS_TIME = _ru("2018-06-20", "Россия и Иран проведут совместные военные учения на Каспии "
                  "в июле, сообщили в военном ведомстве.")
HELD = _ru("2019-09-15", "Моряки впервые отработали спасение экипажей. В июле 2018 года "
           "совместные военные учения России и Ирана прошли на Каспии.")


@pytest.mark.parametrize(("texts", "together"), [
    ((ANNOUNCED, HELD), False),  # the word of the day of a plan; the drills a week later
    ((AT_ITS_TIME, HELD), True),  # the drills "in July", told ahead: one event
])
def test_an_announced_plan_is_not_the_act_done(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts), CONFIG)
    assert (["r0", "r1"] in sources) == together, sources
