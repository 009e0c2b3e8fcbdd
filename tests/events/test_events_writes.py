"""Writing the events file: never over an editor's save, through links, keeping BOM and line ends.

The real-process races are in ``tests/trust/test_races.py``; these pin each mechanism down.
"""

from __future__ import annotations

import codecs
import os
import threading
import time

import pytest

from chronology.events import atomic, store
from chronology.events.atomic import publish
from chronology.events.lock import events_lock
from chronology.events.model import Event, Source
from chronology.events.store import load_events, update_events_file

EVENT = Event(id="e1", date="2015-01-20", title="Deal",
              sources=[Source(article="a1", quote="They signed on Tuesday.")])
LATER = Event(id="e2", date="2016", title="Later",
              sources=[Source(article="a1", quote="Next year.")])
HAND = "  - id: hand\n    date: 2017\n    title: Added by hand\n"


def _editor_save(path, text: str = HAND) -> None:
    """Read, add an event by hand, write a temp file, rename it over the file."""
    content = path.read_text(encoding="utf-8")
    at = content.index("# Machine memory")
    tmp = path.with_name(".editor.tmp")
    tmp.write_text(content[:at] + text + content[at:], encoding="utf-8")
    os.replace(tmp, path)


def _hidden(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(params=["exchange", "rename"])
def swap(request, monkeypatch):
    """Both ways of putting the file in place: the atomic swap, and the plain-rename fallback
    of systems that cannot swap."""
    if request.param == "rename":
        monkeypatch.setattr(atomic, "exchange", lambda a, b: False)
    return request.param


@pytest.mark.parametrize("point", ["events-read", "events-merged", "events-swap"])
def test_an_editor_save_while_merging_is_merged_again_never_overwritten(
        tmp_path, monkeypatch, swap, point):
    path = tmp_path / "events.yaml"
    update_events_file(path, [EVENT], {})
    saved = []

    def checkpoint(name):
        if name == point and not saved:
            saved.append(name)
            _editor_save(path)

    monkeypatch.setattr(store.checkpoints, "reached", checkpoint)
    monkeypatch.setattr(atomic.checkpoints, "reached", checkpoint)
    report = update_events_file(path, [EVENT, LATER], {})
    assert saved == [point]
    assert report.written and report.merged_again == 1
    assert [e.id for e in load_events(path).events] == ["e1", "e2", "hand"]
    assert _hidden(tmp_path) == []


def test_publish_refuses_a_file_that_changed_since_it_was_read(tmp_path, swap):
    path = tmp_path / "events.yaml"
    path.write_bytes(b"an editor's newer text\n")
    assert publish(path, b"merged onto the old text\n", b"the old text\n") is False
    assert path.read_bytes() == b"an editor's newer text\n"
    assert publish(tmp_path / "new.yaml", b"x\n", b"a file we read\n") is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml"]


def test_publish_never_replaces_a_file_that_appeared(tmp_path, monkeypatch, swap):
    path = tmp_path / "events.yaml"

    def appears(name):
        if name == "events-swap":
            path.write_bytes(b"an editor created it meanwhile\n")

    monkeypatch.setattr(atomic.checkpoints, "reached", appears)
    assert publish(path, b"ours\n", None) is False
    assert path.read_bytes() == b"an editor created it meanwhile\n"
    assert _hidden(tmp_path) == []


def test_a_symlinked_events_file_is_written_through_to_its_target(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "events.yaml"
    update_events_file(target, [EVENT], {})
    content = tmp_path / "content"
    content.mkdir()
    link = content / "events.yaml"
    link.symlink_to(target)
    report = update_events_file(link, [EVENT, LATER], {})
    assert report.written
    assert link.is_symlink() and link.resolve() == target
    assert [e.id for e in load_events(target).events] == ["e1", "e2"]
    assert (shared / "events.yaml.bak").exists() and not (content / "events.yaml.bak").exists()
    assert _hidden(content) == [] and _hidden(shared) == []


def test_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "events.yaml"
    link.symlink_to(tmp_path / "elsewhere.yaml")
    update_events_file(link, [EVENT], {})
    assert link.is_symlink()
    assert [e.id for e in load_events(tmp_path / "elsewhere.yaml").events] == ["e1"]


def test_a_utf8_bom_is_kept(tmp_path):
    path = tmp_path / "events.yaml"
    update_events_file(path, [EVENT], {})
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    assert update_events_file(path, [EVENT, LATER], {}).written
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.count(codecs.BOM_UTF8) == 1
    assert [e.id for e in load_events(path).events] == ["e1", "e2"]


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_line_ends_are_kept_not_mixed(tmp_path, ending):
    path = tmp_path / "events.yaml"
    update_events_file(path, [EVENT], {})
    text = "# an editor's note\n" + path.read_text(encoding="utf-8")
    path.write_bytes(text.replace("\n", ending).encode("utf-8"))
    assert update_events_file(path, [EVENT, LATER], {}).written
    data = path.read_bytes().decode("utf-8")
    assert data.replace(ending, "").count("\r") == 0 and "\n" not in data.replace(ending, "")
    assert data.startswith("# an editor's note" + ending)
    assert [e.id for e in load_events(path).events] == ["e1", "e2"]


def test_the_lock_makes_writers_take_turns_and_says_who_waits(tmp_path):
    path = tmp_path / "events.yaml"
    order, told = [], []
    with events_lock(path, shown="content/events.yaml"):
        def second():
            with events_lock(path, shown="content/events.yaml", notify=told.append):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.3)
        order.append("first")
    thread.join(10)
    assert order == ["first", "second"]
    assert told == [f"chronology: waiting for another chronology process (pid {os.getpid()}) "
                    "that is writing content/events.yaml"]
    assert _hidden(tmp_path) == []  # the lock file goes with the lock
