"""Cutting a headline to at most MAX_WORDS words: at a subordinate clause, else at a word,
then repairing the cut (no half aside, list, clause or quotation left at the end)."""

from __future__ import annotations

import re

from chronology.extraction.clauses import LOWER_ROLE
from chronology.extraction.headline_tense import (
    VERB,
    clause_join,
)
from chronology.extraction.title_fit import MAX_WORDS as HARD_MAX_WORDS
from chronology.extraction.title_fit import PHRASE_START, dangles, fit, problems
from chronology.extraction.verbs import (
    AUXILIARIES,
    base_form,
    is_past,
    is_verb_form,
)
from chronology.languages import en, en_grammar

MAX_WORDS = 12
FUNCTION_END = en_grammar.TITLE_CUT_FUNCTION_END
ARTICLE_WORDS = en_grammar.TITLE_CUT_ARTICLE_WORDS
MODIFIER = en_grammar.TITLE_CUT_MODIFIER


def inner_subject_trimmed(told: str) -> str:
    """"Office hints that talks with Saudi Arabia regarding the potential sale of systems
    have entered final stage" -> "Office hints that talks have entered final stage": too long,
    the subject of a 'that' clause or of what is said loses its modifiers, never its verb."""
    words = told.split()
    if len(words) <= MAX_WORDS:
        return told
    lowered = [w.lower() for w in words]
    start = next((i + 1 for i, w in enumerate(lowered) if i and w in ("that", "says", "say")),
                 None)
    if start is None or start + 2 >= len(words):
        return told
    for j in range(start + 1, min(len(words), start + 20)):
        if lowered[j - 1] == "to" or lowered[j - 1] == "be" and lowered[j - 2] == "to":
            continue  # "warplanes to be procured … will be increased": an infinitive, no verb
        if lowered[j] in AUXILIARIES or is_past(lowered[j]) and lowered[j - 1] not in ARTICLE_WORDS:
            cut = next((k for k in range(start + 1, j) if lowered[k] in MODIFIER), None)
            return " ".join(words[:cut] + words[j:]) if cut else told
        if words[j].endswith((",", ";")) or "“" in words[j]:
            return told
    return told


SUBORDINATE = en_grammar.TITLE_CUT_SUBORDINATE


def _as_complement(words: list[str], i: int, verb: int | None) -> bool:
    """"describes Morocco as major force": an "as" that takes a noun phrase after the verb's
    object, no clause ("… talks | as parliament debates the bill" is one); "weeks after …"."""
    if words[i].lower() in en.TIME_DISTANCE_LINKS and \
            words[i - 1].lower().rstrip("s") in en.SPAN_UNITS:
        return True  # "comes just weeks | after the drills": a span and what it is counted
        # from are one phrase, the verb's complement
    said = words[verb].lower() if verb is not None and i - 4 <= verb < i - 1 else ""
    if words[i - 1].islower() and is_past(words[i - 1]) and base_form(words[i - 1]) in en.AS_VERBS:
        said = words[i - 1]  # "is likely to be seen | as a gesture of trust": the participle's "as"
    if words[i].lower() != "as" or words[i - 1].endswith(",") or \
            base_form(said[:-1] if said.endswith("s") else said) not in en.AS_VERBS:
        return False
    after = [w.strip(",") for w in words[i + 1:i + 4]]
    return bool(after) and after[0].lower() not in ("well", "soon", "long", "far", "much") and \
        not any(w.islower() and (w in AUXILIARIES or is_past(w) or
                                 w.endswith("s") and is_verb_form(w, only=True)) for w in after)


def cap(text: str) -> str:
    """At most ``MAX_WORDS`` words: cut at a subordinate clause, else at a word."""
    words = text.split()
    verb = next((i for i, w in enumerate(words) if w.startswith(VERB)), None)
    words = [w.replace(VERB, "") for w in words]
    if verb is not None:
        words, verb = _second_clause(words, verb)
    if verb and words[verb - 1].endswith(",") and \
            sum(w.endswith(",") for w in words[:verb]) == 1:
        words[verb - 1] = words[verb - 1][:-1]  # "India, delivers": a lone comma before the verb
    if len(words) > MAX_WORDS:
        cut = next((i for i, w in enumerate(words) if i >= 3 and w.lower() in SUBORDINATE
                    and not _as_complement(words, i, verb)), None)
        if verb is not None and verb + 2 > MAX_WORDS:  # "X in a meeting with … reaffirms …"
            start = next((i for i in range(1, verb) if words[i].lower() in (
                "in", "at", "during", "on", "with", "between", "from", "under", "involving",
                "including", "comprising", "featuring")), None)
            if start and words[start - 1].lower() in ("along", "together"):
                start -= 1  # "along with the missiles" goes whole
            elif start and start > 2 and words[start - 1].islower() and is_past(words[start - 1]) \
                    and not is_past(words[start - 2]) and words[start - 2].lower() not in \
                    ARTICLE_WORDS | AUXILIARIES | {"to", "being"}:
                start -= 1  # "systems ordered | from Moscow …": the participle goes with its phrase
            elif start and start > 2 and words[start - 1].islower() and \
                    words[start - 1].endswith("ing") and len(words[start - 1]) > 5 and \
                    words[start - 2].lower() not in ARTICLE_WORDS | AUXILIARIES | {"to", "of"}:
                start -= 1  # "formation participating | in the drills sets sail": likewise
            if not start:  # "The contract for the supply of 36 jets of … was signed": the
                # latest phrase start (a participle, "for", "of") that lets the verb in
                starts = [i for i in range(2, verb) if i + 2 <= MAX_WORDS and (
                    words[i].lower() in ("for", "of", "by", "to") and not (
                        words[i - 1][:1].isupper() and words[i + 1][:1].isupper()) or
                    words[i].islower() and is_past(words[i]) and not is_past(words[i - 1]))]
                # ("Republic | of Azerbaijan": a name's "of" starts no phrase to cut at)
                start = starts[-1] if starts else None
                if start and start > 2 and words[start].lower() == "by" and \
                        words[start - 1].islower() and is_past(words[start - 1]) and \
                        words[start - 1] not in AUXILIARIES:
                    start -= 1  # "Navy led | by Rear Admiral …": the agent's "by" goes with its
                    # participle, never leaving "Navy led hold"
                if start and any(q in w for w in words[start:verb] for q in "“”\""):
                    start = None  # a quotation before the verb may hold the real verb
            if start and start > 1 and words[start - 1].lower() in ("and", "or"):
                start -= 1  # "headed by Fomin | and including …": the phrase goes with its "and"
            if start:
                words, verb = words[:start] + words[verb:], start
                words[start - 1] = words[start - 1].rstrip(",")  # "exercise, with …, kicks"
                # the subordinate word is found again in what is left: "Personnel from …,
                # as well as those from …, departed": the "as" went with the subject's phrase
                cut = next((i for i, w in enumerate(words) if i >= 3 and w.lower() in SUBORDINATE),
                           None) if len(words) > MAX_WORDS else None
        limit = MAX_WORDS if verb is None or verb + 2 <= MAX_WORDS else HARD_MAX_WORDS
        keep = verb + 2 if verb is not None and verb + 2 <= limit else 3
        floor = verb + 1 if verb is not None else keep  # "leaders speak | as parliament …"
        whole = words
        words = words[:cut] if cut and min(keep, floor) <= cut <= limit else \
            fit(" ".join(words), limit, keep, slack=HARD_MAX_WORDS - limit).split()
        if verb is not None and verb < len(words) < verb + 3 and (not cut or cut > verb + 2):
            words = _longer(words, whole, verb, keep)
        if verb is not None and len(words) <= verb and \
                any(w.lower() in ("says", "say", "that") for w in words[1:verb]):
            words = _reported_verb_kept(words, whole)
        words = _unfinished_list_dropped(words, whole, verb)
        words = _cut_clause_subject_dropped(words, whole, verb)
        words = _cut_inclusion_dropped(words, whole, verb)
        words = _cut_aside_dropped(words, whole, verb)
        words = _cut_count_aside_dropped(words, whole, verb)
        words = _cut_participle_dropped(words, whole, verb)
        if verb is not None and verb + 4 < len(words) < len(whole) and \
                words[-2].lower() in _RELATIVE_WORDS and words[-1].islower():
            words = words[:-2]  # "… as major force that continues | to maintain …": a relative
            # clause the cut left with its verb alone goes
        relative = next((i for i in range(len(words) - 2, verb + 2, -1)
                         if words[i].lower() in _RELATIVE_WORDS and
                         words[i + 1].lower() in AUXILIARIES), None) \
            if verb is not None and len(words) < len(whole) else None
        if relative is not None:
            words = words[:relative]  # "… sign defense pact that will allow two countries |
            # to deploy …": a relative clause the cut left unfinished goes whole
        while words and words[-1].lower().strip(",") in FUNCTION_END and dangles(words):
            words.pop()
    while len(words) > 3 and dangles(words):
        words.pop()  # "… starts last", "… of several powerful": what a cut left of a phrase
    words = _unfinished_clause_dropped(words, verb)
    if verb is not None and verb + 4 < len(words) < len(text.split()) and \
            words[-2].lower() in ("and", "but") and words[-1].islower() and is_past(words[-1]):
        words = [*words[:-3], words[-3].rstrip(",")]  # "… frigate, and based | on …": a second
        # predicate cut to its participle goes
    words = _ROLE_THEN_NAME.sub(r"\1", " ".join(words)).split()
    while len(words) > 4 and words[-2].endswith(",") and re.fullmatch(r"[\w'’-]+", words[-1]) \
            and not any(c.isdigit() for c in words[-1]):
        words = words[:-1]  # "… to Vietnam, day", "… is unclear, Demirok": a cut clause's word
    title = balance_quotes(" ".join(words).strip(" ,;:"))
    return title[:1].upper() + title[1:]


def _cut_aside_dropped(words: list[str], whole: list[str], verb: int | None) -> list[str]:
    """"… form new military task force, to be led | by a general or admiral, aimed at …": an
    aside set off by a comma after the object, cut inside itself, tells only its first words
    ("to be led"); it goes whole, from its comma.  A list of names is told by
    ``_unfinished_list_dropped``; an aside the cut left whole ends at its own comma."""
    n = len(words)
    if verb is None or not words or n >= len(whole) or words[-1].endswith(","):
        return words
    comma = next((k for k in range(n - 2, verb, -1) if words[k].endswith(",")), None)
    if comma is None or comma < verb + 1 or n - comma - 1 > 4:
        return words
    aside, last = words[comma + 1:], words[-1]
    # an aside of a verb ("to be led", "aimed", "being built"), cut right after its verb
    opens = aside[0] in ("to", "being") or aside[0].islower() and is_past(aside[0]) and \
        aside[0] not in AUXILIARIES
    if not opens or not last.islower() or not (is_past(last) or words[-2] in ("to", "be")):
        return words
    return [*words[:comma], words[comma].rstrip(",")]


def _cut_count_aside_dropped(words: list[str], whole: list[str], verb: int | None) -> list[str]:
    """"… two corvettes to Peru, one to Callao and one | to Paita": a cut that leaves a count
    without what it counts ends mid-phrase; the aside it stands in goes whole, from its comma."""
    n = len(words)
    if verb is None or not words or n >= len(whole) or \
            words[-1].lower().strip(",") not in _COUNT_ENDS | _DISTRIBUTIVE_ENDS:
        return words  # ("…, one on drones and (the) other | on radars": a member cut off too)
    comma = next((k for k in range(n - 2, verb, -1) if words[k].endswith(",")), None)
    if comma is None:
        return words
    return [*words[:comma], words[comma].rstrip(",")]


def _cut_participle_dropped(words: list[str], whole: list[str], verb: int | None) -> list[str]:
    """"… engage in variety of missions ranging | from joint planning to …": a participle the
    cut left without the phrase it opens tells nothing; it goes ("… in variety of missions")."""
    n = len(words)
    if verb is None or n >= len(whole) or n <= verb + 3:
        return words
    last, noun = words[-1], words[-2]
    # after a plural noun ("missions ranging"): a reduced relative, not a gerund ("defense
    # spending", "program trading", "continue working")
    plural = noun.islower() and noun.isalpha() and noun.endswith("s") and \
        not noun.endswith(("ss", "us", "is")) and not is_verb_form(noun, only=True)
    if not plural or not (last.islower() and last.isalpha() and last.endswith("ing")) or \
            whole[n].lower() not in PHRASE_START - {"and", "or", "but", "as"}:
        return words
    return words[:-1]


_INCLUSION = en_grammar.TITLE_CUT_INCLUSION


def _cut_inclusion_dropped(words: list[str], whole: list[str], verb: int | None) -> list[str]:
    """"… four corvettes for Pakistan Navy including two | in Pakistan and two in Turkiye": a
    cut that leaves an inclusion one or two words long tells nothing of it; it goes whole."""
    n = len(words)
    if verb is None or not words or n >= len(whole):
        return words  # (a cut that left nothing: for the caller's fallback)
    at = next((k for k in range(n - 1, max(verb + 1, n - 3), -1)
               if words[k].lower().strip(",") in _INCLUSION), None)
    last = words[-1].lower().strip(",")
    if at is None or not (last in _COUNT_ENDS or last.isdigit() or dangles(words)):
        return words  # "… hardware including aircraft": a whole phrase stays
    return [*words[:at - 1], words[at - 1].rstrip(",")]


_COUNT_ENDS = en_grammar.TITLE_CUT_COUNT_ENDS
_DISTRIBUTIVE_ENDS = {second.split()[-1] for second in en.DISTRIBUTIVE_SECOND}


def _cut_clause_subject_dropped(words: list[str], whole: list[str], verb: int | None) -> list[str]:
    """"Navy receives two frigates in May, and army | took delivery …": a cut right before a
    second clause's verb leaves its subject alone; it goes with its "and"."""
    n = len(words)
    if verb is None or n >= len(whole) or not whole[n].islower() or not (
            is_past(whole[n]) or whole[n] in AUXILIARIES):
        return words
    join = next((j for j in range(n - 1, max(verb + 1, n - 4), -1) if words[j - 1].endswith(",")
                 and words[j].lower() in ("and", "but")), None)
    if join is None:
        return words
    return [*words[:join - 1], words[join - 1].rstrip(",")]


def _second_clause(words: list[str], verb: int) -> tuple[list[str], int]:
    """"Indonesia uses funds from lenders …, and the Ministry of Finance gave approval …": the
    headline's verb is the second clause's, so the headline is that clause, from its subject
    (a cut joining the first clause's subject to it would tell "Indonesia uses funds give")."""
    join = clause_join(words, verb)
    return (words, verb) if join is None else (words[join + 1:], verb - join - 1)


_LIST_LEADS = en_grammar.TITLE_CUT_LIST_LEADS


def _unfinished_list_dropped(words: list[str], whole: list[str], verb: int | None) -> list[str]:
    """"… consultations with governments of Syria, Jordan, | Egypt and other countries": a cut
    inside a list of names would tell only its first items; the phrase that holds the list
    goes, when the verb keeps a word after it ("Sytenko leaves for consultations")."""
    n = len(words)
    if verb is None or n < 3 or n >= len(whole) or not words[-1][:1].isupper() or \
            not whole[n - 2].endswith(",") or not whole[n - 2][:1].isupper() or not (
                whole[n - 1].endswith(",") and whole[n][:1].isupper() and
                any(w.lower() in ("and", "or") for w in whole[n:n + 5])
                or whole[n].lower() in ("and", "or")):
        return words  # the list goes on right after the cut: "Syria, Jordan, | Egypt and …"
    k = n - 1
    while k > verb and (words[k - 1][:1].isupper() or words[k - 1].endswith(",")):
        k -= 1  # back to the list's first item
    if not words[k].endswith(","):
        return words  # "Systems Inc., Orange, Calif.": a name and its place, no list of names
    lead = next((j for j in range(k - 1, verb, -1) if words[j].lower() in _LIST_LEADS and not (
        words[j - 1][:1].isupper() and words[j + 1][:1].isupper())), None)  # "Sea of Azov"
    if lead is not None and lead - 2 >= verb + 2 and words[lead - 2].lower() in _LIST_LEADS:
        lead -= 2  # "with governments | of Syria, …": the phrase that holds the list goes whole
    return words[:lead] if lead is not None and lead >= verb + 2 else words


_CLAUSE_WORDS = en_grammar.TITLE_CUT_CLAUSE_WORDS
_RELATIVE_WORDS = en_grammar.TITLE_CUT_RELATIVE_WORDS


def _unfinished_clause_dropped(words: list[str], verb: int | None) -> list[str]:
    """"Two vessels arrive in Doha, on the same day that Qatar", "73 soldiers killed when two
    helicopters": a clause the cut left without its verb goes, with its word; "reports that
    order" (after a verb, "that" may be a determiner) stays."""
    first = (verb + 2) if verb is not None else 3
    for k in range(len(words) - 1, max(first, 3) - 1, -1):
        word = words[k].lower()
        before = words[k - 1].strip(",")
        # "line of credit that India": after a preposition or an article the word is a noun
        noun = k >= 2 and words[k - 2].lower() in (FUNCTION_END - {"to"}) | ARTICLE_WORDS
        relative = word in _RELATIVE_WORDS and before.islower() and before not in FUNCTION_END \
            and (noun or not is_verb_form(before)) and not is_past(before)  # "in that agreement"
        # "… delivered to Chile by (the) time Marchetti": "by the time" opens a clause too
        timed = word == "time" and words[k - 1].lower() == "by" and k - 1 > first
        if word not in _CLAUSE_WORDS and not relative and not timed:
            continue
        tail = words[k + 1:]
        if len(tail) > 3 or any(q in w for w in words[k - 1:] for q in "“”\"") or any(w.islower() and (w in AUXILIARIES or is_past(w) or
                                                 is_verb_form(w, only=True)) for w in tail):
            return words
        k -= timed  # (the clause goes with its "by")
        return [*words[:k - 1], words[k - 1].rstrip(",")]
    return words


def _reported_verb_kept(words: list[str], whole: list[str]) -> list[str]:
    """"Singh says security challenges in the Indian Ocean region | are on the rise": the cut
    took the verb of what is said; its subject loses its modifiers instead ("Singh says
    security challenges are on rise"), or the headline keeps up to 14 words."""
    trimmed = inner_subject_trimmed(" ".join(whole)).split()
    if len(trimmed) < len(whole):
        said = next(i for i, w in enumerate(trimmed) if w.lower() in ("says", "say", "that"))
        verb = next((j for j in range(said + 1, len(trimmed)) if trimmed[j].lower() in AUXILIARIES
                     or is_past(trimmed[j].lower())), None)
        subject = trimmed[said + 1:verb] if verb else []
        if any(w.endswith(",") or w.lower() in _RELATIVE_WORDS for w in subject):
            verb = None  # "says order, which follows purchase will be …": a clause left open
        fitted = fit(" ".join(trimmed), MAX_WORDS, verb + 2).split() if verb else []
        if verb and len(fitted) > verb + 1:
            return fitted
    return whole if len(whole) <= HARD_MAX_WORDS else words


def _longer(words: list[str], whole: list[str], verb: int, keep: int) -> list[str]:
    """"… is scheduled | to close", "… flies | over Bulgaria": a cut at 12 words left the verb
    with one word; up to 14 may keep its phrase, unless the cut was clean ("… look good | and
    they are expected …") or the longer headline ends badly ("…, due", "… had been")."""
    if len(words) >= len(whole) or words[-1].endswith(",") or \
            whole[len(words)] in ("and", "but", "while", "as", "when"):
        return words
    longer = whole if len(whole) <= HARD_MAX_WORDS else \
        fit(" ".join(whole), HARD_MAX_WORDS, keep).split()
    if len(longer) < verb + 3 or problems(" ".join(longer)) or \
            re.search(r",\s+[a-z]+$", " ".join(longer)) or \
            longer[-1].lower() in AUXILIARIES | {"been", "being"}:
        return words
    return longer


# "… meeting with his counterpart, Choe Son Hui" -> "… counterpart Hui": a role and the
# surname it named, no comma left before a lone word at the end
_ROLE_THEN_NAME = re.compile(r"\b(counterpart|" + LOWER_ROLE[3:-1] + r"),(?=\s+[A-Z][\w'’-]*$)")


def balance_quotes(title: str) -> str:
    """Close a quotation a cut left open: 'ties are "strategic' -> 'ties are "strategic"'."""
    if title.count('"') % 2:
        title += '"'
    return title + "”" * max(0, title.count("“") - title.count("”"))
