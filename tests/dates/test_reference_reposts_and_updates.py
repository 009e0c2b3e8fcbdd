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
        "defence ministry said in a statement, adding that warships and aircraft would take "
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
