"""The top of a page in a language given as data (Russian, Persian, ...): its lines, and
which of them hold no date of the article's own.

A site's menu of short items is passed over; the lines end at the heading of a list of
other stories ("Новости по теме", "Читайте также", "اخبار مرتبط") or a teaser opening a
line; a photo's caption or credit, the page's "Сегодня:" line and a date line next to
exchange rates (the page's clock) are no date lines; dates the language's rules do not read
are read here: numeric ("03.04.2024", "۱۴۰۲/۰۵/۱۲"), in English words ("3 August 2023"),
month first ("18:02 Апр. 3, 2024", "مرداد ۱۲، ۱۴۰۲") and glued to the next element of a
saved page ("3 апреля 20243 апр 2024", "3 апреля 2024Армия").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from chronology.dates.lexical_resolve import find_mentions
from chronology.dates.model import Mention
from chronology.dates.patterns import month
from chronology.dates.publication import menu_line, opens_page
from chronology.dates.solar import numeric_solar, to_gregorian
from chronology.dates.tagger import find_candidates
from chronology.dates.timeml import valid_day
from chronology.languages import MODULES, language

_TOP_LINES = 15
_MENU_LINES = 160  # lines of any length looked at, at most
_HEADLINE_WORDS = 12
# A headline of the site's list of stories: a few words, no digit, no closing stop.
_HEADLINE = re.compile(r"[^\d\n]*[^\d\s.!?…:;,»\"”)]\s*$")
# A label ending in a colon: "Дата публикации:", "تاریخ انتشار :", "کد خبر:".
LABEL = re.compile(r"[^\W\d][\w\u200c-]*(?:\s+[^\W\d][\w\u200c-]*){0,2}\s*:")
# A photo caption or credit line (its date is the picture's) or a teaser for another story.
CAPTION = re.compile(
    r"^\s*(?:фото|photo|на\s+(?:фото|снимке)|источник\s+фото|кадр\s+из\s+видео|скриншот|"
    r"иллюстрация|коллаж|عکس|تصویر|читайте\s+также|читать\s+также|см\.\s+также|ранее\s+по\s+теме|"
    r"بیشتر\s+بخوانید|بخوانید|اخبار\s+مرتبط|مطالب\s+مرتبط)|©",  # captions, credits, teasers
    re.IGNORECASE | re.MULTILINE)
# The site's notice on reusing its texts, or its copyright with its year: the article has
# ended above it ("При использовании материалов активная гиперссылка на ... обязательна",
# "کلیه حقوق ... محفوظ است", "© 2024 ...", "© РИА Новости, 2000–2024"). A "©" with no year is
# a photo's credit ("© Фото: пресс-служба ...", "عکس: © ایرنا", "© تسنیم"), not a notice.
# (a Gregorian year in Persian or Arabic-Indic digits too: "© ۲۰۲۴ …")
_YEAR_WORD = r"(?<!\d)(?:19|20|[۱١][۹٩]|[۲٢][۰٠]|[۱١][۳۴٣٤])\d\d(?!\d)"
REUSE_NOTICE = re.compile(
    r"(?:при\s+(?:использовании|цитировании|перепечатке|копировании)\s+(?:материалов|"
    r"информации)|(?:гипер)?ссылка\s+(?:на\s+\S+\s+)?обязательна|все\s+права\s+защищены|"
    r"کلیه\s+حقوق|تمامی\s+حقوق|all\s+rights\s+reserved|copyright|"
    rf"©[^\n]*?{_YEAR_WORD}|{_YEAR_WORD}[^\n]*?©)", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"\W*(?:©\s*)?(?:фото|photo|на\s+(?:фото|снимке)|источник\s+фото|"
                           r"кадр\s+из\s+видео|скриншот|иллюстрация|коллаж|عکس|تصویر)\b",
                           re.IGNORECASE)


def reuse_notice(text: str, start: int, end: int) -> bool:
    """True when the line ``text[start:end]`` is the site's reuse or copyright notice, not a
    photo's credit ("Фото: © РИА Новости / Сергей Иванов, 2019")."""
    return bool(REUSE_NOTICE.search(text, start, end)) and not _PHOTO_CREDIT.match(text, start,
                                                                                   end)


# The page's clock: "Сегодня: ...", "امروز ...", or a label naming today ("Дата сегодня:",
# "تاریخ امروز:").
TODAY = re.compile(r"^\W*(?:(?:сегодня|امروز|today)\b|(?:[^\W\d][\w\u200c]*\s+){1,2}"
                   r"(?:сегодня|امروز|today)\s*:)", re.IGNORECASE | re.MULTILINE)
# "Сегодня" on a line of its own: the page's clock is on the next line ("Сегодня" over "05
# ноября, 05:29").
_TODAY_ALONE = re.compile(r"\W*(?:сегодня|امروز|today)\W*$", re.IGNORECASE)
# The heading of a list of other stories on a line of its own ("Новости по теме", "Читайте
# также", "اخبار مرتبط"): the dates under it are the listed stories'.
_TEASER_HEAD = re.compile(
    r"\W*(?:читайте\s+также|читать\s+также|смотрите\s+также|см\.\s+также|(?:ранее\s+)?по\s+теме|"
    r"(?:новости|материалы|статьи|публикации)\s+по\s+теме|(?:похожие|другие|связанные)\s+"
    r"(?:новости|материалы|статьи|публикации)|главное\s+за\s+(?:день|сутки|неделю)|самое\s+"
    r"(?:читаемое|популярное|интересное|важное)|популярное|сейчас\s+читают|выбор\s+редакции|"
    r"новости\s+партн[её]ров|рекомендуем|лента\s+новостей|اخبار\s+مرتبط|خبرهای\s+مرتبط|"
    r"مطالب\s+(?:مرتبط|پیشنهادی)|بیشتر\s+بخوانید|پربازدیدترین(?:\s+(?:اخبار|ها))?|"
    r"پربیننده[\u200c ]?ترین(?:\s+(?:اخبار|ها))?|" + "|".join(
        h for m in MODULES.values() for h in getattr(m, "LATEST_HEADINGS", ())) +
    r")\W*$", re.IGNORECASE)
_TEASER_HEAD_CHARS = 30
# The heading of readers' comments, from each language's ``COMMENT_HEADINGS``, perhaps with
# their count ("Комментарии (2)", "۳ نظر"): under the story, the dates below are theirs.
_COMMENTS_HEAD = re.compile(r"\W*(?:\d+\s*)?(?:" + "|".join(
    h for m in MODULES.values() for h in getattr(m, "COMMENT_HEADINGS", ())) +
    r")\W*(?:\d+\W*)?$", re.IGNORECASE)
# The heading of the site's list of its latest stories, from each language's
# ``FOOT_LIST_HEADINGS`` ("Последние новости", "آخرین اخبار"): under the story's prose, the
# dates below are the listed stories' (above the story it may head the story's own date).
_FOOT_HEAD = re.compile(r"\W*(?:" + "|".join(
    h for m in MODULES.values() for h in getattr(m, "FOOT_LIST_HEADINGS", ())) + r")\W*$",
    re.IGNORECASE)
_PROSE_WORDS = 15  # a line of so many words is the story's prose, not a teaser's headline
# ... and so is a shorter sentence closed by its full stop (a lead of a dozen words):
# headlines and menu items carry no closing stop.
_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r".*[^\W\d_][)»\"”]?[.!?…][)»\"”]?\s*$")


def listed_lines(text: str, body: int) -> list[tuple[int, int]]:
    """The lines whose dates are no evidence of the article's year: a photo's caption or
    credit ("Фото: пресс-служба, 2023"), a teaser ("Читайте также: ..."), and the short lines
    under the heading of a list of other stories, down to the next line of prose."""
    spans, listing, pos = [], False, body
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if list_heading(text, pos, end):
            listing = True
        elif len(text[pos:end].split()) >= _PROSE_WORDS:
            listing = False
        if listing or CAPTION.match(text, pos, end):
            spans.append((pos, end))
        pos = end + 1
    return spans


def list_heading(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` heads a list of other stories ("Новости по теме",
    "اخبار مرتبط", "Лента новостей")."""
    return end - start <= _TEASER_HEAD_CHARS and _TEASER_HEAD.match(text, start, end) is not None

# A teaser of another story opening a line: "Читайте также: ...", "بیشتر بخوانید: ...".
_TEASER_OPENS = re.compile(r"\W*(?:(?:читайте|читать|смотрите)\s+также|см\.\s+также|"
                           r"(?:ранее\s+)?по\s+теме\s*:|بیشتر\s+بخوانید|اخبار\s+مرتبط|"
                           r"مطالب\s+مرتبط)", re.IGNORECASE)
_CAPTION_WORDS = 3  # words besides its date on a line next to a photo's credit: a caption
# The words of a date on a line ("10 марта 2023 года", "10.03.2023"), counted as none.
# The month first too ("آبان ۳, ۱۴۰۱"), and a site clock's time zone named as its region
# and city ("Asia/Tashkent", "Europe/Moscow").
_DATE_WORDS = re.compile(r"\b\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}(?:\s*(?:года|г\.))?|"
                         r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|"
                         r"(?<!\w)[^\W\d_]+\.?\s+\d{1,2},\s*\d{4}\b|"
                         r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
                         r"/[A-Z][\w-]+")
# Exchange rates next to a date: the page's clock ("25 апреля 2024 / USD 92.51 EUR 98.91",
# "Курсы валют ЦБ"); one amount ("$1,5 млрд" in a headline) is no rate.
_RATE = re.compile(r"(?:\b(?:USD|EUR|CNY)\b|[$€₽]|доллар\w*|евро)\s*(?:\w+\s*)?[=:]?\s*"
                   r"\d+[.,]\d", re.IGNORECASE)
_RATES_WORDS = re.compile(r"курс\w*\s+(?:валют|доллара|евро)", re.IGNORECASE)
# A full date glued to the next element of a saved page: "3 апреля 20243 апр 2024".
_GLUED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\s+([^\W\d_]{3,9})\.?\s+((?:19|20)\d\d)"
                         r"(?=\d{1,2}\s+[^\W\d_]{3})")
# The site's address on its date line is its name, one word: "16 ноября 2025, Бишкек -
# 24-kg.com, Антон ЛЫМАРЬ".
_SITE = re.compile(r"(?<![\w.@-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?![\w.-])")
_QUOTED = re.compile(r"«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"")
_ISSUE = re.compile(r"№\s*\d+|\bстр\.\s*\d+", re.IGNORECASE)
# A date written month first: "Фев. 17, 2022"; in Persian digits, Gregorian or Solar Hijri,
# as a site's default format prints it: "مرداد ۱۲، ۱۴۰۲", "اوت ۳, ۲۰۲۳".
_MONTH_DAY_YEAR = re.compile(r"(?<![\w.])([^\W\d_]{2,9})\.?\s+(\d{1,2})\s?[,،]\s*"
                             r"((?:19|20|۱۹|۲۰|١٩|٢٠|1[34]|۱[۳۴]|١[٣٤])\d\d)(?![\d:])")
# A stamp with a comma before its year: "• 11 марта, 2026 • 19:12".
_DAY_MONTH_COMMA_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\s+([^\W\d_]{3,9})\.?,\s*((?:19|20)\d\d)"
                                   r"(?![\d:])")
# The year, the month's name and the day, each after a comma, as a press archive cites a
# paper's issue: "Северный вестник, 2012, март, 9, № 41".
_YEAR_MONTH_DAY = re.compile(r"(?<![\d.])((?:19|20)\d\d),\s*([^\W\d_]{3,9}),\s*(\d{1,2})"
                             r"(?![\d.:])")
# A Solar Hijri stamp with its year in two digits, as Iranian sites print it on the date
# line: "۱۶ دی ۹۷ - ۱۶:۰۱" (a Solar month's name between them; the century is the one that
# puts the year nearest today's: 50-99 are 1350-1399, 00-49 are 1400-1449), "۹۷/۱۰/۱۶" (the
# year first, only when it cannot be a day: 32-99).
_SOLAR_SHORT_YEAR = re.compile(r"(?<![\d./:-])(\d{1,2})\s+([^\W\d_][\w\u200c]{1,8})\s+(\d\d)"
                               r"(?![\d/.:]|\s*[^\W\d_\s])")
_SOLAR_SHORT_NUMERIC = re.compile(r"(?<![\d./:-])(?P<y>[3-9۳-۹٣-٩]\d)(?P<sep>[/.-])(?P<m>\d{1,2})"
                                  r"(?P=sep)(?P<d>\d{1,2})(?![\d:]|[./-]\d)")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\bMSK\b|\bGMT\b|\bUTC\b|[-–—|/,:.()]", re.IGNORECASE)


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_ISO_DATE = re.compile(r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
                       r"(?P<d>\d{1,2})(?![\d/.-]\d)")
# (a slash after a word may open it, as in a dateline "Баку/05.10.22/Turan:"; not after a
# digit, where the date would be a part of another number: "12/05.10")
_DMY = re.compile(r"(?<![\d.:-])(?<!\d/)(?P<a>\d{1,2})(?:(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)"
                  r"(?P<y>(?:19|20|۱۹|۲۰|١٩|٢٠)\d\d|[0-9][0-9])|-(?P<b2>\d{1,2})-(?P<y2>(?:19|20)\d\d))"
                  r"(?![\d:]|[./-]\d)")
_LATIN = re.compile(r"[A-Za-z]{3}")
# A date written day first with its four-digit year, its separators spaced or not, Solar
# Hijri or Gregorian: "۲۶ / ۰۱ /۱۴۰۳", "06 / 01 / 2019".
_DMY_SOLAR = re.compile(r"(?<![\d/.:-])(?P<a>\d{1,2})\s*(?P<sep>[./])\s*(?P<b>\d{1,2})\s*(?P=sep)"
                        r"\s*(?P<y>1[34]\d\d|[۱١][۳۴٣٤]\d\d|(?:19|20)\d\d)(?![\d:]|[./-]\d)")
# ... or with dashes, unspaced: "۱۲-۰۳-۱۴۰۱" ("تاریخ انتشار: ۱۴:۳۹ - ۱۲-۰۳-۱۴۰۱").
_DMY_SOLAR_DASH = re.compile(r"(?<![\d/.:-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-"
                             r"(?P<y>1[34]\d\d|[۱١][۳۴٣٤]\d\d)(?![\d:]|[./-]\d)")
# The full stop of an abbreviated month before its year ("11 окт. 2023"), on the top lines.
_ABBREVIATION_DOT = re.compile(r"(?<=\d\s[^\W\d_]{3})\.(?=\s+\d)|(?<=\d\s[^\W\d_]{4})\.(?=\s+\d)")
# A year glued to the next element of a saved page: "15:42, 3 апреля 2024Армия" (the
# rubric's first letter, read as a space; offsets are kept), or to a counter of views or
# comments closing the line or before its word ("19 апреля 202219", "12 марта 20241245",
# "۲۲ اسفند ۱۴۰۲۱۲۴۵ بازدید": a year has four digits, Gregorian or Solar, in any script;
# the rest, of any length, counts).
_GLUED_YEAR = re.compile(r"(?<!\d)(\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+"
                         r"(?:19|20|۱۹|۲۰|١٩|٢٠|1[34]|[۱١][۳۴٣٤])\d\d)"
                         r"(?:[^\W\d_]|\d{1,9}(?=[ \t]*$|[ \t]+[^\W\d_]+[ \t]*$))",
                         re.MULTILINE)
# A full stop after a month's whole name before its year, as some templates print it
# ("Saturday, 26 October. 2013", "26 октября. 2013"): read as a space on the top lines.
_MONTH_STOP = re.compile(r"(?<=\d\s)([^\W\d_]{5,9})\.(?=\s+(?:19|20)\d\d(?!\d))")


def month_first(text: str, body: int, written: list[Mention], code: str) -> list[Mention]:
    """Dates of the top lines written month first, as some sites print their stamp in
    Russian: "20:39 Фев. 17, 2022" (the month's word, the day, a comma, the year); a comma
    before the year ("• 11 марта, 2026"); and a full date a saved page glued to the next
    element ("3 апреля 20243 апр 2024"); the year first, each part after a comma, as a press
    archive cites an issue ("2012, март, 9")."""
    lang = language(code)
    found = []
    for start, end in top_lines(text, body):
        for match in (*_MONTH_DAY_YEAR.finditer(text, start, end),
                      *_GLUED_DATE.finditer(text, start, end),
                      *_DAY_MONTH_COMMA_YEAR.finditer(text, start, end),
                      *_YEAR_MONTH_DAY.finditer(text, start, end)):
            first = match.re is _MONTH_DAY_YEAR
            if match.re is _YEAR_MONTH_DAY:
                word, day, year = match[2], int(match[3]), int(match[1])
            else:
                word, day, year = match[1 if first else 2], int(match[2 if first else 1]), \
                    int(match[3])
            day_value = _day_value(lang, word, year, day)
            if day_value is None or any(m.start < match.end() and match.start() < m.end
                                        and m.precision == "day" for m in written):
                continue
            value = day_value.isoformat()
            rule = "solar-date" if year < 1500 else "explicit-date"
            found.append(Mention(match.start(), match.end(), match.group(), value, "day", rule,
                                 f"date '{match.group()}'"))
        if lang.solar_months:
            found.extend(_short_solar_years(text, start, end, [*written, *found], lang))
    return found


def _short_solar_years(text: str, start: int, end: int, taken: list[Mention],
                       lang) -> list[Mention]:
    """Solar Hijri dates of the line ``text[start:end]`` with a two-digit year
    (``_SOLAR_SHORT_YEAR``, ``_SOLAR_SHORT_NUMERIC``)."""
    found = []
    for match in (*_SOLAR_SHORT_YEAR.finditer(text, start, end),
                  *_SOLAR_SHORT_NUMERIC.finditer(text, start, end)):
        if any(m.start < match.end() and match.start() < m.end for m in taken):
            continue
        if match.re is _SOLAR_SHORT_YEAR:
            solar = lang.solar_months.get(lang.key(lang.normalise(match[2])))
            short, day = int(match[3].translate(_DIGITS)), int(match[1].translate(_DIGITS))
        else:
            solar, day = int(match["m"].translate(_DIGITS)), int(match["d"].translate(_DIGITS))
            short = int(match["y"].translate(_DIGITS))
        year = 1300 + short if short >= 50 else 1400 + short
        value = to_gregorian(year, solar, day) if solar and 1 <= solar <= 12 else None
        if value is None:
            continue
        found.append(Mention(match.start(), match.end(), match.group(), value.isoformat(), "day",
                             "solar-date", f"Solar Hijri date with a two-digit year "
                             f"'{match.group()}' ({year}/{solar}/{day})"))
    return found


def _day_value(lang, word: str, year: int, day: int) -> dt.date | None:
    """The day of a month's word, a day and a year: Gregorian, or Solar Hijri for a Solar
    month's name and a year under 1500."""
    key = lang.key(lang.normalise(word))
    if year < 1500:
        solar = lang.solar_months.get(key)
        return to_gregorian(year, solar, day) if solar else None
    month = lang.months.get(key)
    return dt.date(year, month, day) if month and valid_day(year, month, day) else None


# A date a saved page printed twice, glued, in full and short ("15 июля 202015 июл 2020"),
# as a blog platform stamps its post (under the story, after its headline).
_DOUBLED_DATE = re.compile(r"^[ \t]*(\d{1,2})\s+([^\W\d_]{3,9})\s+((?:19|20)\d\d)(\d{1,2})\s+"
                           r"([^\W\d_]{3})[^\W\d_]*\.?(?:\s+\d{1,4})?[ \t]*$", re.MULTILINE)


def doubled_stamp(text: str, body: int, code: str) -> Mention | None:
    """The post's stamp printed twice on a line of its own anywhere in the text, its two
    copies the same day ("15 июля 202015 июл 2"); None when the text holds two such stamps of
    different days (a list of posts)."""
    lang = language(code)
    found = {}
    for match in _DOUBLED_DATE.finditer(text, body):
        month = lang.months.get(lang.key(lang.normalise(match[2])))
        day = int(match[1])
        if month is None or match[1] != match[4] or lang.months.get(
                lang.key(lang.normalise(match[5]))) != month or not valid_day(
                    int(match[3]), month, day):
            continue
        value = dt.date(int(match[3]), month, day).isoformat()
        found.setdefault(value, Mention(match.start(1), match.end(3), text[match.start(1):
                                        match.end(3)], value, "day", "explicit-date",
                                        f"the post's stamp '{match.group().strip()}'"))
    return next(iter(found.values())) if len(found) == 1 else None


_PERIODICAL = {code: re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, words)) + ")",
                               re.IGNORECASE)
               for code, words in ((c, getattr(m, "PERIODICAL_WORDS", ()))
                                   for c, m in MODULES.items()) if words}


def edition_line(line: str, code: str) -> bool:
    """True when the line carries a print edition's issue number and a periodical's word
    ("Еженедельник «…» № 12. Вестник в Пеллории 14/03/2013"): the paper's masthead, whose
    date is the issue's; any other number ("Резолюция № 2231", "Рейс № 47") is none."""
    periodical = _PERIODICAL.get(code)
    return bool(periodical and _ISSUE.search(line) and periodical.search(line))


def other_words(rest: str, lang) -> int:
    """Words of a date line besides its dates, clock, weekday, labels ("Дата публикации:",
    "کد خبر:") and numbers (a story's id); a quoted name and the site's address ("24-kg.com")
    are one word each and a print edition's number and page are none: "Газета «Коммерсантъ»
    №187 от 11.10.2023, стр. 6"."""
    rest = _ISSUE.sub(" ", _QUOTED.sub(" Q ", LABEL.sub(" ", _SITE.sub(" Q ", rest))))
    words = [w for w in CLOCK.sub(" ", rest).split() if not w.isdigit()]
    count, i = 0, 0
    while i < len(words):
        if i + 1 < len(words) and lang.key(f"{words[i]} {words[i + 1]}") in lang.weekdays:
            i += 2  # "سه شنبه"
            continue
        count += lang.key(words[i]) not in lang.weekdays
        i += 1
    return count


def page_chrome(text: str, lines: list[tuple[int, int]], i: int, lang) -> bool:
    """True when line ``i`` is the page's, not the story's date line: a line of its own
    "Сегодня" over it, exchange rates on it or a line next to it ("25 апреля 2024" over
    "USD 92.51 EUR 98.91": the page's clock), or words besides its date next to a photo's
    credit ("Фото: ..." over "Корабли в порту, 10 марта 2023 года": the photo's caption)."""
    if i > 0 and _TODAY_ALONE.match(text, *lines[i - 1]):
        return True  # the page's clock under its "Сегодня"
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if any(len(_RATE.findall(text, a, b)) > 1 or _RATES_WORDS.search(text, a, b)
           for a, b in [lines[i], *near]):
        return True
    if not any(CAPTION.match(text, a, b) and not CAPTION.match(text, *lines[i]) for a, b in near):
        return False
    rest = _DATE_WORDS.sub(" ", text[lines[i][0]:lines[i][1]])
    return other_words(rest, lang) >= _CAPTION_WORDS


def top_lines(text: str, body: int, teasers: bool = True):
    """The first lines of the article, (start, end) each; a site's menu of one- and two-word
    items ("صفحه نخست", "Политика") and its list of headlines (a few words without a digit
    or a closing stop) are passed over without using up the count.  With
    ``teasers`` false the lines end at the heading of a list of other stories ("Новости по
    теме", "اخبار مرتبط") or a teaser ("Читайте также: ..."): a date line under it is a
    listed story's, not the article's."""
    count, seen, pos, previous, prose = 0, 0, body, "", False
    while count < _TOP_LINES and seen < _MENU_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        words = len(text[pos:end].split())
        if not teasers and (_TEASER_OPENS.match(text, pos, end) or (
                list_heading(text, pos, end)
                and not (_menu_item(previous) and _menu_item(_next_line(text, end))))):
            return  # (an item of the site's menu, "Популярное" among short items, is none)
        if not teasers and prose and end - pos <= _TEASER_HEAD_CHARS and (
                _COMMENTS_HEAD.match(text, pos, end) or _FOOT_HEAD.match(text, pos, end)):
            return  # readers' comments or the site's latest stories under the story (a count
            # by the headline is none)
        prose = prose or words >= _PROSE_WORDS or (
            words >= _SENTENCE_WORDS and _SENTENCE_END.match(text, pos, end) is not None)
        if words:
            previous = text[pos:end]
            seen += 1
            count += words > 2 and not (words <= _HEADLINE_WORDS and _HEADLINE.match(text, pos, end))
            yield pos, end
        pos = end + 1


def feed_heading_end(text: str, body: int) -> int | None:
    """Where the lines under a list heading that opens the page begin ("Лента новостей" over
    the site's feed, the story below it), the heading's repeats passed over; else None."""
    for start, end in top_lines(text, body):
        line = text[start:end]
        if list_heading(text, start, end):
            if not opens_page(text[body:], start - body):
                return None
            while text[end + 1:].lstrip("\n").startswith(line.strip()):
                end = text.find(line.strip(), end + 1) + len(line.strip())
            return end + 1
        if not menu_line(line):
            return None
    return None


def _menu_item(line: str) -> bool:
    """A site's menu item: a short line without digits (a date line is none)."""
    return menu_line(line) and not any(ch.isdigit() for ch in line)


def _next_line(text: str, end: int) -> str:
    """The next line with words after the line ending at ``end``, or ""."""
    for line in text[end + 1:end + 2000].split("\n"):
        if line.strip():
            return line
    return ""


def top_mentions(head: str, body: int, code: str) -> list[Mention]:
    """The head's date mentions; on the top lines an abbreviated month may end in a full
    stop ("11 окт. 2023, 18:20")."""
    top = max((end for _, end in top_lines(head, body)), default=body)
    read = _GLUED_YEAR.sub(_spaced, _MONTH_STOP.sub(_spaced, _ABBREVIATION_DOT.sub(
        " ", head[:top]))) + head[top:]
    written = find_mentions(read, None, code, spans=[(body, len(head))])
    if read != head:
        written = [replace(m, text=head[m.start:m.end]) for m in written]
    return written


def _spaced(match: re.Match) -> str:
    """The match's first group, the rest of it spaces: the offsets are kept."""
    return match[1] + " " * (len(match[0]) - len(match[1]))


def numeric_dates(text: str, body: int, written: list[Mention]) -> list[Mention]:
    """Numeric dates of the top lines that the language's rules do not read: "11/10/2023",
    "11.10.23", "2023-10-11T18:20:00+03:00" (Gregorian, day first) and a Solar Hijri
    "۱۴۰۲-۰۵-۱۲" (a year under 1500 is Solar Hijri)."""
    return [m for start, end in top_lines(text, body) for m in line_dates(text, start, end,
                                                                         written)]


def line_dates(text: str, start: int, end: int, written: list[Mention]) -> list[Mention]:
    """The numeric dates and dates in English words of the line ``text[start:end]`` that
    ``written`` does not hold (see ``numeric_dates``)."""
    found = []
    taken = [(m.start, m.end) for m in written if start <= m.start < end and m.precision == "day"]
    for match in (*_ISO_DATE.finditer(text, start, end), *_DMY.finditer(text, start, end),
                  *_DMY_SOLAR.finditer(text, start, end),
                  *_DMY_SOLAR_DASH.finditer(text, start, end)):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if match.re is _ISO_DATE:
            y, m, d = (int(match[k].translate(_DIGITS)) for k in ("y", "m", "d"))
        else:
            keys = ("y", "b", "a") if match["y"] else ("y2", "b2", "a")
            y, m, d = (int(match[k].translate(_DIGITS)) for k in keys)
            y += 2000 if y < 70 else 1900 if y < 100 else 0
        if not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        day = numeric_solar(y, m, d) if 1300 <= y < 1500 else (
            dt.date(y, m, d) if 1900 <= y <= 2100 and valid_day(y, m, d) else None)
        if day is None:
            continue
        taken.append(match.span())
        found.append(Mention(match.start(), match.end(), match.group(), day.isoformat(),
                             "day", "explicit-date", f"numeric date '{match.group()}'"))
    found.extend(_english_dates(text, start, end, taken))
    return found


def _english_dates(text: str, start: int, end: int, taken) -> list[Mention]:
    """Full dates in English words on a top line ("3 August 2023", "Thursday, August 3,
    2023"), as sites print them next to, or instead of, the page's own language."""
    if not _LATIN.search(text, start, end):
        return []
    found = []
    for c in find_candidates(_MONTH_STOP.sub(_spaced, text[start:end])):
        a, b = start + c.start, start + c.end
        if c.kind != "full" or not (c.g("year") and c.g("mon") and c.g("day")) or any(
                x < b and a < y for x, y in taken):
            continue
        y, m, d = int(c.g("year")), month(c.g("mon")), int(c.g("day"))
        if valid_day(y, m, d):
            found.append(Mention(a, b, text[a:b], dt.date(y, m, d).isoformat(), "day",
                                 "explicit-date", f"date in English '{text[a:b]}'"))
    return found
