"""The built seed site in headless Chromium: accessibility, links, filters, permalinks, layout.

Every page here is opened through ``open_page``, so a console error or a request outside the
site fails the test that opened it.
"""

from __future__ import annotations

import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import NODE_MODULES, SEED_EVENTS, require

from chronology.config import load_config
from chronology.site.context import gather

pytestmark = pytest.mark.browser

PAGES = ("index.html", "sources.html", "404.html")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def views():
    """The view models of the seed fixture: what the page should show."""
    from chronology.events.store import load_events
    ctx = gather(load_events(SEED_EVENTS), load_config(REPO_ROOT / "content" / "site.yaml"))
    return ctx


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        self.ids.update(v for k, v in attrs if k == "id" and v)


def _ids(path: Path) -> set[str]:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def _visible_events(page) -> list[str]:
    return page.eval_on_selector_all(
        ".entry:not([hidden]) .event", "els => els.filter(e => e.offsetParent !== null || "
        "e.closest('details')).map(e => e.id)")


def _main_visible(page) -> list[str]:
    return page.eval_on_selector_all(".timeline .entry:not([hidden]) .event", "els => els.map(e => e.id)")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(open_page, http_base, name, scheme):
    axe = NODE_MODULES / "axe-core" / "axe.min.js"
    require(axe.exists(), "node_modules/axe-core (run npm install)")
    page = open_page(http_base + name, color_scheme=scheme)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.add_script_tag(path=str(axe))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    problems = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert problems == []
    assert result["passes"], "axe ran no rule"


@pytest.mark.parametrize("name", PAGES)
def test_every_internal_link_and_anchor_resolves(open_page, base_url, seed_site, name):
    page = open_page(base_url + name)
    hrefs = page.eval_on_selector_all(
        "a[href], link[href]",
        "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)")
    internal = [h for h in hrefs if h.startswith(base_url)]
    assert internal, "no internal link found"
    for href in sorted(set(internal)):
        rel, _, fragment = href[len(base_url):].partition("#")
        rel = rel.split("?")[0] or "index.html"
        target = seed_site / rel
        assert target.is_file(), f"{name}: broken link {href}"
        if fragment:
            assert fragment in _ids(target), f"{name}: missing anchor {href}"
        if base_url.startswith("http"):
            with urllib.request.urlopen(base_url + rel) as resp:  # noqa: S310 - local server
                assert resp.status == 200


def test_filter_by_keyboard_and_reopen_the_url(open_page, http_base, views):
    page = open_page(http_base + "index.html")
    _tab_to(page, "filter-tag")
    page.keyboard.press("ArrowDown")  # the first tag, as a keyboard user picks it
    tag = page.eval_on_selector("#filter-tag", "s => s.value")
    assert tag
    expected = [v.anchor for v in views.main_events if tag in v.tags]
    assert _main_visible(page) == expected
    assert f"tag={tag}" in page.url.replace("+", " ").replace("%20", " ")
    again = open_page(page.url)
    assert again.eval_on_selector("#filter-tag", "s => s.value") == tag
    assert _main_visible(again) == expected


def test_search_by_typing_matches_titles_summaries_and_quotes(open_page, base_url, views):
    page = open_page(base_url + "index.html")
    word = views.main_events[-1].sources[0].quote[0].split()[3].strip(".,“”\"'").lower()
    _tab_to(page, "filter-q")
    page.keyboard.type(word)
    expected = [v.anchor for v in views.main_events if word in _searchable(v)]
    assert expected and _main_visible(page) == expected
    assert "q=" in page.url
    status = page.text_content("#filter-status")
    assert f"Showing {len(expected) + _background_hits(views, word)} of" in status
    again = open_page(page.url)
    assert again.input_value("#filter-q") == word
    assert _main_visible(again) == expected


def _searchable(v) -> str:
    text = " ".join([v.title, re.sub(r"<[^>]+>", "", str(v.summary))]
                    + ["".join(s.quote) for s in v.sources])
    return text.lower()


def _background_hits(views, word: str) -> int:
    return sum(1 for v in views.background if word in _searchable(v))


def test_filter_by_mouse_then_clear(open_page, http_base, views):
    page = open_page(http_base + "index.html")
    actors = page.eval_on_selector_all("#filter-actor option", "os => os.map(o => o.value)")[1:]
    actor = actors[-1]
    page.click("#filter-actor")
    page.select_option("#filter-actor", actor)
    expected = [v.anchor for v in views.main_events if actor in v.actors]
    assert _main_visible(page) == expected
    page.click("button[type=reset]")
    page.wait_for_function("document.querySelectorAll('.entry[hidden]').length === 0")
    assert len(_main_visible(page)) == len(views.main_events)
    assert "actor=" not in page.url


def test_permalinks_by_mouse_and_keyboard(open_page, base_url, views):
    page = open_page(base_url + "index.html")
    second = views.main_events[1]
    page.click(f"#{second.anchor} .permalink")
    assert page.url.endswith("#" + second.anchor)
    assert page.evaluate("document.querySelector(':target').id") == second.anchor
    third = views.main_events[2]
    page.focus(f"#{third.anchor} .permalink")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape("#" + third.anchor) + "$"))
    assert page.evaluate("document.querySelector(':target').id") == third.anchor


def test_permalink_into_background_opens_it(open_page, base_url, views):
    target = views.background[0].anchor
    page = open_page(base_url + "index.html#" + target)
    assert page.evaluate("document.querySelector('#background details').open")
    assert page.is_visible(f"#{target} .event-title")


def test_the_background_link_opens_the_background(open_page, base_url, views):
    page = open_page(base_url + "index.html")
    assert not page.evaluate("document.querySelector('#background details').open")
    page.click(".year-nav a[href='#background']")
    page.wait_for_function("document.querySelector('#background details').open")
    assert page.is_visible(f"#{views.background[-1].anchor} .event-title")


def test_permalink_to_a_filtered_out_event_clears_the_filters(open_page, base_url, views):
    event = views.main_events[0]
    other_tag = next(t for v in views.main_events for t in v.tags if t not in event.tags)
    page = open_page(f"{base_url}index.html?tag={other_tag}#{event.anchor}")
    assert page.is_visible(f"#{event.anchor}")
    assert page.eval_on_selector("#filter-tag", "s => s.value") == ""


def test_chart_bars_jump_to_their_period(open_page, base_url):
    page = open_page(base_url + "index.html")
    bars = page.eval_on_selector_all("svg.chart a", "as => as.map(a => a.getAttribute('href'))")
    assert bars
    page.click("svg.chart a >> nth=-1", force=True)
    fragment = bars[-1].split("#")[1]
    assert page.url.endswith("#" + fragment)
    # Scrolling is smooth unless reduced motion is asked for: wait for it to land.
    page.wait_for_function("id => { const r = document.getElementById(id).getBoundingClientRect();"
                           " return r.top >= 0 && r.top < innerHeight; }", arg=fragment)


def test_chart_bars_work_by_keyboard(open_page, http_base):
    page = open_page(http_base + "index.html")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('svg.chart')"):
            break
    else:
        raise AssertionError("no chart bar can be reached with the Tab key")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(href) + "$"))


def test_everything_is_readable_without_javascript(open_page, base_url, views):
    page = open_page(base_url + "index.html", javascript=False)
    assert not page.is_visible("#filters")
    titles = page.eval_on_selector_all(".timeline .event-title", "els => els.filter(e => "
                                       "e.getBoundingClientRect().height > 0).map(e => e.textContent)")
    assert titles == [v.title for v in views.main_events]
    page.click("#background summary")
    assert page.is_visible(f"#{views.background[0].anchor} .event-title")


def test_print_shows_a_clean_chronology(open_page, http_base, views):
    page = open_page(http_base + "index.html")
    page.emulate_media(media="print")
    for hidden in ("#filters", ".year-nav", ".overview", ".site-header"):
        assert not page.is_visible(hidden), hidden
    assert page.is_visible(f"#{views.background[0].anchor} .event-title")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_layout_fits_the_screen(open_page, http_base, tmp_path_factory, width, scheme):
    page = open_page(http_base + "index.html", color_scheme=scheme, width=width)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    shots = tmp_path_factory.getbasetemp() / "screenshots"
    shots.mkdir(exist_ok=True)
    path = shots / f"index-{width}-{scheme}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0


@pytest.mark.parametrize(("motion", "behavior"), [("reduce", "auto"), ("no-preference", "smooth")])
def test_reduced_motion_turns_smooth_scrolling_off(open_page, http_base, motion, behavior):
    page = open_page(http_base + "index.html")
    page.emulate_media(reduced_motion=motion)
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == behavior


def test_keyboard_focus_is_visible_and_skip_link_comes_first(open_page, http_base):
    page = open_page(http_base + "index.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**#main", timeout=5_000)  # the fragment navigation may land after press
    assert page.url.endswith("#main")


def _tab_to(page, element_id: str, limit: int = 120) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} cannot be reached with the Tab key")


@pytest.mark.parametrize("suffix", ["#%E0%A4%A", "#no-such-anchor", "?tag=no-such-tag&q=",
                                    "?actor=%3Cscript%3E"])
def test_odd_urls_cause_no_error(open_page, base_url, views, suffix):
    page = open_page(base_url + "index.html" + suffix)
    assert len(_main_visible(page)) == len(views.main_events)


def test_filter_matches_in_the_background_are_shown(open_page, base_url, views):
    main_tags = {t for v in views.main_events for t in v.tags}
    tag = next(t for v in views.background for t in v.tags if t not in main_tags)
    page = open_page(f"{base_url}index.html?tag={tag}")
    assert _main_visible(page) == []
    assert page.evaluate("document.querySelector('#background details').open")
    expected = [v.anchor for v in views.background if tag in v.tags]
    shown = page.eval_on_selector_all("#background .entry:not([hidden]) .event", "els => els.map(e => e.id)")
    assert shown == expected
    assert all(page.is_visible(f"#{a} .event-title") for a in expected)
