"""Persian rules of the fourth round on real Persian sources (issue 11): each from an error of
the real dev articles fa046–fa070, tested on invented sentences, with near misses that must
stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.articles import read_article
from chronology.config import load_config
from chronology.extraction import analyse_article

CONFIG = load_config(Path(__file__).resolve().parents[2] / "content/site.yaml")  # Russia–Iran


def _analyse(tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse_article(read_article(path), CONFIG)


def _story(*paragraphs, published="2025-10-11"):
    head = f"---\npublished: {published}\nlanguage: fa\n---\n" if published else (
        "---\nlanguage: fa\n---\n")
    return head + "\n\n".join(["عنوان خبر", *paragraphs]) + "\n"


# --- a report in the news present whose object is an act tells the act of the day ---------

@pytest.mark.parametrize(("story", "dated"), [
    # "sources report the occurrence of clashes ...": the day's news, as "... خبر داد" is
    ("منابع محلی از وقوع درگیری‌های سنگین میان نیروهای ایران و روسیه در مرز خبر می‌دهند.", True),
    ("منابع محلی از وقوع درگیری‌های سنگین میان نیروهای ایران و روسیه در مرز خبر میدهند.", True),
    ("رسانه‌های روسی از آغاز رزمایش مشترک ایران و روسیه در دریای خزر خبر می‌دهند.", True),
    # near misses: the object is no act ("readiness"), or a view in the present
    ("رسانه‌های روسی از آمادگی ایران برای خرید سامانه روسی خبر می‌دهند.", False),
    ("مقامات ایرانی می‌گویند همکاری نظامی با روسیه گسترش می‌یابد.", False),
])
def test_a_report_in_the_present_of_an_act_is_the_days_news(tmp_path, story, dated):
    result = _analyse(tmp_path, "present-report", _story(story))
    assert [c.date for c in result.candidates] == (["2025-10-11"] if dated else []), \
        result.explain
    if dated:
        assert result.candidates[0].sources[0].rule == "dateline-lead"


def test_the_past_report_of_an_act_is_still_one():
    # the table keeps its past forms
    from chronology.languages import language
    fa = language("fa")
    assert fa.reported_act.search("ایران از آغاز رزمایش با روسیه خبر داد")
    assert fa.reported_act.search("ایران از آغاز رزمایش با روسیه خبر داده است")
    assert not fa.reported_act.search("ایران از آغاز رزمایش با روسیه خبرنگاران را مطلع کرد")
