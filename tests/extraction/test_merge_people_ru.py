"""Russian reports carry the people they name in full, one name in every case
(``foreign_people.people_in``), and the merge reads them as it reads English ones: two
meetings of other people on days a few apart are two events; one meeting of the same people,
told a day apart, is one (``sameness.match_score``)."""

from __future__ import annotations

from functools import partial

import pytest
from one_article import CONFIG, merged_sources, story

from chronology.config import load_config
from chronology.languages import language

_ru = partial(story, language="ru")


# Invented reports: talks of the two presidents on Monday 10 March, and, on Wednesday, the
# visiting president's meeting with a minister.
TALKS = _ru("2025-03-10", "МОСКВА, 10 марта. /Пример/. Президент России Владимир Путин и "
            "президент Ирана Масуд Пезешкиан провели переговоры в Кремле в понедельник.")
TALKS_AGAIN = _ru("2025-03-11", "ТЕГЕРАН, 11 марта – Пример Новости. Масуд Пезешкиан и Владимир "
                  "Путин во вторник провели переговоры в Москве, сообщили в Кремле.")
MINISTER = _ru("2025-03-12", "МОСКВА, 12 марта. /Пример/. Президент Ирана Масуд Пезешкиан "
               "провел переговоры с министром обороны России Андреем Белоусовым в среду.")


@pytest.mark.parametrize(("texts", "together"), [
    ((TALKS, MINISTER), False),  # Putin and Pezeshkian; Pezeshkian and Belousov
    ((TALKS, TALKS_AGAIN), True),  # the same two men, a day apart by another outlet's clock
])
def test_meetings_of_other_people(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts), CONFIG)
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


def test_people_in_a_russian_sentence():
    from chronology.extraction.foreign_people import people_in

    ru = language("ru")
    text = ("Президент России Владимир Путин встретился с главой Минпромторга Денисом "
            "Мантуровым и посетил Северную Корею.")
    # the office and the side before a name, and the organisation, are no part of it; a
    # country written in capitals is no person
    assert people_in(text, ru, lambda words: []) == ("Vladimir Putin", "Denis Manturov")
    # one name in every case
    assert people_in("Встреча с Владимиром Путиным прошла в Кремле.", ru, lambda words: []) == \
        ("Vladimir Putin",)
    # a patronymic stays with the name
    assert people_in("Генерал армии Сергей Кужугетович Шойгу прибыл.", ru, lambda words: []) \
        == ("Serg Kuzhugetovich Shoyg",)


# Invented reports of one meeting: a Korean name and a Chinese one in other cases in each.
KIM_MET = _ru("2025-03-12", "ПХЕНЬЯН, 12 марта. /Пример/. Министр обороны России Андрей "
              "Белоусов в среду встретился с лидером КНДР Ким Чен Ыном.")
KIM_RECEIVED = _ru("2025-03-12", "ПХЕНЬЯН, 12 марта – Пример Новости. Лидер КНДР Ким Чен Ын в "
                   "среду принял министра обороны России Андрея Белоусова.")
DONG_MET = _ru("2025-03-12", "ПЕКИН, 12 марта. /Пример/. Министр обороны России Андрей Белоусов "
               "в среду провел переговоры с министром обороны КНР Дун Цзюнем.")
DONG_TALKS = _ru("2025-03-12", "ПЕКИН, 12 марта – Пример Новости. Министр обороны КНР Дун Цзюнь "
                 "и министр обороны России Андрей Белоусов в среду провели переговоры.")


ASIA = """title: t
period: {start: 2000, end: 2030}
topic:
  actors:
    Russia: [Russia, Россия, Белоусов]
    North Korea: [North Korea, КНДР, Пхеньян]
    China: [China, КНР, Пекин]
  terms: [talks, переговоры, встретился, принял]
"""


@pytest.mark.parametrize("texts", [(KIM_MET, KIM_RECEIVED), (DONG_MET, DONG_TALKS)])
def test_one_meeting_names_in_other_cases(tmp_path, texts):
    (tmp_path / "site.yaml").write_text(ASIA, encoding="utf-8")
    config = load_config(tmp_path / "site.yaml")
    assert merged_sources(tmp_path, list(texts), config) == [["r0", "r1"]]


def test_short_name_parts_in_every_case():
    from chronology.extraction.foreign_people import people_in

    ru = language("ru")
    forms = ["Ким Чен Ын прибыл.", "Встреча с Ким Чен Ыном.", "Визит Ким Чен Ына.",
             "Дун Цзюнь прибыл.", "Встреча с Дун Цзюнем."]
    names = [people_in(text, ru, lambda words: []) for text in forms]
    assert names[0] == names[1] == names[2] and names[3] == names[4] and names[0] != names[3]
