"""Rules of the sixteenth Russian round (issue 11): recall on unseen Russian articles by
general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates

from .russian_story import candidates as _candidates


@pytest.mark.parametrize(("text", "values"), [
    # a page's date line over the story counts nothing in the next line's relative date
    ("09.03.2016\n\nВ минувшие выходные на заводе прошла церемония передачи фрегата.",
     ["2016-03-09", "2016-03-05"]),
    ("09.03.2016\nНа прошлой неделе делегация посетила верфь.", ["2016-03-09", "2016-W09"]),
    # near-misses: a number on the same line still counts the units after it
    ("За 3 последних года стороны провели десять учений.", []),
    ("В течение 2 минувших недель корабли стояли в порту.", []),
])
def test_a_number_on_the_line_before_counts_no_units(text, values):
    mentions = dates.find_mentions(text, dt.date(2016, 3, 9), language="ru")
    assert [m.value for m in mentions] == values


@pytest.mark.parametrize(("text", "spans"), [
    # "между" opens a range: its two days are the ends, however far apart
    ("Учения прошли между 4 и 18 мая.", [("2019-05-04", "2019-05-18")]),
    ("Между 4 и 18 мая 2016 года стороны провели учения.", [("2016-05-04", "2016-05-18")]),
    # near-misses: without it, two days of one month are two dates; two days in a row a range
    ("Учения прошли 4 и 18 мая.", [("2019-05-04", None), ("2019-05-18", None)]),
    ("Учения прошли 2 и 3 мая.", [("2019-05-02", "2019-05-03")]),
])
def test_between_two_days_is_a_range(text, spans):
    mentions = dates.find_mentions(text, dt.date(2019, 6, 1), language="ru")
    assert [(m.value, m.end_value) for m in mentions] == spans


def test_an_exercise_held_between_two_days_spans_them(tmp_path):
    found = [(c.date, c.end_date) for c in _candidates(
        tmp_path, "Россия и Иран провели совместные учения в Каспийском море между 4 и 18 "
                  "сентября.").candidates]
    assert found == [("2017-09-04", "2017-09-18")]


@pytest.mark.parametrize(("story", "dated"), [
    # the year's abbreviation "г." inside a participle's clause: the clause's date is its own
    # side fact, the main verb's date the act's
    ("Крейсер «Москва», спущенный на воду в 1979 г., был продан Ирану в 2004 г.",
     ("2004", "Крейсер «Москва» был продан Ирану")),
    ("Россия передала Ирану комплексы, контракт на которые был подписан в 2007 г., в 2016 г.",
     ("2016", "Россия передала Ирану комплексы")),
    # near-miss: the year written out, as before
    ("Крейсер «Москва», спущенный на воду в 1979 году, был продан Ирану в 2004 году.",
     ("2004", "Крейсер «Москва» был продан Ирану")),
])
def test_a_year_abbreviated_in_a_side_clause_stays_in_it(tmp_path, story, dated):
    found = [(c.date, c.title) for c in _candidates(
        tmp_path, f"Россия и Иран 20 сентября начали совместные учения в Каспийском море. {story}"
    ).candidates]
    assert found[-1] == dated


@pytest.mark.parametrize(("story", "dates_found"), [
    # "завершит", "выполнит": future perfectives, a date with them is a plan's deadline
    ("Россия к концу 2019 года завершит поставки Ирану зенитных комплексов, сообщил источник.",
     ["2017-09-20"]),
    ("Россия в 2019 году выполнит контракт на поставку Ирану зенитных комплексов.",
     ["2017-09-20"]),
    # near-miss: the past form is an act
    ("Россия завершила поставки Ирану зенитных комплексов в 2016 году, сообщил источник.",
     ["2017-09-20", "2016"]),
])
def test_a_deadline_of_a_future_perfective_is_no_act(tmp_path, story, dates_found):
    found = _candidates(tmp_path, "Россия и Иран 20 сентября начали совместные учения в "
                                  f"Каспийском море. {story}").candidates
    assert [c.date for c in found] == dates_found


@pytest.mark.parametrize(("text", "iso"), [
    # a page's date line with a space after each dot dates the page
    ("Главная>Новости\nsite.cn | 05. 09. 2014 Шрифт: a a a\n\n"
     "Корабли вернулись в базу\n\nВ четверг отряд прошел пролив.", "2014-09-05"),
    ("Главная страница\nsite.cn | 05.09.2014 Шрифт\n\nВ четверг эшелон пересек границу.",
     "2014-09-05"),
    # near-miss: with a two-digit year the spaced form is no date
    ("Главная страница\nsite.cn | 05. 09. 14 Шрифт\n\nВ четверг эшелон пересек границу.", None),
])
def test_a_date_line_with_spaced_dots_dates_the_page(text, iso):
    assert dates.find_reference(text, language="ru").iso == iso


@pytest.mark.parametrize(("story", "dates_found"), [
    # leaving is an act of the topic's kind, as arriving is: one side named is enough
    ("Россия передала Ирану фрегат «Дамаванд». Судно покинуло территориальные воды России "
     "9 сентября.", ["2017-09-09"]),
    # near-misses: to leave later is a plan; staying is no act
    ("Россия передала Ирану фрегат «Дамаванд». Судно покинет территориальные воды России "
     "25 сентября.", []),
    ("Россия передала Ирану фрегат «Дамаванд». Судно стояло в порту России 9 сентября.", []),
])
def test_leaving_is_an_act_of_the_topics_kind(tmp_path, story, dates_found):
    found = _candidates(tmp_path, story, headline="Россия передала Ирану фрегат").candidates
    assert [c.date for c in found if c.date != "2017-09-21"] == dates_found


@pytest.mark.parametrize(("story", "title"), [
    # "Напомним, что X": the title is X
    ("Россия передала Ирану фрегат «Дамаванд». Напомним, что фрегат покинул территориальные "
     "воды России 9 сентября.", "Фрегат покинул территориальные воды России"),
    # near-miss: "Напомним," alone, as before
    ("Россия передала Ирану фрегат «Дамаванд». Напомним, фрегат покинул территориальные "
     "воды России 9 сентября.", "Фрегат покинул территориальные воды России"),
])
def test_a_reminder_that_opens_the_sentence_is_no_part_of_the_title(tmp_path, story, title):
    found = _candidates(tmp_path, story, headline="Россия передала Ирану фрегат").candidates
    assert [c.title for c in found if c.date == "2017-09-09"] == [title]
