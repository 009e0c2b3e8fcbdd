"""Speed of the date engine against ``dateparser.search.search_dates`` on the same texts.

Usage (from the repository root)::

    python benchmarks/dates_speed.py [CORPUS] [--limit N] [--repeat R]

Runs, in one process, over every document of the TimeML corpus (default
``../shared/data/timeml``, relative to the repository root): the engine
(``find_reference`` + ``find_mentions`` with the document date), then ``search_dates`` with
the document date as ``RELATIVE_BASE``.  Prints documents per second for both and the
ratio.  Both are warmed up on one document first, so import and cache costs are excluded.

Then the command line, start-up included: ``--files`` (default 100) documents written as
article files to a temporary folder, read by one ``chronology dates FOLDER`` process, and by
one ``chronology dates FILE`` process per file, in the same run; prints both times and the
ratio, and checks that both print the same mentions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from timeml_eval import load_corpus  # noqa: E402

from chronology.dates import find_mentions, find_reference  # noqa: E402
from chronology.dates.tagger import find_candidates  # noqa: E402


def run_engine(docs) -> int:
    """Run the engine over the documents; returns the number of mentions found."""
    find_candidates.cache_clear()  # no help from an earlier run
    found = 0
    for doc in docs:
        find_reference(doc.text)
        found += len(find_mentions(doc.text, doc.dct))
    return found


def run_dateparser(docs) -> int:
    """Run ``search_dates`` over the documents; returns the number of dates found."""
    from dateparser.search import search_dates

    found = 0
    for doc in docs:
        base = dt.datetime.combine(doc.dct, dt.time())
        result = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base})
        found += len(result or [])
    return found


def timed(fn, docs, repeat: int) -> tuple[float, int]:
    """Best wall time of ``repeat`` runs of ``fn(docs)``, and its result."""
    best, result = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn(docs)
        best = min(best, time.perf_counter() - t0)
    return best, result


def run_cli(args: list[str]) -> str:
    """``chronology ARGS`` in a new process (start-up included); its stdout."""
    done = subprocess.run([sys.executable, "-m", "chronology", *args], cwd=REPO,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"chronology {' '.join(args)} failed: {done.stderr[-500:]}")
    return done.stdout


def command_speed(docs, count: int) -> None:
    """``count`` files through one ``chronology dates`` call vs one call per file."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i, doc in enumerate(docs[:count]):
            path = folder / f"doc_{i:04d}.txt"
            path.write_text(f"---\npublished: {doc.dct.isoformat()}\n---\n{doc.text}\n",
                            encoding="utf-8")
            paths.append(path)
        t0 = time.perf_counter()
        batch = run_cli(["dates", str(folder), "--json"])
        one_call = time.perf_counter() - t0
        t0 = time.perf_counter()
        separate = [run_cli(["dates", str(path), "--json"]) for path in paths]
        calls = time.perf_counter() - t0
    together = [(m["file"], m["start"], m["value"]) for m in map(json.loads, batch.splitlines())]
    apart = [(str(p), m["start"], m["value"]) for p, out in zip(paths, separate, strict=True)
             for m in json.loads(out)]
    same = "the same mentions" if together == apart else "DIFFERENT mentions"
    print(f"chronology dates, {len(paths)} files: one call {one_call:.2f} s, "
          f"{len(paths)} calls {calls:.2f} s: one call is {calls / one_call:.1f}x faster "
          f"({same}, {len(together)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default="../shared/data/timeml")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="engine runs; the best counts")
    parser.add_argument("--files", type=int, default=100,
                        help="files for the one-call vs many-calls figure (0: skip it)")
    args = parser.parse_args(argv)
    docs = load_corpus((REPO / args.corpus).resolve(), args.limit)
    chars = sum(len(d.text) for d in docs)
    run_engine(docs[:1])
    run_dateparser(docs[:1])
    engine_s, engine_n = timed(run_engine, docs, args.repeat)
    dp_s, dp_n = timed(run_dateparser, docs, 1)
    print(f"{len(docs)} documents, {chars:,} characters")
    print(f"engine:       {engine_s:7.2f} s  {len(docs) / engine_s:8.1f} docs/s  "
          f"({engine_n} mentions)")
    print(f"search_dates: {dp_s:7.2f} s  {len(docs) / dp_s:8.1f} docs/s  ({dp_n} dates)")
    print(f"engine is {dp_s / engine_s:.1f}x faster than dateparser.search.search_dates")
    if args.files:
        command_speed(docs, args.files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
