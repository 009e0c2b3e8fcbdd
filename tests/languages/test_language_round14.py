"""Rules of the fourteenth Russian round (issue 11): recall on unseen Russian articles by
general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates


@pytest.mark.parametrize(("text", "values"), [
    # "a day earlier" with no date told before it counts back from the news day, as in English
    ("Днем ранее министр обороны прибыл в Минск на переговоры.", ["2019-03-11"]),
    ("Днём ранее делегация посетила завод в Барановичах.", ["2019-03-11"]),
    ("Неделей ранее стороны подписали протокол.", ["2019-03-05"]),
    # near-misses: a later day still needs a day told; a date told before is the base
    ("На следующий день министр прибыл в Минск.", []),
    ("Корабли прибыли 5 марта 2015 года. Днем ранее делегация посетила фрегат.",
     ["2015-03-05", "2015-03-04"]),
    ("Лодку передали в 2012 году. Днем ранее экипаж вышел в море.", ["2012"]),
])
def test_a_day_earlier_with_no_date_told_counts_from_the_news_day(text, values):
    mentions = dates.find_mentions(text, dt.date(2019, 3, 12), language="ru")
    assert [m.value for m in mentions] == values
