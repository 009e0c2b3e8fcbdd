"""Rules of the fifteenth Russian round (issue 11): recall on unseen Russian articles by
general conventions of Russian news text, tested on invented lines with near-misses."""

import datetime as dt

import pytest

from chronology import dates
from chronology.extraction.theatres import other_phases

from .russian_story import candidates as _candidates

DESCRIBED = "Вице-премьер России Алексей Оверчук передал Хаменеи приветствие Путина."


@pytest.mark.parametrize("first", [
    # the other side's subject and its verb before the name: no description of the person
    "Али Хаменеи принял Алексея Оверчука в своей резиденции.",
    # two people joined by "и": the words before "и" are the other one's
    "Али Хаменеи и Алексей Оверчук на встрече в Тегеране.",
])
def test_a_person_takes_the_side_of_his_description_only(tmp_path, first):
    story = f"{first}\n\n{DESCRIBED}\n\nОверчук накануне встретился с Хаменеи."
    result = _candidates(tmp_path, story, headline="Визит в Тегеран", published="2017-09-20")
    assert "2017-09-19" in [c.date for c in result.candidates], result.explain


def test_a_description_after_the_verb_still_names_the_side(tmp_path):
    # near-miss: "прибыл министр обороны России Андрей Белов": the verb comes before the
    # person's own description, which still gives his side
    story = ("В Тегеран прибыл министр обороны России Андрей Белов, сообщает ИРНА.\n\n"
             "Белов накануне осмотрел базу Хамадан.")
    result = _candidates(tmp_path, story, published="2017-09-20")
    assert "2017-09-19" in [c.date for c in result.candidates], result.explain


def test_a_person_named_only_after_the_other_sides_verb_takes_no_side(tmp_path):
    # near-miss: nobody tells whose Petrov is; a later sentence naming him and Tehran only is
    # one side's
    story = ("Хаменеи принял Ивана Петрова в Тегеране.\n\n"
             "Петров накануне посетил выставку в Тегеране.")
    result = _candidates(tmp_path, story, headline="Визит в Тегеран", published="2017-09-20")
    assert "2017-09-19" not in [c.date for c in result.candidates], result.explain


VISIT_LEAD = "Министр обороны России Сергей Шойгу прибыл с визитом в Иран, сообщило агентство ИРНА."


def test_a_deck_under_the_headline_leaves_the_opening_to_the_lead(tmp_path):
    # a one-sentence first paragraph naming no side, under a headline that names one: the
    # page's deck; the agency's lead after it tells the day's news
    story = f"Самолет министра приземлился в аэропорту столицы.\n\n{VISIT_LEAD}"
    result = _candidates(tmp_path, story, headline="Министр прибыл с визитом в Тегеран",
                         published="2017-09-20")
    assert [c.date for c in result.candidates] == ["2017-09-20"], result.explain
    assert "Шойгу" in result.candidates[0].title


def test_a_first_sentence_under_a_headline_of_both_sides_is_the_lead(tmp_path):
    # near-miss: the headline names both sides and an act: its first sentence is the lead
    # and takes the headline's sides
    story = "Торжественная церемония прошла в порту Энзели.\n\nОна собрала много гостей."
    result = _candidates(tmp_path, story, headline="Россия и Иран начали совместные учения",
                         published="2017-09-20")
    assert [c.date for c in result.candidates] == ["2017-09-20"], result.explain
    assert "церемония" in result.candidates[0].sources[0].quote


ROUND_LEAD = ("Министр обороны России Сергей Шойгу прибыл в Тегеран, где примет участие во втором "
              "раунде консультаций России и Ирана.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # another member of the series the sentence before numbered: between the same sides
    ("Первый раунд состоялся в Москве в марте 2016 года.", ["2017-09-20", "2016-03"]),
    # near-misses: an ordinal of an office, and an ordinal of another thing
    ("Первый заместитель министра прилетел в Москву в марте 2016 года.", ["2017-09-20"]),
    ("Первый снег выпал в Москве в марте 2016 года.", ["2017-09-20"]),
])
def test_another_member_of_a_numbered_series_is_between_the_same_sides(tmp_path, sentence,
                                                                       expected):
    result = _candidates(tmp_path, f"{ROUND_LEAD} {sentence}", headline="Шойгу в Тегеране",
                         published="2017-09-20")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # "прошлые": the earlier ones of the act just told, as "предыдущие" are
    ("Прошлые патрулирования были в марте.", ["2017-09-20", "2017-03"]),
    # near-miss: "в прошлом месяце" is a date, not the earlier ones
    ("В прошлом месяце в Москве выпал снег.", ["2017-09-20"]),
])
def test_the_earlier_ones_are_between_the_same_sides(tmp_path, sentence, expected):
    lead = "Россия и Иран провели третье совместное патрулирование в Каспийском море."
    result = _candidates(tmp_path, f"{lead} {sentence}", headline="Патрулирование",
                         published="2017-09-20")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # two days of one month that are no range: each a date, the first with the month after
    ("Прошлые стрельбы были 4 и 18 мая.", ["2017-05-04", "2017-05-18"]),
    ("Корабли заходили в порт 5 и 19 августа 2016 года.", ["2016-08-05", "2016-08-19"]),
    # near-misses: two days in a row are a range; numbers of people are no days
    ("Учения прошли 2 и 3 сентября.", ["2017-09-02"]),
    ("В учениях участвовали 5 и 19 человек в марте.", ["2017-03"]),
])
def test_two_days_of_one_month(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2017, 9, 21), language="ru")
    assert [m.value for m in mentions] == expected


BELOV_LEAD = "Министр обороны России Андрей Белов прибыл в Тегеран, сообщает ИРНА."


@pytest.mark.parametrize(("sentence", "expected"), [
    # a pronoun or an office without its holder's name before a past verb: the person last
    # named, whose side the sentence then names
    ("Накануне он выступил в парламенте Ирана.", ["2017-09-20", "2017-09-19"]),
    ("Последний раз министр приезжал в Иран в мае 2016 года.", ["2017-09-20", "2016-05"]),
    # near-misses: an office with its own side named, and no past act after the pointer
    ("Накануне министр Ирана выступил в парламенте.", ["2017-09-20"]),
    ("По мнению экспертов Ирана, он в мае 2016 года - лучший министр.", ["2017-09-20"]),
    # near-miss: an office the person last named does not hold is another person
    ("Накануне президент выступил в парламенте Ирана.", ["2017-09-20"]),
])
def test_a_pointer_to_the_person_last_named_names_his_side(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{BELOV_LEAD}\n\n{sentence}", headline="Белов в Тегеране",
                         published="2017-09-20")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "title"), [
    # the pronoun's person by the surname the text writes in the nominative
    ("Накануне он выступил в парламенте Ирана.", "Белов выступил в парламенте Ирана"),
    # near-miss: an office keeps its own words
    ("Последний раз министр приезжал в Иран в мае 2016 года.", "Последний раз министр приезжал"),
])
def test_a_title_names_the_person_a_pronoun_points_to(tmp_path, sentence, title):
    result = _candidates(tmp_path, f"{BELOV_LEAD}\n\n{sentence}", headline="Белов в Тегеране",
                         published="2017-09-20")
    assert result.candidates[-1].title.startswith(title), result.explain


def test_a_person_after_two_sides_joined_by_and_takes_neither(tmp_path):
    # near-miss: "министры обороны России и Ирана Андрей Белов ...": the "и" joins the two
    # sides, not two people; Belov is given no side by it (not Iran's)
    story = ("Министры обороны России и Ирана Андрей Белов и Хосейн Карими встретились в "
             "Москве.\n\nНакануне Белов выступил в Москве.")
    result = _candidates(tmp_path, story, headline="Встреча министров", published="2017-09-20")
    assert "2017-09-19" not in [c.date for c in result.candidates], result.explain


@pytest.mark.parametrize(("date_a", "told_a", "date_b", "told_b", "apart"), [
    # a flight's departure and its arrival on the next day: two phases, two events
    ("2019-03-22", "Самолеты Ту-154 и Ил-76 вылетели в Дамаск с подмосковного аэродрома.",
     "2019-03-23", "Самолеты Ту-154 и Ил-76 прибыли в Дамаск.", True),
    ("2019-03-22", "Отряд кораблей покинул базу в Североморске.",
     "2019-03-25", "Отряд кораблей прибыл в порт Бандар-Аббас.", True),
    # near-misses: one day; the flight named by a noun; a report of the arrival twice
    ("2019-03-23", "Самолеты вылетели в Дамаск и приземлились там вечером.",
     "2019-03-23", "Самолеты прибыли в Дамаск.", False),
    ("2019-03-22", "Вылет самолетов в Дамаск прошел без происшествий.",
     "2019-03-23", "Самолеты прибыли в Дамаск.", False),
    ("2019-03-22", "Самолеты прибыли в Дамаск.", "2019-03-23", "Самолеты прибыли в Дамаск.",
     False),
])
def test_a_departure_and_an_arrival_on_other_days_are_two_acts(date_a, told_a, date_b, told_b,
                                                                 apart):
    assert other_phases(date_a, told_a, "ru", date_b, told_b, "ru") is apart
