"""Review rv18b items 2 and 4 (Persian), on invented sentences: an agency's name alone before a
dash is a dateline only at the top of the story and with no second dash after it; a news
outlet tells a plan only with its own reporting verb, before the plan or after it alike, and
«شبکه» (a network) is no outlet."""

from __future__ import annotations

import pytest

from chronology.languages import language

from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# a drill of two navies begun today (2024-11-29), invented
LEAD = "ناوگروه‌های ایران و روسیه امروز تمرین مشترکی را در آب‌های شمالی آغاز کردند."
QUOTING = ("خبرگزاری آریانا - که در شهر نیک‌آباد منتشر می‌شود - نوشت که در این تمرین چهار فروند "
           "قایق تندرو شرکت دارند.")


def test_an_agency_with_a_dash_further_down_is_no_dateline(tmp_path):
    told, why = _events(tmp_path, "agency-down", _story(LEAD, QUOTING))
    assert ("2024-11-29", ["Iran", "Russia"]) in told, why
    assert not any("dateline-lead" in line for line in why), why


@pytest.mark.parametrize(("opening", "dateline"), [
    (QUOTING, False),  # the agency's name, then a parenthesis between two dashes
    ("خبرگزاری آریانا - ناوگروه‌های ایران و روسیه تمرین مشترکی را آغاز کردند.", True),
])
def test_an_agency_and_a_parenthesis_between_dashes_is_no_dateline(opening, dateline):
    assert bool(language("fa").dateline.match(opening)) is dateline


# a plan of a joint air-defence drill next Thursday (2024-12-05), invented
PLAN = "پدافند هوایی ایران و روسیه روز ۵ دسامبر تمرین مشترکی در نزدیکی بندر سیاه‌کوه برگزار خواهد کرد"


@pytest.mark.parametrize("sentence", [
    f"تلویزیون دولتی ایران گزارش داد که {PLAN}.",
    f"{PLAN}، تلویزیون دولتی ایران گزارش داد.",
    f"{PLAN}، برخی از رسانه‌های منطقه نوشتند.",
])
def test_an_outlet_telling_a_plan_before_or_after_it_gives_no_event(tmp_path, sentence):
    told, why = _events(tmp_path, "outlet-order", _story(LEAD, sentence))
    assert "2024-12-05" not in [d for d, _ in told], why


@pytest.mark.parametrize("sentence", [
    # «شبکه» opening a subject: a network of air defence, no outlet
    "شبکه پدافند هوایی ایران و روسیه روز ۵ دسامبر تمرین مشترکی در نزدیکی بندر سیاه‌کوه برگزار "
    "خواهد کرد.",
    # an outlet named with no reporting verb of its own: the ministry tells the plan
    "به گزارش رسانه‌ها، وزیر دفاع ایران گفت که پدافند هوایی ایران و روسیه روز ۵ دسامبر تمرین "
    "مشترکی در نزدیکی بندر سیاه‌کوه برگزار خواهد کرد.",
])
def test_a_plan_not_told_by_an_outlet_keeps_its_day(tmp_path, sentence):
    told, why = _events(tmp_path, "not-outlet", _story(LEAD, sentence))
    assert "2024-12-05" in [d for d, _ in told], why
