"""Where the rules of ``test_extraction_links.py`` must NOT fire: cases an independent review
wrote against them (invented wire copy; each failed before its fix)."""

from __future__ import annotations

from one_article import article_events as _events


def _dates(tmp_path, published, body):
    return sorted(e.date for e in _events(tmp_path, published, body))


def test_a_statement_the_same_day_is_not_the_thing_told_before(tmp_path):
    body = ("Iran received the first Su-35 fighter jets from Russia on Monday, Iranian officials "
            "said.\n\nThe Kremlin said on Monday that Putin had spoken by phone with Raisi about "
            "drone supplies.")
    assert _dates(tmp_path, "2023-03-08", body) == ["2023-03-06", "2023-03-06"]


def test_another_act_of_the_same_day_stays_its_own_event(tmp_path):
    body = ("Iran delivered a new batch of Shahed drones to Russia on Monday, Ukrainian "
            "intelligence said.\n\nThe drones of an earlier batch struck Odesa on Monday night, "
            "killing three people, Ukraine said.")
    assert _dates(tmp_path, "2023-03-08", body) == ["2023-03-06", "2023-03-06"]


def test_a_variant_designation_restates_the_lead(tmp_path):
    body = ("Russia has delivered S-300 air defence systems to Iran, the ministry announced.\n\n"
            "On Thursday, the S-300PMU2 systems were delivered to Iran by Russia.")
    assert _dates(tmp_path, "2023-03-10", body) == ["2023-03-09"]


def test_the_lead_s_jets_with_their_missiles_restate_the_lead(tmp_path):
    body = ("Russia has delivered Su-35 fighter jets to Iran, the ministry announced.\n\n"
            "On Thursday, the jets armed with R-77 missiles were delivered to Iran by Russia.")
    assert _dates(tmp_path, "2023-03-10", body) == ["2023-03-09"]


def test_a_relative_clause_in_a_subordinate_lead_is_not_the_main_verb(tmp_path):
    body = ("MOSCOW, March 8 (Reuters) - While Shoigu is in Tehran, the two sides, which signed "
            "a cooperation pact earlier, are still discussing drone deliveries.\n\nTalks go on.")
    assert _dates(tmp_path, "2023-03-08", body) == []


def test_according_to_with_a_state_or_a_rumour_is_no_event(tmp_path):
    for lead in ("Iran is the largest foreign user of Russian-made air defence systems in the "
                 "region, according to the IISS.",
                 "Russia could soon hand over Su-35 jets to Iran, according to unnamed sources.",
                 "MOSCOW, March 8 (Reuters) - Reports have surfaced of a secret Russian deal to "
                 "supply Su-35 jets to Iran, according to Iranian media."):
        assert _dates(tmp_path, "2023-03-08", lead + "\n\nThe deal is large.") == [], lead


def test_a_signing_that_did_not_happen_after_a_visit_is_no_event(tmp_path):
    visit = ("Iranian President Ebrahim Raisi arrived in Moscow on Tuesday for an official "
             "visit, the Kremlin said.\n\n")
    for after in ("The two presidents held talks but stopped short of signing a treaty.",
                  "Both sides are still negotiating details before signing the treaty.",
                  "The two presidents will hold talks before signing a treaty.",
                  "The two countries negotiated for nearly two decades before signing their "
                  "first arms deal."):
        assert _dates(tmp_path, "2023-03-08", visit + after) == ["2023-03-07"], after


def test_a_signing_after_an_old_signing_does_not_take_its_year(tmp_path):
    body = ("Russia and Iran signed their last cooperation treaty in 2001.\n\n"
            "The two presidents held talks in the Kremlin before signing a new treaty.")
    assert "2001" in _dates(tmp_path, "2023-03-08", body)
    assert _dates(tmp_path, "2023-03-08", body).count("2001") == 1


def test_an_attribution_with_news_of_its_own_does_not_join(tmp_path):
    body = ("Iran and Russia signed a naval cooperation memorandum on Monday.\n\n"
            "It was also reported on Monday that two Russian corvettes docked at Bandar Abbas.")
    events = _events(tmp_path, "2023-03-08", body)
    assert all("corvettes" not in e.sources[0].quote for e in events if "memorandum" in e.title)


def test_a_denial_does_not_join_the_claim_it_denies(tmp_path):
    body = ("TEHRAN, March 7 (Reuters) - Iran has received Su-35 fighter jets from Russia, the "
            "Tasnim news agency reports.\n\nA Kremlin spokesman said Russia has not delivered any "
            "Su-35 jets to Iran.")
    events = _events(tmp_path, "2023-03-07", body)
    assert events and "Kremlin" not in events[0].sources[0].quote


def test_a_stage_of_another_country_s_operation_is_off_topic(tmp_path):
    body = ("Iranian and Russian forces began a joint exercise in the Caspian Sea on March 1.\n\n"
            "The next phase of Ukraine's counteroffensive began on Monday, Kyiv said.\n\n"
            "The final stage of the Bushehr power plant's refuelling was completed on Monday.")
    assert _dates(tmp_path, "2023-03-08", body) == ["2023-03-01"]


def test_both_navies_after_a_short_opening_and_not_after_separately(tmp_path):
    lead = "Iran and Russia are deepening naval ties, officials say.\n\n"
    assert "2023-03-06" in _dates(tmp_path, "2023-03-08", lead + "In a show of unity, both "
                                  "navies conducted a joint patrol in the Strait of Hormuz on "
                                  "Monday.")
    other = ("China and Pakistan held a naval exercise in the Arabian Sea on March 1.\n\n"
             "Separately, both navies conducted a joint patrol near Karachi on Monday.")
    assert "2023-03-06" not in _dates(tmp_path, "2023-03-08", other)


def test_drills_of_another_place_or_after_an_arrival_are_their_own_event(tmp_path):
    other_place = ("Iran and Russia begin joint drills\n\n"
                   "TEHRAN, May 8 (AFP) - Iranian and Russian air defence units began joint "
                   "drills near Tabriz on Monday, the army said.\n\n"
                   "The naval drills, with five warships in the Caspian Sea, began on Monday, "
                   "the Fars news agency reported.")
    assert len(_dates(tmp_path, "2024-05-08", other_place)) == 2
    arrival = ("Russian navy chief in Tehran\n\n"
               "TEHRAN, May 8 (AFP) - Russia's navy chief arrived in Tehran on Monday to watch "
               "joint drills of the Iranian and Russian navies.\n\n"
               "The drills began on Monday in the Gulf of Oman with seven warships, the Iranian "
               "navy said.")
    assert len(_dates(tmp_path, "2024-05-08", arrival)) == 2
