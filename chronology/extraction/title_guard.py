"""The title rules' last resort: the sentence's main act told short, "<Subject> <verb> <object>".

When every rule's headline still fails ``title_fit.problems`` (no finite verb, a cut end, a
long list of names and titles before the verb), the sentence itself is read once more:
its main verb is the first finite verb outside a side clause, its subject the people the
words before it name ("Marles and Healey") or else the head of that noun phrase ("First
joint exercise"), its object the words after the verb up to the next phrase or clause.

>>> core_clause("The Chief of Staff, General Ali Raza, and the Navy commander, Admiral Amir "
...             "Shahram Irani, signed a memorandum of understanding in Karachi.", {})
'Raza and Irani signed a memorandum of understanding'
"""

from __future__ import annotations

import re

from chronology.extraction.clauses import AUXILIARIES, has_verb, surnames_in
from chronology.extraction.title_fit import MAX_WORDS, PHRASE_START
from chronology.extraction.verbs import base_form, is_past, is_verb_form
from chronology.languages import en, en_grammar

_TOKEN = re.compile(r"\S+")
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
# any quotation, single marks too ("‘Exercise Cyclone – I‘"): a name quoted is a thing's
_ANY_QUOTATION = re.compile(r"[“\"‘'][^“”\"‘’']{1,80}[”\"’‘']")
_PRONOUN_SUBJECTS = en_grammar.TITLE_GUARD_PRONOUN_SUBJECTS
_NO_SUBJECT = set(en.COUNT_WORDS) | {"he", "she", "it", "they", "we", "this", "that", "these",
                                     "those", "some", "many", "several", "all", "each"}
_RELATIVES = en_grammar.TITLE_GUARD_RELATIVES
# A subject this long (or with commas: appositives, titles) is told by the people it names
_LONG_SUBJECT = 6
_DETERMINERS = set(en.ADJECTIVE_CUES)  # "a signed deal": an adjective after them


def core_clause(text: str, people: dict[str, str]) -> str:
    """"<Subject> <verb> <object>" in the sentence's own words, from ``text`` (dateline and
    dates already dropped), or "" when no main verb or no short subject is found; the
    title rules put it in headline form."""
    tokens = list(_TOKEN.finditer(text))
    verb = _main_verb(text, tokens)
    if verb is None:
        return ""
    if tokens[verb].group(0) in en.SPEECH_VERBS and verb + 1 < len(tokens) and \
            tokens[verb + 1].group(0) == "that":  # "X reported that Y signed …": Y's act
        return core_clause(text[tokens[verb + 1].end():].strip(), people)
    subject = _subject(text[:tokens[verb].start()].strip(" ,"), people)
    quotes = [m.span() for m in _QUOTATION.finditer(text)]
    relative = next((k for k in range(1, verb) if _reduced_relative(tokens, k, quotes)), None)
    if relative is not None and len(tokens[:relative]) <= _LONG_SUBJECT:
        # "Troops led by Colonel X captured …": the troops, not their commander, are the
        # subject when the noun before the participle is short enough to tell
        subject = _subject(text[:tokens[relative].start()].strip(" ,"), people) or subject
    told = " ".join(t.group(0) for t in tokens[verb:verb + 1 + _object_length(tokens, verb)])
    told = re.sub(r"[.,;:]([”\"])$", r"\1", told.rstrip(",;:."))  # '… cooperation.”': the
    return f"{subject} {told}" if subject[:1].isalnum() else ""  # sentence's stop, no word


def names_a_subject(title: str) -> bool:
    """The headline's subject is more than a count or a pronoun ("One signs …" is not)."""
    words = title.split()  # ("Eighteen single-seater jets …": a count before its noun)
    return not (len(words) > 1 and words[0].lower() in _PRONOUN_SUBJECTS and words[1].islower())


def _main_verb(text: str, tokens: list[re.Match]) -> int | None:
    """The first finite verb of the main clause: a lower-case past form, an auxiliary, or a
    present form right after a name ("… Director unfurl the flag"), never after a
    determiner ("the signed deal"), nor inside a quotation or a relative clause ("X, who
    married Y, said …": "said"); after a comma only when no phrase follows (", signed in
    2018," is an aside's participle), a verb of speech always."""
    quotes = [m.span() for m in _QUOTATION.finditer(text)]  # (a stray "‘" opens none)
    relative = closed = False
    for i, token in enumerate(tokens[1:], start=1):
        word = token.group(0).strip(",;:")
        before = tokens[i - 1].group(0)
        after = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        if word in _RELATIVES:
            relative = True
        if relative:
            relative = not token.group(0).endswith(",")  # to the aside's closing comma
            closed = not relative
            continue
        if closed and word.islower() and is_verb_form(word):
            return i  # "X, who is on a visit, salutes …": the verb right after the aside
        closed = False
        aside = before.endswith(",") and word not in en.SPEECH_VERBS and \
            (after in PHRASE_START or token.group(0).endswith(","))
        if not word.isalpha() or not word.islower() or before.lower() in _DETERMINERS or \
                aside or any(a <= token.start() < b for a, b in quotes):
            continue
        if word not in AUXILIARIES and _reduced_relative(tokens, i, quotes):
            continue  # "Warships … led by Admiral X held …": "held"
        if is_past(word) or word in AUXILIARIES or \
                before[:1].isupper() and is_verb_form(word, only=True):
            return i
    return None


def _reduced_relative(tokens: list[re.Match], i: int, quotes: list[tuple[int, int]]) -> bool:
    """The past form at ``i`` shortens a relative clause: it follows a noun, "by" or "in"
    follows it (its agent or place: "led by", "based in") or it gives the name after it
    ("drills dubbed Steel Wave"), and a finite verb comes later, not joined to it by "and"
    or a comma ("… led by X and Y held …": "held" is the act)."""
    word = tokens[i].group(0)
    if word.endswith(",") or i + 1 >= len(tokens) or \
            tokens[i - 1].group(0).lower() in _DETERMINERS | AUXILIARIES:
        return False
    after = tokens[i + 1].group(0)
    naming = word.lower() in en.NAMING_PARTICIPLES and after[:1] in "“”\"‘'" + \
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if not naming and not (is_past(word) and after.lower() in en.REDUCED_RELATIVE_LINKS):
        return False
    aside = tokens[i - 1].group(0).endswith(",")  # "The drill, dubbed X, opened …"
    for j in range(i + 2, len(tokens)):
        later, before = tokens[j].group(0), tokens[j - 1].group(0)
        if later.isalpha() and later.islower() and (is_past(later) or later in AUXILIARIES) \
                and (aside or not before.endswith(",")) \
                and before.lower() not in en.COORDINATORS \
                and before.lower() not in _DETERMINERS \
                and not any(a <= tokens[j].start() < b for a, b in quotes):
            return True
    return False


def _subject(words: str, people: dict[str, str]) -> str:
    """The people a long subject names ("Marles and Healey"), else its head noun phrase: the
    words before its first comma, cut before a preposition when still long."""
    named = surnames_in(_ASIDE.sub(" ", _ANY_QUOTATION.sub(" ", _styles_dropped(words))), people)
    if named and ("," in words or len(words.split()) > _LONG_SUBJECT):
        return " and ".join(named) if len(named) <= 3 else f"{named[0]} and others"
    head = words.split(",")[0].split()
    if head and head[0].islower() and head[0] not in _DETERMINERS | _NO_SUBJECT:
        return ""  # "however, they …", "at the close of business, …": no subject's words
    if len(head) > _LONG_SUBJECT:
        cut = next((i for i, w in enumerate(head) if i > 1 and w.lower() in PHRASE_START), None)
        head = head[:cut] if cut else head
    if len(head) == 1 and head[0].lower() in _NO_SUBJECT or has_verb(" ".join(head)):
        return ""  # "one (of the deputies)": a count or a pronoun tells no one; "When the
        # delegation visited Slovenia": a clause of its own, no subject
    return " ".join(head) if len(head) <= _LONG_SUBJECT + 2 else ""


_HONORIFIC = re.compile(r"(?:" + "|".join(re.escape(h) for h in en.HONORIFICS) + r")\s+")
# "Richard Marles MP,", "Charlton Sean Gaerlan PN,": post-nominal letters after a name
_POST_NOMINAL = re.compile(r"(?<=[a-z])\s+[A-Z]{2,3}(?=,|\s+and\b|$)")


# ", who lives in Ms. Sanders' building,": the people of a relative clause are not the subject
_ASIDE = re.compile(r",\s+(?:who|whose|which|where)\b[^,]*(?:,|$)")


def _styles_dropped(words: str) -> str:
    """"the Honourable Richard Marles MP" -> "Richard Marles": styles and letters a name
    carries in an official release, which hide the person from the name rules."""
    return _POST_NOMINAL.sub("", _HONORIFIC.sub("", words))


def _object_length(tokens: list[re.Match], verb: int) -> int:
    """How many words after the verb tell its object: up to a comma, a new phrase or clause;
    with no object, one phrase ("started at Jaisalmer")."""
    count, phrase, quoted = 0, False, False
    for token in tokens[verb + 1:]:
        word = token.group(0)
        lowered = word.lower().strip("“”\"'‘’")
        if lowered in PHRASE_START and (count or phrase) and not quoted:
            break
        phrase = phrase or lowered in PHRASE_START
        count += 1
        quoted = quoted != (word.count("“") + word.count("”") + word.count('"')) % 2 == 1
        if not quoted and word.endswith((",", ";", ":", ".", ",”", ".”")) or count >= MAX_WORDS:
            break
    return count


_CONTENT = re.compile(r"[A-Za-z][\w'’-]{3,}")


def tells_same_act(headline: str, sentence: str) -> bool:
    """The headline tells the sentence's act in other words: the stem of a past verb of the
    sentence ("were delivered" / "delivers") and two content words more (four letters or
    more, no function word) in common."""
    def content(text: str) -> set[str]:
        return {w.lower() for w in _CONTENT.findall(text)} - _FUNCTION_WORDS
    shared = content(headline) & content(sentence)
    stems = {_stem(w) for w in content(sentence) if is_past(w) and w not in AUXILIARIES}
    act = any(_stem(w) in stems for w in content(headline) if is_verb_form(w))
    return act and len(shared) >= 3


def _stem(word: str) -> str:
    """"delivers", "delivered", "delivering" -> "deliver"."""
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-2] if word.endswith(("ches", "shes", "xes", "sses")) else word[:-1]
    return base_form(word)


_FUNCTION_WORDS = en_grammar.TITLE_GUARD_FUNCTION_WORDS
