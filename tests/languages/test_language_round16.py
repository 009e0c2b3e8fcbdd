"""Rules of the sixteenth Russian round (issue 11): recall on unseen Russian articles by
general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates


@pytest.mark.parametrize(("text", "values"), [
    # a page's date line over the story counts nothing in the next line's relative date
    ("20.11.2013\n\nВ минувшие выходные на заводе прошла церемония передачи фрегата.",
     ["2013-11-20", "2013-11-16"]),
    ("20.11.2013\nНа прошлой неделе делегация посетила верфь.", ["2013-11-20", "2013-W46"]),
    # near-misses: a number on the same line still counts the units after it
    ("За 3 последних года стороны провели десять учений.", []),
    ("В течение 2 минувших недель корабли стояли в порту.", []),
])
def test_a_number_on_the_line_before_counts_no_units(text, values):
    mentions = dates.find_mentions(text, dt.date(2013, 11, 20), language="ru")
    assert [m.value for m in mentions] == values
