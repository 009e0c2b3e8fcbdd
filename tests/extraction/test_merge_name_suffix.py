"""A generation mark after a surname ("Jr.", "Sr", "III") is no surname: "Ali Karimi Jr."
and "Ali Karimi" are one person, so two outlets' reports of one announcement, one writing the
mark and one not, name the same two people and merge (``sameness.name_words``,
``en.NAME_SUFFIXES``)."""

from one_article import merged_sources, story

from chronology.extraction.sameness import name_words


def test_the_mark_is_dropped():
    assert name_words("Ali Karimi Jr.") == ("ali", "karimi")
    assert name_words("Ali Karimi, Jr") == ("ali", "karimi")
    assert name_words("Pavel Orlov III") == ("pavel", "orlov")
    assert name_words("Karimi Jr") == ("karimi",)
    assert name_words("Ali Karimi") == ("ali", "karimi")


def test_one_announcement_told_with_and_without_the_mark(tmp_path):
    first = story("2031-04-05", "Russian Defence Minister Pavel Orlov announced a joint naval "
                                "task force alongside Iranian Defence Minister Ali Karimi Jr. "
                                "on the sidelines of a security forum in Kazan on Friday.")
    second = story("2031-04-05", "A new naval task force was announced on Friday by Defence "
                                 "Minister Pavel Orlov and Iranian Defence Minister Ali Karimi "
                                 "on the sidelines of a security forum in Kazan.")
    assert ["r0", "r1"] in merged_sources(tmp_path, [first, second])
