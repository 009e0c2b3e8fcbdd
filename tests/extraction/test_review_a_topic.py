"""Review A's relevance problems, on invented wire sentences: money named by a country
("US$5.8 billion", "HK$", "Australian dollars") names no third country."""

from __future__ import annotations

import pytest

from chronology.config import Topic
from chronology.extraction.relevance import match_topic

TOPIC = Topic(actors={"South Korea": ("South Korea", "South Korean", "Seoul", "Hanwha"),
                      "Poland": ("Poland", "Polish", "Warsaw", "Gdynia")},
              terms=("tanks", "howitzers", "contract", "contracts", "defence"))


@pytest.mark.parametrize("money", ["US$5.8 billion", "A$2 billion", "C$900 million",
                                   "HK$7 billion", "S$1.2 billion", "NZ$300 million",
                                   "R$4 billion", "Rs 4,500 crore", "USD 5.8 billion",
                                   "5.8 billion US dollars", "5.8 billion U.S. dollars",
                                   "2 billion Australian dollars", "7 billion Hong Kong dollars",
                                   "40 billion Indian rupees", "30 billion Chinese yuan"])
def test_money_names_no_country(money):
    topic = match_topic(f"In August, Poland signed contracts worth {money} to buy tanks.", TOPIC)
    assert topic.relevant, topic.reason


@pytest.mark.parametrize("sentence", [
    "In August, Poland signed contracts with the United States to buy tanks.",
    "In August, Poland signed contracts worth $5.8 billion with Australia to buy tanks.",
    "In August, Poland won a contract with India to buy tanks.",
])
def test_a_third_country_still_makes_it_off_topic(sentence):
    assert not match_topic(sentence, TOPIC).relevant


@pytest.mark.parametrize("sentence", [
    # an accuser is a voice: the claim it makes names it again
    "Poland on Tuesday denied Ukrainian claims that Polish tanks had crossed into Ukraine.",
    "Poland rejected allegations by Lithuania that its howitzers were defective.",
    "Poland dismissed Belarus's accusations that Polish tanks massed at the border.",
    # a former buyer of the thing, in a side clause
    "Poland bought 24 tanks in July, and two howitzers that had been built for Norway.",
    "Poland received three tanks originally ordered for the Czech Republic.",
    # what a side clause says of the thing
    "Poland ordered 48 tanks, which Norway also uses, in May.",
])
def test_a_claimant_a_former_buyer_or_a_side_clause_is_no_party(sentence):
    topic = match_topic(sentence, TOPIC)
    assert topic.relevant, topic.reason


@pytest.mark.parametrize("sentence", [
    "Ukraine claims that Polish tanks crossed the border.",  # the verb: Ukraine's own act
    "Poland denied claims that it sold tanks to Ukraine.",  # Ukraine a party of the claim
    "Poland bought tanks built by Germany.",  # the maker is a party
    "Poland ordered tanks from Norway, which will deliver them in May.",
])
def test_a_country_acting_still_makes_it_off_topic(sentence):
    assert not match_topic(sentence, TOPIC).relevant
