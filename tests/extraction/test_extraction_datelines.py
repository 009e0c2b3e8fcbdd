"""Where a story starts after its dateline (``sentences.dateline_end``): the lead after it is
dated by the dateline convention, never by the dateline's own date as a second event."""

from __future__ import annotations

import pytest

from chronology.extraction.sentences import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    ("India, May 31 -- The defence secretary's remarks indicate a deal.", "India, May 31 -- "),
    ("New Delhi, May 31 -- The defence secretary spoke.", "New Delhi, May 31 -- "),
    ("Islamabad, Aug 1 (APP): The corvette was launched.", "Islamabad, Aug 1 (APP): "),
    ("NEW DELHI, May 31 (PTI) - Singh said.", "NEW DELHI, May 31 (PTI) - "),
    # near misses: a sentence that only names places and a date
    ("Russia, China and Iran held drills on May 31 - the navy said.", ""),
    ("Iran, Russia: talks on May 31 -- both sides agreed.", ""),
])
def test_dateline(text, dateline):
    assert text[:dateline_end(text, 0, len(text))] == dateline
