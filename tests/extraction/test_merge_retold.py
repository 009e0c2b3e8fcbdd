"""One event told by two outlets in other words (invented reports): the kind of act is read
from any of the words agencies use for it, and the rules that join two tellings of one act
do not join two acts."""

from __future__ import annotations

from one_article import merged_together


def _doc(published: str, body: str) -> str:
    return f"---\npublished: {published}\n---\n{body}\n"


def test_a_memorandum_written_mou_is_an_agreement_like_the_other_report(tmp_path):
    first = _doc("2022-03-09", "Iranian Defence Minister Ali Karimi and his hosts in Moscow "
                 "sealed a pact on naval training on Tuesday, Iranian media reported.")
    second = _doc("2022-03-09", "On Tuesday, Ali Karimi and Russian Deputy Minister Ivan "
                  "Sokolov inked a groundbreaking defence MoU.")
    assert merged_together(tmp_path, first, second)
