"""Which date mention dates a Russian or Persian sentence, as ``dating.py`` does for English: a
date next to a reporting verb dates the statement and loses to any other, a plan vaguer than
the statement's date, a bound of a period, a year after the article's, an anniversary's date
or a quotation's do not date the act; then day beats month beats year; the lead after a
dateline takes the dateline's date."""

from __future__ import annotations

import re
from dataclasses import replace

from chronology.dates.context import FUTURE
from chronology.dates.lexical_tense import tense
from chronology.dates.model import Mention
from chronology.extraction.dating import Dating
from chronology.extraction.foreign_compared import compared
from chronology.extraction.foreign_parts import (
    QUOTES,
    clause_of,
    is_denied,
    participle_act,
    tells_an_act,
    without_weekday_of_date,
)
from chronology.extraction.foreign_plans import act_then_plan, own_time_planned
from chronology.extraction.foreign_retold import start_verb
from chronology.extraction.foreign_side_dates import side_dates_a_state
from chronology.extraction.foreign_states import tells_a_state
from chronology.extraction.foreign_titles import side_clause_matches
from chronology.extraction.sentences import Sentence

PRECISION = {"day": 0, "month": 1, "year": 2}
_CLAUSES = re.compile(r"\s+(?:و|и)\s+|[,;،؛]")  # a past verb may end any clause
_SENTENCE_REACH = 1000  # characters either side of a date: its sentence is shorter


def _is_range(m: Mention) -> bool:
    """A mention that is a range with both ends ("с 3 по 5 августа", "с января по март",
    "в 2016–2017 годах"), not one end of a period."""
    return any(key in m.extra for key in ("end_day", "end_month", "end_year"))


class DateChoice:
    """The scan's choice of a sentence's date (foreign._Scan inherits it)."""

    def dating(self, words: str, sentence: Sentence, mentions: list[Mention],
               lead: str) -> Dating | None:
        if self.lang.ordinal_statement.match(self.lang.normalise(words)):
            return None  # "این نخستین رزمایش ... پس از ... ۱۳۵۷ است": a ranking, no act
        if self.lang.outlet_tells.search(self.lang.normalise(words)) and self.announces_plan(
                self.lang.normalise(words)):
            return None  # "رسانه‌ها نوشتند که فردا ... رزمایش برگزار خواهد شد": a plan reported
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
        norm = self.lang.normalise(words)
        if lead and self.reference.date and usable and all(
                self.is_plan(m) and m.precision != "day" for m in usable) and (
                self.intent_told_after(norm) or self.plan_told_next(sentence)):
            # "Тегеран во время осенней поездки министра рассчитывает обсудить покупку,
            # передает агентство": an intent with who told it after is the day's
            # announcement, as with no date of its own; the plan's vaguer time is no event
            # day (as next to a statement's date); so is a plan whose teller the next
            # sentence names ("… начнут маневры в октябре. Об этом рассказал атташе …")
            return self.lead_dating(lead)
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
            norm = self.lang.normalise(words)
            if lead and self.reference.date and (not self.announces_plan(norm) or (
                    self.plan_told_after(norm) or self.plan_told_next(sentence))):
                return self.lead_dating(lead)  # "…, сообщил министр": the day's statement
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
        said = min((PRECISION.get(m.precision, 3) for m in usable if id(m) in statements),
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
            precision = PRECISION.get(m.precision, 3)
            # a plan vaguer than the statement's date ("early next year") tells no event day
            vague_plan = said is not None and id(m) not in statements and self.is_plan(
                m) and precision > said
            bound = id(m) in bounds and len(bounds) < len(usable) and not self.starts_its_act(m)
            return (vague_plan, bound, aside(m), id(m) in statements, precision, m.start)

        if lead == "dateline" and self.reference.date and acted and not statements and all(
                self.is_plan(m) and m.precision != "day" for m in usable):
            # "МОСКВА, 10 дек. ... заявил Сингх и пригласил коллегу посетить выставку в
            # феврале": the lead tells a past act of the dateline's day; a vaguer plan told in
            # it is what was invited to or agreed on, no event day (as next to a statement's)
            return self.lead_dating(lead)
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
        года" in March 2021): an act told in the past cannot be of that month. So too a year
        after the article's year reached by a bound (a past verb of speaking about a plan "تا
        سال ۲۰۲۷", told in 2024; "до 2030 года"): the deadline of what is spoken of, not the
        day of the act told (a later year alone is still a past act's, as the text has it)."""
        ref = self.reference.date
        if self.a_later_year(m):
            return bool(self.lang.bounds_until.search(self.lang.normalise(
                self.article.text[max(0, m.start - 24):m.start])))
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

    def put_off_time(self, m: Mention) -> bool:
        """A month or a year of a plan put off (``POSTPONE_VERBS`` in the sentence): the new
        time, right after the verb and "на" (``PLAN_PERIOD``: "маневры перенесли на
        февраль"), or the old one, in a clause of what was planned (``PLANNED``,
        ``PLANNED_BEFORE``: "маневры намечали начать в октябре, однако их
        отложили"): the plan's time, no act's day. The day or month a thing was put off on
        ("в марте визит отложили") is told otherwise, and dates that act."""
        if m.precision == "day":
            return False
        text = self.article.text
        # the sentence's bounds are looked for near the date only: a page of one long
        # paragraph is read in linear time
        lo, hi = max(0, m.start - _SENTENCE_REACH), min(len(text), m.end + _SENTENCE_REACH)
        start = max(lo, max(text.rfind(end, lo, m.start) for end in ".!?\n") + 1)
        stop = min((i for i in (text.find(end, m.end, hi) for end in ".!?\n") if i >= 0),
                   default=hi)
        if not self.lang.postponed.search(self.lang.normalise(text[start:stop])):
            return False
        left = max(start, max(text.rfind(end, start, m.start) for end in ",;—") + 1)
        right = min((i for i in (text.find(end, m.end, stop) for end in ",;—") if i >= 0),
                    default=stop)
        before = self.lang.normalise(text[left:m.start])
        clause = self.lang.normalise(text[left:right])
        return bool(self.lang.postponed.search(before) and self.lang.plan_period.search(before)
                    or self.lang.planned.search(clause) or self.lang.planned_before.search(clause))

    def is_plan(self, m: Mention) -> bool:
        """A date in a clause about the future ("поставки начнутся в 2016 году"): next to
        the date of the statement that announces it, it tells a plan, not the event."""
        return tense(self.article.text, m.start, m.end, self.lang) == FUTURE

    def lead_dating(self, lead: str = "dateline") -> Dating:
        ref, day = self.reference, self.reference.iso
        why = ("the lead right after the dateline reports the dateline's day" if lead == "dateline"
               else f"an occasion told as held already, with no date of its own, next to the "
               f"lead: the news of its day, {ref.iso}, or shortly before" if lead == "held"
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
