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

import functools
import re
from dataclasses import replace

from chronology.articles.model import Article
from chronology.config import SiteConfig
from chronology.dates.context import FUTURE
from chronology.dates.lexical_tense import tense
from chronology.dates.model import Mention, ReferenceDate
from chronology.events.model import Event, Source
from chronology.extraction.candidates import Candidate, Found
from chronology.extraction.crosslang import designations
from chronology.extraction.dating import Dating, _week_as_month
from chronology.extraction.entities import Entities
from chronology.extraction.foreign_compared import compared
from chronology.extraction.foreign_occasions import first_dateline, said_after, statement_occasion
from chronology.extraction.foreign_parts import (
    QUOTES,
    antecedent,
    clause_of,
    duration_pattern,
    is_denied,
    joined_sentences,
    kinds_in,
    negated,
    participle_act,
    participle_told,
    recent,
    repeats_headline,
    same_act,
    sentence_parts,
    sentences_between,
    shared_stems,
    side_dated,
    side_told,
    tells_an_act,
    without_weekday_of_date,
    words_handed,
)
from chronology.extraction.foreign_people import Cast, people_in, pointed, read_cast, surname
from chronology.extraction.foreign_plans import act_then_plan, own_time_planned
from chronology.extraction.foreign_relevance import (
    STEM,
    THINGS_BACK,
    a_deck,
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
    start_verb,
    with_ends_told,
    without_retold,
)
from chronology.extraction.foreign_side_dates import side_dates_a_state
from chronology.extraction.foreign_spans import with_spans_told
from chronology.extraction.foreign_states import tells_a_state
from chronology.extraction.foreign_titles import (
    VERB_WORDS,
    foreign_title,
    gapped_title,
    participle_title,
    passing_title,
    side_clause_matches,
)
from chronology.extraction.foreign_trends import tells_a_trend
from chronology.extraction.ids import event_id
from chronology.extraction.names import TopicNames
from chronology.extraction.sentences import Sentence
from chronology.languages import ZWNJ, en_grammar, language

# The tables of words that are no noun after a demonstrative ("این است که", "این در حالی").
_NOT_NOUNS = ("VERB_PARTS", "DATE_PREPOSITIONS", "PARTY_BEFORE_VERB", "AGO_UNITS",
              "NOT_POINTED_BACK")
# A weapon's model name: letters, a hyphen, digits ("J-10C", "Ка-226Т", "С-400", "МиГ-29К")
_MODEL = re.compile(r"(?<![\w-])[^\W\d_]{1,4}-\d{1,4}[^\W\d_]{0,3}(?![\w-])")
_PRECISION = {"day": 0, "month": 1, "year": 2}
_CLAUSES = re.compile(r"\s+(?:و|и)\s+|[,;،؛]")  # a past verb may end any clause
# kinds of act told of one deal: a delivery's contract ("Россия завершила поставку ... .
# Контракт был подписан в 2007 году") is between the delivery's sides
_RELATED_KINDS = {"delivery": ("arms deal",), "arms deal": ("delivery",)}
_OCCASION_KINDS = en_grammar.FOREIGN_OCCASION_KINDS
_SIGNED_KINDS = frozenset({"agreement", "arms deal"})  # what is signed at an occasion
_NEXT_SENTENCE = re.compile(r"[ \t]*([^\n]+?[.!?])(?=\s|$)")  # in the same paragraph


def find_foreign_candidates(article: Article, reference: ReferenceDate, mentions: list[Mention],
                            config: SiteConfig) -> Found:
    """Every candidate event of a Russian or Persian article, in text order."""
    code = article.language or "en"
    scan = _Scan(article, reference, config, code, TopicNames(config.topic, code))
    # "هفته دوم اکتبر": a week of a named month dates its act as that month, as in English
    mentions = [_week_as_month(m) if m.rule == "month-week" else m for m in mentions]
    scan.every = mentions
    # the year a plan is for ("план ... на 2025 год") dates no act: the sentence is undated
    dated = sorted((m for m in mentions if m.is_calendar and not scan.is_label_year(m)
                    and not scan.for_period(m)), key=lambda m: m.start)
    elsewhere = other_weeks(mentions, reference)
    opened = False  # the story's first sentence (a lead without a dateline) was read
    reopened = False  # the headline printed again gave no event: the next sentence opens
    scan.datelined = first_dateline(article, scan.lang)
    for number, block in enumerate(article.story_blocks()):
        start, scan.block = block.start, number
        dateline = scan.lang.dateline.match(article.text, block.start, block.end)
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
            scan.opens_with_news(w.text(article.text)) for w in wholes) or len(wholes) == 1
            and scan.is_deck(wholes[0].text(article.text)))
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
            news = opening and scan.opens_with_news(words) and not (
                reopened and scan.background(words))
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
    scan.found.candidates = with_spans_told(with_ends_told(without_retold(
        leads_dated_next(scan.found, article.text, reference), scan.found, article.text, scan.lang),
        scan.found, article.text, scan.lang), mentions, article.text, scan.lang,
        scan.found.explain)
    scan.found.candidates = without_restated(scan.found.candidates, scan.found, article.text,
                                             scan.lang)
    return scan.found


class _Scan:
    def __init__(self, article, reference, config, code, names) -> None:
        self.article, self.reference, self.config = article, reference, config
        self.lang, self.names, self.found = language(code), names, Found()
        self.canonical = config.topic.canonical()
        self.on_topic: bool | None = None
        self._models: set[str] | None = None
        self.previous: tuple[Sentence, Candidate | None] | None = None
        self.every: list[Mention] = []  # the article's mentions: a gapped clause's title
        self.dateline_day: Mention | None = None  # a dateline's day before the reference
        self.block, self.datelined = 0, None  # the story block read; the dateline's, if any

    def sides(self, text: str) -> list[str]:
        """The sides ``text`` names: by the topic's names, or by the surname of a person the
        article introduced with a side ("Сингх", after "министр обороны Индии Раджнатх
        Сингх")."""
        found = set(self.names.groups(text))
        if self.cast:
            found |= {side for word in re.findall(r"[^\W\d_]+", text) if word[:1].isupper()
                      and (side := self.cast.get(surname(word, self.lang)))}
        return sorted(found)

    @functools.cached_property
    def people(self) -> Cast:
        """The article's people and their sides (``foreign_people.read_cast``)."""
        return read_cast(self.article.text, self.lang, self.names.groups)

    @property
    def cast(self) -> dict[str, str]:
        """Surname -> side, for the people the article names in full right after one side's
        name ("Министр обороны России Андрей Белоусов")."""
        return self.people.sides

    def person_pointed(self, words: str, start: int) -> list[str]:
        """The side of the person a pointer before a past verb means ("он выступил", "министр
        приезжал": ``foreign_people.pointed``)."""
        person = self.pointed(words, start)
        return [person[0]] if person else []

    def pointed(self, words: str, start: int) -> tuple[str, str] | None:
        return pointed(self.people, words, self.article.text, start, self.lang)

    def models(self) -> set[str]:
        """The model names of weapons the title or the first paragraph names ("J-10C",
        "Ка-226Т", "С-400"): terms of the topic in this article, as its own words are."""
        if self._models is None:
            story = self.article.story_blocks()
            lead = self.article.text[story[0].start:story[0].end] if story else ""
            self._models = self.models_in(f"{self.article.title or ''}\n{lead}")
        return self._models

    def weapon_models(self, text: str) -> set[str]:
        """The model names ``text`` writes ("Як-130"), none when it says the thing is civilian
        (``CIVILIAN``: "Пассажирские самолеты МС-21 будут поставлены в Беларусь")."""
        if self.lang.civilian.search(self.lang.normalise(text)):
            return set()
        return self.models_in(text)

    def models_in(self, text: str) -> set[str]:
        """The model names ``text`` writes: "J-10C", and the words of a Latin name after a
        weapon's class (``LATIN_MODEL``: "танков M1 Abrams" gives "M1" and "Abrams")."""
        norm = self.lang.normalise(text)
        military = bool(self.lang.military_cues.search(norm)) and not self.lang.civilian.search(norm)
        return set(_MODEL.findall(text)) | {
            word for m in self.lang.latin_model.finditer(text) if self.a_weapons_name(m, military)
            for word in m["model"].split()}

    def a_weapons_name(self, match: re.Match, military: bool) -> bool:
        """A Latin name after a weapon's class names a model, unless a reporting verb comes
        between ("беспилотников пишет Bloomberg": an outlet), or the class serves civilians
        too (``DUAL_USE_CLASSES``: "вертолеты Airbus H125 для санитарной авиации") and the
        text does not say the craft is military (``MILITARY_CUES``: "ударные вертолеты")."""
        between = self.lang.normalise(match["between"] or "")
        if between and self.lang.speech_verbs.match(between):
            return False
        return military or not self.lang.dual_use.match(self.lang.normalise(match["kind"]))

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

    def reports_an_act(self, words: str) -> bool:
        """A sentence that tells something done (a past verb that is no reporting verb:
        "одобрило", "آغاز شد") or what someone said ("заявил, что ..."), not a plan, a view
        or what someone says ("рассказали два источника", "می‌گوید"): the lead convention's
        test for a story opening without a dateline."""
        # a purpose clause after the main verb ("... فرستاده است تا ... نشان دهد") is what the
        # act is for: the main verb is the one before it
        norm = self.lang.purpose_tail.sub("", self.lang.normalise(words))
        # in a verb-final language the main verb ends the sentence: a present verb inside a
        # clause before it ("گزارش ... مبنی بر آنکه روسیه ... می‌خرد را جعلی توصیف کرد")
        # is what the act is about; a present verb among its first words ("رئیس‌جمهور اوکراین
        # می‌گوید ...") is the main verb of what someone says
        words_of = norm.split()
        main = " ".join(words_of[-VERB_WORDS:] + words_of[:OPENING_WORDS - 1]) if (
            self.lang.verb_final) else norm
        if self.announces_plan(norm):
            return False
        if self.lang.reported_act.search(norm):
            return True  # "Минобороны сообщило о проведении учений": the act is reported
        if self.said_that(norm) or said_after(norm, self.lang):
            return True
        if self.lang.present.search(main):
            return False
        return any(not self.lang.speech_verbs.match(m.group()) for m in self.lang.past.finditer(norm))

    def background(self, words: str) -> bool:
        """A sentence that tells what was so before the day's news (``ALREADY``: "Россия уже
        передала ..."; ``OTHER_TIME``, ``HISTORY_OPENERS``): no lead, though it comes first
        after the headline printed again."""
        norm = self.lang.normalise(words)
        return bool(self.lang.already.search(norm) or self.lang.other_time.search(norm)
                    or self.lang.history_openers.search(norm))

    def opens_with_news(self, words: str) -> bool:
        """A story opening that tells the day's news: an act done or said
        (``reports_an_act``), or an act of the topic's kind told in the present of agency
        leads ("Россия и Иран начинают совместные учения в Каспийском море", "Минобороны
        России проводит учения"), not a plan, a habit ("ежегодно проводят") or a view
        ("эксперты считают"): as the lead after a dateline is, whatever its tense."""
        if self.reports_an_act(words):
            return True
        norm = self.lang.normalise(words)
        if self.announces_plan(norm) or self.lang.habit.search(norm) or (
                self.lang.other_time.search(norm)) or self.said_that(norm, used_to=True) or (
                self.lang.lead_present_elsewhen.search(norm)):
            return False  # "… заявлял, что стороны обсуждают …": the present is what was said
        verbs = [m for m in self.lang.lead_present.finditer(norm)
                 if not self.lang.state_verbs.match(m.group())
                 and not self.lang.speech_verbs.match(m.group())]
        return bool(verbs) and (bool(self.tags(words, False)) or any(
            self.lang.present_acts.match(v.group()) for v in verbs))

    def tells_a_past_act(self, norm: str) -> bool:
        """What someone said holds a past act ("Затем Аштиани напомнил, что Россия
        поставила Ирану комплексы С-300"): that act keeps its own time, whenever it was said."""
        for verb in self.lang.speech_verbs.finditer(norm):
            that = self.lang.that.match(norm, verb.end())
            if that and any(not self.lang.speech_verbs.match(m.group())
                            for m in self.lang.past.finditer(norm, that.end())):
                return True
        return False

    def said_that(self, norm: str, used_to: bool = False) -> bool:
        """The sentence tells what someone said ("Лукашенко заявил, что Минск готов ...",
        a past reporting verb and the word opening what was said, ``THAT``): the day's
        statement, as a lead after a dateline is (a page may have dropped the dateline);
        not what someone used to say ("заявлял, что ...", ``SAID_IMPERFECTIVE``), which
        ``used_to`` asks for instead."""
        return any(self.lang.past.match(norm, verb.start()) and self.lang.that.match(
            norm, verb.end()) and used_to == bool(
                self.lang.said_imperfective.match(norm, verb.start()))
            for verb in self.lang.speech_verbs.finditer(norm))

    def main_act_told(self, sentence: Sentence, side: list[tuple[int, int]]) -> bool:
        """The sentence without its side clauses (``side``: their offsets) tells an act in
        the past, not a plan nor what was announced ("объявили об учениях, которые пройдут
        ...": the exercise is the news)."""
        text, cuts, at = self.article.text, [], sentence.start
        for start, end in sorted(side):
            cuts.append(text[at:start])
            at = max(at, end)
        main = " ".join([*cuts, text[at:sentence.end]])
        norm = self.lang.normalise(main)
        return tells_an_act(main, self.lang) and not self.announces_plan(norm) and not (
            self.lang.announces_about.search(norm))

    def acts_not_announcing(self, words: str, lang) -> bool:
        """``words`` tell an act done that is not the announcement of a thing to come
        ("объявило об учениях")."""
        return tells_an_act(words, lang) and not lang.announces_about.search(
            lang.normalise(words))

    def announces_plan(self, norm: str) -> bool:
        """A sentence about the future ("поставки начнутся ..."), not one that tells an act
        and then what is expected of it ("Шойгу прибыл в Пхеньян и, как ожидается,
        встретится ...", "Завод начинает работу, запланирована локализация ..."): where the
        main verb comes first, a past verb that is no reporting verb, or a present one
        (``NEWS_PRESENT``), before the first future cue is the main one."""
        cue = self.lang.future_cues.search(norm)
        if cue is None:
            return False
        if self.lang.verb_final:
            return not self.act_before_that(norm, cue.start())
        acts = [*self.lang.past.finditer(norm), *self.lang.news_present.finditer(norm)]
        return not any(m.start() < cue.start() and not self.lang.speech_verbs.match(m.group())
                       and not self.lang.future_cues.match(m.group()) for m in acts)

    def act_before_that(self, norm: str, before: int) -> bool:
        """What was said ("... گفت که ...": a reporting verb and ``THAT``) tells an act done
        before the first future cue (``before``): in a verb-final language a verb right
        before a conjunction (``CONJUNCTIONS``) ends its clause ("... اعتراض کرده و هشدار
        داده که ..."), and a past one there that is no reporting verb is that act; the future
        after it is what was warned of, as a past verb before the cue is where the main verb
        comes first."""
        said = [that.end() for verb in self.lang.speech_verbs.finditer(norm, 0, before)
                if (that := self.lang.that.match(norm, verb.end()))]
        speech = [m.span() for m in self.lang.speech_verbs.finditer(norm)]
        return bool(said) and any(
            (after := re.match(r"\s*(\S+)", norm[verb.end():]))
            and self.lang.key(after.group(1)) in self.lang.conjunctions
            and not any(start < verb.end() and end > verb.start() for start, end in speech)
            and not self.background_act(norm, verb.start(), before)
            for verb in self.lang.past_verb.finditer(norm, said[0], before))

    def background_act(self, norm: str, verb: int, cue: int) -> bool:
        """The past verb at ``verb`` inside what was said is background to the future at
        ``cue``, not an act of the day: of the future's own kind (the same word before both:
        "… تحویل داده و … تحویل خواهد داد") or a delivery, signing or arrival
        (``SAID_BACKGROUND``), done before what is to come."""
        before_verb = norm[:verb].split()[-1:]
        before_cue = norm[:cue].split()[-1:]
        return bool(self.lang.said_background.match(norm, verb)) or bool(before_verb) and (
            before_verb == before_cue
            or bool(self.lang.said_background.fullmatch(before_verb[0])))

    @functools.cached_property
    def own_countries(self) -> set[str]:
        """The countries the topic's sides stand for: those its names name ("Китай", "КНР")."""
        names = self.lang.normalise("\n".join(
            n for names in self.config.topic.actors.values() for n in names))
        return {country for country, pattern in self.lang.countries.items()
                if pattern.search(names)}

    def is_deck(self, words: str) -> bool:
        """A first paragraph of one short sentence that names no side of the topic, under a
        headline that names fewer than two ("Самолет министра приземлился в аэропорту столицы."
        under "Министр прибыл с визитом в Тегеран"): a deck restating the headline, not
        the lead, which follows it (``a_deck``). A deck tells no act: a past verb of the
        topic's kind (``TOPIC_ACTIONS``: "Первые самолеты прибыли на авиабазу.") is the news."""
        acts = [w for w in re.findall(r"[^\W\d_]+", self.lang.normalise(words))
                if self.lang.past.fullmatch(w) and self.lang.topic_actions.match(w)]
        return not acts and a_deck(words, self.sides(words), self.other_countries(words),
                                   self.names.groups(self.article.title or ""))

    def other_countries(self, text: str) -> list[str]:
        """The countries ``text`` names that no side of the topic stands for ("Китай" in a
        Russia–Iran article), by the language's ``COUNTRIES``: not a place ("в Сирию") nor
        what an act is against (``ADVERSARY``: "вторжения украинских войск")."""
        norm = self.lang.normalise(text)
        return [country for country, pattern in self.lang.countries.items()
                if country not in self.own_countries and any(
                    not self.a_place(norm, m.start()) and not self.lang.adversary.search(
                        re.split(r"[,;:.!?]", norm[max(0, m.start() - 50):m.start()])[-1])
                    for m in pattern.finditer(norm))]

    def another_pairs(self, part: Sentence) -> bool:
        """A part of a sentence told in passing that names another country and not both
        sides ("(такие же комплексы в 2010 году получил Азербайджан)", "после того как Иран
        подписал соглашение с Китаем"): an act of another country or pair, no event of the
        topic, though its sentence names both sides; noted as skipped."""
        words = part.text(self.article.text)
        others = self.other_countries(words)
        if not others or len(self.sides(words)) >= 2:
            return False
        self.note(f"line {self.line_of(part.start)}: skipped (an act of {', '.join(others)} "
                  f"told in passing): {words[:60]!r}")
        return True

    def a_place(self, norm: str, at: int) -> bool:
        """A country named where an act is done or goes ("направил в Сирию", "из Сирии", "в
        сирийский порт"), after a place preposition: a place, not a party to the act."""
        before = norm[max(0, at - 40):at].split()[-2:]
        return any(w in self.lang.place_prepositions or w in ("через", "над", "к", "ко", "по")
                   for w in before[-1:]) or len(before) == 2 and (
            before[0] in self.lang.place_prepositions and before[1][-2:] in ("ую", "ий", "ый", "ое",
                                                                            "ой", "ом", "ем"))

    def note(self, line: str) -> None:
        self.found.explain.append(f"  {line}")

    def line_of(self, offset: int) -> int:
        return self.article.text.count("\n", 0, offset) + 1

    def sentence(self, sentence: Sentence, mentions: list[Mention], lead: str,
                 whole: Sentence | None = None, aside: Sentence | None = None) -> None:
        """One sentence, or one part of a sentence telling two acts (``whole``: the sentence,
        whose sides and terms the part shares; ``aside``: an act told in passing inside it,
        whose kind is not the sentence's)."""
        words = sentence.text(self.article.text)
        previous, self.previous = self.previous, (sentence, None)
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
        if not mentions and not lead:
            self.carry(sentence, words, previous)
            return
        context = (whole or sentence).text(self.article.text)
        groups, from_headline = sorted({*self.sides(context), *self.person_pointed(
            context, (whole or sentence).start)}), []
        on_topic = len(groups) >= 2 or bool(groups and (
            self.names.terms(context) or self.models() & self.weapon_models(context)))
        if not on_topic and len(groups) <= 1 and self.about_topic():
            action = bool(self.lang.topic_actions.search(self.names.normalise(
                context))) or delivery_coming(context, self.said_before(sentence, previous),
                                              self.lang, _MODEL)
            # no side named ("Самолеты перебазировались на аэродром Хамадан накануне"): the
            # article's sides are meant when a topic term and an action say so
            on_topic = action and bool(groups or self.names.terms(context))
            base = (whole or sentence).start
            undated = "".join(" " if any(m.start <= base + k < m.end for m in mentions) else ch
                              for k, ch in enumerate(context))  # "в этом году" points nowhere
            meant = [] if on_topic else self.sides_meant(undated, previous, context) or (
                self.lead_goes_on(sentence, words, mentions, previous, groups)) or (
                self.thing_side(context, (whole or sentence).start, groups))
            if lead and not on_topic and not meant and self.article.title:
                meant = from_headline = headline_sides(
                    self.names.groups(self.article.title),
                    self.opens_with_news(self.article.title) and bool(
                        self.tags(self.article.title, False)) or self.points_back(words),
                    groups, self.other_countries(context))
            if lead and not on_topic and not meant and not groups:
                meant = self.sides_told_next(sentence, context)
            if meant:
                groups, on_topic = sorted({*groups, *meant}), True
        if not on_topic and not groups and (meant := self.deal_for_things_told(context)):
            groups, on_topic = meant, True
        where = f"line {self.line_of(sentence.start)}"
        others = self.other_countries(context) if on_topic and len(groups) <= 1 else []
        if others:
            self.note(f"{where}: skipped (off topic: names {', '.join(groups) or 'no side'} "
                      f"with {', '.join(others)}): {words[:60]!r}")
            return
        if not on_topic:
            why = ("names no topic actor, or no term and action in an article on the topic"
                   if not groups else
                   f"names only {groups[0]}, no term and no action of the topic's kind")
            self.note(f"{where}: skipped (off topic: {why}): {words[:60]!r}")
            return
        dating = self.dating(words, sentence, mentions, lead)
        if dating is None:
            return
        # (a lead with a date of its own keeps its own words: "Фрегат 20 сентября вошел в порт")
        headline = lead and self.article.title and (self.lang.pronouns.match(
            self.lang.normalise(words)) or from_headline and not mentions)
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

    def occasion_of_news(self, words: str) -> bool:
        """An undated sentence telling where the day's statement was made ("Об этом заявил
        Шойгу на встрече с министром обороны Египта", ``foreign_occasions``), of both sides,
        in the lead's paragraph or the next, when the lead gave no event (a modal or a plan:
        "Россия и Египет могут активизировать ..."): the occasion is the day's news."""
        lead_block = self.datelined if self.datelined is not None else 0
        return not self.found.candidates and 0 <= self.block - lead_block <= 1 and (
            statement_occasion(words, self.lang)) and len(self.sides(words)) >= 2

    def report_of_previous(self, sentence: Sentence, words: str, mentions: list[Mention],
                           previous) -> bool:
        """A sentence that only says who reported the undated one before it ("Россия и Китай
        начали учения. Об этом сообщает Минобороны в четверг, 15 сентября."): the sentence
        before is the event, on the date of its report (``ABOUT_THIS``, with a reporting verb:
        ``SPEECH_VERBS``, ``ANNOUNCES`` or ``CONFIRMS``), which replaces a date the lead convention gave it."""
        if previous is None or not self.says_about_this(words):
            return False
        norm = self.lang.normalise(words)
        if not (self.lang.speech_verbs.search(norm) or self.lang.announces.search(norm)
                or self.lang.confirms.search(norm)):
            # "این را وزارت دفاع روز دوشنبه رد کرد", "... وعده داده بود": a denial or a
            # promise of the act is no report of it; only a reporting verb tells one
            return False
        if previous[1] is not None and previous[1].dating.mention.rule != "dateline-lead":
            return False
        before, reported = previous
        told = before.text(self.article.text)
        groups = self.sides(told)
        if not self.tells_topic(told, groups) and reported is None and self.goes_on_with_lead(
                told) and (lead := self.lead_of_paragraph(sentence)) is not None:
            # the lead, then an undated sentence of it that gave no event ("Байден объявил о
            # поставках ... . Техника прибудет на следующей неделе. Об этом он сказал в
            # четверг, 21 сентября"): the report is the lead's, two sentences on
            before, reported = lead.sentence, lead
            told = before.text(self.article.text)
            groups = self.sides(told)
        if not self.tells_topic(told, groups):
            return False
        dating = self.dating(words, sentence, mentions, lead="")
        if dating is None:
            return False
        if reported is not None and dating.mention.precision != "day":
            # "… провели переговоры. Как сообщает ИРНА, об этом в 2019 году говорил …": a
            # year or a month is no day of the report; the lead keeps its day
            self.note(f"line {self.line_of(sentence.start)}: the report of the sentence "
                      f"before, no day of its own: the lead keeps its date")
            return True
        dating = replace(dating, statement=True, reason="date of the report of the sentence "
                         "before")
        if reported is not None:
            self.found.candidates.remove(reported)
        self._add(Sentence(before.start, sentence.end), sentence, told, dating, groups,
                  before.start, "the report of it, next sentence")
        return True

    def goes_on_with_lead(self, told: str) -> bool:
        """An undated sentence after the lead that goes on with it, so that a report two
        sentences on may be the lead's: not one turning to another scene (``MEANWHILE``: "Тем
        временем ..."), naming another country even as a place ("в Израиле заявили ...": its
        reaction), or telling what another speaker said (a reporting verb, unless a pronoun,
        the lead's speaker, opens it: "Он добавил, что ...")."""
        norm = self.lang.normalise(told)
        if self.lang.meanwhile.match(norm) or any(
                country not in self.own_countries and pattern.search(norm)
                for country, pattern in self.lang.countries.items()):
            return False
        return not self.lang.speech_verbs.search(norm) or bool(self.lang.pronouns.match(norm))

    def tells_topic(self, told: str, groups: list[str]) -> bool:
        """A sentence of the topic by itself: two sides, or one and a topic term or a weapon
        model of the article's (as in ``sentence``: "Пятая батарея ЗРК «Тор-М2» будут
        поставлены в Беларусь. Об этом сообщил ...")."""
        return len(groups) >= 2 or bool(groups and (
            self.names.terms(told) or self.models() & self.weapon_models(told)))

    def lead_of_paragraph(self, sentence: Sentence) -> Candidate | None:
        """The event the lead convention dated, when it is the last one found and opens the
        paragraph of ``sentence``."""
        lead = self.found.candidates[-1] if self.found.candidates else None
        if lead is None or lead.dating.mention.rule != "dateline-lead":
            return None
        block = next((b for b in self.article.story_blocks()
                      if b.start <= sentence.start < b.end), None)
        return lead if block is not None and block.start <= lead.sentence.start else None

    def confirms_previous(self, sentence: Sentence, words: str, previous) -> bool:
        """A sentence that confirms the act of the event told right before it (``CONFIRMS``:
        "В «Рособоронэкспорте» вчера подтвердили факт подписания контракта"): more evidence of
        that event, whose date it leaves alone (the act was on or before the confirmation).
        Not when it is denied ("не подтвердили эту информацию") nor when what it confirms is
        another act or thing ("подтвердил факт получения Су-35" after exercises told): a kind
        of act or a designation the event's sentence does not tell."""
        norm = self.lang.normalise(words)
        hit = self.lang.confirms.search(norm)
        if previous is None or previous[1] is None or hit is None or self.lang.negation.search(
                norm, max(0, hit.start() - 6), hit.start()):
            return False
        what, told = words[hit.end():], previous[0].text(self.article.text)
        kinds = kinds_in(self.lang.normalise(what), self.lang)
        if kinds and not kinds & (set(previous[1].event.tags) | kinds_in(
                self.lang.normalise(told), self.lang)) or designations(what) - designations(told):
            return False
        source = previous[1].event.sources[0]
        source.quote = " ".join([source.quote, *words.split()])
        self.note(f"line {self.line_of(sentence.start)}: confirms the event before: "
                  f"{previous[1].event.title!r}, no event of its own")
        return True

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

    def sides_meant(self, words: str, previous, dated: str = "") -> list[str]:
        """The sides a sentence naming none means: the article's ("две страны", "دو کشور"),
        or those of the event of the sentence right before when it points back to it ("эти
        комплексы", "این سند"). ``dated``: the sentence with its dates, which ``words`` blanks."""
        norm = self.lang.normalise(words)
        if self.lang.both_sides.search(norm) or any(
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

    def points_back(self, words: str) -> bool:
        """The sentence opens with a demonstrative before a noun (``BACK_REFERENCE``: "این طرح
        ... تصویب شد", "Этот контракт ..."): it names its subject by pointing back to what the
        reader has just read, for a story's first sentence the headline ("تصویب کمک مالی
        سنگین آمریکا به اسرائیل"); not "این در حالی است", "این است که": no noun follows;
        nor a unit of time (``AGO_UNITS``: "این هفته", this week) or the report itself
        (``NOT_POINTED_BACK``: "این گزارش", "این خبرگزاری", "این بار"), which point at no act."""
        norm = self.lang.normalise(words).lstrip()
        this = self.lang.back_reference.match(norm)
        noun = this and re.match(r"[\s\u200c]*([^\W\d_]+)", norm[this.end():])
        if not noun:
            return False
        word = noun.group(1)
        return len(word) >= 3 and not any(
            re.fullmatch(self.lang.patterns[table], word) for table in _NOT_NOUNS
            if table in self.lang.patterns)

    def said_before(self, sentence: Sentence, previous) -> str:
        """The sentence right before ``sentence`` in its paragraph ("" when it opens one)."""
        if previous is None or "\n" in self.article.text[previous[0].end:sentence.start]:
            return ""
        return previous[0].text(self.article.text)

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

    def carry(self, sentence: Sentence, words: str, previous) -> None:
        """An undated sentence that goes on with the dated one right before it ("Стороны
        также подписали ...", "دو طرف همچنین ... امضا کردند") takes its date and sides,
        unless it points to another time ("ранее", "پیش از این", a future cue) or only says
        more of what was said ("также указывает, что ...")."""
        if self.signed_at_occasion(sentence, words):
            return
        if previous is None or previous[1] is None:
            return
        before, candidate = previous
        norm = self.lang.normalise(words)
        if self.says_about_this(words) and self.lang.speech_verbs.search(norm) and not (
                self.article.text[before.end:sentence.start].strip()):
            # "Об этом заявил начальник Генштаба ...": who said the sentence before, part of
            # its evidence
            source, event = candidate.event.sources[0], candidate.event
            source.quote = " ".join([source.quote, *words.split()])
            event.actors = [*dict.fromkeys([*self.names.people(words, self.canonical),
                                            *event.actors])]
            return
        if self.quote_goes_on(words) and not self.article.text[before.end:sentence.start].strip():
            # "«Это учение "Морское взаимодействие" с ВМС Китая, ...», - сказал он": the
            # speaker's words about the event just told are its evidence, no event of their own
            candidate.event.sources[0].quote = " ".join(
                [candidate.event.sources[0].quote, *words.split()])
            return
        if self.later_that_day(sentence, words, previous):
            return
        # a later clause of one sentence (``second_acts``: "..., а Иран передал ...") goes
        # on with it without "также"
        clause = bool(self.lang.clause_split.fullmatch(self.article.text, before.end,
                                                        sentence.start))
        day_only = not self.lang.continues.search(norm) and bool(
            self.lang.continues_day.search(norm)) and candidate.dating.mention.precision == "day"
        day_only = day_only and self.act_of_the_occasion(words, norm)
        if not clause and (self.article.text[before.end:sentence.start].strip()
                           or not (self.lang.continues.search(norm) or day_only)) or (
                self.lang.other_time.search(norm) or self.lang.future_cues.search(norm)):
            return
        if self.lang.speech_verbs.search(norm):
            return  # "ЦТАК также указывает, что ...": the speaker goes on, no new act
        if duration_pattern(self.lang.code).search(norm):
            return  # "..., однако переговоры затянулись почти на два года": a length, no day
        if candidate.dating.mention.precision == "year" and not clause:
            # "В 2016 году стороны заключили соглашение … . Также заключен контракт …": a
            # year is the time of a background fact, and "также" adds another fact, not one
            # of that year (a day is one occasion, at which the sides also signed …)
            return
        dating = replace(candidate.dating, statement=False, reason="carried from the previous "
                         "sentence")
        groups = sorted(set(candidate.entities.countries) | set(self.sides(words)))
        self._add(Sentence(before.start, sentence.end), sentence, words, dating, groups,
                  sentence.start, "carried from the previous sentence")

    def signed_at_occasion(self, sentence: Sentence, words: str) -> bool:
        """«В ходе визита было подписано 23 соглашения», «По итогам работы стороны подписали
        протокол»: an undated sentence opening at an occasion (``occasion_opening``) and telling
        a signing (``_SIGNED_KINDS``) tells what was done at the occasion the last event told
        (a meeting, a visit, a session of a day), with only undated sentences between: that
        day. A signing told as done before («уже», «ранее») or later keeps no date."""
        norm = self.lang.normalise(words)
        last = self.found.candidates[-1] if self.found.candidates else None
        if (last is None or not self.bare_occasion(norm)
                or last.dating.mention.precision != "day" or last.dating.statement
                or not set(self.tags(words, False)) & _SIGNED_KINDS
                or self.lang.already.search(norm) or self.lang.other_time.search(norm)
                or self.lang.future_cues.search(norm) or negated(words, self.lang)
                or self.lang.postponed.search(norm)):
            return False
        told = last.sentence.text(self.article.text)
        if not ({"meeting", "visit"} & set(last.event.tags)
                or self.lang.occasion_nouns.search(self.lang.normalise(told))):
            return False
        if len(self.sides(told)) < 2:
            return False  # the occasion of other sides than the topic's
        if any(last.sentence.end <= m.start < sentence.start and m.is_calendar for m in self.every):
            return False  # another time was told between
        dating = replace(last.dating, statement=False, reason="done at the occasion told before")
        groups = sorted(set(last.entities.countries) | set(self.sides(words)))
        self._add(sentence, sentence, words, dating, groups, sentence.start,
                  "done at the occasion told before, its day")
        return True

    def bare_occasion(self, norm: str) -> bool:
        """The sentence opens at an occasion of no owner, body or place («В ходе визита было
        подписано ...», «По итогам работы стороны подписали ...»): its verb follows the
        occasion's noun, after the parties (``PARTIES``) at most; «В ходе визита президента
        Ирана ...», «На заседании Совбеза ООН ...» tell another occasion."""
        opening = self.lang.occasion_opening.match(norm)
        if not opening:
            return False
        rest = re.match(r"\w*[\s,]*", norm[opening.end():])
        at = opening.end() + rest.end()
        parties = self.lang.parties.match(norm, at)
        return bool(self.lang.past.match(norm, parties.end() if parties else at))

    def act_of_the_occasion(self, words: str, norm: str) -> bool:
        """«Кроме того, стороны подписали меморандум ...» after an act of a day: an act done at
        that occasion (``_OCCASION_KINDS``), told as new; «Кроме того, Россия уже поставила
        ...» (``ALREADY``), «ранее» (``OTHER_TIME``) or an act told in a relative clause
        («С-300, которые прошли испытания», ``RELATIVE_SUBJECT``) is background of no day."""
        if (self.lang.already.search(norm) or self.lang.other_time.search(norm)
                or self.lang.relative_subject.search(norm)):
            return False
        return bool(set(self.tags(words, False)) & _OCCASION_KINDS)

    def quote_goes_on(self, words: str) -> bool:
        """A quotation that opens by pointing back ("«Это учение ...", "«Эти корабли ...")
        and names its speaker: what the speaker said of the event just told."""
        norm = self.lang.normalise(words).lstrip()
        opened = re.match(r"[«\"“„]\s*", norm)
        if opened is None:
            return False
        rest = norm[opened.end():]
        return bool((self.lang.this_is.match(rest) or self.lang.back_reference.match(rest))
                    and self.lang.speech_verbs.search(norm))

    def says_about_this(self, words: str) -> bool:
        """The sentence says who told the one before ("Об этом заявил ...", ``ABOUT_THIS``),
        after the outlet it has it from, if any ("Как сообщает Report, об этом заявил
        президент ...", ``SOURCE_PREFIX``)."""
        prefix = self.lang.source_prefix.match(words)
        return bool(self.lang.about_this.match(self.lang.normalise(words[prefix.end():] if (
            prefix) else words)))

    def later_that_day(self, sentence: Sentence, words: str, previous) -> bool:
        """An undated act told right after the news of the day of writing as coming after it
        ("… выделение пакета помощи, сообщил Остин. Позже, прибывший в Киев госсекретарь США
        Блинкен объявил о новом пакете …", ``LATER_OPENING``): nothing after the day of
        writing is told in the past, so it is that day too, approximately."""
        before, candidate = previous
        norm = self.lang.normalise(words)
        if (candidate.event.date != self.reference.iso or not self.lang.later_opening.match(norm)
                or self.article.text[before.end:sentence.start].strip()
                or self.lang.future_cues.search(norm) or not tells_an_act(words, self.lang)
                or not self.sides(words) or self.tells_a_past_act(norm)):
            return False
        dating = replace(candidate.dating, statement=False,
                         reason="told as later than the news of the day of writing: that day")
        groups = sorted(set(candidate.entities.countries) | set(self.sides(words)))
        self._add(sentence, sentence, words, dating, groups, sentence.start,
                  "later than the day's news, that day")
        return True

    def _add(self, span: Sentence, sentence: Sentence, words: str, dating: Dating,
             groups: list[str], title_start: int, how: str) -> None:
        """A candidate over ``span`` (two sentences) that the next sentence may go on with."""
        candidate = self.build(span, words, dating, groups, [], title_start=title_start)
        self.found.candidates.append(candidate)
        self.previous = (sentence, candidate)
        m = dating.mention
        self.note(f"line {self.line_of(title_start)}: {m.value} {m.text!r} ({how}) -> "
                  f"{candidate.event.title}")

    def dating(self, words: str, sentence: Sentence, mentions: list[Mention],
               lead: str) -> Dating | None:
        if self.lang.ordinal_statement.match(self.lang.normalise(words)):
            return None  # "این نخستین رزمایش ... پس از ... ۱۳۵۷ است": a ranking, no act
        speech = [(q.start() + sentence.start, q.end() + sentence.start)
                  for q in QUOTES.finditer(words)]
        opened = words.rfind("«")
        if opened > words.rfind("»"):
            # a quotation that goes on past the sentence ("گفت: «امروز ما ... زاپاد ۲۰۲۵
            # هستیم. ...»"): its dates are the speaker's words, as in a closed one
            speech.append((sentence.start + opened, sentence.end))
        closed = words.find("»")
        if closed >= 0 and words.rfind("«", 0, closed) < 0:
            # the end of a quotation that began sentences before ("... вступил в силу — 4
            # декабря 2024 года», — передает агентство."): its dates are the speaker's too
            speech.append((sentence.start, sentence.start + closed))
        quoted = [*speech, *((q.start() + sentence.start, q.end() + sentence.start)
                             for q in self.lang.citation.finditer(words))]
        usable = [m for m in mentions if not any(s <= m.start < e for s, e in quoted)
                  and not self.remembered(m, sentence)
                  and not compared(self.article.text, m, self.lang)]  # "به اندازه سال گذشته"
        in_quote = not usable
        if is_denied(words, self.lang):
            # "«Никаких С-300 Иран в понедельник не получал», — сказал Песков": a denied act
            # has no day; a statement's own date may date the denial as a statement, and a
            # date in another clause its own act ("переговоры, начатые в конце 2019 года,
            # пока не вышли ...")
            usable = [m for m in usable if self.is_statement(m, sentence)
                      or not is_denied(clause_of(words, m.start - sentence.start), self.lang)]
        elif in_quote:
            usable = self.quoted_act(speech, sentence, mentions)
        past = bool(self.lang.past.search(self.lang.normalise(words)))
        acted = tells_an_act(words, self.lang) and not self.announces_plan(self.lang.normalise(words))
        later = [m for m in usable if self.a_later_year(m) and (self.is_plan(m) or not past)
                 or acted and self.after_writing(m) and not self.is_plan(m)]
        if usable and all(m in later or own_time_planned(  # a plan of this month or year only
                m, self.reference, self.is_plan(m), self.article.text, self.lang, tells_an_act)
                for m in usable):
            # "تا سال ۲۰۳۰ ... برسد", told in 2025: a target, not yet an event; "Иран получил
            # ... в сентябре 2023 года", told in 2021: a past act after the writing, none
            return None
        usable = [m for m in usable if m not in later]
        if tells_a_state(words, usable, self.lang, tells_an_act(words, self.lang)):
            return None  # "Учения являются этапом подготовки в 2025 году": a state's period
        if not usable:
            if lead and self.reference.date and not self.announces_plan(
                    self.lang.normalise(words)):
                return self.lead_dating(lead)
            return None
        side = [(s.start() + sentence.start, s.end() + sentence.start)
                for s in side_clause_matches(words, self.lang)]
        usable = without_weekday_of_date(usable, self.article.text, self.lang)
        # a date inside the quotation is the act's, not that of the verb that reports it
        statements = set() if in_quote else {
            id(m) for m in usable if self.is_statement(m, sentence)}
        bounds = {id(m) for m in usable if self.is_bound(m)}
        if len(bounds) == len(usable) and all(m.precision == "year" for m in usable) and not any(
                self.lang.past.search(part) for part in _CLAUSES.split(self.lang.normalise(words))):
            # "از سال ۲۰۱۲ هر سال ... برگزار می‌شود", "С 2012 года стороны проводят ...": a
            # year that only starts a state or a habit, no act told in the past (a day does
            # start one: "с 1 февраля начинается проведение учений")
            return None
        if usable and all((m.precision in ("month", "year") or self.names_a_point(m))
                          and self.starts_a_period(m) or self.runs_until_now(m)
                          for m in usable):  # ("از ۲۰ مارس تا کنون", "с момента ... 3 июля")
            # "с февраля 2022 года военная поддержка ... превысила $61 млрд": when a total or a
            # state began, not the date of an act; a lead ("... провели переговоры, первые с
            # 2015 года") is still the day's news, not one that tells a state up to now
            if lead and self.reference.date and not self.announces_plan(
                    self.lang.normalise(words)) and not any(map(self.runs_until_now, usable)):
                return self.lead_dating(lead)
            return None
        asides = {id(m) for m in usable if any(s <= m.start < e for s, e in side)}
        if side_dates_a_state(words, sentence.start, usable, side, self.lang, tells_an_act):
            return None  # "در طی تجاوزی که ... در ۲۷ سپتامبر آغاز کرد، ... استفاده می‌شود"
        if usable and all(id(m) in asides and self.is_plan(m) for m in usable) and (
                self.main_act_told(sentence, side)):
            # "Стороны обсудили подготовку к учению, которое пройдет в сентябре следующего
            # года": the side clause tells when the thing it names will be; the main clause's
            # past act has no date of its own
            return self.lead_dating(lead) if lead and self.reference.date else None
        told = [m for m in self.every if sentence.start <= m.start < sentence.end]
        if all(self.is_plan(m) for m in usable) and act_then_plan(
                words, sentence.start, told, self.lang, self.acts_not_announcing):
            # "Партия танков уже поставлена, ожидается, что в феврале 2018 года состоится
            # визит": the act told first has no date; the later one is the plan's (not
            # "объявило об учениях, которые пройдут ...": the exercise to come is the news)
            return self.lead_dating(lead) if lead and self.reference.date else None
        outside = [m for m in usable if id(m) not in asides | statements]
        said = min((_PRECISION.get(m.precision, 3) for m in usable if id(m) in statements),
                   default=None)

        def aside(m: Mention) -> bool:
            """A side clause's date loses to a date of the action outside it (a plan too:
            "X, who arrived on Monday, will meet Y tomorrow"), and a past one to the
            statement's date too ("X announced on Tuesday that it ratified the treaty, which
            was signed in June"; a plan in a side clause, "учения, которые пройдут 21
            января", still dates the act), unless it is a more precise day of that date
            ("на конференции прошлого года, которая прошла 4 апреля")."""
            others = outside if self.is_plan(m) else [o for o in usable if id(o) not in asides]
            return id(m) in asides and any(not m.value.startswith(o.value) for o in others)

        def rank(m: Mention) -> tuple:
            precision = _PRECISION.get(m.precision, 3)
            # a plan vaguer than the statement's date ("early next year") tells no event day
            vague_plan = said is not None and id(m) not in statements and self.is_plan(
                m) and precision > said
            bound = id(m) in bounds and len(bounds) < len(usable) and not self.starts_its_act(m)
            return (vague_plan, bound, aside(m), id(m) in statements, precision, m.start)

        best = min(usable, key=rank)
        statement = id(best) in statements
        end = best.extra.get("end")
        end_mention = replace(best, value=end, text=best.text) if end else None
        why = "date of a statement" if statement else "date of the action"
        return Dating(best, statement, why, end_mention)

    def quoted_act(self, speech: list[tuple[int, int]], sentence: Sentence,
                   mentions: list[Mention]) -> list[Mention]:
        """The dates of a quotation (``speech``: closed in its sentence, or opening or
        closing one that runs over several: «Могу подтвердить, что в феврале президент
        отдал распоряжение ... .) that tells an act in the past (\"Иранские военнослужащие
        прибыли на полигон в среду вечером\", - сказал он.), when the sentence has no date
        of its own: as in English, a quoted date loses to a date of the main clause but
        still dates the act it tells; not the year of a name («Индра-2016»), a plan, a
        view, "today" in the speaker's words, or the day of the act told just before (a
        quoted release that restates it: «16 сентября в г. Минск ... прибыла ...»)."""
        told = self.found.candidates[-1].event.date if self.found.candidates else None
        found = []
        for start, end in speech:
            found += [m for m in mentions if start <= m.start < end and m.rule != "year"
                      and self._past_clause(m, start, end)
                      and not (m.rule == "day-word" and m.value == self.reference.iso)
                      and m.value != told and not self.remembered(m, sentence)]
        return found

    def _past_clause(self, m: Mention, start: int, end: int) -> bool:
        """The clause of the quotation around ``m`` tells an act in the past, no plan
        ("прибыли на полигон в среду вечером", not "активная фаза учения начнется 19 апреля")."""
        text = self.article.text
        cuts = [start, *(start + c.end() for c in _CLAUSES.finditer(text[start:end])), end]
        clause = next(text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if a <= m.start < b)
        # a participle's phrase runs on over "и" ("подписанное в г. Хартуме 23 июля 2019 г. и в
        # г. Москве 1 декабря 2020 г."): from the last comma before the date
        phrase = text[max(start, text.rfind(",", start, m.start) + 1):m.start]
        before = self.lang.normalise(phrase)
        if self.lang.bounds_until.search(before) or re.search(
                rf"(?<!\w)(?:{self.lang.patterns['RANGE_TO']})\s*$", before):
            return False  # "подписанного на срок до (по) 31 декабря 2017 г.": a term, no act's day
        return (tells_an_act(clause, self.lang) or participle_act(phrase, self.lang)) and \
            not self.lang.future_cues.search(self.lang.normalise(clause))

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

    def remembered(self, m: Mention, sentence: Sentence) -> bool:
        """A date after an anniversary's word in its clause ("посвященных 70-летию победы
        ... 1950-1953 годов"): what is remembered, not the day of the act."""
        clause = self.lang.normalise(self.article.text[max(sentence.start, m.start - 80):m.start])
        return bool(self.lang.anniversary.search(re.split(r"[,.;:!?،؛]", clause)[-1]))

    def is_label_year(self, m: Mention) -> bool:
        """A bare year right after a word that does not introduce one, in a language without
        capitals (``YEAR_INTRODUCERS``): the year of a name ("رزمایش زاپاد ۲۰۲۵")."""
        introducers = self.lang.year_introducers
        if not introducers or m.rule != "year" or not m.text.strip().isdigit():
            return False
        before = self.article.text[max(0, m.start - 30):m.start]
        word = re.search(r"(\w[\w\u200c]*)\s+$", before)
        if word is None:
            return False  # the sentence's first word, or a bracket or a mark before it
        key = self.lang.key(word.group(1))
        return key not in introducers and key not in self.lang.months and not key.isdigit()

    def after_writing(self, m: Mention) -> bool:
        """A month with its year written out after the article's month ("в сентябре 2023
        года" in March 2021): an act told in the past cannot be of that month."""
        ref = self.reference.date
        return m.rule == "month-year" and ref is not None and m.precision == "month" and (
            m.value > ref.isoformat()[:7])

    def a_later_year(self, m: Mention) -> bool:
        """A year written out after the year of the article, as for English: in a sentence
        about the future or with no past verb, a target ("تا سال ۲۰۳۰ ... برسد"), not yet an
        event; a year counted from the day of writing ("в начале следующего года") is a
        scheduled plan and still dates one."""
        ref = self.reference.date
        return m.rule == "year" and ref is not None and m.value[:4].isdigit() and (
            int(m.value[:4]) > ref.year)

    def is_statement(self, m: Mention, sentence: Sentence) -> bool:
        """A date right before or after a reporting verb of its sentence ("заявил в среду",
        "в среду заявил"; not after "что": "заявил, что в феврале ..."), or, in a verb-final language, before one further on in its
        clause ("دیروز در حاشیه این رزمایش به خبرنگاران گفت که ...")."""
        text = self.article.text
        before = self.lang.normalise(text[max(sentence.start, m.start - 24):m.start])
        after = text[m.end:min(sentence.end, m.end + 24)]
        # in a verb-final language the reporting verb ends its own clause: a date after it is
        # in what was said, «که» or not ("وزارت دفاع اعلام کرده از نیمه‌شب سه‌شنبه ... مورد
        # حمله قرار گرفته است")
        # ("... وزارت دفاع روسیه اعلام کرد روز دوشنبه در نشست خبری که رزمایش ...")
        # unless «که» opens what was said after the date: the date is then the statement's
        verbs_before = self.lang.speech_verbs.finditer(before)
        if self.lang.verb_final and not self.said_after(m, sentence):
            verbs_before = ()
        if self.lang.speech_verbs.search(self.lang.normalise(after)) or any(
                not self.lang.that.search(before, v.end()) for v in verbs_before):
            # not a date after the word opening what was said ("заявил, что в феврале
            # Россия передала ..."): the act's
            return True
        return self.lang.verb_final and bool(
            self.lang.speech_verbs.search(self._clause_after(m, sentence)))

    def said_after(self, m: Mention, sentence: Sentence) -> bool:
        """«که» (``THAT``) further on in the date's sentence with no act told between them
        ("اعلام کرد روز دوشنبه در نشست خبری در مسکو که ..."): what was said opens after the
        date, which is the statement's."""
        words = self.lang.normalise(self.article.text[m.end:sentence.end]).split()
        for i, word in enumerate(words):
            if self.lang.key(word) in self.lang.conjunctions and self.lang.that.fullmatch(word):
                return not tells_an_act(" ".join(words[:i]), self.lang)
        return False

    def _clause_after(self, m: Mention, sentence: Sentence) -> str:
        """The words after a date up to the end of its clause (a punctuation mark or a
        conjunction), 60 characters at most."""
        norm = self.lang.normalise(self.article.text[m.end:min(sentence.end, m.end + 60)])
        stop = re.search(r"[,.;:!?،؛«\"]", norm)
        words = norm[:stop.start()] if stop else norm
        kept = []
        for word in words.split():
            if self.lang.key(word) in self.lang.conjunctions:
                break
            kept.append(word)
        return " ".join(kept)

    def is_bound(self, m: Mention) -> bool:
        """A date that bounds a period ("с 1 января", "до 6 октября", "از یکشنبه"), not a
        range of its own ("с 3 по 5 августа", "с января по март")."""
        if _is_range(m):
            return False
        before = self.lang.normalise(self.article.text[max(0, m.start - 24):m.start])
        if self.lang.bounds.search(before):
            return True
        # a point of reference ("с момента возвращения ... в 2021 году", "از زمان ...")
        clause = self.lang.normalise(self.article.text[max(0, m.start - 80):m.start])
        clause = re.split(r"[,.;:!?،؛]", clause)[-1]
        return bool(self.lang.since.search(clause))

    def starts_its_act(self, m: Mention) -> bool:
        """A date after «از» whose clause ends on a verb of starting (``PHASES["start"]``: "فاز
        دوم ... از دیشب ... آغاز شده است", from last night it has begun): the day the act
        began, the act's own date, not the bound of a period; not a verb in a relative clause
        («که ...») right after the date, which tells what began then, not the act."""
        pattern = start_verb(self.lang.code)
        before = self.lang.normalise(self.article.text[max(0, m.start - 24):m.start])
        if pattern is None or self.lang.bounds_until.search(before):
            return False  # "تا ..." ends a period
        clause = re.split(r"[.!?؟،؛;\n]", self.lang.normalise(self.article.text[m.end:m.end + 200]))[0]
        if self.lang.that_word.match(clause.lstrip()):
            return False  # "از ۲۴ فوریه ۲۰۲۲ که جنگ ... آغاز شد، ...": the start is another thing's
        return bool(pattern.search(clause.rstrip()))

    def starts_a_period(self, m: Mention) -> bool:
        """A date after a bound that starts a period (``BOUNDS_FROM``: "с февраля 2022 года"),
        one whose period runs until now ("از سال ۲۰۱۷ تا کنون"), or naming a point of
        reference ("с момента ... в 2021 году"); not a range of days or months of its own
        ("с января по март"), though years are ("с 2015 по 2017 год": a state's period)."""
        if _is_range(m) and m.precision != "year":
            return False
        before = self.lang.normalise(self.article.text[max(0, m.start - 24):m.start])
        if _is_range(m) and self.lang.bounds.search(before) and self.span_owned(m):
            return True  # "در جریان جنگ از سال ۱۹۹۲ تا ۱۹۹۴": the range is the war's span
        return bool(self.lang.bounds_from.search(before)) or self.runs_until_now(m) or (
            self.names_a_point(m))

    def span_owned(self, m: Mention) -> bool:
        """A state or period word earlier in the date's clause (``SPAN_OWNERS``: "در جریان
        جنگ", "دوران"): a range of years after it is that state's span; with none ("روسیه از
        سال ۲۰۱۵ تا ۲۰۱۷ ... تحویل داد") the range dates the act told."""
        clause = self.lang.normalise(self.article.text[max(0, m.start - 80):m.start])
        return bool(self.lang.span_owners.search(re.split(r"[,.;:!?،؛]", clause)[-1]))

    def names_a_point(self, m: Mention) -> bool:
        """A date in a phrase naming a point of reference (``SINCE``: "похода, начавшегося с
        момента выхода кораблей ... 3 июля"): when a period began, of any precision; or in
        the thing named after "после" (``AFTER_NAMED``) in a sentence that ranks something
        first (``SERIES_FIRST``: "стал первым лидером, посетившим Ирак после вторжения в
        2003 году"): the first since that thing, not an act of its date."""
        clause = self.lang.normalise(self.article.text[max(0, m.start - 80):m.start])
        last = re.split(r"[,.;:!?،؛]", clause)[-1]
        return bool(self.lang.since.search(last)) or self._first_after(m, last)

    def _first_after(self, m: Mention, last: str) -> bool:
        """``m`` ends a phrase opened by "после" with no past verb between them (not "впервые
        после перерыва Россия поставила ... в 2016 году": the act's date), in a sentence
        that ranks something first before it."""
        after = list(self.lang.after_named.finditer(last))
        if not after or self.lang.past.search(last, after[-1].end()):
            return False
        text = self.article.text[max(0, m.start - 300):m.start]
        sentence = re.split(r"[.!?\n]", text)[-1]
        return bool(self.lang.series_first.search(self.lang.normalise(sentence).lower()))

    def runs_until_now(self, m: Mention) -> bool:
        """A bound date whose period runs up to the day of writing (``UNTIL_NOW``: "از سال
        ۲۰۱۷ تا کنون"): it starts a state."""
        after = self.lang.normalise(self.article.text[m.end:m.end + 24])
        return self.is_bound(m) and bool(self.lang.until_now.match(after))

    def for_period(self, m: Mention) -> bool:
        """A year right after the words that name what a plan or a document is for
        (``PLAN_PERIOD``: "план сотрудничества на 2025 год", "سند ... برای سال‌های ۲۰۲۵ تا
        ۲۰۲۷"): the period it covers, not the day it was signed or any act's; in a sentence
        that tells a past act or, in the present, what the plan holds ("План на 2025 год
        включает 50 мероприятий"), not in a plan ("رزمایش ... برای سال ۲۰۲۶ برنامه‌ریزی شده
        است", "На 2025 год ... запланировали учения", "... будет включать": the year is
        the plan's date)."""
        text = self.article.text
        before = self.lang.normalise(text[max(0, m.start - 24):m.start])
        if m.precision != "year" or not self.lang.plan_period.search(before):
            return False
        start = max(text.rfind(end, 0, m.start) for end in ".!?؟\n") + 1
        stop = min((i for i in (text.find(end, m.end) for end in ".!?؟\n") if i >= 0),
                   default=len(text))
        return (tells_an_act(text[start:stop], self.lang) or tense(
            text, m.start, m.end, self.lang) != FUTURE) and not self.lang.planned.search(
            self.lang.normalise(text[start:stop]))

    def is_plan(self, m: Mention) -> bool:
        """A date in a clause about the future ("поставки начнутся в 2016 году"): next to
        the date of the statement that announces it, it tells a plan, not the event."""
        return tense(self.article.text, m.start, m.end, self.lang) == FUTURE

    def lead_dating(self, lead: str = "dateline") -> Dating:
        ref, day = self.reference, self.reference.iso
        why = ("the lead right after the dateline reports the dateline's day" if lead == "dateline"
               else f"the article's first sentence, with no date of its own and a past verb: the "
               f"news of its day, {ref.iso}, or shortly before (lead convention)")
        if lead == "dateline" and self.dateline_day is not None:
            # a wire story printed a day or two later ("МОСКВА, 27 дек — РИА Новости." on a
            # page of 28 December): the dateline's day is the news's, not the page's
            day = self.dateline_day.value
            why += f", {day}, before the page's {ref.iso} (a reprint)"
        mention = Mention(ref.start or 0, ref.end or 0, ref.text, day, "day", "dateline-lead",
                          why, anchor=day, approximate=True, modifier="APPROX")
        return Dating(mention, False, "dateline-lead")

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
        rank = (int(dating.statement), 0, _PRECISION.get(m.precision, 3), sentence.start)
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
        for verb in words_handed(tokens, self.lang):  # "передал послание": no delivery
            tokens = [t for t in tokens if t != verb]
            norm = re.sub(rf"(?<!\w){re.escape(verb)}(?!\w)", " ", norm)
        tags = {tag for stem, tag in self.lang.kinds.items()
                if any(t.startswith(stem) for t in tokens) or (len(stem) > 6 and stem in norm)}
        if statement:
            tags.add("statement")
        return sorted(tags)


def _people(canonical: list[str], named: tuple[str, ...]) -> tuple[str, ...]:
    """A candidate's people for the merge: those the quote names in full (``people_in``), and
    the topic's people it names (by their canonical names) that are none of them."""
    surnames = {name.split()[-1].lower() for name in named}
    return (*named, *(p for p in canonical if p.split()[-1].lower() not in surnames))


def _is_range(m: Mention) -> bool:
    """A mention that is a range with both ends ("с 3 по 5 августа", "с января по март",
    "в 2016–2017 годах"), not one end of a period."""
    return any(key in m.extra for key in ("end_day", "end_month", "end_year"))
