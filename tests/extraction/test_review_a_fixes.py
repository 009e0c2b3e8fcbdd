"""Invented wire sentences for review A's English problems (plans, history, statistics)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import find_mentions
from chronology.extraction.dating import choose_date
from chronology.extraction.sentences import quoted_spans
from chronology.extraction.titles import make_title


def _dated(sentence: str, today: dt.date = dt.date(2023, 9, 4)) -> str | None:
    dating = choose_date(sentence, 0, len(sentence), find_mentions(sentence, today),
                         quoted_spans(sentence))
    return dating.mention.text if dating else None


@pytest.mark.parametrize(("sentence", "expected"), [
    # a plan in the reference's own month is still a plan
    ("Defence Minister Arjun Rao is scheduled to travel to Moscow later this month.", None),
    ("The second frigate is due to join the fleet in September, the navy said.", None),
    ("The corvette is expected to reach Karachi later this month.", None),
    # an act already done this month keeps its date
    ("The second frigate joined the fleet earlier this month, the navy said.", "earlier this month"),
])
def test_a_plan_in_the_references_month_is_no_event(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # earlier editions of a series, named by an ordinal standing for the noun, are history
    ("It is the fourth edition of the drill, following the first off Gwadar in March 2019 and "
     "the second in Qingdao in May 2021.", None),
    ("The ministers held talks on the same day, the second such meeting after the first in "
     "Manila in June 2022.", None),
    ("The talks were the third since the previous one held in Ankara in October 2022.", None),
    # an act of its own after "after" keeps its date
    ("More troops arrived after talks in August 2023.", "August 2023"),
])
def test_earlier_editions_do_not_date_events(sentence, expected):
    assert _dated(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a share stated over a range of years is a statistic
    ("Russia has been Vietnam's main arms supplier, providing 62 percent of its imports "
     "between 2016 and 2020, the institute said.", None),
    ("China supplied 81 per cent of the country's arms imports from 2018 to 2022.", None),
    # a range of years with no share stays the act's period
    ("The two navies held joint patrols between 2016 and 2020.", "2016"),
])
def test_a_statistics_period_dates_no_event(sentence, expected):
    assert _dated(sentence) == expected


def _title(sentence: str, dates: tuple[str, ...]) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # how far apart two acts lie goes whole, never half
    ("The jets arrived in Dhaka earlier this month, more than a year after Nepal received "
     "its first batch in May 2021.", ("earlier this month", "in May 2021"),
     "Jets arrive in Dhaka"),
    ("The frigate reached Colombo on Friday, two days before the talks began.", ("on Friday",),
     "Frigate reaches Colombo"),
])
def test_a_time_distance_phrase_is_cut_whole(sentence, dates, expected):
    assert _title(sentence, dates) == expected


def test_a_possessive_countrys_ministry_telling_another_countrys_act_keeps_its_speaker():
    sentence = ("Georgia's Defense Ministry said on Friday that a Russian Su-30 fighter jet shot "
                "down a Georgian drone.")
    assert make_title(sentence, [(sentence.index("on Friday"), sentence.index("on Friday") + 9)],
                      {}, True).startswith("Georgia's Defense Ministry says")


def test_another_editions_place_is_not_the_meetings():
    sentence = ("Foreign Minister Rina Sato held talks with Defense Secretary Marco Reyes on the "
                "same day, the second such meeting following the first in Tokyo in May 2021.")
    start = sentence.index("on the same day")
    assert "Tokyo" not in make_title(sentence, [(start, start + 15)], {}, False)


@pytest.mark.parametrize(("speaker", "expected"), [
    ("Uralvagonzavod, part of the Rostec State Corporation", "Uralvagonzavod"),
    ("Kalashnikov, a unit of the Rostec group", "Kalashnikov"),
    # near miss: no appositive, the phrase stays
    ("Russian state news agency TASS", "TASS"),
])
def test_the_speaker_of_an_appositive_is_the_name_before_it(speaker, expected):
    from chronology.extraction.title_people import short_speaker
    assert short_speaker(speaker, {}) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a relative clause a cut would leave unfinished goes whole
    ("Vietnam and India on Monday signed a logistics agreement that will allow the two navies "
     "to use each other's bases for repairs and supplies.",
     "Vietnam and India sign logistics agreement"),
    # near miss: a relative clause that fits stays
    ("Poland on Monday signed a contract that will bring 96 Apache helicopters to the country.",
     "Poland signs contract that will bring 96 Apache helicopters to country"),
])
def test_an_unfinished_relative_clause_is_cut_whole(sentence, expected):
    assert _title(sentence, ("on Monday",)) == expected


def test_a_quote_first_sentence_dated_by_an_occasion_keeps_its_speaker_and_words():
    sentence = ("“Spain is not going to make its naval cooperation depend on these quarrels,” "
                "Prime Minister Luis Ortega said during a visit by Tebboune to Madrid in May.")
    title = _title(sentence, ("in May",))
    assert title.startswith("Ortega says “Spain is not going to make its naval cooperation")


def test_an_act_announced_and_told_again_with_its_date_is_one_event(tmp_path):
    from one_article import article_events
    body = ("MOSCOW — Uralvagonzavod, part of the Rostec State Corporation, announced today that "
            "it has signed a contract with Iran's defence ministry on the repair of T-72 tanks.\n\n"
            "The contract was signed on 12 March at the Kish Air Show, the company said in a "
            "press release.")
    events = article_events(tmp_path, "2024-03-13", body)
    assert [e.date for e in events] == ["2024-03-12"]
    assert events[0].title.startswith("Uralvagonzavod")
