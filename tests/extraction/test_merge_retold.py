"""One event told by two outlets in other words (invented reports): the kind of act is read
from any of the words agencies use for it, and the rules that join two tellings of one act
do not join two acts."""

from __future__ import annotations

from one_article import merged_sources, merged_together
from one_article import story as _doc


def test_a_memorandum_written_mou_is_an_agreement_like_the_other_report(tmp_path):
    first = _doc("2022-03-09", "Iranian Defence Minister Ali Karimi and his hosts in Moscow "
                 "sealed a pact on naval training on Tuesday, Iranian media reported.")
    second = _doc("2022-03-09", "On Tuesday, Ali Karimi and Russian Deputy Minister Ivan "
                  "Sokolov inked a groundbreaking defence MoU.")
    assert merged_together(tmp_path, first, second)


# Invented: one signing told by each side's press, each naming only its own country.
SIGNING = _doc("2022-05-11", "Iran's defence minister signed a historic agreement in Isfahan "
               "on Tuesday.")
SIGNING_RETOLD = _doc("2022-05-11", "The Russian defence minister had talks with his hosts in "
                      "Isfahan on Tuesday and signed a historic agreement on the training of "
                      "pilots and the repair of engines, state media reported, citing the "
                      "delegation.")


def test_one_act_at_one_place_told_in_the_same_verb_is_one_event(tmp_path):
    assert merged_together(tmp_path, SIGNING, SIGNING_RETOLD)


def test_the_next_days_report_of_the_act_at_that_place_is_the_same_act(tmp_path):
    # the same object ("a historic agreement"); the dates must still be compatible: the
    # next day's report names a side the first names
    later = SIGNING_RETOLD.replace("on Tuesday", "on Wednesday").replace(
        "his hosts", "his Iranian hosts")
    assert merged_together(tmp_path, SIGNING, later)


def test_two_acts_at_one_base_in_alike_words_but_other_verbs_stay_apart(tmp_path):
    vote = _doc("2022-05-11", "The Iranian parliament approved a motion on Tuesday extending "
                "the stay of Russian military instructors at the air base of Isfahan for "
                "another 18 months.")
    lesson = _doc("2022-05-11", "Russian military instructors began training Iranian pilots "
                  "at the Isfahan air base on Tuesday, the official news agency reported.")
    assert merged_sources(tmp_path, [vote, lesson]) == [["r0"], ["r1"]]


def test_alike_words_without_the_place_in_common_stay_apart(tmp_path):
    other = SIGNING_RETOLD.replace("Isfahan", "Kazan")
    assert merged_sources(tmp_path, [SIGNING, other]) == [["r0"], ["r1"]]


def test_a_delivery_and_a_signing_of_one_day_sharing_only_sides_and_day_stay_apart(tmp_path):
    # Invented: two Russian reports of one day in Tehran, a delivery and a contract; the
    # stems they share are the ministers, the sides, the city and the day.
    delivery = ("---\npublished: 2021-12-06\nlanguage: ru\n---\nТЕГЕРАН, 6 декабря. /ТАСС/. "
                "Министр иностранных дел Ирана в понедельник заявил журналистам в Тегеране, "
                "что Россия начала поставки Ирану зенитных ракетных комплексов.\n")
    contract = ("---\npublished: 2021-12-06\nlanguage: ru\n---\nМинистры обороны России и "
                "Ирана в понедельник подписали в Тегеране контракт на производство стрелкового "
                "оружия и боеприпасов на заводах в провинции Исфахан в течение ближайших "
                "десяти лет, сообщили журналистам в министерстве.\n")
    assert merged_sources(tmp_path, [delivery, contract]) == [["r0"], ["r1"]]


def test_a_flight_leaving_and_its_arrival_two_days_later_are_two_events(tmp_path):
    # Invented: the same jets named by both, on their way and two days later at home.
    left = _doc("2023-09-12", "MOSCOW (Example Wire) - The first four Su-35 fighter jets for "
                "Iran took off from the Komsomolsk-on-Amur plant on Monday, a source said.")
    landed = _doc("2023-09-14", "TEHRAN (Example News) - Four Su-35 fighter jets from Russia "
                  "landed at an air base in Hamadan on Wednesday, Iranian media reported.")
    assert merged_sources(tmp_path, [left, landed]) == [["r0"], ["r1"]]


def test_sides_that_have_agreed_to_an_act_tell_an_agreement_like_the_signing_next_day(tmp_path):
    # Invented: one side's statement of the accord, the other's report of its signing.
    agreed = _doc("2022-03-04", "Russia and Iran have agreed to collaborate on the development "
                  "of a new radar system, the Iranian defence ministry stated in a press release "
                  "on Thursday, March 3.")
    signed = _doc("2022-03-05", "Iranian Defence Minister Ali Karimi has signed an accord with "
                  "Russia to develop a new ground-based radar system for the Iranian army, "
                  "officials said on Friday.")
    assert merged_together(tmp_path, agreed, signed)


def test_a_country_in_common_is_no_place_of_one_act(tmp_path):
    # Invented: one sender, one receiving country, the next day: a cargo and a delegation.
    parts = _doc("2022-05-10", "Russia sent a shipment of spare parts for fighter jets to Iran "
                 "on Monday, Iranian officials said.")
    delegation = _doc("2022-05-11", "Russia sent a military delegation to Iran on Tuesday for "
                      "talks on naval cooperation, Iranian officials said.")
    assert merged_sources(tmp_path, [parts, delegation]) == [["r0"], ["r1"]]


def test_two_acts_of_one_pair_in_one_city_on_adjacent_days_stay_apart(tmp_path):
    # Invented: the sides, the verb, the city and the attribution in common; other objects.
    contract = _doc("2022-05-10", "Russia and Iran signed a contract for the delivery of Su-35 "
                    "fighter jets in Tehran on Monday, officials said.")
    statement = _doc("2022-05-11", "Russia and Iran signed a joint statement condemning Western "
                     "sanctions in Tehran on Tuesday, officials said.")
    assert merged_sources(tmp_path, [contract, statement]) == [["r0"], ["r1"]]
    opened = _doc("2022-05-10", "Iran opened a national pavilion at the defence forum in Moscow "
                  "on Monday, Iranian media said.")
    office = _doc("2022-05-11", "Iran opened a new military attache office in Moscow on "
                  "Tuesday, Iranian media said.")
    assert merged_sources(tmp_path, [opened, office]) == [["r0"], ["r1"]]


def test_a_negated_or_intended_agreement_is_no_signing_of_the_next_day(tmp_path):
    signed = _doc("2022-05-11", "Russia and Iran signed a defence cooperation agreement in "
                  "Tehran on Tuesday, officials said.")
    refused = _doc("2022-05-10", "Russia has not agreed to supply S-400 air defence systems to "
                   "Iran, a Kremlin spokesman said on Monday.")
    study = _doc("2022-05-10", "Russia has agreed to study an Iranian proposal for joint naval "
                 "patrols in the Gulf, the Russian navy commander said on Monday.")
    assert merged_sources(tmp_path, [refused, signed]) == [["r0"], ["r1"]]
    assert merged_sources(tmp_path, [study, signed]) == [["r0"], ["r1"]]


def test_the_object_of_the_next_days_act_includes_what_it_is_of_or_on():
    # Invented: one verb, one port, one kind of cargo or document; other contents.
    from chronology.extraction.sameness import _same_object
    shells = "A Russian ship delivered a shipment of artillery shells to Iran on Monday."
    parts = "A Russian ship delivered a shipment of spare parts and engines to Iran on Tuesday."
    assert not _same_object(shells, parts, frozenset({"deliver"}))
    medicine = "Officials signed a memorandum on cooperation in military medicine in Tehran."
    education = "Officials signed a memorandum on cooperation in military education in Tehran."
    assert not _same_object(medicine, education, frozenset({"sign"}), frozenset({"tehran"}))
    retold = "The minister signed a historic agreement on pilot training in Tehran on Tuesday."
    first = "Iran's minister signed a historic agreement in Tehran on Monday."
    assert _same_object(first, retold, frozenset({"sign"}), frozenset({"tehran"}))
