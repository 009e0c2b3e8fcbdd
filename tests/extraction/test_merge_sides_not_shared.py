"""Two Persian (or Russian) reports telling two kinds of act, none in common, are one event
only when they share a quarter of their words; the words naming their sides (the leaders,
the countries: ``entities.side_words``) are no such words, as people's names are none in
English (issue 11 item 7): a month's signing during a visit and the day's talks of the same
two presidents are two acts.  Invented articles."""

from __future__ import annotations

from one_article import merged_sources

FA = "---\npublished: 2024-03-20\nlanguage: fa\n---\nعنوان خبر\n\n"
SIGNED = FA + ("رئیس‌جمهور ایران ماه مارس در سفری به روسیه، پیمان همکاری را با پوتین امضا "
               "کرد.\n")
TALKS = FA + ("پوتین روز سه‌شنبه پس از ورود رئیس‌جمهور ایران به روسیه با او دیدار کرد.\n")


def test_a_signing_and_talks_sharing_only_their_sides_stay_apart(tmp_path):
    assert merged_sources(tmp_path, {"signed.md": SIGNED, "talks.md": TALKS}) == [["signed"], ["talks"]]
