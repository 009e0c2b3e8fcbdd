"""Building the site from hand-written events files: files, pages, safety, errors, big sites."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from chronology.errors import ChronologyError
from chronology.site.build import build_site
from chronology.site.context import SPLIT_AT

REPO = Path(__file__).resolve().parents[2]
EXPECTED_FILES = {
    ".nojekyll", ".chronology-build", "404.html", "index.html", "sources.html", "assets/app.js", "assets/style.css",
    "assets/favicon.svg", "events.json", "timelinejs.csv", "events.csv", "feed.xml", "feed.json",
    "events.ics",
    "events.yaml",
}


def _build(tmp_path: Path, content: Path, **kwargs) -> Path:
    out = tmp_path / "build"
    build_site(content, out, **kwargs)
    return out


def _files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def seed(tmp_path, content_from) -> Path:
    return _build(tmp_path, content_from(tmp_path, "seed_events.yaml"))


def test_the_seed_build_writes_pages_assets_and_exports(seed):
    assert set(_files(seed)) == EXPECTED_FILES
    assert (seed / "events.yaml").read_bytes() == (REPO / "tests/site/fixtures/seed_events.yaml").read_bytes()


def test_every_reference_in_the_pages_is_relative(seed):
    for page in seed.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        srcs = re.findall(r'\bsrc="([^"]*)"', html)
        links = re.findall(r'<link[^>]*\bhref="([^"]*)"', html)
        assert all(not re.match(r"(/|[a-z]+:)", u) for u in srcs + links), page.name
        hrefs = re.findall(r'<a[^>]*\bhref="([^"]*)"', html)
        assert not [h for h in hrefs if h.startswith("/")], page.name


def test_the_html_has_no_carriage_returns_and_ends_with_a_newline(seed):
    for page in seed.glob("*.html"):
        data = page.read_bytes()
        assert b"\r" not in data and data.endswith(b"\n")


def test_pages_and_js_stay_within_the_weight_budget(seed):
    page = sum((seed / f).stat().st_size for f in ("index.html", "assets/style.css", "assets/app.js"))
    assert page < 100_000
    assert (seed / "assets/app.js").stat().st_size < 15_000


@pytest.fixture
def precision_html(tmp_path, content_from) -> str:
    out = _build(tmp_path, content_from(tmp_path, "precision_events.yaml"))
    return (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("fragment", [
    '<time datetime="2019">2019</time>',
    '<time datetime="2019-06">June 2019</time>',
    '<time datetime="2019-06-14">14 June 2019</time>',
    '<time datetime="2019-07">c. July 2019</time>',
    '<time datetime="2019-12-30">30 December 2019 – 2 January 2020</time>',
    "It happened <mark>on Friday</mark>.",
])
def test_cards_show_dates_at_their_precision(precision_html, fragment):
    assert fragment in precision_html


def test_context_events_go_to_background_and_rejected_ones_nowhere(precision_html):
    main, _, background = precision_html.partition('id="background"')
    assert "Long before the period" in background and "Flagged as context" in background
    assert "Long before the period" not in main and "Flagged as context" not in main
    assert "Rejected by an editor" not in precision_html


@pytest.fixture
def hostile(tmp_path, content_from) -> Path:
    return _build(tmp_path, content_from(tmp_path, "hostile_events.yaml"))


def test_hostile_text_never_reaches_the_pages_as_markup(hostile):
    for name in ("index.html", "sources.html"):
        html = (hostile / name).read_text(encoding="utf-8")
        body = html.split("<body", 1)[1]
        assert "javascript:" not in html.lower() and "vbscript:" not in html.lower()
        assert "<script>alert" not in body and "<img" not in body and "<iframe" not in body
        assert "onerror=" not in body.replace("onerror=alert(1)&gt;", "")
        assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html


def test_hostile_ids_get_unique_safe_anchors(hostile):
    html = (hostile / "index.html").read_text(encoding="utf-8")
    anchors = re.findall(r'<article class="[^"]*" id="([^"]+)"', html)
    assert len(anchors) == len(set(anchors)) == 2
    assert all(re.fullmatch(r"e-[A-Za-z0-9_-]+", a) for a in anchors)


def test_a_conflict_shows_every_date_and_who_reported_it(hostile):
    html = (hostile / "index.html").read_text(encoding="utf-8")
    conflict = html.split('class="conflict"', 1)[1].split("</div>", 1)[0]
    assert re.findall(r'datetime="([^"]+)"', conflict) == ["2016-02-29", "2016-03-01", "2016-03-03"]
    assert "29 February 2016</time> according to “An undated wire story”" in conflict
    assert "3 March 2016</time> according to “missing-article”" in conflict
    assert "according to &lt;b&gt;Bold&lt;/b&gt; Press" in conflict


def test_the_sources_page_lists_every_article_with_its_reference(hostile):
    html = (hostile / "sources.html").read_text(encoding="utf-8")
    for anchor in ("a-evil", "a-undated", "a-missing-article"):
        assert f'id="{anchor}"' in html
    assert "no dateline, no publication line" in html
    assert "front matter &lt;i&gt;date&lt;/i&gt;" in html
    assert 'href="https://example.org/story?a=1&amp;b=2"' in html


def _run_build(cwd: Path, tz: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("TZ", "LC_ALL", "LANG")}
    env.update(TZ=tz, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "chronology", "build"], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False, timeout=120)


def test_builds_are_byte_identical_across_time_zones(tmp_path, content_from):
    digests = []
    for tz in ("UTC", "Asia/Tehran", "Pacific/Kiritimati"):
        root = tmp_path / tz.replace("/", "_")
        content_from(root, "seed_events.yaml")
        done = _run_build(root, tz)
        assert done.returncode == 0, done.stderr
        digests.append(_files(root / "build"))
    assert digests[0] == digests[1] == digests[2]


def test_a_failed_build_leaves_the_previous_one_intact(tmp_path, content_from):
    content = content_from(tmp_path, "seed_events.yaml")
    out = _build(tmp_path, content)
    before = _files(out)
    (content / "events.yaml").write_text("events: [broken\n", encoding="utf-8")
    with pytest.raises(ChronologyError) as err:
        build_site(content, out)
    assert "events.yaml" in str(err.value)
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "content"]


def test_a_missing_events_file_is_a_clear_error(tmp_path):
    (tmp_path / "content").mkdir()
    with pytest.raises(ChronologyError, match=r"events\.yaml: no events file: run `chronology extract` first"):
        build_site(tmp_path / "content", tmp_path / "build")


def test_an_output_below_a_file_is_a_clear_error(tmp_path, content_from):
    content = content_from(tmp_path, "seed_events.yaml")
    (tmp_path / "blocker").write_text("a file", encoding="utf-8")
    with pytest.raises(ChronologyError, match="blocker"):
        build_site(content, tmp_path / "blocker" / "site")


def test_user_templates_override_the_theme_file_by_file(tmp_path, content_from):
    content = content_from(tmp_path, "seed_events.yaml")
    theme = tmp_path / "theme"
    (theme / "static").mkdir(parents=True)
    (theme / "base.html").write_text(
        '{% extends "default:base.html" %}{% block head %}<meta name="x-theme" content="mine">'
        "{% endblock %}", encoding="utf-8")
    (theme / "static" / "style.css").write_text("body { color: black; }\n", encoding="utf-8")
    out = _build(tmp_path, content, user_templates=theme)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<meta name="x-theme" content="mine">' in index and 'class="event' in index
    assert (out / "assets/style.css").read_text(encoding="utf-8") == "body { color: black; }\n"
    assert (out / "assets/app.js").read_bytes() == (REPO / "site_templates/static/app.js").read_bytes()


@pytest.mark.parametrize(("template", "message"), [
    ("{% block main %}{{ oops( }}{% endblock %}", r"sources\.html:1: template error: "),
    ('{% extends "base.html" %}{% block main %}{{ no_such_name }}{% endblock %}',
     r"template error: 'no_such_name' is undefined"),
])
def test_template_mistakes_are_user_errors(tmp_path, content_from, template, message):
    content = content_from(tmp_path, "seed_events.yaml")
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "sources.html").write_text(template, encoding="utf-8")
    with pytest.raises(ChronologyError, match=message):
        build_site(content, tmp_path / "build", user_templates=theme)
    assert not (tmp_path / "build").exists()


def _synthetic(path: Path, count: int) -> None:
    events = [{"id": f"ev-{i:05d}", "date": f"{2015 + i % 9}-{1 + i % 12:02d}-{1 + i % 28:02d}",
               "title": f"Event {i}", "tags": [f"t{i % 5}"], "sources": []} for i in range(count)]
    path.write_text(yaml.safe_dump({"version": 1, "articles": {}, "events": events}), encoding="utf-8")


def test_a_big_timeline_is_split_into_one_page_per_year(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "site.yaml").write_bytes((REPO / "content/site.yaml").read_bytes())
    _synthetic(content / "events.yaml", SPLIT_AT + 50)
    out = _build(tmp_path, content)
    years = sorted(p.name for p in out.glob("20*.html"))
    assert years == [f"{y}.html" for y in range(2015, 2024)]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="event' not in index
    for href in sorted(set(re.findall(r'href="(20\d\d\.html)#([^"]+)"', index))):
        assert f'id="{href[1]}"' in (out / href[0]).read_text(encoding="utf-8"), href
    cards = sum(p.read_text(encoding="utf-8").count('<article class="event') for p in out.glob("20*.html"))
    assert cards == SPLIT_AT + 50


@pytest.mark.parametrize(("date", "message"), [
    ("2015-02-30", "event 'x': date '2015-02-30' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("2015-13", "event 'x': date '2015-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("soon", "event 'x': date 'soon' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
])
def test_an_impossible_date_is_a_user_error(tmp_path, date, message):
    from chronology.config import SiteConfig
    from chronology.events.model import Event, EventsFile
    from chronology.site.context import gather

    with pytest.raises(ChronologyError) as err:
        gather(EventsFile(events=[Event(id="x", date=date, title="T")]), SiteConfig())
    assert str(err.value) == message


def test_a_base_url_gives_canonical_links_and_a_404_that_works_at_any_depth(tmp_path, content_from):
    settings = tmp_path / "site.yaml"
    settings.write_text((REPO / "content/site.yaml").read_text(encoding="utf-8").replace(
        'base_url: ""', 'base_url: "https://user.github.io/repo/"'), encoding="utf-8")
    out = _build(tmp_path, content_from(tmp_path, "seed_events.yaml", settings))
    assert '<base href="https://user.github.io/repo/">' in (out / "404.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://user.github.io/repo/index.html">' in index
    assert "<base" not in index
    assert "URL:https://user.github.io/repo/index.html#e-" in (out / "events.ics").read_text(encoding="utf-8")


def test_repeated_ids_still_get_unique_anchors():
    from chronology.config import SiteConfig
    from chronology.events.model import Event, EventsFile
    from chronology.site.context import gather

    events = [Event(id="same", date="2016-01-02", title="A"), Event(id="same", date="2016-01-01", title="B"),
              Event(id="s.ame", date="2016-01-03", title="C")]
    ctx = gather(EventsFile(events=events), SiteConfig())
    assert [(v.title, v.anchor) for v in ctx.main_events] == [
        ("B", "e-same"), ("A", "e-same-2"), ("C", "e-s-ame")]
