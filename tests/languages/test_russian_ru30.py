"""Round ru30: Russian leads that tell a plan with who told it (invented stories, default
Russia–Iran topic).

The decision (issue 11): a plan stated on a day, told in the lead with who stated it, is that
day's statement, the event an analyst puts on the timeline; the plan's own time, when it has
one, is no act done. The dev gold of the real Russian set keeps this practice (leads that
tell a plan with its teller: the statement of the day a required event eight times, optional
six, never a forbidden date), whatever the plan's verb (an intent, "планирует", or an act
foretold, "поставит", "сократит") and wherever the teller stands."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology import dates

from .russian_story import candidates as _candidates

INTENT_HEADLINE = "Иран намерен закупить российские учебные самолеты"


@pytest.mark.parametrize("lead", [
    # perfective futures of acts the news tells are plans (FUTURE_CUES): told with who told
    # it, before or after, the day's announcement (FORETOLD_ANNOUNCED), whatever the verb
    "Представитель Каспийской флотилии заявил, что Россия сократит число кораблей в "
    "иранских портах.",
    "Россия разместит на иранском аэродроме два транспортных самолета, сообщил журналистам "
    "командующий группировкой.",
    "Иран закупит у России еще два учебных самолета, сообщил агентству источник в "
    "министерстве обороны.",
])
def test_a_plan_told_with_who_told_it_is_the_days_announcement(tmp_path, lead):
    result = _candidates(tmp_path, lead, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain


@pytest.mark.parametrize("story", [
    # a plan with no teller is a plan only
    "Россия сократит число кораблей в иранских портах.",
    "Россия разместит на иранском аэродроме два транспортных самолета.",
    # what was said over time
    "Россия сократит число кораблей в иранских портах, заявлял командующий флотилией.",
])
def test_a_perfective_future_with_no_teller_of_the_day_is_a_plan(tmp_path, story):
    result = _candidates(tmp_path, story, headline=INTENT_HEADLINE)
    assert [c.date for c in result.candidates] == [], result.explain


MEETING_HEADLINE = "Министры обороны России и Ирана провели переговоры"
MEETING_LEAD = ("Встреча министров обороны России и Ирана длилась более трех часов. Об этом "
                "сообщил помощник российского министра.")


def test_the_tellers_detail_of_the_leads_act_is_more_evidence_of_the_lead(tmp_path):
    # the lead's teller goes on, opening with who said it: what he said tells the lead's
    # meeting again (a talk, "беседа", is a meeting), no event of its own
    story = f"{MEETING_LEAD}\n\nОн уточнил, что беседа прошла один на один."
    result = _candidates(tmp_path, story, headline=MEETING_HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain
    assert "один на один" in result.candidates[0].sources[0].quote, result.explain


@pytest.mark.parametrize("after", [
    # what was said is another act, a signing: no more evidence of the meeting
    "Он уточнил, что стороны подписали соглашение о связи флотов.",
    # what someone used to say
    "Он не раз заявлял, что беседы министров проходят один на один.",
])
def test_a_tellers_other_act_or_habit_does_not_join_the_lead(tmp_path, after):
    result = _candidates(tmp_path, f"{MEETING_LEAD}\n\n{after}", headline=MEETING_HEADLINE)
    assert "один на один" not in result.candidates[0].sources[0].quote or (
        "подписали" in after), result.explain
    assert "подписали" not in result.candidates[0].sources[0].quote, result.explain


def test_an_interview_is_no_meeting(tmp_path):
    # "в беседе с журналистами": a statement made in an interview, not a talk of the sides
    lead = ("МОСКВА, 21 сентября. /ТАСС/. Министр обороны России в беседе с журналистами "
            "заявил, что Россия поставила Ирану радары.")
    result = _candidates(tmp_path, lead, headline=MEETING_HEADLINE)
    assert result.candidates, result.explain
    assert "meeting" not in result.candidates[0].tags, result.candidates[0].tags


@pytest.mark.parametrize(("text", "words"), [
    # a part of the year with no year named: the year of writing, as "в начале этого года"
    ("Договоренность была достигнута в начале года.", "в начале года"),
    ("Поставки завершились в конце года.", "в конце года"),
    ("Визит состоялся в середине года.", "в середине года"),
])
def test_a_part_of_the_year_alone_is_the_year_of_writing(text, words):
    found = dates.find_mentions(text, dt.date(2022, 7, 27), language="ru")
    assert [(m.text, m.value, m.rule) for m in found] == [(words, "2022", "relative-year")]


@pytest.mark.parametrize("text", [
    # a year of time, no date
    "Переговоры шли в течение года.",
    "Поставки займут около года.",
])
def test_a_year_of_time_is_no_date(text):
    assert dates.find_mentions(text, dt.date(2022, 7, 27), language="ru") == []


SESSION = ("МОСКВА, 21 сентября. /ТАСС/. В Тегеране 18-19 сентября российская делегация во главе "
           "с заместителем директора ФСВТС Иваном Сидоренко приняла участие в заседании "
           "межправительственной комиссии России и Ирана.")


def test_the_occasions_people_signing_at_it_sign_on_its_day(tmp_path):
    # an undated signing opening at the occasion's work, its subject a man the occasion
    # named (another case of his name): done at that occasion, on its day
    story = (f"{SESSION}\n\nПо итогам работы заместитель директора ФСВТС Иван Сидоренко и "
             "заместитель министра обороны Ирана Али Карими подписали итоговый протокол.")
    result = _candidates(tmp_path, story, headline=MEETING_HEADLINE)
    signed = [c for c in result.candidates if "протокол" in c.sources[0].quote]
    assert [c.date for c in signed] == ["2017-09-18"], result.explain


def test_an_owners_occasion_naming_no_one_told_is_another(tmp_path):
    # the occasion of another owner, a man the session did not name: no signing of its day
    story = (f"{SESSION}\n\nПо итогам визита президента Ирана Хасана Рухани стороны "
             "подписали итоговый протокол.")
    result = _candidates(tmp_path, story, headline=MEETING_HEADLINE)
    assert not [c for c in result.candidates if "протокол" in c.sources[0].quote], \
        result.explain


def test_an_act_told_before_a_teller_keeps_its_words(tmp_path):
    # a sentence that tells its own act first, then who said what: not opened by its teller,
    # so its act is read, more evidence of the lead's meeting
    after = ("Министры провели беседу один на один, после чего помощник заявил, что Иран "
             "остается важным партнером.")
    result = _candidates(tmp_path, f"{MEETING_LEAD}\n\n{after}", headline=MEETING_HEADLINE)
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain
    assert "один на один" in result.candidates[0].sources[0].quote, result.explain
