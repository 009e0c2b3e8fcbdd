"""A Russian or Persian sentence that tells what a thing is, not an act.

"Учения являются финальным этапом совместной подготовки в 2025 году", "Они станут
завершающим этапом подготовки в этом году": a verb of a state (``STATE_VERBS``) or a copula
(``COPULAS``), no act told in the past, and only years as dates. The year is the period the
state holds for (a programme, a stage), not the day of any act, so the sentence gives no
event. A day or a month ("являются ответом на учения 12 сентября") still dates something
told, and a past act ("начались в 2025 году") is an act whatever else the sentence says.
"""

from __future__ import annotations

from chronology.dates.model import Mention


def tells_a_state(words: str, mentions: list[Mention], lang, acts: bool) -> bool:
    """``words`` (``acts``: it tells a past act) says what a thing is or becomes, dated only
    by years (``mentions``): no event."""
    if acts or not mentions or any(m.precision != "year" for m in mentions):
        return False
    norm = lang.normalise(words)
    return bool(lang.state_verbs.search(norm) or lang.copulas.search(norm))
