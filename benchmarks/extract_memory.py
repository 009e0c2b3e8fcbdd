"""Driver memory of extraction: peak RSS at two corpus sizes, per engine, and a projection.

For each engine (the process pool, and Dask with a local cluster) and each size, runs
``chronology extract --jobs 2`` on a generated corpus (``make_corpus.py``) in a child
process and reads the **driver's** own peak resident memory (``getrusage(RUSAGE_SELF)``:
workers are other processes and are not counted; a Dask ``LocalCluster`` runs its scheduler
inside the driver, so that is counted).  It also reads the peak reached before the write
stage (reconcile with the events file, check, write), to show which stage sets the peak.

Projection to a larger corpus: a straight line fitted to the measured points by least
squares, ``peak(n) = a + b * n`` (``b`` the growth per article, ``a`` the fixed cost:
interpreter, imports, the Dask client); the line is the method, stated with the figure.

Example:
    python benchmarks/extract_memory.py --sizes 2000 4000 8000 --project 100000
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

# The child runs the real command; before the write stage and at exit it notes its own peak
# RSS (ru_maxrss, KiB on Linux) and sends both through a pipe.
CHILD = """
import os, resource, sys
from chronology import cli
from chronology.extraction import pipeline
fd, peaks = int(sys.argv.pop(1)), {}
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
write = pipeline.update_events_file
def noted(*args, **kwargs):
    peaks["before_write"] = peak()
    return write(*args, **kwargs)
pipeline.update_events_file = noted
try:
    code = cli.main(sys.argv[1:])
finally:
    peaks["total"] = peak()
    os.write(fd, repr(peaks).encode())
sys.exit(code)
"""
ENGINES = {"process": ["--engine", "process"], "dask": ["--engine", "dask"]}


def measure(corpus: Path, out: Path, engine: str, jobs: int) -> tuple[float, dict[str, float]]:
    """Seconds and the driver's peaks (MiB) of one ``chronology extract`` run."""
    read_end, write_end = os.pipe()
    cmd = [sys.executable, "-c", CHILD, str(write_end), "extract", str(corpus), "-o", str(out),
           "--site", str(HERE.parent / "content" / "site.yaml"), "--jobs", str(jobs),
           *ENGINES[engine]]
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          pass_fds=(write_end,), check=False)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        peaks = ast.literal_eval(pipe.read().decode() or "{}")
    if proc.returncode != 0:
        sys.exit(f"extract failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return time.perf_counter() - start, peaks


def project(sizes: list[int], peaks: list[float], target: int) -> tuple[float, float, float]:
    """The least-squares line through the points: (fixed MiB, KiB per article, peak at
    target)."""
    mean_n, mean_p = sum(sizes) / len(sizes), sum(peaks) / len(peaks)
    spread = sum((n - mean_n) ** 2 for n in sizes)
    slope = sum((n - mean_n) * (p - mean_p) for n, p in zip(sizes, peaks, strict=True)) / spread
    fixed = mean_p - slope * mean_n
    return fixed, slope * 1024, fixed + slope * target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000])
    parser.add_argument("--project", type=int, default=100_000, help="size to project to")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engines", nargs="+", choices=sorted(ENGINES), default=list(ENGINES))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for engine in args.engines:
            totals = []
            for size in args.sizes:
                corpus = Path(tmp) / f"corpus-{size}"
                if not corpus.exists():
                    make_corpus.main([str(corpus), "--count", str(size)])
                out = Path(tmp) / f"events-{engine}-{size}.yaml"
                seconds, peaks = measure(corpus, out, engine, args.jobs)
                totals.append(peaks["total"])
                print(f"{engine} --jobs {args.jobs}, {size} articles: driver peak RSS "
                      f"{peaks['total']:.0f} MiB ({peaks['before_write']:.0f} MiB before the "
                      f"write stage), {seconds:.0f} s, events file "
                      f"{out.stat().st_size / 2**20:.1f} MiB")
            if len(args.sizes) < 2:
                continue
            fixed, per_article, projected = project(args.sizes, totals, args.project)
            print(f"{engine}: {args.sizes[-1]}/{args.sizes[0]} = {totals[-1] / totals[0]:.2f}x; "
                  f"least-squares line: {fixed:.0f} MiB + {per_article:.1f} KiB/article -> "
                  f"{args.project} articles about {projected:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
