"""Headlines, round titles16 (issue 9 item 6): a past participle after a plural or a common
noun subject, with the subject's own verb after it, is the subject's modifier, not the
headline's verb: a bare present that takes a number or a determiner as its object ("the radar
sales announced (Friday) cover 82 systems"), a past verb taking a "that" clause ("the
agreement signed in 2010 stipulated that …"). A writer's aside to the reader ("Recall that
…", "It should be noted that …") has no actor and no act: the story's sentence after it is
titled. A headline cut to fit never ends "to try" (or "to attempt", "to seek") without what
is tried. Each rule has a near miss that must stay as it was. Every sentence is invented."""

from __future__ import annotations

import pytest

from chronology.extraction.titles import make_title


def title(sentence: str, dates: tuple[str, ...] = ()) -> str:
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    return make_title(sentence, spans, {}, False)


@pytest.mark.parametrize(("sentence", "dates", "expected"), [
    # the participle after the subject, a bare present with its object after it
    ("The eight radar sales announced Friday cover 82 rocket systems and 420 missiles.",
     ("Friday",), "Eight radar sales announced cover 82 rocket systems and 420 missiles"),
    ("The six coastal radars announced on Friday cover 40 kilometres of the northern shore.",
     ("on Friday",), "Six coastal radars announced cover 40 kilometres of northern shore"),
    ("The eight radar sales announced Friday cover 82 long-range rocket systems.",
     ("Friday",), "Eight radar sales announced cover 82 long-range rocket systems"),
    # near miss: a stage's name after the verb, a number and "of"
    ("The two navies launched phase 2 of the drills on Friday.", ("on Friday",),
     "Two navies launch phase 2 of drills"),
    # near miss: a participle as the verb, a noun compound after it
    ("The ministers signed cover letters for the new contracts on Friday.", ("on Friday",),
     "Ministers sign cover letters for new contracts"),
    # the participle after the subject, a past verb taking a "that" clause after its phrase
    ("The four patrol boats ordered in 2019 stipulated that Ghana would pay half of the cost.",
     ("in 2019",), "Four patrol boats ordered stipulate that Ghana would pay half of cost"),
    # near miss: the verb of a one-verb sentence stays the verb
    ("The ministers signed the deal on Friday.", ("on Friday",), "Ministers sign deal"),
    # a writer's aside to the reader goes; the story's own sentence is titled
    ("Recall that the navy of Ghana received two patrol boats from Turkey in March.",
     ("in March",), "Navy of Ghana receives two patrol boats from Turkey"),
    ("Recall that on Monday, the weekly Der Kurier reported that two patrol boats for Ghana "
     "left the port of Kiel.", ("on Monday",), "Kurier says two patrol boats for Ghana left port of Kiel"),
    ("It should be noted that the navy of Ghana received two patrol boats in March.",
     ("in March",), "Navy of Ghana receives two patrol boats"),
    # near miss: "notes" after a subject is its speech verb, as before: what it tells
    ("The navy notes that Ghana received two patrol boats in March.", ("in March",),
     "Ghana receives two patrol boats"),
    # a cut never leaves "to try" without what is tried
    ("The head of Ghana’s arms procurement agency has visited Turkey to try to resolve "
     "Accra’s unpaid share of costs for a joint patrol boat project, his office said on Monday.",
     ("on Monday",), "Head of Ghana’s arms procurement agency visits Turkey"),
])
def test_round_sixteen_titles(sentence, dates, expected):
    assert title(sentence, dates) == expected
