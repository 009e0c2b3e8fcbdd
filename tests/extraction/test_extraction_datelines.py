"""Where a story starts after its dateline (``sentences.dateline_end``), and sentences a saved
page glued together; the lead after a dateline is
dated by the dateline convention, never by the dateline's own date as a second event."""

from __future__ import annotations

import pytest

from chronology.extraction.sentences import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    ("India, May 31 -- The defence secretary's remarks indicate a deal.", "India, May 31 -- "),
    ("New Delhi, May 31 -- The defence secretary spoke.", "New Delhi, May 31 -- "),
    ("Islamabad, Aug 1 (APP): The corvette was launched.", "Islamabad, Aug 1 (APP): "),
    # an agency's tag and its colon end the dateline even with no space after them
    ("LAHORE, Mar 3 (APP):The minesweeper was launched on Friday.", "LAHORE, Mar 3 (APP):"),
    ("NEW DELHI, May 31 (PTI) - Singh said.", "NEW DELHI, May 31 (PTI) - "),
    ("Rabat – The US State Department has approved the sale.", "Rabat – "),
    # a place in capitals, a date and a colon, with or without a space before it
    ("NEW DELHI, Oct 31: India and the US signed a framework.", "NEW DELHI, Oct 31: "),
    ("US, Oct 31 : India and the US signed a framework.", "US, Oct 31 : "),
    ("The US, EU and UK agreed on Oct 31 to hold talks.", ""),
    # near misses: a sentence that only names places and a date; a city and a dash inside it
    ("Moscow – and Tehran – signed the deal on May 31.", ""),
    ("Russia, China and Iran held drills on May 31 - the navy said.", ""),
    ("Iran, Russia: talks on May 31 -- both sides agreed.", ""),
    ("Talks, held on May 31 (Friday):Both sides agreed.", ""),
    # an agency's slashed numeric dateline; near misses: a ratio, a path, a date in a sentence
    ("Ganja/22.09.20/Agency: The corvette was launched.", "Ganja/22.09.20/Agency: "),
    ("Ganja/22.09.2020/Example News: The corvette was launched.",
     "Ganja/22.09.2020/Example News: "),
    ("Talks on 22.09.20/Agency: both sides agreed.", ""),
    ("Ganja/22.09.20 The corvette was launched.", ""),
    # a page's section labels before a colon are no place
    ("Details: The minister said the system had been delivered.", ""),
    ("Quote: We have handed over another system, the minister said.", ""),
    ("Kamra: The first jets were handed over.", "Kamra: "),
    # a person's title and name before a colon: a speaker's heading or byline, no place
    ("Ambassador Okafor: The first jets were handed over.", ""),
    ("Minister Varga: Both sides signed the plan on Monday.", ""),
])
def test_dateline(text, dateline):
    assert text[:dateline_end(text, 0, len(text))] == dateline


@pytest.mark.parametrize(("text", "pieces"), [
    ("It chose the Mogami as the preferred platform.In November 2024, Australia shortlisted it.",
     2),
    ("He told Reuters.Poland has signed the deal.", 2),
    # near misses: a site's name, an acronym's stops
    ("The deal was finalized on Thursday, News.Az reports citing foreign media.", 1),
    ("It was made in the U.S.In 2020 it was sold.", 1),
])
def test_sentences_glued_by_a_saved_page(text, pieces):
    from chronology.extraction.sentences import split_sentences
    assert len(split_sentences(text)) == pieces


def test_a_speaker_s_heading_is_no_title_and_gives_no_lead_convention(tmp_path):
    from one_article import article_events

    undated = ("Iran, Russia defence ties\n\nAdmiral Tangsiri: Russia has delivered the second "
               "corvette to Iran, the agency reported in its bulletin.")
    assert article_events(tmp_path, "2023-03-08", undated) == []
    dated = ("Iran, Russia defence ties\n\nAdmiral Tangsiri: Russia delivered the second "
             "corvette to Iran on Monday, the agency reported.")
    titles = [(e.date, e.title) for e in article_events(tmp_path, "2023-03-08", dated)]
    assert titles and all(not t.startswith("Admiral") for _, t in titles), titles


def test_a_kicker_opening_with_a_title_word_keeps_the_paragraph_s_event(tmp_path):
    from one_article import article_events

    body = ("Caspian parade\n\nNavy Day: Iranian and Russian warships sailed in a joint parade "
            "off the port of Anzali, officials said.")
    titles = [(e.date, e.title) for e in article_events(tmp_path, "2022-07-31", body)]
    assert [d for d, _ in titles] == ["2022-07-31"], titles
    assert not titles[0][1].startswith("Navy"), titles
