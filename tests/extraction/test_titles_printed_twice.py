"""A headline a page printed twice, its first copy glued to a label ("… at JaisalmerPremium
Exercise …"), is headed by one copy, not both (the title checker called it "repeated")."""

from chronology.extraction.titles import make_title

HEAD = "Naval drill Caspian Shield started on 14 January at Bandar Anzali"


def _title(sentence: str) -> str:
    spans = [(m, m + len("14 January")) for m in range(len(sentence))
             if sentence.startswith("14 January", m)]
    return make_title(sentence, spans, {}, False)


def test_a_headline_glued_to_its_own_copy_is_told_once():
    title = _title(f"{HEAD}Premium {HEAD}")
    assert title.count("Caspian Shield") == 1 and "Premium" not in title
    assert _title(f"{HEAD} {HEAD}").count("Caspian Shield") == 1


def test_a_sentence_that_only_repeats_words_is_kept_whole():
    sentence = "Iran and Russia held drills and Iran and Russia held talks on 14 January"
    assert _title(sentence).count("Iran and Russia") == 2
