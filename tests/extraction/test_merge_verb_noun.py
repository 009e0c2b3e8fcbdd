"""One act told by a verb in one outlet and by its noun in another ("approved a motion to
deploy" / "passed a motion for the deployment") weighs as one word when two articles' reports
of one day are compared by their distinctive words (``sameness._act_key``; the nouns of
action are ``en.ACTION_NOUN_PARTICIPLES``).  Invented reports in the agencies' style."""

from __future__ import annotations

from pathlib import Path

from one_article import merged_counts

from chronology.extraction.sameness import _act_key


def _merged(tmp_path: Path, first: str, second: str) -> list[int]:
    return merged_counts(tmp_path, [("2024-06-05", first), ("2024-06-05", second)])


def test_a_verb_and_its_noun_of_action_tell_one_act(tmp_path):
    assert _merged(
        tmp_path,
        "Iran's parliament on Tuesday passed a motion for the deployment of naval forces "
        "to Russia, including the Caspian coast, IRNA reported.",
        "Iranian lawmakers on Tuesday approved a motion to deploy the country's naval forces "
        "to Russia for two years, state media said.") == [2]


def test_the_shared_verb_alone_joins_nothing(tmp_path):
    assert _merged(
        tmp_path,
        "Iran's parliament on Tuesday passed a motion for the deployment of naval forces "
        "to Russia, including the Caspian coast, IRNA reported.",
        "Russia on Tuesday deployed two Kilo-class submarines to the Caspian port of "
        "Astrakhan, state media said.") == [1, 1]


def test_act_keys():
    assert {_act_key(w) for w in ("deployment", "deployed", "deploy")} == {"deploy"}
    assert _act_key("approval") == _act_key("approved") == "approve"
    assert _act_key("motion") == "motion" and _act_key("handover") == "handover"
