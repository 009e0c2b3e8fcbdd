"""The reference date of an article in a language given as data (Russian, Persian, ...).

Front-matter ``published`` wins.  Otherwise a publication line: a line near the top that
holds a full date and at most a few other words ("22.01.2015 14:05", "۳۰ دی ۱۳۹۳ - ۱۰:۲۵",
"20 января 2015, 14:05"; a Gregorian date beats a Solar Hijri one on the same line, the
first such line wins).  Otherwise the language's wire dateline ("МОСКВА, 22 января.
/ТАСС/.", "ТЕГЕРАН, 20 янв – РИА Новости."), its year inferred as for English
(``years.py``): weekdays written with a day and month, years named in the past, weekdays
of reporting ("заявил в понедельник"), past weekdays in the lead, the site period.

>>> find_reference("МОСКВА, 22 января. /ТАСС/. Россия и Иран в среду, 21 января, "
...                "подписали соглашение. В ноябре 2014 года стороны...", "ru").iso
'2015-01-22'
"""

from __future__ import annotations

import datetime as dt
import re

from chronology.dates import years
from chronology.dates.context import FUTURE
from chronology.dates.lexical_resolve import find_mentions, tense, weekday_before
from chronology.dates.model import Mention, ReferenceDate
from chronology.dates.tagger import Candidate
from chronology.languages import language

_EVIDENCE_CHARS = 6000
_TOP_LINES = 15
_OTHER_WORDS = 4
# A label that marks a date as an update, not the publication (Russian, Persian).
_UPDATE = re.compile(r"обновл|изменен|به[\s\u200c]?روز|بروز|ویرایش", re.IGNORECASE)
# A label ending in a colon: "Дата публикации:", "تاریخ انتشار :", "کد خبر:".
_LABEL = re.compile(r"[^\W\d][\w\u200c-]*(?:\s+[^\W\d][\w\u200c-]*){0,2}\s*:")
_PLACE = re.compile(r"\s*[^\W\d_][\w\u200c-]*(?:[ -][^\W\d_][\w\u200c-]*){0,2}\s*[,.:]\s*")
_AFTER_DATELINE = re.compile(r"\s*(?:года|г\.)?\s*[./–—(-]")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\bMSK\b|\bGMT\b|\bUTC\b|[-–—|/,:.()]", re.IGNORECASE)


def find_reference(text: str, code: str, published: dt.date | None = None,
                   period: tuple[int, int] | None = None) -> ReferenceDate:
    """The article's own date in language ``code`` (see the module docstring)."""
    if published is not None:
        return ReferenceDate(published, "front-matter", reasons=("front matter 'published'",))
    head = text[:_EVIDENCE_CHARS]
    body = _body_start(head)
    written = find_mentions(head, None, code, spans=[(body, len(head))])
    line = _publication_line(head, body, written)
    if line is not None:
        why = f"publication line '{line.text}'" + (f": {line.reason}" if line.extra else "")
        return ReferenceDate(dt.date.fromisoformat(line.value), "publication-line", line.text,
                             line.start, line.end, reasons=(why,))
    dated = _dated_dateline(head, body, written)
    if dated is not None:
        return ReferenceDate(dt.date.fromisoformat(dated.value), "dateline", dated.text,
                             dated.start, dated.end, reasons=(f"dateline '{dated.text}'",))
    return _dateline(head, body, code, period) or _weekday_date(head, written, code)


def _body_start(text: str) -> int:
    """The offset after a YAML front matter block, or 0."""
    if text.startswith("---"):
        end = re.search(r"^---[ \t]*$", text[3:], re.MULTILINE)
        if end:
            return 3 + end.end()
    return 0


def _publication_line(text: str, body: int, written: list[Mention]) -> Mention | None:
    """The first date line's date; a date labelled as an update ("Обновлено", "آخرین
    به‌روزرسانی") only when no publication date follows it near the top."""
    update = None
    for start, end in _top_lines(text, body):
        on_line = [m for m in written if start <= m.start and m.end <= end
                   and m.precision == "day" and m.rule in ("explicit-date", "solar-date")]
        if not on_line:
            continue
        rest = text[start:end]
        for m in on_line:
            rest = rest.replace(m.text, " ")
        if _other_words(rest) > _OTHER_WORDS:
            continue
        published, updated, left = [], [], start
        for m in sorted(on_line, key=lambda m: m.start):
            (updated if _UPDATE.search(text, left, m.start) else published).append(m)
            left = m.end
        if published:
            return min(published, key=lambda m: (m.rule != "explicit-date", m.start))
        update = update or min(updated, key=lambda m: (m.rule != "explicit-date", m.start))
    return update


def _other_words(rest: str) -> int:
    """Words of a date line besides its dates, clock, labels ("Дата публикации:", "کد خبر:")
    and numbers (a story's id)."""
    rest = _LABEL.sub(" ", rest)
    return sum(1 for w in _CLOCK.sub(" ", rest).split() if not w.isdigit())


def _dated_dateline(text: str, body: int, written: list[Mention]) -> Mention | None:
    """A wire dateline that carries its year: "МОСКВА, 22 января 2015. /ТАСС/.", "Москва.
    22 января 2015 года. INTERFAX.RU -": a place, then the full date, then a stop or dash."""
    for start, end in _top_lines(text, body):
        for m in written:
            if not (start <= m.start < end) or m.precision != "day" or m.rule not in (
                    "explicit-date", "solar-date"):
                continue
            place = _PLACE.match(text, start, m.start)
            if place and place.end() == m.start and _AFTER_DATELINE.match(text, m.end):
                return m
            break  # only the line's first date may be its dateline
    return None


def _top_lines(text: str, body: int):
    count, pos = 0, body
    while count < _TOP_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            count += 1
            yield pos, end
        pos = end + 1


def _weekday_date(text: str, written: list[Mention], code: str) -> ReferenceDate:
    """No date line: a full date written with its weekday ("روز سه‌شنبه ۳۰ دی ۱۳۹۳")."""
    lang = language(code)
    for m in written:
        if m.precision != "day" or m.rule not in ("explicit-date", "solar-date"):
            continue
        wd = weekday_before(text, m.start, lang)
        day = dt.date.fromisoformat(m.value)
        if wd is not None and day.weekday() == wd:
            return ReferenceDate(day, "inferred", m.text, m.start, m.end, reasons=(
                f"no date line: dated by the weekday-dated mention '{m.text}'",))
    return ReferenceDate(None, "none", reasons=(
        "no front matter date, publication line, dateline with a date or weekday-dated date",))


def _dateline(text: str, body: int, code: str, period) -> ReferenceDate | None:
    lang = language(code)
    found = lang.dateline.search(text, body)
    if not found or not found.groupdict().get("date"):
        return None
    start, end = found.span("date")
    words = text[start:end]
    m = re.match(r"(\d{1,2})\s+(\S+)", lang.normalise(words))
    month = lang.months.get(lang.key(m.group(2))) if m else None
    if month is None:
        return ReferenceDate(None, "none", reasons=(f"dateline '{words}' is not a date",))
    day = int(m.group(1))
    evidence = _evidence(text, body, found.end(), code)
    y, reasons = years.infer_year(evidence, (month, day), period)
    head = f"dateline '{words}' has no year"
    if y is None:
        return ReferenceDate(None, "none", words, start, end, reasons=(head, *reasons))
    return ReferenceDate(dt.date(y, month, day), "dateline", words, start, end,
                         year_inferred=True, reasons=(f"{head}: year {y} inferred", *reasons))


def _reported_on(text: str, m, lang) -> bool:
    """A weekday right next to a reporting verb of its sentence ("заявил в понедельник",
    "روز دوشنبه گفت"): the day of reporting, so the dateline's own weekday."""
    left = max(text.rfind(c, 0, m.start) for c in ".!?؟\n") + 1
    right = min((i for i in (text.find(c, m.end) for c in ".!?؟\n") if i >= 0),
                default=len(text))
    around = text[max(left, m.start - 24):m.start] + " " + text[m.end:min(right, m.end + 24)]
    return bool(lang.speech_verbs.search(lang.normalise(around)))


def _evidence(text: str, body: int, lead_start: int, code: str) -> years.Evidence:
    """What the text says about the year: explicit years in the past, years in the name of
    an event ("Армейских игр-2020": written that year or after), weekdays written with a
    day and month ("в среду, 21 января"), weekdays of reporting ("заявил в понедельник":
    the dateline's weekday), past weekdays in the lead."""
    lang = language(code)
    mentions = find_mentions(text, dt.date(2000, 1, 1), code, spans=[(body, len(text))])
    lead_end = text.find("\n\n", lead_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    ev = years.Evidence()
    for named in lang.named_year.finditer(lang.normalise(text), body):
        c = Candidate("year", named.start(), named.end(), named.group(), {})
        ev.past_years.append((c, int(named.group())))
    previous = None
    for m in mentions:
        c = Candidate(m.rule, m.start, m.end, m.text, {})
        if m.rule in ("year", "month-year", "explicit-date"):
            future = tense(text, m.start, m.end, lang) == FUTURE
            (ev.present_years if future else ev.past_years).append((c, int(m.value[:4])))
        elif m.rule == "month-day" and previous is not None and previous.rule.startswith(
                "weekday") and not text[previous.end:m.start].strip(" ,"):
            wd = lang.weekdays[lang.key(previous.text)]
            both = Candidate("weekday-date", previous.start, m.end, text[previous.start:m.end], {})
            ev.weekday_dates.append((both, int(m.value[5:7]), int(m.value[8:10]), wd))
        elif m.rule.startswith("weekday") and _reported_on(text, m, lang):
            ev.reporting_weekdays.setdefault(lang.weekdays[lang.key(m.text)], m.text)
        elif m.rule.startswith("weekday") and lead_start <= m.start < lead_end:
            ev.lead_weekdays.setdefault(lang.weekdays[lang.key(m.text)], m.text)
        previous = m
    return ev
