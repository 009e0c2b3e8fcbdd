"""The parts of a news page around the story: navigation, cookie banners, share buttons,
newsletter boxes, related-story lists, comments, sidebars, footers and photo captions.

Recognised by general web vocabulary (HTML elements, ARIA roles, and words in class and id
names such as ``related``, ``newsletter``, ``cookie``, ``share``), never by site.  They are
removed before the main-text extractor runs, and their dates never date the article.
"""

from __future__ import annotations

import re

NOISE_TAGS = {"nav", "aside", "footer", "form", "button", "dialog", "noscript", "template",
              "select", "iframe", "svg", "figcaption"}
NOISE_ROLES = {"navigation", "dialog", "alertdialog", "complementary", "contentinfo",
               "search", "menu", "menubar", "toolbar"}
# A word of a class or id, between start, end, space, "-" or "_".
NOISE_LABEL = re.compile(
    r"(?:^|[\s_-])(?:related\w*|recommend\w*|newsletter\w*|cookie\w*|consent|gdpr|cmp"
    r"|share\w*|sharing|social\w*|comments?|promo\w*|advert\w*|ads?|sponsor\w*|sidebar"
    r"|widgets?|popular|trending|most|breadcrumbs?|subscri\w*|signup|paywall|outbrain"
    r"|taboola|tags?|newsfeed|read-?next|more-?(?:on|from|stories|news)|nav(?:bar|igation)?|menu\w*"
    r"|footer\w*|masthead|skip-?link|(?:wp-)?caption(?:-text)?|(?:photo|image)-?credit)"
    r"(?=$|[\s_-])",
    re.IGNORECASE)
KEEP_TAGS = {"html", "body", "main", "article"}
MAX_PRUNED = 2000


def is_noise(element) -> bool:
    """True when the element itself is page furniture (its tag, role, class or id say so)."""
    if not isinstance(element.tag, str) or element.tag in KEEP_TAGS:
        return False
    if element.tag in NOISE_TAGS:
        return True
    if (element.get("role") or "").strip().lower() in NOISE_ROLES:
        return True
    label = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(NOISE_LABEL.search(label))


def in_noise(element) -> bool:
    """True when the element or one of its ancestors is page furniture."""
    while element is not None and element.tag not in ("body", "html"):
        if is_noise(element):
            return True
        element = element.getparent()
    return False


def prune_noise(root) -> None:
    """Remove page furniture from the tree, in place; never the headline's or most of the
    page's paragraph text (a story container with an unlucky class name stays)."""
    by_paragraph = has_paragraphs(root)
    total = story_chars(root, by_paragraph)
    stack, pruned = [root], 0
    while stack and pruned < MAX_PRUNED:
        for child in list(stack.pop()):
            if is_noise(child) and not _holds_story(child, total, by_paragraph):
                _remove(child)
                pruned += 1
            else:
                stack.append(child)


def has_paragraphs(root) -> bool:
    """False for a page of ``<div>`` and ``<br>`` only: its text is judged as a whole."""
    return next(root.iter("p"), None) is not None


def story_chars(element, by_paragraph: bool) -> int:
    """Characters of the element's paragraphs (or of all its text, on a page without ``<p>``)."""
    if by_paragraph:
        return sum(len(p.text_content()) for p in element.iter("p"))
    return len(element.text_content())


def _holds_story(element, total: int, by_paragraph: bool) -> bool:
    if next(element.iter("h1"), None) is not None:
        return True
    return total > 0 and story_chars(element, by_paragraph) * 2 > total


def _remove(element) -> None:
    """Remove an element but keep the text after it (lxml stores it on the element)."""
    parent, previous, tail = element.getparent(), element.getprevious(), element.tail
    parent.remove(element)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
