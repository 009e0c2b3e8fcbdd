"""Who says what: attributions split from what they attribute ("X said that Y", "Y, X
said", "Y, according to X"), and when the words are an act rather than a statement (media
and organisations relaying a done act, announced plans and packages).
"""

from __future__ import annotations

import re

from chronology.extraction.clauses import (
    ARTICLES,
    PRONOUNS,
    WORD,
    drop_intro,
    has_verb,
    surnames_in,
)
from chronology.extraction.entities import ORG_WORDS
from chronology.extraction.gazetteer import country_of
from chronology.extraction.verbs import AUXILIARIES, is_english_word, is_past
from chronology.languages import en, en_grammar

SPEECH = ("(?:" + "|".join(sorted((v for v in en.SPEECH_VERBS if v != "pointed"), key=len,
                                   reverse=True)) + "|pointed out)")


# (not ", area say they have gathered …": a clause of its own follows the verb)
TRAILING_SPEAKER = re.compile(r",[\"”’]?\s*(?P<speaker>[^,“”\"]{2,90}?)\s+" + SPEECH
                              + r"\b(?!\s+(?:that|he|she|they|it|we|I)\s)"
                              # ", adding that “…”": more words of the speaker's
                              r"[^,“”\"]{0,120}(?:,[^“”\"]*|,\s+(?:adding|saying|noting)\b.*)?\.?$")


TRAILING_SAID = re.compile(r",[\"”’]?\s*" + SPEECH + r"\s+(?!that\b)(?P<speaker>[^,“”\"]{2,60}?)"
                           r"(?:,\s+(?:[a-z]+(?:ed|en)|read|held|made|sent|issued)\b[^“”\"]{0,80}"  # ", read at a rally"
                           # "…, said Colonel Jan Nowak, a spokesman for the army": who the speaker is
                           r"|,\s+(?:a|an|the)\s+(?![^“”\",]*\b(?:said|says|told)\b)[^“”\",]{2,100}"
                           # "…,” said defence minister X during a press conference on …": where
                           # and when the words were said, after a quotation's close
                           r"|(?<=[A-Za-z])\s+(?:during|at|in|on|after|before|while|when|to)\s+(?<![“”\"])[^“”\",]{0,100})?\.?$")


# "…, its state arms exporter, Rosoboronexport, said on Monday." / "…, said the head of the
# agency, Jan Nowak.": the speaker described, then named, cut whole (the name is the speaker)
_NAME = r"(?P<speaker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
TRAILING_DESCRIBED = re.compile(
    r",\s*(?:(?:the|its|their|his|her|a|an)\s+|(?=[a-z]))[^,“”\"]{2,60},\s+" + _NAME + r",\s+"
    + SPEECH + r"\b[^,“”\"]{0,80}\.?$")
TRAILING_SAID_DESCRIBED = re.compile(
    r"(?:,\s*|\s+)" + SPEECH + r"\s+(?:the|its|their|his|her|a|an)\s+[^,“”\"]{2,60},\s+" + _NAME
    + r"\.?$")
# "… to Norway [on Tuesday,] said Jan Nowak, a spokesman for the agency.": a date took the
# comma before the verb (with the comma, TRAILING_SAID takes it)
TRAILING_SAID_NAMED = re.compile(r"(?<![,\s])\s+" + SPEECH + r"\s+" + _NAME + r",\s+(?:a|an|the)\s+"
                                 r"[^,“”\"]{2,100}\.?$")


TRAILING_ACCORDING = re.compile(r",[\"”’]?\s*according to\s+(?P<speaker>[^,]{2,80}?)\.?$")


# A time told from the report's day between a verb of saying and its "that": "said last week
# that …", "said earlier this month that …" (``REPORT_DAYS``, ``REPORT_PERIODS``).
_REPORT_TIME = (r"(?:(?:earlier|later)\s+)?(?:" + "|".join(en.REPORT_DAYS) + r"|(?:" +
                "|".join(en.REPORT_PERIODS) + r")\s+(?:week|weekend|month|year))")
LEADING_SPEAKER = re.compile(
    r"^(?P<speaker>[^“”\"]{2,90}?),?\s+(?:(?:has|have|had)\s+(?=said\b|told\b))?(?:(?:told|tells)(?:\s+(?:the\s+)?[A-Z][\w.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w.-]*)*"  # "told the House of Commons"
    r"|\s+reporters|\s+journalists)?|" + SPEECH + r")"
    r"(?:\s+(?:(?!only\b)[a-z]+ly|afterwards|later|earlier|then)(?=\s+that\b))?"
    r"(?:\s+" + _REPORT_TIME + r"(?=\s+that\b))?"  # "said last week that …"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+"
    r"(?:statement|interview|report|message|post|letter|press release))?[,:]?(?:\s+that,?)?"
    r"\s+(?P<clause>.+)$")


# "Ashtiani told the Moscow Conference on International Security that …", "X told Russian
# news agency RIA Novosti that …": whoever was told goes whole, up to its "that"
LEADING_TOLD = re.compile(r"^(?P<speaker>[^“”\",]{2,90}?),?\s+(?:(?:has|had)\s+)?(?:told|tells|"
                          # "an official confirmed to Yonhap that …": a verb of saying, "to"
                          # and whom it was said to, then "that"
                          + SPEECH + r"\s+to)\s+"
                          r"(?P<addressee>(?!that\b)[^,;:“”\"]{2,80}?)\s+that,?\s+(?P<clause>.+)$")


LEADING_ACCORDING = re.compile(r"^according to\s+[^,]{2,80},\s*(?P<clause>.+)$", re.IGNORECASE)


# "quoted a military source as saying that …", "said to the agency: …": the words after it.
_AS_SAYING = re.compile(r"^(?:[^,“”\"]{2,60}?\s+as\s+saying\s+(?:that\s+)?|to\s+[^:“”\"]{2,40}:\s*)")


# A quotation's close, then a name, then ", the director-general of …" and the verb
_NAME_AFTER_QUOTE = re.compile(r",?[\"”’]\s*,?\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)$")


def split_attribution(text: str, nested: bool = False) -> tuple[str, str]:
    """(speaker, clause) for "X said that Y" / "Y, X said" / "Y, according to X"; else ("", text).

    ``nested``: ``text`` is already a reported clause, where "the economy added 358,000
    jobs" is no second attribution: there a leading speaker needs "that", a colon or a
    quotation after its verb."""
    text = _AS_SAID_BY.sub(" ", text)  # "The drills, as stated by the ministry, are …"
    for pattern in (TRAILING_DESCRIBED, TRAILING_SAID_DESCRIBED, TRAILING_SAID_NAMED,
                    TRAILING_SPEAKER, TRAILING_SAID, TRAILING_ACCORDING):
        match = pattern.search(text)
        if match and pattern is TRAILING_SAID and re.search(r"[$€£\d]", match.group("speaker")):
            continue  # "…, posted earnings of $24 million": an amount, no speaker
        if match and pattern in (TRAILING_SAID_DESCRIBED, TRAILING_SAID_NAMED) and \
                not match.group(0).startswith(",") and not has_verb(text[:match.start()]):
            continue  # (a date took the comma: "… to China [on Monday,] said the head …")
        if match and pattern is TRAILING_SAID_NAMED and \
                text[:match.start()].split()[-1:] and \
                text[:match.start()].split()[-1].lower() in en.COORDINATORS:
            continue  # "… and told Bagheri, the chief of …": a second act, no attribution
        if match and _not_speech(text[match.end("speaker") if pattern in (
                TRAILING_SPEAKER, TRAILING_DESCRIBED) else match.start():].lstrip(",\"”’ ")):
            continue  # "…, which opened on Monday, adds to this momentum": no words told (the
            # verb after its speaker, or before it)
        if match and len(text[:match.start()].split()) >= 3 and _is_speaker(match.group("speaker")):
            before = text[:match.start()]
            named = _NAME_AFTER_QUOTE.search(before)
            if named and not re.search("[“\"]", before[:named.start()]):
                # "…,” Alexander Mikheev, the head of Rosoboronexport, said": the name
                return named.group("name").strip(), before[:named.start()].strip()
            if match.group(0)[1:2] in "\"”’" and not re.search("[“\"]", before):
                return match.group("speaker").strip(), before.strip()  # "…,” Marcos said":
                # the words of a quotation whose opening mark went, no speaker inside them
            inner, clause = split_attribution(text[:match.start()].strip())
            return (inner or match.group("speaker").strip()), clause
    match = LEADING_ACCORDING.match(text)
    if match:
        return "", match.group("clause")
    told = LEADING_TOLD.match(text)
    if told and _is_speaker(told.group("speaker")) and _is_addressee(told.group("addressee")):
        _, clause = split_attribution(told.group("clause"), nested=True)
        return told.group("speaker").strip(), clause
    match = LEADING_SPEAKER.match(text)
    if match and nested and not re.search(r"(?:\bthat|:|[“\"])\s*$",
                                          text[:match.start("clause")]):
        match = None
    if match and _OBJECT.match(match.group("clause")) and not re.search(
            r"\b(?:said|says|say|told|tells|that)\s*$", text[:match.start("clause")]):
        match = None  # "X stressed the importance of cooperation": an object, not words
    if match and _TAKES_OBJECT.search(text[:match.start("clause")]) and \
            not has_verb(match.group("clause")):
        match = None  # "Shoigu emphasised military ties with Iran": a thing, no clause told
    if match and _not_speech(text[match.end("speaker"):]):
        match = None  # "The drill adds to the momentum": the verb and its particle
    if match and _is_speaker(match.group("speaker")):
        inner = _AS_SAYING.sub("", match.group("clause").strip(), count=1)
        _, clause = split_attribution(inner, nested=True)
        return match.group("speaker").strip(), clause
    return "", text


# ", as stated by the ministry,": who said it, an aside between the subject and its verb
_AS_SAID_BY = re.compile(r",\s+as\s+" + SPEECH + r"\s+by\s+[^,“”\"]{2,80},\s+(?=[a-z])")


def _not_speech(after: str) -> bool:
    """The verb of saying right after a speaker, with the particle that makes it no verb of
    saying ("adds to", "pointed to"): ``after`` starts after the speaker's words."""
    words = after.split()[:2]
    return len(words) == 2 and en_grammar.SPEAKERS_NOT_SPEECH_WITH.get(words[0]) == words[1]


# Verbs of speech that take a noun phrase as well as a clause ("stressed the ties")
_TAKES_OBJECT = re.compile(r"\s(?:stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|"
                           r"reiterated|reiterates|noted|notes|confirmed|confirms|revealed|"
                           r"disclosed|affirmed|asserted|clarified|indicated|highlighted),?\s*$")


def _is_addressee(text: str) -> bool:
    """"reporters", "the Moscow Conference on International Security": a noun phrase of at
    most ten words, no clause ("told him the deal that …": "that" is the deal's)."""
    words = text.split()
    return len(words) <= 10 and not has_verb(text) and not re.search(
        r"\b(?:which|who|whom|whose|what|if|whether)\b", text) and words[-1].lower() not in (
        "the", "a", "an", "deal", "plan", "news", "story", "way", "fact")


# "the importance of", "the need for", "the role of": a noun phrase the verb takes as its
# object ("stressed the importance of …"), not a reported clause ("said the deal was …").
_OBJECT = re.compile(r"\s*(?:the|a|an)\s+[a-z]+\s+(?:of|for|to|in|on|between)\b")


def _is_speaker(text: str) -> bool:
    text = _TRAILING_ADVERB.sub("", text)  # "The officials further (said)": "further" no verb
    first, last = text.split(" ", 1)[0].lower(), text.split()[-1].lower() if text.split() else ""
    return len(text.split()) <= 12 and not has_verb(text) and first not in _CONJUNCTIONS and \
        last not in _NOT_SPEAKER_ENDS
    # "…, because all member states have approved": a clause's subject, no speaker; "Three
    # states can join", "all member states": "states" a noun after a number or "member"


_NOT_SPEAKER_ENDS = en_grammar.SPEAKERS_NOT_SPEAKER_ENDS


_CONJUNCTIONS = en_grammar.SPEAKERS_CONJUNCTIONS


SINGULAR_S = en_grammar.SPEAKERS_SINGULAR_S
PLURAL_SPEAKERS = en_grammar.SPEAKERS_PLURAL_SPEAKERS


_TRAILING_ADVERB = re.compile(r"(?:\s+(?:further|also|later|earlier|then|again|reportedly|"
                              r"previously|today|yesterday|however|too))+\s*$", re.IGNORECASE)


def plural_speaker(who: str) -> bool:
    """"Officials", "Local media", "Russia and India": they say, not says."""
    who = _TRAILING_ADVERB.sub("", who)  # "The officials further (said)": the officials
    words = who.lower().split()
    head = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), None)
    if head and head > 1 and words[head - 1] in ("close", "familiar", "near", "loyal", "linked"):
        head -= 1  # "Sources close to the ministry": the head is "Sources"
    if head:  # "Authorities in the Buffalo area", "Federal Service for Military and
        # Technical Cooperation": the head noun tells
        return plural_speaker(" ".join(who.split()[:head]))
    if not words:
        return False
    last = who.split()[-1]
    if last.endswith("s") and country_of(last[:-1]):
        return True  # "Russians", "the Israelis": a people
    if len(words) > 1 and all(w[:1].isupper() for w in who.split()) and \
            last.lower() not in PLURAL_SPEAKERS:
        return False  # "Global Times", "Financial Times": a name
    # "Fund managers", "the nation's auto makers": a plural common noun (a name in -s is one:
    # "Reuters", "Paribas")
    plural_noun = (last.islower() or is_english_word(last)) and last.endswith("s") and \
        not last.endswith(("ss", "us", "is", "os", "'s", "’s")) and len(last) > 3 and \
        last.lower() not in SINGULAR_S
    if one_body(who.split()):
        return False  # "Immigration and Naturalization Service": one body
    return words[-1] in PLURAL_SPEAKERS or "and" in words or plural_noun


def one_body(words: list[str]) -> bool:
    """Capitalised words joined by "and" that end in an organisation's word ("Immigration
    and Naturalization Service"); not two bodies ("Army and Navy") nor two countries."""
    if "and" not in words or not words[-1][:1].isupper() or words[-1] not in ORG_WORDS or \
            words[-1] in ("Forces", "Guards"):
        return False
    at = len(words) - 1 - words[::-1].index("and")
    tail, before = words[at + 1:], words[at - 1] if at else ""
    if country_of(" ".join(tail)) or country_of(before) or country_of(" ".join(words[:at][-2:])):
        return False  # "the United States and the Soviet Union": two countries
    return len(tail) > 1 and all(w[:1].isupper() for w in tail) and before[:1].isupper() and \
        before not in ORG_WORDS and tail[0] not in ORG_WORDS


_PREPOSITIONS = en_grammar.SPEAKERS_PREPOSITIONS


RELAYS = en_grammar.SPEAKERS_RELAYS


_ORGANISATION = re.compile(r"[A-Z]{2,6}|(?:[A-Z][\w.’'-]*\s+){0,5}(?:" +
                           "|".join(sorted(ORG_WORDS)).replace(".", r"\.") + r")")


def relays_an_act(speaker: str, clause: str, people: dict[str, str]) -> bool:
    """"…, the Chinese official media reported", "the press office … told TASS": the
    clause is a done act ("have kicked off", "delivered"), not an opinion or a plan."""
    words = re.findall(r"[\w'’-]+", speaker.lower())
    head = words[:words.index("of")] if "of" in words else words[-1:]
    bare = ARTICLES.sub("", speaker).strip()
    organisation = _ORGANISATION.fullmatch(bare)
    # "Sunak's office": an office that relays, not the person who owns it
    owned = re.fullmatch(r"[A-Z][\w.-]*['’]s\s+[a-z][\w\s-]*", bare)
    if not words or surnames_in(speaker, people) and not owned or country_of(bare) or not (
            any(w in RELAYS for w in head) or organisation):
        return False
    if drop_intro(clause).split(" ", 1)[0].lower() in PRONOUNS | {"we", "i"}:
        return False  # "…, it said": who "it" is, the headline cannot say
    if [w for w in words if w not in ("the", "a")][:1] in (["sources"], ["source"]):
        return False  # "Sources close to the ministry said Russia had delivered": a claim
    if _another_country(speaker, clause):
        return False  # "The Iranian defence ministry said Russia had delivered": a claim
    verbs = [w for w in WORD.findall(drop_intro(clause)) if w.islower() and (
        is_past(w) or w in AUXILIARIES)]
    if not verbs:
        return False
    first = verbs[0]
    if first in ("has", "have", "had", "was", "were"):
        return len(verbs) > 1 and is_past(verbs[1]) and verbs[1] != "been"
    return is_past(first) and first not in AUXILIARIES


def _another_country(speaker: str, clause: str) -> bool:
    """The speaker is one country's body and the clause's subject another country."""
    own = {country_of(w) for w in re.findall(r"[A-Z][\w-]*", speaker)} - {None}  # "Armenia's"
    first = re.match(r"(?:(?:the|a)\s+)?([A-Z][\w-]*)", drop_intro(clause))
    subject = country_of(first.group(1)) if first else None
    return bool(own and subject) and subject not in own


_ACT_VERBS = r"(?:announced|announces|confirmed|confirms|unveiled|reported|reports|declared|posted|posts)"


_TOLL = (r",?\s+(?:claimed|claims|claim)\s+(?:(?:at least|more than|nearly|almost|about|over|some|"
         r"up to)\s+)?(?:\d|(?:[\w-]+\s+)?(?:lives|victims)\b)")


def announces_a_thing(text: str, speaker: str, clause: str) -> bool:
    """"X announced a new aid package" (a noun phrase, no clause after the verb)."""
    if re.match(re.escape(speaker) + _TOLL, text):
        return True  # "The bombings claimed at least 217 lives": a toll, not words
    act = re.match(re.escape(speaker) + r",?\s+" + _ACT_VERBS +
                   r"\s+(?!(?:(?:[a-z]+ly|afterwards|later|earlier|then)\s+)?that\b)", text)
    # ("reported afterwards that …": what follows "that" are words, no thing announced)
    if not act:
        return False
    if re.match(r"(?:(?:its|their|his|her|the|a)\s+)?(?:plans?|intention|decision|readiness)\s+to\b",
                text[act.end():]):
        return True  # "The U.S. announced plans to provide …": an act
    thing = re.split(r"\s(?:that|which|who)\s|,\s|\s(?:they|he|she|it|we|officials)\s+(?:said|say|"
                     r"says)\s", clause, maxsplit=1)[0]  # ("a partnership they said was aimed at …"); "earnings of $24
    # million, compared with a loss": the thing ends at its comma
    if re.match(r"(?:the|a|an|its|their|his|her|new)\s", thing, re.IGNORECASE) and \
            not any(w in AUXILIARIES for w in thing.split()):
        return True  # "announced the push to claw back ground … promised by the West": a thing
    return not has_verb(thing)  # "announced a new package … that will include …"
