"""A lead dated only by the wire convention, and right after it the thing it introduced told
again with the definite article and a day of its own: as the subject of a participle ("The
sale, cleared on Wednesday, …", "The task force was announced Friday …") or as the object
of the lead's own verb ("The Foreign Ministry announced the sales late Tuesday"): one
event, dated by that day, with both sentences as its quote and the lead's kind of act
(``extraction._named_again``, ``_take_the_lead``).  An act undoing the thing ("The contract
was halted on Monday") is another act."""

from one_article import article_events, merged_sources, story

PACKAGE = ("MOSCOW (Example Wire) — Russia has approved a $2.4 billion arms package for Iran "
           "that includes coastal missiles and radars, a move welcomed in Tehran.\n\n{second}")
CLEARED = ("The sale, cleared on Wednesday by Russian President Vladimir Putin, will strengthen "
           "Iranian coastal defence.")


def test_a_deal_named_again_by_another_deal_noun(tmp_path):
    events = article_events(tmp_path, "2031-05-09", PACKAGE.format(second=CLEARED))
    assert [e.date for e in events] == ["2031-05-07"]
    assert "approved a $2.4 billion arms package" in events[0].sources[0].quote
    assert "cleared on Wednesday" in events[0].sources[0].quote


def test_the_object_of_the_leads_own_verb(tmp_path):
    lead = ("MOSCOW (Example Wire) — The Russian government has announced a large package of "
            "arms sales to Iran worth more than $2 billion.\n\nThe Russian Foreign Ministry "
            "announced the sales to Iran late Wednesday.")
    events = article_events(tmp_path, "2031-05-09", lead)
    assert [e.date for e in events] == ["2031-05-07"]


def test_a_thing_of_two_words_as_the_subject(tmp_path):
    lead = ("Russia and Iran are setting up a new naval task force to guard shipping lanes "
            "in the Caspian.\n\nThe task force was announced Thursday by the two defence "
            "ministers in Tehran.")
    events = article_events(tmp_path, "2031-05-11", lead)
    assert [e.date for e in events] == ["2031-05-08"]


def test_an_act_undoing_the_thing_is_another_act(tmp_path):
    events = article_events(tmp_path, "2031-05-09", PACKAGE.format(
        second="The package was halted on Wednesday by Russian President Vladimir Putin after "
               "Iranian objections."))
    assert len(events) == 2


def test_the_joined_event_merges_with_another_outlets_report(tmp_path):
    first = story("2031-05-09", PACKAGE.format(second=CLEARED))
    second = story("2031-05-07", "Russia on Wednesday approved a $2.4 billion arms sales "
                                 "package for Iran, including coastal missiles and radars.")
    assert ["r0", "r1"] in merged_sources(tmp_path, [first, second])


def test_the_joined_event_keeps_the_leads_kind_of_act(tmp_path):
    lead = ("MOSCOW (Example Wire) — Russia has agreed an arms deal with Iran worth $2.4 "
            "billion for coastal missiles and radars, a move welcomed in Tehran.\n\nThe deal, "
            "cleared on Wednesday by Russian President Vladimir Putin, will strengthen Iranian "
            "coastal defence.")
    events = article_events(tmp_path, "2031-05-09", lead)
    assert [e.date for e in events] == ["2031-05-07"]
    assert "arms deal" in events[0].tags
