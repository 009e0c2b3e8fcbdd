"""Reading article files: decoding, newlines, front matter, errors with file:line."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from chronology.articles import find_article_paths, read_article
from chronology.errors import ChronologyError

STORY = "Iran and Russia Sign Naval Deal\n\nTEHRAN, May 2 (Reuters) - Iran and Russia signed a naval deal on Monday.\n"


@pytest.mark.parametrize(
    ("data", "expected_start"),
    [
        (STORY.encode("utf-8"), "Iran and Russia"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "Iran and Russia"),
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "Iran and Russia"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "Iran and Russia"),
        (STORY.replace("-", "\u2013").encode("cp1252"), "Iran and Russia"),
        (STORY.replace("\n", "\r\n").encode("utf-8"), "Iran and Russia"),
        (STORY.replace("\n", "\r").encode("utf-8"), "Iran and Russia"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le", "utf16-be", "cp1252", "crlf", "cr"],
)
def test_decoding_gives_normalised_text(tmp_path, data, expected_start):
    path = tmp_path / "a1.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text.startswith(expected_start)
    assert "\r" not in article.text
    assert "\ufeff" not in article.text
    assert "–" in article.text or " - " in article.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file: no article text"),
        (b"  \n\n\t\n", "empty file: no article text"),
        (b"PK\x03\x04\x00\x00binary", "binary file (NUL bytes): not an article"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "binary file: neither UTF-8 nor Windows-1252 text"),
        (bytes(range(1, 9)) * 50, "binary file: too many control characters for text"),
    ],
    ids=["empty", "blank", "nul", "undefined-cp1252", "controls"],
)
def test_bad_files_are_one_line_errors_with_the_file(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value) == f"{path}: {message}"
    assert "\n" not in str(info.value)


def test_front_matter_values_and_body_offsets(tmp_path):
    path = tmp_path / "x9.md"
    path.write_text("---\ntitle: Navy visit\npublisher: Example Wire\nurl: https://example.org/a\n"
                    "published: 2019-06-03\nlanguage: en\n---\nIranian warships docked in Russia"
                    " on Sunday, the navy said.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.id, article.title, article.publisher) == ("x9", "Navy visit", "Example Wire")
    assert article.url == "https://example.org/a"
    assert article.published == dt.date(2019, 6, 3)
    assert article.language == "en"
    assert article.body.startswith("Iranian warships")
    assert article.text.startswith("---\n")
    story = article.story_blocks()[0]
    assert article.text[story.start:story.end].startswith("Iranian warships docked")


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("title: A\nauthor: Someone\n", ":3:1: front matter: unknown key 'author' (known: "
         "title, publisher, url, published, language)"),
        ("published: 3 March\n", ":2:1: front matter: published '3 March' is not a date "
         "(expected YYYY-MM-DD)"),
        ("title: [unclosed\n", ":2:17: front matter: invalid YAML: expected ',' or ']', but got "
         "'<stream end>'"),
        ("- a list\n", ":2:1: front matter must be a mapping of keys to values"),
    ],
    ids=["unknown-key", "bad-date", "bad-yaml", "not-mapping"],
)
def test_front_matter_errors_name_file_and_line(tmp_path, front, message):
    path = tmp_path / "fm.txt"
    path.write_text(f"---\n{front}---\nA story sentence about Iran and Russia signing a deal.\n")
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value) == f"{path}{message}"


def test_unclosed_front_matter_points_at_line_one(tmp_path):
    path = tmp_path / "open.txt"
    path.write_text("---\ntitle: A\nIran and Russia signed a deal on Monday.\n")
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value) == f"{path}:1:1: front matter opened with '---' is never closed"


def test_find_article_paths_sorts_and_skips_hidden_and_other_files(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "notes.yaml").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("x")
    names = [p.name for p in find_article_paths([tmp_path])]
    assert names == ["a.md", "b.txt", "c.txt"]


def test_find_article_paths_missing_path_is_an_error(tmp_path):
    with pytest.raises(ChronologyError, match="no such file or directory"):
        find_article_paths([tmp_path / "nope"])


def test_a_huge_file_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Iran and Russia signed a deal on Monday. " * (6 * 2**20 // 41))
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value) == f"{path}: too large for a news article (6.0 MB; the limit is 5 MB)"


def test_a_picture_page_whose_only_text_is_its_caption_is_read(tmp_path):
    """A gallery item: a heading and one credited caption, no story paragraph. The caption
    is the page's news; the page is read, not refused as having no article text."""
    path = tmp_path / "gallery.txt"
    path.write_text(
        "PHOTOS\n\nMinister tours new patrol ship\n\n"
        "The patrol ship Valiant, the first of four built for the navy, is moored at the "
        "yard in Portsmouth on Tuesday, during a visit by the defence minister. "
        "[Ministry Press Office via Example Images]\n\n", encoding="utf-8")
    article = read_article(path)
    story = [article.text[b.start:b.end] for b in article.blocks if b.kind == "story"]
    assert story and "patrol ship Valiant" in story[0]
