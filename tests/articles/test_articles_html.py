"""Reading saved web pages: metadata, charsets, gzip, bad and hostile pages, one-line errors."""

from __future__ import annotations

import datetime as dt
import gzip
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.articles import article_id, find_article_paths, read_article
from chronology.articles.pagedate import parse_date
from chronology.errors import ChronologyError

STORY = ("<p>TEHRAN, May 2 (Wire) - Iran and Russia signed a naval cooperation deal on Monday, "
         "officials said, after two days of talks in the Iranian capital.</p>"
         "<p>The deal provides for joint drills and port calls by the two navies in the Caspian "
         "Sea, the Iranian navy commander said.</p>")


def page(head: str = "", body: str = STORY, lang: str = "en") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body><article>{body}</article></body></html>'


def read(tmp_path, html: str | bytes, name: str = "p1.html"):
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    return read_article(path)


@pytest.mark.parametrize(("value", "day"), [
    ("2015-01-20T22:40:11+00:00", dt.date(2015, 1, 20)),
    ("2015-01-20T22:40:11Z", dt.date(2015, 1, 20)),
    ("2015-01-20 22:40:11", dt.date(2015, 1, 20)),
    ("2015-01-20", dt.date(2015, 1, 20)),
    ("20150120", dt.date(2015, 1, 20)),
    ("2015/1/20", dt.date(2015, 1, 20)),
    ("Tue, 20 Jan 2015 22:40:11 GMT", dt.date(2015, 1, 20)),
    ("January 20, 2015", dt.date(2015, 1, 20)),
    ("20 Jan. 2015, 9:40 pm", dt.date(2015, 1, 20)),
    ("Jan 20th, 2015", dt.date(2015, 1, 20)),
    ("2015.01.20", dt.date(2015, 1, 20)),
    ("20.01.2015 22:40", dt.date(2015, 1, 20)),
    ("20-01-2015", dt.date(2015, 1, 20)),
    ("01/20/2015", dt.date(2015, 1, 20)),
    ("20/01/2015", dt.date(2015, 1, 20)),
    ("01/02/2015", None),  # either order: refused
    ("1393/10/30", dt.date(2015, 1, 20)),  # Solar Hijri, as Iranian sites write it
    ("۱۳۹۳/۱۰/۳۰ ۱۰:۲۰", dt.date(2015, 1, 20)),
    ("20 января 2015", dt.date(2015, 1, 20)),
    ("20 ژانویه 2015", dt.date(2015, 1, 20)),
    ("2015-02-30", None), ("yesterday", None), ("", None), ("0001-01-01", None),
    ("9" * 500, None),
], ids=str)
def test_metadata_date_values(value, day):
    assert parse_date(value) == day


# head markup -> (published, published_source)
PUBLISHED = [
    ('<meta property="article:published_time" content="2019-12-26T09:41:00Z">'
     '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-12-20"}</script>',
     "2019-12-26", "meta article:published_time"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"}, '
     '{"@type": "NewsArticle", "datePublished": "2019-12-20T10:00:00+03:30"}]}</script>',
     "2019-12-20", "JSON-LD datePublished"),
    ('<meta name="pubdate" content="20191220">', "2019-12-20", "meta pubdate"),
    ('<meta property="article:modified_time" content="2019-12-28">'
     '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2019-12-28"}</script>',
     None, None),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>',
     None, None),
    ('<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>", None, None),
]


@pytest.mark.parametrize(("head", "published", "source"), PUBLISHED,
                         ids=["meta-first", "json-ld-graph", "pubdate", "modified-only",
                              "broken-json", "deep-json"])
def test_published_date_and_the_tag_that_gave_it(tmp_path, head, published, source):
    article = read(tmp_path, page(head))
    assert (article.published.isoformat() if article.published else None) == published
    assert article.published_source == source


@pytest.mark.parametrize(("body", "published", "source"), [
    ('<header><time datetime="2016-08-22T16:30:00+04:30">Aug 22</time></header>' + STORY,
     "2016-08-22", "<time> in the story's header"),
    ('<p class="meta"><time class="entry-date published" datetime="2016-08-22">x</time></p>' + STORY,
     "2016-08-22", '<time class="entry-date published">'),
    ('<p><time class="published">Aug 22nd, 2016 16:30</time></p>' + STORY,
     "2016-08-22", '<time class="published">'),
    (STORY + '<div class="related-posts"><time pubdate datetime="2014-10-09">Oct 9</time></div>',
     None, None),
    (STORY + '<aside><time itemprop="datePublished" datetime="2014-10-09">Oct 9</time></aside>',
     None, None),
    (STORY + '<footer><time datetime="2024-01-01">2024</time> © 2024</footer>', None, None),
], ids=["article-header", "entry-date", "words-only", "related-list", "aside", "footer"])
def test_time_elements_count_only_for_the_story(tmp_path, body, published, source):
    article = read(tmp_path, page(body=body))
    assert (article.published.isoformat() if article.published else None) == published
    assert article.published_source == source


@pytest.mark.parametrize(("head", "expected"), [
    ('<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/b">',
     "https://example.org/a"),
    ('<link rel="canonical" href="/a"><meta property="og:url" content="https://example.org/b">',
     "https://example.org/b"),
    ('<meta property="og:url" content="javascript:alert(1)">', None),
    ('<link rel="canonical" href="ftp://example.org/a">', None),
    ('<link rel="canonical" href="https://exa mple.org/a">', None),
], ids=["canonical", "relative-canonical", "javascript", "ftp", "space"])
def test_only_absolute_web_addresses_are_urls(tmp_path, head, expected):
    assert read(tmp_path, page(head)).url == expected


def test_title_publisher_and_language_from_the_page(tmp_path):
    head = ('<title>Iran and Russia sign naval deal | Example Wire</title>'
            '<meta property="og:site_name" content="  Example\n Wire ">'
            '<meta property="og:locale" content="en_GB">')
    article = read(tmp_path, page(head, lang=""))
    assert (article.title, article.publisher, article.language) == (
        "Iran and Russia sign naval deal", "Example Wire", "en")
    assert article.text.startswith("Iran and Russia sign naval deal\n\nTEHRAN, May 2")
    assert [b.kind for b in article.blocks] == ["title", "story", "story"]


def test_a_page_without_a_site_name_takes_the_dateline_agency(tmp_path):
    assert read(tmp_path, page()).publisher == "Wire"


CAFE = STORY.replace("Iranian capital", "Iranian capital – “café”")


@pytest.mark.parametrize(("data", "name"), [
    (page('<meta charset="windows-1251">', body=CAFE.replace("café", "кафе")).encode("cp1251"),
     "cp1251"),
    (page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', body=CAFE)
     .encode("cp1252"), "latin1-means-cp1252"),
    (page('<meta charset="windows-1251">', body=CAFE).encode("utf-8"), "utf8-mislabelled"),
    (b"\xef\xbb\xbf" + page(body=CAFE).encode("utf-8"), "utf8-bom"),
    (b"\xff\xfe" + page(body=CAFE).encode("utf-16-le"), "utf16-bom"),
    (b"<?xml version='1.0' encoding='utf-8'?>\n" + page(body=CAFE).encode("utf-8"), "xhtml"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_charsets_are_decoded_right(tmp_path, data, name):
    text = read(tmp_path, data).text
    assert ("“кафе”" if name == "cp1251" else "“café”") in text
    assert "\ufffd" not in text


def test_gzip_pages_are_read_and_keep_their_id(tmp_path):
    path = tmp_path / "wire-1.html.gz"
    path.write_bytes(gzip.compress(page().encode()))
    assert article_id(path) == "wire-1"
    assert find_article_paths([tmp_path]) == [path]
    article = read_article(path)
    assert (article.id, len(article.story_blocks())) == ("wire-1", 2)


INDEX_PAGE = "<html><body><main>" + "".join(
    f"<article><h2><a href='/s{i}'>Story {i}</a></h2><p>Iran and Russia held talks on "
    f"Tuesday about trade and defence ties, officials said.</p></article>" for i in range(6)
) + "</main></body></html>"


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty file: no article text"),
    (b"<html>\x00\x00</html>", "binary file (NUL bytes): not a web page"),
    (gzip.compress(page().encode())[:40], "gzip data is cut short (an incomplete download?)"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff\xff",
     "broken gzip data: Error -3 while decompressing data: invalid block type"),
    (gzip.compress(b"<p>" + b"a" * (21 * 2**20)),
     "too large for a news article once decompressed (the limit is 20 MB)"),
    (page(body="<p>x</p>" * 100_001).encode(),
     "too many HTML elements for a news page (100,005; the limit is 100,000)"),
    (page(body="<nav><a href='/'>Home</a></nav><div class='paywall'><p>Subscribe to continue "
          "reading.</p></div><p>Already a subscriber? Log in to continue reading this story "
          "about the talks.</p>").encode(),
     "no article text found (an index page, a login wall, or not a news story?)"),
    (INDEX_PAGE.encode(),
     "no article text found (an index page, a login wall, or not a news story?)"),
], ids=["empty", "nul", "cut-gzip", "broken-gzip", "gzip-bomb", "too-many-elements",
        "login-wall", "index-page"])
def test_bad_pages_are_one_line_errors_with_the_file(tmp_path, data, message):
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value) == f"{path}: {message}"


def test_a_page_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "dump.html"
    with path.open("wb") as out:
        out.truncate(21 * 2**20)
    with pytest.raises(ChronologyError) as info:
        read_article(path)
    assert str(info.value) == f"{path}: too large for a news article (21.0 MB; the limit is 20 MB)"


def test_broken_markup_is_repaired(tmp_path):
    html = ("<html><body><p>TEHRAN, May 2 (Wire) - Iran and Russia signed a naval deal on "
            "Monday, officials said <b>after two <i>days</b> of talks in the Iranian capital."
            "<p>The deal provides for joint drills by the two navies in the Caspian Sea, the "
            "navy said.<div></span></table>")
    article = read(tmp_path, html)
    assert [article.text[b.start:b.end][:12] for b in article.story_blocks()] == [
        "TEHRAN, May ", "The deal pro"]


@pytest.mark.parametrize("html", [
    "<html><body>" + "<div>" * 50_000 + STORY + "</div>" * 50_000 + "</body></html>",
    "<html><body>" + "<b><i>" * 30_000 + STORY,
    '<html><body><div title="' + "x" * 12_000_000 + '">' + STORY + "</div></body></html>",
    "<html><body>" + '<div class="share">' * 3000 + STORY + "</div>" * 3000 + "</body></html>",
    "<html><body>" + "&amp;" * 200_000 + "&#x110000;&#0;&#xD800;&lt;" + STORY + "</body></html>",
], ids=["deep-divs", "unclosed-inline", "huge-attribute", "nested-noise", "entities"])
def test_hostile_pages_end_quickly_without_a_crash(tmp_path, html):
    start = time.perf_counter()
    try:
        read(tmp_path, html)
    except ChronologyError as exc:
        assert "\n" not in str(exc)
    assert time.perf_counter() - start < 20


def test_scripts_styles_and_escaped_markup_are_text_not_markup(tmp_path):
    body = ("<h1>Deal &lt;script&gt;alert(1)&lt;/script&gt;</h1>" + STORY.replace(
        "officials said", "officials said &lt;img src=x onerror=alert(2)&gt;")
        + "<script>document.write('<p>Iran and Russia signed a secret pact.</p>')</script>"
        "<style>p{color:red}</style><noscript><p>Enable JavaScript to read the story.</p></noscript>")
    article = read(tmp_path, page(body=body))
    assert article.title == "Deal <script>alert(1)</script>"
    assert "<img src=x onerror=alert(2)>" in article.text
    assert "secret pact" not in article.text
    assert "color:red" not in article.text
    assert "Enable JavaScript" not in article.text


TAGS = st.sampled_from(["p", "div", "h1", "script", "article", "time", "meta", "a", "b", "li",
                        "ul", "table", "td", "aside", "nav", "!--", "?xml", "html", "body"])
FRAGMENT = st.one_of(
    st.builds(lambda t, a: f"<{t} {a}>", TAGS, st.text(max_size=30)),
    st.builds(lambda t: f"</{t}>", TAGS),
    st.text(max_size=80),
    st.sampled_from(['<meta property="article:published_time" content="', "&#", "&lt;", "]]>",
                     '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":',
                     "TEHRAN, May 2 (Wire) - ", "Iran and Russia signed a deal on Monday. "]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(FRAGMENT, max_size=60))
def test_any_markup_is_read_or_refused_in_one_line(tmp_path, parts):
    try:
        article = read(tmp_path, "".join(parts))
    except ChronologyError as exc:
        assert "\n" not in str(exc)
        return
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(article.text)


@pytest.mark.parametrize(("markup", "noise"), [
    ('<div class="cmp-banner">', True), ('<div id="cookie-law-info-bar">', True),
    ('<section class="jp-relatedposts">', True), ('<div class="newsletter-signup">', True),
    ('<div class="story__share">', True), ('<ul class="menu">', True), ("<nav>", True),
    ('<div role="dialog">', True), ('<span class="wp-caption-text">', True), ("<figcaption>", True),
    ('<article class="post tag-iran has-sidebar">', False), ('<div class="entry-content">', False),
    ('<div class="navy-news">', False), ('<div class="article-body__content">', False),
    ('<p class="story__byline">', False),
], ids=lambda v: v if isinstance(v, str) else "")
def test_page_furniture_is_told_by_element_role_and_class_words(markup, noise):
    import lxml.html

    from chronology.articles.pagenoise import is_noise
    assert is_noise(lxml.html.fragment_fromstring(markup + "x")) is noise


def test_captions_go_and_a_story_container_with_an_unlucky_class_stays(tmp_path):
    body = ('<div class="article-body share-enabled">' + STORY.replace("<p>", "").replace(
        "</p>", "<br><br>") + '<figure><img src="a.jpg"><figcaption>Iranian sailors in the '
        'Caspian Sea during a drill on Monday, officials said.</figcaption></figure></div>'
        '<div class="share">Share this story with your friends on social media today.</div>')
    article = read(tmp_path, page(body=body))
    assert [article.text[b.start:b.end][:12] for b in article.story_blocks()] == [
        "TEHRAN, May ", "The deal pro"]
    assert "sailors" not in article.text


def test_a_story_with_a_list_of_related_stories_is_not_an_index_page(tmp_path):
    teasers = "".join(f"<article><h3><a href='/s{i}'>Story {i}</a></h3><p>Talks went on.</p>"
                      f"</article>" for i in range(8))
    article = read(tmp_path, "<html><body><main><h1>Deal</h1>" + STORY * 2 + "</main><section>"
                   + teasers + "</section></body></html>")
    assert len(article.story_blocks()) == 4


def test_a_page_wrapped_in_one_form_is_read(tmp_path):
    """ASP.NET sites wrap the whole page in a <form>: furniture, but it holds the story."""
    body = ('<form id="aspnetForm" method="post"><div class="header"><ul class="menu"><li>Home'
            '</li></ul></div>' + STORY + '<div class="footer">© 2024 Wire</div></form>')
    article = read(tmp_path, page(body=body))
    assert len(article.story_blocks()) == 2
    assert "Home" not in article.text and "2024" not in article.text
