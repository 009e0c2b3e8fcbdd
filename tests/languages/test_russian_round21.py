"""Rules of the twenty-first Russian round (issue 11): general conventions of Russian news
pages found on new dev articles, tested on invented lines with near-misses."""

from .russian_story import candidates as _candidates


def test_a_lead_announcing_an_agreement_reached_tells_the_act(tmp_path):
    # "заявил о достижении соглашения": the report's object is an act, as "о подписании" is;
    # the undated lead is the day's news, titled by its own words
    story = ("Министр обороны Ирана заявил о достижении соглашения с Москвой о поставке "
             "зенитных комплексов С-300.\n\nОб этом сообщает иранское агентство ИРНА.")
    result = _candidates(tmp_path, story, headline="Иран получит С-300",
                         published="2016-02-17")
    titles = {c.date: c.title for c in result.candidates}
    assert "соглашения" in titles.get("2016-02-17", ""), result.explain


def test_a_lead_announcing_a_view_is_no_act(tmp_path):
    # near-miss: "заявил о важности сотрудничества" reports a view, not an act: no event
    story = ("Министр обороны Ирана заявил о важности сотрудничества с Москвой в военной "
             "сфере.\n\nОб этом сообщает иранское агентство ИРНА.")
    result = _candidates(tmp_path, story, headline="Иран ценит сотрудничество с Россией",
                         published="2016-02-17")
    assert [c.date for c in result.candidates] == [], result.explain


SIGNED = ("Министры обороны России и Ирана подписали в среду в Тегеране соглашение о военном "
          "сотрудничестве.")


def test_a_date_in_the_thing_a_first_comes_after_is_no_act(tmp_path):
    # "стал первым министром, посетившим Иран после революции в 1979 году": the first since
    # that thing; the year dates the revolution, not the visit (ranked "первым", which the
    # words of a first one now read too)
    story = (f"{SIGNED} Шойгу стал первым российским министром обороны, посетившим Иран после "
             "исламской революции в 1979 году.")
    result = _candidates(tmp_path, story, headline="Россия и Иран подписали соглашение",
                         published="2016-02-17")
    assert [c.date for c in result.candidates] == ["2016-02-17"], result.explain


def test_a_first_act_dated_after_its_own_verb_keeps_its_date(tmp_path):
    # near-miss: "Впервые после перерыва Россия поставила ... в 2016 году": a past verb between
    # "после" and the year: the year dates the delivery
    story = "Впервые после долгого перерыва Россия поставила Ирану зенитные комплексы С-300 в 2016 году."
    result = _candidates(tmp_path, story, headline="Россия передала Ирану С-300",
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == ["2016"], result.explain
