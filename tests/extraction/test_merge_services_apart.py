"""An operation told by the arm that fights it names its service ("a ground operation", "a
joint air operation"), in any language; two reports naming one service each, not the same,
are never one event, nor in one group, whatever vaguer report matches both
(``merge._other_systems``, ``grouping``)."""

from __future__ import annotations

from pathlib import Path

from one_article import merged_sources

from chronology.config import load_config
from chronology.extraction.theatres import services

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")


def _ru(published: str, text: str) -> str:
    return f"---\npublished: {published}\nlanguage: ru\n---\n{text}\n"


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
