"""What the driver keeps of a run, on disk: its memory does not grow with the corpus.

Each article's candidates and entry are pickled into one unnamed temporary file as their
digests arrive; the driver holds only where each record is and the few words it is sorted by.
The merge reads the candidates back in date order (``SpilledCandidates.in_order``) and holds
only the groups of the dates it is reading (``merge.merge_in_order``); the merged events go
back to the file, and the events file is written from there, one event at a time
(``MergedEvents``: in (date, id) order, ``in_file_order``, as ``events.fresh`` wants them).
The temporary file disappears when the run ends, also on a crash.

>>> from chronology.events.model import ArticleInfo
>>> with Spill() as spill:
...     articles = SpilledArticles(spill)
...     articles.add(ArticleInfo(id="a1", title="Talks"))
...     [(key, info.title) for key, info in articles.items()]
[('a1', 'Talks')]
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from typing import Any

from chronology.events.model import ArticleInfo, Event
from chronology.extraction.ids import uniquify
from chronology.extraction.merge import merge_in_order, merged_order
from chronology.extraction.model import Candidate
from chronology.extraction.sameness import told
from chronology.extraction.things import NameTable

Where = tuple[int, int]  # (offset, length) in the spill file


class Spill:
    """Pickled records in an unnamed temporary file, read back by where they were put."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile(prefix="chronology-")  # noqa: SIM115 (closed by __exit__)
        self.end = 0

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def put(self, record: Any) -> Where:
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        os.pwrite(self.file.fileno(), data, self.end)
        where = (self.end, len(data))
        self.end += len(data)
        return where

    def get(self, where: Where) -> Any:
        offset, length = where
        return pickle.loads(os.pread(self.file.fileno(), length, offset))


class SpilledArticles(Mapping[str, ArticleInfo]):
    """Article entries by id, read from the spill when asked for."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self.where: dict[str, Where] = {}

    def add(self, info: ArticleInfo) -> None:
        self.where[info.id] = self.spill.put(info)

    def __getitem__(self, key: str) -> ArticleInfo:
        return self.spill.get(self.where[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


class SpilledCandidates:
    """Candidates on disk, each known by its merge order (date, article, sentence) and where
    it is: a small tuple of shared strings and two numbers per candidate."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self.refs: list[tuple[str, str, int, int]] = []
        self.words: dict[str, str] = {}  # one copy of each date and article id
        self.names = NameTable()  # the weapons named by maker and model, for the merge

    def add(self, candidates: list[Candidate]) -> None:
        for candidate in candidates:
            event, words = candidate.event, self.words
            offset, length = self.spill.put(candidate)
            self.names.add(told(candidate))
            date, article = event.date, event.sources[0].article
            self.refs.append((words.setdefault(date, date), words.setdefault(article, article),
                              candidate.sentence.start, offset << _LENGTH_BITS | length))

    def __len__(self) -> int:
        return len(self.refs)

    def in_order(self) -> Iterator[Candidate]:
        """The candidates in ``merge._order``; ties in the order they were added (the
        offset grows with it), as ``sorted`` would keep them."""
        self.words.clear()
        self.refs.sort()
        for position in range(len(self.refs)):
            yield self.reload(position)

    def reload(self, position: int) -> Candidate:
        """The ``position``-th candidate of ``in_order`` again."""
        where = self.refs[position][3]
        return self.spill.get((where >> _LENGTH_BITS, where & _LENGTH_MASK))


_LENGTH_BITS = 32
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1
_NUL = b"\0"


def _packed(key: tuple[str, str, str, int]) -> bytes:
    """A (date, title, id, index) sort key as one bytes object, far smaller than a tuple of
    strings: the texts in UTF-8 (whose bytes sort as the code points do) each ended by NUL,
    which sorts before every character ("abc" before "abcd"), then the index in 8 big-endian
    bytes.  The texts hold no NUL (the events file refuses control characters); a lone
    surrogate (an escape in a page's JSON-LD) is packed in place, in the same order."""
    date, title, ident, index = key
    texts = (text.encode("utf-8", "surrogatepass") for text in (date, title, str(ident)))
    return b"".join(text + _NUL for text in texts) + index.to_bytes(8, "big")


class MergedEvents:
    """The merged events on disk: iterated in file order (date, then id), as ``list`` of
    ``merge_candidates`` would give them with their final ids."""

    in_file_order = True  # for ``events.store.update_events_file``

    def __init__(self, spill: Spill, candidates: SpilledCandidates) -> None:
        self.spill = spill
        keyed = []
        for index, event in merge_in_order(candidates.in_order(), candidates.reload,
                                              candidates.names):
            offset, length = self.spill.put(event)
            keyed.append(_packed(merged_order(index, event))
                         + (offset << _LENGTH_BITS | length).to_bytes(12, "big"))
        candidates.refs.clear()  # merged: the candidates' index is no longer needed
        keyed.sort()  # the bytes sort as the (date, title, id, index) tuples would
        ids, day, dates = [], [], {}
        first, sizes = array("Q"), array("Q")  # where each event was put
        for i, key in enumerate(keyed):
            date, _, ident, rest = key.split(_NUL, 3)  # date, title, id, index + where
            keyed[i] = b""  # each key is freed once read
            ids.append(ident.decode("utf-8"))
            day.append(dates.setdefault(date, date.decode("utf-8")))
            where = int.from_bytes(rest[-12:], "big")
            first.append(where >> _LENGTH_BITS)
            sizes.append(where & _LENGTH_MASK)
        del keyed
        final = uniquify(ids)
        del ids
        # Each event is put again with its final id: then only two numbers per event are
        # kept (where it is), in merge order, and the file order (date, then id).
        self.offsets, self.lengths = array("Q"), array("Q")
        for i, ident in enumerate(final):
            event = self.spill.get((first[i], sizes[i]))
            event.id = ident
            offset, length = self.spill.put(event)
            self.offsets.append(offset)
            self.lengths.append(length)
        del first, sizes
        self.file_order = array("Q", sorted(range(len(final)), key=lambda i: (day[i], final[i])))

    def __len__(self) -> int:
        return len(self.offsets)

    def __iter__(self) -> Iterator[Event]:
        for i in self.file_order:
            yield self._event(i)

    def in_merge_order(self) -> Iterator[Event]:
        """The events sorted by date, title and id, as ``merge_candidates`` returns them."""
        for i in range(len(self.offsets)):
            yield self._event(i)

    def _event(self, i: int) -> Event:
        return self.spill.get((self.offsets[i], self.lengths[i]))
