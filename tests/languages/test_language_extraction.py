"""Events from Russian and Persian articles: the unseen-article floors per language, one
event across languages, canonical names, and articles that used to be refused."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import extraction_eval  # noqa: E402

CONFIG = load_config(REPO / "content/site.yaml")
MARGIN = 2.0
# (language folder, split): (reference accuracy, event F1) measured with content/site.yaml
FLOORS = {
    ("unseen_ru", "dev"): (100.0, 100.0), ("unseen_ru", "held-out"): (91.3, 87.5),
    ("unseen_fa", "dev"): (100.0, 98.2), ("unseen_fa", "held-out"): (100.0, 88.9),
}
ARTICLES = {("unseen_ru", "dev"): 67, ("unseen_ru", "held-out"): 26,
            ("unseen_fa", "dev"): 27, ("unseen_fa", "held-out"): 10}


@pytest.fixture(scope="module")
def scores():
    return {folder: extraction_eval.evaluate(REPO / "tests/extraction" / folder, CONFIG)
            for folder in ("unseen_ru", "unseen_fa")}


@pytest.mark.parametrize(("folder", "split"), sorted(FLOORS))
def test_unseen_articles_do_not_regress(scores, folder, split):
    reference, f1 = FLOORS[(folder, split)]
    score = scores[folder][split]
    assert score.articles == ARTICLES[(folder, split)]
    assert score.figures()["reference"] >= reference - MARGIN, score.errors
    assert score.figures()["f1"] >= f1 - MARGIN, score.errors


def _analyse(tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


TASS_RU = """Россия и Иран подписали соглашение о военном сотрудничестве

ТЕГЕРАН, 20 января. /ТАСС/. Министр обороны РФ Сергей Шойгу и его иранский коллега Хосейн \
Деган во вторник подписали в Тегеране соглашение о военном сотрудничестве. В ноябре 2014 года \
стороны обсуждали поставки.
"""
REUTERS_EN = """---
published: 2015-01-20
---
Russia, Iran sign military cooperation agreement

TEHRAN, Jan 20 (Reuters) - Russia and Iran signed an agreement on military cooperation on \
Tuesday during a visit by Russian Defence Minister Sergei Shoigu to Tehran.
"""


def test_one_signing_reported_in_russian_and_english_is_one_event(tmp_path):
    ru = _analyse(tmp_path, "tass-ru", TASS_RU)
    en = _analyse(tmp_path, "reuters-en", REUTERS_EN)
    assert [c.date for c in ru.candidates] == ["2015-01-20"]
    signing = [e for e in merge_results([ru, en], CONFIG) if "agreement" in e.tags]
    assert len(signing) == 1
    assert sorted(s.article for s in signing[0].sources) == ["reuters-en", "tass-ru"]
    assert not signing[0].conflicting


def test_russian_event_keeps_its_words_and_canonical_names(tmp_path):
    (event,) = _analyse(tmp_path, "tass-ru", TASS_RU).candidates
    assert event.sources[0].quote.startswith("Министр обороны РФ Сергей Шойгу")
    assert event.sources[0].date_text == "вторник"
    assert event.sources[0].rule == "weekday-past"
    assert "Shoigu" in event.actors and "Dehghan" in event.actors
    assert {"Russia", "Iran"} <= set(event.actors)
    assert "вторник" not in event.title and event.title.startswith("Министр обороны РФ")


def test_explain_says_why_each_russian_date(tmp_path):
    result = _analyse(tmp_path, "tass-ru", TASS_RU)
    assert result.explain[0].startswith("tass-ru: reference 2015-01-20 — dateline '20 января'")
    assert any("'вторник' (weekday-past: Tuesday on or before reference 2015-01-20)" in line
               for line in result.explain)


PERSIAN_PAGE = "".join(
    ["Home News Politics Economy Sports Share Facebook Twitter Login Subscribe\n\n"] * 20
) + """تهران- ایرنا- وزیر دفاع ایران روز سه‌شنبه ۳۰ دی ۱۳۹۳ با همتای روس خود در تهران دیدار \
کرد و دو طرف تفاهم‌نامه همکاری نظامی امضا کردند.
"""


def test_persian_page_with_latin_menus_is_read_not_refused(tmp_path):
    path = tmp_path / "irna.txt"
    path.write_text("---\npublisher: IRNA\n---\n" + PERSIAN_PAGE, encoding="utf-8")
    article = read_article(path)
    assert (article.language, article.language_source) == (
        "fa", "detected from script and vocabulary")
    (story,) = article.story_blocks()
    assert article.text[story.start:].startswith("تهران- ایرنا-")
    (event,) = analyse_article(article, CONFIG).candidates
    # "روز سه‌شنبه ۳۰ دی ۱۳۹۳": the date written after its weekday is the evidence
    assert (event.date, event.sources[0].date_text) == ("2015-01-20", "۳۰ دی ۱۳۹۳")


def test_front_matter_language_wins_over_detection(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("---\nlanguage: ru-RU\n---\nIran and Russia signed a deal.\n",
                    encoding="utf-8")
    article = read_article(path)
    assert (article.language, article.language_source) == ("ru", "front matter")


def test_english_spellings_take_the_canonical_name(tmp_path):
    text = REUTERS_EN.replace("Sergei Shoigu", "Sergey Shoygu")
    (event,) = _analyse(tmp_path, "reuters-en", text).candidates
    assert "Shoigu" in event.actors
    assert not {"Sergey Shoygu", "Shoygu"} & set(event.actors)


@pytest.mark.parametrize(("code", "sentence", "title"), [
    ("ru", "Секретарь Совета безопасности Ирана Али Шамхани заявил во вторник, что Тегеран и "
     "Москва обмениваются возможностями.", "Али Шамхани: Тегеран и Москва обмениваются "
     "возможностями"),
    ("ru", "По данным источника, учения России и Ирана пройдут в 2021 году.",
     "Учения России и Ирана пройдут"),
    ("fa", "به گزارش خبرگزاری مهر، ناصر کنعانی سخنگوی وزارت امور خارجه روز سه‌شنبه گفت: ایران "
     "به روسیه پهپاد نداده است.", "ناصر کنعانی: ایران به روسیه پهپاد نداده است"),
    ("fa", "فرمانده نیروی دریایی ارتش ایران و فرمانده کل نیروی دریایی روسیه روز دوشنبه در تهران "
     "یادداشت تفاهم همکاری دریایی امضا کردند.", "فرمانده نیروی دریایی ارتش ایران و فرمانده کل "
     "نیروی دریایی روسیه … امضا کردند"),
    ("ru", "По его словам, первые самолеты поступят в распоряжение ВВС Ирана 21 марта.",
     "Первые самолеты поступят в распоряжение ВВС Ирана"),
    # a long Persian speaker: the words before the office, without a leading rank
    ("fa", "امیر دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش روز شنبه گفت: حضور ناوگروه در "
     "روسیه پیام صلح است.", "شهرام ایرانی: حضور ناوگروه در روسیه پیام صلح است"),
    ("fa", "به گزارش خبرگزاری تسنیم، شهریاری عضو کمیسیون امنیت ملی مجلس روز یکشنبه گفت: ایران "
     "جنگنده خریده است.", "شهریاری: ایران جنگنده خریده است"),
    # a time of day goes with its date; a date inside quotation marks is part of a name
    ("ru", "Раиси прилетел в российскую столицу накануне вечером.",
     "Раиси прилетел в российскую столицу"),
    ("fa", "ولادیمیر پوتین عصر امروز وارد تهران شد.", "ولادیمیر پوتین وارد تهران شد"),
    ("fa", "رزمایش «کمربند امنیت دریایی ۲۰۲۱» روز سه‌شنبه آغاز شد.",
     "رزمایش «کمربند امنیت دریایی ۲۰۲۱» آغاز شد"),
    ("fa", "ظریف و لاوروف امروز (سه‌شنبه) در مسکو توافقنامه امضا کردند.",
     "ظریف و لاوروف در مسکو توافقنامه امضا کردند"),
    # a side clause closed by a comma is dropped; an attribution by any reporting verb too
    ("ru", "Раиси, который прибыл в Москву во вторник, в среду провел переговоры с Путиным.",
     "Раиси провел переговоры с Путиным"),
    ("ru", "Контракт на поставку Як-130 Россия и Иран подписали в прошлом году, уточнило "
     "агентство.", "Контракт на поставку Як-130 Россия и Иран подписали"),
    # no one-word clause left by a dropped date, no preposition or open quote at the end
    ("ru", "Президент России Владимир Путин в апреле 2015 года снял запрет на поставку С-300 "
     "Ирану, введенный в 2010 году.", "Президент России Владимир Путин снял запрет на поставку "
     "С-300 Ирану"),
    ("ru", "Корабли ВМФ России, Ирана и Китая в пятницу начали совместные военно-морские учения "
     "в Индийском океане и Оманском заливе у берегов Ирана.", "Корабли ВМФ России, Ирана и "
     "Китая начали совместные военно-морские учения в Индийском океане"),
    ("ru", "Корвет \"Стойкий\" Балтийского флота во вторник принял участие в совместных "
     "российско-иранских военно-морских учениях \"Морской пояс безопасности – 2021\" в "
     "Индийском океане.", "Корвет \"Стойкий\" Балтийского флота принял участие в совместных "
     "российско-иранских военно-морских учениях"),
])
def test_titles_by_the_rules_of_the_article_language(code, sentence, title):
    from chronology.dates import find_mentions
    from chronology.extraction.foreign_titles import foreign_title
    from chronology.languages import language

    mentions = find_mentions(sentence, dt.date(2019, 7, 29), language=code)
    assert foreign_title(sentence, 0, mentions, language(code)) == title


def test_persian_headline_and_publication_line_are_told_apart(tmp_path):
    path = tmp_path / "tasnim.txt"
    path.write_text("جابری انصاری: مرحله نخست تحویل اس-۳۰۰ آغاز شد\n\n۱۳۹۵/۰۱/۲۳ - ۱۱:۲۰\n\n"
                    "به گزارش خبرگزاری تسنیم، سخنگوی وزارت امور خارجه روز دوشنبه گفت: تحویل "
                    "سامانه اس-۳۰۰ از سوی روسیه آغاز شده است.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "جابری انصاری: مرحله نخست تحویل اس-۳۰۰ آغاز شد"
    assert [b.kind for b in article.blocks] == ["title", "dateline", "story"]


def test_opening_words_stand_in_for_a_missing_headline_after_the_dateline(tmp_path):
    path = tmp_path / "interfax.txt"
    path.write_text("Москва. 27 декабря. INTERFAX.RU - Корабли ВМФ России и Ирана начали "
                    "учения.\n", encoding="utf-8")
    assert read_article(path).title == "Корабли ВМФ России и Ирана начали учения."


@pytest.mark.parametrize(("text", "date", "date_text"), [
    # a side clause's date tells a side fact: the main clause's date dates the sentence
    ("مسکو- ایرنا- رئیسی رئیس‌جمهور ایران که دیروز وارد مسکو شده بود، امروز با پوتین دیدار کرد.",
     "2022-01-19", "امروز"),
    ("МОСКВА, 19 января. /ТАСС/. Раиси, который прибыл в Москву во вторник, в среду провел "
     "переговоры с Путиным.", "2022-01-19", "среду"),
    # a plan announced in a statement: the statement's date, not the plan's
    ("تهران- ایرنا- شهریاری روز یکشنبه گفت: ایران از روسیه جنگنده سوخو-۳۵ خریده است و این "
     "هواپیماها اوایل سال ۱۴۰۱ تحویل داده خواهند شد.", "2022-01-16", "یکشنبه"),
    # "گفت‌وگو" (talks) ending the sentence before is no reporting verb for the next date
    ("مسکو- ایرنا- وزیران دفاع ایران و روسیه دیدار و گفت‌وگو کردند.\n\nآشتیانی روز گذشته از "
     "نمایشگاه ارتش ۲۰۲۲ در مسکو بازدید کرده بود.", "2022-01-18", "روز گذشته"),
    # a plan named to the day is the event; the statement's day loses to it
    ("МОСКВА, 18 января. /ТАСС/. Корабли России и Ирана примут участие в учениях, которые "
     "пройдут 21–23 января, сообщили во вторник в пресс-службе флота.", "2022-01-21",
     "21–23 января"),
])
def test_the_date_of_the_main_clause_dates_a_foreign_sentence(tmp_path, text, date, date_text):
    result = _analyse(tmp_path, "a", "---\npublished: 2022-01-19\n---\n" + text + "\n")
    last = result.candidates[-1]
    assert (last.date, last.sources[0].date_text) == (date, date_text)


@pytest.mark.parametrize(("sentence", "found"), [
    ("Самолеты перебазировались на аэродром Хамадан накануне.", True),  # a term and an action
    ("Самолеты вернулись на базу накануне.", False),  # an action, no topic term
    ("Погода на аэродроме накануне была ясной.", False),  # a term, no action
])
def test_a_sentence_naming_no_side_needs_a_term_and_an_action(tmp_path, sentence, found):
    text = ("МОСКВА, 16 августа. /ТАСС/. Бомбардировщики ВКС России во вторник нанесли удары с "
            "иранского аэродрома Хамадан.\n\n" + sentence + "\n")
    result = _analyse(tmp_path, "tass", "---\npublished: 2016-08-16\n---\n" + text)
    assert ("2016-08-15" in [c.date for c in result.candidates]) is found


@pytest.mark.parametrize(("follows", "carried"), [
    ("دو طرف همچنین یادداشت تفاهم همکاری دریایی امضا کردند.", True),  # "also": another act
    ("دو طرف یادداشت تفاهم همکاری دریایی امضا کردند.", False),  # no "also"
    ("دو طرف پیش از این همچنین یادداشت تفاهم امضا کرده بودند.", False),  # another time
    ("Стороны также подписали меморандум о военном сотрудничестве.", True),
    ("Стороны обсудили военное сотрудничество.", False),  # the same talks, no new act
    ("Ранее стороны также подписали меморандум.", False),
    # "а также", "و همچنین": "as well as", joining two things of one act
    ("Стороны обсудили учения, а также поставки.", False),
    ("دو طرف درباره رزمایش و همچنین تحویل تسلیحات گفت‌وگو کردند.", False),
])
def test_an_undated_sentence_that_adds_an_act_takes_the_date_before(tmp_path, follows, carried):
    lead = ("مسکو- ایرنا- فرمانده نیروی دریایی ایران امروز با فرمانده نیروی دریایی روسیه دیدار "
            "کرد." if "دو طرف" in follows else "МОСКВА, 22 июля. /ТАСС/. Командующие ВМФ России "
            "и Ирана в понедельник провели переговоры в Москве.")
    result = _analyse(tmp_path, "a", f"---\npublished: 2019-07-22\n---\n{lead} {follows}\n")
    dates = [c.date for c in result.candidates]
    assert dates == ["2019-07-22"] * (2 if carried else 1)
    if carried:  # the quote holds both sentences, so it still holds the date words
        source = result.candidates[1].sources[0]
        assert follows in source.quote and source.date_text in source.quote


@pytest.mark.parametrize(("dateline", "lead"), [
    ("БАКУ, 29 июля. /Корр. ТАСС Алексей Смирнов/. ", "Корабли России и Ирана"),
    ("Москва. 29 июля. Интерфакс-АВН - ", "Корабли России и Ирана"),
    ("سن‌پترزبورگ- ايرنا- ", "ناوهای ایران و روسیه"),  # ZWNJ in the city, Arabic yeh
])
def test_datelines_of_correspondents_and_services_are_not_story(tmp_path, dateline, lead):
    body = (lead + " провели учения." if lead.startswith("К") else lead + " رزمایش برگزار کردند.")
    result = _analyse(tmp_path, "a", f"---\npublished: 2019-07-29\n---\n{dateline}{body}\n")
    (event,) = result.candidates
    assert event.title.startswith(lead) and event.sources[0].rule == "dateline-lead"


def test_two_acts_with_their_own_dates_in_one_sentence_are_two_events(tmp_path):
    text = ("МОСКВА, 11 октября. /ТАСС/. Первые комплексы С-300 были доставлены в Иран в "
            "апреле, а в августе зенитные системы заступили на боевое дежурство.\n")
    result = _analyse(tmp_path, "a", "---\npublished: 2016-10-11\n---\n" + text)
    assert [(c.date, c.sources[0].date_text) for c in result.candidates] == [
        ("2016-04", "апреле"), ("2016-08", "августе")]
    assert "Iran" in result.candidates[1].actors  # the part shares the sentence's sides


# Which date of a sentence dates its act: (language, published, sentence, expected dates)
DATING = [
    # a date that bounds a period ("since January 1") loses to the date of the act
    ("ru", "2021-07-23", "С 1 января 2021 года российские и иранские моряки провели два "
     "учения, включая учения в Индийском океане в феврале.", ["2021-02"]),
    # alone, it still dates the sentence
    ("ru", "2021-07-23", "С 1 января 2021 года Россия и Иран проводят учения ежемесячно.",
     ["2021-01-01"]),
    # a weekday written before its date is that date ("в пятницу, 13 апреля")
    ("ru", "2018-04-12", "Иранские моряки покидают Махачкалу в пятницу, 13 апреля, сообщили "
     "в штабе флота России.", ["2018-04-13"]),
    # a side clause's date loses to a plan outside it ...
    ("fa", "2019-04-24", "وزیر دفاع ایران که دوشنبه شب وارد مسکو شد، قرار است فردا با "
     "سرگئی شویگو وزیر دفاع روسیه دیدار کند.", ["2019-04-25"]),
    # ... but not when it is a more precise day of the date outside it
    ("fa", "2019-04-24", "در کنفرانس مسکو در سال قبل که ۴ آوریل ۲۰۱۸ برگزار شد، هیئت ایرانی "
     "حضور داشت.", ["2018-04-04"]),
    # a Persian clause ends on its verb: "دیروز ... گفت" dates the statement, not the act
    ("fa", "2017-03-04", "فرمانده پدافند هوایی دیروز در حاشیه رزمایش به خبرنگاران گفت که "
     "نخستین محموله موشکی از روسیه در اوایل فروردین ۱۳۹۵ به ایران رسید.", ["2016-03"]),
]


@pytest.mark.parametrize(("code", "published", "sentence", "expected"), DATING)
def test_the_date_of_the_act_dates_the_sentence(tmp_path, code, published, sentence, expected):
    text = f"---\npublished: {published}\nlanguage: {code}\n---\n{sentence}\n"
    result = _analyse(tmp_path, f"dating-{code}", text)
    assert [c.date for c in result.candidates] == expected, result.explain


# Sentences naming no side: "the two countries" are the article's sides; a demonstrative
# points back to the sides of the event before it; a participial phrase is a side clause.
SIDES_MEANT = [
    ("ru", "2022-11-25", "Россия и Иран расширяют военное сотрудничество\n\n"
     "В 2016–2017 годах Россия поставила Ирану комплексы С-300ПМУ-2. Контракт на эти "
     "комплексы, замороженный в 2010 году, был реанимирован в конце 2015 года.",
     ["2016", "2015"]),
    ("fa", "2021-10-18", "تاکید ایران و روسیه بر گسترش همکاری‌های نظامی\n\n"
     "دو کشور در سال ۲۰۰۱ معاهده اصول روابط متقابل را امضا کردند.", ["2001"]),
    # the demonstrative of a date ("в марте этого года") points back to nothing
    ("ru", "2015-03-20", "Россия и Иран провели учения\n\nКорабли России и Ирана провели "
     "учения 5 марта. В феврале этого года моряки флотилии посетили Баку.", ["2015-03-05"]),
    # no side meant: the article is not about the topic
    ("fa", "2021-10-18", "گزارش هواشناسی\n\n"
     "دو کشور در سال ۲۰۰۱ معاهده اصول روابط متقابل را امضا کردند.", []),
]


@pytest.mark.parametrize(("code", "published", "story", "expected"), SIDES_MEANT)
def test_sentences_naming_no_side_mean_the_articles(tmp_path, code, published, story, expected):
    text = f"---\npublished: {published}\nlanguage: {code}\n---\n{story}\n"
    result = _analyse(tmp_path, f"sides-{code}", text)
    assert [c.date for c in result.candidates] == expected, result.explain
