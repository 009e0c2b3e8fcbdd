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


@pytest.mark.parametrize(("published", "why"), [
    ("9999-12-31", "is not a real date (years run from 1 to 9998)"),
    ("2015-02-30", "is not a real date (February 2015 has 28 days)"),
    ("0000-01-01", "is not a real date (years run from 1 to 9998)"),
    ("2015-13-01", "is not a real date (there is no month 13)"),
    ("'2015-02-29'", "is not a real date (February 2015 has 28 days)"),
])
def test_impossible_published_dates_are_errors_with_a_place(tmp_path, published, why):
    path = tmp_path / "fm.txt"
    path.write_text(f"---\ntitle: A\npublished: {published}\n---\n{STORY}", encoding="utf-8")
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    value = published.strip("'")
    assert str(info.value) == f"{path}:3:1: front matter: published {value!r} {why}"


@pytest.mark.parametrize("published", ["2015-01-20", "'2015-01-20'", "2015-01-20 10:30:00",
                                       "2015-01-20T10:30:00Z", "0001-01-01"])
def test_real_published_dates_are_read(tmp_path, published):
    path = tmp_path / "fm.txt"
    path.write_text(f"---\npublished: {published}\n---\n{STORY}", encoding="utf-8")
    article = read_article(path)
    assert article.published is not None
    assert article.published.isoformat()[-5:] in published
