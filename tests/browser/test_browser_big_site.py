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
    tagged = page.eval_on_selector_all(".timeline .entry[data-tag='tag1']", "els => els.length")
    assert 0 < shown == tagged < total
    assert page.eval_on_selector("#filter-tag", "s => s.value") == "tag1"
