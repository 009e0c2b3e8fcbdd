"""The reader for saved web pages (``.html``, ``.htm``, ``.html.gz``).

The stages, in order:
1. bytes: gzip unpacked, decoded by BOM or declared charset (``pagebytes``);
2. the HTML parsed by lxml, which repairs broken markup;
3. the page's metadata: title, site name, address, language, publication date and the tag
   that gave it (``pagemeta``, ``pagedate``);
4. page furniture removed: navigation, cookie banners, share and newsletter boxes, related
   stories, comments (``pagenoise``);
5. the main text by trafilatura, one block per paragraph (``pagetext``);
6. every block classified by ``clean`` (story, caption, credit, related, ui, …), as for a
   text article, so captions, credits and story lists never give events.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.etree
import lxml.html

from chronology.articles.clean import classify_spans, words
from chronology.articles.meta import infer_publisher
from chronology.articles.model import Article, Block
from chronology.articles.pagebytes import decode_page, unpack
from chronology.articles.pagemeta import read_metadata
from chronology.articles.pagenoise import has_paragraphs, prune_noise, story_chars
from chronology.articles.pagetext import assemble, main_text
from chronology.errors import ChronologyError
from chronology.languages import article_language, dateline_of, script_of

MAX_PAGE_BYTES = 20 * 2**20
MAX_ELEMENTS = 100_000  # a heavy news page has 20,000; more is a dump or a hostile page
MIN_STORY_WORDS = 25  # a short wire brief has 60; a login wall or an index page has none
NO_STORY = "no article text found (an index page, a login wall, or not a news story?)"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                               default_doctype=False)


def read_page(path: Path, data: bytes, article_id: str) -> Article:
    """A saved page as an ``Article``: its story text with classified blocks and metadata."""
    root = parse_page(decode_page(unpack(data, path, MAX_PAGE_BYTES), path), path)
    _check_size(root, path)
    if is_story_list(root):
        raise ChronologyError(NO_STORY, path)
    meta = read_metadata(root)
    prune_noise(root)
    text, spans, tags = assemble(meta.title, _main_text(root, path))
    language, how = article_language(meta.language, text)
    if meta.language:
        how = "page metadata"
    blocks, title = classify_spans(text, spans, meta.title, 0, script_of(language),
                                   dateline_of(language))
    blocks = [_structural_kind(b, tag) for b, tag in zip(blocks, tags, strict=True)]
    story_words = sum(len(words(text[b.start:b.end])) for b in blocks if b.kind == "story")
    if story_words < MIN_STORY_WORDS:
        raise ChronologyError(NO_STORY, path)
    return Article(
        id=article_id, path=path, text=text, title=title,
        publisher=meta.publisher or infer_publisher(text, blocks), url=meta.url,
        published=meta.published, published_source=meta.published_source,
        language=language, language_source=how, blocks=tuple(blocks),
    )


def parse_page(html: str, path: Path):
    """The page's root element; markup errors are repaired as browsers do."""
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str with an encoding line
    try:
        root = lxml.html.document_fromstring(html, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ChronologyError(f"cannot read the page's HTML: {exc}", path) from None
    if root is None:
        raise ChronologyError(NO_STORY, path)
    return root


def _check_size(root, path: Path) -> None:
    count = sum(1 for _ in root.iter())
    if count > MAX_ELEMENTS:
        raise ChronologyError(f"too many HTML elements for a news page ({count:,}; the limit "
                              f"is {MAX_ELEMENTS:,})", path)


def is_story_list(root) -> bool:
    """An index page: four or more ``<article>`` teasers (innermost ones) with linked
    headlines, holding most of the page's text between them (on a story page with a list of
    related stories, the story holds most of it)."""
    teasers = [a for a in root.iter("article")
               if next(a.iterdescendants("article"), None) is None
               and any(h.find(".//a") is not None or h.getparent().tag == "a"
                       for h in a.iter("h2", "h3", "h4"))]
    if len(teasers) < 4:
        return False
    by_paragraph = has_paragraphs(root)
    teased = sum(story_chars(a, by_paragraph) for a in teasers)
    return teased * 2 > story_chars(root, by_paragraph)


def _main_text(root, path: Path):
    try:
        return main_text(root)
    except RecursionError:
        raise ChronologyError("cannot read the page's HTML: nested too deeply", path) from None


def _structural_kind(block: Block, tag: str) -> Block:
    """A heading of the page is never story text, however long."""
    if tag == "head" and block.kind == "story":
        return Block(block.start, block.end, "heading")
    return block
