"""Rules of the thirteenth Russian round (issue 11): recall and precision on the newest real
articles by general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates


@pytest.mark.parametrize(("sentence", "expected"), [
    # a day of the month written as an ordinal word, as speech and official prose write it
    ("«Двадцатого августа в порт Бендер-Аббас прибывает отряд кораблей», - сказал он.",
     ["2017-08-20"]),
    ("Соглашение вступит в силу с первого октября.", ["2017-10-01"]),
    ("Учения продлятся до тридцать первого октября 2017 года.", ["2017-10-31"]),
    ("Фрегат вышел из порта двадцать третьего августа.", ["2017-08-23"]),
    # near-misses: an ordinal that names no day (an office, a stage, a count)
    ("Первого заместителя министра встретили в порту.", []),
    ("Второго этапа учений не будет.", []),
])
def test_a_day_written_as_an_ordinal_word(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2017, 9, 21), language="ru")
    assert [m.value for m in mentions if m.precision == "day"] == expected
