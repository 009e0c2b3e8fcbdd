"""The same input gives byte-identical events.yaml and build/, whatever the time zone or locale."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from helpers import make_project, run_cli, tree_digest


def _available_locales() -> list[str]:
    try:
        listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return ["C"]
    wanted = ["C", "C.utf8", "C.UTF-8", "en_US.utf8", "de_DE.utf8", "fa_IR.utf8", "ru_RU.utf8"]
    have = set(listed.split())
    return [loc for loc in wanted if loc in have] or ["C"]


ENVIRONMENTS = [{"TZ": tz, "LC_ALL": "C"} for tz in ("UTC", "Asia/Tehran", "America/Los_Angeles")]
ENVIRONMENTS += [{"TZ": "UTC", "LC_ALL": loc, "LANG": loc} for loc in _available_locales()[1:]]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Extract and build once per environment; return the digests of what each wrote."""
    results = []
    for env in ENVIRONMENTS:
        root = make_project(tmp_path_factory.mktemp("det"))
        for args in (["extract", "--jobs", "2"], ["build"]):
            done = run_cli(args, cwd=root, env=env)
            assert done.returncode == 0, (env, args, done.stderr)
        results.append((env, tree_digest(root / "content"), tree_digest(root / "build")))
        shutil.rmtree(root)
    return results


def test_events_yaml_is_identical_across_time_zones_and_locales(outputs):
    first = outputs[0][1]
    assert "events.yaml" in first
    for env, content, _ in outputs[1:]:
        assert content == first, env


def test_build_is_identical_across_time_zones_and_locales(outputs):
    first = outputs[0][2]
    assert "index.html" in first
    for env, _, build in outputs[1:]:
        assert build == first, env


def test_rerunning_extract_changes_nothing(tmp_path):
    root = make_project(tmp_path)
    assert run_cli(["extract"], cwd=root).returncode == 0
    before = (root / "content" / "events.yaml").read_bytes()
    assert run_cli(["extract", "--jobs", "1"], cwd=root).returncode == 0
    assert (root / "content" / "events.yaml").read_bytes() == before
