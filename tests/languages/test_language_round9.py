"""Rules from the ninth Russian round's dev articles (issue 11), tested on invented lines."""
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"


def _candidates(tmp_path, story: str, published: str = "2017-03-17"):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{HEADLINE}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


@pytest.mark.parametrize(("lead", "expected"), [
    # the main clause's only act is inside the quotation: the side clause dates the saying
    ("«Иран уже получил от России четыре радара», – заявил министр обороны Ирана во "
     "время встречи с Шойгу, которая предваряла прошедшее в понедельник заседание.",
     ["2017-03-13"]),
    # near-miss: an act of the main clause's own keeps the lead and the clause apart
    ("Россия передала Ирану четыре радара, контракт на которые был подписан в 2015 году.",
     ["2017-03-17", "2015"]),
    ("Россия передала Ирану «Тор-М1», контракт на которые был подписан в 2015 году.",
     ["2017-03-17", "2015"]),
])
def test_a_quoted_act_with_a_side_clause_after_is_one_saying(tmp_path, lead, expected):
    result = _candidates(tmp_path, lead)
    assert [c.date for c in result.candidates] == expected, result.explain


LEAD = ("Иран получил первую партию российских радаров, сообщил министр обороны Ирана в "
        "интервью, опубликованном в среду.")


@pytest.mark.parametrize(("quote", "expected"), [
    # direct speech telling the lead's act again, on its day: one event, whatever names the
    # attribution after it holds
    ("«Два радара уже поставлены», — сказал министр в кулуарах Московской конференции, "
     "которая открылась в среду.", ["2017-03-15"]),
    # near-misses: another thing, another act ("также"), another day
    ("«Два комплекса С-300 уже поставлены», — сказал министр в кулуарах конференции, "
     "которая открылась в среду.", ["2017-03-15", "2017-03-15"]),
    ("«Также поставлены два радара», — сказал министр в кулуарах конференции, которая "
     "открылась в среду.", ["2017-03-15", "2017-03-15"]),
    ("«Два радара были поставлены во вторник», — сказал министр.",
     ["2017-03-15", "2017-03-14"]),
])
def test_direct_speech_telling_the_leads_act_again_is_one_event(tmp_path, quote, expected):
    result = _candidates(tmp_path, f"{LEAD} {quote}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a participle of a kind of act with its own date, in a sentence dated otherwise: a
    # second act told in passing, after the sentence's own
    ("В этом году Иран получил заказанные в 2014 году российские радары.", ["2017", "2014"]),
    ("Радары поступили в Иран в марте по контракту, подписанному в 2015 году.",
     ["2017-03", "2015"]),
    # the lead's act is the day's news, the participle's year its own
    ("МОСКВА, 17 марта. /ТАСС/. Россия передала Ирану закупленные в 2016 году радары.",
     ["2017-03-17", "2016"]),
    ("Сегодня Россия передала Ирану радары по подписанному в 2015 году контракту.",
     ["2017-03-17", "2015"]),
    # near-misses: a participle of no kind of act is a side fact; a sentence with the
    # participle's date alone and no lead keeps it as its own
    ("В этом году Иран получил от созданной в 2000 году российской компании радары.",
     ["2017"]),
    ("Делегация Ирана прибыла в Москву 16 марта. Россия и Иран обсудили подписанный в 2015 "
     "году контракт.", ["2017-03-16", "2015"]),
])
def test_a_dated_participle_of_an_act_is_a_second_act(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # an undated act told as later than the day's news: that day
    ("Россия передала Ирану партию радаров, сообщил источник.\nПозже министр обороны Ирана "
     "объявил о закупке российских истребителей.", ["2017-03-17", "2017-03-17"]),
    # near-misses: after an older act, later is no day; a plan; a sentence naming no side
    ("Россия передала Ирану партию радаров 2 марта, сообщил источник.\nПозже министр обороны "
     "Ирана объявил о закупке российских истребителей.", ["2017-03-02"]),
    ("Россия передала Ирану партию радаров, сообщил источник.\nПозже министр обороны Ирана "
     "планирует объявить о закупке российских истребителей.", ["2017-03-17"]),
    ("Россия передала Ирану партию радаров, сообщил источник.\nПозже министр объявил о "
     "закупке истребителей.", ["2017-03-17"]),
])
def test_an_act_told_as_later_than_the_days_news_is_that_day(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a story's first sentence telling what someone said: the day's statement, as after a
    # dateline (a page may have dropped it)
    ("Президент Ирана заявил, что Тегеран готов закупить российские самолеты.",
     ["2017-03-17"]),
    ("Министр обороны Ирана сообщил, что Россия закупит у Ирана беспилотники.",
     ["2017-03-17"]),
    # a plan told so is the day's statement too (round ru29: whatever the plan's verb)
    ("Президент Ирана заявил, что Тегеран планирует закупить российские самолеты.",
     ["2017-03-17"]),
    # near-misses: what someone says (present), a view, or a later sentence
    ("Президент Ирана заявляет, что Тегеран готов закупить российские самолеты.", []),
    ("Эксперты считают, что Иран закупит российские самолеты.", []),
    ("Россия передала Ирану радары 2 марта.\n\nПрезидент Ирана заявил, что Тегеран готов "
     "закупить российские самолеты.", ["2017-03-02"]),
])
def test_an_opening_that_tells_what_was_said_is_the_days_statement(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("after", "expected"), [
    # a sentence naming no side that opens with the kind of act the paragraph before told
    # of both sides (in sentences with no date, so no event): that act's sides
    ("Тренировки прошли в три этапа и завершились 14 марта.", ["2017-03-14"]),
    ("Маневры завершились 14 марта.", ["2017-03-14"]),
    # near-misses: another kind of act, or no kind at the sentence's start
    ("Поставки завершились 14 марта.", []),
    ("Погода была хорошей, все завершилось 14 марта.", []),
])
def test_a_sentence_opening_with_the_kind_of_act_told_before_has_its_sides(tmp_path, after,
                                                                          expected):
    story = ("Ранее сообщалось о начале первых совместных учений России и Ирана на Каспии. "
             "Иранская сторона предоставила российским гостям свои катера.\n\n" + after)
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_the_kind_told_before_needs_both_sides(tmp_path):
    story = ("Ранее сообщалось о начале учений ВМС Ирана на Каспии. Иранская сторона "
             "привлекла к ним свои катера.\n\nТренировки прошли в три этапа и завершились "
             "14 марта.")
    assert _candidates(tmp_path, story).candidates == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # the main clause and the side clause ending the sentence each date an act: two events
    ("В 2016 году Россия передала Ирану комплексы С-300 по контракту, который был подписан "
     "в 2007 году.", ["2017-03-16", "2016", "2007"]),
    # near-misses: a side fact (no kind of act), or a side clause with no date of its own
    ("В 2016 году Шойгу посетил Тегеран вместе с Дехганом, который стал министром в 2013 году.",
     ["2017-03-16", "2016"]),
    ("В 2016 году Россия передала Ирану комплексы С-300 по контракту, который был подписан "
     "ранее.", ["2017-03-16", "2016"]),
])
def test_a_main_and_a_side_clause_each_dated_are_two_acts(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"Делегация Ирана прибыла в Москву 16 марта. {sentence}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # an act of a kind with its own date in a parenthesis or a clause of what came before,
    # in a sentence dated otherwise: a second act
    ("В 2016 году Россия передала Ирану комплексы С-300 (контракт на них был подписан в 2007 "
     "году).", ["2017-03-16", "2016", "2007"]),
    ("Иран получил комплексы С-300 в 2016 году, после того как в 2015 году стороны подписали "
     "новый контракт.", ["2017-03-16", "2016", "2015"]),
    # near-misses: a parenthesis of no act or of no kind of act, a clause with no date
    ("В 2016 году Россия передала Ирану комплексы С-300 (в 2007 году — ЗРК).",
     ["2017-03-16", "2016"]),
    ("В 2016 году Россия передала Ирану комплексы С-300 (Дехган стал министром в 2013 году).",
     ["2017-03-16", "2016"]),
    ("Иран получил комплексы С-300 в 2016 году, после того как стороны подписали новый "
     "контракт.", ["2017-03-16", "2016"]),
])
def test_an_act_told_in_a_parenthesis_or_a_clause_before_is_a_second_act(tmp_path, sentence,
                                                                         expected):
    result = _candidates(tmp_path, f"Делегация Ирана прибыла в Москву 16 марта. {sentence}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize("attribution", [
    "Об этом заявил министр обороны Ирана.",
    # after the outlet it has it from
    "Как сообщает ИРНА, об этом заявил министр обороны Ирана.",
])
def test_who_told_the_lead_is_part_of_its_evidence(tmp_path, attribution):
    result = _candidates(tmp_path, "Россия и Иран за последний год провели пять совместных "
                                   f"учений.\n\n{attribution}")
    assert [c.date for c in result.candidates] == ["2017-03-17"], result.explain
    assert "министр обороны Ирана" in result.candidates[0].sources[0].quote


@pytest.mark.parametrize(("story", "expected"), [
    # an infinitive is no future form: "поставить" after a past verb, not "поставит"
    ("В феврале президент России отдал распоряжение поставить Ирану ракеты.", ["2017-02"]),
    ("Россия поставит Ирану ракеты в мае.", ["2017-05"]),
])
def test_an_infinitive_is_no_plan(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_quotation_over_several_sentences_dates_the_acts_it_tells(tmp_path):
    story = ("Делегация Ирана прибыла в Москву 16 марта.\n\n«Могу подтвердить, что в феврале "
             "президент России отдал распоряжение поставить Ирану ракеты. Передача ракет "
             "началась в марте. Первые ракеты доставлены в Иран 10 марта», — заявил министр "
             "на брифинге.")
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == [
        "2017-03-16", "2017-02", "2017-03", "2017-03-10"], result.explain
