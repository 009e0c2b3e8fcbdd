"""Headlines with no finite verb of their own are caught by the guard (issue 9 item 6): words
that only look like the headline's verb ("for X to sell": a noun's complement) do not make
a headline, so the sentence's own verb is kept or the main clause told instead.  Each rule
has a near miss that must stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.title_fit import problems
from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Plans for Norway to sell used Skjold-class boats to Ghana were approved on Tuesday.",
     ("on Tuesday",), "Plans for Norway to sell used Skjold-class boats to Ghana approved"),
    ("On Tuesday, it was announced that plans for Norway to sell used boats to Ghana have "
     "been settled.", ("On Tuesday",),
     "Plans for Norway to sell used boats to Ghana settled"),
    # near misses: a headline's future, and a "for" clause after the headline's own verb
    ("Norway is to sell boats to Ghana, the ministry said on Tuesday.", ("on Tuesday",),
     "Norway is to sell boats to Ghana"),
    ("The navy signed a deal on Tuesday for Norway to supply four boats.", ("on Tuesday",),
     "Navy signs deal for Norway to supply four boats"),
])
def test_a_for_clause_is_no_headline_future(sentence, dates, expected):
    assert title(sentence, dates) == expected


def test_the_guard_sees_a_for_clause_without_a_verb():
    assert "no finite verb" in problems("Plans for Norway to sell used boats to Ghana")
    assert not problems("Norway to sell used boats to Ghana")


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a name's long appositive with a participle of its own, and an aside of its future,
    # before the main verb: the name and the main verb make the headline (never the
    # appositive's participle told as a verb: "… boats builds for …")
    ("Varna, the second of the four patrol boats built for the Ghana Navy, to be handed over "
     "by May 2026, is moored at the yard in Bremen on Friday, during a visit by Olaf Brenner.",
     ("on Friday",), "Varna moored at yard in Bremen"),
    ("Varna, the second of the four patrol boats built for the Ghana Navy, is moored at the "
     "yard in Bremen on Friday.", ("on Friday",), "Varna moored at yard in Bremen"),
    # near miss: a plural subject's aside stays as it was
    ("The boats, to be handed over in May, are moored at the yard in Bremen on Friday.",
     ("on Friday",), "Boats, to be handed over in May, moored at yard in Bremen"),
])
def test_a_names_appositive_and_its_aside_go_before_the_main_verb(sentence, dates, expected):
    assert title(sentence, dates) == expected
