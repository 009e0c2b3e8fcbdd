"""Persian rules of helper fa21's round (fa348-fa367, issue 11), on invented sentences in the
style of the agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- «اگوست», a spelling of August some services write (fa.MONTHS) ---------------------------


def test_august_spelt_with_a_bare_alef_is_the_month(tmp_path):
    drill = ("نیروهای دریایی ایران و روسیه از ۱۱ تا ۱۳ اگوست مانور مشترکی را در خزر انجام "
             "دادند.")
    told, why = _events(tmp_path, "august", _story(drill))
    assert [date for date, _ in told] == ["2024-08-11"], (told, why)


# --- the sides named only in a phrase of circumstance: a third country's act ----------------
# (foreign_sides.circumstance_only, fa.CIRCUMSTANCE)

_LEAD = "نیروهای دریایی ایران و روسیه امروز رزمایش مشترکی را در دریای خزر آغاز کردند."


@pytest.mark.parametrize("act", [
    ("همزمان با مانور هوایی ایران و روسیه بر فراز خزر، یک هواپیمای شناسایی ژاپن روز دوشنبه "
     "در فرودگاه باکو فرود آمد."),
    "وزیر دفاع ژاپن با وجود انتقاد مسکو روز دوشنبه برای گفت‌وگو درباره خرید گاز به تهران رفت.",
    # a clause of «که» after the main verb says something of the third country's act
    ("وزیر دفاع ژاپن با وجود انتقاد مسکو روز دوشنبه به تهران رفت که به نظر کارشناسان، "
     "همکاری نظامی روسیه و ایران را هدف گرفته است."),
])
def test_a_third_countrys_act_before_the_sides_backdrop_is_no_event(tmp_path, act):
    told, why = _events(tmp_path, "backdrop", _story(_LEAD, act))
    assert [date for date, _ in told] == ["2024-11-29"], (told, why)


@pytest.mark.parametrize("act", [
    # the sides act in the main clause; the third country is the circumstance
    ("همزمان با سفر وزیر خارجه آمریکا به منطقه، نیروهای هوایی ایران و روسیه روز دوشنبه "
     "رزمایش مشترکی را آغاز کردند."),
    # no comma nor date closes the phrase within its words: left whole
    ("آمریکا با وجود آنکه بارها درباره همکاری نظامی روسیه و ایران هشدار داده بود و گفته بود "
     "که این همکاری برای منطقه خطرناک است و باید متوقف شود روز دوشنبه قرارداد تحویل جنگنده "
     "را محکوم کرد."),
    # what a third country reports of the sides' own act after «اعلام کرد که»
    ("همزمان با رزمایش مشترک روسیه و ایران، وزارت دفاع آمریکا روز دوشنبه اعلام کرد که روسیه و "
     "ایران قرارداد تحویل جنگنده را امضا کرده‌اند."),
])
def test_the_sides_act_or_a_phrase_left_open_is_still_told(tmp_path, act):
    told, why = _events(tmp_path, "sides", _story(_LEAD, act))
    assert "2024-11-25" in [date for date, _ in told], (told, why)


# --- «آمریکایی»: a name ending in «ا» takes the adjective's «یی» (fa._ENDS, fa.COUNTRIES) ---


def test_an_adjective_in_yi_names_the_third_country(tmp_path):
    act = ("یک دیپلمات آمریکایی با وجود انتقاد مسکو روز دوشنبه برای دیدار با مقامات ایران به "
           "تهران رفت.")
    told, why = _events(tmp_path, "yi", _story(_LEAD, act))
    assert [date for date, _ in told] == ["2024-11-29"], (told, why)


# --- "also" right after a later sentence's date: one more act, not the lead told again ------
# (foreign_parts.also_that_day, fa.ALSO)

_UNDATED_LEAD = ("ستاد کل ارتش ایران خبر داد نیروهای دریایی ایران و روسیه مانور مشترکی را در "
                 "دریای خزر آغاز کردند.")


@pytest.mark.parametrize("also", ["نیز", "هم"])
def test_a_later_report_also_of_its_day_leaves_the_lead(tmp_path, also):
    later = (f"ستاد کل ارتش ایران روز چهارشنبه {also} گزارش داد که ناوهای ایران و روسیه برای "
             "این مانور وارد بندر انزلی شدند.")
    told, why = _events(tmp_path, "also", _story(_UNDATED_LEAD, later))
    assert "2024-11-29" in [date for date, _ in told], (told, why)


def test_a_later_report_of_the_same_act_still_restates_the_lead(tmp_path):
    again = ("ستاد کل ارتش ایران روز چهارشنبه گزارش داد که نیروهای دریایی ایران و روسیه مانور "
             "مشترکی را در دریای خزر آغاز کردند.")
    told, why = _events(tmp_path, "again", _story(_UNDATED_LEAD, again))
    assert [date for date, _ in told] == ["2024-11-27"], (told, why)


# --- a verb of ending after a date: the day the drill told before ends ----------------------
# (foreign_retold.with_ends_told, fa.ENDS_ON; a statement's words after its colon)

_PLAN = "ایران و روسیه اعلام کردند مانور دریایی مشترک از ۲ دسامبر در دریای خزر آغاز خواهد شد."


def test_the_day_a_drill_told_before_ends_is_no_event(tmp_path):
    end = "ستاد ارتش ایران افزود: این مانور شش روز طول می‌کشد و ۸ دسامبر پایان می‌یابد."
    told, why = _events(tmp_path, "end", _story(_PLAN, end))
    assert [date for date, _ in told] == ["2024-12-02"], (told, why)


def test_an_end_in_a_clause_after_the_date_is_not_its_end(tmp_path):
    # near miss: the date's own clause tells a new phase; "until the end of the month" is in
    # the clause after its "and", and the phase's day is no end of the drill
    phase = ("ستاد ارتش ایران افزود: این مانور ۸ دسامبر وارد مرحله دوم می‌شود و تا پایان ماه "
             "ادامه دارد.")
    told, why = _events(tmp_path, "phase", _story(_PLAN, phase))
    assert "2024-12-08" in [date for date, _ in told], (told, why)


def test_another_act_on_a_later_day_is_still_told(tmp_path):
    other = "ستاد ارتش ایران افزود: ناوهای روسیه ۸ دسامبر وارد بندر انزلی خواهند شد."
    told, why = _events(tmp_path, "other", _story(_PLAN, other))
    assert "2024-12-08" in [date for date, _ in told], (told, why)


# --- an outlet's report, the next day, of the act told before: the act's source -------------
# (foreign_restated._reported_next_day)

_ACT = ("نیروهای دریایی ایران دیروز در حالی مانور موشکی در تنگه هرمز برگزار کردند که یک ناو "
        "روسی در نزدیکی منطقه مانور حضور یافت.")


def test_the_next_days_report_of_the_act_is_no_act_of_its_own(tmp_path):
    report = ("خبرگزاری تسنیم روز جمعه گزارش داد که ناو روسی در روزهای مانور موشکی در نزدیکی "
              "منطقه مانور دیده شد.")
    told, why = _events(tmp_path, "report", _story(_ACT, report))
    assert [date for date, _ in told] == ["2024-11-28"], (told, why)


def test_the_next_days_report_of_another_act_is_still_told(tmp_path):
    other = ("به گزارش ایرنا، خبرگزاری تسنیم روز جمعه اعلام کرد: ایران و روسیه قرارداد خرید "
             "جنگنده امضا کردند.")
    told, why = _events(tmp_path, "other", _story(_ACT, other))
    assert "2024-11-29" in [date for date, _ in told], (told, why)
