"""People, organisations, countries and places named in a sentence (rules, no model).

People are runs of capitalised words with their titles removed ("Russian Defense Minister
Sergei Shoigu" -> "Sergei Shoigu"); a surname alone ("Shoigu") is resolved against the full
names seen earlier in the article.  Organisations are acronyms ("IRGC") and capitalised runs
ending in an organisation word ("Fars News Agency").  Countries come from the gazetteer
(names, demonyms, and capitals used as subjects); places from locative phrases ("in Tehran").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronology.extraction.gazetteer import CAPITALS, CITIES, REGIONS, country_of, is_place

ROLE_WORDS = {
    "President", "Vice", "Prime", "Minister", "Ministers", "Defense", "Defence", "Foreign",
    "Deputy", "Chief", "Chiefs", "General", "Gen", "Gen.", "Admiral", "Rear", "Vice-Admiral",
    "Rear-Admiral", "Brigadier", "Brigadier-General", "Colonel", "Col", "Col.", "Lieutenant",
    "Lt", "Lt.", "Major", "Maj", "Captain", "Capt", "Commander", "Ambassador", "Envoy",
    "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Head", "Director", "Chairman",
    "Chairwoman", "Speaker", "Supreme", "Leader", "Ayatollah", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
    "Ms.", "Dr", "Dr.", "Sheikh", "King", "Queen", "Prince", "Emir", "Sultan", "Army", "Navy",
    "Naval", "Air", "Force", "Forces", "Staff", "Armed", "Logistics", "Interior", "Economy",
    "Energy", "Finance", "Security", "Intelligence", "Military", "Senior", "Former", "Acting",
    "Top", "Commander-in-Chief", "Marshal", "Sergeant", "Sgt", "Coordination", "Aerospace",
    "Chief-of-Staff", "Executive", "CEO", "Governor", "Mayor", "Senator", "Sen.", "Rep.",
    "Representative", "Adviser", "Advisor", "Aide", "Diplomat", "Official", "Officials",
}
ORG_WORDS = {
    "Ministry", "Organization", "Organisation", "Council", "Agency", "Corps", "Committee",
    "Company", "Corporation", "Group", "Bank", "Fund", "Union", "Party", "Parliament",
    "Assembly", "Office", "Department", "Center", "Centre", "Institute", "University", "News",
    "Radio", "Television", "TV", "International", "Republic", "Federation", "Alliance",
    "Treaty", "Forum", "Guard", "Guards", "Service", "Services", "Commission", "Court",
    "Limited", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "LLC", "PLC", "Aerospace",
    "Type", "Class", "Shipyard", "Shipyards", "Co", "Co.", "House", "Plant", "Factory",
    "Works", "Shipbuilding", "Technologies", "Dynamics", "Holding", "Holdings",
    "Kremlin", "Pentagon", "Navy", "Army", "Forces", "Force", "Press", "Times", "Post",
    "Association", "Authority", "Administration", "Academy", "Industries", "Systems",
    "Cooperation", "Security", "Nations", "Bureau", "Embassy", "Majlis", "Duma", "Senate",
    "Trade", "World", "Arms", "Affairs", "Development", "Analysis", "Studies", "Research",
    "Policy", "Relations", "Industry", "Program", "Programme", "Project", "Exhibition",
}
MEDIA_WORDS = {"News", "Agency", "Press", "Times", "Post", "Radio", "Television", "TV"}
FUNCTION_WORDS = {
    "The", "A", "An", "On", "In", "At", "After", "Before", "During", "Earlier", "Later",
    "While", "Upon", "But", "And", "Or", "As", "Meanwhile", "However", "Also", "For", "From",
    "According", "Based", "Referring", "Commenting", "Receiving", "Nevertheless", "Nonetheless",
    "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "His", "Her", "Its",
    "Their", "Our", "Both", "Last", "Next", "Since", "Until", "By", "With", "Under", "Over",
    "When", "Where", "If", "Some", "Several", "Many", "Any", "All", "Most", "Such", "Other",
}
MONTHS_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
LOCATIVE = {"in", "at", "to", "near", "from", "into", "inside", "outside", "visited",
            "visiting", "visit", "across", "off"}
_PARTICLES = r"(?:al-|el-|bin |ibn |de |van |von |da |ben )?"
CAPITALISED = re.compile(
    r"(?<![\w'’-])" + _PARTICLES + r"[A-Z][\w'’.-]*(?:\s+" + _PARTICLES + r"[A-Z][\w'’.-]*)*")
ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,6})(?![\w-])(?!\s+[A-Z][a-z])")


@dataclass(frozen=True)
class Entities:
    """What a sentence names, each list in order of first appearance."""

    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()

    @property
    def actors(self) -> list[str]:
        """People, then organisations, then countries."""
        return list(dict.fromkeys(self.people + self.organisations + self.countries))


_POSSESSIVE_END = re.compile(r"['’]s$")
_AFTER_POSSESSIVE = re.compile(r"(?<=['’]s)\s+")


def _clean(token: str) -> str:
    return _POSSESSIVE_END.sub("", token.strip(".,;:'’")).strip()


def capitalised_runs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalised words (with name particles), as (offset, words).

    A possessive ends a run: "Radio Farda's Hossein Aryan" is two runs.
    """
    runs: list[tuple[int, list[str]]] = []
    for match in CAPITALISED.finditer(text):
        offset = match.start()
        for piece in _AFTER_POSSESSIVE.split(match.group(0)):
            words = [_clean(w) for w in piece.split()]
            runs.append((offset, [w for w in words if w]))
            offset += len(piece) + 1
    return [(o, w) for o, w in runs if w]


PLACE_NOUNS = {"Cosmodrome", "Region", "Base", "Airbase", "Airport", "Port", "Harbour", "Harbor",
               "Sea", "Ocean", "Strait", "Gulf", "Bay", "Shipyard", "Yard", "Province", "District",
               "Island", "Islands", "River", "Lake", "Street", "Square", "Palace", "Center",
               "Centre", "University", "Academy", "Forum", "Summit", "Council", "Ministry",
               "Agency", "Fleet", "Command", "Corps", "Station", "Range", "Desert", "Valley",
               "Oblast", "Krai", "Territory", "Hall", "Hotel", "Stadium", "Park", "Field"}
COUNT_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
               "First", "Second", "Third", "Fourth", "Several", "Both", "All", "Many", "Some"}
PLACE_PREFIXES = {"St", "Saint", "Mount", "Mt", "Fort", "Port", "Lake", "Cape", "San", "Santa",
                  "Sao", "Ste", "Sainte", "Lower", "Upper"}


# Names written family name first: "Kim Jong-un", "Xi Jinping", "Li Shangfu".
FAMILY_FIRST = {"Kim", "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou",
                "Wu", "Sun", "Ma", "Hu", "Guo", "Lin", "He", "Gao", "Wei", "Dong", "Park", "Choi",
                "Moon", "Yoon", "Ri", "Pak", "Jang", "Han", "Cho", "Shoigu"} - {"Shoigu"}


def surname(name: str) -> str:
    """The name a headline uses for a person: the family name ("Shoigu" of "Sergei
    Shoigu", "Kim" of "Kim Jong-un", "Xi" of "Xi Jinping")."""
    parts = name.split()
    if len(parts) >= 2 and (parts[0] in FAMILY_FIRST or re.fullmatch(r"[A-Z][a-z]+-[a-z]+",
                                                                       parts[-1])):
        return parts[0]
    return parts[-1]


def person_name(words: list[str]) -> str | None:
    """The person in a run of capitalised words, titles stripped, or None."""
    tail: list[str] = []
    for word in reversed(words):
        if (word in ROLE_WORDS or word in FUNCTION_WORDS or word in COUNT_WORDS or country_of(word)
                or word in ORG_WORDS or (is_place(word) and tail)):
            break
        tail.insert(0, word)
    tail = tail[-3:]
    if tail and tail[0].rstrip(".") in PLACE_PREFIXES:  # "St Petersburg", "Fort Worth"
        return None
    if tail and tail[-1] in PLACE_NOUNS:  # "Vostochny Cosmodrome", "Amur Region"
        return None
    initial = re.compile(r"[A-Z]\.")  # "S. Jaishankar", "Gilberto C. Teodoro"
    if len(tail) < 2 or any(w in MONTHS_DAYS or (w.isupper() and not initial.fullmatch(w))
                            or not w[:1].isalpha() or any(ch.isdigit() for ch in w)
                            for w in tail) or initial.fullmatch(tail[-1]):
        return None
    name = " ".join(tail)
    if is_place(name) or any(is_place(w) and w not in ("Georgia", "Jordan") for w in tail):
        return None
    return name


def known_people(text: str) -> dict[str, str]:
    """Full names found in ``text``, keyed by surname and by full name."""
    people: dict[str, str] = {}
    for _, words in capitalised_runs(text):
        name = person_name(words)
        if name:
            people.setdefault(surname(name), name)
            people[name] = name
    return people


def find_entities(text: str, people: dict[str, str]) -> Entities:
    """The people, organisations, countries and places named in ``text``."""
    found_people: list[str] = []
    orgs: list[str] = []
    countries: list[str] = []
    for offset, words in capitalised_runs(text):
        name = person_name(words)
        if name:
            found_people.append(people.get(name, name))
        else:
            found_people.extend(people[w] for w in words if w in people and w not in ROLE_WORDS)
        country = country_of(" ".join(words))
        org = None if country else _organisation(words)
        if org:
            orgs.append(org)
        else:
            countries.extend(_countries(text, offset, words))
    orgs.extend(a for a in ACRONYM.findall(text) if _is_acronym_actor(a))
    return Entities(tuple(dict.fromkeys(found_people)), tuple(dict.fromkeys(orgs)),
                    tuple(dict.fromkeys(countries)), tuple(find_places(text)))


def _is_acronym_actor(word: str) -> bool:
    """An organisation acronym, not a country ("US"), a city in a dateline ("MOSCOW")."""
    return not (country_of(word) or is_place(word.title()) or word.title() in MONTHS_DAYS)


def _organisation(words: list[str]) -> str | None:
    """A run ending in an organisation word, minus leading function words and demonyms."""
    while words and (words[0] in FUNCTION_WORDS or words[0] in ROLE_WORDS - ORG_WORDS):
        words = words[1:]
    if words and words[-1] in MEDIA_WORDS:
        return None  # a news outlet reports; it is not an actor
    named = len(words) >= 2 and words[-1] in ORG_WORDS and not all(w in ORG_WORDS for w in words)
    if named and not any(w in ROLE_WORDS - ORG_WORDS for w in words):
        return " ".join(words)
    return None


def _countries(text: str, offset: int, words: list[str]) -> list[str]:
    """Countries named by a run: names, demonyms, and capitals that are not a location."""
    found = []
    joined = " ".join(words)
    whole = country_of(joined)
    if whole:
        return [whole]
    if joined in REGIONS or joined in CITIES:
        return []
    before = text[:offset].split()[-1:] if offset else []
    locative = bool(before) and before[0].lower() in LOCATIVE
    for word in words:
        country = country_of(word)
        if country:
            found.append(country)
        elif word in CITIES and not locative:
            found.append(CITIES[word])
    return found


def find_places(text: str) -> list[str]:
    """Places in locative phrases: "in Tehran", "to Moscow", "in the Caspian Sea"."""
    places: list[str] = []
    pattern = re.compile(r"\b(?:in|at|to|near|into|visited|visiting|visit of [^,]{0,60}? to)"
                         r"\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})")
    for match in pattern.finditer(text):
        name = _clean(match.group(1))
        words = name.split()
        while words and not is_place(" ".join(words)) and len(words) > 1:
            words = words[:-1]
        candidate = " ".join(words)
        if is_place(candidate) or candidate in REGIONS:
            places.append(candidate)
    # Cities other than capitals are places wherever they appear ("the port of Bandar Abbas").
    for _, words in capitalised_runs(text):
        joined = " ".join(words)
        if joined in CITIES and joined not in CAPITALS:
            places.append(joined)
    return list(dict.fromkeys(places))
