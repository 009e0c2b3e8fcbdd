"""The scene of an announcement, "on the sidelines of the SCO meeting in Qingdao, China", is
no party to it: a sentence naming one side and a topic term there stays on topic (the city's
country after a comma is the scene's too); a country before the scene still counts."""

from one_article import article_events

LEAD = ("Russia and Iran are forming a joint naval task force in the Caspian Sea, officials "
        "said.\n\n")


def _dates(tmp_path, sentence: str) -> list[str]:
    return [e.date for e in article_events(tmp_path, "2025-07-01", LEAD + sentence)]


def test_a_meetings_host_country_is_the_scene_not_a_party(tmp_path):
    told = ("The task force was announced on Friday by Iranian Defence Minister Aziz Nasirzadeh "
            "on the sidelines of the meeting of defence ministers in Qingdao, China.")
    assert "2025-06-27" in _dates(tmp_path, told)


def test_a_third_country_outside_the_scene_still_counts(tmp_path):
    told = ("A drone deal with China was announced on Friday by Iranian Defence Minister Aziz "
            "Nasirzadeh on the sidelines of the meeting of defence ministers in Qingdao.")
    assert "2025-06-27" not in _dates(tmp_path, told)


def test_a_country_after_a_comma_is_the_scenes_only_after_in_a_city(tmp_path):
    # review rv16: "with his counterpart from Beijing, China" is a party, not the scene
    told = ("A drone deal was announced on Friday by Iranian Defence Minister Aziz Nasirzadeh "
            "on the sidelines of the meeting in Qingdao with his counterpart from Beijing, China.")
    assert "2025-06-27" not in _dates(tmp_path, told)
