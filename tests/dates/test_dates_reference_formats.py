"""How outlets print their own date, in English, Russian and Persian: a battery of invented
lines (no text copied from any page), each with the reference date it must give, or None
where the top of the article names no date of its own (a relative stamp, a caption, an
event's date, a teaser or a copyright year is never the article's date).

Every line below is written for this test in a format seen on real news pages: wires,
national papers, agency services, regional sites and aggregators.
"""

from __future__ import annotations

import pytest

from chronology.dates import find_reference

PERIOD = (2015, 2026)
BODY = ("The two navies held a joint exercise in the northern waters, the ministry said, "
        "adding that several ships and aircraft took part in the drills.")
RU_BODY = ("Военные двух стран провели совместные учения в северных водах, сообщили в "
           "министерстве обороны. В учениях приняли участие несколько кораблей.")
FA_BODY = ("نیروی دریایی دو کشور رزمایش مشترکی در آب‌های شمالی برگزار کردند و چند ناو و "
           "هواپیما در این رزمایش شرکت داشتند.")

_LATEST = ("Latest\nArmy chief visits the border posts\nMay 3, 2021\nAir force buys new jets\n"
           "May 2, 2021\n\n")

# (top of the article, expected reference date or None)
ENGLISH = [
    # publication lines: every clock, zone, weekday, ordinal and numeric order
    ("Navy drills end\n\nPublished: 0233 GMT September 22, 2020", "2020-09-22"),
    ("Navy drills end\n\nPublished: 12.27.19 , 11:05", "2019-12-27"),
    ("Navy drills end\n\nPosted on 2019/12/27 at 9:15 am", "2019-12-27"),
    ("Navy drills end\n\n27-12-2019 | 14:20", "2019-12-27"),
    ("Navy drills end\n\nUpdated on 27-12-2019 14:20 IST", "2019-12-27"),
    ("Navy drills end\n\nFirst published on: December 27, 2019, 14:05 IST", "2019-12-27"),
    ("Navy drills end\n\nLast Modified: Fri, Dec 27 2019. 09:14 PM IST", "2019-12-27"),
    ("Navy drills end\n\nBy Jane Roe, Staff Writer | Published Dec 27, 2019 5:30 p.m. ET",
     "2019-12-27"),
    ("Navy drills end\nBy Jane Roe\nMay 15th, 2025, 10:26 PM", "2025-05-15"),
    ("Navy drills end\n\nFriday, 15th May, 2025", "2025-05-15"),
    ("Navy drills end\n\n15th May 2025 | 10:26 IST", "2025-05-15"),
    ("Navy drills end\n\nDec 27, 2019 | Updated 11:05 EST", "2019-12-27"),
    ("Navy drills end\n\n2019-12-27 09:14:00", "2019-12-27"),
    ("Navy drills end\n\nFriday 27 December 2019 09.14 GMT", "2019-12-27"),
    ("Navy drills end\n\nFri 27 Dec 2019 09.14 GMT Last modified on Sat 28 Dec 2019 11.20 GMT",
     "2019-12-27"),
    ("Navy drills end\n\nMonday, 03 February 2020 01:45 Written by Jane Roe", "2020-02-03"),
    ("Navy drills end\nJanuary 27, 2016 - 0:0", "2016-01-27"),
    ("Navy drills end\n(Agency)\nUpdated: 2016-12-26 15:22", "2016-12-26"),
    ("Navy drills end\n\nSept. 22, 2020 / 2:33 AM", "2020-09-22"),
    ("Navy drills end\n\n22 Sep 2020 02:33AM (Updated: 22 Sep 2020 05:10AM)", "2020-09-22"),
    ("Navy drills end\n\nPublished 22 September 2020, 02:33 UTC+3", "2020-09-22"),
    ("Navy drills end\n\nWednesday, September 23, 2020 - 14:33", "2020-09-23"),
    ("Navy drills end\n\nSep 22, 2020 02:33 PM PT", "2020-09-22"),
    ("Navy drills end\n\n22nd September 2020 02:33 AM", "2020-09-22"),
    ("Navy drills end\n\nDate: 22-Sep-2020", "2020-09-22"),
    ("Navy drills end\n\nPosted: Tue, 09/22/2020 - 02:33", "2020-09-22"),
    ("Navy drills end\n\nSeptember 22, 2020 12:33 pm EDT", "2020-09-22"),
    ("Navy drills end\n\nPublished On: Sep 22 2020 | 02:33 PM", "2020-09-22"),
    ("Navy drills end\n\nLast Updated: 22nd September, 2020 14:33 IST", "2020-09-22"),
    ("Navy drills end\n\nReporter: Jane Roe | Published: Tuesday, September 22, 2020",
     "2020-09-22"),
    ("Navy drills end\n\nTue, Sep 22, 2020, 2:33 PM", "2020-09-22"),
    ("Navy drills end\n\n22/09/2020", "2020-09-22"),
    ("Navy drills end\n\nPublished: 2020-09-22T14:33:00+04:30", "2020-09-22"),
    # an Iranian site's Solar Hijri date in its English pages
    ("Navy drills end\n\nNews ID: 12345 - 1399/07/01", "2020-09-22"),
    ("Navy drills end\n\nPublished: 1402-05-12", "2023-08-03"),
    # a publication line beats an update line, on one line or on two
    ("Navy drills end\n\nUpdated: September 24, 2020\nPublished: September 22, 2020",
     "2020-09-22"),
    ("Navy drills end\n\nUpdated Sep 24, 2020 | First published Sep 22, 2020", "2020-09-22"),
    ("Navy drills end\nBy Jane Roe | 2021/3/5 16:00:13", "2021-03-05"),
    ("Navy drills end\n\n(Source: Example News Agency; published Oct 24, 2018)\n\nBy Jane Roe",
     "2018-10-24"),
    ("Navy drills end\nPublish Date: Sep 22 2020 2:33PM", "2020-09-22"),
    ("Navy drills end\nJANE ROE | 22 SEPTEMBER 2020", "2020-09-22"),
    ("Navy drills end\nTue 22 Sep 2020 // 14:33 UTC", "2020-09-22"),
    ("Navy drills end\nLast updated on: September 22, 2020 14:33 IST | New Delhi", "2020-09-22"),
    ("Navy drills end\nJane Roe, Example Desk - Sep 22, 2020 - 2:33pm", "2020-09-22"),
    ("Navy drills end\n9/22/2020 2:33:00 PM", "2020-09-22"),
    ("Navy drills end\nIssued on: 22/09/2020 - 14:33\nModified: 23/09/2020 - 10:00", "2020-09-22"),
    ("Navy drills end\nWritten: 2023-06-07 14:48:41Updated: 2023-06-07 15:11:56", "2023-06-07"),
    ("Navy drills end\nPublished: 04 Jun. 2025, 14:39 Updated: 04 Jun. 2025, 15:09", "2025-06-04"),
    ("Navy drills end\nDecember 5, 2023 by Jane Roe Leave a Comment", "2023-12-05"),
    ("Navy drills end\nWorld News Edited by Jane Roe Updated: May 15, 2025 22:26 IST",
     "2025-05-15"),
    ("Navy drills end\nPosted Thu 15 May 2025 at 10:26pm, updated Fri 16 May 2025 at 9:00am",
     "2025-05-15"),
    ("Navy drills end\n22:26 GMT 15.05.2025 (Updated: 09:00 GMT 16.05.2025)", "2025-05-15"),
    ("Navy drills end\nMay, 15, 2025 - 22:26", "2025-05-15"),
    ("Navy drills end\nPublished on 15/05/2025 - 22:26 GMT+2•Updated 16/05/2025 - 09:00",
     "2025-05-15"),
    ("Navy drills end\nUpdated 16 May 2025\nJANE ROE\nMay 15, 2025 22:26", "2025-05-15"),
    ("Navy drills end\nPosted On Thursday, 15 May 2025 10:26", "2025-05-15"),
    ("Navy drills end\nSource: Agency| 2023-12-05 10:00:00|Editor: Jane Roe", "2023-12-05"),
    ("Navy drills end\nDECEMBER 05, 2023 / 10:00 PM / 3 YEARS AGO", "2023-12-05"),
    # a publication date beats the update date printed after it on the same line
    ("Navy drills end\nEdited time: 11 Jul, 2021 19:00 Published time: 9 Jul, 2021 15:59",
     "2021-07-09"),
    ("Navy drills end\nRevised: 11 July 2021\nPublished: 9 July 2021", "2021-07-09"),
    ("Navy drills end\n\n9 July 2021 | Last updated: 11 July 2021", "2021-07-09"),
    ("Navy drills end\nPosted: July 9, 2021 at 6:10 AM CDT - Updated: July 11, 2021", "2021-07-09"),
    # a desk's byline and a reading time beside the date
    ("Navy drills end\nby The Example Herald news desk July 9, 2021 6:10 AM 2 min read",
     "2021-07-09"),
    # an aggregator's summary glued to its labelled date and clock
    ("Navy drills end\nPublished July 9, 2021 9:15pm The two navies held a joint exercise in "
     "the northern waters, the ministry said.", "2021-07-09"),
    # a label on a line of its own, its date on the next line
    ("Navy drills end\nDesk Report\nUpdated at:\n9 Jul 2021 10:15 AM (IST)", "2021-07-09"),
    ("Navy drills end\nPublished:\n9 July 2021\nLast Updated:\n11 July 2021", "2021-07-09"),
    ("Navy drills end\nPublish Date : 9 July 2021 18:40 PM", "2021-07-09"),
    # the site's last update over the page, the story's date in its byline under the standfirst
    ("Last Update 10:05\nMonday, 2 March 2026\n\nNavy drills end\n\nShips, training and "
     "spare parts were on the agenda of two days of talks that both sides called useful and "
     "said would go on\n\nJohn Doe , Friday 9 Jul 2021", "2021-07-09"),
    # elements a saved page's text glued together
    ("Navy drills end\nPublished On 9 Jul 20219 Jul 2021", "2021-07-09"),
    ("Navy drills end\nJOHN DOE, Staff correspondentJuly 9, 2021 18:40 JST", "2021-07-09"),
    ("11:20 GMT +39 July 2021\nNavy drills end", "2021-07-09"),
    ("Navy drills end\n21:05 GMT +0309.07.2021", "2021-07-09"),
    ("Navy drills end\nMay 15, 20251:05 PM GMT+3Updated 2 hours ago", "2025-05-15"),
    ("Friday 15 May 2025Navy to hold drills", "2025-05-15"),
    ("Navy drills end\n2 min read15 May, 2025", "2025-05-15"),
    ("Navy drills end\nBy Jane Roe, Staff Writer.May 15, 2025", "2025-05-15"),
    # a section label, headline and standfirst glued to the credit line and its date
    ('World Navy drills end; Tehran spoke up The spokesman said the ships made "regular visits'
     '". Source: Example Agency Monday, May 15, 2025 | 13:53 Share',
     "2025-05-15"),
    ("• BEIJING, May 15, 2025 (Agency) -- " + BODY, "2025-05-15"),
    # several bare dates above the story: the page's clock or a feed, then the story's own
    ("Thursday, September 24, 2020\n\nNavy drills end\n\nSeptember 22, 2020", "2020-09-22"),
    ("Latest\nArmy gets new tanks | September 20, 2020\nAir force buys jets | September 21, "
     "2020\n\nNavy drills end\n\nSeptember 22, 2020 | 2:33 PM", "2020-09-22"),
    # the story's own date line, then a list of other stories under its heading
    ("Navy wraps up drills in the northern waters\nSeptember 22, 2020\nMost Read\nArmy gets "
     "its new tanks from the factory\nSeptember 21, 2020\nAir force buys jets from abroad\n"
     "September 20, 2020", "2020-09-22"),
    ("Navy wraps up drills in the northern waters\nBy Jane Roe | Published: September 22, 2020"
     "\nRelated Stories\nArmy gets its new tanks from the factory\nPublished: September 21, "
     "2020", "2020-09-22"),
    # the page's clock, a list under its heading, then the story's own date line
    ("Tuesday, December 1, 2026\nTrending\nArmy gets its new tanks from the factory\nSep 18, "
     "2020\nNavy wraps up drills in the northern waters\nSep 22, 2020", "2020-09-22"),
    # a dateline with its year, then other stories' dates under the lead
    ("BEIJING, Sept. 13, 2016 (Agency) -- " + BODY + "\nMost Read\nArmy chief visits the "
     "border posts\nMay 3, 2021\nAir force buys new jets\nMay 2, 2021", "2016-09-13"),
    ("BEIJING, Sept. 13, 2016 (Agency) -- " + BODY + "\nArmy chief visits the border posts\n"
     "May 3, 2021", "2016-09-13"),
    # the page's clock over the headline, then the story's update line (no publication line)
    ("Monday, 2 March 2026\nFirst jets take off for their new base\n\nUpdated : July 27, 2020 "
     "03:50 PM IST", "2020-07-27"),
    # the page's clock, a standfirst, then a long date line (numbers are no words of prose)
    ("Monday, 2 March 2026\nNavy gets first missiles\n\nThis is the first export order for the "
     "missile, a joint venture between the two countries and their firms\n\nApril 19, 2024 "
     "07:55 pm | Updated April 20, 2024 06:26 am IST - New Delhi", "2024-04-19"),
    # the page's clock, a standfirst and a caption credited "/ Agency" over the date line
    ("Monday, 2 March 2026\nMinisters agree on defence work\nThe minister is in the capital for "
     "a three-day visit, where he will also join a summit of the three countries.\nThe "
     "ministers pose after signing an agreement in the capital on January 13, 2021, with their "
     "aides and the ambassadors of both sides. / AA\nJanuary 13, 2021", "2021-01-13"),
    # a list of other stories under its heading above the headline, then the story's own
    # update line, dateline, or date line under a standfirst
    (_LATEST + "First jets take off for their new base\n\nUpdated : July 27, 2020 03:50 PM IST",
     "2020-07-27"),
    (_LATEST + "BEIJING, Sept. 13, 2016 (Agency) -- " + BODY, "2016-09-13"),
    (_LATEST + "Navy gets first missiles\n\nThis is the first export order for the missile, a "
     "joint venture between the two countries and their firms\n\nApril 19, 2024 07:55 pm",
     "2024-04-19"),
    ("Related\n" + _LATEST[7:] + "Navy drills begin\n09:47, April 22, 2012\n\nQINGDAO, April 22 "
     "(Agency) -- " + BODY, "2012-04-22"),
    # the site's last update over the page, then the story's own update line
    ("Last Update 10:05\nMonday, 2 March 2026\nFirst jets take off for their new base\n\n"
     "Updated : July 27, 2020 03:50 PM IST", "2020-07-27"),
    # a lead opening with its date and place under a standfirst; a date with no place after
    # a paragraph of prose is a timeline's entry
    ("Navy drills end\n\nThe two navies have wrapped up a week of drills in the northern "
     "waters, the ministry said on Thursday\n\nJanuary 6, 2022, Moscow: " + BODY, "2022-01-06"),
    ("Navy drills end\n\nThe two navies have wrapped up a week of drills in the northern "
     "waters, the ministry said on Thursday\n\nJanuary 6, 2022: " + BODY, None),
    # a byline over a dateline
    ("By Jane Roe, Staff Reporter\nDUBAI - 11 July 2017: " + BODY, "2017-07-11"),
    # the page's clock at the end of a line of its chrome, over the story's date lines
    ("Markets | Index 52,000 | Tuesday, December 1, 2026\nNavy gets new frigate\n\nBEIJING, "
     "Sept. 13, 2016 (Agency) -- " + BODY, "2016-09-13"),
    ("E-Paper | Tuesday, December 1, 2026\nNavy gets its first new frigate\n\nThe frigate "
     "is the first of four ships ordered from the yard, and more will follow next year\n\n"
     "Published 11th May 2023, 13:01 BST", "2023-05-11"),
    # labelled teasers above the story, then the story's own labelled line
    ("Trending\nArmy gets new tanks\nPublished: September 18, 2020\nAir force buys jets\n"
     "Published: September 20, 2020\n\nNavy drills end\n\nPublished: September 22, 2020",
     "2020-09-22"),
    # datelines
    ("Ankara [Turkey], September 22, 2020 (Agency): " + BODY, "2020-09-22"),
    ("NEW DELHI (Sept 22, 2020) - " + BODY, "2020-09-22"),
    ("Sep 22, 2020, New Delhi: " + BODY, "2020-09-22"),
    ("ANKARA, 22.09.2020 - " + BODY, "2020-09-22"),
    ("22-9-2020 (YANGON) " + BODY, "2020-09-22"),
    ("IZMIR, 22.09.2020 (Agency) - " + BODY, "2020-09-22"),
    ("Ganja, 22.09.2020 /Agency/ " + BODY, "2020-09-22"),
    # an agency's slashed dateline, its year in two digits or four
    ("Ganja/22.09.20/Agency: " + BODY, "2020-09-22"),
    ("Ganja/22.09.2020/Example News: " + BODY, "2020-09-22"),
    # a saved page glued the date line's clock to the story's first word
    ("Navy drills end\nPOLITICS\n22.09.2020 | 15:38" + BODY, "2020-09-22"),
    # a two-digit year with the month's name
    ("Navy drills end\n22-Sep-20 14:33", "2020-09-22"),
    ("Navy drills end\nSep 22, '20 2:33 PM", "2020-09-22"),
    ("TEHRAN, Sep. 22, 2020 (Agency) – " + BODY, "2020-09-22"),
    ("New Delhi [India], September 22, 2020 (Agency): " + BODY, "2020-09-22"),
    ("Navy drills end\n\n22 September 2020_ " + BODY, "2020-09-22"),
    ("Navy drills end\n\nSeptember 22, 2020 — " + BODY, "2020-09-22"),
    ("ISLAMABAD, Sept 22, 2020 (Agency): " + BODY, "2020-09-22"),
    ("NEW DELHI: Sept 22, 2020 - " + BODY, "2020-09-22"),
    ("BEIJING, Sept. 22, 2020 (Agency) -- " + BODY, "2020-09-22"),
    ("MOSCOW, September 22, 2020. /Agency/. " + BODY, "2020-09-22"),
    # a Hijri date before the Gregorian one; a lead that opens with a weekday, date and clock
    ("Jeddah, Safar 4, 1442 H., Sep 22, 2020, Agency -- " + BODY, "2020-09-22"),
    ("Tuesday, 22 September 2020 - CAIRO: " + BODY, "2020-09-22"),
    ("(FEED- Example News Agency) BAKU, September 22, 2020 - " + BODY, "2020-09-22"),
    ("Sep 22, 2020 10:45 AM - Cairo: " + BODY, "2020-09-22"),
    # a place in capitals, a dash, then the date with its year
    ("DUBAI - 22 September 2020: " + BODY, "2020-09-22"),
    ("LAGOS -- Sep 22, 2020 -- " + BODY, "2020-09-22"),
    # press-release wires
    ("PARIS--(EXAMPLE WIRE)--Sep 22, 2020-- " + BODY, "2020-09-22"),
    ("TEL AVIV, Israel, Sept. 22, 2020 (EXAMPLE NEWSWIRE) -- " + BODY, "2020-09-22"),
    ("ARLINGTON, Va., Sept. 22, 2020 /ExampleWire/ -- " + BODY, "2020-09-22"),
    ("LAGOS (Agency) — Sept. 22, 2020 — " + BODY, "2020-09-22"),
    ("LAGOS, Tuesday 22 September 2020 - " + BODY, "2020-09-22"),
    ("LAGOS—(Sept 22, 2020) " + BODY, "2020-09-22"),
    ("Navy drills end\nTue, 22 Sep 2020 - 07:59 GMT\nDOHA - 22 September 2020: " + BODY,
     "2020-09-22"),
    # a byline before the one label; a byline, desk and place beside a date and its clock
    ("Navy drills end\nEdited By: Jane Roe @jroe New Delhi Published on: September 22, 2020 "
     "14:33 IST", "2020-09-22"),
    ("Navy drills end\nJane Roe, EXN, New Delhi, Sep 22 2020, 14:33 ist | updated: Sep 23 2020, "
     "16:00 ist", "2020-09-22"),
    # a headline that names an event's day beside the word is no date line
    ("Exercise to start as published on December 5, 2023", None),
    # a desk's and an editor's words beside the date, capitalised
    ("Navy drills end\n2020-09-22 09:33:12 Example News Editor : Jane Roe", "2020-09-22"),
    ("Navy drills end\nSource: Example Daily Editor: Jane Roe 2020-09-22 09:33:12",
     "2020-09-22"),
    # a labelled publication line beats a bare date the page prints above the headline
    ("Tuesday, December 1, 2026\n\nNavy drills end\n\nPublished: September 22, 2020",
     "2020-09-22"),
    ("Navy drills end\nTues., Sept. 22, 2020", "2020-09-22"),
    ("Navy drills end\nUpdated 2:33 PM ET, Tue September 22, 2020", "2020-09-22"),
    ("Navy drills end\nSep. 22, 2020 / 02:33 PM IST · 3 min read", "2020-09-22"),
    ("Navy drills end\nTuesday 22 September 2020 14:33, UK", "2020-09-22"),
    ("Navy drills end\nOriginally Published: September 22, 2020 2:33 p.m. ET", "2020-09-22"),
    ("Navy drills end\nJane Roe  •  September 22, 2020  •  Defence", "2020-09-22"),
    ("Navy drills end\nLast updated: 23 September 2020 | Published: 22 September 2020",
     "2020-09-22"),
    ("Navy drills end\n2020-Sep-22", "2020-09-22"),
    ("Navy drills end\n5th of December 2023", "2023-12-05"),
    ("Navy drills end\nPosted By: Jane Roe on 05 Dec 2023 10:00 AM", "2023-12-05"),
    ("Navy drills end\nHome / World / December 5, 2023", "2023-12-05"),
    # at the foot of the article: where and when it was first published
    ("Navy drills end\n\n" + BODY + "\n\nThis article was originally published on Example "
     "Times on September 22, 2020.", "2020-09-22"),
    ("Navy drills end\n\n" + BODY + "\n\n(Source: Example Agency; published Sept 22, 2020)",
     "2020-09-22"),
    ("Navy drills end\n\n" + BODY + "\n\nThis entry was posted on Tuesday, September 22nd, "
     "2020 at 2:33 pm and is filed under Defence.", "2020-09-22"),
    ("Navy drills end\n\n" + BODY + "\n\nPosted on September 22, 2020 by John Doe in Defence",
     "2020-09-22"),
    # dates of other things near the top are never the article's own
    ("Home | World\nToday: Tuesday, December 1, 2026\n\nNavy drills end\n\nNEW DELHI, "
     "Sept 22, 2020 (Agency): " + BODY, "2020-09-22"),
    ("Navy timeline\n\nMarch 3, 2019 — The navy signed a contract for two new frigates with "
     "the shipyard.\nJune 5, 2020 — The first of the two frigates was launched at the yard.",
     None),
    ("Navy drills end\n\n2 hours ago\n\nRelated: Talks held on September 3, 2019", None),
    ("Navy drills end\n\n© 2024 Example Media. All rights reserved.", None),
    ("Today: Tuesday, December 1, 2026\n\nNavy drills end", None),
    ("Navy drills end\n\nThe first K9 guns have arrived pic.example/abc\n"
     "— Ministry of Defence (@ExampleMOD) December 5, 2022", None),
    ("Navy drills end\n\nShips sail in the bay, Friday, Sept. 5, 2025. (AP Photo/Jane Roe)",
     None),
    ("Navy drills end\n\nFILE PHOTO: Ships sail in the bay, September 5, 2025. "
     "REUTERS/Jane Roe/File Photo", None),
    ("Navy drills end\n\nWASHINGTON (AP) — " + BODY, None),
    ("Navy drills end\nPublished 2 hours ago\nBy Jane Roe", None),
    ("Navy drills end\n\n" + BODY + "\n\nComments\nPosted by Reader on September 30, 2020",
     None),
    ("Navy drills end\n\n" + BODY + "\n\n2 Comments\nReader One\nPosted on September 30, 2020",
     None),
    # a headline or teaser that names an event's date is no date line
    ("Exercise to start on December 5, 2023", None),
    ("Pakistan Navy inducts frigate on Dec 5, 2023", None),
    ("Navy holds drills | September 3, 2019", None),
    ("Navy drills end\n3 min read | Sep 22, 2020", "2020-09-22"),
    ("Navy drills end\nBy Jane Roe, special correspondent | Sep 22, 2020", "2020-09-22"),
    ("Navy drills end\nMissiles on parade in the capital, September 22, 2017. /Agency Photo", None),
    ("NORFOLK, Va. (Sept. 22, 2020) Sailors man the rails as the destroyer departs. (U.S. Navy "
     "photo by Jane Roe)", None),
]

RUSSIAN = [
    ("Учения завершились\n\n22 января 2015, 14:05", "2015-01-22"),
    ("Учения завершились\n\nОпубликовано: 22.01.2015 14:05 | Обновлено: 23.01.2015 09:00",
     "2015-01-22"),
    ("Учения завершились\n\nОбновлено 23 января 2015, 09:00\nОпубликовано 22 января 2015, 14:05",
     "2015-01-22"),
    ("Учения завершились\n\n22.01.2015 | 14:05", "2015-01-22"),
    ("Учения завершились\n\n26 июля 2022, 17:40 — Служба новостей — ОСН", "2022-07-26"),
    ("Учения завершились\n\nНовости политики - 17 марта 2014, 17:45", "2014-03-17"),
    ("Учения завершились\n\nДата публикации: 22.01.2015", "2015-01-22"),
    ("Учения завершились\n\n22 янв 2015 в 14:05", "2015-01-22"),
    ("Учения завершились\n\nчетверг, 22 января 2015", "2015-01-22"),
    ("Учения завершились\n\n22 января 2015 г., 14:05", "2015-01-22"),
    ("Учения завершились\n\n25 марта 2021, 14:33 Текст: Иван Петров", "2021-03-25"),
    ("Учения завершились\n\n2015-01-22 14:05", "2015-01-22"),
    ("Учения завершились\n\n22.01.2015, 14:05 | Общество", "2015-01-22"),
    ("Учения завершились\n\nОпубликовано 22 января 2015 в 14:05 МСК", "2015-01-22"),
    ("Учения завершились\n\nОбновлено 23.01.2015 в 09:00", "2015-01-23"),
    ("МОСКВА, 22 января 2015. /ТАСС/. " + RU_BODY, "2015-01-22"),
    ("Москва. 22 января 2015 года. INTERFAX.RU - " + RU_BODY, "2015-01-22"),
    ("Учения завершились\n\n11/10/2023 18:20", "2023-10-11"),
    ("Учения завершились\n\n11.10.23 18:20", "2023-10-11"),
    ("Учения завершились\n\n2023-10-11T18:20:00+03:00", "2023-10-11"),
    ("Учения завершились\n\n11 окт. 2023, 18:20", "2023-10-11"),
    ("Учения завершились\n\n18:20 11.10.2023 (обновлено: 19:02 11.10.2023)", "2023-10-11"),
    ("Учения завершились\n\nИван Петров, Анна Смирнова / 11 октября 2023", "2023-10-11"),
    ("Учения завершились\n\n11 октября 2023 | Армия | 3 мин чтения", "2023-10-11"),
    ("МОСКВА, 11 октября 2023 г. " + RU_BODY, "2023-10-11"),
    ("Учения завершились\n\nГазета «Вестник» №187 от 11.10.2023, стр. 6", "2023-10-11"),
    ("Учения завершились\n\nПоследнее обновление: 12.10.2023 | Дата публикации: 11.10.2023",
     "2023-10-11"),
    ("Учения завершились\n\nМатериал опубликован 11 октября 2023 в 18:20.", "2023-10-11"),
    ("Учения завершились\n\n11 октября 2023 | 1 минута чтения | 2 комментария", "2023-10-11"),
    # a photo's date is not the article's; of two date lines above the story, the last
    ("Учения завершились\n\nФото: Иван Петров / Агентство, 10 октября 2023\n"
     "11 октября 2023, 18:20", "2023-10-11"),
    ("10 октября 2023, 12:00 • Новости дня\nДругая новость\n11 октября 2023, 18:20 • Новости "
     "дня\nУчения завершились", "2023-10-11"),
    ("Сегодня: 1 декабря 2026\nУчения завершились\n\n22 января 2015, 14:05", "2015-01-22"),
    ("Учения завершились\n\nЧитайте также: Флот получил корабль, 9 октября 2023", None),
    # relative stamps and captions give no date
    ("Ранее, 11 октября 2023 г. " + RU_BODY, None),
    ("Учения завершились\n\nсегодня в 18:43", None),
    ("Учения завершились\n\nВчера, 14:05", None),
    ("Учения завершились\n\n2 часа назад", None),
]

PERSIAN = [
    ("پایان رزمایش\n\nتاریخ انتشار: ۰۹:۴۳ - ۲۶ شهريور ۱۴۰۲", "2023-09-17"),
    ("پایان رزمایش\n\nکد خبر: ۵۸۱۳۱ تاریخ انتشار : ۱۳۹۹/۰۸/۱۲", "2020-11-02"),
    ("پایان رزمایش\n\n۲۲ مرداد ۱۳۹۹، ۱۳:۴۵\nکد خبر: 83905127", "2020-08-12"),
    ("پایان رزمایش\n\nدوشنبه ۵ آذر ۱۴۰۳ - ۱۰:۰۷", "2024-11-25"),
    ("پایان رزمایش\n\n۱۴۰۲/۰۵/۱۲ - ۱۴:۳۰", "2023-08-03"),
    ("پایان رزمایش\n\n12 مرداد 1402", "2023-08-03"),
    ("پایان رزمایش\n\nپنجشنبه ۱۲ مرداد ۱۴۰۲ - ۰۹:۳۰", "2023-08-03"),
    ("پایان رزمایش\n\n۱۲ مرداد ۱۴۰۲ | 3 August 2023", "2023-08-03"),
    ("پایان رزمایش\n\nانتشار: ۱۴۰۲/۰۵/۱۲", "2023-08-03"),
    ("پایان رزمایش\n\nآخرین به‌روزرسانی: ۱۴۰۲/۰۵/۱۳\nتاریخ انتشار: ۱۴۰۲/۰۵/۱۲", "2023-08-03"),
    ("پایان رزمایش\n\n۱۴ مهر ۱۴۰۲، ۱۰:۲۰\n\nتهران- ایرنا- " + FA_BODY, "2023-10-06"),
    ("پایان رزمایش\n\nتاریخ: جمعه ۱۴ مهر ۱۴۰۲ ساعت ۱۰:۲۰", "2023-10-06"),
    ("پایان رزمایش\n\n۱۴۰۲-۰۵-۱۲", "2023-08-03"),
    ("پایان رزمایش\n\n1402/05/12 14:30", "2023-08-03"),
    ("پایان رزمایش\n\n۱۲ مرداد ماه ۱۴۰۲", "2023-08-03"),
    ("پایان رزمایش\n\nتاریخ خبر: ۱۴۰۲/۰۵/۱۲ ساعت: ۱۴:۳۰", "2023-08-03"),
    ("پایان رزمایش\n\n۱۴:۳۰ - ۱۴۰۲/۰۵/۱۲", "2023-08-03"),
    ("پایان رزمایش\n\nپنجشنبه ۱۲ مرداد ۱۴۰۲ - ۱۴:۳۰ | ۱۵ محرم ۱۴۴۵", "2023-08-03"),
    ("پایان رزمایش\n\nنویسنده: علی رضایی | کد مطلب: ۱۲۳۴۵ | ۱۲ مرداد ۱۴۰۲", "2023-08-03"),
    ("پایان رزمایش\n\nمنبع: خبرگزاری | ۱۲ مرداد ۱۴۰۲", "2023-08-03"),
    ("پایان رزمایش\n\nعکس: ۱۰ مرداد ۱۴۰۲\n۱۲ مرداد ۱۴۰۲", "2023-08-03"),
    ("یکشنبه, ۵ اسفند , ۱۴۰۳ | 25 شعبان 1446 Sunday, 23 February , 2025\nپایان رزمایش\n"
     "۰۳ خرداد ۱۴۰۱", "2022-05-24"),
    ("پایان رزمایش\n\n۰۸:۴۸ | ۲۶ / ۰۱ /۱۴۰۳", "2024-04-14"),
    ("پایان رزمایش\n\n۲۶/۰۱/۱۴۰۳", "2024-04-14"),
    ("پایان رزمایش\n\nتاریخ انتشار: ۱۵:۵۲ - ۰۱ ارديبهشت ۱۳۹۹ - 2020 April 20", "2020-04-20"),
    ("پایان رزمایش\n\nخبرگزاری نمونه شنبه 07 تیر 1404 - 19:47", "2025-06-28"),
    ("پایان رزمایش\n\nشنبه ۱۸ شهریور ۱۴۰۲ - سال دهم - شماره ۳۱۶۲", "2023-09-09"),
    ("پایان رزمایش\n\nسه شنبه ۲۱ شهریور ۱۴۰۲ - سال دهم - شماره ۳۱۶۵", "2023-09-12"),
    ("پایان رزمایش\n\n18 مرداد 1398 ساعت 19:10", "2019-08-09"),
    ("پایان رزمایش\n\nخبرگزاری نمونه | ورزشی | یکشنبه، 08 تیر 1404 - 16:29", "2025-06-29"),
    # the page's own clock above the headline, then the story's date line
    ("دوشنبه، 09 تیر 1404\nپایان رزمایش\nخبرگزاری | ورزشی | یکشنبه، 08 تیر 1404 - 16:29",
     "2025-06-29"),
    ("پایان رزمایش\n\n۲ ساعت پیش", None),
    ("پایان رزمایش\n\nبیشتر بخوانید: ورود ناو جدید | ۱۰ مرداد ۱۴۰۲", None),
    ("پایان رزمایش\n\nتهران- ایرنا- " + FA_BODY, None),
]


def test_the_page_clock_over_the_headline_and_the_story_date_under_it():
    """A bare date opening the page is its clock when the one line labelled as the
    publication, under the story's last paragraph, gives an earlier day; a list of
    labelled dates (other stories) overrules nothing."""
    top = f"Monday, March 2nd, 2026\n\nNavy drills end\n\nKARACHI: {BODY}\n\n{BODY}\n\n"
    own = top + "Publish Date : 9 July 2021 18:40 PM\n\nOther story\n\nLAHORE: Rain fell.\n"
    assert find_reference(own, period=PERIOD).iso == "2021-07-09"
    listed = top + "Published: 9 July 2021\nOther story\nPublished: 3 May 2021\n"
    assert find_reference(listed, period=PERIOD).iso == "2026-03-02"
    later = top + "Published: 9 July 2026\n"  # after the top date: no clock of the past
    assert find_reference(later, period=PERIOD).iso == "2026-03-02"


def test_a_date_opening_the_page_and_the_byline_under_the_standfirst():
    """The byline's date under the headline and its standfirst is the story's; the date
    opening the page above them is the page's clock."""
    text = ("Friday, 2 January 2026\n\nNavy drills end\n\nThe navies of the two countries "
            "wrapped up a week of drills in the northern waters on Wednesday, officials "
            f"said.\n\nBy John Doe | July 9, 2021\n\n{BODY}\n")
    assert find_reference(text, period=PERIOD).iso == "2021-07-09"
    under_menu = "Home\nWorld\nDefence\n" + text.replace("By John Doe | July 9, 2021",
                                                         "2021-07-09 04:11:24")
    assert find_reference(under_menu, period=PERIOD).iso == "2021-07-09"


@pytest.mark.parametrize(("top", "expected"), [
    ("Navy drills end\n\nBy Agency\nPublished : Jul 9, 2021 - 09:57", "2021-07-09"),
    ("CHENNAI, July 9, 2021 (Agency) - " + BODY, "2021-07-09"),
])
def test_a_long_english_site_menu_above_the_date_line(top, expected):
    """Five hundred one- to three-word menu items (over 7,000 characters) above the date
    line or dateline do not push it out of reach; the story runs long after it."""
    menu = "\n".join(f"Section {i}\nMore news {i}" for i in range(250))
    text = f"{menu}\n\n{top}\n\n" + "\n\n".join([BODY] * 60)
    assert find_reference(text, period=PERIOD).iso == expected


# A date line without its year takes one from the text, as a dateline does.
YEARLESS = [
    ("Учения завершились\n\n11 окт, 18:20\n\n" + RU_BODY + " В сентябре 2023 года стороны "
     "договорились о маневрах.", "2023-10-11"),
    ("Учения завершились\n\nСреда, 11 октября\n\n" + RU_BODY + " В 2019 году стороны "
     "договорились о маневрах.", "2023-10-11"),
]


YEARLESS += [  # datelines the language's wire pattern does not name
    ("Москва, 11 октября (Агентство) - " + RU_BODY + " Учения начались в сентябре 2023 года.",
     "2023-10-11"),
    ("КАЛИНИНГРАД, 11 октября — ИА Регион. " + RU_BODY + " Учения начались в сентябре 2023 "
     "года.", "2023-10-11"),
]


@pytest.mark.parametrize(("text", "expected"), YEARLESS)
def test_russian_date_line_without_year(text, expected):
    ref = find_reference(text, period=PERIOD, language="ru")
    assert (ref.iso, ref.year_inferred) == (expected, True), ref.reasons


def _check(text, expected, language):
    ref = find_reference(text, period=PERIOD, language=language)
    assert ref.iso == expected, (ref.iso, ref.source, ref.reasons)
    if expected is not None:
        assert not ref.year_inferred


@pytest.mark.parametrize(("top", "expected"), ENGLISH)
def test_english_formats(top, expected):
    _check(f"{top}\n\n{BODY}\n", expected, "en")


@pytest.mark.parametrize(("top", "expected"), RUSSIAN)
def test_russian_formats(top, expected):
    _check(f"{top}\n\n{RU_BODY}\n", expected, "ru")


@pytest.mark.parametrize(("top", "expected"), PERSIAN)
def test_persian_formats(top, expected):
    _check(f"{top}\n\n{FA_BODY}\n", expected, "fa")


def test_a_year_the_text_contradicts_is_refused():
    """A dateline without its year, a past year far back and a future date named with its
    month: the recent past cannot be the writer's year, and no year is sure."""
    text = ("NEW DELHI, July 16. /Agency/. The navy will receive two frigates this September "
            "and next February, sources said. The second ship is expected by February 2030. "
            "In October 2021, the two countries signed an agreement for the ships.")
    ref = find_reference(text, period=PERIOD)
    assert ref.date is None
    assert any("ahead of the writer" in r for r in ref.reasons)


def test_only_an_update_line_and_an_earlier_dateline():
    """The page prints only when it was updated; the dateline tells the story's own day."""
    text = ("Navy drills end\nINDIA Updated: Dec 07, 2018 01:26 IST\n\nBHUBANESWAR, Dec 6: "
            + BODY)
    ref = find_reference(text, period=PERIOD)
    assert (ref.iso, ref.source) == ("2018-12-06", "dateline")
    assert "update line" in ref.reasons[0]
    across = ("Navy drills end\nUpdated: Jan 02, 2019 01:26 IST\n\nBHUBANESWAR, Dec 31: "
              + BODY)
    assert find_reference(across, period=PERIOD).iso == "2018-12-31"
    months_later = ("Navy drills end\nLast updated: June 2, 2019\n\nCHENNAI, Dec 6, 2018 "
                    "(Agency) - " + BODY)  # a dateline with its year: the edit is later
    assert find_reference(months_later, period=PERIOD).iso == "2018-12-06"


@pytest.mark.parametrize(("body", "expected"), [
    ("The navy said on 4 June 2025 that drills begun on 1 June would end on 10 June.",
     "2025-06-05"),
    ("The navy said on June 4, 2025 that drills begun on June 1 would end on June 10.",
     "2025-05-06"),
])
def test_an_ambiguous_numeric_date_in_the_order_the_site_writes_words(body, expected):
    """"05/06/2025" is read day first on a site that writes "4 June", month first on one that
    writes "June 4"."""
    ref = find_reference(f"Navy drills end\nPublished: 05/06/2025\n\n{body}", period=PERIOD)
    assert ref.iso == expected


@pytest.mark.parametrize(("line", "body", "expected"), [
    # dots are day first almost everywhere: month-first dates in the prose do not turn them
    ("Jane Roe   |07.08.2024 - 11:05 GMT+3",
     "The drills will go on until Aug. 20, the ministry said. The navy ends them Aug. 20.",
     "2024-08-07"),
    # slashes: the lead's weekday fits one reading only ("on Friday": October 4, 2024 is a
    # Friday; April 10, 2024 a Wednesday, neither that day nor the day after), either way
    ("10/04/2024 09:12",
     "Hanoi (Wire) - Vietnam's navy on Friday took delivery of two patrol boats from Japan, "
     "the defence ministry said.", "2024-10-04"),
    ("04/10/2024 09:12",
     "Hanoi (Wire) - Vietnam's navy on Friday took delivery of two patrol boats from Japan, "
     "the defence ministry said.", "2024-10-04"),
    # "said Tuesday" is the day of reporting itself (July 2, 2024; February 7 is the day after)
    ("Published on 02/07/2024 - 18:10",
     "Chile has bought two frigates from Australia, the navy said Tuesday.", "2024-07-02"),
])
def test_an_ambiguous_numeric_date_read_by_the_texts_own_evidence(line, body, expected):
    ref = find_reference(f"Navy drills end\n{line}\n\n{body}", period=PERIOD)
    assert ref.iso == expected


SIGNED_IN_LIMA = "Chile and Peru signed a defence pact in Lima on Saturday, officials said{}."
TALKS = "\n\nThe pact follows talks held in Santiago on 12 February 2024 and 20 January 2024."


@pytest.mark.parametrize(("said", "expected"), [
    # a past weekday may be any earlier day of the week (a Monday story of Saturday's act):
    # the site's own day-first order outranks it
    ("", "2024-03-11"),
    # the day of reporting ("said Sunday") is the page's day itself: it decides
    (" Sunday", "2024-11-03"),
])
def test_the_page_s_written_order_outranks_a_past_weekday(said, expected):
    body = SIGNED_IN_LIMA.format(said) + TALKS
    ref = find_reference(f"Navy drills end\nPublished: 11/03/2024\n\n{body}", period=PERIOD)
    assert ref.iso == expected


def test_an_ambiguous_slashed_date_with_nothing_to_decide_is_left_undated():
    """"02/07/2024" may be February 7 or July 2: with no weekday, no other numeric date and
    no written dates to tell, the article is undated and the reasons say why."""
    ref = find_reference("Navy drills end\nPublished on 02/07/2024 - 18:10\n\nChile has "
                         "bought two frigates from Australia, the navy said.", period=PERIOD)
    assert ref.date is None
    assert any("02/07/2024" in r and "day from the month" in r for r in ref.reasons)
    two_digits = find_reference("Navy drills end\nPosted 02/07/24 18:10\n\nChile has bought "
                                "two frigates from Australia, the navy said.", period=PERIOD)
    assert two_digits.date is None
    assert any("02/07/24" in r and "day from the month" in r for r in two_digits.reasons)


def test_a_long_site_menu_above_the_date_line():
    """Forty one- and two-word menu items above the date line do not hide it."""
    menu = "\n\n".join(["صفحه نخست", "سیاست", "اقتصاد", "فرهنگ", "ورزش"]
                       + [f"استان {i}" for i in range(40)])
    text = f"{menu}\n\n۰۸:۴۸ | ۲۶ / ۰۱ /۱۴۰۳\n\nپایان رزمایش\n\n{FA_BODY}\n"
    assert find_reference(text, period=PERIOD, language="fa").iso == "2024-04-14"


@pytest.mark.parametrize("line", [
    "May 15, 20251:05 PM", "15 May 2025Navy to hold drills", "Published On 9 Jul 20219 Jul 2021",
    "JOHN DOE, Staff correspondentJuly 9, 2021", "11:20 GMT +39 July 2021",
    "21:05 GMT +0309.07.2021", "PM GMT+3Updated 2 hours ago", "Staff writerSept 9, 2021",
    "2 min read15 May, 2025", "Staff Writer.May 15, 2025",
])
def test_the_glue_hint_lets_every_glued_line_through(line):
    """``may_be_glued`` only spares the cutting of lines ``_GLUED`` would not cut (speed)."""
    from chronology.dates import reference

    assert reference._GLUED.search(line) and reference.may_be_glued(line)
    assert len(reference._unglued(0, line)) > 1


@pytest.mark.parametrize(("lead", "expected"), [
    # the story tells only days months before the line: the line is the page's clock
    ("Six jets landed at the air base on 13 March, the agency said, and three transport "
     "planes followed on 14 March with ground crews and spare parts.", None),
    # a day of the same week: the line is the story's date
    ("Six jets landed at the air base on 15 January, the agency said, and three transport "
     "planes followed on 16 January with ground crews and spare parts.", "2018-01-17"),
    # a day long before, beside a day of the same week: the story's date too
    ("Six jets landed at the air base on 16 January under a deal signed on 13 March, the "
     "agency said, adding that more planes would follow.", "2018-01-17"),
    # a day to come is no contradiction
    ("Six jets will land at the air base on 13 March, the agency said, and three transport "
     "planes will follow later with ground crews and spare parts.", "2018-01-17"),
])
def test_a_bare_date_opening_the_page_that_the_lead_contradicts(lead, expected):
    """A bare date line opening the page (no label) whose story tells, in the past, only days
    without a year that lie months before it is the page's clock, not the story's date."""
    text = f"17 January 2018, Wednesday, 13:56\n\nJets land at air base\n\n{lead}\n\n{BODY}\n"
    assert find_reference(text, period=PERIOD).iso == expected


@pytest.mark.parametrize("credit", ["EPA/JANE ROE/file", "EPA-EFE/JANE ROE", "REUTERS/Jane Roe"])
def test_an_agency_photo_credit_gives_no_year(credit):
    """A caption's date is the picture's: a dateline without a year takes none from it."""
    text = ("Navy drills end\n\nVisitors stand below a cruise missile at the stand at the air "
            f"base in the south, on February 21, 2015. {credit}\n\nMANILA, March 30 - {BODY}\n")
    assert find_reference(text, period=PERIOD).iso is None


@pytest.mark.parametrize("text", [
    "SEOUL, Dec. 16 (Agency) -- The navy said on Monday that the drills had ended. " + BODY,
    "Navy drills end\n\nThe navy said on Monday, Dec. 16, that the drills had ended. " + BODY,
    "Navy drills end\nDec 16, 14:05\n\n" + BODY,
    "Navy drills end\nPublished: Monday, 16 December\n\n" + BODY,
    "Navy drills end\nDec 16, 14:05\n\n" + BODY + "\n\n© 2024 Example Media",
])
def test_a_text_with_no_year_anywhere_gives_no_date(text):
    """Without a year in the text, a weekday that several years of the site's period fit
    (16 December was a Monday in 2013, 2019 and 2024) or a copyright year decides none."""
    assert find_reference(text, period=(2007, 2026)).date is None


@pytest.mark.parametrize(("foot", "expected"), [
    ("This article was first published on Example Times on September 22, 2020.", "2020-09-22"),
    ("Published: 22 September 2020", "2020-09-22"),
    ("Comments\nPosted on September 23, 2020 by Reader", "2020-09-24"),  # a reader's comment
])
def test_only_an_update_line_on_top_and_the_first_publication_at_the_foot(foot, expected):
    """The top prints when the story was updated; its foot, past the top's reach, when it
    was first published (up to a month before): the story's first day."""
    text = "Navy drills end\nUpdated: Sep 24, 2020\n\n" + "\n\n".join([BODY] * 40) + "\n\n" + foot
    assert find_reference(text, period=PERIOD).iso == expected


def test_a_day_months_before_in_the_same_year_needs_no_year():
    """Under "1 October 2018", "on 13 March" is 13 March 2018 (a day of the same year is
    written without its year): no contradiction, the line is the story's date."""
    text = ("Monday, 1 October 2018\n\nJets land at air base\n\nSix jets landed at the air "
            "base under a deal signed on 13 March, the agency said, adding that three more "
            f"planes would follow.\n\n{BODY}\n")
    assert find_reference(text, period=PERIOD).iso == "2018-10-01"
