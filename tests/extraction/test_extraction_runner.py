"""Running over many files: bad files reported as file:line errors, the rest analysed,
results in article-id order whatever the number of workers; the extract command."""

from __future__ import annotations

from chronology.cli import main
from chronology.config import SiteConfig, Topic
from chronology.extraction.runner import analyse_paths

CONFIG = SiteConfig(period=(2015, 2023), topic=Topic(
    actors={"Russia": ("Russia", "Russian"), "Iran": ("Iran", "Iranian")}, terms=("navy",)))

GOOD = ("---\npublished: 2016-05-0{n}\n---\nIran and Russia Hold Talks\n\n"
        "Iran and Russia signed a navy cooperation deal on Monday, officials said.\n")


def write_corpus(folder):
    for n in range(1, 6):
        (folder / f"ok{n}.txt").write_text(GOOD.format(n=n + 2))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02IHDR")
    (folder / "front.md").write_text("---\ntitle: x\nauthor: y\n---\nIran and Russia met.\n")
    return sorted(folder.iterdir())


def test_bad_files_are_reported_and_the_others_processed(tmp_path):
    paths = write_corpus(tmp_path)
    results, failures = analyse_paths(paths, CONFIG, jobs=1)
    assert [r.article_id for r in results] == ["ok1", "ok2", "ok3", "ok4", "ok5"]
    assert [str(f) for f in failures] == [
        f"{tmp_path / 'binary.txt'}: binary file (NUL bytes): not an article",
        f"{tmp_path / 'empty.txt'}: empty file: no article text",
        f"{tmp_path / 'front.md'}:3:1: front matter: unknown key 'author' "
        "(known: title, publisher, url, published, language)",
    ]


def test_parallel_results_equal_serial_results(tmp_path):
    paths = write_corpus(tmp_path)
    serial, serial_failures = analyse_paths(paths, CONFIG, jobs=1)
    parallel, parallel_failures = analyse_paths(list(reversed(paths)), CONFIG, jobs=3)
    assert [r.article_id for r in parallel] == [r.article_id for r in serial]
    assert [r.candidates for r in parallel] == [r.candidates for r in serial]
    assert [str(f) for f in parallel_failures] == [str(f) for f in serial_failures]


def test_extract_command_writes_events_and_fails_at_the_end(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_corpus(folder)
    site = tmp_path / "site.yaml"
    site.write_text("period: {start: 2015, end: 2023}\ntopic:\n  actors:\n    Russia: [Russia]\n"
                    "    Iran: [Iran]\n  terms: [navy]\n")
    out = tmp_path / "events.yaml"
    code = main(["extract", str(folder), "-o", str(out), "--site", str(site), "--jobs", "2",
                 "--explain"])
    captured = capsys.readouterr()
    assert code == 1
    assert out.exists() and "2016-05-02" in out.read_text()
    assert "ok1: reference 2016-05-03" in captured.out
    assert f"chronology: error: {folder / 'empty.txt'}: empty file: no article text" in captured.err


def test_extract_rejects_zero_jobs(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--jobs", "0"]) == 1
    assert "--jobs must be 1 or more, not 0" in capsys.readouterr().err


def test_two_files_with_one_id_the_second_is_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.md"
    first.write_text(GOOD.format(n=3))
    second.write_text(GOOD.format(n=4))
    results, failures = analyse_paths([first, second], CONFIG, jobs=1)
    assert [r.article_id for r in results] == ["x"]
    assert [str(f) for f in failures] == [f"{second}: article id 'x' is already used by {first}"]


class _Terminal:
    """A stand-in for a terminal on stderr."""

    def __init__(self):
        self.text = ""

    def isatty(self):
        return True

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def test_progress_only_on_a_terminal(tmp_path, monkeypatch, capsys):
    paths = write_corpus(tmp_path)
    analyse_paths(paths, CONFIG, jobs=1)
    assert capsys.readouterr().err == ""
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    analyse_paths(paths, CONFIG, jobs=1)
    assert f"articles: {len(paths)}/{len(paths)}" in terminal.text
