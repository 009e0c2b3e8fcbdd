"""The real-browser harness: headless Chromium through Playwright, against the built site.

The site is built once per session from the seed fixture and opened two ways: from ``file://``
and from a local HTTP server under a subpath (``/REPO/``, as GitHub Pages serves it). Every page
opened through ``open_page`` fails its test if it logs a console error or requests anything
outside the site. With ``CI=true`` a missing browser or tool fails instead of skipping.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from chronology.site.build import build_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SUBPATH = "REPO"
REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO_ROOT / "node_modules"
# The hand-made seed fixture; CHRONOLOGY_TEST_EVENTS points the suite at another events file
# (e.g. the extracted content/events.yaml) to check a real site the same way.
SEED_EVENTS = Path(os.environ.get("CHRONOLOGY_TEST_EVENTS")
                   or REPO_ROOT / "tests" / "site" / "fixtures" / "seed_events.yaml")


def in_ci() -> bool:
    """True when running in CI, where nothing may be skipped."""
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def require(condition: bool, what: str) -> None:
    """Fail in CI, skip elsewhere, when a tool the test needs is missing."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{what} is required in CI")
    pytest.skip(f"{what} not available")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The site built from the hand-made seed events file."""
    root = tmp_path_factory.mktemp("seed")
    content = root / "content"
    content.mkdir()
    shutil.copy(SEED_EVENTS, content / "events.yaml")
    shutil.copy(REPO_ROOT / "content" / "site.yaml", content / "site.yaml")
    build_site(content, root / "build")
    return root / "build"


@pytest.fixture(scope="session")
def http_base(seed_site, tmp_path_factory) -> str:
    """A local server on 127.0.0.1 (random port) serving the seed site under ``/REPO/``."""
    yield from _serve(seed_site, tmp_path_factory.mktemp("docroot"))


@pytest.fixture(scope="session")
def big_http_base(big_site, tmp_path_factory) -> str:
    """The big (split) site served under ``/REPO/``."""
    yield from _serve(big_site, tmp_path_factory.mktemp("docroot-big"))


def _serve(site: Path, docroot: Path):
    shutil.copytree(site, docroot / SUBPATH)
    handler = functools.partial(_QuietHandler, directory=str(docroot))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/{SUBPATH}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class names it so
        pass


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session."""
    require(CHROMIUM.exists(), f"Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright for Python")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=["file", "http"])
def base_url(request, seed_site) -> str:
    """The site's root URL: from disk, or under a subpath over HTTP."""
    if request.param == "file":
        return seed_site.as_uri() + "/"
    return request.getfixturevalue("http_base")


@dataclass
class Guard:
    """What a page did wrong: console errors, page errors, requests outside the site."""

    site_prefix: str
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.site_prefix) or url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()


@pytest.fixture
def open_page(browser):
    """``open_page(url, color_scheme="light", width=1280, javascript=True)`` -> a guarded page.

    After the test, any console error or request outside the site fails it.
    """
    guards: list[Guard] = []
    contexts = []

    def opener(url: str, color_scheme: str = "light", width: int = 1280, javascript: bool = True):
        # Every page sits at the site's root: the site is the folder of the page opened.
        prefix = url.split("#")[0].split("?")[0].rsplit("/", 1)[0] + "/"
        context = browser.new_context(viewport={"width": width, "height": 900},
                                      color_scheme=color_scheme, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        guard = Guard(prefix)
        guard.attach(page)
        guards.append(guard)
        page.goto(url)
        return page

    yield opener
    for context in contexts:
        context.close()
    for guard in guards:
        assert not guard.errors, f"console errors: {guard.errors}"
        assert not guard.outside, f"requests outside the site: {guard.outside}"


@pytest.fixture(scope="session")
def big_site(tmp_path_factory) -> Path:
    """A site big enough to be split into one page per year (synthetic events)."""
    import yaml

    from chronology.site.context import SPLIT_AT

    root = tmp_path_factory.mktemp("big")
    content = root / "content"
    content.mkdir()
    shutil.copy(REPO_ROOT / "content" / "site.yaml", content / "site.yaml")
    events = [{"id": f"ev-{i:05d}", "date": f"{2015 + i % 9}-{1 + i % 12:02d}-{1 + i % 28:02d}",
               "title": f"Synthetic event {i}", "summary": f"Summary of *event* {i}.",
               "tags": [f"tag{i % 4}"], "actors": [f"Actor {i % 7}"], "places": ["Tehran"],
               "context": i % 97 == 0,
               "sources": [{"article": f"art-{i % 9}", "quote": f"Quote {i} said on Monday.",
                            "date_text": "on Monday"}]}
              for i in range(SPLIT_AT + 60)]
    articles = {f"art-{k}": {"title": f"Article {k}", "publisher": "Wire",
                             "reported": f"{2015 + k}-06-01", "reference": "dateline"} for k in range(9)}
    (content / "events.yaml").write_text(
        yaml.safe_dump({"version": 1, "articles": articles, "events": events}), encoding="utf-8")
    build_site(content, root / "build")
    return root / "build"
