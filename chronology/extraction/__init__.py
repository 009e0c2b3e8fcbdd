"""From an article to candidate events, and from many articles' candidates to merged events.

Public facade:

- ``analyse_article(article, config) -> ArticleResult``: pure per-article step
  (reference date, mentions, candidate events); safe to run in a worker process.
- ``merge_results(results, config) -> list[Event]``: merge candidates across articles
  (one event, several sources; conflicting dates flagged), with stable readable ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronology.articles.model import Article
from chronology.config import SiteConfig
from chronology.dates.model import Mention, ReferenceDate
from chronology.events.model import ArticleInfo, Event

__all__ = ["ArticleResult", "analyse_article", "merge_results"]


@dataclass
class ArticleResult:
    article_id: str
    info: ArticleInfo
    reference: ReferenceDate
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Event] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)  # lines for ``extract --explain``


def analyse_article(article: Article, config: SiteConfig) -> ArticleResult:
    raise NotImplementedError("extraction: analyse_article")


def merge_results(results: list[ArticleResult], config: SiteConfig) -> list[Event]:
    raise NotImplementedError("extraction: merge_results")
