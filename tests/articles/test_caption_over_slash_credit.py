"""A photo's credit on a line of its own, an outlet and a photographer with a slash between
("The Courier / Jan Novak"), closes a caption: the one sentence right above it is the
caption, not story text; a story's paragraph of several sentences above it stays story."""

from __future__ import annotations

from chronology.articles.clean import classify_blocks

HEAD = "Greece to hand over patrol boats\n\n"
CAPTION = ("Flags hang along the Old Bridge in Tirana on Monday, ahead of the visit of the "
           "Greek prime minister on May 2, 2031.")
STORY = ("TIRANA, Albania — Greece is preparing to hand over four patrol boats to Albania, "
         "the daily reported.")
LAST = "The boats are ten years old, officials said.\n"


def _kinds(text: str) -> list[str]:
    blocks, _ = classify_blocks(text, 0)
    return [b.kind for b in blocks]


def test_the_sentence_over_a_slash_credit_is_a_caption():
    kinds = _kinds(f"{HEAD}{STORY}\n\n{CAPTION}\nThe Courier / Jan Novak\n\n{LAST}")
    assert kinds[1:] == ["story", "caption", "credit", "story"]


def test_a_paragraph_of_several_sentences_over_it_stays_story():
    kinds = _kinds(f"{HEAD}{STORY}\n\n{CAPTION} The boats sail on Friday.\n"
                   f"The Courier / Jan Novak\n\n{LAST}")
    assert kinds[1:3] == ["story", "story"]


def test_a_line_of_two_country_names_is_no_credit():
    kinds = _kinds(f"{HEAD}{STORY}\n\n{CAPTION}\nGreece / Albania\n\n{LAST}")
    assert "credit" not in kinds and kinds[2] == "story"
