"""``chronology serve``: build, serve on localhost, rebuild when content or templates change.

The open page reloads itself after each rebuild, or shows the rebuild's error
(``chronology.site.livereload``; ``--no-livereload`` turns that off).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
import time
import urllib.parse
from http import HTTPStatus
from pathlib import Path

from chronology.errors import ChronologyError
from chronology.site import livereload
from chronology.site.build import build_site
from chronology.site.theme import DEFAULT_THEME

HELP = "Build the site, serve it on localhost and rebuild when content or templates change."
EXAMPLE = "chronology serve --port 8000"


def add_arguments(parser) -> None:
    parser.add_argument("-o", "--output", type=Path, default=Path("build"))
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--templates", type=Path, default=None)
    parser.add_argument("--port", type=port_number, default=8000, help="port (default 8000; 0: any free one)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--no-livereload", dest="livereload", action="store_false",
                        help="do not reload the open page after a rebuild")


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return port


def run(args) -> int:
    state = livereload.ReloadState()
    seen = _snapshot(args)  # before the first build: a change made during it is not missed
    state.publish(_rebuild(args))
    handler_class = livereload.with_live_reload(QuietHandler, state) if args.livereload else QuietHandler
    handler = functools.partial(handler_class, directory=str(args.output))
    try:
        server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    except OSError as exc:
        raise ChronologyError(f"cannot listen on {args.bind}:{args.port}: {exc.strerror or exc}") from None
    watcher = threading.Thread(target=_watch, args=(args, state, seen), daemon=True)
    watcher.start()
    print(f"serving http://{args.bind}:{server.server_port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site and nothing else: no directory listing (a folder without an
    ``index.html`` is not a page), no hidden file (``.nojekyll``, the build marker), and a
    plain 404 for a path with a NUL byte (it used to end in a traceback)."""

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass

    def send_head(self):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        if "\0" in path or any(part.startswith(".") for part in path.split("/")):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        folder = Path(self.translate_path(self.path))
        if folder.is_dir() and not (folder / "index.html").is_file():
            return self.list_directory(str(folder))
        return super().send_head()

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        return None


def _rebuild(args) -> str | None:
    """Build once; the error's text (also printed) if it failed, else None."""
    try:
        result = build_site(args.content, args.output, user_templates=args.templates)
        for warning in result.warnings:
            print(warning, file=sys.stderr)
        print(f"built {args.output}", file=sys.stderr)
        return None
    except ChronologyError as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - the watcher must survive any failed rebuild
        error = f"rebuild failed: {type(exc).__name__}: {exc}"
    print(f"chronology: error: {error}", file=sys.stderr)
    return error


def _snapshot(args) -> dict[str, tuple[int, int]]:
    """Modification times and sizes of the watched files: content and templates, but not the
    output (an output inside the content would otherwise trigger its own rebuild, forever)
    and not hidden files (editors' swap files, our lock and temporary files)."""
    roots = [args.content, DEFAULT_THEME]
    if args.templates:
        roots.append(args.templates)
    output = args.output.resolve()
    stamps = {}
    for root in roots:
        try:
            for path in root.rglob("*") if root.exists() else ():
                if _watched(path, root, output):
                    stat = path.stat()
                    stamps[str(path)] = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:  # an editor's temporary file, gone while we looked:
            stamps[f"{root}/~changing"] = (0, 0)  # differs from the next look, so rebuild then
    return stamps


def _watched(path: Path, root: Path, output: Path) -> bool:
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    resolved = path.resolve()
    return path.is_file() and resolved != output and output not in resolved.parents


def _watch(args, state: livereload.ReloadState, seen: dict, interval: float = 0.5) -> None:
    # Polling keeps us dependency-free; content trees are small.
    while True:
        time.sleep(interval)
        now = _snapshot(args)
        if now != seen:
            seen = now
            state.publish(_rebuild(args))
