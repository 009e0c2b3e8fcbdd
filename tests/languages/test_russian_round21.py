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
