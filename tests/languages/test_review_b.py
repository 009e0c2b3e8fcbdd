"""Fixes from an independent review of Russian and Persian agency copy (review B), tested on
invented lines, with near misses that must stay as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronology import dates
from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _analyse(tmp_path, text, name="a"):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


def _story(language, *paragraphs, published="2024-12-08", headline="عنوان خبر"):
    head = f"---\npublished: {published}\nlanguage: {language}\n---\n" if published else (
        f"---\nlanguage: {language}\n---\n")
    return head + "\n\n".join([headline, *paragraphs]) + "\n"


# --- Persian: the date of "گفت که ..." is the saying's, whatever tense was said -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("سخنگو روز پنجشنبه گفت که ایران به روسیه پهپاد خواهد فروخت.", [("پنجشنبه", "2024-12-05")]),
    ("او ۱۵ آذر اعلام کرد که ایران به روسیه پهپاد خواهد فروخت.", [("۱۵ آذر", "2024-12-05")]),
    # near misses: a date inside what was said, or in a clause of its own, is the future's
    ("سخنگو گفت که ایران روز پنجشنبه به روسیه پهپاد خواهد فروخت.", [("پنجشنبه", "2024-12-12")]),
    ("ایران روز پنجشنبه به روسیه پهپاد خواهد فروخت.", [("پنجشنبه", "2024-12-12")]),
    ("هیئتی که روز پنجشنبه به مسکو خواهد رفت گفت که آماده است.", [("پنجشنبه", "2024-12-12")]),
])
def test_the_date_of_a_saying_is_not_moved_by_the_future_said(text, expected):
    found = dates.find_mentions(text, dt.date(2024, 12, 8), language="fa")
    assert [(m.text, m.value) for m in found] == expected


# --- Persian: a place and an agency in brackets, with the day or not, is a dateline --------

@pytest.mark.parametrize("line", [
    "کابل (پژواک، ۲۵ سرطان ۱۴۰۲): ",
    "کابل (پژواک، ۲۵ سرطان ۱۴۰۲) - ",
    "هرات (طلوع‌نیوز) - ",
])
def test_a_bracketed_agency_after_the_place_is_a_dateline(tmp_path, line):
    story = _story("fa", line + "هیئتی از وزارت دفاع ایران روز شنبه به مسکو سفر کرد.",
                   published="2023-07-16")
    result = _analyse(tmp_path, story)
    assert [(c.date, c.title) for c in result.candidates] == [
        ("2023-07-15", "هیئتی از وزارت دفاع ایران به مسکو سفر کرد")], result.explain


def test_a_bracket_in_a_sentence_is_no_dateline():
    from chronology.languages import language
    fa = language("fa")
    assert not fa.dateline.match("ناتو (پیمان آتلانتیک شمالی) روز شنبه رزمایشی برگزار کرد.")
