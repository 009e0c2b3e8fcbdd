"""The same event told in two languages, or in two reports of a language whose words the
English merge rules cannot read (Russian, Persian).

Across languages no words can be compared, so the same date (or compatible dates), the
same kind of event and the same sides decide: a Russian report of a signing ("Россия и Иран
подписали соглашение", tags ``agreement``, sides Russia and Iran) and an English one of the
same day and sides are one event.  Two reports in the same such language are one event on
the same terms, or, when their kinds differ or are not known, when they share their sides,
compatible dates and enough of their words (``SHARED_WORDS`` of the content words, or
``SHARED_COUNT`` of them, compared by their first letters so that case endings do not count;
only the share when each tells a kind of act and none in common, and then without the words
naming their sides, "پوتین", "روسیه": the number of stems two long reports share is mostly
their sides, ministers and day; a month's signing during a visit and the day's talks of the
same two leaders share little else): "Россия и Индия подписали
контракт на поставку 29 МиГов" and "Россия и Индия поставили подписи под контракт на
поставку 29 МиГов"; two reports dating their acts by a year only need shared words (a
year holds many acts of a kind).  Shared words make days a few apart compatible, as the same named thing
does in English; two days apart or more, in one language, only words beyond the names of
their sides do, and the sides and a kind alone never (talks announced on Monday, held on
Thursday).  Two such reports of one day or the next that share most of their
distinctive words, weighed by rarity, are one event whatever their kinds
(``distinctive_words_shared``).

A weapons system, aircraft or vehicle named by its designation is the same in any script:
"С-400" and "Су-35" in a Russian report are "S-400" and "Su-35" in an English one, and so
is an exercise's edition: "Запад-2021" is "Zapad-2021" (``designations``).  Two reports naming the same designation on compatible dates (days a
few apart too) are one event when they share a side, whatever their kinds of event; two
naming only different designations ("С-300" and "S-400", "Запад-2021" and "Kavkaz-2021")
never are.  Reports that place their acts in other seas, or at sea and in a part of a
country, that give them to other services, or tell other phases of an act on other days,
are two events in any languages, as in English (``theatres``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from chronology.extraction import rarity
from chronology.extraction.gazetteer import country_of
from chronology.extraction.theatres import (
    arrival_and_next,
    arrived_elsewhere,
    elsewhere,
    one_reaction,
    one_service_each,
    one_truce,
    other_phases,
    other_services,
    phases,
    skeleton,
)
from chronology.extraction.things import quoted_key, same_thing, things_in, variants_shared
from chronology.languages import MODULES, ZWNJ, fold, fold_table, language

SHARED_WORDS = 0.25  # Jaccard of the content-word stems of two reports in one language
SHARED_COUNT = 5  # ... or this many stems shared (long reports of one act differ in length)
STEM = 5  # letters of a word that stand for it ("поставку", "поставки": "поста")
SILENT = 0.5  # a link weaker than any other rule's: the same day and kind, and nothing else
MIN_WORD = 4  # shorter words are mostly function words ("и", "на", "در", "که")
# "С-400", "Су-35", "МиГ-29", "Ту-22М3", "Х-101", "БМП-3": letters, a hyphen, a number.
_CYRILLIC_DESIGNATION = re.compile(r"(?<![\w-])([А-ЯЁ][А-Яа-яЁё]{0,3})-(\d{1,4})"
                                   r"([А-ЯЁ]{0,3}\d?)(?![\w-])")
# "Запад-2021", "Индра-2025": an edition of a named exercise or show ("Zapad-2021").
# ... written with a space too, and in Latin letters in any report ("Indra 2025" in a Russian
# one): one edition however written; a month ("March 2025", "Март 2025") is none.
_EDITION = re.compile(r"(?<![\w-])([A-ZА-ЯЁ][a-zа-яё]{2,})[- ]((?:19|20)\d\d)(?![\w-])")


def _systems(named: frozenset[str]) -> set[str]:
    """The designations and editions named ("Су-35С" is a Su-35 too: see ``thing`` below; an
    edition's name is not translated: "Армия-2022" and "Army-2022" stay apart, as do
    "Запад-2021" and "Kavkaz-2021")."""
    return set(named)


def same_event_across_languages(a, b, dates_compatible, kind_tags, names=None) -> bool:
    """True when candidates ``a`` and ``b`` (of different languages, or of one language
    other than English) tell the same event."""
    sides_a = set(a.entities.countries)
    sides_b = set(b.entities.countries)
    named_a, named_b = _named(a, b, names), _named(b, a, names)
    systems_a, systems_b = _systems(named_a), _systems(named_b)
    thing = bool(named_a & named_b) or variants_shared(systems_a, systems_b)
    if systems_a and systems_b and not thing:
        return False  # "С-300" and "S-400": two events ("Су-35С" and "Su-35": one system)
    if thing:  # "Иран получил Як-130" and "Yak-130 jets landed in Iran"
        kinds_a = set(a.event.tags) & kind_tags - {"statement"}
        kinds_b = set(b.event.tags) & kind_tags - {"statement"}
        return bool(sides_a & sides_b) and dates_compatible(a, b, same_thing=True) and (
            a.event.date == b.event.date or not (kinds_a and kinds_b) or bool(kinds_a & kinds_b))
        # (not a delivery on Tuesday and a visit praising the same jets on Wednesday)
    if len(sides_a & sides_b) < min(2, len(sides_a), len(sides_b)) or not sides_a & sides_b:
        return False
    # two kinds of act and none in common (a delivery, a signing): many stems shared by two
    # long reports are the sides, the ministers and the day, not one act
    words = a.language == b.language and shares_words(
        a, b, by_count=not _other_kinds(a, b, kind_tags))
    if not set(a.event.tags) & set(b.event.tags) & kind_tags and not words:
        return False
    if min(len(a.event.date), len(b.event.date)) == 4 and not (
            words and set(a.event.tags) & set(b.event.tags) & kind_tags):
        return False  # a year holds many acts of a kind: a pact signed, troops sent under it;
        # words in common tell one act of a year only with a kind of act in common (losses
        # counted by one side and by another that year: two claims, not one act)
    # the same words tell the same thing: days a few apart are one event told late (a strike
    # in the night is "Monday night" in one report, "Tuesday" in the next); but two days
    # apart or more, the words of its sides alone ("Путин", "Моди", "Индия") and a kind tell
    # no act in one language (the visit discussed on Monday, the arrival on Thursday)
    if a.language == b.language and _days_apart(a.event.date, b.event.date) and \
            not shares_words(a, b, by_count=not _other_kinds(a, b, kind_tags), sides=False):
        return False
    return dates_compatible(a, b, same_thing=True) if words else dates_compatible(a, b)


def score_across_languages(a, b, dates_compatible, kind_tags, names=None) -> float:
    """How surely ``a`` and ``b`` tell the same event: 0 when they do not
    (``same_event_across_languages``); else 1, plus the share of their word stems (same
    language), plus 0.5 for the same date and 0.25 for a shared kind of event.  A report that
    matches two groups of one day ("встретились на космодроме" with both "начали переговоры
    на космодроме" and "приехал на космодром") joins the one it shares most with, not the
    first one founded (``sameness.match_score`` for reports it cannot read by its English rules).
    ``names``: the batch's names of one thing (``things.NameTable``)."""
    if _apart(a, b):
        return 0.0
    if not same_event_across_languages(a, b, dates_compatible, kind_tags, names):
        if distinctive_words_shared(a, b) and not _other_systems(a, b, names):
            return 1.0 + _shared_stems(a, b)  # "«Мохаджер» … под Гармсаром", twice that day
        if (one_kind_no_sides(a, b, kind_tags) or one_operation_begun(a, b)) and \
                not _other_systems(a, b, names) and \
                not other_services(_quote(a), a.language, _quote(b), b.language):
            return SILENT + _shared_stems(a, b)  # "Учения стартовали 12 сентября"
        return 0.0
    score = 1.0 + (0.5 if a.event.date == b.event.date else 0.0)
    if same_thing(_named(a, b, names), _named(b, a, names)):
        score += 1.0
    if set(a.event.tags) & set(b.event.tags) & kind_tags:
        score += 0.25
    return score + _shared_stems(a, b)


def _days_apart(da: str, db: str) -> bool:
    """Two dates of a day, two days apart or more (the next day is the same night's act, or
    the report of the day after)."""
    return len(da) == 10 and len(db) == 10 and \
        abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) >= 2


def _apart(a, b) -> bool:
    """The reports place their acts apart (other seas, a sea and a part of a country), give
    them to other services (each names one: the navy, air defence), tell other phases on
    other days (a start, an end) or an arrival and, another day, the visit's next act: two
    acts, in any languages (``theatres``)."""
    qa, qb, la, lb = _quote(a), _quote(b), a.language, b.language
    one_system = bool(designations(qa) & designations(qb))  # one system: one act
    return elsewhere(qa, la, qb, lb) or arrived_elsewhere(qa, la, qb, lb) or \
        one_truce(qa, la, qb, lb) or \
        one_reaction(qa, la, qb, lb) or \
        (not one_system and one_service_each(qa, la, qb, lb, a.event.date == b.event.date)) or \
        other_phases(a.event.date, qa, la, b.event.date, qb, lb, _both_visits(a, b)) or \
        arrival_and_next(a.event.date, qa, la, "delivery" in a.event.tags,
                         b.event.date, qb, lb, "delivery" in b.event.tags) or \
        plan_and_act(a, b)


def plan_and_act(a, b) -> bool:
    """Two reports in one language that tells a plan announced as the day's news
    (``FORETOLD_ANNOUNCED``), on other dates: one announces the act to come, its quote's
    verb a future one with no act done before it ("Две армии проведут совместные
    тактические учения"), dated as the day's news (the lead convention), the other tells it done
    and nothing to come ("учения провели в горах …"): the announcement is not the act,
    though the act's month holds its day."""
    if a.language != b.language or a.event.date == b.event.date or a.language not in MODULES:
        return False
    lang = language(a.language)
    if not lang.foretold_announced:
        return False
    told = [_told_ahead(_quote(c), lang) for c in (a, b)]
    if None in told or told[0] == told[1]:
        return False
    plan = a if told[0] else b
    # dated as the day's news, not by the plan's own time ("учения пройдут в ноябре", dated
    # November: that is the act's time, and one event with the act)
    return plan.dating is not None and plan.dating.mention.rule == "dateline-lead"


def _told_ahead(quote: str, lang) -> bool | None:
    """True: the quote announces an act to come (a future cue before any past verb that is no
    reporting verb); False: it tells an act done and nothing to come; None: neither, or both."""
    norm = lang.normalise(quote)
    cue = lang.future_cues.search(norm)
    done = [v for v in lang.past.finditer(norm) if not lang.speech_verbs.match(norm, v.start())
            and not lang.negation.search(norm, max(0, v.start() - 6), v.start())]
    if cue is None:
        return False if done else None
    return True if not any(v.start() < cue.start() for v in done) else None


def _both_visits(a, b) -> bool:
    return "visit" in a.event.tags and "visit" in b.event.tags


def _shared_stems(a, b) -> float:
    """The share of word stems two reports of one language have (0 across languages)."""
    if a.language != b.language:
        return 0.0
    x, y = _stems(_quote(a)), _stems(_quote(b))
    return len(x & y) / len(x | y) if x and y else 0.0


def one_kind_no_sides(a, b, kind_tags) -> bool:
    """A kind of event in common, the same day or month or a month and one of its days (not
    a year: it holds too many acts of a kind), and no side both name: one report names no
    one and no country ("The maneuvers began on Friday", "The deal was signed in December",
    in an article about the topic), or one only people and the other only countries, so
    nothing tells them apart and nothing joins them but the date and the kind.  The weakest
    link of the merge (``SILENT``): any report that says more joins elsewhere first."""
    pa, ca, pb, cb = (a.entities.people, a.entities.countries, b.entities.people,
                      b.entities.countries)
    da, db = a.event.date, b.event.date
    return (da.startswith(db) or db.startswith(da)) and min(len(da), len(db)) >= 7 and \
        bool(set(a.event.tags) & set(b.event.tags) & kind_tags) and \
        not (pa and pb) and not (ca and cb)


def one_operation_begun(a, b) -> bool:
    """Two articles' reports in one language tell a military operation begun on one day
    (the language's ``OPERATIONS``, the start of ``theatres.phases``), and one names no side
    ("Ведомство сообщило, что операция началась"): nothing tells them apart but the day,
    as ``one_kind_no_sides`` says of a kind of event; the weakest link (``SILENT``)."""
    da, language = a.event.date, a.language
    if language != b.language or da != b.event.date or len(da) != 10 or \
            _article(a) == _article(b) or a.entities.countries and b.entities.countries:
        return False
    pattern = _operation_pattern(language)
    return pattern is not None and all(
        pattern.search(_quote(c)) and "start" in phases(_quote(c), language) for c in (a, b))


@cache
def _operation_pattern(language: str) -> re.Pattern | None:
    stems = getattr(MODULES.get(language), "OPERATIONS", ())
    return re.compile(r"(?<![\w\u200c])(?i:" + "|".join(map(re.escape, stems)) + ")") \
        if stems else None


def _other_systems(a, b, names=None) -> bool:
    """Both name designations (or, in one language, things by their quoted names), none in
    common ("С-300" and "S-400"; «Панцирь» and «Тор»)."""
    named_a, named_b = _named(a, b, names), _named(b, a, names)
    return bool(named_a) and bool(named_b) and not (
        named_a & named_b or variants_shared(set(named_a), set(named_b)))


def _named(candidate, other, table=None) -> frozenset[str]:
    """The designations ``candidate``'s quote names, and, when ``other`` is a report of its
    language, the things it names in quotation marks (``quoted_names``): a name is written
    the same way only within one language (an operation's, an exercise's name is translated:
    «Коготь орла» is "Claw-Eagle").  Two names of one thing written two ways (a short and a
    full name, two spellings: ``_one_name``) count as one; a name the other report gives no
    rival of the same kind (a ship's name against an exercise's) does not count.  ``table``:
    the batch's names of one thing («Кречет», formerly «Адмирал Лисицын»:
    ``things.NameTable``)."""
    quote = _quote(candidate)
    if candidate.language != other.language:
        return designations(quote)
    mine = _quoted_kinds(quote, candidate.language)
    theirs = _quoted_kinds(_quote(other), candidate.language)
    names = set()
    for kind, name in mine:
        alike = [n for _, n in theirs if _one_name(name, n) or
                 table is not None and table.joins(frozenset({name}), frozenset({n}))]
        names.update(min(name, n) for n in alike)  # one spelling on both sides
        if not alike and any(k == kind for k, _ in theirs):
            names.add(name)  # «Панцирь» and «Тор», two systems
    return designations(quote) | frozenset(names)


def _one_name(x: str, y: str) -> bool:
    """Two quoted names of one thing: the words of one among the other's (a short and a full
    name: «Адмирал Горшков», «Адмирал флота Советского Союза Горшков»; «Панцирь»,
    «Панцирь-С1»), or one name transliterated two ways («Дена», «Дэна»: their consonants and
    numbers agree, ``theatres.skeleton``); editions of other years stay apart."""
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx or skeleton(x) == skeleton(y) and \
        re.findall(r"\d+", x) == re.findall(r"\d+", y)


@lru_cache(maxsize=4096)
def quoted_names(text: str, language: str) -> frozenset[str]:
    """The names ``text`` gives in quotation marks right after a noun of a kind of thing
    that carries its own name (the language's ``NAMED_KINDS``: a ship, a satellite, a
    weapons system, an exercise, an operation), a word between at most (in Russian an
    adjective, ``KIND_TO_NAME``: not a verb of saying, whose quoted name is a source's);
    folded, in lower case, words only.  A name in quotation marks after any other noun is
    an outlet's, a company's or a document's, not a thing's.

    >>> sorted(quoted_names("Авианосец «Викрамадитья» прибыл в Карвар.", "ru"))
    ['викрамадитья']
    >>> sorted(quoted_names("Минск готов разместить десяток ракетных комплексов "
    ...                     "«Орешник», сообщила газета «Известия».", "ru"))
    ['орешник']
    """
    return frozenset(name for _, name in _quoted_kinds(text, language))


@lru_cache(maxsize=4096)
def _quoted_kinds(text: str, language: str) -> frozenset[tuple[str, str]]:
    """(kind, name) of each name ``quoted_names`` reads: the kind its noun's first
    ``STEM`` letters ("эсминец", "эсминца": one kind)."""
    pattern = _quoted_name_pattern(language)
    if pattern is None:
        return frozenset()
    return frozenset((fold(m.group("kind"))[:STEM],
                      quoted_key(m.group("name")))
                     for m in pattern.finditer(text))


@cache
def _quoted_name_pattern(language: str) -> re.Pattern | None:
    module = MODULES.get(language)
    kinds = getattr(module, "NAMED_KINDS", ())
    if not kinds:
        return None
    stems = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    between = getattr(module, "KIND_TO_NAME", r"[\w\u200c-]+")
    return re.compile(rf"(?<![\w\u200c])(?P<kind>(?i:{stems}))[\w\u200c]*"
                      rf"(?:\s+(?i:{between}))?\s+"
                      r"[«\"“„](?P<name>[^«»\"“”„\n]{2,40}?)[»\"”“]")


def _quote(candidate) -> str:
    event = candidate.event
    return event.sources[0].quote if event.sources else event.title


def distinctive_words_shared(a, b) -> bool:
    """Two articles' reports in one language, of one day or the next (a time zone, a night),
    that name a side in common and share most of their distinctive words, weighed by rarity
    as in English (``rarity``; stems, so that case endings do not count): at least
    ``rarity.DISTINCT_SHARE`` of the lighter report's weight, ``rarity.DISTINCT_WEIGHT`` in
    all and one rare word, the day's words apart (``_everyday``).  A kind of act need not be
    told: "испытали на полигоне Гармсар беспилотник «Мохаджер» с аппаратурой «Комета»" and
    "опробовал «Мохаджер» с системой «Комета» под Гармсаром"."""
    da, db = a.event.date, b.event.date
    if a.language != b.language or _article(a) == _article(b) or len(da) != 10 or \
            len(db) != 10 or not set(a.entities.countries) & set(b.entities.countries):
        return False
    if abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) > 1:
        return False
    weighed_a, weighed_b = _without_sides(a), _without_sides(b)
    weight, share = rarity.shared_weight(weighed_a, weighed_b)
    named = _names(_quote(a), a.language) | _names(_quote(b), b.language)
    # a person and a place alone make no two days' acts one (an arrival in a city and the next
    # day's tour of a plant there: each day of a visit is an act): some rare word shared is
    # neither; on one day, the visitor's name and the place tell the day's visit
    other = da == db or any(min(weighed_a[stem], weighed_b[stem]) >= rarity.RARE
                for stem in weighed_a.keys() & weighed_b.keys() - named)
    return weight >= rarity.DISTINCT_WEIGHT and share >= rarity.DISTINCT_SHARE and other


@lru_cache(maxsize=4096)
def _names(text: str, language: str) -> frozenset[str]:
    """The stems of the names of people and places ``text`` writes, in a script with capitals:
    words written with a capital, then small letters, not the first word (a capital by its
    place) nor words in quotation marks (a thing's name: «Мохаджер», «Адмирал Горшков»), nor
    abbreviations ("ПВО": a service)."""
    text = re.sub(r"«[^»]*»|\"[^\"]*\"|“[^”]*”", " ", text.replace(ZWNJ, " "))
    words = re.findall(r"\w+", text)[1:]
    return frozenset(_weighed(" ".join(w for w in words if w[0].isupper() and
                                       any(c.islower() for c in w[1:])), language))


def _without_sides(candidate) -> dict[str, float]:
    """The weighed stems of a report's distinctive words, the words naming the topic's sides
    apart (a language's ``COUNTRIES`` leave out its countries' names; the sides' own words
    leave out the rest, in a language with no such table: "پاکستانی")."""
    weighed = _weighed(_quote(candidate), candidate.language)
    sides = _weighed(" ".join(candidate.entities.side_words), candidate.language)
    return {stem: w for stem, w in weighed.items() if stem not in sides}


@lru_cache(maxsize=4096)
def _weighed(text: str, language: str) -> dict[str, float]:
    return rarity.stems(_distinct_words(text, language), language, STEM)


def _article(candidate) -> str:
    return candidate.event.sources[0].article


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that may tell its act: not short ones (mostly function words),
    nor numbers."""
    text = fold(text).replace("ۀ", "ه")  # "حملۀ" is "حمله"; "رئيس" is "رئیس", "ё" is "е"
    return tuple(w for w in re.findall(r"\w+", text) if len(w) >= MIN_WORD and not w.isdigit())


@lru_cache(maxsize=4096)
def _distinct_words(text: str, language: str) -> tuple[str, ...]:
    """The words of ``text`` that may tell its act, lower-cased: those of ``MIN_WORD`` letters
    or more, and shorter ones written with a capital (names: "Ким Чен Ын"; "ПВО"), not
    numbers, nor the words any report of the day carries (``_everyday``)."""
    forms, sides = _everyday(language)
    # a zero-width non-joiner parts a word from its suffix ("جنگنده‌های"): a space, not nothing
    text = text.replace(ZWNJ, " ").translate(_FOLD).replace("ۀ", "ه")
    words = (w.lower() for w in re.findall(r"\w+", text)
             if (len(w) >= MIN_WORD or len(w) >= 2 and w[0].isupper()) and not w.isdigit())
    return tuple(w for w in words if not w.startswith(forms) and not sides.match(w))


_FOLD = str.maketrans(fold_table())


@cache
def _everyday(language: str) -> tuple[tuple[str, ...], re.Pattern]:
    """What any two reports of one day share, whatever act they tell: the weekday, the
    month, "today" and "yesterday", the reporting verb ("сообщил", "اعلام کرد") and the sides
    (any country of the language's ``COUNTRIES``: every act of a relationship names them),
    as the forms a word begins with and a pattern matching a side's word."""
    module = MODULES.get(language, MODULES["en"])
    phrases = [*(f for forms in (*getattr(module, "WEEKDAYS", ()), *getattr(module, "MONTHS", ()))
                 for f in forms), *getattr(module, "DAY_WORDS", {}),
               *getattr(module, "SPEECH_VERBS", ())]
    forms = tuple(sorted({w for p in phrases for w in fold(p.replace(ZWNJ, " ")).split()
                          if len(w) >= MIN_WORD}))
    countries = getattr(module, "COUNTRIES", {})
    sides = "|".join(f"(?:{c})" for c in countries.values()) if countries else r"(?!x)x"
    return forms, re.compile(sides)


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in _words(text))


def shares_words(first, second, by_count: bool = True, sides: bool = True) -> bool:
    """Two candidates' quotes share enough word stems to tell one act (see the docstring);
    ``by_count=False``: only a share of them (``SHARED_WORDS``) counts, not their number;
    ``sides=False``: the words naming their sides do not count either."""
    a, b = _stems(_quote(first)), _stems(_quote(second))
    if not by_count or not sides:  # two kinds of act: their sides' names (the leaders, the
        named = _side_stems(first, second)  # countries) are no shared act
        a, b = a - named, b - named
    shared = len(a & b)
    return bool(a and b) and (by_count and shared >= SHARED_COUNT or
                              shared / len(a | b) >= SHARED_WORDS)


def _side_stems(first, second) -> frozenset[str]:
    """The stems of the words naming either report's sides ("پوتین", "روسیه")."""
    return _stems(" ".join((*first.entities.side_words, *second.entities.side_words)))


def _other_kinds(a, b, kind_tags) -> bool:
    """Both reports tell a kind of act, and none in common ("تحویل" a delivery, "قرارداد …
    امضا کردند" a signing)."""
    kinds_a, kinds_b = set(a.event.tags) & kind_tags, set(b.event.tags) & kind_tags
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b


@lru_cache(maxsize=4096)  # the merge compares the last few days' quotes again and again
def designations(text: str) -> frozenset[str]:
    """The designations ``text`` names, in Latin capitals, whatever its script.

    >>> sorted(designations("Иран получил МиГ-29 и С-400, а также Ту-22М3."))
    ['MIG-29', 'S-400', 'TU-22M3']
    >>> sorted(designations("Iran received Yak-130 jets."))
    ['YAK-130']
    >>> sorted(designations("Учения «Запад-2021» начались."))
    ['ZAPAD-2021']
    >>> sorted(designations("Начались учения Indra 2025, сообщает Reuters. Март 2025 года."))
    ['INDRA-2025']
    """
    found = {thing for thing in things_in(text) if re.fullmatch(r"[A-Z]+-\d.*", thing)}
    for match in _CYRILLIC_DESIGNATION.finditer(text):
        letters, number, suffix = match.groups()
        found.add(f"{roman(letters)}-{number}{roman(suffix)}")
    names, written = _written_designations()
    for match in written.finditer(text):  # "سوخو-۲۴": a designer's name, then its number
        found.add(f"{names[match.group(1)]}-{int(match.group(2))}")
    for match in _EDITION.finditer(text):
        if _edition_name(match, text):
            found.discard(f"{match.group(1).upper()}-{match.group(2)}")  # its translation
            found.add(f"{roman(_translated().get(match.group(1), match.group(1)))}-"
                      f"{match.group(2)}")
    return frozenset(found)


@cache
def _written_designations() -> tuple[dict[str, str], re.Pattern]:
    """Every language's designers' names written in its own script ("سوخو" -> "SU"), and a
    pattern of one such name, a space or hyphen or none, and a number of one to three digits
    in any script (four are a year: "تو ۲۰۱۹"), not before a unit of time (a count of time:
    ``DESIGNATION_NOT_BEFORE``)."""
    names = {name: latin for module in MODULES.values()
             for name, latin in getattr(module, "DESIGNATION_NAMES", {}).items()}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    units = "|".join(map(re.escape, sorted({unit for module in MODULES.values() for unit in
                                            getattr(module, "DESIGNATION_NOT_BEFORE", ())})))
    time = rf"(?!\s+(?:{units})(?![\w\u200c]))" if units else ""
    return names, re.compile(rf"(?<![\w\u200c])({alternatives})[\s\u200c-]?(\d{{1,3}})(?![\w.,/])"
                             + time)


def _edition_name(match: re.Match, text: str) -> bool:
    """The word before a year names an edition ("Zapad-2021", "Center 2019"): a name, not a
    month, a season or a function word ("Since 2019", «Летом 2023 года»), nor, written with a
    space, a sentence's opening word («Итоги 2024»)."""
    word = match.group(1)
    if word.lower() in _months() or word.lower() in _not_names() or country_of(word):
        return False  # a country before a year is a plan's or a date's ("Made in China 2025")
    before = text[:match.start()].rstrip()
    return text[match.end(1)] == "-" or bool(before) and before[-1] not in ".!?:\n"


@cache
def _not_names() -> frozenset[str]:
    """Every language's seasons and function words, in lower case."""
    return frozenset(fold(word).lower() for module in MODULES.values()
                     for table in ("SEASONS", "FUNCTION_WORDS")
                     for word in getattr(module, table, ()))


@cache
def _translated() -> dict[str, str]:
    """Every language's translated edition names -> the name as Russian writes it."""
    return {name: own for module in MODULES.values()
            for name, own in getattr(module, "EDITION_NAMES", {}).items()}


@cache
def _months() -> frozenset[str]:
    """Every language's month names, in lower case ("march", "март", "марта")."""
    return frozenset(fold(form).lower() for module in MODULES.values()
                     for forms in (*getattr(module, "MONTH_NAMES", ()),
                                   *getattr(module, "MONTHS", ()))
                     for form in forms)


def roman(letters: str) -> str:
    """Cyrillic letters in Latin capitals (Russian ``ROMAN``): "Су" is "SU", "Дегтярев"
    "DEGTYAREV"."""
    table = MODULES["ru"].ROMAN
    return "".join(table.get(c, c) for c in letters.upper())
