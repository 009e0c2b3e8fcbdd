"""Discovery: JSON Feed 1.1, sitemap.xml and robots.txt, Open Graph and canonical links."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from chronology.site.build import build_site
from chronology.site.discovery import og_locale

REPO = Path(__file__).resolve().parents[2]
BASE = "https://example.github.io/chronology/"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _settings(tmp_path: Path, base_url: str, language: str = "en") -> Path:
    text = (REPO / "content" / "site.yaml").read_text(encoding="utf-8")
    text = text.replace('base_url: ""', f'base_url: "{base_url}"')
    text = text.replace("language: en", f"language: {language}")
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _site(tmp_path: Path, content_from, base_url: str, language: str = "en") -> Path:
    content = content_from(tmp_path, "seed_events.yaml", _settings(tmp_path, base_url, language))
    build_site(content, tmp_path / "build")
    return tmp_path / "build"


@pytest.fixture
def with_base(tmp_path, content_from) -> Path:
    return _site(tmp_path, content_from, BASE)


@pytest.fixture
def without_base(tmp_path, content_from) -> Path:
    return _site(tmp_path, content_from, "")


def _rfc3339(text: str) -> bool:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is not None


def test_json_feed_has_every_required_field_of_version_1_1(without_base):
    feed = json.loads((without_base / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Russia–Iran Defence Cooperation, 2015–2023"
    assert isinstance(feed["items"], list) and len(feed["items"]) == 15
    ids = [item["id"] for item in feed["items"]]
    assert len(set(ids)) == len(ids) and all(isinstance(i, str) and i for i in ids)
    for item in feed["items"]:
        assert item["content_html"]
        assert _rfc3339(item["date_published"]) and _rfc3339(item["date_modified"])
        assert all(isinstance(t, str) for t in item.get("tags", []))
    assert "home_page_url" not in feed and "feed_url" not in feed


def test_json_feed_is_newest_first_like_the_atom_feed(without_base):
    feed = json.loads((without_base / "feed.json").read_text(encoding="utf-8"))
    atom = ET.parse(without_base / "feed.xml").getroot()
    atom_ids = [e.text for e in atom.iter("{http://www.w3.org/2005/Atom}id")][1:]
    assert [item["id"] for item in feed["items"]] == atom_ids
    published = [item["date_published"] for item in feed["items"]]
    assert published == sorted(published, reverse=True)


def test_json_feed_urls_are_absolute_with_a_base_url(with_base):
    feed = json.loads((with_base / "feed.json").read_text(encoding="utf-8"))
    assert feed["home_page_url"] == BASE + "index.html"
    assert feed["feed_url"] == BASE + "feed.json"
    assert all(item["url"].startswith(BASE + "index.html#e-") for item in feed["items"])


def test_sitemap_lists_every_page_but_404_with_absolute_urls(with_base):
    root = ET.parse(with_base / "sitemap.xml").getroot()
    locs = [u.find(f"{SITEMAP_NS}loc").text for u in root.iter(f"{SITEMAP_NS}url")]
    assert locs == [BASE + "index.html", BASE + "sources.html"]
    lastmods = {u.find(f"{SITEMAP_NS}lastmod").text for u in root.iter(f"{SITEMAP_NS}url")}
    assert len(lastmods) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\d", lastmods.pop())


def test_robots_txt_points_to_the_sitemap(with_base):
    assert (with_base / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {BASE}sitemap.xml\n")


def test_no_sitemap_or_robots_without_a_base_url(without_base):
    assert not (without_base / "sitemap.xml").exists()
    assert not (without_base / "robots.txt").exists()
    assert (without_base / "feed.json").is_file()


@pytest.mark.parametrize("page", ["index.html", "sources.html", "404.html"])
def test_every_page_has_site_name_locale_and_a_canonical_url(with_base, page):
    html = (with_base / page).read_text(encoding="utf-8")
    assert '<meta property="og:site_name" content="Russia–Iran Defence Cooperation, 2015–2023">' in html
    assert '<meta property="og:locale" content="en_US">' in html
    assert f'<link rel="canonical" href="{BASE}{page}">' in html
    assert '<link rel="alternate" type="application/feed+json" href="feed.json"' in html


@pytest.mark.parametrize("page", ["index.html", "sources.html", "404.html"])
def test_no_canonical_url_without_a_base_url(without_base, page):
    html = (without_base / page).read_text(encoding="utf-8")
    assert 'rel="canonical"' not in html
    assert '<meta property="og:site_name"' in html


@pytest.mark.parametrize(("tag", "locale"), [("en", "en_US"), ("en-GB", "en_GB"), ("fa", "fa_IR"),
                                             ("pt-br", "pt_BR"), ("zh-Hant-TW", "zh_TW"),
                                             ("ru", "ru_RU"), ("ar", "ar"), ("hy", "hy"),
                                             ("EN", "en_US")])
def test_og_locale_from_the_language_tag(tag, locale):
    assert og_locale(tag) == locale
