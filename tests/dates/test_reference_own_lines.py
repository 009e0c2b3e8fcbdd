"""The page's own date line in the forms the English pages of sites abroad print it, and a
headline that carries its date, invented in the style of agency and site pages (helper en28)."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

_STORY = ("The navy signed a contract with the shipyard for two patrol vessels, the defence "
          "ministry said in a statement on Friday, adding that the first would follow soon.")


@pytest.mark.parametrize(("top", "expected"), [
    ("Published by Ana Ruiz 21 de abril, 2025", "2025-04-21"),          # Spanish, byline first
    ("Coastal radars for the navy\n\n9 Gennaio 2026", "2026-01-09"),   # Italian, under the title
    ("måndag 25 augusti 2025\n\nUpdated 14.55 | Published 12.32", "2025-08-25"),  # Swedish
    ("Le 8 mars 2024", "2024-03-08"),                                  # French
    ("Diterbitkan 3 Maret 2023 | 10:15 WIB", "2023-03-03"),            # Indonesian, clock after
    ("Veröffentlicht am 14. Oktober 2022", "2022-10-14"),              # German, dotted day
])
def test_a_date_line_in_the_sites_own_language_dates_an_english_page(top, expected):
    assert find_reference(f"{top}\n\n{_STORY}", period=(2010, 2026)).iso == expected


def test_a_foreign_date_inside_the_storys_prose_is_no_publication_line():
    text = ("Navy orders patrol vessels\n\nThe navy ordered two patrol vessels from the "
            "yard that built the training ship launched on 12 de octubre 2019 for the academy, "
            "officials told reporters on Friday in the capital.")
    assert find_reference(text, period=(2010, 2026)).iso != "2019-10-12"


_LEAD = ("The navy is in advanced talks with the maker for the purchase of around twelve "
         "trainer jets, a newspaper reports, and a delegation will visit the yard this week.")


@pytest.mark.parametrize(("headline", "expected"), [
    ("Navy in advanced talks to buy twelve trainer jets - 5/27/2023", "2023-05-27"),
    ("Navy in advanced talks to buy twelve trainer jets | 2023-05-27 10:40", "2023-05-27"),
])
def test_the_pages_headline_with_its_date_after_a_dash_dates_the_page(headline, expected):
    assert find_reference(f"{headline}\n\n{_LEAD}", period=(2010, 2026)).iso == expected


def test_headlines_each_ending_with_a_date_are_a_list_of_stories_not_the_pages_date():
    text = ("Navy commissions new corvette - 3/22/2024\nArmy receives new howitzers - "
            f"3/20/2024\n\n{_LEAD}")
    assert find_reference(text, period=(2010, 2026)).iso is None


def test_a_copyright_notice_closing_a_wire_paragraph_does_not_hide_its_dateline():
    """The story's one long paragraph opens with the agency's dateline and ends with the
    wire's END mark and copyright: it is the story, not a photo caption to skip."""
    text = ("Defence chief plans trip to Washington\n\nTokyo, Jan. 9 (Agency)–Japan's defence "
            "minister said Friday he will visit the United States from Monday through Jan. 18, "
            "planning to meet his American counterpart in Washington on Thursday local time, "
            "and will stop in Hawaii before a speech at a forum of defence officials in 2026. "
            "END [Copyright The Example Press, Ltd.]\n\nDon't Miss\n\nOther story of the day")
    ref = find_reference(text, period=(2010, 2026))
    assert (ref.iso, ref.source) == ("2026-01-09", "dateline")


def test_a_short_credited_caption_opening_with_a_place_and_date_stays_a_caption():
    text = ("Navy drills end\n\nNORFOLK, Va. (Sept. 22, 2020) Sailors man the rails as the "
            "destroyer departs. © 2020 Example Photo Agency\n\nThe destroyer left for a "
            "deployment, the navy said on Tuesday, without giving its date of return.")
    assert find_reference(text, period=(2010, 2026)).iso != "2020-09-22"


def test_a_long_file_photo_caption_with_a_photographers_credit_stays_a_caption():
    """A caption opening with a place and a date, naming itself a file photo and closing
    with a credit '© Agency / Name' (no wire END mark) does not date the page."""
    text = ("Talks in the capital\n\nMOSCOW, July 9, 2019 (Agency) - The two leaders shake "
            "hands before their talks at the residence outside the capital, where they "
            "discussed trade, energy and the joint building of frigates for the navy, as "
            "ministers of both countries looked on from the hall during the ceremony. "
            "File photo. © Agency / J. Doe\n\nNEW DELHI, March 4 (Agency) - The two "
            "countries held talks on Monday on the supply of spare parts, officials said.")
    assert find_reference(text, period=(2010, 2026)).iso != "2019-07-09"
