"""What a Russian or Persian sentence tells: an act done (a past verb that is no reporting verb),
what someone said, a plan for the future, or background that was so before the day's news;
and whether a story opens with the day's news."""

from __future__ import annotations

import re

from chronology.extraction.foreign_occasions import said_after
from chronology.extraction.foreign_parts import tells_an_act
from chronology.extraction.foreign_retold import OPENING_WORDS
from chronology.extraction.foreign_titles import VERB_WORDS
from chronology.extraction.sentences import Sentence

NEXT_SENTENCE = re.compile(r"[ \t]*([^\n]+?[.!?])(?=\s|$)")  # in the same paragraph


class ActReading:
    """The scan's reading of what a sentence tells (foreign._Scan inherits it)."""

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
            return self.plan_told_after(norm)
        if self.lang.reported_act.search(norm):
            return True  # "Минобороны сообщило о проведении учений": the act is reported
        if self.said_that(norm) or said_after(norm, self.lang):
            return True
        if self.lang.statement_told.search(norm) and not (
                self.lang.lead_present_elsewhen.search(norm) or self.lang.habit.search(norm)):
            # "... گفت: ...", "... را ... دانست.": what was said, verb last; not what was said
            # of a time ahead or of late ("... اعلام کرد، ... در ماه‌های آینده ... می‌دهد")
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

    def opens_with_news(self, words: str, sentence: Sentence | None = None) -> bool:
        """A story opening that tells the day's news: an act done or said
        (``reports_an_act``), a plan whose teller the next sentence names (``sentence``:
        ``plan_told_next``), or an act of the topic's kind told in the present of agency
        leads ("Россия и Иран начинают совместные учения в Каспийском море", "Минобороны
        России проводит учения"), not a plan, a habit ("ежегодно проводят") or a view
        ("эксперты считают"): as the lead after a dateline is, whatever its tense."""
        if self.reports_an_act(words):
            return True
        norm = self.lang.normalise(words)
        if sentence is not None and self.announces_plan(norm) and self.plan_told_next(sentence):
            return True
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
        statement, as a lead after a dateline is (a page may have dropped the dateline), also
        after the verb's addressee ("заявил Reuters, что ...", ``that_after_objects``);
        not what someone used to say ("заявлял, что ...", ``SAID_IMPERFECTIVE``), which
        ``used_to`` asks for instead."""
        return any(self.lang.past.match(norm, verb.start()) and (self.lang.that.match(
            norm, verb.end()) or not self.lang.verb_final and self.lang.that_after_objects.match(
                norm, verb.end())) and used_to == bool(
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

    def plan_told_after(self, norm: str) -> bool:
        """An intent held now told first and who told it after ("Индия планирует закупить
        еще четыре самолета, сообщил в среду министр", "…, сообщает Bloomberg"; ``INTENT``,
        ``TOLD_AFTER``): the wire's form of an announcement that is the day's news, dated as
        a lead is; its reporting verb is of the day, a perfective past or an outlet's present
        (``REPORTING_PRESENT``), not what was said over time ("…, заявлял министр"), and it
        names who told it: what an unnamed source tells of a plan (``ANONYMOUS``: "…,
        сообщил источник") announces nothing. Where the language says so
        (``FORETOLD_ANNOUNCED``), any plan is announced so, an act foretold too ("Россия
        сократит контингент, заявил представитель округа"), by an unnamed source too (an
        agency's report of it is the day's news), and so is one told after who told it
        ("Министр заявил, что Россия поставит …"): the day's statement, whatever the order of
        its words."""
        cue = self.lang.future_cues.search(norm)
        if cue is None:
            return False
        if not self.lang.foretold_announced:
            return self.intent_told_after(norm)
        after = any(told.start() > cue.start() and (
            not self.lang.said_imperfective.match(norm, told.end())
            or self.lang.reporting_present.match(norm, told.end()))
            for told in self.lang.told_after.finditer(norm))
        return after or any(
            self.lang.past.match(norm, verb.start())
            and not self.lang.said_imperfective.match(norm, verb.start())
            and bool(self.lang.that.match(norm, verb.end())
                     or self.lang.that_after_objects.match(norm, verb.end()))
            for verb in self.lang.speech_verbs.finditer(norm, 0, cue.start()))

    def plan_told_next(self, sentence: Sentence) -> bool:
        """A plan told first and who told it in the next sentence of its paragraph ("Флоты
        двух стран проведут маневры … . Об этом рассказал представитель штаба …", ``ABOUT_THIS``):
        the two-sentence form of "…, сообщил …" (``plan_told_after``), the day's announcement
        where the language announces any plan so (``FORETOLD_ANNOUNCED``); its verb of the
        day, a perfective past, an outlet's present ("Об этом пишут …",
        ``REPORTING_PRESENT``) or one of announcing (``ANNOUNCES``), not what was said over
        time ("Об этом заявлял …"); not a possibility or an expectation ("Стороны могут
        расширить контакты", a cue among ``STATE_VERBS``), a view the occasion it was
        told at may be the news of (``occasion_of_news``); and a plan of the topic by itself
        (``tells_topic``: two sides, or one and a term or the article's weapon model), as for
        a report with a day of its own (``report_of_previous``), not a civilian airliner's
        delivery to one side."""
        if not self.lang.foretold_announced:
            return False
        words = sentence.text(self.article.text)
        cue = self.lang.future_cues.search(self.lang.normalise(words))
        if cue is None or self.lang.state_verbs.match(cue.group()) or not self.tells_topic(
                words, self.sides(words)):
            return False
        after = NEXT_SENTENCE.match(self.article.text, sentence.end)
        if after is None or not self.says_about_this(after.group(1)):
            return False
        norm = self.lang.normalise(after.group(1))
        verbs = [*self.lang.speech_verbs.finditer(norm), *self.lang.announces.finditer(norm),
                 *self.lang.reporting_present.finditer(norm)]
        return any(not self.lang.said_imperfective.match(norm, verb.start())
                   or self.lang.reporting_present.match(norm, verb.start()) for verb in verbs)

    def intent_told_after(self, norm: str) -> bool:
        """An intent held now (``INTENT``) told first, and a named teller of the day after it
        (``plan_told_after`` where the language does not say ``FORETOLD_ANNOUNCED``): the
        announcement of an intent, also when the plan has a time of its own vaguer than a day
        ("планирует начать переговоры в ходе октябрьского визита, сообщает агентство"), which
        is no event day; an act foretold with a time of its own ("проведут учения в
        августе") is the plan, of that time."""
        cue = self.lang.future_cues.search(norm)
        if cue is None or not self.lang.intent.match(norm, cue.start()):
            return False
        return any(told.start() > cue.start() and (
            not self.lang.said_imperfective.match(norm, told.end())
            or self.lang.reporting_present.match(norm, told.end()))
            and not self.lang.anonymous.search(norm, told.end())
            for told in self.lang.told_after.finditer(norm))

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
