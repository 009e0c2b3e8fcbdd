"""Photo captions of four shapes are captions, not story lines (invented text)."""
import pytest

from chronology.articles.clean import line_kind


@pytest.mark.parametrize("line", [
    # a slash credit whose last part is an agency, before the caption itself
    "Handout / Harbour Office / AFP This handout picture taken on May 2, 2021 and released by"
    " the office shows two ministers talking in the capital.",
    # "picture taken on <date> and released by"
    "This handout picture taken on May 2, 2021 and released by the office shows two ministers.",
    # "A file (archive) photo of …"
    "An archive photo of two frigates sailing in formation near the coast, last spring. (Agency)",
    # a second credit in brackets after the photo credit
    "Two generals, left, open the drill at the base on Monday, May 3, 2021. The drill is smaller"
    " this year.(AP Photo/Jane Roe) (The Wire Service)",
])
def test_caption_shapes(line):
    assert line_kind(line, True) == "caption"


@pytest.mark.parametrize("line", [
    "The ministry signed a deal with the firm on Monday, the Agency reported.",
    "A photo of the signing was released by the ministry on Monday.",
])
def test_story_lines_stay(line):
    assert line_kind(line, True) is None
