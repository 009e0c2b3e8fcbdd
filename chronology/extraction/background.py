"""Sentences that describe how things are or were, rather than tell an act.

News copy dates background in passing: "The destroyer was instrumental in saving a tanker
last year", "During the war in 2020, Turkey and Pakistan were among the first countries
voicing support". Their main verb is a form of "be" with an adjective or a noun phrase
after it: a description of a thing or a state, not something done on that date. A passive
("was signed"), a progressive ("is holding"), a plan ("is to visit", "is set to") or a
place ("was in Moscow on Monday": a visit) is no description, and neither is a date in the
subject itself ("The visit on Monday was the first since 2015": the visit is the event).

The same module tells the other sentences whose date is not an act of the sides: a
present-perfect clause dated only by a cause phrase after it (``perfect_with_past_date``),
a third country's reaction (``speaker_of_reaction``) and a plan whose only time is the
article's own month or year (``only_planned``).  The words are ``en.COPULAS``,
``en.NOT_DESCRIPTION_AFTER``, ``en.PRESENCE_NOUNS``, ``en.COPULA_ADVERBS``, ``en.CAUSE_PHRASES`` and
``en.REACTION_VERBS``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.dates.model import Mention
from chronology.extraction.clauses import drop_intro
from chronology.extraction.verbs import AUXILIARIES, is_auxiliary, is_past, is_verb_form
from chronology.languages import en

_WORD = re.compile(r"[\w'’-]+")
_FRAME = re.compile(r"^[^“”\"]{0,80}?\b(?:" + "|".join(en.SPEECH_VERBS) + r")\s+(?:[\w'’-]+\s+){0,3}?"
                    r"that\s+",
                    re.IGNORECASE)  # "It added that …": what is said is the clause to judge
_RELATIVE = re.compile(r"\b(?:which|who|that|whose)\b")
_IN_RELATIVE = re.compile(r"\b(?:which|who|whose)\b[^,;]*")
_CAUSE = re.compile(r"\b(?:" + "|".join(en.CAUSE_PHRASES) + r")\b")
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")


def describes_only(sentence: str, date_words: str) -> bool:
    """True when the clause that carries ``date_words`` is a description: its first verb is
    a copula followed by an adjective or a noun phrase, and the date is not in its subject.

    >>> describes_only("The destroyer was instrumental in saving a tanker last year.", "last year")
    True
    >>> describes_only("Shoigu was in Tehran on Monday.", "on Monday")
    False
    """
    main, words, verb = _main_verb(sentence)
    if verb is None or words[verb].group(0) not in en.COPULAS:
        return False
    subject = main[:words[verb].start()]
    if subject.strip().lower() in ("there", "here"):
        return False  # "There were drills in 2019": an act told as what there was
    at = main.find(date_words)
    if 0 <= at < len(subject) and not _RELATIVE.search(subject[:at]):
        return False  # "The visit on Monday was …": the dated thing is the subject
    rest = [w.group(0) for w in words[verb + 1:]
            if w.group(0) not in en.COPULA_ADVERBS and not w.group(0).endswith("ly")]
    if not rest or rest[0].lower() in en.NOT_DESCRIPTION_AFTER or is_past(rest[0]) \
            or rest[0].endswith("ing") or is_auxiliary(rest[0]):
        return False  # "was signed", "is holding", "was to visit", "was in Moscow"
    noun = rest[1] if rest[0].lower() in ("the", "a", "an") and len(rest) > 1 else rest[0]
    if noun.lower() in en.PRESENCE_NOUNS:
        return False  # "were part of the drills", "was the guest of honour of the parade"
    complement = main[words[verb].end():]
    told = complement[:max(0, at - words[verb].end())] if at >= 0 else ""
    if any(is_past(w) and w.islower() for w in _WORD.findall(told)) or re.search(r"\bat\b", told):
        return False  # "… ordered by Qatar in 2017": that act's date; "guest at …": presence
    return not any(is_verb_form(m.group(1), only=True) or m.group(1) in en.INFINITIVES_AHEAD
                   for m in _INFINITIVE.finditer(complement))  # "was the first to receive …"


@lru_cache(maxsize=512)
def _main_verb(sentence: str) -> tuple[str, tuple[re.Match, ...], int | None]:
    """The main clause (without its introduction, a reporting frame and relative clauses'
    verbs), its words and the index of its first finite verb (cached: three rules ask it of
    the same sentence)."""
    main = drop_intro(sentence.strip())
    framed = _FRAME.match(main)
    main = main[framed.end():] if framed else main
    bare = _IN_RELATIVE.sub(lambda m: " " * len(m.group(0)), main)  # its verbs are its own
    words = tuple(_WORD.finditer(bare))
    verb = next((i for i, w in enumerate(words) if i > 0 and w.group(0).islower() and
                 (w.group(0) in AUXILIARIES or is_past(w.group(0)))), None)
    return main, words, verb


def perfect_with_past_date(sentence: str, mention: Mention) -> bool:
    """True when the main clause is in the present perfect ("Germany has blocked further
    deliveries …") and the mention is a year or month already over when the article was
    written, in a phrase of its own after the verb: the present perfect takes no definite
    past time, so the date belongs to that phrase (a cause, "… because of the murder of a
    journalist in 2018"; a participle, "… based on a proposal made in 2023"), not to the act.

    A day is left alone ("has signed on Monday" is common in wire copy)."""
    if mention.precision not in ("year", "month") or not mention.anchor:
        return False
    size = 4 if mention.precision == "year" else 7
    if mention.value[:size] >= mention.anchor[:size]:
        return False  # "has delivered … this year": a time that includes now
    main, words, verb = _main_verb(sentence)
    if verb is None or words[verb].group(0) not in ("has", "have"):
        return False
    after = [w for w in words[verb + 1:verb + 4] if not w.group(0).endswith("ly")]
    at = main.find(mention.text)
    if not after or not after[0].group(0).islower() or at < after[0].end() or \
            not (after[0].group(0) == "been" or is_past(after[0].group(0))):
        return False
    phrase = re.split(r"[,;:()–—]", main[after[0].end():at])[-1]
    return _CAUSE.search(phrase) is not None


_REACTION = re.compile(r"(?:" + "|".join(en.REACTION_VERBS) + r")\b")


def speaker_of_reaction(sentence: str) -> str | None:
    """The subject of a sentence whose main verb reacts ("The Chinese Foreign
    Ministry yesterday urged …", "Visiting German Foreign Minister X warned …"), or None."""
    main, words, verb = _main_verb(sentence)
    if verb is None or not _REACTION.match(main, words[verb].start()):
        return None
    return main[:words[verb].start()]


_PLAN = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:expected|set|scheduled|due|slated|"
                   r"to)|plans?\s+to|intends?\s+to)\b")


def only_planned(sentence: str, mention: Mention) -> bool:
    """True when the date's clause announces a plan ("will reach its base between September
    and October", "would be unveiled next week", told in September and in the week before)
    whose time is only the article's own month or year: a plan with no date of its own, not
    yet an act.  A plan with its own later month or its days ("will deliver radars in
    September", told in April; "will hold drills from Dec. 27 to 30") keeps its date."""
    if not mention.anchor:
        return False
    if mention.precision == "day" or mention.value != mention.anchor[:len(mention.value)]:
        return False  # "will deliver radars in September", told in April: a date of its own
    at = sentence.find(mention.text)
    clause = re.split(r"[,;:()–—]", sentence[:at])[-1] if at >= 0 else ""
    plan = list(_PLAN.finditer(clause))  # in the date's own clause, not a relative one's
    return bool(plan) and not _RELATIVE.search(clause[:plan[-1].start()])


# A capitalised word right before an opening parenthesis: "the Great Patriotic War (".
_NAME_BEFORE_PARENTHESIS = re.compile(r"\b([A-Z][\w'’.-]*)\s*\(\s*$")
_MONTH_WORDS = {name for names in en.MONTH_NAMES for name in names}


def names_period(text: str, mention: Mention) -> bool:
    """A span of years alone in parentheses right after a name ("the Great Patriotic War
    (1941-1945)", "President Ho Chi Minh (1890-1969)") places the named thing in time, a war's
    years or a life: it never dates the act the sentence tells.  A single year after a name
    ("deals with Egypt (2015) and Qatar (2016)") may well be that act's year, and a date after
    a weekday or a month ("on Monday (April 3)") is the day itself: both stay."""
    if mention.rule != "year-range" or not re.match(r"\s*\)", text[mention.end:]):
        return False
    name = _NAME_BEFORE_PARENTHESIS.search(text, max(0, mention.start - 60), mention.start)
    if not name or name.group(1).strip(".") in _MONTH_WORDS or name.group(1).lower() in en.WEEKDAYS:
        return False
    if name.group(1).lower() in en.NAMED_PERIOD_HEADS:
        return True  # "the Great Patriotic War (1941-1945)": the war's years
    run = _NAMES_BEFORE_PARENTHESIS.search(text, max(0, mention.start - 80), mention.start)
    names = run.group(1).split() if run else []
    roles = [i for i, word in enumerate(names) if word in en.ROLE_WORDS]
    return bool(roles) and len(names) - roles[-1] > 2  # "President Ivo Maric (1911-1979)": a life


# The capitalised words right before the parenthesis: a title and a person's full name.
_NAMES_BEFORE_PARENTHESIS = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s*\(\s*$")


# A past participle and its agent right before the date: "… the joint statement signed by
# President A and President B on ", "the accord approved by parliament in ".
_PASSIVE_AGENT = re.compile(r"\b(?P<before>[\w'’-]+)\s+(?P<verb>[a-z]+)\s+by\s+"
                            r"(?:(?!\bby\b)[^,;:()“”\"]){1,80}?\s+(?:on|in)\s+$")


def passive_history(text: str, start: int, mention: Mention, statement: Mention) -> bool:
    """The mention dates a thing told by a reduced passive ("the joint statement signed by
    the two presidents on November 30, 2021") inside what a speaker said on a later year's
    day ("Making a visit on July 6, X affirmed that … in line with …"): that thing's history,
    and the sentence's event is the statement.  "was signed by" is the clause's own verb,
    and a thing signed the same year may be the news itself: both stay."""
    match = _PASSIVE_AGENT.search(text, max(start, mention.start - 160), mention.start)
    if match is None or is_auxiliary(match.group("before")) or \
            match.group("verb") in AUXILIARIES or not is_past(match.group("verb")):
        return False
    agent = re.findall(r"[a-z]+", match.group(0)[match.end("verb") - match.start():])
    if any(is_past(word) for word in agent[1:]):
        return False  # "warships escorted by navy boats arrived in …": the sentence's own verb
    if statement.start > match.start() or not _SPEECH_BEFORE.search(text, start, match.start()):
        return False  # the passive must sit inside what was said, after the speech verb
    return _months_before(mention.value, statement.value) >= _HISTORY_MONTHS


# A speech verb opening the reported clause the passive sits in.
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(en.SPEECH_VERBS) + r")\b")
# A date this many months or more before the statement is the thing's history; one a few
# months before ("the agreement signed on December 29 will take effect this month") is news.
_HISTORY_MONTHS = 6


def _months_before(value: str, later: str) -> int:
    """Whole months from ``value`` to ``later`` (ISO prefixes); 0 when either lacks a year."""
    if not (value[:4].isdigit() and later[:4].isdigit()):
        return 0
    month = int(value[5:7]) if value[5:7].isdigit() else 12
    later_month = int(later[5:7]) if later[5:7].isdigit() else 1
    return (int(later[:4]) - int(value[:4])) * 12 + later_month - month
