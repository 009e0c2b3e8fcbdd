"""The build orchestrator: gather everything first, then write into a temp dir and swap it in.

Read top to bottom: settings and events are loaded, the view models gathered, pages and
exports rendered in memory, and only then is anything written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from chronology.config import load_config
from chronology.errors import ChronologyError, Place
from chronology.events.store import load_events
from chronology.site import exports
from chronology.site.context import SiteContext, gather
from chronology.site.pages import render_pages
from chronology.site.theme import make_environment, static_files
from chronology.site.writer import write_site


@dataclass
class BuildResult:
    pages: int
    events: int


def build_site(content_dir: Path, output_dir: Path, user_templates: Path | None = None) -> BuildResult:
    """Render ``content_dir/events.yaml`` (with ``site.yaml``) into ``output_dir``.

    Example: ``build_site(Path("content"), Path("build"))`` writes ``build/index.html``.
    """
    config = load_config(content_dir / "site.yaml")
    events_path = content_dir / "events.yaml"
    if not events_path.is_file():
        raise ChronologyError("no events file: run `chronology extract` first", events_path)
    ctx = gather(load_events(events_path), config)
    if user_templates is not None and not user_templates.is_dir():
        raise ChronologyError("templates folder not found", user_templates)
    assets = static_files(user_templates)
    pages = _render_pages(ctx, user_templates, assets.get("style.css", b"").decode("utf-8"))
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files |= {path: text.encode("utf-8") for path, text in _exports(ctx).items()}
    files |= {f"assets/{name}": data for name, data in assets.items()}
    files["events.yaml"] = events_path.read_bytes()
    files[".nojekyll"] = b""
    write_site(output_dir, files)
    return BuildResult(pages=len(pages), events=len(ctx.main_events) + len(ctx.background))


def _render_pages(ctx: SiteContext, user_templates: Path | None, css: str) -> dict[str, str]:
    env = make_environment(user_templates)
    try:
        return render_pages(env, ctx, css)
    except jinja2.TemplateSyntaxError as exc:
        where = Place(exc.filename or exc.name or "template", exc.lineno)
        raise ChronologyError(f"template error: {exc.message}", where) from None
    except jinja2.TemplateNotFound as exc:
        raise ChronologyError(f"template not found: {exc.name}") from None
    except jinja2.UndefinedError as exc:
        raise ChronologyError(f"template error: {exc.message}") from None


def _exports(ctx: SiteContext) -> dict[str, str]:
    return {
        "events.json": exports.timelinejs_json(ctx),
        "timelinejs.csv": exports.timelinejs_csv(ctx),
        "events.csv": exports.events_csv(ctx),
        "feed.xml": exports.atom_feed(ctx),
        "events.ics": exports.icalendar(ctx),
    }
