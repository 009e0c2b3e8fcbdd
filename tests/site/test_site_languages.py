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


def test_spellings_of_one_actor_are_one_filter_value_and_one_search_word(tmp_path, content_from):
    from pathlib import Path

    from chronology.config import load_config
    from chronology.site.context import canonical_actors

    config = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")
    assert canonical_actors(["Sergey Shoygu", "Sergei Shoigu", "Шойгу", "شویگو"], config) == [
        "Shoigu"]
    assert canonical_actors(["Islamic Revolution Guards Corps", "IRGC", "Dehqan", "Iran"],
                            config) == ["Dehghan", "IRGC", "Iran"]
    out = tmp_path / "build"
    build_site(content_from(tmp_path, "seed_events.yaml"), out)
    index = (out / "index.html").read_text(encoding="utf-8")
    options = re.findall(r'<option value="([^"]*(?:Sho[iy]gu|Revolution|IRGC)[^"]*)"', index)
    assert options == ["IRGC", "Shoigu"]  # one filter value each, whatever the spelling
    # the "Shoygu ..." card is found by a search for "shoigu": its actors are searchable text
    card = index[index.index(">Shoygu says"):]
    card = card[:card.index("</article>")]
    assert re.search(r'<dd class="js-text">[^<]*\bShoigu\b', card)
