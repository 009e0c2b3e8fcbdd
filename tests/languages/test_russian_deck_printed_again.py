"""A first paragraph whose first sentence the page prints again, word for word, in a later
paragraph is a deck over the story, not its lead: the lead under it opens the story and,
undated, is the news of the publication day. A first paragraph never repeated stays the
opening. Invented stories."""

from __future__ import annotations

from .russian_story import candidates

HEADLINE = "Россия передала Ирану партию бронемашин"
DECK = "Праздничное построение состоялось на военном аэродроме. Гостей встречал начальник штаба."
LEAD = ("Россия поставила иранской армии десять новых бронеавтомобилей, сообщили в военном "
        "ведомстве.")
LAST = ("Праздничное построение состоялось на военном аэродроме. Гостей встречал начальник "
        "штаба округа.")


def _events(tmp_path, *paragraphs):
    result = candidates(tmp_path, "\n\n".join(paragraphs), headline=HEADLINE,
                        published="2021-09-11")
    return [(c.event.date, c.event.title) for c in result.found]


def test_a_deck_printed_again_leaves_the_opening_to_the_lead(tmp_path):
    events = _events(tmp_path, DECK, LEAD, LAST)
    assert any(date == "2021-09-11" and "поставила иранской" in title
               for date, title in events), events


def test_a_first_paragraph_not_printed_again_stays_the_opening(tmp_path):
    last = "Машины прошли ремонт на заводе в прошлом году."
    events = _events(tmp_path, DECK, LEAD, last)
    assert not any("поставила иранской" in title for _, title in events), events
