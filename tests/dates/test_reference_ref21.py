"""Date lines of pages seen on the reference-date set's dev split in round ref21 (invented
lines in the same forms), with near misses."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

STORY_RU = ("Глава поселения сказал, что власти продолжают работу по созданию комфортных "
            "общественных пространств в нашем поселке.")
STORY_FA = ("شهردار شهر روز گذشته در مراسمی با حضور مردم و مسئولان محلی پل جدید را افتتاح "
            "کرد و گفت این پل ترافیک را کم می کند.")

CASES = [
    # a saved page glued a related headline and the headline before the stamp that closes
    # their line: the date, a clock, then only the author's credit
    ("Ветераны открыли музей Город обсудил новый мост через реку 14 мая 2022, 10:05 Текст: "
     "Анна Смирнова\n\n" + STORY_RU, "2022-05-14"),
    # the same with nothing after the clock
    ("Город обсудил новый мост через реку 14 мая 2022, 10:05\n\n" + STORY_RU, "2022-05-14"),
    # near miss: no clock after the date, so no stamp
    ("Город обсудил новый мост через реку 14 мая 2022 Текст: Анна Смирнова\n\n" + STORY_RU,
     None),
    # near miss: the line goes on after the clock with more than a credit
    ("Город обсудил новый мост через реку 14 мая 2022, 10:05 и решил продолжить работу "
     "после праздников\n\n" + STORY_RU, None),
    # near miss: a stop before the date: a sentence, not a headline
    ("Город обсудил новый мост через реку и решил продолжить работу после праздников. 14 мая "
     "2022, 10:05 Текст: Анна Смирнова\n\n" + STORY_RU, None),
    # the clock before the date, a bar before the credit, the word for the hour before the
    # clock
    ("Город обсудил новый мост через реку 10:05, 14 мая 2022\n\n" + STORY_RU, "2022-05-14"),
    ("Город обсудил новый мост через реку 14 мая 2022, 10:05 | Текст: Анна Смирнова\n\n"
     + STORY_RU, "2022-05-14"),
    ("Город обсудил новый мост через реку 14 мая 2022 в 10:05\n\n" + STORY_RU, "2022-05-14"),
    # near miss: a clock before the date, then more words than a credit
    ("Город обсудил новый мост через реку 10:05, 14 мая 2022 и решил продолжить работу после "
     "праздников\n\n" + STORY_RU, None),
    # Persian: a Solar Hijri stamp closing the headline's line, its clock after a dash or
    # after the word for the hour
    ("افتتاح پل جدید در شهر با حضور مسئولان ۲۲ مهر ۱۴۰۲ - ۰۸:۱۵\n\n" + STORY_FA, "2023-10-14"),
    ("افتتاح پل جدید در شهر با حضور مسئولان ۲۲ مهر ۱۴۰۲ ساعت ۰۸:۱۵\n\n" + STORY_FA,
     "2023-10-14"),
    # near miss: a stop before the date
    ("افتتاح پل جدید در شهر با حضور مسئولان محلی و مردم برگزار شد و همه آمدند. ۲۲ مهر ۱۴۰۲ - "
     "۰۸:۱۵\n\n" + STORY_FA, None),
    # a press archive's citation of the paper's issue: the year, the month's name, the day,
    # each after a comma, under a yearless deadline the story names
    ("Срок подачи заявок - 1 октября.\n\nОбластная газета, 2012, май, 14, № 52\nАннотация\n"
     + STORY_RU, "2012-05-14"),
    # an empty timestamp (the Unix epoch) is no date; the story's stamp under it is
    ("Новый мост через реку\n\n01.01.1970 03:00\n\n" + STORY_RU, None),
    ("Новый мост через реку\n\n01.01.1970 03:00\n14.05.2022 10:05\n\n" + STORY_RU,
     "2022-05-14"),
    # near miss: no such day
    ("Областная газета, 2012, май, 34, № 52\n\n" + STORY_RU, None),
    # near miss: a list of years is no date
    ("Отчёт за годы 2012, 2013, 2014\n\n" + STORY_RU, None),
]

STORY_EN = ("The country has agreed to buy twelve new patrol boats in a $400 million deal, "
            "the president said on Friday.")

CASES_EN = [
    # an agency's dateline whose place lost a letter to the page's encoding: the replacement
    # character, or its form read in the wrong encoding
    ("Patrol boats deal signed\n\nby Agency Staff Writers\n\nSantarï¿½m (AFP) Mar 6, 2024\n\n"
     + STORY_EN, "2024-03-06"),
    ("Patrol boats deal signed\n\nby Agency Staff Writers\n\nSantar\ufffdm (AFP) Mar 6, 2024\n\n"
     + STORY_EN, "2024-03-06"),
    # an empty timestamp labelled as the publication, the real date as an update; a blog's
    # "Posted on" the epoch alone
    ("Harbour bridge reopens after long repairs\n\nPublished: 00:00 GMT, Jan 1, 1970 | "
     "Updated: 07:40 GMT, Mar 9, 2021 |\n\n" + STORY_EN, "2021-03-09"),
    ("Harbour bridge reopens after long repairs\n\nPosted on January 1, 1970\n\n"
     + STORY_EN, None),
    # near miss: a real publication date in the same form stays
    ("Harbour bridge reopens after long repairs\n\nPublished: 07:40 GMT, Mar 9, 2021\n\n"
     + STORY_EN, "2021-03-09"),
    # near miss: the same line without its year is no date with a year
    ("Patrol boats deal signed\n\nby Agency Staff Writers\n\nSantarï¿½m (AFP) Mar 6\n\n"
     + STORY_EN, None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reference_ref21(text: str, expected: str | None) -> None:
    assert find_reference(text, period=(2000, 2026)).iso == expected


@pytest.mark.parametrize(("text", "expected"), CASES_EN)
def test_reference_ref21_english(text: str, expected: str | None) -> None:
    assert find_reference(text, period=(2000, 2026)).iso == expected
