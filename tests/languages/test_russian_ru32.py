"""Round ru32: Russian names in their other spellings, and the person a pronoun means named
by his indeclinable surname (invented sentences and names)."""

from __future__ import annotations

import pytest

from chronology.config import Topic
from chronology.extraction.names import TopicNames

from .russian_story import candidates

TOPIC = Topic(actors={"Myanmar": ("Мьянма", "Мин Аунг Хлайн"), "Turkey": ("Турция", "Эрдоган"),
                      "Greece": ("Греция", "Ципрас"), "Jordan": ("Иордания", "Хасан"),
                      "Korea": ("Северная Корея", "Ким Чен Ын"), "Egypt": ("Египет",)},
              terms=("военный",))


@pytest.mark.parametrize("text, group", [
    ("Делегация передала Мин Аунг Хлаингу послание", "Myanmar"),  # и for й, a case ending
    ("заявил Мин Аун Хлайн", "Myanmar"),  # -нг written -н
    ("Ердоган прибыл в столицу", "Turkey"),  # е for э
    ("встреча с Цыпрасом", "Greece"),  # ы for и after ц
    ("принц Хассан посетил выставку", "Jordan"),  # a doubled consonant
    ("переговоры с Кимом Чен Ыном", "Korea"),  # each word of a name in its case
    ("делегация Северной Кореи", "Korea"),
    ("поставки в Египет и из Египта", "Egypt"),  # the fleeting vowel still falls
])
def test_a_name_in_another_spelling_or_case_is_the_same_actor(text, group):
    assert TopicNames(TOPIC, "ru").groups(text) == [group]


@pytest.mark.parametrize("text", [
    "Министр провел заседание",  # "Мин" is no word of its own: no name
    "Хлопок прозвучал в городе",
])
def test_other_words_are_no_variant_of_a_name(text):
    assert TopicNames(TOPIC, "ru").groups(text) == []


def test_common_words_keep_their_one_spelling():
    """Only capitalised names have spelling variants: "военный" matches no "воэнный"."""
    names = TopicNames(TOPIC, "ru")
    assert names.terms("военные учения") == ["военный"]
    assert names.terms("воэнные учения") == []


def test_a_pronoun_after_an_indeclinable_surname_names_him(tmp_path):
    """"Шойгу" never takes a case ending, yet its last letter is one ("у"): the title names
    him as the text writes him before his own past verb, not by the pronoun."""
    story = ("Секретарь Совета безопасности РФ Сергей Шойгу прибыл в Тегеран накануне вечером. "
             "Сегодня, 3 мая, он встретился с президентом Ирана.")
    result = candidates(tmp_path, story, headline="Шойгу прибыл с визитом в Тегеран",
                        published="2023-05-03")
    titles = {e.date: e.title for e in result.candidates}
    assert titles["2023-05-03"] == "Шойгу встретился с президентом Ирана"


HELD_HEADLINE = "Россия и Иран проведут совместные учения"
HELD_LEAD = "Совместные учения России и Ирана пройдут в Каспийском море в октябре."


def test_an_occasion_held_already_next_to_the_lead_is_the_days_news(tmp_path):
    """Undated, both sides, "уже состоялось": held shortly before the report."""
    story = (f"{HELD_LEAD}\n\nВ Тегеране уже состоялось совещание военных России и Ирана по "
             "подготовке к маневрам.")
    result = candidates(tmp_path, story, headline=HELD_HEADLINE, published="2023-08-09")
    held = [e for e in result.candidates if "совещание" in e.title]
    assert [e.date for e in held] == ["2023-08-09"]


@pytest.mark.parametrize("story", [
    # another verb with "уже": what was so before the news, background
    f"{HELD_LEAD}\n\nРоссия уже передала Ирану партию военных катеров.",
    # far from the lead: no longer the day's news
    f"{HELD_LEAD}\n\nУчения пройдут на полигоне.\n\nВ них примут участие корабли.\n\n"
    "В Тегеране уже состоялось совещание военных России и Ирана по подготовке к маневрам.",
])
def test_no_occasion_held_already_away_from_the_news(tmp_path, story):
    result = candidates(tmp_path, story, headline=HELD_HEADLINE, published="2023-08-09")
    assert [e.date for e in result.candidates if e.date.startswith("2023-08")] == []
