"""Russian and Persian ranges give both ends: the first day, month or year as the value and
the last as ``end_value`` (as English ``Mention.end_value``); near misses stay single."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.cli import main
from chronology.config import load_config
from chronology.dates.lexical_resolve import find_mentions
from chronology.extraction import analyse_article

REF = dt.date(2024, 5, 10)

# (language, text, mention text, value, end_value)
RANGES = [
    ("ru", "Учения флотов прошли 15-19 марта.", "15-19 марта", "2024-03-15", "2024-03-19"),
    ("ru", "Маневры проходили 15–19 марта 2023 года.", "15–19 марта 2023 года", "2023-03-15",
     "2023-03-19"),
    ("ru", "Делегация работала с 3 по 7 апреля.", "3 по 7 апреля", "2024-04-03", "2024-04-07"),
    ("ru", "Форум прошел с 29 ноября по 3 декабря 2023 г.", "29 ноября по 3 декабря 2023 г.",
     "2023-11-29", "2023-12-03"),
    ("ru", "Поставки шли в 2016–2017 годах.", "2016–2017 годах", "2016", "2017"),
    ("ru", "Контракт исполнялся с 2015 года по 2017 год.", "2015 года по 2017 год", "2015", "2017"),
    ("fa", "این قرارداد از ۲۰۱۵ تا ۲۰۱۷ اجرا شد.", "۲۰۱۵ تا ۲۰۱۷", "2015", "2017"),
    ("ru", "В январе-сентябре 2023 года товарооборот вырос.", "январе-сентябре 2023 года",
     "2023-01", "2023-09"),
    ("ru", "Январь–март 2024 года стали рекордными.", "Январь–март 2024 года", "2024-01", "2024-03"),
    ("ru", "Поставки шли с января по март.", "января по март", "2024-01", "2024-03"),
    ("ru", "Испытания длились с ноября по февраль 2023 года.", "ноября по февраль 2023 года",
     "2022-11", "2023-02"),
    ("ru", "Работы велись с марта по май прошлого года.", "марта по май прошлого года", "2023-03",
     "2023-05"),
    ("fa", "صادرات از ژانویه تا مارس ۲۰۲۳ افزایش یافت.", "ژانویه تا مارس ۲۰۲۳", "2023-01", "2023-03"),
    ("fa", "رزمایش از ۱۵ تا ۱۹ مارس برگزار شد.", "۱۵ تا ۱۹ مارس", "2024-03-15", "2024-03-19"),
    # two days of one Solar Hijri month (15 Mehr 1402 is 7 October 2023)
    ("fa", "رزمایش مشترک ۱۵ تا ۱۹ مهر برگزار شد.", "۱۵ تا ۱۹ مهر", "2023-10-07", "2023-10-11"),
    ("fa", "نمایشگاه از ۳-۵ آبان ۱۴۰۲ برپا بود.", "۳-۵ آبان ۱۴۰۲", "2023-10-25", "2023-10-27"),
    # across two Solar months, and across the Solar new year (Nowruz 1403: 20 March 2024)
    ("fa", "رزمایش از ۲۹ مهر تا ۲ آبان ۱۴۰۲ برگزار شد.", "۲۹ مهر تا ۲ آبان ۱۴۰۲", "2023-10-21",
     "2023-10-24"),
    ("fa", "تعطیلات از ۲۸ اسفند تا ۳ فروردین ۱۴۰۳ بود.", "۲۸ اسفند تا ۳ فروردین ۱۴۰۳", "2024-03-18",
     "2024-03-22"),
    # two Solar months, each as the Gregorian month most of it falls in (Mehr 1402: October)
    ("fa", "این دوره از مهر تا آذر ۱۴۰۲ برگزار شد.", "مهر تا آذر ۱۴۰۲", "2023-10", "2023-12"),
    ("fa", "آموزش‌ها از بهمن تا فروردین ۱۴۰۳ ادامه داشت.", "بهمن تا فروردین ۱۴۰۳", "2024-02",
     "2024-04"),
    ("fa", "این دوره از مهر تا آذرماه برگزار شد.", "مهر تا آذرماه", "2023-10", "2023-12"),
    # two Solar years, each as the Gregorian year most of it falls in (1395: 2016)
    ("fa", "همکاری از سال ۱۳۹۵ تا ۱۳۹۸ ادامه داشت.", "سال ۱۳۹۵ تا ۱۳۹۸", "2016", "2019"),
    ("fa", "در سال‌های ۱۳۹۵-۱۳۹۸ قرارداد اجرا شد.", "۱۳۹۵-۱۳۹۸", "2016", "2019"),
]


@pytest.mark.parametrize(("code", "text", "written", "value", "end"), RANGES)
def test_a_range_gives_both_ends(code, text, written, value, end):
    found = [(m.text, m.value, m.end_value) for m in find_mentions(text, REF, code)]
    assert (written, value, end) in found


@pytest.mark.parametrize(("code", "text", "written"), [
    ("ru", "Поставки шли с 10 января по март 2023 года.", "10 января"),
    ("ru", "Поставки шли с 10-го января по март.", "10-го января"),
    ("fa", "صادرات از ۱۰ ژانویه تا مارس ۲۰۲۳ افزایش یافت.", "۱۰ ژانویه"),
])
def test_a_day_before_a_range_of_months_is_kept(code, text, written):
    assert written in [m.text for m in find_mentions(text, REF, code)]


def test_the_listing_shows_a_ranges_end(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("---\nlanguage: fa\npublished: 2024-05-10\n---\n"
                    "رزمایش از ۲۹ مهر تا ۲ آبان ۱۴۰۲ برگزار شد.\n", encoding="utf-8")
    assert main(["dates", str(path)]) == 0
    assert "the range ends 2023-10-24" in capsys.readouterr().out


# (language, text): no range at all, each date alone
SINGLE = [
    ("ru", "Сборная выиграла 3-1 в марте."),
    ("ru", "Су-35, МиГ-29 и С-400 показали в марте."),
    ("ru", "Визит в марте продлится 2-3 дня."),
    ("ru", "В марте Египет получил 15-20 самолетов."),
    ("ru", "Соглашение подписали 22 марта."),
    ("ru", "Переговоры в мае-мае не шли."),
    ("fa", "این خبر ساعت ۱۴:۱۵ - ۱۹ مهر منتشر شد."),
    ("fa", "در سال ۱۳۹۸ تا ۱۳۹۵ نفر ثبت نام کردند."),
]


@pytest.mark.parametrize(("code", "text"), SINGLE)
def test_near_misses_give_no_range(code, text):
    found = find_mentions(text, REF, code)
    assert found and all(m.end_value is None for m in found)


CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _events(tmp_path, text: str, code: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2024-10-03\nlanguage: {code}\n---\n{text}\n", encoding="utf-8")
    return [(e.date, e.end_date) for e in analyse_article(read_article(path), CONFIG).candidates]


@pytest.mark.parametrize(("code", "text", "expected"), [
    # a range of months is the act's date, its last month the end date, even after "с"
    ("ru", "Военные России и Ирана провели совместные учения с января по март 2024 года.",
     [("2024-01", "2024-03")]),
    ("ru", "МОСКВА, 3 октября. /ТАСС/. Россия поставила Ирану в январе-сентябре 2024 года "
           "зенитные комплексы, сообщил источник.", [("2024-01", "2024-09")]),
    ("ru", "Россия поставила Ирану зенитные комплексы в 2016–2017 годах.", [("2016", "2017")]),
    ("fa", "نیروهای دریایی ایران و روسیه ۱۵ تا ۱۹ مهر ۱۴۰۲ رزمایش مشترک برگزار کردند.",
     [("2023-10-07", "2023-10-11")]),
    ("fa", "نیروهای دریایی ایران و روسیه از ژانویه تا مارس ۲۰۲۴ رزمایش مشترک برگزار کردند.",
     [("2024-01", "2024-03")]),
])
def test_a_range_dates_an_event_with_its_end(tmp_path, code, text, expected):
    assert _events(tmp_path, text, code) == expected


def test_a_range_of_years_after_from_is_a_states_period(tmp_path):
    # "с 2015 по 2017 год ... проводили": how long a state lasted, not an act of its own
    text = ("ТЕГЕРАН, 3 октября. /ТАСС/. Министры обороны России и Ирана провели переговоры. "
            "С 2015 по 2017 год Россия и Иран проводили консультации по безопасности.")
    assert _events(tmp_path, text, "ru") == [("2024-10-03", None)]
