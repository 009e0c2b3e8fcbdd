"""Fixes from review E of the Russian and Persian rules of the second wave, tested on
invented lines, with the cases the rules were made for kept as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _events(tmp_path, language, *paragraphs, published="2024-12-08"):
    head = f"---\npublished: {published}\nlanguage: {language}\n---\n"
    path = tmp_path / "a.txt"
    path.write_text(head + "\n\n".join(["Заголовок" if language == "ru" else "عنوان خبر",
                                        *paragraphs]) + "\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    return [(c.date, c.end_date, c.title) for c in result.candidates], result.explain


# --- titles: a parenthesis after a removed date, a designator in brackets, a gapped clause --

@pytest.mark.parametrize(("sentence", "title"), [
    ("Россия и Иран в понедельник, по данным агентства Рейтер, подписали контракт на поставку "
     "истребителей Су-35.", "Россия и Иран подписали контракт на поставку истребителей Су-35"),
    ("Россия и Иран 3 марта, как сообщается, подписали контракт на поставку истребителей Су-35.",
     "Россия и Иран подписали контракт на поставку истребителей Су-35"),
    # a designator in brackets names the thing; an abbreviation of letters repeats a name
    ("3 марта Россия передала Ирану комплексы радиоэлектронной борьбы (ЛЕСНИК-2).",
     "Россия передала Ирану комплексы радиоэлектронной борьбы (ЛЕСНИК-2)"),
    ("3 марта Россия передала Ирану зенитные ракетные системы (С-350ПМ).",
     "Россия передала Ирану зенитные ракетные системы (С-350ПМ)"),
    ("3 марта глава Федеральной службы по военно-техническому сотрудничеству (ФСВТС) "
     "посетил Тегеран.",
     "Глава Федеральной службы по военно-техническому сотрудничеству посетил Тегеран"),
])
def test_titles_of_review_e(tmp_path, sentence, title):
    found, explain = _events(tmp_path, "ru", sentence, published="2024-03-05")
    assert [t for _, _, t in found] == [title], explain


def test_a_gapped_clause_with_its_own_verb_is_a_clause_of_its_own(tmp_path):
    found, explain = _events(tmp_path, "ru", "В мае 2018 года Россия поставила Ирану "
                             "радары «Небо-М», а в июле 2019 года — Иран передал России партию "
                             "катеров.")
    assert [(d, t) for d, _, t in found] == [
        ("2018-05", "Россия поставила Ирану радары «Небо-М»"),
        ("2019-07", "Иран передал России партию катеров")], explain


def test_a_gapped_clause_without_a_verb_keeps_the_verb_before(tmp_path):
    found, explain = _events(tmp_path, "ru", "В мае 2018 года Россия поставила Ирану "
                             "радары «Небо-М», а в июле 2019 года — партию катеров.")
    assert [(d, t) for d, _, t in found] == [
        ("2018-05", "Россия поставила Ирану радары «Небо-М»"),
        ("2019-07", "Россия поставила партию катеров")], explain
