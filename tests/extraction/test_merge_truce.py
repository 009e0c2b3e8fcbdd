"""A ceasefire and the fighting it ends are two events, even on one day and between the same
two sides, in any language (``theatres.one_truce``); two reports of the ceasefire, one of them
naming only the talks that agreed it, may still be one."""

from __future__ import annotations

from one_article import merged_sources, story


def _doc(body: str, language: str = "en") -> str:
    return story("2025-10-15", f"Headline\n\n{body}", language)


def test_clashes_and_the_ceasefire_of_that_day_stay_apart(tmp_path):
    clashes = _doc("Russian and Iranian border guards clashed on Wednesday near the Caspian "
                   "port of Astara, officials said.")
    truce = _doc("Russian and Iranian border guards agreed a ceasefire on Wednesday near the "
                 "Caspian port of Astara, officials said.")
    assert sorted(map(len, merged_sources(tmp_path, [clashes, truce]))) == [1, 1]


def test_the_same_in_russian(tmp_path):
    clashes = _doc("Пограничники России и Ирана в среду вступили в столкновения у порта Астара, "
                   "сообщили в ведомстве.", "ru")
    truce = _doc("Пограничники России и Ирана в среду договорились о прекращении огня у порта "
                 "Астара, сообщили в ведомстве.", "ru")
    assert sorted(map(len, merged_sources(tmp_path, [clashes, truce]))) == [1, 1]


def test_one_clash_told_twice_is_still_one_event(tmp_path):
    one = _doc("Russian and Iranian border guards clashed on Wednesday near the Caspian port "
               "of Astara, officials said.")
    two = _doc("Russian and Iranian border guards clashed near the Caspian port of Astara on "
               "Wednesday, state media reported.")
    assert sorted(map(len, merged_sources(tmp_path, [one, two]))) == [2]
