"""The package ships every folder it needs, and installs pin what the tests depend on."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _package_dirs() -> set[str]:
    found = set()
    for folder in [ROOT / "chronology", *(ROOT / "chronology").rglob("*")]:
        if folder.is_dir() and folder.name != "__pycache__" and any(
                p.is_file() for p in folder.iterdir()):
            found.add(".".join(folder.relative_to(ROOT).parts))
    for folder in [ROOT / "site_templates", *(ROOT / "site_templates").rglob("*")]:
        if folder.is_dir():
            rel = folder.relative_to(ROOT / "site_templates").parts
            found.add(".".join(("chronology", "site_templates", *rel)))
    return found


def test_every_package_folder_ships_in_the_wheel():
    """A folder missing from ``packages`` is left out of a wheel (and setuptools warns);
    a listed folder that does not exist breaks the install."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert _package_dirs() == listed


def test_constraints_pin_every_runtime_dependency():
    """`make` installs with constraints.txt: every direct dependency has an exact version."""
    pinned = {line.split("==")[0].lower().replace("_", "-")
              for line in (ROOT / "constraints.txt").read_text().splitlines()
              if "==" in line and not line.startswith("#")}
    deps = PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["test"]
    names = {d.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower()
             for d in deps}
    assert names - pinned == set()
