"""The driver's spilled state: merging candidates read back from disk, in date order, with
only the open groups held and members past the founders kept light, gives exactly the
events of ``merge_candidates`` on the whole list."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from chronology.events.model import Event, Source
from chronology.extraction.merge import FOUNDERS, merge_candidates, merge_in_order
from chronology.extraction.model import from_event
from chronology.extraction.spill import MergedEvents, Spill, SpilledCandidates

SAYINGS = [
    "Iran received the first S-300 battery from Russia, the ministry said.",
    "Russia delivered S-300 air defence systems to Iran.",
    "Russia and Iran signed a military cooperation agreement in Tehran.",
    "Iranian and Russian warships held joint naval drills in the Caspian Sea.",
    "Russia delivered S-400 systems to Iran, officials said.",
]
DATES = ["2015", "2015-12", "2016-01", "2015-12-30", "2015-12-31", "2016-01-01", "2016-01-02",
         "2016-01-04", "2016-01-09", "2016-02-01"]


def _candidates(count: int, seed: int):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        date, saying = rng.choice(DATES), rng.choice(SAYINGS)
        article = f"a{rng.randrange(count // 2):03d}"
        event = Event(id=f"{date}-e{i}", date=date, title=saying[:40], tags=["delivery"],
                      actors=["Iran", "Russia"],
                      sources=[Source(article=article, quote=saying, date_text="on Monday",
                                      reported="2016-01-05", date=date)])
        out.append(from_event(event))
    return out


def _plain(events):
    return [(e.id, e.date, e.title, [s.article for s in e.sources], e.actors, e.tags)
            for e in events]


def test_spilled_merge_gives_the_events_of_the_whole_list():
    candidates = _candidates(300, seed=7)
    expected = merge_candidates(candidates)
    assert max(len(e.sources) for e in expected) > FOUNDERS  # light members were used
    with Spill() as spill:
        spilled = SpilledCandidates(spill)
        for start in range(0, len(candidates), 16):
            spilled.add(candidates[start:start + 16])
        merged = MergedEvents(spill, spilled)
        assert _plain(merged.in_merge_order()) == _plain(expected)
        in_file = list(merged)
    assert _plain(in_file) == _plain(sorted(expected, key=lambda e: (e.date, e.id)))


def test_groups_are_finished_before_the_end_when_no_later_date_can_join():
    candidates = sorted(_candidates(200, seed=3), key=lambda c: (
        c.event.date, c.event.sources[0].article, c.sentence.start))
    finished_early, consumed = 0, 0

    def counting():
        nonlocal consumed
        for candidate in candidates:
            consumed += 1
            yield candidate

    stream = merge_in_order(counting())
    for _ in stream:
        finished_early += consumed < len(candidates)
    assert finished_early > 0


@given(st.lists(st.tuples(st.text(st.characters(blacklist_characters="\0"), max_size=6),
                          st.text(st.characters(blacklist_characters="\0"), max_size=6),
                          st.text(st.characters(blacklist_characters="\0"), max_size=6),
                          st.integers(0, 2 ** 40)), max_size=30))
def test_packed_keys_sort_as_the_tuples_do(keys):
    """The merged events' sort keys are kept packed in bytes: the same order, "abc" before
    "abcd", any script."""
    from chronology.extraction.spill import _packed
    assert sorted(keys) == sorted(keys, key=_packed)
