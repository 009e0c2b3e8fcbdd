"""The Jinja2 environment: the default theme, overridden file by file by a user's folder.

``{% extends "default:base.html" %}`` reaches the default theme's file even when the user
overrides ``base.html`` (as in Datasette). Autoescaping is on and undefined names are errors.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from markupsafe import Markup

import chronology
from chronology.languages import base_code, direction, fold_table, text_language
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
    env.filters["lang_attrs"] = lang_attrs
    # For app.js: ASCII JSON (no quote or ampersand), safe in a single-quoted attribute.
    env.globals["search_fold"] = Markup(json.dumps(fold_table(), sort_keys=True,
                                                   separators=(",", ":")))
    return env


def lang_attrs(text: str, page_language: str) -> Markup:
    """`` lang="fa" dir="rtl"`` for a title or quote in another language than the page's
    (told from its script and words), else nothing: ``<h3{{ title|lang_attrs(lang) }}>``."""
    code = text_language(text or "")
    if code is None or code == base_code(page_language):
        return Markup("")
    attrs = f' lang="{code}"'
    if direction(code) != direction(page_language):
        attrs += f' dir="{direction(code)}"'
    return Markup(attrs)


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
