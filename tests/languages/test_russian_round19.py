"""Rules of the nineteenth Russian round (issue 11): general conventions of Russian news
pages found on new dev articles, tested on invented lines with near-misses."""

from .russian_story import candidates as _candidates

ORDERED = ("Президент России Владимир Путин распорядился подписать соглашение с Ираном о "
           "создании объединенной системы противовоздушной обороны.")


def test_the_corresponding_order_published_on_a_weekday_is_the_lead_told_again(tmp_path):
    # "Соответствующее распоряжение ... опубликовано в среду": the order the lead told, whatever
    # the noun after "соответствующее": one event, not a second one of the same day
    story = (f"{ORDERED} Соответствующее распоряжение главы государства опубликовано в среду "
             "на портале правовой информации.")
    result = _candidates(tmp_path, story, headline="Путин распорядился подписать соглашение",
                         published="2016-03-02")
    assert [c.date for c in result.candidates] == ["2016-03-02"], result.explain
    assert "распорядился" in result.candidates[0].title


def test_a_corresponding_paper_of_another_day_stays_its_own_event(tmp_path):
    # near-miss: the corresponding paper dated to another day than the lead's is not folded
    story = (f"{ORDERED} Соответствующее соглашение министры обороны двух стран подписали "
             "20 января в Тегеране.")
    result = _candidates(tmp_path, story, headline="Путин распорядился подписать соглашение",
                         published="2016-03-02")
    assert sorted(c.date for c in result.candidates) == ["2016-01-20", "2016-03-02"], \
        result.explain


def test_a_season_named_by_its_distance_dates_its_act_to_that_year(tmp_path):
    # "прошлым летом": last year's summer; "этой весной": this year's spring
    story = ("Прошлым летом Россия передала Ирану партию зенитных комплексов С-300. Этой весной "
             "российские и иранские моряки провели совместные учения в Каспийском море.")
    result = _candidates(tmp_path, story, headline="Россия передала Ирану С-300",
                         published="2017-09-21")
    assert sorted(c.date for c in result.candidates) == ["2016", "2017"], result.explain


def test_a_winter_named_by_its_distance_gives_no_year(tmp_path):
    # near-miss: "прошлой зимой" spans two years: no year of its own, no event
    story = "Прошлой зимой Россия передала Ирану партию зенитных комплексов С-300."
    result = _candidates(tmp_path, story, headline="Россия и Иран укрепляют сотрудничество",
                         published="2017-09-21")
    assert [c.date for c in result.candidates if c.date.startswith("2016")] == [], \
        result.explain


DATELINE = "МОСКВА, 21 сентября. /ТАСС/. "


def test_a_lead_of_no_kind_of_act_does_not_take_the_next_sentences_act_of_another_side(tmp_path):
    # the dateline's lead tells no kind of act and names Russia only; the next sentence tells
    # a delivery to Iran "накануне": its own event, with its own title, not the lead's
    story = (f"{DATELINE}Министр обороны России провел рабочее совещание в Москве.\n\n"
             "Как стало известно накануне, Россия передала Ирану первую партию комплексов С-300.")
    result = _candidates(tmp_path, story, headline="Россия передала Ирану С-300",
                         published="2017-09-21")
    dated = {c.date: c.title for c in result.candidates}
    assert "С-300" in dated.get("2017-09-20", ""), result.explain


TALKS = "министры обороны России и Ирана провели переговоры в Тегеране."
ALSO_SIGNED = "Кроме того, стороны подписали соглашение о военном сотрудничестве."


def test_a_signing_added_by_krome_togo_after_a_dated_day_is_of_that_day(tmp_path):
    # "Кроме того, стороны подписали ..." right after an act of 15 March: a second act of
    # that occasion, dated to its day, as "также" is
    story = f"15 марта {TALKS} {ALSO_SIGNED}"
    result = _candidates(tmp_path, story, headline="Россия и Иран подписали соглашение",
                         published="2017-09-21")
    signed = [c for c in result.candidates if "подписали" in c.title]
    assert [c.date for c in signed] == ["2017-03-15"], result.explain


def test_krome_togo_after_a_month_adds_no_act_of_that_month(tmp_path):
    # near-miss: after a month (or a year) "Кроме того" adds another fact, not one of it
    story = f"В марте {TALKS} {ALSO_SIGNED}"
    result = _candidates(tmp_path, story, headline="Россия и Иран подписали соглашение",
                         published="2017-09-21")
    assert not [c for c in result.candidates if "подписали" in c.title], result.explain


def test_krome_togo_with_an_earlier_delivery_is_background_of_no_day(tmp_path):
    # near-miss (review): "Кроме того" after a day tells a second act of that occasion only
    # when it is one (a signing, a meeting) told as new; a delivery "уже" done or one told with
    # a relative clause of its things is background, dated to nothing
    for added in ("Кроме того, Россия уже передала Ирану береговые ракетные комплексы.",
                  "Кроме того, Россия передала Ирану патрульные катера, которые прошли "
                  "ходовые испытания."):
        result = _candidates(tmp_path, f"15 марта {TALKS} {added}",
                             headline="Россия и Иран провели переговоры", published="2017-09-21")
        assert not [c for c in result.candidates if "передал" in c.title], result.explain


def test_a_season_named_by_its_distance_with_a_written_year_takes_that_year(tmp_path):
    # near-miss (review): a year written right after the season ("прошлой весной 2014 года")
    # is its year, not the one counted from the day of writing
    story = "Прошлой весной 2014 года Россия передала Ирану партию патрульных катеров."
    result = _candidates(tmp_path, story, headline="Россия передала Ирану катера",
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == ["2014"], result.explain


def test_a_lead_of_no_act_naming_one_side_is_no_event_of_its_own(tmp_path):
    # review: the dateline's lead tells no kind of act and names Russia only; the next
    # sentence tells the delivery to Iran: the only event, no Russia–Iran event of the lead
    story = (f"{DATELINE}Главнокомандующий ВМФ России провел селекторное совещание в "
             "Санкт-Петербурге.\n\nКак стало известно накануне, Россия передала Ирану два "
             "патрульных катера.")
    result = _candidates(tmp_path, story, headline="Россия передала Ирану катера",
                         published="2017-09-21")
    assert [c.date for c in result.candidates] == ["2017-09-20"], result.explain
