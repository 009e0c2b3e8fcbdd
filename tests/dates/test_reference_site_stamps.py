"""Publication lines of Russian and Persian pages seen on the reference-date set's dev split
(invented lines in the same forms): a labelled Solar Hijri date written with dashes under the
page's clock, a date line that names the site's address, a stamp the saved page glued to the
story, a date line under the site's reuse notice (another item's), a feed of dated teasers
over the story's own date line, a stamp with a comma before its year, and a print page's
press time; with near misses."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

STORY_RU = ("Глава поселения сказал, что власти продолжают работу по созданию комфортных "
            "общественных пространств в нашем поселке.")
STORY_FA = ("شهردار شهر روز گذشته در مراسمی با حضور مردم و مسئولان محلی پل جدید را افتتاح "
            "کرد و گفت این پل ترافیک را کم می کند.")
NOTICE = "При использовании материалов ссылка на сайт обязательна"

CASES = [
    # the page's clock and its update line over the labelled date, written day-month-year
    ("fa", "۰۲ خرداد ۱۴۰۳\nبه روز شده در: ۰۲ خرداد ۱۴۰۳ - ۱۰:۱۵\nکد خبر ۱۲۳۴۵\n"
           "تاریخ انتشار: ۰۹:۳۰ - ۱۵-۰۴-۱۴۰۰\n\nافتتاح پل جدید در شهر\n" + STORY_FA, "2021-07-06"),
    # near miss: a fourteenth month is no date
    ("fa", "افتتاح پل جدید در شهر\nتاریخ انتشار: ۰۹:۳۰ - ۱۵-۱۴-۱۴۰۰\n\n" + STORY_FA, None),
    # the clock, the date, the place, the site's address and the author
    ("ru", "09:00, 16 ноября 2025, Бишкек - example-news.kg , Иван ПЕТРОВ\n" + STORY_RU,
     "2025-11-16"),
    # near miss: a site named in the story's prose with a date is no date line
    ("ru", "Новый мост в городе\nКак сообщил сайт example-news.kg, 16 ноября 2025 года глава "
           "города открыл новый мост через реку и поблагодарил строителей.", None),
    # the saved page glued the story to its stamp: a weekday, the date, a clock, a time zone
    ("ru", "Вандалы разгромили инсталляцию в парке\nСр, 3 сен 2025 02:10 +0600" + STORY_RU,
     "2025-09-03"),
    # near miss: no clock after the date, so the line is the story's, not a stamp
    ("ru", "Вандалы разгромили инсталляцию в парке\nСр, 3 сен 2025 " + STORY_RU, None),
    # a date line under the site's reuse notice heads the next item
    ("ru", f"{STORY_RU}\n{STORY_RU}\n{NOTICE}\n05.02.2025 - 08:30\nДругая новость о "
           "страховании урожая", None),
    # near miss: the date line over the story, the notice at the foot, stays the story's
    ("ru", f"05.02.2025 - 08:30\n{STORY_RU}\n{STORY_RU}\n{NOTICE}", "2025-02-05"),
    # a feed of other stories, a date line over each teaser, then the story's own date line,
    # its headline, the agency and its prose
    ("ru", "12.12.2025 11:27\nБольшинство жителей хотят, чтобы последний день года был "
           "выходным, показал опрос, проведенный на прошлой неделе в регионах.\n"
           "10.12.2025 21:55\nВ Петербурге завершил работу форум о городах Арктики\n"
           "10.12.2025 12:17\nРабочий день предлагают сократить до шести часов\n"
           "28.12.2023 10:51\n\nПорт города установил рекорд по объемам перевалки\n\n"
           "Агентство Новости\n\n" + STORY_RU, "2023-12-28"),
    # near miss: the story's date line, its prose, then dated items of other stories under it
    ("ru", f"10.03.2024 12:00\n{STORY_RU}\n11.03.2024 09:00\nДругая новость о мосте\n"
           "12.03.2024 10:00\nЕщё одна новость о парке", "2024-03-10"),
]


CASES += [
    # a comma before the year, the clock on the next bullet
    ("ru", "Армия\n    • 11 марта, 2026\n    • 19:12\nУчения обсудили в Нахчыване\n\n" + STORY_RU,
     "2026-03-11"),
    # near miss: a count and a year are no date
    ("ru", "Итоги сезона\n    • 11 матчей, 2026\n\n" + STORY_RU, None),
]
STORY_EN = ("The council approved the new harbour plan on Thursday after a long debate, the mayor "
            "told reporters in the city hall.")
CASES += [
    # a print page's press time, the night before, is not its date
    ("en", "The Daily Example - March 31, 2018\nSection:EX 1N Page:1\nSent at 30/3/2018 18:55\n"
           "Harbour plan approved\n" + STORY_EN, "2018-03-31"),
    ("en", "Harbour plan approved\nSent at 30/3/2018 18:55\n" + STORY_EN, None),
    # the family of print and send stamps, in any form: a label, perhaps "at"/"on" or a
    # colon, then the date
    *(("en", f"The Daily Example - March 31, 2018\nSection:EX 1N Page:1\n{stamp}\n"
             "Harbour plan approved\n" + STORY_EN, "2018-03-31")
      for stamp in ("Sent: 30/3/2018 18:55", "Printed at 30/3/2018 18:55",
                    "Printed on March 30, 2018 6:55 pm", "Date printed: 30.03.2018",
                    "Downloaded on Fri, 30 March 2018", "Faxed 30/3/2018 18:55")),
    # near miss: a publication label on the same line is the date
    ("en", "Harbour plan approved\nPublished at 30/3/2018 18:55\n" + STORY_EN, "2018-03-30"),
    # near miss: a verb opening a headline with its date is no stamp's label
    ("en", "Sent 30 ships to the port\nThe Daily Example - March 31, 2018\n" + STORY_EN,
     "2018-03-31"),
]


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_site_stamps(code, text, expected):
    assert find_reference(text, language=code).iso == expected
