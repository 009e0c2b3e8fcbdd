"""Property: across any sequence of runs and hand edits, nothing is lost and nothing returns."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.store import load_events, update_events_file
from chronology.events.yamlio import dump, new_yaml

POOL = [Event(id=f"2015-0{i % 9 + 1}-event-{i}", date=f"2015-0{i % 9 + 1}", title=f"Event {i}",
              sources=[Source(article=f"a{i % 3}", quote=f"Quote number {i}.")])
        for i in range(8)]
ARTICLES = {f"a{j}": ArticleInfo(id=f"a{j}", title=f"Article {j}") for j in range(3)}

STEPS = st.lists(st.one_of(
    st.tuples(st.just("run"), st.sets(st.integers(0, 7), min_size=1)),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("retitle"), st.integers(0, 20)),
    st.tuples(st.just("reverse"), st.just(0)),
), min_size=1, max_size=8)


def _quotes(path) -> dict[str, str]:
    return {e.sources[0].quote: e.title for e in load_events(path).events if e.sources}


def _edit(path, change) -> None:
    yaml = new_yaml()
    data = yaml.load(path.read_text())
    if data and data.get("events"):
        change(data["events"])
        path.write_text(dump(data, yaml))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(STEPS)
def test_runs_and_edits_keep_every_decision(tmp_path, steps):
    path = tmp_path / "events.yaml"
    path.unlink(missing_ok=True)
    deleted: set[str] = set()
    titles: dict[str, str] = {}
    for action, arg in steps:
        if action == "run":
            update_events_file(path, [POOL[i] for i in sorted(arg)], ARTICLES)
            present = _quotes(path)
            for i in arg:
                quote = POOL[i].sources[0].quote
                assert (quote in present) == (quote not in deleted)
        elif path.exists() and action == "delete":
            def delete(events, n=arg):
                entry = events.pop(n % len(events))
                deleted.add(entry["sources"][0]["quote"])
            _edit(path, delete)
        elif path.exists() and action == "retitle":
            def retitle(events, n=arg):
                entry = events[n % len(events)]
                entry["title"] = f"Edited {n}"
                titles[entry["sources"][0]["quote"]] = entry["title"]
            _edit(path, retitle)
        elif path.exists():
            _edit(path, lambda events: events.reverse())
        if path.exists():
            present = _quotes(path)
            assert not deleted & set(present)
            for quote, title in titles.items():
                assert quote in deleted or present[quote] == title
            assert len(load_events(path).events) == len(present)
