"""Search finds Russian and Persian words whatever their spelling variant (case, Arabic or
Persian letters, ZWNJ, digits), on a site built from the three-language fixture."""

from __future__ import annotations

import shutil

import pytest
from conftest import REPO_ROOT

from chronology.site.build import build_site


@pytest.fixture(scope="module")
def languages_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("languages")
    content = root / "content"
    content.mkdir()
    shutil.copy(REPO_ROOT / "tests/site/fixtures/languages_events.yaml", content / "events.yaml")
    shutil.copy(REPO_ROOT / "content/site.yaml", content / "site.yaml")
    build_site(content, root / "build")
    return root / "build"


def _visible_titles(page) -> list[str]:
    return page.eval_on_selector_all(".timeline .entry:not([hidden]) .event-title",
                                     "els => els.map(e => e.textContent)")


@pytest.mark.parametrize(("query", "expected"), [
    ("шойгу", ["Russia and Iran sign a military cooperation agreement"]),  # Russian quote
    ("شويگو", ["شویگو وارد تهران شده بود"]),  # Arabic yeh finds the Persian yeh
    ("1393", ["شویگو وارد تهران شده بود"]),  # ASCII digits find Persian ones
    ("ДЕГАН", ["Russia and Iran sign a military cooperation agreement"]),
    ("ترکیه", []),
])
def test_search_folds_case_and_letter_variants(open_page, languages_site, query, expected):
    page = open_page(languages_site.joinpath("index.html").as_uri())
    page.fill("#filter-q", query)
    page.dispatch_event("#filter-q", "input")
    assert _visible_titles(page) == expected
