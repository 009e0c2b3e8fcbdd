"""Persian rules of helper fa26 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from .persian_story import LEAD
from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- a third country (fa.COUNTRIES) with one side: another pair's act ------------------------

@pytest.mark.parametrize("other", ["ارمنستان", "جمهوری آذربایجان", "کوریای شمالی", "امریکا"])
def test_one_side_with_a_third_country_is_another_pairs_act(tmp_path, other):
    text = _story(LEAD, f"{other} در ماه مه سامانه‌های پدافندی ساخت روسیه را تحویل گرفت.")
    told, why = _events(tmp_path, "third", text)
    assert not any(date == "2024-05" for date, _ in told), why
    assert any("skipped (off topic: names Russia with" in line for line in why), why


def test_a_country_of_the_sides_is_no_third_country(tmp_path):
    text = _story(LEAD, "نیروی دریایی روسیه در ماه مه سامانه‌های پدافندی جدیدی تحویل گرفت.")
    told, why = _events(tmp_path, "own", text)
    assert any(date == "2024-05" for date, _ in told), why


@pytest.mark.parametrize("place", ["در سوریه", "به سوریه", "از خاک سوریه", "درباره سوریه",
                                   "در شمال اقیانوس هند"])
def test_a_country_as_place_or_matter_is_no_party(tmp_path, place):
    text = _story(LEAD, f"ناوگروه روسیه در ماه مه {place} رزمایش دریایی برگزار کرد.")
    told, why = _events(tmp_path, "place", text)
    assert any(date == "2024-05" for date, _ in told), why


def test_an_iranian_province_is_no_country(tmp_path):
    text = _story(LEAD, "نیروی زمینی روسیه در ماه مه در آذربایجان شرقی رزمایش برگزار کرد.")
    told, why = _events(tmp_path, "province", text)
    assert any(date == "2024-05" for date, _ in told), why


def test_a_third_country_taking_part_in_the_occasion_told(tmp_path):
    text = _story(LEAD, "سخنگوی رزمایش روز سه‌شنبه گفت که یک ناوشکن چینی نیز در این رزمایش "
                        "شرکت دارد.")
    told, why = _events(tmp_path, "joins", text)
    assert any(date == "2024-11-26" for date, _ in told), why


def test_a_third_countrys_act_aimed_at_a_side(tmp_path):
    text = _story(LEAD, "آمریکا در ماه اوت تلاش کرد تحریم تسلیحاتی ایران را تمدید کند اما "
                        "موفق نشد.")
    told, why = _events(tmp_path, "aimed", text)
    assert any(date == "2024-08" for date, _ in told), why


# --- an anniversary's year names what is remembered (fa.ANNIVERSARY) -------------------------

@pytest.mark.parametrize("told", ["به مناسبت سالگرد پیروزی در جنگ در سال ۱۹۴۵",
                                  "به مناسبت هفتادمین سالروز پیروزی ۱۹۴۵"])
def test_an_anniversarys_year_dates_no_act(tmp_path, told):
    text = _story(LEAD, f"نیروهای روسیه و ایران {told} رژه مشترکی برگزار کردند.")
    told_events, why = _events(tmp_path, "anniversary", text)
    assert not any(date == "1945" for date, _ in told_events), why


def test_a_day_after_an_anniversary_is_the_ceremonys(tmp_path):
    text = _story(LEAD, "نیروهای روسیه و ایران به مناسبت سالگرد پیروزی روز شنبه نهم نوامبر "
                        "رژه مشترکی برگزار کردند.")
    told, why = _events(tmp_path, "ceremony", text)
    assert any(date == "2024-11-09" for date, _ in told), why


# --- a background set against the news, dated by a year (fa.CONTRAST_OPENER) -----------------

@pytest.mark.parametrize("opener", ["این در حالی است که", "این در حالیست که",
                                    "این اظهارات در حالی مطرح می‌شود که"])
def test_a_contrast_dated_by_a_year_gives_no_event(tmp_path, opener):
    text = _story(LEAD, f"{opener} روسیه و ایران در سال ۲۰۱۹ نیز رزمایش مشترکی برگزار کرده "
                        "بودند.")
    told, why = _events(tmp_path, "contrast", text)
    assert not any(date == "2019" for date, _ in told), why


def test_a_contrast_dated_by_a_day_is_an_occasion(tmp_path):
    text = _story(LEAD, "این در حالی است که روسیه و ایران روز گذشته نیز رزمایش مشترکی در "
                        "خلیج فارس برگزار کردند.")
    told, why = _events(tmp_path, "contrast_day", text)
    assert any(date == "2024-11-28" for date, _ in told), why


def test_a_year_without_the_contrast_dates_the_act(tmp_path):
    text = _story(LEAD, "روسیه و ایران در سال ۲۰۱۹ نیز رزمایش مشترکی برگزار کرده بودند.")
    told, why = _events(tmp_path, "plain_year", text)
    assert any(date == "2019" for date, _ in told), why


# --- a country in a source's name is no third country (fa.SOURCE_PHRASE) ---------------------

@pytest.mark.parametrize("source", ["به گزارش صدای آمریکا،", "به نقل از هندوستان تایمز،",
                                    "به گزارش ایسنا (خبرگزاری دانشجویان ایران)،"])
def test_a_country_in_a_sources_name_is_no_party(tmp_path, source):
    text = _story(LEAD, f"{source} نیروی دریایی روسیه در ماه مه رزمایشی در دریای خزر "
                        "برگزار کرد.")
    told, why = _events(tmp_path, "source", text)
    assert any(date == "2024-05" for date, _ in told), why


def test_voice_of_america_as_the_subject_names_no_party(tmp_path):
    text = _story(LEAD, "صدای آمریکا گزارش داد که نیروی دریایی روسیه در ماه مه رزمایشی در "
                        "دریای خزر برگزار کرد.")
    told, why = _events(tmp_path, "voa", text)
    assert any(date == "2024-05" for date, _ in told), why


def test_insisting_is_not_egypt(tmp_path):
    text = _story(LEAD, "ایران بر ادامه رزمایش‌های مشترک با روسیه در ماه مه مصر است.")
    told, why = _events(tmp_path, "insists", text)
    assert not any("Egypt" in line for line in why), why


# --- an agency's name alone before a dash is a dateline (fa.DATELINE) -------------------------

@pytest.mark.parametrize("agency", ["باشگاه خبرنگاران جوان- ", "خبرگزاری تسنیم - "])
def test_an_agency_before_a_dash_is_a_dateline(tmp_path, agency):
    from . import persian_story
    text = _story(f"{agency}نیروهای دریایی ایران و روسیه رزمایش مشترکی را در دریای خزر "
                  "آغاز کردند.")
    result = persian_story.analyse(tmp_path, "agency", text)
    titles = [c.event.title for c in result.found]
    assert titles and not any(t.startswith(agency.split()[0]) for t in titles), titles


def test_an_analysis_byline_is_no_dateline():
    from chronology.languages import language
    lang = language("fa")
    line = "خبرگزاری مهر، گروه بین‌الملل - مریم رضایی: تحلیل رزمایش‌های اخیر دو کشور ..."
    assert lang.dateline.match(line) is None
    assert lang.dateline.match("باشگاه خبرنگاران جوان- گفت‌وگوها به پایان رسید.") is not None
