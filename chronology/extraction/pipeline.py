"""The extract orchestrator: articles -> dated events -> the events file.

Read top to bottom, as named stages:

1. **find** the article files (their id is the file stem; a second file with the same id is
   an error);
2. **read and analyse** each article: ``read_and_analyse`` is pure and runs on the engine's
   workers (this process, a process pool, a Dask cluster); it returns a compact ``Digest``;
3. **gather** the digests as they complete, in article-id order, keeping only what the merge
   needs (the candidates and the article's entry), never the mentions, and keeping it on
   disk (``spill``): the driver's memory does not grow with the corpus;
4. **merge** candidates across articles (one event, several sources; conflicts flagged),
   reading them back in date order;
5. **reconcile** with the events file, keeping every hand edit, and **write** it atomically
   (a new file entry by entry).

Only the last stage writes, once: a run that fails earlier leaves the events file untouched.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a1.txt").write_text(
...     "---\\npublished: 2016-05-03\\n---\\nTalks\\n\\n"
...     "Iran and Russia signed a navy deal on Monday, officials said.\\n")
>>> result = extract_events([folder], folder / "events.yaml", SiteConfig())
>>> result.report.summary(), result.failures
('events: 1 added, 0 updated with new sources, 0 kept, 0 rejected, 0 deleted', [])
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from chronology import checkpoints
from chronology.articles import read_article, scan_articles
from chronology.config import SiteConfig
from chronology.errors import ChronologyError, Place
from chronology.events.model import ArticleInfo
from chronology.events.store import UpdateReport, update_events_file
from chronology.extraction import analyse_article, describe_merges
from chronology.extraction.engines import Engine, InlineEngine, ordered
from chronology.extraction.model import Candidate
from chronology.extraction.runner import _Progress, _unique_ids
from chronology.extraction.spill import MergedEvents, Spill, SpilledArticles, SpilledCandidates

BATCH = 16  # articles per task: few enough to spread, enough to amortise a task's overhead
WINDOW_PER_WORKER = 4  # tasks submitted ahead per worker: keeps workers busy, memory bounded
SHARED_STORAGE = "Dask workers read articles by path: they need the same files at that path"


@dataclass
class Digest:
    """What the driver keeps of one article: its entry, its candidates, or its error."""

    article_id: str
    info: ArticleInfo | None = None
    candidates: list[Candidate] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)  # only when asked for
    error: tuple[str, Place] | None = None  # (message, place): exceptions do not pickle well


@dataclass
class ExtractResult:
    """What a run did: the events file report, the bad files, how many articles were read."""

    report: UpdateReport
    failures: list[ChronologyError]
    articles: int


def extract_events(paths: list[Path], output: Path, config: SiteConfig,
                   engine: Engine | None = None,
                   explain: Callable[[str], None] | None = None) -> ExtractResult:
    """Extract events from the articles under ``paths`` into the events file ``output``.

    ``engine`` runs the per-article analysis (default: in this process; see
    ``chronology.extraction.engines.make_engine``); the output is byte-identical for any
    engine and number of workers.  ``explain`` receives the ``--explain`` lines, in article
    id order.  Bad files are returned in ``failures``; the other articles are still used.
    """
    scan = scan_articles(paths)  # links out of the articles folder are refused, not read
    files, duplicates = _unique_ids(scan.paths)
    scan.paths = []  # the paths are kept as text, which takes less memory than Path objects
    files = [str(f) for f in files]
    with Spill() as spill:
        with engine or InlineEngine() as running:
            gathered = gather(files, config, running, explain, spill)
        events = MergedEvents(spill, gathered.candidates)
        if explain:
            for line in describe_merges(events.in_merge_order()):
                explain(line)
        checkpoints.reached("extract-analysed")
        report = update_events_file(output, events, gathered.articles)
    failures = [ChronologyError(message, place) for _, message, place in duplicates]
    return ExtractResult(report, _sorted(failures + gathered.failures + scan.refused),
                         len(files))


@dataclass
class Gathered:
    """The driver's state while results stream in: on disk (``spill``), in article-id order."""

    candidates: SpilledCandidates
    articles: SpilledArticles
    failures: list[ChronologyError] = field(default_factory=list)

    def add(self, digest: Digest) -> None:
        """Keep one article's digest (its explanation lines are printed, not kept)."""
        if digest.error:
            self.failures.append(ChronologyError(*digest.error))
            return
        self.articles.add(digest.info)
        self.candidates.add(digest.candidates)


def gather(files: list[Path] | list[str], config: SiteConfig, engine: Engine,
           explain: Callable[[str], None] | None = None,
           spill: Spill | None = None) -> Gathered:
    """Analyse every file on ``engine`` and keep the digests, as they complete, in id order,
    in ``spill`` (default: a new one, open as long as the result is used)."""
    if engine.remote:  # another machine's worker has another current folder
        files = [os.path.abspath(f) for f in files]
    batches = [files[i:i + BATCH] for i in range(0, len(files), BATCH)]
    spill = spill or Spill()
    gathered = Gathered(SpilledCandidates(spill), SpilledArticles(spill))
    progress = _Progress(len(files))
    window = max(2, engine.workers * WINDOW_PER_WORKER)
    for digests in ordered(engine, analyse_batch, batches, config, bool(explain),
                           engine.remote, window=window):
        for digest in digests:
            progress.step(digest)
            if explain:
                for line in digest.explain:
                    explain(line)
            gathered.add(digest)
    progress.done()
    return gathered


def analyse_batch(paths: list[Path] | list[str], config: SiteConfig, explain: bool = False,
                  remote: bool = False) -> list[Digest]:
    """``read_and_analyse`` for a few files (one task on a worker)."""
    return [read_and_analyse(Path(path), config, explain, remote) for path in paths]


def read_and_analyse(path: Path, config: SiteConfig, explain: bool = False,
                     remote: bool = False) -> Digest:
    """Read and analyse one article file; never raises (an error is in the digest).

    Pure: no shared state, small picklable input and output, so it runs anywhere.
    """
    try:
        if remote:
            _check_readable(path)
        result = analyse_article(read_article(path), config)
    except ChronologyError as exc:
        return Digest(path.stem, error=(exc.message, exc.place or Place(str(path))))
    except Exception as exc:  # a bug must not stop the other 9,999 articles
        message = f"could not process: {type(exc).__name__}: {exc}"
        return Digest(path.stem, error=(message, Place(str(path))))
    # The merge reads a candidate's event, sentence offsets, entities and rank: the date
    # rule's mention objects are left on the worker.
    candidates = [replace(c, dating=None) for c in result.found]
    return Digest(result.article_id, result.info, candidates,
                  result.explain if explain else [])


def _check_readable(path: Path) -> None:
    """On a cluster, say which worker could not see the file, and why that matters."""
    try:
        os.stat(path)
    except OSError as exc:
        raise ChronologyError(f"cannot read on worker {socket.gethostname()}: "
                              f"{exc.strerror or exc} ({SHARED_STORAGE})", path) from None


def _sorted(failures: list[ChronologyError]) -> list[ChronologyError]:
    return sorted(failures, key=lambda f: str(f.place))
