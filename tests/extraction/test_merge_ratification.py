"""A treaty's signing and its ratification, told on two days, are two events in any
language: the ratification (a parliament's vote, a law on it) is a later step of the
agreement (``PHASES["ratification"]``; issue 9 item 8, issue 11 item 7).  Invented reports
in the agencies' styles."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.theatres import phases

SIGNED = {
    "en": story("2019-03-05", "TEHRAN (Example Wire) - Iran and Russia signed a defence "
                "cooperation agreement on Monday.", "en"),
    "ru": story("2019-03-05", "ТЕГЕРАН, 4 марта. /ТАСС/. Иран и Россия в понедельник подписали "
                "соглашение о сотрудничестве в области обороны.", "ru"),
    "fa": story("2019-03-05", "به گزارش ایرنا، ایران و روسیه روز دوشنبه توافقنامه همکاری "
                "دفاعی امضا کردند.", "fa"),
}
RATIFIED = {
    "en": story("2019-03-07", "TEHRAN (Example News) - Iran's parliament ratified the defence "
                "cooperation agreement with Russia on Wednesday.", "en"),
    "ru": story("2019-03-07", "ТЕГЕРАН, 6 марта – РИА Новости. Парламент Ирана в среду "
                "ратифицировал соглашение о сотрудничестве в области обороны с Россией.", "ru"),
    "fa": story("2019-03-07", "به گزارش خبرگزاری مهر، مجلس ایران روز چهارشنبه توافقنامه "
                "همکاری دفاعی با روسیه را تصویب کرد.", "fa"),
}


@pytest.mark.parametrize("code", ["en", "ru", "fa"])
def test_a_signing_and_its_ratification_two_days_later_are_two_events(tmp_path, code):
    placed = merged_sources(tmp_path, {"a1.md": SIGNED[code], "a2.md": RATIFIED[code]})
    assert placed == [["a1"], ["a2"]]


@pytest.mark.parametrize(("text", "code", "ratified"), [
    ("The parliament ratified the treaty.", "en", True),
    ("Putin signed the law on ratification of the treaty.", "en", True),
    ("The treaty, signed on Monday, still awaits ratification.", "en", False),
    ("Госдума ратифицировала договор.", "ru", True),
    ("Договор предстоит ратифицировать парламентам.", "ru", False),
    ("مجلس این توافقنامه را تصویب کرد.", "fa", True),
    ("دو کشور این توافقنامه را امضا کردند.", "fa", False),
    # a ratification told as done, in the past or the perfect, active or passive
    ("The pact was ratified by the lower house on Monday.", "en", True),
    ("Lawmakers voted to ratify the pact.", "en", True),
    ("Договор был ратифицирован в прошлом году.", "ru", True),
    ("این توافقنامه در مجلس به تصویب رسید.", "fa", True),
    # near misses: one awaited, planned, denied: no phase
    ("The pact, which must still be ratified by both parliaments, was signed.", "en", False),
    ("The pact has yet to be ratified.", "en", False),
    ("The pact will be ratified next month.", "en", False),
    ("The pact has not been ratified.", "en", False),
    ("The lower house hasn't ratified the pact.", "en", False),
    ("Соглашение должно быть ратифицировано парламентами двух стран.", "ru", False),
    ("Соглашение будет ратифицировано осенью.", "ru", False),
    ("Госдума ратифицирует соглашение осенью.", "ru", False),
    ("Соглашение еще не ратифицировано.", "ru", False),
    ("این توافقنامه باید در مجلس دو کشور تصویب شود.", "fa", False),
    ("این توافقنامه هنوز تصویب نشده است.", "fa", False),
    ("پس از تصویب شدن این توافقنامه همکاری آغاز می‌شود.", "fa", False),
    # an adverb between the auxiliary and the participle, or a participle in an aside,
    # tells no act done; the house named inside «به تصویب ... رسید» still does
    ("The accord must still be formally ratified by the senate.", "en", False),
    ("The accord hasn't been ratified yet, an aide said.", "en", False),
    ("The accord, ratified by the senate in May, took effect on Friday.", "en", False),
    ("The senate formally ratified the accord.", "en", True),
    ("Договор должен быть ещё ратифицирован верхней палатой.", "ru", False),
    ("Сенат окончательно ратифицировал договор.", "ru", True),
    ("این پیمان روز سه‌شنبه به تصویب مجلس رسید.", "fa", True),
])
def test_a_ratification_is_read_in_each_language(text, code, ratified):
    assert ("ratification" in phases(text, code)) is ratified
