"""Two dateline shapes that dated nothing (helper engine23; every line invented for these
tests): an English wire dateline with the filing's clock after its year ("PLACE, Month D,
YYYY, HH:MM -"), and a Russian or Persian one whose place is closed by a hyphen typed with a
space on each side ("Город - D месяца YYYY - ..."), as an en dash is already read."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
EN_LEAD = ("The harbour authority said on Friday it would close the old pier for repairs "
           "that are expected to last until the autumn.\n\nWork starts next month.")


@pytest.mark.parametrize("dateline", [
    "HARBOURTON, March 12, 2021, 10:12 -",
    "HARBOURTON, March 12, 2021 10:12 GMT -",
    "HARBOURTON, March 12, 2021, 10:12 am -",
    "HARBOURTON, March 12, 2021 -",
])
def test_an_english_dateline_with_a_clock_after_its_year_dates_the_story(dateline):
    found = find_reference(f"{dateline} {EN_LEAD}", period=PERIOD)
    assert found.iso == "2021-03-12"
    assert found.source == "dateline"


RU_LEAD = ("Власти города сообщили во вторник, что ремонт старого моста продлится до "
           "осени.\n\nПодрядчика выберут на конкурсе.")
FA_LEAD = ("شهردار روز سه شنبه گفت که بازسازی پل قدیمی تا پاییز ادامه خواهد داشت.\n\n"
           "پیمانکار با مناقصه انتخاب می‌شود.")


@pytest.mark.parametrize("dateline", [
    "Заречье - 1 марта 2022 -",
    "Заречье – 1 марта 2022 –",
    "Заречье- 1 марта 2022 -",
])
def test_a_russian_dateline_closed_by_a_spaced_hyphen_dates_the_story(dateline):
    found = find_reference(f"{dateline} {RU_LEAD}", period=PERIOD, language="ru")
    assert found.iso == "2022-03-01"


def test_a_persian_dateline_closed_by_a_spaced_hyphen_dates_the_story():
    found = find_reference(f"تهران - ۱۰ اسفند ۱۴۰۰ - {FA_LEAD}", period=PERIOD, language="fa")
    assert found.iso == "2022-03-01"



# A masthead before the page's slashed date that a general date parser half reads (a word
# it takes for a weekday or a day word), on a page whose other numeric dates are day first:
# the slashed date is read in the page's order, as it is without the masthead.
DAY_FIRST_PAGE = ("\nUpdated 14/05/2022\nThe harbour authority said that the old pier would "
                  "close for repairs that are expected to last until the autumn.\n")


@pytest.mark.parametrize("masthead", [
    "The Sun 04/05/2022",
    "The Sun, 04/05/2022",
    "Sun / 04/05/2022",
    "04/05/2022",
])
def test_a_slashed_date_after_a_masthead_is_read_in_the_pages_order(masthead):
    assert find_reference(masthead + DAY_FIRST_PAGE, period=PERIOD).iso == "2022-05-04"


# A lead that opens with its numeric date, then its place after a dash and a slash.
@pytest.mark.parametrize("opening", [
    "03.04.2018 - Harbourton / ",
    "03.04.2018 - Harbourton - ",
    "03-04-2018 – Port Harbourton / ",
])
def test_a_numeric_date_then_its_place_opens_the_story(opening):
    text = ("Pier to close for repairs\n\nJane Roe\n\n" + opening + "The harbour authority "
            "has closed the old pier for repairs, the city's gazette announced Monday.\n\nMore.")
    found = find_reference(text, period=PERIOD)
    assert (found.iso, found.source) == ("2018-04-03", "dateline")
