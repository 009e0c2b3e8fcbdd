"""Date mentions, table-driven, with the reference date pinned.

Each row: (text, reference date, mention text, expected TimeML value).
"""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import value_of

from chronology.dates import find_mentions

REF = "2015-01-22"  # a Thursday

WEEKDAYS = [
    ("The minister said on Tuesday that talks went well.", REF, "Tuesday", "2015-01-20"),
    ("Russia and Iran signed on Tuesday an agreement.", REF, "Tuesday", "2015-01-20"),
    ("The ambassador told RIA Novosti on Thursday.", REF, "Thursday", "2015-01-22"),
    ("Dzhagaryan said Thursday that ties were strong.", REF, "Thursday", "2015-01-22"),
    ("The delegation arrived on Sunday.", REF, "Sunday", "2015-01-18"),
    ("Earlier on Tuesday, he met the admiral.", REF, "Tuesday", "2015-01-20"),
    ("The ministers will meet on Tuesday in Tehran.", REF, "Tuesday", "2015-01-27"),
    ("The drills, which will last until Thursday, began.", "2019-07-29", "Thursday",
     "2019-08-01"),
    ("The sides are scheduled to sign the deal on Saturday.", REF, "Saturday", "2015-01-24"),
    ("He plans to visit Moscow on Monday.", REF, "Monday", "2015-01-26"),
    ("They met last Thursday.", REF, "last Thursday", "2015-01-15"),
    ("They will meet next Tuesday.", REF, "next Tuesday", "2015-01-27"),
    ("Protests have continued since Wednesday.", REF, "Wednesday", "2015-01-21"),
    ("He flew home on Friday night.", REF, "Friday night", "2015-01-16"),
    ("Talks resume on Monday morning, officials said.", "2015-01-22", "Monday morning",
     "2015-01-26"),
    ("Talks resumed on Monday morning, officials said.", "2015-01-22", "Monday morning",
     "2015-01-19"),
    ("The ministers are meeting on Friday.", REF, "Friday", "2015-01-23"),
    ("The drills end on Friday.", REF, "Friday", "2015-01-23"),
    ("The deal, signed last Tuesday, takes effect on Friday.", REF, "Friday", "2015-01-23"),
    ("At the end of the talks on Tuesday, he left.", REF, "Tuesday", "2015-01-20"),
    ("Wednesday's ruling was appealed, lawyers said they would argue.", REF, "Wednesday",
     "2015-01-21"),
    ("Clashes broke out on Saturday.", "2021-10-19", "Saturday", "2021-10-16"),
    ("The exercise began on Monday.", "2021-10-19", "Monday", "2021-10-18"),
    ("Bagheri met Shoigu in Moscow on Tuesday.", "2021-10-19", "Tuesday", "2021-10-19"),
    ("The vote will take place on Wednesday.", "2021-10-19", "Wednesday", "2021-10-20"),
    ("The minister on Friday visited troops.", "2018-12-26", "Friday", "2018-12-21"),
]

MONTH_DAYS = [
    ("The talks on December 26 were productive.", "2019-01-05", "December 26", "2018-12-26"),
    ("The summit will be held on March 5.", REF, "March 5", "2015-03-05"),
    ("The deal was signed on March 5.", REF, "March 5", "2014-03-05"),
    ("He was in Tehran on January 20.", REF, "January 20", "2015-01-20"),
    ("Voting ends on 23 October.", "2021-10-19", "23 October", "2021-10-23"),
    ("The exercises, which will end on 23 October, began Monday.", "2021-10-19", "23 October",
     "2021-10-23"),
    ("Putin visited Tehran on September 7.", "2018-12-26", "September 7", "2018-09-07"),
    ("The bid was extended to Nov. 16.", "1989-10-30", "Nov. 16", "1989-11-16"),
    ("The dividend is payable Jan. 2 to holders.", "1989-11-02", "Jan. 2", "1990-01-02"),
    ("Elian must be returned by Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14"),
    ("He was shot to death last Oct. 23 at home.", "1999-04-19", "last Oct. 23", "1998-10-23"),
    ("Taghizadeh met Osipov in Tehran on Wednesday, December 26.", "2018-12-27",
     "Wednesday, December 26", "2018-12-26"),
    ("Russia will hold a conference on Wednesday October 20.", "2021-10-19",
     "Wednesday October 20", "2021-10-20"),
    ("He spoke to reporters on Tuesday (April 3).", "2018-04-05", "Tuesday (April 3)",
     "2018-04-03"),
    ("The 22nd of January was quiet.", REF, "The 22nd of January", "2015-01-22"),
    ("On Dec. 31 the contract expired.", REF, "Dec. 31", "2014-12-31"),
    ("Sanctions lapse on Feb. 1, diplomats said.", REF, "Feb. 1", "2015-02-01"),
    ("The ceasefire of Aug. 9 held.", "2015-08-20", "Aug. 9", "2015-08-09"),
    ("They met on 5 June.", "2016-06-20", "5 June", "2016-06-05"),
    ("The summit is on April 24 and 25.", "1999-02-10", "April 24 and 25", "1999-04-24"),
    ("Talks were held on Dec. 15-16.", "2016-12-20", "Dec. 15-16", "2016-12-15"),
    ("The session opens Sept. 15.", "2016-08-20", "Sept. 15", "2016-09-15"),
]

EXPLICIT = [
    ("The deal was signed on January 20, 2015.", REF, "January 20, 2015", "2015-01-20"),
    ("It was signed on 20 January 2015 in Tehran.", REF, "20 January 2015", "2015-01-20"),
    ("Posted on Dec 03, 2015 by the editor.", REF, "Dec 03, 2015", "2015-12-03"),
    ("Published 06 Jan 2019.", REF, "06 Jan 2019", "2019-01-06"),
    ("The report dated 2015-01-22 was leaked.", REF, "2015-01-22", "2015-01-22"),
    ("A letter dated 12/25/2016 arrived.", REF, "12/25/2016", "2016-12-25"),
    ("A letter dated 25/12/2016 arrived.", REF, "25/12/2016", "2016-12-25"),
    ("On Wednesday, December 26, 2018, they met.", REF, "Wednesday, December 26, 2018",
     "2018-12-26"),
    ("The embargo ended in October 2020.", REF, "October 2020", "2020-10"),
    ("In November 2014, Moscow and Tehran inked a deal.", REF, "November 2014", "2014-11"),
    ("During his visit in August 2014 he spoke.", REF, "August 2014", "2014-08"),
    ("Sanctions were imposed in 2010.", REF, "2010", "2010"),
    ("The alliance was established in 1992.", REF, "1992", "1992"),
    ("Relations should remain strong throughout 2015.", REF, "2015", "2015"),
    ("Referring to the 2015 agreement, he spoke.", "2018-12-26", "2015", "2015"),
    ("Results for fiscal 1989 were weak.", "1989-11-01", "fiscal 1989", "1989"),
    ("The Jan. 22, 2015 statement was read.", REF, "Jan. 22, 2015", "2015-01-22"),
    ("In the year 2000 the treaty was renewed.", REF, "the year 2000", "2000"),
    ("Atlanta, nineteen ninety-six: a bomb.", REF, "nineteen ninety-six", "1996"),
    ("January nineteen ninety-seven was cold.", REF, "January nineteen ninety-seven", "1997-01"),
    ("September 20, 2023 at 3:17 pm", REF, "September 20, 2023", "2023-09-20"),
    ("The ships sailed on Sept. 27, 1989.", REF, "Sept. 27, 1989", "1989-09-27"),
    ("The order dated 22-01-2015 was signed.", REF, "22-01-2015", "2015-01-22"),
    ("The order dated January, 22, 2015 was signed.", REF, "January, 22, 2015", "2015-01-22"),
    ("The order dated 2015/01/22 was signed.", REF, "2015/01/22", "2015-01-22"),
    ("The order dated 22-Jan-2015 was signed.", REF, "22-Jan-2015", "2015-01-22"),
    ("The order dated 22 Jan. 2015 was signed.", REF, "22 Jan. 2015", "2015-01-22"),
    ("The order dated January 22nd, 2015 was signed.", REF, "January 22nd, 2015", "2015-01-22"),
    ("By mid-2016 the deliveries were complete.", REF, "mid-2016", "2016"),
    ("Sanctions were in force in 2014-2016.", REF, "2014-2016", "2014"),
    ("The Iran-Iraq war of 1980-88 killed many.", REF, "1980-88", "1980"),
    ("The treaty dates from the early 1990s.", REF, "the early 1990s", "199"),
    ("Trade boomed in the 1990s.", REF, "the 1990s", "199"),
    ("It was popular in the '80s.", REF, "the '80s", "198"),
    ("It was popular in the nineties.", REF, "the nineties", "199"),
    ("It was popular in the ’90s.", REF, "the ’90s", "199"),
    ("Conflicts of the 21st century differ.", REF, "the 21st century", "20"),
]

CALENDAR_RELATIVES = [
    ("Last year saw numerous meetings.", REF, "Last year", "2014"),
    ("The results of last year were good.", REF, "last year", "2014"),
    ("We expect this trend to continue this year.", REF, "this year", "2015"),
    ("Exports will rise next year.", REF, "next year", "2016"),
    ("Prices fell earlier this month.", REF, "earlier this month", "2015-01"),
    ("Prices fell last month.", REF, "last month", "2014-12"),
    ("The prince visited in November of the previous year.", REF,
     "November of the previous year", "2014-11"),
    ("Prices will fall next month.", REF, "next month", "2015-02"),
    ("The talks resumed this week.", REF, "this week", "2015-W04"),
    ("The talks collapsed last week.", REF, "last week", "2015-W03"),
    ("The talks resume next week.", REF, "next week", "2015-W05"),
    ("Profits rose in the third quarter.", "1989-10-26", "the third quarter", "1989-Q3"),
    ("Third-quarter profits rose.", "1989-10-26", "Third-quarter", "1989-Q3"),
    ("Profit will rise in the fourth quarter.", "1989-10-26", "the fourth quarter", "1989-Q4"),
    ("Sales in the fourth quarter fell.", "1990-02-10", "the fourth quarter", "1989-Q4"),
    ("Sales for the first quarter of 1990 rose.", "1989-10-26", "the first quarter of 1990",
     "1990-Q1"),
    ("Output rose this quarter.", "1989-10-26", "this quarter", "1989-Q4"),
    ("Output fell last quarter.", "1989-10-26", "last quarter", "1989-Q3"),
    ("Output fell in Q2 2016.", REF, "Q2 2016", "2016-Q2"),
    ("It snowed a lot last winter.", "2015-06-10", "last winter", "2015-WI"),
    ("Tourism fell last fall.", "1998-02-06", "last fall", "1997-FA"),
    ("Talks are planned this summer.", REF, "this summer", "2015-SU"),
    ("The drills took place in the summer of 2016.", REF, "summer of 2016", "2016-SU"),
    ("Growth slowed in the first half of 2016.", REF, "the first half of 2016", "2016-H1"),
    ("The deal was signed two years ago.", REF, "two years ago", "2013"),
    ("He arrived three days ago.", REF, "three days ago", "2015-01-19"),
    ("The plan was floated a month ago.", REF, "a month ago", "2014-12"),
    ("That happened five years ago.", REF, "five years ago", "2010"),
    ("Prices dropped in March.", "2015-06-10", "March", "2015-03"),
    ("Elections will be held in March.", REF, "March", "2015-03"),
    ("Elections were held in December.", REF, "December", "2014-12"),
    ("The carrier has been on patrol since March and was scheduled to return.", "1990-08-13",
     "March", "1990-03"),
    ("The sides may hold a joint exercise in December.", "2019-07-29", "December", "2019-12"),
    ("More exercises were planned for the autumn.", "2019-07-29", "autumn", "2019-FA"),
    ("The talks were held in March last year.", REF, "March last year", "2014-03"),
    ("Talks resume in early March.", REF, "early March", "2015-03"),
    ("Talks stalled in late November.", REF, "late November", "2014-11"),
    ("The plant opens in mid-November.", "1989-10-30", "mid-November", "1989-11"),
    ("The troops will withdraw by the end of the year.", REF, "the end of the year", "2015"),
    ("We met during the weekend.", "1998-02-09", "the weekend", "1998-W06-WE"),
    ("Prices fell over the past weekend.", "1998-02-09", "the past weekend", "1998-W06-WE"),
    ("The store will open in the current fiscal year.", "1989-10-26", "the current fiscal year",
     "1989"),
    ("Attacks continued into the 2016 season.", REF, "2016", "2016"),
    ("The decision was made last April.", "1998-08-10", "last April", "1998-04"),
    # the month just gone is "last month": "last February", told in March, is a year back,
    # while "last December", told in January, is the one just gone
    ("Two helicopters crashed last February.", "1998-03-01", "last February", "1997-02"),
    ("Two helicopters crashed last July.", "1998-08-20", "last July", "1997-07"),
    ("Two helicopters crashed last December.", "1998-01-20", "last December", "1997-12"),
    ("It was the warmest on record this century.", REF, "this century", "20"),
    ("They met on New Year’s Day.", REF, "New Year’s Day", "2015-01-01"),
    ("Sales have been weak since Christmas.", REF, "Christmas", "2014-12-25"),
    ("Markets reopen after Easter.", "2016-03-20", "Easter", "2016-03-27"),
    ("Markets were shut on Good Friday.", "2016-03-29", "Good Friday", "2016-03-25"),
    ("Sales rose on Boxing Day.", REF, "Boxing Day", "2014-12-26"),
    # the Persian new year: the first day of the Solar Hijri year, 20 or 21 March
    ("The talks resume after Nowruz.", "2015-03-02", "Nowruz", "2015-03-21"),
    ("Iranians celebrated Norouz with their families.", "2016-04-02", "Norouz", "2016-03-20"),
    # A holiday's week is the ISO week that holds it; its weekend, the one nearest it.
    ("Pilgrims prayed in the square as Easter week began.", "2016-03-21", "Easter week",
     "2016-W12"),
    ("Roads were jammed over the Labor Day weekend.", "2015-09-10", "Labor Day weekend",
     "2015-W36-WE"),
    ("Shops will stay open through Thanksgiving weekend.", "2015-11-02",
     "Thanksgiving weekend", "2015-W48-WE"),
    ("The drills were held this past weekend.", REF, "this past weekend", "2015-W03-WE"),
    ("Exports grew in the first half of the year.", REF, "the first half of the year", "2015-H1"),
    ("The deal was signed late last year.", REF, "late last year", "2014"),
    ("Deliveries start in early 2016.", REF, "early 2016", "2016"),
    ("It happened in the winter of nineteen ninety-four.", REF, "winter of nineteen ninety-four",
     "1994-WI"),
]

DAY_WORDS = [
    ("The minister arrived today.", REF, "today", "2015-01-22"),
    ("The minister arrived yesterday.", REF, "yesterday", "2015-01-21"),
    ("The minister arrives tomorrow.", REF, "tomorrow", "2015-01-23"),
    ("He spoke late yesterday.", REF, "late yesterday", "2015-01-21"),
    ("He will speak tonight.", REF, "tonight", "2015-01-22"),
    ("They met the day before yesterday.", REF, "the day before yesterday", "2015-01-20"),
    ("Relations are currently at their highest level.", REF, "currently", "PRESENT_REF"),
    ("Now the market has crashed.", REF, "Now", "PRESENT_REF"),
    ("Iran recently bought drones.", REF, "recently", "PAST_REF"),
    ("Talks will continue in the future.", REF, "the future", "FUTURE_REF"),
    ("It will take effect in the near future.", REF, "the near future", "FUTURE_REF"),
    ("In recent years this cooperation has widened.", REF, "recent years", "PAST_REF"),
    ("Ties were closer in the past.", REF, "the past", "PAST_REF"),
    ("More talks are expected in the coming days.", REF, "the coming days", "FUTURE_REF"),
]

CHAINED = [
    ("The talks began on Monday. The following day they signed.", REF, "The following day",
     "2015-01-20"),
    ("The talks began on Monday. The next day they signed.", REF, "The next day", "2015-01-20"),
    ("They met on January 5. Two days later they signed.", REF, "Two days later", "2015-01-07"),
    ("They met on January 5 and signed the day after.", REF, "the day after", "2015-01-06"),
    ("They met on January 5; the day before, they had talked.", REF, "the day before",
     "2015-01-04"),
    ("He arrived on Monday. On the same day he met the admiral.", REF, "the same day",
     "2015-01-19"),
    ("He arrived on Monday and met the admiral that day.", REF, "that day", "2015-01-19"),
    ("They signed in March 2010. A year later the deal collapsed.", REF, "A year later", "2011-03"),
    ("Profit was $5 in the third quarter, up from $4 a year earlier.", "1989-10-26",
     "a year earlier", "1988-Q3"),
    ("Profit rose in the third quarter from a year ago.", "1989-10-26", "a year ago", "1988-Q3"),
    ("Profit rose in the third quarter. The quarter was strong.", "1989-10-26", "The quarter",
     "1989-Q3"),
    ("Sales in the third quarter rose from the year-earlier quarter.", "1989-10-26",
     "the year-earlier quarter", "1988-Q3"),
    ("The war began in 2003. The following year, elections were held.", REF,
     "The following year", "2004"),
    ("The crisis began in 2003 and ended the following month.", REF, "the following month",
     "2003"),
    ("The crisis began in March 2003 and ended the following month.", REF,
     "the following month", "2003-04"),
    ("Talks opened on Jan. 3, 2010. The previous week, envoys had met.", REF,
     "The previous week", "2009-W52"),
    ("Talks opened on Jan. 3. Five days later they broke down.", REF, "Five days later",
     "2015-01-08"),
    ("Last month, Novak visited Tehran. Two days later, a deal was signed.", REF,
     "Two days later", "2014-12"),
    ("They met on Monday to discuss the 2015 deal. The following day they signed.", REF,
     "The following day", "2015-01-20"),
    ("Osipov met Khanzadi on Monday about the Tehran-Moscow 2015 agreement. The same day he "
     "left.", REF, "The same day", "2015-01-19"),
    ("The war began in 2003. The following day, riots broke out.", REF, "The following day",
     "2003"),
    # with no date told before, "the previous year" is the one before the reference, as
    # "the following year" is the one after it
    ("Exports rose 5% from the previous year.", REF, "the previous year", "2014"),
    ("Exports will rise the following year.", REF, "the following year", "2016"),
    ("The envoys meet again a week from today.", REF, "a week from today", "2015-W05"),
    ("The frigate sank a year and a half ago.", REF, "a year and a half ago", "2013-07"),
    ("The frigate sank two and a half years ago.", REF, "two and a half years ago", "2012-07"),
    ("The deal was signed in March 2010. A year and a half later it collapsed.", REF,
     "A year and a half later", "2011-09"),
    ("The frigate sank two and a half weeks ago.", REF, "two and a half weeks ago", None),
    ("The plant opens two years from today.", REF, "two years from today", "2017"),
    ("Arrivals fell 3% from the previous month.", REF, "the previous month", "2014-12"),
    ("In 2012 exports fell. The previous year they had risen.", REF, "The previous year",
     "2011"),
]


@pytest.mark.parametrize(
    ("text", "reference", "mention", "expected"),
    WEEKDAYS + MONTH_DAYS + EXPLICIT + CALENDAR_RELATIVES + DAY_WORDS + CHAINED,
)
def test_mention_value(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


MODIFIERS = [
    ("Deliveries start early next year.", "early next year", "START"),
    ("The deal was signed late last year.", "late last year", "END"),
    ("Talks resume in early March.", "early March", "START"),
    ("By mid-2016 the deliveries were complete.", "mid-2016", "MID"),
    ("The troops will withdraw by the end of the year.", "the end of the year", "END"),
    ("Talks resume in March.", "March", None),
    # an open span before or after a year, with its hyphen only
    ("Exports are back at pre-2015 levels.", "pre-2015", "BEFORE"),
    ("The post-1991 order is over.", "post-1991", "AFTER"),
    ("Stocks fell below pre-1990s highs.", "pre-1990s", "BEFORE"),
    ("The firm expects to post 2015 results in March.", "2015", None),
    ("The company will post 2016 figures on Friday.", "2016", None),
]


@pytest.mark.parametrize(("text", "mention", "mod"), MODIFIERS)
def test_modifier(text, mention, mod):
    found = [m for m in find_mentions(text, dt.date.fromisoformat(REF)) if m.text == mention]
    assert [m.modifier for m in found] == [mod]


APPROXIMATE = [
    ("The plant opened about 2015.", "2015", True),
    ("The talks began around March.", "March", True),
    ("They met nearly two years ago.", "nearly two years ago", True),
    ("Deliveries start in early 2016.", "early 2016", True),
    ("Deliveries started in 2016.", "2016", False),
    ("The deal was signed sometime in May.", "May", True),
]


@pytest.mark.parametrize(("text", "mention", "approximate"), APPROXIMATE)
def test_approximate(text, mention, approximate):
    found = [m for m in find_mentions(text, dt.date.fromisoformat(REF)) if m.text == mention]
    assert [m.approximate for m in found] == [approximate]


APPOSED_WEEKDAYS = [
    # the weekday told after a date is that date's own, not a second date
    ("The envoy was shot on Jan. 16, a Friday, in Aleppo.", "2015-01-16"),
    ("The envoy was shot on Jan. 16, a Friday night.", "2015-01-16"),
    ("The talks open on Jan. 27, which was a Tuesday in the plan.", "2015-01-27"),
    ("The embassy was stormed on Nov. 4, 1979, a Sunday.", "1979-11-04"),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_WEEKDAYS)
def test_a_weekday_apposed_to_a_date_is_that_date(text, expected):
    assert [m.value for m in find_mentions(text, dt.date.fromisoformat(REF))] == [expected]


def test_a_weekday_used_as_an_adjective_after_a_date_is_no_apposition():
    found = find_mentions("On Jan. 5, a Sunday newspaper said the talks had failed.",
                          dt.date.fromisoformat(REF))
    assert [(m.text, m.value) for m in found] == [("Jan. 5", "2015-01-05")]


def test_a_weekday_after_a_date_in_a_list_stays_a_date_of_its_own():
    found = find_mentions("They met on Jan. 16 and again on Tuesday.",
                          dt.date.fromisoformat(REF))
    assert [m.value for m in found] == ["2015-01-16", "2015-01-20"]


DAY_OF_A_NAMED_YEAR = [
    # "on March 3 last year" is one date in the year named, whatever the tense
    ("The frigate docked on March 3 last year.", "March 3 last year", "2014-03-03"),
    ("Deliveries begin on 1 February of next year.", "1 February of next year", "2016-02-01"),
    ("The deal was signed on Jan. 5 this year.", "Jan. 5 this year", "2015-01-05"),
    ("The frigate docked on Friday, March 7 last year.", "Friday, March 7 last year",
     "2014-03-07"),
    # a sentence or a possessive after the day is no year of its own
    ("The frigate docked on March 3. Last year it sailed twice.", "March 3", "2014-03-03"),
    ("He met on March 3 last year's winner.", "March 3", "2014-03-03"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), DAY_OF_A_NAMED_YEAR)
def test_a_day_of_a_named_year(text, mention, expected):
    assert value_of(text, REF, mention) == expected


SPELLED_DAYS = [
    # the day in words, as a broadcast transcript writes it
    ("The vote is this coming Sunday, January twenty-fifth.",
     "this coming Sunday, January twenty-fifth", "2015-01-25"),
    ("The envoys met on Sunday, January eighteenth.", "Sunday, January eighteenth",
     "2015-01-18"),
    ("The envoys met on the fifth of January.", "the fifth of January", "2015-01-05"),
    ("Markets crashed on October nineteenth, officials said.", "October nineteenth",
     "2014-10-19"),
    ("The treaty was signed on the third of March, 1998.", "the third of March, 1998",
     "1998-03-03"),
    # an ordinal that goes on with a noun is no day
    ("Profit rose in the December second quarter.", "December", "2014-12"),
    ("It was the first of January's storms.", "January", "2015-01"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SPELLED_DAYS)
def test_a_day_in_words(text, mention, expected):
    assert value_of(text, REF, mention) == expected


WEEKDAY_OF_A_NAMED_WEEK = [
    # the weekday of the week named, not the nearest one (a Thursday story)
    ("The envoys met on Tuesday last week.", REF, "Tuesday last week", "2015-01-13"),
    ("The envoys met on Tuesday of last week.", REF, "Tuesday of last week", "2015-01-13"),
    ("The envoys meet on Thursday next week.", "2015-01-19", "Thursday next week",
     "2015-01-29"),
    ("The envoys meet on Friday of this week.", REF, "Friday of this week", "2015-01-23"),
    # Sunday ends an ISO week but starts a week that begins on Sunday: left to the tense
    ("The drills began on Sunday this week.", REF, "Sunday this week", "2015-01-18"),
    # a new clause or a possessive after the weekday names no week of it
    ("The envoys met on Tuesday; last week they talked.", REF, "Tuesday", "2015-01-20"),
    ("The envoys met on Tuesday last week's envoy.", REF, "Tuesday", "2015-01-20"),
]


WEEKDAY_OF_A_NAMED_WEEK += [
    # the nth weekday of a month is that day, not "last Sunday" and "July" apart
    ("The parade will be held on the last Sunday of July.", "2019-07-10",
     "the last Sunday of July", "2019-07-28"),
    ("The court opens on the first Monday in October.", "2019-07-10",
     "the first Monday in October", "2019-10-07"),
    ("The vote fell on the second Tuesday of March 2016.", REF,
     "the second Tuesday of March 2016", "2016-03-08"),
    ("He left last Sunday, officials said.", "2019-07-10", "last Sunday", "2019-07-07"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), WEEKDAY_OF_A_NAMED_WEEK)
def test_a_weekday_of_a_named_week(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected
