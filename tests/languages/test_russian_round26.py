"""Round ru26: a decision and the paper it approves told in the wire's words (invented stories
in the agencies' style, default Russia–Iran topic): "Как пишет ТАСС, …" is who told it, the
"corresponding" decree published that day is the lead's act again, and a participle of a
kind of act dates that act inside a quoted document."""

from __future__ import annotations

from .russian_story import candidates as _candidates

HEADLINE = "Правительство одобрило соглашение о пункте обеспечения флота в Иране"
LEAD = ("Правительство России одобрило соглашение с Ираном о создании пункта обеспечения флота "
        "и поручило представить его президенту.")
PUBLISHED = "Как пишет ТАСС, соответствующее постановление опубликовано в пятницу на портале."
QUOTED = ('"Одобрить и представить президенту соглашение между Российской Федерацией и '
          "Исламской Республикой Иран о создании пункта обеспечения флота, подписанное в г. "
          '{place} {date}", - говорится в документе.')


def _story(tmp_path, *paragraphs):
    return _candidates(tmp_path, "\n\n".join(paragraphs), headline=HEADLINE,
                       published="2017-09-22")


def test_how_the_agency_wrote_it_is_who_told_it(tmp_path):
    # "Как пишет ТАСС, …" opens with who told it, as "Как сообщает ТАСС, …" does: the
    # decree's publication that day is the lead's approval told again, one event
    result = _story(tmp_path, LEAD, PUBLISHED)
    assert [c.date for c in result.candidates] == ["2017-09-22"], result.explain
    assert "одобрило" in result.candidates[0].title, result.explain


def test_how_the_agency_passed_it_on_is_who_told_it(tmp_path):
    published = PUBLISHED.replace("Как пишет ТАСС", "Как передает РИА Новости")
    result = _story(tmp_path, LEAD, published)
    assert [c.date for c in result.candidates] == ["2017-09-22"], result.explain


def test_a_decree_of_another_day_is_not_the_lead_told_again(tmp_path):
    # near miss: the "corresponding" decree of another day is another act
    published = PUBLISHED.replace("в пятницу", "12 мая")
    result = _story(tmp_path, LEAD, published)
    assert sorted(c.date for c in result.candidates) == ["2017-05-12", "2017-09-22"], \
        result.explain


def test_a_participle_of_signing_dates_the_signing_in_a_quoted_document(tmp_path):
    # "подписанное в г. Тегеране 12 марта 2016 г." inside the decree's quoted words: the
    # signing, told as done, is an event of its day
    quoted = QUOTED.format(place="Тегеране", date="12 марта 2016 г.")
    result = _story(tmp_path, LEAD, quoted)
    signed = [c for c in result.candidates if c.date == "2016-03-12"]
    assert signed and "Тегеране" in signed[0].sources[0].quote, result.explain


def test_a_participle_that_runs_on_over_and_still_dates_its_act(tmp_path):
    # the participle's phrase goes on past "и" ("подписанное в г. Москве и в г. Тегеране 12
    # марта 2016 г."): the day after "и" is still the signing's
    quoted = QUOTED.format(place="Москве и в г. Тегеране", date="12 марта 2016 г.")
    result = _story(tmp_path, LEAD, quoted)
    assert "2016-03-12" in [c.date for c in result.candidates], result.explain


def test_a_participle_of_no_kind_of_act_dates_nothing(tmp_path):
    # near miss: "созданного в 2005 году" is a side fact of the centre, no act of the topic
    quoted = ('"Одобрить соглашение между Россией и Ираном о работе центра, созданного в г. '
              'Тегеране 12 марта 2005 г.", - говорится в документе.')
    result = _story(tmp_path, LEAD, quoted)
    assert "2005-03-12" not in [c.date for c in result.candidates], result.explain


TREATY_LEAD = "Президент России внес в Госдуму на ратификацию договор с Ираном о гарантиях безопасности."
TREATY_QUOTED = ("«Назначить заместителя министра официальным представителем при рассмотрении "
                 "вопроса о ратификации Договора между Российской Федерацией и Исламской "
                 "Республикой Иран о гарантиях безопасности, подписанного в Тегеране 6 июня "
                 "2017 года», — говорится в документе.")


def test_the_thing_told_again_by_its_month_is_the_same_act(tmp_path):
    # "Договор ... был подписан ... в июне 2017 года" after the treaty "подписанного ... 6
    # июня 2017 года": the signing told again, less exactly: one event, of its day
    again = ("Договор о гарантиях безопасности между Россией и Ираном был подписан "
             "президентами в июне 2017 года в Тегеране.")
    result = _story(tmp_path, TREATY_LEAD, TREATY_QUOTED, again)
    dates = [c.date for c in result.candidates]
    assert "2017-06-06" in dates and "2017-06" not in dates, result.explain


def test_another_act_of_the_month_is_kept(tmp_path):
    # near miss: a treaty of the same month that says it is another one ("также")
    again = ("Договор о военном сотрудничестве между Россией и Ираном также был подписан в "
             "июне 2017 года в Москве.")
    result = _story(tmp_path, TREATY_LEAD, TREATY_QUOTED, again)
    assert "2017-06" in [c.date for c in result.candidates], result.explain
