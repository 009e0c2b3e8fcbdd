"""The months of a plan put off (``DateChoice.put_off_time``) are found in linear time: each
month looks for its sentence's bounds near it, not through the whole text before and after
it (a long page of one paragraph with a month in every clause)."""

from __future__ import annotations

import time
from types import SimpleNamespace

from chronology.dates.model import Mention
from chronology.extraction.foreign_dating import DateChoice
from chronology.languages import language

CLAUSE = "в марте стороны обсуждали сроки маневров, "  # no sentence end: one long sentence


def _scan(text: str):
    scan = DateChoice.__new__(DateChoice)
    scan.article = SimpleNamespace(text=text)
    scan.lang = language("ru")
    return scan


def _months(text: str) -> list[Mention]:
    return [Mention(i + 2, i + 7, "марте", "2024-03", "month", "month", "")
            for i in range(0, len(text), len(CLAUSE))]


def _seconds(count: int) -> float:
    text = CLAUSE * count
    scan, months = _scan(text), _months(text)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for m in months:
            scan.put_off_time(m)
        times.append(time.perf_counter() - start)
    return min(times)


def test_put_off_months_are_found_in_linear_time():
    ratio = _seconds(3_000) / max(_seconds(300), 1e-3)
    # linear gives about 10, quadratic about 100; the margin is for a busy machine
    assert ratio < 40, f"10x the text took {ratio:.0f}x the time (quadratic?)"


def test_a_put_off_month_is_still_the_plans_time():
    text = "Маневры намечали начать в октябре, однако их отложили."
    at = text.index("октябре")
    m = Mention(at, at + 7, "октябре", "2024-10", "month", "month", "")
    assert _scan(text).put_off_time(m)
