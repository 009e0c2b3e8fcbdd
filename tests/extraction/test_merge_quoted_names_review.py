"""Review of the quoted-name, passage and words-handed rules (issues 9, 11): one ship's
name written short and in full, or spelled two ways, is one name; a source quoted after a
verb of saying is no designation; "завершили переход на" a noun is a switch, no ship's
arrival; goods handed over before a message stay a delivery.  Invented articles in the
agencies' styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results
from chronology.extraction.crosslang import quoted_names
from chronology.extraction.theatres import phases

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")


def _ru(day: str, body: str) -> str:
    return f"---\npublished: 2024-03-{day}\nlanguage: ru\n---\n{body}\n"


def _merged(tmp_path, texts: list[str]):
    results = []
    for k, text in enumerate(texts, 1):
        path = tmp_path / f"a{k}.md"
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    return merge_results(results, CONFIG)


def _grouped(tmp_path, texts: list[str]) -> list[list[str]]:
    return sorted(sorted(s.article for s in e.sources) for e in _merged(tmp_path, texts))


GORSHKOV_SHORT = _ru("14", "ТЕГЕРАН, 14 марта. /ТАСС/. Фрегат «Адмирал Горшков» в четверг "
                           "прибыл в иранский порт Бендер-Аббас, сообщили в ВМФ России.")
GORSHKOV_FULL = _ru("14", "ТЕГЕРАН, 14 марта - РИА Новости. Фрегат «Адмирал флота Советского "
                          "Союза Горшков» в четверг прибыл в иранский порт Бендер-Аббас, "
                          "передает агентство.")
DENA = _ru("14", "ВЛАДИВОСТОК, 14 марта. /ТАСС/. Иранский эсминец «Дена» в четверг прибыл во "
                 "Владивосток с визитом, сообщили в пресс-службе Тихоокеанского флота России.")
DENA_E = _ru("14", "ВЛАДИВОСТОК, 14 марта - РИА Новости. Иранский эсминец «Дэна» в четверг "
                   "прибыл во Владивосток с визитом, сообщили в Тихоокеанском флоте России.")


@pytest.mark.parametrize("texts", [(GORSHKOV_SHORT, GORSHKOV_FULL), (DENA, DENA_E)])
def test_one_ships_name_written_two_ways_is_one_name(tmp_path, texts):
    assert ["a1", "a2"] in _grouped(tmp_path, list(texts))


def test_a_source_after_a_verb_of_saying_is_no_name():
    assert quoted_names("О начале учений сообщил «Интерфакс» со ссылкой на Минобороны.",
                        "ru") == frozenset()
    assert quoted_names("учения сообщает «Коммерсант»", "ru") == frozenset()
    assert quoted_names("ракетных комплексов зенитных «Тор»", "ru") == {"тор"}


SWITCH = _ru("14", "МОСКВА, 14 марта. /ТАСС/. Россия и Иран в четверг завершили переход на "
                   "расчеты в национальных валютах в военно-техническом сотрудничестве, "
                   "сообщил замминистра обороны РФ.")
DELEGATION = _ru("13", "МОСКВА, 13 марта - РИА Новости. Делегация Ирана в среду прибыла в "
                       "Москву для переговоров о военно-техническом сотрудничестве, сообщил "
                       "замминистра обороны РФ.")


def test_a_switch_to_something_is_no_ships_arrival(tmp_path):
    merged = _merged(tmp_path, [SWITCH, DELEGATION])
    assert sorted(sorted(s.article for s in e.sources) for e in merged) == [["a1"], ["a2"]]
    assert [e.date for e in merged if [s.article for s in e.sources] == ["a1"]] == ["2024-03-14"]
    assert "end" in phases("Иран завершил переход на российские стандарты вооружений.", "ru")
    assert "end" not in phases("Корвет завершил переход в порт Бендер-Аббас.", "ru")


def test_goods_handed_before_a_message_stay_a_delivery(tmp_path):
    text = _ru("14", "МОСКВА, 14 марта. /ТАСС/. Россия в четверг передала Ирану вертолеты и "
                     "послание президента Путина, сообщил источник.")
    (event,) = _merged(tmp_path, [text])
    assert "delivery" in event.tags
    words = _ru("14", "МОСКВА, 14 марта. /ТАСС/. Глава МИД России в четверг передал президенту "
                      "Ирана послание Путина, сообщил источник.")
    told = _merged(tmp_path, [words])  # the message alone: words, no delivery
    assert told and all("delivery" not in e.tags for e in told)
