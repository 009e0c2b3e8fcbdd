"""A timeline too big for one page: the overview and the year pages, in the browser."""

from __future__ import annotations

import pytest
from conftest import NODE_MODULES, require

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", ["index.html", "2019.html", "sources.html"])
def test_split_pages_have_no_axe_violations_and_links_resolve(open_page, big_site, big_http_base,
                                                              name):
    axe = NODE_MODULES / "axe-core" / "axe.min.js"
    require(axe.exists(), "node_modules/axe-core (run npm install)")
    base = big_http_base
    page = open_page(base + name)
    page.add_script_tag(path=str(axe))
    result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: "
                           "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    assert [v["id"] for v in result["violations"]] == []
    hrefs = page.eval_on_selector_all(
        "a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)")
    for href in sorted({h for h in hrefs if h.startswith(base)}):
        rel, _, fragment = href[len(base):].partition("#")
        text = (big_site / (rel.split("?")[0] or "index.html")).read_text(encoding="utf-8")
        assert not fragment or f'id="{fragment}"' in text, href


def test_a_year_page_filters_its_own_events(open_page, big_site):
    page = open_page(big_site.as_uri() + "/2019.html?tag=tag1")
    shown = page.eval_on_selector_all(".timeline .entry:not([hidden])", "els => els.length")
    total = page.eval_on_selector_all(".timeline .entry", "els => els.length")
    tagged = page.eval_on_selector_all(""".timeline .entry[data-tag='["tag1"]']""",
                                       "els => els.length")
    assert 0 < shown == tagged < total
    assert page.eval_on_selector("#filter-tag", "s => s.value") == "tag1"


@pytest.mark.parametrize("where", ["file", "http"])
def test_the_overview_searches_every_year(open_page, big_site, big_http_base, where):
    base = big_site.as_uri() + "/" if where == "file" else big_http_base
    page = open_page(base + "index.html")
    page.fill("#site-q", "synthetic event 13")
    page.wait_for_selector("#site-results li")
    titles = page.eval_on_selector_all("#site-results a", "els => els.map(e => e.textContent)")
    assert "Synthetic event 13" in titles
    # Every word must match (anywhere in the title, summary or quotes), as on a year page.
    assert all("13" in t for t in titles)
    assert page.eval_on_selector("#site-status", "s => s.textContent").endswith(("event.", "events."))
    assert "q=synthetic" in page.url
    link = page.locator("#site-results a", has_text="Synthetic event 13").first
    target = link.get_attribute("href")
    link.press("Enter")
    page.wait_for_url("**/" + target.split("/")[-1])
    assert page.locator("#" + target.split("#")[1]).is_visible()


def test_a_shared_search_url_shows_the_same_results(open_page, big_site):
    page = open_page(big_site.as_uri() + "/index.html?q=synthetic+event+4")
    page.wait_for_selector("#site-results li")
    assert page.input_value("#site-q") == "synthetic event 4"


def test_the_search_index_is_a_script_with_every_main_event(big_site):
    text = (big_site / "assets" / "search-index.js").read_text(encoding="utf-8")
    assert text.startswith("window.chronologyIndex=[[")
    assert "</" not in text
