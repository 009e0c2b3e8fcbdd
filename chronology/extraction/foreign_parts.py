"""The parts of a sentence in a language given as data (Russian, Persian): where it splits into
clauses and sentences, which part a date belongs to (a side clause, a participle, a passing
mention, a statement's own words), and whether a part tells an act of its own."""

from __future__ import annotations

import datetime as dt
import functools
import re

from chronology.dates.model import Mention, ReferenceDate
from chronology.extraction.foreign_titles import side_clause_matches
from chronology.extraction.sentences import Sentence
from chronology.extraction.theatres import phases
from chronology.languages import language

# a sentence ends at a stop before a capital; a web page's text may have lost the space
# ("... посол Венкатеш Варма.Дипломат указал ..."): a stop right after a word of three lower
# case letters or more ("г.Москва", "Д.Рогозин" are no end) before a capitalised word ends one
_SPLIT = re.compile(r"(?<=[.!?؟])[»”\"]?\s+(?=[^\sа-яёa-z])|(?:(?<=[а-яё]{3}[.!?])|(?<=[а-яё][»”\"][.!?]))(?=[А-ЯЁ][а-яё])")
QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_INITIAL = re.compile(r"(?:^|(?<=\s))([^\W\d_])\.$")  # a name's initial: "С."
NEXT_DAYS = 3  # a lead's next sentence dated this many days before the reference tells when


def subject_of(words: str, lang) -> str:
    """The words before the first past verb that is no reporting verb."""
    norm = lang.normalise(words)
    verb = next((v for v in lang.past.finditer(norm)
                 if not lang.speech_verbs.match(norm, v.start())), None)
    return words[:verb.start()] if verb else ""


def same_act(told: str, words: str, lang) -> bool:
    """The sentence after a lead tells the lead's act, so its day is the lead's: it names a
    ceremony (``CEREMONY``: "Церемония прошла в понедельник" after "подписали соглашение"),
    repeats the lead's verb ("прибыли" after "прибыло"), or its subject, before its verb,
    names the lead's kind of act ("Поставка была осуществлена ..." after "передала"); not
    another act ("Первые самолеты Иран получил ..." after "подписали контракт", "прошел
    концерт" after "завершили учения")."""
    norm = lang.normalise(words)
    if lang.ceremony.search(norm) or verb_stems(told, lang) & verb_stems(words, lang):
        return True
    subject = lang.normalise(subject_of(words, lang))
    return bool(kinds_in(subject, lang) & kinds_in(lang.normalise(told), lang))


def verb_stems(words: str, lang) -> set[str]:
    """The first five letters of the last word of each past verb, or present verb of a lead
    (``LEAD_PRESENT``: "прибывает" and "прибыли" share "прибы"), that is no reporting verb."""
    norm = lang.normalise(words)
    verbs = [*lang.past.finditer(norm), *lang.lead_present.finditer(norm)]
    return {v.group().split()[-1][:5].lower() for v in verbs
            if not lang.speech_verbs.match(norm, v.start())}


def kinds_in(norm: str, lang) -> set[str]:
    return {tag for stem, tag in lang.kinds.items()
            if re.search(rf"(?<!\w){re.escape(stem)}", norm, re.IGNORECASE)} - {"statement"}


HANDED_WITHIN = 6  # words after a verb of handing over: its receiver, then what is handed


def words_handed(tokens: list[str], lang) -> set[str]:
    """The words of handing over (a ``KINDS`` stem of "delivery") each of whose uses carries
    a message, a letter, an invitation (``NOT_GOODS``, within the next ``HANDED_WITHIN``
    words, the receiver named first: "передал послание президента", "передал президенту
    Ирана Хасану Роухани послание") as its first thing handed: words handed over, no
    delivery of goods.  Goods named before it, joined by a conjunction ("передала
    вертолеты и послание"), stay goods."""
    handing = {k for k, t in enumerate(tokens)
               if any(t.startswith(stem) and tag == "delivery" for stem, tag in lang.kinds.items())}

    def carries_words(k: int) -> bool:
        after = tokens[k + 1:k + 1 + HANDED_WITHIN]
        first = next((i for i, n in enumerate(after) if n.startswith(lang.not_goods)), None)
        return first is not None and not (first and after[first - 1] in lang.conjunctions)

    carried = {tokens[k] for k in handing if carries_words(k)}
    return {t for t in carried
            if all(tokens[k] != t or k in handing and carries_words(k) for k in range(len(tokens)))}


def sentence_parts(text: str, sentence: Sentence, dated: list[Mention], lang,
           mentions: list[Mention] = ()) -> list[Sentence]:
    """A sentence that tells two acts, each with a date of its own ("... в апреле, а в
    августе ..."), as one part per act (``CLAUSE_SPLIT``); any other sentence whole."""
    brackets = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", text[:sentence.end])
                if b.end() > sentence.start]
    # a mark inside brackets ("دیروز (سه‌شنبه؛ ۱۷ مهر)") ends no clause of the sentence
    cuts = [c for c in lang.clause_split.finditer(text, sentence.start, sentence.end)
            if not any(a < c.start() < b for a, b in brackets)]
    if not cuts:
        return _said_parts(text, sentence, dated, lang) or _comma_parts(text, sentence, dated, lang)
    bounds = [sentence.start, *(x for c in cuts for x in (c.start(), c.end())), sentence.end]
    parts = [Sentence(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    dated_parts = all(any(p.start <= m.start < p.end for m in dated) for p in parts)
    if dated_parts or second_acts(text, parts, dated, lang, mentions):
        return parts
    return [sentence]


def second_acts(text: str, parts: list[Sentence], dated: list[Mention], lang,
                 mentions: list[Mention]) -> bool:
    """A dated first clause and, after "а" or a semicolon, clauses with no date that each
    tell an act of their own, of another kind ("В четверг Россия передала Ирану С-300, а
    Иран передал России беспилотники" tells a delivery each way; "..., а Иран подписал
    контракт"): the later clauses are acts of the same day (``carry`` dates them), unless
    a time word of their own, even a vague one (``VAGUE_TIME``: "на днях"), says otherwise."""
    first, *rest = parts
    if not any(first.start <= m.start < first.end for m in dated):
        return False
    kinds = kinds_in(lang.normalise(text[first.start:first.end]), lang)
    for part in rest:
        words = text[part.start:part.end]
        if any(part.start <= m.start < part.end for m in mentions) or not tells_an_act(words, lang):
            return False
        if lang.speech_verbs.search(lang.normalise(words)) or lang.vague_time.search(
                lang.normalise(words)):
            return False
        own = kinds_in(lang.normalise(words), lang)
        if not own or own <= kinds and not _subject_changes(text, first, part, lang):
            return False
    return True


def _subject_changes(text: str, first: Sentence, part: Sentence, lang) -> bool:
    """The later clause opens with a subject of its own before its verb ("а Иран передал"),
    not one that goes on with the first clause's ("а затем передала")."""
    norm = lang.normalise(text[part.start:part.end])
    verb = lang.past.search(norm)
    return verb is not None and bool(re.search(r"[а-яё]{3,}", norm[:verb.start()]))


# a noun after a date, its adjectives first ("межправительственное соглашение")
_NOUN_AFTER = re.compile(r"(?:\s+[а-яё-]+(?:ый|ой|ое|ая|яя|ые|ого|его|ую|ых))*"
                         r"\s+[а-яё-]+")  # not "-ие", "-ее": "соглашение", "учение"
_PHRASE_END = re.compile(r"[,;:()«»\"“”]|\s[—–-]\s|[.!?]\s*$")


def participle_act(clause: str, lang) -> bool:
    """A clause that opens with a past participle of a kind of act (``PAST_PARTICIPLE``,
    ``KINDS``: "подписанное в г. Хартуме 23 июля 2019 г.", "(подписанного в 2014 году") tells
    that act as done, as a past verb would: in a quoted document or remark too."""
    participle = lang.past_clause.match(lang.normalise(clause))
    return bool(participle) and bool(kinds_in(participle.group(), lang))


def participle_told(text: str, sentence: Sentence, inner: list[Mention], lang,
                     lead: str) -> tuple[Sentence, Mention] | None:
    """An act of a kind with a date of its own told in passing inside a sentence that dates
    its own act otherwise (another date, or the lead convention): a second act, its phrase
    and date.  Told in passing: a past participle ("Казахстан получил заказанные в 2014 г.
    истребители", "по контракту, подписанному в 2018 году"; the participle to the next
    comma), a parenthesis ("(контракт на них был подписан в 2007 году)") or a clause of
    what came before (``BEFORE_CLAUSE``: "после того как в 2015 году Россия подписала ...").
    Of no kind of act ("созданный в 2000 году") it is a side fact, no event."""
    for phrase, kinds in _passing(text, sentence, inner, lang):
        if not kinds:
            continue
        within = [m for m in inner if phrase.start <= m.start < phrase.end]
        others = [m for m in inner if m not in within]
        rest = text[sentence.start:phrase.start] + text[phrase.end:sentence.end]
        if (others or lead) and tells_an_act(rest, lang) and len(within) == 1:
            return phrase, within[0]
    return None


def _passing(text: str, sentence: Sentence, inner: list[Mention], lang):
    """The phrases of ``participle_told`` in ``sentence``, each with its kinds of act."""
    norm = lang.normalise(text)
    for mention in inner:
        before = lang.participle_before.search(norm, max(sentence.start, mention.start - 40),
                                               mention.start)
        if before:
            end = _PHRASE_END.search(norm, mention.end, sentence.end)
            stop = end.start() if end else sentence.end
            if any(mention.end <= m.start < stop for m in inner):
                # another date further on: the participle is its noun's attribute
                # ("Подписанное 10 марта соглашение ... вступило в силу 16 марта"), its
                # phrase ends with the noun
                noun = _NOUN_AFTER.match(norm, mention.end)
                stop = noun.end() if noun else stop
            yield (Sentence(before.start(), stop), kinds_in(before.group().split()[0], lang))
    for bracket in re.finditer(r"\(([^()]+)\)", norm[sentence.start:sentence.end]):
        phrase = Sentence(sentence.start + bracket.start(1), sentence.start + bracket.end(1))
        if tells_an_act(bracket.group(1), lang):
            yield phrase, kinds_in(bracket.group(1), lang)
    for clause in lang.before_clause.finditer(norm, sentence.start, sentence.end):
        end = _PHRASE_END.search(norm, clause.end(), sentence.end)
        phrase = Sentence(clause.start(), end.start() if end else sentence.end)
        told = norm[phrase.start:phrase.end]
        if tells_an_act(told, lang):
            yield phrase, kinds_in(told, lang)


def side_told(text: str, sentence: Sentence, dated: list[Mention], lang,
               reference: ReferenceDate) -> list[Sentence] | None:
    """A lead whose dates all lie in a side clause that ends it ("Россия передала Ирану
    комплексы С-300, контракт на которые был подписан в 2007 году", "Россия осудила удар
    ..., который был нанесен 11 марта"): its main clause, the day's news, and the side
    clause, with a date of its own, as two parts; None otherwise (a main clause whose only
    act is quoted speech is the saying, which the clause dates), and None when the main
    clause only announces the thing the clause dates to one of the last few days
    (``ANNOUNCES_ABOUT``: "объявили о прекращении огня, которое вступило в силу ...")."""
    words = text[sentence.start:sentence.end]
    inside = [m for m in dated if sentence.start <= m.start < sentence.end]
    sides = side_clause_matches(words, lang)
    if not inside or not sides or words[sides[-1].end():].strip(" .!?»\"”)"):
        return None
    side = sides[-1]
    cut = sentence.start + side.start()
    # the main clause's act must be its own, not one inside the words it quotes ("«За этот
    # год Казахстан уже приобрел 6–7 самолетов», – заявил Назарбаев во время встречи ...,
    # которая предваряла прошедшее в понедельник заседание": the clause dates the saying)
    said = QUOTES.sub(lambda q: " " * len(q.group()), text[sentence.start:cut])
    if any(m.start < cut for m in inside) or not tells_an_act(said, lang):
        return None
    if all(recent(m, reference) for m in inside) and lang.announces_about.search(
            lang.normalise(text[sentence.start:cut])):
        return None  # "объявили о прекращении огня, которое вступило в силу 15 октября"
    opens = cut + len(side.group()) - len(side.group().lstrip(",; "))
    return [Sentence(sentence.start, cut), Sentence(opens, sentence.end)]


def side_dated(text: str, sentence: Sentence, dated: list[Mention], lang) -> list[Sentence] | None:
    """A sentence whose main clause and the side clause that ends it each date an act of
    their own ("В 2016 году Россия передала Ирану С-300 по контракту, который был подписан
    в 2007 году"): one part per act.  The side clause's act must be of a kind of act
    (``KINDS``): "..., который стал министром в 2013 году" is a side fact, no event."""
    words = text[sentence.start:sentence.end]
    inside = [m for m in dated if sentence.start <= m.start < sentence.end]
    sides = side_clause_matches(words, lang)
    if not sides or words[sides[-1].end():].strip(" .!?»\"”)"):
        return None
    cut = sentence.start + sides[-1].start()
    main = QUOTES.sub(lambda q: " " * len(q.group()), text[sentence.start:cut])
    side = text[cut:sentence.end]
    if not any(m.start < cut for m in inside) or not any(m.start >= cut for m in inside) or not (
            tells_an_act(main, lang) and tells_an_act(side, lang) and kinds_in(lang.normalise(side), lang)):
        return None
    opens = cut + len(sides[-1].group()) - len(sides[-1].group().lstrip(",; "))
    return [Sentence(sentence.start, cut), Sentence(opens, sentence.end)]


def antecedent(text: str, start: int, opens: int, lang) -> int:
    """Where a side part's title starts: at a relative pronoun that is its subject ("...,
    который был нанесен 11 марта": ``RELATIVE_SUBJECT``), the words it stands for, after the
    main clause's last verb ("удар Израиля по иранским объектам в Сирии, который был
    нанесен"), so the title tells what was done; else the part itself."""
    if not lang.relative_subject.match(lang.normalise(text[opens:opens + 12])):
        return opens
    verbs = list(lang.past.finditer(lang.normalise(text[start:opens])))
    if not verbs:
        return opens
    after = start + verbs[-1].end()
    return after + len(text[after:opens]) - len(text[after:opens].lstrip())


def repeats_headline(words: str, title: str | None) -> bool:
    """A line that is the headline again, as a page prints it over the story: its words the
    same, whatever its quotation marks, case or final stop."""
    def bare(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())
    return bool(title) and bare(words) == bare(title)


def recent(mention: Mention, reference: ReferenceDate) -> bool:
    """A day among the few before the reference (``NEXT_DAYS``): the lead's own news."""
    if mention.precision != "day" or not reference.date or len(mention.value) != 10:
        return False
    days = (reference.date - dt.date.fromisoformat(mention.value)).days
    return 0 <= days <= NEXT_DAYS


def _said_parts(text: str, sentence: Sentence, dated: list[Mention], lang) -> list[Sentence] | None:
    """A reporting verb that opens what was said with a colon and no quotation mark, each
    side with a date of its own ("وزارت دفاع ارمنستان امروز چهارشنبه ... خبر داد و نوشت:
    نیروهای مسلح آذربایجان شب گذشته ... حمله کردند"): two acts, the statement on its day
    and the act it tells on an earlier day of its own; none when either side has no day."""
    for colon in re.finditer(":", text[sentence.start:sentence.end]):
        at = sentence.start + colon.start()
        before = lang.normalise(text[sentence.start:at]).rstrip()
        if not any(v.end() == len(before) for v in lang.speech_verbs.finditer(before)):
            continue
        if text[at + 1:sentence.end].lstrip()[:1] in "«\"“„":
            return None  # a quotation: its dates are the speaker's words (``quoted_act``)
        parts = [Sentence(sentence.start, at), Sentence(at + 1, sentence.end)]
        said, told = ({m.value for m in dated if p.start <= m.start < p.end} for p in parts)
        # two days, the act's before the statement's ("صبح امروز ... نوشت: ... امروز عازم
        # دوحه گردید" tells the day's act once; "روز یکشنبه گفت: ... اوایل سال ۱۴۰۲ تحویل داده
        # خواهند شد" a plan the statement announces)
        days = all(len(v) == 10 for v in said | told)
        return parts if said and told and days and max(told) < min(said) else None
    return None


def _comma_parts(text: str, sentence: Sentence, dated: list[Mention], lang) -> list[Sentence]:
    """A sentence of two acts joined by a bare comma (``CLAUSE_COMMA``), each part with a
    date and a past verb of its own that is no reporting verb: one part per act; any other
    sentence whole.  A date right after the comma goes with the one before ("в среду, 9
    января,"), no cut there."""
    for cut in lang.clause_comma.finditer(text, sentence.start, sentence.end):
        if any(cut.end() <= m.start < cut.end() + 3 for m in dated):
            continue
        parts = [Sentence(sentence.start, cut.start()), Sentence(cut.end(), sentence.end)]
        if all(any(p.start <= m.start < p.end for m in dated) and tells_an_act(
                text[p.start:p.end], lang) for p in parts):
            return parts
    return [sentence]


@functools.cache
def duration_pattern(code: str) -> re.Pattern:
    """A count of time units (``NUMBER_WORDS`` or digits, ``AGO_UNITS``) in a clause with no
    date ("затянулись почти на два года", "سه سال طول کشید"): how long something took."""
    lang = language(code)
    numbers = "|".join(sorted(map(re.escape, lang.number_words), key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, lang.ago_units), key=len, reverse=True))
    if not units:
        return re.compile(r"(?!)")
    # not a year ("на 2025 год": ``PLAN_PERIOD``)
    return re.compile(rf"(?<![\w-])(?:\d{{1,3}}|{numbers or '(?!)'})\s+(?:{units})(?!\w)")


def opens_elsewhere(words: str, lang) -> bool:
    """A sentence that opens with a time word of its own (``VAGUE_TIME``: "Накануне в Минск
    прибыл ...", "Ранее ..."): background of another time, not the lead told again."""
    return bool(lang.vague_time.match(lang.normalise(words).lstrip(" \"«„“")))


def elsewhen_act(lead: str, words: str, lang) -> bool:
    """A later sentence dated days before the lead's day that does not tell the lead's act
    (``same_act``: its verb, a ceremony, or the act's noun as its subject): "Первая партия
    истребителей была передана Индии 10 ноября" after the dateline's "Индия получила вторую
    партию истребителей" is an earlier act of the kind, not the lead told again with a date
    of its own; both telling one phase of an act (``PHASES``: "церемония открытия прошла" and
    "учения начались 20 сентября") is the lead's act. Only for a language that asks
    (``ELSEWHEN_ACT``); the same day's sentence may tell the lead in other words."""
    return lang.elsewhen_act and not same_act(lead, words, lang) and not (
        phases(lead, lang.code) & phases(words, lang.code))


def also_that_day(text: str, mention, lang) -> bool:
    """The date of a later sentence followed by "also" (``ALSO``: "ستاد ارتش ایران روز سه‌شنبه
    نیز گزارش داد که ..."): one more act of that day, not the lead told again."""
    return bool(lang.also_after_date.match(lang.normalise(text[mention.end:mention.end + 12])))


def present_apart(lead: str, words: str, lang) -> bool:
    """A lead that tells its act in the present tense (``LEAD_PRESENT``: "Военнослужащие ...
    приступают к совместной проверке войск") and in no past verb, and a later sentence that
    does not tell that act again (``same_act``: "Корабли прибыли ..." after "прибывают"):
    the lead's act goes on on the day of writing, so the later sentence, dated days before
    ("Накануне в Минск прибыл ..."), tells another act, not the lead's day."""
    return bool(lang.lead_present.search(lang.normalise(lead))) and not tells_an_act(lead, lang) and (
        not same_act(lead, words, lang))


def tells_an_act(words: str, lang) -> bool:
    """A past verb that is no reporting verb ("начались", not "сообщил") and is not denied
    ("не получал": ``NEGATION``)."""
    norm = lang.normalise(words)
    return any(not lang.speech_verbs.match(norm, v.start())
               and not lang.negation.search(norm, max(0, v.start() - 6), v.start())
               for v in lang.past.finditer(norm))


def is_denied(words: str, lang) -> bool:
    """Every past verb that is no reporting verb is negated ("Никаких С-300 Иран в
    понедельник не получал», — сказал Песков"): the sentence denies an act."""
    norm = lang.normalise(words)
    return any(lang.negation.search(norm, max(0, v.start() - 6), v.start())
               for v in lang.past.finditer(norm)) and not tells_an_act(words, lang)


def negated(words: str, lang) -> bool:
    """Some word of ``words`` is denied (``NEGATION``: "никаких документов подписано не было",
    "так и не было подписано"): the sentence tells no act done."""
    norm = lang.normalise(words)
    return any(lang.negation.search(norm, max(0, w.start() - 6), w.start())
               for w in re.finditer(r"\w+", norm))


def clause_of(words: str, at: int) -> str:
    """The clause of ``words`` around offset ``at``, between commas, quotes and dashes."""
    cuts = [0, *(m.end() for m in _CLAUSE_MARK.finditer(words)), len(words)]
    start = max(c for c in cuts if c <= at)
    end = min((c for c in cuts if c > at), default=len(words))
    return words[start:end]


_CLAUSE_MARK = re.compile(r"[,;:«»\"“”„]|\s[—–-]\s")


DECK_WORDS = 4  # a deck's first sentence printed again is this long at least


def printed_again(article, sentence: Sentence, after: int) -> bool:
    """The first paragraph's first sentence is printed again, word for word, in a later story
    paragraph: a deck the page sets over the story and repeats in it, not the lead."""
    words = " ".join(sentence.text(article.text).split())
    if len(words.split()) < DECK_WORDS:
        return False
    return any(words in " ".join(article.text[b.start:b.end].split())
               for b in article.story_blocks() if b.start >= after)


def shared_stems(words: str, other: str) -> bool:
    """The two texts share a word of six letters or more by its first five ("эшелон",
    "Эшелоны")."""
    def stems(text: str) -> set[str]:
        return {w[:5].lower() for w in re.findall(r"[^\W\d_]{6,}", text)}
    return bool(stems(words) & stems(other))


def without_weekday_of_date(mentions: list[Mention], text: str, lang) -> list[Mention]:
    """A weekday written right before its date ("в пятницу, 13 апреля") is that date: the
    date, resolved with its weekday, stands for both."""
    dated = {m.start for m in mentions if m.rule in ("month-day", "explicit-date", "solar-date",
                                                        "solar-month-day")}
    out = []
    for m in mentions:
        after = re.match(r"[\s,،()]*", text[m.end:m.end + 4])
        if m.rule.startswith("weekday") and m.end + after.end() in dated:
            continue
        out.append(m)
    return out


def joined_sentences(text: str, sentences: list[Sentence], dated: list[Mention], lang) -> list[Sentence]:
    """Pieces a full stop cut that are no sentences, joined to the next: one ending on an
    abbreviation that always has a word after it (``NO_SENTENCE_END``: "им.", "в г."), or on
    a name's initial ("С. Шойгу"), and a
    date alone ("В 2016 г.", "15 марта 2017 г.", "В 2015–2016 гг.": no word but the date's and
    its prepositions)."""
    out: list[Sentence] = []
    for sentence in sentences:
        if out and _no_end(text, out[-1], dated, lang):
            out[-1] = Sentence(out[-1].start, sentence.end)
        else:
            out.append(sentence)
    return out


def _no_end(text: str, piece: Sentence, dated: list[Mention], lang) -> bool:
    words = text[piece.start:piece.end]
    if lang.no_sentence_end.search(lang.normalise(words)):
        return True
    initial = _INITIAL.search(words)
    if initial and initial.group(1).isupper():
        return True  # "С. Шойгу", "им. Ф. Э. Дзержинского": an initial, not an end
    inside = [m for m in dated if piece.start <= m.start < piece.end]
    if not inside or inside[-1].end != piece.end or not words.endswith("."):
        return False  # the stop is the date's own ("2016 г."), not one after it ("14 июля.")
    rest = "".join(" " if any(m.start <= piece.start + k < m.end for m in inside) else ch
                   for k, ch in enumerate(words))
    left = re.findall(r"[^\W\d_]+", rest)
    return all(lang.key(w) in lang.date_words for w in left)


def sentences_between(text: str, start: int, end: int) -> list[Sentence]:
    out, pos = [], start
    for m in _SPLIT.finditer(text, start, end):
        out.append(Sentence(pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append(Sentence(pos, end))
    return [Sentence(s.start + len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip()),
                     s.start + len(text[s.start:s.end].rstrip())) for s in out]
