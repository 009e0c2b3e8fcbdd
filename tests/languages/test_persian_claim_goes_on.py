"""A claim is a way of saying: an undated «وی همچنین مدعی شد ...» right after a dated
statement is the same speaker going on, no act of its own (fa.SPEECH_VERBS; invented
sentences, the default Russia–Iran topic)."""

from __future__ import annotations

from . import persian_story


def test_the_speaker_claiming_more_is_no_new_event(tmp_path):
    text = persian_story.story(
        "وزیر دفاع روسیه روز پنجشنبه در مسکو اعلام کرد که ایران و روسیه توافقنامه همکاری "
        "نظامی را امضا کرده‌اند. وی همچنین مدعی شد این توافق علیه هیچ کشوری نیست.",
        published="2024-11-29")
    result = persian_story.analyse(tmp_path, "claim", text)
    assert [e.date for e in result.candidates] == ["2024-11-28"]


def test_a_claim_with_a_date_of_its_own_is_still_told(tmp_path):
    # near miss: the claim names its own day, as any statement would
    text = persian_story.story(
        "وزیر دفاع روسیه روز پنجشنبه در مسکو اعلام کرد که ایران و روسیه توافقنامه همکاری "
        "نظامی را امضا کرده‌اند. ارتش ایران روز جمعه مدعی شد که روسیه جنگنده‌های سوخو را "
        "به ایران تحویل داده است.",
        published="2024-11-30")
    result = persian_story.analyse(tmp_path, "claim2", text)
    assert [e.date for e in result.candidates] == ["2024-11-28", "2024-11-29"]
