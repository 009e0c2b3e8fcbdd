"""Safe replacement of the events file: never truncated, and never over an editor's save.

``publish(path, data, expected)`` writes only if ``path`` still holds ``expected``, the bytes
the merge started from.  The new text goes to a temporary file beside ``path``, is fsynced,
and is *swapped* with the file (``chronology.exchange``): the file that was there comes out
at the temporary name, and is compared with ``expected``.  The same bytes: it becomes
``events.yaml.bak``.  Different bytes: an editor saved in the instant before the swap, so the
swap is undone (their file goes back) and the caller merges again onto their text.  Nothing
is lost even in that instant.  Where the system cannot swap, the file is re-read and compared
just before a plain rename, which leaves a window of microseconds.  Ctrl-C or a crash at any
moment leaves the old file or the new one, never a truncated one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from chronology import checkpoints
from chronology.errors import ChronologyError
from chronology.exchange import exchange


def write_atomic(path: Path, text: str, backup: bool = True) -> None:
    """Replace ``path`` with ``text`` all at once, whatever it holds (keeping ``.bak``)."""
    if backup and path.is_file():
        _replace_with(path.with_name(path.name + ".bak"), lambda f: _copy_into(path, f), path)
    _replace_with(path, lambda f: f.write(text.encode("utf-8")), path)


def read_current(path: Path) -> bytes | None:
    """The file's bytes, or None when there is no file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def publish(path: Path, data: bytes, expected: bytes | None) -> bool:
    """Replace ``path`` by ``data`` if it still holds ``expected`` (None: no file yet).

    True when written; False when the file changed since it was read (nothing written, the
    other version in place).  ``ChronologyError`` with the path when the disk refuses."""
    try:
        if read_current(path) != expected:
            return False
        tmp = _temp_file(path, data)
        try:
            return _put_in_place(tmp, path, data, expected)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    except OSError as exc:
        raise ChronologyError(exc.strerror or str(exc), path) from None


def temp_beside(path: Path) -> Path:
    """A new empty temporary file beside ``path``, for a file written piece by piece and then
    put in place by ``publish_new``."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def publish_new(path: Path, tmp: Path) -> bool:
    """Put the written temporary file ``tmp`` in place as ``path``, which must still not
    exist; False (nothing written) when it does now.  ``tmp`` is gone afterwards."""
    try:
        if path.exists() or path.is_symlink():
            return False
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        _copy_mode(path, tmp)
        return _put_in_place(tmp, path, b"", None)
    except OSError as exc:
        raise ChronologyError(exc.strerror or str(exc), path) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _put_in_place(tmp: Path, path: Path, data: bytes, expected: bytes | None) -> bool:
    checkpoints.reached("events-swap")
    if expected is None:
        return _create(tmp, path)
    if not exchange(tmp, path):
        if read_current(path) != expected:  # the last look, just before the rename
            return False
        _replace_with(path.with_name(path.name + ".bak"), lambda f: f.write(expected), path)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        return True
    if read_current(tmp) == expected:  # what we swapped out is what we merged onto
        os.replace(tmp, path.with_name(path.name + ".bak"))
        _fsync_dir(path.parent)
        return True
    _undo(tmp, path, data)
    return False


def _create(tmp: Path, path: Path) -> bool:
    """A new file: a hard link fails if a file appeared meanwhile, so none is replaced."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError:  # no hard links here (some network file systems)
        if path.exists():
            return False
        os.replace(tmp, path)
    _fsync_dir(path.parent)
    return True


def _undo(tmp: Path, path: Path, data: bytes) -> None:
    """An editor saved just before the swap: put their file back.  If yet another save came
    in between, keep it beside the file rather than lose it."""
    exchange(tmp, path)
    if read_current(tmp) != data:
        keep = path.with_name(f"{path.name}.conflict-{os.getpid()}")
        os.replace(tmp, keep)
        raise ChronologyError(f"the file changed twice in an instant while chronology wrote it; "
                              f"the other version is kept as {keep.name}: compare them", path)


def _temp_file(path: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


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
