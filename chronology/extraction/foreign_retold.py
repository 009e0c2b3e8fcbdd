"""An act a foreign-language article tells more than once or in pieces: the lead retold later
with a date (the later telling dates the lead), a lasting act whose end is told apart, the
lead's next sentence that says when, so one act gives one event."""

from __future__ import annotations

import datetime as dt
import functools
import re

from chronology.dates.model import Mention, ReferenceDate
from chronology.extraction.crosslang import designations
from chronology.extraction.foreign_parts import (
    NEXT_DAYS,
    QUOTES,
    kinds_in,
    opens_elsewhere,
    present_apart,
    same_act,
    shared_stems,
    subject_of,
    tells_an_act,
    verb_stems,
)
from chronology.extraction.ids import event_id
from chronology.extraction.model import Candidate, Found
from chronology.extraction.theatres import phases
from chronology.languages import MODULES, language

OPENING_WORDS = 5  # a shorter first line is a label, a caption or a stamp, not the lead


def other_weeks(mentions: list[Mention], reference: ReferenceDate, text: str,
                lang) -> list[Mention]:
    """The mentions of a week before the week of writing ("на прошлой неделе"): a sentence
    with one is dated, if only to its week, so the lead convention does not give it the day
    of writing; not a week someone speaks of as a span (``said_over_week``)."""
    if reference.date is None:
        return []
    year, week, _ = reference.date.isocalendar()
    own = f"{year}-W{week:02d}"
    return [m for m in mentions if re.fullmatch(r"\d{4}-W\d\d", m.value) and m.value < own
            and not said_over_week(m, text, lang)]


def said_over_week(m: Mention, text: str, lang) -> bool:
    """A week right after a word of a period (``SPAN_OWNERS``: "در طول هفته گذشته") in what
    someone says, a speech verb earlier in its sentence ("سخنگو ... گفت: در طول هفته گذشته نه
    ناو در رزمایش شرکت کرده‌اند"): the span of what is counted, up to the day of saying, not
    the week of an act; the saying is the day's news."""
    start = max(text.rfind(end, 0, m.start) for end in ".!?؟\n") + 1
    before = lang.normalise(text[start:m.start])
    owners = list(lang.span_owners.finditer(before))
    return bool(owners) and not before[owners[-1].end():].strip() and bool(
        lang.speech_verbs.search(before[:owners[-1].start()]))


def leads_dated_next(found: Found, text: str, reference: ReferenceDate) -> list[Candidate]:
    """A lead dated only by the lead convention (or the story's first event, dated only by
    the day it was said: ``_said_that_day``), followed right away by a sentence that dates
    an act of the same sides to one of the few days before the reference ("Два Ту-95 вместе
    с китайскими самолетами патрулировали ..." / "Российские самолеты 9 декабря вылетели
    ..."): the lead says what happened, the next sentence when, so they are one event, with
    the lead's title, the next sentence's date and both sentences as its quote."""
    out: list[Candidate] = []
    for candidate in found.candidates:
        lead = out[-1] if out else None
        if lead is not None and (lead.dating.mention.rule == "dateline-lead" or len(out) == 1 and (
                _said_that_day(lead, candidate, text, reference))) and (
                _tells_when(lead, candidate, text, reference)) and not present_apart(
                lead.sentence.text(text), candidate.sentence.text(text), language(lead.language)):
            event, source = candidate.event, candidate.event.sources[0]
            event.title = lead.event.title
            event.id = event_id(event.date, event.title)
            event.actors = list(dict.fromkeys([*lead.event.actors, *event.actors]))
            event.tags = sorted({*lead.event.tags, *event.tags})  # what the lead told
            source.quote = re.sub(r"\s*\n\s*", " ", text[lead.sentence.start:candidate.sentence.end])
            found.explain.append(f"  {event.date}: the lead's next sentence tells its day: "
                                 f"{lead.event.title!r} dated {event.date}")
            out[-1] = candidate
            continue
        if lead is not None and lead.dating.mention.rule == "dateline-lead" and (
                _lead_told_ahead(lead, candidate, text, reference)):
            found.explain.append(f"  {lead.event.date}: skipped the lead {lead.event.title!r}: "
                                 "its present tells the act the next sentence dates ahead, "
                                 f"{candidate.event.date}: a plan, not the day's act")
            out[-1] = candidate
            continue
        if lead is not None and lead.dating.mention.rule == "dateline-lead" and _empty_lead(
                lead, candidate, text):
            found.explain.append(f"  {lead.event.date}: skipped the lead {lead.event.title!r}: "
                                 "no act of its own and one side only; the next sentence tells "
                                 "the act")
            out[-1] = candidate
            continue
        out.append(candidate)
    return out


def _lead_told_ahead(lead: Candidate, other: Candidate, text: str,
                     reference: ReferenceDate) -> bool:
    """A lead whose act is told only in the present, no past verb ("چتربازان روسیه و مصر
    رزمایش مشترکی را ... برگزار می‌کنند"), right before a sentence that points back at that
    kind of act ("... این رزمایش ...", ``BACK_REFERENCE`` and a ``KINDS`` word) and dates it
    after the day of writing ("قرار است این رزمایش ... در ماه سپتامبر برگزار شود"): the
    present of the lead is that plan's, as news writes a near future; the lead tells no act of
    its day. Not a lead that starts its act (``LEAD_STARTS``: "начинают учения"), nor before
    a sentence that dates the act's end ("Эти учения продлятся до 30 августа") or a part of it
    (``ACT_PARTS``: "Следующий этап этих учений пройдет в октябре"): the act is held today."""
    if reference.date is None or other.event.date <= reference.iso[:len(other.event.date)]:
        return False
    lang = language(lead.language)
    told = lang.normalise(lead.sentence.text(text))
    if lang.past.search(told) or lang.past_verb.search(told) or not lang.lead_present.search(
            told):
        return False
    if lang.lead_starts.search(told) or _dates_an_end(other, text, lang):
        return False
    kinds = kinds_in(told, lang)
    words = lang.normalise(other.sentence.text(text)).split()
    return any(lang.back_reference.fullmatch(word) and kinds_in(words[i + 1], lang) & kinds
               and not any(lang.act_parts.match(w) for w in words[max(0, i - 2):i])
               for i, word in enumerate(words[:-1]))


def _dates_an_end(other: Candidate, text: str, lang) -> bool:
    """The sentence dates the end of an act, not when it is held: a bound before its date
    ("продлятся до 30 августа", "تا ۳۰ اوت ادامه خواهد داشت") or a verb of its end
    ("завершатся 30 августа", ``PHASES``' "end")."""
    m = other.dating.mention
    return bool(lang.bounds_until.search(lang.normalise(text[max(0, m.start - 24):m.start]))) or (
        "end" in phases(other.sentence.text(text), lang.code))


def _empty_lead(lead: Candidate, other: Candidate, text: str) -> bool:
    """A lead that tells no kind of act and names one side only ("Министр обороны России
    провел рабочее совещание"), right before a sentence that tells an act with a side of its
    own ("Россия передала Ирану ..."): that act is the news, the lead no event of its own."""
    if len(set(lead.entities.countries)) > 1 or lead.sentence.end > other.sentence.start or (
            text[lead.sentence.end:other.sentence.start].strip()):
        return False
    lang = language(other.language)
    return bool(set(other.entities.countries) - set(lead.entities.countries)) and not (
        _act_kinds(lead.sentence.text(text), lang)) and bool(
        _act_kinds(other.sentence.text(text), lang))


def without_retold(candidates: list[Candidate], found: Found, text: str, lang) -> list[Candidate]:
    """A later sentence whose first word names the kind of act an event of the same date told
    ("… стартуют учения «Запад-2017». … Маневры пройдут с 14 по 20 сентября …"), or that
    opens with direct speech telling such an act ("Мьянма получила два Су-30, сообщил
    министр … . «Два самолета уже поставлены», — сказал он …"), with no side of its own and
    nothing that makes it another one ("другие", "второй", "также"): the same act told
    again, one event (as English does for "The flotilla … left …")."""
    kept: list[Candidate] = []
    for candidate in candidates:
        raw = candidate.sentence.text(text).lstrip()
        words = lang.normalise(raw).lstrip(" \"«„“")
        first = (re.findall(r"\w+", words) or [""])[0]
        named = {tag for stem, tag in lang.kinds.items() if first.startswith(stem)}
        quoted = QUOTES.match(raw)
        if quoted:  # what was said: the kinds of act it tells, and the names in it alone
            named |= set(candidate.event.tags)
        named -= {"statement"}
        earlier = next((k for k in kept if k.event.date == candidate.event.date
                        and named & set(k.event.tags) & set(candidate.event.tags)
                        and set(candidate.entities.countries) <= set(k.entities.countries)), None)
        if earlier is not None and not lang.another_of_kind.search(
                lang.normalise(" ".join(words.split()[:OPENING_WORDS + 1]))) \
                and not _names_another(quoted.group() if quoted else (
                    candidate.sentence.text(text)), earlier.sentence.text(text)):
            found.explain.append(f"  {candidate.event.date}: {candidate.event.title!r} tells "
                                 f"{earlier.event.title!r} again: one event")
            continue
        kept.append(candidate)
    return kept


# acts with a duration, whose end a verb of lasting may tell (``LASTING``); a signing or a
# delivery is over when it is told
_LASTS = {"exercise", "visit", "meeting"}
ENDING_WITHIN = 48  # characters from a date to its verb of ending (a second calendar's date between)


def _ends_on(text: str, at: int, end: int, lang) -> bool:
    """A verb of ending (``ENDS_ON``) in the date's own clause, right after the date at
    ``at`` ("... ۸ آذر پایان می‌یابد", "... (۱۴ مارس / ۲۴ اسفند) به کار خود پایان خواهد داد"):
    the words up to a clause's punctuation or conjunction (``CONJUNCTIONS``), within
    ``ENDING_WITHIN`` characters; not the end of another thing in a clause after it ("... ۸
    آذر وارد مرحله دوم می‌شود و تا پایان ماه ادامه دارد": the second phase's day)."""
    clause = re.split(r"[,،;؛.!?]", lang.normalise(text[at:min(end, at + ENDING_WITHIN)]))[0]
    words = clause.split()
    stop = next((k for k, w in enumerate(words) if lang.key(w) in lang.conjunctions), len(words))
    return bool(lang.ends_on.search(" ".join(words[:stop])))


def with_ends_told(candidates: list[Candidate], found: Found, text: str, lang) -> list[Candidate]:
    """A later sentence dated only by the bound that ends a period (``BOUNDS_UNTIL``), whose
    subject names the kind of act an earlier event told, maybe after a word pointing back
    ("… начали совместные учения. Учения продлятся до 16 сентября.", "… رزمایش … آغاز کردند.
    این رزمایش تا ۱۴ سپتامبر ادامه خواهد داشت."): how long that act lasts, its ``end_date``,
    not an act of its own; only an act with a duration (``_LASTS``) told to last by a verb of
    lasting (``LASTING``). A document told before said to be valid up to a date
    (``VALIDITY``) is no event."""
    kept: list[Candidate] = []
    for candidate in candidates:
        m = candidate.dating.mention
        before = lang.normalise(text[max(0, m.start - 24):m.start])
        # "... تا ۸ آذر" or "... ۸ آذر پایان می‌یابد": a verb of ending after the date (``ENDS_ON``)
        until = lang.bounds_until.search(before) or _ends_on(text, m.end, candidate.sentence.end,
                                                             lang)
        said_words = candidate.sentence.text(text)
        # what a statement says after its colon ("ستاد ارتش اعلام کرد: این مانور ..."): its
        # subject opens there
        colon = said_words.rfind(":", 0, max(0, m.start - candidate.sentence.start))
        if colon >= 0:
            said_words = said_words[colon + 1:]
        words = lang.normalise(said_words).lstrip(" \"«„“").split()
        if words and lang.back_reference.match(words[0]):
            words = words[1:]
        named = _subject_kinds(words, lang)
        said = lang.normalise(candidate.sentence.text(text))
        if named and lang.validity.search(said) and until and (
                not candidate.dating.statement) and any(named & set(k.event.tags) for k in kept):
            # "Соглашение будет действовать до 31 декабря 2030 года": how long the document
            # told before is valid (``VALIDITY``), neither an act nor the end of its signing
            found.explain.append(f"  {m.value}: {candidate.event.title!r} tells how long a "
                                 "thing told before is valid: no event")
            continue
        named &= _LASTS
        if not lang.lasting.search(said):
            named = set()  # no verb of lasting: no end of an act
        earlier = next((k for k in reversed(kept) if named & set(k.event.tags)
                        and k.event.end_date is None and k.event.date < m.value), None) if (
            named and not candidate.dating.statement and m.precision in ("day", "month")
            and until) else None
        if earlier is None or _names_another(candidate.sentence.text(text),
                                             earlier.sentence.text(text)):
            kept.append(candidate)
            continue
        earlier.event.end_date = m.value
        source = earlier.event.sources[0]
        source.quote = " ".join([source.quote, *candidate.sentence.text(text).split()])
        found.explain.append(f"  {m.value}: {candidate.event.title!r} tells when "
                             f"{earlier.event.title!r} ends: its end date")
    return kept


def _subject_kinds(words: list[str], lang) -> set[str]:
    """The kinds of act the sentence's first word names, or the word after it when the first
    is an adjective (``ADJECTIVE_ENDINGS``: "Официальный визит … продлится до 5 декабря")."""
    adjective = lang.patterns.get("ADJECTIVE_ENDINGS")
    for n, word in enumerate(words[:2]):
        first = (re.findall(r"\w+", word) or [""])[0]
        named = {tag for stem, tag in lang.kinds.items() if first.startswith(stem)} - {"statement"}
        if named or n or not adjective or not re.search(rf"(?:{adjective})$", first):
            return named
    return set()


def _names_another(words: str, told: str) -> bool:
    """The sentence names a thing the earlier one did not: another designation ("Контракт на
    поставку С-400 ..." after "... Су-35") or another proper name past its first word, a
    place or a fleet ("Учения Северного флота пройдут ... в Баренцевом море" after "учения
    на Каспии"): another act of the same kind."""
    if designations(words) - designations(told):
        return True
    known = {w[:5].lower() for w in re.findall(r"\w+", told)}
    names = re.findall(r"(?<=\s)[^\W\d_][^\W\d_]{3,}", words)
    return any(w[0].isupper() and w[:5].lower() not in known for w in names)


def _said_that_day(lead: Candidate, other: Candidate, text: str, reference: ReferenceDate) -> bool:
    """The story's first event is dated only by the day it was said ("Подразделение ...
    прибыло на полигон, сообщил в четверг представитель округа"), the reference day: like
    a lead of the wire convention, the sentence after it may tell when the act was, unless
    what was said is a view, not an act, the two tell no kind of act in common (another
    person's words: "دهقان ... انتقاد کرده بود"), or that sentence points to another time ("Ранее ...", "پیش از این ...": an earlier act)."""
    lang = language(other.language)
    told = tells_an_act(lead.sentence.text(text), lang)  # an act was said, not a view ("... دارند")
    kinds = set(lead.event.tags) & set(other.event.tags) - {"statement"}
    return lead.dating.statement and reference.iso == lead.event.date and told and (
        bool(kinds)) and not (
        lang.other_time.match(lang.normalise(other.sentence.text(text)).lstrip(" \"«„“")))


def _tells_when(lead: Candidate, other: Candidate, text: str, reference: ReferenceDate) -> bool:
    m = other.dating.mention
    if (other.dating.statement or m.rule == "dateline-lead" or m.precision != "day"
            or not reference.date or len(other.event.date) != 10
            or lead.sentence.end > other.sentence.start
            or text[lead.sentence.end:other.sentence.start].strip()):
        return False
    days = (reference.date - dt.date.fromisoformat(other.event.date)).days
    told, words = lead.sentence.text(text), other.sentence.text(text)
    if _YEAR.search(words) or _other_places(told, words, other.language) or opens_elsewhere(
            words, language(other.language)):
        return False  # "Учения прошли также в 2021 году"; "прибыл в Махачкалу", not Бендер-Аббас;
        # "Накануне в Минск прибыл ...": background of the day before
    lang = language(other.language)
    if set(other.entities.countries) - set(lead.entities.countries) and not _act_kinds(
            told, lang) and _act_kinds(words, lang):
        return False  # "Министр обороны России провел совещание" and then "... министры России
        # и Ирана подписали соглашение": an act of its own kind and with a side of its own
    # a sentence naming no side ("Корабли ... прибыли на рейд") is of the lead's sides
    return 0 <= days <= NEXT_DAYS and bool(not other.entities.countries or (
        set(lead.entities.countries) & set(other.entities.countries))) and not _another_act(
        told, words, lang)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@functools.cache
def start_verb(code: str) -> re.Pattern | None:
    """A verb of starting that ends a clause, maybe before its helper ("آغاز شده است"; the
    language's ``PHASES["start"]``)."""
    start = getattr(MODULES.get(code), "PHASES", {}).get("start")
    return re.compile(rf"(?:{start})(?:\s+\S+)?\W*$") if start else None  # and its helper


@functools.cache
def _act_place(code: str) -> re.Pattern | None:
    """The language's pattern of the place a sentence puts its act in (``ACT_PLACE``)."""
    words = getattr(MODULES.get(code), "ACT_PLACE", None)
    return re.compile(words) if words else None


def _other_places(told: str, words: str, code: str) -> bool:
    """Both sentences name where their act was, and no place in common (compared by their
    first four letters, so that case endings do not count)."""
    a, b = act_places(told, code), act_places(words, code)
    return bool(a) and bool(b) and not a & b


def act_places(words: str, code: str) -> set[str]:
    """The places ``words`` puts its act in (``ACT_PLACE``), by their first four letters."""
    pattern = _act_place(code)
    return {m.group(1)[:4].lower() for m in pattern.finditer(words)} if pattern else set()


def _another_act(told: str, words: str, lang) -> bool:
    """The sentence after a lead tells an act of another kind (``KINDS`` of their verbs, or
    of their words when their verbs name none): "Первые самолеты Иран получил ..." (a
    delivery) after "подписали контракт" (an agreement), "Мы передали Ирану вертолеты" after
    "готовятся к учениям"; a ceremony is the lead's act ("Церемония прошла ...")."""
    if lang.ceremony.search(lang.normalise(words)) or (
            verb_stems(told, lang) & verb_stems(words, lang)):
        return False  # the lead's verb again ("прибыли" after "прибывает"): its act
    first, second = _act_kinds(told, lang), _act_kinds(words, lang)
    if not second:
        # no kind of act ("Во вторник в Тегеране прошел концерт ..."): the lead's only when
        # its subject is the lead's ("Российские самолеты ... вылетели" after "Два российских
        # бомбардировщика ... патрулировали") or it tells the lead's act
        return not (same_act(told, words, lang) or shared_stems(subject_of(words, lang), told))
    return bool(first) and not first & second


def _act_kinds(words: str, lang) -> set[str]:
    norm = lang.normalise(words)
    verbs = " ".join(v.group() for v in lang.past.finditer(norm)
                     if not lang.speech_verbs.match(norm, v.start()))
    return kinds_in(verbs, lang) or kinds_in(norm, lang)
