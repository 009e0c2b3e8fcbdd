"""Round ru29: Russian leads and what follows them (invented stories, default Russia–Iran
topic)."""

from __future__ import annotations

import pytest

from .russian_story import candidates as _candidates

HEADLINE = "Россия и Иран заключили соглашение о связи флотов"
LEAD = ("МОСКВА, 21 сентября. /ТАСС/. Россия и Иран заключили соглашение о связи между "
        "флотами. Об этом сообщила пресс-служба Минобороны России.")


@pytest.mark.parametrize(("after", "told"), [
    # the lead's act told again, opening the next paragraph: where it was signed
    ("Договор подписали адмиралы обеих стран прямо на борту плавбазы «Чайка» у причала "
     "Озерного.", "Чайка"),
    # the same act by a subject pointing back, with who reported it after it
    ("Соответствующий документ подписали командующие флотами, уточняет корреспондент "
     "агентства.", "командующие"),
])
def test_the_leads_act_told_again_is_more_evidence_of_the_lead(tmp_path, after, told):
    result = _candidates(tmp_path, f"{LEAD}\n\n{after}", headline=HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain
    assert told in result.candidates[0].sources[0].quote


@pytest.mark.parametrize("after", [
    # background: done before the day's news
    "Ранее стороны подписали меморандум о проведении учений на Каспии.",
    # another time named, though no calendar date
    "Переговоры о связи флотов моряки двух стран начали в самом начале года.",
    # a plan
    "Договор подпишут адмиралы обеих стран прямо на борту плавбазы «Чайка» у причала "
    "Озерного.",
    # another paragraph between that is no part of the lead's evidence
    "Иран давно добивается закупки российских вооружений.\n\nДоговор подписали адмиралы "
    "обеих стран прямо на борту плавбазы «Чайка» у причала Озерного.",
    # a time of its own beside months and years: a vague time, a season, an earlier one
    "Впоследствии соглашение ратифицировал меджлис Ирана.",
    "Потом документ подписали адмиралы обеих стран на плавбазе «Чайка».",
    "Летом документ подписали адмиралы обеих стран на плавбазе «Чайка».",
    "Договор адмиралы обеих стран подписали еще весной.",
    "Договор адмиралы обеих стран подписали еще в прошлый раз на плавбазе «Чайка».",
    "Документ адмиралы обеих стран подписали еще при прежнем командующем на плавбазе «Чайка».",
    # another kind of deal
    "Иран заключил контракт на закупку самолетов Су-35 на плавбазе «Чайка».",
])
def test_no_background_plan_or_later_paragraph_joins_the_lead(tmp_path, after):
    result = _candidates(tmp_path, f"{LEAD}\n\n{after}", headline=HEADLINE)
    quote = result.candidates[0].sources[0].quote
    assert not any(w in quote for w in ("меморандум", "Чайка", "начале", "меджлис", "весной")), \
        quote


def test_the_leads_recipient_acting_does_not_join_the_lead(tmp_path):
    story = ("В среду Россия передала Ирану первую партию комплексов С-300 на полигоне "
             "Красный Яр.\n\nИран передал России беспилотники на полигоне Чистое Поле.")
    result = _candidates(tmp_path, story, headline="Россия передала Ирану комплексы С-300")
    quote = result.candidates[0].sources[0].quote
    assert result.candidates[0].date == "2017-09-20", result.explain
    assert "Чистое" not in quote, quote


INTENT_HEADLINE = "Иран намерен закупить российские учебные самолеты"


@pytest.mark.parametrize("lead", [
    # an intent with who told it after, its plan dated vaguer than a day: the day's
    # announcement, as with no date of its own
    "Тегеран во время осенней поездки главы МИД России рассчитывает обсудить покупку "
    "учебных самолетов Як-130, передает агентство ИРНА.",
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
    # an intent held before, no announcement of the day
    ("Иран собирался закупить у России самолеты Як-130 в следующем году, сообщил журналистам "
     "министр обороны Ирана.", ["2018"]),
])
def test_a_plan_of_a_day_or_an_act_foretold_stays_a_plan(tmp_path, lead, expected):
    result = _candidates(tmp_path, lead, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_assembling_is_no_intent(tmp_path):
    lead = ("Иран собирает у себя российские самолеты Як-130 с прошлого года, сообщил "
            "журналистам министр обороны Ирана.")
    result = _candidates(tmp_path, lead, headline=INTENT_HEADLINE)
    assert "2017-09-21" not in [c.date for c in result.candidates], result.explain


# A cabinet's note quoting the deed it approves, with the deed's signings in it.
DECREE = ("Кабинет министров России утвердил текст договора с Ираном о морской "
          "спасательной службе. В распоряжении кабинет поручает «принять договор между "
          "Россией и Ираном о морской спасательной службе{first}», уточняется в записке.")


@pytest.mark.parametrize(("first", "expected"), [
    # two towns, two days
    (", подписанный в г. Листвянске 3 мая 2017 г. и в г. Заречье 6 июня 2017 г.",
     [("2017-05-03", "в г. Листвянске"), ("2017-06-06", "в г. Заречье")]),
    # "во" before the first town
    (", подписанный во Владимирке 3 мая 2017 г. и в Заречье 6 июня 2017 г.",
     [("2017-05-03", "во Владимирке"), ("2017-06-06", "в Заречье")]),
    # no place before the first day: the second place is added
    (" в сфере гражданской обороны, подписанный 3 мая 2017 г. и в Заречье 6 июня 2017 г.",
     [("2017-05-03", "подписан"), ("2017-06-06", "в Заречье")]),
])
def test_a_signing_in_two_places_on_two_days_is_two_signings(tmp_path, first, expected):
    result = _candidates(tmp_path, DECREE.format(first=first), headline=HEADLINE)
    signed = sorted((c for c in result.candidates if c.date < "2017-09"), key=lambda c: c.date)
    assert [c.date for c in signed] == [d for d, _ in expected], result.explain
    for c, (_, place) in zip(signed, expected, strict=True):
        assert c.title.endswith(place), c.title
        assert "подписан" in c.title, c.title
    assert "гражданской обороны" in signed[-1].title or "обороны" not in first


@pytest.mark.parametrize("first", [
    # another act of the document after "и", not a second place: its entry into force
    ", подписанный в г. Листвянске 3 мая 2017 г. и вступивший в силу 6 июня 2017 г.",
    # a second place and day, then another verb: no second signing
    ", подписанный в г. Листвянске 3 мая 2017 г. и в г. Заречье 6 июня 2017 г. обсуждали "
    "эксперты",
])
def test_no_second_signing_without_a_second_place_ending_the_clause(tmp_path, first):
    result = _candidates(tmp_path, DECREE.format(first=first), headline=HEADLINE)
    assert "2017-06-06" not in [c.date for c in result.candidates if "подписан" in c.title], \
        result.explain
    assert [c.date for c in result.candidates if "Заречье" in c.title] == [], result.explain


@pytest.mark.parametrize("story", [
    # no participle: a signing and then another act in another place
    "Россия и Иран подписали соглашение о морской спасательной службе 3 мая 2017 года и в "
    "Заречье 6 июня 2017 года провели консультации.",
    # talks, not a signing
    "Россия и Иран обсуждали соглашение о морской спасательной службе в Листвянске 3 мая 2017 "
    "года и в Заречье 6 июня 2017 года.",
])
def test_no_second_signing_outside_a_signing_participle(tmp_path, story):
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not [c for c in result.candidates if c.date == "2017-06-06" and "подписа" in c.title
                and "Заречье" in c.title], result.explain
