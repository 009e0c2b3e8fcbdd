"""A year holds many acts of a kind: two reports in Russian or Persian that date their acts
by a year only are one event when their words tell one act, not by a kind and the sides
alone ("a pact signed in 2024" / "troops sent in 2024 under the pact": ``crosslang``)."""

from __future__ import annotations

from functools import partial

import pytest
from one_article import CONFIG, merged_sources, story

_ru = partial(story, language="ru")


# Invented background paragraphs of two 2025 reports, each dating its act by the year.
PACT = _ru("2025-03-10", "МОСКВА, 10 марта. /Пример/. В 2024 году Россия и Иран подписали "
           "договор о всеобъемлющем стратегическом партнерстве.")
PACT_AGAIN = _ru("2025-03-11", "ТЕГЕРАН, 11 марта – Пример Новости. Договор о всеобъемлющем "
                 "стратегическом партнерстве Иран и Россия подписали в 2024 году.")
INSTRUCTORS = _ru("2025-03-12", "МОСКВА, 12 марта. /Пример/. По соглашению с Россией Иран в "
                  "2024 году направил военных инструкторов на полигоны под Казанью.")


@pytest.mark.parametrize(("texts", "together"), [
    ((PACT, INSTRUCTORS), False),  # a pact signed; instructors sent under an agreement
    ((PACT, PACT_AGAIN), True),  # the pact, told twice in its own words
])
def test_reports_of_a_year(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts), CONFIG)
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])



# Invented: two reports of one year's losses, counted by two sources; many words in common,
# no kind of act, nothing but the year to date them.
LOSSES = _ru("2023-04-02", "МОСКВА, 2 апреля. /Пример/. По подсчетам Москвы, в 2022 году "
             "в боях в Сирии погибли около 90 российских и иранских военных.")
LOSSES_OTHER = _ru("2023-04-03", "ТЕГЕРАН, 3 апреля – Пример Новости. По подсчетам "
                   "наблюдателей, в 2022 году в боях в Сирии погибли около 300 иранских и "
                   "российских военных.")


def test_words_of_a_year_without_a_kind_are_two_claims(tmp_path):
    sources = merged_sources(tmp_path, [LOSSES, LOSSES_OTHER], CONFIG)
    assert sources == [["r0"], ["r1"]]
