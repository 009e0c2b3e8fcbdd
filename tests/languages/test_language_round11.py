"""Rules of the eleventh Russian round (issue 11): recall on real articles by general Russian
news conventions, tested on invented lines with near-misses."""

import pytest

from chronology.config import Topic
from chronology.extraction.names import TopicNames

from .russian_story import CONFIG, HEADLINE, LEAD  # noqa: F401
from .russian_story import candidates as _candidates


@pytest.mark.parametrize(("sentence", "expected"), [
    # the start of a long cruise, told as a point of reference of a state now: no act's day
    ("Российский крейсер «Адмирал Иванов» выполняет задачи дальнего похода, начавшегося с "
     "момента выхода кораблей из Североморска 3 июля.", []),
    # near-miss: the departure told as an act of its own
    ("Российский крейсер «Адмирал Иванов» вышел из Североморска в дальний поход 3 июля.",
     ["2017-07-03"]),
])
def test_a_day_naming_a_point_of_reference_dates_no_act(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{LEAD}\n\n{sentence}")
    assert [c.date for c in result.candidates][1:] == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # no side named: the subject is the ship the event before named, so it has its sides
    ("Вечером 19 сентября в порт Энзели прибыл корвет «Град Свияжск».", ["2017-09-19"]),
    ("19 сентября в порт Энзели прибыл корабль, совершающий дальний поход.", ["2017-09-19"]),
    # near-misses: a thing the event before did not name; a verb shared is no thing
    ("Вечером 19 сентября в порт Энзели прибыл сухогруз «Волга».", []),
    ("19 сентября в порт Энзели прибыл сухогруз с зерном.", []),
])
def test_a_thing_the_event_before_named_has_its_sides(tmp_path, sentence, expected):
    lead = ("Россия и Иран 20 сентября начали совместные военно-морские учения в акватории "
            "Каспийского моря у побережья Дагестана, в которых задействованы корабли "
            "Каспийской флотилии — корвет «Град Свияжск» и малый ракетный корабль «Углич».")
    result = _candidates(tmp_path, f"{lead}\n\n{sentence}")
    assert [c.date for c in result.candidates] == ["2017-09-20", *expected], result.explain


NEWS = "Россия и Иран начали совместные военно-морские учения в Каспийском море"


@pytest.mark.parametrize(("headline", "story", "expected"), [
    # the story's first sentence names no side: it tells of the headline's news
    (NEWS, "Торжественная церемония открытия прошла в Махачкале.", ["2017-09-23"]),
    # a headline in the present of agency leads; a lead with a date of its own keeps it
    ("Россия и Иран начинают совместные военно-морские учения",
     "Торжественная церемония открытия прошла в Махачкале.", ["2017-09-23"]),
    (NEWS, "Фрегат «Дагестан» 22 сентября вошел в порт Энзели.", ["2017-09-22"]),
    # near-misses: a headline of no kind of act, a lead naming another country, a lead with
    # a side of its own but no term
    (HEADLINE, "Торжественная церемония открытия прошла в Махачкале.", []),
    ("Россия и Иран обсудили военное сотрудничество",
     "Торжественная церемония открытия прошла в Махачкале.", []),
    (NEWS, "Торжественная церемония прошла в Махачкале в присутствии делегации Китая.", []),
    # the story tells the headline's act itself, with its day: one event
    (NEWS, "Торжественная церемония открытия прошла в Махачкале.\n\nВ ней приняли участие "
     "экипажи кораблей.\n\nСовместные учения России и Ирана начались 20 сентября.",
     ["2017-09-20"]),
])
def test_a_lead_naming_no_side_tells_the_headlines_news(tmp_path, headline, story, expected):
    result = _candidates(tmp_path, story, headline=headline, published="2017-09-23")
    assert [c.date for c in result.candidates] == expected, result.explain
    if expected == ["2017-09-23"]:  # the headline's news
        assert result.candidates[0].title.startswith("Россия и Иран нач")
    if expected == ["2017-09-22"] and "Энзели" in story:
        assert result.candidates[0].title.startswith("Фрегат «Дагестан» вошел")


@pytest.mark.parametrize(("story", "expected"), [
    # "также" after a fact dated by its year adds another fact, not one of that year
    ("В 2016 году Россия и Иран заключили соглашение о поставке зенитных комплексов С-300. "
     "Также заключен контракт на поставку радаров.", ["2016"]),
    # near-misses: a day is one occasion, at which the sides also signed; a month is kept
    ("20 сентября Россия и Иран заключили соглашение о поставке зенитных комплексов С-300. "
     "Также заключен контракт на поставку радаров.", ["2017-09-20", "2017-09-20"]),
    ("В сентябре Россия и Иран заключили соглашение о поставке зенитных комплексов С-300. "
     "Также заключен контракт на поставку радаров.", ["2017-09", "2017-09"]),
])
def test_also_after_a_year_takes_no_date(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # no side named: an occasion of the kind an event of the article told, done, is theirs
    ("Завершились маневры 21 сентября.", ["2017-09-21"]),
    # near-misses: its end to come (a plan); an occasion of a kind no event told
    ("Завершатся маневры 25 сентября.", []),
    ("21 сентября состоялась встреча командующих.", []),
])
def test_an_occasion_an_event_told_has_its_sides(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{LEAD}\n\n{sentence}")
    assert [c.date for c in result.candidates] == ["2017-09-20", *expected], result.explain


@pytest.mark.parametrize(("dateline", "expected"), [
    # a wire story printed a day later: the lead is the dateline's news
    ("МОСКВА, 20 сентября. /ТАСС/.", "2017-09-20"),
    ("МОСКВА, 20 сен — РИА Новости.", "2017-09-20"),
    # near-misses: the dateline of the page's day; one far before it is no reprint's
    ("МОСКВА, 21 сентября. /ТАСС/.", "2017-09-21"),
    ("МОСКВА, 2 сентября. /ТАСС/.", "2017-09-21"),
])
def test_a_reprinted_wire_lead_has_its_datelines_day(tmp_path, dateline, expected):
    story = f"{dateline} Россия и Иран подписали соглашение о военном сотрудничестве."
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == [expected], result.explain


@pytest.mark.parametrize(("when", "expected"), [
    # the weekend before the day of writing (a Thursday): its Saturday, approximately
    ("в минувшие выходные", ["2017-09-16"]),
    ("на прошлых выходных", ["2017-09-16"]),
    # near-miss: a part of a week is no day
    ("в конце прошлой недели", []),
])
def test_an_act_of_the_weekend_before_is_dated_by_its_saturday(tmp_path, when, expected):
    story = f"Иранская делегация {when} посетила российский авиазавод."
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain
    assert all(c.approximate for c in result.candidates)


@pytest.mark.parametrize(("text", "expected"), [
    # a side that is a country is named by any of its names in the language's COUNTRIES
    ("Американские ракеты поступили на вооружение ВСУ.", ["United States"]),
    ("Соединенные Штаты объявили о новом пакете помощи Украине.", ["Ukraine", "United States"]),
    ("США объявили о новом пакете помощи.", ["United States"]),
    # near-misses: a group that is no country keeps its own names; another country is none
    ("Американские инструкторы прибыли в Польшу.", ["United States"]),
    ("Британские ракеты поступили на вооружение.", []),
])
def test_a_country_side_is_named_by_all_its_names(text, expected):
    topic = Topic(actors={"United States": ("United States", "США"), "Ukraine": ("Украина",),
                          "Allies": ("союзники",)}, terms=())
    assert TopicNames(topic, "ru").groups(text) == expected
