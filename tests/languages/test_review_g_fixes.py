"""Fixes of review G (session 9) and review F's ceasefire cases: near misses of the Russian,
Persian and English rules of that morning, each an invented line."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from chronology import dates
from chronology.extraction.foreign_trends import tells_a_trend
from chronology.extraction.theatres import one_truce
from chronology.languages import fa, language

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "extraction"))
from one_article import article_events  # noqa: E402


def test_a_noun_that_begins_with_mi_is_no_present_verb():
    present = re.compile(fa.PRESENT)
    for noun in ("میلادی", "میزبانی", "میان", "میلیون", "میدان"):
        assert not present.search(noun)
    for verb in ("می‌شود", "می شود", "میشود", "میکند"):
        assert present.search(verb)


def test_a_past_act_dated_in_the_gregorian_calendar_is_an_event(tmp_path):
    body = "ایران و روسیه در ژانویه ۲۰۲۳ میلادی، قرارداد خرید سوخو-۳۵ را نهایی کرده‌اند."
    events = article_events(tmp_path, "2023-01-25", body)
    assert [e.date for e in events] == ["2023-01"]


def test_the_noun_of_an_increase_as_an_object_tells_no_trend():
    lang = language("fa")
    assert not tells_a_trend("تهران - ایران و روسیه سندی برای افزایش همکاری‌ها امضا کردند.", lang)
    assert tells_a_trend("ترکیه صادرات دفاعی خود به آذربایجان را به شدت افزایش داده است.", lang)


def test_an_act_done_before_an_expectation_stays_past():
    text = ("روسیه روز دوشنبه نخستین فروند سوخو-۳۵ را به ایران تحویل داد و انتظار می‌رود "
            "بقیه تا پایان سال تحویل شوند.")
    found = dates.find_mentions(text, dt.date(2023, 1, 19), language="fa")
    assert [m.value for m in found if m.precision == "day"] == ["2023-01-16"]


def test_a_broken_or_defied_truce_is_the_fightings_report():
    truce = "Iranian and Russian border guards agreed a ceasefire on Wednesday."
    clash = "Iranian and Russian border guards clashed on Wednesday despite the ceasefire."
    twice = "Iranian and Russian border guards clashed on Wednesday, breaking a ceasefire."
    plain = "Iranian and Russian border guards clashed on Wednesday near Astara."
    assert one_truce(truce, "en", clash, "en")  # the clash is not the truce
    assert not one_truce(twice, "en", plain, "en")  # one clash, told twice
    halt = "Negotiators agreed in Doha on Wednesday to end the border clashes."
    assert not one_truce(truce, "en", halt, "en")  # one truce, in other words
    ru_truce = "Стороны договорились о прекращении огня в среду."
    ru_clash = "Несмотря на договоренность о прекращении огня, стороны вступили в столкновения."
    assert one_truce(ru_truce, "ru", ru_clash, "ru")
