"""Hostile settings: script links and control characters are refused with site.yaml:line:col."""

from __future__ import annotations

import pytest

from chronology.config import load_config
from chronology.errors import ChronologyError


@pytest.mark.parametrize(("text", "message"), [
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
])
def test_hostile_settings_are_refused_with_a_place(tmp_path, text, message):
    path = tmp_path / "site.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        load_config(path)
    assert str(info.value).replace(str(tmp_path) + "/", "").startswith(message)


def test_every_problem_is_reported_at_once(tmp_path):
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
    from chronology.urls import http_url_problem
    assert http_url_problem(url) is None
