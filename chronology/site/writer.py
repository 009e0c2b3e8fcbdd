"""Write the site into a temporary folder beside the output, then swap it in by renaming.

A failed build (bad input, full disk, a template error) never touches the previous output.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from chronology.errors import ChronologyError

# Written into every build; only a folder holding it (or an empty one) is ever replaced.
MARKER = ".chronology-build"


def write_site(output_dir: Path, files: dict[str, bytes], keep: tuple[Path, ...] = ()) -> None:
    """Write ``files`` (relative path -> bytes) as ``output_dir``, replacing it atomically.

    The output must be a new or empty folder, or an earlier build (it holds ``MARKER``), and
    must not contain the current folder or any path in ``keep`` (content, templates): a build
    never deletes anything it did not write.
    """
    output_dir = Path(os.path.abspath(output_dir))
    _refuse_unsafe_output(output_dir, keep)
    parent = _prepare_parent(output_dir)
    files = {**files, MARKER: b""}
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


def _refuse_unsafe_output(output_dir: Path, keep: tuple[Path, ...]) -> None:
    if output_dir.exists() and not output_dir.is_dir():
        raise ChronologyError("the output exists and is not a folder", output_dir)
    for precious in (Path.cwd(), *keep):
        precious = Path(os.path.abspath(precious))
        if precious == output_dir or output_dir in precious.parents:
            raise ChronologyError(
                f"refusing to replace a folder that contains {precious}: choose another output",
                output_dir)
    if output_dir.is_dir() and any(output_dir.iterdir()) and not (output_dir / MARKER).exists():
        raise ChronologyError(
            "refusing to replace a folder that is not an earlier build (no "
            f"{MARKER} file in it): choose a new or empty output folder", output_dir)


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
