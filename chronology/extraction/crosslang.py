"""The same event told in two languages: no shared words to compare, so the same date (or
compatible dates), the same kind of event and the same sides decide.

A Russian report of a signing ("Россия и Иран подписали соглашение", tags ``agreement``,
sides Russia and Iran) and an English one of the same day and sides are one event.
"""

from __future__ import annotations


def same_event_across_languages(a, b, dates_compatible, kind_tags) -> bool:
    """True when candidates ``a`` and ``b`` (of different languages) tell the same event."""
    if not set(a.event.tags) & set(b.event.tags) & kind_tags:
        return False
    sides_a = set(a.entities.countries)
    sides_b = set(b.entities.countries)
    if len(sides_a & sides_b) < min(2, len(sides_a), len(sides_b)) or not sides_a & sides_b:
        return False
    return dates_compatible(a, b)
