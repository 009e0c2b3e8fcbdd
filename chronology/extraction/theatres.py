"""Where, by whom and at which stage an act was done, in any language: the seas a report
names (with the larger ones they lie in: the Gulf of Oman is in the Indian Ocean, the
Caspian Sea is not), a part of one country ("in the country's south", "на юге страны",
"جنوب کشور"), the armed service whose act it tells (the navy, air defence, the air force,
ground forces) and the phase of the act (its start, its end, a stage, a ratification, a
test; an arrival, and where it ended); and whether a report tells fighting or a reaction to
it (condemning it, calling it a violation).  Two reports that differ in any of these tell two
acts (``sameness``, ``crosslang``).  The words are each language's tables (``SEAS``,
``INLAND``, ``PORT``, ``SERVICES``, ``PHASES``, ``ARRIVAL_PLACE``, ``COMBAT``, ``REACTION`` in
``chronology/languages``); English seas are the gazetteer's ``REGIONS``.

>>> sorted(waters("Warships of Russia and Iran held drills in the Gulf of Oman.", "en"))
['Arabian Sea', 'Gulf of Oman', 'Indian Ocean']
>>> sorted(waters("Корабли ВМФ России вошли в Каспийское море.", "ru"))
['Caspian Sea']
>>> services("Силы ПВО Ирана проводят учения после визита российских кораблей.", "ru")
('air defence', 'naval')
>>> inland("نیروی پدافند ایران در جنوب کشور رزمایش برگزار کرد.", "fa")
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from chronology.extraction.gazetteer import REGIONS, country_of, is_place
from chronology.languages import MODULES, en

# Seas and gulfs inside a larger one: an exercise "in the Gulf of Oman" is "in the Indian
# Ocean" too, not one "in the Caspian Sea".
WITHIN = {"Persian Gulf": ("Indian Ocean",), "Gulf of Oman": ("Indian Ocean", "Arabian Sea"),
          "Strait of Hormuz": ("Indian Ocean", "Persian Gulf", "Gulf of Oman"),
          "Arabian Sea": ("Indian Ocean",), "Red Sea": ("Indian Ocean",),
          "Gulf of Aden": ("Indian Ocean", "Arabian Sea"), "Andaman Sea": ("Indian Ocean",),
          "Bay of Bengal": ("Indian Ocean",), "South China Sea": ("Pacific Ocean",),
          "East China Sea": ("Pacific Ocean",), "Sea of Japan": ("Pacific Ocean",),
          "Yellow Sea": ("Pacific Ocean",), "Bering Sea": ("Pacific Ocean",),
          "Sea of Okhotsk": ("Pacific Ocean",), "Philippine Sea": ("Pacific Ocean",),
          "Taiwan Strait": ("Pacific Ocean", "South China Sea", "East China Sea"),
          "Gulf of Guinea": ("Atlantic Ocean",), "North Sea": ("Atlantic Ocean",),
          "Norwegian Sea": ("Atlantic Ocean",), "Adriatic Sea": ("Mediterranean",),
          "Aegean Sea": ("Mediterranean",), "Sea of Azov": ("Black Sea",)}
# English seas: the gazetteer's regions of water (not "the Middle East", told of any act).
_ENGLISH_SEAS = {r: r"\b" + re.escape(r) + r"\b" for r in REGIONS
                 if re.search(r"Sea|Gulf|Ocean|Strait|Bay of|Mediterranean", r)}
_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class _Tables:
    seas: tuple[tuple[str, re.Pattern], ...]
    inland: re.Pattern
    port: re.Pattern
    services: tuple[tuple[str, re.Pattern], ...]
    phases: tuple[tuple[str, re.Pattern], ...]
    letters: dict
    combat: re.Pattern
    truce_broken: re.Pattern
    reaction: re.Pattern
    reaction_aside: re.Pattern
    arrival: re.Pattern
    arrival_aside: re.Pattern
    arrival_by_weapon: re.Pattern
    target: re.Pattern


@cache
def _tables(code: str) -> _Tables:
    module = MODULES.get(code, MODULES["en"])
    seas = _ENGLISH_SEAS if module.CODE == "en" else getattr(module, "SEAS", {})

    def compiled(table: dict, flags=re.I) -> tuple[tuple[str, re.Pattern], ...]:
        return tuple((name, re.compile(words, flags)) for name, words in table.items())

    def one(name: str, flags=re.I) -> re.Pattern:
        words = getattr(module, name, None)
        return re.compile(words, flags) if words else _NEVER

    return _Tables(compiled(seas, 0 if module.CODE == "en" else re.I), one("INLAND"),
                   one("PORT", 0 if module.CODE == "en" else re.I),
                   compiled(getattr(module, "SERVICES", {})), compiled(getattr(module, "PHASES", {})),
                   str.maketrans({**getattr(module, "LETTERS", {}), "\u200c": " "}),
                   one("COMBAT", 0 if module.CODE == "en" else re.I),
                   one("TRUCE_BROKEN", re.I), one("REACTION", re.I), one("REACTION_ASIDE", 0),
                   one("ARRIVAL", re.I), one("ARRIVAL_ASIDE", 0), one("ARRIVAL_BY_WEAPON", 0),
                   one("TARGET", re.I))


def _read(text: str, code: str) -> tuple[_Tables, str]:
    tables = _tables(code)
    return tables, text.translate(tables.letters)


@lru_cache(maxsize=4096)  # (each quote is compared with the last few days' others)
def waters(text: str, code: str) -> frozenset[str]:
    """The seas, gulfs and straits ``text`` names, by their English names, with the larger
    ones they lie in."""
    found = named_waters(text, code)
    return frozenset(found | {big for r in found for big in WITHIN.get(r, ())})


@lru_cache(maxsize=4096)
def named_waters(text: str, code: str) -> frozenset[str]:
    """The seas, gulfs and straits ``text`` names itself, by their English names."""
    tables, text = _read(text, code)
    return frozenset(name for name, words in tables.seas if words.search(text))


def other_waters(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """Both reports name a sea, and neither the same as the other's nor lying in it (the
    Bering Sea and the Sea of Japan, both in the Pacific; not the Gulf of Oman and the
    Indian Ocean)."""
    wa, wb = named_waters(told_a, code_a), named_waters(told_b, code_b)
    return bool(wa and wb) and not bool(
        wa & wb or any(big in wb for r in wa for big in WITHIN.get(r, ())) or
        any(big in wa for r in wb for big in WITHIN.get(r, ())))


def inland(text: str, code: str) -> bool:
    """``text`` places its act in a part of one country and names no port or coast there
    (not "in the south of the country near Chabahar", a port on the very gulf)."""
    tables, text = _read(text, code)
    return bool(tables.inland.search(text)) and not tables.port.search(text)


@lru_cache(maxsize=4096)
def services(text: str, code: str) -> tuple[str, ...]:
    """The armed services ``text`` names, the first named first (the subject: "Iran's air
    defence forces are holding a drill, days after hosting Russian warships")."""
    tables, text = _read(text, code)
    found = sorted((m.start(), name) for name, words in tables.services
                   if (m := words.search(text)))
    return tuple(name for _, name in found)


@lru_cache(maxsize=4096)
def phases(text: str, code: str) -> frozenset[str]:
    """The phases of an act ``text`` tells: "start", "end", "stage"; a programme's name is
    none ("the LAND 400 Phase 3 program": a designation, not a stage of the act)."""
    tables, text = _read(_PROGRAMME.sub(" ", text), code)
    found = frozenset(name for name, words in tables.phases if words.search(text))
    # ships leaving port and beginning the exercise in one report: it tells the beginning
    return found - {"departure"} if "start" in found else found


_PROGRAMME = re.compile(r"\b(?!(?:" + "|".join(n for names in en.MONTH_NAMES for n in names)
                        + r")\b)[A-Z][A-Za-z]*\s+\d+\s+Phase\s+(?:\d+[A-Z]?|[IVX]+)\b")
# (not a date before a phase: "On March 3 Phase 2 of the exercise began")


def one_truce(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """One report tells a ceasefire and the other fighting and no ceasefire: the truce and
    the strikes or clashes it ends are two acts, even on one day ("Pakistani and Taliban
    forces clashed on Wednesday" / "… announced a ceasefire that took effect on
    Wednesday"); a report of the talks that agreed it ("the agreement reached in Doha") may
    be the truce's."""
    truce_a, truce_b = _truce(told_a, code_a), _truce(told_b, code_b)
    if truce_a == truce_b:
        return False
    fighting = told_b if truce_a else told_a
    return combat(fighting, code_b if truce_a else code_a)


def _truce(text: str, code: str) -> bool:
    """``text`` tells a truce, not one broken or defied ("clashed … despite the ceasefire",
    "breaking a ceasefire": the fighting's report, review F and G)."""
    if "truce" not in phases(text, code):
        return False
    tables, norm = _read(text, code)
    return not tables.truce_broken.search(norm)


@lru_cache(maxsize=4096)
def combat(text: str, code: str) -> bool:
    """``text`` tells fighting: strikes, attacks, clashes, shelling."""
    tables, text = _read(text, code)
    return bool(tables.combat.search(text))


def elsewhere(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """Both reports name a sea, and none in common with the larger ones they lie in (an
    exercise in the Caspian Sea and one in the Gulf of Oman the same day are two exercises;
    one exercise may be told "in the Gulf of Oman" and "in the Persian Gulf", both in the
    Indian Ocean); or one is at sea and the other in a part of a country ("in the country's
    south")."""
    wa, wb = waters(told_a, code_a), waters(told_b, code_b)
    if wa and wb:
        return not wa & wb
    return bool(wa and inland(told_b, code_b) or wb and inland(told_a, code_a))


def other_services(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """Each report's act belongs to another service, told by the first service each names:
    "Iran's air defence forces are holding a drill" is not the naval exercise of that day."""
    sa, sb = services(told_a, code_a), services(told_b, code_b)
    return bool(sa) and bool(sb) and sa[0] != sb[0]


def one_service_each(told_a: str, code_a: str, told_b: str, code_b: str,
                     same_day: bool = False) -> bool:
    """Each report names one service only, and not the same: drills of the two countries'
    navies and drills of their air defence forces, even when both name both countries.  Not
    two arms striking one target on one day (``same_day``; ``TARGET``: "a ground operation
    against the PKK", "an air operation against the PKK"): one operation told by each arm."""
    sa, sb = services(told_a, code_a), services(told_b, code_b)
    if len(sa) != 1 or len(sb) != 1 or sa == sb:
        return False
    return not (same_day and code_a == code_b and one_target(told_a, told_b, code_a))


def one_target(told_a: str, told_b: str, code: str) -> bool:
    """Both reports aim their act at the same named target (the whole name), and at the same
    place when both name one; when unsure, two targets."""
    return any(na == nb and (not pa or not pb or pa == pb)
               for na, pa in targets(told_a, code) for nb, pb in targets(told_b, code))


@lru_cache(maxsize=4096)
def targets(text: str, code: str) -> frozenset[tuple[str, str]]:
    """The targets ``text`` names its act aimed at (``TARGET``: the whole name, and the place
    named after it or ""), lower-case."""
    tables, norm = _read(text, code)
    return frozenset((" ".join(m.group(1).lower().split()), (m.group("place") or "").lower())
                     for m in tables.target.finditer(norm))


def other_phases(date_a: str, told_a: str, code_a: str, date_b: str, told_b: str,
                 code_b: str, visits: bool = False) -> bool:
    """Two days, and the reports tell other phases of an act: an exercise's start on Monday
    and its end (or its live-fire phase) on Wednesday are two events, and so are its end on
    Wednesday and drills held on Friday (a month's report may tell any of its days).  Not
    two reports of a visit (``visits``: both tell one) a day apart, one telling its end and
    the other no phase: a visit lasts both days ("завершил официальный визит в Азербайджан"
    on Tuesday, "с официальным визитом посетил Азербайджан 3 октября")."""
    if len(date_a) != 10 or len(date_b) != 10 or date_a == date_b:
        return False
    found_a, found_b = phases(told_a, code_a), phases(told_b, code_b)
    if visits and found_a ^ found_b == {"end"} and _one_day_apart(date_a, date_b):
        return False
    return found_a != found_b


def _one_day_apart(date_a: str, date_b: str) -> bool:
    try:
        days = dt.date.fromisoformat(date_a) - dt.date.fromisoformat(date_b)
    except ValueError:
        return False
    return abs(days.days) == 1


def arrival_and_next(date_a: str, told_a: str, code_a: str, goods_a: bool, date_b: str,
                     told_b: str, code_b: str, goods_b: bool) -> bool:
    """Two days, and one report tells an arrival (a visitor's, a ship's: ``ARRIVAL``) and
    the other none: the arrival and the visit's next act ("arrived in Moscow on Monday" /
    "held talks on Tuesday", "toured a plant") are two events.  Goods arriving (``goods_*``:
    either report a delivery) are one act however each side dates and tells it ("delivered
    on Tuesday", "the jets landed at an air base on Wednesday")."""
    if len(date_a) != 10 or len(date_b) != 10 or date_a == date_b:
        return False
    arrived_a, arrived_b = _arrival(told_a, code_a), _arrival(told_b, code_b)
    return arrived_a != arrived_b and not (goods_a or goods_b)


def arrived_elsewhere(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """Two reports in one language name where each arrival ended (``ARRIVAL_PLACE``), and
    no place in common ("прибыл в порт Бендер-Аббас" / "прибыл во Владивосток"): two acts.
    A country arrived in is no place of the act (a visit to Iran is also one to Tehran)."""
    if code_a != code_b:
        return False
    places_a, places_b = _arrival_places(told_a, code_a), _arrival_places(told_b, code_b)
    return bool(places_a) and bool(places_b) and \
        not any(_one_place(a, b) for a in places_a for b in places_b)


def _one_place(a: str, b: str) -> bool:
    """Two skeletons name one place when each part of one is a part of the other ("Anzali",
    "Bandar Anzali": a port named with or without its word for "port")."""
    parts_a, parts_b = set(a.split("-")), set(b.split("-"))
    return parts_a <= parts_b or parts_b <= parts_a


@lru_cache(maxsize=4096)
def _arrival_places(text: str, code: str) -> frozenset[str]:
    """The stems of the places ``text``'s arrivals end at, countries apart."""
    module = MODULES.get(code, MODULES["en"])
    pattern = getattr(module, "ARRIVAL_PLACE", None)
    if not pattern:
        return frozenset()
    countries = [re.compile(c) for c in getattr(module, "COUNTRIES", {}).values()]
    names = (m.group("place") for m in re.finditer(pattern, text))
    return frozenset(skeleton(n.lower()) for n in names
                     if not any(c.match(n.lower()) for c in countries) and not country_of(n)
                     and n not in REGIONS)


def skeleton(name: str) -> str:
    """A place name's first consonants, vowels and doubled letters dropped, each part of a
    name of two ("Бендер-Аббас") apart: one place however it is transliterated
    ("Бендер-Аббас", "Бандар-Аббас") or declined ("Владивосток", "Владивостока"), and two
    ports of one first word ("Бендер-Аббас", "Бендер-Энзели": "port" in Persian) two places."""
    parts = (re.sub(r"(.)\1+", r"\1", re.sub(r"[\d_аеёиоуыэюяйьъaeiouy]+", "", part))[:_PLACE_STEM]
             for part in re.split(r"\W+", name))
    return "-".join(part for part in parts if part)  # a vowel alone (the ezafe "-e-") no part


_PLACE_STEM = 4  # consonants enough to tell one port or city from another


def both_arrive(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """Both reports tell an arrival (``ARRIVAL``): where each arrived is where its act
    happened, so two arrivals at other places (a frigate at one port, a destroyer at
    another) are two acts, however alike the rest of their words."""
    return _arrival(told_a, code_a) and _arrival(told_b, code_b)


@lru_cache(maxsize=4096)
def _arrival(text: str, code: str) -> bool:
    """An arrival (``ARRIVAL``), not in a side phrase (``ARRIVAL_ASIDE``) nor a weapon's
    (``ARRIVAL_BY_WEAPON``); a ``place`` the pattern names must be one the gazetteer knows."""
    tables, norm = _read(text, code)
    norm = tables.arrival_by_weapon.sub(" ", tables.arrival_aside.sub(" ", norm))
    return any(_known_place(m.groupdict().get("place")) for m in tables.arrival.finditer(norm))


def _known_place(name: str | None) -> bool:
    """No place to check (None), or the name, or its first words, is in the gazetteer."""
    words = (name or "").split()
    return name is None or any(is_place(" ".join(words[:n])) for n in range(len(words), 0, -1))


def one_reaction(told_a: str, code_a: str, told_b: str, code_b: str) -> bool:
    """One report tells a reaction to fighting (condemning it, calling it a violation) and
    the other the fighting, no reaction: two events."""
    ra, rb = _reaction(told_a, code_a), _reaction(told_b, code_b)
    if ra == rb:
        return False
    return combat(told_b if ra else told_a, code_b if ra else code_a)


@lru_cache(maxsize=4096)
def _reaction(text: str, code: str) -> bool:
    """The reaction is the report's own act: not a modifier of the act it reacts to (an
    attack "in violation of" a border, «با نقض حریم هوایی», "in an attack Kabul condemned":
    ``REACTION_ASIDE``)."""
    tables, norm = _read(text, code)
    return bool(tables.reaction.search(tables.reaction_aside.sub(" ", norm)))
