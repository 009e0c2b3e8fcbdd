"""English: the date words of news English (the first language in this layout).

The English date engine (``chronology/dates/``) builds its regexes from these tables; the
extraction rules for English still keep their own word lists (``chronology/extraction``).
"""

from __future__ import annotations

CODE = "en"
NAME = "English"
SCRIPT = "latin"
# Frequent function words, for telling English from other Latin-script languages.
VOCABULARY = ("the", "and", "of", "to", "in", "said", "on", "with", "for", "was")

# Month names and abbreviations, by month number; matched case-sensitively ("May", not "may").
MONTH_NAMES = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                "fri": 4, "sat": 5, "sun": 6}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "a few": None, "several": None, "few": None, "some": None,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
# The words of spelled-out years ("nineteen ninety-six", "two thousand and five").
WORD_VALUES = {
    "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

# Number words of counted spans ("two days later", "a couple of weeks"), in regex order.
COUNT_WORDS = ("a couple of", "a few", "an", "a", "one", "two", "three", "four", "five", "six",
               "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
               "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
               "forty", "fifty", "several", "few")
UNITS = ("day", "week", "month", "year", "decade", "quarter", "century")  # singular; +s
SPELLED_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SPELLED_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen")
SPELLED_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SPELLED_CENTURIES = ("seventeen", "eighteen", "nineteen")  # "nineteen ninety-six"
# Part of a period ("early March", "the end of 2015", "the first half of"), regex phrases.
MODIFIERS = (r"early", r"late", r"mid",
             r"the\s+(?:end|beginning|start|middle|turn|close)\s+of",
             r"the\s+(?:early|late|mid|first\s+half\s+of|second\s+half\s+of)")
DAY_PARTS = ("morning", "afternoon", "evening", "night")
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
# Words that refer back to a date the text told before: "at the time", "later in the day".
# They take that date, or are left out when the text told none (never guessed).  The span
# is the last two words ("the time", "the day"), as in TimeML.
ANAPHORIC_TIME = ("at the time", "at that time")  # only before a comma or a full stop
ANAPHORIC_DAY = ("later in the day", "earlier in the day")
ANAPHORIC_DETERMINERS = ("that", "that same", "the same")  # "that day", "the same year"

# Tense around a mention (``chronology/dates/context.py`` keeps the core markers; these
# refine them).  A verb that sends the infinitive of its object ahead even when it is past
# ("asked Iran to sign on Monday"); after any other past verb the infinitive is past too
# ("made it hard to meet demand well into the summer").
DIRECTIVE_VERBS = ("asked", "invited", "urged", "told", "called", "ordered", "planned",
                   "expected", "wanted", "scheduled", "set")
# Planning with an object: the plan's date lies ahead ("planned a rally on Saturday").
PLAN_WORDS = ("planned", "plans", "planning")
# Meetings told in the present tense are schedules ("Netanyahu and Arafat meet Monday").
SCHEDULED_PRESENT = ("meet", "meets", "visit", "visits", "travel", "travels")
# Words before a present form that make it no schedule ("did not meet on Monday").
NOT_SCHEDULED_BEFORE = ("did", "didn't", "didn’t", "not", "never", "to", "could", "would")
# A new date for something put off lies ahead ("postponed until Tuesday").
POSTPONE_VERBS = ("postponed", "delayed", "adjourned", "deferred", "put off", "pushed back")
# Words before an -ed form that make it an adjective ("a still unspecified date").
ADJECTIVE_CUES = ("a", "an", "the", "its", "his", "her", "their", "still", "newly", "so",
                  "very", "more", "most", "less")

# Vague periods of the writer's past and future (TimeML PAST_REF, FUTURE_REF), regex
# phrases added to the fixed ones of the tagger ("recently", "the future"); "long-term"
# and "short-term" before a noun are adjectives, not periods.
PAST_REF_PHRASES = (r"past\s+(?:years|decades)",
                    r"the\s+(?:past|last)\s+(?:several|few)\s+(?:weeks|months|quarters|years)")
FUTURE_REF_PHRASES = (r"the\s+(?:near|short)\s+term(?!-)",
                      r"(?:future|upcoming)\s+(?:months|quarters|years)",
                      r"(?:the\s+)?coming\s+quarters")
# Words that make a weekday or a month a recurring time, a TimeML SET ("each July").
SET_WORDS = ("each", "every")
