"""The same event told at day precision by one article and month precision by another."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import SiteConfig, Topic, load_config
from chronology.events.model import Event, Source
from chronology.extraction import analyse_article, merge_results

REPO = Path(__file__).resolve().parents[2]
CONFIG = load_config(REPO / "content" / "site.yaml")
DAY = ("---\npublished: 2019-12-28\n---\nTEHRAN, Dec. 28 (Xinhua) -- Iranian and Russian warships "
       "held joint naval drills in the Gulf of Oman on Friday, Iran's navy commander said.\n")
MONTH = ("---\npublished: 2020-01-20\n---\nMOSCOW, Jan. 20 (Reuters) - Iranian and Russian "
         "warships held joint naval drills in the Gulf of Oman in December, Iran's navy "
         "commander said.\n")


def _analyse(tmp_path, name: str, text: str, config: SiteConfig = CONFIG):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), config)


def _events(tmp_path, texts: dict[str, str], config: SiteConfig = CONFIG) -> list[Event]:
    results = [_analyse(tmp_path, name, text, config) for name, text in texts.items()]
    return merge_results(results, config)


def test_a_less_precise_report_joins_the_precise_one_without_a_conflict(tmp_path):
    (event,) = _events(tmp_path, {"a1.md": DAY, "b2.md": MONTH})
    assert event.date == "2019-12-27"
    assert sorted(s.date for s in event.sources) == ["2019-12", "2019-12-27"]
    assert not event.conflicting


@pytest.mark.parametrize(
    ("dates", "conflicting"),
    [
        (["2015-01-20"], False),
        (["2015-01", "2015-01-20"], False),
        (["2015", "2015-01", "2015-01-20"], False),
        (["2015-01-19", "2015-01-20"], True),
        (["2015-02", "2015-01-20"], True),
        (["2014", "2015-01-20"], True),
    ],
)
def test_dates_that_differ_only_in_precision_agree(dates, conflicting):
    event = Event(id="e", date=dates[-1], title="T",
                  sources=[Source(article=f"a{i}", quote="q", date=d) for i, d in enumerate(dates)])
    assert event.conflicting is conflicting


YAK_A = ("---\npublished: 2023-09-13\n---\nMOSCOW, Sept. 13 (Example Wire) - Iran has taken "
         "delivery of Yak-130 combat trainer aircraft from Russia, Iranian media reported on "
         "Wednesday.\n")
YAK_B = ("---\npublished: 2023-09-12\n---\nTEHRAN (Example News) - The first Russian-made "
         "Yak-130 jets landed at an Iranian air base on Tuesday, the defence ministry said.\n")
S300 = ("---\npublished: 2016-05-11\n---\nTEHRAN (Example Wire) - Russia delivered the S-300 "
        "air defence missile system to Iran on Tuesday, officials said.\n")
S400 = ("---\npublished: 2016-05-11\n---\nMOSCOW (Example News) - Russia delivered the S-400 "
        "air defence missile system to Iran on Tuesday, officials said.\n")


def test_the_same_named_system_a_day_apart_is_one_event(tmp_path):
    events = _events(tmp_path, {"a1.md": YAK_A, "b2.md": YAK_B})
    assert len(events) == 1
    assert sorted(s.article for s in events[0].sources) == ["a1", "b2"]


def test_different_systems_of_one_family_are_never_merged(tmp_path):
    events = _events(tmp_path, {"a1.md": S300, "b2.md": S400})
    assert len(events) == 2


def test_a_report_joins_the_group_it_matches_best_not_the_first(tmp_path):
    """A month-precision sentence of one article must not capture the other articles' reports
    of the day's event: each report joins the group it matches best."""
    month = ("---\npublished: 2016-05-11\n---\nTEHRAN (Example Wire) - Iran received the S-300 "
             "system on Tuesday, officials said.\n\nEarlier this month Iranian officials "
             "inspected the S-300 system at a Russian plant.\n")
    day = ("---\npublished: 2016-05-11\n---\nMOSCOW (Example News) - Russia delivered the "
           "S-300 system to Iran on Tuesday, officials said.\n")
    events = _events(tmp_path, {"a1.md": month, "b2.md": day})
    (both,) = [e for e in events if len(e.sources) == 2]
    assert both.date == "2016-05-10"
    assert {s.date for s in both.sources} == {"2016-05-10"}


def test_the_same_person_spelled_two_ways_on_the_same_day_is_one_visit(tmp_path):
    """Two outlets, few shared words, one arrival: "Mohammad Bagheri" and "Mohammad-Hossein
    Bagheri" are one man; the same day, the same kind of act."""
    one = ("---\npublished: 2021-10-19\n---\nMOSCOW (Example Wire) - Iranian armed forces chief "
           "Mohammad Bagheri arrived in the Russian capital on Tuesday at the invitation of the "
           "defence ministry of Russia.\n")
    two = ("---\npublished: 2021-10-19\n---\nTEHRAN (Example News) - General Mohammad-Hossein "
           "Bagheri arrived in Moscow on Tuesday for a visit to Russia lasting three days.\n")
    events = _events(tmp_path, {"a1.md": one, "b2.md": two})
    assert [sorted(s.article for s in e.sources) for e in events] == [["a1", "b2"]]


def test_two_people_of_the_same_name_on_different_acts_stay_apart(tmp_path):
    one = ("---\npublished: 2021-10-19\n---\nMOSCOW (Example Wire) - Russian President Vladimir "
           "Putin met Iranian President Ebrahim Raisi in Moscow on Tuesday.\n")
    two = ("---\npublished: 2021-10-19\n---\nMOSCOW (Example News) - Russian President Vladimir "
           "Putin met Iranian Foreign Minister Hossein Amirabdollahian on Tuesday.\n")
    events = _events(tmp_path, {"a1.md": one, "b2.md": two})
    assert len(events) == 2


def test_the_same_amount_or_bare_designation_on_the_same_day_is_one_event(tmp_path):
    one = ("---\npublished: 2022-10-04\n---\nWASHINGTON (Example Wire) - The U.S. announced "
           "plans on Tuesday to provide an additional $625 million in military aid to Ukraine.\n")
    two = ("---\npublished: 2022-10-04\n---\nThe administration unveiled a new $625 million "
           "security assistance package for Ukraine on Tuesday, officials said.\n")
    three = ("---\npublished: 2022-12-06\n---\nGDYNIA (Example News) - The first ten K2 tanks "
             "from South Korea arrived at the port on Tuesday.\n")
    four = ("---\npublished: 2022-12-06\n---\nPoland welcomed on Tuesday the delivery of Korean "
            "K2 tanks and howitzers at the port of Gdynia.\n")
    config = SiteConfig(period=(2015, 2023), topic=Topic(
        actors={"US": ("U.S.", "United States", "Washington"), "Ukraine": ("Ukraine",),
                "Poland": ("Poland", "Gdynia"), "South Korea": ("South Korea", "Korean")},
        terms=("military", "aid", "tanks", "package")))
    results = []
    for name, text in {"a1.md": one, "b2.md": two, "c3.md": three, "d4.md": four}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(tmp_path / name), config))
    events = merge_results(results, config)
    assert sorted(sorted(s.article for s in e.sources) for e in events) == [["a1", "b2"],
                                                                          ["c3", "d4"]]


TANKS_A = ("---\npublished: 2024-03-04\n---\nKRAKOW (Example Wire) - The first US-made Abrams "
           "tanks arrived in Poland on Monday, the defence ministry said.\n")
TANKS_B = ("---\npublished: 2024-03-04\n---\nWARSAW (Example News) - Poland's army took "
           "delivery of M1A2 Abrams battle tanks on Monday, Polish officials said.\n")
TANKS_YEAR = ("---\npublished: 2024-03-05\n---\nBERLIN (Example Daily) - Washington promised "
              "to provide 250 Abrams tanks to Warsaw in 2024, a Polish official said.\n")


ARMS = SiteConfig(period=(2015, 2025), topic=Topic(
    actors={"US": ("U.S.", "US", "United States", "Washington"),
            "Ukraine": ("Ukraine", "Ukrainian", "Kyiv"),
            "Poland": ("Poland", "Polish", "Warsaw"), "UK": ("Britain", "British", "UK")},
    terms=("military", "tanks", "missiles")))


def test_a_named_system_without_digits_is_one_thing_but_not_across_a_coarse_date(tmp_path):
    events = _events(tmp_path, {"a.md": TANKS_A, "b.md": TANKS_B, "c.md": TANKS_YEAR}, ARMS)
    merged = [e for e in events if len(e.sources) == 2]
    assert [sorted(s.article for s in e.sources) for e in merged] == [["a", "b"]]
    assert any(e.date == "2024" and len(e.sources) == 1 for e in events)


def test_a_force_is_an_owner_not_a_thing():
    from chronology.extraction.things import things_in
    assert things_in("The Pakistan Air Force fighter jets took part.") == frozenset()
    assert things_in("Britain sent Storm Shadow cruise missiles.") >= {"STORM SHADOW"}


def test_a_lead_telling_what_someone_has_just_said_is_the_days_news(tmp_path):
    text = ("---\npublished: 2023-05-11\n---\nMissiles for Kyiv\n\nUkrainians will have the "
            "best chance to defend themselves after the donation of Storm Shadow cruise missiles "
            "to Ukraine by Britain, the British Defence Secretary has said.\n")
    result = _analyse(tmp_path, "lead.md", text, ARMS)
    assert [(e.date, e.sources[0].rule) for e in result.candidates] == [
        ("2023-05-11", "dateline-lead")]


def test_his_in_a_dated_sentence_is_the_person_before_and_his_side(tmp_path):
    text = ("---\npublished: 2024-07-15\n---\nMinister in Kyiv\n\nPolish Defence Minister Adam "
            "Kowal has met Ukraine's President Petro Marchenko in Kyiv.\n\nKowal has been in the "
            "city since Friday. His talks with Marchenko on Saturday followed a meeting with "
            "Ukrainian army chiefs.\n")
    result = _analyse(tmp_path, "his.md", text, ARMS)
    assert [(e.date, e.title) for e in result.candidates] == [
        ("2024-07-13", "Kowal meets Marchenko")]


def test_class_names_and_submarine_prefixes_name_one_thing():
    from chronology.extraction.things import things_in
    assert "HANGOR" in things_in("the third Hangor class submarine")
    assert "PNS MANGRO" in things_in("the submarine PNS/M MANGRO") & things_in("PNS Mangro")


def test_launching_and_commissioning_ceremonies_are_one_kind():
    from chronology.extraction.tags import tags_for
    assert "ceremony" in tags_for("The launching ceremony of the submarine was held.", False)
    assert "ceremony" in tags_for("The frigate was commissioned at the yard.", False)


def test_one_meeting_told_with_different_companions_is_one_event(tmp_path):
    one = ("---\npublished: 2024-07-15\n---\nMinister in Kyiv\n\nPolish Defence Minister Adam "
           "Kowal has been in Kyiv since Friday.\n\nHis talks with Ukraine's President Petro "
           "Marchenko on Saturday followed a meeting with Defence Minister Ivan Sirko.\n")
    two = ("---\npublished: 2024-07-15\n---\nWARSAW (Example News) - Adam Kowal met Petro "
           "Marchenko on Saturday, Polish officials and Ukrainian aide Olga Bondar said.\n")
    events = _events(tmp_path, {"a.md": one, "b.md": two}, ARMS)
    meetings = [e for e in events if "Marchenko" in e.title]
    assert [sorted(s.article for s in e.sources) for e in meetings] == [["a", "b"]]


@pytest.mark.parametrize(("text", "things"), [
    # an edition of a named series is also the series ("Varuna-2023" and "Varuna")
    ("The first phase of 'Varuna-2023' was conducted.", {"VARUNA-2023", "VARUNA"}),
    ("The Zapad 2021 drills began.", {"ZAPAD 2021", "ZAPAD"}),
    # a possessive country is an owner, not a thing
    ("Iran’s drills began.", set()),
    ("Pakistan's frigates sailed.", set()),
])
def test_editions_and_possessives(text, things):
    from chronology.extraction.things import things_in
    assert things_in(text) == frozenset(things)


def test_a_named_exercise_or_coast_is_no_person():
    from chronology.extraction.entities import find_entities
    people = find_entities("The Joint Air Exercise began off the Western Seaboard with "
                           "Admiral Amir Hossein Azad.", {}).people
    assert people == ("Amir Hossein Azad",)


def test_a_report_naming_no_country_shares_its_organisations(tmp_path):
    a = ("---\npublished: 2025-09-03\n---\nHanwha Aerospace and WB Group signed a joint "
         "venture agreement on Tuesday to build rockets in Poland.\n")
    b = ("---\npublished: 2025-09-03\n---\nThe deal between WB Group and Hanwha Aerospace, "
         "signed on Tuesday, creates a new maker of guided missiles.\n")
    config = SiteConfig(title="t", topic=Topic(), period=(2020, 2030))
    merged = _events(tmp_path, {"a.md": a, "b.md": b}, config)
    assert [sorted(s.article for s in e.sources) for e in merged] == [["a", "b"]]


@pytest.mark.parametrize(("text", "things"), [
    # words of kind between a name and its kind
    ("Exports of the BrahMos supersonic cruise missile system began.", {"BRAHMOS"}),
    # a date before a kind names no thing
    ("The April 22-27 drill began in the Yellow Sea.", set()),
])
def test_kind_words_and_dates_before_a_kind(text, things):
    from chronology.extraction.things import things_in
    assert things_in(text) == frozenset(things)


@pytest.mark.parametrize(("text", "things"), [
    # a satellite named before its kind words, after a comma, or after a possessive country
    ("Russia launched the Khayyam remote-sensing satellite for Iran.", {"KHAYYAM"}),
    ("An Iranian remote sensing satellite, dubbed Khayyam, reached orbit.", {"KHAYYAM"}),
    ("A Soyuz rocket carried Iran's Khayyam satellite.", {"KHAYYAM", "SOYUZ"}),
])
def test_a_satellite_is_named_however_the_report_puts_it(text, things):
    from chronology.extraction.things import things_in
    assert things_in(text) == frozenset(things)


SAT_A = ("---\npublished: 2022-08-09\n---\nMOSCOW, August 9 (Example Wire) - A Russian Soyuz "
         "rocket put into orbit an Iranian remote sensing satellite, dubbed Khayyam, from the "
         "Baikonur cosmodrome on Tuesday.\n")
SAT_B = ("---\npublished: 2022-08-10\n---\nTEHRAN (Example News) - Iran's Khayyam satellite, "
         "launched by Russia from Kazakhstan on Tuesday, has sent its first data, officials "
         "said.\n")


def test_one_satellite_launch_told_two_ways_is_one_event(tmp_path):
    events = _events(tmp_path, {"a.md": SAT_A, "b.md": SAT_B})
    launches = [e for e in events if e.date == "2022-08-09"]
    assert [sorted(s.article for s in e.sources) for e in launches] == [["a", "b"]]


def test_an_exercise_or_operation_named_after_its_word_is_no_person():
    from chronology.extraction.entities import find_entities
    people = find_entities("Ex Cyclone-I began at Jaisalmer on Monday, days after Operation "
                           "Sindoor, and Exercise Golden Dragon ended, Sergei Shoigu said.", {}).people
    assert people == ("Sergei Shoigu",), people


def test_a_named_task_force_is_one_thing_however_hyphenated():
    from chronology.extraction.things import things_in
    assert things_in("an initiative dubbed “Task Force Kestrel”") == {"TASK FORCE KESTREL"}
    assert things_in("the new Task Force-Kestrel will lead") == {"TASK FORCE KESTREL"}
    assert things_in("Combined Task Force 151 seized the boat") == {"TASK FORCE 151"}
    assert things_in("Task Force 151 and Task Force 152") == {"TASK FORCE 151", "TASK FORCE 152"}


def test_two_outlets_announcing_one_named_task_force_are_one_event(tmp_path):
    one = ("---\npublished: 2024-03-08\n---\nCANBERRA (Example News) - Australia and Japan on "
           "Friday announced a joint initiative, dubbed “Task Force Kestrel”, to coordinate "
           "their maritime patrols.\n")
    two = ("---\npublished: 2024-03-08\n---\nJapanese Defence Minister Ren Okada unveiled the new "
           "Task Force-Kestrel on Friday alongside his Australian counterpart Sam Hollis, saying "
           "it would raise readiness.\n")
    config = SiteConfig(title="t", topic=Topic(actors={"Australia": ("Australia", "Australian"),
                                                       "Japan": ("Japan", "Japanese")},
                                               terms=("patrols", "readiness")),
                        period=(2020, 2030))
    merged = _events(tmp_path, {"a.md": one, "b.md": two}, config)
    assert [sorted(s.article for s in e.sources) for e in merged] == [["a", "b"]]


def test_a_task_forces_people_or_seat_is_no_name():
    from chronology.extraction.things import things_in
    assert things_in("The Task Force Commander told reporters on Monday.") == frozenset()
    assert things_in("Task Force Headquarters said the patrol ended.") == frozenset()
    assert things_in("Task Force Officials met the press.") == frozenset()


NAVY = SiteConfig(period=(2015, 2025), topic=Topic(
    actors={"Egypt": ("Egypt", "Egyptian", "Cairo"), "France": ("France", "French", "Paris")},
    terms=("navy", "fleet", "corvette", "frigate")))
LAUNCHED = ("---\npublished: 2024-03-12\n---\nALEXANDRIA - A second corvette for Egypt, "
            "assembled with French help, was launched on Tuesday at the Alexandria yard.\n")


@pytest.mark.parametrize(("other", "together"), [
    # the same act (a verb, its noun) on the same kind of thing, that day: one launch
    ("France and Egypt celebrated on Tuesday as officials attended the launch of a new "
     "corvette for the Egyptian fleet.", True),
    # the launch of another kind of ship that day: another act
    ("France and Egypt celebrated on Tuesday as officials attended the launch of a new "
     "frigate for the Egyptian fleet.", False),
])
def test_one_act_on_one_kind_of_thing_told_two_ways_is_one_event(tmp_path, other, together):
    texts = {"a.md": LAUNCHED, "b.md": f"---\npublished: 2024-03-12\n---\n{other}\n"}
    events = _events(tmp_path, texts, NAVY)
    assert (len(events) == 1) is together, [(e.title, len(e.sources)) for e in events]
