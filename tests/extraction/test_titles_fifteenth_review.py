"""Headlines, round en30 reviewed (issue 9): a postmodifier led by "under", "within",
"across" is no subject's head for the check that reads a headline back either, so the present
the tense rule made stands ("Jets under the contract with X arrive"); a caption's participle
leads to a named person as often as to a thing ("Putin meeting President X in Moscow"), and
the names' capitals do not make it a headline in capitals. Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Jets under the Nigerian contract with Ghana arrived in Tamale on Tuesday.", ("on Tuesday",),
     "Jets under Nigerian contract with Ghana arrive in Tamale"),
    ("Officials within the ministry signed the deal on Monday.", ("on Monday",),
     "Officials within ministry sign deal"),
    ("Protests across the country erupted on Monday.", ("on Monday",),
     "Protests across country erupt"),
    # near miss: a singular head takes the verb in -s
    ("The frigate under the contract with Ghana arrived in Tema on Monday.", ("on Monday",),
     "Frigate under contract with Ghana arrives in Tema"),
])
def test_postmodifier_head_present(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    ("Mahama meeting Nigerian President Tinubu in Accra on Tuesday.", ("on Tuesday",),
     "Mahama meets Nigerian President Tinubu in Accra"),
    ("Ghanaian Defence Minister Omane receiving Nigerian Defence Minister Badaru in Accra on "
     "Tuesday.", ("on Tuesday",),
     "Ghanaian Defence Minister Omane receives Nigerian Defence Minister Badaru in Accra"),
    # near miss: a headline in capitals keeps its words (told in sentence case since round
    # 18; a run of capitalised words is a name's and keeps its capitals, the verb alone goes
    # to lower case)
    ("Ghana Navy Chief Meets Nigerian Envoy in Accra on Tuesday.", ("on Tuesday",),
     "Ghana Navy Chief meets Nigerian Envoy in Accra"),
])
def test_caption_participle_named_object(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a distributive aside with only dates goes with the comma that closes it before the act's
    # rest
    ("Ghana delivered two patrol boats, one in 2019 and the other in 2021, to Togo.",
     ("in 2019", "in 2021"), "Ghana delivers two patrol boats to Togo"),
    # near miss: before a speaker the comma stays, and the speaker goes as before
    ("Ghana delivered two patrol boats to Togo, one in 2019 and the other in 2021, the "
     "ministry said.", ("in 2019", "in 2021"), "Ghana delivers two patrol boats to Togo"),
])
def test_distributive_aside_comma(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a cut that leaves a distributive aside's second member without what it says drops the
    # aside whole, from its comma
    ("Ghana and Togo signed two deals on Monday, one on patrol boats and the other on radars.",
     ("on Monday",), "Ghana and Togo sign two deals"),
])
def test_distributive_member_cut(sentence, dates, expected):
    assert title(sentence, dates) == expected


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # a second clause after ", and" is no subordinate clause of the "after" before it
    ("Togo signs deal after talks, and Ghana delivered the boats.", (), "Ghana delivers boats"),
    # near miss: the clause a subordinator opens keeps its past verb
    ("Togo signs deal for six boats since the border crisis began.", (),
     "Togo signs deal for six boats since border crisis began"),
])
def test_second_clause_not_subordinate(sentence, dates, expected):
    assert title(sentence, dates) == expected
