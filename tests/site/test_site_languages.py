"""Titles and quotes in Russian and Persian carry their language (and Persian its direction)
on the cards and the sources page; the search folds each language's letter variants."""

from __future__ import annotations

import re

from chronology.languages import fold
from chronology.site.build import build_site
from chronology.site.theme import lang_attrs


def test_lang_attrs_only_for_another_language_than_the_page():
    assert lang_attrs("Russia and Iran sign a deal", "en") == ""
    assert lang_attrs("Россия и Иран подписали соглашение", "en") == ' lang="ru"'
    assert lang_attrs("دیدار رئیسی و پوتین", "en") == ' lang="fa" dir="rtl"'
    assert lang_attrs("دیدار رئیسی و پوتین", "fa-IR") == ""
    assert lang_attrs("Russia and Iran sign a deal", "fa") == ' lang="en" dir="ltr"'


def test_cards_and_sources_page_mark_the_language(tmp_path, content_from):
    out = tmp_path / "build"
    build_site(content_from(tmp_path, "languages_events.yaml"), out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<h3 class="event-title" id="[^"]+" lang="fa" dir="rtl">شویگو', index)
    assert re.search(r'<h3 class="event-title" id="[^"]+">Russia and Iran sign', index)
    assert '<blockquote class="quote js-text" lang="ru"><p>Министр обороны' in index
    assert '<blockquote class="quote js-text" lang="fa" dir="rtl"><p>شویگو' in index
    assert '<cite lang="ru">Россия и Иран подписали' in index
    sources = (out / "sources.html").read_text(encoding="utf-8")
    assert re.search(r'<h2 id="[^"]+" lang="fa" dir="rtl">همکاری نظامی', sources)
    assert '<span lang="fa" dir="rtl">شویگو وارد تهران شده بود</span>' in sources


def test_search_folding_makes_spelling_variants_one():
    assert fold("شويگو") == fold("شویگو")  # Arabic and Persian yeh
    assert fold("تفاهم‌نامه") == fold("تفاهمنامه")  # with and without ZWNJ
    assert fold("Шойгу") == "шойгу" and fold("۱۳۹۴") == "1394"
