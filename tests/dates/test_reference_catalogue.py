"""A catalogue of the ways news sites and agencies print an article's own date, in
English, Russian and Persian: publication lines, labelled and bylined stamps, both
calendars, Dari months, datelines with their year, and the traps (a related-stories list
with other dates, a copyright year, a "Last modified" line, the page's clock, a date inside
the lead's sentence).  Every line and article is invented from how such sites write, no
text copied from any page.  Each case gives the reference date it must give, or None where
the text names no date of the article's own, or names it ambiguously ("06/01/2019" on a
page that may write the day or the month first): a wrong date is worse than none.  A line
that names only an update ("Last Updated : ...", "Обновлено ...") is the nearest evidence
of the day when no other date line is printed."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2015, 2026)
EN_T = "Navy ships hold joint drill in the northern sea"
EN_L = ("The navies of the two countries held a joint exercise in the northern sea, the "
        "defence ministry said, adding that several warships and aircraft took part.")
EN_M = ("Officials said the drills would continue until the end of the week. The ministry did "
        "not say how many sailors were involved in the exercise.")
RU_T = "Флоты двух стран провели совместные учения в Балтийском море"
RU_L = ("Военные корабли двух стран провели совместные учения в Балтийском море, сообщили в "
        "министерстве обороны. В учениях приняли участие несколько кораблей и самолетов.")
RU_M = ("Как отметили в ведомстве, учения продлятся до конца недели. Число участников не "
        "называется.")
FA_T = "رزمایش مشترک دریایی دو کشور در دریای خزر برگزار شد"
FA_L = ("نیروهای دریایی دو کشور رزمایش مشترکی را در دریای خزر برگزار کردند. به گفته وزارت دفاع "
        "چندین ناوشکن و هواپیما در این رزمایش شرکت داشتند.")
FA_M = "این رزمایش تا پایان هفته ادامه خواهد داشت و شمار نیروهای شرکت‌کننده اعلام نشده است."


def en(line, exp, lead=None, before=False, extra=""):
    lead = lead or EN_L
    top = f"{line}\n{EN_T}" if before else f"{EN_T}\n{line}"
    return ("en", f"{top}\n\n{lead}\n\n{EN_M}\n{extra}", exp, line)


def ru(line, exp, lead=None, before=False, extra=""):
    lead = lead or RU_L
    top = f"{line}\n{RU_T}" if before else f"{RU_T}\n{line}"
    return ("ru", f"{top}\n\n{lead}\n\n{RU_M}\n{extra}", exp, line)


def fa(line, exp, lead=None, before=False, extra=""):
    lead = lead or FA_L
    top = f"{line}\n{FA_T}" if before else f"{FA_T}\n{line}"
    return ("fa", f"{top}\n\n{lead}\n\n{FA_M}\n{extra}", exp, line)


D = "2019-01-06"
CATALOGUE = [
    en("Published: 06 Jan 2019 16:01 BdST", D),
    en("Last Updated : 12 Mar 2021, 09:14 AM IST", "2021-03-12"),
    en("Published : 11 Mar 2021, 10:02 PM IST | Last Updated : 12 Mar 2021, 09:14 AM IST", "2021-03-11"),
    en("Updated - March 12, 2021 at 09:14 AM.", "2021-03-12"),
    en("Published - March 11, 2021 at 10:02 PM. | Updated - March 12, 2021 at 09:14 AM.", "2021-03-11"),
    en("Posted on January 6, 2019 by Jane Doe", D),
    en("Jan 6, 2019 | 4:01 PM", D),
    en("6 January 2019 - 16:01 GMT", D),
    en("2019-01-06T16:01:00+06:00", D),
    en("First published on Sun 6 Jan 2019 16.01 GMT", D),
    en("By Jane Doe | Reuters | January 6, 2019", D),
    en("Date: 06/01/2019", None, extra="Subscribe to our newsletter\n"),
    en("Date: 01/06/2019", None),
    en("Monday, January 6th, 2019", D),
    en("06 Jan, 2019", D),
    en("By Jane Doe\nUpdated 2 hours ago\nJanuary 6, 2019 16:01 GMT", D),
    en("KARACHI: ", None, lead="KARACHI: " + EN_L),
    en("", "2019-01-06", lead="NEW DELHI, Jan 6, 2019 (PTI) " + EN_L),
    en("Sunday 6 January 2019 16:01", D),
    en("Jan. 6, 2019 at 4:01 p.m. ET", D),
    en("January 06, 2019 04:01 PM EST", D),
    en("6th January 2019", D),
    en("By Jane Doe, Staff Reporter\nPublished: January 6, 2019 16:01", D),
    en("Jane Doe | Published January 6, 2019", D),
    en("Last updated on Jan 6, 2019, 16:01 IST", D),
    en("Published on 06.01.2019", D),
    en("16:01 GMT 06.01.2019", D),
    en("06-01-2019 16:01", D),
    en("2019/01/06 16:01", D),
    en("Posted: Sun, Jan 6, 2019", D),
    en("SUNDAY, JANUARY 06, 2019", D),
    en("JANUARY 6, 2019 / 4:01 PM / UPDATED 2 HOURS AGO", D),
    en("January 6, 2019 • 4 min read", D),
    en("Jane Doe January 6, 2019 4 min read", D),
    en("Updated: January 8, 2019 12:00 IST\nPublished: January 6, 2019 16:01 IST", D),
    en("Filed on January 6, 2019 | Last updated on January 6, 2019 at 04.01 pm", D),
    en("Sun 6 Jan 2019 16.01 GMT", D),
    en("Posted 6 Jan 2019, 4:01pm", D),
    en("6 Jan 2019 at 16:01", D),
    en("By Agencies | Jan 6, 2019, 16:01 IST", D),
    en("Published 4:01 PM EST Jan 6, 2019", D),
    # traps
    en("", None, extra="Related stories\nNavy chiefs meet in Oslo (March 3, 2018)\nNew frigate launched (May 2, 2017)\n"),
    en("", None, extra="© 2019 Example Media. All rights reserved.\n"),
    en("", None, lead="The navies held a joint exercise on January 6, 2019, the ministry said, adding that several warships and aircraft took part."),
    en("Published: January 6, 2019\nLast modified on Mon 4 Mar 2024 10.12 GMT", D),
    en("Last modified on Mon 4 Mar 2024 10.12 GMT", "2024-03-04"),
    en("", "2019-01-06", lead="WASHINGTON, Jan. 6, 2019 /PRNewswire/ -- " + EN_L),
    # Russian
    ru("6 января 2019, 16:01", D),
    ru("06.01.2019 16:01", D),
    ru("Опубликовано: 06.01.2019", D),
    ru("Обновлено 6 января 2019, 16:01", D),
    ru("Опубликовано 6 января 2019, 15:20 | Обновлено 6 января 2019, 16:01", D),
    ru("06 янв 2019, 16:01", D),
    ru("16:01, 6 января 2019", D),
    ru("Сегодня, 16:01", None),
    ru("", None, lead="МОСКВА, 6 янв — РИА Новости. " + RU_L),
    ru("6 января 2019 г.", D),
    ru("Дата публикации: 06.01.2019", D),
    ru("Дата публикации: 6 января 2019 16:01", D),
    ru("6 января 2019 16:01 | Политика", D),
    ru("Политика | 6 января 2019", D),
    ru("06.01.2019 | 16:01", D),
    ru("06.01.19 16:01", D),
    ru("Воскресенье, 6 января 2019", D),
    ru("6 января 2019 года, 16:01", D),
    ru("6 Января 2019", D),
    ru("06 января 2019 в 16:01", D),
    ru("Опубликовано 06 января 2019 в 16:01", D),
    ru("Иван Петров, 6 января 2019", D),
    ru("Автор: Иван Петров | 06.01.2019", D),
    ru("Вчера, 16:01", None),
    ru("6 янв. 2019 г., 16:01", D),
    ru("6 января 2019, 16:01 — REGNUM", D),
    ru("16:01 06.01.2019", D),
    ru("2019-01-06 16:01", D),
    ru("Новости | 6 января 2019 16:01 | Просмотров: 1234", D),
    ru("06/01/2019 16:01", D),
    ru("6.01.2019", D),
    ru("Материал опубликован 6 января 2019 в 16:01", D),
    ru("Размещено: 06.01.2019 16:01", D),
    ru("Добавлено: 06.01.2019", D),
    ru("Обновлено: 08.01.2019\nОпубликовано: 06.01.2019", D),
    ru("6 января 2019 / 16:01", D),
    ru("ВС 06.01.2019", D),
    ru("Текст: Иван Петров\n06.01.2019", D),
    ru("", "2019-01-06", lead="МОСКВА, 6 января 2019. /ТАСС/. " + RU_L),
    ru("", None, lead="МОСКВА, 6 января. /ТАСС/. " + RU_L),
    ru("Источник: ТАСС, 6 января 2019", D),
    # traps
    ru("", None, extra="Читайте также\nФлоты провели учения (3 марта 2018)\nНовый фрегат спущен на воду, 2 мая 2017\n"),
    ru("", None, extra="© 2019 РИА Новости. Все права защищены.\n"),
    ru("Сегодня: 5 декабря 2026", None, before=True),
    ru("", None, lead="Военные корабли двух стран 6 января 2019 года провели учения в Балтийском море, сообщили в министерстве."),
    ru("06.01.2019 16:01\nПоследнее изменение: 04.03.2024", D),
    # Persian
    fa("۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("تاریخ انتشار: ۱۶ دی ۱۳۹۷", D),
    fa("کد خبر: ۱۲۳۴۵۶ | ۱۶ دی ۱۳۹۷", D),
    fa("یکشنبه ۱۶ دی ۱۳۹۷ ساعت ۱۶:۰۱", D),
    fa("1397/10/16", D),
    fa("۱۳۹۷/۱۰/۱۶", D),
    fa("۱۶ دی ۱۳۹۷ - 06 January 2019", D),
    fa("۱۶ جدی ۱۳۹۷", D),
    fa("۶ جنوری ۲۰۱۹", D),
    fa("تاریخ انتشار: ۱۶:۰۱ - یکشنبه ۱۶ دی ۱۳۹۷", D),
    fa("۱۳۹۷/۱۰/۱۶ - ۱۶:۰۱", D),
    fa("۱۶:۰۱ - ۱۳۹۷/۱۰/۱۶", D),
    fa("یکشنبه ۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("کد خبر: ۱۲۳۴۵۶ تاریخ انتشار: ۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("کد مطلب: ۱۲۳۴۵۶ | تاریخ: ۱۳۹۷/۱۰/۱۶", D),
    fa("۱۶ دی ۱۳۹۷، ساعت ۱۶:۰۱", D),
    fa("یکشنبه، ۱۶ دی ۱۳۹۷", D),
    fa("۱۶ دی ماه ۱۳۹۷", D),
    fa("دی ۱۶، ۱۳۹۷", D),
    fa("انتشار: ۱۶ دی ۱۳۹۷", D),
    fa("زمان انتشار: ۱۶ دی ۱۳۹۷ ۱۶:۰۱", D),
    fa("آخرین به روز رسانی: ۱۸ دی ۱۳۹۷", "2019-01-08"),
    fa("تاریخ انتشار: ۱۶ دی ۱۳۹۷\nآخرین به روز رسانی: ۱۸ دی ۱۳۹۷", D),
    fa("۱۶ دی ۱۳۹۷ - ۱۶:۰۱ | سیاسی", D),
    fa("سرویس سیاسی - ۱۶ دی ۱۳۹۷", D),
    fa("یکشنبه ۱۶ دی ۱۳۹۷ - ۲۹ ربیع الثانی ۱۴۴۰ - ۰۶ ژانویه ۲۰۱۹", D),
    fa("۰۶ ژانویه ۲۰۱۹", D),
    fa("۶ ژانویه ۲۰۱۹ - ۱۶:۰۱", D),
    fa("یکشنبه ۱۶ جدی ۱۳۹۷ ساعت ۱۶:۰۱", D),
    fa("۱۶ جدی ۱۳۹۷ - ۶ جنوری ۲۰۱۹", D),
    fa("۱۳۹۷-۱۰-۱۶", D),
    fa("16 دی 1397", D),
    fa("تاریخ: 1397/10/16 ساعت: 16:01", D),
    fa("نویسنده: علی رضایی | ۱۶ دی ۱۳۹۷", D),
    fa("۱۶ دی ۱۳۹۷ | ۱۶:۰۱ | کد خبر: ۱۲۳۴۵۶", D),
    fa("شناسه خبر: ۱۲۳۴۵۶ - یکشنبه ۱۶ دی ۱۳۹۷", D),
    fa("منتشر شده در یکشنبه, ۱۶ دی ۱۳۹۷ ۱۶:۰۱", D),
    fa("۱۶ دی ۱۳۹۷ ۱۶:۰۱", D),
    fa("", "2019-01-06", lead="کابل (پژواک، ۱۶ جدی ۱۳۹۷): " + FA_L),
    fa("", None, lead="تهران - ایرنا - " + FA_L),
    fa("تاریخ امروز: ۱۴ آذر ۱۴۰۵", None, before=True),
    # traps
    fa("", None, extra="اخبار مرتبط\nدیدار فرماندهان نیروی دریایی (۱۲ اسفند ۱۳۹۶)\nرونمایی از ناوشکن جدید - ۱۲ اردیبهشت ۱۳۹۶\n"),
    fa("", None, extra="© ۱۳۹۷ کلیه حقوق محفوظ است.\n"),
    fa("", None, lead="نیروهای دریایی دو کشور روز ۱۶ دی ۱۳۹۷ رزمایش مشترکی را در دریای خزر برگزار کردند."),
    fa("۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D, extra="اخبار مرتبط\nدیدار فرماندهان (۱۲ اسفند ۱۳۹۶)\n"),
    en("January 6, 2019", D, extra="Related stories\nNavy chiefs meet in Oslo (March 3, 2018)\n"),
    ru("6 января 2019, 16:01", D, extra="Читайте также\nФлоты провели учения (3 марта 2018)\n"),
]
CATALOGUE += [
    en("Date: 16/01/2019", "2019-01-16"),
    en("Date: 01/16/2019", "2019-01-16"),
    en("06 January 2019 Last updated at 16:01", D),
    en("Sunday, 06 January 2019 | Jane Doe | Islamabad", D),
    en("Sun, 06 Jan 2019 16:01:00 +0000", D),
    en("2019-01-06 16:01:00", D),
    en("January 6, 2019, 4:01 PM EST", D),
    en("Jan 06 2019 4:01PM", D),
    en("06-Jan-2019", D),
    en("06 JAN 2019", D),
    en("Posted by Jane Doe on 6 January 2019 at 16:01", D),
    en("Written by Jane Doe on January 6, 2019", D),
    en("Print Edition: January 6, 2019", D),
    en("", D, extra="Published in The Daily Example, January 6th, 2019\n"),
    en("The Daily Example, Sunday, January 06, 2019", D),
    en("Jan 6th 2019", D),
    en("6th Jan 2019 16:01", D),
    en("Published: 16:01 GMT, 6 January 2019 | Updated: 18:22 GMT, 7 January 2019", D),
    en("Sunday 6 January 2019 16.01 GMT Last modified on Monday 7 January 2019 10.00 GMT", D),
    en("UPDATED: January 6, 2019 at 4:01 p.m.", D),
    en("Jan 6, 2019 — 4:01 PM", D),
    en("Staff Report | Published 6 Jan 2019", D),
    en("By Jane Doe\nJan 6, 2019", D),
    en("", "2019-01-06", lead="ISLAMABAD, Jan 6, 2019 (APP): " + EN_L),
    en("", "2019-01-06", lead="LONDON, 6 January 2019 - " + EN_L),
    en("Jane Doe Updated: January 6, 2019 16:01 IST", D),
    ru("6 января 2019, 16:01 Обновлено: 7 января 2019, 10:00", D),
    ru("Опубликовано: 6 января 2019 16:01 | Обновлено: 7 января 2019", D),
    ru("16:01 / 06.01.2019", D),
    ru("06.01.2019, 16:01 — Политика", D),
    ru("6 января 2019 16:01:23", D),
    ru("Вс, 06 янв 2019 16:01", D),
    ru("6 января 2019, 16:01 МСК", D),
    ru("6 января 2019 · 16:01", D),
    ru("06 января 2019 16:01 | 1 234 просмотра", D),
    ru("Текст: Иван Петров, фото: Петр Иванов\n6 января 2019", D),
    ru("Новость от 06.01.2019", D),
    ru("06 января 2019 Автор: Иван Петров", D),
    ru("Вчера в 16:01", None),
    ru("6 января 2019 в 16:01, обновлено 7 января 2019 в 10:00", D),
    ru("", "2019-01-06", lead="МИНСК, 6 января 2019 — БЕЛТА. " + RU_L),
    ru("06.01.2019 в 16:01", D),
    ru("Сегодня: 5 декабря 2026\nГлавная | Политика | Экономика", None, before=True),
    ru("", D, extra="Опубликовано 6 января 2019 года\n"),
    ru("Пятница, 5 декабря 2026\n" + RU_T + "\n6 января 2019", D, before=True),
    fa("۱۳۹۷/۱۰/۱۶ ۱۶:۰۱:۰۰", D),
    fa("یکشنبه / ۱۶ دی ۱۳۹۷ / ۱۶:۰۱", D),
    fa("۱۶ دی ۹۷ - ۱۶:۰۱", D),
    fa("۹۷/۱۰/۱۶", D),
    fa("کد خبر ۱۲۳۴۵۶ ۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("تاریخ انتشار: یکشنبه ۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("تاریخ ارسال: ۱۳۹۷/۱۰/۱۶", D),
    fa("تاریخ خبر: ۱۶ دی ۱۳۹۷", D),
    fa("تاریخ: یکشنبه ۱۶ دی ۱۳۹۷ ساعت ۱۶:۰۱", D),
    fa("۱۶ دی ۱۳۹۷ | ۲۹ ربیع‌الثانی ۱۴۴۰", D),
    fa("یکشنبه ۱۶ جدی ۱۳۹۷ برابر با ۶ جنوری ۲۰۱۹", D),
    fa("۶ جنوری ۲۰۱۹ - ۱۶ جدی ۱۳۹۷", D),
    fa("تاریخ نشر: ۱۶ جدی ۱۳۹۷", D),
    fa("۱۶ جدی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("January 6, 2019", D),
    fa("2019-01-06", D),
    fa("منبع: ایسنا | ۱۶ دی ۱۳۹۷", D),
    fa("", D, lead="تهران - ایرنا - ۱۶ دی ۱۳۹۷ - " + FA_L),
    fa("۱۶ دی ۱۳۹۷ ساعت ۱۶:۰۱ بروزرسانی: ۱۸ دی ۱۳۹۷", D),
    fa("۱۶ دی ۱۳۹۷", D, extra="تمامی حقوق این سایت محفوظ است © ۱۴۰۵\n"),
]

# Whole pages: the page's clock or a list of other stories over the story's own line, a
# dateline with its year, a stamp under the story.
PAGES = [
 ("en", f"Thursday, 5 December 2026\nHome | World | Business | Sport\n{EN_T}\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"Thursday, 5 December 2026\n{EN_T}\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"Today: Thursday, 5 December 2026\n{EN_T}\nJan 6, 2019 16:01\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\nTrending: Navy chiefs meet in Oslo (March 3, 2018)\nJan 6, 2019 16:01\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"Latest news\nNavy chiefs meet in Oslo January 5, 2019\nNew frigate launched January 4, 2019\nPort reopens January 3, 2019\n{EN_T}\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("ru", f"Пятница, 5 декабря 2026\nГлавная | Политика | Экономика\n{RU_T}\n6 января 2019, 16:01\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"5 декабря 2026\n{RU_T}\n06.01.2019 16:01\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"Последние новости\nФлоты провели учения 5 января 2019\nНовый фрегат спущен на воду 4 января 2019\nПорт открыт 3 января 2019\n{RU_T}\n6 января 2019\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("fa", f"پنجشنبه ۱۴ آذر ۱۴۰۵\nخانه | سیاسی | اقتصادی\n{FA_T}\n۱۶ دی ۱۳۹۷ - ۱۶:۰۱\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"امروز: پنجشنبه ۱۴ آذر ۱۴۰۵\n{FA_T}\n۱۶ دی ۱۳۹۷ - ۱۶:۰۱\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n۱۶ دی ۹۷ - ۱۶:۰۱\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n۹۷/۱۰/۱۶ - ۱۶:۰۱\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\nتاریخ انتشار: ۱۶ دی ۹۷\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\nتهران - ایرنا - ۱۶ دی ۱۳۹۷ - {FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\nتهران، ۱۶ دی ۱۳۹۷ (ایرنا) - {FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\nکابل، ۱۶ جدی ۱۳۹۷ - {FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n\nKABUL, Jan 6, 2019 (Pajhwok): {EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n\nKARACHI, January 6, 2019: {EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n\nMoscow, 06.01.2019 - {EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\nJane Doe\nJan 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\nJane Doe\nDefence Correspondent\n@janedoe\nSun 6 Jan 2019 16.01 GMT\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n\n{EN_L}\n\n{EN_M}\n\nPublished on January 6, 2019\n", "2019-01-06"),
 ("en", f"{EN_T}\n\n{EN_L}\n\n{EN_M}\n\nThis article was first published on January 6, 2019.\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\n{RU_L}\n\n{RU_M}\n\nОпубликовано: 06.01.2019\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\n{FA_L}\n\n{FA_M}\n\nتاریخ انتشار: ۱۶ دی ۱۳۹۷\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\nМОСКВА, 6 января 2019 года, 16:01 — РИА Новости. {RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\nМосква. 6 января 2019. INTERFAX.RU - {RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\nБАКУ /Trend/ 6 января 2019 - {RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\n06.01.2019, Москва. {RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n6 Января 2019 г. 16:01\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n06 / 01 / 2019\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
]

CATALOGUE += [
    en("By Jane Doe / Staff Writer / Jan 6, 2019", D),
    en("Jan. 6, 2019, 4:01 p.m. ET", D),
    en("Sunday 6 January 2019 / 16:01 GMT", D),
    en("Posted: 06 January 2019 | 4:01 PM", D),
    en("January 6, 2019 by Jane Doe in Defence", D),
    en("Defence News | January 6, 2019", D),
    en("By Jane Doe, Contributor Jan 6, 2019", D),
    en("Jan 6 2019", D),
    en("6 Jan 2019 | Comments (0)", D),
    en("Date Published: 2019-01-06", D),
    en("Originally published on Jan 6, 2019", D),
    en("January 6, 2019 · 4:01 PM UTC · Updated 2 days ago", D),
    en("Published January 06, 2019 • Updated January 07, 2019", D),
    en("PUBLISHED: 16:01 GMT, 6 January 2019", D),
    en("Updated on: January 06, 2019 16:01 IST", D),
    en("Jane Doe, Islamabad | January 6, 2019", D),
    en("", D, extra="Source: Example News Agency, January 6, 2019\n"),
    en("(Xinhua) 16:01, January 06, 2019", D),
    en("Source: Xinhua| 2019-01-06 16:01:00|Editor: Jane Doe", D),
    en("Last Updated: Sunday, January 6, 2019, 16:01 [IST]", D),
    en("2019-01-06 | Jane Doe", D),
    en("Jan 6, 2019 Jane Doe Defense", D),
    en("6 January, 2019", D),
    en("January 6 2019 16:01", D),
    en("Sunday, Jan 06, 2019 - 16:01", D),
    en("Posted On: Sunday, January 06, 2019", D),
    en("Report by Jane Doe. Published on 6/1/2019", None),
    en("Jane Doe\n6 hours ago\nJanuary 6, 2019", D),
    ru("Источник: Синьхуа | 2019-01-06 16:01:00 | Редактор: Иван Петров", D),
    ru("6 января 2019 09:30 Просмотров: 1234 Комментариев: 0", "2019-01-06"),
    ru("06.01.2019 | Иван Петров | Политика", D),
    ru("[06.01.2019 16:01]", D),
    ru("Воскресенье, 06 Января 2019 16:01", D),
    ru("06 Январь 2019", D),
    ru("2019, 6 января", D),
    ru("Дата: 06.01.2019 Рубрика: Политика", D),
    ru("6 января 2019 — 16:01", D),
    ru("06-01-2019, 16:01", D),
    ru("6 января 2019 года 16:01", D),
    ru("Январь 6, 2019", D),
    ru("6 янв 2019", D),
    ru("06 янв. 2019 г.", D),
    ru("Новости дня, 6 января 2019 года", D),
    ru("Иван Петров\nобозреватель\n6 января 2019", D),
    ru("6.1.2019", D),
    ru("Дата создания: 06.01.2019 16:01", D),
    ru("Jan 6, 2019", D),
    fa("سه شنبه ۱۸ دی ۱۳۹۷ - ۱۶:۰۱", "2019-01-08"),
    fa("تاریخ انتشار : ۱۳۹۷/۱۰/۱۶ ساعت ۱۶:۰۱", D),
    fa("۱۶ دی ۱۳۹۷ ساعت ۱۶:۰۱", D),
    fa("منتشر شده: ۱۶ دی ۱۳۹۷", D),
    fa("زمان مطالعه: ۳ دقیقه | ۱۶ دی ۱۳۹۷", D),
    fa("۱۶ دی ۱۳۹۷ - ۱۶:۰۱ | ۱۲۳۴ بازدید", D),
    fa("یک‌شنبه ۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
    fa("۱۶ دی‌ماه ۱۳۹۷", D),
    fa("۱۶ دیماه ۱۳۹۷", D),
    fa("۱۶ دی ۱۳۹۷ ۱۶:۰۱ ب.ظ", D),
    fa("Jan 6, 2019 - ۱۶ دی ۱۳۹۷", D),
    fa("۱۳۹۷/۱۰/۱۶ ۱۶:۰۱ ب.ظ", D),
    fa("کد خبر: ۱۲۳۴۵۶\nتاریخ انتشار: ۱۶ دی ۱۳۹۷ - ۱۶:۰۱\nسرویس: سیاسی", D),
    fa("۱۶/۱۰/۱۳۹۷", D),
    fa("یکشنبه 16 دی 1397 - 16:01", D),
    fa("ساعت ۱۶:۰۱ - یکشنبه ۱۶ دی ۱۳۹۷", D),
    fa("۱۶ جدی ۱۳۹۷ خورشیدی", D),
    fa("۱۶ دی ۱۳۹۷ هجری شمسی", D),
    fa("تاریخ نشر: یکشنبه ۱۶ جدی ۱۳۹۷", D),
    fa("جنوری ۶، ۲۰۱۹", D),
    fa("ژانویه ۶, ۲۰۱۹", D),
    fa("۱۶ دی ۱۳۹۷ - ۰۶ ژانویه ۲۰۱۹ - ۲۹ ربیع الثانی ۱۴۴۰", D),
    fa("۱۶ دی ۱۳۹۷ | ۱۶:۰۱", D),
    fa("یکشنبه، ۱۶ دی ۱۳۹۷ ساعت ۱۶ و ۱ دقیقه", D),
    fa("۱۶ دی ۱۳۹۷ ۱۶:۰۱ نویسنده: علی رضایی", D),
    fa("خبرگزاری مهر - ۱۶ دی ۱۳۹۷", D),
    fa("۱۶ دی ۱۳۹۷\nخبرگزاری مهر", D, before=True),
    fa("دوشنبه ۷ ژانویه ۲۰۱۹", "2019-01-07"),
    fa("۱۳۹۷.۱۰.۱۶", D),
    fa("۱۴۰۲/۰۵/۱۲", "2023-08-03"),
    fa("آخرین بروزرسانی: ۱۶ دی ۱۳۹۷ - ۱۶:۰۱", D),
]

# A site's menu, a caption, share buttons or a standfirst over the date line; a date line
# under the lead or at the foot of a long story; a month without its day, a date inside
# the story's sentence (no date of the article's own).
MENU_EN = "\n".join(["Home", "News", "World", "Politics", "Business", "Opinion", "Sport", "Tech", "Culture", "Video", "Podcasts", "Newsletters", "Subscribe", "Sign in", "Search"])
MENU_RU = "\n".join(["Главная", "Новости", "Политика", "Экономика", "Общество", "Армия", "Спорт", "Культура", "Видео", "Фото", "Подписка", "Войти", "Поиск", "Регионы", "Мир"])
MENU_FA = "\n".join(["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "بین الملل", "ورزشی", "فرهنگی", "عکس", "فیلم", "جستجو", "ورود", "اشتراک", "استان ها", "ویدئو", "آرشیو"])
CAP_EN = "Warships take part in a naval exercise. File photo"
PAGES += [
 ("en", f"{MENU_EN}\n{EN_T}\nBy Jane Doe\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n\n{EN_L}\n\nJanuary 6, 2019\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n{CAP_EN}\nJane Doe\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\nA short standfirst about the drills in the north.\nJan 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\n\n{EN_L}\n\n{EN_M}\n\n" + "\n".join(["More paragraphs about the drills were written by the reporter for the readers here."]*10) + "\n\nJanuary 6, 2019\n", "2019-01-06"),
 ("en", f"Defence\n{EN_T}\nJane Doe | January 6, 2019 | 3 min read\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\nJanuary 2019\n\n{EN_L}\n\n{EN_M}\n", None),
 ("en", f"{EN_T}\n\n{EN_L}\n\nThe exercise began on January 6, 2019 and ended four days later.\n", None),
 ("en", f"{MENU_EN}\nMost read\nNavy chiefs meet in Oslo\nNew frigate launched\nPort reopens after storm\n{EN_T}\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("en", f"{EN_T}\nShare on Facebook\nShare on Twitter\nJanuary 6, 2019\n\n{EN_L}\n\n{EN_M}\n", "2019-01-06"),
 ("ru", f"{MENU_RU}\n{RU_T}\nИван Петров\n6 января 2019, 16:01\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\n{RU_L}\n\n6 января 2019, 16:01\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\nФото: пресс-служба Минобороны\n06.01.2019\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\n\n{RU_L}\n\n{RU_M}\n\n" + "\n".join(["Далее в статье рассказывается о ходе учений и о задачах, которые решали экипажи."]*10) + "\n\n06.01.2019\n", "2019-01-06"),
 ("ru", f"{MENU_RU}\nСамое читаемое\nФлоты провели учения\nНовый фрегат спущен на воду\nПорт открыт после шторма\n{RU_T}\n6 января 2019\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\nПоделиться\nВКонтакте\nTelegram\n06.01.2019 16:01\n\n{RU_L}\n\n{RU_M}\n", "2019-01-06"),
 ("ru", f"{RU_T}\nИван Петров\nобозреватель отдела политики\n\n{RU_L}\n\n{RU_M}\n\nОпубликовано в выпуске № 1 (1234) от 6 января 2019 года\n", "2019-01-06"),
 ("fa", f"{MENU_FA}\n{FA_T}\nکد خبر: ۱۲۳۴۵۶\n۱۶ دی ۱۳۹۷ - ۱۶:۰۱\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\n{FA_L}\n\n۱۶ دی ۱۳۹۷ - ۱۶:۰۱\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\nعکس: ایرنا\n۱۶ دی ۱۳۹۷\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\n{FA_L}\n\n{FA_M}\n\n" + "\n".join(["در ادامه این گزارش آمده است که نیروهای دو کشور تمرین های گوناگونی انجام دادند."]*10) + "\n\nتاریخ انتشار: ۱۶ دی ۱۳۹۷\n", "2019-01-06"),
 ("fa", f"{FA_T}\nاشتراک گذاری\nتلگرام\nتوییتر\n۱۶ دی ۱۳۹۷ - ۱۶:۰۱\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\nلید خبر کوتاه درباره رزمایش دو کشور در شمال\n۱۶ دی ۱۳۹۷\n\n{FA_L}\n\n{FA_M}\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\n{FA_L}\n\n{FA_M}\n\nانتهای پیام/\n۱۶ دی ۱۳۹۷ - ۱۶:۰۱\n", "2019-01-06"),
 ("fa", f"{FA_T}\n\n{FA_L} این رزمایش از ۱۶ دی ۱۳۹۷ آغاز شد.\n\n{FA_M}\n", None),
]

# No date line: the header's only date (a photo's caption closing on it) on the weekday the
# lead names as the day of reporting is the article's; on another weekday it is none.
FL = "وزیر دفاع روز سه‌شنبه اعلام کرد نیروهای دریایی دو کشور رزمایش مشترکی را در دریای خزر برگزار خواهند کرد و چندین ناوشکن در آن شرکت دارند."
FL2 = "وزیر دفاع روز چهارشنبه اعلام کرد نیروهای دریایی دو کشور رزمایش مشترکی را در دریای خزر برگزار خواهند کرد و چندین ناوشکن در آن شرکت دارند."
RL = "Министр обороны заявил во вторник, что военные корабли двух стран проведут совместные учения в Балтийском море, в которых примут участие несколько кораблей."
PAGES += [
 ("fa", f"{FA_T}\n\nوزیر دفاع در حال گفتگو با خبرنگاران در تهران – ۱۸ دی ۱۴۰۳\n\n{FL}\n\n{FA_M}\n", "2025-01-07"),
 ("fa", f"{FA_T}\n\nوزیر دفاع در حال گفتگو با خبرنگاران در تهران – ۱۸ دی ۱۴۰۳\n\n{FL2}\n\n{FA_M}\n", None),
 ("ru", f"{RU_T}\n\nМинистр обороны на встрече с журналистами, 7 января 2025 года\n\n{RL}\n\n{RU_M}\n", "2025-01-07"),
 ("ru", f"{RU_T}\n\nМинистр обороны на встрече с журналистами, 8 января 2025 года\n\n{RL}\n\n{RU_M}\n", None),
]

EN_SAID = ("The defence minister said on Tuesday that the navies of the two countries would hold "
           "a joint exercise in the northern sea, with several warships taking part.")
PAGES += [
    ("en", f"{EN_T}\n\nThe defence minister speaks to reporters in Washington, January 7, 2025."
           f"\n\n{EN_SAID}\n\n{EN_M}\n", "2025-01-07"),
    ("en", f"{EN_T}\n\nThe minister in Washington on Jan. 7, 2025. (AP Photo/John Doe)\n\n"
           f"{EN_SAID}\n\n{EN_M}\n", "2025-01-07"),
    ("en", f"{EN_T}\n\nThe defence minister speaks to reporters in Washington, January 8, 2025."
           f"\n\n{EN_SAID}\n\n{EN_M}\n", None),
]

# The page's clock over the headline ("Сегодня: ...", or a bare date line right over a yearless
# dateline of another day) is the day the page was saved: its year is no evidence of the
# story's, so with nothing else to tell the year there is none, and other evidence decides.
RU_WIRE = ("МОСКВА, 6 янв — РИА Новости. Военные корабли двух стран в воскресенье провели "
           "совместные учения в Балтийском море, сообщили в министерстве обороны.")
RU_EARLIER = " Предыдущие учения прошли в декабре 2018 года."
PAGES += [
    ("ru", f"Сегодня: 5 декабря 2026\n{RU_T}\n\n{RU_WIRE}\n\n{RU_M}\n", None),
    ("ru", f"Пятница, 5 декабря 2026\n{RU_T}\n\n{RU_WIRE}\n\n{RU_M}\n", None),
    ("ru", f"Сегодня: 5 декабря 2026\n{RU_T}\n\n{RU_WIRE}{RU_EARLIER}\n\n{RU_M}\n", "2019-01-06"),
    ("ru", f"{RU_T}\n\n{RU_WIRE}{RU_EARLIER}\n\n{RU_M}\n", "2019-01-06"),
]


@pytest.mark.parametrize(("language", "text", "expected", "line"), CATALOGUE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CATALOGUE)])
def test_catalogue_of_date_lines(language, text, expected, line):
    got = find_reference(text, period=PERIOD, language=language)
    assert got.iso == expected, (line, got.reasons)


@pytest.mark.parametrize(("language", "text", "expected"), PAGES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PAGES)])
def test_whole_pages(language, text, expected):
    got = find_reference(text, period=PERIOD, language=language)
    assert got.iso == expected, got.reasons
