"""Round ru27: Russian leads without a dateline (invented stories, default Russia–Iran topic):
what a spokesman told an agency ("заявил агентству, что …") is the day's statement, as
"заявил, что …" is."""

from __future__ import annotations

import pytest

from .russian_story import candidates as _candidates

HEADLINE = "Россия сократит группировку в Иране"
DECK = "Россия сократит свое военное присутствие в Иране, переведя авиагруппу на новый штат."


@pytest.mark.parametrize("lead", [
    # the addressee between the reporting verb and "что": one word, or two
    "Представитель военного округа заявил Интерфаксу, что Россия сократит численность "
    "военных на авиабазе в Иране.",
    "Представитель военного округа сообщил местным журналистам, что Россия сократит "
    "численность военных на авиабазе в Иране.",
    # as before: "что" right after the verb
    "Представитель военного округа заявил, что Россия сократит численность военных на "
    "авиабазе в Иране.",
])
def test_a_statement_to_an_agency_leads_the_story(tmp_path, lead):
    result = _candidates(tmp_path, f"{DECK}\n\n{lead}", headline=HEADLINE,
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain


@pytest.mark.parametrize("lead", [
    # near misses: what someone used to say, and a clause of three words before "что", are
    # no statement of the day
    "Представитель военного округа заявлял Интерфаксу, что Россия сократит численность "
    "военных на авиабазе в Иране.",
    "Представитель военного округа заявил в своем интервью, что Россия сократит численность "
    "военных на авиабазе в Иране.",
])
def test_no_statement_of_the_day_leads_no_event(tmp_path, lead):
    result = _candidates(tmp_path, f"{DECK}\n\n{lead}", headline=HEADLINE,
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == [], result.explain


INVITED = ("ТЕГЕРАН, 21 сен – РИА Новости. Тегерану и Москве важно вместе отвечать на новые "
           "вызовы, заявил министр обороны Ирана и пригласил российского коллегу посетить "
           "авиасалон в Тегеране {when}.")


def test_a_plan_invited_to_in_a_dateline_lead_leaves_it_the_dateline_day(tmp_path):
    # the lead tells a past act (an invitation) of the dateline's day; the month of the
    # visit invited to is no event day
    result = _candidates(tmp_path, INVITED.format(when="в феврале"),
                         headline="Иран пригласил министра обороны России на авиасалон")
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain


@pytest.mark.parametrize(("story", "dates"), [
    # near misses: a day of the plan is a day told (as before); a plan told as the lead's
    # main clause is the plan's
    (INVITED.format(when="1 февраля"), ["2018-02-01"]),
    ("ТЕГЕРАН, 21 сен – РИА Новости. Россия и Иран проведут совместные учения в феврале, "
     "заявил министр обороны Ирана.", ["2018-02"]),
])
def test_a_plan_of_a_day_or_told_as_the_lead_keeps_its_date(tmp_path, story, dates):
    result = _candidates(tmp_path, story,
                         headline="Иран пригласил министра обороны России на авиасалон")
    assert [c.date for c in result.candidates] == dates, result.explain


DEAL = ("Россия поставит Ирану комплексы ПВО в конце марта. О том, что {who} заключили такую "
        "сделку, стало известно 12 мая 2016 года.")


def test_the_countries_as_a_subject_are_the_articles_sides(tmp_path):
    # "страны" opening a clause before a plural past verb: the two sides of the article
    result = _candidates(tmp_path, DEAL.format(who="страны"),
                         headline="Названа дата поставки комплексов ПВО в Иран",
                         published="2017-01-20")
    assert "2016-05-12" in [c.date for c in result.candidates], result.explain


@pytest.mark.parametrize("who", ["страны НАТО", "западные страны"])
def test_other_countries_as_a_subject_are_not_the_sides(tmp_path, who):
    # near misses: countries named as others ("страны НАТО", "западные страны")
    result = _candidates(tmp_path, DEAL.format(who=who),
                         headline="Названа дата поставки комплексов ПВО в Иран",
                         published="2017-01-20")
    assert "2016-05-12" not in [c.date for c in result.candidates], result.explain
