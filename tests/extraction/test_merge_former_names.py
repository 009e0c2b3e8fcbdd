"""A ship one Russian report names with its former name in brackets ("авианосец «Кречет»
(бывший «Адмирал Лисицын»)") is one ship under either name in every report of the batch: a
report of its sale under the old name and one of the contract under the new one merge
(issue 9 item 8, issue 11 item 7).  Without that report the two quoted names of one kind
are two ships, kept apart.  Every article and ship is invented."""

from __future__ import annotations

import pytest
from one_article import merged_sources

from chronology.extraction.things import NameTable, former_names

RU = "---\npublished: 2024-01-10\nlanguage: ru\n---\nЗаголовок\n\n"
OLD = RU + "Россия продала Ирану авианосец «Адмирал Лисицын», построенный в 1990 году, в 2021 году.\n"
NEW = RU + "Россия и Иран подписали контракт на поставку авианосца «Кречет» в 2021 году.\n"
BOTH = RU + ("Экипаж иранского флота 3 марта 2024 года принял от России в порту Заречинск "
             "авианосец «Кречет» (бывший «Адмирал Лисицын») после ремонта.\n")


def test_a_former_name_joins_the_batch(tmp_path):
    assert ["new", "old"] in merged_sources(tmp_path, {"old.md": OLD, "new.md": NEW, "both.md": BOTH})


def test_two_names_without_the_bracket_are_two_ships(tmp_path):
    assert ["new", "old"] not in merged_sources(tmp_path, {"old.md": OLD, "new.md": NEW})


@pytest.mark.parametrize(("text", "pairs"), [
    ("авианосец «Кречет» (бывший «Адмирал Лисицын»)", {("кречет", "адмирал лисицын")}),
    ('фрегат "Сокол" (ранее сторожевой корабль "Беркут")', {("сокол", "беркут")}),
    ("авианосец «Кречет» (в составе флота «Адмирал Лисицын»)", set()),  # no former name
    # review rv18b item 5: a source, a person or a phrase in the bracket, no former name
    ("авианосец «Кречет» (ранее об этом сообщала «Вечерняя Заря»)", set()),
    ("авианосец «Кречет» (прежде всего «Беркут»)", set()),
    ("завод «Сокол» (бывший директор «Беркута»)", set()),
    ("авианосец «Кречет» (бывший тяжелый авианосец «Беркут»)", {("кречет", "беркут")}),
])
def test_former_names(text, pairs):
    assert former_names(text) == pairs


def test_the_table_holds_the_pair():
    names = NameTable()
    names.add("авианосец «Кречет» (бывший «Адмирал Лисицын»)")
    assert names.joins(frozenset({"адмирал лисицын"}), frozenset({"кречет"}))
