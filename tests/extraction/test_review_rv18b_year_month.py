"""Review rv18b item 6: a year's report and a month's are linked by a weapon they both name
only when the month falls in that year ("a deal in 2019 for 16 Ferret jets" and "a contract
for the Ferret jets in May 2022" are two acts).  Every article is invented."""

from __future__ import annotations

from one_article import CONFIG, story

from chronology.articles import read_article
from chronology.extraction import analyse_article
from chronology.extraction.sameness import match_score


def _only(tmp_path, name, published, body):
    path = tmp_path / f"{name}.md"
    path.write_text(story(published, body), encoding="utf-8")
    found = analyse_article(read_article(path), CONFIG).found
    assert len(found) == 1, [c.event.date for c in found]
    return found[0]


def test_a_month_of_another_year_is_no_link(tmp_path):
    ordered = _only(tmp_path, "a", "2019-08-01", "Headline\n\nTEHRAN (Example Wire) - Iran agreed "
                    "a deal in 2019 to buy 16 Ferret jets from Russia, the air force commander "
                    "told reporters.")
    later = _only(tmp_path, "b", "2022-06-10", "Headline\n\nMOSCOW (Example News) - Russia and "
                  "Iran signed a contract for the Ferret jets in May 2022, the ministry in "
                  "Moscow said.")
    assert (ordered.event.date, later.event.date) == ("2019", "2022-05")
    assert match_score(ordered, later) == 0
    same_year = _only(tmp_path, "c", "2019-06-10", "Headline\n\nMOSCOW (Example News) - Russia "
                      "and Iran signed a contract for the Ferret jets in May 2019, the "
                      "ministry in Moscow said.")
    assert match_score(ordered, same_year) > 0  # the month of that year: one deal
