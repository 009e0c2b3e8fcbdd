"""An inverted sentence ("Among those present were Mensah and Brenner") puts its subject
after "be", so the present takes the number the past form showed ("were" -> "are"), never
"… is Mensah and Brenner" (issue 9 item 6, agreement).  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Among those present at the ceremony on Monday were Mensah and Brenner.", ("on Monday",),
     "Among those present at ceremony are Mensah and Brenner"),
    ("Attending the ceremony on Monday were the defence ministers of both countries.",
     ("on Monday",), "Attending ceremony are defence ministers of both countries"),
    # near misses: a singular after an inverted "was", and a plain subject
    ("Present at the launch on Monday was Mensah.", ("on Monday",), "Present at launch is Mensah"),
    ("The minister was in Accra on Monday.", ("on Monday",), "Minister is in Accra"),
])
def test_an_inverted_be_keeps_its_number(sentence, dates, expected):
    assert title(sentence, dates) == expected
