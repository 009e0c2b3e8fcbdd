"""Extraction at scale: articles per second with 1 and 2 jobs, and peak memory.

Generates a synthetic corpus (``make_corpus.py``) unless one is given, then runs
``chronology extract`` on it in a child process per configuration and reads the child's
wall time and peak resident memory (``wait4`` rusage: the largest process in its tree).

Example:
    python benchmarks/extract_speed.py --count 10000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402


def run_extract(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one ``chronology extract`` run."""
    cmd = [sys.executable, "-m", "chronology", "extract", str(corpus), "-o", str(out),
           "--site", str(HERE.parent / "content" / "site.yaml"), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"extract failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--corpus", type=Path, help="use this folder instead of generating")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if not args.corpus:
            make_corpus.main([str(corpus), "--count", str(args.count)])
        count = sum(1 for _ in corpus.iterdir())
        size = sum(p.stat().st_size for p in corpus.iterdir()) / 2**20
        print(f"corpus: {count} articles, {size:.1f} MiB")
        rates = {}
        for jobs in (1, 2):
            seconds, peak = run_extract(corpus, Path(tmp) / f"events-{jobs}.yaml", jobs)
            rates[jobs] = count / seconds
            print(f"jobs={jobs}: {seconds:.1f} s, {rates[jobs]:.0f} articles/s, "
                  f"peak RSS {peak:.0f} MiB")
        print(f"speed-up with 2 jobs: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
