"""Value classes: quarters, vague past and future periods, the year's end, recurring
times (TimeML SET), and the words that only look like them."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import mention_texts, value_of

from chronology.dates import find_mentions

REF = "1989-10-26"  # a Thursday

VALUES = [
    ("Taxes will fall in future quarters.", "future quarters", "FUTURE_REF"),
    ("It does not bode well for coming quarters.", "coming quarters", "FUTURE_REF"),
    ("The economy will slow in coming months.", "coming months", "FUTURE_REF"),
    ("We do not minimize the challenges of the near term.", "the near term", "FUTURE_REF"),
    ("It could placate holders in the short term.", "the short term", "FUTURE_REF"),
    ("There were sell programs in past years, too.", "past years", "PAST_REF"),
    ("Sales were weak over the past several quarters.", "the past several quarters",
     "PAST_REF"),
    ("Rates have fallen in the last few months.", "the last few months", "PAST_REF"),
    ("Hate groups grew over the past year.", "the past year", "1988"),
    # a half of the year that owns it
    ("Profit fell in last year's second half.", "last year's second half", "1988-H2"),
    ("Sales rose in 1987's first half.", "1987's first half", "1987-H1"),
    ("Margins will widen in next year’s first half.", "next year’s first half", "1990-H1"),
    ("Exports will grow in the latter half of next year.", "the latter half of next year",
     "1990-H2"),
    ("Jobs will be cut by year end.", "year end", "1989"),
    ("Sales rose in 1987, and by year-end the plant had closed.", "year-end", "1987"),
    ("The merger should close by year's end.", "year's end", "1989"),
    ("Sales rose in 1987, and by year’s end the plant had closed.", "year’s end", "1987"),
    # "soon" in a future clause: the writer's near future
    ("The board will soon vote on the offer.", "soon", "FUTURE_REF"),
    ("The firm expects exports to soon reach 30% of sales.", "soon", "FUTURE_REF"),
    ("Creditors want the assets sold as soon as possible.", "as soon as possible", "FUTURE_REF"),
    # a time ahead, not named
    ("Analysts say the port will one day rival Rotterdam.", "one day", "FUTURE_REF"),
    ("Someday the plant may reopen.", "Someday", "FUTURE_REF"),
    ("Patients may, in a year or two, get organs sooner.", "a year or two", "FUTURE_REF"),
    ("The mill will restart in a week or two.", "a week or two", "FUTURE_REF"),
]


@pytest.mark.parametrize("text", [
    "The mill closed a year or two ago.",  # a past time, counted
    "The strike lasted a year or two.",  # how long
    "He lost his savings in a year or two of drought.",  # a stretch of time
])
def test_a_year_or_two_that_is_no_time_ahead(text):
    assert mention_texts(text, REF) == []


def test_a_year_s_end_before_a_noun_is_no_date():
    text = "The year's end rally lifted stocks."  # an adjective, as "year-end results"
    assert mention_texts(text, REF) == []


@pytest.mark.parametrize("text", [
    "The pilot was soon freed and flew home.",  # a past story: soon after its own time
    "Talks began soon after the ceasefire.",  # counted from an event
    "He may leave as soon as Friday.",  # counted from Friday
    "It is too soon to judge the plan.",
    "How soon the plant reopens is unclear.",
])
def test_soon_that_is_no_future_of_the_writer(text):
    assert value_of(text, REF, "soon") is None


@pytest.mark.parametrize(("text", "mention", "expected"), VALUES)
def test_value(text, mention, expected):
    assert value_of(text, REF, mention) == expected


def test_year_end_is_the_end_of_the_year():
    [m] = find_mentions("Jobs will be cut by year end.", dt.date.fromisoformat(REF))
    assert (m.value, m.modifier) == ("1989", "END")


RECURRING = [
    ("Orangemen march each July.", "July", "XXXX-07"),
    ("A flight leaves every Thursday from August 6.", "Thursday", "XXXX-WXX-4"),
    ("Flights leave Bombay on Tuesday nights.", "Tuesday", "XXXX-WXX-2"),
    # both weekdays of a pair recur
    ("Two ferries will sail on Friday and Saturday nights from May 2.", "Friday", "XXXX-WXX-5"),
    ("Two ferries will sail on Friday and Saturday nights from May 2.", "Saturday",
     "XXXX-WXX-6"),
    # a month "every year" or "annually", a weekday "every week" or "weekly", either side
    ("The festival is held every year in June.", "June", "XXXX-06"),
    ("Every year, in June, pilgrims arrive.", "June", "XXXX-06"),
    ("The festival takes place in June every year.", "June", "XXXX-06"),
    ("The festival is held annually in June.", "June", "XXXX-06"),
    ("The council meets weekly on Monday.", "Monday", "XXXX-WXX-1"),
    # a range of weekdays that recurs is the set of its first day, with no end date
    ("The office is open Monday-Friday every week.", "Monday-Friday", "XXXX-WXX-1"),
]


def test_a_yearly_habit_does_not_make_a_weekday_recur():
    found = find_mentions("The drills, held each year, began on Monday.",
                          dt.date.fromisoformat(REF))
    assert [(m.type, m.value) for m in found] == [("DATE", "1989-10-23")]


@pytest.mark.parametrize(("text", "mention", "expected"), RECURRING)
def test_recurring_times_are_sets_not_dates(text, mention, expected):
    found = [m for m in find_mentions(text, dt.date.fromisoformat(REF)) if m.text == mention]
    assert [(m.type, m.value) for m in found] == [("SET", expected)]


def test_a_recurring_range_of_weekdays_has_no_end_date():
    [m] = find_mentions("The office is open Monday-Friday every week.", dt.date.fromisoformat(REF))
    assert (m.type, m.value, m.end_value) == ("SET", "XXXX-WXX-1", None)


NOT_DATES = [
    "Sun posted its first quarterly loss as a public firm.",  # "quarterly", no quarter
    "Long-term rates fell, and short-term rates rose.",  # adjectives, not periods
    "The near-term outlook is poor.",
    "The year-end results were poor.",
    "Events of the past century shaped the fund.",
    "The talks will decide the future of the region.",  # a fate, not a time
    "For now, the plant stays shut.",  # "for the time being": how long, not when
    "One day he walked into the bank.",  # a day of the story, not named: left out
    "The repairs will take one day.",  # a duration
    "Riots broke out for the past three summers.",  # counted summers, not the vague past
    "It rained on each of the past two weekends.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_words_that_only_look_like_periods(text):
    assert mention_texts(text, REF) == []


DURATIONS = [
    # a stretch of unstated length up to now
    ("Rebels have shelled the town in recent days.", "recent days", "PXD"),
    ("Lenders have grown restless in recent months.", "recent months", "PXM"),
    ("In recent weeks, builders reported delays.", "recent weeks", "PXW"),
    # the whole of a period: how long, not when
    ("Demand will grow throughout the 2020s.", "the 2020s", "202"),
    ("Profit should rise throughout the fiscal year.", "the fiscal year", "1989"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), DURATIONS)
def test_durations_are_no_dates(text, mention, expected):
    found = [m for m in find_mentions(text, dt.date.fromisoformat(REF)) if m.text == mention]
    assert [(m.type, m.value) for m in found] == [("DURATION", expected)]


def test_recent_years_and_a_period_in_the_year_stay_dates():
    found = find_mentions("In recent years sales rose in the fiscal year.",
                          dt.date.fromisoformat(REF))
    assert [(m.text, m.type, m.value) for m in found] == [
        ("recent years", "DATE", "PAST_REF"), ("the fiscal year", "DATE", "1989")]


def test_a_single_weekday_night_is_a_date():
    assert value_of("He flew home on Tuesday night.", REF, "Tuesday night") == "1989-10-24"


REPORTS = [
    # A report on a quarter speaks of "this quarter" and "last year's quarter" of it.
    ("Net fell in the third quarter ended Sept. 30. This quarter's loss includes charges.",
     "1989-11-01", "This quarter", "1989-Q3"),
    ("Net fell in the third quarter. U.K. sales for last year's quarter were $3 million.",
     "1989-11-01", "last year's quarter", "1988-Q3"),
    ("Output rose this quarter.", "1989-11-01", "this quarter", "1989-Q4"),  # none named
    # "For the nine months": comparisons after it are of years, not of the quarter.
    ("Net rose in the third quarter. For the nine months, net rose from a year earlier.",
     "1989-11-01", "a year earlier", "1988"),
    ("Net rose in the third quarter. For the nine months, net was $3 million, compared with "
     "$2 million in the 1988 period.", "1989-11-01", "the 1988 period", "1988"),
    ("Net rose in the third quarter. In the nine months, net rose, and in the 1988 quarter it "
     "fell.", "1989-11-01", "the 1988 quarter", "1988-Q3"),
    # The quarter compared with a year before is the one reported on; a quarter told in
    # passing after it is not.
    ("Net rose 9% in the third quarter from $5 million a year ago. After a weak second "
     "quarter, margins grew. Costs were lower than in the year-earlier period.", "1989-11-01",
     "the year-earlier period", "1988-Q3"),
    ("Net rose 9% in the third quarter from $5 million a year ago. After a weak second "
     "quarter, margins grew. In the 1989 period, taxes were lower.", "1989-11-01",
     "the 1989 period", "1989-Q3"),
    ("Net rose in the third quarter, up from $4 a year earlier.", "1989-11-01",
     "a year earlier", "1988-Q3"),
    # The day a quarter ended is no time of its own to compare with: the quarter is.
    ("Sales for the third quarter ended Sept. 30 rose to $9 million from $7 million a year "
     "earlier.", "1989-11-01", "a year earlier", "1988-Q3"),
    ("Net for the quarter ending Sept. 30 rose from a year earlier.", "1989-11-01",
     "a year earlier", "1988-Q3"),
    ("Net rose in the third quarter. On Sept. 30, its debt was lower than a year earlier.",
     "1989-11-01", "a year earlier", "1988"),  # a day of its own: compared by year
    # Only a comparison of figures is made with the quarter; a sentence that opens with "A
    # year earlier" or "Two days later" tells when an act took place, counted from the day.
    ("Revenue for the quarter ended Sept. 30 rose 18%. Two days later, the two firms signed "
     "a supply contract.", "2023-11-08", "Two days later", "2023-10-02"),
    ("Revenue for the quarter ended Sept. 30 rose 18%. A year earlier, the firm signed a "
     "contract to supply rifles.", "2023-11-08", "A year earlier", "2022"),
    ("Orders for the quarter ended June 30 fell. A year earlier the firm opened a plant.",
     "2023-11-08", "A year earlier", "2022"),
    ("Revenue for the quarter ended Sept. 30 rose 18%, compared with a year earlier.",
     "2023-11-08", "a year earlier", "2022-Q3"),
    ("Net for the quarter ended Sept. 30 was $5 million. Sales were $48 million, up from $40 "
     "million a year earlier.", "2023-11-08", "a year earlier", "2022-Q3"),
    # Only "a year ago" compares with the period just named; "41 years ago" counts years.
    ("Crowds rallied in early December, 41 years ago.", "2000-01-15", "41 years ago", "1959"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), REPORTS)
def test_periods_of_a_report(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


def test_the_nine_months_change_the_subject_from_the_quarter_compared():
    text = ("Net fell in the third quarter from a year-earlier profit. For the nine months, "
            "net rose from year-earlier net of $2 million.")
    found = find_mentions(text, dt.date(1989, 11, 1))
    assert [(m.text, m.value) for m in found] == [
        ("the third quarter", "1989-Q3"), ("year-earlier", "1988-Q3"), ("year-earlier", "1988")]


def test_the_nine_months_is_no_mention_of_its_own():
    assert mention_texts("For the nine months, net rose.", "1989-11-01") == []


GRANULARITY = [
    ("The hearing is set for the week of March 6.", "2000-02-24", "the week of March 6",
     "2000-W10"),
    ("It began in the week of March 6, 2000.", "2015-01-22", "the week of March 6, 2000",
     "2000-W10"),
    ("The hearing is set for March 6.", "2000-02-24", "March 6", "2000-03-06"),
    # With no reference date, a month or a month-day keeps its unknown year.
    ("Talks resumed in October.", None, "October", "XXXX-10"),
    ("Talks resumed on March 5.", None, "March 5", "XXXX-03-05"),
    ("Talks resumed last October.", None, "last October", None),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), GRANULARITY)
def test_granularity(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


COUNTED_FROM = [
    ("The day before last Tuesday's hearing, he went home.", "2000-02-24",
     "The day before last Tuesday", "2000-02-21"),
    ("Two days after March 5, 2000, talks ended.", "2015-01-22", "Two days after March 5, 2000",
     "2000-03-07"),
    # A day counted from an event, not from a date, is left to the chain rules.
    ("Three days before the vote on Monday, he left.", "2000-02-24", "Monday", "2000-02-21"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), COUNTED_FROM)
def test_days_counted_from_a_date(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


QUARTER_WORDS = [
    ("Net rose in the third quarter, from $1.8 million for the corresponding period last "
     "year.", "1989-11-01", "the corresponding period last year", "1988-Q3"),
    ("Output rose in the corresponding quarter a year earlier.", "1989-11-01",
     "the corresponding quarter a year earlier", "1988-Q3"),
    # "The same period last year" with no quarter told is not a quarter it never named: a
    # half told, a year before; a period with no name ("the first seven months"), left out.
    ("In the first half of this year, exports rose 5 percent over the same period of last "
     "year.", "1998-08-11", "the same period of last year", "1997-H1"),
    ("In the first seven months of this year, exports rose 5 percent over the same period "
     "last year.", "1998-08-11", "the same period last year", None),
    ("Exports rose 5 percent over the same period last year.", "1998-08-11",
     "the same period last year", None),
    ("In the second quarter, exports rose 5 percent over the same period last year.",
     "1998-08-11", "the same period last year", "1997-Q2"),  # a quarter told: that one
    ("Costs were lower than in the year-ago quarter.", "1998-08-11", "the year-ago quarter",
     "1997-Q2"),  # a quarter by its own word: the latest finished one, a year before
    # The year-ago period is a comparison: "the quarter" after it is still the one reported
    # (of a fiscal quarter, it is "1989-QX": see the test of fiscal quarters below).
    ("Sales rose to $9 million in the second quarter from $7 million in the 1988 "
     "period. Margins in the quarter narrowed.", "1989-11-01", "the quarter", "1989-Q2"),
    ("Sales rose to $9 million in the fiscal second quarter from $7 million in the 1988 "
     "period. Margins in the quarter narrowed.", "1989-11-01", "the quarter", "1989-QX"),
    ("Sales rose to $9 million in the fiscal second quarter from $7 million in the 1988 "
     "period. Margins in the quarter narrowed.", "1989-11-01", "the 1988 period", "1988-Q2"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), QUARTER_WORDS)
def test_corresponding_periods(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


def test_quarter_to_quarter_is_no_quarter():
    text = "Net rose in the third quarter. The quarter-to-quarter comparison was good."
    assert mention_texts(text, "1989-11-01") == ["the third quarter"]


def test_the_quarter_of_a_fiscal_quarter_is_not_placed_in_the_calendar():
    # the fiscal quarter keeps its own label; "the quarter" said of it, and a year before
    # that, are of a calendar quarter the text does not name
    text = ("Orkney Foods said net rose in the fiscal second quarter. Sales rose in the quarter "
            "ended Sept. 30 from $40 million a year ago. Costs fell during the quarter.\n"
            "The latest period includes a gain.")
    found = find_mentions(text, dt.date(1989, 10, 26))
    assert [(m.text, m.value) for m in found if "Sept" not in m.text] == [
        ("the fiscal second quarter", "1989-Q2"), ("the quarter", "1989-QX"),
        ("a year ago", "1988-QX"), ("the quarter", "1989-QX"), ("The latest period", "1989-Q2")]


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a calendar quarter told before, or a quarter of its own with "fiscal"
    ("Net rose in the second quarter. Sales rose in the quarter ended June 30.", "1989-Q2"),
    ("Net rose in the fiscal second quarter. Sales rose in the third quarter.", "1989-Q3"),
])
def test_a_quarter_named_in_the_calendar_keeps_its_place(text, expected):
    assert find_mentions(text, dt.date(1989, 10, 26))[1].value == expected


# A clock time right before a weekday is the time of that day: one mention, its value the
# day (what an event is dated by) and its ISO-TimeML value the day with the time.
CLOCK_TIMES = [
    ("The polls closed at 9 a.m. Tuesday, officials said.", "9 a.m. Tuesday", "1989-10-24",
     "1989-10-24T09:00"),
    ("The quake struck at 4:30 a.m. EDT Wednesday.", "4:30 a.m. EDT Wednesday", "1989-10-25",
     "1989-10-25T04:30"),
    ("The rebels will free the hostages at 12 p.m. Saturday.", "12 p.m. Saturday",
     "1989-10-28", "1989-10-28T12:00"),
    # whatever names the day: a month-day, a full date, "yesterday", "today"
    ("The polls closed at 5 p.m. EST Oct. 9, officials said.", "5 p.m. EST Oct. 9",
     "1989-10-09", "1989-10-09T17:00"),
    ("The treaty was signed at 11 a.m. March 3, 1988.", "11 a.m. March 3, 1988", "1988-03-03",
     "1988-03-03T11:00"),
    ("The blast hit at 10:15 a.m. yesterday.", "10:15 a.m. yesterday", "1989-10-25",
     "1989-10-25T10:15"),
    # no clock before the day: the day alone
    ("The talks ended on Tuesday.", "Tuesday", "1989-10-24", "1989-10-24"),
]


@pytest.mark.parametrize(("text", "mention", "value", "timeml"), CLOCK_TIMES)
def test_a_clock_time_before_a_weekday_is_the_time_of_that_day(text, mention, value, timeml):
    [m] = find_mentions(text, dt.date.fromisoformat(REF))
    assert (m.text, m.value, m.precision, m.timeml_value) == (mention, value, "day", timeml)
    assert m.to_json()["timeml_value"] == timeml


# "on the 25th": a day of the month named alone is of the nearest month in the tense's
# direction; not a floor, a day of something or a century.
DAYS_ALONE = [
    ("The talks will resume on the 25th, the envoy said.", "the 25th", "1989-11-25"),
    ("The talks will resume on the 3rd.", "the 3rd", "1989-11-03"),
    ("He was killed on the 13th, police said.", "the 13th", "1989-10-13"),
    ("The rebels entered the town on the 28th, the army said.", "the 28th", "1989-09-28"),
    ("Troops arrived on the 31st, the army said.", "the 31st", "1989-08-31"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), DAYS_ALONE)
def test_a_day_of_the_month_named_alone(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize("text", [
    "The fire broke out on the 25th floor.",
    "The pilgrims rested on the 12th day of the march.",
    "The rally was held on the 25th anniversary of the revolution.",
])
def test_an_ordinal_before_a_noun_is_no_day(text):
    assert mention_texts(text, REF) == []


# "on the 25th" after a month told just before is of that month; a list of ordinals ("on
# the 14th, 15th and 16th of March", "the 2nd, 3rd and 4th floors") is no day named alone.
def test_a_day_alone_after_a_month_told_is_of_that_month():
    text = "The two sides began talks on March 3 and ended them on the 25th."
    assert value_of(text, REF, "the 25th") == "1989-03-25"


@pytest.mark.parametrize("text", [
    "The delegations held talks in Moscow on the 14th, 15th and 16th of March.",
    "Crews will refurbish the offices on the 2nd, 3rd and 4th floors.",
])
def test_a_list_of_ordinals_is_no_day_alone(text):
    values = [m.value for m in find_mentions(text, dt.date.fromisoformat(REF))]
    assert "1989-10-14" not in values and "1989-11-02" not in values
    assert not any(v.startswith("1989-10-1") or v.startswith("1989-11") for v in values)


# "so many years ago this month": the month (week, day) of the reference's, so many units
# before; one mention, not a year and the reference's month read apart.
@pytest.mark.parametrize(("text", "words", "value"), [
    ("The border reopened ten years ago this month.", "ten years ago this month", "1979-10"),
    ("The pact was signed two years ago this week.", "two years ago this week", "1987-W44"),
    ("The rebels took the town a year ago today.", "a year ago today", "1988-10-26"),
    ("The ferry sank a week ago today.", "a week ago today", "1989-10-19"),
])
def test_units_ago_this_month_are_that_month_so_many_units_before(text, words, value):
    assert value_of(text, REF, words) == value


# "the 15th of next month": that day of the month named, one mention.
@pytest.mark.parametrize(("text", "words", "value"), [
    ("Bids are due by the 15th of next month.", "the 15th of next month", "1989-11-15"),
    ("The talks resumed on the 3rd of this month.", "the 3rd of this month", "1989-10-03"),
    ("The convoy left on the 21st of last month.", "the 21st of last month", "1989-09-21"),
])
def test_a_day_of_a_month_named_relatively_is_that_day(text, words, value):
    assert value_of(text, REF, words) == value


# "a decade later" counted from a date told keeps its granularity, as "a year later" does:
# a year (a day's year), not the decade it falls in.
@pytest.mark.parametrize(("text", "words", "value"), [
    ("The mill was founded in 1962. A decade later it was sold.", "A decade later", "1972"),
    # a decade counts in years at least: counted from a month, it is that year
    ("The port opened in March 1950. Two decades later it closed.", "Two decades later",
     "1970"),
    ("The dam was finished on May 3, 1931. Five decades later it failed.", "Five decades later",
     "1981"),
])
def test_decades_counted_from_a_date_told_keep_its_granularity(text, words, value):
    assert value_of(text, REF, words) == value


# When the combined reading fails, the parts stand: a count of days "ago this week" is the
# count alone, a day the month named does not have leaves that month, a possessive after
# "ago this month" is not part of it, and "half a century later" is no century later.
@pytest.mark.parametrize(("text", "words", "value"), [
    ("Two days ago this week, the ships docked.", "Two days ago this week", "1989-10-24"),
    ("The talks begin on the 31st of next month.", "the 31st of next month", "1989-11"),
    ("Ten years ago this month's drill was cancelled.", "Ten years ago", "1979"),
    ("Ten years ago this month's drill was cancelled.", "Ten years ago this month", None),
    ("The base was built in the 1950s. Half a century later it closed.", "a century later",
     None),
])
def test_when_the_combined_reading_fails_the_parts_stand(text, words, value):
    assert value_of(text, REF, words) == value
