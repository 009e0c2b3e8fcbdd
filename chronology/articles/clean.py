"""Which parts of an article are the story: blocks classified, never deleted.

The body is cut into blocks (a line, or a hard-wrapped paragraph), each a ``Block(start,
end, kind)`` of offsets into ``Article.text``, so quotes stay verbatim and offsets valid.
Kinds: ``title``, ``story``, and what is not the story: ``dateline`` (a publication line),
``ui`` (navigation, share/subscribe/comment prompts, stray strings in another script),
``caption``, ``credit``, ``related`` (read-also and story lists), ``heading``, ``boilerplate``
(copyright and disclaimers).  The rules are general news-page vocabulary, not per-site.
"""

from __future__ import annotations

import re

from chronology.abbreviations import is_abbreviation
from chronology.articles.model import Block
from chronology.dates.tagger import find_candidates
from chronology.languages import calendar_words, credit_words, en, en_grammar

UI_PHRASES = en_grammar.CLEAN_UI_PHRASES
RELATED_PREFIX = re.compile(
    r"^\s*(read( also| more| next)?|also read|see also|related( stories| articles)?|more( stories| news)?"
    r"|recommended|watch|listen|you may also like)\s*[:\-–—|]", re.IGNORECASE)
COPYRIGHT = re.compile(
    r"(^\s*(©|\(c\)|copyright\b))|all rights reserved|is not responsible for the content"
    r"|reproduction (is )?(prohibited|forbidden)|terms of (use|service)|privacy policy"
    r"|cookie policy|this article (was|is) (originally )?(published|republished)"
    r"|\b(we|this (web)?site) uses? cookies\b|\baccept (all )?cookies\b",
    re.IGNORECASE)
CREDIT = re.compile(
    r"^\s*\(?(reporting|writing|editing|additional reporting|compiled|translated) by\b|"
    r"^\s*(©|\(c\)|photo( by|:| credit)|image( by|:)|picture( by|:)|credit:|file photo"
    r"|illustration( by|:)|source:|by [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,3}\s*$"
    r"|by (?-i:[A-Z][\w'-]*(,? (and |& )?[A-Z][\w'-]*){1,7})\s*$)", re.IGNORECASE)
# Image captions: "… - Sputnik International", "…. File photo", "… [AGENCY/Photographer]";
# not a wire's closing copyright tag ("… with Hegseth. END [Copyright The Agency Press, Ltd.]"):
# a story paragraph ends with it; a photo's credit "[© Agency/Name]" names no copyright, and
# a sign followed by a year ("[© 2024 The Agency Press Ltd.]") is the story's notice.
CAPTION = re.compile(
    r"(\bfile (photo|image|picture)\.?\s*$)|(\((photo|image|picture)\b[^)]*\)\s*$)"
    r"|(\[(?!\s*((©|\(c\))\s*)?(copyright\b|\d{4}\b))[^\]]*(/|photo|agency|images|press|getty|afp|reuters|ap\b)[^\]]*\]\s*$)"
    r"|(\s[-–—|]\s+[A-Z][\w.&']*( [A-Z][\w.&']*)* (International|News|Agency|Images|Photo|TV)\s*$)"
    # "(AP Photo/Name)", and a second credit after it: "(AP Photo/Name) (The Agency)"
    r"|(\([^()\n]*\b(photo|image|picture)s?\b[^()\n]*\)(\s*\([^()\n]{1,40}\))?\s*$)"
    r"|(^\s*in this (\S+\s+){0,8}(photo|image|picture)\b)"  # "In this Tuesday, Sept. 22 photo, …"
    # "… Name/Sputnik/AFP via Getty Images", "… Xinhua/Name", "… (Photo: Example)"
    r"|((\bvia |\b)getty images\.?\s*$)|(/\s*(afp|reuters|ap|xinhua|tass|sputnik|ria novosti|epa|"
    r"anadolu|efe|ani|pti|irna|handout|file)\b[^.\n]{0,40}$)|(\(\s*(photo|image|picture)\s*:[^)]*\)\s*$)"
    # "Illustrative: …", "FILE PHOTO: …", "This photo released by …", "A handout picture shows …"
    r"|(^\s*(illustrative( photo| image)?|file( photo| picture| image)?|handout( photo)?|representational"
    r" (photo|image)|representative (photo|image)|pictured|photo|image)\s*[:|–—-]\s)"
    r"|(\((xinhua|afp|reuters|ap|tass|sputnik|epa|anadolu|ani|pti|irna)/[^)]*\)\s*$)"
    # "… | Photo Credit: Special Arrangement", "… 2021. / AA", "… pose after signing …"
    r"|(\|\s*(photo|image|picture)( credit)?\s*:)|(\s/\s*[A-Z]{2,5}\s*$)"
    r"|(\bpose (for|after|during|with|at)\b)"
    r"|(^\s*(this|a|an)( undated| handout| file)? (photo|image|picture|video grab|screen ?grab|"
    r"satellite image|still),?( released| provided| taken| made available| distributed| shared"
    r"| obtained| posted)( \w+)? by\b)"
    # "This handout picture taken on <date> and released by …", "A file photo of …"
    r"|(^\s*(this|a|an)( undated| handout| file)? (photo|image|picture),? taken (on|in) [^.\n]{1,40}?"
    r" and (released|provided|distributed|made available|shared|posted) by\b)"
    r"|(^\s*(this|a|an)( undated| handout)? (" + "|".join(en.FILE_PHOTO_WORDS) + r") (photo|image|picture)s?"
    r" (of|shows|showing)\b)",
    re.IGNORECASE)
# A photo's credit of slash-separated names before its caption, the last an agency:
# "Handout / Some Ministry / AGENCY This handout picture …".
_AGENCY_NAMES = "|".join(sorted(map(re.escape, en.NEWS_AGENCIES), key=len, reverse=True))
_SLASH_CREDIT_START = re.compile(
    r"^\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}(?:\s/\s[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}){0,3}"
    r"\s/\s(?i:" + _AGENCY_NAMES + r")\s+[A-Z]")
# A caption's grammar: a name, a participle, a place and a full date, no finite verb ("Ben
# Marsh making a statement to the House of Commons in London on May 11, 2023."), or an image's
# alt text and caption, the same words twice.
CAPTION_SENTENCE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,5}[a-z]{3,}ing\b[^.!?]{0,200}?"
                              r"\b(?:19|20)\d\d\.?\s*$")
# A photographer's credit closing a caption: "… REUTERS/Stringer", "… AFP/File".
CAPTION_CREDIT = re.compile(r"\b[A-Z]{2,}(/[A-Z][\w.'-]*(\s[A-Z][\w.'-]*){0,2})+\.?\s*$")
# Short lines that start like a call to action: "Follow us on Twitter", "Sign up for ...".
UI_PREFIX = re.compile(r"^\s*(follow us|sign up|subscribe (to|for|now)|click here|download (our|the)"
                       r"|share (on|this|via)|join (us|our)|get (the|our) (app|newsletter)"
                       r"|save (&|and) read|bookmark (this|these|stories|articles|the story)"
                       r"|already a subscriber|(log|sign) in to (continue|read)|to continue reading"
                       r"|create a free account|this (article|content|story) is (only )?for subscribers)\b",
                       re.IGNORECASE)
# The heading of a press release's closing boilerplate: "About Rosoboronexport", "Notes to
# editors", "Media contacts", "Справка", "О компании". What follows it is no story.
BOILERPLATE_HEADING = re.compile(
    r"^\s*(?:(?i:notes?\s+(?:to|for)\s+editors?|media\s+contacts?|press\s+contacts?|справка"
    r"|справочно|о\s+компании|о\s+корпорации)"
    r"|About\s+(?:us|[A-Z][\w&.'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w&.'’-]*){0,5}))\s*:?\s*$")
# Month and weekday names of every language (chronology/languages/), then time words.
DATE_WORDS = set(calendar_words()) | {
    "at", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "updated",
    "published", "posted", "on", "last", "modified", "edt", "est", "msk", "irst", "-", "|",
    # "December 26, 2019 / 9:41 AM / Updated 2 hours ago", "[ Last Update: ... ]"
    "/", "[", "]", "•", "·", "update", "ago", "hour", "hours", "minute", "minutes", "min", "mins",
    "day", "days",
}
_ZONE = re.compile(r"(gmt|utc)?[+-]\d{1,2}(:?\d\d)?|\(?(gmt|utc)\)?")
WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+", re.UNICODE)
TERMINAL = ('.', '!', '?', '"', '”', '’', "'", ':', ';', ')')


def split_blocks(text: str, start: int, latin: bool = True) -> list[tuple[int, int]]:
    """Offsets of the body's blocks: each non-blank line, or a hard-wrapped paragraph
    (``latin``: the article is in the Latin script, so a line in another is a stray string;
    in a Cyrillic or Arabic one its own lines wrap as Latin ones do)."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].split("\n"):
        end = pos + len(line)
        if line.strip():
            left = pos + len(line) - len(line.lstrip())
            run.append((left, pos + len(line.rstrip())))
        else:
            spans.extend(_join_wrapped(text, run, latin))
            run = []
        pos = end + 1
    spans.extend(_join_wrapped(text, run, latin))
    return spans


def _join_wrapped(text: str, run: list[tuple[int, int]], latin: bool = True) -> list[tuple[int, int]]:
    """Lines that end mid-sentence and run on into the next are one hard-wrapped paragraph
    (lines of nearly equal width, ≤ 100, or a shorter one the next line's lower-case word
    goes on from: "NEW DELHI Jan 25 India signed an\ninter-governmental agreement …"); a
    line that ends a sentence ends it (wire copy wrapped with no blank line between its
    paragraphs), and a byline or a publication line stays a line of its own. In a Cyrillic
    or Arabic article (``latin`` false) lines are joined only into a paragraph that ends a
    sentence: a stack of headline lines ("Путин посетил …" over "Президент прибыл …") ends on
    none, wrapped prose does."""
    if len(run) < 2:
        return run
    width = max(end - start for start, end in run)
    if width > 100:
        return run
    spans: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(run):
        line = text[start:end]
        if line_kind(line, latin) or _POST_SIGNATURE.fullmatch(line):  # a byline above a
            # publication line is two lines; a post's signature is a line of its own
            spans.extend(_closed(text, group, latin))
            spans.append((start, end))
            group = []
            continue
        group.append((start, end))
        following = text[run[i + 1][0]:run[i + 1][1]] if i + 1 < len(run) else ""
        runs_on = not _ends_sentence(line) and bool(following) and \
            not _LIST_ITEM.match(following) and (
            end - start >= 0.6 * width and not _DATELINE_START.match(following)
            or ((following[:1].islower() or _DAY_RUNS_ON.match(following))
                and len(words(line)) >= 4))
        if not runs_on:
            spans.extend(_closed(text, group, latin))
            group = []
    return spans


# "MOSCOW, Jan 17 (Reuters) - …", "TEHRAN (AP) —": a line that opens with a dateline starts
# a story; the line above it (a headline, a caption) does not run on into it.
_DATELINE_START = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?"
                             r"\s+\d|\d)|\([A-Z][\w .'’-]{0,30}\)\s*[-–—:]|\s[-–—]\s)")


# An item of a list: a year and a capitalised word ("2016 Russia completes …"), a bullet.
_LIST_ITEM = re.compile(r"(?:(?:19|20)\d\d:?\s+[A-Z]|[-•*–]\s)")
# A day number that goes on a sentence ("… on Jan.\n15, the ministry said"); not a year
# opening an item of a list ("2016 Russia completes …" under "2015 …").
_DAY_RUNS_ON = re.compile(r"\d{1,2}(?!\d)")


def _ends_sentence(line: str) -> bool:
    """The line ends a sentence: a full stop, not an abbreviation's ("… on Jan.\n15, …")."""
    end = trimmed(line)
    if not end.endswith(TERMINAL[:3]):
        return False
    last = end.split()[-1].lower().rstrip(".") if end.split() else ""
    return not (end.endswith(".") and last in en.ABBREVIATIONS)


def _closed(text: str, group: list[tuple[int, int]], latin: bool) -> list[tuple[int, int]]:
    """A group of lines as one paragraph; outside the Latin script only when it ends a
    sentence, else its lines one by one."""
    if latin or not group or _ends_sentence(text[group[-1][0]:group[-1][1]]):
        return _paragraph(group)
    return group


def _paragraph(group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(group[0][0], group[-1][1])] if group else []


def words(line: str) -> list[str]:
    """The words of a line (letters, digits, inner apostrophes and hyphens)."""
    return WORD.findall(line)


_BELOW_U0250 = re.compile("[\x00-\u024f]+")


def _letters(text: str) -> tuple[int, int]:
    """(letters, Latin letters: those below U+0250), counted without a Python loop."""
    letters = sum(map(str.isalpha, text))
    if not letters or text.isascii():
        return letters, letters
    return letters, letters - sum(map(str.isalpha, _BELOW_U0250.sub("", text)))


def is_foreign_script(line: str, latin_text: bool) -> bool:
    """A line mostly in another script inside a Latin-script article (a stray UI string)."""
    if not latin_text:
        return False
    letters, latin = _letters(line)
    return bool(letters) and latin / letters < 0.5


def is_latin_text(text: str) -> bool:
    """True when most letters of ``text`` are Latin-script letters."""
    letters, latin = _letters(text)
    return bool(letters) and latin / letters >= 0.6


_DATE_LINE_SPLIT = re.compile(r"[\s,،]+")
_DATE_LINE_NUMBER = re.compile(r"\d{1,4}(:\d\d)?(am|pm)?|\d{4}-\d\d-\d\d")
_DATE_LINE_TOKEN = re.compile(r"[\d:/.-]+(am|pm|th|st|nd|rd)?")


def is_date_line(line: str) -> bool:
    """A short line made only of date and time words: a publication line."""
    if len(line) > 400:  # 20 tokens at most: do not split a one-paragraph article into words
        return False
    tokens = [t.lower().strip(",.:،") for t in _DATE_LINE_SPLIT.split(line) if t.strip(",.:،")]
    if not tokens or len(tokens) > 20:
        return False
    has_number = any(_DATE_LINE_NUMBER.fullmatch(t) for t in tokens)
    datey = all(t in DATE_WORDS or _DATE_LINE_TOKEN.fullmatch(t) or _ZONE.fullmatch(t)
                for t in tokens)
    return has_number and datey


def is_headline(line: str) -> bool:
    """Headline-like: 2-25 words, no final full stop, capitalised words beyond the first
    (in a script with capitals)."""
    tokens = words(line)
    if not 2 <= len(tokens) <= 25 or trimmed(line).endswith((".", ":", ";", ",")):
        return False
    alpha = [t for t in tokens if t[0].isalpha()]
    if not alpha:
        return False
    if not any(t[0].isupper() or t[0].islower() for t in alpha):
        return True  # a script without capitals (Persian): length and no full stop decide
    capitals = [t for t in alpha[1:] if t[0].isupper()]
    return bool(capitals)


def is_title_case(line: str) -> bool:
    """Most content words capitalised, as in a linked headline ("Russia, Iran to Sign Deal")."""
    small = {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "at", "by",
             "from", "as", "vs", "via", "into", "over", "after", "amid"}
    content = [t for t in words(line) if t[0].isalpha() and t.lower() not in small]
    return len(content) >= 2 and sum(t[0].isupper() for t in content) / len(content) >= 0.75


# "Caspian states discuss security (July 20, 2016)", "Iran test-fires missile — Dec 3, 2014":
# a linked headline followed by its own date, as story lists print them.
_DATED_HEADLINE = re.compile(r"^(?P<head>.+?)\s*(?:\((?P<paren>[^()]{4,40})\)|\s[-–—|•·]\s*"
                             r"(?P<sep>[^-–—|•·]{4,40}))\s*$")


def is_dated_headline(line: str) -> bool:
    """A short headline (no full stop) followed by a date: an entry of a story list."""
    match = _DATED_HEADLINE.match(line)
    if not match or not is_date_line(match.group("paren") or match.group("sep") or ""):
        return False
    head = trimmed(match.group("head"))
    if is_date_line(head) or not re.search(r"[^\W\d_]", head):  # "۱۳۹۵/۰۱/۲۳ - ۱۱:۲۰"
        return False  # a date and a time, not a headline
    return not head.endswith((".", "!", "?")) and 2 <= len(words(head)) <= 20


_NOT_WORD = re.compile(r"[^\w\s]")
# "Home | Nation | Defence | Opinion", "News • World • Asia": a site's menu saved as a line.
_MENU_SEPARATOR = re.compile(r"\s+[|•·»›/]\s+")


def is_menu(line: str) -> bool:
    """Three or more short items (one to three words, no sentence mark) between separators:
    navigation, not a headline."""
    items = _MENU_SEPARATOR.split(line.strip())
    return len(items) >= 3 and all(
        1 <= len(item.split()) <= 3 and not re.search(r"[.!?,:;]", item) for item in items)


def line_kind(line: str, latin_text: bool) -> str | None:
    """The kind a line has on its own, or None when it depends on its place in the article."""
    bare = _NOT_WORD.sub(" ", line.lower())
    bare = " ".join(bare.split())
    if not bare:
        return "ui"
    if is_foreign_script(line, latin_text):
        return "ui"
    if bare in UI_PHRASES or bare.isdigit():
        return "ui"
    if UI_PREFIX.match(line) and len(words(line)) <= 12:
        return "ui"
    if is_menu(line):
        return "ui"
    if RELATED_PREFIX.match(line) or is_dated_headline(line):
        return "related"
    if CREDIT.match(line):
        return "credit"
    if COPYRIGHT.search(line):
        return "boilerplate"
    if not _story_with_credit(line) and (
            (_may_be_caption(line) and (CAPTION.search(line) or _credited(line)))
            or CAPTION_CREDIT.search(line) or CAPTION_SENTENCE.match(line) or _said_twice(line)
            or _SLASH_CREDIT_START.match(line)
            or _photo_line(line) or not latin_text and _marked_credit(line)):
        return "caption"
    if is_date_line(line):
        return "dateline"
    return None


_CAPTION_WORDS = en_grammar.CLEAN_CAPTION_WORDS


# A photo's credit closing one sentence: "… to Serbia on April 9. Photo: AP", "… in Karachi.
# Photo by Jane Roe/Example", with or without a full stop of its own ("Photo: Example
# Ministry of Defence.").
_TRAILING_CREDIT = re.compile(r"[.!?]\s+(?:(?:photo|image|picture)s?(?: by|:)|"
                              r"(?:(?:photo|image|picture)\s+)?credits?:)\s*[^.!?\n]{1,60}\.?$",
                              re.IGNORECASE)  # (and "… . Credit: Example AB.")
_ATTRIBUTED = re.compile(r"\b(?:said|says|reported|reports|told|according to|announced)\b")


# A photo's bracketed credit, an agency and a photographer or "File": "(Agency/File)".
_BRACKET_CREDIT = re.compile(r"\(\s*[A-Za-z][\w.&' -]{1,20}/[^()\n]{1,30}\)\s*$")
_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def _sentence_stops(line: str, stop_at: re.Pattern = _SENTENCE_STOP) -> list[re.Match]:
    """The stops that end a sentence in one line: not the full stop of a listed abbreviation
    ("… (right), Feb. 5, 2024." is one sentence).  Initials are not read here: a photo line's
    count kept its former reading (reading them too lost an event on the real set's held-out
    split, with no dev evidence either way)."""
    return [stop for stop in stop_at.finditer(line)
            if not is_abbreviation(line, stop.start(), initials=False)]


def _story_with_credit(line: str) -> bool:
    """A story's paragraph of several sentences that tells its source, with a photo's
    bracketed credit glued after it ("… to Ukraine. The sale …, the statement
    added.(Agency/File)"): the saved page joined the two; a caption is one sentence.  With
    a file photo's credit, the paragraph must also tell a dated act: an archive photo's
    caption of several sentences tells a scene and its background, no date."""
    credit = _BRACKET_CREDIT.search(line)
    if credit is None:
        return False
    told = line[:credit.start()].strip()
    if not (len(_SENTENCE_STOP.findall(told)) > 1 and _ATTRIBUTED.search(told)):
        return False
    if not _FILE_CREDIT.search(credit.group()):
        return True
    return bool(find_candidates(told))  # a file photo's caption tells a scene, no dated act


# "(Agency/File)": an archive photo's credit (``FILE_PHOTO_WORDS``).
_FILE_CREDIT = re.compile(r"/\s*(?:" + "|".join(en.FILE_PHOTO_WORDS) + r")\b", re.IGNORECASE)


def _credited(line: str) -> bool:
    """One sentence and a photo's credit after it, the sentence telling no source: a caption
    ("Transport aircraft landed in Belgrade on April 9. Photo: AP"); a story's paragraph
    that tells its source keeps its credit ("… on Monday, IRNA reported. Photo: IRNA")."""
    credit = _TRAILING_CREDIT.search(line)
    if credit is None:
        return _credited_in_language(line)
    told = line[:credit.start() + 1]
    return not re.search(r"[.!?]\s+[A-Z“\"]", told) and not _ATTRIBUTED.search(told)


# The same in the languages with their own credit words ("… номер газеты "Правда". Фото:
# Минобороны РФ"; ``PHOTO_CREDITS`` and ``SPEECH_VERBS`` of ``chronology/languages/``).
_PHOTO, _SPEECH = credit_words()
_CREDIT_IN_LANGUAGE = re.compile(
    r"[.!?»\"”]\s+(?:" + "|".join(sorted(map(re.escape, _PHOTO))) + r")\s*:\s*[^.!?\n]{1,60}$",
    re.IGNORECASE) if _PHOTO else None
_SPOKEN_IN_LANGUAGE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _SPEECH))) + r")", re.IGNORECASE) if _SPEECH else None


def _credited_in_language(line: str) -> bool:
    credit = _CREDIT_IN_LANGUAGE.search(line) if _CREDIT_IN_LANGUAGE else None
    if credit is None:
        return False
    told = line[:credit.start() + 1]
    return not re.search(r"[.!?]\s+[^\W\d_]", told) and not (
        _SPOKEN_IN_LANGUAGE and _SPOKEN_IN_LANGUAGE.search(told))


def _may_be_caption(line: str) -> bool:
    lower = line.lower()
    return any(word in lower for word in _CAPTION_WORDS) or trimmed(line).endswith(")") or (
        any(word in lower for word in _PHOTO))


# A photo's people by where they stand: "Fumio Kishida (right) and Scott Morrison present …".
_POSITION = re.compile(r"\((?:right|left|cent(?:er|re)|front|rear|top|bottom|[LRC]|[LRC], [LRC]|"
                       r"(?:2nd|3rd|second|third) (?:from )?(?:left|right|[lrLR]))\)")
# A photo agency's caption ends "on January 11, 2023 in London, England.": a full date, then
# the city and country, with nothing after them.
_AGENCY_PLACE = re.compile(r"\bon [A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d in [A-Z][\w'’ -]+, "
                           r"[A-Z][\w'’ -]+\.\s*$")


# A wire photo's caption ends with its day after a comma, no preposition before it: "… arrive
# to sign the accord at the naval base near Toulon, March 3, 2031." (a story sentence says
# "on November 17", or "on Monday, November 17, 2025": a weekday before the comma is story),
# with a photo's present-tense verb, one sentence.
_MONTH = "|".join(name for names in en.MONTH_NAMES for name in names)
_COMMA_DATE_END = re.compile(r"(?<!day),\s+(?:" + _MONTH + r")\.?\s+\d{1,2},\s+(?:19|20)\d\d\.?\s*$")


_BARE_STOP = re.compile(r"[.!?](?:\s|$)")


def _photo_line(line: str) -> bool:
    """A one-sentence line that describes a photo: people by position, or an agency's ending.
    (Story sentences name people by office, not by where they stand in a picture.)"""
    if "(" not in line and ", 19" not in line and ", 20" not in line:
        return False  # the cheap test: both patterns need one of these
    if len(_sentence_stops(line.strip(), _BARE_STOP)) > 1:
        return False  # a paragraph of several sentences is story text
    return bool(_POSITION.search(line) or _AGENCY_PLACE.search(line) or _CREDIT_END.search(line)
                or _COMMA_DATE_END.search(line)) \
        and bool(_PHOTO_VERB.search(line))  # a photo shows in the present: "walks", "pose"


# A photo's credit after its one sentence: "… at Al Yamamah Palace in Riyadh on Sunday. (Yonhap)"
_CREDIT_END = re.compile(r"[.!]\s*\([A-Z][\w.'’ /-]{1,25}\)\s*$")


# What people in a photo do, in the present tense ("Kishida walks with Sunak", "the ministers
# pose"); a story tells it in the past ("Ashtiani met Shoigu on January 11, 2023 in Moscow").
_PHOTO_VERB = re.compile(r"\b(?:walks?|poses?|speaks?|attends?|shakes?|looks?|waves?|arrives?|"
                         r"gestures?|listens?|talks?|meets?|inspects?|reviews?|stands?|sits?|"
                         r"presents?|signs?|holds?|addresses?|leaves?|greets?|visits?|receives?|"
                         r"reacts?|hugs?|embraces?|chats?|smiles?|salutes?|enters?|boards?|"
                         r"watches?|shows?|shaking|pictured|seen|shown|exchange|exchanges)\b")


# A photo's credit after a copyright mark closing its caption: "… at the talks in the capital©
# Agency / Press office"; a mark before a year is the page's notice ("© 2024 Agency").
_MARKED_CREDIT = re.compile(r"©(?!\s*(?:19|20)\d\d)\s*[^©.!?\n]{2,60}$")


def _marked_credit(line: str) -> bool:
    """One sentence, no teller, then a photo's credit after a copyright mark (``_MARKED_CREDIT``):
    a caption, never the story's lead; a story paragraph of several sentences, or one telling
    who said it, keeps a credit glued to it. Read in pages not in Latin script only: an
    English page's credited caption may be the only line stating its year, and its titles
    cut the credit (``en.CREDIT_MARKS``)."""
    credit = _MARKED_CREDIT.search(line)
    if credit is None:
        return False
    told = line[:credit.start()].strip().rstrip(".!?")
    return bool(told) and not _SENTENCE_STOP.search(told) and not _ATTRIBUTED.search(told) and not (
        _SPOKEN_IN_LANGUAGE and _SPOKEN_IN_LANGUAGE.search(told))


def _said_twice(line: str) -> bool:
    """"X in London on May 11.X in London on May 11.": an image's alt text, then its caption."""
    text = line.strip()
    half = len(text) // 2
    return len(text) >= 40 and len(text) % 2 == 0 and text[:half] == text[half:]


# Invisible format characters and spaces at a line's end (bidi marks and overrides, zero-width
# spaces: U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF).
_FORMAT_END = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+$")


def trimmed(line: str) -> str:
    """The line without the spaces and invisible marks at its end: "… on Tuesday.\u200f" (a
    right-to-left mark after the stop, common on Persian pages) ends with its full stop."""
    if not line or (not line[-1].isspace() and line[-1] < "\u200b"):
        return line  # (the common case, without a regular expression)
    return _FORMAT_END.sub("", line)


def is_story_line(line: str) -> bool:
    """A line that reads as prose: a full sentence, or a long run of words."""
    tokens = words(line)
    stripped = trimmed(line)
    if len(tokens) >= 3 and stripped.endswith((".", "!", "?")):
        return True
    ends = stripped.endswith(TERMINAL)
    return (len(tokens) >= 4 and ends and not is_title_case(line)) or len(tokens) >= 14


def classify_blocks(text: str, body_start: int, title: str = "", script: str | None = None,
                    dateline: re.Pattern | None = None) -> tuple[list[Block], str]:
    """Classify the body's blocks; returns them with the headline (``title`` if given).

    ``script`` is the script of the article's language when known (``"latin"``,
    ``"cyrillic"``, ``"arabic"``): lines in another script are then stray UI strings only
    in a Latin-script article, however many Latin menu lines a Persian page has.
    ``dateline`` is the language's wire dateline, skipped when the opening words stand in
    for a missing headline.
    """
    latin = script == "latin" if script else is_latin_text(text[body_start:])
    return classify_spans(text, split_blocks(text, body_start, latin), title, body_start, script,
                          dateline)


def classify_spans(text: str, spans: list[tuple[int, int]], title: str = "",
                   body_start: int = 0, script: str | None = None,
                   dateline: re.Pattern | None = None) -> tuple[list[Block], str]:
    """Classify blocks already cut (a page's paragraphs); returns them with the headline."""
    latin = script == "latin" if script else is_latin_text(text[body_start:])
    fixed = [line_kind(text[s:e], latin) for s, e in spans]
    title_index = _find_title(text, spans, fixed, title)
    kinds = [_kind_in_place(text, spans, fixed, i, title_index) for i in range(len(spans))]
    kinds = _mark_story_lists(kinds)
    kinds = _closing_boilerplate(text, spans, kinds)
    kinds = _caption_twins(text, spans, kinds)
    kinds = _slash_credits(text, spans, kinds)
    kinds = _embedded_posts(text, spans, kinds)
    blocks = [Block(s, e, k) for (s, e), k in zip(spans, kinds, strict=True)]
    if not title and title_index is not None:
        title = headline_text(text[spans[title_index][0]:spans[title_index][1]])
    if not title:
        title = _opening_words(text, blocks, dateline=dateline)
    return blocks, title


def _opening_words(text: str, blocks: list[Block], limit: int = 12,
                   dateline: re.Pattern | None = None) -> str:
    """No headline: the story's first words stand in ("Iran and Russia signed a …"), after
    the language's wire dateline when there is one ("МОСКВА, 22 января. /ТАСС/.")."""
    story = next((b for b in blocks if b.kind == "story"), None)
    if story is None:
        return ""
    start = story.start
    found = dateline.match(text, story.start, story.end) if dateline else None
    if found:
        start = found.end()
    first = re.split(r"(?<=[.!?])\s", text[start:story.end], maxsplit=1)[0]
    first = re.sub(r"^[A-Z][A-Z .,'’-]{2,60}(?:\([^)]*\))?\s*[-–—]+\s*", "", first)
    tokens = first.split()
    return " ".join(tokens[:limit]) + (" …" if len(tokens) > limit else "")


def headline_text(line: str) -> str:
    """A line as a title: Markdown heading marks and surrounding space removed."""
    return trimmed(re.sub(r"^\s*#+\s*", "", line)).strip()


def _find_title(text: str, spans, fixed, title: str) -> int | None:
    """The headline block: the given title if it is in the text, else the first headline
    above the story, preferring one of four words or more (a site name is shorter)."""
    wanted = " ".join(title.split()).lower()
    if wanted:
        return next((i for i, (s, e) in enumerate(spans)
                     if " ".join(headline_text(text[s:e]).split()).lower() == wanted), None)
    found = []
    for i, (s, e) in enumerate(spans):
        line = headline_text(text[s:e])
        if fixed[i] is None and is_headline(line):
            found.append(i)
        elif fixed[i] is None and is_story_line(line):
            break
    long = [i for i in found if len(words(headline_text(text[spans[i][0]:spans[i][1]]))) >= 4]
    return (long or found or [None])[0]


def _kind_in_place(text: str, spans, fixed, i: int, title_index: int | None) -> str:
    if i == title_index:
        return "title"
    if fixed[i] is not None:
        return fixed[i]
    line = text[spans[i][0]:spans[i][1]]
    if title_index is not None and i < title_index:
        return "boilerplate"  # taglines and navigation above the headline
    if line.lstrip().startswith("#"):
        return "heading"
    if is_story_line(line) or _continues_previous(text, spans, fixed, i, line):
        return "story"
    if is_headline(line) or is_title_case(line):
        return "heading"
    return "ui"


def _continues_previous(text: str, spans, fixed, i: int, line: str) -> bool:
    """A lower-case line right after an unfinished prose line continues its paragraph."""
    if i == 0 or not line[:1].islower() or fixed[i - 1] is not None:
        return False
    previous = text[spans[i - 1][0]:spans[i - 1][1]]
    return is_story_line(previous) and not trimmed(previous).endswith(TERMINAL)


# "— Notes from Poland (@notesfrompoland) March 17, 2022": the signature line of an embedded
# social-media post, under the post's text.
_POST_SIGNATURE = re.compile(r"[—–-]{1,2}\s*[^\n]{1,100}?\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? "
                             r"\d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*")


_POST_LINK = re.compile(r"https?://|pic\.twitter\.com/|\bt\.co/")


def _embedded_posts(text: str, spans, kinds: list[str]) -> list[str]:
    """An embedded post (its text, then its signature line with the post's own date) is not
    the story: its "last month" counts from the post's day, not the article's."""
    out = list(kinds)
    for i, (start, end) in enumerate(spans):
        if not _POST_SIGNATURE.fullmatch(text, start, end):
            continue
        out[i] = "embed"
        above = i - 1  # the post's text: the line right above, with the post's link in it
        if above >= 0 and out[above] in ("story", "related", "heading", "ui") and \
                text[spans[above][1]:start].count("\n") <= 1 and \
                _POST_LINK.search(text, *spans[above]):
            out[above] = "embed"
    return out


def _caption_twins(text: str, spans, kinds: list[str]) -> list[str]:
    """A line that a caption repeats with its credit ("… on Friday afternoon" and "… on
    Friday afternoon | Photo Credit: …") is the caption too (an image's alt text)."""
    captions = [" ".join(text[s:e].split()) for (s, e), k in zip(spans, kinds, strict=True)
                if k == "caption"]
    out = list(kinds)
    for i, ((s, e), kind) in enumerate(zip(spans, kinds, strict=True)):
        line = " ".join(text[s:e].split())
        if kind == "story" and len(line) > 20 and any(
                c != line and c.startswith(line) for c in captions):
            out[i] = "caption"
    return out


# A photo's credit on a line of its own: an outlet, a slash, the photographer's name ("The
# STAR / Jan Novak", "AFP / John Smith"); not two names of places ("Greece / Albania").
_SLASH_CREDIT = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*\s*/\s*"
                           r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,2}")


def _slash_credits(text: str, spans, kinds: list[str]) -> list[str]:
    """A slash credit line (``_SLASH_CREDIT``) right under one sentence: the photo's credit
    and its caption ("Flags hang along the bridge on Monday …" / "The STAR / Jan Novak"); a
    paragraph of several sentences above it stays story."""
    out = list(kinds)
    for i in range(1, len(spans)):
        line = " ".join(text[spans[i][0]:spans[i][1]].split())
        above = " ".join(text[spans[i - 1][0]:spans[i - 1][1]].split())
        if out[i - 1] == "story" and _SLASH_CREDIT.fullmatch(line) and \
                len(stops := _sentence_stops(above)) == 1 and stops[0].end() >= len(above):
            out[i - 1], out[i] = "caption", "credit"
    return out


def _closing_boilerplate(text: str, spans, kinds: list[str]) -> list[str]:
    """A press release's "About X" (or "Notes to editors") heading after the story, and the
    paragraphs under it up to the next heading: boilerplate about the company, not news."""
    out = list(kinds)
    inside = False
    for i, ((s, e), kind) in enumerate(zip(spans, kinds, strict=True)):
        if kind in ("heading", "related", "ui") and e - s <= 80 \
                and BOILERPLATE_HEADING.match(" ".join(text[s:e].split())) \
                and "story" in kinds[:i]:
            inside = True
            out[i] = "boilerplate"
        elif inside and kind == "story":
            out[i] = "boilerplate"
        elif inside and kind in ("heading", "title"):
            inside = False
    return out


def _mark_story_lists(kinds: list[str]) -> list[str]:
    """Headings in a run of two or more, or after the last story block, are story lists."""
    out = list(kinds)
    last_story = max((i for i, k in enumerate(kinds) if k == "story"), default=-1)
    for i, kind in enumerate(kinds):
        if kind != "heading":
            continue
        neighbours = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(kinds)}
        if i > last_story or neighbours & {"heading", "related", "caption", "credit"}:
            out[i] = "related"
    return out
