"""Write the site into a temporary folder beside the output, then swap it in atomically.

A failed build (bad input, full disk, a template error) never touches the previous output.
The new site is swapped with the old one in one step (``chronology.exchange``), so a kill at
any moment leaves the old site or the new one, never no ``build/``; the old tree, now under
the temporary name, is then deleted.  A symbolic link ``build`` is followed: the folder it
points to is replaced (the link stays, and so does whatever else points there).  Temporary
folders are named ``.build.PID.XXXX.tmp``; those of a build that was killed (its process is
gone) are removed by the next build.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from chronology import checkpoints
from chronology.errors import ChronologyError
from chronology.exchange import exchange

# Written into every build; only a folder holding it (or an empty one) is ever replaced.
MARKER = ".chronology-build"
STALE_AFTER = 3600  # seconds: a leftover without a pid (an earlier version's) is this old


def write_site(output_dir: Path, files: dict[str, bytes], keep: tuple[Path, ...] = ()) -> None:
    """Write ``files`` (relative path -> bytes) as ``output_dir``, replacing it atomically.

    The output must be a new or empty folder, or an earlier build (it holds ``MARKER``), and
    must not contain the current folder or any path in ``keep`` (content, templates): a build
    never deletes anything it did not write.
    """
    output_dir = Path(os.path.realpath(output_dir))  # a link: fill the folder it points to
    _refuse_unsafe_output(output_dir, keep)
    parent = _prepare_parent(output_dir)
    remove_leftovers(parent, output_dir.name)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.{os.getpid()}.", suffix=".tmp",
                                dir=parent))
    try:
        _fill(tmp, {**files, MARKER: b""}, output_dir)
        tmp.chmod(0o755)  # mkdtemp makes it private; a published site is readable
        checkpoints.reached("build-swap")
        _swap(tmp, output_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # after the swap, this is the old site


def _fill(folder: Path, files: dict[str, bytes], shown: Path) -> None:
    """Write every file; a refusal (a full disk) names the file as it will be in the output."""
    for rel in sorted(files):
        path = folder / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[rel])
        except OSError as exc:
            raise ChronologyError(exc.strerror or str(exc), shown / rel) from None


def _refuse_unsafe_output(output_dir: Path, keep: tuple[Path, ...]) -> None:
    if output_dir.exists() and not output_dir.is_dir():
        raise ChronologyError("the output exists and is not a folder", output_dir)
    for precious in (Path.cwd(), *keep):
        precious = Path(os.path.realpath(precious))
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
    """Put ``new`` in place of ``output_dir``; afterwards ``new`` holds the old tree, if any."""
    if not output_dir.exists():
        new.rename(output_dir)
        return
    if exchange(new, output_dir):
        return
    # No atomic swap on this file system: two renames, the old tree restored on failure (and
    # by the next build's ``remove_leftovers`` if the process dies in between).
    old = new.with_name(new.name[: -len(".tmp")] + ".old")
    output_dir.rename(old)
    try:
        new.rename(output_dir)
    except OSError:
        old.rename(output_dir)
        raise
    old.rename(new)


_LEFTOVER = re.compile(r"\.(?P<pid>\d+)\.\w+\.(?P<kind>tmp|old)$|\.\w{8}\.(?P<legacy>tmp|old)$")


def remove_leftovers(parent: Path, name: str) -> None:
    """Remove the temporary folders of builds of ``name`` that were killed: their process is
    gone (or, for names without a pid, they are over an hour old).  A ``.old`` tree is put
    back first if the kill left no output at all."""
    for entry in parent.glob(f".{glob_escape(name)}.*"):
        match = _LEFTOVER.fullmatch(entry.name[len(name) + 1:])
        if match is None or not entry.is_dir() or entry.is_symlink() or not _abandoned(entry, match):
            continue
        if (match["kind"] or match["legacy"]) == "old" and not (parent / name).exists():
            with contextlib.suppress(OSError):
                entry.rename(parent / name)
                continue
        shutil.rmtree(entry, ignore_errors=True)


def _abandoned(entry: Path, match: re.Match) -> bool:
    if match["pid"] is None:
        try:
            return time.time() - entry.stat().st_mtime > STALE_AFTER
        except OSError:
            return False
    try:
        os.kill(int(match["pid"]), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False  # alive (another user's), or not a pid
    return False


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters made literal."""
    return re.sub(r"([*?\[])", r"[\1]", name)
