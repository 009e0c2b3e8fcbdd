"""Review of round ru26 (invented stories in the agencies' style): a thing told by its month
after an act of its month's day is that act again only when it names the same thing done the
same way (not another paper, another verb, another drill or an act going on), wherever its
words stand; a date after "до" following a participle is a term, not the act's day."""

from __future__ import annotations

from .persian_story import analyse, story
from .russian_story import candidates as _candidates


def _dates(tmp_path, *paragraphs, published="2017-03-20"):
    result = _candidates(tmp_path, "\n\n".join(paragraphs), headline="Россия и Иран подписали "
                         "соглашения", published=published)
    return sorted(c.date for c in result.candidates), result.explain


def test_another_paper_of_the_month_is_kept(tmp_path):
    # a memorandum is no agreement on arms: another paper signed that month
    dates, explain = _dates(
        tmp_path, "Россия и Иран 12 марта подписали соглашение о военно-техническом "
        "сотрудничестве, сообщили в Минобороны.",
        "Меморандум о подготовке иранских военных кадров в российских вузах Россия и Иран "
        "подписали в марте в Москве.")
    assert dates == ["2017-03", "2017-03-12"], explain


def test_another_act_on_a_paper_of_the_month_is_kept(tmp_path):
    # approved on a Friday; an agreement on another matter signed that month
    dates, explain = _dates(
        tmp_path, "Правительство России в пятницу одобрило соглашение с Ираном о "
        "военно-техническом сотрудничестве.",
        "Как пишет ТАСС, соглашение о подготовке военных кадров Россия и Иран подписали в "
        "сентябре.", published="2017-09-22")
    assert "2017-09" in dates, explain


def test_signing_of_the_approved_paper_is_another_act(tmp_path):
    # the same agreement, but signed in the month, approved that day: two acts
    dates, explain = _dates(
        tmp_path, "Правительство России в пятницу одобрило соглашение с Ираном о "
        "военно-техническом сотрудничестве.",
        "Соглашение было подписано в сентябре в Тегеране министрами обороны России и Ирана.",
        published="2017-09-22")
    assert "2017-09" in dates, explain


def test_an_act_going_on_is_no_retelling_in_either_order(tmp_path):
    lead = "Россия 12 марта передала Ирану первую партию зенитных ракетных комплексов С-300."
    for later in ("Поставки комплексов С-300 из России в Иран продолжились в марте.",
                  "В марте поставки комплексов С-300 из России в Иран продолжились."):
        dates, explain = _dates(tmp_path, lead, later)
        assert "2017-03" in dates, (later, explain)


def test_the_same_paper_told_by_its_month_in_either_order_is_one_act(tmp_path):
    # near miss: the same agreement, signed, told again by its month: one event
    lead = ("Россия и Иран 12 марта подписали соглашение о военно-техническом сотрудничестве, "
            "сообщили в Минобороны.")
    for later in ("Соглашение о военно-техническом сотрудничестве Россия и Иран подписали в "
                  "марте в Москве.",
                  "В марте Россия и Иран подписали соглашение о военно-техническом "
                  "сотрудничестве."):
        dates, explain = _dates(tmp_path, lead, later)
        assert dates == ["2017-03-12"], (later, explain)


def test_another_drill_of_the_month_is_kept_in_persian(tmp_path):
    text = story("رزمایش مشترک دریایی ایران و روسیه روز ۱۲ سپتامبر در دریای خزر برگزار شد.",
                 "رزمایش هوایی ایران و روسیه در ماه سپتامبر در آسمان سوریه برگزار شد.",
                 published="2024-09-20")
    result = analyse(tmp_path, "fa", text)
    assert "2024-09" in [c.date for c in result.candidates], result.explain


DECREE_LEAD = ("Правительство России одобрило соглашение с Ираном о создании пункта обеспечения "
               "флота и поручило представить его президенту.")


def test_a_term_after_a_participle_is_no_act(tmp_path):
    for quoted in ('"Продлить действие соглашения между Российской Федерацией и Исламской '
                   'Республикой Иран о военном сотрудничестве, подписанного на срок до 31 '
                   'декабря 2017 г.", - говорится в документе.',
                   '"Продлить соглашение между Российской Федерацией и Исламской Республикой '
                   'Иран о самолетах, переданных Ирану в аренду сроком до 31 декабря 2020 г.", '
                   '- говорится в документе.'):
        dates, explain = _dates(tmp_path, DECREE_LEAD, quoted, published="2017-09-22")
        assert dates == ["2017-09-22"], (quoted, explain)


def test_a_term_through_a_day_after_a_participle_is_no_act(tmp_path):
    # "по 31 декабря" (through): a term, as "до"
    quoted = ('"Продлить действие соглашения между Российской Федерацией и Исламской Республикой '
              'Иран о военном сотрудничестве, подписанного на срок по 31 декабря 2017 г.", - '
              'говорится в документе.')
    dates, explain = _dates(tmp_path, DECREE_LEAD, quoted, published="2017-09-22")
    assert dates == ["2017-09-22"], explain


def test_the_participles_own_day_still_dates_the_act_before_a_term(tmp_path):
    # near miss: signed on a day, valid until another: the signing keeps its day only
    quoted = ('"Одобрить соглашение между Российской Федерацией и Исламской Республикой Иран о '
              'сотрудничестве, подписанное в г. Москве 12 марта 2016 г. и действующее до 31 '
              'декабря 2025 г.", - говорится в документе.')
    dates, explain = _dates(tmp_path, DECREE_LEAD, quoted, published="2017-09-22")
    assert dates == ["2016-03-12", "2017-09-22"], explain


def _titles(tmp_path, quoted):
    result = _candidates(tmp_path, "\n\n".join([DECREE_LEAD, quoted]), headline="Правительство "
                         "одобрило соглашение с Ираном", published="2017-09-22")
    return {c.date: c.title for c in result.candidates}, result.explain


def test_the_title_of_a_participles_act_states_that_act(tmp_path):
    # the decree's infinitives ("Одобрить и представить …") are the approval's; the act of
    # the day in the participle is the signing of the agreement
    titles, explain = _titles(tmp_path, (
        '"Одобрить и представить президенту соглашение между Российской Федерацией и '
        'Исламской Республикой Иран о создании пункта обеспечения флота, подписанное в г. '
        'Тегеране 12 марта 2016 г.", - говорится в документе.'))
    assert titles.get("2016-03-12", "").startswith("Соглашение между Российской Федерацией"), \
        explain
    assert "подписано в г. Тегеране" in titles["2016-03-12"], explain


def test_the_participles_noun_agrees_with_it(tmp_path):
    # near the comma stands "поставку" (feminine); the participle "подписанный" is the
    # contract's
    titles, explain = _titles(tmp_path, (
        '"Одобрить изменения в контракт между Российской Федерацией и Исламской Республикой '
        'Иран на поставку комплексов С-300, подписанный в г. Москве 12 марта 2016 г.", - '
        'говорится в документе.'))
    assert titles.get("2016-03-12", "").startswith("Контракт между"), explain
    assert "подписан в г. Москве" in titles["2016-03-12"], explain
