"""The Jinja2 environment: the default theme, overridden file by file by a user's folder.

``{% extends "default:base.html" %}`` reaches the default theme's file even when the user
overrides ``base.html`` (as in Datasette). Autoescaping is on and undefined names are errors.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

import chronology
from chronology.site.discovery import og_locale


def _default_theme() -> Path:
    """The repository's ``site_templates/``; installed as ``chronology/site_templates``."""
    package = Path(chronology.__file__).resolve().parent
    for folder in (package.parent / "site_templates", package / "site_templates"):
        if (folder / "base.html").is_file():
            return folder
    return package.parent / "site_templates"


DEFAULT_THEME = _default_theme()
STATIC = "static"


def make_environment(user_templates: Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment over the user's templates (if any), then the default theme."""
    default = jinja2.FileSystemLoader(str(DEFAULT_THEME))
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders += [default, jinja2.PrefixLoader({"default": default}, delimiter=":")]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["og_locale"] = og_locale
    return env


def static_files(user_templates: Path | None = None) -> dict[str, bytes]:
    """The theme's static files (CSS, JS, favicon), the user's overriding by name."""
    files: dict[str, bytes] = {}
    for root in (DEFAULT_THEME, user_templates):
        folder = root / STATIC if root else None
        if folder and folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files
