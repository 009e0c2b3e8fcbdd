"""Shared helpers for the trust tests: run the CLI in a child process with a chosen environment."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m chronology ARGS`` in ``cwd``; the repo is on PYTHONPATH."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("TZ", "LC_ALL", "LANG")}
    full_env["PYTHONPATH"] = str(REPO)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "chronology", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def make_project(root: Path, articles: dict[str, bytes] | None = None) -> Path:
    """A content tree in ``root``: the shipped settings, and the shipped or given articles."""
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    shutil.copy(REPO / "content" / "site.yaml", content / "site.yaml")
    if articles is None:
        for path in sorted((REPO / "content" / "articles").iterdir()):
            shutil.copy(path, content / "articles" / path.name)
    else:
        for name, data in articles.items():
            (content / "articles" / name).write_bytes(data)
    return root


def tree_digest(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file below ``root``."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*")) if p.is_file()
    }
