"""Round gold20ru: a plan told in a Russian lead whose teller the next sentence names ("…
пройдут учения. Об этом сообщил …") is the day's announcement, as "…, сообщил …" is in one
sentence; a possibility so told ("могут расширить") is not. Invented text."""

from __future__ import annotations

from .russian_story import candidates

HEADLINE = "Россия и Иран проведут учения на Каспии"


def _events(tmp_path, story: str):
    return candidates(tmp_path, story, headline=HEADLINE).candidates


def test_undated_plan_told_by_the_next_sentence_is_the_days_announcement(tmp_path):
    events = _events(tmp_path, "Россия и Иран проведут совместные военно-морские учения на "
                               "Каспии. Об этом сообщил командующий флотом Иван Петров.\n\n"
                               "В маневрах примут участие корабли двух стран.")
    dated = [e for e in events if e.date == "2017-09-21"]
    assert dated, [(e.date, e.title) for e in events]
    assert "Петров" in " ".join(s.quote for s in dated[0].sources)


def test_plan_of_a_month_told_by_the_next_sentence_is_dated_by_the_announcement(tmp_path):
    events = _events(tmp_path, "В ноябре Россия и Иран проведут совместные учения в Каспийском "
                               "море. Об этом сообщил посол Иван Петров.")
    assert [e.date for e in events] == ["2017-09-21"], [(e.date, e.title) for e in events]


def test_an_outlets_present_names_the_teller_too(tmp_path):
    events = _events(tmp_path, "Россия и Иран проведут совместные военно-морские учения на "
                               "Каспии. Об этом пишут иранские газеты со ссылкой на Ивана "
                               "Петрова.")
    dated = [e for e in events if e.date == "2017-09-21"]
    assert dated and "Петрова" in " ".join(s.quote for s in dated[0].sources), [
        (e.date, e.title, [s.quote for s in e.sources]) for e in events]


def test_a_possibility_so_told_is_no_announcement(tmp_path):
    events = _events(tmp_path, "Россия и Иран могут расширить военное сотрудничество. Об этом "
                               "заявил министр Иван Петров.")
    assert not events, [(e.date, e.title) for e in events]


def test_the_months_of_a_plan_put_off_date_no_act(tmp_path):
    # the old month in a clause of what was planned, the new one after "перенесены на"
    events = _events(tmp_path, "Россия и Иран проведут совместные учения на Каспии. Об этом "
                               "сообщил командующий Иван Петров.\n\nИзначально учения "
                               "планировали провести в августе, но их перенесли. Учения были "
                               "намечены на июль, но были перенесены на март по согласованию "
                               "сторон.")
    assert [e.date for e in events] == ["2017-09-21"], [(e.date, e.title) for e in events]


def test_the_month_a_thing_was_put_off_in_dates_that_act(tmp_path):
    # near-miss: the month of the putting off itself, no plan's time
    events = _events(tmp_path, "В августе Россия и Иран отложили совместные учения на Каспии.")
    assert "2017-08" in [e.date for e in events], [(e.date, e.title) for e in events]


def test_a_russian_name_opening_with_an_adjective_declines_as_a_whole():
    from chronology.config import Topic
    from chronology.extraction.names import TopicNames

    names = TopicNames(Topic(actors={"Russia": ("Россия",),
                                     "Erewhon": ("Северная Эревония",),
                                     "Zed": ("Игорь Зедов",)}, terms=("учения",)), "ru")
    assert names.groups("учения России и Северной Эревонии") == ["Erewhon", "Russia"]
    assert names.groups("корабли прибыли в Северную Эревонию") == ["Erewhon"]
    # a person's name (no adjective first) declines word by word (ru32's rule in
    # TopicNames._spelled), and an adjective-first name never swallows the next word
    assert names.groups("встреча с Игорем Зедовым") == ["Zed"]
    assert names.groups("Северное сияние над Эревонией") == []
