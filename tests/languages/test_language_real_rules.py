"""Russian and Persian rules added from the errors of the real-article set's dev split
(``benchmarks/real/articles_ru.yaml``, ``articles_fa.yaml``), each on sentences written for
this test (never copied from an article)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronology import dates
from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results
from chronology.languages import language

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran

REF = dt.date(2015, 1, 22)  # a Thursday

# (language, text, mention text, value, rule)
MENTIONS = [
    # a part of a month counted from the day of writing
    ("ru", "Поставки начались в середине прошлого месяца.", "в середине прошлого месяца",
     "2014-12", "relative-month"),
    ("ru", "Корабли вернутся в конце этого месяца.", "в конце этого месяца", "2015-01",
     "relative-month"),
    # Afghan (Dari) names of the Solar Hijri months: "قوس" is Azar
    ("fa", "ناوها روز ۴ قوس به بندر رسیدند.", "۴ قوس", "2014-11-25", "solar-month-day"),
    # "last night"
    ("fa", "هواپیماها شب گذشته به پایگاه رسیدند.", "شب گذشته", "2015-01-21", "day-word"),
    ("fa", "پهپادها نیمه‌شب گذشته به انبار حمله کردند.", "نیمه‌شب گذشته", "2015-01-21",
     "day-word"),
]


@pytest.mark.parametrize(("code", "text", "words", "value", "rule"), MENTIONS)
def test_mention(code, text, words, value, rule):
    found = dates.find_mentions(text, REF, language=code)
    assert [(m.text, m.value, m.rule) for m in found] == [(words, value, rule)]


@pytest.mark.parametrize("text", [
    "این جنگنده‌ها طی سه سال آینده تحویل می‌شوند.",  # the next three years: a span
    "در ۳ سال گذشته رزمایشی برگزار نشد.",
    "ناوگان در چند سال آینده نوسازی می‌شود.",
])
def test_a_relative_phrase_after_a_number_is_a_span_not_a_date(text):
    assert dates.find_mentions(text, REF, language="fa") == []


@pytest.mark.parametrize(("reference", "text", "value"), [
    # "یکشنبه" (Sunday) also ends with "شنبه" (Saturday): the longest weekday form is read,
    # and the Solar day falls in the year in which it is that weekday
    (dt.date(2020, 10, 17), "بامداد یکشنبه ۲۷ مهر محدودیت‌ها پایان یافت.", "2020-10-18"),
    # a day past the reference, when the weekday says so (a day already begun further east)
    (dt.date(2024, 11, 11), "خبرگزاری روز سه‌شنبه ۲۲ آبان اعلام کرد.", "2024-11-12"),
    # no weekday: the nearest such day in the past
    (dt.date(2024, 11, 11), "خبرگزاری ۲۲ آبان اعلام کرد.", "2023-11-13"),
])
def test_a_solar_day_falls_on_the_weekday_written_before_it(reference, text, value):
    solar = [m for m in dates.find_mentions(text, reference, language="fa")
             if m.rule == "solar-month-day"]
    assert [m.value for m in solar] == [value]


def _analyse(tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


@pytest.mark.parametrize(("dateline", "lead"), [
    ("ШАНХАЙ, 31 июля. (ИТАР-ТАСС). ", "Корабли России и Ирана"),  # the older TASS style
    ("باشگاه خبرنگاران جوان؛ مریم احمدی - ", "ناوهای ایران و روسیه"),  # a byline
])
def test_older_and_byline_datelines_are_not_story(tmp_path, dateline, lead):
    body = (lead + " провели учения." if lead.startswith("К") else lead + " رزمایش برگزار کردند.")
    result = _analyse(tmp_path, "a", f"---\npublished: 2019-07-29\n---\n{dateline}{body}\n")
    (event,) = result.candidates
    assert event.title.startswith(lead) and event.sources[0].rule == "dateline-lead"


@pytest.mark.parametrize(("code", "story", "expected"), [
    # the report's date is the date of the undated sentence before it
    ("ru", "Россия и Иран начали совместные учения в Каспийском море.\n\nОб этом сообщает "
     "Минобороны РФ в четверг, 15 сентября.", [("2022-09-15", "Россия и Иран начали")]),
    ("fa", "ناوهای ایران و روسیه رزمایش مشترک را در دریای خزر آغاز کردند. این خبر را "
     "روز پنجشنبه وزارت دفاع روسیه اعلام کرد.", [("2022-09-15", "ناوهای ایران و روسیه")]),
    # the sentence before has a date of its own: the report is no event, and no date for it
    ("ru", "Россия и Иран начали учения 12 сентября. Об этом сообщает Минобороны РФ в "
     "четверг, 15 сентября.", [("2022-09-12", "Россия и Иран начали")]),
    # the sentence before is off topic: nothing
    ("ru", "Погода на Каспии была ясной. Об этом сообщает Минобороны РФ в четверг, 15 "
     "сентября.", []),
])
def test_a_report_sentence_dates_the_sentence_before(tmp_path, code, story, expected):
    text = f"---\npublished: 2022-09-15\nlanguage: {code}\n---\n{story}\n"
    result = _analyse(tmp_path, f"report-{code}", text)
    assert [(c.date, c.title[:len(t)]) for c, (_, t) in zip(result.candidates, expected,
                                                           strict=False)] == expected
    assert len(result.candidates) == len(expected), result.explain
    if expected and code == "ru" and "12 сентября" not in story:
        source = result.candidates[0].sources[0]
        assert source.quote.startswith("Россия") and "15 сентября" in source.quote


# Which date of a sentence dates its act: (language, published, sentence, expected dates)
DATING = [
    # a past side clause ("which was signed in June") loses to the statement's date too
    ("fa", "2024-11-11", "خبرگزاری دولتی ایران روز سه‌شنبه ۲۲ آبان اعلام کرد که معاهده همکاری "
     "با روسیه را که در ماه ژوئن امضا شده بود، تصویب کرده است.", ["2024-11-12"]),
    # "...؛ زمانی که ..." goes on about the same act, and "از زمان ... سال ۲۰۰۱" names a point
    # of reference: the month dates the sentence
    ("fa", "2025-11-25", "اختلاف‌ها میان ایران و روسیه بر سر قرارداد از ماه اکتبر بالا گرفت؛ "
     "زمانی که دو طرف در سخت‌ترین مذاکرات از زمان امضای معاهده در سال ۲۰۰۱ به توافق "
     "نرسیدند.", ["2025-10"]),
    ("ru", "2025-11-25", "Споры России и Ирана по контракту обострились в октябре, впервые с "
     "момента подписания договора в 2001 году.", ["2025-10"]),
    # a part of this month
    ("ru", "2019-07-25", "Поставки российского вооружения в Иран начались в середине этого "
     "месяца.", ["2019-07"]),
    # a span after a number is no date: nothing dates the sentence
    ("fa", "2015-04-26", "روسیه اعلام کرد ۱۲ فروند جنگنده را طی سه سال آینده به ایران تحویل "
     "می‌دهد.", []),
]


@pytest.mark.parametrize(("code", "published", "sentence", "expected"), DATING)
def test_the_date_of_the_act_dates_the_sentence(tmp_path, code, published, sentence, expected):
    text = f"---\npublished: {published}\nlanguage: {code}\n---\n{sentence}\n"
    result = _analyse(tmp_path, f"dating-{code}", text)
    assert [c.date for c in result.candidates] == expected, result.explain


def _merged(tmp_path, texts):
    results = [_analyse(tmp_path, f"m{i}", text) for i, text in enumerate(texts)]
    return merge_results(results, CONFIG)


def test_two_reports_in_one_language_sharing_their_words_are_one_event(tmp_path):
    # a launch (no kind of event in the tables) told on two days: the same words and sides
    first = ("---\npublished: 2025-11-25\n---\nروسیه و ایران روز دوشنبه ۲۴ نوامبر ماهواره "
             "نظامی ایران را از پایگاه وستوچنی به فضا پرتاب کردند.\n")
    second = ("---\npublished: 2025-11-25\n---\nماهواره نظامی ایران روز سه‌شنبه ۲۵ نوامبر با "
              "موشک روسیه از پایگاه وستوچنی به فضا پرتاب شد.\n")
    events = _merged(tmp_path, [first, second])
    assert [len(e.sources) for e in events] == [2]


def test_days_apart_the_sides_and_a_kind_alone_tell_no_act(tmp_path):
    # the talks announced on Monday and held on Thursday: the same kind and sides, and words
    # naming only the sides and their leaders, are two acts; the talks dated a day later by
    # another report (a time zone, the day of the report) are still the same talks
    announced = ("---\npublished: 2015-01-19\n---\nВ понедельник, 19 января, пресс-секретарь "
                 "президента России заявил, что на переговорах президентов России и Ирана будет "
                 "обсуждаться поставка зенитных комплексов.\n")
    held = ("---\npublished: 2015-01-22\n---\nПрезиденты России и Ирана в четверг, 22 января, "
            "провели переговоры в Кремле.\n")
    next_day = ("---\npublished: 2015-01-23\n---\nВ пятницу, 23 января, президенты России и "
                "Ирана провели переговоры в Кремле.\n")
    events = _merged(tmp_path, [announced, held, next_day])
    assert sorted((e.date, len(e.sources)) for e in events) == [
        ("2015-01-19", 1), ("2015-01-22", 2)], [(e.date, e.title) for e in events]


def test_two_reports_of_one_day_and_kind_are_one_event(tmp_path):
    first = ("---\npublished: 2016-02-16\n---\nМОСКВА, 16 февраля. /ТАСС/. Контракт на поставку "
             "Ирану истребителей был подписан во вторник в Москве.\n")
    second = ("---\npublished: 2016-02-16\n---\nРоссия и Иран во вторник, 16 февраля, подписали "
              "соглашение о военно-техническом сотрудничестве, сообщил источник.\n")
    events = _merged(tmp_path, [first, second])
    assert [len(e.sources) for e in events] == [2]


def test_two_reports_with_other_words_and_no_shared_kind_stay_apart(tmp_path):
    first = ("---\npublished: 2025-11-25\n---\nروسیه و ایران روز دوشنبه ۲۴ نوامبر ماهواره "
             "نظامی ایران را از پایگاه وستوچنی به فضا پرتاب کردند.\n")
    second = ("---\npublished: 2025-11-25\n---\nنیروی هوایی روسیه روز سه‌شنبه ۲۵ نوامبر "
              "هواپیماهای سوخو را برای آموزش خلبانان به ایران فرستاد.\n")
    events = _merged(tmp_path, [first, second])
    assert sorted(len(e.sources) for e in events) == [1, 1]


def test_language_tables_hold_the_new_rules():
    fa, ru = language("fa"), language("ru")
    assert fa.about_this.match("این خبر را وزارت دفاع اعلام کرد")
    assert ru.about_this.match("об этом сообщает ТАСС")
    assert fa.since.search("از زمان امضای معاهده در") and ru.since.search("с момента подписания")


def test_long_reports_sharing_many_words_are_one_event(tmp_path):
    # long reports of different length: few in proportion, but five stems and more shared
    first = ("---\npublished: 2025-11-25\n---\nمقامات ایران روز سه‌شنبه گفتند در حمله هوایی "
             "شبانه روسیه بر ولایت مرزی، خانه یک کشاورز ویران شد و نه کودک کشته شدند و "
             "سخنگوی دولت خواستار توضیح سفیر شد و گفت پاسخ خواهد داد.\n")
    second = ("---\npublished: 2025-11-25\n---\nدر حملۀ هوایی روسیه دوشنبه شب در ولایت مرزی ایران، "
              "نه کودک کشته شدند؛ شاهدان می‌گویند خانه در نیمه‌شب ویران شد.\n")
    events = _merged(tmp_path, [first, second])
    assert [len(e.sources) for e in events] == [2]


def test_a_source_before_the_story_is_dropped_even_once_its_date_is_gone(tmp_path):
    text = ("---\npublished: 2009-07-31\n---\nКак сегодня сообщают иранские СМИ, строительство "
            "кораблей для Ирана ведется по контракту с Россией, подписанному в 2005 году.\n")
    (event,) = _analyse(tmp_path, "source", text).candidates
    assert event.title.startswith("Строительство кораблей"), event.title


@pytest.mark.parametrize(("text", "iso", "source"), [
    # a regional dateline with its year and its agency in brackets
    ("Корабли прибыли\n\nАстрахань, 26 июля 2017 года (АСТРАХАНЬ-24). Корабли ВМС Ирана прибыли "
     "сегодня в порт.", "2017-07-26", "dateline"),
    # a newspaper's footer, at the end
    ("Россия поможет Ирану\n\nСоглашение стороны подписали в среду.\n\nСтатья опубликована в "
     "№ 4203 от 17.11.2016 под заголовком: Россия поможет Ирану", "2016-11-17",
     "publication-line"),
    # an issue line of many words near the top
    ("Иран ждет вертолеты\n\nГазета «Коммерсантъ» №12 от 22.01.2020, стр. 6\n\nПереговоры "
     "начались в декабре.", "2020-01-22", "publication-line"),
    # an abbreviated month keeps its dot
    ("Моряки примут участие в параде\n\n22 фев. 2019, 11:30\n\nКорабль примет участие в "
     "параде.", "2019-02-22", "publication-line"),
])
def test_russian_publication_lines_and_datelines(text, iso, source):
    found = dates.find_reference(text, language="ru")
    assert (found.iso, found.source) == (iso, source), found.reasons


def test_a_footer_publication_line_gives_no_event(tmp_path):
    text = ("---\nlanguage: ru\n---\nРоссия и Иран подписали соглашение о ремонте в среду.\n\n"
            "Статья опубликована в № 4203 от 17.11.2016 под заголовком: Россия и Иран "
            "договорились\n")
    result = _analyse(tmp_path, "footer", text)
    assert [c.date for c in result.candidates] == ["2016-11-16"], result.explain


@pytest.mark.parametrize(("sentence", "date"), [
    # the speaker of the sentence before goes on: its sides are meant
    ("По его словам, обучение началось в ноябре прошлого года.", "2015-11"),
    # a passive delivery and a visit name one side and an action of the topic's kind
    ("Предыдущая партия вертолетов была передана Ирану в 2012 году.", "2012"),
    ("В 2017 году иранские моряки уже посещали Санкт-Петербург.", "2017"),
])
def test_a_sentence_naming_one_side_or_none_goes_on_with_the_article(tmp_path, sentence, date):
    text = ("---\npublished: 2016-01-22\n---\nИранские военные прошли обучение в России\n\n"
            "Группа иранских военных завершила в России курс обучения на С-300, сообщил в пятницу "
            "источник. " + sentence + "\n")
    result = _analyse(tmp_path, "goes-on", text)
    assert [c.date for c in result.candidates] == ["2016-01-22", date], result.explain


def test_a_stamp_without_its_year_takes_the_year_of_the_evidence():
    # 22 January with Thursday the 21st the day of the act and a past year named: 2021
    text = ("Россия передала Ирану бронетехнику\n\n22 янв, 14:35\n\nРоссия в четверг передала "
            "Ирану партию бронетранспортеров. Контракт был подписан в 2019 году.")
    found = dates.find_reference(text, language="ru", period=(2015, 2023))
    assert (found.iso, found.source, found.year_inferred) == ("2021-01-22", "publication-line",
                                                               True), found.reasons


def test_interfax_in_capitals_is_a_dateline(tmp_path):
    text = ("---\npublished: 2020-01-22\n---\nТегеран. 22 января. ИНТЕРФАКС - Министры обороны "
            "Ирана и России провели переговоры.\n")
    (event,) = _analyse(tmp_path, "interfax", text).candidates
    assert event.title.startswith("Министры обороны") and event.sources[0].rule == "dateline-lead"


def test_a_lead_told_again_with_a_date_of_its_own_is_one_event(tmp_path):
    # the byline's lead (dated by the dateline) and the next sentence dating the same strike
    text = ("---\npublished: 2025-11-25\n---\nباشگاه خبرنگاران جوان؛ مریم احمدی - مقامات ایران "
            "اعلام کردند که حمله هوایی روسیه به یک خانه در ولایت مرزی، جان نه کودک را گرفت. "
            "سخنگوی ایران نوشت که این حمله هوایی روسیه شب گذشته یک خانه را در ولایت مرزی ویران "
            "کرد.\n")
    result = _analyse(tmp_path, "restated", text)
    assert [c.date for c in result.candidates] == ["2025-11-24"], result.explain
    assert result.candidates[0].title.startswith("مقامات ایران")


def test_the_clause_a_reporting_verb_opens_is_what_was_said_not_a_side_clause(tmp_path):
    text = ("---\npublished: 2024-11-11\n---\nمقامات ایران روز دوشنبه اعلام کردند که حمله "
            "هوایی روسیه در ولایت مرزی، جان نه کودک را گرفت.\n")
    (event,) = _analyse(tmp_path, "said", text).candidates
    assert event.title.startswith("مقامات ایران: حمله هوایی روسیه"), event.title


@pytest.mark.parametrize(("code", "story", "dated"), [
    # the story's first sentence, no dateline, no date, a past verb: the news of its day
    ("ru", "Правительство Ирана одобрило контракт на покупку российских истребителей.", True),
    ("fa", "نخستین محموله سامانه دفاعی روسیه وارد ایران شد.", True),
    # what someone says, a plan or a view: no event
    ("ru", "Россия поможет Ирану отремонтировать подводные лодки, рассказали два источника.",
     False),
    ("ru", "Россия и Иран проведут учения в Каспийском море.", False),
    ("fa", "مقام ایرانی می‌گوید همکاری نظامی با روسیه گسترش یافته است.", False),
    ("fa", "موضع ایران درباره خرید سامانه روسی اعلام شد.", False),
])
def test_an_undated_story_opening_that_tells_an_act_is_dated_by_the_article(tmp_path, code,
                                                                          story, dated):
    text = f"---\npublished: 2021-12-07\nlanguage: {code}\n---\nЗаголовок новости\n\n{story}\n"
    if code == "fa":
        text = text.replace("Заголовок новости", "عنوان خبر")
    result = _analyse(tmp_path, f"opening-{code}", text)
    assert [c.date for c in result.candidates] == (["2021-12-07"] if dated else []), \
        result.explain
    if dated:
        assert result.candidates[0].sources[0].rule == "dateline-lead"


def test_a_persian_name_of_two_words_takes_endings_on_its_first(tmp_path):
    # "کره‌ای‌های شمالی" (North Koreans) names North Korea; the speaker keeps no comma
    config = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")
    config.topic.actors["North Korea"] = ("کره شمالی",)
    text = ("---\npublished: 2025-11-14\n---\nولادیمیر پوتین، رئیس‌جمهور روسیه، در آوریل اعلام "
            "کرد که روسیه با کمک کره‌ای‌های شمالی مرز را پس گرفت.\n")
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    (event,) = analyse_article(read_article(path), config).candidates
    assert "North Korea" in event.actors and event.title.startswith("ولادیمیر پوتین: ")


# Third round of the real set (sentences written for these tests).

@pytest.mark.parametrize(("text", "found"), [
    # a range written with the minus sign "−" (U+2212) is a range: its first day
    ("Министры встретятся 5−6 февраля.", [("5−6 февраля", "2015-02-05")]),
    # a bare year after a name is part of the name of an exercise ("Индра-2025" written apart)
    ("Корабли участвовали в учениях Caspian 2014 у побережья.", []),
    ("Моряки готовятся к учениям Каспий 2014 в Астрахани.", []),
    # a year with its word stays a date
    ("Корабли прибыли в 2014 году.", [("2014 году", "2014")]),
])
def test_minus_sign_ranges_and_years_of_a_name(text, found):
    assert [(m.text, m.value) for m in dates.find_mentions(text, REF, language="ru")] == found


def test_a_publication_time_line_is_no_story_opening(tmp_path):
    # "время публикации: ..." is skipped, so the next paragraph is the lead; a passive
    # ("были переданы") tells an act
    text = ("---\npublished: 2015-01-22\nlanguage: ru\n---\nИран получил комплексы\n\n"
            "время публикации: 22 января 2015 г., 10:15 | последнее обновление: 22 января 2015 г.\n\n"
            "Российские зенитные комплексы были переданы иранским военным на юге страны.\n")
    result = _analyse(tmp_path, "published-time", text)
    assert [c.date for c in result.candidates] == ["2015-01-22"], result.explain
    assert result.candidates[0].sources[0].rule == "dateline-lead"


def test_what_was_reported_earlier_is_the_title(tmp_path):
    text = ("---\npublished: 2015-01-22\n---\nИран и Россия подписали соглашение в среду. Ранее "
            "сообщалось, что министр обороны России посетит Тегеран 3−4 февраля.\n")
    result = _analyse(tmp_path, "reported-earlier", text)
    titles = {c.date: c.title for c in result.candidates}
    assert titles["2015-02-03"].startswith("Министр обороны России посетит Тегеран"), titles


def test_a_lead_opening_with_a_pronoun_takes_the_headline_as_its_title(tmp_path):
    text = ("---\npublished: 2015-01-22\n---\nРоссия и Иран начали совместные учения\n\n"
            "Они стартовали в Каспийском море у берегов Ирана.\n")
    (event,) = _analyse(tmp_path, "pronoun-lead", text).candidates
    assert event.title == "Россия и Иран начали совместные учения", event.title
    assert "Каспийском" in event.sources[0].quote


def test_the_sentence_after_an_undated_lead_tells_its_day(tmp_path):
    # the lead says what, the next sentence when: one event on the next sentence's day
    text = ("---\npublished: 2015-01-22\n---\nКорабли\n\nРоссийские и иранские корабли провели "
            "совместное патрулирование у берегов Ирана. Иранские корабли поздно вечером 21 "
            "января вышли из порта Энзели вместе с российскими.\n")
    (event,) = _analyse(tmp_path, "lead-next-day", text).candidates
    assert (event.date, event.title[:21]) == ("2015-01-21", "Российские и иранские"), event.title
    assert "Энзели" in event.sources[0].quote


def test_a_persian_main_verb_ends_the_sentence(tmp_path):
    # a present verb inside the clause the act is about ("... می‌فروشد را تکذیب کرد") leaves
    # the lead an act; one among the first words ("... می‌گوید ...") makes it what is said
    text = ("---\npublished: 2015-01-22\n---\nعنوان خبر\n\nسخنگوی ایران گزارش رسانه‌ها مبنی بر "
            "آنکه روسیه به ایران جنگنده می‌فروشد را تکذیب کرد.\n")
    (event,) = _analyse(tmp_path, "fa-main-verb", text).candidates
    assert event.date == "2015-01-22" and event.sources[0].rule == "dateline-lead"


@pytest.mark.parametrize(("code", "story", "title_start"), [
    # a report whose object is an act tells the act, and keeps its verb in the title
    ("ru", "Минобороны Ирана сообщило о начале совместных учений с российскими кораблями.",
     "Минобороны Ирана сообщило о начале"),
    ("fa", "ایران از آغاز رزمایش مشترک با ناوهای روسیه در دریای خزر خبر داد.",
     "ایران از آغاز رزمایش"),
])
def test_a_report_of_an_act_is_an_act(tmp_path, code, story, title_start):
    text = f"---\npublished: 2021-12-07\nlanguage: {code}\n---\nЗаголовок новости\n\n{story}\n"
    (event,) = _analyse(tmp_path, f"reported-act-{code}", text).candidates
    assert event.date == "2021-12-07" and event.title.startswith(title_start), event.title


def test_a_stamp_of_a_date_and_a_clock_is_no_story_opening(tmp_path):
    text = ("---\npublished: 2021-12-07\nlanguage: fa\n---\nعنوان خبر\n\n16 آذر 1400 ساعت 10:30"
            "\n\nنخستین محموله سامانه دفاعی روسیه وارد ایران شد.\n")
    (event,) = _analyse(tmp_path, "stamp", text).candidates
    assert event.date == "2021-12-07" and event.sources[0].rule == "dateline-lead"


def test_the_dates_of_a_quotation_that_runs_past_the_sentence_are_the_speakers(tmp_path):
    # the quotation opened in the second sentence closes after the next full stop
    text = ("---\npublished: 2015-01-22\n---\nعنوان خبر\n\nوزیر دفاع ایران روز سه‌شنبه از رزمایش "
            "مشترک با روسیه بازدید کرد. او گفت: «امروز ما بخش پایانی رزمایش دریای خزر ۲۰۱۵ را "
            "انجام می‌دهیم. ناوهای روسیه در آن شرکت دارند.»\n")
    result = _analyse(tmp_path, "open-quote", text)
    assert [c.date for c in result.candidates] == ["2015-01-20"], result.explain


def test_a_speaker_going_on_is_no_new_act(tmp_path):
    # "также" after a dated act carries it, but not when the sentence only says more
    text = ("---\npublished: 2015-01-22\n---\nМинистры обороны России и Ирана подписали "
            "соглашение о сотрудничестве в среду. ИРНА также указывает, что соглашение России и "
            "Ирана укрепит их оборону.\n")
    result = _analyse(tmp_path, "speaker-goes-on", text)
    assert [c.date for c in result.candidates] == ["2015-01-21"], result.explain


# Rules of the fourth round (issue 11), each on sentences written for this test.
@pytest.mark.parametrize(("code", "story", "expected"), [
    # an act told first, then what is expected of it: the lead tells the act
    ("ru", "Министр обороны России Андрей Белоусов прибыл в Тегеран и, как ожидается, "
     "проведет переговоры с иранским коллегой.", ["2025-06-17"]),
    # a plan only: no lead date; a plan told by a reporting verb is the day's statement
    # (round ru29)
    ("ru", "Министр обороны России, как ожидается, прибудет в Тегеран для переговоров с "
     "иранским коллегой.", []),
    ("ru", "Белоусов заявил, что Россия поставит Ирану новые зенитные комплексы.",
     ["2025-06-17"]),
])
def test_an_act_before_a_future_cue_is_still_an_act(tmp_path, code, story, expected):
    text = f"---\npublished: 2025-06-17\nlanguage: {code}\n---\n{story}\n"
    result = _analyse(tmp_path, "plan", text)
    assert [c.date for c in result.candidates] == expected, result.explain
    if expected and "прибыл" in story:  # the parenthesis goes from the title
        assert result.candidates[0].title.endswith("прибыл в Тегеран и проведет переговоры "
                                                   "с иранским коллегой")


@pytest.mark.parametrize(("standfirst", "expected"), [
    # an undated standfirst that tells no act: the lead after it is the story's opening
    ("Это уже второй визит главы российского военного ведомства в Иран за полгода.",
     ["2025-06-17"]),
    # a first paragraph with a date of its own is the lead: the next one opens nothing
    ("Иранская делегация во вторник подтвердила участие в учениях России и Ирана.",
     ["2025-06-17"]),
])
def test_a_standfirst_leaves_the_opening_to_the_lead(tmp_path, standfirst, expected):
    lead = "Министр обороны России прибыл в Тегеран для переговоров с иранским коллегой."
    text = f"---\npublished: 2025-06-17\nlanguage: ru\n---\n{standfirst}\n\n{lead}\n"
    result = _analyse(tmp_path, "standfirst", text)
    dated = [(c.date, c.sources[0].rule) for c in result.candidates]
    if "вторник" in standfirst:
        assert dated == [("2025-06-17", "weekday-past")], result.explain
    else:
        assert dated == [("2025-06-17", "dateline-lead")], result.explain
        assert result.candidates[0].title.startswith("Министр обороны России прибыл")


@pytest.mark.parametrize(("code", "sentence", "expected"), [
    # a year written out after the article's year is a target, not an event
    ("fa", "ایران و روسیه اعلام کرده‌اند که می‌خواهند حجم مبادلات نظامی را تا سال ۲۰۳۰ "
     "دو برابر کنند.", []),
    ("ru", "Россия и Иран намерены к 2030 году удвоить объем военно-технического "
     "сотрудничества.", []),
    # a past act in a later year is no target (a date the text gets wrong is still its date)
    ("ru", "Россия и Иран в 2030 году уже провели совместные учения.", ["2030"]),
    # a year counted from the day of writing still dates a scheduled plan
    ("ru", "Россия и Иран проведут в начале следующего года совместные учения.", ["2026"]),
    # awaiting a visit: its month lies ahead
    ("fa", "وزیر دفاع ایران گفت که تهران مشتاقانه در انتظار سفر همتای روس خود در ماه دسامبر "
     "است.", ["2025-12"]),
])
def test_a_later_year_is_a_target_and_awaiting_looks_ahead(tmp_path, code, sentence, expected):
    text = f"---\npublished: 2025-09-01\nlanguage: {code}\n---\n{sentence}\n"
    result = _analyse(tmp_path, f"later-{code}", text)
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize("dateline", [
    "Лангкави (Малайзия). 26 марта. ИНТЕРФАКС - ",  # a city abroad with its country
    "МОСКВА, 26 марта. /СТАТУС-АРМС/. ",  # any agency in capitals between slashes
])
def test_more_datelines(tmp_path, dateline):
    text = (f"---\npublished: 2019-03-26\n---\n{dateline}Россия и Иран провели переговоры о "
            "поставках истребителей, сообщил источник.\n")
    (event,) = _analyse(tmp_path, "abroad", text).candidates
    assert event.title.startswith("Россия и Иран провели") and event.date == "2019-03-26"
    assert event.sources[0].rule == "dateline-lead"


@pytest.mark.parametrize("opening", ["Уточняется, что ", "В документе отмечается, что "])
def test_an_impersonal_report_is_not_the_title(tmp_path, opening):
    text = (f"---\npublished: 2020-05-16\nlanguage: ru\n---\n{opening}контракт между "
            "Россией и Ираном на поставку истребителей был подписан в 2018 году.\n")
    (event,) = _analyse(tmp_path, "impersonal", text).candidates
    assert event.title.startswith("Контракт между Россией") and event.date == "2018"


@pytest.mark.parametrize(("code", "sentence", "expected"), [
    # a bare year after a word that introduces none is the year of a name; its title keeps it
    ("fa", "رزمایش زاپاد ۲۰۲۵ ایران و روسیه امروز در بلاروس آغاز شد.", ["2025-09-16"]),
    ("fa", "ایران و روسیه رزمایش کمربند امنیت ۲۰۲۴ را برگزار کردند.", ["2025-09-16"]),
    # a year after a preposition, a year word or "و" dates the act
    ("fa", "ایران و روسیه در ۲۰۱۸ قراردادی امضا کردند.", ["2018"]),
    ("fa", "ایران و روسیه در سال‌های ۲۰۱۶ و ۲۰۱۷ رزمایش برگزار کردند.", ["2016"]),
    # a year that only starts a habit or a state dates nothing; a past act it starts, or a
    # day, still dates
    ("fa", "رزمایش مشترک ایران و روسیه از سال ۲۰۱۲ هر سال در خزر برگزار می‌شود.", []),
    ("ru", "С 2012 года Россия и Иран ежегодно проводят учения на Каспии.", []),
    ("fa", "مذاکرات خرید جنگنده میان ایران و روسیه از سال ۲۰۱۶ آغاز شده بود.", ["2016"]),
    ("ru", "С 1 сентября в Иране начинаются учения России и Ирана.", ["2025-09-01"]),
])
def test_years_of_names_and_of_habits(tmp_path, code, sentence, expected):
    text = f"---\npublished: 2025-09-16\nlanguage: {code}\n---\n{sentence}\n"
    result = _analyse(tmp_path, f"years-{code}", text)
    assert [c.date for c in result.candidates] == expected, result.explain
    if "زاپاد" in sentence:
        assert "زاپاد ۲۰۲۵" in result.candidates[0].title


def test_a_two_sentence_standfirst_leaves_the_opening_to_the_lead(tmp_path):
    text = ("---\npublished: 2025-07-01\nlanguage: fa\n---\nموضع ایران درباره خرید جنگنده روسی "
            "اعلام شد. جزئیات این موضع را در خبرگزاری بخوانید.\n\nوزیر دفاع ایران گزارش‌های "
            "امضای توافق با روسیه برای خرید جنگنده را رد کرد.\n")
    result = _analyse(tmp_path, "standfirst-fa", text)
    assert [(c.date, c.sources[0].rule) for c in result.candidates] == [
        ("2025-07-01", "dateline-lead")], result.explain
    assert result.candidates[0].title.startswith("وزیر دفاع ایران")


def test_an_opening_that_points_to_another_time_is_no_lead(tmp_path):
    text = ("---\npublished: 2025-07-01\nlanguage: ru\n---\nРанее Россия передала Ирану "
            "партию зенитных ракетных комплексов.\n")
    assert _analyse(tmp_path, "earlier", text).candidates == []


def test_these_relations_are_those_of_the_sides_named_just_before(tmp_path):
    text = ("---\npublished: 2025-11-14\nlanguage: fa\n---\nنقش ایران در عملیات مین‌روبی "
            "روسیه بر تمایل دو طرف به توسعه همکاری نظامی تأکید دارد. رهبر ایران ماه گذشته "
            "گفته بود که این روابط بدون توقف پیشرفت خواهد کرد.\n")
    result = _analyse(tmp_path, "relations", text)
    assert [c.date for c in result.candidates] == ["2025-10"], result.explain


def test_the_same_act_named_again_is_the_one_told_before(tmp_path):
    text = ("---\npublished: 2015-01-22\nlanguage: ru\n---\nМОСКВА, 22 января. /ТАСС/. "
            "Контракт между Россией и Ираном на поставку С-300 был заключен в 2007 году.\n\n"
            "Напомним, в 2010 году поставки были заморожены из-за санкций СБ ООН.\n")
    result = _analyse(tmp_path, "named-again", text)
    assert [(c.date, c.title.split()[0]) for c in result.candidates] == [
        ("2007", "Контракт"), ("2010", "Поставки")], result.explain
    assert result.candidates[1].actors[-2:] == ["Iran", "Russia"]


@pytest.mark.parametrize(("story", "expected"), [
    # a delivery, then the contract for it: both deliveries by their kind
    ("Россия в четверг передала Ирану первую партию бронетранспортеров.\n\nКонтракт на "
     "поставку 50 машин был подписан в 2019 году.", ["2021-01-21", "2019"]),
    # the one before of the article's kind is between the article's sides
    ("Россия и Иран в четверг подписали меморандум о военном образовании. Документ подписали "
     "заместители министров. Предыдущий меморандум стороны заключили в 2018 году.",
     ["2021-01-21", "2018"]),
    # "такие консультации": of the kind just told
    ("Военные России и Ирана провели в четверг консультации по ПВО. Последние такие "
     "консультации прошли в сентябре прошлого года.", ["2021-01-21", "2020-09"]),
])
def test_a_sentence_about_the_same_kind_of_act_keeps_the_sides(tmp_path, story, expected):
    text = f"---\npublished: 2021-01-22\nlanguage: ru\n---\n{story}\n"
    result = _analyse(tmp_path, "same-kind", text)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_past_verb_in_its_clause_makes_a_weekday_past(tmp_path):
    # "будет" in the side clause after it does not make the Sunday one ahead
    text = ("---\npublished: 2019-03-05\nlanguage: ru\n---\nВ минувшее воскресенье Россия и "
            "Иран объявили о создании завода, который и будет выпускать автоматы.\n")
    (event,) = _analyse(tmp_path, "past-clause", text).candidates
    assert event.date == "2019-03-03", event
    assert event.title.startswith("Россия и Иран объявили")  # "В минувшее" goes with its date


def test_a_weapon_named_by_its_class_is_an_action_of_the_topic(tmp_path):
    text = ("---\npublished: 2019-03-05\nlanguage: ru\n---\nРоссия и Иран договорились о "
            "военном сотрудничестве.\n\nВ понедельник в Иране открылся завод по выпуску "
            "автоматов.\n")
    result = _analyse(tmp_path, "weapon-class", text)
    assert [c.date for c in result.candidates][-1:] == ["2019-03-04"], result.explain


@pytest.mark.parametrize(("text", "value"), [
    # a past participle opens the weekday's clause: the Monday before, though the main verb
    # looks ahead
    ("Соглашение, подписанное в понедельник, вступит в силу через месяц.", "2015-01-19"),
    ("Иранские военные, прибывшие в Москву во вторник, начнут обучение.", "2015-01-20"),
    # a future cue in the clause still looks ahead
    ("Учения пройдут во вторник, сообщили в Минобороны.", "2015-01-27"),
])
def test_a_past_participle_makes_its_clause_past(text, value):
    # ("через месяц" is a plan of its own, counted from the day of writing)
    (m,) = [m for m in dates.find_mentions(text, REF, language="ru")
            if m.is_calendar and m.rule != "after"]
    assert m.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("سفر در دی‌ماه ۱۳۹۳ انجام شد.", "2015-01"),  # "ماه" joined by a ZWNJ
    ("سفر در دیماه ۱۳۹۳ انجام شد.", "2015-01"),  # or by nothing
    ("سفر در آذرماه امسال انجام شد.", "2014-12"),
    ("سفر روز ۳۰ دی‌ماه ۱۳۹۳ انجام شد.", "2015-01-20"),
])
def test_a_solar_month_joined_to_its_month_word(text, value):
    (m,) = [m for m in dates.find_mentions(text, REF, language="fa") if m.is_calendar]
    assert m.value == value


def test_the_end_of_a_quotation_begun_before_is_the_speakers(tmp_path):
    text = ("---\npublished: 2024-12-05\nlanguage: ru\n---\nВ среду в Москве Россия и Иран "
            "обменялись ратификационными грамотами договора.\n«Стороны подписали протокол. "
            "Договор между Россией и Ираном вступил в силу 4 декабря 2024 года», — передает "
            "агентство.\n")
    result = _analyse(tmp_path, "quote-end", text)
    assert [c.date for c in result.candidates] == ["2024-12-04"], result.explain
    assert result.candidates[0].title.startswith("В Москве Россия и Иран обменялись")


@pytest.mark.parametrize(("sentence", "expected"), [
    # "this is the first ... since ...": a ranking ending on its copula tells no act
    ("این نخستین رزمایش دریایی ایران و روسیه پس از پیروزی انقلاب در سال ۱۳۵۷ است.", []),
    # an act told after the ranking word still dates
    ("این نخستین بار ایران و روسیه در سال ۲۰۱۹ رزمایش مشترک برگزار کردند.", ["2019"]),
])
def test_a_ranking_sentence_tells_no_act(tmp_path, sentence, expected):
    text = f"---\npublished: 2019-12-27\nlanguage: fa\n---\n{sentence}\n"
    result = _analyse(tmp_path, "ranking", text)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_pronoun_lead_takes_the_headline_sides_and_kind_and_merges(tmp_path):
    # "Они" names no side and no kind: the headline does, so the report merges with another
    # of the same day and sides
    first = ("---\npublished: 2015-01-22\n---\nИран и Россия начали совместные учения\n\n"
             "Они стартовали в Каспийском море у иранского берега (Иран).\n")
    second = ("---\npublished: 2015-01-22\n---\nМОСКВА, 22 января. /ТАСС/. Учения ВМФ России и "
              "Ирана открылись в четверг торжественной церемонией в порту Энзели.\n")
    (event,) = _analyse(tmp_path, "pronoun-kind", first).candidates
    assert "exercise" in event.tags and {"Iran", "Russia"} <= set(event.actors), event
    assert [len(e.sources) for e in _merged(tmp_path, [first, second])] == [2]


def test_a_lead_dated_by_its_next_sentence_keeps_the_lead_kind(tmp_path):
    text = ("---\npublished: 2015-01-22\n---\nКорабли\n\nРоссийские и иранские корабли провели "
            "совместное патрулирование у берегов Ирана. Иранские корабли поздно вечером 21 "
            "января вышли из порта Энзели вместе с российскими.\n")
    (event,) = _analyse(tmp_path, "lead-next-kind", text).candidates
    assert "exercise" in event.tags, event.tags


def test_a_sentence_naming_no_side_does_not_take_the_place_of_the_lead(tmp_path):
    # a sentence naming no side, paragraphs after the lead, tells another act of the same kind
    # (the agreement for the delivery): the lead stays (its sides are not lent to the other)
    text = ("---\npublished: 2015-01-22\n---\nМОСКВА, 22 января. /ТАСС/. Россия передала Ирану "
            "первую партию зенитных комплексов С-300.\n\nПо данным источника, комплексы прибыли "
            "в порт Бендер-Аббас.\n\nСоглашение о поставке комплексов С-300 было подписано во "
            "вторник, 20 января.\n")
    result = _analyse(tmp_path, "no-side", text)
    assert [c.date for c in result.candidates] == ["2015-01-22", "2015-01-20"], result.explain


def test_a_report_matching_two_events_of_a_day_scores_higher_with_the_closer_one(tmp_path):
    # merge.py takes the group of the best score: a meeting told in the same words and on the
    # same day scores over an arrival that shares a place and a few words (the same day: an
    # arrival the day before is another act, ``theatres.arrival_and_next``)
    from chronology.extraction.crosslang import score_across_languages
    from chronology.extraction.merge import KIND_TAGS, _dates_compatible

    def lead(name, text):
        found = _analyse(tmp_path, name, f"---\npublished: 2015-01-22\n---\n{text}\n").found
        return found[0]

    meeting = lead("a", "Президент России и президент Ирана встретились в Кремле в четверг, "
                   "22 января.")
    again = lead("b", "Президенты России и Ирана встретились в Кремле в четверг, 22 января, и "
                 "обсудили военное сотрудничество.")
    arrival = lead("c", "Президент Ирана прибыл в Кремль в четверг, 22 января, где его "
                   "встретил президент России.")
    close = score_across_languages(meeting, again, _dates_compatible, KIND_TAGS)
    far = score_across_languages(meeting, arrival, _dates_compatible, KIND_TAGS)
    assert close > far > 0, (close, far)


@pytest.mark.parametrize(("code", "text", "found"), [
    ("ru", "Три дня назад корабли вышли из порта.", [("Три дня назад", "2015-01-19", "ago")]),
    ("ru", "Поставка завершилась 5 дней назад.", [("5 дней назад", "2015-01-17", "ago")]),
    ("ru", "Два года назад стороны подписали контракт.", [("Два года назад", "2013", "ago")]),
    ("ru", "Месяц назад прошли учения.", [("Месяц назад", "2014-12", "ago")]),
    ("ru", "Несколько дней назад корабли вышли из порта.", []),  # no count, no date
    ("fa", "دو روز پیش ناوها به بندر رسیدند.", [("دو روز پیش", "2015-01-20", "ago")]),
    ("fa", "۱۰ روز قبل رزمایش آغاز شد.", [("۱۰ روز قبل", "2015-01-12", "ago")]),
    ("fa", "دو روز پیش از سفر وزیر", []),  # "before the trip": no time of its own
    ("fa", "چند سال پیش قرارداد امضا شد.", []),
])
def test_a_time_counted_back_from_the_day_of_writing(code, text, found):
    mentions = dates.find_mentions(text, REF, language=code)
    assert [(m.text, m.value, m.rule) for m in mentions] == found


def test_a_week_counted_back_is_an_approximate_day():
    (m,) = dates.find_mentions("Неделю назад корабли прибыли.", REF, language="ru")
    assert (m.value, m.approximate) == ("2015-01-15", True)


@pytest.mark.parametrize(("text", "found"), [
    # REF is 2 Bahman 1393: Mordad 1393 (23 July - 22 August 2014) is the last one before it
    ("در مرداد ماه رزمایش برگزار شد.", [("مرداد ماه", "2014-08")]),
    ("در آذرماه ناوها به بندر رسیدند.", [("آذرماه", "2014-12")]),
    ("اوایل اسفند قرارداد امضا شد.", [("اوایل اسفند", "2014-02")]),  # Esfand 1392
    ("در اسفند ماه رزمایش برگزار خواهد شد.", [("اسفند ماه", "2015-03")]),  # ahead: 1393
    ("خبرگزاری مهر گزارش داد.", []),  # "مهر" alone: the agency, no month
    ("تیر به هدف خورد.", []),  # "تیر" alone: an arrow
])
def test_a_solar_month_with_its_month_word_and_no_year(text, found):
    mentions = dates.find_mentions(text, REF, language="fa")
    assert [(m.text, m.value) for m in mentions] == found
    assert all(m.rule == "solar-month" and m.approximate for m in mentions)


@pytest.mark.parametrize(("story", "expected"), [
    # a present verb of the day's news before the future cue: the lead tells the act
    ("МОСКВА, 17 июня. /ТАСС/. Совместное российско-иранское предприятие по ремонту "
     "вертолетов начинает работу в Иране, запланировано расширение производства, сообщил "
     "источник.", ["2025-06-17"]),
    # the future cue first: a plan, no lead date (with no one who told it: round ru29)
    ("МОСКВА, 17 июня. /ТАСС/. Россия планирует поставить Ирану вертолеты, которые начинают "
     "выпускать в Казани.", []),
])
def test_a_present_verb_of_the_news_before_a_future_cue_is_an_act(tmp_path, story, expected):
    text = f"---\npublished: 2025-06-17\nlanguage: ru\n---\n{story}\n"
    result = _analyse(tmp_path, "present-lead", text)
    assert [c.date for c in result.candidates] == expected, result.explain


def test_a_name_with_a_fleeting_vowel_matches_its_case_forms():
    from chronology.config import Topic
    from chronology.extraction.names import TopicNames

    names = TopicNames(Topic(actors={"Egypt": ("Египет",), "Russia": ("Россия",)}, terms=()),
                       "ru")
    assert [names.groups(t) for t in ("поставки Египту", "из Египта", "Египет", "в Египте")] == [
        ["Egypt"]] * 4


def test_such_reports_are_those_of_the_sides_of_the_two_sentences(tmp_path):
    # "подобные сообщения" points back past a sentence naming Russia, and names Iran itself
    text = ("---\npublished: 2015-01-22\n---\nИран вчера передал России партию беспилотников, "
            "пишет американская газета.\n\nВ Минобороны РФ эти сообщения не комментировали.\n\n"
            "Представитель МИД Ирана в среду назвал подобные сообщения вымыслом.\n")
    result = _analyse(tmp_path, "such-reports", text)
    assert [c.date for c in result.candidates] == ["2015-01-21", "2015-01-21"], result.explain
    assert {"Iran", "Russia"} <= set(result.candidates[1].actors)


# From dev errors ru101 and ru107: a stop that lost its space ends a sentence, and a lead whose
# masculine past has no "л" ("внес") tells an act.
@pytest.mark.parametrize(("story", "dated"), [
    ("Переговоры о поставках танков Ирану продолжаются, сообщил 15 января посол Ирана в "
     "Москве.Посол уточнил, что Тегеран начал переговоры с Россией еще в октябре 2013-го.",
     ["2015-01-15", "2013-10"]),
    ("Поставки идут по плану, передает «ТАСС».Иран получил от России первые самолеты в "
     "марте 2014 года.", ["2014-03"]),
    # an abbreviation or an initial before a capital is no end
    ("Министр обороны Ирана 15 января прибыл в г.Москву на переговоры с Россией.",
     ["2015-01-15"]),
])
def test_a_stop_without_its_space_ends_a_sentence(tmp_path, story, dated):
    text = f"---\npublished: 2015-01-22\nlanguage: ru\n---\nИран и Россия\n\n{story}\n"
    result = _analyse(tmp_path, "stop", text)
    assert [c.date for c in result.candidates] == dated, result.explain


@pytest.mark.parametrize("lead", [
    "Президент России Владимир Путин внес в Госдуму соглашение о военном сотрудничестве с Ираном.",
    "Российский транспортный самолет привез в Тегеран партию запасных частей для Ирана.",
])
def test_a_past_without_l_tells_an_act(tmp_path, lead):
    text = f"---\npublished: 2015-01-22\nlanguage: ru\n---\n{lead}\n\nПодробности не сообщаются.\n"
    result = _analyse(tmp_path, "past", text)
    assert [c.date for c in result.candidates] == ["2015-01-22"], result.explain


def test_a_title_and_a_lead_naming_a_side_each_are_about_the_topic(tmp_path):
    # from dev error ru110: the headline names one side, the lead the other
    text = ("---\npublished: 2024-11-29\nlanguage: ru\n---\nМинистр прибыл в Иран\n\n"
            "Глава оборонного ведомства нашей страны в пятницу прилетел с официальным визитом "
            "в Тегеран, сообщает пресс-служба Минобороны РФ.\n")
    result = _analyse(tmp_path, "tops", text)
    assert [c.date for c in result.candidates] == ["2024-11-29"], result.explain


def test_a_dateline_with_its_country_between_slashes(tmp_path):
    # from dev error ru120: "БУРГ-ЭЛЬ-АРАБ /Египет/, 26 октября. /ТАСС/."
    text = ("Моряки возвращаются домой\n\nБЕНДЕР-АББАС /Иран/, 26 октября. /ТАСС/. Российские "
            "моряки вместе с кораблями отправляются из Ирана в Россию по завершении учений с "
            "ВМС Ирана «Пояс безопасности-2016».\n")
    result = _analyse(tmp_path, "slashes", text)
    assert result.reference.iso == "2016-10-26", result.explain
    assert [c.date for c in result.candidates][:1] == ["2016-10-26"], result.explain


def test_a_deal_of_the_kind_of_the_articles_first_event_keeps_its_sides(tmp_path):
    # from invented dev article 70: a sentence naming Iran alone comes between the lead and
    # "Контракт на поставку ..."
    text = ("---\npublished: 2023-09-14\nlanguage: ru\n---\nИран получил бронемашины\n\n"
            "Россия передала Ирану партию бронеавтомобилей, сообщил источник. По его словам, "
            "машины прибыли в иранский порт в начале сентября.\n\n"
            "Контракт на поставку был подписан весной прошлого года.\n")
    result = _analyse(tmp_path, "deal", text)
    assert [c.date for c in result.candidates] == ["2023-09-14", "2023-09", "2022"], result.explain


@pytest.mark.parametrize(("sentence", "dated"), [
    # two acts joined by a bare comma, each with its date and past verb: two events
    ("Россия и Иран подписали контракт в 2018 году, поставки начались в 2021 году.",
     ["2018", "2021"]),
    # a date right after the comma goes with the weekday before it; a reporting verb is no act
    ("Россия и Иран обсудили в среду, 9 января, в Москве поставки, сообщил источник.",
     ["2019-01-09"]),
    # a side clause is no second act
    ("Россия и Иран подписали контракт в 2018 году, который был выполнен в 2021 году.",
     ["2018"]),
    # a participle of a kind of act with its own date is one, told in passing (ninth round:
    # "получил заказанные в 2014 г. истребители"); the comma cuts no act out of it
    ("Контракт России и Ирана, подписанный в 2018 году, был выполнен в 2021 году.",
     ["2021", "2018"]),
])
def test_two_acts_joined_by_a_comma_are_two_events(tmp_path, sentence, dated):
    text = f"---\npublished: 2019-01-10\nlanguage: ru\n---\nРоссия и Иран\n\n{sentence}\n"
    result = _analyse(tmp_path, "comma", text)
    assert [c.date for c in result.candidates] == dated, result.explain


def test_a_surname_names_the_side_its_person_was_introduced_with(tmp_path):
    text = ("---\npublished: 2024-12-15\nlanguage: ru\n---\nПереговоры в Тегеране\n\n"
            "Министр обороны России Андрей Белоусов 10 декабря провел в Тегеране переговоры с "
            "министром обороны Ирана Азизом Насирзаде.\n\n"
            "Белоусов и Насирзаде 12 декабря подписали протокол межправительственной комиссии.\n\n"
            # a place's side is not the person's: the ambassador is Iran's, not Russia's
            "Посол Ирана в Москве Казем Джалали 13 декабря встретился с российскими "
            "военными.\n\nДжалали 14 декабря посетил завод.\n")
    result = _analyse(tmp_path, "cast", text)
    sides = {c.date: sorted(a for a in c.actors if a in ("Iran", "Russia")) for c in result.candidates}
    assert sides["2024-12-12"] == ["Iran", "Russia"], result.explain
    assert sides.get("2024-12-14", ["Iran"]) == ["Iran"], result.explain


def test_a_page_cut_before_its_headline_takes_its_sides_from_the_next_paragraph(tmp_path):
    # from dev error ru128: the first line names no side, the next paragraph both
    text = ("---\npublished: 2020-06-15\nlanguage: ru\n---\n"
            "Ведомство сообщило, что «совместные учения «Морской пояс» начались», передает "
            "ТАСС.\nКорабли ВМС России и Ирана вышли в Каспийское море.\n")
    result = _analyse(tmp_path, "cut", text)
    assert [c.date for c in result.candidates][:1] == ["2020-06-15"], result.explain


def test_a_model_the_title_names_is_a_term_of_the_article(tmp_path):
    # from dev error ru135: a sentence naming one side and the model of the headline
    text = ("---\npublished: 2019-05-20\nlanguage: ru\n---\nИран присматривается к Ка-52\n\n"
            "Россия и Иран обсуждают поставку вертолетов, сообщил источник.\n\n"
            "Командующий армейской авиацией Ирана в марте 2019 года осмотрел Ка-52 в Торжке.\n")
    result = _analyse(tmp_path, "model", text)
    assert "2019-03" in [c.date for c in result.candidates], result.explain


def test_an_act_told_of_the_same_things_keeps_the_sides_of_the_event_before(tmp_path):
    # from dev error ru145: "Первый эшелон ..." after "Эшелоны с российскими военными ..."
    text = ("---\npublished: 2014-08-15\nlanguage: ru\n---\nВоенные едут на учения\n\n"
            "Эшелоны с российскими военными пересекли границу Ирана для участия в учениях.\n"
            "Первый эшелон прибыл на полигон 13 августа.\n")
    result = _analyse(tmp_path, "same-things", text)
    dated = {c.date: sorted(a for a in c.actors if a in ("Iran", "Russia"))
             for c in result.candidates}
    assert dated.get("2014-08-13") == ["Iran", "Russia"], result.explain


def test_who_said_the_sentence_before_is_part_of_its_quote(tmp_path):
    # from dev error ru147: "... . Об этом заявил начальник Генштаба ..."
    text = ("---\npublished: 2025-12-18\nlanguage: ru\n---\nОценка\n\n"
            "Военные Ирана на учениях с Россией 5 декабря показали высокий профессионализм. Об "
            "этом заявил начальник Генштаба ВС России Валерий Герасимов на брифинге.\n")
    result = _analyse(tmp_path, "who", text)
    assert len(result.candidates) == 1, result.explain
    assert "Герасимов" in result.candidates[0].sources[0].quote


def test_a_side_clause_does_not_give_its_kind_to_the_act(tmp_path):
    # from dev errors ru156, ru159: a visit "where an exercise was held" is a visit; the
    # exercise's own dates, told next, do not tell the visit again
    text = ("---\npublished: 2025-09-16\nlanguage: ru\n---\n"
            "Министр обороны России посетил полигон в Иране, где проводились совместные "
            "учения России и Ирана. Учения проходили с 12 по 16 сентября.\n")
    result = _analyse(tmp_path, "where", text)
    assert [c.date for c in result.candidates] == ["2025-09-16", "2025-09-12"], result.explain
    assert "visit" in result.candidates[0].tags and "exercise" not in result.candidates[0].tags
