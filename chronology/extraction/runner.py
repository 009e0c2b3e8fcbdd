"""Run ``analyse_article`` over many files, in parallel, collecting per-file errors.

Each worker reads its own file and returns only the small result, so 10,000 articles are
never all in memory.  A bad file (empty, binary, bad front matter) becomes a
``ChronologyError`` in the failures list and the others are still processed (the command
fails at the end).  Results are sorted by article id, whatever order workers finish in.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from chronology import interrupts
from chronology.articles import article_id, read_article
from chronology.config import SiteConfig
from chronology.errors import ChronologyError, Place
from chronology.extraction import ArticleResult, analyse_article

# A worker's answer: ("ok", result) or ("error", message, place) -- exceptions with a
# custom __init__ do not survive pickling, plain tuples do.
Outcome = tuple


def analyse_paths(
    paths: list[Path], config: SiteConfig, jobs: int | None = None
) -> tuple[list[ArticleResult], list[ChronologyError]]:
    """Analyse every article; a bad file is reported, and the others still processed.

    ``jobs`` worker processes (default: the number of cores); ``jobs=1`` runs in-process.
    """
    paths, duplicates = _unique_ids(paths)
    jobs = max(1, jobs or os.cpu_count() or 1)
    jobs = min(jobs, max(1, len(paths)))
    progress = _Progress(len(paths))
    if jobs == 1:
        outcomes = [progress.step(analyse_one(path, config)) for path in paths]
    else:
        chunksize = max(1, min(64, len(paths) // (jobs * 4)))
        work = partial(analyse_one, config=config)  # the config travels once per chunk
        with ProcessPoolExecutor(max_workers=jobs, initializer=interrupts.ignore_in_worker) as pool:
            try:
                with interrupts.held():  # the workers start here (chronology.interrupts)
                    results = pool.map(work, paths, chunksize=chunksize)
                outcomes = [progress.step(o) for o in results]
            except KeyboardInterrupt:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    progress.done()
    return _split(outcomes + duplicates)


def _unique_ids(paths: list[Path]) -> tuple[list[Path], list[Outcome]]:
    """Article ids are file names without extension: a second file with the same id is an
    error (``a1.txt`` and ``a1.html``)."""
    first: dict[str, Path] = {}
    kept, errors = [], []
    for path in paths:
        name = article_id(path)
        if name in first:
            errors.append(("error", f"article id {name!r} is already used by "
                           f"{first[name]}", Place(str(path))))
        else:
            first[name] = path
            kept.append(path)
    return kept, errors


def analyse_one(path: Path, config: SiteConfig) -> Outcome:
    """Read and analyse one file (in a worker process); never raises."""
    try:
        return ("ok", analyse_article(read_article(path), config))
    except ChronologyError as exc:
        return ("error", exc.message, exc.place or Place(str(path)))
    except Exception as exc:  # a bug must not stop the other 9,999 articles
        return ("error", f"could not process: {type(exc).__name__}: {exc}", Place(str(path)))


def _split(outcomes: list[Outcome]) -> tuple[list[ArticleResult], list[ChronologyError]]:
    results = [o[1] for o in outcomes if o[0] == "ok"]
    failures = [ChronologyError(o[1], o[2]) for o in outcomes if o[0] == "error"]
    results.sort(key=lambda r: r.article_id)
    failures.sort(key=lambda f: str(f.place))
    return results, failures


class _Progress:
    """"articles: 120/10000" on stderr, only when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.active = sys.stderr.isatty() and total > 1

    def step(self, outcome: Outcome) -> Outcome:
        """Count one finished article (and show the count now and then)."""
        self.count += 1
        if self.active and (self.count % 10 == 0 or self.count == self.total):
            print(f"\rarticles: {self.count}/{self.total}", end="", file=sys.stderr, flush=True)
        return outcome

    def done(self) -> None:
        """End the progress line."""
        if self.active:
            print(file=sys.stderr)
