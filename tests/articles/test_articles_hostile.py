"""Hostile article files: control characters, impossible dates, endless files, links out."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from chronology.articles import find_article_paths, read_article, scan_articles
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


def _links(tmp_path):
    """An articles folder with a real article, links in and out, a broken link and a loop."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET build machine file\n", encoding="utf-8")
    (outside / "sub").mkdir()
    (outside / "sub" / "inner.txt").write_text(STORY, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "real.txt").write_text(STORY, encoding="utf-8")
    (folder / "inside.txt").symlink_to("real.txt")
    (folder / "out.txt").symlink_to(outside / "secret.txt")
    (folder / "up.md").symlink_to("../outside/secret.txt")
    (folder / "dir").symlink_to(outside / "sub")
    (folder / "broken.txt").symlink_to("missing.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    return folder


def test_article_links_out_of_the_folder_are_refused_one_line_each(tmp_path):
    folder = _links(tmp_path)
    scan = scan_articles([folder])
    assert [p.name for p in scan.paths] == ["inside.txt", "real.txt"]
    messages = sorted(str(e) for e in scan.refused)
    assert messages == [
        f"{folder / 'broken.txt'}: broken symbolic link: not read",
        f"{folder / 'loop.txt'}: broken symbolic link: not read",
        f"{folder / 'out.txt'}: symbolic link to a file outside {folder}: not read",
        f"{folder / 'up.md'}: symbolic link to a file outside {folder}: not read",
    ]
    assert find_article_paths([folder]) == scan.paths


def test_links_inside_a_linked_articles_folder_are_followed(tmp_path):
    folder = _links(tmp_path)
    alias = tmp_path / "alias"
    alias.symlink_to(folder)
    assert [p.name for p in scan_articles([alias]).paths] == ["inside.txt", "real.txt"]


def test_a_file_named_on_the_command_line_is_read_even_through_a_link(tmp_path):
    folder = _links(tmp_path)
    assert scan_articles([folder / "out.txt"]).paths == [folder / "out.txt"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_refused_after_the_limit_not_read_forever():
    # The size check trusted st_size, which is 0 for /dev/zero.
    started = time.monotonic()
    with pytest.raises(ChronologyError) as info:
        read_article(Path("/dev/zero"))
    assert str(info.value) == "/dev/zero: too large for a news article (more than 5 MB)"
    assert time.monotonic() - started < 30


def test_a_pipe_is_read_up_to_the_limit(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(STORY, encoding="utf-8"))
    writer.start()
    article = read_article(fifo)
    writer.join(10)
    assert "naval deal" in article.text


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u202c", "\u2069", "\u200b"])
def test_an_invisible_mark_after_the_full_stop_still_ends_a_sentence(tmp_path, mark):
    path = tmp_path / "a2.txt"
    path.write_text(f"Russia and Iran signed a naval deal on Monday.{mark}\n", encoding="utf-8")
    assert [b.kind for b in read_article(path).blocks] == ["story"]


def test_a_file_with_no_sentence_says_so_without_naming_a_missing_front_matter(tmp_path):
    path = tmp_path / "a3.txt"
    path.write_text("Home\nWorld\nSign in\n", encoding="utf-8")
    with pytest.raises(ChronologyError) as caught:
        read_article(path)
    assert "front matter" not in str(caught.value)
    assert "no article text" in str(caught.value)
