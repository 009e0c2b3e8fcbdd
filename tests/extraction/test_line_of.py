"""The line of an offset, for ``--explain`` notes: one helper for the English and the
Russian/Persian extractors, the newlines of a text found once."""

from chronology.extraction.sentences import line_of


def test_line_of_counts_lines_from_one():
    text = "first line\nsecond line\n\nfourth"
    assert [line_of(text, text.index(w)) for w in ("first", "second", "fourth")] == [1, 2, 4]
    assert line_of(text, text.index("\n")) == 1  # a line's own newline is still that line


def test_many_offsets_on_a_long_page():
    text = "a line of a long page\n" * 50_000
    offsets = range(0, len(text), 997)
    assert [line_of(text, o) for o in offsets][-1] == offsets[-1] // 22 + 1
