"""The article's own date from the top of a Russian or Persian page: invented lines in the
formats outlets print (no text copied from any page), each with the reference date it
must give, or None where the line is no date of the article's own: a list of other
stories under its heading, the page's clock by the exchange rates, a photo's caption
under its credit, the page's "today" line.  A wrong date is worse than none."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2015, 2026)
RU_BODY = ("Военные двух стран провели совместные учения в северных водах, сообщили в "
           "министерстве обороны. В учениях приняли участие несколько кораблей.")
FA_BODY = ("نیروی دریایی دو کشور رزمایش مشترکی در آب‌های شمالی برگزار کردند و چند ناو و "
           "هواپیما در این رزمایش شرکت داشتند.")
HEAD = "Учения завершились\n\n"
FA_HEAD = "پایان رزمایش\n\n"

RUSSIAN = [
    # a stamp with its clock first, or seconds, or a month written first
    (HEAD + "09:41 3 апреля 2024", "2024-04-03"),
    (HEAD + "03.04.2024 09:41:07", "2024-04-03"),
    (HEAD + "Дата создания: 03.04.2024 09:41:07", "2024-04-03"),
    (HEAD + "Дата и время 3 апреля 2024 г., 09:41   Просмотров: 517", "2024-04-03"),
    (HEAD + "18:02 Апр. 3, 2024", "2024-04-03"),
    (HEAD + "Сен. 3, 2019", "2019-09-03"),
    (HEAD + "03.04.2024 в регионах", "2024-04-03"),
    (HEAD + "03.04.2024 09:41\nВерсия для печати Увеличить шрифт", "2024-04-03"),
    ("Последние новости\n3 апреля 2024, 09:41\n12\n\nУчения завершились\n\nФото: © Агентство",
     "2024-04-03"),
    # labels: the publication over the update, in either order
    (HEAD + "Обновлено: 4 апреля 2024, 10:00\nОпубликовано: 3 апреля 2024, 09:41",
     "2024-04-03"),
    (HEAD + "Опубликовано 03.04.2024 09:41 Обновлено 04.04.2024 10:00", "2024-04-03"),
    (HEAD + "Время публикации: 09:41, 3 апреля 2024", "2024-04-03"),
    (HEAD + "ср, 3 апреля 2024, 09:41", "2024-04-03"),
    (HEAD + "3 апреля 2024, среда, 09:41", "2024-04-03"),
    # the story's date line, then a list of other stories under its heading
    (HEAD + "3 апреля 2024, 09:41\nЧитайте также\nФлот получил новый корабль\n1 апреля 2024",
     "2024-04-03"),
    (HEAD + "03.04.2024\nНовости по теме:\n01.04.2024 Флот получил новый корабль", "2024-04-03"),
    # no date of the article's own
    (HEAD + "Новости по теме\nФлот получил новый корабль\n1 апреля 2024, 12:00", None),
    (HEAD + "Похожие новости\n1 апреля 2024 Флот получил новый корабль", None),
    (HEAD + "Другие новости\n01.04.2024 12:00\nФлот получил новый корабль", None),
    (HEAD + "Главное за день\n01.04.2024, 12:00: Флот получил новый корабль", None),
    (HEAD + "Сейчас читают\nФлот получил новый корабль\n01.04.2024", None),
    (HEAD + "На фото: корабли в порту 1 апреля 2024 года", None),
    (HEAD + "Источник фото: Агентство, 01.04.2024", None),
    (HEAD + "Кадр из видео, 01.04.2024", None),
    (HEAD + "Фото: Иван Петров / Агентство\nКорабли выходят из порта, 1 апреля 2024 года", None),
    ("3 апреля 2024\nUSD 92.51 -0.79 EUR 98.91 -0.65\nГлавная\nАрхив\n\nУчения завершились",
     None),
    (HEAD + "3 апреля 2024 | USD 92,51 | EUR 98,91", None),
    (HEAD + "Сегодня: среда, 3 апреля 2024", None),
    (HEAD + "Опубликовано: сегодня в 09:41", None),
    (HEAD + "позавчера, 09:41", None),
]

PERSIAN = [
    (FA_HEAD + "به‌روزرسانی: ۱۴۰۲/۰۵/۱۳ - ۱۰:۰۰\nتاریخ انتشار: ۱۴۰۲/۰۵/۱۲ - ۱۴:۳۰",
     "2023-08-03"),
    (FA_HEAD + "زمان انتشار: ۱۴:۳۰ - ۱۲ مرداد ۱۴۰۲", "2023-08-03"),
    (FA_HEAD + "۱۲ مرداد ۱۴۰۲ - ۱۴:۳۰\nاخبار مرتبط\n۱۰ مرداد ۱۴۰۲ ورود ناو جدید", "2023-08-03"),
    (FA_HEAD + "اخبار مرتبط\nورود ناو جدید\n۱۰ مرداد ۱۴۰۲", None),
    (FA_HEAD + "مطالب مرتبط\n۱۰ مرداد ۱۴۰۲ ورود ناو جدید", None),
    (FA_HEAD + "پربازدیدترین\n۱۰ مرداد ۱۴۰۲", None),
    (FA_HEAD + "امروز: پنجشنبه ۱۲ مرداد ۱۴۰۲", None),
    (FA_HEAD + "© ۱۴۰۲ کلیه حقوق محفوظ است", None),
]


def _check(text, expected, code):
    ref = find_reference(text, period=PERIOD, language=code)
    assert ref.iso == expected, (ref.iso, ref.source, ref.reasons)
    if expected is not None:
        assert not ref.year_inferred


@pytest.mark.parametrize(("top", "expected"), RUSSIAN)
def test_russian_reference_lines(top, expected):
    _check(f"{top}\n\n{RU_BODY}\n", expected, "ru")


@pytest.mark.parametrize(("top", "expected"), PERSIAN)
def test_persian_reference_lines(top, expected):
    _check(f"{top}\n\n{FA_BODY}\n", expected, "fa")


def test_a_yearless_date_line_under_a_list_heading_is_no_date_line():
    """"11 окт, 18:20" under "Читайте также" is a listed story's: no year is inferred for
    it; the same line above the heading is the article's."""
    tail = f"\n\n{RU_BODY} Учения начались в сентябре 2023 года.\n"
    listed = find_reference(f"{HEAD}Читайте также\nФлот получил новый корабль\n11 окт, 18:20{tail}",
                            period=PERIOD, language="ru")
    assert listed.iso is None, listed.reasons
    own = find_reference(f"{HEAD}11 окт, 18:20\nЧитайте также\nФлот получил новый корабль{tail}",
                         period=PERIOD, language="ru")
    assert own.iso == "2023-10-11", own.reasons


def _dateline_year(text: str):
    ref = find_reference(text, language="ru")
    return (ref.iso, ref.year_inferred), ref.reasons


def test_a_past_day_after_the_datelines_day_puts_the_article_in_a_later_year():
    """"14 марта" over a sentence that tells of "9 ноября 2022 года" in the past: the
    article is of 2023, not 2022; told of "9 января 2022 года" it may be of 2022."""
    later = ("ОСЛО, 14 марта /Агентство/. Министры встретились вновь. После переговоров 9 "
             "ноября 2022 года стороны подписали протокол о сотрудничестве флотов.")
    got, why = _dateline_year(later)
    assert got == ("2023-03-14", True), why
    earlier = later.replace("9 ноября", "9 января")
    got, why = _dateline_year(earlier)
    assert got == ("2022-03-14", True), why
    planned = later.replace("После переговоров 9 ноября 2022 года стороны подписали",
                            "Стороны подпишут 9 ноября 2022 года")  # a plan: no later year
    got, why = _dateline_year(planned)
    assert got[0] != "2023-03-14", why  # "year <= 2022": 2022, or undecided


def test_a_past_month_after_the_datelines_month_puts_the_article_in_a_later_year():
    """"14 марта" over "впервые ... в ноябре 2022 года": of 2023, not 2022 (and in January
    2022, it may be of 2022)."""
    later = ("ОСЛО, 14 марта /Агентство/. Министры встретились вновь. Впервые стороны "
             "подписали протокол о сотрудничестве флотов в ноябре 2022 года.")
    got, why = _dateline_year(later)
    assert got == ("2023-03-14", True), why
    earlier = later.replace("в ноябре 2022 года", "в январе 2022 года")
    got, why = _dateline_year(earlier)
    assert got == ("2022-03-14", True), why


def test_a_future_month_before_the_datelines_month_puts_the_article_in_an_earlier_year():
    """"14 ноября" over "подпишут ... в марте 2023 года": of 2022, not 2023 (told of "в
    декабре 2023 года", 2023 is still possible)."""
    earlier = ("ОСЛО, 14 ноября /Агентство/. Министры встретились вновь. Стороны подпишут "
               "протокол о сотрудничестве флотов в марте 2023 года.")
    got, why = _dateline_year(earlier)
    assert got == ("2022-11-14", True), why
    got, why = _dateline_year(earlier.replace("в марте", "в декабре"))
    assert got[0] != "2022-11-14", why


def test_a_later_one_of_a_series_puts_the_article_after_its_first():
    """"седьмые совместные учения" with "Первые такие учения прошли в 2018 году": some years
    after 2018, how many not told (undated); a second one may follow the first soon (told
    with its month: a bare "в 2018 году" dates a past act, after which the story is, how long
    not told)."""
    text = ("ТАШКЕНТ, 12 октября /Агентство/. Военные двух стран провели седьмые совместные "
            "учения в горах, сообщили в министерстве обороны.\n\nПервые такие учения прошли "
            "в июне 2018 года.")
    got, why = _dateline_year(text)
    assert got[0] is None and any("undecided" in r for r in why), why
    got, why = _dateline_year(text.replace("седьмые", "вторые"))
    assert got == ("2018-10-12", True), why
    got, why = _dateline_year(text.replace("седьмые", "совместные").replace(
        "совместные совместные", "совместные"))  # no later one: soon after 2018
    assert got == ("2018-10-12", True), why


def test_a_latin_exercise_name_with_its_year_dates_the_dateline():
    """"учения Varuna 2024" (an exercise's Latin name and its year) puts the article in
    2024 or after, as "Армия-2022" does; a year after a two-letter word does not."""
    text = ("ДЕЛИ, 2 мая. /Агентство/. Флоты двух стран проведут учения Varuna 2024 в "
            "Аравийском море. Прошлые маневры прошли в 2021-2022 годах.")
    got, why = _dateline_year(text)
    assert got == ("2024-05-02", True), why


@pytest.mark.parametrize("menu", ["Главная\nЛента новостей\nПолитика\nВ мире\n",
                                  "Новости\nПопулярное\nВидео\n"])
def test_a_list_heading_in_the_sites_menu_ends_nothing(menu):
    """"Лента новостей" or "Популярное" among the menu's short items is a menu item, not
    the heading of a list: the date line under the headline is still read."""
    text = f"{menu}\nУчения флотов завершились в северных морях\n\n3 апреля 2024, 09:41\n\n{RU_BODY}\n"
    ref = find_reference(text, period=PERIOD, language="ru")
    assert ref.iso == "2024-04-03", ref.reasons


@pytest.mark.parametrize(("top", "expected"), [
    (HEAD + "Минобороны: учения отражают доверие\n3 апреля 20243 апр 2024\n10\n~1 мин",
     "2024-04-03"),  # the full date glued to its short form by a saved page
    ("Новости\n$448.89 €477.93 ₽4.76\n×\n\nТелеканал\n03.04.2024г. в 09:41\n1334\n"
     "Учения завершились", "2024-04-03"),  # rates four lines above: not the date's
    (HEAD + "3 апреля 2024 09:41\nКурсы валют ЦБ на 03.04.2024: доллар США 92,51 руб.", None),
    ("США выделят флоту $1,5 млрд\n\n3 апреля 2024, 09:41", "2024-04-03"),  # one amount
])
def test_glued_dates_and_exchange_rates(top, expected):
    _check(f"{top}\n\n{RU_BODY}\n", expected, "ru")


@pytest.mark.parametrize(("top", "expected"), [
    # the date glued to a counter of views closing its line: a year has four digits
    ("Учения флотов завершились в северных морях\n3 апреля 202437", "2024-04-03"),
    ("Учения флотов завершились в северных морях\n3 апреля 2024 9:41128", "2024-04-03"),
    # a full stop after a month's whole name, before the year, in English or Russian
    (HEAD + "Wednesday, 3 April. 2024", "2024-04-03"),
    (HEAD + "3 апреля. 2024, 09:41", "2024-04-03"),
    # near misses: five digits after a month's name and a day are no year with a counter
    (HEAD + "3 апреля 12024", None),
])
def test_a_year_glued_to_a_counter_or_after_a_stop(top, expected):
    _check(f"{top}\n\n{RU_BODY}\n", expected, "ru")


@pytest.mark.parametrize(("page", "expected"), [
    # a teaser's date under its list heading and a photo's credit with its year: no evidence
    (f"{HEAD}МОСКВА, 3 апреля. /ТАСС/. {RU_BODY}\n\nЧитайте также\nАдмирал посетил порт\n"
     "1 марта 2019\n", None),
    (f"{HEAD}МИНСК, 3 апреля. /БЕЛТА/. {RU_BODY}\n\nФото: пресс-служба, 2019\n", None),
    # near miss: the story's own past year, in its prose under the list, still counts
    (f"{HEAD}МОСКВА, 3 апреля. /ТАСС/. {RU_BODY}\n\nЧитайте также\nАдмирал посетил порт\n"
     "1 марта 2019\n\nВ ноябре 2023 года флоты двух стран уже проводили совместные учения в "
     "тех же водах, напомнили в министерстве обороны.\n", "2024-04-03"),
])
def test_teasers_and_credits_are_no_evidence_of_the_datelines_year(page, expected):
    ref = find_reference(page, period=PERIOD, language="ru")
    assert ref.iso == expected, ref.reasons


@pytest.mark.parametrize(("page", "expected"), [
    # a comma after the dateline's date, before the agency in slashes
    (f"{HEAD}Ташкент, 3 апреля 2024, /Агентство/. {RU_BODY}", "2024-04-03"),
    (f"{HEAD}ТАШКЕНТ, 3 апреля, /Агентство/. {RU_BODY} Учения «Мир-2023» прошли по плану.",
     "2023-04-03"),
    # near misses: a sentence opening with a date and a comma, a bracket after it
    (f"{HEAD}Ранее, 3 апреля 2024, (по данным ведомства) флоты провели учения в северных "
     "водах и сообщили об этом.", None),
    (f"{HEAD}Ранее, 3 апреля, (по данным ведомства) флоты провели учения в северных водах и "
     "сообщили об этом в 2023 году.", None),
])
def test_a_comma_before_the_agency_in_slashes_closes_a_dateline(page, expected):
    ref = find_reference(page, period=PERIOD, language="ru")
    assert ref.iso == expected, ref.reasons
    assert expected is None or ref.source == "dateline"


@pytest.mark.parametrize(("page", "code"), [
    (f"{HEAD}{RU_BODY}\n\nКомментарии (2)\nГость, 4 апреля 2024 10:00\nСогласен с автором\n", "ru"),
    (f"{HEAD}{RU_BODY}\n\nОбсуждение\n4 апреля 2024, 10:00 Гость\n", "ru"),
    (f"{FA_HEAD}{FA_BODY}\n\nنظرات\nعلی ۱۶ فروردین ۱۴۰۳\nموافقم\n", "fa"),
])
def test_dates_under_the_readers_comments_are_theirs(page, code):
    ref = find_reference(page, period=PERIOD, language=code)
    assert ref.iso is None, ref.reasons


def test_a_comment_count_by_the_headline_ends_nothing():
    page = f"{HEAD}Комментарии: 0\n3 апреля 2024, 09:41\n\n{RU_BODY}\n"
    assert find_reference(page, period=PERIOD, language="ru").iso == "2024-04-03"


@pytest.mark.parametrize(("page", "code", "expected"), [
    # "today" and a full date opening the story's first paragraph: the day it is written
    (f"{HEAD}Сегодня, 3 апреля 2024 года, {RU_BODY}\n", "ru", "2024-04-03"),
    (f"{FA_HEAD}امروز ۱۵ فروردین ۱۴۰۳ {FA_BODY}\n", "fa", "2024-04-03"),
    # near misses: the page's "Сегодня:" clock over the story, a full date later in the lead
    (f"{HEAD}Сегодня: 3 апреля 2024\n\n{RU_BODY}\n", "ru", None),
    (f"{HEAD}Сегодня военные двух стран провели учения, а 3 апреля 2023 года они уже "
     "проводили похожие учения в северных водах.\n", "ru", None),
])
def test_today_and_a_full_date_opening_the_lead_date_the_article(page, code, expected):
    assert find_reference(page, period=PERIOD, language=code).iso == expected


@pytest.mark.parametrize("feed", [
    "09:41\nАдмирал посетил порт\n09:30\nФлот получил корабль\n09:10\nПорт открыт",
    # each item's clock opening its headline's line
    "09:41 Адмирал посетил порт\n09:30 Флот получил корабль\n09:10 Порт открыт для судов",
])
def test_the_story_date_under_the_sites_feed_of_the_day(feed):
    page = f"Лента новостей\n{feed}\nУчения флотов завершились\n\n3 апреля 2024, 09:41\n\n{RU_BODY}\n"
    assert find_reference(page, period=PERIOD, language="ru").iso == "2024-04-03"


@pytest.mark.parametrize(("page", "code"), [
    # a lead of a dozen words closed by its full stop is the story: the comments end it
    ("Учения на море\nКорабли двух флотов в понедельник провели совместные учения у побережья.\n\n"
     "Комментарии\n\n7 мая 2024 года, 12:00 Петр: хорошая новость\n", "ru"),
    ("پایان رزمایش\nناوهای دو کشور روز دوشنبه رزمایش مشترک دریایی را در خلیج فارس برگزار کردند.\n\n"
     "نظرات\n\nرضا ۱۸ اردیبهشت ۱۴۰۳\nموافقم\n", "fa"),
])
def test_comments_after_a_short_lead_end_the_search(page, code):
    assert find_reference(page, period=PERIOD, language=code).iso is None


@pytest.mark.parametrize(("page", "code", "expected"), [
    # a counter of any length glued to the year, before its word or closing the line
    ("Учения на море\n7 мая 20243318\nКорабли двух флотов провели учения.\n", "ru", "2024-05-07"),
    ("پایان رزمایش\n۱۸ اردیبهشت ۱۴۰۳۲۷۱۹ بازدید\nناوهای دو کشور رزمایش برگزار کردند.\n", "fa",
     "2024-05-07"),
    ("پایان رزمایش\nشناسه خبر: ۵۵۴۳۲ | ۱۸ اردیبهشت ۱۴۰۳۴۸\nناوهای دو کشور رزمایش برگزار کردند.\n",
     "fa", "2024-05-07"),
])
def test_a_counter_glued_to_a_year_of_any_script(page, code, expected):
    assert find_reference(page, period=PERIOD, language=code).iso == expected


def test_the_period_a_plan_is_for_is_no_past_year():
    """A signed programme "на 2027-2031 годы" tells no past year 2027: it is drawn up in
    its first year or the year before, so "ОСЛО, 20 ноября" over it is of 2026 (the weekday
    of signing fits 2026), not 2027."""
    text = ("ОСЛО, 20 ноября /Агентство/. Программа военного сотрудничества флотов на "
            "2027-2031 годы подписана в пятницу. Министры обсудили учения.")
    got, why = _dateline_year(text)
    assert got == ("2026-11-20", True), why
