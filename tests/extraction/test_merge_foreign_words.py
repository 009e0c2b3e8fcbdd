"""Two Russian (or two Persian) reports of one day that share most of their distinctive words,
weighed by rarity as in English, are one event whatever kind of act each is tagged with; the
day's words (weekday, "сообщил", the sides) are no such words (issue 9 item 8, issue 11 item 7).
Invented articles in the agencies' styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article, merge_results
from chronology.extraction.crosslang import _distinct_words, distinctive_words_shared
from chronology.extraction.sameness import _other_first_names, name_words

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content" / "site.yaml")
RU = "---\npublished: 2024-03-14\nlanguage: ru\n---\n"
FA = "---\npublished: 2024-03-14\nlanguage: fa\n---\n"
RU_TESTED = (RU + "ТЕГЕРАН, 14 марта. /ТАСС/. Иранские инженеры в четверг испытали на полигоне "
             "Гармсар беспилотник «Мохаджер» с российской навигационной аппаратурой «Комета», "
             "сообщило Минобороны России.\n")
RU_TRIED = (RU + "ТЕГЕРАН, 14 марта - РИА Новости. Иран опробовал «Мохаджер» с системой «Комета» "
            "в четверг под Гармсаром, передает агентство со ссылкой на источник в военном "
            "ведомстве Москвы.\n")
# the same range and day, the same sides, and another act: the day's words join nothing
RU_SHELLS = (RU + "ТЕГЕРАН, 14 марта - РИА Новости. Иранские зенитчики провели в четверг под "
             "Гармсаром стрельбы из гаубиц, полученных от России, передает агентство со ссылкой "
             "на источник.\n")
FA_TESTED = (FA + "تهران- ایرنا- مهندسان ایرانی روز پنجشنبه پهپاد مهاجر را با سامانه ناوبری روسی "
             "کومتا در میدان گرمسار آزمایش کردند.\n")
FA_FLOWN = (FA + "به گزارش خبرگزاری مهر، مهاجر با تجهیزات کومتا ساخت روسیه امروز در گرمسار "
            "پرواز کرد و نیروهای مسلح ایران از نتیجه آن خبر دادند.\n")


def _results(tmp_path, texts: dict[str, str]) -> list:
    results = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse_article(read_article(path), CONFIG))
    return results


def _grouped(tmp_path, texts: dict[str, str]) -> list[list[str]]:
    merged = merge_results(_results(tmp_path, texts), CONFIG)
    return sorted(sorted(s.article for s in e.sources) for e in merged)


@pytest.mark.parametrize(("first", "second", "together"), [
    (RU_TESTED, RU_TRIED, True),  # "Гармсар", "Мохаджер", "Комета": one test, told twice
    (RU_TESTED, RU_SHELLS, False),  # one rare word, the day and the sides: two acts
    (FA_TESTED, FA_FLOWN, True),  # "گرمسار", "مهاجر", "کومتا"
])
def test_one_days_reports_sharing_rare_words_are_one_event(tmp_path, first, second, together):
    grouped = _grouped(tmp_path, {"a1.md": first, "a2.md": second})
    assert grouped == ([["a1", "a2"]] if together else [["a1"], ["a2"]])


def test_the_days_words_are_not_distinctive(tmp_path):
    """The weekday, "сообщил" and the sides weigh nothing: without them the reports share
    one rare word ("Гармсар") and fall short."""
    first, second = (r.found[0] for r in _results(tmp_path, {"a1.md": RU_TESTED,
                                                             "a2.md": RU_SHELLS}))
    assert not distinctive_words_shared(first, second)


@pytest.mark.parametrize(("name", "words"), [
    ("Sébastien Lecornu", ("sebastien", "lecornu")),
    ("Recep Tayyip Erdoğan", ("recep", "tayyip", "erdogan")),
    ("Kim Jong-un", ("kim", "jong", "un")),
])
def test_a_name_is_compared_without_its_accents(name, words):
    assert name_words(name) == words


def test_one_name_with_and_without_accents_is_one_person():
    assert not _other_first_names("Sebastien Lecornu", "Sébastien Lecornu")
    assert _other_first_names("Ali Larijani", "Sadegh Larijani")


@pytest.mark.parametrize(("text", "words"), [
    # a short word with a capital is a name or an abbreviation: it tells the act
    ("Ким Чен Ын прибыл в Вонсан", ("ким", "чен", "ын", "прибыл", "вонсан")),
    ("Силы ПВО провели стрельбы", ("силы", "пво", "провели", "стрельбы")),
    # the day's words are no one act's: the weekday, the reporting verb, the sides
    ("В четверг Минобороны России сообщило", ("минобороны",)),
])
def test_the_words_compared_are_names_and_content_words(text, words):
    assert _distinct_words(text, "ru") == words
