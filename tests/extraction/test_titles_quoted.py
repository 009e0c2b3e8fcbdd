"""A quoted clause in a headline keeps its quotation marks and its words, on every path:
a sentence told as a statement too (issue 9).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, statement: bool) -> str:
    at = sentence.index("on Tuesday")
    return make_title(sentence, [(at, at + len("on Tuesday"))], {}, statement)


@pytest.mark.parametrize("statement", [False, True])
@pytest.mark.parametrize(("sentence", "expected"), [
    ("“We don’t sell howitzers to Belarus,” Polish defence ministry spokesman Jan Lis said on "
     "Tuesday.", "Jan Lis says “We don’t sell howitzers to Belarus”"),
    ("\"It's time to deepen our naval ties,\" Nowak told Stoltenberg on Tuesday in Oslo.",
     "Nowak says “It's time to deepen our naval ties”"),
    # "’s" before a word that takes no possessor ("ready to") is "is": a clause of its own
    ("“Poland’s ready to help Norway,” Nowak said on Tuesday.",
     "Nowak says “Poland’s ready to help Norway”"),
    # near miss: a possessive before a noun is no verb; the clause's verb is later
    ("“Poland’s decision to help Norway was right,” Nowak said on Tuesday.",
     "Nowak says “Poland’s decision to help Norway was right”"),
])
def test_a_quoted_clause_keeps_its_marks_and_words(sentence, expected, statement):
    assert title(sentence, statement) == expected
