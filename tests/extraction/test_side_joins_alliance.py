"""One side joining an alliance, dated in the clause that tells it ("… comes after Russia
joined the SCO earlier this year"), is that side's own membership, a side fact: not an event
of the relationship; the sentence's act of the two sides is unaffected."""

from __future__ import annotations

from one_article import article_events


def test_a_sides_accession_is_no_event(tmp_path):
    body = ("Iran signed a deal with Russia on Monday to buy Su-35 fighter jets.\n\n"
            "The deal comes after Iran joined the SCO earlier this year in an effort to "
            "boost its defence ties.")
    assert [e.date for e in article_events(tmp_path, "2023-11-15", body)] == ["2023-11-13"]


def test_both_sides_named_with_an_accession_keep_the_act(tmp_path):
    body = "Russia backed Iran's accession to the SCO at a meeting with Iranian officials on Monday."
    assert [e.date for e in article_events(tmp_path, "2023-11-15", body)] == ["2023-11-13"]
