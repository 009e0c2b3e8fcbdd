"""Date expressions of a language given as data (``chronology/languages/XX.py``).

The rules are the same for every such language; only the words come from its tables.  The
text is matched in its normalised form (ASCII digits, Persian letter forms, lower case),
which keeps every offset, so a candidate's span is the span in the original text.

>>> [(c.kind, c.text) for c in find_candidates("МОСКВА, 22 января 2015 года. Во вторник", "ru")]
[('day-month', '22 января 2015 года'), ('weekday', 'вторник')]
>>> [(c.kind, c.text) for c in find_candidates("روز سه‌شنبه ۳۰ دی ۱۳۹۳", "fa")]
[('weekday', 'سه‌شنبه'), ('solar-day-month', '۳۰ دی ۱۳۹۳')]
"""

from __future__ import annotations

import re
from functools import cache

from chronology.dates.tagger import Candidate
from chronology.languages import language
from chronology.languages.model import NEVER

_L, _R = r"(?<![\w\-/.:])", r"(?![\w])"  # not inside a word, a number or a clock time
_GLUED = r"(?<=[^\W\d_]{3})"  # right after a word's letters: a rule that says so itself
_D = r"(?P<d>[0-3]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)"
_SY = r"(?P<sy>1[34]\d\d)"


@cache
def rules(code: str) -> list[tuple[str, re.Pattern]]:
    """The rules of a language, compiled once: ``(kind, pattern)``, in priority order."""
    p = language(code).patterns
    yw = rf"(?:\s*(?:{p['YEAR_WORDS']})(?!\w))?" if p["YEAR_WORDS"] != NEVER else ""
    before = rf"(?:(?:{p['YEAR_BEFORE']})\s+)?"
    mw = rf"(?:\s+(?:{p['MONTH_WORDS']}))?"
    mod = rf"(?:(?P<mod>{p['MODIFIERS']})\s+)?"
    syw = rf"(?:\s*(?:{p['SOLAR_YEAR_WORDS']}))?"
    mon, smon = rf"(?P<mon>{p['MONTHS']})", rf"(?P<smon>{p['SOLAR_MONTHS']})"
    ry = rf"(?P<ry>{p['YEAR_RELATIVE']})"  # "прошлого года": a year counted from today
    # the space before a year, or none after a month's letters: a web page's text may have
    # lost it ("состоялось 23 октября2003 года")
    gap = rf"(?:\s+{before}|(?<=[^\W\d_]{{3}}))"
    # "22 фев. 2019": an abbreviated month (four letters at most) may keep its dot
    # "23 октября (2019 г.)", "۲۳ اکتبر (۲۰۱۹)": the day's year in brackets right after it
    year = (rf"(?:(?:(?:(?<!\w{{5}})\.)?\s+{before}|(?<=[^\W\d_]{{3}})|(?P<yb>\s*\(\s*))"
            rf"{_Y}{yw}(?(yb)\s*\))|\s+{ry})?")
    # "в 2010-х годах", "1990-е": a decade, not its first year
    decade = rf"(?!\s*(?:{p['DECADE_ENDINGS']})(?!\w))"
    # "15-го числа [прошлого месяца]": a day of a month counted from the day of writing
    ordinal = rf"(?:{p['ORDINAL_ENDINGS']})?"
    rmon = rf"(?:\s+(?P<rm>{p['MONTH_RELATIVE']}))?"
    table = [
        # "22.01.2015", and "07. 03. 2016" with a space after each dot (a page's date line)
        ("numeric", rf"{_D}\.(?P<gap>\s)?(?P<m>[01]?\d)\.(?(gap)\s){_Y}(?!\.?\d)"),
        # "09.03.19": a short year, written only with a two-digit day and month
        ("numeric-short", r"(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<yy>\d\d)(?![.,]?\d)"),
        ("solar-numeric", rf"{_SY}/(?P<m>[01]?\d)/{_D}(?!/?\d)"),
        ("iso", rf"{_Y}[-/](?P<m>[01]?\d)[-/]{_D}(?![-/]?\d)"),
        # "29 сентября – 2 октября", "с 29 ноября по 3 декабря 2024 г.": across two months
        ("cross-range", rf"{_D}{ordinal}\s+(?P<mon1>{p['MONTHS']})\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)"
                        rf"\s*(?P<d2>[0-3]?\d){ordinal}\s+{mon}{year}"),
        # "22–23 января", "с 3 по 5 августа", "2 и 3 декабря" (two days in a row only)
        ("range", rf"{_D}{ordinal}\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s|\s(?P<both>{p['RANGE_AND']})\s)"
                  rf"\s*(?P<d2>[0-3]?\d){ordinal}\s+{mon}{year}"),
        ("day-month", rf"{_D}{ordinal}\s+{mon}{year}"),  # "1-го мая" too
        # "4 и 18 мая": two days of one month that are no range; the first takes the
        # month (and year) written after the second
        # (the month a whole word: Gregorian "مه" is not the start of Solar "مهر")
        ("day-month", rf"{_D}{ordinal}(?=\s(?:{p['RANGE_AND']})\s*[0-3]?\d{ordinal}\s+{mon}{year}"
                      r"(?![\w\u200c]))"),
        # "Двадцатого августа": the day as an ordinal word (``DAY_ORDINALS``)
        ("day-month", rf"(?P<od>{p['DAY_ORDINALS']})\s+{mon}{year}"),
        # "Политика4 марта 2015 15:40": a page's rubric run into its date line by the page's
        # flattening; only a full date with its clock after it
        ("day-month", rf"{_GLUED}{_D}\s+{mon}\s+{_Y}(?=,?\s+[0-2]?\d:[0-5]\d(?!\d))"),
        # "۲۹ مهر تا ۲ آبان ۱۴۰۲": across two Solar months
        ("solar-cross-range", rf"{_D}\s+(?P<smon1>{p['SOLAR_MONTHS']})\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)"
                              rf"\s*(?P<d2>[0-3]?\d)\s+{smon}{mw}(?:\s+{before}{_SY}{syw})?"),
        # "۱۵ تا ۱۹ مهر", "۳-۵ آبان ۱۴۰۲": two days of one Solar month
        ("solar-range", rf"{_D}\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)\s*(?P<d2>[0-3]?\d)\s+{smon}{mw}"
                        rf"(?:\s+{before}{_SY}{syw})?"),
        # "۱۷ شهریور ۱۳۹۷", "۱۷ شهریور ماه سال جاری": the year written, or counted from today
        ("solar-day-month", rf"{_D}\s+{smon}{mw}(?:\s+{before}{_SY}{syw}|\s+{ry})?"),
        # "12اردیبهشت ماه 1402", "۲۵آبان ۱۴۰۱": text taken from a printed page (a newspaper's
        # masthead, its columns) may lose the space between the day and a Solar month; read
        # only with the year written after it
        ("solar-day-month", rf"{_D}{smon}{mw}\s+{before}{_SY}{syw}"),
        # "هفته دوم اکتبر", "نیمه اول اسد": a part of a month counted by an ordinal (``MONTH_PARTS``)
        ("month-part", rf"(?P<part>{p['MONTH_PARTS']})\s+(?P<pord>{p['DAY_ORDINALS']})\s+{mon}{year}"),
        ("solar-month-part", rf"(?P<part>{p['MONTH_PARTS']})\s+(?P<pord>{p['DAY_ORDINALS']})\s+{smon}{mw}"
                             rf"(?:\s+{before}{_SY}{syw})?"),
        # "هفتم سنبله": the day as an ordinal word (``DAY_ORDINALS``)
        ("solar-day-month", rf"(?P<od>{p['DAY_ORDINALS']})\s+{smon}{mw}"
                            rf"(?:\s+{before}{_SY}{syw}|\s+{ry})?"),
        # "جدی 19, 1396 11:30": the month first, as the Dari pages of IRIB's services print
        # their date line; only with its year
        ("solar-month-first", rf"{smon}\s+{_D}\s*[,،]\s*{_SY}{syw}"),
        # "в январе–сентябре 2023 года", "с января по март": two months, the year the last's
        ("month-range", rf"(?P<mon1>{p['MONTHS']})\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)"
                        rf"\s*{mon}{year}"),
        # "از مهر تا آذر ۱۴۰۲", "مهر تا آذر ماه": two Solar months, with the year or month word
        # (several names are also words: "تیر", "مهر")
        ("solar-month-range", rf"(?P<smon1>{p['SOLAR_MONTHS']})\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)"
                              rf"\s*{smon}{mw}(?:\s+{before}{_SY}{syw})?"),
        ("month-year", rf"{mod}{mon}{mw}{gap}{_Y}{yw}"),
        ("month-relative-year", rf"{mod}{mon}{mw}\s+{ry}"),
        # "в марте того же года", "در مارس همان سال": of the year of the last date told
        ("month-told-year", rf"{mod}{mon}{mw}\s+(?P<ty>{p['YEAR_TOLD']})(?!\w)"),
        ("told-year", rf"(?P<mod>{p['MODIFIERS']})\s+(?P<ty>{p['YEAR_TOLD']})(?!\w)"),
        ("solar-month-year", rf"{mod}{smon}{mw}\s+{before}{_SY}{syw}"),
        ("solar-month-relative-year", rf"{mod}{smon}{mw}\s+{ry}"),
        # "в 2016–2017 годах", "с 2015 года по 2017 год", "از ۲۰۱۵ تا ۲۰۱۷": two years, both ends
        ("year-range", rf"{mod}{before}{_Y}{yw}\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)\s*"
                       rf"(?P<y2>(?:19|20)\d\d){decade}{yw}"),
        ("year", rf"{mod}{before}{_Y}{decade}{yw}(?!\s*%)"),
        ("day-of-month", rf"{_D}{ordinal}\s+(?:{p['DAY_OF_MONTH']}){rmon}"),
        # "از سال ۱۳۹۵ تا ۱۳۹۸", "۱۳۹۵-۱۳۹۸": two Solar years, both ends
        ("solar-year-range", rf"{mod}{before}{_SY}{syw}\s*(?:[–—\u2212-]|\s(?:{p['RANGE_TO']})\s)\s*"
                             rf"(?P<sy2>1[34]\d\d){syw}"),
        ("solar-year", rf"{mod}{before}{_SY}{syw}"),
        # "в ходе апрельского визита": a month's adjective, read as the bare month
        ("month-adjective", rf"(?P<adj>{p['MONTH_ADJECTIVES']})(?:{p['ADJECTIVE_ENDINGS']})"
                            rf"(?!\w|\s+(?:{p['NOT_AFTER_MONTH_ADJECTIVE']}))"),
        ("month", rf"{mod}(?P<bare>{p['MONTHS']})"),
        # "مرداد ماه", "در آذرماه", "اوایل اسفند": a Solar month without day or year, read only
        # with its month word or a part of it (several names are also words: "تیر", "مهر")
        ("solar-month", rf"{mod}{smon}{mw}"),
        # "در ماه آذر", "ماه مه": a month after the month word, whichever calendar
        ("solar-month-named", rf"{mod}(?:{p['MONTH_BEFORE']})\s+{smon}"),
        ("month-named", rf"{mod}(?:{p['MONTH_BEFORE']})\s+(?P<bare>{p['MONTHS']})"),
        # "شب جمعه": the eve of a weekday (the night before it), where the language says so;
        # the middle of that night ("نیمه‌شب جمعه") is the weekday's own first hour
        # (the night from one weekday to the next, "نیمه‌شب دوشنبه به سه‌شنبه": the second's)
        ("weekday", rf"(?:(?P<midnight>{p['WEEKDAY_MIDNIGHT']})\s+(?:(?:{p['WEEKDAYS']})\s+"
                    rf"(?:{p['NIGHT_TO']})\s+)?|(?P<eve>{p['WEEKDAY_EVE']})\s+)?"
                    rf"(?P<wd>{p['WEEKDAYS']})"),
        ("day-word", rf"(?P<dw>{p['DAY_WORDS']})"),
        # "Весной мы получили ...": a season told alone (``SEASON_DATES``); with a year, a
        # year counted from today or "того же года" after it, that year dates it
        ("season", rf"(?P<season>{p['SEASON_DATES']})(?!\s+(?:{before}{_Y}|{ry}|{p['YEAR_TOLD']})(?!\w))"),
        # not glued by a zero-width non-joiner to a suffix: "این هفته‌ها" (these weeks) is no
        # "this week"; a non-joiner before a space or a comma ends the word
        # nor the start of a longer phrase: "همین هفته گذشته" (just last week), "на этой неделе
        # в прошлом году" (that week of last year), "این هفته نامه" (a weekly) are no "this
        # week" ("… قبل از سفر", before the trip, is a word of its own)
        ("relative", rf"(?P<rel>{p['RELATIVE']})(?!\u200c[^\W\d_])"
                     rf"(?!\s+(?:(?:{p['RELATIVE_NOT_BEFORE']})(?!\s+از(?!\w))|{p['YEAR_RELATIVE']}"
                     rf"|{p['RELATIVE']})(?!\w))"),
        ("relative-year", rf"{mod}{ry}"),
        # "три дня назад", "دو سال پیش" (not "پیش از ...", "before ..."): counted back
        ("ago", rf"(?:(?:(?P<n>\d{{1,2}})|(?P<nw>{p['NUMBER_WORDS']}))\s+)?(?P<unit>{p['AGO_UNITS']})"
                rf"\s+(?:{p['AGO']})(?!\s+از(?!\w))"),
        # "в середине этого месяца": a month counted from the day of writing, after a part of it
        ("relative-month", rf"(?P<mod>{p['MODIFIERS']})\s+(?P<rm>{p['MONTH_RELATIVE']})"),
        # "в тот же день", "на следующий день", "همان روز": from the last date told
        ("chained", rf"(?P<ch>{p['CHAINED']})(?!\s+از(?!\w))"),
        # "в том же месяце", "в том же году": the month or year of the last date told
        ("chained-period", rf"(?P<cp>{p['CHAINED_PERIOD']})"),
        # "два дня спустя", "دو روز بعد" (not "... بعد از ...", after something named), and
        # "спустя неделю": counted on from the last date told
        ("later", rf"(?:(?P<n>\d{{1,2}})|(?P<nw>{p['NUMBER_WORDS']}))\s+(?P<unit>{p['AGO_UNITS']})"
                  rf"\s+(?:{p['LATER']})(?!\s+از(?!\w))"),
        # "через два дня": counted on from the last date told in the past, a plan counted from
        # the day of writing in the future ("учения начнутся через неделю")
        ("after", rf"(?:{p['AFTER']})\s+(?:(?:(?P<n>\d{{1,2}})|(?P<nw>{p['NUMBER_WORDS']}))"
                  rf"\s+)?(?P<unit>{p['AGO_UNITS']})"),
        ("later-before", rf"(?:{p['LATER_BEFORE']})\s+(?:(?:(?P<n>\d{{1,2}})|(?P<nw>{p['NUMBER_WORDS']}))"
                         rf"\s+)?(?P<unit>{p['AGO_UNITS']})"),
    ]
    solar = p["SOLAR_MONTHS"] != NEVER  # only a language with that calendar reads it
    day_of_month = p["DAY_OF_MONTH"] != NEVER
    return [(kind, re.compile(("" if pattern.startswith(_GLUED) else _L) + pattern + _R))
            for kind, pattern in table
            if (solar or not kind.startswith("solar"))
            and (day_of_month or kind != "day-of-month")
            and (p["MONTH_RELATIVE"] != NEVER or kind != "relative-month")
            and (p["AGO"] != NEVER or kind != "ago")
            and (p["CHAINED"] != NEVER or kind != "chained")
            and (p["CHAINED_PERIOD"] != NEVER or kind != "chained-period")
            and (p["MONTH_BEFORE"] != NEVER or not kind.endswith("month-named"))
            and (p["LATER"] != NEVER or kind != "later")
            and (p["LATER_BEFORE"] != NEVER or kind != "later-before")
            and (p["AFTER"] != NEVER or kind != "after")
            and (p["MONTH_ADJECTIVES"] != NEVER or kind != "month-adjective")
            and (p["SEASON_DATES"] != NEVER or kind != "season")
            and (p["DAY_ORDINALS"] != NEVER or "(?P<od>" not in pattern)
            and (p["MONTH_PARTS"] != NEVER or "(?P<part>" not in pattern)]


def find_candidates(text: str, code: str) -> list[Candidate]:
    """Date expressions in ``text`` for language ``code``: longest match wins, then rule order."""
    lang = language(code)
    norm = lang.normalise(text)
    places = {p.start("wd") for p in lang.weekday_place.finditer(norm)}  # "در دوشنبه"
    places |= {p.start("wd") for p in lang.weekday_person.finditer(norm)}  # "ژنرال جمعه گل"
    found, parts = [], {}
    for order, (kind, rx) in enumerate(rules(code)):
        for m in rx.finditer(norm):
            if kind == "weekday" and m.start("wd") in places:
                continue  # a weekday's name that names a place or a man here (``WEEKDAY_PLACE``)
            if m.groupdict().get("od") and _counted_before(code).search(norm, max(0, m.start() - 24), m.start()):
                continue  # "مرحله اول مهر ماه": the ordinal counts stages, not the days of the month
            if kind == "day-word" and re.fullmatch(lang.patterns["WEEKDAY_PAST_PART"], m.group("dw")) and (
                    _weekday_before(code).search(norm, max(0, m.start() - 24), m.start())):
                parts[m.start()] = m.end()  # part of the weekday's mention (``_with_part``)
                continue  # "یکشنبه شب گذشته": last Sunday's night, dated by the weekday
            if kind in _SPANS and lang.counts.search(norm, max(0, m.start() - 12), m.start()):
                continue  # "طی سه سال آینده": the next three years, a span, not a date
            if kind == "solar-month" and not m.group("mod") and not re.search(
                    rf"(?:{lang.patterns['MONTH_WORDS']})$", m.group(0)):
                continue  # "تیر", "مهر" alone are words ("arrow", "Mehr"), not months
            if kind == "month" and not m.group("mod") and lang.key(m.group("bare")) in lang.word_months and (
                    not _word_month_before(code).search(norm, max(0, m.start() - 12), m.start())):
                continue  # "کیم جون اون": a month's name that is also a word or a part of a name
            if any(m.groupdict().get(g) and lang.key(m.group(g)) in lang.prefix_months
                   and lang.prefix_verb.match(norm, m.end(g)) for g in ("mon", "mon1", "bare")):
                continue  # "دو ماه می گذرد": «می», May's name, is the verb's prefix here
            if kind in ("later-before", "after") and not (m.group("n") or m.group("nw")) and (
                    lang.key(m.group("unit")) not in lang.ago_alone):
                continue  # "спустя неделю", "через месяц", not "спустя дни"
            if kind == "ago" and not (m.group("n") or m.group("nw")) and (
                    lang.key(m.group("unit")) not in lang.ago_alone
                    or lang.counts.search(norm, max(0, m.start() - 12), m.start())):
                continue  # "несколько дней назад", "چند سال پیش": no count, no date
            if kind == "month-range" and (
                    lang.months[lang.key(m.group("mon1"))] == lang.months[lang.key(m.group("mon"))]):
                continue  # "мая-мая": one month twice is no range
            if kind == "solar-month-range" and (
                    lang.solar_months[lang.key(m.group("smon1"))] == lang.solar_months[lang.key(m.group("smon"))]
                    or not m.group("sy") and not re.search(
                        rf"(?:{lang.patterns['MONTH_WORDS']})$", m.group(0))):
                continue  # one month twice; two names that are also words ("مهر تا آذر"), alone
            if kind == "solar-cross-range" and (
                    lang.solar_months[lang.key(m.group("smon1"))] == lang.solar_months[lang.key(m.group("smon"))]):
                continue  # "۱۵ مهر تا ۱۹ مهر": read as two dates
            if kind.endswith("month-range") and _DAY_BEFORE.search(norm, max(0, m.start() - 8), m.start()):
                continue  # "с 10 января по март": the first month is a day's, read as such
            if kind == "range" and m.group("both") and lang.range_between.search(
                    norm, max(0, m.start() - 12), m.start()):
                found.append((-(m.end() - m.start()), order, m.start(), m.end(), kind, m))
                continue  # "между 4 и 18 мая": a range, its two days however far apart
            if _plausible(kind, m, text):
                found.append((-(m.end() - m.start()), order, m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f[2], f[0], f[1]))
    chosen: list[tuple] = []
    for item in sorted(found, key=lambda f: (f[0], f[1], f[2])):
        if all(item[3] <= c[2] or item[2] >= c[3] for c in chosen):
            chosen.append(item)
    chosen.sort(key=lambda f: f[2])
    chosen = [c for i, c in enumerate(chosen) if not (i and _restated_in_brackets(
        chosen[i - 1], c, norm))]
    chosen = [c for i, c in enumerate(chosen) if not _told_in_brackets(c, chosen[i + 1:], norm)]
    chosen = _with_week([_with_part(c, parts, norm, lang) for c in chosen], norm, lang)
    return [Candidate(kind, s, e, text[s:e], {k: v for k, v in m.groupdict().items() if v})
            for _, _, s, e, kind, m in chosen]


def _with_part(item: tuple, parts: dict[int, int], norm: str, lang) -> tuple:
    """A weekday with the part of its day told after it ("یکشنبه شب گذشته": last Sunday
    night), or with "last" after it (``WEEKDAY_LAST``: "یکشنبه گذشته", "یکشنبه ظهر گذشته",
    "صبح یکشنبه گذشته"): the words are the date's, so they go with it (from a title too)."""
    if item[4] != "weekday":
        return item
    for start, end in parts.items():
        if start > item[3] and re.fullmatch(r"[\s\u200c]+", norm[item[3]:start]):
            return (*item[:3], end, *item[4:])
    if lang.patterns.get("WEEKDAY_LAST"):  # "یکشنبه گذشته" alone too: last Sunday
        part = lang.patterns["TIME_OF_DAY"]
        last = re.compile(rf"[\s\u200c]+(?:(?:{part})[\s\u200c]+)?"
                          rf"(?:{lang.patterns['WEEKDAY_LAST']})(?![\w\u200c])").match(norm, item[3])
        if last:
            return (*item[:3], last.end(), *item[4:])
    return item


def _with_week(chosen: list[tuple], norm: str, lang) -> list[tuple]:
    """A weekday with its week, this one or one before, told right after it ("یکشنبه هفته
    گذشته", "в четверг на прошлой неделе"): the week only says which weekday
    (``lexical_values._week_next_to``), so its words are the weekday's date and go with it
    (from a title too). A later week stays a mention of its own."""
    out: list[tuple] = []
    for item in chosen:
        before = out[-1] if out else None
        unit, shift = lang.relative.get(lang.key(item[5].group("rel")), ("", 1)) if \
            item[4] == "relative" else ("", 1)
        if before is not None and before[4] == "weekday" and unit == "week" and shift <= 0 \
                and re.fullmatch(r"[\s\u200c]+", norm[before[3]:item[2]]):
            out[-1] = (*before[:3], item[3], *before[4:])
            continue
        out.append(item)
    return out


@cache
def _counted_before(code: str) -> re.Pattern:
    """A word right before an ordinal that the ordinal counts (``MONTH_PARTS``,
    ``COUNTED_BEFORE_ORDINAL``: "هفته دوم", "مرحله اول"), so that it is no day of a month."""
    p = language(code).patterns
    words = "|".join(w for w in (p["MONTH_PARTS"], p["COUNTED_BEFORE_ORDINAL"]) if w != NEVER)
    return re.compile(rf"(?<![\w\u200c])(?:{words or NEVER})[\s\u200c]+$")


@cache
def _word_month_before(code: str) -> re.Pattern:
    """A word right before that makes a month's name that is also a word the month
    (``WORD_MONTH_BEFORE``: "در جون")."""
    words = language(code).patterns.get("WORD_MONTH_BEFORE")
    return re.compile(rf"(?<![\w\u200c])(?:{words or NEVER})\s+$")


@cache
def _weekday_before(code: str) -> re.Pattern:
    """A weekday's name right before (``WEEKDAY_PAST_PART``: "یکشنبه شب گذشته")."""
    return re.compile(rf"(?<![\w\u200c])(?:{language(code).patterns['WEEKDAYS']})[\s\u200c]+$")


# The kinds of a full date: a day of a month ("۲۳ اکتبر", "22.01.2015", "۳۰ دی ۱۳۹۳").
_FULL_DATES = ("numeric", "numeric-short", "solar-numeric", "iso", "cross-range", "range",
               "solar-range", "solar-cross-range", "day-month", "solar-day-month", "solar-month-first")
# An opening bracket and at most one word before the date inside it ("(اول آبان ماه)": an
# ordinal day the rules do not read), and the closing bracket right after it.
_BRACKET_BEFORE = re.compile(r"\s*\(\s*(?:[^\s()\d]+\s+)?$")
_BRACKET_AFTER = re.compile(r"\s*\)")


def _restated_in_brackets(previous: tuple, item: tuple, norm: str) -> bool:
    """``item`` is the full date before it told again in brackets, in the other calendar
    ("تا روز ۲۳ اکتبر (اول آبان ماه) ادامه خواهد داشت", "۲۵ مه (۴ خرداد)"): the same day,
    no date of its own, whatever its bracket says of it."""
    return previous[4] in _FULL_DATES and bool(
        _BRACKET_BEFORE.fullmatch(norm, previous[3], item[2])) and bool(
        _BRACKET_AFTER.match(norm, item[3]))


# A day counted from the day of writing, or a weekday: what a bracket after it may tell exactly.
_COUNTED_DAYS = ("day-word", "weekday")
# An opening bracket, and at most one word (the weekday) and its mark before the date inside it.
_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:[^\s()\d]+[\s،,؛;]*)?")


def _told_in_brackets(item: tuple, later: list[tuple], norm: str) -> bool:
    """``item``, a day word or a weekday, is told exactly by the full date in brackets right
    after it ("خبرگزاری اینترفاکس دیروز (سه‌شنبه؛ ۱۷ مهر) گزارش کرد", "روز یکشنبه( ۱۲ قوس)"):
    one day, the bracket's; the word before it, counted from a day the page may not show (a
    print edition's "yesterday"), is no date of its own."""
    full = next((c for c in later if c[4] in _FULL_DATES), None)
    return item[4] in _COUNTED_DAYS and full is not None and bool(
        _BRACKET_OPENS.fullmatch(norm, item[3], full[2])) and bool(
        _BRACKET_AFTER.match(norm, full[3]))


_DAY_BEFORE = re.compile(r"\d(?:-?[^\W\d_]{1,3})?\s+$")  # "10 ", "10-го ": a day's number before
_SPANS = ("relative", "relative-year", "relative-month")  # read as spans after a number


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    """Filters: a bare month needs three letters or more ("مه" is also "fog") and is not
    capitalised mid-sentence ("Мая" is a name); a bare Solar year needs its word
    ("سال ۱۳۹۴") or to be near today's (1380-1420)."""
    if kind == "month":
        first = text[m.start("bare")]
        return len(m.group("bare")) >= 3 and (first.islower() or not first.isupper())
    if kind == "month-adjective":  # "Октябрьский район" is a name
        return text[m.start()].islower()
    if kind == "year-range":  # "2016–2017 годах", not "2017-2016"
        return int(m.group("y")) < int(m.group("y2"))
    if kind in ("range", "solar-range"):  # "22–23 января", not the "25 - 20" of "14:25 - 20 January"
        return int(m.group("d")) < int(m.group("d2")) and (
            not m.groupdict().get("both") or int(m.group("d2")) == int(m.group("d")) + 1)
    if kind == "year" and _label_year(m, text):
        return False
    if kind == "relative" and _YEAR_AFTER.match(text, m.end()):
        return False  # "прошлым летом 2015 года": the year written, not the one counted
    if kind == "solar-year-range":  # "۱۳۹۵ تا ۱۳۹۸", not "۱۳۹۸-۱۳۹۵"
        return int(m.group("sy")) < int(m.group("sy2"))
    if kind == "solar-year":
        text = m.group(0)
        return text != m.group("sy") or 1380 <= int(m.group("sy")) <= 1420
    return True


_YEAR_AFTER = re.compile(r"\s+\d{4}(?!\d)")  # a year written right after a relative word
_NAME_BEFORE = re.compile(r"(?<![.!?\n])\s(?P<name>[A-Z][A-Za-z]+|[А-ЯЁ][а-яё]+)\s$")


def _label_year(m: re.Match, text: str) -> bool:
    """A bare year written after a name ("учения Indra 2025", "в рамках Zapad 2021"): part
    of the name of an exercise or a show, as "Индра-2025" is, not the date of the act."""
    if m.group(0) != m.group("y"):
        return False  # "в 2025 году", "سال 2015": a year word makes it a date
    return bool(_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _DASH_BEFORE.search(text, max(0, m.start() - 6), m.start()))


# A name's year set off by a spaced dash ("«Морское взаимодействие – 2025»", "учения «Мир —
# 2025»"), as "Запад-2025" is by a hyphen: after a word, not after a number ("2020 – 2021").
_DASH_BEFORE = re.compile(r"[^\W\d_]\s+[-–—]\s*$")
