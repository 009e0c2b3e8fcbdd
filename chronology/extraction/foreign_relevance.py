"""Article-level relevance of a Russian or Persian sentence that names no side of the topic.

In an article about the topic, a sentence often leaves its sides to what the reader has just
read: its subject is a thing the event right before named ("… учения, в которых задействован
крейсер «Маршал Устинов». Накануне в порт прибыл крейсер «Маршал Устинов» …"), an occasion of
a kind an event of the article told ("Завершились маневры 21 сентября"), or, in the story's
first sentence, the headline's news ("Стартовали учения России и Мьянмы" over "Торжественная
церемония прошла в Янгоне."). These functions read only the language's tables
(``TOPIC_ACTIONS``, ``KINDS``, ``PAST``), never a word of their own.
"""

from __future__ import annotations

import re

from chronology.extraction.foreign_retold import act_places
from chronology.extraction.theatres import phases

STEM = 5  # letters of a word compared: "фрегат", "фрегата"; "крейсер", "крейсера"
_WORD = re.compile(r"[^\W\d_]{6,}")
_NAME = re.compile(r"«([^»]{2,60})»")  # a ship's, a system's or an exercise's own name


def things(words: str, lang) -> set[str]:
    """The things ``words`` names: by the stems of its words of the topic's kind
    (``TOPIC_ACTIONS``: "фрегат", "крейсер", "вертолет"), not its past verbs ("прибыл"), and
    by the names it writes in quotation marks («Маршал Устинов»)."""
    norm = lang.normalise(words)
    found = {w[:STEM] for w in _WORD.findall(norm)
             if lang.topic_actions.match(w) and not lang.past.match(w)
             and not any(w.startswith(k) for k in lang.kinds)}
    return found | {f"«{name.strip()}»" for name in _NAME.findall(norm)}


def thing_told_before(words: str, told: str, lang) -> bool:
    """``words`` names a thing of the topic's kind that the sentence before (``told``) named:
    its subject is that thing, whose side the sentence before told."""
    return bool(things(words, lang) & things(told, lang))


def opens_with_a_stage(words: str, lang) -> bool:
    """The sentence's subject is a stage of an act (``PHASES``' "stage": "Береговая и морская
    фазы проходили с 17 по 24 ноября", "Активная фаза пройдет 23–24 мая"): after an exercise
    told of both sides, its stages are that exercise's. Only a stage of nothing named (a verb,
    a date or a mark follows it) or of an exercise ("этап учений"): "Второй этап конкурса",
    "Первая фаза вывода войск" are stages of other acts."""
    norm = lang.normalise(words)
    for token in list(re.finditer(r"\S+", norm))[:STAGE_WORDS]:
        noun = _LETTERS.match(token.group())
        if noun and "stage" in phases(noun.group(), lang.code):
            after = _WORDS_AFTER.match(norm, token.start() + noun.end()).group().split()
            return not _names_its_act(after[:STAGE_WORDS], lang)
    return False


_LETTERS = re.compile(r"[^\W\d_]+")
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_]+(?![\w-]))*")  # up to a mark, a digit, a quote


def _names_its_act(words: list[str], lang) -> bool:
    """The words right after a stage's noun name the act it is a stage of, other than an
    exercise ("конкурса", "частичной мобилизации": an adjective is passed over); a verb
    ("проходили", "пройдет") or a short word ("с 15 по 19") ends the subject, naming none."""
    adjective = re.compile(rf"(?:{lang.patterns['ADJECTIVE_ENDINGS']})$")
    for word in words:
        if len(word) <= 3 or "exercise" in occasions(word, lang) or lang.past.match(word) or (
                lang.personal_verb.fullmatch(word)):
            return False
        if not adjective.search(word):
            return True
    return False


STAGE_WORDS = 4  # the subject's words: "Береговая и морская фазы"


def told_as_history(words: str, date: str, lang) -> bool:
    """The sentence tells the thing's history, not the event before's act: it opens with a
    word of the past ("Ранее, 12 марта, корвет … вернулся", ``HISTORY_OPENERS``) or names a
    year other than the event's ("Корвет … был спущен на воду 9 марта 2013 года": review
    G)."""
    norm = lang.normalise(words).lstrip()  # (Persian digits read as ASCII ones)
    if lang.history_openers.match(norm):
        return True
    years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", norm))
    return bool(years) and date[:4] not in years


def headline_sides(title_sides: list[str], title_news: bool, own: list[str],
                   others: list[str]) -> list[str]:
    """The sides of a story's first sentence that names no side (``own``) nor another
    country (``others``), under a headline that names two sides (``title_sides``) and tells
    the news of an act of a kind of ``KINDS`` (``title_news``: "Стартовали совместные учения
    России и Мьянмы" over "Торжественная церемония прошла в Янгоне.", "Россия и Иран
    начинают учения" over "Фрегат 20 сентября вошел в порт Энзели."): the lead tells of the
    headline's news, so it has its sides (a headline of talk or views, "обсудили
    сотрудничество", tells no such act)."""
    return title_sides if len(title_sides) >= 2 and title_news and not own and not others else []


SERIES_WORDS = 3  # the words after an ordinal that may name what it numbers ("втором раунде")


def series_of(words: str, lang) -> set[str]:
    """The stems of the words an ordinal numbers in ``words`` (``SERIES_FIRST``,
    ``LATER_ORDINAL``: "во втором раунде консультаций" -> "раунд", "консу"; "Первый раунд"): the
    members of a series, which an earlier or later member's sentence names again."""
    norm = lang.normalise(words)
    stems = set()
    for pattern in (lang.series_first, lang.later_ordinal):
        for m in pattern.finditer(norm):
            after = re.findall(r"[^\W\d_]+", norm[m.end():m.end() + 80])[:SERIES_WORDS]
            stems |= {w[:STEM] for w in after if len(w) >= STEM}
    return stems


def another_of_series(words: str, told: str, lang) -> bool:
    """``words`` numbers a member of a series ``told`` numbered too ("... примет участие во
    втором раунде консультаций России и Ирана" and "Первый раунд состоялся в Москве в марте
    2016 года"): another member, between the same sides."""
    return bool(series_of(words, lang) & series_of(told, lang))


DECK_WORDS = 12  # a longer first sentence is a lead, not a deck


def a_deck(words: str, own: list[str], others: list[str], title_sides: list[str]) -> bool:
    """A page's deck (standfirst): a first paragraph of one short sentence that names no side
    (``own``) nor another country (``others``), under a headline naming fewer than two sides
    (``title_sides``), so that the headline cannot give it its sides (``headline_sides``):
    it restates the headline ("Самолет министра приземлился в аэропорту столицы." under
    "Министр прибыл с визитом в Тегеран"), and the agency's lead follows it."""
    return len(words.split()) <= DECK_WORDS and not own and not others and len(title_sides) < 2


def occasions(words: str, lang) -> set[str]:
    """The kinds of act (``KINDS``) that ``words`` names by a noun ("маневры", "встреча"),
    not by a past verb ("прибыл"): an occasion the sentence tells of."""
    norm = lang.normalise(words)
    return {tag for w in re.findall(r"[^\W\d_]+", norm) if not lang.past.match(w)
            for stem, tag in lang.kinds.items() if w.startswith(stem)} - {"statement"}


def same_occasion(words: str, told: str, lang) -> bool:
    """``told``, the next sentence of the lead ``words``, goes on about the lead's occasion:
    it opens with a noun of an occasion of a kind the lead names ("обсуждение учений
    «Щит-2020». Тренировки с участием …"), tells no plan nor a matter going on (``PLANNED``,
    ``HABIT``: «Встреча министров … запланирована на ноябрь», «Переговоры … продолжаются»)
    and the lead gives its occasion no matter or party of its own that ``told`` lacks
    («переговоры по ядерной программе», «встреча ветеранов войны»)."""
    shared = occasions(words, lang) & occasions(told, lang)
    norm = lang.normalise(told)
    first = (_LETTERS.findall(norm) or [""])[0]
    return bool(shared & occasions(first, lang)) and not (
        lang.planned.search(norm) or lang.habit.search(norm)) and not _own_matter(
        lang.normalise(words), norm, shared, lang)


def _own_matter(norm: str, told: str, shared: set[str], lang) -> bool:
    """The words right after the lead's noun of the occasion (up to a mark, a quotation or a
    place: «учений «Щит-2020»», «учения в Черном море») name what or who it is of, and
    ``told`` names none of them: it is another occasion of the kind."""
    nouns = [m for m in _LETTERS.finditer(norm) if shared & occasions(m.group(), lang)]
    if not nouns:
        return False
    after = _WORDS_AFTER.match(norm, nouns[0].end()).group().split()
    for word in after[:STAGE_WORDS]:
        if word in lang.place_prepositions:
            return False
        if len(word) > 3 and word[:STEM] not in told:
            return True
    return False


def delivery_coming(words: str, before: str, lang, model) -> bool:
    """``words`` tells a delivery by a verb of coming in (``ARRIVES``: "поступят") with what
    comes named, in it or in the sentence before of its paragraph (``before``: «Контракты
    заключены. До конца года они к нам поступят»): a weapon's model (``model``, a pattern)
    or the deal for it; not «Беларусь поступит так же», «ответ на запрос поступит позже»."""
    return bool(lang.arrives.search(lang.normalise(words))) and any(
        model.search(told) or "arms deal" in occasions(told, lang) for told in (words, before))


THINGS_BACK = 800  # characters before a sentence where the thing that is its subject was told


def subject_things(words: str, lang) -> set[str]:
    """The stems of the things of the topic's kind ``words`` tells as the subject of a past
    act: such a word right before a past verb ("14 февраля фрегат пришвартовался ...")."""
    tokens = _LETTERS.findall(lang.normalise(words))
    return {w[:STEM] for w, verb in zip(tokens, tokens[1:], strict=False)
            if len(w) >= STEM
            and lang.topic_actions.match(w) and not lang.past.match(w)
            and lang.past.fullmatch(verb)}


def side_of_thing(words: str, earlier: list[str], sides, others, lang) -> list[str]:
    """The side of a sentence whose subject is a thing of the topic's kind
    (``subject_things``: "14 февраля фрегат пришвартовался в порту ...") that an earlier
    sentence told as one side's ("От России в учениях участвует фрегат «…»"): the nearest
    sentence of ``earlier`` (the last) naming that thing is read; when it names the thing with
    two sides, with none, or with another country (``others``), no side is meant; nor when the
    sentence turns to another scene (``MEANWHILE``: "Тем временем ... фрегат вернулся"; a place
    the telling did not name, ``ACT_PLACE``: "В Балтийске ... фрегат вернулся"), tells
    another of the kind (``ANOTHER_OF_KIND``: "другой фрегат"), or the window told the thing
    as each side's (a Russian and an Iranian frigate: which one is not said)."""
    norm = lang.normalise(words)
    if lang.meanwhile.match(norm) or lang.another_of_kind.search(norm):
        return []
    mine, here = subject_things(words, lang), act_places(words, lang.code)
    found: list[str] = []
    for told in reversed(earlier if mine else []):
        if mine & {w[:STEM] for w in _LETTERS.findall(lang.normalise(told))}:
            own = sides(told)
            if here - act_places(told, lang.code):
                return []  # a new scene: a place the telling did not name ("В Балтийске ...")
            if found and own and set(own) != set(found):
                return []
            if not found:
                if len(own) != 1 or others(told):
                    return []
                found = own
    return found
