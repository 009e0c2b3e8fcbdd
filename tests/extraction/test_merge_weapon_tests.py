"""A weapon delivered on one day and test-fired on the next are two events in any
language, however both name the same system: the test is a later step (``PHASES["test"]``;
issue 9 item 8, issue 11 item 7).  Invented reports in the agencies' styles."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.theatres import phases

DELIVERED = {
    "en": story("2019-03-05", "TEHRAN (Example Wire) - Russia delivered S-300 air defence "
                "systems to Iran on Monday, the Iranian defence ministry said.", "en"),
    "ru": story("2019-03-05", "ТЕГЕРАН, 5 марта. /ТАСС/. Россия в понедельник передала Ирану "
                "зенитные ракетные комплексы С-300, сообщили в министерстве обороны Ирана.", "ru"),
}
TESTED = {
    "en": story("2019-03-06", "TEHRAN (Example News) - Iran test-fired its new Russian-made "
                "S-300 air defence systems on Tuesday, state television reported.", "en"),
    "ru": story("2019-03-06", "ТЕГЕРАН, 6 марта – РИА Новости. Иран во вторник провел "
                "испытательные пуски российских комплексов С-300, сообщило государственное "
                "телевидение.", "ru"),
}


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_delivery_and_the_next_days_test_firing_are_two_events(tmp_path, code):
    placed = merged_sources(tmp_path, {"a1.md": DELIVERED[code], "a2.md": TESTED[code]})
    assert placed == [["a1"], ["a2"]]


@pytest.mark.parametrize(("text", "code", "tested"), [
    ("Iran test-fired the new missile.", "en", True),
    ("The navy successfully tested the system.", "en", True),
    ("The navy received the system.", "en", False),
    ("Комплекс успешно испытан на полигоне.", "ru", True),
    ("Комплекс передан войскам.", "ru", False),
    ("ایران این سامانه را با موفقیت آزمایش کرد.", "fa", True),
    ("ایران این سامانه را تحویل گرفت.", "fa", False),
    # near misses: an adjective, a test awaited or denied: no phase
    ("Iran received the battle-tested system.", "en", False),
    ("The system will be tested next month.", "en", False),
    ("The system has not been tested yet.", "en", False),
    ("Комплекс будет испытан в следующем месяце.", "ru", False),
    ("Комплекс еще не испытан.", "ru", False),
    ("این سامانه پس از آزمایش شدن تحویل می‌شود.", "fa", False),
    # a hyphenated verb with its object is an act; an adverb between the auxiliary and the
    # participle, or a participle in an aside, tells none
    ("The navy flight-tested the new interceptor on Friday.", "en", True),
    ("The combat-tested interceptor arrived on Friday.", "en", False),
    ("The two navies are to be jointly tested at sea.", "en", False),
    ("The interceptor, tested in the desert, was handed over on Friday.", "en", False),
    ("The navy, however, tested the interceptor.", "en", True),
    ("Комплекс будет совместно испытан в море.", "ru", False),
])
def test_a_weapons_test_is_read_in_each_language(text, code, tested):
    assert ("test" in phases(text, code)) is tested
