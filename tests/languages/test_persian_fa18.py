"""Persian rules from the errors of the new real dev articles fa226–fa245 (helper fa18, issue
11), tested on invented sentences in the style of the agencies, with near misses that must
stay as they were."""

from __future__ import annotations

import pytest

from chronology.config import Topic
from chronology.extraction.names import TopicNames

from . import persian_story

_analyse = persian_story.analyse
_HEAD = "---\npublished: 2024-10-23\nlanguage: fa\n---\n"   # a Wednesday


def _story(headline, *paragraphs):
    return _HEAD + "\n\n".join([headline, *paragraphs]) + "\n"


# --- a speaker's words of the lead's day about its act do not take the lead's place ---------

LEAD = "دیدار وزیران دفاع ایران و روسیه در شهر مسکو آغاز شد."
BETWEEN = "وزیر دفاع روسیه در این دیدار ضمن خوشامدگویی به مهمان ایرانی سخن گفت."


@pytest.mark.parametrize("remark", [
    "شویگو گفت: دیدار امروز ما برای همکاری نظامی ایران و روسیه بسیار مهم است.",
    "وزیر دفاع ایران تاکید کرد که دیدار امروز دو کشور نقطه عطفی در همکاری نظامی ایران و روسیه است.",
])
def test_a_remark_of_the_day_leaves_the_lead_its_act(tmp_path, remark):
    text = _story("دیدار وزیران دفاع ایران و روسیه آغاز شد", LEAD, BETWEEN, remark)
    (event,) = _analyse(tmp_path, "remark", text).candidates
    assert (str(event.date), event.title) == (
        "2024-10-23", "دیدار وزیران دفاع ایران و روسیه در شهر مسکو آغاز شد"), event.title


def test_a_remark_dated_another_day_still_dates_the_lead(tmp_path):
    # near-miss: the remark tells the act with a day of its own, before the day of writing:
    # its date is the act's, and the lead is told again by it, as before
    remark = "شویگو گفت: دیدار دیروز ما برای همکاری نظامی ایران و روسیه بسیار مهم بود."
    text = _story("دیدار وزیران دفاع ایران و روسیه آغاز شد", LEAD, BETWEEN, remark)
    (event,) = _analyse(tmp_path, "remark_before", text).candidates
    assert str(event.date) == "2024-10-22", event.date


# --- a story's first sentence that points back ("این طرح ...") goes on from the headline ----

@pytest.mark.parametrize(("lead", "headline"), [
    ("این طرح با ۲۰۰ رای موافق در مقابل ۴۰ رای مخالف تصویب شد.",
     "تصویب بسته کمک نظامی روسیه به ایران"),
    ("این لایحه پس از دو ماه بررسی در مجلس به تصویب رسید.",
     "تصویب لایحه فروش سلاح روسیه به ایران"),
])
def test_a_first_sentence_pointing_back_takes_the_headline(tmp_path, lead, headline):
    (event,) = _analyse(tmp_path, "this", _story(headline, lead)).candidates
    assert (str(event.date), event.title) == ("2024-10-23", headline), event.title


@pytest.mark.parametrize("lead", [
    # near-misses: «این» before no noun is no pointing back ("this is while", "this is that")
    "این در حالی است که مجلس با ۲۰۰ رای موافق طرح را تصویب کرد.",
    "این است که مجلس با ۲۰۰ رای موافق طرح را تصویب کرد.",
])
def test_this_before_no_noun_points_nowhere(tmp_path, lead):
    text = _story("تصویب بسته کمک نظامی روسیه به ایران", lead)
    assert _analyse(tmp_path, "while", text).candidates == []


# --- «گذشته» right after a weekday, with no part of its day, leaves the title with it ---------

@pytest.mark.parametrize("when", ["یکشنبه گذشته", "روز یکشنبه گذشته"])
def test_a_bare_last_after_a_weekday_leaves_the_title(tmp_path, when):
    lead = f"ناوگروه نیروی دریایی روسیه {when} وارد بندرعباس شد."
    text = persian_story.story(lead, published="2024-10-23")
    (event,) = _analyse(tmp_path, "last", text).candidates
    assert (str(event.date), event.title) == (
        "2024-10-20", "ناوگروه نیروی دریایی روسیه وارد بندرعباس شد"), event.title



# --- a country's people's name is its adjective too: «جنگنده روس» names Russia ---------------

_TOPIC = Topic(actors={"Russia": ("Russia", "روسیه"), "Turkey": ("Turkey", "ترکیه"),
                       "Tajikistan": ("تاجیکستان",)}, terms=("نظامی",))


@pytest.mark.parametrize(("text", "groups"), [
    ("جنگنده روس در مرز ترکیه سرنگون شد.", ["Russia", "Turkey"]),
    ("روس‌ها و ترکیه درباره ادلب گفت‌وگو کردند.", ["Russia", "Turkey"]),
    ("نیروهای روسی و تاجیک در مرز رزمایش برگزار کردند.", ["Russia", "Tajikistan"]),
])
def test_the_peoples_name_names_its_country(text, groups):
    assert TopicNames(_TOPIC, "fa").groups(text) == groups


@pytest.mark.parametrize("text", [
    # near-misses: words that open with the people's name but are others ("village",
    # "headscarf"), and «ترک» ("leaving"), which no people's name stands for
    "روستای مرزی در نزدیکی ادلب تخلیه شد.",
    "فروش روسری در بازار افزایش یافت.",
    "نیروهای آمریکایی منطقه را ترک کردند.",
])
def test_words_that_only_begin_like_a_people_name_name_no_country(text):
    assert TopicNames(_TOPIC, "fa").groups(text) == []


# --- a Persian name's parts may be written joined, with a ZWNJ or a space ---------------------

_SPELT = Topic(actors={"Azerbaijan": ("Aliyev", "علی‌اف"), "Israel": ("Israel", "تل آویو")},
               terms=())


@pytest.mark.parametrize(("text", "groups"), [
    ("الهام علی اف با وزیر دفاع دیدار کرد.", ["Azerbaijan"]),
    ("الهام علیاف با وزیر دفاع دیدار کرد.", ["Azerbaijan"]),
    ("هیئتی از تلآویو وارد باکو شد.", ["Israel"]),
    ("هیئتی از تل‌آویو وارد باکو شد.", ["Israel"]),
])
def test_a_names_parts_joined_or_apart_are_one_name(text, groups):
    assert TopicNames(_SPELT, "fa").groups(text) == groups


def test_a_longer_word_that_begins_like_a_name_is_another():
    # near-miss: «علیرضا» begins with «علی» but no «اف» follows: no Aliyev
    assert TopicNames(_SPELT, "fa").groups("علیرضا با وزیر دفاع دیدار کرد.") == []


@pytest.mark.parametrize("text", [
    # the spaced name's last part begins a longer word: Ali added, Ali Afshar, Ali Eftekhari
    "علی افزود که وزیر دفاع آماده است.",
    "سرتیپ علی افشار روز دوشنبه هشدار داد.",
    "علی افتخاری با وزیر دفاع دیدار کرد.",
    "هیئتی از تل آویورا ترک کرد.",
])
def test_a_multi_part_name_ends_at_a_word_end(text):
    assert TopicNames(_SPELT, "fa").groups(text) == []


@pytest.mark.parametrize(("text", "groups"), [
    # near misses: the name whole, or with a people's ending
    ("علی اف روز دوشنبه هشدار داد.", ["Azerbaijan"]),
    ("هیئت تل آویوی وارد باکو شد.", ["Israel"]),
])
def test_a_multi_part_name_with_a_peoples_ending_is_the_name(text, groups):
    assert TopicNames(_SPELT, "fa").groups(text) == groups
