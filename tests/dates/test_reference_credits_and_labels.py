"""The page's own date line under a photo credit with "©", and its labelled publication and
update lines (review B): a credit is not the site's reuse notice, and labelled lines or the
page's clock are no feed of teasers. Invented lines, with the near misses that must keep
working."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

STORY_RU = ("Корабли флотилии и военно-морских сил в среду провели совместные учения в море, "
            "сообщила пресс-служба военного округа.\nСтороны договорились продолжить "
            "консультации по вопросам безопасности в ближайшие месяцы.")
LEAD_RU = ("Министры обороны двух стран встретились в столице и обсудили военно-техническое "
           "сотрудничество и совместные учения, говорится в сообщении ведомства.")
STORY_FA = ("شهردار شهر روز گذشته در مراسمی با حضور مردم و مسئولان محلی پل جدید را افتتاح "
            "کرد و گفت این پل ترافیک را کم می کند.")
LEAD_FA = ("وزیران دفاع دو کشور در پایتخت درباره همکاری های نظامی و رزمایش مشترک دریایی با "
           "یکدیگر گفت و گو کردند.")
HEAD_RU = "Стороны обсудили учения на море"
HEAD_FA = "گفت و گوی وزیران دفاع"

CREDITS = [
    # a photo credit with "©" under the standfirst: the date line under it is the story's
    ("ru", f"{HEAD_RU}\n{LEAD_RU}\n© Фото: пресс-служба ведомства\n14.03.2024 10:15\n{STORY_RU}",
     "2024-03-14"),
    ("ru", f"{HEAD_RU}\n{LEAD_RU}\nФото: © Агентство / Иван Петров\n14 марта 2024, 10:15\n"
           f"{STORY_RU}", "2024-03-14"),
    ("fa", f"{HEAD_FA}\n{LEAD_FA}\nعکس: © خبرگزاری\n۱۴۰۳/۰۱/۱۵ - ۱۰:۱۵\n{STORY_FA}", "2024-04-03"),
    ("fa", f"{HEAD_FA}\n{LEAD_FA}\n© خبرگزاری\n۱۴۰۳/۰۱/۱۵ - ۱۰:۱۵\n{STORY_FA}", "2024-04-03"),
    # near misses: the site's copyright or reuse notice under a story ends it; the date line
    # below heads another item
    ("ru", f"{HEAD_RU}\n{LEAD_RU}\n© 2024 Агентство Новости\n14.03.2024 10:15\n{STORY_RU}",
     None),
    ("ru", f"{HEAD_RU}\n{LEAD_RU}\nПри использовании материалов ссылка на сайт обязательна\n"
           f"14.03.2024 10:15\n{STORY_RU}", None),
]

LABELLED = [
    # the date line, the headline, then the page's labelled publication and update lines
    ("ru", f"10 марта 2024, 12:00\n{HEAD_RU}\nДата публикации: 10.03.2024\n"
           f"Дата изменения: 14.03.2024\n{STORY_RU}", "2024-03-10"),
    ("ru", f"Сегодня: 18.03.2024\n{HEAD_RU}\n10.03.2024 12:00\nОбновлено: 12.03.2024 10:00\n"
           f"{STORY_RU}", "2024-03-10"),
    ("ru", f"{HEAD_RU}\nОпубликовано: 10.03.2024 12:00\nОбновлено: 11.03.2024 09:00\n"
           f"Изменено: 12.03.2024 10:00\n{STORY_RU}", "2024-03-10"),
    ("ru", f"Опубликовано: 10.03.2024 12:00\nОбновлено: 11.03.2024 10:00\n"
           f"Изменено: 14.03.2024 10:00\n{HEAD_RU}\n{STORY_RU}", "2024-03-10"),
    ("fa", f"۱۴۰۳/۰۱/۱۵ - ۱۰:۱۵\n{HEAD_FA}\nتاریخ انتشار: ۱۴۰۳/۰۱/۱۵\n"
           f"تاریخ ویرایش: ۱۴۰۳/۰۱/۱۸\nبه‌روزرسانی: ۱۴۰۳/۰۱/۱۹\n{STORY_FA}", "2024-04-03"),
    # near miss: a feed of other stories, a bare stamp over each teaser, then the story's
    # own date line: the feed's last
    ("ru", "12.03.2024 11:27\nВ городе открыли новый парк\n11.03.2024 21:55\nНа реке прошли "
           f"учения спасателей\n11.03.2024 12:17\nВ столице открылась выставка\n28.02.2024 10:51\n"
           f"{HEAD_RU}\n{STORY_RU}", "2024-02-28"),
]


@pytest.mark.parametrize(("code", "text", "expected"), CREDITS)
def test_a_photo_credit_is_no_reuse_notice(code, text, expected):
    assert find_reference(text, language=code).iso == expected


@pytest.mark.parametrize(("code", "text", "expected"), LABELLED)
def test_labelled_lines_and_the_clock_are_no_feed(code, text, expected):
    assert find_reference(text, language=code).iso == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Solar, Gregorian and lunar Hijri dates of one story: the lunar one is no Solar date
    (f"{HEAD_FA}\n۱۴۰۳/۰۱/۱۵\n2024/04/03\n۱۴۴۵/۰۹/۲۳\n{STORY_FA}", "2024-04-03"),
    (f"{HEAD_FA}\n۱۴۴۵/۰۹/۲۳\n{STORY_FA}", None),
    # near miss: a Solar date of today's years is read
    (f"{HEAD_FA}\n۱۴۰۴/۰۹/۲۳\n{STORY_FA}", "2025-12-14"),
])
def test_a_lunar_hijri_date_is_no_solar_date(text, expected):
    assert find_reference(text, language="fa").iso == expected
