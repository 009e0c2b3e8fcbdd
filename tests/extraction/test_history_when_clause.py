""""The programme dates back to 2017, when the two ministers agreed to …": the year is the
time of the act the "when" clause tells, so that act heads the event, not "Programme dates"
(issue 9 item 7: the date belongs to the action in the title)."""

from one_article import article_events

LEAD = "Iran and Russia held talks on naval cooperation in Moscow on Tuesday, officials said.\n\n"


def _titles(tmp_path, sentence: str) -> dict[str, str]:
    return {e.date: e.title for e in article_events(tmp_path, "2019-05-02", LEAD + sentence)}


def test_the_when_clause_after_back_to_a_year_heads_its_event(tmp_path):
    told = ("The frigate programme dates back to 2017, when Iranian Defence Minister Hossein "
            "Dehghan and his Russian counterpart Sergei Shoigu agreed to develop joint naval "
            "projects.")
    title = _titles(tmp_path, told)["2017"]
    assert "agree to develop joint naval projects" in title and "dates" not in title


def test_a_when_clause_of_another_date_is_not_cut_to(tmp_path):
    told = ("Their cooperation goes back to the 1990s, when Russia sold three submarines to Iran; "
            "the last one was delivered in 1997.")
    assert "dates" not in " ".join(_titles(tmp_path, told).values())
    assert not any(t.startswith("Russia sells") for d, t in _titles(tmp_path, told).items()
                   if d == "1997")


def test_a_former_offices_mark_is_no_word_of_the_title(tmp_path):
    told = ("The frigate programme dates back to 2017, when then-Iranian Defence Minister Hossein "
            "Dehghan and his Russian counterpart Sergei Shoigu agreed to develop joint naval "
            "projects.")
    title = _titles(tmp_path, told)["2017"]
    assert title.startswith("Dehghan") and "then" not in title.lower()


def test_an_ex_office_keeps_its_mark():
    from chronology.extraction.titles import make_title
    # review rv16: an ex-commander is no commander
    assert make_title("An ex-Iranian Navy commander was arrested in Tehran.", [], {},
                      False).lower().startswith("ex-iranian")
