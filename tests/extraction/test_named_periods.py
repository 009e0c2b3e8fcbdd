"""A span of years alone in parentheses after a name is the named thing's period (a war's
years, a life), never the date of the act the sentence tells (``background.names_period``)."""

import datetime as dt

import pytest

from chronology.dates import find_mentions
from chronology.extraction.dating import choose_date
from chronology.extraction.sentences import quoted_spans

REFERENCE = dt.date(2024, 5, 14)


def dated(sentence: str) -> str | None:
    found = find_mentions(sentence, REFERENCE)
    dating = choose_date(sentence, 0, len(sentence), found, quoted_spans(sentence))
    return None if dating is None else dating.mention.value


@pytest.mark.parametrize("sentence", [
    "The minister is leading a delegation to Minsk to open a memorial to the volunteers of the "
    "Great Patriotic War (1941-1945).",
    "The general laid a wreath at the tomb of President Ivo Maric (1911–1979) during the visit.",
])
def test_a_named_things_years_date_nothing(sentence):
    assert dated(sentence) is None


@pytest.mark.parametrize(("sentence", "expected"), [
    # a single year after a name can be that act's own year
    ("The frigates were ordered by Egypt (2015) and later by Qatar.", "2015"),
    # a range after a plain noun is a span of the act itself
    ("The two navies trained together (2015-2017) off the coast.", "2015"),
    # a country, a place or a system before the span: the act's own years
    ("China delivered three HQ-9 air defence batteries to Serbia (2018-2019), under a "
     "contract signed in 2009.", "2018"),
    ("Chinese and Pakistani warships held joint drills with Turkey in the Arabian Sea "
     "(2017-2021), according to the navy.", "2017"),
])
def test_other_years_in_parentheses_still_date_the_act(sentence, expected):
    assert dated(sentence) == expected
