"""A card does not show the same sentence twice (issue 9 item 6): a summary that is one of its
event's quotes word for word (as version 1 of the extractor wrote it into the shipped
content/events.yaml, or as an editor may paste it) is not shown above that quote."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from chronology.site.build import build_site

REPO = Path(__file__).resolve().parents[2]
QUOTE = ("TEHRAN, January 20 (Sputnik) – Russia and Iran signed on Tuesday an "
         "intergovernmental agreement on military cooperation.")  # "signed" is one of its words


def _card(tmp_path: Path, summary: str) -> tuple[str, str]:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(REPO / "content" / "site.yaml", content / "site.yaml")
    events = {"events": [{"id": "pact", "date": "2015-01-20", "title": "Russia and Iran sign pact",
                          "summary": summary,
                          "sources": [{"article": "a1", "quote": QUOTE, "date_text": "Tuesday"}]}],
              "articles": {"a1": {"title": "Pact", "reported": "2015-01-20"}}}
    (content / "events.yaml").write_text(yaml.safe_dump(events), encoding="utf-8")
    build_site(content, tmp_path / "build")
    html = (tmp_path / "build" / "index.html").read_text(encoding="utf-8")
    csv = (tmp_path / "build" / "timelinejs.csv").read_text(encoding="utf-8")
    return html, csv


def test_a_summary_that_repeats_the_quote_is_not_shown(tmp_path):
    html, csv = _card(tmp_path, QUOTE.replace("military", "\nmilitary").upper())
    assert 'class="summary' not in html
    assert csv.count("INTERGOVERNMENTAL") == 0 and csv.count("intergovernmental") == 1


def test_a_summary_that_is_the_quote_without_its_dateline_is_not_shown(tmp_path):
    html, _ = _card(tmp_path, QUOTE.split(" – ", 1)[-1])
    assert 'class="summary' not in html


def test_a_summary_of_other_words_is_shown(tmp_path):
    html, csv = _card(tmp_path, "The first defence pact between the two since 2001.")
    assert 'class="summary js-text"' in html and "since 2001" in html and "since 2001" in csv


def test_a_short_editors_note_is_shown_even_if_the_quote_has_its_word(tmp_path):
    html, _ = _card(tmp_path, "Signed.")
    assert 'class="summary js-text"' in html
