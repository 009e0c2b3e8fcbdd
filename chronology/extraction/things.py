"""The specific things a sentence names: weapons systems, aircraft, satellites, ships and
exercises ("S-400", "Yak-130", "the Khayyam satellite", "Joint Sea-2019").

Two reports naming the same specific thing on the same or adjacent days tell the same
event, whatever their wording or kind of event; two that name different things of one
family ("S-300" and "S-400") tell different events, however alike their words.

>>> sorted(things_in("Russia delivered S-400 batteries and the Khayyam satellite."))
['KHAYYAM', 'S-400']
>>> sorted(things_in("A $625 million package of K2 tanks."))
['$625M', 'K2']
>>> sorted(things_in("The first J-10Cs and the S-400's radar."))
['J-10C', 'S-400']
>>> sorted(things_in("an initiative dubbed “Task Force Kestrel”; Task Force-Kestrel"))
['TASK FORCE KESTREL']
>>> family("S-400"), family("SU-35")
('S', 'SU')
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronology.extraction.gazetteer import country_of, is_place
from chronology.languages import MODULES, ZWNJ, en, fold

# "S-400", "Su-35", "Yak-130", "MiG-29", "J-10C", "JF-17", "Tu-22M3", "Kh-101", "Il-76".
_DESIGNATION = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,3}\d?)(?:s|’s|'s)?(?![\w-])")
# "K2 tanks", "K9A1 howitzers": a designation with no hyphen, known by the kind after it.
_BARE = re.compile(r"(?<![\w-])([A-Z]{1,3}\d{1,3}[A-Z]{0,2}\d?)\s+(?=(?:tanks?|howitzers?|jets?|"
                   r"fighters?|helicopters?|systems?|missiles?|launchers?|vehicles?|drones?|"
                   r"aircraft|trainers?|rifles?|guns?)\b)")
# "$625 million", "$5.8 billion": an amount names one package or deal.
_AMOUNT = re.compile(r"\$\s?(\d+(?:\.\d+)?)\s*(million|billion|bn|mn)\b", re.IGNORECASE)
# "Type 054A/P", "Type 054 A/P" (one thing, however spaced); "PNS Tippu Sultan", "INS Vikrant".
_TYPE = re.compile(r"\bType[- ]\d{2,3}(?:\s?[A-Z]{1,2}(?:/[A-Z])?)?(?![\w/])")
_SHIP = re.compile(r"\b(?:PNS|INS|HMS|USS|RFS|IRIS|HMAS|HMCS|ROKS|JS)(?:/[A-Z])?\s+[A-Z][\w'’]+"
                   r"(?:\s+[A-Z][\w'’]+)?")
# "Abrams tanks", "Storm Shadow cruise missiles", "Heron drones", "Pinaka launchers": arms
_ARMS = (r"rockets?|missiles?|(?:battle |main battle )?tanks?|cruise missiles?|fighter jets?|"
         r"jets?|fighters?|aircraft|helicopters?|drones?|howitzers?|launchers?|rocket systems?|"
         r"air defen[cs]e systems?|missile systems?")
_KINDS = (r"satellites?|frigates?|destroyers?|submarines?|corvettes?|cruisers?|ships?|vessels?|"
          r"exercises?|drills?|war ?games|manoeuvres|maneuvers|operation|" + _ARMS)
# "the Khayyam satellite", "Joint Sea-2019 exercise", "the frigate Alborz", "exercise
# called Zapad-2021", "“Marine Security Belt”".
_NAME = r"([A-Z][\w'’]*(?:[ -](?:[A-Z][\w'’]*|\d{1,4}(?:[A-Z]\d?)?\b))*)"  # "Leopard 2A6"
# "BrahMos supersonic cruise missile": a few words of kind may come between name and kind
_KIND_WORDS = (r"(?:(?:supersonic|hypersonic|subsonic|ballistic|anti-ship|anti-aircraft|stealth|"
               r"multirole|multi-role|advanced|unmanned|combat|guided|long-range|medium-range|"
               r"short-range|surface-to-air|attack|transport|trainer|light|heavy|new|modern|"
               r"remote[- ]sensing|earth[- ]observation|observation|reconnaissance|spy|"
               r"communications?|imaging|research)\s+)"
               r"{0,2}")
_NAMED_BEFORE = re.compile(_NAME + r"(?:[- ]class)?\s+" + _KIND_WORDS + r"(?:" + _KINDS +
                           r")\b")  # "Hangor class submarines"
# "Beriev Petrel aircraft": a known maker's name (``en.ARMS_MAKERS``) and a model's word,
# before a kind of arms
_MAKER_MODEL = re.compile(r"(?<![\w'’-])(" + "|".join(map(re.escape, en.ARMS_MAKERS)) +
                          r") ([A-Z][a-z]+)\s+" + _KIND_WORDS + r"(?:" + _ARMS + r")\b")
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_NAMED_AFTER = re.compile(r"\b(?:" + _KINDS + r")(?:\s+|,\s*(?=named|called|dubbed|code))"
                          r"(?:(?:named|called|dubbed|codenamed|code-named)\s+)?[“\"]?" + _NAME)
# "Task Force Kestrel", "Task Force-Kestrel", "Combined Task Force 150": a named
# task force is one specific thing, however hyphenated (its "Force" is no owner's forces).
_TASK_FORCE = re.compile(r"\bTask[- ]Force[- ](\d{1,4}\b|[A-Z][\w'’]+)")
_QUOTED = re.compile(r"[“\"]([A-Z][\w'’-]*(?: [A-Z0-9][\w'’-]*){0,3})[”\"]"
                     r"|(?<![\w'’])[‘']([A-Z][\w-]*(?: [A-Z0-9][\w-]*){0,3})[’'](?![\w'’])")
# "Varuna-2023", "Zapad 2021": an edition of a named series; the series' name counts too.
_EDITION = re.compile(r"^(.+?)[- ](?:19|20)\d\d$")
_NOT_NAMES = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
              "Joint", "Naval", "Military", "Air", "Navy", "Army", "New", "First", "Second",
              "Two", "Three", "Several", "Both", "Our", "Russian", "Iranian", "Chinese", "Indian",
              "On", "In", "At", "By", "From", "Since", "Until", "After", "Before", "During"}


_DATE_WORDS = {names[0] for names in en.MONTH_NAMES} | {d.capitalize() for d in en.WEEKDAYS}
# "the Task Force Commander", "Task Force Officials": a unit's people or seat, not its name
_NOT_UNIT_NAMES = en.ROLE_WORDS | en.ORG_WORDS | en.UNIT_MEMBER_WORDS
_FORCES = en.ORG_WORDS | {"Force", "Forces", "Navy", "Army", "Fleet", "Command", "Marines"}


# A small cache: the merge reads candidates in date order, so the quotes it compares again
# are those of the last few days; a large one would only hold every quote of the corpus.
@lru_cache(maxsize=4096)
def things_in(text: str) -> frozenset[str]:
    """The specific things ``text`` names, upper-cased."""
    found = {m.group(1).upper() for m in _DESIGNATION.finditer(text)}
    found |= {re.sub(r"[\s-]", "", m.group(0)).upper() for m in _TYPE.finditer(text)}
    found |= {m.group(1) for m in _BARE.finditer(text)}
    found |= {f"${m.group(1)}{m.group(2)[0].upper()}" for m in _AMOUNT.finditer(text)}
    found |= {" ".join(re.sub(r"/[A-Z]", "", m.group(0)).split()).upper()  # "PNS/M X" is "PNS X"
              for m in _SHIP.finditer(text)}
    found |= {"TASK FORCE " + name.replace("-", " ").upper()
              for name in (re.sub(r"[’']s$", "", m.group(1)) for m in _TASK_FORCE.finditer(text))
              if name not in _NOT_UNIT_NAMES}
    for pattern in (_NAMED_BEFORE, _NAMED_AFTER, _QUOTED):
        for match in pattern.finditer(text):
            name = _clean(match.group(1) or match.group(match.lastindex or 1))
            if name:
                found.add(name.upper())
                edition = _EDITION.match(name)
                if edition and _clean(edition.group(1)):
                    found.add(edition.group(1).upper())
                if " " in name and not name.split()[-1].isdigit():
                    found.add(name.split()[-1].upper())  # "M1A2 Abrams" is an "Abrams" too
    return frozenset(found)


_KIND_WORD = re.compile(r"\b(" + _KINDS + r")\b")


@lru_cache(maxsize=4096)
def kinds_in(text: str) -> frozenset[str]:
    """The kinds of thing ``text`` names, in the singular ("corvettes", "a corvette":
    "corvette"; "cruise missiles": "cruise missile"), whether or not it names one by name.

    >>> sorted(kinds_in("The latest corvettes and two fighter jets."))
    ['corvette', 'fighter jet']
    """
    return frozenset(re.sub(r"(?<=[a-z])s$", "", m.group(1)) for m in _KIND_WORD.finditer(text))


def _clean(name: str) -> str | None:
    """A name without leading determiners; None for a country, a place or a common word."""
    owner = re.search(r"[’']s$", name) is not None  # "the IRGC's new drones": an owner
    words = re.sub(r"[’']s$", "", name).split()  # "Iran’s drills": Iran's, no thing
    while words and (words[0] in _NOT_NAMES or country_of(words[0].split("-")[0])
                     or country_of(re.sub(r"[’']s$", "", words[0])) or words[0] in _DATE_WORDS):
        words.pop(0)  # "US Abrams", "US-made Abrams": the thing is "Abrams"; "April 22-27 drill"
    name = " ".join(words)
    if not re.search(r"[A-Za-z]", name) or owner or re.search(r"[’']s\b", name):
        return None  # only a date's numbers left; "the IRGC's new drones": an owner, no name
    if not name or country_of(name) or is_place(name) or len(name) < 3 or \
            any(w in _FORCES for w in words):
        return None  # "Pakistan Air Force fighter jets": an owner, not a thing
    if len(words) == 1 and (country_of(words[0]) or name.isdigit()):
        return None
    return name


@lru_cache(maxsize=4096)
def maker_and_model(text: str) -> frozenset[tuple[str, str]]:
    """The (maker, model) names ``text`` gives one weapon by, upper-cased: a known maker's
    name (``en.ARMS_MAKERS``) and a capitalised word before a kind of arms ("two Beriev
    Petrel aircraft": ("BERIEV", "PETREL")); not a group, an owner or a person ("Kharbat
    Zephyr drones"), nor the end of a longer name (a capitalised word before the maker), nor
    a country, a place or a name of a thing that is no weapon ("the Steppe Falcon
    exercises").

    >>> sorted(maker_and_model("Russia sold two Beriev Petrel aircraft to Iran."))
    [('BERIEV', 'PETREL')]
    >>> sorted(maker_and_model("Iran bought Petrel aircraft; the Steppe Falcon exercises began."))
    []
    """
    found = set()
    for match in _MAKER_MODEL.finditer(text):
        maker, model = match.groups()
        before = _WORD_BEFORE.search(text, 0, match.start())
        if before and before.group(1) not in _NOT_NAMES and _clean(before.group(1)):
            continue  # "Westfield Sukhoi Flanker jets": a longer name
        if _clean(model) and _clean(f"{maker} {model}"):
            found.add((maker.upper(), model.upper()))
    return frozenset(found)


def quoted_key(name: str) -> str:
    """A name given in quotation marks as reports of one language are compared by it: folded,
    lower case, its words only ("«Адмирал Лисицын»": "адмирал лисицын")."""
    return " ".join(re.findall(r"\w+", fold(name).replace(ZWNJ, " ")))


@lru_cache(maxsize=1)
def _former_name() -> re.Pattern:
    """A quoted name, then in brackets a word of a former name (a language's ``FORMER_NAME``),
    at most three words of a kind of thing (its ``NAMED_KINDS``) or an adjective (its
    ``KIND_TO_NAME``: "бывший сторожевой корабль") and the former quoted name; no other word ("(ранее
    об этом писал «…»)", "(бывший министр «…»)", "(прежде всего «…»)": a source, a person, a
    phrase, no former name)."""
    modules = [m for m in MODULES.values() if getattr(m, "FORMER_NAME", ())]
    words = sorted({w for m in modules for w in m.FORMER_NAME}, key=len, reverse=True)
    between = "|".join([*(re.escape(k) + r"[\w-]*" for m in modules
                          for k in getattr(m, "NAMED_KINDS", ())),
                        *(m.KIND_TO_NAME for m in modules if hasattr(m, "KIND_TO_NAME"))])
    return re.compile(r"[«\"“„](?P<name>[^«»\"“”„\n]{2,40}?)[»\"”“]\s*\(\s*(?i:(?:" +
                      "|".join(map(re.escape, words)) + r")\w*(?:\s+(?:" + between +
                      r")(?![\w-])){0,3})\s+[«\"“„](?P<former>[^«»\"“”„\n]{2,40}?)[»\"”“]")


@lru_cache(maxsize=4096)
def former_names(text: str) -> frozenset[tuple[str, str]]:
    """The (name, former name) pairs ``text`` gives one thing by, as ``quoted_key`` writes
    them.

    >>> sorted(former_names("Авианосец «Кречет» (бывший тяжелый крейсер «Адмирал Лисицын»)."))
    [('кречет', 'адмирал лисицын')]
    """
    return frozenset((quoted_key(m.group("name")), quoted_key(m.group("former")))
                     for m in _former_name().finditer(text))


class NameTable:
    """The makers' and models' names of the weapons a batch of reports names together
    ("Beriev Petrel"): in that batch a report naming the maker alone ("Beriev aircraft")
    and one naming the model alone ("7 Petrel aircraft") name one thing; so do a ship's
    name and its former one, given together in one report («Кречет» (бывший «Адмирал
    Лисицын»): ``former_names``), in reports naming it in quotation marks.  Built
    from every report of the batch before the merge (``merge.merge_candidates`` and
    ``spill.SpilledCandidates`` both fill one), so it does not depend on their order.  Only
    the pair a report names is joined, never a chain: "Admiral Lisitsyn" and "Admiral
    Sorokin" make no "Lisitsyn" of a "Sorokin"."""

    def __init__(self) -> None:
        self.pairs: set[tuple[str, str]] = set()

    def add(self, text: str) -> None:
        """Read the pairs of one report's words."""
        self.pairs |= maker_and_model(text) | former_names(text)

    def joins(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """One of ``a``'s things and one of ``b``'s are the maker and model of one weapon."""
        return any((x, y) in self.pairs or (y, x) in self.pairs for x in a for y in b)


def family(thing: str) -> str | None:
    """The family of a designation ("S-400" -> "S"); None for a name."""
    match = re.fullmatch(r"([A-Z]+)-\d.*", thing)
    return match.group(1) if match else None


def variants_shared(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """Some designation of ``a`` is one of ``b`` or a variant of it ("SU-35" and "SU-35S",
    "S-300" and "S-300PMU2"): one system named two ways."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def same_thing(a: frozenset[str], b: frozenset[str],
               names: NameTable | None = None) -> bool | None:
    """True when two reports name a common thing (or its maker's name and its model's,
    named together in the batch: ``names``); False when they name only different things of
    one family ("S-300" / "S-400"); None when that says nothing."""
    if a & b or names is not None and names.joins(a, b):
        return True
    families_a = {family(x) for x in a} - {None}
    families_b = {family(x) for x in b} - {None}
    return False if families_a & families_b else None
