"""Extraction at scale: articles per second with 1 and 2 jobs, and peak memory.

Generates a synthetic corpus (``make_corpus.py``) unless one is given, then runs
``chronology extract`` on it in a child process per configuration and reads the child's
wall time and peak resident memory (``wait4`` rusage: the largest process in its tree), and
the time of each stage: analysis (the per-article step, on the engine's workers), merge
across articles, and write (reconcile with the events file and write it).

``--engine process`` (default) runs the process pool with 1 and 2 jobs; ``--engine dask``
runs, in the same run, the process pool with 2 jobs and Dask (a local cluster) with 1 and 2
workers, and checks that every configuration wrote the same bytes.

Example:
    python benchmarks/extract_speed.py --count 10000
    python benchmarks/extract_speed.py --count 2000 --engine dask
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

# The child runs the real ``chronology extract`` command, with its three stages wrapped in
# timers (analysis, merge across articles, reconcile + write); the times go to a pipe.
CHILD = """
import os, sys, time
from chronology import cli
from chronology.extraction import pipeline
fd, times = int(sys.argv.pop(1)), {}
def timed(name, function):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times[name] = times.get(name, 0.0) + time.perf_counter() - start
    return wrapper
for name in ("gather", "MergedEvents", "update_events_file"):
    setattr(pipeline, name, timed(name, getattr(pipeline, name)))
try:
    code = cli.main(sys.argv[1:])
finally:
    os.write(fd, repr(times).encode())
sys.exit(code)
"""
STAGES = {"gather": "analysis", "MergedEvents": "merge", "update_events_file": "write"}
RUNS = {  # --engine -> the configurations timed in one run: (label, extract options)
    "process": [("jobs=1", ["--jobs", "1"]), ("jobs=2", ["--jobs", "2"])],
    "dask": [("process jobs=2", ["--jobs", "2"]),
             ("dask workers=1", ["--engine", "dask", "--jobs", "1"]),
             ("dask workers=2", ["--engine", "dask", "--jobs", "2"])],
}


def run_extract(corpus: Path, out: Path, options: list[str]) -> tuple[float, float, dict]:
    """Seconds, peak RSS (MiB) and per-stage seconds of one ``chronology extract`` run."""
    read_end, write_end = os.pipe()
    cmd = [sys.executable, "-c", CHILD, str(write_end), "extract", str(corpus), "-o", str(out),
           "--site", str(HERE.parent / "content" / "site.yaml"), *options]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            pass_fds=(write_end,))
    os.close(write_end)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    with os.fdopen(read_end, "rb") as pipe:
        stages = ast.literal_eval(pipe.read().decode() or "{}")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"extract failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, {STAGES[k]: v for k, v in stages.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--corpus", type=Path, help="use this folder instead of generating")
    parser.add_argument("--engine", choices=sorted(RUNS), default="process",
                        help="process: 1 and 2 jobs; dask: process pool vs Dask, 1 and 2 workers")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if not args.corpus:
            make_corpus.main([str(corpus), "--count", str(args.count)])
        count = sum(1 for _ in corpus.iterdir())
        size = sum(p.stat().st_size for p in corpus.iterdir()) / 2**20
        print(f"corpus: {count} articles, {size:.1f} MiB")
        rates, outputs = {}, set()
        for label, options in RUNS[args.engine]:
            out = Path(tmp) / f"events-{len(rates)}.yaml"
            seconds, peak, stages = run_extract(corpus, out, options)
            rates[label] = count / seconds
            outputs.add(out.read_bytes())
            breakdown = ", ".join(f"{name} {value:.1f} s" for name, value in stages.items())
            print(f"{label}: {seconds:.1f} s, {rates[label]:.0f} articles/s, "
                  f"peak RSS {peak:.0f} MiB ({breakdown})")
        first, *others = rates
        for label in others:
            print(f"{label} vs {first}: {rates[label] / rates[first]:.2f}x the speed")
        print("same events file from every run" if len(outputs) == 1 else
              "DIFFERENT events files: a bug")
    return 0 if len(outputs) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
