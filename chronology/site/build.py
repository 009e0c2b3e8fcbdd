"""The build orchestrator: gather everything first, then write into a temp dir and swap it in.

Read top to bottom: settings and events are loaded, the view models gathered, pages and
exports rendered in memory, and only then is anything written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from chronology.config import SiteConfig, load_config
from chronology.errors import ChronologyError, Place, Problem
from chronology.events.check import article_ids_in
from chronology.events.model import EventsFile
from chronology.events.store import load_events, load_events_for_site
from chronology.site import exports
from chronology.site.context import SiteContext, gather
from chronology.site.pages import render_pages
from chronology.site.theme import make_environment, static_files
from chronology.site.writer import write_site


@dataclass
class BuildResult:
    pages: int
    events: int
    # sources naming an article that is not in content/articles (``check`` makes them errors)
    warnings: list[Problem] = field(default_factory=list)
    # article ids in content/articles that the events file does not know yet (not extracted)
    not_extracted: list[str] = field(default_factory=list)


def build_site(content_dir: Path, output_dir: Path, user_templates: Path | None = None) -> BuildResult:
    """Render ``content_dir/events.yaml`` (with ``site.yaml``) into ``output_dir``.

    Example: ``build_site(Path("content"), Path("build"))`` writes ``build/index.html``.
    """
    config, _, events_path = read_content(content_dir, load=False)
    articles_dir = content_dir / "articles"
    articles_dir = articles_dir if articles_dir.is_dir() else None
    events, warnings = load_events_for_site(events_path, articles_dir)
    try:
        ctx = gather(events, config)
    except ChronologyError as exc:
        raise ChronologyError(exc.message, exc.place or events_path) from None
    files = render_site(ctx, user_templates, events_path.read_bytes())
    keep = (content_dir,) + ((user_templates,) if user_templates else ())
    write_site(output_dir, files, keep=keep)
    return BuildResult(pages=sum(1 for f in files if f.endswith(".html")),
                       events=len(ctx.main_events) + len(ctx.background), warnings=warnings,
                       not_extracted=not_extracted(articles_dir, events))


def not_extracted(articles_dir: Path | None, events: EventsFile) -> list[str]:
    """The ids of the articles in ``articles_dir`` the events file does not know yet (neither
    under ``articles`` nor cited by a source): added after the last ``extract``."""
    if articles_dir is None:
        return []
    known = set(events.articles) | {s.article for e in events.events for s in e.sources}
    return sorted(article_ids_in(articles_dir) - known)


def read_content(content_dir: Path, load: bool = True) -> tuple[SiteConfig, EventsFile, Path]:
    """The settings and the events file of a content folder (``load=False``: an empty
    EventsFile, for a caller that loads it itself)."""
    config = load_config(content_dir / "site.yaml")
    events_path = content_dir / "events.yaml"
    if not events_path.is_file():
        raise ChronologyError("no events file: run `chronology extract` first", events_path)
    return config, load_events(events_path) if load else EventsFile(), events_path


def render_site(ctx: SiteContext, user_templates: Path | None, events_yaml: bytes) -> dict[str, bytes]:
    """Every file of the site, in memory: relative path -> bytes."""
    if user_templates is not None and not user_templates.is_dir():
        raise ChronologyError("templates folder not found", user_templates)
    assets = static_files(user_templates)
    pages = _render_pages(ctx, user_templates, assets.get("style.css", b"").decode("utf-8"))
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files |= {path: text.encode("utf-8") for path, text in _exports(ctx).items()}
    files |= {f"assets/{name}": data for name, data in assets.items()}
    files["events.yaml"] = events_yaml
    files[".nojekyll"] = b""
    return files


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
        raise ChronologyError(f"template error: {exc.message}", _template_place(exc)) from None
    except (jinja2.TemplateError, ArithmeticError, TypeError, ValueError, LookupError,
            AttributeError, UnicodeDecodeError) as exc:
        # A user template can fail at run time ({{ 1/0 }}, a non-UTF-8 file): say where.
        raise ChronologyError(f"template error: {type(exc).__name__}: {exc}",
                              _template_place(exc)) from None


def _template_place(exc: BaseException) -> Place | None:
    """The template file and line where ``exc`` was raised (Jinja maps frames to templates)."""
    place = None
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".html", ".xml", ".txt", ".j2", ".jinja")):
            place = Place(name, tb.tb_lineno)
        tb = tb.tb_next
    return place


def _exports(ctx: SiteContext) -> dict[str, str]:
    return {
        "events.json": exports.timelinejs_json(ctx),
        "timelinejs.csv": exports.timelinejs_csv(ctx),
        "events.csv": exports.events_csv(ctx),
        "feed.xml": exports.atom_feed(ctx),
        "events.ics": exports.icalendar(ctx),
    } | ({"assets/search-index.js": exports.search_index_js(ctx)} if ctx.split else {})
