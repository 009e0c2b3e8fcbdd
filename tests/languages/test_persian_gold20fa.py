"""Persian rules of helper gold20fa (issue 11), on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

from .persian_story import analyse
from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- a side clause's day dates the main clause's past act told before «و» ----------------
# (foreign_side_dates._clauses)

_TALKS = "هیئت‌های نظامی ایران و روسیه هفته گذشته در مسکو گفت‌وگو کردند."


def test_a_side_day_dates_a_past_act_ending_an_inner_clause(tmp_path):
    agreed = ("این توافق نظامی که روز سه‌شنبه ۲۶ نوامبر ۲۰۲۴ در تهران اعلام شد، پس از ماه‌ها "
              "گفت‌وگو میان ایران و روسیه حاصل شد و دو طرف ابراز امیدواری کردند که این توافق "
              "می‌تواند همکاری دفاعی را گسترش دهد.")
    told, why = _events(tmp_path, "agreed", _story(_TALKS, agreed))
    assert "2024-11-26" in [date for date, _ in told], (told, why)


def test_a_side_day_before_a_present_state_still_dates_no_act(tmp_path):
    state = ("در جنگی که روسیه در ۲۴ فوریه ۲۰۲۲ آغاز کرد، از پهپادهای ایرانی به طور گسترده "
             "استفاده می‌شود.")
    told, why = _events(tmp_path, "state", _story(_TALKS, state))
    assert "2022-02-24" not in [date for date, _ in told], (told, why)


# --- «در دوشنبه،» is the city unless a date follows the comma (fa.WEEKDAY_PLACE) -----------

_DUSHANBE = ("به نقل از خبرنگار خبرگزاری ایسنا در دوشنبه، نیروهای مرزی ایران و روسیه "
             "رزمایش مشترکی را در نزدیکی مرز برگزار کردند.")


def test_the_reporters_city_before_a_comma_dates_nothing(tmp_path):
    told, why = _events(tmp_path, "city", _story(_DUSHANBE))
    assert "2024-11-25" not in [date for date, _ in told], (told, why)


def test_monday_with_its_date_after_the_comma_is_still_the_day(tmp_path):
    day = ("نیروهای دریایی ایران و روسیه در دوشنبه، ۲۵ نوامبر، رزمایش مشترکی را در دریای خزر "
           "برگزار کردند.")
    told, why = _events(tmp_path, "day", _story(day))
    assert "2024-11-25" in [date for date, _ in told], (told, why)


# --- «در بیانیه ... آمده است که» is the statement going on (fa.SPEECH_VERBS) ---------------

_AGREED = "وزارت خارجه روسیه اعلام کرد که ایران و روسیه بر سر برگزاری رزمایش مشترک توافق کرده‌اند."


def test_what_the_statement_also_says_is_no_event_of_its_own(tmp_path):
    more = ("در بیانیه وزارت دفاع روسیه آمده است که ایران و روسیه همچنین پذیرفتند کارشناسان نظامی "
            "خود را برای دیدارهای بعدی به تهران بفرستند.")
    told, why = _events(tmp_path, "stated", _story(_AGREED, more))
    assert [date for date, _ in told] == ["2024-11-29"], (told, why)


def test_the_sides_also_acting_still_carries_the_day(tmp_path):
    more = "دو کشور همچنین یک قرارداد نظامی در تهران امضا کردند."
    told, why = _events(tmp_path, "also", _story(_AGREED, more))
    assert [date for date, _ in told] == ["2024-11-29", "2024-11-29"], (told, why)


# --- what was said at the occasion pointed back to joins its event (fa.THIS_OCCASION) -------

_CALL = "رئیس‌جمهور روسیه روز چهارشنبه با رئیس‌جمهور ایران تماس تلفنی گرفت."
_PUBLISHED = "وب‌سایت کرملین گزارشی کوتاه از این تماس منتشر کرده است."


def _quotes(tmp_path, name, *paragraphs):
    result = analyse(tmp_path, name, _story(*paragraphs))
    return [(c.event.date, c.event.sources[0].quote) for c in result.found], result.explain


def test_what_was_said_in_the_call_is_part_of_the_call(tmp_path):
    said = "رئیس‌جمهور روسیه در این تماس تلفنی از همکاری نظامی ایران قدردانی کرد."
    told, why = _quotes(tmp_path, "said", _CALL, _PUBLISHED, said)
    assert [date for date, _ in told] == ["2024-11-27"], (told, why)
    assert "قدردانی" in told[0][1], (told, why)


def test_a_signing_at_the_occasion_is_not_added_to_its_words(tmp_path):
    signed = "در این دیدار دو طرف یک قرارداد نظامی امضا کردند."
    told, why = _quotes(tmp_path, "signed", _CALL, _PUBLISHED, signed)
    assert not any("قرارداد" in quote for _, quote in told), (told, why)
