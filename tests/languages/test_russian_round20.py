"""Rules of the twentieth Russian round (issue 11): general conventions of Russian news
pages found on new dev articles, tested on invented lines with near-misses."""

from .russian_story import candidates as _candidates

ARRIVED = "Министр обороны России прибыл в Индию с трехдневным официальным визитом."


def test_a_visit_that_will_last_until_a_day_is_no_event_of_that_day(tmp_path):
    # "Визит продлится до 7 марта": the singular future of lasting, like the plural
    # "продлятся", tells a plan's end, not an act done on 7 March
    story = f"{ARRIVED} Официальный визит министра в Индию продлится до 7 марта."
    result = _candidates(tmp_path, story, headline="Министр обороны России прибыл в Индию",
                         published="2019-03-05")
    assert [c.date for c in result.candidates] == ["2019-03-05"], result.explain


def test_a_visit_that_lasted_until_a_day_still_dates_its_sentence(tmp_path):
    # near-miss: a past visit told to have lasted until a day of another year is no end of
    # the visit the lead told: that sentence keeps its own date
    story = (f"{ARRIVED} Прошлый визит министра в Индию продлился до 7 марта 2017 года.")
    result = _candidates(tmp_path, story, headline="Министр обороны России прибыл в Индию",
                         published="2019-03-05")
    assert sorted(c.date for c in result.candidates) == ["2017-03-07", "2019-03-05"], \
        result.explain


SIGNED = "Россия и Иран подписали соглашение о военном сотрудничестве в ноябре 2015 года."


def test_a_deal_concluded_continues_the_story_as_a_deal_signed(tmp_path):
    # "Заключен ... контракт": concluding a deal is an act of the topic's kind, as signing
    # it ("подписан"); the sentence names no side, the article's sides are meant
    for line in ("Заключен новый оборонный контракт 31 декабря 2016 года.",
                 "Новый оборонный контракт стороны заключили 31 декабря 2016 года."):
        result = _candidates(tmp_path, f"{SIGNED} {line}",
                             headline="Россия и Иран расширяют сотрудничество",
                             published="2017-03-05")
        assert "2016-12-31" in [c.date for c in result.candidates], result.explain


def test_a_deal_only_discussed_stays_off_topic(tmp_path):
    # near-miss: a deal discussed is no act done: no event of its own
    result = _candidates(tmp_path, f"{SIGNED} Новый оборонный контракт обсуждался "
                         "31 декабря 2016 года.", headline="Россия и Иран расширяют сотрудничество",
                         published="2017-03-05")
    assert [c.date for c in result.candidates] == ["2015-11"], result.explain
