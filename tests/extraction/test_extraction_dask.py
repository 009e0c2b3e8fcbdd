"""Extraction on real Dask clusters: a local cluster, and a `dask scheduler` with `dask worker`
processes on 127.0.0.1; a worker killed mid-run, a scheduler unreachable or lost.

Every wait is bounded.  The output must be byte-identical to an in-process run (``--jobs 1``).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from extraction_corpus import REPO, SITE, serial_events, write_corpus

from chronology.cli import main

if os.environ.get("CI") != "true":
    pytest.importorskip("distributed")  # the `dask` extra; CI installs it and must run these
import dask  # noqa: E402
import distributed  # noqa: E402,F401  (registers its config defaults before any config.set:

# a `dask.config.set` on a distributed key made before distributed is imported would, on exit,
# take the whole `distributed` section away, defaults included)

DASK = [sys.executable, "-m", "dask"]
SLOW_WORKER = Path(__file__).with_name("dask_slow_worker.py")
UNTOUCHED = b"# an events file the failed run must leave as it was\nversion: 1\n"


@pytest.fixture(autouse=True)
def short_dask_timeouts():
    with dask.config.set({"distributed.comm.timeouts.connect": "3s"}):
        yield


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """A `dask scheduler` and `dask worker` processes, stopped (killed) at the end."""

    def __init__(self, tmp_path: Path) -> None:
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.markers = tmp_path / "markers"
        self.markers.mkdir()
        self.env = {**os.environ, "CHRONOLOGY_TEST_MARKERS": str(self.markers),
                    "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"}
        self.procs: list[subprocess.Popen] = []
        port = self.address.rsplit(":", 1)[1]
        self.scheduler = self._start("scheduler", "--host", "127.0.0.1", "--port", port,
                                     "--no-dashboard")

    def _start(self, *args: str) -> subprocess.Popen:
        proc = subprocess.Popen([*DASK, *args], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, cwd=REPO)
        self.procs.append(proc)
        return proc

    def add_workers(self, count: int, slow: bool = False) -> None:
        preload = ["--preload", str(SLOW_WORKER)] if slow else []
        for n in range(count):
            self._start("worker", self.address, "--nthreads", "1", "--no-nanny",
                        "--no-dashboard", "--host", "127.0.0.1", "--name", f"w{n}", *preload)
        self.ready(workers=count)

    def ready(self, workers: int = 0) -> None:
        """Wait (bounded) until the scheduler answers and has ``workers`` workers."""
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            if workers:
                client.wait_for_workers(workers, timeout=60)

    def busy_worker(self, timeout: float = 60) -> int:
        """The pid of a worker that has started analysing an article."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pids = sorted(self.markers.iterdir())
            if pids:
                return int(pids[0].name)
            time.sleep(0.05)
        raise AssertionError("no worker started an article")

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)


@pytest.fixture
def cluster(tmp_path):
    running = Cluster(tmp_path)
    try:
        yield running
    finally:
        running.stop()


def extract_process(corpus: Path, out: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "chronology", "extract", str(corpus), "-o", str(out),
         "--site", str(SITE), *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"})


def test_local_cluster_output_equals_jobs_1(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 40)
    expected = serial_events(corpus, tmp_path / "serial.yaml")
    out = tmp_path / "dask.yaml"
    assert main(["extract", str(corpus), "-o", str(out), "--site", str(SITE),
                 "--engine", "dask", "--jobs", "2"]) == 0
    assert out.read_bytes() == expected


def test_scheduler_and_worker_processes(tmp_path, cluster):
    corpus = write_corpus(tmp_path / "corpus", 40)
    expected = serial_events(corpus, tmp_path / "serial.yaml")
    cluster.add_workers(2)
    run = extract_process(corpus, tmp_path / "dask.yaml", "--engine", "dask",
                          "--scheduler", cluster.address)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert (tmp_path / "dask.yaml").read_bytes() == expected


def test_worker_killed_mid_run_its_tasks_are_retried(tmp_path, cluster):
    corpus = write_corpus(tmp_path / "corpus", 120)
    expected = serial_events(corpus, tmp_path / "serial.yaml")
    cluster.add_workers(2, slow=True)
    run = extract_process(corpus, tmp_path / "dask.yaml", "--engine", "dask",
                          "--scheduler", cluster.address)
    os.kill(cluster.busy_worker(), signal.SIGKILL)
    assert run.poll() is None, "the kill must land while the run is going on"
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert (tmp_path / "dask.yaml").read_bytes() == expected


def test_scheduler_lost_mid_run_is_one_line_and_writes_nothing(tmp_path, cluster):
    corpus = write_corpus(tmp_path / "corpus", 120)
    out = tmp_path / "events.yaml"
    out.write_bytes(UNTOUCHED)
    cluster.add_workers(1, slow=True)
    run = extract_process(corpus, out, "--engine", "dask", "--scheduler", cluster.address)
    cluster.busy_worker()
    cluster.scheduler.kill()
    assert run.poll() is None, "the scheduler must be lost while the run is going on"
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert err == (f"chronology: error: lost the Dask scheduler at {cluster.address}: "
                   "nothing was written\n")
    assert out.read_bytes() == UNTOUCHED


def test_unreachable_scheduler_is_one_line_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "events.yaml"
    out.write_bytes(UNTOUCHED)
    address = f"tcp://127.0.0.1:{free_port()}"
    code = main(["extract", str(REPO / "content" / "articles"), "-o", str(out),
                 "--engine", "dask", "--scheduler", address])
    err = capsys.readouterr().err
    assert code == 1
    assert re.fullmatch(rf"chronology: error: cannot reach the Dask scheduler at "
                        rf"{re.escape(address)}: [^\n]+\n", err), err
    assert out.read_bytes() == UNTOUCHED


def test_malformed_scheduler_address_is_one_line(tmp_path, capsys):
    code = main(["extract", str(REPO / "content" / "articles"), "-o", str(tmp_path / "e.yaml"),
                 "--engine", "dask", "--scheduler", "nonsense"])
    assert code == 1
    assert capsys.readouterr().err == ("chronology: error: cannot reach the Dask scheduler at "
                                       "nonsense: missing port number in address 'nonsense'\n")


def test_a_cluster_without_workers_is_one_line(tmp_path, capsys, cluster, monkeypatch):
    monkeypatch.setattr("chronology.extraction.dask_engine.WORKERS_TIMEOUT", 2)
    cluster.ready()
    out = tmp_path / "events.yaml"
    out.write_bytes(UNTOUCHED)
    code = main(["extract", str(REPO / "content" / "articles"), "-o", str(out),
                 "--engine", "dask", "--scheduler", cluster.address])
    assert code == 1
    assert capsys.readouterr().err == (f"chronology: error: the Dask cluster at "
                                       f"{cluster.address} has no workers (waited 2 s)\n")
    assert out.read_bytes() == UNTOUCHED


def readme_scaling_snippet() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Scaling beyond one machine", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_scaling_snippet_runs(tmp_path, monkeypatch, cluster):
    corpus = write_corpus(tmp_path / "news", 8)
    expected = serial_events(corpus, tmp_path / "serial.yaml")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "site.yaml").write_bytes(SITE.read_bytes())
    cluster.add_workers(1)
    monkeypatch.chdir(tmp_path)
    snippet = readme_scaling_snippet()
    assert "tcp://10.0.0.5:8786" in snippet
    snippet = snippet.replace("tcp://10.0.0.5:8786", cluster.address)
    exec(compile(snippet, "README.md", "exec"), {"__name__": "readme"})
    assert Path("events.yaml").read_bytes() == expected
