"""The Dask engine: ``extract --engine dask [--scheduler ADDRESS]``.

Dask (``distributed``) is an optional extra, imported only here and only when this engine is
used, so the plain install never needs it.  Without an address it starts a
``distributed.LocalCluster`` of ``workers`` processes with one thread each (the analysis is
pure Python: threads would share one interpreter lock); with one it connects to a running
cluster (``dask scheduler`` / ``dask worker``, or a cluster deployed on Kubernetes, YARN,
SLURM...).

Faults: Dask re-runs the tasks of a worker that dies (up to ``distributed.scheduler.
allowed-failures`` times); a scheduler that cannot be reached, or is lost during the run,
becomes a one-line ``ChronologyError`` before anything is written.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError
from typing import Any

from chronology.errors import ChronologyError

INSTALL_HINT = "--engine dask needs Dask: pip install 'chronology[dask]'"
LOST = "lost the Dask scheduler at {}: nothing was written"
POLL_SECONDS = 2.0
WORKERS_TIMEOUT = 60  # seconds to wait for a cluster's first worker  # how often a wait checks that the scheduler is still there


class DaskEngine:
    """Tasks on a Dask cluster, through a ``distributed.Client``."""

    remote = True

    def __init__(self, scheduler: str | None = None, workers: int = 1) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.cluster = None
        self.client = None

    def __enter__(self) -> DaskEngine:
        distributed = _import_distributed()
        _quiet_logs()  # a lost scheduler is our one-line error, not Dask's log and traceback
        try:
            if self.scheduler is None:
                self.cluster = distributed.LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR,
                    # no dashboard; its small HTTP server on any free port, never 8787's
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
            self.client = distributed.Client(self.cluster or self.scheduler)
            self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:  # ValueError: a malformed address
            message = self._unreachable(exc)
            self.__exit__()
            raise ChronologyError(message) from None
        self.workers = max(1, sum(self.client.nthreads().values()))
        return self

    def _unreachable(self, exc: BaseException) -> str:
        if self.client is not None and not self.client.nthreads():
            return (f"the Dask cluster at {self._address()} has no workers "
                    f"(waited {WORKERS_TIMEOUT} s)")
        return f"cannot reach the Dask scheduler at {self._address()}: {_reason(exc)}"

    def __exit__(self, *exc: object) -> None:
        for part in (self.client, self.cluster):
            if part is not None:
                with contextlib.suppress(Exception):  # after a lost scheduler, close fails too
                    part.close()
        self.client = self.cluster = None

    def submit(self, fn: Callable, *args: Any) -> Any:
        """Send ``fn(*args)`` to the cluster (``pure=False``: every call is its own task)."""
        self._check_connected()
        return self.client.submit(fn, *args, pure=False)

    def wait_any(self, futures: Iterable[Any]) -> Iterable[Any]:
        """Block until a future finishes, checking now and then that the scheduler is there."""
        futures = list(futures)
        while True:
            done = [f for f in futures if f.done()]
            if done:
                return done
            self._check_connected()
            try:
                self._wait(futures)
            except TimeoutError:
                continue
            except Exception as exc:  # futures cancelled: the client lost the scheduler
                raise self._failure(exc) from None

    def result(self, future: Any) -> Any:
        """The task's value; a task Dask gave up on (its workers kept dying) is an error."""
        try:
            return future.result(timeout=POLL_SECONDS * 30)
        except Exception as exc:
            raise self._failure(exc) from None

    def _wait(self, futures: list[Any]) -> None:
        from distributed import wait

        wait(futures, timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")

    def _check_connected(self) -> None:
        if self.client is None or self.client.status not in ("running", "connecting"):
            raise ChronologyError(LOST.format(self._address()))

    def _failure(self, exc: BaseException) -> ChronologyError:
        """A lost scheduler, or else the task's own failure, as a one-line error.

        We never cancel a future: a cancelled one means the client lost the scheduler."""
        try:
            self._check_connected()
            if isinstance(exc, CancelledError):
                raise ChronologyError(LOST.format(self._address()))
        except ChronologyError as lost:
            return lost
        return ChronologyError(f"Dask task failed: {_reason(exc)}; nothing was written")

    def _address(self) -> str:
        return self.scheduler or "the local cluster"


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise ChronologyError(INSTALL_HINT) from None
    return distributed


def _quiet_logs() -> None:
    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name.startswith("distributed"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."
