"""One article's candidate events: dated, on-topic statements of its story blocks.

A candidate is a story sentence that (1) is about the topic (``relevance``), and (2) has a
calendar date mention that dates an action (``dating``).  A sentence about a meeting or
visit with no date of its own, right after a dated sentence that names the same person,
takes that date: the quote then holds both sentences, so it still carries the date words.
A dated sentence that points back ("This is the 20th edition of the exercise", "The deal,
signed on Tuesday, …") quotes the undated sentence it points to; an undated sentence that
goes on about an event ("They reportedly delivered …") joins that event's quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date

from chronology.articles.model import Article
from chronology.config import SiteConfig, Topic
from chronology.dates.model import Mention, ReferenceDate
from chronology.events.model import Event, Source
from chronology.extraction.background import describes_only, only_planned, speaker_of_reaction
from chronology.extraction.dating import (
    SPEECH_VERBS,
    Dating,
    choose_date,
    dates_a_named_thing,
    long_before,
    names_a_thing,
    statistic_only,
)
from chronology.extraction.domestic import (
    attack_on_third_city,
    development_milestone,
    own_accession,
    own_reform,
    topic_system,
)
from chronology.extraction.entities import find_entities, surname
from chronology.extraction.framing import followed_act, framed_clause, framed_subject
from chronology.extraction.ids import event_id
from chronology.extraction.links import (
    ALSO_ACT,
    OTHER_DOCUMENTS,
    SIGNING,
    goes_on,
    joined,
    names_the_thing,
    refers_back,
    says_again,
    sentences_between,
)
from chronology.extraction.model import MAX_ACTORS, PRECISION, Candidate, Found
from chronology.extraction.news_lead import (
    dateline_lead,
    history_only,
    reports_an_action,
    tells_done,
    tells_news_act,
)
from chronology.extraction.people import Cast, find_cast
from chronology.extraction.relevance import match_topic, other_countries, topic_countries
from chronology.extraction.sentences import (
    Sentence,
    dateline_end,
    line_of,
    quoted_spans,
    speaker_heading_end,
    split_sentences,
)
from chronology.extraction.side_events import SideEvents
from chronology.extraction.tags import tags_for
from chronology.extraction.title_people import meeting_title
from chronology.extraction.titles import make_title, title_or_headline
from chronology.extraction.told_things import bare_subject_head, names_thing, subject_head
from chronology.extraction.verbs import AUXILIARIES, is_past
from chronology.languages import en, en_grammar


def find_candidates(article: Article, reference: ReferenceDate, mentions: list[Mention],
                    config: SiteConfig) -> Found:
    """Every candidate event in the article's story blocks, in text order."""
    story = article.story_blocks()
    cast = find_cast(article.text, [(b.start, b.end) for b in story], config.topic)
    scan = _Scan(article, reference, config, cast)
    previous: Candidate | None = None
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    opening = True  # no paragraph of running text yet: headlines and standfirsts come first
    told_history = False  # the opening paragraph told history only (once)
    after_history = False  # this paragraph comes right after that history
    after_standfirst = False  # the paragraph right after a first one with no dateline
    # (the names the topic knows: a heading "Zakharova:" is no dateline)
    known = {w for words in config.topic.actors.values() for w in words}
    undated: Sentence | None = None  # the sentence before, when it has no date and no event
    quiet: Sentence | None = None  # the sentence before, when it gave no event
    last: Sentence | None = None  # the story's sentence before (a caption between is no story)
    for block in _paragraphs(article.text, story):
        quotes = quoted_spans(article.text, block.start, block.end)
        after_dateline = dateline_end(article.text, block.start, block.end, opening,
                                      after_standfirst, known)
        lead = None
        heading = speaker_heading_end(article.text, block.start, block.end)
        if heading > after_dateline:  # "Admiral Ashraf: …": whose words, no dateline
            after_dateline = heading
        elif after_dateline > block.start or opening:
            dateline = mentions[bisect_left(starts, block.start):bisect_left(starts, after_dateline)]
            lead = dateline_lead(article.text, block.start, after_dateline, dateline, reference)
        if lead is not None and after_history and not tells_news_act(
                article.text[after_dateline:block.end]):
            lead = None  # "… have cooperated for decades": background after the history
        prior = ""  # the sentence before, in the same paragraph
        for sentence in _sentences(article.text, block.start, block.end, after_dateline):
            first = bisect_left(starts, max(sentence.start, after_dateline))
            inner = mentions[first:bisect_left(starts, sentence.end)]
            if undated is not None and article.text[undated.end:sentence.start].strip():
                undated = None  # a caption or a story link in between
            if quiet is not None and article.text[quiet.end:sentence.start].strip():
                quiet = None
            candidate = scan.sentence(sentence, inner, quotes, previous, prior, lead, undated,
                                      quiet)
            if candidate is None and previous is not None and not (
                    inner and _ATTRIBUTION.match(sentence.text(article.text))):
                _continue_quote(previous, sentence, article.text,  # (a date that gave no event)
                                next_to=last is not None and last.end == previous.sentence.end)
            if candidate is not None and len(inner) > 1:
                scan.side_events(candidate, inner)
            previous = candidate or (previous if not inner else None)
            prior = sentence.text(article.text)
            scan.seen.append(prior)
            scan.seen_at.append(sentence.start)
            undated = sentence if not inner and candidate is None else None
            quiet = sentence if candidate is None else None
            lead = None  # only the first sentence after the dateline
            last = sentence
        # a summary of the story before its first paragraph, with no dateline of its own
        after_standfirst = opening and after_dateline == block.start and \
            _running_text(article.text, block)
        history = opening and not told_history and history_only(
            scan.found.candidates, block, article.text, reference)
        told_history = told_history or history
        after_history = history
        opening = opening and (history or not _running_text(article.text, block))
    return scan.found


def _continue_quote(previous: Candidate, sentence: Sentence, text: str,
                    next_to: bool = False) -> None:
    """An undated sentence right after an event's, that goes on about it ("They reportedly
    delivered HQ-22 missile systems", "The company … inked the deal"), joins its quote once:
    the card then says what the first sentence only pointed at."""
    source = previous.event.sources[0]
    words, before = sentence.text(text), previous.sentence.text(text)
    # (a lead's quote starts with its dateline, before the sentence: not an extension)
    extended = not source.quote.rstrip().endswith(_flat(before).strip())
    if len(words.split()) > 40:
        return
    between = text[previous.sentence.end:sentence.start]
    if not extended and (next_to or not between.strip()) and goes_on(words, before):
        source.quote = _flat(text[previous.sentence.start:sentence.end]) if not between.strip() \
            else f"{source.quote} … {_flat(words)}"  # a caption between, left out
    elif not extended and not between.strip() and names_the_thing(words, before):
        source.quote = _flat(text[previous.sentence.start:sentence.end])  # "… a task force."
        # + "Hegseth announced the ‘Task Force Philippines’ …": which one
    elif " … " not in source.quote and sentences_between(text, previous.sentence, sentence) <= 2 \
            and says_again(words, before):  # who said it, once
        reaches = _flat(text[previous.sentence.start:sentence.start]).strip() == source.quote
        source.quote = _flat(text[previous.sentence.start:sentence.end]) if reaches \
            else f"{source.quote} … {_flat(words)}"


def _flat(words: str) -> str:
    """A quote on one line."""
    return re.sub(r"\s*\n\s*", " ", words)


# "In a previous show of strength, both militaries …": an opening phrase before the subject.
_OPENING_PHRASE = re.compile(en_grammar.CANDIDATES_OPENING_PHRASE, re.IGNORECASE)


def _both_sides_subject(subject: str) -> bool:
    """The sentence's subject is both sides ("The two navies …", "Last year, both militaries
    …"); not after "Separately," or "Meanwhile,": other sides, perhaps."""
    subject = subject[:1].upper() + subject[1:]
    if _SEPARATE.match(subject):
        return False
    if _BOTH_SIDES.match(subject):
        return True
    opening = _OPENING_PHRASE.match(subject)
    rest = subject[opening.end():] if opening else ""
    if rest and _BOTH_SIDES.match(rest[:1].upper() + rest[1:]) is not None:
        return True
    said = _SAID_BOTH.match(subject)  # "Wu said the two sides had reached an agreement"
    return said is not None and not _affiliated_speaker(said.group(0)) and _BOTH_SIDES.match(
        subject[said.end():][:1].upper() + subject[said.end() + 1:]) is not None


# A speaker and a reporting verb before the reported clause ("In February 2016, Wu said (that)
# the two sides had …"): the reported clause's subject is the one who acted.
_SAID_BOTH = re.compile(r"(?:[^,.;:“”\"]{1,60},\s+)?(?:[\w'’.-]+\s+){1,6}?(?:" +
                        "|".join(SPEECH_VERBS) + r")\s+(?:that\s+)?(?=(?:the two|both)\s)",
                        re.IGNORECASE)


# A speaker named by whom they speak for ("a Taliban spokesman", "an Afghan official said"): in
# a sentence that names no side, the two sides they speak of are their own and another's.
_AFFILIATED_SPEAKER = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+)+)"
                                 r"(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(en.PARTY_NOUNS)) +
                                 r")\s")


def _affiliated_speaker(speaker: str) -> bool:
    """The speaker is named by a group they speak for, not only by a title ("the Foreign
    Ministry" names no group)."""
    return any(set(m.group("who").split()) - en.ROLE_WORDS
               for m in _AFFILIATED_SPEAKER.finditer(speaker))


# ", which compelled the United States and Canada to respond": what the act set off, told
# after it (the countries named there are no party to the act).
_AFTERMATH = re.compile(en_grammar.CANDIDATES_AFTERMATH)
_SEPARATE = re.compile(en_grammar.CANDIDATES_SEPARATE)


def _both_signed(words: str, previous: Candidate) -> re.Match | None:
    """"Both sides signed …", "The two leaders held talks before signing …" right after a
    meeting or visit of a day: the signing of that occasion (not a plan, "stopped short of
    signing", nor "negotiated for two decades before signing"); also after an opening that
    points at it ("During the dialogue, both sides signed …")."""
    opening = _ON_THAT_OCCASION.match(words)
    if opening and not _OCCASION_HEAD.search(opening.group()):
        return None  # "During the Soviet era, both sides signed …": a period, not the talks
    if _OWN_PERIOD.search(words):
        return None  # "… signed dozens of contracts during the 1990s": its own period
    begin = opening.end() if opening else 0
    subject = words[begin:begin + 1].upper() + words[begin + 1:]
    if not _BOTH_SIDES.match(subject) or len(previous.event.date) != 10 or \
            _NOT_SIGNED.search(words) or not tells_done(subject):
        return None
    clause = re.search(r"[,;:(]|$", words[begin:]).start() + begin  # its own act, not ",
    return SIGNING.search(words, begin, clause)  # including training exchanges" told after it


def _off_occasion_between(text: str, first: Sentence, second: Sentence, topic: Topic) -> int:
    """How many sentences between two tell of something else than the occasion of the
    first: "The signing ceremony … was attended by senior officers" goes on about it; "Iran
    is also in talks with China" names another country: another occasion."""
    between = text[first.end:second.start]
    told = [part for part in re.split(r"(?<=[.!?])[”\"’]?\s+", between) if part.strip()]
    return sum(1 for part in told if not _OCCASION_HEAD.search(part) or
               other_countries(part, topic))  # (a ceremony, talks;
    # "Qatar is the ninth country to sign a deal" signs nothing that day)


def _words_of(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


# "co-chaired the Defence Policy Dialogue": a meeting of officials by another name; not one
# only wished for ("called for dialogue", "urged a new round of talks").
_OCCASION_NOUN = re.compile(r"\b(?:" + _words_of(en.OCCASION_NOUNS) + r")\b", re.IGNORECASE)
_WISHED_OCCASION = re.compile(r"\b(?:" + _words_of(en.OCCASION_WISHES) +
                              r")\s+(?:[\w'’-]+\s+){0,3}?(?:" + _words_of(en.OCCASION_NOUNS) +
                              r")\b", re.IGNORECASE)


def _names_occasion(sentence: str) -> bool:
    """The sentence tells a meeting of officials by another name, not one wished for."""
    return bool(_OCCASION_NOUN.search(_WISHED_OCCASION.sub(" ", sentence)))


# An opening phrase that points at the occasion just told: "During the dialogue, ",
# "At the meeting, ", "On the sidelines of the talks, "; not a period ("During the Soviet
# era, ", "At the height of the Cold War, ").
_ON_THAT_OCCASION = re.compile(r"\s*(?:" + _words_of(en.OCCASION_OPENERS) +
                               r")\s+the\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s*", re.IGNORECASE)
_OCCASION_HEAD = re.compile(r"\b(?:" + _words_of(en.OCCASION_HEADS) + r")\b", re.IGNORECASE)
# A period the sentence states for itself: "during the Soviet era", "in the 1990s".
_OWN_PERIOD = re.compile(r"\b(?:" + "|".join(en.OWN_PERIOD_OPENERS) + r")\s+"
                         r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:" + _words_of(en.PERIOD_NOUNS) +
                         r")\b|(?:early\s+|mid-?|late\s+)?(?:\d{2})?\d0s\b)", re.IGNORECASE)


# A signing that did not happen, or a long time before it.
_NOT_SIGNED = re.compile(en_grammar.CANDIDATES_NOT_SIGNED, re.IGNORECASE)


def _attributes(previous: Candidate, sentence: Sentence, dating: Dating, text: str) -> bool:
    """"… will enhance cooperation. It was stated by X and Y in a joint press conference held
    here on Monday": the attribution right after the event it attributes, of the same day,
    joins that event's quote (the card then names who said it, where), once.  True if it
    joined."""
    source = previous.event.sources[0]
    if text[previous.sentence.end:sentence.start].strip() or \
            len(source.quote) > len(text[previous.sentence.start:previous.sentence.end]) + 2:
        return False  # not the very next sentence, or the quote was extended already
    words = sentence.text(text)
    if dating.mention.value != previous.event.date or len(words.split()) > 50 or \
            _OWN_CLAUSE.search(words):
        return False  # another day; "It was also reported … that two corvettes docked": news
    source.quote = re.sub(r"\s*\n\s*", " ", text[previous.sentence.start:sentence.end])
    return True


# An attribution with news of its own: "It was also reported on Monday that …".
_OWN_CLAUSE = re.compile(r"\b(?:" + "|".join(en.OWN_NEWS_VERBS) + r")\s+"
                         r"(?:[\w,]+\s+){0,4}?that\b|\balso\b")


def _running_text(text: str, block: Sentence) -> bool:
    """A paragraph of the story proper: ends a sentence and holds more than a headline."""
    words = text[block.start:block.end].rstrip()
    return words.endswith((".", "!", "?", "”", '"', "’")) and len(words.split()) >= 8


def _paragraphs(text: str, story: list) -> list[Sentence]:
    """The story blocks, with a sentence that a stray paragraph break cut in two made whole
    again: a block that ends without a full stop, followed by one that starts in lower case."""
    paragraphs: list[Sentence] = []
    for block in story:
        if paragraphs and _cut_in_two(text, paragraphs[-1].end, block.start):
            paragraphs[-1] = Sentence(paragraphs[-1].start, block.end)
        else:
            paragraphs.append(Sentence(block.start, block.end))
    return paragraphs


def _cut_in_two(text: str, end: int, start: int) -> bool:
    before, after = text[:end].rstrip(), text[start:start + 1]
    return bool(before) and before[-1] not in ".!?:;\"”’)]" and (after.islower() or after.isdigit())


def _sentences(text: str, start: int, end: int, after_dateline: int) -> list[Sentence]:
    """The block's sentences; a dateline cut off as a sentence of its own ("MOSCOW,
    September 3. /TASS/.") belongs to the sentence after it."""
    sentences = split_sentences(text, start, end)
    while len(sentences) > 1 and sentences[0].end <= after_dateline:
        sentences[:2] = [Sentence(sentences[0].start, sentences[1].end)]
    return sentences


# A sentence that talks about what the sentence before reported: "called the reports baseless".
_REFERS_BACK = re.compile(
    r"\b(?:the|these|those|such)\s+(?:reports?|allegations?|claims?|accusations?|charges?|"
    r"remarks|comments|statements?|denials?|rumou?rs)\b", re.IGNORECASE)


# "This was reported by the ministry on Monday": the source of the sentence before.
_ATTRIBUTION = re.compile(
    r"(?:This|That|It|The (?:news|report|information|announcement))\s+(?:was|is|has been|had "
    r"been)\s+(?:\w+\s+)?(?:reported|announced|said|stated|confirmed|disclosed|revealed|quoted|"
    r"published)\b"
    r"|The (?:news|announcement|report|confirmation|statement) (?:came|was made)\s+(?:\w+\s+)?"
    r"(?:from|by|via|through)\b",
    re.IGNORECASE)  # "The announcement came today from the maker"
# "Hanwha Defense Australia was established in 2019 and is headquartered in Melbourne": an
# organisation's history (a joint venture of both sides is told with both: kept).
_FOUNDED = re.compile(r"\s*(?:(?:The\s+)?(?:[A-Z][\w&.’'-]*\s+){1,6}|The\s+(?:"
                      + "|".join(en.ORGANISATION_NOUNS) + r")\s+)(?:was|were|has been|had been)\s+"
                      r"(?:first\s+)?(?:founded|established|set up|created|incorporated|formed)\b")
# "The report was updated at 14:05 on July 10": a note about the page, not an event.
_FIRST_REPORT = re.compile(r"\b(?:" + "|".join(map(re.escape, en.FIRST_REPORT_PHRASES)) + r")\b",
                           re.IGNORECASE)
_PAGE_NOTE = re.compile(
    r"(?:This|The)\s+(?:report|article|story|page|post|text|item|copy)\s+(?:was|has been|is)\s+"
    r"(?:last\s+|first\s+)?(?:updated|modified|edited|corrected|amended|published|posted|"
    r"filed|revised)\b", re.IGNORECASE)
# "The delivery was completed on Monday": a definite thing of the topic's kind, told before.
_THE_THING = re.compile(
    r"(?:(?:The|This|That|These|Those)\s+(?:[\w'’-]+\s+){0,3}?|(?=(?:Contracts?|Agreements?|"
    r"Deals?|Deliveries|Shipments?|Talks|Drills?|Exercises?)\b))(?i:deliver(?:y|ies)|shipments?|deals?|contracts?|"
    r"agreements?|accord|memorandum|pact|drills?|exercises?|manoeuvres?|maneuvers?|talks|meeting|"
    r"visit|launch|test|strikes?|" + "|".join(en.hardware_forms(en.REFERRING_HARDWARE)) + r"|"
    r"consignment|batch|purchase|sale|transfer|exports?|"
    r"ceremon(?:y|ies)|" + "|".join(en.DECISION_NOUNS) + r"|"
    r"(?:portion|phase|stage)(?!\s+of\b))\b"
    # "A rollout ceremony was held on 15 August to mark the milestone": the occasion itself
    r"|(?:A|An)\s+(?:[\w'’-]+\s+){0,2}?(?i:ceremony)\b")
# A date set before the subject ("On December 9, the opening ceremony was held …"), or the
# source of a reported clause ("RT reports that the drills began on Sunday").
_DATE_OPENING = re.compile(r"(?:On|In|At|Earlier|Later)\b[^,;:]{1,30},\s*|[^,;:“”\"]{1,40}?\s+"
                           r"(?:reports?|reported|says|said|announced|stated)\s+that\s+")
# Actions of a defence relationship (en.KIND_ACTIONS): a sentence naming one side and one of
# these is on topic in an article about the topic ("Putin denied ...", "jets took off from …").
_KIND = re.compile(r"\b(?:" + "|".join(en.KIND_ACTIONS) + r")\b", re.IGNORECASE)
# "at the time" (en.ANAPHORIC_TIME) right before its end: what was said then of the event just
# told; not "later in the day", "the same day", which tell a time of their own that day
_AT_THE_TIME = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split()))
                                             for phrase in en.ANAPHORIC_TIME) + r")$",
                          re.IGNORECASE)


def _term_before(words: str, date_at: int, topic) -> str | None:
    """The first topic term of ``words`` before its date at ``date_at`` (the act's own words),
    if any."""
    terms = match_topic(words[:max(date_at, 0)], topic).terms
    return terms[0] if terms else None


# "Lavrov met his counterpart Choe Son Hui": a minister's counterpart is of the other side.
_COUNTERPART = re.compile(r"\b(?:" + "|".join(en.PERSON_POSSESSIVES) + r")\s+(?:[A-Z][\w-]*\s+)?counterparts?\b")


# Both sides as the subject: "The two countries signed …", "Both sides agreed …"; or as the
# agent of a passive: "A memorandum was signed by the two countries in September".
_SIDES_NOUNS = (r"(?:countries|nations|sides|governments|navies|armies|air forces|militaries|"
                r"armed forces|leaders|presidents|defen[cs]e ministers|foreign ministers|"
                r"ministers|delegations)\b")
_BOTH_SIDES = re.compile(r"(?:The two|Both|The)\s+" + _SIDES_NOUNS)
# A plural pronoun subject: who "they" are is told just before (``they_are``).
_THEY = re.compile(r"(?:" + "|".join(en_grammar.CANDIDATES_PLURAL_PRONOUNS) + r")\s+"
                   r"(?!(?:\w+ly\s+|also\s+)?(?:" + "|".join(en.SPEECH_VERBS) + r")\b)")  # not what
# they said ("They also told reporters that the deal was signed")
_BOTH_SIDES_AGENT = re.compile(r"\b(?:by|between)\s+(?:the two|both)\s+" + _SIDES_NOUNS)


# A thing named only by a pronoun ("Serbia had already acquired this in 2020"): the thing of
# the sentence before, whose country counts (not on topic when it is another country's).
_PRONOUN_THING = re.compile(r"\b(?:" + "|".join(en.THING_PRONOUNS) + r")(?=\s*[.,;!?]|\s*$|\s+(?:"
                            + "|".join(en.THING_PRONOUN_AFTER) + r")\b)")


# A few words quoted inside a sentence ("accused the West of being “at war with Russia”"):
# the speaker's phrase; a country named only there is no party to the event.
_SCARE_QUOTE = re.compile(r"(?<=[a-z,] )[“\"][a-z][^“”\".!?]{0,60}[”\"]")


def _agent_phrase(rest: str) -> str | None:
    """The "by …" phrase of a passive verb: it ends at a comma, at a clause word ("which",
    "who") or at "and" + a verb ("by Rostec and is headquartered in Tehran": a second
    predicate, not a second agent)."""
    agent = re.match(r"[^,;.]*?\bby\b([^,;]*)", rest)
    if agent is None:
        return None
    phrase = agent.group(1)
    for word in re.finditer(r"\b(and|" + "|".join(en.RELATIVE_PRONOUNS) + r")\s+([\w'’-]+)", phrase):
        if word.group(1) != "and" or word.group(2).lower() in AUXILIARIES or \
                is_past(word.group(2).lower()):
            return phrase[:word.start()]
    return phrase


@dataclass
class _Scan(SideEvents):
    """The per-article state of the scan: what it needs, and what it found so far."""

    article: Article
    reference: ReferenceDate
    config: SiteConfig
    cast: Cast
    found: Found = field(default_factory=Found)
    on_topic: bool | None = None
    seen: list[str] = field(default_factory=list)  # the story's sentences so far
    seen_at: list[int] = field(default_factory=list)  # ... and where each starts

    def sentence(self, sentence: Sentence, mentions: list[Mention], quotes,
                 previous: Candidate | None, prior: str = "",
                 lead: Dating | None = None,
                 undated: Sentence | None = None,
                 quiet: Sentence | None = None) -> Candidate | None:
        """The candidate in one sentence (dated by its own words, by the dateline before it,
        or carried from the sentence before), or None.  ``undated``: the sentence right
        before, when it has no date and gave no event (a dated sentence that refers back to
        it, "This is the 20th edition of the exercise", quotes it too)."""
        text = self.article.text
        words = sentence.text(text)
        dating = choose_date(text, sentence.start, sentence.end, mentions, quotes)
        if dating is None and statistic_only(text, sentence.start, sentence.end, mentions):
            self.note(f"skip line {self.line_of(sentence.start)}: its years are a statistic's "
                      "period ('accounted for 36% … between 2020 and 2024'), not an act's")
            return None
        if lead is not None and reports_an_action(words) and (dating is None or dates_a_named_thing(
                text, sentence.start, dating.mention)):
            dating = lead  # (the lead's act, not "a deal signed in July" it names)
        carried = None if dating else _carry(previous, words, self.cast.names)
        if carried and text[carried.sentence.end:sentence.start].strip():
            carried = None  # only the very next sentence: no caption or story link in between
        if carried:
            dating = carried.dating
        act = (ALSO_ACT.search(words) or _both_signed(words, previous)) \
            if dating is None and previous is not None else None  # "Both sides signed …"
        also = previous if act and self.same_occasion(previous, sentence, words[:act.end()]) \
            else None
        if also is not None:  # "A memorandum on logistics was also signed": the same occasion
            dating = also.dating
        lone = self.lone_side_act(sentence, mentions) if dating is None else None
        if lone is not None:
            dating = lone[0]
        if dating is None:
            return None
        if _FOUNDED.match(words) and self.founded_before(words, dating):
            self.note(f"skip line {self.line_of(sentence.start)}: {dating.mention.text!r} -> "
                      "when an organisation was founded: its history, not an event")
            return None
        if not dating.statement and only_planned(words, dating.mention):
            self.note(f"skip line {self.line_of(sentence.start)}: {dating.mention.text!r} -> "
                      "a plan for a later day, not an act")
            return None
        if not dating.statement and dating.mention.precision != "day" and \
                describes_only(words, dating.mention.text):
            self.note(f"skip line {self.line_of(sentence.start)}: {dating.mention.text!r} -> "
                      "describes how things are or were ('was instrumental', 'were among'), "
                      "not an act")
            return None
        if _PAGE_NOTE.match(words):
            self.note(f"skip line {self.line_of(sentence.start)}: {dating.mention.text!r} -> "
                      "a note about the page (updated, corrected), not an event")
            return None
        if _FIRST_REPORT.search(words):
            self.note(f"skip line {self.line_of(sentence.start)}: {dating.mention.text!r} -> "
                      "says which outlet first reported a story, not an event")
            return None
        if _ATTRIBUTION.match(words):
            if quiet is not None and not carried:
                return self.attributed(quiet, sentence, words, dating, mentions)
            joins = previous is not None and not carried and \
                _attributes(previous, sentence, dating, text)
            self.note(f"skip line {self.line_of(sentence.start)}: {dating.mention.text!r} -> "
                      "says who reported the sentence before, not a new event"
                      + ("; its source joins that event's quote" if joins else ""))
            return None
        sides = self.cast.sides_named(words) | self.cast.institutions_named(words, sentence.start)
        if re.match(r"(?:He|She|His|Her)\b", words.lstrip()):  # "His talks with Kim on Saturday"
            who = self.cast.resolve("he", sentence.start)
            sides |= self.cast.sides_named(who) if who else set()
        if carried:  # "He spoke during a meeting with X": he is still the previous speaker
            sides |= self.cast.sides_named(" ".join(carried.entities.people))
        topic = match_topic(_SCARE_QUOTE.sub(" ", words), self.config.topic, sides)
        opening = _DATE_OPENING.match(words)
        subject = words[opening.end():] if opening else words
        the_thing = _THE_THING.match(subject[:1].upper() + subject[1:]) and \
            reports_an_action(words) and \
            not other_countries(" ".join(subject.split()[:8]), self.config.topic)  # "Ukraine's …"
        history = not topic.relevant and _things_history(subject, dating.mention)
        if history:  # "The Xyz-class vessels were commissioned in 1989": the thing's history
            the_thing = False
        if not topic.relevant and the_thing and not carried and (previous or self.about_topic()):
            # "The delivery was completed on Monday": the thing the article is about
            prior = previous.sentence.text(text) if previous else self.article.title
        if not topic.relevant and prior and (topic.groups and _REFERS_BACK.search(words)
                                              or the_thing):
            earlier = match_topic(prior, self.config.topic, self.cast.sides_named(prior))
            if the_thing and previous is not None and not earlier.relevant:
                earlier = replace(earlier, relevant=True,  # the sentence before is an event
                                  reason="the event before is on topic")
            if earlier.relevant:  # "X denied supplying drones to Y. Z called the reports …"
                topic = replace(topic, relevant=True,
                                reason=f"refers back to the sentence before ({earlier.reason})")
        if (not topic.relevant and topic.groups and self.about_topic() and _KIND.search(words)
                and not other_countries(words, self.config.topic)
                and not (_PRONOUN_THING.search(words) and other_countries(prior, self.config.topic))):
            topic = replace(topic, relevant=True, reason=f"{topic.reason}, but the article is "
                            "about the topic and the sentence tells an action of its kind")
        if (not topic.relevant and len(topic.groups) == 1 and _COUNTERPART.search(words)
                and self.about_topic() and not other_countries(words, self.config.topic)):
            topic = replace(topic, relevant=True, reason=f"{topic.reason}, with a counterpart: "
                            "the other side, in an article about the topic")
        if (not topic.relevant and not topic.groups and (_both_sides_subject(subject)
                                                         or _BOTH_SIDES_AGENT.search(words))
                and (_KIND.search(words) or _term_before(words, dating.mention.start - sentence.start,
                                                         self.config.topic))
                and self.about_topic()
                and not other_countries(_AFTERMATH.split(words)[0], self.config.topic)):
            # both sides and a topic term before the date are the two groups and a term ("The
            # two sides finished their talks about the pact on June 12"); a term after it is
            # another clause's ("… relations in 1944 and have expanded their cooperation since")
            topic = replace(topic, relevant=True, reason="both sides ('the two countries') "
                            "do its act, one of the topic's kind" if _KIND.search(words) else
                            "both sides ('the two countries') and the topic term "
                            f"{_term_before(words, dating.mention.start - sentence.start, self.config.topic)!r}")
        they = self.they_are(subject) if not topic.relevant and not topic.groups and \
            _KIND.search(words) and not other_countries(words, self.config.topic) else None
        if they:  # "He signed a contract with Shoigu … They also agreed on Wednesday to …"
            topic = replace(topic, relevant=True, reason=f"'{subject.split()[0]}' are "
                            f"{' and '.join(they)}, both named just before, and it tells an "
                            "action of the topic's kind")
        if (not topic.relevant and not topic.groups and self.about_topic()
                and not other_countries(words, self.config.topic)
                and not history and (thing := self.thing_told(subject))
                and (_KIND.search(words) or thing in topic.terms)):  # "Payments were halted"
            topic = replace(topic, relevant=True, reason=f"its subject, the {thing}, is a thing "
                            "the article's on-topic sentences before tell of")
        framed, backdrop = framed_subject(words, dating.mention.start - sentence.start), None
        if not topic.relevant and framed and previous is not None and self.about_topic() and \
                not self.cast.sides_named(framed) and not other_countries(framed, self.config.topic) \
                and not text[previous.sentence.end:sentence.start].strip():
            backdrop = previous.sentence  # "July 24's flights came days after …": the lead's
            topic = replace(topic, relevant=True, reason="its dated subject is the event told "
                            "before; the countries after 'comes after' are its backdrop")
        if undated is None and previous is not None and not carried and \
                previous.dating.mention.rule == "dateline-lead" and \
                not text[previous.sentence.end:sentence.start].strip() and \
                refers_back(subject, previous.sentence.text(text)) == "occasion":
            undated = previous.sentence  # "The navies are holding drills. This is their 20th
            # edition, held from March 30": the lead dated only by convention is pointed at
        pointer = refers_back(subject, undated.text(text)) if undated and not carried else None
        antecedent = undated if pointer else None
        if backdrop is not None:  # its headline is the event before, quoted with it
            antecedent, pointer = backdrop, "occasion"
        if (antecedent is not None or also is not None) and not topic.relevant and \
                not other_countries(words, self.config.topic):
            # "This is its 20th edition", "A memorandum was also signed": as the sentence before
            before = (antecedent or also.sentence).text(text)
            earlier = match_topic(before, self.config.topic, self.cast.sides_named(before))
            if earlier.relevant:  # "The navies are holding exercise X. This is its 20th edition"
                topic = replace(topic, relevant=True, reason="refers back to the sentence "
                                f"before ({earlier.reason})")
        own = city = None
        if topic.relevant and len(topic.groups) == 1 and len(self.config.topic.actors) >= 2 \
                and not topic_system(words, self.config.topic.terms):  # "… of its military"
            own = own_reform(words)  # (not "… to speed up the delivery of Su-35 jets")
            city = None if own else attack_on_third_city(
                words, set(topic_countries(self.config.topic)))  # "… attack on Kyiv"
        if own or city:
            told = f"tells its own domestic act ({own!r})" if own else \
                f"tells its attack on a third country's city ({city!r})"
            topic = replace(topic, relevant=False,
                            reason=f"names {next(iter(topic.groups))} only, and {told}")
        milestone = development_milestone(words, dating.mention.start - sentence.start) \
            if topic.relevant and len(topic.groups) <= 1 and \
            len(self.config.topic.actors) >= 2 else None
        if milestone:  # "KAAN … completed its maiden flight in May": the maker's programme
            topic = replace(topic, relevant=False, reason="names one side at most, and its "
                            f"date is the thing's development milestone ({milestone.strip()!r})")
        accession = own_accession(words, dating.mention.start - sentence.start) \
            if topic.relevant and len(topic.groups) <= 1 and \
            len(self.config.topic.actors) >= 2 else None
        if accession:  # "… after Finland joined NATO earlier this year": its own membership
            topic = replace(topic, relevant=False, reason="names one side at most, and its "
                            f"date is that side's joining of an alliance ({accession.strip()!r})")
        where = f"line {self.line_of(sentence.start)}"
        speaker = speaker_of_reaction(words) if topic.relevant else None
        if speaker and other_countries(speaker, self.config.topic) and not match_topic(
                speaker, self.config.topic, self.cast.sides_named(speaker)).groups:
            topic = replace(topic, relevant=False, reason="a third country's statement or "
                            f"reaction ({', '.join(other_countries(speaker, self.config.topic))})")
        followed = followed_act(text, sentence.start, dating.mention) if topic.relevant else None
        agent = _agent_phrase(followed) if followed else None  # "signed by Iran and Russia"
        if followed and (others := other_countries(followed, self.config.topic)) and not (
                agent and len(match_topic(agent, self.config.topic,
                                          self.cast.sides_named(agent)).groups) >= 2):
            topic = replace(topic, relevant=False, reason="its date is of the earlier act it "
                            f"follows, another country's ({', '.join(others)})")
        if not topic.relevant:
            self.note(f"skip {where}: {dating.mention.text!r} -> off topic ({topic.reason})")
            return None
        if dating.statement and dating.mention.rule == "anaphor" and previous is not None and \
                _AT_THE_TIME.search(text, sentence.start, dating.mention.end) and \
                previous.dating.mention.value == dating.mention.value and \
                not text[previous.sentence.end:sentence.start].strip():
            # "X received Y on February 9. The two sides reviewed …, aides noted at the time":
            # what was said then of the event just told, no event of its own
            previous.event.sources[0].quote = _flat(text[previous.sentence.start:sentence.end])
            self.note(f"{where}: said 'at the time' of the event just told: joins "
                      f"{previous.event.title!r}")
            return None
        if carried and {"visit", "meeting"} & set(carried.event.tags):
            # "… during Singh's visit to Hanoi on Wednesday." + "Singh visited the shipyard and
            # held talks with X.": a meeting of that visit or meeting, told with no date of its
            # own, is part of its event: it joins the quote, no event of its own (after a
            # statement, "He spoke during a meeting with X" is the occasion itself: its event)
            carried.event.sources[0].quote = _flat(text[carried.sentence.start:sentence.end])
            self.note(f"{where}: a meeting of the occasion before, with no date of its own: "
                      f"joins {carried.event.title!r}")
            return None
        begin = carried.sentence.start if carried else \
            antecedent.start if antecedent is not None else sentence.start
        span = Sentence(begin, sentence.end)
        told = antecedent.text(text) if pointer == "occasion" \
            else None  # "It is the 20th edition": the sentence before says what "it" is
        shown = words  # what the title and the actors are made of
        if they and not carried and told is None and also is None:  # "They also signed …"
            at = len(words) - len(subject)  # the sides for the pronoun, whose offsets from the
            shown = words[:at] + " and ".join(they) + subject[len(subject.split()[0]):]  # end stay
        candidate = self.build(span, shown, dating, mentions, carried is not None, told)
        if lone is not None:  # "Shusha Declaration signed": the act the side clause tells
            candidate.event.title, candidate.event.id = lone[1], event_id(dating.mention.value,
                                                                          lone[1])
        if also is not None:  # the quote: the dated sentence, then this one
            candidate.event.sources[0].quote = joined(text, also.sentence, sentence)
        how = "carried from the previous sentence" if carried else dating.reason
        self.note(f"{candidate.event.date} {where}: {how}; rule {dating.mention.rule}: "
                  f"{dating.mention.reason} -> {candidate.event.title!r}")
        self.found.candidates.append(candidate)
        return candidate

    def they_are(self, subject: str) -> list[str]:
        """The two sides a plural pronoun subject ("They also agreed …") stands for: the two
        who met in the sentence right before ("X met his Russian counterpart Y"), when it
        names both sides and no other country, in the order of the site's settings; none
        otherwise (after "… have armed the Houthis", "they" are the Houthis)."""
        if not _THEY.match(subject) or not self.about_topic() or not self.seen:
            return []
        told, at = self.seen[-1], self.seen_at[-1]
        if other_countries(told, self.config.topic) or meeting_title(
                told, self.cast.names, describe=lambda phrase: self.cast.resolve(phrase, at)) is None:
            return []
        sides = self.cast.sides_named(told)
        if re.match(r"(?:He|She)\b", told.lstrip()):  # "He met Iranian Defence Minister …"
            who = self.cast.resolve("he", at)
            sides |= self.cast.sides_named(who) if who else set()
        groups = match_topic(told, self.config.topic, sides).groups
        return [g for g in self.config.topic.actors if g in groups] if len(groups) >= 2 else []

    def founded_before(self, words: str, dating: Dating) -> bool:
        """A founding told is the organisation's history when it is dated before the story's
        time (a past year or month, a day more than a week before the article's), and not by
        both sides ("set up on Monday by the defence ministries of Pakistan and China";
        "established on Monday" after a joint venture's lead: the news itself)."""
        founded = _FOUNDED.match(words)
        agent = _agent_phrase(words[founded.end():]) if founded else None
        if agent and len(match_topic(agent, self.config.topic,
                                     self.cast.sides_named(agent)).groups) >= 2:
            return False  # founded by both sides: their act
        if self.reference.date is None:
            return True
        value = dating.mention.value
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return (self.reference.date - date.fromisoformat(value)).days > 7
        if re.fullmatch(r"\d{4}(?:-\d\d)?", value):  # a year or a month before the article's
            return value < self.reference.iso[:len(value)]
        return True

    def same_occasion(self, previous: Candidate, sentence: Sentence, act: str) -> bool:
        """"A memorandum was also signed", "Both sides signed …" tell another document of the
        signing or the talks just dated: a few sentences before, no other time, no other
        documents or countries.  An occasion is a day: an act dated only by its month or year
        ("A memorandum was signed … in September") is history told in passing, and what is
        "also" signed two sentences on belongs to the news, unless the sentences between go
        on about that occasion ("The signing ceremony … was attended by …")."""
        text = self.article.text
        if len(previous.event.date) != 10 and _off_occasion_between(text, previous.sentence,
                                                                    sentence, self.config.topic) > 0:
            return False
        after_signing = SIGNING.search(previous.event.title) or \
            {"meeting", "visit"} & set(previous.event.tags) or \
            _names_occasion(previous.sentence.text(text))
        return bool(after_signing) and \
            sentences_between(text, previous.sentence, sentence) <= 4 and \
            not _OTHER_TIME.search(_ON_THE_OCCASION.sub(" ", act)) and \
            not OTHER_DOCUMENTS.search(act) and \
            not other_countries(sentence.text(text), self.config.topic)

    def attributed(self, said: Sentence, sentence: Sentence, words: str, dating: Dating,
                   mentions: list[Mention]) -> Candidate | None:
        """"Kiev expects the first corvette in 2023. This was announced on Tuesday, July 27":
        the sentence before, which gave no event of its own, is a statement of that day."""
        text, where = self.article.text, f"line {self.line_of(sentence.start)}"
        before = said.text(text)
        topic = match_topic(before, self.config.topic, self.cast.sides_named(before))
        if not topic.relevant:
            self.note(f"skip {where}: {dating.mention.text!r} -> says who reported the sentence "
                      f"before, which is off topic ({topic.reason})")
            return None
        dating = replace(dating, statement=True, reason="the date the sentence before was "
                         "announced (an attribution)")
        candidate = self.build(Sentence(said.start, sentence.end), words, dating, mentions,
                               False, before)
        self.note(f"{candidate.event.date} {where}: {dating.reason}; rule "
                  f"{dating.mention.rule}: {dating.mention.reason} -> {candidate.event.title!r}")
        self.found.candidates.append(candidate)
        return candidate

    def about_topic(self) -> bool:
        """The article is about the topic: its title or its first story paragraph is."""
        if self.on_topic is None:
            story = self.article.story_blocks()
            lead = self.article.text[story[0].start:story[0].end] if story else ""
            self.on_topic = any(
                match_topic(t, self.config.topic, self.cast.sides_named(t)).relevant
                for t in (self.article.title, lead) if t)
        return self.on_topic

    def thing_told(self, subject: str) -> str | None:
        """The head of a definite subject ("The first squadron was delivered …"), or of a bare
        plural that is a topic term ("Payments were halted …"), when an on-topic sentence
        before, or the title, names that thing ("two more squadrons", "its delay in payments")."""
        head = subject_head(subject[:1].upper() + subject[1:])
        if head is None:  # "Payments were halted …": a bare plural, when it is a topic term
            bare = bare_subject_head(subject)
            head = bare if bare and bare in match_topic(bare, self.config.topic).terms else None
        if head is None:
            return None
        for told in (self.article.title or "", *self.seen):
            if names_thing(head, told) and \
                    match_topic(told, self.config.topic, self.cast.sides_named(told)).relevant:
                return head
        return None

    def line_of(self, offset: int) -> int:
        """The 1-based line of an offset in the article text."""
        return line_of(self.article.text, offset)

    def note(self, line: str) -> None:
        """Add a line to the article's ``--explain`` output."""
        self.found.explain.append(f"  {line}")

    def build(self, span: Sentence, words: str, dating: Dating, mentions: list[Mention],
              carried: bool, told: str | None = None) -> Candidate:
        """The candidate event of a sentence (``span`` also covers a carried sentence or the
        sentence it refers back to; ``told``: that sentence, when it gives the headline)."""
        mention, cast = dating.mention, self.cast
        statement = dating.statement and not carried
        at = span.end - len(words)
        local = [(m.start - at, m.end - at) for m in mentions if at <= m.start < m.end <= span.end
                 and not names_a_thing(words, replace(m, start=m.start - at, end=m.end - at))]
        cut = _dated_clause(words, local, mention.start - at) or \
            framed_clause(words, mention.start - at) or \
            _history_clause(words, mention.start - at)  # "… dates back to 2017, when …"
        title = make_title(told, [], cast.names, statement,
                           describe=lambda phrase: cast.resolve(phrase, span.start)) \
            if told else make_title(words[cut:], [(a - cut, b - cut) for a, b in local],
                                    cast.names, statement,
                                    describe=lambda phrase: cast.resolve(phrase, at + cut))
        title = title_or_headline(title, self.article.title, told or words, cast.names,
                                  mention.value, self.reference.iso or "")
        basis = f"{told} {words}" if told else words  # "It was its 20th edition": both say it
        entities = find_entities(basis[dateline_end(basis, 0, len(basis)):], cast.names)
        quote = re.sub(r"\s*\n\s*", " ", self.article.text[span.start:span.end])
        source = Source(article=self.article.id, quote=quote, date_text=mention.text,
                        reported=self.reference.iso, date=mention.value, rule=mention.rule)
        first, last = self.config.period
        event = Event(
            id=event_id(mention.value, title), date=mention.value, title=title,
            end_date=dating.end.value if dating.end else None,
            approximate=mention.approximate,
            tags=tags_for(basis, statement), actors=entities.actors[:MAX_ACTORS],
            places=list(entities.places), context=not first <= int(mention.value[:4]) <= last,
            sources=[source],
        )
        rank = (int(statement), int(carried), PRECISION.get(mention.precision, 3), span.start)
        return Candidate(event, span, dating, entities, rank)


# An undated sentence that points to another time does not take the previous date.
_OTHER_TIME = re.compile(r"\b(?:" + "|".join(en.OTHER_TIME_WORDS) + r")\b",
                         re.IGNORECASE)


# "held talks before signing …", "after inspecting the guard of honour": a step of the same
# occasion, not another time.
_ON_THE_OCCASION = re.compile(r"\b(?:" + "|".join(en.OCCASION_STEPS) + r")\s+(?=[a-z]+ing\b)")


def _dated_clause(words: str, local: list[tuple[int, int]], dated: int) -> int:
    """Where the clause that holds the date starts: after a ";" before it when the clauses
    before hold no date ("X is the second ship of the class; the navy commissioned its sister
    on December 9": the act of the second clause is the news), else 0."""
    cut = words.rfind(";", 0, dated) + 1
    if cut == 0 or any(start < cut for start, _ in local) or '"' in words[:cut] or \
            "“" in words[:cut] or len(words[cut:dated].split()) < 3:
        return 0
    return cut + len(words[cut:]) - len(words[cut:].lstrip())


# "The submarine programme dates back to 2017, when the two ministers agreed to …": the year
# is the time of the act the "when" clause tells.
_BACK_TO_WHEN = re.compile(r"\b(?:" + "|".join(en.GOES_BACK_VERBS) + r")\s+back\s+to\s+"
                           r"[^,;]{1,40},\s+when\s+(?=\S)")


def _history_clause(words: str, dated: int) -> int:
    """Where the clause of a history's act starts: after "…dates back to 2017, when" (the date
    inside the "back to" phrase), else 0."""
    match = _BACK_TO_WHEN.search(words)
    return match.end() if match and match.start() < dated < match.end() else 0


def _things_history(subject: str, mention: Mention) -> bool:
    """The subject is a definite thing of the topic's kind, hardware, not an act or an
    occasion ("The Xyz-class vessels"; not "The sale"), told by a word of its history before
    its verb ("were originally commissioned", "first entered service": en.ASIDE_PARTICIPLE_CUES)
    years before the article: the thing's own past, not the news (a transaction told so, "were
    first ordered in 2019", stays one: en.ACT_NOUNS's verbs)."""
    thing = _THE_THING.match(subject[:1].upper() + subject[1:])
    if thing is None or not long_before(mention) or \
            thing.group(0).split()[-1].lower().removesuffix("s") not in en.HARDWARE_NOUNS:
        return False
    cue = re.search(r"\b(?:" + "|".join(en.ASIDE_PARTICIPLE_CUES) + r")\s+([a-z]+)\b",
                    subject[thing.end():])
    return cue is not None and is_past(cue.group(1)) and \
        cue.group(1) not in en.ACT_NOUNS.values()


def _carry(previous: Candidate | None, words: str, people: dict[str, str]) -> Candidate | None:
    """The previous candidate, when this undated sentence tells of a meeting it belongs to."""
    if previous is None or _OTHER_TIME.search(words):
        return None
    lead = [surname(p) for p in previous.entities.people[:1]]
    if meeting_title(words, people, describe=lambda phrase: lead[0] if lead else None) is None:
        return None
    shared = set(find_entities(words, people).people) & set(previous.entities.people)
    continues = re.match(r"(?:He|She)\b", words) and previous.entities.people
    return previous if shared or continues else None


