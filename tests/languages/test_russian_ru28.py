"""Round ru28: Russian leads (invented stories, default Russia–Iran topic)."""

from __future__ import annotations

import pytest
import yaml

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

from .russian_story import candidates as _candidates

HEADLINE = "Иран закупит у России учебные самолеты"


@pytest.mark.parametrize("lead", [
    # an intent held now, told first, who told it after: the wire's form of the day's
    # announcement
    "Иран планирует закупить у России еще шесть учебно-боевых самолетов Як-130, сообщил "
    "журналистам министр обороны Ирана.",
    "Иран намерен закупить у России шесть учебно-боевых самолетов Як-130, — заявил глава "
    "иранского военного ведомства.",
    # an outlet's present is its report of the day
    "Иран собирается закупить у России шесть учебно-боевых самолетов Як-130, сообщает "
    "агентство ИРНА.",
    # round ru29: any plan told with who told it, an act foretold, the teller first or
    # unnamed, is the day's announcement too
    "Россия поставит Ирану шесть учебно-боевых самолетов Як-130, заявил министр обороны "
    "Ирана.",
    "Министр обороны Ирана заявил, что Иран планирует закупить у России шесть "
    "учебно-боевых самолетов Як-130.",
    "Иран планирует закупить у России еще шесть учебно-боевых самолетов Як-130, сообщил "
    "источник в военно-промышленном комплексе.",
])
def test_an_intent_with_who_told_it_after_is_the_days_announcement(tmp_path, lead):
    result = _candidates(tmp_path, lead, headline=HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain
    assert result.candidates[0].sources[0].rule == "dateline-lead"


@pytest.mark.parametrize("lead", [
    # near misses: what was said over time
    "Иран планирует закупить у России еще шесть учебно-боевых самолетов Як-130, заявлял "
    "министр обороны Ирана.",
    # an intent with no one who told it
    "Иран планирует закупить у России еще шесть учебно-боевых самолетов Як-130.",
])
def test_a_plan_without_an_announcement_of_the_day_is_no_event(tmp_path, lead):
    result = _candidates(tmp_path, lead, headline=HEADLINE)
    assert [c.date for c in result.candidates] == [], result.explain


BATCH = ("ТЕГЕРАН, 21 сентября. /ТАСС/. Иран получил от России вторую партию учебно-боевых "
         "самолетов Як-130, сообщили в Минобороны Ирана.")


@pytest.mark.parametrize(("later", "expected"), [
    # an earlier act of the kind, dated days before the lead's day: two events
    ("Первая партия самолетов была передана Ирану 15 сентября на аэродроме в Иркутске.",
     ["2017-09-21", "2017-09-15"]),
    # near misses: the lead's act told again with its own day (its verb, or its noun as the
    # subject) is one event, dated so
    ("Иран получил самолеты 18 сентября на аэродроме в Иркутске.", ["2017-09-18"]),
    ("Поставка самолетов была осуществлена 18 сентября на аэродроме в Иркутске.",
     ["2017-09-18"]),
])
def test_an_earlier_act_of_the_kind_does_not_restate_the_lead(tmp_path, later, expected):
    result = _candidates(tmp_path, f"{BATCH}\n\n{later}", headline=HEADLINE)
    assert [c.date for c in result.candidates] == expected, result.explain



# a topic whose terms are few, as a user's are: no word of a treaty among them
NARROW = {"title": "Russia–India", "topic": {
    "actors": {"Russia": ["Россия", "российский", "Москва"], "India": ["Индия", "индийский"]},
    "terms": ["военный", "учения", "С-400"]}}


@pytest.mark.parametrize(("sentence", "expected"), [
    # one side and an act of a kind of event, in an article on the topic: on the topic
    ("Парламент Индии 19 сентября ратифицировал договор.", ["2017-09-19"]),
    # near misses: one side and no act of a kind of event; a statement only
    ("Министр обороны Индии 19 сентября выступил в парламенте страны.", []),
    ("Министр обороны Индии 19 сентября заявил журналистам, что доволен.", []),
])
def test_one_side_with_a_kind_of_event_is_on_the_topic(tmp_path, sentence, expected):
    config_path = tmp_path / "site.yaml"
    config_path.write_text(yaml.safe_dump(NARROW, allow_unicode=True), encoding="utf-8")
    story = ("Россия и Индия 20 сентября начали совместные военные учения.\n\n"
             "В Нью-Дели в эти дни проходит книжная ярмарка, на нее приехали издатели.\n\n"
             f"{sentence}\n")
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-09-21\nlanguage: ru\n---\nРоссия и Индия начали "
                    f"учения\n\n{story}", encoding="utf-8")
    result = analyse_article(read_article(path), load_config(config_path, required=True))
    assert [c.date for c in result.candidates][1:] == expected, result.explain
