""""Pvt." right after a company's word is the company's suffix (private), not a rank before a
name: it may end the sentence (``abbreviations.is_abbreviation``); a rank still does not."""

from chronology.extraction.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_pvt_after_a_company_word_ends_the_sentence():
    text = ("The radars will be built by Tata Advanced Systems Pvt. Egypt and China signed a "
            "radar agreement on Monday.")
    assert len(texts(text)) == 2


def test_pvt_as_a_rank_does_not():
    text = "Chinese instructors trained Egyptian Pvt. Omar Saleh near Cairo in July."
    assert len(texts(text)) == 1
