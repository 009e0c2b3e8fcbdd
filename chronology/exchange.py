"""Swap two paths in one atomic step: what was at ``a`` is at ``b`` and the other way round.

A swap loses nothing: whatever an editor saved at the target a moment before is not unlinked
by a rename but lands at the temporary name, where the writer can look at it (the events file)
or delete it (an old site).  And there is no moment without a file or folder at the target
(a kill between "move the old one aside" and "move the new one in" left no ``build/``).

Linux has ``renameat2(RENAME_EXCHANGE)`` (3.15, glibc 2.28), macOS ``renamex_np(RENAME_SWAP)``
(10.12).  ``exchange`` returns False where neither exists or the file system refuses (some
network and FUSE file systems); callers then fall back to a re-check and a plain rename.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS sys/stdio.h
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}


def _libc():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    except OSError:
        return None


_LIBC = _libc()
_RENAMEAT2 = getattr(_LIBC, "renameat2", None) if sys.platform.startswith("linux") else None
_RENAMEX_NP = getattr(_LIBC, "renamex_np", None) if sys.platform == "darwin" else None


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap ``a`` and ``b`` (both must exist); False if this system cannot.

    Raises ``OSError`` for a real failure (a missing path, no permission)."""
    old, new = os.fsencode(a), os.fsencode(b)
    if _RENAMEAT2 is not None:
        result = _RENAMEAT2(_AT_FDCWD, old, _AT_FDCWD, new, _RENAME_EXCHANGE)
    elif _RENAMEX_NP is not None:
        result = _RENAMEX_NP(old, new, _RENAME_SWAP)
    else:
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(b))
