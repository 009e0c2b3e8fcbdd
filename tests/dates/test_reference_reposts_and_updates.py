"""The page's own date against a wire dateline it carries (helper ref17; every line invented
for these tests): a site or blog that reposts a wire story prints its own date line over the
wire's yearless dateline, some days after it, and that line is the page's date; a clock
months later is still the day the page was saved.  An update line over a yearless dateline
of a day some weeks before it dates the story on the dateline's day, in the update's year,
in English as in Russian."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
HEADLINE = "More warships join the coastal drill\n\n"
LEAD = ("The two navies will hold a joint drill near the strait later this month, the "
        "defence ministry announced, adding that warships and aircraft would take "
        "part.\n\nOfficials said the exercise would last five days.")


@pytest.mark.parametrize("top", [
    "Tuesday, June 11, 2024",
    "June 11, 2024",
    "11 June 2024",
])
def test_a_blogs_date_days_after_the_wires_yearless_dateline_is_the_pages_date(top):
    text = f"{top}\n\n{HEADLINE}HANOI, June 4 (Agency) -- {LEAD}"
    found = find_reference(text, period=PERIOD)
    assert (found.iso, found.source) == ("2024-06-11", "publication-line")


def test_a_blogs_date_across_new_year_from_the_wires_dateline():
    text = f"Friday, January 3, 2025\n\n{HEADLINE}HANOI, Dec. 28 (Agency) -- {LEAD}"
    assert find_reference(text, period=PERIOD).iso == "2025-01-03"


def test_a_clock_months_after_the_wires_dateline_is_still_the_pages_clock():
    text = (f"Monday, November 25, 2024\n\n{HEADLINE}HANOI, June 4 (Agency) -- {LEAD}")
    found = find_reference(text, period=PERIOD)
    assert found.text.startswith("HANOI, June 4") and found.iso != "2024-11-25"


def test_a_date_line_before_the_wires_dateline_is_no_repost():
    text = f"June 1, 2024\n\n{HEADLINE}HANOI, June 4 (Agency) -- {LEAD}"
    assert find_reference(text, period=PERIOD).iso != "2024-06-01"


@pytest.mark.parametrize(("update", "expected"), [
    ("Updated: June 14, 2024", "2024-06-11"),   # three days after: as before
    ("Updated: June 24, 2024", "2024-06-11"),   # thirteen days after
    ("Updated: January 5, 2025", "2024-12-20"),  # across New Year
])
def test_an_update_weeks_after_a_yearless_dateline_gives_the_year_to_the_dateline(
        update, expected):
    day = "Dec. 20" if expected.endswith("12-20") else "June 11"
    text = f"{HEADLINE}{update}\n\nHANOI, {day} (Agency) - {LEAD}"
    found = find_reference(text, period=PERIOD)
    assert (found.iso, found.source) == (expected, "dateline")


def test_an_update_months_after_a_yearless_dateline_is_not_read_as_the_storys_year():
    text = f"{HEADLINE}Updated: October 2, 2024\n\nHANOI, June 11 (Agency) - {LEAD}"
    assert find_reference(text, period=PERIOD).iso != "2024-06-11"


RU_HEADLINE = "Еще корабли примут участие в учениях\n\n"
RU_LEAD = ("Военные корабли двух стран проведут совместные учения в проливе, сообщило "
           "министерство обороны в своем заявлении, добавив, что в них примут участие "
           "самолеты и вертолеты.\n\nПо словам представителей ведомства, учения продлятся "
           "пять дней.")


@pytest.mark.parametrize(("update", "dateline", "expected"), [
    ("Обновлено 24 июня 2024", "МОСКВА, 11 июня. /ТАСС/.", "2024-06-11"),
    ("Обновлено 14.06.2024", "МОСКВА, 11 июня — РИА Новости.", "2024-06-11"),
    ("Обновлено: 05.01.2025 10:00", "МОСКВА, 20 декабря — РИА Новости.", "2024-12-20"),
])
def test_a_russian_update_line_over_a_yearless_dateline_gives_it_its_year(
        update, dateline, expected):
    text = f"{RU_HEADLINE}{update}\n\n{dateline} {RU_LEAD}"
    found = find_reference(text, period=PERIOD, language="ru")
    assert (found.iso, found.source) == (expected, "dateline")


def test_a_russian_publication_line_is_not_replaced_by_the_dateline():
    text = (f"{RU_HEADLINE}Опубликовано 11 июня 2024\n\nМОСКВА, 10 июня. /ТАСС/. {RU_LEAD}")
    assert find_reference(text, period=PERIOD, language="ru").iso == "2024-06-11"


def test_a_russian_update_months_after_the_dateline_is_not_its_year():
    text = f"{RU_HEADLINE}Обновлено 2 октября 2024\n\nМОСКВА, 11 июня. /ТАСС/. {RU_LEAD}"
    assert find_reference(text, period=PERIOD, language="ru").iso != "2024-06-11"


def test_a_clock_whose_year_puts_the_leads_weekday_on_another_day_is_the_pages_clock():
    """"On Wednesday, October 27" under "Friday, December 26, 2025": October 27 is a Monday
    in 2025, so the line is the day the page was saved, not the story's."""
    text = ("Friday, December 26, 2025\n\nParatroopers end their joint drill\n\n"
            "The final stage of the joint drill took place on Wednesday, October 27, at the "
            "training ground east of the capital, where paratroopers of both armies landed "
            "together and practised search and rescue work.")
    assert find_reference(text, period=(2015, 2022)).iso == "2021-10-27"


def test_a_clock_whose_year_fits_the_leads_weekday_stays_the_pages_date():
    text = ("Monday, November 3, 2025\n\nParatroopers end their joint drill\n\n"
            "The final stage of the joint drill took place on Monday, October 27, at the "
            "training ground east of the capital, where paratroopers of both armies landed "
            "together and practised search and rescue work.")
    assert find_reference(text, period=(2015, 2026)).iso == "2025-11-03"


def test_a_footer_date_long_after_a_yearless_dateline_is_not_the_storys():
    text = (f"{HEADLINE}MOSCOW, June 13 (Agency) - The navies began a joint drill on "
            "Thursday, the ministry said. In 2023 they held a similar drill near the coast."
            "\n\nFriday, December 26, 2025")
    found = find_reference(text, period=PERIOD)
    assert (found.iso, found.source) == ("2024-06-13", "dateline")


def test_a_stamp_on_the_datelines_day_at_the_foot_still_dates_the_story():
    text = (f"{HEADLINE}SEOUL, June 13 (Agency) - The navies began a joint drill on "
            "Thursday, the ministry said.\n\n(END)\n\n2024/06/13 15:01 KST")
    assert find_reference(text, period=PERIOD).iso == "2024-06-13"


def test_a_russian_clock_over_a_labelled_publication_line_below():
    text = ("Пятница, 26 декабря 2025\n\n" + RU_HEADLINE + RU_LEAD
            + "\n\nОпубликовано 6 февраля 2025 в 08:05")
    assert find_reference(text, period=PERIOD, language="ru").iso == "2025-02-06"


def test_a_russian_clock_over_a_dated_dateline():
    text = ("Пятница, 26 декабря 2025\n\n" + RU_HEADLINE + "20 ноября 2019 г., Минск – "
            + RU_LEAD)
    found = find_reference(text, period=PERIOD, language="ru")
    assert (found.iso, found.source) == ("2019-11-20", "dateline")


def test_a_russian_footer_date_long_after_a_yearless_dateline_is_not_the_storys():
    text = (RU_HEADLINE + "МОСКВА, 13 июня — РИА Новости. Военные корабли двух стран в "
            "четверг начали совместные учения в проливе, сообщило министерство обороны. В "
            "2023 году стороны провели подобные учения.\n\n26.12.2025")
    found = find_reference(text, period=PERIOD, language="ru")
    assert (found.iso, found.source) == ("2024-06-13", "dateline")


def test_a_russian_labelled_line_after_the_clock_is_taken_only_alone():
    text = ("Пятница, 26 декабря 2025\n\n" + RU_HEADLINE + RU_LEAD
            + "\n\nОпубликовано 6 февраля 2025\n\nОпубликовано 9 марта 2024")
    assert find_reference(text, period=PERIOD, language="ru").iso == "2025-12-26"


_DRILL = ("Friday, December 26th, 2025\n\nTwo navies to start joint drill at sea\n\n"
          "VELMORA: Five frigates of the coastal fleet sailed from port on Sunday to meet the "
          "partner navy's ships and aircraft for a joint exercise at sea, the defence ministry "
          "announced.\n\n"
          "{sentence}\n\nThe group counts five frigates and four helicopters, the "
          "ministry said on its official account, and will meet the partner's forces soon.")


def test_a_drill_named_for_a_year_long_before_the_clock_told_as_under_way():
    """"Codenamed Blue Wave-2023, the drill is taking place …" under "Friday, December 26th,
    2025": the line is the page's clock, and the page states no year of its own."""
    text = _DRILL.format(sentence="Codenamed “Blue Wave-2023,” the drill marks closer "
                                  "cooperation between the two navies and is taking place "
                                  "in the waters off the northern coast.")
    assert find_reference(text, period=PERIOD).iso is None


@pytest.mark.parametrize("sentence", [
    # told as past: a drill of before, named in a story of the clock's day
    "The last such drill, Blue Wave-2023, involved twelve ships from both navies and "
    "took place in the waters off the northern coast.",
    # the drill of the clock's own year, or of the year before it
    "Codenamed “Blue Wave-2025,” the drill marks closer cooperation between the two "
    "navies and is taking place in the waters off the northern coast.",
    "Codenamed “Blue Wave-2024,” the drill marks closer cooperation between the two "
    "navies and is taking place in the waters off the northern coast.",
])
def test_the_clock_stays_the_pages_date_when_no_name_contradicts_it(sentence):
    assert find_reference(_DRILL.format(sentence=sentence), period=PERIOD).iso == "2025-12-26"


_RU_CLOCK_LEAD = ("16:10, 24 янв 2025, Пт\n\nПоделиться:\n\nПрезидент наблюдал за учениями флота"
                  "\n\nУчения «Море-2024» стартовали {day}, сообщил пресс-секретарь президента "
                  "журналистам в Кремле, добавив, что в них участвуют корабли трех флотов.")


def test_a_russian_clock_months_after_the_leads_yearless_past_day_is_the_pages_clock():
    """"стартовали 10 сентября" under a line of 24 January: that September lies months back
    in the year before, and a story tells such a day with its year; the line is the clock."""
    text = _RU_CLOCK_LEAD.format(day="10 сентября")
    assert find_reference(text, period=PERIOD, language="ru").iso != "2025-01-24"


def test_a_russian_line_with_a_past_day_earlier_that_month_stays_the_pages_date():
    text = _RU_CLOCK_LEAD.format(day="20 января")
    assert find_reference(text, period=PERIOD, language="ru").iso == "2025-01-24"


def test_a_russian_clock_with_its_weekday_is_no_dateline_over_the_storys_line():
    """"Пятница, 26 декабря 2025" opens the page like a dateline's place and date; it is a
    date line with its year, so the story's own line under it is no foot line."""
    text = ("Пятница, 26 декабря 2025\n...\n\n" + RU_HEADLINE
            + "Пеллория Хроника 14 мая 2017 09:20 (UTC +03:00)\n" + RU_LEAD)
    assert find_reference(text, period=PERIOD, language="ru").iso == "2017-05-14"


@pytest.mark.parametrize(("line", "expected"), [
    ("تیر ۹, ۱۴۰۲ ۰۸:۱۵ Asia/Tashkent", "2023-06-30"),   # month first, the clock's zone
    ("۱۲ خرداد ۱۴۰۲ ۱۶:۴۰ Asia/Kabul", "2023-06-02"),
])
def test_a_persian_date_line_under_a_photo_credit_with_its_time_zone_is_no_caption(
        line, expected):
    """A date line whose only other words are the month written first and the site clock's
    time zone ("Asia/Tashkent") is the page's date line, not a caption under the photo's
    credit."""
    text = ("عکس: وزارت دفاع\n" + line + "\n\nرزمایش مشترک دریایی آغاز شد\n\n"
            "ناوهای جنگی دو کشور رزمایش مشترک دریایی را در تنگه آغاز کردند و وزارت دفاع "
            "اعلام کرد که هواپیماها و بالگردها نیز در این رزمایش شرکت خواهند داشت.")
    assert find_reference(text, period=PERIOD, language="fa").iso == expected


_STANDFIRST = ("Missiles delivered under the contract between the two nations continue to "
               "arrive at the air base, defence officials said in the capital on Sunday.\n\n")


def test_the_sites_yearless_clock_gives_way_to_the_storys_update_line():
    """"Friday, December 26" (the site's today, no year) over a standfirst and the story's
    "Last Updated : Mar 14 2024": the dated line is the story's."""
    text = ("London 10°C\nFriday, December 26\n" + _STANDFIRST + "Agency Asia\n"
            "4 min read Last Updated : Mar 14 2024 | 11:52 AM IST\n" + LEAD)
    assert find_reference(text, period=PERIOD).iso == "2024-03-14"


def test_the_sites_clock_under_a_weather_line_gives_way_to_a_dated_dateline():
    text = ("London 10°C\nFriday, December 26\n\nNavies hold joint drill\n\n"
            "Saint-Denis, France, August 29, 2024 – " + LEAD)
    assert find_reference(text, period=PERIOD).iso == "2024-08-29"


@pytest.mark.parametrize(("line", "expected"), [
    ("December 26, 2025", "2024-06-04"),   # long after the dateline: the page's clock
    ("May 30, 2024", "2024-06-04"),        # before it: a listed story's date
    ("June 11, 2024", "2024-06-11"),       # a week after: the page's own date for the wire
])
def test_a_bare_line_over_a_dated_dateline(line, expected):
    text = f"Navies hold joint drill\n{line}\n\nMOSCOW, June 4, 2024 (Agency) - {LEAD}"
    assert find_reference(text, period=PERIOD).iso == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("03.02.2020", "2019-11-20"),
    ("26.12.2025", "2019-11-20"),
    ("25.11.2019", "2019-11-25"),
])
def test_a_russian_bare_line_over_a_dated_dateline(line, expected):
    text = (f"{RU_HEADLINE}Армия провела учения\n{line}\n\n20 ноября 2019 г., Минск – "
            + RU_LEAD)
    assert find_reference(text, period=PERIOD, language="ru").iso == expected
