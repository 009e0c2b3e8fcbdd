"""Persian rules of helper fa25 (issue 11), tested on invented sentences in the style of the
agencies, with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from .persian_story import LEAD
from .persian_story import dated_countries as _events
from .persian_story import round_story as _story

# --- "both countries" with a term of the topic names the article's sides -------------------------

@pytest.mark.parametrize("both", ["هر دو کشور", "هر ۲ کشور", "دو کشور", "۲ طرف"])
def test_both_countries_with_a_term_are_the_articles_sides(tmp_path, both):
    text = _story(LEAD, f"به گزارش ایرنا، {both} در ماه ژوئیه نیز یک رزمایش دریایی مشترک "
                        "در نزدیکی سواحل برگزار کردند.")
    told, why = _events(tmp_path, "both", text)
    assert ("2024-07", ["Iran", "Russia"]) in told, why


def test_a_term_without_both_countries_names_no_side(tmp_path):
    text = _story(LEAD, "به گزارش ایرنا، در ماه ژوئیه نیز یک رزمایش دریایی مشترک در نزدیکی "
                        "سواحل برگزار شد.")
    told, why = _events(tmp_path, "none", text)
    assert ("2024-07", ["Iran", "Russia"]) not in told, why
