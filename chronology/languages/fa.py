"""Persian: the date words, calendars, cues and datelines of Persian news (IRNA, Tasnim,
Mehr, ISNA, Fars; Dari spellings of Afghan services too).

Every table is data; ``model.build`` compiles it.  Solar Hijri dates are converted by
jdatetime (``chronology/dates/solar.py``), never by hand.
"""

from __future__ import annotations

import re

CODE = "fa"
NAME = "Persian"
SCRIPT = "arabic"
DIRECTION = "rtl"
VOCABULARY = ("و", "در", "به", "از", "که", "این", "را", "با", "است", "کرد", "روز", "های",
              "گفت", "شد", "برای")
DIGITS = ("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")  # Persian and Arabic-Indic digits
LETTERS = {"ي": "ی", "ى": "ی", "ك": "ک"}  # Arabic letter forms -> Persian ones

# Gregorian months as Iranian services write them, then the Dari (Afghan) spellings.
MONTHS = (
    ("ژانویه", "ژانویهٔ", "جنوری"),
    ("فوریه", "فبروری"),
    ("مارس", "مارچ"),
    ("آوریل", "اپریل"),
    ("مه", "مهٔ", "می"),
    ("ژوئن", "جون"),
    ("ژوئیه", "جولای"),
    ("اوت", "آگوست", "اگست", "اگوست"),
    ("سپتامبر", "سپتمبر"),
    ("اکتبر", "اکتوبر"),
    ("نوامبر", "نومبر"),
    ("دسامبر", "دسمبر"),
)
# Gregorian month names that are also words or parts of names ("کیم جون اون", Kim Jong Un;
# "جون" is also "life"): read as a month only with a day before, a year after, a part of the
# month ("اواخر جون") or the month word before ("ماه جون"), as the Solar names that are words
# are.
WORD_MONTHS = ("جون", "می")
# «در» right before such a name makes it the month too ("در جون قرارداد ... امضا کردند"), as
# Dari services write months: a name («کیم جون اون») has no «در» right before its second word.
WORD_MONTH_BEFORE = ("در",)
# Solar Hijri months (Farvardin = 1), then the names Afghan (Dari) services write for the
# same months ("۴ قوس" is 4 Azar).  Several are ordinary words ("تیر", "مهر", "دی", "میزان"),
# so the engine reads them only with a day before or a year after them.
_SOLAR_NAMES = (
    ("فروردین", "حمل"), ("اردیبهشت", "ثور"), ("خرداد", "جوزا"), ("تیر", "سرطان"),
    ("مرداد", "امرداد", "اسد"), ("شهریور", "سنبله"), ("مهر", "میزان"), ("آبان", "عقرب"),
    ("آذر", "قوس"), ("دی", "جدی"), ("بهمن", "دلو"), ("اسفند", "حوت"),
)
# Each Iranian name also written with "ماه" joined to it ("دی‌ماه ۱۳۹۳", "آذرماه امسال"):
# a ZWNJ or nothing between them, which the month word after a space does not cover.
SOLAR_MONTHS = tuple((*names, f"{names[0]}\u200cماه") for names in _SOLAR_NAMES)
# The month word before a month's name ("در ماه آذر", "ماه مه"): the name is a month then.
MONTH_BEFORE = ("ماه",)
# Weekdays, Monday first; with or without the ZWNJ. Web text often loses the space after
# «روز» ("شامگاه روزجمعه", "روزیکشنبه"): the glued word is the weekday too.
_WEEKDAY_FORMS = (
    ("دوشنبه",), ("سه‌شنبه", "سه شنبه"), ("چهارشنبه",), ("پنجشنبه", "پنج‌شنبه"), ("جمعه",),
    ("شنبه",), ("یکشنبه", "یک‌شنبه"),
)
WEEKDAYS = tuple((*forms, *(f"روز{f}" for f in forms if " " not in f)) for forms in _WEEKDAY_FORMS)
# The first day of the week (Saturday, «شنبه», in Iran and Afghanistan): "یکشنبه هفته آینده"
# is the Sunday of the week, Saturday to Friday, after the week of writing.
WEEK_START = 5
# «جمعه» (Friday) is also a man's given name in Afghanistan and Central Asia ("ژنرال جمعه گل
# همت", "آقای جمعه خان"): after a rank or an honorific it names the man, no day. Not from the
# word after it: «گل» and «خان» start many Afghan names and places too, which a Friday may
# come before ("نیروهای پاکستانی جمعه گل آغا را بازداشت کردند", "جمعه خان آباد را هدف قرار
# دادند").
HONORIFICS = ("آقای", "حاجی", "ملا", "مولوی", "قاری", "جنرال")
WEEKDAY_NAMES = ("جمعه",)
# A day of the month written as an ordinal word before its month ("شامگاه جمعه، هفتم سنبله",
# "بیست و سوم اکتبر", "اول آبان"): the ordinals 1 to 31.
_ORD_UNITS = ("یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم")
_ORD_TEENS = ("دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم",
              "هجدهم", "نوزدهم")
DAY_ORDINALS = {"اول": 1, **{w: n for n, w in enumerate(_ORD_UNITS, start=1)},
                **{w: n for n, w in enumerate(_ORD_TEENS, start=10)}, "هیجدهم": 18,
                "بیستم": 20, **{f"بیست و {w}": 20 + n for n, w in enumerate(_ORD_UNITS, start=1)},
                "سی‌ام": 30, "سی و یکم": 31}
# A part of a month counted by an ordinal before the month ("هفته دوم اکتبر", "نیمه اول اسد",
# "دهه سوم مهر"): the ordinal counts the parts, not the days; the days one part holds.
MONTH_PARTS = {"هفته": 7, "نیمه": 15, "دهه": 10}
# Other things counted by an ordinal that may stand right before a month ("مرحله اول مهر ماه",
# "دور دوم آبان", "روزهای اول اکتبر"): the ordinal is theirs, the month is read alone.
COUNTED_BEFORE_ORDINAL = ("مرحله", "فاز", "دور", "دوره", "نوبت", "روزهای", "هفته‌های", "بخش")
# A time counted back from the day of writing ("دو روز پیش", "سه سال قبل"; "پیش از" /
# "قبل از" is "before" something, no time of its own): the word after the units, the units,
# and the numbers written as words.
AGO = ("پیش", "قبل")
AGO_UNITS = {"روز": "day", "هفته": "week", "ماه": "month", "سال": "year"}
# A weekday's name that is also a place's: «دوشنبه» is Monday and Dushanbe, the capital of
# Tajikistan. Right after «در» ("in") it is the city, unless a sign of the day follows it:
# a date in digits or in brackets ("در دوشنبه ۲۵ مهر", "در دوشنبه، ۲۵ مهر": after a comma only
# a date is the day's sign, as "خبرنگار ... در دوشنبه، درگیری ..." is the reporter's city), a day in words
# with its month ("در دوشنبه اول آبان", "در دوشنبه هجدهم اکتبر": Persian ordinals end in
# «م», and «اول» is the first), a week word ("در دوشنبه پیش", "در دوشنبه گذشته", "در
# دوشنبه این هفته"; not «پیش از», "before" something), a part of the day ("در دوشنبه شب")
# or another weekday joined by «و» ("در دوشنبه و سه‌شنبه"). Another place joined by «و»
# ("در دوشنبه و مسکو") and an apposition naming a capital or the country ("در دوشنبه،
# پایتخت تاجیکستان،") are the city's, whatever follows; "روز دوشنبه" is always the day.
PLACE_APPOSITION = ("پایتخت", "مرکز", "شهر", "تاجیکستان")
WEEK_AFTER = ("گذشته", "آینده", "اخیر", "آتی", "جاری", "هفته")
WEEK_THIS = ("این", "همین")  # "دوشنبه این هفته", with a unit of time after it
# Parts of the day ("عصر امروز": dropped with the date from titles).
TIME_OF_DAY = ("صبح", "عصر", "ظهر", "شب", "بامداد", "شامگاه", "نیمه‌شب")


def _any(words) -> str:
    """A regex alternation of words, longest first; a space in one may be a space or a ZWNJ."""
    return "|".join(re.sub("[ \u200c]", lambda _: "[\\s\u200c]*", w)
                    for w in sorted(set(words), key=len, reverse=True))


_MONTH_NAMES = _any(w for forms in (*MONTHS, *SOLAR_MONTHS) for w in forms)
_ORDINAL_DAY = r"(?:[\u0600-\u06ff]+\s+و\s+)?(?:اول|[\u0600-\u06ff]+م)"  # "بیست و سوم"
_END = r"(?![\w\u200c])"
_DAY_SIGN = (rf"\d|\(|،\s*(?:\d|{_ORDINAL_DAY}\s+(?:ماه\s+)?(?:{_MONTH_NAMES}){_END})"
             rf"|(?:{_any(AGO)}){_END}(?!\s+از{_END})|(?:{_any(WEEK_AFTER)}){_END}"
             rf"|(?:{_any(WEEK_THIS)})\s+(?:{_any(AGO_UNITS)}){_END}"
             rf"|(?:{_any(TIME_OF_DAY)}){_END}"
             rf"|{_ORDINAL_DAY}\s+(?:ماه\s+)?(?:{_MONTH_NAMES}){_END}"
             rf"|و\s+(?:\d|(?:{_any(w for forms in WEEKDAYS for w in forms)}){_END})")
WEEKDAY_PLACE = (rf"(?<!\S)در\s+(?P<wd>دوشنبه)(?![\w\u200c])"
                 rf"(?:(?=\s*،\s*(?:{_any(PLACE_APPOSITION)}){_END})|(?!\s*(?:{_DAY_SIGN})))")
# A night named before its weekday is the eve of that day, as the day begins at sunset: «شب
# جمعه» is Thursday night, «شب یکشنبه» Saturday night («جمعه شب», the weekday first, is
# Friday's own night).
WEEKDAY_EVE = ("شب",)
# The middle of that night is where the weekday begins: «از نیمه‌شب سه‌شنبه» is from the first
# hour of Tuesday, so what happens from then on is of Tuesday itself, not of its eve.
WEEKDAY_MIDNIGHT = ("نیمه‌شب",)
# The word joining the two days of one night («نیمه‌شب دوشنبه به سه‌شنبه»: the night from
# Monday to Tuesday): its midnight is the first hour of the second day.
NIGHT_TO = ("به",)
# A part of the day with «گذشته» right after a weekday's name is that weekday's part, the last
# one ("یکشنبه شب گذشته": last Sunday night, "جمعه شامگاه گذشته"), not "last night": the
# weekday dates it (``dates/lexical.py``).
WEEKDAY_PAST_PART = ("شب گذشته", "شامگاه گذشته", "نیمه‌شب گذشته")
# "last" after a weekday, a part of its day between or not ("یکشنبه گذشته", "صبح یکشنبه
# گذشته", "یکشنبه ظهر گذشته"): the word is the weekday's mention, so it leaves a title with it.
WEEKDAY_LAST = ("گذشته",)
DAY_WORDS = {"امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "روز گذشته": -1,
             "شب گذشته": -1, "نیمه‌شب گذشته": -1, "شامگاه گذشته": -1,
             "پریروز": -2, "فردا": 1, "پس فردا": 2}
# Relative years count Gregorian years from the reference date.
RELATIVE = {
    "هفته گذشته": ("week", -1), "هفته پیش": ("week", -1), "هفته جاری": ("week", 0),
    "هفته آینده": ("week", 1), "ماه گذشته": ("month", -1), "ماه جاری": ("month", 0),
    # "this week" ("این هفته", "همین هفته"; "در اوایل همین هفته", a part of it): the week of
    # the day of writing, as "هفته جاری"
    "این هفته": ("week", 0), "همین هفته": ("week", 0),
    "ماه آینده": ("month", 1),
    "سال گذشته": ("year", -1), "پارسال": ("year", -1), "امسال": ("year", 0),
    "سال جاری": ("year", 0), "سال آینده": ("year", 1),
}
# A periodical's words (word starts) that make a line with an issue number its masthead
# ("روزنامه … شماره ۴۷۱۲"); "قطعنامه شماره ۲۲۳۱" (a resolution) is none.
PERIODICAL_WORDS = ("روزنامه", "هفته‌نامه", "هفته نامه", "هفتهنامه", "ماهنامه", "ماه‌نامه",
                    "دوهفته‌نامه", "فصلنامه", "فصل‌نامه", "نشریه", "مجله")
# A word after a relative phrase that makes it another, longer one ("همین هفته گذشته", just
# last week; "این هفته نامه", a weekly): the phrase is no mention of its own.
RELATIVE_NOT_BEFORE = ("گذشته", "قبل", "پیش", "آینده", "بعد", "نامه")
# Days counted from the last date told ("همان روز", "روز بعد"), and the word of a time counted
# on from it ("دو روز بعد"; not "... بعد از ...", after something named).
CHAINED = {"همان روز": 0, "در همان روز": 0, "روز بعد": 1, "فردای آن روز": 1,
           "یک روز بعد": 1, "روز قبل از آن": -1}
LATER = ("بعد",)
AGO_ALONE = ("ماه", "سال")  # "سال پیش": last year; "چند سال پیش" (a few years) is no date
NUMBER_WORDS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7,
                "هشت": 8, "نه": 9, "ده": 10}
# The current month and year as Iranian and Afghan texts name them ("در ماه جاری", "سال
# جاری"): the Solar Hijri month and year of the day of writing, the calendar these texts date
# by, unless a Gregorian word follows ("سال جاری میلادی", ``YEAR_WORDS``). Their value is the
# Gregorian month (year) most of that Solar month (year) falls in, approximate, with its first
# and last day.
SOLAR_RELATIVE = ("ماه جاری", "سال جاری")
# A Gregorian year by its distance from the day of writing, after a Gregorian month or a part
# of the year ("سپتامبر سال گذشته", "اواخر سال گذشته").
YEAR_RELATIVE = {"سال گذشته": -1, "سال قبل": -1, "سال جاری": 0, "امسال": 0, "سال آینده": 1}
# A Gregorian month or a part of the year of the last date told, or of the year after it
# ("مارس همان سال", "اواخر سال بعد"): the year's distance from that date's.
YEAR_TOLD = {"همان سال": 0, "سال بعد": 1}
# A word between the two days, months or years of a range: "۳ تا ۵ مرداد", and «الی» as
# Afghan (Dari) services and formal Iranian writing put it ("۱۰ الی ۱۵ اکتبر", "سال‌های ۲۰۱۰
# الی ۲۰۱۴"): its start and its end, one span, not two dates.
RANGE_TO = ("تا", "الی")
# A word between two days in a row ("۲ و ۳ دسامبر"): a range of two days (two days apart, "۴ و
# ۱۸ مه", are no range: each is a day of the month written after the second).
RANGE_AND = ("و",)
# A word that opens a range before its first day: "بین ۴ و ۱۸ مه", "میان ۱۰ و ۲۰ مهر" is from
# the first day to the second (without it, "۴ و ۱۸ مه" are two days of May).
RANGE_BETWEEN = ("بین", "میان")
# "...؛ زمانی که ..." ("when ...") goes on about the same act: no second act there.
CLAUSE_SPLIT = r"؛\s+(?!(?:زمانی|وقتی|هنگامی)\s+که)"
MODIFIERS = {"اوایل": "START", "ابتدای": "START", "اواخر": "END", "اواسط": "MID"}
YEAR_WORDS = ("میلادی",)
SOLAR_YEAR_WORDS = ("هجری شمسی", "شمسی")
# Verbs of planning ("رزمایش ... برنامه‌ریزی شده است"): a plan, not a past act.
PLANNED = ("برنامه‌ریزی شده", "برنامه‌ریزی کرد")
# Future cues of an expectation, which may follow a past act in one clause ("… تحویل داد و
# انتظار می‌رود بقیه …": the delivery is done; ``dates/lexical_tense.tense``, review G).
EXPECTED = ("انتظار می‌رود", "پیش‌بینی می‌شود")
FUTURE_CUES = ("خواهد", "خواهند", "قرار است", "قرار شده", "برگزار خواهد", "در انتظار",
               "انتظار می‌رود", "پیش‌بینی می‌شود")  # "is expected", "is forecast"
# Verbs of publishing: their subject is a teller, an outlet or a service ("... گزارش داد که").
PUBLISHES = ("گزارش داد", "نوشت")
SPEECH_VERBS = ("گفت", "اعلام کرد", "افزود", "اظهار داشت", "تصریح کرد", "خاطرنشان کرد",
                *PUBLISHES, "به گزارش",
                # confirming a report is reporting it ("این را وزارت دفاع تأیید کرد")
                "تأیید کرد", "تایید کرد",
                # claiming is saying ("وی همچنین مدعی شد ...", "ارتش ... ادعا کرد که ...")
                "مدعی شد", "ادعا کرد",
                # a document's words ("در بیانیه ... آمده است که ...": it is stated that), not
                # «آمده است» alone, which is coming somewhere
                "آمده است که", "آمده بود که")
# The occasion the last event told, pointed back to ("<leader> در این تماس تلفنی ... قدردانی
# کرد" after "<leader> روز چهارشنبه با <leader> تماس گرفت"): what the sentence tells was said or
# done there, part of that event (``GoingOn.said_at_occasion``).
THIS_OCCASION = ("در این گفتگو", "در این گفت و گو", "در این تماس", "در این دیدار",
                 "در این ملاقات", "در جریان این گفتگو", "در جریان این گفت و گو",
                 "در جریان این تماس", "در جریان این دیدار")
# Nouns of talks that open with a speech verb's letters («گفتگو», «گفت و گو», typed without the
# ZWNJ of «گفت‌وگو»): no one saying («گفتگوهای دو کشور طی هفته گذشته ...» is no statement).
SPEECH_NOUNS = ("گفتگو", "گفت و گو")
# Verbs of announcing, informing and publishing: with «این را / این خبر را» they report the
# sentence before ("این را وزارت دفاع روز پنجشنبه خبر داد"); not a denial nor a promise.
ANNOUNCES = ("خبر داد", "منتشر کرد", "اعلام کرد", "گزارش داد", "گزارش کرد", "اطلاع داد",
             "اطلاع‌رسانی کرد", "فاش کرد", "اعلام شد", "منتشر شد", "گزارش شد")
# A news agency and the media (word starts): outlets (below), and nouns a demonstrative
# points at with no act told before ("این خبرگزاری", ``NOT_POINTED_BACK``).
NEWS_AGENCY = "خبرگزاری"
MEDIA_WORDS = (NEWS_AGENCY, "رسانه")
# A news outlet as the teller of the sentence, some or many of them too, with its reporting
# verb, before what it tells ("خبرگزاری ... گزارش داد که ...", "برخی رسانه‌ها نوشتند که ...",
# "روزنامه ... نوشت") or after it ("...، تلویزیون دولتی ... گزارش داد."): a plan it tells
# ("... قرار است ... دیدار کند", "... خواهد بود") is a report of what is to come, no act of
# the sides, whatever day it names (``DateChoice.dating``).  Not a noun that also starts
# many a subject ("شبکه پدافند هوایی ...": a network of air defence), nor an outlet with no
# reporting verb of its own.  The outlet's plural ("رسانه‌ها", "رسانه‌های") too; at most
# eight words between it and the verb (its name, a day, a source: "رسانه‌های … امروز از قول …").
OUTLETS = (*MEDIA_WORDS, *PERIODICAL_WORDS, "تلویزیون", "پایگاه خبری")
_OUTLET_VERBS = tuple(v for v in dict.fromkeys((*SPEECH_VERBS, *ANNOUNCES)) if v != "به گزارش")
_OUTLET_TELLS = (r"(?:(?:شماری|برخی|بعضی|تعدادی)[\s\u200c]+از[\s\u200c]+)?(?:"
                 + "|".join(w.replace("\u200c", r"[\s\u200c]?") for w in OUTLETS)
                 + r")(?:[\s\u200c]?های?)?(?![\w\u200c])(?:[\s\u200c]+[^\s\u200c،,.!?؟]+){0,8}?"
                 + r"[\s\u200c]+(?:" + "|".join(v.replace(" ", r"[\s\u200c]+") for v in _OUTLET_VERBS)
                 + r")(?:ند)?(?![\w\u200c])")
OUTLET_TELLS = rf"^\W*{_OUTLET_TELLS}|[،,]\s*{_OUTLET_TELLS}\W*$"
# Verbs of stressing and warning, and of judging a thing ("... را به نفع صلح دانست", "... را
# غیرقانونی خواند"): what someone said, as a reporting verb tells it.
STRESSES = ("تاکید کرد", "تأکید کرد", "هشدار داد")
JUDGES = ("دانست", "خواند", "توصیف کرد", "ارزیابی کرد")
# What someone said told in the verb-final order (``foreign_acts.reports_an_act``): a reporting,
# stressing or judging verb in the past (not "به گزارش", "according to"; not a passive,
# "اعلام شد", which names no one who said it) that ends the
# sentence ("وزیر ... از ... خبر داد.", "... را ... دانست.") or opens what was said after a
# colon or a comma ("سخنگو ... گفت: ...", "وزارت ... تأکید کرد، ..."): the day's statement, as
# "... گفت که ..." is. Not what someone had said («گفته بود»: before the news).
_SAYING = tuple(dict.fromkeys(v for v in (*SPEECH_VERBS, *(
    a for a in ANNOUNCES if not a.endswith(" شد")), *STRESSES, *JUDGES) if v != "به گزارش"))
STATEMENT_TOLD = (r"(?<!\S)(?:" + "|".join(v.replace(" ", r"[\s\u200c]*") for v in _SAYING)
                  + r")(?:ند|ه[\s\u200c]*(?:است|اند))?(?:\s*[:،,]|\W*$)")
# "These remarks" as the object of a verb of saying ("او این مطالب را هنگام بازدید از … بیان کرد",
# "… این سخنان را در نشست خبری مطرح کرد"): where and when the statement told before was made,
# no statement of its own (``foreign_links.remarks_placed``); not when another verb takes them
# first ("… این سخنان را رد کرد و گفت …": what the one rejecting them said).
REMARKS_PLACED = (r"(?<!\S)(?:این|همین)[\s\u200c]+(?:اظهارات|سخنان|مطالب|صحبت[\s\u200c]*ها)"
                  r"[\s\u200c]+را(?!\S)(?:(?!(?<!\S)(?:کرد|نمود|داد|شد)(?:ند)?(?![\u0600-\u06ff]))"
                  r"[^.!?؟])*?(?<!\S)(?:گفت|(?:بیان|مطرح|ایراد)[\s\u200c]*"
                  r"(?:کرد|نمود))(?![\u0600-\u06ff])")
# The word that opens what a reporting verb says ("گفت که ..."), with no comma before it.
THAT = ("که",)
# The news agencies by their short names («ایرنا», «تسنیم»; also spelled with the Arabic «ي»)
# and full names («خبرگزاری مهر», «باشگاه خبرنگاران جوان»): one table for every form of the
# dateline below.
AGENCIES = ("ایرنا", "ایسنا", "ایلنا", "تسنیم", "مهر", "فارس")
_AGENCY = "(?:" + "|".join(a.replace("ی", "[یي]") for a in AGENCIES) + ")"
_AGENCY_NAME = rf"(?:باشگاه خبرنگاران جوان|خبرگزاری {_AGENCY})"
# "تهران- ایرنا-", "مسکو - تسنیم -", "تهران – ایسنا:" at the start of a line, and an
# agency's byline with its reporter: "باشگاه خبرنگاران جوان؛ مریم حسینی - "; and any agency
# in brackets after the place, with the day after it or not, as Afghan services write it
# ("کابل (پژواک، ۲۵ سرطان ۱۴۰۲):", "کابل (طلوع‌نیوز) -"): the date in it is the day of
# writing, the sentence after it is the lead.
DATELINE = (
    r"^(?:(?P<city>[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)?)\s*[-–—]\s*"
    rf"(?P<agency>{_AGENCY})\s*[-–—:]\s*|"
    r"[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)?\s*\(\s*[\u0600-\u06ffA-Za-z\u200c]+"
    r"(?: [\u0600-\u06ffA-Za-z\u200c]+){0,3}(?:\s*[،,]\s*[^()\n]{1,30}?)?\s*\)\s*[-–—:]\s*|"
    # the agency and its desk: "خبرگزاری فارس - گروه بین‌الملل:"
    r"خبرگزاری [\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)?\s*[-–—]\s*گروه"
    r"(?: [\u0600-\u06ff\u200c]+){1,3}\s*:\s*|"
    rf"{_AGENCY_NAME}؛\s*"
    r"[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+){0,3}\s*[-–—]\s*|"
    # the agency alone before a dash ("باشگاه خبرنگاران جوان- …"; not a desk and an author
    # before a colon, "خبرگزاری مهر، گروه بین‌الملل - مریم رضایی: …", the byline of an
    # analysis, whose first sentence is the writer's view, no news)
    rf"{_AGENCY_NAME}\s*[-–—]\s*|"
    # any agency by its full name alone and a dash, no place ("خبرگزاری پارس- …"): a
    # dateline whatever the agency (one word of its name), only at the top of the story
    # (group ``lone``: ``foreign_occasions.story_dateline``); not a colon ("خبرگزاری …: …"),
    # with which a paragraph quotes an agency in the story, nor a second dash in the sentence
    # ("خبرگزاری … - که … است - نوشت …": the agency's name and a parenthesis)
    rf"(?P<lone>{NEWS_AGENCY}) [\u0600-\u06ff\u200c]+\s*[-–—]\s*(?=\S)"
    r"(?![^\n.!?؟]*(?:\s[-–—]|[–—])))"
)
KINDS = {
    "توافق": "agreement", "تفاهم نامه": "agreement", "تفاهمنامه": "agreement",
    "قرارداد": "agreement", "امضا": "agreement", "رزمایش": "exercise", "سفر": "visit",
    # a manoeuvre, a joint patrol: the drills of two forces, as "патрулирование" in ru.py
    "مانور": "exercise", "گشت زنی": "exercise", "گشتزنی": "exercise", "گشت هوایی": "exercise",
    "گشت دریایی": "exercise", "گشت مشترک": "exercise",
    "دیدار": "meeting", "ملاقات": "meeting", "مذاکره": "meeting", "تحویل": "delivery",
    "تحریم": "sanctions",
}
# A sentence that only says who reported the one before it ("این خبر را ... اعلام کرد"), as
# Afghan (Dari) services close a story's first sentence: "این را رسانه‌ها در سوم مارچ گزارش
# دادند", "این را سخنگوی وزارت دفاع روز شنبه به رادیو آزادی گفت".
ABOUT_THIS = ("این خبر را", "این مطلب را", "این را")
# Words opening a sentence that turns to another scene (see ru.py).
MEANWHILE = ("در همین حال", "در همین حین", "از سوی دیگر", "در عین حال", "همزمان")
# Words opening a phrase that names a point of reference ("از زمان بازگشت طالبان به قدرت در
# سال ۲۰۲۱"): its dates bound a period.
SINCE = ("از زمان",)
# Numbers before a relative phrase make it a span, not a date ("طی سه سال آینده", "۳ سال
# گذشته": the next three years, the past three years).
COUNT_WORDS = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "ده", "چند", "چندین")
# A past verb ending the sentence ("آغاز شد", "را رد کردند", "وارد شده است"), not one that
# reports ("اعلام شد", "خبر داده است", "گفت"); see ru.py. The stems: the light verbs and the
# common verbs of news acts ("به نمایش گذاشت", "را پذیرفت", "گشود"); not verbs of judging
# («دانست», «خواند»: a statement).
_PAST_STEMS = ("کرد", "شد", "داد", "گرفت", "رسید", "زد", "یافت", "کشت", "آمد", "رفت", "ساخت",
               "فرستاد", "پذیرفت", "گذاشت", "کشید", "گشود", "آورد", "افتاد")
# Past stems that are nouns too («برد», a range; «نشست», a meeting; «بسته», a package): a clause
# holds them without a verb, so they are a past verb only where they end the sentence (PAST).
_PAST_STEMS_FINAL = ("برد", "نشست", "بست")
# A past verb anywhere in a clause ("امضا شد", "امضا کردند", "فرستاده است"): the verb of a
# relative clause before the main verb (``dates/lexical_tense.calendar_tense``); the perfect's
# auxiliary is often written joined, its ZWNJ dropped ("رسیدهاند", "شدهاند"). The past
# participle alone (group ``bare``: "وارد تهران شده و …") is no finite verb: the clause after
# «و» often goes on with the same subject ("… و با همتای خود دیدار خواهد کرد"), and «داده»,
# «ساخته شده» are a noun and an adjective too (``dates/lexical_tense._closed_before``).
PAST_VERB = (r"(?<!\S)(?:" + "|".join(_PAST_STEMS) + r")(?:ند|ه[\s\u200c]*(?:است|اند|بود|"
             r"بودند)|(?P<bare>ه))?(?![\u0600-\u06ff\u200c])")
# The mark of a direct object: a clause that holds it has its object ("قرارداد … را امضا
# کرده"), so a noun opening the next clause is that clause's own subject.
OBJECT_MARKERS = ("را",)
# Prepositions that open a phrase ("… شده و با همتای خود …", "… کرده و در این سفر …"): a
# clause they open goes on without a subject of its own.
CLAUSE_PREPOSITIONS = ("با", "در", "به", "از", "برای", "تا", "طی", "بر", "درباره", "پس",
                       "پیش", "بدون", "جز", "سپس")
PAST = (r"(?<!اعلام )(?<!خبر )(?<!گزارش )(?<!\S)(?:(?:" + "|".join((*_PAST_STEMS, *_PAST_STEMS_FINAL))
        + r")(?:ند)?|"
        r"[\u0600-\u06ff]+ه[\s\u200c]*(?:است|اند|بود|بودند))\W*$")
# A sentence that ranks the event among others ("این نخستین رزمایش ... پس از انقلاب ...
# است", "این دومین سفر ... از سال ۲۰۲۱ است"): it compares, it tells no act of its own.
ORDINAL_STATEMENT = (r"^\W*(?:این|آن)\s+(?:نخستین|اولین|[\u0600-\u06ff]+مین)(?![\u0600-\u06ff])"
                     r".*(?<!\S)(?:است|بود)\W*$")  # and ends on its copula
# Words of a habit ("هر سال", "سالانه", "معمولاً"): a present with them tells what is done
# again and again, no plan and no news of the day (see ru.py).
HABIT = ("هر سال", "هر ساله", "هرساله", "همه ساله", "معمولا", "معمولاً",
         "به طور منظم", "به طور معمول", "هر ماه")
# Words of repetition that are adjectives too («رزمایش سالانه ...», "the annual exercise"): a
# habit only as an adverb, right before the verb («سالانه برگزار می‌شود», a word between).
HABIT_ADVERBS = ("سالانه", "ماهانه")
# A verb in the present ("می‌گوید", "می‌کند"): the sentence tells a view or a habit.
# «می» and a space or a zero-width non-joiner, or glued to a verb stem («میشود»): not a noun
# that begins so («میلادی», «میزبانی», «میان», «میلیون», «میدان»: review G).
_PRESENT_STEMS = ("شو", "کن", "ده", "رو", "گیر", "آی", "تو", "خواه", "گوی", "رس", "یاب", "ساز", "نمای",
                  "پرداز", "باش", "ماند", "گذار")
PRESENT = (r"(?<!\S)(?:می[\s\u200c][\u0600-\u06ff]|می(?:" + "|".join(_PRESENT_STEMS)
           + r")[\u0600-\u06ff]*)")
# «می» is May too ("۱۵ می ۲۰۲۴", "در ماه می") and the prefix of the present and of the past
# continuous, whose ZWNJ web text often turns into a space ("دو ماه می گذرد", "به ۱۵ می رسد",
# "یک ماه می شد"): a month's name that is such a prefix (``PREFIX_MONTHS``) is no month when a
# verb follows it, a present stem with its personal ending («رسد», «شوند», «تواند») or a past
# stem (``PREFIX_VERB``); not a word that only begins so («روز», «روسیه», «ده کشور», «سال»).
PREFIX_MONTHS = ("می",)
PREFIX_VERB = (r"[\s\u200c]+(?:(?:" + "|".join((*_PRESENT_STEMS, "توان", "گذر", "افت")) + r")(?:د|ند|ید|یم)"
               r"|(?:" + "|".join(_PAST_STEMS) + r")(?:ند)?)(?![\u0600-\u06ff\u200c])")
# A purpose clause closing a sentence after its main verb ("... هیاتی را به مسکو فرستاده است تا
# ... نشان دهد"): «تا» and a verb in the subjunctive (a present stem with «ب» or «ن» before it
# and a personal ending, «بفرستد», «نکند»; or «کند», «دهد», «باشد» ...), what the act is for;
# the main verb is the one before it. Not the past «بود» («... تا پایان رزمایش ... پهلو گرفته
# بود»: «تا» is "until"), nor after a verb of asking (``ASK_VERBS``): what is asked is no
# purpose of an act done ("ایران از روسیه خواسته است تا ... تحویل دهد": a request).
ASK_VERBS = ("خواست", "خواستند", "خواسته است", "خواسته اند", "خواسته‌اند", "درخواست کرد",
             "درخواست کردند", "درخواست کرده است", "تقاضا کرد", "تقاضا کردند", "دعوت کرد",
             "دعوت کردند", "دعوت کرده است", "ترغیب کرد", "اصرار کرد", "اصرار دارد",
             "درخواست کرده‌اند", "درخواست کرده اند", "خواستار شد", "خواستار شدند",
             "خواستار شده است", "خواستار شده‌اند", "خواستار شده اند")
PURPOSE_TAIL = ("".join(rf"(?<!{re.escape(w)})" for w in ASK_VERBS)
                + r"\s+تا\s+[^.؟!]*?(?<!\S)(?:[بن](?!(?:ود|بود)(?:ند)?(?![\u0600-\u06ff]))(?!(?:"
                + "|".join(_PAST_STEMS) + r")(?:ند)?(?![\u0600-\u06ff]))[\u0600-\u06ff]+?(?:ند|د)|کند|کنند|"
                r"دهد|دهند|شود|شوند|نماید|نمایند|باشد|باشند|گیرد|گیرند|سازد|سازند)\W*$")
# What someone says, in the present of saying ("وزیر ... می‌گوید ..."): a view of the day of
# writing, not a plan ahead (``dates/lexical_tense.calendar_tense``).
SAYS_NOW = ("می‌گوید", "می‌گویند", "می‌افزاید", "می‌نویسد")
# The past continuous («می‌شد», «می‌کردند»): «می» before a past stem is no present.
IMPERFECT = r"(?<!\S)می[\s\u200c]?(?:" + "|".join(_PAST_STEMS) + r")"
# Labels of a publication line, wherever it stands (see ru.py).
PUBLISHED_LABELS = ("تاریخ انتشار", "منتشر شده در", "تاريخ انتشار")
# A report whose object is an act ("ترکیه از آغاز عملیات ... خبر داد"; see ru.py), in the
# past or in the news present of the day ("منابع محلی از وقوع درگیری‌ها ... خبر می‌دهند").
# Not the present of a span up to now ("در ماه‌های اخیر", "طی هفته‌های گذشته": what reports
# keep saying, not the day's news). ``act`` names the act reported ("آغاز"): a report of the
# start of a thing the sentence before told begun is that act told again.
REPORTED_ACT = (r"(?<!\S)از\s+(?P<act>آغاز|شروع|برگزاری|پایان|امضای|تحویل|ورود|انجام|اعزام|وقوع)\s"
                r"(?:[^.؟!]{0,120}?خبر\s+(?:داد|دادند|داده)"
                r"|(?:(?!اخیر|گذشته)[^.؟!]){0,120}?خبر\s+(?:می[\s\u200c]?دهد|می[\s\u200c]?دهند))"
                r"(?![\w\u200c])")
# A decision named as the sentence's subject with the act it decided ("تصمیم دیروز دولت X
# مبنی بر تعلیق توافق ..."): ``act`` and ``thing`` name the act and what it was done to; after
# a sentence that told that act of that thing the same day, it is that act told again.
DECISION_ON = (r"\W*تصمیم(?:[\s\u200c]+[^\s\u200c،,.]+){0,4}?[\s\u200c]+(?:مبنی[\s\u200c]+بر|به)"
               r"[\s\u200c]+(?P<act>[^\s\u200c،,.]+)[\s\u200c]+(?P<thing>[^\s\u200c،,.]+)")
# Demonstratives before the noun of a thing an act is done to ("کنترل این شهر را ... به دست
# گرفت"): the act's noun and the thing's, both of the sentence before, tell its act again
# (``foreign_restated._acts_on_it``).
THIS_THING = ("این", "همین")
# Words of an anniversary ("به مناسبت شصتمین سالروز آزادی بندر کهربار در سال ۱۹۶۴",
# "دهمین سالگرد پیروزی در جنگ ۲۰۱۴"): a year after one in its clause, right after «در» or
# «سال» or a word of the thing remembered, names what is remembered, not the day of the act
# (``foreign_dating.remembered``); a day told after it ("... سالروز آزادی ... روز یکشنبه دهم
# مارس ... برگزار شد") is the ceremony's own.
ANNIVERSARY = r"(?:سالگرد|سالروز)[^،.؛:]*(?:(?<!\S)(?:در|سال|جنگ|انقلاب|پیروزی)[\s\u200c]*)$"
# A sentence opening on a contrast with the news ("این در حالی است که …", "این اظهارات در حالی
# مطرح می‌شود که …": this comes while …): it sets the news against a background, and a year
# in it is that background's time, no act's (a day or a month is one occasion).
CONTRAST_OPENER = r"^\W*این(?:[\s\u200c]+[^\s\u200c]+){0,2}[\s\u200c]+در[\s\u200c]?حالی"
# Personal pronouns that open a sentence ("آنها ..."; see ru.py).
PRONOUNS = ("او", "وی", "آنها", "آن‌ها", "ایشان")
# A source named before the story ("به گزارش خبرگزاری مهر،"), and a closing attribution.
# A source named before the act ("به گزارش ایرنا،", "به نوشته توران،", "براساس گزارش‌ها،"),
# or "before this" ("پیش از این،"), which only places the act before the report
# Agencies chain their sources ("به گزارش ایسنا، به نقل از رویترز،", "به گزارش تابناک به نقل
# از ایسنا؛") and close one with a comma or a semicolon: the whole chain is the prefix. A
# source of one word with no comma before a demonstrative ("به گفته منابع این درگیری ...")
# ends at that word; a demonstrative whose short phrase a comma or a semicolon closes is the
# source's own ("به گزارش رسانه‌های این کشور،", "بر اساس توافق این دو کشور،", "به گفته
# مقامات این وزارتخانه؛").
_SOURCE = r"(?:به گزارش|به گفته|به نقل از|به نوشته|براساس|بر اساس)"
SOURCE_PREFIX = (rf"^(?:{_SOURCE} [^\s،؛]+\s+(?=این\s)(?!این(?:\s+[^\s،؛]+){{1,3}}\s*[،؛])"
                 rf"|(?:{_SOURCE} [^،؛]{{1,60}}[،؛]\s*)+"
                 r"|(?:پیش از این|پیشتر)،\s*)")
ATTRIBUTION = r"(?:،\s*|\s+)(?:گفت|افزود|اعلام کرد)\s*[:.]?\s*$"
YEAR_BEFORE = ("سال",)  # "سال ۱۳۹۴", "سال 2015"
# The words that stand right before a bare year that dates an act ("در ۲۰۱۸", "تا ۲۰۳۰",
# "اواخر ۲۰۲۱", "۲۰۱۶ و ۲۰۱۷"): with no capitals to mark a name, a bare year after any other
# word is part of a name ("رزمایش زاپاد ۲۰۲۵", "ایندرا ۲۰۲۵"), as "Индра-2025" is.
YEAR_INTRODUCERS = ("در", "از", "تا", "به", "طی", "و", "یا", "سال", "سالهای", "سال‌های",
                    "اوایل", "ابتدای", "اواخر", "اواسط", "پایان", "آغاز", "بهار", "تابستان",
                    "پاییز", "زمستان", "میلادی", "قبل", "پیش", "بعد", "پس")
MONTH_WORDS = ("ماه",)  # "دی ماه ۱۳۹۳"
DATE_PREPOSITIONS = ("روز", "در", "از", "تا", "برای")  # dropped with a date from titles
# A speaker's office and rank: "حسین جابری انصاری سخنگوی وزارت امور خارجه" is named in a
# title by the words before the office ("حسین جابری انصاری"), without a leading rank
# ("امیر دریادار شهرام ایرانی" -> "شهرام ایرانی").
OFFICES = ("سخنگوی", "وزیر", "عضو", "فرمانده", "رئیس", "رئیس‌جمهور", "دبیر", "معاون", "سفیر",
           "دستیار", "نماینده", "مدیر", "مشاور", "رهبر")
RANKS = ("امیر", "سرتیپ", "سرتیپ دوم", "دریادار", "دریابان", "سردار", "سرلشکر", "سپهبد",
         "ژنرال", "دکتر", "مهندس", "آیت‌الله", "حجت‌الاسلام")
# The weekday names that are a man's here (see WEEKDAY_NAMES).
WEEKDAY_PERSON = (rf"(?<!\S)(?:{_any((*RANKS, *HONORIFICS))})\s+"
                  rf"(?P<wd>{_any(WEEKDAY_NAMES)}){_END}")
# Words that start a clause: a long title is cut before one.
CONJUNCTIONS = ("و", "اما", "که", "ولی")
# Words of absence: a kind's word within ``foreign.WITHOUT_WITHIN`` words after one is not
# reached ("بدون دستیابی به هیچ توافقی به پایان رسید"): no act of that kind.
WITHOUT = ("بدون",)
# Acts that, told as done inside what was said before a future, are its background, not the
# day's statement ("گفت که روسیه بالگردها را تحویل داده و جنگنده‌ها را نیز تحویل خواهد
# داد": a plan): a delivery, a signing, an arrival (the word before the past verb, or the verb).
SAID_BACKGROUND = ("تحویل", "امضا", "ارسال", "وارد", "رسید", "فرستاد", "فروخت")
# Actions of the topic's kind (see ru.py).
TOPIC_ACTIONS = ("تحویل", "حمله", "بمباران", "درگیری", "پرتاب", "تکذیب", "سلاح", "تسلیحات",
                 "موشک", "رزمایش", "سفر", "وارد", "هواپیما", "ناو", "بمب", "دیدار", "مذاکره",
                 "حملات", "گفت‌وگو", "تماس تلفنی", "سرنگون", "منهدم")
# Nouns of a change of amount before the verb that ends a sentence ("صادرات ... را به شدت
# افزایش داده است", "واردات ... کاهش یافت"): a trend, no act of the day for the lead convention
# (``extraction/foreign_trends.py``).
TREND = ("افزایش", "کاهش", "رشد", "دو برابر", "سه برابر", "چند برابر")
# ... as the main verb, with its light verb ("افزایش داده است"; not "سندی برای افزایش همکاری‌ها
# امضا کردند", where the noun is the object's: review G).
TREND_VERBS = ("داده", "داد", "دادند", "یافته", "یافت", "پیدا کرده", "پیدا کرد", "شده", "شد")
# Words of comparison right before a date ("به اندازه سال گذشته", "نسبت به سال گذشته"): the
# date is the base compared with, not an act's (``extraction/foreign_compared.py``).
COMPARED = ("به اندازه", "نسبت به", "در مقایسه با", "در قیاس با", "بیش از", "کمتر از")
# (not «مانند», «همچون»: "such as 20 September 2022" names an example, a date of its own)
# The name of a country's people, which Persian uses as the country's adjective too ("جنگنده
# روس", "نیروهای روس", "روس‌ها"): a topic group listing the country's name ("روسیه") is named
# by it (``extraction/names.py``). Not «ترک» (Turks), which is also "leaving" («ترک کرد»).
# Not «قزاق»: a Cossack too («قزاق‌های روس»); «قزاقستانی» is the country's own name.
PEOPLES = {"روسیه": ("روس",), "تاجیکستان": ("تاجیک",), "ازبکستان": ("ازبک",),
           "افغانستان": ("افغان",), "ارمنستان": ("ارمن",)}
# A people living in another country too: a sentence naming that country tells of its people
# there ("نیروهای تاجیک در شمال افغانستان", Afghanistan's Tajiks), which name no country of
# theirs (``extraction/names.py``).
PEOPLES_ELSEWHERE = {"تاجیک": ("افغانستان",), "ازبک": ("افغانستان",)}
# A source named in a sentence ("به گزارش صدای آمریکا،", "به نقل از هندوستان تایمز"), or the
# teller opening it before a verb of publishing and «که» ("صدای آمریکا گزارش داد که ..."):
# the countries its outlet's name holds are no party to the act told (``other_countries``).
SOURCE_PHRASE = (rf"{_SOURCE}[\s\u200c][^،؛.:\n]{{1,60}}|^[^،؛.:\n]{{1,40}}?(?=[\s\u200c]+"
                 rf"(?:{'|'.join(PUBLISHES)})(?:ند)?[\s\u200c]+که(?![\w\u200c]))")
# The words of an act aimed at a country («تحریم تسلیحاتی ایران», «قطعنامه‌ای علیه ایران»):
# right before a side's name, a third country's sanction or resolution against the side is of
# the topic (what the sides' arms trade may do), not another pair's act (``third_parties``).
TARGETED = ("تحریم", "علیه")
# A country named after these or those is what an act is about or against («درباره سوریه»,
# «علیه اوکراین», «حمله به سوریه»), not a party to it (``foreign_sides.other_countries``).
ADVERSARY = ("درباره", "در مورد", "در باره", "پیرامون", *TARGETED, "ضد", "حمله", "حملات", "جنگ",
             "تجاوز", "تهاجم", "بحران", "مسئله", "موضوع", "پرونده")
# The words opening a phrase of the circumstance of an act ("at the same time as", "despite":
# «همزمان با مانور ایران و روسیه،»), up to its comma or date: the sides named there alone are
# the backdrop of the act, and a third country named outside it is the one that acts
# (``foreign_sides.circumstance_only``: «..., ناو ژاپنی در بندر ... لنگر انداخت»).
CIRCUMSTANCE = ("همزمان با", "علی رغم", "به رغم", "با وجود")
# A third country told as taking part in an occasion named by a demonstrative («ناوشکن چینی
# در این رزمایش شرکت دارند»): a party to the act already told (a drill of three), not
# another pair's act.
TAKES_PART = r"(?:در|به)[\s\u200c]+این[\s\u200c]+[^\s.،؛]+[\s\u200c]+(?:شرکت|حضور|مشارکت)"
# A country right after these is where an act is done or goes ("در سوریه", "به سوریه", "از
# خاک سوریه"), a place, not a party to the act (``foreign_sides.a_place``).
PLACE_PREPOSITIONS = ("در", "به", "از", "بر", "فراز", "خاک", "حریم", "آسمان", "مرز", "مرزهای")
# The countries an article may name besides its sides, by their English names (the topic's
# groups'), as regexes on normalised text (ی, ک; a ZWNJ or a space inside a name): a group
# that is one of them is named by any of these names too ("کوریای شمالی", the Dari spelling,
# for a group listing "کره شمالی"), and a country no side stands for is a third country
# (``extraction/foreign_sides.other_countries``: an act of another pair told in passing).
# A name takes the adjective's «ی»/«ای», «یی» after a final «ا» («آمریکایی»), and the
# plural («روس‌ها»); «آذربایجان شرقی/غربی» are Iranian provinces, «امارت اسلامی» (the
# Taliban's emirate) no country here.
_ENDS = r"(?:\u200c?(?:ی|ای|یی|ها|های|هایی))?(?![\w\u200c])"
COUNTRIES = {
    "Russia": rf"(?:روسیه|روس){_ENDS}",
    "Iran": rf"ایران{_ENDS}",
    "China": rf"چین{_ENDS}",
    "United States": rf"(?:آمریکا|امریکا|ایالات[\s\u200c]?متحده(?:[\s\u200c]?(?:آمریکا|امریکا))?){_ENDS}",
    "Ukraine": rf"اوکراین{_ENDS}",
    "Belarus": rf"(?:بلاروس|بیلاروس){_ENDS}",
    "India": rf"(?<!اقیانوس\s)(?<!اقیانوس)(?:هند|هندوستان){_ENDS}",  # not the Indian Ocean
    "Pakistan": rf"پاکستان{_ENDS}",
    "Afghanistan": rf"(?:افغانستان|افغان){_ENDS}",
    "Turkey": rf"ترکیه{_ENDS}",
    "Israel": rf"(?:اسرائیل|اسراییل){_ENDS}|رژیم[\s\u200c]صهیونیستی",
    "Syria": rf"سوریه{_ENDS}",
    "Iraq": rf"عراق{_ENDS}",
    "Saudi Arabia": rf"عربستان{_ENDS}",
    "United Arab Emirates": rf"امارات{_ENDS}",
    "Qatar": r"قطر(?![\w\u200c])",
    # «مصر است»: "insists", not Egypt
    "Egypt": rf"مصر{_ENDS}(?![\s\u200c]+(?:است|هستند|هست|بود|بودند|بوده|نیست)(?![\w\u200c]))",
    "North Korea": r"(?:کره|کوریای)[\s\u200c]?(?:ای[\s\u200c]?)?(?:ها[\s\u200c]?)?شمالی(?![\w\u200c])",
    "South Korea": r"(?:کره|کوریای)[\s\u200c]?(?:ای[\s\u200c]?)?(?:ها[\s\u200c]?)?جنوبی(?![\w\u200c])",
    "Japan": rf"(?:ژاپن|جاپان){_ENDS}",
    "Azerbaijan": r"آذربایجان(?![\w\u200c])(?![\s\u200c](?:شرقی|غربی))|جمهوری[\s\u200c]آذربایجان",
    "Armenia": rf"(?:ارمنستان|ارمن){_ENDS}",
    "Georgia": rf"گرجستان{_ENDS}",
    "Kazakhstan": rf"قزاقستان{_ENDS}",
    "Kyrgyzstan": rf"قرقیزستان{_ENDS}",
    "Uzbekistan": rf"ازبکستان{_ENDS}",
    "Tajikistan": rf"تاجیکستان{_ENDS}",
    "Turkmenistan": rf"ترکمنستان{_ENDS}",
    "Serbia": rf"صربستان{_ENDS}",
    "Vietnam": rf"ویتنام{_ENDS}",
    "Myanmar": rf"میانمار{_ENDS}",
    "France": rf"فرانسه{_ENDS}",
    "Germany": rf"آلمان{_ENDS}",
    "United Kingdom": rf"(?:انگلیس|بریتانیا|انگلستان){_ENDS}",
    "Taiwan": rf"تایوان{_ENDS}",
}
# ... but such a name right after a state's force or office («ارتش تاجیک», «نیروهای مسلح
# تاجیک»), or joined by «و» to another country's people («نیروهای روسی و تاجیک»), is its
# country's: only a people's name with neither is the people elsewhere («تاجیک‌های شمال
# افغانستان»).
STATE_FORCES = ("ارتش ملی", "ارتش", "نیروهای مسلح", "وزارت دفاع")
# ... and the endings it takes: plural, and the adjective's «ی» ("روس‌ها", "نیروهای روسی";
# matching drops the ZWNJ)
PEOPLE_ENDINGS = ("ها", "های", "ی")
# Both sides of the article, and a demonstrative pointing back ("این سند"): see ru.py.
BOTH_SIDES = ("دو کشور", "2 کشور", "طرفین", "دو طرف", "2 طرف")  # digits read as ASCII ones
BACK_REFERENCE = ("این", "به گفته وی", "به گفته او")  # the speaker before goes on
# ... but not before a noun of the report itself or of a time ("این گزارش", this report; "این
# خبرگزاری", this agency; "این بار", this time; "این روزها", these days; the units of
# ``AGO_UNITS`` too, "این هفته"): these point at no act told before (``foreign.points_back``).
NOT_POINTED_BACK = ("گزارش", *MEDIA_WORDS, "منبع", "بار", "روزها", "روزهای")
# An undated sentence that goes on with the dated one before it (see ru.py).
CONTINUES = r"(?<!و )(?<!\w)همچنین(?!\w)"  # "و همچنین" is "as well as", no new act
# A sentence opening with these tells a thing's history (see ru.py).
HISTORY_OPENERS = ("پیش از این", "پیشتر", "قبلا", "قبلاً")
# Another act of the same people, not the same one told again (``foreign_restated.py``):
# "این وزیر روسی ... با رئیس‌جمهور ایران نیز دیدار کرد".
ANOTHER_ACT = ("نیز", "همچنین", "هم چنین")
# Right after the date of a later sentence, "also" ("ستاد ارتش روز سه‌شنبه نیز گزارش داد"): one
# more act of that day, not the lead told again (``foreign_parts.also_that_day``).
ALSO = ("هم", "نیز")
# "نیز" after "now" is "still", not "also" ("این درگیری ... رخ داده و هم‌اکنون نیز صدای شلیک
# شنیده می‌شود"): the same act going on, no other act.
# Verbs of an act going on ("... ادامه یافت"), see ru.py.
CONTINUED = ("ادامه",)
STILL = ("هم اکنون نیز", "هم‌اکنون نیز", "اکنون نیز", "هنوز نیز")
OTHER_TIME = ("پیش از این", "پیشتر", "پیش‌تر", "قبلا", "قبلاً", "سپس", "بعدا", "بعداً",
              "آخرین بار")
# Words before a date that make it the bound of a period (see ru.py): "از یکشنبه", "تا سه‌شنبه".
# The bound that ends a period ("این رزمایش تا ۱۴ سپتامبر ادامه خواهد داشت", see ru.py).
BOUNDS_UNTIL = ("تا",)
BOUNDS = ("از", *BOUNDS_UNTIL)
# Words of a state or a period that own a range of years after a bound in their clause ("در
# جریان جنگ از سال ۱۹۹۲ تا ۱۹۹۴", "در دوران تحریم از ۲۰۱۲ تا ۲۰۱۵"): the range is the span
# of that state; an act told with a range and no such word is dated by it ("روسیه از سال
# ۲۰۱۵ تا ۲۰۱۷ پنجاه فروند بالگرد تحویل داد": from 2015, ending 2017). Right before a past week
# in what someone says ("... گفت: در طول هفته گذشته نه ناو تمرین کرده‌اند"), they make it the span
# of a count, not the week of an act (``extraction/foreign_retold.said_over_week``).
SPAN_OWNERS = ("در جریان", "در طول", "طی", "در طی", "دوران", "دوره", "در زمان")
# Verbs of lasting ("رزمایش تا ۱۶ سپتامبر ادامه خواهد داشت"): with "تا" they tell when an act
# with a duration ends; a validity ("تا سال ۲۰۳۰ معتبر است") ends no act.
LASTING = ("ادامه", "طول", "برگزار")
# A verb of ending just after a date ("این مانور ... ۸ آذر پایان می‌یابد", "... به پایان
# می‌رسد"): the day the act told before ends, as «تا» before the date says
# (``foreign_retold.with_ends_told``).
ENDS_ON = ("پایان",)
# Words of validity ("این توافقنامه تا سال ۲۰۳۰ معتبر است"): how long a document told before is
# valid, no event.
VALIDITY = ("معتبر", "اعتبار دارد", "اعتبار خواهد داشت")
# Words right after a date that run its period up to the day of writing ("از سال ۲۰۱۷ تا کنون",
# "از ماه مه به این سو"): the date starts a state, as "از زمان ..." does, and dates no act.
# Words right before a year that name the period a plan or a document is for ("سند همکاری‌های
# نظامی برای سال‌های ۲۰۲۵ تا ۲۰۲۷ را امضا کردند"): the year dates no act told in the past.
PLAN_PERIOD = ("برای", "برای سال", "برای سال‌ها", "برای سال‌های")
# Words of inviting, deciding, putting off and accepting: a past one governs an act still ahead
# ("از ایران برای شرکت در رژه ۲ ژوئیه دعوت کرد", "سفر به ۲ ژوئیه موکول شد", "تا ۲ ژوئیه به
# تعویق افتاد"), as a reporting verb (``SPEECH_VERBS``, ``ANNOUNCES``) does: its clause tells no
# done act on the date.
GOVERNS_AHEAD = ("دعوت", "موکول", "به تعویق", "پذیرفت", "تصمیم", "مقرر", "پیشنهاد")
UNTIL_NOW = ("تا کنون", "تاکنون", "تا به حال", "به این سو", "به این طرف")
# A side clause closed by a comma ("رئیسی که دیروز وارد مسکو شده بود، امروز ..."): its dates
# tell a side fact, so a date outside it dates the sentence.
SIDE_CLAUSE = r"(?<=\S)\s+که\s[^،.:؛]*،"
# Reported speech as a headline "X: Y": "شمخانی اعلام کرد که ..." / "دهقان گفت: ...".
REPORTED = (
    r"^(?P<who>\S.{2,80}?)\s+(?:گفت|اعلام کرد|افزود|تاکید کرد|تأکید کرد|اظهار داشت)(?:ند)?"
    r"\s*(?:که|:)\s*(?P<what>\S.*)$"
)
VERB_FINAL = True  # the verb ends the sentence: a long title keeps it
# The light verbs and helpers that end a verb ("تحویل داده شد", "امضا کرده بودند", "دیدار
# کرد"): a long title keeps them with the word before them, the verb's own meaning.
VERB_PARTS = ("کرد", "کردند", "کرده", "کند", "کنند", "نمود", "نمودند", "نموده", "شد", "شدند",
              "شده", "شود", "شوند", "داد", "دادند", "داده", "دهد", "دهند", "گرفت", "گرفتند",
              "گرفته", "است", "اند", "بود", "بودند", "باشد", "خواهد", "خواهند", "داشت",
              "داشتند", "داشته", "یافت", "یافته", "رسید", "رسیده", "زد", "زدند", "کرده‌اند",
              "کرده‌است", "شده‌است", "شده‌اند", "داده‌است", "داده‌اند", "می‌کند", "می‌کنند",
              "می‌شود", "می‌دهد")
# The words right before the verb that name the other side of the act ("با وزیر دفاع چین
# دیدار کرد": with whom; "به ایران تحویل داد": to whom or where): a long title keeps them.
PARTY_BEFORE_VERB = ("با", "به")
NAME_FIRST = True  # "علی شمخانی دبیر شورای عالی امنیت ملی": the name comes first

# Where and by whom an act was done (``chronology/extraction/theatres.py``): regexes; a space
# in a phrase may be a space or a ZWNJ. Seas and gulfs, by their English names.
SEAS = {"Caspian Sea": r"دریای\s?خزر|دریای\s?کاسپین", "Persian Gulf": r"خلیج\s?فارس",
        "Gulf of Oman": r"دریای\s?عمان", "Indian Ocean": r"اقیانوس\s?هند",
        "Arabian Sea": r"دریای\s?عرب", "Red Sea": r"دریای\s?سرخ",
        "Strait of Hormuz": r"تنگه\s?(?:ی\s?)?هرمز", "Black Sea": r"دریای\s?سیاه",
        "Mediterranean": r"مدیترانه"}
INLAND = r"(?:جنوب|شمال|شرق|غرب|مرکز)(?:\s?(?:شرق|غرب))?\s?(?:ی\s?)?کشور"
PORT = r"بندر|ساحل|سواحل|کرانه"
SERVICES = {"naval": r"نیروی\s?دریایی|ناوگروه|ناوشکن|ناوچه|ناو(?![\u0600-\u06ff])",
            "air defence": r"پدافند",
            # an operation told by the arm that fights it («عملیات زمینی», «عملیات هوایی»)
            "air force": r"نیروی\s?هوایی|عملیات\s?هوایی",
            "ground": r"نیروی\s?زمینی|عملیات\s?زمینی"}
# The verbs only: not "در پایان بازدید" (at the end of a visit), "آغاز سال" (the year's start).
# A visitor's or a ship's arrival (see en.py): «وارد مسکو شد» (not «به پایان رسید»: an end).
# The target an act is aimed at («عملیات علیه پ‌ک‌ک»: see en.py).
# The whole name past a generic head (مواضع, اهداف), up to the next preposition, and the
# place after «در» (see en.py): «علیه مواضع پ‌ک‌ک» is not «علیه مواضع داعش».
TARGET = (r"(?<!\S)علیه\s+(?:(?:مواضع|اهداف|پایگاه\s?های|پایگاه|شبه\s?نظامیان|عناصر)\s+)?"
          r"((?:(?!(?:در|به|از|و|را|با|که|روز)(?!\S))[^\s.،؛]+\s*){1,4})"
          r"(?:\s*در\s+(?:(?:شمال|جنوب|شرق|غرب)\s+)?(?P<place>[^\s.،؛]+))?")
# Landing is arriving told another way («در فرودگاه ... فرود آمد»).
ARRIVAL = (r"(?<!\S)وارد\s+(?:\S+\s+){0,3}?(?:شد|شدند|شده)(?!\S)|"
           r"(?<!\S)فرود\s?(?:آمد|آمدند|آمده)(?!\w)")
# Where an arrival ends (see ru.py): the port or city after "بندر" ("port", often written
# joined: "بندرعباس", "بندر انزلی") or "شهر", in a clause that ends in an arrival or a docking
# ("وارد بندرعباس شد", "در بندر انزلی پهلو گرفتند", "به بندرعباس رسیدند"); two ports are two
# acts, however alike the rest ("بندرعباس", "بندرانزلی").  The port word, joined or apart,
# is read past after "شهر" too ("وارد شهر بندرعباس شد" is "وارد بندرعباس شد").
ARRIVAL_PLACE = (r"(?<!\S)(?:وارد|در|به)\s+(?:شهر\s+(?:بندر\s?)?|بندر\s?)"
                 r"(?P<place>[\u0621-\u06cc]{3,})"
                 r"(?=\s+(?:\S+\s+){0,4}?(?:شد|شدند|پهلو\s+گرفت|پهلو\s+گرفتند|رسید|رسیدند|"
                 r"لنگر\s+انداخت|لنگر\s+انداختند)(?![\w\u200c]))")
PHASES = {"start": r"(?:آغاز|شروع)\s?(?:شد|شده|کرد|کردند|کرده|می\s?شود)|مراسم\s+افتتاحیه",
          "end": r"(?:به\s?پایان\s?(?:رسید|رسیده|می\s?رسد))|(?:پایان|خاتمه)\s?(?:یافت|یافته)",
          "stage": r"مرحله",
          # a weapon's test is a later step than its delivery (see en.py)
          "test": r"(?:آزمایش|تست)\s?(?:کرد|کردند|شد|شده)(?!\w)",
          # a treaty ratified (approved by parliament) is a later step than its signing (see
          # en.py): «تصویب کرد»، «به تصویب رسید»، «قانون ... تصویب شد»
          # (a whole past verb: not «تصویب شدن», «تصویب شود», «تصویب نشده»)
          # (and the usual way: «به تصویب مجلس رسید», the house named between)
          "ratification": r"(?:تصویب\s?(?:کرد|کردند|کرده|شد|شده)|به\s?تصویب\s?"
                          r"(?:(?:مجلس|پارلمان)[^\s.،؛]*(?:\s+[^\s.،؛]+){0,2}?\s+)?"
                          r"(?:رسید|رساند|رسیده))(?!\w)",
          # آتش بس، ترک مخاصمه: never the strike or the clash it ends
          "truce": r"آتش\s?بس|ترک\s+مخاصمه|توقف\s+درگیری"}
# A truce named only as broken or defied (see ru.py).
TRUCE_BROKEN = r"(?:نقض|با\s+وجود|علیرغم|به\s+رغم)\s+(?:\S+\s+){0,3}آتش\s?بس"
# Fighting, which a ceasefire ends (``theatres.one_truce``).
# A reaction to an act, not the act (see en.py).
# A statement judging the act is one too: «این حملات را غیرمسئولانه خواند», «اعتراض».
REACTION = (r"محکوم|نقض|اعتراض|(?:غیر\s?مسئولانه|غیر\s?قانونی|تجاوز\S*|جنایت\S*)\s+"
            r"(?:\S+\s+){0,2}?(?:خواند|دانست|توصیف)")
# A reaction told as a modifier of the act (see en.py): «با نقض حریم هوایی», «در نقض».
REACTION_ASIDE = r"(?i)(?<!\S)(?:با|در)\s+نقض(?!\S)"
COMBAT = r"حمله|حملات|درگیری|بمباران|گلوله\s?باران|تیراندازی|نبرد"
# The heading of readers' comments under the story ("نظرات", "دیدگاه‌ها", "ارسال نظر"): the
# dates under it are the comments' (read by ``dates/lexical_top.py``).
# Headings of a ticker of breaking news over or beside the story ("خبر تازه"): a date line
# under one is a ticker item's or the page's clock, not the story's (``lexical_top``).  A
# section's "latest news" ("آخرین اخبار", "Последние новости") may head the story's own date.
LATEST_HEADINGS = (r"خبر\s+تازه", r"اخبار\s+تازه")
COMMENT_HEADINGS = (r"نظرات(?:\s+کاربران)?", r"دیدگاه[\u200c ]?ها", r"نظر\s+شما", r"ارسال\s+نظر",
                    r"نظرات\s+خوانندگان")
# The heading of the site's list of its latest stories ("آخرین اخبار", "تازه‌ترین اخبار"): under
# the story's prose the dates below it are the listed stories' (``dates/lexical_top.py``).
FOOT_LIST_HEADINGS = (r"آخرین\s+(?:اخبار|خبرها)", r"تازه[\u200c ]?ترین\s+(?:اخبار|خبرها)")
# The present of the day's news in a lead: an agency lead tells the day's act in the present
# as a headline does ("پلیس نظامی روسیه ... گشت‌زنی می‌کند", "... تحویل می‌دهد", after
# "تاکید کرد،"), not a habit (``HABIT``) nor a plan (``FUTURE_CUES``); a lead in it that names
# a kind of act is the news of its day (``foreign.opens_with_news``), as in Russian. Only the
# light verbs of acts done by someone («می‌کند», «می‌دهد», third person): not «می‌شود»
# (a passive or a becoming: "محسوب می‌شوند"), nor what someone says, writes or wants.
# A time ahead or of late in a lead told in the present ("طی سه سال آینده ... تحویل می‌دهد",
# "در ماه‌های اخیر ... خبر می‌دهند"): a plan or a trend, not the day's act.
LEAD_PRESENT_ELSEWHEN = ("آینده", "آتی", "اخیر")
# A lead's present that starts its act ("رزمایش مشترکی را ... آغاز می‌کنند"): the act of the
# day, though the next sentence dates its end or its next round ahead (see ru.py).
LEAD_STARTS = ("آغاز می‌کنند", "آغاز می‌کند", "شروع می‌کنند", "شروع می‌کند")
# The nouns of a part of an act ("دور بعدی این رزمایش", "مرحله دوم این رزمایش"): the words
# counted before an ordinal (see ru.py).
ACT_PARTS = COUNTED_BEFORE_ORDINAL
LEAD_PRESENT = r"(?<!\S)می[\s\u200c]?(?:کن|ده)(?:د|ند)(?![\u0600-\u06ff])"
# Designers' names as Persian writes them before a designation's number ("سوخو-۲۴" is the
# Su-24, "اس ۴۰۰" the S-400, "اف 16" the F-16, "تو 95" the Tu-95): the Latin letters the
# designation is written with in any other script (``extraction/crosslang.designations``).
DESIGNATION_NAMES = {"سوخو": "SU", "سوخوی": "SU", "میگ": "MIG", "اس": "S", "اف": "F",
                     "تو": "TU", "توپولف": "TU", "یاک": "YAK", "ایل": "IL", "ایلیوشین": "IL",
                     "میل": "MI", "کاموف": "KA", "تی": "T"}
# A number before a unit of time counts time, whatever word is before it ("تو ۲۴ ساعت
# گذشته" is "in the past 24 hours", "ناو تو ۳ روز"): no designation.
DESIGNATION_NOT_BEFORE = (*AGO_UNITS, "ساعت", "دقیقه")

# Weapon classes (``extraction/weapons``; classes and designations in ``en``): word
# beginnings, whatever follows ("جنگنده‌های", "ناوهای", "موشکی").
WEAPON_ENDING = r"\w*"
WEAPON_CLASSES = {
    "jet": ("جنگنده", "بمب‌افکن", "بمب افکن", "بمبافکن"),
    "helicopter": ("بالگرد", "هلیکوپتر", "چرخبال"),
    "small arms": ("تفنگ", "سلاح سبک", "سلاح‌های سبک", "مسلسل", "کلاشینکف"),
    "ship": ("ناو", "زیردریایی", "زیر دریایی"),
    "drone": ("پهپاد",),
    "missile": ("موشک", "پدافند", "ضدهوایی"),
}
# The goods' class (``extraction/weapons.goods``): what follows these cues tells the goods'
# arms ("مجهز به موشک"), and a weapon word after "ضد" is their target ("سامانه ضد پهپاد").
GOODS_END = r"\s(?:مجهز|مسلح)\s"
# A military operation ("آغاز عملیات"; see ru.py ``OPERATIONS``); word beginnings.
OPERATIONS = ("عملیات",)
# Kinds of thing whose own name follows in quotation marks (``extraction/crosslang.
# quoted_names``): the weapon classes above, and satellites, systems, exercises and
# operations ("ناوشکن «...»", "ماهواره «...»", "رزمایش «...»", "عملیات «...»"); word beginnings.
NAMED_KINDS = (*(word for words in WEAPON_CLASSES.values() for word in words), "ماهواره",
               "سامانه", "رزمایش", *OPERATIONS)
WEAPON_TARGET = r"ضد[\s\u200c]?"

# The word before the clock of a date line's stamp ("۲۲ مهر ۱۴۰۲ ساعت ۰۸:۱۵").
STAMP_CLOCK_WORDS = ("ساعت",)
