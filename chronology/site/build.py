"""The build orchestrator: gather everything first, then write into a temp dir and swap it in.

Read top to bottom: settings and events are loaded, the view models gathered, pages and
exports rendered in memory, and only then is anything written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from chronology.config import SiteConfig, load_config
from chronology.errors import ChronologyError, Place, Problem, ProblemsError
from chronology.events.check import article_ids_in, check_bytes
from chronology.events.model import EventsFile
from chronology.site import exports
from chronology.site.context import SiteContext, gather
from chronology.site.discovery import discovery_files
from chronology.site.pages import render_pages
from chronology.site.theme import make_environment, static_files
from chronology.site.writer import write_site


@dataclass
class BuildResult:
    pages: int
    events: int
    # an event without sources, a source naming an article that is not in content/articles
    # (``check`` makes that one an error), ...
    warnings: list[Problem] = field(default_factory=list)
    # article ids in content/articles that the events file does not know yet (not extracted)
    not_extracted: list[str] = field(default_factory=list)


@dataclass
class Content:
    """A content folder, read and checked: settings, events and the warnings found."""

    config: SiteConfig
    events: EventsFile
    events_path: Path
    raw: bytes
    warnings: list[Problem]
    articles_dir: Path | None = None


def build_site(content_dir: Path, output_dir: Path, user_templates: Path | None = None,
               strict: bool = False) -> BuildResult:
    """Render ``content_dir/events.yaml`` (with ``site.yaml``) into ``output_dir``.

    Warnings (an event without sources, ...) are returned; with ``strict`` they are errors and
    nothing is written (``ProblemsError`` lists them all).

    Example: ``build_site(Path("content"), Path("build"))`` writes ``build/index.html``.
    """
    content = read_content(content_dir)
    if strict and content.warnings:
        raise_strict(content.warnings, content.events_path)
    try:
        ctx = gather(content.events, content.config)
    except ChronologyError as exc:
        raise ChronologyError(exc.message, exc.place or content.events_path) from None
    files = render_site(ctx, user_templates, content.raw)
    keep = (content_dir,) + ((user_templates,) if user_templates else ())
    write_site(output_dir, files, keep=keep)
    return BuildResult(pages=sum(1 for f in files if f.endswith(".html")),
                       events=len(ctx.main_events) + len(ctx.background),
                       warnings=content.warnings,
                       not_extracted=not_extracted(content.articles_dir, content.events))


def not_extracted(articles_dir: Path | None, events: EventsFile) -> list[str]:
    """The ids of the articles in ``articles_dir`` the events file does not know yet (neither
    under ``articles`` nor cited by a source): added after the last ``extract``."""
    if articles_dir is None:
        return []
    known = set(events.articles) | {s.article for e in events.events for s in e.sources}
    return sorted(article_ids_in(articles_dir) - known)


def read_content(content_dir: Path) -> Content:
    """The settings and the checked events file of a content folder.

    Errors raise ``ProblemsError`` (every one, with its place); warnings are kept, among them
    a source naming an article that is not in ``content/articles``.
    """
    config = load_config(content_dir / "site.yaml")
    events_path = content_dir / "events.yaml"
    if not events_path.is_file():
        raise ChronologyError("no events file: run `chronology extract` first", events_path)
    raw = events_path.read_bytes()
    articles_dir = content_dir / "articles"
    articles_dir = articles_dir if articles_dir.is_dir() else None
    ids = article_ids_in(articles_dir) if articles_dir is not None else None
    result = check_bytes(raw, str(events_path), ids, articles_dir, missing_article="warning")
    if result.errors:
        raise ProblemsError(result.errors)
    warnings = [p for p in result.problems if p.severity == "warning"]
    return Content(config, result.events, events_path, raw, warnings, articles_dir)


def raise_strict(warnings: list[Problem], where: Path) -> None:
    """``--strict``: every warning, then a count; nothing is built."""
    total = Problem(Place(str(where)), f"{len(warnings)} warning(s) treated as errors "
                    "(--strict): nothing was built")
    raise ProblemsError([*warnings, total])


def render_site(ctx: SiteContext, user_templates: Path | None, events_yaml: bytes) -> dict[str, bytes]:
    """Every file of the site, in memory: relative path -> bytes."""
    if user_templates is not None and not user_templates.is_dir():
        raise ChronologyError("templates folder not found", user_templates)
    assets = static_files(user_templates)
    pages = _render_pages(ctx, user_templates, assets.get("style.css", b"").decode("utf-8"))
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files |= {path: text.encode("utf-8") for path, text in _exports(ctx).items()}
    files |= {path: text.encode("utf-8")
              for path, text in discovery_files(ctx, sorted(pages)).items()}
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
