"""A kind's word a few words after a word of absence ("без", "بدون": ``WITHOUT`` in
``ru.py``, ``fa.py``) is not reached: talks that ended "without reaching any agreement" are
no agreement, and the report is not kept apart, as one of another kind, from the other
outlet's report of the talks.  Invented reports in the agencies' style."""

from __future__ import annotations

from one_article import CONFIG, story

from chronology.articles import read_article
from chronology.extraction import analyse_article


def _events(tmp_path, body: str, language: str):
    path = tmp_path / "a.md"
    path.write_text(story("2024-05-14", body, language), encoding="utf-8")
    return analyse_article(read_article(path), CONFIG).candidates


def test_persian_talks_without_agreement(tmp_path):
    events = _events(tmp_path, (
        "عنوان\n\nمذاکرات هیأت‌های نظامی ایران و روسیه در تهران روز دوشنبه بدون دستیابی به "
        "هیچ توافقی به پایان رسید."), "fa")
    assert events and all("agreement" not in e.tags for e in events)


def test_persian_talks_with_agreement(tmp_path):
    events = _events(tmp_path, (
        "عنوان\n\nمذاکرات هیأت‌های نظامی ایران و روسیه در تهران روز دوشنبه با امضای یک "
        "توافق همکاری نظامی به پایان رسید."), "fa")
    assert any("agreement" in e.tags for e in events)


def test_russian_talks_without_agreement(tmp_path):
    events = _events(tmp_path, (
        "Заголовок\n\nПереговоры военных делегаций России и Ирана в Тегеране завершились в "
        "понедельник без подписания соглашения."), "ru")
    assert events and all("agreement" not in e.tags for e in events)
