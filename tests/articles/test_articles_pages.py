"""Saved web pages written for these tests (``pages/``, in the markup of many kinds of news
site): what is read from each, the gold reference dates and events per split, story text
against hand-made ground truth, and the same events as the same story given as text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests/articles/pages"
sys.path.insert(0, str(REPO / "benchmarks"))

import pages_eval  # noqa: E402

from chronology.articles import describe_article, read_article  # noqa: E402
from chronology.config import load_config  # noqa: E402
from chronology.extraction import analyse_article  # noqa: E402

CONFIG = load_config(REPO / "content/site.yaml")
MARGIN = 2.0
# split: (reference accuracy, event F1), measured with content/site.yaml when last changed
FLOORS = {"dev": (100.0, 100.0), "held-out": (100.0, 88.9)}
STORY_F1_FLOOR = 98.0


@pytest.fixture(scope="module")
def figures():
    return pages_eval.evaluate(PAGES, CONFIG)


def test_there_are_at_least_twelve_pages_in_both_splits(figures):
    assert len(pages_eval.pages(PAGES)) >= 12
    assert all(score.articles >= 6 for score in figures["scores"].values())


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_reference_dates_and_events_do_not_regress(figures, split):
    reference, f1 = FLOORS[split]
    score = figures["scores"][split]
    assert score.figures()["reference"] >= reference - MARGIN, score.errors
    assert score.figures()["f1"] >= f1 - MARGIN, score.errors
    assert score.forbidden == 0, score.errors


def test_story_text_beats_trafilatura_alone(figures):
    ours = pages_eval.story_figures(figures["story"]["chronology"])[2]
    alone = pages_eval.story_figures(figures["story"]["trafilatura"])[2]
    assert ours >= STORY_F1_FLOOR
    assert ours >= alone


TWINS = sorted(p for p in PAGES.glob("*.twin.txt"))


@pytest.mark.parametrize("twin", TWINS, ids=[p.name.split(".")[0] for p in TWINS])
def test_a_page_gives_the_events_of_its_text_twin(twin):
    page = twin.with_name(twin.name.split(".")[0] + ".html")
    from_page = analyse_article(read_article(page), CONFIG)
    from_text = analyse_article(read_article(twin), CONFIG)
    assert from_page.candidates, page.name
    assert pages_eval.event_signature(from_page) == pages_eval.event_signature(from_text)
    assert from_page.reference.date == from_text.reference.date


PAGE_FILES = pages_eval.pages(PAGES)


@pytest.mark.parametrize("page", PAGE_FILES, ids=[p.name for p in PAGE_FILES])
def test_quotes_and_blocks_index_the_text_chronology_read(page):
    article = read_article(page)
    result = analyse_article(article, CONFIG)
    flat = " ".join(article.text.split())  # a quote of two paragraphs joins them with a space
    for event in result.candidates:
        for source in event.sources:  # "…" marks words left out (a caption between): each part
            for part in source.quote.split(" … "):
                assert " ".join(part.split()) in flat
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
        assert article.text[block.start:block.end].strip() == article.text[block.start:block.end]


# file: (title, publisher, url, published, published_source, language: the page's own tag as
# its base code, else detected from the text)
METADATA = {
    "01_wordpress_pact.html": (
        "Russia and Iran sign military cooperation pact", "Gulf Observer",
        "https://gulfobserver.example/2015/01/21/russia-iran-military-pact/", "2015-01-20",
        "meta article:published_time", "en"),
    "03_wire_jsonld_drills.html": (
        "Iran, Russia, China to hold naval drills in Gulf of Oman", "Meridian Wire",
        "https://meridianwire.example/world/middle-east/iran-russia-china-naval-drills-idUSKBN1YU0BZ",
        "2019-12-26", "JSON-LD datePublished", "en"),
    "04_nometa_hamadan.html": (
        "Russian bombers strike Syria from Iranian air base", None, None, None, None, "en"),
    "05_russian_navy_memorandum.html": (
        "Россия и Иран подписали меморандум о военно-морском сотрудничестве", "Новости Каспия",
        "https://kaspnews.example/politics/2019/07/29/memorandum-vmf", "2019-07-29",
        "meta article:published_time", "ru"),
    "08_persian_raisi_moscow.html": (
        "سفر رئیسی به مسکو و دیدار با پوتین", "خبرگزاری نمونه",
        "https://khabar.example/fa/news/84621907/", "2022-01-19", "JSON-LD datePublished", "fa"),
    "09_cms_export_embargo.html": (
        "UN arms embargo on Iran expires, Tehran says it may buy arms from Russia, China",
        "Levant Press Agency", None, "2020-10-18", "meta dc.date.issued", "en"),
    "10_microdata_putin_tehran.html": (
        "Putin in Tehran: what the summit means for the Russia-Iran axis", None, None,
        "2022-07-20", '<time itemprop="datePublished">', "en"),
    "13_pubdate_ashtiani_moscow.html": (
        "Iran defence minister meets Shoigu at Moscow security conference", None,
        "https://tehranchronicle.example/politics/iran-defence-minister-meets-shoigu-moscow",
        "2023-08-15", "<time pubdate>", "en"),
    "14_agency_security_belt.html": (
        'China, Iran, Russia hold "Security Belt-2023" naval exercise', "Orient News Agency",
        "http://english.orientnews.example/20230315/a7c1f2e9/c.html", "2023-03-15",
        "meta publishdate", "en"),
}


@pytest.mark.parametrize("name", sorted(METADATA))
def test_metadata_read_from_the_page(name):
    info = describe_article(read_article(PAGES / name))
    got = tuple(info[k] for k in ("title", "publisher", "url", "published",
                                  "published_source", "language"))
    assert got == METADATA[name]


@pytest.mark.parametrize("name", ["05_russian_navy_memorandum.html", "08_persian_raisi_moscow.html"])
def test_pages_in_russian_and_persian_are_read_by_their_own_rules(name):
    article = read_article(PAGES / name)
    result = analyse_article(article, CONFIG)
    assert len(article.story_blocks()) >= 3
    assert article.language == name.split("_")[1][:2].replace("pe", "fa")
    assert result.candidates and all(c.date == result.reference.iso or c.date < result.reference.iso
                                     for c in result.candidates)
    assert result.reference.iso == article.published.isoformat()


def test_furniture_around_the_story_is_not_story(figures):
    for page in PAGE_FILES:
        story = describe_article(read_article(page))["story"]
        for words in ("cookies", "Sign up", "Share", "©", "All rights reserved", "Related",
                      "Most read", "Printed from", "Wayback"):
            assert words not in story, (page.name, words)
