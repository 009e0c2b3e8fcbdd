"""One day's ceremony held for an act, and that act told by another outlet, are one event:
the ceremony's report says what it marks ("A ceremony marking the arrival of sailors at
the … base"), the other's act is done to a thing it names, by the head of its object ("opened
its first … base"), at a place both name, by the same countries (``sameness._ceremony_of``,
``en.CEREMONY_FOR``).  A ceremony marking something else that day is another event, even
when it shares a word of the act's object ("naval")."""

from one_article import merged_sources, story

OPENED = ("Russia officially opened its first naval logistics base in Iran on Tuesday in an "
          "event attended by more than 200 people, including Iranian naval officers.")


def _ceremony(marks: str) -> str:
    return f"A ceremony marking {marks} was held at the barracks on Tuesday, the Russian navy said."


def test_the_ceremony_of_the_act_is_the_act(tmp_path):
    texts = [story("2031-03-05", OPENED),
             story("2031-03-06", _ceremony("the entry of Russian sailors into the logistics "
                                           "base in Iran"))]
    assert ["r0", "r1"] in merged_sources(tmp_path, texts)


def test_a_ceremony_marking_something_else_is_another_event(tmp_path):
    texts = [story("2031-03-05", OPENED),
             story("2031-03-06", _ceremony("the anniversary of Russian and Iranian naval "
                                           "friendship in Iran"))]
    assert ["r0", "r1"] not in merged_sources(tmp_path, texts)
