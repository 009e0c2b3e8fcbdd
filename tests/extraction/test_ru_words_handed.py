"""A message, a letter, an invitation handed over ("передал послание президента") is no
delivery of goods: the report is not tagged a delivery, so the merge rules for deliveries
(weapon classes, goods arriving) do not read it as one (issue 11 item 7).  Invented reports
in the agencies' style."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")


def _tags(tmp_path, lead: str) -> list[str]:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: 2019-03-14\nlanguage: ru\n---\n{lead}\n", encoding="utf-8")
    events = analyse_article(read_article(path), CONFIG).candidates
    assert len(events) == 1
    return events[0].tags


@pytest.mark.parametrize(("lead", "delivery"), [
    ("ТЕГЕРАН, 14 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров в четверг "
     "передал президенту Ирана Хасану Роухани послание Владимира Путина, сообщил МИД России.",
     False),  # the receiver first, then the message: words, no goods
    ("МОСКВА, 14 марта. /ТАСС/. Россия в четверг передала Ирану первую партию зенитных "
     "комплексов С-300, сообщили в Минобороны России.", True),
    ("МОСКВА, 14 марта. /ТАСС/. Россия в четверг передала Ирану письмо с предложениями и "
     "передала танки Т-90, сообщили в Минобороны России.", True),  # the tanks are goods
])
def test_a_message_handed_over_is_no_delivery(tmp_path, lead, delivery):
    assert ("delivery" in _tags(tmp_path, lead)) is delivery
