"""Headline tense: the main verb group of a clause put in the present headlines use
("have agreed" -> "agree", "will hold" -> "to hold", "was launched" -> "launched"), agreeing
with its subject, and the verb marked for the cut that follows (``VERB``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.extraction.gazetteer import DEMONYMS, country_of
from chronology.extraction.speakers import PLURAL_SPEAKERS, SINGULAR_S, one_body
from chronology.extraction.verbs import (
    AUXILIARIES,
    conjugate,
    gerund_base,
    is_english_compound,
    is_english_word,
    is_inflected_verb,
    is_past,
    is_verb_form,
    present,
)
from chronology.extraction.verbs import base_form as _base_form
from chronology.languages import en, en_grammar

_AUX_ADVERB = re.compile(r"\b(has|have|had|is|are|was|were|been|be|will|would)\s+"
                         # a hedge stays: "was reportedly killed" is not "was killed"
                         r"(?!(?:reportedly|allegedly|possibly|probably|likely|apparently|"
                         r"purportedly|only|partly|partially|never|nearly)\b)"
                         r"(\w+ly|already|just|recently|now|previously|since|earlier|also)\s+"
                         r"(?=(?:been\s+)?[a-z]+(?:ed|en|wn|ng)\b)")


_TO_VERBS = set(en.INFINITIVE_VERBS)
_HEDGES = set(en_grammar.HEADLINE_TENSE_HEDGES)


_AS_PARTICIPLES = en_grammar.HEADLINE_TENSE_AS_PARTICIPLES
_AT_PARTICIPLES = set(en_grammar.HEADLINE_TENSE_AT_PARTICIPLES)


def title_case(words: list[str]) -> bool:
    """"Russia Delivered First S-400 Regiment To Turkey": every longer word capitalised, so a
    capital tells no name."""
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def _after_infinitive(words: list[str], i: int) -> bool:
    """A past form between an infinitive and its lower-case noun ("to export used boats",
    "to buy refurbished jets") describes the noun: two verbs never stand side by side."""
    return i >= 2 and words[i - 2].lower() == "to" and words[i - 1].islower() and \
        words[i - 1] not in AUXILIARIES and is_verb_form(words[i - 1]) and i + 1 < len(words) \
        and words[i + 1][:1].isalnum() and not is_past(words[i + 1]) \
        and words[i + 1].lower() not in AUXILIARIES  # ("to export used Abukuma-class ships")


def _aux_adverb_dropped(match: re.Match) -> str:
    """"been formally inducted" -> "been inducted": the adverb after an auxiliary goes; a verb
    in -ly ("will supply nineteen jets", "will apply", "will rally") is no adverb and stays."""
    word = match.group(2)
    if word.endswith("ly") and not _adverb_only(word):
        return match.group(0)
    return f"{match.group(1)} "


def _quoted_words(words: list[str]) -> list[bool]:
    """Which words stand inside quotation marks (“…”, or a pair of straight ones); a closing
    ”, its opening mark cut off before ("Navy Will Hold Drills,” Says Chief"), closes a
    quotation that began with the first word."""
    inside, marks = [], False
    for k, word in enumerate(words):
        opens = word.startswith(("“", '"')) and not (word.startswith('"') and marks)
        marks = marks or opens
        closes = word.rstrip(".,;:!?").endswith(("”", '"'))
        if closes and word.rstrip(".,;:!?").endswith("”") and not marks:
            inside[:k] = [True] * k  # (no opening mark: the quotation began the text)
            marks = True
        inside.append(marks)
        if closes and (marks and not opens or len(word.strip("“”\"")) < len(word) - 1):
            marks = False
    return inside


def present_tense(text: str) -> str:
    """The first verb group to headline tense: "have agreed" -> "agree", "will hold" -> "to hold"."""
    text = _AUX_ADVERB.sub(_aux_adverb_dropped, text, count=1)  # "been formally inducted"
    words = text.split(" ")
    skip_to = 0  # the verb group of a relative clause before the main verb
    # in a title-case line the words of a quotation are never changed ("“Navy Will Hold …,”
    # Says Chief"); a sentence's quotation is left to the headline's own rules
    quoted = _quoted_words(words) if title_case(words) else [False] * len(words)
    comma = None  # where a verb's comma was set aside ("began, shortly after …")
    for i, word in enumerate(words):
        if comma is not None:
            words[comma] += ","
            comma = None
        if quoted[i]:
            continue
        if i and len(word) > 1 and word.endswith(",") and word[:-1].islower() and (
                word[:-1] in AUXILIARIES or is_past(word[:-1])):
            word = words[i] = word[:-1]  # the comma closes the clause, not the verb
            comma = i
        lower = word.lower()
        if i and word.islower() and lower.endswith("s") and not lower.endswith("ss") and \
                i + 1 < len(words) and words[i + 1] == "to" and (lower[:-1] in _TO_VERBS or lower[:-2] in _TO_VERBS):
            _mark_verb(words, i)  # "KAI plans to supply": already a headline's present
            break
        if i and lower == "did" and i >= skip_to and words[i + 1:i + 2] and \
                words[i + 1].lower() in ("not", "never"):
            words[i] = "do" if plural_subject(words[:i]) else "does"  # "did not confirm"
            _mark_verb(words, i)
            break
        if i and lower == "used" and i >= skip_to and _habitual(words, i):
            words[i] = words[i + 1] = ""  # "Kenya used to buy jets from Russia" -> "buys"
            words[i + 2] = conjugate(words[i + 2], plural_subject(words[:i]))
            _mark_verb(words, i + 2)
            break
        if i and lower in _NEGATIVES and i >= skip_to:
            words[i] = _NEGATIVES[lower][plural_subject(words[:i])]  # "wasn't known" -> "isn't"
            _mark_verb(words, i)
            break
        if i >= skip_to and (_present_verb(words, i) or _plural_present(words, i)):
            _mark_verb(words, i)  # "The drill involves 16 vessels": already a headline's present
            break
        if i == 0 and lower in _PRONOUN_IS:
            break  # "That's largely because of …": the verb is the "'s", already present
        if i == 0 or word.isupper() or not (lower in AUXILIARIES or is_past(word)):
            continue  # a word in capitals is a ticker's or a name's, never re-tensed
        if word[:1].isupper() and lower not in AUXILIARIES and not words[i - 1].endswith(":") \
                and not title_case(words):
            continue  # "Shahed drones", "Ahmed": a capitalised word inside a sentence is a name
        if lower not in AUXILIARIES and _counted_adjective(words, i):
            continue  # "the first of 116 used tanks": an adjective after a number
        if lower not in AUXILIARIES and (_after_determiner(words[i - 1]) or
                                         _adjective(words[i - 1])):
            continue  # "a buried rifle", "Sony's planned acquisition": an adjective
        if lower not in AUXILIARIES and _after_infinitive(words, i):
            continue  # "plans to export used boats": the infinitive's object's adjective
        back = 2 if i > 1 and words[i - 1].lower() in ("be", "have", "been") else 1
        if words[i - back].lower() == "to" and i > back and words[i - back - 1].lower() not in (
                "seems", "seem", "appears", "appear", "set", "due", "going", "likely"):
            continue  # "the aircraft to be built at the plant came into force": not "be"
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if is_past(word) and (nxt == "by" and lower not in SIMPLE_PAST or
                              nxt == "as" and lower in _AS_PARTICIPLES or
                              nxt == "at" and lower in _AT_PARTICIPLES):
            continue  # "a delegation led by X arrived", "also known as", "a package valued
            # at $2 billion": a participle
        if lower not in AUXILIARIES and _reduced_relative(words, i):
            continue  # "the number of troops deployed to Qatar is unclear": "is"
        if lower not in AUXILIARIES and i + 1 < len(words) and \
                words[i + 1].lower() in _FINITE_AUXILIARIES:
            continue  # "the number of troops deployed has doubled": two finite verbs never
            # stand side by side, so the first is a participle of the subject
        verb = _verb_before_object(words, i)
        if verb:  # "The base houses soldiers under an agreement signed": "houses"
            _mark_verb(words, verb)
            break
        if words[i - 1].endswith(",") and is_past(word) and lower not in AUXILIARIES and \
                lower not in SIMPLE_PAST and not _predicate_after_aside(words, i):
            words[i - 1] = words[i - 1][:-1]  # "The deal, signed on …, creates": a passive
            _mark_verb(words, i)
            break
        if i == 1 and words[0].lower() == "there" and lower in ("was", "were"):
            words[1] = "is" if lower == "was" else "are"  # "There was concern" -> "There is"
            _mark_verb(words, i)
            break
        if i == 1 and words[0].lower() in ("there", "it"):
            break  # "There will be no ban", "It was the first time": leave them whole
        if i < skip_to:
            continue
        earlier = _verb_before_subordinate(words, i)
        if earlier is not None:  # "Doha signs agreement … since Gulf crisis began": "signs"
            _mark_verb(words, earlier)
            break
        relative = _object_relative(words, i)
        if relative:  # "Little of the vitriol that the issue aroused remains": "remains"
            skip_to = relative
            continue
        if words[i - 1].lower() in ("that", "which", "who"):
            group = i  # "the frigates that were built in Russia arrived": "arrived"
            while group < len(words) and (words[group].lower() in AUXILIARIES or
                                          is_past(words[group])):
                group += 1
            if any(w.islower() and (is_past(w) or w in AUXILIARIES) for w in words[group + 1:]):
                skip_to = group
                continue
            break  # no main verb we know after it ("the deal that was signed covers"): as is
        if _headline_passive(words, i):
            _mark_verb(words, i)  # "Agreement signed in Accra": a headline's passive, kept
            break
        plural = plural_subject(words[:i])
        passive = lower in ("is", "are", "was", "were", "be", "been") and i + 1 < len(words) \
            and is_past(words[i + 1]) or lower in ("has", "have", "had") and \
            words[i + 1:i + 2] == ["been"] and i + 2 < len(words) and is_past(words[i + 2])
        _to_headline_tense(words, i, plural)
        _second_verb(words, i, plural, passive)
        break
    if comma is not None and words[comma]:
        words[comma] += ","
    return " ".join(w for w in words if w)


_COUNT_WORDS = en_grammar.HEADLINE_TENSE_COUNT_WORDS
_NOT_AFTER_ADJECTIVE = en_grammar.HEADLINE_TENSE_NOT_AFTER_ADJECTIVE


def _counted_adjective(words: list[str], i: int) -> bool:
    """``words[i]`` is an adjective after a number before a noun ("of 116 used Abrams tanks",
    "the two armed drones"), not a verb ("300 killed in the attack", "two arrived on")."""
    before = words[i - 1].lower()
    after = words[i + 1].lower().strip(",;:.") if i + 1 < len(words) else ""
    counted = before.replace(",", "").isdigit() or before in _COUNT_WORDS
    return counted and i >= 2 and words[i - 2].lower() in _DETERMINERS | {"of"} and \
        bool(after) and after not in _NOT_AFTER_ADJECTIVE and not words[i].endswith(",")


_CLAUSE_SUBJECTS = en_grammar.HEADLINE_TENSE_CLAUSE_SUBJECTS


def _object_relative(words: list[str], i: int) -> int:
    """``words[i]`` is the verb of an object relative clause ("the vitriol that the issue
    aroused … remains"): where the main verb's search goes on (0 if not one). The clause's
    subject is a determiner and up to three words, with no comma, and a main verb follows."""
    for k in range(max(1, i - 5), i - 1):
        before = words[k - 1].lower()
        if words[k].lower() not in ("that", "which") or words[k + 1].lower() not in _CLAUSE_SUBJECTS \
                or before in en.SPEECH_VERBS or words[k - 1].islower() and \
                before.endswith(("ed", "s")) and is_verb_form(before):
            continue  # "Lavrov detailed that the talks covered": "that" opens what he told
        between = words[k + 1:i]
        if len(between) > 4 or any(w.endswith(",") or w.lower() in AUXILIARIES or
                                   w.islower() and is_past(w) for w in between):
            continue
        group = i
        while group < len(words) and words[group].lower() in AUXILIARIES:
            group += 1  # "that the navy had ordered": the auxiliaries, then one verb
        return group + 1  # the clause's subject is told: its verb is never the main one
    # "the measures they adopted … helped": a relative clause without "that", when a main
    # verb follows it
    contact = i >= 2 and words[i - 1].lower() in _PERSONAL and words[i - 2].islower() and \
        words[i - 2].endswith("s") and words[i - 2].lower() not in _NOT_BEFORE_VERB
    if contact and any(w.islower() and (w in AUXILIARIES or is_past(w)) for w in words[i + 1:]):
        return i + 1
    return 0


_OBJECT_PREPOSITIONS = en_grammar.HEADLINE_TENSE_OBJECT_PREPOSITIONS


def _verb_before_object(words: list[str], i: int) -> int | None:
    """``words[i]`` is a participle after "<preposition> <determiner> <noun>" closing a
    clause whose verb in -s came before, with its object ("The base houses soldiers under an
    agreement signed (in 2014)"): the index of that verb. "The troops in the region arrived",
    "X along with the missiles started": no verb with an object before, so none."""
    if words[i].lower() in SIMPLE_PAST or words[i].lower() in AUXILIARIES or i < 5 or i + 1 < len(words) or \
            words[i - 2].lower() not in _DETERMINERS or \
            words[i - 3].lower() not in _OBJECT_PREPOSITIONS:
        return None
    for j in range(1, i - 4):
        word = words[j]
        if word.islower() and word.endswith("s") and not word.endswith("ss") and \
                words[j - 1].lower() not in _DETERMINERS | {"that", "which", "who"} and \
                not words[j - 1].endswith(",") and is_verb_form(word) and \
                not any(w.endswith(",") for w in words[j:i]):
            return j
    return None


def _predicate_after_aside(words: list[str], i: int) -> bool:
    """``words[i]`` follows the comma closing an aside ("Personnel from the air force, as
    well as soldiers, departed for Egypt") and no verb comes after it: the main verb, not a
    participle aside like "The deal, signed on Tuesday, creates" or "The ship, built in
    Russia"."""
    if not any(w.endswith(",") for w in words[:i - 1]):
        return False
    return not any(w.lower().strip(",;") in AUXILIARIES or
                   is_past(w.strip(",;")) and words[j - 1].lower() != "to" or
                   w.islower() and w.endswith("s") and is_verb_form(w.strip(",;"), only=True)
                   for j, w in enumerate(words[i + 1:], i + 1))


_NEGATIVES = {f"{aux}n{q}t": forms for q in "'’" for aux, forms in (
    ("is", ("isn't", "aren't")), ("are", ("isn't", "aren't")), ("was", ("isn't", "aren't")),
    ("were", ("isn't", "aren't")), ("has", ("hasn't", "haven't")),
    ("have", ("hasn't", "haven't")), ("had", ("hasn't", "haven't")),
    ("does", ("doesn't", "don't")), ("do", ("doesn't", "don't")), ("did", ("doesn't", "don't")),
    ("would", ("won't", "won't")), ("wo", ("won't", "won't")), ("could", ("couldn't", "couldn't")),
    ("ca", ("can't", "can't")), ("should", ("shouldn't", "shouldn't")))}
_DETERMINERS = en_grammar.HEADLINE_TENSE_DETERMINERS
_PRONOUN_IS = en_grammar.HEADLINE_TENSE_PRONOUN_IS


_PASSIVE_NEXT = en_grammar.HEADLINE_TENSE_PASSIVE_NEXT
_FINITE = en_grammar.HEADLINE_TENSE_FINITE


def _reduced_relative(words: list[str], i: int) -> bool:
    """``words[i]`` is a participle after its noun, the main verb still to come: "the number
    of troops (currently) deployed to Qatar is unclear", "the ship launched in May was"."""
    if words[i].lower() in _NAMING and i + 2 < len(words) and \
            (words[i + 1][:1].isupper() or words[i + 1][:1] in "“\"‘'\ue000") and \
            any(w.islower() and (w in AUXILIARIES or is_past(w)) for w in words[i + 2:]):
        return True  # "Maneuvers dubbed Maritime Security Belt began": the name's participle
        # (a quoted name is one private character while the headline is made: "\ue000")
    if is_past(words[i]) and i + 1 < len(words) and words[i - 1].islower() and \
            words[i - 1].lower() not in _DETERMINERS and \
            (_present_verb(words, i + 1) or _plural_present(words, i + 1) or
             _bare_verb_then_object(words, i + 1)):
        return True  # "the deal signed (Wednesday) foresees", "the agreements announced
        # (Wednesday) cover 82 …": the present verb after it is the main one
    if is_past(words[i]) and words[i].lower() not in SIMPLE_PAST and i + 1 < len(words) and \
            is_past(words[i + 1]) and _main_past(words, i, i + 1):
        return True  # "the boats ordered (in 2019) stipulated that …": the second is the main
    if not is_past(words[i]) or words[i].lower() in SIMPLE_PAST or \
            i + 2 >= len(words) or words[i + 1].lower() not in _PASSIVE_NEXT or \
            words[i + 1].lower() == "to" and words[i + 2].islower() and \
            words[i + 2].lower() not in _DETERMINERS:
        return False  # "appeared to accept": "to" and a verb
    for k in range(i + 2, len(words)):
        word, lower = words[k], words[k].lower().strip(",")
        if lower in _FINITE:
            return True
        if word.endswith((",", ";")) or lower in ("that", "which", "who", "and", "but", "he",
                                                   "she", "they", "it", "we"):
            return False
        if is_past(lower):  # "systems ordered from Moscow by Egypt in a deal arrived in …"
            return _main_past(words, i, k)
        if k + 1 < len(words) and word.isalpha() and word.islower() and \
                not word.endswith(("s", "ed", "ing")) and words[k - 1][:1].isupper() and \
                words[k + 1].lower() in _DETERMINERS and is_verb_form(word) and \
                plural_subject(words[:i]):
            return True  # "Divers attached to the tender KV Orla mend a buoy": a
            # bare verb after the name that ends the participle's phrase, before its object
    return False


_AFTER_MAIN_PAST = en_grammar.HEADLINE_TENSE_AFTER_MAIN_PAST


def _main_past(words: list[str], i: int, k: int) -> bool:
    """A second past form after the participle ``words[i]`` is the main verb when it follows a
    noun and is followed by its own phrase ("… in a deal worth billions arrived in …"), with
    a subject before the participle that holds no verb of its own."""
    before, after = words[k - 1].lower(), words[k + 1].lower() if k + 1 < len(words) else ""
    if not words[k].islower() or words[k].lower() in _NOT_MAIN_PAST or \
            before in _DETERMINERS | _PASSIVE_NEXT | {"by", "of", "and", "or", "with", "be", "been"} or \
            after not in _AFTER_MAIN_PAST or not words[i - 1].islower() or \
            words[i - 1].lower() in _DETERMINERS or "and" in (w.lower() for w in words[:i]):
        return False
    return not any(w.islower() and (w in AUXILIARIES or is_past(w)) for w in words[:i])


_NOT_MAIN_PAST = en_grammar.HEADLINE_TENSE_NOT_MAIN_PAST


_NAMING = en.NAMING_PARTICIPLES


_STATE_NEXT = en_grammar.HEADLINE_TENSE_STATE_NEXT


def _state(words: list[str], i: int) -> bool:
    """``words[i]`` is an adjective of state, not a passive ("Vietnam is interested in
    developing", "Iran is concerned about"; not "was injured in", "was armed by")."""
    if i + 1 >= len(words) or "ADJ" not in _parts_of_speech(words[i].lower()):
        return False
    after = words[i + 1].lower()
    return after in _STATE_NEXT or after == "in" and i + 2 < len(words) and \
        words[i + 2].endswith("ing")


def _adjective(before: str) -> bool:
    """A word only an adjective: "large allied exercise", "new armoured vehicles"."""
    return before.islower() and _parts_of_speech(before.lower()) == frozenset({"ADJ"})


@lru_cache(maxsize=8192)
def _parts_of_speech(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas
    return frozenset(getAllLemmas(word))


def _after_determiner(before: str) -> bool:
    """A past form after an article or a possessive modifies a noun ("the proposed merger")."""
    lower = before.lower()
    return lower in _DETERMINERS or lower.endswith(("'s", "’s")) and lower not in _PRONOUN_IS


def _present_verb(words: list[str], i: int) -> bool:
    """``words[i]`` is a present verb in -s that no noun shares ("involves", "represents";
    not "plans", "talks"), after a subject and outside a relative clause."""
    word = words[i]
    return i > 0 and word.islower() and word.endswith("s") and not word.endswith("ss") and \
        word not in AUXILIARIES and words[i - 1].lower() not in ("that", "which", "who") and \
        not words[i - 1].endswith(",") and is_verb_form(word, only=True)


def _plural_present(words: list[str], i: int) -> bool:
    """"The capabilities of the line allow the company …": a bare verb no noun shares, after a
    plural subject (not after "to", a modal or a relative word)."""
    word = words[i]
    if i > 1 and words[i - 2].lower() == "to" and (_adverb_only(words[i - 1]) or
                                                  words[i - 1].lower() in en.SUBJECT_ADVERBS):
        return False  # "initiatives to further expand": a split infinitive, no subject's verb
    return i > 0 and word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ing")) \
        and words[i - 1].lower() not in _NOT_BEFORE_VERB and word not in AUXILIARIES and \
        not words[i - 1].endswith(",") and is_verb_form(word, only=True) and \
        not is_past(word) and not is_inflected_verb(word) and plural_subject(words[:i])


_NOT_BEFORE_VERB = en_grammar.HEADLINE_TENSE_NOT_BEFORE_VERB


def _bare_verb_then_object(words: list[str], i: int) -> bool:
    """``words[i]`` is a bare form that is also a noun ("cover", "cost") after a plural
    subject and a participle, with a counted thing after it: a verb and its object ("the
    agreements announced cover 82 rocket systems"), not a noun's modifier ("the ministers
    signed cover letters") or a stage's name ("launched phase 2 of the drills")."""
    word = words[i]
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    then = words[i + 2].lower() if i + 2 < len(words) else ""
    counted = after[:1].isdigit() and then[:1].isalpha() and then.islower() and \
        then not in _NOT_AFTER_COUNT  # "launched phase 2 of the drills": a stage's name
    return word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ing")) and \
        word not in AUXILIARIES and is_verb_form(word) and not is_past(word) and \
        counted and plural_subject(words[:i - 1])


_NOT_AFTER_COUNT = en_grammar.HEADLINE_TENSE_NOT_AFTER_COUNT


_PERSONAL = en_grammar.HEADLINE_TENSE_PERSONAL
_PRONOUN_TENSE = en_grammar.HEADLINE_TENSE_PRONOUN_TENSE


def _to_headline_tense(words: list[str], i: int, plural: bool) -> None:
    """Rewrite the verb group starting at ``words[i]`` in place, and mark the verb."""
    word, lower = words[i], words[i].lower()
    if [w.lower() for w in words[:i] if not w.endswith("ly")] in ([p] for p in _PERSONAL):
        # "They will arrive", "I was pleased": a pronoun keeps its auxiliary (headline
        # style drops it only after a noun: "Troops to arrive", "Minister pleased")
        if lower in _PRONOUN_TENSE:
            words[i] = "am" if words[0] == "I" and lower == "was" else _PRONOUN_TENSE[lower][plural]
        elif is_past(word) and lower not in AUXILIARIES:
            words[i] = present(word, plural)
        _mark_verb(words, i)
        return
    nxt = words[i + 1].lower().rstrip(",;:") if i + 1 < len(words) else ""  # "launched,"
    if lower == "be" and i and words[i - 1].lower() in ("must", "can", "could", "should",
                                                        "may", "might", "cannot"):
        pass  # "must be returned": a modal keeps its verb group whole
    elif is_past(word) and lower not in AUXILIARIES and _passive_by(words, i):
        pass  # "Missiles delivered to the Philippines by India": a passive, kept
    elif lower in ("is", "are", "was", "were") and nxt == "being" and i + 2 < len(words) and \
            is_past(words[i + 2]):
        words[i] = words[i + 1] = ""  # "is being conducted" -> "conducted"
    elif lower in ("is", "are", "was", "were") and nxt.endswith("ing") and len(nxt) > 5:
        words[i], words[i + 1] = "", conjugate(gerund_base(nxt), plural)  # "is considering"
    elif lower in ("will", "would", "shall") and nxt == "be" and i + 2 < len(words) and \
            words[i + 2].endswith("ing") and len(words[i + 2]) > 5:
        words[i], words[i + 1] = "to", ""  # "would be visiting" -> "to visit"
        words[i + 2] = gerund_base(words[i + 2])
    elif lower in ("will", "would", "shall") and nxt in ("have", "need", "be") and \
            i + 2 < len(words) and words[i + 2].lower() in ("to", "able"):
        words[i] = "will"  # "would have to think twice" -> "will have to", not "to have to"
    elif lower in ("will", "would", "shall") and nxt in ("not", "never"):
        words[i] = "will"  # "would not divulge" -> "will not divulge", not "to not"
    elif lower in ("will", "would", "shall"):
        if nxt == "now" and i + 2 < len(words):
            words[i + 1], nxt = "", words[i + 2]  # "will now proceed" -> "to proceed"
        # "to" needs a verb after it: "will “proceed with …”" keeps "will"
        words[i] = "to" if nxt.isalpha() and nxt.islower() else "will"
    elif lower in ("has", "have", "had") and nxt == "been" and i + 2 < len(words) and \
            is_past(words[i + 2]):
        words[i] = words[i + 1] = ""  # "had been signed" -> "signed"
    elif i and words[i - 1].lower() == "to":
        pass  # "seems to be looking": an infinitive, kept whole
    elif lower == "had" and nxt in ("not", "never") and any(
            is_past(w) for w in words[i + 2:i + 4]):
        words[i] = "have" if plural else "has"  # "had not yet arrived" -> "have not yet arrived"
    elif lower in ("has", "have", "had") and nxt in en.BASE_PARTICIPLES:
        words[i], words[i + 1] = "", conjugate(nxt, plural)  # "has come into force" -> "comes"
    elif lower == "had" and nxt == "been" and i + 2 < len(words) and not is_past(words[i + 2]):
        words[i] = "have" if plural else "has"  # "had been a partner", "had been training":
        # a state or a course up to a past time, told as the present perfect
    elif lower in ("has", "have") and nxt == "been" and i + 2 < len(words) and \
            words[i + 2].lower() in _STATE_AFTER_BEEN:
        # "Lavrov has been in Wonsan since Friday": a state lasting to the report, "is in"
        words[i], words[i + 1] = ("are" if plural else "is"), ""
    elif lower in ("has", "have") and nxt in _HEDGES and i + 2 < len(words) and \
            is_past(words[i + 2]) and words[i + 2].lower() not in AUXILIARIES:
        words[i] = ""  # "has reportedly taken delivery" -> "reportedly takes": the hedge stays
        words[i + 2] = present(words[i + 2], plural)
    elif lower in ("has", "have", "had") and not is_past(nxt) and nxt not in ("been", "to"):
        words[i] = "have" if plural else "has"  # "had operating profit": "had" is the verb
    elif lower in ("is", "are", "was", "were") and nxt.endswith("ly") and i + 2 < len(words) \
            and is_past(words[i + 2]) and words[i + 2].lower() not in AUXILIARIES:
        words[i] = ""  # "were reportedly delivered" -> "reportedly delivered": the hedge stays
    elif lower in ("is", "are", "was", "were") and _state(words, i + 1):
        words[i] = "am" if words[i - 1] == "I" else "are" if _be_plural(lower, plural) else "is"
        # "is interested in"
    elif lower in AUXILIARIES and (is_past(nxt) or nxt.endswith("ing")):
        words[i] = ""
        if is_past(nxt) and lower in ("has", "have", "had"):
            words[i + 1] = present(nxt, plural)
    elif lower in ("is", "are", "was", "were"):
        words[i] = "am" if words[i - 1] == "I" else "are" if _be_plural(lower, plural) else "is"
        # "was ready" -> "is ready"
    elif lower in ("been", "be"):
        words[i] = ""
    elif lower not in AUXILIARIES:
        words[i] = present(word, plural)
        if words[i - 1].lower() in _PAST_ADVERBS:
            words[i - 1] = ""  # "Shoigu last visited Pyongyang" -> "Shoigu visits", not
            # "last visits": the adverb tells the past the present tense drops
    _mark_verb(words, i)


_SUBORDINATORS = set(en.CLAUSE_CONJUNCTIONS) | en_grammar.HEADLINE_TENSE_TIME_SUBORDINATORS
_NOT_AFTER_VERB = en_grammar.HEADLINE_TENSE_NOT_AFTER_VERB


def _verb_before_subordinate(words: list[str], i: int) -> int | None:
    """``words[i]``, a past verb, stands in a clause a subordinator opens ("since the crisis
    began") after a verb in -s with its object ("Doha signs agreement …"): that earlier verb
    is the headline's, already in its tense; the subordinate clause keeps its own."""
    opener = next((k for k in range(i - 1, 1, -1) if words[k].lower() in _SUBORDINATORS), None)
    if opener is None or any(words[k].endswith(",") and words[k + 1].lower() in ("and", "but")
                             for k in range(opener, i - 1)):
        return None  # "… after talks, and Nigeria delivered": a second clause, not the opener's
    return next((k for k in range(1, opener - 1) if words[k].islower() and words[k].isalpha()
                 and words[k].endswith("s") and not words[k].endswith("ss")
                 and is_verb_form(words[k]) and not plural_subject(words[:k])
                 and words[k + 1].lower() not in _NOT_AFTER_VERB), None)


def _habitual(words: list[str], i: int) -> bool:
    """"used to buy" at ``words[i]``: a past habit, told as the verb itself; not a participle
    ("drones used to attack the base were …": a finite verb follows)."""
    if i + 2 >= len(words) or words[i + 1].lower() != "to" or not words[i + 2].islower() or \
            not is_verb_form(words[i + 2]) or is_past(words[i + 2]):
        return False
    return not any(w.islower() and (w in AUXILIARIES or is_past(w)) for w in words[i + 3:])


_PAST_ADVERBS = en_grammar.HEADLINE_TENSE_PAST_ADVERBS
_FINITE_AUXILIARIES = en_grammar.HEADLINE_TENSE_FINITE_AUXILIARIES
_STATE_AFTER_BEEN = en_grammar.HEADLINE_TENSE_STATE_AFTER_BEEN


SIMPLE_PAST = en_grammar.HEADLINE_TENSE_SIMPLE_PAST


_BY_MEANS = en_grammar.HEADLINE_TENSE_BY_MEANS


def _passive_by(words: list[str], i: int) -> bool:
    """"delivered to X by India": a passive; not "inaugurated a warship built by Y" (the
    "by" belongs to another participle) nor "signed the deal by phone" after an object."""
    if words[i].lower() in SIMPLE_PAST:
        return False  # "spoke with X by phone": no participle, no passive
    for j, word in enumerate(words[i + 1:i + 7], i + 1):
        lower = word.lower()
        if lower == "by":
            after = " ".join(words[j + 1:j + 3]).lower().strip(".,")
            first = after.split(" ")[0]
            if first.endswith("ing") and words[j + 1:j + 2] and words[j + 1].islower() and \
                    is_verb_form(first):
                return False  # "sought peace by promising …": a means, no agent
            return first not in _BY_MEANS and not after.startswith("the end")
        if lower in ("a", "an") or (is_past(word) and lower not in AUXILIARIES):
            return False
    return False


VERB = "\ue001"  # marks the headline's verb for ``_cap`` (never left in a title)


_NO_OBJECT = en_grammar.HEADLINE_TENSE_NO_OBJECT


def _second_verb(words: list[str], i: int, plural: bool, passive: bool = False) -> None:
    """"fled to Florida and returned to Cuba" -> "flees … and returns": a second verb of the
    same subject, in the same tense.  After "was" (``passive``) only one with an object: "was
    concerned and urged both sides" -> "urges", not "was attacked and damaged in the strike"."""
    for j in range(i + 2, min(len(words), i + 16)):
        after = words[j + 1].lower() if j + 1 < len(words) else ""
        joined = words[j - 1] in ("and", "but") or words[j - 1].endswith("ly") and \
            words[j - 2] == "and"
        if joined and passive and words[j] in ("was", "were") and is_past(after) and \
                after not in AUXILIARIES:
            words[j] = ""  # "had been expected but was delayed" -> "expected but delayed":
            return  # a second passive of the same subject drops its auxiliary too
        if joined and passive and words[j] in ("has", "have", "had") and after == "been" and \
                j + 2 < len(words) and is_past(words[j + 2]) and words[j + 2] not in AUXILIARIES:
            words[j] = words[j + 1] = ""  # "were held yearly but had been paused" -> "but paused"
            return
        if joined and words[j].islower() and is_past(words[j]) and \
                words[j] not in AUXILIARIES and after != "by" and \
                not (passive and (after in _NO_OBJECT or not after)):
            words[j] = present(words[j], plural)
            return
        if joined and words[j] in ("was", "were") and after and not is_past(after) and \
                after not in AUXILIARIES and not passive:
            words[j] = "are" if plural else "is"  # "faced difficulties and was unable to" ->
            return  # "faces difficulties and is unable to": a second state, same tense
        if words[j].endswith(",") and words[j + 1:j + 2] == ["and"] and j + 2 < len(words) and \
                words[j + 2].islower() and is_past(words[j + 2]) and \
                words[j + 2] not in AUXILIARIES and not passive:
            # "reoriented its policy, and forged closer ties": a second predicate of the
            # same subject after the comma (no subject of its own between), same tense
            words[j + 2] = present(words[j + 2], plural)
            return
        if words[j].endswith((",", ";")):
            return


def _be_plural(verb: str, plural: bool) -> bool:
    """The number of "be" in the present: a past form tells its own ("Among those present were
    Mensah and Brenner" -> "are": the subject after an inverted verb is no word before it);
    a present keeps the subject's as read."""
    return verb == "were" if verb in ("was", "were") else plural


def _headline_passive(words: list[str], i: int) -> bool:
    """``words[i]`` is the participle of a headline's passive with its auxiliary left out
    ("Agreement signed in Accra", "Ceremony held at the yard"): a verb that takes an object
    (``en.OBJECT_VERBS``) right before a preposition, after a subject that names a thing (a
    common word opening it: not a person or a country, "Ghana signed in …" has no object
    either way)."""
    word, nxt = words[i].lower(), words[i + 1].lower() if i + 1 < len(words) else ""
    first = words[0].lower()
    return is_past(word) and word not in AUXILIARIES and word not in SIMPLE_PAST and \
        _base_form(word) in en.OBJECT_VERBS and nxt in _PASSIVE_NEXT | {"by"} and \
        is_english_word(first) and not country_of(words[0]) and first not in _PERSONAL


def _mark_verb(words: list[str], i: int) -> None:
    j = next((k for k in range(i, len(words)) if words[k]), None)
    if j is not None:
        words[j] = VERB + words[j]


def backshift(text: str) -> str:
    """Reported speech in headline tense: "would" -> "will", and the first "was ready" ->
    "is ready", "had arrived" -> "have arrived" (what was said is news now)."""
    text = re.sub(r"\bwould\b", "will", text)
    words = text.split(" ")
    for i, word in enumerate(words):
        lower = word.lower()
        if i and (words[i - 1].lower() == "to" or i > 1 and words[i - 1].lower() == "be" and
                  words[i - 2].lower() == "to"):
            continue  # "the jets to be procured … will be": an infinitive, not the verb
        if lower in ("was", "were") and i:
            words[i] = "is" if lower == "was" else "are"
            _second_verb(words, i, lower == "were", passive=True)  # "was concerned and urged"
        elif lower == "had" and i and i + 1 < len(words) and (
                is_past(words[i + 1]) or words[i + 1] == "been" or words[i + 1] in ("not", "never")
                and any(is_past(w) for w in words[i + 2:i + 4])):  # "had not yet arrived"
            words[i] = "have" if plural_subject(words[:i]) else "has"
        elif not (lower in AUXILIARIES or is_past(word)) or i and word[:1].isupper() and \
                not title_case(words):
            continue  # ("Shahed drones were": a capitalised word is a name)
            continue
        _mark_verb(words, i)
        break
    return " ".join(words)


_HEAD_ENDS = en_grammar.HEADLINE_TENSE_HEAD_ENDS


_COUNTS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|both|several|"
                     r"tens|hundreds|thousands|millions|scores|"
                     r"all|many)\b|(?<![\w-])(?!(?:19|20)\d\d\b)\d+(?![\w-])")
# (a year is a name's, "Laros 2022 starts", not a count: "2,000 troops" has its comma)


_CLAUSE_ENDS = en_grammar.HEADLINE_TENSE_CLAUSE_ENDS


def clause_join(words: list[str], end: int) -> int | None:
    """Where a second clause starts before ``words[end]`` (its "and"/"but" after a comma):
    "Indonesia uses funds …, and the Ministry of Finance (gave)"; None for a list of names
    ("Russia, Iran, and China"), whose part before the comma has no verb."""
    join = next((j for j in range(end - 1, 1, -1) if words[j - 1].endswith(",") and
                 words[j].lower() in ("and", "but")), None)
    if join is None or end - join < 2 or any(w.endswith(",") for w in words[join + 1:end]):
        return None
    if _names_listed(words, join):
        return None  # "Herald says Chile, Peru, and Brazil (tracked)": the last of a list
    first = [w.strip(",").lower() for w in words[1:join]]
    first = [w for k, w in enumerate(first, start=1) if not (  # "a drill dubbed Sea Wolf
        w in _NAMING and k + 1 < join and words[k + 1][:1].isupper())]  # involving A, and …"
    verb = any(is_past(w) or w in AUXILIARIES for w in first) or any(
        w.endswith("s") and w not in _CLAUSE_ENDS and is_verb_form(w) for w in first[:3])
    return join if verb else None


def _names_listed(words: list[str], join: int) -> bool:
    """The "and" at ``join`` ends a list of three names or more, each of its items before it
    capitalised and closed by a comma ("Chile, Peru, and Brazil", "South Korea, Japan, and the
    US" is no list here: a lower-case word after the "and" may start a clause)."""
    if join + 1 >= len(words) or not words[join + 1][:1].isupper():
        return False
    items, k = 0, join - 1
    while k >= 0 and words[k][:1].isupper() and words[k].strip(",").isalpha():
        items += words[k].endswith(",")
        k -= 1
    return items >= 2 and words[join - 1].endswith(",")


def plural_subject(words: list[str]) -> bool:
    """A subject is plural: "the two navies", "Russia and Iran", "four aircraft"; the words
    after a preposition are not its head ("a detachment of warships", "exports for the
    system" is plural by "exports"); after a first clause, the second clause's subject."""
    while len(words) > 1 and (words[-1] in en.SUBJECT_ADVERBS or _adverb_only(words[-1])):
        words = words[:-1]  # "Spanish officials later (inspect)": the adverb is no head
    join = clause_join(words, len(words))
    if join is not None:
        words = words[join + 1:]
    if len(words) > 1 and words[-1].strip("‘’'\"”") == "I" and words[-2] in ("–", "—", "-"):
        return False  # "Exercise Cyclone – I": a numeral of one thing's name, no "I"
    if words and words[-1].lower() in _PERSONAL:  # "measures they adopted": "they" is the
        return words[-1].lower() in ("we", "they", "i", "you")  # subject, not "measures"
    if re.search(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}and\s+[A-Z]", " ".join(words)):
        return True  # "Secretary of State Albright, Berger and Cohen": a list of names
    words = _adjectives_joined(words)
    cut = next((i for i, w in enumerate(words) if i and (w.lower() in _HEAD_ENDS or w.islower()
                                                       and is_past(w) and w not in AUXILIARIES
                                                       and not _after_determiner(words[i - 1]))),
               None)  # "exports for the system", "the jets delivered to Iran": the head is
    # before; "the divested textile operations": an adjective, the head after it
    if cut is not None and "and" not in (w.lower() for w in words[:cut]):
        if second_member(words[cut:], words[cut - 1]):
            return True  # "Republic of Korea and Indonesia", "the chief of X and other officials"
        words = words[:cut]
    joined = " ".join(words).lower()
    if one_body(words):
        return False  # "the Immigration and Naturalization Service": one organisation
    if " and " in f" {joined} " or _COUNTS.search(joined):
        return True
    last = words[-1].lower() if words else ""
    if last in ("we", "they", "i", "you", "these", "those"):
        return True  # "we have", "they sign", "these include": the bare form
    # the first word is capitalised anyway: alone, only a name the dictionary lacks is proper
    proper = words[-1][:1].isupper() and (len(words) > 1 or not (
        is_english_word(words[-1]) or is_english_word(words[-1][:-1]) or
        is_english_compound(words[-1])))  # "Tens", "Troops"; "Warships": two words run together
    if words and (country_of(words[-1].strip(",")) or last in SINGULAR_S):
        return False  # "the Philippines", "the Netherlands": one country; "news": one
    if proper and last.endswith("s") and country_of(words[-1][:-1]):
        return True  # "The Israelis", "Russians": a people
    if proper and re.search(r"\d[a-z]{0,4}s$", last) and not re.fullmatch(r"\d{2,4}s", last):
        return True  # "F-16s", "J-10Cs", "Su-35s": a type's name in the plural
    if proper and last.endswith("s") and not last.endswith(("ss", "us", "is", "os")) and \
            words[-1] not in en.ORG_WORDS and _DETERMINED.match(" ".join(words)) and \
            not country_of(" ".join(words[-2:])) and not country_of(" ".join(words[-3:])):
        return True  # "The first Rafales": a name with an article is a thing, here in the plural
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "os")) and not proper or \
        _o_plural(last) and not proper or \
        last in PLURAL_SPEAKERS or last in _IRREGULAR_PLURALS or \
        last.endswith("men") and last not in _SINGULAR_MEN  # "gunmen", "servicemen"


def _adjectives_joined(words: list[str]) -> list[str]:
    """"Chinese and Russian naval vessel formation": two peoples' adjectives joined by "and"
    before a common noun are that noun's modifiers, so the noun alone is the head (singular
    here; "Chinese and Russian warships" stays plural by its own ending)."""
    lowered = [w.lower() for w in words]
    if lowered.count("and") != 1:
        return words
    at = lowered.index("and")
    first = at - 1 if at and lowered[at - 1] not in ("the", "a", "an") else None
    if first is None or at + 2 >= len(words) or first > 1 or \
            not DEMONYMS.get(words[first]) or not DEMONYMS.get(words[at + 1]) or \
            not words[at + 2].islower():
        return words
    return words[at + 2:]


def _o_plural(word: str) -> bool:
    """"photos", "videos", "memos": a noun in -o takes its plural in -os ("Marcos", "chaos"
    are no plural: no "marco" or "chao" is a word)."""
    return word.endswith("os") and len(word) > 4 and is_english_word(word[:-1])


def _adverb_only(word: str) -> bool:
    """"particularly", "strongly": a lower-case -ly word the dictionary knows only as an
    adverb (not "ally", "assembly", "supply"), which never heads a subject."""
    return word.islower() and word.endswith("ly") and _parts_of_speech(word) == frozenset({"ADV"})


def second_member(phrase: list[str], head: str = "") -> bool:
    """After the head's preposition, an "and" that opens a second member of the subject: a
    country ("Republic of Korea and Indonesia") or a new noun phrase ("and other officials",
    "and two deputies"); "Ministry of Science and Technology" is one body's name.  After a
    common noun ``head`` the countries are its own ("the joint drill of Russia and Iran
    opens": one drill)."""
    lowered = [w.lower().strip(",") for w in phrase]
    if "and" not in lowered or "between" in lowered or lowered[0] == "between":
        return False
    at = lowered.index("and")
    tail = [w.strip(",") for w in phrase[at + 1:]]
    if not tail or any(w.islower() and (w in AUXILIARIES or is_past(w)) for w in phrase[:at]):
        return False  # "the jets delivered to Iran and …": past the head's phrase
    if lowered[at + 1] in ("other", "several", "various", "senior", "top") or \
            _COUNTS.match(lowered[at + 1]):
        return True
    if len(tail) > 1 and tail[0][:1].isupper() and tail[0].endswith(("'s", "’s")):
        return True  # "Croatia's Ministry of Defence and Slovenia's army": a second owner's noun
    if _parallel_member(lowered[0], tail, head):
        return True  # "Macron of France and Lula of Brazil": a second name with its own "of"
    return bool(country_of(" ".join(tail))) and phrase[at - 1][:1].isupper() and \
        not head.islower()


def _parallel_member(preposition: str, tail: list[str], head: str) -> bool:
    """After "and", a second name with the head's own preposition ("Brenner of Norway and
    Mensah of Ghana", "Chief of Staff and Commander of the Navy"): two members, each with its
    phrase; a body's name ("Ministry of Science and Technology of X") is one."""
    at = next((k for k, w in enumerate(tail[:5]) if w.lower() == preposition), None)
    return at is not None and at > 0 and head[:1].isupper() and head not in en.ORG_WORDS and \
        all(w[:1].isupper() and w not in en.ORG_WORDS for w in tail[:at])


_IRREGULAR_PLURALS = en_grammar.HEADLINE_TENSE_IRREGULAR_PLURALS
_SINGULAR_MEN = en_grammar.HEADLINE_TENSE_SINGULAR_MEN
_DETERMINED = re.compile(r"(?i:the|these|those|all|new|first|last|latest|remaining|final)\s+"
                         r"(?:(?i:first|last|new|latest|remaining|final)\s+)?(?:[A-Z][\w-]*\s+)*"
                         r"[A-Z][\w-]*s$")


