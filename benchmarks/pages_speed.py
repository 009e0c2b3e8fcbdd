"""Pages per second: chronology's page reader, and trafilatura alone, in the same run.

Usage (from the repository root)::

    python benchmarks/pages_speed.py [FOLDER] [--rounds N]

Reads every saved page of FOLDER (default ``tests/articles/pages``) N times (default 20)
with ``read_article`` (decoding, metadata, trafilatura's main text, block classification),
then with ``read_article`` plus ``analyse_article`` (the whole per-article step of
``chronology extract``), and times ``trafilatura.extract`` on the same bytes as the
baseline.  The fixtures are small (3-6 KB); real saved pages carry 100-500 KB of scripts,
menus and story lists, so the same is measured again on the pages padded to that size
(``--heavy``, generated: an inline state script, a long menu and a sidebar of headlines).
Best of three rounds of each; one process, one core.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from chronology.articles import read_article  # noqa: E402
from chronology.config import load_config  # noqa: E402
from chronology.extraction import analyse_article  # noqa: E402


def rate(work, items: list, rounds: int) -> float:
    """Items per second of ``work`` over ``items`` repeated ``rounds`` times, best of 3."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(rounds):
            for item in items:
                work(item)
        best = min(best, time.perf_counter() - start)
    return rounds * len(items) / best


def heavy(data: bytes, kilobytes: int = 300) -> bytes:
    """The page with page furniture of about ``kilobytes`` added before ``</body>``."""
    items = "".join(f'<li><a href="/n/{i}">Headline number {i} about the region</a> '
                    f'<time datetime="2014-01-{1 + i % 28:02d}">Jan {1 + i % 28}</time></li>'
                    for i in range(kilobytes * 4))
    state = '{"items": [' + ",".join(f'{{"id": {i}, "t": "x{i}"}}' for i in range(kilobytes * 20)) + "]}"
    pad = (f'<nav class="menu"><ul>{items[: len(items) // 2]}</ul></nav>'
           f'<aside class="sidebar"><ul>{items[len(items) // 2:]}</ul></aside>'
           f"<script>window.__STATE__={state}</script>").encode()
    return data.replace(b"</body>", pad + b"</body>", 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(REPO / "tests/articles/pages"))
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--heavy", action="store_true", help="pad every page to ~300 KB")
    args = parser.parse_args(argv)
    paths = sorted(p for p in Path(args.folder).iterdir() if p.name.endswith((".html", ".htm")))
    if args.heavy:
        folder = Path(tempfile.mkdtemp())
        for path in paths:
            (folder / path.name).write_bytes(heavy(path.read_bytes()))
        paths = sorted(folder.iterdir())
    data = [p.read_bytes() for p in paths]
    config = load_config(REPO / "content/site.yaml")
    size = sum(map(len, data)) / len(data) / 1024
    print(f"{len(paths)} pages, {size:.1f} KB on average, {args.rounds} rounds")
    alone = rate(trafilatura.extract, data, args.rounds)
    reader = rate(read_article, paths, args.rounds)
    whole = rate(lambda p: analyse_article(read_article(p), config), paths, args.rounds)
    print(f"trafilatura.extract alone       {alone:7.1f} pages/s")
    print(f"chronology read_article         {reader:7.1f} pages/s  ({reader / alone:.2f}x)")
    print(f"read_article + analyse_article  {whole:7.1f} pages/s  ({whole / alone:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
