"""Hostile article files: control characters, impossible dates, endless files, links out."""

from __future__ import annotations

import pytest

from chronology.articles import read_article

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
