"""Sentences that frame the news rather than tell it.

Wire copy sets an event in its context with a sentence whose main verb is "come": "The joint
patrol comes amid closer ties between Russia and China, especially since sanctions were
imposed on Moscow following its invasion of Ukraine in February 2022"; "The contract comes as
Yerevan edges closer to the West, following Armenia's defeat last year".  Such a sentence
tells no act of its own: a date in a "following …"/"since …" noun phrase in it is the
backdrop's (``backdrop_date``).  But when what follows "comes after" is a clause with a verb
("It comes after Dissanayake arrived in New Delhi on Sunday"), that clause is the act the
sentence tells, not an earlier act beside a main one (``framed_act``).  The words are
``en.FRAME_VERBS``, ``en.FRAME_DISTANCES``, ``en.FRAME_LINKS`` and ``en.BACKDROP_OPENERS``.
"""

from __future__ import annotations

import re

from chronology.dates.model import Mention
from chronology.extraction.verbs import AUXILIARIES, is_past
from chronology.languages import en

_FRAME = re.compile(
    r"^(?P<subject>[^;:“”\"]{2,120}?),?\s+(?:also\s+)?"
    r"(?:" + "|".join(en.FRAME_VERBS) + r")\s+(?:(?:" + "|".join(en.FRAME_DISTANCES)
    + r")\s+)*(?P<link>" + "|".join(link.replace(" ", r"\s+") for link in en.FRAME_LINKS) + r")\b")
_RELATIVE = re.compile(r"\b(?:which|who|whose|that)\b")
_BACKDROP = re.compile(r"\b(?:" + "|".join(en.BACKDROP_OPENERS) + r")\s+((?:(?!\b(?:"
                       + "|".join(en.BACKDROP_OPENERS) + r")\b)[^,;:()“”\"–—])*)$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def frame_link(sentence: str) -> re.Match | None:
    """The link of a sentence whose main verb is "come" before a link ("comes amid", "came
    days after"), or None.

    >>> frame_link("The contract comes as Yerevan edges closer to the West.").group("link")
    'as'
    >>> frame_link("The deal, which came after talks, was signed on Monday.") is None
    True
    """
    found = _FRAME.match(sentence.lstrip())
    if found is None or _RELATIVE.search(found.group("subject")):
        return None
    if any(w.islower() and (w in AUXILIARIES or is_past(w))
           for w in _WORD.findall(found.group("subject"))):
        return None  # "X said the deal comes as …": the frame is not the main clause
    return found


def backdrop_date(text: str, start: int, mention: Mention) -> bool:
    """The mention dates the backdrop a framing sentence names in a noun phrase after
    "following" or "since" ("… following its invasion of Ukraine in February 2022"), not an
    act of the news; a day there is the news's own act ("… following the signing of a pact
    on Monday")."""
    if mention.precision == "day":
        return False  # "… following the signing of a pact on Monday": the news's own act
    sentence = text[start:mention.start]
    frame = frame_link(sentence)
    if frame is None:
        return False
    backdrop = _BACKDROP.search(sentence, frame.end())
    if backdrop is None:
        return False
    words = _WORD.findall(backdrop.group(1))
    return not any(w.islower() and (w in AUXILIARIES or is_past(w)) for w in words)


def framed_act(text: str, start: int, mention: Mention) -> bool:
    """The mention is in the clause after a framing "comes after" ("It comes after X arrived
    in New Delhi on Sunday"): the act the sentence tells."""
    frame = frame_link(text[start:mention.start])
    return frame is not None and frame.group("link") == "after"


def framed_subject(sentence: str, at: int) -> str | None:
    """The subject of a framing sentence when the date at offset ``at`` lies in it ("July
    24's flights came days after Moscow said the United States …"): the dated thing is the
    story's own, and the countries after the link are its backdrop.  None otherwise."""
    frame = frame_link(sentence)
    if frame is None or not frame.start("subject") <= at < frame.end("subject"):
        return None
    return frame.group("subject")


def framed_clause(sentence: str, at: int) -> int:
    """Where the clause after a framing "comes after"/"comes as" starts, when the date at
    offset ``at`` lies in it and it tells an act ("The agreement comes after Iran paid for
    the jets in March": "Iran paid …"), else 0: that clause heads the event.

    >>> s = "The deal comes after Iran paid for the jets in March."
    >>> s[framed_clause(s, s.index("March")):]
    'Iran paid for the jets in March.'
    >>> framed_clause("The deal comes after years of talks in March.", 40)
    0
    >>> framed_clause("The move came after a deal between them signed in May.", 50)
    0
    """
    frame = frame_link(sentence[:at])
    if frame is None or frame.group("link") not in ("after", "as"):
        return 0
    words = _WORD.findall(sentence[frame.end():at])
    verb = next((w for w in words if w.islower() and (w in AUXILIARIES or is_past(w))), None)
    if verb is None or verb in AUXILIARIES and verb not in en.PAST_AUXILIARIES or \
            words[0].islower() and verb not in en.PAST_AUXILIARIES:
        return 0  # "comes after years of talks", "after a deal signed in May": no clause
    return frame.end() + len(sentence[frame.end():]) - len(sentence[frame.end():].lstrip())


# "…, and it follows a deal signed by Qatar on December 7": the verb, a determiner opening its
# object, then the object's own past participle (and its agent phrase, one clause with no
# finite verb: "by Qatar's emir with Chinese officials in Doha") right before the date.
_FOLLOWED = re.compile(r"\b(?:" + "|".join(en.FOLLOWS_VERBS) +
                       r")\s+(?:(?:a|an|the|this|that|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+"
                       r"|(?=[a-z]{3,}s\s))"  # or a bare plural: "followed talks held by …"
                       r"(?P<object>[^,;:()“”\"–—]{1,80}?)\s+(?P<verb>[a-z]+)\s+"
                       r"(?:(?P<agent>(?:by|with|between)\s+[^,;:()“”\"–—.!?]{1,160}?)\s+)?"
                       r"(?:in|on|at)\s+$")


def followed_act(text: str, start: int, mention: Mention) -> str | None:
    """The words of an earlier act that a "follows" main verb names as its object, told with its
    own participle and the mention as its date, to the end of its clause ("it follows a
    billion-dollar deal signed by Qatar on December 7 to buy 12 French jets"), or None: the
    mention is that act's date, and that act is the one whose countries count."""
    match = _FOLLOWED.search(text, max(start, mention.start - 160), mention.start)
    if match is None or not is_past(match.group("verb")) or match.group("verb") in AUXILIARIES:
        return None
    if match.group("agent") and _finite_verb(match.group("agent")):
        return None  # "… signed by Qatar, which bought …": a clause of its own, no agent phrase
    return re.split(r"[,;:.!?()“”\"–—]", text[match.start():])[0]


def _finite_verb(phrase: str) -> bool:
    """The phrase holds a verb of its own: an auxiliary, or a past form after a relative
    word ("who visited", "which bought")."""
    words = re.findall(r"[a-z][\w'’-]*", phrase)
    return any(w in AUXILIARIES or (w in ("who", "which", "that") and i + 1 < len(words)
                                    and is_past(words[i + 1]))
               for i, w in enumerate(words))
