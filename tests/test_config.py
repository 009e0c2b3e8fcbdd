"""Site settings: defaults, the shipped file, and errors with places."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.config import SiteConfig, load_config
from chronology.errors import ChronologyError
from chronology.urls import http_url_problem

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
        ("titel: x\n", "site.yaml:1:1: unknown setting 'titel' (did you mean 'title'?)"),
        ("period: {start: soon}\n", "site.yaml:1:17: period.start: expected a year (1 to 9998)"),
        ("period: {start: 2023, end: 2015}\n", "site.yaml:1:9: period: start 2023 is after end 2015"),
        ("period: {start: 1, end: 9998}\n", "site.yaml:1:9: period: 9998 years is longer than 200"),
        ("topic: [a, b]\n", "site.yaml:1:8: topic: expected a mapping of settings"),
        ("topic: {actors: [a, b]}\n", "site.yaml:1:17: topic.actors: expected groups of names"),
        ("topic: {actors: {Russia: Moscow}}\n", "site.yaml:1:26: topic.actors.Russia: expected a list"),
        ("topic: {terms: military}\n", "site.yaml:1:16: topic.terms: expected a list of names"),
        ("topic: {actor: {}}\n", "site.yaml:1:9: unknown setting 'topic.actor' (did you mean 'actors'?)"),
        ("title: null\n", "site.yaml:1:8: title: expected text"),
        ("language: [x]\n", "site.yaml:1:11: language: expected text"),
        ("language: english language\n", "site.yaml:1:11: language: 'english language' is not a language tag"),
        ("order: newest\n", "site.yaml:1:8: order: 'newest' is not an order (expected oldest-first "
                            "or newest-first)"),
        ("order: [newest-first]\n", "site.yaml:1:8: order: expected text"),
        # hostile settings: script links and control characters
        ("repository_url: javascript:alert(1)\n",
         "site.yaml:1:17: repository_url: 'javascript:alert(1)' is not an http(s) address"),
        ("base_url: 'JaVaScRiPt:alert(document.domain)'\n", "site.yaml:1:11: base_url: "),
        ("base_url: \" javascript:alert(1)\"\n", "site.yaml:1:11: base_url: "),
        ("base_url: \"java\\tscript:alert(1)\"\n", "site.yaml:1:11: base_url: "),
        ("base_url: data:text/html,<script>alert(1)</script>\n", "site.yaml:1:11: base_url: "),
        ("base_url: vbscript:msgbox(1)\n", "site.yaml:1:11: base_url: "),
        ("base_url: //evil.example/\n", "site.yaml:1:11: base_url: "),
        ("base_url: https:evil\n", "site.yaml:1:11: base_url: "),
        ("base_url: http://\n", "site.yaml:1:11: base_url: "),
        ("base_url: example.org\n", "site.yaml:1:11: base_url: "),
        ("repository_url: \"https://example.org/\\\"onmouseover=alert(1)\"\n",
         "site.yaml:1:17: repository_url: "),
        ("title: \"Chronology\\rBEGIN:VEVENT\"\n",
         "site.yaml:1:8: title: control character U+000D is not allowed"),
        ("description: \"bell\\a\"\n", "site.yaml:1:14: description: control character U+0007"),
        ("topic: {terms: [\"mili\\vtary\"]}\n",
         "site.yaml:1:17: topic.terms: control character U+000B"),
    ],
)
def test_broken_settings_are_reported_with_place(tmp_path, text, message):
    path = tmp_path / "site.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        load_config(path)
    assert str(info.value).replace(str(tmp_path) + "/", "").startswith(message)


def test_every_problem_is_reported_at_once(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("titel: x\nperiod: {start: 2023, end: 2015}\nlanguage: [x]\n", encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        load_config(path)
    assert len(str(info.value).splitlines()) == 3


def test_a_named_settings_file_must_exist(tmp_path):
    with pytest.raises(ChronologyError, match="settings file not found"):
        load_config(tmp_path / "sit.yaml", required=True)


@pytest.mark.parametrize(("text", "order", "newest"), [
    ("", "oldest-first", False),
    ("order: oldest-first\n", "oldest-first", False),
    ("order: newest-first\n", "newest-first", True),
])
def test_the_order_setting(tmp_path, text, order, newest):
    path = tmp_path / "site.yaml"
    path.write_text("title: T\n" + text, encoding="utf-8")
    config = load_config(path)
    assert (config.order, config.newest_first) == (order, newest)


def test_every_bad_address_is_reported_at_once(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("base_url: javascript:a()\nrepository_url: javascript:b()\n", encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        load_config(path)
    lines = str(info.value).splitlines()
    assert [line.split(": ")[1] for line in lines] == ["base_url", "repository_url"]


@pytest.mark.parametrize("url", ["https://example.org", "http://example.org/a?b=1#c",
                                 "HTTPS://EXAMPLE.ORG/REPO/", "https://user.github.io/repo/"])
def test_http_addresses_are_accepted(tmp_path, url):
    path = tmp_path / "site.yaml"
    path.write_text(f"base_url: {url}\nrepository_url: {url}\n", encoding="utf-8")
    config = load_config(path)
    assert (config.base_url, config.repository_url) == (url, url)
    assert http_url_problem(url) is None
