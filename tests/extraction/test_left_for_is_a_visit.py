"""Leaving for a country is the start of a visit: "Bagheri left for Moscow on Wednesday" is
tagged a visit, so a lead dated by its statement ("The chief of staff has visited Russia …,
his office said Thursday") and the departure the next sentence dates are one event."""

from one_article import article_events

from chronology.extraction.tags import tags_for


def test_leaving_for_a_country_is_a_visit():
    assert "visit" in tags_for("Bagheri left for Moscow on Wednesday for talks.")
    assert "visit" in tags_for("The minister leaves for Tehran on Monday.")
    assert "visit" not in tags_for("Russia left the treaty on Wednesday.")


def test_a_visit_told_and_its_departure_are_one_event(tmp_path):
    body = ("Iranian Chief Visits Russia\n\n"
            "TEHRAN, Oct. 5 (Wire) — The head of Iran's armed forces has visited Russia to "
            "discuss the delivery of fighter jets, his office said Thursday.\n\n"
            "Mohammad Bagheri left for Moscow on Wednesday and is expected to stay there until "
            "this weekend for talks with senior Russian defense officials, his office said.")
    events = article_events(tmp_path, "2023-10-05", body)
    assert [e.date for e in events] == ["2023-10-04"]
