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
