"""Hostile article files: control characters, impossible dates, endless files, links out."""

from __future__ import annotations

import pytest

from chronology.articles import read_article
from chronology.errors import ChronologyError

STORY = ("Iran and Russia Sign Naval Deal\n\n"
         "TEHRAN, May 2 (Reuters) - Iran and Russia signed a naval deal on Monday.\n")


@pytest.mark.parametrize(("control", "becomes"), [
    ("\v", "\n"), ("\f", "\n"), ("\x85", "\n"), ("\u2028", "\n"), ("\u2029", "\n"),
    ("\x07", " "), ("\x1b", " "), ("\x7f", " "), ("\x9b", " "),
])
def test_control_characters_are_normalised_where_text_enters(tmp_path, control, becomes):
    path = tmp_path / "a1.txt"
    path.write_text(STORY.replace("a naval deal", f"a naval{control}deal"), encoding="utf-8")
    article = read_article(path)
    assert f"a naval{becomes}deal" in article.text
    assert control not in article.text


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "//evil.example/a",
                                 "www.example.org/story", "https://exa mple.org"])
def test_front_matter_url_must_be_an_http_address(tmp_path, url):
    path = tmp_path / "fm.txt"
    path.write_text(f"---\ntitle: A\nurl: '{url}'\n---\n{STORY}", encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value).startswith(
        f"{path}:3:1: front matter: url {url!r} is not ")
    assert "http(s) address" in str(info.value) or "valid address" in str(info.value)
