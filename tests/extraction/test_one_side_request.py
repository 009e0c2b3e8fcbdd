"""A request or a proposal by one side, in an article about the topic ("In May 2024, Iran had
requested to lower its share of the project's cost"), is an act of the relationship: on
topic, as a delivery or a signing told with one side is (issue 9 item 4)."""

from one_article import article_events

LEAD = ("Iran and Russia signed a contract on Monday to build two frigates together, the "
        "defence ministry said.")


def test_a_sides_request_in_an_article_on_the_topic_is_an_event(tmp_path):
    body = (f"Frigates\n\n{LEAD}\n\nIn May 2024, Iran had requested to lower its share of the "
            "project's cost to a fifth.")
    assert "2024-05" in [e.date for e in article_events(tmp_path, "2025-06-10", body)]


def test_a_proposed_thing_is_no_proposal_by_a_side(tmp_path):
    # "proposed" as an adjective tells no act: the budget was presented, not proposed by a side
    body = (f"Frigates\n\n{LEAD}\n\nIn May 2024, Iran's proposed budget was presented to "
            "parliament by the government.")
    assert "2024-05" not in [e.date for e in article_events(tmp_path, "2025-06-10", body)]
