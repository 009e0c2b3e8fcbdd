"""An event's thing named in the sentence next to it (``extraction/antecedents``): invented
stories in the agencies' style, in English, Russian and Persian (default Russia–Iran topic).
"The contract was signed …" takes "the S-300 contract" of the sentence before; an older thing
of the same head ("a 2015 contract") or one inside a quotation is not taken."""

from __future__ import annotations

from chronology.extraction.antecedents import generic_head, specific_phrase
from chronology.languages import en, fa, ru

from .persian_story import analyse, story
from .russian_story import candidates as russian

APPROVED = "Iran's parliament on Wednesday approved {thing} with Russia."
SIGNED = "The contract was signed in Moscow on Monday, officials said."


def _english(tmp_path, thing):
    body = f"Parliament backs deal\n\n{APPROVED.format(thing=thing)} {SIGNED}"
    text = story(body, published="2016-05-04").replace("language: fa\n", "language: en\n")
    return {e.date: e for e in analyse(tmp_path, "e1", text).candidates}


def test_the_contract_takes_the_named_contract_of_the_sentence_before(tmp_path):
    signed = _english(tmp_path, "the S-300 contract")["2016-05-02"]
    assert signed.title.startswith("S-300 contract signed"), signed.title
    assert "approved the S-300 contract" in signed.sources[0].quote  # the reader sees it


def test_the_contract_takes_its_complement(tmp_path):
    signed = _english(tmp_path, "a contract for S-300 air defence systems")["2016-05-02"]
    assert signed.title.startswith("Contract for S-300 air defence systems"), signed.title


def test_an_older_contract_is_not_this_one(tmp_path):
    # near miss: "a 2015 contract" is background, another thing of the same head
    signed = _english(tmp_path, "a 2015 contract for S-300 air defence systems")["2016-05-02"]
    assert "S-300" not in signed.title and "approved" not in signed.sources[0].quote


def test_a_thing_no_more_specific_than_its_head_is_not_taken(tmp_path):
    signed = _english(tmp_path, "a new contract")["2016-05-02"]
    assert "new" not in signed.title, signed.title


def test_a_thing_inside_a_quotation_is_not_taken():
    # a quote is a boundary: what a speaker calls "the S-300 contract" is not told as the thing
    sentence = 'He said: "We approved the S-300 contract with Russia." '
    assert specific_phrase(sentence, "contract", en) is None
    assert specific_phrase("They approved the S-300 contract with Russia.", "contract", en) == \
        "S-300 contract"


def test_a_date_after_the_preposition_is_no_complement():
    assert specific_phrase("Russia and Iran signed an agreement on Tuesday.", "agreement",
                           en) is None


def test_a_title_that_names_its_thing_is_left_alone():
    assert generic_head("The contract for S-300 systems was signed in Moscow", en) is None
    assert generic_head("The contract was signed in Moscow", en)[0] == "contract"
    assert specific_phrase("They approved the S-300 contract.", "contract", en) == "S-300 contract"


RU_LEAD = ("Министр обороны России Сергей Шойгу 20 сентября провел переговоры с иранским "
           "коллегой в Тегеране. Стороны обсудили {thing}.")
RU_SIGNED = "Соглашение было подписано в Москве 18 сентября."


def _russian(tmp_path, thing):
    result = russian(tmp_path, RU_LEAD.format(thing=thing) + "\n\n" + RU_SIGNED)
    return {c.date: c for c in result.candidates}["2017-09-18"]


def test_russian_agreement_takes_the_agreement_of_the_paragraph_before(tmp_path):
    signed = _russian(tmp_path, "соглашение о военно-техническом сотрудничестве")
    assert signed.title.startswith("Соглашение о военно-техническом сотрудничестве было"), \
        signed.title
    assert "Стороны обсудили" in signed.sources[0].quote


def test_russian_older_agreement_is_not_this_one(tmp_path):
    # near miss: «соглашение … 2001 года» is another, older agreement
    signed = _russian(tmp_path, "соглашение о военно-техническом сотрудничестве 2001 года")
    assert signed.title.startswith("Соглашение было подписано"), signed.title


def test_russian_complement_cut_in_the_middle_is_not_taken():
    sentence = ("Стороны обсудили соглашение о долгосрочном военно-техническом сотрудничестве "
                "двух дружественных государств региона.")
    assert specific_phrase(sentence, "соглашение", ru) is None


FA_APPROVED = "مجلس ایران روز چهارشنبه {thing} از روسیه را تصویب کرد."
FA_SIGNED = "این قرارداد در مسکو روز دوشنبه امضا شد."


def _persian(tmp_path, thing):
    text = story(FA_APPROVED.format(thing=thing) + " " + FA_SIGNED, published="2016-05-04")
    return {c.date: c for c in analyse(tmp_path, "f1", text).candidates}["2016-05-02"]


def test_persian_this_contract_takes_the_contract_of_the_sentence_before(tmp_path):
    signed = _persian(tmp_path, "قرارداد خرید سامانه اس-۳۰۰")
    assert signed.title.startswith("قرارداد خرید سامانه اس-۳۰۰ در مسکو"), signed.title
    assert "تصویب کرد" in signed.sources[0].quote


def test_persian_earlier_contract_is_not_this_one():
    # near miss: «قرارداد قبلی …» is the earlier contract
    assert specific_phrase("مجلس قرارداد قبلی خرید سامانه را تصویب کرد.", "قرارداد", fa) is None
    assert specific_phrase("مجلس قرارداد خرید سامانه را تصویب کرد.", "قرارداد", fa) == \
        "قرارداد خرید سامانه"
