"""Ctrl-C at a clean point: held back while Python imports our code or starts worker processes.

Python raises ``KeyboardInterrupt`` wherever the interpreter happens to be.  Inside an import's
clean-up callback it is printed as "Exception ignored" and lost (the run goes on); in a worker
that has just been forked it prints a traceback per worker.  ``held()`` blocks the signal for a
moment: one that arrives meanwhile stays pending and is raised right after, where the command
catches it and prints one line, ``chronology: interrupted``.  A process started inside
``held()`` is born with the signal blocked (the mask survives fork and exec): a worker calls
``ignore_in_worker()`` first thing, so only the parent ever handles Ctrl-C.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

_CAN_BLOCK = hasattr(signal, "pthread_sigmask")


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold SIGINT back for the duration (a no-op where signals cannot be blocked)."""
    if not _CAN_BLOCK:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def ignore_in_worker() -> None:
    """In a worker process: ignore Ctrl-C (the parent stops the pool), then unblock it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _CAN_BLOCK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
