""""Today" in a speaker's paraphrased words with a present form of "be" is the speaker's
present, as in a quotation, not the day of an act (issue 9, round en25): "Today the two
countries are facing the task of …, the deputy minister said".  Invented wire copy."""

from __future__ import annotations

from one_article import article_events as _events

LEAD = ("MOSCOW, Dec. 3 (TASS) - Russian Defence Minister Sergei Shoigu met Iranian deputy "
        "defence minister Reza Karimi in Moscow to discuss military cooperation.\n\n")


def _dated(tmp_path, body):
    return sorted((e.date, e.title) for e in _events(tmp_path, "2018-12-03", LEAD + body))


def test_today_in_a_present_paraphrase_gives_no_event(tmp_path):
    body = ("Today Russia and Iran are facing the task of raising their ties to a new level, "
            "Karimi said, adding that he had come to Moscow to make earlier agreements concrete.")
    dated = _dated(tmp_path, body)
    assert len(dated) == 1 and "Karimi" in dated[0][1]


def test_today_with_a_past_act_keeps_its_date(tmp_path):
    body = "Today Russia handed over two Su-35 jets to Iran at a base near Tehran, Karimi said."
    assert any("jets" in title.lower() for _, title in _dated(tmp_path, body))
