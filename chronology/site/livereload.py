"""Live reload for ``chronology serve``: the open page reloads itself after each rebuild.

Only the server knows about it. When it sends an HTML page it inserts a small script before
``</body>``; the script long-polls ``/__chronology__/reload?since=VERSION`` and reloads the page
when a rebuild has finished, or shows the rebuild's error (``file:line:col: message``) in an
overlay and reloads once the file is fixed. The files ``chronology build`` writes (and the files
``serve`` writes into the output folder) never contain any of it.

The server side is a mixin for ``http.server.SimpleHTTPRequestHandler``: it changes only what
is sent for HTML pages (the body, its length, no caching) and adds the one endpoint, so every
check the base handler makes on paths still applies.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass

ENDPOINT = "/__chronology__/reload"
WAIT_SECONDS = 20.0  # a long poll answers at the latest after this, and the page asks again

SCRIPT = """<script>/* chronology serve: live reload (never in built files) */
(function () {
  var version = %(version)d, shown = 0;
  function overlay(text) {
    var box = document.getElementById("chronology-reload-error");
    if (!text) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "chronology-reload-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;" +
        "overflow:auto;margin:0;padding:1rem;background:#fff;color:#8b0000;" +
        "border-top:4px solid #8b0000;font:14px/1.4 monospace;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "chronology serve: the rebuild failed; the page shows the last good " +
      "build and reloads when this is fixed.\\n\\n" + text;
  }
  function poll() {
    fetch("%(endpoint)s?since=" + version + "&shown=" + shown, {cache: "no-store"})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.error) { overlay(s.error); version = s.version; shown = 1; }
        else if (s.version !== version) { location.reload(); return; }
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
"""


@dataclass
class Status:
    """What the page needs to know: which rebuild this is, and its error if it failed."""

    version: int = 0
    error: str | None = None


class ReloadState:
    """The latest rebuild, shared by the watcher (writes) and the request threads (wait)."""

    def __init__(self) -> None:
        self._status = Status()
        self._changed = threading.Condition()

    @property
    def status(self) -> Status:
        with self._changed:
            return Status(self._status.version, self._status.error)

    def publish(self, error: str | None) -> None:
        """A rebuild finished (``error`` is None) or failed; wake every waiting page."""
        with self._changed:
            self._status = Status(self._status.version + 1, error)
            self._changed.notify_all()

    def wait(self, since: int, error_shown: bool, timeout: float = WAIT_SECONDS) -> Status:
        """The status once it differs from what the page has (or after ``timeout``)."""
        def news() -> bool:
            s = self._status
            return s.version != since or (s.error is not None and not error_shown)
        with self._changed:
            self._changed.wait_for(news, timeout=timeout)
            return Status(self._status.version, self._status.error)


def script(version: int) -> bytes:
    """The snippet inserted into every HTML page ``serve`` sends."""
    return (SCRIPT % {"version": version, "endpoint": ENDPOINT}).encode("utf-8")


def inject(html: bytes, snippet: bytes) -> bytes:
    """``html`` with ``snippet`` before its last ``</body>`` (at the end if there is none)."""
    at = html.rfind(b"</body>")
    return html + snippet if at < 0 else html[:at] + snippet + html[at:]


def with_live_reload(handler_class: type, state: ReloadState) -> type:
    """A subclass of a ``SimpleHTTPRequestHandler`` class that serves pages with live reload."""
    return type(f"LiveReload{handler_class.__name__}", (LiveReloadMixin, handler_class),
                {"reload_state": state})


class LiveReloadMixin:
    """Adds the reload endpoint and the script to HTML pages; see the module docstring."""

    reload_state: ReloadState
    _snippet = b""

    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path.split("?", 1)[0] == ENDPOINT:
            self._answer_poll()
        else:
            super().do_GET()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        self._snippet = b""
        if path.endswith(".html"):
            self._snippet = script(self.reload_state.status.version)
            del self.headers["If-Modified-Since"]  # the script carries the version: no 304s
        return super().send_head()

    def send_response(self, code, message=None):
        if code != 200:
            self._snippet = b""
        super().send_response(code, message)

    def send_header(self, keyword, value):
        if self._snippet and keyword.lower() == "content-length":
            value = str(int(value) + len(self._snippet))
        super().send_header(keyword, value)

    def end_headers(self):
        if self._snippet:
            super().send_header("Cache-Control", "no-store")
        super().end_headers()

    def copyfile(self, source, outputfile):
        if self._snippet:
            outputfile.write(inject(source.read(), self._snippet))
        else:
            super().copyfile(source, outputfile)

    def _answer_poll(self) -> None:
        query = dict(part.partition("=")[::2] for part in self.path.partition("?")[2].split("&"))
        since = int(query["since"]) if query.get("since", "").lstrip("-").isdigit() else -1
        status = self.reload_state.wait(since, query.get("shown") == "1")
        body = json.dumps({"version": status.version, "error": status.error}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
