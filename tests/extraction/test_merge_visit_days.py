"""A visit's days are acts of their own: the arrival on one day and the talks or the tour of
the next are two events, in any language; the arrival told a day apart by two outlets (a time
zone) is one (``theatres.arrival_and_next``)."""

from __future__ import annotations

from functools import partial

import pytest
from one_article import CONFIG, merged_sources, story

_en = story  # an English article: no language in the front matter


_ru = partial(story, language="ru")


# Invented reports of one visit: the arrival on Monday 10 March, a tour on Tuesday.
ARRIVED_RU = _ru("2025-03-11", "МОСКВА, 11 марта. /Пример/. Министр обороны Ирана прибыл в "
                 "Москву в понедельник с официальным визитом, сообщили в Минобороны России.")
TOURED_RU = _ru("2025-03-12", "МОСКВА, 12 марта. /Пример/. Министр обороны Ирана во вторник "
                "посетил авиационный завод под Москвой в ходе визита в Россию, сообщили в "
                "Минобороны России.")
# The arrival again, dated by another outlet's clock a day later.
ARRIVED_TUESDAY_RU = _ru("2025-03-12", "ТЕГЕРАН, 12 марта – Пример Новости. Министр обороны "
                         "Ирана во вторник прибыл в Москву с официальным визитом в Россию.")
ARRIVED_EN = _en("2025-03-11", "MOSCOW (Example Wire) - Iran's defence minister arrived in "
                 "Moscow on Monday for an official visit to Russia, the Russian defence "
                 "ministry said.")
TOURED_EN = _en("2025-03-12", "MOSCOW (Example Wire) - Iran's defence minister on Tuesday "
                "toured an aircraft plant near Moscow during his official visit to Russia, "
                "the Russian defence ministry said.")


@pytest.mark.parametrize(("texts", "together"), [
    ((ARRIVED_RU, TOURED_RU), False),  # the arrival, and the next day's tour
    ((ARRIVED_EN, TOURED_EN), False),
    ((ARRIVED_EN, TOURED_RU), False),  # across languages too
    ((ARRIVED_RU, ARRIVED_TUESDAY_RU), True),  # one arrival, a day apart by the clock
])
def test_an_arrival_and_the_next_act(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts), CONFIG)
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])
