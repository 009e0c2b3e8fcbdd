"""From an article to candidate events, and from many articles' candidates to merged events.

Public facade:

- ``analyse_article(article, config) -> ArticleResult``: pure per-article step
  (reference date, mentions, candidate events); safe to run in a worker process.
- ``merge_results(results, config) -> list[Event]``: merge candidates across articles
  (one event, several sources; conflicting dates flagged), with stable readable ids.
- ``describe_merges(events) -> list[str]``: ``--explain`` lines for merged and conflicting
  events.

The steps, in order: the article's reference date (``chronology.dates.find_reference``);
every date mention in its story blocks (``find_mentions``); per sentence, relevance to the
topic and the mention that dates it (``candidates``); then merging (``merge``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from chronology import dates
from chronology.articles.model import Article
from chronology.config import SiteConfig
from chronology.dates.datelines import REPOST_DAYS, find_dateline
from chronology.dates.metadata import PAGE_METADATA
from chronology.dates.model import Mention, ReferenceDate
from chronology.events.model import ArticleInfo, Event
from chronology.extraction.candidates import find_candidates
from chronology.extraction.crosslang import shares_words
from chronology.extraction.foreign import find_foreign_candidates
from chronology.extraction.foreign_occasions import occasion_only
from chronology.extraction.foreign_parts import (
    QUOTES,
    also_that_day,
    elsewhen_act,
    opens_elsewhere,
    present_apart,
    verb_stems,
)
from chronology.extraction.foreign_restated import a_remark_on
from chronology.extraction.gazetteer import country_of
from chronology.extraction.ids import event_id
from chronology.extraction.links import joined, refers_back
from chronology.extraction.merge import (
    KIND_TAGS,
    describe_merges,
    merge_candidates,
    same_event,
    same_people,
)
from chronology.extraction.model import Candidate, from_event
from chronology.extraction.restated import without_restated
from chronology.extraction.sameness import DATE_WORDS, STOPWORDS
from chronology.extraction.things import things_in, variants_shared
from chronology.extraction.verbs import AUXILIARIES, base_form, is_past
from chronology.languages import EXTRACTED, base_code, en, language

__all__ = ["ArticleResult", "analyse_article", "describe_merges", "merge_results"]


@dataclass
class ArticleResult:
    article_id: str
    info: ArticleInfo
    reference: ReferenceDate
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Event] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)  # lines for ``extract --explain``
    found: list[Candidate] = field(default_factory=list, repr=False)  # candidates with context


def analyse_article(article: Article, config: SiteConfig) -> ArticleResult:
    """Reference date, date mentions and candidate events of one article (no I/O)."""
    code = rules_language(article)
    reference = dates.find_reference(article.text, published=article.published,
                                     period=config.period,
                                     published_source=article.published_source,
                                     language=code or "en")
    if code is None:
        return _not_english(article, reference)
    spans = _joined_spans(article.text, [(b.start, b.end) for b in article.story_blocks()])
    mentions = dates.find_mentions(article.text, reference.date, spans=spans, language=code)
    if code == "en":
        mentions = _from_wire_day(article.text, reference, mentions, spans)
        found = find_candidates(article, reference, mentions, config)
    else:
        found = find_foreign_candidates(article, reference, mentions, config)
    found.candidates = _without_retold(
        _without_repeats(_without_restated_leads(found, article.text), found, article.text), found,
        article.text)
    if code != "en":
        found.candidates = _without_quoted_lead(found, article.text)
    if code == "en":  # its intro words are English ("Notably, …")
        found.candidates = without_restated(found.candidates, found, article.text)
    canonical_actors(found.candidates, config.topic.canonical())
    info = ArticleInfo(id=article.id, title=article.title, publisher=article.publisher,
                       url=article.url, reported=reference.iso, reference=_why(reference))
    explain = [f"{article.id}: reference {reference.iso or 'none (undated)'} — {info.reference}",
               *found.explain]
    return ArticleResult(article.id, info, reference, mentions,
                         [c.event for c in found.candidates], explain, found.candidates)


_WRITE_THROUGH_DAYS = 2


def _from_wire_day(text: str, reference: ReferenceDate, mentions: list[Mention],
                   spans) -> list[Mention]:
    """A wire story a site reposts days after its dateline ("CITY, May 8 (Agency) -- …, a
    spokesperson said on Thursday" on a page of May 15): its weekdays and relative words count
    from the dateline's day, not the page's; the words before the dateline keep the page's."""
    if reference.date is None:
        return mentions
    line = find_dateline(text, [])
    if line is None:
        return mentions
    year = line.year or reference.date.year
    try:
        day = dt.date(year, line.month, line.day)
        if line.year is None and day > reference.date:
            day = dt.date(year - 1, line.month, line.day)
    except ValueError:
        return mentions
    if not _WRITE_THROUGH_DAYS < (reference.date - day).days <= REPOST_DAYS:
        return mentions  # (a page a day or two after its dateline may carry a later update)
    wire = [m for m in dates.find_mentions(text, day, spans=spans, language="en")
            if m.start >= line.end]
    return [m for m in mentions if m.start < line.end] + wire


def _without_restated_leads(found, text: str) -> list[Candidate]:
    """A lead dated only by the wire convention that a later sentence tells again with a date
    of its own ("Iran and Russia have signed an agreement ..." / "... signed it on Wednesday")
    is the same event: the dated sentence is its evidence."""
    kept, remarks = [], set()
    first = found.candidates[0] if found.candidates else None
    for candidate in found.candidates:
        other = next((o for o in found.candidates if o is not candidate
                      and o.dating.mention.rule != "dateline-lead" and candidate.dating.mention.rule
                      == "dateline-lead" and _restates(candidate, o, text)), None)
        if other is not None and other.language != "en" and a_remark_on(
                candidate, other, text, language(other.language)):
            found.explain.append(f"  {other.event.date}: {other.event.title!r} is what was said "
                                 f"at the lead's act, that day: the lead tells it")
            remarks.add(id(other))
            other = None
        if other is not None:
            found.explain.append(f"  {candidate.event.date}: the lead is told again with a date "
                                 f"of its own: {candidate.event.title!r} dropped")
            if _next_to(candidate, other, text) or _said_after(candidate, other, found.candidates,
                                                                text):
                _take_the_lead(other, candidate, text)
            continue
        act = None if candidate is not first else _remark_at_act(candidate, found.candidates,
                                                                  text)
        if act is not None:
            found.explain.append(f"  {candidate.event.date}: the lead quotes what was said at "
                                 f"{act.event.title!r}, that day: one event")
            act.event.title = candidate.event.title
            act.event.id = event_id(act.event.date, act.event.title)
            act.event.sources[0].quote = joined(text, candidate.sentence, act.sentence)
            continue
        acted = None if candidate is not first else _acted_before(candidate, found.candidates, text)
        if acted is not None:
            found.explain.append(
                f"  {candidate.event.date}: the lead is dated by when it was said; the act it "
                f"reports is told with its own date, {acted.event.date}: one event, dated so")
            acted.event.title = candidate.event.title
            acted.event.id = event_id(acted.event.date, acted.event.title)
            acted.event.sources[0].quote = joined(text, candidate.sentence, acted.sentence)
            continue
        kept.append(candidate)
    return [c for c in kept if id(c) not in remarks]


def _without_quoted_lead(found, text: str) -> list[Candidate]:
    """Russian, Persian: the lead's statement told again in the speaker's own words, inside
    quotation marks, on the lead's day and with the lead's own verb ("Стороны согласовали
    график учений …" / "«Мы сегодня согласовали график …», — сказал министр"): one
    statement, the lead's; the quote is its evidence, not a second event."""
    candidates = found.candidates
    lead = candidates[0] if candidates else None
    if lead is None or len(lead.event.date) != 10:
        return candidates
    lang = language(lead.language)
    kept = [lead]
    for other in candidates[1:]:
        if other.event.date == lead.event.date and _in_quotes(other, text) and verb_stems(
                lead.sentence.text(text), lang) & verb_stems(other.sentence.text(text), lang) \
                and _restates(lead, other, text):
            found.explain.append(f"  {other.event.date}: {other.event.title!r} is the lead's "
                                 "statement in the speaker's own words: one event")
            continue
        kept.append(other)
    return kept


def _remark_at_act(lead: Candidate, candidates: list[Candidate], text: str) -> Candidate | None:
    """Russian, Persian: a lead that is a speaker's quoted words, dated only by the lead
    convention, and a later sentence of that very day telling an act of the same speaker
    (a meeting, a visit: "«…», — сказал министр." / "В тот же день министр провел
    переговоры …"): the words were said at that act, one event, dated by the act."""
    if lead.language == "en" or lead.dating.mention.rule != "dateline-lead" or set(
            lead.event.tags) - {"statement"} or not _in_quotes(lead, text):
        return None
    words = lead.sentence.text(text)
    close = max(words.rfind(mark) for mark in ("»", "”", '"'))
    lang = language(lead.language)
    speaker = _names(words[close + 1:], lang) if close >= 0 else set()
    return next((o for o in candidates if o is not lead and o.event.date == lead.event.date
                 and o.dating.mention.rule != "dateline-lead"
                 and set(o.event.tags) & KIND_TAGS - {"statement"}
                 and speaker & _names(o.sentence.text(text), lang)), None)


def _names(words: str, lang) -> set[str]:
    """The first five letters of the capitalised words (four letters or more) that may name
    a person: not a place after a place's preposition ("сказал Громов в Тегеране": Громов)."""
    tokens = re.findall(r"[^\W\d_]+", words)
    return {w[:5] for before, w in itertools.pairwise(["", *tokens])
            if len(w) >= 4 and w[0].isupper() and before.lower() not in lang.place_prepositions}


def _in_quotes(candidate: Candidate, text: str) -> bool:
    """The candidate's sentence opens inside a quotation of its paragraph (who said it may
    follow the closing mark: "«…», — сказал министр")."""
    start, end = candidate.sentence.start, candidate.sentence.end
    para = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    return any(para + q.start() < start < para + q.end() - 1
               for q in QUOTES.finditer(text[para:stop]))


def _without_repeats(candidates: list[Candidate], found, text: str = "") -> list[Candidate]:
    """One event per headline and date in an article: a standfirst that repeats the lead,
    or a paragraph the page prints twice, gives the same event twice.  What the sentences
    after a dropped copy told of it (its quote's words past its own sentence: "They include
    …") joins the kept copy's quote."""
    best: dict[tuple[str, str], Candidate] = {}
    for candidate in candidates:
        key = (candidate.event.date, candidate.event.title)
        if key in best:
            found.explain.append(f"  {key[0]}: {key[1]!r} told twice: one event")
        if key not in best or candidate.rank < best[key].rank:
            best[key] = candidate
    kept = set(map(id, best.values()))
    for candidate in candidates:
        twin = best[(candidate.event.date, candidate.event.title)]
        more = _told_after(candidate, text) if id(candidate) not in kept and text and \
            candidate.language == "en" else ""
        if more and more not in twin.event.sources[0].quote:
            twin.event.sources[0].quote = f"{twin.event.sources[0].quote} … {more}"
    return _without_restated_titles(
        _without_twin_leads([c for c in candidates if id(c) in kept], found), found)


def _told_after(candidate: Candidate, text: str) -> str:
    """The words of the candidate's quote after its own sentence (the sentences that went on
    about it), or ""."""
    quote = candidate.event.sources[0].quote
    own = re.sub(r"\s*\n\s*", " ", candidate.sentence.text(text)).strip()
    at = quote.find(own)
    return quote[at + len(own):].strip(" …") if own and at >= 0 else ""


_RESTATED_WORDS = 6  # the fewest words of a title that restates another


def _title_words(title: str) -> frozenset[str]:
    return frozenset(word.lower() for word in re.findall(r"[\w'’-]+", title))


def _without_restated_titles(candidates: list[Candidate], found) -> list[Candidate]:
    """Two sentences of one article and one day whose titles say the same, one's words all
    in the other's ("A and B sign 10-year framework agreement" / "A and B sign 10-year
    framework agreement to strengthen cooperation"), and that tell the same event
    (``same_event``) are a paragraph that restates the lead: one event, the better quote's
    (English titles of six words or more: a bare "A and B sign deal" stays apart)."""
    def restates(kept: Candidate, candidate: Candidate) -> bool:
        words, other = _title_words(candidate.event.title), _title_words(kept.event.title)
        return (min(len(words), len(other)) >= _RESTATED_WORDS and
                (words <= other or other <= words) and same_event(kept, candidate))

    return _without_twins(candidates, found, lambda c: c.language == "en", restates,
                          "restates {twin!r}: one event")


def _without_twin_leads(candidates: list[Candidate], found) -> list[Candidate]:
    """The opening's paragraphs (a headline the reader did not take for the title, then a
    standfirst) each get the lead convention's date: two such leads of one day that tell the
    same event (``same_event``: "… receives new X drones from Y" / "… as Y has delivered X
    drones") are one event, the better quote's (English: the rules it reads are)."""
    def opening_lead(candidate: Candidate) -> bool:
        return candidate.language == "en" and candidate.dating.mention.rule == "dateline-lead"

    return _without_twins(candidates, found, opening_lead, same_event,
                          "is the lead {twin!r} told again in the opening: one event")


def _without_twins(candidates, found, eligible, twins, note: str) -> list[Candidate]:
    """Candidates in rank order: an eligible one of the same day as one kept before it that
    ``twins(kept, candidate)`` calls the same is dropped, its reason explained with ``note``
    (``{twin!r}``: the kept title). Others stay, in their order."""
    kept: list[Candidate] = []
    dropped: set[int] = set()
    for candidate in sorted(candidates, key=lambda c: c.rank):
        if not eligible(candidate):
            continue
        twin = next((k for k in kept if k.event.date == candidate.event.date and
                     twins(k, candidate)), None)
        if twin is None:
            kept.append(candidate)
            continue
        dropped.add(id(candidate))
        found.explain.append(f"  {candidate.event.date}: {candidate.event.title!r} "
                             + note.format(twin=twin.event.title))
    return [c for c in candidates if id(c) not in dropped]


def _without_retold(candidates: list[Candidate], found, text: str) -> list[Candidate]:
    """A later sentence of the same day whose subject is the thing an earlier event told of
    ("A Chinese naval flotilla set off on Sunday …" / "The Chinese flotilla … left the
    port of Qingdao, the ministry said on Sunday") tells that event again: one event."""
    kept: list[Candidate] = []
    for candidate in candidates:
        earlier = next((k for k in kept if _retells(k, candidate, text)), None)
        if earlier is not None:
            found.explain.append(f"  {candidate.event.date}: {candidate.event.title!r} tells "
                                 f"{earlier.event.title!r} again (the same thing, the same "
                                 "day): one event")
            continue
        kept.append(candidate)
    return kept


_EXERCISE_NOUNS = "|".join(sorted(en.EXERCISE_NOUNS, key=len, reverse=True))
_EXERCISE_MODIFIERS = "|".join(en.EXERCISE_MODIFIERS)
# "The Chinese flotilla", "The two frigates": a definite subject, a few modifiers, and a
# noun of a thing that moves or is handed over (not an event: a day can hold two meetings).
# An exercise too: an article tells one exercise of a day ("The exercise that started on 14
# January aims to …", "The first joint drills between the two navies began on …").
_DEFINITE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w ]{0,20}:\s+)?The\s+(?:(?:[A-Z][\w-]*|\d+|two|three|four|five|six|first|"
    r"trilateral|large-scale|live-fire|" + _EXERCISE_MODIFIERS + r")\s+){0,3}"
    r"(?P<noun>flotilla|fleet|squadron|convoy|group|" + "|".join(en.hardware_forms()) + r"|"
    r"delivery|shipment|consignment|batch|"
    + _EXERCISE_NOUNS + r")\b"
    r"(?![ -](?:of|from)\b)")
_EXERCISE = re.compile(r"\b(?:" + _EXERCISE_NOUNS + r")\b", re.IGNORECASE)
# Taking part in the exercise told before: "the" and the exercise's noun, no name of its own
# ("took part in the CASAREX exercise" names another one).
_TOOK_PART = re.compile(r"\b(?:" + "|".join(w for w in en.OCCASION_BEFORE if w.endswith(" in")) +
                        r")\s+the\s+(?:(?:" + _EXERCISE_MODIFIERS + r")\s+)?"
                        r"(?:" + _EXERCISE_NOUNS + r")\b", re.IGNORECASE)  # ("Taking part in …")
# Another act of the same day: "also", "later", "another", "an earlier batch".
_ANOTHER = re.compile(r"\b(?:" + "|".join(map(re.escape, en.ANOTHER_OF_KIND)) + r")\b",
                      re.IGNORECASE)


# A subject named by its day: "<Weekday>'s contract was sealed aboard …", "Today's accord …".
_DAY_SUBJECT = re.compile(r"\s*(?:" + "|".join(w.capitalize() for w in (*en.WEEKDAYS,
                                                                       *en.REPORT_DAYS)) +
                          r")['’]s\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                          r"(?:was|were|is|are|has|had|will)\b")


def _retells(first: Candidate, later: Candidate, text: str) -> bool:
    if first.event.date != later.event.date or len(first.event.date) != 10 or \
            later.sentence.start < first.sentence.end or later.language != "en":
        return False
    words = later.sentence.text(text)
    by_day = _DAY_SUBJECT.match(words)
    if by_day is not None and not _ANOTHER.search(words):
        # "… signed a contract on <Weekday> …" / "<Weekday>'s contract was sealed aboard …": the
        # thing of that day told before, its noun in the earlier sentence
        told = first.sentence.text(text)
        return any(re.search(rf"\b{re.escape(w)}s?\b", told, re.IGNORECASE)
                   for w in by_day.group("words").split() if w not in en.FUNCTION_WORDS) and \
            _sides(later) <= _sides(first) and not _other_systems(things_in(told), things_in(words))
    subject = _DEFINITE_SUBJECT.match(words)
    if subject is None and not _ANOTHER.search(words) and _TOOK_PART.search(words):
        # "More than 1,000 troops and three warships took part in the exercise, …" after
        # "The exercise began on May 16": who took part in that exercise, the same day
        return "exercise" in first.event.tags and \
            _EXERCISE.search(first.sentence.text(text)) is not None and \
            set(later.entities.places) <= set(first.entities.places)
    if subject is None or _ANOTHER.search(words):
        return False
    noun = subject.group("noun")
    stem = noun[:-1] if noun.endswith("s") else noun
    told = first.sentence.text(text)
    if _EXERCISE.fullmatch(noun) and ("exercise" not in first.event.tags or not set(
            later.entities.places) <= set(first.entities.places)):
        return False  # "Bagheri arrived to observe drills" / "The drills began"; another place
    stems = _EXERCISE if _EXERCISE.fullmatch(noun) else re.compile(rf"\b{re.escape(stem)}s?\b")
    named = re.findall(r"\b[A-Z][\w-]+", words[words.find("The", subject.start()) + 3:subject.end()])
    if any(name not in told for name in named):
        return False  # "The CASAREX exercise began on Monday": another one, by its name
    return stems.search(told) is not None and \
        _sides(later) <= _sides(first) and not _other_systems(things_in(told), things_in(words))


def _thing_told_again(lead: Candidate, other: Candidate, text: str) -> bool:
    """A later sentence whose subject is the thing the lead told of, with the definite
    article, in the passive ("… announced today that it has signed an agreement with India's
    HAL" / "The agreement was signed on 13 November at the Dubai Airshow"): the lead's act
    again, whatever country its place is in.  The verb must be the lead's own ("The contract
    was terminated on Friday" tells another act done to the thing)."""
    subject = re.match(r"The\s+([a-z][\w-]*)\s+(?:was|were|had been|has been)\s+([a-z]+)ed\b",
                       other.sentence.text(text).lstrip())
    told = lead.sentence.text(text)
    return subject is not None and re.search(
        r"\b(?:a|an)\s+(?:[\w-]+\s+)?" + re.escape(subject.group(1)) + r"\b", told) is not None \
        and re.search(r"\b" + re.escape(subject.group(2)) + r"(?:e|es|s|ed|d|ing)?\b", told) is not None


def _acted_before(lead: Candidate, candidates: list[Candidate], text: str) -> Candidate | None:
    """A later sentence that tells the act a lead dated by its statement reports ("Taiwan
    received 38 tanks, the ministry said on Dec. 16" / "The tanks arrived late on Sunday"):
    the same kind of act, a side in common, dated up to three days before the statement."""
    if not lead.dating.statement or len(lead.event.date) != 10 or lead.language != "en":
        return None  # (Russian and Persian statements are dated by their own rules)
    kinds = set(lead.event.tags) & KIND_TAGS
    for other in candidates:
        if other is lead or other.dating.statement or len(other.event.date) != 10:
            continue
        if other.event.end_date and other.event.end_date >= lead.event.date:
            continue  # "the drills run December 10-19": the whole span, still going on
        people = lead.entities.people and other.entities.people
        named, told = things_in(lead.event.sources[0].quote), things_in(other.event.sources[0].quote)
        if _days_before(lead.event.date, other.event.date) in range(0, 4) and \
                kinds & set(other.event.tags) and (_sides(lead) & _sides(other) or
                                                   _thing_told_again(lead, other, text)) and \
                (not people or same_people(lead, other)) and \
                not _other_systems(named, told) and not _SEPARATELY.match(
                    other.sentence.text(text).lstrip()) and not (
                    _planned(other.sentence.text(text)) and not _planned(lead.sentence.text(text))):
            return other  # not "Bagheri met Shoigu" and "Bagheri met Gerasimov"; not S-400, Su-35
    return None


# An act agreed, planned or promised, not done: "on Friday, the two agreed to sign a fresh
# pact" is not the signing a lead of Saturday reports ("has signed a treaty").
_TO_DO = re.compile(r"\b(?:(?:agreed|agrees|decided|decides|planned|plans|pledged|pledges|"
                    r"promised|promises|vowed|vows|intends|intended|is set|are set|is due|"
                    r"are due|is expected|are expected)\s+to|will|would|shall)\s+(?:\w+ly\s+)?"
                    r"(?:sign|ink|conclude|seal|deliver|supply|sell|buy|purchase|hold|conduct|"
                    r"launch|deploy|send)\b")


def _planned(sentence: str) -> bool:
    """The sentence's act is agreed, planned or promised, not done: its first verb is the
    plan ("On Friday, the two agreed to sign …"), not a done act before it ("Russia handed
    over the first four of the 24 jets it had agreed to deliver"; "began to deliver" is
    no plan at all)."""
    plan = _TO_DO.search(sentence)
    return plan is not None and not any(
        is_past(word) and word not in en.SPEECH_VERBS and word not in AUXILIARIES
        for word in re.findall(r"\b[a-z]+\b", sentence[:plan.start()]))


def _other_systems(named: frozenset[str], told: frozenset[str]) -> bool:
    """Both name designations ("S-400", "Su-35") and none in common: two acts ("M1A2" and
    "Abrams" are one thing by two names, and no designation each; "S-300" and "S-300PMU2",
    "Su-35" and "Su-35S" are one system)."""
    a, b = _designations(named), _designations(told)
    return bool(a) and bool(b) and \
        not variants_shared(a, b)


def _designations(things: frozenset[str]) -> set[str]:
    """The designations among things: a number in it, or letters joined by a hyphen ("S-400",
    "Leopard 1", "IRIS-T"); not an amount ("$2.2B") nor an exercise's edition ("Kavkaz-2020")."""
    return {t for t in things if _DESIGNATION.search(t) and not _EDITION.search(t)}


_DESIGNATION = re.compile(r"^[^$].*\d|^\d|^[A-Z]+-[A-Z]+$")
_EDITION = re.compile(r"[- ](?:19|20)\d\d$")


_SEPARATELY = re.compile(r"(?:Separately|In a separate|Meanwhile|Elsewhere)\b")


def _next_to(lead: Candidate, other: Candidate, text: str) -> bool:
    """The dated sentence follows the lead directly (nothing but space between)."""
    return lead.sentence.end <= other.sentence.start and \
        not text[lead.sentence.end:other.sentence.start].strip()


def _said_after(lead: Candidate, other: Candidate, candidates: list[Candidate],
                text: str) -> bool:
    """The dated sentence is a statement later in the lead's own paragraph, with no event
    told between ("X has endorsed a plan to purchase 18 interceptors. Officials called it a
    landmark order. Y told reporters on Wednesday that deliveries of the 18 interceptors
    would start in 2025"): who said it and when, of the act the lead tells; the lead still
    says what happened."""
    return other.dating.statement and lead.sentence.end <= other.sentence.start and \
        "\n" not in text[lead.sentence.end:other.sentence.start] and \
        not any(lead.sentence.end <= c.sentence.start < other.sentence.start for c in candidates)


def _take_the_lead(dated: Candidate, lead: Candidate, text: str) -> None:
    """The lead says what happened, the next sentence when: one event with the lead's
    headline and both sentences as its quote ("Duda took delivery of a first shipment of
    tanks …" + "The two were in Gdynia Tuesday to mark the arrival …"), and the kinds of act
    both tell (the lead's "arms deal", the dated sentence's "statement")."""
    event, source = dated.event, dated.event.sources[0]
    event.title = lead.event.title
    event.tags = sorted(set(event.tags) | set(lead.event.tags))
    event.id = event_id(event.date, event.title)
    source.quote = re.sub(r"\s*\n\s*", " ", text[lead.sentence.start:dated.sentence.end])


# The kinds of a deal: an agreement, and an arms deal (a purchase, a sale, a supply).
_DEAL_KINDS = frozenset({"agreement", "arms deal"})


def _restates(lead: Candidate, other: Candidate, text: str = "") -> bool:
    """The other sentence tells the lead's event: the same event, or the same kind of event
    with a side in common (or, right after the lead, naming no side of its own: "The
    warship was commissioned on Monday …"), dated on the lead's day or in the week before."""
    if other.language == "en" and text and _reminds(other.sentence.text(text)):
        return False  # "Recall that on Tuesday, the weekly reported …": earlier news
    if same_event(lead, other):
        return True
    if _other_systems(things_in(lead.event.sources[0].quote),
                      things_in(other.event.sources[0].quote)) and \
            not refers_back(_subject(other.sentence.text(text)), lead.sentence.text(text)):
        return False  # "another IRIS-T delivered" / "Leopard 1 tanks delivered on Thursday"
        # (but "The jets, armed with R-77 missiles, arrived on Thursday": the lead's jets)
    date, when = lead.event.date, other.event.date
    # a lead in the present tense ("Военнослужащие ... приступают к проверке") is the day's
    # news, and a sentence of days before that tells another act does not restate it
    present = lead.language != "en" and text and present_apart(
        lead.sentence.text(text), other.sentence.text(text), language(lead.language))
    if len(when) != 10 or _days_before(date, when) not in range(0, 1 if present else 8):
        return False
    if lead.language != "en" and text and opens_elsewhere(other.sentence.text(text),
                                                          language(lead.language)):
        return False  # "Накануне в Минск прибыл ...": the day before's act, not the lead's
    if lead.language != "en" and text and also_that_day(text, other.dating.mention,
                                                        language(lead.language)):
        return False  # "X on <day> also said …" (``ALSO``): one more act, not the lead's
    if lead.language != "en" and text and _days_before(date, when) and elsewhen_act(
            lead.sentence.text(text), other.sentence.text(text), language(lead.language)):
        return False  # "Первая партия была передана 10 ноября" after "получила вторую партию"
    kinds = set(lead.event.tags) & set(other.event.tags) & KIND_TAGS
    if not kinds and lead.language == "en" and _one_deal(lead, other):
        kinds = {"arms deal"}  # "has agreed a deal for warplanes" / "… said on Friday it would
        # buy 12 fighter jets": a deal to buy arms is an agreement too
    if lead.language != "en" and text:  # "… посетил полигон во время учений": a visit
        kinds -= occasion_only(lead.sentence.text(text), kinds, language(lead.language))
    # Russian, Persian: the same words tell the same act when no kind of event is known
    words = shares_words(lead, other) if lead.language != "en" else _shares_content(lead, other)
    sides = bool(_sides(lead) & _sides(other)) or \
        (not _sides(other) and bool(text) and _next_to(lead, other, text))
    occasion = not _sides(other) and bool(text) and _next_to(lead, other, text) and \
        _CEREMONY.match(other.sentence.text(text)) is not None
    told = bool(text) and _next_to(lead, other, text) and \
        _TOLD_THE_NEWS.search(other.sentence.text(text)) is not None
    again = lead.language == "en" and bool(text) and _next_to(lead, other, text) and \
        _named_again(lead.sentence.text(text), other.sentence.text(text))
    return (bool(kinds) or words) and sides or occasion or told or again


# The thing the lead introduced, told again right after it with the definite article: as
# the subject of a participle ("The task force was announced Friday …", "The sale, cleared
# on Wednesday, …") or as the object of the lead's own verb ("The ministry announced the
# sales on Tuesday").
_THE_SUBJECT = re.compile(r"\W*The\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                          r"(?:,\s+|\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)"
                          r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed)\b")
_THE_OBJECT = re.compile(r"\b(?P<verb>[a-z]+ed)\s+the\s+(?P<noun>[a-z][\w-]*)\b")
# ... or by its name, capitalised and perhaps quoted: "announced the “Task Force Northland”".
_THE_NAME = re.compile(r"\b(?P<verb>[a-z]+ed)\s+the\s+[“\"‘']?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})")
# Verbs of making a thing public: one act, whichever of them tells it.
_MAKE_PUBLIC = frozenset(base_form(w) for w in en.MAKE_PUBLIC_VERBS if " " not in w)
_DEALS = frozenset(en.DEAL_NOUNS)
_UNDOING = frozenset(en.UNDOING_VERBS)


def _named_again(lead: str, other: str) -> bool:
    """The sentence after a lead tells the thing the lead introduced ("a", "an": "… has
    announced a large sale of arms", "… are setting up a new joint task force")
    with the definite article: as the subject of a participle, or as the object of the
    lead's own verb ("The task force was announced Friday …", "The ministry announced the
    sales on Tuesday"): the lead's act, told with its date.  One deal is
    named by another deal's noun too ("… has approved an arms package" / "The sale,
    cleared on Wednesday, …": ``en.DEAL_NOUNS``); an act undoing it ("The contract was
    suspended on Friday") is another act."""
    subject = _THE_SUBJECT.match(other)
    if subject is not None and subject.group("verb") not in _UNDOING and \
            _introduced(subject.group("noun"), lead):
        return True
    acts = {base_form(w) for w in re.findall(r"[a-z]+", lead) if is_past(w)}
    if acts & _MAKE_PUBLIC:  # "… have unveiled a task force" / "X announced the task force"
        acts |= _MAKE_PUBLIC
    if any(m.group("verb") not in _UNDOING and base_form(m.group("verb")) in acts and
           _introduced(m.group("noun"), lead, deals=False) for m in _THE_OBJECT.finditer(other)):
        return True
    return any(base_form(m.group("verb")) in acts and _named_by_its_noun(m.group("name"), lead)
               for m in _THE_NAME.finditer(other))


def _named_by_its_noun(name: str, lead: str) -> bool:
    """The name opens with the words of a thing the lead introduced ("… unveiled a task force
    …" / "the “Task Force Northland”"): two words at least, or the whole name."""
    words = name.lower().split()
    return any(_introduced(" ".join(words[:n]), lead, deals=False)
               for n in range(len(words), 1 if len(words) > 1 else 0, -1))


def _introduced(noun: str, lead: str, deals: bool = True) -> bool:
    """``lead`` introduces ``noun`` with "a" or "an" a few words before it ("a massive
    package of arms sales"), or, with ``deals``, a deal of another noun ("an $11.1 billion
    arms package" for "sale")."""
    before = r"\b(?:a|an)\s+(?:[\w$.,-]+\s+){0,5}?"
    if re.search(before + re.escape(noun) + r"\b", lead):
        return True
    head = noun.split()[-1]
    return deals and head in _DEALS and re.search(
        before + r"(?:" + "|".join(_DEALS) + r")\b", lead) is not None


def _reminds(words: str) -> bool:
    """The sentence opens as a reminder of earlier news (``en.REMINDER_OPENERS``)."""
    return words.lstrip(" \"“‘'").lower().startswith(en.REMINDER_OPENERS)


# The source of the lead's news, told right after it with its day: "The agency announced the
# news on April 14 in a statement" (the news, the decision: what the lead just told).
_TOLD_THE_NEWS = re.compile(r"\b(?:" + "|".join(en.SPEECH_VERBS + en.PUBLICIZE_VERBS) +
                            r")\s+(?:the|this|that)\s+"
                            r"(?:news|decision|approval|announcement|development)\b")


# The occasion of the act the lead just told: "A rollout ceremony was held on 15 August to
# mark the milestone", right after "BAE Systems has handed over the first Typhoon …".
_CEREMONY = re.compile(r"\W*(?:An?|The)\s+(?:[\w'’-]+\s+){0,2}?ceremony\s+(?:was|is)\s+held\b")


# Words two English sentences share whatever they tell: the merge's function and date words,
# a few more, and the vocabulary of any defence story (compared by their first five letters,
# as ``shares_words`` does).
_COMMON = frozenset(w[:5] for w in STOPWORDS | DATE_WORDS | {
    "when", "where", "what", "could", "should", "more", "most", "such", "some", "only", "them",
    "countries", "country", "military", "defence", "defense", "minister", "ministry",
    "cooperation", "president", "government", "officials", "official", "forces", "armed",
    "sides"})


def _shares_content(first: Candidate, second: Candidate, least: int = 4) -> bool:
    """Two English sentences share at least four words that only some stories use ("external",
    "meddling", "affairs", "region"): one statement told twice."""
    def stems(candidate: Candidate) -> set[str]:
        quote = candidate.event.sources[0].quote.lower()
        return {w[:5] for w in re.findall(r"[a-z]+", quote) if len(w) >= 4} - _COMMON - {
            n.lower()[:5] for n in _sides(candidate)}
    return len(stems(first) & stems(second)) >= least


def _one_deal(lead: Candidate, other: Candidate) -> bool:
    """A lead and a sentence whose only kinds are those of a deal, one an agreement and the
    other an arms deal, that name the same person or share two rarer words (the maker's model
    and the verb of the choice in both): one deal told twice (not a delivery beside an
    accord: "hands over the first jets" / "signed a training accord on Monday")."""
    kinds, others = set(lead.event.tags) & KIND_TAGS, set(other.event.tags) & KIND_TAGS
    return bool(kinds) and bool(others) and kinds | others == _DEAL_KINDS and \
        kinds <= _DEAL_KINDS and others <= _DEAL_KINDS and (
            same_people(lead, other) or _shares_content(lead, other, least=2))


def _subject(sentence: str) -> str:
    """The sentence from its subject on: without a date opening ("On Thursday, the jets …")."""
    rest = re.sub(r"^\s*(?:On|In|At|Earlier|Later)\b[^,;:]{1,30},\s*", "", sentence)
    return rest[:1].upper() + rest[1:]


def _sides(candidate: Candidate) -> set[str]:
    """The countries a candidate names, also inside its actors ("Pakistan Navy": Pakistan)."""
    sides = set(candidate.entities.countries)
    for actor in candidate.event.actors:
        sides.update(filter(None, (country_of(word) for word in actor.split())))
    return sides


def _days_before(date: str, other: str) -> int:
    return (dt.date.fromisoformat(date) - dt.date.fromisoformat(other)).days


def canonical_actors(candidates: list[Candidate], canonical: dict[str, str]) -> None:
    """Actors by their canonical names (``topic.names``: "Sergei Shoigu", "Shoygu" and
    "Шойгу" are all "Shoigu"), so the site's actor filter finds every spelling."""
    if not canonical:
        return
    for c in candidates:
        names = dict.fromkeys(canonical.get(a, a) for a in c.event.actors)
        c.event.actors = list(names)


def rules_language(article: Article) -> str | None:
    """The language whose rules read the article: ``en``, ``ru``, ``fa``; None for another
    language.  An article whose language could not be told (``und``) is read as English."""
    code = base_code(article.language) or "en"
    if code == "und":
        return "en"
    return code if code in EXTRACTED else None


def _joined_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Story blocks separated only by blank lines, as one span each run (fewer, same text)."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not text[joined[-1][1]:start].strip():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _not_english(article: Article, reference: ReferenceDate) -> ArticleResult:
    """A language without rules (``chronology/languages/``) gives no events."""
    info = ArticleInfo(id=article.id, title=article.title, publisher=article.publisher,
                       url=article.url, reported=reference.iso, reference=_why(reference))
    how = f" ({article.language_source})" if article.language_source else ""
    line = (f"  no events: language {article.language!r}{how}; events are extracted from "
            f"{', '.join(EXTRACTED)} only (chronology/languages/)")
    return ArticleResult(article.id, info, reference,
                         explain=[f"{article.id}: reference {reference.iso or 'none'}", line])


def _why(reference: ReferenceDate) -> str:
    """"dateline 'MOSCOW, January 22 (Sputnik) –': reasons…" in plain spacing."""
    words = " ".join(reference.text.split())
    head = f"{reference.source} '{words}'" if words else reference.source
    if reference.source == PAGE_METADATA:  # its reasons name the tag: "meta og:… 2015-01-20"
        head = ""
    reasons = [" ".join(r.split()) for r in reference.reasons]
    if reasons and reasons[0].startswith(head):  # the engine's first reason often says the same
        reasons[0] = reasons[0][len(head):].lstrip(" :;")
    reasons = "; ".join(r for r in reasons if r)
    return head + (f": {reasons}" if head and reasons else reasons)


def merge_results(results: list[ArticleResult], config: SiteConfig) -> list[Event]:
    """One event per real-world event, its sources from every article that reports it.

    Results built elsewhere (with ``candidates`` but no ``found``) are merged too, on the
    events' own fields.
    """
    candidates = []
    for result in sorted(results, key=lambda r: r.article_id):
        candidates.extend(result.found or [from_event(e) for e in result.candidates])
    return merge_candidates(candidates)
