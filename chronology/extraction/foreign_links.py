"""How a Russian or Persian sentence leans on the one before, as ``links.py`` does for English:
an undated sentence that goes on with a dated one takes its date («Стороны также подписали
...»), what was signed at the occasion just told, who reported it («Об этом заявил ...»), a
quotation or a demonstrative that points back, an act told as later that day."""

from __future__ import annotations

import re
from dataclasses import replace

from chronology.dates.model import Mention
from chronology.extraction.crosslang import designations
from chronology.extraction.dating import Dating
from chronology.extraction.foreign_occasions import statement_occasion
from chronology.extraction.foreign_parts import (
    duration_pattern,
    kinds_in,
    negated,
    recent,
    same_act,
    subject_of,
    tells_an_act,
    verb_stems,
)
from chronology.extraction.foreign_restated import points_back_to
from chronology.extraction.model import Candidate
from chronology.extraction.sentences import Sentence
from chronology.languages import en_grammar

# The tables of words that are no noun after a demonstrative ("این است که", "این در حالی").
_NOT_NOUNS = ("VERB_PARTS", "DATE_PREPOSITIONS", "PARTY_BEFORE_VERB", "AGO_UNITS",
              "NOT_POINTED_BACK")
_OCCASION_KINDS = en_grammar.FOREIGN_OCCASION_KINDS
_SIGNED_KINDS = frozenset({"agreement", "arms deal"})  # what is signed at an occasion
_QUOTATION_CHARS = 3000  # the longest quotation followed sentence by sentence


class GoingOn:
    """The scan's sentences that go on with the one before (foreign._Scan inherits them)."""

    def occasion_of_news(self, words: str) -> bool:
        """An undated sentence telling where the day's statement was made ("Об этом заявил
        Шойгу на встрече с министром обороны Египта", ``foreign_occasions``), of both sides,
        in the lead's paragraph or the next, when the lead gave no event (a modal or a plan:
        "Россия и Египет могут активизировать ..."): the occasion is the day's news."""
        lead_block = self.datelined if self.datelined is not None else 0
        return not self.found.candidates and 0 <= self.block - lead_block <= 1 and (
            statement_occasion(words, self.lang)) and len(self.sides(words)) >= 2

    def held_already(self, words: str) -> bool:
        """An undated sentence of both sides telling an occasion held already ("... уже
        состоялось совещание военных о подготовке маневров", ``HELD_ALREADY``)
        in the lead's paragraph or the next: held shortly before the report, the day's news."""
        lead_block = self.datelined if self.datelined is not None else 0
        return 0 <= self.block - lead_block <= 1 and bool(self.lang.held_already.search(
            self.lang.normalise(words))) and len(self.sides(words)) >= 2

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
        return self.evidence_of(previous[1], sentence, words, "confirms the event before")

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

    def carry(self, sentence: Sentence, words: str, previous) -> None:
        """An undated sentence that goes on with the dated one right before it ("Стороны
        также подписали ...", "دو طرف همچنین ... امضا کردند") takes its date and sides,
        unless it points to another time ("ранее", "پیش از این", a future cue) or only says
        more of what was said ("также указывает, что ...")."""
        if self.signed_at_occasion(sentence, words) or self.news_goes_on(sentence, words) or (
                self.remarks_placed(sentence, words)):
            return
        if previous is None or previous[1] is None:
            self.said_at_occasion(sentence, words)
            return
        if self.quotation_goes_on(sentence, words, previous) or self.statement_restated(
                sentence, words, previous):
            return
        before, candidate = previous
        norm = self.lang.normalise(words)
        if self.says_about_this(words) and (self.lang.speech_verbs.search(norm) or (
                self.lang.reporting_present.search(norm))) and not (
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

    def said_at_occasion(self, sentence: Sentence, words: str) -> bool:
        """An undated sentence that points back to the occasion the last event told
        (``THIS_OCCASION``: "<leader> در این تماس تلفنی ... قدردانی کرد" after "<leader> روز
        چهارشنبه با <leader> تماس گرفت", a sentence on who published the call between) and tells
        no kind of event of its own (a signing there is one): what was said or done there,
        the words of that event, no event of its own. The last event is of a day, and no date
        is told between."""
        norm = self.lang.normalise(words)
        last = self.found.candidates[-1] if self.found.candidates else None
        if last is None or not self.lang.this_occasion.search(norm) or (
                last.dating.mention.precision != "day") or self.tags(words, False) or any(
                last.sentence.end <= m.start < sentence.start and m.is_calendar
                for m in self.every):
            return False
        return self.evidence_of(last, sentence, words, "said or done at the occasion told before")

    def news_goes_on(self, sentence: Sentence, words: str) -> bool:
        """An undated sentence right after the lead of the day's news (the article's only
        event so far, dated by the lead convention or on one of the few days before the
        reference), in its paragraph or opening the next, with only the lead's report
        between, that tells the lead's act again in a past verb (``NEWS_GOES_ON``: "Договор
        подписали министры обороны" after "заключили договор": ``same_act``, its kinds of
        act, or a subject pointing back, "Соответствующий документ ..."), and no background
        (``ALREADY``, ``OTHER_TIME``, ``HISTORY_OPENERS``), other act (``ANOTHER_ACT``:
        "также"), plan, denial, time of its own or act of another country: more evidence of the lead, no event of its own (what it
        adds is the lead's news: a detail, not another act)."""
        if not self.lang.news_goes_on or len(self.found.candidates) != 1:
            return False
        lead = self.found.candidates[0]
        m = lead.dating.mention
        if m.rule != "dateline-lead" and not recent(m, self.reference):
            return False
        blocks = self.article.story_blocks()
        here, there = (next((k for k, b in enumerate(blocks) if b.start <= at < b.end), None)
                       for at in (sentence.start, lead.sentence.start))
        if here is None or there is None or not 0 <= here - there <= 1 or any(
                sentence.start <= d.start < sentence.end for d in self.every) or any(
                t in self.lang.months or t in self.lang.year_words
                for t in re.findall(r"\w+", self.lang.normalise(words))) or (
                self.lang.vague_time.search(self.lang.normalise(words))
                or self.lang.news_other_time.search(self.lang.normalise(words))):
            return False  # a time of its own, if only "в начале года", "потом", "летом",
            # "в ходе прошлого визита"
        source = lead.event.sources[0]
        between = " ".join(self.article.text[lead.sentence.end:sentence.start].split())
        if between and between not in source.quote:
            return False  # a sentence between that is no part of the lead's evidence
        # who reported it, after it ("…, передает корреспондент"), is no act told; who
        # reported it, before it ("Он уточнил, что беседа прошла …"), neither: what was said
        # is the words after "что"
        said, words = words, self.said_words(words)
        norm = self.lang.normalise(words)
        if (not tells_an_act(words, self.lang) or self.announces_plan(norm)
                or self.lang.future_cues.search(norm) or self.lang.already.search(norm)
                or self.lang.other_time.search(norm) or self.lang.history_openers.search(norm)
                or self.lang.another_act.search(norm)  # "Также заключен контракт ...": another
                or negated(words, self.lang) or self.countries_elsewhere(words)
                or self.lang.speech_verbs.search(norm) and not self.tells_a_past_act(norm)):
            return False
        told = lead.sentence.text(self.article.text)
        tags = set(self.tags(words, False)) - {"statement"}
        if self.another_deal(tags, set(lead.event.tags)) or self.reversed_sides(told, words):
            return False  # another deal ("заключил контракт на закупку" after an agreement),
            # or the lead's recipient doing the lead's act ("Иран передал России …" after
            # "Россия передала Ирану …")
        if not (same_act(told, words, self.lang) or tags and tags <= set(lead.event.tags)
                or points_back_to(words, told, self.lang)):  # "Соответствующий документ ..."
            return False
        source.quote = " ".join([source.quote, *said.split()])
        self.note(f"line {self.line_of(sentence.start)}: tells the lead's act again: "
                  f"{lead.event.title!r}, no event of its own")
        return True

    def quotation_goes_on(self, sentence: Sentence, words: str, previous) -> bool:
        """An undated sentence inside a quotation that the event right before it opened in its
        paragraph and has not closed ("… گفت: «… اعلام کرد. این بسته … است.»"): the same
        speaker's words, more evidence of that event, no event of its own."""
        before, candidate = previous
        text = self.article.text
        if sentence.start - candidate.sentence.start > _QUOTATION_CHARS:
            return False  # no quotation runs so long (and a page of one paragraph stays linear)
        opened = text[candidate.sentence.start:sentence.start]
        if "\n" in text[before.end:sentence.start] or opened.count("«") <= opened.count("»"):
            return False
        self.previous = (sentence, candidate)
        return self.evidence_of(candidate, sentence, words, "inside the quotation of")

    def statement_restated(self, sentence: Sentence, words: str, previous) -> bool:
        """The sentence right after a lead that told what someone said (the article's only
        event, dated by the lead convention), in its paragraph or opening the next, that
        tells it again with who said it ("به گزارش …، <name> اظهار داشت که …" after "<office>
        گفت: …"): a reporting verb in the past and half the lead's words of three letters
        or more: more evidence of the lead (its speaker's name), no event of its own."""
        before, lead = previous
        if len(self.found.candidates) != 1 or lead is not self.found.candidates[0] or (
                lead.dating.mention.rule != "dateline-lead") or not self.lang.statement_told.search(
                self.lang.normalise(before.text(self.article.text))):
            return False
        blocks = self.article.story_blocks()
        here, there = (next((k for k, b in enumerate(blocks) if b.start <= at < b.end), None)
                       for at in (sentence.start, before.start))
        norm = self.lang.normalise(words)
        if here is None or there is None or not 0 <= here - there <= 1 or not any(
                self.lang.past.match(norm, verb.start()) or self.lang.that.match(norm, verb.end())
                or self.lang.statement_told.match(norm, verb.start())
                for verb in self.lang.speech_verbs.finditer(norm)):
            return False

        def told(text: str) -> set[str]:
            return set(re.findall(r"[^\W\d_]{3,}", self.names.normalise(text)))

        said = told(before.text(self.article.text))
        if not said or 2 * len(said & told(words)) < len(said):
            return False
        return self.evidence_of(lead, sentence, words, "tells the lead's statement again")

    def remarks_placed(self, sentence: Sentence, words: str) -> bool:
        """An undated sentence telling where "these remarks" were made ("او این سخنان را
        هنگام بازدید از … مطرح کرد", ``REMARKS_PLACED``) while the article's only event is a
        lead that told what someone said (dated by the lead convention): the occasion of
        that statement, more evidence of it (where it was made), no event of its own."""
        if len(self.found.candidates) != 1:
            return False
        lead = self.found.candidates[0]
        if lead.dating.mention.rule != "dateline-lead" or not self.lang.statement_told.search(
                self.lang.normalise(lead.sentence.text(self.article.text))) or not (
                self.lang.remarks_placed.search(self.lang.normalise(words))):
            return False
        return self.evidence_of(lead, sentence, words, "tells where the lead's statement was made")

    def evidence_of(self, candidate, sentence: Sentence, words: str, why: str) -> bool:
        """``words`` join ``candidate``'s quote: more evidence of its event, no event of their
        own (``why`` says how, in the ``--explain`` note)."""
        source = candidate.event.sources[0]
        source.quote = " ".join([source.quote, *words.split()])
        self.note(f"line {self.line_of(sentence.start)}: {why}: {candidate.event.title!r}, "
                  f"no event of its own")
        return True

    def said_words(self, words: str) -> str:
        """``words`` without who told them: the words after a past reporting verb of the
        day and ``THAT`` when the sentence opens with who said it ("Он уточнил, что беседа
        прошла …"), else without an attribution after them ("…, передает корреспондент")."""
        norm = self.lang.normalise(words)
        verb = self.lang.speech_verbs.search(norm)
        that = verb and self.lang.that.match(norm, verb.end())
        # the opening: no clause before the verb ("Министры провели беседу …, после чего X
        # заявил, что …" tells its own act first)
        if that and not re.search(r"[,;:]", norm[:verb.start()]) and \
                self.lang.past.match(norm, verb.start()) and \
                not self.lang.said_imperfective.match(norm, verb.start()):
            return words[that.end():]
        return self.lang.attribution.sub("", words)

    @staticmethod
    def another_deal(tags: set[str], lead: set[str]) -> bool:
        """The sentence tells a deal of another kind than the lead's deal (``_SIGNED_KINDS``: a
        contract after an agreement): another act, whatever verb they share."""
        return bool(lead & _SIGNED_KINDS and (tags & _SIGNED_KINDS) - lead)

    def reversed_sides(self, told: str, words: str) -> bool:
        """The lead's verb with the lead's recipient as its subject (a side the lead names
        after its verb, not before it): "Иран передал России …" after "Россия передала Ирану
        …" is another act, not the lead told again."""
        if not verb_stems(told, self.lang) & verb_stems(words, self.lang):
            return False
        own = set(self.names.groups(subject_of(words, self.lang)))
        subject = subject_of(told, self.lang)
        lead = set(self.names.groups(subject))
        recipient = set(self.names.groups(told[len(subject):])) - lead
        return bool(own and lead and own <= recipient)

    def signed_at_occasion(self, sentence: Sentence, words: str) -> bool:
        """«В ходе визита было подписано 23 соглашения», «По итогам работы стороны подписали
        протокол»: an undated sentence opening at an occasion (``occasion_opening``) and telling
        a signing (``_SIGNED_KINDS``) tells what was done at the occasion the last event told
        (a meeting, a visit, a session of a day), with only undated sentences between: that
        day. A signing told as done before («уже», «ранее») or later keeps no date."""
        norm = self.lang.normalise(words)
        last = self.found.candidates[-1] if self.found.candidates else None
        if (last is None or not (self.bare_occasion(norm) or self.occasions_people(
                words, norm, last.sentence.text(self.article.text)))
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

    def occasions_people(self, words: str, norm: str, told: str) -> bool:
        """The sentence opens at an occasion and names, before its verb, a person the
        occasion told before named (a first name and a surname, whatever their case: «По
        итогам работы глава делегации Иван Петров и … подписали протокол» after «… делегация
        во главе с Иваном Петровым приняла участие в заседании»): the people of that
        occasion act at it, no other occasion (an owner, «визита президента Ирана», names
        no one told)."""
        opening = self.lang.occasion_opening.match(norm)
        verb = opening and self.lang.past.search(norm, opening.end())
        if not verb:
            return False
        def pairs(text: str) -> list[tuple[str, str]]:
            found = [(m.group(1), m.group(2)) for m in self.lang.full_name.finditer(text)]
            return [(a, b) for a, b in found if not self.names.groups(f"{a} {b}")
                    and not self.other_countries(f"{a} {b}")]
        def same(a: str, b: str) -> bool:
            stem = a[:max(4, len(a) - 2)]
            return b.startswith(stem) or a.startswith(b[:max(4, len(b) - 2)])
        return any(same(a, c) and same(b, d) for a, b in pairs(words[opening.end():verb.start()])
                   for c, d in pairs(told))

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
