"""``chronology serve`` under hostile requests and odd options: no traceback, no listing, no
dotfile, and no endless rebuilds when the output is inside the watched content."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


class Server:
    def __init__(self, cwd: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "chronology", "serve", "--port", "0",
                                      *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:"), line + self.proc.stderr.read()
        self.port = int(line.split(":")[2].split("/")[0])

    def get(self, path: str) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        status = connection.getresponse().status
        connection.close()
        return status

    def stop(self) -> str:
        self.proc.terminate()
        return self.proc.communicate(timeout=10)[1]


@pytest.fixture
def server(tmp_path, content_from):
    content_from(tmp_path, "precision_events.yaml")
    serving = Server(tmp_path)
    yield serving
    serving.stop()


@pytest.mark.parametrize(("path", "status"), [
    ("/index.html", 200), ("/", 200), ("/sources.html", 200),
    ("/%00", 404), ("/index.html%00.txt", 404), ("/assets/%00/x", 404),
    ("/assets/", 404), ("/assets", 404),  # no directory listings
    ("/.nojekyll", 404), ("/.chronology-build", 404), ("/assets/.hidden", 404),
    ("/%2e%2e/content/events.yaml", 404), ("/../content/site.yaml", 404),
])
def test_requests_get_a_page_or_a_plain_404(server, path, status):
    assert server.get(path) == status
    assert server.get("/index.html") == 200  # still serving


def test_hostile_requests_print_no_traceback(server):
    for path in ("/%00", "/%00/%00", "/assets/", "/.nojekyll"):
        server.get(path)
    err = server.stop()
    assert "Traceback" not in err and "ValueError" not in err, err


def test_an_output_inside_the_content_is_not_rebuilt_forever(tmp_path, content_from):
    content_from(tmp_path, "precision_events.yaml")
    serving = Server(tmp_path, "-o", "content/site")
    assert serving.get("/index.html") == 200
    events = tmp_path / "content" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    time.sleep(6)  # the watcher polls every second: one rebuild for the edit, no more
    err = serving.stop()
    assert err.count("built ") == 2, err
