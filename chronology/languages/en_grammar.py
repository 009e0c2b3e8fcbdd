"""English: the grammar words the rules read — function words, verb forms, the words
of headlines, speakers, clauses, page chrome and merging (the date words are in
``en.py``).  Each table is read by the module named in the comment above its group;
identical copies were made one."""

from __future__ import annotations

# extraction/candidates.py
CANDIDATES_NOT_DOING = {
    "considering", "planning", "preparing", "seeking", "looking", "hoping", "expecting", "weighing",
    "mulling", "trying", "aiming", "working", "going", "thinking", "waiting", "discussing",
    "negotiating", "studying", "exploring", "pushing", "pressing", "urging", "calling", "asking",
    "facing", "becoming", "getting", "being", "having", "eyeing", "reviewing", "evaluating",
    "assessing",
}

# extraction/candidates.py: a plural pronoun subject that can stand for both sides
CANDIDATES_PLURAL_PRONOUNS = ("They",)

# extraction/titles.py: the mark of an office held at the time told ("then-Defence Minister X");
# not "ex-" ("an ex-Iranian Navy commander" is no Iranian Navy commander)
TITLES_FORMER_MARKS = ("then",)

# extraction/titles.py: a writer's aside to the reader before the story's own sentence ("Recall
# that the navy received …", "It should be noted that …"): no actor, no act of its own
TITLES_READER_ASIDES = ("recall that", "we recall that", "let us recall that", "note that",
                        "remember that", "it should be recalled that", "it will be recalled that",
                        "it should be noted that", "it is worth recalling that",
                        "it is worth noting that", "it is worth noting", "as a reminder,")

# extraction/links.py: things a story names after telling them by a common noun
LINKS_NAMED_THINGS = ("task force", "exercise", "drills", "drill", "treaty", "pact",
                      "satellite", "operation", "programme", "program")

# extraction/clauses.py
CLAUSES_PRONOUNS = {"he", "she", "they", "it"}

# extraction/contrast.py
# (review F) Not what someone said (", while officials said … that the rest would follow"),
# not a clause whose subject is a pronoun (", while it handed over …": who, the headline
# cannot say), not a plan (", whereas the rest will follow").
CONTRAST_PRONOUNS = {"it", "they", "he", "she", "we", "this", "that", "these", "those"}

# extraction/dated_clause.py
DATED_CLAUSE_MARKED_VERBS = {
    "arrival": "arrive", "start": "start", "beginning": "begin", "opening": "open",
    "delivery": "delivered", "handover": "handed over", "hand-over": "handed over",
    "commissioning": "commissioned", "launch": "launched", "signing": "signed",
    "rollout": "rolled out", "roll-out": "rolled out", "induction": "inducted",
    "unveiling": "unveiled",
}

# extraction/dating.py
DATING_SPAN_WORDS = {"since", "until", "till", "through", "throughout", "by", "before", "after",
                     "from", "between", "within", "during", "over", "for", "beyond", "ahead", "of",
                     "towards", "toward"}  # "a partnership towards the year 2030": a goal
DATING_FOLLOWERS = {"when", "and", "or", "to", "as", "the", "after", "before", "over", "in", "on",
                    "at", "for", "with", "by", "from", "that", "which", "while", "but", "amid",
                    "against", "under", "into", "about", "despite", "because", "if", "than", "so"}
DATING_DEICTIC = {"today", "tonight", "now", "currently", "nowadays", "this year", "this month",
                  "this week", "these days", "at present", "presently"}
DATING_BE_HAVE = {"be", "been", "have", "has", "had", "being"}
DATING_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that"}
DATING_APPOSITIVE_DETERMINERS = {"a", "an", "the"}

# extraction/foreign.py
# the acts done at one occasion (a signing, a meeting, a visit): only such an act is a second
# one of the day "Кроме того" follows; a delivery or a drill told so is background
FOREIGN_OCCASION_KINDS = frozenset({"agreement", "arms deal", "meeting", "visit"})

# extraction/headline_clause.py
HEADLINE_CLAUSE_ADJECTIVES = {
    "new", "old", "close", "strong", "deep", "joint", "naval", "military", "key", "further",
    "closer", "stronger", "deeper", "good", "friendly", "mutual",
}
HEADLINE_CLAUSE_ADVERBIAL_CUTS = {
    "during", "amid", "because", "despite", "whereas", "although", "so", "in",
}
HEADLINE_CLAUSE_INNER_CLAUSE = {
    "when", "where", "after", "as", "while", "until", "since", "before", "then", "in", "on", "at",
    "from", "during",
}
HEADLINE_CLAUSE_PLACE_NOUNS = {
    "county", "province", "city", "district", "region", "state", "town", "village", "township",
    "oblast", "prefecture", "governorate", "municipality", "island",
}

# extraction/headline_tense.py
HEADLINE_TENSE_AS_PARTICIPLES = {
    "known", "described", "seen", "regarded", "considered", "referred", "designated", "identified",
    "named", "listed", "classified", "billed", "touted", "viewed", "used", "dubbed", "hailed",
    "branded",
}
HEADLINE_TENSE_COUNT_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
    "thousands", "several", "many",
}
HEADLINE_TENSE_NOT_AFTER_ADJECTIVE = {
    "by", "in", "at", "on", "to", "from", "for", "with", "into", "off", "the", "a", "an", "and",
    "as", "over", "during", "near",
}
HEADLINE_TENSE_CLAUSE_SUBJECTS = {
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
}
HEADLINE_TENSE_OBJECT_PREPOSITIONS = {
    "under", "in", "by", "through", "after", "per", "within", "from",
}
HEADLINE_TENSE_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"}
HEADLINE_TENSE_PRONOUN_IS = {
    "it's", "it’s", "that's", "that’s", "there's", "there’s", "he's", "he’s", "she's", "she’s",
    "what's", "what’s", "who's", "who’s",
}
HEADLINE_TENSE_PASSIVE_NEXT = {
    "to", "in", "at", "from", "for", "on", "into", "near", "off", "under",
}
HEADLINE_TENSE_FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "would"}
# ("accompanied by", "loaded with": a second participle's phrase, no main verb's)
HEADLINE_TENSE_AFTER_MAIN_PAST = {
    "in", "at", "on", "to", "into", "from", "the", "a", "an", "its", "their", "his", "her", "off",
    "for", "over", "two", "three", "four",
    # "the agreement signed in 2010 stipulated that …": a verb taking a clause
    "that",
}
# Past forms that end a modifier more often than they head a predicate ("worth", "based")
HEADLINE_TENSE_NOT_MAIN_PAST = {
    "based", "used", "armed", "equipped", "made", "built", "manned", "owned", "led", "backed",
    "funded", "linked", "related", "worth",
}
HEADLINE_TENSE_STATE_NEXT = {"about", "that", "over"}
# Words after "<noun> <number>" that make the two a stage's or an item's name ("phase two of
# the drills", "day 3 and 4"), not a verb and its counted object ("cover 82 systems")
HEADLINE_TENSE_NOT_AFTER_COUNT = {"of", "and", "or", "in", "at", "on", "to", "for", "with"}
HEADLINE_TENSE_NOT_BEFORE_VERB = {
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "that",
    "which", "who", "not", "did", "do", "does", "and", "or",
}
HEADLINE_TENSE_PERSONAL = {"i", "we", "you", "they", "he", "she", "it"}
HEADLINE_TENSE_PRONOUN_TENSE = {
    "was": ("is", "are"), "were": ("is", "are"), "had": ("has", "have"), "would": ("will", "will"),
    "will": ("will", "will"), "shall": ("will", "will"),
}
HEADLINE_TENSE_PAST_ADVERBS = {"last", "previously", "formerly", "once"}
HEADLINE_TENSE_FINITE_AUXILIARIES = {
    "has", "have", "had", "is", "are", "was", "were", "will", "would",
}
# What follows "has been" in a state rather than an act: a place or company ("in Wonsan",
# "with the fleet"), a state adjective
HEADLINE_TENSE_STATE_AFTER_BEEN = {
    "in", "at", "on", "with", "under", "inside", "aboard", "operational", "ready", "active",
    "available", "open", "closed",
}
HEADLINE_TENSE_SIMPLE_PAST = {
    "spoke", "took", "gave", "went", "came", "saw", "began", "flew", "drew", "wrote", "withdrew",
    "undertook", "overtook", "became", "ran", "grew", "threw", "knew", "rose", "chose", "broke",
    "drove", "froze", "stole", "swore", "shook",
}
HEADLINE_TENSE_BY_MEANS = {
    "phone", "telephone", "video", "videolink", "video-link", "air", "sea", "rail", "road", "train",
    "ship", "plane", "mail", "email", "letter", "end", "far", "then", "now", "tomorrow", "next",
    "virtue", "means", "way", "hand", "land", "armored", "armoured", "special", "private", "car",
    "bus", "boat", "helicopter", "motorcade", "ferry", "truck", "satellite", "videoconference",
    "teleconference",
}
HEADLINE_TENSE_NO_OBJECT = {
    "by", "in", "on", "at", "during", "after", "with", "from", "near", "off",
}
# "discussions regarding the investment are", "jets under the contract with Iran arrive": a
# postmodifier's words are not the subject's head, both for the verb's agreement
# (``headline_tense``) and for the check that reads it back (``title_fit``)
POSTMODIFIER_LEADS = ("regarding", "concerning", "over", "under", "toward", "towards", "amid",
                      "across", "within")
HEADLINE_TENSE_HEAD_ENDS = (
    "of", "for", "from", "in", "on", "at", "with", "to", "by", "that", "which", "who", "comprising",
    "involving", "along", "together", "between", "among", "against", "about", "during", "including",
    "consisting", "carrying", *POSTMODIFIER_LEADS,
)
# "Doha signs agreement … since the Gulf crisis began": with en.CLAUSE_CONJUNCTIONS, words
# opening a subordinate clause, whose verb is never the headline's main verb (``headline_tense``)
HEADLINE_TENSE_TIME_SUBORDINATORS = {"since", "after", "before", "until"}
# words that never follow a verb in -s with its object ("the talks of …": "talks" a noun)
HEADLINE_TENSE_NOT_AFTER_VERB = {"of", "and", "or", "is", "are", "was", "were", "has", "have"}
HEADLINE_TENSE_CLAUSE_ENDS = {
    "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from", "the",
}
HEADLINE_TENSE_IRREGULAR_PLURALS = {"children", "people", "men", "women", "police", "personnel"}
HEADLINE_TENSE_SINGULAR_MEN = {"specimen", "regimen", "abdomen", "omen", "amen", "acumen", "stamen"}

# extraction/links.py
# What a pointing "This" or "It" says of the event before: "It is the 20th edition", "This
# marks the first time", "It comes after …".
LINKS_OCCASION_VERBS = frozenset({"is", "was", "marks", "marked", "comes", "came", "follows",
                                  "followed", "means", "becomes", "became", "remains"})
LINKS_COPULA = frozenset({"is", "was", "are", "were", "remains", "remained", "seems", "seemed"})
# "They cover the refit of …": a pronoun subject telling what the act before comprised
# goes on about it (``extraction/links.py``).
LINKS_CONTENT_VERBS = frozenset({"include", "includes", "comprise", "comprises", "cover",
                                 "covers", "involve", "involves"})
LINKS_NOT_THE_THING = {
    "the", "a", "an", "its", "their", "his", "her", "while", "although", "though", "as", "after",
    "when", "since", "because", "once",
}

# extraction/people.py
PEOPLE_ROLE_NOUNS = {"minister", "general", "admiral", "commander", "president", "spokesman",
                     "spokeswoman", "spokesperson", "ambassador", "envoy", "premier", "chief",
                     "secretary", "diplomat", "director", "colonel", "captain", "official"}

# extraction/respectively.py
RESPECTIVELY_PREPOSITIONS = {
    "to", "from", "for", "with", "of", "by", "in", "at", "on", "between", "and",
}
# Verbs of movement that take no object: their past is never a passive participle.
RESPECTIVELY_NO_OBJECT = {
    "arrived", "docked", "landed", "sailed", "departed", "returned", "left", "flew", "went", "came",
    "began", "started", "ended", "berthed", "anchored",
}

# extraction/sameness.py
SAMENESS_STOPWORDS = {
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "will", "would", "it", "its", "their", "his", "her", "he", "she", "they", "we", "i",
    "also", "said", "says", "told", "during", "after", "before", "between", "about", "into", "over",
    "than", "then", "there", "which", "who", "whom", "whose", "while", "not", "no", "but", "both",
    "two", "other", "upon", "s",
}
SAMENESS_DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "earlier", "later", "last", "next", "week",
    "month", "year",
}

# extraction/speakers.py
SPEAKERS_NOT_SPEAKER_ENDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "all", "both", "many", "several", "some", "member", "these", "those",
                             "other", "united", "island", "gulf", "baltic", "arab", "african"}
# Conjunctions of time that open a clause ("… until it", "… after the drills ended"), and of
# reason or concession ("… because the talks failed"): the one list of each
TIME_CONJUNCTIONS = {"until", "till", "when", "while", "as", "once", "since", "before", "after"}
REASON_CONJUNCTIONS = {"because", "although", "though", "whereas", "unless"}
SPEAKERS_CONJUNCTIONS = TIME_CONJUNCTIONS | REASON_CONJUNCTIONS | {"if"}
# Words in -s that are singular ("news", "series"): no plural subject or speaker.
SPEAKERS_SINGULAR_S = {
    "news", "series", "species", "politics", "economics", "headquarters", "means",
}
SPEAKERS_PLURAL_SPEAKERS = {
    "officials", "sources", "diplomats", "media", "ministers", "analysts", "experts", "reports",
    "authorities", "leaders", "countries", "sides", "forces", "troops", "officers", "lawmakers",
    "residents", "witnesses", "police", "governments", "militaries", "they", "both", "people",
    "observers",
    # service people, capitalised too ("U.S. Marines deploy"): a plural
    "marines", "sailors", "soldiers", "pilots", "paratroopers", "commandos",
}
# A hedge between "has" and its participle, kept before the headline's present: "Egypt has
# reportedly taken delivery" -> "Egypt reportedly takes delivery".
HEADLINE_TENSE_HEDGES = ("reportedly", "allegedly", "apparently", "purportedly")
# The last word of a newsroom's credit before a colon opening a story: "Andes Analysis
# Group: Chilean troops entered …", "Defence Desk: …" (never a headline's word).
HEADLINE_CREDIT_LABEL_WORDS = ("Group", "Desk", "Bureau", "Team", "Staff", "Correspondent",
                               "Reporter", "Newsroom")
SPEAKERS_PREPOSITIONS = {"of", "in", "for", "from", "at", "on", "with", "to", "by"}
# A verb of saying that, with its particle after it, tells no words: "the drill adds to the
# momentum", "the deal added to tensions" (a verb and its particle).
SPEAKERS_NOT_SPEECH_WITH = {"add": "to", "adds": "to", "added": "to"}
# Speakers that relay news rather than make it: the headline states what they report.
SPEAKERS_RELAYS = {
    "media", "office", "ministry", "agency", "agencies", "sources", "source", "reports", "report",
    "newspaper", "daily", "outlet", "outlets", "channel", "television", "tv", "radio", "service",
    "press", "department", "they", "wing", "website", "statement", "company", "firm", "corporation",
    "manufacturer", "shipyard", "yard", "navy", "command",
}

# extraction/title_cut.py
TITLE_CUT_FUNCTION_END = {
    "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from", "the", "a", "an", "its",
    "their", "his", "her", "as", "that", "between", "about", "which", "over", "under", "after",
    "before", "against", "into", "than", "via", "amid", "including", "while", "when", "since",
}
TITLE_CUT_ARTICLE_WORDS = {"the", "a", "an", "its", "their", "his", "her"}
TITLE_CUT_MODIFIER = {
    "with", "regarding", "of", "for", "on", "in", "from", "about", "over", "between", "concerning",
    "involving", "including",
}
# ("once" opens no clause the cut may start at: "once again", "once a base")
TITLE_CUT_SUBORDINATE = (TIME_CONJUNCTIONS - {"once"}) | REASON_CONJUNCTIONS | {"where"}
TITLE_CUT_INCLUSION = {"including", "includes", "among", "notably", "especially", "mainly"}
TITLE_CUT_COUNT_ENDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "some", "many", "both", "all", "most", "dozens", "hundreds",
}
TITLE_CUT_LIST_LEADS = {
    "with", "of", "from", "to", "in", "for", "between", "including", "over", "among", "across",
    "by", "and",
}
TITLE_CUT_CLAUSE_WORDS = {"when", "while", "because", "where", "if", "although", "whereas"}
TITLE_CUT_RELATIVE_WORDS = {"that", "which", "who", "whose"}

# extraction/title_dates.py
TITLE_DATES_ADVERBS = {
    "also", "already", "not", "just", "still", "then", "now", "recently", "previously", "later",
    "earlier", "soon", "since", "first", "again", "never", "ever", "being",
}
TITLE_DATES_NO_PREDICATE = {
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "he", "she", "it", "they",
    "we", "there",
}

# extraction/title_fit.py
TITLE_FIT_PRONOUNS = {
    "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "we",
    "i", "him", "them", "our", "my", "your", "us", "you",
}
TITLE_FIT_FUNCTION_END = {
    "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from", "the", "whether", "if",
    "than", "a", "an", "its", "their", "his", "her", "as", "that", "between", "about", "which",
    "over", "under", "after", "before", "against", "into", "via", "amid", "including", "while",
    "when", "since", "is", "are", "was", "were", "be", "will", "would", "has", "have", "had", "not",
    "but", "who", "whose", "said", "says", "upon", "within", "during", "per", "such", "so",
    "because", "across", "although", "among", "my", "nor", "onto", "our", "though", "through",
    "toward", "towards", "until", "where", "whom", "without", "yet", "your", "accordance",
    "addition", "order", "regard", "respect", "line", "view", "set", "codenamed", "code-named",
    "called", "named", "dubbed", "known", "along", "together", "around", "nearly", "almost",
    "roughly", "approximately", "rather",
}
# "… also known", "… codenamed": a name is missing; not after a verb ("… isn't known")
TITLE_FIT_NAMING = {"codenamed", "code-named", "called", "named", "dubbed", "known"}
# Verbs whose "on" is a particle that may end the headline ("cooperation will go on"), and
# verbs whose "on" opens their object ("… will rely on …"): neither is cut from its "on".
TITLE_FIT_ON_PARTICLE_VERBS = {"go", "carry", "keep", "move", "press", "push", "hold", "soldier"}
TITLE_FIT_ON_VERBS = TITLE_FIT_ON_PARTICLE_VERBS | {
    "rely", "depend", "focus", "insist", "count", "build", "draw", "call", "agree", "decide",
    "comment", "embark", "concentrate",
}
# Words a shortened headline may stop before: the start of a new phrase.
TITLE_FIT_PHRASE_START = {
    "in", "on", "at", "for", "with", "by", "from", "to", "during", "after", "before", "amid",
    "against", "over", "under", "as", "and", "but", "while", "which", "who", "that", "since",
    "despite", "including", "near", "within", "without", "via", "following", "ahead", "between",
    "into", "through", "across", "around", "because", "when", "where", "although", "if", "along",
    "together", "worth",
}
# Participles that need what follows ("are expected to reach", "will be included in"): no
# cut after them
TITLE_FIT_NEEDS_TO = {
    "expected", "scheduled", "set", "supposed", "slated", "poised", "planned", "designed",
    "intended", "meant", "bound", "obliged", "forced", "allowed", "asked", "urged", "invited",
    "required", "used", "included", "located", "based", "aimed", "involved", "engaged", "known",
    "seen", "considered", "described", "made", "given", "put",
}
TITLE_FIT_NOT_NOUNS = {
    "to", "not", "also", "already", "just", "still", "being", "been", "newly", "then",
}
# Words that take the next phrase with them: "owing | to", "due | to", "close | to".
TITLE_FIT_NEEDS_NEXT = {
    "owing", "due", "according", "thanks", "prior", "ahead", "close", "next", "up", "out", "part",
    "instead", "because", "along", "together",
}
# Words after which the next word is no predicate ("the signed deal", "of new ships", "19
# ships"): determiners, prepositions and numbers
# extraction/title_fit.py: verbs that are told with an infinitive after "to" ("visits Jakarta
# to try | to resolve …"): a cut between them leaves "to try" without what is tried
TITLE_FIT_TRY_VERBS = {"try", "attempt", "strive", "struggle", "fail", "manage", "seek"}
TITLE_FIT_NO_SUBJECT_BEFORE = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of", "for",
    "with", "from", "in", "on", "at", "by", "to", "into", "about", "between", "against", "over",
    "under", "involving", "including", "and", "or", "no", "any", "some", "each", "every", "more",
    "most",
}
TITLE_FIT_REPORTED = {"says", "say", "said"}
TITLE_FIT_NOUNS_TOO = {
    "set", "cut", "cost", "bid", "cast", "hit", "spread",
}  # "set of S-400s": a noun  # the headline's own attribution ("X says …")
TITLE_FIT_RELATIVE_WORDS = {"who", "which", "whose", "whom"}
TITLE_FIT_PLURAL_WORDS = {
    "we", "they", "people", "police", "personnel", "both", "two", "three", "four", "five", "six",
    "several", "many", "men", "women", "children",
}
TITLE_FIT_PEOPLE_ENDS = ("an", "ese", "ish", "i", "ic", "ch")
TITLE_FIT_HEAD_ENDS = {"of", "for", "from", "in", "at", "on", "with", "to", "by",
                       *POSTMODIFIER_LEADS}
TITLE_FIT_CLAUSE_SUBJECTS = {
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "two", "three",
    "both",
}
TITLE_FIT_BEFORE_QUOTED_NAME = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "new",
    "so-called",
}
# Prepositions whose noun, bare, is a phrase only with its own complement: "with participation
# (from …)", "under supervision (of …)", "at invitation (of …)"
TITLE_FIT_BARE_NOUN_LEADS = {"with", "under", "at", "upon"}
TITLE_FIT_NOMINAL_ENDS = ("tion", "sion", "ment", "ance", "ence")
TITLE_FIT_LEAVE = {"leave", "leaves", "left", "leaving"}
# Words after a participle that belong to its clause, not a noun it stands before
TITLE_FIT_AFTER_PARTICIPLE = {
    "last", "next", "this", "earlier", "later", "here", "there", "jointly", "together", "abroad",
    "locally", "home", "back", "up", "off", "out", "down",
}
# Words after which a quotation is what the clause says: "the ships are “very capable …”"
TITLE_FIT_BEFORE_COMPLEMENT = {
    "is", "are", "was", "were", "be", "been", "as", "called", "described", "termed", "dubbed",
    "will", "would", "can", "could", "must", "should", "to",
}
# Words that need more after them at a headline's end: "… according", "… told"
TITLE_FIT_NEEDS_MORE = {"according", "told", "adds", "added", "notes", "noted", "stated"}
# Compound modifiers that stand before a weapon's noun and never end a headline: "… five
# S-400 surface-to-air (missile systems)", "… medium-range (missiles)"
TITLE_FIT_MODIFIER_COMPOUND = r"[a-z]+-(?:to-[a-z]+|range|capable|guided|launched)"
# Words that need their "of" or "to" and its noun after them ("… Nakatani ahead (of …)",
# "… prior (to …)"), unless a verb's ("Talks go ahead")
TITLE_FIT_NEEDS_PREPOSITION = {"ahead", "prior", "due"}  # "… paused for three years due": to what
# Verbs whose "ways" needs what they are ways to do: "… visit to explore ways (to deepen
# ties)", "… seek ways"; and the nouns that need theirs after "with": "… with aim (to …)"
TITLE_FIT_WAYS_VERBS = {"explore", "explores", "seek", "seeks", "find", "finds", "discuss",
                        "discusses", "consider", "considers"}
TITLE_FIT_WITH_NOUNS = {"aim", "goal", "purpose", "intention", "view"}
# Participles that never end a phrase: "based (on)", "aimed (at)", "due (to)"
TITLE_FIT_BARE_PARTICIPLES = {
    "based", "aimed", "focused", "focussed", "geared", "intended", "designed", "tasked",
    "committed", "subject", "pending", "according",
}
# Adjectives that only stand before their noun: a headline never ends on one.
TITLE_FIT_NEEDS_ITS_NOUN = {"joint", "new", "first", "second", "third", "additional", "naval",
                            "nuclear-powered", "multi-role", "multirole", "several", "fresh",
                            "bilateral", "trilateral", "latest", "separate", "long-range",
                            "short-range", "medium-range", "supersonic", "hypersonic", "unmanned",
                            "advanced", "guided", "sophisticated", "modern"}
# Verbs that need their object: a headline that ends "to provide" or "to lay out" was cut.
TITLE_FIT_TRANSITIVE_ENDS = {
    "provide", "lay", "supply", "deliver", "acquire", "purchase", "boost", "strengthen", "enhance",
    "deploy", "give", "offer", "discuss", "establish", "bring", "address", "counter", "expand",
    "deepen", "include", "allow", "enable", "receive", "procure", "bolster", "finalise", "finalize",
}
# Words before an adjective that needs its noun: "of several powerful", "launch of first"
TITLE_FIT_BEFORE_NOUN = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of", "for",
    "with", "from", "in", "on", "at", "by", "to", "about", "several", "many", "some", "two",
    "three", "four", "five", "other",
}
TITLE_FIT_ORDINALS = {"first", "second", "third", "fourth", "fifth", "latest", "next", "final"}
# Adjectives that end a phrase after a preposition: "in general", "at last", "in full"
TITLE_FIT_ADJECTIVE_ENDS = {
    "general", "particular", "last", "full", "short", "large", "total", "public", "private",
    "earnest", "common", "vain", "brief",
}
# Words that open a clause, which needs its own verb ("if U.S. authorities" is cut)
TITLE_FIT_CLAUSE_OPENERS = {"if", "because", "although", "though", "unless", "whether", "whereas"}

# extraction/title_guard.py
# "One signs …" (one of the deputies), "He says …": a subject that names no one
TITLE_GUARD_PRONOUN_SUBJECTS = {
    "one", "he", "she", "it", "they", "we", "this", "that", "these", "those",
}
# (extraction/title_fit.py) Pronouns that never end a headline: the subject of a clause the
# cut left ("… docks at Anzali until they"), or a pointer out of the headline ("… agrees to
# this"); "it" only after a word that opens a clause ("… until it"; "… ready to deploy it"
# points to the frigate the headline names); "that" is a function word there anyway
TITLE_FIT_PRONOUN_END = TITLE_GUARD_PRONOUN_SUBJECTS - {"one", "that", "it"}
TITLE_GUARD_RELATIVES = {"who", "which", "whose", "where"}
TITLE_GUARD_FUNCTION_WORDS = {
    "that", "this", "with", "from", "have", "been", "were", "will", "would", "their", "there",
    "which", "about", "after", "before", "into", "over", "said", "says", "also", "they", "than",
    "when", "where", "while",
}

# extraction/titles.py
# Occasions a caption shows people at ("X and Y at the signing ceremony"): being there is
# attending them ("X and Y attend signing ceremony")
TITLES_ATTENDED_OCCASIONS = (
    "ceremony", "ceremonies", "talks", "meeting", "summit", "parade", "exhibition", "forum",
    "conference", "reception", "signing", "session", "dialogue", "celebrations", "celebration",
    "commissioning", "launching", "inauguration", "opening", "closing", "briefing",
)
# People a caption shows attending it, by a plural or an office's noun at the end of who is
# shown (a name, capitalised, counts too): not "Iranian and Russian flags at the opening"
TITLES_ATTENDEES = {
    "officials", "officers", "ministers", "delegates", "delegation", "delegations", "leaders",
    "commanders", "sailors", "troops", "soldiers", "guests", "crew", "crews", "cadets",
    "diplomats", "envoys", "ambassadors", "chiefs", "personnel", "servicemen", "pilots",
    "president", "minister", "commander", "officer", "delegate", "envoy", "ambassador",
    "chief", "head", "leader", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "representatives",
}
TITLES_FIRST_PERSON = {"we", "i", "our", "my", "us"}
# Verbs of saying that take a thing as their object too: "It announced plans to buy …" is an
# act ("Plans announced to buy …"), "It announced that …" is words
TITLES_ACT_TOO = {"announced", "confirmed", "revealed", "disclosed", "unveiled", "posted"}

# extraction/verbs.py
VERBS_VERB_PREFIXES = {"re", "co", "pre", "de", "un", "non", "over", "under", "out", "cross", "mis",
                       # compound verbs: "fast-tracked", "test-fired", "flight-tested", "war-gamed"
                       "fast", "test", "flight", "field", "war", "short", "double"}

# dates/combine.py
COMBINE_SET_UNIT = {"month": ("year", "annually", "yearly"), "weekday": ("week", "weekly")}

# dates/context.py
# Between an act's verb and "in": the place it happened ("arrived in China", "landed at
# Tehran's airport").
# a past participle after these is told ahead or as a plan ("will be built in July", "is to be
# signed in July", "being delivered in July"): no act done
CONTEXT_AHEAD_AUXILIARIES = frozenset(("be", "being", "to"))
# what stands between an act's verb and its day: "signed on July 2", "met July 2" ("")
CONTEXT_DAY_PREPOSITIONS = ("on", "")
# words right before a past participle that make it a condition, not the act's own finite
# verb ("if delivered in July, would be the first", "once ratified in July, the treaty would")
CONTEXT_CONDITIONS = frozenset(("if", "once", "when", "unless", "until", "whether"))
# clause words that before a noun are its preposition ("registered for the exhibition opened
# in July", "the review hosted by Russia"), not a clause's opening
CONTEXT_NOUN_PREPOSITIONS = frozenset(("for", "by"))
# a preposition inside a noun phrase ("the first round of talks ended in July"): the phrase
# may still be the subject
CONTEXT_NOUN_LINKS = frozenset(("of",))
# a finite auxiliary right before a past participle makes it the clause's own verb ("the
# hangar at the base was built in July", "has been signed")
CONTEXT_FINITE_AUXILIARIES = frozenset(("was", "were", "is", "are", "has", "have", "had", "been"))
CONTEXT_PLACE_WORDS = frozenset(("in", "at", "to", "from", "into", "on", "near", "the", "s"))
# a past participle right after these is a passive one, not a past act ("will be held", "is
# expected"); one joined to it by these shares its auxiliary ("are expected to be finalized
# and signed in April": both ahead)
CONTEXT_PASSIVE_BE = frozenset(("is", "are", "be", "being"))
CONTEXT_PARTICIPLE_LINKS = frozenset(("and", "or"))
CONTEXT_CLAUSE_WORDS = frozenset(("that", "which", "who", "whom", "when", "where", "while", "until",
                                  "till", "before", "after", "by", "for", "and", "or", "but", "if"))

# dates/lexical_values.py
LEXICAL_RESOLVE_MODS = {"START": "the start of", "END": "the end of", "MID": "the middle of"}

# dates/periods.py
PERIODS_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# How many days the holidays that follow a day run on ("the Nowruz holidays" end on the 13th
# of Farvardin, Sizdah Bedar); other days' holidays are taken to run for a week.
PERIODS_HOLIDAY_SEASON_DAYS = {"nowruz": 12, "norouz": 12, "nowrouz": 12, "norooz": 12, "noruz": 12}

# dates/publication.py
# Lower-case words a date line may hold besides its date: bylines, desks, reading times.
PUBLICATION_BYLINE_WORDS = frozenset((
    "and", "staff", "writer", "writers", "reporter", "reporters", "correspondent", "special",
    "senior", "chief", "editor", "editors", "desk", "bureau", "team", "news", "agency", "source",
    "edition", "print", "online", "web", "report", "min", "mins", "minute", "minutes", "read",
    "views", "view", "comments", "comment", "ago", "hour", "hours", "days", "photo", "photos",
    "video", "from", "with", "for", "via", "a", "an", "story", "article", "translated", "sec",
    "secs", "second", "seconds", "share", "print", "email", "follow", "us", "s", "leave", "comment",
    "comments", "reply", "replies", "no", "author", "authors",
))

# The heading of a list of other stories on a line of its own ("Most Read", "Related
# Stories", "You may also like"), perhaps narrowed to a section ("Most Viewed in Politics",
# "More from World", "Latest in Business"): the dates under it are the listed stories'.
PUBLICATION_TEASER_HEADS = (
    r"most\s+(?:read|popular|viewed|shared|commented|emailed)", r"trending(?:\s+now)?",
    r"latest(?:\s+(?:news|stories|articles|posts|headlines|videos?))?",
    r"related(?:\s+(?:stories|articles|news|posts|content|coverage|links|reading|topics))?",
    r"recommended(?:\s+for\s+you)?", r"popular(?:\s+(?:stories|news|posts))?",
    r"top\s+(?:stories|news|headlines)", r"more\s+(?:stories|news|articles|posts|headlines)",
    r"(?:other|recent|similar)\s+(?:stories|news|articles|posts)", r"in\s+other\s+news",
    r"more(?=\s+(?:from|in|on)\s)", r"read\s+(?:more|also|next)", r"also\s+read", r"see\s+also",
    r"editor'?s\s+picks?",
    r"(?:previous|next|newer|older)\s+(?:post|article|story|entry)", r"up\s+next",
    r"what\s+to\s+read\s+next", r"don['’]?t\s+miss", r"must\s+read", r"more\s+like\s+this",
    r"around\s+the\s+web", r"further\s+reading", r"(?:stories\s+)?you\s+(?:may|might)\s+(?:also\s+)?like",
)
# ... and the section it narrows the list to: "in Politics", "from World", "on this story".
PUBLICATION_TEASER_SECTION = r"(?:\s+(?:in|from|on)\s+[\w&'’-]+(?:\s+[\w&'’-]+){0,2})?"

# dates/reference.py
REFERENCE_COMMENT_WORDS = ("comment", "repl", "respons")
# The wire's closing form at a story paragraph's end: "... in Washington. END [Copyright
# The Example Press, Ltd.]", "... on Friday. [Copyright Example Agency]" (matched lower case).
REFERENCE_WIRE_END = r"(?:\bend\s*)?\[\s*(?:copyright|©)[^\]\n/]{0,80}\]\s*$|\bend\s+(?:copyright|©)[^\n/]{0,80}$"
# A line that names itself a picture ("File photo.", "(Photo: …)") is a caption.
REFERENCE_PICTURE_WORD = r"\b(?:photo|picture|image)s?\b"
# dates/page_clock.py: a year joined to a name by a hyphen, as exercises and shows are named
# ("Northern/Interaction-2023", "Golden Dragon-2025", "Army-2018"; not "2023-24" nor a date).
REFERENCE_NAMED_YEAR = r"(?<=[A-Za-z]-)(?:19|20)\d\d(?![\d/.-])"
# Such a name is an occasion's only in a sentence with a word of one (en.EVENT_NOUNS and
# these: "the forum Army-2018") or right after en.OCCASION_BEFORE ("take part in Army-2018");
# "under the programme Harbour-2020" names a plan, no exercise or show.
REFERENCE_NAMED_OCCASIONS = ("forum",)

# dates/relative.py
RELATIVE_DECADE_DIGIT = {
             "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
             "seventies": 7, "eighties": 8, "nineties": 9,
         }
RELATIVE_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
RELATIVE_BACK = {
    "last", "past", "the past", "this past", "previous", "the previous", "preceding", "prior",
    "before", "earlier", "ago", "late last", "early last", "previously",
}
RELATIVE_AHEAD = {
    "next", "coming", "following", "after", "later", "hence", "from now", "early next", "late next",
    "the next", "the coming", "the following",
}
RELATIVE_RELYEAR = {"last": -1, "this": 0, "next": 1}
RELATIVE_WHOLE = {"the full", "the whole", "the entire"}
RELATIVE_UNIT_OF = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}

# dates/resolve.py
RESOLVE_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

# dates/tagger.py
TAGGER_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "sun", "sat", "wed"})

# articles/clean.py
# Whole-line UI strings of news pages (compared lower-case, punctuation stripped).
CLEAN_UI_PHRASES = {
          "accessibility links", "skip to content", "skip to main content", "breaking news", "menu",
          "search", "subscribe", "subscribe now", "sign in", "log in", "login", "register",
          "log in or register", "newsletter", "share", "share this", "share this article", "tweet",
          "email", "print", "comments", "comment", "leave a reply", "leave a comment", "reply",
          "source link", "newsfeed", "news feed", "chats", "loader", "loading", "advertisement",
          "ad", "sponsored", "follow us", "related", "related articles", "related stories",
          "more stories", "more news", "read more", "read also", "see also", "top stories",
          "most read", "most popular", "trending", "live", "video", "photo", "photos", "gallery",
          "to participate in the discussion", "cookies", "accept", "home", "next", "previous",
          "back to top", "go to the mediabank", "show comments", "hide comments", "listen",
      }
# Every pattern of CAPTION needs one of these (case aside): a cheap test first, since a
# search of CAPTION's many alternatives over every line was a tenth of extraction's time.
CLEAN_CAPTION_WORDS = ("photo", "image", "picture", "getty", "/", "]", "pose ", "illustrat",
                       "handout", "represent", "pictured", "grab", "still", "international", "news",
                       "agency", "tv", "file", "credit:")

# extraction/news_lead.py: regular-expression sources (compiled there)
# One thing done, told by its object: "signed a new agreement".
NEWS_LEAD_ONE_ACT = r"\b(?:a|an|new|first)\b"
# "…, the Defence Secretary has said.": what someone has just said.
NEWS_LEAD_TOLD_TODAY = (r",[”\"’]?\s+(?:the\s+|a\s+)?[\w'’. -]{2,120}?\s+(?:(?:has|have)\s+(?:said|"
                        r"confirmed|announced|told\s+[\w' -]{2,40}?|stated|revealed|warned)|told\s+"
                        r"(?:reporters|journalists|the press|a news conference|a press conference|"
                        r"[A-Z][\w' -]{1,40}?))\s*[.!]?\s*$")
# ", according to President Erdogan": who said it.
NEWS_LEAD_ACCORDING = (r",\s+(?:according to|as (?:reported|announced|stated|confirmed) by)\s+"
                       r"(?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?"
                       r"(?:President|Prime Minister|[Mm]inist(?:er|ry)|[Ss]pokes(?:man|woman|"
                       r"person)|[Gg]overnment|[Ss]tatement|Kremlin|Pentagon|[Cc]ommander|"
                       r"[Cc]hief)\b")
# A state over a span of time: "for decades", "since", "has long".
NEWS_LEAD_STATE_SPAN = (r"\b(?:for\s+(?:many\s+|several\s+|two\s+|three\s+)?(?:decades|years|"
                        r"months|weeks)|since|has\s+long|have\s+long|has\s+been\s+in)\b")
# "News has emerged of …": the report is the page itself.
NEWS_LEAD_NEWS_EMERGED = (r"\s*(?:News|Reports?|Word|Information|Details|It)\s+(?:has|have)\s+"
                          r"(?:now\s+|also\s+)?(?:emerged|surfaced|come to light|leaked|appeared)\b")
# ", which signed a pact earlier,": a relative clause.
NEWS_LEAD_RELATIVE_CLAUSE = r",\s+(?:which|who|whose|where|that)\b[^,]*,"
# "When …", "On a day when …": a subordinate clause first.
NEWS_LEAD_SUBORDINATE_OPENING = (r"\s*(?:On (?:a|the) day (?:when|that)|When|While|As|Amid|"
                                 r"Even as|Just as|At a time when)\b")
# "preparations for", "construction of": a process, not an act.
NEWS_LEAD_PROCESS = (r"\b(?:preparations?|construction|purchase|procurement|production|"
                     r"negotiations? on|work)\s+(?:for|of|on)\b")

# extraction/candidates.py: regular-expression sources (compiled there)
# "In a previous show of strength, both …": a phrase before the subject.
CANDIDATES_OPENING_PHRASE = r"[^,.;:“”\"]{3,70},\s+(?=(?:the two|both)\s)"
# ", which compelled …", ", prompting …": what the act set off.
CANDIDATES_AFTERMATH = r",\s+(?:which|prompting|forcing|drawing|sparking|triggering)\b"
# "Separately,", "Meanwhile,": other sides, perhaps.
CANDIDATES_SEPARATE = r"(?:Separately|Meanwhile|Elsewhere|In a separate|In other)\b"
# A signing that did not happen, or a long time before it.
CANDIDATES_NOT_SIGNED = (r"\b(?:short of|postpon\w*|delay\w*|refus\w*|den(?:y|ied|ies)|without|"
                         r"not|never|yet to|for (?:\w+ ){0,2}(?:years|decades|months|weeks))\b")

# Adverbs between a subject's aside and its verb: "Malta, with a population of …, also hosts
# troops" (headline_clause)
HEADLINE_CLAUSE_ASIDE_ADVERBS = ("also", "now", "still", "already", "currently", "reportedly")

# Words that may follow the thing a pronoun's act was done to, ending its phrase: "They signed
# a memorandum | on naval cooperation" (titles._without_pronoun)
TITLES_THING_ENDS = ("in", "at", "on", "during", "with", "after", "before", "to", "from", "by",
                     "for", "as", "into", "and", "but", "while", "when", "which", "that",
                     "under", "over", "near", "off", "across", "amid", "despite", "following",
                     "through", "via", "within", "without", "here", "there", "back", "home",
                     "today", "yesterday", "late", "early", "last", "this", "next")

# Short words a title-case headline capitalises and a sentence does not ("Navy To Receive
# Frigates From Turkey"): lower-cased when the headline is told in sentence case (titles)
TITLES_TITLE_CASE_SMALL = ("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on",
                           "at", "by", "for", "from", "with", "into", "over", "as", "after",
                           "before", "amid", "against", "is", "are", "was", "were", "be", "will",
                           "its", "their", "his", "her", "up", "off", "out", "via", "per")

# Verbs whose object is followed by what it is made to do ("It will enable X to grow"): no
# passive headline is made of them (titles)
TITLES_CAUSATIVE_VERBS = ("enable", "help", "allow", "let", "make", "cause", "force", "permit",
                          "encourage", "urge", "ask", "require", "prompt")

# Verbs whose object is a thing made, held or handed over ("They will hold joint drills in
# May" -> "Joint drills to be held in May"): the only verbs a pronoun's act to come is told
# of in the passive; never a linking, motion or idiom verb ("become", "visit", "join", "take
# part", "get") (titles)
TITLES_FUTURE_THING_VERBS = ("hold", "conduct", "stage", "host", "organise", "organize",
                             "deliver", "supply", "provide", "transfer", "send", "ship", "sign",
                             "ratify", "deploy", "station", "build", "construct", "produce",
                             "manufacture", "assemble", "launch", "commission", "unveil",
                             "display", "test", "buy", "purchase", "acquire", "order", "lease",
                             "receive", "open", "establish", "install", "upgrade", "modernise",
                             "modernize", "announce", "present", "award", "finance", "fund")

# Participles whose "at" gives an amount: "a package valued at $2 billion", "priced at": never
# the main verb, never "values at" (headline_tense)
HEADLINE_TENSE_AT_PARTICIPLES = ("valued", "priced", "estimated", "pegged", "capped", "set")
# Verbs of a clause that only sets a scene before a colon ("A rare moment came: X toured
# …"): the act is told after the colon
TITLES_SCENE_VERBS = {
    "unfolded", "unfolds", "unfolding", "happened", "happens", "occurred", "occurs", "ensued",
    "ensues", "emerged", "emerges", "played", "plays", "began", "begins", "followed", "follows",
    "came", "comes",
}
