"""Property: whatever the file holds, ``read_events`` returns events or raises a user error
(one line per problem, with the file's name): never a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.errors import ChronologyError
from chronology.importing import read_events

CELLS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
HEADERS = st.lists(st.sampled_from(["id", "date", "end_date", "title", "summary", "tags",
                                    "approximate", "context", "Year", "Headline", "Type"]),
                   min_size=1, max_size=6, unique=True)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.sampled_from(["year", "month", "day", "events",
                                                              "start_date", "text", "headline",
                                                              "group", "tags"]), inner, max_size=4),
                           max_leaves=20)


def _never_crashes(path) -> None:
    try:
        events = read_events(path)
    except ChronologyError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        assert all(line.startswith(str(path)) for line in str(exc).splitlines())
    else:
        assert all(e.id and e.date and e.title for e in events)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=HEADERS, rows=st.lists(st.lists(CELLS, max_size=7), max_size=5))
def test_any_csv_imports_or_fails_cleanly(tmp_path, header, rows):
    path = tmp_path / "in.csv"
    lines = [",".join(header)] + [",".join(json.dumps(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _never_crashes(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=JSON_VALUES)
def test_any_json_imports_or_fails_cleanly(tmp_path, data):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data if not isinstance(data, list) else {"events": data}),
                    encoding="utf-8")
    _never_crashes(path)
