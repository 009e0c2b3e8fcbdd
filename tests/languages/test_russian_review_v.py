"""Near misses of the round-23 rules (invented stories in the agencies' style, default
Russia–Iran topic): an act at the occasion just told is an event only when it was done."""

from __future__ import annotations

from .russian_story import candidates as _candidates

TALKS = ("Министр обороны России 14 марта провел в Тегеране переговоры с министром обороны "
         "Ирана.")


def _signings(tmp_path, after: str) -> list[str]:
    result = _candidates(tmp_path, f"{TALKS} {after}",
                         headline="Россия и Иран укрепляют сотрудничество", published="2017-03-20")
    return [c.date for c in result.candidates if "подпис" in c.title.lower()]


def test_a_signing_denied_at_the_occasion_is_no_event(tmp_path):
    assert _signings(tmp_path, "В ходе визита никаких соглашений подписано не было.") == []
    assert _signings(tmp_path, "По итогам переговоров меморандум так и не был подписан.") == []


def test_a_signing_hoped_for_or_put_off_at_the_occasion_is_no_event(tmp_path):
    assert _signings(tmp_path, "В ходе визита стороны рассчитывают подписать меморандум.") == []
    assert _signings(tmp_path, "В ходе визита должен был быть подписан меморандум, однако "
                               "подписание отложили.") == []


def test_a_signing_done_at_the_bare_occasion_is_still_of_its_day(tmp_path):
    assert _signings(tmp_path, "В ходе визита был подписан меморандум о сотрудничестве.") == [
        "2017-03-14"]


def test_a_signing_at_an_occasion_of_an_owner_or_body_is_not_of_the_talks_day(tmp_path):
    # another visit, session or body's meeting than the talks just told: not the talks' day
    assert _signings(tmp_path, "В ходе визита премьера Ирана в Москву был подписан меморандум.") == []
    assert _signings(tmp_path, "В ходе сессии Генассамблеи ООН стороны подписали декларацию.") == []
    assert _signings(tmp_path, "На заседании Совбеза ООН стороны подписали заявление.") == []
    assert _signings(tmp_path, "По итогам работы стороны подписали протокол.") == ["2017-03-14"]


def test_a_signing_after_talks_of_other_sides_is_not_carried_to_their_day(tmp_path):
    story = (f"{TALKS}\n\nПремьер Китая 16 марта провел переговоры с президентом Пакистана.\n\n"
             "В ходе визита был подписан меморандум о сотрудничестве.")
    result = _candidates(tmp_path, story, headline="Россия и Иран укрепляют сотрудничество",
                         published="2017-03-20")
    assert not [c for c in result.candidates if "подпис" in c.title.lower()], result.explain


def test_a_corresponding_paper_signed_after_talks_is_an_act_of_its_own(tmp_path):
    # a signing after talks is another act than the talks: its own event, not the talks' quote
    assert _signings(tmp_path, "Соответствующий меморандум стороны также подписали.") == [
        "2017-03-14"]
