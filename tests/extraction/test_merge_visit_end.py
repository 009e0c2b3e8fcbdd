"""A visit told on its day and, the next day, by its end ("завершил официальный визит")
is one visit (``theatres.other_phases``, ``visits``): it lasted both days.  Other acts'
phases stay apart: an exercise's start and, the next day, its end are two events.
Invented reports in the agencies' style."""

from __future__ import annotations

from one_article import merged_sources, story

from chronology.extraction.theatres import other_phases

VISIT = story("2024-05-15", (
    "Заголовок\n\nТЕГЕРАН, 15 мая. Министр обороны России Сергей Шойгу с официальным "
    "визитом посетил Иран 14 мая, сообщила пресс-служба ведомства."), "ru")
VISIT_ENDED = story("2024-05-15", (
    "Заголовок\n\nМинистр обороны России Сергей Шойгу 15 мая завершил официальный визит в "
    "Иран, где встретился с президентом страны и своим иранским коллегой."), "ru")
DRILL = story("2024-05-15", (
    "Заголовок\n\nМОСКВА, 15 мая. Российско-иранские военно-морские учения начались 14 мая в "
    "Каспийском море, сообщило Минобороны России."), "ru")
DRILL_ENDED = story("2024-05-15", (
    "Заголовок\n\nРоссийско-иранские военно-морские учения в Каспийском море завершились "
    "15 мая, сообщило Минобороны России."), "ru")


def test_a_visit_and_its_end_the_next_day_are_one_visit(tmp_path):
    assert [2] in [[len(s)] for s in merged_sources(tmp_path, [VISIT, VISIT_ENDED])]


def test_an_exercise_start_and_its_end_stay_two(tmp_path):
    assert all(len(s) == 1 for s in merged_sources(tmp_path, [DRILL, DRILL_ENDED]))


def test_other_phases_of_visits():
    ended = "The minister concluded his official visit to Iran."
    visited = "The minister paid an official visit to Iran."
    assert not other_phases("2024-05-14", visited, "en", "2024-05-15", ended, "en", True)
    assert other_phases("2024-05-14", visited, "en", "2024-05-15", ended, "en")
    assert other_phases("2024-05-12", visited, "en", "2024-05-15", ended, "en", True)
