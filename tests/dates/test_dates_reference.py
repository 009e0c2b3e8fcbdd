"""The article's own date: front matter, publication lines, datelines, year inference."""

from __future__ import annotations

import datetime as dt

import pytest

from chronology.dates import find_reference

PERIOD = (2015, 2023)

PUBLICATION_LINES = [
    ("September 20, 2023 at 3:17 pm", "2023-09-20"),
    ("Posted at 6:19 AM, Dec 03, 2015", "2015-12-03"),
    ("Published: 06 Jan 2019", "2019-01-06"),
    ("9 Aug 2022 12:55", "2022-08-09"),
    ("Updated: March 3, 2017", "2017-03-03"),
    ("Monday, 14 November 2016", "2016-11-14"),
    ("2016-11-14 10:00", "2016-11-14"),
    ("Posted on 2017/05/04 06:19", "2017-05-04"),
    ("Thu 15 Dec 2016 10.52 GMT", "2016-12-15"),
    ("15.12.2016 10:52", "2016-12-15"),
    ("2016-12-15T10:52:00+03:00", "2016-12-15"),
    ("Published time: 15 Dec, 2016 10:52", "2016-12-15"),
    ("By John Smith | Dec 15, 2016", "2016-12-15"),
    ("Tasnim News Agency - December 15, 2016", "2016-12-15"),
    ("Dec. 15, 2016, 10:52 a.m.", "2016-12-15"),
    ("Updated 14:35 GMT (22:35 HKT) January 22, 2015", "2015-01-22"),
    ("Publication date: 22 January 2015", "2015-01-22"),
    ("Last Modified: 22 Jan 2015, 14:35 IST", "2015-01-22"),
    ("Wed Jan 21, 2015 4:8PM", "2015-01-21"),
    ("News ID: 3601437 - Thursday 22 January 2015 - 14:35", "2015-01-22"),
]


@pytest.mark.parametrize("line", [
    "Russia and Iran hold talks in Moscow",
    "Top 10 events of 2016",
    "Creating new perspectives since 2009",
    "Note: 2016 was a good year",
    "Russia: talks in 2016 went well",
])
def test_not_a_publication_line(line):
    ref = find_reference(f"{line}\n\nThe ministers met on Tuesday.", period=PERIOD)
    assert ref.date is None


@pytest.mark.parametrize(("line", "expected"), PUBLICATION_LINES)
def test_publication_line(line, expected):
    text = f"Headline about drills\n\n{line}\n\nThe ministers met on Tuesday."
    ref = find_reference(text, period=PERIOD)
    assert (ref.iso, ref.source, ref.year_inferred) == (expected, "publication-line", False)
    assert text[ref.start : ref.end] == line


# Publication lines made of parts: the date is read from the part that holds it.
SEGMENTED_LINES = [
    ("December 26, 2019 / 9:41 AM / Updated 2 hours ago", "December 26, 2019", "2019-12-26"),
    ("Wednesday, 19 January 2022 8:15 PM  [ Last Update: Wednesday, 19 January 2022 ]",
     "Wednesday, 19 January 2022 8:15 PM", "2022-01-19"),
    ("World | 3 Dec 2019", "World | 3 Dec 2019", "2019-12-03"),  # the label form
    ("Politics • March 5, 2018 • 4 min read", "March 5, 2018", "2018-03-05"),
]


@pytest.mark.parametrize(("line", "part", "expected"), SEGMENTED_LINES)
def test_publication_line_in_parts(line, part, expected):
    text = f"Headline about drills\n\n{line}\n\nThe ministers met on Tuesday."
    ref = find_reference(text, period=PERIOD)
    assert (ref.iso, ref.source) == (expected, "publication-line")
    assert text[ref.start : ref.end] == part


DATELINES = [
    ("MOSCOW, January 22 (Sputnik) – Ties will stay strong throughout 2015, he said Thursday.",
     "2015-01-22"),
    ("MOSCOW, Aug. 9 (Xinhua) -- The Peace Mission 2019 drills ended.", "2019-08-09"),
    # (a bare year told as an act's, "signed in 2017", would tell no year near the story's:
    # test_the_year_of_a_past_act_is_no_year_near_the_story)
    ("MOSCOW, June 10. /TASS/. The contract signed in June 2017 was fulfilled.", "2017-06-10"),
    ("Tehran, July 16: The deal reached in July 2016 holds.", "2016-07-16"),
    ("TEHRAN, January 20 (Sputnik) – The sides signed on Tuesday, Dehghan said Tuesday. "
     "Ties soured in 2010.", "2015-01-20"),
    ("WASHINGTON, Jan. 22, 2015 (AP) — Officials said.", "2015-01-22"),
    ("Tehran, 12 December, IRNA -- The deal of 2016 holds.", "2016-12-12"),
    ("Moscow. December 12. INTERFAX - The 2016 contract holds.", "2016-12-12"),
    ("BEIRUT, Lebanon, Dec. 12 (AP) — The 2016 truce holds.", "2016-12-12"),
    ("Moscow, 12 December (IRNA) -- The 2016 deal holds.", "2016-12-12"),
    # an agency's tag, then the date with its year
    ("Washington (Example Wire) 5 Jan 2016 - Officials said the talks went well.", "2016-01-05"),
]


def test_an_agency_tag_and_date_on_a_line_of_their_own_date_the_story():
    # under a byline; the tag in brackets is no photo credit here
    text = ("Some headline\n\nBy Jane ROE\n\nIstanbul (AFP) Oct 21, 2016\n\nThe president was "
            "due in Doha late Tuesday for talks on jets, a source said.")
    assert find_reference(text, period=PERIOD).iso == "2016-10-21"


def test_a_caption_credit_with_an_agency_tag_is_still_no_dateline():
    text = ("Some headline\n\nSoldiers parade in Moscow (AFP) on May 9, 2016\n\nThe minister "
            "said on Tuesday the drills went well and would go on.")
    assert find_reference(text, period=PERIOD).source != "dateline"


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline(text, expected):
    ref = find_reference("Some headline\n\n" + text, period=PERIOD)
    assert (ref.iso, ref.source) == (expected, "dateline")
    assert ref.reasons


def test_front_matter_wins():
    text = "MOSCOW, January 22 (Sputnik) – In 2019 things happened."
    ref = find_reference(text, published=dt.date(2020, 5, 1))
    assert (ref.iso, ref.source) == ("2020-05-01", "front-matter")


def test_weekday_with_month_day_fixes_the_year():
    text = ("Taghizadeh spoke after meeting Osipov in Tehran on Wednesday, December 26. "
            "Referring to the 2015 agreement, he said ties were strong.")
    ref = find_reference(text, period=PERIOD)
    assert (ref.iso, ref.source, ref.year_inferred) == ("2018-12-26", "inferred", True)
    assert any("Wednesday" in r and "2018" in r for r in ref.reasons)


def test_future_weekday_date_puts_reference_before_it():
    text = ("The general met Shoigu on Tuesday. Russia will hold a conference on "
            "Wednesday October 20. The embargo ended in October 2020.")
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == "2021-10-19"


def test_caption_date_is_not_the_article_date():
    text = ("Creating new perspectives since 2009\n\nRussia-Iran ties\n\n"
            "Putin meets Shoygu in Moscow on February 14, 2022 [KREMLIN PRESS OFFICE/Anadolu "
            "Agency]\n\nShoygu said on Wednesday that ties were good.")
    ref = find_reference(text, period=PERIOD)
    assert ref.date is None


def test_undated_when_nothing_decides():
    ref = find_reference("Tehran, July 16: Officials met and talked.", period=PERIOD)
    assert ref.date is None and ref.source == "none"
    assert any("undecided" in r for r in ref.reasons)


def test_undated_without_any_date():
    ref = find_reference("Officials met on Tuesday and talked.", period=PERIOD)
    assert ref.date is None
    assert ref.reasons


def test_hard_constraint_beats_period():
    # December 26 is a Wednesday in 2012 and 2018; the past "2015" rules out 2012.
    text = "They met on Wednesday, December 26. The 2015 deal was praised."
    assert find_reference(text, period=(2010, 2020)).iso == "2018-12-26"


def test_present_year_mention_decides():
    text = "MOSCOW, March 3 (Sputnik) – Trade should keep growing throughout 2016."
    assert find_reference(text, period=PERIOD).iso == "2016-03-03"


def test_past_years_rule_out_earlier_years():
    text = "Tehran, May 2: Iran received the S-300 systems delivered in 2016 and 2017."
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == "2017-05-02"


def test_a_past_month_rules_out_the_same_year_before_it():
    # "June 2022" told as past: a January dateline falls after it, in 2023, not in 2022 (the
    # lead's Friday fits both: January 28, 2022 itself, or the day before January 28, 2023).
    text = ("LAHORE, Jan 28 (APP): The navy inducted its third minesweeper on Friday.\n\n"
            "The second one joined the fleet in June 2022.")
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == "2023-01-28"
    assert any("June 2022" in r and "on or after" in r for r in ref.reasons)


def test_a_future_month_rules_out_the_same_year_after_it():
    # "March 2023" told as ahead: a November dateline falls before it, in 2022, not in 2023
    text = ("MANILA, Nov 5 (Wire) - The coast guard received two patrol vessels from Japan, "
            "the agency said.\n\nThree more will be delivered in March 2023.")
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == "2022-11-05"
    assert any("March 2023" in r and "before it" in r for r in ref.reasons)


# "The first ... in 2018" with a fifth or later one of the series told as done ("their seventh
# joint exercise"): the article is some years after 2018, how many the text does not say, so
# "soon after the latest year named" does not count from 2018.
SERIES = [
    ("MINSK, Sept 9 (Wire) - Belarusian and Chinese paratroopers completed their seventh joint "
     "exercise, the ministry said.\n\nThe first such exercise was held in 2018.", None),
    # with a year of its own the series says nothing more
    ("MINSK, Sept 9 (Wire) - Belarusian and Chinese paratroopers completed their seventh joint "
     "exercise, the ministry said.\n\nThe first such exercise was held in 2018. The two "
     "armies signed a training plan in March 2021.", "2021-09-09"),
    # the lead's weekday fits the year the series began too: its ninth is not in that year
    ("BEIJING, Nov 12 (Wire) - Chinese and Russian bombers on Tuesday conducted their ninth "
     "joint air patrol, the ministry said.\n\nThe first joint patrol was held in July 2019.", None),
    # a second one may well follow the first soon, even in the same year (a month with its
    # year: a bare "in 2018" dates a past act, after which the story is, how long not told)
    ("MINSK, Sept 9 (Wire) - Belarusian and Chinese paratroopers completed their second joint "
     "exercise, the ministry said.\n\nThe first such exercise was held in June 2018.",
     "2018-09-09"),
    # no later one: the first is the latest thing told
    ("MINSK, Sept 9 (Wire) - Belarusian and Chinese paratroopers completed a joint exercise, "
     "the ministry said.\n\nThe first such exercise was held in June 2018.", "2018-09-09"),
    # a later one still to come says nothing of the article's year
    ("MINSK, Sept 9 (Wire) - Belarusian and Chinese paratroopers completed a joint exercise, "
     "the ministry said.\n\nThe first such exercise was held in June 2018, and a second one "
     "will follow.", "2018-09-09"),
]


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_a_later_one_of_a_series_puts_the_article_after_its_first(text, expected):
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == expected
    assert ref.date is not None or any("undecided" in r for r in ref.reasons)


def test_old_years_alone_do_not_pick_a_year():
    text = "Tehran, March 3: The 1979 revolution and the 2001 treaty shaped ties."
    assert find_reference(text, period=PERIOD).date is None


def test_future_year_mention_puts_the_article_before_it():
    text = ("DUBAI, July 29 (Reuters) - Drills began on Monday. More are planned for early 2020. "
            "The S-300 deliveries were completed in November 2016 and talks resumed in 2019.")
    assert find_reference(text, period=PERIOD).iso == "2019-07-29"


def test_weekday_in_parentheses_constrains_the_year():
    text = "The minister spoke on Tuesday (April 3). The 2015 accord was discussed."
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == "2018-04-03"


# A past weekday in the lead paragraph is the dateline's day or the day before: among the
# years the other evidence allows, it picks the one where the dateline falls so.
LEAD_WEEKDAYS = [
    # August 15 is a Tuesday in 2017 and 2023; "in August 2021" rules out 2017.
    ("15 AUG, 18:02\n\nMOSCOW, August 15. /TASS/. The defence minister held talks with his "
     "counterpart from Iran at a security conference near Moscow on Tuesday, the ministry "
     "said.\n\nThe minister, who took office in August 2021, arrived on Sunday.", "2023-08-15"),
    # March 16 is a Wednesday in 2022 (2021: a Tuesday, not the day or the day after).
    ("TEHRAN, March 16 (Agency) - The two navies completed a joint search and rescue exercise "
     "in the northern Indian Ocean on Wednesday, the navy spokesman told reporters here.\n\n"
     "The navies first trained together in 2021.", "2022-03-16"),
    # No weekday in the lead: the usual evidence alone (soon after the latest year named; a
    # bare "in 2021" dates a past act, after which the story is, how long not told: none).
    ("TEHRAN, March 16 (Agency) - The two navies completed a joint search and rescue exercise "
     "in the northern Indian Ocean, the navy spokesman told reporters here.\n\n"
     "The navies first trained together in January 2021.", "2021-03-16"),
    ("TEHRAN, March 16 (Agency) - The two navies completed a joint search and rescue exercise "
     "in the northern Indian Ocean, the navy spokesman told reporters here.\n\n"
     "The navies first trained together in 2021.", None),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_WEEKDAYS)
def test_a_weekday_in_the_lead_helps_infer_the_year(text, expected):
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == expected


# Of two years where the lead's past weekday fits, as the dateline's own day or the day before,
# the day itself is the likelier (the day's news is filed that day).
SAME_DAY_LEADS = [
    # April 19 is a Friday in 2024 and a Saturday in 2025: "on Friday" fits both, as the
    # dateline's own day or the day before; the day itself is the likelier (and "since 2020"
    # tells no year near the story's, so nothing else decides).
    ("NEW DELHI, April 19 (Agency) - India delivered the first batch of missiles to the "
     "Philippines on Friday, officials said.\n\nThe two navies have trained together since "
     "2020.", "2024-04-19"),
    # ... but with no year named the weekday alone picks none (its fits are spread over the
    # site's period: the day itself in 2019 and 2024, the day before in 2025)
    ("NEW DELHI, April 19 (Agency) - India delivered the first batch of missiles to the "
     "Philippines on Friday, officials said.", None),
]


@pytest.mark.parametrize(("text", "expected"), SAME_DAY_LEADS)
def test_the_leads_weekday_on_the_datelines_own_day_breaks_a_tie(text, expected):
    ref = find_reference(text, period=(2015, 2025))
    assert ref.iso == expected
    assert ref.date is not None or any("undecided" in r for r in ref.reasons)


def test_the_leads_weekday_on_the_datelines_own_day_breaks_a_tie_in_russian():
    # the same in the lexicon-driven languages: «в пятницу» is 19 April 2024 itself, or the
    # day before 19 April 2025
    text = ("МОСКВА, 19 апреля. /ТАСС/. Индия в пятницу передала Филиппинам первую партию "
            "ракет, сообщили военные.\n\nВоенные двух стран проводят совместные учения с 2020 "
            "года.")
    assert find_reference(text, period=(2015, 2025), language="ru").iso == "2024-04-19"


# Publication lines of sites not written for: labels, clock times and zones in any order.
ANY_SITE_LINES = [
    ("Published: 0233 GMT September 22, 2020", "2020-09-22"),
    ("Published: 12.27.19 , 11:05", "2019-12-27"),
    ("Published 22.09.2020 02:33 GMT", "2020-09-22"),
    ("Dhaka, Published at 04:01 PM September 03, 2019", "2019-09-03"),
    ("Posted by Staff Writer on 3 September 2019, 10:05 hrs", "2019-09-03"),
    ("Last Updated: Sep 05, 2019 | Published: Sep 03, 2019", "2019-09-03"),
    ("Updated: 27 Dec 2019, 11:05 IST Published: 26 Dec 2019, 10:00 IST", "2019-12-26"),
    ("Published : 2019-12-26 10:00:00 Updated : 2019-12-27", "2019-12-26"),
    ("First published on Tue 3 Sep 2019 14.20 BST", "2019-09-03"),
]


@pytest.mark.parametrize(("line", "expected"), ANY_SITE_LINES)
def test_publication_line_of_any_site(line, expected):
    text = f"Headline about drills\n\n{line}\n\nThe ministers met on Tuesday to discuss ties."
    ref = find_reference(text, period=PERIOD)
    assert (ref.iso, ref.source) == (expected, "publication-line")
    assert ref.text in line and text[ref.start:ref.end] == ref.text


def test_an_update_line_first_does_not_hide_the_publication_line():
    text = ("Headline about drills\n\nUpdated: 29 Dec 2019\nPublished: 26 Dec 2019\n\n"
            "The ministers met on Tuesday to discuss ties.")
    assert find_reference(text, period=PERIOD).iso == "2019-12-26"


@pytest.mark.parametrize(("line", "dateline", "expected"), [
    ("Published: 03.09.2019", "MOSCOW, Sept. 3 (Reuters) - Talks were held.", "2019-09-03"),
    ("Published: 09.03.2019", "MOSCOW, Sept. 3 (Reuters) - Talks were held.", "2019-09-03"),
    ("Published: 03/09/2019", "MOSCOW, March 9 (Reuters) - Talks were held.", "2019-03-09"),
])
def test_ambiguous_numeric_date_follows_the_dateline(line, dateline, expected):
    text = f"Headline about drills\n\n{line}\n\n{dateline}"
    assert find_reference(text, period=PERIOD).iso == expected


def test_ambiguous_numeric_date_follows_the_sites_other_dates():
    text = ("Headline about drills\n\nPublished: 04.09.2019\n\nThe ministers met on Tuesday."
            "\n\nRelated: Ministers to meet (posted 28.08.2019)")
    assert find_reference(text, period=PERIOD).iso == "2019-09-04"


def test_a_dateline_with_its_date_in_brackets():
    text = ("Headline about drills\n\nANKARA (Example News / Example Agency - 12th July, 2019) "
            "Turkey received on Friday the first batch of components, the ministry said.")
    ref = find_reference(text, period=PERIOD)
    assert (ref.iso, ref.source) == ("2019-07-12", "dateline")


def test_a_date_line_with_a_year_beats_the_pages_own_today():
    text = ("Thursday, Feb 25\n\nShipment lands at air base\n\nTurkey continued on Thursday to "
            "receive components of the systems.\n18.07.2019 - 10:28\n\nDelivery continued.")
    assert find_reference(text, period=PERIOD).iso == "2019-07-18"


@pytest.mark.parametrize(("text", "expected"), [
    ("New Delhi, April 19 India on Friday delivered the missile system to the buyer under a "
     "contract, officials said.", "2019-04-19"),
    ("CHENNAI (India), April 12. /TASS/. India is considering building frigates, an official "
     "said on Thursday.", "2018-04-12"),
])
def test_datelines_without_a_separator_or_with_a_country(text, expected):
    ref = find_reference("Headline about frigates\n\n" + text, period=(2015, 2020))
    assert (ref.iso, ref.source) == (expected, "dateline")


def test_a_page_clock_above_the_headline_does_not_date_the_story():
    text = ("Monday, November 25, 2024\nMain Menu\n\nJets inducted at air base\n\n"
            "Kamra, MAR 11: The air force on Friday formally inducted new fighter aircraft in "
            "its fleet during a ceremony at the air base.")
    ref = find_reference(text, period=(2015, 2022))
    assert ref.text == "Kamra, MAR 11:" and ref.iso != "2024-11-25"
    assert not any("2024" in reason for reason in ref.reasons)  # the clock is no evidence


def test_an_english_page_dated_in_russian_takes_that_date():
    """A Belarusian or Russian site's English page may print its own date in Russian."""
    from chronology.dates import find_reference as facade
    text = ("Belarus takes delivery of trainer jets\n\n14 марта 2021, 10:20\n\nMINSK - The "
            "air force received four Yak-130 jets on Friday, the ministry said.\n")
    found = facade(text)
    assert (found.iso, found.source) == ("2021-03-14", "publication-line")
    plain = "MINSK, March 12, 2021 - The air force received four Yak-130 jets on Friday.\n"
    assert facade(plain).iso == "2021-03-12"


@pytest.mark.parametrize(("text", "iso"), [
    # a dotted numeric date is day first unless the site shows otherwise
    ("Navy gets new frigate\n\n10.05.2023 | 15:30\n\nThe navy received a frigate on Tuesday.\n",
     "2023-05-10"),
    # the date line split from its clock by a spaced dash
    ("Navy gets new frigate\n\nMonday, 08 November 2021 — 18:23\n\nThe navy received it.\n",
     "2021-11-08"),
    # a dateline with no year under a photo captioned the day before, with its year
    ("Sailors on the deck of the frigate in Karachi on Dec. 17, 2019. (Photo by Example "
     "Photographer)\n\nBEIJING, Dec. 18 (Example Wire) -- The navies held a drill on Wednesday.\n",
     "2019-12-18"),
])
def test_publication_lines_and_captions_of_many_sites(text, iso):
    from chronology.dates import find_reference as facade
    assert facade(text).iso == iso


# A year told only as the date of a past act ("signed in 2018", "в 2018 году"): news writes an
# act's year only when it is not the writer's own (this year's acts are "in March", "earlier
# this year"), so the article is after it, how long after not told; "soon after the latest year
# named" does not count from it. A year in a name or a thing's year still does.
SIGNED_IN = "\n\nThe contract for four ships was signed in 2018."
ACT_YEARS = [
    ("en", "ISLAMABAD, Dec 21 (Agency) - The navy commissioned its second corvette, the navy "
           "said." + SIGNED_IN, None),
    # the story's own weekday decides once the act's year no longer pulls to 2018
    ("en", "ISLAMABAD, Dec 21 (Agency) - The navy commissioned its second corvette, the navy "
           "said on Sunday." + SIGNED_IN, "2025-12-21"),
    ("en", "MOSCOW, Aug. 9 (Xinhua) -- The drills, first held in 2019, ended.", None),
    ("ru", "МОСКВА, 21 декабря. /ТАСС/. Пакистанский корвет вошел в состав флота, сообщили в "
           "ВМС.\n\nКонтракт на строительство четырех кораблей был подписан в 2018 году.", None),
    # near misses: a name's year and a thing's year are no act's date
    ("en", "ISLAMABAD, Dec 21 (Agency) - The navy commissioned its second corvette during the "
           "Sea Guardian 2018 drills.", "2018-12-21"),
    ("en", "ISLAMABAD, Dec 21 (Agency) - The navy commissioned its second corvette. The 2018 "
           "contract covers four ships.", "2018-12-21"),
    ("en", "ISLAMABAD, Dec 21 (Agency) - The navy commissioned its second corvette. So far in "
           "2018, it took four ships.", "2018-12-21"),
    ("ru", "МОСКВА, 21 декабря. /ТАСС/. Пакистанский корвет вошел в состав флота, сообщили в "
           "ВМС.\n\nКорабль показали на форуме «Армия-2018».", "2018-12-21"),
]


@pytest.mark.parametrize(("language", "text", "expected"), ACT_YEARS)
def test_the_year_of_a_past_act_is_no_year_near_the_story(language, text, expected):
    ref = find_reference(text, period=(2005, 2025), language=language)
    assert ref.iso == expected, ref.reasons
    if expected != "2018-12-21":  # the act's year is read as one
        assert any("date of a past act" in r for r in ref.reasons)



# "Earlier in 2023", «ранее в 2023 году»: an act placed within the writer's own year, as "later
# in 2023" is; the year is the story's, not a lower bound of it (the drills "on Tuesday" of
# March 7 are then 2023's).
EARLIER_IN = [
    ("en", "KABUL, March 7 (Agency) - Afghan and Uzbek border guards began joint patrols on "
           "Tuesday, the ministry said. Earlier in 2023, the two sides signed a border pact.",
     "2023-03-07"),
    ("ru", "ТАШКЕНТ, 7 марта. /ТАСС/. Пограничники Узбекистана и Таджикистана во вторник начали "
           "совместное патрулирование. Ранее в 2023 году стороны подписали пограничный договор.",
     "2023-03-07"),
]


@pytest.mark.parametrize(("language", "text", "expected"), EARLIER_IN)
def test_an_act_earlier_in_a_year_dates_the_writers_own_year(language, text, expected):
    ref = find_reference(text, period=(2000, 2030), language=language)
    assert ref.iso == expected, ref.reasons


def test_an_acts_year_alone_does_not_break_the_leads_weekday_tie():
    # "signed ... in 2024" is only a lower bound: the lead's "on Tuesday" fits March 7 itself
    # in 2028 and the day before in 2029 (and 2023 is before the bound); the text names no year
    # near the story's, so the same-day reading is no ground to pick 2028
    text = ("KABUL, March 7 (Agency) - Afghan and Uzbek officials held border talks in Kabul on "
            "Tuesday. The two countries signed a border pact in 2024.")
    ref = find_reference(text, period=(2000, 2030))
    assert ref.iso is None, ref.reasons
    assert any("date of a past act" in r for r in ref.reasons)
