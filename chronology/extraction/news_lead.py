"""Whether a story's lead tells the day's news: a thing done ("has received", "delivered"), not
a plan, a state or a habit over a span of time, nor a history the story opens with; and the
wire convention that dates such a lead, with no date of its own, from its dateline."""

from __future__ import annotations

import re

from chronology.dates.model import Mention, ReferenceDate
from chronology.extraction.dating import SPEECH_VERBS, Dating
from chronology.extraction.model import Candidate
from chronology.extraction.verbs import is_auxiliary, is_past
from chronology.languages import en, en_grammar

# "The submarine programme dates back to 2017, when …": a story's history, told first.
_GOES_BACK = re.compile(r"\b(?:" + "|".join(en.GOES_BACK_VERBS) + r")\s+back\s+to\b")


def tells_news_act(paragraph: str) -> bool:
    """The paragraph after a history opening tells the news ("Officials have held talks"),
    not background: a state or a habit over a span of time in its main clause ("have
    cooperated closely for decades", "has long relied on") is no act of the day."""
    text = paragraph.strip()
    opening = _LEAD_IN.match(text)  # "However, …", "In a statement, …", "Since then, …"
    head = opening.group(1) if opening else ""
    main = re.split(r"[,;]|\.(?:\s|$)", text[opening.end():] if opening else text,
                    maxsplit=1)[0]
    if _over_span(main):
        return False
    # "Since then, they have cooperated closely": the span opens the sentence; a single act
    # ("Since the deal, they have signed a new agreement") is still the day's news
    return not (_over_span(head) and not _ONE_ACT.search(main))


# A short phrase before the main clause: "However,", "In a statement,", "Since then,".
_LEAD_IN = re.compile(r"((?:[^\s,;.]+\s+){0,4}[^\s,;.]+),\s+")
# One thing done, told by its object: "signed a new agreement", "delivered the first battery".
_ONE_ACT = re.compile(en_grammar.NEWS_LEAD_ONE_ACT, re.IGNORECASE)


def _over_span(clause: str) -> bool:
    """A state or habit over a span of time ("for decades", "has long", "since 2001"); "the
    first … since 2019" tells an act, the first of its kind in that span."""
    return any(m.group().lower() != "since" or not re.search(r"\bfirst\b", clause[:m.start()],
                                                            re.IGNORECASE)
               for m in _STATE_SPAN.finditer(clause))


def history_only(candidates: list[Candidate], block, text: str,
                  reference: ReferenceDate) -> bool:
    """The story opens with a paragraph that traces its history back ("The submarine programme
    dates back to 2017, when …"): every event it gave is of a year before the article's; the
    news lead, with no date of its own, is the next paragraph."""
    told = [c for c in candidates if block.start <= c.sentence.start < block.end]
    return bool(told) and reference.date is not None and \
        _GOES_BACK.search(text, block.start, block.end) is not None and all(
            c.dating.mention.rule != "dateline-lead" and c.event.date[:4] < reference.iso[:4]
            for c in told)


# A lead that announces what is still to come is not dated by its dateline.
_PLANNED = re.compile(r"\b(?:" + "|".join(en.PLANNED_WORDS) + r")\b", re.IGNORECASE)
# "Ukrainians will have the best chance …, the Defence Secretary has said.": the lead tells
# what someone has just said (a plan inside it is what was said, not the news's verb)
_TOLD_TODAY = re.compile(en_grammar.NEWS_LEAD_TOLD_TODAY)
# "Turkey will sell 48 jets to Indonesia, according to President Erdogan, as …": the same.
_ACCORDING = re.compile(en_grammar.NEWS_LEAD_ACCORDING)
# The announced act: "will sell", "is to deliver" (not "could", "may", "is the largest").
_WILL_ACT = re.compile(r"\b(?:" + "|".join(en.WILL_ACT_LEADS) + r")\s+(?:\w+ly\s+)?"
                       r"(?!" + "|".join(w + r"\b" for w in en.WILL_ACT_NOT) + r")[a-z]+\b")
# A state over a span of time, not an act of the day (review F): "has relied on Russian arms
# for decades", "has been in talks for years", "has used Iranian drones since 2022".
_STATE_SPAN = re.compile(en_grammar.NEWS_LEAD_STATE_SPAN, re.IGNORECASE)
# A participle clause after the main one, which a plan of the lead is told in: ", confirming
# plans to buy …", ", paving the way for talks that will …".
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b[^,;]*$")
# A lead that says news of something has come out, not when it happened.
_NEWS_EMERGED = re.compile(en_grammar.NEWS_LEAD_NEWS_EMERGED, re.IGNORECASE)


def reports_an_action(sentence: str) -> bool:
    """A lead that tells something done ("has received", "delivered"), not a plan ("will
    hold") or a view ("is very important")."""
    dateline = _DATELINE_PREFIX.match(sentence)
    lead = sentence[dateline.end():] if dateline else sentence
    if _NEWS_EMERGED.match(lead):
        return False  # "News has emerged of a deal": the report is the page itself, the deal undated
    if _TOLD_TODAY.search(" ".join(sentence.split())):  # one space: no backtracking on runs
        return True  # "…, the Defence Secretary has said": a statement, the day's news
    according = _ACCORDING.search(sentence)
    if according and _WILL_ACT.search(sentence[:according.start()]):
        return True  # "Turkey will sell 48 jets to Indonesia, according to President Erdogan"
    planned = _PLANNED.search(sentence)
    if planned and _plan_done(sentence, planned):
        return True  # "has endorsed an air force plan to purchase …": the endorsement, done
    if planned:  # "Poland has signed an agreement under which it will receive …": done first
        before = sentence[:planned.start()]
        participle = _PARTICIPLE_CLAUSE.search(before)
        if participle:  # "Norway has chosen the UK as its partner, confirming plans to buy …"
            main = before[:participle.start()]  # (not "has relied on Russian arms for
            return bool(tells_done(main)) and not _STATE_SPAN.search(main)  # decades")
        return re.search(r"\b(?:which|whereby)\s+$|\b(?:under|by) which\b[^,;]*$",
                         before) is not None and bool(tells_done(before))
    opening = _SUBORDINATE_OPENING.match(lead)
    if opening:  # "On a day when X is in Delhi, India and Israel have taken …": the main clause
        lead = _RELATIVE_CLAUSE.sub("", lead)
        comma = lead.find(",", opening.end())
        return comma > 0 and bool(tells_done(lead[comma + 1:]))
    return bool(tells_done(sentence))


# A plan named as a thing, after a determiner ("endorsed an air force plan", "the plan"):
# the object of the verb before it, not a verb of planning ("plans to buy").
_PLAN_NAMED = re.compile(r"\b(?:" + "|".join(sorted(en_grammar.DATING_DETERMINERS)) +
                         r")\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _plan_done(sentence: str, planned: re.Match) -> bool:
    """The lead's plan word is a noun, the object of a verb that tells something done before
    it ("The cabinet has endorsed an air force plan to purchase 18 interceptors"): the
    endorsement is the day's act; the plan lies ahead, and is not the lead's verb.  A
    relative clause before it is not the main clause ("The deal, which was signed in May, is
    part of a plan …")."""
    if planned.group(0).lower() not in en.PLAN_NOUNS:
        return False
    before = sentence[:planned.start()]
    return _PLAN_NAMED.search(before) is not None and \
        bool(tells_done(_RELATIVE_CLAUSE.sub("", before)))


# "MOSCOW, March 8 (Reuters) - ": a dateline still before the lead's words.
_DATELINE_PREFIX = re.compile(r"[A-Z][A-Z .'’-]{2,40}\b[^–—]{0,60}?\s[-–—]{1,2}\s+")
# ", which signed a pact earlier,": a relative clause, not the main clause's verb.
_RELATIVE_CLAUSE = re.compile(en_grammar.NEWS_LEAD_RELATIVE_CLAUSE)
# A sentence that opens with a subordinate clause: its first verb is not the main one.
_SUBORDINATE_OPENING = re.compile(en_grammar.NEWS_LEAD_SUBORDINATE_OPENING)
# Words before a present form that make it a noun or no act of its own ("the start", "to sign").
_NOT_A_PRESENT_ACT = frozenset((*en.ADJECTIVE_CUES, *en.NOT_SCHEDULED_BEFORE))
# Progressive verbs that tell an intention or a state, not an act going on: "is seeking".
_GOING_ON = re.compile(r"\s+(?:(?:currently|now|already|still)\s+)?(?:" +
                       "|".join(map(re.escape, en.GOING_ON)) + r")\b", re.IGNORECASE)
_OCCASION = re.compile(r"\b(?:" + "|".join(map(re.escape, en.GOING_ON_SUBJECTS)) + r")\b",
                      re.IGNORECASE)
_PROCESS = re.compile(en_grammar.NEWS_LEAD_PROCESS, re.IGNORECASE)
_NOT_DOING = en_grammar.CANDIDATES_NOT_DOING
# A habit: "every summer", "each year", "annually" (not the day's act).
_HABIT = re.compile(r"\b(?:(?:" + "|".join(en.SET_WORDS) + r")\s+(?:" +
                    "|".join((*en.UNITS, *en.SEASONS)) + ")|" + "|".join(en.HABIT_WORDS) + r")\b",
                    re.IGNORECASE)
# Where a clause ends: a habit after it ("…, which they hold every year") is another's.
_CLAUSE = re.compile(r"[,;:(—–]")


def _present_act(words: list[str], i: int, rest: str) -> bool:
    """The simple present ``words[i]`` is the clause's main verb telling the day's act: not a
    noun before a preposition ("drone launches against"), not a standing state with a share
    or a span for object ("receives most of", "complete a decade of"), not a habit told in
    the ``rest`` of its clause ("hold drills every summer")."""
    lower = words[i].lower()
    after = [w.lower() for w in words[i + 1:i + 5]]
    if after and after[0] in en.PREPOSITIONS and lower not in en.PRESENT_ACTS_WITHOUT_OBJECT:
        return False
    thing = [w for w in after if w not in ("a", "an", "the")]
    if len(thing) >= 2 and thing[0] in en.STATE_OBJECTS and thing[1] == "of":
        return False
    return _HABIT.search(rest) is None


def tells_done(sentence: str) -> bool | None:
    """The first verb of ``sentence`` tells something done (True), or is an auxiliary of
    something else (False); None when no verb decides."""
    found = list(re.finditer(r"[\w'’]+(?:-[\w'’]+)*", sentence))  # "Iranian-made" is no verb
    words = [m.group() for m in found]
    for i, word in enumerate(words):
        lower = word.lower()
        after = [w.lower() for w in words[i + 1:i + 5] if not w.lower().endswith("ly")
                 and w.lower() not in en.REPEAT_ADVERBS and w.lower() not in en.DONE_ADVERBS]
        nxt = after[0] if after else ""  # "have officially approved", "has once again deployed"
        if lower in ("has", "have", "had", "was", "were") and (is_past(nxt) or nxt == "been"):
            return True  # "has received", "was completed"
        if lower in ("is", "are") and nxt.endswith("ing") and len(nxt) > 5 and \
                nxt not in _NOT_DOING:
            return True  # "The two navies are holding drills": going on, the day's news
        if lower in ("is", "are") and _GOING_ON.match(sentence, found[i].end()) and \
                _OCCASION.search(sentence[:found[i].start()]) and \
                not _PROCESS.search(sentence[:found[i].start()]):
            return True  # "The exercise is currently in progress": going on, the day's news
        if word.islower() and is_past(word) and nxt != "by" and lower not in SPEECH_VERBS:
            return True
        if word.islower() and lower in en.PRESENT_ACTS and i and words[i - 1].lower() not in (
                _NOT_A_PRESENT_ACT) and _present_act(words, i, _CLAUSE.split(sentence[found[i].end():])[0]):
            return True  # "Belarus and Russia start joint exercises": the day's news
        if is_auxiliary(word, i == 0, (words[i + 1:i + 2] + [""])[0]):
            return False
    return None


def dateline_lead(text: str, start: int, end: int, dateline: list[Mention],
                  reference: ReferenceDate) -> Dating | None:
    """The wire convention: a lead sentence with no date of its own, right after a dateline
    ("MOSCOW, September 3. /TASS/. Iran has received ...") or opening the story, reports an
    event of the dateline's (or the article's) day or shortly before it: dated by it,
    approximately."""
    day = next((m for m in dateline if m.precision == "day" and m.is_calendar), None)
    if day is not None:
        value, words = day.value, day.text
    elif reference.date is not None:
        value, words = reference.iso, ""
    else:
        return None
    where = " ".join(text[start:end].split()).rstrip(" -–—.")
    if where:
        reason = (f"lead sentence after the dateline '{where}': an event of {value} or "
                  "shortly before it (wire convention)")
        how = "no date of its own, right after a dateline"
    else:
        reason = (f"the article's first sentence, with no date of its own: the news of its "
                  f"day, {value}, or shortly before (lead convention)")
        how = "no date of its own, the article's lead"
    mention = Mention(day.start if day else start, day.end if day else start, words, value,
                      "day", "dateline-lead", reason, anchor=reference.iso, approximate=True)
    return Dating(mention, False, how)
