"""Rules of the tenth Russian round (issue 11): general Russian news conventions, tested on
invented lines with near-misses."""
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article
from chronology.languages import language

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran
HEADLINE = "Россия и Иран укрепляют военное сотрудничество"
RU = language("ru")


def _candidates(tmp_path, story: str, published: str = "2017-03-17"):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{HEADLINE}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


@pytest.mark.parametrize(("story", "expected"), [
    # an agency lead in the present, with no dateline: the news of the day of writing
    ("Россия и Иран начинают совместные учения в Каспийском море.", ["2017-03-17"]),
    ("Минобороны России проводит совместные с Ираном учения в Каспийском море.",
     ["2017-03-17"]),
    ("Иранские корабли прибывают в Махачкалу для участия в совместных учениях с Россией.",
     ["2017-03-17"]),
    ("Россия и Иран проходят заключительный этап совместных учений, сообщает Минобороны.",
     ["2017-03-17"]),
    # near-misses: a habit, a plan, a view, a perfective's future, a state; no act named
    ("Россия и Иран ежегодно проводят совместные учения в Каспийском море.", []),
    ("Россия и Иран будут проводить совместные учения в Каспийском море.", []),
    ("Эксперты считают, что Россия и Иран расширяют военное сотрудничество.", []),
    ("Россия поставит Ирану зенитные комплексы С-300 в рамках контракта.", []),
    ("Россия и Иран продолжают переговоры о военном сотрудничестве уже много лет.", []),
    ("Россия и Иран остаются стратегическими партнерами в регионе Каспийского моря.", []),
    ("Россия наращивает поставки вооружений Ирану, несмотря на санкции.", []),
])
def test_a_lead_in_the_present_is_the_days_news(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_present_standfirst_is_the_opening(tmp_path):
    # a first paragraph of one present sentence is the lead, not a standfirst over it
    story = ("Россия и Иран начинают совместные учения в Каспийском море.\n\n"
             "В учениях участвуют корабли Каспийской флотилии и ВМС Ирана.")
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == ["2017-03-17"], result.explain


@pytest.mark.parametrize(("words", "past"), [
    # plural nouns in -ли and nouns in -л/-ла are no past verbs
    ("российские истребители", False), ("новые корабли", False),
    ("Истребители ВКС России", False), ("представители Ирана", False),
    ("в течение недели", False), ("модели С-400", False), ("посол России", False),
    ("нового посла", False), ("генерала армии", False), ("протокол о намерениях", False),
    # near-misses: the verbs that end the same way, after a subject that is an adjective
    # of its own ("военные"), a participle or a pronoun, or with a verb's stem ("летели")
    ("Российские военные прибыли", True), ("Корабли прибыли", True),
    ("военнослужащие прибыли", True), ("самолеты прилетели", True), ("стороны хотели", True),
    ("истребители вылетели", True), ("прибывшие провели", True), ("многие заявили", True),
    ("Соглашение подписали", True), ("Прибытие состоялось", True), ("все прибыли", True),
])
def test_nouns_that_end_as_past_verbs_are_none(words, past):
    assert bool(RU.past.search(RU.normalise(words))) is past


@pytest.mark.parametrize(("story", "expected"), [
    # a lead dated to an earlier week is no news of the day of writing
    ("Иранская военная делегация на прошлой неделе побывала на российском авиазаводе.", []),
    # near-misses: the week of writing, or no week at all
    ("Иранская военная делегация на этой неделе побывала на российском авиазаводе.",
     ["2017-03-17"]),
    ("Иранская военная делегация побывала на российском авиазаводе.", ["2017-03-17"]),
])
def test_a_lead_of_an_earlier_week_is_not_the_days_news(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # one side of the topic with another country: that country's news, not the topic's
    ("МОСКВА, 17 марта. /ТАСС/. Россия и Китай начали совместные военно-морские учения.", []),
    ("МОСКВА, 17 марта. /ТАСС/. Россия передала Индии зенитные комплексы С-400.", []),
    ("МОСКВА, 17 марта. /ТАСС/. Российско-китайские военно-морские учения начались в Японском "
     "море.", []),
    ("МОСКВА, 17 марта. /ТАСС/. Российско-иранские военно-морские учения начались в Каспийском "
     "море.", ["2017-03-17"]),
    # near-misses: both sides named; the country is a place or what the act is against
    ("МОСКВА, 17 марта. /ТАСС/. Россия, Иран и Китай начали совместные учения.",
     ["2017-03-17"]),
    ("МОСКВА, 17 марта. /ТАСС/. Иран направил в Сирию военных советников и технику для "
     "совместных учений с российскими войсками.", ["2017-03-17"]),
    ("МОСКВА, 17 марта. /ТАСС/. Россия провела учения по отражению атаки украинских "
     "беспилотников вместе с Ираном.", ["2017-03-17"]),
])
def test_one_side_with_another_country_is_off_topic(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_country_of_the_topic_is_no_other_country(tmp_path):
    # a Russia–China topic: China is a side, so a sentence naming it alone is the topic's
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2017-03-17\nlanguage: ru\n---\nУчения России и Китая\n\n"
                    "МОСКВА, 17 марта. /ТАСС/. Китайские корабли начали военно-морские учения.\n",
                    encoding="utf-8")
    topic = CONFIG.topic
    actors = {"Russia": topic.actors["Russia"], "China": ["China", "Китай", "КНР", "китайский"]}
    config = CONFIG.__class__(**{**CONFIG.__dict__, "topic": topic.__class__(
        **{**topic.__dict__, "actors": actors})})
    result = analyse_article(read_article(path), config)
    assert [c.date for c in result.candidates] == ["2017-03-17"], result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # two dates on a line: the main clause's act wins, a participle's dated act is a second
    # one or a side fact
    ("Российские корабли, вышедшие из Баку 12 марта, 15 марта прибыли в иранский порт Энзели.",
     ["2017-03-15"]),
    ("Подписанное 10 марта соглашение между Россией и Ираном вступило в силу 16 марта.",
     ["2017-03-16", "2017-03-10"]),
    ("Подписанное 10 марта межправительственное соглашение между Россией и Ираном вступило в "
     "силу 16 марта.", ["2017-03-16", "2017-03-10"]),
    # near-misses: one date only; a participle's phrase with a range of its own
    ("Российские корабли, вышедшие из Баку 12 марта, прибыли в иранский порт Энзели.",
     ["2017-03-12"]),
    ("Подписанное 10 марта соглашение между Россией и Ираном вступило в силу.",
     ["2017-03-10"]),
])
def test_the_main_clauses_date_wins_and_a_dated_participle_is_a_second_act(tmp_path, story,
                                                                          expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a later clause after "а" with its own subject and act: a second act of the same day
    ("В четверг Россия передала Ирану комплексы С-300, а Иран передал России беспилотники.",
     ["2017-03-16", "2017-03-16"]),
    ("В четверг Россия передала Ирану комплексы С-300, а Иран подписал контракт на поставку "
     "истребителей Су-35.", ["2017-03-16", "2017-03-16"]),
    # near-misses: a vague time of its own, a reporting verb, a clause of no kind of act
    ("В 2021 году Россия и Иран подписали контракт на поставку вертолетов, а первые машины "
     "прибыли на иранские авиабазы на днях.", ["2021"]),
    ("В четверг Россия передала Ирану комплексы С-300, а Иран сообщил о поставке.",
     ["2017-03-16"]),
    ("В четверг Россия передала Ирану комплексы С-300, а погода была хорошей.",
     ["2017-03-16"]),
])
def test_a_second_act_after_a_is_of_the_same_day(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "title"), [
    # a lead in the present loses its attribution as a past one does
    ("Россия и Иран проводят совместные учения в Каспийском море, сообщает Минобороны РФ.",
     "Россия и Иран проводят совместные учения в Каспийском море"),
    ("Россия и Иран ведут переговоры о поставках истребителей Су-35, сообщает Минобороны РФ.",
     "Россия и Иран ведут переговоры о поставках истребителей Су-35"),
])
def test_a_present_leads_title_drops_its_attribution(tmp_path, story, title):
    result = _candidates(tmp_path, story)
    assert [c.title for c in result.candidates] == [title], result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a present verb of an act by itself, no noun of a kind needed
    ("Иран получает первые истребители Су-35 от России, сообщают иранские СМИ.",
     ["2017-03-17"]),
    # near-misses: a habit, and a present verb of no act
    ("Иран регулярно получает от России истребители и вертолеты.", []),
    ("Иран нуждается в российских истребителях Су-35, пишут иранские СМИ.", []),
])
def test_a_present_verb_of_an_act_makes_a_lead(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a date after "что" is the date of what was said, not of the saying
    ("Министр обороны Ирана 16 марта заявил, что в феврале Россия передала Ирану комплексы "
     "С-300.", [("2017-02", "Министр обороны Ирана: Россия передала Ирану комплексы С-300")]),
    ("Министр обороны Ирана, выступая 16 марта в Тегеране, заявил, что в январе Россия "
     "передала Ирану комплексы С-300.",
     [("2017-01", "Министр обороны Ирана: Россия передала Ирану комплексы С-300")]),
    # near-miss: the saying's own date, before "что"
    ("Министр обороны Ирана заявил в среду, что Россия передала Ирану комплексы С-300.",
     [("2017-03-15", "Министр обороны Ирана: Россия передала Ирану комплексы С-300")]),
    # a side clause after "между которыми" leaves the title
    ("Россия и Иран, отношения между которыми развиваются с 1990-х годов, 16 марта подписали "
     "соглашение о военном сотрудничестве.",
     [("2017-03-16", "Россия и Иран подписали соглашение о военном сотрудничестве")]),
])
def test_a_date_of_what_was_said_is_the_acts(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [(c.date, c.title) for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "title"), [
    # a long title loses its opening adverbial phrase, not its main clause
    ("16 марта, спустя неделю после визита Шойгу в Тегеран, Россия и Иран подписали "
     "соглашение о военном сотрудничестве.",
     "Россия и Иран подписали соглашение о военном сотрудничестве"),
    # near-miss: a list of sides before the comma is the subject
    ("16 марта Россия, Иран и Китай подписали соглашение о военном сотрудничестве и "
     "совместных учениях в Индийском океане.",
     "Россия, Иран и Китай подписали соглашение о военном сотрудничестве"),
])
def test_a_long_titles_opening_adverbial_goes(tmp_path, story, title):
    result = _candidates(tmp_path, story)
    assert [c.title for c in result.candidates] == [title], result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a present lead and the next sentence telling its act again with its day: one event
    ("Отряд кораблей ВМС Ирана прибывает в порт Махачкала для участия в совместных учениях с "
     "Каспийской флотилией России.\n\nКорабли прибыли на рейд Махачкалы 16 марта.",
     ["2017-03-16"]),
    # near-miss: a day long before the lead's is no news of the day
    ("Отряд кораблей ВМС Ирана прибывает в порт Махачкала для участия в совместных учениях с "
     "Каспийской флотилией России.\n\nКорабли вышли из порта Энзели 10 марта.",
     ["2017-03-17", "2017-03-10"]),
])
def test_a_present_lead_takes_the_day_of_its_act_told_next(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # the next sentence tells the lead's act again: the lead takes its day
    ("Российские корабли прибывают в иранский порт Бендер-Аббас, сообщает ТАСС.\n\nКорабли "
     "прибыли в Бендер-Аббас 16 марта.", ["2017-03-16"]),
    # near misses: another place, another year (review): two events, the lead keeps its day
    ("Российские корабли прибывают в иранский порт Бендер-Аббас, сообщает ТАСС.\n\nИранский "
     "фрегат «Джамаран» прибыл в Махачкалу 14 марта.", ["2017-03-17", "2017-03-14"]),
])
def test_a_present_lead_takes_the_day_only_of_its_own_act_told_again(tmp_path, story,
                                                                      expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain
