"""Live reload (``chronology serve``): the script only in served pages, never in built files;
the long poll answers at once on news and waits otherwise."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import time
import urllib.request

import pytest

from chronology.site import livereload
from chronology.site.build import build_site


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class names it so
        pass


@pytest.fixture
def site(tmp_path, content_from):
    content = content_from(tmp_path, "precision_events.yaml")
    build_site(content, tmp_path / "build")
    return tmp_path / "build"


@pytest.fixture
def served(site):
    state = livereload.ReloadState()
    state.publish(None)
    handler = functools.partial(livereload.with_live_reload(_Quiet, state), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/", state
    server.shutdown()
    server.server_close()


def _get(url: str):
    with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310 - local server
        return resp.read(), dict(resp.headers)


def test_served_pages_carry_the_script_and_their_exact_length(served, site):
    base, _ = served
    for path in ("", "index.html", "sources.html"):
        body, headers = _get(base + path)
        assert livereload.ENDPOINT.encode() in body
        assert body.index(b"chronology serve: live reload") < body.rindex(b"</body>")
        assert int(headers["Content-Length"]) == len(body)
        assert headers["Cache-Control"] == "no-store"
    css, headers = _get(base + "assets/style.css")
    assert css == (site / "assets" / "style.css").read_bytes()
    assert "Cache-Control" not in headers


def test_nothing_of_it_reaches_the_files_on_disk(served, site):
    _get(served[0] + "index.html")
    for path in site.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"__chronology__" not in data and b"live reload" not in data, path


def test_a_build_has_no_trace_of_live_reload(site):
    for path in site.rglob("*"):
        if path.is_file():
            assert b"__chronology__" not in path.read_bytes(), path


def test_the_poll_waits_for_a_rebuild_then_answers(served):
    base, state = served
    version = state.status.version
    threading.Timer(0.3, state.publish, args=(None,)).start()
    started = time.monotonic()
    body, _ = _get(f"{base}__chronology__/reload?since={version}")
    assert 0.2 < time.monotonic() - started < 5
    assert json.loads(body) == {"version": version + 1, "error": None}


def test_an_error_is_answered_at_once_until_the_page_shows_it(served):
    base, state = served
    state.publish("content/events.yaml:3:9: events[0].date: 'soon' is not a date")
    version = state.status.version
    body, _ = _get(f"{base}__chronology__/reload?since={version}&shown=0")
    assert json.loads(body) == {"version": version, "error": "content/events.yaml:3:9: "
                                "events[0].date: 'soon' is not a date"}
    assert state.wait(version, error_shown=True, timeout=0.2).version == version


@pytest.mark.parametrize(("html", "expected"), [
    (b"<body>x</body></html>", b"<body>x<s></body></html>"),
    (b"<p>no body tag", b"<p>no body tag<s>"),
    (b"<body>a</body> b </body>", b"<body>a</body> b <s></body>"),
])
def test_inject_goes_before_the_last_body_end(html, expected):
    assert livereload.inject(html, b"<s>") == expected


def test_a_missing_page_is_a_plain_404_without_the_script(served):
    import urllib.error
    with pytest.raises(urllib.error.HTTPError) as info:
        _get(served[0] + "missing.html")
    body = info.value.read()
    assert info.value.code == 404
    assert int(info.value.headers["Content-Length"]) == len(body)
    assert b"__chronology__" not in body
