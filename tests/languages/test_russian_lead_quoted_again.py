"""The lead's statement told again in the speaker's own words, inside quotation marks, on the
lead's day and with the lead's verb, is one statement: the lead's event, no second one. A
quote of another act, or a quote of another day, stays its own. Invented stories."""

from __future__ import annotations

from .russian_story import candidates

HEADLINE = "Россия и Иран договорились о новых совместных учениях"
LEAD = ("МОСКВА, 20 сентября. Россия и Иран согласовали график совместных учений в "
        "Каспийском море, заявил в среду министр обороны РФ после встречи с иранским "
        "коллегой.")


def _events(tmp_path, *paragraphs):
    result = candidates(tmp_path, "\n\n".join([LEAD, *paragraphs]), headline=HEADLINE,
                        published="2017-09-20")
    return [(c.event.date, c.event.title) for c in result.found], result.explain


OPENING = '"У нас давние связи с иранскими военными. '


def test_the_quote_repeating_the_lead_is_the_lead(tmp_path):
    events, explain = _events(
        tmp_path, OPENING + "Мы сегодня согласовали с коллегами график совместных учений "
        'в Каспийском море, в том числе полетов авиации", - указал министр.')
    assert len(events) == 1 and events[0][0] == "2017-09-20", events
    assert any("speaker's own words" in line for line in explain)


def test_a_quote_telling_another_act_stays(tmp_path):
    events, _ = _events(
        tmp_path, OPENING + "Мы сегодня подписали с Ираном соглашение о поставках зенитных "
        'комплексов", - указал министр.')
    assert len(events) == 2, events


def test_a_quote_of_another_day_stays(tmp_path):
    events, _ = _events(
        tmp_path, OPENING + "Еще 12 сентября мы согласовали с коллегами график совместных "
        'учений в Каспийском море", - указал министр.')
    assert len(events) == 2, events
