"""Where the per-article work runs: in this process, in a process pool, or on a Dask cluster.

An engine runs pure functions of small picklable inputs.  It has three methods:
``submit(fn, *args) -> future``, ``wait_any(futures) -> finished futures`` and
``result(future)``, and is a context manager (start the workers, stop them).  ``ordered``
drives any engine with a bounded window, so memory stays flat however many articles there
are, and hands results back in submission order, so the output never depends on which worker
finished first.

>>> with InlineEngine() as engine:
...     list(ordered(engine, abs, [-1, 2, -3], window=2))
[1, 2, 3]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol

from chronology import interrupts
from chronology.errors import ChronologyError

ENGINES = ("process", "dask")


class Engine(Protocol):
    """What the pipeline needs from an executor."""

    workers: int  # how many tasks can run at once
    remote: bool  # True when workers may run on other machines (send absolute paths)

    def __enter__(self) -> Engine: ...
    def __exit__(self, *exc: object) -> None: ...
    def submit(self, fn: Callable, *args: Any) -> Any: ...
    def wait_any(self, futures: Iterable[Any]) -> Iterable[Any]: ...
    def result(self, future: Any) -> Any: ...


class InlineEngine:
    """Runs each task at once, in this process (``--jobs 1``): simplest to debug."""

    workers = 1
    remote = False

    def __enter__(self) -> InlineEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def submit(self, fn: Callable, *args: Any) -> Future:
        """Run ``fn(*args)`` now; the returned future is already done."""
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def wait_any(self, futures: Iterable[Future]) -> Iterable[Future]:
        """Every future is already finished."""
        return list(futures)

    def result(self, future: Future) -> Any:
        """The task's value."""
        return future.result()


class ProcessEngine(InlineEngine):
    """A pool of ``workers`` processes on this machine (``concurrent.futures``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ProcessEngine:
        self.pool = ProcessPoolExecutor(max_workers=self.workers,
                                        initializer=interrupts.ignore_in_worker)
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if self.pool is not None:  # on Ctrl-C, do not wait for the queued work
            self.pool.shutdown(wait=kind is not KeyboardInterrupt, cancel_futures=True)

    def submit(self, fn: Callable, *args: Any) -> Future:
        """Queue ``fn(*args)`` on the pool (which starts its workers here: Ctrl-C is held back
        meanwhile, see ``chronology.interrupts``, and raised right after)."""
        with interrupts.held():
            return self.pool.submit(fn, *args)

    def wait_any(self, futures: Iterable[Future]) -> Iterable[Future]:
        """Block until at least one future is done; return the done ones."""
        return wait(futures, return_when=FIRST_COMPLETED).done


def make_engine(name: str = "process", jobs: int | None = None,
                scheduler: str | None = None) -> Engine:
    """The engine for ``extract --engine NAME --jobs N [--scheduler ADDRESS]``.

    ``process``: ``jobs`` worker processes (default: the number of cores; ``1`` runs
    in-process).  ``dask``: the cluster at ``scheduler``, or a local cluster of ``jobs``
    worker processes with one thread each.
    """
    if jobs is not None and jobs < 1:
        raise ChronologyError(f"--jobs must be 1 or more, not {jobs}")
    if name not in ENGINES:
        raise ChronologyError(f"unknown engine {name!r} (known: {', '.join(ENGINES)})")
    if scheduler is not None and name != "dask":
        raise ChronologyError("--scheduler needs --engine dask")
    jobs = jobs or os.cpu_count() or 1
    if name == "dask":
        from chronology.extraction.dask_engine import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=jobs)
    return InlineEngine() if jobs == 1 else ProcessEngine(jobs)


def ordered(engine: Engine, fn: Callable, items: Iterable, *args: Any,
            window: int) -> Iterator[Any]:
    """``fn(item, *args)`` for every item, on ``engine``, yielded in the items' order.

    Results are taken as they complete, but at most ``window`` items are submitted and not
    yet yielded at any time: the in-flight work, and the finished results that wait for an
    earlier one, are bounded, so the caller's memory does not grow with the number of items.
    """
    todo = iter(enumerate(items))
    running: dict[Any, int] = {}
    finished: dict[int, Any] = {}
    position = 0
    while True:
        while len(running) + len(finished) < window:
            index, item = next(todo, (None, None))
            if index is None:
                break
            running[engine.submit(fn, item, *args)] = index
        if position in finished:
            yield finished.pop(position)
            position += 1
            continue
        if not running:
            return
        for future in list(engine.wait_any(running)):
            finished[running.pop(future)] = engine.result(future)
