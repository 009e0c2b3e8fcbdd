"""Direction from tense and context: a weekday or month in a past clause goes back, in a
future clause forward; the tense of a reported event is its own, not the reporting verb's."""

from __future__ import annotations

import datetime as dt

import pytest
from datecases import value_of

from chronology.dates import context, find_mentions

FRIDAY = "2015-01-23"
MARCH = "2015-03-10"

CASES = [
    # Across the turn of the year: a past month named in December is this year's, a future
    # month named in January is this year's too (not the month next to the story's own).
    ("Turkey first sent troops to the country on a year-long mandate in January.",
     "2020-12-22", "January", "2020-01"),
    ("The frigate will be handed over in December.", "2021-01-12", "December", "2021-12"),
    # near misses: the month next to the story's own, in its year
    ("The government approved a plan to cut subsidies in April.", "2015-03-10", "April",
     "2015-04"),
    ("The deal was signed in December.", "2021-01-12", "December", "2020-12"),
    # ... but the month after the story's is behind it when it is the time of an act its own
    # past verb tells, with where it happened between ("arrived in China in July")
    ("The envoy arrived in Beijing in July, the agency said.", "2026-06-10", "July",
     "2025-07"),
    ("Two frigates docked at Tartus in April, the navy said.", "2015-03-10", "April",
     "2014-04"),
    # ... and so when its own past verb governs the month directly ("the hangar was built in
    # July", "the talks ended in July"), but not a participle a "be" or "to" sends ahead
    ("The new hangar at the base was built in July, officials said.", "2026-06-10", "July",
     "2025-07"),
    ("The first round of talks ended in July without a deal.", "2026-06-10", "July",
     "2025-07"),
    ("The second hangar will be built in July, officials said.", "2026-06-10", "July",
     "2026-07"),
    ("The accord, which is to be signed in July, covers spare parts.", "2026-06-10", "July",
     "2026-07"),
    ("Elections were announced in July.", "2026-06-10", "July", "2026-07"),
    # a day its own past verb tells an act done on is not weeks after the story's date
    ("The frigate docked at Tartus on July 2, the navy said.", "2026-06-10", "July 2",
     "2025-07-02"),
    ("The ministers met July 2 in Ankara.", "2026-06-10", "July 2", "2025-07-02"),
    # near misses: a day ahead told ahead, a day put off to, one a few days on (the page's
    # date may be the one that slipped), a day opening the sentence before its verb
    ("The accord is to be signed on July 2, officials said.", "2026-06-10", "July 2",
     "2026-07-02"),
    ("The vote was postponed to July 2.", "2026-06-10", "July 2", "2026-07-02"),
    ("The accord was signed on June 14.", "2026-06-10", "June 14", "2026-06-14"),
    # a participle right before the date is no finite verb of the act: one naming a noun a
    # preposition or a verb governs, or a condition's; a subject before it keeps it finite
    ("Cairo invited Greek frigates to manoeuvres held July 12.", "2026-06-10", "July 12",
     "2026-07-12"),
    ("Lima sent a delegation to the air show staged in Santiago on July 14.", "2026-06-10",
     "July 14", "2026-07-14"),
    ("Pilots registered for the contest opened in July.", "2026-06-10", "July", "2026-07"),
    ("Officials said the tanks, if delivered in July, would be the first.", "2026-06-10",
     "July", "2026-07"),
    ("The envoy said that once ratified in July, the pact would enter into force.",
     "2026-06-10", "July", "2026-07"),
    ("The corvette docked July 12 in Limassol.", "2026-06-10", "July 12", "2025-07-12"),
    ("The officer said the cutters sailed July 12.", "2026-06-10", "July 12", "2025-07-12"),
    # near misses: a verb of a plan or a speech, an infinitive, another clause, an object
    ("Iran announced elections in Tehran in July.", "2026-06-10", "July", "2026-07"),
    ("The council agreed to hold talks in Geneva in July.", "2026-06-10", "July", "2026-07"),
    ("Officials said the talks, which resume in Geneva in July, are vital.", "2026-06-10",
     "July", "2026-07"),
    ("The firm signed a deal for deliveries in July.", "2026-06-10", "July", "2026-07"),
    # a past form before the month whose clause's own verb after it looks ahead is a
    # participle naming the subject, not the act's past verb: the month stays ahead
    ("Talks held in Geneva in July will settle the dispute, aides said.", "2026-06-10",
     "July", "2026-07"),
    ("Drills conducted off Crete in October are expected to test the fleet.", "2026-09-02",
     "October", "2026-10"),
    ("Talks held in Geneva in July were tense, aides said.", "2026-06-10", "July", "2025-07"),
    # a past form with a subject of its own is a relative clause telling a past act
    ("Air defence systems Moscow shipped to Cairo in July will be deployed near the border.",
     "2026-06-10", "July", "2025-07"),
    ("The jets they flew to Minsk in July will stay there, aides said.", "2026-06-10", "July",
     "2025-07"),
    # a modal past in meaning looks back
    ("Talks held in Geneva in July could not settle the dispute, aides said.", "2026-06-10",
     "July", "2025-07"),
    ("Parts shipped to Oman in July may have been faulty, aides said.", "2026-06-10", "July",
     "2025-07"),
    ("Talks held in Geneva in July would later collapse, aides said.", "2026-06-10", "July",
     "2025-07"),
    ("Talks held in Geneva in July will not settle the dispute, aides said.", "2026-06-10",
     "July", "2026-07"),
    # an act an infinitive tells may lie ahead of its past verb, across the turn of the year
    ("Russia agreed to deliver the first batch of Su-35 fighter jets to Iran in January.",
     "2023-12-22", "January", "2024-01"),
    # near misses: an act that failed, a clause of its own after the infinitive
    ("Russia failed to deliver the promised Su-35 jets to Iran in January.", "2023-12-20",
     "January", "2023-01"),
    ("Russia agreed to deliver the Su-35 jets to Iran, which Tehran ordered in January.",
     "2023-12-20", "January", "2023-01"),
    # a far "will" does not carry past "after" or "since": the earlier sale is behind
    ("Moscow will also supply Yak-130 trainers, its second such sale to Iran after the first "
     "batch of Yak-130 aircraft for the Iranian air force in September.", "2023-11-15",
     "September", "2023-09"),
    # The two examples.
    ("Roth on Thursday agreed to sell the company.", FRIDAY, "Thursday", "2015-01-22"),
    ("The firm agreed to sell the plant in October.", MARCH, "October", "2014-10"),
    # Plans with an object, schedules in the present, things put off: ahead.
    ("Protesters planned a large demonstration on Saturday.", FRIDAY, "Saturday",
     "2015-01-24"),
    ("Netanyahu and Arafat meet separately Monday with Albright.", FRIDAY, "Monday",
     "2015-01-26"),
    ("Officials postponed until Tuesday morning any action on the case.", FRIDAY,
     "Tuesday morning", "2015-01-27"),
    ("The vote was delayed to Monday.", FRIDAY, "Monday", "2015-01-26"),
    ("Talks were suspended until Monday.", FRIDAY, "Monday", "2015-01-26"),
    ("The vote, first set for Monday, was moved to Thursday.", FRIDAY, "Thursday",
     "2015-01-29"),
    ("The deadline was extended to Monday.", FRIDAY, "Monday", "2015-01-26"),
    ("The offer was extended on Monday.", FRIDAY, "Monday", "2015-01-19"),
    # A departure told in the present is a schedule; a summons sends its infinitive ahead;
    # a time granted ("given until") or the earliest time ("as soon as") lies ahead.
    ("Albright, who leaves Monday for Africa, said she was sad.", FRIDAY, "Monday",
     "2015-01-26"),
    ("Albright left Monday for Africa.", FRIDAY, "Monday", "2015-01-19"),
    ("The committee subpoenaed him to testify on Tuesday.", FRIDAY, "Tuesday", "2015-01-27"),
    ("The court ordered him to appear on Tuesday.", FRIDAY, "Tuesday", "2015-01-27"),
    ("He went to court to testify on Tuesday.", FRIDAY, "Tuesday", "2015-01-20"),
    ("The family was given until Tuesday to sign.", FRIDAY, "Tuesday", "2015-01-27"),
    ("Castro said the boy could leave as soon as Tuesday.", FRIDAY, "Tuesday", "2015-01-27"),
    # Not schedules: a past negation, a past verb with an infinitive.
    ("The ministers did not meet on Tuesday.", FRIDAY, "Tuesday", "2015-01-20"),
    ("Problems made it hard to meet demand well into the summer.", "2015-10-26", "summer",
     "2015-SU"),
    ("He went to Moscow to sign the deal on Tuesday.", FRIDAY, "Tuesday", "2015-01-20"),
    # ... but a verb that sends its infinitive ahead, or a present verb between, keeps it.
    ("Russia asked Iran to sign the deal on Tuesday.", FRIDAY, "Tuesday", "2015-01-27"),
    ("He said Iran is ready to sign the deal on Tuesday.", FRIDAY, "Tuesday", "2015-01-27"),
    # An -ed adjective is no past verb: "would be paid on a still unspecified date in January".
    ("The split would be paid on a still unspecified date in January.", "2015-10-26",
     "January", "2016-01"),
    # A noun of an intended act sends its infinitive ahead; the verb "agreed" (above) not.
    ("The bank announced an agreement to buy the firm in June.", MARCH, "June", "2015-06"),
    ("The rebels rejected a proposal to hold talks in June.", MARCH, "June", "2015-06"),
    ("The bank announced in June that it had bought the firm.", MARCH, "June", "2014-06"),
    # Reporting verb vs reported event.
    ("He said on Thursday that the sides will meet on Monday.", FRIDAY, "Thursday",
     "2015-01-22"),
    ("He said on Thursday that the sides will meet on Monday.", FRIDAY, "Monday",
     "2015-01-26"),
    # A past verb with no auxiliary never names a month two or more still to come: ratified
    # in June, told in late April, is last June; a future verb never one two or more gone by.
    # The month next to the story's own keeps its year (the tense guess fails most there).
    ("The pact, signed in 2014, was ratified by parliament in June.", "2016-04-28", "June",
     "2015-06"),
    ("Parliament ratified the pact in July.", "2016-04-28", "July", "2015-07"),
    ("The new law will take effect in January.", MARCH, "January", "2016-01"),
    ("The cabinet approved a plan to cut fuel subsidies in April.", MARCH, "April", "2015-04"),
    ("February retail sales are expected to show a rise.", MARCH, "February", "2015-02"),
    # An irregular participle is a past verb too: "built in November" is behind.
    ("The plant, built in November, will open in June.", MARCH, "November", "2014-11"),
    ("The plant, built in November, will open in June.", MARCH, "June", "2015-06"),
    ("The army retook the town in May, and it will hold talks in June.", MARCH, "May",
     "2014-05"),
    ("The court upheld the ruling in May.", MARCH, "May", "2014-05"),
    # A future seen from the past ("was due", "was to be held", "were expected to") gives
    # no direction: the nearest month, ahead or behind the story's date.
    ("The vote was to be held in April.", MARCH, "April", "2015-04"),
    ("Results were due in May, officials said.", "2015-10-10", "May", "2015-05"),
    ("The plant was expected to close in April, officials said.", "2015-10-10", "April",
     "2015-04"),
    ("The plant was expected to close in April, officials said.", MARCH, "April", "2015-04"),
    # and in the pluperfect: "had been due to expire Friday", told on a Monday, is behind
    # (the scheduling verb no longer reads as a schedule ahead); "had been scheduled for
    # Thursday", put off since, may still lie ahead and keeps the schedule's direction
    ("The offer had been due to expire Friday evening.", "2015-01-26", "Friday evening",
     "2015-01-23"),
    ("The talks had been expected to end Thursday.", "2015-01-26", "Thursday", "2015-01-22"),
    # a plan told in the pluperfect is a future seen from the past: the weekday before
    ("He had planned to leave on Monday but stayed in the capital.", FRIDAY, "Monday",
     "2015-01-19"),
    ("The rebels had hoped to take the town on Tuesday.", FRIDAY, "Tuesday", "2015-01-20"),
    # a modal with "have" tells of the past ("may have been behind"), not of the future
    ("Worries about the chip may have been behind a drop in the shares on Wednesday.", FRIDAY,
     "Wednesday", "2015-01-21"),
    ("The convoy might have come under fire near the border on Tuesday.", FRIDAY, "Tuesday",
     "2015-01-20"),
    ("The vote had been scheduled for Thursday.", "2015-01-26", "Thursday", "2015-01-29"),
    ("The plant had been expected to close in April, officials said.", "2015-10-10", "April",
     "2015-04"),
    ("The offer will expire Friday evening.", "2015-01-26", "Friday evening", "2015-01-30"),
    # The present of "to be" governing the date is a schedule; a verb between decides.
    ("The runoff vote is on Sunday.", FRIDAY, "Sunday", "2015-01-25"),
    ("The final is Saturday.", FRIDAY, "Saturday", "2015-01-24"),
    ("A verdict is expected on Monday.", FRIDAY, "Monday", "2015-01-26"),
    ("The envoy is due in Moscow on Tuesday.", FRIDAY, "Tuesday", "2015-01-27"),
    ("He is accused of killing two guards on Tuesday.", FRIDAY, "Tuesday", "2015-01-20"),
    ("The elections are in November.", MARCH, "November", "2015-11"),
    ("Elections are due in December.", MARCH, "December", "2015-12"),
    ("Exports fell more than expected in December.", MARCH, "December", "2014-12"),
    ("It is the third attack since Tuesday.", FRIDAY, "Tuesday", "2015-01-20"),
    # A possessive date is past ("Wednesday's ruling"), whatever the verb governing the
    # phrase, unless its occasion is looked ahead to ("ahead of Sunday's election").
    ("Parties held rallies ahead of Sunday's election.", FRIDAY, "Sunday", "2015-01-25"),
    ("Officials are preparing for Saturday's summit.", FRIDAY, "Saturday", "2015-01-24"),
    ("Turnout was high in Sunday's election.", FRIDAY, "Sunday", "2015-01-18"),
    ("Lawyers would look for ways around Wednesday's ruling.", FRIDAY, "Wednesday",
     "2015-01-21"),
    ("Police were out in force before Saturday's match.", FRIDAY, "Saturday", "2015-01-17"),
    ("Parties campaigned on the eve of Sunday's vote.", FRIDAY, "Sunday", "2015-01-18"),
    ("Troops deployed ahead of November's elections.", MARCH, "November", "2015-11"),
    # A time granted to someone lies ahead, the granting told in any tense.
    ("Officials have given the family until 9 a.m. Tuesday to sign.", FRIDAY, "9 a.m. Tuesday",
     "2015-01-27"),
]


@pytest.mark.parametrize(("text", "reference", "mention", "expected"), CASES)
def test_direction(text, reference, mention, expected):
    assert value_of(text, reference, mention) == expected


def test_the_reason_agrees_with_a_month_ahead():
    (july,) = find_mentions("Talks held in Geneva in July will settle the dispute.",
                            dt.date(2026, 6, 10))
    assert july.value == "2026-07"
    assert "looking back" not in july.reason


def test_an_ongoing_present_is_no_schedule():
    text = "The bank said it is continuing to try to sell itself, under a June agreement."
    assert value_of(text, "1989-10-27", "June") == "1989-06"


def test_a_weekday_that_fits_only_a_year_the_tense_rules_out_is_a_slip():
    (said,) = find_mentions("The minister said in a post on Saturday, August 24.",
                            dt.date(2018, 8, 26))
    assert said.value == "2018-08-24"  # a Friday: the text's slip, not a year ahead
    assert "not a Saturday" in said.reason
    (fits,) = find_mentions("The ships arrived on Friday, March 3.", dt.date(2023, 3, 10))
    assert fits.value == "2023-03-03"


def test_a_noun_after_a_possessive_is_no_schedule():
    (visit,) = find_mentions("He praised the minister's visit to the embassy on May 9.",
                             dt.date(2025, 7, 14))
    assert visit.value == "2025-05-09"


def test_a_word_cut_by_the_window_is_no_past_verb():
    # 90 characters before "Tuesday" fall inside "scheduled": "duled" is no past verb.
    text = ("The envoy is scheduled to spend just five hours on the dry ground in Kabul, "
            "Afghanistan, on her first stop Tuesday morning.")
    start = text.index("Tuesday")
    assert text[start - 90 : start].startswith("duled ")
    # and the nearest marker farther back in the sentence governs: "is scheduled to spend"
    assert context.tense(text, start, start + len("Tuesday")) == "future"


def test_with_no_marker_near_a_date_the_nearest_one_earlier_in_its_sentence_governs():
    text = ("Korea Aerospace Industries (KAI) will deliver two FA-50 light-attack aircraft to "
            "the Philippine Air Force (PAF) ahead of schedule in December.")
    start = text.index("December")
    assert context.tense(text, start, start + len("December")) == "future"
    # near miss: a marker of another sentence does not count
    text = ("KAI will deliver two jets. The Philippine Air Force (PAF) inspected a light-attack "
            "aircraft at an air base near the city of Gimhae in December.")
    start = text.index("December")
    assert context.tense(text, start, start + len("December")) != "future"


# A modal's "have" tells of the past only before a participle: "may have to wait until
# Friday", "should have the systems by Friday" are ahead (review of the modal-perfect rule).
@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Iran may have to wait until Friday for the delivery, officials said.", "Friday",
     "2015-01-23"),
    ("Russia might have to postpone the drills until Monday.", "Monday", "2015-01-26"),
    ("Iran should have the S-400 systems by Friday.", "Friday", "2015-01-23"),
    ("The blast may have been caused by a gas leak on Wednesday.", "Wednesday", "2015-01-21"),
])
def test_a_modal_have_is_past_only_before_a_participle(text, mention, expected):
    assert value_of(text, "2015-01-22", mention) == expected


# The end of a stretch still going on lies ahead: a weekday after "until", "till" or
# "through" with no past verb before it (reference: a Thursday).
@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The book fair runs until Sunday at the city's exhibition centre.", "Sunday",
     "2015-01-25"),
    ("The ceasefire holds till Monday under the new deal.", "Monday", "2015-01-26"),
    ("The art show stays open through Saturday.", "Saturday", "2015-01-24"),
    # a past verb keeps it behind, and a weekday before the word makes a range
    ("The protesters were held until Monday.", "Monday", "2015-01-19"),
    # only a present, progressive or future word makes it go on: a past form the tense
    # lists do not know is no cue (read as before)
    ("Turkey shut the strait to warships until Sunday.", "Sunday", "2015-01-18"),
    ("The ministry froze the accounts until Sunday.", "Sunday", "2015-01-18"),
    ("Rebels hid in the hills until Monday.", "Monday", "2015-01-19"),
    ("The strait is closed to warships until Sunday.", "Sunday", "2015-01-25"),
    ("The drills ran Monday through Wednesday.", "Wednesday", "2015-01-21"),
])
def test_a_weekday_that_ends_a_stretch_going_on_lies_ahead(text, mention, expected):
    assert value_of(text, "2015-01-22", mention) == expected
