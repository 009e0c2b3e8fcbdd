"""A date line opening the page is the story's own when the lead tells its later days as
ahead (invented texts, written for these tests)."""

from __future__ import annotations

from chronology.dates import find_reference

PERIOD = (2015, 2026)
LEAD = ("The drill, which began on Tuesday after a week of rehearsals, brings together more "
        "than 300 soldiers of both armies at the range near the coast of the province.\n\n"
        "Larger than last year's drill, the exercise is expected to include tanks and "
        "helicopters and will focus on search and rescue work in addition to providing relief "
        "supplies after heavy floods and landslides, before ending with a "
        "{day} closing ceremony overseen by the defence minister.")


def test_a_day_ahead_in_its_sentence_does_not_make_the_top_line_a_clock():
    """"… will focus on search and rescue work in addition to providing relief supplies after
    heavy floods and landslides, before ending with a May 29 closing ceremony overseen by the
    minister": the day lies ahead, the future told far before it in its sentence (the participle after it tells no past), so the bare
    date line over the headline, May 22, is the story's date."""
    text = ("Wednesday, 22 May 2024\n\nTwo armies open their yearly drill\n\n"
            + LEAD.format(day="May 29"))
    assert find_reference(text, period=PERIOD).iso == "2024-05-22"


def test_a_day_told_as_past_months_after_the_line_still_makes_it_a_clock():
    """A day told as done ("ended with a May 29 closing ceremony") that would lie a year
    back from a May 22 line: the line is the page's clock, not the story's date."""
    text = ("Wednesday, 22 May 2024\n\nTwo armies end their yearly drill\n\n"
            "The drill, which brought together more than 300 soldiers of both armies at the "
            "range near the coast, ended with a May 29 closing ceremony overseen by the "
            "defence minister, officials said.")
    assert find_reference(text, period=PERIOD).iso != "2024-05-22"
