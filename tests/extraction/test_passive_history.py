"""A thing told by a reduced passive inside what a speaker said ("in line with the accord
signed by the two presidents on May 3, 2019"), dated a year before the statement: its
history; the sentence's event is the statement (``background.passive_history``)."""

import datetime as dt

import pytest

from chronology.dates import find_mentions
from chronology.extraction.dating import choose_date
from chronology.extraction.sentences import quoted_spans

REFERENCE = dt.date(2024, 9, 12)


def dating_of(sentence: str):
    found = find_mentions(sentence, REFERENCE)
    return choose_date(sentence, 0, len(sentence), found, quoted_spans(sentence))


def test_an_earlier_years_document_in_a_statement_dates_nothing():
    sentence = ("Receiving the visiting minister on September 11, General Orlov stressed that "
                "the two armies would train together in line with the roadmap signed by the "
                "two presidents on May 3, 2019 during a visit to Minsk.")
    dating = dating_of(sentence)
    assert dating.mention.value == "2024-09-11"
    assert dating.statement


@pytest.mark.parametrize(("sentence", "expected"), [
    # the same year's signing may be the news itself
    ("Receiving the minister on September 11, General Orlov said the roadmap signed by the "
     "two presidents on September 2 would guide the drills.", "2024-09-02"),
    # "was signed by": the clause's own verb
    ("On September 11, General Orlov said that the roadmap was signed by the two presidents "
     "on May 3, 2019.", "2019-05-03"),
])
def test_the_signing_stays_the_date(sentence, expected):
    assert dating_of(sentence).mention.value == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # the passive's agent runs into the sentence's own verb, and the speaker comes after
    ("Chinese frigates escorted by Pakistani navy boats docked in Karachi on December 27, "
     "2023, the Pakistani navy said on Tuesday.", dt.date(2024, 1, 10), "2023-12-27"),
    ("J-10 fighter jets made by China arrived in Egypt in December 2023, an Egyptian "
     "lawmaker said on Monday.", dt.date(2024, 1, 10), "2023-12"),
    # inside what was said, but a few weeks before the statement: news, not history
    ("Wang said on Wednesday that the trade accord signed by China and Egypt on December "
     "28, 2023 would take effect this month.", dt.date(2024, 1, 12), "2023-12-28"),
])
def test_no_history_outside_the_said_clause_or_within_months(sentence, published, expected):
    found = find_mentions(sentence, published)
    dating = choose_date(sentence, 0, len(sentence), found, quoted_spans(sentence))
    assert dating.mention.value == expected
