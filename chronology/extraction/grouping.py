"""Which candidates of one date join which groups: best links first, whatever the order.

The merge reads candidates in date order; the candidates of one date (a block) are placed
together.  Each candidate may link to another candidate of the block, or to a group begun
at an earlier date, with the score ``match_score`` gives; the links are taken best first
(ties in input order), as in single-linkage clustering, and two clusters are joined unless
that breaks a rule of the merge:

- a cluster joins at most one earlier group (two groups left apart stay apart);
- two candidates of one article are in one cluster only when they match each other: a
  second act told by the article ("A memorandum was also signed") is another event, even
  when both match a third report;
- two candidates that name different systems ("S-300", "S-400"), or one armed service each
  (an air operation, a ground operation), are never in one cluster or group, even when a
  general report ("air defence systems were delivered") matches both;
- a candidate joins a group only when its date fits every member's (``fits``).

So a report takes the partner it matches best, not the one that happened to come first:
"Russia and Iran signed an agreement on Tuesday" from a second article joins the first
article's report of the signing, not its report of the talks that day it came across first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass
class _Cluster:
    members: list[int]  # indexes into the block
    group: int | None = None
    articles: set[str] = field(default_factory=set)


def cluster_block(block: Sequence, groups: dict[int, list], article: Callable,
                  score: Callable, fits: Callable, alike: Callable,
                  conflict: Callable = lambda a, b: False
                  ) -> list[tuple[int | None, list[int]]]:
    """Place the candidates of ``block`` (one date, in input order): a list of (earlier
    group or None for a new group, indexes into the block), in the order of each cluster's
    first candidate.  ``groups``: the earlier groups near the date (index -> the members a
    candidate is compared with); ``article(candidate)`` names its article; ``score(a, b)``
    is the pair's match score (0: not the same event); ``fits(candidate, index)`` says
    whether a candidate may join that group; ``alike(candidate)`` is a key shared by
    candidates that say the same words about the same things (copies of one wire story):
    they are scored once, so a day that a thousand copies report costs little.
    ``conflict(a, b)``: two candidates that may never share a cluster, whatever a third
    report matches (they name different systems: "S-300", "S-400")."""
    pair = _Scores(block, score)
    units = _units(block, article, alike, pair)
    fitting = {(i, index): fits(candidate, index)
               for i, candidate in enumerate(block) for index in groups}
    links = _links(block, units, groups, score, pair, fitting, conflict)
    clusters = [_Cluster(list(unit), articles={article(block[i]) for i in unit}) for unit in units]
    owner = [0] * len(block)  # the cluster of each candidate
    for number, unit in enumerate(units):
        for i in unit:
            owner[i] = number
    for _, kind, first, second in sorted(links):  # best first; ties in input order
        if kind == 0:
            _join_group(clusters[owner[second]], first, fitting)
        else:
            _join(clusters, owner, owner[first], owner[second], block, article, pair, fitting,
                  conflict)
    placed = {id(clusters[o]): clusters[o] for o in owner}
    return [(c.group, sorted(c.members))
            for c in sorted(placed.values(), key=lambda c: min(c.members))]


def _links(block: Sequence, units: list[list[int]], groups: dict[int, list], score: Callable,
           pair: _Scores, fitting: dict, conflict: Callable
           ) -> list[tuple[float, int, int, int]]:
    """(-score, 0, group, unit's first candidate) for each unit and earlier group it may
    join (no member it may never share a cluster with: ``conflict``) and matches;
    (-score, 1, first, first) for each two units that match."""
    links = []
    for u, unit in enumerate(units):
        first = block[unit[0]]
        for index, members in groups.items():
            if all(fitting[i, index] for i in unit) and \
                    not any(conflict(first, m) for m in members):
                best = max((score(first, m) for m in members), default=0.0)
                if best > 0:
                    links.append((-best, 0, index, unit[0]))
        for other in units[u + 1:]:
            if pair.get(unit[0], other[0]) > 0:
                links.append((-pair.get(unit[0], other[0]), 1, unit[0], other[0]))
    return links


def _units(block: Sequence, article: Callable, alike: Callable, pair: _Scores
           ) -> list[list[int]]:
    """The block's candidates as units: copies of one report (``alike``) from different
    articles that match each other, scored as one."""
    units: list[list[int]] = []
    by_key: dict = {}
    for i, candidate in enumerate(block):
        for u in by_key.setdefault(alike(candidate), []):
            unit = units[u]
            if all(article(block[j]) != article(candidate) for j in unit) \
                    and pair.get(unit[0], i) > 0:
                unit.append(i)
                break
        else:
            by_key[alike(candidate)].append(len(units))
            units.append([i])
    return units


class _Scores:
    """Match scores of the block's pairs, each computed once."""

    def __init__(self, block: Sequence, score: Callable) -> None:
        self.block, self.score, self.known = block, score, {}

    def get(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self.known:
            self.known[key] = self.score(self.block[key[0]], self.block[key[1]])
        return self.known[key]


def _join_group(cluster: _Cluster, index: int, fitting: dict) -> None:
    if cluster.group is None and all(fitting[i, index] for i in cluster.members):
        cluster.group = index


def _join(clusters: list[_Cluster], owner: list[int], a: int, b: int, block: Sequence,
          article: Callable, pair: _Scores, fitting: dict, conflict: Callable) -> None:
    first, second = clusters[a], clusters[b]
    if first is second or (first.group is not None and second.group is not None):
        return
    group = first.group if first.group is not None else second.group
    if group is not None and not all(fitting[i, group] for i in first.members + second.members):
        return
    if any(pair.get(i, j) <= 0 and (article(block[i]) == article(block[j])
                                    or conflict(block[i], block[j]))
           for i in first.members for j in second.members):
        return  # another act of one article, or another system ("S-300" and "S-400")
    first.members += second.members
    first.articles |= second.articles
    first.group = group
    for i in second.members:
        owner[i] = a
