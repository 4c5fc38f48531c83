"""Claim spotting: the check-worthiness model and the decision built on it, on text of other topics."""

import json

import pytest

from claimcheck import spotting
from claimcheck.text import checkworthy

from .conftest import invoke


def test_model_is_read_with_the_standard_library_and_scores_between_0_and_1():
    model = checkworthy.model()
    assert model.weights and model.threshold == 0.5
    for text in ("", "Hello.", "The bridge cost $2.4 billion and opened in 1998."):
        assert 0.0 <= model.score(text) <= 1.0


def test_model_ranks_a_factual_claim_above_small_talk():
    assert checkworthy.score("Unemployment fell to 3.9% last year, the lowest since 2001.") > 0.5
    assert checkworthy.score("Thank you all for being here tonight.") < 0.5


def test_digits_share_their_ngrams():
    words, chars = checkworthy.ngrams("It cost $750 in 2019")
    assert "$" in words and "0" in words and "#0" not in chars


@pytest.mark.parametrize("sentence, reason", [
    ("Will the bridge reopen before winter?", spotting.QUESTION),
    ("Background", spotting.LABEL),
    ("Money and people.", spotting.LABEL),
    ("Where the money goes.", spotting.LABEL),
    ("Figures still to be checked.", spotting.LABEL),
    ("Leave a reply", spotting.BOILERPLATE),
    ("© 2023 The Daily Ledger. All rights reserved.", spotting.BOILERPLATE),
    ("I think the council should have waited for the audit.", spotting.OPINION),
    ("It is high time the city fixed its roads.", spotting.OPINION),
])
def test_what_is_not_checked_and_why(sentence, reason):
    decision = spotting.spot(sentence)
    assert not decision.checkworthy
    assert decision.reason == reason


@pytest.mark.parametrize("sentence", [
    "The Riverton council approved a $48 million transit levy on Tuesday.",
    "Ridership has fallen 18% since 2019.",
    "Nordhaven Pharma plans to seek approval in early 2024.",
    "Acme to Cut 400 Jobs as Steel Prices Fall",  # a headline that asserts a fact
    # verbs whose past is their base form, or an irregular past: a sentence, not a label
    "The airline's chief executive, Jo Marsh, forecast a profit of about £3 million this year.",
    "The new terminal cost £48 million.",
    "Harbour tenants sought damages of £20,000 from the landlord.",
])
def test_factual_sentences_and_headlines_are_checked(sentence):
    assert spotting.spot(sentence).checkworthy


@pytest.mark.parametrize("sentence, verb", [
    ("The union's treasurer, Ann Cole, spoke after the ballot.", True),  # an irregular past
    ("The new rules also include a ban on night flights.", True),  # a verb after an adverb
    ("The scheme now covers every school in the county.", True),
    ("The only remaining members of the board.", False),  # "only" stands before nouns as often
    ("Money and people.", False),
    # a comma parts a heading's list of nouns, never a subject from its verb: "Bills, fines" is no "Bills fines"
    ("Bills, fines and solar panels in Harnwold", False),
    ("Rents, repairs and waiting lists in Kelby", False),
    ("Kelby Council fines two landlords", True),
    ("Its bus arm, Kelby Coaches, runs 40 routes.", True),  # (the second comma closes an aside)
    ("Ann Lee, the long-serving head of the council of Kelby, resigns", True),  # (a longer aside)
    ("Too few nurses in Kelby, warns Unison", True),  # (a headline's reporting verb after its comma)
])
def test_a_verb_after_an_adverb_or_in_its_irregular_past_makes_a_sentence(sentence, verb):
    assert spotting.has_verb(sentence) is verb


def test_an_opinion_with_an_amount_is_still_checked():
    decision = spotting.spot("The council should not have spent $3 million on the study.")
    assert decision.checkworthy and decision.kind == "opinion"


@pytest.mark.parametrize("sentence, kind", [
    ("The plant will open in 2026.", "forecast"),
    ("Acme employs 350 people.", "fact"),
    ("\"We cannot run a city on a 1990s bus network,\" the mayor said.", "quote"),
])
def test_kind(sentence, kind):
    assert spotting.spot(sentence).kind == kind


def test_cli_sentences_jsonl_one_object_a_line_in_order(runner):
    lines = ["The levy raises $48 million a year.", "What happens next?", "Background", "Acme employs 350 people."]
    result = invoke(runner, ["extract", "--sentences", "--format", "jsonl", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["sentence"] for r in rows] == lines
    assert [r["checkworthy"] for r in rows] == [True, False, False, True]
    assert all(0.0 <= r["score"] <= 1.0 for r in rows)
    assert rows[1]["reason"] == "question"


def test_scan_lists_no_label_heading_question_or_opinion(project_with, runner):
    project_with(
        "# Plant news\n\n"
        "## Background\n\n"
        "Acme Corp will hire 350 workers at its new plant in Leeds.\n\n"
        "Will the plant open on time?\n\n"
        "I think it is a wonderful plant.\n\n"
        "Acme Corp to hire 350 workers in Leeds\n"
    )
    result = invoke(runner, ["scan", "--format", "json", "draft.md"])
    listed = [f["sentence"] for f in json.loads(result.output)]
    assert any(s.startswith("Acme Corp will hire 350 workers") for s in listed)
    assert not any(s.startswith(("Plant news", "Background", "Will the plant", "I think")) for s in listed)
