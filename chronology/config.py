"""Site settings (``content/site.yaml``): read, checked field by field, every problem with its place."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronology import controls
from chronology.errors import ChronologyError, Place, Problem, ProblemsError
from chronology.spans import MAX_YEAR, MIN_YEAR
from chronology.urls import http_url_problem

DEFAULT_SITE = Path("content/site.yaml")
KNOWN_KEYS = ("title", "description", "language", "period", "topic", "base_url", "repository_url",
              "order")
ORDERS = ("oldest-first", "newest-first")  # how the timeline lists events; the page can switch
PERIOD_KEYS = ("start", "end")
TOPIC_KEYS = ("actors", "terms", "names")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
MAX_PERIOD_YEARS = 200  # the overview chart draws every quarter of the period


@dataclass(frozen=True)
class Topic:
    """What the timeline is about: groups of actor names, and topic terms."""

    actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    # Canonical name -> its other spellings and languages ("Shoigu": ["Shoygu", "Шойгу"]).
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def canonical(self) -> dict[str, str]:
        """Every spelling (the canonical one too) -> its canonical name."""
        out = {}
        for name, variants in self.names.items():
            out[name] = name
            out.update(dict.fromkeys(variants, name))
        return out


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Chronology"
    description: str = ""
    language: str = "en"
    period: tuple[int, int] = (1900, 2100)
    topic: Topic = Topic()
    base_url: str = ""
    repository_url: str = ""
    order: str = "oldest-first"

    @property
    def newest_first(self) -> bool:
        return self.order == "newest-first"


def load_config(path: Path, required: bool = False) -> SiteConfig:
    """Read ``site.yaml``; every problem is reported at once as ``file:line:col: message``.

    A missing file gives the defaults, unless ``required`` (the user named the file).
    """
    if not path.exists():
        if required:
            raise ChronologyError("settings file not found", path)
        return SiteConfig()
    root = _compose(path)
    if root is None:
        return SiteConfig()
    reader = _Reader(str(path))
    config = reader.site(root)
    if reader.problems:
        raise ProblemsError(reader.problems)
    return config


def _compose(path: Path) -> yaml.Node | None:
    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = Place(str(path), mark.line + 1, mark.column + 1) if mark else Place(str(path))
        raise ChronologyError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", place) from None
    except UnicodeDecodeError:
        raise ChronologyError("not UTF-8 text", path) from None
    except IsADirectoryError:
        raise ChronologyError("is a folder, not a settings file", path) from None


class _Reader:
    """Turns the YAML node tree into a SiteConfig, collecting problems with their places."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(Place(self.path, mark.line + 1, mark.column + 1), message))

    def mapping(self, node: yaml.Node, where: str, known: tuple[str, ...]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            prefix = "" if where == "settings" else f"{where}: "
            self.problem(node, f"{prefix}expected a mapping of settings")
            return {}
        items = {}
        for key, value in node.value:
            name = str(key.value)
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.problem(key, f"unknown setting {_path(where, name)!r}{hint}")
            else:
                items[name] = value
        return items

    def text(self, node: yaml.Node | None, where: str, default: str) -> str:
        if node is None:
            return default
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            self.problem(node, f"{where}: expected text")
            return default
        return str(node.value) if self.clean(node, where) else default

    def clean(self, node: yaml.ScalarNode, where: str) -> bool:
        """False (and a problem) when the text holds a control character."""
        ch = controls.first_control(str(node.value))
        if ch is not None:
            self.problem(node, f"{where}: {controls.refusal(ch)}")
        return ch is None

    def url(self, node: yaml.Node | None, where: str) -> str:
        """An http(s) address, or "" (unset): other schemes would be links that run scripts."""
        value = self.text(node, where, "")
        problem = http_url_problem(value) if value else None
        if problem:
            self.problem(node, f"{where}: {value!r} {problem}")
            return ""
        return value

    def year(self, node: yaml.Node | None, where: str, default: int) -> int:
        if node is None:
            return default
        value = node.value if isinstance(node, yaml.ScalarNode) else None
        if not (isinstance(value, str) and value.isdigit() and MIN_YEAR <= int(value) <= MAX_YEAR):
            self.problem(node, f"{where}: expected a year ({MIN_YEAR} to {MAX_YEAR})")
            return default
        return int(value)

    def names(self, node: yaml.Node, where: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where}: expected a list of names")
            return ()
        out = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and str(item.value).strip():
                if self.clean(item, where):
                    out.append(str(item.value))
            else:
                self.problem(item, f"{where}: expected a name")
        return tuple(out)

    def site(self, root: yaml.Node) -> SiteConfig:
        items = self.mapping(root, "settings", KNOWN_KEYS)
        language = self.text(items.get("language"), "language", "en")
        if not LANGUAGE.match(language):
            self.problem(items["language"], f"language: {language!r} is not a language tag (e.g. en, fa, en-GB)")
        return SiteConfig(
            title=self.text(items.get("title"), "title", "Chronology"),
            description=self.text(items.get("description"), "description", ""),
            language=language,
            period=self.period(items.get("period")),
            topic=self.topic(items.get("topic")),
            base_url=self.url(items.get("base_url"), "base_url"),
            repository_url=self.url(items.get("repository_url"), "repository_url"),
            order=self.order(items.get("order")),
        )

    def order(self, node: yaml.Node | None) -> str:
        value = self.text(node, "order", ORDERS[0])
        if value not in ORDERS:
            self.problem(node, f"order: {value!r} is not an order (expected oldest-first or newest-first)")
            return ORDERS[0]
        return value

    def period(self, node: yaml.Node | None) -> tuple[int, int]:
        if node is None:
            return SiteConfig.period
        items = self.mapping(node, "period", PERIOD_KEYS)
        start = self.year(items.get("start"), "period.start", SiteConfig.period[0])
        end = self.year(items.get("end"), "period.end", SiteConfig.period[1])
        if start > end:
            self.problem(node, f"period: start {start} is after end {end}")
        elif end - start > MAX_PERIOD_YEARS:
            self.problem(node, f"period: {end - start + 1} years is longer than {MAX_PERIOD_YEARS}")
        return start, end

    def topic(self, node: yaml.Node | None) -> Topic:
        if node is None:
            return Topic()
        items = self.mapping(node, "topic", TOPIC_KEYS)
        actors = {}
        if "actors" in items:
            groups = items["actors"]
            if isinstance(groups, yaml.MappingNode):
                for key, value in groups.value:
                    if self.clean(key, "topic.actors"):
                        actors[str(key.value)] = self.names(value, f"topic.actors.{key.value}")
            else:
                self.problem(groups, "topic.actors: expected groups of names (Group: [Name, ...])")
        terms = self.names(items["terms"], "topic.terms") if "terms" in items else ()
        return Topic(actors=actors, terms=terms, names=self.spellings(items.get("names")))

    def spellings(self, node: yaml.Node | None) -> dict[str, tuple[str, ...]]:
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "topic.names: expected canonical names with their spellings "
                         "(Shoigu: [Shoygu, Шойгу])")
            return {}
        return {str(k.value): self.names(v, f"topic.names.{k.value}") for k, v in node.value}


def _path(where: str, name: str) -> str:
    return name if where == "settings" else f"{where}.{name}"
