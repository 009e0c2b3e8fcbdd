"""Site settings (``content/site.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronology.errors import ChronologyError, Place

KNOWN_KEYS = {"title", "description", "language", "period", "topic", "base_url", "repository_url"}


@dataclass(frozen=True)
class Topic:
    """What the timeline is about: groups of actor names, and topic terms."""

    actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Chronology"
    description: str = ""
    language: str = "en"
    period: tuple[int, int] = (1900, 2100)
    topic: Topic = Topic()
    base_url: str = ""
    repository_url: str = ""


def load_config(path: Path) -> SiteConfig:
    """Read ``site.yaml``. A missing file gives the defaults; a broken one a ChronologyError."""
    if not path.exists():
        return SiteConfig()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = Place(str(path), mark.line + 1, mark.column + 1) if mark else Place(str(path))
        raise ChronologyError(f"invalid YAML: {getattr(exc, 'problem', exc)}", place) from None
    except UnicodeDecodeError:
        raise ChronologyError("not UTF-8 text", path) from None
    if not isinstance(data, dict):
        raise ChronologyError("expected a mapping of settings", Place(str(path), 1, 1))
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ChronologyError(f"unknown setting {unknown[0]!r}", path)
    return _from_mapping(data, path)


def _from_mapping(data: dict, path: Path) -> SiteConfig:
    period = data.get("period") or {}
    try:
        start, end = int(period.get("start", 1900)), int(period.get("end", 2100))
    except (TypeError, ValueError, AttributeError):
        raise ChronologyError("period.start and period.end must be years", path) from None
    topic = data.get("topic") or {}
    actors = {str(k): tuple(str(n) for n in (v or [])) for k, v in (topic.get("actors") or {}).items()}
    return SiteConfig(
        title=str(data.get("title", "Chronology")),
        description=str(data.get("description", "") or ""),
        language=str(data.get("language", "en")),
        period=(start, end),
        topic=Topic(actors=actors, terms=tuple(str(t) for t in topic.get("terms") or [])),
        base_url=str(data.get("base_url") or ""),
        repository_url=str(data.get("repository_url") or ""),
    )
