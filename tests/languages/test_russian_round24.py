"""Rules of the twenty-fourth Russian round (issue 11, helper ru24): general conventions of
Russian news text, tested on invented lines with near-misses."""

import datetime as dt

from chronology.dates import find_mentions

from .russian_story import candidates as _candidates

_FRIDAY = dt.date(2025, 3, 7)


def _values(text: str, reference: dt.date = _FRIDAY) -> list[str]:
    return [m.value for m in find_mentions(text, reference, language="ru")]


def test_the_eve_in_what_was_said_on_a_told_day_counts_from_that_day():
    # reported speech keeps the speaker's time words: the eve of the Tuesday it was said
    text = "Во вторник Песков сообщил, что накануне президенты провели телефонный разговор."
    assert _values(text) == ["2025-03-04", "2025-03-03"]


def test_yesterday_and_today_in_what_was_said_count_from_the_told_day_too():
    assert _values("Министр заявил 3 марта, что вчера прибыла первая партия.") == [
        "2025-03-03", "2025-03-02"]
    assert _values("В среду глава ФСВТС сказал, что сегодня подписан контракт.") == [
        "2025-03-05", "2025-03-05"]


def test_the_eve_outside_what_was_said_counts_from_the_day_of_writing():
    # near-misses: a day told in another clause, or no reporting verb before the day word
    assert _values("Учения прошли 3 марта, а накануне стороны провели консультации.") == [
        "2025-03-03", "2025-03-06"]
    assert _values("Во вторник делегации прибыли в Анкару, накануне министры провели "
                   "переговоры.") == ["2025-03-04", "2025-03-06"]
    # what someone used to say has no day of its own
    assert _values("В 2024 году Песков заявлял, что накануне ничего не обсуждалось.")[-1] == (
        "2025-03-06")


def test_the_eve_of_an_occasion_in_what_was_said_stays_no_day():
    assert _values("Во вторник Песков сообщил, что накануне саммита встреч не будет.") == [
        "2025-03-04"]


def test_the_call_said_to_be_on_the_eve_is_dated_the_day_before_the_saying(tmp_path):
    story = ("ТЕГЕРАН, 7 марта. /ТАСС/. Министр обороны Ирана заявил в пятницу, что Тегеран "
             "получит российские истребители Су-35.\n\nВо вторник Песков сообщил, что накануне "
             "Путин и президент Ирана провели телефонный разговор и обсудили военное "
             "сотрудничество.")
    result = _candidates(tmp_path, story, headline="Иран получит Су-35", published="2025-03-07")
    dates = [c.date for c in result.candidates if "разговор" in c.title]
    assert dates == ["2025-03-03"], result.explain


def test_a_weekday_in_what_was_said_on_a_told_day_counts_from_that_day():
    # said on Tuesday 4 March, told on Wednesday 12 March: the Friday before the saying, and
    # the Thursday after it for what was still to come
    wednesday = dt.date(2025, 3, 12)
    assert _values("4 марта министр сообщил, что в пятницу делегации провели переговоры.",
                   wednesday) == ["2025-03-04", "2025-02-28"]
    assert _values("4 марта министр заявил, что в четверг стороны подпишут соглашение.",
                   wednesday) == ["2025-03-04", "2025-03-06"]


def test_a_weekday_outside_what_was_said_counts_from_the_day_of_writing():
    # near-miss: the day of another clause is no day of saying
    wednesday = dt.date(2025, 3, 12)
    assert _values("Учения прошли 4 марта, а в понедельник стороны провели консультации.",
                   wednesday) == ["2025-03-04", "2025-03-10"]
