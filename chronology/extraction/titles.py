"""Short plain headlines from a sentence, by rule-based chunking (no language model).

"TEHRAN, January 20 (Sputnik) – Russia and Iran signed on Tuesday an intergovernmental
agreement on military cooperation." -> "Russia and Iran sign intergovernmental agreement on
military cooperation".  Steps: drop the dateline, date phrases, brackets and attributions;
drop introductory phrases, appositives and relative clauses; shorten people to surnames;
put the main verb in the present tense; drop articles; cut to about ten words.
"""

from __future__ import annotations

import re

from chronology.extraction.action_nouns import action_headline
from chronology.extraction.clauses import (
    ARTICLES,
    PRONOUNS,
    drop_intro,
    first_verb_end,
    has_verb,
    is_verb_word,
    shorten_people,
    surname,
)
from chronology.extraction.dated_clause import (
    OPENS_QUOTE,
    dated_second_clause,
    dated_time_clause,
    marked_event,
    participle_action,
    pointed_participle_action,
    relative_action,
)
from chronology.extraction.gazetteer import country_of
from chronology.extraction.headline_clause import CUT_BEFORE, has_predicate, headline, main_verb
from chronology.extraction.headline_fit import contradicts, of_the_lead_days
from chronology.extraction.headline_tense import (
    SIMPLE_PAST,
    VERB,
)
from chronology.extraction.sentences import (
    dateline_end,
    inside,
    quoted_spans,
    role_heading_end,
)
from chronology.extraction.speakers import (
    SPEECH,
    announces_a_thing,
    plural_speaker,
    relays_an_act,
    split_attribution,
)
from chronology.extraction.title_cut import (
    MAX_WORDS,
    MODIFIER,
    balance_quotes,
    cap,
    inner_subject_trimmed,
)
from chronology.extraction.title_dates import strip_dates
from chronology.extraction.title_fit import MAX_WORDS as HARD_MAX_WORDS
from chronology.extraction.title_fit import (
    finite_verb,
    first_person,
    first_person_dropped,
    fit,
    problems,
    stray_letters_dropped,
)
from chronology.extraction.title_guard import core_clause, names_a_subject, tells_same_act
from chronology.extraction.title_people import (
    Describe,
    meeting_title,
    offices_of_one,
    short_speaker,
)
from chronology.extraction.verbs import (
    AUXILIARIES,
    is_english_word,
    is_past,
    is_verb_form,
    present,
)
from chronology.languages import en, en_grammar

# A relative clause of what someone said about the thing just named, with no "that".
_REDUCED_SAID = re.compile(r"\s(?:they|he|she|we)\s+(?:said|say|says)\s+(?:was|were|is|are|"
                           r"would|will|had|has|have)\b.*$", re.DOTALL)


def make_title(sentence: str, date_spans: list[tuple[int, int]], people: dict[str, str],
               statement: bool, describe: Describe | None = None) -> str:
    """A headline for the event in ``sentence`` (spans are offsets into ``sentence``).

    ``describe(phrase)`` names the person a description stands for ("Iranian general", "He").
    """
    # a photo credit first: a headline in capitals before it is read as one ("… Re-sign …
    # Image reproduced from …": "re-sign")
    sentence, date_spans = _credit_dropped(sentence, date_spans)
    sentence = _sentence_cased(sentence)  # (the same length: the spans stay right)
    sentence, date_spans = _glued_quotes_spaced(_typeset_quotes(sentence), date_spans)
    sentence, date_spans = _former_dropped(*_copy_dropped(*_labels_dropped(sentence,
                                                                            date_spans)))
    sentence = _END_MARK.sub(".", sentence)  # (spans lie before it: an end mark has no date)
    sentence, date_spans = _learning_dropped(*_credit_dropped(*_byline_dropped(sentence,
                                                                               date_spans)))
    sentence, date_spans = _report_days_dropped(sentence, date_spans)
    sentence, date_spans = _statement_saying_told(sentence, date_spans)
    sentence, date_spans = _kicker_told(sentence, date_spans)
    sentence, date_spans = _attendance_told(sentence, date_spans)
    title = _make_title(sentence, date_spans, people, statement, describe)
    unbulleted = title.lstrip(_BULLETS)  # "• Türkiye delivers …": a list's bullet is no word
    if unbulleted != title and unbulleted[:1].islower():
        unbulleted = unbulleted[:1].upper() + unbulleted[1:]  # the headline's first word was
        # the bullet's: "• The pact would see …" gives "Pact to see …", not "pact to see …"
    title = unbulleted
    title = _report_time_dropped(_LEADING_NAME.sub(r"\1", title))
    title = _attending_told(_act_told(first_person_dropped(stray_letters_dropped(title)),
                                      sentence))
    title = offices_of_one(_stray_comma_dropped(_when_told(title, sentence, people)))
    title = _unquoted_report_time_dropped(title, sentence, date_spans)
    title = _then_before_name_dropped(title)
    if not _unusable(title):
        return title
    core = _core_title(_story_text(sentence, date_spans), people)
    return core or title


# "with the then Chilean President Maria Lunde" shortened to "with then Lunde": "then" told
# when the office was held, and the office went, so it goes too (after a preposition or at
# the start only: "visits Lima, then Santiago" keeps its "then")
_THEN_BEFORE_NAME = re.compile(r"(^|\b(?:" + "|".join(en.PREPOSITIONS) + r")\s+)[Tt]hen\s+(?=[A-Z][a-z])")


def _then_before_name_dropped(title: str) -> str:
    title = _THEN_BEFORE_NAME.sub(r"\1", title)
    return title[:1].upper() + title[1:]


# "… jointly launch fourth corvette, at Orla Shipyard": a comma left before the closing
# place phrase (what stood between them, a name or a date, went); a place is named, in
# capitals, right after the preposition ("…, in a first for the country" is no place)
_STRAY_COMMA = re.compile(r"(?<=[a-z0-9]),\s+(?=(?:in|at|near|off)\s+(?:the\s+)?[A-Z][^,;:“”\"]*$)")


def _stray_comma_dropped(title: str) -> str:
    """The comma before a closing place phrase goes when it is the headline's only comma and
    a verb comes before it ("Final stage of exercise takes place, in Egypt")."""
    found = _STRAY_COMMA.search(title)
    if not found or title.count(",") != 1 or not finite_verb(title[:found.start()].split()):
        return title
    return title[:found.start()] + " " + title[found.end():]


_SMALL_WORDS = set(en_grammar.TITLES_TITLE_CASE_SMALL)
_CASED_WORD = re.compile(r"[A-Za-z][\w'’.&-]*")


def _sentence_cased(text: str) -> str:
    """"Valdoria Buys 12 Coastal Patrol Boats From Merrow Yard" -> "Valdoria buys 12 Coastal
    Patrol boats from Merrow Yard": a headline in title case (every word but the short ones
    capitalised, no word in lower case but them) is told in sentence case, as every other
    headline: its short words and its lone dictionary words go to lower case, its names stay
    (a word the dictionary lacks, a country, a month or a weekday, a word next to one unless
    it is a verb's form: "South Korea", "Iran sign"; a run of two or more capitalised words
    with no verb in it: "Red Sea", "Prime Minister Tamsin", "Harbour Star exercise");
    quotations, all-capital words and codes are kept."""
    quotes = quoted_spans(text)
    every = [m for m in _CASED_WORD.finditer(text) if not inside(m.start(), quotes)]
    words = every[1:]
    big = [m for m in words if m.group(0).lower() not in _SMALL_WORDS]
    if len(big) < 3 or any(m.group(0)[:1].islower() for m in big) or \
            not any(_common(m.group(0)) for m in big) or not _headline_verb(text, every):
        return text  # ("Orla Venn, Director General of the Bureau": a name, no headline)

    def proper(word: str) -> bool:
        return word.lower() not in _SMALL_WORDS and not _common(word)

    kept = _named_runs(text, every)
    out = list(text)
    for k, m in enumerate(words):
        word = m.group(0)
        if k + 1 in kept or word.lower() in _CALENDAR_NAMES:
            continue  # "Black Sea Fleet", "Prime Minister", "in May": names
        if word.isupper() or any(c.isdigit() for c in word) or \
                any(c.isupper() for c in word[1:].replace("-", "")) and \
                not all(p[:1].isupper() and p[1:].islower() for p in word.split("-") if p):
            continue  # "NATO", "KF-21", "McDonald": kept
        before = every[k].group(0)  # (the first word too: "Ghana Navy" is a name)
        after = words[k + 1].group(0) if k + 1 < len(words) else ""
        low = word.lower()
        verb = re.search(r"(?:s|ed)$", low) is not None and is_verb_form(word) or \
            is_verb_form(word, only=True) or "-" in low and is_verb_form(word) and \
            low.split("-")[0] in en_grammar.VERBS_VERB_PREFIXES or \
            _verb_like(text, every, k + 1)  # "Re-sign", "Test-Fires", "Norway, Poland Sign"
        if low in _SMALL_WORDS or verb and _common(word) or _common(word) and \
                not (before and proper(before) or after and proper(after)):
            out[m.start():m.end()] = low
    cased = "".join(out)
    for k, m in enumerate(words[:-1]):  # "Iran Sign military pact", "to Meet Hegseth": a
        word, after = m.group(0), cased[words[k + 1].start():words[k + 1].end()]  # verb's base
        before = cased[words[k - 1].start():words[k - 1].end()] if k else ""
        if k + 1 in kept or word.lower() in _CALENDAR_NAMES:
            continue
        if word[:1].isupper() and _common(word) and is_verb_form(word) and \
                (before == "to" or after[:1].islower() and after not in _SMALL_WORDS):
            cased = cased[:m.start()] + word.lower() + cased[m.end():]
    return cased


_CALENDAR_NAMES = {name.lower() for names in en.MONTH_NAMES for name in names} | \
    set(en.WEEKDAYS)


def _verb_like(text: str, words: list[re.Match], k: int) -> bool:
    """The word at ``k`` of a title-case line may be its verb ("Sends", "Ships", "Hold" after
    two parties or a country, "Receive" after "To", "Set" before it)."""
    word = words[k].group(0)
    if not is_verb_form(word):
        return False
    before = words[k - 1].group(0) if k else ""
    after = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
    return re.search(r"(?:s|ed)$", word.lower()) is not None or \
        is_verb_form(word, only=True) or before.lower() == "to" or after == "to" or \
        bool(before) and country_of(before) is not None or \
        k >= 2 and (words[k - 2].group(0).lower() == "and" or
                    re.match(r",\s", text[words[k - 2].end():]) is not None)


def _named_runs(text: str, every: list[re.Match]) -> set[int]:
    """Indexes (into ``every``) of the words of a name told by a run of two or more
    capitalised words side by side, none of them a short word or a verb's likely form ("White
    House", "Iron Dome Battery", "President Ilvo"); a run that as a whole is a place ("United
    States") is kept even with a word that looks like a verb."""
    kept: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) < 2:
            return
        whole = text[every[run[0]].start():every[run[-1]].end()]
        if country_of(whole) is not None:
            kept.update(run)
            return
        part: list[int] = []
        for k in run + [-1]:
            if k >= 0 and not _verb_like(text, every, k):
                part.append(k)
                continue
            if len(part) >= 2:
                kept.update(part)
            part = []

    for k, m in enumerate(every):
        word = m.group(0)
        joined = k and run and run[-1] == k - 1 and \
            text[every[k - 1].end():m.start()].isspace()
        if word[:1].isupper() and word.lower() not in _SMALL_WORDS:
            if not joined:
                close()
                run = []
            run.append(k)
        else:
            close()
            run = []
    close()
    return kept


def _headline_verb(text: str, words: list[re.Match]) -> bool:
    """A title-case line tells an act: a short word capitalised ("From", "To"), or a verb's
    form in -s or -ed ("Receives"), after "to" ("to Meet"), or after two parties ("Norway,
    Poland Sign", "Chile and Peru Re-sign")."""
    for k, m in enumerate(words[1:], start=1):
        word, before = m.group(0), words[k - 1].group(0)
        if word.lower() in _SMALL_WORDS - {"a", "an", "the"} and word[:1].isupper():
            return True  # ("… Sorvik The Orla Harbour Gazette": lines glued, no title case)
        if not word[:1].isupper() or not is_verb_form(word):
            continue
        if re.search(r"(?:s|ed)$", word) and _common(word) or before.lower() == "to" or \
                k >= 2 and (words[k - 2].group(0).lower() == "and" or
                            re.match(r",\s", text[words[k - 2].end():])):
            return True
    return False


def _common(word: str) -> bool:
    """A word of the dictionary that no list of places makes a name ("Howitzers", "Sign";
    not "Korea", "Iranian"), each part of a compound ("Self-Propelled")."""
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1 and parts[0].lower() in en_grammar.VERBS_VERB_PREFIXES:
        parts = parts[1:]  # "Re-sign", "Co-Develop": the verb's prefix
    return bool(parts) and all(p.isalpha() and country_of(p) is None and is_english_word(p)
                               for p in parts)


# "then-Norwegian Defence Minister Ine Eriksen Soreide": a former office's marker; the person
# is headed by name ("Soreide"), so the marker goes with the office.
_FORMER = re.compile(r"\b(?:" + "|".join(en_grammar.TITLES_FORMER_MARKS) + r")-(?=[A-Z])",
                     re.IGNORECASE)


def _former_dropped(sentence: str, spans: list[tuple[int, int]]
                    ) -> tuple[str, list[tuple[int, int]]]:
    for found in reversed(list(_FORMER.finditer(sentence))):
        a, b = found.span()
        if inside(a, quoted_spans(sentence)):
            continue  # words inside quotation marks are never changed
        sentence = sentence[:a] + sentence[b:]
        spans = [(x - (b - a) if x >= b else x, y - (b - a) if y >= b else y) for x, y in spans]
    return sentence, spans


def _copy_dropped(sentence: str, spans: list[tuple[int, int]]
                  ) -> tuple[str, list[tuple[int, int]]]:
    """A headline a page printed twice, the first copy glued to a label ("Exercise Cyclone
    started on 14 January at JaisalmerPremium Exercise Cyclone started on 14 January at
    Jaisalmer"): the second copy, whole, with its dates."""
    tokens = list(re.finditer(r"\S+", sentence))
    half = len(tokens) // 2
    if len(tokens) < 8 or len(tokens) % 2:
        return sentence, spans
    first, second = [t.group() for t in tokens[:half]], [t.group() for t in tokens[half:]]
    if first[:-1] != second[:-1] or not first[-1].startswith(second[-1].rstrip(".")):
        return sentence, spans
    cut = tokens[half].start()
    return sentence[cut:], [(a - cut, b - cut) for a, b in spans if a >= cut]


_WHEN_CLAUSE = re.compile(r",\s+when\s+(?P<clause>[^,;:“”\"]{8,}?)\s*(?:[,;.]|$)")


def _when_told(title: str, sentence: str, people: dict[str, str]) -> str:
    """"Their last visit to Anzali was in October 2016, when the ships took part in a drill":
    a verbless title of a time told by its "when" clause is that clause's act ("Ships take
    part in drill"), when that makes a usable headline."""
    found = _WHEN_CLAUSE.search(sentence)
    if not found or "no finite verb" not in problems(title):
        return title
    made = cap(headline(found.group("clause"), people))
    return made if made and not problems(made) and names_a_subject(made) else title


_DETERMINER = r"(?:" + "|".join(en.NOUN_DETERMINERS) + r")"
# An occasion's word that ends its noun ("the signing ceremony in …", "talks with …"), not a
# modifier of another noun ("the briefing room"): what follows is no lower-case noun
_OCCASION = (r"(?:" + "|".join(en_grammar.TITLES_ATTENDED_OCCASIONS) + r")\b"
             r"(?=\s*(?:[^\w\s]|$)|\s+(?:[A-Z0-9]|[a-z][\w'’-]*(?:ing|ed)\b|(?:"
             + "|".join(en_grammar.TITLE_CUT_FUNCTION_END) + r")\b))")
_ATTENDANCE = re.compile(
    r"^(?P<who>[A-Z][^,;:“”\"()|]*?)\s+(?:(?P<at>at|during)\s+(?=" + _DETERMINER + r"\s+"
    r"(?:[\w'’-]+\s+){0,4}?" + _OCCASION + r")"
    r"|(?P<on>on)\s+(?=" + _DETERMINER + r"\s+(?:[\w'’-]+\s+){0,3}?visits?\s+to\b))")


def _shown_attending(who: str) -> bool:
    """Who a caption shows at an occasion is people: a plural or an office's noun at the end
    (en_grammar.TITLES_ATTENDEES), or a name, capitalised; a caption's first word alone is a
    name only when no dictionary word ("Shoigu on a visit …", not "Flags at the ceremony")."""
    words = who.split()
    last = words[-1] if words else ""
    if last.lower() in en_grammar.TITLES_ATTENDEES:
        return True
    return last[:1].isupper() and (len(words) > 1 or not is_english_word(last))


def _attendance_told(sentence: str, spans: list[tuple[int, int]]
                   ) -> tuple[str, list[tuple[int, int]]]:
    """A caption's people with no verb, at an occasion or on a visit: "Russian and Iranian
    officials during the signing ceremony in Tehran." -> "… officials attended the signing
    ceremony …"; "Shoigu on an official visit to Tehran." -> "Shoigu paid an official visit to
    Tehran." (being at an occasion is attending it; being on a visit is paying it)."""
    found = _ATTENDANCE.match(sentence)
    if not found or not _shown_attending(found.group("who")) or \
            finite_verb(found.group("who").split() + ["x"]) or \
            finite_verb(sentence[found.end():].split(", ")[0].split()):
        return sentence, spans
    a, b = found.span("at") if found.group("at") else found.span("on")
    verb = "attended" if found.group("at") else "paid"
    shift = len(verb) - (b - a)
    return sentence[:a] + verb + sentence[b:], \
        [(x + shift if x >= b else x, y + shift if y >= b else y) for x, y in spans]


_KICKER = re.compile(r"^(?P<kicker>[^:“”\"|]{2,60}?)\s*:\s+(?P<rest>[A-Z“\"].*)$", re.DOTALL)


def _kicker_told(sentence: str, spans: list[tuple[int, int]]
                 ) -> tuple[str, list[tuple[int, int]]]:
    """A few words and a colon before a sentence with its own verb: a speaker's name before
    words in the first person ("Lavrov: We are ready to …" -> "Lavrov said: “We are ready to
    …”", the words unchanged) or an office's before its words ("Navy spokesman: …", the same
    way: the attribution stays), or a kicker, a topic's label in lower case ("Su-35 deal: Iran
    to get first jets …" -> "Iran to get first jets …"); dates move with the words."""
    found = _KICKER.match(sentence)
    if not found or any(a < found.start("rest") for a, _ in spans):
        return sentence, spans
    kicker, rest = found.group("kicker").strip(), found.group("rest")
    words = kicker.split()
    if len(words) > 4 or finite_verb(words + ["x"]) or not finite_verb(rest.split()) or \
            re.search(r"[“”\"]", rest):
        return sentence, spans
    at = found.start("rest")
    speaker = words[-1].lower() in en_grammar.TITLES_ATTENDEES  # "Navy spokesman: …"
    if speaker or first_person(rest) and all(w[:1].isupper() for w in words) and \
            not kicker.isupper():
        head = f"{kicker} said: “"  # a name's (not a dateline's) first-person words, or
        # an office's words
        told = head + rest.rstrip(" .") + "”"
        return told, [(a - at + len(head), b - at + len(head)) for a, b in spans]
    if any(w.islower() and w.isalpha() for w in words) and not first_person(rest):
        return rest, [(a - at, b - at) for a, b in spans]  # a label in lower case
    return sentence, spans


_PAGE_SEPARATOR = re.compile(r"\s+[|¦]\s+")


def _labels_dropped(sentence: str, spans: list[tuple[int, int]]
                    ) -> tuple[str, list[tuple[int, int]]]:
    """"Russia, Iran to hold naval drill | Defence News | Russia, Iran to hold naval drill": a
    page's headline between its separators, printed twice around a section's label, or
    beside labels of a few words: the headline, once, with its dates."""
    cuts = [(0, 0)] + [m.span() for m in _PAGE_SEPARATOR.finditer(sentence)] + \
        [(len(sentence), len(sentence))]
    if len(cuts) < 3:
        return sentence, spans
    parts = [(cuts[k][1], cuts[k + 1][0]) for k in range(len(cuts) - 1)]
    texts = [sentence[a:b].strip(" .") for a, b in parts]
    longest = max(range(len(parts)), key=lambda k: len(texts[k].split()))
    same = len(parts) >= 3 and texts[0].lower() == texts[-1].lower() and texts[0]
    if not same and any(len(t.split()) > 3 for k, t in enumerate(texts) if k != longest):
        return sentence, spans  # two sentences a separator joins: not a page's labels
    a, b = parts[0] if same else parts[longest]
    return sentence[a:b], [(x - a, y - a) for x, y in spans if a <= x and y <= b]


# "… on July 7./.": the end mark of a story in Vietnamese agencies' English services is
# no part of its last sentence
_END_MARK = re.compile(r"\s*\./\.?\s*$")


def _act_told(title: str, sentence: str) -> str:
    """A verbless title of a verbless sentence told by a noun of action ("Delivery of jets to
    Croatia") with the act's verb ("Jets delivered to Croatia"), when that makes a usable
    headline."""
    told = action_headline(title, sentence)
    return told if told and not problems(told) and names_a_subject(told) else title


_AT_OCCASION = re.compile(r"^(?P<who>[A-Z][^,;:“”\"]*?)\s+at\s+(?P<what>(?:(?:"
                          + "|".join(en.ARTICLE_WORDS) + r")\s+)?(?:[\w'’-]+\s+){0,4}?"
                          + _OCCASION + r")(?P<rest>[^“”\"]*)$")


def _attending_told(title: str) -> str:
    """"Khanzadi and Kasatonov at signing ceremony" (a caption's words, no verb) ->
    "Khanzadi and Kasatonov attend signing ceremony": people at an occasion attend it."""
    found = _AT_OCCASION.match(title)
    if not found or "no finite verb" not in problems(title) or \
            not _shown_attending(found.group("who")):
        return title
    who = found.group("who")
    verb = "attend" if " and " in who or plural_speaker(who) else "attends"
    made = f"{who} {verb} {found.group('what')}{found.group('rest')}"
    return made if not problems(made) and names_a_subject(made) else title


_CREDIT = re.compile(r"\s*(?:" + "|".join(map(re.escape, en.CREDIT_MARKS)) + r")")
_LEARNED = re.compile(r"(?:" + en.FIRST_PERSON_LEARNED + "|" + en.IMPERSONAL_REPORT + ")",
                      re.IGNORECASE)


def _credit_dropped(sentence: str, spans: list[tuple[int, int]]
                    ) -> tuple[str, list[tuple[int, int]]]:
    """"… at the air base. © Ivan Horvat, AP": a photo credit after a caption is no part of
    its sentence; it goes, with any date inside it."""
    found = _CREDIT.search(sentence, 1)
    if not found:
        return sentence, spans
    return sentence[:found.start()], [(a, b) for a, b in spans if b <= found.start()]


_BYLINE = re.compile(en.BYLINE)


def _byline_dropped(sentence: str, spans: list[tuple[int, int]]
                    ) -> tuple[str, list[tuple[int, int]]]:
    """"By Jane Roe: The second edition of the drill will be held …": the writer's byline
    before the story's first words is no part of its act (never "Roe: second edition …");
    a date read in those words ("By March: …") keeps them."""
    found = _BYLINE.match(sentence)
    if not found or any(a < found.end() for a, _ in spans) or \
            any(ch.isdigit() for ch in found.group(0)):
        return sentence, spans
    at = found.end()
    return sentence[at:], [(a - at, b - at) for a, b in spans]


_REPORT_RELATIVE = re.compile(r"(?:" + "|".join(en.REPORT_DAYS + en.REPORT_PERIODS) + r")\b",
                              re.IGNORECASE)


def _unquoted_report_time_dropped(title: str, sentence: str, spans: list[tuple[int, int]]) -> str:
    """"“A border treaty, signed last May with President X in Lima, reflects …" (a quotation
    opened and never closed) -> "Border treaty signed with President X in Lima": a date told
    from the report's day ("last May", "this week") that no rule took out, because it stood
    in quotation marks, goes from a headline that tells the words in its own (no quotation
    marks in it: it is no quotation, so its words are the headline's)."""
    if re.search(r"[“”\"]", title):
        return title
    for a, b in spans:
        told = sentence[a:b].strip(" ,")
        found = re.search(r"(?<=\s)" + re.escape(told) + r"(?=[\s,]|$)", title) \
            if _REPORT_RELATIVE.match(told) else None
        if found and len(title[:found.start()].split()) >= 2:
            title = (title[:found.start()].rstrip() + " " + title[found.end():].lstrip(" ,")).strip()
    return title


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


_STATEMENT_SAYING = re.compile(en.STATEMENT_SAYING, re.IGNORECASE)


def _statement_saying_told(sentence: str, spans: list[tuple[int, int]]
                           ) -> tuple[str, list[tuple[int, int]]]:
    """"The agency issued a statement saying, “…”": told as "The agency said, “…”", so the
    words said are the headline's, not a bare "issues statement saying"; dates move with it."""
    found = _STATEMENT_SAYING.search(sentence)
    if not found or inside(found.start(), quoted_spans(sentence)):
        return sentence, spans
    a, b = found.span()
    shift = len("said") - (b - a)
    moved = [(x + shift if x >= b else x, y + shift if y >= b else y) for x, y in spans
             if not a <= x < b]
    return sentence[:a] + "said" + sentence[b:], moved


def _learning_dropped(sentence: str, spans: list[tuple[int, int]]
                      ) -> tuple[str, list[tuple[int, int]]]:
    """"We just got the news that Sweden and Ukraine signed …": the outlet telling how it
    learned is no act; what it learned is ("Sweden and Ukraine sign …"); so is an impersonal
    report frame ("It was reported that the deal is worth …": "Deal is worth …")."""
    found = _LEARNED.match(sentence)
    if not found and _SUBORDINATE.match(sentence):  # "When the deal was final, it was said
        found = _LEARNED_AFTER_CLAUSE.search(sentence)  # that …": after the clause's comma
    if not found or len(sentence) - found.end() < 20:
        return sentence, spans
    at = found.end()
    told = sentence[at:]
    return told[0].upper() + told[1:], [(a - at, b - at) for a, b in spans if a >= at]


_LEARNED_AFTER_CLAUSE = re.compile(r"(?<=,\s)" + en.IMPERSONAL_REPORT, re.IGNORECASE)


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
    made = cap(headline(clause, people)) if clause else ""
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


# "A rare moment came: Brenner toured the boat …": a short clause that only sets the
# scene, its verb last, then a colon and a clause of its own
_SCENE_COLON = re.compile(r"^(?P<scene>[^:“”\"]{3,60}?):\s+(?P<act>[A-Z][^:“”\"]{10,})$")


def _scene_dropped(text: str) -> str:
    """"A rare moment came: Brenner toured the boat" -> "Brenner toured the boat": a clause of at most six words that only sets a scene, ending on its verb
    (``en_grammar.TITLES_SCENE_VERBS``; not "The sides agreed: …", whose agreement is the
    act), before a colon and a clause with its own verb; the act is the second clause's."""
    found = _SCENE_COLON.match(text)
    if not found:
        return text
    scene = found.group("scene").split()
    last = scene[-1].lower()
    if not 2 <= len(scene) <= 6 or last not in en_grammar.TITLES_SCENE_VERBS or \
            not has_verb(found.group("act")):
        return text
    return found.group("act")


def _make_title(sentence: str, date_spans: list[tuple[int, int]], people: dict[str, str],
                statement: bool, describe: Describe | None = None) -> str:
    sentence, date_spans = participle_action(*relative_action(sentence, date_spans))
    sentence, date_spans = pointed_participle_action(sentence, date_spans)
    sentence, date_spans = dated_second_clause(sentence, date_spans)
    sentence, date_spans = dated_time_clause(sentence, date_spans)
    lead = dateline_end(sentence, 0, len(sentence))  # before the dates: it may hold one
    text = _story_text(sentence, date_spans)
    full = re.sub(r"\s+", " ", text).strip(" ,;.–—-“”\"")
    if _LEADING_NAME.match(text.strip()):
        full = text.strip()[0] + full  # kept whole, so no rule takes its words for a person's
    text = _main_clause(drop_intro(_main_clause(_presence_dropped(_departure_dropped(full)))))
    text = _scene_dropped(text)
    meeting = meeting_title(text, people, before_speech=statement, describe=describe,
                            setting=full)
    if meeting:
        return cap(meeting)
    marked = marked_event(text)
    if marked:
        return cap(marked)
    introduced = _introduced_quotation(sentence[lead:], people, describe)
    if introduced:
        return introduced
    speaker, clause = split_attribution(text)
    if _RELATIVE_SPEAKER.search(speaker):
        speaker, clause = "", text  # "Mexico, which claims the gulf, seized …": the relative
        # clause's verb of saying ("claims") has no speaker; the main clause's act is told
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
    quotation = bool(speaker) and OPENS_QUOTE.match(sentence[lead:]) is not None and \
        bool(clause) and not clause.startswith(("“", '"')) and text.startswith(clause[:20])
    # the quotation's own act dated inside it ("“The crew reached Split earlier this month,”
    # the source said"): told as that act, not as words kept whole
    closing = re.search(r"[”\"]", sentence[lead + 1:]) if quotation else None
    dated_inside = closing is not None and any(
        lead < a < lead + 1 + closing.start() for a, _ in date_spans)
    if speaker and re.match(r"(?:to|into|on|at|for|with|from|of)\s", clause) and \
            not re.search(r"\bthat\b|[“\"]", clause):
        speaker, clause = "", text  # "The delivery adds to at least four helicopters": an act
    if speaker and not clause.startswith(("“", '"')) and not has_predicate(clause):
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
    # "Our cooperation will go on, he said": words in the first person with no quotation
    # marks are the speaker's own, told as a quotation of them, unchanged ("Khanzadi says
    # “Our cooperation will go on”"), never as the headline's ("… says our cooperation …")
    own_words = bool(speaker) and not quotation and first_person(clause) and \
        not re.search(r"[“”\"]", clause) and bool(_verbatim_start(clause, sentence))
    said = ""  # "Niazi says": who says the clause, when the headline tells words
    occasion_quote = quotation and not dated_inside  # "“…,” Macron said during a visit …"
    if speaker and (statement or occasion_quote or about_speaker or own_words or
                    clause.startswith(("“", '"'))):
        # words (a sentence that opens with a quotation and names who said it is that
        # speaker's words, whatever its date dates: "“…,” Macron said during a visit …")
        words = f"“{clause.rstrip(' ,.')}”" if quotation and (statement or occasion_quote) else ""
        short = _strip_remnants(headline(clause, people, reported=True))
        who = _resolved(short_speaker(speaker, people, describe), describe)
        verb = "say" if plural_speaker(who) else "says"
        said = f"{who} {verb}"
        told = f"{said} {_lower_first(short, text, people)}"
        title = _quoted_words(who, verb, short) or cap(told)
        if words and not dated_inside:  # its own words, unchanged, or "…", on every path
            # (a statement too: "Lin says “We don’t supply weapons …”", never "we don’t …")
            words = "“" + re.split("[”\"]", full.lstrip("“\""), maxsplit=1)[0].strip(" ,") + "”"
            title = _quoted_words(who, verb, words) or cap(f"{said} {words}")
        elif words and len(title.split()) < len(told.split()):
            # "“The capabilities we are delivering are carefully calibrated to make the most
            # difference …,” Blinken said": a quotation too long to tell whole is shortened
            # in its own words, never reworded and cut ("… calibrated to make most")
            title = _quoted_words(who, verb, words) or title
        if own_words:
            words = "“" + _verbatim_start(clause, sentence) + "”"
            title = _quoted_words(who, verb, words) or cap(f"{said} {words}")
            head = re.split(r"\s+(?:of|for|at|in)\s+", who, maxsplit=1)[0]
            if head != who and "…" in title and not _quoted_words(head, verb, words):
                title = cap(f"{head} {verb} {words}")  # "Governor says “…”" whole, not the
                # office's full name and half the words
    else:  # ("a partnership they said was aimed at …": what they said of it goes)
        title = cap(_resolved(headline(_REDUCED_SAID.sub("", clause), people), describe))
    quoted_act = _subject_and_quotation(speaker, clause, people, describe) \
        if speaker and not re.search(r"[“”\"]", title) else None
    if quoted_act:  # 'X said the sales "will undermine …"': the act is inside the quotation
        title = quoted_act
    if problems(title):  # too long, only: the headline cut at a phrase boundary keeps its subject
        fitted = fit(title) if problems(title) == [f"longer than {HARD_MAX_WORDS} words"] else ""
        title = fitted if fitted and not problems(fitted) else \
            _fallback(clause or text, title, describe, said, people)
    if OPENS_QUOTE.match(sentence[lead:]):  # a quotation's words are never reworded
        # "“Our nations have stood …,” the alliance said": the speaker the sentence names;
        # "“So we carried out trials …" alone: who the article means
        who = _quotation_speaker(speaker, people, describe) if problems(title) else None
        if who:  # -> "Alliance says “Our nations have stood …”"
            words = "“" + re.split("[”\"]", full.lstrip("“\""), maxsplit=1)[0].strip(" ,") + "”"
            verb = "say" if plural_speaker(who) else "says"
            return _quoted_words(who, verb, words) or cap(f"{who} {verb} {words}")
        return title or fit(full)
    continued = _quotation_continued(title, sentence[lead:], people, describe)
    return continued or _without_pronoun(title, clause or text, people) or fit(full)


# A "speaker" ending in a relative pronoun: the verb of saying is a relative clause's
_RELATIVE_SPEAKER = re.compile(r"(?:^|,\s+)(?:which|who|that)$", re.IGNORECASE)


# "X, the army's deputy chief, said: “Today we are launching …": a quotation a colon introduces
_SAID_COLON = re.compile(r"^(?P<speaker>[^“”\":]{3,160}?),?\s+" + SPEECH +
                         r"\s*:\s*(?P<mark>[“\"])(?P<words>[^“”\"]{12,})[”\"]?\W*$")


def _verbatim_start(clause: str, sentence: str) -> str:
    """The clause as the sentence writes it, or its longest opening (four words or more) the
    sentence writes word for word, closed by "…" (a date the rules took out of the clause
    ends it: "We signed the contract | on Tuesday | for radar systems"); "" when none."""
    whole = clause.strip(" ,.;:")
    if whole in sentence:
        return whole
    words = whole.split()
    for n in range(len(words) - 1, 3, -1):
        if " ".join(words[:n]) in sentence:
            return " ".join(words[:n]).rstrip(",;:") + " …"
    return ""


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
    made = _quoted_words(who, verb, words) or cap(f"{who} {verb} {words}")
    return made if not problems(made) and names_a_subject(made) else ""


_FIRST_PERSON = en_grammar.TITLES_FIRST_PERSON


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
    made = _quoted_words(who, verb, words) or cap(f"{who} {verb} {words}")
    return made if not problems(made) else ""


# What a page or a wire puts before the story's first word: the clock of a publication line
# whose date was taken ("Updated: (March 3, 2024) 10:15 IST Kenya's navy …") and a wire's
# slug in capitals ("KENYA-NAVY/ Kenya's navy …")
_PAGE_LEAD = re.compile(r"^\s*(?:(?:Updated|Published|Posted|Last updated)\s*:?\s*)?"
                        r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}\b)?"
                        r"|[A-Z]{2,}(?:[-/][A-Z]{2,})*/)\s+(?=[A-Z])")


_READER_ASIDE = re.compile(r"^\s*(?:" + "|".join(
    re.escape(a) for a in sorted(en_grammar.TITLES_READER_ASIDES, key=len, reverse=True))
    + r")(?:\s*,)?\s+(?=\S)", re.I)  # "Recall that(, on Tuesday,) the …": a date gone


def _story_text(sentence: str, date_spans: list[tuple[int, int]]) -> str:
    """The sentence's own words: no dateline, agency tag, brackets or date phrases."""
    lead = max(dateline_end(sentence, 0, len(sentence)),  # before the dates: it may hold one
               role_heading_end(sentence, 0, len(sentence)))  # "Admiral X: …", "Navy Day: …"
    text = strip_dates(sentence[lead:], [(a - lead, b - lead) for a, b in date_spans if a >= lead])
    text = _strip_remnants(text[dateline_end(text, 0, len(text)):])
    # "BAKU (Sputnik)Azerbaijani …": an all-caps place and its agency, glued to the sentence
    text = re.sub(r"^\s*[A-Z]{3,}(?:\s+[A-Z]{2,})*\s*\([^)]{1,40}\)\s*(?=[A-Z][a-z])", "", text)
    text = _strip_remnants(re.sub(r"\s*[(\[][^)\]]*[)\]]", "", text))  # "Seoul (Jiji Press)--"
    # "10:15 IST Kenya's navy …", "KENYA-NAVY/ Kenya's navy …", "14:09 JST London,—Kishida …"
    text = _strip_remnants(_PAGE_LEAD.sub("", text))
    text = _READER_ASIDE.sub("", text)  # "Recall that the navy received …": the navy's act
    text = _speech_aside_dropped(_interrupting_attribution_dropped(text))
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
            not main_verb(match.group("verb")):
        return text
    return match.group("subject") + " " + text[match.end():]


# "X, speaking to reporters at a reception in Y, said …": how the speaker came to speak,
# set between the speaker and the verb of saying by two commas
_SPEECH_ASIDE = re.compile(r",\s+(?:" + "|".join(en.SPEAKING_PARTICIPLES) + r")\b[^,;:“”\"]{0,120},\s+"
                           r"(?=" + SPEECH + r"\b)")


def _speech_aside_dropped(text: str) -> str:
    """"Horvat, speaking to reporters at an embassy reception in Zagreb, said the sales …" ->
    "Horvat said the sales …": the aside goes, so the speaker is found before the verb."""
    found = _SPEECH_ASIDE.search(text)
    if not found or found.start() > 160:
        return text
    return text[:found.start()] + " " + text[found.end():]


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
    subject = named.group(1) if named else subject  # "the Chairman of Z, Olin Vossel": him
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
    # "‘Exercise Cyclone – I‘ started": an opening mark typed where the closing one belongs;
    # so is "Oslo‘s readiness": a possessive's apostrophe
    return _WRONG_WAY_CLOSE.sub("’", _TYPED_QUOTE.sub(curly, sentence))


_WRONG_WAY_CLOSE = re.compile(r"(?<=[^\s‘“])‘(?=[\s,.;:!?]|$)|(?<=[A-Za-z])‘(?=s\b)")


def _quotation_speaker(speaker: str, people: dict[str, str], describe: Describe | None) -> str:
    if speaker:
        return short_speaker(speaker, people, describe)
    who = describe("he") if describe else None
    return surname(who) if who else ""


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


_SUBJECT_QUOTED = re.compile(r"(?P<subject>[^“”\"]{2,160}?)\s+(?P<mark>[“\"])(?P<words>[^“”\"]{8,}?)"
                             r"[”\"]?\W*")


def _subject_and_quotation(speaker: str, clause: str, people: dict[str, str],
                           describe: Describe | None) -> str | None:
    """'X said the arms sales to Y along with Z "will certainly undermine trust …"': what is
    said has its verb only inside the quotation, so the headline keeps the subject's head and
    the quoted words, unchanged or shortened with an ellipsis ('X says arms sales "will
    certainly undermine …"'), never the subject alone."""
    found = _SUBJECT_QUOTED.fullmatch(clause.strip())
    if not found or has_verb(found.group("subject")) or \
            not has_verb(found.group("words")) and not re.search(r"\b[a-z]+s\b", found.group("words")):
        return None
    subject = ARTICLES.sub("", found.group("subject")).strip()
    head = re.split(r"\s+(?:" + "|".join(en_grammar.HEADLINE_TENSE_HEAD_ENDS) + r")\s", subject,
                    maxsplit=1)[0]
    who = _resolved(short_speaker(speaker, people, describe), describe)
    if not who or not head or len(head.split()) > 5:
        return None
    verb = "say" if plural_speaker(who) else "says"
    lead = f"{who[:1].upper()}{who[1:]} {verb} {_lower_first(head, clause, people)}"
    closing = "”" if found.group("mark") == "“" else '"'
    words = found.group("words").strip().rstrip(",;:.")
    room = HARD_MAX_WORDS - len(lead.split())
    if room < 3:
        return None
    if len(words.split()) > room:
        words = fit(words, max(room - 1, 3)).rstrip(",;:.") + " …"
    made = f"{lead} {found.group('mark')}{words}{closing}"
    return made if not problems(made) else None


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
    future = _future_passive(drop_intro(clause).strip(" ,.;:"), people)
    if future:
        return future
    match = _PRONOUN_ACT.match(drop_intro(clause).strip(" ,.;:"))
    if not match or not is_past(match.group("verb")) or match.group("verb").lower() in (
            AUXILIARIES | SIMPLE_PAST) or match.group("verb").lower() in _SPEECH_WORDS and (
                match.group("verb").lower() not in _ACT_TOO or
                match.group("thing").lower().startswith(("that", "the ", "a "))):
        return title
    participle = match.group("verb").lower()
    thing, rest = match.group("thing"), match.group("rest")
    joined = _SECOND_THING.match(rest)
    if joined and not has_verb(joined.group("more")):  # "praised the guild and dock crews
        thing, rest = f"{thing} and {joined.group('more')}", rest[joined.end():]  # for …"
    if rest.strip() and not _THING_ENDS.match(rest):
        # "It showed video of a barge carrying | grain as …": the thing goes on to its
        # phrase's end, or no passive is made of half of it
        more = next((m for m in (re.match(_THING_GOES_ON.format(n), rest) for n in range(1, 6))
                     if m and _THING_ENDS.match(rest, m.end())), None)
        if more is None or has_verb(more.group(0)):
            return title
        thing, rest = thing + more.group(0), rest[more.end():]
    second = next((m for m in re.finditer(r",?\s+and\s+(?:also\s+)?([a-z]+)\b", rest)
                   if is_past(m.group(1)) and m.group(1) not in AUXILIARIES), None)
    if second:  # "… lauded X's role and added it was time …": the pronoun's second act goes
        rest = rest[:second.start()]
    rest = re.sub(r"^,\s+(?:which|who|that)\b[^,]*,", "", rest)  # "the S-400,
    made = f"{thing} {participle}{rest}"  # which you handed over, on duty"
    made = fit(ARTICLES.sub("", shorten_people(made, people)).strip(" ,.;:"), MAX_WORDS,
               slack=HARD_MAX_WORDS - MAX_WORDS)
    return made[:1].upper() + made[1:] if not problems(made) else title


# What may follow the thing a pronoun's act was done to: its phrase, a clause, the end
_THING_ENDS = re.compile(r"\s*(?:[,.;:]|$|(?:" + "|".join(en_grammar.TITLES_THING_ENDS) + r")\b)")
_THING_GOES_ON = r"^(?:\s+[\w'’$.-]+){{{}}}(?=\s|$)"  # (n words)
# A second thing joined by "and" before the act's phrase: "the ministry and armed forces for …"
_SECOND_THING = re.compile(r"^\s+and\s+(?P<more>(?:(?:the|its|their|his|her)\s+)?"
                           r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:for|to|in|at|on|with|from|by|"
                           r"during)\s)")
# "They will hold joint drills in May": the pronoun's act to come
_PRONOUN_FUTURE = re.compile(r"^(?:they|it)\s+will\s+(?:also\s+|soon\s+|jointly\s+)?"
                             r"(?P<verb>[a-z]+)\s+(?=\S)(?P<object>.*)$", re.IGNORECASE)


_FUTURE_THING_VERBS = set(en_grammar.TITLES_FUTURE_THING_VERBS)
# A time told from the report's day inside what the pattern took for the thing: "next week"
_TIME_WORD = re.compile(r"\s+(?:(?:" + "|".join(en.REPORT_DAYS) + r")\b|(?:" +
                        "|".join(en.REPORT_PERIODS) + r")\s+(?:week|weekend|month|year|"
                        r"spring|summer|autumn|fall|winter|" +
                        "|".join(day.capitalize() for day in en.WEEKDAYS) + r")\b)")


def _future_passive(clause: str, people: dict[str, str]) -> str:
    """"They will hold joint naval drills in May" -> "Joint naval drills to be held in May": a
    pronoun no one resolved, with an act to come, told as the thing's headline future (who
    "they" are stays in the quote), when the verb takes the thing as its object."""
    found = _PRONOUN_FUTURE.match(clause)
    if not found or found.group("verb").lower() not in _FUTURE_THING_VERBS:
        return ""  # ("It will become …", "They will visit Oslo", "It will take part in …")
    participle = _participle(found.group("verb"))
    told = _PRONOUN_ACT.match(f"they have {participle} {found.group('object')}") \
        if participle else None
    if not told or told.group("verb").lower() != participle:
        return ""  # ("They will meet in Moscow": no thing the act is done to)
    thing, rest = told.group("thing"), told.group("rest")
    when = _TIME_WORD.search(thing)
    if when:  # "two frigates next month": the thing ends at the time word
        thing, rest = thing[:when.start()], thing[when.start():] + rest
    if rest.strip() and not _THING_ENDS.match(rest) or re.match(r"\s*,?\s+and\s", rest):
        return ""  # the thing goes on past what the pattern took (or on after "and"): no
        # passive of half of it
    made = f"{thing} to be {participle}{rest}"
    made = fit(ARTICLES.sub("", shorten_people(made, people)).strip(" ,.;:"), MAX_WORDS,
               slack=HARD_MAX_WORDS - MAX_WORDS)
    made = made[:1].upper() + made[1:]
    return made if not problems(made) else ""


def _participle(verb: str) -> str:
    """The past participle of a verb's base ("hold" -> "held"), "" when it is no verb."""
    from lemminflect import getInflection
    if not is_verb_form(verb):
        return ""
    forms = getInflection(verb.lower(), tag="VBN")
    return forms[0] if forms else ""


_SPEECH_WORDS = set(en.SPEECH_VERBS)
_ACT_TOO = en_grammar.TITLES_ACT_TOO
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
    for made in (cap(told), cap(inner_subject_trimmed(told)), cap(_speaker_trimmed(told)),
                 cap(_main_subject_trimmed(told))):
        if not problems(made):
            return made  # the main clause in headline tense: "UK hands over missiles to Ukraine"
    whole = f"{said} {_lower_first(main, clause, people)}" if said else main
    whole = balance_quotes(fit(whole[:1].upper() + whole[1:]))
    return whole if len(problems(whole)) < len(problems(title)) else title


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
    cut = next((k for k in range(1, verb) if words[k].lower() in MODIFIER and not (
        words[k].lower() == "of" and words[k - 1][:1].isupper() and words[k + 1][:1].isupper())),
        None)  # ("Ministry of Defence": a name's "of" is no modifier's)
    if cut is None or any(q in w for w in words[cut:verb] for q in "“”") or \
            " and " in " ".join(words[:cut]).lower():
        return told  # a quotation may hold the verb; "X and Y" needs both
    return " ".join(words[:cut] + words[verb:])


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
                           r",?\s+[–—-]\s+"
                           # "| 15:38Special tactical drills …": a page's clock, glued or not
                           r"|\W*[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?![\d:])(?:\s*[AaPp]\.?[Mm]\b\.?)?"
                           r"(?:\s*(?:[A-Z]{1,3}T|GMT|UTC|MSK)(?:\s?[+-]\d{1,2})?\b)?"
                           r"\s*[|•·–—-]?\s*(?=[A-Z“\"]))")
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


# ("Oman, Kuwait, | Qatar, Jordan and Bahrain": a list's items, however many, are no aside)


