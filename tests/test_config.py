"""Site settings: defaults, the shipped file, and errors with places."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.config import SiteConfig, load_config
from chronology.errors import ChronologyError

REPO = Path(__file__).resolve().parents[1]


def test_missing_file_gives_defaults(tmp_path):
    assert load_config(tmp_path / "site.yaml") == SiteConfig()


def test_shipped_settings_describe_the_topic():
    config = load_config(REPO / "content" / "site.yaml")
    assert config.period == (2015, 2023)
    assert {"Russia", "Iran"} <= set(config.topic.actors)
    assert "Tehran" in config.topic.actors["Iran"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: [unclosed\n", "site.yaml:2:1: invalid YAML"),
        ("- a list\n", "site.yaml:1:1: expected a mapping of settings"),
        ("titel: x\n", "site.yaml: unknown setting 'titel'"),
        ("period: {start: soon}\n", "site.yaml: period.start and period.end must be years"),
    ],
)
def test_broken_settings_are_reported_with_place(tmp_path, text, message):
    path = tmp_path / "site.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        load_config(path)
    assert str(info.value).replace(str(tmp_path) + "/", "").startswith(message)
