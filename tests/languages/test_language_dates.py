"""Russian and Persian date mentions and reference dates, with the reference date pinned."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest

import chronology.dates.lexical
import chronology.dates.lexical_parts
import chronology.dates.lexical_reference
import chronology.dates.lexical_resolve
import chronology.dates.solar
import chronology.languages
from chronology import dates

REF = dt.date(2015, 1, 22)  # a Thursday

# (language, text, mention text, value, rule)
MENTIONS = [
    ("ru", "Соглашение подписано 22 января 2015 года.", "22 января 2015 года", "2015-01-22",
     "explicit-date"),
    ("ru", "Стороны встретились в среду.", "среду", "2015-01-21", "weekday-past"),
    ("ru", "Министр прибыл во вторник.", "вторник", "2015-01-20", "weekday-past"),
    ("ru", "Переговоры пройдут в понедельник.", "понедельник", "2015-01-26", "weekday-future"),
    ("ru", "Контракт подписан в прошлом году.", "в прошлом году", "2014", "relative-year"),
    ("ru", "Делегация была там на прошлой неделе.", "на прошлой неделе", "2015-W03",
     "relative-week"),
    ("ru", "Об этом накануне сообщил министр.", "накануне", "2015-01-21", "day-word"),
    ("ru", "Об этом позавчера сообщил министр.", "позавчера", "2015-01-20", "day-word"),
    ("ru", "Вчера корабли вошли в порт.", "Вчера", "2015-01-21", "day-word"),
    ("ru", "Учения прошли 22–23 января.", "22–23 января", "2015-01-22", "month-day"),
    ("ru", "Первые самолеты поступят в ВВС 21 марта.", "21 марта", "2015-03-21", "month-day"),
    ("ru", "Учения пройдут с 3 по 5 февраля.", "3 по 5 февраля", "2015-02-03", "month-day"),
    ("fa", "رزمایش از ۳ تا ۵ ژانویه برگزار شد.", "۳ تا ۵ ژانویه", "2015-01-03", "month-day"),
    ("fa", "در تیر ماه امسال برگزار شد.", "تیر ماه امسال", "2014-07", "solar-month"),
    ("ru", "Учения прошли в начале марта 2014 года.", "в начале марта 2014 года", "2014-03",
     "month-year"),
    ("ru", "Поставки начались в марте.", "марте", "2014-03", "month"),
    ("ru", "Опубликовано 22.01.2015 14:05", "22.01.2015", "2015-01-22", "explicit-date"),
    ("ru", "Договор подписан в 2001 году.", "2001 году", "2001", "year"),
    ("ru", "Это было 5 ноября.", "5 ноября", "2014-11-05", "month-day"),
    ("ru", "Встреча 3 февраля.", "3 февраля", "2015-02-03", "month-day"),  # nearest: ahead
    ("ru", "Министры встречались в сентябре прошлого года.", "сентябре прошлого года", "2014-09",
     "relative-year"),
    ("ru", "Склад построен в конце прошлого года.", "в конце прошлого года", "2014",
     "relative-year"),
    ("ru", "Соглашение подписано 22 января прошлого года.", "22 января прошлого года",
     "2014-01-22", "month-day"),
    # the clause decides the tense: January is past though the next clause looks ahead
    # (a season there is a date of its own since round ru31: test_russian_ru31.py)
    ("ru", "В ноябре депутат заявил, что поставки ожидаются вскоре.", "ноябре", "2014-11",
     "month"),
    ("ru", "В марте, по данным источника, начнутся поставки.", "марте", "2015-03", "month"),
    ("fa", "در سپتامبر سال گذشته امضا شد.", "سپتامبر سال گذشته", "2014-09", "relative-year"),
    # a Solar month of the Solar year before; a part of a Solar month is that part's month
    ("fa", "اوایل بهمن سال گذشته دیدار کردند.", "اوایل بهمن سال گذشته", "2014-01",
     "solar-month"),
    ("fa", "اواخر دی ماه ۱۳۹۲ دیدار کردند.", "اواخر دی ماه ۱۳۹۲", "2014-01", "solar-month"),
    ("fa", "اوایل دی ماه ۱۳۹۲ دیدار کردند.", "اوایل دی ماه ۱۳۹۲", "2013-12", "solar-month"),
    ("fa", "این توافق در ۳۰ دی ۱۳۹۳ امضا شد.", "۳۰ دی ۱۳۹۳", "2015-01-20", "solar-date"),
    ("fa", "تاریخ ۱۳۹۳/۱۰/۳۰ است.", "۱۳۹۳/۱۰/۳۰", "2015-01-20", "solar-date"),
    ("fa", "تاریخ ١٣٩٣/١٠/٣٠ است.", "١٣٩٣/١٠/٣٠", "2015-01-20", "solar-date"),  # Arabic-Indic
    ("fa", "وزیر روز سه‌شنبه وارد تهران شد.", "سه‌شنبه", "2015-01-20", "weekday-past"),
    # a night named before its weekday is that weekday's eve: "شب جمعه" is Thursday night,
    # "شب یکشنبه" Saturday night; the weekday first ("سه‌شنبه شب") is that day's own night
    ("fa", "پهپادها شب جمعه به پایگاه حمله کردند.", "شب جمعه", "2015-01-22", "weekday-past"),
    ("fa", "هیئت شب یکشنبه وارد مسکو شد.", "شب یکشنبه", "2015-01-17", "weekday-past"),
    ("fa", "رزمایش سه‌شنبه شب آغاز شد.", "سه‌شنبه", "2015-01-20", "weekday-past"),
    ("fa", "وزیر روز سه شنبه وارد تهران شد.", "سه شنبه", "2015-01-20", "weekday-past"),
    ("fa", "وزیر روز سهشنبه وارد تهران شد.", "سهشنبه", "2015-01-20", "weekday-past"),
    ("fa", "وزیر دیروز وارد تهران شد.", "دیروز", "2015-01-21", "day-word"),
    ("fa", "رزمایش هفته گذشته برگزار شد.", "هفته گذشته", "2015-W03", "relative-week"),
    ("fa", "قرارداد سال گذشته امضا شد.", "سال گذشته", "2014", "relative-year"),
    ("fa", "در ۲۰ ژانویه ۲۰۱۵ امضا شد.", "۲۰ ژانویه ۲۰۱۵", "2015-01-20", "explicit-date"),
    ("fa", "در ۱۱ سپتمبر ۲۰۱۵ امضا شد.", "۱۱ سپتمبر ۲۰۱۵", "2015-09-11", "explicit-date"),
    ("fa", "در ۳۰ دی امضا شد.", "۳۰ دی", "2015-01-20", "solar-month-day"),
    ("fa", "در دی ماه ۱۳۹۳ امضا شد.", "دی ماه ۱۳۹۳", "2015-01", "solar-month"),
    ("fa", "سفر در سال ۱۳۹۴ انجام خواهد شد.", "سال ۱۳۹۴", "2015", "solar-year"),
    ("fa", "سال 2016 میلادی", "سال 2016 میلادی", "2016", "year"),
    ("fa", "وزیر دفاع روسیه فردا به تهران خواهد آمد.", "فردا", "2015-01-23", "day-word"),
    # a range of years: the first, the last in extra; "годах" is a year word
    ("ru", "В 2016–2017 годах Россия поставила Ирану С-300.", "2016–2017 годах", "2016", "year"),
    ("ru", "Летчики учились в 2019-2020 гг. в России.", "2019-2020 гг.", "2019", "year"),
    # a day of the month without its month: this month's, the month before's, or as named
    ("ru", "15-го числа в порт прибыл отряд кораблей.", "15-го числа", "2015-01-15",
     "day-of-month"),
    ("ru", "25-го числа в порт прибыл отряд кораблей.", "25-го числа", "2014-12-25",
     "day-of-month"),
    ("ru", "15 числа прошлого месяца прошло заседание.", "15 числа прошлого месяца",
     "2014-12-15", "day-of-month"),
    ("ru", "Учения начнутся 25-го числа.", "25-го числа", "2015-01-25", "day-of-month"),
    # a range across two months: the start, its year that of the end or the one before
    ("ru", "Учения прошли с 29 ноября по 3 декабря 2013 г.", "29 ноября по 3 декабря 2013 г.",
     "2013-11-29", "explicit-date"),
    ("ru", "Летчики учились 29 ноября – 3 декабря.", "29 ноября – 3 декабря", "2014-11-29",
     "month-day"),
    ("ru", "Корабли стояли в порту с 28 декабря по 3 января.", "28 декабря по 3 января",
     "2014-12-28", "month-day"),
    # an ordinal day ("1-го мая"), and two days in a row joined by "и"
    ("ru", "Контракт заключили 3-го мая 2014 года.", "3-го мая 2014 года", "2014-05-03",
     "explicit-date"),
    ("ru", "Министры встретились 2 и 3 декабря.", "2 и 3 декабря", "2014-12-02", "month-day"),
    # an ordinal year ("в 2013-м году")
    ("ru", "В 2013-м году Россия поставила Ирану ракеты.", "2013-м году", "2013", "year"),
    # a month after the month word ("در ماه آذر", "ماه مه"): a month of either calendar
    ("fa", "قرارداد در ماه آذر امضا شد.", "ماه آذر", "2014-12", "solar-month"),
    ("fa", "رزمایش در ماه مه برگزار شد.", "ماه مه", "2014-05", "month"),
    ("ru", "Авиация нанесла удары минувшей ночью.", "минувшей ночью", "2015-01-21", "day-word"),
    # a part of the week before: that week; its weekend: the Saturday, as in English
    ("ru", "В конце прошлой недели стороны провели консультации.", "В конце прошлой недели",
     "2015-W03", "relative-week"),
    ("ru", "В минувшие выходные делегация посетила Москву.", "В минувшие выходные", "2015-01-17",
     "relative-weekend"),
    # a page that lost the space between a month and its year
    ("ru", "Открытие базы состоялось 23 октября2003 года.", "23 октября2003 года", "2003-10-23",
     "explicit-date"),
    ("ru", "Учения прошли в октябре2012 года.", "октябре2012 года", "2012-10", "month-year"),
    # a month's adjective, read as the bare month, in any case and gender
    ("ru", "В ходе апрельского визита в Москву министр говорил о поставках.", "апрельского",
     "2014-04", "month"),
    ("ru", "Вопрос обсуждался в ходе декабрьского телефонного разговора.", "декабрьского",
     "2014-12", "month"),
    ("ru", "Стороны планируют вернуться к теме на мартовской встрече.", "мартовской", "2015-03",
     "month"),
]


@pytest.mark.parametrize(("code", "text", "words", "value", "rule"), MENTIONS)
def test_mention(code, text, words, value, rule):
    found = dates.find_mentions(text, REF, language=code)
    assert [(m.text, m.value, m.rule) for m in found] == [(words, value, rule)]
    assert text[found[0].start:found[0].end] == words


# A day its clause's own past verb tells an act done on is not weeks after the story's date
# (told 10 June 2026): last year's; near misses: a day told ahead, a day a plan is put off
# to, a day within a week after the story's (its date may have slipped).
DONE_DAYS = [
    ("ru", "Фрегат прибыл в Тартус 2 июля.", "2025-07-02"),
    ("ru", "Встреча министров прошла 2 июля в Анкаре.", "2025-07-02"),
    ("fa", "ناوچه ۲ ژوئیه وارد بندر طرطوس شد.", "2025-07-02"),
    ("ru", "Соглашение будет подписано 2 июля.", "2026-07-02"),
    ("ru", "Голосование перенесли на 2 июля.", "2026-07-02"),
    ("ru", "Соглашение подписали 14 июня.", "2026-06-14"),
    ("fa", "ناوچه ۲ ژوئیه وارد بندر طرطوس خواهد شد.", "2026-07-02"),
    # a past verb of saying, announcing, inviting, deciding or putting off governs an act
    # still ahead: the day keeps its year
    ("ru", "Визит министра был отложен до 2 июля.", "2026-07-02"),
    ("ru", "Штаб флота сообщил о начале манёвров 2 июля.", "2026-07-02"),
    ("ru", "Было решено провести стрельбы 2 июля.", "2026-07-02"),
    ("ru", "Командующий пригласил экипажи на смотр 2 июля.", "2026-07-02"),
    ("ru", "Глава ведомства объявил о проведении сборов 2 июля.", "2026-07-02"),
    ("fa", "بازدید هیئت به ۲ ژوئیه موکول شد.", "2026-07-02"),
    ("fa", "بازدید هیئت تا ۲ ژوئیه به تعویق افتاد.", "2026-07-02"),
    ("fa", "چین از پاکستان برای شرکت در نمایش هوایی ۲ ژوئیه دعوت کرد.", "2026-07-02"),
    # a past form in the conditional mood tells no done act; «был» is no «бы»
    ("ru", "Без санкций запуск спутника состоялся бы 2 июля.", "2026-07-02"),
    ("ru", "Корвет был спущен на воду 2 июля.", "2025-07-02"),
]


@pytest.mark.parametrize(("code", "text", "value"), DONE_DAYS)
def test_a_day_of_a_done_act_is_not_weeks_after_the_story(code, text, value):
    found = dates.find_mentions(text, dt.date(2026, 6, 10), language=code)
    assert [m.value for m in found] == [value]


def test_solar_year_says_it_spans_two_gregorian_years():
    (m,) = dates.find_mentions("سال ۱۳۹۴", REF, language="fa")
    assert (m.value, m.approximate, m.extra["first"], m.extra["last"]) == (
        "2015", True, "2015-03-21", "2016-03-19")
    assert "runs 2015-03-21 to 2016-03-19" in m.reason


@pytest.mark.parametrize(("code", "text"), [
    ("ru", "Это Мая, дочь министра."),  # a name, not the month
    ("ru", "Иран получил С-300 и 1500 ракет."),
    ("fa", "هوا مه آلود بود."),  # "fog", not May
    ("fa", "خبرگزاری مهر گزارش داد."),  # the agency, not the month Mehr
    ("fa", "۱۲۰۰ نیرو اعزام شدند."),
    ("ru", "В 2010-х годах Россия поставила Ирану вертолеты."),  # a decade, not 2010
    ("ru", "В 1990-е Иран закупил у России подводные лодки."),
    # a month's adjective that is part of a name: a place, a revolution, decrees of the past
    ("ru", "Учения прошли в Октябрьском районе."),
    ("ru", "Делегация возложила цветы к памятнику героям октябрьской революции."),
    ("ru", "Министр напомнил о майских указах президента."),
    ("ru", "Экономика пострадала после августовского дефолта."),
    ("ru", "Апрельский номер журнала вышел с опозданием."),  # capitalised: a title
    ("ru", "Модель Ми-8МТВ5-2019 показана на выставке."),  # no month before the digits
])
def test_not_dates(code, text):
    assert dates.find_mentions(text, REF, language=code) == []


# (language, text, reference, source)
REFERENCES = [
    # a news list's date heading its headline before a colon (from dev article ru166)
    ("ru", "Новости\n27.01.2015: Иран. Совместные учения в Каспийском море\nПервый этап "
     "российско-иранских учений начался у берегов Ирана.", "2015-01-27", "publication-line"),
    # a dateline run into the headline's line, its agency named (from dev article ru053)
    ("ru", "Иран наращивает флот Тегеран. 14 июля. ИНТЕРФАКС - Иран и Россия провели во "
     "вторник консультации, сообщили в МИД. В 2019 году стороны подписали меморандум.",
     "2020-07-14", "dateline"),
    # the date first, the city after it ("27 февраля, Минск /Корр. БЕЛТА/."), from invented
    # dev article 72
    ("ru", "Корабли в порту\n\n23 ноября, Астрахань /Корр. «Волга-Медиа»/. Отряд кораблей ВМС "
     "Ирана в четверг прибыл в порт. В мае 2017 года российские корабли заходили в Иран.",
     "2017-11-23", "dateline"),
    ("ru", "27 февраля, Минск /Корр. БЕЛТА/. Министр обороны Ирана в четверг прибыл в Минск. В "
     "декабре 2018 года стороны подписали соглашение.", "2020-02-27", "dateline"),
    ("ru", "МОСКВА, 22 января. /ТАСС/. Россия и Иран в среду, 21 января, подписали "
     "соглашение.", "2015-01-22", "dateline"),
    ("ru", "ТЕГЕРАН, 20 янв – РИА Новости. Иран в ноябре 2014 года получил...", "2015-01-20",
     "dateline"),
    ("ru", "22.01.2015 14:05\n\nМОСКВА, 22 января. /ТАСС/. Россия и Иран...", "2015-01-22",
     "publication-line"),
    ("ru", "Москва. 3 сентября. INTERFAX.RU - Иран получил систему С-300 во вторник, "
     "1 сентября.", None, "none"),
    # an author after the agency; a regional agency
    ("ru", "МОСКВА, 19 янв — РИА Новости, Андрей Коц. Президент Ирана в понедельник, "
     "17 января, прибыл в Москву.", "2022-01-19", "dateline"),
    ("ru", "МАХАЧКАЛА, 12 апр – РИА «Дагестан». Корабли в среду, 11 апреля, вышли в море.",
     "2018-04-12", "dateline"),
    # a year in the name of an event: the article is of that year or after, not 2017
    ("ru", "Москва. 25 августа. Интерфакс-АВН - Этап Армейских игр-2020 пройдет в Иране, "
     "сообщил во вторник замминистра. Иран участвует в играх с 2017 года.", "2020-08-25",
     "dateline"),
    # "Ранее, 28 июня," opens a sentence: no dateline, so no reference from it
    ("ru", "Ранее, 28 июня, замминистра провел переговоры в Тегеране.", None, "none"),
    ("fa", "۳۰ دی ۱۳۹۳ - ۱۰:۲۵\n\nتهران- ایرنا- وزیر دفاع روسیه وارد تهران شد.",
     "2015-01-20", "publication-line"),
    ("fa", "۳۰ دی ۱۳۹۳ - 20 ژانویه 2015\n\nتهران- ایرنا- وزیر دفاع روسیه وارد تهران شد.",
     "2015-01-20", "publication-line"),
    ("fa", "تهران- ایرنا- وزیر دفاع روسیه روز سه‌شنبه ۳۰ دی ۱۳۹۳ وارد تهران شد.",
     "2015-01-20", "inferred"),
]


@pytest.mark.parametrize(("code", "text", "iso", "source"), REFERENCES)
def test_reference(code, text, iso, source):
    ref = dates.find_reference(text, period=(2015, 2023), language=code)
    assert (ref.iso, ref.source) == (iso, source)
    assert ref.reasons


def test_weekday_fixes_the_dateline_year():
    text = "ТЕГЕРАН, 20 января. /ТАСС/. Россия и Иран во вторник, 20 января, подписали договор."
    ref = dates.find_reference(text, period=(2015, 2023), language="ru")
    assert ref.iso == "2015-01-20" and ref.year_inferred
    assert any("fits 2015" in r for r in ref.reasons)


@pytest.mark.parametrize("module", [
    chronology.dates.lexical, chronology.dates.lexical_reference,
    chronology.dates.lexical_resolve, chronology.dates.lexical_parts, chronology.dates.solar,
    chronology.languages,
])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_dates_command_explains_persian_dates(tmp_path, monkeypatch, capsys):
    from chronology.cli import main

    path = tmp_path / "irna.txt"
    path.write_text("۳۰ دی ۱۳۹۳، ۱۴:۲۵ - 20 ژانویه 2015\n\nتهران- ایرنا- وزیران دفاع ایران و "
                    "روسیه روز سه‌شنبه در تهران تفاهم‌نامه امضا کردند. این همکاری در سال ۱۳۹۴ "
                    "گسترش می‌یابد.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["dates", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "language: fa (detected from script and vocabulary)"
    assert out[1].startswith("reference: 2015-01-20 (publication-line from '20 ژانویه 2015')")
    weekday = next(line for line in out if "weekday-past" in line)
    assert "2015-01-20" in weekday and "Tuesday on or before reference 2015-01-20" in weekday
    year = next(line for line in out if "solar-year" in line)
    assert "\t2015\tyear, approx\t" in year and "runs 2015-03-21 to 2016-03-19" in year


def test_a_weekday_of_reporting_is_the_datelines_weekday():
    from chronology.dates.lexical_reference import find_reference

    text = ("МОСКВА, 22 января. /ТАСС/. Россия и Иран договорились о поставках. Контракт "
            "подписан в 2017 году.\n\nОб этом журналистам сообщил в понедельник министр.\n")
    ref = find_reference(text, "ru", period=(2015, 2023))
    assert ref.iso == "2018-01-22"  # a Monday; 2017 (the latest year named) is a Sunday
    assert any("the day of reporting ('понедельник')" in r for r in ref.reasons)


@pytest.mark.parametrize(("code", "text", "values"), [
    ("ru", "Корабли прибыли 5 марта 2015 года. В тот же день делегация посетила фрегат.",
     ["2015-03-05", "2015-03-05"]),
    ("ru", "Корабли прибыли 5 марта 2015 года. На следующий день начались учения.",
     ["2015-03-05", "2015-03-06"]),
    ("ru", "Корабли прибыли 5 марта 2015 года. Спустя неделю учения завершились.",
     ["2015-03-05", "2015-03-12"]),
    ("ru", "Корабли прибыли 5 марта 2015 года. Два дня спустя начались учения.",
     ["2015-03-05", "2015-03-07"]),
    ("ru", "Лодку передали в 2012 году. Тогда же стороны подписали соглашение.", ["2012", "2012"]),
    # the day was never told: no date, not a guess
    ("ru", "Лодку передали в 2012 году. На следующий день экипаж вышел в море.", ["2012"]),
    ("ru", "На следующий день экипаж вышел в море.", []),
    ("fa", "ناوها در ۵ مارس ۲۰۱۵ وارد شدند. دو روز بعد رزمایش آغاز شد.",
     ["2015-03-05", "2015-03-07"]),
    ("fa", "ناوها در ۵ مارس ۲۰۱۵ وارد شدند. همان روز رزمایش آغاز شد.",
     ["2015-03-05", "2015-03-05"]),
    ("fa", "ناوها در ۵ مارس ۲۰۱۵ وارد شدند. دو روز بعد از ورود رزمایش آغاز شد.",
     ["2015-03-05"]),  # after something named, not after the date
])
def test_chained_dates_count_from_the_last_date_told(code, text, values):
    found = dates.find_mentions(text, REF, language=code)
    assert [m.value for m in found] == values


# A month or a part of the year "of the same year" (or of the year after) is of the year of
# the last date told, not of the day of writing's; with none told, it is no date.
@pytest.mark.parametrize(("code", "text", "values"), [
    ("ru", "Лодку передали в 2012 году. В марте того же года экипаж вышел в море.",
     [("2012", None), ("2012-03", None)]),
    ("ru", "Лодку передали 5 мая 2012 года. В конце того же года экипаж вышел в море.",
     [("2012-05-05", None), ("2012", "END")]),
    ("ru", "В марте того же года экипаж вышел в море.", []),
    # a weekday between: its year is the day of writing's, never told
    ("ru", "Лодку передали в 2012 году. В понедельник сообщили, что в марте того же года "
     "экипаж вышел в море.", [("2012", None), ("2015-01-19", None), ("2012-03", None)]),
    ("ru", "В понедельник сообщили, что в марте того же года экипаж вышел в море.",
     [("2015-01-19", None)]),
    ("fa", "ناوها در سال ۲۰۱۲ وارد شدند. در مارس همان سال رزمایش آغاز شد.",
     [("2012", None), ("2012-03", None)]),
    ("fa", "ناوها در سال ۲۰۱۲ وارد شدند. در مارس سال بعد رزمایش آغاز شد.",
     [("2012", None), ("2013-03", None)]),
    ("fa", "ناوها در سال ۲۰۱۲ وارد شدند. اواخر سال بعد رزمایش آغاز شد.",
     [("2012", None), ("2013", "END")]),
])
def test_a_month_of_the_year_told(code, text, values):
    found = dates.find_mentions(text, REF, language=code)
    assert [(m.value, m.modifier) for m in found] == values


# An obligation looks ahead ("должны начаться до 1 сентября", told in March: this September);
# one told in the past ("должны были начаться") does not.
@pytest.mark.parametrize(("text", "value"), [
    ("Поставки должны начаться до 1 сентября, сообщил источник.", "2024-09-01"),
    ("Истребители должен получить Иран в сентябре.", "2024-09"),
    ("Поставки должны были начаться 1 сентября, но были отложены.", "2023-09-01"),
])
def test_an_obligation_looks_ahead_unless_told_in_the_past(text, value):
    found = dates.find_mentions(text, dt.date(2024, 3, 5), language="ru")
    assert [m.value for m in found] == [value]
