"""Fixes from an independent review of the tenth Russian round, tested on invented lines."""
import datetime as dt
from pathlib import Path

import pytest

from chronology import dates
from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"
REF = dt.date(2023, 8, 10)


def _candidates(tmp_path, story: str, published: str = "2023-08-10"):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{HEADLINE}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


@pytest.mark.parametrize(("text", "expected"), [
    # a year in the adjective's noun phrase is the year of its month
    ("Президент в ходе мартовского визита в Москву в 2021 году подписал соглашение.",
     [("мартовского", "2021-03"), ("2021 году", "2021")]),
    ("Стороны подписали его в ходе октябрьской встречи министров обороны в 2020 году.",
     [("октябрьской", "2020-10"), ("2020 году", "2020")]),
    ("В ходе январского визита в Тегеран в 2019-м стороны подписали меморандум.",
     [("январского", "2019-01"), ("2019-м", "2019")]),
    ("В ходе ноябрьской встречи прошлого года министры подписали меморандум.",
     [("ноябрьской", "2022-11"), ("прошлого года", "2022")]),
    ("Делегация во время июньского салона «Форум-2021» подписала контракт.",  # an edition
     [("июньского", "2021-06")]),
    # near-misses: a year after a verb or a comma is the clause's, not the phrase's
    ("В ходе мартовского визита министр подписал соглашение в 2021 году.",
     [("мартовского", "2023-03"), ("2021 году", "2021")]),
    ("В ходе мартовского визита, в 2021 году, стороны договорились.",
     [("мартовского", "2023-03"), ("2021 году", "2021")]),
    ("Стороны вернулись к теме в ходе апрельского визита.", [("апрельского", "2023-04")]),
    # a fixed name is no month of an act
    ("После августовской войны 2008 года поставки приостановили.", [("2008 года", "2008")]),
    ("Партию доставили к майским праздникам 2022 года.", [("2022 года", "2022")]),
    ("Стороны договорились об этом до январских каникул.", []),
])
def test_a_month_adjective_takes_the_year_of_its_phrase(text, expected):
    found = dates.find_mentions(text, REF, language="ru")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective in -нн- is no past participle: the act to come stays ahead
    ("Россия передаст Ирану самолеты по государственному контракту в сентябре.", "2023-09"),
    ("Страны проведут учения с иностранными наблюдателями в сентябре.", "2023-09"),
    ("Флот пополнится современными кораблями в октябре.", "2023-10"),
    ("Россия поставит Ирану самолеты с военными экипажами в октябре.", "2023-10"),
    # near-misses: a past participle still dates its clause in the past
    ("Корабли, отправленными в сентябре, командует адмирал.", "2022-09"),
    ("Подписанное в сентябре соглашение вступит в силу.", "2022-09"),
    ("Россия передаст Ирану заказанные в сентябре самолеты.", "2022-09"),
])
def test_an_adjective_in_nn_is_no_participle(text, expected):
    assert [m.value for m in dates.find_mentions(text, REF, language="ru")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive after agreeing, readiness, promise or ability looks ahead
    ("Москва согласилась поставить Тегерану комплексы в октябре.", "2023-10"),
    ("Россия готова поставить Ирану самолеты в сентябре.", "2023-09"),
    ("Стороны договорились отправить корабли в залив в декабре.", "2023-12"),
    ("Россия может направить в Иран инструкторов в ноябре.", "2023-11"),
    ("Министр пообещал передать вертолеты в сентябре.", "2023-09"),
    # near-misses: the date of the agreeing itself, an order given, a plain past act
    ("В октябре Москва согласилась поставить Тегерану комплексы.", "2022-10"),
    ("Президент отдал распоряжение поставить комплексы в октябре.", "2022-10"),
    ("Россия поставила Ирану комплексы в октябре.", "2022-10"),
])
def test_an_infinitive_after_a_verb_of_intent_looks_ahead(text, expected):
    assert [m.value for m in dates.find_mentions(text, REF, language="ru")] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an act of another country or pair told in passing is no event of the topic
    ("Россия передала Ирану вертолеты, заказанные Египтом в 2015 году.", ["2023-08-10"]),
    ("В 2016 году Россия передала Ирану радары (такие же радары в 2010 году получил "
     "Азербайджан).", ["2016"]),
    ("В 2021 году Иран и Россия провели учения, после того как в 2019 году Иран подписал "
     "соглашение с Китаем.", ["2021"]),
    ("В 2016 году Россия передала Ирану радары, аналогичные тем, которые в 2012 году были "
     "поставлены Венесуэле.", ["2016"]),
    # near-misses: the topic's own act told in passing stays a second act
    ("Россия передала Ирану вертолеты, заказанные Тегераном в 2015 году.",
     ["2023-08-10", "2015"]),
    ("В 2016 году Россия передала Ирану радары (контракт на них был подписан в 2010 году).",
     ["2016", "2010"]),
])
def test_an_act_of_another_country_told_in_passing_is_no_event(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"МОСКВА, 10 августа. /ТАСС/. {sentence}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # what someone used to say is no statement of the day
    ("Министр обороны Ирана заявлял, что Россия и Иран обсуждают поставки истребителей.", []),
    ("Бывший министр обороны Ирана в свое время заявлял, что Россия и Иран обсуждают "
     "поставки истребителей.", []),
    # near-miss: what someone said is the day's statement
    ("Министр обороны Ирана заявил, что Россия и Иран обсуждают поставки истребителей.",
     ["2023-08-10"]),
])
def test_what_someone_used_to_say_is_no_statement_of_the_day(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("after", "expected"), [
    # a past act inside what was said keeps its own time, though told after the day's news
    ("Затем на пресс-конференции министр напомнил, что Россия поставила Ирану радары.",
     ["2023-08-10"]),
    # near-misses: an act of its own told as later is that day
    ("Затем на пресс-конференции министр объявил о поставках российских радаров Ирану.",
     ["2023-08-10", "2023-08-10"]),
])
def test_a_past_act_in_what_was_said_keeps_its_own_time(tmp_path, after, expected):
    result = _candidates(tmp_path, "МОСКВА, 10 августа. /ТАСС/. Министр обороны Ирана в "
                                   f"четверг провел переговоры с Шойгу в Москве. {after}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("report", "expected"), [
    # a year in the report of the sentence before is no day: the dateline's day stays
    ("Как сообщает ИРНА, об этом в 2019 году говорил прежний министр обороны Ирана.",
     ["2023-08-10"]),
    # near-miss: a day of the report replaces the lead convention's
    ("Об этом в среду сообщил министр обороны Ирана.", ["2023-08-09"]),
])
def test_a_report_with_a_year_keeps_the_leads_day(tmp_path, report, expected):
    result = _candidates(tmp_path, "Россия и Иран провели переговоры о поставках "
                                   f"вертолетов. {report}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "title"), [
    # an act told in passing is titled by the thing and its act, the thing in the nominative
    ("Россия и Иран обсудили ход выполнения контракта на поставку радаров, подписанного в "
     "2007 году.", "Контракт на поставку радаров подписан"),
    ("Россия и Иран обсудили выполнение соглашения, подписанного в январе 2001 года.",
     "Соглашение подписано"),
    ("Иран получил первые вертолеты Ми-28, заказанные в 2021 году у России.",
     "Вертолеты Ми-28 заказаны у России"),
    ("Россия передала Ирану закупленные в 2016 году радары.", "Радары закуплены"),
    ("Иран отказался от закупленных в 2019 году в России учебных самолетов.",
     "Самолеты закуплены в России"),
    ("Россия передала Ирану радары по подписанному в 2015 году контракту.", "Контракт подписан"),
    ("Россия передала Ирану радары по контракту, который был подписан в 2007 году.",
     "Контракт был подписан"),
])
def test_an_act_told_in_passing_names_the_thing_and_its_act(tmp_path, sentence, title):
    result = _candidates(tmp_path, f"МОСКВА, 10 августа. /ТАСС/. {sentence}")
    assert [c.title for c in result.candidates][1:] == [title], result.explain


def test_the_kind_of_an_act_told_in_passing_is_not_the_sentences(tmp_path):
    result = _candidates(tmp_path, "МОСКВА, 10 августа. /ТАСС/. Россия передала Ирану "
                                   "закупленные в 2016 году радары.")
    assert [c.tags for c in result.candidates] == [["delivery"], ["arms deal"]]


def test_a_dated_parenthesis_of_another_country_leaves_the_title(tmp_path):
    result = _candidates(tmp_path, "В 2016 году Россия передала Ирану радары (такие же радары "
                                   "в 2010 году получил Азербайджан).")
    assert [c.title for c in result.candidates] == ["Россия передала Ирану радары"]
