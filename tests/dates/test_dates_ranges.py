"""Ranges give both ends: the first mention of a range carries the last period as
``end_value``; a single date or a backwards "range" has none."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import range_of

from chronology.dates import find_mentions
from chronology.extraction.dating import choose_date

REF = "2015-01-22"  # a Thursday

RANGES = [
    ("The talks of 2009-2010 failed.", REF, "2009-2010", ("2009", "2010")),
    ("The war of 1957-58 ended.", REF, "1957-58", ("1957", "1958")),
    ("The summit will be held March 15-19.", REF, "March 15-19", ("2015-03-15", "2015-03-19")),
    ("The fair ran Dec. 27 to 30, 2013.", REF, "Dec. 27 to 30, 2013",
     ("2013-12-27", "2013-12-30")),
    ("Prices rose between January and March.", "2015-05-10", "January", ("2015-01", "2015-03")),
    ("Talks ran from 2015 to 2017.", "2018-01-01", "2015", ("2015", "2017")),
    ("They met from March 3 to March 5, 2014.", REF, "March 3", ("2014-03-03", "2014-03-05")),
    ("They met from December 30 to January 2, 2014.", REF, "December 30",
     ("2013-12-30", "2014-01-02")),
    # "through" joins a range with no "from" before it
    ("The drills ran Monday through Wednesday.", REF, "Monday", ("2015-01-19", "2015-01-21")),
    ("The plan covers 2015 through 2017.", REF, "2015", ("2015", "2017")),
    # an end told after its start, the two verbs joined: after the start when both lie ahead
    ("The drills start on Monday and run through Friday.", "2024-03-12", "Monday",
     ("2024-03-18", "2024-03-22")),
    ("The drills start on Monday and run through Friday.", "2024-03-12", "Friday",
     ("2024-03-22", None)),
    ("He was arrested on Friday and held until Monday.", "2024-03-12", "Friday",
     ("2024-03-08", "2024-03-11")),
    # behind, an end before its start moves nothing (the act's date is not guessed)
    ("The drills began on Monday and lasted until Friday.", "2024-03-12", "Monday",
     ("2024-03-11", None)),
    ("Iran said on Monday the drills run until Friday.", "2024-03-12", "Monday",
     ("2024-03-11", None)),
    # a season's or a fiscal year's span with a slash
    ("Output fell in the 2012/13 fiscal year.", REF, "2012/13", ("2012", "2013")),
    ("The 1998/1999 season was short.", REF, "1998/1999", ("1998", "1999")),
    # months and days joined by a dash across months: one mention, both ends (a name after
    # a dash was no date at all: "January-October" gave January alone)
    ("Exports rose 5 percent in January-October.", REF, "January-October",
     ("2014-01", "2014-10")),
    ("Output fell in Jan.–March 2012.", REF, "Jan.–March 2012", ("2012-01", "2012-03")),
    ("The fair ran November-February.", "2015-03-10", "November-February",
     ("2014-11", "2015-02")),
    # a range told ahead lies ahead as a whole, from its first month; one begun goes on
    ("The envoys will hold talks in October-December.", "2031-12-10", "October-December",
     ("2032-10", "2032-12")),
    ("The fair will run November-February.", "2015-03-10", "November-February",
     ("2015-11", "2016-02")),
    ("The drills will be held in October-December.", "2031-11-10", "October-December",
     ("2031-10", "2031-12")),
    ("The envoys held talks in October-December.", "2031-12-10", "October-December",
     ("2031-10", "2031-12")),
    ("The drills will run March 15-April 2.", REF, "March 15-April 2",
     ("2015-03-15", "2015-04-02")),
    ("The drills ran March 15 - April 2, 2012.", REF, "March 15 - April 2, 2012",
     ("2012-03-15", "2012-04-02")),
    ("The fair ran Dec. 28-Jan. 3, 2014.", REF, "Dec. 28-Jan. 3, 2014",
     ("2013-12-28", "2014-01-03")),
    ("The drills ran Monday-Wednesday.", REF, "Monday-Wednesday", ("2015-01-19", "2015-01-21")),
    ("The drills will run Friday–Sunday.", REF, "Friday–Sunday", ("2015-01-23", "2015-01-25")),
    # three months called a quarter or a period are that quarter (of the month it ends)
    ("Profit rose in the April-June quarter.", "2015-08-05", "the April-June quarter",
     ("2015-Q2", None)),
    ("Sales fell in the July-September period.", "2015-11-05", "the July-September period",
     ("2015-Q3", None)),
    # a range across years may start at a finer period than the year it ends in, and a half
    # with its year written needs no reference date
    ("Seoul will ship the jets from the latter half of 2027 through 2030.", None,
     "the latter half of 2027", ("2027-H2", "2030")),
    ("Seoul will ship the jets from the latter half of 2027 through 2030.", "2026-05-04",
     "the latter half of 2027", ("2027-H2", "2030")),
    ("Output will grow from the second half of 2031 to 2033.", "2030-02-11",
     "the second half of 2031", ("2031-H2", "2033")),
    ("Deliveries ran from March 2015 until 2017.", "2018-01-01", "March 2015",
     ("2015-03", "2017")),
    ("Deliveries fell in the first half of 2016 and in 2017.", "2018-01-01",
     "the first half of 2016", ("2016-H1", None)),
    # ends with no year run less than a year, the end at or after the start (each read apart
    # went its own way: "through" as a deadline ahead, a start nearer ahead than behind)
    ("Sales rose from February through April.", "2015-10-14", "February",
     ("2015-02", "2015-04")),
    ("The book fair runs from November to March.", "2015-10-14", "March", ("2016-03", None)),
    ("The ban lasts from Dec. 20 until Jan. 10.", "2015-10-14", "Dec. 20",
     ("2015-12-20", "2016-01-10")),
    # two weekdays, the end read apart behind its start: the first such day after it, unless
    # a past verb tells the end (then the start is in doubt, and nothing moves)
    ("The naval exercise runs from Monday until Thursday.", "2024-03-13", "Monday",
     ("2024-03-11", "2024-03-14")),
    ("The naval exercise ran from Monday until Thursday.", "2024-03-13", "Monday",
     ("2024-03-11", None)),
    # in a past clause the end is placed first, at or before the reference, the start the
    # latest such month before it: never a range ending after the reference
    ("Arms imports fell from March to January, the customs office said.", "2024-02-10",
     "March", ("2023-03", "2024-01")),
    ("Exports fell from April to February.", "2024-03-10", "April", ("2023-04", "2024-02")),
    ("Inflation rose from June to April.", "2024-05-12", "June", ("2023-06", "2024-04")),
    # in a future clause the start first, ahead; one already begun goes on
    ("The fair will run from February to March.", "2015-10-14", "February",
     ("2016-02", "2016-03")),
    ("The fair will run from September to March.", "2015-10-14", "September",
     ("2015-09", "2016-03")),
    # a date moved "from X to Y" is no range: "to Y" is the new date
    ("The drills were postponed from May to June.", "2024-03-06", "May", ("2023-05", None)),
    ("The drills were postponed from May to June.", "2024-03-06", "June", ("2024-06", None)),
    ("The summit was moved from May to June.", "2024-03-06", "June", ("2024-06", None)),
    ("Officials delayed the launch from Monday to Friday.", "2024-03-06", "Monday",
     ("2024-03-04", None)),
    ("Flights were suspended from May to June.", "2024-08-06", "May", ("2024-05", "2024-06")),
    # Not ranges: no "from"/"between", a backwards pair, one date alone.
    ("The vote was moved Monday to Tuesday.", REF, "Monday", ("2015-01-19", None)),
    ("Talks were held in 2015 and 2017.", "2018-01-01", "2015", ("2015", None)),
    ("Talks ran from 2017 to 2015.", "2018-01-01", "2017", ("2017", None)),
    ("The vote was March 19-15.", REF, "March 19-15", ("2014-03-19", None)),
    ("It was filed on 2012/12/05.", REF, "2012/12/05", ("2012-12-05", None)),
    ("The vote was on February 27-30, 2015.", REF, "February 27-30, 2015", ("2015-02-27", None)),
    ("They met on March 3, 2014.", REF, "March 3, 2014", ("2014-03-03", None)),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), RANGES)
def test_range_ends(text, reference, mention, expected):
    assert range_of(text, reference, mention) == expected


def test_end_value_is_in_the_json_of_a_mention():
    [m] = find_mentions("The war of 1957-58 ended.", dt.date.fromisoformat(REF))
    assert m.to_json()["end_value"] == "1958"


@pytest.mark.parametrize(("sentence", "date", "end"), [
    ("Iran bought drones in 2009-2010.", "2009", "2010"),
    ("Iran bought drones from 2015 to 2017.", "2015", "2017"),
    ("Iran bought drones in 2015.", "2015", None),
])
def test_an_event_dated_by_a_range_gets_its_end(sentence, date, end):
    mentions = find_mentions(sentence, dt.date(2019, 1, 1))
    dating = choose_date(sentence, 0, len(sentence), mentions, [])
    assert (dating.mention.value, dating.end.value if dating.end else None) == (date, end)
