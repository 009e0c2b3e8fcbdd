"""Anaphora: "the day", "that day", "the same day", "that year", "the end of the year",
"at the time" take the date told before them, or are left out when none was told."""

from __future__ import annotations

import pytest
from datecases import mention_texts, value_of

REF = "2015-01-22"  # a Thursday

RESOLVED = [
    ("Talks opened on March 2, 2009. Later in the day, envoys left.", "the day", "2009-03-02"),
    ("Talks opened on March 2, 2009. Earlier in the day, envoys met.", "the day", "2009-03-02"),
    ("He arrived on Monday and met the admiral that day.", "that day", "2015-01-19"),
    ("He arrived on Monday. On the same day he met the admiral.", "the same day",
     "2015-01-19"),
    ("He arrived on Monday. That same day he left.", "That same day", "2015-01-19"),
    ("The war began in 2003. Later that year, elections were held.", "that year", "2003"),
    ("The war began in March 2003. That month, riots broke out.", "That month", "2003-03"),
    ("The war began in 2003. The same year, riots broke out.", "The same year", "2003"),
    ("The war began in 2003. That same year, riots broke out.", "That same year", "2003"),
    ("He left on Tuesday, and that same week the rebels attacked.", "that same week",
     "2015-W04"),
    ("The war began in 2003. By the end of the year, riots had spread.",
     "the end of the year", "2003"),
    ("Talks began in May 2003, and by the end of the month a deal was signed.",
     "the end of the month", "2003-05"),
    ("He spoke in a speech in May 2010, saying at the time, that he was ready.", "the time",
     "2010-05"),
    ("The deal was signed in 2009. At that time, sanctions were in force.", "that time", "2009"),
    # A future clause does not speak of a year that is over: the reference's year.
    ("Sales fell in 2013. The troops will withdraw by the end of the year.",
     "the end of the year", "2015"),
    # With no date told before, "the end of the year" is the current year (news usage).
    ("The troops will withdraw by the end of the year.", "the end of the year", "2015"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), RESOLVED)
def test_anaphor_takes_the_date_told_before(text, mention, expected):
    assert value_of(text, REF, mention) == expected


NO_ANTECEDENT = [
    "That day, nobody came to the talks.",
    "The same day he met the admiral.",
    "Later that year they left Tehran.",
    "At the time, nobody knew about the deal.",
    "Later in the day the envoys left.",
    "They stayed in that same month.",
]


@pytest.mark.parametrize("text", NO_ANTECEDENT)
def test_anaphor_with_nothing_told_before_is_left_out(text):
    assert mention_texts(text, REF) == []


NOT_ANAPHORA = [
    # "at the time of X" and "at the time X happened" point forward, not back to a date.
    ("The war began in 2003. At the time of the attack he was away.", ["2003"]),
    ("The war began in 2003. At the time he was captured, rebels ruled.", ["2003"]),
    ("The war began in 2003. During the day Friday, he played.", ["2003", "Friday"]),
]


@pytest.mark.parametrize(("text", "mentions"), NOT_ANAPHORA)
def test_forward_references_are_not_anaphora(text, mentions):
    assert mention_texts(text, REF) == mentions


def test_the_end_of_the_year_after_a_decade_is_the_current_year():
    text = "Prices rose in the 1990s. By the end of the year, rates had fallen."
    assert value_of(text, REF, "the end of the year") == "2015"


ANTECEDENT_TOO_COARSE = [
    # Only the month or year was told: the day (week, month) "that" points to was not.
    ("Prices fell in October. Dealers who sold that day lost money.", ["October"]),
    ("The strike began in 2003. The same day, riots broke out.", ["2003"]),
    ("The war began in 2003. That week, riots broke out.", ["2003"]),
    ("Prices rose in the 1990s. That year, rates fell.", ["the 1990s"]),
]


@pytest.mark.parametrize(("text", "mentions"), ANTECEDENT_TOO_COARSE)
def test_anaphor_finer_than_its_antecedent_is_left_out(text, mentions):
    assert mention_texts(text, REF) == mentions


def test_counting_from_a_coarse_date_keeps_its_precision():
    # Not an anaphor: "two days later" counts from the month told, and keeps its precision.
    text = "Prices fell last month. Two days later, dealers sold."
    assert value_of(text, REF, "Two days later") == "2014-12"


APPOSITION = [
    # A day set off by a comma after a date is that date.
    ("Shares fell on Oct. 12, the day before the crash, and again later.", "the day",
     "2014-10-12"),
    ("The deal was signed on March 3, 2009, the day after the vote.", "the day", "2009-03-03"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), APPOSITION)
def test_the_day_in_apposition_is_the_date_named(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize("text", [
    "He left the day before the vote.",  # the vote's date is not told: left out
    "Talks began in October, the day before the vote.",  # only the month is told
])
def test_the_day_before_an_event_is_not_guessed(text):
    assert "the day" not in mention_texts(text, REF)


SEASONS_AND_DAY_PARTS = [
    # A season after "that" or "the following" is of the date told, not the reference's.
    ("The rebels attacked in 1995. That summer, the army left.", "That summer", "1995-SU"),
    ("The rebels attacked in May 1995. The following winter, the army left.",
     "The following winter", "1996-WI"),
    ("The rebels attacked in May 1995. The previous winter, the army left.",
     "The previous winter", "1995-WI"),
    # "that night" is the day told.
    ("The rebels attacked on Monday. That night, the army left.", "That night", "2015-01-19"),
    ("The rebels attacked on Monday. That same evening, the army left.", "That same evening",
     "2015-01-19"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SEASONS_AND_DAY_PARTS)
def test_seasons_and_day_parts_take_the_date_told(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "mentions"), [
    ("That summer, the army left.", []),
    ("The rebels attacked in the 1990s. That summer, the army left.", ["the 1990s"]),
    ("That night, the army left.", []),
    ("The rebels attacked in March. That night, the army left.", ["March"]),
])
def test_seasons_and_day_parts_without_their_date_are_left_out(text, mentions):
    assert mention_texts(text, REF) == mentions


@pytest.mark.parametrize("text", [
    "---\npublished: 2023-04-02\n---\nFlotilla returns\n\nThe flotilla docked in the port for a "
    "call. Two weeks later the ships arrived home, the commander said.",
    "Flotilla returns\nApril 2, 2023\nThe flotilla docked in the port for a call. Two weeks "
    "later the ships arrived home, the commander said.",
    "Flotilla returns\nMOSCOW, April 2 (AP) - The flotilla docked in the port for a call. Two "
    "weeks later the ships arrived home, the commander said.",
])
def test_the_articles_own_date_is_no_date_told_before(text):
    # the front matter, the date line and the dateline are the day of writing, not an event's
    assert value_of(text, "2023-04-02", "Two weeks later") is None


def test_a_date_told_in_the_story_under_its_date_line_is_counted_from():
    text = ("Flotilla returns\nApril 2, 2023\nThe flotilla left the port on March 1, the "
            "commander said. Two weeks later the ships arrived home.")
    assert value_of(text, "2023-04-02", "Two weeks later") == "2023-W11"


def test_a_date_told_in_hard_wrapped_wire_copy_is_counted_from():
    """The dateline opens the story even when its line is short: the date told on the next
    line is the story's, not the article's own (review)."""
    text = ("MOSCOW, April 10 (Reuters) - Russia delivered two\nMi-28 attack helicopters to Iran "
            "on March 3, the\nIranian defence ministry said in a short statement.\nTwo weeks "
            "later, Iranian pilots began training\nat a base near Moscow, the ministry added.")
    assert value_of(text, "2023-04-10", "Two weeks later") == "2023-W11"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # later than an event the text does not date: not counted from the day of writing
    ("Two weeks later, the grandmothers flew to Miami.", "Two weeks later", None),
    ("Three days later, the rebels took the town.", "Three days later", None),
    # a date told before: counted from it
    ("He was arrested on Monday. Two weeks later, he was freed.", "Two weeks later",
     "2015-W06"),
])
def test_later_with_no_date_told_is_left_out(text, mention, expected):
    assert value_of(text, REF, mention) == expected


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), [
    # a past act by the year's end, no year told, in January: the year before's end
    ("The army received two helicopters by year's end, the agency reported.", "2024-01-20",
     "year's end", "2023"),
    ("---\npublished: 2024-01-20\n---\nHelicopters delivered\n\nThe army received two "
     "helicopters by year's end, the agency reported.", "2024-01-20", "year's end", "2023"),
    # near misses: a future act is this year's end; a year told before is that year's
    ("The army will receive two helicopters by year's end, the agency reported.", "2024-01-20",
     "year's end", "2024"),
    ("In 2022, the firm signed a deal. By year's end, it had delivered two jets.",
     "2024-01-20", "year's end", "2022"),
    # a promise, a wish: the act is still ahead
    ("Russia promised to deliver the first Su-35 fighter jets to Iran by the end of the year.",
     "2023-03-15", "the end of the year", "2023"),
    # a past act earlier in the year is this year's
    ("The army received two helicopters earlier in the year, the agency reported.",
     "2024-06-20", "earlier in the year", "2024"),
])
def test_a_past_year_end_with_no_year_told(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


@pytest.mark.parametrize(("text", "mentions"), [
    # a name after "year's end" opens the clause: the date is still told
    ("By year's end Russia will deliver the first jets, an official said.", ["year's end"]),
    # near misses: a noun after "year-end" makes it an adjective
    ("Year-end results were strong, the firm said.", []),
    ("The firm paid its year-end bonus on time.", []),
])
def test_year_end_before_a_name(text, mentions):
    assert mention_texts(text, "2023-03-14") == mentions


# "the following Thursday", "the previous Friday": the first such weekday after (before) the
# day told before, not the one next to the day of writing; left out when no day was told.
SEQUENCE = [
    ("He was arrested on Jan. 4, 2013 and released the following Thursday.",
     "the following Thursday", "2013-01-10"),
    ("The talks began on March 2, 2009. The deal was signed the next Monday.",
     "the next Monday", "2009-03-09"),
    ("The ceasefire took hold on Oct. 12, 2014, after clashes the previous Friday.",
     "the previous Friday", "2014-10-10"),
    ("The talks opened in March 2009 and broke down the following Monday.",
     "the following Monday", None),
    ("He was released the following Thursday.", "the following Thursday", None),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SEQUENCE)
def test_a_weekday_in_sequence_counts_from_the_day_told_before(text, mention, expected):
    assert value_of(text, REF, mention) == expected
    if expected is None:  # nor read as another weekday
        assert not any("day" in m.lower() for m in mention_texts(text, REF))


# A clause ahead of a day that is over counts from the day of writing ("docked on Oct. 3 …
# will return the following Thursday"), and "the next Monday" with no day told before is
# next Monday, as "next Monday" is (review of the sequence rule).
@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The frigate docked in Bandar Abbas on Jan. 3. It will return the following Thursday.",
     "the following Thursday", "2015-01-29"),
    ("A Russian delegation will arrive in Tehran the next Monday.", "the next Monday",
     "2015-01-26"),
    ("The ships will arrive on Feb. 3 and leave the following Thursday.",
     "the following Thursday", "2015-02-05"),
])
def test_a_weekday_in_sequence_ahead_of_the_day_of_writing(text, mention, expected):
    assert value_of(text, REF, mention) == expected


# A day without a year, told in a sentence that opens with a month (or a day) with its
# year, or after a month with its year that times a past narrative's act in its sentence or
# the one before, up to three months before it, is of that year; else the reference's
# nearest.
SENTENCE_YEAR = [
    # a month inside the sentence after another preposition is no anchor (review F): the
    # reference's nearest
    ("The drills, the largest since July 2007, began on August 14.", "August 14",
     "2014-08-14"),
    # ... nor one in a relative clause, nor a day the telling happened on
    ("The hull, whose assembly began in July 2007, was delivered on August 14.", "August 14",
     "2014-08-14"),
    ("Work began in July 2007, the ministry said on August 14.", "August 14", "2014-08-14"),
    # a month with its year that times the act of a past narrative inside the sentence
    # anchors the day the narrative tells after it
    ("Crews started drilling in July 2007, testing the first well on August 14.",
     "August 14", "2007-08-14"),
    ("The yard laid the keel in May 2007, and the hull was floated out on June 30.",
     "June 30", "2007-06-30"),
    ("In March 2009 the envoys met again on April 2 in Geneva.", "April 2", "2009-04-02"),
    ("On March 2, 2009, talks opened, and a deal followed on March 20.", "March 20",
     "2009-03-20"),
    # the next sentence of the same past narrative: that year too; a sentence that turns to
    # the future, or to a telling, counts from the reference
    ("Work began in July 2007. The programme was launched on August 14.", "August 14",
     "2007-08-14"),
    ("Work began in July 2007. The programme will be launched on August 14.", "August 14",
     "2015-08-14"),
    ("Work began in July 2007. The minister said on August 14 it had ended.", "August 14",
     "2014-08-14"),
    # two sentences on: the reference's year
    ("Work began in July 2007. It was slow. The programme was launched on August 14.",
     "August 14", "2014-08-14"),
    # too far after the month named: the reference's year
    ("Work began in July 2007, and the minister said on December 14 it had ended.",
     "December 14", "2014-12-14"),
    # before the month named: the reference's year
    ("Work began in July 2007, the ministry said on January 14.", "January 14", "2015-01-14"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), SENTENCE_YEAR)
def test_a_day_takes_the_year_of_the_sentence(text, mention, expected):
    assert value_of(text, REF, mention) == expected


# A month without a year, told in a sentence that opens with a year ("In 2009,", "That
# year", "Later in the same year,"), is of that year, unless the tense puts it on the other
# side of the reference; a year inside the sentence sets no frame.
MONTH_IN_A_YEAR = [
    ("In 2009, the navy ordered two frigates in May.", "May", "2009-05"),
    ("Talks opened in July 2009. Later in the same year, a deal was signed in October.",
     "October", "2009-10"),
    ("The war began in 2003. That year, riots broke out in May.", "May", "2003-05"),
    ("Last year, the army bought tanks in March.", "March", "2014-03"),
    # a year inside the sentence, or in the sentence before: the reference's nearest
    ("The deal signed in 2009 was completed in May.", "May", "2014-05"),
    ("The deal was signed in 2009. The first ship arrived in May.", "May", "2014-05"),
    # the tense points the other way (a past March of the reference's year, told in
    # January): the reference's nearest, looking back
    ("This year, the navy took delivery in March.", "March", "2014-03"),
    # a month in the source the sentence cites after its act is when the source spoke, not a
    # month of the opening year; the framed clause's own month still is
    ("In 2009, Iran asked Russia for jets, according to a report released in May.", "May",
     "2014-05"),
    ("In 2009, Iran asked Russia for jets, a study published in May said.", "May", "2014-05"),
    ("In 2009, the minister said in May that talks had begun.", "May", "2009-05"),
    ("In 2009, the navy ordered frigates, and the first arrived in May.", "May", "2009-05"),
    # a month in what the source reports is the act's; the month the source spoke in is not
    ("In 2009, Russia began delivering jets, and media reported that the first arrived in "
     "May.", "May", "2009-05"),
    ("In 2009, Russia began delivering jets, the agency reported the first landed in May.",
     "May", "2009-05"),
    ("In 2009, the navy ordered frigates, the ministry said in May.", "May", "2014-05"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), MONTH_IN_A_YEAR)
def test_a_month_takes_the_year_that_opens_the_sentence(text, mention, expected):
    assert value_of(text, REF, mention) == expected


# "A month later" counts from the last date an act was told on: a deadline still ahead of
# the reference ("to ship the tanks by 2016") limits a plan and is skipped back over; a
# deadline already past, or a date that is no deadline, is counted from as before.
LATER_THAN_AN_ACT = [
    ("In August 2009, the firm won a contract. During the same month, a rival agreed to ship "
     "tanks by 2016. A month later, the army signed for jets.", "A month later", "2009-09"),
    ("In August 2009, the firm won a contract, and the first tanks arrived in 2016. "
     "A month later, the army signed for jets.", "A month later", "2016"),
    ("The navy ordered ships in 2009, to be delivered by 2011. A year later, the first keel "
     "was laid.", "A year later", "2012"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), LATER_THAN_AN_ACT)
def test_later_counts_from_an_act_not_a_deadline_ahead(text, mention, expected):
    assert value_of(text, REF, mention) == expected
