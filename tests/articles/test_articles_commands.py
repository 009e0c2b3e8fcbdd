"""Pages through the commands: ``read``, ``dates --json``, ``extract`` over a mixed folder,
and ``build``: quotes escaped, sources linked to their page's address."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chronology.cli import main

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests/articles/pages"
PAGE = PAGES / "01_wordpress_pact.html"


def test_read_shows_metadata_and_every_block_with_its_kind(capsys):
    assert main(["read", str(PAGE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:6] == [
        f"file: {PAGE}", "title: Russia and Iran sign military cooperation pact",
        "publisher: Gulf Observer",
        "url: https://gulfobserver.example/2015/01/21/russia-iran-military-pact/",
        "published: 2015-01-20 (meta article:published_time)", "language: en"]
    assert lines[6] == "blocks:"
    assert lines[7] == "  0-46\ttitle\tRussia and Iran sign military cooperation pact"
    assert [line.split("\t")[1] for line in lines[8:]] == ["story"] * 5


@pytest.mark.parametrize("name", ["01_wordpress_pact.html", "01_wordpress_pact.twin.txt",
                                  "05_russian_navy_memorandum.html"])
def test_read_json_has_the_keys_and_offsets_index_its_text(name, capsys):
    assert main(["read", str(PAGES / name), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    for key in ("title", "publisher", "url", "published", "language", "story", "blocks", "text"):
        assert key in info
    text = info["text"]
    story = [b for b in info["blocks"] if b["kind"] == "story"]
    assert info["story"] == "\n\n".join(text[b["start"]:b["end"]] for b in story)
    assert all(text[b["start"]:b["end"]] == b["text"] for b in info["blocks"])


def test_dates_json_offsets_index_the_story_text_of_a_page(capsys):
    assert main(["read", str(PAGE), "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert main(["dates", str(PAGE), "--json"]) == 0
    mentions = json.loads(capsys.readouterr().out)
    assert {m["text"] for m in mentions} >= {"Tuesday", "Monday"}
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_dates_names_the_metadata_and_the_dateline(capsys):
    assert main(["dates", str(PAGE)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == ("reference: 2015-01-21 (dateline from 'TEHRAN, January 21 (Gulf Observer) "
                     "–', year inferred) — dateline 'TEHRAN, January 21 (Gulf Observer) –': the day after meta "
                     "article:published_time 2015-01-20 (page times are often UTC; the dateline "
                     "is the local day)")


@pytest.fixture
def mixed(tmp_path):
    """An articles folder with pages, a text twin, a gzip page and broken pages."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("01_wordpress_pact.html", "03_wire_jsonld_drills.html",
                 "12_infosec_utc_dateline.twin.txt"):
        shutil.copy(PAGES / name, folder / name)
    (folder / "login.html").write_text("<html><body><p>Subscribe to continue reading.</p>"
                                       "</body></html>", encoding="utf-8")
    (folder / "zipped.html.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00")
    (folder / "01_wordpress_pact.txt").write_text("Another article with the same id.\n")
    return folder


def test_extract_reads_every_format_and_reports_bad_pages_in_one_line(mixed, tmp_path, capsys):
    events = tmp_path / "events.yaml"
    code = main(["extract", str(mixed), "-o", str(events), "--jobs", "1", "--explain"])
    out, err = capsys.readouterr()
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("chronology: error:")]
    assert errors == [
        f"chronology: error: {mixed / '01_wordpress_pact.txt'}: article id '01_wordpress_pact' "
        f"is already used by {mixed / '01_wordpress_pact.html'}",
        f"chronology: error: {mixed / 'login.html'}: no article text found (an index page, a "
        "login wall, or not a news story?)",
        f"chronology: error: {mixed / 'zipped.html.gz'}: gzip data is cut short (an incomplete "
        "download?)",
    ]
    assert "Traceback" not in err
    assert ("01_wordpress_pact: reference 2015-01-21 — dateline 'TEHRAN, January 21 (Gulf "
            "Observer) –': the day after meta article:published_time 2015-01-20") in out
    assert "03_wire_jsonld_drills: reference 2019-12-26 — JSON-LD datePublished 2019-12-26" in out
    written = events.read_text(encoding="utf-8")
    assert "reference: JSON-LD datePublished 2019-12-26" in written
    for article in ("01_wordpress_pact:", "03_wire_jsonld_drills:", "12_infosec_utc_dateline.twin:"):
        assert f"  {article}\n" in written


def test_a_hostile_page_reaches_the_site_escaped_and_sources_link_to_the_page(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    shutil.copy(REPO / "content/site.yaml", content / "site.yaml")
    hostile = ('<html><head><meta property="article:published_time" content="2019-05-02">'
               '<meta property="og:title" content="Pact &lt;script&gt;alert(1)'
               '&lt;/script&gt;"><link rel="canonical" href="https://example.org/pact?a=1&amp;b=2">'
               '<meta property="og:site_name" content="&lt;b onmouseover=alert(2)&gt;Wire">'
               '</head><body><article><p>TEHRAN, May 2 (Wire) - Iran and Russia signed a military '
               'cooperation agreement on Monday &lt;img src=x onerror=alert(3)&gt;, officials '
               'said after talks in Tehran.</p><p>The deal provides for joint drills by the two '
               'navies, the navy said.</p><script>alert(4)</script></article></body></html>')
    (content / "articles" / "p1.html").write_text(hostile, encoding="utf-8")
    assert main(["extract", str(content / "articles"), "-o", str(content / "events.yaml"),
                 "--site", str(content / "site.yaml"), "--jobs", "1"]) == 0
    assert main(["build", "--content", str(content), "-o", str(tmp_path / "build")]) == 0
    for name in ("index.html", "sources.html"):
        html = (tmp_path / "build" / name).read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<b onmouseover" not in html
        assert 'href="https://example.org/pact?a=1&amp;b=2"' in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in (tmp_path / "build/index.html").read_text(
        encoding="utf-8")
