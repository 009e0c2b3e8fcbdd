"""The article's own date from the top of an English page, in the forms wires, national
papers, agency English services and regional sites print it (every line invented for this
test): agency datelines with and without their year, publication lines with their parts in
any order (clock times and zones before or after the date, labels, bylines, reading times),
"Updated" against "Published", numeric dates read in the site's order, the page's chrome
(the site's clock over the headline, lists of other stories with their dates, photo
captions) and pages whose text names no year at all.  A wrong date is worse than none: where
the page does not say its own day, the case expects None."""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2010, 2026)
HEAD = "Navies hold joint drill\n\n"
LEAD = ("The two navies began a joint drill near the strait, the defence ministry said in a "
        "statement, adding that warships and aircraft would take part.\n\n"
        "Officials said the exercise would last five days.")

CASES = [
    # agency datelines
    ("HANOI, March 3 (Agency) - " + LEAD + "\n\nReporting by Ann Lee; Editing by Tom Roe",
     None),
    ("By Ann Lee\n\nHANOI, March 3, 2024 (Agency) - " + LEAD, "2024-03-03"),
    ("MOSCOW, July 9, 2023. /NNA/. " + LEAD, "2023-07-09"),
    ("ANKARA, Turkey (AP) — " + LEAD, None),
    ("Seoul, Nov. 12 (NNA) -- " + LEAD + "\n\n(END)\n\n2025/11/12 15:01 KST", "2025-11-12"),
    ("Beijing, 2024-05-21 (NNA) -- " + LEAD, "2024-05-21"),  # the year first: one reading
    ("ISLAMABAD, Jan 5 (NNA): " + LEAD + "\n\nPublished: Jan 5, 2022", "2022-01-05"),
    ("RAWALPINDI, (News Agency - 11th Apr, 2025) : " + LEAD, "2025-04-11"),
    # publication lines: label, date, clock and zone in any order
    (HEAD + "Published: 14:35 GMT, 21 October 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "21 October 2024, 14:35 GMT | Updated: 22 October 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Updated: Oct 22, 2024 09:10 IST | Published: Oct 21, 2024 18:02 IST\n\n" + LEAD,
     "2024-10-21"),
    (HEAD + "Last modified: 22 October 2024 08:00\nFirst published: 21 October 2024 17:45\n\n"
     + LEAD, "2024-10-21"),
    (HEAD + "First published on Mon 21 Oct 2024 17.45 BST\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Posted on October 21, 2024 at 5:45 pm\n\n" + LEAD, "2024-10-21"),
    (HEAD + "October 21, 2024 5:45 PM EDT\n\n" + LEAD, "2024-10-21"),
    (HEAD + "5:45 PM EDT, Mon October 21, 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Monday 21 October 2024 - 17:45\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Oct 21, 2024, 05:45 PM IST\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Published: 24 Feb 2026 23:34:PM\n\n" + LEAD, "2026-02-24"),
    (HEAD + "World 09:47 AM - 2025-12-10\n\n" + LEAD, "2025-12-10"),
    (HEAD + "2024-10-21 17:45:03\n\n" + LEAD, "2024-10-21"),
    (HEAD + "21st October 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Defence | 21 October 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "NEWS WIRE · 21 Oct 2024 · 3 min read\n\n" + LEAD, "2024-10-21"),
    # bylines with their dates
    (HEAD + "By Jane Roe | Oct 21, 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Jane Roe, Staff Writer\nOctober 21, 2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "By Jane Roe, Defence Correspondent\n21 October 2024 • 5:45pm\n\n" + LEAD,
     "2024-10-21"),
    (HEAD + "TN June 16, 2023 0\n\n" + LEAD, "2023-06-16"),
    # "Updated" alone dates the page; "Published" beats it wherever it stands
    (HEAD + "Updated October 22, 2024 9:10 am ET\n\n" + LEAD, "2024-10-22"),
    (HEAD + "Last Updated: 22nd October, 2024 09:10 IST\n\n" + LEAD, "2024-10-22"),
    (HEAD + "Published: 21 Oct 2024, 5:45 pm\nUpdated: 22 Oct 2024, 9:10 am\n\n" + LEAD,
     "2024-10-21"),
    # numeric dates, in the site's order
    (HEAD + "Published 21.10.2024, 17:45\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Published: 10/21/2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Published: 21/10/2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Date: 21/10/2024 | Time: 17:45\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Published On: 21-10-2024\n\n" + LEAD, "2024-10-21"),
    (HEAD + "Published: 03.04.2024\n\nSEOUL, April 3 - " + LEAD, "2024-04-03"),
    (HEAD + "Published: 04/03/2024\n\nWASHINGTON, April 3 - " + LEAD, "2024-04-03"),
    (HEAD + "Posted 04/03/2024 | Updated 04/15/2024\n\n" + LEAD, "2024-04-03"),
    # the page's chrome: its clock, other stories' dates, captions
    ("Wednesday, December 3, 2025\n\n" + HEAD + "Published: June 5, 2024\n\n" + LEAD,
     "2024-06-05"),
    (HEAD + "June 5, 2024\n\n" + LEAD + "\n\nRelated\nArmy chief visits base\nMay 30, 2024\n"
     "New frigate launched\nMay 28, 2024", "2024-06-05"),
    (HEAD + "File photo taken on May 2, 2019 shows a frigate. (NNA/Li Wei)\n\nJune 5, 2024\n\n"
     + LEAD, "2024-06-05"),
    (HEAD + "A frigate during a drill on May 2, 2019. Photo: Navy\n\n" + LEAD, None),
    (HEAD + "The drill, first held in 2019, will run from June 10 to June 15, the ministry "
     "said.\n\n" + LEAD, None),
    ("Trending: Army chief visits base | New frigate launched June 1, 2024\n\n" + HEAD + LEAD,
     None),
    (HEAD + LEAD + "\n\nMore from Defence\nArmy chief visits base - May 30, 2024\n"
     "New frigate launched - May 28, 2024", None),
    # no year anywhere: no date
    (HEAD + "TOKYO — " + LEAD, None),
    (HEAD + "Updated 14.55 | Published 12.32\n\n" + LEAD, None),
    (HEAD + "2 hours ago\n\n" + LEAD, None),
    ("NEW DELHI: " + LEAD + "\n\nIndia signed the first deal in 2018.", None),
    ("WARSAW (Agency) - Poland on Tuesday signed the deal. In August 2023 the U.S. approved "
     "the sale.\n\n" + LEAD, None),
    # a yearless dateline: the year of the page's own line, never a side fact's
    (HEAD + "Published: 21 Oct 2024\n\nMANILA, Oct 21 (NNA) -- " + LEAD, "2024-10-21"),
    (HEAD + "MANILA, Oct 21 (NNA) -- " + LEAD + "\n\nThey have held the drill every year "
     "since 2014.", None),
]


DAY = "2024-10-21"
MORE = [
    (HEAD + "Published - Oct 21, 2024 | 05:45 PM\n\n" + LEAD, DAY),
    (HEAD + "Oct 21 2024 5:45PM\n\n" + LEAD, DAY),
    (HEAD + "21 Oct, 2024\n\n" + LEAD, DAY),
    (HEAD + "Posted: Monday, October 21st, 2024 @ 5:45 pm\n\n" + LEAD, DAY),
    (HEAD + "By Jane Roe - October 21, 2024\n\n" + LEAD, DAY),
    (HEAD + "Jane Roe | Published 21 October 2024 | Updated 22 October 2024\n\n" + LEAD, DAY),
    (HEAD + "Last Updated on October 22, 2024 by Admin\n\n" + LEAD, "2024-10-22"),
    (HEAD + "OCTOBER 21, 2024 / 5:45 PM / UPDATED 2 HOURS AGO\n\n" + LEAD, DAY),
    (HEAD + "Mon, Oct 21, 2024, 5:45 PM\n\n" + LEAD, DAY),
    (HEAD + "21 Oct 2024 17:45 (Updated 22 Oct 2024 09:10)\n\n" + LEAD, DAY),
    (HEAD + "Published Oct. 21, 2024, 5:45 p.m. ET\n\n" + LEAD, DAY),
    (HEAD + "Published: 10.21.24 , 11:05\n\n" + LEAD, DAY),
    (HEAD + "Dhaka, Published at 04:01 PM October 21, 2024\n\n" + LEAD, DAY),
    (HEAD + "Friday, 21 October 2024 | 17:45 | Defence\n\n" + LEAD, DAY),
    ("NEW YORK, Oct. 21, 2024 /NNA/ -- " + LEAD, DAY),
    ("ABUJA, Nigeria, October 21, 2024 (NNA) – " + LEAD, DAY),
    (HEAD + "Kathmandu, Oct 21 — " + LEAD + "\n\nPublished at : October 21, 2024", DAY),
    (HEAD + "Oct 21, 2024 | 11:05 AM IST | Source: NNA\n\n" + LEAD, DAY),
    (HEAD + "Reporter: Jane Roe | Editor: Tom Roe | 21-10-2024 17:45\n\n" + LEAD, DAY),
    (HEAD + "Story by Jane Roe • 10/21/24\n\n" + LEAD, DAY),
    (HEAD + "Published: October 21, 2024 at 5:45 p.m. | Updated: October 22, 2024 at 9:10 a.m.\n\n" + LEAD, DAY),
    (HEAD + "Written by Jane Roe on 21 October 2024.\n\n" + LEAD, DAY),
    (HEAD + "Posted by Admin on Oct 21, 2024 in Defence\n\n" + LEAD, DAY),
    ("Home > News > Defence\n21/10/2024\n\n" + HEAD + LEAD, DAY),
    (HEAD + "Monday, October 21, 2024 - 17:45 GMT+3\n\n" + LEAD, DAY),
    (HEAD + "21 October 2024 12:05 PM (GMT +06:00)\n\n" + LEAD, DAY),
    (HEAD + "Updated: 22/10/2024 09:10\nPublished: 21/10/2024 17:45\n\n" + LEAD, DAY),
    (HEAD + "Published 17:45, 21 Oct 2024 | Last updated 09:10, 22 Oct 2024\n\n" + LEAD, DAY),
    (HEAD + "Jane Roe\n21 Oct 2024\nUpdated 22 Oct 2024\n\n" + LEAD, DAY),
    (HEAD + "Tuesday, October 22, 2024\n\nPublished 21 October 2024\n\n" + LEAD, DAY),
    (HEAD + "By Jane Roe\nPublished 1 day ago on October 21, 2024\n\n" + LEAD, DAY),
    ("Latest News\nArmy chief visits base  Oct 20, 2024\nNew frigate launched  Oct 19, 2024\n\n" + HEAD + "October 21, 2024\n\n" + LEAD, DAY),
    (HEAD + "Photo: Navy handout, Oct 18, 2024\n\nPublished: October 21, 2024\n\n" + LEAD, DAY),
    (HEAD + "SEOUL, Oct. 21 (NNA) -- " + LEAD + "\n\n(END)", None),
    (HEAD + "Photo taken on Oct 18, 2024 shows a frigate.\n\nSEOUL, Oct. 21 (NNA) -- " + LEAD, "2024-10-21"),
    (HEAD + "So far in 2024, the two navies held three drills.\n\nSEOUL, Oct. 21 (NNA) -- " + LEAD, "2024-10-21"),
    (HEAD + "(NNA) – MOSCOW, Oct 21 – " + LEAD + "\n\nPublished: 2024", None),
    ("Oct 21 (NNA) — " + LEAD, None),
    (HEAD + "21.10.2024 17:45\n\n" + LEAD, DAY),
    (HEAD + "By NNA | 21 Oct 2024 | 3 min read\n\n" + LEAD, DAY),
    (HEAD + "2024/10/21 17:45\n\n" + LEAD, DAY),
    (HEAD + "21 Sept 2024\n\n" + LEAD, "2024-09-21"),
    (HEAD + "Sept. 21, 2024 5:45 p.m.\n\n" + LEAD, "2024-09-21"),
    (HEAD + "Published: Oct 21\nUpdated: Oct 22, 2024\n\n" + LEAD, DAY),
    (HEAD + "Monday 21 October 2024\nLast update: Tuesday 22 October 2024\n\n" + LEAD, DAY),
    (HEAD + "21 Oct 2024 - 17:45 | Updated: 2 hours ago\n\n" + LEAD, DAY),
    (HEAD + "Published: 21 Oct 2024 (10 months ago)\n\n" + LEAD, DAY),
    (HEAD + "October 21, 2024 | Jane Roe | Defence, Asia | 4 Comments\n\n" + LEAD, DAY),
    (HEAD + "By Jane Roe and Tom Roe, NNA\nOct. 21, 2024\n\n" + LEAD, DAY),
    (HEAD + "Jane Roe\nSenior Defence Correspondent\nPublished October 21, 2024 • 5 min read\n\n" + LEAD, DAY),
    (HEAD + "First Published: October 21, 2024 | 5:45 PM EDT\n\n" + LEAD, DAY),
    (HEAD + "Updated 9:10 AM EDT, Tue October 22, 2024\n\n" + LEAD, "2024-10-22"),
    (HEAD + "21/10/2024 - 17:45\n\n" + LEAD, DAY),
    (HEAD + "Date: Monday, 21 October, 2024\n\n" + LEAD, DAY),
    (HEAD + "Oct 21, 2024\nBy Jane Roe\n\n" + LEAD + "\n\nYou may also like\nArmy chief visits base\nOct 22, 2024", DAY),
    ("Breaking: Army chief visits base (Oct 24, 2024)\n\n" + HEAD + "Oct 21, 2024\n\n" + LEAD, DAY),
    (HEAD + "LONDON, Oct 21 (NNA) - " + LEAD + "\n\nOctober 21, 2024 5:45 PM GMT+1 Updated 2 hours ago", DAY),
    (HEAD + "Published: October 21, 2024 5:45 pm\n\nThe drill follows one held on Sept. 3, 2024, officials said.\n\n" + LEAD, DAY),
    (HEAD + "NNA | Updated: Oct 22, 2024 09:10 IST\n\nNEW DELHI: " + LEAD, "2024-10-22"),
    (HEAD + "NNA | Updated: Oct 22, 2024 09:10 IST\n\nNEW DELHI, Oct 21: " + LEAD, DAY),
    (HEAD + "Edited By: Jane Roe | Updated: Oct 22, 2024, 09:10 IST\n\n" + LEAD, "2024-10-22"),
    (HEAD + "Last Updated : 22 Oct 2024 | 09:10 AM IST\nFirst Published : 21 Oct 2024 | 05:45 PM IST\n\n" + LEAD, DAY),
    # titles, breadcrumbs, share buttons and bylines around the date
    ("Home » Defence » Navies hold joint drill\nBy Jane Roe on October 21, 2024 | 0 Comments\n\n" + LEAD, DAY),
    (HEAD + "Posted on 21 Oct 2024 by NNA in Asia, Defence\n\n" + LEAD, DAY),
    (HEAD + "Oct 21, 2024 · Jane Roe\n\n" + LEAD, DAY),
    (HEAD + "2024-10-21T17:45:00+03:00\n\n" + LEAD, DAY),
    (HEAD + "Monday, 21 Oct 2024 | Updated: 1 hour ago\n\n" + LEAD, DAY),
    (HEAD + "21 October 2024 — Jane Roe\n\n" + LEAD, DAY),
    (HEAD + "Published by Jane Roe 21 October, 2024\n\n" + LEAD, DAY),
    (HEAD + "Share\nTweet\nOct 21, 2024\n\n" + LEAD, DAY),
    ("ISLAMABAD: (Monday, October 21, 2024) " + LEAD, DAY),
    # an update label before a bracketed date is no dateline's place: the dateline below it
    (HEAD + "UPDATED: (Wednesday, October 23, 2024)\n\nKARACHI, Oct 21 (NNA) - " + LEAD, DAY),
    (HEAD + "21 Oct 2024 | Jane Roe | NNA | Share this article\n\n" + LEAD, DAY),
    (HEAD + "By Jane Roe\nOct 21, 2024 Updated Oct 22, 2024\n\n" + LEAD, DAY),
    (HEAD + "October 21, 2024 in Defence, World\nReading Time: 2 mins read\n\n" + LEAD, DAY),
    (HEAD + "Written by NNA | 21 October 2024 | Category: Asia\n\n" + LEAD, DAY),
    (HEAD + "By NNA | Published: Monday, October 21, 2024, 17:45 [IST]\n\n" + LEAD, DAY),
    (HEAD + "Oct. 21, 2024 at 5:45 p.m. EDT\n\n" + LEAD, DAY),
    (HEAD + "Published: 10/03/2024\n\nThe two navies began a joint drill on Thursday, October 3, the defence ministry said in a statement on Thursday, adding that warships would take part.", "2024-10-03"),
    ("Navies hold joint drill\nOctober 21, 2024\nNavies hold joint drill\n\n" + LEAD, DAY),
    (HEAD + "Jane Roe\n|\nOctober 21, 2024\n|\n2 min read\n\n" + LEAD, DAY),
    (HEAD + "Staff Report\nPublished October 21, 2024\nLast updated October 22, 2024\n\n" + LEAD, DAY),
    (HEAD + "Local News\nUpdated: October 22, 2024 at 9:10 am\nPosted: October 21, 2024 at 5:45 pm\n\n" + LEAD, DAY),
    ("Tuesday, December 2, 2025 | 19:05\n\n" + HEAD + "By Jane Roe | October 21, 2024\n\n" + LEAD, DAY),
    ("DECEMBER 02, 2025\n\nLatest\nArmy chief visits base\n\n" + HEAD + "October 21, 2024 | 05:45 PM\n\n" + LEAD, DAY),
    ("Navies hold joint drill\n\nNNA | October 21, 2024, Monday\n\n" + LEAD, DAY),
    (HEAD + "Posted: 21st Oct 2024 05:45 PM\n\n" + LEAD, DAY),
    (HEAD + "Monday, October 21, 2024 — 5:45 PM\n\nHANOI, Oct 21 (NNA) – " + LEAD, DAY),
    (HEAD + "21 October, 2024 | 17:45 | Hanoi\n\n" + LEAD, DAY),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_page_tops(text, expected):
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == expected, ref.reasons


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_page_top(text, expected):
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == expected, ref.reasons


# A year told only as the start of a span running to the writer's present ("since 2014")
# puts the story after it, not soon after it: with nothing else to go on, a yearless
# dateline stays undated rather than take the year after it.
@pytest.mark.parametrize(("text", "expected"), [
    ("New Delhi [India], November 24 (NNI): India has started the supply of rocket launchers "
     "to a partner. It has exported such systems three times since 2014.\n\n" + LEAD, None),
    ("SEOUL, May 2 (NNI) -- The two armies opened their annual drill, held ever since the end "
     "of 2016, the ministry said.\n\n" + LEAD, None),
    # a weekday told beside it fits many later years: still no evidence which one
    ("TEHRAN, March 5 (NNI) - A frigate docked at the port on Tuesday, the first such visit "
     "since 2008, officials said.\n\n" + LEAD, None),
    ("BEIJING, Nov 12 (NNI) - China and Laos on Tuesday signed a border patrol accord, the "
     "first such pact since 2016, officials said.\n\n" + LEAD, None),
    # a year of the news itself still dates it
    ("New Delhi, March 31 (NNI) — The maiden edition of the Harbour Exercise 2022 was "
     "conducted off Goa by the two navies, the ministry said in a statement today.\n\n" + LEAD,
     "2022-03-31"),
    ("KARACHI, Aug 1 (NNI): The third corvette was launched in Istanbul in November 2022, and "
     "the fourth was floated out today at the yard, officials said.\n\n" + LEAD, "2023-08-01"),
    # a year named besides its "since" is named as news too
    ("SEOUL, May 2 (NNI) -- The drill, held since 2016, opened in 2016's format; the Friendship "
     "2016 drill was the two armies' first, officials said.\n\n" + LEAD, "2016-05-02"),
])
def test_since_year_is_no_recent_year(text, expected):
    ref = find_reference(text, period=PERIOD)
    assert ref.iso == expected, ref.reasons


def test_since_year_with_one_year_site_period():
    # the site's period leaving one year still dates the dateline
    text = ("BEIJING, Nov 12 (NNI) - China and Laos on Tuesday signed a border patrol accord, "
            "the first such pact since 2016, officials said.\n\n" + LEAD)
    assert find_reference(text, period=(2019, 2019)).iso == "2019-11-12"
