"""A photo's caption of one sentence, no teller, closed by a credit after a copyright mark
("… в столице© Агентство / Пресс-служба") is a caption, not the story's lead: the lead
under it opens the story (in pages not in Latin script). A mark before a year is the page's notice; a story paragraph of
several sentences, or one telling who said it, keeps a credit glued to it."""

from __future__ import annotations

from chronology.articles.clean import _marked_credit, classify_blocks, line_kind

HEAD = "Министр прибыл в столицу республики\n\n"
CAPTION = ("Министр иностранных дел на встрече с коллегой из соседней страны в "
           "столице© Агентство Север / Пресс-служба министерства")
STORY = "Министр иностранных дел прибыл с визитом в столицу республики."
LAST = "Переговоры пройдут в среду.\n"


def _kinds(text: str) -> list[str]:
    blocks, _ = classify_blocks(text, 0)
    return [b.kind for b in blocks]


def test_a_sentence_closed_by_a_marked_credit_is_a_caption():
    kinds = _kinds(f"{HEAD}{CAPTION}\n{CAPTION}\n\n{STORY}\n\n{LAST}")
    assert kinds[1:] == ["caption", "caption", "story", "story"]


def test_a_page_in_latin_script_is_not_read_so():
    caption = "The minister at a meeting with his counterpart in the capital © Agency North / Office"
    assert line_kind(caption, latin_text=True) != "caption"
    assert line_kind(CAPTION, latin_text=False) == "caption"


def test_a_paragraph_of_several_sentences_keeps_its_credit():
    line = (f"{STORY} Он обсудит с коллегой сотрудничество в военной области© Агентство Север")
    assert line_kind(line, latin_text=False) != "caption"


def test_a_sentence_telling_who_said_it_keeps_its_credit():
    line = ("Переговоры министров двух стран пройдут в столице в среду, сообщил "
            "министр© Агентство Север")
    assert line_kind(line, latin_text=False) != "caption"


def test_a_mark_before_a_year_is_the_notice_not_a_credit():
    assert not _marked_credit("Все материалы сайта и фотографии © 2024 Агентство Север")
    assert _marked_credit("Министр на встрече с коллегой в столице © Агентство Север")
