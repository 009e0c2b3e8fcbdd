"""Headline tense and agreement around adverbs and second predicates (issue 9): an adverb
between a subject and its verb is no head of the subject ("officials later inspect"), and a
second predicate of the same subject after ", and" takes the headline's tense too.  Each
rule has a near miss that must stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Chilean officials later inspected the trainer jet at the Cerrillos base in July.",
     ("in July",), "Chilean officials later inspect trainer jet at Cerrillos base"),
    ("The Chilean ministers then signed the logistics pact on Friday.", ("on Friday",),
     "Chilean ministers then sign logistics pact"),
    # near miss: a singular subject keeps its singular verb
    ("The defence minister later signed the logistics pact on Friday.", ("on Friday",),
     "Defence minister later signs logistics pact"),
])
def test_an_adverb_after_the_subject_is_no_head(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("In 2022, Mali's junta reoriented its defence policy, and forged closer ties with Ankara.",
     ("In 2022",), "Mali's junta reorients defence policy, and forges closer ties with Ankara"),
    # near misses: a second clause with a subject of its own is cut; a passive stays one
    ("The navy commissioned the corvette in May, and the army received two tanks.",
     ("in May",), "Navy commissions corvette"),
    ("The corvette was launched in May, and delivered in June.", ("in May",),
     "Corvette launched and delivered in June"),
])
def test_a_second_predicate_after_a_comma_takes_the_headline_tense(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("The joint drill of Chile and Peru opened in the Pacific on Monday.", ("on Monday",),
     "Joint drill of Chile and Peru opens in Pacific"),
    # near misses: a name's countries, and a second member of the subject, are plural
    ("The Republic of Chile and Peru signed the logistics pact on Friday.", ("on Friday",),
     "Republic of Chile and Peru sign logistics pact"),
    ("The chief of the Chilean navy and other officers visited Lima on Monday.",
     ("on Monday",), "Chief of Chilean navy and other officers visit Lima"),
])
def test_countries_after_a_common_noun_are_its_own(sentence, dates, expected):
    # "the joint drill of Chile and Peru" is one drill: the countries complete "drill"
    assert title(sentence, dates) == expected
