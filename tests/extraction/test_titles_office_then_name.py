""""X met the <office>, <rank> <name>": the person met is the one named after the office, not
the office (the seed article's "Osipov also met the Islamic Revolution Guards Corps (IRGC)
Deputy Commander for Coordination, Rear Admiral Ali Fadavi" was headed by the office)."""

from chronology.extraction.title_people import meeting_title

PEOPLE = {"Osipov": "Igor Osipov", "Fadavi": "Ali Fadavi", "Khanzad": "Hossein Khanzad"}


def test_the_holder_named_after_an_office_is_who_was_met():
    text = ("While in Tehran, Osipov also met the Islamic Revolution Guards Corps (IRGC) Deputy "
            "Commander for Coordination, Rear Admiral Ali Fadavi on the same day.")
    assert meeting_title(text, PEOPLE) == "Osipov meets Fadavi in Tehran"


def test_a_name_inside_the_office_is_not_who_was_met():
    text = ("Osipov met the People's National Army Chief of Staff, General Ali Fadavi in "
            "Algiers.")
    assert meeting_title(text, {**PEOPLE, "People": "People"}) == "Osipov meets Fadavi in Algiers"


def test_no_one_met_after_the_is_still_no_meeting():
    assert meeting_title("Osipov met the press in Tehran, Ali Fadavi said.", PEOPLE) is None
    assert meeting_title("Osipov met at the cosmodrome with engineers.", PEOPLE) is None


def test_the_speaker_after_the_office_is_not_who_was_met():
    text = "Putin met the Iranian Foreign Minister, Russian Defence Minister Sergei Shoigu said."
    assert meeting_title(text, {"Putin": "Vladimir Putin", "Shoigu": "Sergei Shoigu"}) is None


def test_an_organisations_office_before_a_name_goes_with_it():
    from chronology.extraction.entities import known_people
    from chronology.extraction.titles import make_title
    for office in ("Department of National Defense (DND) Secretary", "Ministry of Defence Secretary"):
        sentence = f"{office} Gilberto Teodoro held a meeting with Defense Minister Gen Nakatani in Seoul."
        title = make_title(sentence, [], known_people(sentence), False)
        assert title.startswith("Teodoro holds meeting"), title
