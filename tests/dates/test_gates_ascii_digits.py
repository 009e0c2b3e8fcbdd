"""The digit gates of an ASCII text read ``\\d`` as ``[0-9]`` (``gates._GATES_ASCII``, for
speed); a text with other characters keeps ``\\d``, every script's digits."""

from chronology.dates import gates


def test_ascii_and_other_digits_open_the_same_gates():
    ascii_text = "The drills began on the 3rd and ended on 4/5/2019."
    other = "The drills began on the ٣rd and ended on 4/5/2019 (كيف)."
    for text in (ascii_text, other):
        windows = gates.all_windows(text)
        assert "dayonly" in windows and "slashed" in windows and "year" in windows
    assert gates._GATES_ASCII["dayonly"].rest.pattern.startswith("[0-9]")
    assert gates._GATES["dayonly"].rest.pattern.startswith(r"\d")
