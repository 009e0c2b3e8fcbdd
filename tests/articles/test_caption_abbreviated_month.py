"""A photo's caption is one sentence also when it ends with an abbreviated month ("…
(right), Mar. 3, 2031."): the abbreviation's full stop ends no sentence, so the line is a
caption (people by position, a photo's present tense) and the sentence over a slash credit
is the credit's caption; two real sentences stay story."""

from __future__ import annotations

from chronology.articles.clean import classify_blocks

HEAD = "Norway and Chile to talk on coastal patrols\n\n"
STORY = ("OSLO — Norway and Chile will open talks on joint coastal patrols, the ministry "
         "said on Thursday.")
CAPTION = ("This picture shows Chilean envoy Ana Rojas (left) and Defence Minister Per Lund "
           "(right), Mar. 3, 2030.")
LAST = "The first round is due in June, officials said.\n"


def _kinds(text: str) -> list[str]:
    blocks, _ = classify_blocks(text, 0)
    return [b.kind for b in blocks]


def test_a_position_caption_ending_with_an_abbreviated_month_is_a_caption():
    kinds = _kinds(f"{HEAD}{STORY}\n\n{CAPTION}\n\n{LAST}")
    assert kinds[1:] == ["story", "caption", "story"]


def test_the_sentence_over_a_slash_credit_ending_so_is_a_caption():
    line = "Flags hang along the harbour in Oslo on Monday, Mar. 3, 2030."
    kinds = _kinds(f"{HEAD}{STORY}\n\n{line}\nThe Courier / Jan Novak\n\n{LAST}")
    assert kinds[1:] == ["story", "caption", "credit", "story"]


def test_two_sentences_stay_story():
    line = f"{CAPTION[:-1]}. The two met in Oslo."
    kinds = _kinds(f"{HEAD}{STORY}\n\n{line}\n\n{LAST}")
    assert kinds[1:] == ["story", "story", "story"]
