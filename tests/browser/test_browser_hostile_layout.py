"""Hostile but valid values in the page: a 10,000-character word, a tag holding a `|`."""

from __future__ import annotations

import shutil

import pytest
import yaml

from chronology.site.build import build_site

WORD = "Unbroken" * 1250  # 10,000 characters, no space to break at
EVENTS = {
    "version": 1,
    "events": [
        {"id": "2016-01-01-long", "date": "2016-01-01", "title": WORD, "summary": WORD,
         "tags": [WORD[:3000]], "actors": ["Russia"], "places": [WORD[:500]],
         "sources": [{"article": WORD[:200], "quote": WORD}]},
        {"id": "2016-02-01-pipe", "date": "2016-02-01", "title": "Tagged with a pipe",
         "tags": ["a|b", "c"], "actors": ["Iran|Russia"],
         "sources": [{"article": "a1", "quote": "A quote."}]},
        {"id": "2016-03-01-plain", "date": "2016-03-01", "title": "Tagged a and b",
         "tags": ["a", "b"], "actors": ["Iran", "Russia"],
         "sources": [{"article": "a1", "quote": "Another quote."}]},
    ],
}


@pytest.fixture(scope="module")
def odd_site(tmp_path_factory, request):
    root = tmp_path_factory.mktemp("odd")
    content = root / "content"
    content.mkdir()
    (content / "events.yaml").write_text(yaml.safe_dump(EVENTS), encoding="utf-8")
    shutil.copy(request.config.rootpath / "content" / "site.yaml", content / "site.yaml")
    build_site(content, root / "build")
    return root / "build"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("page_name", ["index.html", "sources.html"])
def test_a_10000_character_word_does_not_widen_the_page(odd_site, open_page, width, page_name):
    page = open_page((odd_site / page_name).as_uri(), width=width)
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize(("field", "value", "shown"), [
    ("tag", "a|b", ["Tagged with a pipe"]),
    ("tag", "a", ["Tagged a and b"]),
    ("actor", "Iran|Russia", ["Tagged with a pipe"]),
    ("actor", "Iran", ["Tagged a and b"]),
])
def test_a_filter_value_holding_a_pipe_selects_its_events(odd_site, open_page, field, value,
                                                          shown):
    page = open_page((odd_site / "index.html").as_uri() + f"?{field}={value.replace('|', '%7C')}")
    titles = page.evaluate("""() => [...document.querySelectorAll('.entry')]
        .filter(li => !li.hidden).map(li => li.querySelector('.event-title').textContent)""")
    assert titles == shown
