"""Persian rules of helper fa28 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- a decision named as the subject, of the act told before it the same day --------------
# (fa.DECISION_ON, foreign_restated._decided_act)

_SUSPENDED = "دولت ایران امروز اعلام کرد که توافق نظامی با روسیه تعلیق شده است."
_BETWEEN = "این توافق سه سال پیش در مسکو امضا شده بود."


def test_the_decision_of_the_act_told_before_is_that_act_told_again(tmp_path):
    later = ("به گزارش رسانه‌های محلی، تصمیم امروز ایران مبنی بر تعلیق توافق با روسیه، پس از آن "
             "گرفته شد که یک هیئت روسی تهران را ترک کرد.")
    told, why = _events(tmp_path, "decision", _story(_SUSPENDED, _BETWEEN, later))
    assert sorted(date for date, _ in told) == ["2021", "2024-11-29"], (told, why)
    assert any("again" in line for line in why), why


def test_a_decision_on_another_act_stays_its_own_event(tmp_path):
    later = ("به گزارش رسانه‌های محلی، تصمیم امروز ایران مبنی بر لغو توافق با روسیه، پس از آن "
             "گرفته شد که یک هیئت روسی تهران را ترک کرد.")
    told, why = _events(tmp_path, "another", _story(_SUSPENDED, _BETWEEN, later))
    assert sorted(date for date, _ in told) == ["2021", "2024-11-29", "2024-11-29"], (told, why)


# --- shooting down and destroying are acts of the topic's kind (fa.TOPIC_ACTIONS) -----------

_DOWNED = "پدافند هوایی ایران امروز یک پهپاد متعلق به روسیه را بر فراز مرز سرنگون کرد."


@pytest.mark.parametrize("verb", ["منهدم شد", "سرنگون شد"])
def test_an_undated_side_downing_told_after_is_its_own_event(tmp_path, verb):
    later = f"دو روز پیش نیز یک پهپاد دیگر که از مرز عبور کرده بود، {verb}."
    told, why = _events(tmp_path, "downed", _story(_DOWNED, later))
    assert sorted(date for date, _ in told) == ["2024-11-27", "2024-11-29"], (told, why)


def test_a_drone_named_with_no_act_of_the_topic_stays_out(tmp_path):
    later = "دو روز پیش نیز یک پهپاد دیگر بر فراز مرز دیده شده بود."
    told, why = _events(tmp_path, "seen", _story(_DOWNED, later))
    assert [date for date, _ in told] == ["2024-11-29"], (told, why)


# --- the same act done to a thing pointed back to (fa.THIS_THING, _acts_on_it) -------------

_TAKEN = "تفنگداران دریایی ایران و روسیه امروز در رزمایش مشترک کنترل جزیره فرضی را به دست گرفتند."
_YEAR_BEFORE = "یک سال پیش نیز دو کشور رزمایشی در دریای خزر برگزار کردند."


def test_the_act_done_again_to_the_thing_pointed_back_to_is_one_event(tmp_path):
    later = "به گزارش رسانه‌های روسیه، تفنگداران امروز پس از چند ساعت کنترل این جزیره را به دست گرفتند."
    told, why = _events(tmp_path, "taken", _story(_TAKEN, _YEAR_BEFORE, later))
    assert sorted(date for date, _ in told) == ["2023", "2024-11-29"], (told, why)


def test_another_act_done_to_the_thing_pointed_back_to_stays_its_own(tmp_path):
    later = "به گزارش رسانه‌های روسیه، تفنگداران امروز پس از چند ساعت تخلیه این جزیره را آغاز کردند."
    told, why = _events(tmp_path, "emptied", _story(_TAKEN, _YEAR_BEFORE, later))
    assert sorted(date for date, _ in told) == ["2023", "2024-11-29", "2024-11-29"], (told, why)


def test_the_thing_pointed_back_to_as_no_object_is_no_act_done_again(tmp_path):
    # "the marines of this island began another drill": the island is no object of the act
    later = ("به گزارش رسانه‌های روسیه، تفنگداران این جزیره امروز رزمایش دیگری را در دریای خزر "
             "آغاز کردند.")
    told, why = _events(tmp_path, "owner", _story(_TAKEN, _YEAR_BEFORE, later))
    assert sorted(date for date, _ in told) == ["2023", "2024-11-29", "2024-11-29"], (told, why)
