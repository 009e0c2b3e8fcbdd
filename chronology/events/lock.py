"""A lock between chronology processes on one events file: ``.events.yaml.lock`` beside it.

Two runs that merge into the same file must take turns, or the second one's write replaces
the first one's (both saying what they added).  The lock is ``flock`` on a lock file next to
the file (Linux and macOS): the kernel releases it when its process ends, however it ends,
so a run killed with ``kill -9`` never leaves a stale lock that blocks the next one.  The lock
file is removed on release; a waiter that then holds a lock on the removed file notices
(its inode is no longer the one at the path) and locks the new one.  Editors do not take
this lock: ``atomic.publish`` re-checks the file for them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # not Linux or macOS: no lock between processes (documented)
    fcntl = None


def _announce(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def events_lock(target: Path, shown: str | Path | None = None,
                notify: Callable[[str], None] = _announce) -> Iterator[None]:
    """Hold the lock of the events file ``target`` (the real file, not a link to it).

    When another process holds it, ``notify`` says so once (naming ``shown``, the path the
    user gave), and we wait for it."""
    if fcntl is None:
        yield
        return
    lock_path = target.with_name(f".{target.name}.lock")
    fd = _acquire(lock_path, str(shown or target), notify)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            lock_path.unlink()
        os.close(fd)  # releases the lock


def _acquire(lock_path: Path, shown: str, notify: Callable[[str], None]) -> int:
    told = False
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not told:
                notify(f"chronology: waiting for another chronology process (pid "
                       f"{_holder(fd)}) that is writing {shown}")
                told = True
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        if _still_there(fd, lock_path):
            return fd
        os.close(fd)  # the holder removed the file we waited on: lock the current one


def _still_there(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _holder(fd: int) -> str:
    """The pid the holder wrote into the lock file, for the message ('?' if not yet)."""
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 32, 0).decode("ascii").strip()
        if text.isdigit():
            return text
    return "?"
