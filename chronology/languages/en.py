"""English: the date words of news English (the first language in this layout).

The English date engine (``chronology/dates/``) builds its regexes from these tables, and the
extraction rules (``chronology/extraction``) take their verbs, reporting verbs,
abbreviations, the words of names and places and the tag table from here: one place for
each English word list.
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

# Month names of other Latin-script languages (Spanish, Portuguese, Italian, French, German,
# Dutch, Scandinavian, Polish, Turkish, Indonesian), by month number, as the English services
# of sites abroad and pages translated into English print their own date line: "21 de abril,
# 2025", "9 Gennaio 2026", "måndag 25 augusti 2025". Read only in a publication line, a day
# before the name and a four-digit year after it; any case.
FOREIGN_MONTH_NAMES = (
    ("enero", "janeiro", "gennaio", "janvier", "januar", "jänner", "januari", "stycznia",
     "ocak"),
    ("febrero", "fevereiro", "febbraio", "février", "fevrier", "februar", "februari", "lutego",
     "şubat", "subat"),
    ("marzo", "março", "marco", "mars", "märz", "maerz", "maart", "marts", "marca", "mart",
     "maret"),
    ("abril", "aprile", "avril", "kwietnia", "nisan"),
    ("mayo", "maio", "maggio", "mai", "mei", "maj", "maja", "mayıs", "mayis"),
    ("junio", "junho", "giugno", "juin", "juni", "czerwca", "haziran"),
    ("julio", "julho", "luglio", "juillet", "juli", "lipca", "temmuz"),
    ("agosto", "août", "aout", "augusti", "augustus", "agustus", "sierpnia", "ağustos",
     "agustos"),
    ("septiembre", "setiembre", "setembro", "settembre", "septembre", "września", "wrzesnia",
     "eylül", "eylul"),
    ("octubre", "outubro", "ottobre", "octobre", "oktober", "października", "pazdziernika",
     "ekim"),
    ("noviembre", "novembro", "novembre", "listopada", "kasım", "kasim"),
    ("diciembre", "dezembro", "dicembre", "décembre", "decembre", "dezember", "desember",
     "grudnia", "aralık", "aralik"),
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
# The last of a year's parts, told with the year it ends ("the final quarter of 2019"; the
# date tagger's quarter rule): alone, "last quarter" is the one before the current.
LAST_ORDINALS = ("last", "final")
# A quarter of a game, not of a year (the date tagger's quarter rule): "the fourth quarter of
# Sunday's game", "a third-quarter touchdown".  GAME_NOUNS end "of ..." after the quarter;
# GAME_SCORE_NOUNS follow it (only scores no firm reports: a "fourth-quarter goal" may be a
# sales target).
GAME_NOUNS = ("game", "games", "match", "matches", "ballgame", "playoff", "playoffs",
              "Super Bowl", "showdown", "contest")
GAME_SCORE_NOUNS = ("touchdown", "touchdowns", "field goal", "field goals", "interception",
                    "interceptions", "fumble", "fumbles", "three-pointer", "three-pointers",
                    "free throw", "free throws", "layup", "layups", "dunk", "dunks", "punt",
                    "punts", "TD", "TDs")
# Days of the month in words ("March eighth", "the first of March"), 1 to 31.
_DAY_ORDINALS_1_9 = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                     "eighth", "ninth")
DAY_ORDINALS = (*_DAY_ORDINALS_1_9, "tenth", "eleventh", "twelfth", "thirteenth",
                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                "nineteenth", "twentieth", *(f"twenty-{w}" for w in _DAY_ORDINALS_1_9),
                "thirtieth", "thirty-first")
# A series told as begun in a year and now further on: "The first joint patrol was held in
# 2019" and "their ninth joint patrol" (done or under way) put the article some years after
# 2019, how many the text does not say (from a fifth one on: years.py, SERIES_FAR). An ordinal
# of a part of a period ("the second half", "the 21st century") is no later one of a series,
# and "first deputy", "first lady" no start of one.
SERIES_FIRST = r"\bfirst\b(?!\s+(?:half|quarter|week|day|month|year|century|deputy|vice|lady)\b)"
LATER_ORDINAL = (r"\b(?:" + "|".join(w.replace("-", r"[\s-]") for w in DAY_ORDINALS[1:])
                 + r"|(?!1st\b)\d{1,3}(?:st|nd|rd|th))"
                 r"(?=\s+(?!(?:of|half|quarter|week|day|month|year|century|time\s+since)\b)"
                 r"[a-z])")
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
# A span counted from an act ("comes just weeks after the drills", "hours before the talks"):
# its units, and the words that tie it to the act (TIME_DISTANCE_LINKS below)
SPAN_UNITS = UNITS + ("hour",)
# Verbs that take an infinitive as their object ("Israel wants to withdraw"): "plans to"
# is already a headline's present, and a headline never ends on them ("… wants")
INFINITIVE_VERBS = ("plan", "aim", "seek", "want", "hope", "intend", "expect", "vow", "agree",
                    "need", "continue", "prepare", "refuse", "threaten", "promise", "pledge",
                    "offer", "decide", "begin", "start", "wish", "mean", "tend", "appear", "seem",
                    "move")
# "A total of six jets landed": a quantity's lead before a number, whose noun is the head
# (the verb agrees with "jets"); a headline says "Six jets land"
TOTAL_LEADS = ("a total of", "the total of", "in total", "in all")
SPELLED_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SPELLED_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen")
SPELLED_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SPELLED_CENTURIES = ("seventeen", "eighteen", "nineteen")  # "nineteen ninety-six"
HUNDRED = "hundred"  # "a hundred years ago", "two hundred years later"
NUMBER_AND = "and"  # "a hundred and fifty", "two thousand and five"
# Part of a period ("early March", "the end of 2015", "the first half of"), regex phrases.
# "pre-1990", "post-1959" (with the hyphen only: "to post 2015 results" is a verb): an open
# span before or after the date, TimeML mod BEFORE / AFTER, never the time of an action.
# A part of a period told with "part of" or "in" ("the latter part of the year", "early in
# 1990", "late in the month"): the TimeML mod of the period named after it.
PERIOD_PART_MODS = {"early in": "START", "late in": "END", "the early part of": "START",
                    "the earlier part of": "START", "the first part of": "START",
                    "the latter part of": "END", "the later part of": "END",
                    "the last part of": "END", "the final part of": "END",
                    "the middle part of": "MID"}
# (regex pieces folded into the alternatives they share a first word with: each alternative
# is tried at every letter of a rule's windows)
PARTS_WITH_IN = "|".join(w.split()[0] for w in PERIOD_PART_MODS if w.endswith(" in"))
PARTS_OF = "|".join(w.split()[1] for w in PERIOD_PART_MODS if w.endswith(" part of"))
# Words of a reading on a scale near "the 80s" without its apostrophe ("highs in the 80s",
# "polling in the low 40s", "aged in the 70s"): a range of numbers, not a decade.
SCALE_READING_WORDS = ("degrees?", "temperatures?", "highs?", "lows?", "fahrenheit", "celsius",
                       "percent", "per cent", "%", "mph", "scores?", "scored", "aged?", "ages",
                       "polls?", "polling", "ratings?", "cents", "prices?", "yields?",
                       "speeds?", "weighs?", "weight", "heat")
MODIFIERS = (rf"(?:{PARTS_WITH_IN})(?:\s+in)?", r"mid", r"pre(?=-)", r"post(?=-)",
             r"the\s+(?:end|beginning|start|middle|turn|close)\s+of",
             rf"the\s+(?:(?:{PARTS_OF})\s+part\s+of|early|late|mid|first\s+half\s+of|"
             r"second\s+half\s+of)")
# Words of a clock time before a day ("noon Tuesday", "midnight Friday") and their time: a
# midnight named with a day is that day's end, when deadlines fall; its time is left out
# (ISO-TimeML's "T24:00" is no clock reading).
CLOCK_WORDS = {"noon": "T12:00", "midday": "T12:00", "midnight": None}
DAY_PARTS = ("morning", "afternoon", "evening", "night")
# A part of the day named from the day of writing: "this morning" is the reference's own,
# "last night" the night before it.  Only these pairs are said so ("last morning" is not;
# "this night" is old-fashioned).  TimeML calls them times of that day: "TMO", "TNI".
DAY_PART_FROM_TODAY = {"this": (0, ("morning", "afternoon", "evening")),
                       "last": (-1, ("evening", "night"))}
DAY_PART_CODES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
# "on the 25th" alone is a day of the month only before a stop or one of these words ("the
# talks resume on the 25th, officials said"; not "on the 25th floor", "on the 12th day").
DAY_ALONE_AFTER = ("that", "when", "but", "as", "after", "before", "at", "with", "to", "for",
                   "in", "until", "while", "because")
# ... but an ordinal that counts a series is no day: "the 30th in a row", "the 5th in succession"
ORDINAL_SERIES_AFTER = ("in a row", "in succession", "in a series", "in a sequence")
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
# Exercises named in Russian that English reports translate ("Center-2019" is "Центр-2019",
# "Caucasus-2020" "Кавказ-2020"): one edition however its name is written
# (``crosslang.designations``).
EDITION_NAMES = {"Center": "Центр", "Centre": "Центр", "Caucasus": "Кавказ", "East": "Восток",
                 "West": "Запад"}
# Words that refer back to a date the text told before: "at the time", "later in the day".
# They take that date, or are left out when the text told none (never guessed).  The span
# is the last two words ("the time", "the day"), as in TimeML.
ANAPHORIC_TIME = ("at the time", "at that time")  # only before a comma or a full stop
ANAPHORIC_DAY = ("later in the day", "earlier in the day")
ANAPHORIC_DETERMINERS = ("that", "that same", "the same")  # "that day", "the same year"
# Words that may open a sentence before the year it is set in ("In 2021, …", "Later in the
# same year, …", "Earlier that year …"): a month the sentence names without a year is of it.
YEAR_FRAME_OPENERS = ("in", "later in", "earlier in", "later", "earlier", "during", "then in")
# Words before "year" after a month, day, season, quarter or half that name the year of the
# date told before, or the year after or before it ("in March of that year", "the summer of
# the following year"); with no date told before, "that year" is no year and "the following
# year" counts from the reference's, as "the following year" alone does.
YEAR_TOLD = {**dict.fromkeys(ANAPHORIC_DETERMINERS, 0), "the following": 1, "the next": 1,
             "the previous": -1, "the preceding": -1, "the prior": -1}

# Words right before a possessive date that make its occasion one still to come ("ahead of
# Sunday's election", "preparing for Saturday's summit"); a possessive date is otherwise
# past ("Wednesday's ruling", "would look for ways around Wednesday's ruling").
AHEAD_OF_POSSESSIVE = ("ahead of", "in the run-up to", "in the runup to", "in advance of",
                       "in preparation for", "preparing for", "prepare for", "prepares for",
                       "gearing up for", "looking ahead to")
# Verbs of taking part in an occasion: in a form that looks ahead ("will attend Tuesday's
# meeting", "plans to host Friday's summit") the possessive date's occasion is still to come
# (not "will appeal Tuesday's ruling": an act on a thing already done).
ATTEND_POSSESSIVE_VERBS = ("attend", "host", "chair", "join", "take part in", "participate in",
                           "address", "boycott", "skip", "speak at", "lead", "be at")
# Occasions that are held on a day, as a possessive date's noun: "Tuesday's talks will …",
# "Sunday's vote is expected to …" (the occasion as the subject of a verb that looks ahead is
# still to come); not "Monday's agreement will …" (a thing done, its effect ahead).
HELD_OCCASIONS = ("vote", "election", "elections", "poll", "polls", "referendum", "hearing",
                  "debate", "match", "game", "race", "parade", "launch", "deadline",
                  "conference", "rally", "march", "protest", "strike")
# Prepositions that put a possessive date's occasion in a phrase: before it ("votes cast in
# Sunday's election will be counted": the occasion is no subject of "will") or after its noun
# ("Tuesday's talks in the capital will …": the noun's own modifier).
PHRASE_PREPOSITIONS = ("in", "of", "from", "at", "after", "on", "over", "about", "with", "by",
                       "since", "during", "for", "to", "into", "than", "between", "among")
# Words before a possessive date's occasion that wait for it ("must leave before Friday's
# deadline", "have until Friday's deadline"): ahead when the clause looks ahead.
WAITED_FOR_WORDS = ("before", "until", "till")
# Verbs after "will" that go on with an occasion already begun ("Tuesday's talks will
# resume …"): the possessive date stays past.
GOES_ON_VERBS = ("continue", "resume", "go on", "carry on")
# Tense around a mention (``chronology/dates/context.py`` keeps the core markers; these
# refine them).  A verb that sends the infinitive of its object ahead even when it is past
# ("asked Iran to sign on Monday"); after any other past verb the infinitive is past too
# ("made it hard to meet demand well into the summer").
DIRECTIVE_VERBS = ("asked", "invited", "urged", "told", "called", "ordered", "planned",
                   "expected", "wanted", "scheduled", "set", "subpoenaed", "summoned",
                   "instructed", "directed", "required")
# Infinitives that look ahead ("is ready to sign Friday", "ordered him to appear on
# Tuesday"); after a past verb that does not send them ahead they are past ("went to
# Moscow to sign the deal on Tuesday").
INFINITIVES_AHEAD = ("meet", "visit", "hold", "sign", "start", "begin", "open", "take",
                     "arrive", "travel", "attend", "launch", "resume", "vote", "announce",
                     "deliver", "end", "continue", "be", "appear", "testify", "leave",
                     "return", "decide", "rule", "report", "consider", "discuss", "review",
                     "release", "submit", "respond", "withdraw", "join", "act", "debate",
                     "speak", "address", "depart")
# Nouns of an intended act: their infinitive and its date lie ahead ("announced an agreement
# to acquire the bank in January", "a bid to buy it by June").
COMMITMENT_NOUNS = ("agreement", "accord", "deal", "offer", "bid", "proposal", "pledge",
                    "promise", "commitment", "plan")
# An earlier edition of a series named by an ordinal standing for its noun ("the third
# edition of the exercise, following the first off Karachi in January 2020", "the second such
# meeting following the first in Tokyo in April 2022"): words that open such a clause, words
# for an earlier edition besides the ordinals, and the words that may follow the ordinal.
EDITION_HISTORY_OPENERS = ("after", "following", "since", "succeeding")
EDITION_HISTORY_WORDS = ("previous", "last", "preceding", "inaugural", "earlier")
EDITION_HISTORY_NEXT = ("in", "off", "at", "on", "near", "held", "staged", "hosted")
# A share stated over a period ("providing 74 percent of its imports between 2017 and 2021"):
# the period measures a statistic, it dates no act.
# "…, and today flies 260 of them": the words that open a clause of the present state after a
# dated past act (extraction/dating.py).
PRESENT_CONTRAST_OPENERS = ("and", "but", "while", "whereas")
SHARE_WORDS = ("percent", "per cent", "%", "percentage", "share of")
# ... also after the period, as what the period's subject accounted for: "Between 2020 and
# 2024, Russia accounted for 36% of India's weapons imports" (verbs of a share).
SHARE_VERBS = ("accounted for", "accounts for", "account for", "made up", "makes up",
               "make up", "represented", "represents", "comprised", "constituted")
# A share in one year is a statistic too when its clause tells the share's size or change:
# "accounting for nearly 60 percent of its arsenal in 2020", "Russia's share of India's arms
# imports fell to 36 percent in 2023" (the verbs of a share's size or change).
# The verbs of a change tell a statistic only with a share noun as their subject ("Russia's
# share … fell to 36 percent"), not with an agent acting on an object ("Rostec increased its
# stake to 49 percent in 2019": an act).
SHARE_CHANGE_VERBS = ("fell", "fall", "falls", "rose", "rise", "rises", "dropped", "drops",
                      "declined", "declines", "grew", "grows", "increased", "increases",
                      "decreased", "decreases", "shrank", "slipped", "jumped", "climbed",
                      "stood at", "stands at")
SHARE_SIZE_VERBS = (*SHARE_VERBS, "accounting for", "making up", "representing",
                    *SHARE_CHANGE_VERBS)
# The verbs of an act that makes a document ("signed the January 17 Declaration", "the 11 June
# Agreement was signed"): a document is named after its signing day, which dates that act.
DOCUMENT_MAKING_VERBS = ("signed", "signs", "sign", "issued", "issues", "adopted", "adopts",
                         "concluded", "concludes", "inked", "inks")
# Words of a figure ("$33 million", "78 cents a share", "5%"): "compared with earnings of $33
# million last year" in a report of a quarter compares with that quarter a year before.
FIGURE_WORDS = ("million", "billion", "trillion", "cents", "cent", "points", "a share",
                *SHARE_WORDS[:3])
# The nouns of a figure's change and the words before the earlier figure it is measured
# from ("a 20 percent rise over its outlay of 2019", "the drop compared with 2021"): that time
# is a statistic's base, not the date of the sentence's act (``extraction/dating.py``).
CHANGE_NOUNS = ("increase", "rise", "jump", "growth", "hike", "drop", "decline", "decrease",
                "fall", "cut", "reduction")
CHANGE_BASE_WORDS = ("from", "over", "on", "compared with", "compared to")
# Relative words of time after a period ("up from $600 million last year, when Russia
# delivered …"): the clause tells what happened in that period, so it is the period named.
TIME_RELATIVE_WORDS = ("when", "during which", "in which")
# Words before a count of time units that tells how far apart two acts lie (", more than a
# year after India received …", ", just two days before the talks"): the phrase goes whole.
TIME_DISTANCE_QUALIFIERS = ("more than", "less than", "nearly", "almost", "about", "some",
                            "just", "only", "over", "barely", "roughly", "exactly")
TIME_DISTANCE_LINKS = ("after", "before", "since", "later", "earlier", "ago")
# Planning with an object: the plan's date lies ahead ("planned a rally on Saturday").
PLAN_WORDS = ("planned", "plans", "planning")
# Meetings told in the present tense are schedules ("Netanyahu and Arafat meet Monday").
SCHEDULED_PRESENT = ("meet", "meets", "visit", "visits", "travel", "travels", "leaves",
                     "returns", "flies", "heads", "goes")
# Words before a present form that make it no schedule ("did not meet on Monday").
# A modal with "have" and a participle speaks of the past ("may have been responsible for a
# drop on Wednesday", "could have left on Friday"), not of the future its modal alone marks;
# not "will have", "shall have": a future perfect still lies ahead.
PERFECT_MODALS = ("may", "might", "must", "should", "would", "could")
# A modal followed by these is past in meaning, no look ahead ("Talks held in July could
# not settle it", "may have stalled", "would later collapse"): with "have" after any of the
# PERFECT_MODALS, the rest after the modal they follow.
MODAL_PAST_AFTER = {"could": ("not", "never"), "would": ("later", "then", "eventually", "never")}
# A subject pronoun right before a past form is that verb's own subject ("the jets they
# bought in July will arrive"): the verb tells an act, no participle naming a noun.
SUBJECT_PRONOUNS = ("i", "we", "you", "he", "she", "it", "they")
NOT_SCHEDULED_BEFORE = ("did", "didn't", "didn’t", "not", "never", "to", "could", "would")
# Acts a wire lead tells in the simple present, as headlines do ("MINSK, Sept 12 (Reuters) -
# Belarus and Russia start joint military exercises near Brest"): the day's news, like "are
# holding"; not after a word that makes the form a noun or no act ("the start", "to sign").
PRESENT_ACTS = ("start", "starts", "begin", "begins", "launch", "launches", "hold", "holds",
                "stage", "stages", "conduct", "conducts", "sign", "signs", "deliver", "delivers",
                "receive", "receives", "deploy", "deploys", "complete", "completes")
# Of those, the ones a subject does with no object ("Drills begin in the Caspian"); the
# others take their object at once, so a preposition right after one makes it a noun
# ("Iranian drone launches against Ukraine rely on ...").
PRESENT_ACTS_WITHOUT_OBJECT = ("start", "starts", "begin", "begins")
# An act going on, told with "is"/"are": "The exercise is currently in progress", "Drills are
# under way": the day's news, like "are holding drills".
GOING_ON = ("in progress", "under way", "underway", "ongoing", "in full swing")
# Making a decision public, besides ``SPEECH_VERBS`` (``relevance``: a statement made during
# a trip is made there, not with the host).
MADE_PUBLIC = ("publicized", "publicised", "made public", "unveiled")
# ... said of an occasion (not of "preparations", "construction", "a purchase": a process).
GOING_ON_SUBJECTS = ("exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers",
                     "war games", "wargames", "patrol", "patrols", "talks", "visit", "summit",
                     "operation", "training")
PREPOSITIONS = ("against", "of", "on", "in", "at", "from", "by", "with", "for", "over", "into",
                "to", "across", "near", "under", "after", "before", "during")
# An object that is a share or a span "of" something makes the present a standing state, not
# the day's act ("receives most of its aircraft", "complete a decade of growth").
STATE_OBJECTS = ("most", "much", "all", "half", "part", "some", "many", "majority", "bulk",
                 "share", "third", "quarter", "decade", "decades", "years", "months", "century")
# Words that make a present form a habit, not the day's act ("hold drills every summer").
HABIT_WORDS = ("annually", "regularly", "usually", "traditionally", "routinely", "typically",
               "normally", "often", "customarily", "yearly")
# A new date for something put off, stopped or prolonged lies ahead ("postponed until
# Tuesday", "suspended until Monday", "the offer was extended to Nov. 16").
POSTPONE_VERBS = ("postponed", "delayed", "adjourned", "deferred", "put off", "pushed back",
                  "suspended", "extended", "rescheduled", "moved")
# A date moved "from X to Y" ("postponed from May to June", "the talks were pushed from
# Monday to Friday"): the act is the move, "to Y" its new date, no range from X to Y
# (``chronology/dates/combine.py``; not "suspended": "flights were suspended from May to June"
# is how long).
MOVED_FROM_TO = tuple(v for v in POSTPONE_VERBS if v != "suspended") + (
    "pushed", "shifted", "brought forward", "switched")
# Past verbs whose object may be set for a later month ("approved elections in July", "agreed
# talks in May"): unlike an act's own past verb ("arrived in China in July"), they do not
# place the month behind the report (``chronology/dates/context.py``, ``act_in``; with
# SPEECH_VERBS, DIRECTIVE_VERBS, SCHEDULE_WORDS, PLAN_WORDS and POSTPONE_VERBS).
AHEAD_OBJECT_VERBS = ("approved", "agreed", "proposed", "promised", "pledged", "vowed",
                      "offered", "decided", "arranged", "booked", "reserved", "fixed",
                      "earmarked", "targeted", "called", "sought", "requested", "urged")
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
                      r"(?:the\s+)?coming\s+quarters",
                      # "will soon", "as soon as possible"; not "soon after the vote" nor "as
                      # soon as Tuesday" (a time counted from another)
                      r"(?<!\bas\s)soon(?!\s+(?:after|afterwards|thereafter|before|as)\b)",
                      r"as\s+soon\s+as\s+possible",
                      # "will one day be", "could some day build": a time ahead, not named
                      "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("will", "would", "could",
                                                                   "might", "may", "can", "shall"))
                      + r")(?:one|some)\s+day(?!s)|someday",
                      # "in a year or two", "within a week or two": a time ahead, not named
                      r"(?<=\bin\s)a\s+(?:day|week|month|year)\s+or\s+two(?!\s+(?:ago|of)\b)")
# Words before "now" that make it no time: "for now" is "for the time being", how long.
NOT_NOW_BEFORE = ("for",)
# Words that may open a sentence before "Now," used as a turn of the discourse ("Now, the
# question is …", "But now, he said, …"): the comma shows it is not the time (TimeML
# leaves a discourse "now" untagged).
DISCOURSE_NOW_OPENERS = ("and", "but", "so")
# Words before "soon" that make it no time ahead: "too soon to say", "how soon".
NOT_SOON_BEFORE = ("too", "so", "how")
# The present in general, not the day of writing (TimeML PRESENT_REF): "today's world",
# "the youth of today", "at this crucial moment".  Nouns of ages, ways of life and groups
# of people; "today's meeting" or "today's vote" stay the day.
GENERIC_TODAY_NOUNS = ("world", "society", "societies", "youth", "young", "generation",
                       "generations", "children", "kids", "teenagers", "people", "families",
                       "economy", "culture", "standards", "technology", "era", "age")
PRESENT_REF_PHRASES = (r"this\s+(?:(?:very|crucial|critical|difficult|particular)"
                       r"\s+)?moment", r"current(?=\s+[a-z])")
# "current" before a noun is the present ("his current job"), "then current" the past;
# but not the current of a wire or the sea, nor the balance of payments.
CURRENT_NOT_TIME_BEFORE = ("alternating", "direct", "electric", "electrical", "ocean", "sea",
                           "tidal", "rip", "strong", "jet")
CURRENT_NOT_TIME_AFTER = ("account", "accounts", "deficit", "deficits", "surplus",
                          "surpluses", "assets", "liabilities")
# Nouns after a weekday that make it part of a title or a kind, never a date: "the Friday
# prayer leader of Tehran", "a Sunday newspaper", "Sunday school" (but "his Friday sermon",
# "the Monday meeting" are that day's).
WEEKDAY_KIND_NOUNS = ("prayer leader", "prayers leader", "prayer leaders", "prayer imam",
                      "prayers imam", "newspaper", "newspapers", "paper", "papers", "school",
                      "schools", "supplement", "magazine")
# Words after a holiday's name that make it the proper name of something else or of one past
# event ("the Good Friday Agreement", "Easter Island", "the Boxing Day tsunami"): no date.
# Not what is done at the holiday ("the Christmas truce", "an Easter offensive"): that is its day.
HOLIDAY_NAME_NOUNS = ("agreement", "agreements", "accord", "accords", "island", "islands",
                      "rising", "uprising", "tsunami", "earthquake", "massacre")
# The other named days of the United States' calendar, and those news names as often: the
# key ``periods.HOLIDAYS`` finds it by (lower case, as ``periods._holiday_key`` reads a
# name), the name as written (case-sensitive: "may day" is none) and its date: (month, day),
# or (month, weekday, n) for the n-th such weekday of the month (-1: the last).
US_NAMED_DAYS = {
    "veterans day": (r"Veterans['’]?\s+Day", (11, 11)),
    "armistice day": (r"Armistice\s+Day", (11, 11)),
    "columbus day": (r"Columbus\s+Day", (10, 0, 2)),
    "presidents day": (r"Presidents['’]?\s+Day", (2, 0, 3)),
    "martin luther king day": (r"Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day", (1, 0, 3)),
    "mother's day": (r"Mother['’]s\s+Day", (5, 6, 2)),
    "father's day": (r"Father['’]s\s+Day", (6, 6, 3)),
    "st. patrick's day": (r"St\.?\s+Patrick['’]s\s+Day", (3, 17)),
    "may day": (r"May\s+Day", (5, 1)),
    "flag day": (r"Flag\s+Day", (6, 14)),
}
US_NAMED_DAY_NAMES = "|".join(name for name, _ in US_NAMED_DAYS.values())
# Holidays of one country's calendar (the United States'): another country's own day of that
# name falls elsewhere ("Ukraine's Independence Day" is 24 August, "Canadian Thanksgiving" in
# October), so after another country's name or adjective it is no date we know; after these
# words, or none, it is that country's.
HOLIDAYS_OF_ONE_COUNTRY = ("independence day", "thanksgiving", "thanksgiving day", "labor day",
                           "memorial day", "election day")
HOLIDAY_OWN_COUNTRY = ("US", "U.S.", "USA", "America", "America's", "American", "Americans'",
                       "United States", "United States'", "Washington's", "Nation's")
# Holidays whose name is also a given name, a field's or a firm's ("Norooz Rezaei", "the
# Nowruz oil field", "the Nowruz Agency"): before a noun they are the holiday only when the
# noun is one of HOLIDAY_NOUNS ("the Nowruz holidays", "his Nowruz message").
HOLIDAYS_ALSO_NAMES = ("nowruz", "norouz", "nowrouz", "norooz", "noruz")
# Nouns that a holiday's name makes that holiday's: its days off and what is done for it.
HOLIDAY_SEASON_NOUNS = ("holidays", "holiday", "celebrations", "festivities", "season",
                        "break", "vacation", "recess")
HOLIDAY_NOUNS = (*HOLIDAY_SEASON_NOUNS, "day", "eve", "message", "messages", "greeting",
                 "greetings", "address", "speech", "celebration", "festival", "ceremony",
                 "ceremonies", "feast", "table", "week", "weekend", "days", "period", "time",
                 "truce", "ceasefire",
                 "visit", "trip", "travel", "traffic", "parade", "rally", "rallies")
# Words around a month and a day in words that make the ordinal an adverb: a sequence ("in
# March first, then the missiles in May") or a rank ("which ranked May second").
ORDINAL_SEQUENCE_AFTER = ("then", "and then", "followed by", "and later", "and next")
# (Not "placed", "finished", "came": "the order was placed March first" is a day.)
RANK_VERBS = ("rank", "ranks", "ranked", "ranking", "rate", "rates", "rated", "rating")
# Day words that, capitalised after a name, are a title's ("USA Today", "World News Tonight").
TITLE_DAY_WORDS = ("Today", "Tonight")
# Words that make a weekday or a month a recurring time, a TimeML SET ("each July", "every
# other Tuesday", "the first Tuesday of every month").
SET_WORDS = ("each", "every other", "every")


# --- Words of the extraction rules (``chronology/extraction``) ---

# Verbs that report speech, in the forms news uses; the one list for dating ("said on
# Thursday" dates a statement), headlines ("X says …") and tags ("statement").
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces",
    "added", "adds", "noted", "notes", "stressed", "stresses", "declared", "declares",
    "claimed", "claims", "confirmed", "confirms", "explained", "warned", "warns", "insisted",
    "emphasized", "emphasised", "reiterated", "commented", "wrote", "writes", "tweeted",
    "reported", "reports", "quoted", "underlined", "pointed", "remarked", "revealed",
    "clarified", "disclosed", "asserted", "affirmed", "posted", "informed", "indicated",
)
# Verbs that make a decision or news public without being said in words ("Baerbock publicized
# the decision to drop the hold on Sunday", after a lead that told the hold lifted): with
# SPEECH_VERBS, the source of the lead's news, told right after it with its day.
PUBLICIZE_VERBS = ("publicized", "publicised", "publicizes", "publicises", "made public",
                   "makes public", "unveiled", "unveils")
# One act of making a thing public, whichever verb tells it ("have unveiled a task force" /
# "announced the task force"): the publicising verbs and "announce".
MAKE_PUBLIC_VERBS = (*PUBLICIZE_VERBS, "announced")
# Words that open a clause citing a sentence's source ("…, according to a report released in
# March", "…, citing a study published in May"): a date there is when the source spoke.
SOURCE_CITERS = ("according to", "citing", "quoting")
# Adverbs that place an act before the report ("The minister earlier attended …", "went to
# Hanoi previously"): on a timeline the event's date says when, so a headline drops them.
BEFORE_REPORT_ADVERBS = ("earlier", "previously")
# Times told from the report's day that a headline may still end on when its date words were
# a quotation's ("… reached Russia earlier this month," the source said): the card's date
# says when.  Each optionally after "earlier"/"later".
REPORT_DAYS = ("yesterday", "today", "tomorrow", "tonight")
REPORT_PERIODS = ("this", "last", "next")
# Adjectives that stand only before their noun ("in the northern Pacific", "special forces"):
# a headline never ends on one, and the word after one is a noun, never the verb.
ATTRIBUTIVE_ONLY = ("northern", "southern", "eastern", "western", "northeastern",
                    "northwestern", "southeastern", "southwestern", "north-eastern",
                    "north-western", "south-eastern", "south-western", "special",
                    "groundbreaking", "armed", "allied")
# Styles before a name in official releases ("the Honourable Richard Marles MP", "H.E.
# Abdellatif Loudiyi"): no part of the name a headline uses.  Longest first.
HONORIFICS = ("the Right Honourable", "Right Honourable", "the Honourable", "Honourable",
              "His Excellency", "Her Excellency", "H.E.", "Hon.")
# Generation marks after a surname ("Gilberto Teodoro Jr.", "Ferdinand Marcos Jr"): no
# surname of their own; two reports, one with the mark and one without, name one person
# (``extraction/sameness.name_words``), lower case, without the full stop.
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
# Verbs that need their object: a headline ending on one right after its subject was cut
# ("… and Loudiyi sign").
OBJECT_VERBS = ("sign", "conduct", "hold", "deliver", "receive", "buy", "sell", "order",
                "approve", "deploy", "supply", "inaugurate", "commission", "unveil", "unfurl",
                "ink", "seal", "finalise", "finalize", "acquire", "purchase", "hand")
# A page's labels of its sections, before a colon ("Details: …", "Quote: …", "Background:
# …"): no place of a dateline.
# Words that make a later sentence's act another one, not the act of the same day told again
# ("also", "later", "an earlier batch", "another").
ANOTHER_OF_KIND = ("also", "later", "earlier", "another", "other", "second", "separately",
                   "previous", "again", "too", "as well", "likewise")
# Words that open a page's own date line, never a dateline's place ("Published: 04 Jun.
# 2025", "UPDATED: (Wednesday, October 23, 2024)"; ``chronology/dates/datelines.py``).
DATE_LINE_LABELS = ("published", "updated", "posted", "modified", "dated", "date", "created",
                    "last", "first", "written", "released", "issued", "time", "today")
SECTION_LABELS = ("Details", "Quote", "Quotes", "Source", "Sources", "Background", "Context",
                  "Update", "Updates", "Note", "Notes", "Reference", "Summary", "Comment",
                  "Advertisement", "Related", "Read more", "Also read", "Read also", "Analysis",
                  "Explainer", "Factbox", "Fact box", "History", "Timeline", "Opinion",
                  "Editorial", "Exclusive", "Backgrounder", "Readout", "Newsmaker")
# Adverbs of a repeated act between an auxiliary and its participle ("has once again
# deployed", "have again signed"): the act is still told as done.
REPEAT_ADVERBS = ("once", "again")
# Meetings of officials that a news text names by other words than "talks" or "meeting"
# ("co-chaired the 15th Defence Policy Dialogue", "held the second round of consultations"):
# occasions where the sides sign documents, as at talks.
OCCASION_NOUNS = ("dialogue", "consultations", "round of talks", "joint commission",
                  "joint committee", "working group")
# Words that open a sentence on the occasion just told ("During the dialogue, both sides
# signed …", "At the meeting, the two ministers signed …"): the same day's act.
OCCASION_OPENERS = ("during", "at", "on the sidelines of", "in the course of", "after")
# What such an opening must name to point at the talks just told ("During the talks,", "At
# the meeting in Moscow,"); "During the Soviet era," or "At the height of the Cold War,"
# names a period, not the occasion.
OCCASION_HEADS = OCCASION_NOUNS + ("talks", "meeting", "meetings", "visit", "trip", "summit",
                                   "negotiations", "session", "ceremony", "discussions")
# Nouns of a period a sentence may state for itself ("during the Soviet era", "in the
# 1990s" is a number): an act of that period, never of the occasion just told.
PERIOD_NOUNS = ("era", "epoch", "age", "decade", "decades", "century", "centuries", "war",
                "period", "years", "days", "times", "regime", "rule")
# Head nouns of a named thing that has a period of its own, its years given in parentheses
# after the name ("the Great Patriotic War (1941-1945)"); a country, a place or a weapon
# system named before a span of years has none, the span dating the act.
NAMED_PERIOD_HEADS = PERIOD_NOUNS + ("revolution", "crisis", "dynasty", "reign", "occupation",
                                     "siege", "uprising", "conflict", "blockade")
# Words before an occasion noun that wish it rather than tell it held ("called for
# dialogue", "urged a new round of talks"): no occasion of a signing.
OCCASION_WISHES = ("call for", "calls for", "called for", "calling for", "urge", "urges",
                   "urged", "urging", "appeal for", "appealed for", "appeals for", "push for",
                   "pushed for", "pushes for", "seek", "seeks", "sought", "need for",
                   "propose", "proposes", "proposed", "favour", "favor", "favours",
                   "favors", "favoured", "favored", "offer", "offers", "offered")
# Adverbs between an auxiliary and its participle that leave the act done ("has also
# deployed", "has already delivered", "have since signed", "has just received"); a negation
# ("has not", "has yet to") is none of them.
DONE_ADVERBS = ("also", "already", "since", "just", "now", "today", "even")
# Adverbs between a subject and its verb ("Spanish officials later inspected …"): no part of
# the subject, whose last noun says whether the verb is plural.
SUBJECT_ADVERBS = ("later", "then", "now", "again", "still", "soon", "once", "also", "jointly",
                   "together", "subsequently", "finally", "officially", "formally",
                   "reportedly", "already", "recently", "previously", "earlier", "further")
# Auxiliaries and modals: never a headline's main verb on their own.
AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "be", "been",
               "did", "does", "do", "can", "could", "may", "might", "shall", "should"}
# Participles that give a name: "the drills, dubbed …", "an operation codenamed …"
NAMING_PARTICIPLES = {"dubbed", "called", "named", "codenamed", "code-named", "titled", "entitled",
                      "nicknamed", "labelled", "labeled", "christened", "branded"}
# A participle right after a noun and followed by one of these shortens a relative clause
# ("warships led by Admiral X held …", "troops based in Y took part"): the agent or the
# place of a passive, so the sentence's act is a finite verb further on.
REDUCED_RELATIVE_LINKS = ("by", "in")
# Words before a finite verb that join it to an earlier one ("… arrived in X and held …"):
# a verb after them is a second act, not the main verb a participle waits for.
# "ordered in 2015 and delivered in 2018": participles joined side by side, not a finite verb
JOINING_WORDS = ("and", "or")
COORDINATORS = ("and", "or", "but", "then", "that", "who", "which", "where", "when")
# Irregular past forms and participles -> base form, and frequent regular ones.
IRREGULAR_VERBS = {
    "met": "meet", "held": "hold", "said": "say", "told": "tell", "made": "make", "took": "take",
    "gave": "give", "sent": "send", "began": "begin", "won": "win", "led": "lead", "went": "go",
    "came": "come", "saw": "see", "left": "leave", "brought": "bring", "bought": "buy",
    "sold": "sell", "spoke": "speak", "wrote": "write", "flew": "fly", "drew": "draw",
    "struck": "strike", "shot": "shoot", "fought": "fight", "sought": "seek", "kept": "keep",
    "set": "set", "put": "put", "hit": "hit", "cut": "cut", "ran": "run", "became": "become",
    "built": "build", "found": "find", "paid": "pay", "laid": "lay", "understood": "understand",
    "stood": "stand", "undertook": "undertake", "overtook": "overtake",
    "withdrew": "withdraw", "thought": "think", "felt": "feel", "got": "get", "showed": "show",
    "shown": "show", "signed": "sign", "agreed": "agree", "launched": "launch",
    "discussed": "discuss", "stressed": "stress", "pledged": "pledge", "arrived": "arrive",
    "announced": "announce", "delivered": "deliver", "visited": "visit", "hosted": "host",
    "received": "receive", "inked": "ink", "conducted": "conduct", "completed": "complete",
    "expressed": "express", "insisted": "insist", "underlined": "underline", "urged": "urge",
    "rated": "rate", "lauded": "laud", "attended": "attend", "called": "call", "vowed": "vow",
    "planned": "plan", "staged": "stage", "started": "start", "ended": "end", "joined": "join",
    "opened": "open", "closed": "close", "approved": "approve", "ratified": "ratify",
    "imposed": "impose", "lifted": "lift", "denied": "deny", "accused": "accuse",
    "warned": "warn", "threatened": "threaten", "supplied": "supply", "purchased": "purchase",
    "ordered": "order", "tested": "test", "fired": "fire", "deployed": "deploy",
    "reiterated": "reiterate", "emphasized": "emphasize", "emphasised": "emphasise",
    "noted": "note", "added": "add", "stated": "state", "declared": "declare",
    "confirmed": "confirm", "reported": "report", "proposed": "propose", "offered": "offer",
    "exchanged": "exchange", "reached": "reach", "backed": "back", "welcomed": "welcome",
    "condemned": "condemn", "criticized": "criticize", "criticised": "criticise",
    "decided": "decide", "expanded": "expand", "strengthened": "strengthen",
    "finalized": "finalize", "finalised": "finalise", "concluded": "conclude",
    "displayed": "display", "unveiled": "unveil", "showcased": "showcase", "handed": "hand",
    "frozen": "freeze", "given": "give", "taken": "take", "seen": "see", "written": "write",
    "chosen": "choose", "broken": "break", "spoken": "speak", "sworn": "swear", "drawn": "draw",
    "thrown": "throw", "known": "know", "grown": "grow", "flown": "fly", "done": "do",
    "gone": "go", "begun": "begin", "driven": "drive", "forbidden": "forbid", "hidden": "hide",
    "shaken": "shake", "stolen": "steal", "withdrawn": "withdraw", "undertaken": "undertake",
    "overtaken": "overtake", "beaten": "beat", "risen": "rise", "woken": "wake",
    "shipped": "ship", "used": "use", "focused": "focus", "caused": "cause", "docked": "dock", "sailed": "sail",
    "participated": "participate", "rose": "rise", "fell": "fall", "lost": "lose",
    "spent": "spend", "grew": "grow", "threw": "throw", "broke": "break", "chose": "choose",
    "drove": "drive", "sank": "sink", "wore": "wear", "fled": "flee", "swore": "swear",
    "hurt": "hurt", "meant": "mean", "dealt": "deal", "shut": "shut",
    "caught": "catch", "heard": "hear", "forgot": "forget",
    "forgave": "forgive", "shook": "shake", "stole": "steal", "swept": "sweep", "tore": "tear",
    "awoke": "awake", "arose": "arise", "rode": "ride", "ate": "eat",
    "drank": "drink", "froze": "freeze", "hid": "hide", "sat": "sit", "slept": "sleep",
    "spun": "spin", "stuck": "stick", "sprang": "spring", "swam": "swim", "blew": "blow",
    "oversaw": "oversee", "foresaw": "foresee", "clung": "cling", "crept": "creep",
    "dug": "dig", "knelt": "kneel", "leapt": "leap", "rang": "ring", "sang": "sing",
    "shrank": "shrink", "slid": "slide", "strode": "stride", "stung": "sting", "swung": "swing",
    "wept": "weep", "bled": "bleed", "sped": "speed", "flung": "fling", "shone": "shine",
    "overthrew": "overthrow", "mistook": "mistake", "forbade": "forbid",
}
# A comparison with a thing of the past ("as powerful as those dropped on Hiroshima in 1945",
# "than the ones delivered in 2019"): the words that open it, and what stands for the thing.
COMPARISON_WORDS = ("as", "than", "like", "unlike")
# "now in their late eighties", "in his early nineties": a decade word after one is an age
POSSESSIVE_DETERMINERS = ("his", "her", "their", "its", "our", "my", "your")
# Letters that are words on their own ("Russia v Iran": versus; "4 x 4": by), besides "a": no
# stray letter of a split word
LETTER_WORDS = ("a", "v", "x")
# "(Agency/File)": the credit of an archive photo, whose caption tells no dated act
FILE_PHOTO_WORDS = ("file", "archive", "archives")
COMPARED_PRONOUNS = ("those", "that", "the ones", "the one", "ones", "one")
# "as" compares only after "as ADJ", "the same", "such" ("as fast as the ships delivered …");
# "…, as the navy celebrated its anniversary" is a time clause.
COMPARISON_AS_BEFORE = (r"\bas\s+[\w'’-]+(?:\s+[\w'’-]+)?", r"\bsame", r"\bsuch")
# Words before "the YEAR Name" that make the name the occasion of the act ("signed a contract
# at the 2024 … Airshow", "took part in the 2023 … exercise"), not an earlier thing named by
# its year ("under the 2018 … contract").
OCCASION_BEFORE = ("at", "during", "took part in", "take part in", "takes part in",
                   "taking part in", "participated in", "participate in", "participates in",
                   "participating in")
# A clause whose act is dated by such an occasion has a finite past verb of its own, not in a
# relative clause, and none of these words of a thing's history ("was first shown at the 2018
# …", "originally displayed at …").
RELATIVE_PRONOUNS = ("which", "who", "whose", "that")
ASIDE_PARTICIPLE_CUES = ("first", "originally", "once", "recently", "previously", "last")
# Money named by a country ("US$5.8 billion", "HK$", "Australian dollars", "Indian rupees"):
# a currency, no party to the act.  A letter prefix before "$" is one; these nouns the other
# (not "won", "real", "pound": "Poland won the tender" names Poland).
CURRENCY_NOUNS = ("dollar", "dollars", "rupee", "rupees", "yuan", "renminbi", "rouble",
                  "roubles", "ruble", "rubles", "yen", "euro", "euros", "riyal", "riyals",
                  "rial", "rials", "dirham", "dirhams", "lira", "reais", "ringgit", "peso",
                  "pesos", "franc", "francs", "krona", "kronor", "zloty", "zlotys", "hryvnia",
                  "hryvnias", "shekel", "shekels")
# A country that only claims ("Armenian claims that …", "accusations by Armenia") or a thing's
# former buyer ("carriers built for Russia") is no party to the act the sentence tells.
CLAIM_NOUNS = ("claim", "claims", "accusation", "accusations", "allegation", "allegations",
               "charges", "assertion", "assertions")
MADE_FOR = ("built", "made", "ordered", "intended", "destined", "meant", "constructed",
            "designed", "produced", "earmarked")
# The thing changed hands in the sentence, so whom it was made for is its former buyer
# ("Poland bought two howitzers that had been built for Norway"); without such a verb the one
# it is built for is its buyer ("China launched a submarine built for Thailand").
ACQUIRE_VERBS = ("bought", "buys", "buy", "received", "receives", "acquired", "acquires",
                 "purchased", "purchases", "took delivery", "takes delivery", "obtained",
                 "inherited", "got", "gets")
# A thing being replaced is not the thing told ("frigates that will replace the navy's old
# ships" / "The ships were decommissioned"): the object of these verbs (``told_things.py``).
REPLACING_VERBS = ("replace", "replaces", "replaced", "replacing", "supersede", "supersedes",
                   "superseded", "in place of", "instead of")
# A definite subject that names a thing the story told of ("The first squadron was delivered
# …"): its determiners, the words that end its noun phrase, and heads that name a party, a
# place, a source or a time, not a thing (``extraction/told_things.py``).
PAST_AUXILIARIES = ("was", "were", "had")  # "was delivered", "had arrived": done
THING_DETERMINERS = ("The", "These", "Those", "Its", "Their", "Both")
THING_HEAD_STOPS = ("of", "from", "to", "in", "on", "at", "for", "with", "by", "under", "which",
                    "that", "who", "whose", "said", "says")
PARTY_NOUNS = frozenset({
    "country", "countries", "nation", "nations", "side", "sides", "state", "states",
    "government", "governments", "minister", "ministers", "ministry", "ministries", "official",
    "officials", "president", "leader", "leaders", "company", "companies", "firm", "firms",
    "agency", "agencies", "army", "armies", "navy", "navies", "military", "militaries", "force",
    "forces", "troops", "soldiers", "spokesman", "spokeswoman", "spokesperson", "delegation",
    "delegations", "embassy", "statement", "statements", "report", "reports", "news", "media",
    "source", "sources", "newspaper", "analyst", "analysts", "expert", "experts", "people",
    "city", "capital", "region", "area", "day", "week", "month", "year", "years", "time", "move",
    "decision", "chief", "head", "commander", "president's", "group", "groups", "authorities",
    "manufacturer", "maker", "producer", "buyer", "seller", "customer", "customers", "visitor",
    "guest", "ambassador", "envoy", "conflict", "war", "crisis",
})
# Participles spelled as their base form: after "has"/"have"/"had" they are the participle
# ("The wait has come to an end" -> "Wait comes to end").
BASE_PARTICIPLES = ("come", "become", "overcome", "run")
# Words ending in -ed that are adjectives, not past verbs.
ED_ADJECTIVES = {"armed", "united", "alleged", "related", "advanced", "based", "limited", "guided",
              "armoured", "armored", "unmanned", "manned", "integrated", "combined", "automated",
              "sophisticated", "specialised", "specialized", "dedicated", "detailed",
              "controversial", "red", "bed", "need", "speed", "seed", "feed",
              # units by their equipment: "motorized rifle units", "mechanised infantry"
              "motorized", "motorised", "mechanized", "mechanised",
              # no verb's form at all: "Russia is indeed a champion" keeps its "is"
              "indeed", "sacred", "naked", "wicked", "rugged", "ragged", "kindred"}
# Abbreviations a full stop does not end a sentence after.
ABBREVIATIONS = {
    "gen", "lt", "lieut", "col", "maj", "capt", "cpt", "adm", "sgt", "cpl", "pvt", "cmdr", "cdr",
    "brig", "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "vs", "etc", "inc",
    "corp", "ltd", "co", "jr", "sr", "rep", "sen", "gov", "pres", "dept", "approx", "est", "fig",
    "al", "mln", "bln", "rev", "hon", "gens", "cf", "ca", "c", "e.g", "i.e", "a.m", "p.m",
}

# A rank's abbreviation that, right after a company's word ("Adani Defence Systems Pvt."), is
# the company's suffix (private), not a rank before a name: it may end the sentence.
COMPANY_SUFFIX_RANKS = {"pvt"}

# --- Words of names and places (``chronology/extraction/entities.py``) ---
ROLE_WORDS = {
    "President", "Vice", "Prime", "Minister", "Ministers", "Defense", "Defence", "Foreign",
    "Deputy", "Chief", "Chiefs", "General", "Gen", "Gen.", "Admiral", "Rear", "Vice-Admiral",
    "Rear-Admiral", "Brigadier", "Brigadier-General", "Colonel", "Col", "Col.", "Lieutenant",
    "Lt", "Lt.", "Lieut", "Lieut.", "Major", "Maj", "Captain", "Capt", "Commander", "Ambassador",
    "Envoy", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Head", "Director", "Chairman",
    "Chairwoman", "Speaker", "Supreme", "Leader", "Ayatollah", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
    "Ms.", "Dr", "Dr.", "Sheikh", "King", "Queen", "Prince", "Emir", "Sultan", "Army", "Navy",
    "Naval", "Air", "Force", "Forces", "Staff", "Armed", "Logistics", "Interior", "Economy",
    "Energy", "Finance", "Security", "Intelligence", "Military", "Senior", "Former", "Acting",
    "Top", "Commander-in-Chief", "Marshal", "Sergeant", "Sgt", "Coordination", "Aerospace",
    "Chief-of-Staff", "Executive", "CEO", "Governor", "Mayor", "Senator", "Sen.", "Rep.",
    "Representative", "Adviser", "Advisor", "Aide", "Diplomat", "Official", "Officials",
}
# A body's seat held by one person, told among that person's offices ("Presidium member,
# Deputy Secretary of the … Board and Minister … Gen. X": one person; ``title_people``).
SEAT_NOUNS = ("member", "Member")
ORG_WORDS = {
    "Ministry", "Organization", "Organisation", "Council", "Agency", "Corps", "Committee",
    "Company", "Corporation", "Group", "Bank", "Fund", "Union", "Party", "Parliament",
    "Assembly", "Office", "Department", "Center", "Centre", "Institute", "University", "News",
    "Radio", "Television", "TV", "International", "Republic", "Federation", "Alliance",
    "Treaty", "Forum", "Guard", "Guards", "Service", "Services", "Commission", "Court",
    "Limited", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "LLC", "PLC", "Aerospace",
    "Type", "Class", "Shipyard", "Shipyards", "Co", "Co.", "House", "Plant", "Factory",
    "Works", "Shipbuilding", "Technologies", "Dynamics", "Holding", "Holdings", "Aviation",
    "Electronics", "Engineering", "Airlines",
    "Kremlin", "Pentagon", "Navy", "Army", "Forces", "Force", "Press", "Times", "Post",
    "Association", "Authority", "Administration", "Academy", "Industries", "Systems",
    "Cooperation", "Security", "Nations", "Bureau", "Embassy", "Majlis", "Duma", "Senate",
    "Trade", "World", "Arms", "Affairs", "Development", "Analysis", "Studies", "Research",
    "Policy", "Relations", "Industry", "Program", "Programme", "Project", "Exhibition",
    "League", "Movement", "Front", "Coalition", "Foundation", "Society",
}
# Words after a unit's name that tell its people or seat, not its name ("the Task Force
# Commander", "Task Force Headquarters"; with ``ROLE_WORDS`` and ``ORG_WORDS``).
UNIT_MEMBER_WORDS = {"Headquarters", "HQ", "Members", "Member", "Personnel", "Troops",
                     "Soldiers", "Sailors", "Officers", "Spokesperson", "Leadership"}
MEDIA_WORDS = {"News", "Agency", "Press", "Times", "Post", "Radio", "Television", "TV"}
# News agencies and services that reports cite ("…, IRNA reported"): a source, not a name of
# what happened.
NEWS_AGENCIES = {"Reuters", "AP", "AFP", "Xinhua", "TASS", "ITAR-TASS", "RIA", "Novosti",
                 "Interfax", "Sputnik", "IRNA", "ISNA", "Tasnim", "Fars", "Mehr", "IRIB", "Press TV",
                 "PressTV", "Yonhap", "Kyodo", "ANI", "PTI", "IANS", "UNI", "dpa", "EFE", "ANSA",
                 "Anadolu", "APP", "KCNA", "BelTA", "Bernama", "Antara", "WAM", "SPA", "KUNA",
                 "QNA", "MENA", "CNA", "PNA", "Trend", "APA", "Armenpress", "Ukrinform", "UNIAN",
                 "RT", "CCTV", "CGTN", "BBC", "CNN", "Bloomberg"}
FUNCTION_WORDS = {
    "The", "A", "An", "On", "In", "At", "After", "Before", "During", "Earlier", "Later",
    "While", "Upon", "But", "And", "Or", "As", "Meanwhile", "However", "Also", "For", "From",
    "According", "Based", "Referring", "Commenting", "Receiving", "Nevertheless", "Nonetheless",
    "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "His", "Her", "Its",
    "Their", "Our", "Both", "Last", "Next", "Since", "Until", "By", "With", "Under", "Over",
    "When", "Where", "If", "Some", "Several", "Many", "Any", "All", "Most", "Such", "Other",
}
# Prepositions before a place's name ("arrive in Qingdao", "drills near Aden").
PLACE_PREPOSITIONS = ("in", "at", "near", "off", "to")
PLACE_NOUNS = {"Cosmodrome", "Region", "Base", "Airbase", "Airport", "Port", "Harbour", "Harbor",
               "Sea", "Ocean", "Strait", "Gulf", "Bay", "Shipyard", "Yard", "Province", "District",
               "Island", "Islands", "River", "Lake", "Street", "Square", "Palace", "Center",
               "Centre", "University", "Academy", "Forum", "Summit", "Council", "Ministry",
               "Agency", "Fleet", "Flotilla", "Squadron", "Command", "Corps", "Station", "Range",
               "Desert", "Valley", "Oblast", "Krai", "Territory", "Hall", "Hotel", "Stadium",
               "Park", "Field", "Seaboard", "Coast", "Area", "Ground", "Grounds"}
# Named documents end in these: "the Shusha Declaration", "the Camp David Accords", "the
# Nuclear-Powered Submarine Partnership" (a programme's name, no person's).
DOCUMENT_NOUNS = {"Declaration", "Treaty", "Agreement", "Accord", "Accords", "Pact", "Charter",
                  "Memorandum", "Communique", "Communiqué", "Protocol", "Convention", "Doctrine",
                  "Partnership", "Statement", "Framework", "Roadmap", "Initiative"}
# Words that add a second party to the subject before its verb: "Russia, as well as China,
# sent": the act is both parties' (a co-agent)
COMPANY_PHRASES = ("as well as", "along with", "together with")
# ... but whoever escorts or accompanies the subject keeps it company and does no act of it:
# "the drone, escorted by two jets, was shot down", "Putin, accompanied by his wife, arrived"
ESCORT_PHRASES = ("accompanied by", "escorted by", "joined by")
# ... but "as well as those from the 12th flotilla": a word that points back names no party
POINTING_BACK = ("those", "these", "others", "some", "many")
# What a group is made of, told after its name: "the flotilla made up of five ships, sailed";
# never the main verb of a sentence without an auxiliary before it
COMPOSITION_PHRASES = ("made up of", "comprised of", "composed of", "consisting of",
                       "formed of", "made of")
# Contracted auxiliaries: "We’re ready", "they’ve come", "we’ll sign", "I’m", "don’t"; and
# the words whose "’s" is "is" or "has", never a possessive ("it’s", "that’s")
CONTRACTED_AUXILIARIES = ("re", "ve", "ll", "m", "d", "n't", "n’t")
CONTRACTED_IS_AFTER = ("it", "that", "he", "she", "what")
# ... and after any name when the word after it takes no possessor: "Russia’s ready to help",
# "Poland’s not going to", "the navy’s been told" (never "Russia’s decision to help")
CONTRACTED_IS_BEFORE = ("ready", "able", "willing", "eager", "keen", "prepared", "determined",
                        "committed", "likely", "unlikely", "set", "due", "about", "going",
                        "not", "never", "been", "got", "always", "still")
# Hardware, things of the topic's kind, one a line's singular in lower case. A definite one
# ("The Abc-class boats were first built in 1995") whose act years before the article is the
# thing's own history, not the news (an act's or an occasion's noun, "The sale was approved in
# 2019", stays its act: extraction/candidates.py); a name ending in one is a thing's, no
# person's (THING_NOUNS).
# The first of them, a subject that points back to the thing an article is about when a
# sentence names neither side ("The jets landed on Monday": candidates._THE_THING); the others
# are read as hardware only where a sentence names its own subject.
REFERRING_HARDWARE = ("satellite", "system", "missile", "jet", "aircraft", "drone", "warship",
                      "vessel", "frigate", "submarine")
HARDWARE_NOUNS = REFERRING_HARDWARE + (
    "rocket", "corvette", "destroyer", "cruiser", "tank", "howitzer", "radar", "launcher",
    "fighter", "helicopter", "ship", "battery", "vehicle", "plane", "bomber")


def hardware_forms(nouns: tuple[str, ...] = HARDWARE_NOUNS) -> tuple[str, ...]:
    """Hardware nouns (HARDWARE_NOUNS), singular and plural ("aircraft" is both), longest
    first: the one list the extraction's patterns of a definite thing read ("The frigates")."""
    forms = {form for noun in nouns for form in
             (noun, noun if noun == "aircraft" else
              noun[:-1] + "ies" if noun.endswith("y") else noun + "s")}
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


# Named things end in these: "the Alliance Readiness Action Plan", "the Ship Interdiction
# System": no person's name, so never shortened to its last word ("completes Plan"); a
# weapon's or a ceremony's name is no person's either: "Agni Missile", "Commissioning
# Ceremony" are never cut to "Missile", "Ceremony" (HARDWARE_NOUNS, capitalised, each plural).
THING_NOUNS = {"Plan", "Plans", "System", "Programme", "Program", "Project", "Strategy",
               "Mechanism", "Dialogue", "Council", "Fund", "Ceremony"} | \
    {form.capitalize() for form in hardware_forms()}
# An exercise's nouns, and the modifiers an exercise told again takes ("took part in the joint
# naval drills"): read case-blind (extraction: the same exercise told twice).
EXERCISE_NOUNS = ("exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers",
                  "war games", "wargames")
EXERCISE_MODIFIERS = ("joint", "military", "naval", "bilateral", "annual")
# Named happenings end in these: "the Joint Air Exercise", "the Army Games".
EVENT_NOUNS = {"Exercise", "Exercises", "Drill", "Drills", "Games", "Manoeuvres", "Maneuvers",
               "Operation", "Parade", "Airshow", "Expo", "Exhibition", "Show", "Conference"}
NAME_COUNT_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
               "First", "Second", "Third", "Fourth", "Several", "Both", "All", "Many", "Some"}
PLACE_PREFIXES = {"St", "Saint", "Mount", "Mt", "Fort", "Port", "Lake", "Cape", "San", "Santa",
                  "Sao", "Ste", "Sainte", "Lower", "Upper", "Camp", "Base", "Sta", "Sto"}
FAMILY_FIRST = {"Kim", "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou",
                "Wu", "Sun", "Ma", "Hu", "Guo", "Lin", "He", "Gao", "Wei", "Dong", "Park", "Choi",
                "Moon", "Yoon", "Ri", "Pak", "Jang", "Han", "Cho", "Choe", "Kang", "Jo", "Yun",
                "Hwang", "Shoigu"} - {"Shoigu"}
# Particles that belong to the family name after a given name: "Jean-Yves Le Drian" is
# "Le Drian", "Ursula Von Der Leyen" "Von Der Leyen" ("Al Gore": a given name, two words;
# not "Van": in "Phan Van Giang" a Vietnamese middle name)
SURNAME_PARTICLES = {"Le", "La", "De", "Du", "Des", "Von", "Der", "Den", "Di", "Da",
                     "Del", "Della", "Dos", "Al", "El", "Bin", "Ter"}
# A state's institution a story names first with its country ("the Slovak MoD", "The Dutch
# Defense Ministry", "Chile's foreign ministry") and later bare ("The MoD on <date> chose …",
# "…, the ministry of defence added"): the bare one is that country's, the one named so last
# (extraction/people.py). Each spelling -> one key, so "the MoD" is the "Ministry of Defence".
STATE_INSTITUTIONS = {
    "defence ministry": "defence ministry", "defense ministry": "defence ministry",
    "ministry of defence": "defence ministry", "ministry of defense": "defence ministry",
    "ministry of national defence": "defence ministry",
    "ministry of national defense": "defence ministry", "mod": "defence ministry",
    "foreign ministry": "foreign ministry", "ministry of foreign affairs": "foreign ministry",
    "government": "government",
}
# Small words inside a name that its abbreviation skips: "Ministry of National Defense (MND)",
# "China Shipbuilding & Offshore International Co. (CSOC)" (``people.defined_abbreviations``).
ABBREVIATION_SKIPS = ("of", "the", "and", "for", "&")
LOCATIVE = {"in", "at", "to", "near", "from", "into", "inside", "outside", "visited",
            "visiting", "visit", "across", "off"}

# --- Tags of events (``chronology/extraction/tags.py``) ---
# tag -> word stems that suggest it (matched at word starts, case-insensitive).
TAG_WORDS: dict[str, tuple[str, ...]] = {
    "agreement": ("agreement", "deal", "treaty", "memorandum", "accord ", "accords", "pact", "contract",
                  "mou ", "mous ",  # memoranda of understanding
                  "protocol", "roadmap", "road map", "declaration", "communiqu"),
    "exercise": ("exercise", "drill", "maneuver", "manoeuvre", "war game", "wargame"),
    "visit": ("visit", "arrived", "arrives", "arriving", "trip", "tour", "port call",
              # a visit's start: "left for Indonesia on Wednesday"
              "left for", "leaves for", "leaving for", "departed for", "departs for"),
    "meeting": ("met ", "meet", "meeting", "talks", "summit", "conference", "negotiation",
                "held talks", "hosted"),
    "arms deal": ("arms deal", "arms sale", "arms contract", "purchase", "supply", "supplies",
                  "supplied", "fighter jet", "missile system", "s-300", "s-400", "su-35",
                  "helicopter", "drone", "uav", "weapons"),
    "delivery": ("deliver", "shipment", "shipped", "handed over", "transfer"),
    "sanctions": ("sanction", "embargo", "blacklist"),
    # launching, commissioning, induction and roll-out ceremonies of ships, jets and units
    "ceremony": ("ceremony", "commissioned", "commissioning", "inducted", "induction",
                 "rolled out", "roll-out", "rollout", "keel-laying", "keel laying"),
    "nuclear": ("nuclear", "reactor", "uranium", "enrichment"),
    "naval": ("navy", "navies", "naval", "warship", "port call", "fleet", "frigate", "destroyer"),
    "cooperation": ("cooperation", "co-operation", "partnership", "ties", "alliance"),
    "statement": (),
}

# The auxiliaries of the perfect ("has been", "had arrived").
PERFECT_AUXILIARIES = ("has", "have", "had")

# "agreed to", "has agreed": an agreement (read by ``tags.py``), unless negated before it ("has
# not agreed", "never agreed") or agreed only to weigh a proposal ("agreed to study/consider").
AGREED = "agreed"
AGREED_AUXILIARIES = PERFECT_AUXILIARIES  # "has agreed"
AGREED_NEGATIONS = ("not", "never", "hasn't", "haven't", "hadn't", "hasn’t", "haven’t", "hadn’t",
                    "nor", "no")
AGREED_INTENT_VERBS = ("study", "consider", "discuss", "look", "examine", "review", "explore",
                       "weigh", "assess", "evaluate", "think", "reconsider", "debate")

# Where and by whom an act was done (``chronology/extraction/theatres.py``). Seas are the
# gazetteer's REGIONS; these tables are regexes, matched in any case unless noted.
# A part of one country, no sea ("in the country's south"; not "the country's south coast").
INLAND = (r"\bthe country[’']s (?:(?:south|north)(?:-?(?:east|west))?|east|west|centre|center|"
          r"interior)\b(?! coast)|\bthe (?:south|north|east|west|centre|center) of the country\b")
# A port or a coast named with that part of the country: the sea may be near (case-sensitive).
PORT = r"\b(?:near|off|at|port of|coast)\s+(?:the\s+)?[A-Z]|\bcoast(?:al|line)?\b"
# The armed service an act belongs to.
# ("a fleet of vehicles", "of aircraft": a set of machines, no navy)
SERVICES = {"naval": r"\b(?:nav(?:y|ies|al)|warships?|fleets?(?!\s+of\b)|frigates?|destroyers?|"
                     r"sailors|marines?)\b",
            # (not a kind of weapon: "S-400 air defence systems")
            "air defence": r"\bair[- ]defen[cs]e\b(?!\s+(?:systems?|missiles?|batter(?:y|ies)|"
                           r"complex(?:es)?|radars?|equipment))",
            # an operation told by the arm that fights it ("a ground operation", "an air
            # campaign") names its service as "the air force" does
            "air force": r"\bair forces?\b|\bairmen\b|\bair (?:operation|campaign|offensive)s?\b",
            "ground": r"\bground forces\b|\binfantry\b|\btank crews?\b|"
                      r"\bground (?:operation|offensive|incursion|assault)s?\b"}
# The state a place or a thing is left in ("a strike left the air base in ruins", "… the port
# without power"): the complement of "left" + object, no departure (``PHASES``), and no phrase a
# headline may drop (``title_fit``).
LEFT_STATE = (r"(?:in\s+(?:ruins|flames|tatters|shambles|darkness)|on\s+fire|ablaze|"
              r"without\s+\w+|out\s+of\s+(?:action|service|commission|use)|"
              r"(?:badly\s+|heavily\s+|severely\s+)?(?:damaged|destroyed|wrecked|"
              r"crippled|devastated|unusable|inoperable|burning|smouldering)\b)")
# A visitor's or a ship's arrival: the first act of a visit, not the talks or the tour of the
# days after (``theatres.arrival_and_next``); goods arriving are a delivery, told apart.
# Landing, docking, reaching a place is arriving told another way ("landed in Pyongyang",
# "touched down", "docked at Tartus", "reached Moscow"): "landed" only at a place ("in|at"; not
# "landed a contract"), "reached" only a place the gazetteer knows (``place``; not "reached
# Mach 8", "reached IOC", "reached US$4 billion", "reached an agreement").
ARRIVAL = (r"\b(?:arrived|arrives|arriving|arrival|touched\s+down|docked|docks)\b|"
           r"\b(?:landed|lands)\s+(?:in|at)\s+(?:the\s+(?:port|harbou?r|base|capital|city|"
           r"airport|air\s+base)\b|(?-i:[A-Z][\w-]+)(?![\w$]))|"
           r"\breached\s+(?:the\s+(?:port|harbou?r|base|capital|city)\b|"
           r"(?P<place>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))(?![\w$]))")
# Where an arrival ends (see ru.py): the name after "arrived in", "docked at (the port of)",
# "landed at" ("docked at Bandar Abbas port", "arrived in Vladivostok"); two arrivals at other
# places are two acts (``theatres.arrived_elsewhere``), a country arrived in is no place.
# The place is the name after "port of" / "city of", past the sea, region or country words
# before it ("the Persian Gulf port of Bandar Abbas", "Iran's Caspian port of Anzali"); an
# airport or base named is no city ("landed at Mehrabad airport" is in Tehran): no place.
_AIRPORT = r"(?:international\s+)?(?:airport|air\s*base|airbase|airfield|base)\b"
ARRIVAL_PLACE = (r"\b(?:arrived|arrives|docked|docks|landed|lands|touched\s+down)\s+"
                 r"(?:(?-i:[a-z]+)\s+){0,2}?(?:in|at)\s+(?:the\s+)?"
                 r"(?:(?:(?-i:[A-Z][\w'-]+)\s+){0,3}?(?-i:[a-z]+\s+)?(?:port|city)\s+of\s+)?"
                 r"(?P<place>(?-i:[A-Z][\w-]+(?:\s+(?!(?i:" + _AIRPORT + r"))[A-Z][\w-]+)?))"
                 r"(?![\w-])(?!\s+(?i:" + _AIRPORT + r"))")
# A weapon landing or reaching somewhere arrives nowhere ("two rockets landed in the capital",
# "the missile reached Mach 8"): the projectile and its verb are no arrival.
ARRIVAL_BY_WEAPON = (r"(?i)\b(?:missiles?|rockets?|shells?|drones?|projectiles?|warheads?|bombs?|"
                     r"mortars?|interceptors?|debris|fragments?|shrapnel)\s+(?:\w+\s+){0,3}?"
                     r"(?:landed|lands|reached|reaches)\b")
# The target an act is aimed at ("an air operation against the PKK"): two arms striking one
# target on one day are one operation (``theatres.one_service_each``).
# The whole name after the preposition, past a generic head ("positions of", "targets of"),
# and the place named after it ("in northern Iraq"): "against Islamic State" is not "against
# Islamic Jihad", "against PKK militants in Syria" not "... in Iraq".
TARGET = (r"\bagainst\s+(?:the\s+)?(?:(?:positions|targets|bases|hideouts)\s+of\s+(?:the\s+)?)?"
          r"((?-i:[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*))"
          r"(?:\s+(?:militants|fighters|positions|targets|bases|hideouts|rebels|insurgents))?"
          r"(?:\s+(?:\w+\s+){0,3}?(?:in|near)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
          r"(?P<place>(?-i:[A-Z][\w-]+)))?")
# An arrival in a side phrase dates the report's own act, it is none ("met Shoigu a day after
# his arrival", "upon arrival", "since their arrival").
ARRIVAL_ASIDE = (r"(?i)\b(?:after|before|since|upon|on|following|ahead\s+of)\s+"
                 r"(?:(?:his|her|their|its|the)\s+)?(?:\w+\s+)?arrival\b")
# A verb told as a thing done, not awaited, planned or denied: no "be", "to", "not", "yet",
# "never" (or "not been", "yet been", "never been") right before it (``PHASES``).
# An adverb between them does not change it ("must still be formally ratified", "are to be
# jointly tested", "hasn't been ratified yet"): the adverb is read with the verb and the check
# made before it. Nor is a participle in an aside ("The S-400, tested in Syria, was delivered"):
# after a comma, only a verb with an object is an act told ("…, tested the missile").
_ADVERB = r"\b(?:\w+ly|still|also|yet|first|now|again)\s+"
_NO_ADVERB = "".join(rf"(?<!\b{w} )" for w in ("still", "also", "yet", "first", "now", "again")
                     ) + "(?<!ly )"
# an object after a verb: a determiner, a possessive or a number
_OBJECT = r"(?=\s+(?:the|a|an|its|their|his|her|this|these|those|two|three|four|several|\d+)\b)"
_TOLD_DONE = "".join(rf"(?<!\b{w} )" for w in ("be", "to", "not", "yet", "never", "not been",
                                               "yet been", "never been")) + "(?<!n't )(?<!n't been )"


def _told_done(verb: str) -> str:
    """``verb`` told as a thing done: see ``_TOLD_DONE``."""
    return (rf"{_TOLD_DONE}(?:(?<!, )|(?=(?:{_ADVERB})?(?:{verb}){_OBJECT}))"
            rf"(?:{_ADVERB}|{_NO_ADVERB})(?:{verb})")


# The phase of an act a report tells: its start, its end, or a stage (not "launched": an act).
PHASES = {"start": r"\b(?:beg[ai]n|begins|started|starts|kicked off|got under way|commenced|"
                   r"opening ceremony)\b",
          "end": r"\b(?:ended|ends|concluded|concludes|wrapped up|finished|completed|closed|"
                 r"came to an end)\b",
          "stage": r"\b(?:phase|stage)\b",
          # a flight or a voyage leaving: its arrival on another day is another event
          # ("left a naval base in Qingdao to start a joint exercise": its ships sailed), but
          # not a place left in a state ("a strike left the air base at X in ruins")
          "departure": r"\b(?:took off|taken off|take off|took flight|departed|set sail|"
                       r"set off|left for)\b|\bleft\s+(?:the|a|an|its|their)\s+(?:\w+\s+)?"
                       r"(?:port|base|harbou?r|dock|airfield|airbase)\b"
                       r"(?!(?:\s+(?:at|of|in|near|outside)\s+(?:the\s+)?[\w’'-]+){0,2}\s+"
                       + LEFT_STATE + ")",
          # a treaty ratified (a parliament's vote, a president's law) is a later step than its
          # signing: told on another day, the two are two events ("signed … on Monday" /
          # "parliament ratified … on Wednesday"); a ratification only awaited is no step
          # (a past act told as done: "ratified", "was ratified", "voted to ratify"; not one
          # awaited, "must still be ratified", "has yet to be ratified", "has not been
          # ratified", "plans to ratify")
          "ratification": _told_done(r"\bratif(?:ies|ied)\b") + r"|\bvoted\s+to\s+ratify\b|"
                          r"\b(?:law|bill|vote)\s+(?:on\s+)?"
                          r"(?:the\s+)?ratification\b|\bratification\s+(?:law|bill|vote)\b",
          # a weapon's test (a test-firing, trials) is a later step than its delivery: on
          # another day, the two are two events ("delivered the S-300 on Monday" / "test-fired
          # the S-300 on Tuesday")
          # (told as done: not "will be tested", "has not been tested", nor an adjective,
          # "battle-tested", "combat-tested" before a noun; a hyphenated verb with its object
          # is one: "Iran flight-tested the missile")
          "test": _told_done(r"\btest[- ]fir(?:ed|es|ing)\b|(?<!-)\btested\b|"
                             r"\b[a-z]+-tested\b" + _OBJECT),
          # a ceasefire ends the fighting: never the strike or the clash it ends
          "truce": r"\b(?:ceasefire|cease-fire|truce|armistice)s?\b|\b(?:halt|end|stop|cease)\w*\s+"
                   r"(?:the\s+)?(?:\w+\s+)?(?:fighting|clashes|hostilities)\b"}
# A truce named only as broken or defied: the report tells the fighting (``theatres``).
TRUCE_BROKEN = (r"\b(?:break\w*|broke|violat\w*|breach\w*|despite|in\s+violation\s+of)\s+"
                r"(?:\S+\s+){0,3}(?:ceasefire|cease-fire|truce)")
# Fighting, which a ceasefire ends (``theatres.one_truce``).
# A reaction to an act, not the act: "condemned the strikes", "a violation of its airspace".
# A statement judging the act is one too: "protested", "called the strikes irresponsible".
REACTION = (r"\b(?:condemn(?:s|ed|ing|ation)?|denounc(?:e|es|ed|ing)|violations?|"
            r"protest(?:s|ed|ing)?|call(?:s|ed|ing)\s+(?:\S+\s+){0,5}?(?:irresponsible|illegal|"
            r"unlawful|unacceptable|reckless|provocative|criminal|an?\s+(?:act\s+of\s+)?"
            r"(?:aggression|provocation|crime)))\b")
# A reaction told as a modifier of the act, not as the report's own act: the act "in violation
# of" a border, or a reaction in a relative clause ("in an attack Kabul condemned", "strikes
# that Kabul denounced"); the report tells the act (``theatres.one_reaction``).
REACTION_ASIDE = (r"\b(?i:in\s+(?:\w+\s+)?(?:violation|breach|defiance)\s+of)\b|"
                  r"\b(?:that|which|an?\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|bombing|assault))\s+"
                  r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:has\s+|had\s+|later\s+)?"
                  r"(?:condemned|denounced)\b")
COMBAT = r"\b(?:(?:air)?strikes?|struck|attack(?:s|ed)?|clash(?:es|ed)?|shell(?:ed|ing)|bomb(?:ed|ing)|fighting|fought)\b"
# A description, not an act (``extraction/background.py``): the main clause's verb is a form
# of "be" ("X was instrumental in …", "Turkey and Pakistan were among the first countries …")
# and what follows it is no passive, progressive, plan or place ("was signed", "is holding",
# "is to visit", "was in Moscow on Monday": acts and visits).
COPULAS = ("is", "are", "was", "were", "remains", "remain", "remained")
NOT_DESCRIPTION_AFTER = ("to", "in", "at", "on", "into", "inside", "near", "aboard", "back",
                         "home", "here", "there", "present", "due", "set", "about", "going",
                         "expected", "scheduled", "slated", "poised", "ready", "under",
                         "with", "from", "off", "out", "up", "away", "believed", "thought",
                         "said", "reported", "likely", "unlikely", "able", "unable",
                         "together")
# A part taken in an occasion, after a copula and an optional article: "were part of the …
# exercise", "was the guest of honour of the parade", "was host to a delegation": presence.
PRESENCE_NOUNS = ("part", "guest", "guests", "host", "hosts", "participant", "participants")
# Words that may stand between the copula and its complement ("was also", "were still"; an
# adverb in -ly too: "was jointly witnessed" is a passive).
COPULA_ADVERBS = ("also", "still", "already", "once", "then", "now", "reportedly",
                  "allegedly", "indeed", "again", "not", "never", "further", "once again")
# Phrases of a cause or an occasion: a date after them dates that, not the main clause's act
# ("has blocked deliveries because of the murder of a journalist in 2018").
# A basis too ("has been selected, based on a proposal made in 2023"): the proposal's date.
# Not "after", "following": an earlier act, a time.
CAUSE_PHRASES = ("because of", "due to", "owing to", "in the wake of", "in response to",
                 "amid", "over", "based on", "on the basis of")
# Verbs of a reaction: urged, warned, condemned by a third country's official or ministry,
# the sentence is that country's view of the sides, not an act of the relationship (a plain
# "said" or "reported" may relay the act itself: "Xinhua reported that the drills began").
# "called"/"calls" only before "for"/"on"/"upon", a weekday aside ("called on Saturday for"):
# "called at Karachi", "called on Saturday at Karachi" is a port call.
_WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
REACTION_VERBS = ("warned", "warns", "cautioned", "urged", "urges",
                  r"call(?:ed|s)(?=\s+(?:on\s+(?:" + _WEEKDAY_NAMES + r")\s+)?(?:for\b|upon\b|"
                  r"on\s+(?!(?:" + _WEEKDAY_NAMES + r")\b)))", "condemned", "condemns",
                  "criticised", "criticized", "criticises", "criticizes", "accused", "accuses",
                  "protested", "protests", "demanded", "demands", "slammed", "slams",
                  "denounced", "denounces", "welcomed", "welcomes", "expressed", "voiced")
# A decision told before, named again as the subject ("The policy change was implemented on
# Sunday by the foreign minister"): the thing the article is about, like "The delivery".
DECISION_NOUNS = ("decision", "move", r"policy\s+change", "approval")
# A sentence that frames the news rather than tells it (``extraction/framing.py``): its main
# verb is "come" with a link after it ("The deal comes amid closer ties …", "It came days after
# X arrived …").  Distances that may stand between ("comes days after").
FRAME_VERBS = ("comes", "come", "came")
FRAME_DISTANCES = ("just", "only", "barely", "hours", "days", "weeks", "months", "years", "a day",
                   "a week", "a month", "a year", "a few", "two", "three", "several")
FRAME_LINKS = ("as", "amid", "after", "following", "at a time when", "against the backdrop of",
               "in the wake of")
# In a framing sentence, a date after one of these and a noun phrase ("following its invasion
# of Ukraine in February 2022", "following Armenia's defeat last year") dates the backdrop.
BACKDROP_OPENERS = ("following", "since")
# An organisation named by a common noun ("The party was established in 1945"): its founding is
# its history, as with a name ("Rosoboronexport was founded in 2000").
ORGANISATION_NOUNS = ("party", "company", "firm", "corporation", "organisation", "organization",
                      "group", "institute", "agency", "movement", "bloc")
# A story's history told first: "The programme dates back to 2017, when …" ("… back to").
GOES_BACK_VERBS = ("dates", "dated", "goes", "went", "traces", "traced", "harks", "harked")
# A main verb that sets the news after an earlier act named as its object ("it follows a deal
# signed by Qatar on December 7"): a date told with that act's participle is the earlier act's.
# ("comes after" is a framing verb: what follows it is the news itself, FRAME_VERBS).
FOLLOWS_VERBS = ("follows", "followed")
# A second clause set against the first ("…, whereas the groundbreaking for the second ship
# took place in Karachi in May"), its own subject and past verb: a second act with its own date
# (``extraction/contrast.py``).
CONTRAST_LINKS = ("whereas", "while")
# The scene of an act, not a party to it (``extraction/relevance.py``): "… announced the
# decision on Sunday during a trip to Israel".  The phrase runs to a comma or one of the words
# after it.
VENUE_PHRASES = (r"during\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:trip|visit|tour|"
                 r"stopover)\s+(?:to|of|in)",
                 r"on\s+the\s+(?:side-?lines|margins)\s+of")  # a summit's, a meeting's
VENUE_ENDS = ("on", "and", "where", "when", "after", "before", "said", "says", "to")
# One side's reform of its own forces or defence policy ("announced a major restructuring of its
# military in 2023", "overhauled its armed forces"): a domestic act, no act of a relationship,
# in a sentence that names one side only (``extraction/domestic.py``).  A thing added "with"
# something ("upgrade its navy with 11 frigates") is a thing received, and stays.
DOMESTIC_REFORMS = ("restructuring", "restructured", "restructure", "restructures",
                    "reorganisation", "reorganization", "reorganised", "reorganized",
                    "reorganise", "reorganize", "overhaul", "overhauled", "overhauls", "reform",
                    "reforms", "reformed", "shake-up", "shakeup", "downsizing", "downsized")
DOMESTIC_OWNERS = ("its", "their", "its own", "their own", "the country's", "the country’s")
DOMESTIC_INSTITUTIONS = ("military", "armed forces", "army", "defence forces", "defense forces",
                         "defence force", "defense force", "defence policy", "defense policy",
                         "defence strategy", "defense strategy", "defence ministry",
                         "defense ministry", "command structure", "military command")
# ... or its adoption of its own defence policy, doctrine, strategy or budget: "India's cabinet
# approved a new defence procurement policy", "Moscow adopted a new military doctrine" (the
# verbs, the qualifiers and the documents) ...
DOMESTIC_ADOPTIONS = ("approved", "approves", "adopted", "adopts", "unveiled", "unveils",
                      "passed", "passes", "released", "releases", "published", "publishes")
DOMESTIC_POLICY_QUALIFIERS = ("defence", "defense", "military", "national security")
DOMESTIC_POLICIES = ("policy", "policies", "doctrine", "strategy", "budget", "white paper",
                     "concept", "law")
# ... or a change of the size of its own forces: "a decree raising the size of the Russian
# army", "cut the strength of its armed forces".
DOMESTIC_SIZE_CHANGES = ("raising", "raised", "raises", "raise", "increasing", "increased",
                         "increases", "increase", "boosting", "boosted", "expanding", "expanded",
                         "cutting", "cut", "cuts", "reducing", "reduced", "reduces")
DOMESTIC_SIZES = ("size", "strength", "headcount", "manpower")
# A thing's own development milestone, right before its date ("completed its maiden flight in
# May"): the maker's programme, a side fact of a sentence naming one side, not an act of the
# relationship (a flight with a pilot of the other side names both: an act of the two).
DEVELOPMENT_MILESTONES = ("first flight", "maiden flight", "first test flight",
                          "maiden test flight", "inaugural flight")
# Who broke a story ("<Outlet> was first to report the ships' arrival last week"): a note
# about the coverage, the outlet's scoop, not an act of the sides (``extraction/candidates.py``).
FIRST_REPORT_PHRASES = ("was the first to report", "was first to report",
                        "were the first to report", "were first to report",
                        "was the first to break the news", "was first to break the news")
# A side joining an alliance ("Finland joined NATO in April"), the date right after: its own
# membership, a side fact of a sentence naming one side (``extraction/domestic.py``), not an
# act of the relationship; a sentence naming both sides ("Turkey approved Finland's
# accession") is the two sides' act and is not read here.
ACCESSION_WORDS = ("joined", "joins", "join", "joining", "acceded to", "accedes to",
                   "accession to", "became a member of", "becoming a member of",
                   "membership in", "membership of")
ALLIANCES = ("NATO", "the North Atlantic Treaty Organization", "the European Union", "the EU",
             "CSTO", "the Collective Security Treaty Organization", "the SCO", "BRICS",
             "the Shanghai Cooperation Organisation", "the Shanghai Cooperation Organization",
             "ASEAN", "the African Union")
# A capital before one of these stands for its state ("the Taipei government said …",
# ``extraction/relevance.py``): a party to what the sentence tells, not the scene of an act.
CAPITAL_GOVERNMENTS = ("government", "administration", "authorities", "regime", "leadership")
# A side's attack on a city of a third country ("Russia launched a missile attack on Kyiv",
# "Russian jets struck Odesa"), told in a sentence naming that side only, is its war with that
# country, not an act of the relationship (extraction/domestic.py): the nouns of an attack
# (before "on", "against", "targeting") and the verbs that take the target as their object.
ATTACK_NOUNS = ("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid",
                "raids", "assault", "bombardment", "shelling", "bombing", "offensive")
ATTACK_VERBS = ("struck", "shelled", "bombed", "pounded", "attacked", "targeted", "hit",
                "fired at", "fired on")

# How a sentence's date is chosen (``chronology/extraction/dating.py``); matched in any case
# unless noted.
# A date denied right before it: "not on Monday", "rather than in May", with one of the
# prepositions after the denial.
DENIED_DATE_WORDS = ("not", "never", "rather than", "instead of")
DENIED_DATE_PREPOSITIONS = ("on", "in", "at", "by", "until")
# The first date of a range: "from March 3 to March 5", "between 2015 and 2017".
RANGE_OPENERS = ("from", "between")
# A clause of another act with its own subject: "after Ankara fast-tracked legislation last
# month" (case-sensitive).
AFTER_CLAUSE_OPENERS = ("after", "following", "since", "before")
# A stay in a place since a day: "has been in Doha since Friday".
STAY_PREPOSITIONS = ("in", "at")
# A start told with "from": "shipments started from last month", "began from March 3".
START_VERBS = ("started", "began", "begun", "commenced", "starts", "begins", "commences")
# A "since"/"until" clause bounds the main event's span ("since Ukraine first reported one in
# September"), unless it is "since then", "until now" (SPAN_NOT_AFTER).
SPAN_WORDS = ("since", "until", "till")
# A sentence that opens as a reminder tells earlier news, not the lead's again ("Recall that on
# Tuesday, the weekly reported that the handover took place …"), lower case, from its start.
REMINDER_OPENERS = ("recall that", "recall,", "we recall that", "let us recall that",
                    "as a reminder", "it will be recalled that", "it should be recalled that",
                    "to recall,", "as previously reported", "as reported earlier")
SPAN_NOT_AFTER = ("then", "now")
# A date told of after "that" or a telling verb: "confirmed that the 11 June agreement …",
# "said the Feb. 24 invasion …" (case-sensitive) ...
TOLD_OF_WORDS = ("that", "said", "says", "confirmed", "confirms", "noted", "notes", "recalled",
                 "recalls", "added", "stressed", "believes", "believed", "thinks", "thought",
                 "argued", "argues",
                 # words that speak of or judge the thing: "Biden described the Jan. 21
                 # shooting", "condemned the Oct. 7 attack", "welcomed the 11 June accord"
                 "described", "describes", "mentioned", "mentions", "cited", "cites",
                 "condemned", "condemns", "denounced", "denounces", "praised", "praises",
                 "hailed", "hails", "welcomed", "welcomes", "criticised", "criticized",
                 "criticises", "criticizes", "blamed", "blames", "referred to", "refers to")
# ... names the act of one of these nouns by its date: "the 11 June agreement", "the Feb. 24
# invasion" (regexes, case-sensitive).
NAMED_BY_DATE_NOUNS = ("agreement", "deal", "contract", "accord", "memorandum", "pact", "treaty",
                       "attack", "invasion", "summit", "meeting", "talks", "visit", "ceasefire",
                       "truce", "decision", "announcement", "statement", "order", "launch",
                       "test", "strike", "strikes", r"elections?", "vote", "referendum", "coup",
                       "incident", "crash", r"shootings?", r"bombings?", "massacre",
                       "communiqué", "communique", "declaration", "resolution")
# A document or act named by its date as a title, capitalised: "the August 17 Communiqué",
# "the 11 June Agreement" (the thing's name wherever it stands, except after these words,
# which make the date the time of the sentence's act: "at the 5 May Summit").
NAMED_BY_DATE_TITLE_NOT_AFTER = ("on", "at", "during", "in", "since", "until", "till", "by",
                                 "before", "after", "from")
# (HARDWARE_NOUNS, the nouns of a thing of the topic's kind, stand before THING_NOUNS.)
# Actions of a defence relationship, as patterns read case-blind at word bounds: a sentence
# naming one side and one of these is on topic in an article about the topic ("Putin denied
# …", "jets took off from the base …"; extraction/candidates.py).
KIND_ACTIONS = (
    r"deliver\w*", r"ship(?:ped|ment)\w*", r"suppl(?:y|ied|ies)", r"sign\w*", r"agree\w*",
    r"contract\w*", r"purchas\w*", "bought", "sold", r"sells?", r"acquir\w*", r"launch\w*",
    r"test(?:ed|s)?", "fired", r"strikes?", "struck", r"bomb\w*", r"deploy\w*", r"drills?",
    r"exercises?", r"manoeuvres?", r"maneuvers?", "denied", "denies", "satellite", r"missiles?",
    r"weapons?", "arms", r"jets?", "aircraft", r"drones?", r"warships?", "air base",
    r"frigates?", r"ships?", r"vessels?", "fleet", r"submarines?", r"patrol(?:s|led|ling)?",
    r"commission\w*", r"induct\w*", "handed over", "received", r"conduct(?:ed|s|ing)?",
    "arrived",
    # a request or proposal as a verb ("had requested to reduce", "proposed a joint patrol"),
    # not the adjective ("the proposed budget")
    r"(?:requested|proposed)(?=\s+(?:to|that|a|an|the|its|their|his|her|\w+ing)\b)",
)
# A noun that tells an act, with the act's past verb: "which follows the purchase in 2015 of
# 24 Rafale jets" is the jets purchased in 2015.
ACT_NOUNS = {"purchase": "purchased", "sale": "sold", "order": "ordered",
             "delivery": "delivered", "acquisition": "acquired"}
# Nouns of one transaction, told by any of them: the lead's "arms package" is the next
# sentence's "The sale, cleared on Wednesday, …" (``extraction/__init__.py``, a lead told
# again).
DEAL_NOUNS = ("deal", "deals", "sale", "sales", "package", "agreement", "contract", "purchase",
              "order", "accord", "pact")
# Verbs that undo or move a thing's act, not tell it again: "The contract was suspended on
# Friday" after a lead telling the contract is another act.
UNDOING_VERBS = ("cancelled", "canceled", "terminated", "scrapped", "revoked", "annulled",
                 "halted", "frozen", "blocked", "rejected", "vetoed", *POSTPONE_VERBS)

# Which sentences make events (``chronology/extraction/candidates.py``).
# What opens a period the sentence states for itself: "during the Soviet era", "in the 1990s"
# (regexes, any case).
OWN_PERIOD_OPENERS = ("during", "in", "throughout", "under", "since", r"at\s+the\s+height\s+of")
# An attribution with news of its own: "It was also reported on Monday that …".
OWN_NEWS_VERBS = ("reported", "announced", "said", "stated", "confirmed", "disclosed", "revealed")
# A lead that announces what is still to come: "will sign", "plans to", "is set to" (regexes,
# any case).
PLANNED_WORDS = ("will", "would", "shall", "plans?", "planning", "intends?", "is to", "are to",
                 "is set to", "are set to", "is expected", "are expected", "to be held")
# The nouns among them: "endorsed a plan to purchase" tells the endorsement, done (``news_lead``).
PLAN_NOUNS = ("plan", "plans")
# The announced act: "will sell", "is to deliver" (case-sensitive) ... but not a state after
# them: "will be", "will remain" (WILL_ACT_NOT).
WILL_ACT_LEADS = ("will", "is to", "are to", "is set to", "are set to")
WILL_ACT_NOT = ("be", "have", "remain", "continue")
# "Lavrov met his counterpart": the possessives of a person.
PERSON_POSSESSIVES = ("his", "her", "their")
# A thing named only by a pronoun: "Serbia had already acquired this in 2020", with one of
# the words after it (THING_PRONOUN_AFTER).
THING_PRONOUNS = ("this", "these", "those", "it", "them")
THING_PRONOUN_AFTER = ("in", "on", "at", "from", "to", "for", "last", "earlier", "already", "too",
                       "as well")
# An undated sentence that points to another time: "had previously met", "plans to" (regexes,
# any case).
OTHER_TIME_WORDS = ("previously", "earlier", "before", "formerly", "ago", "once", "often",
                    "several times", "repeatedly", "next", "will", "would", "plans? to",
                    r"(?:had|has|have) (?:\w+ )?met")
# "held talks before signing …", "after inspecting the guard": a step of the same occasion.
OCCASION_STEPS = ("before", "after")

# Clauses and the words around names (``chronology/extraction/clauses.py``).
# The articles: "the", "a", "an" (any case).
ARTICLE_WORDS = ("the", "a", "an")
# The finite auxiliaries that make a clause: "was held", "will sign" (case-sensitive).
FINITE_AUXILIARIES = ("was", "were", "is", "are", "has", "have", "had", "will", "would")
# The relative pronouns that open a relative clause with its verb: "which will end May 10".
RELATIVE_SUBJECTS = ("which", "that", "who")
# "The agency issued a statement saying …": an attribution told with a noun of saying, the
# same as "The agency said …" (a regular expression; any case).
STATEMENT_SAYING = (r"\b(?:issued|released|put\s+out|published|posted)\s+(?:a|an)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|release|note)\s+"
                    r"(?:(?:on|late|early)\s+[\w-]+\s+)?saying\b")
# The prepositions after a role that name where its holder is posted: "ambassador to
# Washington", "envoy in Ankara" (title_people.py; case-sensitive).
POSTED_TO = ("to", "in", "at")
# Participles that tell how a speaker came to speak, set off by commas before the verb of
# saying: "X, speaking to reporters in Y, said …" (titles.py).
SPEAKING_PARTICIPLES = ("speaking", "talking", "addressing", "writing", "responding",
                        "commenting", "replying", "briefing")
# The relative adverbs that open a clause with its own subject after a noun of place or
# manner: "the yard where two frigates are being built" (the clause's verb is not the
# sentence's).
RELATIVE_ADVERBS = ("where", "whereby", "wherein")
# A sentence's first word that opens an introduction before its main clause, up to a comma:
# "On Monday, …", "Speaking after the exercise, …", "In addition, …".
INTRO_WORDS = ("on", "in", "at", "after", "before", "during", "earlier", "later", "while", "upon",
               "meanwhile", "meantime", "however", "under", "among", "amid", "with", "also",
               "following", "for", "according", "commenting", "speaking", "referring",
               "receiving", "as", "based", "nevertheless", "nonetheless", "besides",
               "separately", "in addition", "moreover", "since", "aside", "apart", "prior",
               "still", "instead", "likewise", "similarly", "indeed", "thus", "furthermore",
               "despite", "within", "throughout")
# Right before a run of capitalised words, these make it a place: "in Uttar Pradesh",
# "visited Burkina Faso", "a tour of Sierra Leone" (case-sensitive).
PLACE_BEFORE_WORDS = ("in", "at", "near", "outside", "across", "visit", "visits", "visited",
                      "visiting", "toured", "tour of", "trip to", "travelled to", "traveled to",
                      # "the naval port of Sattahip", "the city of Da Nang": a place's kind
                      "port of", "harbour of", "harbor of", "city of", "town of", "village of",
                      "province of", "island of", "region of", "district of", "county of")
# A word of a place's name, never of a person's, anywhere in a run but its last word:
# "Papua New Guinea", "Port Moresby", "Fort Bliss", "Mount Kenya" (a surname may be "Lake").
PLACE_NAME_WORDS = ("New", "Port", "Fort", "Mount", "Lake", "Cape")
# Right before a name, these make it the name of a thing, no person: "dubbed Iron Dome",
# "exercise Zapad" (regexes, any case).
NAME_INTRODUCERS = ("dubbed", "codenamed", "code-named", "titled", "entitled", "nicknamed",
                    "christened", "exercise", "operation", "drills?", "maneuvers", "manoeuvres")

# Titles (``chronology/extraction/titles.py``, ``title_*.py``, ``headline_clause.py``,
# ``dated_clause.py``).
# "Over the last year", "for the past month": "the" after one of these goes with a date that
# needs it (THE_DATE_WORDS; any case).
THE_DATE_LEADS = ("over", "for", "within", "throughout", "during", "in")
# "made at six-month intervals starting from August 2023": a word that only leads into the
# date of an onset, dropped with it (``title_dates``; not after "the": "the beginning of")
ONSET_DATE_LEADS = ("starting", "beginning", "commencing", "effective")
# "two boats, one in 2017 and the other in 2018": the members of a distributive aside, which
# say nothing once their dates go (``title_dates``)
DISTRIBUTIVE_FIRST = ("one", "the first", "the former", "once")
DISTRIBUTIVE_SECOND = ("the other", "another", "the second", "the latter", "the rest", "again")
THE_DATE_WORDS = ("last", "past", "next", "previous", "coming", "same", "following", "preceding")
# Words between listed months or days that share the year written after the last ("in March
# and April of 1987", "in May and again in June 1987"): joiners, then adverbs, then a
# preposition (``combine.shared_year``).
LIST_JOIN_ADVERBS = ("again", "then", "also")
LIST_JOIN_PREPOSITIONS = ("in", "on", "during")
# "houses soldiers under an agreement (signed in 2014)": a noun after one of these is no
# subject (case-sensitive) ...
SIDE_OBJECT_OPENERS = ("under", "after", "following", "per", "through", "via", "amid", "despite")
# ... after one of these determiners: "under an agreement", "after its launch".
NOUN_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her")
# "… were rescued when two boats sank (on Monday)": a conjunction that opens a clause with its
# own subject and verb.
CLAUSE_CONJUNCTIONS = ("when", "while", "because", "although", "though", "whereas", "if",
                       "where", "once")
# Verbs whose object takes "as" and a noun phrase: "describes Morocco as a major force".
AS_VERBS = frozenset({"describe", "see", "regard", "view", "consider", "define", "designate",
                      "label", "brand", "hail", "list", "classify", "identify", "recognize",
                      "recognise", "treat", "appoint", "elect", "nominate", "choose", "select",
                      "name", "present", "portray"})

# Tense from a date's context (``chronology/dates/context.py``); regexes, any case unless noted.
# The end of a stretch right before a date: "runs until Sunday", "stays through Friday".
UNTIL_WORDS = ("until", "till", "through")
# Words that open a phrase of an act next to a day told right before ("on Monday after talks
# on Sunday", "on Friday, before a hearing on Tuesday"): the first looks back from that day,
# the second ahead (``dates/relative._after_a_day``).
SEQUEL_WORDS = ("after", "before")
# Past forms of lasting: a stretch they tell ended at the date after UNTIL_WORDS, so that
# date is past too ("the strike lasted through March", "fighting raged until the summer",
# told in February: last March, last summer); not a time granted ("extended the loans
# through January", "was given until Friday"), which may still lie ahead.
LASTED_VERBS = ("lasted", "continued", "remained", "stayed", "persisted", "raged", "dragged",
                "ran", "held", "served", "ruled", "reigned", "lived", "fought", "kept")
# A range's end after a counted day's date: "two weeks from March 1 to March 14" is the span
# from March 1, not the day two weeks after it (``dates/combine.counted_from``).
RANGE_CLOSERS = ("to", *UNTIL_WORDS, "thru")
# Words of lasting right before a count of days or weeks "from" a date: "lasts for two weeks
# from March 1", "over the two weeks from Monday" tell a span that starts on the date, not the
# day counted from it ("set for a week from Monday": "for" after a word of ``SCHEDULE_WORDS``
# is the day counted).
SPAN_BEFORE_COUNT = ("for", "over", "during", "the", "lasting", "spanning", "throughout")
# Words in the clause before "until" that tell a stretch still going on or still ahead ("the
# fair runs until Sunday", "the strait is closed until Monday", "will stay through Friday");
# with none ("Turkey shut the strait until Sunday": a past form the tense lists may not know)
# the weekday is read as any other (``chronology/dates/relative.py``).
STRETCH_GOES_ON = ("will", "shall", "is", "are", "am", "remain", "remains", "continue",
                   "continues", "run", "runs", "last", "lasts", "stay", "stays", "hold", "holds",
                   "go on", "goes on")
# A deadline or a schedule right before a date: "by March 1", "due on", "slated for".
DEADLINE_WORDS = ("by", *UNTIL_WORDS, "before", "due", "expire", "expires",
                  "effective", r"as\s+soon\s+as", "payable", r"scheduled\s+for", r"set\s+for",
                  r"slated\s+for")
# Words after a month that make it a futures contract's delivery month ("December futures",
# "May options", "the March contract" in a sentence of futures): the next such month at or
# after the reference, whatever the tense ("December futures fell", told in October, trade
# for this December). An options or contract word counts only with a futures market word in
# its sentence ("the March contract with the navy" may be one signed in March; "gives
# workers stock options"); none after a preposition of time ("In December options were
# scarce"), and a past expiry verb after it keeps the tense ("the September contract expired
# last month").
FUTURES_WORDS = ("futures",)
OPTIONS_WORDS = ("options",)
FUTURES_CONTRACT_WORDS = ("contract", "contracts")
# Months whose names are also words of their own, taken as months before a futures word
# ("the May contract", "March futures"; ``tagger``).
CONTRACT_AMBIGUOUS_MONTHS = ("may", "march")
FUTURES_MARKET_WORDS = ("futures", "commodity", "commodities")
CONTRACT_MONTH_NOT_AFTER = ("in", "during", "since", "by", "until", "till", "through",
                            "throughout", "from")
CONTRACT_PAST_EXPIRY = ("expired", "settled", "matured", "lapsed")
# Deadline words after which a past act tells a past date: "the plant closed before
# Christmas", "sales had doubled by March" (the act was done by then; "will close before
# Christmas", "said it closes by March" stay ahead).  Not "until": "shut the strait until
# Sunday" may be a closure still going on.
DONE_BY_WORDS = ("by", "before")
# Present and modal verbs: a past form after them in the clause before "by"/"before" is a
# participle they govern, no act done by then ("wants all debts settled before Christmas",
# "expects the bridge completed before Christmas", "residents who lost homes can apply by
# Dec. 20"); the present forms of INFINITIVE_VERBS ("needs", "wants") count too.
# The word of an infinitive before a bare verb ("agreed to sell"; ``context._done_by``).
INFINITIVE_MARKER = "to"
DONE_BY_NOT_PAST = ("can", "cannot", "must", "may", "might", "should", "shall", "will",
                    "would", "is", "are", "am", "do", "does")
# A start right before a date: "since Monday", "ever since 2014" (a year after them is a
# lower bound of the writer's present, not a year near it: years.py).
SINCE_WORDS = ("since", r"ever\s+since")
# Words right before a year that put it around the writer's present: "throughout 2015", "so
# far in 2016", "later in 2023", "earlier in 2023" (an act placed within the writer's own
# year: the year is not only a lower bound, years.py).
CURRENT_YEAR_WORDS = ("throughout", r"so\s+far\s+in", r"so\s+far\s+this\s+year,?",
                      r"(?:the\s+)?rest\s+of", r"the\s+(?:end|remainder)\s+of", r"later\s+in",
                      r"earlier\s+in", r"for\s+the\s+whole\s+of")
# A year right after one of these dates a past act ("signed in 2018", "during 2019"): news
# gives the year of an act only when it is not the writer's own (the current year's acts are
# "in March", "earlier this year"), so such a year is a lower bound of the writer's present,
# how far below not told (years.py); a year in a name ("Blue Sword 2019") is not one.
ACT_YEAR_WORDS = ("in", "during", "by", "until", "till", "from", "before", "after")
# "The vote is on Sunday", "the talks are scheduled in Geneva on …" (case-sensitive): the
# present of "to be" (IS_ON_VERBS) with one of these (SCHEDULE_WORDS) is a schedule.
IS_ON_VERBS = ("is", "are")
SCHEDULE_WORDS = ("due", "expected", "scheduled", "set", "slated", "planned")
# A phrase between a far tense marker and the date that looks back from it: "after", "ago".
LOOKS_BACK_WORDS = ("after", "since", "following", "than", "ago", "earlier", "previous", "prior")

# Headlines from a noun of action (``chronology/extraction/action_nouns.py``): a verbless
# "Delivery of X to Y" tells "X delivered to Y". Nouns whose "of" phrase is what is acted on,
# with the participle of their verb:
ACTION_NOUN_PARTICIPLES = {
    "delivery": "delivered", "signing": "signed", "handover": "handed over",
    "hand-over": "handed over", "handing over": "handed over", "launch": "launched",
    "launching": "launched", "commissioning": "commissioned", "deployment": "deployed",
    "purchase": "purchased", "inauguration": "inaugurated", "opening": "opened",
    "transfer": "transferred", "sale": "sold", "acquisition": "acquired", "approval": "approved",
    "induction": "inducted", "unveiling": "unveiled", "test-firing": "test-fired",
    "ratification": "ratified", "adoption": "adopted", "shipment": "shipped",
    "rollout": "rolled out", "roll-out": "rolled out", "christening": "christened",
}
# Nouns whose "of" phrase (or possessive) is who acts: that act's verb, the preposition the
# verb does not take and what stands for them ("Arrival of X to Y" -> "X arrive(s) in Y", "X's
# visit to Y" -> "X visit(s) Y", "Departure of X from Y" -> "X leave(s) Y"); any other
# preposition stays ("Arrival of X at Y" -> "X arrive(s) at Y").
ACTION_NOUN_ACTS = {"arrival": ("arrive", ("to",), "in"), "visit": ("visit", ("to", "in"), ""),
                    "departure": ("leave", ("from",), "")}
# Nouns of an act told "between" two parties: "Talks between A and B" -> "A and B hold talks".
# "hold" keeps the noun with its modifiers ("First-ever joint naval exercise between A and B"
# -> "A and B hold first-ever joint naval exercise").
BETWEEN_ACTS = {"talks": "hold", "meeting": "meet", "meetings": "meet",
                "consultations": "hold", "negotiations": "hold", "exercise": "hold",
                "exercises": "hold", "drill": "hold", "drills": "hold"}
# Ceremony words after a noun of action that the headline's verb makes redundant
# ("Handover ceremony of X" -> "X handed over").
ACTION_CEREMONY_WORDS = ("ceremony", "ceremonies")
# What a ceremony is held for, after its noun: "a ceremony marking the arrival of sailors at
# the base", "a ceremony to mark …" (``extraction/sameness``: the ceremony of an act).
CEREMONY_FOR = ("marking", "to mark", "celebrating", "to celebrate", "for the opening of")
# Prepositions that end the "of" phrase of a noun of action and start the rest of the act.
ACTION_REST_PREPOSITIONS = ("to", "at", "in", "into", "from", "between", "by", "on", "with",
                            "near", "off", "under", "during", "aboard")
# "Admiral Okafor receiving the first vessel at Tema" (a caption): the act a caption shows by
# its participle after a name; these -ing words open a phrase, never a caption's act.
CAPTION_NOT_ACTS = ("including", "following", "regarding", "concerning", "according", "during",
                    "excluding", "pending", "considering", "involving", "featuring", "comprising",
                    "consisting", "carrying", "bearing", "belonging")
# Nouns that, after their preposition and with their article dropped, still need the clause
# that told what they were: "… in a move that angered X" cut to "… in move", "in an event
# attended by …" to "in event" (``title_fit.dangles``).
BARE_COMPLEMENT_NOUNS = {"move": ("in",), "bid": ("in",), "effort": ("in",),
                         "attempt": ("in",), "event": ("in", "at"), "step": ("in",),
                         # "… ahead of entry": into force, into service
                         "entry": ("before", "after", "upon", "on", "since", "until",
                                   "following", "pending")}
# A first-person opener of the outlet's own learning (``titles``): "We have just learned
# that …", "We just got the news that …": the act is what follows.
FIRST_PERSON_LEARNED = (r"(?:we|i)\s+(?:have\s+|had\s+)?(?:just\s+|now\s+|also\s+)?"
                        r"(?:learned|learnt|heard|got\s+(?:the\s+)?(?:news|word)|"
                        r"received\s+(?:the\s+)?(?:news|word)|been\s+told|were\s+told|"
                        r"was\s+told)\s+that\s+")
# An impersonal report frame (``titles``): "It was said that …", "It has been reported that
# …": no one acts in it; the act is what follows.
IMPERSONAL_REPORT = (r"it\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|now\s+|further\s+)?"
                     r"(?:said|reported|learned|learnt|announced|stated|confirmed|understood)"
                     r"\s+that\s+")
# A writer's byline opening a story's first sentence ("By Jane Roe: The …", "By Jane Roe |
# The …"): the writer's name and its mark, no part of the sentence's act (``titles``).
BYLINE = r"By\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*[:|]\s+(?=\S)"
# A copyright mark or a credit phrase opens a photo credit ("© Name, AP", "Image reproduced
# from …"): never part of the story's sentence.
CREDIT_MARKS = ("©", "Image reproduced from", "Photo reproduced from", "Image courtesy of",
                "Photo courtesy of")
# Nouns of a place of work that an "-ing" word before them names the work of ("defence
# manufacturing facility", "pilot training centre"): the "-ing" word starts no phrase there.
FACILITY_NOUNS = ("facility", "facilities", "plant", "plants", "centre", "center", "centres",
                  "centers", "unit", "units", "complex", "hub", "site", "yard", "range", "line",
                  "base", "school", "ground", "grounds", "station")

# What kind of weapon a report's goods are (``extraction/weapons``): two deliveries of
# different classes (fighter jets, assault rifles) are two acts.  Each class's nouns, singular
# (a plural adds "s" or "es"); classes kept coarse on purpose, as reports name one system
# several ways: a bomber and a fighter are one class, and a missile and an air defence system
# are one ("Patriot missiles", "Patriot air defence systems").
WEAPON_ENDING = r"(?:s|es)?"
WEAPON_CLASSES = {
    "jet": ("fighter", "fighter jet", "fighter aircraft", "warplane", "bomber", "jet",
            "interceptor"),
    "helicopter": ("helicopter", "gunship", "attack helicopter"),
    "missile": ("missile", "air defence system", "air defense system", "anti-aircraft",
                "surface-to-air"),
    "small arms": ("rifle", "assault rifle", "machine gun", "small arms", "pistol",
                   "kalashnikov"),
    "ship": ("frigate", "corvette", "destroyer", "submarine", "warship", "patrol vessel"),
    "drone": ("drone", "uav", "unmanned aerial vehicle"),
    "tank": ("battle tank", "armoured vehicle", "armored vehicle"),  # not "a think tank"
}
# The letters of a designation, as any script's is written in Latin capitals
# (``extraction/crosslang.designations``: "Су-30" is SU-30), and the class it names: only a
# maker's own letters; one letter is shared by many makers' lines (a T-72 tank, a T-50 jet, a
# T-129 helicopter; an S-400, an S-70 helicopter), so it names no class.
DESIGNATION_CLASSES = {"SU": "jet", "MIG": "jet", "TU": "jet", "YAK": "jet", "JF": "jet",
                       "MI": "helicopter", "KA": "helicopter", "AH": "helicopter",
                       "AK": "small arms", "MQ": "drone"}
# Only the head of the goods names their class (``extraction/weapons.goods``).  The goods
# follow the verb that hands them over, up to a preposition or a clause break; "of" goes on
# past a quantity ("a batch of jets").  A weapon word after "anti" is the goods' target
# ("anti-drone systems"), one before another noun only qualifies it ("jet fuel"); a carrier
# of anything is a ship ("a helicopter carrier").  What follows these cues tells the goods'
# arms or use, not the goods ("aircraft armed with missiles", "radars to track drones").
GOODS_VERBS = ("delivered", "delivers", "deliver", "handed over", "hands over", "supplied",
               "supplies", "shipped", "ships", "transferred", "transfers", "sent", "sends",
               *ACQUIRE_VERBS)
GOODS_END = r"[,;:.()]|\s(?:to|in|on|at|from|by|with|for|over|into|under|which|that|who|" \
            r"after|before|armed|equipped|fitted|capable|able|against|designed|built)\s"
WEAPON_TARGET = r"anti[-\s]"
WEAPON_QUALIFIED = {"carrier": "ship", "carriers": "ship", "fuel": None, "engine": None,
                    "engines": None, "pilot": None, "pilots": None, "crew": None,
                    "crews": None, "ammunition": None, "parts": None, "spare": None,
                    "factory": None, "plant": None, "base": None}
# The makers of aircraft and weapons, and design bureaus, by the name a report gives before a
# model's ("two Yakovlev Mitten aircraft", "Lockheed Martin Hellfire missiles":
# ``extraction/things.maker_and_model``); a group, an owner or a person before a model
# ("Hezbollah Shahed drones") is none.
# A maker of one home country, with that country (general knowledge): a sentence naming the
# maker names its country's side of a topic ("Canberra chose a Mitsubishi Heavy Industries
# design": Japan's, ``extraction/relevance.match_topic``).
ARMS_MAKER_HOMES = {
    "Almaz-Antey": "Russia", "Antonov": "Ukraine", "Aselsan": "Turkey", "BAE Systems": "United Kingdom",
    "Baykar": "Turkey", "Beriev": "Russia", "Boeing": "United States", "Chengdu": "China",
    "Dassault": "France", "Elbit": "Israel", "Embraer": "Brazil", "Fincantieri": "Italy",
    "General Atomics": "United States", "General Dynamics": "United States",
    "Hanwha": "South Korea", "Hyundai Rotem": "South Korea", "Hyundai Heavy Industries": "South Korea",
    "Ilyushin": "Russia", "Kalashnikov": "Russia", "Kamov": "Russia",
    "Kawasaki Heavy Industries": "Japan", "Krauss-Maffei": "Germany", "Leonardo": "Italy",
    "Lockheed Martin": "United States", "Mikoyan": "Russia",
    "Mitsubishi Heavy Industries": "Japan", "Naval Group": "France", "Nexter": "France",
    "Northrop Grumman": "United States", "Rafael Advanced Defense Systems": "Israel",
    "Raytheon": "United States", "Rheinmetall": "Germany", "Roketsan": "Turkey", "Saab": "Sweden",
    "Shenyang": "China", "Sikorsky": "United States", "Sukhoi": "Russia", "Thales": "France",
    "Thyssenkrupp Marine Systems": "Germany", "Tupolev": "Russia", "Yakovlev": "Russia",
    # the other large makers of one home country, by the name reports use
    "Israel Aerospace Industries": "Israel", "Korea Aerospace Industries": "South Korea",
    "Navantia": "Spain", "Kongsberg": "Norway", "Hindustan Aeronautics": "India",
    "Bharat Dynamics": "India", "Bharat Electronics": "India", "Mazagon Dock": "India",
    "Norinco": "China", "Uralvagonzavod": "Russia", "Rosoboronexport": "Russia",
    "Textron": "United States", "L3Harris": "United States", "Patria": "Finland",
    "FNSS": "Turkey", "Otokar": "Turkey", "Turkish Aerospace": "Turkey", "Damen": "Netherlands",
    "Diehl": "Germany", "Hensoldt": "Germany", "Pilatus": "Switzerland", "Avibras": "Brazil",
    "Denel": "South Africa", "Huntington Ingalls": "United States",
}
ARMS_MAKERS = tuple(sorted({*ARMS_MAKER_HOMES, "Airbus", "Eurocopter", "Eurofighter", "MBDA"}))
