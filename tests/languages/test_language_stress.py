"""Russian rules found by a stress pool of invented news sentences (issue 11, fifth round):
every common way Russian agencies, papers and ministries report a dated act, read inside a
tiny article; each rule here on sentences written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronology import dates
from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article
from chronology.languages import language

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"
# a first paragraph with a date of its own: the sentence under test is no story opening
FIRST = "Иранская делегация 1 марта прибыла в Москву для переговоров о сотрудничестве с Россией."


def _dates(tmp_path, sentence: str, published: str = "2017-03-17") -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{HEADLINE}\n\n{FIRST}\n\n"
                    f"{sentence}\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    return [c.date for c in result.candidates if not c.sources[0].quote.startswith(FIRST[:20])]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a part of the month of writing
    ("В начале месяца Россия передала Ирану два военных вертолета.", ["2017-03"]),
    ("В середине месяца в Тегеране прошли переговоры военных России и Ирана.", ["2017-03"]),
])
def test_a_part_of_the_month_of_writing_dates_an_act(tmp_path, sentence, expected):
    assert _dates(tmp_path, sentence) == expected



@pytest.mark.parametrize(("text", "found"), [
    # a past adjective puts the weekday strictly before the day of writing (a Friday)
    ("В прошлую пятницу стороны подписали соглашение.", [("пятницу", "2017-03-10", "weekday-last")]),
    ("В минувший четверг корабли вышли в море.", [("четверг", "2017-03-16", "weekday-last")]),
    ("В пятницу стороны подписали соглашение.", [("пятницу", "2017-03-17", "weekday-past")]),
    # a number ending a model's name counts nothing: the year after it is a date
    ("Иран получил самолеты Як-130 в прошлом году.", [("в прошлом году", "2016", "relative-year")]),
    ("Поставки С-300 в этом году завершены.", [("в этом году", "2017", "relative-year")]),
])
def test_weekdays_after_a_past_adjective_and_years_after_a_model(text, found):
    mentions = dates.find_mentions(text, dt.date(2017, 3, 17), language="ru")
    assert [(m.text, m.value, m.rule) for m in mentions] == found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Иран заказал у России партию учебно-боевых самолетов Як-130 в прошлом году.", ["2016"]),
    ("В прошлую пятницу Россия и Иран подписали соглашение о военном сотрудничестве.",
     ["2017-03-10"]),
])
def test_these_dates_date_the_act(tmp_path, sentence, expected):
    assert _dates(tmp_path, sentence) == expected


@pytest.mark.parametrize("opening", [
    # "начала" is the verb here, not the noun of "с начала года": the undated opening tells an
    # act and takes the day of writing
    "Россия начала поставки в Иран истребителей Су-35, пишет газета со ссылкой на источник.",
    "Иранская армия начала учения с российскими зенитными комплексами.",
])
def test_began_opens_the_story_with_an_act(tmp_path, opening):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-03-17\nlanguage: ru\n---\n{HEADLINE}\n\n{opening}\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [(c.date, c.sources[0].rule) for c in result.candidates] == [
        ("2017-03-17", "dateline-lead")], result.explain


@pytest.mark.parametrize("text", ["С начала года стороны провели учения.",
                                  "До начала учений корабли прибыли в порт.",
                                  "После начала операции самолеты вернулись."])
def test_the_noun_after_a_preposition_is_no_past_verb(text):
    verbs = [m.group() for m in language("ru").past.finditer(language("ru").normalise(text))]
    assert "начала" not in verbs


@pytest.mark.parametrize(("sentence", "expected"), [
    # the dates after an anniversary's word name what is remembered: no event in 1945
    ("Российские и иранские моряки примут участие в параде, посвященном 80-летию Победы в "
     "войне 1941-1945 годов.", []),
    # the act keeps its own date
    ("Иранские корабли 14 марта прибыли в Астрахань к 75-летию Победы 1945 года.",
     ["2017-03-14"]),
    # a date before the anniversary's word is the act's
    ("В 2015 году Иран и Россия провели парад в честь годовщины флота.", ["2015"]),
])
def test_an_anniversary_names_what_is_remembered(tmp_path, sentence, expected):
    assert _dates(tmp_path, sentence) == expected


@pytest.mark.parametrize(("line", "story"), [
    # REGNUM's dateline: a clock after the date, the agency without punctuation
    ("Москва, 18 октября 2018 года, 10:15 — REGNUM Россия и Иран подписали контракт.",
     "Россия и Иран подписали контракт."),
    ("Москва, 18 октября 2018, 10:15 — ИА REGNUM. Россия и Иран подписали контракт.",
     "Россия и Иран подписали контракт."),
    # a correspondent's name after the agency is still the dateline's
    ("БАКУ, 29 июля. /Корр. ТАСС Алексей Смирнов/. Корабли вышли в море.",
     "Корабли вышли в море."),
])
def test_datelines_with_a_clock_and_a_latin_agency(line, story):
    match = language("ru").dateline.match(line)
    assert match is not None and line[match.end():] == story


@pytest.mark.parametrize("sentence", [
    "Первая партия была отправлена 7 марта.",
    "Первая партия отгружена 7 марта.",
])
def test_a_batch_sent_names_no_side_but_goes_on_with_a_delivery(tmp_path, sentence):
    # a delivery told first; a sentence naming no side tells its first batch's day
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2017-03-17\nlanguage: ru\n---\n"
                    "Иран получил российские комплексы\n\nРоссия передала Ирану партию "
                    "зенитных комплексов, заявил в пятницу иранский министр.\n\nПо данным "
                    f"источника, поставки шли морем.\n\n{sentence}\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [c.date for c in result.candidates] == ["2017-03-17", "2017-03-07"], result.explain


@pytest.mark.parametrize(("text", "found"), [
    # a bare month before a second month with its year shares that year (written in 2018);
    # joined by a dash the two are one range (``test_language_ranges.py``)
    ("в августе–сентябре 2016 года", [("августе–сентябре 2016 года", "2016-08")]),
    ("в январе-феврале 2015 г.", [("январе-феврале 2015 г.", "2015-01")]),
    ("в августе и сентябре 2016 года", [("августе", "2016-08"), ("сентябре 2016 года", "2016-09")]),
    ("в ноябре и январе 2016 года", [("ноябре", "2015-11"), ("январе 2016 года", "2016-01")]),
    # across the new year: November before January 2016 is November 2015
    ("в ноябре–январе 2016 года", [("ноябре–январе 2016 года", "2015-11")]),
    # a bare month alone still looks back from the day of writing
    ("в августе корабли вышли в море", [("августе", "2017-08")]),
])
def test_a_month_before_a_month_with_its_year(text, found):
    mentions = dates.find_mentions(text, dt.date(2018, 3, 17), language="ru")
    assert [(m.text, m.value) for m in mentions] == found


@pytest.mark.parametrize(("sentence", "expected"), [
    # "г." after a year that opens the sentence is the year's, not the sentence's end
    ("В 2016 г. Россия передала Ирану комплексы С-300.", ["2016"]),
    ("В 2015–2016 гг. Россия поставила Ирану комплексы С-300.", ["2015"]),
    ("15 марта 2016 г. Россия и Иран подписали соглашение.", ["2016-03-15"]),
    # "г." after a word is "город"
    ("Корабли ВМФ России прибыли в г. Бендер-Аббас (Иран) 14 марта.", ["2017-03-14"]),
    # an initial ends no sentence
    ("Министр обороны РФ С. Шойгу 14 марта провел переговоры с иранским коллегой.",
     ["2017-03-14"]),
])
def test_a_stop_of_an_abbreviation_ends_no_sentence(tmp_path, sentence, expected):
    assert _dates(tmp_path, sentence) == expected


def test_a_date_before_a_plain_stop_still_ends_its_sentence(tmp_path):
    # "… 14 марта." ends a sentence: the next one keeps its own date
    story = "Россия и Иран провели учения 14 марта. В 2016 году стороны подписали соглашение."
    assert _dates(tmp_path, story) == ["2017-03-14", "2016"]


@pytest.mark.parametrize(("text", "value"), [
    # a weekday with the week named next to it is that week's (written on Friday 2017-03-17)
    ("Корабли вышли в море в четверг на прошлой неделе.", "2017-03-09"),
    ("На прошлой неделе в четверг корабли вышли в море.", "2017-03-09"),
    ("В конце прошлой недели, в пятницу, корабли вышли в море.", "2017-03-10"),
    ("В воскресенье на прошлой неделе корабли вышли в море.", "2017-03-12"),
    # a week named in another sentence does not count
    ("Иран получил ракеты на прошлой неделе. В четверг корабли вышли в море.", "2017-03-16"),
])
def test_a_weekday_of_the_week_named_next_to_it(text, value):
    mentions = dates.find_mentions(text, dt.date(2017, 3, 17), language="ru")
    assert [m.value for m in mentions if m.rule.startswith("weekday")] == [value]


@pytest.mark.parametrize(("opening", "expected"), [
    # a short passive participle tells an act done: the undated opening is the day's news
    ("Соглашение о военном сотрудничестве между Россией и Ираном подписано в Тегеране.",
     ["2017-03-17"]),
    ("Первые комплексы С-300 переданы Ирану, сообщил источник.", ["2017-03-17"]),
    ("Российские бомбардировщики размещены на иранской авиабазе.", ["2017-03-17"]),
    # with "будет" it is a plan: no lead date
    ("Соглашение между Россией и Ираном будет подписано в Тегеране.", []),
])
def test_a_short_passive_participle_tells_an_act(tmp_path, opening, expected):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-03-17\nlanguage: ru\n---\n{HEADLINE}\n\n{opening}\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize("sentence", [
    # one side and a warship's class or a flight: an act of the topic's kind in an article on it
    "Российские экипажи 14 марта выполнили полеты над Каспийским морем.",
    "Иранский эсминец 14 марта вошел в порт Астрахань.",
    "Российские бомбардировщики 14 марта приземлились на аэродроме.",
])
def test_one_side_and_a_warship_or_a_flight_is_on_topic(tmp_path, sentence):
    assert _dates(tmp_path, sentence) == ["2017-03-14"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a past participle right before the date dates its own past act, whatever the main verb
    ("Подписанное в среду соглашение России и Ирана вступит в силу в мае.", ["2017-03-15"]),
    ("Прибывшие в понедельник в Иран российские инструкторы начнут обучение иранских военных.",
     ["2017-03-13"]),
])
def test_a_past_participle_before_a_date_makes_it_past(tmp_path, sentence, expected):
    assert _dates(tmp_path, sentence) == expected


def test_a_participle_of_a_plan_looks_ahead():
    text = "Стороны обсудили учения, намеченные на август."
    (mention,) = dates.find_mentions(text, dt.date(2017, 3, 17), language="ru")
    assert mention.value == "2017-08"


@pytest.mark.parametrize(("after", "expected"), [
    # the contract of the delivery told before is between its sides
    ("Контракт был подписан в 2007 году.", ["2017-03-17", "2007"]),
    # a sentence of another kind and no side stays off topic
    ("Погода в порту была ясной 14 марта.", ["2017-03-17"]),
])
def test_a_deliverys_contract_is_between_its_sides(tmp_path, after, expected):
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2017-03-17\nlanguage: ru\n---\nРоссия передала Ирану "
                    "комплексы\n\nРоссия завершила поставку Ирану четырех дивизионов зенитных "
                    f"комплексов, сообщил глава Ростеха.\n\n{after}\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_bilateral_names_the_articles_two_sides(tmp_path):
    assert _dates(tmp_path, "Двусторонние консультации прошли 14 марта.") == ["2017-03-14"]


@pytest.mark.parametrize("line", [
    "МОСКВА, 14 мар — ПРАЙМ. Россия и Иран подписали контракт.",
    "ТЕГЕРАН, 14 марта (Синьхуа) -- Россия и Иран подписали контракт.",
    "Пекин, 14 марта /Синьхуа/ -- Россия и Иран подписали контракт.",
    "МОСКВА, 14 марта - RT. Россия и Иран подписали контракт.",
    "МОСКВА, 14 марта — Sputnik, Иван Петров. Россия и Иран подписали контракт.",
    "МОСКВА, 14 марта (Reuters) - Россия и Иран подписали контракт.",
    # the year with "г."
    "Москва, 14 марта 2017 г. — Россия и Иран подписали контракт.",
])
def test_more_agencies_after_the_date(tmp_path, line):
    match = language("ru").dateline.match(line)
    assert match is not None and line[match.end():] == "Россия и Иран подписали контракт."
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-03-14\nlanguage: ru\n---\n{HEADLINE}\n\n{line}\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [(c.date, c.sources[0].rule) for c in result.candidates] == [
        ("2017-03-14", "dateline-lead")], result.explain


@pytest.mark.parametrize("line", ["МОСКВА, 14 марта — Россия и Иран подписали контракт.",
                                  "МОСКВА, 14 марта. Минобороны России сообщило о поставке."])
def test_the_story_after_a_dateline_without_an_agency_is_kept_whole(line):
    match = language("ru").dateline.match(line)
    assert line[match.end():].split()[0] in ("Россия", "Минобороны")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a month or a year that starts a period is when a total began, not an act's date
    ("С февраля 2015 года военная помощь России Ирану превысила миллиард долларов.", []),
    ("Начиная с 2015 года Россия передала Ирану десятки вертолетов.", []),
    # a day that starts one is the act's ("с 1 марта начались учения"), and "до" is no start
    ("С 1 марта в Каспийском море начались учения России и Ирана.", ["2017-03-01"]),
    ("Россия завершила поставки Ирану до конца 2016 года.", ["2016"]),
])
def test_a_month_or_year_that_starts_a_period_dates_no_act(tmp_path, sentence, expected):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-03-17\nlanguage: ru\n---\n{HEADLINE}\n\n"
                    f"Иранская делегация 2 марта прибыла в Москву.\n\n{sentence}\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    dated = [c.date for c in result.candidates if not c.sources[0].quote.startswith("Иранская")]
    assert dated == expected, result.explain


def test_a_decade_is_no_anniversary(tmp_path):
    sentence = "Впервые за последние десятилетия российские корабли 14 марта зашли в порт Ирана."
    assert _dates(tmp_path, sentence) == ["2017-03-14"]


def test_a_lead_with_only_a_start_of_a_period_is_the_days_news(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-03-17\nlanguage: ru\n---\n{HEADLINE}\n\nМинистры "
                    "обороны России и Ирана провели в Москве переговоры, первые с 2015 года.\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [(c.date, c.sources[0].rule) for c in result.candidates] == [
        ("2017-03-17", "dateline-lead")], result.explain


@pytest.mark.parametrize("dateline", ["", "МОСКВА, 17 марта. /ТАСС/. "])
def test_a_leads_side_clause_keeps_its_date_and_the_main_clause_is_the_news(tmp_path, dateline):
    # the side clause opens after a noun and a preposition ("контракт на которые")
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-03-17\nlanguage: ru\n---\n{HEADLINE}\n\n{dateline}"
                    "Россия передала Ирану комплексы С-300, контракт на которые был подписан в "
                    "2007 году.\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert [(c.date, c.sources[0].rule) for c in result.candidates] == [
        ("2017-03-17", "dateline-lead"), ("2007", "year")], result.explain
    assert result.candidates[0].title == "Россия передала Ирану комплексы С-300"


def test_a_reference_to_an_earlier_report_does_not_date(tmp_path):
    sentence = "Россия в феврале передала Ирану партию вертолетов (см. “Ъ” от 1 марта)."
    assert _dates(tmp_path, sentence) == ["2017-02"]
