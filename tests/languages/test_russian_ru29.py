"""Round ru29: Russian leads and what follows them (invented stories, default Russia–Iran
topic)."""

from __future__ import annotations

import pytest

from .russian_story import candidates as _candidates

HEADLINE = "Россия и Иран заключили соглашение о связи флотов"
LEAD = ("МОСКВА, 21 сентября. /ТАСС/. Россия и Иран заключили соглашение о связи между "
        "флотами. Об этом сообщила пресс-служба Минобороны России.")


@pytest.mark.parametrize(("after", "told"), [
    # the lead's act told again, opening the next paragraph: the signing's place
    ("Документ стороны подписали на полях военно-морского салона в Бендер-Аббасе.",
     "салона"),
    # the same act by a subject pointing back, with who reported it after it
    ("Соответствующий протокол утвердил парламент Ирана, передает корреспондент агентства.",
     "парламент"),
])
def test_the_leads_act_told_again_is_more_evidence_of_the_lead(tmp_path, after, told):
    result = _candidates(tmp_path, f"{LEAD}\n\n{after}", headline=HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain
    assert told in result.candidates[0].sources[0].quote


@pytest.mark.parametrize("after", [
    # background: done before the day's news
    "Ранее стороны подписали меморандум о проведении учений на Каспии.",
    # another time named, though no calendar date
    "Договоренность об этом была достигнута в ходе визита в начале года.",
    # a plan
    "Документ стороны подпишут на полях военно-морского салона в Бендер-Аббасе.",
    # another paragraph between that is no part of the lead's evidence
    "Иран давно добивается закупки российских вооружений.\n\nДокумент стороны подписали "
    "на полях военно-морского салона в Бендер-Аббасе.",
])
def test_no_background_plan_or_later_paragraph_joins_the_lead(tmp_path, after):
    result = _candidates(tmp_path, f"{LEAD}\n\n{after}", headline=HEADLINE)
    quote = result.candidates[0].sources[0].quote
    assert "меморандум" not in quote and "салона" not in quote and "начале" not in quote, quote


INTENT_HEADLINE = "Иран намерен закупить российские учебные самолеты"


@pytest.mark.parametrize("lead", [
    # an intent with who told it after, its plan dated vaguer than a day: the day's
    # announcement, as with no date of its own
    "Иран планирует начать переговоры о закупке самолетов Як-130 в ходе октябрьского визита "
    "министра обороны России, сообщает агентство ИРНА.",
    "Иран намерен закупить у России самолеты Як-130 в следующем году, сообщил журналистам "
    "министр обороны Ирана.",
])
def test_an_intent_told_after_with_a_vaguer_plan_date_is_the_days_announcement(tmp_path, lead):
    result = _candidates(tmp_path, lead, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain
    assert result.candidates[0].sources[0].rule == "dateline-lead"


@pytest.mark.parametrize(("lead", "expected"), [
    # a plan of a day keeps its day
    ("Иран планирует подписать контракт на закупку самолетов Як-130 25 сентября, сообщил "
     "журналистам министр обороны Ирана.", ["2017-09-25"]),
    # an act foretold, not an intent held: the plan's own year, no announcement of the day
    ("Россия поставит Ирану самолеты Як-130 в следующем году, сообщил журналистам министр "
     "обороны Ирана.", ["2018"]),
])
def test_a_plan_of_a_day_or_an_act_foretold_stays_a_plan(tmp_path, lead, expected):
    result = _candidates(tmp_path, lead, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == expected, result.explain


DECREE = ("Правительство России одобрило соглашение с Ираном о военно-морском сотрудничестве. "
          "«Одобрить соглашение между Российской Федерацией и Исламской Республикой Иран о "
          "военно-морском сотрудничестве, подписанное в г. Тегеране 3 мая 2017 г.{again}», - "
          "говорится в документе.")


def test_a_signing_in_two_places_on_two_days_is_two_signings(tmp_path):
    story = DECREE.format(again=" и в г. Москве 6 июня 2017 г.")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    signed = [(c.date, c.title.split()[-1]) for c in result.candidates if c.date < "2017-09"]
    assert signed == [("2017-05-03", "Тегеране"), ("2017-06-06", "Москве")], result.explain


@pytest.mark.parametrize("again", [
    # another act of the document after "и", not a second place: its entry into force
    " и вступившее в силу 6 июня 2017 г.",
    # one signing only
    "",
])
def test_no_second_signing_without_a_second_place(tmp_path, again):
    result = _candidates(tmp_path, DECREE.format(again=again), headline=HEADLINE)
    assert "2017-06-06" not in [c.date for c in result.candidates if "подписано" in c.title], \
        result.explain
    assert [c.date for c in result.candidates if "Москве" in c.title] == []
