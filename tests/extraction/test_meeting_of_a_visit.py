"""A meeting told with no date of its own right after a dated visit of the same person
("… during Bagheri's visit to Moscow on Wednesday." / "Bagheri toured a shipyard and held
talks with X.") is part of that visit: it joins the visit's quote and gives no event of its
own. After a statement ("He spoke during a meeting with X"), the meeting stays an event."""

from one_article import article_events

VISIT = ("Iran and Russia on Wednesday discussed naval cooperation during Iranian armed forces "
         "chief Mohammad Bagheri's visit to Moscow.")
MEETING = ("Bagheri toured a shipyard and held talks with Russian Defence Minister Sergei "
           "Shoigu.")


def test_a_meeting_of_a_visit_joins_its_event(tmp_path):
    events = article_events(tmp_path, "2024-05-16", f"Bagheri in Moscow\n\n{VISIT}\n\n{MEETING}")
    assert len(events) == 1
    assert events[0].sources[0].quote.endswith(MEETING)
