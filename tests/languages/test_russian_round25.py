"""Round ru25: a Russian act whose subject was told earlier (invented stories in the agencies'
style, default Russia–Iran topic)."""

from __future__ import annotations

from .russian_story import candidates as _candidates

HEADLINE = "Россия и Иран начали совместные учения"
LEAD = "Военные моряки России и Ирана 20 сентября начали совместные учения в Каспийском море."
BETWEEN = "В задачи экипажей входит отработка артиллерийских стрельб."
MOORED = "17 сентября фрегат пришвартовался в порту назначения."


def _moored(result):
    return [c for c in result.candidates if "пришвартовался" in c.title]


def test_a_thing_told_earlier_as_one_sides_is_the_subjects_side(tmp_path):
    # "фрегат" as the subject of a past act, two paragraphs after the sentence that told it
    # as Russia's (a sentence of a plan, which gave no event): Russia's frigate
    story = (f"{LEAD}\n\nОт России в учениях участвует фрегат «Адмирал Макаров», его "
             f"сопровождает танкер.\n\n{BETWEEN}\n\n{MOORED}")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert [c.date for c in _moored(result)] == ["2017-09-17"], result.explain


def test_a_thing_told_earlier_with_another_country_names_no_side(tmp_path):
    # near miss: the frigate told before is another country's: no side of the topic is meant
    story = (f"{LEAD}\n\nВ учениях в качестве наблюдателя участвует фрегат ВМС Индии.\n\n"
             f"{BETWEEN}\n\n{MOORED}")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not _moored(result), result.explain


def test_a_thing_named_but_not_the_subject_takes_no_side(tmp_path):
    # near miss: the frigate is told in passing, the act's subject is another ("экипаж")
    story = (f"{LEAD}\n\nОт России в учениях участвует фрегат «Адмирал Макаров».\n\n"
             f"{BETWEEN}\n\n17 сентября экипаж посетил фрегат в порту назначения.")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not [c for c in result.candidates if "экипаж" in c.title], result.explain



def test_another_thing_of_the_kind_takes_no_side(tmp_path):
    # near miss: "другой фрегат" is not the one told as Russia's
    story = (f"{LEAD}\n\nОт России в учениях участвует фрегат «Адмирал Макаров».\n\n"
             f"{BETWEEN}\n\n17 сентября другой фрегат пришвартовался в порту назначения.")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not _moored(result), result.explain


def test_a_thing_in_a_new_scene_takes_no_side(tmp_path):
    # near miss: "Тем временем" turns to another scene; its frigate is not the one told before
    story = (f"{LEAD}\n\nОт России в учениях участвует фрегат «Адмирал Макаров».\n\n"
             f"{BETWEEN}\n\nТем временем в Балтийске 17 сентября фрегат пришвартовался "
             "после дальнего похода.")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not _moored(result), result.explain


def test_a_thing_told_as_each_sides_takes_no_side(tmp_path):
    # near miss: a Russian and an Iranian frigate told earlier: which one moored is not said
    story = (f"{LEAD}\n\nОт России в учениях участвует фрегат «Адмирал Макаров».\n\n"
             f"От Ирана в учениях участвует фрегат «Сабалан».\n\n{BETWEEN}\n\n{MOORED}")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not _moored(result), result.explain


def test_a_thing_at_a_place_not_told_before_takes_no_side(tmp_path):
    # near miss: the act is put in a place the telling sentence did not name: another scene
    story = (f"{LEAD}\n\nОт России в учениях участвует фрегат «Адмирал Макаров».\n\n"
             f"{BETWEEN}\n\n17 сентября фрегат пришвартовался в Балтийске после дальнего похода.")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert not _moored(result), result.explain


def test_a_thing_at_the_place_told_before_keeps_its_side(tmp_path):
    # the act at the place the telling named is the same scene: Russia's frigate
    story = (f"{LEAD}\n\nОт России в учениях в Баку участвует фрегат «Адмирал Макаров».\n\n"
             f"{BETWEEN}\n\n17 сентября фрегат пришвартовался в Баку.")
    result = _candidates(tmp_path, story, headline=HEADLINE)
    assert [c.date for c in _moored(result)] == ["2017-09-17"], result.explain
