"""Atomic file replacement with a backup: a crash or Ctrl-C never leaves a truncated file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str, backup: bool = True) -> None:
    """Replace ``path`` with ``text`` all at once.

    The text goes to a temporary file in the same directory, is flushed and fsynced, and then
    renamed over ``path`` (``os.replace`` is atomic on POSIX and Windows).  With ``backup``,
    the previous file is first copied, the same way, to ``path`` + ``.bak``.  If anything fails
    or is interrupted, the temporary file is removed and ``path`` is untouched.
    """
    if backup and path.is_file():
        _replace_with(path.with_name(path.name + ".bak"), lambda f: _copy_into(path, f), path)
    _replace_with(path, lambda f: f.write(text.encode("utf-8")), path)


def _copy_into(source: Path, handle) -> None:
    with source.open("rb") as src:
        shutil.copyfileobj(src, handle)


def _replace_with(target: Path, fill, mode_from: Path) -> None:
    """Write a temp file next to ``target`` with ``fill(handle)``, fsync, rename over it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(mode_from, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def _copy_mode(source: Path, target: Path) -> None:
    try:
        os.chmod(target, source.stat().st_mode & 0o777)
    except OSError:
        os.chmod(target, 0o644)


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
