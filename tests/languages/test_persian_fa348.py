"""Persian rules of helper fa21's round (fa348-fa367, issue 11), on invented sentences in the
style of the agencies, with near misses that must stay as they were."""

from __future__ import annotations

from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- «اگوست», a spelling of August some services write (fa.MONTHS) ---------------------------


def test_august_spelt_with_a_bare_alef_is_the_month(tmp_path):
    drill = ("نیروهای دریایی ایران و روسیه از ۱۱ تا ۱۳ اگوست مانور مشترکی را در خزر انجام "
             "دادند.")
    told, why = _events(tmp_path, "august", _story(drill))
    assert [date for date, _ in told] == ["2024-08-11"], (told, why)
