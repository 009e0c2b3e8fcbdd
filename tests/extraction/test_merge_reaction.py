"""A reaction to fighting (condemning the strikes, calling them a violation) is not the
fighting: one report of each, even of one day, are two events, in any language (issue 9
item 8, issue 11 item 7).  Invented reports in the agencies' styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from one_article import merged_sources

from chronology.config import load_config
from chronology.extraction.theatres import one_reaction

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")
EN = "---\npublished: 2016-08-16\n---\n"
FA = "---\npublished: 2016-08-16\nlanguage: fa\n---\n"
EN_STRUCK = (EN + "TEHRAN (Example Wire) - Russian bombers flying from Iran's Hamadan air base "
             "struck militant positions near Palmyra on Tuesday, the defence ministry said.\n")
EN_CONDEMNED = (EN + "MOSCOW (Example News) - Activists on Tuesday condemned the air strikes that "
                "Russian bombers flying from Iran's Hamadan air base carried out on positions "
                "near Palmyra.\n")
FA_BOMBED = (FA + "تهران- ایرنا- جنگنده های روسیه روز سه شنبه با پرواز از پایگاه همدان ایران "
             "مواضع تروریست ها در نزدیکی پالمیرا را بمباران کردند.\n")
FA_CONDEMNED = (FA + "به گزارش خبرگزاری مهر، دولت سوریه روز سه شنبه حملات هوایی جنگنده های "
                "روسیه از پایگاه همدان ایران در نزدیکی پالمیرا را محکوم کرد.\n")


@pytest.mark.parametrize(("act", "reaction"), [(EN_STRUCK, EN_CONDEMNED),
                                               (FA_BOMBED, FA_CONDEMNED)])
def test_the_strikes_and_their_condemnation_are_two_events(tmp_path, act, reaction):
    assert merged_sources(tmp_path, {"a1.md": act, "a2.md": reaction}) == [["a1"], ["a2"]]


@pytest.mark.parametrize(("a", "b", "code", "apart"), [
    ("Jets struck the camp.", "Kabul condemned the strikes.", "en", True),
    ("Jets struck the camp.", "Jets bombed the camp at dawn.", "en", False),  # both the act
    ("Kabul condemned the strikes.", "Delhi denounced the strikes.", "en", False),  # reactions
    ("Самолеты нанесли удары по лагерю.", "Кабул осудил эти удары.", "ru", True),
    ("حملات هوایی خانه ای را ویران کرد.", "طالبان این حملات را نقض حریم هوایی خواند.", "fa", True),
])
def test_a_reaction_is_read_in_each_language(a, b, code, apart):
    assert one_reaction(a, code, b, code) is apart
