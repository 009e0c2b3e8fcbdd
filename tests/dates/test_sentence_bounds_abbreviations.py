"""The date engine's sentence bounds and the sentence splitter read full stops alike
(``chronology/abbreviations.py``): before, the engine took any one-letter word and a company's
"Pvt." for abbreviations, so a date's sentence ran into the one before it."""

from chronology.abbreviations import is_abbreviation
from chronology.dates.context import sentence_bounds
from chronology.extraction.sentences import split_sentences


def _engine_sentence(text: str, word: str) -> str:
    at = text.index(word)
    start, end = sentence_bounds(text, at, at + len(word))
    return text[start:end]


def _splitter_sentence(text: str, word: str) -> str:
    at = text.index(word)
    return next(s.text(text) for s in split_sentences(text) if s.start <= at < s.end)


def test_a_one_letter_word_ends_the_sentence_before_a_date():
    text = "The ministry picked plan b. On Monday the two navies began a drill."
    assert _engine_sentence(text, "Monday") == "On Monday the two navies began a drill."
    assert _splitter_sentence(text, "Monday") == "On Monday the two navies began a drill."


def test_a_company_suffix_ends_the_sentence_before_a_date():
    text = "The radar is built by Kestrel Defence Systems Pvt. On Friday the army ordered ten."
    assert _engine_sentence(text, "Friday") == "On Friday the army ordered ten."
    assert _splitter_sentence(text, "Friday") == "On Friday the army ordered ten."


def test_titles_initials_and_acronyms_do_not_end_a_sentence():
    text = "Lt. Gen. J. Rowe of the U.S. Army arrived on Tuesday."
    assert _engine_sentence(text, "Tuesday") == text
    assert _splitter_sentence(text, "Tuesday") == text
    assert is_abbreviation(text, text.index("J.") + 1)
    assert not is_abbreviation(text, text.index("J.") + 1, initials=False)
