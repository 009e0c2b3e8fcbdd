"""Date phrases dropped from a headline: a date, a range told as one span, the words that
only lead into a date, so no preposition, link or half clause is left alone."""

from __future__ import annotations

import re

from chronology.extraction.clauses import (
    has_verb,
    is_verb_word,
)
from chronology.extraction.sentences import inside, quoted_spans
from chronology.extraction.speakers import SPEECH
from chronology.extraction.verbs import (
    AUXILIARIES,
    is_past,
    is_verb_form,
)
from chronology.languages import en, en_grammar

DATE_LEAD = (r"(?:\b(?:earlier|later|late|early|also|and|as of|as (?:far back|early|recently|late) as"
             r"|(?:way )?(?<!the )(?<!his )(?<!her )(?<!its )back|up(?=\s+(?:until|till|to)\s))\s+)?"
             # ("shot in the back": a noun; "Up until Thursday": "up" goes with the date)
             r"(?:\b(?:on|in|at|of|last|this|next|from|since|until|till|to|through|by|during|around|"
             r"between|over|for|within|throughout)\s+)?")
# "Over the last year", "for the past month": "the" goes with a date that needs it (not "in
# the March 23 parade", where the date is the parade's)
_THE_LEAD = re.compile(r"\b(?:" + "|".join(en.THE_DATE_LEADS) + r")\s+the\s+$", re.IGNORECASE)
_NEEDS_THE = re.compile(r"(?:" + "|".join(en.THE_DATE_WORDS) + r")\b", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:and|to|until|till|through|[-–—])\s*")
_ADVERBS = en_grammar.TITLE_DATES_ADVERBS


def _ranges_joined(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"between 2022 and 2025", "from May to July": one span, so no "between" is left alone."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and _RANGE_LINK.fullmatch(sentence[joined[-1][1]:start]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# "on the morning of March 17": a part of the day before its date is part of the date phrase
_DAY_PART_OF = re.compile(r"\b(?:(?:on|in|during|by|until|since|from)\s+)?the\s+"
                          r"(?:(?:early|late)\s+)?(?:" + "|".join(en.DAY_PARTS) + r")\s+of\s+$",
                          re.IGNORECASE)


def _day_parts_joined(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"started on the morning of March 17": the span takes "on the morning of", so no "on
    morning" is left when the date goes."""
    joined = []
    for start, end in spans:
        part = _DAY_PART_OF.search(sentence[:start])
        joined.append((part.start(), end) if part else (start, end))
    return joined


def strip_dates(sentence: str, spans: list[tuple[int, int]]) -> str:
    quotes = quoted_spans(sentence)
    spans = _day_parts_joined(sentence, spans)
    for start, end in sorted(_ranges_joined(sentence, spans), reverse=True):
        if inside(start, quotes):
            continue  # words inside quotation marks are never changed
        if re.fullmatch(r"\d{4}", sentence[start:end]) and _NAME_BEFORE.search(sentence[:start]):
            continue  # "Exercise Sea Guardian 2023", "Joint Sea-2024": the year is the name's
        if re.fullmatch(r"[\s.;!]*", sentence[end:]) and (
                len(spans) == 1 and _LASTS_UNTIL.search(sentence[:start]) or
                _LASTS.search(sentence[:start]) and _SPAN_LINK.match(sentence[start:end])):
            continue  # "The exercises will last until June 16.", "… extended to be valid until
            # March 2026", "… to run from May 4 to 19": the verb needs its date
        possessive = re.match(r"['’]s?\s", sentence[end:])  # "In Sunday's debate": "In" stays
        led = re.match(r"(?:on|in|at|during|by|since|until|from)\s", sentence[start:end], re.I)
        before = None if possessive or led else re.search(DATE_LEAD + r"$", sentence[:start],
                                                           re.IGNORECASE)
        # a span led by its own preposition takes no other ("handed over | on Monday")
        cut = before.start() if before else start
        onset = _ONSET_LEAD.search(sentence[:cut])
        if onset and not inside(onset.start(), quotes):
            cut = onset.start() + 1  # "at intervals starting from May": no "starting" left
        onset_aside = bool(onset) and sentence[:cut].rstrip().endswith(",")
        the = _THE_LEAD.search(sentence[:start])
        if the and _NEEDS_THE.match(sentence[start:end]) and not possessive:
            cut = min(cut, the.start())  # "Over the last year, …": no "Over the," left
        joined = re.match(r"and\s+", sentence[cut:start])
        if joined and sentence[:cut].rstrip().endswith(","):
            cut += joined.end()  # ", and in 2021 Iran joined": the clause stays a clause
        keep = sentence[:cut].rstrip(" ") if joined else sentence[:cut].rstrip(" ,")
        if sentence[:cut].rstrip().endswith(",") and (_OPEN_RELATIVE.search(keep) or
                                                      _OPEN_ASIDE.search(keep)) and \
                re.match(r"\s*[a-z]", sentence[end:]):
            keep += ","  # "Singh, who is on a visit, on Monday called": the clause stays closed
            # ("The contingent, comprising 120 soldiers, on Friday arrived": the aside too)
        rest = re.sub(r"^\s+itself\b", "", sentence[end:])  # "last month itself"
        rest = re.sub(r"^['’]s?\s+", " ", rest)  # "Friday's trading volume": no "'s" left
        if re.search(r"\b(?:the|a|an|its|their|his|her|this|these)$", keep, re.IGNORECASE) and \
                re.match(r"\s*,", rest):
            rest = " " + re.sub(r"^\s*,\s*", "", rest)  # "The Aug. 7, 1998, bombings": no "The,"
        if keep.strip() and not keep.rstrip().endswith(","):
            # "will run from May 2 to 9, and feature …": the date's comma goes with it
            second = re.match(r"\s*,\s+(?:and|or)\s+([a-z]+)\s", rest)
            if second and second.group(1) not in _NO_PREDICATE and is_verb_form(second.group(1)):
                rest = " " + rest.lstrip(" ,")
        after_aside = re.match(r"\s*,\s*([a-z]+)\b", rest) if onset_aside else None
        if after_aside and not after_aside.group(1).endswith("ing") and \
                is_verb_form(after_aside.group(1)):
            rest = " " + rest.lstrip(" ,")  # "The drills, beginning on Monday, involve": closed
        aside = re.match(r"\s*,\s*(?=([a-z]+)\b)", rest)
        if aside and is_verb_word(aside.group(1)) and keep.strip() and "," not in keep:
            rest = " " + rest[aside.end():]  # "The bombings, on Aug. 7, killed": no comma left
        dangling = re.search(r"\b([a-z]+)\s+([a-z]+)$", keep)
        if dangling and re.match(r"\s*(?:[.,;]|$)", rest) and is_past(dangling.group(2)) and \
                not re.search(r"\b(?:was|were|is|are|be|been|has|have|had)(?:\s+\w+ly|\s+last|"
                              r"\s+first)?\s*$", keep[:dangling.start(2)]) and \
                dangling.group(2) not in AUXILIARIES and not re.fullmatch(SPEECH, dangling.group(2)) \
                and dangling.group(1) not in AUXILIARIES | _ADVERBS | {"and", "or", "but"} \
                and not dangling.group(1).endswith("ly") \
                and (has_verb(_RELATIVE_CLAUSE.sub("", keep[:dangling.start()]))
                     or _SIDE_OBJECT.search(keep[:dangling.start()])) \
                and not _OPEN_CLAUSE.search(keep[:dangling.start()]):
            dangling = re.search(r"\s+[a-z]+$", keep)
            keep = keep[:dangling.start()]  # "under a contract signed in 2005." -> "a contract"
        second = _BARE_SECOND_VERB.search(keep)
        if second and re.match(r"\s*(?:[.;]|$)", rest) and is_verb_form(second.group("verb")) \
                and any(w.islower() and is_past(w) and w not in AUXILIARIES
                        for w in re.findall(r"[\w'’-]+", keep[:second.start()])):
            keep = keep[:second.start()]  # "started on May 4 and will end (on May 30)": the
            # second verb had only its date to say
        if re.match(r"\s*(?:[.;]|$)", rest):  # "…, to be completed (by 2026)." says nothing
            keep = re.sub(r",\s+(?:(?:due|set|expected|scheduled)\s+)?to\s+be\s+[a-z]+(?:ed|en)$",
                          "", keep)
        sentence = keep + _join(rest)
    return _DISTRIBUTIVE_LEFT.sub("", sentence) if spans else sentence


_ONSET_LEAD = re.compile(r"(?<!\bthe)(?<!\ba)\s(?:" + "|".join(en.ONSET_DATE_LEADS) +
                         r")(?:\s+(?:from|on|in))?\s+$", re.IGNORECASE)
# ", one and the other": a distributive aside whose members had only their dates to say; the
# comma that closes it before the rest of the act goes with it ("two frigates, one and the
# other, to X"; not before a speaker: ", the ministry said" keeps its comma)
_DISTRIBUTIVE_LEFT = re.compile(r",\s+(?:" + "|".join(en.DISTRIBUTIVE_FIRST) + r")\s*,?\s+and\s+(?:"
                                + "|".join(en.DISTRIBUTIVE_SECOND) + r")(?:\s*,(?=\s+(?:"
                                + "|".join(en.ACTION_REST_PREPOSITIONS) + r")\s)|(?=\s*(?:[.;,]|$)))",
                                re.IGNORECASE)


# "will last until June 16", "runs through May": a verb of duration with only its end date
# after it says nothing without the date
_DURATION = (r"(?:last|lasts|lasted|lasting|run|runs|ran|continue|continues|continued|go on|"
             r"goes on|went on|valid|effective|in force|in effect)")
_LASTS_UNTIL = re.compile(r"\b" + _DURATION + r"\s+(?:until|till|through|to)\s+$", re.IGNORECASE)
_LASTS = re.compile(r"\b" + _DURATION + r"\s+$", re.IGNORECASE)
_SPAN_LINK = re.compile(r"(?:until|till|through|from)\s", re.IGNORECASE)
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,]*$")
_OPEN_ASIDE = re.compile(r"^[^,]+,\s+(?:[a-z]+ing|(?:together|along) with|[a-z]+ed by)\s[^,]*$")
# "houses soldiers under an agreement (signed in 2014)": a noun after "under"/"after" is no
# subject, so the participle the date leaves after it is that noun's, not the main verb
_SIDE_OBJECT = re.compile(r"\b(?:" + "|".join(en.SIDE_OBJECT_OPENERS) + r")\s+"
                          r"(?:" + "|".join(en.NOUN_DETERMINERS) + r")\s+(?:[\w'’-]+\s+){0,3}$")
# A capitalised word (not the sentence's first, nor a month) right before a year.
_NAME_BEFORE = re.compile(r"\S\s+(?!(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                          r"Sep|Sept|Oct|Nov|Dec)\b)[A-Z][\w]*(?:\s|-)$")
# "… were rescued when two boats sank (on Monday)": the word after the conjunction's subject
# is that clause's verb, not a participle the date left
_OPEN_CLAUSE = re.compile(r"\b(?:" + "|".join(en.CLAUSE_CONJUNCTIONS) + r")\s+"
                          r"(?:[\w'’-]+\s+){0,4}$"
                          # "the deal that the ministers signed (in 2019)": an object relative
                          r"|\b(?:that|which)\s+(?:the|a|an|its|their|his|her|this|these)\s+"
                          r"(?:[\w'’-]+\s+){0,3}$")
# "the number of doctors who performed abortions declined": the relative clause's verb is
# not the sentence's, so "declined" is the main verb, not a participle left by the date
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which|that)\s+[a-z]+\b"
                             # "the yard where two frigates are being built": its own verb
                             r"|\b(?:" + "|".join(en.RELATIVE_ADVERBS) + r")\s+(?:[\w'’@-]+\s+){1,8}?"
                             r"(?:" + "|".join(en.FINITE_AUXILIARIES) + r")\b[^,;]*"
                             # "an exercise dubbed Shield-2": the name's participle
                             r"|\b(?:" + "|".join(sorted(en.NAMING_PARTICIPLES)) + r")\s+(?=[A-Z“\"‘'])")
_NO_PREDICATE = en_grammar.TITLE_DATES_NO_PREDICATE
# "… and will end", "… and is to conclude": a second verb left with nothing after it
_BARE_SECOND_VERB = re.compile(r",?\s+(?:and|but)\s+(?:(?:will|would|is\s+to|are\s+to|was\s+to|"
                               r"were\s+to|is\s+due\s+to|are\s+due\s+to|to)\s+)?"
                               r"(?P<verb>[a-z]+)$")


def _join(rest: str) -> str:
    rest = re.sub(r"^\s*,", ",", rest) if rest.lstrip().startswith(",") else rest
    return rest if rest.startswith((",", ".", " ")) else " " + rest
