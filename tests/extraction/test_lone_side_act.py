"""A sentence whose only date is a named thing's own act, told aside between commas ("…
underscored by the Tabriz Accord, signed on June 15, 2021, which …"), tells that act: an
event headed by the thing's name (``candidates.Scan.lone_side_act``)."""

from one_article import article_events


def test_a_named_accords_signing_told_aside_is_an_event(tmp_path):
    body = ("Russia's defence minister is on an official visit to Iran, the ministry said.\n\n"
            "The weight of the visit is underscored by the Tabriz Accord, signed on June 15, "
            "2021, which made a military alliance between Russia and Iran.")
    events = article_events(tmp_path, "2024-03-06", body)
    assert [(e.date, e.title) for e in events
            if e.date == "2021-06-15"] == [("2021-06-15", "Tabriz Accord signed")]


def test_a_side_act_beside_the_sentences_own_date_is_no_lone_act(tmp_path):
    body = ("Russia and Iran held naval drills on Monday under the Tabriz Accord, signed on "
            "June 15, 2021, the ministry said.")
    events = article_events(tmp_path, "2024-03-06", body)
    assert "Tabriz Accord signed" not in [e.title for e in events]


def test_a_named_things_act_naming_other_parties_is_no_lone_act(tmp_path):
    body = ("Russia's defence minister is on an official visit to Iran, the ministry said.\n\n"
            "Iran and Russia criticised the Eilat Accords, signed on March 3, 2019, which "
            "normalised ties between Israel and Bahrain.\n\n"
            "Iran told Russia that it would stay in the Treaty of Non-Proliferation of "
            "Weapons, signed on July 1, 2016, which limits its nuclear programme.")
    events = article_events(tmp_path, "2024-03-06", body)
    assert [e.title for e in events if e.date in ("2019-03-03", "2016-07-01")] == []
