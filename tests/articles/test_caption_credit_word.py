"""A caption's one sentence followed by "Credit: <name>." is a caption with its credit, as with
"Photo: <name>." (``clean._TRAILING_CREDIT``): not a story paragraph, so the story's first
paragraph after it is still the lead."""

from __future__ import annotations

from chronology.articles.clean import line_kind


def test_a_credit_word_after_a_captions_sentence():
    assert line_kind("Two frigates wait at the yard before their voyage to Chile. Credit: "
                     "Example Yard AB.", True) == "caption"
    assert line_kind("Two frigates wait at the yard before their voyage to Chile. Image "
                     "credit: Example Yard.", True) == "caption"


def test_a_story_paragraph_with_its_source_stays():
    assert line_kind("The frigates leave in May, the ministry said. Credit: Example.",
                     True) != "caption"
