"""Clause helpers shared by the headline rules: words, verbs, introductions, people.

``drop_intro`` removes what comes before a sentence's main clause ("On Tuesday, …", "After
the talks, …", "It emerged that …"); ``has_verb`` tells a clause from a noun phrase by its
past or auxiliary verbs; ``surnames_in`` names the people of a phrase by their surnames and
``shorten_people`` puts each person's surname for their roles and names ("Russian Defense
Minister Sergei Shoigu" -> "Shoigu").
"""

from __future__ import annotations

import re

from chronology.extraction.entities import ROLE_WORDS, capitalised_runs, person_name
from chronology.extraction.entities import surname as _surname
from chronology.extraction.gazetteer import country_of
from chronology.extraction.verbs import (
    AUXILIARIES,
    is_auxiliary,
    is_english_word,
    is_inflected_verb,
    is_past,
    is_verb_form,
)
from chronology.languages import en, en_grammar

WORD = re.compile(r"[\w'’.-]+")


ARTICLES = re.compile(r"\b(?:" + "|".join(en.ARTICLE_WORDS) + r")\s+", re.IGNORECASE)


INTRO = set(en.INTRO_WORDS)


# "Just moments after Biden signed the bill, ...": a time clause before the main one.
_TIME_CLAUSE = re.compile(r"^(?:(?:just|only|shortly|moments|minutes|hours|days|weeks|soon|"
                          r"a day|a week|two days|\w+ days)\s+)*(?:after|before|following|"
                          r"once|when|as soon as|hours after|days after|if|unless|although|though|even though|"
                          r"even if|whereas)\b[^,]{0,120},\s*",
                          re.IGNORECASE)


# "Addressing the ceremony, …", "Started in 2018, …", "Notably, …", "It emerged that …"
# (",_": a comma closing a masked quotation, "Calling the deal “a milestone,” …").
_LEADING_PHRASE = re.compile(r"^(?:(?P<verb>[A-Z][a-z]+(?:ing|ed))\b[^,]{0,100},_?\s+|[A-Z][a-z]+ly,\s+"
                             r"|[Ii]t\s+(?:has\s+)?(?:emerged|transpired|became known|has become known|is (?:reported|learned|"
                             r"learnt|understood|known|said)|was (?:reported|learned|learnt|"
                             r"announced|revealed))\s+that\s+"
                             # "It is reminded that …", "It should be noted that …", "It is
                             # worth recalling that …": a reminder's frame, not an event
                             r"|[Ii]t\s+(?:is|was|should be|must be|may be|can be)\s+(?:worth\s+)?"
                             r"(?:reminded|recalled|noted|mentioned|noting|recalling|mentioning|"
                             r"remembering|remembered|pointed out|noteworthy)\s+that\s+"
                             # "It is a result of a consensus reached by …": the consensus
                             # "This follows (reports) that the UK had supplied …": the supplying
                             r"|(?:This|It|That)\s+(?:follows|followed|comes after|came after)\s+"
                             r"(?:(?:reports|news|word|confirmation)\s+)?(?:that\s+)?"
                             r"(?=(?:the\s+)?[A-Z])"
                             # "This is the first time the U.S. has sent …": the sending
                             r"|(?:It|This|That)\s+(?:is|was|marks|marked)\s+the\s+(?:first|second|"
                             r"third|last|latest)\s+time\s+(?:that\s+)?(?=\w+(?:\s+\S+){0,5}\s+"
                             r"(?:has|have|had|is|are|was|were|will)\s)"
                             r"|(?:It|This|That)\s+(?:is|was|comes|came)\s+(?:as\s+)?(?:a|the)\s+"
                             r"(?:result|outcome|culmination|continuation|follow-up)\s+of\s+)")


# "But, …", "And …": a conjunction opening the sentence; ", read by a broadcaster on the
# radio, Saddam said": a participle phrase left first once an intro went
_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So)\b,?\s+(?=\S)")
_PARTICIPLE_LEAD = re.compile(r"^(?:[a-z]+(?:ed|en|wn)\b|[a-z]+ by\b)[^,]{0,100},\s+"
                              r"(?=[A-Z]|(?:the|a|an|its|their)\s)")


_IN_WHAT = re.compile(r"in what (?:has been |had been |was |is |were |are )?(?:billed|described|"
                      r"called|hailed|termed|seen|touted|dubbed)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:" + "|".join(en.FINITE_AUXILIARIES) + r")\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # an intro's quotation counts as one word


# "This is the 20th edition of the exercise and is being conducted with …": the edition is
# the subject of the second verb ("The 20th edition of the exercise is being conducted …")
_EDITION = re.compile(
    r"^(?:This|It)\s+(?:is|was|will be)\s+(?P<subject>the\s+(?:\d+(?:st|nd|rd|th)|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|next|final)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:edition|round|iteration|version|phase|stage|session|instalment|"
    r"installment|meeting|exercise|drill)\b(?:\s+of\s+[^,]+?)?)\s+and\s+"
    r"(?P<rest>(?:is|was|are|were|will|would|has|had)\b.*)$")


# "ended, Delta posted …": what a date phrase ("For the quarter ended Sept. 30") left
_STUB = re.compile(r"^[a-z]+(?:ed|en)\s*,\s+(?=[A-Z])")


def _masked(text: str) -> str:
    """Each quotation as "Q___" of the same length, keeping a comma just inside its end."""
    def mask(match: re.Match) -> str:
        quote = match.group(0)
        if len(quote) > 3 and quote[-2] == ",":
            return "Q" + "_" * (len(quote) - 3) + ",_"
        return "Q" + "_" * (len(quote) - 1)
    return _QUOTED.sub(mask, text)


def drop_intro(text: str) -> str:
    text = _CONJUNCTION.sub("", _STUB.sub("", text, count=1), count=1)
    edition = _EDITION.match(text)
    if edition:
        text = f"{edition.group('subject')} {edition.group('rest')}"
    for pattern in (_TIME_CLAUSE, _LEADING_PHRASE):
        # matched on the text with each quotation masked: a comma inside one ends no clause,
        # but one closing it does ('… called the talks "highly productive," the minister …')
        found = pattern.match(_masked(text))
        if found and found.groupdict().get("verb") and not is_inflected_verb(found.group("verb")):
            continue  # "Reed is paying a dividend of 4.6 pence, up 15 %": a name, no participle
        if found and len(text[found.end():].split()) >= 4:
            text = text[found.end():].lstrip("\"”’ ")
    comparison = _COMPARISON_LEAD.match(_masked(text))
    if comparison and len(text[comparison.end():].split()) >= 3:
        text = text[comparison.end():]
    for _ in range(3):
        first = text.split(" ", 1)[0].lower().strip(",")
        bare = _QUOTED.sub(lambda m: "Q" + "_" * (len(m.group(0)) - 1), text)  # same offsets
        comma = next((m.start() for m in _CLAUSE_COMMA.finditer(bare)), -1)  # not "16,000"
        if first in INTRO and comma > 0 and len(bare[:comma].split()) <= 22 and \
                (not _FINITE.search(_RELATIVE_VERB.sub(" ", bare[:comma])) or _IN_WHAT.match(text)):
            # "at least four people were killed in …," has its verb; "In what has been billed
            # as …," is an intro all the same
            place = _PLACE_COUNTRY.match(text, comma + 1)
            if place and country_of(place.group(1)) and re.search(r"[A-Z][\w'’.-]*$", bare[:comma]):
                comma = place.end() - 1  # "In Sekondi, Ghana, Brenner stepped …": the country
                # after a place's comma ends the same phrase
            text = text[comma + 1:].strip()
            participle = _PARTICIPLE_LEAD.match(text)
            if participle and len(text[participle.end():].split()) >= 4:
                text = text[participle.end():]
        else:
            break
    relative = _RELATIVE_LEAD.match(text)  # what an intro's last noun had: "…, which took
    if relative and len(text[relative.end():].split()) >= 4:  # place at X, Vučić refused"
        text = text[relative.end():]
    return text


# A country after a place's comma: "in Sekondi, Ghana, …"
_PLACE_COUNTRY = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*),\s")


# "Significantly larger than last year's drill, the exercise will …": a comparison set before
# the subject describes it; the clause starts after its comma
_COMPARISON_LEAD = re.compile(r"^(?:[A-Za-z]+ly\s+)?(?:[A-Za-z]{3,}er|(?i:more|less|fewer)\s+[a-z]+)"
                              r"\s+than\s[^,]{1,80},\s+")
# A comma that ends a phrase, not one inside a number ("With 16,000 troops taking part, …")
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")
# The verb of a relative clause inside an intro ("With troops in the drills which will end
# May 10, …"): the intro's own, not the main clause's
_RELATIVE_VERB = re.compile(r"\b(?:" + "|".join(en.RELATIVE_SUBJECTS) + r")\s+(?:[a-z]+ly\s+)?(?:"
                            + "|".join(en.FINITE_AUXILIARIES) + r")\b"
                            # "At the yard where two frigates are being built, …": the
                            # clause after a noun of place has its own subject and verb
                            r"|\b(?:" + "|".join(en.RELATIVE_ADVERBS) + r")\s+(?:[\w'’@-]+\s+){1,8}?(?:"
                            + "|".join(en.FINITE_AUXILIARIES) + r")\b")
# "which took place at X, Vučić refused …": a relative clause left at the start once the
# phrase it followed ("Speaking after the exercise Fire Shield, …") went
_RELATIVE_LEAD = re.compile(r"^(?:which|who|whose|where)\b[^,]{0,100},\s+(?=[A-Z]|(?:the|a|an)\s)")


def has_verb(text: str) -> bool:
    return any((is_past(w) or w in AUXILIARIES) and w.islower() for w in WORD.findall(text))


def is_verb_word(word: str, present: bool = False) -> bool:
    """A word that can start a predicate right after a side clause: "signed", "has"; with
    ``present``, "involves" too (after ", taking place in …," a present verb is likely)."""
    return word.islower() and (is_past(word) or word in AUXILIARIES or present and (
        word.endswith("s") and not word.endswith("ss") and len(word) > 3))


_SUFFIX = re.compile(r"\s+(?:Jr|Sr|II|III|IV)\.?$")
_NAME_SUFFIX = re.compile(r"(?<![.]),?\s+(?:Jr|Sr)\b\.?(?=,?\s)")


# A Korean given name of two syllables joined by a hyphen, after a one-syllable family name:
# "Shin Won-sik", "Yoon Suk-yeol", "Moon Jae-In" (the family name comes first).
_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}")


def surname(name: str) -> str:
    """The surname a headline uses: "Ferdinand Marcos Jr." -> "Marcos" (not "Jr."),
    "Shin Won-Sik" -> "Shin"."""
    parts = _SUFFIX.sub("", name).split() or name.split()
    if len(parts) == 2 and len(parts[0]) <= 4 and parts[0].isalpha() and \
            _GIVEN_SYLLABLES.fullmatch(parts[1]):
        return parts[0]
    return _surname(" ".join(parts))


# Words of a region's name, never of a person's: "the Russian Far East", "the Middle East".
_COMPASS = {"East", "West", "North", "South", "Far", "Middle", "Near", "Central"}
# "in Uttar Pradesh", "at Fort Worth": a run right after a place preposition names a place.
# "visited Burkina Faso", "a tour of Sierra Leone": what one visits or tours is a place too.
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(en.PLACE_BEFORE_WORDS) + r")\s+$")


_NAMED_BEFORE = re.compile(r"\b(?:" + "|".join(en.NAME_INTRODUCERS) + r")\s+[“\"‘']?$",
                           re.IGNORECASE)


def _no_person(text: str, offset: int, run: list[str], name: str) -> bool:
    """A run that person_name took for a person but is a place or a compound of countries
    ("in Uttar Pradesh", "Far East", "Australia-United Kingdom-United States"); a title
    before the name ("Commander in Chief Gen …") makes it a person's."""
    words = name.split()
    if run[:1] == words[:1] and _NAMED_BEFORE.search(text[:offset]):
        return True  # "drills dubbed Ocean Shield": a thing's name, kept whole
    return run[:1] == words[:1] and bool(_PLACE_BEFORE.search(text[:offset])) or any(w in _COMPASS for w in words) or \
        any(w in en.PLACE_NAME_WORDS for w in words[:-1]) or \
        any(country_of(part) for w in words if "-" in w for part in w.split("-"))


def surnames_in(text: str, people: dict[str, str]) -> list[str]:
    names = []
    for _, words in capitalised_runs(text):
        name = person_name(words)
        if name:
            names.append(surname(people.get(name, name)))
        else:
            names.extend(surname(people[w]) for w in words if w in people)
    return list(dict.fromkeys(names))


PRONOUNS = en_grammar.CLAUSES_PRONOUNS


def first_verb_end(text: str) -> int:
    for match in WORD.finditer(text):
        word = match.group(0)
        if match.start() > 0 and (is_past(word) or is_auxiliary(word)):
            return match.end()
    return 0


LOWER_ROLE = "(?:" + "|".join(sorted({w.lower() for w in ROLE_WORDS if w.isalpha()
                                        and w.lower() not in ("air", "navy", "army", "force",
                                                              "forces", "armed", "general")})) + ")"


# Titles before a name, joined by "of": "Iranian Armed Forces Chief of " (then "Staff ... Name").
# "President of the Arab Republic of " (then "Egypt Abdel … Al-Sisi"): "of" more than once.
# "Russian Ambassador to " (then "Vietnam Konstantin Vnukov"): an envoy's "to" joins the same.
_ROLE_CHAIN = re.compile(r"(?:(?:\b(?:the\s+)?[A-Z][\w-]*\s+)+(?:of|to)\s+(?:the\s+)?)+$")
# The same in lower case, right before the name: "Russian naval deputy chief of staff ".
_LOWER_CHAIN = re.compile(r"(?:\b(?:the\s+)?(?:[A-Z][a-z]+\s+)*(?:(?:naval|military|army|air|"
                          r"defen[cs]e|foreign|deputy|vice|first|former|acting|top|senior|navy|marine|"
                          r"special|personal|presidential|"
                          r"ground|force|forces|guard|corps|"
                          r"commander-in-chief|" + LOWER_ROLE[3:-1] + r")\s+(?:of\s+(?:the\s+)?)?)+)$")


_ROLE_NEXT = re.compile(r"\s+" + LOWER_ROLE + r"\s+(?:[A-Z][\w'’-]*\s+)+[A-Z]")


_ORG_GOES_ON = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:" +
                         "|".join(sorted(re.escape(w) for w in en.ORG_WORDS)) + r")\b")


_POSSESSIVE_END = re.compile(r"[’']s?\s+$")


def _titled(before: str, words: list[str], name: str) -> bool:
    """A role title stands right before the name: in its own run ("Defence Minister Mark
    Green") or in lower case ("the defence minister Mark Green"); not an office "of" an
    organisation the words name ("Chief of Staff of the National People's Army")."""
    first = name.split()[0]
    head = words[:words.index(first)] if first in words else []
    lower = _LOWER_CHAIN.search(before)
    return any(w in ROLE_WORDS for w in head) or \
        bool(lower and re.search(LOWER_ROLE + r"\b", lower.group(0)))


def shorten_people(text: str, people: dict[str, str]) -> str:
    """"Russian Defense Minister Sergei Shoigu" -> "Shoigu"."""
    out, pos = [], 0
    for offset, words in capitalised_runs(text):
        if len(words) > 1 and re.search(r"\b[A-Z][\w'’-]*\s+to\s+$", text[:offset]) and \
                is_verb_form(words[0].lower()):
            offset, words = offset + text[offset:].index(words[1]), words[1:]  # "… Chief to
            # Meet Hegseth": in a headline's capitals the word after "to" is its verb, no name
        name = person_name(words)
        if not name or _no_person(text, offset, words, name) or name.split()[-1] in en.THING_NOUNS:
            continue  # ("Alliance Readiness Action Plan": a thing's name, never cut to "Plan")
        if len(name.split()) == 2 and all(w.isalpha() and is_english_word(w) for w in name.split()) \
                and (not _titled(text[pos:offset], words, name) or
                     _POSSESSIVE_END.search(text[offset:text.find(name, offset)])):
            continue  # "Iron Dome", "Sky Sabre": two dictionary words are a thing's name,
            # never cut to "Dome" (after an office, "Defence Minister Mark Green", a person's;
            # not after an office's possessive: "Defence Ministers’ Meeting Plus" is a meeting)
        run = re.match(r"[^,;]*?" + re.escape(name.split()[-1]) + r"(?:(?<=Jr|Sr)\.)?", text[offset:])
        if not run or re.match(r"[\s-]*\d", text[offset + run.end():]):
            continue  # "Exercise Sea Guardian 2023", "Mig 29": a thing's name, no person's
        if _ROLE_NEXT.match(text, offset + run.end()):
            continue  # "Sinn Fein leader Gerry Adams": the party, then the person, who stays
        if _ORG_GOES_ON.match(text, offset + run.end()) and \
                re.search(r"\b(?:the|The)\s+$", text[:offset]):
            continue  # "the National Farming and Fisheries League": one organisation's name
        owner = re.search(r"\b([A-Z][\w-]*)['’]s\s+$", text[pos:offset])
        begin = pos + owner.start() if owner and country_of(owner.group(1)) else offset
        chief = re.search(r"\bCommander[- ]in[- ]$", text[pos:begin])
        if chief and text.startswith("Chief", begin):  # "Commander in Chief Gen Vong Pisen"
            begin = pos + chief.start()
        chain = _ROLE_CHAIN.search(text[pos:begin])  # "Iranian Armed Forces Chief of Staff …"
        if chain and (any(w in ROLE_WORDS for w in chain.group(0).split()) or any(
                w in en.ORG_WORDS for w in chain.group(0).split()) and ROLE_WORDS & set(words)):
            begin = pos + chain.start()  # ("Department of National Defense Secretary X": the
            # organisation goes with the office its run names)
        lower = _LOWER_CHAIN.search(text[pos:begin])
        if lower and (chief or re.search(LOWER_ROLE + r"\b", lower.group(0))):
            begin = pos + lower.start()
        elif chief:  # "Army Commander in Chief Gen …": the force's name goes with the title
            begin = pos + re.search(r"(?:\b[A-Z][a-z]+\s+)*$", text[pos:begin]).start()
        out.append(text[pos:begin])  # "Iran's Defence Minister Amir Hatami" -> "Hatami"
        out.append(surname(name))
        pos = offset + run.end()
        suffix = _NAME_SUFFIX.match(text, pos)  # "Ferdinand R. Marcos, Jr. gave": "Marcos gave"
        pos = suffix.end() if suffix else pos
    out.append(text[pos:])
    return re.sub(r"\s+", " ", "".join(out)).strip()
