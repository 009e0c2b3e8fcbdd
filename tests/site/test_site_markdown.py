"""Summaries: Markdown rendered, then only an allow-list of HTML and safe links reach the page."""

from __future__ import annotations

import pytest

from chronology.site.markdown import render_markdown


@pytest.mark.parametrize(("source", "expected"), [
    ("", ""),
    ("Plain *text*.", "<p>Plain <em>text</em>.</p>"),
    ("**Bold** and `code`", "<p><strong>Bold</strong> and <code>code</code></p>"),
    ("[web](https://example.org/a)", '<p><a href="https://example.org/a" rel="noopener noreferrer">web</a></p>'),
    ("[plain](http://example.org)", '<p><a href="http://example.org" rel="noopener noreferrer">plain</a></p>'),
    ("[mail](mailto:desk@example.org)", '<p><a href="mailto:desk@example.org" rel="noopener noreferrer">mail</a></p>'),
    ("[rel](sources.html#a-x)", '<p><a href="sources.html#a-x" rel="noopener noreferrer">rel</a></p>'),
    ("[js](javascript:alert(1))", "<p>js</p>"),
    ("[data](data:text/html,hi)", "<p>data</p>"),
    ('<a href="vbscript:x" onclick="y()">v</a>', "<p>v</p>"),
    ("Raw <script>alert(1)</script> text", "<p>Raw  text</p>"),
    ('<iframe src="https://evil.example"></iframe>', ""),
    ("![img](https://evil.example/p.png)", ""),
    ('<span style="color:red">styled</span>', "<p>styled</p>"),
    ("# Heading\n\nText", "<p>Heading</p>\n<p>Text</p>"),
    ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
    ("- one", "<ul>\n<li>one</li>\n</ul>"),
    ("1. first", "<ol>\n<li>first</li>\n</ol>"),
    ("Signed in 2015, in Tehran (Iran).", "<p>Signed in 2015, in Tehran (Iran).</p>"),
    ("O'Brien & Sons", "<p>O'Brien &amp; Sons</p>"),
])
def test_render_markdown(source, expected):
    assert str(render_markdown(source)) == expected


@pytest.mark.parametrize("attack", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
    "[x](JaVaScRiPt:alert(1))", "[x](  javascript:alert(1))", "<a href='java&#x09;script:x'>x</a>",
    "<style>*{}</style>", "<object data=x></object>", "<form><input></form>",
])
def test_no_script_or_unsafe_url_survives(attack):
    html = str(render_markdown(attack)).lower()
    for bad in ("<script", "onerror", "onload", "javascript:", "<style", "<object", "<svg",
                "<img", "<form", "<input"):
        assert bad not in html
