"""A bare date line opening a Russian or Persian page is the page's clock only when the lead
tells, as done, a yearless day months back; a day told in the present or the perfective
future ("совершит визит 29 января", "برگزار می‌شود") lies ahead of the line, and the line stays
the page's date (the present and the perfective future carry no future word)."""

from chronology.dates import find_reference

PERIOD = (2015, 2035)

_RU = ("27.01.2031: Совместные учения флотов\n\nПервый этап совместных учений флотов двух стран "
       "начался у берегов Лимонии, сообщил источник в штабе. Утром 29 января крейсер {verb} "
       "визит в порт Лимон на южном побережье.")

_FA = ("میزان 15, 1410 10:58 Asia/Kabul\n\nبرگزاری دو رزمایش مشترک در نزدیکی مرز\n\n"
       "دو رزمایش بزرگ کشورهای عضو در نزدیکی مرز برگزار خواهد شد.\n\n"
       "به گزارش یک رادیوی محلی، از تاریخ 10 تا 20 اکتبر در نزدیکی مرز این دو رزمایش با "
       "مشارکت بیش از سه هزار نیرو {verb}.")


def test_a_russian_day_told_in_the_perfective_future_leaves_the_line_the_pages_date():
    assert find_reference(_RU.format(verb="совершит"), period=PERIOD,
                          language="ru").iso == "2031-01-27"


def test_a_russian_day_told_as_done_months_back_makes_the_line_the_clock():
    assert find_reference(_RU.format(verb="совершил"), period=PERIOD,
                          language="ru").iso != "2031-01-27"


def test_a_persian_day_told_in_the_present_leaves_the_line_the_pages_date():
    assert find_reference(_FA.format(verb="برگزار می‌شود"), period=PERIOD,
                          language="fa").iso == "2031-10-07"
