"""Which blocks are the story: classified by general news-page conventions, never deleted."""

from __future__ import annotations

import pytest

from chronology.articles import read_article
from chronology.articles.clean import classify_blocks

PAGE = """Skip to main content
Home
Latest from the region since 1998

Turkey and Russia Agree on Gas Hub

Published 12:40 GMT 14 Oct 2022
Share this article
Vladimir Putin and Recep Tayyip Erdogan at a summit in Astana. (Photo: Getty Images)
ANKARA, Oct 14 (Anadolu) - Turkey and Russia agreed on Thursday to study a gas hub near Istanbul, officials said.
The two leaders met in Astana, where both attended a regional summit.
Russia Says Pipeline Repairs Will Take Months
Read more: Erdogan heads to Astana for summit
© 2022 Example Media. All rights reserved.
Leave a comment
Поделиться
"""

EXPECTED = [
    ("Skip to main content", "ui"),
    ("Home", "ui"),
    ("Latest from the region since 1998", "boilerplate"),
    ("Turkey and Russia Agree on Gas Hub", "title"),
    ("Published 12:40 GMT 14 Oct 2022", "dateline"),
    ("Share this article", "ui"),
    ("Vladimir Putin and Recep Tayyip Erdogan at a summit in Astana. (Photo: Getty Images)",
     "caption"),
    ("ANKARA, Oct 14 (Anadolu) - Turkey and Russia agreed on Thursday", "story"),
    ("The two leaders met in Astana", "story"),
    ("Russia Says Pipeline Repairs Will Take Months", "related"),
    ("Read more: Erdogan heads to Astana for summit", "related"),
    ("© 2022 Example Media. All rights reserved.", "credit"),
    ("Leave a comment", "ui"),
    ("Поделиться", "ui"),
]


def test_every_line_of_a_news_page_gets_a_kind():
    blocks, title = classify_blocks(PAGE, 0)
    assert title == "Turkey and Russia Agree on Gas Hub"
    got = [(PAGE[b.start:b.end], b.kind) for b in blocks]
    assert len(got) == len(EXPECTED)
    for (text, kind), (start, want) in zip(got, EXPECTED, strict=True):
        assert text.startswith(start)
        assert kind == want, text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Newsfeed", "ui"),
        ("Subscribe", "ui"),
        ("Source link", "ui"),
        ("Leave A Reply", "ui"),
        ("0", "ui"),
        ("© Sputnik / Jane Doe / Go to the mediabank", "credit"),
        ("Photo by Jane Doe/AFP", "credit"),
        ("By Example News", "credit"),
        ("Defence minister Jane Doe. File photo", "caption"),
        ("Warships in the Gulf - Example International", "caption"),
        ("Leaders meet in Paris on May 2, 2021 [AGENCY PHOTO/Example Agency]", "caption"),
        ("Example Weekly is not responsible for the content of external sites.", "boilerplate"),
        ("READ: Navy holds drills in the Gulf", "related"),
        ("See also: Talks resume in Vienna", "related"),
        ("March 3, 2021 at 10:15 am", "dateline"),
        ("Last modified on Tue 3 Mar 2020 10.15 GMT", "dateline"),
        ("Reporting by Jane Doe; Editing by John Roe", "credit"),
        ("Follow us on Twitter and Telegram", "ui"),
        ("Sign up for our daily newsletter", "ui"),
        ("December 26, 2019 / 9:41 AM / Updated 2 hours ago", "dateline"),
        ("Wednesday, 19 January 2022 8:15 PM  [ Last Update: Wednesday, 19 January 2022 ]",
         "dateline"),
        ("October 18, 2021 6:12 PM GMT+3", "dateline"),
        ("A drone over the city, Monday, Oct. 17, 2022. (AP Photo/Jane Doe)", "caption"),
        ("In this Tuesday, Sept. 22, 2015 photo, trucks carry missiles in a parade.", "caption"),
        ("Navy boats take part in a drill in the Gulf. REUTERS/Stringer", "caption"),
        ("By JANE DOE and JOHN ROE", "credit"),
        ("By Jane Doe, John Roe and Ann Lee", "credit"),
        ("By Tuesday, the ships had left.", "story"),
        ("Leaders shake hands at a palace in Tehran, Iran, July 19, 2022. Jane Doe/Example/"
         "AFP via Getty Images", "caption"),
        ("Illustrative: This photo released by the army shows a missile launch on May 3, 2019.",
         "caption"),
        ("This photo released by the official website of the army shows drills on Tuesday.",
         "caption"),
        ("Troops take part in a joint exercise in Jhelum, Nov 28, 2019. (Xinhua/Jane Doe)",
         "caption"),
        ("The photo was released by the ministry on Monday after the talks.", "story"),
    ],
)
def test_single_lines_after_the_story(line, kind):
    text = f"Navy Chiefs Meet in Oman\n\nThe navy chiefs of Iran and Oman met in Muscat on Monday, officials said.\n\n{line}\n"
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", kind]


def test_a_site_name_above_the_headline_is_not_the_title():
    text = ("Example Times\n\nIran and Russia Hold Naval Drills in the Gulf\n\n"
            "Iran and Russia held naval drills on Monday, officials said.\n")
    blocks, title = classify_blocks(text, 0)
    assert title == "Iran and Russia Hold Naval Drills in the Gulf"
    assert [b.kind for b in blocks] == ["boilerplate", "title", "story"]


@pytest.mark.parametrize("menu", ["Home | Nation | Defence | Opinion",
                                  "News • World • Asia Pacific • Business",
                                  "World / Middle East / Defence"])
def test_a_menu_line_above_the_headline_is_not_the_title(menu):
    text = (f"Example Courier\n{menu}\n\nIndia Commissions Second Frigate at Kaliningrad\n\n"
            "By Jane Roe\n\nThe Indian Navy commissioned the frigate on Tuesday, officials said.\n")
    blocks, title = classify_blocks(text, 0)
    assert title == "India Commissions Second Frigate at Kaliningrad"
    assert [b.kind for b in blocks][:3] == ["boilerplate", "ui", "title"]


@pytest.mark.parametrize("line", ["Caspian states discuss security | July 20, 2016",
                                  "Russia, Iran | China: talks | Defence news today"])
def test_a_headline_with_separators_is_no_menu(line):
    from chronology.articles.clean import is_menu
    assert not is_menu(line)


@pytest.mark.parametrize("heading", ["About Example Arms", "Notes to editors", "Справка"])
def test_a_press_release_closing_boilerplate_is_no_story(heading):
    text = ("Example Arms Signs Engine Deal With Example Aviation\n\n"
            "Example Arms announced today that it has signed an engine overhaul agreement.\n\n"
            "The agreement was signed on 13 November at an air show, the company said.\n\n"
            f"{heading}\n"
            "Example Arms is the sole state exporter of defence products. Founded in 2000, the "
            "company accounts for most of the country's arms exports.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", "story", "boilerplate", "boilerplate"]


def test_an_about_heading_of_the_story_itself_keeps_what_follows():
    text = ("Navies Hold Drills\n\nThe two navies held drills on Monday, officials said.\n\n"
            "About the exercise\n"
            "The drills were the largest the two navies have held, the ministry said.\n")
    blocks, _ = classify_blocks(text, 0)
    assert blocks[-1].kind == "story"


def test_hard_wrapped_paragraph_is_one_block():
    text = ("Talks Resume\n\nThe foreign ministers of the two countries met in Geneva on\n"
            "Tuesday and agreed to resume talks on a new trade and security agreement\n"
            "within weeks, a spokesman said.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story"]
    assert text[blocks[1].start:blocks[1].end].endswith("a spokesman said.")


def test_wire_copy_wrapped_with_no_blank_line_between_paragraphs_is_read_as_prose():
    text = ("Talks Resume\n\nBy Jane Doe\nGENEVA March 3 The two countries signed an\n"
            "interim security agreement on Tuesday to share radar data, but both said there\n"
            "was still work to do on the final text after a year of\ntalks.\n"
            "The agreement, worth an estimated $2 billion, had been expected\n"
            "for weeks.\n")
    blocks, _ = classify_blocks(text, 0)
    story = [text[b.start:b.end] for b in blocks if b.kind == "story"]
    assert [" ".join(s.split()) for s in story] == [
        "GENEVA March 3 The two countries signed an interim security agreement on Tuesday to "
        "share radar data, but both said there was still work to do on the final text after a "
        "year of talks.",
        "The agreement, worth an estimated $2 billion, had been expected for weeks."]


def test_a_headline_or_caption_over_a_wrapped_dateline_lead_stays_its_own_line():
    text = ("Russia and Iran sign radar cooperation pact in Tehran\n"
            "TEHRAN, May 8 (Reuters) - Russia and Iran signed a radar cooperation\n"
            "agreement in Tehran on Monday, the Iranian defence ministry said.\n")
    blocks, title = classify_blocks(text, 0)
    assert title == "Russia and Iran sign radar cooperation pact in Tehran"
    story = [" ".join(text[b.start:b.end].split()) for b in blocks if b.kind == "story"]
    assert story == ["TEHRAN, May 8 (Reuters) - Russia and Iran signed a radar cooperation "
                     "agreement in Tehran on Monday, the Iranian defence ministry said."]


def test_a_line_ending_in_an_abbreviation_runs_on():
    text = ("Jets Delivered\n\nMOSCOW, May 8 (Reuters) - Russia handed over two trainer jets to the\n"
            "Iranian air force on Jan.\n15, the defence ministry said on Wednesday.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story"]


def test_short_lines_that_end_in_no_sentence_stay_lines():
    text = "World News\nHome\nsign in\nTalks resume in Geneva on Tuesday, officials said.\n"
    blocks, _ = classify_blocks(text, 0)
    assert len(blocks) == 4


def test_an_embedded_post_and_its_signature_are_not_the_story():
    text = ("Talks Resume\n\nThe two countries signed a radar deal on Thursday, officials said.\n"
            "Plans to deploy the radars were first revealed last month https://t.co/Ab12Cd\n"
            "— Example News (@examplenews) March 17, 2022\n"
            "The deal also covers training, the ministry said.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", "embed", "embed", "story"]


def test_a_story_line_without_a_link_over_a_signature_stays_the_story():
    text = ("Talks Resume\n\nThe two countries signed a naval memorandum last month, the navy "
            "chief said in a post on X.\n— Navy Chief (@navychief) March 17, 2022\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", "embed"]


def test_a_dash_line_with_no_handle_and_date_is_still_the_story():
    text = ("Talks Resume\n\nThe two countries signed a radar deal on Thursday, officials said.\n"
            "— The deal also covers training, the ministry said on March 17, 2022.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", "story"]


def test_a_byline_above_a_publication_line_is_not_a_paragraph():
    text = ("Talks Resume in Geneva\n\nBy JANE DOE and JOHN ROE\nUpdated 4:47 PM UTC, October 17, 2022\n\n"
            "The foreign ministers met in Geneva on Tuesday, a spokesman said.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "credit", "dateline", "story"]


def test_blocks_are_offsets_into_the_text_not_copies(tmp_path):
    path = tmp_path / "n1.txt"
    text = "---\ntitle: Deal\n---\nDeal Signed\n\n  Russia and Iran signed a deal on Monday.  \n"
    path.write_text(text)
    article = read_article(path)
    assert article.text == text
    story = article.story_blocks()[0]
    assert article.text[story.start:story.end] == "Russia and Iran signed a deal on Monday."


@pytest.mark.parametrize(
    ("first_story_line", "publisher"),
    [
        ("MOSCOW, January 22 (Sputnik) – Iran and Russia held talks.", "Sputnik"),
        ("BEIJING, May 3 (Xinhua) -- Iran and China held talks on Monday.", "Xinhua"),
        ("WASHINGTON (Reuters) - The United States imposed sanctions on Monday.", "Reuters"),
        ("MOSCOW, May 5. /TASS/. Russia and Iran held naval drills.", "TASS"),
        ("Moscow (AFP) - Russia and Iran held naval drills on Monday.", "AFP"),
        ("TEHRAN – Iran and Russia held naval drills on Monday.", None),
    ],
)
def test_publisher_from_the_dateline(tmp_path, first_story_line, publisher):
    path = tmp_path / "p.txt"
    path.write_text(f"Naval Drills Held\n\n{first_story_line}\n")
    assert read_article(path).publisher == publisher


def test_publisher_from_a_closing_signature_and_front_matter_wins(tmp_path):
    path = tmp_path / "s.txt"
    body = "Naval Drills Held\n\nIran and Russia held naval drills on Monday.\n\nBy Example News\n"
    path.write_text(body)
    assert read_article(path).publisher == "Example News"
    path.write_text("---\npublisher: Other Wire\n---\n" + body)
    assert read_article(path).publisher == "Other Wire"


def test_title_falls_back_to_first_headline_and_front_matter_wins(tmp_path):
    path = tmp_path / "t.md"
    path.write_text("# Iran Buys Russian Jets\n\nIran bought Russian jets on Monday, officials said.\n")
    assert read_article(path).title == "Iran Buys Russian Jets"
    path.write_text("---\ntitle: Jets deal\n---\n# Iran Buys Russian Jets\n\nIran bought jets.\n")
    assert read_article(path).title == "Jets deal"


def test_without_a_headline_the_opening_words_are_the_title(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("TEHRAN (Example) - Iran and Russia signed a naval cooperation memorandum in "
                    "Tehran on Monday, the two navies said in a joint statement.\n")
    article = read_article(path)
    assert article.title == "Iran and Russia signed a naval cooperation memorandum in Tehran on Monday, …"
    assert [b.kind for b in article.blocks] == ["story"]


def test_a_caption_and_its_alt_text_twin_are_captions():
    caption = "The batch was carried on an air force aircraft that landed on Friday afternoon"
    text = (f"Missiles Delivered\n\nThe country delivered the first batch of missiles on Friday, "
            f"officials said.\n\n{caption}\n\n{caption} | Photo Credit: Special Arrangement\n\n"
            "Ministers from both countries pose after signing an agreement in the capital on "
            "January 13, 2021. / AA\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", "caption", "caption", "caption"]


def test_a_caption_sentence_and_a_caption_said_twice_are_captions():
    caption = "Minister Jan Kowal making a statement to parliament in Warsaw on May 11, 2023."
    text = (f"Missiles Pledged\n\nThe country pledged more missiles on Thursday, officials said."
            f"\n\n{caption}\n\n{caption}{caption}\n\n"
            "The ministers signed the agreement in the capital on May 11, 2023.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks] == ["title", "story", "caption", "caption", "story"]


@pytest.mark.parametrize("line", [
    "FILE: Warships in the port of Gdynia",
    "Ministers pose after signing the deal in Warsaw",
    "Tanks arrive at the port (AP Photo/Jan Nowak)",
    "The frigate at sea. File photo",
    "Soldiers at the range [Reuters/Anna Kowal]",
    "A handout photo released by the ministry shows the launch",
    "Jets over the base / AA",
    "Transport aircraft landed in Belgrade on April 9. Photo: AP",
    "The corvette in Karachi. Photo by Jane Roe/Example",
])
def test_the_cheap_caption_test_lets_every_caption_through(line):
    from chronology.articles.clean import _may_be_caption, line_kind
    assert _may_be_caption(line) and line_kind(line, True) == "caption"


@pytest.mark.parametrize(("line", "kind"), [
    # people told by where they stand in the picture
    ("Defence Minister Amir Hatami (left) and Sergei Shoigu review an honour guard in Moscow.",
     "caption"),
    ("President Ilham Aliyev (2nd R) attends the parade in Baku.", "caption"),
    # a photo agency's ending: full date, city, country
    ("Kishida walks with Sunak after signing a defence agreement at the Tower of London on "
     "January 11, 2023 in London, England.", "caption"),
    # a photo's credit after its one sentence
    ("President Raisi salutes the flag with Putin at the welcoming ceremony in Moscow on "
     "Sunday. (Example Agency)", "caption"),
    ("Raisi met Putin at the welcoming ceremony in Moscow on Sunday. (Example Agency)", None),
    # story sentences, told in the past
    ("The ministers signed the agreement in the capital on May 11, 2023.", None),
    ("Iranian Defence Minister Mohammad Reza Ashtiani met Sergei Shoigu on January 11, 2023 in "
     "Moscow, Russia.", None),
    ("Bagheri (left) met Gerasimov in Moscow.", None),
    ("The ministry released a photo: the jets on the tarmac in Belgrade on April 9.", None),
    # a story's paragraph that tells its source, with a credit stuck on: story
    ("Russia and Iran signed a military cooperation agreement in Tehran on Monday, IRNA "
     "reported. Photo: IRNA", None),
    ("Russia and Iran signed an agreement on Monday. The ministers met in Tehran. Photo: IRNA",
     None),
    ("Iran (which buys jets) and Russia signed a deal. It was on May 11, 2023 in Moscow, "
     "Russia.", None),
    # a paragraph of several sentences telling its source, a bracketed photo credit glued
    # after its stop: story; one sentence with that credit, or a paragraph telling no source,
    # is a caption
    ("The United States on Tuesday announced the sale of radars to the navy. The sale needs "
     "no new staff, the statement said.(Agency/File)", None),
    ("Soldiers unload the radars at the port on Tuesday.(Agency/File)", "caption"),
    # a file photo's caption of several sentences, telling its source but no dated act
    ("Tanks drive past the stand during a parade. The army has long wanted more of them, "
     "officials said.(Agency/File)", "caption"),
    ("Soldiers unload the radars at the port. The ship arrived on Tuesday.(Agency/File)",
     "caption"),
    # a wire story's paragraph closed by the agency's copyright tag: story; a bracketed
    # photo credit of the same agency still closes a caption
    ("Lisbon, March 3 (Example Press)--The minister said Tuesday he will visit Oslo next "
     "week to sign a radar deal. He will also tour a shipyard. END [Copyright Example Press, "
     "Ltd.] ", None),
    ("The minister tours the shipyard in Oslo on Tuesday. [Example Press]", "caption"),
    # a photo's bracketed credit with a copyright sign names no copyright: still a caption
    ("Sailors on the deck of a frigate near Lisbon, March 3, 2021. [(c) Example Press/Ana "
     "Lima]", "caption"),
    ("Officers attend the commissioning of a corvette in Oslo on May 2, 2022. [© Example "
     "Agency/Getty Images]", "caption"),
    # a copyright sign followed by a year is the story's notice, no photo credit
    ("The frigate will sail to Bergen next week, the navy said on Tuesday. [© 2023 Example "
     "Press Ltd.]", None),
    ("The frigate will sail to Bergen next week, the navy said. END [(c) 2023 Example Press]",
     None),
])
def test_photo_lines_by_position_or_agency_ending(line, kind):
    from chronology.articles.clean import line_kind
    assert line_kind(line, True) == kind


def test_an_acronym_that_opens_a_wrapped_line_is_no_dateline():
    text = ("Story\n\nKYIV, March 12 (AP) - Ukraine said on Monday it had intercepted parts\n"
            "of drones that Russia had bought from the\n"
            "IRGC, the Revolutionary Guards, in February, officials said.\n")
    blocks, _ = classify_blocks(text, 0)
    assert [b.kind for b in blocks if b.kind == "story"] == ["story"]


def test_items_of_a_list_of_dates_are_not_one_wrapped_paragraph():
    text = ("Key dates\n\nRussia and Iran have deepened military ties, officials say.\n\n"
            "2016 Russia completes S-300 delivery to Iran\n2020 UN arms embargo on Iran expires\n"
            "2023 Iran shows Su-35 order\n")
    blocks, _ = classify_blocks(text, 0)
    assert len([b for b in blocks if text[b.start:b.start + 2] == "20"]) == 3
    wrapped = ("Story\n\nMOSCOW, Jan 17 (Reuters) - Russia said it would deliver the jets in\n"
               "2016 after talks, the Kremlin said on Monday.\n")
    assert [b.kind for b in classify_blocks(wrapped, 0)[0]].count("story") == 1


@pytest.mark.parametrize(("line", "kind"), [
    # a wire photo's caption: present tense, the day after a comma at its end
    ("The two presidents arrive to sign a letter on radars at the naval base near Lisbon, "
     "March 4, 2024.", "caption"),
    ("Sailors walk past a corvette in the port of Gdansk, Poland, October 2, 2021.", "caption"),
    # a story's sentence: a weekday before the comma, or a past tense
    ("The two presidents will sign a letter on radars at the naval base on Monday, March 4, "
     "2024.", None),
    ("The ministers signed the agreement in the port of Gdansk, Poland, Oct. 2, 2021.", None),
])
def test_a_wire_captions_day_after_a_comma_ends_a_caption(line, kind):
    from chronology.articles.clean import line_kind
    assert line_kind(line, True) == kind
