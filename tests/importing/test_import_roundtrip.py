"""Export then import: the same dates, end dates, titles, summaries and tags come back.

On the seed fixture and on a generated file of 1,000 events, from each export the site writes.
The plain CSV and the TimelineJS JSON (its ``tags`` key, which TimelineJS ignores) carry every
tag; TimelineJS's spreadsheet has one ``Group`` column per event, which the export fills with the
first tag (or "Background" for context events), so that is what comes back from it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from generate import generated_yaml

from chronology.events.store import load_events
from chronology.importing import import_file
from chronology.site.build import build_site

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "site" / "fixtures" / "seed_events.yaml"
FORMATS = ("events.json", "timelinejs.csv", "events.csv")


@pytest.fixture(scope="module", params=["seed", "generated-1000"])
def exported(request, tmp_path_factory):
    """(original active events in date order, the built site folder)."""
    root = tmp_path_factory.mktemp(request.param)
    content = root / "content"
    content.mkdir()
    if request.param == "seed":
        shutil.copy(SEED, content / "events.yaml")
    else:
        (content / "events.yaml").write_text(generated_yaml(1000), encoding="utf-8")
    shutil.copy(REPO / "content" / "site.yaml", content / "site.yaml")
    build_site(content, root / "build")
    original = load_events(content / "events.yaml").active()
    return sorted(original, key=lambda e: (e.date, e.id)), root / "build"


def _imported(build: Path, name: str, tmp_path: Path):
    target = tmp_path / "events.yaml"
    import_file(build / name, target)
    return load_events(target).events


def _key(e) -> tuple:
    return (e.date, e.title)


@pytest.mark.parametrize("name", FORMATS)
def test_round_trip_gives_back_dates_titles_and_summaries(exported, name, tmp_path):
    original, build = exported
    back = _imported(build, name, tmp_path)
    assert len(back) == len(original)
    pairs = list(zip(sorted(original, key=_key), sorted(back, key=_key), strict=True))
    for field in ("date", "end_date", "title", "summary", "approximate"):
        same = sum(getattr(a, field) == getattr(b, field) for a, b in pairs)
        assert same == len(pairs), f"{name}: {field} equal for {same} of {len(pairs)}"


def test_the_plain_csv_gives_back_every_tag_actor_place_and_id(exported, tmp_path):
    original, build = exported
    back = {e.id: e for e in _imported(build, "events.csv", tmp_path)}
    assert set(back) == {e.id for e in original}
    for e in original:
        got = back[e.id]
        assert (got.tags, got.actors, got.places) == (sorted(set(e.tags)), sorted(set(e.actors)),
                                                       sorted(set(e.places))), e.id


@pytest.mark.parametrize("name", ["events.csv", "events.json"])
def test_the_plain_csv_and_timelinejs_json_give_back_every_tag(exported, name, tmp_path):
    original, build = exported
    back = sorted(_imported(build, name, tmp_path), key=_key)
    for e, got in zip(sorted(original, key=_key), back, strict=True):
        assert got.tags == sorted(set(e.tags)), e.id


def test_the_timelinejs_spreadsheet_gives_back_the_group_tag(exported, tmp_path):
    original, build = exported
    back = sorted(_imported(build, "timelinejs.csv", tmp_path), key=_key)
    for e, got in zip(sorted(original, key=_key), back, strict=True):
        shown_as_context = got.context
        expected = [] if shown_as_context or not e.tags else [sorted(set(e.tags))[0]]
        assert got.tags == expected, e.id


def test_timelinejs_json_gives_back_the_ids(exported, tmp_path):
    original, build = exported
    assert {e.id for e in _imported(build, "events.json", tmp_path)} == {e.id for e in original}
