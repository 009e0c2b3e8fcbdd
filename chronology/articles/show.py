"""An article as chronology reads it, for people (``chronology read``) and programs (``--json``)."""

from __future__ import annotations

from chronology.articles.model import Article


def describe_article(article: Article) -> dict:
    """The article's metadata, its story text and every block with its kind and offsets.

    ``start``/``end`` index ``text`` (``text[start:end]`` is the block), the same text that
    ``chronology dates --json`` offsets and events' quotes come from.
    """
    text = article.text
    story = "\n\n".join(text[b.start:b.end] for b in article.story_blocks())
    return {
        "id": article.id,
        "file": str(article.path),
        "title": article.title,
        "publisher": article.publisher,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "language": article.language,
        "story": story,
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "text": text[b.start:b.end]}
                   for b in article.blocks],
        "text": text,
    }


def article_lines(article: Article, width: int = 90) -> list[str]:
    """The human-readable view: one line per field, then one line per block."""
    info = describe_article(article)
    published = info["published"] or "none"
    if info["published_source"]:
        published += f" ({info['published_source']})"
    lines = [f"file: {info['file']}", f"title: {info['title']}",
             f"publisher: {info['publisher'] or 'unknown'}", f"url: {info['url'] or 'none'}",
             f"published: {published}", f"language: {info['language'] or 'not given'}",
             "blocks:"]
    for block in info["blocks"]:
        words = " ".join(block["text"].split())
        if len(words) > width:
            words = words[: width - 1] + "…"
        lines.append(f"  {block['start']}-{block['end']}\t{block['kind']}\t{words}")
    return lines
