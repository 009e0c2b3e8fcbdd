"""Russian: the date words, cues and dateline of Russian news (TASS, RIA Novosti, Interfax).

Every table is data; ``model.build`` compiles it.  Words match in any case; a table word
that is a stem ("планиру") matches any word it begins.
"""

from __future__ import annotations

CODE = "ru"
NAME = "Russian"
SCRIPT = "cyrillic"
VOCABULARY = ("и", "в", "во", "на", "с", "что", "по", "не", "о", "для", "года", "заявил",
              "сообщил", "также", "из", "к", "это", "как")
LETTERS = {"ё": "е", "Ё": "Е"}

# Month names by month number: nominative, genitive ("22 января"), prepositional
# ("в январе"), and agency abbreviations ("20 янв").
MONTHS = (
    ("январь", "января", "январе", "янв"),
    ("февраль", "февраля", "феврале", "фев", "февр"),
    ("март", "марта", "марте", "мар"),
    ("апрель", "апреля", "апреле", "апр"),
    ("май", "мая", "мае"),
    ("июнь", "июня", "июне", "июн"),
    ("июль", "июля", "июле", "июл"),
    ("август", "августа", "августе", "авг"),
    ("сентябрь", "сентября", "сентябре", "сен", "сент"),
    ("октябрь", "октября", "октябре", "окт"),
    ("ноябрь", "ноября", "ноябре", "ноя", "нояб"),
    ("декабрь", "декабря", "декабре", "дек"),
)
# Adjectives of the months by month number ("в ходе апрельского визита", "после мартовского
# телефонного разговора"): their stems, which take the adjective endings below; only in lower
# case (a capitalised one names a thing: "Октябрьский район"), and not before the nouns of
# ``NOT_AFTER_MONTH_ADJECTIVE``, whose month belongs to a name of the past ("октябрьской
# революции", "августовского путча", "майских указов").
MONTH_ADJECTIVES = (
    ("январск",), ("февральск",), ("мартовск",), ("апрельск",), ("майск",), ("июньск",),
    ("июльск",), ("августовск",), ("сентябрьск",), ("октябрьск",), ("ноябрьск",),
    ("декабрьск",),
)
ADJECTIVE_ENDINGS = ("ий", "ый", "ого", "ому", "им", "ым", "ом", "ая", "ой", "ую", "ое", "ие", "ые",
                     "их", "ых", "ими", "ыми")
NOT_AFTER_MONTH_ADJECTIVE = ("революц", "путч", "восстан", "переворот", "тезис", "указ",
                             "манифест", "кризис", "дефолт",
                             # a fixed name, no month of an act: "августовская война",
                             # "к майским праздникам", "январские каникулы"
                             "войн", "праздник", "каникул")
# Weekdays, Monday first, in the nominative and accusative ("во вторник", "в среду").
WEEKDAYS = (
    ("понедельник",),
    ("вторник",),
    ("среда", "среду"),
    ("четверг",),
    ("пятница", "пятницу"),
    ("суббота", "субботу"),
    ("воскресенье",),
)
# The first day of the week (Monday): "в четверг на прошлой неделе" is the Thursday of the
# week, Monday to Sunday, before the week of writing.
WEEK_START = 0
# Words naming a day by its distance from the day of writing.
DAY_WORDS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "накануне": -1, "завтра": 1,
             "послезавтра": 2,
             # "last night", as the Persian "شب گذشته"
             "минувшей ночью": -1, "прошлой ночью": -1, "этой ночью": 0}
# Phrases naming the week, month or year before, of or after the day of writing.
RELATIVE = {
    "в прошлом году": ("year", -1), "в минувшем году": ("year", -1),
    "в позапрошлом году": ("year", -2), "в этом году": ("year", 0),
    "в текущем году": ("year", 0), "в нынешнем году": ("year", 0),
    "в следующем году": ("year", 1), "в будущем году": ("year", 1),
    "на прошлой неделе": ("week", -1), "на минувшей неделе": ("week", -1),
    "на этой неделе": ("week", 0), "на следующей неделе": ("week", 1),
    "в прошлом месяце": ("month", -1), "в этом месяце": ("month", 0),
    "в следующем месяце": ("month", 1),
    # a part of the year with no year named ("в начале года", "в конце года"): the year of
    # writing, as "в начале этого года"
    "в начале года": ("year", 0), "в середине года": ("year", 0), "в конце года": ("year", 0),
    # a part of the week before ("в конце прошлой недели"): that week, approximately; the
    # weekend before ("в минувшие выходные"): its Saturday, approximately
    "в конце прошлой недели": ("week", -1), "в начале прошлой недели": ("week", -1),
    "в середине прошлой недели": ("week", -1), "в конце минувшей недели": ("week", -1),
    "в начале минувшей недели": ("week", -1), "в начале этой недели": ("week", 0),
    "в начале текущей недели": ("week", 0), "в минувшие выходные": ("weekend", -1),
    "в прошлые выходные": ("weekend", -1), "в прошедшие выходные": ("weekend", -1),
    "на прошлых выходных": ("weekend", -1), "на минувших выходных": ("weekend", -1),
    # a season named by its distance ("этим летом", "прошлой осенью", "будущей весной"): the
    # year of that spring, summer or autumn ("этим летом" is this year's summer also once it
    # is over, "прошлым летом" last year's); a winter spans two years and is left alone
    "этой весной": ("year", 0), "этим летом": ("year", 0), "этой осенью": ("year", 0),
    "нынешней весной": ("year", 0), "нынешним летом": ("year", 0),
    "нынешней осенью": ("year", 0), "прошлой весной": ("year", -1),
    "прошлым летом": ("year", -1), "прошлой осенью": ("year", -1),
    "минувшей весной": ("year", -1), "минувшим летом": ("year", -1),
    "минувшей осенью": ("year", -1), "следующей весной": ("year", 1),
    "следующим летом": ("year", 1), "следующей осенью": ("year", 1),
    "будущей весной": ("year", 1), "будущим летом": ("year", 1), "будущей осенью": ("year", 1),
}
# A time counted back from the day of writing ("три дня назад", "неделю назад", "два года
# назад"): the word after the units, the units, and the numbers written as words (no number:
# one unit, in the forms of ``AGO_ALONE`` only, and not after a count: "несколько дней назад"
# is no day).
AGO = ("назад", "тому назад")
AGO_UNITS = {"день": "day", "дня": "day", "дней": "day", "сутки": "day", "суток": "day",
             "неделю": "week", "недели": "week", "недель": "week",
             "месяц": "month", "месяца": "month", "месяцев": "month",
             "год": "year", "года": "year", "лет": "year"}
AGO_ALONE = ("неделю", "месяц", "год", "сутки")
# Days counted from the last date told ("В тот же день ...", "На следующий день ...";
# "тогда же" is that date, however precise), and the words of a time counted on from it ("два
# дня спустя", "спустя неделю").
CHAINED = {"в тот же день": 0, "в этот же день": 0, "в тот день": 0, "тем же днем": 0,
           "тогда же": 0, "на следующий день": 1, "на другой день": 1, "на следующие сутки": 1,
           "днем позже": 1, "днём позже": 1, "днем ранее": -1, "днём ранее": -1,
           "за день до этого": -1, "неделей позже": 7, "неделей ранее": -7,
           "за неделю до этого": -7}
# The words of CHAINED that take the date before as precise as it was ("тогда же": at that
# time); every other one counted 0 names a day: the last day told, past a coarser date
# ("22 января ... в мае 2024 года ... В этот же день": 22 January).
CHAINED_AS_TOLD = ("тогда же",)
# The month or year of the last date told ("в том же месяце", "в том же году").
CHAINED_PERIOD = {"в том же месяце": "month", "в этом же месяце": "month",
                  "в том же году": "year", "в этом же году": "year", "тем же летом": "year",
                  "той же осенью": "year", "той же весной": "year", "той же зимой": "year"}
# A month or a part of the year "of the same year" ("в марте того же года", "в конце того же
# года"): the year of the last date told (``YEAR_TOLD``: its distance from that year; in
# Russian "следующего года" is the year after the day of writing, ``YEAR_RELATIVE``).
YEAR_TOLD = {"того же года": 0, "этого же года": 0}
LATER = ("спустя", "позже", "позднее")
LATER_BEFORE = ("спустя",)
# "через два дня": after that many units (from the last date told; in a plan, from writing).
AFTER = ("через",)
# What "через два дня" or "спустя неделю" counts from when it is named ("через два дня после
# прибытия кораблей"): not the last date told, an act perhaps never dated: no date; "после
# этого" is the last act told, counted from its date.
AFTER_NAMED = (r"\s+(?:после(?!\s+(?:этого|того|чего)(?![а-яё]))|с момента|со дня)(?![а-яё])")
# Words of an unknown count before units ("несколько лет назад", "в ближайшие годы").
COUNT_WORDS = ("несколько", "нескольких", "пару", "пять-шесть", "много", "многих")
NUMBER_WORDS = {"один": 1, "одну": 1, "двое": 2, "два": 2, "две": 2, "трое": 3, "три": 3,
                "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
                "десять": 10}
# A year named by its distance from the day of writing, after a month or a part of the year
# ("в сентябре прошлого года", "22 января прошлого года", "в конце прошлого года").
YEAR_RELATIVE = {
    "прошлого года": -1, "минувшего года": -1, "позапрошлого года": -2, "этого года": 0,
    "текущего года": 0, "нынешнего года": 0, "следующего года": 1, "будущего года": 1,
    # the abbreviations of official prose: "сего года", "текущего года", "прошлого года"
    "с.г.": 0, "с. г.": 0, "т.г.": 0, "т. г.": 0, "п.г.": -1, "п. г.": -1,
}
# A day of the month named without its month ("15-го числа", "15 числа прошлого месяца"):
# the ordinal endings written after the number, the word for "day of the month", and the
# month counted from the day of writing.
ORDINAL_ENDINGS = ("-го", "го")
# A day of the month written as an ordinal word before its month, as speech and official
# prose write it ("Двадцатого августа в порт прибывает отряд", "до тридцать первого
# декабря"): the genitive of the ordinals 1 to 31.
_UNITS = ("первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого",
          "восьмого", "девятого")
_TEENS = ("десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
          "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого")
DAY_ORDINALS = {**{w: n for n, w in enumerate(_UNITS, start=1)},
                **{w: n for n, w in enumerate(_TEENS, start=10)},
                "двадцатого": 20, **{f"двадцать {w}": 20 + n for n, w in enumerate(_UNITS, start=1)},
                "тридцатого": 30, "тридцать первого": 31}
DAY_OF_MONTH = ("числа",)
MONTH_RELATIVE = {"прошлого месяца": -1, "минувшего месяца": -1, "этого месяца": 0,
                  "текущего месяца": 0, "следующего месяца": 1,
                  # after a part of it ("в начале месяца"): the month of writing
                  "месяца": 0}
# A year written into the name of an event ("Армия-2022", "Армейских игр-2020", "МАКС-2019",
# a Latin name and its year: "учения Indra 2025"): the article is written in that year or
# after it (evidence for a dateline's year only; read in lower case).
NAMED_YEAR = (r"(?<=[а-яё]-)(?:19|20)\d\d(?!\d)|(?<=[a-z]{3}[ -])(?:19|20)\d\d(?![\d-])"
              r"|(?<=[а-яё] [-–—] )(?:19|20)\d\d(?!\d)")  # "«Мир — 2025»" too
# The preposition right before a year that makes it the date of a past act ("в 2017 году
# подписали контракт"): a Russian news text writes an act's year only when it is not the
# writer's own (the current year's acts are "в этом году", "в марте"), so the article is
# after it, how long after not told (years.py). Read in lower case, before the year.
# Not after a word that places the act within the writer's own year ("ранее в 2023 году
# стороны подписали": earlier this same year), which makes the year the writer's, not a bound.
CURRENT_YEAR_BEFORE = ("ранее",) + LATER  # LATER: "позже", "позднее" ("later in")
ACT_YEAR = (r"(?<![а-яё])" + "".join(rf"(?<!{w}\s)" for w in CURRENT_YEAR_BEFORE)
            + r"во?\s+\Z")
# A series told as begun in a year and now further on ("Первые такие учения прошли в 2018
# году" and "провели седьмые совместные учения"): from a fifth one on, the article is some
# years after that year, how many the text does not say (years.py). Read in lower case, ё as е;
# "первый заместитель", "первое полугодие" are no start of a series.
SERIES_FIRST = (r"(?<![а-я])(?:перв(?:ое|ый|ая|ой|ого|ые|ых|ую|ом|ым|ыми)(?!\s+(?:заместител|"
                r"вице|полугоди|квартал|половин|раз\b))|впервые)(?![а-я])")
SERIES_ORDINALS = {"втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
                   "восьм": 8, "девят": 9, "десят": 10}
LATER_ORDINAL = (r"(?<![а-я])(?P<stem>" + "|".join(SERIES_ORDINALS) + r")"
                 r"(?:ой|ый|ий|ое|ье|ая|ья|ого|ьего|его|ую|ью|ом|ем|ьем|ым|ьим|ые|ьи|ых|ьих|"
                 r"ыми|ьими)(?![а-я])")
# A word between the two days of a range ("с 3 по 5 августа"; "3–5 августа" needs none).
RANGE_TO = ("по",)
# A word between two days in a row ("2 и 3 декабря"): a range of two days (two days apart, "2
# и 5 декабря", are no range: the second, with its month, is read).
RANGE_AND = ("и",)
# A word that opens a range before its first day: "между 4 и 18 мая" is from the 4th to the
# 18th (without it, "4 и 18 мая" are two days of May).
RANGE_BETWEEN = ("между",)
# The endings of a decade written with its first year ("в 2010-х годах", "1990-е"): no year.
DECADE_ENDINGS = ("-х", "-е", "-ые", "-ых", "-ым", "-ыми")
# Where a sentence tells two acts, each with its own date ("... в апреле, а в августе ..."):
# each part is read as a sentence of its own.
CLAUSE_SPLIT = r",\s+(?:а|но|однако)\s+|;\s+"
# A comma between two such acts with no link word ("... подписали контракт в 2018 году,
# поставки начались в 2021 году"): a cut only when each part has a date and a past verb of
# its own, and the second part is no subordinate clause.
CLAUSE_COMMA = (r",\s+(?!(?:что|чтобы|как|когда|где|куда|откуда|котор\w*|чей|чья|чьи|если|хотя|"
                r"поскольку|так как|после того|пока|причем|причём|в том числе|то есть)(?!\w))")
# Part of a month or year ("в начале марта", "в конце 2015 года"): the TimeML modifier.
MODIFIERS = {"в начале": "START", "в конце": "END", "в середине": "MID", "к концу": "END"}
# Words after a year ("2015 года", "в 2015 году", "2015 г.").
YEAR_WORDS = ("года", "году", "год", "годах", "годы", "г.", "гг.",
              # the ordinal form: "в 2021-м году", "2021-го года", "2021-й год"
              "-м году", "-го года", "-й год", "-му году", "-м", "-го", "-й")
# A statement about the future: its weekdays and month-days look ahead.
# Verbs of planning ("запланировали учения", "намечены на май"): a plan, not a past act.
PLANNED = ("запланир", "намечен")
# Verbs of lasting to come ("Учения продлятся до 16 сентября"): future cues and ``LASTING``.
LASTING_AHEAD = ("продлятся", "пройдут", "пройдет")
# Verbs of an intent held now ("Индия планирует закупить", "намерена", "собирается",
# "рассчитывает подписать"): future cues, and with who told it after them the day's
# announcement of that intent (``TOLD_AFTER``), unlike an act foretold ("поставит").
INTENT = ("планиру", "намерен", "собира", "рассчитыва")
# The same intent as whole present forms only, which ``plan_told_after`` reads as an intent
# held now: not "собирает" (assembles), nor a past intent ("собирался", "планировал"): those
# tell no announcement of the day.
INTENT_NOW = ("планирует", "планируют", "планируется", "планируются", "намерен", "намерена",
              "намерено", "намерены", "собирается", "собираются", "рассчитывает", "рассчитывают")
# A second place and day of one act told by one signing participle ("…, подписанное в г.
# Листвянске 3 мая 2019 г. и в г. Заречье 6 мая 2019 г."): the word joining the second place
# and day to the first (``foreign.done_again``, with ``YEAR_WORDS`` after each day and a
# ``PLACE_PREPOSITIONS`` word before each place): a document signed in two towns on two days
# is signed twice, each day an event.
DONE_AGAIN = ("и",)
FUTURE_CUES = (*PLANNED, *LASTING_AHEAD, *INTENT, "будет", "будут",
               "предстоящ", "состоится", "начнутся", "начнется", "ожида", "могут", "смогут",
               "следующ", "прибудет", "прибудут", "примет", "примут", "посетит", "проведет",
               "проведут", "подпишет", "подпишут", "выступит", "завершится",
               "завершатся", "завершит", "завершат", "закончит", "закончат", "выполнит",
               "выполнят", "поступит", "поступят", "начнет", "начнут", "получит", "получат",
               "передаст", "передадут", "поставит", "поставят", "направит", "направят",
               "отправит", "отправят",
               "вступит", "вступят", "состоятся", "покинет", "покинут",
               "обеспечит", "обеспечат", "пополнится", "пополнятся",
               # more perfective futures of the acts news tells ("Россия сократит контингент",
               # "министры встретятся", "Израиль продаст ..."; not "представит", "заключит" nor
               # "продолжит", which begin "представитель", "заключительный" and
               # "продолжительный")
               "сократит", "сократят", "увеличит", "увеличат", "усилит", "усилят",
               "разместит", "разместят", "построит", "построят", "создаст", "создадут",
               "откроет", "откроют", "закупит", "закупят", "приобретет", "приобретут",
               "продаст", "продадут", "окажет", "окажут", "выделит", "выделят", "доставит",
               "доставят", "запустит", "запустят", "перебросит", "перебросят", "встретится",
               "встретятся", "обсудит", "обсудят", "совершит", "совершат", "заключат",
               "приступит", "приступят", "отправится", "отправятся", "представят", "продолжат",
               "вернет", "вернут", "нанесет", "нанесут",
               # an obligation looks ahead ("Поставки должны начаться до 1 сентября"), not
               # one told in the past ("должны были начаться 1 сентября": CUE_END)
               "должны", "должна", "должен", "должно")
# Verbs of an act put off or called off ("подписание отложили", as English POSTPONE_VERBS):
# the act told beside them ("должно было быть подписано ..., однако подписание отложили") was
# not done then.
POSTPONE_VERBS = ("отлож", "перенес", "перенос", "отмен", "сорва")
# Verbs of a plan held before ("маневры намечали начать в октябре", "планировалось",
# "намечалось"): in a sentence that tells the plan put off (``POSTPONE_VERBS``), a month or a
# year in their clause is the plan's old time, no act's day (``foreign_dating.put_off_time``).
PLANNED_BEFORE = ("планировал", "намечал", "предполагал")
# An infinitive after a verb of agreeing, readiness, intent, promise, ability or invitation
# looks ahead ("согласилась поставить … в октябре", "готова поставить", "договорились
# отправить", "может направить", "пригласил коллегу посетить"): a date after it is of the
# act to come (not "отдал распоряжение поставить", an order given, nor a date before the
# verb: "в сентябре Россия согласилась поставить").
AHEAD_INFINITIVE = (r"(?<![а-яё])(?:соглас(?:ил|ил[аио]|ил[иа]сь|ился|н[аыо]?|ен)|готов[аы]?|"
                    r"договорил(?:ись|ась|ся)|договорен[аоы]?|(?:по)?обеща(?:л[аио]?|ет|ют)|"
                    r"может|можем|пообеща\w*|намерева(?:ет|ют)ся|хоч(?:ет|у)|хотят|"
                    r"обязал(?:[аио]?сь|ся)|предлож(?:ил[аио]?|ено))"
                    r"(?:\s+[а-яё]+){0,2}?\s+[а-яё]{2,}(?:ть|ти|чь)(?:ся)?(?![а-яё])"
                    # an invitation names its guest before the infinitive ("пригласил
                    # российского коллегу Андрея Белоусова посетить выставку в феврале"),
                    # or is a noun ("принял приглашение посетить выставку в феврале")
                    r"|(?<![а-яё])(?:приглас(?:ил[аио]?|ил|ает|ают|ен[аоы]?)|"
                    r"приглашени(?:е|я|ю|ем))(?:\s+[а-яё]+){0,4}?"
                    r"\s+[а-яё]{2,}(?:ть|ти|чь)(?:ся)?(?![а-яё])")
# A cue is a whole future form, not the start of an infinitive: "поставит" (will supply), not
# "поставить" ("отдал распоряжение поставить": the order was given).
CUE_END = r"(?!ь)(?!\s+был[аио]?(?![а-яё]))"
# Reporting verbs: a date next to one dates the statement, not the action.
# A word matches every word it begins ("заявил": заявила, заявили, заявило).
# Imperfective stems ("сообща": сообщали, сообщалось; "заявля": заявлял) cover indirect
# speech ("как сообщалось ранее", "СМИ сообщали").
SPEECH_VERBS = ("заявил", "сообщил", "сказал", "отметил", "подчеркнул", "рассказал", "уточнил",
                "добавил", "пояснил", "напомнил", "передает", "сообщает", "говорится", "заявляет",
                "сообща", "заявля", "отмеча", "подчеркива", "рассказыва", "уточня", "напомина",
                "говорил", "указыва", "пишет",
                # "как информирует ведомство", "проинформировал журналистов"
                "информир", "проинформир",
                # how a paper attributes its own finding: "выяснил «Ъ»",
                # "узнали «Известия»"
                "выяснил", "узнал")
# A periodical's words (word starts) that make a line with an issue number its masthead
# ("Еженедельник «…» № 47. … в Архангельске 20/11/2013"); "Резолюция № 2231" is none.
PERIODICAL_WORDS = ("газет", "еженедельник", "ежедневн", "журнал", "выпуск", "вестник",
                    "бюллетен", "альманах", "номер издания")
# The words that open a photo's credit closing a caption ("… редкий номер газеты. Фото:
# Минобороны РФ").
PHOTO_CREDITS = ("фото", "фотография", "снимок")
# The word that opens what a reporting verb says ("заявил, что ..."): a story's first sentence
# that tells what someone said is the day's statement.
THAT = ("что",)
# The word opening a frame of attribution ended by a comma ("Как сообщил во вторник Песков,
# накануне …"): what follows the comma was said.
SAID_FRAME = ("как",)
# An impersonal report of news ("Во вторник стало известно, что …"): a saying without a speaker.
BECAME_KNOWN = ("стало известно", "стало понятно")
# The imperfective reporting verbs: what someone used to say or said over time ("заявлял, что
# …", "в свое время говорил"), no statement of the day.
SAID_IMPERFECTIVE = ("заявля", "сообща", "отмеча", "подчеркива", "рассказыва", "уточня",
                     "напомина", "говори", "поясня", "добавля", "указыва", "утвержда")
# Who told an intent, after it: a comma (or a comma and a dash) and a reporting verb ("Индия
# планирует закупить …, сообщил в среду министр", "…, — заявил глава ведомства", "…,
# сообщает Bloomberg"): the wire's form of an announcement that is the day's news, when its
# verb is of the day (a perfective past, or an outlet's present, ``REPORTING_PRESENT``; not
# "…, заявлял министр") and the intent is held now (``INTENT``).
TOLD_AFTER = r",\s*(?:[—–-]\s*)?(?=(?:{SPEECH_VERBS}))"
# An outlet's present of the day's report ("сообщает ТАСС", "передает корреспондент",
# "пишет Bloomberg"), not what was said over time (``SAID_IMPERFECTIVE``).
REPORTING_PRESENT = ("сообщает", "сообщают", "передает", "передают", "пишет", "пишут")
# An unnamed teller ("сообщил источник", "рассказал собеседник агентства"): what it tells of a
# plan is no announcement of the day.
ANONYMOUS = ("источник", "собеседник")
# A wire dateline at the start of a line: "МОСКВА, 22 января. /ТАСС/.",
# "ТЕГЕРАН, 20 янв – РИА Новости.", "Москва. 22 января. INTERFAX.RU -" (or "ИНТЕРФАКС -"), a
# correspondent's "БАКУ, 29 июля. /Корр. ТАСС Алексей Смирнов/." and "Москва. 11 октября.
# Интерфакс-АВН -", an author after the agency ("МОСКВА, 19 янв — РИА Новости, Андрей Коц."),
# a regional agency ("МАХАЧКАЛА, 12 апр – РИА «Дагестан»."), the older "ШАНХАЙ, 31 июля.
# (ИТАР-ТАСС)." and a regional one with its year ("Астрахань, 26 июля 2017 года
# (АСТРАХАНЬ-24)."), and a city abroad with its country ("Лангкави (Малайзия). 26 марта.
# ИНТЕРФАКС -", or between slashes: "БУРГ-ЭЛЬ-АРАБ /Египет/, 26 октября."), and any agency in
# capitals between slashes as TASS writes it ("МОСКВА, 6 декабря. /СТАТУС-АРМС/."), and the
# date first, the city after it, as BelTA writes it ("27 февраля, Минск /Корр. БЕЛТА/."), and a
# clock after the date, as REGNUM writes it ("Москва, 18 октября 2018, 10:15 — REGNUM"). The date
# is followed by a full stop, a dash, a bracket or a slash, or by a comma before the agency
# in slashes ("Ташкент, 3 апреля, /УзА/."): "Ранее, 28 июня, ..." opens a sentence, not a
# dateline.
DATELINE = (
    r"^(?:(?P<city>[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][А-ЯЁа-яё-]+)?)"
    r"(?:\s+\([А-ЯЁ][А-ЯЁа-яё -]{1,30}\)|\s+/[А-ЯЁ][А-ЯЁа-яё -]{1,30}/)?[,.]\s+(?=\d))?"
    r"(?P<date>\d{1,2}\s+[а-яё]+(?:\s+(?:19|20)\d\d(?:\s+года|\s+г\.)?)?)"
    # a clock after the date, as REGNUM writes it: "Москва, 18 октября 2018, 10:15 — REGNUM"
    r"(?:,\s+\d{1,2}:\d\d(?=\s*[–—-]))?"
    # the date first, as BelTA writes it: "27 февраля, Минск /Корр. БЕЛТА/."
    r"(?(city)|,\s+[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁ][А-ЯЁа-яё-]+)?(?=\s*/))(?:,(?=\s*/))?"
    r"(?=\s*[./–—(-])\.?"
    r"(?:\s*[/–—(-]*\s*/?(?:Корр\.\s+)?(?P<agency>(?:ИТАР-)?ТАСС|РИА Новости|(?:Интерфакс|ИНТЕРФАКС)(?:\s?-\s?(?i:АВН|Юг|Сибирь|Урал|Поволжье|Северо-Запад|Центр|Запад|Дальний Восток|Россия|Украина|Казахстан|Азербайджан)(?=\s*[–—.,/)-]))?|[А-ЯЁ][А-ЯЁ0-9-]{2,30}(?=[)/])|"
    r"INTERFAX\.RU|(?:ИА\s+)?REGNUM|(?:(?:РИА|ИА) )?[«\"][^»\"\n]{2,30}[»\"]|"
    # any agency in brackets or slashes ("(Синьхуа)", "/Синьхуа/", "(Reuters)"), and one
    # word after a dash that a stop ends ("— ПРАЙМ.", "- RT.", "– Sputnik, Иван Петров.")
    r"(?<=[(/])[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё0-9 .-]{1,30}(?=[)/])|"
    r"(?<=[–—-] )[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё-]{1,20}(?=\.\s|,\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\.))"
    # (Interfax's regional services before the dash: "ИНТЕРФАКС-ЮГ -", "ИНТЕРФАКС - ДАЛЬНИЙ
    # ВОСТОК -"; not the story's first word: "ИНТЕРФАКС - Россия и Иран подписали")
    # a correspondent's name after the agency ("/Корр. ТАСС Алексей Смирнов/"), not the
    # story's first words ("— REGNUM Россия и Индия подписали ...")
    r"(?:(?:\s+[А-ЯЁ][а-яё]+){1,2}(?=\s*[/),.]))?"
    r"(?:,\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)?[/)]?\.?)?\s*(?:(?:--|[–—-])\s*)?"
)
# The same dateline run into the line of the headline before it, as a flattened page may
# give it ("РФ сохраняет активность ВС на Курилах Токио. 14 июля. ИНТЕРФАКС - ..."): only
# with one of the wire agencies named right after the date.
DATELINE_INLINE = (
    r"(?<=\s)(?P<city>[А-ЯЁ][А-ЯЁа-яё-]+)[,.]\s+(?P<date>\d{1,2}\s+[а-яё]+)\.?\s*[./–—-]?\s*"
    r"(?=(?:/?(?:ИТАР-)?ТАСС/?|РИА Новости|ИНТЕРФАКС|Интерфакс|INTERFAX\.RU)\b)"
)
# Kinds of event, by word stem (the tags of English events).
KINDS = {
    "соглашени": "agreement", "договор": "agreement", "меморандум": "agreement",
    "подписал": "agreement", "подписан": "agreement", "учени": "exercise", "маневр": "exercise", "тренировк": "exercise",
    "патрулир": "exercise", "визит": "visit",
    "прибыл": "visit", "посетил": "visit", "встреч": "meeting", "встретил": "meeting",
    "переговор": "meeting",
    # a talk between leaders ("беседа прошла в формате тет-а-тет", "провели беседу", "в ходе
    # беседы"); not "в беседе с журналистами", an interview
    "беседа": "meeting", "беседу": "meeting", "беседы": "meeting",
    "постав": "delivery", "передал": "delivery", "передан": "delivery",
    # sent, shipped: "Первая партия была отправлена 7 августа"
    "отправил": "delivery", "отправлен": "delivery", "отгрузил": "delivery", "отгружен": "delivery",
    "контракт": "arms deal", "санкци": "sanctions",
    # an order or a purchase of arms ("заказанные в 2014 г. истребители", "закупила")
    "заказа": "arms deal", "заказал": "arms deal", "закуп": "arms deal",
    # the same acts named by their nouns ("передача", "отправка", "прибытие", "подписание")
    "передач": "delivery", "отправк": "delivery", "отгрузк": "delivery", "прибыти": "visit",
    "подписани": "agreement", "получил": "delivery", "получен": "delivery",
    "вступил в силу": "agreement", "вступила в силу": "agreement", "вступило в силу": "agreement",
    "вступили в силу": "agreement",
}
# An attribution to drop from a title: ", — заявил министр ...", ", сообщает ТАСС".
ATTRIBUTION = r"(?:,\s*|\s+[—–-]\s*|\s+)(?:как\s+)?(?:{SPEECH_VERBS})\w*\b.*$"
# Prepositions that belong to a date ("во вторник", "с 3 марта"): dropped with it from titles.
DATE_PREPOSITIONS = ("в", "во", "на", "с", "до", "к", "от")
# The part of a date named before it ("до конца 2024 года", "с начала года"): dropped with
# the date from titles, as its preposition is.
DATE_PARTS = ("конца", "начала", "середины")
# Adjectives between a preposition and its weekday ("в минувшее воскресенье"): dropped with it.
DATE_ADJECTIVES = ("минувший", "минувшее", "минувшую", "прошлый", "прошлое", "прошлую",
                   "прошедший", "прошедшее", "прошедшую", "ближайший", "ближайшее",
                   "ближайшую", "следующий", "следующее", "следующую")
# Adjectives that put a weekday strictly before the day of writing ("в прошлую пятницу",
# written on a Friday, is the Friday a week before; "в пятницу" is the day itself).
WEEKDAY_LAST = ("минувший", "минувшее", "минувшую", "прошлый", "прошлое", "прошлую",
                "прошедший", "прошедшее", "прошедшую")
# Day words that are also a preposition of an occasion: before a noun of one ("накануне
# учений", "накануне визита", "накануне саммита") the eve of the thing named, whose day the
# sentence does not give, not the day before the writing ("Накануне в Шанхае прошла ...",
# "накануне вечером", "Накануне агентство сообщило ..."). The occasion is a noun of ``KINDS``
# (not a past verb: "накануне прибыл") or of ``OCCASIONS``.
EVE_OF = ("накануне",)
OCCASIONS = ("саммит", "выбор", "праздник", "праздничн", "годовщин", "форум", "парад", "заседани",
             "конференци", "съезд", "юбиле", "визит", "поездк", "голосовани", "открыти",
             "церемони", "старт", "начал", "окончани", "завершени")
# Times of day next to a date ("накануне вечером"): dropped with it from titles.
TIME_OF_DAY = ("утром", "днем", "днём", "вечером", "ночью")
# Words a title never ends on (a cut after them leaves it hanging).
NEVER_LAST = ("в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "до", "из", "у",
              "за", "для", "при", "и", "а", "но", "или", "что", "как", "над", "под", "перед",
              "через", "между", "без", "против", "вблизи")
# A pronoun that a clause after its comma tells of ("сообщения о том, что ..."): a title is
# not cut after it.
CORRELATIVES = ("том", "то", "тем", "того", "тому")
# A word of letters without a vowel is an abbreviation ("млн", "млрд"), never a noun.
VOWELS = "аеёиоуыэюя"
# Words that start a clause: a long title is cut before one.
CONJUNCTIONS = ("и", "а", "но", "однако", "где", "который", "которая", "которые")
# Weapons (word stems; ``WEAPON_CLASSES`` below sorts them by class for merges): acts of the
# topic's kind (``TOPIC_ACTIONS``), and before a foreign weapon's Latin name they say it is
# one (``LATIN_MODEL``).
WEAPON_STEMS = ("автомат", "винтовк", "истребител", "вертолет", "беспилотник", "дрон",
                "боеприпас", "фрегат", "подводн", "зенитн", "бронетехник", "бронетранспорт",
                "артиллер", "гаубиц", "эсминец", "эсминц", "корвет", "крейсер", "авианос",
                "бомбардировщ", "штурмовик", "танков")
# A foreign weapon written by its Latin name after its class, a word between at most
# ("танков Abrams", "истребители F-16", "зенитные комплексы Patriot"): a model, as "С-400".
LATIN_MODEL = (r"(?<![а-яёА-ЯЁ])(?P<kind>(?i:" + "|".join(WEAPON_STEMS) + r"|танк(?![её]р|ист))"
               r"[а-яё]*)(?:\s+(?P<between>[а-яё]+))?\s+"
               r"(?P<model>[A-Z][A-Za-z0-9]*(?:[ -][A-Z0-9][A-Za-z0-9]*)?)")
# Classes of craft that serve armies and civilians alike ("вертолеты Airbus H125 для
# санитарной авиации"): a Latin name after one is a weapon's model only when the text says the
# craft is military (``MILITARY_CUES``) and nothing says it is civilian (``CIVILIAN``).
DUAL_USE_CLASSES = ("вертолет", "дрон", "беспилотник")
MILITARY_CUES = ("боев", "ударн", "военн", "арми", "вооружен", "ввс", "вкс", "минобороны",
                 "разведывательн")
# Actions of the topic's kind: in an article about the topic, a sentence naming one side
# and one of these is on topic too ("ВКС России нанесли удары ...").
TOPIC_ACTIONS = ("постав", "передал", "передан", "отправил", "отправлен", "отгрузил", "отгружен",
                 "поступил в войска", "поступила в войска", "поступили в войска",
                 "поступило в войска",  # entered service (not "поступила информация")
                 "посетил", "посеща", "удар", "бомб", "запуст", "запуск", "стартовал",
                 "начал", "начат",  # "операция началась", "учения начаты"
                 "опроверг", "оружи", "вооружени", "ракет", "достав", "учени", "прибыл", "визит",
                 # leaving, as arriving: "Фрегат покинул Балтийск 3 мая"
                 "покинул",
                 "самолет", "корабл", "встреч", "встрет", "переговор", "подписал", "подписан",
                 # a deal concluded, as signed: "Заключен контракт ...", "стороны заключили"
                 "заключил", "заключен",
                 "участ",
                 # weapons by their class: "открытие завода по производству автоматов"
                 *WEAPON_STEMS, "стрельб", "полет", "вылет",
                 # the act named by its noun: "Передача Ирану первой партии ... состоялась"
                 "передач", "отправк", "отгрузк", "прибыти", "подписани",
                 # received, sent (troops), in force, on duty, in service, launched:
                 # "Исламабад получил первую партию J-10C", "Пхеньян направил ... военнослужащих",
                 # "Договор ... вступил в силу", "Второй полк С-400 заступил на боевое дежурство"
                 "получил", "получен", "направил", "направлен", "вступил в силу",
                 "вступила в силу", "вступило в силу", "вступили в силу", "боевое дежурство",
                 "на вооружение", "спущен на воду", "спущена на воду", "спустил на воду",
                 "спуск на воду", "подлод", "танки", "танка",
                 # fighting on a border: "Анкара ввела войска", "Исламабад закрыл КПП",
                 # "атаковали блокпосты", "сбили беспилотник", "объявили о перемирии"
                 "ввел", "ввела", "ввели", "введен", "закрыл", "закрыт", "атак", "обстрел",
                 "сбил", "сбит", "уничтож", "ликвидир", "перестрел", "столкновени", "перемири",
                 "прекращение огня", "прекращении огня",
                 # aid granted and approved, troops trained: "Конгресс утвердил выделение ...
                 # на помощь Киеву", "завершили обучение украинских расчетов"
                 "выделил", "выделен", "выделени", "утвердил", "утвержден", "одобрил", "одобрен",
                 "обучени", "обучил", "обучен")
# Verbs of coming in ("поступит", "поступят"): a delivery, as "поставят", only when the
# sentence names what comes, a weapon's model ("Як-130 к нам поступят") or the deal for it
# («Контракты заключены. До конца года они к нам поступят»); else anything may come in or
# the verb means "act" («Беларусь поступит так же», «ответ на запрос поступит позже»). (A
# weapon's class, "на вооружение", "в войска" are ``TOPIC_ACTIONS`` of their own.)
ARRIVES = ("поступит", "поступят")
# Words that say a thing is civilian ("Пассажирские самолеты МС-21 будут поставлены"): a
# model's letters and digits in their sentence name no weapon.
CIVILIAN = ("пассажирск", "гражданск", "авиалайнер", "авиакомпани", "санитарн", "медицинск",
            "полиц", "спасательн", "пожарн")
# Words for both sides of the article ("обе стороны", "две страны"; not a bare "стороны",
# which may be any parties), and demonstratives that point
# back to the sentence before ("эти комплексы", "этой техники"): in an article on the topic, a
# sentence naming no side but one of these is about the article's sides, or those of the
# sentence before it.
BOTH_SIDES = ("обе стороны", "обеих сторон", "обе страны", "обеих стран", "две страны",
              "двух стран", "двум странам",
              # "bilateral": "Двусторонние консультации прошли 14 марта"
              "двусторонний", "двусторонняя", "двустороннее", "двусторонние", "двустороннего",
              "двусторонней", "двусторонних", "двустороннему", "двусторонним", "двустороннюю",
              "двусторонними")
# "the countries" as the subject of a clause, right before its plural past verb ("О том, что
# страны заключили такую сделку, стало известно ..."): both sides of the article, as "обе
# страны" are; not "страны НАТО", "западные страны ввели ..." (other countries) nor a genitive
# ("президент страны заявил": a singular verb).
COUNTRIES_SUBJECT = r"(?:^|(?<=[,;:])|(?<!\w)что)\s*страны\s+(?=[а-яё]+л(?:и|ись)(?![а-яё]))"
# The one before ("Предыдущий меморандум стороны заключили в 2018 году", "Прошлые
# патрулирования были в марте"; "прошлые" in the plural only: "в прошлом году" is a date):
# between the article's sides only when the noun it describes is of the topic's kind
# (``KINDS``, ``TOPIC_ACTIONS``); "Прошлые выборы президента" are another matter.
EARLIER_ONES = ("предыдущий", "предыдущая", "предыдущее", "предыдущие", "предыдущего",
                "предыдущей", "предыдущих", "прошлые")
# "Соответствующий документ был внесен ...", "Соответствующее распоряжение опубликовано в
# среду": the paper or act that the sentence before told, whatever its noun names (a
# "corresponding" thing has nothing of its own to correspond to but the act just told).
CORRESPONDING = ("соответствующий", "соответствующая", "соответствующее", "соответствующие",
                 "соответствующего", "соответствующей", "соответствующих")
BACK_REFERENCE = ("этот", "эта", "эту", "эти", "этой", "этого", "этому", "этим", "этих",
                  "этими", "данный", "данного", "данной", "указанный", "указанного",
                  *CORRESPONDING,
                  # "Последние такие консультации прошли ...": of the kind just told
                  "такой", "такая", "такое", "такие", "таких", "такого", "такими",
                  "подобный", "подобная", "подобное", "подобные", "подобных", "подобного",
                  "подобной", "подобным", "подобными",
                  # the speaker of the sentence before goes on ("По его словам, обучение ...")
                  "по его словам", "по ее словам", "по их словам")
# The word that opens a speaker's quoted words about what the sentence before told ("Это
# учение «Морское взаимодействие» с ВМС Китая ...", — сказал он): with ``BACK_REFERENCE``,
# the quotation is that event's evidence.
THIS_IS = ("это",)
# An undated sentence that adds an act to the dated one before it ("Стороны также подписали
# ..."; a sentence that only goes on about the same act is no new event), and words that
# point it to another time (it then keeps no date).
CONTINUES = r"(?<!а )(?<!\w)также(?!\w)"  # "а также" is "as well as", no new act
# ... and words that add an act to a day only ("15 марта министры провели переговоры. Кроме
# того, стороны подписали ..."): after a month or a year they add another fact.
CONTINUES_DAY = r"(?<!\w)кроме того(?!\w)"
# A sentence opening with these tells a thing's history, not the news's act
# (``foreign_relevance.told_as_history``).
HISTORY_OPENERS = ("ранее", "напомним", "прежде")
# "Россия уже передала Ирану танки": an act told as done before the day's news, background
# (a first sentence after a headline printed again that tells it is no lead).
ALREADY = ("уже",)
# An occasion told as held already ("Уже состоялось совещание военных двух стран"), with no
# date of its own, next to the lead (its paragraph or the next): the news of the report's day
# or shortly before, dated as the lead is (``extraction/foreign_links.held_already``); "уже"
# with another verb ("уже передала") stays background.
HELD_ALREADY = r"(?<![а-яё])уже\s+состоял(?:ся|ась|ось|ись)(?![а-яё])"
# Another act of the kind or of the same people, not the same one told again
# (``extraction/foreign_restated.py``): "Кроме того, … Шойгу провел встречу с …", "Подобные
# удары нанесли и …".
ANOTHER_ACT = ("кроме того", "также", "тоже", "такие", "такой", "такая", "такое", "таких",
               "подобные", "подобный", "подобная", "подобное", "подобных")
# Verbs of an act going on or taken up again ("Поставки ... продолжились в марте"): a later
# stage of the act, not the act told again (``extraction/foreign_restated.py``).
CONTINUED = ("продолжил", "продолжа", "возобнов")
# The past of "to be" before a short participle ("Соглашение было подписано ..."): no word of
# the thing done.
AUXILIARY = ("был", "была", "было", "были")
# Words among a sentence's first ones that make a thing named again another one ("Другие
# учения …", "второй визит", "Учения также …"), not the one told before.
_OTHER_ENDINGS = ("ий", "ая", "ее", "ие", "их", "им", "ем", "ей", "ую", "ими")
ANOTHER_OF_KIND = ("другой", "другая", "другое", "другие", "других", "другим", "еще", "второй",
                   "вторая", "второе", "вторые", "вторых", "новый", "новая", "новое", "новые",
                   "новых", "также",
                   *(stem + end for stem in ("следующ", "предыдущ") for end in _OTHER_ENDINGS),
                   *(f"очередн{end}" for end in ("ой", "ая", "ое", "ые", "ых", "ым", "ом", "ую",
                                                 "ыми")))
# Words opening a clause of what came before the main act ("…, после того как в 2015 году
# стороны подписали контракт"): its act, with a date of its own, is a second one.
BEFORE_CLAUSE = ("после того как", "после того, как")
# Words opening a sentence that tell an act after the one told before ("Позже, прибывший в
# Киев госсекретарь объявил ..."): after the news of the day of writing, that same day.
LATER_OPENING = ("позже", "позднее", "затем", "после этого", "вслед за этим")
# Words opening a sentence that turns to another scene ("Тем временем в Израиле заявили ...",
# "Между тем ..."): it goes on with no act told before it.
MEANWHILE = ("тем временем", "между тем", "в то же время", "параллельно", "в свою очередь")
OTHER_TIME = ("ранее", "прежде", "впервые", "позже", "позднее", "затем", "до этого",
              "перед этим", "в последний раз", "недавно", "в свое время")
# Words opening an adverbial phrase before the main clause ("спустя неделю после визита ...,
# Россия и Иран подписали ..."): in a title too long for 14 words, the phrase goes first.
OPENING_ADVERBIALS = ("спустя", "через", "после", "в ходе", "во время", "по итогам", "в рамках",
                      "накануне", "перед", "в преддверии", "по случаю", "в связи с")
# Vague time words of a clause ("а первые машины прибыли на днях", "а вскоре передал"): it
# tells an act of its own time, not of the day of the clause before.
VAGUE_TIME = ("на днях", "вскоре", "впоследствии", "потом", "в последнее время", "накануне",
              "недавно", "ранее", "позже", "позднее", "затем", "тогда же")
# The bounds that start a period ("с февраля 2022 года поддержка превысила $61 млрд"): a month
# or a year after one, with no other date, is when a total or a state began, not an act's date.
BOUNDS_FROM = ("с", "со", "начиная с")
# The bounds that end one ("Учения продлятся до 16 сентября"): after the report of an act's
# start, the day it ends (the start event's ``end_date``), not an act of its own.
BOUNDS_UNTIL = ("до", "вплоть до")
# Words before a date that make it the bound of a period, not the day of an act ("С 1 января
# ... провели два учения в феврале", "до 6 октября"): it dates the sentence only when no
# other date does.
BOUNDS = (*BOUNDS_FROM, *BOUNDS_UNTIL)
# Verbs of lasting ("Учения продлятся до 16 сентября"): with "до" they tell when an act with a
# duration ends; a validity ("Соглашение будет действовать до 2030 года") ends no act.
LASTING = (*LASTING_AHEAD, "продлится", "продлился", "продлилась", "продлилось", "продлились",
           "продолжится", "продолжатся", "продолжался", "продолжалась", "продолжалось",
           "продолжались", "будет продолжаться", "будут продолжаться", "будет проходить",
           "будут проходить", "проходили", "проходил", "проходила")
# Verbs of validity ("Соглашение будет действовать до 2030 года", "остается в силе до"): with
# "до" after a document told before, how long it is valid, no event.
VALIDITY = ("действовать", "действует", "действуют", "действовал", "остается в силе",
            "останется в силе", "сохраняет силу", "сохранит силу")
# A side clause ("Аштиани, который прибыл в понедельник, ...", "посетил полигон, где проводились
# учения") or a participial phrase between
# commas ("Контракт, замороженный в 2010 году, был ...", reflexive too: "Учения, начавшиеся 4
# марта, завершились ..."): its dates tell a side fact, so a
# date outside it dates the sentence.
# (the year's abbreviation "г."/"гг." after a number goes on with its clause: "Крейсер,
# построенный в 1979 г., был продан ...")
_CLAUSE_WORDS = r"(?:[^,.;:]|(?<=\dг)\.|(?<=\d\sг)\.|(?<=\dгг)\.|(?<=\d\sгг)\.)*"
SIDE_CLAUSE = (r",\s*(?:(?:[а-яё]+\s+(?:(?:на|в|во|по|для|с|со|о|об|от|за|под|при|из|к|между|среди|"
               r"перед|над|у)\s+)?)?"
               rf"(?:котор|чей|чья|чьи)\w*\b{_CLAUSE_WORDS}|(?:где|куда|откуда)\s{_CLAUSE_WORDS}|"
               # "вышедшие из Баку 12 марта": the participle of "-йти" has "шедш"
               rf"[а-яё]+(?:нн|вш|ющ|ящ|ущ|ащ|шедш)[а-яё]{{2,3}}(?:ся)?\b{_CLAUSE_WORDS}(?=,))")
# Reported speech, written as a headline "X: Y": "Шамхани заявил, что Тегеран и Москва ...".
REPORTED = (
    r"^(?P<who>\S.{2,80}?)\s+(?:заявил|заявила|заявили|сообщил|сообщила|сказал|сказала|"
    r"отметил|отметила|подчеркнул|подчеркнула|напомнил|напомнила|рассказал|рассказала|"
    r"уточнил|уточнила|добавил|добавила|пояснил|пояснила)\b[^,:]{0,40}?,?\s*(?:что|:)\s+(?P<what>\S.*)$"
)
# A sentence that only says who reported the one before it ("Об этом сообщает Минобороны в
# четверг, 15 сентября."): its date is the date of that report.
ABOUT_THIS = ("об этом", "о чем", "о чём")
# Verbs of announcing, informing and publishing: with ``ABOUT_THIS`` they report the sentence
# before ("Об этом во вторник объявил министр", "Об этом стало известно"); not a denial
# ("опроверг") nor a promise ("пообещал").
ANNOUNCES = ("объявил", "объявля", "доложил", "доклады", "стало известно", "становится известно",
             "опубликовал", "публику", "обнародовал", "известил", "оповестил")
# A sentence that confirms the act told before it ("В «Рособоронэкспорте» вчера подтвердили
# факт подписания контракта", "Минобороны подтвердило эту информацию"): a verb of confirming
# whose object points back to the report, a word or two between (the outlet told: "“Ъ”").
# It is the evidence of the sentence before, not an act; its date is the confirmation's.
CONFIRMS = (r"(?<![а-яё])(?:подтверд|подтвержда)[а-яё]*(?:\s+\S+){0,2}?\s+"
            r"(?:факт|информаци|сведени|данн(?:ые|ую)|эт[оиу](?![а-яё]))")
# Words opening a phrase that names a point of reference ("с момента возвращения ... в 2021
# году"): its dates bound a period, like "с 1 января".
# A preposition right before a year that names the period a plan, a programme or a contract
# is for ("подписали план военного сотрудничества на 2025 год", "на 2025-2027 годы"): in a
# sentence that tells a past act, the year is not the day of that act.
PLAN_PERIOD = ("на",)
# Verbs of inviting, deciding, putting off, offering and confirming: a past one governs an act
# still ahead ("пригласил на парад 2 июля", "было решено провести учения 2 июля", "визит был
# отложен до 2 июля"), as a reporting verb (``SPEECH_VERBS``, ``ANNOUNCES``) does: its clause
# tells no done act on the date.
GOVERNS_AHEAD = ("пригла", "решено", "решил", "отложен", "отложил", "отлож", "перенес", "перенос",
                 "предложил", "предлага", "назначил", "назначен", "подтверд", "подтвержда")
# The particle of the conditional mood ("подписание состоялось бы 2 июля"): a past form with it
# tells an act that did not or may not happen, no done act.
CONDITIONAL = ("бы",)
SINCE = ("с момента", "со времени", "со времен")
# The end of a text piece that a full stop does not end as a sentence: an abbreviation that
# always has a word after it ("ок. 14:00", "им. Дзержинского", "т.е.", "о. Итуруп", "пр.
# Мира") and "г." after a word,
# where it is "город" ("в г. Бендер-Аббас"); "г." after a year may end a sentence, and is
# joined to the next only when the piece is a date alone ("В 2016 г. Россия передала ...").
# "и пр." ("and so on", like "и т.п.", "и т.д.") closes a list and may end a sentence.
NO_SENTENCE_END = (r"(?<![\w.])(?:ок|им|т\.\s?е|т\.\s?н|т\.\s?к|т\.\s?ч|см|ул|пос|ген|адм|проф|"
                   r"акад|св|о|оз|пгт)\.$|(?<![\w.])(?<!(?<!\w)и\s)пр\.$|(?<![\d\s])\s+г\.$")
# Prepositions after a contract's or an agreement's noun that name what it is for ("контракт на
# поставку Су-35", "соглашение о поставках"): the deal, not a delivery.
OBJECT_OF_DEAL = ("на", "о", "об")
# What a verb of handing over ("передал", "передача") carries that is no goods: a message,
# a letter, an invitation, greetings, condolences ("Лавров передал послание Путина"): words,
# not a delivery (word stems, a few words after the verb).
NOT_GOODS = ("послани", "письм", "приглашени", "привет", "поздравлени", "соболезновани",
             "сообщени", "обращени", "ноту", "нота")
# Words of absence: a kind's word within ``foreign.WITHOUT_WITHIN`` words after one is not
# reached ("переговоры завершились без подписания соглашения"): no act of that kind.
WITHOUT = ("без",)
# Words of a ceremony: a sentence right after a lead that names one ("Церемония прошла в
# понедельник", "Торжественное вручение дипломов состоялось во вторник") tells the lead's act.
CEREMONY = r"(?<![а-яё])(?:церемони|торжествен)"
# A relative pronoun that is its clause's subject ("удар, который был нанесен 11 марта"): the
# clause's act is one of the words before it, which its title takes.
RELATIVE_SUBJECT = r"котор(?:ый|ая|ое|ые)(?![а-яё])"
# A verb that announces a thing ("объявили о прекращении огня, которое вступило в силу 15
# октября"): a side clause dating that thing to one of the last few days tells the news; after
# any other act ("осудила удар, который был нанесен 11 марта", "провел переговоры с X,
# который прибыл 11 марта") the side clause's date is its own act's.
# An agreement about a thing announces it too ("договорились о совместных учениях, которые
# пройдут в мае").
ANNOUNCES_ABOUT = r"(?<![а-яё])(?:объяви|объявля|сообщи|заяви|огласи|договори)[а-яё]*\s+об?\s"
# The word that denies the verb after it ("Иран не получал С-300"): a negated act is no event.
NEGATION = ("не",)
# Labels a short date may follow ("(версия 10.03.19)", "ред. от 01.02.19"): a version's date,
# no day of an act.
VERSION_WORDS = ("версия", "версии", "версию", "редакция", "редакции", "ред.", "ред. от")
# A reference to an earlier report in brackets ("(см. “Ъ” от 1 марта)"): its date is the
# report's, not the act's.
CITATION = r"\(\s*см\.[^()]*\)"
# Words of an anniversary ("70-летию", "годовщины", "юбилея"; not "десятилетия", a decade): a
# date after one in its clause ("посвященных 70-летию победы в войне 1950-1953 годов") names
# what is remembered, not the day of the act.
ANNIVERSARY = r"\d+-лети(?:ю|я|ем|е)(?![а-яё])|(?<![а-яё])(?:годовщин|юбиле)"
# Labels of a publication line, wherever it stands ("Статья опубликована в № 4203 от
# 17.11.2016 под заголовком ...", a newspaper's footer): its full date is the article's date,
# and the line tells no event.
PUBLISHED_LABELS = ("опубликовано", "статья опубликована", "материал опубликован",
                    "дата публикации", "время публикации", "обновлено", "последнее обновление")
# Short passive participles that tell an act done ("Соглашение подписано в Тегеране",
# "Комплексы переданы Ирану"), in any gender or number; with "будет" before them they tell a
# plan, which the future cues see first.
PASSIVE_DONE = ("подписан", "передан", "заключен", "размещен", "доставлен", "поставлен",
                "направлен", "отправлен", "получен", "проведен", "запущен", "уничтожен",
                "сбит", "начат", "открыт", "принят", "развернут", "введен", "одобрен",
                "ратифицирован", "утвержден", "испытан", "задействован", "переброшен",
                "сформирован", "построен", "спущен", "заморожен", "возобновлен",
                "приостановлен", "завершен", "выполнен", "нанесен", "перехвачен", "поражен",
                "подтвержден", "объявлен", "достигнут", "согласован", "вручен", "продлен")
# A verb in the past tense (a lead that tells something done: "одобрило", "начались"), not
# the nouns that end the same way.
PAST = (r"(?<![а-яё])(?!(?:генерал|адмирал|маршал|канал|материал|потенциал|персонал|сигнал|"
        r"арсенал|капитал|финал|интервал|посол|протокол|символ|футбол)"
        r"(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё]))"
        r"(?!(?:правила|числа|дела|сила|посл(?:а|у|ом|ы|ов|ам|ами|ах))(?![а-яё]))"
        # plural nouns in -ли: names of things ("корабли", "недели", "модели") and the agent
        # nouns in -тели ("истребители", "представители"; not "летели", "хотели")
        r"(?!(?:недел|модел|панел|отел|цел|параллел|постел|мебел|дуэл|автомобил|стил|профил|"
        r"корабл|рубл|земл|капл|кремл|журавл|вопл)и(?![а-яё]))"
        r"(?![а-яё]*(?<!ле)(?<!хо)(?<!вер)(?<!по)(?<!с)тели(?![а-яё]))"
        # a word right after a plural adjective is its noun ("российские самолеты", "новые
        # корабли"), unless the adjective is itself the subject: a noun of its own
        # ("военные прибыли", "многие", "другие"), or a participle ("прибывшие провели")
        r"(?<!(?<!военн)(?<!учен)(?<!местн)(?<!ранен)(?<!родн)(?<!перв)(?<!остальн)(?<!некотор)"
        r"(?<!ин)ые\s)(?<!(?<!мно)(?<!дру)(?<!та)(?<!ка)(?<!не)(?<!близ)[кгх]ие\s)"
        # "начала" is the noun after a preposition ("с начала года", "до начала учений"), else
        # the verb ("Россия начала поставки")
        r"(?!(?:(?<=(?<![а-яё])с )|(?<=(?<![а-яё])со )|(?<=(?<![а-яё])до )|(?<=после )|"
        r"(?<=(?<![а-яё])от )|(?<=(?<![а-яё])из )|(?<=для )|(?<=около )|(?<=момента )|"
        r"(?<=накануне )|(?<=дня )|(?<=даты )|(?<=времени )|(?<=года )|(?<=месяца ))"
        r"начала(?![а-яё]))"
        r"[а-яё]{3,}(?:ли|ла|ло|л)(?:сь|ся)?(?![а-яё])"
        # the passive: "были подняты", "был подписан"
        r"|(?<![а-яё])(?:был|была|было|были)\s+[а-яё]{3,}(?:ны|ты|на|та|но|то|н|т)(?![а-яё])"
        # the masculine past of a stem in с, з, г or к has no л: "Путин внес в Госдуму закон",
        # "привез", "помог", "достиг", "истек"
        r"|(?<![а-яё])(?:в|при|за|пере|вы|под|про|до|от|у|раз)?(?:нес|вез)(?![а-яё])"
        r"|(?<![а-яё])(?:по|с)?мог(?![а-яё])|(?<![а-яё])(?:до|за)?стиг(?![а-яё])"
        r"|(?<![а-яё])истек(?![а-яё])"
        # a short passive participle: "подписано", "переданы"
        r"|(?<![а-яё])(?:" + "|".join(PASSIVE_DONE) + r")(?:а|о|ы)?(?![а-яё])")
# A verb in the present tense of a vowel stem ("начинает", "получают", "открывается"; the
# other endings are those of nouns too: "визит", "комитет"): a lead whose main verb, before
# any future cue, is one tells the day's news ("Завод ... начинает работу, запланирована
# локализация ..."), not a plan.
NEWS_PRESENT = r"(?<![а-яё])[а-яё]{2,}[аяеу](?:ет|ют)(?:ся)?(?![а-яё])"
# The present of the day's news in a lead (agency leads tell the news of the day in the
# present: "Россия и Иран начинают совместные учения", "Минобороны России проводит учения",
# "Корабли прибывают в порт"): a vowel-stem present (``NEWS_PRESENT``), or an imperfective
# verb of motion or of building in -ит/-ят ("проводит", "проходят", "перевозит", "строят")
# or an unprefixed one in -ет/-ут ("ведут переговоры", "идут учения");
# other verbs in -ит/-ят are as often a perfective's future ("закупит", "поставит") or a noun
# ("визит", "транзит"). A lead in it that names a kind of act is the news of its day, unless
# it tells a habit (``HABIT``) or what someone thinks or is (``STATE_VERBS``).
# A lead's present that starts its act ("Россия и Иран начинают совместные учения"): the act
# of the day, though the next sentence dates its end or its next stage ahead.
LEAD_STARTS = ("начинают", "начинает", "приступают", "приступает")
# The stems of the nouns of a part of an act ("Следующий этап этих учений пройдет в октябре",
# "второй раунд этих переговоров"): the date of a part, not of the act told before.
ACT_PARTS = ("этап", "фаз", "раунд")
LEAD_PRESENT = (NEWS_PRESENT + r"|(?<![а-яё])[а-яё]{0,5}(?:вод|ход|воз|нос|стро)(?:ит|ят)(?:ся)?"
                r"(?![а-яё])"
                # "ведут переговоры", "идут учения", "везет", "несут дежурство"
                r"|(?<![а-яё])(?:вед|ид|вез|нес)(?:ет|ут)(?:ся)?(?![а-яё])")
# Present verbs that tell an act of the topic's kind by themselves ("Иран получает первые
# Су-35", "корабли прибывают", "начинаются учения"): a lead in one needs no noun of a kind.
PRESENT_ACTS = ("получа", "переда", "прибыва", "подписыва", "отправля", "направля", "размеща",
                "развертыва", "развёртыва", "перебрасыва", "доставля", "передислоциру", "начина",
                "заверша", "заканчива", "испытыва", "запуска", "нанос", "патрулиру",
                "отрабатыва", "осваива", "закупа", "поставля", "стартуют", "стартует")
# Words of a habit or a state that lasts ("обычно", "ежегодно", "уже много лет"): the present
# tells no news of the day.
HABIT = ("обычно", "ежегодно", "регулярно", "традиционно", "как правило", "каждый год",
         "постоянно", "по-прежнему", "продолжа", "много лет", "несколько лет", "десятилети",
         "годами", "все чаще", "всё чаще", "все больше", "всё больше", "активно")
# Present verbs of a view, a state, a trend or a saying: no act ("эксперты считают",
# "остается", "является", "наращивает").
STATE_VERBS = ("счита", "полага", "явля", "оста", "представля", "составля", "зависит",
               "находит", "стремит", "рассматрива", "опасает", "надеет", "сомнева",
               "утвержда", "отрица", "призыва", "выступа", "нуждает", "име", "может", "могут",
               "хочет", "хотят", "готов", "предлага", "ожида", "угрожа", "обеспокоен",
               "заявля", "сообща", "отмеча", "пишет", "пишут", "говорит", "говорят", "видит",
               "видят", "знает", "знают", "думает", "вынужден", "стоит", "стоят", "зависят",
               "относит", "касает", "кажет", "выглядит", "вызывает", "беспоко",
               # a trend, not an act: "Россия наращивает поставки оружия Ирану"
               "наращива", "укрепля", "расширя", "развива", "усилива", "углубля", "активизиру",
               "сближа", "продвига", "осуществля")
# Prepositions of the occasion a statement was made at ("заявил Шойгу на встрече с министром",
# "сказал он в ходе переговоров", "во время визита"), before a noun of ``KINDS``: the occasion
# took place on the day of the statement.
# "во время учений", "в ходе визита": the occasion during which the sentence's act was done,
# not that act (``DURING``).
DURING = ("в ходе", "во время")
AT_OCCASION = (*DURING, "на", "в рамках", "по итогам")
# Nouns of an occasion's work beside ``OCCASIONS`` and the meetings and visits of ``KINDS``: an
# undated sentence opening at an occasion ("В ходе визита было подписано 23 соглашения", "По
# итогам работы стороны подписали итоговый протокол") tells a signing done at the occasion told
# just before, on its day.
OCCASION_WORK = ("работ", "сесси")
# The parties, naming no one ("По итогам работы стороны подписали ..."): the only subject
# that may stand between a bare occasion and its verb; an owner ("визита президента Ирана"),
# a body ("сессии Генассамблеи ООН") or a place there is another occasion.
PARTIES = ("стороны",)
# A verb of the third person, present or perfective future ("поможет", "поставит",
# "продолжат", "поставляет"; nouns end so too, "объект", "визит": read as verbs, the rule
# that asks stays on the safe side): what someone said in one is a plan or a state of things,
# not the day's statement of a fact ("Россия поможет Ирану …, рассказали источники").
PERSONAL_VERB = r"(?<![а-яё])[а-яё]{3,}(?:ет|ит|ут|ют|ат|ят)(?:ся)?(?![а-яё])"
# Copulas of what a thing becomes ("Учения станут завершающим этапом подготовки в этом году"):
# like ``STATE_VERBS``, a state, no act; a year with one is the period the state holds for.
COPULAS = ("станет", "станут")
# A clause that opens with a past participle ("Соглашение, подписанное в понедельник,
# вступит ...", "военные, прибывшие во вторник, начнут ..."): its dates are past, whatever
# the sentence's main verb says.
# Not the adjectives that only look like one: the -ственн- and -онн- ones ("государственному
# контракту", "традиционными", "оборонного") and a few common others ("военными",
# "иностранными", "современными").
NOT_PARTICIPLE = (r"(?![а-яё]*(?:ственн|онн)|(?:военн|иностранн|современн|временн|длинн|странн|"
                  r"деревянн|туманн|священн|именн|доморощенн|откровенн|обыкновенн|надменн|"
                  r"неизменн|драгоценн|мгновенн|постепенн|непременн|несомненн|"
                  r"отдаленн|многочисленн|подчиненн|уверенн|умеренн|определенн)[а-яё]*(?![а-яё]))")
PAST_PARTICIPLE = NOT_PARTICIPLE + (r"[а-яё]{3,}(?:нн|вш)(?:ий|ый|ая|ое|ее|ие|ые|его|ого|ему|ому|"
                                    r"ей|ой|ую|их|ых|им|ым|ими|ыми)(?![а-яё])")
PAST_CLAUSE = r"^\W*" + PAST_PARTICIPLE
# The title of an act told in passing by a participle or a relative clause ("по контракту,
# подписанному в 2015 году" -> "Контракт подписан"): the noun it tells of in the nominative,
# and the participle's short form.  By the participle's ending (its case, which its noun
# shares): the noun's endings and their nominative, with the number ("m" turns "n" when the
# nominative ends in -е or -о); a nominative participle keeps its noun as written.
_GEN = (("ия", "ие", "m"), ("ства", "ство", "m"), ("а", "", "m"), ("я", "ь", "m"))
_DAT = (("ию", "ие", "m"), ("ству", "ство", "m"), ("у", "", "m"), ("ю", "ь", "m"))
_INS = (("ием", "ие", "m"), ("ством", "ство", "m"), ("ом", "", "m"), ("ем", "ь", "m"),
        ("ам", "ы", "pl"), ("ям", "и", "pl"))
_PRE = (("ии", "ие", "m"), ("стве", "ство", "m"), ("е", "", "m"))
_FEM = (("ией", "ия", "f"), ("ии", "ия", "f"), ("ой", "а", "f"), ("ей", "я", "f"),
        ("ы", "а", "f"), ("е", "а", "f"), ("и", "а", "f"))
_ACC = (("ию", "ия", "f"), ("у", "а", "f"), ("ю", "я", "f"))
_GEN_PL = (("ов", "ы", "pl"), ("ев", "и", "pl"), ("ей", "и", "pl"), ("ах", "ы", "pl"),
           ("ях", "и", "pl"), ("", "ы", "pl"))  # "систем": no ending
_INS_PL = (("ами", "ы", "pl"), ("ями", "и", "pl"))
NOMINATIVE = {"ый": (("", "", "m"),), "ий": (("", "", "m"),), "ое": (("", "", "n"),),
              "ее": (("", "", "n"),), "ая": (("", "", "f"),), "яя": (("", "", "f"),),
              "ые": (("", "", "pl"),), "ие": (("", "", "pl"),),
              "ого": _GEN, "его": _GEN, "ому": _DAT, "ему": _DAT, "ым": _INS, "им": _INS,
              "ом": _PRE, "ем": _PRE, "ой": _FEM, "ей": _FEM, "ую": _ACC, "ых": _GEN_PL,
              "их": _GEN_PL, "ыми": _INS_PL, "ими": _INS_PL}
# ... and the short form's ending after the participle's stem ("подписанн" -> "подписан-о",
# "прибывш" -> "прибыл-и"); the plural's -ы is -и after these letters ("танки", "поставки").
# A relative clause that tells what was done to its noun ("…, который был подписан в 2007
# году"): its title is that noun in the nominative and the clause.
PASSIVE_RELATIVE = r"^(?:был[аио]?\s+)?(?:" + "|".join(PASSIVE_DONE) + r")"
SHORT_FORMS = {"нн": ("н", {"m": "", "n": "о", "f": "а", "pl": "ы"}),
               "вш": ("л", {"m": "", "n": "о", "f": "а", "pl": "и"})}
SOFT_PLURAL_AFTER = "гкхжшчщ"
# A newspaper's issue before its date ("Газета «Коммерсантъ» №12 от 22.01.2020, стр. 6",
# "в № 4203 от 17.11.2016"): the line is a publication line however many words it holds.
ISSUE = r"№\s*\d+(?:\s*\(\d+\))?\s+от\s*$"
# A source named before the story: "По данным источника,", "Как сообщил ТАСС,", "Как
# выяснил «Ъ»," (an outlet's name in quotes goes with it).
SOURCE_PREFIX = (r"^(?:(?:По данным|По (?:его |ее |её |их )?словам|По информации|"
                 r"Как (?:сообщ|заявл|писал|пиш|переда|уточн|отмеча|напомина|выясн|узна|стало известно)\w*)"
                 r"(?: [^,]{1,60})?,\s*|"
                 # "Ранее сообщалось, что Путин посетит ...": what was reported is the title
                 r"(?:Ранее |Также )?(?:сообщалось|стало известно|отмечалось),\s*что\s+|"
                 # an impersonal report: "Уточняется, что речь идет о ...", "В документе
                 # отмечается, что ..."
                 r"(?:(?:В [а-яё]+ )?(?:[Уу]точняется|[Оо]тмечается|[Сс]ообщается|"
                 r"[Уу]казывается|[Пп]одчеркивается|[Гг]оворится)),\s*что\s+|"
                 # an outlet's report in the present: "Издание The New York Times со ссылкой
                 # на источники пишет, что ...": what it reports is the title
                 # (``outlet``: seen through only when what follows tells an act)
                 r"(?P<outlet>(?:Издание|Газета|Агентство|Телеканал|Журнал|Портал)\s+[^,]{1,80}?\s+"
                 r"(?:пишет|пишут|сообщает|сообщают|передает|передают|утверждает),\s*что\s+)|"
                 # a link word before the act: "Напомним, контракт ...", "Ранее, в ноябре, ...";
                 # "Напомним, что фрегат покинул ...": the act is what follows "что"
                 r"(?:Напомним,\s*что\s+|(?:Напомним|Ранее|Кроме того|Между тем|При этом),\s*)|"
                 # "Ранее премьер-министр объявил …": "earlier" only places the act before the
                 # report, which the event's date does
                 r"Ранее\s+(?!(?:сообщалось|стало|отмечалось)\b))")
# A report whose object is an act ("Минобороны сообщило о проведении учений", "объявил о
# начале поставок", "штаб сообщил об отправке инструкторов"): the sentence tells the act, as a past
# verb would.
REPORTED_ACT = (r"(?<![а-яё])(?:сообщил|заявил|объявил|проинформировал)[а-яё]*\s+об?\s+"
                r"(?:начале|проведении|завершении|окончании|подписании|поставке|передаче|"
                r"запуске|прибытии|нанесении|размещении|развертывании|достижении|заключении|"
                r"выводе|отправке|направлении|переброске|продаже|закупке|испытании|"
                r"ратификации|открытии)(?![а-яё])")
# A parenthesis between commas that a title does without ("прибыл в Тегеран и, как
# ожидается, встретится ...": "прибыл в Тегеран и встретится ...").
PARENTHESIS = (r",\s*(?:как\s+(?:ожидается|сообщается|известно|отмечается|предполагается|"
               r"выяснилось)|по\s+всей\s+видимости|по-видимому|вероятно|в\s+частности|"
               # a source between commas ("Документ, по данным источников «Ъ», подписан ...")
               r"по\s+(?:данным|словам|информации|сведениям)\s+[^,]{1,60})\s*,")
# A note of who told the news first, ending the sentence (", о чем ранее сообщило издание
# ...", ", как ранее писали СМИ"): its "ранее" is the time of that report, not of the act the
# sentence tells.
SOURCE_NOTE = (r",\s*(?:о\s+ч[её]м|как)\s+(?:[а-яё]+\s+){0,2}?(?:сообщ|писал|заявля|"
               r"рассказыва|информирова)[а-яё]*[^.;!?]*")
# Personal pronouns that open a sentence ("Они стартовали на полигоне ..."): in the story's
# first sentence they point to the headline, whose words then make the title.
PRONOUNS = ("он", "она", "оно", "они")
# The subject of a past act that points back to the person last named: a singular pronoun,
# or an office without its holder's name ("Накануне он выступил в парламенте Ирана",
# "Последний раз министр приезжал в Иран в мае 2016 года"): the sentence names
# that person's side (``PERSON_NAME``), as the English "The minister said ..." does.
PERSON_POINTERS = ("он", "она", "министр", "глава", "президент", "премьер", "посол", "генерал",
                   "адмирал", "командующий", "начальник", "лидер", "председатель")
# A pointing pronoun's gender: the past endings its verb agrees with ("он выступил", "она
# выступила"), and the last letters of a noun or adjective of that gender ("комплекс",
# "договор", "корабль", "новый"; "делегация", "новая"). Such a word told after the person and
# before the pronoun is a thing the pronoun may mean ("Иран приобрел комплекс. Он поступил на
# вооружение ..."), and a person whose own past verb has the other gender is not meant; the
# first is the one meant when the person's own verb is not told.
POINTER_GENDERS = {"он": (("л", "лся"), "бвгджзйклмнпрстфхцчшщь"),
                   "она": (("ла", "лась"), "ая")}
# The endings of an oblique case (instrumental, prepositional, genitive plural) of an
# adjective, a participle or a noun ("прибыл вторым рейсом, вылетевшим из Москвы утром"):
# such a word is no subject, so it is not the thing a pointing pronoun means, and the person
# named before it still is ("... Накануне он выступил в парламенте").
OBLIQUE_ENDINGS = ("ым", "им", "ых", "их", "ом")
# A person's full name, two to four capitalised words ("Андрей Белоусов", "Раджнатхом
# Сингхом"): introduced after a side ("министр обороны Индии Раджнатх Сингх"), the surname
# names that side later in the article ("Сингх посетил ..."); the endings a surname takes in
# the other cases; and the prepositions of a place, whose side is not the person's ("посол
# Индии в Москве Винай Кумар" is India's).
PERSON_NAME = (r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
               r"(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,3}(?![\w-])")
# A patronymic between a first name and a surname, in any case ("Кужугетович", "Петровной").
PATRONYMIC = r"(?:[оеё]вич|[оеё]вн|ьич|инич|ичн)[а-я]*$"
NAME_ENDINGS = ("ом", "ем", "ым", "им", "ой", "ей", "у", "ю", "а", "я", "е", "ы")
# One foreign name reaches Russian by several transliterations, and a topic lists one of them
# (``extraction/names.py``; capitalised names only, never a common word): the letters of a
# group of ``NAME_LETTER_VARIANTS`` stand for one another (е/э as in "Эрдоган"/"Ердоган", и/й
# as in "Хлайн"/"Хлаинг"); after a consonant of ``NAME_HARD_AFTER`` и, ы and й are one
# ("Цыпрас"/"Ципрас"); a consonant of ``NAME_DOUBLED`` may be written once or doubled
# ("Хассан"/"Хасан"); and a name's word ending in a key of ``NAME_FINAL_SHORT`` may drop the
# key's last letters ("нг" as "н": "Аунг"/"Аун", the English and the Russian rendering of -ng).
NAME_LETTER_VARIANTS = ("еэ", "ий")
NAME_HARD_AFTER = {"ц": "иый", "ж": "иый", "ш": "иый"}
NAME_DOUBLED = "бвгдзклмнпрстфхц"
NAME_FINAL_SHORT = {"нг": "н"}
# The endings of an adjective in the nominative: a multi-word name whose first word ends so
# ("Саудовская Аравия", "Объединенные Арабские Эмираты") declines as a whole, each word in its
# case (``extraction/names.py``).
NAME_ADJECTIVE_ENDINGS = ("ая", "яя", "ий", "ый", "ой", "ое", "ее", "ые", "ие")
# The endings of a noun's or adjective's cases and numbers: a form the frequency lists lack
# ("фрегата") weighs as its commonest known form ("фрегат": ``extraction/rarity.py``).
WORD_ENDINGS = tuple(sorted({*NAME_ENDINGS, *ADJECTIVE_ENDINGS, "", "и", "ов", "ев", "ам", "ям",
                             "ами", "ями", "ах", "ях", "ых", "ыми", "ый", "ии", "ия", "ию"}))
PLACE_PREPOSITIONS = ("в", "во", "из", "на", "под", "до", "у")
# The scene of an act before a place, beside ``PLACE_PREPOSITIONS`` ("провел в Санкт-Петербурге
# переговоры", "учения у берегов Севастополя"): a side's city told so is only where the act is
# done; when the sentence names a third country, the act is with that country, not with the
# city's (``CITIES``), as English ``VENUE_PHRASES`` tell the scene of an act.
VENUE_BEFORE_PLACE = ("у берегов", "у побережья", "в районе", "в порту", "в акватории",
                      "в окрестностях", "близ", "вблизи", "около", "возле")

# Countries by their English names (the gazetteer's), as Russian names them in any case, and
# their adjectives (regexes on lower-case text, from a word's start): a sentence naming one
# side of the topic with another country ("Россия и Китай провели учения" in a Russia–Iran
# article) tells of that country, not of the topic, as ``other_countries`` does in English.
# A country the topic's own names name is one of its sides, not another.
COUNTRIES = {
    "Russia": r"росси(?:я|и|ю|ей)|рф|российск",
    "Iran": r"иран(?:а|у|ом|е)?(?![а-яё])|иранск",
    "China": r"кита(?:й|я|ю|ем|е)(?![а-яё])|китайск|кнр",
    "United States": r"сша|соединенн[а-яё]+ штат|американск",
    "Ukraine": r"украин(?:а|ы|е|у|ой)(?![а-яё])|украинск",
    "Belarus": r"беларус(?:ь|и|ью)(?![а-яё])|белорусси|белорусск",
    "India": r"инди(?:я|и|ю|ей)(?![а-яё])|индийск",
    "Pakistan": r"пакистан",
    "Afghanistan": r"афганистан|афганск",
    "Turkey": r"турци|турецк",
    "Israel": r"израил",
    "Syria": r"сири(?:я|и|ю|ей)(?![а-яё])|сирийск",
    "Iraq": r"ирак(?:а|у|ом|е)?(?![а-яё])|иракск",
    "Saudi Arabia": r"саудовск",
    "United Arab Emirates": r"оаэ(?![а-яё])|объединенн[а-яё]+ арабск",
    "Qatar": r"катар(?:а|у|ом|е)?(?![а-яё])|катарск",
    "Egypt": r"егип(?:ет|та|ту|том|те)(?![а-яё])|египетск",
    "North Korea": r"кндр|северн[а-яё]+ коре|северокорейск",
    "South Korea": r"южн[а-яё]+ коре|южнокорейск|республик[а-яё]* коре",
    "Japan": r"япони|японск",
    "Azerbaijan": r"азербайджан",
    "Armenia": r"армени(?:я|и|ю|ей)(?![а-яё])|армянск",
    "Georgia": r"грузи(?:я|и|ю|ей)(?![а-яё])|грузинск",
    "Kazakhstan": r"казахстан",
    "Kyrgyzstan": r"киргиз|кыргыз",
    "Uzbekistan": r"узбекистан|узбекск",
    "Tajikistan": r"таджикистан|таджикск",
    "Turkmenistan": r"туркменистан|туркменск",
    "Serbia": r"серби(?:я|и|ю|ей)(?![а-яё])|сербск",
    "Vietnam": r"вьетнам",
    "Myanmar": r"мьянм",
    "Mongolia": r"монголи(?:я|и|ю|ей)(?![а-яё])|монгольск",
    "Laos": r"лаос",
    "Algeria": r"алжир",
    "Venezuela": r"венесуэл",
    "France": r"франци(?:я|и|ю|ей)(?![а-яё])|французск",
    "Germany": r"германи(?:я|и|ю|ей)(?![а-яё])|немецк",
    "United Kingdom": r"великобритани|британск",
    "Indonesia": r"индонези",
    "Malaysia": r"малайзи",
}
# A country's cities, bases and regions named after them, by the country's English name, as
# Russian names them in any case (regexes on lower-case text, from a word's start): a place
# of a side's country names that side, as its capital does in the topic's names ("Лидер КНДР
# побывал в Комсомольске-на-Амуре", "фрегат прибыл во Владивосток"); never another country.
CITIES = {
    "Russia": r"санкт-петербург|петербург|владивосток|хабаровск|комсомольск(?:е|а|ом)?-на-амуре|"
              r"калининград|севастопол|новороссийск|мурманск|североморск|кронштадт|"
              r"екатеринбург|новосибирск|нижн[а-яё]+ новгород|ростов[а-яё]*-на-дону|"
              r"астрахан|махачкал|каспийск|петропавловск[а-яё]*-камчатск|северодвинск|"
              r"кубинк|улан-удэ|красноярск|иркутск|сочи(?![а-яё])",
}
# Words of hostility before a country ("вторжения украинских войск", "удары по Сирии",
# "против США"): the country is what the act is against, not a party to it.
ADVERSARY = ("против", "вторжени", "отражени", "агресси", "удар", "атак", "наступлени",
             "обстрел", "войн", "противник", "нападени", "оккупаци", "угроз", "сдерживани")
# Where and by whom an act was done (``chronology/extraction/theatres.py``): regexes, any case.
# Seas and gulfs, by their English names (the gazetteer's REGIONS).
SEAS = {"Caspian Sea": r"каспи[а-яё]*", "Persian Gulf": r"персидск[а-яё]* залив[а-яё]*",
        "Gulf of Oman": r"оманск[а-яё]* залив[а-яё]*", "Indian Ocean": r"индийск[а-яё]* океан[а-яё]*",
        "Arabian Sea": r"аравийск[а-яё]* мор[а-яё]*", "Red Sea": r"красн[а-яё]* мор[а-яё]*",
        "Strait of Hormuz": r"ормузск[а-яё]* пролив[а-яё]*", "Black Sea": r"черн[а-яё]* мор[а-яё]*",
        "Baltic Sea": r"балтийск[а-яё]* мор[а-яё]*", "Mediterranean": r"средиземн[а-яё]*"}
# "на юге страны", "в северной части страны", "на юго-востоке страны": a part of one country.
INLAND = (r"(?<![а-яё])(?:на|в)\s+(?:(?:юго|северо)-)?(?:юг|север|восток|запад|центр)[еау]?"
          r"\s+страны|(?<![а-яё])в\s+[а-яё-]+(?:ой|ей)\s+части\s+страны")
PORT = r"(?<![а-яё])(?:порт[а-яё]*|побережь[а-яё]*|берег[а-яё]*|у\s+берегов)(?![а-яё])"
SERVICES = {"naval": r"(?<![а-яё])(?:вмф|вмс|флот[а-яё]*|военно-морск[а-яё]*|корабл[а-яё]*|"
                     r"корабел[а-яё]*|фрегат[а-яё]*|эсминц[а-яё]*|эсминец|моряк[а-яё]*)(?![а-яё])",
            "air defence": r"(?<![а-яё])(?:пво|противовоздушн[а-яё]*)(?![а-яё])",
            # an operation told by the arm that fights it ("наземная операция", "воздушная
            # операция"), as in English
            "air force": r"(?<![а-яё])(?:ввс|вкс|военно-воздушн[а-яё]*|летчик[а-яё]*|"
                         r"лётчик[а-яё]*|воздушн[а-яё]*\s+операци[а-яё]*)(?![а-яё])",
            "ground": r"(?<![а-яё])(?:сухопутн[а-яё]*|пехот[а-яё]*|танкист[а-яё]*|"
                      r"наземн[а-яё]*\s+(?:операци|наступлени)[а-яё]*)(?![а-яё])"}
# A visitor's or a ship's arrival (see en.py): "прибыл в Москву", "прилетел", "приехал",
# "прибытие".
# A season told alone as the time of an act ("Весной мы получили ...", "осенью начнутся
# поставки"), in the instrumental a date takes, and the engine's season it names: the
# latest such season for a past act, the next for a plan (a winter spans two years and is
# left alone, as in ``RELATIVE``; with its year, "летом 2023 года", the year dates it).
SEASON_DATES = {"весной": "spring", "летом": "summer", "осенью": "autumn"}
# The seasons, in the cases a date takes ("летом 2023 года"): no name of an exercise's edition.
SEASONS = ("весна", *SEASON_DATES, "весны", "лето", "лета", "осень", "осени",
           "зима", "зимой", "зимы")
# Landing and docking are arriving told another way ("приземлился", "причалил"); so is a
# ship's passage completed ("завершил переход в порт …": it ended there), which is no end
# phase of an act (``PHASES``); "переход на" a noun is a switch ("завершили переход на
# расчеты в национальных валютах"), neither.
_PASSAGE = r"\s+(?:[а-яё]+\s+)?переход(?!\s+на\s)"
ARRIVAL = (r"(?<![а-яё])(?:прибыл[аио]?|прибыва(?:ет|ют)|прилетел[аио]?|приехал[аио]?|"
           r"приземлил(?:ся|ась|ись|ось)|причалил[аио]?|"
           r"заверши(?:л[аио]?|ли)" + _PASSAGE + "|"
           r"прибыти[еяю])(?![а-яё])")
# Where an arrival ends: the name after "прибыл в (порт)" ("прибыл в порт Бендер-Аббас",
# "прибыл во Владивосток", a ship "зашел в иранский порт Бандар-Аббас"); two arrivals at
# other places are two acts (``theatres``).
ARRIVAL_PLACE = (r"(?<![а-яё])(?:прибыл[аио]?|прибыва(?:ет|ют)|прилетел[аио]?|приехал[аио]?|"
                 r"причалил[аио]?|зашл[аио]|заш[её]л)\s+(?:[а-яё]+\s+){0,3}?(?:в|во)\s+"
                 r"(?:(?:[а-яё]+\s+)?(?:порт|город)\s+)?"
                 r"(?P<place>[А-ЯЁ][А-Яа-яЁё-]+)")
# The target an act is aimed at ("операцию против РПК": see en.py).
# The whole name past a generic head, and its place (see en.py): "против позиций РПК на севере
# Ирака".
TARGET = (r"(?<![а-яё])против\s+(?:(?:позиций|позиции|целей|объектов|баз|боевиков)\s+)?"
          r"((?-i:[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)*))"
          r"(?:\s+(?:[а-яё]+\s+){0,3}?(?:в|во|на|под)\s+(?:(?:севере|юге|востоке|западе)\s+)?"
          r"(?P<place>(?-i:[A-ZА-ЯЁ][\w-]+)))?")
# An arrival in a side phrase is none (see en.py): "после его прибытия", "по прибытии".
ARRIVAL_ASIDE = (r"(?i)(?<![а-яё])(?:после|до|сразу\s+после|по)\s+(?:(?:его|ее|её|их)\s+)?"
                 r"(?:[а-яё]+\s+)?прибыти[а-яё]*(?![а-яё])")
# A verb told as a thing done, not awaited or denied: no "быть", "будет", "будут", "не"
# (or "не был…") right before it (``PHASES``).
_TOLD_DONE = "".join(rf"(?<!{w} )" for w in ("быть", "будет", "будут", "не", "не был", "не была",
                                            "не было", "не были"))
# An adverb between them does not change it («должен быть ещё ратифицирован», «будет
# совместно испытан»): the adverb is read with the verb and the check made before it.
_ADVERB = r"(?<![а-яё])(?:ещё|еще|уже|также|тоже|[а-яё]+о)\s+"
_NO_ADVERB = "".join(rf"(?<!{w} )" for w in ("ещё", "еще", "уже", "также", "тоже")) + "(?<!о )"


def _told_done(verb: str) -> str:
    """``verb`` told as a thing done: see ``_TOLD_DONE``."""
    return rf"{_TOLD_DONE}(?:{_ADVERB}|{_NO_ADVERB})(?:{verb})"


# In an article about the topic, a sentence naming one side and an act of a kind of event
# (``KINDS``: a ratification, a visit, talks, an agreement; not a statement) is on the topic,
# as one with an action of ``TOPIC_ACTIONS`` is ("Парламент Индии ратифицировал договор" in a
# story of the two sides' defence ties).
KINDS_ON_TOPIC = True
# A lead dated by the wire convention is told again by a later sentence dated days before it
# only when that sentence tells the lead's act (its verb, a ceremony, the act's noun as its
# subject): "Первая партия была передана Индии 10 ноября" after the dateline's "Индия
# получила вторую партию" is an earlier act, an event of its own
# (``foreign_parts.elsewhen_act``).
ELSEWHEN_ACT = True
# The day's news goes on past the lead: an undated sentence right after a lead of the day
# (in its paragraph or at the start of the next, with only the lead's report between) that
# tells the lead's act again in a past verb ("Россия и Иран заключили договор о морской
# спасательной службе. Соответствующий документ подписали командующие флотами"), not
# background ("уже", "ранее") nor a plan, nor another kind of deal, nor the lead's
# recipient acting, is more evidence of the lead (``foreign_links.news_goes_on``); so is
# one that opens with who said it ("Он уточнил, что беседа прошла …": what was said is
# read, ``foreign_links.said_words``).
NEWS_GOES_ON = True
# A first name and a surname, capitalised, in any case ("Иван Петров", "Иваном Петровым"): the
# people an occasion named, who act at it after "По итогам работы …"
# (``foreign_links.occasions_people``).
FULL_NAME = r"([А-ЯЁ][а-яё]{2,})\s+([А-ЯЁ][а-яё]{2,})"
# ... nor a sentence with a time of its own beside the months, ``SEASONS`` and ``VAGUE_TIME``
# ("в ходе прошлого визита", "при прежнем командующем", "в минувший раз"); word beginnings
# (the adjective "прошлый" as whole forms: "прошли", "прошло" are verbs).
NEWS_OTHER_TIME = ("прошлый", "прошлое", "прошлая", "прошлые", "прошлого", "прошлой", "прошлом",
                   "прошлому", "прошлую", "прошлым", "прошлых", "прошлыми", "прежн", "минувш",
                   "предыдущ")
# A plan told in a lead with who told it is the day's announcement, whatever the plan (an
# intent, "планирует", or an act foretold, "сократит", "поставит") and whether who told it
# comes after it ("…, заявил министр", "…, сообщил источник") or before it ("Министр
# заявил, что …"); not what was said over time ("заявлял")
# (``foreign_acts.plan_told_after``).
FORETOLD_ANNOUNCED = True
# A story's first sentence naming no side of an article about them, and telling no act but a
# matter going on, is the scene of the news ("Сегодня в сенате продолжаются слушания по
# бюджету." before what a senator said there of the sides): the next sentence is the lead.
SCENE_OPENS = True
# A story's first sentence that only says who told the news ("Об этом сообщил директор
# завода …", ``ABOUT_THIS``) points back to the headline: it tells the headline's news
# ("Выпуск … в стране намерены наладить к 2030 году"), whose sides are its own.
HEADLINE_TOLD = True
# A lead telling the day's talks or visit under a headline, naming both sides, that tells an act
# done of another kind ("Соглашение о поставках техники заключили …" over "Министр …
# встретился с коллегой …"): the headline tells what the occasion gave, and titles the event.
HEADLINE_ACT = True
# The verbs only: not "начальник" (a chief), "в начале марта", "по окончании визита".
# An opening ceremony is the start too ("церемония открытия учений", "учения открылись").
PHASES = {"start": r"(?<![а-яё])(?:начал(?:ись|ась|ось|ся|и)?|начина(?:ют|ет)ся|начнутся|"
                   r"стартовал[а-яё]*|стартуют|стартует|церемони[а-яё]*\s+открытия|"
                   r"открыл(?:ись|ось|ась|ся))(?![а-яё])",
          "end": r"(?<![а-яё])(?:завершил(?:ись|ась|ось|ся|и|а)?(?!" + _PASSAGE + r")|"
                 r"завершен[аыо]?|завершён|"
                 r"закончил(?:ись|ась|ось|ся|и|а)?|окончил(?:ись|ась|ось|ся|и|а)?|"
                 r"завершаются|завершается|завершатся|завершится|закончатся|закончится)"
                 r"(?![а-яё])",
          "stage": r"(?<![а-яё])(?:этап[а-яё]*|фаз[а-яё]*)(?![а-яё])",
          # a weapon's test is a later step than its delivery (see en.py)
          "test": _told_done(r"(?<![а-яё])(?:испытал[аи]?|испытан[аоы]?|"
                             r"испытательн[а-яё]+\s+пуск[а-яё]*)(?![а-яё])"),
          # a treaty ratified is a later step than its signing (see en.py): "Госдума
          # ратифицировала", "закон о ратификации"; not "предстоит ратифицировать", nor one
          # awaited: "должно быть ратифицировано", "будет ратифицировано", "ратифицирует"
          # (future), "еще не ратифицирован"
          "ratification": _told_done(r"(?<![а-яё])(?:ратифицировал[аио]?|"
                                     r"ратифицирован[аоы]?|закон[а-яё]*\s+о\s+ратификации)"
                                     r"(?![а-яё])"),
          # a flight or a voyage leaving ("самолеты вылетели в Дамаск", "отряд кораблей
          # покинул базу"): its arrival on another day is another event, as in English
          "departure": r"(?<![а-яё])(?:вылетел[аио]?|вылета(?:ет|ют)|отбыл[аио]?|отплыл[аио]?|"
                       r"взлетел[аио]?|снял(?:ись|ся|ась)\s+с\s+якоря|"
                       r"покинул[аио]?\s+(?:[а-яё]+\s+)?(?:порт|базу|гавань|аэродром|авиабазу)|"
                       r"(?:вышел|вышл[аио])\s+из\s+(?:[а-яё]+\s+)?(?:порта|базы|гавани))(?![а-яё])",
          # прекращение огня, перемирие: never the strike or the clash it ends
          "truce": r"(?<![а-яё])(?:прекрат[а-яё]*\s+огонь|режим[а-яё]*\s+тишины|"
                   r"прекращени[а-яё]*\s+(?:огня|боевых\s+действий|"
                   r"боестолкновений)|перемири[а-яё]*)(?![а-яё])"}
# A truce named only as broken or defied: the report tells the fighting (``theatres``).
TRUCE_BROKEN = (r"(?<![а-яё])(?:наруш[а-яё]*|несмотря\s+на)\s+(?:\S+\s+){0,3}(?:перемири|"
                r"режим[а-яё]*\s+тишины|(?:договоренност[а-яё]*\s+о\s+)?прекращени[а-яё]*\s+огня)")
# Fighting, which a ceasefire ends (``theatres.one_truce``).
# A reaction to an act, not the act (see en.py).
# A statement judging the act is one too: «назвал безответственными удары», «выразил протест».
REACTION = (r"(?<![а-яё])(?:осуди[а-яё]*|осужда[а-яё]*|осуждени[а-яё]*|нарушени[а-яё]*|"
            r"протест[а-яё]*|назва[а-яё]*\s+(?:[а-яё-]+\s+){0,4}?(?:безответственн|незаконн|"
            r"неприемлем|провокационн|агресси|преступ)[а-яё]*)(?![а-яё])")
# A reaction told as a modifier of the act (see en.py): «с нарушением воздушного
# пространства», «в нарушение», a relative clause «которые осудил Кабул».
REACTION_ASIDE = (r"(?i)(?<![а-яё])(?:с\s+нарушением|в\s+нарушение)(?![а-яё])|(?<![а-яё])котор[а-яё]+\s+"
                  r"(?:[а-яё-]+\s+){0,3}?(?:осудил[а-яё]*|осуждают|осуждает)(?![а-яё])")
COMBAT = (r"(?<![а-яё])(?:удар[а-яё]*|атак[а-яё]*|атакова[а-яё]*|столкновени[а-яё]*|"
          r"боестолкновени[а-яё]*|обстрел[а-яё]*|бомбардиров[а-яё]*|бо[ия]х?|боев[а-яё]*|"
          r"перестрелк[а-яё]*)(?![а-яё])")

# The place a sentence puts its act in: "в Бендер-Аббас", "в порт Бендер-Аббас", "в Махачкалу",
# "на Каспии" (its name is the group; a lead and a next sentence of other places tell two acts).
ACT_PLACE = r"(?:^|\s)(?:в|во|на)\s+(?:[а-яё]+\s+)?(?:порт\s+)?([А-ЯЁ][а-яёА-ЯЁ-]{2,})"
# The heading of readers' comments under the story ("Комментарии (2)", "Обсуждение"): the
# dates under it are the comments' (read by ``dates/lexical_top.py``).
COMMENT_HEADINGS = (r"комментари[йиея]\w*", r"обсуждение", r"отзывы", r"оставить\s+комментарий",
                    r"ваш\s+комментарий")
# The heading of the site's list of its latest stories ("Последние новости", "Ещё по теме"):
# under the story's prose the dates below it are the listed stories' (``dates/lexical_top.py``;
# above the story such a heading may head its own date).
FOOT_LIST_HEADINGS = (r"последние\s+новости", r"свежие\s+новости", r"ещ[её]\s+по\s+теме",
                      r"новости\s+раздела")
# Words of comparison right before a date ("по сравнению с 2023 годом", "как и в прошлом году"):
# the date is the base compared with, not an act's (``extraction/foreign_compared.py``).
COMPARED = ("по сравнению с", "в сравнении с", "как и в", "как и", "чем в", "чем")
# Cyrillic letters as designations are written in Latin script ("Як-130" is "Yak-130",
# "Х-101" is "Kh-101"): the usual romanisation of Russian letters.
ROMAN = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH",
         "З": "Z", "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O",
         "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS",
         "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ы": "Y", "Э": "E", "Ю": "YU", "Я": "YA",
         "Ь": "", "Ъ": ""}  # the signs are no letters of their own: "Цзюнь" is "Tszyun"

# Weapon classes (``extraction/weapons``; classes and designations in ``en``): word stems,
# any ending of up to three letters ("истребителей", "автоматами"; not "автоматический").
WEAPON_ENDING = r"\w{0,3}"
WEAPON_CLASSES = {
    "jet": ("истребител", "бомбардировщик", "штурмовик"),
    "helicopter": ("вертолет", "вертолёт"),
    "small arms": ("автомат", "винтовк", "пулемет", "пулемёт", "стрелковое оружие",
                   "стрелкового оружия", "пистолет"),
    "ship": ("фрегат", "корвет", "эсминц", "эсминец", "подводн", "подлодк", "корабл"),
    "drone": ("беспилотник", "дрон", "бпла"),
    "missile": ("ракет", "зрк", "пво", "зенитн"),
}
# The goods' class (``extraction/weapons.goods``): what follows these cues tells the goods'
# arms, not the goods ("самолетов, оснащенных ракетами").
GOODS_END = r"\s(?:оснащенн|оснащённ|вооруженн|вооружённ|способн)\w*\s"
# A military operation ("начали новую операцию", "операция «...» началась"): begun on one day
# and told by a report naming no side, it is that day's operation (``extraction/crosslang.
# one_operation_begun``); word stems.
OPERATIONS = ("операци",)
# Kinds of thing whose own name follows in quotation marks (``extraction/crosslang.
# quoted_names``): the weapon classes above, and carriers, cruisers, satellites, systems,
# exercises and operations ("авианосец «Викрамадитья»", "ЗРК «Панцирь-С1»", "ракетных
# комплексов «Орешник»", "учения «Славянское братство»"); word stems, any ending.
NAMED_KINDS = (*(stem for stems in WEAPON_CLASSES.values() for stem in stems), "авианос",
               "крейсер", "спутник", "комплекс", "птрк", "пзрк", "учени", *OPERATIONS, "танк")
# A thing's former name, in brackets after its quoted name ("авианосец «Кречет» (бывший
# «Адмирал Лисицын»)", "(ранее «Адмирал Лисицын»)"): one thing, two names, for every report of
# the batch (``extraction/things.NameTable``); word starts, any ending.
FORMER_NAME = ("бывш", "ранее", "прежде")
# The one word that may stand between such a kind and its quoted name: an adjective
# ("комплексов зенитных «Тор»"), never a verb of saying ("о начале учений сообщил
# «Интерфакс»": a source, no designation).
KIND_TO_NAME = r"[а-яё-]+(?:" + "|".join(ADJECTIVE_ENDINGS) + r")(?![а-яё])"

# The word before the clock of a date line's stamp ("11 мая 2019 в 09:05").
STAMP_CLOCK_WORDS = ("в",)
