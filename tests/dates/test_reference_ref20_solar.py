"""A Solar date whose day lost its space before the month, round ref20 (every line invented
for these tests): text taken from a printed page, a newspaper's masthead or columns, may
glue the day's digits to the month's name ("<weekday> <day><month> <year>")."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference
from chronology.dates.lexical import find_candidates

PERIOD = (2005, 2026)


FA_LEAD = ("از روز شنبه مدارس شهر با تصمیم اداره آموزش و پرورش باز شد، در حالی که "
           "شماری از خانواده‌ها خواسته بودند بازگشایی دو هفته به تاخیر بیفتد.\n\n"
           "اداره گفت کلاس‌ها با رعایت نکات بهداشتی برگزار می‌شود.")


@pytest.mark.parametrize(("weekday", "written", "iso"), [
    ("سه شنبه", "12اردیبهشت ماه 1402", "2023-05-02"),
    ("چهارشنبه", "۲۵آبان ۱۴۰۱", "2022-11-16"),
])
def test_a_mastheads_solar_date_whose_day_lost_its_space_dates_the_page(weekday, written, iso):
    # a newspaper's masthead taken from its printed page: "<weekday> <day><month> <year>"
    text = f"روزنامه نمونه شماره 1200\n\n{weekday}  {written}  صفحه 8\n\n{FA_LEAD}"
    kinds = [(c.kind, c.text) for c in find_candidates(text, "fa")]
    assert ("solar-day-month", written) in kinds
    assert find_reference(text, period=PERIOD, language="fa").iso == iso


def test_a_day_glued_to_a_solar_month_without_a_year_is_no_date():
    kinds = [c.kind for c in find_candidates("قیمت 3تیر و 5مهر در بازار", "fa")]
    assert "solar-day-month" not in kinds
