"""How one sentence leans on another: a subject that points back ("This is the 20th edition
of the exercise", "The deal, signed on Tuesday, …"), another document of an occasion already
dated ("A memorandum was also signed"), and the thing a side clause tells of ("The M1A2 tanks –
the first batch of 108 ordered in 2019 –": the tanks).
"""

from __future__ import annotations

import re

from chronology.extraction.gazetteer import country_of
from chronology.extraction.sentences import Sentence
from chronology.extraction.verbs import AUXILIARIES, is_past
from chronology.languages import en, en_grammar

# A subject that points back to the sentence before: a pronoun before its verb ("It was
# the 20th edition", "They reportedly delivered …"), or "the" + a noun that sentence used
# ("… struck a landmark deal. The deal, signed on Tuesday, …").
_PRONOUN_SUBJECT = re.compile(r"(?:This|That|It|They)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)"
                              r"(?:\s+(?:[a-z]+ly\s+)?(?P<next>[a-z]+))?")
_NOUN_SUBJECT = re.compile(r"(?:The|This|These|Those)\s+(?P<noun>[a-z]{3,})\b")


def refers_back(subject: str, before: str) -> str | None:
    """How the sentence's subject (its words after a date opening) points back to
    ``before``: "occasion" ("It is the 20th edition …", "This marks …": the sentence before
    says what the event is), "pronoun" (another act of the same subject: "They delivered
    …"), "noun" (the same noun again), or None when it does not."""
    pronoun = _PRONOUN_SUBJECT.match(subject)
    if pronoun:
        verb = pronoun.group("verb")
        if verb in _OCCASION_VERBS:
            return "occasion"
        if verb in AUXILIARIES or is_past(verb):
            return "pronoun"
    noun = _NOUN_SUBJECT.match(subject)
    if noun is None:
        return None
    word = noun.group("noun")
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    same = re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", before, re.IGNORECASE)
    root = _ACT_NOUN.sub("", stem)[:5]  # "acquis(ition)" and "acqui(re)": one root
    if not same and root != stem and len(root) >= 4:  # "The acquisition" of "to acquire"
        same = re.search(rf"\b{re.escape(root)}\w*", before, re.IGNORECASE)
    return "noun" if same else None


# The endings that make a noun of an act ("acquisition", "deployment", "approval",
# "delivery"): what is left begins with the verb's root ("acqui-", "deplo-", "appro-").
_ACT_NOUN = re.compile(r"(?:ition|ation|tion|sion|ment|al|ery|ance|ence)$")


_OCCASION_VERBS = en_grammar.LINKS_OCCASION_VERBS


def goes_on(words: str, before: str) -> bool:
    """An undated sentence that goes on about the event of ``before`` ("They reportedly
    delivered HQ-22 systems", "The planes returned …", "It is believed that …"), not a
    remark ("It was not immediately clear …", "It was cold")."""
    pronoun = _PRONOUN_SUBJECT.match(words)
    if pronoun and pronoun.group("verb") in _CONTENT_VERBS:
        return True  # "They cover the refit of …": what the act before comprised
    if not refers_back(words, before):
        return False
    if pronoun and pronoun.group("verb") in _COPULA:
        after = pronoun.group("next") or ""
        return is_past(after) or after in ("been", "being")  # "It is believed", "were sent"
    return True


_COPULA = en_grammar.LINKS_COPULA
_CONTENT_VERBS = en_grammar.LINKS_CONTENT_VERBS


def names_the_thing(words: str, before: str) -> bool:
    """An undated sentence that names what ``before`` told by a common noun only ("… have
    unveiled the creation of a task force …" / "Hegseth announced the ‘Task Force
    Philippines’ …", "… began a joint exercise …" / "The ‘Golden Dragon’ exercise …"): the
    card's quote then says which one."""
    for head in en_grammar.LINKS_NAMED_THINGS:
        told = re.search(r"\b(?:a|an|the|new|joint|its|their)\s+(?:[\w-]+\s+){0,2}?" + head +
                         r"\b", before, re.IGNORECASE)
        if told and not _named(head, before) and _named(head, words):
            return True
    return False


def _named(head: str, text: str) -> bool:
    """``text`` names a ``head`` thing: a quoted name before it ("‘Golden Dragon’ exercise"),
    or capitalised words after the head capitalised ("Task Force Philippines", "Exercise
    Cyclone") or before it ("Golden Dragon drills"; not a country, "Russian drills")."""
    cap = r"\s+".join(w[:1].upper() + w[1:] for w in head.split())
    if re.search(r"[‘'“\"][A-Z][^’'”\"\n]{1,40}[’'”\"]\s+(?:[\w-]+\s+){0,2}?" + head + r"\b",
                 text, re.IGNORECASE) or re.search(r"\b" + cap + r"[’'”\"]?\s+[A-Z][\w-]+", text):
        return True
    for match in re.finditer(r"((?:[A-Z][\w-]+\s+){1,3})" + head + r"\b", text):
        names = match.group(1).split()
        if match.start() > 0 and not any(country_of(w.rstrip("'’s")) for w in names) and \
                names[0] not in ("The", "A", "An", "This", "Its", "Their"):
            return True
    return False


# The thing a side clause tells of: the noun phrase before it, or before the aside that
# holds it ("The M1A2 tanks – the first batch of 108 ordered in 2019 –": the tanks).
_ASIDE_HEAD = re.compile(r"[,–—(-] ?(?:the |a )?(?:(?:first|second|third|last|latest|final|new) )?"
                         r"(?:batch|lot|shipment|tranche|part|delivery|consignment) of "
                         r"[\w -]{1,30}$", re.IGNORECASE)


_NOT_THE_THING = en_grammar.LINKS_NOT_THE_THING


_SAID = re.compile(r"\b(?:" + "|".join(en.SPEECH_VERBS) + r")\b")
_CONTENT = re.compile(r"[A-Za-z][\w-]{3,}")


_NEGATION = re.compile(r"\b(?:not|no|never|n't|denied|denies|deny|rejected|dismissed)\b",
                       re.IGNORECASE)


def says_again(words: str, before: str) -> bool:
    """An undated statement that tells again what ``before`` told ("Armenia has expressed
    interest in the Pinaka system, the agency reports." / "Director X said Armenia has shown
    an interest in the Pinaka rocket system."): who said it, not a new event.  Its reported
    clause shares at least three words, and two thirds of its words, with the sentence
    before."""
    said = _SAID.search(words)
    if said is None or bool(_NEGATION.search(words)) != bool(_NEGATION.search(before)):
        return False  # "A Kremlin spokesman said Russia has not delivered …": a denial
    told = {w.lower() for w in _CONTENT.findall(words[said.end():])} - en.FUNCTION_WORDS
    known = {w.lower() for w in _CONTENT.findall(before)}
    shared = told & known
    return len(shared) >= 3 and 3 * len(shared) >= 2 * len(told)


def thing_before(head: str) -> str | None:
    """The thing a side clause at the end of ``head`` tells of, headline-ready, or None."""
    head = " ".join(head.split())[-300:]  # one space between words: no regex backtracks on runs
    aside = _ASIDE_HEAD.search(head)
    if aside:
        head = head[:aside.start()]
    head = re.sub(r"(?: (?:was|were|is|are|been|has|have|had))+ ?$", "", head.rstrip(" ,"))
    phrase = re.split(r"[,;:()“”\"–—]| (?:is|are|was|were|that|and|of) ", head)[-1]
    words = phrase.split()
    verbs = [i for i, w in enumerate(words) if w.islower() and (is_past(w) or w in AUXILIARIES)]
    if verbs:
        words = words[verbs[-1] + 1:]  # "Russia delivered the Su-35 jets …": the jets
    while words and words[0].lower() in _NOT_THE_THING:
        words.pop(0)  # "While the formal contract was signed …": the contract
    named = any(any(ch.isdigit() for ch in w) or w[:1].isupper() and not country_of(w)
                for w in words)
    if not 1 <= len(words) <= 6 or not named:
        return None  # no named thing: "the deal signed in 2022", "the Russian jets bought …"
    return words[0][:1].upper() + " ".join(words)[1:]


# The kind of event a side clause's act is: an order is an arms deal, a signing an agreement.
SIDE_ACT_TAGS = {"ordered": "arms deal", "purchased": "arms deal", "bought": "arms deal",
                 "acquired": "arms deal", "contracted": "arms deal"}


# "A memorandum was also signed", "the two sides also inked …": another act of the occasion
# the article has just dated.
ALSO_ACT = re.compile(r"\balso\s+(?:been\s+|be\s+)?(?:signed|inked|exchanged|concluded|"
                      r"sealed|initialled)\b(?!\s+(?:their\s+)?(?:views|opinions|ideas|thoughts|"
                      r"greetings|pleasantries))")  # documents exchanged, not views: talk
# "… also signed similar agreements with China": other documents, not this occasion's.
OTHER_DOCUMENTS = re.compile(r"\b(?:similar|other|another|separate|previous|earlier)\b",
                             re.IGNORECASE)


SIGNING = re.compile(r"\b(?:signs?|signed|signing|inks?|inked|conclude[sd]?|seal(?:s|ed)?|exchanges?)\b",
                     re.IGNORECASE)  # the act before was a signing too


def sentences_between(text: str, first: Sentence, second: Sentence) -> int:
    """How many sentences stand between two sentences of an article (roughly: their ends)."""
    return len(re.findall(r"[.!?][”\"’]?(?=\s)", text[first.end:second.start]))


def joined(text: str, first: Sentence, second: Sentence) -> str:
    """Two sentences as one quote: whole when they follow each other, else with an ellipsis."""
    between = text[first.end:second.start]
    parts = [text[first.start:first.end], text[second.start:second.end]]
    quote = parts[0] + (between if not between.strip() else " … ") + parts[1]
    return re.sub(r"\s*\n\s*", " ", quote)
