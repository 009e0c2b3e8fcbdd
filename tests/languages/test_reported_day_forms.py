"""Day words in what was said on a day the sentence tells, in the common wire forms (issue 11,
reviewer's near misses): the verb's objects before "что", the "Как сообщил …," frame, a date in
apposition, the impersonal "стало известно", and every day word of what was said. Invented
sentences in the style of TASS and Interfax; the article is written on Friday 7 March 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

FRIDAY = dt.date(2025, 3, 7)


def _told(text):
    return [(m.text, m.value) for m in dates.find_mentions(text, FRIDAY, language="ru")]


@pytest.mark.parametrize("text", [
    "Во вторник Песков сообщил журналистам, что накануне президенты провели переговоры.",
    "Во вторник Песков заявил в интервью ТАСС, что накануне президенты провели переговоры.",
    "Во вторник Песков сообщил на брифинге, что накануне президенты провели переговоры.",
    "Как сообщил во вторник Песков, накануне президенты провели переговоры.",
    "Во вторник, 4 марта, Песков сообщил, что накануне президенты провели переговоры.",
    "Во вторник стало известно, что накануне президенты провели переговоры.",
])
def test_the_eve_counts_from_the_day_of_the_saying(text):
    assert ("накануне", "2025-03-03") in _told(text)


def test_every_day_word_of_what_was_said_counts_from_its_day():
    told = _told("Во вторник Песков сообщил, что вчера и сегодня делегации провели переговоры.")
    assert told == [("вторник", "2025-03-04"), ("вчера", "2025-03-03"), ("сегодня", "2025-03-04")]


def test_a_past_weekday_after_another_day_word_is_before_the_saying():
    told = _told("В понедельник министр сообщил, что сегодня же подписали первый договор, "
                 "а в четверг подписали второй.")
    assert told == [("понедельник", "2025-03-03"), ("сегодня", "2025-03-03"), ("четверг", "2025-02-27")]


@pytest.mark.parametrize(("text", "told"), [
    # a new sentence: the writer's own day again
    ("Во вторник Песков сообщил, что накануне президенты провели переговоры. Сегодня делегации "
     "вернулись.", [("вторник", "2025-03-04"), ("накануне", "2025-03-03"), ("Сегодня", "2025-03-07")]),
    # what someone used to say: no day's statement
    ("Во вторник Песков обычно заявлял журналистам, что накануне ничего не решено.",
     [("вторник", "2025-03-04"), ("накануне", "2025-03-06")]),
    # no reporting verb: the eve of writing
    ("Во вторник делегации прибыли в Москву, накануне президенты провели переговоры.",
     [("вторник", "2025-03-04"), ("накануне", "2025-03-06")]),
])
def test_near_misses_keep_the_day_of_writing(text, told):
    assert _told(text) == told
