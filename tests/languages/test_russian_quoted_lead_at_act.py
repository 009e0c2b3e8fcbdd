"""A lead that is a speaker's quoted words, dated only by the lead convention, followed by a
sentence of the same day telling that speaker's act (talks, a visit) is one event: the words
were said at the act. A quote from someone else, or an act of another day, stays apart.
Invented stories."""

from __future__ import annotations

from .russian_story import candidates

HEADLINE = "Россия и Иран расширят военное сотрудничество"


def _events(tmp_path, *paragraphs):
    result = candidates(tmp_path, "\n\n".join(paragraphs), headline=HEADLINE,
                        published="2019-03-14")
    return [(c.event.date, c.event.title) for c in result.found], result.explain


def _quote(speaker):
    return ("«У нас давние традиции. Мы обсудили новые планы военного сотрудничества России и "
            f"Ирана», — сказал {speaker} журналистам. Его слова приводит агентство.")


def test_the_quoted_lead_and_the_speakers_talks_are_one_event(tmp_path):
    events, explain = _events(
        tmp_path, _quote("Громов"),
        "14 марта Игорь Громов провел переговоры с министром обороны Ирана в Тегеране.")
    assert len(events) == 1 and events[0][0] == "2019-03-14", events
    assert any("said at" in line for line in explain)


def test_talks_of_someone_else_stay_apart(tmp_path):
    events, _ = _events(
        tmp_path, _quote("Громов"),
        "14 марта Павел Лесков провел переговоры с министром обороны Ирана в Тегеране.")
    assert len(events) == 2, events


def test_talks_of_another_day_stay_apart(tmp_path):
    events, _ = _events(
        tmp_path, _quote("Громов"),
        "10 марта Игорь Громов провел переговоры с министром обороны Ирана в Тегеране.")
    assert len(events) == 2, events


def test_the_place_where_the_words_were_said_names_no_speaker(tmp_path):
    # "в Тегеране" after the quote is where it was said: someone else's talks there stay apart
    events, _ = _events(
        tmp_path, _quote("Громов в Тегеране"),
        "14 марта Павел Лесков провел переговоры с министром обороны Ирана в Тегеране.")
    assert len(events) == 2, events
