"""The extract pipeline: engines driven through a bounded window, results in id order, the
library entry point equal to the command, and the README's scaling snippet runs."""

from __future__ import annotations

import re
import sys
from concurrent.futures import Future

import pytest
from extraction_corpus import REPO, SITE, serial_events, write_corpus

from chronology.cli import main
from chronology.errors import ChronologyError
from chronology.extraction.engines import InlineEngine, make_engine, ordered
from chronology.extraction.pipeline import SHARED_STORAGE, read_and_analyse


class ShuffledEngine(InlineEngine):
    """Finishes tasks last-submitted first, and records how many were ever outstanding."""

    def __init__(self) -> None:
        self.outstanding = self.most = 0

    def submit(self, fn, *args) -> Future:
        self.outstanding += 1
        self.most = max(self.most, self.outstanding)
        return super().submit(fn, *args)

    def wait_any(self, futures):
        return [list(futures)[-1]]

    def result(self, future):
        self.outstanding -= 1
        return future.result()


def test_ordered_yields_in_submission_order_with_a_bounded_window():
    engine = ShuffledEngine()
    out = list(ordered(engine, pow, range(50), 2, window=4))
    assert out == [n * n for n in range(50)]
    assert engine.most == 4


@pytest.mark.parametrize(("args", "message"), [
    ({"jobs": 0}, "--jobs must be 1 or more, not 0"),
    ({"name": "spark"}, "unknown engine 'spark' (known: process, dask)"),
    ({"scheduler": "tcp://127.0.0.1:1"}, "--scheduler needs --engine dask"),
])
def test_engine_choice_errors_are_one_line(args, message):
    with pytest.raises(ChronologyError) as caught:
        make_engine(**args)
    assert str(caught.value) == message


def test_dask_engine_without_dask_installed_is_a_one_line_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    out = tmp_path / "events.yaml"
    code = main(["extract", str(REPO / "content" / "articles"), "-o", str(out),
                 "--engine", "dask"])
    assert code == 1
    assert capsys.readouterr().err == (
        "chronology: error: --engine dask needs Dask: pip install 'chronology[dask]'\n")
    assert not out.exists()


def test_library_entry_point_writes_what_the_command_writes(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 12)
    library = serial_events(corpus, tmp_path / "library.yaml")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "cli.yaml"), "--site", str(SITE),
                 "--jobs", "2"]) == 0
    assert (tmp_path / "cli.yaml").read_bytes() == library
    assert library.count(b"\n  - id: ") > 5


def test_a_worker_that_cannot_see_the_file_says_so(tmp_path):
    from chronology.config import SiteConfig

    digest = read_and_analyse(tmp_path / "gone.txt", SiteConfig(), remote=True)
    message, place = digest.error
    assert str(place) == str(tmp_path / "gone.txt")
    assert re.fullmatch(rf"cannot read on worker \S+: No such file or directory "
                        rf"\({re.escape(SHARED_STORAGE)}\)", message)


def test_every_extract_option_is_in_the_readme():
    import argparse

    from chronology.commands import extract

    parser = argparse.ArgumentParser(add_help=False)
    extract.add_arguments(parser)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    options = [o for a in parser._actions for o in a.option_strings if o.startswith("--")]
    assert "--engine" in options
    assert [o for o in options if f"`{o}" not in readme and f"/{o}" not in readme] == []
