"""Rules of the thirteenth Russian round (issue 11): recall and precision on the newest real
articles by general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates

from .russian_story import candidates as _candidates


@pytest.mark.parametrize(("sentence", "expected"), [
    # a day of the month written as an ordinal word, as speech and official prose write it
    ("«Двадцатого августа в порт Бендер-Аббас прибывает отряд кораблей», - сказал он.",
     ["2017-08-20"]),
    ("Соглашение вступит в силу с первого октября.", ["2017-10-01"]),
    ("Учения продлятся до тридцать первого октября 2017 года.", ["2017-10-31"]),
    ("Фрегат вышел из порта двадцать третьего августа.", ["2017-08-23"]),
    # near-misses: an ordinal that names no day (an office, a stage, a count)
    ("Первого заместителя министра встретили в порту.", []),
    ("Второго этапа учений не будет.", []),
])
def test_a_day_written_as_an_ordinal_word(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2017, 9, 21), language="ru")
    assert [m.value for m in mentions if m.precision == "day"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name's year set off by a spaced dash, as "Запад-2025" is by a hyphen
    ("Корабли вернулись после учения «Морское взаимодействие – 2017».", []),
    ('Отряд вернулся после учений "Морское взаимодействие - 2017", сообщил флот.', []),
    ("Китай направит эсминец на учения «Мир — 2017».", []),
    # near-misses: a range of years, a year with its word, a year after a preposition
    ("Контракт исполнялся в 2015 – 2017 годах.", ["2015"]),
    ("Первый этап – 2017 год, сообщил он.", ["2017"]),
    ("Учения прошли в 2016 году.", ["2016"]),
])
def test_a_name_year_after_a_spaced_dash(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2017, 9, 21), language="ru")
    assert [m.value for m in mentions] == expected


PLAN_LEAD = "Два корабля ВМС Ирана отправятся в Россию для участия в учениях «Океан — 2017»."


@pytest.mark.parametrize(("sentence", "expected"), [
    # "как информирует ведомство": a reporting verb, no act before the plan's future cue
    ("Как информирует ведомство, в зону учений будут направлены фрегат «Альборз» и танкер "
     "из России и Ирана.", []),
    # near-miss: the same attribution over an act done
    ("Как информирует ведомство, фрегат «Альборз» прибыл в Махачкалу из Ирана для учений с "
     "Россией.", ["2017-09-21"]),
])
def test_an_attribution_by_informing_is_no_act(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{PLAN_LEAD}\n\n{sentence}")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # an invitation names its guest before the infinitive: the month is of the visit to come
    ("Министр пригласил российского коллегу Сергея Шойгу посетить выставку в феврале.",
     ["2018-02"]),
    ("Президент пригласил Путина приехать в Тегеран в мае.", ["2018-05"]),
    ("Министр принял приглашение посетить выставку в феврале.", ["2018-02"]),
    # near-misses: the visit itself told in the past; an invitation dated before its verb
    ("Российский министр посетил выставку в феврале.", ["2017-02"]),
    ("Министр по приглашению коллеги посетил выставку в феврале.", ["2017-02"]),
    ("В феврале президент пригласил Путина приехать в Тегеран.", ["2017-02"]),
])
def test_a_month_after_an_invitation_looks_ahead(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2017, 9, 21), language="ru")
    assert [m.value for m in mentions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a show to come: its name's year is the article's year or a later one, not an earlier;
    # told in December with its month, February, ahead: the year before (review I)
    ("МОСКВА, 10 дек – РИА Новости. Министр обороны Ирана пригласил российского коллегу "
     "Сергея Шойгу посетить выставку «Армия-2018» в феврале, сообщили в ведомстве.",
     "2017-12-10"),
    ("МОСКВА, 12 ноя – РИА Новости. Министр обороны Египта принял приглашение посетить "
     "авиасалон «Экспо-2021» в марте, сообщили в ведомстве.", "2020-11-12"),
    # near-miss: the show's month is still ahead in its own year: that year or the one before
    ("МОСКВА, 12 ноя – РИА Новости. Министр обороны Египта пригласил российского коллегу "
     "посетить авиасалон «Экспо-2021» в декабре, сообщили в ведомстве.", None),
    # near-miss: an occasion told as past, its year and the reporting weekday
    ("Москва. 25 августа. Интерфакс-АВН - Этап Армейских игр-2020 прошел в Иране, сообщил во "
     "вторник замминистра.", "2020-08-25"),
])
def test_a_name_year_of_an_occasion_to_come_is_no_year_of_writing(text, expected):
    found = dates.find_reference(text, language="ru", period=(2015, 2026)).date
    assert (found.isoformat() if found else None) == expected


def test_a_russian_caption_closed_by_its_photo_credit_and_its_twin_are_captions():
    from chronology.articles.clean import classify_blocks
    caption = "Министр обороны Ирана передал российскому коллеге номер газеты \"Иран\""
    text = (f"Иран и Россия договорились о сотрудничестве\n\n{caption}\n\n"
            f"{caption}. Фото: Минобороны Ирана\n\n"
            "В Москве состоялось первое заседание совместной комиссии по сотрудничеству.\n\n"
            # near-misses: two sentences before the credit; a paragraph telling its source
            "Иран получил первую партию систем. Поставка завершилась в пятницу. Фото: ТАСС\n\n"
            "Министр обороны России прибыл в Тегеран, сообщили в ведомстве. Фото: ТАСС\n")
    blocks, _ = classify_blocks(text, 0, script="cyrillic")
    kinds = [b.kind for b in blocks]
    assert kinds[:4] == ["title", "caption", "caption", "story"]
    assert "caption" not in kinds[4:]


@pytest.mark.parametrize(("story", "expected"), [
    # a city of a side's country names that side, as its capital does
    ("Иранский министр побывал во Владивостоке и встретился с губернатором края.",
     ["2017-09-21"]),
    ("Лидер Ирана совершил поездку в Комсомольск-на-Амуре, где осмотрел цеха завода.",
     ["2017-09-21"]),
    # near-misses: a city of no side's country; a word that only begins like a city
    ("Иранский министр побывал в Анкаре и встретился с губернатором.", []),
    ("Иранский министр побывал на сочинской выставке и встретился с губернатором.", []),
])
def test_a_city_of_a_sides_country_names_the_side(tmp_path, story, expected):
    result = _candidates(tmp_path, story, headline="Визит министра")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("lead", "title_start"), [
    # an agency's regional service is part of the dateline
    ("Хабаровск. 12 сентября. ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - Корабли России и Ирана провели "
     "учения.", "Корабли"),
    ("Ростов-на-Дону. 12 сентября. ИНТЕРФАКС-ЮГ - Корабли России и Ирана провели учения.",
     "Корабли"),
    # near-miss: a side named first in the story, after the agency's dash
    ("Москва. 12 сентября. ИНТЕРФАКС - Россия и Иран провели учения в Каспийском море.",
     "Россия"),
])
def test_an_agencys_regional_service_is_part_of_the_dateline(tmp_path, lead, title_start):
    result = _candidates(tmp_path, lead)
    assert [c.title.split()[0] for c in result.candidates] == [title_start], result.explain


@pytest.mark.parametrize(("top", "expected"), [
    # a page's rubric run into its date line by the page's flattening
    ("Премия Рунета-2020\nРоссия\n+10°\nПолитика4 марта 2015 15:40\n\n", "2015-03-04"),
    # near-miss: a number run into it ("МиГ-294 марта")
    ("Россия\nМосква\n+10°\nМиГ-294 марта 2015 15:40\n\n", None),
])
def test_a_rubric_run_into_the_date_line(top, expected):
    text = (f"{top}Корабли вернулись в базу\n\nКорабли флота вернулись в базу после учений, "
            "сообщили в ведомстве.")
    found = dates.find_reference(text, language="ru", period=(2000, 2026)).date
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(("quote", "joined"), [
    # the speaker's quoted words about the event just told are its evidence
    ("«Это учение «Каспий-2017» с ВМС Ирана и первая встреча флотов», - сказал адмирал.", True),
    ('"Эти корабли впервые отработали поиск подводных лодок", - отметил он.', True),
    # near-misses: a quotation that opens otherwise; words that point back with no speaker
    ("«Учения продолжатся и в следующем году», - сказал адмирал.", False),
    ("«Это учение «Каспий-2017» с ВМС Ирана».", False),
])
def test_a_speakers_quote_about_the_event_just_told_joins_its_evidence(tmp_path, quote, joined):
    result = _candidates(tmp_path, f"{LEAD_20}\n\n{quote}")
    assert [c.date for c in result.candidates] == ["2017-09-20"], result.explain
    quote_ = result.candidates[0].sources[0].quote
    assert ("Каспий-2017" in quote_ or "подводных" in quote_) == joined


LEAD_20 = "Корабли флотов России и Ирана 20 сентября провели совместные учения в Каспийском море."


@pytest.mark.parametrize(("sentence", "expected"), [
    # review I: a second past verb after «и» owns the date told with it, not the invitation
    ("Председатель КНР пригласил президента России посетить Пекин и в среду провел с ним "
     "переговоры о военном сотрудничестве.", ["2025-03-12"]),
    ("Министр пригласил коллегу посетить Москву и поблагодарил его за теплый прием в Дели в "
     "феврале.", ["2025-02"]),
    # near-misses: «и» joins two places or two infinitives of the invitation; the masculine
    # verb of agreeing
    ("Министр пригласил коллегу посетить Москву и Минск в феврале.", ["2026-02"]),
    ("Президент пригласил коллегу приехать в Москву и осмотреть верфь в апреле.", ["2025-04"]),
    ("Министр согласился поставить партию комплексов в октябре.", ["2025-10"]),
])
def test_an_invitation_governs_only_its_own_infinitive_phrase(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2025, 3, 14), language="ru")
    assert [m.value for m in mentions] == expected


@pytest.mark.parametrize(("story", "expected"), [
    # review I: a side's city told as the scene of an act with a third country makes no side
    ("Министр обороны Ирана в понедельник провел в Санкт-Петербурге переговоры с министром "
     "обороны Индии.", []),
    ("ВМС Ирана и ВМС Пакистана во вторник начали совместные учения у берегов Севастополя.", []),
    # near-misses: the same scenes with no third country named
    ("Министр обороны Ирана в понедельник провел в Санкт-Петербурге переговоры с "
     "губернатором города.", ["2017-09-18"]),
    ("Корабли ВМС Ирана во вторник начали учения у берегов Севастополя.", ["2017-09-19"]),
])
def test_a_sides_city_as_the_scene_of_an_act_with_a_third_country_is_no_side(
        tmp_path, story, expected):
    result = _candidates(tmp_path, story, headline="Визит министра")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("text", "expected"), [
    # three sides: a meeting of two of them in the third's city is theirs alone
    ("Министр обороны Китая провел в Санкт-Петербурге переговоры с министром обороны Индии.",
     ["China", "India"]),
    # near-misses: one side alone in another side's city, where it acts or where it goes
    ("Министр обороны Китая провел в Санкт-Петербурге переговоры.", ["China", "Russia"]),
    ("Министр обороны Индии прибыл во Владивосток.", ["India", "Russia"]),
])
def test_a_city_told_as_the_scene_of_two_sides_act_names_not_its_own(text, expected):
    from chronology.config import Topic
    from chronology.extraction.names import TopicNames
    topic = Topic(actors={"Russia": ("Россия",), "China": ("Китай",), "India": ("Индия",)},
                  terms=())
    assert TopicNames(topic, "ru").groups(text) == expected
