"""Round ru23: Russian acts that real held-out-style articles tell without a date of their own
(invented stories in the agencies' style, default Russia–Iran topic)."""

from __future__ import annotations

from .russian_story import candidates as _candidates

VISIT = ("Российская делегация во главе с министром обороны была с визитом в Тегеране "
         "14-15 марта.")


def test_a_signing_opening_at_the_visit_just_told_is_of_its_day(tmp_path):
    # "В ходе визита было подписано ..." right after a dated visit: what was signed there
    story = f"{VISIT} В ходе визита было подписано соглашение о военном сотрудничестве России и Ирана."
    result = _candidates(tmp_path, story, headline="Россия и Иран укрепляют сотрудничество",
                         published="2017-03-20")
    signed = [c for c in result.candidates if "подписано" in c.title]
    assert [c.date for c in signed] == ["2017-03-14"], result.explain


def test_a_signing_by_the_results_of_the_work_after_an_undated_paragraph(tmp_path):
    # "По итогам работы ... подписали протокол" two paragraphs after the session's days, with
    # only an undated sentence of the same session between: the session's day
    story = ("В Тегеране 14-15 марта прошло заседание российско-иранской комиссии.\n\n"
             "В рамках заседания стороны обсудили перспективы сотрудничества.\n\n"
             "По итогам работы стороны подписали протокол о военно-техническом сотрудничестве.")
    result = _candidates(tmp_path, story, headline="Россия и Иран провели заседание комиссии",
                         published="2017-03-20")
    signed = [c for c in result.candidates if "подписали" in c.title]
    assert [c.date for c in signed] == ["2017-03-14"], result.explain


def test_a_signing_at_an_occasion_after_another_date_keeps_no_date(tmp_path):
    # near-miss: a year told between the visit and the signing: the occasion meant is not sure
    story = (f"{VISIT}\n\nВ 2015 году Россия передала Ирану комплексы С-300.\n\n"
             "В ходе визита было подписано соглашение о военном сотрудничестве.")
    result = _candidates(tmp_path, story, headline="Россия и Иран укрепляют сотрудничество",
                         published="2017-03-20")
    assert not [c for c in result.candidates if "подписано" in c.title and c.date == "2017-03-14"], \
        result.explain


def test_a_signing_told_as_done_before_keeps_no_date_of_the_occasion(tmp_path):
    # near-miss: "ранее" points to another time
    story = f"{VISIT} В ходе визита ранее было подписано соглашение о военном сотрудничестве."
    result = _candidates(tmp_path, story, headline="Россия и Иран укрепляют сотрудничество",
                         published="2017-03-20")
    assert not [c for c in result.candidates if "подписано" in c.title], result.explain
