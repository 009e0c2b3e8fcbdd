"""One article may tell an act on its day and again by the statement that told it the day
after ("… attended the handover on Saturday" / "… handed over the corvette this week, the
navy said on Sunday"): one event when both name the same thing (a ship, a system);
an intent and its fulfilment on two days are two ("agreed on Friday to sign" / "announced
on Saturday that it has signed")."""

from __future__ import annotations

from pathlib import Path

from one_article import merged_sources, story


def _events(tmp_path: Path, body: str, other: str | None = None) -> list[list[str]]:
    texts = [story("2025-12-21", f"Headline\n\n{body}", "en")]
    if other:
        texts.append(story("2025-12-21", f"Headline\n\n{other}", "en"))
    return merged_sources(tmp_path, texts)


HANDOVER = ("Russia handed over the Gepard-class corvette Almaz-7 to Iran in Astrakhan this "
            "week, the Iranian navy said on Sunday.\n\nIranian navy commander Shahram Irani "
            "attended the handover ceremony of the corvette Almaz-7 at the Astrakhan shipyard "
            "on Saturday, where he praised the crews.")


def test_an_act_and_the_next_days_statement_of_it_are_one_event(tmp_path):
    assert _events(tmp_path, HANDOVER) == [["r0"]]


def test_another_report_of_the_act_joins_them(tmp_path):
    other = ("Iran's navy took delivery of the corvette Almaz-7 at a ceremony in Astrakhan "
             "on Saturday, state television reported.")
    assert _events(tmp_path, HANDOVER, other) == [["r0", "r1"]]


def test_an_intent_and_its_fulfilment_stay_two_events(tmp_path):
    body = ("Russia and Iran on Saturday announced that they have signed a long-term treaty "
            "to strengthen naval collaboration, officials said.\n\nOn Friday, Russia and "
            "Iran agreed to sign a fresh bilateral pact during a meeting of their defence "
            "ministers in Tehran.")
    assert len(_events(tmp_path, body)) == 2
