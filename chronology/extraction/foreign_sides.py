"""Who and what a Russian or Persian sentence names: the topic's sides (by their names or by a
person's surname), the article's people and whom a pointer means, weapons' model names, and
the countries that no side stands for (another pair, a place an act goes to)."""

from __future__ import annotations

import functools
import re

from chronology.extraction.foreign_people import Cast, pointed, read_cast, surname
from chronology.extraction.foreign_relevance import a_deck
from chronology.extraction.sentences import Sentence

# A weapon's model name: letters, a hyphen, digits ("J-10C", "Ка-226Т", "С-400", "МиГ-29К")
MODEL = re.compile(r"(?<![\w-])[^\W\d_]{1,4}-\d{1,4}[^\W\d_]{0,3}(?![\w-])")
# the most words a phrase of circumstance runs to its comma or date (``circumstance_only``)
CIRCUMSTANCE_WORDS = 14


class SideNames:
    """The scan's reading of the sides and things a sentence names (foreign._Scan inherits it)."""

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
        return set(MODEL.findall(text)) | {
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

    def other_countries(self, text: str, joining: bool = False) -> list[str]:
        """The countries ``text`` names that no side of the topic stands for ("Китай" in a
        Russia–Iran article), by the language's ``COUNTRIES``: not a place ("в Сирию") nor
        what an act is against (``ADVERSARY``: "вторжения украинских войск"), nor in the name
        of a source (``SOURCE_PHRASE``: "به گزارش صدای آمریکا،"); with ``joining``, nor one
        told as taking part in the occasion told (``takes_part``)."""
        norm = self.lang.normalise(text)
        sources = [s.span() for s in self.lang.source_phrase.finditer(norm)]
        return [country for country, pattern in self.lang.countries.items()
                if country not in self.own_countries and any(
                    not any(a <= m.start() < b for a, b in sources)  # "به گزارش صدای آمریکا"
                    and not self.a_place(norm, m.start()) and not self.lang.adversary.search(
                        re.split(r"[,;:.!?،؛]", norm[max(0, m.start() - 50):m.start()])[-1])
                    and not (joining and self.takes_part(norm, m.end()))
                    for m in pattern.finditer(norm))]

    def third_parties(self, text: str) -> list[str]:
        """The third countries of a sentence naming one side that make it another pair's
        act: none when the side is named right after a word of an act aimed at it
        (``TARGETED``: «آمریکا ... تلاش کرد تحریم تسلیحاتی ایران را تمدید کند»: the embargo
        on the side's arms is of the topic), and not one told as taking part in the occasion
        told (``takes_part``: «ناوشکن چینی در این رزمایش شرکت دارند»: a drill of three)."""
        norm = self.lang.normalise(text)
        if any(self.lang.targeted.search(
                re.split(r"[,;:.!?،؛]", norm[max(0, m.start() - 30):m.start()])[-1])
                for country in self.own_countries if country in self.lang.countries
                for m in self.lang.countries[country].finditer(norm)):
            return []
        return self.other_countries(text, joining=True)

    def circumstance_only(self, text: str, base: int) -> list[str]:
        """The third countries of a sentence whose sides are named only in a phrase of the
        circumstance of its act (``CIRCUMSTANCE``: «همزمان با مانور ایران و روسیه در خزر، ناو
        ژاپنی ... لنگر انداخت», «وزیر ژاپنی با وجود انتقاد مسکو ... به تهران رفت»): another
        country's act against the sides' backdrop.
        The phrase ends at its comma or at a date (``base``: the text's offset, for the
        article's date mentions), within ``CIRCUMSTANCE_WORDS`` words; one with neither is
        left whole. None when what is left, without its tellers (``SOURCE_PHRASE``: «به گفته
        ...،») and a clause of «که» after its past verb, names both sides."""
        norm = self.lang.normalise(text)
        cut = norm
        for m in self.lang.circumstance.finditer(norm):
            dates = [d.start - base for d in self.every if m.end() <= d.start - base < len(norm)]
            comma = re.search(r"[,،]", norm[m.end():])
            ends = [*dates[:1], *([m.end() + comma.start()] if comma else [])]
            end = min(ends, default=None)
            if end is None or len(norm[m.end():end].split()) > CIRCUMSTANCE_WORDS:
                continue
            cut = cut[:m.start()] + " " * (end - m.start()) + cut[end:]
        if cut == norm:
            return []
        for m in self.lang.source_phrase.finditer(cut):  # «به گفته ...،»: a teller
            cut = cut[:m.start()] + " " * (m.end() - m.start()) + cut[m.end():]
        # «... به تهران رفت که به نظر مسکو ...»: a clause of «که» after the main clause's
        # past verb says something of its act (not what a reporting verb reports: «اعلام کرد
        # که …»)
        for verb in self.lang.past_verb.finditer(cut):
            that = self.lang.that.match(cut, verb.end())
            if that and not self.lang.speech_verbs.search(cut[max(0, verb.start() - 12):verb.end()]):
                cut = cut[:verb.end()] + " " * (len(cut) - verb.end())
                break
        if len(self.sides(cut)) >= 2:
            return []
        return self.other_countries(cut, joining=True)

    def takes_part(self, norm: str, end: int) -> bool:
        """The country named up to ``end`` is told as taking part in an occasion the sentence
        names by a demonstrative (``TAKES_PART``: «ناوشکن چینی نیز در این رزمایش شرکت
        دارد»): the phrase follows it in its clause, with no clause mark and no verb between
        (not «ناوهای روسیه در این رزمایش شرکت دارند و ارمنستان ... تحویل گرفت», nor
        «ارمنستان ... تحویل گرفت و ناوهای روسیه در این رزمایش ...»: another country's act)."""
        rest = norm[end:]
        phrase = self.lang.takes_part.search(rest)
        if phrase is None:
            return False
        between = rest[:phrase.start()]
        return not re.search(r"[,;:.!?،؛]", between) and not self.lang.past_verb.search(
            between) and not self.lang.present.search(between)

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
