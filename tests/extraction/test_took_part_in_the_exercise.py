"""Who took part in the exercise an earlier sentence told, dated the same day ("… began a
joint exercise on May 16" / "More than 900 sailors took part in the exercise, an agency
reported May 16"), is that exercise again: one event, not two."""

from __future__ import annotations

import pytest
from one_article import article_events

LEAD = "Iranian and Russian navies began a joint exercise in the Caspian Sea on May 16."


@pytest.mark.parametrize(("second", "count"), [
    ("More than 900 Iranian sailors and four Russian warships took part in the exercise, a "
     "news agency reported May 16.", 1),
    # the words opening the sentence, in capitals
    ("Taking part in the exercise were more than 900 Iranian sailors and four Russian "
     "warships, a news agency reported May 16.", 1),
    # near miss: an exercise of its own name
    ("More than 900 Iranian sailors and four Russian warships took part in the Sea Wolf "
     "exercise, a news agency reported May 16.", 2),
])
def test_taking_part_in_the_exercise_is_the_exercise(tmp_path, second, count):
    events = article_events(tmp_path, "2024-05-20", LEAD + "\n\n" + second)
    assert len([e for e in events if e.date == "2024-05-16"]) == count
