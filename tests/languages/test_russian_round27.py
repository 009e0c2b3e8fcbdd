"""Round ru27: Russian leads without a dateline (invented stories, default Russia–Iran topic):
what a spokesman told an agency ("заявил агентству, что …") is the day's statement, as
"заявил, что …" is."""

from __future__ import annotations

import pytest

from .russian_story import candidates as _candidates

HEADLINE = "Россия сократит группировку в Иране"
DECK = "Россия сократит свое военное присутствие в Иране, переведя авиагруппу на новый штат."


@pytest.mark.parametrize("lead", [
    # the addressee between the reporting verb and "что": one word, or two
    "Представитель военного округа заявил Интерфаксу, что Россия сократит численность "
    "военных на авиабазе в Иране.",
    "Представитель военного округа сообщил местным журналистам, что Россия сократит "
    "численность военных на авиабазе в Иране.",
    # as before: "что" right after the verb
    "Представитель военного округа заявил, что Россия сократит численность военных на "
    "авиабазе в Иране.",
])
def test_a_statement_to_an_agency_leads_the_story(tmp_path, lead):
    result = _candidates(tmp_path, f"{DECK}\n\n{lead}", headline=HEADLINE,
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain


@pytest.mark.parametrize("lead", [
    # near misses: what someone used to say, and a clause of three words before "что", are
    # no statement of the day
    "Представитель военного округа заявлял Интерфаксу, что Россия сократит численность "
    "военных на авиабазе в Иране.",
    "Представитель военного округа заявил в своем интервью, что Россия сократит численность "
    "военных на авиабазе в Иране.",
])
def test_no_statement_of_the_day_leads_no_event(tmp_path, lead):
    result = _candidates(tmp_path, f"{DECK}\n\n{lead}", headline=HEADLINE,
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == [], result.explain
