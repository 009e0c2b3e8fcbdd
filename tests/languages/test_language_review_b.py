"""Fixes from independent review B of Russian and Persian agency copy, tested on invented
articles about the default topic (Russia–Iran)."""
from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _events(tmp_path, text: str, published: str, code: str) -> list[tuple[str, str | None]]:
    """(date, end_date) of each event of an invented article, in date order."""
    path = tmp_path / "a.txt"
    path.write_text(f"---\npublished: {published}\nlanguage: {code}\n---\n{text}\n",
                    encoding="utf-8")
    result = analyse_article(read_article(path), CONFIG)
    return sorted((e.date, e.end_date) for e in result.candidates)


@pytest.mark.parametrize(("code", "text", "expected"), [
    # the year a plan or a document is for is not the day it was signed
    ("ru", "ТЕГЕРАН, 8 декабря. /ТАСС/. Министр обороны России прибыл в Тегеран в воскресенье. "
           "Стороны также подписали план военного сотрудничества России и Ирана на 2025 год.",
     [("2024-12-08", None), ("2024-12-08", None)]),
    ("ru", "ТЕГЕРАН, 8 декабря. /ТАСС/. Министры обороны России и Ирана подписали план "
           "военного сотрудничества на 2025-2027 годы.", [("2024-12-08", None)]),
    ("fa", "تهران- ایرنا- وزیران دفاع ایران و روسیه سند همکاری‌های نظامی برای سال‌های ۲۰۲۵ تا ۲۰۲۷ "
           "را امضا کردند.", [("2024-12-08", None)]),
    # near-misses: a year after another preposition dates the act; a plan to come keeps its year
    ("ru", "Россия и Иран подписали план военного сотрудничества в 2023 году.", [("2023", None)]),
])
def test_the_year_a_plan_is_for_does_not_date_its_signing(tmp_path, code, text, expected):
    assert _events(tmp_path, text, "2024-12-08", code) == expected


@pytest.mark.parametrize(("code", "text", "expected"), [
    # "the exercise will last until ...", right after its start was told: the start's end date
    ("ru", "ТЕГЕРАН, 12 сентября. /ТАСС/. Военнослужащие России и Ирана начали совместные "
           "учения. Учения продлятся до 16 сентября.", [("2024-09-12", "2024-09-16")]),
    ("ru", "ТЕГЕРАН, 12 сентября. /ТАСС/. Военнослужащие России и Ирана начали совместные "
           "учения.\n\nЭти учения продлятся до 16 сентября.", [("2024-09-12", "2024-09-16")]),
    ("fa", "تهران- ایرنا- نیروهای ایران و روسیه امروز رزمایش مشترکی را آغاز کردند. "
           "این رزمایش تا ۱۶ سپتامبر ادامه خواهد داشت.", [("2024-09-12", "2024-09-16")]),
])
def test_until_when_an_act_lasts_is_its_end_date(tmp_path, code, text, expected):
    assert _events(tmp_path, text, "2024-09-12", code) == expected


LEAD = "ТЕГЕРАН, 3 марта. /ТАСС/. Россия и Иран подписали контракт на поставку Су-35, сообщил источник."


@pytest.mark.parametrize(("after", "expected"), [
    # a confirmation of the act just told is its evidence: no event, and not the act's day
    ("В «Рособоронэкспорте» вчера подтвердили факт подписания контракта.", [("2021-03-03", None)]),
    ("В Минобороны Ирана вчера подтвердили эту информацию.", [("2021-03-03", None)]),
    # a clause telling how long something took gets no day from the clause before it
    ("Соглашение о сотрудничестве Россия и Иран заключили еще в 2019 году, однако переговоры "
     "о цене затянулись почти на два года.", [("2019", None), ("2021-03-03", None)]),
])
def test_a_confirmation_or_a_length_is_no_event(tmp_path, after, expected):
    assert _events(tmp_path, f"{LEAD}\n\n{after}", "2021-03-03", "ru") == expected


PRESENT_LEAD = ("ТЕГЕРАН, 12 сентября. /ТАСС/. Военнослужащие России и Ирана приступают к "
                "совместной проверке войск, сообщило министерство обороны республики.")


@pytest.mark.parametrize("between", ["", "\n\nВ проверке задействованы около 4 тысяч военнослужащих."])
def test_a_lead_in_the_present_is_the_days_news_not_the_day_before(tmp_path, between):
    # the act goes on on the day of writing: the day before tells another act, and neither
    # dates the lead nor restates it
    after = ("Накануне в Тегеран прибыл заместитель министра обороны России Александр Фомин, "
             "который провел переговоры с министром обороны Ирана.")
    assert _events(tmp_path, f"{PRESENT_LEAD}{between}\n\n{after}", "2024-09-12", "ru") == [
        ("2024-09-11", None), ("2024-09-12", None)]


@pytest.mark.parametrize(("lead", "expected"), [
    # a wire lead that tells its act in the simple present, as a headline does: the day's news
    ("Russia and Iran start joint naval exercises in the Caspian Sea.", [("2024-09-12", None)]),
    ("Russia signs a contract to deliver Su-35 fighters to Iran.", [("2024-09-12", None)]),
    # near-misses: a noun, a plan and a schedule are no act of the day
    ("The start of joint naval exercises of Russia and Iran is expected soon.", []),
    ("Russia and Iran plan to start joint naval exercises in the Caspian Sea.", []),
])
def test_an_english_lead_in_the_simple_present_is_the_days_news(tmp_path, lead, expected):
    text = f"TEHRAN, Sept 12, 2024 (Reuters) - {lead}"
    assert _events(tmp_path, text, "2024-09-12", "en") == expected


@pytest.mark.parametrize(("second", "expected"), [
    # a side clause telling when the thing named will be does not date the act told before it
    ("Стороны обсудили подготовку к учениям, которые пройдут в сентябре следующего года.",
     [("2024-09-12", None)]),
    # near-miss: the announcement of an exercise to come is that exercise's news
    ("Минобороны России объявило об учениях с Ираном, которые пройдут в сентябре следующего года.",
     [("2024-09-12", None), ("2025-09", None)]),
])
def test_a_future_side_clause_does_not_date_the_main_act(tmp_path, second, expected):
    text = ("ТЕГЕРАН, 12 сентября. /ТАСС/. В Тегеран прибыл заместитель министра обороны России "
            f"Александр Фомин.\n\n{second}")
    assert _events(tmp_path, text, "2024-09-12", "ru") == expected


@pytest.mark.parametrize("between", ["", "\n\nВ проверке задействованы около 4 тысяч военнослужащих."])
def test_a_sentence_opening_on_the_day_before_is_background_not_the_lead(tmp_path, between):
    # a past lead too: "Накануне ..." opens an act of its own time, neither the lead's day nor
    # the lead told again (their shared words are the sides and the ministry's)
    lead = PRESENT_LEAD.replace("приступают", "приступили")
    after = ("Накануне в Тегеран прибыл заместитель министра обороны России Александр Фомин, "
             "который провел переговоры с министром обороны Ирана.")
    assert _events(tmp_path, f"{lead}{between}\n\n{after}", "2024-09-12", "ru") == [
        ("2024-09-11", None), ("2024-09-12", None)]


@pytest.mark.parametrize("lead", [
    # the present form is no main verb of the day's act: a noun before a preposition, a
    # standing state with a share or a span for object, a habit
    "Russian missile launches against Kharkiv depend on Iranian drones, a Ukrainian official said.",
    "Iran receives half of its combat helicopters from Russia, according to a new study.",
    "Naval exchanges between Russia and Iran complete a decade of slow growth, analysts say.",
    "Russia and Iran hold joint naval drills in the Caspian Sea every autumn.",
    "Russia and Iran stage air defence drills annually near the border.",
])
def test_an_english_present_that_is_no_act_of_the_day_gives_no_event(tmp_path, lead):
    text = f"TEHRAN, Sept 12, 2024 (Reuters) - {lead}"
    assert _events(tmp_path, text, "2024-09-12", "en") == []


def test_a_habit_in_another_clause_leaves_the_present_act_the_days_news(tmp_path):
    lead = ("Russia and Iran begin naval manoeuvres near Bushehr, a drill the two navies "
            "stage every autumn.")
    text = f"TEHRAN, Sept 12, 2024 (Reuters) - {lead}"
    assert _events(tmp_path, text, "2024-09-12", "en") == [("2024-09-12", None)]
