"""The words around a mention: its sentence, and whether it speaks of the past or the future.

Tense decides the direction of ``on Tuesday``, ``March 5`` and ``in March``: "said on Tuesday"
is the Tuesday before the reference date, "will meet on Tuesday" the one after.  The nearest
tense marker before the mention (in its sentence) decides; failing that, the nearest after it.
"""

from __future__ import annotations

import re

from chronology.abbreviations import is_abbreviation
from chronology.languages import en, en_grammar

PAST, FUTURE, PRESENT = "past", "future", "present"
# A future seen from the past ("was due in April", "was to be held in April"): no direction
# from the reference date, so it hides the tense of the verbs before it and decides nothing.
_UNTOLD = "untold"

def words(text: str) -> frozenset[str]:
    """A set of the space-separated words in ``text``."""
    return frozenset(text.split())


# Tense markers are read from the words of a short window, with set look-ups (much faster
# than one big regular expression per mention).
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_FUTURE_WORDS = words(
    "will shall gonna upcoming coming forthcoming should would might must scheduled slated "
    "won't won’t")
_BE = words("is are was were be")
_PERFECT_MODALS = frozenset(en.PERFECT_MODALS)
_BE_TO = words("due set scheduled expected slated planned poised likely about going")
# Not "agreed", "promised", "decided to": a past commitment tells of the past ("agreed to
# sell … in October", said in March, is last October).
_PLAN_TO = words(
    "plans plan planning intends intend hopes hope aims aim wants want invited asked planned "
    "expects expect")
_SET_FOR = words("planned scheduled slated set due")
_TO_VERB = frozenset(en.INFINITIVES_AHEAD)
# Scheduled events in the present tense: "the drills end on Friday".
_EVENT_VERBS = words(
    "begins begin starts start opens open closes close ends end expires expire arrives arrive "
    "departs depart convenes convene resumes resume")
_DETERMINERS = words("the its his her their an a")
_DIRECTIVE = frozenset(en.DIRECTIVE_VERBS) | _PLAN_TO
_PLAN_WORDS = frozenset(en.PLAN_WORDS)
_COMMITMENT_NOUNS = frozenset(en.COMMITMENT_NOUNS)
_SCHEDULED = frozenset(en.SCHEDULED_PRESENT)
_NOT_SCHEDULED_BEFORE = frozenset(en.NOT_SCHEDULED_BEFORE)
_ADJECTIVE_CUES = frozenset(en.ADJECTIVE_CUES)
_PRESENT_AUX = words("is are am has have")
# Not a schedule after "is": things going on ("is continuing to try to sell itself").
_NOT_ING = words("something nothing anything everything during according including continuing "
                 "trying seeking considering working looking hoping waiting")
_MAY_VERBS = words("be have hold meet visit sign take come go")
_PAST_WORDS = words(
    "said says told was were had did ago earlier previously came went met began took made "
    "held gave saw won lost sent paid left rose fell spoke wrote became brought bought sold "
    "led ran hit put set cut struck shot kept broke chose flew got knew thought felt found "
    "meant read stood sought taught fought")
# Irregular past forms and participles ("the plant, built in November, will open"), also
# with a prefix ("retook", "rebuilt", "upheld", "underwent"); a form that is also the present
# ("set", "cut") only where listed above.
_IRREGULAR_PAST = frozenset(w for w, base in en.IRREGULAR_VERBS.items()
                            if w != base and not w.endswith("ed"))
_PAST_WORDS |= _IRREGULAR_PAST | frozenset(
    prefix + w for prefix in ("re", "over", "under", "with", "up", "mis")
    for w in _IRREGULAR_PAST if len(w) >= 4)
_NOT_PAST = words(
    "need indeed speed proceed exceed succeed seed feed breed bleed hundred embed armed united "
    "based related concerned advanced limited alleged detailed experienced skilled talented "
    "interested bed red shed wed weed greed creed reed resent upshot")
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")


def sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The (start, end) offsets of the sentence around ``text[start:end]`` (at most ``reach``
    characters either side)."""
    lo = max(0, start - reach)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if not is_abbreviation(text, m.start()):
            left = m.end()
    right = min(len(text), end + reach)
    for m in _SENTENCE_END.finditer(text, end, right):
        if not is_abbreviation(text, m.start()):
            right = m.start() + 1
            break
    return left, right


DEADLINE = re.compile(r"\b(?:" + "|".join(en.DEADLINE_WORDS) + r")\s+(?:the\s+)?$",
                       re.IGNORECASE)
_SINCE = re.compile(r"\b(?:" + "|".join(en.SINCE_WORDS) + r")\s+$", re.IGNORECASE)
_POSTPONED = re.compile(r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in en.POSTPONE_VERBS)
                        + r")\b(?:\s+[\w'’-]+){0,4}?\s+(?:until|till|to)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\b")
# The present of "to be" governing the date itself is a schedule: "the vote is on Sunday",
# "the match is Saturday", "a verdict is expected on Monday", "he is due in Moscow on
# Tuesday", "the elections are in November", "bids are due by Friday" (not "he is accused of
# killing two people on Sunday": another verb between).
_IS_ON = re.compile(r"\b(?:" + "|".join(en.IS_ON_VERBS) + r")\s+(?:(?:" + "|".join(en.SCHEDULE_WORDS)
                    + r")\s+"
                    r"(?:(?:in|at|back\s+in)\s+(?:[A-Z][\w.'’-]*\s+){1,3})?(?:by\s+)?)?"
                    r"(?:on\s+|in\s+)?$")
_AHEAD_OF = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in en.AHEAD_OF_POSSESSIVE)
                       + r")\s+$", re.IGNORECASE)


def _words_rx(words) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


# A possessive date's occasion as the subject of a verb that looks ahead ("Tuesday's talks
# will focus on …", "Sunday's talks in the capital are set to …"), not one that goes on
# ("will resume").
_OCCASION_AHEAD = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + _words_rx(en.OCCASION_HEADS + en.HELD_OCCASIONS)
    + r")(?:\s+(?:" + _words_rx(en.PHRASE_PREPOSITIONS) + r")(?:\s+[\w'’-]+){1,4}?)?"
    r"\s+(?:will|shall|(?:" + _words_rx(en.IS_ON_VERBS) + r")\s+(?:(?:"
    + _words_rx(en.SCHEDULE_WORDS) + r")\s+)?to)\s+(?!(?:" + _words_rx(en.GOES_ON_VERBS)
    + r")\b)", re.IGNORECASE)
# A possessive date's noun that is an occasion held on that day ("Friday's deadline").
_HELD_OCCASION = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:" + _words_rx(en.OCCASION_HEADS
                                                                    + en.HELD_OCCASIONS)
                            + r")\b", re.IGNORECASE)
_WAITED_FOR = re.compile(r"\b(?:" + _words_rx(en.WAITED_FOR_WORDS) + r")\s+$", re.IGNORECASE)
# A preposition before a possessive date: its occasion is no subject of the verb after it
# ("votes cast in Sunday's election will be counted").
_IN_PHRASE = re.compile(r"\b(?:" + _words_rx(en.PHRASE_PREPOSITIONS) + r")\s+(?:the\s+)?$",
                        re.IGNORECASE)
# Taking part in a possessive date's occasion, in a form that looks ahead: "will attend
# Tuesday's meeting", "plans to host Friday's summit" (not "went there to attend …").
_ATTENDS_AHEAD = re.compile(
    r"\b(?:will|shall|['’]ll|(?:plans?|planning|intends?|(?:" + _words_rx(en.IS_ON_VERBS)
    + r")\s+(?:going|" + _words_rx(en.SCHEDULE_WORDS) + r"))\s+to)\s+(?:\w+ly\s+)?(?:"
    + _words_rx(en.ATTEND_POSSESSIVE_VERBS) + r")\s+(?:the\s+)?$", re.IGNORECASE)
# A time granted, or the earliest time: ahead, whatever the tense of the verb.
_GRANTED = re.compile(r"\b(?:(?:(?:given|granted)(?:\s+[\w'’-]+){0,4}?|has|have)\s+until|"
                      r"as\s+soon\s+as)\s+(?:[\d:.]+\s*[ap]\.?m\.?\s+)?$", re.IGNORECASE)


def tense(text: str, start: int, end: int, deadlines: bool = True) -> str | None:
    """``"past"``, ``"future"`` or None (no marker) for the mention ``text[start:end]``.

    A possessive ("Wednesday's ruling") counts as past, unless its occasion is looked ahead
    to ("ahead of Sunday's election").  With ``deadlines``, a deadline word
    just before the mention ("by Jan. 14", "payable Dec. 15") counts as future (not used for
    weekdays: "had filed reports by Wednesday" is past).
    """
    if _POSSESSIVE.match(text[end : end + 3]) or text[start:end].endswith(("'s", "’s")):
        own = end - 2 if text[start:end].endswith(("'s", "’s")) else end
        ahead = (_AHEAD_OF.search(text, max(0, start - 30), start)
                 or _ATTENDS_AHEAD.search(text, max(0, start - 50), start)
                 or (_OCCASION_AHEAD.match(text, own, min(len(text), own + 80))
                     and not _IN_PHRASE.search(text, max(0, start - 12), start)))
        if not ahead and _HELD_OCCASION.match(text, own, min(len(text), own + 40)) and \
                _WAITED_FOR.search(text, max(0, start - 12), start):
            # "must leave before Friday's deadline": an occasion waited for in a clause that
            # looks ahead; in a past one ("left before Friday's deadline") it stays past, and
            # so does one acted on ("will review Friday's vote")
            ahead = _tense_around(text, start, own + 2, deadlines) == FUTURE
        return FUTURE if ahead else PAST
    return _tense_around(text, start, end, deadlines)


def _tense_around(text: str, start: int, end: int, deadlines: bool) -> str | None:
    """The tense of the mention's clause from the words around it (``tense`` without the
    possessive rule)."""
    if _SINCE.search(text, max(0, start - 12), start):
        return PAST
    if deadlines and (deadline := DEADLINE.search(text, max(0, start - 25), start)):
        return PAST if _done_by(text, deadline.start(), start) else FUTURE
    if _POSTPONED.search(text, max(0, start - 60), start):
        return FUTURE  # "postponed until Tuesday": the new date lies ahead
    if _GRANTED.search(text, max(0, start - 70), start):
        return FUTURE  # "was given until Tuesday to sign", "sign as soon as Tuesday"
    if _IS_ON.search(text, max(0, start - 60), start):
        return FUTURE  # "the vote is on Sunday", "he is due in Moscow on Tuesday"
    left, right = sentence_bounds(text, start, end)
    before = _markers(text[_whole_words(text, max(left, start - 90), 1) : start])
    if before:
        return None if before[-1] == _UNTOLD else before[-1]
    after = _markers(text[end : _whole_words(text, min(right, end + 70), -1)])
    if after:
        return after[0] if after[0] != _UNTOLD else None
    # no marker near it: the nearest one earlier in its sentence ("KAI will deliver two FA-50
    # light-attack aircraft to the Philippine Air Force (PAF) ahead of schedule in December")
    near = _whole_words(text, max(left, start - 90), 1)
    farther = _markers(text[_whole_words(text, left, 1) : near])
    if _LOOKS_BACK.search(text, near, start):
        return None  # "… its second sale after the first batch … in September": behind it
    return farther[-1] if farther and farther[-1] != _UNTOLD else None


_DONE_BY = frozenset(en.DONE_BY_WORDS)
_UNTIL = frozenset(en.UNTIL_WORDS)
_LASTED = frozenset(en.LASTED_VERBS)
_SPEECH_WORDS = frozenset(en.SPEECH_VERBS)
_DONE_BY_NOT_PAST = frozenset(en.DONE_BY_NOT_PAST) | frozenset(
    form for verb in en.INFINITIVE_VERBS for form in (verb, verb + "s"))
_RELATIVE_PRONOUNS = frozenset(en.RELATIVE_PRONOUNS)
# Bare verbs after "to": an infinitive ("agreed to sell"), not the preposition ("returned to
# port", "rose to a record").
_BARE_VERBS = (frozenset(en.INFINITIVES_AHEAD) | frozenset(en.OBJECT_VERBS)
               | frozenset(en.INFINITIVE_VERBS) | frozenset(en.IRREGULAR_VERBS.values()))
_INFINITIVE_HEADS = _PLAN_TO | _DIRECTIVE | frozenset(
    form for verb in en.INFINITIVE_VERBS for form in (verb, verb + "s", verb + "d", verb + "ed"))


def _done_by(text: str, deadline: int, start: int) -> bool:
    """True when the deadline word at ``deadline`` ("by", "before") follows a past act in
    its sentence: "the plant closed before Christmas", "had doubled by March", or opens a
    sentence whose act is past ("Just before Christmas, the plant closed").  Only the words
    after the last speech verb count ("said it closes by March" is ahead), and none with an
    infinitive ("agreed to sell the unit by Dec. 31": the sale lies ahead of the agreeing),
    with a present or modal verb ("wants all debts settled before Christmas", "who lost
    homes can apply by Dec. 20"), or a past form only in a relative clause ("which was
    founded in 1990")."""
    word = text[deadline:start].split()[0].lower()
    if word not in _DONE_BY and word not in _UNTIL:
        return False
    left, right = sentence_bounds(text, deadline, start)
    tokens = list(_TOKEN.finditer(text, _whole_words(text, max(left, deadline - 90), 1),
                                  deadline))
    spoke = max((i for i, t in enumerate(tokens) if t.group().lower() in _SPEECH_WORDS),
                default=-1)
    if word in _UNTIL:
        # "the strike lasted through March": a stretch over by then; only a verb of
        # lasting tells it ("extended the loans through January" grants a time ahead)
        clause = tokens[spoke + 1:]
        return any(t.group().lower() in _LASTED for t in clause) and \
            (_past_act(text, clause)[-1:] or [None])[0] == PAST
    found = _past_act(text, tokens[spoke + 1:])
    if not found and len(tokens) <= 1 and left >= deadline - 90:
        # the deadline opens the sentence ("Before Christmas, the plant closed")
        after = list(_TOKEN.finditer(text, start, _whole_words(text, min(right, start + 70),
                                                               -1)))
        found = _past_act(text, after)[:1]
    return bool(found) and found[-1] == PAST


def _past_act(text: str, tokens: list) -> list[str]:
    """The tense markers of ``tokens`` (a clause's words) outside relative clauses; none when
    an infinitive or a present or modal verb governs them."""
    kept = []
    relative = False
    for k, t in enumerate(tokens):
        w = t.group().lower()
        if relative and "," in text[tokens[k - 1].end():t.start()]:
            relative = False  # "The firm, which was founded in 1990, needs …"
        if w in _RELATIVE_PRONOUNS and k:
            relative = True
        if relative:
            continue
        nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        prev = tokens[k - 1].group().lower() if k else ""
        if w == en.INFINITIVE_MARKER and (nxt in _BARE_VERBS or prev in _INFINITIVE_HEADS):
            return []  # an act ahead of a past verb: "agreed to sell the unit by Dec. 31"
        if w in _DONE_BY_NOT_PAST:
            return []  # "wants all debts settled", "can apply"
        kept.append(t.group())
    return _markers(" ".join(kept))


# Past verbs that do not tell their own act's month (``act_in``).
_NOT_ACTS = frozenset(w for group in (en.SPEECH_VERBS, en.DIRECTIVE_VERBS, en.SCHEDULE_WORDS,
                                      en.PLAN_WORDS, en.POSTPONE_VERBS, en.AHEAD_OBJECT_VERBS)
                      for w in group if " " not in w)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")
_ACT_WORDS = 6  # words from the verb to "in"
_AHEAD_AUXILIARIES = en_grammar.CONTEXT_AHEAD_AUXILIARIES
_PASSIVE_BE = en_grammar.CONTEXT_PASSIVE_BE
_PARTICIPLE_LINKS = en_grammar.CONTEXT_PARTICIPLE_LINKS


def sentence_looks_ahead(text: str, start: int, end: int) -> bool:
    """True when the sentence around ``text[start:end]`` holds a marker of the future or of
    a thing under way ("will take part", "is taking place", "begins next week")."""
    left, right = sentence_bounds(text, start, end)
    return FUTURE in _markers(text[left:right])


def ahead_in_sentence(text: str, start: int) -> bool:
    """True when the last tense marker of the sentence before ``start`` looks ahead ("the
    drills will focus on rescue work, before ending with a March 27 ceremony overseen by the
    minister"): a day told there lies ahead, whatever words follow it."""
    left, _ = sentence_bounds(text, start, start)
    found = _markers(text[_whole_words(text, left, 1) : start])
    return bool(found) and found[-1] == FUTURE


def act_in(text: str, start: int, prepositions: tuple[str, ...] = ("in",)) -> bool:
    """True when the month at ``start`` is told with "in" as the time of the past act of the
    nearest verb before it, in the same clause: "arrived in China in July", "the plant was
    built in March", "talks ended in July" (not "announced elections in July", "agreed to hold
    talks in July", "will be built in July", nor "said the talks that resume in July"); with
    other ``prepositions``, a day's: "was signed on July 2" ("" for none: "met July 2")."""
    window = text[max(0, start - 80):start]
    tokens = list(_TOKEN.finditer(window))
    if len(tokens) < 2 or window[tokens[-1].end():].strip():
        return False
    if tokens[-1].group().lower() in prepositions:
        top = len(tokens) - 2
    elif "" in prepositions:  # the date right after its verb or place: "met July 2"
        top = len(tokens) - 1
    else:
        return False
    for k in range(top, max(-1, top - _ACT_WORDS), -1):
        w = tokens[k].group().lower()
        if w in _CLAUSE_WORDS or (w == "to" and (k + 1 == len(tokens)
                                                 or tokens[k + 1].group()[0].islower())):
            return False  # another clause, or an infinitive: "agreed to hold talks in July"
        if w in _PAST_WORDS or (len(w) >= 5 and w.endswith("ed") and w not in _NOT_PAST):
            if _future_verb_after(text, start) and not _own_subject(window, tokens, k):
                return False  # "Talks held in Beijing in July will decide …": a participle
            return (w not in _NOT_ACTS and not _CLAUSE_BREAK.search(window, tokens[k].end())
                    and (k < top or _finite(tokens, k)) and not _governed_participle(tokens, k))
        if w not in _PLACE_WORDS and not tokens[k].group()[0].isupper():
            return False  # an object between: "signed the deal for delivery in July"
    return False


_LASTED_UNTIL = re.compile(r"\b(?:" + "|".join(en.LASTED_VERBS) + r")\s+(?:[\w'’-]+\s+){0,2}?(?:"
                           + "|".join(en.UNTIL_WORDS) + r")\s+$", re.IGNORECASE)


def lasted_until(text: str, start: int) -> bool:
    """True when the month at ``start`` ends a stretch its own past verb of lasting tells
    ("the strike lasted through March", "talks dragged on until April"): the month of a done
    act, as ``act_in`` finds one (not "extended the loans through March": a time granted)."""
    return bool(_LASTED_UNTIL.search(text, max(0, start - 60), start)) and \
        act_in(text, start, en.UNTIL_WORDS)


def _finite(tokens: list, k: int) -> bool:
    """The past form at ``k`` is a finite verb of its own, not one a "be" or "to" before it
    sends ahead ("was built", "sailed"; not "will be built", "is to be signed")."""
    return k == 0 or tokens[k - 1].group().lower() not in _AHEAD_AUXILIARIES


_CONDITIONS = en_grammar.CONTEXT_CONDITIONS
_NOUN_PREPOSITIONS = en_grammar.CONTEXT_NOUN_PREPOSITIONS
_NOUN_LINKS = en_grammar.CONTEXT_NOUN_LINKS
_FINITE_AUXILIARIES = en_grammar.CONTEXT_FINITE_AUXILIARIES
_SPEECH = frozenset(w for w in en.SPEECH_VERBS if " " not in w)


def _governed_participle(tokens: list, k: int) -> bool:
    """The past form at ``k`` is a participle, not a finite verb: a condition's ("if delivered
    in July", "once ratified in July"), or one after a noun that a preposition or a verb before
    it governs, the participle naming that noun ("invited warships to drills held July 12",
    "the forum held in Moscow", "announced a tender closed"); a noun opening the clause, or
    after a verb of saying, is its subject ("talks ended in July", "said the ships sailed")."""
    for j in range(k - 1, max(-1, k - _ACT_WORDS), -1):
        w = tokens[j].group().lower()
        if w in _CONDITIONS:
            return j == k - 1
        if (j == k - 1 and w in _SUBJECT_PRONOUNS | _FINITE_AUXILIARIES) or w in _SPEECH or (
                w in _CLAUSE_WORDS and w not in _NOUN_PREPOSITIONS):
            return False
        if w in _NOUN_LINKS:
            continue
        if w in _PREPOSITIONS or w in _NOT_ACTS or (
                j < k - 1 and (w in _PAST_WORDS or (len(w) >= 5 and w.endswith("ed")
                                                    and w not in _NOT_PAST))):
            return j < k - 1
    return False


# The clause's own verb right after the month, when it looks ahead: "will", "could", "are
# expected to".
_PAST_MODAL = "|".join(
    [m + r"\s+have" for m in sorted(_PERFECT_MODALS)]
    + [m + r"(?:\s+|n['’]t\s+)(?:" + "|".join(after) + ")" if "not" not in after
       else m + r"(?:\s+(?:" + "|".join(after) + r")|n['’]t)"
       for m, after in sorted(en.MODAL_PAST_AFTER.items())])
_AHEAD_AFTER = re.compile(
    r"[A-Za-z]+\s+(?!(?:" + _PAST_MODAL + r")\b)(?:(?:" + "|".join(sorted(_FUTURE_WORDS | _PERFECT_MODALS | words("can may"))) +
    r")\b|(?:is|are)\s+(?:" + "|".join(sorted(_BE_TO)) + r")\s+to\b)")


def _future_verb_after(text: str, start: int) -> bool:
    """True when the month at ``start`` is followed, in its clause, by a verb that looks
    ahead: the clause's finite verb comes after the date, so a past form before it is a
    participle that names the subject ("Talks held in Beijing in July will decide …"), not
    the act's own past verb."""
    return _AHEAD_AFTER.match(text, start) is not None


_SUBJECT_PRONOUNS = frozenset(en.SUBJECT_PRONOUNS)
_PREPOSITIONS = frozenset(en.PREPOSITIONS)
_BEFORE_A_NOUN = (_DETERMINERS | _ADJECTIVE_CUES | frozenset(en.PREPOSITIONS)
                  | frozenset(w for w in en.COUNT_WORDS if " " not in w))


def _own_subject(window: str, tokens: list, k: int) -> bool:
    """True when the past form at ``tokens[k]`` has a subject of its own right before it, a
    relative clause telling a past act ("the S-300 systems Russia delivered in July will be
    deployed", "the jets they bought"): a pronoun, or a name right after a noun (no
    determiner, number or preposition) in the same phrase."""
    if k < 1:
        return False
    prev = tokens[k - 1].group()
    if prev.lower() in _SUBJECT_PRONOUNS:
        return True
    if k < 2 or not prev[0].isupper():
        return False
    noun = tokens[k - 2]
    return (noun.group().islower() and noun.group() not in _BEFORE_A_NOUN
            and not window[noun.end():tokens[k - 1].start()].strip())


_PLACE_WORDS = en_grammar.CONTEXT_PLACE_WORDS


_CLAUSE_WORDS = en_grammar.CONTEXT_CLAUSE_WORDS


# A phrase between a far tense marker and the date that looks back from it.
_LOOKS_BACK = re.compile(r"\b(?:" + "|".join(en.LOOKS_BACK_WORDS) + r")\b",
                         re.IGNORECASE)


# An infinitive in the date's clause: "agreed to deliver the first batch … in January".
_INFINITIVE_BEFORE = re.compile(
    r"\b(?:agreed|agrees|agree|promised|promises|pledged|pledges|vowed|vows|decided|decides|"
    r"plans|planned|ready|expected|expects|set|due|intends|intended|aims|aimed|undertook|"
    r"committed|offered|offers)\s+to\s+[a-z]{3,}\b(?:(?!\b(?:which|that|who|whom|when|after|"
    r"since)\b)[^.;:!?]){0,90}$")


def infinitive_before(text: str, start: int) -> bool:
    """An infinitive of a promise or a plan governs the clause that ends at ``start``
    ("agreed to deliver the jets to Iran in …"): the act it tells may lie ahead of the verb
    before it; not "failed to deliver … in January", nor a clause of its own after it
    ("…, which Tehran ordered in January")."""
    return _INFINITIVE_BEFORE.search(text, max(0, start - 110), start) is not None


def _whole_words(text: str, cut: int, step: int) -> int:
    """``cut`` moved forward (``step`` 1) or back (-1) out of a word it splits: a window
    must not read "heduled" (of "scheduled") as a past verb."""
    while 0 < cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum():
        cut += step
    return cut


_NOT_PARTICIPLE = frozenset(w.lower() for w in en.FUNCTION_WORDS) | frozenset(en.NUMBERS) | {
    "to", "no", "more", "enough"}


def _participle(words: list[str]) -> bool:
    """A past participle after a modal's "have" ("may have been", "might have come"); not "may
    have to wait", "should have the systems", "must have no doubt" (a word of a noun phrase)."""
    return bool(words) and words[0].isalpha() and words[0] not in _NOT_PARTICIPLE


def _markers(window: str) -> list[str]:
    """Tense markers in ``window``, in order; a future phrase hides the past words inside it."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(window)]
    words = [t.lower() for _, t in tokens]
    covered: set[int] = set()
    found: list[tuple[int, int, str]] = []  # (offset, word index, tense)
    for i, w in enumerate(words):
        if i in covered or (w not in _FUTURE_STARTS and not w.endswith(("'ll", "’ll"))):
            continue  # no future marker starts here: skip the checks
        n = _future_in_past_length(words, i)
        kind = _UNTOLD
        if not n and w in _PERFECT_MODALS and words[i + 1 : i + 2] == ["have"] \
                and _participle(words[i + 2 : i + 3]):
            n, kind = 2, PAST  # "may have been responsible": the past, seen as possible
        if not n:
            n, kind = _future_length(tokens, words, i), FUTURE
        if n:
            found.append((tokens[i][0], i, kind))
            covered.update(range(i, i + n))
    passive: set[int] = set()
    for i, w in enumerate(words):
        if i in covered or w in _NOT_PAST or "'" in w or "’" in w:
            continue
        if w in _PAST_WORDS or (len(w) >= 5 and w.endswith("ed")):
            if i and (words[i - 1] in _PASSIVE_BE or (
                    words[i - 1] in _PARTICIPLE_LINKS and i - 2 in passive)):
                passive.add(i)
                continue  # passive: "will be held", "is expected", "to be finalized and signed"
            if w not in _PAST_WORDS and i and words[i - 1] in _ADJECTIVE_CUES:
                continue  # an adjective: "a still unspecified date", "its planned merger"
            found.append((tokens[i][0], i, PAST))
    found.sort()
    return _infinitives_follow(words, found)


def _infinitives_follow(words: list[str], found: list[tuple[int, int, str]]) -> list[str]:
    """An infinitive ("to meet") takes the tense of the past verb it depends on ("made it
    hard to meet demand into the summer"), unless that verb sends it ahead ("asked Iran to
    sign") or a present verb comes between ("said Iran is ready to sign")."""
    kinds = [kind for _, _, kind in found]
    for k in range(1, len(found)):
        i = found[k][1]
        j = found[k - 1][1]
        if (words[i] == "to" and kinds[k] == FUTURE and kinds[k - 1] == PAST
                and words[j] not in _DIRECTIVE
                and not _PRESENT_AUX.intersection(words[j + 1 : i])):
            kinds[k] = PAST
    return kinds


# Every word a future marker of ``_future_length`` may start with (besides "…'ll").
_FUTURE_STARTS = (_FUTURE_WORDS | _BE | _PLAN_TO | _SET_FOR | _COMMITMENT_NOUNS | _EVENT_VERBS
                  | _SCHEDULED | _PLAN_WORDS | words("may next going to by takes take kicks "
                                                   "kick comes come goes is are had"))


def _future_in_past_length(words: list[str], i: int) -> int:
    """How many words a future seen from the past spans at word ``i`` (0: none): "was due",
    "were expected to close", "was to be held"; ahead of the telling, not of the reference
    date."""
    # the pluperfect too: "had been due to expire Friday" (told on Monday: last Friday)
    # ("had been scheduled for Thursday", postponed since, may still lie ahead: not this)
    had = int(words[i] == "had" and i + 3 < len(words) and words[i + 1] == "been"
              and words[i + 2] in _BE_TO and words[i + 3] == "to")
    if words[i] == "had" and i + 2 < len(words) and words[i + 1] in _PLAN_TO \
            and words[i + 2] == "to":
        # a plan told in the pluperfect: "had planned to leave on Monday (but stayed)"
        return min(4, len(words) - i)
    if not had and (words[i] not in ("was", "were") or i + 1 >= len(words)):
        return 0
    n = 1 if words[i + 1 + had] == "to" else 2 if words[i + 1 + had] in _BE_TO else 0
    n += had
    if n and i + n < len(words) and words[i + n] == "to":
        n += 1
    if n and words[i + n - 1] == "to":
        n += 1  # and its verb: "was to be held", "were expected to close"
    return min(n, len(words) - i)


def _noun_after_modifier(words: list[str], i: int) -> bool:
    """"the state visit", "his official visit": a base form after a determiner and one word
    that is no plural subject is a noun ("the leaders meet Monday" stays a schedule)."""
    return i >= 2 and not words[i].endswith("s") and not words[i - 1].endswith("s") and \
        (words[i - 2] in _DETERMINERS or words[i - 2].endswith(("'s", "’s")))


_OBJECT_WORDS = 4  # words of an object between a verb of wanting and its "to"


def _object_then_infinitive(tokens, words: list[str], i: int) -> int:
    """How many words "expects the ship to dock", "wants the company to reopen" span from
    the verb at ``i`` (0: none): an object of a few words, then "to" and a bare verb (not
    "to Paris", "to the port"; not across a clause: "wants talks that lead to …")."""
    for j in range(i + 2, min(len(words) - 1, i + 2 + _OBJECT_WORDS)):
        if words[j] in _CLAUSE_WORDS:
            return 0
        if words[j] == "to":
            verb = tokens[j + 1][1]
            return j + 2 - i if verb.isalpha() and verb.islower() and \
                verb not in _NOT_PARTICIPLE else 0
    return 0


def _future_length(tokens, words: list[str], i: int) -> int:
    """How many words a future marker starting at word ``i`` spans (0: none)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    nxt2 = words[i + 2] if i + 2 < len(words) else ""
    prev = words[i - 1] if i else ""
    if w in _FUTURE_WORDS or w.endswith(("'ll", "’ll")) or tokens[i][1] == "may":
        return 1
    if (w == "next" and nxt != "to") or (tokens[i][1] == "May" and nxt in _MAY_VERBS):
        return 1
    if w == "going" and nxt == "to":
        return 2
    if w in _BE and nxt in _BE_TO and nxt2 == "to":
        return 3
    if (w in _PLAN_TO and nxt == "to") or (w in _SET_FOR and nxt == "for"):
        return 2
    if w in ("is", "are") and nxt.endswith("ing") and len(nxt) > 4 and nxt not in _NOT_ING:
        return 2  # "are meeting on Friday"
    if w == "to" and (nxt in _TO_VERB):
        return 2
    if w == "by" and nxt == "the" and nxt2 == "end":
        return 3
    if w in _COMMITMENT_NOUNS and nxt == "to" and prev in _DETERMINERS:
        return 2  # "an agreement to acquire the bank in January": an act ahead
    if prev in _DETERMINERS or prev.endswith(("'s", "’s")):
        return 0  # "the visit", "Kim's visit": a noun, not a verb of the present
    if w in _PLAN_TO and (n := _object_then_infinitive(tokens, words, i)):
        return n  # "expects the ship to dock on Saturday": the act waited for lies ahead
    if w in ("takes", "take") and nxt in ("effect", "place"):
        return 2
    if w in _EVENT_VERBS or (w in ("kicks", "kick") and nxt == "off"):
        return 1
    if w in _SCHEDULED and prev not in _NOT_SCHEDULED_BEFORE and prev not in _BE \
            and not _noun_after_modifier(words, i):
        return 1  # "Netanyahu and Arafat meet Monday": a schedule
    if w in _PLAN_WORDS and prev not in _BE and prev != "had":
        return 1  # "planned a rally on Saturday": the plan lies ahead
    if w in ("comes", "come", "goes") and nxt == "into" and nxt2 in ("force", "effect"):
        return 3
    return 0
