"""Rules of the twelfth Russian round (issue 11): recall and precision on the newest real
articles by general Russian news conventions, tested on invented lines with near-misses."""
import datetime as dt

import pytest

from chronology import dates
from chronology.articles import read_article
from chronology.extraction import analyse_article

from .russian_story import CONFIG, HEADLINE, LEAD  # noqa: F401
from .russian_story import candidates as _candidates


@pytest.mark.parametrize(("sentence", "expected"), [
    # "on the eve of" an occasion: the day of the occasion's eve, not the day before writing
    ("Соседние страны испытывают тревогу накануне учений «Кавказ-2017».", []),
    ("Накануне визита министра в Тегеран стороны обсудили поставки.", []),
    ("Накануне саммита стороны согласовали текст документа.", []),
    # near-misses: the adverb "the day before", before a place, a time of day, a verb, a name
    ("Церемония прошла накануне в Тегеране.", ["2017-09-20"]),
    ("Накануне вечером министр прибыл в Тегеран.", ["2017-09-20"]),
    ("Накануне прибыл министр обороны.", ["2017-09-20"]),
    ("Накануне Шойгу провел переговоры.", ["2017-09-20"]),
])
def test_on_the_eve_of_an_occasion_is_no_day(sentence, expected):
    mentions = dates.find_mentions(sentence, dt.date(2017, 9, 21), language="ru")
    assert [m.value for m in mentions if m.rule == "day-word"] == expected


AGREED = ("Госдума 20 сентября ратифицировала соглашение между Россией и Ираном о военном "
          "сотрудничестве.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the corresponding document": the one the event before told, so its sides
    ("Соответствующий документ был внесен в Госдуму правительством России в августе 2017 года.",
     ["2017-08"]),
    # near-miss: a document of one side that points back to nothing
    ("Новый документ был внесен в Госдуму правительством России в августе 2017 года.", []),
])
def test_the_corresponding_thing_points_back(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{AGREED}\n\n{sentence}")
    assert [c.date for c in result.candidates] == ["2017-09-20", *expected], result.explain


@pytest.mark.parametrize(("sentence", "expected"), [
    # what a thing is or becomes, in a year: the period of a state, no act
    ("Данные учения являются финальным этапом совместной подготовки военных двух стран в "
     "2017 году.", []),
    ("Они станут завершающим этапом совместной подготовки вооруженных сил России и Ирана в "
     "этом году.", []),
    # near-misses: an act in that year; a state dated by a day
    ("Учения России и Ирана начались в 2017 году.", ["2017"]),
    ("Учения России и Ирана являются ответом на маневры, начатые 12 сентября.", ["2017-09-12"]),
])
def test_a_state_in_a_year_is_no_event(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{LEAD}\n\n{sentence}")
    assert [c.date for c in result.candidates] == ["2017-09-20", *expected], result.explain


# a page of old wire copy, hard-wrapped at about 70 characters with no blank line between
WRAPPED = ("Россия купит у Ирана беспилотники\n"
           "Министерство обороны России и представители иранской корпорации\n"
           "заключили контракт на поставку с 2018 года партии беспилотников\n"
           "«Мохаджер». Об этом в четверг сообщила газета со ссылкой на\n"
           "источник в оборонно-промышленном комплексе.\n")


def test_hard_wrapped_cyrillic_lines_are_one_paragraph(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-09-21\nlanguage: ru\n---\n{WRAPPED}", encoding="utf-8")
    article = read_article(path)
    story = [article.text[b.start:b.end] for b in article.story_blocks()]
    assert len(story) == 1 and story[0].startswith("Министерство обороны России"), story
    result = analyse_article(article, CONFIG)
    # the contract, dated by the report's weekday in the next sentence
    assert [c.date for c in result.candidates] == ["2017-09-21"], result.explain


def test_a_stack_of_cyrillic_headline_lines_stays_lines(tmp_path):
    # near-miss: a headline over a subheading of nearly its width ends no sentence
    text = ("Шойгу посетил место проведения совместных учений с Ираном\n"
            "Министр прибыл на полигон в полевой форме одежды\n\n"
            "Министр обороны России Сергей Шойгу 20 сентября посетил полигон, где проходят "
            "учения России и Ирана.\n")
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: 2017-09-21\nlanguage: ru\n---\n{text}", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Шойгу посетил место проведения совместных учений с Ираном"
    story = [article.text[b.start:b.end] for b in article.story_blocks()]
    assert all("\n" not in s for s in story), story


SUBHEAD = ("Министр обороны России отметил, что Россия и Иран регулярно проводят заседания "
           "совместной межправительственной комиссии по военно-техническому сотрудничеству")
DATELINED = ("ТЕГЕРАН, 20 сентября. /ТАСС/. Россия и Иран могут расширить совместную подготовку "
             "военных на регулярной основе. Об этом заявил министр обороны России Сергей Шойгу {at} "
             "с министром обороны Ирана в Тегеране.")


@pytest.mark.parametrize(("at", "expected"), [
    # the modal lead is no act; the meeting it was said at is the day's news
    ("на встрече", ["2017-09-20"]),
    ("в ходе переговоров", ["2017-09-20"]),
    # near-miss: said with someone, at no occasion of a kind of act
    ("в беседе", []),
])
def test_the_occasion_of_a_modal_lead_is_the_days_news(tmp_path, at, expected):
    story = f"{SUBHEAD}\n\nРедакция сайта ТАСС\n\n{DATELINED.format(at=at)}"
    result = _candidates(tmp_path, story, published="2017-09-20")
    assert [c.date for c in result.candidates] == expected, result.explain
    assert all("встрече" in c.sources[0].quote or "переговоров" in c.sources[0].quote
               for c in result.candidates)


def test_the_occasion_without_a_dateline_and_after_a_lead_event(tmp_path):
    quoted = ("«Считаем важным расширить подготовку военных России и Ирана», — сказал Шойгу "
              "в Тегеране в ходе встречи с министром обороны Ирана.")
    modal = "Россия и Иран могут расширить военное сотрудничество. Об этом заявил Шойгу."
    result = _candidates(tmp_path, f"{modal}\n\n{quoted}", published="2017-09-20")
    assert [c.date for c in result.candidates] == ["2017-09-20"], result.explain
    # near-miss: a lead that told an act is the story's event; the statement adds none
    done = "Россия и Иран подписали соглашение о военном сотрудничестве. Об этом заявил Шойгу."
    result = _candidates(tmp_path, f"{done}\n\n{quoted}", published="2017-09-20")
    assert len(result.candidates) == 1 and "подписали" in result.candidates[0].title


BEGUN = "Сегодня начались совместные учения России и Ирана «Морской пояс»."


@pytest.mark.parametrize(("sentence", "expected"), [
    # the span of the exercise begun today, with the places of that one exercise
    ("Учения пройдут с 21 по 25 сентября в акватории Каспийского и Аравийского морей.",
     [("2017-09-21", "2017-09-25")]),
    ("Учения пройдут с 21 сентября до 25 сентября в Каспийском море.",
     [("2017-09-21", "2017-09-25")]),
    # near-misses: a span from another day is another exercise; a past one is no span to come
    ("Учения пройдут с 23 по 25 сентября в Каспийском море.",
     [("2017-09-21", None), ("2017-09-23", "2017-09-25")]),
])
def test_an_exercise_told_again_with_its_span_is_one_event(tmp_path, sentence, expected):
    result = _candidates(tmp_path, f"{BEGUN}\n\n{sentence}")
    assert [(c.date, c.end_date) for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("story", "expected"), [
    # an opening that tells what was said first, its reporting verb after: the day's statement
    ("Россия благодарна Ирану за помощь в разминировании территорий, заявил пресс-секретарь "
     "президента Дмитрий Песков.", ["2017-09-20"]),
    ("«Мы очень благодарны иранским друзьям за помощь», — сказал журналистам пресс-секретарь "
     "президента России Дмитрий Песков.", ["2017-09-20"]),
    # a plan said so is the day's statement too (round ru29: an act foretold as an intent)
    ("Россия поставит Ирану новые зенитные комплексы, заявил пресс-секретарь президента "
     "Дмитрий Песков.", ["2017-09-20"]),
    # near-misses: what someone used to say, what may be, what is not told as a plan
    ("Россия благодарна Ирану за помощь в разминировании территорий, не раз заявлял "
     "пресс-секретарь президента Дмитрий Песков.", []),
    ("Иран может стать покупателем российских зенитных комплексов, сообщил источник.", []),
    ("Россия поможет Ирану модернизировать флот, заявил министр обороны Сергей Шойгу.", []),
])
def test_an_opening_told_before_its_reporting_verb_is_the_days_statement(tmp_path, story,
                                                                         expected):
    result = _candidates(tmp_path, story, headline="Кремль оценил помощь Ирана",
                         published="2017-09-20")
    assert [c.date for c in result.candidates] == expected, result.explain


@pytest.mark.parametrize(("lead", "expected"), [
    # a visit during an exercise: a later day of the exercise does not tell the visit again
    ("Министр обороны России Сергей Шойгу посетил полигон в Астраханской области во время "
     "учений России и Ирана.", ["2017-09-21", "2017-09-18"]),
    # near-miss: a lead that tells the exercise itself, dated by the later sentence
    ("Россия и Иран провели совместные учения на полигоне в Астраханской области.",
     ["2017-09-18"]),
])
def test_an_occasion_of_the_lead_is_not_its_act(tmp_path, lead, expected):
    result = _candidates(tmp_path, f"{lead}\n\nСовместные учения России и Ирана стартовали 18 "
                                   "сентября.", headline="Шойгу на учениях")
    assert [c.date for c in result.candidates] == expected, result.explain
