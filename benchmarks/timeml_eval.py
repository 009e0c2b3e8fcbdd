"""Evaluate the date engine on the TimeML corpus (TimeBank + AQUAINT, TempEval-3 measures).

Usage (from the repository root)::

    python benchmarks/timeml_eval.py [CORPUS] [--errors] [--limit N] [--half dev|held-out]

CORPUS defaults to ``../shared/data/timeml`` relative to the repository root.  For every
document the engine runs on the plain text with the gold document date (DCT) as reference;
only gold DATE timexes and predicted DATE mentions count.  Relaxed match = overlapping
spans, strict = identical spans; value accuracy = share of relaxed-matched gold timexes
whose value is identical; value F1 = relaxed F1 x value accuracy.  The same figures are
printed again for the calendar subset (values ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

The corpus is split in two halves by a hash of each document's name (``half``): rules are
tuned on ``dev`` only (``--half dev --errors``), and ``held-out`` shows whether they carry
over.  Without ``--half`` the whole corpus is scored and each half is reported too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from chronology.dates import find_mentions  # noqa: E402

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CALENDAR = re.compile(r"^\d{4}(-\d\d){0,2}$")


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    name: str
    dct: dt.date
    text: str
    timexes: list[Timex] = field(default_factory=list)


def canonical_value(value: str) -> str:
    """A gold value in TIMEX3's own form: an ISO week has two digits ("2000-W6" in a few gold
    files is "2000-W06", the same week); any other value is kept as written.

    >>> canonical_value("2000-W6"), canonical_value("2000-W16"), canonical_value("1998-10")
    ('2000-W06', '2000-W16', '1998-10')
    """
    return re.sub(r"^(\d{4}-W)(\d)(?!\d)", r"\g<1>0\2", value)


def load_document(path: Path) -> Document:
    """Parse one .tml file: its DCT and its TEXT, with tags stripped and TIMEX3 offsets kept."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S).group(1)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            timexes.append(Timex(start, length, "", attrs.get("type", ""),
                                 canonical_value(attrs.get("value", ""))))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start : t.end]
    return Document(path.stem, dt.date.fromisoformat(dct), text, timexes)


HALVES = ("dev", "held-out")


def half(name: str) -> str:
    """The half of the corpus a document belongs to, from a hash of its name (stable)."""
    return HALVES[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


def load_corpus(root: Path, limit: int | None = None) -> list[Document]:
    """Every .tml document under ``root`` (sorted by path)."""
    paths = sorted(root.rglob("*.tml"))
    if not paths:
        raise SystemExit(f"no .tml files under {root}")
    return [load_document(p) for p in paths[:limit]]


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    gold_relaxed: int = 0
    pred_relaxed: int = 0
    gold_strict: int = 0
    pred_strict: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> tuple[float, float]:
        """(relaxed span F1, value F1), in percent."""
        rp = self.pred_relaxed / self.pred if self.pred else 0.0
        rr = self.gold_relaxed / self.gold if self.gold else 0.0
        relaxed = 2 * rp * rr / (rp + rr) if rp + rr else 0.0
        acc = self.value_ok / self.gold_relaxed if self.gold_relaxed else 0.0
        return 100 * relaxed, 100 * relaxed * acc

    def summary(self) -> str:
        relaxed, value = self.figures()
        return f"relaxed span F1 {relaxed:.1f}, value F1 {value:.1f}"

    def report(self, title: str) -> str:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        rp = self.pred_relaxed / self.pred if self.pred else 0.0
        rr = self.gold_relaxed / self.gold if self.gold else 0.0
        sp = self.pred_strict / self.pred if self.pred else 0.0
        sr = self.gold_strict / self.gold if self.gold else 0.0
        acc = self.value_ok / self.gold_relaxed if self.gold_relaxed else 0.0
        relaxed = f1(rp, rr)
        return (
            f"{title}: gold {self.gold}, predicted {self.pred}\n"
            f"  relaxed span  P {100 * rp:5.1f}  R {100 * rr:5.1f}  F1 {100 * relaxed:5.1f}\n"
            f"  strict span   P {100 * sp:5.1f}  R {100 * sr:5.1f}  F1 {100 * f1(sp, sr):5.1f}\n"
            f"  value accuracy {100 * acc:5.1f}   value F1 {100 * relaxed * acc:5.1f}"
        )


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def score(gold: list[Timex], pred: list, errors: list[str] | None, name: str) -> Counts:
    """TempEval-3 counts for one document (gold and predicted DATE timexes)."""
    c = Counts(gold=len(gold), pred=len(pred))
    for g in gold:
        hits = [p for p in pred if _overlap(g, p)]
        if not hits:
            if errors is not None:
                errors.append(f"{name}\tMISS\t{g.text!r}\t{g.value}")
            continue
        c.gold_relaxed += 1
        c.gold_strict += any(p.start == g.start and p.end == g.end for p in hits)
        if hits[0].timeml_value == g.value:
            c.value_ok += 1
        elif errors is not None:
            h = hits[0]
            errors.append(f"{name}\tVALUE\t{g.text!r}\tgold {g.value}\tgot {h.timeml_value} "
                          f"{h.text!r} [{h.rule}: {h.reason}]")
    for p in pred:
        hits = [g for g in gold if _overlap(g, p)]
        c.pred_relaxed += bool(hits)
        c.pred_strict += any(p.start == g.start and p.end == g.end for g in hits)
        if not hits and errors is not None:
            errors.append(f"{name}\tEXTRA\t{p.text!r}\t{p.value} [{p.rule}]")
    return c


def evaluate(docs: list[Document], errors: list[str] | None = None) -> tuple[Counts, Counts]:
    """Counts over the corpus: all DATE timexes, and the calendar subset."""
    total, calendar = Counts(), Counts()
    for doc in docs:
        mentions = [m for m in find_mentions(doc.text, doc.dct) if m.type == "DATE"]
        gold = [t for t in doc.timexes if t.type == "DATE"]
        total.add(score(gold, mentions, errors, doc.name))
        cal_gold = [t for t in gold if _CALENDAR.match(t.value)]
        cal_pred = [m for m in mentions if m.is_calendar]
        calendar.add(score(cal_gold, cal_pred, None, doc.name))
    return total, calendar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default="../shared/data/timeml",
                        help="corpus folder, relative to the repository root "
                        "(default: ../shared/data/timeml)")
    parser.add_argument("--errors", action="store_true", help="print misses, extras and wrong values")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--half", choices=HALVES,
                        help="only one half of the corpus (split by a hash of the name)")
    args = parser.parse_args(argv)
    root = (REPO / args.corpus).resolve()
    docs = load_corpus(root, args.limit)
    if args.half:
        docs = [d for d in docs if half(d.name) == args.half]
    errors: list[str] | None = [] if args.errors else None
    total, calendar = evaluate(docs, errors)
    if errors:
        print("\n".join(errors))
    print(f"{len(docs)} documents from {root}" + (f" ({args.half} half)" if args.half else ""))
    print(total.report("DATE timexes"))
    print(calendar.report("Calendar subset (YYYY, YYYY-MM, YYYY-MM-DD)"))
    if not args.half:
        for name in HALVES:
            part = [d for d in docs if half(d.name) == name]
            if part:
                t, c = evaluate(part)
                print(f"{name} half ({len(part)} documents): {t.summary()}; calendar {c.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
