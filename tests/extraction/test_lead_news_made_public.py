"""A sentence right after a lead, dated, that says who made the lead's decision public
("… publicized the decision to … on Sunday") tells the lead's news with its day: one
event, dated so (``en.PUBLICIZE_VERBS`` with the speech verbs)."""

from one_article import article_events

STORY = """VIENNA — The Russian government has reportedly lifted its freeze on the planned sale of Su-35 fighter jets to Iran, clearing the way for the long-delayed order.

Russian Foreign Minister Pavel Orlov {verb} the decision to end the freeze on Sunday during a trip to Tehran, according to the daily Kommersant.
"""


def _dated(tmp_path, verb: str) -> list[str]:
    events = article_events(tmp_path, "2031-03-04", STORY.format(verb=verb))
    return sorted(e.date for e in events)


def test_the_decision_made_public_dates_the_lead(tmp_path):
    assert _dated(tmp_path, "publicized") == ["2031-03-02"]
    assert _dated(tmp_path, "made public") == ["2031-03-02"]
