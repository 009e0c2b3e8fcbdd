"""Russian and Persian ranges give both ends: the first day, month or year as the value and
the last as ``end_value`` (as English ``Mention.end_value``); near misses stay single."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates.lexical_resolve import find_mentions

REF = dt.date(2024, 5, 10)

# (language, text, mention text, value, end_value)
RANGES = [
    ("ru", "Учения флотов прошли 15-19 марта.", "15-19 марта", "2024-03-15", "2024-03-19"),
    ("ru", "Маневры проходили 15–19 марта 2023 года.", "15–19 марта 2023 года", "2023-03-15",
     "2023-03-19"),
    ("ru", "Делегация работала с 3 по 7 апреля.", "3 по 7 апреля", "2024-04-03", "2024-04-07"),
    ("ru", "Форум прошел с 29 ноября по 3 декабря 2023 г.", "29 ноября по 3 декабря 2023 г.",
     "2023-11-29", "2023-12-03"),
    ("ru", "Поставки шли в 2016–2017 годах.", "2016–2017 годах", "2016", "2017"),
    ("fa", "رزمایش از ۱۵ تا ۱۹ مارس برگزار شد.", "۱۵ تا ۱۹ مارس", "2024-03-15", "2024-03-19"),
]


@pytest.mark.parametrize(("code", "text", "written", "value", "end"), RANGES)
def test_a_range_gives_both_ends(code, text, written, value, end):
    found = [(m.text, m.value, m.end_value) for m in find_mentions(text, REF, code)]
    assert (written, value, end) in found


# (language, text): no range at all, each date alone
SINGLE = [
    ("ru", "Сборная выиграла 3-1 в марте."),
    ("ru", "Су-35, МиГ-29 и С-400 показали в марте."),
    ("ru", "Визит в марте продлится 2-3 дня."),
    ("ru", "В марте Египет получил 15-20 самолетов."),
    ("ru", "Соглашение подписали 22 марта."),
]


@pytest.mark.parametrize(("code", "text"), SINGLE)
def test_near_misses_give_no_range(code, text):
    found = find_mentions(text, REF, code)
    assert found and all(m.end_value is None for m in found)
