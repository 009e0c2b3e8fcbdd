"""``chronology new DIR``: the files of a new chronology, as data (``files()``), and ``create``.

The library entry point is ``create_project(folder)``; the command only prints.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "my-topic"
>>> sorted(p.relative_to(folder).as_posix() for p in create_project(folder))[:3]
['.github/workflows/pages.yml', '.gitignore', 'README.md']
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from pathlib import Path

from chronology.errors import ChronologyError
from chronology.events.model import EventsFile
from chronology.events.store import dump_events

# Template files shipped in this package -> where they go in the new folder.
FILES = {
    "site.yaml": "content/site.yaml",
    "gitkeep": "content/articles/.gitkeep",
    "pages.yml": ".github/workflows/pages.yml",
    "README.md": "README.md",
    "requirements.txt": "requirements.txt",
    "gitignore": ".gitignore",
}


def create_project(folder: Path) -> list[Path]:
    """Write a new chronology into ``folder`` (new or empty); return the files written.

    Refuses (``ChronologyError``) a folder that holds anything, or a path that is a file.
    """
    _refuse_unsafe(folder)
    name = folder.resolve().name
    values = {"{{name}}": name, "{{title}}": json.dumps(name, ensure_ascii=False),
              "{{requirement}}": requirement()}
    written = []
    for source, target in FILES.items():
        text = resources.files("chronology.scaffold").joinpath("files", source).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    events = folder / "content" / "events.yaml"
    events.write_text(dump_events(EventsFile()), encoding="utf-8", newline="\n")  # as extract would
    return sorted(written + [events])


def requirement() -> str:
    """The pip requirement the new project's workflow installs chronology with.

    The repository this copy was installed from when pip recorded one (PEP 610); otherwise a
    placeholder to edit (the PyPI package named "chronology" is another project).
    """
    try:
        direct = json.loads(metadata.distribution("chronology").read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, ValueError):
        direct = {}
    vcs = direct.get("vcs_info")
    if vcs and direct.get("url", "").startswith("https://"):
        return f"chronology @ {vcs['vcs']}+{direct['url']}@{vcs.get('commit_id', 'main')}"
    return ("# Replace OWNER with where your copy of chronology lives:\n"
            "chronology @ git+https://github.com/OWNER/chronology@main")


def _refuse_unsafe(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ChronologyError("exists and is not a folder: choose a new or empty folder", folder)
    if folder.is_dir() and any(folder.iterdir()):
        raise ChronologyError("the folder is not empty: choose a new or empty folder", folder)
