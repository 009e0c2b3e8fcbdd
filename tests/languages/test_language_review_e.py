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


# --- an end date only from a verb of lasting, for an act with a duration --------------------

def test_a_validity_is_no_end_of_the_signing(tmp_path):
    found, explain = _events(tmp_path, "ru", "Министры обороны России и Ирана 5 октября "
                             "подписали меморандум о подготовке военных кадров.",
                             "Меморандум будет действовать до 1 января 2029 года.",
                             published="2024-10-06")
    assert found[0][:2] == ("2024-10-05", None), explain


@pytest.mark.parametrize("until", ["Учения продлятся до 12 октября.",
                                   "Эти учения будут проходить до 12 октября."])
def test_an_exercise_told_to_last_ends_then(tmp_path, until):
    found, explain = _events(tmp_path, "ru", "Корабли ВМФ России и Ирана 5 октября начали "
                             "совместные учения в Аравийском море.", until,
                             published="2024-10-06")
    assert [f[:2] for f in found] == [("2024-10-05", "2024-10-12")], explain


def test_a_persian_exercise_told_to_last_ends_then(tmp_path):
    found, explain = _events(tmp_path, "fa", "ناوهای ایران و روسیه روز شنبه رزمایش مشترکی را "
                             "در دریای عمان آغاز کردند.", "این رزمایش تا ۱۲ اکتبر ادامه خواهد داشت.",
                             published="2024-10-06")
    assert [f[:2] for f in found] == [("2024-10-05", "2024-10-12")], explain


# --- a confirmation joins the event before only when it confirms that act, not denied -------

def test_a_confirmation_of_another_act_is_an_event_of_its_own(tmp_path):
    found, explain = _events(tmp_path, "ru", "Корабли ВМФ России и Ирана 2 октября провели "
                             "совместные учения в Аравийском море.", "Иран 4 октября подтвердил "
                             "факт получения первых российских вертолетов Ми-28.",
                             published="2024-10-06")
    assert [(d, t) for d, _, t in found] == [
        ("2024-10-02", "Корабли ВМФ России и Ирана провели совместные учения в Аравийском море"),
        ("2024-10-04", "Иран подтвердил факт получения первых российских вертолетов Ми-28")], explain


def test_a_confirmation_of_another_thing_is_no_evidence_of_the_act(tmp_path):
    found, explain = _events(tmp_path, "ru", "Россия и Иран 2 октября подписали контракт на "
                             "поставку вертолетов Ми-28.", "В Тегеране 4 октября подтвердили "
                             "информацию о поставке из России комплексов С-400.",
                             published="2024-10-06")
    assert len(found) == 2, explain


def _quote(tmp_path, *paragraphs):
    head = "---\npublished: 2024-10-06\nlanguage: ru\n---\n"
    path = tmp_path / "q.txt"
    path.write_text(head + "\n\n".join(["Заголовок", *paragraphs]) + "\n", encoding="utf-8")
    return [c.sources[0].quote for c in analyse_article(read_article(path), CONFIG).candidates]


def test_a_denial_is_no_confirmation(tmp_path):
    quotes = _quote(tmp_path, "Россия и Иран 2 октября подписали контракт на поставку "
                    "вертолетов Ми-28.", "В Кремле 4 октября не подтвердили эту информацию.")
    assert len(quotes) == 1 and "подтвердили" not in quotes[0]


@pytest.mark.parametrize("confirmation", [
    "В «Рособоронэкспорте» 4 октября подтвердили факт подписания контракта.",
    "В Минобороны 4 октября подтвердили эту информацию.",
    "Источник 4 октября подтвердил факт поставки вертолетов Ми-28."])
def test_a_confirmation_of_the_act_told_joins_it(tmp_path, confirmation):
    quotes = _quote(tmp_path, "Россия и Иран 2 октября подписали контракт на поставку "
                    "вертолетов Ми-28.", confirmation)
    assert len(quotes) == 1 and "подтвердил" in quotes[0]


# --- a plan period only in a sentence that tells a past act; an agreement announces a plan --

def test_a_year_planned_for_dates_the_plan(tmp_path):
    found, explain = _events(tmp_path, "fa", "تهران- ایرنا- ایران و روسیه روز شنبه یادداشت "
                             "تفاهم همکاری دریایی امضا کردند.", "نخستین رزمایش دریایی مشترک دو "
                             "کشور برای سال ۲۰۲۷ برنامه‌ریزی شده است.")
    assert [d for d, _, _ in found] == ["2024-12-07", "2027"], explain


@pytest.mark.parametrize(("language", "sentence", "date"), [
    ("fa", "وزیران دفاع ایران و روسیه روز شنبه برنامه همکاری دریایی برای سال ۲۰۲۶ را امضا کردند.",
     "2024-12-07"),
    ("ru", "Министры обороны России и Ирана в субботу подписали план морского сотрудничества "
     "на 2026 год.", "2024-12-07"),
])
def test_the_year_a_signed_plan_is_for_dates_no_act(tmp_path, language, sentence, date):
    found, explain = _events(tmp_path, language, sentence)
    assert [d for d, _, _ in found] == [date], explain


def test_an_agreement_about_a_thing_announces_its_plan(tmp_path):
    found, explain = _events(tmp_path, "ru", "МОСКВА, 8 декабря. /ТАСС/. Россия и Иран "
                             "подписали меморандум о морском сотрудничестве.", "Стороны также "
                             "договорились о совместном патрулировании России и Ирана, которое "
                             "пройдет в июне 2025 года.")
    assert [d for d, _, _ in found] == ["2024-12-08", "2025-06"], explain


@pytest.mark.parametrize(("language", "lead", "validity"), [
    ("ru", "Министры обороны России и Ирана 7 декабря подписали меморандум о подготовке кадров.",
     "Меморандум будет действовать до 1 января 2029 года."),
    ("ru", "Министры обороны России и Ирана 7 декабря подписали соглашение о морской связи.",
     "Это соглашение останется в силе до 2031 года."),
    ("fa", "وزیران دفاع ایران و روسیه روز شنبه توافقنامه همکاری دریایی امضا کردند.",
     "این توافقنامه تا سال ۲۰۳۱ معتبر است."),
])
def test_how_long_a_document_is_valid_is_no_event(tmp_path, language, lead, validity):
    found, explain = _events(tmp_path, language, lead, validity)
    assert [(d, e) for d, e, _ in found] == [("2024-12-07", None)], explain
