"""Two deliveries of different weapon classes (fighter jets, assault rifles; a Su-30 and an
Mi-17) on one day are two acts, in every language and across two; two designations of one
class may still be one delivery (issues 9 and 11)."""

from __future__ import annotations

import pytest
from one_article import merged_sources, story

from chronology.extraction.weapons import classes, other_arms


def _en(agency: str, goods: str, verb: str = "delivered a batch of") -> str:
    # Invented: an English wire of a Russian arms delivery to Iran.
    return story("2019-03-05", f"MOSCOW ({agency}) - Russia {verb} {goods} to Iran on "
                 "Tuesday, the defence ministry said.")


def _ru(agency: str, goods: str) -> str:
    # Invented: a Russian wire of the same kind.
    return story("2019-03-05", f"МОСКВА, 5 марта. /{agency}/. Россия передала Ирану партию "
                 f"{goods} во вторник, сообщили в Минобороны.", "ru")


def _fa(agency: str, goods: str) -> str:
    # Invented: a Persian agency report of the same kind.
    return story("2019-03-05", f"تهران- {agency}- روسیه روز سه‌شنبه {goods} به ایران تحویل داد.",
                 "fa")


@pytest.mark.parametrize(("texts", "together"), [
    ((_en("Example Wire", "fighter jets"), _en("Example News", "assault rifles")), False),
    ((_en("Example Wire", "Su-30 fighters"), _en("Example News", "Mi-17 helicopters")), False),
    ((_en("Example Wire", "Su-30 fighters"), _en("Example News", "Su-30 jets")), True),
    ((_ru("ТАСС", "истребителей"), _ru("РИА Новости", "автоматов")), False),
    ((_ru("ТАСС", "истребителей Су-30"), _ru("РИА Новости", "истребителей Су-30")), True),
    ((_en("Example Wire", "fighter jets"), _ru("РИА Новости", "автоматов")), False),
    ((_fa("ایرنا", "جنگنده‌های سوخو ۳۰"), _fa("ایسنا", "بالگردهای میل ۱۷")), False),
])
def test_deliveries_of_two_weapon_classes_are_two_acts(tmp_path, texts, together):
    sources = merged_sources(tmp_path, list(texts))
    assert sources == ([["r0", "r1"]] if together else [["r0"], ["r1"]])


@pytest.mark.parametrize(("text", "language", "found"), [
    ("a batch of fighter jets and MiG-29s", "en", {"jet"}),
    ("Mi-17 helicopters and AK-103 assault rifles", "en", {"helicopter", "small arms"}),
    ("a think tank in Washington said", "en", set()),
    ("партию автоматов и вертолетов Ми-8", "ru", {"small arms", "helicopter"}),
    ("автоматический режим", "ru", set()),
    ("جنگنده‌های سوخو-۳۵", "fa", {"jet"}),
])
def test_weapon_classes_of_nouns_and_designations(text, language, found):
    assert classes(text, language) == found


def test_same_class_or_no_delivery_decides_nothing():
    # Two fighters of other designations may be one delivery told two ways; and a report
    # that delivers nothing (a contract, talks) is not parted from one by its goods.
    assert not other_arms("Su-30 fighters", "en", True, "MiG-29 jets", "en", True)
    assert not other_arms("fighter jets", "en", False, "assault rifles", "en", False)
    assert not other_arms("fighter jets", "en", True, "assault rifles", "en", False)
    assert other_arms("fighter jets", "en", True, "автоматы", "ru", True)


@pytest.mark.parametrize("goods", [
    ("a helicopter carrier", "the new warship"),
    ("Pantsir anti-drone systems", "Pantsir air defence systems"),
    ("the first Su-35 fighters", "the first batch of aircraft armed with air-to-air missiles"),
    ("Kornet anti-tank missiles", "Kornet systems, to be mounted on battle tanks,"),
])
def test_one_delivery_told_two_ways_is_one_act(tmp_path, goods):
    # Only the head of the goods names their class: what they are against, what they carry
    # or are armed with, names none (issues 9 and 11, review).
    texts = [_en("Example Wire", goods[0], "delivered"), _en("Example News", goods[1], "delivered")]
    assert merged_sources(tmp_path, texts) == [["r0", "r1"]]


@pytest.mark.parametrize(("text", "found"), [
    ("Russia delivered a drone carrier to Iran", {"ship"}),
    ("Russia delivered jet fuel to Iran", set()),
    ("Russia delivered anti-submarine helicopters to Iran", {"helicopter"}),
    ("Russia delivered radars to track drones", set()),
])
def test_only_the_head_of_the_goods_names_a_class(text, found):
    assert classes(text, "en") == found


@pytest.mark.parametrize(("text", "language"), [
    ("Россия передала Ирану партию самолетов, оснащенных ракетами", "ru"),
    ("روسیه سامانه‌های ضد پهپاد به ایران تحویل داد", "fa"),
])
def test_arms_and_targets_of_the_goods_name_no_class(text, language):
    assert classes(text, language) == frozenset()


def test_a_shared_designation_is_one_delivery():
    # A rocket launcher on a truck told as missiles and as armoured vehicles: one BM-30.
    assert not other_arms("Russia delivered BM-30 missile launchers", "en", True,
                          "Russia delivered BM-30 armoured vehicles", "en", True)
