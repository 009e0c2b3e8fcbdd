"""Rules from the eighth round's dev articles (issue 11), tested on invented Russian lines."""
import datetime as dt
from pathlib import Path

import pytest

from chronology import dates
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


@pytest.mark.parametrize("dateline", ["", "МОСКВА, 17 марта. /ТАСС/. "])
def test_a_leads_side_clause_of_a_recent_day_tells_when_the_lead_happened(tmp_path, dateline):
    # 17 March 2017 is a Friday: "в среду" is two days before, the lead's own news
    result = _candidates(tmp_path, f"{dateline}Россия и Иран объявили о соглашении, которое "
                                   "вступило в силу в среду.")
    assert [c.date for c in result.candidates] == ["2017-03-15"], result.explain
    assert result.candidates[0].title.startswith("Россия и Иран объявили о соглашении")
    assert result.candidates[0].sources[0].quote.startswith("Россия и Иран объявили")


@pytest.mark.parametrize(("side", "expected"), [
    ("контракт на которые был подписан 1 марта", "2017-03-01"),   # sixteen days before
    ("которые были заказаны в 2007 году", "2007"),
])
def test_a_leads_side_clause_of_an_older_date_is_a_second_act(tmp_path, side, expected):
    result = _candidates(tmp_path, f"Россия передала Ирану комплексы С-300, {side}.")
    assert [c.date for c in result.candidates] == ["2017-03-17", expected], result.explain
    assert result.candidates[0].title == "Россия передала Ирану комплексы С-300"


LEAD = ("Подразделение сухопутных войск Ирана прибыло на полигон в Астраханской области для "
        "участия в совместном учении с Россией, сообщил в пятницу представитель округа.")


@pytest.mark.parametrize(("quote", "expected"), [
    # a quotation that tells an act in the past dates it, as in English
    ("\"Иранские военнослужащие прибыли на полигон в среду вечером\", - сказал он.",
     ["2017-03-15"]),
    ("«Иранские военнослужащие прибыли на полигон в среду вечером, активная фаза учения "
     "начнется 20 марта», — сказал он.", ["2017-03-15"]),
    # a plan, "today" in the speaker's words: the lead's statement day stays
    ("\"Активная фаза учения с иранскими военными начнется в понедельник\", - сказал он.",
     ["2017-03-17"]),
    ("\"Сегодня иранские военнослужащие прибыли на полигон\", - сказал он.", ["2017-03-17"]),
])
def test_a_quoted_act_after_a_lead_dated_by_its_statement_tells_when(tmp_path, quote, expected):
    result = _candidates(tmp_path, f"{LEAD}\n\n{quote}")
    assert [c.date for c in result.candidates] == expected, result.explain
    assert result.candidates[0].title.startswith("Подразделение сухопутных войск Ирана прибыло")


def test_a_quoted_act_with_no_lead_before_it_is_dated_alone(tmp_path):
    result = _candidates(tmp_path, "Учения России и Ирана продолжаются в Астраханской области."
                                   "\n\n\"Иранские военнослужащие прибыли на полигон в среду "
                                   "вечером\", - сказал представитель округа.")
    assert "2017-03-15" in [c.date for c in result.candidates], result.explain


def test_another_persons_earlier_words_do_not_date_the_lead(tmp_path):
    # the sentence after the lead opens with "Ранее": an earlier act, not the lead's day
    result = _candidates(tmp_path, f"{LEAD}\n\nРанее, в среду, в Москву прибыла делегация "
                                   "министерства обороны Ирана.")
    assert [c.date for c in result.candidates] == ["2017-03-17", "2017-03-15"], result.explain


@pytest.mark.parametrize("attribution", ["выяснил «Ъ»", "узнали «Известия»"])
def test_a_papers_own_finding_is_a_report_not_an_act(tmp_path, attribution):
    result = _candidates(tmp_path, f"Иран может стать покупателем российских истребителей "
                                   f"Су-35, {attribution}.")
    assert result.candidates == [], result.explain


def _story(tmp_path, headline: str, story: str, published: str = "2017-03-17"):
    path = tmp_path / "b.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: ru\n---\n{headline}\n\n{story}\n",
                    encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


PILOTS = ("Группа иранских военных летчиков завершила курс переподготовки на российских "
          "самолетах в Ульяновске.")


@pytest.mark.parametrize(("after", "expected"), [
    # no side named, right after the lead in its paragraph, a day just before: the lead's day
    (" Торжественное вручение дипломов состоялось во вторник.", ["2017-03-14"]),
    # a new paragraph, or an older day: no longer the lead's news
    ("\n\nТоржественное вручение дипломов состоялось во вторник.", ["2017-03-17"]),
    (" Торжественное вручение дипломов состоялось 1 марта.", ["2017-03-17"]),
])
def test_a_sentence_naming_no_side_right_after_the_lead_tells_its_day(tmp_path, after, expected):
    result = _story(tmp_path, "Иранские летчики завершили обучение", PILOTS + after)
    assert [c.date for c in result.candidates] == expected, result.explain
    assert result.candidates[0].title.startswith("Группа иранских военных летчиков завершила")


def test_a_place_date_and_agency_line_is_not_the_first_paragraph(tmp_path):
    # the headline names Iran alone; the first real paragraph names both sides, so a
    # sentence naming Iran and an act is on topic (the article's date is read from the line)
    path = tmp_path / "c.txt"
    path.write_text("Иранские летчики завершили обучение в Ульяновске\n\nУльяновск, 17 марта 2017. "
                    "ИА «Мосмедиа».\n\nГруппа иранских военных летчиков завершила курс "
                    "переподготовки на российских самолетах Ил-76 в Ульяновском центре подготовки "
                    "авиационного персонала. Выпускникам вручили дипломы.\n\nОбучение иранские "
                    "специалисты начали в январе.\n", encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    assert result.reference.iso == "2017-03-17"
    assert [c.date for c in result.candidates] == ["2017-03-17", "2017-01"], result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Передача Ирану первой партии радаров состоялась 11 марта.", ["2017-03-11"]),
    ("Отправка в Иран первой партии радаров состоялась 9 марта.", ["2017-03-09"]),
    # a word that only begins like one (a TV programme) is no act
    ("Телепередача об Иране вышла 11 марта.", []),
])
def test_an_act_named_by_its_noun_with_one_side(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"Иранская делегация 1 марта прибыла в Москву для "
                                   f"переговоров с Россией.\n\n{sentence}")
    dates = [c.date for c in result.candidates if not c.sources[0].quote.startswith("Иранская")]
    assert dates == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # one side named and an act of receiving, sending troops, entering into force or duty
    ("Иран получил первую партию радаров 9 марта.", ["2017-03-09"]),
    ("Тегеран направил в Сирию около тысячи военнослужащих в феврале.", ["2017-02"]),
    ("Соглашение с Ираном вступило в силу 10 марта.", ["2017-03-10"]),
    ("Иранский дивизион С-300 заступил на боевое дежурство 6 марта.", ["2017-03-06"]),
    # a past act dated after the article's month is no event; a plan of that month still is
    ("Иран получил первые Як-130 в сентябре 2018 года.", []),
    ("Россия передаст Ирану первые Як-130 в сентябре 2018 года.", ["2018-09"]),
])
def test_more_acts_with_one_side(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"Иранская делегация 1 марта прибыла в Москву для "
                                   f"переговоров с Россией.\n\n{sentence}")
    dates = [c.date for c in result.candidates if not c.sources[0].quote.startswith("Иранская")]
    assert dates == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Тегеран 10 марта ввел дополнительные войска на границу.", ["2017-03-10"]),
    ("Иран закрыл пограничный переход 5 марта.", ["2017-03-05"]),
])
def test_troops_sent_in_and_a_border_closed_are_acts(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"Иранская делегация 1 марта прибыла в Москву для "
                                   f"переговоров с Россией.\n\n{sentence}")
    dates = [c.date for c in result.candidates if not c.sources[0].quote.startswith("Иранская")]
    assert dates == expected, result.explain


@pytest.mark.parametrize(("quote", "title"), [
    ("\"Иранские военнослужащие прибыли на полигон в среду вечером\", - сказал он.",
     "Иранские военнослужащие прибыли на полигон"),
    ("«Иранские моряки прибыли в Астрахань 13 марта», — сообщили в штабе флотилии.",
     "Иранские моряки прибыли в Астрахань"),
])
def test_direct_speech_is_titled_by_what_was_said_without_its_date(tmp_path, quote, title):
    result = _candidates(tmp_path, f"Учения России и Ирана продолжаются.\n\n{quote}")
    assert [c.title for c in result.candidates] == [title], result.explain


def test_a_quotation_inside_a_sentence_keeps_its_marks(tmp_path):
    result = _candidates(tmp_path, "Россия 13 марта передала Ирану комплексы «Тор-М1», "
                                   "сообщили в Минобороны.")
    assert result.candidates[0].title == "Россия передала Ирану комплексы «Тор-М1»"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Тегеран 11 марта утвердил выделение средств на закупку.", ["2017-03-11"]),
    ("Иранские военные 9 марта завершили обучение в учебном центре.", ["2017-03-09"]),
])
def test_aid_granted_and_training_are_acts(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"Иранская делегация 1 марта прибыла в Москву для "
                                   f"переговоров с Россией.\n\n{sentence}")
    dates = [c.date for c in result.candidates if not c.sources[0].quote.startswith("Иранская")]
    assert dates == expected, result.explain


@pytest.mark.parametrize(("text", "expected"), [
    # counted on from the last date told
    ("Делегация прибыла 1 марта. В том же месяце стороны подписали протокол.",
     [("2019-03-01", "day"), ("2019-03", "month")]),
    ("Делегация прибыла 1 марта. В том же году стороны провели учения.",
     [("2019-03-01", "day"), ("2019", "year")]),
    ("Делегация прибыла 1 марта. Неделей позже стороны подписали протокол.",
     [("2019-03-01", "day"), ("2019-03-08", "day")]),
    ("Делегация прибыла 1 марта. Через два дня стороны подписали протокол.",
     [("2019-03-01", "day"), ("2019-03-03", "day")]),
    # a plan: from the day of writing
    ("Учения начнутся через неделю.", [("2019-03-21", "day")]),
    ("Россия передаст радары через два года.", [("2021", "year")]),
    # no count, nothing told before, or neither a plan nor a past act: no date
    ("Через несколько дней стороны провели учения.", []),
    ("Через месяц стороны провели учения.", []),
    ("Делегация прибыла 1 марта. Корабль ждут через два месяца.", [("2019-03-01", "day")]),
])
def test_dates_counted_from_the_last_date_told_or_from_writing(text, expected):
    found = dates.find_mentions(text, dt.date(2019, 3, 14), language="ru")
    assert [(m.value, m.precision) for m in found if m.is_calendar] == expected


@pytest.mark.parametrize("place", ["о. Чечень", "пр. Мира", "пгт Ильинский"])
def test_an_island_or_an_avenue_abbreviation_ends_no_sentence(tmp_path, place):
    result = _candidates(tmp_path, f"Иранские моряки 9 марта высадились у {place} и провели "
                                   "учения с российскими коллегами.")
    assert [c.date for c in result.candidates] == ["2017-03-09"], result.explain
    assert result.candidates[0].sources[0].quote.endswith("коллегами.")


START = "В пятницу, 17 марта, стартуют совместные учения России и Ирана на Каспии."


@pytest.mark.parametrize(("after", "expected"), [
    # the same act named again by the word for its kind, the same day: one event
    ("Маневры российских и иранских моряков пройдут с 17 по 20 марта.", ["2017-03-17"]),
    # another one, or another day: two
    ("Другие учения российских и иранских моряков пройдут с 17 по 20 марта.",
     ["2017-03-17", "2017-03-17"]),
    ("Маневры российских и иранских моряков пройдут с 18 по 20 марта.",
     ["2017-03-17", "2017-03-18"]),
    ("Учения российских и иранских летчиков также пройдут 17 марта.",
     ["2017-03-17", "2017-03-17"]),
])
def test_an_act_named_again_by_its_kind_on_its_day_is_one_event(tmp_path, after, expected):
    result = _candidates(tmp_path, f"{START}\n\n{after}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("opening", "expected"), [
    # "на днях" is the last few days: the lead convention's "the day's news or shortly before"
    ("На днях Россия передала Ирану партию радаров.", ["2017-03-17"]),
    # "Ранее", "недавно" point to another time
    ("Ранее Россия передала Ирану партию радаров.", []),
])
def test_an_opening_of_the_last_few_days_is_the_news(tmp_path, opening, expected):
    result = _candidates(tmp_path, opening)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_reflexive_participle_phrase_is_a_side_clause(tmp_path):
    # "начавшиеся 4 марта" tells when the drills began, a side fact; the main clause's day wins
    result = _candidates(tmp_path, "Учения России и Ирана, начавшиеся 4 марта, завершились в "
                                   "среду.")
    assert [c.date for c in result.candidates] == ["2017-03-15"], result.explain


@pytest.mark.parametrize(("text", "expected"), [
    ("5 марта с.г. стороны подписали соглашение.", "2019-03-05"),
    ("В феврале т.г. стороны провели учения.", "2019-02"),
    ("В декабре п.г. стороны провели учения.", "2018-12"),
])
def test_the_abbreviations_of_this_and_last_year(text, expected):
    found = dates.find_mentions(text, dt.date(2019, 3, 14), language="ru")
    assert [m.value for m in found if m.is_calendar] == [expected]


def test_a_date_with_an_abbreviated_year_opening_a_sentence_is_not_cut_off(tmp_path):
    result = _candidates(tmp_path, "13 марта с.г. Россия и Иран подписали соглашение.")
    assert [c.date for c in result.candidates] == ["2017-03-13"], result.explain
    assert result.candidates[0].title == "Россия и Иран подписали соглашение"


@pytest.mark.parametrize(("text", "expected"), [
    ("Корабли 09.03.19 провели учения.", ["2019-03-09"]),
    ("Корабли 09.03.98 провели учения.", ["1998-03-09"]),
    # a version number or a short day and month is no date
    ("Версия 1.02.03 вышла.", []),
    ("Рост составил 3.5.19.", []),
])
def test_a_date_with_a_short_year(text, expected):
    found = dates.find_mentions(text, dt.date(2019, 3, 14), language="ru")
    assert [m.value for m in found if m.is_calendar] == expected


# Review of issue 11 (third round): invented lines, articles of Wednesday 13 March 2019.
@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # a two-digit year in Persian copy is Solar Hijri: 15 Khordad 1398
    ("ناوگان روز ۱۵.۰۳.۹۸ وارد بندر شد.", "fa", dt.date(2019, 6, 5), ["2019-06-05"]),
    ("ناوگان روز 12.01.98 وارد بندر شد.", "fa", dt.date(2019, 6, 5), ["2019-04-01"]),
    # no Solar year near the reference: unsure, no date (never 2019 nor 1998)
    ("ناوگان روز 15.03.19 وارد بندر شد.", "fa", dt.date(2019, 6, 5), []),
    # a version label's date is no day of an act; the same date after other words stays
    ("Сайт ведомства (версия 10.03.19) сообщил о поставке.", "ru", dt.date(2019, 3, 13), []),
    ("Сайт ведомства (ред. от 10.03.19) сообщил о поставке.", "ru", dt.date(2019, 3, 13), []),
    ("Корабли (прибыли 10.03.19) провели учения.", "ru", dt.date(2019, 3, 13), ["2019-03-10"]),
])
def test_a_short_year_in_persian_copy_is_solar_and_a_version_label_no_date(
        text, language, published, expected):
    found = dates.find_mentions(text, published, language=language)
    assert [m.value for m in found if m.is_calendar] == expected


@pytest.mark.parametrize(("story", "expected"), [
    # "и пр." closes a list: the next capitalised sentence is its own
    ("Россия поставила Ирану снаряды, запчасти и пр. Учения ВМС двух стран начнутся "
     "20 марта.", ["2017-03-17", "2017-03-20"]),
    # near-misses: "пр." of an avenue, "пр." not after "и", runs on
    ("Иранские моряки 9 марта посетили завод на пр. Мира и провели учения с российскими "
     "коллегами.", ["2017-03-09"]),
])
def test_and_so_on_ends_a_sentence(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # a denied act has no day: a quoted denial is no event; a denial opening the story is
    # the day's news (a statement of the reference day), never Monday; a statement's own
    # date dates the denial
    ("Представитель Кремля отверг сообщения о поставках. «Никаких С-300 Иран в понедельник "
     "не получал», — сказал он журналистам.", []),
    ("Иран в понедельник не получил от России комплексы С-300, сообщил источник.",
     ["2017-03-17"]),
    ("Представитель Кремля в среду заявил, что Иран в понедельник не получал С-300.",
     ["2017-03-15"]),
    # near-misses: the act told, and an act with a negated side clause
    ("Иран в понедельник получил от России комплексы С-300, сообщил источник.", ["2017-03-13"]),
    ("Иран в понедельник получил от России комплексы С-300, которые еще не были оплачены.",
     ["2017-03-13"]),
    # a date in another clause than the denial dates its own act
    ("Консультации России и Ирана по С-400, начатые еще в конце 2015 года, пока не вышли на "
     "стадию контракта.", ["2015"]),
])
def test_a_negated_act_is_no_event(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize("prefix", ["Как выяснил \"Ъ\", ", "Как узнали «Известия», ",
                                    "Как сообщил ТАСС, "])
def test_a_source_prefix_with_a_quoted_outlet_is_dropped_whole(tmp_path, prefix):
    result = _candidates(tmp_path, f"{prefix}Россия передала Ирану партию С-300 в понедельник.")
    assert [c.title for c in result.candidates] == ["Россия передала Ирану партию С-300"]


@pytest.mark.parametrize(("text", "expected"), [
    # counted from an act named after it, not from the last date told: no date
    ("В 2015 году корабли прибыли в порт. Через два дня после прибытия кораблей начались "
     "учения.", ["2015"]),
    ("Корабли прибыли 5 марта. Спустя неделю после возвращения экипажей прошли учения.",
     ["2019-03-05"]),
    # near-misses: "после этого" is the act just told, counted from its date
    ("Корабли прибыли 5 марта. Через два дня после этого начались учения.",
     ["2019-03-05", "2019-03-07"]),
    ("Корабли прибыли 5 марта. Через два дня начались учения.", ["2019-03-05", "2019-03-07"]),
])
def test_days_after_a_named_act_are_no_date(text, expected):
    found = dates.find_mentions(text, dt.date(2019, 3, 13), language="ru")
    assert [m.value for m in found if m.is_calendar] == expected


@pytest.mark.parametrize(("lead", "title"), [
    # a relative clause's recent date dates the clause's own act; the lead keeps its day
    ("Россия осудила удар Израиля по иранским объектам в Сирии, который был нанесен 15 марта.",
     "Удар Израиля по иранским объектам в Сирии, который был нанесен"),
    ("Министр обороны России провел переговоры с иранским коллегой, который прибыл в Москву "
     "15 марта.", "Переговоры с иранским коллегой, который прибыл в Москву"),
    ("Россия и Иран обсудили поставки вооружений, которые были согласованы 15 марта.",
     "Поставки вооружений, которые были согласованы"),
])
def test_a_relative_clauses_recent_date_is_its_own_acts(tmp_path, lead, title):
    result = _candidates(tmp_path, f"МОСКВА, 17 марта. /ТАСС/. {lead}")
    assert [c.date for c in result.candidates] == ["2017-03-17", "2017-03-15"], result.explain
    assert result.candidates[1].title == title


def test_an_announced_thing_dated_in_its_side_clause_is_the_news(tmp_path):
    # near-miss: the lead only announces what the clause dates: one event, the clause's day
    result = _candidates(tmp_path, "МОСКВА, 17 марта. /ТАСС/. Россия и Иран объявили о "
                                   "прекращении поставок, которое вступило в силу 15 марта.")
    assert [c.date for c in result.candidates] == ["2017-03-15"], result.explain


DRILLS = "МОСКВА, 17 марта. /ТАСС/. Военно-морские силы России и Ирана готовятся к учениям."


@pytest.mark.parametrize(("story", "expected"), [
    # a quotation telling another kind of act is its own event; the lead keeps its day
    ("МОСКВА, 17 марта. /ТАСС/. Россия и Иран подписали контракт на поставку Су-35. \"Первые "
     "самолеты Иран получил еще во вторник\", - сказал источник.", ["2017-03-17", "2017-03-14"]),
    (f"{DRILLS} \"Мы передали Ирану четыре вертолета Ми-17 во вторник\", - сказал он.",
     ["2017-03-17", "2017-03-14"]),
    # near-miss: the same act quoted with its day dates the lead
    ("МОСКВА, 17 марта. /ТАСС/. Российские корабли прибыли в иранский порт Бендер-Аббас. "
     "\"Корабли прибыли в порт во вторник\", - сказал командующий ВМС Ирана.", ["2017-03-14"]),
])
def test_a_quoted_act_of_another_kind_does_not_date_the_lead(tmp_path, story, expected):
    result = _candidates(tmp_path, story)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("after", "expected"), [
    # a ceremony of the lead's act, naming only a place of a side: the lead's day
    ("Церемония прошла во вторник в Тегеране.", ["2017-03-14"]),
    # another act: not the lead's day
    ("Во вторник в Тегеране прошел концерт военного оркестра.", ["2017-03-17", "2017-03-14"]),
    ("Во вторник в Астрахани прошел концерт военного оркестра.", ["2017-03-17"]),
])
def test_only_the_leads_own_act_next_tells_its_day(tmp_path, after, expected):
    result = _candidates(tmp_path, "МОСКВА, 17 марта. /ТАСС/. Россия и Иран подписали "
                                   f"соглашение о военном сотрудничестве. {after}")
    assert [c.date for c in result.candidates] == expected, result.explain
    assert result.candidates[0].title.startswith("Россия и Иран подписали соглашение")


@pytest.mark.parametrize(("first", "after", "expected"), [
    # another designation, or another place or fleet: another act of the same kind
    ("Россия и Иран 15 марта подписали контракт на поставку Су-35.",
     "Контракт на поставку С-400 был подписан 15 марта в Дубае.", ["2017-03-15", "2017-03-15"]),
    ("Россия и Иран 20 марта начнут совместные учения на Каспии.",
     "Учения Северного флота пройдут 20 марта в Баренцевом море.", ["2017-03-20", "2017-03-20"]),
    # near-misses: the same act told again, its place or thing named again
    ("Россия и Иран 15 марта подписали контракт на поставку Су-35.",
     "Контракт на поставку Су-35 был подписан 15 марта.", ["2017-03-15"]),
    ("Россия и Иран 20 марта начнут совместные учения на Каспии.",
     "Учения на Каспии пройдут 20 марта.", ["2017-03-20"]),
])
def test_an_act_of_the_same_kind_naming_another_thing_is_another(tmp_path, first, after,
                                                                 expected):
    result = _candidates(tmp_path, f"МОСКВА, 17 марта. /ТАСС/. {first} {after}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "title"), [
    # direct speech holding a name in inner quotes is titled by what was said
    ("«Мы получили „Тор-М2“ от России во вторник», — сказал посол Ирана в Москве.",
     "Мы получили „Тор-М2“ от России"),
    # a sentence that is its attribution alone keeps its verb, not the speaker's name alone
    ("Замдиректора ФСВТС Михаил Петухов рассказал о поставках вертолетов в Иран во вторник.",
     "Замдиректора ФСВТС Михаил Петухов рассказал о поставках вертолетов в Иран"),
    # near-miss: an attribution after the act still goes
    ("Россия передала Ирану вертолеты Ми-17 во вторник, рассказал Михаил Петухов.",
     "Россия передала Ирану вертолеты Ми-17"),
])
def test_titles_of_speech(tmp_path, sentence, title):
    result = _candidates(tmp_path, f"Посол прокомментировал сделку.\n\n{sentence}")
    assert [c.title for c in result.candidates] == [title], result.explain


def test_days_after_an_act_dated_just_before_count_from_it():
    import datetime as dt

    from chronology.dates import find_mentions
    text = ("Иранская делегация прибыла в Москву 1 марта. Через два дня после прибытия стороны "
            "подписали меморандум о сотрудничестве.")
    assert [m.value for m in find_mentions(text, dt.date(2024, 3, 13), language="ru")] == [
        "2024-03-01", "2024-03-03"]
