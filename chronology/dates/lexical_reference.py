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
import functools
import re

from chronology.dates import years
from chronology.dates.context import FUTURE
from chronology.dates.datelines import REPOST_DAYS, before_dateline, days_after_dateline
from chronology.dates.lexical_resolve import find_mentions
from chronology.dates.lexical_tense import tense, told_as_past
from chronology.dates.lexical_top import (
    CAPTION,
    CLOCK,
    LABEL,
    TODAY,
    doubled_stamp,
    edition_line,
    feed_heading_end,
    line_dates,
    list_heading,
    listed_lines,
    month_first,
    numeric_dates,
    other_words,
    page_chrome,
    reuse_notice,
    top_lines,
    top_mentions,
)
from chronology.dates.lexical_values import weekday_before
from chronology.dates.model import Mention, ReferenceDate
from chronology.dates.publication import (
    EMPTY_STAMP,
    PROSE_WORDS,
    PUBLISHED_LABEL,
    UPDATE_DAYS,
    UPDATE_LABEL,
    opens_page,
    repeated_headline,
    trailing_headline,
)
from chronology.dates.tagger import Candidate
from chronology.dates.timeml import valid_day
from chronology.languages import MODULES, language

_EVIDENCE_CHARS = 6000
_OTHER_WORDS = 4
_EDITION_WORDS = 2  # more on a print edition's line: its paper's kind and regional edition
# A label that marks a date as an update, not the publication (Russian, Persian; and the
# English of a site's template: "Modified 2 октября 2023").
_UPDATE = re.compile(r"обновл|изменен|به[\s\u200c]?روز|بروز|ویرایش|" + UPDATE_LABEL.pattern,
                     re.IGNORECASE)
_WORDS = r"[^\W\d_][\w\u200c-]*(?:[ -][^\W\d_][\w\u200c-]*){0,2}"
# A dateline's place before its date: "МОСКВА, ", "تهران، ", "تهران- ", "Москва - " (a hyphen
# typed for a dash, spaced), "(Москва, ", "Москва (",
# "کابل (پژواک، " (the agency in the brackets before the date), "Баку/" (the date and the
# agency in slashes: "Баку/05.10.22/Turan:").
_PLACE = re.compile(rf"\s*(?P<open>\()?{_WORDS}\s*(?:[,.:،/]|[–—]|(?<=-)(?=\s)|(?<=\s)-(?=\s)|"
                    rf"(?P<paren>\()(?:\s*{_WORDS}\s*[,،])?)\s*")
# A place and the agency, each closed by a dash or a slash, before a dateline's date:
# "تهران - ایرنا - ۱۶ دی ۱۳۹۷ - ...", "БАКУ /Trend/ 6 января 2019 - ...".
_PLACE_AGENCY = re.compile(rf"\s*{_WORDS}\s*[-–—/]\s*{_WORDS}\s*[-–—/]\s*")
# The place after a dateline's date that opens the story: "11 октября 2023 года, Москва. ...",
# "11 октября 2023 г., Минск /Корр./ ...", "11 октября 2023, Москва — ...".
_PLACE_AFTER = re.compile(r"\s*(?:,|\s[–—-])\s*[^\W\d_a-zа-яё][\w\u200c-]*(?:[ -][^\W\d_][\w\u200c-]*){0,2}"
                          r"\s*(?:[.(–—/]|-\s)")
_PLAIN_DATELINE = re.compile(
    r"\s*[^\W\d_][\w\u200c-]*(?:[ -][^\W\d_][\w\u200c-]*){0,2}\s*[,.]\s*"
    r"(\d{1,2})\s+([^\W\d_]+)\.?\s*(?:\(|[./–—-])")
_DAY_MONTH = re.compile(r"(?<![\d.:/-])(\d{1,2})\s+([^\W\d_]+)\.?(?!\s*\d{4})")
_SENTENCE_STARTS = re.compile(r"\s+[А-ЯЁA-Z]")
# After a dateline's date: a stop, a dash, a bracket, or a comma before the agency in
# slashes ("Ташкент, 3 апреля 2024, /УзА/."); a clock may come first ("Минск, 1 марта, 2022,
# 10:12 — ИА ...", "تهران- ایرنا- ۱۰ اسفند ۱۴۰۰، ۱۰:۱۲ - ...").
_AFTER_DATELINE = re.compile(r"\s*(?:года|г\.)?\s*(?:[,،]?\s*\d{1,2}:\d\d\s*)?(?:,\s*(?=/))?"
                             r"[./–—(:-]")
_CLOSING = re.compile(r"\s*(?:года|г\.)?\s*\)")
# A label that names the publication itself (Russian, Persian; English, as above).
_PUBLISHED = re.compile(r"опубликован|публикаци|انتشار|" + PUBLISHED_LABEL.pattern,
                        re.IGNORECASE)
# A full numeric date heading a line before a colon or a dash, as a news list dates its
# headlines: "03.11.2011: Верания. Совместные учения в заливе Кордо".
_HEADS_LINE = re.compile(r"\s*\d{1,2}[./]\d{1,2}[./]\d{4}\s*[:–—|]\s")


def find_reference(text: str, code: str, published: dt.date | None = None,
                   period: tuple[int, int] | None = None) -> ReferenceDate:
    """The article's own date in language ``code`` (see the module docstring)."""
    if published is not None:
        return ReferenceDate(published, "front-matter", reasons=("front matter 'published'",))
    head = text[:_EVIDENCE_CHARS]
    body = _body_start(head)
    written = top_mentions(head, body, code)
    written = [*written, *numeric_dates(head, body, written)]
    written = sorted([*written, *month_first(head, body, written, code)], key=lambda m: m.start)
    line = _dated_feed(head, body, written, code) or \
        _publication_line(head, body, written, code) or _labelled_line(
        head, body, find_mentions(head, None, code, spans=[(body, len(head))]), code) or \
        _under_feed(head, body, written, code) or doubled_stamp(text, body, code)
    if line is not None and (_another_days_line(head, body, code, line)
                             or _foot_line(head, body, code, line)):
        a, b = text.rfind("\n", 0, line.start) + 1, head.find("\n", line.end)
        b = len(head) if b < 0 else b
        head = head[:a] + " " * (b - a) + head[b:]  # nor is its year evidence for the story's
        line = None  # a teaser's date or the page's clock over the story's dateline
    under_update = _dateline_under_update(head, body, code, line) if line is not None else None
    if under_update is not None:
        return under_update
    if line is not None and _bare_top(head, body, line):
        # the page's clock opening the page over the story's own labelled line or dated
        # dateline further down, as for English (``page_clock.published_below``, ``page_clock``)
        below = _labelled_below(head, written, line)
        dated = None if below else _dated_dateline(head, body, written)
        if not (below or dated) and _lead_contradicts(head, line, code):
            a, b = head.rfind("\n", 0, line.start) + 1, head.find("\n", line.end)
            b = len(head) if b < 0 else b
            head = head[:a] + " " * (b - a) + head[b:]  # the page's clock: no year evidence
            written = [m for m in written if not a <= m.start < b]
            line = None
        line = below or line
        if dated is not None and dated.start > line.end and dated.value != line.value:
            return ReferenceDate(dt.date.fromisoformat(dated.value), "dateline", dated.text,
                                 dated.start, dated.end, reasons=(
                f"dateline '{dated.text}'; the date line '{line.text}' opening the page is "
                f"its clock",))
    dated = _dated_dateline(head, body, written) if line is not None else None
    if dated is not None and dated.start > line.end and _unlabelled(head, line) and not \
            0 <= (dt.date.fromisoformat(line.value)
                  - dt.date.fromisoformat(dated.value)).days <= REPOST_DAYS:
        # an unlabelled line over the story's dated dateline, before its day or long after
        # it: a clock, a ticker's or a listed story's date (``page_clock.over_dated_dateline``)
        return ReferenceDate(dt.date.fromisoformat(dated.value), "dateline", dated.text,
                             dated.start, dated.end, reasons=(
            f"dateline '{dated.text}'; the date line '{line.text}' over it is another day's",))
    if line is not None:
        why = f"publication line '{line.text}'" + (f": {line.reason}" if line.extra else "")
        return ReferenceDate(dt.date.fromisoformat(line.value), "publication-line", line.text,
                             line.start, line.end, reasons=(why,))
    dated = _dated_dateline(head, body, written)
    if dated is not None:
        return ReferenceDate(dt.date.fromisoformat(dated.value), "dateline", dated.text,
                             dated.start, dated.end, reasons=(f"dateline '{dated.text}'",))
    today = _today_lead(head, body, written)
    if today is not None:
        return ReferenceDate(dt.date.fromisoformat(today.value), "dateline", today.text,
                             today.start, today.end, reasons=(
                                 f"the lead's own day: 'today, {today.text}'",))
    return (_dateline(head, body, code, period) or _plain_dateline(head, body, code, period)
            or _yearless_line(head, body, code, period) or _weekday_date(head, written, code))


def _body_start(text: str) -> int:
    """The offset after a YAML front matter block, or 0."""
    if text.startswith("---"):
        end = re.search(r"^---[ \t]*$", text[3:], re.MULTILINE)
        if end:
            return 3 + end.end()
    return 0


def _publication_line(text: str, body: int, written: list[Mention], code: str) -> Mention | None:
    """The date of the article's date line: a date labelled as the publication first; else
    the only date of the date lines above the story's prose, or, when they differ (the
    page's clock, a feed), the last, nearest the story; a date labelled as an update
    ("Обновлено", "آخرین به‌روزرسانی") only when no other date line is found."""
    update, bare, prose = None, [], 0
    lang = language(code)
    lines = list(top_lines(text, body, teasers=False))
    seen: list[str] = []
    for i, (start, end) in enumerate(lines):
        cut = repeated_headline(text[start:end], seen)  # "Учения завершились 3 апреля 2024"
        seen.append(text[start:end].strip())
        if bare and len(text[start + cut:end].split()) >= PROSE_WORDS:
            break  # the story has begun
        if prose and reuse_notice(text, start, end):
            break  # the site's notice under the story: a date line below it is another item's
        prose += _prose_line(text[start:end])
        if CAPTION.search(text, start, end) or TODAY.search(text, start, end):
            continue  # "Фото: ... 10 октября 2023", "عکس: ...", the page's "Сегодня: ..." clock
        if page_chrome(text, lines, i, lang):
            continue  # exchange rates by the page's clock; a caption under its photo's credit
        on_line = [m for m in written if start <= m.start and m.end <= end
                   and m.precision == "day" and m.rule in ("explicit-date", "solar-date")
                   and m.value != EMPTY_STAMP]  # an empty timestamp dates nothing
        if not on_line:
            continue
        following = text[slice(*lines[i + 1])] if i + 1 < len(lines) else ""
        stamp = _opening_stamp(text, start, end, on_line[0], lang)
        end = stamp or end
        on_line = [m for m in on_line if m.end <= end]
        rest = text[start + cut:end - trailing_headline(text[start:end], following)]
        for m in on_line:
            rest = rest.replace(m.text, " ")
        closing = None if stamp or len(on_line) > 1 else _closing_stamp(text, start, end,
                                                                         on_line[0], code)
        if closing is not None and other_words(rest, lang) > _OTHER_WORDS:
            start, rest = closing, text[closing:end].replace(on_line[0].text, " ")
        if other_words(rest, lang) > _OTHER_WORDS + _EDITION_WORDS * bool(
                edition_line(text[start:end], code)) and not _HEADS_LINE.match(text, start, end) \
                and not (len({m.value for m in on_line}) == 1
                         and _fields_line(text[start:end], on_line[0].text, lang)):
            continue  # a date heading its line before a colon ("27.01.2009: Индия. ...") dates it
        published, updated, left = [], [], start
        for m in sorted(on_line, key=lambda m: m.start):
            (updated if _UPDATE.search(text, left, m.start) else published).append(m)
            left = m.end
        if published:
            best = min(published, key=lambda m: (m.rule != "explicit-date", m.start))
            if _PUBLISHED.search(text, start, best.start):
                return best
            bare.append(best)
        else:
            update = update or min(updated, key=lambda m: (m.rule != "explicit-date", m.start))
    if len({m.value for m in bare}) > 1:
        return bare[-1]
    return bare[0] if bare else update


# A clock after a line's opening date, and a time zone: the line's stamp ends there.
_SHORT_WEEKDAY = re.compile(r"\s*[^\W\d_]{2,3}\.?,?\s*$")  # "Ср, ", "Пт. " before the stamp's date
_STAMP_CLOCK = re.compile(r"\s*,?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[+-]\d\d:?\d\d|GMT|UTC|MSK|МСК))?")


def _opening_stamp(text: str, start: int, end: int, first: Mention, lang) -> int | None:
    """Where the stamp ends on a line that opens with one, its text going on: a date with its
    year and a clock, at most a weekday before them ("Ср, 3 сен 2025 02:10 +0600Глава
    поселения ..." — the saved page glued the story to its stamp); else None."""
    if other_words(text[start:first.start], lang) and not _SHORT_WEEKDAY.match(
            text, start, first.start):
        return None
    clock = _STAMP_CLOCK.match(text, first.end, end)
    if clock is None or len(text[clock.end():end].split()) < PROSE_WORDS:
        return None
    return clock.end()


# After a stamp that closes its line, the author's credit only, perhaps after a bar: a label
# and a name of at most three words ("Текст: Иван Петров", "| Автор: ...").
_CREDIT_AFTER = re.compile(r"\s*(?:[|•·]\s*)?(?:[^\W\d_][\w\u200c-]*\s*:\s*"
                           r"(?:[^\W\d_][\w.\u200c-]*\s*){1,3})?")
_SENTENCE_END = ".!?…:;,»\"”)"
_CLOCK_SEP = r"\s*(?:[,،|–—-]\s*)?"  # between a closing stamp's date and its clock
_CLOCK_BEFORE = re.compile(rf"(?<![\d:])\d{{1,2}}:\d\d{_CLOCK_SEP}$")  # "09:05, 11 мая 2019"
_STAMP_YEAR = re.compile(r"(?:19|20|1[34])\d\d|[۱١][۳۴٣٤۹٩]\d\d|[۲٢][۰٠]\d\d")


@functools.cache
def _clock_after(code: str) -> re.Pattern:
    """The clock after a closing stamp's date: "…, 09:05", "… - ۰۸:۱۵", or after the
    language's word for the time of day ("… в 09:05", "… ساعت ۰۸:۱۵")."""
    words = "|".join(map(re.escape, getattr(MODULES[code], "STAMP_CLOCK_WORDS", ())))
    word = rf"(?:(?:{words})\s+)?" if words else ""
    return re.compile(rf"{_CLOCK_SEP}{word}\d{{1,2}}:\d\d(?::\d\d)?")


def _closing_stamp(text: str, start: int, end: int, last: Mention, code: str) -> int | None:
    """Where the stamp begins on a line that closes with one after the headline (or two)
    a saved page glued before it: a date with its year and a clock (after the date or
    before it), nothing after them but the author's credit ("… открылся новый мост 11 мая
    2019, 09:05 Текст: Иван Петров", "… 09:05, 11 мая 2019", "… ۲۲ مهر ۱۴۰۲ - ۰۸:۱۵"), the
    words before ending with no stop, as a headline ends; else None."""
    if not _STAMP_YEAR.search(last.text):
        return None
    stamp, after = last.start, last.end
    clock = _clock_after(code).match(text, last.end, end)
    if clock is not None:
        after = clock.end()
    else:
        first = _CLOCK_BEFORE.search(text, start, last.start)
        if first is None:
            return None
        stamp = first.start()
    before = text[start:stamp].rstrip()
    if not before or before[-1] in _SENTENCE_END:
        return None
    credit = _CREDIT_AFTER.match(text, after, end)
    return stamp if credit.end() == len(text[:end].rstrip()) else None


_FIELD = re.compile(r"\s*[|•·]\s*")
_FIELDS = 3  # fields at least on a line of the page's chrome
_FIELD_WORDS = 4
_OWN_FIELD_WORDS = 2  # a label's words are none: "تاریخ انتشار:"


def _fields_line(line: str, date: str, lang) -> bool:
    """A line of the page's fields parted by bars ("کد خبر: ۱۲۳۴ | تاریخ انتشار: ۱۲ مرداد ۱۴۰۲ |
    نویسنده: ... | ۱۲ بازدید"): short fields, the date's own with at most a word or two
    besides its label (a list of headlines with their dates is none)."""
    fields = _FIELD.split(line.strip())
    if len(fields) < _FIELDS or any(other_words(f, lang) > _FIELD_WORDS for f in fields):
        return False
    own = next((f for f in fields if date in f), None)
    return own is not None and other_words(own.replace(date, " "), lang) <= _OWN_FIELD_WORDS


_PROSE_AFTER = 3  # lines: a date line, perhaps the author's, the standfirst, then the story
# A feed item's stamp: "16:38" on its own line, or opening its item's headline ("16:38 Флот
# получил корабль").
_FEED_CLOCK = re.compile(r"\s*\d{1,2}:\d\d(?:\s*$|\s+(?=\D))")
_FEED_CLOCKS = 3


def _under_feed(text: str, body: int, written: list[Mention], code: str) -> Mention | None:
    """The page opens with the site's feed of the day under its heading ("Лента новостей",
    its items a clock, "16:38", and a headline each), the story below it: the story's date line is the first
    date line under the feed that the story's prose follows within a few lines, with only
    an author's name or a photo's caption between (a feed's item has its headline under
    its date, and is never prose)."""
    start = feed_heading_end(text, body)
    if start is None:
        return None
    lines = list(top_lines(text, start, teasers=False))
    if sum(bool(_FEED_CLOCK.match(text, a, b)) and len(text[a:b].split()) < PROSE_WORDS
           for a, b in lines) < _FEED_CLOCKS:
        return None  # not the site's feed of the day: a list of stories with their dates
    for i, (a, b) in enumerate(lines):
        prose = next((j for j in range(i + 1, min(i + 1 + _PROSE_AFTER, len(lines)))
                      if len(text[slice(*lines[j])].split()) >= PROSE_WORDS), None)
        if prose is None or any(len(text[x:y].split()) > 2 and not CAPTION.match(text, x, y)
                                for x, y in lines[i + 1:prose]):
            continue  # a feed's item: its headline under its date
        found = _publication_line(text[:b], a, [m for m in written if a <= m.start < b], code)
        if found is not None:
            return found
    return None


_FEED_DATES = 3  # date lines at least, each over an item or two: the page's feed
_FEED_GAP = 2  # lines at most between two date lines of a feed


def _dated_feed(text: str, body: int, written: list[Mention], code: str) -> Mention | None:
    """The page opens with a feed of other stories, each a date line with its year over its
    headline or teaser ("12.12.2025 11:27" / "Большинство россиян ..."), the story under it:
    the story's date line is the feed's last, when the story's prose follows it within a few
    lines with only short ones (its headline, the agency) between; else None."""
    lang = language(code)
    lines = list(top_lines(text, body, teasers=False))
    dated = []
    for i, (start, end) in enumerate(lines):
        if _not_feed_item(text, start, end):
            continue
        on_line = [m for m in written if start <= m.start and m.end <= end
                   and m.precision == "day" and m.rule == "explicit-date"]
        rest = text[start:end]
        for m in on_line:
            rest = rest.replace(m.text, " ")
        if on_line and not other_words(rest, lang):
            dated.append((i, on_line[0]))
    run = [dated[0]] if dated else []
    for item in dated[1:]:
        if item[0] - run[-1][0] - 1 > _FEED_GAP:
            break
        run.append(item)
    if len(run) < _FEED_DATES:
        return None
    last, mention = run[-1]
    for j in range(last + 1, min(last + 1 + _PROSE_AFTER, len(lines))):
        words = len(text[slice(*lines[j])].split())
        if words >= PROSE_WORDS:
            return mention
        if words > _HEADLINE_WORDS:
            break
    return None


def _not_feed_item(text: str, start: int, end: int) -> bool:
    """A caption's or credit's line, the page's clock ("Сегодня: 18.03.2024") and the page's
    own labelled lines ("Дата публикации: ...", "Обновлено: ...", "به‌روزرسانی: ...") date
    no teaser of a feed: a feed item's date line is a bare stamp."""
    return bool(CAPTION.search(text, start, end) or TODAY.search(text, start, end)
                or _PUBLISHED.search(text, start, end) or _UPDATE.search(text, start, end)
                or LABEL.match(text, start, end))


_HEADLINE_WORDS = 14  # a headline's words at most (fewer than a line of the story's prose)


def _dated_dateline(text: str, body: int, written: list[Mention]) -> Mention | None:
    """A wire dateline that carries its year: "МОСКВА, 22 января 2015. /ТАСС/.", "Москва.
    22 января 2015 года. INTERFAX.RU -": a place, then the full date, then a stop or dash;
    or the date first, then the place ("22 января 2015 года, Москва. ..."); never under a
    story paragraph, nor a bracketed date the sentence goes on after ("Россия (3 апреля
    2024 г.) и Иран ратифицировали ...")."""
    prose = False
    for start, end in top_lines(text, body):
        if prose:
            break  # a story paragraph above: no line under it is the dateline
        prose = _prose_line(text[start:end])
        for m in written:
            if not (start <= m.start < end) or m.precision != "day" or m.rule not in (
                    "explicit-date", "solar-date"):
                continue
            place = _PLACE.match(text, start, m.start)
            if place and place.end() == m.start and (place["open"] or place["paren"]):
                closing = _CLOSING.match(text, m.end)
                if closing and not _SENTENCE_GOES_ON.match(text, closing.end()):
                    return m  # "(Москва, 11 октября 2023 г.) ...", "Москва (11 октября 2023 г.)"
            elif place and place.end() == m.start and (_AFTER_DATELINE.match(text, m.end) or (
                    _ends_with_stop(text, m.end) and _place_name(place.group()))):
                return m  # "МОСКВА, 11 октября 2023 г. Министр ..." ends its date with a stop
            agency = _PLACE_AGENCY.match(text, start, m.start)
            if agency and agency.end() == m.start and _AFTER_DATELINE.match(text, m.end):
                return m  # "تهران - ایرنا - ۱۶ دی ۱۳۹۷ - ...": the place, the agency, the date
            if not text[start:m.start].strip() and _PLACE_AFTER.match(text, m.end, end) and \
                    len(text[start:end].split()) >= PROSE_WORDS // 2:
                return m  # "11 октября 2023 года, Москва. Министр ...": the date first
            break  # only the line's first date may be its dateline
    return None


_TODAY_GAP = re.compile(r"[\s,،]{0,3}")  # "Сегодня, 3 апреля 2024 года, ...": only a comma between


def _today_lead(text: str, body: int, written: list[Mention]) -> Mention | None:
    """The full date right after "today" opening the story's first paragraph ("Сегодня, 3
    апреля 2024 года, в Москве ...", "امروز ۱۵ فروردین ۱۴۰۳ ..."): the day the story is
    written.  On a short line, "Сегодня: ..." is the page's clock instead."""
    for start, end in top_lines(text, body):
        if len(text[start:end].split()) < PROSE_WORDS:
            continue
        today = TODAY.match(text, start, end)
        if today is None:
            return None  # only the story's first paragraph
        gap = _TODAY_GAP.match(text, today.end(), end)
        return next((m for m in written if m.start == gap.end() and m.precision == "day"
                     and m.rule in ("explicit-date", "solar-date")), None) or \
            _today_numeric(text, gap.end(), end)
    return None


# A numeric date right after "today", day first, that the language's rules do not read: its
# parts split by spaces, the year's word after it ("Сегодня 16 07 2015 года ...").
_TODAY_NUMERIC = re.compile(r"(?P<d>\d{1,2})(?P<sep>[ ./])(?P<m>\d{1,2})(?P=sep)"
                            r"(?P<y>(?:19|20)\d\d)(?!\d)")
_YEAR_WORD = re.compile(r"\s*(?:года|г\.)")


def _today_numeric(text: str, start: int, end: int) -> Mention | None:
    """The numeric date right after "today" opening the lead (``_TODAY_NUMERIC``): the
    story's day, which the language's rules did not read as a date."""
    match = _TODAY_NUMERIC.match(text, start, end)
    if match is None or (match["sep"] == " " and not _YEAR_WORD.match(text, match.end(), end)):
        return None
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    if not valid_day(y, m, d):
        return None
    return Mention(match.start(), match.end(), match.group(), dt.date(y, m, d).isoformat(),
                   "day", "explicit-date", f"numeric date '{match.group()}'")


_YEAR_STOP = re.compile(r"\s*(?:года|г)\.")
# After a bracketed date, the sentence goes on: a lower-case word, a conjunction, a dash and
# then a lower-case word ("… (3 апреля 2024 г.) — ещё одна страна").
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[–—-]\s*)?[^\W\d_A-ZА-ЯЁ]")


def _prose_line(line: str) -> bool:
    """A story paragraph: many words and a closing stop (no dateline comes under it)."""
    return len(line.split()) >= PROSE_WORDS and line.rstrip().endswith((".", "!", "?", "؟"))


def _ends_with_stop(text: str, end: int) -> bool:
    """True when the date ending at ``end`` ends its sentence ("11 октября 2023 г.",
    "11 октября 2023г.") and the next one begins."""
    stop = _YEAR_STOP.match(text, end)
    end = stop.end() if stop else end
    return text[end - 1] == "." and bool(_SENTENCE_STARTS.match(text, end))


def _place_name(place: str) -> bool:
    """A dateline's place before a date that ends with a stop: in capitals ("НЬЮ-ДЕЛИ, "), or
    one capitalised word and a stop ("Владивосток. "), never prose ("Ранее, ")."""
    words = place.strip(" ,.:")
    return words.isupper() or (" " not in words and words[:1].isupper()
                               and place.rstrip().endswith("."))


def _labelled_line(text: str, body: int, written: list[Mention], code: str) -> Mention | None:
    """A line anywhere that a publication label opens ("Статья опубликована в № 4203 от
    17.11.2016 ..."), or a full date after a newspaper's issue number ("Газета «Коммерсантъ»
    №12 от 22.01.2020, стр. 6"): that date, however many other words the line holds; on a
    short line, a date whose field a publication label opens ("کد خبر: ۱۲۳۴ | زمان انتشار:
    ۱۴۰۲/۰۵/۱۲ ۱۴:۳۰" under the story)."""
    lang = language(code)
    pos = body
    for line in text[body:].splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        if list_heading(text, start, start + len(line.rstrip())):
            break  # "اخبار مرتبط", "Читайте также": the lines below are other stories'
        labelled = bool(lang.published_label.match(lang.normalise(line)))
        short = sum(any(ch.isalpha() for ch in w) for w in line.split()) < PROSE_WORDS
        dates = written
        if short and _PUBLISHED.search(line):  # "زمان انتشار: ۱۴۰۲/۰۵/۱۲" under the story
            dates = [*written, *line_dates(text, start, end, written)]
        on_line = [m for m in dates if start <= m.start and m.end <= end
                   and m.precision == "day" and m.rule in ("explicit-date", "solar-date")
                   and (labelled or lang.issue.search(text, start, m.start)
                        or (short and _FIELD_LABEL.match(_field_before(text, start, m.start))))]
        if on_line:
            return min(on_line, key=lambda m: (m.rule != "explicit-date", m.start))
    return None


# A publication label opening the field a date closes: "تاریخ انتشار:", "زمان انتشار:",
# "انتشار:", "Дата публикации:", "Опубликовано".
_FIELD_LABEL = re.compile(r"\W*(?:[^\W\d][\w\u200c]*\s+)?(?:опубликовано|публикаци\w*|"
                          r"انتشار)\s*:?\s*(?:в\s+|от\s+|در\s+)?$", re.IGNORECASE)


def _field_before(text: str, start: int, pos: int) -> str:
    """The words of the line's field before ``pos``: from the last bar, or the line's start."""
    cut = max(text.rfind(bar, start, pos) for bar in "|•·")
    return text[max(cut + 1, start):pos]









def _weekday_date(text: str, written: list[Mention], code: str) -> ReferenceDate:
    """No date line: a full date written with its weekday ("روز سه‌شنبه ۳۰ دی ۱۳۹۳")."""
    lang = language(code)
    listed = listed_lines(text, _body_start(text))
    for m in written:
        if m.precision != "day" or m.rule not in ("explicit-date", "solar-date"):
            continue
        line = text.rfind("\n", 0, m.start) + 1
        if TODAY.match(text, line) or CAPTION.match(text, line) or \
                any(a <= m.start < b for a, b in listed):
            continue  # the page's "امروز: پنجشنبه ۱۲ مرداد ۱۴۰۲" clock, a photo's date, a
            # date under a list's or a ticker's heading ("خبر تازه")
        wd = weekday_before(text, m.start, lang)
        day = dt.date.fromisoformat(m.value)
        if wd is not None and day.weekday() == wd:
            return ReferenceDate(day, "inferred", m.text, m.start, m.end, reasons=(
                f"no date line: dated by the weekday-dated mention '{m.text}'",))
    reported = _reported_header_date(text, written, lang)
    if reported is not None:
        m, said = reported
        return ReferenceDate(dt.date.fromisoformat(m.value), "inferred", m.text, m.start, m.end,
                             reasons=(f"no date line: the header's date '{m.text}' falls on "
                                      f"the lead's day of reporting '{said}'",))
    return ReferenceDate(None, "none", reasons=(
        "no front matter date, publication line, dateline with a date or weekday-dated date",))


def _reported_header_date(text: str, written: list[Mention], lang) -> tuple[Mention, str] | None:
    """The only full date of the header lines under the first one and above the story's first
    paragraph (a photo's caption closing on its date, "... در محوطه کاخ سفید – ۲۰ شهریور
    ۱۴۰۳"), when it falls on the weekday the lead names as the day of reporting ("روز سه‌شنبه
    اعلام کرد", "заявил в среду"): a news photo is dated the day of the news.  Not the first
    line (the page's clock) nor a line naming today."""
    lines = list(top_lines(text, 0, teasers=False))
    lead = next((i for i, (a, b) in enumerate(lines) if _prose_line(text[a:b])), None)
    if lead is None or lead < 2:
        return None
    header = [m for m in written if lines[1][0] <= m.start < lines[lead][0]
              and m.precision == "day" and m.rule in ("explicit-date", "solar-date")]
    if len({m.value for m in header}) != 1 or any(
            TODAY.match(text, text.rfind("\n", 0, m.start) + 1) for m in header):
        return None
    day = dt.date.fromisoformat(header[0].value)
    a, b = lines[lead]
    for w in find_mentions(text, dt.date(2000, 1, 1), lang.code, spans=[(a, b)]):
        if w.rule.startswith("weekday") and lang.key(w.text) in lang.weekdays and \
                lang.weekdays[lang.key(w.text)] == day.weekday() and _reported_on(text, w, lang):
            return header[0], w.text
    return None


def _find_dateline(text: str, body: int, code: str) -> re.Match | None:
    """The language's wire dateline without its year ("МОСКВА, 3 апр — РИА Новости.")."""
    lang = language(code)
    found = lang.dateline.search(text, body)
    if not found or not found.groupdict().get("date"):
        # a dateline run into the headline's line ("... Токио. 14 июля. ИНТЕРФАКС - ...")
        found = lang.dateline_inline.search(text, body, body + _EVIDENCE_CHARS // 4)
    return found


_LINE_TO_DATELINE = 400  # characters: a date line right over the story's dateline


def _another_days_line(text: str, body: int, code: str, line: Mention) -> bool:
    """True for an unlabelled date line right over the story's yearless dateline that falls
    before the dateline's day: a teaser of another story ("21 июля 2016, 17:08" over
    "МОСКВА, 26 авг — РИА Новости.")."""
    end = _line_span(text, line)[1]
    if not _unlabelled(text, line):
        return False
    found = _find_dateline(text, body, code)
    if found is None or not (end <= found.start() <= end + _LINE_TO_DATELINE):
        return False
    told = _day_and_month(found, code)
    if told is None:
        return False
    mday, month = told
    stamp = dt.date.fromisoformat(line.value)
    if stamp.month == 12 and month == 1 and mday <= 7 and stamp.day >= 24:
        return False  # "31 декабря 2019" over "МОСКВА, 1 янв": the year turns, the line's
        # year is no evidence for the dateline's; its day is nearer than a guessed year
    return before_dateline(stamp, month, mday)


def _line_span(text: str, line: Mention) -> tuple[int, int]:
    """Where the text line holding ``line`` begins and ends."""
    end = text.find("\n", line.end)
    return text.rfind("\n", 0, line.start) + 1, len(text) if end < 0 else end


def _day_and_month(found: re.Match, code: str) -> tuple[int, int] | None:
    """The day and month a dateline's date words tell ("26 авг"), or None."""
    lang = language(code)
    m = re.match(r"(\d{1,2})\s+(\S+)", lang.normalise(found.group("date")))
    month = lang.months.get(lang.key(m.group(2))) if m else None
    return None if month is None else (int(m.group(1)), month)


def _unlabelled(text: str, line: Mention) -> bool:
    """True when the line of ``line`` names no label: no publication, no update."""
    start, end = _line_span(text, line)
    return not (LABEL.search(text, start, end) or _PUBLISHED.search(text, start, end)
                or _UPDATE.search(text, start, end))


def _bare_top(text: str, body: int, line: Mention) -> bool:
    """True for an unlabelled date line that opens the page (under its menu, if any): perhaps
    the page's clock ("Пятница, 26 декабря 2025" over the headline)."""
    return _unlabelled(text, line) and opens_page(text[body:], _line_span(text, line)[0] - body)


_FAR_BACK = 90  # days: a story tells a day so long before its own date with its year
_LEAD_PARAGRAPHS = 3


def _lead_contradicts(text: str, clock: Mention, code: str) -> bool:
    """The story's first paragraphs under a bare date line opening the page tell, as past,
    only days without a year that would lie months back in the year before it ("Учения
    стартовали 10 сентября" under "16:10, 24 Янв 2025"; a day of an earlier year is written
    with its year): the line is the page's clock, as for English
    (``page_clock.lead_contradicts``)."""
    lang = language(code)
    day, gaps, paragraphs = dt.date.fromisoformat(clock.value), [], 0
    pos = text.find("\n", clock.end)
    while 0 <= pos < len(text) and paragraphs < _LEAD_PARAGRAPHS:
        start, pos = pos + 1, text.find("\n", pos + 1)
        end = len(text) if pos < 0 else pos
        if len(text[start:end].split()) < PROSE_WORDS or CAPTION.search(text, start, end):
            continue
        paragraphs += 1
        for m in find_mentions(text, dt.date(2000, 1, 1), code, spans=[(start, end)]):
            if m.rule not in ("month-day", "solar-month-day") or m.precision != "day" or \
                    not told_as_past(text, m.start, m.end, lang):
                continue  # a day ahead, or one told in the present, may be days after the line
            month, mday = int(m.value[5:7]), int(m.value[8:10])
            if (month, mday) <= (day.month, day.day):
                return False  # a day earlier in the same year, needing no year
            year = day.year - 1
            gaps.append((day - dt.date(year, month, mday if valid_day(year, month, mday)
                                       else 28)).days)
    return bool(gaps) and min(gaps) > _FAR_BACK


def _labelled_below(text: str, written: list[Mention], clock: Mention) -> Mention | None:
    """The one full date further down on a line labelled as the publication ("Опубликовано
    6 февраля 2025 в 08:05", "تاریخ انتشار: ..."), on or before the bare date line opening
    the page: the story's own date, the line above the page's clock.  Several such dates
    are a list of other stories: none is taken."""
    found = []
    for m in written:
        start = text.rfind("\n", 0, m.start) + 1
        if m.start <= clock.end or m.precision != "day" or m.rule not in (
                "explicit-date", "solar-date") or CAPTION.search(text, start, m.start):
            continue
        if _PUBLISHED.search(text, start, m.start) and not _UPDATE.search(text, start, m.start):
            found.append(m)
    if len({m.value for m in found}) != 1 or found[0].value > clock.value:
        return None
    return found[0]


def _dateline_under_update(text: str, body: int, code: str,
                           line: Mention) -> ReferenceDate | None:
    """Only an update line ("Обновлено 14.06.2024", "به‌روزرسانی: ...") over the story's
    yearless dateline of a day up to a month before it ("МОСКВА, 11 июня — РИА Новости."):
    the story was written on the dateline's day, in the update's year (or the year before,
    across New Year), as for English (``reference._dateline_under_update``)."""
    start = text.rfind("\n", 0, line.start) + 1
    if not _UPDATE.search(text, start, line.start):
        return None
    found = _find_dateline(text, body, code)
    if found is None or found.start() < line.end or _YEAR_AFTER.search(found.group("date")) \
            or _YEAR_AFTER.match(text, found.end("date")):
        return None  # no dateline under the update, or one with its year
    told = _day_and_month(found, code)
    if told is None:
        return None
    (day, month), changed = told, dt.date.fromisoformat(line.value)
    for year in (changed.year, changed.year - 1):
        if valid_day(year, month, day) and \
                0 < (changed - dt.date(year, month, day)).days <= UPDATE_DAYS:
            a, b = found.span("date")
            return ReferenceDate(dt.date(year, month, day), "dateline", text[a:b], a, b,
                                 year_inferred=True, reasons=(
                f"dateline '{text[a:b]}' has no year: the story's day, in the year of the "
                f"update line '{line.text}' (a story is updated within weeks)",))
    return None


_YEAR_AFTER = re.compile(r"[\s,.]*(?:19|20)\d\d(?!\d)|[\s,.]*1[34]\d\d(?!\d)")


def _foot_line(text: str, body: int, code: str, line: Mention) -> bool:
    """True for an unlabelled date line under the story's yearless dateline that falls
    before its day or more than ``REPOST_DAYS`` after it ("МОСКВА, 13 июня — РИА Новости.
    ..." over the page's foot "26.12.2025"): the page's clock or footer, or another story's
    date (``page_clock.below_yearless`` for English)."""
    start = _line_span(text, line)[0]
    if not _unlabelled(text, line):
        return False
    found = _find_dateline(text, body, code)
    if found is None or found.end() > start or _YEAR_AFTER.search(found.group("date")) or \
            _YEAR_AFTER.match(text, found.end("date")):
        return False  # no dateline above, or a date line with its year ("Пятница, 26 декабря 2025")
    told = _day_and_month(found, code)
    if told is None or not valid_day(2000, told[1], told[0]):
        return False
    days = days_after_dateline(dt.date.fromisoformat(line.value), told[1], told[0])
    return not 0 <= days <= REPOST_DAYS


def _dateline(text: str, body: int, code: str, period) -> ReferenceDate | None:
    lang = language(code)
    found = _find_dateline(text, body, code)
    if found is None:
        return None
    start, end = found.span("date")
    words = text[start:end]
    m = re.match(r"(\d{1,2})\s+(\S+)", lang.normalise(words))
    month = lang.months.get(lang.key(m.group(2))) if m else None
    if month is None:
        return ReferenceDate(None, "none", reasons=(f"dateline '{words}' is not a date",))
    day = int(m.group(1))
    evidence = _evidence(text, body, found.end(), code, (month, day))
    y, reasons = years.infer_year(evidence, (month, day), period)
    head = f"dateline '{words}' has no year"
    if y is None:
        return ReferenceDate(None, "none", words, start, end, reasons=(head, *reasons))
    return ReferenceDate(dt.date(y, month, day), "dateline", words, start, end,
                         year_inferred=True, reasons=(f"{head}: year {y} inferred", *reasons))


def _yearless_line(text: str, body: int, code: str, period) -> ReferenceDate | None:
    """A date line without its year above the story ("11 окт, 18:20", "Среда, 11 октября"):
    the year is inferred as for a dateline, a weekday on the line fixing it."""
    lang = language(code)
    lines = list(top_lines(text, body, teasers=False))
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if len(line.split()) >= PROSE_WORDS:
            return None  # the story has begun
        if CAPTION.search(line) or TODAY.search(line) or page_chrome(text, lines, i, lang):
            continue
        words = lang.normalise(line)
        for found in _DAY_MONTH.finditer(words):
            month = lang.months.get(lang.key(found.group(2)))
            if month is None or not valid_day(2000, month, int(found.group(1))):
                continue
            rest = LABEL.sub(" ", words[:found.start()] + " " + words[found.end():])
            rest_words = [w for w in CLOCK.sub(" ", rest).split()
                          if not w.isdigit() and lang.key(w) not in lang.weekdays]
            if len(rest_words) > _OTHER_WORDS:
                break
            return _infer_line_year(text, body, code, period, start, end, found, month)
    return None


def _plain_dateline(text: str, body: int, code: str, period) -> ReferenceDate | None:
    """A dateline the language's pattern does not know, its agency in brackets or unnamed:
    "Москва, 11 октября (Интерфакс) - ...", "КАЛИНИНГРАД, 11 октября — ИА Балтика. ..."."""
    lang = language(code)
    for start, end in top_lines(text, body):
        found = _PLAIN_DATELINE.match(lang.normalise(text[start:end]))
        if found is None or len(text[start:end].split()) < PROSE_WORDS // 2:
            continue
        month = lang.months.get(lang.key(found.group(2)))
        if month is not None and valid_day(2000, month, int(found.group(1))):
            return _infer_line_year(text, body, code, period, start, end, found, month,
                                    source="dateline")
    return None


def _infer_line_year(text, body, code, period, start, end, found, month,
                     source: str = "publication-line") -> ReferenceDate:
    """The reference of a date line or dateline without its year (``found`` matched the
    line, its groups the day and the month's word): the year inferred from the text."""
    lang = language(code)
    day = int(found.group(1))
    date_start, date_end = start + found.start(1), start + found.end(2)
    next_line = re.compile(r"\S").search(text, end)
    lead = end if source == "publication-line" else date_end
    evidence = _evidence(text, body, next_line.start() if next_line and lead == end else lead,
                         code, (month, day))
    keys = [lang.key(w) for w in CLOCK.sub(" ", lang.normalise(text[start:end])).split()]
    weekday = next((lang.weekdays[k] for k in keys if k in lang.weekdays), None)
    if weekday is not None and source == "publication-line":  # "Среда, 11 октября"
        c = Candidate("weekday-date", start, end, text[start:end].strip(), {})
        evidence.weekday_dates.append((c, month, day, weekday))
    y, reasons = years.infer_year(evidence, (month, day), period)
    words = text[date_start:date_end]
    head = f"{source.replace('-', ' ')} '{words}' has no year"
    if y is None or not valid_day(y, month, day):
        return ReferenceDate(None, "none", words, date_start, date_end, reasons=(head, *reasons))
    return ReferenceDate(dt.date(y, month, day), source, words, date_start, date_end,
                         year_inferred=True, reasons=(f"{head}: year {y} inferred", *reasons))


def _reported_on(text: str, m, lang) -> bool:
    """A weekday right next to a reporting verb of its sentence ("заявил в понедельник",
    "روز دوشنبه گفت"): the day of reporting, so the dateline's own weekday."""
    left = max(text.rfind(c, 0, m.start) for c in ".!?؟\n") + 1
    right = min((i for i in (text.find(c, m.end) for c in ".!?؟\n") if i >= 0),
                default=len(text))
    around = text[max(left, m.start - 24):m.start] + " " + text[m.end:min(right, m.end + 24)]
    return bool(lang.speech_verbs.search(lang.normalise(around)))


def _past_day_after(text: str, m: Mention, month_day: tuple[int, int] | None, lang) -> bool:
    """True for a full date (or a month) told in a sentence with a past verb that falls
    after the dateline's day in its year ("27 февраля, ..." and "после заседания 6 декабря
    2024 года обратился"; "19 июл" and "впервые использовала ... в августе 2016 года"): the
    article is of a later year than the date's."""
    if month_day is None:
        return False
    if m.rule == "month-year" and len(m.value) == 7:  # "впервые ... в августе 2016 года",
        if int(m.value[5:7]) <= month_day[0]:        # told under a "19 июл" dateline
            return False
    elif m.rule != "explicit-date" or (int(m.value[5:7]), int(m.value[8:10])) <= month_day:
        return False
    left = max(text.rfind(c, 0, m.start) for c in ".!?؟\n") + 1
    right = min((i for i in (text.find(c, m.end) for c in ".!?؟\n") if i >= 0),
                default=len(text))
    return bool(lang.past.search(lang.normalise(text[left:right])))


def _month_of_named(text: str, named: re.Match, mentions: list, lang) -> int | None:
    """The month a name's year is told in, when the clause looks ahead: a bare month right
    after the name ("выставку «Армия-2018» в феврале"), in the future tense."""
    after = next((m for m in mentions if m.rule == "month" and
                  0 <= m.start - named.end() <= 12), None)
    if after is None or tense(text, named.start(), named.end(), lang) != FUTURE:
        return None
    return int(after.value[5:7])


def _evidence(text: str, body: int, lead_start: int, code: str,
              month_day: tuple[int, int] | None = None) -> years.Evidence:
    """What the text says about the year: explicit years in the past, years in the name of
    an event ("Армейских игр-2020": written that year or after), weekdays written with a
    day and month ("в среду, 21 января"), weekdays of reporting ("заявил в понедельник":
    the dateline's weekday), past weekdays in the lead; a year told only as the date of a
    past act ("в 2017 году") is a lower bound, how far below not told."""
    lang = language(code)
    mentions = find_mentions(text, dt.date(2000, 1, 1), code, spans=[(body, len(text))])
    lead_end = text.find("\n\n", lead_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    listed = listed_lines(text, body)  # a teaser's or a caption's date is another story's
    listed += [(m.start(), text.find("\n", m.start()) % (len(text) + 1))
               for m in TODAY.finditer(text, body)]  # the page's clock: the day it was saved,
    # which tells no year of the story's
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in listed)]
    ev = years.Evidence()
    acts: set[int] = set()  # years told only as the date of a past act ("в 2017 году")
    others: set[int] = set()  # years told otherwise too (a name's: "Армия-2018")
    for named in lang.named_year.finditer(lang.normalise(text), body):
        c = Candidate("year", named.start(), named.end(), named.group(), {})
        others.add(int(named.group()))
        month = _month_of_named(text, named, mentions, lang)
        if month:  # "пригласил посетить выставку «Армия-2018» в феврале": a show to come,
            # in that month of its year: the article is written before that month, in
            # that year or an earlier one (a future date's "year <= 2018"), never after
            ev.present_years.append((c, int(named.group())))
            ev.future_days.append((c, int(named.group()), month, 31))
        else:
            ev.past_years.append((c, int(named.group())))
    previous = None
    past: list[tuple[Candidate, int]] = []
    for m in mentions:
        c = Candidate(m.rule, m.start, m.end, m.text, {})
        if m.rule == "year" and lang.plan_period.search(
                lang.normalise(text[max(0, m.start - 24):m.start])):
            # the period a plan or a programme is for ("план на 2025 год", "на 2026-2030
            # годы"): drawn up in its first year or the year before, whatever the tense
            ev.present_years.append((c, int(m.value[:4])))
        elif m.rule in ("year", "month-year", "explicit-date"):
            future = tense(text, m.start, m.end, lang) == FUTURE
            year = int(m.value[:4]) + (not future and _past_day_after(text, m, month_day, lang))
            if future and len(m.value) >= 7:  # "подпишут ... в марте 2023 года": not after it
                day = int(m.value[8:10]) if len(m.value) == 10 else 31
                ev.future_days.append((c, int(m.value[:4]), int(m.value[5:7]), day))
            (ev.present_years if future else ev.past_years).append((c, year))
            if not future:
                past.append((c, int(m.value[:4])))
                act = m.rule == "year" and lang.act_year.search(
                    lang.normalise(text[max(0, m.start - 12):m.start]))
                (acts if act else others).add(year)
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
    ev.series_years.update(_series_years(text, body, past, lang))
    ev.act_years = acts - others
    return ev


def _series_years(text: str, body: int, past: list[tuple[Candidate, int]],
                  lang) -> dict[int, tuple[str, int]]:
    """Years a long series began in ("Первые такие учения прошли в 2018 году"), with the
    latest later one the text tells outside that sentence, a fifth or later ("седьмые
    совместные учения"), and its number; a year also named outside a series' start is none."""
    low = lang.normalise(text)
    later = [(lang.series_ordinals[m.group("stem")], m.group(), m.start())
             for m in lang.later_ordinal.finditer(low, body)
             if tense(text, m.start(), m.end(), lang) != FUTURE]
    found: dict[int, tuple[str, int]] = {}
    plain: set[int] = set()
    for c, year in past:
        left = max(text.rfind(ch, 0, c.start) for ch in ".!?؟\n") + 1
        right = min((i for i in (text.find(ch, c.end) for ch in ".!?؟\n") if i >= 0),
                    default=len(text))
        outside = [(n, words) for n, words, at in later if not left <= at < right]
        if outside and max(outside)[0] >= years.SERIES_FAR and lang.series_first.search(
                low, left, c.start):
            n, words = max(outside)
            found.setdefault(year, (words, n))
        else:
            plain.add(year)
    return {y: v for y, v in found.items() if y not in plain}
