"""Review L of the third merge round (issues 9 and 11): defects of the rules that join two
reports of one language by their rare words and keep a reaction apart from the fighting.
Invented articles in the agencies' styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, rarity
from chronology.extraction.crosslang import distinctive_words_shared
from chronology.extraction.theatres import one_reaction

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")
EN = "---\npublished: 2016-08-16\n---\n"
RU = "---\npublished: 2016-08-16\nlanguage: ru\n---\n"
FA = "---\npublished: 2016-08-16\nlanguage: fa\n---\n"


# Monday night's raid and Tuesday's statement that a jet of the same air force was tracked:
# they share "جنگنده" (with a suffix after a zero-width non-joiner) and the sides' names only
FA_RAID = (FA + "تهران- ایرنا- جنگنده‌های روسیه شامگاه دوشنبه از همدان ایران ادلب را "
           "بمباران کردند.\n")
FA_TRACKED = (FA + "به گزارش خبرگزاری مهر، سپاه روز سه‌شنبه اعلام کرد که پدافند هوایی ایران "
              "یکی از جنگنده‌های روسیه را بر فراز همدان شناسایی کرد.\n")


def test_a_suffix_after_a_non_joiner_and_the_sides_names_join_no_persian_reports(tmp_path):
    """«جنگنده‌های» is «جنگنده» and a suffix, an everyday word, not an unknown one of top
    weight; «روسیه», «ایران», «همدان» name the sides (the site's actors) and weigh nothing."""
    assert merged_sources(tmp_path, {"a1.md": FA_RAID, "a2.md": FA_TRACKED}) == [["a1"], ["a2"]]


EN_STRUCK = (EN + "TEHRAN (Example Wire) - Russian bombers flying from Iran's Hamadan air base "
             "struck militant positions near Palmyra on Tuesday, the defence ministry said.\n")
EN_VIOLATION = (EN + "DAMASCUS (Example News) - Russian bombers flying from Iran's Hamadan air base struck "
             "militant positions near Palmyra on Tuesday in violation of Turkish airspace, officials said.\n")
EN_ASIDE = (EN + "DAMASCUS (Example News) - Russian bombers flying from Iran's Hamadan air base struck "
             "militant positions near Palmyra on Tuesday in an attack Ankara condemned, officials said.\n")
RU_STRUCK = (RU + "МОСКВА, 16 августа. /ТАСС/. Российские бомбардировщики с авиабазы Хамадан в Иране "
             "во вторник нанесли удары по позициям боевиков под Пальмирой.\n")
RU_VIOLATION = (RU + "ДАМАСК, 16 августа - РИА Новости. Российские бомбардировщики с иранской авиабазы Хамадан "
             "во вторник с нарушением воздушного пространства Турции нанесли удары по позициям боевиков под Пальмирой.\n")
FA_BOMBED = (FA + "تهران- ایرنا- جنگنده های روسیه روز سه شنبه با پرواز از پایگاه همدان ایران "
             "مواضع تروریست ها در نزدیکی پالمیرا را بمباران کردند.\n")
FA_VIOLATION = (FA + "به گزارش خبرگزاری مهر، جنگنده های روسیه روز سه شنبه با پرواز از پایگاه همدان ایران "
             "با نقض حریم هوایی ترکیه مواضع تروریست ها در نزدیکی پالمیرا را بمباران کردند.\n")


@pytest.mark.parametrize(("act", "told_again"), [
    (EN_STRUCK, EN_VIOLATION), (EN_STRUCK, EN_ASIDE), (RU_STRUCK, RU_VIOLATION),
    (FA_BOMBED, FA_VIOLATION)])
def test_a_reaction_told_as_a_modifier_of_the_strike_leaves_it_the_strikes_report(
        tmp_path, act, told_again):
    """"in violation of" its airspace, «с нарушением», «با نقض», "in an attack Ankara
    condemned": the report tells the strike, the reaction is no act of its own."""
    assert merged_sources(tmp_path, {"a1.md": act, "a2.md": told_again}) == [["a1", "a2"]]


EN_CONDEMNED = (EN + "MOSCOW (Example Wire) - Russia's foreign ministry on Tuesday condemned Israel's "
                "strikes on Iranian nuclear sites near Isfahan.\n")
RU_CONDEMNED = (RU + "МОСКВА, 16 августа. /ТАСС/. Россия во вторник решительно осудила удары "
                "Израиля по иранским ядерным объектам, заявили в МИД РФ.\n")
RU_CALLED = (RU + "МОСКВА, 16 августа - РИА Новости. МИД России во вторник назвал "
             "безответственными удары Израиля по иранским ядерным объектам.\n")
EN_PROTESTED = (EN + "MOSCOW (Example News) - Russia's foreign ministry on Tuesday protested Israel's "
             "strikes on Iranian nuclear sites near Isfahan.\n")


@pytest.mark.parametrize(("first", "second"), [(EN_CONDEMNED, EN_PROTESTED),
                                               (RU_CONDEMNED, RU_CALLED)])
def test_one_reaction_told_with_another_verb_of_judgement_is_one_event(tmp_path, first, second):
    """"protested the strikes", «назвал безответственными удары»: a statement judging the
    strikes is a reaction as "condemned" is, not a report of the strikes."""
    assert merged_sources(tmp_path, {"a1.md": first, "a2.md": second}) == [["a1", "a2"]]


@pytest.mark.parametrize(("a", "b", "code"), [
    ("Jets struck the camp.", "Kabul called the strikes irresponsible.", "en"),
    ("Jets struck the camp.", "Kabul protested the strikes.", "en"),
    ("Самолеты нанесли удары по лагерю.", "МИД назвал безответственными эти удары.", "ru"),
    ("جنگنده‌ها اردوگاه را بمباران کردند.", "کابل این حملات را غیرمسئولانه خواند.", "fa"),
])
def test_a_judgement_of_the_strikes_is_a_reaction(a, b, code):
    assert one_reaction(a, code, b, code)


RU11 = "---\npublished: 2016-08-17\nlanguage: ru\n---\n"
RU12 = "---\npublished: 2016-08-18\nlanguage: ru\n---\n"
RU_ARRIVED = (RU11 + "КОМСОМОЛЬСК-НА-АМУРЕ, 17 августа. /ТАСС/. Президент Ирана Эбрахим Раиси в "
              "среду прибыл в Комсомольск-на-Амуре.\n")
RU_TOURED = (RU12 + "КОМСОМОЛЬСК-НА-АМУРЕ, 18 августа - РИА Новости. Глава Ирана Эбрахим Раиси в "
             "четверг осмотрел в Комсомольске-на-Амуре авиационный завод, где ему показали "
             "сборку самолетов и рассказали о сотрудничестве с Россией.\n")


def test_a_person_and_a_place_alone_make_no_two_acts_one(tmp_path):
    """An arrival in a city and the next day's tour of a plant there share the person's
    and the place's names only (rare, short ones among them): no rare word of an act."""
    paths = []
    for name, text in (("a1.md", RU_ARRIVED), ("a2.md", RU_TOURED)):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    first, second = (analyse_article(read_article(p), CONFIG).found[0] for p in paths)
    assert first.event.date != second.event.date
    assert not distinctive_words_shared(first, second)


@pytest.mark.parametrize(("form", "known", "code"), [
    ("фрегата", "фрегат", "ru"), ("фрегатами", "фрегат", "ru"),
])
def test_an_inflected_everyday_word_is_no_rare_word(form, known, code):
    """A case or plural form the frequency list lacks weighs as its known form, not as an
    unknown word of top weight."""
    assert rarity.weight(form, code) == rarity.weight(known, code) < rarity.RARE + 1
