"""What makes a headline unusable, and how to shorten one without cutting a phrase in two.

``problems(title)`` lists what a reader would stumble on (each a short reason); the title
rules fall back to the sentence's main clause when their headline has any.  ``fit(text)``
shortens a headline to at most ``MAX_WORDS`` words at a phrase boundary: before a
preposition, a conjunction, a comma or a quotation, never inside a quotation, and never
leaving a dangling "of", "the" or "to".
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.extraction.gazetteer import country_of
from chronology.extraction.verbs import AUXILIARIES, is_past, is_verb_form
from chronology.languages import en, en_grammar

MAX_WORDS = 14
PRONOUNS = en_grammar.TITLE_FIT_PRONOUNS
FUNCTION_END = en_grammar.TITLE_FIT_FUNCTION_END
_NAMING = en_grammar.TITLE_FIT_NAMING
PHRASE_START = en_grammar.TITLE_FIT_PHRASE_START
_REMNANT = re.compile(
    r"\b[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s*[:–—]|\((?:Reuters|AP|AFP|Xinhua|TASS|IANS|PTI|ANI|"
    r"Sputnik|IRNA|dpa|UNI)\)|/[A-Z]{2,}/|[–—-]\s*(?:Xinhua|TASS|Reuters|AFP|IANS|PTI|ANI)\b|"
    r"\bSource\s*$|\bFile photo\b|\bREAD (?:MORE|ALSO)\b")
_PLURAL_SAYS = re.compile(
    r"^(?!(?:\w+\s+){0,2}?(?:of|for|from|with|in|by)\s)"  # "Presence of foreign forces is"
    r"(?:\w+\s+){0,3}?(?:officials|sources|diplomats|media|ministers|leaders|countries|sides|"
    r"forces|troops|analysts|experts|reports|authorities|militaries|navies|governments|"
    r"officers|lawmakers|both|they)\s+(?:says|meets|signs|holds|agrees|has|is|was)\b",
    re.IGNORECASE)
_NEEDS_TO = en_grammar.TITLE_FIT_NEEDS_TO
_ON_VERBS = en_grammar.TITLE_FIT_ON_VERBS
_ON_PARTICLE_VERBS = en_grammar.TITLE_FIT_ON_PARTICLE_VERBS
_NOT_NOUNS = en_grammar.TITLE_FIT_NOT_NOUNS
_OPEN = {"“": "”", "(": ")", "[": "]", "«": "»"}


_NAME_PREPOSITIONS = {"On", "Of", "For", "Towards", "To", "In", "With", "Between", "Against"}


_NEEDS_NEXT = en_grammar.TITLE_FIT_NEEDS_NEXT


def problems(title: str) -> list[str]:
    """Why ``title`` is not a usable headline (empty when it is)."""
    found = []
    words = title.split()
    if not words:
        return ["empty"]
    first = words[0].lower().strip("“”\"'‘’,")
    if first in PRONOUNS and not (words[0].isupper() and len(first) > 1):  # "US" is no "us"
        found.append(f"starts with the pronoun {words[0]!r}")
    if not (title[0].isalnum() or title[0] in "“\"'‘«") or re.match(r"[“\"'‘]\s*[,.;:)]", title):
        found.append("starts with punctuation")
    if dangles(words) or title.rstrip()[-1] in "“‘(«[,:;–—-":
        found.append(f"ends mid-phrase ({words[-1]!r})")
    if len(words) > MAX_WORDS:
        found.append(f"longer than {MAX_WORDS} words")
    if not _balanced(title):
        found.append("unbalanced quotation marks or brackets")
    remnant = _REMNANT.search(title)
    if remnant:
        found.append(f"dateline or agency remnant {remnant.group(0).strip()!r}")
    if _PLURAL_SAYS.search(title):
        found.append("subject and verb disagree")
    if first_person(title):
        found.append("a speaker's words outside quotation marks")
    found.extend(verb_problems(title))
    return found


# "we", "our", "I", "us" ("US" is a country; the "I" of "World War I" a numeral)
_FIRST_PERSON_WORD = re.compile(r"\b(?:" + "|".join(
    "us" if w == "us" else r"I(?=\s+[a-z])" if w == "i" else f"[{w[0].upper()}{w[0]}]{w[1:]}"
    for w in sorted(en_grammar.TITLES_FIRST_PERSON)) + r")\b")


_OWN_DETERMINER = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?=[\w$])")


def first_person_dropped(title: str) -> str:
    """"Minister says our experts will travel to Moscow" -> "Minister says experts will travel
    to Moscow": a speaker's "our" or "my" before a noun, outside quotation marks, goes as an
    article does in a headline; a "we" or "I" stays (the rules quote such words, unchanged)."""
    if not first_person(title):
        return title
    parts = re.split(r"(“[^”]*”|\"[^\"]*\")", title)
    made = "".join(part if part[:1] in "“\"" else _OWN_DETERMINER.sub("", part) for part in parts)
    made = made[:1].upper() + made[1:]
    return made if not first_person(made) and len(problems(made)) <= len(problems(title)) \
        else title


# A lone lower-case letter that is no word ("a", "v" are words: en.LETTER_WORDS; "e-", "x-ray"
# are word parts)
_STRAY_LETTER = re.compile(r"(?<![\w'’.&/-])(?!(?:" + "|".join(en.LETTER_WORDS) +
                           r")(?![\w'’.&/-]))[a-z](?![\w'’.&/-])\s*")


def stray_letters_dropped(title: str) -> str:
    """"… jointly launch e fourth corvette" -> "… jointly launch fourth corvette": a single
    letter that is no word, outside quotation marks, is what a page left of a word it split
    ("th e fourth"); it goes."""
    parts = re.split(r"(“[^”]*”|\"[^\"]*\")", title)
    return "".join(part if part[:1] in "“\"" else _STRAY_LETTER.sub("", part) for part in parts)


def first_person(text: str) -> bool:
    """Whether ``text`` has a word of the first person ("we", "our", "I", "us"), outside
    quotation marks: a speaker's own words."""
    text = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
    for found in _FIRST_PERSON_WORD.finditer(text):
        before = text[:found.start()].split()[-1:]
        if found.group(0) != "I" or not before or not (
                text[found.start() - 1] in "-–—" or before[0][:1].isupper() or
                before[0] in ("-", "–", "—")):
            return True  # (not the numeral of "AL BATTAR-I", "Cyclone – I", "World War I")
    return False


_NO_SUBJECT_BEFORE = en_grammar.TITLE_FIT_NO_SUBJECT_BEFORE
_REPORTED = en_grammar.TITLE_FIT_REPORTED
_NOUNS_TOO = en_grammar.TITLE_FIT_NOUNS_TOO
_TO_NOT_AFTER = {"there", "here"}  # "There to be no ban": no subject for "to"
_RELATIVE_WORDS = en_grammar.TITLE_FIT_RELATIVE_WORDS
_PLURAL_WORDS = en_grammar.TITLE_FIT_PLURAL_WORDS


def verb_problems(title: str) -> list[str]:
    """A headline states an act: a finite verb in its main clause ("Navy commissions frigate",
    "Deal signed", "Iran to buy jets"), and after "X says" a clause with a verb of its own or a
    quotation (not "X says new warships", "X says that Russia")."""
    words = title.split()
    quoted = _inside_quote(words)
    if quoted and quoted[0]:
        return []  # a quotation told whole: its words are the speaker's
    if _verbless_clause(words) is not None and not any(quoted):
        return ["a clause without its verb"]  # "… alone if U.S. authorities"
    said = next((i for i, w in enumerate(words) if i and w.lower().strip(",") in _REPORTED),
                None)
    if said is None:
        if not finite_verb(words):
            return ["no finite verb"]

        that = max((i for i, w in enumerate(words) if i > 1 and w.lower() == "that" and
                    not quoted[i]), default=None)
        if that is not None and not finite_verb(words[that + 1:]):
            return ["the clause after 'that' has no verb"]  # "Office hints that talks"
        return []
    clause = words[said + 1:]
    if clause[:1] == ["that"]:  # "X says that Russia": the clause still needs a verb
        clause = clause[1:]
    if any(quoted[said + 1:]) or finite_verb(clause) and not _noun_end(clause):
        return []
    return ["what is said has no verb"]


def _noun_end(clause: list[str]) -> bool:
    """A short reported clause whose only verb-like word is a plural noun at its end ("X says
    EDCA sites", "X says new bases"): a noun phrase cut from its verb, no clause."""
    last = clause[-1].lower().strip(",.;:") if clause else ""
    return 1 < len(clause) <= 3 and clause[-1].islower() and last.endswith("s") and \
        "NOUN" in _lemmas(last) and not finite_verb(clause[:-1] + ["x"])


def finite_verb(words: list[str]) -> bool:
    """Whether the words hold a predicate as headlines write one: an auxiliary, "to" and a
    verb after a subject, a past form, or a present verb after a subject; a relative
    clause's verb ("Sharif, who is on a visit") does not count."""
    raw, words = words, [w.strip(",;:.“”\"'‘’()") for w in words]
    lowered = [w.lower() for w in words]
    relative = own = False  # in a relative clause; its own verb seen
    infinitive = False  # in the infinitive of a "for" clause
    for i, word in enumerate(lowered):
        if word in _RELATIVE_WORDS or word == "that" and i > 1 and \
                lowered[i + 1:i + 2] and lowered[i + 1] in _CLAUSE_SUBJECTS:
            relative, own = True, False  # "Deal that the ministers signed covers …"
        elif relative and own and raw[i].islower() and before_is_noun(lowered, i) and (
                is_past(word) or word.endswith("s") and is_verb_form(word, only=True) or
                word.endswith("s") and not word.endswith("ss") and is_verb_form(word) and
                lowered[i + 1:i + 2] and lowered[i + 1] not in _NO_SUBJECT_BEFORE | {"and"}):
            return True  # a verb after the relative clause's own verb: the main one
        if relative:  # to the relative clause's closing comma
            own = own or raw[i].islower() and (word in AUXILIARIES or is_past(word))
            own = own and word not in _CLAUSE_OPENERS | {"when", "while", "as", "after",
                                                         "before", "where", "and", "or"}
            relative = not raw[i].endswith(",")
            continue
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            continue
        before = lowered[i - 1] if i else ""
        if i == 0 or before == "to":
            continue  # the subject; a verb after "to" counts with the "to" ("Iran to buy")
        if word in AUXILIARIES or word.endswith(("n't", "n’t")):
            return True
        if word == "to" and for_clause(lowered, i):
            infinitive = True  # "Plans for Norway to sell boats …": what follows is the
            continue  # infinitive's object, until a verb of the main clause ("… approved")
        if word == "to" and i + 1 < len(lowered) and before not in _TO_NOT_AFTER | \
                _NO_SUBJECT_BEFORE and is_verb_form(lowered[i + 1]) and words[i + 1].islower():
            return True  # "Iran to buy jets", "… to enhance …" (not "Delegate to Head of …")
        if before in _NO_SUBJECT_BEFORE or before.endswith(("'s", "’s")):
            continue
        if is_past(word) and words[i].islower() and not (
                word in _NOUNS_TOO and lowered[i + 1:i + 2] == ["of"]) and \
                not (i >= 2 and lowered[i - 2] == "to" and is_verb_form(before)):
            return True  # "Deal signed", "Exercise 2022 conducted at Goa" (not "… to sell
            # used boats": a past form after an infinitive is its object's adjective)
        if before.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", before):
            continue  # "19 ships" ("Exercise Sava 2024 begins": a name's year, no count)
        if infinitive or not words[i].islower() or not is_verb_form(word) or \
                before in _NOUN_NEXT or _modifier(words[i - 1]):
            continue  # ("special forces", "joint exercises", "Ghanaian troops": a noun
            # after its adjective)
        if word.endswith("s") and not word.endswith("ss"):
            return True  # "Navy commissions", "Compaq plunges"
        if not word.endswith("ing") and _plural_before(words[:i]):
            return True  # "Russia and Iran sign", "Militaries undertake"
    # "Woman who was watching her clothes dry killed": a relative clause with no comma to
    # close it ends before the headline's participle
    last = lowered[-1] if lowered else ""
    return relative and len(words) > 3 and words[-1].islower() and last not in AUXILIARIES and \
        (is_past(last) or last.endswith("s") and is_verb_form(last))


def for_clause(lowered: list[str], to: int) -> bool:
    """The "to" at ``to`` opens the infinitive of a "for" clause ("plans for Norway to sell
    boats", "a call for troops to leave"): a noun's complement with a subject of its own, no
    headline's future ("Iran to buy jets"); "for", then at most four words with no auxiliary
    or clause's opening word, then "to"."""
    start = next((k for k in range(to - 1, max(-1, to - 6), -1) if lowered[k] == "for"), None)
    return start is not None and start + 1 < to and not any(
        w in AUXILIARIES or w in _CLAUSE_OPENERS for w in lowered[start + 1:to])


def _modifier(word: str) -> bool:
    """A word that only stands before a noun: an adjective the dictionary knows only as one
    ("naval", "bilateral"), or a people's adjective ("Ghanaian", "Chinese", "Israeli"; not the
    country's own name, "Iran", nor a short form, "US")."""
    if word.islower():
        return set(_lemmas(word)) == {"ADJ"}
    country = country_of(word) if word[1:].islower() else None
    return country is not None and country != word and word.endswith(_PEOPLE_ENDS)


_PEOPLE_ENDS = en_grammar.TITLE_FIT_PEOPLE_ENDS
_HEAD_ENDS = en_grammar.TITLE_FIT_HEAD_ENDS
_CLAUSE_SUBJECTS = en_grammar.TITLE_FIT_CLAUSE_SUBJECTS


def before_is_noun(lowered: list[str], i: int) -> bool:
    """The word before ``lowered[i]`` may end a noun phrase (not "the", "of", "to")."""
    return lowered[i - 1] not in _NO_SUBJECT_BEFORE | {"to", "that", "which", "who"}


def _plural_before(words: list[str]) -> bool:
    """A plural subject ends ``words``: "Russia and Iran", "Lawyers for relatives in Miami",
    "Israelis", "Both presidents jointly" (an adverb is no subject)."""
    words = [w for w in words if not (w.endswith("ly") and w.islower() or
                                      w in en.SUBJECT_ADVERBS)] or words
    head = next((i for i, w in enumerate(words) if i and w.lower() in _HEAD_ENDS), len(words))
    subject = [w.lower() for w in words[:head]]
    last, word = subject[-1], words[head - 1]
    people = word[:1].isupper() and last.endswith("is") and len(last) > 5  # "Israelis"
    if head < len(words) and "and" not in subject:  # "commander of X and other officers"
        from chronology.extraction.headline_tense import second_member
        if second_member(words[head:], words[head - 1]):
            return True
    return "and" in subject or last in _PLURAL_WORDS or last.endswith("s") and len(last) > 3 \
        and (people or not last.endswith(("ss", "us", "is", "'s", "’s")))


def _balanced(title: str) -> bool:
    if title.count('"') % 2:
        return False
    return all(title.count(opening) == title.count(closing) for opening, closing in _OPEN.items())


def _names_quoted(before: str) -> bool:
    """The word before an opening quotation needs the quotation as its noun: an article or
    determiner, an adjective, a compound like "10-year" ("signed a landmark 10-year
    “Framework …”"), not a verb or a comma ("said “…”", "calling it “…”")."""
    word = before.lower()
    return word in _BEFORE_QUOTED_NAME or re.fullmatch(r"\d+-[a-z]+", word) is not None or \
        set(_lemmas(word)) == {"ADJ"}


_BEFORE_QUOTED_NAME = en_grammar.TITLE_FIT_BEFORE_QUOTED_NAME


def fit(text: str, limit: int = MAX_WORDS, keep: int = 3, slack: int = 0) -> str:
    """``text`` cut to at most ``limit`` words at a phrase boundary (unchanged if short),
    keeping at least ``keep`` words (the subject and its verb, when the caller knows them);
    with no phrase boundary before ``limit``, a text of at most ``limit + slack`` words stays
    whole rather than cut mid-phrase ("… delivered to Iranian air")."""
    words = text.split()
    if len(words) <= limit:
        return _trim_end(words)
    quoted = _inside_quote(words)
    best = None
    left = _left_in_state(words)
    for i in range(min(limit, len(words) - 1), max(2, keep - 1), -1):
        nxt = words[i].lower().strip("“\"'‘(")
        boundary = nxt in PHRASE_START or words[i - 1].endswith((",", ";", ":")) or \
            words[i].startswith(("“", '"', "("))
        if nxt == "and" and "between" in (w.lower() for w in words[max(0, i - 4):i]):
            boundary = False  # "between Pakistan and China" is one phrase
        if nxt in ("of", "for", "and", "on") and words[i - 1][:1].isupper() and \
                i + 1 < len(words) and words[i + 1][:1].isupper():
            boundary = False  # "Federal Service for Military Cooperation" is one name
        if words[i - 1].endswith(",") and "-" in words[i - 1] and words[i][:1].islower() and \
                words[i - 1][:1].islower():
            boundary = False  # "shore-based, anti-ship variant": one noun phrase's adjectives
            # (not "Exercise Hawk-24, a biennial …": a name, then its appositive)
        if words[i - 1].lower() in PHRASE_START | {"of"} and words[i - 1].islower():
            boundary = False  # "consists of | around 40 jets": a preposition keeps its object
        if nxt == "on" and words[i - 1].isalpha() and words[i - 1].islower() and \
                set(_lemmas(words[i - 1].lower()).get("VERB", ())) & _ON_VERBS:
            boundary = False  # "… will go | on until …", "… relies | on": the verb's "on"
        if nxt in en.TIME_DISTANCE_LINKS and words[i - 1].lower().rstrip("s") in en.SPAN_UNITS:
            boundary = False  # "comes just weeks | after the drills": a span and what it
            # is counted from are one phrase
        if _verb_left_bare(words, i):
            boundary = False  # "sends contingent to participate | in X", "commences drill
            # with participation | from …": the verb's or the noun's phrase completes it
        if i > keep and words[i].islower() and is_past(words[i]) and words[i] not in AUXILIARIES \
                and not is_past(words[i - 1]) and words[i - 1].lower() not in AUXILIARIES and \
                not words[i - 1].endswith("ly") and words[i - 1].lower() not in _NOT_NOUNS | \
                {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"} \
                and not _before_its_noun(words, i):
            boundary = True  # "frigates | intended for the Navy": a participle phrase starts
        if i > keep and words[i].islower() and words[i].endswith("ing") and len(words[i]) > 5 \
                and words[i - 1].lower() not in AUXILIARIES | _NOT_NOUNS | {"the", "a", "an"} \
                and words[i - 1][:1].isalpha() and not words[i - 1].endswith(("ly", "ing")) \
                and set(_lemmas(words[i - 1].lower())) != {"ADJ"} \
                and not (i + 1 < len(words) and  # "defence manufacturing facility": a compound
                         words[i + 1].lower().strip(",.;") in en.FACILITY_NOUNS):
            boundary = True  # "agreement | involving the supply of 35 Rafale aircraft"
        before = words[i - 1].lower()
        after_aux = i >= 2 and before not in _NEEDS_TO and (words[i - 2].lower() in AUXILIARIES or
                                words[i - 2].endswith("ly") and i >= 3 and
                                words[i - 3].lower() in AUXILIARIES)
        if nxt != "and" and is_past(before) and before not in AUXILIARIES and i > keep and \
                not after_aux:  # "are carefully calibrated | to make …" is a whole verb group
            boundary = False  # "a warship built | by Anakra": the participle needs its phrase
        if nxt == "and" and _complement_shared(words, i):
            boundary = False  # "proposes the supply | and local production of jets": both
            # nouns take the "of" after the second; a cut leaves the first without it
        if nxt == "and" and _modifiers_joined(words, i):
            boundary = False  # "under defense | and economic cooperation agreement": one noun's
        if boundary and i >= 2 and words[i - 2].lower() == "and" and words[i - 1].islower() and \
                is_verb_form(words[i - 1].lower()) and words[i - 1].lower().endswith(("s", "ed")):
            boundary = False  # "arrives in Qatar and participates | in drills": the verb's phrase
        if nxt.strip(",.;") in ("million", "billion", "trillion", "percent", "pence", "cents"):
            boundary = False  # "$110 | million": an amount is one phrase
        if nxt in ("to", "and", "or") and (_number(words[i - 1]) and i + 1 < len(words) and
                                           _number(words[i + 1]) or words[i - 1].lower() == "up"):
            boundary = False  # "100 | to 150 jets", "up | to 100 jets": a range is one amount
        if words[i - 1].endswith(("'s", "’s")):
            boundary = False  # "at Belgrade's | civilian airport": a possessive needs its noun
        if words[i].startswith(("“", '"')) and _names_quoted(words[i - 1]):
            boundary = False  # "a landmark 10-year | “Framework for …”": the quotation names
            # the thing the words before it describe
        if words[i - 1].lower() in ("be", "been", "is", "are", "was", "were"):
            boundary = False  # "sites will be | in Cagayan": the verb's complement is its phrase
        if nxt == "to" and words[i - 1].islower() and words[i - 1].endswith("ing") and \
                is_verb_form(words[i - 1]) and words[i - 2].lower() not in _BEFORE_NOUN:
            boundary = False  # "and helping | to upgrade": the verb needs its infinitive
        if left and left[0] < i <= left[1]:
            boundary = False  # "leaves air base at X | in ruins": the state completes the verb
        if boundary and not quoted[i] and not (quoted[i - 1] and not _closes(words[i - 1])):
            best = i
            break
    if best is None and slack:  # "… conduct first-ever joint exercise | between …": a
        # boundary just past the soft limit, within the slack, rather than a cut mid-phrase
        best = next((i for i in range(limit + 1, min(limit + slack, MAX_WORDS, len(words) - 1) + 1)
                     if (words[i].lower() in PHRASE_START or
                         words[i - 1].rstrip("”\"’").endswith((",", ";")))  # '…Partnership,”'
                     and not quoted[i] and not words[i - 1].endswith(("'s", "’s"))
                     and words[i - 1].lower() not in PHRASE_START | _NEEDS_NEXT
                     and not words[i - 1].lower().endswith("ing")), None)
    told = _quotation_begun(words, quoted, best, limit)
    if told:
        return told
    if best is None and len(words) <= min(limit + slack, MAX_WORDS) and not any(quoted):
        return _trim_end(words)  # no phrase boundary before the soft limit: whole, not "… air"
    cut = words[:best] if best else words[:limit]
    while len(cut) > keep and cut[-1].islower() and cut[-1].endswith("ing") and \
            is_verb_form(cut[-1], only=True) and (cut[-2][:1].isupper() or cut[-2].endswith("s")) \
            and cut[-2].lower().strip(",") not in AUXILIARIES | PHRASE_START | {"being", "been"}:
        cut.pop()  # "arrives in Washington seeking": the participle's phrase was cut off
    if not best:  # no boundary: drop an unfinished quotation rather than cut inside it,
        while cut and quoted[len(cut) - 1] and not _closes(cut[-1]):
            cut.pop()
        n = len(cut)
        if cut and cut[-1][:1].isupper() and n + 2 <= min(limit + slack, MAX_WORDS) and \
                n + 1 < len(words) and words[n].lower() in ("of", "for") and \
                words[n + 1][:1].isupper():
            cut = words[:n + 2]  # "… fly over Sea | of Japan": the name whole, within the slack
        end = len(cut)
        while cut and cut[-1][:1].isupper() and end < len(words) and words[end][:1].isupper() \
                and not words[end - 1].endswith((",", ";")):
            end += 1  # "… in Cagayan’s Naval Base | Camilo Osias": the name ends within the slack
        if end > len(cut) and end <= min(limit + slack, MAX_WORDS):
            cut = words[:end]
        elif end > len(cut):  # "sign Joint Vision Statement | On India-Vietnam Defence …": a
            # long name is cut before its own capitalised preposition, its head kept whole
            begin = len(cut)
            while begin > keep and words[begin - 1][:1].isupper():
                begin -= 1  # where the name starts ("Joint")
            head = next((k for k in range(begin + 2, min(end, limit + slack, MAX_WORDS) + 1)
                         if words[k] in _NAME_PREPOSITIONS), None)
            cut = words[:head] if head else cut
        while len(cut) > keep and cut[-1][:1].isupper() and len(cut) < len(words) and \
                words[len(cut)][:1].isupper() and not cut[-1].endswith((",", ";")) and \
                words[len(cut)] not in _NAME_PREPOSITIONS:
            cut.pop()  # and a name ("Sea Guardians-2") rather than cut it in two
    return _trim_end(cut)


_BARE_NOUN_LEADS = en_grammar.TITLE_FIT_BARE_NOUN_LEADS
_NOMINAL_ENDS = en_grammar.TITLE_FIT_NOMINAL_ENDS
_INFINITIVE_VERBS = set(en.INFINITIVE_VERBS)
_TRY_VERBS = en_grammar.TITLE_FIT_TRY_VERBS


def _number(word: str) -> bool:
    """A count written in figures or words ("150", "1,200", "$6.5", "forty")."""
    bare = word.lower().strip("$€£,")
    return bool(re.fullmatch(r"\d[\d,.]*", bare)) or bare in en.COUNT_WORDS and len(bare) > 2


def _verb_left_bare(words: list[str], i: int) -> bool:
    """A cut before ``words[i]`` leaves an infinitive without its phrase ("to participate |
    in Exercise X") or a preposition's bare action noun without its complement ("with
    participation | from the tank units")."""
    if i < 3 or not words[i - 1].isalpha() or not words[i - 1].islower():
        return False
    before, last = words[i - 2].lower(), words[i - 1].lower()
    if words[i].lower() == "to" and (last in _INFINITIVE_VERBS or last[:-1] in _INFINITIVE_VERBS
                                     or last[:-2] in _INFINITIVE_VERBS) and \
            not words[i - 2].endswith(("'s", "’s")) and before not in _NO_SUBJECT_BEFORE and \
            not (words[i - 2].islower() and (is_verb_form(before, only=True) or
                                             set(_lemmas(before)) == {"ADJ"})):
        return True  # "Israel wants | to withdraw": the verb's object is the infinitive (not
        # "announces plans | to …", "Kishida's plan | to …", "new plan | to …": a noun)
    if words[i].lower() == "to" and before == "to" and last in _TRY_VERBS:
        return True  # "visits Jakarta to try | to resolve …": what is tried goes with it
    infinitive = before == "to" and is_verb_form(last, only=True) and not is_past(last)
    nominal = before in _BARE_NOUN_LEADS and last.endswith(_NOMINAL_ENDS) and \
        words[i].lower() in ("from", "by", "of")
    return infinitive or nominal


_LEAVE = en_grammar.TITLE_FIT_LEAVE
_STATE_AFTER = re.compile(r"((?:\S+\s+){1,6}?)" + en.LEFT_STATE, re.I)


def _left_in_state(words: list[str]) -> tuple[int, int] | None:
    """Where "leave" and the state it leaves its object in stand ("leaves air base at X in
    ruins": the verb's index, the state's first word's index), or None."""
    for j, word in enumerate(words):
        if word.lower() in _LEAVE and (m := _STATE_AFTER.match(" ".join(words[j + 1:]))):
            return j, j + 1 + len(m.group(1).split())
    return None


_AFTER_PARTICIPLE = en_grammar.TITLE_FIT_AFTER_PARTICIPLE


def _before_its_noun(words: list[str], i: int) -> bool:
    """The participle ``words[i]`` stands before the noun it describes ("ten air | launched
    missiles"), so no participle phrase starts there; "frigates | intended for …" does."""
    after = words[i + 1] if i + 1 < len(words) else ""
    lowered = after.lower()
    return after.isalpha() and after.islower() and lowered not in PHRASE_START | FUNCTION_END | \
        _AFTER_PARTICIPLE and not lowered.endswith("ly")


_OWN_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those"}


def _complement_shared(words: list[str], i: int) -> bool:
    """The "and" at ``words[i]`` joins two nouns that share the "of" phrase after the second
    ("the supply and local production of its jets"): a lower-case word before it (no
    preposition's object), then one to three lower-case words and "of"."""
    if i < 2 or not words[i - 1].isalpha() or not words[i - 1].islower() or \
            words[i - 2].lower() in PHRASE_START | {"of"} or i + 1 >= len(words) or \
            words[i + 1].lower() in _OWN_DETERMINERS:
        return False  # "abuse of office | and violations of …": a complement's own noun;
        # "instability | and a perceived waning of …": a second noun with its own article
    for k in range(i + 2, min(i + 5, len(words))):
        if words[k].lower() == "of":
            return all(w.isalpha() and w.islower() and w not in PHRASE_START
                       for w in words[i + 1:k])
    return False


def _modifiers_joined(words: list[str], i: int) -> bool:
    """The "and" at ``words[i]`` joins one word after a preposition or article to words that
    go on to a shared noun ("under defense and economic cooperation agreement", "from tank and
    motorized rifle units"): a cut before it leaves the first word without its noun."""
    before = words[i - 2].lower() if i >= 2 else ""
    left = words[i - 1]
    if not (left.isalpha() and left.islower()) or before not in PHRASE_START | {"the", "a", "an"}:
        return False
    right = []
    for word in words[i + 1:]:
        if not word.rstrip(",;:.").isalpha() or not word.islower() or \
                word.lower() in PHRASE_START | FUNCTION_END:
            break
        right.append(word)
        if word.endswith((",", ";", ":", ".")):
            break
    words_of = [w.lower().rstrip(",;:.") for w in right]  # ("in region and beyond it": no noun)
    return len(right) >= 2 and not PRONOUNS & set(words_of) and "NOUN" in _lemmas(words_of[-1]) \
        and all({"NOUN", "ADJ", "VERB"} & set(_lemmas(w)) for w in words_of)


_BEFORE_COMPLEMENT = en_grammar.TITLE_FIT_BEFORE_COMPLEMENT


def _quotation_begun(words: list[str], quoted: list[bool], best: int | None,
                     limit: int) -> str:
    """"The new warships are | “very capable platforms, equipped with …”": a cut before a
    quotation that completes the verb would leave "… are" (or no verb at all: "exiles will
    now | “proceed with …”", "… consolidate the countries’ | “profound friendship …”": a
    possessive needs it too; "The deal marks | “the start of …”": the verb right before it
    takes it as its object); the quotation's first words are kept instead, closed with an
    ellipsis (never reworded)."""
    start, limit = next((i for i, q in enumerate(quoted) if q), None), limit - 1  # and "…”"
    possessive = words[start - 1].endswith(("'s", "’s", "s'", "s’")) if start else False
    if not start or limit - start < 3 or best and best > start or \
            words[start - 1].lower() not in _BEFORE_COMPLEMENT and not possessive and \
            finite_verb(words[:start - 1]) or \
            any(_closes(w) for w in words[start:limit]):
        return ""
    closing = "”" if words[start][0] == "“" else '"'
    while limit > start + 2 and words[limit - 1].lower().strip(",;:") in FUNCTION_END:
        limit -= 1  # "… will be placed in …”": the quotation's words, to a full phrase
    return " ".join(words[:limit]).rstrip(",;:.") + " …" + closing


def _inside_quote(words: list[str]) -> list[bool]:
    """For each word, whether it lies inside a quotation (the opening word included)."""
    inside, depth = [], False
    for word in words:
        opens = word.startswith(("“", '"', "'", "‘")) and not depth
        depth = depth or opens
        inside.append(depth)
        if depth and _closes(word) and not (opens and len(word) == 1):
            depth = False
    return inside


def _closes(word: str) -> bool:
    stripped = word.rstrip(",.;:!?)")
    return stripped.endswith(("”", '"', "'", "’")) and len(stripped) > 1


# Nouns that end a phrase only with the word after them: "in accordance", "as part" dangle
_AFTER_PREPOSITION = {"accordance": ("in",), "addition": ("in",), "order": ("in",),
                      "regard": ("in", "with"), "respect": ("in", "with"), "line": ("in",),
                      "view": ("in",), "part": ("as",), "response": ("in",), "behalf": ("on",),
                      "front": ("in",), "spite": ("in",), "well": ("as",), "reference": ("with",),
                      **en.BARE_COMPLEMENT_NOUNS}
_NEEDS_MORE = en_grammar.TITLE_FIT_NEEDS_MORE
_NEEDS_PREPOSITION = en_grammar.TITLE_FIT_NEEDS_PREPOSITION
_WAYS_VERBS = en_grammar.TITLE_FIT_WAYS_VERBS
_WITH_NOUNS = en_grammar.TITLE_FIT_WITH_NOUNS
_MODIFIER_COMPOUND = en_grammar.TITLE_FIT_MODIFIER_COMPOUND
_PRONOUN_END = en_grammar.TITLE_FIT_PRONOUN_END
_TIME_OPENERS = en_grammar.TIME_CONJUNCTIONS


def dangles(words: list[str]) -> bool:
    """The last word needs more after it ("… to the", "… in accordance"); "order" only in
    "in order", not in "a rules-based order"."""
    last = words[-1].lower().strip(",;:.“”\"'‘’")
    if words[-1].endswith(("'s", "’s", "s'", "s’")) and last[:1].isalpha():
        return True  # "… lands at Belgrade's", "… consolidate countries’": no noun after
    if words[-1][:1].islower() and last in en.ATTRIBUTIVE_ONLY:
        return True  # "… patrol in northern", "… sign groundbreaking": the noun was cut
    if len(words) > 1 and words[-1].islower() and words[-2][:1].isupper() and \
            not finite_verb(words[:-1]) and \
            (last in en.OBJECT_VERBS or last.endswith("s") and last[:-1] in en.OBJECT_VERBS):
        return True  # "Gantz and Loudiyi sign": the headline's verb lost its object
    if len(words) > 1 and not re.search(r"[”\")]$", words[-1]) and (
            last in _PRONOUN_END or last == "it" and (
                words[-2].endswith(",") or words[-2].lower() in _CLAUSE_OPENERS | _TIME_OPENERS)):
        return True  # "… at Anzali, until they", "… agrees to this": what they did is cut
    if len(words) > 2 and re.fullmatch(_MODIFIER_COMPOUND, words[-1]):
        return True  # "… five S-400 surface-to-air": the weapon's noun was cut
    if len(words) > 3 and (last == "ways" and words[-2].lower() in _WAYS_VERBS and
                           words[-3].lower() == "to" or
                           last in _WITH_NOUNS and words[-2].lower() in ("with", "the")):
        return True  # "… to explore ways", "… begins in Karachi with aim": to do what
    if len(words) > 3 and last in _WAYS_VERBS and words[-2].lower() == "to":
        return True  # "… visit to explore": these verbs need their object
    if last in _NEEDS_PREPOSITION and len(words) > 2 and \
            not is_verb_form(words[-2].lower().strip(",;:")):
        return True  # "… meets Nakatani ahead": of what (not "Talks go ahead")
    if last in _AFTER_PREPOSITION:
        return len(words) > 1 and words[-2].lower() in _AFTER_PREPOSITION[last] + ("of",)
    if last in _NEEDS_MORE and len(words) > 1:
        # "…, the ministry told": an attribution cut from its words; "Crew told" is a passive
        comma = next((i for i in range(len(words) - 2, max(-1, len(words) - 6), -1)
                      if words[i].endswith(",")), None)
        return last == "according" or comma is not None and not any(
            w.lower() in AUXILIARIES | {"been", "being"} for w in words[comma + 1:-1])
    if _adjective_cut(words) or _participle_cut(words):
        return True
    if len(words) > 4 and words[-2].lower() in ("and", "but") and last in _BARE_PARTICIPLES:
        return True  # "… frigate, and based | on a proposal": a participle that needs its phrase
    if words[-1][:1].islower() and (last in _NEEDS_ITS_NOUN or last in ("armed", "first-ever")
                                    or len(words) > 1 and last.endswith("ly")
                                    and words[-2].lower() in _TRANSITIVE_ENDS | {"acquire"}):
        return True  # "… will conduct joint", "… acquire conventionally (armed)": noun cut
    lowered = [w.lower() for w in words[-3:]]
    if len(words) > 2 and (lowered[-2] == "to" and last in _TRANSITIVE_ENDS or lowered[-3] == "to"
                           and lowered[-2] in _TRANSITIVE_ENDS and last in ("out", "up", "off")):
        return True  # "… on Defence Cooperation to provide", "… to lay out": the object cut
    if last in _NAMING and len(words) > 1 and (words[-2].lower() in AUXILIARIES or
                                               words[-2].lower().endswith(("n't", "n’t"))):
        return False  # "… isn't known": a verb, not a name's label
    if last in _PARTICLES and len(words) > 1 and words[-2].islower() and is_past(words[-2]):
        return False  # "Boats handed over", "Base taken over": a phrasal verb's particle
    if last == "on" and len(words) > 1 and words[-2].isalpha() and words[-2].islower() and \
            set(_lemmas(words[-2].lower()).get("VERB", ())) & _ON_PARTICLE_VERBS:
        return False  # "… cooperation will go on", "Talks carry on": the verb's particle
    return last in FUNCTION_END


_PARTICLES = {"over", "through"}
_BARE_PARTICIPLES = en_grammar.TITLE_FIT_BARE_PARTICIPLES


_NEEDS_ITS_NOUN = en_grammar.TITLE_FIT_NEEDS_ITS_NOUN


# Words after which the next word is a noun, never the verb ("special forces", "joint drills")
_NOUN_NEXT = (_NEEDS_ITS_NOUN - {"several", "first", "second", "third", "latest"}) | \
    set(en.ATTRIBUTIVE_ONLY)


_TRANSITIVE_ENDS = en_grammar.TITLE_FIT_TRANSITIVE_ENDS


_BEFORE_NOUN = en_grammar.TITLE_FIT_BEFORE_NOUN
_ORDINALS = en_grammar.TITLE_FIT_ORDINALS
_ADJECTIVE_ENDS = en_grammar.TITLE_FIT_ADJECTIVE_ENDS


def _adjective_cut(words: list[str]) -> bool:
    """The headline ends on an adjective whose noun was cut: "… delivery of several
    powerful", "… launch of first" (not "Iran is ready", "… at last")."""
    if len(words) < 3 or not words[-1].isalpha() or not words[-1].islower():
        return False
    last, before = words[-1].lower(), words[-2].lower()
    if last == "last" and before != "at":
        return True  # "… starts last": what is left of "last year" or "last of the ships"
    lemmas = _lemmas(last)
    if "ADJ" not in lemmas or "VERB" in lemmas or last in _ADJECTIVE_ENDS:
        return False
    adjective_before = set(_lemmas(before)) == {"ADJ"} or before in _ORDINALS
    only = set(lemmas) <= {"ADJ", "ADV"}
    return (only or last in _ORDINALS) and (before in _BEFORE_NOUN or adjective_before)


def _participle_cut(words: list[str]) -> bool:
    """"… to suspend temporary injunction issued": a participle after its noun, once the
    headline has its verb, lost its phrase ("… issued by the court"); "Deal signed", "Navy
    says frigate launched" are headlines."""
    if len(words) < 4:
        return False
    last, before = words[-1], words[-2].lower()
    return last.isalpha() and last.islower() and is_past(last) and last not in AUXILIARIES \
        and before not in AUXILIARIES | _NOT_NOUNS | {"and", "or", "but"} and \
        not before.endswith("ly") and before.isalpha() and \
        not {"says", "say", "said", "that", "who", "which"} & {w.lower() for w in words} and \
        not AUXILIARIES & {w.lower() for w in words[-4:-1]} and _present_verb(words[:-1])
    # ("The base is first announced": a verb group; "woman who was watching … killed": the
    # relative clause's verb is not the headline's)


_INTENT_NOUNS = set(en.COMMITMENT_NOUNS) | {f"{noun}s" for noun in en.COMMITMENT_NOUNS}


def _present_verb(words: list[str]) -> bool:
    """A verb in the present no noun shares, an auxiliary or "to" and a verb: not a
    participle, which may belong to the subject ("First frigate built by GRSE launched"),
    nor "jets" ("Contract for 36 fighter jets signed")."""
    lowered = [w.lower().strip(",;:") for w in words]
    return any(w in AUXILIARIES or w == "to" and i + 1 < len(lowered) and
               is_verb_form(lowered[i + 1]) and lowered[i - 1] not in _INTENT_NOUNS and
               not for_clause(lowered, i)
               # ("Plan to sell frigates approved": the infinitive is the plan's)
               or w.endswith("s") and not w.endswith("ss") and
               words[i].islower() and is_verb_form(w, only=True) and
               lowered[i - 1] not in _NO_SUBJECT_BEFORE
               or not w.endswith(("s", "ing")) and not is_past(w) and words[i].islower() and
               is_verb_form(w, only=True) and lowered[i - 1] not in _NO_SUBJECT_BEFORE and
               _plural_before(words[:i])
               # ("X of A and Y of B preside over launch of boat built": a plural's verb)
               for i, w in enumerate(lowered) if i)


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict:
    from lemminflect import getAllLemmas
    return getAllLemmas(word)


def _trim_end(words: list[str]) -> str:
    words = list(words)
    while len(words) > 3 and dangles(words):
        words.pop()
    if len(words) > 4 and words[-2].endswith(",") and words[-1].islower() and \
            words[-1].isalpha():
        words.pop()  # "… rule Elian should go back, decision": one word of a cut phrase
    while len(words) > 3 and dangles(words):
        words.pop()
    if len(words) > 4 and words[-1].rstrip(",;:").endswith("ing") and \
            words[-2].lower() in ("to", "of", "for", "by"):
        del words[-2:]  # "reaffirms commitment to upholding", "… by promising": the gerund
        # needs its object
    clause = _verbless_clause(words)
    if clause:
        words = words[:clause]  # "… will go alone | if U.S. authorities": no verb after "if"
    if words and re.search(r"[,;:][”\"]$", words[-1]):
        words[-1] = words[-1][:-2] + words[-1][-1]  # '… Partnership,”': the sentence's comma
    return " ".join(words).strip(" ,;:–—-")


_CLAUSE_OPENERS = en_grammar.TITLE_FIT_CLAUSE_OPENERS


def _verbless_clause(words: list[str]) -> int | None:
    """Where a clause opened near the end lacks its verb ("… alone if U.S. authorities"),
    when the words before it still make a headline; else None."""
    lowered = [w.lower().strip(",;:") for w in words]
    start = max((i for i, w in enumerate(lowered) if i >= 2 and w in _CLAUSE_OPENERS),
                default=None)
    if start is None or finite_verb(words[start + 1:]) or not finite_verb(words[:start]):
        return None
    return start
