"""Inputs of every shape get a clear message or a correct result (README: "Robustness: bad
input, faults, determinism")."""

from __future__ import annotations

import pytest
import yaml
from helpers import make_project, run_cli

STORY = ("TEHRAN, March 3 (Xinhua) -- Iranian and Russian warships held joint naval drills "
         "in the Caspian Sea on Monday, March 2, under a 2019 agreement, the Iranian navy said.\n\n"
         "The drills were agreed during a visit by Russian Defence Minister Sergei Shoigu "
         "to Tehran last year, it said.\n")


def _extract(tmp_path, articles: dict[str, bytes]):
    root = make_project(tmp_path, articles)
    done = run_cli(["extract", "--jobs", "1"], cwd=root)
    events_path = root / "content" / "events.yaml"
    data = yaml.safe_load(events_path.read_text(encoding="utf-8")) if events_path.exists() else {}
    return done, data or {}


def _dates(data) -> set[str]:
    return {str(e["date"]) for e in data.get("events") or []}


@pytest.mark.parametrize(
    ("name", "payload", "words"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ],
)
def test_unusable_files_are_reported_and_the_rest_extracted(tmp_path, name, payload, words):
    done, data = _extract(tmp_path, {name: payload, "good.txt": STORY.encode()})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if name in line]
    assert len(lines) == 1 and words in lines[0].lower()
    assert _dates(data), "the good article must still give events"


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        lambda s: s.replace("’", "'").encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "crlf", "cp1252"],
)
def test_encodings_and_line_endings_give_the_same_events(tmp_path, encode):
    text = STORY.replace("Iranian navy", "Iran’s navy")
    done, data = _extract(tmp_path, {"a.txt": encode(text)})
    assert done.returncode == 0, done.stderr
    _, reference = _extract(tmp_path / "ref", {"a.txt": text.encode("utf-8")})
    assert _dates(data) == _dates(reference) != set()


def test_offsets_are_into_the_decoded_text_for_crlf_files(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(STORY.replace("\n", "\r\n").encode("utf-8"))
    done = run_cli(["dates", str(path), "--json"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    import json

    decoded = path.read_text(encoding="utf-8")
    for mention in json.loads(done.stdout):
        assert decoded[mention["start"]:mention["end"]] == mention["text"]


def test_a_huge_article_gets_a_result_or_a_clear_message(tmp_path):
    paragraph = STORY.replace("TEHRAN, March 3 (Xinhua) -- ", "")
    big = ("TEHRAN, March 3 (Xinhua) -- " + paragraph * (50 * 2**20 // len(paragraph))).encode()
    assert len(big) >= 49 * 2**20
    done, data = _extract(tmp_path, {"big.txt": big, "good.txt": STORY.encode()})
    assert "Traceback" not in done.stderr
    if done.returncode:
        assert any("big.txt" in line for line in done.stderr.splitlines())
    assert _dates(data)
