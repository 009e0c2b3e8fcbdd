"""Timing of the events file with N synthetic events (not a test; run it by hand).

    PYTHONPATH=. python tests/events/bench_events_file.py 3000
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from chronology.events.model import ArticleInfo, Event, Source
from chronology.events.store import load_events, update_events_file


def candidates(n: int, articles: int) -> list[Event]:
    """``n`` events from ``articles`` articles, one source each."""
    out = []
    for i in range(n):
        day = f"2015-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        quote = f"Russia and Iran did thing number {i} on Tuesday, officials said at length."
        out.append(Event(id=f"{day}-event-{i}", date=day, title=f"Event number {i}",
                         tags=["military"], actors=["Russia", "Iran"],
                         sources=[Source(article=f"art{i % articles}", quote=quote,
                                         date_text="on Tuesday", reported="2015-01-22",
                                         date=day, rule="weekday-past")]))
    return out


def timed(label: str, action) -> None:
    start = time.perf_counter()
    result = action()
    print(f"{label:<28} {time.perf_counter() - start:6.2f} s  {result}")


def main(n: int) -> None:
    count = max(n // 10, 1)
    events = candidates(n, count)
    articles = {f"art{j}": ArticleInfo(id=f"art{j}", title=f"Article {j}") for j in range(count)}
    path = Path(tempfile.mkdtemp()) / "events.yaml"
    timed("create (write new file)", lambda: update_events_file(path, events, articles).summary())
    timed("load_events", lambda: len(load_events(path).events))
    timed("re-run, nothing new", lambda: update_events_file(path, events, articles).summary())
    more = candidates(n + n // 10, count)
    timed("re-run, 10% new events", lambda: update_events_file(path, more, articles).summary())
    print(f"file size: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
