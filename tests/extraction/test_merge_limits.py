"""Merges an independent review found wrong after the merge round, each fixed (invented
reports): a shared organisation or agency is no shared event when the places or the systems
differ, two systems never meet through a general report, a variant designation is the same
system in either script, a delivery and a meeting about the same jets stay two events."""

from __future__ import annotations

import pytest
from one_article import merged_sources


def _doc(published: str, body: str, language: str = "") -> str:
    lang = f"language: {language}\n" if language else ""
    return f"---\npublished: {published}\n{lang}---\n{body}\n"


CASES = {
    "the IRGC in two exercises of one day, in two seas": ([
        _doc("2021-01-15", "The IRGC ground forces began a large missile exercise in the "
             "Caspian Sea on Friday, weeks after talks with Russian generals on air defence, "
             "Tasnim said."),
        _doc("2021-01-15", "Russian corvettes joined IRGC naval units for a joint search and "
             "rescue exercise in the Persian Gulf on Friday, Iranian media said.")], 2),
    "one exporter, two systems": ([
        _doc("2023-11-20", "Iran took delivery of a batch of Mi-28 attack helicopters from "
             "Russia on Monday, according to a statement by Rosoboronexport."),
        _doc("2023-11-20", "Russia handed over the first Su-35 fighter jets to the Iranian air "
             "force on Monday, Rosoboronexport announced.")], 2),
    "two systems and a general report": ([
        _doc("2021-04-06", "Russia delivered S-300 air defence systems to Iran on Monday, the "
             "Iranian army said."),
        _doc("2021-04-06", "Russia delivered S-400 air defence systems to Iran on Monday, the "
             "Iranian army said."),
        _doc("2021-04-06", "Russia delivered air defence systems to Iran on Monday, the Iranian "
             "army said.")], 2),
    "Су-35С and Su-35": ([
        _doc("2023-09-12", "Russia handed over the first Su-35 fighter jets to Iran on Tuesday, "
             "a source in the Iranian air force said."),
        _doc("2023-09-12", "Россия передала Ирану первые истребители Су-35С во вторник, "
             "сообщил источник в Минобороны.", "ru")], 1),
    "a delivery and a meeting praising the same jets the next day": ([
        _doc("2023-09-14", "Iranian air force commander Hamid Vahedi met Russian defence "
             "officials in Tehran on Wednesday and praised the Yak-130 trainers Iran had received "
             "from Russia."),
        _doc("2023-09-13", "Новая партия учебно-боевых самолетов Як-130 прибыла в Иран во "
             "вторник, сообщили иранские СМИ.", "ru")], 2),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_merges_the_review_found(tmp_path, case):
    texts, events = CASES[case]
    groups = merged_sources(tmp_path, texts)
    assert len(groups) == events, groups
