"""A date told only in a side clause of a sentence whose main clause tells a state in the
present: the side fact's date, no act's.

"در طی تجاوزی که آذربایجان در ۲۷ سپتامبر ... آغاز کرد، از نیروی هوایی ترکیه استفاده گسترده‌ای
می‌شود" (in the war Azerbaijan began on 27 September, Turkey's air force is widely used): the
main clause tells what goes on (a present verb, ``PRESENT``, and no past act), the side clause
when the war began. As in English ("A side fact's date never dates the action"), the sentence
gives no event; a main clause that tells a past act keeps the rules of ``foreign.py``, at the
end of any of its clauses too: "قراردادی که روز سه‌شنبه ... امضا شد، پس از ماه‌ها مذاکره ... نهایی
شد و وزیر ... گفت که ... می‌تواند ..." tells the contract concluded (the present belongs
to what was said), so its side clause's day dates that act.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MARKS = re.compile(r"[,;:،؛]")


def side_dates_a_state(words: str, start: int, dates: list, side: list[tuple[int, int]],
                       lang, acts: Callable[[str, object], bool]) -> bool:
    """Every date of the sentence (``words`` at ``start``) lies in a side clause (``side``:
    offsets in the text) and the rest tells no past act and holds a present verb."""
    if not dates or not side or not all(any(s <= m.start < e for s, e in side) for m in dates):
        return False
    main, at = [], start
    for s, e in sorted(side):
        main.append(words[at - start:s - start])
        at = max(at, e)
    main.append(words[at - start:])
    rest = " ".join(main)
    return not any(acts(clause, lang) for clause in _clauses(rest, lang)) and bool(
        lang.present.search(lang.normalise(rest)))


def _clauses(words: str, lang) -> list[str]:
    """``words`` cut at punctuation and before a conjunction (``CONJUNCTIONS``: «و», «که»):
    a past verb (``PAST``) may end any clause, not only the sentence ("… حاصل شد و …")."""
    clauses, current = [], []
    for word in _MARKS.sub(" , ", words).split():
        if word == "," or lang.key(word) in lang.conjunctions:
            clauses.append(" ".join(current))
            current = [] if word == "," else [word]
            continue
        current.append(word)
    return [c for c in [*clauses, " ".join(current)] if c.strip()]
