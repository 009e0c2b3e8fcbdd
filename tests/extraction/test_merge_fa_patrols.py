"""A joint patrol or a manoeuvre is an exercise in Persian too («گشت‌زنی مشترک», «مانور»), as
"патрулирование" is in Russian: two Persian reports of one day's drill, one calling it a
manoeuvre and the other a joint patrol, share their kind and are one event (``fa.KINDS``)."""

from __future__ import annotations

from functools import partial

from one_article import CONFIG, merged_sources, story

_fa = partial(story, language="fa")


# Invented reports of one Tuesday, 11 March 2025.
MANOEUVRE = _fa("2025-03-12", "تهران- ایرنا- ناوگروه ایران و روسیه روز سه‌شنبه مانور ضد "
                "زیردریایی برگزار کرد.")
PATROL = _fa("2025-03-12", "مسکو- تسنیم- کشتی‌های جنگی روسیه و ایران روز سه‌شنبه گشت‌زنی "
             "مشترک انجام دادند.")


def test_a_manoeuvre_and_a_joint_patrol_of_one_day(tmp_path):
    assert merged_sources(tmp_path, [MANOEUVRE, PATROL], CONFIG) == [["r0", "r1"]]
