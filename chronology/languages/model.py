"""A language's tables, compiled: what the lexicon-driven date engine and extraction read.

A language module (``ru.py``, ``fa.py``) holds plain tables; ``build`` turns them into a
``Language`` with one regex alternation per table.  Phrases match in any case, with any
run of spaces or a zero-width non-joiner (ZWNJ, U+200C) wherever the table has a space or a
ZWNJ, so ``سه‌شنبه``, ``سه شنبه`` and ``سهشنبه`` are one weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import ModuleType

ZWNJ = "\u200c"
NEVER = r"(?!x)x"  # the pattern of an empty table
_ASCII_DIGITS = "0123456789"


@dataclass(frozen=True)
class Language:
    """The compiled tables of one language (see ``ru.py`` for what each table means)."""

    code: str
    name: str
    months: dict[str, int]
    solar_months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    relative: dict[str, tuple[str, int]]
    modifiers: dict[str, str]
    year_relative: dict[str, int]
    month_relative: dict[str, int]
    year_words: tuple[str, ...]
    solar_year_words: tuple[str, ...]
    future_cues: re.Pattern
    expected: re.Pattern  # the future cues of an expectation ("is expected"): see EXPECTED
    another_act: re.Pattern  # "also", "such": another act, not one told again (ANOTHER_ACT)
    # "другие", "второй": a thing of a kind named again is another one (ANOTHER_OF_KIND)
    another_of_kind: re.Pattern
    history_openers: re.Pattern  # "Ранее …": a thing's history (HISTORY_OPENERS)
    speech_verbs: re.Pattern
    dateline: re.Pattern
    kinds: dict[str, str]
    attribution: re.Pattern
    conjunctions: frozenset[str]
    topic_actions: re.Pattern
    reported: re.Pattern
    verb_final: bool
    name_first: bool
    source_prefix: re.Pattern
    side_clause: re.Pattern
    bounds: re.Pattern
    both_sides: re.Pattern
    # "the countries" opening a clause as its plural subject (``COUNTRIES_SUBJECT``)
    countries_subject: re.Pattern
    earlier_ones: re.Pattern  # "предыдущий": the one before, of the noun after it
    back_reference: re.Pattern
    corresponding: re.Pattern
    named_year: re.Pattern
    continues: re.Pattern
    continues_day: re.Pattern
    clause_split: re.Pattern
    clause_comma: re.Pattern
    other_time: re.Pattern
    about_this: re.Pattern
    since: re.Pattern
    counts: re.Pattern
    published_label: re.Pattern
    issue: re.Pattern
    past: re.Pattern
    present: re.Pattern
    imperfect: re.Pattern  # the past continuous, which ``present`` would take for a present
    says_now: re.Pattern  # "می‌گوید": the present of saying, no plan (SAYS_NOW)
    purpose_tail: re.Pattern  # "... تا ... نشان دهد": a purpose clause after the main verb
    news_present: re.Pattern
    lead_present: re.Pattern
    # "آینده", "اخیر": a time ahead or of late, with which a lead's present is a plan or a
    # trend, not the day's act (LEAD_PRESENT_ELSEWHEN)
    lead_present_elsewhen: re.Pattern
    habit: re.Pattern
    state_verbs: re.Pattern
    adversary: re.Pattern
    # a side named as the target of a third country's act («تحریم تسلیحاتی ایران»), and a
    # third country told as taking part in an occasion already told («در این رزمایش شرکت»)
    targeted: re.Pattern
    # a source named in a sentence («به گزارش صدای آمریکا،»: ``SOURCE_PHRASE``)
    source_phrase: re.Pattern
    # a sentence opening on a contrast with the news («این در حالی است که …»: ``CONTRAST_OPENER``)
    contrast_opener: re.Pattern
    takes_part: re.Pattern
    vague_time: re.Pattern
    present_acts: re.Pattern
    opening_adverbials: re.Pattern
    past_clause: re.Pattern
    parenthesis: re.Pattern
    source_note: re.Pattern
    latin_model: re.Pattern
    ordinal_statement: re.Pattern
    pronouns: re.Pattern
    reported_act: re.Pattern
    decision_on: re.Pattern
    this_thing: re.Pattern
    translate: dict = field(default_factory=dict, repr=False)  # str.maketrans table
    patterns: dict[str, str] = field(default_factory=dict, repr=False)
    # words that may stand right before a bare year that dates ("در ۲۰۱۸"); empty: no rule
    year_introducers: frozenset[str] = frozenset()
    # "три дня назад", "دو سال پیش": units counted back from the day of writing
    ago_units: dict[str, str] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)
    # "двадцатого": a day of the month written as an ordinal word (DAY_ORDINALS)
    day_ordinals: dict[str, int] = field(default_factory=dict)
    # "весной": a season told alone, and the engine's name of it (SEASON_DATES)
    season_dates: dict[str, str] = field(default_factory=dict)
    # "هفته دوم اکتبر": a part of a month counted by an ordinal, and its days (MONTH_PARTS)
    month_parts: dict[str, int] = field(default_factory=dict)
    # the titles of acts told in passing: NOMINATIVE, SHORT_FORMS (ru.py)
    nominative: dict[str, tuple] = field(default_factory=dict)
    short_forms: dict[str, tuple] = field(default_factory=dict)
    passive_relative: re.Pattern = re.compile(NEVER)
    soft_plural_after: str = ""
    vowels: str = ""
    # country (English name) -> its names and adjectives in any case; empty: no check
    countries: dict[str, re.Pattern] = field(default_factory=dict, repr=False)
    # country (English name) -> its cities in any case: a side's place names the side
    cities: dict[str, re.Pattern] = field(default_factory=dict, repr=False)
    # the scene of an act right before a place ("в", "у берегов"), searched before the place
    venue: re.Pattern = re.compile(NEVER)
    ago_alone: frozenset[str] = frozenset()  # units that mean one without a number ("год")
    # "ماه جاری", "سال جاری": relative words counted in the Solar Hijri calendar (SOLAR_RELATIVE)
    solar_relative: frozenset[str] = frozenset()
    # "جون": Gregorian month names that are also words, months only with a day, a year or a part
    word_months: frozenset[str] = frozenset()
    # "می": month names that are also a verb's prefix, and the verb after it that makes them one
    prefix_months: frozenset[str] = frozenset()
    prefix_verb: re.Pattern = re.compile(NEVER)
    # "в тот же день", "на следующий день", "همان روز": days counted from the last date told
    chained: dict[str, int] = field(default_factory=dict)
    # the words of ``chained`` counted 0 that keep the last date's precision ("тогда же"); the
    # others name a day, the last day told
    chained_as_told: frozenset[str] = frozenset()
    # "в том же месяце", "в том же году": the month or year of the last date told
    chained_period: dict[str, str] = field(default_factory=dict)
    # "в марте того же года", "مارس سال بعد": the year of the last date told, plus this many
    year_told: dict[str, int] = field(default_factory=dict)
    # a wire dateline run into the headline's line by a page's flattening ("... COVID-19
    # Токио. 14 июля. ИНТЕРФАКС - ..."): only with its agency named
    dateline_inline: re.Pattern = re.compile(NEVER)
    # the words right before a year that make it the date of a past act ("в 2017 году"):
    # news writes an act's year only when it is not the writer's own (years.py)
    act_year: re.Pattern = re.compile(NEVER)
    # "the first ... in 2019" and a later one of its series ("девятое"), numbered by its stem
    series_first: re.Pattern = re.compile(NEVER)
    later_ordinal: re.Pattern = re.compile(NEVER)
    series_ordinals: dict[str, int] = field(default_factory=dict)
    # a person's full name in a script with capitals ("Андрей Белоусов"), the case endings a
    # surname takes ("Сингхом"), and the prepositions of a place ("посол Индии в Москве ...")
    person: re.Pattern = re.compile(NEVER)
    patronymic: re.Pattern = re.compile(NEVER)
    name_endings: tuple[str, ...] = ()
    place_prepositions: frozenset[str] = frozenset()
    # a country's name -> the name of its people, used as its adjective too ("روسیه" ->
    # "جنگنده روس"), and the endings that name may take ("روس‌ها", "روسی")
    peoples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    people_endings: tuple[str, ...] = ()
    # day words that are also a preposition of an occasion ("накануне учений": on the eve of
    # the thing named), and the noun stems of occasions beside those of ``KINDS``
    eve_of: frozenset[str] = frozenset()
    during: re.Pattern = re.compile(NEVER)  # "во время учений": the occasion of an act
    at_occasion: re.Pattern = re.compile(NEVER)  # "на встрече": where a statement was made
    # "В ходе визита ...", "По итогам работы ...": a sentence opening at an occasion, and the
    # occasion's nouns alone ("заседании")
    occasion_opening: re.Pattern = re.compile(NEVER)
    occasion_nouns: re.Pattern = re.compile(NEVER)
    # "در این گفت‌وگو", "در این دیدار": the occasion the last event told, pointed back to
    this_occasion: re.Pattern = re.compile(NEVER)
    parties: re.Pattern = re.compile(NEVER)  # "стороны": a subject naming no one
    postponed: re.Pattern = re.compile(NEVER)  # "отложили": an act put off, not done
    planned_before: re.Pattern = re.compile(NEVER)  # "планировали": a plan held before
    personal_verb: re.Pattern = re.compile(NEVER)  # "поможет": a present or future
    # "он", "министр": the subject of a past act that is the person last named
    person_pointers: frozenset[str] = frozenset()
    # "он" -> (its verb's past endings, the last letters of a noun of its gender)
    pointer_genders: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    oblique_endings: tuple[str, ...] = ()  # "первым", "чиновником": no subject a pronoun means
    copulas: re.Pattern = re.compile(NEVER)  # "станут": what a thing becomes, a state
    occasions: tuple[str, ...] = ()
    # an adjective before a weekday that puts it strictly before the day of writing ("в
    # прошлую пятницу", written on a Friday, is the Friday a week before)
    weekday_last: re.Pattern = re.compile(NEVER)
    # a word that opens a range before its first day ("между 4 и 18 мая"): the two days
    # joined by ``RANGE_AND`` are its ends, however far apart
    range_between: re.Pattern = re.compile(NEVER)
    # a weekday's name that is also a place's, where the place is meant ("در دوشنبه": in
    # Dushanbe): group ``wd`` is the word, which is then no weekday
    weekday_place: re.Pattern = re.compile(NEVER)
    # a weekday's name that is also a man's given name, where the man is meant ("ژنرال جمعه
    # گل"): group ``wd`` is the word, which is then no weekday
    weekday_person: re.Pattern = re.compile(NEVER)
    # "also" that means "still" after "now" ("هم‌اکنون نیز"): no other act (STILL)
    still: re.Pattern = re.compile(NEVER)
    continued: re.Pattern = re.compile(NEVER)  # "продолжились": an act going on (CONTINUED)
    auxiliary: re.Pattern = re.compile(NEVER)  # "было (подписано)" (AUXILIARY)
    # the first day of the week (0: Monday), for a weekday of a week named next to it ("в
    # четверг на прошлой неделе"); None: the language's weekdays are not read so
    week_start: int | None = None
    # the bounds that start a period ("с февраля 2022 года"); empty: none told apart
    bounds_from: re.Pattern = re.compile(NEVER)
    # words of a state or a period that own a range of years after a bound ("در جریان جنگ از
    # سال ۱۹۹۲ تا ۱۹۹۴"): the range is the state's span; without them it dates an act
    span_owners: re.Pattern = re.compile(NEVER)
    # a reference to an earlier report in brackets ("(см. “Ъ” от 1 марта)")
    citation: re.Pattern = re.compile(NEVER)
    # a past participle a word or two before a date ("Подписанное в среду соглашение вступит
    # ..."): the date is of the participle's past act, whatever the main verb says
    participle_before: re.Pattern = re.compile(NEVER)
    # a verb of intent and its infinitive ("согласилась поставить"): a date after it looks ahead
    ahead_infinitive: re.Pattern = re.compile(NEVER)
    # words of an anniversary ("к 70-летию победы ... 1950-1953 годов"): the dates after one
    # in its clause name what is remembered, not the day of an act
    anniversary: re.Pattern = re.compile(NEVER)
    # the end of a piece of text that a full stop does not end as a sentence ("им.", "в г.")
    no_sentence_end: re.Pattern = re.compile(NEVER)
    # words right after a date that run its period up to the day of writing ("از سال ۲۰۱۷ تا
    # کنون"): the date starts a state, it dates no act
    until_now: re.Pattern = re.compile(NEVER)
    # a past verb anywhere in a clause ("امضا شد"), not only at its end (``past``)
    past_verb: re.Pattern = re.compile(NEVER)
    # the mark of a clause's direct object ("را") and the prepositions that open a phrase, not
    # a subject ("با", "در"): whether a clause after a bare participle has its own subject
    object_markers: frozenset[str] = frozenset()
    clause_prepositions: frozenset[str] = frozenset()
    # a lead's present that starts its act ("начинают учения", LEAD_STARTS): the day's act,
    # even when a later sentence dates the act's end or next stage ahead
    lead_starts: re.Pattern = re.compile(NEVER)
    # the nouns of a part of an act ("следующий этап этих учений", ACT_PARTS): a date of that
    # part is not the date of the act told before
    act_parts: re.Pattern = re.compile(NEVER)
    # acts that, told as done inside what was said before a future, are its background ("…
    # را تحویل داده و … را نیز تحویل خواهد داد"): a delivery, signing or arrival
    said_background: re.Pattern = re.compile(NEVER)
    # the word ``THAT`` alone, wherever it stands ("قراردادی که ..."), not inside a word
    that_word: re.Pattern = re.compile(NEVER)
    # words right before a year that make it the period a plan or a document is for ("план
    # на 2025 год", "برای سال‌های ۲۰۲۵ تا ۲۰۲۷"): the year dates no act told in the past
    plan_period: re.Pattern = re.compile(NEVER)
    # a sentence confirming the act told before it ("подтвердили факт подписания")
    confirms: re.Pattern = re.compile(NEVER)
    # verbs of announcing, informing, publishing ("объявил", "خبر داد"): with ``ABOUT_THIS``
    # a report of the sentence before, as a reporting verb is
    announces: re.Pattern = re.compile(NEVER)
    # verbs of inviting, deciding, putting off ("пригласил", "موکول شد"): a past one governs
    # an act still ahead, and its clause tells no done act on its date
    governs_ahead: re.Pattern = re.compile(NEVER)
    # the particle of the conditional mood ("состоялось бы"), a whole word
    conditional: re.Pattern = re.compile(NEVER)
    lasting: re.Pattern = re.compile(NEVER)
    planned: re.Pattern = re.compile(NEVER)
    # verbs of coming in, a delivery only with the thing delivered named (ARRIVES)
    arrives: re.Pattern = re.compile(NEVER)
    # words that say a thing is civilian: its model names no weapon (CIVILIAN)
    civilian: re.Pattern = re.compile(NEVER)
    # classes of craft of armies and civilians alike, and words that say one is military
    dual_use: re.Pattern = re.compile(NEVER)
    military_cues: re.Pattern = re.compile(NEVER)
    # "уже": an act told as done before the day's news (ALREADY)
    already: re.Pattern = re.compile(NEVER)
    # "уже состоялась": an occasion told as held already, near the day's news (HELD_ALREADY)
    held_already: re.Pattern = re.compile(NEVER)
    validity: re.Pattern = re.compile(NEVER)
    # the bounds that end a period ("до 16 сентября", "تا ۱۴ سپتامبر"); empty: none told apart
    bounds_until: re.Pattern = re.compile(NEVER)
    # words right after "через два дня" that name what it counts from ("после прибытия
    # кораблей"): an act the text may not date, so no date
    after_named: re.Pattern = re.compile(NEVER)
    # prepositions after a deal's noun that name what it is for ("контракт на поставку")
    object_of_deal: frozenset[str] = frozenset()
    # what a verb of handing over may carry that is no goods ("передал послание"): stems
    not_goods: tuple[str, ...] = ()
    # words of absence ("без", "بدون"): a kind's word a few words after one is not reached
    # ("без подписания соглашения", "بدون دستیابی به هیچ توافقی"): no act of that kind
    without: frozenset[str] = frozenset()
    # words of a ceremony ("Церемония прошла в понедельник"): the act of the lead before
    ceremony: re.Pattern = re.compile(NEVER)
    # a relative pronoun that is the subject of its clause ("который прибыл"): the clause
    # tells an act of the words before it
    relative_subject: re.Pattern = re.compile(NEVER)
    # a verb that announces a thing ("объявили о прекращении огня"): a recent date of that
    # thing in a side clause after it ("..., которое вступило в силу 15 октября") is the news
    announces_about: re.Pattern = re.compile(NEVER)
    # the word right before a verb that denies the act ("не получал"): a negated act is none
    negation: re.Pattern = re.compile(NEVER)
    # words of a label a short date may follow ("(версия 10.03.19)"): a version, no act's day
    version_label: re.Pattern = re.compile(NEVER)
    # the words opening a clause of what came before the main act ("после того как")
    before_clause: re.Pattern = re.compile(NEVER)
    # right after a reporting verb, the word opening what was said (", что ...")
    that: re.Pattern = re.compile(NEVER)
    # ``THAT`` after the reporting verb's addressee, one or two words and a comma ("заявил
    # Reuters, что", "сообщил журналистам, что")
    that_after_objects: re.Pattern = re.compile(NEVER)
    # the reporting verbs of what someone used to say ("заявлял", "говорил"): no day's statement
    said_imperfective: re.Pattern = re.compile(NEVER)
    # a comma and a reporting verb after a plan ("…, сообщил министр", TOLD_AFTER): who told it
    told_after: re.Pattern = re.compile(NEVER)
    # an outlet's present of the day's report ("сообщает ТАСС"): no imperfective of the past
    reporting_present: re.Pattern = re.compile(NEVER)
    # an unnamed teller ("источник"): what it tells of a plan announces nothing
    anonymous: re.Pattern = re.compile(NEVER)
    # a news outlet as the sentence's teller with its reporting verb, before or after what it
    # tells ("رسانه‌ها نوشتند که ...", OUTLET_TELLS; searched): a plan it tells is no act of
    # the sides, whatever its date
    outlet_tells: re.Pattern = re.compile(NEVER)
    # what someone said told with the reporting verb last, before a colon or a comma or at
    # the sentence's end (STATEMENT_TOLD; searched): the day's statement, as "... که" is
    statement_told: re.Pattern = re.compile(NEVER)
    # "these remarks" told as said at an occasion (REMARKS_PLACED; searched): the statement
    # before them, told where it was made
    remarks_placed: re.Pattern = re.compile(NEVER)
    # the KINDS keys of two words or more, each a word start whatever joins its words (a
    # space, a zero-width non-joiner or nothing: "گشت زنی", "گشت‌زنی", "گشتزنی"): its kind
    kind_phrases: tuple = ()
    # one side with an act of a kind of event is on the topic (KINDS_ON_TOPIC)
    kinds_on_topic: bool = False
    # a later sentence of days before the lead's that tells another act (ELSEWHEN_ACT): no
    # restatement of the lead
    elsewhen_act: bool = False
    # the word right after a date that makes its act one more ("X on Tuesday also said", ALSO):
    # another act of that day, not the lead told again
    also_after_date: re.Pattern = re.compile(NEVER)
    # a verb of ending right after a date (ENDS_ON: "the drill ends on 8 Azar"): the date
    # bounds the act told before, as "until" before it does
    ends_on: re.Pattern = re.compile(NEVER)
    # between two days of one act, a second place after "и" (DONE_AGAIN, with YEAR_WORDS and
    # PLACE_PREPOSITIONS): its group "place" the second place
    done_again: re.Pattern = re.compile(NEVER)
    # the end of such a clause after its last day: a year word, then a comma, a stop or a quote
    done_again_end: re.Pattern = re.compile(NEVER)
    # a place after one of PLACE_PREPOSITIONS ("в г. Москве", "во Владивостоке"); its last word
    # is a place only when capitalised
    place_phrase: re.Pattern = re.compile(NEVER)
    # the lead's news goes on in the undated sentences right after it (NEWS_GOES_ON)
    news_goes_on: bool = False
    # a time of its own in such a sentence (SEASONS, NEWS_OTHER_TIME), beside the months
    news_other_time: re.Pattern = re.compile(NEVER)
    # a first name and a surname, two capitalised words (FULL_NAME: groups 1 and 2, read
    # overlapping)
    full_name: re.Pattern = re.compile(NEVER)
    # any plan with who told it, before or after it, is the day's announcement
    # (FORETOLD_ANNOUNCED), not only an intent told first
    foretold_announced: bool = False
    # a story's first sentence that names no side of an article about them is its scene
    # ("Сегодня в сенате продолжаются слушания …"), and the next sentence opens the story
    # (SCENE_OPENS, ``foreign.find_foreign_candidates``)
    scene_opens: bool = False
    # a story's first sentence that only says who told the news (ABOUT_THIS: "Об этом
    # сообщил …") tells the headline's news, with its sides (HEADLINE_TOLD)
    headline_told: bool = False
    # a lead telling talks or a visit under a headline telling an act done there titles its
    # event by the headline (HEADLINE_ACT)
    headline_act: bool = False
    # verbs of an intent held now ("планирует", INTENT_NOW, whole words): told with who told
    # it, an announcement
    intent: re.Pattern = re.compile(NEVER)
    # the word opening a frame of attribution before what was said ("Как сообщил Песков, …")
    said_frame: re.Pattern = re.compile(NEVER)
    # an impersonal report of news ("стало известно, что …"): said, without a speaker
    became_known: re.Pattern = re.compile(NEVER)
    # "Это учение ...": the word that opens a speaker's words about what was just told
    this_is: re.Pattern = re.compile(NEVER)
    # a sentence's first words telling an act after the one before ("Позже, ...")
    later_opening: re.Pattern = re.compile(NEVER)
    # a sentence's first words turning to another scene ("Тем временем", MEANWHILE)
    meanwhile: re.Pattern = re.compile(NEVER)
    # the words opening a phrase of an act's circumstance (CIRCUMSTANCE: "at the same time as
    # ...", "despite ..."): sides named there alone are the backdrop of another's act
    circumstance: re.Pattern = re.compile(NEVER)
    # the stems of the months' adjectives ("апрельск": "в ходе апрельского визита")
    month_adjectives: dict[str, int] = field(default_factory=dict)
    # the words that stand around a date (prepositions, parts, year words: "в", "начале",
    # "г", "по"): a piece of text of a date and these alone is no sentence
    date_words: frozenset[str] = frozenset()

    def normalise(self, text: str) -> str:
        """Same-length normalisation for matching: digits to ASCII, letter variants (Arabic
        ي/ك to Persian ی/ک, ё to е), lower case.  Offsets stay those of ``text``."""
        out = text.translate(self.translate)
        low = out.lower()
        return low if len(low) == len(out) else out

    def key(self, word: str) -> str:
        """The table key of matched words: normalised, without spaces, ZWNJ or a final dot."""
        return compact(self.normalise(word))


def phrase(words) -> str:
    """A regex alternation of table phrases, longest first, flexible about spaces and ZWNJ."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        bits = re.split(rf"[ {ZWNJ}]", w)
        parts.append(rf"[\s{ZWNJ}]*".join(re.escape(b) for b in bits))
    return "|".join(parts) if parts else NEVER


def compact(word: str) -> str:
    """A table key: ``"سه‌شنبه"``, ``"سه شنبه"`` and ``"سهشنبه"`` are one key."""
    return re.sub(rf"[\s{ZWNJ}]+", "", word).rstrip(".")


def _table(module: ModuleType, name: str, default):
    return getattr(module, name, default)


def _year_words(module: ModuleType) -> str:
    """The year words after a day ("года", "г."), a pattern, longest first."""
    return phrase(w for w in _table(module, "YEAR_WORDS", ()) if w[:1].isalpha())


def _place_phrase(module: ModuleType) -> str:
    """A place after a preposition (``PLACE_PREPOSITIONS``): "в Москве", "во Владивостоке",
    "в г. Москве" (one short word between); the caller checks that its last word is a name."""
    preps = phrase(_table(module, "PLACE_PREPOSITIONS", ()))
    if preps == NEVER:
        return NEVER
    return rf"(?<!\w)(?:{preps})\s+(?:[^\W\d_]{{1,12}}\.?\s+)?[^\W\d_][\w-]*"


def _done_again(module: ModuleType) -> re.Pattern:
    """Between two days of one act, a second place after a joining word (``DONE_AGAIN``):
    " г. и в г. Москве " (group "place")."""
    return re.compile(rf"\s*(?:{_year_words(module)})?\s*,?\s*(?:"
                      rf"{phrase(_table(module, 'DONE_AGAIN', ()))})\s+"
                      rf"(?P<place>{_place_phrase(module)})\s*")


def _occasion_nouns(module: ModuleType, norm) -> str:
    """The stems of occasions: ``OCCASIONS``, ``OCCASION_WORK`` and the meetings and visits of
    ``KINDS`` ("переговор", "визит")."""
    kinds = _table(module, "KINDS", {})
    return phrase(norm(w) for w in (*_table(module, "OCCASIONS", ()), *_table(module, "OCCASION_WORK", ()),
                                    *(k for k, kind in kinds.items() if kind in ("meeting", "visit"))))


def _keyed(table: dict, norm) -> dict:
    return {compact(norm(k)): v for k, v in table.items()}


def build(module: ModuleType) -> Language:
    """Compile a language module's tables."""
    digits = _table(module, "DIGITS", ())
    letters = _table(module, "LETTERS", {})
    mapping = {ord(c): _ASCII_DIGITS[i % 10] for run in digits for i, c in enumerate(run)}
    mapping.update({ord(a): b for a, b in letters.items()})

    def norm(word: str) -> str:
        return word.translate(mapping).lower()

    venue_words = (*_table(module, "PLACE_PREPOSITIONS", ()),
                   *_table(module, "VENUE_BEFORE_PLACE", ()))

    def words(name: str, whole: bool = False) -> re.Pattern:
        found = _table(module, name, ())
        # a word followed by a ZWNJ is the start of a compound ("گفت‌وگو" is no "گفت");
        # ``whole``: whole words only, not stems ("این" is no "اینکه")
        end = rf"(?![\w{ZWNJ}])" if whole else rf"(?!{ZWNJ})"
        return re.compile(rf"(?<!\w)(?:{phrase(norm(w) for w in found)}){end}", re.IGNORECASE)

    def by_number(name: str) -> dict[str, int]:
        return {compact(norm(w)): n
                for n, forms in enumerate(_table(module, name, ()), start=1) for w in forms}

    return Language(
        code=module.CODE, name=module.NAME,
        months=by_number("MONTHS"), solar_months=by_number("SOLAR_MONTHS"),
        month_adjectives=by_number("MONTH_ADJECTIVES"),
        before_clause=re.compile(
            rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'BEFORE_CLAUSE', ())) or NEVER})"
            rf"(?!\w)", re.IGNORECASE),
        that=re.compile(rf"\w*\s*,?\s*(?:{phrase(norm(w) for w in _table(module, 'THAT', ())) or NEVER})"
                        rf"(?!\w)", re.IGNORECASE),
        that_after_objects=re.compile(
            rf"\w*(?:\s+[^\W\d_][\w-]*){{1,2}}\s*,\s*"
            rf"(?:{phrase(norm(w) for w in _table(module, 'THAT', ())) or NEVER})(?!\w)", re.IGNORECASE),
        later_opening=re.compile(
            rf"^\W*(?:{phrase(norm(w) for w in _table(module, 'LATER_OPENING', ())) or NEVER})"
            rf"(?!\w)", re.IGNORECASE),
        meanwhile=re.compile(
            rf"^\W*(?:{phrase(norm(w) for w in _table(module, 'MEANWHILE', ())) or NEVER})"
            rf"(?!\w)", re.IGNORECASE),
        weekdays={compact(norm(w)): n for n, forms in enumerate(_table(module, "WEEKDAYS", ()))
                  for w in forms},
        day_words=_keyed(_table(module, "DAY_WORDS", {}), norm),
        relative=_keyed(_table(module, "RELATIVE", {}), norm),
        modifiers=_keyed(_table(module, "MODIFIERS", {}), norm),
        year_relative=_keyed(_table(module, "YEAR_RELATIVE", {}), norm),
        month_relative=_keyed(_table(module, "MONTH_RELATIVE", {}), norm),
        year_words=tuple(norm(w) for w in _table(module, "YEAR_WORDS", ())),
        solar_year_words=tuple(norm(w) for w in _table(module, "SOLAR_YEAR_WORDS", ())),
        future_cues=re.compile(words("FUTURE_CUES").pattern + _table(module, "CUE_END", ""),
                               re.IGNORECASE),
        expected=words("EXPECTED"),
        another_act=words("ANOTHER_ACT", whole=True),
        another_of_kind=(words("ANOTHER_OF_KIND", whole=True)
                         if _table(module, "ANOTHER_OF_KIND", ()) else re.compile(NEVER)),
        history_openers=words("HISTORY_OPENERS", whole=True),
        speech_verbs=re.compile(rf"(?!{phrase(norm(w) for w in _table(module, 'SPEECH_NOUNS', ()))})"
                                + words("SPEECH_VERBS").pattern, re.IGNORECASE),
        planned=words("PLANNED"),
        arrives=words("ARRIVES"),
        civilian=words("CIVILIAN"),
        dual_use=words("DUAL_USE_CLASSES"),
        military_cues=words("MILITARY_CUES"),
        already=words("ALREADY", whole=True),
        held_already=re.compile(_table(module, "HELD_ALREADY", NEVER), re.IGNORECASE),
        validity=words("VALIDITY"),
        said_imperfective=words("SAID_IMPERFECTIVE"),
        told_after=re.compile(_table(module, "TOLD_AFTER", NEVER).replace(
            "{SPEECH_VERBS}", phrase(norm(w) for w in _table(module, "SPEECH_VERBS", ()))),
            re.IGNORECASE),
        reporting_present=words("REPORTING_PRESENT", whole=True),
        anonymous=words("ANONYMOUS"),
        outlet_tells=re.compile(_table(module, "OUTLET_TELLS", NEVER), re.IGNORECASE),
        statement_told=re.compile(_table(module, "STATEMENT_TOLD", NEVER)),
        remarks_placed=re.compile(_table(module, "REMARKS_PLACED", NEVER)),
        intent=words("INTENT_NOW", whole=True),
        elsewhen_act=bool(_table(module, "ELSEWHEN_ACT", False)),
        ends_on=words("ENDS_ON"),
        also_after_date=re.compile(rf"[\s{ZWNJ}]*(?:{phrase(norm(w) for w in _table(module, 'ALSO', ()))})"
                                   rf"(?![\w{ZWNJ}])"),
        news_goes_on=bool(_table(module, "NEWS_GOES_ON", False)),
        news_other_time=re.compile(
            rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'SEASONS', ()))})(?!\w)|"
            rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'NEWS_OTHER_TIME', ()))})",
            re.IGNORECASE),
        done_again=_done_again(module) if _table(module, "DONE_AGAIN", ()) else re.compile(NEVER),
        done_again_end=re.compile(rf"\s*(?:{_year_words(module)})?\s*(?:[,.;:»\"”)]|$)")
        if _table(module, "DONE_AGAIN", ()) else re.compile(NEVER),
        place_phrase=re.compile(_place_phrase(module)),
        foretold_announced=bool(_table(module, "FORETOLD_ANNOUNCED", False)),
        scene_opens=bool(_table(module, "SCENE_OPENS", False)),
        headline_told=bool(_table(module, "HEADLINE_TOLD", False)),
        headline_act=bool(_table(module, "HEADLINE_ACT", False)),
        full_name=re.compile(rf"(?=(?<!\w)(?:{_table(module, 'FULL_NAME', NEVER)}))"
                             if _table(module, "FULL_NAME", "") else NEVER),
        kinds_on_topic=bool(_table(module, "KINDS_ON_TOPIC", False)),
        said_frame=words("SAID_FRAME", whole=True),
        became_known=words("BECAME_KNOWN"),
        this_is=words("THIS_IS", whole=True),
        dateline=re.compile(_table(module, "DATELINE", r"(?!x)x"), re.MULTILINE),
        dateline_inline=re.compile(_table(module, "DATELINE_INLINE", NEVER)),
        kinds=_keyed(_table(module, "KINDS", {}), norm),
        kind_phrases=tuple(
            (re.compile(r"(?<!\w)" + rf"[\s{ZWNJ}]*".join(map(re.escape, norm(k).split()))), kind)
            for k, kind in _table(module, "KINDS", {}).items() if len(norm(k).split()) > 1),
        attribution=re.compile(_table(module, "ATTRIBUTION", NEVER).replace(
            "{SPEECH_VERBS}", phrase(norm(w) for w in _table(module, "SPEECH_VERBS", ())))),
        conjunctions=frozenset(compact(norm(w)) for w in _table(module, "CONJUNCTIONS", ())),
        person_pointers=frozenset(compact(norm(w)) for w in _table(module, "PERSON_POINTERS", ())),
        pointer_genders=_table(module, "POINTER_GENDERS", {}),
        oblique_endings=tuple(_table(module, "OBLIQUE_ENDINGS", ())),
        topic_actions=words("TOPIC_ACTIONS"),
        reported=re.compile(_table(module, "REPORTED", NEVER)),
        verb_final=_table(module, "VERB_FINAL", False),
        name_first=_table(module, "NAME_FIRST", False),
        source_prefix=re.compile(_table(module, "SOURCE_PREFIX", NEVER)),
        side_clause=re.compile(_table(module, "SIDE_CLAUSE", NEVER)),
        named_year=re.compile(_table(module, "NAMED_YEAR", NEVER)),
        both_sides=words("BOTH_SIDES", whole=True),
        countries_subject=re.compile(_table(module, "COUNTRIES_SUBJECT", NEVER), re.IGNORECASE),
        span_owners=words("SPAN_OWNERS", whole=True),
        earlier_ones=words("EARLIER_ONES", whole=True),
        back_reference=words("BACK_REFERENCE", whole=True),
        corresponding=words("CORRESPONDING", whole=True),
        bounds=re.compile(rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'BOUNDS', ()))})"
                          rf"\s+(?:(?:{phrase(norm(w) for w in words_of(module, 'DATE_PREPOSITIONS'))})"
                          rf"\s+)?$", re.IGNORECASE),
        continues=re.compile(_table(module, "CONTINUES", NEVER)),
        continues_day=re.compile(_table(module, "CONTINUES_DAY", NEVER)),
        after_named=re.compile(_table(module, "AFTER_NAMED", NEVER), re.IGNORECASE),
        object_of_deal=frozenset(norm(w) for w in _table(module, "OBJECT_OF_DEAL", ())),
        not_goods=tuple(norm(w) for w in _table(module, "NOT_GOODS", ())),
        without=frozenset(norm(w) for w in _table(module, "WITHOUT", ())),
        ceremony=re.compile(_table(module, "CEREMONY", NEVER), re.IGNORECASE),
        relative_subject=re.compile(_table(module, "RELATIVE_SUBJECT", NEVER), re.IGNORECASE),
        announces_about=re.compile(_table(module, "ANNOUNCES_ABOUT", NEVER), re.IGNORECASE),
        negation=re.compile(
            rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'NEGATION', ()))})\s+$"
            if _table(module, "NEGATION", ()) else NEVER, re.IGNORECASE),
        version_label=re.compile(
            rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'VERSION_WORDS', ()))})\W{{0,3}}$"
            if _table(module, "VERSION_WORDS", ()) else NEVER, re.IGNORECASE),
        clause_split=re.compile(_table(module, "CLAUSE_SPLIT", NEVER)),
        clause_comma=re.compile(_table(module, "CLAUSE_COMMA", NEVER), re.IGNORECASE),
        other_time=words("OTHER_TIME"),
        about_this=re.compile(rf"^\W*(?:{phrase(norm(w) for w in _table(module, 'ABOUT_THIS', ()))})"
                              rf"(?!\w)", re.IGNORECASE),
        since=words("SINCE", whole=True),
        # a number counts the units after it ("۳ سال گذشته"), unless it ends a model's name
        # ("Як-130 в прошлом году") or the line before (a page's date line "07.03.2016" over
        # "В минувшие выходные ..." counts nothing)
        counts=re.compile(rf"(?:(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'COUNT_WORDS', ()))})"
                          rf"|(?<![\w-])\d+)[^\S\n]*\Z", re.IGNORECASE),
        published_label=re.compile(
            rf"^\W*(?:{phrase(norm(w) for w in _table(module, 'PUBLISHED_LABELS', ()))})(?!\w)",
            re.IGNORECASE),
        issue=re.compile(_table(module, "ISSUE", NEVER)),
        past=re.compile(_table(module, "PAST", NEVER)),
        present=re.compile(_table(module, "PRESENT", NEVER)),
        imperfect=re.compile(_table(module, "IMPERFECT", NEVER)),
        says_now=words("SAYS_NOW"),
        purpose_tail=re.compile(_table(module, "PURPOSE_TAIL", NEVER)),
        news_present=re.compile(_table(module, "NEWS_PRESENT", NEVER)),
        lead_present=re.compile(_table(module, "LEAD_PRESENT", NEVER)),
        lead_present_elsewhen=words("LEAD_PRESENT_ELSEWHEN", whole=True),
        lead_starts=words("LEAD_STARTS", whole=True),
        act_parts=words("ACT_PARTS"),
        habit=re.compile(
            words("HABIT").pattern + (
                rf"|(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'HABIT_ADVERBS', ()))})"
                rf"\s+(?:[^\s.،,؛]+\s+)?(?:{_table(module, 'PRESENT', NEVER)})"
                if _table(module, "HABIT_ADVERBS", ()) else ""), re.IGNORECASE),
        state_verbs=words("STATE_VERBS"),
        adversary=words("ADVERSARY"),
        targeted=words("TARGETED"),
        source_phrase=re.compile(_table(module, "SOURCE_PHRASE", NEVER)),
        contrast_opener=re.compile(_table(module, "CONTRAST_OPENER", NEVER)),
        takes_part=re.compile(_table(module, "TAKES_PART", NEVER)),
        circumstance=words("CIRCUMSTANCE", whole=True),
        vague_time=words("VAGUE_TIME"),
        present_acts=words("PRESENT_ACTS"),
        opening_adverbials=words("OPENING_ADVERBIALS"),
        past_clause=re.compile(_table(module, "PAST_CLAUSE", NEVER)),
        parenthesis=re.compile(_table(module, "PARENTHESIS", NEVER), re.IGNORECASE),
        source_note=re.compile(_table(module, "SOURCE_NOTE", NEVER), re.IGNORECASE),
        latin_model=re.compile(_table(module, "LATIN_MODEL", NEVER)),
        ordinal_statement=re.compile(_table(module, "ORDINAL_STATEMENT", NEVER), re.IGNORECASE),
        reported_act=re.compile(_table(module, "REPORTED_ACT", NEVER), re.IGNORECASE),
        decision_on=re.compile(_table(module, "DECISION_ON", NEVER)),
        this_thing=re.compile(
            rf"(?<!\S)(?:{phrase(norm(w) for w in _table(module, 'THIS_THING', ())) or NEVER})"
            r"(?![\w\u200c])"),
        pronouns=re.compile(rf"^\W*(?:{phrase(norm(w) for w in _table(module, 'PRONOUNS', ())) or NEVER})"
                            rf"(?![\w{ZWNJ}])", re.IGNORECASE),
        translate=mapping,
        year_introducers=frozenset(compact(norm(w)) for w in words_of(module, "YEAR_INTRODUCERS")),
        ago_units=_keyed(_table(module, "AGO_UNITS", {}), norm),
        number_words=_keyed(_table(module, "NUMBER_WORDS", {}), norm),
        day_ordinals=_keyed(_table(module, "DAY_ORDINALS", {}), norm),
        season_dates=_keyed(_table(module, "SEASON_DATES", {}), norm),
        month_parts=_keyed(_table(module, "MONTH_PARTS", {}), norm),
        nominative=_table(module, "NOMINATIVE", {}),
        short_forms=_table(module, "SHORT_FORMS", {}),
        passive_relative=re.compile(_table(module, "PASSIVE_RELATIVE", NEVER)),
        soft_plural_after=_table(module, "SOFT_PLURAL_AFTER", ""),
        vowels=_table(module, "VOWELS", ""),
        # a country's adjective in a compound too ("российско-китайские")
        countries={name: re.compile(rf"(?:(?<![\w-])|(?<=\wо-))(?:{pattern})")
                   for name, pattern in _table(module, "COUNTRIES", {}).items()},
        cities={name: re.compile(rf"(?<![\w-])(?:{pattern})")
                for name, pattern in _table(module, "CITIES", {}).items()},
        venue=re.compile(rf"(?<![\w-])(?:{phrase(norm(w) for w in venue_words)})\s+$")
        if _table(module, "VENUE_BEFORE_PLACE", ()) else re.compile(NEVER),
        ago_alone=frozenset(compact(norm(w)) for w in _table(module, "AGO_ALONE", ())),
        solar_relative=frozenset(compact(norm(w)) for w in _table(module, "SOLAR_RELATIVE", ())),
        word_months=frozenset(compact(norm(w)) for w in _table(module, "WORD_MONTHS", ())),
        prefix_months=frozenset(compact(norm(w)) for w in _table(module, "PREFIX_MONTHS", ())),
        prefix_verb=re.compile(_table(module, "PREFIX_VERB", NEVER)),
        chained=_keyed(_table(module, "CHAINED", {}), norm),
        chained_as_told=frozenset(compact(norm(w)) for w in _table(module, "CHAINED_AS_TOLD", ())),
        chained_period=_keyed(_table(module, "CHAINED_PERIOD", {}), norm),
        year_told=_keyed(_table(module, "YEAR_TOLD", {}), norm),
        date_words=frozenset(compact(norm(w)) for name in (
            "DATE_PREPOSITIONS", "MODIFIERS", "YEAR_WORDS", "RANGE_TO", "RANGE_AND", "DATE_ADJECTIVES",
            "TIME_OF_DAY") for phrase_ in words_of(module, name) for w in phrase_.split()),
        no_sentence_end=re.compile(_table(module, "NO_SENTENCE_END", NEVER), re.IGNORECASE),
        anniversary=re.compile(_table(module, "ANNIVERSARY", NEVER), re.IGNORECASE),
        week_start=_table(module, "WEEK_START", None),
        citation=re.compile(_table(module, "CITATION", NEVER), re.IGNORECASE),
        past_verb=re.compile(_table(module, "PAST_VERB", NEVER)),
        object_markers=frozenset(compact(norm(w)) for w in _table(module, "OBJECT_MARKERS", ())),
        clause_prepositions=frozenset(
            compact(norm(w)) for w in _table(module, "CLAUSE_PREPOSITIONS", ())),
        said_background=words("SAID_BACKGROUND"),
        that_word=re.compile(rf"(?<![\w{ZWNJ}])(?:{phrase(norm(w) for w in _table(module, 'THAT', ())) or NEVER})"
                             rf"(?![\w{ZWNJ}])", re.IGNORECASE),
        until_now=re.compile(rf"^\s*(?:{phrase(norm(w) for w in _table(module, 'UNTIL_NOW', ()))})"
                             rf"(?![\w{ZWNJ}])", re.IGNORECASE),
        plan_period=re.compile(
            rf"(?<![\w{ZWNJ}])(?:{phrase(norm(w) for w in _table(module, 'PLAN_PERIOD', ()))})\s+"
            # the end of a range after them too ("برای سال‌های ۲۰۲۵ تا ۲۰۲۷")
            rf"(?:\d{{4}}\s*(?:[-–]|(?:{phrase(norm(w) for w in words_of(module, 'RANGE_TO'))})\s)\s*)?$",
            re.IGNORECASE),
        confirms=re.compile(_table(module, "CONFIRMS", NEVER), re.IGNORECASE),
        announces=words("ANNOUNCES") if _table(module, "ANNOUNCES", ()) else re.compile(NEVER),
        governs_ahead=words("GOVERNS_AHEAD") if _table(module, "GOVERNS_AHEAD", ()) else re.compile(NEVER),
        conditional=words("CONDITIONAL", whole=True) if _table(module, "CONDITIONAL", ()) else re.compile(NEVER),
        lasting=re.compile(rf"(?<![\w{ZWNJ}])(?:{phrase(norm(w) for w in _table(module, 'LASTING', ()))})",
                           re.IGNORECASE) if _table(module, "LASTING", ()) else re.compile(NEVER),
        bounds_until=re.compile(  # "تا ۱۴ سپتامبر", "تا روز ۲۳ اکتبر" (a date's word between)
            rf"(?<![\w{ZWNJ}])(?:{phrase(norm(w) for w in _table(module, 'BOUNDS_UNTIL', ()))})"
            rf"\s+(?:(?:{phrase(norm(w) for w in words_of(module, 'DATE_PREPOSITIONS'))})\s+)?$",
            re.IGNORECASE),
        bounds_from=re.compile(
            rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'BOUNDS_FROM', ()))})"
            rf"\s+(?:(?:{phrase(norm(w) for w in words_of(module, 'DATE_PREPOSITIONS'))})\s+)?$",
            re.IGNORECASE),
        ahead_infinitive=re.compile(_table(module, "AHEAD_INFINITIVE", NEVER)),
        participle_before=re.compile(rf"(?<![а-яё])(?:{_table(module, 'PAST_PARTICIPLE', NEVER)})"
                                     rf"(?:\s+\S+){{0,2}}\s+$"),
        weekday_last=re.compile(rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'WEEKDAY_LAST', ()))})"
                                rf"\s+$", re.IGNORECASE),
        range_between=re.compile(rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'RANGE_BETWEEN', ()))})"
                                 rf"\s+\Z", re.IGNORECASE),
        weekday_place=re.compile(_table(module, "WEEKDAY_PLACE", NEVER)),
        weekday_person=re.compile(_table(module, "WEEKDAY_PERSON", NEVER)),
        still=words("STILL", whole=True),
        continued=words("CONTINUED") if _table(module, "CONTINUED", ()) else re.compile(NEVER),
        auxiliary=(words("AUXILIARY", whole=True) if _table(module, "AUXILIARY", ())
                   else re.compile(NEVER)),
        person=re.compile(_table(module, "PERSON_NAME", NEVER)),
        patronymic=re.compile(_table(module, "PATRONYMIC", NEVER)),
        act_year=re.compile(_table(module, "ACT_YEAR", NEVER)),
        series_first=re.compile(_table(module, "SERIES_FIRST", NEVER)),
        later_ordinal=re.compile(_table(module, "LATER_ORDINAL", NEVER)),
        series_ordinals=dict(_table(module, "SERIES_ORDINALS", {})),
        name_endings=tuple(sorted(_table(module, "NAME_ENDINGS", ()), key=len, reverse=True)),
        place_prepositions=frozenset(_table(module, "PLACE_PREPOSITIONS", ())),
        peoples={norm(k): tuple(norm(w) for w in v) for k, v in _table(module, "PEOPLES", {}).items()},
        people_endings=tuple(norm(w) for w in _table(module, "PEOPLE_ENDINGS", ())),
        copulas=words("COPULAS", whole=True),
        personal_verb=re.compile(_table(module, "PERSONAL_VERB", NEVER)),
        during=re.compile(rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'DURING', ()))})\s+",
                          re.IGNORECASE),
        at_occasion=re.compile(rf"(?<!\w)(?:{phrase(norm(w) for w in _table(module, 'AT_OCCASION', ()))})\s+",
                               re.IGNORECASE),
        occasion_opening=re.compile(rf"\W*(?:{phrase(norm(w) for w in _table(module, 'AT_OCCASION', ()))})"
                                    rf"\s+(?:{_occasion_nouns(module, norm)})", re.IGNORECASE),
        occasion_nouns=re.compile(rf"(?<!\w)(?:{_occasion_nouns(module, norm)})", re.IGNORECASE),
        this_occasion=words("THIS_OCCASION"),
        parties=re.compile(rf"(?:{phrase(norm(w) for w in _table(module, 'PARTIES', ()))})\s+"
                           if _table(module, "PARTIES", ()) else NEVER, re.IGNORECASE),
        postponed=words("POSTPONE_VERBS"),
        planned_before=words("PLANNED_BEFORE"),
        eve_of=frozenset(norm(w) for w in _table(module, "EVE_OF", ())),
        occasions=tuple(norm(w) for w in _table(module, "OCCASIONS", ())),
        patterns={name: phrase(norm(w) for w in words_of(module, name)) for name in (
            "MONTHS", "SOLAR_MONTHS", "WEEKDAYS", "DAY_WORDS", "RELATIVE", "RELATIVE_NOT_BEFORE", "MODIFIERS", "YEAR_RELATIVE",
            "YEAR_WORDS", "SOLAR_YEAR_WORDS", "YEAR_BEFORE", "MONTH_WORDS", "DATE_PREPOSITIONS", "DATE_ADJECTIVES",
            "TIME_OF_DAY", "NEVER_LAST", "OFFICES", "RANKS", "RANGE_TO", "RANGE_AND", "DECADE_ENDINGS", "ORDINAL_ENDINGS", "DAY_OF_MONTH",
            "MONTH_RELATIVE", "AGO", "AGO_UNITS", "NUMBER_WORDS", "DAY_ORDINALS", "SEASON_DATES", "MONTH_PARTS", "COUNTED_BEFORE_ORDINAL", "CHAINED", "CHAINED_PERIOD", "YEAR_TOLD",
            "LATER", "LATER_BEFORE", "AFTER", "MONTH_BEFORE", "MONTH_ADJECTIVES",
            "ADJECTIVE_ENDINGS", "NOT_AFTER_MONTH_ADJECTIVE", "WEEKDAY_EVE", "WEEKDAY_MIDNIGHT", "NIGHT_TO", "WEEKDAY_PAST_PART", "WEEKDAY_LAST", "VERB_PARTS",
            "PARTY_BEFORE_VERB", "NOT_POINTED_BACK", "DATE_PARTS", "CORRELATIVES", "WORD_MONTH_BEFORE")},
    )


def words_of(module: ModuleType, name: str) -> list[str]:
    """Every word of a table: its keys, or its forms when it is a tuple of tuples."""
    table = _table(module, name, ())
    if isinstance(table, dict):
        return list(table)
    return [w for item in table for w in ((item,) if isinstance(item, str) else item)]
