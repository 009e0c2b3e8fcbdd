"""An operation told by the arm that fights it names its service ("a ground operation", "a
joint air operation"), in any language; two reports naming one service each, not the same,
are never one event, nor in one group, whatever vaguer report matches both
(``merge._other_systems``, ``grouping``)."""

from __future__ import annotations

from functools import partial

from one_article import CONFIG, merged_sources, story

from chronology.config import load_config
from chronology.extraction.theatres import services

_ru = partial(story, language="ru")


# Invented reports: an air operation begun on Sunday, an operation (no arm named) on Monday,
# a ground operation begun on Tuesday.
AIR = _ru("2025-03-10", "ТЕГЕРАН, 10 марта – Пример Новости. Иран и Россия в воскресенье начали "
          "совместную воздушную операцию против боевиков у границы, сообщили в штабе армии "
          "Ирана.")
VAGUE = _ru("2025-03-11", "МОСКВА, 11 марта. /Пример/. Россия и Иран в понедельник начали "
            "совместную операцию против боевиков у границы, сообщили в штабе армии Ирана.")
GROUND = _ru("2025-03-12", "ТЕГЕРАН, 12 марта – Пример Новости. Иран и Россия во вторник начали "
             "совместную наземную операцию против боевиков у границы, сообщили в штабе армии "
             "Ирана.")


def test_an_air_and_a_ground_operation_never_share_a_group(tmp_path):
    sources = merged_sources(tmp_path, [AIR, VAGUE, GROUND], CONFIG)
    assert not any({"r0", "r2"} <= set(group) for group in sources), sources


def test_the_arm_of_an_operation_in_each_language():
    assert services("Turkey launched a ground operation in northern Iraq.", "en") == ("ground",)
    assert services("Турция начала наземную операцию на севере Ирака.", "ru") == ("ground",)
    assert services("ترکیه عملیات زمینی در شمال عراق را آغاز کرد.", "fa") == ("ground",)
    assert services("Турция начала воздушную операцию.", "ru") == ("air force",)


# Invented reports of one Monday: one operation told by each of its arms, the same target.
TURKEY = """title: t
period: {start: 2000, end: 2030}
topic:
  actors:
    Turkey: [Turkey, Turkish, Ankara]
    PKK: [PKK]
  terms: [operation]
"""
GROUND_EN = ("---\npublished: 2025-03-10\n---\nANKARA (Example Wire) - Turkey launched a new "
             "ground operation against PKK militants in northern Iraq on Monday, the defence "
             "ministry said.\n")
AIR_EN = ("---\npublished: 2025-03-10\n---\nISTANBUL (Other Wire) - Turkey launched a new air "
          "operation against PKK militants in northern Iraq on Monday, officials said.\n")


def test_two_arms_one_target_one_day_are_one_operation(tmp_path):
    (tmp_path / "site.yaml").write_text(TURKEY, encoding="utf-8")
    config = load_config(tmp_path / "site.yaml")
    assert merged_sources(tmp_path, [GROUND_EN, AIR_EN], config) == [["r0", "r1"]]


def test_two_arms_apart_only_when_something_else_differs():
    from chronology.extraction.theatres import one_service_each

    ground = "Turkey launched a ground operation against PKK militants."
    air = "Turkey launched an air operation against PKK militants."
    assert not one_service_each(ground, "en", air, "en", same_day=True)
    assert one_service_each(ground, "en", air, "en", same_day=False)  # another day
    assert one_service_each(ground, "en", air.replace("PKK", "ISIS"), "en", same_day=True)


def test_the_target_is_the_whole_name_and_its_place():
    """Invented near misses (issue 9, review Q item 1): one word of the target is not the
    target, and the same target in another country is another operation."""
    from chronology.extraction.theatres import one_service_each

    ground = "Turkey launched a ground operation against PKK militants in northern Syria."
    air = "Turkey launched an air operation against PKK militants in northern Iraq."
    assert one_service_each(ground, "en", air, "en", same_day=True)
    state = "The air force struck targets against Islamic State on Tuesday."
    jihad = "The navy fired missiles against Islamic Jihad on Tuesday."
    assert one_service_each(state, "en", jihad, "en", same_day=True)
    pkk = "نیروی هوایی روز سه‌شنبه علیه مواضع پ‌ک‌ک عملیات انجام داد."
    daesh = "نیروی زمینی روز سه‌شنبه علیه مواضع داعش عملیات انجام داد."
    assert one_service_each(pkk, "fa", daesh, "fa", same_day=True)
    assert not one_service_each(pkk, "fa", daesh.replace("داعش", "پ‌ک‌ک"), "fa", same_day=True)
    rpk = "Турция начала воздушную операцию против позиций РПК на севере Ирака."
    land = "Турция начала наземную операцию против позиций РПК на севере Сирии."
    assert one_service_each(rpk, "ru", land, "ru", same_day=True)
    assert not one_service_each(rpk, "ru", land.replace("Сирии", "Ирака"), "ru", same_day=True)
