"""Never crashes: any mix of a language's date words, digits and punctuation gives mentions
whose offsets index the text, for any reference date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology import dates
from chronology.languages import MODULES
from chronology.languages.model import words_of

TABLES = ("MONTHS", "SOLAR_MONTHS", "WEEKDAYS", "DAY_WORDS", "RELATIVE", "MODIFIERS",
          "YEAR_WORDS", "SOLAR_YEAR_WORDS", "YEAR_BEFORE", "MONTH_WORDS")


def _pieces(code: str) -> list[str]:
    module = MODULES[code]
    words = [w for name in TABLES for w in words_of(module, name)]
    digits = [str(n) for n in (1, 9, 12, 22, 31, 32, 1393, 1394, 2015, 1399, 1300)]
    digits += [d.translate(str.maketrans("0123456789", run)) for run in getattr(
        module, "DIGITS", ()) for d in digits[:6]]
    return words + digits + [" ", ". ", ", ", "-", "–", "/", ":", "\n", "\u200c"]


@settings(max_examples=150, deadline=None)
@given(code=st.sampled_from(["ru", "fa"]), data=st.data(),
       reference=st.one_of(st.none(), st.dates(dt.date(1, 1, 2), dt.date(9999, 12, 30))))
def test_any_mix_of_date_words_gives_valid_mentions(code, data, reference):
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(code)), max_size=14)))
    for m in dates.find_mentions(text, reference, language=code):
        assert text[m.start:m.end] == m.text
    dates.find_reference(text, language=code, period=(2015, 2023))


def test_dates_past_the_calendar_edges_are_left_out():
    found = dates.find_mentions("в прошлом году, в марте", dt.date(1, 1, 2), language="ru")
    assert found == []  # year 0 both: the past March and the last year
    found = dates.find_mentions("в следующем году", dt.date(1, 1, 2), language="ru")
    assert [m.value for m in found] == ["0002"]
    found = dates.find_mentions("Учения будут в марте.", dt.date(9999, 12, 30), language="ru")
    assert found == []  # the next March is in year 10000
