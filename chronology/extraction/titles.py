"""Short plain headlines from a sentence, by rule-based chunking (no language model).

"TEHRAN, January 20 (Sputnik) – Russia and Iran signed on Tuesday an intergovernmental
agreement on military cooperation." -> "Russia and Iran sign intergovernmental agreement on
military cooperation".  Steps: drop the dateline, date phrases, brackets and attributions;
drop introductory phrases, appositives and relative clauses; shorten people to surnames;
put the main verb in the present tense; drop articles; cut to about ten words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chronology.extraction.action_nouns import action_headline
from chronology.extraction.clauses import (
    ARTICLES,
    LOWER_ROLE,
    PRONOUNS,
    WORD,
    drop_intro,
    first_verb_end,
    has_verb,
    is_verb_word,
    shorten_people,
    surname,
    surnames_in,
)
from chronology.extraction.entities import (
    ORG_WORDS,
    ROLE_WORDS,
    find_places,
)
from chronology.extraction.gazetteer import country_of
from chronology.extraction.headline_fit import contradicts, of_the_lead_days
from chronology.extraction.headline_tense import (
    SIMPLE_PAST,
    VERB,
    backshift,
    clause_join,
    plural_subject,
    present_tense,
)
from chronology.extraction.sentences import (
    dateline_end,
    inside,
    quoted_spans,
    speaker_heading_end,
)
from chronology.extraction.speakers import (
    SPEECH,
    announces_a_thing,
    plural_speaker,
    relays_an_act,
    split_attribution,
)
from chronology.extraction.title_fit import MAX_WORDS as HARD_MAX_WORDS
from chronology.extraction.title_fit import PHRASE_START, dangles, fit, problems
from chronology.extraction.title_guard import core_clause, names_a_subject, tells_same_act
from chronology.extraction.verbs import (
    AUXILIARIES,
    base_form,
    is_english_word,
    is_past,
    is_verb_form,
    present,
)
from chronology.languages import en

MAX_WORDS = 12
Describe = Callable[[str], "str | None"]
DATE_LEAD = (r"(?:\b(?:earlier|later|late|early|also|and|as of|as (?:far back|early|recently|late) as"
             r"|(?:way )?(?<!the )(?<!his )(?<!her )(?<!its )back|up(?=\s+(?:until|till|to)\s))\s+)?"
             # ("shot in the back": a noun; "Up until Thursday": "up" goes with the date)
             r"(?:\b(?:on|in|at|of|last|this|next|from|since|until|till|to|through|by|during|"
             r"between|over|for|within|throughout)\s+)?")
# "Over the last year", "for the past month": "the" goes with a date that needs it (not "in
# the March 23 parade", where the date is the parade's)
_THE_LEAD = re.compile(r"\b(?:" + "|".join(en.THE_DATE_LEADS) + r")\s+the\s+$", re.IGNORECASE)
_NEEDS_THE = re.compile(r"(?:" + "|".join(en.THE_DATE_WORDS) + r")\b", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s*(?:and|to|until|till|through|[-–—])\s*")
CUT_BEFORE = re.compile(r"\s*(?:;|(?<!\d):|\s[–—-]\s(?!(?:I{1,3}|IV|VI{0,3}|IX|X)\b[‘’'\"”]?\s)"
                        r"|(?<!ing),\s+[a-z]+ing\b"  # ("developing, designing and building": a series)
                        # ", and the supreme leader said …", ", and in 2021 Iran joined …"
                        r"|,\s+and\s+(?=(?:the\s+|an?\s+|in\s+|on\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?"
                        r"(?:said|says|told|added|was|were|is|are|has|have|had|will|would|\w+ed)\b)"
                        # "arrived in Taiwan and were transferred to a base": a second predicate
                        r"|\s+and\s+(?=(?:was|were|has|have|had)\s+[a-z]+(?:ed|en|wn|ing)\b)"
                        # "was approved and the delivery is scheduled …": a second clause
                        r"|\s+and\s+(?=(?:the\s+|its\s+|their\s+)?(?!(?:that|which|who|it|they|"
                        r"there)\b)[a-z][\w'’-]*\s+(?:is|are|was|were|has|have|had|will)\s)"
                        # "calls murder wrong but he urged …": a second clause
                        r"|\s+but\s+(?=(?:he|she|they|it|we|I)\s)"
                        r"|,\s+(?:a|an)\s+[\w-]+\s+(?:that|which|who)\b"
                        # ", more than a year after India received …": how far apart two acts lie
                        r"|,\s+(?:(?:" + "|".join(en.TIME_DISTANCE_QUALIFIERS) + r")\s+)?(?:"
                        + "|".join(en.COUNT_WORDS) + r"|\d+)\s+(?:" + "|".join(en.UNITS)
                        + r")s?\s+(?:" + "|".join(en.TIME_DISTANCE_LINKS) + r")\b"
                        # "lost contact with the satellite a year before it was due to …": how
                        # long before another act, a side phrase with or without its comma
                        r"|\s+(?:(?:" + "|".join(en.TIME_DISTANCE_QUALIFIERS) + r")\s+)?(?:"
                        + "|".join(en.COUNT_WORDS) + r"|\d+)\s+(?:" + "|".join(en.UNITS)
                        + r")s?\s+(?:before|after)\s+(?=(?:it|he|she|they|we|the|its|their|his|her)\s)"
                        r"|,\s+(?:that|it|this)(?:['’]s|\s+is|\s+was)\s"  # a comma splice
                        r"|,\s+(?:who|whose|which|where|when|while|as|adding|also|but|"
                        r"saying|after|during|despite|amid|with|only|most|mostly|soon|"
                        r"especially|particularly|notably)\b|\s+(?:during|amid|because|"
                        r"despite|whereas|although|so that|in order to)\b)")
FUNCTION_END = {"of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from", "the",
                "a", "an", "its", "their", "his", "her", "as", "that", "between", "about", "which",
                "over", "under", "after", "before", "against", "into", "than", "via", "amid",
                "including", "while", "when", "since"}


# A relative clause of what someone said about the thing just named, with no "that".
_REDUCED_SAID = re.compile(r"\s(?:they|he|she|we)\s+(?:said|say|says)\s+(?:was|were|is|are|"
                           r"would|will|had|has|have)\b.*$", re.DOTALL)


def make_title(sentence: str, date_spans: list[tuple[int, int]], people: dict[str, str],
               statement: bool, describe: Describe | None = None) -> str:
    """A headline for the event in ``sentence`` (spans are offsets into ``sentence``).

    ``describe(phrase)`` names the person a description stands for ("Iranian general", "He").
    """
    sentence, date_spans = _glued_quotes_spaced(_typeset_quotes(sentence), date_spans)
    sentence, date_spans = _learning_dropped(*_credit_dropped(sentence, date_spans))
    sentence, date_spans = _report_days_dropped(sentence, date_spans)
    title = _make_title(sentence, date_spans, people, statement, describe)
    title = title.lstrip(_BULLETS)  # "• Türkiye delivers …": a list's bullet is no word
    title = _report_time_dropped(_LEADING_NAME.sub(r"\1", title))
    title = _act_told(title, sentence)
    if not _unusable(title):
        return title
    core = _core_title(_story_text(sentence, date_spans), people)
    return core or title


def _act_told(title: str, sentence: str) -> str:
    """A verbless title of a verbless sentence told by a noun of action ("Delivery of jets to
    Croatia") with the act's verb ("Jets delivered to Croatia"), when that makes a usable
    headline."""
    told = action_headline(title, sentence)
    return told if told and not problems(told) and names_a_subject(told) else title


_CREDIT = re.compile(r"\s*(?:" + "|".join(map(re.escape, en.CREDIT_MARKS)) + r")")
_LEARNED = re.compile(en.FIRST_PERSON_LEARNED, re.IGNORECASE)


def _credit_dropped(sentence: str, spans: list[tuple[int, int]]
                    ) -> tuple[str, list[tuple[int, int]]]:
    """"… at the air base. © Ivan Horvat, AP": a photo credit after a caption is no part of
    its sentence; it goes, with any date inside it."""
    found = _CREDIT.search(sentence, 1)
    if not found:
        return sentence, spans
    return sentence[:found.start()], [(a, b) for a, b in spans if b <= found.start()]


_REPORT_DAY = re.compile(r"\s(?:(?:earlier|later|late|early)\s+)?(?:" + "|".join(en.REPORT_DAYS) +
                         r")\b(?![’']s)(?=\s+[a-z])")  # lower case: "India Today" is a name


def _report_days_dropped(sentence: str, spans: list[tuple[int, int]]
                         ) -> tuple[str, list[tuple[int, int]]]:
    """"Croatian jets yesterday intercepted two drones …": a day told from the report's own
    day, left in the story by no date rule, goes (the card's date says when), so the verb
    finds its subject; a quotation's words and a name's ("India Today") stay."""
    for found in reversed(list(_REPORT_DAY.finditer(sentence))):
        a, b = found.span()
        after = sentence[b:].split()[:1]
        if inside(a, quoted_spans(sentence)) or any(x < b and a < y for x, y in spans) or \
                after and after[0].lower().strip(",") in AUXILIARIES or \
                sentence[:a].split()[-1:] in (["said"], ["says"], ["that"], ["told"]):
            continue  # "said today was a historic day": the day is what is spoken of
        sentence = sentence[:a] + sentence[b:]
        spans = [(x - (b - a) if x >= b else x, y - (b - a) if y >= b else y) for x, y in spans]
    return sentence, spans


def _learning_dropped(sentence: str, spans: list[tuple[int, int]]
                      ) -> tuple[str, list[tuple[int, int]]]:
    """"We just got the news that Sweden and Ukraine signed …": the outlet telling how it
    learned is no act; what it learned is ("Sweden and Ukraine sign …")."""
    found = _LEARNED.match(sentence)
    if not found or len(sentence) - found.end() < 20:
        return sentence, spans
    at = found.end()
    told = sentence[at:]
    return told[0].upper() + told[1:], [(a - at, b - at) for a, b in spans if a >= at]


# What leaves a reader no act to read: no verb, a cut end, no one the act is told of
_UNUSABLE = ("no finite verb", "ends mid-phrase", "starts with the pronoun",
             "what is said has no verb")


def title_or_headline(title: str, article_title: str, sentence: str,
                      people: dict[str, str], value: str = "", reported: str = "") -> str:
    """``title``, or the article's own headline told as a title when ``title`` leaves the
    reader no act (no verb, a cut end, no subject) and the headline tells the same act: it
    shares two content words with the sentence ("Joint drill 'Sea Shield-2' in Gdansk
    harbour" under "Poland and Norway begin Sea Shield-2 naval drill"), the event (dated
    ``value``) is of the article's days (``reported``) and the sentence names no other
    year, edition or place (``headline_fit``)."""
    if not article_title or not _unusable(title) or not tells_same_act(article_title, sentence) \
            or contradicts(article_title, sentence) or not of_the_lead_days(value, reported):
        return title
    told = make_title(article_title, [], people, False)
    return told if not _unusable(told) else title


def _unusable(title: str) -> bool:
    return any(p.startswith(_UNUSABLE) for p in problems(title)) or not names_a_subject(title)


_GLUED_CLOSE = re.compile(r"”(?=[A-Za-z])")


def _glued_quotes_spaced(sentence: str, spans: list[tuple[int, int]]
                         ) -> tuple[str, list[tuple[int, int]]]:
    """'the “Blue Sword 2019”joint exercise': a closing mark glued to the next word (a
    missing space) gets its space, so the quotation is seen to close; dates move with it."""
    for match in reversed([m for m in _GLUED_CLOSE.finditer(sentence)
                           if _quotation_open(sentence[:m.start()])]):
        at = match.end()
        sentence = sentence[:at] + " " + sentence[at:]
        spans = [(a + (a >= at), b + (b >= at)) for a, b in spans]
    return sentence, spans


def _quotation_open(before: str) -> bool:
    """A quotation is open at the end of ``before``: a "“" opens one, a "”" closes the open
    one, and a "”" after a space or at the start opens one when none is open ("the ”Joint
    Sea 2019” drills": a closing mark used as an opening one)."""
    open_ = False
    for at, mark in ((m.start(), m.group(0)) for m in re.finditer("[“”]", before)):
        opening = mark == "“" or not open_ and (at == 0 or before[at - 1].isspace())
        open_ = opening and not (mark == "”" and open_)
    return open_


def _core_title(text: str, people: dict[str, str]) -> str:
    """The last resort when no rule made a usable headline: the sentence's main act,
    "<Subject> <verb> <object>" (``title_guard``), in headline form, if that is usable."""
    clause = core_clause(_main_clause(drop_intro(text)), people)
    made = _cap(headline(clause, people)) if clause else ""
    return made if made and not problems(made) and names_a_subject(made) else ""


_BULLETS = "•·▪▫●○◦‣∙■□►▶✓✔* \t|/–—-:;,"  # and a page's separators: "Nairobi | (date) | …"


_REPORT_TIME_END = re.compile(
    r"(?:\s+(?:in|on|by|through|until|till|since|during|over|for))?"  # "through next year"
    r"\s+(?:(?:earlier|later)\s+)?(?:" + "|".join(en.REPORT_DAYS) + "|(?:" +
    "|".join(en.REPORT_PERIODS) + r")\s+(?:week|month|year))\s*$")


def _report_time_dropped(title: str) -> str:
    """"Crew reaches Russia earlier this month" -> "Crew reaches Russia": a time told from the
    report's day, left at the end of a headline with no quotation marks (the words were a
    quotation's, so no date rule took them)."""
    found = _REPORT_TIME_END.search(title)
    if not found or re.search(r"[“”\"]", title) or len(title[:found.start()].split()) < 3:
        return title
    return title[:found.start()]


def _make_title(sentence: str, date_spans: list[tuple[int, int]], people: dict[str, str],
                statement: bool, describe: Describe | None = None) -> str:
    sentence, date_spans = _participle_action(*_relative_action(sentence, date_spans))
    sentence, date_spans = _dated_second_clause(sentence, date_spans)
    sentence, date_spans = _dated_time_clause(sentence, date_spans)
    lead = dateline_end(sentence, 0, len(sentence))  # before the dates: it may hold one
    text = _story_text(sentence, date_spans)
    full = re.sub(r"\s+", " ", text).strip(" ,;.–—-“”\"")
    if _LEADING_NAME.match(text.strip()):
        full = text.strip()[0] + full  # kept whole, so no rule takes its words for a person's
    text = _main_clause(drop_intro(_main_clause(_presence_dropped(_departure_dropped(full)))))
    meeting = meeting_title(text, people, before_speech=statement, describe=describe,
                            setting=full)
    if meeting:
        return _cap(meeting)
    marked = _marked_event(text)
    if marked:
        return _cap(marked)
    introduced = _introduced_quotation(sentence[lead:], people, describe)
    if introduced:
        return introduced
    speaker, clause = split_attribution(text)
    clause = clause.lstrip(" :,") if speaker else clause  # "X said: “…”"
    if speaker:  # "X said from her home in Irving, Texas: “…”": where, before the words
        clause = re.sub(r"^(?:from|in|at|during|after|before)\s[^:“”\"]{2,80}:\s*(?=[“\"])", "", clause)
        # "X said during a press conference that …": where, before what is said
        clause = re.sub(r"^(?:in|at|during|after|before|on|via)\s[^:,“”\"]{2,80}?\s+that\s+(?=\S)",
                        "", clause)
    told = re.match(re.escape(speaker) + _TOLD_SOMEONE + r"(?P<addressee>[^,“\"]{1,80}?)\s+that\s+",
                    text) if speaker else None
    if told and not re.search(r"\s(?:the|a|an|its|their|his|her)\s", told.group("addressee")) \
            and not has_verb(told.group("addressee")) and clause.endswith(text[told.end():][-20:]):
        # "Ashtiani told the Moscow Conference on International Security that …": the
        # addressee goes whole, with its "that" ("told reporters the deal that …" keeps it)
        clause = text[told.end():]
    quotation = bool(speaker) and _OPENS_QUOTE.match(sentence[lead:]) is not None and \
        bool(clause) and not clause.startswith(("“", '"')) and text.startswith(clause[:20])
    # the quotation's own act dated inside it ("“The crew reached Split earlier this month,”
    # the source said"): told as that act, not as words kept whole
    closing = re.search(r"[”\"]", sentence[lead + 1:]) if quotation else None
    dated_inside = closing is not None and any(
        lead < a < lead + 1 + closing.start() for a, _ in date_spans)
    if speaker and re.match(r"(?:to|into|on|at|for|with|from|of)\s", clause) and \
            not re.search(r"\bthat\b|[“\"]", clause):
        speaker, clause = "", text  # "The delivery adds to at least four helicopters": an act
    if speaker and not clause.startswith(("“", '"')) and not _has_predicate(clause):
        speaker, clause = "", text  # "Delta posted net income of $133 million": the verb
    if speaker and announces_a_thing(text, speaker, clause):
        speaker, clause = "", text  # "The US announced a new package": an act, not words
    if speaker and not statement and _telling_dated(sentence[lead:], date_spans, lead):
        statement = True  # "Putin told Raisi on Monday that Moscow would …": Putin's words
    if statement and speaker and relays_an_act(speaker, clause, people):
        statement = False  # "the navies have kicked off …, official media reported": the act
    # "X said she was heartened …", "The bank said it will buy …": the clause is about the
    # speaker, so the headline says who ("X says she was heartened …")
    about_speaker = bool(speaker) and re.match(r"(?:he|she|it|they|we|I)\b", clause) is not None
    said = ""  # "Niazi says": who says the clause, when the headline tells words
    occasion_quote = quotation and not dated_inside  # "“…,” Macron said during a visit …"
    if speaker and (statement or occasion_quote or about_speaker or clause.startswith(("“", '"'))):
        # words (a sentence that opens with a quotation and names who said it is that
        # speaker's words, whatever its date dates: "“…,” Macron said during a visit …")
        words = f"“{clause.rstrip(' ,.')}”" if quotation and (statement or occasion_quote) else ""
        short = _strip_remnants(headline(clause, people, reported=True))
        who = _resolved(short_speaker(speaker, people, describe), describe)
        verb = "say" if plural_speaker(who) else "says"
        said = f"{who} {verb}"
        told = f"{said} {_lower_first(short, text, people)}"
        title = _quoted_words(who, verb, short) or _cap(told)
        if words and not dated_inside:  # its own words, unchanged, or "…", on every path
            # (a statement too: "Lin says “We don’t supply weapons …”", never "we don’t …")
            words = "“" + re.split("[”\"]", full.lstrip("“\""), maxsplit=1)[0].strip(" ,") + "”"
            title = _quoted_words(who, verb, words) or _cap(f"{said} {words}")
        elif words and len(title.split()) < len(told.split()):
            # "“The capabilities we are delivering are carefully calibrated to make the most
            # difference …,” Blinken said": a quotation too long to tell whole is shortened
            # in its own words, never reworded and cut ("… calibrated to make most")
            title = _quoted_words(who, verb, words) or title
    else:  # ("a partnership they said was aimed at …": what they said of it goes)
        title = _cap(_resolved(headline(_REDUCED_SAID.sub("", clause), people), describe))
    if problems(title):  # too long, only: the headline cut at a phrase boundary keeps its subject
        fitted = fit(title) if problems(title) == [f"longer than {HARD_MAX_WORDS} words"] else ""
        title = fitted if fitted and not problems(fitted) else \
            _fallback(clause or text, title, describe, said, people)
    if _OPENS_QUOTE.match(sentence[lead:]):  # a quotation's words are never reworded
        # "“Our nations have stood …,” the alliance said": the speaker the sentence names;
        # "“So we carried out trials …" alone: who the article means
        who = _quotation_speaker(speaker, people, describe) if problems(title) else None
        if who:  # -> "Alliance says “Our nations have stood …”"
            words = "“" + re.split("[”\"]", full.lstrip("“\""), maxsplit=1)[0].strip(" ,") + "”"
            verb = "say" if plural_speaker(who) else "says"
            return _quoted_words(who, verb, words) or _cap(f"{who} {verb} {words}")
        return title or fit(full)
    continued = _quotation_continued(title, sentence[lead:], people, describe)
    return continued or _without_pronoun(title, clause or text, people) or fit(full)


# "X, the army's deputy chief, said: “Today we are launching …": a quotation a colon introduces
_SAID_COLON = re.compile(r"^(?P<speaker>[^“”\":]{3,160}?),?\s+" + SPEECH +
                         r"\s*:\s*(?P<mark>[“\"])(?P<words>[^“”\"]{12,})[”\"]?\W*$")


def _introduced_quotation(sentence: str, people: dict[str, str], describe: Describe | None) -> str:
    """'Major General Wafula, the deputy chief of staff, said: “Today we are launching the
    exercise.' -> 'Wafula says “Today we are launching the exercise”': the words a colon
    introduces are the speaker's, whole or shortened with an ellipsis, closed or not (a
    quotation often runs on into the next paragraph); the speaker is named, not a pronoun."""
    found = _SAID_COLON.match(sentence.strip())
    if not found:
        return ""
    who = _resolved(short_speaker(drop_intro(found.group("speaker")), people, describe), describe)
    if not who or who.split()[0].lower() in PRONOUNS or has_verb(who):
        return ""
    mark = found.group("mark")  # the quotation's own marks, straight or curly
    words = mark + found.group("words").strip().rstrip(" ,.") + ("”" if mark == "“" else mark)
    verb = "say" if plural_speaker(who) else "says"
    made = _quoted_words(who, verb, words) or _cap(f"{who} {verb} {words}")
    return made if not problems(made) and names_a_subject(made) else ""


_FIRST_PERSON = {"we", "i", "our", "my", "us"}


def _quotation_continued(title: str, sentence: str, people: dict[str, str],
                         describe: Describe | None) -> str:
    """'Today we had talks in Stockholm and signed a deal.”': a sentence in the first person
    that closes a quotation opened before it is the words of the person quoted, the person the
    article named last: "Szalay says “We had talks in Stockholm …”", never "We have talks …"."""
    first = title.split(" ", 1)[0].lower().strip("“\"‘")
    if first not in _FIRST_PERSON or not re.search(r"[”\"]\W*$", sentence) or \
            re.search(r"[“‘]|(?:^|\s)\"", sentence):
        return ""  # a quotation opened inside the sentence is told by the rules above
    who = _quotation_speaker("", people, describe)
    if not who:
        return ""
    words = "“" + sentence.strip(" “”\"").rstrip(" ,.") + "”"  # its words, dates too
    verb = "say" if plural_speaker(who) else "says"
    made = _quoted_words(who, verb, words) or _cap(f"{who} {verb} {words}")
    return made if not problems(made) else ""


# What a page or a wire puts before the story's first word: the clock of a publication line
# whose date was taken ("Updated: (March 3, 2024) 10:15 IST Kenya's navy …") and a wire's
# slug in capitals ("KENYA-NAVY/ Kenya's navy …")
_PAGE_LEAD = re.compile(r"^\s*(?:(?:Updated|Published|Posted|Last updated)\s*:?\s*)?"
                        r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}\b)?"
                        r"|[A-Z]{2,}(?:[-/][A-Z]{2,})*/)\s+(?=[A-Z])")


def _story_text(sentence: str, date_spans: list[tuple[int, int]]) -> str:
    """The sentence's own words: no dateline, agency tag, brackets or date phrases."""
    lead = max(dateline_end(sentence, 0, len(sentence)),  # before the dates: it may hold one
               speaker_heading_end(sentence, 0, len(sentence)))  # "Admiral X: …": whose words
    text = _strip_dates(sentence[lead:], [(a - lead, b - lead) for a, b in date_spans if a >= lead])
    text = _strip_remnants(text[dateline_end(text, 0, len(text)):])
    # "BAKU (Sputnik)Azerbaijani …": an all-caps place and its agency, glued to the sentence
    text = re.sub(r"^\s*[A-Z]{3,}(?:\s+[A-Z]{2,})*\s*\([^)]{1,40}\)\s*(?=[A-Z][a-z])", "", text)
    text = _strip_remnants(re.sub(r"\s*[(\[][^)\]]*[)\]]", "", text))  # "Seoul (Jiji Press)--"
    # "10:15 IST Kenya's navy …", "KENYA-NAVY/ Kenya's navy …", "14:09 JST London,—Kishida …"
    text = _strip_remnants(_PAGE_LEAD.sub("", text))
    text = _interrupting_attribution_dropped(text)
    return _cleft_dropped(text)  # "It was (in 2006) that Hungary initiated …": Hungary's act


# "Lavrov, the ministry said, also thanked …": an attribution set between the subject and its
# verb by two commas
_INTERRUPTING_SAID = re.compile(r"^(?P<subject>[^,;:“”\"]{2,80}?),\s+(?P<who>[^,;:“”\"]{2,60}?)\s+"
                                + SPEECH + r",\s+(?=(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+)\b)")


def _interrupting_attribution_dropped(text: str) -> str:
    """"Lavrov, the ministry said, also thanked North Korea …" -> "Lavrov also thanked North
    Korea …": the attribution between the subject and its verb goes, so the headline keeps its
    subject ("Thanked North Korea …" has none); a subject with a verb of its own ("The deal
    was signed, he said, and …") is a clause, not a subject."""
    match = _INTERRUPTING_SAID.match(text)
    if not match or has_verb(match.group("subject")) or has_verb(match.group("who")) or \
            not _main_verb(match.group("verb")):
        return text
    return match.group("subject") + " " + text[match.end():]


def _telling_dated(text: str, spans: list[tuple[int, int]], lead: int) -> bool:
    """Every date of ``text`` is in its leading attribution ("X told Y on Monday that …"),
    none in the words told ("X said on Monday that Y signed on Tuesday": Y's act)."""
    if re.search(r"\baccording to\b", text, re.IGNORECASE):
        return False  # "…, according to a post by X on Monday": a record of the act
    speaker, clause = split_attribution(text)
    dates = [text[a - lead:b - lead] for a, b in spans if a >= lead]
    leading = bool(speaker) and text.startswith(speaker)  # (", an official said on …": the
    # dating has told whether that date is the statement's)
    return leading and bool(dates) and not any(d in clause for d in dates)


_PRESENCE = re.compile(r"^(?:In the presence of|In presence of|Witnessed by)\s")
_SUBJECT_THEN_VERB = re.compile(r"(?P<name>[A-Z][\w'’.-]*),?\s+(?P<verb>(?:also\s+|jointly\s+)?"
                                r"(?:[a-z]+ed|met|held|made|took|gave|sent|sold|bought))\b")


_DEPARTURE_THEN_START = re.compile(r"(?:" + en.PHASES["departure"] + r")[^,;.]*?\s+and\s+"
                                   r"(?=(?:" + en.PHASES["start"] + r"))", re.I)


def _departure_dropped(text: str) -> str:
    """"Warships left the port of X and began the exercise": the act is the exercise's
    beginning, the headline tells it ("Warships begin exercise"), not the leaving."""
    return _DEPARTURE_THEN_START.sub("", text, count=1)


def _presence_dropped(text: str) -> str:
    """"In the presence of the President, X, and the Prime Minister, Y, the Chairman of Z, W,
    signed …": a press release's opening names the witnesses, with commas of their own; the
    subject is the last noun phrase ("the Chairman …") before the verb."""
    if not _PRESENCE.match(text):
        return text
    verb = _SUBJECT_THEN_VERB.search(text)
    start = text.rfind(", the ", 0, verb.start("verb")) if verb else -1
    if start < 0:
        return text
    subject = text[start + 2:verb.end("name")]
    named = re.fullmatch(r".*,\s+((?:[^\W\d_a-z][\w'’.-]*\s+){1,2}[^\W\d_a-z][\w'’.-]*)", subject)
    subject = named.group(1) if named else subject  # "the Chairman of Z, Éric Trappier": him
    return subject[:1].upper() + subject[1:] + " " + text[verb.start("verb"):]


_TOLD_SOMEONE = r",?\s+(?:[a-z]+ly\s+|also\s+)?(?:told|informed|assured|reminded|briefed|warned)\s+(?!that\b)"


_CLEFT = re.compile(r"^\s*(?:But\s+|And\s+)?[Ii]t\s+(?:was|is)\s+(?:(?:only\s+)?(?:in|on|at)\s+)?that\s+"
                    r"(?=[A-Z]|(?:the|a|an|its|their)\s)")  # "It was (on Monday) that the navies …"


# "It was in Tehran, not Moscow, that …", "It was not until … that …": the focus of a cleft
_CLEFT_FOCUS = re.compile(r"^\s*(?:But\s+|And\s+)?[Ii]t\s+(?:was|is)\s+(?P<focus>(?:(?:not|only|just|"
                          r"precisely|exactly|also|here|there|then)\b|(?:in|on|at|during|after|before|"
                          r"from|under|through|with|until|since|because)\s)[^“”\"]{0,60}?),?"
                          r"\s+that\s+(?=[A-Z]|(?:the|a|an|its|their)\s)"
                          # "It was Shoigu who signed …": a name, then "who"
                          r"|^\s*[Ii]t\s+(?:was|is)\s+(?P<name>[^,;:“”\"]{2,50}?)"
                          r"\s+(?:who|that)\s+(?=(?P<verb>[a-z]+)\b)")


_NTH_TIME = re.compile(r"^\s*(?:But\s+|And\s+)?(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:was|is|marks|marked)"
                       r"\s+(?:also\s+)?the\s+(?:" + "|".join(en.DAY_ORDINALS[:9]) +
                       r")\s+time\s+(?:that\s+)?(?P<act>[^,;]+)")


def _cleft_dropped(text: str) -> str:
    """"It was in Tehran, not Moscow, that Russia and Iran signed …" -> "Russia and Iran
    signed …": the clause after "that" tells the act, the focus before it has no verb."""
    text = _CLEFT.sub("", text)
    nth = _NTH_TIME.match(text)
    if nth and has_verb(nth.group("act")):  # "It was the first time a Croatian warship
        # visited Koper" -> "a Croatian warship visited Koper" (as "This is the first time …")
        return nth.group("act").rstrip(" ,.")
    match = _CLEFT_FOCUS.match(text)
    focus = match.group("focus") or match.group("name") if match else ""
    if match and match.group("name") and not is_verb_word(match.group("verb")):
        return text  # "It is a deal that the navy wanted": "that" has a subject of its own
    if not match or has_verb(focus) or len(focus.split()) > 8 or not has_verb(text[match.end():]):
        return text  # ("It is a deal that the navy wanted": no cleft, "that" a relative;
        # "It is unlikely that …": a judgement, kept)
    if match.group("name"):  # "It was Shoigu who signed …", "It was Iran's army that received …"
        return f"{match.group('name')[:1].upper()}{match.group('name')[1:]} {text[match.end():]}"
    return text[match.end():]


# '“Golden Dragon 2025” will feature …': a quoted name opening the sentence is told without
# its marks (its words unchanged), so the headline neither opens with a quotation mark nor
# keeps only the closing one
_LEADING_NAME = re.compile(r"^[“\"‘']((?:[A-Z0-9][\w.'’-]*\s+){0,4}[A-Z0-9][\w.'’-]*)[”\"’'](?=\s+[a-z])")


# "On a day when X is in Delhi meeting Y, India and Israel have taken …": the headline is
# the main clause's, after the subordinate one.
_SUBORDINATE = re.compile(r"(?:On (?:a|the) day (?:when|that)|When|While|As|Amid|Even as|"
                          r"Just as|At a time when|Because|Although|Though|Since|Once|"
                          r"After|Before|Until)\s", re.IGNORECASE)


# Words that open a clause or a phrase: a clause only with a verb of its own before the comma
_PREPOSITIONAL = re.compile(r"(?:Because|Since|Once|After|Before|Until)\s", re.IGNORECASE)


def _main_clause(text: str) -> str:
    """``text`` from the subject of its main clause, when it opens with a subordinate one:
    the part after the last comma before the main clause's first verb."""
    if not _SUBORDINATE.match(text):
        return text
    quotes = quoted_spans(text)  # 'Although he called the talks "productive," the minister'
    first = next((m.start() for m in re.finditer(",", text)
                  if not inside(m.start(), quotes) and not inside(m.start() + 1, quotes)), -1)
    if first < 0 or _PREPOSITIONAL.match(text) and not has_verb(text[:first]):
        return text  # "After the summit, Lee, deputy director, told …": a phrase, no clause
    commas = [first]
    for word in re.finditer(r"[\w'’-]+|,", text[first + 1:]):
        token = word.group(0)
        if token == "," and not inside(first + 1 + word.start(), quotes):
            commas.append(first + 1 + word.start())
        elif token.islower() and (token in AUXILIARIES or is_past(token)):
            rest = text[commas[-1] + 1:].strip()
            if len(rest.split()) < 3 or rest.split()[0].lower() in PRONOUNS or \
                    is_verb_word(rest.split()[0]):  # "…, deputy director, told": no subject
                return text  # "When Raisi visited Moscow, he signed …": "he" is told before
            return rest[:1].upper() + rest[1:]
    return text


_TYPED_QUOTE = re.compile(r"``|''")


def _typeset_quotes(sentence: str) -> str:
    """Typewriter quotation marks (``Nothing is certain,'' she said) as curly ones, so the
    quotation's words are known and kept; the same length, so date offsets stay right."""
    depth = 0

    def curly(match: re.Match) -> str:
        nonlocal depth
        opening = match.group(0) == "``" or match.start() == 0 or \
            sentence[match.start() - 1].isspace() and sentence[match.end():match.end() + 1].isalnum()
        if not opening and not depth:
            return "  "  # the close of a quotation opened in a sentence before
        depth += 1 if opening else -1
        return " “" if opening else "” "
    # "‘Exercise Cyclone – I‘ started": an opening mark typed where the closing one belongs
    return _WRONG_WAY_CLOSE.sub("’", _TYPED_QUOTE.sub(curly, sentence))


_WRONG_WAY_CLOSE = re.compile(r"(?<=[^\s‘“])‘(?=[\s,.;:!?]|$)")


def _quotation_speaker(speaker: str, people: dict[str, str], describe: Describe | None) -> str:
    if speaker:
        return short_speaker(speaker, people, describe)
    who = describe("he") if describe else None
    return surname(who) if who else ""


# "We’re ready …", "It’s a good deal": a contracted auxiliary is the clause's verb
_CONTRACTED_VERB = re.compile(
    r"\b(?:[A-Za-z]+['’](?:" + "|".join(a for a in en.CONTRACTED_AUXILIARIES if "t" not in a)
    + r")|[A-Za-z]+n['’]t|(?:" + "|".join(en.CONTRACTED_IS_AFTER) + r")['’]s|"
    r"[A-Za-z]+['’]s\s+(?:" + "|".join(en.CONTRACTED_IS_BEFORE) + r"))\b", re.IGNORECASE)


def _has_predicate(clause: str) -> bool:
    """A reported clause has a verb of its own ("Iran plans to buy", "the deal was signed");
    "net income of $133 million" is the object of the verb before it."""
    words = WORD.findall(clause)  # "(reiterated) pledges to …": a first word has no subject,
    if "to" in words[1:]:  # and "… to strengthen military ties" is the infinitive's object
        words = words[:words.index("to", 1)]
    return has_verb(clause) or _CONTRACTED_VERB.search(clause) is not None or \
        any(w.islower() and w.endswith("s") and is_verb_form(w) and not _adjective(words[i])
            for i, w in enumerate(words[1:]))


def _adjective(word: str) -> bool:
    """"geostrategic (ties)", "bilateral (talks)": a word before a plural that is no subject."""
    return word.islower() and (word.endswith(("ic", "al", "ive", "ous", "ary")) or
                               is_english_word(word) and not is_verb_form(word) and
                               not plural_subject([word]) and word not in ARTICLE_WORDS and
                               word in _ADJECTIVES)


_ADJECTIVES = {"new", "old", "close", "strong", "deep", "joint", "naval", "military", "key",
               "further", "closer", "stronger", "deeper", "good", "friendly", "mutual"}


_OPENS_QUOTE = re.compile(r"\s*(?:[-–—•*]\s*)?[“\"‘]")  # "- “The capabilities …": a bullet first
_RELATIVE = re.compile(r"\s(?:that|which|who)\s+(?=([A-Za-z]+)\b)")
_MAIN_SPEECH = re.compile(r"\s" + SPEECH + r"\s")
_MAIN_AUX = re.compile(r"\s(?:is|are|was|were|will|would|has|have|had|could|can|may|might|"
                       r"should|shall)\s")


def _relative_action(sentence: str, spans: list[tuple[int, int]]
                     ) -> tuple[str, list[tuple[int, int]]]:
    """"The batch that took off from France on July 27 would be arriving today" is dated by
    the take-off, so its title states the take-off: when every date lies inside a plain
    relative clause before the main verb, the clause becomes the sentence
    ("The batch took off from France on July 27")."""
    if not spans:
        return sentence, spans
    for match in _RELATIVE.finditer(sentence):
        verb = match.group(1)
        if not is_past(verb) or verb.lower() in AUXILIARIES or match.start() < 3:
            continue
        mains = [m for m in (_MAIN_AUX.search(sentence, match.end()),
                             _MAIN_SPEECH.search(sentence, match.end())) if m]
        main = min(mains, key=lambda m: m.start()) if mains else None  # "… on Monday said"
        if not main or "," in sentence[match.end():main.start()] or \
                inside(match.start(), quoted_spans(sentence)):
            return sentence, spans
        if all(match.end() <= a and b <= main.start() for a, b in spans):
            shift = match.end() - match.start() - 1
            return (sentence[:match.start()] + " " + sentence[match.end():main.start()] + ".",
                    [(a - shift, b - shift) for a, b in spans])
        return sentence, spans
    return sentence, spans


_SECOND_CLAUSE = re.compile(r",\s+(?:and|but)\s+")


def _dated_second_clause(sentence: str, spans: list[tuple[int, int]]
                         ) -> tuple[str, list[tuple[int, int]]]:
    """"Russia and Iran have long cooperated on arms, and their defence ministers met in
    Tehran on Monday": when every date lies in a second main clause after ", and" (a
    subject and a verb of its own, the first clause a verb too), that clause is the event;
    when every date lies in the first, the second goes."""
    if not spans:
        return sentence, spans
    quotes = quoted_spans(sentence)
    for join in _SECOND_CLAUSE.finditer(sentence):
        first, second = sentence[:join.start()], sentence[join.end():]
        before = max(b for _, b in spans) <= join.start()
        if inside(join.start(), quotes) or not before and min(a for a, _ in spans) < join.end():
            continue
        words = second.split()
        verb = next((i for i, w in enumerate(words[:8]) if is_verb_word(w.strip(",;."))), None)
        if not before and (re.search(r"\b(?:them|it|him|they|he|she)\b", second) or
                           split_attribution(second)[0]):
            continue  # "…, and the Russian side handed them over": the first clause says
            # what; ", but the sources said the deal …": whose words, the whole tells
        if not has_verb(first) or not verb or "," in " ".join(words[:verb]) or \
                words[0].islower() and is_verb_form(words[0]) or _LIST_AFTER.match(first):
            continue  # ("…, and signed a deal on Monday", "…, and follows a deal signed on
            # 11 June": the first clause's subject, kept)
        if before:  # "Russia delivered the jets on Monday, and Iran paid for them": the first
            if split_attribution(second)[0] or re.search(r"[“\"]", second) or \
                    re.search(r",|\b(?:which|who|that)\b", first):  # ("A, B which was agreed
                # in October, and C is …": a list, its "and" no second clause's)
                return sentence, spans  # (", and X, the ministry said": who says it stays)
            return first + ".", spans
        return second[:1].upper() + second[1:], [(a - join.end(), b - join.end()) for a, b in spans]
    return sentence, spans


# "When the delegation visits Pakistan in April, this will be …": a time clause, then a main
# clause whose subject only points ("this", "it", "that")
_TIME_CLAUSE_THEN_POINTER = re.compile(r"^(?P<lead>\s*(?:When|Once|After|As soon as|Before)\s+)"
                                       r"(?P<clause>[^,“”\"]{8,200}?),\s+(?:this|it|that)\s+"
                                       r"(?=[a-z])")


def _dated_time_clause(sentence: str, spans: list[tuple[int, int]]
                       ) -> tuple[str, list[tuple[int, int]]]:
    """"When the Azerbaijani delegation visits Pakistan in April, this will be among the
    top priorities": every date lies in the time clause, and the main clause's subject names
    no one, so the dated act is the time clause's ("Delegation visits Pakistan")."""
    found = _TIME_CLAUSE_THEN_POINTER.match(sentence)
    if not spans or not found:
        return sentence, spans
    start, end = found.start("clause"), found.end("clause")
    if not all(start <= a and b <= end for a, b in spans) or not has_verb(found.group("clause")) \
            and not re.search(r"\b[a-z]+s\b", found.group("clause")):
        return sentence, spans
    clause = found.group("clause")
    if not re.match(r"(?:the|a|an|its|their|[A-Z])", clause):
        return sentence, spans  # "When asked on Monday, it …": no subject of its own
    return clause[:1].upper() + clause[1:] + ".", [(a - start, b - start) for a, b in spans]


# "Russia, Iran, and China signed …": the first part a list, no clause
_LIST_AFTER = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+)+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


_PARTICIPLE_ASIDE = re.compile(r"^(?P<subject>[^,]{2,80}),\s+(?P<participle>[a-z]+(?:ed|en|wn|lt))\b")


def _participle_action(sentence: str, spans: list[tuple[int, int]]
                       ) -> tuple[str, list[tuple[int, int]]]:
    """"The deal, signed at the fair in Kielce on Tuesday, creates a company" is dated by the
    signing: when every date lies inside a participle aside after the subject, the title
    states it ("The deal was signed at the fair in Kielce on Tuesday")."""
    match = _PARTICIPLE_ASIDE.match(sentence)
    if not spans or not match or not is_past(match.group("participle")) or \
            match.group("participle") in SIMPLE_PAST | AUXILIARIES:
        return sentence, spans
    last = max(b for _, b in spans)
    if min(a for a, _ in spans) < match.start("participle"):
        return sentence, spans
    main = re.compile(r",\s+([a-z]+)\b")
    for comma in main.finditer(sentence, last):
        if is_verb_word(comma.group(1), present=True):
            aside = sentence[match.start("participle"):comma.start()]
            made = f"{match.group('subject')} was {aside}."
            shift = len(match.group("subject")) + len(" was ") - match.start("participle")
            return made, [(a + shift, b + shift) for a, b in spans]
        break  # what follows the date's comma is no verb: not an aside before the main verb
    return sentence, spans


# "The two were in Gdynia to mark the arrival of the first tanks": the event is the arrival.
_MARKS = re.compile(
    r"\bto\s+(?:mark|celebrate|welcome|attend|witness|observe|oversee)\s+the\s+(?P<noun>arrival|"
    r"delivery|handover|hand-over|commissioning|launch|signing|roll-?out|start|beginning|"
    r"opening|induction|unveiling)\s+of\s+(?P<what>[^,;]+?)(?=,|;|\.|\s+(?:from|under|as|in|at|"
    r"to|by|for)\s|$)", re.IGNORECASE)
_MARKED_VERBS = {"arrival": "arrive", "start": "start", "beginning": "begin", "opening": "open",
                 "delivery": "delivered", "handover": "handed over", "hand-over": "handed over",
                 "commissioning": "commissioned", "launch": "launched", "signing": "signed",
                 "rollout": "rolled out", "roll-out": "rolled out", "induction": "inducted",
                 "unveiling": "unveiled"}
_WEAK_SUBJECT = re.compile(r"^(?:the\s+two|both|they|he|she|the\s+pair|the\s+leaders|the\s+"
                           r"ministers|officials)\b|^[^,]{0,60}?\b(?:was|were|is|are|gathered|"
                           r"came|met|attended)\s", re.IGNORECASE)


def _marked_event(text: str) -> str | None:
    """A gathering held to mark an event, told by a weak main clause ("The two were in
    Gdynia to mark the arrival of the first tanks") -> "First tanks arrive in Gdynia"."""
    match = _MARKS.search(text)
    if not match or not _WEAK_SUBJECT.match(text[:match.start()]):
        return None
    what = ARTICLES.sub("", match.group("what")).strip()
    if not what:
        return None
    verb = _MARKED_VERBS[match.group("noun").lower()]
    if not verb.endswith(("ed", "over", "out")):
        verb = verb if plural_subject(what.split()) else verb + "s"
    places = find_places(text[:match.start()])
    where = f" in {places[0]}" if places else ""
    return f"{what[:1].upper()}{what[1:]} {VERB}{verb}{where}"


def _quoted_words(who: str, verb: str, clause: str) -> str | None:
    """"Khan said, “When F-16s were inducted 40 years ago, the whole nation was jubilant
    and …”" -> "Khan says “When F-16s were inducted 40 years ago, whole …”": a long quotation
    is shortened with an ellipsis, never reworded."""
    quote = re.fullmatch(r"([“\"])([^“”\"]+?)[”\"]?\.?", clause.strip())  # its end may be cut
    if not quote or not who:
        return None
    words = quote.group(2).split()
    room = MAX_WORDS - len(f"{who} {verb}".split())
    if len(words) <= room:
        return None  # short enough to be told as a headline clause
    closing = "”" if quote.group(1) == "“" else '"'
    kept = fit(" ".join(words), max(room - 1, 3)).rstrip(",;:.")  # at a phrase boundary
    lead, rest = "", drop_intro(_report_day_dropped(" ".join(words)))
    intro = " ".join(words[:len(words) - len(rest.split())])
    if len(rest.split()) >= 6 and " ".join(words).endswith(rest) and not has_verb(intro) and \
            len(kept.split()) <= len(intro.split()):
        lead = "… "  # "“For more than a century, our nations have stood …”": the cut left
        # only a phrase before the act; the act is told, the phrase left out openly
        kept = fit(rest, max(room - 2, 3)).rstrip(",;:.")
    return f"{who[:1].upper()}{who[1:]} {verb} {quote.group(1)}{lead}{kept} …{closing}"


def _report_day_dropped(words: str) -> str:
    """"Today, for the fifth time, we are launching …" -> "for the fifth time, we are …": a
    day told from the report, set off by its comma, opens no act (for the intro rule)."""
    first, _, rest = words.partition(" ")
    return rest if first.endswith(",") and first[:-1].lower() in en.REPORT_DAYS and rest else words


_PRONOUN_ACT = re.compile(r"^(?:they|it|he|she|we)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
                          r"(?P<verb>[a-z]+)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?"
                          r"(?P<thing>(?!(?:in|at|on|during|with|after|before|to|from|by|for|as|"
                          r"into|here|there|back|home|today|yesterday|late|early)\b)"
                          r"[\w'’$.-]+(?:\s+(?!(?:in|at|on|during|with|after|before|to|"
                          r"from|by|for|as|and|but|while|when|which|that)\b)[\w'’$.-]+){0,5})"
                          r"(?P<rest>.*)$", re.IGNORECASE)


def _without_pronoun(title: str, clause: str, people: dict[str, str]) -> str:
    """A headline never starts with a pronoun no one resolved: "They signed a memorandum on
    naval cooperation in Tehran" -> "Memorandum signed on naval cooperation in Tehran" (the
    act, in the passive headlines use; who "they" are stays in the quote)."""
    first = title.split(" ", 1)[0].lower()
    told = _RELATIVE_ACT.match(drop_intro(clause).strip(" ,.;:“”\"’"))
    if first in ("this", "it", "that") and told and is_past(told.group("verb")) and \
            told.group("verb").lower() not in AUXILIARIES | {"said", "told", "stated"}:
        # "This is the fourth drone deal that IAI has announced" -> "IAI announces fourth
        # drone deal": the relative clause names who acted, the pronoun only points at it
        what = ARTICLES.sub("", told.group("what")).strip()
        made = f"{told.group('who')} {present(told.group('verb'), False)} {what}"
        if not problems(made) and len(made.split()) <= MAX_WORDS:
            return made
    if first not in ("they", "it", "he", "she", "we"):
        return title
    match = _PRONOUN_ACT.match(drop_intro(clause).strip(" ,.;:"))
    if not match or not is_past(match.group("verb")) or match.group("verb").lower() in (
            AUXILIARIES | SIMPLE_PAST) or match.group("verb").lower() in _SPEECH_WORDS and (
                match.group("verb").lower() not in _ACT_TOO or
                match.group("thing").lower().startswith(("that", "the ", "a "))):
        return title
    participle = match.group("verb").lower()
    rest = re.sub(r"^,\s+(?:which|who|that)\b[^,]*,", "", match.group("rest"))  # "the S-400,
    made = f"{match.group('thing')} {participle}{rest}"  # which you handed over, on duty"
    made = fit(ARTICLES.sub("", shorten_people(made, people)).strip(" ,.;:"), MAX_WORDS,
               slack=HARD_MAX_WORDS - MAX_WORDS)
    return made[:1].upper() + made[1:] if not problems(made) else title


_SPEECH_WORDS = set(en.SPEECH_VERBS)
# Verbs of saying that take a thing as their object too: "It announced plans to buy …" is an
# act ("Plans announced to buy …"), "It announced that …" is words
_ACT_TOO = {"announced", "confirmed", "revealed", "disclosed", "unveiled", "posted"}
_RELATIVE_ACT = re.compile(r"^(?:[Tt]his|[Ii]t|[Tt]hat)\s+(?:is|was)\s+(?P<what>(?:the|a|an)\s+"
                           r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:that|which)\s+"
                           r"(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+"
                           r"(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\s*$")


def _fallback(clause: str, title: str, describe: Describe | None, said: str = "",
              people: dict[str, str] | None = None) -> str:
    """The sentence's main clause, when the rules' headline is not usable: in headline tense
    if that makes a usable headline, else whole (or cut at a phrase boundary); the rules'
    headline when the clause is no better.  ``said`` ("Niazi says") leads a clause of words."""
    main = _strip_remnants(drop_intro(clause))
    cut = CUT_BEFORE.search(main, first_verb_end(main))
    main = fit((main[:cut.start()] if cut else main).strip(" ,.;:"), 40)
    main = main if said else _resolved(main, describe)  # "X says he will …", not "X says X"
    if not main:
        return title
    if said and said.split()[0].lower() in PRONOUNS | {"its", "their", "his", "her"}:
        said = ""  # "Its defence minister says": no better than the clause alone
    told = headline(main, people or {}, reported=bool(said))
    told = f"{said} {_lower_first(told, clause, people)}" if said else _resolved(told, describe)
    for made in (_cap(told), _cap(_inner_subject_trimmed(told)), _cap(_speaker_trimmed(told)),
                 _cap(_main_subject_trimmed(told))):
        if not problems(made):
            return made  # the main clause in headline tense: "UK hands over missiles to Ukraine"
    whole = f"{said} {_lower_first(main, clause, people)}" if said else main
    whole = _balance_quotes(fit(whole[:1].upper() + whole[1:]))
    return whole if len(problems(whole)) < len(problems(title)) else title


ARTICLE_WORDS = {"the", "a", "an", "its", "their", "his", "her"}
_MODIFIER = {"with", "regarding", "of", "for", "on", "in", "from", "about", "over", "between",
             "concerning", "involving", "including"}


def _speaker_trimmed(told: str) -> str:
    """"Director of the Russian government's main defence export control organisation says
    Russia has started supplying …" -> "Director says Russia has started supplying …": a long
    speaker keeps its head, so what is said keeps its verb."""
    words = told.split()
    said = next((i for i, w in enumerate(words) if i > 3 and w.lower() in ("says", "say")), None)
    if said is None or len(words) <= MAX_WORDS:
        return told
    of = next((i for i in range(1, said) if words[i].lower() in ("of", "for", "at", "in")), None)
    return " ".join(words[:of] + words[said:]) if of else told


def _main_subject_trimmed(told: str) -> str:
    """"State Department's approval of possible sale to Taiwan of … at … value of $2.2 billion
    is likely to be seen as …" -> "State Department's approval is likely to be seen as …": a
    subject so long that a cut would take the verb keeps its head, never losing the verb."""
    words = told.split()
    verb = next((i for i, w in enumerate(words) if w.startswith(VERB)), None)
    if verb is None or verb + 3 <= MAX_WORDS or len(words) <= MAX_WORDS:
        return told
    cut = next((k for k in range(1, verb) if words[k].lower() in _MODIFIER and not (
        words[k].lower() == "of" and words[k - 1][:1].isupper() and words[k + 1][:1].isupper())),
        None)  # ("Ministry of Defence": a name's "of" is no modifier's)
    if cut is None or any(q in w for w in words[cut:verb] for q in "“”") or \
            " and " in " ".join(words[:cut]).lower():
        return told  # a quotation may hold the verb; "X and Y" needs both
    return " ".join(words[:cut] + words[verb:])


def _inner_subject_trimmed(told: str) -> str:
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
            cut = next((k for k in range(start + 1, j) if lowered[k] in _MODIFIER), None)
            return " ".join(words[:cut] + words[j:]) if cut else told
        if words[j].endswith((",", ";")) or "“" in words[j]:
            return told
    return told


def _resolved(text: str, describe: Describe | None) -> str:
    """"He arrived ..." -> "Shoigu arrived ..." when the article says who he is."""
    first = text.split(" ", 1)
    if describe and first[0].lower() in ("he", "she") and len(first) == 2:
        who = describe(first[0])
        if who:
            return f"{who} {first[1]}"
    return text


# "Iran Project – …", "TEHRAN: …", "Local media reported TEHRAN: …": a site or place label.
# "Exercise Cyclone – I started": a Roman numeral after a dash is the name's, no new clause
_NOT_ROMAN = r"(?!(?:I{1,3}|IV|VI{0,3}|IX|X)\b[‘’'\"”]?\s)"
_REMNANT_LEAD = re.compile(r"^\s*(?:(?:[A-Z][\w.'’&]*\s){0,3}[A-Z][\w.'’&]*\s+[–—|]\s+" + _NOT_ROMAN +
                           r"|[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s*(?:[:–—-]\s+|[–—](?=[A-Z]))"
                           # "Beijing/Seoul--The …", "Tanagra, Greece:Greece …": a place
                           # label whose dash or colon has no space after it ("London,—Kishida")
                           r"|[A-Z][\w.'’]*(?:(?:/|,?\s)[A-Z][\w.'’]*){0,3}[,\s]*(?:--|:|,[–—])(?=[A-Z])"
                           # "NEW DELHI India signed" (its date gone): two all-caps words
                           r"|[A-Z]{2,}(?:\s+[A-Z]{2,})+\s+(?=[A-Z][a-z])"
                           # "Saint-Cloud, France – In …": a press release's place and country
                           r"|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
                           r",?\s+[–—-]\s+)")
# ("TOKYO—U.S. Navy ships …": a dash with no space after the place too)


_LABEL_LEAD = re.compile(r"^[A-Z][\w'’]*(?:\s+[a-z][\w'’]*){0,4}:\s+(?=[“\"A-Z])")


def _strip_remnants(text: str) -> str:
    label = _LABEL_LEAD.match(text)
    if label and len(text[label.end():].split()) >= 5:
        text = text[label.end():]
    match = _REMNANT_LEAD.match(text)
    if match and len(text[match.end():].split()) >= 5:
        return text[match.end():]
    return text


def _lower_first(clause: str, sentence: str, people: dict[str, str] | None = None) -> str:
    """Lower-case the first word unless it is a proper noun (capitalised mid-sentence too)."""
    first = clause.split(" ", 1)[0].rstrip(",;:.")  # "Britain, through …": the word alone
    first = re.sub(r"['’]s$", "", first)  # "Pakistan's air force": Pakistan
    if not first[:1].isupper() or first.isupper() or first[:2].isupper():  # "US-made"
        return clause
    if re.search(r"[\w,;] " + re.escape(first) + r"\b", sentence) or country_of(first) or \
            first in (people or {}) or first.isalpha() and not is_english_word(first):
        return clause
    return first.lower() + clause[len(first):]


MEETING = re.compile(
    r"\b(?:(?P<with>met(?: with)?|meets(?: with)?|meeting(?: with)?|held talks with|hosted|hosts|"
    r"received|receives|"
    r"had (?:a |an )?(?:meeting|talks) with|(?:a |their |the )?meeting with|talks with)"
    r"|(?P<at>(?:at|during) (?:a|their|the) (?:meeting|talks)))\s+", re.IGNORECASE)


def meeting_title(text: str, people: dict[str, str], before_speech: bool = False,
                  describe: Describe | None = None, setting: str = "") -> str | None:
    """"X met Y in Z" / "X and Y at a meeting in Z" -> "X meets Y in Z" / "X and Y meet in Z".

    With ``before_speech`` the meeting must come before the reporting verb ("X and Y at a
    meeting on Tuesday insisted ..."), not inside what was said.
    """
    whole = text
    text = re.sub(r",\s+(?:who|which|whose)\b[^,]*,", "", drop_intro(text))
    match = MEETING.search(text)
    if not match or inside(match.start(), quoted_spans(text)):
        return None
    speech = re.search(r"\b" + SPEECH + r"\b", text)
    if before_speech and (speech is None or speech.start() < match.start()):
        return None
    with_form = text[match.end():].startswith("with ")
    end = match.end() + (5 if with_form else 0)
    subjects = surnames_in(text[:match.start()], people)
    if not subjects:
        subjects = [_description(text[:match.start()], describe)]
    # (not the place of another edition: "…, the second such meeting after the first in Tokyo")
    told = _EDITION_APPOSITIVE.split(text[match.start():], maxsplit=1)[0]
    place = find_places(told) or \
        find_places(_EDITION_APPOSITIVE.split(setting or whole, maxsplit=1)[0])
    where = f" in {place[0]}" if place else ""
    if match.group("at") and not with_form:
        if len(subjects) < 2:
            return None
        return f"{' and '.join(subjects[:2])} meet{where}"
    after = text[end:]
    if not with_form and not re.match(r"(?:[A-Z]|(?:his|her|their)\s)", after):
        return None  # "met at the cosmodrome": no one was met
    objects = [n for n in surnames_in(after[:80], people) if n not in subjects]
    if not objects or not subjects[0] or has_verb(subjects[0]):
        return None
    verb = "meet" if plural_subject(subjects[0].split()) else "meets"  # "Officials meet X"
    met = f"{subjects[0]} {verb} {_listed(after, objects[0], subjects, people)}{where}"
    return met if len(met.split()) <= HARD_MAX_WORDS else \
        f"{subjects[0]} {verb} {objects[0]} and others{where}"


# Between two people met, no more than a list's comma or "and" and their titles
# ", the second such meeting …": an appositive naming which edition the act is of
_EDITION_APPOSITIVE = re.compile(r",\s+(?:the|its|their)\s+(?:" + "|".join(
    (*en.DAY_ORDINALS, *en.EDITION_HISTORY_WORDS)) + r")\b")
_NOT_LISTED = re.compile(r"[.;:()“”\"]|\b(?:in|on|at|to|for|during|after|before|who|whom|which|"
                         r"that|said|says|while|when|where|with|from|as)\b")


def _listed(after: str, first: str, subjects: list[str], people: dict[str, str]) -> str:
    """"met Russia's Belousov and Iran's Nasirzadeh": everyone the verb takes, joined by
    "and" or commas, not the people named later ("… in a meeting where Ali spoke")."""
    names, at = [first], after.find(first) + len(first)
    for name in surnames_in(after[at:], people):
        found = after.find(name, at)
        gap = after[at:found]
        if name in names or name in subjects or found < 0 or _NOT_LISTED.search(gap) or \
                not re.search(r",|\band\b", gap):
            break
        nxt = re.match(r"\s*([\w'’-]+)", after[found + len(name):])
        if nxt and is_verb_word(nxt.group(1), present=True):
            break  # "…, and Iranian minister Aziz Nasirzadeh said": a clause of its own
        names.append(name)
        at = found + len(name)
    if len(names) > 4:
        return f"{first} and others"  # too many to name in a headline; no one seems alone
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else first


def _description(text: str, describe: Describe | None) -> str:
    """"The Iranian general also" or "He spoke" -> who the article means, if ``describe``
    knows; else the words themselves ("Iranian general")."""
    words = [w for w in ARTICLES.sub("", text).split() if w.lower() not in ("also", "later", "then")]
    if not 0 < len(words) <= 4:
        return ""
    phrase = " ".join(words).strip(" ,")
    owner = {"his": "he", "her": "she"}.get(words[0].lower())
    if owner:  # "His talks with Kim": whose talks, if the article says
        return (describe(owner) if describe else None) or ""
    known = describe(phrase) if describe else None
    if known:
        return known
    return "" if words[0].lower() in PRONOUNS | {"its", "their", "our"} else phrase


# Titles of a person, before their name ("Defence Minister Ashtiani"), not of a body
_PERSON_TITLES = {"President", "Minister", "General", "Gen.", "Admiral", "Colonel", "Commander",
                  "Ambassador", "Envoy", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson",
                  "Director", "Chairman", "Chairwoman", "Speaker", "Leader", "Chief", "Captain",
                  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sheikh", "Emir", "Sultan"}


# "its national space agency, Azercosmos", "the Hungarian foreign minister, Janos Martonyi":
# a description ending in a common noun, then the name it describes, set off by a comma
_DESCRIBED_NAME = re.compile(r"(?P<desc>(?:[^,“”\"]*\s)?[a-z][\w'’-]*),\s+"
                             r"(?P<name>(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*),?")


def short_speaker(speaker: str, people: dict[str, str], describe: Describe | None = None) -> str:
    """A speaker as a headline names them: a surname, else who the article means ("the
    minister"), else the phrase without articles ("the press office of the Federal Service
    for …" -> "Federal Service for …": the organisation)."""
    names = surnames_in(speaker, people)
    if names:
        return names[0]
    described = _DESCRIBED_NAME.fullmatch(speaker.strip())
    if described:  # "its national space agency, Azercosmos,": the name the description gives
        name = described.group("name")
        return surname(name) if re.search(LOWER_ROLE + r"$", described.group("desc")) else name
    apposed = re.match(r"([A-Z][^,]*),\s+[a-z]", speaker)
    if apposed:  # "Rosoboronexport, part of the Rostec State Corporation": Rosoboronexport
        speaker = apposed.group(1)
    phrase = re.sub(r"\s+(?:who|that|which)\s.*$", "", ARTICLES.sub("", speaker).strip())
    titled = phrase.split()
    if len(titled) > 1 and titled[-2] in _PERSON_TITLES and titled[-1] not in ORG_WORDS and \
            re.fullmatch(r"[A-Z][a-z][\w'’-]+", titled[-1]) and titled[-1] not in ROLE_WORDS:
        return titled[-1]  # "Iranian Defence Minister Ashtiani" -> "Ashtiani"
    named = re.fullmatch(r"(?:[A-Z][a-z]+\s+)?((?:[a-z][\w-]*\s+)+)([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)",
                         phrase)
    if named and not set(named.group(1).split()) & set(FUNCTION_END):
        return named.group(2)  # "Russian state news agency TASS" -> "TASS"
    owner = re.search(r"\bof\s+([A-Z][^,]*)$", phrase)
    if owner and len(phrase.split()) > 5:
        phrase = owner.group(1)
    return (describe(phrase) if describe else None) or phrase


_ADVERBS = {"also", "already", "not", "just", "still", "then", "now", "recently", "previously",
            "later", "earlier", "soon", "since", "first", "again", "never", "ever", "being"}


def _ranges_joined(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"between 2022 and 2025", "from May to July": one span, so no "between" is left alone."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and _RANGE_LINK.fullmatch(sentence[joined[-1][1]:start]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _strip_dates(sentence: str, spans: list[tuple[int, int]]) -> str:
    quotes = quoted_spans(sentence)
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
        aside = re.match(r"\s*,\s*(?=([a-z]+)\b)", rest)
        if aside and is_verb_word(aside.group(1)) and keep.strip() and "," not in keep:
            rest = " " + rest[aside.end():]  # "The bombings, on Aug. 7, killed": no comma left
        dangling = re.search(r"\b([a-z]+)\s+([a-z]+)$", keep)
        if dangling and re.match(r"\s*(?:[.,;]|$)", rest) and is_past(dangling.group(2)) and \
                not re.search(r"\b(?:was|were|is|are|be|been|has|have|had)(?:\s+\w+ly|\s+last|"
                              r"\s+first)?\s*$", keep[:dangling.start(2)]) and \
                dangling.group(2) not in AUXILIARIES and not re.fullmatch(SPEECH, dangling.group(2)) \
                and dangling.group(1) not in AUXILIARIES | _ADVERBS \
                and not dangling.group(1).endswith("ly") \
                and (has_verb(_RELATIVE_CLAUSE.sub("", keep[:dangling.start()]))
                     or _SIDE_OBJECT.search(keep[:dangling.start()])) \
                and not _OPEN_CLAUSE.search(keep[:dangling.start()]):
            dangling = re.search(r"\s+[a-z]+$", keep)
            keep = keep[:dangling.start()]  # "under a contract signed in 2005." -> "a contract"
        if re.match(r"\s*(?:[.;]|$)", rest):  # "…, to be completed (by 2026)." says nothing
            keep = re.sub(r",\s+(?:(?:due|set|expected|scheduled)\s+)?to\s+be\s+[a-z]+(?:ed|en)$",
                          "", keep)
        sentence = keep + _join(rest)
    return sentence


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
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which|that)\s+[a-z]+\b")
_ADVERBIAL_CUTS = {"during", "amid", "because", "despite", "whereas", "although", "so", "in"}


# "$18 a share", "12 jets a year": "a" is "per" after an amount, and stays
_PER = re.compile(r"an?\s+(?:share|year|month|week|day|barrel|ton|tonne|piece|head|unit)\b")
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:cents?|pence|dollars?|euros?|francs?|yen|rubles?|roubles?|"
                            r"pounds?|rupees?|yuan|million|billion|jets|aircraft|ships|units|"
                            r"missiles|times))\s+$")
_NO_PREDICATE = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "he", "she",
                 "it", "they", "we", "there"}


def _join(rest: str) -> str:
    rest = re.sub(r"^\s*,", ",", rest) if rest.lstrip().startswith(",") else rest
    return rest if rest.startswith((",", ".", " ")) else " " + rest


def headline(clause: str, people: dict[str, str], reported: bool = False) -> str:
    """The clause as a headline: intro and side clauses dropped, present tense, no articles.
    Words inside quotation marks are never changed."""
    text, quotes = _protect(drop_intro(clause))
    return _restore(_headline(text, people, reported), quotes)


def _protect(text: str) -> tuple[str, list[str]]:
    """Each quotation replaced by one private-use character, so no rule touches its words."""
    quotes = []
    for start, end in reversed(quoted_spans(text)):
        quotes.insert(0, text[start:end])
        text = text[:start] + "\ue000" + text[end:]
    return text, quotes


def _restore(text: str, quotes: list[str]) -> str:
    for quote in quotes:
        text = text.replace("\ue000", quote, 1)
    return text.replace("\ue000", "")


_TOTAL_LEAD = re.compile(r"^(?:" + "|".join(en.TOTAL_LEADS) + r")\s+(?=(?:\d|(?:"
                         + "|".join(en.COUNT_WORDS) + r")\b))", re.IGNORECASE)


def _headline(text: str, people: dict[str, str], reported: bool) -> str:
    text = _TOTAL_LEAD.sub("", text)  # "A total of six jets landed" -> "six jets land"
    # "frigates — A and B — were", typed "frigates -- A and B -- were" too
    text = re.sub(r"\s(?:[–—]|--)\s(?:(?!--)[^–—]){1,80}?\s(?:[–—]|--)\s", " ", text)
    # "X, which arrived on Monday, signed": dropped; ", which includes A, B and C" is not
    # (what follows its comma is no verb), and the headline ends before it instead
    # ("…, under which Cyprus will receive …, was approved": a relative after its preposition)
    text = re.sub(r",\s+(?:who|which|whose|including|"
                  r"(?:under|in|by|through|with|for|from|of)\s+(?:which|whom))\b[^,]*,\s+(?=([\w'’]+))",
                  lambda m: " " if (is_verb_word if reported else _main_verb)(m.group(1))
                  else m.group(0), text)  # "which will run, involves": a present verb too
    text = re.sub(r",\s+[a-z]+ing\b[^,]*,\s+(?=([\w'’]+)(\s+and\b)?)",  # ", taking place in …, involves"
                  lambda m: " " if is_verb_word(m.group(1), present=True) and not m.group(2)
                  else m.group(0), text)  # "…, packed with cars, trucks and buses": a list
    text = text if reported else _long_relative_dropped(text)
    text = _name_then_participle(text)
    text = _counted_appositive(text)
    text = re.sub(r"(?<=[A-Za-z]),\s+\d{1,3}(?:\s+years?\s+old)?,\s+", " ", text)  # an age
    text = _company_joined(text)
    # "Shoigu, on behalf of Putin, arrived": a prepositional aside before the verb
    text = re.sub(r",\s+(?:on behalf of|at the invitation of|according to|in the presence of|"
                  r"together with|along with|accompanied by|as part of|through|via|worth|"
                  r"valued at|estimated at)\s+[^,]{2,60},\s+"  # ", worth $2 billion,"
                  r"(?=([\w'’]+))",
                  lambda m: " " if is_verb_word(m.group(1), present=True) else m.group(0), text)
    text = re.sub(r"\s(?:that|which|who)\s+(?=([a-z]+)\b)[^,]{3,120}?(?=\s(?:is|are|was|were|will|"
                  r"would|has|have|had)\s)",
                  lambda m: "" if is_past(m.group(1)) and m.group(1) not in AUXILIARIES and
                  # "…, which began on Thursday and is scheduled to end": the verb after "and"
                  # is the relative clause's too, never the main clause's
                  not re.search(r"\s(?:and|or|but)$", m.group(0)) else m.group(0), text, count=1)
    text = re.sub(r"(?<!\bof )\b(?:also|additionally|his|her|its|their)\s+|^(?:His|Her|Its|Their)\s+",
                  "", text)  # "His car was spotted" -> "Car spotted", like an article
    text = _before_report_dropped(text)
    text = re.sub(r",\s+(?:of course|however|in turn|in fact|therefore|meanwhile|though|indeed|"
                  r"moreover|for (?:its|their|his|her) part|in addition)(?:,\s+|\W*$)"
                  # "signed, however(, on Monday) in Riga": the date took the second comma
                  r"|,\s+however\s+(?=(?:in|on|at|by|to|for|with|from)\s)", " ", text)
    text = re.sub(r"(?<=[a-z]) here\b(?! (?:is|are|was|were)\b)", "", text)
    text = re.sub(r",\s+(?:called|named|dubbed|codenamed|code-named|known? as)\s+[^,]+(?:,|$)", "",
                  text)  # ", also known as …" closing the sentence goes too
    text = _drop_appositives(text)
    text = _drop_including(text)
    text = _title_before_name_dropped(shorten_people(text, people))
    cut = CUT_BEFORE.search(text, first_verb_end(text))
    if cut and not (cut.group(0)[:1].isspace() and cut.group(0).split()[0] in _ADVERBIAL_CUTS
                    and len(text[:cut.start()].split()) < 4):
        text = text[:cut.start()]  # "Lukashenko was speaking during …" keeps its "during"
    text = backshift(text) if reported else present_tense(text)
    text = _DEMONSTRATIVE.sub(_determiner_dropped, text, count=1)
    # 'The "Joint Sea 2016" drill': the article stays before a quoted name at the start, so
    # the headline does not open with a quotation mark
    text = ARTICLES.sub(lambda m: m.group(0) if m.start() == 0 and not reported and
                        text[m.end():m.end() + 1] == "\ue000" or _PER.match(text, m.start()) and
                        _AMOUNT_BEFORE.search(text, 0, m.start()) else "", text)
    return text.strip(" ,.")


# "Chairman of the party, Deputy Head of the Council Dmitry Medvedev has arrived": a person's
# titles stacked before the name, the first set off by a comma, are an appositive of the
# name that follows; the headline names the person ("Medvedev arrives").
_ROLE_HEADS = "|".join(sorted((w for w in ROLE_WORDS if w[:1].isupper() and w.isalpha()),
                              key=len, reverse=True))
_TITLE_BEFORE_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:" + _ROLE_HEADS + r")\s+(?:of|for|to|at)\s+[^,;:“”\"\ue000]{2,80}?,"
    r"\s+(?=(?P<name>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)\s+(?P<verb>[a-z]+)\b)")


def _title_before_name_dropped(text: str) -> str:
    """"Chairman of United Russia Party, Medvedev has arrived" -> "Medvedev has arrived": the
    title before the comma goes when a name and its verb follow the comma ("Head of the
    delegation, Poland and Korea sign": a list, the "and" is no verb, stays)."""
    match = _TITLE_BEFORE_NAME.match(text)
    if not match or has_verb(text[:match.start("name")]):
        return text
    verb = match.group("verb")
    if verb not in AUXILIARIES and not _main_verb(verb) and not is_past(verb):
        return text
    return text[match.start("name"):]


_BEFORE_REPORT = "|".join(en.BEFORE_REPORT_ADVERBS)
_BEFORE_REPORT_ASIDE = re.compile(rf",\s+(?:{_BEFORE_REPORT}),\s+(?=[a-z])")
_BEFORE_REPORT_VERB = re.compile(rf"\s(?:{_BEFORE_REPORT})\s+(?=([a-z]+)\b(?!\s+(?:to|by|in|at|from|for|"
                                 rf"with|on|under)\b))")
# ("systems previously gifted to Ukraine": a participle after its noun keeps its adverb)
_BEFORE_REPORT_END = re.compile(rf"\s+(?:{_BEFORE_REPORT})(?=\s*(?:[,.;]|$))")


def _before_report_dropped(text: str) -> str:
    """"The prime minister earlier attended …", "The Prime Minister, earlier, attended …",
    "Biden went to Hanoi previously": the adverb only places the act before the report, which
    the event's date does on a timeline ("an earlier agreement" keeps its adjective)."""
    text = _BEFORE_REPORT_ASIDE.sub(" ", text)
    text = _BEFORE_REPORT_VERB.sub(lambda m: " " if is_verb_word(m.group(1)) else m.group(0), text)
    return _BEFORE_REPORT_END.sub("", text)


_INNER_CLAUSE = {"when", "where", "after", "as", "while", "until", "since", "before", "then",
                 "in", "on", "at", "from", "during"}


def _long_relative_dropped(text: str) -> str:
    """"The minister, who lived in London, when the Soviets invaded, until 1989, said …" ->
    "The minister said …": a relative clause on the subject whose own side clauses hold
    commas goes whole, up to the comma before the main verb."""
    match = re.search(r",\s+(?:who|which|whose)\b", text)
    if not match or has_verb(text[:match.start()]):
        return text
    for comma in re.finditer(r",\s+([\w'’]+)", text[match.end():match.end() + 240]):
        word = comma.group(1)
        if is_verb_word(word) and comma.start() > 0:
            if not _has_predicate(text[match.end():match.end() + comma.start()]):
                return text  # the verb after the first comma is the relative clause's own
            joint = ", " if "," in text[:match.start()] else " "  # "X, Jan Kavan, said"
            return text[:match.start()] + joint + text[match.end() + comma.end(1) - len(word):]
        item = re.match(r"[^,]*", text[match.end() + comma.end():]).group(0)
        if word.lower() not in _INNER_CLAUSE and not word[:1].isupper() and \
                (len(item.split()) > 3 or has_verb(item)):  # "…, drones and trucks, arrived"
            return text
    return text


_NAME_ING = re.compile(r"^(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s)"
                       r"(?:[A-Z][\w.'’-]*\s+){1,4}(?=[a-z]+ing\s+(?:the|a|an|his|her|its|their|"
                       r"[A-Z]))")


def _name_then_participle(text: str) -> str:
    """"Singh addressing the ceremony in Mumbai(,) expressed concerns" -> "Singh expressed
    concerns": an -ing phrase between a name and its past verb goes."""
    name = _NAME_ING.match(text)
    if not name:
        return text
    words = text[name.end():].split(" ")
    for i, word in enumerate(words[1:16], 1):
        before = words[i - 1].lower().rstrip(",")
        if word.islower() and is_past(word) and word not in AUXILIARIES and \
                before not in ARTICLE_WORDS and not before.endswith(("ly", "'s", "’s")):
            return text[:name.end()] + " ".join(words[i:])
        if word.endswith((";", ":")) or word in ("and", "but", "who", "which", "that"):
            return text
    return text


_COUNTED = re.compile(r"^(?P<subject>[^,]{2,60}),\s+(?:two|three|four|five|six|seven|eight|nine|"
                      r"ten|both)\s+(?=[^,]*?\b[a-z]{3,}ing\b)")


def _counted_appositive(text: str) -> str:
    """"Gromkiy and Sovershenniy, two Russian warships taking part in the drill(,) conducted
    training" -> "Gromkiy and Sovershenniy conducted training": an appositive counting the
    subject, with a participle phrase and no comma to close it, ends at the verb after it."""
    match = _COUNTED.match(text)
    if not match:
        return text
    words = text[match.end():].split(" ")
    participle = False
    for i, word in enumerate(words):
        verb = word.islower() and (word in AUXILIARIES or is_past(word) and
                                   words[i - 1].lower() not in ARTICLE_WORDS | {"to"})
        if participle and verb:
            return match.group("subject") + " " + " ".join(words[i:])
        if word.endswith((",", ";", ":")) and not (
                participle and i + 1 < len(words) and words[i + 1] in AUXILIARIES):
            return text  # an appositive its comma closes: the appositive rules deal with it
        participle = participle or word.islower() and word.rstrip(",").endswith("ing")
    return text


# "This 134m-long warship was launched": a determiner, dropped like an article; "This
# follows …", "These are …": a pronoun, kept (the pronoun rules deal with it)
_DEMONSTRATIVE = re.compile(r"^(?:this|that|these|those)\s+(?=([\w'’-]+)\s)", re.IGNORECASE)


def _determiner_dropped(match: re.Match) -> str:
    word = match.group(1).lower()
    # "These problems resulted": a noun in -s, so "These" is a determiner; "This follows",
    # "This marks": a verb no noun shares, so "This" is the subject
    present = word.endswith("s") and not word.endswith("ss") and len(word) > 3 and \
        (is_verb_form(word, only=True) or not is_english_word(word))
    # "These include …", "Those remain …": a bare form no noun shares after a plural one
    bare = match.group(0).split()[0].lower() in ("these", "those") and is_verb_form(word, only=True)
    if is_verb_word(word) or present or bare or word.endswith("ly") or \
            word in ("is", "was", "means", "comes", "came", "marks", "shows"):
        return match.group(0)
    return ""


# "the multi-role stealth frigate of the Indian Navy, INS Tushil, was commissioned": the name
_NAMED_SUBJECT = re.compile(r"^(?P<article>[Tt]he\s+|an?\s+|An?\s+)?(?P<desc>[A-Za-z][^,]{2,100}?),\s+"
                            r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+(?=(?P<verb>[a-z]+))")


_PLACE_NOUNS = {"county", "province", "city", "district", "region", "state", "town", "village",
                "township", "oblast", "prefecture", "governorate", "municipality", "island"}


def _named_subject(text: str) -> str:
    match = _NAMED_SUBJECT.match(text)
    if not match or not is_verb_word(match.group("verb")):
        return text
    desc = match.group("desc")
    if desc.split()[-1].lower() in _PLACE_NOUNS:
        return text  # "the board of Loudon county, Virginia, will vote": a place's state
    head = re.split(r"\s+(?:of|for|from|in)\s+", desc)[0].split()[-1]  # "frigate of the Navy"
    if not head[:1].islower() or not (match.group("article") or desc[:1].islower()):
        return text  # "The S-300 deal, …": the head must be a common noun ("frigate")
    return match.group("name") + " " + text[match.end():]


_LIST_GOES_ON = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
                           r"(?:,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*,?\s+(?:and|or)\s")
# ("Oman, Kuwait, | Qatar, Jordan and Bahrain": a list's items, however many, are no aside)


_LIST_ENDS = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:and|or)\s+"
                        r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _drop_appositives(text: str) -> str:
    """", Chief of Staff of the Iranian Armed Forces," and ", signed in 2007," are dropped."""
    text = _named_subject(text)
    def keep_or_drop(match: re.Match) -> str:
        inner, after = match.group(1), match.group(2) or ""
        if len(inner.split()) > 10 or _LIST_GOES_ON.match(match.string, match.end()):
            return match.group(0)  # "rivals, the Czech Republic, Hungary and Poland": a list
        if _LIST_ENDS.fullmatch(inner) and re.search(r"\b[A-Z][\w.'’-]*$", match.string[:match.start()]):
            return match.group(0)  # "a tour of Oman, Kuwait and Bahrain, which": a list's end
        if country_of(inner.strip()) and re.match(r"(?:and|or)\s+(?:the\s+)?[A-Z]", match.string[match.end():]) \
                and country_of(re.split(r"\s", match.string[:match.start()].strip())[-1]):
            return match.group(0)  # "Russia, Iran, and China hold": a list's serial comma
        # "The tanks, the first batch of 108 ordered in 2019, arrived": a reduced relative
        # inside the appositive, and the main verb right after it
        reduced = (inner[:4].lower() in ("the ", "a ", "an ") or
                   inner.lower().startswith(("part of ", "one of "))) and _main_verb(after) and \
            not any(w in AUXILIARIES for w in inner.lower().split())
        return match.group(0) if has_verb(inner) and not reduced else " "
    # after a word, or a name ending in a digit ("LIG-Nex1, the system's maker, and …")
    text = re.sub(r"(?:(?<=[A-Za-z])|(?<=[A-Za-z][0-9])),\s+((?:the |a |an )?[A-Z][^,]{2,80}?|"
                  r"(?:the|a|an) [a-z][^,]{2,80}?"
                  r"|(?:one|part) of [^,]{2,80}?|" + LOWER_ROLE + r"\b[^,]{2,80}?)"
                  r"\s*,\s*(?=([\w'’]+)?)", keep_or_drop, text)
    text = re.sub(r"(?<=[\w)]),\s+(?:first |originally |previously )?[a-z]+ed\b[^,]{0,60},\s*", " ",
                  text)
    # "X, constructed under the contractorship of Y within the project, was launched": a long
    # participle clause goes when the main verb follows it
    text = re.sub(r"(?<=[\w)]),\s+(?:first |originally |previously )?([a-z]+)\b"
                  r"[^,]{0,140},\s+(?=([\w'’]+))", _participle_dropped, text)
    # the same without its first comma (an appositive before it went): "the corvette
    # constructed under … project, was launched"
    reduced = re.search(r"(?<=[\w)])\s+([a-z]+(?:ed|en|wn|lt))\b[^,]{0,140},\s+"
                        r"(?=(?:was|were|is|are|has|have|had|will)\b)", text)
    if reduced and is_past(reduced.group(1)) and not has_verb(text[:reduced.start()]):
        text = text[:reduced.start()] + " " + text[reduced.end():]
    # "The flotilla comprised of five warships and four helicopters, left Qingdao": a
    # participle phrase after the subject, closed by a comma before a verb in the past
    reduced = _REDUCED_BEFORE_PAST.search(text)
    if reduced and _reduced_aside(reduced) and \
            is_past(reduced.group(4)) and reduced.group(4) not in AUXILIARIES and \
            len(text[:reduced.start()].split()) <= 6 and not has_verb(text[:reduced.start()]):
        text = text[:reduced.start()] + " " + text[reduced.end():]
    return _made_of_dropped(text)


# "The flotilla made up of three corvettes sailed for …": a make-up with no commas runs to
# the next past verb (en.COMPOSITION_PHRASES)
_MADE_OF = re.compile(r"(?<=[\w)])\s+(?:" + "|".join(en.COMPOSITION_PHRASES) + r")\s+")


def _made_of_dropped(text: str) -> str:
    """A group's make-up told with no commas goes up to the main verb: the first past verb
    after it, behind a short subject with no verb of its own."""
    match = _MADE_OF.search(text)
    if not match or len(text[:match.start()].split()) > 6 or has_verb(text[:match.start()]):
        return text
    for word in re.finditer(r"[^\s,;“”\"]+|[,;“”\"]", text[match.end():match.end() + 120]):
        if not word.group(0).isalpha():
            return text  # a comma or a quotation: the make-up is told otherwise
        if word.start() and is_past(word.group(0)) and word.group(0) not in AUXILIARIES:
            return text[:match.start()] + " " + text[match.end() + word.start():]
    return text


def _reduced_aside(reduced: re.Match[str]) -> bool:
    """The participle phrase of ``_REDUCED_BEFORE_PAST`` is an aside: a participle ("-ed",
    "-en") or a group's make-up ("made up of", "consisting of": en.COMPOSITION_PHRASES,
    never the main verb).  After "with" the verb after the comma may be a second aside's
    ("agreed with the plan …, held in Oslo"); after "by" (the agent of a passive: "a
    delegation led by the deputy minister, arrived in Beijing") or a make-up it is the main
    verb whatever follows it."""
    participle, prep, after = reduced.group(1), reduced.group(3), reduced.group(5)
    made_of = f"{participle} {reduced.group(2) or ''}{prep}".replace("  ", " ") in \
        en.COMPOSITION_PHRASES
    if not made_of and not (re.fullmatch(r"[a-z]+(?:ed|en|wn|lt)", participle) and
                            is_past(participle) and participle not in AUXILIARIES):
        return False
    return made_of or prep == "by" or after is None


# (the phrase "of"/"with"/"by" opens: "comprised of", "coupled with", "backed by"; the verb
# after the comma takes its object, no phrase of a second aside: not ", held in Sydney")
_REDUCED_BEFORE_PAST = re.compile(r"(?<=[\w)])\s+([a-z]+(?:ed|en|wn|lt)|"
                                  + "|".join(sorted({p.split()[0] for p in en.COMPOSITION_PHRASES})) +
                                  r")\s+(up\s+)?(of|with|by)\s"
                                  r"[^,;“”\"]{2,140},\s+(?=([a-z]+)\s+((?:in|at|on|by|to|for|from|"
                                  r"with|as|during|under|near|off)\b)?)")


# "Russia, as well as China, sent …", "Tu-95 bombers accompanied by H-6 bombers, flew …": a
# second party set off before the verb (en.COMPANY_PHRASES)
_COMPANY = re.compile(r"(,\s+|\s+)(" + "|".join(en.COMPANY_PHRASES + en.ESCORT_PHRASES) +
                      r")\s+([^,;“”\"]{2,60}),\s+(?=([\w'’]+)\s*([\w'’]*))")


def _company_joined(text: str) -> str:
    """"F-16 jets, as well as Canadian CF-18 jets, performed": a second party of the act
    between the subject and its verb is part of the subject, joined by "and" ("F-16 jets and
    Canadian CF-18 jets perform"); an aside that names no party ("as well as attending the
    talks", "as well as those from …") goes.  The party opens with no verb or preposition, and
    with no comma before it nothing before the subject is a verb ("…, as well as aircraft,
    helicopters and UAVs": a list, no verb after it, stays)."""
    def joined(m: re.Match[str]) -> str:
        verb = m.group(4)
        # (a participle with its phrase, "sent from Latakia, reached", is no main verb)
        if not _main_verb(verb) or _participle_aside(text[m.end():]):
            return m.group(0)
        subject = text[:m.start()]
        if not m.group(1).startswith(",") and (len(subject.split()) > 6 or has_verb(subject)):
            return m.group(0)
        first = m.group(3).split()[0].lower()
        # (a long subject, "The shipment of ground systems for the … system, along with the
        # missiles,": the aside may be of any of its nouns, and the headline has no room; an
        # escort, or the subject's own people, "along with its proxies", are company only)
        if m.group(2) in en.ESCORT_PHRASES or first in en.POSSESSIVE_DETERMINERS or \
                first in PHRASE_START or first in en.POINTING_BACK or first.endswith("ing") or \
                is_verb_word(first) or len(subject.split()) > 6:
            return " "
        return f" and {m.group(3)} "
    match = _COMPANY.search(text)
    if not match:
        return text
    new = joined(match)
    verb = match.group(4)
    if new.startswith(" and ") and verb.islower() and verb.endswith("s") and \
            is_verb_form(verb, only=True) and verb not in AUXILIARIES:
        # two parties take the plural: "Iran, along with Russia, denies" -> "… deny"
        verb = _plural_present(verb)
        return text[:match.start()] + new + verb + text[match.end() + len(match.group(4)):]
    return text[:match.start()] + new + text[match.end():]


def _participle_aside(text: str) -> bool:
    """"sent from Latakia, reached Idlib": a past participle and its phrase closed by a comma
    before a past verb is an aside, never the main verb."""
    match = re.match(r"([a-z]+)\s+[^,;.“”\"]{2,60},\s+([a-z]+)\b", text)
    return bool(match) and is_past(match.group(1)) and is_past(match.group(2)) and \
        match.group(2) not in AUXILIARIES


def _plural_present(word: str) -> str:
    """"denies" -> "deny", "reaches" -> "reach", "holds" -> "hold"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def _main_verb(word: str) -> bool:
    """A verb after an aside: a verb word, or a present in -s no noun shares ("intensifies")."""
    return is_verb_word(word) or word.islower() and word.endswith("s") and \
        is_verb_form(word, only=True)


def _participle_dropped(match: re.Match) -> str:
    """", held off the coast of Oman, involves": a participle aside before the main verb
    (past or present: "involves" is a verb no noun shares) goes."""
    participle, after = match.group(1), match.group(2)
    if not is_past(participle) or participle in AUXILIARIES or participle in SIMPLE_PAST:
        return match.group(0)
    return " " if _main_verb(after) else match.group(0)


def _drop_including(text: str) -> str:
    """"The warships, including the cruiser Varyag arrived": the list before the verb goes."""
    match = re.search(r",\s+(?:including|among them|such as)\s+", text)
    if not match:
        return text
    for word in WORD.finditer(text, match.end()):
        if word.start() - match.end() > 120 or text[match.end():word.start()].count(",") > 1:
            return text
        if is_verb_word(word.group(0)) and word.start() > match.end():
            if re.search(r"\b(?:that|which|who)\s+$", text[:word.start()]):
                return text  # "including the bombing that killed …": the relative's verb
            head = text[match.end():word.start()].rstrip(", ")
            return text[:match.start()] + " " + text[word.start():] if head else text
    return text


SUBORDINATE = {"after", "when", "because", "as", "while", "where", "before", "until", "since",
               "although", "though", "whereas", "unless"}


def _as_complement(words: list[str], i: int, verb: int | None) -> bool:
    """"describes Morocco as major force": an "as" that takes a noun phrase after the verb's
    object, no clause ("… talks | as parliament debates the bill" is one)."""
    said = words[verb].lower() if verb is not None and i - 4 <= verb < i - 1 else ""
    if words[i].lower() != "as" or words[i - 1].endswith(",") or \
            base_form(said[:-1] if said.endswith("s") else said) not in en.AS_VERBS:
        return False
    after = [w.strip(",") for w in words[i + 1:i + 4]]
    return bool(after) and after[0].lower() not in ("well", "soon", "long", "far", "much") and \
        not any(w.islower() and (w in AUXILIARIES or is_past(w) or
                                 w.endswith("s") and is_verb_form(w, only=True)) for w in after)


def _cap(text: str) -> str:
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
    title = _balance_quotes(" ".join(words).strip(" ,;:"))
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


_INCLUSION = {"including", "includes", "among", "notably", "especially", "mainly"}


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


_COUNT_ENDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "several", "some", "many", "both", "all", "most", "dozens", "hundreds"}


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


_LIST_LEADS = {"with", "of", "from", "to", "in", "for", "between", "including", "over", "among",
               "across", "by", "and"}


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


_CLAUSE_WORDS = {"when", "while", "because", "where", "if", "although", "whereas"}
_RELATIVE_WORDS = {"that", "which", "who", "whose"}


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
        if word not in _CLAUSE_WORDS and not relative:
            continue
        tail = words[k + 1:]
        if len(tail) > 3 or any(q in w for w in words[k - 1:] for q in "“”\"") or any(w.islower() and (w in AUXILIARIES or is_past(w) or
                                                 is_verb_form(w, only=True)) for w in tail):
            return words
        return [*words[:k - 1], words[k - 1].rstrip(",")]
    return words


def _reported_verb_kept(words: list[str], whole: list[str]) -> list[str]:
    """"Singh says security challenges in the Indian Ocean region | are on the rise": the cut
    took the verb of what is said; its subject loses its modifiers instead ("Singh says
    security challenges are on rise"), or the headline keeps up to 14 words."""
    trimmed = _inner_subject_trimmed(" ".join(whole)).split()
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


def _balance_quotes(title: str) -> str:
    """Close a quotation a cut left open: 'ties are "strategic' -> 'ties are "strategic"'."""
    if title.count('"') % 2:
        title += '"'
    return title + "”" * max(0, title.count("“") - title.count("”"))
