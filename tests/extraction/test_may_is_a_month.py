""""May" capitalised inside a sentence, or before a day's number, is the month, not the
modal: one helper (``verbs.is_auxiliary``) decides it for every module that looks for an
auxiliary, as ``news_lead.tells_done`` did alone before."""

import pytest

from chronology.extraction.clauses import first_verb_end
from chronology.extraction.news_lead import tells_done
from chronology.extraction.verbs import is_auxiliary, is_month_name


@pytest.mark.parametrize(("word", "first", "after", "auxiliary"), [
    ("may", False, "", True),  # "Iran may buy jets"
    ("May", True, "Iran", True),  # "May Iran and Russia …?": the modal opens a question
    ("May", False, "", False),  # "In May Iran received …": the month
    ("May", True, "3", False),  # "May 3: …": a day
    ("has", False, "", True),
    ("Has", True, "Iran", True),
    ("March", False, "", False),
])
def test_may_inside_a_sentence_is_the_month(word, first, after, auxiliary):
    assert is_auxiliary(word, first, after) is auxiliary
    assert is_month_name(word, first, after) is (word[:1].isupper() and word in ("May", "March")
                                                 and not auxiliary)


def test_the_first_verb_after_a_may_is_the_verb():
    text = "In May Iran received the first jets."
    assert text[:first_verb_end(text)] == "In May Iran received"
    modal = "Iran may receive jets."
    assert modal[:first_verb_end(modal)] == "Iran may"


def test_tells_done_still_reads_may_as_the_month():
    assert tells_done("In May Iran received the first jets.") is True
    assert tells_done("Iran may receive the first jets.") is False
