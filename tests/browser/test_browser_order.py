"""The order control: newest first on the page, shared through ``?order=newest`` in the URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_EVENTS

from chronology.config import load_config
from chronology.events.store import load_events
from chronology.site.context import gather

pytestmark = pytest.mark.browser
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def views():
    return gather(load_events(SEED_EVENTS), load_config(REPO_ROOT / "content" / "site.yaml"))


def _main_visible(page) -> list[str]:
    return page.eval_on_selector_all(".timeline .entry:not([hidden]) .event", "els => els.map(e => e.id)")


def _nav_years(page) -> list[str]:
    return page.eval_on_selector_all(".year-nav .nav-year a", "els => els.map(a => a.getAttribute('href'))")


def test_order_newest_in_the_url_lists_the_latest_event_first(open_page, base_url, views):
    page = open_page(base_url + "index.html?order=newest")
    oldest_first = [v.anchor for v in views.main_events]
    assert _main_visible(page) == oldest_first[::-1]
    assert page.eval_on_selector("#filter-order", "s => s.value") == "newest"
    assert _nav_years(page) == [f"#y{y.year}" for y in reversed(views.years)]
    background = page.eval_on_selector_all("#background .entry .event", "els => els.map(e => e.id)")
    assert background == [v.anchor for v in views.background][::-1]


def test_choosing_the_order_updates_the_url_and_reopening_it_keeps_it(open_page, base_url, views):
    page = open_page(base_url + "index.html")
    page.select_option("#filter-order", "newest")
    assert "order=newest" in page.url
    again = open_page(page.url)
    assert _main_visible(again) == [v.anchor for v in views.main_events][::-1]
    again.select_option("#filter-order", "oldest")
    assert "order=" not in again.url  # the built order needs no parameter
    assert _main_visible(again) == [v.anchor for v in views.main_events]


def test_order_and_filters_combine_and_clearing_filters_keeps_the_order(open_page, base_url, views):
    tag = views.main_events[0].tags[0]
    page = open_page(f"{base_url}index.html?tag={tag}&order=newest")
    expected = [v.anchor for v in views.main_events if tag in v.tags][::-1]
    assert _main_visible(page) == expected
    page.click("button[type=reset]")
    page.wait_for_function("document.querySelectorAll('.timeline .entry[hidden]').length === 0")
    assert _main_visible(page) == [v.anchor for v in views.main_events][::-1]
    assert "order=newest" in page.url and "tag=" not in page.url


def test_an_unknown_order_in_the_url_changes_nothing(open_page, base_url, views):
    page = open_page(base_url + "index.html?order=sideways")
    assert _main_visible(page) == [v.anchor for v in views.main_events]
