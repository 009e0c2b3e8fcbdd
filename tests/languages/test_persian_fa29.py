"""Persian rules of helper fa29 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference
from chronology.languages import language

from .persian_story import analyse as _analyse
from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- a lead that tells what someone said with the reporting verb last (fa.STATEMENT_TOLD) ---

_AFTER = "دو کشور سال گذشته نیز رزمایشی در دریای خزر برگزار کرده بودند."


@pytest.mark.parametrize("lead", [
    # a judging verb ending the sentence: "deemed the cooperation useful"
    "وزیر دفاع ایران همکاری نظامی ایران و روسیه را به سود ثبات منطقه دانست.",
    # a reporting verb before a comma, what was said after it
    "وزارت دفاع روسیه در بیانیه‌ای تأکید کرد، همکاری با ایران در دریای خزر ادامه دارد.",
    # a reporting verb before a colon
    "سخنگوی وزارت دفاع روسیه گفت: همکاری نظامی با ایران برای ما اهمیت ویژه‌ای دارد.",
    # an announcement of a thing with the verb last
    "فرمانده نیروی دریایی ایران از گسترش همکاری با روسیه در دریای خزر خبر داد.",
])
def test_a_lead_telling_what_was_said_verb_last_is_the_days_statement(tmp_path, lead):
    told, why = _events(tmp_path, "said", _story(lead, _AFTER))
    assert sorted(d for d, _ in told) == ["2023", "2024-11-29"], (told, why)


@pytest.mark.parametrize("lead", [
    # a passive announcement names no one who said it: a standfirst, no statement
    "موضع رسمی ایران درباره همکاری نظامی با روسیه اعلام شد.",
    # what someone says now, in the present
    "وزیر دفاع ایران همکاری نظامی ایران و روسیه را به سود ثبات منطقه می‌داند.",
])
def test_no_statement_of_the_day_stays_out(tmp_path, lead):
    told, why = _events(tmp_path, "not_said", _story(lead, _AFTER))
    assert [d for d, _ in told] == ["2023"], (told, why)


# --- the lead's statement goes on: its quotation, or told again with who said it -----------
# (foreign_links.quotation_goes_on, statement_restated)

def _quotes(tmp_path, name, text):
    result = _analyse(tmp_path, name, text)
    return [(c.event.date, c.event.sources[0].quote) for c in result.found], result.explain


_QUOTED = ("سخنگوی نیروی دریایی ایران گفت: «امروز ناوهای ایران و روسیه رزمایش مشترکی را در "
           "دریای خزر آغاز کردند. در این رزمایش دوازده فروند ناو شرکت دارند.»")


def test_a_sentence_inside_the_leads_quotation_is_its_evidence(tmp_path):
    told, why = _quotes(tmp_path, "quoted", _story(_QUOTED))
    assert [d for d, _ in told] == ["2024-11-29"], (told, why)
    assert "دوازده فروند" in told[0][1], (told, why)


def test_a_sentence_after_the_closed_quotation_is_no_part_of_it(tmp_path):
    closed = _QUOTED.replace("آغاز کردند. در", "آغاز کردند.» در").rstrip("»")
    told, why = _quotes(tmp_path, "closed", _story(closed))
    assert all("دوازده فروند" not in q for _, q in told), (told, why)


_SAID = "سفیر ایران در مسکو گفت: همکاری نظامی ایران و روسیه در دریای خزر هر روز گسترده‌تر می‌شود."


def test_the_leads_statement_told_again_with_its_speaker_is_its_evidence(tmp_path):
    again = ("به گزارش ایرنا، کاظم رحیمی اظهار داشت که همکاری نظامی ایران و روسیه در دریای "
             "خزر هر روز گسترده‌تر می‌شود.")
    told, why = _quotes(tmp_path, "again", _story(_SAID, again))
    assert [d for d, _ in told] == ["2024-11-29"], (told, why)
    assert "رحیمی" in told[0][1], (told, why)


def test_another_statement_after_the_lead_is_no_part_of_it(tmp_path):
    other = "به گزارش ایرنا، کاظم رحیمی اظهار داشت که سفارت به زودی ساختمان تازه‌ای افتتاح می‌کند."
    told, why = _quotes(tmp_path, "other", _story(_SAID, other))
    assert all("رحیمی" not in q for _, q in told), (told, why)


# --- a copyright notice with a year in Persian digits ends the story (lexical_top._YEAR_WORD) --

_PAGE = ("رزمایش مشترک ایران و روسیه\n\nنیروهای دریایی ایران و روسیه رزمایش مشترکی را در دریای "
         "خزر برگزار کردند و فرماندهان دو کشور از آن بازدید کردند.\n\n{notice}\n\n۱۲ مهر ۱۴۰۳\n")


@pytest.mark.parametrize("notice", ["© ۲۰۲۴ خبرگزاری نمونه", "© 2024 خبرگزاری نمونه"])
def test_a_date_line_under_the_sites_copyright_notice_is_no_publication_line(notice):
    ref = find_reference(_PAGE.format(notice=notice), language="fa")
    assert ref.iso != "2024-10-03", ref


def test_a_photo_credit_with_no_year_leaves_the_date_line_below_it():
    ref = find_reference(_PAGE.format(notice="عکس: © خبرگزاری نمونه"), language="fa")
    assert ref.iso == "2024-10-03", ref


# --- a kind of act of two words written apart is that kind (model.kind_phrases) -------------

@pytest.mark.parametrize("patrol", ["گشت زنی", "گشت\u200cزنی", "گشتزنی"])
def test_a_two_word_kind_is_read_whatever_joins_its_words(tmp_path, patrol):
    lead = f"ناوهای ایران و روسیه در دریای خزر {patrol} مشترک انجام می‌دهند."
    told, why = _events(tmp_path, "patrol", _story(lead))
    assert [d for d, _ in told] == ["2024-11-29"], (told, why)


def test_the_first_word_of_a_two_word_kind_alone_is_no_such_kind(tmp_path):
    lead = "ناوهای ایران و روسیه در دریای خزر گشت و گذار انجام می‌دهند."
    told, why = _events(tmp_path, "stroll", _story(lead))
    assert told == [], (told, why)


# --- where "these remarks" were made goes with the lead's statement (fa.REMARKS_PLACED) ------

_JUDGED = "وزیر دفاع ایران همکاری نظامی ایران و روسیه را به سود ثبات منطقه دانست."
_HIS_WORDS = "وی گفت: این همکاری برای ما اهمیت دارد."


def test_where_these_remarks_were_made_is_the_leads_evidence(tmp_path):
    placed = "او این سخنان را در نشست خبری مشترک با وزیر دفاع بلاروس در مینسک مطرح کرد."
    told, why = _quotes(tmp_path, "placed", _story(_JUDGED, _HIS_WORDS, placed))
    assert [d for d, _ in told] == ["2024-11-29"], (told, why)
    assert "مینسک" in told[0][1], (told, why)


def test_another_act_at_an_occasion_is_no_place_of_the_remarks(tmp_path):
    other = "وی سال گذشته نیز در نشستی با وزیر دفاع بلاروس در مینسک سخنرانی کرد."
    told, why = _quotes(tmp_path, "other_act", _story(_JUDGED, _HIS_WORDS, other))
    assert all("مینسک" not in q for d, q in told if d == "2024-11-29"), (told, why)


@pytest.mark.parametrize("sentence, placed", [
    ("او این سخنان را در نشست خبری مشترک با وزیر دفاع بلاروس در مینسک مطرح کرد.", True),
    # "these remarks" are the object of another verb (rejecting them); a verb of saying after
    # «و» tells what the one rejecting said, not where the remarks were made
    ("سفیر بلاروس این سخنان را رد کرد و گفت همکاری دو کشور بر پایه احترام است.", False),
    ("وزارت خارجه این اظهارات را محکوم نمود و در بیانیه‌ای مطرح کرد که ...", False),
])
def test_these_remarks_are_placed_only_as_the_object_of_the_saying(sentence, placed):
    fa = language("fa")
    assert bool(fa.remarks_placed.search(fa.normalise(sentence))) is placed
