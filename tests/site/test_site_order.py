"""The ``order`` setting: newest first reverses years and events on the page, not the exports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronology.site.build import build_site

REPO = Path(__file__).resolve().parents[2]


def _build(tmp_path: Path, content_from, order: str | None) -> Path:
    text = (REPO / "content" / "site.yaml").read_text(encoding="utf-8")
    tmp_path.mkdir()
    settings = tmp_path / "settings.yaml"
    settings.write_text(text + (f"order: {order}\n" if order else ""), encoding="utf-8")
    build_site(content_from(tmp_path, "seed_events.yaml", settings), tmp_path / "build")
    return tmp_path / "build"


def _main_dates(html: str) -> list[str]:
    main = html.split('id="timeline"', 1)[1].split('id="background"', 1)[0]
    return re.findall(r'<p class="event-date"><time datetime="([^"]+)"', main)


@pytest.fixture
def oldest(tmp_path, content_from) -> Path:
    return _build(tmp_path / "a", content_from, None)


@pytest.fixture
def newest(tmp_path, content_from) -> Path:
    return _build(tmp_path / "b", content_from, "newest-first")


def test_newest_first_reverses_the_cards_the_years_and_the_nav(oldest, newest):
    old_html = (oldest / "index.html").read_text(encoding="utf-8")
    new_html = (newest / "index.html").read_text(encoding="utf-8")
    assert _main_dates(old_html) == sorted(_main_dates(old_html))
    assert _main_dates(new_html) == _main_dates(old_html)[::-1]
    nav = re.findall(r'<li class="nav-year"><a href="#y(\d+)"', new_html)
    assert nav == sorted(nav, reverse=True) and len(nav) == 5
    assert 'data-order="newest"' in new_html
    assert '<option value="newest" selected>Newest first</option>' in new_html


def test_chart_bars_jump_to_the_first_card_shown_of_their_period(newest):
    html = (newest / "index.html").read_text(encoding="utf-8")
    first = re.search(r'<li class="entry" id="(q2023-3)"[^>]*>\s*<article[^>]*>\s*<header[^>]*>\s*'
                      r'<p class="event-date"><time datetime="([^"]+)"', html)
    assert first is not None and first.group(2) == "2023-09-20"


@pytest.mark.parametrize("name", ["events.json", "timelinejs.csv", "events.csv", "feed.xml",
                                  "feed.json", "events.ics"])
def test_the_exports_do_not_depend_on_the_order(oldest, newest, name):
    assert (oldest / name).read_bytes() == (newest / name).read_bytes()
