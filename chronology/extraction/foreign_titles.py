"""Titles of Russian and Persian events, by rules in the article's language (nothing is
translated): the sentence without its date words (with their prepositions and a time of day
next to them: "накануне вечером", "عصر امروز"; a date inside quotation marks is part of a
name and stays), a side clause closed by a comma ("Раиси, который прибыл во вторник, ...")
and a leading source ("По данным источника,", "به گزارش خبرگزاری مهر،"); reported speech as
the agencies' headlines write it ("X заявил, что Y" -> "X: Y"; "X گفت: Y" -> "X: Y", a long
speaker shortened to the name); another attribution dropped; at most 14 words.  A longer
title is cut at a clause boundary after the eighth word (``cut``), never inside quotation
marks nor after a preposition, else before the phrase the cut would split; a main clause
whose verb comes late is kept whole up to 20 words; in a verb-final language (Persian) the
whole verb and the other side named before it are kept after an ellipsis instead
(``_verb_phrase``).
"""

from __future__ import annotations

import re

from chronology.dates.model import Mention
from chronology.languages.model import Language

MAX_TITLE_WORDS = 14
MIN_CUT_WORDS = 8
LONG_TITLE_WORDS = 20  # a main clause whose verb comes late is kept whole up to this
VERB_WORDS = 2
PARTY_WORDS = 5  # "با کیم جونگ اون": a longer phrase before the verb tells more than a party
# an abbreviation in brackets after the name it shortens: it repeats the name; letters only
# ("(ФСВТС)"), a designator with digits or a hyphen ("(С-300ПМУ2)") names the thing itself
_ABBREVIATION = re.compile(r"\s*\((?:[A-ZА-ЯЁ]{2,10})\)(?=[\s,.])")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


# what was said may hold a name in inner quotes ("«Мы получили „Тор-М2“ от России», — ...")
_SAID_QUOTE = re.compile(r"\s*([\"«“])(?P<said>(?:[^\"«»“”„]|„[^\"«»“”„]*[“”])+)[\"»”]"
                         r"\s*,?\s*[—–-]\s*(?P<tail>\S.*)$", re.S)


def foreign_title(words: str, start: int, mentions: list[Mention], lang: Language) -> str:
    """The title of the sentence ``words`` (which starts at offset ``start``)."""
    quote = _SAID_QUOTE.match(words)
    if quote and lang.speech_verbs.search(lang.normalise(quote.group("tail"))):
        # direct speech and its attribution ("\"Иранские военнослужащие прибыли на полигон в
        # среду вечером\", - сказал он."): what was said is the sentence, its date words go
        start, words = start + quote.start("said"), quote.group("said")
    # spaces folded first: "Как сегодня сообщают СМИ," is "Как сообщают СМИ," once its date
    # word is gone, a source the prefix rule drops
    text = " ".join(_without_dates(words, start, mentions, lang).split())
    prefix = lang.source_prefix.match(text)
    if prefix and (not prefix.groupdict().get("outlet") or _tells_an_act(text[prefix.end():], lang)):
        text = text[prefix.end():]  # an outlet's view ("пишет, что Россия проиграла ...") stays its
    text = lang.parenthesis.sub(" ", text)  # "и, как ожидается, встретится" -> "и встретится"
    text = lang.source_note.sub("", text)  # ", о чем ранее сообщило издание ...": all of it
    text = _ABBREVIATION.sub("", text)  # "службы по военно-техническому сотрудничеству (ФСВТС)"
    said = lang.reported.match(text)
    if said:
        text = f"{_speaker(said.group('who').rstrip(' ,،'), lang)}: {said.group('what')}"
    elif not lang.reported_act.search(lang.normalise(text)):
        # "Минобороны сообщило о проведении учений" keeps its verb: the report is the act;
        # so does a sentence that is its attribution alone ("Замдиректора ФСВТС Михаил
        # Петухов рассказал о поставках вертолетов в Иран": no verb would be left)
        rest = lang.attribution.sub("", text)
        text = rest if _has_verb(rest, lang) or not _has_verb(text, lang) else text
    text = re.sub(r"\s+([,.،])", r"\1", " ".join(text.split()))
    title = cut(text, lang).strip(" ,.;:،—–-\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                  "\u2066\u2067\u2068\u2069\ufeff")  # invisible marks too
    return title[:1].upper() + title[1:] if title else words[:80]


def _tells_an_act(text: str, lang: Language) -> bool:
    """What an outlet reports tells an act of the topic's kind in the past ("первая партия
    прибыла в Иран": ``TOPIC_ACTIONS`` and a past verb that reports nothing), not a view."""
    norm = lang.normalise(text)
    return bool(lang.topic_actions.search(norm)) and any(
        not lang.speech_verbs.match(norm, v.start()) for v in lang.past.finditer(norm))


_GAP = re.compile(r"^\s*[—–]\s*\S")  # "а в феврале 2020 года — партию бронемашин"


def gapped_title(before: str, start: int, words: str, at: int, mentions: list[Mention],
                 lang: Language) -> str | None:
    """The title of a clause whose verb is left out for a dash ("…, а в феврале 2020 года —
    партию бронемашин"): the subject and verb of the clause ``before`` it (which starts at
    ``start``) with its own words ("Россия поставила партию бронемашин"); None for any other
    clause."""
    rest = " ".join(_without_dates(words, at, mentions, lang).split())
    if not _GAP.match(rest) or _has_verb(rest, lang):
        return None  # "…, а в феврале 2020 года — Иран передал …": a clause of its own
    head = " ".join(_without_dates(before, start, mentions, lang).split())
    verb = next((m for m in lang.past.finditer(lang.normalise(head)) if not head[m.start()].isupper()),
                None)
    if verb is None:
        return None
    title = f"{head[:verb.end()]} {rest.lstrip(' —–')}"
    return cut(title[:1].upper() + title[1:], lang).rstrip(" ,.;:")


def _has_verb(text: str, lang: Language) -> bool:
    """A verb, not a capitalised name that ends like one ("Михаил")."""
    norm = lang.normalise(text)
    return any(not text[m.start()].isupper() for pattern in (lang.past, lang.news_present, lang.lead_present)
               for m in pattern.finditer(norm)) or bool(lang.future_cues.search(norm))


def _speaker(who: str, lang: Language) -> str:
    """A long speaker ("Секретарь Совбеза Ирана Али Шамхани") shortened to the name: the
    last two words in Russian; in Persian (``NAME_FIRST``) the words before the office
    ("حسین جابری انصاری سخنگوی ...") without a leading rank, else the first two."""
    if not lang.name_first and "," in who:
        # a gerund's phrase after the speaker ("Министр обороны Ирана, выступая в Тегеране,"):
        # the speaker is before it
        who = who.split(",")[0].strip() or who
    words = who.split()
    if lang.name_first:
        office = re.search(rf"(?<!\S)(?:{lang.patterns['OFFICES']})(?!\S)", who)
        name = who[:office.start()] if office else ""
        name = re.sub(rf"^(?:(?:{lang.patterns['RANKS']})\s+)+", "", name.strip(" ,،"))
        if name and len(name.split()) <= 4:
            return name
    if len(words) <= 4:
        return who
    return " ".join(words[:2] if lang.name_first else words[-2:])


def _without_dates(words: str, start: int, mentions: list[Mention], lang: Language) -> str:
    """``words`` without its side clauses and the dates outside quotation marks."""
    p = lang.patterns
    # with the words naming the date's part or kind between ("до конца 2024 года", "در ماه
    # جوزا", "برای سال‌های ۲۰۲۵"): the preposition would be left with no object
    before = re.compile(rf"(?<!\w)(?:(?:{p['DATE_PREPOSITIONS']})\s*)?(?:(?:{p['DATE_PARTS']})\s*)?"
                        rf"(?:(?:{p['YEAR_BEFORE']}|{p['MONTH_BEFORE']})(?:\u200c?ها(?:ی)?)?\s*)?"
                        rf"(?:(?:{p['DATE_ADJECTIVES']})"
                        rf"\s*)?(?:(?:{p['TIME_OF_DAY']})\s*)?$", re.IGNORECASE)
    after = re.compile(rf"^[\s,،]*(?:(?:{p['TIME_OF_DAY']})(?!\w))?[\s,،]*", re.IGNORECASE)
    quoted = [q.span() for q in _QUOTED.finditer(words)]
    cuts = _side_clauses(words, lang)
    side = list(cuts)
    for m in mentions:
        a, b = m.start - start, m.end - start
        if 0 <= a <= b <= len(words) and not any(s <= a < e for s, e in quoted + cuts):
            cuts.append((a, b))
    # dates joined by a word of a range ("в 2021 и 2022 годах") go with that word
    joined = re.compile(rf"\s*(?:{p['RANGE_AND']}|{p['RANGE_TO']}|[–—-])\s*$", re.IGNORECASE)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(cuts):
        if merged and merged[-1] not in side and (a, b) not in side and merged[-1][1] <= a and \
                joined.fullmatch(words, merged[-1][1], a):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    cuts = merged
    text = words
    for a, b in sorted(cuts, reverse=True):
        if (a, b) in _side_clauses(words, lang):
            text = text[:a] + " " + text[b:]
        else:
            # the comma opening a parenthesis stays with it ("3 марта, по данным СМИ,
            # подписали"): the title drops the two together (``PARENTHESIS``)
            tail = text[b:] if lang.parenthesis.match(text[b:]) else after.sub("", text[b:])
            text = before.sub("", text[:a]) + " " + tail
    return re.sub(r"\(\s*\)", " ", text)  # "امروز (سه‌شنبه)" leaves "()"


def side_clause_matches(words: str, lang: Language) -> list[re.Match]:
    """The side clauses of ``words`` (``SIDE_CLAUSE``), not the clause a reporting verb opens:
    in "اعلام کردند که حمله ... ،" the "که" is "that", and its clause is what was said."""
    norm = lang.normalise(words)
    found, pos = [], 0
    while (m := lang.side_clause.search(norm, pos)) is not None:
        if _ends_with_speech(norm[:m.start()], lang):
            pos = m.start() + 1  # a side clause may open inside what was said
            continue
        found.append(m)
        pos = m.end()
    return found


def _ends_with_speech(before: str, lang: Language) -> bool:
    """``before`` ends on a reporting verb (a plural or person ending allowed)."""
    last = before.rstrip().rsplit(None, 3)
    tail = " ".join(last[-3:])
    return any(m.end() >= len(tail) - 3 for m in lang.speech_verbs.finditer(tail))


def _side_clauses(words: str, lang: Language) -> list[tuple[int, int]]:
    """Side clauses closed by a comma, the comma with them: the sentence goes on after."""
    spans = []
    for m in side_clause_matches(words, lang):
        end = m.end()
        if not m.group().endswith(("،", ",")):
            if words[end:end + 1] != ",":
                continue
            end += 1
        spans.append((m.start(), end))
    return spans


def cut(text: str, lang: Language) -> str:
    """At most 14 words (see the module docstring)."""
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return _tidy_end(text, lang)
    if lang.verb_final:
        start, tail = _verb_phrase(words, lang)
        room = MAX_TITLE_WORDS - len(tail) - 1
        head = words[:start]
        if len(head) > room:
            # a ranked name before its office ("امیر سرتیپ محمدرضا آشتیانی وزیر دفاع ...")
            # stands for the subject; else its first words
            name = _name_before_office(head, lang, ranked=True)
            head = name if name and len(name) <= room else head[:room]
            opened = [i for i, w in enumerate(head) if "«" in w]
            if opened and "»" not in " ".join(head[opened[-1]:]) and opened[-1] >= 2:
                head = head[:opened[-1]]  # never cut inside quotation marks
        return " ".join(head + ["…"] + tail)
    comma = text.find(",")
    if comma > 0 and lang.opening_adverbials.match(lang.normalise(text)) and not _has_verb(
            text[:comma], lang) and _has_verb(text[comma + 1:], lang):
        # "спустя неделю после визита Шойгу в Тегеран, Россия и Иран подписали ...": the
        # adverbial phrase goes, the main clause stays
        return cut(text[comma + 1:].strip(), lang)
    keep = words[:MAX_TITLE_WORDS]
    # a clause boundary: after a comma (not "о том, что"), before a dash or a conjunction that does not
    # join inside a phrase ("над Японским и Восточно-Китайским морями"); the title keeps a verb
    boundaries = [i for i in range(len(keep) - 1, MIN_CUT_WORDS - 1, -1)
                  if keep[i - 1].endswith((",", "،")) and not _correlative(keep[i - 1], lang)
                  or keep[i] in ("–", "—", "-") and _quotes_closed(keep[:i])
                  or lang.key(keep[i]) in lang.conjunctions and not _inside_phrase(keep[:i], lang)]
    told = [i for i in boundaries if _has_verb(" ".join(keep[:i]), lang)]
    if told:
        return _tidy_end(" ".join(keep[:told[0]]), lang)
    commas = [i for i in boundaries if keep[i - 1].endswith((",", "،"))]
    if not commas and not _has_verb(" ".join(keep), lang):
        # the verb comes later ("Контракт на поставку ... на сумму свыше $5 млрд Москва и
        # Нью-Дели подписали в рамках ..."): the main clause up to its verb's phrase
        long = words[:LONG_TITLE_WORDS]
        ends = [i for i in range(MAX_TITLE_WORDS, len(long) + 1)
                if not any(w in "–—-" or w.endswith(",") for w in long[MAX_TITLE_WORDS - 1:i - 1])
                and _has_verb(" ".join(long[:i]), lang) and (
                    i == len(words) or _opens_phrase(words[i], lang) or long[i - 1].endswith(","))]
        if ends:
            return _tidy_end(" ".join(long[:ends[0]]), lang)
    if boundaries:
        return _tidy_end(" ".join(keep[:boundaries[0]]), lang)
    # no clause boundary: the last phrase that has begun is left whole out ("... провели
    # патрулирование над Японским" -> "... провели патрулирование")
    for i in range(len(keep) - 1, MIN_CUT_WORDS - 1, -1):
        if _opens_phrase(keep[i], lang) and _has_verb(" ".join(keep[:i]), lang):
            return _tidy_end(" ".join(keep[:i]), lang)
    return _tidy_end(" ".join(keep), lang)


def _quotes_closed(words: list[str]) -> bool:
    """No quotation mark left open ("учения \"Морское взаимодействие - 2015\"": the dash is
    the name's)."""
    joined = " ".join(words)
    return joined.count('"') % 2 == 0 and joined.count("«") <= joined.count("»")


def _inside_phrase(words: list[str], lang: Language) -> bool:
    """A preposition one or two words back: a conjunction after it joins inside its phrase
    ("над Японским и Восточно-Китайским морями"), the phrase goes on."""
    return any(_opens_phrase(w, lang) for w in words[-2:]) and not words[-1].endswith(",")


def _opens_phrase(word: str, lang: Language) -> bool:
    """A preposition (``NEVER_LAST``, not a conjunction) opens a phrase."""
    return _preposition(word, lang) and lang.key(word) not in lang.conjunctions


def _correlative(word: str, lang: Language) -> bool:
    """"о том, что ...": the comma after "том" opens what "том" stands for, no clause end."""
    return bool(re.fullmatch(rf"(?:{lang.patterns['CORRELATIVES']})", lang.key(word.rstrip(","))))


def _verb_phrase(words: list[str], lang: Language) -> tuple[int, list[str]]:
    """Where the end a long verb-final title keeps starts, and its words: the verb with its
    helpers (``VERB_PARTS``) and the word before them ("تحویل داده شد"), two coordinated
    ones ("دیدار و گفت‌وگو کرد"), and the other side named right before it ("با دونگ جون
    دیدار کرد", ``PARTY_BEFORE_VERB``; a name without its office) when the title has room."""
    def part(i: int, name: str) -> bool:
        word = lang.normalise(words[i].strip(".،,!؟"))
        return bool(re.fullmatch(rf"(?:{lang.patterns[name]})", word))

    n = len(words)
    i = n - 1
    while i > 0 and part(i, "VERB_PARTS"):
        i -= 1
    if i == n - 1:
        return n - VERB_WORDS, words[-VERB_WORDS:]  # no helper verb: the last two words
    if i >= 2 and lang.key(words[i - 1]) in lang.conjunctions:
        i -= 2  # "دیدار و گفت‌وگو کرد"
    for j in range(i - 1, max(0, i - 8), -1):
        if part(j, "PARTY_BEFORE_VERB"):
            party = words[j:j + 1] + (_name_before_office(words[j + 1:i], lang) or words[j + 1:i])
            if len(party) <= PARTY_WORDS and len(party) + n - i <= MAX_TITLE_WORDS - 5:
                return j, party + words[i:]
            break
    return i, words[i:]


def _name_before_office(words: list[str], lang: Language, ranked: bool = False) -> list[str] | None:
    """A name before its office ("امیر سرتیپ محمدرضا آشتیانی وزیر دفاع ..."), without a
    leading rank, standing for the whole phrase; None when the words start otherwise.  A
    sentence's subject is taken for a name only after a rank (``ranked``: "نخستین سفر وزیر
    ..." is no name); the side after "با" is a person when an office follows."""
    if not lang.name_first or ranked and not re.match(
            rf"(?:{lang.patterns['RANKS']})(?!\S)", lang.normalise(" ".join(words))):
        return None
    for i, word in enumerate(words):
        if re.fullmatch(rf"(?:{lang.patterns['OFFICES']})", lang.normalise(word)):
            name = re.sub(rf"^(?:(?:{lang.patterns['RANKS']})\s+)+", "", " ".join(words[:i])).split()
            return name if 1 <= len(name) <= 3 else None
    return None


def _tidy_end(text: str, lang: Language) -> str:
    """No unclosed quotation mark, no last word a title never ends on, no one-word clause
    left after a comma (", введенный" once its date is gone)."""
    if lang.verb_final:
        return text
    words = text.split()
    while len(words) > 3:
        joined = " ".join(words)
        if joined.count('"') % 2 or joined.count("«") > joined.count("»"):
            opening = max((i for i, w in enumerate(words) if w.startswith(('"', "«"))),
                          default=0)
            if opening < 3:
                break
            words = words[:opening]
        elif re.fullmatch(lang.patterns["NEVER_LAST"], words[-1].strip(",").lower()) or (
                words[-2].endswith(",")):
            words = words[:-1]
        else:
            break
    return " ".join(words)


def passing_title(text: str, start: int, end: int, opens: int, mentions: list[Mention],
                  lang: Language) -> str | None:
    """The title of an act told in passing in ``text[start:end]`` (a sentence's part whose
    sentence opens at ``opens``): the noun it tells of in the nominative, and its act.

    A participle after its noun ("по контракту, подписанному в 2015 году" -> "Контракт
    подписан") or before it ("закупленные в 2016 году радары" -> "Радары закуплены"), or a
    relative clause ("по контракту, который был подписан в 2007 году" -> "Контракт был
    подписан"); None when no noun agrees (``NOMINATIVE``, ``SHORT_FORMS``).
    """
    if not lang.nominative:
        return None
    words = _without_dates(text[start:end], start, mentions, lang).split()
    before = text[opens:start].rstrip()
    first = lang.normalise(words[0]) if words else ""
    if lang.relative_subject.match(first) and before.endswith(",") and lang.passive_relative.match(
            lang.normalise(" ".join(words[1:]))):  # what was done to it: "который был подписан"
        noun = _noun_before(before[:-1].split(), _ending(first, lang), lang, relative=True)
        return _capital(noun, words[1:]) if noun else None
    ending = _ending(first, lang)
    stem = first[:len(first) - len(ending)] if ending else ""
    if not ending or stem[-2:] not in lang.short_forms:
        return None
    if before.endswith(","):
        noun, rest = _noun_before(before[:-1].split(), ending, lang), words[1:]
    else:
        noun, rest = _noun_after(words[1:], ending, lang)
    if not noun:
        return None
    letter, forms = lang.short_forms[stem[-2:]]
    return _capital(noun, [stem[:-2] + letter + forms[noun[1]], *rest])


def _ending(word: str, lang: Language) -> str:
    """The longest ending of ``NOMINATIVE`` that ``word`` ends with ("" if none)."""
    return max((e for e in lang.nominative if word.endswith(e) and len(word) > len(e) + 2),
               key=len, default="")


def _nominative(word: str, ending: str, lang: Language, relative: bool = False):
    """``word`` in the nominative and its number, if it may agree with ``ending``."""
    low = lang.normalise(word)
    if not re.fullmatch(r"[^\W\d_]{3,}", low) or word[:1].isupper():
        return None  # a name ("в Сирии") is no thing done or given
    if lang.vowels and not any(c in lang.vowels for c in low):
        return None  # an abbreviation ("$400 млн") is no noun
    rules = lang.nominative[ending]
    if relative:  # "…, который": the pronoun's number, in any case
        number = rules[0][2]
        rules = [r for rs in lang.nominative.values() for r in rs if r[2] == number and r[0]]
    for old, new, number in rules:
        if low.endswith(old) and not (old == "" and low.endswith(ending) and not relative):
            nom = word[:len(word) - len(old)] + new
            if number == "pl" and nom.endswith("ы") and nom[-2:-1].lower() in lang.soft_plural_after:
                nom = nom[:-1] + "и"
            return nom, "n" if number == "m" and nom[-1:] in "ео" else number
    return None


def _noun_before(tokens: list[str], ending: str, lang: Language, relative: bool = False):
    """The noun a participle or a relative pronoun after a comma tells of: the nearest of
    the last words before the comma that agrees with it, with the words after it."""
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 7), -1):
        if lang.past.match(lang.normalise(tokens[i])) and not tokens[i][:1].isupper():
            return None  # a verb: the noun is not before it
        found = _nominative(tokens[i], ending, lang, relative)
        if relative and not (i and _preposition(tokens[i - 1], lang)):
            return None  # "по контракту, который": a noun after its preposition, no attribute
        if found and not _preposition(tokens[i], lang):
            return (" ".join([found[0], *tokens[i + 1:]]), found[1])
        if relative:
            return None  # the pronoun's noun is the word right before the comma
    return None


def _noun_after(tokens: list[str], ending: str, lang: Language):
    """The noun after a participle that comes before it ("закупленных в России учебных
    самолетов"): the first word past its phrases that is no adjective agreeing with it;
    the phrases before it go with the act."""
    rest, i = [], 0
    while i < len(tokens):
        low = lang.normalise(tokens[i])
        if _preposition(tokens[i], lang):
            rest += tokens[i:i + 2]
            i += 2
            continue
        if not low.endswith(ending):
            found = _nominative(tokens[i].rstrip(",.;:"), ending, lang)
            return ((found[0], found[1]), rest) if found else (None, rest)
        i += 1
    return None, rest


def _preposition(word: str, lang: Language) -> bool:
    return bool(re.fullmatch(rf"(?:{lang.patterns['NEVER_LAST']})", lang.normalise(word)))


def _capital(noun, rest: list[str]) -> str:
    text = " ".join([noun[0] if isinstance(noun, tuple) else noun, *rest]).strip(" ,.;:")
    return text[:1].upper() + text[1:]


def participle_title(text: str, start: int, end: int, opens: int, mentions: list[Mention],
                     lang: Language) -> str | None:
    """The title of an act told by a participle after the thing it was done to, in a quoted
    document ("Одобрить … соглашение … о создании пункта, подписанное в г. Тегеране 12 марта
    2016 г." -> "Соглашение … о создании пункта подписано в г. Тегеране"): the nearest noun
    of a kind of act (``KINDS``) in the quotation before the comma that agrees with the
    participle, with the words after it, and the participle in its short form (the words
    before the noun tell another act, the decree's); None when none agrees."""
    if not lang.nominative:
        return None
    words = _without_dates(text[start:end], start, mentions, lang).split()
    before = text[opens:start].rstrip()
    first = lang.normalise(words[0]) if words else ""
    ending = _ending(first, lang)
    stem = first[:len(first) - len(ending)] if ending else ""
    if not before.endswith(",") or not ending or stem[-2:] not in lang.short_forms:
        return None
    tokens = re.split(r"[«»\"“”„]", before[:-1])[-1].split()  # the quotation's own words
    kinds = [k for k in lang.kinds if " " not in k]
    for i in range(len(tokens) - 1, -1, -1):
        low = lang.normalise(tokens[i])
        if not any(low.startswith(k) for k in kinds) or lang.past.search(low) or \
                lang.past_clause.match(low):
            continue  # no noun of a kind of act ("подписанного" is the act)
        found = _nominative(low, ending, lang)  # a capital names no place here: "Договора"
        if found and found[1] == "m" and found[0] == low and low[-1] in lang.vowels:
            continue  # a masculine noun as it stands ends in a consonant: "поставку" is none
        if found:
            letter, forms = lang.short_forms[stem[-2:]]
            return _capital((" ".join([found[0], *tokens[i + 1:]]), found[1]),
                            [stem[:-2] + letter + forms[found[1]], *words[1:]])
    return None
