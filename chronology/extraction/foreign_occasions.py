"""The occasion of the day's statement in a Russian or Persian story.

A wire story often leads with what someone said, in a modal or a plan ("Россия и Египет
могут активизировать сотрудничество"), which is no act, and then says where it was said:
"Об этом заявил Шойгу на встрече с министром обороны Египта в Каире", "«…», — сказал он в
ходе переговоров с …". The occasion (a meeting, talks, a visit: a noun of ``KINDS`` after a
preposition of ``AT_OCCASION``) took place on the day of the news, as the lead convention
dates the lead: it is the story's event when its lead gave none.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")


def statement_occasion(words: str, lang) -> bool:
    """``words`` tells what someone said (a reporting verb, ``SPEECH_VERBS``) and, after it,
    the occasion it was said at (``AT_OCCASION`` and a noun of a kind of act, not a past verb:
    "на встрече с", "в ходе переговоров", "во время визита")."""
    norm = lang.normalise(words)
    verb = lang.speech_verbs.search(norm)
    if verb is None:
        return False
    for at in lang.at_occasion.finditer(norm, verb.end()):
        noun = _WORD.match(norm, at.end())
        if noun and not lang.past.match(noun.group()) and any(
                noun.group().startswith(stem) for stem in lang.kinds):
            return True
    return False


LEAD_BLOCKS = 4  # a dateline further down opens an embedded or a related story


def first_dateline(article, lang) -> int | None:
    """The number of the story block that opens with the wire dateline ("КАИР, 11 ноября.
    /ТАСС/."), among the first ``LEAD_BLOCKS``: the story starts there, and a paragraph above
    it is a subheading, not the lead."""
    blocks = article.story_blocks()[:LEAD_BLOCKS]
    return next((k for k, b in enumerate(blocks) if story_dateline(article, b, k, lang)), None)


def story_dateline(article, block, number: int, lang) -> re.Match | None:
    """The wire dateline ``block`` (the story's block ``number``) opens with; a form that is a
    dateline only at the top of the story (group ``lone``: an agency's name alone before a
    dash, fa.py ``DATELINE``) only in its first block: further down it names the agency a
    paragraph quotes."""
    found = lang.dateline.match(article.text, block.start, block.end)
    if found and number and found.groupdict().get("lone"):
        return None
    return found


# a reporting verb right after what was said: "…, заявил Песков", "«…», — сказал он", "… — сообщил"
_AFTER_SAID = re.compile(r"(?:[,»”\"]\s*[—–-]?|\s[—–-])\s*$")


def said_after(norm: str, lang) -> bool:
    """What someone said told first, its reporting verb after it ("Россия благодарна Ирану
    за помощь, заявил Песков", "«Мы благодарны …», — сказал Песков"): the day's statement, as
    "Песков заявил, что …" is; a past verb, not one of what someone used to say ("…,
    заявлял он"), nor a view, a chance or a state (``STATE_VERBS``: "Иран может стать
    покупателем …, выяснил «Ъ»") nor a plan or a state told in the present or a perfective
    future (``PERSONAL_VERB``: "Россия поможет Ирану …, рассказали источники"); not in a
    language whose verb ends the sentence."""
    if lang.verb_final:
        return False
    return any(lang.past.match(norm, verb.start()) and not lang.said_imperfective.match(
        norm, verb.start()) and _AFTER_SAID.search(norm[:verb.start()]) and verb.start() > 0
        and not lang.state_verbs.search(norm[:verb.start()])
        and not lang.personal_verb.search(norm[:verb.start()])
        for verb in lang.speech_verbs.finditer(norm))


def occasion_only(words: str, tags, lang) -> set[str]:
    """The kinds of act (of ``tags``) that ``words`` names only as the occasion of its act
    ("Путин посетил полигон во время учений": a visit, during an exercise), after a word of
    ``DURING``: no act the sentence tells, so no kind a later sentence may tell it again by."""
    norm = lang.normalise(words)
    inside, outside = set(), set()
    for word in _WORD.finditer(norm):
        kinds = {tag for stem, tag in lang.kinds.items() if word.group().startswith(stem)}
        if not kinds:
            continue
        during = lang.during.search(norm[max(0, word.start() - 12):word.start()])
        (inside if during and during.end() == word.start() - max(0, word.start() - 12)
         else outside).update(kinds)
    return (inside - outside) & set(tags)
