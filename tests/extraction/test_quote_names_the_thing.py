"""An undated sentence right after an event's that names what it told by a common noun only
("… have set up a joint naval task force …" / "… announced the ‘Task Force Caspian’ …") joins
its quote: the card then says which one (``links.names_the_thing``)."""

from one_article import article_events

from chronology.extraction.links import names_the_thing

LEAD = ("TEHRAN, May 3 (Wire) - Iran and Russia set up a joint naval task force in the "
        "Caspian Sea on Friday.\n\n")


def _quotes(tmp_path, after: str) -> list[str]:
    events = article_events(tmp_path, "2025-05-03", LEAD.rstrip() + " " + after)
    return [s.quote for e in events for s in e.sources]


def test_the_next_sentence_naming_the_thing_joins_the_quote(tmp_path):
    quotes = _quotes(tmp_path, "Defence Minister Aziz Nasirzadeh announced the ‘Task Force "
                               "Caspian’ at a news conference.")
    assert any("Task Force Caspian" in q and "set up" in q for q in quotes)


def test_a_sentence_naming_another_thing_does_not_join(tmp_path):
    quotes = _quotes(tmp_path, "Defence Minister Aziz Nasirzadeh also praised Operation True "
                               "Promise at a news conference.")
    assert quotes and not any("True Promise" in q for q in quotes)


def test_names_the_thing_needs_a_name_the_sentence_before_lacks():
    before = "Iran and Russia began a joint exercise on Monday."
    assert names_the_thing("The ‘Caspian Shield’ exercise involved 12 ships.", before)
    assert names_the_thing("Exercise Caspian Shield involves 12 ships.", before)
    assert not names_the_thing("Russian drills were held too.", "Iran held joint drills.")
    assert not names_the_thing("The ‘Caspian Shield’ exercise involved 12 ships.",
                               "Iran and Russia began the ‘Caspian Shield’ exercise on Monday.")
