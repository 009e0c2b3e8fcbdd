"""The README's example events file is valid, complete and consistent with the machine."""

from __future__ import annotations

import re
from pathlib import Path

from chronology.events import schema
from chronology.events.check import check_bytes
from chronology.events.evidence import evidence
from chronology.events.store import load_events, update_events_file

README = Path(__file__).resolve().parents[2] / "README.md"


def example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- section: events-file -->", 1)[1]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_example_has_no_problems():
    assert check_bytes(example().encode("utf-8"), "README.md").problems == []


def test_example_shows_every_field():
    keys = set(re.findall(r"^\s*(?:- )?([a-z_]+):", example(), re.M))
    for fields in (schema.EVENT_FIELDS, schema.SOURCE_FIELDS, schema.ARTICLE_FIELDS,
                   schema.TOP_FIELDS):
        assert set(schema.names(fields)) <= keys


def test_example_ledger_matches_its_events(tmp_path):
    """Re-proposing the example's own events changes nothing: the ledger is what we compute."""
    path = tmp_path / "events.yaml"
    path.write_text(example(), encoding="utf-8")
    loaded = load_events(path)
    report = update_events_file(path, loaded.events, loaded.articles)
    assert (report.added, report.kept, report.rejected, report.written) == (0, 2, 1, False)
    computed = sorted(evidence(s.article, s.quote, s.date_text, s.date or e.date).entry()
                      for e in loaded.events for s in e.sources)
    assert computed == sorted(re.findall(r"^  - (\S+#\S+ \S+ \S+)$", example(), re.M))
