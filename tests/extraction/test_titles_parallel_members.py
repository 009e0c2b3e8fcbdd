"""Subject-verb agreement with two members each with its own phrase (issue 9 item 6): "X of A
and Y of B" is plural, so the headline's verb is bare ("… preside over …").  Each rule has a
near miss that must stay as it was.  Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("On Friday, Presidents Olaf Brenner of Norway and Kwame Mensah of Ghana presided over the "
     "launch of a patrol boat built in Ghana.", ("On Friday",),
     "Brenner of Norway and Mensah of Ghana preside over launch of patrol boat"),
    # near misses: one body's name, and one drill of two countries, stay singular
    ("The Ministry of Science and Technology of Ghana signed the deal on Friday.",
     ("on Friday",), "Ministry of Science and Technology of Ghana signs deal"),
    ("The joint drill of Norway and Ghana opened on Friday.", ("on Friday",),
     "Joint drill of Norway and Ghana opens"),
])
def test_two_members_each_with_its_phrase_are_plural(sentence, dates, expected):
    assert title(sentence, dates) == expected
