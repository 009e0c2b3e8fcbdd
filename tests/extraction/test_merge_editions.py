"""An exercise's edition is one name in any script and spelling ("«Тайга-2025»", "Tayga
2025" in a Russian report, "Tayga-2025"), and an opening ceremony is the exercise's start:
two reports of its opening, days apart by their dating, are one event
(``crosslang.designations``, ``PHASES``)."""

from __future__ import annotations

from functools import partial

from one_article import CONFIG, merged_sources, story

from chronology.extraction.crosslang import designations

_ru = partial(story, language="ru")


# Invented reports: the opening on Monday 10 March; a report citing an agency, two days later,
# dated by its own day.
OPENING = _ru("2025-03-10", "МОСКВА, 10 марта. /Пример/. В понедельник на полигоне на севере "
              "Ирана состоялась церемония открытия российско-иранских учений «Тайга-2025».")
BEGAN = _ru("2025-03-12", "Россия и Иран начали совместные военные учения Tayga 2025 на севере "
            "Ирана, сообщает Reuters.")


def test_one_edition_told_twice(tmp_path):
    assert merged_sources(tmp_path, [OPENING, BEGAN], CONFIG) == [["r0", "r1"]]


def test_an_edition_in_any_script_and_not_a_month():
    assert designations("учения «Тайга-2025»") == designations("учения Tayga 2025") == \
        designations("the Tayga-2025 drills") == frozenset({"TAYGA-2025"})
    assert designations("в марте 2025 года, Март 2025, in March 2025") == frozenset()
