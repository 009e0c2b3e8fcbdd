"""Topic names across languages: which actor groups and terms a sentence names.

``content/site.yaml`` lists each group's names in every language (``Russia: [Russia,
Россия, روسیه, Shoigu, Шойгу, شویگو]``).  In a Russian or Persian sentence a name matches:

- across Russian case endings: the name less up to two final vowels, ``й`` or ``ь``, plus
  up to three letters (Иран -> Ирана, Ирану; Россия -> России, Россией; военный -> военном),
  and a last е or о before a final consonant may fall (Египет -> Египта, Египту);
- across Persian spelling variants: Arabic ``ي``/``ك`` and Persian ``ی``/``ک`` are one
  letter, a zero-width non-joiner (ZWNJ) counts for nothing, and up to three letters may
  follow (ایران -> ایرانی), up to five after an inner word of a name (کره شمالی ->
  کره‌ای‌های شمالی).

Case never matters in these scripts' matching (Russian names are compared in lower case).

>>> from chronology.config import Topic
>>> topic = Topic(actors={"Russia": ("Russia", "Россия", "Шойгу"), "Iran": ("Iran", "Иран",
...               "ایران")}, terms=("military", "военный"))
>>> match = TopicNames(topic, "ru")
>>> match.groups("Шойгу прибыл в Тегеран, где встретился с министром обороны Ирана")
['Iran', 'Russia']
>>> match.terms("о военном сотрудничестве")
['военный']
"""

from __future__ import annotations

import re

from chronology.config import Topic
from chronology.languages import MODULES, language, script_counts
from chronology.languages.model import ZWNJ

_ENDINGS = "аяоеыийьую"
_TAIL = r"\w{0,3}"
_INNER_TAIL = r"\w{0,5}\s*"  # between the words of a Persian name (or none: joined)


class TopicNames:
    """The topic's names in one language's script, compiled."""

    def __init__(self, topic: Topic, code: str) -> None:
        self.lang = language(code)
        self._elsewhere = {self.normalise(p): tuple(self.normalise(c) for c in countries)
                           for p, countries in getattr(MODULES.get(code), "PEOPLES_ELSEWHERE",
                                                       {}).items()}
        self._shared = {group: self._shared_peoples(names)
                        for group, names in topic.actors.items()}
        self._groups = {group: self._pattern(names, peoples=True)
                        for group, names in topic.actors.items()}
        self._terms = [(term, self._pattern((term,))) for term in topic.terms]
        self._people = {name: group for group, names in topic.actors.items() for name in names
                        if name[:1].isupper()}

    def normalise(self, text: str) -> str:
        """Digits, letter variants and case as the language sees them; ZWNJ dropped."""
        return self.lang.normalise(text).replace(ZWNJ, "")

    def _pattern(self, names, peoples: bool = False) -> re.Pattern | None:
        """A group's names (``peoples``: with the names of its countries' peoples, which the
        language lists in ``PEOPLES``: "روسیه" -> "جنگنده روس", "روس‌ها", "روسی", whole words
        with one of ``PEOPLE_ENDINGS`` at most, "روستا" being a village)."""
        forms = sorted({self._form(n) for n in names if self._native(n)}, key=len, reverse=True)
        if not forms:
            return None
        people = sorted({re.escape(p) for n in names if peoples and self._native(n)
                         for p in self.lang.peoples.get(self.normalise(n), ())
                         if p not in self._elsewhere})
        endings = "|".join(map(re.escape, self.lang.people_endings))
        told = f"|(?:{'|'.join(people)})(?:{endings})?" if people else ""
        return re.compile(rf"(?<!\w)(?:(?:{'|'.join(forms)}){_TAIL}{told})(?!\w)")

    def _shared_peoples(self, names) -> list[tuple[re.Pattern, re.Pattern, re.Pattern]]:
        """The names of a group's peoples that another country's people bear too
        (``PEOPLES_ELSEWHERE``: "تاجیک", Tajiks of Tajikistan and of Afghanistan), each with
        those countries' names: a sentence naming one of them tells of its people; and the
        name read as its own country's (``STATE_FORCES``, or joined to another country's
        people), which names its country all the same."""
        endings = "|".join(map(re.escape, self.lang.people_endings))
        module = MODULES.get(self.lang.code)
        forces = sorted((self.normalise(f) for f in getattr(module, "STATE_FORCES", ())),
                        key=len, reverse=True)
        others = sorted((re.escape(o) for told in self.lang.peoples.values() for o in told
                         if o not in self._elsewhere), key=len, reverse=True)
        return [(re.compile(rf"(?<!\w){re.escape(p)}(?:{endings})?(?!\w)"),
                 re.compile(rf"(?<!\w)(?:{'|'.join(self._form(c) for c in self._elsewhere[p])})"
                            rf"{_TAIL}(?!\w)"),
                 self._own_country(re.escape(p), forces, others, endings))
                for n in names if self._native(n)
                for p in self.lang.peoples.get(self.normalise(n), ()) if p in self._elsewhere]

    @staticmethod
    def _own_country(people: str, forces: list[str], others: list[str], endings: str
                     ) -> re.Pattern:
        """``people`` after a state's force («ارتش تاجیک») or joined by «و» to another
        country's people («نیروهای روسی و تاجیک», «تاجیک و روس»)."""
        told = rf"{people}(?:{endings})?"
        ways = [rf"(?:{'|'.join(re.escape(f) for f in forces)})\s+{told}"] if forces else []
        if others:
            other = rf"(?:{'|'.join(others)})(?:{endings})?"
            ways += [rf"{other}\s+و\s+{told}", rf"{told}\s+و\s+{other}"]
        return re.compile(rf"(?<!\w)(?:{'|'.join(ways)})(?!\w)" if ways else r"(?!)")

    def _native(self, name: str) -> bool:
        """Names written in a script other than Latin are matched by these rules."""
        counts = script_counts(name)
        return counts["cyrillic"] + counts["arabic"] > counts["latin"]

    def _form(self, name: str) -> str:
        word = self.normalise(name)
        adjectives = getattr(MODULES.get(self.lang.code), "NAME_ADJECTIVE_ENDINGS", ())
        if script_counts(word)["cyrillic"] and len(word.split()) > 1 and (
                word.split()[0][-2:] in adjectives):
            # an adjective opening a Russian name declines with it: "Южно-Африканская
            # Республика" -> "Южно-Африканской Республики", "Саудовская Аравия" -> "в
            # Саудовской Аравии" (each word less its ending, then up to three letters)
            return (_TAIL + r"\s+").join(self._form(w) for w in name.split())
        if script_counts(word)["cyrillic"]:
            for _ in range(2):  # "военный" -> "военн" (военном, военных), "Россия" -> "Росс"
                if len(word) > 4 and word[-1] in _ENDINGS:
                    word = word[:-1]
        fleeting = bool(script_counts(word)["cyrillic"] and re.fullmatch(
            r"\w{3,}[ео][^\W\d_аяоеыийьуюэё]", word))
        if script_counts(word)["cyrillic"] and name[:1].isupper() and hasattr(
                MODULES.get(self.lang.code), "NAME_LETTER_VARIANTS"):
            return self._spelled(word, fleeting)
        if fleeting:
            # a fleeting vowel: "Египет" -> Египта, Египту ("Египет" itself still matches)
            return re.escape(word[:-2]) + f"{word[-2]}?" + re.escape(word[-1])
        if script_counts(word)["arabic"] and " " in word.strip():
            # each word of a Persian name may take its endings: "کره‌ای‌های شمالی" (North
            # Koreans) is "کره شمالی"; and its words may be written joined ("تل آویو" is
            # "تل‌آویو", "تلآویو")
            return _INNER_TAIL.join(self._joined(w) for w in name.split()) + self._word_end()
        if script_counts(word)["arabic"] and ZWNJ in name:
            return self._joined(name) + self._word_end()
        return re.escape(word)

    def _spelled(self, name: str, fleeting: bool = False) -> str:
        """A capitalised name in every spelling of its transliteration (the language's
        ``NAME_LETTER_VARIANTS``, ``NAME_HARD_AFTER``, ``NAME_DOUBLED``, ``NAME_FINAL_SHORT``):
        "хлайн" also matches "Хлаингу", "аунг" "Аун", "хасан" "Хассан"; ``fleeting``: the
        vowel before the last consonant may fall, as in ``_form``."""
        module = MODULES[self.lang.code]
        groups = {ch: group for group in module.NAME_LETTER_VARIANTS for ch in group}
        words = []
        split = name.split()
        for k, word in enumerate(split):
            pieces: list[str] = []
            for _ in range(2 if k < len(split) - 1 else 0):  # an inner word's case ending
                if len(word) > 4 and word[-1] in _ENDINGS:
                    word = word[:-1]
            for long, short in module.NAME_FINAL_SHORT.items():
                word = word[:-len(long)] + short if word.endswith(long) else word
            for i, ch in enumerate(word):
                before = word[i - 1] if i else ""
                if ch in module.NAME_DOUBLED and ch == before:
                    continue  # a doubled consonant: one piece, once or twice
                if ch in module.NAME_HARD_AFTER.get(before, ""):
                    pieces.append(f"[{module.NAME_HARD_AFTER[before]}]")
                elif ch in groups:
                    pieces.append(f"[{groups[ch]}]")
                elif ch in module.NAME_DOUBLED:
                    pieces.append(f"{re.escape(ch)}{{1,2}}")
                else:
                    pieces.append(re.escape(ch))
            for long, short in module.NAME_FINAL_SHORT.items():
                if word.endswith(short) and len(long) > len(short):
                    pieces.append(f"(?:{re.escape(long[len(short):])})?")
                    break
            words.append(pieces + ([_TAIL] if k < len(split) - 1 else []))
        if fleeting and len(words[-1]) > 2:
            last = words[-1]
            at = -3 if last[-1].startswith("(?:") else -2
            last[at] += "?"
        return r"\s+".join("".join(pieces) for pieces in words)

    def _word_end(self) -> str:
        """The end of a multi-part Persian name: its last part is a whole word, or takes one
        of the language's ``PEOPLE_ENDINGS`` ("تل آویوی"), never any letters: "علی اف" (Aliyev
        spaced) is not the start of "علی افزود" (Ali added) or "علی افشار" (a name)."""
        endings = "|".join(map(re.escape, self.lang.people_endings))
        return rf"(?:{endings})?(?!\w)" if endings else r"(?!\w)"

    def _joined(self, name: str) -> str:
        """A Persian name whose parts are joined by a ZWNJ ("علی‌اف", "تل‌آویو"), which a
        text may write with a space too ("علی اف", "تل آویو") or with nothing ("علیاف")."""
        return r"\s?".join(re.escape(self.normalise(p)) for p in name.split(ZWNJ) if p)

    def groups(self, text: str) -> list[str]:
        """The actor groups ``text`` names, sorted: by the group's names, or, for a group that
        is a country of the language's ``COUNTRIES``, by any of that country's names there
        ("американские" for a group "United States" listing "США" only); and a group whose
        country's place the text names (``CITIES``) when it names another group: one side's
        act there is with that side ("Лидер КНДР побывал в Комсомольске-на-Амуре"), a place
        alone is no side ("В Астрахани прошел концерт военного оркестра"), nor a place told
        as the scene of an act (``venue``: "провел в Санкт-Петербурге переговоры") in a text
        that names two parties besides the place's country, another side or a third country:
        the act is between those two ("Министр обороны Китая провел в Санкт-Петербурге
        переговоры с министром обороны Индии")."""
        norm = self.normalise(text)
        named = {g for g, rx in self._groups.items() if rx is not None and rx.search(norm)
                 or g in self.lang.countries and self.lang.countries[g].search(norm)
                 or any(p.search(norm) and (not o.search(norm) or s.search(norm))
                        for p, o, s in self._shared[g])}
        parties = named | {c for c, rx in self.lang.countries.items()
                           if c not in self._groups and rx.search(norm)}
        placed = {g for g in self._groups if g in self.lang.cities and any(
            len(parties - {g}) < 2 or not self.lang.venue.search(
                norm, max(0, m.start() - 30), m.start())
            for m in self.lang.cities[g].finditer(norm))}
        return sorted(named | placed if named - placed else named)

    def terms(self, text: str) -> list[str]:
        """The topic terms ``text`` names, in the topic's order."""
        norm = self.normalise(text)
        return [t for t, rx in self._terms if rx is not None and rx.search(norm)]

    def people(self, text: str, canonical: dict[str, str]) -> list[str]:
        """The people ``text`` names, by their canonical (English) names, sorted."""
        norm = self.normalise(text)
        found = set()
        for variant, name in canonical.items():
            rx = self._pattern((variant,))
            if rx is not None and rx.search(norm):
                found.add(name)
        return sorted(found)
