"""A print edition's masthead line dates a Russian page (helper en28): invented lines."""

from __future__ import annotations

from chronology.dates import find_reference

_STORY = ("\n\nВ минувшие выходные на верфи состоялась торжественная церемония передачи "
          "корабля флоту страны, сообщили на предприятии.")


def test_an_edition_line_with_its_issue_number_and_regional_edition_dates_the_page():
    top = "Еженедельник «Северная неделя» № 47. Неделя в Мурманске 20/11/2013"
    ref = find_reference(f"Корабль уходит домой\n\n{top}{_STORY}", language="ru")
    assert ref.iso == "2013-11-20"


def test_a_headline_ending_with_a_date_and_no_issue_number_is_still_no_date_line():
    top = "Учения флота в Баренцевом море начались у берегов полуострова 20/11/2013"
    ref = find_reference(f"Корабль уходит домой\n\n{top}{_STORY}", language="ru")
    assert ref.iso != "2013-11-20"


def test_a_numbered_resolution_or_flight_over_the_story_is_no_masthead():
    """'№ N' alone makes no print edition: a resolution's or a flight's number on a line
    ending with a date leaves the page undated by it."""
    for top in ("Резолюция Совета Безопасности № 1947 утратила силу 18/10/2023",
                "Рейс № 52 из Анкары приземлился в Казани 20/11/2013"):
        ref = find_reference(f"Корабль уходит домой\n\n{top}{_STORY}", language="ru")
        assert ref.iso not in ("2023-10-18", "2013-11-20"), top
