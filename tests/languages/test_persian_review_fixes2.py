"""Persian near misses of the fa18 rules (issues 11 and 14, review of this session's merged
rules), on invented sentences in the style of the agencies: a demonstrative before a unit of
time or the report itself points back to no act, and a people's name shared by two countries'
peoples names neither when the sentence names the other."""

from __future__ import annotations

import pytest

from chronology.config import Topic
from chronology.extraction.names import TopicNames

from . import persian_story

_HEAD = "---\npublished: 2024-10-23\nlanguage: fa\n---\n"   # a Wednesday
_HEADLINE = "تصویب بسته کمک نظامی روسیه به ایران"


def _story(headline, *paragraphs):
    return _HEAD + "\n\n".join([headline, *paragraphs]) + "\n"


@pytest.mark.parametrize("lead", [
    # "this week", "this report", "this agency", "this time": no back-reference to the
    # headline's act
    "این هفته مجلس بسته کمک نظامی را تصویب کرد.",
    "این گزارش در حالی منتشر می‌شود که مجلس طرح را تصویب کرد.",
    "این خبرگزاری گزارش داد که مجلس طرح را تصویب کرد.",
    "این بار مجلس طرح را با ۲۰۰ رای موافق تصویب کرد.",
])
def test_this_before_a_time_or_the_report_points_back_to_no_act(tmp_path, lead):
    analysed = persian_story.analyse(tmp_path, "this", _story(_HEADLINE, lead))
    assert [c.title for c in analysed.candidates if c.title == _HEADLINE] == []


def test_this_before_the_acts_thing_still_points_back(tmp_path):
    # near miss: «این طرح» (this bill) is the headline's thing
    lead = "این طرح با ۲۰۰ رای موافق در مقابل ۴۰ رای مخالف تصویب شد."
    (event,) = persian_story.analyse(tmp_path, "bill", _story(_HEADLINE, lead)).candidates
    assert (str(event.date), event.title) == ("2024-10-23", _HEADLINE)


_PEOPLES = Topic(actors={"Russia": ("Russia", "روسیه"), "Tajikistan": ("تاجیکستان",),
                         "Uzbekistan": ("ازبکستان",), "Kazakhstan": ("قزاقستان",)},
                 terms=("نظامی",))


@pytest.mark.parametrize(("text", "groups"), [
    # Afghanistan's Tajiks and Uzbeks: the sentence names Afghanistan
    ("نیروهای تاجیک در شمال افغانستان با طالبان درگیر شدند.", []),
    ("فرماندهان ازبک افغانستان به مزار شریف بازگشتند.", []),
    # «قزاق» is a Cossack too: Russia's Cossacks name no Kazakhstan
    ("قزاق‌های روس در کریمه رژه رفتند.", ["Russia"]),
    # near misses: the people alone, or the country's own name, still name it
    ("نیروهای روسی و تاجیک در مرز رزمایش برگزار کردند.", ["Russia", "Tajikistan"]),
    ("ارتش قزاقستانی در رزمایش شرکت کرد.", ["Kazakhstan"]),
    ("وزیر دفاع تاجیکستان از افغانستان بازدید کرد.", ["Tajikistan"]),
    # the people's name after a state's force, or joined to another country's people, is
    # its country's even where the sentence names Afghanistan; alone, it is the people there
    ("ارتش تاجیک در نزدیکی مرز افغانستان رزمایش برگزار کرد.", ["Tajikistan"]),
    ("نیروهای مسلح ازبک در مرز افغانستان مستقر شدند.", ["Uzbekistan"]),
    ("نیروهای روسی و تاجیک در نزدیکی مرز افغانستان تمرین کردند.", ["Russia", "Tajikistan"]),
    ("تاجیک‌های شمال افغانستان به شهر بازگشتند.", []),
    ("نیروهای تاجیک و ازبک در شمال افغانستان با طالبان درگیر شدند.", []),
])
def test_a_people_shared_with_a_named_country_names_no_side(text, groups):
    assert TopicNames(_PEOPLES, "fa").groups(text) == groups
