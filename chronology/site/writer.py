"""Write the site into a temporary folder beside the output, then swap it in by renaming.

A failed build (bad input, full disk, a template error) never touches the previous output.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from chronology.errors import ChronologyError


def write_site(output_dir: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` (relative path -> bytes) as ``output_dir``, replacing it atomically."""
    output_dir = Path(os.path.abspath(output_dir))
    parent = _prepare_parent(output_dir)
    if output_dir.exists() and not output_dir.is_dir():
        raise ChronologyError("the output exists and is not a folder", output_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.", suffix=".tmp", dir=parent))
    try:
        for rel in sorted(files):
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[rel])
        tmp.chmod(0o755)  # mkdtemp makes it private; a published site is readable
        _swap(tmp, output_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _prepare_parent(output_dir: Path) -> Path:
    parent = output_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ChronologyError(f"cannot create the output folder: {exc.strerror}", parent) from None
    if not parent.is_dir():
        raise ChronologyError("cannot create the output folder: not a directory", parent)
    return parent


def _swap(new: Path, output_dir: Path) -> None:
    """Rename ``new`` to ``output_dir``; the old tree is moved aside first and removed after."""
    if not output_dir.exists():
        new.rename(output_dir)
        return
    old = new.with_name(new.name[: -len(".tmp")] + ".old")
    output_dir.rename(old)
    try:
        new.rename(output_dir)
    except OSError:
        old.rename(output_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
