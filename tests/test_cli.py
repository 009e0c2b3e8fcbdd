"""The command line: every command is listed, documented with an example, and errors are one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chronology.cli import COMMANDS, build_parser, main

REPO = Path(__file__).resolve().parents[1]


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in ("new", "extract", "read", "dates", "check", "build", "serve", "import"):
        assert name in out
    assert set(COMMANDS) == {"new", "extract", "read", "dates", "check", "build", "serve",
                             "import"}


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_help_shows_an_example(name, capsys):
    with pytest.raises(SystemExit):
        main([name, "--help"])
    out = capsys.readouterr().out
    assert "Example:" in out
    assert f"chronology {name}" in out.split("Example:")[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_in_the_readme(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`chronology {name}" in readme


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "chronology", "--version"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("chronology ")


def test_user_error_is_one_line_without_traceback(tmp_path, capsys):
    code = main(["dates", str(tmp_path / "missing.txt"), "--reference", "2015-01-22"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "missing.txt" in err


def test_bad_reference_date_is_reported(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("MOSCOW, June 10. /TASS/. Talks were held on Tuesday.\n", encoding="utf-8")
    code = main(["dates", str(article), "--reference", "2015-02-30"])
    assert code == 1
    assert "'2015-02-30' is not a date" in capsys.readouterr().err


def test_parser_requires_a_command():
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([])
    assert exit_info.value.code == 2
