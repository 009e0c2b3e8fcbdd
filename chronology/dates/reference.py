"""The article's own date (stub)."""
from chronology.dates.model import ReferenceDate


def find_reference(text, published=None, period=None):
    """The article's own date."""
    return ReferenceDate(published, "front-matter" if published else "none")
