"""A date told only in a side clause of a sentence whose main clause tells a state in the
present: the side fact's date, no act's.

"در طی تجاوزی که آذربایجان در ۲۷ سپتامبر ... آغاز کرد، از نیروی هوایی ترکیه استفاده گسترده‌ای
می‌شود" (in the war Azerbaijan began on 27 September, Turkey's air force is widely used): the
main clause tells what goes on (a present verb, ``PRESENT``, and no past act), the side clause
when the war began. As in English ("A side fact's date never dates the action"), the sentence
gives no event; a main clause that tells a past act keeps the rules of ``foreign.py``.
"""

from __future__ import annotations

from collections.abc import Callable


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
    return not acts(rest, lang) and bool(lang.present.search(lang.normalise(rest)))
