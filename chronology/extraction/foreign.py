"""Events from articles in a language given as data (Russian, Persian): the same evidence,
dates and explanations as English, by simpler rules that read only the language's tables.

Per story sentence: (1) on topic when it names two actor groups, or one group and a topic
term (``names.py``: case endings and spelling variants), or, in an article whose title or
first paragraph is on topic, one group and an action of the topic's kind (the language's
``TOPIC_ACTIONS``: a delivery, a strike, a launch, a denial, weapons), or no group but a
topic term and such an action; (2) dated by its calendar date
mentions: a date next to a reporting verb ("заявил в среду", "روز سه‌شنبه گفت") dates the
statement, any other dates the action and wins, unless it is a plan vaguer than the
statement's date ("X заявил в среду, что поставки начнутся в 2016 году") or sits in a side
clause while the main clause has a date of its own ("Раиси, который прибыл во вторник, в
среду провел ..."); then day beats month beats year; an undated sentence that goes on with
the one before ("Стороны также подписали ...") takes its date (``carry``); the lead
right after a dateline with no date of its own gets the dateline's date (``dateline-lead``,
approximate), unless it announces a plan; (3) described: the sentence without its dateline,
attribution and date words, cut to 14 words, in its own language (no translation); actors
are the topic's groups and the canonical names of people (``topic.names``), so filters and
merges work across languages.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chronology.articles.model import Article
from chronology.config import SiteConfig
from chronology.dates.model import Mention, ReferenceDate
from chronology.events.model import Event, Source
from chronology.extraction.dating import Dating, _week_as_month
from chronology.extraction.entities import Entities
from chronology.extraction.foreign_acts import NEXT_SENTENCE as _NEXT_SENTENCE
from chronology.extraction.foreign_acts import ActReading
from chronology.extraction.foreign_dating import PRECISION, DateChoice
from chronology.extraction.foreign_links import GoingOn
from chronology.extraction.foreign_occasions import first_dateline, story_dateline
from chronology.extraction.foreign_parts import (
    QUOTES,
    antecedent,
    joined_sentences,
    kinds_in,
    participle_act,
    participle_told,
    printed_again,
    recent,
    repeats_headline,
    same_act,
    sentence_parts,
    sentences_between,
    shared_stems,
    side_dated,
    side_told,
    tells_an_act,
    words_handed,
)
from chronology.extraction.foreign_people import people_in
from chronology.extraction.foreign_relevance import (
    STEM,
    THINGS_BACK,
    another_of_series,
    delivery_coming,
    headline_sides,
    occasions,
    opens_with_a_stage,
    same_occasion,
    side_of_thing,
    thing_told_before,
    told_as_history,
)
from chronology.extraction.foreign_restated import without_restated
from chronology.extraction.foreign_retold import (
    OPENING_WORDS,
    leads_dated_next,
    other_weeks,
    with_ends_told,
    without_retold,
)
from chronology.extraction.foreign_sides import MODEL, SideNames
from chronology.extraction.foreign_spans import with_spans_told
from chronology.extraction.foreign_titles import (
    foreign_title,
    gapped_title,
    participle_title,
    passing_title,
    side_clause_matches,
)
from chronology.extraction.foreign_trends import tells_a_trend
from chronology.extraction.ids import event_id
from chronology.extraction.model import Candidate, Found
from chronology.extraction.names import TopicNames
from chronology.extraction.sentences import Sentence, line_of
from chronology.languages import ZWNJ, language

# kinds of act told of one deal: a delivery's contract ("Россия завершила поставку ... .
# Контракт был подписан в 2007 году") is between the delivery's sides
WITHOUT_WITHIN = 4  # words after one of absence ("без", "بدون") whose kind is not reached
_RELATED_KINDS = {"delivery": ("arms deal",), "arms deal": ("delivery",)}
OCCASIONS = {"meeting", "visit"}  # kinds of an occasion at which other acts are done


def find_foreign_candidates(article: Article, reference: ReferenceDate, mentions: list[Mention],
                            config: SiteConfig) -> Found:
    """Every candidate event of a Russian or Persian article, in text order."""
    code = article.language or "en"
    scan = _Scan(article, reference, config, code, TopicNames(config.topic, code))
    # "هفته دوم اکتبر": a week of a named month dates its act as that month, as in English
    mentions = [_week_as_month(m) if m.rule == "month-week" else m for m in mentions]
    scan.every = mentions
    # the year a plan is for ("план ... на 2025 год") dates no act: the sentence is undated
    # nor the month a plan was put off to or from ("перенесли на февраль")
    dated = sorted((m for m in mentions if m.is_calendar and not scan.is_label_year(m)
                    and not scan.for_period(m) and not scan.put_off_time(m)),
                   key=lambda m: m.start)
    elsewhere = other_weeks(mentions, reference, article.text, scan.lang)
    opened = False  # the story's first sentence (a lead without a dateline) was read
    reopened = False  # the headline printed again gave no event: the next sentence opens
    scan.datelined = first_dateline(article, scan.lang)
    for number, block in enumerate(article.story_blocks()):
        start, scan.block = block.start, number
        dateline = story_dateline(article, block, number, scan.lang)
        if dateline:
            start = dateline.end()
            scan.dateline_day = next((m for m in mentions if dateline.start() <= m.start < (
                dateline.end()) and recent(m, reference)), None)
        wholes = joined_sentences(article.text, sentences_between(article.text, start, block.end), dated,
                         scan.lang)
        # a standfirst (a first paragraph of one or two undated sentences that tell no act:
        # "Это уже третий визит ... за три месяца", "موضع رسمی ... اعلام شد. جزئیات ... را در
        # گجت نیوز بخوانید.") leaves the opening to the lead after it
        undated = not any(block.start <= m.start < block.end for m in dated)
        standfirst = number == 0 and undated and (len(wholes) <= 2 and not any(
            scan.opens_with_news(w.text(article.text), w) for w in wholes) or len(wholes) == 1
            and scan.is_deck(wholes[0].text(article.text)) or len(wholes) <= 2 and wholes
            and printed_again(article, wholes[0], block.end))
        for i, whole in enumerate(wholes):
            words = whole.text(article.text)
            # a publication line ("время публикации: 10 декабря 2025 г.") or a stamp of a date
            # and a clock ("10 تیر 1404 ساعت 14:01": its words with no digit are few) is no
            # story opening
            opening = not opened and sum(
                not any(c.isdigit() for c in w) for w in words.split()) >= OPENING_WORDS and not (
                scan.lang.published_label.match(scan.lang.normalise(words))) and not (
                scan.datelined is not None and number < scan.datelined)  # a subheading
            # the headline printed again over the story that gave no event (off topic, as
            # "Сербов пригласили на «Танковый биатлон»"): the first sentence after it opens
            reopen = not opened and repeats_headline(words, article.title)
            told_before = len(scan.found.candidates)
            opened = opened or (opening and not standfirst) or bool(dateline)
            parts = sentence_parts(article.text, whole, dated, scan.lang, mentions)
            news = opening and (scan.opens_with_news(words, whole) or (
                scan.lang.headline_told and scan.previous is None
                and scan.says_about_this(words))) and not (
                reopened and scan.background(words))  # ("Об этом сообщил …": ``HEADLINE_TOLD``)
            leading = bool(dateline) and i == 0 or news
            if leading and len(parts) == 1:
                parts = side_told(article.text, whole, dated, scan.lang, reference) or parts
            if len(parts) == 1:
                parts = side_dated(article.text, whole, dated, scan.lang) or parts
            for j, sentence in enumerate(parts):
                inner = [m for m in dated if sentence.start <= m.start < sentence.end]
                lead = "dateline" if dateline and i == j == 0 else (
                    "opening" if news and j == 0 and not scan.lang.other_time.search(
                        scan.lang.source_note.sub(" ", scan.lang.normalise(words))) else "")
                if any(whole.start <= m.start < whole.end for m in elsewhere) or (
                        lead and tells_a_trend(words, scan.lang)):
                    lead = ""  # "на прошлой неделе снова побывала ...": dated, if vaguely
                if j and scan.another_pairs(sentence):
                    continue  # "…, которые в 2012 году были поставлены Венесуэле"
                told = participle_told(article.text, sentence, inner, scan.lang, lead) if (
                    len(parts) == 1) else None
                if told is None:
                    scan.sentence(sentence, inner, lead=lead, whole=whole)
                    continue
                phrase, mention = told  # the sentence's act without the participle's date
                scan.sentence(sentence, [m for m in inner if m is not mention], lead=lead,
                              whole=whole, aside=phrase)
                if scan.another_pairs(phrase):  # "вертолеты, заказанные Египтом в 2015 году"
                    continue
                after = scan.previous
                scan.sentence(phrase, [mention], lead="", whole=whole)
                scan.previous = after
            if reopen and len(scan.found.candidates) == told_before:
                opened, reopened = False, True
            elif scan.lang.scene_opens and opening and not standfirst and not dateline and (
                    scan.skipped_off_topic and len(scan.found.candidates) == told_before
                    and not scan.reports_an_act(words) and scan.about_topic()):
                # the story's first sentence names no side of an article about them and tells
                # no act, only a matter going on ("Сегодня в сенате продолжаются слушания по
                # бюджету …", ``SCENE_OPENS``): it is the scene, the next sentence the lead
                # (not another occasion told done: "В Женеве завершились переговоры …")
                opened, reopened = False, True
    scan.found.candidates = with_spans_told(with_ends_told(without_retold(
        leads_dated_next(scan.found, article.text, reference), scan.found, article.text, scan.lang),
        scan.found, article.text, scan.lang), mentions, article.text, scan.lang,
        scan.found.explain)
    scan.found.candidates = without_restated(scan.found.candidates, scan.found, article.text,
                                             scan.lang)
    return scan.found


class _Scan(ActReading, SideNames, GoingOn, DateChoice):
    def __init__(self, article, reference, config, code, names) -> None:
        self.article, self.reference, self.config = article, reference, config
        self.lang, self.names, self.found = language(code), names, Found()
        self.canonical = config.topic.canonical()
        self.on_topic: bool | None = None
        self._models: set[str] | None = None
        self.previous: tuple[Sentence, Candidate | None] | None = None
        self.skipped_off_topic = False  # the last sentence read named no side at all
        self.every: list[Mention] = []  # the article's mentions: a gapped clause's title
        self.dateline_day: Mention | None = None  # a dateline's day before the reference
        self.block, self.datelined = 0, None  # the story block read; the dateline's, if any

    def story_paragraphs(self) -> list:
        """The story's paragraphs from its first real one: a line of a place, a date and an
        agency alone ("Ульяновск, 27 ноября 2015. ИА «Мосмедиа».": fewer than
        ``OPENING_WORDS`` words without a digit) is a stamp, not the first paragraph."""
        story = self.article.story_blocks()
        text = self.article.text
        first = next((k for k, b in enumerate(story) if sum(
            not any(c.isdigit() for c in w) for w in text[b.start:b.end].split()) >= OPENING_WORDS),
            0)
        return story[first:]

    def about_topic(self) -> bool:
        """The article is about the topic: its title or its first story paragraph names two
        sides, or one side and a topic term; or the two name a side each ("Белоусов прибыл в
        Северную Корею" over a lead naming Russia)."""
        if self.on_topic is None:
            story = self.story_paragraphs()
            lead = self.article.text[story[0].start:story[0].end] if story else ""
            tops = [t for t in (self.article.title, lead) if t]
            if len(story) > 1 and not any(self.names.groups(t) for t in tops):
                # neither names a side at all (a page cut before its headline: "Ведомство
                # сообщило, что «операция ... началась»"): the next paragraph tells whose
                tops.append(self.article.text[story[1].start:story[1].end])
            self.on_topic = any(
                len(g := self.names.groups(t)) >= 2 or bool(g and self.names.terms(t))
                for t in tops) or len({g for t in tops for g in self.names.groups(t)}) >= 2
        return self.on_topic

    def note(self, line: str) -> None:
        self.found.explain.append(f"  {line}")

    def line_of(self, offset: int) -> int:
        return line_of(self.article.text, offset)

    def sentence(self, sentence: Sentence, mentions: list[Mention], lead: str,
                 whole: Sentence | None = None, aside: Sentence | None = None) -> None:
        """One sentence, or one part of a sentence telling two acts (``whole``: the sentence,
        whose sides and terms the part shares; ``aside``: an act told in passing inside it,
        whose kind is not the sentence's)."""
        words = sentence.text(self.article.text)
        previous, self.previous = self.previous, (sentence, None)
        self.skipped_off_topic = False
        if self.lang.published_label.match(self.lang.normalise(words)):
            self.note(f"line {self.line_of(sentence.start)}: skipped (a publication line): "
                      f"{words[:60]!r}")
            return
        if mentions and self.report_of_previous(sentence, words, mentions, previous):
            return
        if self.confirms_previous(sentence, words, previous):
            return
        if not mentions and not lead and self.occasion_of_news(words):
            lead = "dateline" if self.datelined is not None else "opening"
        elif not mentions and not lead and self.held_already(words):
            lead = "held"
        if not mentions and not lead:
            self.carry(sentence, words, previous)
            return
        context = (whole or sentence).text(self.article.text)
        groups, from_headline = sorted({*self.sides(context), *self.person_pointed(
            context, (whole or sentence).start)}), []
        on_topic = len(groups) >= 2 or bool(groups and (
            self.names.terms(context) or self.models() & self.weapon_models(context)))
        if not on_topic and len(groups) <= 1 and self.about_topic():
            # a side with an act of a kind of event ("Парламент Индии ратифицировал договор",
            # ``KINDS_ON_TOPIC``) is an action of the topic's kind too
            action = bool(self.lang.topic_actions.search(self.names.normalise(
                context))) or delivery_coming(context, self.said_before(sentence, previous),
                                              self.lang, MODEL) or (
                self.lang.kinds_on_topic and bool(groups) and bool(set(self.tags(
                    context, False)) & kinds_in(self.lang.normalise(context), self.lang)))
            # no side named ("Самолеты перебазировались на аэродром Хамадан накануне"): the
            # article's sides are meant when a topic term and an action say so
            on_topic = action and bool(groups or self.names.terms(context))
            base = (whole or sentence).start
            undated = "".join(" " if any(m.start <= base + k < m.end for m in mentions) else ch
                              for k, ch in enumerate(context))  # "в этом году" points nowhere
            # "هر دو کشور در ماه ژوئیه نیز یک رزمایش مشترک برگزار کردند", "обе страны ...": a
            # term of the topic with "both countries" (``BOTH_SIDES``) names the article's
            # sides, so a country named as the scene or in a reaction is no third party
            both = on_topic and not groups and self.lang.both_sides.search(
                self.lang.normalise(undated))
            meant = self.article_sides() if both else [] if on_topic else self.sides_meant(
                undated, previous, context) or (
                self.lead_goes_on(sentence, words, mentions, previous, groups)) or (
                self.thing_side(context, (whole or sentence).start, groups))
            if lead and not on_topic and not meant and self.article.title:
                # ("Об этом сообщил директор …" first under the headline, ``HEADLINE_TOLD``:
                # who told the headline's news, which the sentence tells too)
                meant = from_headline = headline_sides(
                    self.names.groups(self.article.title),
                    self.opens_with_news(self.article.title) and bool(
                        self.tags(self.article.title, False)) or self.points_back(words) or (
                        self.lang.headline_told and previous is None
                        and self.says_about_this(words)),
                    groups, self.other_countries(context))
            if lead and not on_topic and not meant and not groups:
                meant = self.sides_told_next(sentence, context)
            if meant:
                groups, on_topic = sorted({*groups, *meant}), True
        if not on_topic and not groups and (meant := self.deal_for_things_told(context)):
            groups, on_topic = meant, True
        where = f"line {self.line_of(sentence.start)}"
        others = self.third_parties(context) if on_topic and len(groups) <= 1 else []
        if on_topic and not others and (others := self.circumstance_only(
                context, (whole or sentence).start)):
            self.note(f"{where}: skipped (an act of {', '.join(others)}; the sides are named "
                      f"only in its circumstance): {words[:60]!r}")
            return
        if others:
            self.note(f"{where}: skipped (off topic: names {', '.join(groups) or 'no side'} "
                      f"with {', '.join(others)}): {words[:60]!r}")
            return
        if not on_topic:
            why = ("names no topic actor, or no term and action in an article on the topic"
                   if not groups else
                   f"names only {groups[0]}, no term and no action of the topic's kind")
            self.note(f"{where}: skipped (off topic: {why}): {words[:60]!r}")
            self.skipped_off_topic = not groups
            return
        dating = self.dating(words, sentence, mentions, lead)
        if dating is None:
            return
        if dating.mention.precision == "year" and self.lang.contrast_opener.match(
                self.lang.normalise((whole or sentence).text(self.article.text))):
            self.note(f"{where}: skipped (a background set against the news, dated only by a "
                      f"year): {words[:60]!r}")
            return
        # (a lead with a date of its own keeps its own words: "Фрегат 20 сентября вошел в порт")
        headline = lead and self.article.title and (self.lang.pronouns.match(
            self.lang.normalise(words)) or from_headline and not mentions
            or self.headline_act_of_occasion(words, dating))
        if headline:
            # "Они стартовали на полигоне ...": the story's first sentence goes on from the
            # headline, which names what "they" are: its sides and its kind of act too
            groups = sorted({*groups, *self.names.groups(self.article.title)})
        candidate = self.build(sentence, words, dating, groups, mentions)
        if aside is not None:  # "передала Ирану закупленные в 2016 году радары": a delivery
            own = self.article.text[sentence.start:aside.start] + " " + self.article.text[
                aside.end:sentence.end]
            candidate.event.tags = self.tags(own, dating.statement)
            bracket = self.article.text[aside.start - 1:aside.end + 1]
            if bracket[:1] == "(" and bracket in candidate.event.title:  # an aside of its own
                event = candidate.event
                event.title = " ".join(event.title.replace(bracket, " ").split())
                event.id = event_id(event.date, event.title)
        told = antecedent(self.article.text, whole.start, sentence.start, self.lang) if (
            whole is not None and whole.start < sentence.start) else sentence.start
        passing = passing_title(self.article.text, sentence.start, sentence.end, whole.start,
                                mentions, self.lang) if told < sentence.start or (
            whole is not None and whole.start < sentence.start) else None
        if passing or told < sentence.start:  # "..., который был нанесен 11 марта": what
            event = candidate.event           # was done; "…, подписанному в 2015 году"
            event.title = passing or foreign_title(self.article.text[told:sentence.end], told,
                                                   mentions, self.lang)
            event.id = event_id(event.date, event.title)
        if not passing and (act := self.participle_title(dating.mention, sentence, mentions)):
            candidate.event.title = act  # "…, подписанное в г. Тегеране 12 марта 2016 г.»"
            candidate.event.id = event_id(candidate.event.date, act)
        if headline:
            event = candidate.event
            event.title = foreign_title(self.article.title, 0, [], self.lang)
            event.id = event_id(event.date, event.title)
            event.tags = sorted({*event.tags, *self.tags(self.article.title, False)})
        elif (pronoun := self.lang.pronouns.match(self.lang.normalise(candidate.event.title))) \
                and (person := self.pointed(context, (whole or sentence).start)) and person[1]:
            # "Он выступил в парламенте ...": a title names the person, not a pronoun
            event = candidate.event
            event.title = person[1] + event.title[pronoun.end():]
            event.id = event_id(event.date, event.title)
        self.found.candidates.append(candidate)
        self.previous = (sentence, candidate)
        m = dating.mention
        self.note(f"{where}: {m.value} {m.text!r} ({m.rule}: {m.reason}) -> {candidate.event.title}")
        self.done_again(candidate, sentence, words, groups, mentions)

    def done_again(self, candidate: Candidate, sentence: Sentence, words: str,
                   groups: list[str], mentions: list[Mention]) -> None:
        """A signing told by one participle with a second place and day after its own ("…,
        подписанное в г. Листвянске 3 мая 2019 г. и в г. Заречье 6 мая 2019 г.",
        ``DONE_AGAIN``): signed in two places on two days, each day a signing of its own,
        titled as the first with its place (the first place, just before the first day,
        replaced by the second; added when the title has none). Only inside the participle's
        clause (``participle_title``), and only when nothing but the clause's end follows the
        last day: "… 3 мая и в Заречье 6 июня провели консультации" tells another act."""
        m = candidate.dating.mention
        if m.precision != "day" or candidate.dating.statement or (
                "agreement" not in candidate.event.tags):
            return
        if self.participle_title(m, sentence, mentions) != candidate.event.title:
            return  # no signing told by a participle
        text = self.article.text
        again: list[tuple[Mention, str]] = []
        at = m
        for other in sorted((o for o in mentions if o.start > m.start), key=lambda o: o.start):
            joined = self.lang.done_again.fullmatch(text, at.end, other.start)
            if joined is None or other.precision != "day":
                break
            place = " ".join(joined.group("place").split())
            if not place.split()[-1][:1].isupper():
                break  # no name of a place: "и в пятницу"
            again.append((other, place))
            at = other
        if not again or not self.lang.done_again_end.match(text, at.end):
            return  # a verb after the last day: another act ("… и в Заречье 6 июня провели …")
        comma = text.rfind(",", sentence.start, m.start)
        first = [" ".join(p.group().split()) for p in self.lang.place_phrase.finditer(
            text, comma + 1, m.start) if p.group().split()[-1][:1].isupper()]
        title = candidate.event.title
        if first and f" {first[-1]}" not in f" {title} ":
            return  # a place the title does not hold as written: nothing to replace
        for other, place in again:
            second_title = (f" {title} ".replace(f" {first[-1]} ", f" {place} ", 1).strip()
                            if first else f"{title} {place}")
            second = self.build(sentence, words, replace(candidate.dating, mention=other,
                                                         end=None), groups, mentions)
            second.event.title, second.event.id = second_title, event_id(other.value,
                                                                         second_title)
            self.found.candidates.append(second)
            self.previous = (sentence, second)
            self.note(f"line {self.line_of(other.start)}: {other.value} {other.text!r} (the same "
                      f"act done again, in another place) -> {second_title}")

    def of_topic_kind(self, rest: str) -> bool:
        """The first word of ``rest`` (normalised) names an act of the topic's kind (``KINDS``,
        ``TOPIC_ACTIONS``: "учения", "переговоры", "патрулирования"; not "выборы") or the
        occasion the article tells by that word elsewhere ("Консультации ... Предыдущие
        консультации в таком формате ...")."""
        first = re.match(r"\W*([^\W\d_]+)", rest)
        if not first:
            return False
        word = first.group(1)
        return any(word.startswith(stem) for stem in self.lang.kinds) or bool(
            self.lang.topic_actions.match(word)) or len(re.findall(
                rf"(?<!\w){re.escape(word[:STEM])}", self.names.normalise(self.article.text))) >= 2

    def countries_subject(self, norm: str) -> bool:
        """"The countries" open a clause as the subject of its past verb ("…, что страны
        заключили сделку"; ``COUNTRIES_SUBJECT``): the article's two sides."""
        return any(self.lang.past.match(norm, m.end())
                   for m in self.lang.countries_subject.finditer(norm))

    def sides_meant(self, words: str, previous, dated: str = "") -> list[str]:
        """The sides a sentence naming none means: the article's ("две страны", "دو کشور"),
        or those of the event of the sentence right before when it points back to it ("эти
        комплексы", "این سند"). ``dated``: the sentence with its dates, which ``words`` blanks."""
        norm = self.lang.normalise(words)
        if self.lang.both_sides.search(norm) or self.countries_subject(norm) or any(
                self.of_topic_kind(norm[m.end():]) for m in self.lang.earlier_ones.finditer(norm)):
            return self.article_sides()
        if previous is None:
            return []
        if previous[1] is not None and self.shares_an_action(words, previous[1]):
            # "Контракт на поставку С-300 был заключен в 2007 году. В 2010 году поставки были
            # заморожены": the same kind of act, named again, is the one the sentence told
            return list(previous[1].entities.countries)
        if previous[1] is not None and self.lang.topic_actions.search(
                self.names.normalise(words)) and shared_stems(words, previous[1].event.title):
            # "Эшелоны с российскими военнослужащими прибывают в Китай ... . Первый эшелон
            # пересек границу 13 августа ...": an act told of the same things, named again
            return list(previous[1].entities.countries)
        if previous[1] is not None and thing_told_before(
                words, previous[0].text(self.article.text), self.lang) and \
                not told_as_history(words, previous[1].event.date, self.lang):
            # "… учения, в которых задействован крейсер «Маршал Устинов» … . Накануне в порт
            # прибыл крейсер «Маршал Устинов»": the thing the event before named (beyond its
            # title's words) is the subject
            return list(previous[1].entities.countries)
        if previous[1] is not None and "exercise" in previous[1].event.tags and (
                opens_with_a_stage(words, self.lang)) and not told_as_history(
                dated or words, previous[1].event.date, self.lang):
            # "… завершилось совместное учение ВМФ России и ВМС Египта. Береговая и морская
            # фазы проходили с 17 по 24 ноября": the stages of the exercise just told
            return list(previous[1].entities.countries)
        told = previous[0].text(self.article.text)
        if another_of_series(words, told, self.lang) and len(sides := self.sides(told)) >= 2 \
                and not self.other_countries(words):
            # "... во втором раунде консультаций России и Ирана. Первый раунд состоялся
            # в Москве в марте 2016 года": another of the series the sentence
            # before numbered, between its sides; not one naming other countries ("Первый
            # раунд консультаций США и Китая", "по инициативе Катара"): theirs
            return sides
        start = next((b.start for b in self.story_paragraphs()
                      if b.start <= previous[0].start < b.end), previous[0].start)
        told = self.article.text[start:previous[0].end]
        first = (re.findall(r"\w+", norm) or [""])[0]
        if kinds_in(first, self.lang) & kinds_in(self.lang.normalise(told), self.lang) and len(
                sides := self.sides(told)) >= 2:
            # "… о начале первых учений «Ларос-2019» (… Лаос и Россия). … Тренировки прошли …
            # и завершились 18 декабря": the sentence opens with the kind of act its paragraph
            # or the one before told of both sides, in sentences that gave no event (no date)
            return sides
        named = occasions(words, self.lang) if tells_an_act(words, self.lang) and not (
            self.announces_plan(norm)) else set()
        told_of = next((c for c in reversed(self.found.candidates) if len(
            c.entities.countries) >= 2 and named & set(c.event.tags)), None)
        if told_of is not None:
            return list(told_of.entities.countries)
        lead = next((c for c in self.found.candidates if len(c.entities.countries) >= 2), None)
        if lead is not None and self.shares_an_action(words, lead):
            # "Россия передала Ирану партию ... . По его словам, машины прибыли ... .
            # Контракт на поставку был подписан ...": the kind of act of the article's first
            # event between the sides, a sentence or two on
            return list(lead.entities.countries)
        if not self.lang.back_reference.search(norm):
            return []
        if previous[1] is not None:
            return list(previous[1].entities.countries)
        # the sentence before gave no event but named both sides ("... کره شمالی ... روسیه
        # ... . کیم ... گفته بود که این روابط ..."), or one side and this sentence the other
        # ("В Минобороны РФ эти сообщения не комментировали. Канани (МИД Ирана) назвал
        # подобные сообщения ..."): "these relations", "such reports" are theirs
        sides = self.sides(f"{previous[0].text(self.article.text)}\n{words}")
        return sides if len(sides) >= 2 else []

    def headline_act_of_occasion(self, words: str, dating) -> bool:
        """The lead, dated as the day's news, tells an occasion (talks, a meeting, a visit) and
        the headline, naming both sides, an act done of another kind that the lead does not
        tell ("Соглашение о поставках техники заключили …" over "Министр … встретился с
        коллегой …", ``HEADLINE_ACT``): the headline tells what the occasion gave, the news
        of the day, so the lead's event is titled by it."""
        title = self.article.title or ""
        if not self.lang.headline_act or dating.statement or len(self.names.groups(title)) < 2 \
                or dating.mention.rule != "dateline-lead":
            return False  # (a lead with a day of its own tells its occasion's acts itself)
        norm = self.lang.normalise(title)
        if not tells_an_act(title, self.lang) or self.announces_plan(norm):
            return False
        told, occasion = set(self.tags(title, False)), set(self.tags(words, False))
        return bool(occasion & OCCASIONS) and bool(told - OCCASIONS - {"statement"}) and not (
            told & occasion)

    def thing_side(self, words: str, start: int, groups: list[str]) -> list[str]:
        """The side of a thing the sentence's subject is, told earlier as one side's
        (``side_of_thing``), in the story's sentences of the ``THINGS_BACK`` characters before
        ``start``; none when the sentence names a side of its own or tells the thing's history
        (``told_as_history``)."""
        if groups or told_as_history(words, self.reference.iso or "", self.lang):
            return []
        text = self.article.text
        earlier = [s.text(text) for b in self.story_paragraphs()
                   if b.start < start and b.end > start - THINGS_BACK
                   for s in sentences_between(text, b.start, min(b.end, start))
                   if s.end <= start and s.start >= start - THINGS_BACK]
        return side_of_thing(words, earlier, self.sides, self.other_countries, self.lang)

    def sides_told_next(self, sentence: Sentence, words: str) -> list[str]:
        """The sides of a story's first sentence that names none nor another country, told by
        the next sentence of its paragraph of the same occasion ("В Новороссийске прошло
        обсуждение учений «Мост дружбы-2020». Тренировки с участием ВМФ России и Египта
        будут проводиться впервые."): the lead names the occasion, the next its parties."""
        after = _NEXT_SENTENCE.match(self.article.text, sentence.end)
        if after is None or self.other_countries(words):
            return []
        told = after.group(1)
        sides = self.sides(told)
        return sides if len(sides) >= 2 and same_occasion(words, told, self.lang) else []

    def lead_goes_on(self, sentence: Sentence, words: str, mentions: list[Mention],
                     previous, groups: list[str]) -> list[str]:
        """A sentence naming no side but the lead's (``groups``: "Церемония прошла в
        понедельник в Тегеране") right after a lead dated by the lead convention, in its
        paragraph, that tells the lead's act (``same_act``) on one of the few days before
        the reference ("Группа иранских летчиков завершила курс ... . Торжественное вручение
        дипломов состоялось во вторник."): it tells when the lead happened, so it has the
        lead's sides, as in English ("The warship was commissioned on Monday")."""
        if previous is None or previous[1] is None or not mentions or (
                previous[1].dating.mention.rule != "dateline-lead") or not (
                set(groups) <= set(previous[1].entities.countries)):
            return []
        between = self.article.text[previous[0].end:sentence.start]
        if "\n" in between.strip(" \t") or "\n\n" in between:
            return []
        if not all(recent(m, self.reference) for m in mentions) or not tells_an_act(words, self.lang):
            return []
        if not same_act(previous[0].text(self.article.text), words, self.lang):
            return []  # "В понедельник в Астрахани прошел концерт ...": another act
        return list(previous[1].entities.countries)

    def article_sides(self) -> list[str]:
        """The sides the article is about: those its title and first paragraph name, when
        they name two or more."""
        story = self.story_paragraphs()
        lead = self.article.text[story[0].start:story[0].end] if story else ""
        sides = self.names.groups(f"{self.article.title or ''}\n{lead}")
        return sides if len(sides) >= 2 else []

    def deal_for_things_told(self, words: str) -> list[str]:
        """The sides of the article's last event when a sentence naming no side opens with a
        contract or an agreement for the delivery (``OBJECT_OF_DEAL``) of the things that event
        told of: "Су-30СМ прибыли в Белоруссию ... . Договор на поставку самолетов был подписан
        в 2017 году" is the deal of those aircraft, between its sides."""
        told = self.found.candidates[-1] if self.found.candidates else None
        tokens = re.findall(r"\w+", self.lang.normalise(words))[:3]
        if told is None or len(tokens) < 3 or self.countries_elsewhere(words):
            return []
        deal = bool(kinds_in(tokens[0], self.lang) & {"arms deal", "agreement"}) and (
            tokens[1] in self.lang.object_of_deal) and "delivery" in kinds_in(tokens[2], self.lang)
        return list(told.entities.countries) if deal and thing_told_before(
            words, told.event.title, self.lang) else []

    def countries_elsewhere(self, words: str) -> list[str]:
        """The countries ``words`` names that no side of the topic stands for, as a party or
        as a place: in a deal's sentence the place a delivery goes to («на поставку вертолетов
        в Алжир») names its buyer, another country's deal."""
        norm = self.lang.normalise(words)
        return [country for country, pattern in self.lang.countries.items()
                if country not in self.own_countries and pattern.search(norm)]

    def shares_an_action(self, words: str, event: Candidate) -> bool:
        """The sentence names an act of the topic's kind (``TOPIC_ACTIONS``) of a kind the
        event before has too (``KINDS``: "передала ... партию" and "контракт на поставку"
        are deliveries), or a related one (a delivery's contract)."""
        if not self.lang.topic_actions.search(self.names.normalise(words)):
            return False
        told = set(event.event.tags) - {"statement"}
        told |= {kin for tag in told for kin in _RELATED_KINDS.get(tag, ())}
        return bool(set(self.tags(words, False)) & told)

    def participle_title(self, m: Mention, sentence: Sentence,
                         mentions: list[Mention]) -> str | None:
        """The title of the act a participle tells inside a quotation, when it dates ``m``
        ("…, подписанное в г. Тегеране 12 марта 2016 г.": "Соглашение … подписано …"), not
        the quoted decree's opening words ("Одобрить и представить …")."""
        text = self.article.text
        if not any(sentence.start + q.start() <= m.start < sentence.start + q.end()
                   for q in QUOTES.finditer(sentence.text(text))):
            return None
        comma = text.rfind(",", sentence.start, m.start)
        if comma < 0 or not participle_act(text[comma + 1:m.start], self.lang):
            return None
        start = comma + 1 + len(text[comma + 1:m.start]) - len(text[comma + 1:m.start].lstrip())
        return participle_title(text, start, m.end, sentence.start, mentions, self.lang)

    def gapped(self, sentence: Sentence, mentions: list[Mention]) -> str | None:
        """The title of the second clause of a sentence that leaves its verb out ("…, а в
        феврале 2020 года — партию бронемашин"; ``foreign_titles.gapped_title``)."""
        text = self.article.text
        split = [c for c in self.lang.clause_split.finditer(text, max(0, sentence.start - 300),
                                                            sentence.start)
                 if c.end() == sentence.start]
        if not split:
            return None
        opens = max(text.rfind(c, 0, split[0].start()) for c in ".!?\n") + 1
        return gapped_title(text[opens:split[0].start()], opens, text[sentence.start:sentence.end],
                            sentence.start, self.every or mentions, self.lang)

    def build(self, sentence: Sentence, words: str, dating: Dating, groups: list[str],
              mentions: list[Mention], title_start: int | None = None) -> Candidate:
        """The candidate of a sentence; a carried one (``title_start``: where its own words
        start) quotes both sentences, so the quote still holds the date words."""
        m = dating.mention
        title = self.gapped(sentence, mentions) or foreign_title(
            words, title_start or sentence.start, mentions, self.lang)
        tags = self.tags(words, dating.statement)
        people = self.names.people(words, self.canonical)
        quote = re.sub(r"\s*\n\s*", " ", sentence.text(self.article.text))
        source = Source(article=self.article.id, quote=quote, date_text=m.text,
                        reported=self.reference.iso, date=m.value, rule=m.rule)
        first, last = self.config.period
        event = Event(id=event_id(m.value, title), date=m.value, title=title,
                      end_date=dating.end.value if dating.end else None,
                      approximate=m.approximate, tags=tags, actors=[*people, *groups],
                      context=not first <= int(m.value[:4]) <= last, sources=[source])
        rank = (int(dating.statement), 0, PRECISION.get(m.precision, 3), sentence.start)
        entities = Entities(people=_people(people, people_in(quote, self.lang, self.names.groups)),
                            countries=tuple(groups), side_words=tuple(sorted(
            {w for w in re.findall(r"\w+", quote.replace(ZWNJ, " ")) if self.names.groups(w)})))
        return Candidate(event, sentence, dating, entities, rank, language=self.lang.code)

    def tags(self, words: str, statement: bool) -> list[str]:
        """The kinds of act the sentence tells: its main clauses' words, not a side clause's
        ("посетил полигон, где проводились учения" is a visit)."""
        for side in reversed(side_clause_matches(words, self.lang)):
            words = words[:side.start()] + words[side.end():]
        norm = self.names.normalise(words)
        tokens = re.findall(r"\w+", norm)
        # the thing a contract or an agreement is for ("контракт на поставку Су-35",
        # ``OBJECT_OF_DEAL``) is no act of its own: the sentence tells the deal
        tokens = [t for k, t in enumerate(tokens) if not (
            k >= 2 and tokens[k - 1] in self.lang.object_of_deal and kinds_in(tokens[k - 2], self.lang)
            & {"arms deal", "agreement"})]
        absent = {t for k, t in enumerate(tokens)  # "без подписания соглашения": none signed
                  if any(w in self.lang.without for w in tokens[max(0, k - WITHOUT_WITHIN):k])}
        tokens = [t for t in tokens if t not in absent]
        for word in absent:
            norm = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", norm)
        for verb in words_handed(tokens, self.lang):  # "передал послание": no delivery
            tokens = [t for t in tokens if t != verb]
            norm = re.sub(rf"(?<!\w){re.escape(verb)}(?!\w)", " ", norm)
        tags = {tag for stem, tag in self.lang.kinds.items()
                if any(t.startswith(stem) for t in tokens) or (len(stem) > 6 and stem in norm)}
        # a kind of two words, written apart ("گشت زنی"): its table key is joined
        tags |= {tag for phrase, tag in self.lang.kind_phrases if phrase.search(norm)}
        if statement:
            tags.add("statement")
        return sorted(tags)


def _people(canonical: list[str], named: tuple[str, ...]) -> tuple[str, ...]:
    """A candidate's people for the merge: those the quote names in full (``people_in``), and
    the topic's people it names (by their canonical names) that are none of them."""
    surnames = {name.split()[-1].lower() for name in named}
    return (*named, *(p for p in canonical if p.split()[-1].lower() not in surnames))


