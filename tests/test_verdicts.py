"""The verdict engine, one group of cases per phenomenon, on claim bases about other topics than
the built-in one (tests/bases: a football season, a company's results, a local election), so that
what is tested is a rule of English or of news, not the vocabulary of five articles.

Every sentence here was written for this file. A conflict also names the slot that decided it
(reasons are data: amount, date, polarity, opposite, actor, place, name, source).
"""

import json
from pathlib import Path

import pytest

BASES = Path(__file__).parent / "bases"

# (base, statement, verdict, deciding slot for a conflict)
CASES = [
    # --- the same fact in other words: lemmas, word families, synonyms, spelling, voice
    ("football", "Redmoor Athletic clinched automatic promotion to the Championship on 4 May 2024 by beating Stockford City 3-1 at Eastgate Park.", "supported", None),
    ("football", "Stockford City were beaten 3-1 by Redmoor Athletic at Eastgate Park on 4 May 2024, a win that secured automatic promotion to the Championship.", "supported", None),
    ("company", "Arvena Group is a heat pump manufacturer based in Eindhoven.", "supported", None),
    ("company", "Arvena Group has 11,300 employees, 4,200 of them in the Netherlands.", "supported", None),
    ("election", "Priya Sandhu got 41,236 votes in the mayoral election in Millbrook.", "supported", None),
    ("election", "Voting in the Millbrook elections was held on 2 May 2024 at 96 polling stations.", "supported", None),
    # --- amounts in any form
    ("company", "Arvena Group's revenue rose 12 percent to 2.4 billion euros in 2023.", "supported", None),
    ("company", "Arvena Group's plant near Wrocław will employ twelve hundred people.", "supported", None),
    ("company", "The Wrocław plant will be able to make a quarter of a million heat pumps a year at full capacity.", "supported", None),
    ("election", "Millbrook City Council has more than 50 councillors.", "supported", None),
    # a fraction in words is a share: "a quarter" is about 25 per cent
    ("election", "Karen Bishop said roughly a quarter of the votes for mayor were postal votes.", "supported", None),
    ("election", "Karen Bishop said about a third of the votes for mayor were postal votes.", "conflicting", "amount"),
    ("football", "Tomás Ferreira scored 31 league goals this season, nine of them penalties.", "conflicting", "amount"),
    ("company", "Arvena Group employs 13,000 people, 4,200 of them in the Netherlands.", "conflicting", "amount"),
    ("election", "Priya Sandhu won 45,236 votes to Martin Howe's 35,870 at the count on 3 May 2024.", "conflicting", "amount"),
    ("company", "Arvena Group's revenue rose 12 per cent to €3.1 billion in 2023.", "conflicting", "amount"),
    # two figures written to the same digit that differ in it are two figures, not a rounding
    ("company", "Arvena Group reported revenue of €2.3 billion for 2023.", "conflicting", "amount"),
    # a figure goes with the date written beside it: 2022's figure is not 2023's
    ("company", "Arvena Group's revenue was €2.14 billion in 2022.", "supported", None),
    ("company", "Arvena Group's revenue went up 12 per cent to €2.4 billion in 2023.", "supported", None),
    # who says a figure is not whose it is: "Marieke de Vries said Arvena had sold 410,000"
    ("company", "Arvena Group sold 390,000 heat pumps in 2023.", "conflicting", "amount"),
    # "from X in 2022 to Y in 2023": each date goes with the figure before it, not the next one
    ("company", "Arvena Group's net profit went from €201 million in 2022 down to €186 million in 2023.", "supported", None),
    # another year's figure, when the base gives this one's: the dates are of different figures
    ("company", "Arvena Group's revenue rose by 30 per cent in 2021.", "unverified", None),
    # "a second plant" is another plant, not the one in second place, and "second" no opposite of "first"
    ("company", "Arvena Group is considering a second plant in Poland.", "unverified", None),
    # a hundredth of the currency: "85 cents" is the claim's €0.85
    ("company", "Arvena Group's board proposed a dividend of 85 cents per share for 2023.", "supported", None),
    ("company", "Arvena Group's board proposed a dividend of 90 cents per share for 2023.", "conflicting", "amount"),
    # a unit of time says how much, not of what: a head teacher's 15 years are not a tax freeze's two
    ("election", "Priya Sandhu was a head teacher at a Millbrook school for 15 years.", "unverified", None),
    # a passive of a light or weak verb says nothing of its own: "is expected to cost" is "would
    # cost", "was given a contract" is "signed a contract"
    ("football", "The work at Eastgate Park is expected to cost about £12 million.", "supported", None),
    ("football", "The work at Eastgate Park is expected to cost about £20 million.", "conflicting", "amount"),
    ("football", "Dan Whitlock was given a new contract running until June 2027.", "supported", None),
    # a commissive is a plan of one's own: "promised to freeze" is what a forecast claim says
    ("election", "Priya Sandhu promised to freeze council tax for two years.", "supported", None),
    # what is not ruled out may happen; it is not what will happen
    ("election", "Howe will stand again in 2028.", "unverified", None),
    # "in third place" is "third"
    ("election", "Ellen Marsh of the Green Party finished the mayoral election in third place.", "supported", None),
    ("election", "Ellen Marsh of the Green Party finished the mayoral election in second place.", "conflicting", "amount"),
    # the doer and the other party the other way round ("X was elected, defeating Y": X defeated Y)
    ("election", "Martin Howe defeated Priya Sandhu in the mayoral election.", "conflicting", "actor"),
    ("football", "Stockford City beat Redmoor Athletic on the final day of the season.", "conflicting", "actor"),
    # a result is a score: "2-1" against the claim's "3-1"
    ("football", "Redmoor Athletic beat Stockford City 2-1 on the final day.", "conflicting", "amount"),
    # one game told from each side is no contradiction ("lost to Harton" / "Harton won"); the same side is
    ("football", "Redmoor Athletic lost 2-0 at home to Harton United on 16 December 2023.", "supported", None),
    ("football", "Harton United lost 2-0 at Eastgate Park on 16 December 2023.", "conflicting", "opposite"),
    # what a claim denies ("had no plans to sell") no claim supports, alone or with another
    ("company", "Arvena Group has sold its Italian boiler business.", "unverified", None),
    # an antonym on another occasion is no contradiction: no date nor figure of the two agrees
    ("company", "Shares in Arvena Group fell 2.3 per cent in Amsterdam on 18 April 2024 for the first time since 2015.",
     "unverified", None),
    ("company", "Shares in Arvena Group fell 4.1 per cent to €38.20 on 28 February 2024.", "conflicting", None),
    # "Labour's Priya Sandhu ... by 5,366 votes": the possessive is her party, the figure is hers
    ("election", "Priya Sandhu defeated Martin Howe by 6,366 votes.", "conflicting", "amount"),
    # --- places in an order are values: "came second" against "came third"
    ("election", "Ellen Marsh of the Green Party finished second in the mayoral election in Millbrook.", "conflicting", "amount"),
    ("election", "Ellen Marsh of the Green Party finished third in the mayoral election in Millbrook.", "supported", None),
    # --- dates at the granularity written
    ("election", "Priya Sandhu was sworn in as mayor at Millbrook Town Hall on May 7, 2024.", "supported", None),
    ("company", "Arvena Group was founded in Eindhoven in 1987 as a maker of boilers.", "supported", None),
    ("company", "Arvena Group was founded in Eindhoven in 1991 as a maker of boilers.", "conflicting", "date"),
    ("football", "Dan Whitlock took charge of Redmoor Athletic in March 2021.", "conflicting", "date"),
    # a claim's date answers one date of the statement: the other is compared with the claim's other dates
    ("company", "Arvena Group's net profit fell to €186 million in 2023 from €201 million in 2021.", "conflicting", "date"),
    ("election", "Priya Sandhu was sworn in as mayor of Millbrook on a Friday.", "conflicting", "date"),
    ("election", "Priya Sandhu was sworn in as mayor of Millbrook on a Tuesday.", "supported", None),
    # --- polarity: negation added or removed, in its many forms
    ("football", "Liam Okafor played against Stockford City despite a hamstring injury.", "conflicting", "polarity"),
    ("company", "Arvena Group received funding from the European Union for its plant near Wrocław.", "conflicting", "polarity"),
    ("election", "The Conservatives won a seat in Castle ward.", "conflicting", "polarity"),
    ("election", "Priya Sandhu has said she will close some of Millbrook's 14 public libraries.", "conflicting", "polarity"),
    ("company", "Arvena Group did not receive any money from the European Union for the Wrocław plant.", "supported", None),
    # "none of them will be" denies the verb; "failed to" is "did not", nothing more
    ("election", "Priya Sandhu has promised that none of the 14 public libraries in Millbrook will be closed.", "supported", None),
    ("election", "Priya Sandhu has promised that several of the 14 public libraries in Millbrook will be closed.", "conflicting", "polarity"),
    ("election", "In Castle ward the Conservatives failed to win a single seat.", "supported", None),
    # --- opposite words (WordNet antonyms)
    ("company", "Arvena Group's net profit rose to €186 million in 2023 from €201 million in 2022.", "conflicting", "opposite"),
    ("election", "Turnout in the Millbrook mayoral election was 31.4 per cent, up from 34.9 per cent in 2020.", "conflicting", "opposite"),
    ("football", "Redmoor Athletic lost 26 of their 46 league matches, drew 10 and lost 10.", "conflicting", "opposite"),
    # --- who did it, who said it, where
    ("football", "Jamie Rowe scored twice in the first half against Stockford City, taking his league tally for the season to 27 goals.", "conflicting", "actor"),
    ("football", "Stockford City, who finished 14th in League One, play at Eastgate Park.", "conflicting", "place"),
    # a light verb with a counted object is the main verb, and has a doer: "took four seats"
    ("election", "The Liberal Democrats took four seats from the Conservatives in Riverside and Castle wards.", "conflicting", "actor"),
    # --- what one name expects or intends, the base saying it of another, is another matter
    ("company", "ING expects its revenue to grow by between 8 and 10 per cent in 2024.", "unverified", None),
    # --- who says a claim is not who did what it tells of
    ("company", "€45 million in support from the Polish government was received by the Ministry of Development.", "conflicting", "actor"),
    ("company", "The Ministry of Development said Arvena Group received €45 million in support from the Polish government.", "supported", None),
    # --- names without an entities table: a surname or a title still names the person
    ("election", "Sandhu has pledged to publish a housing plan within 100 days of taking office.", "supported", None),
    ("company", "Ms de Vries said Arvena Group sold 410,000 heat pumps in 2023.", "supported", None),
    # --- a plan, a forecast or a possibility is not a fact
    ("football", "The work on the new North Stand began in September 2024.", "unverified", None),
    ("company", "Arvena Group's revenue grew by between 8 and 10 per cent in 2024.", "unverified", None),
    ("election", "Ahmed Rashid was confirmed as leader of Millbrook City Council on 21 May 2024.", "unverified", None),
    # --- the same matter, a detail no claim gives
    ("football", "Redmoor Athletic's average home attendance rose to 11,480 in the 2023-24 season, the highest in League One.", "unverified", None),
    ("company", "Arvena Group's plant near Wrocław employs 1,200 people, most of them engineers.", "unverified", None),
    ("election", "Priya Sandhu has promised to build 2,000 affordable homes by 2028 for nurses and teachers.", "unverified", None),
    # --- an appositive asserts too ("X, a Y, is Z": X is a Y)
    ("company", "Arvena Group, a maker of heat pumps based in Eindhoven, employs 11,300 people.", "supported", None),
    ("company", "Arvena Group, a maker of heat pumps based in Rotterdam, employs 11,300 people.", "conflicting", "place"),
    # a body's role ("heat pump maker") describes it, no post: the claim of its shares "listed in Amsterdam" says nothing of it
    ("company", "Arvena Group is a maker of heat pumps based in Amsterdam.", "conflicting", "place"),
    # --- two assertions in one sentence: each must hold
    ("company", "Arvena Group employs 11,300 people, and it was founded in Eindhoven in 1987.", "supported", None),
    ("company", "Arvena Group employs 11,300 people and was founded in 1995.", "conflicting", "date"),
]


@pytest.fixture(scope="module")
def checkers():
    from claimcheck.claimbase import load_claim_base
    from claimcheck.engine import Checker

    return {name: Checker(load_claim_base([str(BASES / name / "claims.yaml")])) for name in ("football", "company", "election")}


def _one_source(title: str, *texts: str) -> str:
    """A claim base of one article whose claims quote themselves, for _checker_of."""
    claims = "".join(f"  - {{id: c{k}, source: s, quote: {json.dumps(t)}, text: {json.dumps(t)}}}\n"
                     for k, t in enumerate(texts, start=1))
    return f"sources:\n  - {{id: s, title: {json.dumps(title)}, published: '2024-05-01'}}\nclaims:\n{claims}"


def _entities_and_source(entities: list, title: str, *texts: str) -> str:
    """A claim base of the named entities (each a YAML flow mapping) and one article whose claims quote themselves."""
    return "entities:\n" + "".join(f"  - {e}\n" for e in entities) + _one_source(title, *texts)


def _checker_of(tmp_path, base_yaml: str, folder: str = ""):
    """A Checker on a claim base written for one test; ``folder``: a folder of its own under
    ``tmp_path``, for a test's second base."""
    from claimcheck.claimbase import load_claim_base
    from claimcheck.engine import Checker

    if folder:
        tmp_path = tmp_path / folder
        tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "claims.yaml"
    path.write_text(base_yaml)
    return Checker(load_claim_base([str(path)]))


@pytest.mark.parametrize("base, statement, verdict, slot", CASES, ids=[c[1][:60] for c in CASES])
def test_verdict(checkers, base, statement, verdict, slot):
    result = checkers[base].check(statement)
    assert result.verdict.value == verdict, result.reason
    if slot:
        assert result.decided_by is not None and result.decided_by.slot == slot, result.reason


def test_evidence_lists_the_deciding_claim_first(checkers):
    result = checkers["company"].check("Arvena Group employs 13,000 people, 4,200 of them in the Netherlands.")
    assert result.evidence[0].relation.value == "conflicts"
    assert "11,300" in result.evidence[0].claim.text
    assert result.decided_by.statement_value.startswith("13,000") and result.decided_by.claim_value.startswith("11,300")


def test_the_span_points_at_the_deciding_words(checkers):
    statement = "Tomás Ferreira scored 31 league goals this season, nine of them penalties."
    result = checkers["football"].check(statement)
    start, end = result.span
    assert statement[start:end].startswith("31")


def test_a_forecast_claim_never_supports_a_statement_of_fact(tmp_path):
    checker = _checker_of(tmp_path,
        "sources:\n  - {id: s, title: T, published: '2024-01-10'}\n"
        "claims:\n"
        "  - {id: c, source: s, kind: forecast, quote: 'Kestrel Air expects to carry 2 million passengers in 2024.',\n"
        "     text: 'Kestrel Air expects to carry 2 million passengers in 2024.'}\n")
    assert checker.check("Kestrel Air carried 2 million passengers in 2024.").verdict.value == "unverified"
    assert checker.check("Kestrel Air expects to carry 2 million passengers in 2024.").verdict.value == "supported"


def test_a_clause_of_time_after_a_future_is_told_in_the_present(tmp_path):
    # "will be lost when the plant closes": the closing is as much to come as the losses (Quirk et al.
    # 14.21), so a forecast claim supports it; a closing told as done it does not
    checker = _checker_of(tmp_path, _opinion_of(
        "Kelby Courier", "The Kelby bottling plant is due to close in June with the loss of 85 jobs.", kind="forecast",
        attributed=False))
    assert checker.check("85 jobs will be lost when the Kelby bottling plant closes.").verdict.value == "supported"  # was UNVERIFIED
    assert checker.check("The Kelby bottling plant closed in June with the loss of 85 jobs.").verdict.value == "unverified"


def test_a_forecast_restated_without_its_hedge_is_not_supported(tmp_path):
    # nearly the claim's own words, but "is expected to cost" told as "cost": a forecast stated as done
    checker = _checker_of(tmp_path,
        "sources:\n  - {id: s, title: T, published: '2024-01-10'}\n"
        "claims:\n"
        "  - {id: c, source: s, kind: forecast, quote: 'The new Harlow bypass is expected to cost £96 million, including £20 million from the county.',\n"
        "     text: 'The new Harlow bypass is expected to cost £96 million, including £20 million from the county.'}\n")
    told_as_done = checker.check("The new Harlow bypass cost £96 million, including £20 million from the county.")
    assert told_as_done.verdict.value == "unverified", told_as_done.reason
    assert checker.check("The new Harlow bypass is expected to cost £96 million.").verdict.value == "supported"


def test_two_claims_together_support_what_neither_says_alone(checkers):
    result = checkers["election"].check(
        "Priya Sandhu, Millbrook's first female mayor, was sworn in at Millbrook Town Hall on 7 May 2024.")
    assert result.verdict.value == "supported", result.reason
    supporting = {e.claim.id for e in result.evidence if e.relation.value == "supports"}
    assert {"radio-sworn-in", "courier-first-female-mayor"} <= supporting  # every claim used is evidence


def test_two_claims_about_different_things_do_not_make_a_support(checkers):
    # one claim has Sandhu's votes, another Howe's concession: no claim says Howe got 41,236 votes
    result = checkers["election"].check("Martin Howe received 41,236 votes and conceded on 3 May 2024.")
    assert result.verdict.value != "supported", result.reason


ARITHMETIC = [
    ("election", "Priya Sandhu and Martin Howe won 77,106 votes between them at the count.", "41,236 + 35,870 = 77,106"),
    ("company", "Arvena Group's revenue rose by €260 million to €2.4 billion in 2023.", "€2.4 billion - €2.14 billion = €260 million"),
    ("company", "About 37% of the 11,300 people Arvena Group employs are in the Netherlands.", "4,200 / 11,300 = 37.2%"),
]


@pytest.mark.parametrize("base, statement, working", ARITHMETIC, ids=[a[2] for a in ARITHMETIC])
def test_figures_worked_out_from_a_claim_support_and_show_the_computation(checkers, base, statement, working):
    result = checkers[base].check(statement)
    assert result.verdict.value == "supported", result.reason
    assert working in result.reason


def test_a_figure_that_no_arithmetic_gives_is_not_supported(checkers):
    result = checkers["company"].check("Arvena Group's revenue rose by €500 million to €2.4 billion in 2023.")
    # a change ("rose by") is set against the change the claim's two readings give ("to €2.4 billion in
    # 2023, from €2.14 billion": €260 million), not against a level ("€2.4 billion"), and the reason shows it
    assert result.verdict.value == "conflicting", result.reason
    assert "€260 million" in result.reason and "€500 million" in result.reason, result.reason


def test_a_name_a_claim_has_only_as_its_source_is_not_what_it_is_about(tmp_path):
    checker = _checker_of(tmp_path,
        "entities:\n  - {name: Harbour Authority, type: org, aliases: [HA]}\n  - {name: Dune Dredging, type: org}\n"
        "sources:\n  - {id: s, title: T, published: '2024-03-02'}\n"
        "claims:\n"
        "  - {id: c, source: s, attribution: Harbour Authority,\n"
        "     quote: 'Dune Dredging deepened the channel to 16 metres, a Harbour Authority (HA) statement read.',\n"
        "     text: 'According to the Harbour Authority, Dune Dredging deepened the channel to 16 metres.'}\n")
    analysis = checker.claim_analysis(0)
    assert analysis.only_sources == {"Harbour Authority"}
    assert checker.check("Dune Dredging deepened the channel to 16 metres.").verdict.value == "supported"
    assert checker.check("The Harbour Authority said the channel was deepened to 16 metres.").verdict.value == "supported"
    doer = checker.check("The channel was deepened to 16 metres by the Harbour Authority.")
    assert doer.verdict.value == "conflicting" and doer.decided_by.slot == "actor", doer.reason


def test_a_superlative_after_a_possessive_is_an_adjective_with_its_opposite(tmp_path):
    checker = _checker_of(tmp_path,
        "sources:\n  - {id: s, title: T, published: '2024-03-01'}\n"
        "claims:\n"
        "  - {id: c, source: s, quote: \"Kestrel Air's best quarter was the third, when it carried 2 million passengers.\",\n"
        "     text: \"Kestrel Air's best quarter was the third, when it carried 2 million passengers.\"}\n")
    worst = checker.check("Kestrel Air's worst quarter was the third, when it carried 2 million passengers.")
    assert worst.verdict.value == "conflicting" and worst.decided_by.slot == "opposite", worst.reason
    assert checker.check("Kestrel Air's best quarter was the third.").verdict.value == "supported"


def test_a_second_date_the_claim_does_not_give_is_not_a_conflict(tmp_path):
    checker = _checker_of(tmp_path,
        "sources:\n  - {id: s, title: T, published: '2024-03-01'}\n"
        "claims:\n"
        "  - {id: c, source: s, quote: 'Kestrel Air carried 2 million passengers in 2023.', text: 'Kestrel Air carried 2 million passengers in 2023.'}\n")
    both = checker.check("Kestrel Air carried 2 million passengers in 2023, up from 1.5 million in 2022.")
    assert both.verdict.value == "unverified", both.reason
    wrong = checker.check("Kestrel Air carried 2 million passengers in 2021.")
    assert wrong.verdict.value == "conflicting" and wrong.decided_by.slot == "date", wrong.reason


def test_a_denial_is_of_its_doer_even_with_a_place_between_them(tmp_path):
    checker = _checker_of(tmp_path,
        "entities:\n  - {name: Harbour Authority, type: org}\n  - {name: Dune Dredging, type: org}\n"
        "  - {name: Kessel, type: place}\n"
        "sources:\n  - {id: s, title: T, published: '2024-03-02'}\n"
        "claims:\n"
        "  - {id: c, source: s, quote: 'The Harbour Authority, based in Kessel, has not approved the dredging plan.',\n"
        "     text: 'The Harbour Authority, based in Kessel, has not approved the dredging plan.'}\n")
    same = checker.check("The Harbour Authority approved the dredging plan.")
    assert same.verdict.value == "conflicting" and same.decided_by.slot == "polarity", same.reason
    other = checker.check("Dune Dredging approved the dredging plan.")
    assert other.verdict.value != "conflicting", other.reason  # another doer: no contradiction


def test_what_held_before_a_change_is_no_contradiction_of_what_holds_after_it(tmp_path):
    checker = _checker_of(tmp_path,
        "sources:\n  - {id: s, title: T, published: '2024-03-01'}\n"
        "claims:\n"
        "  - {id: c, source: s, quote: 'Since the ban, Kestrel Air no longer buys engines from Velmar.',\n"
        "     text: 'Since the ban, Kestrel Air no longer buys engines from Velmar.'}\n")
    before = checker.check("Kestrel Air used to buy engines from Velmar.")
    assert before.verdict.value != "conflicting", before.reason
    now = checker.check("Kestrel Air still buys engines from Velmar.")
    assert now.verdict.value == "conflicting" and now.decided_by.slot == "polarity", now.reason


@pytest.mark.parametrize("text, doers", [
    # a verb of one form in past and present, between a name and its object
    ("Stockford City beat Redmoor Athletic on Saturday.", {"beat": "Stockford City"}),
    ("Kestrel Bank cut the dividend.", {"cut": "Kestrel Bank"}),
    # a participle clause after a comma is done by the sentence's subject, not a possessor
    ("Labour's Priya Sandhu was elected mayor, defeating Martin Howe.", {"defeat": "Priya Sandhu"}),
    # a passive participle after a comma names no doer, unless "by" does
    ("The plans, proposed by CESI, were approved.", {"propose": "CESI"}),
    # no verb between a name and a noun: "trade war" is a noun phrase
    ("The US trade war hit Huawei.", {}),
    ("Kestrel Bank's branch near Leeds, opened in 2019, employs 40 people.", {}),
    # a description that opens the sentence and the name set after it in apposition: the name does it
    ("The cabinet member for parks, Ann Webb, called the cuts a mistake.", {"call": "Ann Webb"}),
    ("Its new owner, Kelby Holdings, bought the site in 2020.", {"buy": "Kelby Holdings"}),
    ("The old mill, built in 1820, housed 40 looms.", {}),
])
def test_who_does_what(text, doers):
    from claimcheck.analysis import Analyzer
    agents = {verb: m.name for verb, m in Analyzer().analyze(text).agents.items()}
    for verb, name in doers.items():
        assert agents.get(verb, "").endswith(name), agents
    if not doers:
        assert agents == {}


@pytest.mark.parametrize("text, names", [
    ("Kelby school governors said no.", {"Kelby"}),
    # a time of day is no coded name ("5G", "A320" are)
    ("The gates were due to open at 1pm, and the A320 landed at 4.18pm.", {"A320"}),
])
def test_what_the_names_are(text, names):
    from claimcheck.analysis import Analyzer
    assert Analyzer().analyze(text).names == names


def test_a_claim_that_refers_back_after_an_opening_phrase_is_about_its_article(tmp_path):
    # "On ..., the museum ..." and "In 2023, it ...": the subject is the article's, not the opening phrase's
    checker = _checker_of(tmp_path, _one_source(
        "Harwick Museum of Clocks", "In 2023, it employed 64 people.",
        "According to the travel site Voyago, the museum had 41,000 visitors in 2023."))
    assert checker.claim_analysis(0).topic == {"Harwick Museum of Clocks"}
    assert checker.check("Harwick Museum of Clocks employed 64 people in 2023.").verdict.value == "supported"
    staff = checker.check("Harwick Museum of Clocks employed fewer than 50 people in 2023.")
    assert staff.verdict.value == "conflicting" and staff.decided_by.slot == "amount", staff.reason
    visitors = checker.check("Harwick Museum of Clocks had 55,000 visitors in 2023.")
    assert visitors.verdict.value == "conflicting" and visitors.decided_by.slot == "amount", visitors.reason


def test_a_name_in_place_of_another_in_a_list_of_as_many_is_a_conflict(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Night Ferry (album)", "Night Ferry was produced by Mara Ellison and Tobias Renn.",
        "Guests on the record include Ada Quill and Sol Varga."))
    swapped = checker.check("Night Ferry was produced by Mara Ellison and Felix Oduya.")
    assert swapped.verdict.value == "conflicting" and swapped.decided_by.slot == "name", swapped.reason
    assert checker.check("Night Ferry was produced by Mara Ellison and Tobias Renn.").verdict.value == "supported"
    # examples ("include") are not the whole list: another name may be one of them too
    assert checker.check("Guests on the record include Ada Quill and Lena Hart.").verdict.value != "conflicting"


def test_a_capital_inside_a_first_word_makes_it_a_name(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Payments", "CityPay can be used with a card reader called TapBox to take payments."))
    assert "CityPay" in checker.analyzer.analyze("CityPay works offline.").names
    other = checker.check("CityPay can be used with a card reader called BoxTap.")
    assert other.verdict.value == "conflicting" and other.decided_by.slot == "name", other.reason


@pytest.mark.parametrize("text, denied", [
    ("The company had no plans to sell the unit.", {"plan", "sell"}),
    ("It has no intention of selling the unit.", {"intention", "sell"}),
    ("Arvena does not plan to close the plant.", {"plan", "close"}),
    ("Arvena did not say it would close the plant.", {"say"}),  # what is reported is not denied
])
def test_denying_a_plan_denies_what_is_planned(text, denied):
    from claimcheck.analysis import Analyzer
    assert Analyzer().analyze(text).negated == denied


def test_a_claim_leaves_what_its_article_title_names_unsaid(tmp_path):
    # an article's claims are about what its title names without repeating it ...
    checker = _checker_of(tmp_path, _one_source(
        "Brackenridge Lighthouse", "Visitors can climb the 142 steps of the tower between April and October.",
        "Hollin Point Lighthouse, further north, was automated in 1990."))
    said = checker.check("Visitors can climb the 142 steps of Brackenridge Lighthouse between April and October.")
    assert said.verdict.value == "supported", said.reason
    wrong = checker.check("Visitors can climb the 160 steps of Brackenridge Lighthouse between April and October.")
    assert wrong.verdict.value == "conflicting" and wrong.decided_by.slot == "amount", wrong.reason
    # ... not what another title names
    assert checker.check("Visitors can climb the 142 steps of Dunmore Lighthouse between April and October."
                         ).verdict.value == "unverified"
    # a claim naming something else is about that, and another in the same article is no rival for the title's
    other = checker.check("Brackenridge Lighthouse was automated in 1990.")
    assert other.verdict.value == "unverified", other.reason


def test_the_title_stands_in_only_where_the_claim_names_the_rest_in_the_same_roles(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Orlen Abbey", "Pilgrims from Kessel walk to the abbey every Easter.",
        "The abbey's bells were cast in Dorling in 1724."))
    assert checker.check("Pilgrims from Kessel walk to Orlen Abbey every Easter.").verdict.value == "supported"
    # the same names the other way round: the claim's Kessel is where they come from, not where they go
    reversed_ = checker.check("Pilgrims from Orlen Abbey walk to Kessel every Easter.")
    assert reversed_.verdict.value != "supported", reversed_.reason
    # a year before 1800 is a year after "in" ("in 1724"), so another year conflicts as a date
    year = checker.check("The bells of Orlen Abbey were cast in Dorling in 1722.")
    assert year.verdict.value == "conflicting" and year.decided_by.slot == "date", year.reason


def test_a_pronoun_no_earlier_name_can_stand_for_is_the_title(tmp_path):
    # an article about one person speaks of them as "he" or "she", after an opening phrase or not; a
    # place named before the pronoun is no one it could stand for
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Marta Kowalczyk, published: '2024-05-01'}\n"
        "  - {id: t, title: Ewa Nowak, published: '2024-05-01'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: q, text: 'At the indoor championships in Lodz, however, she broke her own national record in the 800 metres, ahead of Ewa Nowak.'}\n"
        "  - {id: c2, source: s, quote: q, text: 'Two weeks later she won a silver medal in Torun behind Irena Wolska.'}\n"
        "  - {id: c3, source: s, quote: q, text: 'On her way to the final, Anna Berg beat Lena Holt by a stride.'}\n"
        "  - {id: c4, source: t, quote: q, text: 'Ewa Nowak won the 1500 metres in Lodz.'}\n"))
    _expect(checker, {
        "Marta Kowalczyk broke her national 800 metres record at the indoor championships.": "supported",
        "Marta Kowalczyk won a silver medal in Torun.": "supported",
        "Marta Kowalczyk broke her national record in the 1500 metres at the indoor championships.": "conflicting",
    })
    # a pronoun in a fronted phrase stands for the name after it: Anna Berg, not the article's subject
    other = checker.check("Marta Kowalczyk beat Lena Holt by a stride.")
    assert other.verdict.value != "supported", other.reason


def test_a_name_written_without_its_accents_is_the_same_name(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Cup final", "José Ferreira scored twice for Vila Nova in the cup final.", "Zoë Hartley refereed the match."))
    _expect(checker, {"Jose Ferreira scored twice for Vila Nova in the cup final.": "supported",
                      "Zoe Hartley refereed the match.": "supported"})
    assert checker.check("Rui Ferreira scored twice for Vila Nova in the cup final.").verdict.value != "supported"


def test_a_new_name_for_a_named_place_is_what_is_told(tmp_path):
    # "X will be known as Y", Y an alias of X: the renaming is the news, not X told twice
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Harbour Road, type: place, aliases: [the Pellow Arena, Pellow Arena]}\n"
        "sources:\n  - {id: s, title: Stadium plans, published: '2025-03-01'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: Harbour Road will be known as the Pellow Arena from 2027., text: Harbour Road will be known as the Pellow Arena from 2027.}\n"
        "  - {id: c2, source: s, quote: Building work at Harbour Road will start in 2026., text: Building work at Harbour Road will start in 2026.}\n"))
    wrong = checker.check("Harbour Road will be known as the Pellow Arena from 2026.")
    assert wrong.verdict.value == "conflicting" and wrong.decided_by.slot == "date", wrong.reason
    assert checker.check("Harbour Road will be known as the Pellow Arena from 2027.").verdict.value == "supported"
    assert checker.check("Building work at the Pellow Arena will start in 2026.").verdict.value == "supported"


def test_another_name_after_the_same_verb_and_preposition_is_a_swap(tmp_path):
    # "plays for X" / "plays as a midfielder for Y": the verb's one party of that preposition
    checker = _checker_of(tmp_path, _one_source(
        "Ilse Brandt", "Ilse Brandt is a German footballer who plays as a midfielder for Kestrel Town.",
        "Ilse Brandt scored against Dunmore Rovers and Harrow Vale in the cup."))
    _expect_decided(checker, ("Ilse Brandt plays for Harrow Vale.",
                              "Ilse Brandt currently plays for the football club Harrow Vale."), "conflicting", "name")
    assert checker.check("Ilse Brandt plays for Kestrel Town.").verdict.value == "supported"
    # not a preposition of many parties: scoring against one side says nothing against another
    assert checker.check("Ilse Brandt scored against Lowther Athletic.").verdict.value == "unverified"


def test_a_rejected_alternative_a_denied_universal_and_a_passive_exclusion(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Harlow town news",
        "The Harlow food festival will be held in Castle Park rather than in the market square this year.",
        "Not every shop in Harlow Street lost trade in 2025: the bakery's sales rose by 10 per cent.",
        "The bus drivers' union said it would strike in July unless Harlow Council ruled out pay cuts.",
        "The council built a car park instead of a new library."))
    # "rather than X", "instead of X" deny X: the sentence says it is not so
    _expect_decided(checker, ("The Harlow food festival will be held in the market square this year.",
                              "The council built a new library."), "conflicting", "polarity")
    # ... as "not" does; "not every shop lost trade" denies no shop; "pay cuts were ruled out" is
    # the active "ruled out pay cuts"
    _expect(checker, {
        "The council built a car park, not a new library.": "supported",
        "A shop in Harlow Street, the bakery, saw its sales rise by 10 per cent in 2025.": "supported",
        "The bus drivers' union said it would strike in July unless pay cuts were ruled out.": "supported",
    })


def test_what_ought_to_be_is_no_answer_to_what_will_be(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Harlow town news",
        "The new estate at Mill Lane will have a health centre and a park, but there will be no new school.",
        "Councillor Rhian Ash said the estate should have a school."))
    # "should have a school" is a judgement (not the counterfactual "should have built"): no contradiction
    # of the plan without one, and no support for it either
    # (a plan against the plan, a judgement against a judgement, still disagree)
    _expect(checker, {
        "Residents said the Mill Lane estate should have a new school.": "unverified",
        "The Mill Lane estate will have a new school.": "conflicting",
        "Rhian Ash said the estate should not have a school.": "conflicting",
    })


def test_a_phrasal_verb_of_change_is_its_one_word_sense(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Harlow budget", "Harlow Council will freeze parking charges in 2025.",
        "A tribunal ordered Dale Pike to repay £4,200 in rent to three tenants."))
    # "put up charges" is "raise" them: against a freeze, a contradiction (it was read as "put" and
    # backed by the freeze); "pay back" is "repay"
    _expect_decided(checker, ("Harlow Council will put up parking charges in 2025.",
                              "Harlow Council will push up parking charges in 2025."), "conflicting", "opposite")
    said = checker.check("A tribunal ordered Dale Pike to pay back £4,200 in rent to three tenants.")
    assert said.verdict.value == "supported", said.reason


def test_a_capital_does_what_its_country_does(tmp_path):
    # metonymy: a seat of government acts for its country; another country is another doer
    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Norland, type: place, aliases: []}\n"
        "  - {name: Valmar, type: place, part_of: [Norland], aliases: []}\n"
        "  - {name: Estria, type: place, aliases: []}\n"
        "sources:\n  - {id: s, title: T, published: '2024-04-02'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: 'Norland pledged 40 million crowns to rebuild the port.',"
        " text: 'Norland pledged 40 million crowns to rebuild the port.'}\n"))
    said = checker.check("Valmar pledged 40 million crowns to rebuild the port.")
    assert said.verdict.value == "supported", said.reason
    other = checker.check("Estria pledged 40 million crowns to rebuild the port.")
    assert other.verdict.value != "supported", other.reason


@pytest.mark.parametrize("statement, verdict", [
    ("She told reporters the council will reopen the Tollgate Bridge in May.", "supported"),
    ("She told a local radio station that the council will reopen the Tollgate Bridge in May.", "supported"),
    ("The council will reopen the Tollgate Bridge in May, she added.", "supported"),
    ("She told reporters the council will reopen the Tollgate Bridge in June.", "conflicting"),
])
def test_the_frame_of_reported_speech_is_not_what_is_reported(tmp_path, statement, verdict):
    # "told reporters", "told a radio station that", ", she added": who hears it and the verb of
    # saying are no part of the fact, as "said" is not (a named audience stays a name to check)
    checker = _checker_of(tmp_path, _one_source(
        "Bridge to reopen", "The council will reopen the Tollgate Bridge in May."))
    assert checker.check(statement).verdict.value == verdict


def test_a_verb_made_from_an_adjective_with_en_is_that_adjective(tmp_path):
    # "deepen" / "deeper", "widen" / "wider": one word family, which WordNet's links leave out
    checker = _checker_of(tmp_path, _one_source(
        "Harbour works", "The harbour board wants a deeper channel and wider quays by 2027.",
        "The harbour board keeps a list of the quays by 2027."))
    said = checker.check("The harbour board wants to deepen the channel and widen the quays by 2027.")
    assert said.verdict.value == "supported", said.reason
    # not a word that merely ends the same way: "listen" is not "list", which a claim has
    assert checker.check("The harbour board wants to listen to the quays by 2027.").verdict.value != "supported"


@pytest.mark.parametrize("statement, verdict", [
    ("The Dale Valley cooperative counts 38 farms among its members.", "supported"),
    ("The Dale Valley cooperative numbers 38 farms among its members.", "supported"),
    ("The Dale Valley cooperative counts 45 farms among its members.", "conflicting"),
])
def test_counting_among_the_members_is_having_them(tmp_path, statement, verdict):
    checker = _checker_of(tmp_path, _one_source(
        "Dale Valley cooperative", "The Dale Valley cooperative has 38 member farms."))
    assert checker.check(statement).verdict.value == verdict


def test_a_word_before_a_noun_asserts_no_act_a_denial_could_contradict(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferry talks", "The two councils have not announced a joint ferry service.",
        "The Harwick ferry has somewhat reduced traffic on the bridge."))
    # "refused to join" and "a joint service": one word family, not one predicate
    joined = checker.check("The two councils have refused to join the ferry service.")
    assert joined.verdict.value != "conflicting", joined.reason
    # a degree word between the negation and its verb does not take the denial
    denied = checker.check("The Harwick ferry has not somewhat reduced traffic on the bridge.")
    assert denied.verdict.value == "conflicting" and denied.decided_by.slot == "polarity", denied.reason


def test_what_a_name_is_is_no_rival_for_who_did_something(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "League fines", "The Northern Counties League fined six clubs for late payments in March 2024.",
        "The current league champions are Harton Rovers."))
    # "X was among the clubs fined": X is one of them, not the one who fined them
    among = checker.check("Redmoor Athletic was among the clubs fined for late payments in March 2024.")
    assert among.verdict.value == "unverified", among.reason
    # a unique role told with the copula either way round is still a swap
    champions = checker.check("Redmoor Athletic are the current league champions.")
    assert champions.verdict.value == "conflicting" and champions.decided_by.slot == "name", champions.reason


@pytest.mark.parametrize("statement, verdict", [
    # "exists" asserts no more than "there is"
    ("No direct rail link exists between Kessel and Dorling.", "supported"),
    ("A direct rail link exists between Kessel and Dorling.", "conflicting"),
    # "unwilling to" denies a will, as "intends to" asserts one
    ("The rail company is willing to reopen the Kessel line.", "supported"),
    ("The rail company is unwilling to reopen the Kessel line.", "conflicting"),
])
def test_existence_and_will(tmp_path, statement, verdict):
    checker = _checker_of(tmp_path, _one_source(
        "Valley rail", "There is no direct rail link between Kessel and Dorling.",
        "The rail company intends to reopen the Kessel line."))
    assert checker.check(statement).verdict.value == verdict


def test_a_figure_the_claim_gives_outranks_one_worked_out_from_it(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Council election", "The Greens won 9 of the 40 seats on Dunmore Council.",
        "Dunmore Rovers finished on 70 points, six points behind the champions Kessel Town."))
    # 40 - 9 = 31 are the seats the others won, not the Greens'
    wrong = checker.check("The Greens won 31 of the 40 seats on Dunmore Council.")
    assert wrong.verdict.value == "conflicting" and wrong.decided_by.slot == "amount", wrong.reason
    # a sum the claim implies for another owner still supports ("six points behind": 70 + 6)
    champions = checker.check("Kessel Town were champions with 76 points.")
    assert champions.verdict.value == "supported", champions.reason


@pytest.mark.parametrize("statement, verdict", [
    ("Passenger numbers at Kessel airport climbed in 2023.", "conflicting"),  # climbed / slumped
    ("Passenger numbers at Kessel airport slumped in 2023.", "supported"),
    ("Cargo volumes at Kessel airport shrank in 2023.", "conflicting"),  # shrank / surged
    # more of the class (Levin 45.6): "plummeted", "dwindled" fall
    ("Cargo volumes at Kessel airport plummeted in 2023.", "conflicting"),  # was UNVERIFIED
    ("Cargo volumes at Kessel airport dwindled in 2023.", "conflicting"),  # was UNVERIFIED
    # each measure's own change: "volumes" before "surged" is the noun that surged, no verb of its own
    ("Passenger numbers at Kessel airport fell in 2023.", "supported"),  # was CONFLICTING (against "surged")
    ("Cargo volumes at Kessel airport rose in 2023.", "supported"),
])
def test_verbs_of_change_in_amount_have_a_direction(tmp_path, statement, verdict):
    checker = _checker_of(tmp_path, _one_source(
        "Kessel airport", "Passenger numbers at Kessel airport slumped in 2023, while cargo volumes surged."))
    result = checker.check(statement)
    assert result.verdict.value == verdict, result.reason


def test_a_plan_with_another_deadline_is_another_plan(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Harbour plans", "The port authority has pledged to dredge the channel by 2027.",
        "The old crane was removed by 2019."))
    later = checker.check("The port authority has pledged to dredge the channel by 2029.")
    assert later.verdict.value == "conflicting" and later.decided_by.slot == "date", later.reason
    # an earlier deadline is another plan too, though the plan's year falls inside the later one
    earlier = checker.check("The port authority has pledged to dredge the channel by 2026.")
    assert earlier.verdict.value == "conflicting" and earlier.decided_by.slot == "date", earlier.reason
    # of what has happened, an earlier "by" still makes a later one true
    assert checker.check("The old crane was removed by 2021.").verdict.value == "supported"


def test_who_won_a_game(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Cup final", "Kessel Town lost the county cup final, going down 3-1 to Dunmore Rovers."))
    won = checker.check("Kessel Town beat Dunmore Rovers 3-1 in the county cup final.")  # the same doer won / lost
    assert won.verdict.value == "conflicting" and won.decided_by.slot == "opposite", won.reason
    # the same result told from the other side is no contradiction
    for statement in ("Dunmore Rovers beat Kessel Town 3-1 in the county cup final.",
                      "Kessel Town were defeated 3-1 by Dunmore Rovers in the county cup final."):
        assert checker.check(statement).verdict.value != "conflicting", statement


def test_a_denial_says_what_it_denies_did_not_happen(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferry sale", "The council leader denied reports that the council had sold the Harwick ferry."))
    confirmed = checker.check("The council leader confirmed that the council had sold the Harwick ferry.")
    assert confirmed.verdict.value == "conflicting" and confirmed.decided_by.slot == "polarity", confirmed.reason
    assert checker.check("The council leader said the council had not sold the Harwick ferry.").verdict.value != "conflicting"


def test_another_name_in_what_is_said_of_a_person_is_a_conflict(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Dunmore by-election", "Ruth Abara of the Harbour Party won the Dunmore by-election.",
        "Ruth Abara finished ahead of the Civic Alliance candidate on the night."))
    swapped = checker.check("Ruth Abara of the Civic Alliance won the Dunmore by-election.")
    assert swapped.verdict.value == "conflicting" and swapped.decided_by.slot == "name", swapped.reason
    assert "Harbour Party" in swapped.reason


def test_carrying_out_an_act_is_doing_it(tmp_path):
    # "carry out" / "perform" + a noun of action say what the noun says, as "conduct" and "undertake" do
    checker = _checker_of(tmp_path, _one_source(
        "Bridge works", "The council will inspect the Tollgate Bridge in September."))
    said = checker.check("The council will carry out an inspection of the Tollgate Bridge in September.")
    assert said.verdict.value == "supported", said.reason


def test_what_ought_to_be_is_no_opposite_of_what_is(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Port plans", "The port should move its container terminal outside the city.",
        "The port moved its grain terminal outside the city in 2019."))
    fact = checker.check("The port's container terminal is inside the city.")
    assert fact.verdict.value != "conflicting", fact.reason
    moved = checker.check("The port moved its grain terminal inside the city in 2019.")
    assert moved.verdict.value == "conflicting" and moved.decided_by.slot == "opposite", moved.reason


@pytest.mark.parametrize("statement, verdict", [
    ("Ticket prices at the Harwick museum rose in 2024.", "conflicting"),  # rose / unchanged
    ("The museum raised ticket prices in 2024.", "conflicting"),
    ("The museum cut its ticket prices in 2024.", "conflicting"),  # "cut" as a verb, not "job cuts"
    ("The museum cut ticket prices in 2024.", "conflicting"),
    ("Ticket prices at the Harwick museum were cut in 2024.", "conflicting"),
    ("Ticket prices at the Harwick museum were unchanged in 2024.", "supported"),
])
def test_no_change_is_the_opposite_of_a_change(tmp_path, statement, verdict):
    checker = _checker_of(tmp_path, _one_source(
        "Museum prices", "Ticket prices at the Harwick museum were unchanged in 2024."))
    result = checker.check(statement)
    assert result.verdict.value == verdict, result.reason


def test_a_denial_denied_or_of_a_contest_elsewhere_is_no_contradiction(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Cup and offer", "Kessel Town beat Dunmore Rovers 2-0 in the county cup.",
        "Kessel Town accepted a £2 million offer for Ana Ruiz.", "Ticket prices at Kessel Town rose in 2024."))
    # "did not deny" says nothing either way
    assert checker.check("Kessel Town did not deny that it accepted a £2 million offer for Ana Ruiz."
                         ).verdict.value != "conflicting"
    # losing another contest is no opposite of winning this one
    assert checker.check("Kessel Town lost the league title to Harbour United.").verdict.value != "conflicting"
    # "a flat" is a noun, not "held flat"
    assert checker.check("Kessel Town bought a flat for Ana Ruiz in 2024.").verdict.value != "conflicting"


def test_a_part_stands_for_a_whole_the_claim_names_not_one_its_places_imply(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Norland, type: place, aliases: []}\n"
        "  - {name: Kessel, type: place, part_of: [Norland], aliases: []}\n"
        "  - {name: Port Board, type: org, part_of: [Norland], aliases: []}\n"
        "sources:\n  - {id: s, title: Ferry terminal, published: '2024-05-04'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: 'The mayor visited the ferry terminal in Kessel on 3 May.',"
        " text: 'The mayor visited the ferry terminal in Kessel on 3 May.'}\n"
        "  - {id: c2, source: s, quote: 'Norland will fund a second ferry.', text: 'Norland will fund a second ferry.'}\n"))
    # Kessel is in Norland, which the Port Board is part of: no claim names the Port Board's visit
    other = checker.check("The Port Board visited the ferry terminal in Kessel on 3 May.")
    assert other.verdict.value != "supported", other.reason
    # where the claim names the whole itself, a part of it may stand for it
    assert checker.check("The Port Board will fund a second ferry.").verdict.value == "supported"


def test_a_figure_is_read_past_a_clause_set_off_by_commas(tmp_path):
    # "which are listed in Oslo" tells nothing of what rose: the two figures are told in the same words
    # (the alignment that lets a confirmed figure set aside another claim's figure of something else)
    from claimcheck import agreement

    checker = _checker_of(tmp_path, _one_source(
        "Ferry shares", "Shares in Brevik Ferries, which are listed in Oslo, rose 3.5 per cent on 2 April 2024."))
    claim = checker.claim_analysis(0)
    statement = checker.analyzer.analyze("Shares in Brevik Ferries rose 3.5 per cent on the morning of 2 April 2024.")
    (check,) = [c for c in agreement.amounts(statement, claim) if c.statement_value == "3.5%"] or [None]
    assert check is not None and check.relation == "supports"
    assert check.alignment >= 0.5


_AMBULANCE_BASE = """sources:
  - {id: herald, title: Tarnshire ambulance service told to improve, outlet: Tarnshire Herald, published: "2025-06-19"}
  - {id: mercury, title: Ambulance stations face closure, outlet: Kelby Mercury, published: "2025-10-09"}
claims:
  - id: h-rating
    source: herald
    quote: "Tarnshire Ambulance Service has been told it requires improvement in how it responds to emergencies, after inspectors found its crews are taking longer to reach cardiac arrests than at any time in the past decade."
    text: "Tarnshire Ambulance Service has been told by the Care Standards Board that it requires improvement in how it responds to emergencies, after inspectors found its crews are taking longer to reach cardiac arrests than at any time in the past decade."
    dates: [{date: "2025-06-18", text: "18 June 2025"}]
    attribution: Care Standards Board
  - id: h-return
    source: herald
    quote: "The board said it would return within 12 months to check on the availability of rapid response cars. Its next full inspection is due in 2027."
    text: "The Care Standards Board said it would return within 12 months to check on the availability of rapid response cars; its next full inspection is due in 2027."
    attribution: Care Standards Board
  - id: m-plans
    source: mercury
    quote: "Three ambulance stations in Tarnshire would close and two others would be merged under plans put out to consultation."
    text: "Three ambulance stations in Tarnshire would close and two others would be merged under plans put out to consultation by Tarnshire Ambulance Service."
  - id: m-calls
    source: mercury
    quote: "The three stations between them answered fewer than 200 calls last year, the service's chair, Ruth Bale, said."
    text: "The three stations between them answered fewer than 200 calls in 2024, the service's chair, Ruth Bale, said."
    attribution: Ruth Bale
  - id: m-jobs
    source: mercury
    quote: "No paramedic would lose their job, but about 30 volunteer responders could be left without a station to work from."
    text: "Tarnshire Ambulance Service said no paramedic would lose their job, but about 30 volunteer responders could be left without a station to work from."
"""


_BRIDGE_BASE = """sources:
  - {id: post, title: Carrow bridge reopens after repairs, outlet: Carrow Post, published: "2025-09-20"}
claims:
  - id: p-closed
    source: post
    quote: "The Tenby Street bridge was closed to traffic on 3 March 2025 after engineers found cracks in two of its beams."
    text: "The Tenby Street bridge in Carrow was closed to traffic on 3 March 2025 after engineers found cracks in two of its beams."
  - id: p-contract
    source: post
    quote: "Carrow Borough Council awarded the £2.4 million repair contract to Halden Civils on 14 April 2025."
    text: "Carrow Borough Council awarded the £2.4 million repair contract to Halden Civils on 14 April 2025."
  - id: p-reopened
    source: post
    quote: "The bridge reopened in September."
    text: "The Tenby Street bridge in Carrow reopened in September 2025."
  - id: p-ferry
    source: post
    quote: "A temporary foot ferry carried 41,000 passengers while the bridge was shut."
    text: "A temporary foot ferry carried 41,000 passengers while the Tenby Street bridge was shut."
"""


def test_a_claim_that_gives_every_figure_settles_them_against_another_claims_other_figures(tmp_path):
    """A claim agreeing with all of three or more figures and dates is no chance match of another matter, though
    it tells them in other words: another claim's other figures are of something else ("six new shops")."""
    checker = _checker_of(tmp_path, """sources:
  - {id: s, title: Pennock's, outlet: Star, published: "2024-10-09"}
claims:
  - id: count
    source: s
    text: "Tarn Bakers had 68 shops at the start of October 2024 and will be left with 59 after the closure of nine shops."
    quote: "Tarn Bakers had 68 shops at the start of October 2024 and will be left with 59 after the closure of nine shops."
  - id: plan
    source: s
    text: "In October 2024 Tarn Bakers scaled back its expansion: it now plans to open six new shops rather than the 12 it announced in March 2024."
    quote: "In October 2024 Tarn Bakers scaled back its expansion: it now plans to open six new shops rather than the 12 it announced in March 2024."
""")
    # (in a base this small its words weigh too little to back the statement, but nothing contradicts it: was CONFLICTING)
    told = checker.check("The closure of nine shops announced by Tarn Bakers in October 2024 was set to shrink the chain from 68 shops to 59.")
    assert told.verdict.value != "conflicting", told.reason
    wrong = checker.check("The closure of nine shops announced by Tarn Bakers in October 2024 was set to shrink the chain from 68 shops to 61.")
    assert wrong.verdict.value == "conflicting", wrong.reason


def test_the_time_between_two_events_is_the_difference_of_their_dates(tmp_path):
    # no claim gives an interval: where claims support and date both events, it is their dates' difference
    checker = _checker_of(tmp_path, _BRIDGE_BASE)
    _expect(checker, {
        "The Tenby Street bridge was closed on 3 March 2025, six weeks before the council awarded the repair "
        "contract to Halden Civils.": "supported",
        "The Tenby Street bridge was closed on 3 March 2025, three weeks before the council awarded the repair "
        "contract to Halden Civils.": "conflicting",  # was UNVERIFIED
        "Carrow Borough Council awarded the repair contract to Halden Civils about six weeks after the Tenby Street "
        "bridge was closed to traffic.": "supported",  # (both dates from the claims)
        "The Tenby Street bridge reopened in September 2025, six months after it was closed to traffic.": "supported",
        "The Tenby Street bridge reopened in September 2025, a year after it was closed to traffic.": "conflicting",
        "The Tenby Street bridge was closed on 3 March 2025, six weeks after the council awarded the repair "
        "contract to Halden Civils.": "conflicting",  # was UNVERIFIED: the other way round
        # what no claim dates, or no claim tells, leaves the interval unsettled
        "The Tenby Street bridge was closed on 3 March 2025, two days after a lorry struck it.": "unverified",
        "The Tenby Street bridge reopened in September 2025, two weeks after the foot ferry stopped running.": "unverified",
        # months between a day and a month are no count of days
        "The Tenby Street bridge reopened in September 2025, 190 days after it was closed to traffic.": "unverified",
    })


def test_a_main_date_is_read_with_its_interval_not_against_the_other_event(tmp_path):
    # a date told with an interval to another event is the main event's: the other event's claim dates
    # that one ("reopened in March 2025"), which the interval reaches
    checker = _checker_of(tmp_path, _one_source(
        "Pell Street", "The Pell Street cinema closed in January 2025.", "The Pell Street market hall reopened in March 2025."))
    _expect(checker, {
        "The Pell Street cinema closed in January 2025, two months before the market hall reopened.": "supported",  # was CONFLICTING
        "The Pell Street market hall reopened in March 2025, two months after the cinema closed.": "supported",  # was CONFLICTING
        "The Pell Street cinema closed in January 2025, five months before the market hall reopened.": "conflicting",
        "The Pell Street cinema closed in February 2025, two months before the market hall reopened.": "conflicting",
    })


def test_a_date_set_off_in_a_claim_dates_no_event_of_an_interval(tmp_path):
    # a review's guard: "who joined in April 2019" dates the joining, not the resignation the claim tells
    checker = _checker_of(tmp_path, _one_source(
        "Library cuts", "The Wexcombe library reopened in September 2024.",
        "The head librarian, Nadia Brook, who joined in April 2019, resigned over the cuts.",
        "Orme Water, which leaked sewage into the River Tam in March 2021, was fined £2 million."))
    _expect(checker, {
        "Nadia Brook resigned over the cuts, a year before the Wexcombe library reopened.": "unverified",
        "Orme Water was fined £2 million, three years after it leaked sewage into the River Tam.": "unverified",
    })


def test_an_interval_is_read_only_of_the_acts_the_claims_date_and_only_in_a_sentence_it_ends(tmp_path):
    # guards from a second review: a claim's date of another act ("heard in March that ... had been
    # dismissed", "a bridge that collapsed in January") dates no event of an interval; and what follows the
    # other event's clause is still to be checked
    checker = _checker_of(tmp_path, _one_source(
        "Quarry and council", "Brenmoor Quarries was fined £1.4 million in February 2025 for breaking safety rules at Tolley Edge.",
        "The Tolley Edge quarry reopened in May 2025.",
        "A tribunal heard in March 2025 that Ivo Marsh had been dismissed by Selby Council.",
        "Selby Council's new depot opened in May 2025.",
        "The Selby branch line reopened after engineers rebuilt a bridge that collapsed in January 2025."))
    _expect(checker, {
        "Brenmoor Quarries was fined in February 2025, three months before the Tolley Edge quarry reopened.": "supported",
        "Brenmoor Quarries was fined in February 2025, three months before the Tolley Edge quarry reopened, although the "
        "company was fined only £50,000.": "conflicting",  # (the fine's figure, after the interval's clause)
        "Ivo Marsh was dismissed by Selby Council two months before its new depot opened.": "unverified",
        "Brenmoor Quarries was fined in February 2025, three months before the Selby branch line reopened.": "unverified",
    })
    # a relative clause's date is its own verb's: "which Tarnshire Council approved in April 2025" dates the approval
    checker = _checker_of(tmp_path, _one_source(
        "Wind farm", "Tarn Water was fined £1.1 million in February 2025.",
        "The Fell Moor wind farm, which Tarnshire Council approved in April 2025, will have 12 turbines."), folder="relative")
    _expect(checker, {
        "Tarn Water was fined £1.1 million in February 2025, two months before Tarnshire Council approved the Fell Moor "
        "wind farm.": "supported",
    })


def test_figures_and_dates_of_other_things_in_a_base_contradict_nothing(tmp_path):
    # read in session 45 from a base written apart from the engine, on another topic here: a period's end
    # against the date the base gives a report; a figure's date where the claim gives no figure of its
    # kind; "999 calls" (a telephone number); "a majority of four" (a margin); a noun that modifies
    # another ("station sites") asserts no station
    checker = _checker_of(tmp_path, _AMBULANCE_BASE)
    _expect(checker, {
        "On the Tarnshire Herald's figures, crews took 50 seconds longer on average to reach cardiac arrests in the "
        "year to March 2025 than in 2020-21.": "unverified",  # was CONFLICTING: March 2025 against 18 June 2025
        "The control room missed its target for answering 999 calls hundreds of times.": "unverified",  # was CONFLICTING
        "The service's board backed the consultation on station closures by a majority of four.": "unverified",  # was CONFLICTING
        "Tarnshire had 40 fewer paramedics in March 2025 than five years before.": "unverified",
        "Tarnshire Ambulance Service has already agreed to sell the Mill Street station sites in Kelby.": "unverified",
        # and what the claims do say is still contradicted
        "Three ambulance stations in Tarnshire would close and four others would be merged.": "conflicting",
        "Ruth Bale said the three stations answered more than 300 calls in 2024.": "conflicting",
        "The Care Standards Board said its next full inspection is due in 2026.": "conflicting",
        "The three stations between them answered fewer than 200 calls in 2024, according to the Care Standards Board.": "conflicting",
    })


def test_the_date_a_base_gives_an_act_still_dates_it_against_a_deadline(tmp_path):
    # a date the base gives the claim's act, which its words do not place, is that act's: "had closed it by
    # March 2024" is contradicted by a closing dated 18 June 2025 (only a period's end, "in the year to March
    # 2025", is no date of the act; see test_figures_and_dates_of_other_things_in_a_base_contradict_nothing)
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: post, title: Kelby council news, outlet: Kelby Post, published: '2025-06-19'}\nclaims:\n"
        "  - id: c1\n    source: post\n    quote: q\n    text: 'Kelby Council closed the Mill Street car park, the council said.'\n"
        "    dates: [{date: '2025-06-18', text: '18 June 2025'}]\n"))
    assert checker.check("Kelby Council had closed the Mill Street car park by March 2024.").verdict.value == "conflicting"


def test_a_verb_of_falling_made_one_of_no_amount_by_its_particle_tells_no_fall(tmp_path):
    # "the roof fell in" (collapsed), "the deal fell through" (failed): no change in amount the claim must
    # tell; "sales fell in March" is a fall
    from claimcheck import agreement

    checker = _checker_of(tmp_path, _one_source("Kelby Foods", "Kelby Foods had sales of £12 million in 2024."))
    claim = checker.claim_analysis(0)
    unsaid = lambda text: agreement._unsaid_change(checker.analyzer.analyze(text), claim)
    assert unsaid("The roof of the Kelby Foods depot fell in.") == []
    assert unsaid("The Kelby Foods takeover fell through, and the shares slid.") != []  # (the slide is a fall)
    assert unsaid("Sales at Kelby Foods fell in March.") != []


def test_a_passive_denied_of_the_same_thing_is_the_same_denial_in_other_words(tmp_path):
    # "were not put in place" / "were never fitted": the subject of a passive is what the act befalls,
    # and the same things denied the act are the same denial, whatever the verb (the words of the verb
    # are the alignment's to weigh); a denial of another thing's act is none the claim makes
    from claimcheck import agreement

    checker = _checker_of(tmp_path, _one_source(
        "Harton care home inquest", "Mrs Ede had been assessed as being at high risk of falling, but the grab rails and "
        "floor alarm recommended by carers were never fitted."))
    claim = checker.claim_analysis(0)

    def denial_unmade(text):
        return [c for c in agreement.denials(checker.analyzer.analyze(text), claim) if c.relation == "uncovered"]

    assert denial_unmade("The grab rails and floor alarm that carers had recommended for Mrs Ede were not put in place.") == []
    assert denial_unmade("The grab rails carers had recommended for Mrs Ede were not installed.") == []
    assert denial_unmade("Mrs Ede's daughter was not informed of the risk.") != []  # another thing denied another act
    assert denial_unmade("Carers did not order the grab rails.") != []  # (an active verb: its subject does the act)


def test_the_tense_of_a_sentence_is_its_main_verb_not_a_bracketed_one(tmp_path):
    # "(which runs the night buses)" is present, but "took part" tells of the past: a plan ("are expected
    # to take part") does not make it a fact, as it would for "the council takes part in May"
    checker = _checker_of(tmp_path, _one_source(
        "Transport trial", "Kessel Transit (which runs the night buses) and Dunmore Rail are expected to take part in the trial."))
    done = checker.check("Kessel Transit (which runs the night buses) and Dunmore Rail took part in the trial.")
    assert done.verdict.value == "unverified", done.reason
    relative = checker.check("Kessel Transit, which runs the night buses, and Dunmore Rail took part in the trial.")
    assert relative.verdict.value == "unverified", relative.reason


@pytest.mark.parametrize("sentence, speakers", [
    # quotative inversion: the verb of saying ends what is said and its subject follows it
    ("The club will appeal, said Tom Bray.", ["Tom Bray"]),
    ("\u201cWe will appeal,\u201d said the Kelby Courier.", ["Kelby Courier"]),
    ("The figures were wrong, argued Ann Lee.", ["Ann Lee"]),
    ("The report was fair, said Kelby's chief constable, Mara Delgado.", ["Mara Delgado"]),
    ("The club will appeal, said its secretary, Ann Lee.", ["Ann Lee"]),
    ("The club will appeal, said club secretary Ann Lee, who took office in May.", ["Ann Lee"]),
    # ... not where a name ends the words before the verb, nor where the name after it opens a clause
    ("The figures were wrong, said Ann Lee's lawyers.", []),
    ("The club's chairman, Tom Bray, said Kelby Rovers would appeal.", ["Tom Bray"]),
    ("The chairman said Kelby Rovers would appeal.", []),
    ("The deal, said to be worth £2m, was signed on Monday.", []),
    ("Ann Lee, speaking on Friday, said Tom Bray, the chairman, would resign.", ["Ann Lee"]),
    ("Kelby Rovers beat Ashby Town 3-1, claiming the Kelby Cup.", []),
    ("The coach, speaking on Friday, told the Kelby Courier that his side would win.", []),
    ("Kelby, noted for its cheese market, will host the show.", []),
    ("Kelby Council warned residents of a rise in bills.", []),
    ("Critics of Tom Bray, the council leader, said the plan was costly.", []),
    # a name, a role set off after it, then the verb (of saying, or of saying in a manner)
    ("Ann Lee, the club secretary, said the accounts were correct.", ["Ann Lee"]),
    ("Ann Lee, the club's secretary, warned that the accounts were wrong.", ["Ann Lee"]),
    ("In March, the club said it would appeal.", []),
    ("The plan, which Ann Lee backed, said little about costs.", []),
])
def test_who_speaks_after_a_name_set_off_or_after_the_verb(tmp_path, sentence, speakers):
    checker = _checker_of(tmp_path, _one_source("Club news", "Kelby Rovers will appeal against the fine, Tom Bray said."))
    assert [m.name for m in checker.analyzer.analyze(sentence).speakers] == speakers


def test_the_subject_of_a_passive_reporting_verb_is_no_speaker(tmp_path):
    # "Dunmore Rovers was added to the list": Dunmore is what was added, not who added a remark; another
    # club added to the same list is another matter, not a report credited to someone else
    checker = _checker_of(tmp_path, _one_source(
        "Watch list", "Dunmore Rovers was added to the league's financial watch list in March.",
        "Kessel Town said its accounts were in order, and added that it would appeal."))
    assert [m.name for m in checker.analyzer.analyze("Kessel Town was added to the list.").speakers] == []
    assert [m.name for m in checker.analyzer.analyze("Kessel Town added that it would appeal.").speakers] == ["Kessel Town"]
    other = checker.check("Harbour United was added to the league's financial watch list in March.")
    assert other.verdict.value != "conflicting", other.reason


def test_a_point_inside_the_span_a_start_opens_is_no_contradiction(tmp_path):
    # "has run the museum since 2019" holds in 2023; only a start against a start compares as two dates
    checker = _checker_of(tmp_path, _one_source(
        "Museum year", "Director Ana Ruiz said the Harwick museum had 212,000 visitors in 2023.",
        "Tom Hale has chaired the Harwick museum's board since 2021."))
    assert checker.check("Ana Ruiz has been director of the Harwick museum since 2019.").verdict.value != "conflicting"
    assert checker.check("Tom Hale has chaired the Harwick museum's board since 2018.").verdict.value == "conflicting"


def test_a_plan_or_an_expectation_is_of_a_later_time_than_what_happened(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferry results", "The Kessel ferry carried 1.2 million passengers in 2023, and its revenue was £9 million.",
        "The county forecasts that the Dunmore ferry will carry 1.5 million passengers in 2026."))
    expected = checker.check("The Kessel ferry expects its revenue for 2025 to exceed £12 million.")
    assert expected.verdict.value != "conflicting", expected.reason
    # a plan against a plan, and a fact against a fact, still compare
    assert checker.check("The Dunmore ferry will carry 1.9 million passengers in 2026.").verdict.value == "conflicting"
    assert checker.check("The Kessel ferry carried 1.6 million passengers in 2023.").verdict.value == "conflicting"
    assert checker.check("The Kessel ferry's revenue was £12 million in 2023.").verdict.value == "conflicting"


def test_a_figure_counts_the_collective_noun_it_is_of(tmp_path):
    # "a population of about 48,000" counts people: it is no answer to the town's 6 libraries
    checker = _checker_of(tmp_path, _one_source(
        "Harwick", "The council will not close any of Harwick's 6 public libraries."))
    assert checker.analyzer.analyze("Harwick has a population of 48,000.").quantities[0].noun == "population"
    population = checker.check("Harwick has a population of about 48,000.")
    assert population.verdict.value != "conflicting", population.reason
    libraries = checker.check("The council will not close any of Harwick's 9 public libraries.")
    assert libraries.verdict.value == "conflicting", libraries.reason


def test_the_verb_of_a_name_is_read_past_a_relative_clause(tmp_path):
    # "Dunmore Rovers, who play at Eastgate Park, finished 14th": Dunmore finished; the playing in the
    # relative clause is no role Tom Hale could have taken from them
    from claimcheck import agreement

    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Eastgate Park, type: place, aliases: []}\n"
        "  - {name: Dunmore Rovers, type: org, aliases: []}\n"
        "  - {name: Tom Hale, type: person, aliases: []}\n"
        + _one_source("League table", "Dunmore Rovers, who play at Eastgate Park, finished 14th in the league.")))
    claim = checker.claim_analysis(0)
    matcher = checker.analyzer.matcher

    def swaps(text):
        return agreement.swapped_names(checker.analyzer.analyze(text), claim, checker.places, matcher.types,
                                       matcher.ancestors)
    assert swaps("Tom Hale has played for Norland's under-21 team.") == []
    assert [c.name for c in swaps("Kessel Town finished 14th in the league.")] == ["Kessel Town"]


def test_the_common_words_of_a_claims_names_say_what_they_say(tmp_path):
    # "the Ministry of Transport" says "ministry" and "transport": a statement that describes the body in
    # its own words ("Norland's transport ministry") is said by it
    from claimcheck.align import align

    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Ministry of Transport, type: org, aliases: []}\n"
        + _one_source("Ferries", "The Ministry of Transport said the Kessel ferry would run until 2030.")))
    claim = checker.claim_analysis(0)

    def said(text):
        links = align(checker.analyzer.analyze(text), claim, checker.index.telling).links
        return {link.term for link in links if link.score >= 0.5}
    assert {"transport", "ministry"} <= said("The transport ministry said the Kessel ferry would run until 2030.")
    assert "health" not in said("The health ministry said the Kessel ferry would run until 2030.")


def test_a_capital_that_opens_a_later_sentence_is_no_name(tmp_path):
    # "... in 2014. Founded by Kessel Events, the fair ...": "Founded" is the first word of a sentence
    checker = _checker_of(tmp_path, _one_source(
        "Harbour fair", "The fair moved to the harbour in 2014. Founded by Kessel Events, it is held every June."))
    names = checker.analyzer.analyze(
        "The fair moved to the harbour in 2014. Founded by Kessel Events, it is held every June.").names
    assert "Founded" not in names and "Kessel Events" in names
    # a name that opens a later sentence is still one
    assert "Dunmore" in checker.analyzer.analyze("The fair moved in 2014. Dunmore hosts it now.").names


def test_a_common_word_that_opens_a_sentence_and_a_name_is_part_of_it(tmp_path):
    # "Round" is a word of the base's, but "Round Hill Farm has ..." opens with a name all the same
    checker = _checker_of(tmp_path, _one_source(
        "Farms", "The round barn at Round Hill Farm was built in 1890.", "The milk from the farm is sold in Kessel."))
    assert "Round Hill Farm" in checker.analyzer.analyze("Round Hill Farm has a round barn.").names
    assert not any("Milk" in name for name in checker.analyzer.analyze("Milk is sold in Kessel.").names)


def test_it_is_high_time_says_what_ought_to_be(tmp_path):
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Ferries, published: '2024-05-01'}\n"
        "claims:\n  - {id: c1, source: s, quote: 'It is high time that the county buys a second ferry.',"
        " text: 'The county should buy a second ferry.', kind: opinion}\n"))
    own_words = checker.check("It is high time that the county buys a second ferry.")
    assert own_words.verdict.value == "supported", own_words.reason
    fact = checker.check("The county bought a second ferry.")
    assert fact.verdict.value != "supported", fact.reason
    assert checker.analyzer.analyze("It is the first time that the county bought a ferry.").modality == "fact"


def test_a_count_taken_as_known_asks_nothing_of_other_figures(tmp_path):
    # "the two parties" is no figure the statement asserts: the 10 companies are another count of firms
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Port board, published: '2024-05-01'}\n"
        "claims:\n  - {id: c1, source: s, quote: 'the two sides will each appoint 10 member companies to the board',"
        " text: 'The two sides, Kessel and Dunmore, will each appoint 10 member companies to the board.',"
        " quantities: [{value: 2, noun: sides, text: two sides}, {value: 10, noun: companies, text: 10 member companies}]}\n"))
    result = checker.check("The two parties will each appoint 10 member companies to the board.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("The two parties will each appoint 12 member companies to the board.").verdict.value == "conflicting"


def test_a_beginning_is_where_a_since_starts(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Museum board", "Tom Hale became chairman of the Harwick museum's board in 2021.",
        "The Harwick museum has faced falling visitor numbers since 2019."))
    assert checker.check("Tom Hale has chaired the Harwick museum's board since 2018.").verdict.value == "conflicting"
    # a point inside the span the claim's "since" opens is no contradiction
    later = checker.check("The Harwick museum expects visitor numbers to rise again in 2026.")
    assert later.verdict.value != "conflicting", later.reason


def test_ruling_something_out_says_it_will_not_happen(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferry plans", "The county is willing to reopen the Kessel ferry route next year."))
    ruled_out = checker.check("The county has ruled out reopening the Kessel ferry route next year.")
    assert ruled_out.verdict.value == "conflicting" and ruled_out.decided_by.slot == "polarity", ruled_out.reason
    # not ruling it out leaves it possible: no contradiction, and no support either
    open_question = checker.check("The county has not ruled out reopening the Kessel ferry route next year.")
    assert open_question.verdict.value == "unverified", open_question.reason


def test_ruling_out_doing_something_is_saying_one_will_not(tmp_path):
    """"has ruled out raising council tax" is an undertaking, "said she would not raise council tax":
    what is ruled out is a future denied, not a fact, and "rule" asserts nothing the claim must repeat."""
    checker = _checker_of(tmp_path, _one_source(
        "Budget", "The mayor of Dunmere, Carla Ives, said she would not raise council tax in 2027."))
    _expect(checker, {
        "Carla Ives has ruled out raising council tax in 2027.": "supported",
        "Carla Ives has ruled out raising council tax in 2028.": "conflicting",
        "Carla Ives has ruled out cutting council tax in 2027.": "unverified",
        # not cutting it and not raising it can both hold, and neither tells the other
        "Carla Ives said she would not cut council tax in 2027.": "unverified",
    })
    # "will not" against "may": the denial contradicts the possibility left open
    open_question = _checker_of(tmp_path, folder="fares", base_yaml=_one_source(
        "Fares", "Carla Ives did not rule out cutting bus fares in Dunmere in 2027."))
    _expect(open_question, {"Carla Ives has ruled out cutting bus fares in Dunmere in 2027.": "conflicting"})


def test_not_seeking_or_trying_to_do_something_denies_it(tmp_path):
    # as "no plans to sell" denies the selling, "will not seek to recover" denies the recovering
    checker = _checker_of(tmp_path, _one_source(
        "Ferry strike", "The ferry operator will not seek to recover the cost of the strike through higher fares."))
    result = checker.check("The ferry operator will raise fares to recover the cost of the strike.")
    assert result.verdict.value == "conflicting" and result.decided_by.slot == "polarity", result.reason


def test_a_change_needs_a_claim_that_tells_of_one(tmp_path):
    # a level ("had 212,000 visitors in 2024") says nothing of a rise; a change told, or two figures
    # of one kind to work it out from, may
    from claimcheck import agreement, decide

    checker = _checker_of(tmp_path, _one_source(
        "Museum year", "The Harwick museum had 212,000 visitors in 2024.",
        "The Harwick museum had 212,000 visitors in 2024 and 180,000 in 2023.",
        "Visitor numbers at the Harwick museum were up 18 per cent in 2024."))
    rose = checker.analyzer.analyze("Visitor numbers at the Harwick museum rose in 2024.")
    level, two_years, up = (checker.claim_analysis(k) for k in range(3))
    (unsaid,) = agreement.opposites(rose, level)
    assert (unsaid.slot, unsaid.relation) == ("opposite", "uncovered") and unsaid.statement_value == "rose"
    assert ("opposite", "uncovered") in decide.SUPPORT_GATES
    assert agreement.opposites(rose, two_years) == [] and agreement.opposites(rose, up) == []
    higher = checker.analyzer.analyze_claim(
        checker.base.claim_at(0)._replace(text="Visitor numbers at the Harwick museum were 18 per cent higher in 2024."),
        None, None)
    assert agreement.opposites(rose, higher) == []  # a comparative tells of a change too


def test_a_wish_denied_is_no_denial_of_the_act(tmp_path):
    # "had not wanted to close the route, but ..." tells of a wish; the route was closed all the same
    checker = _checker_of(tmp_path, _one_source(
        "Ferry route", "The county had not wanted to close the Kessel ferry route, but the money ran out.",
        "The county has no plans to sell the Dunmore ferry."))
    closed = checker.check("The county closed the Kessel ferry route.")
    assert closed.verdict.value != "conflicting", closed.reason
    sold = checker.check("The county will sell the Dunmore ferry.")  # a plan denied still denies the act
    assert sold.verdict.value == "conflicting", sold.reason


def test_what_held_originally_is_not_contradicted_by_what_holds_now(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Bridge works", "The Tollgate Bridge will reopen in September 2026.",
        "The Tollgate Bridge had been due to reopen in March 2025."))
    first_plan = checker.check("The Tollgate Bridge was originally meant to reopen in March 2025.")
    assert first_plan.verdict.value != "conflicting", first_plan.reason
    assert checker.check("The Tollgate Bridge will reopen in October 2026.").verdict.value == "conflicting"


def test_dates_beside_figures_of_another_kind_tell_of_other_things(tmp_path):
    # 20,000 tickets sold is no figure of the 5 per cent rise in prices: their dates are of other things
    checker = _checker_of(tmp_path, _one_source(
        "Museum year", "Ticket prices at the Harwick museum will rise 5 per cent from 1 April 2025."))
    other = checker.check("Ticket sales at the Harwick museum will rise by 20,000 from 1 April 2026.")
    assert other.verdict.value != "conflicting", other.reason
    assert checker.check("Ticket prices at the Harwick museum will rise 5 per cent from 1 April 2026."
                         ).verdict.value == "conflicting"


def test_not_until_is_before_and_a_name_after_no_is_not_what_is_denied(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferry jobs", "The deal includes a promise that no Kessel Ferries captain will lose their job before 2028."))
    # the name says whose captains; the captains' losing their job is what is denied, not the captains (but
    # not outright where a time bounds it: "before 2028")
    assert checker.analyzer.analyze("No Kessel Ferries captain will lose their job.").negated == {"lose"}
    assert checker.analyzer.analyze("No Kessel Ferries captain will lose their job before 2028.").negated == {"captain"}
    said = checker.check("Under the deal, no Kessel Ferries captain will lose their job until 2028.")
    assert said.verdict.value == "supported", said.reason
    later = checker.check("Under the deal, no Kessel Ferries captain will lose their job until 2030.")
    assert later.verdict.value == "conflicting", later.reason


def test_per_cent_is_no_share_per_member(tmp_path):
    # "4.5 per cent ..., followed by a further 3 per cent": the "per" of "per cent" gives nothing "each"
    from claimcheck.arithmetic import distributive

    checker = _checker_of(tmp_path, _one_source(
        "Ferry pay", "Ferry crews will get a pay rise of 4.5 per cent in 2025, followed by a further 3 per cent in 2026."))
    claim = checker.claim_analysis(0)
    assert not any(distributive(claim, q) for q in claim.quantities)
    changed = checker.check("Ferry crews will get a pay rise of 4.5 per cent in 2025, followed by a further 2 per cent in 2026.")
    assert changed.verdict.value == "conflicting", changed.reason


def test_a_form_that_is_also_a_lemma_is_still_a_form_of_its_verb(tmp_path):
    # "expected" is an adjective too ("the expected cost"), and still the past of "expect"
    from claimcheck.align import word_similarity

    assert word_similarity("expected", "expect") >= 0.9
    checker = _checker_of(tmp_path, _one_source(
        "Bridge costs", "The council leader said she did not expect the cost of the Tollgate Bridge to rise again."))
    result = checker.check("The council leader said she expected the cost of the Tollgate Bridge to rise again.")
    assert result.verdict.value == "conflicting" and result.decided_by.slot == "polarity", result.reason


def test_a_cut_named_is_no_cut_made(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Museum year", "Ticket prices at the Harwick museum were unchanged in 2024."))
    named = checker.check("The Harwick museum's staff cuts angered visitors in 2024.")
    assert named.verdict.value != "conflicting", named.reason


def test_review_cases_that_are_no_rule(tmp_path):
    """Words the session's rules must leave alone."""
    from claimcheck.align import word_similarity
    from claimcheck.text import timeline
    from claimcheck.model import DateRef

    checker = _checker_of(tmp_path, _one_source(
        "Ferries", "The Kessel ferry will reopen before 2027.", "Fares on the Kessel ferry will rise 4 per cent from May."))
    # "not X but Y" denies no verb of Y's
    assert "win" not in checker.analyzer.analyze("It was not Kessel but Dunmore that won the cup.").negated
    # "found" is not a form of "find" for alignment, "founded" of "found" is
    assert word_similarity("found", "find") < 0.5 and word_similarity("founded", "found") >= 0.9
    # a figure after "a group of" counts no groups
    assert checker.analyzer.analyze("A group of 12 met in Kessel.").quantities[0].noun != "group"
    # "until" is "before" only under a denial
    assert checker.check("The Kessel ferry will stay closed until 2027.").verdict.value != "supported"
    # what was announced before still holds: no frame of its own
    announced = checker.check("As previously announced, fares on the Kessel ferry will rise 6 per cent from May.")
    assert announced.verdict.value == "conflicting", announced.reason
    # a title or an initial before a full stop ends no sentence: "Young" stays a name
    assert "Young" in checker.analyzer.analyze("A statement from Dr. Young said the plan works.").names
    # "may" and "march" in lower case are words
    today = DateRef(2025, 3, 10)
    assert timeline.resolve("Fares this may rise again.", today) == []
    assert timeline.resolve("The band will march next march.", today) == []


def test_a_name_before_a_noun_the_claim_gives_another_name(tmp_path):
    # the claim names the Greens, but as Ana Ruiz's party: the incumbent is the Liberal one
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Greens, type: org, aliases: [Green]}\n  - {name: Liberals, type: org, aliases: [Liberal]}\n"
        + _one_source("Kessel vote", "The Greens' Ana Ruiz was elected mayor of Kessel, defeating the Liberal incumbent Tom Hale.")))
    wrong = checker.check("Tom Hale is the Green incumbent.")
    assert wrong.verdict.value == "conflicting", wrong.reason
    assert checker.check("Tom Hale is the Liberal incumbent.").verdict.value == "supported"


def test_a_joint_body_named_by_both_is_no_swap(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kessel, type: place, aliases: []}\n  - {name: Dunmore, type: place, aliases: []}\n"
        + _one_source("Ferry board", "Each side of the Kessel and Dunmore ferry board will name three members.")))
    result = checker.check("The Kessel ferry board will have three members from each side.")
    assert result.verdict.value != "conflicting", result.reason


def test_because_says_what_caused_it(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Bridge closure", "The Tollgate Bridge closed in March because of a crack in its main span.",
        "The bridge's engineer said the crew was not at fault."))
    result = checker.check("The Tollgate Bridge's closure in March was caused by a crack in its main span.")
    assert result.verdict.value == "supported", result.reason
    both = checker.check("The Tollgate Bridge closed in March because of a crack in its main span, and the crew was not to blame.")
    assert both.reason.count("the claim states the same") <= 1, both.reason  # a reason is said once


def test_an_indefinite_pronoun_opening_a_sentence_is_no_name(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Ferry", "No passengers were on the Kessel ferry when it ran aground."))
    assert checker.analyzer.analyze("Nobody but the crew was on the Kessel ferry.").names == {"Kessel"}
    assert checker.analyzer.analyze("Everyone on board the Kessel ferry was safe.").names == {"Kessel"}


def test_located_in_says_no_more_than_in(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kessel, type: place, aliases: []}\n  - {name: Norland, type: place, aliases: []}\n"
        + _one_source("Kessel", "Kessel is a harbour town in Norland with a ferry to Dunmore.")))
    located = checker.check("Kessel is located in Norland.")
    assert located.verdict.value == "supported", located.reason
    assert "locate" not in checker.analyzer.analyze("Kessel is situated in Norland.").content


def test_denying_having_done_something_says_it_was_not_done(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Offer", "Kessel Town said it had not accepted the offer for Ana Ruiz.", "Dunmore Rovers accepted the offer for Tom Hale."))
    denial = checker.check("Kessel Town denied having accepted the offer for Ana Ruiz.")
    assert denial.verdict.value == "supported", denial.reason
    wrong = checker.check("Dunmore Rovers denied having accepted the offer for Tom Hale.")
    assert wrong.verdict.value == "conflicting", wrong.reason


def test_known_as_gives_a_name_and_nothing_more(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kessel Arena, type: place, aliases: []}\n  - {name: Harbour Ground, type: place, aliases: []}\n"
        + _one_source("Stadium", "Kessel Arena (the Harbour Ground) holds 18,000 people.")))
    known = checker.check("Kessel Arena is also known as the Harbour Ground.")
    assert known.verdict.value == "supported", known.reason
    assert "refer" not in checker.analyzer.analyze("Kessel Arena is referred to as the Harbour Ground.").content
    assert "know" in checker.analyzer.analyze("Kessel Arena is known for its roof.").content


def test_as_of_dates_are_readings_of_a_changing_figure(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferry video", "As of 10 August 2024, the Kessel ferry video had 90,000 views on YouTube."))
    later = checker.check("As of October 2025, the Kessel ferry video had more than 120,000 views on YouTube.")
    assert later.verdict.value != "conflicting", later.reason
    same_day = checker.check("As of 10 August 2024, the Kessel ferry video had 50,000 views on YouTube.")
    assert same_day.verdict.value == "conflicting", same_day.reason


def test_a_year_that_names_a_thing_dates_no_event(tmp_path):
    # "the 2019 county cup final" is another final, not a wrong date for the one of 4 May 2024
    checker = _checker_of(tmp_path, _one_source(
        "Cup", "Kessel Town beat Dunmore Rovers in the county cup final at Eastgate Park on 4 May 2024."))
    named = checker.check("Kessel Town beat Dunmore Rovers in the 2019 county cup final at Eastgate Park.")
    assert named.verdict.value != "conflicting", named.reason
    dated = checker.check("Kessel Town beat Dunmore Rovers in the county cup final at Eastgate Park on 4 May 2019.")
    assert dated.verdict.value == "conflicting", dated.reason


def test_a_name_in_a_relative_clause_plays_its_role_there(tmp_path):
    # "who lives in neighbouring Dunmore" says where Hale lives; the blaming is the main clause's,
    # no part of Dunmore's role
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Tom Hale, type: person, aliases: [Hale]}\n  - {name: Kessel, type: place, aliases: []}\n"
        "  - {name: Dunmore, type: place, aliases: []}\n"
        + _one_source("Turnout", "Tom Hale, who lives in neighbouring Dunmore, blamed the weather for the low turnout.")))
    wrong = checker.check("Tom Hale lives in Kessel.")
    assert wrong.verdict.value == "conflicting", wrong.reason
    assert checker.check("Tom Hale lives in Dunmore.").verdict.value == "supported"
    assert checker.check("Tom Hale blamed the weather for the low turnout.").verdict.value == "supported"


def test_a_description_beside_a_name_is_said_by_the_entitys_record(tmp_path):
    # the base's record of Norvik Foods says it is Kessel Group's dairy arm: a statement naming it so
    # says no more than the claim, whichever side of the name the description stands
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kessel Group, type: org, aliases: []}\n  - {name: Harlow Group, type: org, aliases: []}\n"
        "  - {name: Norvik Foods, type: org, aliases: [Norvik], role: [dairy arm, cheese maker], subsidiary_of: [Kessel Group]}\n"
        + _one_source("Cheese", "Norvik Foods opened a cheese plant in Dunmore in 2023.")))
    for statement in ("Kessel Group's dairy arm Norvik Foods opened a cheese plant in Dunmore in 2023.",
                      "Norvik Foods, Kessel Group's dairy arm, opened a cheese plant in Dunmore in 2023.",
                      "Its dairy arm, Norvik Foods, opened a cheese plant in Dunmore in 2023."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)
    # another owner, or a word the record does not have, is more than the base says
    for statement in ("Harlow Group's dairy arm Norvik Foods opened a cheese plant in Dunmore in 2023.",
                      "Kessel Group's bakery arm Norvik Foods opened a cheese plant in Dunmore in 2023."):
        result = checker.check(statement)
        assert result.verdict.value != "supported", (statement, result.reason)


def test_headquartered_in_and_based_in_say_where_a_body_is(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Norvik Foods, type: org, aliases: [Norvik]}\n  - {name: Kessel, type: place, aliases: []}\n"
        "  - {name: Dunmore, type: place, aliases: []}\n"
        + _one_source("Cheese", "Norvik Foods is a cheese maker based in Kessel.")))
    same = checker.check("Norvik Foods is headquartered in Kessel.")
    assert same.verdict.value == "supported", same.reason
    other = checker.check("Norvik Foods is headquartered in Dunmore.")
    assert other.verdict.value == "conflicting", other.reason


def test_a_ratio_is_a_share(tmp_path):
    # "one in five crossings" is 20% of them, not five crossings
    checker = _checker_of(tmp_path, _one_source(
        "Ferry", "One in five crossings of the Kessel ferry ran late in June, and 40 crossings were cancelled."))
    same = checker.check("20% of the Kessel ferry's crossings ran late in June.")
    assert same.verdict.value == "supported", same.reason
    wrong = checker.check("One in three crossings of the Kessel ferry ran late in June.")
    assert wrong.verdict.value == "conflicting", wrong.reason
    assert [q.value for q in checker.analyzer.analyze("Three out of four crossings ran on time.").quantities] == [75.0]


def test_not_until_says_the_event_happens_then(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Bridge", "The Tollgate Bridge will not reopen until March 2026."))
    then = checker.check("The Tollgate Bridge will reopen in March 2026.")
    assert then.verdict.value == "supported", then.reason
    never = checker.check("The Tollgate Bridge will never reopen.")
    assert never.verdict.value == "conflicting", never.reason
    later = checker.check("The Tollgate Bridge will not reopen until June 2026.")
    assert later.verdict.value == "conflicting", later.reason


def test_a_claim_that_tells_of_both_times_speaks_of_the_earlier_one(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Library", (
        "The Kessel library, originally due to open in May 2025, will now open in October 2025, "
        "after inspectors found faults in its roof.")))
    before = checker.check("The Kessel library was originally due to open in May 2025.")
    assert before.verdict.value == "supported", before.reason
    wrong = checker.check("The Kessel library was originally due to open in July 2025.")
    assert wrong.verdict.value == "conflicting", wrong.reason


def test_before_the_end_of_a_period_is_a_deadline_at_its_end(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Ferry", "The Kessel ferry will return to service by the end of 2026."))
    same = checker.check("The Kessel ferry will return to service before the end of 2026.")
    assert same.verdict.value == "supported", same.reason
    earlier = checker.check("The Kessel ferry will return to service before the end of March 2026.")
    assert earlier.verdict.value != "supported", earlier.reason
    from claimcheck.text.dates import extract
    assert [d.relation for d in extract("It opens before the end of March 2026, not before 2026.")] == ["by", "before"]


def test_an_opinion_told_as_its_voice_saying_it_is_a_fact_of_saying(tmp_path):
    text = "Ana Ruiz said the Kessel ferry fares were too high and called for a review of the fares."
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Ana Ruiz, type: person, aliases: [Ruiz]}\n  - {name: Tom Hale, type: person, aliases: [Hale]}\n"
        "sources:\n  - {id: s, title: Fares, published: '2025-03-01'}\n"
        f"claims:\n  - {{id: c1, source: s, quote: {json.dumps(text)}, text: {json.dumps(text)}, attribution: Ana Ruiz, kind: opinion}}\n"))
    for statement in ("Ana Ruiz called for a review of the Kessel ferry fares.",
                      "Ana Ruiz called the Kessel ferry fares too high."):
        said = checker.check(statement)
        assert said.verdict.value == "supported", (statement, said.reason)
    # the opinion is still no fact, and no one else's
    assert checker.check("The Kessel ferry fares are under review.").verdict.value != "supported"
    assert checker.check("Tom Hale called for a review of the Kessel ferry fares.").verdict.value != "supported"


def _opinion_of(who: str, text: str, kind: str = "opinion", entities: str = "", attributed: bool = True) -> str:
    """A claim base of one claim, said by ``who``, of the given kind; ``attributed``: the claim's
    attribution field names him, else only its text does."""
    attribution = f", attribution: {who}" if attributed else ""
    return (f"entities:\n  - {{name: {who}, type: person}}\n{entities}"
            "sources:\n  - {id: s, title: Results, published: '2025-03-01'}\n"
            f"claims:\n  - {{id: c1, source: s, quote: {json.dumps(text)}, text: {json.dumps(text)}{attribution}, kind: {kind}}}\n")


def test_a_denied_subject_denies_what_is_said_of_it_not_that_it_is(tmp_path):
    # "no driver will be made redundant" denies the making redundant: drivers who accept a deal are
    # no contradiction of it, drivers made redundant are
    checker = _checker_of(tmp_path, _one_source(
        "Bus pay", "The two-year pay deal includes a promise that no Kessel Bus driver will be made redundant before 2027."))
    assert checker.check("Kessel Bus drivers accepted a two-year pay deal in May.").verdict.value == "unverified"
    assert checker.check("Kessel Bus drivers will be made redundant in 2026.").verdict.value == "conflicting"


# an opinion claim, what its voice's own words support, and what they do not
_VOICED_CASES = [
    # a relative clause on the speaker is the reporter's telling; what she said is still her opinion, and
    # the clause says nothing of the other names her words give
    ("Mira Holt", "Dr Mira Holt, who chairs the Kessel Rivers Group, said the Kessel Angling Club had ignored the pollution.",
     "  - {name: Kessel Rivers Group, type: org}\n  - {name: Kessel Angling Club, type: org}\n",
     ["Mira Holt chairs the Kessel Rivers Group."],
     ["Mira Holt chairs the Kessel Angling Club.", "The Kessel Angling Club ignored the pollution."]),
    # a verb of judging ("credited", as "blamed") tells the opinion as the fact of its voicing
    ("Tom Reed", "Kessel Academy's head teacher, Tom Reed, said the results were the best in its history and credited a "
     "new reading scheme.", "",
     ["Tom Reed credited a new reading scheme."],
     ["Tom Reed credited the pupils.", "The results were the best in the academy's history."]),
    # the voice's own act, told of it as a fact, with a relative clause that describes the voice in other
    # words ("who leads the Green group" / "the leader of the Green group"): the act is still a fact
    ("Jo Pike", "The opposition leader, Councillor Jo Pike of the Green group, voted against the plan and said it was a "
     "waste of money.", "  - {name: Green group, type: org}\n",
     ["Jo Pike voted against the plan.", "Jo Pike, who leads the Green group, voted against the plan."],  # was UNVERIFIED
     ["Jo Pike, who leads the Green group, voted for the plan.", "The plan was a waste of money."]),
]


@pytest.mark.parametrize("who, text, entities, supported, not_supported", _VOICED_CASES,
                         ids=["a relative clause on the speaker", "a verb of judging", "a relative clause in the statement"])
def test_what_an_opinion_claim_tells_in_its_voice(tmp_path, who, text, entities, supported, not_supported):
    checker = _checker_of(tmp_path, _opinion_of(who, text, entities=entities))
    assert {s: checker.check(s).verdict.value for s in supported} == dict.fromkeys(supported, "supported")
    assert all(checker.check(s).verdict.value != "supported" for s in not_supported)


def test_a_forecast_told_as_its_voice_forecasting_it_after_a_plural_possessive(tmp_path):
    checker = _checker_of(tmp_path, _opinion_of(
        "Carys Mallin", "Carys Mallin, Larkway Airlines' chief executive, forecast that the airline would make a pre-tax "
        "profit of about £3 million in 2026.",
        kind="forecast", entities="  - {name: Larkway Airlines, type: org}\n"))
    told = "Larkway Airlines' chief executive, Carys Mallin, forecast a pre-tax profit of about £3 million in 2026."
    assert checker.check(told).verdict.value == "supported"
    assert checker.check(told.replace("£3 million", "£5 million")).verdict.value == "conflicting"
    assert checker.check("Larkway Airlines made a pre-tax profit of about £3 million in 2026.").verdict.value != "supported"


def test_a_title_without_its_article_is_set_off_after_a_name(tmp_path):
    # news writes a title after a name bare ("Tom Reed, head teacher of Kessel Academy, said"): the
    # verb after it is the name's
    checker = _checker_of(tmp_path, _opinion_of(
        "Tom Reed", "Kessel Academy's head teacher, Tom Reed, said the results were the best in its history and "
        "credited a new reading scheme."))
    assert checker.check("Tom Reed, head teacher of Kessel Academy, credited a new reading scheme.").verdict.value == "supported"


def test_a_role_worn_as_a_title_before_a_name_is_the_voice(tmp_path):
    # news writes a role before a name as a title ("Harbour master Ian Colley called"; style guides call
    # it a false title): the name is who speaks, in the claim and in the statement alike
    checker = _checker_of(tmp_path, _opinion_of(
        "Ian Colley", "Harbour master Ian Colley called the new pontoon the best thing to happen to Pellow Quay in decades.",
        entities="  - {name: Pellow Quay, type: place}\n", attributed=False))
    _expect(checker, {
        "Ian Colley, the harbour master, called the new pontoon the best thing to happen to Pellow Quay for decades.":
            "supported",
        "Pellow Quay harbour master Ian Colley said the new pontoon was the best thing to happen to the quay in decades.":
            "supported",
        # the opinion is still no fact
        "The new pontoon was the best thing to happen to Pellow Quay in decades.": "unverified",
    })


def test_an_opinion_credited_to_another_voice_conflicts(tmp_path):
    # the claim's voice is read from its own text (no attribution field): the same words credited to
    # someone else are a wrong attribution (they were left unsettled)
    checker = _checker_of(tmp_path, _opinion_of(
        "Priya Hallam", "Priya Hallam, Kenmarsh County Council's cabinet member for the environment, said the scheme "
        "would protect 400 homes.", entities="  - {name: Isla Brennock, type: person}\n  - {name: Kenmarsh County Council, type: org}\n",
        attributed=False))
    _expect(checker, {
        "Environment cabinet member Isla Brennock said the scheme would protect 400 homes.": "conflicting",
        "The county council's cabinet member for the environment, Isla Brennock, said the scheme would protect 400 homes.":
            "conflicting",
        "Environment cabinet member Priya Hallam said the scheme would protect 400 homes.": "supported",
    })


def test_a_voice_set_off_by_a_title_with_a_long_owner(tmp_path):
    # "Ruth Kemp, Tarnshire County Council's cabinet member for schools, said": the aside's owner is a
    # name of several words, and the voice is still the name it is set off from
    checker = _checker_of(tmp_path, _opinion_of(
        "Ruth Kemp", "Ruth Kemp, Tarnshire County Council's cabinet member for schools, said the new timetable was "
        "a fair deal for rural pupils.", entities="  - {name: Tarnshire County Council, type: org}\n", attributed=False))
    _expect(checker, {
        "Schools cabinet member Ruth Kemp said the new timetable was a fair deal for rural pupils.": "supported",
        "The new timetable was a fair deal for rural pupils.": "unverified",
    })


def test_no_deed_received_is_no_other_doer_of_the_deed(tmp_path):
    deal = "Under the deal, Westfield Rail drivers will receive a pay rise of 4.5 per cent in January."
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Fiona Hale, type: person}\n  - {name: Westfield Rail, type: org}\n"
        "sources:\n  - {id: s, title: Pay deal, published: '2025-03-01'}\n"
        f"claims:\n  - {{id: c1, source: s, quote: {json.dumps(deal)}, text: {json.dumps(deal)}}}\n"))
    # "no bonus" is no deed only one may do: Hale is no other doer of the drivers' receiving
    assert checker.check("Fiona Hale will receive no bonus in January.").verdict.value == "unverified"
    assert checker.check("Under the deal, Fiona Hale will receive the pay rise of 4.5 per cent in January.").verdict.value \
        == "conflicting"


def test_a_sum_told_as_higher_before_a_comma_is_a_difference(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Landlord fined", "Had he not admitted the offences, Tom Varley's fine would have been £90,000."))
    # £30,000 higher is a difference from the fine he got, not a fine of £30,000
    assert checker.check("Had he not admitted the offences, Tom Varley's fine would have been £30,000 higher, the judge "
                         "said.").verdict.value == "unverified"
    assert checker.check("Had he not admitted the offences, Tom Varley's fine would have been £30,000.").verdict.value \
        == "conflicting"


def test_the_owner_of_a_thing_is_who_owns_it(tmp_path):
    # "is the owner of" says who owns it, as "are owned by" does: another owner is a swap
    checker = _checker_of(tmp_path, "entities:\n  - {name: Sam Pike, type: person}\n  - {name: Ann Lee, type: person}\n"
                          "  - {name: Kelby Rovers, type: org}\n" + _one_source("Club news", "The Kelby Rovers are owned by Sam Pike."))
    assert checker.check("Ann Lee is the owner of the Kelby Rovers.").verdict.value == "conflicting"
    assert checker.check("Sam Pike is the owner of the Kelby Rovers.").verdict.value != "conflicting"
    assert checker.check("Ann Lee is the river of the Kelby Rovers.").verdict.value != "conflicting"  # no doer's noun

    # of a thing many may own, no swap: "the owner of a restaurant" is one owner among many
    checker = _checker_of(tmp_path, "entities:\n  - {name: Sam Pike, type: person}\n  - {name: Ann Lee, type: person}\n"
                          + _one_source("Kelby food", "Sam Pike owns a restaurant in Kelby."))
    assert checker.check("Ann Lee is the owner of a restaurant in Kelby.").verdict.value != "conflicting"


def test_a_count_in_another_word_for_the_same_thing_is_compared(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Festival", "The Kelby film festival showed 120 films in 2024."))
    assert checker.check("The Kelby film festival showed 150 movies in 2024.").verdict.value == "conflicting"
    assert checker.check("The Kelby film festival showed 120 movies in 2024.").verdict.value == "supported"
    assert checker.check("The Kelby film festival showed 150 plays in 2024.").verdict.value != "conflicting"
    # words that share only a rarer sense count other things ("trials" / "tests")
    checker = _checker_of(tmp_path, _one_source("Clinic", "Kelby Clinic carried out 400 tests last year."))
    assert checker.check("Kelby Clinic carried out 3 trials last year.").verdict.value != "conflicting"


def test_a_claim_that_says_the_whole_sentence_denies_no_part_of_it(tmp_path):
    # read alone, the part "milk that is collected on time" loses the reach of the claim's "but not for
    # milk that was already sour"; a part that the claim does contradict still conflicts
    checker = _checker_of(tmp_path, _one_source(
        "Dairy pay", "Dairy farmers are paid a bonus for milk that is collected on time, but not for milk that was already "
        "sour when it was collected.", "Kelby Dairy, which employs 1,200 people, paid its farmers £31 million in 2024."))
    assert checker.check("Dairy farmers are paid a bonus for milk that is collected on time, but not for milk that was already "
                         "sour when it was collected.").verdict.value == "supported"
    assert checker.check("Kelby Dairy, which employs 1,500 people, paid its farmers £31 million in 2024.").verdict.value \
        == "conflicting"
    # the part must say what the claim affirms: the claim's denied homes are no backing of a part about them
    checker = _checker_of(tmp_path, _one_source(
        "Council homes", "The council will fund homes that are affordable, but not homes that are sold privately."))
    assert checker.check("The council will fund homes that are sold privately, but not homes that are affordable.").verdict.value \
        == "conflicting"


def test_two_denials_of_one_thing_affirm_it(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Night flights", "There will be no flights at Kelby Airport between midnight and 6am, and the airport must spend "
        "£2 million on quieter runways."))
    assert checker.check("There will not be no flights at Kelby Airport between midnight and 6am.").verdict.value == "conflicting"
    assert checker.check("There will be no flights at Kelby Airport between midnight and 6am.").verdict.value == "supported"


def test_a_body_is_credited_with_what_its_own_person_said_for_it(tmp_path):
    text = ("Oxcombe Borough Council's cabinet member for housing, Councillor Neil Ashdown, said the council would "
            "apply for an order banning Desmond Varley from letting homes.")
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Neil Ashdown, type: person, aliases: [Councillor Neil Ashdown]}\n"
        "  - {name: Oxcombe Borough Council, type: org}\n  - {name: Hearthway, type: org}\n"
        "sources:\n  - {id: s, title: Landlord, published: '2025-06-01'}\n"
        f"claims:\n  - {{id: c1, source: s, quote: {json.dumps(text)}, text: {json.dumps(text)}, attribution: Neil Ashdown}}\n"))
    said = "said it would apply for an order banning Desmond Varley from letting homes."
    assert checker.check(f"Oxcombe Borough Council {said}").verdict.value == "supported"
    assert checker.check(f"Hearthway {said}").verdict.value == "conflicting"


def test_a_part_of_a_whole_is_no_count_of_the_whole(tmp_path):
    # "thirty of the trials put off" are some of the 180 put off: fewer is no contradiction, more is
    checker = _checker_of(tmp_path, _one_source(
        "Court delays", "The Kelby Courts Board found that 180 trials had been put off in 2024, 50 of them because no "
        "barrister was available."))
    assert checker.check("Thirty of the trials put off in 2024 were delayed because no judge was available.").verdict.value \
        == "unverified"
    assert checker.check("Two hundred of the trials put off in 2024 were delayed because no judge was available.").verdict.value \
        == "conflicting"
    assert checker.check("The Kelby Courts Board found that 150 trials had been put off in 2024.").verdict.value == "conflicting"
    # "all 150 of the" is the whole; a part of a whole the claim does not count is compared as ever
    assert checker.check("All 150 of the trials put off in 2024 were delayed because no judge was available.").verdict.value \
        == "conflicting"
    assert checker.check("Thirty of the trials were delayed in 2024 because no barrister was available.").verdict.value \
        == "conflicting"


def test_according_to_an_outlet_credits_the_claims_it_published(tmp_path):
    # two papers give the bridge's cost differently: a statement crediting one is checked against its figure
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: The Kessel Post, type: org, aliases: [Kessel Post]}\n"
        "  - {name: Harbour Gazette, type: org, aliases: [The Harbour Gazette]}\n"
        "sources:\n  - {id: post, title: Bridge, outlet: The Kessel Post, published: '2025-03-01'}\n"
        "  - {id: gazette, title: Bridge costs, outlet: Harbour Gazette, published: '2025-03-02'}\n"
        "claims:\n  - {id: c1, source: post, quote: The Tollgate Bridge is costing £84 million., text: The Tollgate Bridge is costing £84 million.}\n"
        "  - {id: c2, source: gazette, quote: The Tollgate Bridge is costing £96 million., text: The Tollgate Bridge is costing £96 million.}\n"))
    right = checker.check("According to The Kessel Post, the Tollgate Bridge is costing £84 million.")
    assert right.verdict.value == "supported", right.reason
    wrong = checker.check("According to the Kessel Post, the Tollgate Bridge is costing £96 million.")
    assert wrong.verdict.value == "conflicting", wrong.reason


def test_a_verb_of_a_factor_tells_a_change_in_per_cent(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferries", "Late crossings of the Kessel ferry fell by 20 per cent in 2024.",
        "Passenger numbers on the Dunmore ferry rose by 100 per cent in 2024.",
        "Cancellations of the Harwick ferry were 50 per cent lower in 2024 than in 2023."))
    halved = checker.check("Late crossings of the Kessel ferry halved in 2024.")
    assert halved.verdict.value == "conflicting", halved.reason
    doubled = checker.check("Passenger numbers on the Dunmore ferry doubled in 2024.")
    assert doubled.verdict.value == "supported", doubled.reason
    fewer = checker.check("Cancellations of the Harwick ferry halved in 2024.")  # "50 per cent lower": a change too
    assert fewer.verdict.value == "supported", fewer.reason
    # beside a figure of its own it tells the rise as well as the level reached (session 57: it told the level only)
    assert [q.value for q in checker.analyzer.analyze("Fares doubled to £4 in 2024.").quantities] == [100.0, 4.0]


def test_a_preposition_opening_a_sentence_is_no_name(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Ferries", "Dunmore Rovers were promoted with Kessel Town."))
    assert checker.analyzer.analyze("Besides Kessel Town, Dunmore Rovers were promoted.").names == {"Kessel Town", "Dunmore Rovers"}
    assert checker.analyzer.analyze("Despite a late goal, Dunmore Rovers were promoted.").names == {"Dunmore Rovers"}
    assert checker.analyzer.analyze("Almost two-thirds of Dunmore Rovers fans backed the move.").names == {"Dunmore Rovers"}


def test_a_party_telling_of_a_claim_that_credits_no_one_is_no_other_voice(tmp_path):
    text = "Dunmore Rovers agreed to share the Kessel Arena with Kessel Town from 2026."
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Dunmore Rovers, type: org, aliases: []}\n  - {name: Kessel Town, type: org, aliases: []}\n"
        "  - {name: Kessel Post, type: org, aliases: []}\n"
        "sources:\n  - {id: s, title: Arena, outlet: Kessel Post, published: '2025-03-01'}\n"
        f"claims:\n  - {{id: c1, source: s, quote: {json.dumps(text)}, text: {json.dumps(text)}, attribution: Kessel Post}}\n"))
    told = checker.check("Dunmore Rovers said it had agreed to share the Kessel Arena with Kessel Town from 2026.")
    assert told.verdict.value == "supported", told.reason


def test_a_participle_after_a_determiner_modifies_its_noun(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Bridge", "Ana Ruiz said she did not expect the cost of the Tollgate Bridge to rise again."))
    result = checker.check("The expected cost of the Tollgate Bridge rose again in 2025.")
    assert not any(c.slot == "polarity" and c.relation == "conflicts" for j in checker.judgements(
        checker.analyzer.analyze("The expected cost of the Tollgate Bridge rose again in 2025.")) for c in j.checks), result.reason


def test_a_copula_says_what_its_complement_says(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Kessel", "Ana Ruiz was elected mayor of Kessel in May 2024.", "Ferry fares in Kessel were steady in 2024."))
    for statement in ("Ana Ruiz became mayor of Kessel in May 2024.", "Ferry fares in Kessel remained steady in 2024."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)
    assert checker.check("Ana Ruiz became chair of the Kessel ferry board in May 2024.").verdict.value != "supported"


def test_the_second_tally_of_by_a_to_b_is_the_other_sides(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Vote", (
        "Members of the Ferry Crews' Union backed the Kessel Line's pay offer by 78 per cent to 22 per cent "
        "in a ballot that closed on 12 March 2025.")))
    backed = checker.check("More than three-quarters of the Ferry Crews' Union members who voted backed the pay offer.")
    assert backed.verdict.value == "supported", backed.reason
    # the 22 per cent voted against: a fifth backing it is not what the ballot says
    wrong = checker.check("About a fifth of the Ferry Crews' Union members who voted backed the pay offer.")
    assert wrong.verdict.value != "supported", wrong.reason


def test_a_plan_in_the_past_perfect_is_a_plan_since_changed(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Bridge", "The Tollgate Bridge had been due to reopen in March 2025.",
        "The Tollgate Bridge is now due to reopen in June 2025."))
    old_plan = checker.check("The Tollgate Bridge will reopen in March 2025.")
    assert old_plan.verdict.value == "conflicting", old_plan.reason  # against June; March settles nothing now
    assert checker.check("The Tollgate Bridge had been due to reopen in March 2025.").verdict.value == "supported"
    assert checker.check("The Tollgate Bridge will reopen in June 2025.").verdict.value == "supported"


def test_a_place_in_an_appositive_is_said_by_the_entitys_record(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kessel, type: place, aliases: []}\n  - {name: Harwick, type: place, aliases: []}\n"
        "  - {name: Dunmore, type: place, aliases: []}\n"
        "  - {name: Norvik Foods, type: org, aliases: [Norvik], headquarters: Kessel, role: [cheese maker]}\n"
        + _one_source("Cheese", "Norvik Foods opened a cheese plant in Dunmore in 2023.")))
    based = checker.check("Norvik Foods, a cheese maker in Kessel, opened a cheese plant in Dunmore in 2023.")
    assert based.verdict.value == "supported", based.reason
    for statement in ("Norvik Foods, a cheese maker in Harwick, opened a cheese plant in Dunmore in 2023.",
                      "Norvik Foods, which opened an office in Kessel, opened a cheese plant in Dunmore in 2023."):
        assert checker.check(statement).verdict.value != "supported", statement


def test_a_change_by_a_share_in_words_is_a_share(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Ferry", "The new timetable cut delays on the Kessel ferry by 34 per cent in 2024."))
    third = checker.check("The new timetable cut delays on the Kessel ferry by about a third in 2024.")
    assert third.verdict.value == "supported", third.reason
    half = checker.check("The new timetable cut delays on the Kessel ferry by half in 2024.")
    assert half.verdict.value == "conflicting", half.reason


def test_as_many_as_is_the_most_it_came_to(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Ferry", "Kessel ferry crossings were delayed by up to 40 minutes in June."))
    same = checker.check("Kessel ferry crossings were delayed by as long as 40 minutes in June.")
    assert same.verdict.value == "supported", same.reason
    assert [q.qualifier for q in checker.analyzer.analyze("As many as 90 crossings were delayed.").quantities] == ["at_most"]


def test_a_count_after_a_coordinated_verb_counts_what_the_first_counts(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Season", "Kessel Town won 20 of their 38 league matches, drew 8 and lost 10."))
    nouns = [q.noun for q in checker.claim_analysis(0).quantities]
    assert nouns == ["matches"] * 4, nouns
    points = checker.check("Kessel Town collected 68 points from 20 wins and 8 draws.")
    assert points.verdict.value != "conflicting", points.reason  # no claim gives points, nor a bare 10 of them


def test_the_first_time_since_says_not_in_between(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Cup", "It is the first time Kessel Town have reached the cup final since 1987.",
        "Dunmore Rovers won their first league title since 1990 in May."))
    between = checker.check("Kessel Town had not reached the cup final since 1987.")
    assert between.verdict.value == "supported", between.reason
    # the event counted is the one between "first" and "since", not every verb of the claim
    assert checker.check("Dunmore Rovers did not win the league title in May.").verdict.value != "supported"


def test_a_freeze_is_no_change(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Fares", "Ana Ruiz has promised to freeze Kessel ferry fares for two years."))
    raised = checker.check("Ana Ruiz has promised to raise Kessel ferry fares.")
    assert raised.verdict.value == "conflicting", raised.reason


def test_a_change_against_figures_going_the_other_way(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Recount", "A recount confirmed that Ana Ruiz held her Kessel seat, with her majority cut from 12 votes to nine."))
    up = checker.check("The recount increased Ana Ruiz's majority in Kessel.")
    assert up.verdict.value == "conflicting", up.reason
    assert "from 12 votes to 9" in up.reason
    assert checker.check("The recount reduced Ana Ruiz's majority in Kessel.").verdict.value != "conflicting"


def test_a_comparison_the_other_way_round_conflicts(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Fares", "Kessel Ferries spent about £2 million on repairs in 2024, more than twice what it spent in 2023."))
    less = checker.check("Kessel Ferries spent about £2 million on repairs in 2024, less than it spent in 2023.")
    assert less.verdict.value == "conflicting", less.reason
    # a figure's bound is no comparison of its own
    assert checker.check("Kessel Ferries spent more than £1 million on repairs in 2024.").verdict.value != "conflicting"


def test_a_figure_among_a_part_is_not_the_wholes(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Vote", "Turnout in the Kessel by-election was 38 per cent."))
    part = checker.check("Turnout among voters under 30 in the Kessel by-election was 22 per cent.")
    assert part.verdict.value != "conflicting", part.reason
    whole = checker.check("Turnout in the Kessel by-election was 22 per cent.")
    assert whole.verdict.value == "conflicting", whole.reason


def test_things_of_other_ordinals_are_other_things(tmp_path):
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kessel, type: place, aliases: []}\n  - {name: Dunmore, type: place, aliases: []}\n"
        + _one_source("Ferries", "Norvik Ferries will open a third terminal, in Kessel, in 2027.")))
    second = checker.check("Norvik Ferries will open a second terminal in Dunmore.")
    assert second.verdict.value != "conflicting", second.reason
    third = checker.check("Norvik Ferries will open a third terminal in Dunmore.")
    assert third.verdict.value == "conflicting", third.reason


def test_another_doer_of_an_indefinite_deed_is_no_contradiction(tmp_path):
    people = "entities:\n  - {name: Dan Whitlock, type: person, aliases: [Whitlock]}\n  - {name: Ana Ruiz, type: person, aliases: [Ruiz]}\n"
    contract = _checker_of(tmp_path, folder="a", base_yaml=people + _one_source(
        "Contracts", "Dan Whitlock signed a new contract with Kessel Town in June 2024."))
    other = contract.check("Ana Ruiz signed a new contract with Kessel Town in June 2024.")
    assert other.verdict.value != "conflicting", other.reason
    lease = _checker_of(tmp_path, folder="b", base_yaml=people + _one_source(
        "Lease", "Dan Whitlock signed the stadium lease for Kessel Town in March 2024."))
    same = lease.check("Ana Ruiz signed the stadium lease for Kessel Town in March 2024.")
    assert same.verdict.value == "conflicting", same.reason


def test_a_change_is_said_by_a_verb_of_its_direction_or_its_figures(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Library", "Membership of the Kessel public library stood at 14,300 in March 2024, up from 12,900 a year earlier.",
        "Loans from the Dunmore library increased by 8 per cent in 2023."))
    grew = checker.check("Membership of the Kessel public library grew by 1,400 in the year to March 2024.")
    assert grew.verdict.value == "supported", grew.reason
    assert "14,300 - 12,900 = 1,400" in grew.reason
    # the other way is a contradiction; a level is no rise
    fell = checker.check("Membership of the Kessel public library fell by 1,400 in the year to March 2024.")
    assert fell.verdict.value == "conflicting", fell.reason
    level = checker.check("Membership of the Kessel public library stood at 1,400 in March 2024.")
    assert level.verdict.value != "supported", level.reason
    # another verb of the same direction tells the same change
    rose = checker.check("Loans from the Dunmore library rose by 8 per cent in 2023.")
    assert rose.verdict.value == "supported", rose.reason


def test_so_many_more_than_is_a_difference_and_numbers_of_a_noun_count_it(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferries", "Norvik Ferries carried 3.4 million passengers in 2024, up from 3.1 million in 2023."))
    more = checker.check("Norvik Ferries carried about 300,000 more passengers in 2024 than in 2023.")
    assert more.verdict.value == "supported", more.reason
    numbers = checker.check("Norvik Ferries' passenger numbers reached 3.4 million in 2024.")
    assert numbers.verdict.value == "supported", numbers.reason
    wrong = checker.check("Norvik Ferries' passenger numbers reached 4.4 million in 2024.")
    assert wrong.verdict.value == "conflicting", wrong.reason


def test_a_relation_told_from_the_other_side_is_the_same_relation(tmp_path):
    people = ("entities:\n  - {name: Kessel Rovers, type: org, aliases: [Rovers]}\n"
              "  - {name: Dunmore Town, type: org, aliases: [Dunmore]}\n"
              "  - {name: Norvik Ferries, type: org, aliases: []}\n  - {name: Baltic Lines, type: org, aliases: []}\n")
    checker = _checker_of(tmp_path, people + _one_source(
        "League", "Dunmore Town finished third in the Northern League, five points behind Kessel Rovers.",
        "Norvik Ferries sold the ferry Aurora to Baltic Lines for £4 million in 2023."))
    ahead = checker.check("Kessel Rovers finished five points ahead of Dunmore Town in the Northern League.")
    assert ahead.verdict.value == "supported", ahead.reason
    bought = checker.check("Baltic Lines bought the ferry Aurora from Norvik Ferries for £4 million in 2023.")
    assert bought.verdict.value == "supported", bought.reason
    # the same word with the sides in each other's place is another relation
    swapped = checker.check("Dunmore Town finished five points ahead of Kessel Rovers in the Northern League.")
    assert swapped.verdict.value != "supported", swapped.reason


def test_a_figure_told_going_the_other_way_conflicts(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Museum", "The Kessel museum had 41,000 visitors in 2023, a drop of 8 per cent on 2022."))
    more = checker.check("The Kessel museum had 41,000 visitors in 2023, 8 per cent more than in 2022.")
    assert more.verdict.value == "conflicting", more.reason
    fewer = checker.check("The Kessel museum had 41,000 visitors in 2023, 8 per cent fewer than in 2022.")
    assert fewer.verdict.value == "supported", fewer.reason


def test_a_plural_without_s_says_what_its_figure_counts(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Flood", "The Kessel flood of March 2024 drowned some 1,200 sheep on the lower farms."))
    hours = checker.check("The Kessel flood of March 2024 lasted 1,200 hours on the lower farms.")
    assert hours.verdict.value != "supported", hours.reason
    sheep = checker.check("About 1,200 sheep drowned in the Kessel flood of March 2024.")
    assert sheep.verdict.value == "supported", sheep.reason


def test_a_verb_after_a_contracted_negative_is_what_is_denied(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Dairy", "Because of the strike, Kessel Dairy could not deliver milk to its shops in May."))
    # "couldn't" denies the verb after it, not the noun that follows ("not milk")
    contracted = checker.check("Kessel Dairy couldn't supply milk to its shops in May because of the strike.")
    assert contracted.verdict.value != "conflicting", contracted.reason
    assert "not milk" not in contracted.reason
    # the denial of another verb of the same thing is the claim's denial; a denial it lacks still shows
    assert "no denial" not in contracted.reason


def test_units_abbreviated_after_a_figure_are_units_not_names(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Solar", "The Dunmore solar park will have a capacity of 31 megawatts when it opens in 2026."))
    same = checker.check("The Dunmore solar park will have a capacity of 31 MW.")
    assert same.verdict.value == "supported", same.reason
    other = checker.check("The Dunmore solar park will have a capacity of 13 MW.")
    assert other.verdict.value == "conflicting", other.reason
    assert "MW" not in checker.analyzer.analyze("It will have a capacity of 13 MW.").names


def test_two_shares_differ_by_percentage_points(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Recycling", "Kessel recycled 48 per cent of its household waste in 2024, up from 44 per cent in 2023."))
    points = checker.check("The share of its household waste Kessel recycled rose by four percentage points between 2023 and 2024.")
    assert points.verdict.value == "supported", points.reason
    assert "percentage points" in points.reason
    wrong = checker.check("The share of its household waste Kessel recycled rose by six percentage points between 2023 and 2024.")
    assert wrong.verdict.value != "supported", wrong.reason


def test_a_quantifier_opening_a_sentence_is_no_name(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Schools", "Only 38 per cent of Kessel's primary schools were rated outstanding in 2024."))
    fewer = checker.check("Fewer than half of Kessel's primary schools were rated outstanding in 2024.")
    assert fewer.verdict.value == "supported", fewer.reason


def test_a_reports_date_does_not_date_the_figures_it_reports(tmp_path):
    from claimcheck import agreement

    checker = _checker_of(tmp_path, _one_source(
        "Bridges", "According to a survey published by the Kessel Trust on 3 May 2025, 61 per cent of the bridges in Kessel needed repair in 2024."))
    then = checker.check("The share of the bridges in Kessel that needed repair in 2024 was 61 per cent.")
    assert then.verdict.value == "supported", then.reason  # a figure in per cent tells a share
    claim = checker.claim_analysis(0)
    later = checker.analyzer.analyze("In Kessel, 61 per cent of the bridges needed repair, up from 55 per cent in 2025.")
    assert [c.relation for c in agreement.dates(later, claim)] != ["supports"]
    published = checker.analyzer.analyze("The Kessel Trust published its survey in 2025.")
    assert [c.relation for c in agreement.dates(published, claim)] == ["supports"]


def test_what_one_voice_said_is_not_contradicted_by_another_voice(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Ann Holt, type: person, aliases: [Holt]}\n" + _one_source(
        "Ferries", "Ann Holt said the Kessel ferry service was improving."))
    # whoever "she" is, her saying is not contradicted by Holt's (in a draft, who she is decides)
    unnamed = checker.check("She said the Kessel ferry service was not improving.")
    assert unnamed.verdict.value != "conflicting", unnamed.reason
    same = checker.check("Ann Holt said the Kessel ferry service was not improving.")
    assert same.verdict.value == "conflicting", same.reason


def test_the_speaker_is_the_person_not_the_body_named_beside_them(tmp_path):
    entities = ("entities:\n  - {name: Ann Holt, type: person, aliases: [Holt]}\n"
                "  - {name: Kessel Ferry Users' Group, type: org, aliases: []}\n  - {name: Norvik Ferries, type: org, aliases: []}\n")
    checker = _checker_of(tmp_path, entities + _one_source(
        "Fares", "Ann Holt, chair of the Kessel Ferry Users' Group, said Norvik Ferries had raised fares by 9 per cent in 2024."))
    of = checker.check("Ann Holt of the Kessel Ferry Users' Group said Norvik Ferries had raised fares by 9 per cent in 2024.")
    assert of.verdict.value == "supported", of.reason
    assert [m.name for m in checker.claim_analysis(0).speakers] == ["Ann Holt"]


def test_unable_to_says_what_cannot_says(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Fuel", "Norvik Ferries cannot procure fuel from Baltic suppliers."))
    unable = checker.check("Norvik Ferries is unable to procure fuel from Baltic suppliers.")
    assert unable.verdict.value == "supported", unable.reason
    able = checker.check("Norvik Ferries is able to procure fuel from Baltic suppliers.")
    assert able.verdict.value == "conflicting", able.reason


def test_a_title_before_a_known_name_is_no_name(tmp_path):
    entities = "entities:\n  - {name: Liam Okafor, type: person, aliases: [Okafor], role: [captain]}\n  - {name: Dunmore Town, type: org, aliases: [Dunmore]}\n"
    checker = _checker_of(tmp_path, entities + _one_source(
        "Match", "Liam Okafor scored twice against Dunmore Town on 4 May 2024.",
        "Substitute Liam Okafor added a third goal against Dunmore Town."))
    titled = checker.check("Captain Liam Okafor scored twice against Dunmore Town on 4 May 2024.")
    assert titled.verdict.value == "supported", titled.reason
    assert [m.name for m in checker.analyzer.analyze("Captain Liam Okafor scored twice.").mentions] == ["Liam Okafor"]
    # "added a third goal" adds a goal: Okafor is no one's source there
    assert not checker.claim_analysis(1).speakers


def test_the_earlier_reading_of_a_figure_is_of_the_same_measure_and_its_year(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Dairy", "Kessel Dairy said its sales rose 9 per cent to £48 million in 2024, from £44 million in 2023."))
    earlier = checker.check("Kessel Dairy's sales in 2023 were £41 million.")
    assert earlier.verdict.value == "conflicting", earlier.reason
    assert "£44 million" in earlier.reason
    right = checker.check("Kessel Dairy's sales in 2023 were £44 million.")
    assert right.verdict.value == "supported", right.reason


def test_a_total_of_parts_two_claims_give_is_supported(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Bridge", "Kessel Council will pay £2 million towards the new Dunmore bridge.",
        "Norvik County will pay £1.5 million towards the new Dunmore bridge."))
    total = checker.check("Kessel Council and Norvik County will pay £3.5 million in total towards the new Dunmore bridge.")
    assert total.verdict.value == "supported", total.reason
    assert "£2 million + £1.5 million" in total.reason
    wrong = checker.check("Kessel Council and Norvik County will pay £4.5 million in total towards the new Dunmore bridge.")
    assert wrong.verdict.value != "supported", wrong.reason


def test_names_written_otherwise_are_the_same_names(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "People", "Steven James Corrie opened a gallery in 2019.", "The Corrie gallery in north carolina has 40 paintings."))
    short = checker.check("Steve Corrie opened a gallery in 2019.")
    assert short.verdict.value == "supported", short.reason  # a given name shortened, the surname the same
    lower = checker.check("The Corrie gallery in North Carolina has 40 paintings.")
    assert lower.verdict.value == "supported", lower.reason  # a name the claim writes in lower case
    from claimcheck.text.entities import same_name

    assert same_name("Ria Kessel Dunmore", "Ria Kessel-Dunmore")  # a hyphen or a space between a name's words
    other = checker.check("Stella Corrie opened a gallery in 2019.")
    assert other.verdict.value != "supported", other.reason


def test_a_unit_written_onto_its_figure_counts_it(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Ferry", "The Kessel ferry route is 42 kilometres long."))
    same = checker.check("The Kessel ferry route is 42km long.")
    assert same.verdict.value == "supported", same.reason
    other = checker.check("The Kessel ferry route is 24km long.")
    assert other.verdict.value == "conflicting", other.reason
    assert not checker.analyzer.analyze("The route is 24km long.").names


def test_an_acronym_of_a_name_is_the_name(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferries", "The Kessel Ferry Users Association said fares rose 20 per cent in 2021."))
    short = checker.check("The KFUA said fares rose 20 per cent in 2021.")
    assert short.verdict.value == "supported", short.reason
    other = checker.check("The KFA said fares rose 20 per cent in 2021.")
    assert other.verdict.value != "supported", other.reason


def test_assent_and_refusal_are_opposite_decisions(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Terminal", "Kessel Council approved plans for a new ferry terminal in March 2024.",
        "The Dunmore tribunal rejected the ferry company's appeal in May 2024."))
    rejected = checker.check("Kessel Council rejected plans for a new ferry terminal in March 2024.")
    assert rejected.verdict.value == "conflicting", rejected.reason
    upheld = checker.check("The Dunmore tribunal upheld the ferry company's appeal in May 2024.")
    assert upheld.verdict.value == "conflicting", upheld.reason
    assert checker.check("Kessel Council approved plans for a new ferry terminal in March 2024.").verdict.value == "supported"


def test_a_year_is_not_settled_by_a_claim_of_other_figures():
    from claimcheck.engine import open_checker

    # the base's own claim of 2024 with the year shifted: another claim confirms 2023 for other figures
    # (a share of river sites), which settles no year of the bathing waters
    checker = open_checker([str(BASES / "environment" / "claims.yaml")], use_cache=False)
    shifted = checker.check("In 2023, 16 of Harrowdale's 19 designated bathing waters on the coast were rated good or excellent.")
    assert shifted.verdict.value == "conflicting", shifted.reason


def test_a_range_of_months_writes_its_year_once(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Museum", "The Kessel museum was closed for repairs from November 2022 to March 2024."))
    shorter = checker.check("The Kessel museum was closed for repairs from November to March 2024.")
    assert shorter.verdict.value == "conflicting", shorter.reason  # November 2023: the winter before March 2024
    from claimcheck.text.dates import extract

    assert [d.year for d in extract("passenger numbers for January to May 2025")] == [2025, 2025]


def test_two_claims_do_not_lend_a_subject_to_each_others_facts(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Libraries", "Kessel Trust runs three libraries across Dunmore and employs about 400 staff.",
        "Kessel Trust denied claims by the Dunmore branch of the Library Workers Union that libraries had closed early."))
    swapped = checker.check("The Library Workers Union runs three libraries across Dunmore and employs about 400 staff.")
    assert swapped.verdict.value != "supported", swapped.reason
    assert checker.check("Kessel Trust runs three libraries across Dunmore and employs about 400 staff.").verdict.value == "supported"


def test_may_opening_a_range_of_months_is_a_month(tmp_path):
    from claimcheck.text.dates import extract

    assert [(d.year, d.month) for d in extract("counted birds between May and September 2024")] == [(2024, 5), (2024, 9)]
    assert [(d.year, d.month) for d in extract("January to February 2025 was cold.")] == [(2025, 1), (2025, 2)]
    assert [d.month for d in extract("Prices may and will rise.")] == []
    checker = _checker_of(tmp_path, _one_source(
        "Survey", "The Kessel Trust counted birds at 40 sites between May and September 2024."))
    shifted = checker.check("The Kessel Trust counted birds at 40 sites between May and September 2022.")
    assert shifted.verdict.value == "conflicting", shifted.reason


def test_a_point_outside_a_claims_range_conflicts(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Works", "The Kessel bridge was closed for repairs from March 2021 to August 2022."))
    before = checker.check("The Kessel bridge was closed for repairs between March 2021 and August 2020.")
    assert before.verdict.value == "conflicting", before.reason  # an end before the range's start
    inside = checker.check("The Kessel bridge was closed for repairs in May 2022.")
    assert inside.verdict.value != "conflicting", inside.reason


def test_two_shares_differ_by_points_not_by_a_share(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Trial", "In the Kessel trial, rashes were reported by 12 per cent of patients on the drug and 9 per cent of those on placebo."))
    level = checker.check("In the Kessel trial, rashes were reported by 12 per cent of patients on the drug and 3 per cent of those on placebo.")
    assert level.verdict.value != "supported", level.reason


def test_a_plan_told_in_the_past_is_not_supported_by_the_plan(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Pool", "Kessel Council estimates that the new pool will cost £9 million; building work is due to begin in spring 2027."))
    done = checker.check("Kessel Council estimates that the new pool cost £9 million; building work began in spring 2027.")
    assert done.verdict.value != "supported", done.reason
    scheduled = checker.check("Kessel Council estimates that the new pool will cost £9 million.")
    assert scheduled.verdict.value == "supported", scheduled.reason


def test_review_cases_of_this_sessions_rules(tmp_path):
    from claimcheck.arithmetic import derived
    from claimcheck.text import quantities
    from claimcheck.text.entities import same_name

    # a figure going the other way conflicts only when it is a figure of the same thing
    checker = _checker_of(tmp_path, _one_source(
        "Firm", "Norvik's revenue grew strongly in 2024, while staff turnover saw a fall of 5 per cent.",
        "Norvik Ferries employs 1,300 people."))
    other = checker.check("Norvik's revenue was 5 per cent higher in 2024 than in 2023.")
    assert other.verdict.value != "conflicting", other.reason
    # a date set off in an aside is not the figure's date
    aside = checker.check("Norvik Ferries, founded in 1990, employs 1,200 people.")
    assert aside.verdict.value == "conflicting", aside.reason
    # a bound gives no exact difference; a comparison word is no counted noun
    bounded = checker.analyzer.analyze("The share rose to more than 42 per cent, up from 37 per cent.")
    assert not [d for d in derived(bounded) if d.quantity.value == 5]
    assert [q.noun for q in quantities.extract("The figure was 40 higher than in 2023.")] == [""]
    # a compass word and its derivative are no shortened given name
    assert not same_name("South Kessel", "Southern Kessel")
    # a title of several words before a known name
    titled = _checker_of(tmp_path, folder="t", base_yaml="entities:\n  - {name: Alan Whitcombe, type: person, aliases: [Whitcombe]}\n"
                         + _one_source("Court", "Alan Whitcombe fined the trust £400,000."))
    assert [m.name for m in titled.analyzer.analyze("District Judge Alan Whitcombe fined the trust.").mentions] == ["Alan Whitcombe"]


def test_a_pronoun_adding_a_thing_is_no_unnamed_voice(tmp_path):
    from claimcheck import agreement

    checker = _checker_of(tmp_path, _one_source("Match", "Dan Ruiz scored twice for Kessel Rovers."))
    assert agreement._unnamed_voice(checker.analyzer.analyze("She said the ferry was late."))
    assert not agreement._unnamed_voice(checker.analyzer.analyze("She added a third goal in the 80th minute."))


def test_a_street_is_no_metonym_of_its_town_and_a_figure_of_the_subject_composes(tmp_path):
    # "on Castle Street" says where, more narrowly than the town the claim names: no town stands for it
    # (a capital may stand for its country as a doer; a street is never a doer); and one claim of an article
    # may give the statement's subject a figure ("has 9,200 students") while another tells what it did
    entities = ("entities:\n  - {name: Harlow, type: place}\n  - {name: Castle Street, type: place, part_of: [Harlow]}\n"
                "  - {name: Mill Lane, type: place, part_of: [Harlow]}\n  - {name: Kelby University, type: org}\n")
    checker = _checker_of(tmp_path, entities + _one_source(
        "Libraries and the university",
        "Opening at the Central Library in Harlow will fall from 58 hours a week to 44 from 1 June 2025.",
        "Kelby University, which has 9,200 students, announced 120 job cuts in June 2025.",
        "So far 40 staff have applied for voluntary redundancy; it has also sold a former hall of residence on Mill Lane "
        "for £3.1 million."))
    assert checker.check("The Central Library on Castle Street will open for 44 hours a week from June 2025.").verdict.value \
        == "unverified"  # was SUPPORTED
    assert checker.check("The Central Library in Harlow will open for 44 hours a week from June 2025.").verdict.value == "supported"
    together = checker.check("Kelby University has 9,200 students and sold a former hall of residence on Mill Lane for £3.1 million.")
    assert together.verdict.value == "supported", together.reason  # was UNVERIFIED
    assert checker.check("Kelby University has 9,900 students and sold a former hall of residence on Mill Lane for "
                         "£3.1 million.").verdict.value != "supported"


def test_a_figure_of_another_named_subject_composes_with_nothing(tmp_path):
    # (a review fault) one claim of an article may give the statement's subject a figure while another tells
    # what it did, but not a figure of someone else the statement never names
    checker = _checker_of(tmp_path, _one_source("Clubs", "Kelby Rovers have 14,600 season-ticket holders.",
                                                "Harlow Town sold its stadium to a housing developer for £4 million in March."))
    result = checker.check("Harlow Town, which has 14,600 season-ticket holders, sold its stadium for £4 million in March.")
    assert result.verdict.value != "supported", result.reason


def test_a_figure_is_told_in_its_own_clause(tmp_path):
    # "and" opening a clause with a subject and a verb of its own ends the words a figure is read with
    # ("117 crore and in the overseas market the film grossed ...": no overseas gross), where "and" before a
    # second verb of the same subject, or a second figure, does not
    from claimcheck import agreement
    from claimcheck.analysis import Analyzer

    def words_of(text, figure):
        analysis = Analyzer({}, set()).analyze(text)
        q = next(q for q in analysis.quantities if figure in q.text)
        return agreement._context(analysis, q.start, q.end)

    told = words_of("The film's domestic gross was 117 crore and in the overseas market the film grossed 24 crore.", "117")
    assert "domestic" in told and "overseas" not in told and "market" not in told
    assert "fall" in words_of("Ticket sales rose 4 per cent and fell again in March.", "4 per cent")


def test_the_company_after_a_name_is_that_name(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Norvik Ferries, type: org, aliases: [Norvik]}\n" + _one_source(
        "Fares", "Norvik Ferries said it would cut its fares by 5 per cent in 2025."))
    described = checker.check("Norvik Ferries said the company would cut its fares by 5 per cent in 2025.")
    assert described.verdict.value == "supported", described.reason


def test_a_season_is_a_part_of_its_year(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Works", "Building work on the Kessel pool is expected to begin in spring 2026.",
        "The Dunmore bridge reopened in April 2024."))
    autumn = checker.check("Building work on the Kessel pool is expected to begin in autumn 2026.")
    assert autumn.verdict.value == "conflicting", autumn.reason
    april = checker.check("Building work on the Kessel pool is expected to begin in April 2026.")
    assert april.verdict.value == "unverified", april.reason  # spring does not say which month
    spring = checker.check("The Dunmore bridge reopened in spring 2024.")
    assert spring.verdict.value == "supported", spring.reason
    summer = checker.check("The Dunmore bridge reopened in the summer of 2024.")
    assert summer.verdict.value == "conflicting", summer.reason


def test_quarters_and_halves_are_parts_of_their_year(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Dairy", "Kessel Dairy's sales rose 6 per cent in the first quarter of 2025."))
    same = checker.check("Kessel Dairy's sales rose 6 per cent in Q1 2025.")
    assert same.verdict.value == "supported", same.reason
    other = checker.check("Kessel Dairy's sales rose 6 per cent in the third quarter of 2025.")
    assert other.verdict.value == "conflicting", other.reason
    half = checker.check("Kessel Dairy's sales rose 6 per cent in the first six months of 2025.")
    assert half.verdict.value != "supported", half.reason  # a figure of a quarter is none of the half's


def test_a_range_of_months_that_is_a_quarter_is_that_quarter(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Ferries", "Norvik Ferries' passenger figures for the first three months of 2025 show a fall of 6 per cent."))
    months = checker.check("Norvik Ferries' passenger figures for January to March 2025 show a fall of 6 per cent.")
    assert months.verdict.value == "supported", months.reason
    other = checker.check("Norvik Ferries' passenger figures for April to June 2025 show a fall of 6 per cent.")
    assert other.verdict.value == "conflicting", other.reason


def test_a_stretch_of_time_after_a_figure_is_no_rate():
    from claimcheck.text import quantities

    assert [q.per for q in quantities.extract("Sewage entered the river 97 times in a year and a half.")] == [""]
    assert [q.per for q in quantities.extract("The firm spends £3 million a year on repairs.")] == ["year"]


def test_a_place_named_within_another_name_is_where_that_one_is(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Arlow, type: place}\n"
                          "  - {name: Arlow Borough Council, type: org}\n" + _one_source(
        "Council budget", "Arlow Borough Council approved a budget of £40 million on 3 March 2025."))
    result = checker.check("The council in Arlow approved a budget of £40 million on 3 March 2025.")
    assert result.verdict.value == "supported", result.reason
    # the place still counts for what it is: another figure is still another figure
    assert checker.check("The council in Arlow approved a budget of £45 million on 3 March 2025.").verdict.value == "conflicting"


def test_a_figure_changed_from_holds_no_more(tmp_path):
    """'from A to B': B is what holds now; A only what held before."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n" + _one_source(
        "Ferry fares", "Tarrow Ferries will raise the price of a single ticket from £4 to £5 in May 2025."))
    result = checker.check("A single ticket on Tarrow Ferries will cost £4.")
    assert result.verdict.value == "conflicting", result.reason
    assert "£5" in result.reason
    assert checker.check("A single ticket on Tarrow Ferries will cost £5.").verdict.value == "supported"
    assert checker.check("Tarrow Ferries will raise the price of a single ticket from £4.").verdict.value == "supported"


def test_two_claims_lend_no_owner_to_a_report():
    """'The Wildlife Trust's report found ...' is not the Rivers Trust's report, found by one claim,
    with the Wildlife Trust named by another (a claim names a place within the trust's name)."""
    from claimcheck.engine import open_checker

    checker = open_checker([str(BASES / "environment" / "claims.yaml")], use_cache=False)
    result = checker.check("The Harrowdale Wildlife Trust's report found that sewage overflows across Harrowdale spilled "
                           "for a total of 39,500 hours in 2024, a fall of 12 per cent on 2023.")
    assert result.verdict.value != "supported", result.reason
    assert checker.check("The Harrowdale Rivers Trust's report found that sewage overflows across Harrowdale spilled "
                         "for a total of 39,500 hours in 2024.").verdict.value == "supported"


def test_the_have_of_a_perfect_is_no_predicate(tmp_path):
    """'which would have saved ...' tells what the saving would have been, not that the plan's
    having been put off is only what would have happened."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore, type: place}\n" + _one_source(
        "Pool plan", "The council's plan to close the Dunmore swimming pool, which would have saved £200,000 a year, "
                     "has been put off until June 2025."))
    result = checker.check("The council has put off its plan to close the Dunmore swimming pool until June 2025.")
    assert result.verdict.value == "supported", result.reason


def test_an_opinion_claim_still_tells_its_speakers_acts_as_facts(tmp_path):
    """A claim of kind opinion supports no statement of fact from what its speaker says, but the
    acts it tells in its own voice ('voted against the plan') are facts."""
    text = "Councillor Ruth Hale voted against the marina plan and said the town deserved better."
    checker = _checker_of(tmp_path, "entities:\n  - {name: Ruth Hale, type: person}\n"
                          "sources:\n  - {id: s, title: Marina vote, published: '2024-05-01'}\n"
                          f"claims:\n  - {{id: c1, source: s, kind: opinion, quote: {json.dumps(text)}, text: {json.dumps(text)}}}\n")
    result = checker.check("Ruth Hale voted against the marina plan.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("The town deserved better than the marina plan.").verdict.value != "supported"


def test_each_figure_has_its_own_date(tmp_path):
    """'In 2024 it carried 58,000 cars, compared with 49,000 cars in 2023': 49,000 is the 2023
    figure, beside its own date, whatever the date the sentence opens with."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n" + _one_source(
        "Ferry traffic", "In 2024 Tarrow Ferries carried 58,000 cars, compared with 49,000 cars in 2023."))
    assert checker.check("Tarrow Ferries carried 58,000 cars in 2024.").verdict.value == "supported"
    assert checker.check("Tarrow Ferries carried 49,000 cars in 2023.").verdict.value == "supported"
    result = checker.check("Tarrow Ferries carried 49,000 cars in 2024.")
    assert result.verdict.value == "conflicting", result.reason


def test_a_date_beside_another_figure_dates_that_figure():
    """'In 2024 defendants waited an average of 58 weeks ..., compared with 49 weeks in 2023': 2023
    dates the 49 weeks; 58 weeks in 2024 is the 2024 figure."""
    from claimcheck.engine import open_checker

    checker = open_checker([str(BASES / "justice" / "claims.yaml")], use_cache=False)
    result = checker.check("Defendants waited an average of 58 weeks for a trial in 2024.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("Defendants waited an average of 58 weeks for a trial in 2023.").verdict.value == "conflicting"


def test_who_acts_is_read_past_an_appositive(tmp_path):
    """'Mara Quill, a retired teacher from Dunmore, fell': Quill fell, not Dunmore; so 'Mara Quill
    rose' is told of the same doer, and the opposite verb conflicts."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore, type: place}\n  - {name: Mara Quill, type: person}\n"
                          + _one_source("Harbour fall", "Mara Quill, a retired teacher from Dunmore, fell from the harbour "
                                                        "wall in May 2024 and was taken to hospital."))
    result = checker.check("Mara Quill rose from the harbour wall in May 2024.")
    assert result.verdict.value == "conflicting", result.reason
    assert checker.check("Mara Quill fell from the harbour wall in May 2024.").verdict.value == "supported"


def test_any_comparative_with_than_tells_a_difference(tmp_path):
    """'nine minutes longer in 2024 than in 2023' is a difference (58 - 49), not a level of nine."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n" + _one_source(
        "Ferry crossings", "In 2024 a Tarrow Ferries crossing took 58 minutes on average, compared with 49 minutes in 2023."))
    result = checker.check("A Tarrow Ferries crossing took nine minutes longer on average in 2024 than in 2023.")
    assert result.verdict.value != "conflicting", result.reason
    assert "58" not in result.reason or "49" in result.reason


def test_a_place_inside_a_name_is_not_where_it_is(tmp_path):
    """'York' is not where 'New York City Council' is: a place opens a name or is what it is 'of'."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: York, type: place}\n  - {name: New York City Council, type: org}\n"
                          + _one_source("Budget", "New York City Council approved a budget of £40 million on 3 March 2025."))
    assert checker.check("The council in York approved a budget of £40 million on 3 March 2025.").verdict.value != "supported"


def test_a_change_still_to_come_leaves_the_old_figure_holding(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n" + _one_source(
        "Ferry fares", "Tarrow Ferries will raise the price of a single ticket from £4 to £5 in May 2025."))
    assert checker.check("A single ticket on Tarrow Ferries currently costs £4.").verdict.value == "supported"
    # a word telling the past elsewhere in the sentence does not make £4 what held before
    assert checker.check("A single ticket on Tarrow Ferries will cost £4, the company said earlier.").verdict.value \
        == "conflicting"


@pytest.mark.parametrize("told", [
    "The council wasted £2 million on the Dunmore marina, Ruth Hale said.",
    "According to Ruth Hale, the council wasted £2 million on the Dunmore marina.",
    "Ruth Hale believes the council wasted £2 million on the Dunmore marina.",
])
def test_an_opinion_claim_tells_no_fact_of_what_its_speaker_holds(tmp_path, told):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Ruth Hale, type: person}\n  - {name: Dunmore, type: place}\n"
                          "sources:\n  - {id: s, title: Marina, published: '2024-05-01'}\n"
                          f"claims:\n  - {{id: c1, source: s, kind: opinion, quote: {json.dumps(told)}, text: {json.dumps(told)}}}\n")
    assert checker.check("The council wasted £2 million on the Dunmore marina.").verdict.value != "supported"


def test_the_other_sides_tally_is_compared_with_the_other_sides(tmp_path):
    """'by 19 votes to 14' against 'by 19 votes to 12': the 14 is the losing side's, set against 12."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore Town Council, type: org}\n" + _one_source(
        "Harbour vote", "Dunmore Town Council's councillors approved the harbour plan for 2025-26 by 19 votes to 12 on the night "
        "of 4 March 2025, with three abstentions, after a debate lasting more than five hours."))
    result = checker.check("Dunmore Town Council approved the harbour plan by 19 votes to 14.")
    assert result.verdict.value == "conflicting", result.reason
    assert "12" in result.reason
    assert checker.check("Dunmore Town Council approved the harbour plan by 19 votes to 12.").verdict.value == "supported"
    # "voted 19 to 12" tells the two sides as "by 19 votes to 12" does
    assert checker.check("Dunmore Town Council's councillors voted 19 to 12 for the harbour plan.").verdict.value == "supported"
    assert checker.check("Dunmore Town Council's councillors voted 19 to 15 for the harbour plan.").verdict.value != "supported"


def test_where_an_appositive_places_its_name(tmp_path):
    """'to Harlow Solar, a developer based in Dunmore': Harlow Solar is where the place says, not the
    council that opens the sentence; 'a developer based in Arlow' names no other owner."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore, type: place}\n  - {name: Arlow, type: place}\n"
                          "  - {name: Harlow Solar, type: org}\n  - {name: Fenby District Council, type: org}\n" + _one_source(
        "Solar farm", "Fenby District Council granted permission for the Greyfield solar farm to Harlow Solar, "
                      "a developer based in Dunmore, on 2 May 2025."))
    for told in ("Permission for the Greyfield solar farm was granted to a developer based in Arlow.",
                 "Permission for the Greyfield solar farm was granted to Harlow Solar, a developer based in Arlow."):
        result = checker.check(told)
        assert result.verdict.value == "conflicting", (told, result.reason)
    assert checker.check("Permission for the Greyfield solar farm was granted to Harlow Solar, a developer based in "
                         "Dunmore.").verdict.value == "supported"


@pytest.mark.parametrize("told, verdict", [
    ("Members of the Dunmore Nurses' Union voted against strike action.", "conflicting"),
    ("Members of the Dunmore Nurses' Union opposed strike action.", "conflicting"),
    ("Members of the Dunmore Nurses' Union voted for strike action.", "supported"),
])
def test_a_vote_for_or_against_is_a_decision_either_way(tmp_path, told, verdict):
    """'backed strike action' assents; 'voted against' and 'opposed' refuse: opposite decisions."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore Nurses' Union, type: org}\n" + _one_source(
        "Strike ballot", "Members of the Dunmore Nurses' Union backed strike action by 310 votes to 95."))
    result = checker.check(told)
    assert result.verdict.value == verdict, result.reason


def test_stopping_a_thing_is_no_longer_doing_it(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n" + _one_source(
        "Ferry cars", "Tarrow Ferries will stop taking cars on its Dunmore crossing from May 2026."))
    result = checker.check("Tarrow Ferries will no longer take cars on its Dunmore crossing from May 2026.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("Tarrow Ferries will take cars on its Dunmore crossing from May 2026.").verdict.value != "supported"


def test_points_beside_shares_are_percentage_points(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore, type: place}\n" + _one_source(
        "Turnout", "Turnout in Dunmore fell to 41 per cent, well below the county average of 48 per cent."))
    result = checker.check("Turnout in Dunmore fell to 41%, seven points below the county average.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("Turnout in Dunmore fell to 41%, nine points below the county average.").verdict.value != "supported"


def test_a_preposition_that_says_in_adds_nothing_to_check(tmp_path):
    """'within', 'alongside' relate as 'in' and 'with' do; 'outside' says otherwise."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Norvik Steel, type: org}\n  - {name: Dunmore, type: place}\n" + _one_source(
        "Rails", "Norvik Steel made 40,000 tonnes of rail in Dunmore last year."))
    result = checker.check("Norvik Steel made 40,000 tonnes of rail within Dunmore last year.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("Norvik Steel made 40,000 tonnes of rail outside Dunmore last year.").verdict.value != "supported"


def test_a_difference_of_two_readings_is_no_change_the_other_way(tmp_path):
    """'5,400, up from 5,100' tells a rise of 300; a cut of about 300 is another matter."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Hospital, type: org}\n" + _one_source(
        "Waiting list", "The waiting list at Tarrow Hospital stood at 5,400 in March, up from 5,100 in January."))
    assert checker.check("The waiting list at Tarrow Hospital grew by about 300 between January and March.").verdict.value == "supported"
    result = checker.check("Tarrow Hospital cut its waiting list by about 300 between January and March.")
    assert result.verdict.value != "supported", result.reason



def test_a_figure_in_a_relative_clause_is_its_own_subjects(tmp_path):
    """'..., which Dunmore Council expects to cut queues by 20 minutes': the council's figure, not
    the bridge's named before the comma."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Bridge, type: org}\n  - {name: Dunmore Council, type: org}\n" + _one_source(
        "Bridge", "Two extra lanes opened on Tarrow Bridge in July, which Dunmore Council expects to cut queues at "
        "the bridge by about 20 minutes within a year."))
    result = checker.check("Dunmore Council expects the new lanes to cut queues at Tarrow Bridge by about 40 minutes within a year.")
    assert result.verdict.value == "conflicting", result.reason


def test_a_part_of_a_named_whole_counts_what_the_whole_counts(tmp_path):
    """'three of Harrowdale County Council's 12 libraries': three libraries, a quarter of them."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harrowdale County Council, type: org}\n" + _one_source(
        "Libraries", "Harrowdale County Council will close three of Harrowdale County Council's 12 libraries in 2026."))
    result = checker.check("Harrowdale County Council will close a quarter of its libraries in 2026.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("Harrowdale County Council will close half of its libraries in 2026.").verdict.value != "supported"


def test_a_part_counts_the_noun_of_its_whole(tmp_path):
    """'Twelve of Harrowdale's bathing waters' are twelve waters, not the claim's twelve test sites."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harrowdale, type: place}\n" + _one_source(
        "Bathing waters", "Sixteen of Harrowdale's bathing waters were rated excellent in 2023, and inspectors tested the water at 12 sites."))
    result = checker.check("Twelve of the bathing waters were rated excellent in 2023.")
    assert result.verdict.value == "conflicting", result.reason
    assert "16 waters" in result.reason


def test_events_numbered_otherwise_are_other_occasions(tmp_path):
    """The second sailing's date is no contradiction of the first's; the first's another date is."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n  - {name: Dunmore, type: place}\n" + _one_source(
        "New ferry", "The first sailing of Tarrow Ferries' new ship will leave Dunmore on 3 May 2026."))
    second = checker.check("The second sailing of Tarrow Ferries' new ship will leave Dunmore on 9 May 2026.")
    assert second.verdict.value == "unverified", second.reason
    first = checker.check("The first sailing of Tarrow Ferries' new ship will leave Dunmore on 9 May 2026.")
    assert first.verdict.value == "conflicting", first.reason


def test_a_total_adds_a_part_from_a_claim_that_says_little_else(tmp_path):
    """'£2.1 million in all, including £150,000 in costs': the costs claim says nearly every word,
    the fine's claim only the other part; together they give the total."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Water, type: org}\n" + _one_source(
        "Water fine", "Tarrow Water has been fined £1.95 million after sewage leaked into Dunmore Bay for a week.",
        "The judge also ordered Tarrow Water to pay £150,000 in costs."))
    result = checker.check("Including the £150,000 in costs, Tarrow Water has been ordered to pay £2.1 million in all.")
    assert result.verdict.value == "supported", result.reason
    assert len(result.evidence) >= 2
    wrong = checker.check("Including the £150,000 in costs, Tarrow Water has been ordered to pay £2.5 million in all.")
    assert wrong.verdict.value != "supported", wrong.reason


def test_a_change_from_an_earlier_figure_in_one_claim_to_a_later_one_in_another(tmp_path):
    """'originally budgeted at £50 million' and 'expects the final cost to reach £65 million': a rise
    of £15 million, told of 'the expected cost' (a participle of expecting, no content of its own)."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Bridge, type: org}\n  - {name: Dunmore Council, type: org}\n" + _one_source(
        "Bridge overrun", "Tarrow Bridge was originally budgeted at £50 million.",
        "Dunmore Council now expects the final cost of Tarrow Bridge to reach £65 million."))
    result = checker.check("The expected cost of Tarrow Bridge has gone up by £15 million from its original budget.")
    assert result.verdict.value == "supported", result.reason
    assert "£65 million - £50 million" in result.reason
    for wrong in ("The expected cost of Tarrow Bridge has gone down by £15 million from its original budget.",
                  "The expected cost of Tarrow Bridge has gone up by £25 million from its original budget."):
        assert checker.check(wrong).verdict.value != "supported", wrong


def test_failing_to_act_as_a_supposition_denies_nothing(tmp_path):
    """'warned that failing to repair the pier could cost more': a supposition, not a pier left unrepaired."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore Council, type: org}\n" + _one_source(
        "Pier", "Dunmore Council urged the harbour board to repair the Tarrow pier before the winter."))
    result = checker.check("Dunmore Council warned the harbour board that failing to repair the Tarrow pier before the winter could cost more.")
    assert result.verdict.value != "conflicting", result.reason


def test_losing_the_ability_to_do_a_thing_is_no_longer_doing_it(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Norvik Steel, type: org}\n  - {name: Tarrow Ore, type: org}\n" + _one_source(
        "Ore", "Norvik Steel can no longer buy iron ore from Tarrow Ore."))
    result = checker.check("Norvik Steel has lost the ability to buy iron ore from Tarrow Ore.")
    assert result.verdict.value == "supported", result.reason


def test_a_number_inside_a_name_names_and_does_not_count(tmp_path):
    """'Route 7' is a bus route, not seven of anything: 'every 7 minutes' is no figure the claim gives."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Route 7, type: other}\n  - {name: Kelby, type: place}\n" + _one_source(
        "Buses", "Buses on Route 7 in Kelby will run every 12 minutes from May 2026."))
    wrong = checker.check("Buses on Route 7 in Kelby will run every 7 minutes from May 2026.")
    assert wrong.verdict.value == "conflicting", wrong.reason
    right = checker.check("Buses on Route 7 in Kelby will run every twelve minutes from May 2026.")
    assert right.verdict.value == "supported" and "statement: 7" not in right.reason, right.reason


def test_up_or_down_from_reaches_back_to_the_last_figure_of_its_kind(tmp_path):
    """'31 boats moored in the harbour on a single night in August, down from 40': one measure read twice."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore, type: place}\n" + _one_source(
        "Harbour", "Wardens counted 31 boats moored in Dunmore harbour on a single night in August 2024, down from 40 a year before."))
    result = checker.check("The number of boats counted moored in Dunmore harbour fell from 40 to 31.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("The number of boats counted moored in Dunmore harbour fell by nine.").verdict.value == "supported"


def test_a_shares_date_is_the_sentences_one_date_whatever_else_it_counts(tmp_path):
    """'58 per cent ... gained grade 4 or above in 2025': the grade is no second share, so 2025 dates
    the 58 per cent, which the claim gives for 2024."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow School, type: org}\n" + _one_source(
        "Results", "At Tarrow School, 49 per cent of pupils gained grade 4 or above in maths in 2025, down from 55 per cent in 2024."))
    result = checker.check("At Tarrow School, 55 per cent of pupils gained grade 4 or above in maths in 2025.")
    assert result.verdict.value == "conflicting", result.reason


def test_the_other_sides_count_of_a_vote_is_no_difference_and_has_no_other_owner(tmp_path):
    """'by nine votes to five' against 'by nine votes to four': five is the other side's count, not
    9 - 4 worked out, and it is that vote's, whoever is named before it."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore Council, type: org}\n  - {name: Kelby Quay, type: other}\n" + _one_source(
        "Quay vote", "Dunmore Council's planning committee backed the Kelby Quay scheme by nine votes to four on 3 March 2025."))
    wrong = checker.check("The Kelby Quay scheme was approved by nine votes to five.")
    assert wrong.verdict.value == "conflicting", wrong.reason
    assert checker.check("The Kelby Quay scheme was approved by nine votes to four.").verdict.value == "supported"


def test_what_a_denied_verb_takes_is_denied_with_it(tmp_path):
    """'do not include a new school' asserts no school; 'include a park ... but no new school' agrees."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Quay, type: other}\n" + _one_source(
        "Quay plans", "The Kelby Quay plans include a park and 300 parking spaces, but there will be no new school on the site."))
    denied = checker.check("The Kelby Quay plans do not include a new school.")
    assert denied.verdict.value != "conflicting", denied.reason
    assert checker.check("The Kelby Quay plans include a new school.").verdict.value == "conflicting"
    assert checker.check("The Kelby Quay plans do not include a park.").verdict.value == "conflicting"


def test_a_count_of_other_things_is_no_count_of_the_claims(tmp_path):
    """'owns 40 other flats' counts flats besides the 18 the claim gives; a list of names with 'and N
    other firms' is still a total."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Alan Brook, type: person}\n  - {name: Kelby, type: place}\n" + _one_source(
        "Landlord", "Alan Brook owns the 18 flats of Harbour House in Kelby."))
    result = checker.check("Alan Brook owns 40 other flats in Kelby.")
    assert result.verdict.value != "conflicting", result.reason
    assert checker.check("Alan Brook owns the 40 flats of Harbour House in Kelby.").verdict.value == "conflicting"


def test_opposite_superlatives_of_different_holders_both_hold(tmp_path):
    """'Kelby had the highest rents' and 'Dunmore had the lowest': one is the top, the other the bottom."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby, type: place}\n  - {name: Dunmore, type: place}\n" + _one_source(
        "Rents", "Kelby had the highest private rents in the county, at £1,190 a month on average."))
    other = checker.check("Dunmore had the lowest private rents in the county.")
    assert other.verdict.value != "conflicting", other.reason
    assert checker.check("Kelby had the lowest private rents in the county.").verdict.value == "conflicting"


def test_the_paper_that_reported_a_claim_may_be_credited_with_it(tmp_path):
    """'According to the Kelby Gazette, ...' passes on what the Gazette reported a charity as saying."""
    base = ("entities:\n  - {name: Kelby Gazette, type: org}\n  - {name: Homefront, type: org}\n  - {name: Kelby, type: place}\n"
            "sources:\n  - {id: s, title: Homelessness report, outlet: Kelby Gazette, published: '2025-07-17'}\n"
            "claims:\n  - {id: c1, source: s, quote: 'Only 190 of the 600 homes will be affordable, Homefront said.',"
            " text: 'Homefront said only 190 of the 600 Kelby Quay homes will be affordable.', attribution: Homefront}\n")
    checker = _checker_of(tmp_path, base)
    result = checker.check("According to the Kelby Gazette, only 190 of the 600 Kelby Quay homes will be affordable.")
    assert result.verdict.value == "supported", result.reason


def test_what_ought_to_be_does_not_tell_what_will_be(tmp_path):
    """A councillor's 'target that 40 per cent should be affordable' says nothing of what the scheme will give."""
    base = ("entities:\n  - {name: Jo Marsh, type: person}\n  - {name: Kelby Quay, type: other}\n"
            "sources:\n  - {id: s, title: Quay vote, published: '2025-05-15'}\n"
            "claims:\n  - {id: c1, source: s, quote: 'Jo Marsh said the Kelby Quay scheme fell short of the target that 40 per cent of new homes should be affordable.',"
            " text: 'Jo Marsh said the Kelby Quay scheme fell short of the target that 40 per cent of new homes should be affordable.',"
            " attribution: Jo Marsh, kind: opinion}\n")
    checker = _checker_of(tmp_path, base)
    result = checker.check("40 per cent of the Kelby Quay homes will be affordable.")
    assert result.verdict.value != "supported", result.reason


def test_a_part_after_a_fronted_whole_counts_what_the_whole_counts(tmp_path):
    """'Of the 600 homes planned at Kelby Quay, 150 will be affordable': 150 homes, a quarter of them."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Quay, type: other}\n" + _one_source(
        "Quay homes", "Of the 600 homes planned at Kelby Quay, 150 will be affordable."))
    result = checker.check("A quarter of the homes planned at Kelby Quay will be affordable.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("A third of the homes planned at Kelby Quay will be affordable.").verdict.value != "supported"


# ---------------------------------------------------------------- a review's counter-cases


def test_not_losing_the_ability_to_do_a_thing_is_still_doing_it(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Norvik Steel, type: org}\n  - {name: Tarrow Ore, type: org}\n" + _one_source(
        "Ore", "Norvik Steel can no longer buy iron ore from Tarrow Ore.", "Norvik Steel reopened its steel plant in January."))
    assert checker.check("Norvik Steel has not lost the ability to buy iron ore from Tarrow Ore.").verdict.value == "conflicting"
    power = checker.check("Norvik Steel lost the power to its steel plant in January.")  # 'to' before a noun: no verb denied
    assert power.verdict.value != "conflicting", power.reason


def test_failing_to_act_taken_by_a_preposition_is_still_not_acting(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmore Council, type: org}\n" + _one_source(
        "Pier", "Dunmore Council repaired the Tarrow pier before the winter."))
    result = checker.check("Dunmore Council was criticised for failing to repair the Tarrow pier that could collapse before the winter.")
    assert result.verdict.value == "conflicting", result.reason


def test_a_total_of_two_unrelated_figures_is_a_coincidence(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Water, type: org}\n  - {name: Kelby, type: place}\n" + _one_source(
        "Water", "Tarrow Water was fined £1.95 million in 2019 for a sewage leak at Kelby.",
        "Tarrow Water gave £150,000 to a Dunmore Bay rowing club."))
    result = checker.check("Tarrow Water has paid £2.1 million in total.")
    assert result.verdict.value != "supported", result.reason


def test_down_from_does_not_reach_into_another_clauses_measure(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby, type: place}\n" + _one_source(
        "Harbour", "Wardens counted 31 boats moored in Kelby harbour in August 2024, and the number of fishing "
        "licences issued was down from 40 a year before."))
    result = checker.check("The number of boats moored in Kelby harbour fell by nine.")
    assert result.verdict.value != "supported", result.reason


def test_another_votes_tally_is_no_count_of_this_one(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Council, type: org}\n  - {name: Dunmore Council, type: org}\n"
                          "  - {name: Kelby Quay, type: other}\n" + _one_source(
        "Votes", "Kelby Council's planning committee backed the Kelby Quay scheme by nine votes to four, and Dunmore "
        "Council's committee rejected its own harbour scheme."))
    result = checker.check("Dunmore Council's committee rejected its harbour scheme by seven votes to two.")
    assert result.verdict.value != "conflicting", result.reason


def test_a_figure_in_a_relative_clause_is_also_the_things_before_it(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Bridge, type: org}\n  - {name: Dunmore Council, type: org}\n"
                          "  - {name: Norvik Steel, type: org}\n" + _one_source(
        "Bridge", "Dunmore Council sold Tarrow Bridge, which Norvik Steel bought for £4 million."))
    result = checker.check("Dunmore Council sold Tarrow Bridge for £9 million.")
    assert result.verdict.value == "conflicting", result.reason


def test_a_later_numbered_event_before_the_earlier_one_is_a_contradiction(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Ferries, type: org}\n  - {name: Dunmore, type: place}\n" + _one_source(
        "New ferry", "The first sailing of Tarrow Ferries' new ship will leave Dunmore on 3 May 2026."))
    result = checker.check("The second sailing of Tarrow Ferries' new ship will leave Dunmore on 28 April 2026.")
    assert result.verdict.value == "conflicting", result.reason


def test_despite_is_no_because(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Norvik Steel, type: org}\n  - {name: Dunmore, type: place}\n" + _one_source(
        "Plant", "Norvik Steel closed its Dunmore plant because of falling orders."))
    result = checker.check("Norvik Steel closed its Dunmore plant despite falling orders.")
    assert result.verdict.value != "supported", result.reason


def test_other_things_told_as_others_by_the_claim_too_are_compared(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Alan Brook, type: person}\n  - {name: Kelby, type: place}\n"
                          "  - {name: Harbour House, type: other}\n" + _one_source(
        "Landlord", "Besides Harbour House, Alan Brook owns 18 flats in Kelby."))
    result = checker.check("Besides Harbour House, Alan Brook owns 40 other flats in Kelby.")
    assert result.verdict.value == "conflicting", result.reason


def test_a_superlative_whose_holder_comes_after_it_is_still_compared(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby, type: place}\n  - {name: Harrowshire, type: place}\n" + _one_source(
        "Rents", "Kelby had the highest private rents in Harrowshire in 2024."))
    result = checker.check("The lowest private rents in Harrowshire in 2024 were in Kelby.")
    assert result.verdict.value == "conflicting", result.reason


def test_denying_two_things_one_of_which_the_claim_gives_is_a_contradiction(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Quay, type: other}\n" + _one_source(
        "Quay plans", "The Kelby Quay plans include a park, but there will be no new school on the site."))
    result = checker.check("The Kelby Quay plans do not include a new school or a park.")
    assert result.verdict.value == "conflicting", result.reason
    long = checker.check("The Kelby Quay plans do not include a large and modern new secondary school.")
    assert long.verdict.value != "conflicting", long.reason


def test_a_change_goes_the_way_told_at_its_own_figures(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarrow Hospital, type: org}\n" + _one_source(
        "Waiting list", "The waiting list at Tarrow Hospital stood at 5,400 in March, up from 5,100 in January, while staff numbers fell."))
    result = checker.check("Tarrow Hospital cut its waiting list by about 300 between January and March.")
    assert result.verdict.value != "supported", result.reason


def test_a_copulas_complement_is_what_a_date_goes_with(tmp_path):
    """'should be ready by the end of 2027': the date is the being ready's, not another verb's further back."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Quay, type: other}\n" + _one_source(
        "Quay timetable", "Work on Kelby Quay is due to start in March 2026; the first 120 homes should be ready by the end of "
        "2027, and the whole site is due to be finished in 2032."))
    result = checker.check("Work on Kelby Quay started in March 2026; the first 120 homes should be ready by the end of 2027, "
                           "and the whole site was finished in 2032.")
    assert result.verdict.value != "conflicting", result.reason


def test_where_a_claim_counts_kinds_apart_the_statements_kind_picks_its_figure(tmp_path):
    """'350 construction jobs and a further 900 permanent jobs': 900 construction jobs is a contradiction."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Airport, type: org}\n" + _one_source(
        "Runway", "Kelby Airport says the runway extension will create 350 construction jobs and a further 900 permanent jobs by 2035."))
    result = checker.check("Kelby Airport says the runway extension will create 900 construction jobs.")
    assert result.verdict.value == "conflicting", result.reason
    assert checker.check("Kelby Airport says the runway extension will create 900 permanent jobs.").verdict.value == "supported"


def test_the_most_and_the_least_of_one_holder_are_opposites(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Larkway Airlines, type: org}\n" + _one_source(
        "Delays", "Larkway Airlines was the least punctual airline flying from the county's airports in 2024."))
    result = checker.check("Larkway Airlines was the most punctual airline flying from the county's airports in 2024.")
    assert result.verdict.value == "conflicting", result.reason


def test_the_first_by_a_superlative_is_not_the_second(tmp_path):
    """'the second busiest airport in the county' is no support of 'the busiest', and contradicts it."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Airport, type: org}\n  - {name: Harrowshire, type: place}\n" + _one_source(
        "Passengers", "Kelby Airport handled 1.4 million passengers in 2024, making it the second busiest airport in Harrowshire."))
    result = checker.check("Kelby Airport was the busiest airport in Harrowshire in 2024.")
    assert result.verdict.value == "conflicting", result.reason
    assert checker.check("Kelby Airport was the second busiest airport in Harrowshire in 2024.").verdict.value == "supported"


def test_one_first_and_another_second_both_hold(tmp_path):
    """'Dunmore Airport was the second busiest' says nothing against 'Kelby Airport was the busiest'."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby Airport, type: org}\n  - {name: Dunmore Airport, type: org}\n" + _one_source(
        "Passengers", "Dunmore Airport was the second busiest airport in the county in 2024."))
    result = checker.check("Kelby Airport was the busiest airport in the county in 2024.")
    assert result.verdict.value != "conflicting", result.reason
    assert checker.check("Kelby Airport was the second busiest airport in the county in 2024.").verdict.value == "conflicting"


def test_an_irregular_superlatives_place_counts_too(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Larkway, type: org}\n" + _one_source(
        "Results", "Larkway had its second best year in 2024, with a profit of £3 million."))
    result = checker.check("Larkway had its best year in 2024.")
    assert result.verdict.value == "conflicting", result.reason


def test_telling_what_a_voice_said_is_supported_by_its_opinion(tmp_path):
    """'Jo Marsh said Larkway had let its customers down' tells her saying, which her claim records."""
    base = ("entities:\n  - {name: Jo Marsh, type: person}\n  - {name: Larkway, type: org}\n"
            "sources:\n  - {id: s, title: Fine, published: '2025-08-14'}\n"
            "claims:\n  - {id: c1, source: s, quote: 'Jo Marsh said Larkway let its customers down.',"
            " text: 'Jo Marsh said passengers who are owed money should not have to wait three months for it, that Larkway"
            " let its customers down, and that the fine should make every airline take notice.',"
            " attribution: Jo Marsh, kind: opinion}\n")
    checker = _checker_of(tmp_path, base)
    result = checker.check("Jo Marsh said Larkway had let its customers down.")
    assert result.verdict.value == "supported", result.reason
    assert checker.check("Larkway let its customers down.").verdict.value != "supported"  # the opinion, told as fact


def test_the_two_signs_of_a_result_are_opposites(tmp_path):
    # a year ends in profit or loss, a budget in surplus or deficit, a season in promotion or relegation
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harlow Rovers, type: org}\n  - {name: Penlow Trust, type: org}\n"
                          + _one_source("Results",
                                        "Harlow Rovers won promotion to the Premier Division on 3 May 2025 after a 2-0 win at Corby.",
                                        "The Penlow Trust made a surplus of £1.4 million in 2024, after a deficit of £0.3 million in 2023.",
                                        "Delmont Foods made a pre-tax profit of £12 million in 2024.",
                                        "The Green Party gained four seats on Penlow council in May 2025."))
    for statement, told in (("Delmont Foods reported a £12 million loss for 2024.", "loss"),
                            ("Harlow Rovers suffered relegation on 3 May 2025 after a 2-0 defeat at Corby.", "relegation"),
                            ("The Penlow Trust ran a deficit of £1.4 million in 2024.", "deficit"),
                            # (seats lost are a fall in the count held: the reason gives the two changes)
                            ("The Green Party lost four seats on Penlow council in May 2025.", "down 4 seats")):
        result = checker.check(statement)
        assert result.verdict.value == "conflicting", (statement, result.reason)
        assert told in result.reason
    for statement in ("Delmont Foods made a £12m profit before tax in 2024.",
                      "The Penlow Trust had a surplus of £1.4 million in 2024.",  # the claim's own word's phrase
                      "The Penlow Trust ran a deficit of £0.3 million in 2023."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)


def test_energy_figures_in_other_units(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Brenfield Power, type: org}\n" + _one_source("Energy",
        "The Castlemoor solar farm will have a capacity of 450 megawatts.",
        "Brenfield Power's profit rose 18% to £84.2 million in the six months to June."))
    assert checker.check("The Castlemoor solar farm will have a capacity of 0.45GW.").verdict.value == "supported"
    assert checker.check("The Castlemoor solar farm will have a capacity of 0.6GW.").verdict.value == "conflicting"
    # "the first half of the year" is a period: no share of 50% to set against the claim's 18%
    result = checker.check("Brenfield Power's profit rose to £84.2 million in the first half of the year.")
    assert result.verdict.value != "conflicting", result.reason


def test_a_figure_reached_across_a_long_name(tmp_path):
    # "attendance at Penlow Park Primary School had fallen to 86 per cent": the name is one word of the
    # figure's context, so attendance is still near enough to say what the figure measures
    checker = _checker_of(tmp_path, "entities:\n  - {name: Penlow Park Primary School, type: org}\n" + _one_source("Schools",
        "Inspectors found that attendance at Penlow Park Primary School had fallen to 86 per cent, well below the county average of 92 per cent."))
    result = checker.check("Penlow Park Primary School was rated poorly, with attendance down to 82 per cent.")
    assert result.verdict.value == "conflicting", result.reason
    assert "86%" in result.reason


def test_a_paper_that_understands_something_reports_it(tmp_path):
    # "the Daily Post understands that X paid ..." credits the paper: the figure is still X's
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harlow Rovers, type: org}\n  - {name: Sam Kerr, type: person}\n"
                          "  - {name: Daily Post, type: org}\n" + _one_source("Sport",
        "The Daily Post understands that Harlow Rovers paid around £1.2 million for Sam Kerr, which would make her the club's record signing.",
        "Harlow Rovers paid £3 million for a new stand."))
    result = checker.check("Harlow Rovers paid around £2 million for Sam Kerr.")
    assert result.verdict.value == "conflicting", result.reason
    assert "£1.2 million" in result.reason  # the claim about Kerr decides, not the stand's £3 million
    assert checker.check("The Daily Post said Harlow Rovers paid about £1.2m for Sam Kerr.").verdict.value == "supported"


def test_an_age_is_compared_only_with_an_age(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Gareth Pell, type: person}\n" + _one_source("Court",
        "Gareth Pell, 52, from Brindle Green, was jailed for six years for stealing £12,000 from the club over five years."))
    assert checker.check("Gareth Pell is 55 years old.").verdict.value == "conflicting"
    assert checker.check("Gareth Pell, a 52-year-old from Brindle Green, was jailed.").verdict.value == "supported"
    # five years of stealing are no age, and "over five years" is a span, not more than five
    result = checker.check("Gareth Pell stole £12,000 from the club over five years.")
    assert result.verdict.value == "supported", result.reason


def test_two_measures_going_their_own_ways_are_no_opposites(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Brenfield Power, type: org}\n" + _one_source("Energy",
        "Brenfield Power's profit rose 18% to £84.2 million in 2024."))
    result = checker.check("Brenfield Power's revenue fell in 2024.")
    assert result.verdict.value == "unverified", result.reason  # revenue is not profit
    assert checker.check("Brenfield Power's profit fell in 2024.").verdict.value == "conflicting"


def test_a_denial_is_supported_by_its_contrary(tmp_path):
    # "did not grow" is what "were flat" says; "did not approve" what "rejected" says
    checker = _checker_of(tmp_path, "entities:\n  - {name: Brenfield Power, type: org}\n  - {name: Dale Co-op, type: org}\n"
                          + _one_source("Energy",
                                        "Brenfield Power's customer numbers were flat in 2024.",
                                        "The county council rejected the plan for a new bypass.",
                                        "Dale Co-op expects no further job cuts this year."))
    for statement in ("Brenfield Power's customer numbers did not grow in 2024.",
                      "Brenfield Power's customer numbers did not change in 2024.",
                      "The county council did not approve the plan for a new bypass.",
                      "Dale Co-op does not expect to cut more jobs this year."):  # expects not to cut them
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)
    assert checker.check("The county council approved the plan for a new bypass.").verdict.value == "conflicting"
    assert checker.check("Brenfield Power's customer numbers did not grow in 2023.").verdict.value != "supported"


def test_changes_worked_out_in_per_cent(tmp_path):
    # the change between two readings of one measure, as a share of the earlier one
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harlow, type: place}\n  - {name: Dale Co-op, type: org}\n" + _one_source("Money",
        "Milk prices paid to farmers fell from 42p a litre to 36p a litre in 2024.",
        "Passenger numbers at Harlow airport rose to 1.38 million in 2024, up from 1.2 million in 2023.",
        "Dale Co-op's membership rose from 40 farms to 80 farms between 2020 and 2024.",
        "A Band D household in Harlow will pay £2,062 a year, up from £1,964."))
    for statement, working in (("Milk prices paid to farmers fell 14% in 2024.", "14.3%"),  # rounded, as news writes it
                               ("Passenger numbers at Harlow airport rose by 15% in 2024.", "15.0%"),
                               ("Dale Co-op's membership doubled between 2020 and 2024.", "100.0%"),
                               ("A Band D household in Harlow will pay £98 more a year.", "£98")):  # money "more" is a difference
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)
        assert working in result.reason
    assert checker.check("Passenger numbers at Harlow airport rose by 25% in 2024.").verdict.value != "supported"


def test_a_part_of_the_whole_a_claim_counts(tmp_path):
    # the claim's 12 per cent is the company's whole revenue; Germany's is a part it never names
    checker = _checker_of(tmp_path, "entities:\n  - {name: Arlen Group, type: org}\n  - {name: Germany, type: place}\n"
                          + _one_source("Results", "Arlen Group said its revenue rose 12 per cent to €2.4 billion in 2023."))
    result = checker.check("Arlen Group's revenue in Germany rose by 20 per cent in 2023.")
    assert result.verdict.value == "unverified", result.reason
    assert checker.check("Arlen Group's revenue rose by 20 per cent in 2023.").verdict.value == "conflicting"


def test_a_closed_compound_says_what_its_parts_say(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harlow, type: place}\n" + _one_source("Cars",
        "Britain's car makers built 780,000 cars in 2024.",
        "Harlow's homeowners will pay 5% more council tax."))
    assert checker.check("Britain's carmakers built 780,000 cars in 2024.").verdict.value == "supported"
    assert checker.check("Britain's carmakers built 870,000 cars in 2024.").verdict.value == "conflicting"
    assert checker.check("Harlow's home owners will pay 5% more council tax.").verdict.value == "supported"


def test_compound_parts():
    from claimcheck.text import english

    assert english.compound_parts("chipmakers") == ("chip", "maker")
    assert english.compound_parts("together") == ()  # a word the tables know is no compound


def test_a_sale_told_from_the_other_side_past_a_named_object(tmp_path):
    # the other party is the name "to" opens, not the place in the object's name
    checker = _checker_of(tmp_path, "entities:\n  - {name: Brenfield Power, type: org}\n  - {name: Castlemoor Energy, type: org}\n"
                          "  - {name: Harlow, type: place}\n" + _one_source("Deal",
        "Brenfield Power bought the Harlow wind farm from Castlemoor Energy for £120 million in 2024."))
    sold = checker.check("Castlemoor Energy sold the Harlow wind farm to Brenfield Power for £120 million.")
    assert sold.verdict.value == "supported", sold.reason
    assert checker.check("Castlemoor Energy bought the Harlow wind farm from Brenfield Power.").verdict.value == "conflicting"


def test_a_rate_and_a_change_keep_their_dates(tmp_path):
    # "6.2 tonnes a hectare in 2025": the unit of a rate stands between a figure and its date, and a
    # change is dated by the level it reaches, not the one it is measured from
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harlow, type: place}\n" + _one_source("Harvest",
        "Wheat yields in Harlow fell to 6.2 tonnes a hectare in 2025, from 8.1 tonnes a hectare in 2024."))
    for statement in ("Wheat yields in Harlow were 6.2 tonnes a hectare in 2025.",
                      "Wheat yields in Harlow fell by almost a quarter in 2025."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)
    rose = checker.check("Wheat yields in Harlow rose to 6.2 tonnes a hectare in 2025.")
    assert rose.verdict.value == "conflicting" and "rose" in rose.reason, rose.reason


def test_a_total_shared_out_is_what_each_has(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dale Co-op, type: org}\n" + _one_source("Milk",
        "Dale Co-op paid its 1,240 member farms £312 million for their milk in 2024."))
    each = checker.check("Dale Co-op paid about £250,000 to each of its member farms in 2024.")
    assert each.verdict.value == "supported", each.reason
    assert "each" in each.reason
    assert checker.check("Dale Co-op paid £250,000 to its member farms in 2024.").verdict.value != "supported"


REVIEWED = [
    # a share worked out from one measure is no figure of another the claim gives apart
    ("Brenfield Foods paid its chief executive £1.5 million in 2023, up from £1.2 million, while staff pay rose 3 per cent.",
     "Brenfield Foods' staff pay rose 25 per cent in 2023.", "conflicting"),
    ("Brenfield Foods sold 8,000 vans in 2023, up from 6,000 in 2022, and 2,000 cars.",
     "Brenfield Foods' car sales rose 33% in 2023.", "unverified"),
    # a change from one year to the next is the later year's
    ("Brenfield Foods' workforce rose from 1,200 in 2022 to 1,500 in 2023.", "Brenfield Foods' workforce rose 25% in 2023.", "supported"),
    ("Brenfield Foods' workforce rose from 1,200 in 2022 to 1,500 in 2023.", "Brenfield Foods' workforce rose 25% in 2022.", "unverified"),
    # a word of how much inside a name is part of the name
    ("Third Avenue Capital bought Brenfield Foods for £40 million on 3 May 2024.",
     "Second Avenue Capital bought Brenfield Foods for £40 million on 3 May 2024.", "conflicting"),
    # a contrary of something else denies nothing of this
    ("Brenfield Foods kept its dividend unchanged at 12p but raised prices by 5 per cent in 2023.",
     "Brenfield Foods did not change its prices in 2023.", "unverified"),
    # a claim with both opposites does not support either by itself; the year each is told of decides (the loss
    # was 2022's: "made a loss in 2023" is contradicted by 2023's profit; session 60, was unverified)
    ("Brenfield Foods swung to a pre-tax profit of £4 million in 2023 from a loss of £2 million in 2022.",
     "Brenfield Foods made a loss in 2023.", "conflicting"),
    ("Brenfield Foods swung to a pre-tax profit of £4 million in 2023 from a loss of £2 million in 2022.",
     "Brenfield Foods made a loss in 2022.", "supported"),
    ("Brenfield Foods' revenue fell in 2023 but its profit rose.", "Brenfield Foods' profit fell in 2023.", "conflicting"),
    # a past denied expectation is not raised; a present one contradicts the expectation
    ("Harlow Rovers manager Dan Kerr said on 3 May 2024 that he did not expect to win the league.",
     "Harlow Rovers manager Dan Kerr said on 3 May 2024 that he would not win the league.", "unverified"),
    ("Brenfield Foods expects to cut 200 jobs at its Harlow plant in 2024.",
     "Brenfield Foods does not expect to cut jobs at its Harlow plant in 2024.", "conflicting"),
    # areas are not lengths
    ("The Redmoor Solar farm covers 1.2 square kilometres.", "The Redmoor Solar farm covers 1,200 square metres.", "conflicting"),
    ("The Redmoor Solar farm covers 1.2 square kilometres.", "The Redmoor Solar farm covers 120 hectares.", "supported"),
    # "no more than" is a bound, no denial; "about 280" reaches 290 at most, under the bound
    ("About 280 people attended the rally in Harlow on 3 May 2024, police said.",
     "No more than 300 people attended the rally in Harlow on 3 May 2024.", "supported"),
    ("About 280 people attended the rally in Harlow on 3 May 2024, police said.",
     "No more than 285 people attended the rally in Harlow on 3 May 2024.", "unverified"),
    # "waiting over two years" is more than two years
    ("Harlow Council said about 3,200 patients had been waiting over two years for hip surgery.",
     "Harlow Council said about 3,200 patients had been waiting more than two years for hip surgery.", "supported"),
    # an age is a holder's: another person's is no answer
    ("Gareth Pellow, 52, died in the crash on the A38 near Harlow on 3 May 2024.",
     "A 23-year-old man was arrested after the crash on the A38 near Harlow on 3 May 2024.", "unverified"),
    ("Gareth Pellow, 52, died in the crash on the A38 near Harlow on 3 May 2024.",
     "Gareth Pellow, 25, died in the crash on the A38 near Harlow on 3 May 2024.", "conflicting"),
    # "late 2025" holds "the second half of 2025"
    ("Harlow Council said the new library would open in the second half of 2025.",
     "Harlow Council said the new library would open in late 2025.", "unverified"),
    ("Harlow Council said the new library would open in late 2025.",
     "Harlow Council said the new library would open in the second half of 2025.", "supported"),
    # the loss of jobs is no result of a year's trading
    ("Brenfield Foods made a pre-tax profit of £12 million in 2023, up from £9 million in 2022.",
     "Brenfield Foods announced the loss of 120 jobs in 2023.", "unverified"),
]


@pytest.mark.parametrize("claim, statement, verdict", REVIEWED, ids=[s[:50] for _, s, _ in REVIEWED])
def test_reviewed_readings(tmp_path, claim, statement, verdict):
    names = ("Brenfield Foods", "Harlow Rovers", "Dan Kerr", "Harlow Council", "Gareth Pellow", "Third Avenue Capital",
             "Second Avenue Capital", "Redmoor Solar", "Harlow")
    checker = _checker_of(tmp_path, "entities:\n" + "".join(f"  - {{name: {n}, type: org}}\n" for n in names)
                          + _one_source("Review", claim))
    result = checker.check(statement)
    assert result.verdict.value == verdict, result.reason


def test_a_figure_told_the_other_way_round_is_still_compared(tmp_path):
    # each text names the other's first name: one fine, told in the active and in the passive
    checker = _checker_of(tmp_path, "entities:\n  - {name: Energy Standards Office, type: org}\n  - {name: Brenfield Power, type: org}\n"
                          "  - {name: Sallowby, type: place}\n  - {name: Dale Dairy, type: org}\n" + _one_source("Fines",
        "Brenfield Power was fined £3.6 million by the Energy Standards Office in March 2025.",
        "Dale Dairy's creamery at Sallowby has made cheese for 90 years."))
    fined = checker.check("The Energy Standards Office fined Brenfield Power £6.3 million in March 2025.")
    assert fined.verdict.value == "conflicting", fined.reason
    # a place named first is where the figure is, when the claim names it too
    years = checker.check("The Sallowby creamery has made cheese for 60 years.")
    assert years.verdict.value == "conflicting", years.reason


def test_a_deadline_that_should_be_met_is_what_is_planned(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kestleby Airport, type: org}\n" + _one_source("Plans",
        "The first 120 Tellford homes should be ready by the end of 2027.",
        "Kestleby Airport expects 2.5 million passengers a year by 2035."))
    for statement in ("The first 120 Tellford homes should be ready by the end of 2028.",
                      "Kestleby Airport expects 2.5 million passengers a year by 2036."):
        result = checker.check(statement)
        assert result.verdict.value == "conflicting", (statement, result.reason)


def test_what_will_be_is_not_what_has_been(tmp_path):
    # "will cost ... and open": the opening is to come too; "has cost" is the present perfect of a past act
    checker = _checker_of(tmp_path,
        "sources:\n  - {id: s, title: T, published: '2025-01-10'}\n"
        "claims:\n"
        "  - {id: c, source: s, kind: forecast, quote: 'The Harlow bypass will cost £96 million and open in 2027.',\n"
        "     text: 'The Harlow bypass will cost £96 million and open in 2027.'}\n")
    for statement in ("The Harlow bypass has cost £96 million.", "The Harlow bypass opened in 2027."):
        result = checker.check(statement)
        assert result.verdict.value == "unverified", (statement, result.reason)
    assert checker.check("The Harlow bypass will open in 2027.").verdict.value == "supported"


def test_a_number_cut_is_a_change(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dale Co-op, type: org}\n" + _one_source("Jobs",
        "Dale Co-op cut its workforce from 800 to 600 in 2024."))
    for statement in ("Dale Co-op cut 200 jobs in 2024.", "Dale Co-op cut a quarter of its workforce in 2024."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)  # not 200 against the 600 left
    assert checker.check("Dale Co-op cut 300 jobs in 2024.").verdict.value != "supported"
    shed = checker.check("Dale Co-op shed 200 staff in 2024.")  # a change, not a level against the 600 left
    assert shed.verdict.value != "conflicting", shed.reason


def test_the_ends_of_two_spans_are_compared_as_ends(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Gareth Pell, type: person}\n" + _one_source("Court",
        "Between April 2018 and June 2023 Gareth Pell approved 212 false invoices."))
    result = checker.check("Between April 2018 and May 2023 Gareth Pell approved 212 false invoices.")
    assert result.verdict.value == "conflicting", result.reason
    assert "May 2023" in result.reason
    # a point inside the span is no contradiction of it
    assert checker.check("In 2020 Gareth Pell approved false invoices.").verdict.value != "conflicting"


def test_a_range_of_days_writes_its_month_once(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn Buses, type: org}\n" + _one_source("Strike",
        "During the drivers' strike, which ran from 4 to 12 March 2025, Tarn Buses cancelled 900 journeys."))
    # the 4 is the strike's first day, not a count of drivers: a figure about drivers finds nothing to contradict
    result = checker.check("Tarn Buses employs about 300 drivers.")
    assert result.verdict.value != "conflicting", result.reason
    same = checker.check("Tarn Buses cancelled 900 journeys during a drivers' strike from 4 March to 12 March 2025.")
    assert same.verdict.value == "supported", same.reason
    moved = checker.check("Tarn Buses cancelled 900 journeys during a drivers' strike from 6 March to 12 March 2025.")
    assert moved.verdict.value == "conflicting", moved.reason


def test_a_figure_of_a_fronted_phrase_is_the_subjects(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Labour, type: org}\n  - {name: Greens, type: org}\n"
                          "  - {name: Arlow Council, type: org}\n" + _one_source("Council",
        "With 28 of the 51 seats on Arlow Council, Labour has a working majority of five."))
    # the 28 seats are Labour's: a figure of the Greens' seats is about something else
    result = checker.check("The Greens have 12 seats on Arlow Council.")
    assert result.verdict.value != "conflicting", result.reason
    assert checker.check("Labour has 30 seats on Arlow Council.").verdict.value == "conflicting"


def test_words_of_names_have_no_opposites(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Liberal Democrats, type: org}\n  - {name: Conservatives, type: org}\n"
                          "  - {name: Arlow Council, type: org}\n" + _one_source("Council",
        "The Liberal Democrats won nine seats on Arlow Council."))
    # 'Conservatives' and 'Liberal' are names here, not the adjectives 'conservative' and 'liberal'
    result = checker.check("The Conservatives lost four seats on Arlow Council.")
    assert result.verdict.value != "conflicting", result.reason
    # the adjectives, written as words, still oppose each other
    checker = _checker_of(tmp_path, _one_source("Budget", "The mayor took a conservative view of the budget."))
    assert checker.check("The mayor took a liberal view of the budget.").verdict.value == "conflicting"


def test_a_bare_count_is_no_length_of_time(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn Air, type: org}\n" + _one_source("Delays",
        "In 2024, 31 per cent of Tarn Air's flights left more than 15 minutes late."))
    # 22 counts the routes the sentence speaks of, not minutes
    result = checker.check("Tarn Air opened four routes and closed two in 2024, leaving it with 22.")
    assert result.verdict.value != "conflicting", result.reason


def test_opposites_in_two_places_are_no_contradiction(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Harwick Airport, type: org}\n  - {name: Fenby Airport, type: org}\n"
                          + _one_source("Noise", "Complaints about noise at Harwick Airport rose in 2024."))
    elsewhere = checker.check("Complaints about noise at Fenby Airport fell in 2024.")
    assert elsewhere.verdict.value != "conflicting", elsewhere.reason
    same = checker.check("Complaints about noise at Harwick Airport fell in 2024.")
    assert same.verdict.value == "conflicting", same.reason


def test_a_reported_opinion_is_supported_by_the_opinion_its_voice_gave(tmp_path):
    base = ("entities:\n  - {name: Harwick Airport, type: org}\n  - {name: Dan Kerr, type: person, member_of: [Harwick Airport]}\n"
            "  - {name: Harwick Residents Group, type: org}\n"
            "sources:\n  - {id: s, title: Runway, published: '2025-05-01'}\n"
            "claims:\n"
            "  - {id: c1, source: s, kind: opinion, quote: q1, text: \"Harwick Airport's chief executive, Dan Kerr, said the "
            "approval of the new terminal was the best news for Harwick in a decade.\"}\n"
            "  - {id: c2, source: s, kind: opinion, quote: q2, text: \"The Harwick Residents Group, which has 400 members, said it was angry about the "
            "approval of the new terminal.\"}\n")
    checker = _checker_of(tmp_path, base.replace("quote: q1", "quote: x").replace("quote: q2", "quote: y"))
    for statement in (
            # a name with its article is who says it, as a name in apposition after a possessive is
            "The Harwick Residents Group said it was angry about the approval of the new terminal.",
            "Harwick Airport's chief executive, Dan Kerr, said the approval of the new terminal was the best news for Harwick in a decade.",
            # 'called it X' is the saying the claim records as 'said it was X'
            "Dan Kerr called the approval of the new terminal the best news for Harwick in a decade."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)
    # what the opinion says, stated as fact, is still not supported by it
    assert checker.check("The approval of the new terminal was the best news for Harwick in a decade.").verdict.value != "supported"


def test_years_running_is_in_succession_and_opposes_nothing(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn County Council, type: org}\n" + _one_source("Results",
        "According to Tarn County Council, 68.5 per cent of GCSE pupils across Tarn gained grade 4 or above in English "
        "and maths in 2025, up from 67.1 per cent in 2024, the second year running that the county's figure has risen."))
    for statement in ("The GCSE pass rate across Tarn in English and maths was 68.5 per cent in 2025.",
                      "Across Tarn, the pass rate in English and maths rose in 2025."):
        result = checker.check(statement)  # 'pass' is no opposite of 'running' (a ball game's senses)
        assert result.verdict.value != "conflicting", (statement, result.reason)


def test_a_figure_that_rose_to_is_set_against_the_claims_latest(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn High School, type: org}\n" + _one_source("Results",
        "Pupils at Tarn High School achieved the school's best results in 2025, with 81 per cent gaining a grade 4 or "
        "above in both English and maths, up from 72 per cent in 2024."))
    # 'in both English and maths' joins two subjects, not two clauses: 81 and 72 are one measure
    same = checker.check("Tarn High School's pass rate in English and maths rose to 81 per cent.")
    assert same.verdict.value != "conflicting", same.reason  # it was set against the 72 per cent of 2024
    higher = checker.check("Tarn High School's pass rate in English and maths rose to 85 per cent.")
    assert higher.verdict.value == "conflicting" and "81%" in higher.reason, higher.reason


def test_and_between_two_objects_of_a_preposition_joins_no_clauses():
    from claimcheck.text import clauses

    sentence = "Tarn High School's pass rate in English and maths rose to 81 per cent."
    assert [p.text for p in clauses.split(sentence)] == [sentence]
    assert len(clauses.split("Profits at Arvena rose in 2024, and sales fell in Leeds.")) == 2


def test_a_described_voice_is_no_other_voice_of_its_kind(tmp_path):
    base = ("entities:\n  - {name: Alan Pike, type: person, role: [minister, environment minister]}\n"
            "  - {name: Jo Reed, type: person, role: [chair]}\n"
            "sources:\n  - {id: s, title: Rivers, published: '2025-05-01'}\n"
            "claims:\n"
            "  - {id: c1, source: s, kind: opinion, quote: a, text: 'The environment minister, Alan Pike, said the tide was turning on river pollution.'}\n"
            "  - {id: c2, source: s, kind: opinion, quote: b, text: 'Jo Reed, who chairs the Friends of the Tarn, said the tide was not turning on river pollution.'}\n")
    checker = _checker_of(tmp_path, base)
    # the minister is not Jo Reed: her opinion is no contradiction of what the minister said
    result = checker.check("The minister said the tide was turning on river pollution.")
    assert result.verdict.value != "conflicting", result.reason
    # but the minister's own opinion is set against what the statement says he said
    denied = checker.check("The minister said the tide was not turning on river pollution.")
    assert denied.verdict.value == "conflicting", denied.reason
    # a description that fits no voice of the base ('the safety report') is not read as another voice
    assert checker.analyzer.analyze("The report said the tide was not turning.").voice_described == ()


def test_what_a_voice_asked_for_is_its_opinion_told(tmp_path):
    base = ("entities:\n  - {name: Ruth Vale, type: person}\n  - {name: Sam Cole, type: person}\n"
            "sources:\n  - {id: s, title: Levy, published: '2025-05-01'}\n"
            "claims:\n"
            "  - {id: c1, source: s, kind: opinion, quote: a, text: 'Ruth Vale said the green levy should be scrapped.'}\n"
            "  - {id: c2, source: s, quote: b, text: 'Sam Cole blamed rising demand for power, which will take up most of the budget.'}\n")
    checker = _checker_of(tmp_path, base)
    for statement in ("Ruth Vale called for the green levy to be scrapped.", "Ruth Vale urged ministers to scrap the green levy."):
        result = checker.check(statement)
        assert result.verdict.value != "unverified" or "ought to be" not in result.reason, (statement, result.reason)
    assert checker.check("Ruth Vale called for the green levy to be scrapped.").verdict.value == "supported"
    assert checker.check("Sam Cole called for the green levy to be scrapped.").verdict.value != "supported"
    # a noun of asking is no verb of it: what 'rising demand' took up is told as done, not asked for
    assert checker.check("Sam Cole blamed rising demand for power, which took up most of the budget.").verdict.value != "supported"


def test_the_rules_of_this_change_keep_to_their_scope(tmp_path):
    from claimcheck.text import clauses, dates

    # a day after "and" is no range's end unless "between" opens it; a month has its own days
    assert [(d.month, d.day) for d in dates.extract("Tarn Ferries added a route on June 3 and 15 more routes in July.")] == [(6, 3), (7, None)]
    assert [(d.month, d.day) for d in dates.extract("It was shut between June 3 and 11, 2024.")] == [(6, 3), (6, 11)]
    assert (6, 31) not in [(d.month, d.day) for d in dates.extract("It ran from June 30 to 31, 2024.")]
    # a verb whose past is its base ("shut", "cut") still makes a clause
    assert len(clauses.split("Tarn Hospital shut its maternity unit in 2023 and employs 2,000 staff.")) == 2
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn Ferries, type: org}\n  - {name: Tarn Hospital, type: org}\n"
                          "  - {name: Anna Roe, type: person}\n" + _one_source("Tarn",
        "Tarn Ferries' new crossing takes 45 minutes; the old route took 60.",
        "Tarn Hospital will close its maternity unit in 2028.",
        "Unemployment in Tarnford was 6 per cent in 2024.",
        "Waiting times at Tarn Hospital rose in 2024."))
    # a bare number whose sentence gives its unit ("took 60": minutes) is compared in that unit
    assert checker.check("Tarn Ferries' old route took 60 minutes.").verdict.value == "supported"
    # "over the next year" is the year from the draft's date: not 2028
    assert checker.check("Tarn Hospital will close its maternity unit over the next year.", date="2025-06-01").verdict.value == "conflicting"
    # a fronted phrase with its own subject keeps its figure ("unemployment at 9 per cent")
    assert checker.check("With unemployment at 9 per cent in Tarnford in 2024, the council launched a jobs scheme.").verdict.value == "conflicting"
    # a headline in title case, or a word in capitals, still says 'fell'
    for statement in ("Waiting Times At Tarn Hospital Fell In 2024", "Waiting times at Tarn Hospital FELL in 2024."):
        assert checker.check(statement).verdict.value == "conflicting", statement


def test_calling_is_saying_only_of_what_a_thing_is_called(tmp_path):
    base = ("entities:\n  - {name: Anna Roe, type: person}\n"
            "sources:\n  - {id: s, title: T, published: '2025-05-01'}\nclaims:\n"
            "  - {id: c1, source: s, kind: opinion, quote: a, text: 'Anna Roe said the board should hold a vote on the merger.'}\n"
            "  - {id: c2, source: s, kind: opinion, quote: c, text: 'Anna Roe said the merger was the worst decision in the club history.'}\n")
    checker = _checker_of(tmp_path, base)
    assert checker.check("Anna Roe called a vote on the merger.").verdict.value != "supported"  # she called one: no saying
    assert checker.check("Anna Roe called it the worst decision in the club history.").verdict.value == "supported"
    assert checker.check("Anna Roe described the merger as the worst decision in the club history.").verdict.value == "supported"


def test_meters_are_also_things_counted(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn Water, type: org}\n" + _one_source("Meters",
        "Tarn Water fitted 1,200 smart meters in 2024, and found that 300 of them were faulty."))
    result = checker.check("Tarn Water fitted 1,200 smart meters in 2024, and found that 450 of them were faulty.")
    assert result.verdict.value == "conflicting", result.reason


def test_a_topic_title_says_what_its_claims_are_about(tmp_path):
    def checker_under(title):
        base = (f"sources:\n  - {{id: s, title: {json.dumps(title)}, published: '2024-06-01'}}\n"
                "claims:\n  - {id: c, source: s, quote: q, text: 'In the 2024 season 24 of the 46 league games were won "
                "and promotion was secured.'}\n")
        return _checker_of(tmp_path, base)
    statement = "Tarn Rovers won 24 of their 46 league games in the 2024 season."
    # "2024 Tarn Rovers season" names a topic: every claim under it is about Tarn Rovers
    result = checker_under("2024 Tarn Rovers season").check(statement)
    assert result.verdict.value == "supported", result.reason
    # a headline tells news about the names in it, any of which a claim under it may be about
    assert checker_under("Tarn Rovers beat Fenby Town to win the league").check(statement).verdict.value != "supported"


def test_a_level_reached_is_not_the_level_before(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tarn Hospital, type: org}\n" + _one_source("Waiting list",
        "Tarn Hospital's waiting list reached 5,200, up from 4,100 a year earlier."))
    for statement in ("Tarn Hospital's waiting list rose to 4,100.", "Tarn Hospital's waiting list has reached 4,100."):
        result = checker.check(statement)  # 4,100 is what it was; it reached 5,200
        assert result.verdict.value == "conflicting" and "5,200" in result.reason, (statement, result.reason)
    for statement in ("Tarn Hospital's waiting list rose to 5,200.", "Tarn Hospital's waiting list was 4,100 a year earlier.",
                      "Tarn Hospital's waiting list rose from 4,100 to 5,200."):
        assert checker.check(statement).verdict.value == "supported", statement


def _encyclopedia(*articles) -> str:
    """A claim base of encyclopedia articles of one claim each, from (title, text), for _checker_of."""
    sources = "".join(f"  - {{id: s{k}, title: {json.dumps(title)}, outlet: Wikipedia}}\n"
                      for k, (title, _) in enumerate(articles, start=1))
    claims = "".join(f"  - {{id: c{k}, source: s{k}, text: {json.dumps(text)}, quote: {json.dumps(text)}}}\n"
                     for k, (_, text) in enumerate(articles, start=1))
    return f"sources:\n{sources}claims:\n{claims}"


def test_a_claim_that_opens_on_a_plural_common_word_still_says_it(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Gallery charges", "Galleries in Dunmore will charge a £5 entry fee from April.",
                                                "Attendees at the Pellow Festival numbered 12,000 in 2024."))
    assert checker.check("Dunmore's galleries will charge a £9 entry fee.").verdict.value == "conflicting"
    assert checker.check("Dunmore's galleries will charge a £5 entry fee.").verdict.value == "supported"
    assert checker.check("The Pellow Festival had 30,000 attendees in 2024.").verdict.value == "conflicting"


def test_a_plan_since_changed_is_no_date_of_the_plan_now(tmp_path):
    # the claim tells the old plan and the new one: the statement of the plan now is set against the
    # new date, and what the council did not say is a denial of what it did say
    checker = _checker_of(tmp_path, "entities:\n  - {name: Tolworth Council, type: org}\n" + _one_source(
        "Ferry bridge repairs delayed",
        "Tolworth Council said the Ferry Lane bridge, which had been due to reopen in May 2025, will now reopen "
        "in September 2025 because more corrosion was found."))
    assert checker.check("The Ferry Lane bridge will now reopen in September 2025.").verdict.value == "supported"
    assert checker.check("The Ferry Lane bridge will reopen in May 2025.").verdict.value == "conflicting"
    assert checker.check("The Ferry Lane bridge had been due to reopen in May 2025.").verdict.value == "supported"
    assert checker.check("Tolworth Council did not say the Ferry Lane bridge will now reopen in September 2025."
                         ).verdict.value == "conflicting"


_ENCYCLOPEDIA = (("Pablo Reyes", "Reyes is married to Carmen Ortiz, with whom he has three children."),
                 ("Harbor Lights (film)", "It was Morrison's first feature as a director and stars Ellen Hart."),
                 ("Tomas Berg", "On 4 May 2011, Berg married Ingrid Sol in Bergen."))
_ARTICLE_CASES = [
    # "Reyes" opening the claim is Pablo Reyes, though the word tables know "reyes" (as a name from
    # the sentence model's vocabulary): the spouse it names is the conflict
    (_ENCYCLOPEDIA,
     {"Pablo Reyes is married to Lucia Vega.": "conflicting", "Pablo Reyes is married to Carmen Ortiz.": "supported"}),
    # "It was Morrison's first feature ... and stars Ellen Hart": Morrison's goes with "was", not with
    # the later "stars", so another director's name in its place is the conflict
    (_ENCYCLOPEDIA,
     {"Harbor Lights was Dawson's first feature as a director.": "conflicting",
      "Harbor Lights was Morrison's first feature as a director.": "supported"}),
    # another name as the same verb's object is a swap; as its subject, with the object the claim's, not
    ((("Night Ferry", "Night Ferry was Ana Ruiz's debut as a director and stars Tom Reed."),
      ("Grey Tide", "Grey Tide is Alan Pryce's second novel and won the Corran Prize in 2011."),
      ("Hollin Rovers", "Dev Patel, a 24-year-old winger, joined Hollin Rovers from Ashby Town in 2023.")),
     {"Night Ferry stars Ian Moss.": "conflicting", "Night Ferry stars Tom Reed.": "supported",
      "Grey Tide won the Halden Prize in 2011.": "conflicting",
      # (and a club's signing a player from another is his joining it from there)
      "Hollin Rovers signed Dev Patel from Ashby Town in 2023.": "supported"}),
    # a year that names the thing the article's title gives that year is said by the title; a year
    # that dates an event still needs the claim's date
    ((("Salt Harbour (1994 film)", "It has a score of 61 on the review site Metacritic."),
      ("Tomas Berg", "On 4 May 2011, Berg married Ingrid Sol in Bergen.")),
     {"The 1994 film Salt Harbour has a score of 61 on Metacritic.": "supported",
      "The 1994 film Salt Harbour has a score of 75 on Metacritic.": "conflicting",
      "Salt Harbour had a score of 61 on Metacritic in 1994.": "unverified"}),
    # "On June 6, 1984, it was certified ...": the date's own comma comes first; "it" is the album
    ((("Pale Harbour", "On June 6, 1984, it was certified platinum by the Recording Industry Association of America."),
      ("Tomas Berg", "On 4 May 2011, Berg married Ingrid Sol in Bergen.")),
     {"Pale Harbour was certified platinum in 1984.": "supported",
      "Pale Harbour was certified platinum in 1988.": "conflicting"}),
    # a pronoun of a later aside is no subject the article's title stands for
    ((("Tom Reed", "In 1985, Ana Ruiz, his manager, signed the band to Decca."),
      ("Tom Reed", "Ana Ruiz, 45, left the band in 1990, she said.")),
     {"Tom Reed signed the band to Decca in 1985.": "unverified", "Tom Reed left the band in 1990.": "unverified"}),
    # a negative word of a title denies nothing
    ((("Dana Vale", 'She is best known for her May 2019 single "No Regrets", which reached number 4 in Canada.'),
      ("Dana Vale", "Her second album was not released until 2022.")),
     {'Dana Vale\'s single "No Regrets" was released in May 2019.': "supported",
      'Dana Vale\'s single "No Regrets" was not released in 2019.': "conflicting"}),
    # a list that tells what a thing is is all it is; a cast list is not all the cast
    ((("Nora Lind", "Lind is of English, Irish, and Italian descent."),
      ("Low Tide (film)", "The film stars Ana Ruiz, Tom Reed and Ian Moss.")),
     {"Nora Lind is of German descent.": "conflicting", "Nora Lind is of Irish descent.": "supported",
      "Nora Lind is of Italian and Irish descent.": "supported", "Low Tide stars Dev Patel.": "unverified"}),
    # ... what it says of someone else is not all the subject is
    ((("Nora Lind", "Lind's mother is of English and Irish descent."),),
     {"Nora Lind is of Italian descent.": "unverified"}),
    # the verb's one object in both, a description before the claim's ("his long-time girlfriend"):
    # another name there is a swap, however few words the two share around the names
    ((("Tomas Berg", "On 4 May 2011, Berg married his long-time girlfriend Ingrid Sol in a private ceremony in Bergen."),),
     {"Tomas Berg married Karen Holt.": "conflicting", "Berg married Ingrid Sol in 2011.": "supported",
      "Karen Holt married Tomas Berg.": "unverified"}),
    # a claim that names none of the statement's two names, and says little else of it, is about
    # another matter: someone else's childhood is no conflict; one name swapped still is, and so is
    # a name in place of one the claim's article is about
    ((("Ana Ruiz", "She was born in Leeds in 1978 and grew up in nearby Otley."),
      ("Corran League", "The current league champions are Partizan Rovers."),
      ("Kessel Town F.C.", "Its record appearance holder is Ray Dunn, with 612 games.")),
     {"Max Pryce grew up in Hell's Kitchen.": "unverified", "Ana Ruiz grew up in York.": "conflicting",
      "Dorling United are the current Corran League champions.": "conflicting",
      # a club's designator written in full is the same name
      "Kessel Town Football Club's record appearance holder is Jim Pike.": "conflicting"}),
]


@pytest.mark.parametrize("articles, verdicts", _ARTICLE_CASES, ids=["a known surname", "a name after be", "the same verb's object", "a year the title gives",
                                                        "pronoun after a dated phrase", "pronoun of an aside", "a title's negative word",
                                                        "what a thing is, listed", "what another is, listed",
                                                        "the verb's one object", "another matter"])
def test_encyclopedia_articles(tmp_path, articles, verdicts):
    checker = _checker_of(tmp_path, _encyclopedia(*articles))
    assert {statement: checker.check(statement).verdict.value for statement in verdicts} == verdicts


_SUPPLIERS = ("Orvell loses its suppliers",
              "Before the export ban, Orvell Motors bought about $2 billion of batteries a year from Tandro and Keswick.",
              "Since the export ban, Orvell Motors can no longer procure batteries from Tandro and Keswick.")
_NEWS_CASES = [
    # a verb after an auxiliary and an adverb ("can no longer buy") is a verb all the same: its
    # denial is the claim's in other words
    (_SUPPLIERS,
     {"Since the export ban, Orvell Motors can no longer buy batteries from Tandro and Keswick.": "supported",
      "Orvell Motors bought about $2 billion of batteries a year from Tandro and Keswick.": "supported"}),
    # the claim denies, in a verb of its own, what the statement says is done to the same things; a
    # statement that denies with words of its own is left to the first reading ("left it unable to")
    (_SUPPLIERS,
     {"Since the export ban, Orvell Motors can still buy batteries from Tandro and Keswick.": "unverified",
      "Since the export ban, Orvell Motors has been unable to procure batteries from Tandro and Keswick.": "supported"}),
    # what was done is no telling that it will be done; an intention is left to the model
    (_SUPPLIERS,
     {"Orvell Motors will buy batteries from Tandro and Keswick.": "unverified",
      "Orvell Motors will soon buy batteries from Tandro and Keswick again.": "unverified"}),
    # an -ing word after its noun is a relative clause cut short ("a law forbidding it": a law that
    # forbids it), so its opposite in a relative clause is a contradiction
    (("Night shift rules", "Ministers passed a law forbidding agency staff on night shifts."),
     {"Ministers passed a law that permits agency staff on night shifts.": "conflicting",
      "Ministers passed a law that forbids agency staff on night shifts.": "supported"}),
    # a figure bounded by a comparative ("lower than") is held against the claim's as a bound, and
    # "no higher than" is a bound, not a denial
    (("Harbour rents", "The average rent in Kelby was £640 a month in 2024."),
     {"The average rent in Kelby was lower than £700 a month in 2024.": "supported",
      "The average rent in Kelby was higher than £700 a month in 2024.": "conflicting",
      "The average rent in Kelby was no higher than £640 a month in 2024.": "supported"}),
    # a word written with a hyphen after its prefix is the word written solid, not the word alone
    (("Charity news", "The Harbour Trust, a non-profit based in Kelby, agreed a sub-lease of the old depot."),
     {"The Harbour Trust is a nonprofit based in Kelby.": "supported",
      "The Harbour Trust agreed a sublease of the old depot.": "supported",
      "The Harbour Trust agreed a lease of the old depot.": "unverified"}),
    # "was cutting" is a plan told in the past, and a claim that tells both the deed done and the
    # deed to come tells the one to come; "will have opened" is done by then
    (("Jobs and stores", "Orvell Motors said it was cutting 300 jobs at its Leeds plant.",
      "Kessler opened ten stores in 2024 and will open ten stores in 2025.", "Kessler opened a store in Tarrow."),
     {"Orvell Motors will cut 300 jobs at its Leeds plant.": "supported",
      "Kessler will open ten stores in 2025.": "supported",
      "Kessler will have opened a store in Tarrow.": "supported"}),
    # an -ing word's doer is the noun before it: "a man selling tickets" is no telling of what the
    # police did
    (("Match day", "Police arrested a man selling tickets outside the ground."),
     {"Police bought tickets outside the ground.": "unverified"}),
    # a counterfactual's condition denies nothing: "without the ban, it would have bought" supposes
    # the ban
    (("Orvell and the ban", "Without the export ban, Orvell Motors would have bought more batteries from Tandro."),
     {"Orvell Motors faces an export ban.": "unverified", "There was an export ban on Orvell Motors.": "supported"}),
    # a country named only in an adjective ("a Japanese potter") says whose or what kind, not where
    (("Potters", "Ken Abe, a Japanese potter, lives in Lisbon.", "The trade holds a pivotal place in Japan's economy."),
     {"Ken Abe lives in Japan.": "conflicting", "Ken Abe lives in Lisbon.": "supported",
      "The trade holds a pivotal place in Japan's economy.": "supported"}),
    # ... but where the claim puts another thing elsewhere, the adjective may say where
    (("Car output", "German factories built 4 million cars, many of them sold in China."),
     {"Factories in Germany built 4 million cars.": "supported"}),
    # a place the tables know after "in the" is where, as after "in" ("in the Netherlands"); a name
    # of no known kind there is not ("in the Senate", "at the Hilton")
    (("Festival news", "The festival will be held in the Netherlands in 2026.", "The bill was passed in the Senate on Tuesday."),
     {"The festival will be held in India in 2026.": "conflicting",
      "The festival will be held in the Netherlands in 2026.": "supported",
      "The bill was passed in Washington on Tuesday.": "unverified"}),
    # "own" the verb says who has a thing, in any form ("they own", "it owns", "is owned by"); "its
    # own" says nothing of it
    (("Kelby pubs", "The Marden family own the Kelby Arms."),
     {"The Marden family owns the Kelby Arms.": "supported", "The Kelby Arms is owned by the Marden family.": "supported"}),
    # a place set after a figure is that figure's, and "worldwide" is no one place: the world's
    # figure is no figure of the United States
    (("Album sales", "Her second album sold 4 million copies in the United States and 15 million copies worldwide."),
     {"Her second album sold more than 4.5 million copies in the United States.": "conflicting",
      "Her second album sold 15 million copies in the United States.": "conflicting",
      "Her second album sold 15 million copies worldwide.": "supported",
      "Her second album sold 4 million copies in the United States.": "supported"}),
    # "internationally", "in other territories", "outside X" place a figure abroad: neither the home
    # market's figure nor the world's
    (("Box office", "The film grossed $200.8 million in the United States and Canada, and $325.4 million in other territories.",
      "The sequel grossed $40 million in China and $110 million internationally."),
     {"The film grossed more than $325 million in the United States and Canada.": "conflicting",
      "The film grossed $325.4 million in other territories.": "supported",
      "The sequel grossed $110 million in China.": "conflicting",
      "The sequel grossed $110 million worldwide.": "unverified"}),
    # "Globally, ..." opening the clause makes its figure the world's; a place after a later figure
    # is the later one's
    (("Staff numbers", "Globally, the firm employs 12,000 people, 3,000 of them in India."),
     {"The firm employs 12,000 people worldwide.": "supported", "The firm employs 12,000 people in India.": "conflicting",
      "The firm employs 3,000 people in India.": "supported"}),
    # a bound denied is the other bound: "not higher than 5 per cent" is at most 5
    (("Council tax", "The council tax rise will not be higher than 5 per cent."),
     {"The council tax rise will be higher than 5 per cent.": "conflicting"}),
    # "the company" of one claim is the company another claim of its article names: a claim that names
    # none of the statement's names is about another matter only when its article names none of them
    (("Carmaker names new boss", "Valdor Motors named Ines Kohl as chief executive on Monday.",
      "The company, based in Stuttgart, employs 41,000 people."),
     {"Valdor Motors, based in Munich, employs 41,000 people.": "conflicting",
      "Brenner Autowerke, based in Munich, employs 41,000 people.": "unverified",
      # a seat, before the name or set off after it, owns no figure: 38,000 is Valdor's as 41,000 is the company's
      "Stuttgart-based Valdor employs 38,000 people.": "conflicting"}),
    # "up to" gives a limit: another limit is another rule, not one within it; and a fund's average
    # share bounds no one's claim
    (("Flood fund", "The minister announced an £8 million flood fund for 410 farms in Wethermoor; farms can claim up to £25,000 each."),
     {"Farms can claim up to £50,000 each from the £8 million flood fund.": "conflicting",
      "Farms can claim up to £25,000 each from the £8 million flood fund.": "supported",
      "Each farm can claim up to £30,000 from the flood fund.": "conflicting"}),
    # "never" denies of all time; "no longer" says it once held: it cannot back "never", and the
    # purchases before the ban contradict it
    (("Orvell ends a supply deal", "Orvell Motors no longer buys batteries from Tandro."),
     {"Orvell Motors never bought batteries from Tandro.": "unverified",
      "Orvell Motors has stopped buying batteries from Tandro.": "supported"}),
    (_SUPPLIERS, {"Orvell Motors never bought batteries from Tandro and Keswick.": "conflicting"}),
    # "has stopped buying" is "no longer buys": after a change, so the buying before it is no contradiction
    (("Orvell changes suppliers", "Before the export ban, Orvell Motors purchased batteries from Tandro."),
     {"Orvell Motors has stopped purchasing batteries from Tandro.": "unverified",
      "Orvell Motors has ceased purchasing batteries from Tandro.": "unverified",
      "Orvell Motors never purchased batteries from Tandro.": "conflicting"}),
    # "twice every year" is two a year: "every year" beside a count adds no "once a year"
    (("Harbour board", "The Wendlebury harbour board meets twice a year."),
     {"The Wendlebury harbour board meets twice every year.": "supported",
      "The Wendlebury harbour board meets three times every year.": "conflicting"}),
    # a date in figures, or "the 14th of", is governed by the word before it as "14 March" is
    (("Bridge closure", "Kessel Bridge will stay closed until 14 March 2025."),
     {"Kessel Bridge will stay closed until the 14th of March 2025.": "supported",
      "Kessel Bridge will stay closed until 14/03/2025.": "supported",
      "Kessel Bridge will stay closed until 3/14/2025.": "supported",
      "Kessel Bridge will stay closed until 2025-03-14.": "supported",
      "Kessel Bridge will stay closed until 2025-04-14.": "conflicting",
      "Kessel Bridge will stay closed until 21/03/2025.": "conflicting",
      # both orders make a date, which only the writer's custom tells apart: 4 March or 3 April, and
      # neither is 14 March
      "Kessel Bridge will stay closed until 4/3/2025.": "conflicting"}),
    # a change of one measure says nothing of another's: "net profit fell in 2023" is no backing for
    # "the dividend fell in 2023"
    (("Brewer's results", "Holloway Brewing's net profit fell to £8 million in 2023.",
      "Shares in Holloway Brewing rose 3 per cent on 4 March 2024.",
      "Holloway Brewing's turnover rose 6 per cent to £140 million in 2023."),
     {"Holloway Brewing's turnover fell in 2023.": "conflicting",
      "Holloway Brewing's turnover rose 6 per cent in 2023.": "supported",
      "Holloway Brewing's dividend fell in 2023.": "unverified",
      "Holloway Brewing's net profit rose to £8 million in 2023.": "conflicting",
      "Holloway Brewing's net profit rose in 2023.": "conflicting"}),
    # a measure the claim never names may be its own in other words ("crowd" for "attendance"); a
    # measure named as the modifier of the other's ("shares" / "the share price") is the same
    (("Brewer's results", "Holloway Brewing's share price fell 3 per cent on 4 March 2024.",
      "Average attendance at the Holloway taproom rose to 410 a night in 2023."),
     {"Shares in Holloway Brewing rose on 4 March 2024.": "conflicting",
      "The average crowd at the Holloway taproom fell to 410 a night in 2023.": "conflicting",
      "Crowds at the Holloway taproom fell in 2023.": "conflicting"}),
    # the subject's head stands before its prepositional phrase ("sales at the Kessel brewer climbed"):
    # the profit that fell in the same claim is another measure
    (("Brewer's year", "Holloway Brewing's turnover rose by 5 per cent to £90 million in 2024, helped by higher sales of "
      "cask ale; the brewer said its profit fell because of higher energy costs."),
     {"Sales at the Kessel-based brewer Holloway Brewing climbed 5% to £90m in 2024.": "unverified",
      "Holloway Brewing's profit fell in 2024.": "supported",
      "Holloway Brewing's profit climbed in 2024.": "conflicting"}),
    # "cut the dividend": the object is what changes; "unchanged" after a comma is the figure's before it
    (("Brewer's dividend", "Holloway Brewing's board proposed a dividend of 4p a share for 2024, unchanged from the previous year."),
     {"Holloway Brewing's board cut the dividend to 4p a share.": "conflicting",
      "Holloway Brewing's turnover increased 6 per cent in 2024.": "unverified"}),
    # a change to come is no contradiction of one that has been
    (("Barley", "The price Holloway Brewing paid for barley averaged £180 a tonne in 2024, down from £210 a tonne in 2023."),
     {"Holloway Brewing's chief executive predicted that the barley price would climb to about £200 a tonne by the autumn.": "unverified",
      "The price Holloway Brewing paid for barley rose in 2024.": "conflicting"}),
    # a stop dated by what came before it ("after the 2019 riot"): doing it later contradicts it
    (("Club rules", "Tarrow Town stopped selling alcohol at the ground after the 2019 riot."),
     {"Tarrow Town sold alcohol at the ground in 2022.": "conflicting",
      "Tarrow Town sold alcohol at the ground in 2017.": "unverified"}),
    # a claim that tells the change the other way, of another measure, lends no claim the change
    (("Airline results", "Shares in Kelby Air fell 12 per cent on 18 April after the company cut its profit forecast.",
      "Kelby Air raised its fares by an average of 7 per cent."),
     {"Kelby Air raised its profit forecast.": "unverified",
      "Kelby Air raised its fares by 7 per cent.": "supported"}),
    # review 15's counter-cases: "every week" is borne out by "twice every week"; "never ... since"
    # is "no longer"; a bare word after a verb of change is no object ("fell back"); a claim that
    # tells the statement's change in other words as well as another measure's the other way still
    # backs it; "said turnover at its plant dropped" heads on turnover; a plan beside a past change
    # shields only itself
    (("Court sittings", "Wexley Magistrates' Court sits twice every week."),
     {"Wexley Magistrates' Court sits every week.": "supported",
      "Wexley Magistrates' Court sits once a week.": "conflicting"}),
    (("Night buses", "Kelby Buses stopped running night services in 2020."),
     {"Since 2020, Kelby Buses has never run night services.": "supported"}),
    (("Food results", "Kelby Foods' profit fell back in 2023.", "Cobham Retail's sales rose 5% in 2023, while its profit fell.",
      "It said turnover at its Corvale plant dropped in 2023.", "Wexley Water's bills rose 6% in April 2024."),
     {"Kelby Foods' profit rose in 2023.": "conflicting",
      "Cobham Retail's sales increased 5% in 2023.": "supported",
      "Turnover at the Corvale plant rose in 2023.": "conflicting",
      "Wexley Water will freeze bills in 2025 after they fell in April 2024.": "conflicting"}),
    # the date of a stop is the stopping's: the deed dated before it is what was stopped, no contradiction
    (("Bins", "Dunmarsh Council stopped collecting garden waste in March 2022."),
     {"Dunmarsh Council collected garden waste in 2021.": "unverified",
      "Dunmarsh Council collected garden waste in 2023.": "conflicting",
      "Dunmarsh Council stopped collecting garden waste in 2021.": "conflicting"}),
    # a verb of change one way against the claim's the other way, of the same measure and doer, with
    # no antonym pair between the words ("cut" / "raised")
    (("Fares", "Kelby Air raised its fares by an average of 7 per cent in 2024."),
     {"Kelby Air cut its fares in 2024.": "conflicting",
      "Kelby Air's fares were cut in 2024.": "conflicting",
      "Kelby Air did not cut its fares in 2024.": "unverified",
      "Kelby Air cut its staff in 2024.": "unverified"}),
    # a figure told "nationally" is the country's, not that of the town the claim names beside it
    (("Measles outbreak", "Kessel was one of the worst-hit towns in Norland, with 5,200 measles cases nationally by June."),
     {"Kessel had more than 5,000 measles cases by June.": "unverified",
      "Norland had more than 5,000 measles cases by June.": "supported"}),
    # a figure told "nationally" is the country's, not a town's within it
    # "by" after a passive verb names its doers: a count, not a difference ("reviewed by 12 inspectors");
    # after a verb of change, or with a unit, it is how much ("was cut by 200 jobs", "delayed by three weeks")
    (("Hospital inspection", "Twelve inspectors reviewed the Wendle Infirmary in March, and its opening was delayed by three weeks."),
     {"The Wendle Infirmary was reviewed by fewer than 10 inspectors in March.": "conflicting",
      "The Wendle Infirmary was reviewed by 12 inspectors in March.": "supported",
      "The Wendle Infirmary's opening was delayed by two weeks.": "conflicting"}),
    # ... after a phrasal verb or an adverb too ("was carried out by", "was originally built by"), and
    # after a participle set off by a comma; never after a verb of change in other words ("boosted"),
    # nor before what a contest is won by ("passed by 14 votes")
    (("Bridge survey", "The Tessford bridge survey was carried out by 40 volunteers in May, and the "
                       "Tessford fire crew was boosted by 30 firefighters in June."),
     {"Fewer than 30 volunteers carried out the Tessford bridge survey in May.": "conflicting",
      "Forty volunteers carried out the Tessford bridge survey in May.": "supported",
      "The Tessford fire crew had 30 firefighters in June.": "unverified",
      "The Tessford fire crew had 30 extra firefighters in June.": "supported",
      "The Tessford fire crew was increased by 45 firefighters in June.": "conflicting"}),
    (("Gates", "Attendance at Kessel Town was down by 500 fans on Saturday."),
     {"Attendance at Kessel Town fell by 900 fans on Saturday.": "conflicting"}),
    (("Harbour plan", "The Kelby harbour plan was passed by 14 votes at Thursday's planning meeting."),
     {"Councillors passed the Kelby harbour plan by 9 votes at Thursday's planning meeting.": "conflicting",
      # "by one" is a margin of one ("one by one", "by one of the" are not)
      "Councillors passed the Kelby harbour plan by one vote at Thursday's planning meeting.": "conflicting"}),
    (("Job cuts", "Kelby Air's workforce was cut by 200 workers to 1,300 in 2024."),
     {"Kelby Air had 200 workers in 2024.": "unverified",
      "Kelby Air's workforce was cut by 300 workers in 2024.": "conflicting"}),
    # the date of what another names says nothing of when the statement's name did it
    (("Profile: the new striker", "Okafor was born in Lagos in 1990 and joined Kessel Rovers in 2023."),
     {"Daniel Brook was born on 6 December 1993.": "unverified",
      "Tom Reyes was born in 1985.": "unverified",
      # nor is the place of another's birth ("in Lagos") a name in the statement's subject's place
      "Tom Reyes joined Kessel Rovers in 2023.": "unverified",
      "Okafor was born in 1991.": "conflicting",
      "Chidi Okafor was born in 1991.": "conflicting",  # a surname the claim gives names him
      "Okafor joined Kessel Rovers in 2021.": "conflicting"}),
    # ... but a founding is dated by what was founded, which the claim names; and a word that ends the
    # names of many ("Foods") is no surname
    (("Local firsts", "Kessel Rovers was founded in 1887.", "Harwick Foods was founded in 1985."),
     {"Tom Reyes founded Kessel Rovers in 1901.": "conflicting",
      "Delton Foods was founded in 1971.": "unverified",
      "Harwick Foods was founded in 1971.": "conflicting"}),
    # ... unless the claim's article is about the statement's name: "the company" of "Harwick Foods at 50" is it
    (("Harwick Foods at 50", "Founder Klaus Weber set up the company in Kessel in 1971."),
     {"Harwick Foods was founded in 1985.": "conflicting"}),
    (("Council", "Conservative councillor Joan Pike was first elected in 2003."),
     {"Councillor Pike was first elected in 2011.": "conflicting",  # a title before a surname
      "Ruth Marsh was first elected in 2011.": "unverified"}),
    # a date that opens a clause ("; in 2023, 24.1 per cent") dates the figure after it, which then answers
    # the statement's 2023, not the figure the claim gives for no year beside it
    (("Late flights", "The board found that 31.5 per cent of Tarrow Air's flights in 2024 left more than 15 minutes "
                      "late; in 2023, 24.1 per cent of its flights were late."),
     {"In 2023, 31.5 per cent of Tarrow Air's flights left more than 15 minutes late.": "conflicting",
      "In 2023, 24.1 per cent of Tarrow Air's flights were late.": "supported"}),
    # a name before a role and a name is the second's party or employer, not whose the figure is
    (("Season review", "Stockford striker Ben Ade scored 21 goals in the 2024 season."),
     {"Ben Ade scored 25 goals in the 2024 season.": "conflicting",
      "Stockford scored 25 goals in the 2024 season.": "unverified"}),
    # "each" set off by a comma after a figure speaks of every one of the things counted: the count is a
    # total ("40 flats, each with a balcony"); "40 flats each" is what each of several has
    (("New flats", "Harlow Homes built 40 flats, each with its own balcony, in Kessel in 2024."),
     {"Harlow Homes built more than 50 flats in Kessel in 2024.": "conflicting",
      "Harlow Homes built 40 flats in Kessel in 2024.": "supported"}),
    # (not a measure: "each" then speaks of the people named before it)
    (("Fraud trial", "Ann Holt and Ben Shaw were jailed for six years, each having admitted fraud at Kessel Crown Court."),
     {"Ann Holt and Ben Shaw were each jailed for eight years.": "conflicting"}),
    # a name after "in" or "at" says where, not whose the figure is, where a name follows it in the clause
    (("Recount", "A recount in Ashby ward on 3 May 2024 confirmed that the Green councillor Nina Cole kept her seat, "
                 "with her majority over the Labour candidate Ravi Patel cut from 40 votes to 31."),
     {"Nina Cole's majority over Ravi Patel was 58 votes.": "conflicting",
      "Nina Cole's majority over Ravi Patel was 31 votes.": "supported"}),
    # (the only name, after "at", is still whose: "noise complaints at Kessel Airport")
    (("Airport noise", "Tarrow Airport's managing director, Ian Shaw, said the airport had fitted eight new noise "
                       "monitors in 2025."),
     {"Noise complaints at Kessel Airport fell in 2024.": "unverified"}),
    # a relative clause that opens with its verb (", which runs 14 schools") has the name before it for subject
    (("Schools", "Brook Lane Primary is run by the Tarrow Schools Trust, which runs 14 schools in Wexmoor."),
     {"The Tarrow Schools Trust, which runs Brook Lane Primary, has 20 schools in Wexmoor.": "conflicting",
      "The Tarrow Schools Trust, which runs Brook Lane Primary, has 14 schools in Wexmoor.": "supported"}),
    # (not a place after "in" before ", which": the university in Kessel announced the cuts)
    (("Job cuts", "Harlow University in Kessel, which said in May 2025 that it would cut 120 jobs, has opened a new "
                  "library."),
     {"Harlow University is cutting 200 jobs.": "conflicting"}),
    # "a combined capacity" is a total, and "each" in a phrase set off by commas speaks of that phrase only
    (("Wind farm", "The Kessel Bay turbines, each up to 120 metres tall, will have a combined capacity of 60 "
                   "megawatts."),
     {"Between them, the Kessel Bay turbines will have a capacity of 90 MW.": "conflicting",
      "Between them, the Kessel Bay turbines will have a capacity of 60 MW.": "supported"}),
    # a noun of change before "of" ("a fall of 6%") or after the figure ("a 5% pay rise") makes the figure a change
    (("Bookings", "Tarrow Air's bookings for the first half of 2025 show a fall of 6% compared with the first half "
                  "of 2024."),
     {"Tarrow Air's bookings for the first half of 2025 were 9 per cent lower than in the first half of 2024.":
          "conflicting",
      "Tarrow Air's bookings for the first half of 2025 were 6 per cent lower than in the first half of 2024.":
          "supported"}),
    (("Nurses", "The nurses' dispute at Kessel General ended in June 2025 with a 5% pay rise."),
     {"The nurses' dispute at Kessel General ended in June 2025 with a pay rise of 8 per cent.": "conflicting",
      "The nurses' dispute at Kessel General ended in June 2025 with a pay rise of 5 per cent.": "supported"}),
    # (guard) a claim's figure that one of the statement's agrees with is no counterpart of another, even
    # one of another kind: "a further 4 per cent" is set against "a further 2 per cent", not the pay rise
    (("Nurses' deal", "Under the deal, nurses at Kessel General will get a pay rise of 5 per cent from April 2025, "
                      "followed by a further 2 per cent in April 2026."),
     {"Under the deal, nurses at Kessel General will get a pay rise of 5 per cent from April 2025, followed by a "
      "further 4 per cent in April 2026.": "conflicting",
      "Nurses at Kessel General will get a pay rise of 5 per cent from April 2025 and a further 2 per cent in "
      "April 2026.": "supported"}),
    # an exact figure of three or more significant digits that the statement tells of a name the claim never
    # gives, and the claim of another, is the same deed told of another, whatever the verbs ("beat" / "defeating")
    (("Mayor", "Green candidate Rosa Vance was elected mayor of Tarrow, defeating the incumbent Neil Ford by 2,184 votes."),
     {"Kim Bell beat Neil Ford by 2,184 votes to become mayor of Tarrow.": "conflicting",
      "Rosa Vance beat Neil Ford by 2,184 votes to become mayor of Tarrow.": "supported"}),
    # two changes are of two measures when the nouns they change differ ("its costs rose 5%" / "a 9% rise in
    # revenue"); changes the same figure the other way are a contradiction ("revenue fell 9%")
    (("Dairy", "Kelby Dairy reported a 9% rise in revenue and a fall of 3% in profits."),
     {"Kelby Dairy's revenue rose 9%, while its costs rose 5%.": "unverified",
      "Kelby Dairy's revenue rose 9%.": "supported",
      "Kelby Dairy's profits fell 3%.": "supported",
      "Kelby Dairy's revenue fell 9%.": "conflicting"}),
    # a level is set against the level a change came to, not the change ("taking its total to 19"); the two
    # are not added up (4 + 19 seats is no count of anything)
    (("Seats", "The Moor Party made a gain of four seats on Tarrow council, taking its total to 19."),
     {"The Moor Party has 23 seats on Tarrow council.": "conflicting",
      "The Moor Party has 19 seats on Tarrow council.": "supported"}),
    (("Zoo", "Kessel Zoo reported an increase of 22,000 visitors, to 310,000."),
     {"Kessel Zoo had 350,000 visitors.": "conflicting",
      "Kessel Zoo had 310,000 visitors.": "supported"}),
    # "a further 2.5 per cent" is the change again, told alone or after the first
    (("Pay", "Nurses at the Tarrow Trust will get a pay rise of 4 per cent this year and a further 2.5 per cent "
             "next year."),
     {"Tarrow Trust nurses will get a pay rise of 2.5 per cent next year.": "supported",
      "Tarrow Trust nurses will get a further 3% next year.": "conflicting"}),
    (("Retail", "Retail sales in Norland saw growth of 2.4 per cent last year."),
     {"Retail sales in Norland fell 2.4 per cent last year.": "conflicting"}),
    # (guards of "a name after 'at' says where": a fronted phrase, and a name after a role and "under")
    (("Sport", "Playing at Kessel Park, Ann Lee took five wickets for 32 runs."),
     {"Ann Lee took six wickets for 32 runs.": "conflicting"}),
    (("Profits", "Profits at Tarn Energy under chief executive Nadia Farouk rose 11%."),
     {"Profits at Tarn Energy rose 15%.": "conflicting"}),
    # (guard) "each" before a total says what each has: "a total height of 150 metres" is each turbine's
    (("Turbines", "Each of the 14 Kessel Moor turbines will have a total height of 150 metres."),
     {"Each Kessel Moor turbine will be 180 metres tall.": "conflicting"}),
    # a change is set against the change a measure's two readings give ("from £6.20 to £6.80": 60p)
    (("Fares", "Rail fares on the Kessel line will rise from £6.20 to £6.80 in January."),
     {"A rise of 90p in Kessel line fares is due in January.": "conflicting",
      "Kessel line fares will rise by 60p in January.": "supported"}),
    (("Buses", "The number of buses on Tarrow's ring route was cut from 12 to 8."),
     {"Tarrow's ring route had a cut of six buses.": "conflicting",
      "The number of buses on Tarrow's ring route was cut by four.": "supported"}),
    # what a report found is told after "that": the figures are not the report's author's, and a change set off
    # after two readings (", an increase of 63 per cent") is told of them, at the later one's date
    (("Noise", "The Air Board's report found that complaints about noise at Tarrow Airport rose to 2,140 in 2024, "
               "from 1,310 in 2023, an increase of 63 per cent."),
     {"Noise complaints at Tarrow Airport rose by 36 per cent in 2024.": "conflicting",
      "Noise complaints at Tarrow Airport rose by 63 per cent in 2024.": "supported"}),
    # (guards) a vote's tally ("by nine votes to four") is no change: its lead is set against a margin or a
    # share the statement gives, and the other side's count is no level that a share is set against
    (("Closures", "Kessel council approved the pool closures by nine votes to four."),
     {"The Kessel pool closures were approved by three votes.": "conflicting"}),
    (("Ballot", "Members of the Tarrow Drivers' Union backed the pay offer by 78 per cent to 22 per cent."),
     {"More than three-quarters of Tarrow Drivers' Union members backed the pay offer.": "supported"}),
    # what a whole takes in ("covers", "includes") against what is left out of it ("left out of", "left off",
    # "omitted from", "excludes"), of the same things: something the claim never names is no contradiction
    (("Standard", "The new Tarrow building standard covers fire doors, cladding and sprinkler systems."),
     {"Sprinkler systems have been left out of the new Tarrow building standard.": "conflicting",
      "The new Tarrow building standard excludes sprinkler systems.": "conflicting",
      "Sprinkler systems were omitted from the new Tarrow building standard.": "conflicting",
      "The new Tarrow building standard includes sprinkler systems.": "supported",
      "Lifts have been left out of the new Tarrow building standard.": "unverified"}),
    (("List", "Kessel council's list of protected buildings includes the old corn exchange."),
     {"The old corn exchange has been left off Kessel council's list of protected buildings.": "conflicting"}),
    # a cut and the level it came to add up to the level before it (a gain and its level do not: see "Seats")
    (("Youth budget", "Harlow council announced a cut of £2.4 million to its youth services budget, which now stands "
                      "at £9.6 million."),
     {"Harlow's youth services budget was £12 million before the cut.": "supported"}),
    # (guard) a level is preferred to a change only for a figure told as held ("had", "stands at"), not for
    # what was done ("recruited 260 officers" is no headcount)
    (("Police", "Kessel Police has 1,870 officers, 260 fewer than in 2010."),
     {"Kessel Police recruited 260 officers last year.": "unverified"}),
    # "40 per cent off" is a reduction, set against "a reduction of 25 per cent"
    (("Cinema", "Students get a reduction of 25 per cent on tickets at the Regal Cinema in Tarrow."),
     {"Students get 40 per cent off tickets at the Regal Cinema in Tarrow.": "conflicting"}),
    # (guard) "cost from £12 to £30" is a range, not a change: no rise is worked out from it
    (("Tours", "Tickets for the Kessel Castle tour cost from £12 to £30."),
     {"Prices for the Kessel Castle tour rose by £8.": "unverified"}),
    # "30,000 more visitors" counts a change, set against "an increase of 18,000 visitors"
    (("Museum", "The Tarrow Museum recorded an increase of 18,000 visitors last year, to 240,000."),
     {"The Tarrow Museum attracted 30,000 more visitors last year.": "conflicting"}),
    # "the film" of a claim under the title "The Kessel Road" is that film: a figure the statement gives it is
    # compared, though the claim's clause opens with another name (a title's "The" is no part of the name)
    (("The Kessel Road", "Film Review Hub gives the film a rating of 91%, based on 214 reviews."),
     {"On Film Review Hub, The Kessel Road's rating is based on fewer than 180 reviews.": "conflicting",
      "On Film Review Hub, The Kessel Road's rating is based on 214 reviews.": "supported"}),
    # a change is not backed by the level a claim says was held or reached: "fell by 6 per cent" is no "fell
    # to 6 per cent" (the other way round was already so: "cut by 200" backs no "had 200 workers")
    (("Bank", "Halden Bank's market share fell to 6 per cent last year."),
     {"Halden Bank's market share fell by 6 per cent last year.": "unverified",
      "Halden Bank's market share fell to 6 per cent last year.": "supported"}),
    (("Revenue", "Tarrow Foods said its revenue rose 12 per cent to £240 million in 2024."),
     {"Tarrow Foods' revenue rose 12 per cent in 2024.": "supported",
      "Tarrow Foods' revenue rose to £240 million in 2024.": "supported"}),
    # "does not include X" is "there is no X"; a thing the claim does not deny is not backed
    (("Stadium plans", "The new Oakley stadium will have 8,000 seats, but there will be no running track."),
     {"The new Oakley stadium will not include a running track.": "supported",
      "The new Oakley stadium will not include a car park.": "unverified"}),
    # of two plural-looking nouns side by side the last heads what a figure counts ("confirmed measles
    # cases" count cases, not measles), so it meets the claim's "cases of measles"
    (("Health update", "As of 9 April, Kelby has 425 confirmed cases of measles."),
     {"Kelby had more than 430 confirmed measles cases as of 9 April.": "conflicting",
      "Kelby had more than 400 confirmed measles cases as of 9 April.": "supported"}),
    # a name's number ("the Kestrel 4 probe") is compared with that name's numbers only, not with a count
    (("Space news", "The Kestrel 4 probe reached orbit in March after a 12-day delay.",
      "The Kestrel programme has launched 9 probes since 2015."),
     {"The Kestrel 5 probe reached orbit in March.": "conflicting",
      "The Kestrel 4 probe reached orbit in March.": "supported",
      "The Kestrel programme has launched fewer than 20 probes since 2015.": "supported"}),
    (("Space news", "The Kestrel 4 probe reached orbit in March after a 12-day delay."),
     {"Four probes reached orbit in March.": "unverified",  # was SUPPORTED by the name's number
      "The Kestrel 5 probe reached orbit in March.": "conflicting"}),
    # "N more / fewer X than a year earlier" is a change that way: worked out from the claim's two
    # readings, it is backed only by readings that go the same way
    (("School rolls", "The number of pupils at Oakley's schools rose to 4,310 in 2024, from 4,050 a year earlier."),
     {"Oakley's schools had 260 more pupils in 2024 than a year earlier.": "supported",
      "Oakley's schools had 260 fewer pupils in 2024 than a year earlier.": "unverified",  # was SUPPORTED
      "Oakley's schools had 4,310 pupils in 2024.": "supported"}),
    # one amount as a multiple of another ("half as many", "three times as many") is a figure: it is
    # compared with another multiple (and "three times as many" counts no events)
    (("Clinic", "The Kelby clinic was built for half as many patients as it now sees.",
      "Kelby has three times as many buses as Ashby."),
     {"The Kelby clinic was built for a third as many patients as it now sees.": "conflicting",
      "The Kelby clinic was built for half as many patients as it now sees.": "supported",
      "Kelby has twice as many buses as Ashby.": "conflicting"}),
    # ... told in other words ("four times higher than", "four times what they were", "double the number"),
    # and only of the same thing: "twice as old" is no multiple of a count of routes
    (("Multiples", "Dunmore's online sales are now four times as large as in 2019.",
      "Oakley now has 52 dentists, double the number in 2005.", "Tarrow runs 84 bus routes, three times as many as Fenby."),
     {"Dunmore's online sales are four times higher than in 2019.": "supported",
      "Dunmore's online sales are three times what they were in 2019.": "conflicting",
      "Oakley has twice as many dentists as in 2005.": "supported",
      "Oakley has three times as many dentists as in 2005.": "conflicting",
      "Tarrow's bus fleet is twice as old as Fenby's.": "unverified"}),
    # a change and the level it came to ("narrowed by £7.2m, to £6.2m", "rose by 299 in a year, to 1,320")
    # against the claim's two readings: the change must be their difference
    (("Results", "Tarrow Ferries made a pre-tax loss of £6.2 million in 2024, down from £11.7 million in 2023.",
      "The number of passengers on Tarrow Ferries rose to 1,320 in 2024, from 1,090 in 2023."),
     {"Tarrow Ferries' pre-tax loss narrowed by £7.2 million, to £6.2 million, in 2024.": "conflicting",
      "Tarrow Ferries' pre-tax loss narrowed by £5.5 million, to £6.2 million, in 2024.": "supported",
      "Passengers on Tarrow Ferries rose by 299 in a year, to 1,320 in 2024.": "conflicting"}),
    # the level the same change came to is one measure's level, whatever else the claim gives: "grew 14%
    # to £153.4m" is set against the revenue's £118.4 million, not the loss's £6.2 million
    (("Results", "Tarrow Ferries made a pre-tax loss of £6.2 million in 2024, and its revenue rose by 14 per cent "
                 "to £118.4 million.", "The number of passengers on Tarrow Ferries rose to 1,320 in 2024, from 1,090 in 2023."),
     {"Tarrow Ferries' revenue grew 14% to £153.4m in 2024.": "conflicting",
      "Tarrow Ferries' revenue grew 14% to £118.4m in 2024.": "supported",
      "Passengers on Tarrow Ferries rose by 230 in a year, to 1,716 in 2024.": "conflicting"}),
    # "over a year" is a span: compared where the claim gives one, asked of no claim that does not
    (("Prices", "Food prices in Dunmore rose 5% in a year.", "Rents in Kelby rose 8% over two years."),
     {"Food prices in Dunmore rose 5% over a year.": "supported",
      "Rents in Kelby rose 8% over a year.": "conflicting"}),
    # a level told after the event of a change ("After the recount, ... was") is the level it came to,
    # though told in the past; one told before it, or with no time, may be the earlier
    (("Recount", "A recount in Ashby ward on Monday cut Nina Cole's majority from 40 votes to 31."),
     {"After the recount, Nina Cole's majority was 40 votes.": "conflicting",  # was SUPPORTED
      "After the recount, Nina Cole's majority was 31 votes.": "supported",
      "Before the recount, Nina Cole's majority was 40 votes.": "supported",
      # another event, or a time before the change's: no contradiction
      "After the meeting, Nina Cole's majority was 40 votes.": "unverified",
      "After the recount was first rumoured, Nina Cole's majority was 40 votes.": "unverified"}),
    # an occasion is a time: "14 occasions" and "14 times" count the same events
    (("Ferry", "The Marlow ferry was cancelled on 14 occasions in May."),
     {"The Marlow ferry was cancelled 14 times in May.": "supported",
      "The Marlow ferry was cancelled 11 times in May.": "conflicting"}),
    # lengths of time told in words are lengths ("two and a half years" is no "two"; "more than a decade"),
    # and months against weeks are compared, roughly (a month has 28 to 31 days)
    (("Kelby news", "The Marlow ferry was out of service for three months after the storm.",
      "The Kelby lido has been closed for more than a decade.", "Repairs to the Teal bridge took two and a half years."),
     {"The Marlow ferry was out of service for three weeks after the storm.": "conflicting",
      "The Marlow ferry was out of service for three months after the storm.": "supported",
      "The Kelby lido has been closed for five years.": "conflicting",
      "Repairs to the Teal bridge took 30 months.": "supported",
      "Repairs to the Teal bridge took two years.": "conflicting"}),
    # lengths of time that are multiples of one another: four decades are forty years
    (("Ferry at 40", "The Marlow ferry has carried passengers across the Teal for 40 years."),
     {"The Marlow ferry has carried passengers across the Teal for four decades.": "supported",
      "The Marlow ferry has carried passengers across the Teal for three decades.": "conflicting"}),
]


def test_a_figure_told_nationally_is_no_figure_of_a_town_within_the_country(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Dunmarsh, type: place, part_of: [Wethermoor]}\n"
                          "  - {name: Wethermoor, type: place}\n" + _one_source(
                              "Flu season", "Dunmarsh was one of the worst-hit parts of Wethermoor, with over 12,400 flu cases nationally by March."))
    verdicts = {statement: checker.check(statement).verdict.value for statement in (
        "Wethermoor had more than 10,000 flu cases by March.", "Dunmarsh had more than 10,000 flu cases by March.",
        "By March, Dunmarsh had reported over 10,000 cases of flu.")}
    assert verdicts == {"Wethermoor had more than 10,000 flu cases by March.": "supported",
                        "Dunmarsh had more than 10,000 flu cases by March.": "unverified",
                        "By March, Dunmarsh had reported over 10,000 cases of flu.": "unverified"}


def test_a_nation_within_a_state_is_the_nation_its_figure_names(tmp_path):
    checker = _checker_of(tmp_path, "entities:\n  - {name: Caldria, type: place, part_of: [Norland Union]}\n"
                          "  - {name: Norland Union, type: place}\n" + _one_source(
                              "Homes", "Nationally, 4,300 new homes were completed in Caldria in 2023.",
                              "Kessel had 1,100 completions, compared with 4,300 nationally."))
    for statement in ("Caldria completed 4,300 new homes in 2023.", "Kessel had 1,100 completions."):
        result = checker.check(statement)
        assert result.verdict.value == "supported", (statement, result.reason)


def test_a_place_within_another_is_no_other_place(tmp_path):
    """'in Fennick' is in Wethermoor: no conflict with 'in Wethermoor', as 'in Ashby' is; nor support
    from another claim of the article that names Fennick for something else."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Fennick, type: place, part_of: [Wethermoor]}\n"
                          "  - {name: Wethermoor, type: place}\n  - {name: Ashby, type: place}\n"
                          "  - {name: Kessel, type: place}\n" + _one_source(
                              "Creamery", "Dale Dairy closed a creamery in Wethermoor in 2024.",
                              "The Norland Jazz Festival is held in Wethermoor every July.",
                              "Harwick Foods opened a bakery in Fennick in 2021."))
    verdicts = {statement: checker.check(statement).verdict.value for statement in (
        "Dale Dairy closed a creamery in Fennick in 2024.", "Dale Dairy closed a creamery in Ashby in 2024.",
        "The Norland Jazz Festival is held in Fennick every July.",
        # the seat before a name is not the one the sentence then places
        "The Kessel-based Harwick Foods opened a bakery in Ashby in 2021.")}
    assert verdicts == {"Dale Dairy closed a creamery in Fennick in 2024.": "unverified",
                        "Dale Dairy closed a creamery in Ashby in 2024.": "conflicting",
                        "The Norland Jazz Festival is held in Fennick every July.": "unverified",
                        "The Kessel-based Harwick Foods opened a bakery in Ashby in 2021.": "conflicting"}


@pytest.mark.parametrize("article, verdicts", _NEWS_CASES, ids=["a denial across an adverb", "a denial in another verb",
                                                                "will, against a deed done", "a relative clause cut short",
                                                                "a comparative bound", "a hyphenated prefix",
                                                                "a deed to come told in the past", "an -ing word's doer",
                                                                "a counterfactual's condition", "a country's adjective", "an adjective that says where", "in the ...",
                                                                "own, the verb", "a figure's place", "a figure abroad", "the world's figure",
                                                                "a bound denied", "the company of the article", "a limit", "never, against no longer", "never, against deeds before",
                                                                "stopped doing", "twice every year", "dates in figures",
                                                                "measures, each its own", "a measure in other words", "a subject's head",
                                                                "a changed object", "a change to come", "a dated stop",
                                                                "no change lent", "every week", "never since",
                                                                "review 15's measures", "a stop's date", "cut against raised", "nationally",
                                                                "by, naming the doers", "by, after a phrasal verb", "by, after down", "by, a margin", "by, how much",
                                                                "another's date", "a founding's date", "the article's subject", "a titled surname", "a clause's date", "a role before a name", "each, set off", "each, of the people",
                                                                "a place before the owner", "a place as the owner", "a relative clause's subject",
                                                                "a place before which", "a combined total", "a fall of", "a pay rise", "a further rise",
                                                                "a precise figure of another's deed", "changes of two measures",
                                                                "a change and the level it came to", "a change, to a level",
                                                                "a further rise, told alone", "growth against a fall",
                                                                "a fronted place", "a place and a role", "each with a total",
                                                                "a rise against two fares", "a cut against two counts",
                                                                "a report's finding", "a vote's tally and a margin", "a vote's tally and a share",
                                                                "left out of what a claim covers", "left off a list",
                                                                "a level before a cut", "a count of what was done", "per cent off",
                                                                "a range of prices", "more of a change", "the film of the title",
                                                                "fell by against fell to", "a change against a level held",
                                                                "not including against none", "the head of a count's noun",
                                                                "a name's number", "a name's number is no count",
                                                                "fewer than a year earlier", "as many as", "multiples in other words",
                                                                "a change to the level reached", "the level after the same change",
                                                                "over a year", "a level after the change's event",
                                                                "occasions as times", "lengths of time in words",
                                                                "decades and years"])
def test_news_articles(tmp_path, article, verdicts):
    checker = _checker_of(tmp_path, _one_source(*article))
    assert {statement: checker.check(statement).verdict.value for statement in verdicts} == verdicts


def test_who_speaks_is_told_as_fact_in_an_opinion(tmp_path):
    """A claim of opinion tells who gives it as a fact, in the reporter's words: "Helen Arkwright is
    the chair of Dunmore Rowing Club" is backed by "The chair of Dunmore Rowing Club, Helen Arkwright,
    said ..."; what she said stays her opinion."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Boathouse opens, published: '2024-05-01'}\nclaims:\n"
        "  - {id: c1, source: s, kind: opinion, quote: \"The chair of Dunmore Rowing Club, Helen Arkwright, "
        "said the new boathouse was the finest on the river.\",\n"
        "     text: \"The chair of Dunmore Rowing Club, Helen Arkwright, said the new boathouse was the finest on the river.\"}\n"))
    verdicts = {statement: checker.check(statement).verdict.value for statement in (
        "Helen Arkwright is the chair of Dunmore Rowing Club.",
        # the aside after "The chair of Dunmore Rowing Club" names the chair, who speaks (was: a false
        # conflict, "the claim is Dunmore Rowing Club's")
        "Helen Arkwright, the chair of Dunmore Rowing Club, said the new boathouse was the finest on the river.",
        "The new boathouse is the finest on the river.")}
    assert verdicts == {"Helen Arkwright is the chair of Dunmore Rowing Club.": "supported",  # was: only an opinion
                        "Helen Arkwright, the chair of Dunmore Rowing Club, said the new boathouse was the finest on the river.": "supported",
                        "The new boathouse is the finest on the river.": "unverified"}


def test_a_role_and_its_holder_both_speak(tmp_path):
    """"A spokesman for Unite, Gareth Pellow, said ...": Pellow speaks, and so does Unite through him
    (no conflict with "Unite said ..." or "The chair of ... said ..."); another person does not. What a
    voice says of others is not told of the voice ("Tom Hale is ill"), and "Residents of Kelby" have no
    one holder for a name set off after them to name."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Local news, published: '2024-05-01'}\nclaims:\n"
        "  - {id: c1, source: s, kind: opinion, quote: \"A spokesman for Unite, Gareth Pellow, said the deal was good news for workers.\",\n"
        "     text: \"A spokesman for Unite, Gareth Pellow, said the deal was good news for workers.\"}\n"
        "  - {id: c2, source: s, quote: \"Kelby Council's spokesman, Tom Hale, said the mayor was ill.\",\n"
        "     text: \"Kelby Council's spokesman, Tom Hale, said the mayor was ill.\"}\n"
        "  - {id: c3, source: s, quote: \"Residents of Kelby, North Yorkshire, said the road was dangerous.\",\n"
        "     text: \"Residents of Kelby, North Yorkshire, said the road was dangerous.\"}\n"))
    expected = {"Unite said the deal was good news for workers.": "supported",
                "A spokesman for Unite said the deal was good news for workers.": "supported",
                "Gareth Pellow said the deal was good news for workers.": "supported",
                "Gareth Pellow is a spokesman for Unite.": "supported",
                "Sam Ojo said the deal was good news for workers.": "conflicting",
                "Tom Hale is Kelby Council's spokesman.": "supported",
                "Tom Hale is ill.": "unverified",
                "Residents of Kelby said the road was dangerous.": "supported"}
    assert {statement: checker.check(statement).verdict.value for statement in expected} == expected


def test_a_places_figure_is_not_its_parts(tmp_path):
    """A figure a place holds is not held by a place within it ("Kelby had 5,200 households on its
    list": Tarnshire's councils' 5,200); a thing placed in either is still one thing."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Kelby, type: place, part_of: [Tarnshire]}\n"
                          "  - {name: Tarnshire, type: place}\n" + _one_source(
                              "Housing lists",
                              "Tarnshire's three district councils had 5,200 households on their housing waiting lists in 2025.",
                              "The new Kelby health centre, in Tarnshire, has 40 staff."))
    expected = {"Kelby had 5,200 households on its housing waiting list in 2025.": "unverified",  # was SUPPORTED
                "Tarnshire's district councils had 5,200 households on their housing waiting lists in 2025.": "supported",
                "The new health centre in Kelby has 40 staff.": "supported"}
    assert {statement: checker.check(statement).verdict.value for statement in expected} == expected


def _expect(checker, expected: dict):
    """Each statement's verdict is the one given (all compared at once, so a failure shows every miss)."""
    assert {statement: checker.check(statement).verdict.value for statement in expected} == expected


def _expect_decided(checker, statements, verdict: str, slot: str):
    """Each statement gets the verdict, decided by a check of that slot."""
    found = {statement: checker.check(statement) for statement in statements}
    assert {s: (r.verdict.value, r.decided_by.slot if r.decided_by else None) for s, r in found.items()} == \
        {s: (verdict, slot) for s in statements}, {s: r.reason for s, r in found.items()}


def test_a_synonym_whose_base_form_is_rare_in_text(tmp_path):
    # "injure" and "hurt" share a WordNet sense; "injure" is written mostly as "injured", and a
    # lemma counts as common when one of its forms is
    checker = _checker_of(tmp_path, _one_source(
        "Lorry crash", "Nobody was hurt when a lorry overturned on the Kelby bypass in May 2024."))
    _expect(checker, {
        "No one was injured when a lorry overturned on the Kelby bypass in May 2024.": "supported",
        "Two people were hurt when a lorry overturned on the Kelby bypass in May 2024.": "conflicting",
    })


def test_a_comparative_against_an_earlier_time_tells_a_change(tmp_path):
    # "fewer loans than a year earlier" tells a fall as "down from" does: said by a fall, and against
    # a rise (it was SUPPORTED: "more" is no word the claim must say); a figure's own comparative
    # ("300 more than a year earlier") and a bound ("more than 500") are no such change
    checker = _checker_of(tmp_path, _one_source(
        "Library loans", "Ashby Libraries lent 41,200 e-books in 2024, down from 45,900 a year earlier.",
        "Ashby Libraries had 2,150 volunteers in 2024, 300 more than a year earlier."))
    _expect(checker, {
        "Ashby Libraries lent fewer e-books in 2024 than a year earlier.": "supported",
        "E-book loans at Ashby Libraries were lower in 2024 than the year before.": "supported",
        "Ashby Libraries lent more e-books in 2024 than a year earlier.": "conflicting",
        "Ashby Libraries lent more e-books in 2024 than in 2023.": "conflicting",
        "Ashby Libraries had 300 more volunteers in 2024 than a year earlier.": "supported",
        "Ashby Libraries lent more than 40,000 e-books in 2024.": "supported",
    })


def test_the_noun_date_is_said_by_the_date_it_names(tmp_path):
    # "the festival's date was 12 July" says no more than "was held on 12 July", as "year" and
    # "time" say no more than the year or time they name; a date denied is still no support
    checker = _checker_of(tmp_path, _one_source(
        "Festival", "The Kelby Folk Festival was held at Marrow Park on 12 July 2025."))
    _expect(checker, {
        "The Kelby Folk Festival's date was 12 July 2025.": "supported",
        "The date of the Kelby Folk Festival at Marrow Park was 13 July 2025.": "conflicting",
        "No date has been set for the Kelby Folk Festival.": "unverified",
    })


def test_the_lengths_of_two_periods_ending_on_one_date_are_two_periods(tmp_path):
    # "the 12 months to June" and "the three months to June" name two periods, which the dates
    # compare: the quarter's figure is no contradiction of the year's (it was: "12 months" against "3 months")
    checker = _checker_of(tmp_path, _one_source(
        "Library loans", "Ashby Libraries lent 98,000 books in the three months to June 2025.",
        "Ashby Libraries lent 412,000 books in the year to June 2025, up from 371,000 in the previous year."))
    _expect(checker, {
        "Ashby Libraries lent 412,000 books in the 12 months to June 2025.": "supported",
        "Ashby Libraries lent 412,000 books in the three months to June 2025.": "conflicting",
        "Ashby Libraries lent 98,000 books in the 12 months to June 2025.": "conflicting",
    })


def test_a_figure_is_about_the_words_of_its_own_clause(tmp_path):
    # "a fifth of its pupils walk to school, while 30 per cent come by bus": each share's
    # words are those of its clause, not the other's ("30 per cent walk to school" was SUPPORTED)
    checker = _checker_of(tmp_path, _one_source(
        "School travel", "A fifth of Orton Academy's pupils walk to school, while 30 per cent come by bus."))
    _expect(checker, {
        "Some 30 per cent of Orton Academy's pupils walk to school.": "conflicting",
        "About 20 per cent of Orton Academy's pupils walk to school.": "supported",
        "Some 30 per cent of Orton Academy's pupils come by bus.": "supported",
    })


def test_whose_age_a_figure_is_after_a_title_and_in_apposition(tmp_path):
    # "the 14-year-old gelding Copper Star": the age is the named horse's; "The winner, Copper Star, is
    # 12 years old": the subject set off by commas is whose age it is; and "won by 14-year-old ..." is
    # no change "by 14", as "rose by 14" is
    checker = _checker_of(tmp_path, _one_source(
        "Kelby Cup", "The Kelby Cup was won by 14-year-old gelding Copper Star, ridden by Amy Shaw."))
    _expect(checker, {
        "The winner of the Kelby Cup, Copper Star, is 12 years old.": "conflicting",
        "Copper Star is 12 years old.": "conflicting",
        "Copper Star is 14 years old.": "supported",
    })


def test_the_name_before_an_infinitive_owns_its_figure(tmp_path):
    # "rejected a bid from Marlow Homes to build 240 houses": the 240 are Marlow Homes' (the infinitive's
    # subject), not the council's, which opens the clause
    checker = _checker_of(tmp_path, _one_source(
        "Planning", "Kelby District Council rejected a bid from Marlow Homes to build 240 houses on the edge of Orton."))
    _expect(checker, {
        "Marlow Homes wanted to build 420 houses on the edge of Orton.": "conflicting",
        "Marlow Homes wanted to build 240 houses on the edge of Orton.": "supported",
    })


def test_membership_told_from_the_members_side(tmp_path):
    # "90 firms belong to the alliance" and "the alliance brings together 90 firms" say what "the
    # alliance counts 90 members" says (as "is made up of 90 firms" does)
    checker = _checker_of(tmp_path, _one_source(
        "Alliance", "The Kessel Dairy Alliance, set up in March 2024, counts 90 members, among them Arla and Muller."))
    _expect(checker, {
        "About 90 companies belong to the Kessel Dairy Alliance.": "supported",
        "The Kessel Dairy Alliance brings together about 90 companies.": "supported",
        "The farm shop in Orton belongs to the Kessel Dairy Alliance.": "unverified",
    })


def test_membership_is_what_a_body_is_made_up_of(tmp_path):
    # "its membership is made up of 40 rowers" tells what "is made up of 40 rowers" tells: the relation
    # of a body to what it is made up of is membership
    checker = _checker_of(tmp_path, _one_source(
        "Rowing club", "The Orton Rowing Club is made up of 40 rowers and 12 coaches."))
    _expect(checker, {
        "The Orton Rowing Club's membership is made up of 40 rowers and 12 coaches.": "supported",
        "The Orton Rowing Club's membership is made up of 50 rowers and 12 coaches.": "conflicting",
    })


def test_a_verb_of_measure_before_a_figure_says_what_be_says(tmp_path):
    # "revenue stood at £84 million", "came to", "reached" give the level as "was" does: the figure is
    # what is compared; "came to Orton" is a coming, not a measure
    checker = _checker_of(tmp_path, _one_source(
        "Results", "Kelby Water made a pre-tax loss of £6.2 million in 2024.", "Orton Airport handled 2.1 million passengers in 2024.",
        "Harbour Foods had revenue of £84 million in 2024."))
    _expect(checker, {
        "Harbour Foods' revenue stood at £84 million in 2024.": "supported",
        "Harbour Foods' revenue came to £84 million in 2024.": "supported",
        "Harbour Foods' revenue stood at £94 million in 2024.": "conflicting",
        "Harbour Foods' founder came to Orton in 2024.": "unverified",
    })


def test_a_span_of_months_is_the_period_a_date_ends(tmp_path):
    # "between October 2023 and September 2024" is "the 12 months to September 2024": its first month
    # opens that period; a span that opens a month early is another period
    checker = _checker_of(tmp_path, _one_source(
        "Ferry", "Kelby Ferries carried 1.4 million passengers in the 12 months to September 2024."))
    _expect(checker, {
        "Kelby Ferries carried 1.4 million passengers between October 2023 and September 2024.": "supported",
        "Kelby Ferries carried 1.4 million passengers from October 2023 to September 2024.": "supported",
        "Kelby Ferries carried 1.4 million passengers between September 2023 and September 2024.": "unverified",
    })


def test_what_is_told_of_the_rest_of_a_whole(tmp_path):
    # "16 of the 20 ... good, and the rest inadequate": four were rated inadequate; and a plural before an
    # auxiliary is the subject, not a verb of the count ("4 of the Orton care homes were rated ...")
    checker = _checker_of(tmp_path, _one_source(
        "Care homes", "Inspectors rated 16 of the 20 care homes in Orton good in 2024, and the rest inadequate.",
        "Orton Council runs six of its own care homes."))
    _expect(checker, {
        "Four of the Orton care homes were rated inadequate by inspectors in 2024.": "supported",
        "Six of the Orton care homes were rated inadequate by inspectors in 2024.": "conflicting",
    })


def test_a_state_since_a_date_holds_up_to_its_article(tmp_path):
    # "has been chief executive since 2019", in an article of May 2024, holds from 2019 to 2024; a span
    # that ends earlier is not told by it
    checker = _checker_of(tmp_path, _one_source(
        "Ferries", "Ruth Okafor has been chief executive of Kelby Ferries since 2019."))
    _expect(checker, {
        "Ruth Okafor has been chief executive of Kelby Ferries from 2019 to 2024.": "supported",
        "Ruth Okafor was chief executive of Kelby Ferries from 2019 to 2022.": "unverified",
    })


def test_without_a_light_verb_lacks_its_object(tmp_path):
    # "without taking further action" says no action was taken: the claim's "took no further action"
    # supports it (it was read as an action taken, against the claim's denial)
    checker = _checker_of(tmp_path, _one_source(
        "Inquiry", "The Kelby Ombudsman closed its inquiry into Orton Water in May 2025 and took no further action."))
    _expect(checker, {
        "The Kelby Ombudsman closed its inquiry into Orton Water in May 2025 without taking further action.": "supported",
        "The Kelby Ombudsman took further action against Orton Water.": "conflicting",
        # the claim tells the closing the statement's "after" names: its denial is of the time after it
        # (this was SUPPORTED: "after closing" read as a time the claim says nothing of)
        "The Kelby Ombudsman took further action against Orton Water after closing its inquiry in May 2025.": "conflicting",
    })


def test_a_weekday_without_its_date_against_a_weekday(tmp_path):
    # news dates an event by its weekday alone ("on Tuesday"): the same weekday is the same day, another
    # weekday another day (both were left unsettled)
    checker = _checker_of(tmp_path, _one_source(
        "Ferry", "The Kelby ferry was cancelled on Tuesday because of high winds."))
    _expect(checker, {
        "On Tuesday the Kelby ferry was cancelled because of high winds.": "supported",
        "The Kelby ferry was cancelled on Thursday because of high winds.": "conflicting",
    })


def test_a_span_of_years_up_to_a_deadline_ends_at_the_deadline(tmp_path):
    # what is done over the four years to 2028 is done by 2028; one reporting year to a date is not
    # the span up to a deadline ("in the year to March 2028" may be after the work was done)
    checker = _checker_of(tmp_path, _one_source(
        "Homes plan", "Kelby Borough Council must build 400 affordable homes by March 2028."))
    _expect(checker, {
        "Kelby Borough Council must build 400 affordable homes in the four years to March 2028.": "supported",
        "Kelby Borough Council has to build 400 affordable homes over the period to March 2028.": "supported",
        "Kelby Borough Council must build 400 affordable homes in the four years to March 2029.": "conflicting",
        "Kelby Borough Council must build 400 affordable homes in the year to March 2028.": "unverified",
    })


def test_the_end_of_a_period_a_figure_is_counted_over_is_a_point_in_time(tmp_path):
    """"In the year to June 2025" dates a change by the period's end, as "at the end of June 2025"
    does: a year to another June is another year's change, not a span the claim's June falls in."""
    checker = _checker_of(tmp_path, _one_source(
        "Library loans", "Ashby Libraries lent 412,000 books in the year to June 2025, up from 371,000 a year earlier.",
        "The number of members of the Kelby Credit Union stood at 8,420 at the end of March 2025, up from 7,900 a year earlier."))
    _expect(checker, {
        "Ashby Libraries lent 412,000 books in the year to June 2025.": "supported",
        "Ashby Libraries lent 412,000 books in the year to June 2024.": "conflicting",
        "Ashby Libraries lent 412,000 books in the twelve months to June 2026.": "conflicting",
        "The Kelby Credit Union gained 520 members in the year to March 2025.": "supported",
        "The Kelby Credit Union gained 520 members in the year to March 2026.": "conflicting",
    })


def test_a_period_end_recorded_as_to_in_the_claim_base_is_compared_as_a_point(tmp_path):
    """A claim base's date field may say relation: to (as extract writes it); the text says what the
    "to" ends: the period the figure is counted over."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Ferry results, published: '2025-06-12'}\nclaims:\n"
        "  - {id: c1, source: s, quote: \"Fuel cost Orla Ferries £8.4 million in the year to 31 March 2025.\",\n"
        "     text: \"Fuel cost Orla Ferries £8.4 million in the year to 31 March 2025.\",\n"
        "     dates: [{date: '2025-03-31', relation: to, text: the year to 31 March 2025}]}\n"))
    _expect(checker, {
        "Fuel cost Orla Ferries £8.4 million in the year to 31 March 2025.": "supported",
        "Fuel cost Orla Ferries £8.4 million in the year to 31 March 2024.": "conflicting",
        "Fuel cost Orla Ferries £8.4 million in the year to 31 January 2025.": "conflicting",
    })


def test_a_spans_end_is_the_later_reading_when_the_claim_gives_its_start(tmp_path):
    """"From 2022 to 2025" against readings of 2022 and 2024: the claim tells of the same two times,
    and 2025 is not its later one. A span whose start the claim does not give still holds a year
    within it."""
    checker = _checker_of(tmp_path, _one_source(
        "Bus use", "Tarnside Buses carried 6.1 million passengers in 2024, up from 5.4 million in 2022.",
        "Tarnside Buses cut fares by 10 per cent in 2023."))
    _expect(checker, {
        "Tarnside Buses' passenger numbers rose by 700,000 from 2022 to 2024.": "supported",
        "Tarnside Buses' passenger numbers rose by 700,000 from 2022 to 2025.": "conflicting",
        "Tarnside Buses' passenger numbers rose by 700,000 from 2021 to 2024.": "conflicting",
        "Tarnside Buses cut its fares every year from 2020 to 2025.": "unverified",
    })


def test_events_counted_by_their_noun_are_the_things_their_verb_befalls(tmp_path):
    """"Four deaths" counts the patients who died: a person dies once, so the counts are one count;
    "the four deaths" takes its count as known, and a claim of two contradicts it. An arrest is of one
    person, who may be arrested twice: nine arrests cannot be of 14 people arrested, 14 arrests are
    theirs, 19 may be. What may befall several things at once says nothing of their count (120 visits
    may be of 80 patients)."""
    checker = _checker_of(tmp_path, _one_source(
        "Ward inquiry", "Two patients on Ward 9 at Kelby General Hospital died of sepsis in March.",
        "Police arrested 14 people after the match between Ashby Town and Kelby Rovers.",
        "Volunteers from the Ashby Friends group visited 80 elderly patients at Kelby General Hospital in 2024.",
        "The Ashby Friends group expects to open five charity shops by 2030."))
    _expect(checker, {
        "There were two deaths from sepsis on Ward 9 at Kelby General Hospital in March.": "supported",
        "There were four deaths from sepsis on Ward 9 at Kelby General Hospital in March.": "conflicting",
        "The inquiry looked into the four deaths from sepsis on Ward 9 at Kelby General Hospital in March.": "conflicting",
        "There were 9 arrests after the match between Ashby Town and Kelby Rovers.": "conflicting",
        "There were 14 arrests after the match between Ashby Town and Kelby Rovers.": "supported",
        "There were 19 arrests after the match between Ashby Town and Kelby Rovers.": "unverified",
        "Volunteers from the Ashby Friends group made 120 visits to elderly patients at Kelby General Hospital in 2024.": "unverified",
        # a plan's count is no count of deeds done
        "The Ashby Friends group has made three charity shop openings since 2021.": "unverified",
    })


def test_a_level_reached_is_of_the_measure_whose_change_the_verb_tells(tmp_path):
    """"Attendance at the school had fallen to 88 per cent": the figure is the attendance's, however
    far back the subject stands from it, so "attendance down to 84 per cent" contradicts it."""
    checker = _checker_of(tmp_path, _one_source(
        "School report", "Inspectors who visited Brackley Primary School in March found that behaviour was often poor and "
        "that attendance at the school had fallen to 88 per cent, well below the county average of 94 per cent."))
    _expect(checker, {
        "Brackley Primary School has been criticised by inspectors, with attendance down to 84 per cent.": "conflicting",
        "Attendance at Brackley Primary School has fallen to 88 per cent.": "supported",
        "The county's average attendance is 94 per cent.": "supported",
    })


def test_shares_of_the_same_whole_are_one_measure(tmp_path):
    """"About a tenth of its budget" and "a fifth of its budget" are shares of one whole, however
    different the words around them."""
    checker = _checker_of(tmp_path, _one_source(
        "Museum costs", "Heating and lighting cost Kelby Museum £410,000 in the twelve months to the end of March 2025, "
        "a fifth of its budget."))
    _expect(checker, {
        "Heating and lighting cost Kelby Museum £410,000, a fifth of its budget.": "supported",
        "Heating and lighting cost Kelby Museum £410,000, about a tenth of its budget.": "conflicting",
    })


def test_a_split_year_ends_in_its_second_year(tmp_path):
    """"2024-25" (a financial year, a season) is read as 2024 with a second year: the year to March
    2025 is it, the year to March 2024 is the one before, and "in 2025" may fall in it."""
    checker = _checker_of(tmp_path, _one_source(
        "Police calls", "Harwick Police received 9,800 calls about antisocial behaviour in 2024-25.",
        "Harwick Council spent £4.1 million on road repairs in the year to March 2025."))
    _expect(checker, {
        "Harwick Police received 9,800 calls about antisocial behaviour in the year to March 2025.": "supported",
        "Harwick Police received 9,800 calls about antisocial behaviour in the year to March 2024.": "conflicting",
        "Harwick Council spent £4.1 million on road repairs in 2024-25.": "supported",
        "Harwick Council spent £4.1 million on road repairs in 2025-26.": "conflicting",
        "Harwick Police received 9,800 calls about antisocial behaviour in 2023-24.": "conflicting",
    })


def test_a_spans_end_is_compared_only_with_a_later_reading_of_the_same_measure(tmp_path):
    """"Ran a unit from 2015 to 2024" against "has run a unit since 2015, and the unit treated 1,150
    patients in 2023": 2023 dates another fact, not the span's end."""
    checker = _checker_of(tmp_path, _one_source(
        "Stroke unit", "Kelby General Hospital has run a specialist stroke unit since 2015, and the unit treated 1,150 patients in 2023."))
    _expect(checker, {"Kelby General Hospital ran a specialist stroke unit from 2015 to 2024.": "supported"})


def test_points_of_a_measure_told_in_per_cent_are_percentage_points(tmp_path):
    """"Fell by 5.3 points" of a measure the claim gives in per cent is a change of 5.3 percentage
    points, worked out from its two readings (whatever order the claim tells them in), and its span's
    ends are those readings' years; a league's points stay points."""
    checker = _checker_of(tmp_path, _one_source(
        "Rail punctuality", "Punctuality at Orla Rail fell to 81.2% in 2024, from 86.5% in 2022.",
        "Ashby Town finished the 2024 season with 61 points, 12 more than in 2023."))
    _expect(checker, {
        "Punctuality at Orla Rail fell by 5.3 points from 2022 to 2024.": "supported",
        "Punctuality at Orla Rail fell by 4 points from 2022 to 2024.": "conflicting",
        "Punctuality at Orla Rail fell by 5.3 points from 2022 to 2025.": "conflicting",
        "Punctuality at Orla Rail fell by 5.3 points from 2021 to 2024.": "conflicting",
        "Ashby Town finished the 2024 season with 61 points.": "supported",
    })


def test_a_count_of_one_alternative_may_be_part_of_a_count_of_either(tmp_path):
    """"Nine rated outstanding" may be some of "14 rated good or outstanding": fewer is no
    contradiction, more is; the same alternatives are compared as they are."""
    checker = _checker_of(tmp_path, _one_source(
        "School ratings", "In 2024, 14 of Kelby's 20 primary schools were rated good or outstanding by inspectors."))
    _expect(checker, {
        "Nine of Kelby's primary schools were rated outstanding by inspectors in 2024.": "unverified",
        "Seventeen of Kelby's primary schools were rated outstanding by inspectors in 2024.": "conflicting",
        "Eleven of Kelby's primary schools were rated good or outstanding by inspectors in 2024.": "conflicting",
        "Fourteen of Kelby's primary schools were rated good or outstanding by inspectors in 2024.": "supported",
    })


def test_shares_of_wholes_the_claim_tells_apart_are_not_compared(tmp_path):
    """"One in four private tenants" is no share of the claim's "one in 10 homes advertised", where
    the claim speaks of private tenants too; a share of homes is compared."""
    checker = _checker_of(tmp_path, _one_source(
        "Rents", "The Ashby Tenants' Union said the housing benefit that helps private tenants pay their rent now covers "
        "the rent of only one in 10 homes advertised in Ashby."))
    _expect(checker, {
        "One in four private tenants in Ashby is behind with the rent, the Ashby Tenants' Union said.": "unverified",
        "Housing benefit now covers the rent of only one in four homes advertised in Ashby, the Ashby Tenants' Union said.": "conflicting",
    })


def test_periods_of_another_length_to_the_same_date_differ(tmp_path):
    """"The three months to March 2025" ends where "the year to March 2025" does, but is another period:
    the same figure for it contradicts; "the year to the end of March 2025" and "the 12 months to 31
    March 2025" are the claim's year."""
    checker = _checker_of(tmp_path, _one_source(
        "Bus results", "Wolds Buses carried 38.5 million passengers in the year to 31 March 2025."))
    _expect(checker, {
        "Wolds Buses carried 38.5 million passengers in the three months to March 2025.": "conflicting",
        "Wolds Buses carried 38.5 million passengers in the year to the end of March 2025.": "supported",
        "Wolds Buses carried 38.5 million passengers in the 12 months to 31 March 2025.": "supported",
    })


def test_a_count_of_what_was_added_is_set_against_the_claims_addition(tmp_path):
    """"Two extra buses" counts what was added: the claim's "has ordered two more" is its figure, not
    the 30 the fleet holds; "more than half" is a bound, not an addition."""
    checker = _checker_of(tmp_path, _one_source(
        "Bus fleet", "Tarnside Buses runs 30 electric buses and has ordered two more, which are due to arrive in May 2026."))
    _expect(checker, {
        "Tarnside Buses' two extra electric buses are due to arrive in May 2026.": "supported",
        "Tarnside Buses' four extra electric buses are due to arrive in May 2026.": "conflicting",
        "Tarnside Buses runs 30 electric buses.": "supported",
    })
    assert "claim: 2" in checker.check("Tarnside Buses' four extra electric buses are due to arrive in May 2026.").reason


def test_review_29_alternatives_points_spans_and_wholes(tmp_path):
    """Review 29's counter-cases: an "or" of another figure's phrase is not this figure's alternatives,
    "at least good" is either alternative; "points" beside one share among scores stay the scores';
    a span told with no figure is no span of the claim's readings; "homes advertised" and
    "properties advertised" are one whole."""
    checker = _checker_of(tmp_path, _one_source(
        "Misc", "Ofsted rated 41 of the Kelby Learning Trust's 52 schools good or outstanding.",
        "Dunmore Rovers scored 79 goals in the 2024-25 season, 17 of them from penalties or free kicks.",
        "Average reading scores at Kelby's schools fell to 498 in 2024 from 505 in 2023, while 62 per cent of pupils met the expected standard.",
        "Support for the Harbour Party rose to 29 per cent in June 2025, from 25 per cent in May 2025.",
        "Only one in 12 homes advertised for rent in Kelby was affordable, a survey of 3,000 properties found."))
    _expect(checker, {
        "Ofsted rated 38 of the Kelby Learning Trust's 52 schools at least good.": "conflicting",
        "Ofsted rated 30 of the Kelby Learning Trust's 52 schools outstanding.": "unverified",
        "Dunmore Rovers scored 75 goals in the 2024-25 season, a dozen of them from penalties.": "conflicting",
        "Average reading scores at Kelby's schools fell by seven points in 2024.": "supported",
        "Support for the Harbour Party rose steadily from January to June 2025.": "unverified",
        "Only one in five properties advertised for rent in Kelby was affordable.": "conflicting",
        "Support for the Harbour Party rose by 6 points from May to June 2025.": "conflicting",
    })


def test_those_killed_are_the_deaths(tmp_path):
    """Being killed is dying: "caused three deaths" counts the patients killed."""
    checker = _checker_of(tmp_path, _one_source(
        "Lift failure", "Two patients were killed when a lift failed at Kelby General Hospital in March 2025."))
    _expect(checker, {
        "The lift failure at Kelby General Hospital in March 2025 caused two deaths.": "supported",
        "The lift failure at Kelby General Hospital in March 2025 caused three deaths.": "conflicting",
    })


def test_seasons_written_as_split_years_are_compared_as_years(tmp_path):
    """"The 2009–10 season" against "the 2008–09 season": two seasons, however the years are joined
    (the second year was read as a count, 10 against 9, and nothing was settled)."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby Rovers", "Kelby Rovers won the league title in the 2008–09 season.", "In 2011–12, Kelby Rovers were relegated."))
    _expect(checker, {
        "Kelby Rovers won the league title in the 2009–10 season.": "conflicting",
        "Kelby Rovers were relegated in the 2012–13 season.": "conflicting",
        "Kelby Rovers were relegated in the 2011–12 season.": "supported",
    })


def _encyclopedia_entry(title: str, text: str) -> str:
    return (f"sources:\n  - {{id: s, title: {json.dumps(title)}, outlet: Wikipedia}}\nclaims:\n"
            f"  - {{id: c1, source: s, quote: {json.dumps(text)}, text: {json.dumps(text)}}}\n")


def test_an_encyclopedia_lead_gives_birth_and_death_in_brackets(tmp_path):
    """"Edmund Harte (3 May 1790 – 12 June 1851) was ...": the first date is his birth, the second his
    death, and the lead names the article's subject ("Edmund Harte of Kelby" is the same man); another
    person's life dates say nothing of when the statement's person was born."""
    checker = _checker_of(tmp_path, _encyclopedia_entry(
        "Edmund Harte of Kelby", "Edmund Harte (3 May 1790 – 12 June 1851), also known as the Kelby Poet, was an English poet and engraver."))
    _expect(checker, {
        "Edmund Harte of Kelby was born in 1790.": "supported",
        "Edmund Harte of Kelby was born after 1795.": "conflicting",
        "Edmund Harte died in 1851.": "supported",
        "Edmund Harte died in 1860.": "conflicting",
        "Edmund Harte of Kelby was an English poet.": "supported",
        "Mary Dunne was born on 3 May 1795.": "unverified",
    })


def test_a_lead_that_names_its_subject_in_full_is_about_the_title(tmp_path):
    """"Cecily Anne Marsh, Lady Ferrand (née Hope; 2 March 1820 – 9 April 1879)" under "Cecily Ferrand":
    the title's words are the lead's name."""
    checker = _checker_of(tmp_path, _encyclopedia_entry(
        "Cecily Ferrand", "Cecily Anne Marsh, Lady Ferrand (née Hope; 2 March 1820 – 9 April 1879) was an English botanist and illustrator."))
    _expect(checker, {
        "Cecily Ferrand was an English botanist.": "supported",
        "Cecily Ferrand was born in 1820.": "supported",
        "Cecily Ferrand died in 1885.": "conflicting",
    })


def test_review_30_deaths_of_a_wider_scope_parts_and_asides(tmp_path):
    """Deaths told of a wider place, time or cause may count more than one event's dead; "17 of them
    from penalties" is the part "12 goals from penalties" is set against; an aside between a figure
    and its alternatives does not hide them."""
    checker = _checker_of(tmp_path, _one_source(
        "Misc", "Two students died in a fire at Fenwick Hall, an Ashcombe University residence, in November 2024.",
        "Harton United scored 79 goals in 46 league games in 2024-25, 17 of them from penalties or free kicks.",
        "Inspectors rated 16 of the 20 care homes in Fenmoor, most of them run by the council, good or outstanding in 2024."))
    _expect(checker, {
        "There were three deaths at Ashcombe University's halls of residence in 2024.": "unverified",
        "There were three deaths in the fire at Fenwick Hall in November 2024.": "conflicting",
        "Harton United scored 12 goals from penalties in 2024-25.": "unverified",
        "Harton United scored 20 goals from penalties in 2024-25.": "conflicting",
        "Inspectors rated 10 of the 20 care homes in Fenmoor outstanding in 2024.": "unverified",
        "Inspectors rated 18 of the 20 care homes in Fenmoor good or outstanding in 2024.": "conflicting",
    })


def test_review_31_occasions_life_dates_and_parts(tmp_path):
    """Review 31's counter-cases: a death's occasion is any word of the phrase after the verb ("after
    contracting norovirus", "killed and 23 seriously injured in crashes"); life dates are the lead
    name's own bracket's, not a relative's or an office's; "31 of them from penalties" is no count of
    "31 goals in 410 games"; a statement's own clause after a comma tells no alternative."""
    checker = _checker_of(tmp_path, _one_source(
        "Misc", "Three patients on Ward 9 at Kelby General Hospital died after contracting norovirus in January 2025.",
        "Five people were killed and 23 seriously injured in crashes on the A614 in 2024.",
        "Tom Ashdown scored 212 goals in 410 games for Kelby Rovers, 31 of them from penalties.",
        "Kelby Rovers played 46 league games in 2023–24, winning 24 of them.",
        "Ofsted rated 41 of the Kelby Learning Trust's 52 schools good or outstanding."))
    _expect(checker, {
        "There were five deaths on Ward 9 at Kelby General Hospital after a norovirus outbreak in January 2025.": "conflicting",
        "There were seven deaths in crashes on the A614 in 2024.": "conflicting",
        "Tom Ashdown scored 31 goals in 410 games.": "conflicting",
        "Tom Ashdown scored 31 goals from penalties for Kelby Rovers.": "supported",
        "Kelby Rovers won 24 league games in 2023–24.": "supported",
        "Ofsted inspected 38 of the Kelby Learning Trust's schools in 2024, rating most of them good.": "conflicting",
    })
    relatives = _checker_of(tmp_path, _encyclopedia_entry(
        "Aldric II of Kelby", "Aldric II's son Oswin III (1365 – 1420) succeeded him in 1391 and ruled Kelby for 29 years."))
    for statement in ("Aldric II was born in 1365.", "Aldric II died in 1420."):  # the son's dates are not his
        assert relatives.check(statement).verdict.value != "supported", statement
    office = _checker_of(tmp_path, _encyclopedia_entry(
        "Harold Quill", "Harold Quill (MP for Kelby 1950–1964) was a British politician and farmer."))
    _expect(office, {"Harold Quill was born in 1950.": "unverified", "Harold Quill was a British politician.": "supported"})
    marked = _checker_of(tmp_path, _encyclopedia_entry(
        "Isambard Crane", "Isambard Crane (born 1850 in Dunmore; died 1921) was an English engineer."))
    _expect(marked, {"Isambard Crane was born in 1921.": "conflicting", "Isambard Crane died in 1921.": "supported",
                     "Isambard Crane was born in 1850.": "supported"})


def test_life_dates_before_1800_and_told_circa(tmp_path):
    """"(1701 – 1770)" gives years though no preposition introduces them; "c. 1540" is about then."""
    checker = _checker_of(tmp_path, _encyclopedia_entry(
        "Tobias Rowe (poet)", "Tobias Rowe (c. 1540 – 1597) was an English poet and courtier."))
    _expect(checker, {
        "Tobias Rowe died in 1597.": "supported",
        "Tobias Rowe died in 1601.": "conflicting",
        "Tobias Rowe was born in 1542.": "unverified",
        "Tobias Rowe was born in 1560.": "conflicting",
    })


def test_review_32_parts_set_apart_by_names_occasions_and_lead_names(tmp_path):
    """Review 32's counter-cases: a part set apart by a name ("12 of them in Japan") is the statement's
    when the statement names it; a whole's own words ("74 league goals") do not set its part apart;
    deaths "in house fires" are not all "fire deaths"; an ordinal or a nickname may stand between the
    lead's name and its life dates."""
    checker = _checker_of(tmp_path, _one_source(
        "Misc", "Twelve people died in house fires in Dunmore in 2024.",
        "Priya Lanham ran 41 marathons in 14 countries, 12 of them in Japan.",
        "Harwell City scored 74 league goals in 2024–25, 11 of them from penalties."))
    _expect(checker, {
        "There were 20 fire deaths in Dunmore in 2024.": "unverified",
        "There were 15 deaths in house fires in Dunmore in 2024.": "conflicting",
        "Priya Lanham ran 12 marathons in Japan.": "supported",
        "Harwell City scored 11 league goals in 2024–25.": "conflicting",
        "Harwell City scored 11 goals from penalties in 2024–25.": "supported",
    })
    earl = _checker_of(tmp_path, _encyclopedia_entry(
        "Edward Hale, 1st Earl of Kelby", "Edward Hale, 1st Earl of Kelby (4 May 1790 – 2 June 1861) was a British statesman."))
    _expect(earl, {"Edward Hale was born in 1790.": "supported", "Edward Hale died in 1790.": "conflicting"})


def test_review_33_occasions_named_as_known_and_years_that_are_counts(tmp_path):
    """Review 33's counter-cases: an event a statement names as known ("The pile-up near Carrow ...
    caused nine deaths") is the claim's where it names any of its words, a count of its own must name
    them all; plural nouns that may be verbs ("avalanches") are the occasion's nouns; "1,800 people at
    12 sites, 450 of them in Tarnby" says no "Tarnby Foods employs 450 people"."""
    checker = _checker_of(tmp_path, _one_source(
        "Misc", "Nine climbers died in avalanches in the Carrow Hills in 2024.",
        "Seven people died in a motorway pile-up near Carrow in 2022.",
        "Tarnby Foods employs 1,800 people at 12 sites, 450 of them in Tarnby."))
    _expect(checker, {
        "There were 12 deaths in the Carrow Hills in 2024.": "unverified",
        "There were 12 deaths in avalanches in the Carrow Hills in 2024.": "conflicting",
        "The pile-up near Carrow in 2022 caused nine deaths.": "conflicting",
        "Tarnby Foods employs 450 people.": "conflicting",
        "Tarnby Foods employs 450 people in Tarnby.": "supported",
    })


def test_a_date_the_claim_base_gives_without_a_year_takes_the_year_of_its_article(tmp_path):
    """A base may record "on 2 March" as --03-02, as the article writes it; the article's date gives
    it its year, as it does when the date is read from the claim's text."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Ferrow library opens, published: '2023-03-10'}\n"
        "claims:\n  - {id: c1, source: s, quote: The Ferrow Library Trust opened the new library on 2 March.,"
        " text: The Ferrow Library Trust opened the new library on 2 March.,"
        " dates: [{date: '--03-02', relation: 'on', text: '2 March'}]}\n"))
    _expect(checker, {
        "The Ferrow Library Trust opened the new library on 2 March 2023.": "supported",
        "The Ferrow Library Trust opened the new library in 2023.": "supported",
        "The Ferrow Library Trust opened the new library in 2019.": "conflicting",
        "The Ferrow Library Trust opened the new library on 2 March 2021.": "conflicting",
    })


def test_a_claim_that_contradicts_one_value_settles_none_of_the_others(tmp_path):
    """Two claims of one scheme, each against one of the statement's values: the timetable gives its
    30 arrays and another year, the grid operator's report other arrays and a year that fits. Each
    would set the other's contradiction aside as "another figure"; neither may, and the wrong year
    stands."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Selby Marsh solar farm approved, published: '2025-06-02'}\n"
        "claims:\n"
        "  - {id: timetable, source: s, quote: q, text: 'Work on the Selby Marsh solar farm is due to begin in May 2026;"
        " the first 30 panel arrays should be ready by the end of 2028.'}\n"
        "  - {id: grid, source: s, quote: q, negated: true, text: 'Northgrid welcomed the plan for 95 panel arrays at"
        " Selby Marsh, but said only 60 of them would have batteries and that none would be ready before 2028.'}\n"))
    _expect(checker, {
        "The first 30 panel arrays at Selby Marsh should be ready by the end of 2027.": "conflicting",
        "The first 30 panel arrays at Selby Marsh should be ready by the end of 2028.": "supported",
    })


def test_a_count_of_the_first_or_the_remaining_things_is_part_of_the_whole(tmp_path):
    """"The first 80 beds", "the remaining 240 beds" and "the last 60 beds" pick some of a hospital's
    beds out by their place in the group: no count of all its beds contradicts them, while a part
    larger than the whole, or another count of the same part, still does."""
    checker = _checker_of(tmp_path, _one_source(
        "Corvale hospital plans", "The new Corvale hospital will have 320 beds when it is finished in 2029.",
        "The first 80 beds at the new Corvale hospital should open in the spring of 2027."))
    _expect(checker, {
        "The remaining 240 beds at the new Corvale hospital will open by 2029.": "unverified",
        "The last 60 beds at the new Corvale hospital will open in 2029.": "unverified",
        "The first 100 beds at the new Corvale hospital should open in 2027.": "conflicting",
        "The new Corvale hospital will have 280 beds.": "conflicting",
        "Ninety beds at the new Corvale hospital should open in the spring of 2027.": "conflicting",
        "The first 80 beds at the new Corvale hospital should open in 2027.": "supported",
    })


def test_a_figure_told_a_year_earlier_is_dated_a_year_before_the_claims_date(tmp_path):
    """"96,000 in 2024, up from 81,000 a year earlier": the 81,000 are 2023's, and "the year before" a
    period gives the same period a year back, also where the base gives the claim's dates; a
    comparison's baseline ("rose by 15,000 compared with a year earlier") is still worked out."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Harlow Playhouse has a record year, published: '2025-02-01'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: q, text: 'Ticket sales at the Harlow Playhouse reached 96,000 in 2024, up from"
        " 81,000 a year earlier.'}\n"
        "  - {id: c2, source: s, quote: q, text: 'The Ferrow Gallery had 412,000 visitors in the year to March 2025, up"
        " from 365,000 the year before.', dates: [{date: '2025-03', relation: to, text: March 2025}]}\n"))
    _expect(checker, {
        "Ticket sales at the Harlow Playhouse were 81,000 in 2023.": "supported",
        "Ticket sales at the Harlow Playhouse were 85,000 in 2023.": "conflicting",
        "Ticket sales at the Harlow Playhouse were 96,000 in 2023.": "conflicting",
        "Ticket sales at the Harlow Playhouse were 96,000 in 2024.": "supported",
        "Ticket sales at the Harlow Playhouse rose by 15,000 in 2024 compared with a year earlier.": "supported",
        "The Ferrow Gallery had 365,000 visitors in the year to March 2024.": "supported",
        "The Ferrow Gallery had 365,000 visitors in the year to March 2025.": "conflicting",
    })


def test_a_date_a_claim_counts_back_dates_only_the_figure_beside_it(tmp_path):
    """"64,800 at the end of January 2025, up from 58,200 a year earlier": January 2024 is when the
    list stood at 58,200, not at 64,800."""
    checker = _checker_of(tmp_path, _one_source(
        "Ward waiting list", "The Tarnby Trust's waiting list stood at 9,400 at the end of June 2025, up from 8,100 a year earlier."))
    _expect(checker, {
        "At the end of June 2024, the Tarnby Trust's waiting list stood at 9,400.": "conflicting",
        "At the end of June 2024, the Tarnby Trust's waiting list stood at 8,100.": "supported",
    })


def test_a_change_is_not_dated_by_the_reading_it_came_from(tmp_path):
    """"2,640 families at the end of May 2025, up 20 per cent from 2,200 a year earlier": the 20 per
    cent is the year to May 2025's change, though only the earlier reading has its date beside it."""
    checker = _checker_of(tmp_path, _one_source(
        "Food bank demand", "The Orrin food bank fed 2,640 families across the district at the end of May 2025, up 20 per cent"
        " from 2,200 a year earlier."))
    _expect(checker, {
        "The number of families the Orrin food bank fed rose by 12 per cent in the year to May 2025.": "conflicting",
        "The number of families the Orrin food bank fed rose by 20 per cent in the year to May 2025.": "supported",
        "The Orrin food bank fed 2,200 families at the end of May 2024.": "supported",
    })


def test_a_year_earlier_after_two_years_is_counted_from_neither(tmp_path):
    """"5,200 in 2024 from 3,900 in 2022, and 4,600 a year earlier": a year before which? Neither is
    taken, so no year is given to the 4,600 to support or contradict."""
    checker = _checker_of(tmp_path, _one_source(
        "Food bank demand", "The number of families the Hollin food bank helps grew to 5,200 in 2024 from 3,900 in 2022,"
        " and stood at 4,600 a year earlier."))
    _expect(checker, {
        "The Hollin food bank helped 4,600 families in 2021.": "unverified",
        "The Hollin food bank helped 3,900 families in 2022.": "supported",
    })


def test_a_figure_of_the_year_to_a_month_is_not_that_calendar_years(tmp_path):
    """"£6.4 million in the year to April 2025" is counted from May 2024: it supports no figure of
    2025, while the year to December is the calendar year; and the year to June is no first half,
    which the six months to June are."""
    checker = _checker_of(tmp_path, _one_source(
        "Theatre accounts", "The Orrin Playhouse took £6.4 million at the box office in the year to April 2025.",
        "The Kelby Museum had 212,000 visitors in the 12 months to December 2024.",
        "Skerry Air carried 410,000 passengers in the year to June 2025.",
        "Skerry Air made a profit of £3.2 million in the six months to June 2025."))
    _expect(checker, {
        "Skerry Air carried 410,000 passengers in the first half of 2025.": "unverified",
        "Skerry Air made a profit of £3.2 million in the first half of 2025.": "supported",
        "The Orrin Playhouse took £6.4 million at the box office in 2025.": "unverified",
        "The Orrin Playhouse took £6.4 million at the box office in the year to April 2025.": "supported",
        "The Kelby Museum had 212,000 visitors in 2024.": "supported",
    })


def test_a_share_of_another_whole_is_no_answer_where_the_claim_gives_the_statements_whole(tmp_path):
    """"A third of its nurses ..., while a fifth of its beds ...": "a third of its beds" meets the
    claim's third, but that third is of nurses; the claim's share of beds is a fifth."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin hospital figures", "A third of Corrin General Hospital's nurses were agency staff in 2024, while a fifth of"
        " its beds were in new wards."))
    _expect(checker, {
        "A third of Corrin General Hospital's beds were in new wards in 2024.": "conflicting",
        "A fifth of Corrin General Hospital's beds were in new wards in 2024.": "supported",
        "A third of Corrin General Hospital's nurses were agency staff in 2024.": "supported",
    })


def test_a_financial_year_is_not_the_calendar_year_it_starts_in(tmp_path):
    """"Cut 31 routes in 2024" says nothing of the year 2024-25, most of which lies in 2025; the
    reason shows a split year and a figure in millions as a reader writes them."""
    checker = _checker_of(tmp_path, _one_source(
        "Wexby Buses", "Wexby Buses cut 31 routes in 2024.", "Wexby Buses carried 8.2 million passengers in 2023-24."))
    _expect(checker, {
        "Wexby Buses cut 31 routes in 2024-25.": "unverified",
        "Wexby Buses cut 31 routes in 2024.": "supported",
        "Wexby Buses carried 8.2 million passengers in 2023-24.": "supported",
        "Wexby Buses carried 8.2 million passengers in 2022-23.": "conflicting",
    })
    reason = checker.check("Wexby Buses carried 8.2 million passengers in 2022-23.").reason
    assert "2022-23" in reason and "2023-24" in reason, reason
    assert "8,200,000 passengers" in checker.check("Wexby Buses carried 8.2 million passengers in 2023-24.").reason


def test_an_encyclopedia_lead_gives_a_bodys_founding_and_end_in_brackets(tmp_path):
    """"Carrow Rovers F.C. (1894–1971) was a football club": founded in 1894, dissolved in 1971, told in
    the passive of the club itself; a person who founded something was not born then."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Carrow Rovers F.C., outlet: Wikipedia}\n"
        "  - {id: t, title: Ellen Marsh, outlet: Wikipedia}\nclaims:\n"
        "  - {id: c1, source: s, quote: q, text: 'Carrow Rovers F.C. (1894–1971) was a football club based in Carrow.'}\n"
        "  - {id: c2, source: t, quote: q, text: 'Ellen Marsh (1861–1930) was an English headmistress who founded Carrow"
        " High School in 1899.'}\n"))
    _expect(checker, {
        "Carrow Rovers F.C. was founded in 1894.": "supported",
        "Carrow Rovers F.C. was founded in 1971.": "conflicting",
        "Carrow Rovers F.C. was dissolved in 1971.": "supported",
        "Carrow Rovers F.C. was dissolved in 1894.": "conflicting",
        "Ellen Marsh founded Carrow High School in 1899.": "supported",
        "Ellen Marsh was born in 1861.": "supported",
    })


def test_a_counted_period_and_a_calendar_year_are_compared_as_periods(tmp_path):
    """The 12 months to December 2024 are 2024 whichever side says which; the year to March 2025 lies
    mostly in 2024 but is not it, so neither supports nor contradicts a figure of 2024; a split year is
    not its first calendar year, however the figure agrees; and a year before "2024-25" is 2023-24."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby Museum", "In 2024 the Kelby Museum had 212,000 visitors.", "In 2024-25 the Kelby Museum raised £1.2 million in"
        " donations, up from £0.9 million the year before."))
    _expect(checker, {
        "The Kelby Museum had 212,000 visitors in the 12 months to December 2024.": "supported",
        "The Kelby Museum had 212,000 visitors in the year to March 2025.": "unverified",
        "The Kelby Museum had 212,000 visitors in the year to March 2026.": "conflicting",
        "The Kelby Museum raised £1.2 million in donations in 2024.": "unverified",
        "The Kelby Museum raised £1.2 million in donations in 2024-25, up from £0.9 million the year before.": "supported",
    })


def test_a_split_year_is_neither_calendar_year_it_spans(tmp_path):
    """"A fifth of its supply in 2024-25" is no figure of 2025 either; a split year written out in full
    ("1999–2000") is still one year, not 1999-00 and a year 2000 besides."""
    checker = _checker_of(tmp_path, _one_source(
        "Carrow Water", "Leaks cost Carrow Water a fifth of its supply in 2024-25.",
        "Carrow Water made a profit of £212 million in 1999–2000."))
    _expect(checker, {
        "Leaks cost Carrow Water a fifth of its supply in 2025.": "unverified",
        "Leaks cost Carrow Water a fifth of its supply in 2024-25.": "supported",
        "Carrow Water made a profit of £212 million in 1999–2000.": "supported",
    })


def test_shares_of_one_whole_that_go_on_different_things_are_told_apart(tmp_path):
    """"A tenth of its budget on agency staff, and a fifth of its budget on drugs": a fifth on agency
    staff contradicts the claim's tenth, not matches its fifth on drugs; a share for something the claim
    gives no share of is no match for its share of another thing."""
    checker = _checker_of(tmp_path, _one_source(
        "Trust accounts", "The Orrin Trust spent a tenth of its budget on agency staff in 2024-25, and a fifth of its"
        " budget on drugs.", "The Wexby council spent a quarter of its budget on social care in 2024 and more on roads"
        " than in 2023."))
    _expect(checker, {
        "The Orrin Trust spent a fifth of its budget on agency staff in 2024-25.": "conflicting",
        "The Orrin Trust spent a tenth of its budget on drugs in 2024-25.": "conflicting",
        "The Orrin Trust spent a tenth of its budget on agency staff in 2024-25.": "supported",
        "The Orrin Trust spent a fifth of its budget on drugs in 2024-25.": "supported",
        "The Wexby council spent a quarter of its budget on roads in 2024.": "unverified",
        "The Wexby council spent a quarter of its budget on social care in 2024.": "supported",
    })


def test_a_lead_that_opens_with_the_names_a_body_whose_bracket_gives_its_years(tmp_path):
    """"The Tarnmoor Mining Company (1837–1902) was ..." opens with its name too: formed in 1837,
    dissolved in 1902; a thing whose name takes "the" is not born."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Tarnmoor Mining Company, outlet: Wikipedia}\n"
        "  - {id: t, title: Kelby Festival, outlet: Wikipedia}\nclaims:\n"
        "  - {id: c1, source: s, quote: q, text: 'The Tarnmoor Mining Company (1837–1902) was a tin mining firm in Wexshire.'}\n"
        "  - {id: c2, source: t, quote: q, text: 'The Kelby Festival (1990–2012) was a music festival held in Kelby.'}\n"))
    _expect(checker, {
        "The Tarnmoor Mining Company was formed in 1837.": "supported",
        "The Tarnmoor Mining Company was dissolved in 1902.": "supported",
        "The Tarnmoor Mining Company was dissolved in 1890.": "conflicting",
        "The Kelby Festival was born in 1990.": "unverified",
    })


def test_a_leads_bracket_dates_tell_nothing_of_another_act(tmp_path):
    """The bracket after a lead's name gives when its subject was born or founded and died or was
    wound up; a statement of another act in another year is neither supported nor contradicted by it."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Kestrel Motors Ltd, outlet: Wikipedia}\n"
        "  - {id: t, title: Harold Pym, outlet: Wikipedia}\nclaims:\n"
        "  - {id: c1, source: s, quote: q, text: 'Kestrel Motors Ltd (1921–1968) was a British car maker based in Kelby.'}\n"
        "  - {id: c2, source: t, quote: q, text: 'Harold Pym (1880–1944) was an English architect who founded the Pym"
        " Society in 1912.'}\n"))
    _expect(checker, {
        "Kestrel Motors Ltd founded a racing team in 1935.": "unverified",
        "Kestrel Motors Ltd was founded in 1921.": "supported",
        "Kestrel Motors Ltd was dissolved in 1960.": "conflicting",
        "Harold Pym designed Kelby Town Hall in 1910.": "unverified",
        "Harold Pym died in 1944.": "supported",
        "Harold Pym founded the Pym Society in 1912.": "supported",
    })


def test_a_run_told_with_a_or_an_is_compared_by_its_count(tmp_path):
    """"A sixth successive title" against "a fifth successive title": two counts of one run."""
    checker = _checker_of(tmp_path, _one_source("Harrow Rovers", "Harrow Rovers won a sixth successive title in 2024."))
    _expect(checker, {
        "Harrow Rovers won a fifth successive title in 2024.": "conflicting",
        "Harrow Rovers won a sixth consecutive title in 2024.": "supported",
    })


def test_events_named_with_what_they_befall_count_those_things(tmp_path):
    """"Sixty branch closures" are sixty branches closed: an event noun told with the things its act
    befalls before it ("branch closures", "post cuts", "ticket sales") counts one event a thing. Not
    where the things do the act: "3,000 passenger complaints" may be from fewer passengers."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Lenbury Bank results, outlet: Lenbury Gazette, published: '2025-02-20'}\nclaims:\n"
        "  - {id: c1, source: s, quote: q, text: 'Lenbury Bank closed 60 branches in 2024.'}\n"
        "  - {id: c2, source: s, quote: q, text: 'Lenbury Bank received 3,000 complaints from customers in 2024.'}\n"
        "  - {id: c3, source: s, quote: q, text: 'Nine regional directors were dismissed by Lenbury Bank in 2024.'}\n"))
    _expect(checker, {
        "There were 60 branch closures at Lenbury Bank in 2024.": "supported",
        "Lenbury Bank made 75 branch closures in 2024.": "conflicting",
        "There were nine director dismissals at Lenbury Bank in 2024.": "supported",
        "There were 12 director dismissals at Lenbury Bank in 2024.": "conflicting",
        "2,000 customers complained to Lenbury Bank in 2024.": "unverified",
    })


def test_a_bare_figure_counts_only_what_its_claim_names(tmp_path):
    """A claim's bare figure counts what its sentence names ("the queue stood at 4,100"); a
    statement's count of things the claim never names, in words the claim does not use of its
    figure, is another figure ("950 tenants complained"), not a contradiction. A count in the claim's
    own words is still compared ("5,000 people were in the queue")."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Tarnby council services, outlet: Tarnby Courier, published: '2025-04-02'}\nclaims:\n"
        "  - {id: c1, source: s, quote: q, text: 'The queue for council housing in Tarnby stood at 4,100 in March 2025.'}\n"))
    _expect(checker, {
        "950 tenants complained about repairs in Tarnby in March 2025.": "unverified",
        "5,000 people were in the queue for council housing in Tarnby in March 2025.": "conflicting",
        "The queue for council housing in Tarnby stood at 4,800 in March 2025.": "conflicting",
    })


def test_acts_that_befall_one_thing_each_are_at_least_as_many_as_the_things(tmp_path):
    """An exclusion is of one pupil, a fine of one driver: 30 pupils excluded were 30 exclusions or
    more (a pupil may be excluded twice), never 22. One rescue may save several people, so a count of
    rescues says nothing of the people rescued; a person may face several charges."""
    checker = _checker_of(tmp_path, _one_source(
        "Brackley School report", "Brackley School excluded 30 pupils in the 2023-24 school year.",
        "Lifeboat crews from Tarn Head rescued 45 people in 2024.",
        "Police charged eight men after the fight outside the Anchor pub on 2 March 2024."))
    _expect(checker, {
        "There were 30 exclusions at Brackley School in the 2023-24 school year.": "supported",
        "There were 22 exclusions at Brackley School in the 2023-24 school year.": "conflicting",
        "There were 41 exclusions at Brackley School in the 2023-24 school year.": "unverified",
        "Lifeboat crews from Tarn Head carried out 30 rescues in 2024.": "unverified",
        "There were eight charges after the fight outside the Anchor pub on 2 March 2024.": "unverified",
    })


def test_a_count_over_part_of_a_period_may_be_any_share_of_the_whole(tmp_path):
    """The people arrested in the first half of 2024 are some of those arrested in 2024: fewer says
    nothing, more contradicts; the year's count against the year's is compared as ever. A first
    half's loss is not the year's; a sale in August 2024 is a sale of 2024."""
    checker = _checker_of(tmp_path, _one_source(
        "Harbour Police figures", "Harbour Police arrested 120 people in Tarnby in 2024.",
        "The Tarnby ferry made a loss of £1.2 million in the first half of 2024.",
        "The Tarnby ferry's fare income was £3.5 million in the first half of 2024.",
        "Tarnby council sold the old library for £2 million in August 2024."))
    _expect(checker, {
        "The Tarnby ferry made a loss of £1.2 million in 2024.": "unverified",
        # a year's loss may be smaller than its first half's; its takings may not
        "The Tarnby ferry made a loss of £0.8 million in 2024.": "unverified",
        "The Tarnby ferry's fare income was £3 million in 2024.": "conflicting",
        "Tarnby council sold the old library for £2 million in 2024.": "supported",
        "Harbour Police arrested 40 people in Tarnby in the first half of 2024.": "unverified",
        "Harbour Police arrested 35 people in Tarnby in March 2024.": "unverified",
        "Harbour Police arrested 150 people in Tarnby in the first half of 2024.": "conflicting",
        "Harbour Police arrested 100 people in Tarnby in 2024.": "conflicting",
    })


def test_a_word_of_a_name_is_no_verb_of_change(tmp_path):
    """"Fell" in "Harden Fell" (a hill) and "Rose" in "Emily Rose Carter" are words of names, not
    a fall or a rise the claim would have to tell."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby news", "A fire on Harden Fell burned 300 hectares of heather in May 2024.",
        "Emily Rose Carter was elected mayor of Tarnby in 2023."))
    _expect(checker, {
        "A fire burned 300 hectares of heather on Harden Fell in May 2024.": "supported",
        "A fire burned 400 hectares of heather on Harden Fell in May 2024.": "conflicting",
        "Emily Rose Carter was elected mayor of Tarnby in 2023.": "supported",
    })


def test_a_denied_object_denies_the_act(tmp_path):
    """"Received no grants", "arrested nobody" and "nobody was arrested" say the act did not happen,
    as "did not receive any grants" and "made no arrests" do; each against the claim that it did
    happen is a contradiction."""
    checker = _checker_of(tmp_path, _one_source(
        "Fenwick Brewery", "The Fenwick Brewery has not received any council grants.",
        "Police have made no arrests over the break-in at the Fenwick Brewery.",
        "The Tarnby Mill has received two council grants since 2020.",
        "Ellen Marsh said no buyer had made an offer for the Tarnby Mill."))
    _expect(checker, {
        "The Fenwick Brewery has received no council grants.": "supported",
        # the subject of a reported clause is no object of "said"
        "No buyer has made an offer for the Tarnby Mill, Ellen Marsh said.": "supported",
        "Nobody has been arrested over the break-in at the Fenwick Brewery.": "supported",
        "Police have arrested nobody over the break-in at the Fenwick Brewery.": "supported",
        "Police have arrested two men over the break-in at the Fenwick Brewery.": "conflicting",
        "The Tarnby Mill has received no council grants.": "conflicting",
    })


def test_an_act_asked_for_is_not_an_act_done(tmp_path):
    """Directives want another to act and tell nothing of whether they did: "urged the council to
    close Mill Lane" supports no closing; that it was urged is supported. "Called to 40 incidents"
    is no call to act."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby roads", "The Fenwick Residents' Association urged Tarnby council to close Mill Lane to lorries.",
        "Police were called to 40 incidents at the Tarnby Show in July 2024, and seven people were arrested."))
    _expect(checker, {
        "Tarnby council closed Mill Lane to lorries.": "unverified",
        "Tarnby council was urged to close Mill Lane to lorries.": "supported",
        "There were seven arrests at the Tarnby Show in July 2024.": "supported",
    })


def test_a_rate_changed_by_points_is_worked_out_from_its_readings(tmp_path):
    """"The recycling rate ... rose by 6 points" against readings of 44 and 48 per cent: the rate is
    the measure the claim's readings are of, though "rate" only counts; four points agree, six do
    not, and another rate's readings are no answer."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby council figures",
        "The recycling rate in Tarnby was 48 per cent in 2024, up from 44 per cent in 2023.",
        "The sickness rate among Tarnby council staff was 3.1 per cent in 2024, down from 3.5 per cent in 2023."))
    _expect(checker, {
        "The recycling rate in Tarnby rose by 4 points in 2024.": "supported",
        "The recycling rate in Tarnby rose by 6 points in 2024.": "conflicting",
        "The sickness rate among Tarnby council staff fell by 0.4 points in 2024.": "supported",
        "The sickness rate among Tarnby council staff fell by 4 points in 2024.": "conflicting",
    })


def test_a_denied_thing_is_denied_of_its_verb(tmp_path):
    """"No homes were destroyed" denies the destroying: "three homes were destroyed" contradicts it.
    "Received no grants", "had no grants", "did not receive any grants" and "no grants were received"
    are one denial. "Did not win a single seat" denies seats won, not seats taken by another."""
    checker = _checker_of(tmp_path, _one_source(
        "Harden Moor fire", "No homes were destroyed in the Harden Moor fire, but two barns were damaged.",
        "The Tarnby Arts Trust has not received any grants from the Pell Foundation since 2022.",
        "The Greens did not win a single seat in Mill ward.",
        "Labour took three seats from the Greens in Mill and Quay wards."))
    _expect(checker, {
        "Three homes were destroyed in the Harden Moor fire.": "conflicting",
        "Two barns were damaged in the Harden Moor fire.": "supported",
        "The Tarnby Arts Trust has had no grants from the Pell Foundation since 2022.": "supported",
        "The Tarnby Arts Trust has received no grants from the Pell Foundation since 2022.": "supported",
        "No grants have been received by the Tarnby Arts Trust from the Pell Foundation since 2022.": "supported",
        "The Greens did not win a single seat in Mill ward.": "supported",
        "The Greens failed to win any seats in Mill ward.": "supported",
        "The Greens won two seats in Mill ward.": "conflicting",
    })


def test_acts_counted_beside_the_things_they_befell_are_not_those_things(tmp_path):
    """"1,240 suspensions, to 610 pupils": the claim counts the pupils itself, so its count of
    suspensions is no count of pupils suspended."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby Academy Trust report", "The Kelby Academy Trust's schools issued 980 suspensions in 2024, to 450 pupils."))
    _expect(checker, {
        "980 pupils were suspended from the Kelby Academy Trust's schools in 2024.": "conflicting",
        "450 pupils were suspended from the Kelby Academy Trust's schools in 2024.": "supported",
    })


def test_a_part_told_of_its_whole_has_the_wholes_date(tmp_path):
    """"Won 20 of their 38 league matches in the 2024-25 season": the 20 are of 2024-25, as the 38 are."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby Town season", "Tarnby Town won 21 of their 46 league matches in the 2023-24 season."))
    _expect(checker, {
        "Tarnby Town won 21 league matches in the 2023-24 season.": "supported",
        "Tarnby Town won 25 league matches in the 2023-24 season.": "conflicting",
    })


def test_a_verb_after_and_is_not_the_verb_of_the_figure_before(tmp_path):
    """"Seized 30 bikes and arrested three men": the men were arrested, not the bikes."""
    checker = _checker_of(tmp_path, _one_source(
        "Harbour Police", "In a search of a warehouse in Tarnby in June 2024, Harbour Police seized 30 bikes and arrested three men."))
    _expect(checker, {
        "Harbour Police made three arrests in a search of a warehouse in Tarnby in June 2024.": "supported",
        "Harbour Police made two arrests in a search of a warehouse in Tarnby in June 2024.": "conflicting",
        "Harbour Police made 30 arrests in a search of a warehouse in Tarnby in June 2024.": "unverified",
    })


def test_one_thing_told_as_what_happened_is_a_count(tmp_path):
    """"One firefighter was treated in hospital" counts one firefighter; "one of the" and "one
    company cannot" count nothing. A bound met by a count of something else ("fewer than 100
    firefighters" by the one treated) is no answer to the claim, closer to the statement, that
    contradicts it."""
    checker = _checker_of(tmp_path, _one_source(
        "Harden Moor fire", "One firefighter who fought the Harden Moor fire was treated in hospital for heat exhaustion.",
        "At its height, more than 120 firefighters were fighting the Harden Moor fire."))
    _expect(checker, {
        "Two firefighters were treated in hospital after the Harden Moor fire.": "conflicting",
        "One firefighter was treated in hospital after the Harden Moor fire.": "supported",
        "Fewer than 100 firefighters were fighting the blaze at its height.": "conflicting",
    })


def test_a_denial_whose_subject_is_named_denies_its_verb(tmp_path):
    """"No Tarnby Academy pupil was excluded" and "No pupil at Tarnby Academy was excluded" deny the
    excluding as "No pupil was excluded" does, whichever of them the claim's quote and text use."""
    base = ("sources:\n  - {id: s, title: Tarnby Academy report, published: '2025-02-01'}\nclaims:\n"
            "  - {id: c1, source: s, quote: 'No pupil was excluded.', text: 'No Tarnby Academy pupil was excluded in 2024.'}\n")
    checker = _checker_of(tmp_path, base)
    _expect(checker, {
        "No Tarnby Academy pupil was excluded in 2024.": "supported",
        "No pupil at Tarnby Academy was excluded in 2024.": "supported",
        "Two Tarnby Academy pupils were excluded in 2024.": "conflicting",
    })


def test_a_bare_figure_confirms_no_count_of_other_things(tmp_path):
    """"Average home attendance rose to 2,300" is no count of members, though another claim of the
    same article names the members; the attendance of 2,300 is still supported."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby Rovers season", "Tarnby Rovers average home attendance rose to 2,300 in the 2024-25 season.",
        "Tarnby Rovers members voted to build a new stand in the 2024-25 season."))
    _expect(checker, {
        "Tarnby Rovers had 2,300 members in the 2024-25 season.": "unverified",
        "Tarnby Rovers average home attendance was 2,300 in the 2024-25 season.": "supported",
    })


def test_a_sentences_first_word_does_no_act(tmp_path):
    """"Average attendance at Harden Park fell": the attendance fell, not "Average" (a capitalised first
    word, read as a name); against "rose", it is a contradiction."""
    checker = _checker_of(tmp_path, _one_source(
        "Harden Rovers season", "Average home attendance at Harden Rovers' ground, Harden Park, rose to 3,900 in 2024-25."))
    _expect(checker, {
        "Average home attendance at Harden Park fell in 2024-25.": "conflicting",
        "Average home attendance at Harden Park rose in 2024-25.": "supported",
    })


def test_a_sentences_one_date_dates_its_one_act(tmp_path):
    """"Tarnby recycled 41.5 per cent of its household waste in 2024": the one date dates the one act,
    though "waste" is a noun of a verb's family; the claim's earlier reading (2023's 41.5 per cent)
    is no figure of 2024."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby waste", "Tarnby council collected 52,000 tonnes of household waste in 2024, and 44.1 per cent of it"
        " was recycled, up from 41.5 per cent in 2023."))
    _expect(checker, {
        "Tarnby recycled 41.5 per cent of its household waste in 2024.": "conflicting",
        "Tarnby recycled 41.5 per cent of its household waste in 2023.": "supported",
    })


def test_a_part_told_after_of_which_has_its_wholes_date(tmp_path):
    """"Income was £212 million in 2024-25, of which grants made up £48 million": the £48 million
    are 2024-25's too, the statement's figure for grants, not the total's contradiction."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby College accounts", "Tarnby College's income was £212 million in 2024-25, of which grants made up £48 million."))
    _expect(checker, {
        "Grants made up £48 million of Tarnby College's income in 2024-25.": "supported",
        "Tarnby College's income was £212 million in 2024-25.": "supported",
    })


def test_a_support_verb_says_no_more_than_its_event_noun(tmp_path):
    """"Made 35 drug seizures" tells what "seized drugs 35 times" does, "the blaze caused three deaths"
    what "three people died in the blaze" does, "has made 90 job cuts" what "has cut 90 jobs" does:
    the verb only says the event was done or brought about. A cause the claim does not give stays
    unsaid, and so does a verb whose subject undergoes the event ("suffered 35 seizures")."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin news", "Corrin Police seized 35 shotguns in 2024.",
        "Three people died in the blaze at the Corrin paper mill in June 2024.",
        "The Corrin Weaving Company has cut 90 jobs at its Mill Lane works."))
    _expect(checker, {
        "Corrin Police made 35 shotgun seizures in 2024.": "supported",
        "Corrin Police made 48 shotgun seizures in 2024.": "conflicting",
        "The blaze at the Corrin paper mill in June 2024 caused three deaths.": "supported",
        "The blaze at the Corrin paper mill in June 2024 led to three deaths.": "supported",
        "The blaze at the Corrin paper mill in June 2024 caused five deaths.": "conflicting",
        "A flood at the Corrin paper mill in June 2024 caused three deaths.": "unverified",
        "Corrin Police suffered 35 shotgun seizures in 2024.": "unverified",  # seizures undergone, not made
        "The Corrin Weaving Company has made 90 job cuts at its Mill Lane works.": "supported",
        "The Corrin Weaving Company has made 120 job cuts at its Mill Lane works.": "conflicting",
    })


def test_a_plural_after_a_counted_noun_is_that_nouns_head(tmp_path):
    """"120 job cuts", "18 store closures": after a figure and a noun, a word in -s is the compound's
    head, not a verb (a plural subject takes no verb in -s); "Corrin Council plans" still reads as a verb."""
    from claimcheck.analysis import Analyzer
    analyzer = Analyzer()
    cuts = analyzer.analyze("The mill announced 120 job cuts on Monday.")
    assert not cuts.verbal(next(i for i, t in enumerate(cuts.tokens) if t.lower == "cuts"))
    plans = analyzer.analyze("Corrin Council plans 18 store closures.")
    assert plans.verbal(next(i for i, t in enumerate(plans.tokens) if t.lower == "plans"))
    assert not plans.verbal(next(i for i, t in enumerate(plans.tokens) if t.lower == "closures"))


def test_a_whole_periods_figure_settles_nothing_of_its_part(tmp_path):
    """Fifty-two arrests in 2024 say nothing of how many there were in its first half; a claim that
    gives the first half's 30 contradicts "52 arrests in the first half of 2024"."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin Police figures", "Corrin Police arrested 52 people for carrying knives in 2024, up from 38 in 2023.",
        "Corrin Police officers made 30 of the knife arrests in the first half of 2024."))
    _expect(checker, {
        "Corrin Police made 52 knife arrests in the first half of 2024.": "conflicting",
        "Corrin Police made 30 knife arrests in the first half of 2024.": "supported",
    })


def test_the_same_figure_of_another_act_supports_nothing(tmp_path):
    """"Created 140 jobs" is not "cut 140 jobs", nor "lost 85 officers" "recruited 85 officers": the
    figure is the claim's, the act its things underwent is not. A verb in a relative clause on the
    things ("patients who caught flu ... died") is not the act told of them, and a verb whose object
    names the claim's act ("sustained 14 injuries" / "suffered 14 injuries") is the same act."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby news", "The Tarnby Bus Company cut 140 jobs in 2024.", "Tarnby Police recruited 85 officers in 2024.",
        "Three patients at Tarnby Hospital died in January 2025 after catching flu on a ward.",
        "Tarnby Rovers' players suffered 14 injuries in 2024."))
    _expect(checker, {
        "The Tarnby Bus Company created 140 jobs in 2024.": "unverified",
        "Tarnby Police lost 85 officers in 2024.": "unverified",
        "Tarnby Police recruited 85 officers in 2024.": "supported",
        "Three patients who caught flu on a ward at Tarnby Hospital died in January 2025.": "supported",
        "Tarnby Rovers' players sustained 14 injuries in 2024.": "supported",
    })


def test_an_act_told_after_an_event_is_dated_by_it_not_set_after_a_change(tmp_path):
    """"Corrin Athletic sacked its coach after nine straight defeats" tells when the sacking came; it is
    no state after a change ("can no longer sign players since the ban"), so "did not sack" and "no
    players died" contradict what it tells."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin news", "Corrin Athletic sacked its coach, Dev Rana, in March 2025 after nine straight defeats.",
        "Two climbers died on Corrin Crag in May 2024 after a rock fall.",
        "Corrin Athletic can no longer sign players since the league's ban."))
    _expect(checker, {
        "Corrin Athletic did not sack Dev Rana.": "conflicting",
        "No climbers died on Corrin Crag in May 2024.": "conflicting",
        "Corrin Athletic signed players in 2019.": "unverified",
    })


def test_a_period_worded_otherwise_is_the_same_period(tmp_path):
    """"The financial year to March 2025", "the year ending March 2025" and "the year to March 2025"
    are one period, "the quarter to June 2025" is "the three months to June 2025", and "the 2024/25
    financial year" is 2024-25: the words name the period, not something the claim leaves unsaid."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby figures", "Tarnby Buses carried 12.4 million passengers in the year to March 2025.",
        "Tarnby Fire Service attended 2,100 incidents in the three months to June 2025.",
        "Tarnby council spent £31 million on social care in 2024-25."))
    _expect(checker, {
        "Tarnby Buses carried 12.4 million passengers in the financial year to March 2025.": "supported",
        "Tarnby Buses carried 12.4 million passengers in the year ending March 2025.": "supported",
        "Tarnby Buses carried 13 million passengers in the financial year to March 2025.": "conflicting",
        "Tarnby Fire Service attended 2,100 incidents in the quarter to June 2025.": "supported",
        "Tarnby Fire Service attended 2,400 incidents in the quarter to June 2025.": "conflicting",
        "Tarnby council spent £31 million on social care in the 2024/25 financial year.": "supported",
    })


def test_a_post_held_since_a_year_was_held_in_the_years_after(tmp_path):
    """"Has been chief executive since 2019", "chair of Tarnby Rovers since 2016" (an appositive), "has
    led Tarnby College since 2018" tell a state that has held ever since: it held in 2022. Not a
    count of acts done since ("has built 420 homes since 2020" says nothing of 2022's), nor a
    beginning ("became chief executive in 2022"), nor a year before the state began."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby news", "Ann Webb has been chief executive of Tarnby Water since 2019.",
        "Tom Reed, chair of Tarnby Rovers since 2016, said the club would move.",
        "Tarnby Homes has built 420 homes since 2020.", "Raj Patel has led Tarnby College since 2018.",
        "Dev Shah has been director of housing at Corrin Council since 2017."))
    _expect(checker, {
        "Ann Webb was chief executive of Tarnby Water in 2022.": "supported",
        "Dev Shah was director of housing at Corrin Council in 2021.": "supported",  # not read as a verb "house"
        "Tom Reed was chair of Tarnby Rovers in 2020.": "supported",
        "Raj Patel led Tarnby College in 2021.": "supported",
        "Raj Patel led Tarnby College in 2015.": "conflicting",
        "Tarnby Homes built 420 homes in 2022.": "unverified",
        "Ann Webb became chief executive of Tarnby Water in 2022.": "conflicting",
    })


def test_the_length_of_a_period_a_date_ends_is_the_dates(tmp_path):
    """"Over four years to 2024", "for another five years to 2030": the length of a period its end
    date tells is no figure the claim must give; the claim's own span or end date is compared."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarnby figures", "Burglaries in Tarnby fell by 12 per cent between 2020 and 2024.",
        "Tarnby Rail's contract to run the Corrin line lasts until 2030."))
    _expect(checker, {
        "Burglaries in Tarnby fell by 12 per cent over four years to 2024.": "supported",
        "Burglaries in Tarnby fell by 20 per cent over four years to 2024.": "conflicting",
        "Tarnby Rail's contract to run the Corrin line lasts for another five years to 2030.": "supported",
    })


def test_a_bracket_after_a_later_name_gives_that_persons_life(tmp_path):
    """"Directed by Nora Pell (1921 – 1994)", "Her brother Aled Pryce (1830 – 1899) was a sculptor": a
    bracket right after a person's name further on gives that person's birth and death, and nothing
    of the life of anyone else the claim names."""
    checker = _checker_of(tmp_path, _one_source(
        "Misc", "The Salt Road is a 1961 British drama film directed by Nora Pell (1921 – 1994).",
        "Megan Pryce was a Welsh painter. Her brother Aled Pryce (1830 – 1899) was a sculptor."))
    _expect(checker, {
        "Nora Pell was born in 1921.": "supported",
        "Nora Pell died in 1994.": "supported",
        "Nora Pell died in 1990.": "conflicting",
        "Aled Pryce died in 1899.": "supported",
        "Megan Pryce was born in 1830.": "unverified",
    })


def test_a_leads_bracket_is_the_titles_subjects_named_otherwise(tmp_path):
    """Under the title "Ted Crowther", the lead "Edward Crowther (4 May 1933 – 2 June 2011)" gives Ted
    Crowther's birth and death: the title names the lead's subject, with the same surname."""
    checker = _checker_of(tmp_path, _encyclopedia_entry(
        "Ted Crowther", "Edward Crowther (4 May 1933 – 2 June 2011) was an English footballer."))
    for statement, verdict in (("Ted Crowther died in 1988.", "conflicting"), ("Ted Crowther died in 2011.", "supported")):
        assert checker.check(statement).verdict.value == verdict, statement


def test_a_share_that_goes_on_another_thing_is_another_share(tmp_path):
    """"A fifth of its budget on staff pay" is not contradicted by "a tenth of its budget on buildings":
    two shares going on different things, whatever the claim says of the one the statement names.
    The same end in other words ("on wages" / "on pay") is one share."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin College accounts", "Corrin College spent a tenth of its budget on buildings in 2024-25.",
        "Corrin Museum spent a third of its budget on pay in 2024-25."))
    _expect(checker, {
        "Corrin College spent a fifth of its budget on staff training in 2024-25.": "unverified",
        "Corrin College spent a fifth of its budget on buildings in 2024-25.": "conflicting",
        "Corrin Museum spent a quarter of its budget on wages in 2024-25.": "conflicting",
    })


def test_a_count_narrowed_in_words_the_claim_never_says_may_be_fewer(tmp_path):
    """"Nine goals from corners" are some of the season's 71 goals, of which the claim tells no corner:
    fewer is no contradiction, more is; a count with no narrowing phrase is the claim's count."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin Rovers season", "Corrin Rovers scored 71 league goals in 2024-25.",
        "The Corrin Playhouse staged 140 performances in 2024."))
    _expect(checker, {
        "Corrin Rovers scored 9 league goals from corners in 2024-25.": "unverified",
        "Corrin Rovers scored 80 league goals from corners in 2024-25.": "conflicting",
        "Corrin Rovers scored 65 league goals in 2024-25.": "conflicting",
        "The Corrin Playhouse staged 40 performances of its pantomime in 2024.": "unverified",
        "The Corrin Playhouse staged 120 performances in 2024.": "conflicting",
    })


def test_a_change_in_the_share_of_things_is_worked_out_from_their_shares(tmp_path):
    """"The share of Corrin Rail's trains running on time rose by nine points" is set against the
    claim's 64 per cent of its trains on time, up from 58 per cent: the share is of the trains the
    claim counts in per cent, so the change is six points, not nine."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin Rail figures", "Some 64 per cent of Corrin Rail's trains ran on time in 2024, up from 58 per cent in 2023."))
    _expect(checker, {
        "The share of Corrin Rail's trains running on time rose by six points in 2024.": "supported",
        "The share of Corrin Rail's trains running on time rose by nine points in 2024.": "conflicting",
    })


def test_events_whose_phrase_names_what_they_befall_count_those_things(tmp_path):
    """"210 inspections of care homes" are "inspected 210 care homes", as "210 care home inspections"
    would be, and "brought 12 prosecutions against landlords" is "prosecuted 12 landlords": the
    phrase after the event noun names the things, one event each; "bring" says no more than its noun."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin Council figures", "Corrin Council inspected 210 care homes in 2024.",
        "Corrin Council prosecuted 12 landlords in 2024."))
    _expect(checker, {
        "Corrin Council carried out 210 inspections of care homes in 2024.": "supported",
        "Corrin Council carried out 260 inspections of care homes in 2024.": "conflicting",
        "Corrin Council brought 12 prosecutions against landlords in 2024.": "supported",
        "Corrin Council brought 9 prosecutions against landlords in 2024.": "conflicting",
    })


def test_according_to_a_role_and_its_holder_credits_the_holder(tmp_path):
    """"According to Kelby Council leader Ann Webb": the role's holder, named after it, is who says
    it, as the claim's "Ann Webb, leader of Kelby Council, said ..." credits her."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby news", "Ann Webb, leader of Kelby Council, said the council would close two libraries in 2025."))
    _expect(checker, {
        "The council will close two libraries in 2025, according to Kelby Council leader Ann Webb.": "supported",
        "The council will close four libraries in 2025, according to Kelby Council leader Ann Webb.": "conflicting",
    })


def test_one_post_has_one_holder_now(tmp_path):
    """"Has led the choir since 2019" tells who heads it now: another named as its head now, in the
    present or the passive and with a title before the name ("Dr", "Cllr"), contradicts it; someone who
    did something else there, or led "a" project of it, does not."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Choir", "Alice Venn has led the Marrow Community Choir since 2019.",
        "Cllr Ruth Dale said Tom Pike had sung with the Marrow Community Choir for ten years."))
    _expect(checker, {
        "Alice Venn leads the Marrow Community Choir.": "supported",
        "The Marrow Community Choir is led by Dr Alice Venn.": "supported",
        "Tom Pike leads the Marrow Community Choir.": "conflicting",
        "The Marrow Community Choir is led by Cllr Ruth Dale.": "conflicting",
        "Tom Pike led a fundraising walk for the Marrow Community Choir.": "unverified",
    })


def test_a_bare_earlier_figure_counts_what_the_clause_counts_not_a_phrase_of_time(tmp_path):
    """"Sold 8,200 tickets over four nights, up from 6,900": the 6,900 were tickets, not nights, so "rose
    from 6,900 to 8,200" is read against both of the claim's figures."""
    checker = _checker_of(tmp_path, _one_source(
        "Corrin Playhouse", "The Corrin Playhouse pantomime sold 8,200 tickets over four nights in 2024, up from 6,900 in 2023."))
    _expect(checker, {
        "Ticket sales for the Corrin Playhouse pantomime rose from 6,900 in 2023 to 8,200 in 2024.": "supported",
        "Ticket sales for the Corrin Playhouse pantomime rose from 5,900 in 2023 to 8,200 in 2024.": "conflicting",
    })


def test_a_common_noun_opening_a_sentence_is_no_name(tmp_path):
    """"Visitor numbers at Marrow Museum reached ...": a capitalised common word that opens a noun
    phrase (before a plural and a preposition, an auxiliary or a verb) is a word to compare with the
    claim's "visitors", not an unknown name the claim fails to mention; a word before a verb that
    takes an object ("Apple cut 100 jobs") or before a noun ("Marrow town centre") may be a name."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Museum", "Marrow Museum welcomed 41,000 visitors in 2024, up from 36,000 in 2023.",
        "Marrow town centre's footfall rose to 3.2 million in 2024.", "The number of bus journeys in Marrow fell to 1.1 million in 2024."))
    _expect(checker, {
        "Visitor numbers at Marrow Museum reached 41,000 in 2024.": "supported",
        "Visitor numbers at Marrow Museum reached 45,000 in 2024.": "conflicting",
        "Visitor numbers at Marrow Museum rose from 32,000 in 2023 to 41,000 in 2024.": "conflicting",
        "Footfall in Marrow town centre reached 3.2 million in 2024.": "supported",
        "Footfall in Marrow town centre reached 2.8 million in 2024.": "conflicting",
    })


def test_a_name_set_off_before_a_figure_does_not_own_it(tmp_path):
    """"The footfall at Marrow Market, which the Marrow Trust bought in 2019, rose to 8,400 a week": the
    trust's name is in a relative clause; the figure is still the market's, the same as in a
    statement that leaves the clause out."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Market", "The footfall at Marrow Market, which the Marrow Trust bought in 2019, rose to 8,400 a week in 2024."))
    _expect(checker, {
        "The footfall at Marrow Market rose to 8,400 a week in 2024.": "supported",
        "The footfall at Marrow Market rose to 9,100 a week in 2024.": "conflicting",
    })


def test_changes_of_two_measures_named_before_a_preposition_are_told_apart(tmp_path):
    """"Donations to the Marrow food bank rose 12 per cent" and "its volunteer hours rose 20 per cent"
    are changes of two measures: the head before "to" or "from" is what changed."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow food bank", "Donations to the Marrow Food Bank rose 12 per cent in 2024.",
        "Referrals from Marrow GPs to the Marrow Food Bank rose 30 per cent in 2024."))
    _expect(checker, {
        "Donations to the Marrow Food Bank rose 12 per cent in 2024.": "supported",
        "Donations to the Marrow Food Bank rose 18 per cent in 2024.": "conflicting",
        "The Marrow Food Bank's volunteer hours rose 20 per cent in 2024.": "unverified",
    })


def test_shares_of_two_parts_of_one_whole_say_nothing_of_each_other(tmp_path):
    """"Grants made up a quarter of the theatre's income" says nothing of the share "bar takings made
    up": the part whose share it is is the subject of "made up" or "accounted for"."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Playhouse", "Grants from Marrow Council made up a quarter of the Marrow Playhouse's income in 2024."))
    _expect(checker, {
        "Grants from Marrow Council made up a quarter of the Marrow Playhouse's income in 2024.": "supported",
        "Grants from Marrow Council made up a third of the Marrow Playhouse's income in 2024.": "conflicting",
        "The bar takings made up a third of the Marrow Playhouse's income in 2024.": "unverified",
        "In 2024, bar takings made up a third of the Marrow Playhouse's income.": "unverified",
    })


def test_a_denial_told_from_another_side_is_the_same_denial(tmp_path):
    """"The dairy would not pay a dividend" and "there would be no dividend", "shareholders would get
    no dividend": a denied verb denies what it takes, so two denials of one thing agree (and the
    dividend is not asserted); "fell ill" tells of illness, not of a fall."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow news", "No injuries were reported after the fire at Marrow Mill.",
        "Marrow Dairy said it would not pay a dividend for 2024."))
    _expect(checker, {
        "Marrow Dairy said there would be no dividend for 2024.": "supported",
        "Marrow Dairy said no dividend would be paid for 2024.": "supported",
        "No one was injured in the fire at Marrow Mill.": "supported",
        "No one fell ill after the fire at Marrow Mill.": "unverified",
    })


def test_an_event_that_took_place_is_one_held(tmp_path):
    """"Took place" tells only that an event occurred, as "was held" does: said by a claim that tells
    it held, on its date; not by one that tells it was cancelled."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow festivals", "The Marrow Folk Festival was cancelled in 2024 because of flooding.",
        "The Marrow Beer Festival was held at Marrow Town Hall on 12 June 2024."))
    _expect(checker, {
        "The Marrow Beer Festival took place at Marrow Town Hall on 12 June 2024.": "supported",
        "The Marrow Beer Festival took place at Marrow Town Hall on 14 June 2024.": "conflicting",
        "The Marrow Folk Festival took place in 2024.": "unverified",
    })


def test_a_change_in_points_of_a_share_told_deep_in_its_phrase_is_worked_out(tmp_path):
    """"The share of Marrow trains cancelled rose by six points": the share's phrase runs past a
    participle ("cancelled") to its verb; its change is still the claim's 9% less 4%."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Rail", "Some 9 per cent of trains run by Marrow Rail in 2024 were cancelled, up from 4 per cent in 2023."))
    _expect(checker, {
        "The share of Marrow Rail trains cancelled rose by five points in 2024.": "supported",
        "The share of Marrow Rail trains cancelled rose by six points in 2024.": "conflicting",
    })


def test_a_way_of_heading_a_body_is_leading_it(tmp_path):
    """"Has chaired the society since 2012" and "has been chief executive of the trust since 2019" say
    "has led" and "has run": a general verb of heading is said by a way of heading, a verb or a post."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow people", "Joan Pike has chaired the Marrow Civic Society since 2012.",
        "Ravi Shah has been chief executive of Marrow Housing Trust since 2019."))
    _expect(checker, {
        "Joan Pike has led the Marrow Civic Society since 2012.": "supported",
        "Joan Pike has led the Marrow Civic Society since 2015.": "conflicting",
        "Ravi Shah has run Marrow Housing Trust since 2019.": "supported",
        "Ravi Shah has run Marrow Housing Trust since 2021.": "conflicting",
    })


def test_a_share_is_set_against_the_share_of_the_same_part(tmp_path):
    """"Marrow Rovers' wage bill was 70 per cent of its income, while a quarter of its income came from
    sponsors": "the wage bill was a quarter of its income" names the part whose share the claim gives as
    70 per cent, and the quarter is the sponsors'; a false support before, now a conflict."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Rovers accounts", "Marrow Rovers' wage bill was 70 per cent of its income in 2024, while a quarter of its income came from sponsors."))
    _expect(checker, {
        "Marrow Rovers' wage bill was 70 per cent of its income in 2024.": "supported",
        "Marrow Rovers' wage bill was a quarter of its income in 2024.": "conflicting",
    })


def test_a_figure_the_claim_tells_of_another_act_does_not_back_the_statements_act(tmp_path):
    """"Three workers were killed and 14 were injured": "the blast killed 14 workers" has the claim's
    figure, but the claim tells the killing of its three; the 14 were injured. A part taken up with "of
    them" shares its whole's act: "five died, three of them in falls" backs "three died in falls"."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow news", "Three workers were killed and 14 were injured in the blast at Marrow Mill in 2024.",
        "Five climbers died on Marrow Fell in 2024, three of them in falls."))
    _expect(checker, {
        "The blast at Marrow Mill killed three workers in 2024.": "supported",
        "The blast at Marrow Mill injured 14 workers in 2024.": "supported",
        "The blast at Marrow Mill killed 14 workers in 2024.": "unverified",
        "Three climbers died in falls on Marrow Fell in 2024.": "supported",
    })


def test_a_change_set_off_after_a_level_is_that_measures_change(tmp_path):
    """"Turnout in Marrow was 61.2 per cent in 2024, 4.5 points lower than in 2019": the points after the
    comma are the change of the turnout before it, so "turnout fell by 6 points from 2019 to 2024"
    contradicts it and "fell by 4.5 points" agrees."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow election", "Turnout in Marrow was 61.2 per cent in 2024, 4.5 points lower than in 2019."))
    _expect(checker, {
        "Turnout in Marrow fell by 4.5 points from 2019 to 2024.": "supported",
        "Turnout in Marrow fell by 6 points from 2019 to 2024.": "conflicting",
    })


def test_two_readings_of_a_measure_are_compared_at_their_own_times(tmp_path):
    """"An adult swim cost £6.50 in 2024, up from £5.80 in 2023": a statement that gives both figures the
    other way round ("cost £5.80, up from £6.50") has each of the claim's figures, but tells the earlier
    one as the price now; it was supported, and it contradicts the claim."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Lido", "An adult swim at Marrow Lido cost £6.50 in 2024, up from £5.80 in 2023.",
        "Marrow Chess Club has 310 members, down from 420 in 2020."))
    _expect(checker, {
        "An adult swim at Marrow Lido cost £5.80 this year, up from £6.50 last year.": "conflicting",
        "An adult swim at Marrow Lido cost £6.50 this year, up from £5.80 last year.": "supported",
        "Marrow Chess Club has 420 members, down from 310 in 2020.": "conflicting",
        "Marrow Chess Club has 310 members, down from 420 in 2020.": "supported",
        "Marrow Chess Club had 420 members in 2020.": "supported",
    })


def test_a_verb_of_finding_out_tells_what_was_found(tmp_path):
    """"The report found that ...", "were found to ...", "..., the report concluded": what was found is
    the matter, as what was said is after a verb of saying; a claim that tells it (with "the report
    said" or "according to the report") says the finding. Each was left unsettled on "find"."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Arms hygiene",
        "The kitchen at the Marrow Arms was dirty and its fridges were too warm, according to the hygiene report.",
        "Staff at the Marrow Arms had not been trained in food safety, the report said."))
    _expect(checker, {
        "The hygiene report found that the kitchen at the Marrow Arms was dirty.": "supported",
        "The hygiene report found that the kitchen at the Marrow Arms was clean.": "conflicting",
        "The report revealed that the fridges at the Marrow Arms were too warm.": "supported",
        "Staff at the Marrow Arms were found to have had no food safety training.": "supported",
        "Staff at the Marrow Arms had not been trained in food safety, the report concluded.": "supported",
        "Staff at the Marrow Arms were found to have been trained in food safety.": "conflicting",
    })


def test_a_light_verb_is_read_as_itself_not_as_another_verb(tmp_path):
    """"Putting" is a form of "put", not of "putt"; "does" of "do", not a form of "doe": a word read
    as a content word must be the word itself ("evening"), not another verb's form."""
    from claimcheck.text.tokens import tokenize

    lemmas = {t.lower: t.lemma for t in tokenize("they are putting it aside; she does")}
    assert (lemmas["putting"], lemmas["does"]) == ("put", "do")
    # (with its particle after a pronoun object, "putting it off" is the phrasal verb: Quirk et al. 1985, 16.4)
    assert {t.lower: t.lemma for t in tokenize("they are putting it off")}["putting"] == "postpone"


def test_what_is_reported_alleged_or_asked_is_not_vouched_for(tmp_path):
    """"Is investigating reports that a lorry damaged the railings", "amid fears that the depot had been
    sold", "will decide whether to close the ward": the clause after a noun of report or fear, or after
    "whether", is told, not asserted; each was taken as the fact. What a denial takes is denied
    ("denied claims that it had sold the depot"), as before."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow council news",
        "Marrow Council is investigating reports that a lorry damaged the railings of Marrow Bridge.",
        "Residents protested outside Marrow Town Hall amid fears that the Marrow Road depot had been sold.",
        "Marrow Council denied claims that it had sold the Kelby Lane yard.",
        "The Marrow Health Trust will decide in June whether to close Marrow Ward."))
    _expect(checker, {
        "A lorry damaged the railings of Marrow Bridge.": "unverified",
        "Marrow Council is investigating reports that a lorry damaged the railings of Marrow Bridge.": "supported",
        "The Marrow Road depot has been sold.": "unverified",
        "Marrow Council confirmed that it had sold the Kelby Lane yard.": "conflicting",
        "The Marrow Health Trust will close Marrow Ward.": "unverified",
        "The Marrow Health Trust will decide in June whether to close Marrow Ward.": "supported",
    })


def test_a_light_verb_says_no_verb_of_its_own_senses(tmp_path):
    """"Heavy rain made the landslip worse": WordNet gives "make" the sense of "cause", but a light
    verb takes its meaning from its object; "heavy rain caused the landslip" is not said by it."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow landslip", "Heavy rain made the Marrow Road landslip worse, engineers said.",
        "Police made two arrests after the Marrow Road break-in."))
    _expect(checker, {
        "Heavy rain caused the Marrow Road landslip.": "unverified",
        "Heavy rain made the Marrow Road landslip worse.": "supported",
        "Police caused two arrests after the Marrow Road break-in.": "unverified",
    })


def test_a_light_verb_in_the_progressive_supports_its_object(tmp_path):
    """"Were making a loss" is "made a loss" in the progressive, its verb the support of "loss", not a
    passive's main verb ("were made in Portugal"): "lost money on every home match" says it."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Rovers accounts", "Marrow Rovers lost money on every home match, the club's accounts show.",
        "Marrow Rovers' shirts were made in Portugal."))
    _expect(checker, {
        "Marrow Rovers were making a loss on every home match.": "supported",
        "Marrow Rovers' shirts were made in Portugal.": "supported",
        "Marrow Rovers' shirts were made in Spain.": "conflicting",
    })


def test_a_denial_by_another_clauses_stopping_verb_asserts_nothing(tmp_path):
    """"Did not take enforcement action ..., and the pub has not been stopped from serving food": the
    action is denied with "take"; the "not stopped" of another clause asserts it no more. It was set
    against "no enforcement action was taken" as a contradiction. A denied stopping verb still asserts
    what it takes ("have never stopped paying their players")."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Arms", "Marrow Council did not take enforcement action against the Marrow Arms, and the pub "
        "has not been stopped from serving food.",
        "Fenby Rangers have never stopped paying their players during the dispute."))
    _expect(checker, {
        "No enforcement action was taken against the Marrow Arms.": "supported",
        "Marrow Council took enforcement action against the Marrow Arms.": "conflicting",
        "Fenby Rangers did not pay their players during the dispute.": "conflicting",
    })


def test_none_before_its_verb_denies_it(tmp_path):
    """"Four runners fell, though none was seriously hurt": "none" is the subject that denies its verb,
    as "none of them" and "no one" do; "none of them with serious injuries" denies the injuries. Each
    was read as saying someone was hurt (or injured), and set against the other as a contradiction."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Half Marathon", "Four runners fell during the Marrow Half Marathon, but no one was seriously hurt.",
        "Two cyclists were taken to Marrow General Hospital after the Kelby Sportive, none of them with serious injuries."))
    _expect(checker, {
        "Four runners fell during the Marrow Half Marathon, though none was seriously hurt.": "supported",
        "Four runners fell during the Marrow Half Marathon, and none were seriously hurt.": "supported",
        "Four runners were seriously hurt during the Marrow Half Marathon.": "conflicting",
        "Two cyclists were taken to Marrow General Hospital after the Kelby Sportive, though neither was seriously hurt.": "supported",
    })


def test_a_demonym_names_its_place(tmp_path):
    """"Cornish singer Tamsin Polglase", "Glaswegian fiddler Ewan Baird": a demonym names the place it
    is of (WordNet's pertainyms, in the lexicon), so "a singer from Cornwall" is the same singer; the
    two were set against each other as two names. A singer from another place is never supported."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Folk Night", "The Marrow Folk Night was headlined by Cornish singer Tamsin Polglase.",
        "Glaswegian fiddler Ewan Baird opened the Marrow Folk Night."))
    _expect(checker, {
        "Tamsin Polglase, a singer from Cornwall, headlined the Marrow Folk Night.": "supported",
        "Ewan Baird, a fiddler from Glasgow, opened the Marrow Folk Night.": "supported",
    })
    assert checker.check("Tamsin Polglase, a singer from Devon, headlined the Marrow Folk Night.").verdict.value != "supported"


def test_the_lexicon_knows_demonyms_of_one_place_only():
    from claimcheck.text import english

    assert (english.place_of("cornish"), english.place_of("glaswegian"), english.place_of("welsh")) == ("Cornwall", "Glasgow", "Wales")
    assert english.place_of("latin") == "" and english.place_of("singer") == ""  # Latium or Romance; no demonym


def test_a_denial_up_to_a_date_leaves_the_time_after_it_open(tmp_path):
    """"None will be ready before 2028" denies the homes' readiness up to 2028, not after it: "the first
    homes will be ready by the end of 2028" is no contradiction, "ready in 2027" is. A denial before an
    event stays one ("had not consulted tenants before the rent rise")."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Fields homes", "The Marrow Fields scheme will have 300 homes, but none will be ready before 2028, the developer said.",
        "Marrow Council had not consulted tenants before the rent rise.",
        "The Kelby coast road will not reopen before September 2026, the county council said."))
    assert checker.check("The first Marrow Fields homes will be ready by the end of 2028.").verdict.value != "conflicting"
    assert checker.check("The Kelby coast road will reopen in June 2026.").verdict.value == "conflicting"  # before the bound's month
    assert checker.check("The first Marrow Fields homes will be ready in 2027.").verdict.value == "conflicting"
    assert checker.check("Marrow Council consulted tenants before the rent rise.").verdict.value == "conflicting"


def test_the_side_a_winner_came_ahead_of_is_no_winner(tmp_path):
    """"A crew from Galway, Ireland, won the regatta, ahead of crews from Wales and Scotland": Wales is
    named as a side the winner beat, so "a Welsh crew won" and "a crew from Wales won" contradict the
    claim's winner (a name the claim has in another role used to leave the doer unchecked, and a name
    after "from" was no place to set against Ireland); "an Irish crew won" is the claim's winner."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Regatta", "A crew from Galway, Ireland, won the Marrow Regatta in 2025, ahead of crews from Wales and Scotland."))
    _expect(checker, {
        "A Welsh crew won the Marrow Regatta in 2025.": "conflicting",
        "A crew from Wales won the Marrow Regatta in 2025.": "conflicting",
        "An Irish crew won the Marrow Regatta in 2025.": "supported",
        "A crew from Ireland won the Marrow Regatta in 2025.": "supported",
    })


def test_people_counted_as_what_they_are_is_the_count_of_people(tmp_path):
    """"About 1,200 people were evacuated": "1,200 residents" counts the same persons (a resident is
    a kind of person in WordNet, marked in the lexicon), so it is compared; a count of cars is not."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow dam", "About 1,200 people were evacuated from Marrow after the dam warning."))
    _expect(checker, {
        "About 1,200 residents were evacuated from Marrow after the dam warning.": "supported",
        "About 1,500 residents were evacuated from Marrow after the dam warning.": "conflicting",
        "About 1,200 cars were evacuated from Marrow after the dam warning.": "unverified",
    })


def test_the_lexicon_marks_nouns_of_persons():
    from claimcheck.text import english

    assert all(english.names_a_person(w) for w in ("resident", "passenger", "volunteer", "busdriver"))
    assert not any(english.names_a_person(w) for w in ("boat", "car", "people"))


def test_m_glued_before_a_word_of_dimension_is_metres(tmp_path):
    """"The River Marrow rose 3.1m above its normal level", "a wall 1.8m high": "m" glued to a figure
    before a word of height or length is metres, not millions (which it stays after a currency sign,
    "£2.4m", or before other words). Each was read as 3,100,000 and 1,800,000."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow floods", "In January 2025 the River Marrow rose 3.1 metres above its normal level.",
        "The new Marrow flood wall will be 1.8 metres high and cost £2.4m."))
    _expect(checker, {
        "In January 2025 the River Marrow rose 3.1m above its normal level.": "supported",
        "In January 2025 the River Marrow rose 1.3m above its normal level.": "conflicting",
        "The new Marrow flood wall will be 1.8m high.": "supported",
        "The new Marrow flood wall will cost £2.4m.": "supported",
    })


def test_a_place_is_no_rival_of_the_country_it_is_in(tmp_path):
    """"Cornish potter Jane Moss": "a potter from the United Kingdom" names the country Cornwall is in
    (WordNet's part holonyms, in the lexicon), no other place; it was set against Cornwall as a swap.
    France is another place."""
    checker = _checker_of(tmp_path, _one_source("Marrow Craft Fair", "Cornish potter Jane Moss opened the Marrow Craft Fair."))
    assert checker.check("Jane Moss, a potter from the United Kingdom, opened the Marrow Craft Fair.").verdict.value != "conflicting"
    _expect(checker, {
        "Jane Moss, a potter from Cornwall, opened the Marrow Craft Fair.": "supported",
        "Jane Moss, a potter from France, opened the Marrow Craft Fair.": "conflicting",
    })
    from claimcheck.text import english

    assert english.wholes_of("Cornwall") == ("England", "United Kingdom") and english.wholes_of("Sheffield") == ()


def test_a_figure_is_compared_with_the_claims_figure_of_its_own_time(tmp_path):
    """"Handed out 5,200 parcels in 2024, compared with 4,100 in 2023": the 4,100 counts parcels too, and
    "3,900 parcels in 2023" is set against it, not against 2024's figure (it was left unsettled as of
    another time). A date that opens the sentence dates its figures ("At the end of 2024, Kelby Foodbank
    ran 14 branches"), so "10 branches at the end of 2023" is of another time; and a claim's date of
    another act ("was founded in 1884") is no date of the statement's figure ("210 members in 2023"),
    though a founding date is ("was founded in 1890 with 12 members")."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow news", "Marrow Rowing Club was founded in 1884.",
        "At the end of 2024, Kelby Foodbank ran 14 branches and employed 30 staff.",
        "Fenby Pantry handed out 5,200 parcels in 2024, compared with 4,100 in 2023."))
    _expect(checker, {
        "Fenby Pantry handed out 4,100 parcels in 2023.": "supported",
        "Fenby Pantry handed out 3,900 parcels in 2023.": "conflicting",
        "Kelby Foodbank ran 10 branches at the end of 2024.": "conflicting",
        "Marrow Rowing Club was founded in 1890 with 12 members.": "conflicting",
    })
    assert checker.check("Kelby Foodbank ran 10 branches at the end of 2023.").verdict.value != "conflicting"
    assert checker.check("Marrow Rowing Club had 210 members in 2023.").verdict.value != "conflicting"


def test_a_level_and_its_difference_give_the_earlier_reading(tmp_path):
    """"Marrow Rovers have 8,400 season-ticket holders, 600 more than in 2023": 2023's figure was 7,800
    (and "12 staff, three fewer than in 2022" gives 2022's 15), which the statement dated then is
    given; undated, or in the present, the figure is today's, against which 15 staff conflict."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow news", "Marrow Rovers have 8,400 season-ticket holders, 600 more than in 2023.",
        "Fenby Library has 12 staff, three fewer than in 2022."))
    _expect(checker, {
        "Marrow Rovers had 7,800 season-ticket holders in 2023.": "supported",
        "Fenby Library had 15 staff in 2022.": "supported",
        "Fenby Library has 15 staff.": "conflicting",
        "Marrow Rovers have 8,400 season-ticket holders.": "supported",
    })


def test_giving_an_amount_is_it_coming_from_the_giver(tmp_path):
    """"£400,000 comes from the National Lottery and £90,000 from Marrow Parish Council": "the National
    Lottery is providing £400,000" and "the parish council is contributing £90,000" say it from the
    giver's side (each was left unsettled on "provide", "contribute") when the statement names the
    claim's source as the giver; where an amount comes from is whose it is, so givers swapped, or
    another giver, are never supported."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Village Hall", "Of the £640,000 cost of the new Marrow Village Hall, £400,000 comes from the National "
        "Lottery and £90,000 from Marrow Parish Council."))
    _expect(checker, {
        "The National Lottery is providing £400,000 towards the new Marrow Village Hall.": "supported",
        "Marrow Parish Council is contributing £90,000 to the new Marrow Village Hall.": "supported",
    })
    for swapped in ("The National Lottery is contributing £90,000 to the new Marrow Village Hall.",
                    "Marrow Parish Council is providing £400,000 towards the new Marrow Village Hall.",
                    "A local trust is providing £400,000 towards the new Marrow Village Hall."):
        assert checker.check(swapped).verdict.value != "supported", swapped


def test_related_closing_a_hyphened_compound_says_no_more_than_its_first_part(tmp_path):
    """"The wind-related closure of the main ring": the compound says what the closure was of (wind);
    "related" is no word the claim ("high winds closed the main ring") must say. It was left unsettled."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Show", "No one was hurt when high winds closed the Marrow Show's main ring on Saturday."))
    _expect(checker, {
        "Nobody was hurt in the wind-related closure of the Marrow Show's main ring on Saturday.": "supported",
        "Nobody was hurt in the wind-related closure of the Marrow Show's main ring on Sunday.": "conflicting",
    })


def test_be_to_and_a_with_phrase_to_be_done_tell_what_is_to_come(tmp_path):
    """"Twelve elms will be felled, with 60 saplings to be planted in their place": "to be planted" in a
    "with" phrase (and "are to be built", Quirk's "be to") is an arrangement, yet to be done, as the
    claim's "will be planted"; it was read as done, and the claim's future no answer to it."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Green", "Twelve elms will be felled on Marrow Green, and 60 saplings will be planted in their place."))
    _expect(checker, {
        "Twelve elms will be felled on Marrow Green, with 60 saplings to be planted in their place.": "supported",
        "Twelve elms will be felled on Marrow Green, with 80 saplings to be planted in their place.": "conflicting",
    })
    from claimcheck.analysis import _predicate_modality
    from claimcheck.text.tokens import tokenize

    text = "The council said 40 homes are to be built on the site, though the roof appears to be damaged."
    modality = _predicate_modality(tokenize(text), text)
    assert (modality["build"], modality["damage"]) == ("future", "fact")


def test_called_off_is_cancelled(tmp_path):
    """"Call off" is the phrasal verb of "cancel" (WordNet's first sense), as "put off" is of "postpone":
    "the regatta was called off" is said by "was cancelled"; "called on" stays "urged"."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow Regatta", "The Marrow Regatta was cancelled on Saturday because of high winds.",
        "Marrow Council called on the organisers to move the Kelby Fair."))
    _expect(checker, {
        "The Marrow Regatta was called off on Saturday because of high winds.": "supported",
        "The Marrow Regatta was called off on Sunday because of high winds.": "conflicting",
        "Marrow Council urged the organisers to move the Kelby Fair.": "supported",
    })


def test_and_a_half_after_a_number_adds_a_half(tmp_path):
    """"Six and a half miles", "four and a half points", "one and a half million visitors": the half is
    part of the figure (it was read as 6, 4, and half a million)."""
    checker = _checker_of(tmp_path, _one_source(
        "Marrow news", "The new Marrow Greenway runs for 6.5 miles.",
        "Kelby Castle had 1.5 million visitors in 2024.",
        "Fenby Chess Club's champion scored 4.5 points in the county league."))
    _expect(checker, {
        "The new Marrow Greenway runs for six and a half miles.": "supported",
        "The new Marrow Greenway runs for seven and a half miles.": "conflicting",
        "Kelby Castle had one and a half million visitors in 2024.": "supported",
        "Fenby Chess Club's champion scored 4 and a half points in the county league.": "supported",
    })


def test_the_old_of_an_age_opposes_no_young(tmp_path):
    """"An eight-year-old, Maya Osei, was the youngest swimmer": the "old" of an age is the age, compared
    as a figure, not the adjective opposed to "young" (a reading of the sentence set it against a claim's
    "youngest" as a contradiction)."""
    from claimcheck.agreement import _opposable

    checker = _checker_of(tmp_path, _one_source("Marrow Gala", "Maya Osei, aged eight, was the youngest swimmer at the Marrow Gala."))
    analysis = checker.analyzer.analyze("An eight-year-old, Maya Osei, was the youngest swimmer at the Marrow Gala.")
    opposable = {tok.lower for _, tok, _ in _opposable(analysis)[0]}
    assert "old" not in opposable and "youngest" in opposable
    assert checker.check("An eight-year-old, Maya Osei, was the youngest swimmer at the Marrow Gala.").verdict.value == "supported"


def test_a_denied_progressive_takes_its_object_under_the_denial(tmp_path):
    """"Was not building any houses": "not" stands between the auxiliary and the -ing participle, which
    is still the verb, and "houses" is what it takes under the denial; "is not building houses" says
    the same, no contradiction over "houses"."""
    checker = _checker_of(tmp_path, _one_source(
        "Mill Lane site", "The developer Halden Homes was not building any houses on the Mill Lane site in Dunhallow."))
    _expect(checker, {
        "Halden Homes is not building houses on the Mill Lane site.": "supported",
        "Halden Homes was building 40 houses on the Mill Lane site in Dunhallow.": "conflicting",
    })


def test_else_after_an_indefinite_pronoun_is_no_word_to_deny(tmp_path):
    """"No one else", "anyone else": "else" says "other", a closed-class word like "other" itself, and
    "no one else is being sought" denies the seeking, not an "else" the claim asserts."""
    checker = _checker_of(tmp_path, _one_source(
        "Statue theft", "Police in Dunhallow said they were not looking for anyone else over the theft of a bronze statue."))
    # ("sought" for "looking for" is a paraphrase not yet read: no support, but no contradiction either)
    assert checker.check("Nobody else is being sought over the theft of the bronze statue in Dunhallow, police said.").verdict.value != "conflicting"
    _expect(checker, {
        "Dunhallow police said they were looking for someone else over the theft of the bronze statue.": "conflicting",
        "Police in Dunhallow said they were not looking for anyone else over the statue theft.": "supported",
    })


def _freer_checker(tmp_path):
    """A base whose entities make Alison Freer a director of the Moorland Trust, and whose one claim
    names her with neither role nor post."""
    entities = ("entities:\n  - {name: Alison Freer, type: person, aliases: [Freer], role: [director, ecologist], "
                "member_of: [Moorland Trust]}\n  - {name: Moorland Trust, type: org}\n  - {name: Wildlife Trust, type: org}\n")
    return _checker_of(tmp_path, entities + _one_source(
        "Heather recovery", "Alison Freer of the Moorland Trust said the burnt heather on Carrow Moor may take 15 years to recover."))


def test_a_role_the_base_gives_a_person_is_said_of_them(tmp_path):
    """"Moorland Trust director Alison Freer said ...": a role worn as a title before the name, which the
    base's entities give her, so the claim need not repeat it; a role the base does not give her
    ("chairwoman") is still unsaid."""
    checker = _freer_checker(tmp_path)
    _expect(checker, {
        "Moorland Trust director Alison Freer said the burnt heather on Carrow Moor may take 15 years to recover.": "supported",
        "Moorland Trust chairwoman Alison Freer said the burnt heather on Carrow Moor may take 15 years to recover.": "unverified",
        "Moorland Trust director Alison Freer said the burnt heather on Carrow Moor may take 25 years to recover.": "conflicting",
    })


def test_a_figure_as_written_finds_the_claim_that_gives_it(tmp_path):
    """A claim that gives a figure of the statement as written ("9,300 members") is a candidate even
    when the statement's words find others first: "which has 9,300 members" is then said by it, the
    rest by the claim of the zebra. A year finds nothing (it dates countless facts), and a wrong
    figure still conflicts with the claim its words find."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow Zoo", "Harlow Zoo welcomed 268,400 visitors in 2024.",
        "Harlow Zoo opened a new penguin enclosure in May 2024.",
        "Harlow Zoo's director, Ruth Ames, said the zoo would raise its adult ticket price to £24.",
        "Harlow Zoo received a £1.2 million grant from the Levelling Fund for its reptile house.",
        "Harlow Zoo employs 140 keepers and vets.", "Harlow Zoo's two red pandas were moved to a zoo in Belgium.",
        "Harlow Zoo said its cafe would close for refurbishment in January.",
        "Harlow Zoo was fined £8,000 after a keeper was injured by a zebra.",
        "Harlow Zoo plans to build a butterfly house by 2026.", "Harlow Zoo's annual members' scheme has 9,300 members."))
    _expect(checker, {
        "A keeper at Harlow Zoo, which has 9,300 members, was injured by a zebra.": "supported",
        "Attendance at Harlow Zoo reached 286,400 in 2024.": "conflicting",
        "In 2024 some 268,400 people paid a visit to Harlow Zoo.": "supported",
    })


def test_originally_places_a_time_as_earlier_does_and_asserts_nothing_more(tmp_path):
    """"Originally", "initially", "previously" place what they modify before a later time, as "earlier"
    does: they assert nothing the claim must say ("had originally been expected to open in June 2026"
    is what "was due to open in June 2026" says); the date or the figure is still compared."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby bypass", "The Kelby bypass was due to open in June 2026, Tarnshire County Council said.",
        "Tarnshire County Council said the Kelby bypass would cost £84 million."))
    _expect(checker, {
        "The Kelby bypass had originally been expected to open in June 2026.": "supported",
        "The Kelby bypass was initially due to open in June 2026.": "supported",
        "The Kelby bypass was previously expected to cost £84 million.": "supported",
    })


def test_worth_next_to_a_figure_says_no_more_than_the_figure(tmp_path):
    """"A grant worth £1.2m" is "a £1.2m grant", and "sold £65,000 worth of toys" "sold toys for
    £65,000": "worth" takes the measure as a preposition does and asserts nothing of its own there;
    the figure is compared. Before no figure ("worth less than a day's takings") it is a word of its own."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow Zoo", "Harlow Zoo received a £1.2 million grant from the Levelling Fund for its reptile house.",
        "Harlow Zoo was fined £8,000 after a keeper was injured by a zebra.",
        "Harlow Zoo's shop sold toys for £65,000 in 2024."))
    _expect(checker, {
        "Harlow Zoo's shop sold £65,000 worth of toys in 2024.": "supported",
        "Harlow Zoo's shop sold £56,000 worth of toys in 2024.": "conflicting",
        "Harlow Zoo received a grant worth £1.2m from the Levelling Fund for its reptile house.": "supported",
        "Harlow Zoo received a grant worth about £1.2 million from the Levelling Fund for its reptile house.": "supported",
        "Harlow Zoo received a grant worth £1.8m from the Levelling Fund for its reptile house.": "conflicting",
        "Harlow Zoo was fined £8,000, a penalty worth less than a day's takings, after a keeper was injured by a zebra.": "unverified",
    })


def test_a_verb_of_saying_in_a_manner_is_the_claims_said(tmp_path):
    """"Ruth Ames stressed that ...", "warned that ...": the saying that the claim's "said" tells, with
    its manner; what was said is still compared. "Admitted" asserts more (that it is so, against
    her will) and stays unsaid."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow Zoo", "Ruth Ames said the red pandas would return to Harlow Zoo in 2026."))
    _expect(checker, {
        "Ruth Ames stressed that the red pandas would return to Harlow Zoo in 2026.": "supported",
        "Ruth Ames warned that the red pandas would return to Harlow Zoo in 2026.": "supported",
        "Ruth Ames warned that the red pandas would return to Harlow Zoo in 2027.": "conflicting",
        "Ruth Ames admitted that the red pandas would return to Harlow Zoo in 2026.": "unverified",
    })


def test_no_before_the_subject_of_a_progressive_passive_denies_its_verb(tmp_path):
    """"No houses are being built" denies the building, as "no homes were destroyed" denies the
    destroying: "being" is an auxiliary of the passive as "been" is, and the verb after it is the one
    "no" denies, which "was not building any houses" says."""
    checker = _checker_of(tmp_path, _one_source(
        "Mill Lane site", "The developer Halden Homes was not building any houses on the Mill Lane site in Dunhallow."))
    _expect(checker, {
        "No houses are being built on the Mill Lane site in Dunhallow.": "supported",
        "Houses are being built on the Mill Lane site in Dunhallow.": "conflicting",
    })


def test_a_role_the_base_gives_a_person_set_off_after_the_name_is_said_of_them(tmp_path):
    """"Alison Freer, the director of the Moorland Trust, said ...": the appositive is read as "Alison
    Freer is the director of the Moorland Trust", which the base's record of her says; a role it does
    not give her ("chairwoman"), or another body, stays unsaid."""
    checker = _freer_checker(tmp_path)
    _expect(checker, {
        "Alison Freer, the director of the Moorland Trust, said the burnt heather on Carrow Moor may take 15 years to recover.": "supported",
        "Alison Freer, the chairwoman of the Moorland Trust, said the burnt heather on Carrow Moor may take 15 years to recover.": "unverified",
        "Alison Freer, the director of the Wildlife Trust, said the burnt heather on Carrow Moor may take 15 years to recover.": "unverified",
    })


def test_a_figure_is_the_subject_s_that_a_name_in_apposition_gives(tmp_path):
    """"Harwick Council's chief executive, Dana Pryce, earned £184,000": the name set off after the
    possessive phrase is its head, the subject, and the figure hers; the council, the possessive,
    only owns the post, so a statement of another figure of hers contradicts the claim and one of the
    council's does not."""
    checker = _checker_of(tmp_path, _one_source(
        "Pay and trains", "Harwick Council's chief executive, Dana Pryce, earned £184,000 in 2024.",
        "Tarrow Rail's newest train, the eight-carriage Kestrel Express, was out of service for 12 days in March 2025."))
    _expect(checker, {
        "Dana Pryce earned £210,000 in 2024.": "conflicting",
        "Dana Pryce earned £184,000 in 2024.": "supported",
        "Harwick Council earned £210,000 in 2024.": "unverified",
        "The Kestrel Express was out of service for 21 days in March 2025.": "conflicting",
    })


def test_a_denied_noun_takes_the_mood_of_its_clause(tmp_path):
    """"There will be no cap on the field" denies a cap to come, which "the field will be capped" tells:
    the noun has no tense of its own, and takes its clause's; a cap denied in the past says nothing of
    one to come."""
    checker = _checker_of(tmp_path, _one_source(
        "Half marathon", "Kelby Events said the field of the 2026 Kelby half marathon will be capped at 4,000 runners."))
    _expect(checker, {
        "There will be no cap on the field of the 2026 Kelby half marathon.": "conflicting",
        "Kelby Events said there would be no cap on the field of the 2026 Kelby half marathon.": "conflicting",
        "There was no cap on the field of the 2026 Kelby half marathon.": "unverified",
    })


def test_describing_something_as_is_calling_it(tmp_path):
    """"Jo Marsh described the plan as a waste of money" is what "Jo Marsh ... called the plan a waste of
    money" says: two verbs of saying what a thing is, by the same voice, whether the claim names her
    as its speaker or opens on her, and whether the statement names her after her title."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Jo Marsh, type: person, aliases: [Marsh], role: [MP]}\n"
                          "  - {name: Tom Reid, type: person}\n  - {name: Kelby, type: place}\n" + _one_source(
                              "Rail plan", "Jo Marsh, the MP for Kelby, called the Kelby rail plan a waste of money."))
    _expect(checker, {
        "Jo Marsh described the Kelby rail plan as a waste of money.": "supported",
        "The MP for Kelby, Jo Marsh, described the Kelby rail plan as a waste of money.": "supported",
        # (the words credited to another voice: a misattribution, as "Tom Reid said" and "Tom Reid called"
        # it already were; session 54)
        "Tom Reid described the Kelby rail plan as a waste of money.": "conflicting",
        "Jo Marsh described the Kelby rail plan as a bargain.": "unverified",
    })


def test_suffering_an_event_is_undergoing_it(tmp_path):
    """"The bridge sustained damage" is what "the bridge was damaged" says: the subject of a verb of
    undergoing is the patient of the event its object names, as a passive's subject is. "A lorry
    driver suffered injuries" is not what "a lorry driver injured two cyclists" says: there the
    driver did it."""
    checker = _checker_of(tmp_path, _one_source(
        "Floods and roads", "The Harlow Street bridge was damaged by floodwater in March 2024.",
        "A lorry driver injured two cyclists on the Dunmore road in June 2024."))
    _expect(checker, {
        "The Harlow Street bridge sustained damage from floodwater in March 2024.": "supported",
        "A lorry driver suffered injuries on the Dunmore road in June 2024.": "unverified",
    })


def test_a_speaker_who_said_it_may_happen_did_not_say_it_will(tmp_path):
    """"Jo Marsh said the council will close two libraries" misreports "Jo Marsh said the council may
    close two libraries": what she left possible is told as certain. Told with a title before her name
    ("Councillor Marsh said") she is still the speaker; told by no one, it is only not settled."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Jo Marsh, type: person, aliases: [Marsh]}\n"
                          "  - {name: Kelby Council, type: org}\n" + _one_source(
                              "Libraries", "Jo Marsh, the leader of Kelby Council, said the council may close two libraries in 2026."))
    _expect(checker, {
        "Jo Marsh said the council will close two libraries in 2026.": "conflicting",
        "Councillor Marsh said Kelby Council will close two libraries in 2026.": "conflicting",
        "Councillor Marsh said Kelby Council could close two libraries in 2026.": "supported",
        "Kelby Council will close two libraries in 2026.": "unverified",
    })


def test_what_is_avoided_did_not_happen(tmp_path):
    """"Dunmore Town avoided relegation" says they were not relegated, "avoided paying the fine" that it
    was not paid, and "pensioners will be spared the fare rise" that their fares will not rise: the
    object of a verb of avoiding is denied, and the verb says nothing more."""
    checker = _checker_of(tmp_path, _one_source(
        "Fares and football", "Bus fares for pensioners in Kelby will not rise in 2026.",
        "Dunmore Town were not relegated from League Two in 2025.",
        "The Harlow Street bakery's owner did not pay the £4,000 fine.",
        "Kelby Athletic were relegated from League One in 2025."))
    _expect(checker, {
        "Pensioners in Kelby will be spared the 2026 bus fare rise.": "supported",
        # a change denied is the claim's denial of a change that way, in other words
        "Pensioners in Kelby will be spared the 2026 bus fare increase.": "supported",
        "Dunmore Town avoided relegation from League Two in 2025.": "supported",
        "The Harlow Street bakery's owner avoided paying the £4,000 fine.": "supported",
        "Kelby Athletic avoided relegation from League One in 2025.": "conflicting",
    })


def test_ruling_out_and_granting_against_a_denial_in_other_words(tmp_path):
    """"Has ruled out seeking a drought order" contradicts "has not ruled out applying for one": the ruling
    out is asserted, though it is no word a claim must repeat. "Have been granted an exemption" contradicts
    "will not be exempt": two words of a state, neither a verb of its own, have no tense to set apart."""
    checker = _checker_of(tmp_path, _one_source(
        "Drought", "Harlow Water has not ruled out applying for a drought order in 2026.",
        "Allotment holders in Kelby will not be exempt from Harlow Water's hosepipe ban."))
    _expect(checker, {
        "Harlow Water has ruled out seeking a drought order in 2026.": "conflicting",
        "Allotment holders in Kelby have been granted an exemption from Harlow Water's hosepipe ban.": "conflicting",
    })


def test_a_denied_thing_is_not_every_thing_of_its_name(tmp_path):
    """A denial restricted to a kind ("without a permanent director", "no plans for library closures")
    says nothing against the thing unrestricted ("left her post as director", which "has been without
    a permanent director since Jane Orr left" takes as known; "plans to build a new library"); "not
    one driver crossed" and "none of its drivers crossed" deny one act; and "no pupil would have to
    change classes" says nothing of what pupils do now."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "Harwick Museum has been without a permanent director since Jane Orr left in 2023.",
        "Kelby Council said there were no plans for library closures in 2026.",
        "The Kelby bus drivers' union said not one driver crossed the picket line at Kelby depot on 3 March 2025.",
        "The head of Kelby School, Ann Dale, promised that no pupil of the school would have to change classes in 2026."))
    _expect(checker, {
        "Jane Orr left her post as director of Harwick Museum in 2023.": "supported",
        "Kelby Council has unveiled plans to build a new library in 2026.": "unverified",
        "Kelby Council has plans for library closures in 2026.": "conflicting",
        "The Kelby bus drivers' union said none of its drivers crossed the picket line at Kelby depot on 3 March 2025.": "supported",
        "The Kelby bus drivers' union said some of its drivers crossed the picket line at Kelby depot on 3 March 2025.": "conflicting",
        "Many pupils of Kelby School travel to classes by bus.": "unverified",
    })


def test_the_date_of_the_last_time_is_not_the_date_of_the_next(tmp_path):
    """"Had not imposed a hosepipe ban since 2018" and "last imposed one in 2018" date the ban before, not
    the one the claim dates from 1 June 2026; only the claim's "first since" is compared with them, and
    "the first since 2018" is what "last ... in 2018" says, not its opposite."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow Water", "Harlow Water will impose a hosepipe ban on its customers from 1 June 2026.",
        "The hosepipe ban is Harlow Water's first since 2018."))
    _expect(checker, {
        "Harlow Water had not imposed a hosepipe ban since 2018.": "unverified",
        "Harlow Water had not imposed a hosepipe ban since 2021.": "conflicting",
        "Harlow Water last imposed a hosepipe ban in 2018.": "supported",
        "Harlow Water last imposed a hosepipe ban in 2021.": "conflicting",
    })


def test_a_noun_in_a_list_after_or_is_not_a_denied_verb(tmp_path):
    """"Does not stop people using watering cans or water from water butts": "water" after "or" is the
    last noun of a list ("from water butts" follows it), not a verb joined to the denied one, so nothing
    is said against the claim that such water can still be used."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby ban", "Under the Kelby hosepipe ban, watering cans and water from water butts can still be used."))
    _expect(checker, {
        "The Kelby hosepipe ban does not stop people using watering cans or water from water butts.": "unverified",
    })


def test_a_thing_in_a_phrase_no_opens_is_not_asserted(tmp_path):
    """"Has had no permanent director" asserts no director: it is what "has been without a permanent
    director" says, and contradicts "has had a permanent director"."""
    checker = _checker_of(tmp_path, _one_source(
        "Museum", "Harwick Museum has been without a permanent director since Jane Orr left in 2023."))
    _expect(checker, {
        "Since Jane Orr left in 2023, Harwick Museum has had no permanent director.": "supported",
        "Since Jane Orr left in 2023, Harwick Museum has had a permanent director.": "conflicting",
    })


def test_a_with_phrase_to_be_done_is_an_arrangement(tmp_path):
    """"With all its repair costs to be published by May 2026" tells what is still to be done (Quirk et
    al. 1985, 4.48: "be to"), as "will be published" does, whatever its noun phrase opens with."""
    checker = _checker_of(tmp_path, _one_source(
        "Bridge", "The repair costs of the Harlow bridge will be published by May 2026, and the bridge will reopen in June 2026."))
    _expect(checker, {
        "The Harlow bridge will reopen in June 2026, with all its repair costs to be published by May 2026.": "supported",
        "The Harlow bridge will reopen in June 2026, with the repair costs to be published by April 2026.": "conflicting",
    })


def test_a_weekday_written_with_its_date_is_the_dates(tmp_path):
    """"Reopened on Monday 3 March 2025" says no more than "on 3 March 2025" (a Monday): the weekday is
    part of the date, which it must agree with, not a word the claim must repeat."""
    checker = _checker_of(tmp_path, _one_source("Library", "The Kelby library reopened on 3 March 2025 after a flood."))
    _expect(checker, {
        "The Kelby library reopened on Monday 3 March 2025.": "supported",
        "The Kelby library reopened on Monday, 3 March 2025.": "supported",
        "The Kelby library reopened on Monday 10 March 2025.": "conflicting",
    })



def test_superlatives_of_one_scale_rank_alike(tmp_path):
    """"The biggest" and "the largest" grade one scale (synonyms with an opposite in common: small),
    so "the second-biggest" is not what "the largest" says; "the worst" is on another scale, though
    WordNet gives "big" a sense of "bad" ("a big mistake")."""
    checker = _checker_of(tmp_path, _one_source("Dairies", "Kestrel Dairy is the largest of the four dairies in Wexshire."))
    _expect(checker, {
        "Kestrel Dairy is the second-biggest of the four dairies in Wexshire.": "conflicting",
        "Kestrel Dairy is the biggest of the four dairies in Wexshire.": "supported",
    })
    checker = _checker_of(tmp_path, folder="sub", base_yaml=_one_source(
        "Mills", "Harlow Mill has the worst safety record of the five mills in Wexshire."))
    _expect(checker, {"Harlow Mill is the second-biggest of the five mills in Wexshire.": "unverified"})


def test_a_fronted_partitive_phrase_names_no_holder(tmp_path):
    """"Among the nine operators regulated by the Rail Standards Office, Tenby Rail had ...": the
    fronted phrase's names are not the subject's, so the rank is Tenby Rail's."""
    checker = _checker_of(tmp_path, _one_source(
        "Fares", "Tenby Rail had the highest fares of the nine operators regulated by the Rail Standards Office in 2023."))
    _expect(checker, {
        "Among the nine operators regulated by the Rail Standards Office, Tenby Rail had the second-highest fares in 2023.":
            "conflicting",
        "Of the nine operators regulated by the Rail Standards Office, Tenby Rail had the highest fares in 2023.": "supported",
    })


def test_standing_for_an_office_is_not_the_opposite_of_running_for_it(tmp_path):
    """"Standing" and "running" water are opposites; standing and running for election are one act,
    so a statement of one is no contradiction of a claim of the other."""
    checker = _checker_of(tmp_path, _one_source("Mayor", "Jo Marsh will run for mayor of Kelby in May 2026."))
    result = checker.check("Jo Marsh will stand for mayor of Kelby in May 2026.")
    assert result.verdict.value != "conflicting", result.reason


def test_an_ing_form_read_as_a_noun_is_the_verb_of_its_phrase(tmp_path):
    """"Going" and "taking" are nouns too ("the going was good"), but "are going up" is a form of "go
    up" (rise) and "were taking part" of "take part" (participate)."""
    checker = _checker_of(tmp_path, _one_source(
        "Prices", "Matchday ticket prices at Kelby Town will rise by £2 next season.",
        "About 380 volunteers participated in the Harlow beach clean in May 2025."))
    _expect(checker, {
        "Kelby Town's matchday ticket prices are going up by £2 next season.": "supported",
        "Kelby Town's matchday ticket prices are going down by £2 next season.": "conflicting",
        "About 380 volunteers were taking part in the Harlow beach clean in May 2025.": "supported",
    })


def test_an_officer_the_base_records_speaks_for_the_body(tmp_path):
    """What a union's organiser said, the union said, where the base records the post (member_of and
    a role that is an office); a body the speaker holds no post in is still another voice."""
    checker = _checker_of(tmp_path, """
entities:
  - {name: Harwick Foods, type: org, aliases: [Harwick]}
  - {name: Unite, type: org, aliases: []}
  - {name: Tom Lyle, type: person, aliases: [Lyle], role: [regional organiser], member_of: [Unite]}
sources:
  - {id: s, title: Bakery chain sold, published: '2025-03-12'}
claims:
  - id: c1
    source: s
    quote: "Tom Lyle said the union would ballot its 300 members on strike action."
    text: "Tom Lyle said Unite would ballot its 300 members at Harwick Foods on strike action."
    attribution: Tom Lyle
""")
    _expect(checker, {
        "Unite said it would ballot its 300 members at Harwick Foods on strike action.": "supported",
        "Harwick Foods said Unite would ballot its 300 members on strike action.": "conflicting",
    })


def test_what_is_denied_until_a_date_happens_then(tmp_path):
    """"Trains will not return until 14 April" says they return on 14 April and not before (Quirk et
    al. 1985, 8.60), so a return on 7 April contradicts it, as an opening in January contradicts "will
    not open until March"."""
    checker = _checker_of(tmp_path, _one_source(
        "Line", "Trains will not return to the Ambry Valley line until 14 April 2025, Westmoor Rail said."))
    _expect(checker, {
        "Westmoor Rail said trains would return to the Ambry Valley line on 14 April 2025.": "supported",
        "Westmoor Rail said trains would return to the Ambry Valley line on 7 April 2025.": "conflicting",
        "Trains will not return to the Ambry Valley line until 21 April 2025.": "conflicting",
    })



def test_a_race_time_in_any_form_is_one_length_of_time(tmp_path):
    """"1:09:32" is what "1 hour, 9 minutes and 32 seconds" says; "one hour and 12 minutes" is another
    time, and "a delay of 80 minutes" what "a delay of one hour and 20 minutes" says."""
    checker = _checker_of(tmp_path, _one_source(
        "Race", "Sara Lind won the Harlow half marathon on 4 May 2025 in 1:09:32.",
        "Passengers on the Kelby ferry faced a delay of 80 minutes on 2 June 2025."))
    _expect(checker, {
        "Sara Lind won the Harlow half marathon in 1 hour, 9 minutes and 32 seconds.": "supported",
        "Sara Lind won the Harlow half marathon in one hour and 12 minutes.": "conflicting",
        "Passengers on the Kelby ferry faced a delay of one hour and 20 minutes on 2 June 2025.": "supported",
        "Passengers on the Kelby ferry faced a delay of one hour and 50 minutes on 2 June 2025.": "conflicting",
    })


def test_a_difference_between_two_holders_is_worked_from_their_figures(tmp_path):
    """"Harlow School has 270 more pupils than Kelby School" is what 910 pupils at one and 640 at the
    other give between them, whichever way round it is told; the wrong way round, or another
    difference, is not supported."""
    checker = _checker_of(tmp_path, _one_source(
        "Schools", "Harlow School has 910 pupils.", "Kelby School has 640 pupils."))
    _expect(checker, {
        "Harlow School has 270 more pupils than Kelby School.": "supported",
        "Kelby School has 270 fewer pupils than Harlow School.": "supported",
    })
    for statement in ("Kelby School has 270 more pupils than Harlow School.",
                      "Harlow School has 250 more pupils than Kelby School."):
        assert checker.check(statement).verdict.value != "supported", statement


def test_a_difference_between_two_holders_in_one_claim(tmp_path):
    """One claim may give both figures, the second with its unit left out as the clause before gives
    it ("Ashby Academy has 910 pupils and Moor Lane School has 640"): the difference is theirs, and
    the larger is the first's, never the other's."""
    checker = _checker_of(tmp_path, _one_source(
        "Schools", "Ashby Academy has 910 pupils on its roll and Moor Lane School has 640."))
    _expect(checker, {
        "Ashby Academy has 270 more pupils than Moor Lane School.": "supported",
        "Moor Lane School has 270 fewer pupils than Ashby Academy.": "supported",
    })
    assert checker.check("Moor Lane School has 270 more pupils than Ashby Academy.").verdict.value != "supported"


def test_a_figure_told_in_the_present_is_the_reading_a_change_came_to(tmp_path):
    """"5.1% in March, down from 6.3% a year earlier": the rate now is 5.1%, so "the rate is 6.3%"
    contradicts the claim, though 6.3% is one of its figures; a statement that dates its figure, or
    tells it as earlier, is still set against the reading of that time."""
    checker = _checker_of(tmp_path, _one_source(
        "Jobs", "Kelby's unemployment rate was 5.1% in March 2025, down from 6.3% a year earlier."))
    _expect(checker, {
        "Kelby's unemployment rate is 6.3%.": "conflicting",
        "Kelby's unemployment rate is 5.1%.": "supported",
        "Kelby's unemployment rate was 6.3% a year earlier.": "supported",
    })


def test_in_favour_of_is_for_and_a_vote_in_a_clause_of_fact_is_one(tmp_path):
    """"Voted in favour of" says what "voted for" says; and a vote told in a relative clause of fact
    ("who voted against the scheme") is opposed by a vote for it, though the claim goes on to say
    what ought to be."""
    checker = _checker_of(tmp_path, _one_source(
        "Vote", "Councillor Sam Hale voted for the Kelby library plan.",
        "Councillor Jo Reed, who voted against the Harlow bypass scheme, said the council should spend the money on buses."))
    _expect(checker, {
        "Councillor Sam Hale voted in favour of the Kelby library plan.": "supported",
        "Councillor Jo Reed voted in favour of the Harlow bypass scheme.": "conflicting",
    })


def test_the_noun_of_a_difference_is_said_by_the_figures_that_give_it(tmp_path):
    """"By a five-vote margin" is what nine votes to four give; the noun names the difference the
    claim's figures work out, and nothing else: a "profit margin" is still the claim's to say."""
    checker = _checker_of(tmp_path, _one_source(
        "Votes", "The Harlow bypass plan was approved by nine votes to four.",
        "Kelby Foods' market share rose from 6% to 8% in 2024."))
    _expect(checker, {
        "The Harlow bypass plan was approved by a five-vote margin.": "supported",
        "Kelby Foods' profit margin rose 2 percentage points to 8% in 2024.": "unverified",
    })


def test_a_founding_date_is_dated_by_no_other_event(tmp_path):
    """"Was founded in 1962" says nothing against "was bought in 2019": a body's founding (as a
    birth, a death, a winding up) is dated only by a date of that event."""
    checker = _checker_of(tmp_path, _one_source("Buses", "Kelby Buses was bought by Harlow Transport in 2019."))
    _expect(checker, {
        "Kelby Buses was founded in 1962.": "unverified",
        "Kelby Buses was bought by Harlow Transport in 2021.": "conflicting",
    })
    checker = _checker_of(tmp_path, folder="sub", base_yaml=_one_source("Club", "Tarn Rovers F.C. was founded in 1887."))
    _expect(checker, {"Tarn Rovers F.C. was founded in 1890.": "conflicting"})


def test_a_share_of_what_meets_a_limit_is_of_that_limit(tmp_path):
    """"9 per cent waited more than 12 hours" is no share of those "seen within four hours": each
    share is of what meets its own limit, and only a share of the same limit contradicts."""
    checker = _checker_of(tmp_path, _one_source(
        "A&E", "At Harlow General Hospital, 64 per cent of A&E patients were seen within four hours in March 2025."))
    _expect(checker, {
        "At Harlow General Hospital, 9 per cent of A&E patients waited more than 12 hours in March 2025.": "unverified",
        "At Harlow General Hospital, 70 per cent of A&E patients were seen within four hours in March 2025.": "conflicting",
        "At Harlow General Hospital, 64 per cent of A&E patients were seen within six hours in March 2025.": "conflicting",
    })


def test_the_same_particular_count_in_other_words(tmp_path):
    """"Sold 6,417 seats" is "sold 6,417 tickets" where the claim counts nothing else: a figure that
    particular names one count, whatever the noun; a small or round one ("12 seats", "6,400 seats")
    may be another thing's, and another figure of other things is no figure of the statement's."""
    checker = _checker_of(tmp_path, _one_source(
        "Cinema", "Harbour Cinema sold 6,417 tickets in June 2024.", "Harbour Cinema sold 12 tickets for its midnight show.",
        "Harbour Cinema sold 6,400 tickets in July 2024."))
    _expect(checker, {
        "Harbour Cinema sold 6,417 seats in June 2024.": "supported",
        "Harbour Cinema sold 12 seats for its midnight show.": "unverified",
        "Harbour Cinema sold 6,400 seats in July 2024.": "unverified",
        "Harbour Cinema sold 6,471 seats in June 2024.": "unverified",
        "Harbour Cinema sold 6,471 tickets in June 2024.": "conflicting",
    })


def test_the_number_of_a_modified_noun_is_its_count(tmp_path):
    """"The number of weekend visitors" is what a count of weekend visitors gives: the noun counted may
    come after a word or two of its own phrase, or a determiner."""
    checker = _checker_of(tmp_path, _one_source(
        "Gallery", "Tarnby Gallery had 4,212 weekend visitors in May 2024."))
    _expect(checker, {
        "The number of weekend visitors to Tarnby Gallery was 4,212 in May 2024.": "supported",
        "Tarnby Gallery put the number of its weekend visitors in May 2024 at 4,212.": "supported",
        "The number of weekend visitors to Tarnby Gallery was 5,212 in May 2024.": "conflicting",
    })


def test_no_one_outdoing_it_is_a_superlative_not_a_denial(tmp_path):
    """"No theatre has ever received a bigger grant than the £2.4 million" denies no theatre and no
    receiving: it tells of the most. A claim that some theatre received a grant does not contradict
    it; one that tells something outdoing what "than" names does."""
    checker = _checker_of(tmp_path, _one_source(
        "Grants", "The £2.4 million grant from the Kelby Arts Trust was the biggest it has ever made to a theatre in Harlowshire.",
        "Tarn Rovers scored more goals than Harlow Town in 2024."))
    _expect(checker, {
        "No theatre in Harlowshire has ever received a bigger grant from the Kelby Arts Trust than the £2.4 million.":
            "unverified",
        "No club scored more goals than Harlow Town in 2024.": "conflicting",
        "No club scored more goals than Kelby United in 2024.": "unverified",
    })


def test_seconds_of_time_are_no_place_in_an_order(tmp_path):
    """"46 seconds after" tells a length of time: "seconds" is no "second" set against a claim's
    "first"; a second win against a first one still is."""
    checker = _checker_of(tmp_path, _one_source(
        "10K", "Anna Kovac won the women's race of the Harlow 10K in 33:12, the first win of her career."))
    _expect(checker, {
        "Mara Olsen finished the Harlow 10K in 33:58, 46 seconds after Anna Kovac.": "unverified",
        "Anna Kovac won the women's race of the Harlow 10K in 33:12, the second win of her career.": "conflicting",
    })


def test_a_sum_raised_is_collected_not_a_rise(tmp_path):
    """"Raised £310,000 for charity" is money collected (raise in its sense of collecting), no change:
    so "raised £90,000 more than in 2023", a difference, is not set against it as one; "raised
    council tax by 5%" is still a rise, and another sum raised still contradicts."""
    checker = _checker_of(tmp_path, _one_source(
        "10K", "Runners in the 2024 Tarn 10K raised £310,000 for charity.", "Harlow Council raised council tax by 5% in 2024."))
    _expect(checker, {
        "Runners in the 2024 Tarn 10K raised £90,000 more for charity than in 2023.": "unverified",
        "Runners in the 2024 Tarn 10K raised £290,000 for charity.": "conflicting",
        "Harlow Council raised council tax by 3% in 2024.": "conflicting",
    })



def test_a_level_reached_by_a_date_is_the_level_then(tmp_path):
    """"Had fallen to 39,000 by the end of June" tells the level at the end of June: a reading in
    March is of another time, no contradiction; a level reached by the end of March is that March's,
    and a deadline for an act ("will cut 300 jobs by the end of 2025") is still one."""
    checker = _checker_of(tmp_path, _one_source(
        "List", "The Kelby hospital waiting list reached 41,200 patients in March 2025.",
        "Kelby Council will cut 200 jobs by the end of 2025."))
    _expect(checker, {
        "The Kelby hospital waiting list had fallen to 39,000 patients by the end of June 2025.": "unverified",
        "The Kelby hospital waiting list had risen to 43,000 patients by the end of March 2025.": "conflicting",
        "Kelby Council will cut 300 jobs by the end of 2025.": "conflicting",
    })


def test_deciding_against_doing_it_denies_it(tmp_path):
    """"Decided against renewing its lease" is a choice not to renew it: it contradicts a claim that
    the lease was renewed, and agrees with one that it was not (the deciding itself is the statement's
    own); "voted against" opposes and denies nothing."""
    checker = _checker_of(tmp_path, _one_source(
        "Dairy", "Kelby Dairy said it had not renewed its contract to supply milk to Harlow Foods.",
        "Kelby Dairy renewed its lease on the Tarn depot in 2024."))
    _expect(checker, {
        "Kelby Dairy decided against renewing its contract to supply milk to Harlow Foods.": "unverified",
        "Kelby Dairy decided against renewing its lease on the Tarn depot in 2024.": "conflicting",
        "Kelby Dairy renewed its contract to supply milk to Harlow Foods.": "conflicting",
    })


def test_debut_maiden_and_inaugural_are_the_first(tmp_path):
    """"Its debut album", "its maiden voyage" are its first: the ordinal compares with "first" and
    "second" as any place in an order does."""
    checker = _checker_of(tmp_path, _one_source(
        "Band", "Harbour Lights is the debut studio album by the Kelby band Tarn Rovers, released in 2019.",
        "The Kelby Star made its maiden voyage in May 2024."))
    _expect(checker, {
        "Harbour Lights was the first studio album released by Tarn Rovers.": "supported",
        "Harbour Lights was the second studio album released by Tarn Rovers.": "conflicting",
        "The Kelby Star made its first voyage in May 2024.": "supported",
    })


def test_a_total_is_no_part_to_add(tmp_path):
    """"£30.1 million in other territories, for a worldwide total of £42.5 million": the total holds
    the parts, so no sum of it and a part backs "more than £50 million"."""
    checker = _checker_of(tmp_path, _one_source(
        "Film", "The film Harbour Nights grossed £12.4 million in the UK and £30.1 million in other territories,"
        " for a worldwide total of £42.5 million."))
    _expect(checker, {"The film Harbour Nights grossed more than £50 million worldwide.": "unverified"})


def test_a_count_of_a_named_kind(tmp_path):
    """"Thirteen County Championships" counts championships though written with capitals: "fewer than
    12 County Championships" is set against the 13, not against the claim's "2 shared titles"."""
    checker = _checker_of(tmp_path, _one_source(
        "Cricket", "Kelbyshire have won thirteen County Championships, including 2 shared titles."))
    _expect(checker, {
        "Kelbyshire have won fewer than 12 County Championships.": "conflicting",
        "Kelbyshire have won 13 County Championships.": "supported",
    })


def test_a_synonym_less_common_than_its_partner(tmp_path):
    """"Interrogated" is "questioned" (WordNet: interrogate, question, in the first senses of each),
    though "interrogate" is no word of the model's vocabulary: one common word of the two is enough."""
    checker = _checker_of(tmp_path, _one_source(
        "Crash", "Police questioned the driver of the Kelby bus after the crash on 3 May 2024."))
    _expect(checker, {
        "Police interrogated the driver of the Kelby bus after the crash on 3 May 2024.": "supported",
        "Police interrogated the driver of the Kelby bus after the crash on 4 May 2024.": "conflicting",
    })


def test_days_later_are_counted_on_from_the_date_before(tmp_path):
    """"Arrested on 30 December 2024 and charged two days later": the charge is dated 1 January 2025,
    counted on from the date told before it in the sentence, not set against a claim's date of it as
    if it were the 30 December."""
    checker = _checker_of(tmp_path, _one_source(
        "Arrest", "Tom Blake was charged with arson on 1 January 2025.",
        "Tom Blake was arrested on 30 December 2024 after a fire at the Kelby depot."))
    _expect(checker, {
        "Tom Blake was charged with arson on 30 December 2024.": "conflicting",
        "Arrested on 30 December 2024, Tom Blake was charged with arson two days later.": "supported",
        "Arrested on 30 December 2024, Tom Blake was charged with arson four days later.": "conflicting",
    })


def test_coming_into_force_is_a_beginning(tmp_path):
    """"Came into force on 1 April" tells when the ban began, which "has been in force since 1 March"
    contradicts; "was in force on 1 April" is a state the span holds."""
    checker = _checker_of(tmp_path, _one_source("Parking", "The Kelby parking ban has been in force since 1 March 2025."))
    _expect(checker, {
        "The Kelby parking ban came into force on 1 April 2025.": "conflicting",
        "The Kelby parking ban was in force on 1 April 2025.": "supported",
    })


def test_a_sum_told_by_a_fronted_phrase(tmp_path):
    """"Between them, the trust and the appeal gave £1.16 million" tells a total: one part of it
    ("the appeal raised £410,000") is no contradiction; the two parts added back it, and another
    total contradicts their sum, which the reason shows."""
    checker = _checker_of(tmp_path, _one_source(
        "Library", "The Kelby Arts Trust gave £750,000 towards the new library, and a public appeal raised £410,000 from"
        " 6,200 donors."))
    _expect(checker, {
        "Between them, the Kelby Arts Trust and a public appeal gave £1.16 million towards the new library.": "supported",
        "Between them, the Kelby Arts Trust and a public appeal gave £1.5 million towards the new library.": "conflicting",
    })
    assert "£750,000 + £410,000" in checker.check(
        "Between them, the Kelby Arts Trust and a public appeal gave £1.5 million towards the new library.").reason
    checker = _checker_of(tmp_path, folder="sub", base_yaml=_one_source(
        "Appeal", "A public appeal for the new Kelby library raised £410,000 from 6,200 donors."))
    _expect(checker, {"Between them, the Kelby Arts Trust and a public appeal gave £1.16 million towards the new Kelby library.":
                      "unverified"})


def test_the_first_since_a_date_dates_the_last_before(tmp_path):
    """"From 1 June 2025, its first increase since April 2023": April 2023 is when fares last rose, no
    date of this rise, so "comes into force on 1 July 2025" is set against 1 June; and "last raised its
    fares in April 2023" is what the "since" says, to the month."""
    checker = _checker_of(tmp_path, _one_source(
        "Fares", "Kelby Buses raised its fares by 5 per cent from 1 June 2025, its first increase since April 2023."))
    assert "1 June 2025" in checker.check("Kelby Buses' fare increase came into force on 1 July 2025.").reason
    _expect(checker, {
        "Kelby Buses' fare increase came into force on 1 July 2025.": "conflicting",
        "Kelby Buses last raised its fares in May 2022.": "conflicting",
    })
    assert "April 2023" in checker.check("Kelby Buses last raised its fares in May 2022.").reason


def test_a_life_date_of_one_the_claim_never_names(tmp_path):
    """"Tom Blake was born in 1993" says nothing against a claim of Patti Hawn's birth, nor "Kelby Buses
    was founded in 1962" against Tarn Rovers' founding: a life's date is compared only with a date of
    that life."""
    checker = _checker_of(tmp_path, _one_source(
        "Lives", "Her sister, the publicist Patti Hawn (born March 24, 1938), lives in Kelby.",
        "Tarn Rovers F.C. was founded in 1887."))
    _expect(checker, {
        "Tom Blake was born on 6 December 1993.": "unverified",
        "Kelby Buses was founded in 1962.": "unverified",
        "Patti Hawn was born on 6 December 1993.": "conflicting",
        "Tarn Rovers F.C. was founded in 1890.": "conflicting",
    })


def test_a_rating_out_of_100_meets_a_bound(tmp_path):
    """"A rating of 70 out of 100" is 70 per cent, no rough share: "above 69 out of 100" is what it says,
    and "72 out of 100" contradicts it."""
    checker = _checker_of(tmp_path, _one_source("Film", "On Metacritic, the film Harbour Nights holds a rating of 70 out of 100."))
    _expect(checker, {
        "Harbour Nights has a rating above 69 out of 100 on Metacritic.": "supported",
        "Harbour Nights has a rating of 72 out of 100 on Metacritic.": "conflicting",
    })


def test_a_sum_not_recovered_is_another_part_than_one_recovered(tmp_path):
    """"£860,000 has not been recovered" says nothing against "recovered £340,000": the denial is of the
    rest, a figure of its own; a denial of any recovery, or another sum recovered, still contradicts."""
    checker = _checker_of(tmp_path, _one_source(
        "Fraud", "Harlow Council has so far recovered £340,000 of the money Tom Blake stole."))
    _expect(checker, {
        "Some £860,000 of the money Tom Blake stole has not been recovered by Harlow Council.": "unverified",
        "Harlow Council has not recovered any of the money Tom Blake stole.": "conflicting",
        "Harlow Council has so far recovered £430,000 of the money Tom Blake stole.": "conflicting",
    })


def test_a_population_counts_the_people_who_live_there(tmp_path):
    """"A population of 41,200" is a count of its people: its residents and inhabitants are counted by
    it, and households are not."""
    checker = _checker_of(tmp_path, _one_source("Census", "Kelby has a population of 41,200, according to the 2021 census."))
    _expect(checker, {
        "Kelby has 41,200 residents, according to the 2021 census.": "supported",
        "Kelby has fewer than 40,000 inhabitants, according to the 2021 census.": "conflicting",
        "Kelby has 41,200 households, according to the 2021 census.": "unverified",
    })


def test_a_sum_of_two_acts_is_no_one_holders(tmp_path):
    """"The Trust gave £750,000, and a public appeal raised £410,000": their sum is what the two gave
    between them, not what the Trust gave; a fine and the costs a firm was ordered to pay are both
    what it must pay, as "in all" says."""
    checker = _checker_of(tmp_path, _one_source(
        "Library", "The Kelby Arts Trust gave £750,000 towards the new library, and a public appeal raised £410,000 from"
        " 6,200 donors.", "Harlow Haulage was fined £400,000 and ordered to pay £31,500 in costs."))
    _expect(checker, {
        "The Kelby Arts Trust gave £1.16 million towards the new library.": "conflicting",
        "Between them, the Kelby Arts Trust and a public appeal gave £1.16 million towards the new library.": "supported",
        "Harlow Haulage must pay £431,500 in all.": "supported",
    })


def test_a_denial_is_of_its_subject_too(tmp_path):
    """"Denied that bus fares would rise" and "ruled out putting up bus fares" deny one thing: a denial
    is of a whole proposition, the subject of the denied verb with it; a denial of another thing still
    settles nothing."""
    checker = _checker_of(tmp_path, _one_source(
        "Fares", "Tarn Buses denied that bus fares in Kelby would rise to help pay for the new depot."))
    _expect(checker, {
        "Tarn Buses ruled out putting up bus fares in Kelby to help pay for the new depot.": "supported",
        "Tarn Buses ruled out cutting routes in Kelby to help pay for the new depot.": "unverified",
        "Tarn Buses said bus fares in Kelby would rise to help pay for the new depot.": "conflicting",
    })
    # each denial takes its own words: a gerund's subject clause keeps its denial to itself, and a
    # report denied is denied whatever the report itself denies
    other = _checker_of(tmp_path, _one_source(
        "Buses", "Tarn Buses no longer running night services has caused problems for shift workers in Kelby.",
        "Ann Dale said Tarn Buses had no plans to sell its coach business."), folder="other")
    _expect(other, {
        "Tarn Buses no longer running night services has not caused problems for shift workers in Kelby.": "conflicting",
        "Ann Dale did not say Tarn Buses had no plans to sell its coach business.": "conflicting",
    })


def test_a_role_after_a_names_possessive_describes_its_holder(tmp_path):
    """"Tarn Rovers' chairman", "Kelby Foods's chief executive": a name's possessive before a role
    names the person the base gives that role in that body, as "the Tarn Rovers chairman" does."""
    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Tarn Rovers, type: org, aliases: [Rovers], role: [football club, club]}\n"
        "  - {name: Colin Barr, type: person, role: [chairman], member_of: [Tarn Rovers]}\n"
        "  - {name: Kelby Foods, type: org, industry: [bakery], role: [company]}\n"
        "  - {name: Ann Dale, type: person, role: [chief executive], member_of: [Kelby Foods]}\n"
        "sources:\n  - {id: s, title: Town news, published: '2024-05-01'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: Colin Barr said ticket prices would be frozen for two seasons., text: Colin Barr said ticket prices would be frozen for two seasons.}\n"
        "  - {id: c2, source: s, quote: Ann Dale said Kelby Foods would open a second bakery in 2025., text: Ann Dale said Kelby Foods would open a second bakery in 2025.}\n"))
    _expect(checker, {
        "Tarn Rovers' chairman said ticket prices would be frozen for two seasons.": "supported",
        "Rovers' chairman said ticket prices would be frozen for two seasons.": "supported",
        "Kelby Foods's chief executive said it would open a second bakery in 2025.": "supported",
        "Kelby Foods' chief executive said it would open a second bakery in 2026.": "conflicting",
    })


def test_a_place_another_stands_in_is_not_lent(tmp_path):
    """Two claims may tell a sentence together, but not with a place that one of them gives as
    where another firm stands ("Tern Mills, a rival bakery based in Upton"): the sentence about
    Marlow Bakes is not backed by it; about Tern Mills it is."""
    checker = _checker_of(tmp_path, _one_source(
        "Bakery deal",
        "Kelby Foods, the Barrow bakery company, has agreed to buy Marlow Bakes, a firm that makes an app for ordering"
        " bread, the two said on 16 June 2025.",
        "Ann Dale denied that Kelby Foods had also bid for Tern Mills, a rival bread app company based in Upton, saying"
        " Kelby Foods looked at Tern Mills but never made an offer."))
    _expect(checker, {
        "Marlow Bakes, the bread app Kelby Foods agreed to buy in June, is an Upton company.": "unverified",
        "Tern Mills, the bread app company Kelby Foods looked at, is an Upton company.": "supported",
    })


def test_the_town_of_a_county_is_where_and_a_place_before_company_is_its_seat(tmp_path):
    """"A firm in the Wessex town of Ashby" is in Ashby (the county only says which Ashby), and "an
    Upton company" is one based in Upton: Upton, another town of Wessex, contradicts it, where
    Wessex, the whole, would have been read as saying it."""
    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Wessex, type: place}\n"
        "  - {name: Ashby, type: place, part_of: [Wessex]}\n"
        "  - {name: Upton, type: place, part_of: [Wessex]}\n"
        "  - {name: Kelby Foods, type: org}\n"
        "  - {name: Marlow Bakes, type: org}\n"
        + _one_source("Bakery deal", "Kelby Foods, the Barrow bakery company, has agreed to buy Marlow Bakes, a firm in the"
                      " Wessex town of Ashby that makes an app for ordering bread, the two said on 16 June 2025.",
                      "Ann Dale denied that Kelby Foods had also bid for Tern Mills, a rival bread firm based in Upton, saying"
                      " Kelby Foods looked at Tern Mills but never made an offer.")))
    _expect(checker, {
        "Marlow Bakes, the bread app Kelby Foods agreed to buy in June, is an Upton company.": "conflicting",
        "Marlow Bakes, the bread app Kelby Foods agreed to buy in June, is an Ashby company.": "supported",
    })


def test_a_sum_is_of_the_noun_it_stands_before(tmp_path):
    """"A £28,000 bonus" and "the £38.5 million grant" are sums of two things: where the claim names the
    bonus apart from its figure, the grant's figure says nothing of the bonus; the grant's is still
    compared with a grant's."""
    checker = _checker_of(tmp_path, _one_source(
        "Pay", "Arlo Vance's bonus rewarded him for winning the £38.5 million grant for the Tidewell Centre."))
    _expect(checker, {
        "Vance's package included a £28,000 bonus, his reward for landing the Tidewell Centre grant.": "unverified",
        "Vance won a £40 million grant for the Tidewell Centre.": "conflicting",
    })


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports(tmp_path):
    """"Figures published on 11 March 2025 show ... at the end of January 2025": the March date is the
    publishing's, which says nothing against a statement dated January; the January figure is still
    compared."""
    checker = _checker_of(tmp_path, _one_source(
        "Leaks", "Figures published by Kelby Water on 11 March 2025 show its leakage stood at 140 million litres a day"
        " at the end of January 2025."))
    _expect(checker, {
        "Kelby Water's leakage fell over the year to January 2025.": "unverified",
        "Kelby Water's leakage stood at 140 million litres a day at the end of January 2025.": "supported",
        "Kelby Water's leakage stood at 150 million litres a day at the end of January 2025.": "conflicting",
    })


def test_rejecting_what_others_say_denies_it_and_a_request_asserts_nothing(tmp_path):
    """"Rejected suggestions that the library would close" denies the closing, as "denied that" does
    ("rejected the plan" denies nothing); "a petition asking her to hand back her allowance" asks,
    and says nothing against her saying she would not."""
    checker = _checker_of(tmp_path, _one_source(
        "Council", "Tarn Council denied that Kelby library would close.",
        "Ann Dale said she would not hand back her £5,000 allowance."))
    _expect(checker, {
        "Tarn Council rejected suggestions that Kelby library would close.": "supported",
        "Tarn Council dismissed claims that Kelby library would close.": "supported",
        "Tarn Council said Kelby library would close.": "conflicting",
        "Residents signed a petition asking Ann Dale to hand back her £5,000 allowance.": "unverified",
        "Ann Dale will hand back her £5,000 allowance.": "conflicting",
    })


def test_how_far_above_or_below_a_level_is_a_difference(tmp_path):
    """"79,000 below the 2022 peak", "£400,000 above the previous record": how far from a level, worked
    out from the claim's readings (a reading the same "from" goes on to, "and a peak of 447,000",
    counts too); no longer a level set against the claim's."""
    checker = _checker_of(tmp_path, _one_source(
        "Visitors", "Kelby Zoo said its visitor numbers fell to 368,000 in 2024, from 412,000 in 2023 and a peak of"
        " 447,000 in 2022.", "The £4.6 million raised by Kelby Marathon runners in 2025 was up from £3.9 million in 2024"
        " and beat the previous record of £4.2 million, set in 2022."))
    _expect(checker, {
        "Kelby Zoo's visitor numbers in 2024 were 79,000 below the 2022 peak.": "supported",
        "Kelby Zoo's visitor numbers in 2024 were 69,000 below the 2022 peak.": "conflicting",  # (was UNVERIFIED: "below"
        # tells the difference from the peak the claim gives, 79,000)
        "Kelby Marathon runners raised £4.6m in 2025, £400,000 above the previous record.": "supported",
    })


def test_two_places_in_an_order_are_so_many_places_apart(tmp_path):
    """"Ranked seventh, up from 23rd" is a climb of 16 places; "came fourth, up from ninth" one of five
    (a word ordinal after "from" or "to" is a place where the sentence tells another, or counts places)."""
    checker = _checker_of(tmp_path, _one_source(
        "Rankings", "In February 2025 Kelby Foods was ranked seventh in the Tarn Business 50, up from 23rd the year before.",
        "Kelby Park came fourth out of 22 parks in the trust's breeding table, up from ninth in 2023."))
    _expect(checker, {
        "Kelby Foods climbed 16 places to seventh in the Tarn Business 50.": "supported",
        "Kelby Foods climbed 14 places to seventh in the Tarn Business 50.": "conflicting",
        "Kelby Park rose five places to fourth in the trust's breeding table.": "supported",
        "Kelby Park rose four places to fourth in the trust's breeding table.": "conflicting",
    })


def test_a_length_of_time_between_two_events_their_dates_give(tmp_path):
    """"Became its conductor six years after she joined it", "a fortnight after the wing opened": the
    length of time between two events, worked out from the dates one claim or two give them (in days
    only from days: "in March" counts no fortnight); a length the claim gives of something else (the
    orchestra's 40-year history) is no answer to it."""
    checker = _checker_of(tmp_path, _one_source(
        "Arts", "The Kelby Arts Centre's new wing was opened by the mayor on 14 May 2024.",
        "The first concert in the new wing of the Kelby Arts Centre was held on 28 May 2024.",
        "Anna Reed, who joined the Kelby Orchestra in 2015, became its conductor in 2021, the first woman to hold the"
        " post in the orchestra's 40-year history.",
        "The Kelby Choir's new hall opened in March 2024."))
    _expect(checker, {
        "Anna Reed became the Kelby Orchestra's conductor six years after she joined it.": "supported",
        "Anna Reed became the Kelby Orchestra's conductor two years after she joined it.": "unverified",
        "The first concert in the new wing of the Kelby Arts Centre was held a fortnight after the wing opened.": "supported",
        # (the two claims date both events: a wrong length is a conflict, since session 46)
        "The first concert in the new wing of the Kelby Arts Centre was held three weeks after the wing opened.": "conflicting",
    })


def test_a_noun_names_a_sum_and_a_placing_verb_its_ordinal(tmp_path):
    """"The previous record of £3.9m" is set against the claim's record (£4.2 million), not its £3.9
    million of another year; "placed Kelby Zoo third" is a place in an order."""
    checker = _checker_of(tmp_path, _one_source(
        "Zoo", "The £4.6 million raised by Kelby Marathon runners in 2025 was up from £3.9 million in 2024 and beat the"
        " previous record of £4.2 million, set in 2022.",
        "The Rarer Species Trust ranked Kelby Zoo fourth among 22 British zoos for breeding in 2024."))
    _expect(checker, {
        "The £4.6m total beat the previous fundraising record of £3.9m, set in 2022.": "conflicting",
        "The Rarer Species Trust placed Kelby Zoo third among 22 British zoos for breeding in 2024.": "conflicting",
        "The Rarer Species Trust placed Kelby Zoo fourth among 22 British zoos for breeding in 2024.": "supported",
    })


def test_things_added_are_what_a_count_grew_by(tmp_path):
    """"Added 1,500 business customers" tells what the count of customers grew by: worked out from
    "2,400 ..., up from 900 a year earlier", not a count set against the 2,400."""
    checker = _checker_of(tmp_path, _one_source(
        "Customers", "Kelby Foods had 2,400 business customers in March 2025, up from 900 a year earlier."))
    _expect(checker, {
        "Kelby Foods added 1,500 business customers in the year to March 2025.": "supported",
        "Kelby Foods added 1,200 business customers in the year to March 2025.": "unverified",
        "Kelby Foods had 2,200 business customers in March 2025.": "conflicting",
    })


def test_a_kind_picks_its_count_over_one_of_no_kind(tmp_path):
    """"24 intensive care beds" is set against the claim's "16 intensive care beds", not its 120 beds of
    no kind, which "including" makes their whole."""
    checker = _checker_of(tmp_path, _one_source(
        "Wing", "When complete, the Kelby Wing will add 120 beds to Kelby General Hospital, including 16 intensive care"
        " beds, and a new A&E department twice the size of the current one."))
    result = checker.check("When complete, the Kelby Wing will add 120 beds to Kelby General Hospital, including 24 intensive"
                           " care beds, and a new A&E department twice the size of the current one.")
    assert result.verdict.value == "conflicting" and "claim: 16" in result.reason, result.reason


def test_a_role_of_a_named_body_describes_its_holder(tmp_path):
    """"The leader of Tarn Council", "the chief executive of Kelby Foods": a role in the body named is
    its holder there, as "Tarn Council's leader" is; one the body's people do not hold names nobody."""
    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Tarn Council, type: org, role: [council]}\n"
        "  - {name: Ann Dale, type: person, role: [council leader, leader], member_of: [Tarn Council]}\n"
        "  - {name: Kelby Foods, type: org, industry: [bakery], role: [company]}\n"
        "  - {name: Tom Hale, type: person, role: [chief executive], member_of: [Kelby Foods]}\n"
        "sources:\n  - {id: s, title: Town news, published: '2024-05-01'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: Ann Dale said the new car park would open in May 2025., text: Ann Dale said the new car park would open in May 2025.}\n"
        "  - {id: c2, source: s, quote: Tom Hale said Kelby Foods would open a second bakery in 2025., text: Tom Hale said Kelby Foods would open a second bakery in 2025.}\n"))
    _expect(checker, {
        "The leader of Tarn Council said the new car park would open in May 2025.": "supported",
        "The leader of Tarn Council said the new car park would open in June 2025.": "conflicting",
        "The chief executive of Kelby Foods said it would open a second bakery in 2025.": "supported",
    })


def test_a_change_or_an_event_told_again_in_another_period_is_another(tmp_path):
    """A measure changes in every period: "fell in 2022" is another fall than "fell to 41,000 in 2024"
    (as a figure of another year is another figure); an event told as happening again ("struck again
    in May 2025") is another time of it. A one-off event's other date still contradicts."""
    checker = _checker_of(tmp_path, _one_source(
        "Museum", "Kelby Museum's visitor numbers fell to 41,000 in 2024, from 48,000 in 2023.",
        "Kelby Museum was founded in 1987.", "Tarn Buses drivers went on strike in March 2025."))
    _expect(checker, {
        "Kelby Museum's visitor numbers fell again in the first three months of 2025.": "unverified",
        "Kelby Museum's visitor numbers fell in 2022.": "unverified",
        "Kelby Museum's visitor numbers fell in 2024.": "supported",
        "Kelby Museum was founded in 1991.": "conflicting",
        "Tarn Buses drivers went on strike again in May 2025.": "unverified",
        "Tarn Buses drivers went on strike in May 2025.": "conflicting",
    })


def test_two_editions_a_year_names_are_two_occasions(tmp_path):
    """"The 2023 Kelby Marathon" and "the 2024 Kelby Marathon" are two editions of one race, each with
    its own winner's time: a time told of one says nothing against the other's; the same edition's is
    compared."""
    checker = _checker_of(tmp_path, _one_source("Marathon", "Anna Reed won the 2024 Kelby Marathon in 2 hours 31 minutes."))
    _expect(checker, {
        "Anna Reed won the 2023 Kelby Marathon in 2 hours 45 minutes.": "unverified",
        "Anna Reed won the 2024 Kelby Marathon in 2 hours 45 minutes.": "conflicting",
        "Tom Hale won the 2024 Kelby Marathon.": "conflicting",
    })


def test_a_place_in_a_table_is_no_number_in_a_run(tmp_path):
    """"Was ranked seventh in the Tarn 50" is a place in a table; "its second data breach", "his
    second marathon" number things in a run: the one says nothing of the other, either way."""
    checker = _checker_of(tmp_path, _one_source(
        "Rankings", "Kelby Foods was ranked seventh in the Tarn Business 50 in 2025.",
        "Anna Reed finished second in the Kelby Marathon."))
    _expect(checker, {
        "Kelby Foods suffered its seventh data breach in 2025.": "unverified",
        "Kelby Foods suffered its second data breach in 2025.": "unverified",
        "Anna Reed was running only her second marathon.": "unverified",
        "Kelby Foods was ranked eighth in the Tarn Business 50 in 2025.": "conflicting",
        "Anna Reed finished third in the Kelby Marathon.": "conflicting",
    })


def test_a_best_since_dates_the_last_such_before(tmp_path):
    """"Its best finish since 1998" dates the last finish as good, not a start: no answer to "has been
    chairman since 2019"; told the same way, it is compared ("best finish since 2001")."""
    checker = _checker_of(tmp_path, _one_source(
        "Club", "Kelby Rovers' chairman, Tom Hale, said the club had finished seventh in 2024-25, its best finish"
        " since 1998."))
    _expect(checker, {
        "Tom Hale has been chairman of Kelby Rovers since 2019.": "unverified",
        "Kelby Rovers finished seventh in 2024-25, their best finish since 2001.": "conflicting",
        "Kelby Rovers finished seventh in 2024-25, their best finish since 1998.": "supported",
    })


def test_a_gap_behind_or_clear_is_set_against_a_gap(tmp_path):
    """"Five points clear of Harton", "a minute behind the winner" tell a gap, no level: a gap told is set
    against the claim's gap ("eight points clear": five), not against its 92 points; and no finishing time
    is contradicted by a gap."""
    checker = _checker_of(tmp_path, _one_source(
        "League", "Kelby Rovers won League Two with 92 points, five points clear of Harton United.",
        "Tom Hale finished third in the Kelby Marathon, more than a minute behind the winner, Ann Dale."))
    _expect(checker, {
        "Kelby Rovers won League Two eight points clear of Harton United.": "conflicting",
        "Kelby Rovers won League Two with 87 points.": "conflicting",
        "The Kelby Marathon wheelchair race was won in a time of 1:31:12.": "unverified",
    })
    assert "claim: 5 points" in checker.check("Kelby Rovers won League Two eight points clear of Harton United.").reason


_MUSEUM = _one_source(
    "Transport museum has its busiest year",
    "The Harwick Museum of Transport welcomed 182,000 visitors in 2024, up from 151,000 in 2023.",
    "The Harwick Museum of Transport employs 64 people, 20 of them in its restoration workshop at Dunmore.",
    "The steam gallery's first locomotive arrived at the Harwick Museum of Transport on 9 January 2025.",
    "Kelby Council said its engineers would not carry out repairs on the Harwick tram line this year.")


def test_a_common_word_the_claims_never_use_is_not_as_telling_as_a_rare_one(tmp_path):
    """A base of a few claims never uses "work" or "come": they counted as rare as its rarest word, and
    a statement saying a claim's fact with them was unverified. A word weighs no more than its rank
    in English allows; a word of degree, rank or time of day still weighs in full ("the largest",
    "on the morning of" say what the claim does not)."""
    checker = _checker_of(tmp_path, _MUSEUM)
    _expect(checker, {
        "Of the 64 people who work at the Harwick Museum of Transport, 20 are in its restoration workshop at Dunmore.":
            "supported",
        "The Harwick Museum of Transport saw 182,000 visitors come through its doors in 2024.": "supported",
        "The Harwick Museum of Transport was the largest transport museum in the region in 2024, with 182,000 visitors.":
            "unverified",
        "The steam gallery's first locomotive arrived at the Harwick Museum of Transport on the morning of 9 January 2025.":
            "unverified",
        "The Harwick Museum of Transport welcomed 182,000 visitors in 2024 after a television series about trams.":
            "unverified",
    })


def test_a_light_verb_taking_what_a_claim_denies_doing_is_not_backed(tmp_path):
    """"Will take on repairs on the tram line" is no restatement of "would not carry out repairs on the
    tram line": a light verb's meaning is in what it takes, and the claim denies doing that; a light
    verb taking something else ("extra staff") is not set against the denial."""
    checker = _checker_of(tmp_path, _MUSEUM)
    _expect(checker, {
        "Kelby Council's engineers will take on repairs on the Harwick tram line this year.": "unverified",
    })
    assert "polarity" in checker.check("Kelby Council's engineers will take on repairs on the Harwick tram line this year.").reason
    assert "polarity" not in checker.check("Kelby Council said its engineers would take on extra staff this year.").reason


def test_a_length_between_two_events_is_no_answer_to_how_long_something_lasted(tmp_path):
    """"Reopened three days after the storm" measures from one event to another: no answer to "has
    carried traffic for 90 years", but one to the same length told with "following"."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "Tom Reed was sworn in as mayor of Kelby at the Guildhall on 7 May 2024, four days after the count.",
        "The Tarn Bridge reopened to traffic three days after the storm that closed it."))
    _expect(checker, {
        "The Tarn Bridge has carried traffic for 90 years.": "unverified",
        "Tom Reed was sworn in as mayor of Kelby two days after the count.": "conflicting",
        "The Tarn Bridge reopened to traffic three days following the storm that closed it.": "supported",
        "Less than two days following the storm that closed it, the Tarn Bridge reopened to traffic.": "conflicting",
    })


def test_a_singular_noun_in_s_is_no_verb():
    """"A rival gas supplier": "gas" is its own lemma, no verb's -s form; "Kelby Power runs" is a verb's. A
    statement read as telling "gas" as an act found no claim telling it, and a claim of opinion that
    tells the joining as a fact could not answer it."""
    from claimcheck.analysis import _predicate_modality
    from claimcheck.text.tokens import tokenize

    for text, predicates in (("Ann Hale joined Kelby Power from a rival gas supplier.", {"join"}),
                             ("Kelby Power runs two power stations.", {"run"})):
        assert set(_predicate_modality(tokenize(text), text)) == predicates, text


def test_a_forecast_lends_no_figure_to_what_happened_in_a_pair_of_claims(tmp_path):
    """Two claims together may cover a statement, but a gate of mood holds for what its claim lends:
    a forecast's "would rise by about 15 per cent" is no figure of prices that "have gone up", whatever
    the other claim tells as done ("raising hay bills")."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "The Kelby Farmers' Union forecast that the price of hay in Kelby would rise by about 15 per cent"
        " in the winter of 2025-26.",
        "A dry summer in Kelby kept sheep on winter rations for five weeks longer than usual in 2025, raising hay"
        " bills, while lamb prices are low: Kelby Market paid farmers an average of 410p a kilo in 2024."))
    _expect(checker, {
        "Hay bills in Kelby have already gone up by 15 per cent.": "unverified",
        "Hay prices in Kelby are expected to rise by about 15 per cent.": "supported",
    })


def test_a_verb_of_measure_before_a_figure_is_said_by_the_figure(tmp_path):
    """"The gallery cost £4.5 million" says what "a new £4.5 million gallery" says: a verb that gives a
    measure's level, as "be" does, is said by the figure the claim gives; another figure conflicts."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "The Harwick Museum of Transport opened a new £4.5 million gallery for its steam locomotives in May 2025."))
    _expect(checker, {
        "The Harwick Museum of Transport's new gallery cost £4.5 million.": "supported",
        "The Harwick Museum of Transport's new gallery cost £5 million.": "conflicting",
    })


def test_a_post_in_a_body_the_base_describes_is_said_of_its_holder(tmp_path):
    """"Ann Dale, the regulator's chief executive": the base records Ann Dale as chief executive of the
    Kelby Rail Board and calls the board a regulator, so the claim naming the board says it; a post the
    base does not give her ("the regulator's spokeswoman") is still unsaid."""
    checker = _checker_of(tmp_path, (
        "entities:\n"
        "  - {name: Kelby Rail Board, type: org, aliases: [the board], role: [regulator, rail regulator]}\n"
        "  - {name: Ann Dale, type: person, aliases: [Dale], role: [chief executive], member_of: [Kelby Rail Board]}\n"
        + _one_source("Rail fine", "The Kelby Rail Board's chief executive, Ann Dale, said Tarn Trains had let its passengers down.")))
    _expect(checker, {
        "Ann Dale, the regulator's chief executive, said Tarn Trains had let its passengers down.": "supported",
        "The regulator's chief executive, Ann Dale, said Tarn Trains had let its passengers down.": "supported",
        "Ann Dale, the regulator's spokeswoman, said Tarn Trains had let its passengers down.": "unverified",
    })


def test_giving_the_go_ahead_is_approving(tmp_path):
    """"Gave the go-ahead", "got the green light": the nouns of permission with the verb that grants or
    gets it tell an approval (WordNet: go-ahead, green light, "approval to proceed"); "will go ahead"
    alone is proceeding, no approval. "Chipped in" is "contributed" (WordNet's first sense)."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "Kelby Council approved plans for 200 new homes on the Tarn Road site in March 2025.",
        "Kelby Rotary Club contributed £5,000 to the Tarn Road hospice appeal."))
    _expect(checker, {
        "Kelby Council gave the go-ahead for 200 new homes on the Tarn Road site in March 2025.": "supported",
        "The 200 new homes on the Tarn Road site got the green light from Kelby Council in March 2025.": "supported",
        "Kelby Rotary Club chipped in £5,000 to the Tarn Road hospice appeal.": "supported",
        "Kelby Rotary Club chipped in £8,000 to the Tarn Road hospice appeal.": "conflicting",
    })


def test_a_place_named_with_new_is_that_place(tmp_path):
    """"Headquartered in New York" names New York, not York: against "in Washington" it is another place."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby Trust", "The Kelby Trust, which is headquartered in Washington, funds 40 rural libraries."))
    _expect(checker, {"The Kelby Trust is headquartered in New York.": "conflicting",
                      "The Kelby Trust is headquartered in Washington.": "supported"})


def test_a_nationality_says_nothing_of_where_one_was_born(tmp_path):
    """"An English footballer" tells his nationality: no answer to where he was born ("born in Paris"),
    though another nationality ("a French footballer") contradicts it."""
    checker = _checker_of(tmp_path, _encyclopedia_entry(
        "Tom Reed", "Tom Reed (born 3 May 1990) is an English professional footballer who plays as a midfielder"
        " for Kelby Town."))
    _expect(checker, {
        "Tom Reed was born in Paris.": "unverified",
        "Tom Reed is a French footballer.": "conflicting",
        "Tom Reed is an English footballer.": "supported",
    })


def test_a_sum_of_money_the_claim_gives_outright_is_its_answer_not_a_difference_of_two_others(tmp_path):
    """"The Tarn Sports Trust will give £20 million" where the claim gives the Trust's £10 million: that is
    its answer, though £25 million less £5 million, two other parts, makes £20 million; but the rest of a
    whole the claim gives is worked out from that whole and its part, which are no other answer to it
    ("£70 million of the £90 million" other than the £20 million on potholes)."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "Of the £40 million cost of the new Kelby pool, Kelby Council will pay £25 million, the Tarn"
        " Sports Trust will give £10 million and the remaining £5 million will come from a lottery grant.",
        "Of the £90 million spent on Kelby's roads in 2024, £20 million went on filling potholes."))
    _expect(checker, {
        "The Tarn Sports Trust will give £20 million towards the new Kelby pool.": "conflicting",
        "The Tarn Sports Trust will give £10 million towards the new Kelby pool.": "supported",
        "Of the £90 million spent on Kelby's roads in 2024, £70 million went on work other than filling potholes.":
            "supported",
    })


def test_a_cause_or_occasion_the_claim_does_not_tell_keeps_a_statement_unverified(tmp_path):
    """"Closed for three weeks due to the heat": the adjunct tells why, which the claim does not, however
    common its words ("heat", "a television series"); where the claim tells the occasion in its words,
    the statement is backed."""
    checker = _checker_of(tmp_path, _one_source(
        "Kelby", "The swimming pool at Kelby Leisure Centre closed for three weeks in June 2025.",
        "The Tarn Road library reopened in May 2025 after a chlorine leak at the next-door pool was cleared."))
    _expect(checker, {
        "The swimming pool at Kelby Leisure Centre closed for three weeks in June 2025 due to the heat.": "unverified",
        "The swimming pool at Kelby Leisure Centre closed for three weeks in June 2025 after a big storm.": "unverified",
        "The swimming pool at Kelby Leisure Centre closed for three weeks in June 2025.": "supported",
        "The Tarn Road library reopened in May 2025 after the chlorine leak at the pool next door was cleared.":
            "supported",
    })
    assert "due to the heat" in checker.check(
        "The swimming pool at Kelby Leisure Centre closed for three weeks in June 2025 due to the heat.").reason


def test_a_rate_and_the_length_it_runs_for_give_the_whole_and_back(tmp_path):
    """"£250,000 a year for the 30 years of the licence" gives £7.5 million in all; "£36 million over
    the next 12 years" gives £3 million a year; the reason shows the working. Another whole or rate is
    a conflict where the statement tells the same length of time, and otherwise nothing settles it."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow", "The Harlow Water Trust will pay £250,000 a year into a river fund for the 30 years of the licence.",
        "Calloway Ports will spend £36 million on the Tarn quay over the next 12 years.",
        "Jane Smith, who has worked at Kelby Council for 30 years, earns £50,000 a year."))
    _expect(checker, {
        "The Harlow Water Trust will pay £7.5 million into a river fund over the licence's 30 years.": "supported",
        "The Harlow Water Trust will pay £9 million into a river fund over the licence's 30 years.": "conflicting",
        "The Harlow Water Trust will pay £9 million into a river fund.": "unverified",
        "Calloway Ports will spend £3 million a year on the Tarn quay.": "supported",
        "Calloway Ports will spend £5 million a year on the Tarn quay over the next 12 years.": "conflicting",
        "Calloway Ports will spend £5 million a year on the Tarn quay.": "unverified",
        # a length told in a clause set off from the rate's is no span of it
        "Jane Smith earns £1.5 million.": "unverified",
    })
    assert "£250,000 a year x 30 years = £7.5 million" in checker.check(
        "The Harlow Water Trust will pay £7.5 million into a river fund over the licence's 30 years.").reason


def test_a_date_counted_on_from_another_is_compared_as_a_date(tmp_path):
    """"Opened in 1901 and was rebuilt thirty years later" dates the rebuilding to 1931, in a claim and in
    a statement, in any number word; its length is compared only with another length counted between
    events ("fifteen days later" against "eleven days later", "four years ago" against "two years ago"),
    and "two years later than planned" dates nothing."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow", "Harlow pier opened in 1901 and was rebuilt thirty years later.",
        "Ada Venn fell from the Harlow harbour wall on 2 May 2024 and died eleven days later.",
        "Harlow's mayor, Tom Reed, said two years ago the harbour was losing money on every boat it berthed."))
    _expect(checker, {
        "Harlow pier was rebuilt in 1931.": "supported",
        "Harlow pier was rebuilt in 1935.": "conflicting",
        "Harlow pier opened in 1901 and was rebuilt thirty years later.": "supported",
        "Harlow pier opened in 1901 and was rebuilt twenty-five years later.": "conflicting",
        "Ada Venn fell from the Harlow harbour wall on 2 May 2024 and died fifteen days later.": "conflicting",
        "Harlow's mayor, Tom Reed, said four years ago the harbour was losing money on every boat it berthed.":
            "conflicting",
    })


def test_a_date_the_base_gives_outside_the_words_dates_only_the_claims_own_act(tmp_path):
    """A claim base may date a claim whose words give no date ("was jailed for six years", dated 14
    February 2025): that is the date of what the claim tells, no answer to a statement's date of an
    act the claim never tells ("is expected to be released in 2028"), whose reason must not offer it."""
    checker = _checker_of(tmp_path, (
        "sources:\n  - {id: s, title: Harlow fraud, published: '2025-02-20'}\n"
        "claims:\n"
        "  - {id: c1, source: s, quote: q, text: 'Nora Pike, a former treasurer of Harlow Rowing Club, was jailed for six"
        " years for stealing £300,000 from the club.', dates: [{date: '2025-02-14', text: 14 February 2025}]}\n"))
    _expect(checker, {
        "Nora Pike was jailed in March 2025.": "conflicting",
        "Nora Pike was jailed in February 2025.": "supported",
        "Nora Pike is expected to be released in 2028.": "unverified",
        # what the claim tells after a preposition ("for stealing") is not the act its date dates
        "Nora Pike stole £300,000 from the club in 2021.": "unverified",
    })
    assert "14 February 2025" not in checker.check("Nora Pike is expected to be released in 2028.").reason


def test_a_place_among_others_is_a_rank_in_the_set(tmp_path):
    """"Third among 22 clubs" is a rank, as "fourth of 22 clubs" is, and contradicts it; "among" sets a
    part apart only for a figure of that part ("turnout among members under 25")."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow", "The Tarn Rowing Association ranked Harlow Rowing Club fourth of 22 clubs in its 2024 safety table."))
    _expect(checker, {
        "The Tarn Rowing Association placed Harlow Rowing Club third among 22 clubs in its 2024 safety table.":
            "conflicting",
        "The Tarn Rowing Association placed Harlow Rowing Club fourth among 22 clubs in its 2024 safety table.":
            "supported",
    })


def test_what_a_speaker_says_it_did_is_its_own_and_told_in_its_own_tense(tmp_path):
    """"Tarn Council said it would hold a meeting in Harlow in May and had set aside £250,000": the
    £250,000 are the council's (a speaker saying what "it" did tells of itself), not Harlow's, the place
    before them; and the setting aside, with a tense of its own after "and", happened, whatever the
    "would" of the meeting."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarn pier", "Tarn Council said it would hold a public meeting in Harlow in May 2025 and had set aside"
        " £250,000 to repair the town's pier."))
    _expect(checker, {
        "Tarn Council has set aside £250,000 to repair the town's pier.": "supported",
        "Tarn Council has set aside £2.5 million to repair the town's pier.": "conflicting",
        "Tarn Council held a public meeting in Harlow in May 2025.": "unverified",
    })


def test_a_capital_that_opens_a_date_names_no_one(tmp_path):
    """"Last year's winner, Ada Venn, ...": "Last" opens a date, it is no name the claim must mention."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow 10k", "Ada Venn, who won the Harlow 10k in 2024, finished third in the 2025 race."))
    _expect(checker, {
        "Last year's winner, Ada Venn, finished third in the 2025 Harlow 10k.": "supported",
        "Last year's winner, Ada Venn, finished fifth in the 2025 Harlow 10k.": "conflicting",
    })


def test_an_asymmetric_relation_told_the_other_way_round_is_a_conflict(tmp_path):
    """"The benefits outweigh the loss" and "the loss outweighs the benefits" cannot both hold (converse
    relations: outweigh, exceed, outnumber, ...); the same relation the same way round is backed."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarn bypass", "Councillor Ann Roe said the benefits of the Tarn bypass far outweigh the loss of farmland.",
        "Women outnumber men on Harlow Town Council by two to one."))
    _expect(checker, {
        "Councillor Ann Roe said the loss of farmland outweighed the benefits of the Tarn bypass.": "conflicting",
        "Councillor Ann Roe said the benefits of the Tarn bypass outweighed the loss of farmland.": "supported",
        "Men outnumber women on Harlow Town Council.": "conflicting",
        "Women outnumber men on Harlow Town Council.": "supported",
    })
    assert "loss outweighed benefits" in checker.check(
        "Councillor Ann Roe said the loss of farmland outweighed the benefits of the Tarn bypass.").reason
    # told in the passive, the roles are the other way round
    passive = _checker_of(tmp_path, _one_source(
        "Tarn bypass", "Councillor Ann Roe said the benefits of the Tarn bypass were outweighed by the loss of farmland."),
        "passive")
    _expect(passive, {
        "Councillor Ann Roe said the loss of farmland outweighed the benefits of the Tarn bypass.": "supported",
        "Councillor Ann Roe said the benefits of the Tarn bypass outweighed the loss of farmland.": "conflicting",
    })


def test_ever_adds_nothing_to_a_superlative(tmp_path):
    """"The best the club has ever had" is "the best": "ever" intensifies, it tells no fact of its own."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow", "Harlow Rowing Club's 2024 race results were the best in the club's 150-year history."))
    _expect(checker, {
        "Harlow Rowing Club's 2024 race results were the best the club has ever had.": "supported",
        "Harlow Rowing Club's 2024 race results were the worst the club has ever had.": "conflicting",
    })


def test_a_rate_in_per_cent_is_the_share_the_claim_gives(tmp_path):
    """"Its cancellation rate was 3.8%" is the 3.8 per cent of its flights cancelled: "rate" beside a
    figure in per cent names the share, as "share" or "proportion" does; a rate in money is no share."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarn Air", "Tarn Air cancelled 3.8 per cent of its flights in 2024, against an average of 2 per cent for the"
        " region's airlines.", "Tarn Air pays its cabin crew a rate of £14 an hour."))
    _expect(checker, {
        "Tarn Air's cancellation rate was 3.8% in 2024.": "supported",
        "Tarn Air's cancellation rate was 4.5% in 2024.": "conflicting",
    })


def test_a_tense_of_its_own_after_and_stays_in_its_reported_clause(tmp_path):
    """"Reports that Tom Reed took bribes and was paid £20,000": the "was" after "and" opens no fact of
    its own; what the reports allege stays alleged (see the council's "had set aside" above)."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow", "Police are investigating reports that Tom Reed took bribes and was paid £20,000 by a developer."))
    _expect(checker, {"Tom Reed was paid £20,000 by a developer.": "unverified"})


def test_a_place_right_after_a_name_is_that_names_place(tmp_path):
    """"Colin Ashworth, the deputy head of the trust's Moorgate School in Wexley, ...": Wexley is where
    Moorgate School is (the name "in" follows), not where the appositive's head is; a statement that
    puts the school elsewhere, past a relative clause, contradicts it."""
    checker = _checker_of(tmp_path, "entities:\n  - {name: Wexley, type: place}\n  - {name: Carrowby, type: place}\n"
                          "  - {name: Moorgate School, type: org}\n  - {name: Hallam Road School, type: org}\n"
                          "  - {name: Colin Ashworth, type: person}\n"
                          + _one_source("Harlow schools", "Colin Ashworth, the deputy head of the trust's Moorgate School in"
                                        " Wexley, will take over at Hallam Road School after Easter."))
    _expect(checker, {
        "Moorgate School, where Colin Ashworth is deputy head, is in Carrowby.": "conflicting",
        "Moorgate School, where Colin Ashworth is deputy head, is in Wexley.": "supported",
    })


def test_a_level_kept_at_a_figure_is_no_change(tmp_path):
    """"The grant will be kept at £120,000" holds a level: a cut or a rise of it contradicts it; "kept the
    hall open at weekends" keeps no figure and opposes nothing."""
    checker = _checker_of(tmp_path, _one_source(
        "Harlow budget", "Harlow Council's grant to the Tarn Food Bank will be kept at £120,000.",
        "Harlow Council kept the Tarn Road hall open at weekends."))
    _expect(checker, {
        "Harlow Council is cutting its grant to the Tarn Food Bank.": "conflicting",
        "Harlow Council will raise its grant to the Tarn Food Bank.": "conflicting",
        "Harlow Council cut the opening hours of the Tarn Road hall at weekends.": "unverified",
    })


def test_a_difference_told_against_something_else_is_no_level(tmp_path):
    """"Six more turbines than the council approved" is a difference, as a change is: the claim's 14
    turbines (a level) neither back nor contradict it; "more than 14 turbines" is a bound of a level."""
    checker = _checker_of(tmp_path, _one_source(
        "Tarn wind farm", "Harlow Council has approved a wind farm of 14 turbines on Tarn Moor."))
    _expect(checker, {
        "The plans for Tarn Moor proposed six more turbines than Harlow Council approved.": "unverified",
        "Harlow Council has approved a wind farm of more than 20 turbines on Tarn Moor.": "conflicting",
    })


# figures told in other words than the claim's, each against a claim of its own
_FOOD_BANK = "The Tarrow food bank had 58 volunteers in 2024, up from 46 in 2023."
_PARCELS = "The Tarrow food bank gave out 58 parcels a week in 2024, up from 46 in 2023."
_BRIDGE = "The new Tarrow bridge is 480 metres long and weighs 5,200 tonnes."
_BUSES = "Kelby has three times as many buses as Ashby."
_OTHER_WORDS = [
    # a difference written in words is a difference, as in digits ("a dozen more", "twelve more ... than")
    (_FOOD_BANK, "The Tarrow food bank had a dozen more volunteers in 2024 than in 2023.", "supported"),
    (_FOOD_BANK, "The Tarrow food bank had twelve more volunteers in 2024 than a year earlier.", "supported"),
    (_FOOD_BANK, "The Tarrow food bank had fifteen more volunteers in 2024 than in 2023.", "conflicting"),
    (_FOOD_BANK, "The Tarrow food bank had twelve volunteers in 2024.", "conflicting"),
    # the level a change reaches, told by a verb of measure in a clause of its own or an infinitive, or by
    # a verb that brings the measure's noun to it ("taking the total to 58")
    (_FOOD_BANK, "The Tarrow food bank had 12 more volunteers in 2024 than in 2023, reaching 58.", "supported"),
    (_FOOD_BANK, "The Tarrow food bank's volunteers rose by 12 in 2024 to reach 58.", "supported"),
    (_FOOD_BANK, "The Tarrow food bank had 12 more volunteers in 2024 than in 2023, taking the total to 58.", "supported"),
    (_FOOD_BANK, "The Tarrow food bank had 12 more volunteers in 2024 than in 2023, bringing its total to 58.", "supported"),
    (_FOOD_BANK, "The Tarrow food bank had 12 more volunteers in 2024 than in 2023, bringing the total to 61.", "conflicting"),
    # "58 parcels a week, up from 46": the earlier reading counts parcels a week too
    (_PARCELS, "The Tarrow food bank gave out 12 more parcels a week in 2024 than in 2023.", "supported"),
    (_PARCELS, "The Tarrow food bank gave out 15 more parcels a week in 2024 than in 2023.", "conflicting"),
    (_PARCELS, "The Tarrow food bank gave out 46 parcels a week in 2023.", "supported"),
    (_PARCELS, "The Tarrow food bank gave out 46 parcels a month in 2023.", "conflicting"),
    # a comparative of the dimension a unit measures, before a figure, is a bound
    (_BRIDGE, "The new Tarrow bridge is longer than 400 metres.", "supported"),  # was CONFLICTING: 400 read as the length
    (_BRIDGE, "The new Tarrow bridge is shorter than 400 metres.", "conflicting"),
    (_BRIDGE, "The new Tarrow bridge is heavier than 5,000 tonnes.", "supported"),
    (_BRIDGE, "The new Tarrow bridge is longer than 500 metres.", "conflicting"),
    # a bound before a multiple bounds it
    (_BUSES, "Kelby has more than twice as many buses as Ashby.", "supported"),  # was CONFLICTING: read as twice
    (_BUSES, "Kelby has almost three times as many buses as Ashby.", "supported"),
    (_BUSES, "Kelby has more than three times as many buses as Ashby.", "conflicting"),  # was SUPPORTED: three times
    (_BUSES, "Kelby has twice as many buses as Ashby.", "conflicting"),
]


_FUN_RUN = "Medics at the 2025 Tarrow Fun Run treated 38 runners, most of them for blisters."
_SUPPLIER = "Dunmore Energy supplied 1.46 million customer accounts at the end of June 2025."
_WHOLES_AND_PARTS = [
    # a count told as had is the whole; the count of those an act of another befalls, a part of it, which
    # bounds it from below only
    (_FUN_RUN, "The 2025 Tarrow Fun Run had 5,000 runners.", "unverified"),  # was CONFLICTING with the 38 treated
    (_FUN_RUN, "The 2025 Tarrow Fun Run had 30 runners.", "conflicting"),  # fewer than were treated
    (_FUN_RUN, "Medics at the 2025 Tarrow Fun Run treated 45 runners.", "conflicting"),
    ("Kelby Academy has 1,100 pupils.", "Examiners at Kelby Academy failed 47 pupils in 2025.", "unverified"),
    ("Kelby Academy has 1,100 pupils.", "Examiners at Kelby Academy failed 1,200 pupils in 2025.", "conflicting"),
    # (what the things do themselves may be what they are counted for: "have joined" counts members)
    ("90 members have joined the Kelby traders' association.", "The Kelby traders' association has 95 members.",
     "conflicting"),
    ("Dunmore Books will close 12 of its shops next year.", "Dunmore Books has 43 shops.", "unverified"),
    ("Dunmore Books will close 12 of its shops next year.", "Dunmore Books has 10 shops.", "conflicting"),
    # ... but what the holder itself does to all its things is how it has them
    (_SUPPLIER, "Dunmore Energy had 1.64 million customer accounts at the end of June 2025.", "conflicting"),
    (_SUPPLIER, "Dunmore Energy had 1.46 million customer accounts at the end of June 2025.", "supported"),
]
_GOATS = "Ann Pryce, who keeps 40 goats at Hollin and chairs the county goat society, said feed prices had doubled."
_PLACES_OF_ACTS = [
    # a place given for a noun in a phrase of place ("on her farm at Dunstow") places the act, as "keeps 40
    # goats at Hollin" does
    (_GOATS, "Ann Pryce keeps 40 goats on her farm at Dunstow.", "conflicting"),  # was UNVERIFIED
    (_GOATS, "Ann Pryce keeps 40 goats at Dunstow.", "conflicting"),
    (_GOATS, "Ann Pryce keeps 40 goats and runs a shop at Dunstow.", "unverified"),  # the shop is at Dunstow
]
_BYPASS = "The opening of the Tarrow bypass has been delayed until 2031."
_MOVED_DATES = [
    # "from A to B" after a verb that moves an event in time: A is when it was to be, B when it is now
    (_BYPASS, "The opening of the Tarrow bypass has been delayed from 2028 to 2031.", "supported"),  # was UNVERIFIED
    (_BYPASS, "The opening of the Tarrow bypass has been put back from 2028 to 2031.", "supported"),
    (_BYPASS, "The opening of the Tarrow bypass has been delayed from 2028 to 2033.", "conflicting"),  # by 2033
    (_BYPASS, "The opening of the Tarrow bypass has been delayed to 2033.", "conflicting"),
]
_SPILLS = "Dunmore Water did not alert the Tarn Agency to any of the spills, the court heard."
_INFORMED = [
    # "alerted the agency to the spills" is "told the agency about the spills": one act of informing
    (_SPILLS, "Dunmore Water did not tell the Tarn Agency about the spills.", "supported"),  # was UNVERIFIED
    (_SPILLS, "Dunmore Water told the Tarn Agency about the spills.", "conflicting"),  # was UNVERIFIED
    ("Nurses reported to the ward sister at 7am.", "Nurses alerted the ward sister at 7am.", "unverified"),  # (report: no)
    ("Kelso Bank did not report the fraud to police.", "Kelso Bank told customers about the fraud.", "unverified"),
]
_GUARDS = [
    # each of these went wrong in a first version of the rules above, found by a review
    ("Children younger than 5 made up 12% of cases in Dunmore.",  # a group's cut-off is no bound
     "Children younger than 8 made up 12% of cases in Dunmore.", "conflicting"),
    ("The Harlow dam is 480 metres long.", "The Harlow dam is no longer than 500 metres.", "supported"),
    ("The Ketter tunnel took 4 years to build.", "The Ketter tunnel took no longer than 5 years to build.", "supported"),
    ("The Kessock ferry scheme brought 300 jobs to Oban from 2016 to 2020.",  # a period, not a date moved
     "The Kessock ferry scheme brought 300 jobs to Oban from 2012 to 2020.", "conflicting"),
    ("Some 4,000 families moved to Tarrow from 2015 to 2020.", "Some 4,000 families moved to Tarrow from 2010 to 2020.",
     "conflicting"),
    ("The opening of the Ferrow bridge was delayed from 2026 to 2029.",
     "The opening of the Ferrow bridge was brought forward from 2029 to 2026.", "conflicting"),
    ("The Dunmore festival had 12,000 visitors in 2023.", "The Dunmore festival attracted 9,000 visitors in 2023.",
     "conflicting"),  # an act that tells the whole
    ("Kelby Academy has 1,100 pupils.", "The academy teaches 800 pupils.", "conflicting"),
    ("The Harlow depot has 240 buses.", "The council runs 200 buses from the Harlow depot.", "conflicting"),
    ("Ana Ruiz keeps 40 goats at Hollin.", "Ana Ruiz keeps 40 goats, she said in a speech at Dunstow.", "unverified"),
    ("The Harlow clinic treated more than 6,400 patients in 2023.",  # the about-reach, the other way round
     "The Harlow clinic treated around 6,300 patients in 2023.", "conflicting"),
]
_DIMENSIONS_AND_NAMES = [
    ("The new Harlow bypass is longer than the old road.", "The new Harlow bypass is not longer than the old road.",
     "conflicting"),  # no figure after "than": the denial stands
    ("The new Harlow tram weighs 38 tonnes.", "The new Harlow tram is lighter than 40 tonnes.", "supported"),
    ("Ann Ewing said the bypass would cost 4 million pounds.", "Anne Wing said the bypass would cost 4 million pounds.",
     "conflicting"),  # the same letters, the break moved: another name
    ("H&M will open 30 stores in India in 2026.", "HM will open 30 stores in India in 2026.", "conflicting"),
    ("The opening of the Harlow tram was delayed from 2026 to 2029.", "The Harlow tram was due to open in 2026.",
     "supported"),  # the date it was to be, told by the claim's "from"
    ("Some patients waited in corridors for 14 hours at Kelby General in January.",  # (a plural object before a
     "Some patients waited in corridors longer than 12 hours at Kelby General in January.", "supported"),  # bound: a bound)
    ("The ferry to Kelby Island carried cars weighing 2 tonnes.", "The ferry to Kelby Island carried cars heavier than 1.5 tonnes.",
     "supported"),
]
_NOVEL = ("The Long Harbour (novel)", "Ada Venn gave the novel five stars in her review, praising the way Tom Reed paced its ending.")
_TITLED = [
    # a name the claim tells further on leaves the article's title what the claim is about
    (_NOVEL, "Ada Venn gave The Long Harbour five stars.", "supported"),  # was UNVERIFIED: Tom Reed kept the title out
    (_NOVEL, "Ada Venn gave The Long Harbour three stars.", "conflicting"),
    (_NOVEL, "Tom Reed gave The Long Harbour five stars.", "unverified"),  # the claim's lead is Ada Venn
    # ... but not where the statement fills that name's role with another ("praising the way Ian Holt paced")
    (_NOVEL, "Ada Venn gave The Long Harbour five stars, praising the way Ian Holt paced its ending.", "conflicting"),
]
_BENCHES = "Castle Park had 32 benches in 2025, up from 24 in 2024."
_SHARES_MORE = [
    # "a third more than in 2024" is a rise of a third, worked out from the claim's two readings
    (_BENCHES, "Castle Park had a third more benches in 2025 than in 2024.", "supported"),  # was UNVERIFIED
    (_BENCHES, "Castle Park had a quarter more benches in 2025 than in 2024.", "conflicting"),
    (_BENCHES, "Castle Park had a third fewer benches in 2025 than in 2024.", "conflicting"),
]
_GUARDS_OF_TITLES_AND_SHARES = [
    # each went wrong in a first version of the title rule or of "a third more", found by a third review
    (("The Long Harbour (novel)", "Reviewers preferred The Short Quay, which won the Costa Book Award in 2019."),
     "The Long Harbour won the Costa Book Award in 2019.", "unverified"),  # the name does the statement's act
    (("Harlow Rovers F.C.", "Mill Lane was bought by Tesco in 2019 from Kelby United."),
     "Tesco bought Mill Lane from Harlow Rovers in 2019.", "unverified"),  # the role after "from"
    (_BENCHES, "Castle Park had one third more benches than the other parks in 2025.", "unverified"),  # no earlier time
    ("Castle Park had 16 benches in 2025, down from 24 in 2024.", "Castle Park had a third more benches in 2025 than in 2024.",
     "conflicting"),  # a rise against a fall
    ("Tarrow Library has reopened after a refit, the Kelby Today newspaper said.",
     "Tarrow Library reopened after a refit.", "supported"),
]
_ORCHARDS = "Apple growers in Tarnshire picked about a quarter fewer apples than usual in 2024."
_SHARES_COMPARED = [
    # a share before a comparative ("a third less than usual") is a change by that share, as "by a third" is
    (_ORCHARDS, "Apple growers in Tarnshire picked about a third fewer apples than usual in 2024.",
     "conflicting"),  # was UNVERIFIED: no figure was read
    (_ORCHARDS, "Apple growers in Tarnshire picked about a quarter fewer apples than usual in 2024.", "supported"),
    (_ORCHARDS, "Apple growers in Tarnshire picked about a quarter more apples than usual in 2024.", "conflicting"),
    # (guards, found by a review: a figure against a forecast, or against another place, is no change)
    ("Kelby Academy received a quarter more applications than expected.",
     "Kelby Academy received 10% more applications than last year.", "unverified"),
    ("Council tax in Kelby is 10% higher than in Dunmore.", "Council tax in Kelby rose 10%.", "unverified"),
    ("Tarnshire's hop growers picked a fifth less than usual in 2024, and some lifted their plants early.",
     "Tarnshire's hop growers picked a fifth less than usual in 2024, and some lifted their plants early.",
     "supported"),  # a claim's own words: its "less" and its "lifted" are no two ways of one change
]
_FLOOD_FUND = "The minister announced a Flood Recovery Fund for households in Harlow and two neighbouring districts."
_COUNTS_BESIDE_A_NAME = [
    # a count joined to a name ("Harlow and two neighbouring districts") is no one's figure: the
    # statement's count is compared with it whoever the sentence names first
    (_FLOOD_FUND, "The flood fund is for households in Harlow and three neighbouring districts.",
     "conflicting"),  # was UNVERIFIED: the claim's count read as the Fund's, the statement's as Harlow's
    (_FLOOD_FUND, "The flood fund is for households in Harlow and two neighbouring districts.", "supported"),
]
_NEVER_DONE = "Dunmore Council paid Tarrow Roads for pothole repairs that were never carried out."
_DENIALS_OF_DOING = [
    # "did" before its object is the verb, denied with it; "did" before "not" is an auxiliary, which says nothing
    ("Tarrow Roads never did the pothole repairs it was paid for.", "Tarrow Roads did not finish the pothole repairs.",
     "unverified"),  # (a guard: the auxiliary "did" is no doing the claim denies)
    ("Tarrow Roads never did the pothole repairs it was paid for.", "Tarrow Roads did the pothole repairs.",
     "conflicting"),
    ("Tarrow Roads never did the pothole repairs on Mill Lane.", "Tarrow Roads did a survey of Mill Lane in May.",
     "unverified"),  # (a guard, found by a review: a denied "did" denies its object, not every doing)
    ("Tarrow Roads never did the pothole repairs it was paid for.", "Tarrow Roads did not do the pothole repairs.",
     "supported"),
    ("Tarrow Roads never did the pothole repairs it was paid for.", "The pothole repairs were never done.",
     "unverified"),  # was CONFLICTING: the repairs of a denied passive are asserted by nothing
    (_NEVER_DONE, "Tarrow Roads never carried out the pothole repairs.", "supported"),
    (_NEVER_DONE, "Tarrow Roads carried out the pothole repairs.", "conflicting"),
]
_GRADE_NINES = "At Kelby Academy in 2025, 47 pupils gained at least one grade 9."
_SOME_OF_THE_WHOLE = [
    # a count of those who did an act some of them do of their own ("47 pupils gained a grade 9") is some
    # of a count the holder has ("has 1,100 pupils"), no answer to it
    (_GRADE_NINES, "Kelby Academy has 1,100 pupils.", "unverified"),  # was CONFLICTING
    ("Kelby Academy has 1,100 pupils.", "At Kelby Academy, 47 pupils gained at least one grade 9.",
     "unverified"),  # was CONFLICTING
    (_GRADE_NINES, "Kelby Academy had 30 pupils in 2025.", "conflicting"),  # fewer than the 47 who did it
    ("Kelby Academy has 1,100 pupils.", "At Kelby Academy, 1,200 pupils attend lessons.", "conflicting"),  # all of them
    # (guards, found by a review: a count told as all there are is the whole)
    ("Kelby Academy has 1,100 pupils.", "All 900 pupils at Kelby Academy received a free laptop.", "conflicting"),
    ("Kelby Academy has 1,100 pupils.", "Every one of Kelby Academy's 900 pupils received a free laptop.", "conflicting"),
]
_PROFIT_RISE = "Tarn Foods reported a 40 per cent rise in its profit for 2024."
_MEASURES_OF_CHANGES = [
    # "a rise in its profit" is a change of the profit, as "a rise in profit" is: another measure's
    # change is no answer to it
    (_PROFIT_RISE, "Tarn Foods' sales rose 8% in 2024.", "unverified"),  # was CONFLICTING
    (_PROFIT_RISE, "Tarn Foods' shares rose 8% on the day it published its results for 2024.",
     "unverified"),  # was CONFLICTING: "shares" after a plural's possessive read as a verb
    # (a guard, found by the measures: a word of change told twice is set against the one of the same measure)
    ("In 2024 the backlog in Harlow's county courts fell by 5 per cent to 2,100 cases, and the average wait for a "
     "hearing there fell from 20 weeks to 18 weeks.",
     "In 2024 the average wait for a hearing at Harlow's county courts rose from 20 weeks to 18 weeks.", "conflicting"),
    (_PROFIT_RISE, "Tarn Foods' profit rose 8% in 2024.", "conflicting"),
    (_PROFIT_RISE, "Tarn Foods' profits rose 40% in 2024.", "supported"),
    ("Tarn Foods reported a 40 per cent rise in its profit for the first half of 2024.",
     "Tarn Foods reported a 40 per cent rise in half-year profit.", "supported"),  # (a guard: "half-year" modifies)
    # (guards, found by a review: "the number of burglaries" measures burglaries)
    ("Kelby Council recorded a 20% rise in the number of burglaries in 2024.", "Burglaries in Kelby rose 20% in 2024.",
     "supported"),
    ("Kelby Academy saw a 15% fall in the rate of pupil absence.", "Pupil absence at Kelby Academy fell 15%.", "supported"),
]
_BAKERY_SALES = "Tarn Foods sold £2m worth of bread and £500,000 worth of cakes in 2024."
_VALUES_OF_GOODS = [
    # "£2m worth of bread" is the value of the bread: the goods pick the claim's sum
    (_BAKERY_SALES, "Tarn Foods sold £500,000 worth of bread in 2024.", "conflicting"),  # was SUPPORTED
    (_BAKERY_SALES, "Tarn Foods sold £2m worth of cakes in 2024.", "conflicting"),  # was SUPPORTED
    (_BAKERY_SALES, "Tarn Foods sold £500,000 worth of cakes in 2024.", "supported"),
    (_BAKERY_SALES, "Tarn Foods sold bread worth £2m in 2024.", "supported"),
    # (guards, each found by a review: a value of goods is no other sum, nor another's goods' value)
    ("The fire caused £2m worth of damage to Kelby Market, which will get a council grant.",
     "Kelby Market will get a £500,000 council grant.", "unverified"),
    ("Kelby Council bought £1.2m worth of new bins and spent £300,000 on road repairs.",
     "Kelby Council bought £300,000 worth of new bins.", "conflicting"),
]
_REPORTS_DENIED = "Ann Lee denied reports that Tarn Foods was preparing to sell its bakery business."
_REPORTS_CONFIRMED = [
    # a confirmed report vouches for what it says, as a denied one denies it
    (_REPORTS_DENIED, "Ann Lee confirmed reports that Tarn Foods was getting ready to sell its bakery business.",
     "conflicting"),  # was UNVERIFIED: told as a report, not vouched for
]
_TAKINGS = ("Harbour Lights (film)", "The film has grossed $44,972,596 in North America and $21,334,761 overseas for a "
                                      "worldwide total of $66,307,357.")
_SCOPES_ROUNDING_AND_OWNERS = [
    # the scope word nearest a figure is its own, and one in the phrase it ends ("a worldwide total of")
    (_TAKINGS, "Harbour Lights grossed $60 million worldwide.", "conflicting"),  # was UNVERIFIED: set against overseas
    (_TAKINGS, "Harbour Lights grossed $66.3 million worldwide.", "supported"),  # was UNVERIFIED
    (_TAKINGS, "Harbour Lights grossed $21.3 million overseas.", "supported"),  # was UNVERIFIED
    # a figure given to its scale word is the claim's rounded to that digit, and by no more than a twentieth
    (_TAKINGS, "Harbour Lights grossed $45 million in North America.", "supported"),  # was CONFLICTING
    (_TAKINGS, "Harbour Lights grossed $50 million in North America.", "conflicting"),
    # a bracketed figure after a name is the name's, and the statement's name picks it
    (("Kelby Cup", "Three clubs have won the Kelby Cup: Harton United (6 titles), Redmoor Athletic (4 titles) and "
                   "Stockford City (2 titles)."), "Redmoor Athletic has won six Kelby Cup titles.",
     "conflicting"),  # was UNVERIFIED: Harton's six
    (("Kelby Cup", "Three clubs have won the Kelby Cup: Harton United (6 titles), Redmoor Athletic (4 titles) and "
                   "Stockford City (2 titles)."), "Stockford City has won four Kelby Cup titles.",
     "conflicting"),  # was SUPPORTED: Redmoor's four
    # (guards, found by a review: a scope adjective of another noun is no figure's scope; a name told
    # shorter is the same name; "45m" may be metres)
    ("The pier in Whitby, a town in North Yorkshire, got a national lottery grant of £2m.", "Whitby got a £3m grant.",
     "conflicting"),
    ("Kelby General Hospital (420 beds) and St Anne's Hospital (310 beds) face cuts, and Kelby General will lose 40 beds.",
     "Kelby General Hospital will lose 40 beds.", "supported"),
    ("The new Kelby cycle path is 44.6km long.", "The new Kelby cycle path is 45m long.", "conflicting"),
    # (a guard, found by the measures: a scope word before a word that is no figure sets it nowhere)
    ("Tom Reed, who lives in Ashby, blamed the national picture for his defeat.",
     "Tom Reed, who lives in Ashby, blamed the national picture for his victory.", "conflicting"),
    (("Kelby Cup", "Three clubs have won the Kelby Cup: Harton United (6 titles), Redmoor Athletic (4 titles) and "
                   "Stockford City (2 titles)."), "Redmoor Athletic has won four Kelby Cup titles.", "supported"),
]
_KNEW_AND_IGNORED = "Ann Lee said Tarn Foods knew the food safety rules and chose to ignore them."
_BOTH_WORDS_OF_A_PAIR = [
    # a claim that says both words of a pair of one thing ("knew the rules and chose to ignore them")
    # contradicts neither; an adverb says its word ("knowingly ignored": knew)
    (_KNEW_AND_IGNORED, "Ann Lee said Tarn Foods had ignored the food safety rules.", "unverified"),  # was CONFLICTING
    (_KNEW_AND_IGNORED, "Ann Lee said Tarn Foods had knowingly ignored the food safety rules.",
     "supported"),  # was CONFLICTING
    (_KNEW_AND_IGNORED, "Ann Lee said Tarn Foods had quickly ignored the food safety rules.", "unverified"),
    (_KNEW_AND_IGNORED, "Ann Lee said Tarn Foods did not know the food safety rules.", "conflicting"),
]
_POTHOLE_SPENDING = "According to Tarn Analytics, £12 million of the £40 million spent on Kelby's roads in 2024 went on pothole repairs."
_ESTIMATES_CREDITED = [
    # who estimated, calculated or counted a figure is credited with it, as who said it is
    (_POTHOLE_SPENDING, "Tarn Analytics counted £40 million of spending on Kelby's roads in 2024, of which £12 million "
                        "went on pothole repairs.", "supported"),  # was UNVERIFIED: Tarn Analytics read as the claim's
    (_POTHOLE_SPENDING, "Tarn Analytics estimated that £12 million of the £40 million spent on Kelby's roads in 2024 "
                        "went on pothole repairs.", "supported"),  # was UNVERIFIED
    (_POTHOLE_SPENDING, "Tarn Analytics estimated that £15 million of the £40 million spent on Kelby's roads in 2024 "
                        "went on pothole repairs.", "conflicting"),
]
_COPIES_SOLD = ("Kelby Nights (album)", "As of 23 March 2014, the album has sold 1,739,000 copies.")
_FIGURES_AS_WRITTEN = [
    # "1,5 million" is a decimal comma, as much of Europe writes it: a figure to compare, not none
    (_COPIES_SOLD, "By 23 March 2014, Kelby Nights had sold less than 1,5 million copies.",
     "conflicting"),  # was SUPPORTED: the figure went unread and the date agreed
    (_COPIES_SOLD, "By 23 March 2014, Kelby Nights had sold more than 1,5 million copies.", "supported"),
    # a bare sum with a scale word ("15 crores") takes no unit from a count beside it ("four weeks"); after a
    # verb of money it is in the currency of the sum it is set against (session 50): Rs 19 crore is not under 15
    (("Harbour Lights (film)", "The film grossed Rs 19 crores in its four weeks run at the box office."),
     "Harbour Lights earned less than 15 crores in four weeks.", "conflicting"),  # was SUPPORTED: 150 million weeks
    # "in territories other than the United States" is abroad, as "in other territories" is
    (("Harbour Lights (film)", "The film has grossed $5.6 million in the United States and Canada, and $2.7 million in "
                               "other territories, for a worldwide total of $8.3 million."),
     "Harbour Lights has grossed more than $3 million in territories other than the United States and Canada.",
     "unverified"),  # was SUPPORTED: set against the $5.6 million of the United States and Canada
]
_OKAFOR = ("Tom Okafor", "Tom Okafor (born 2 November 2000) is a professional footballer who plays as a winger for "
                        "Harlow Rovers and the Nigeria national team.")
_LEE = "Ann Lee, who was born in Kelby in 1950, died in Harlow in 2020."
_PLACES_OF_ACTS_TOLD = [
    # where someone was born or died is a place the claim tells as where ("born ... in Harlow"), not a
    # name it begins or a word of another phrase ("Harlow Rovers", "the Nigeria national team")
    (_OKAFOR, "Tom Okafor was born in Harlow.", "unverified"),  # was SUPPORTED
    (_OKAFOR, "Tom Okafor was born in Nigeria.", "unverified"),  # was SUPPORTED
    (("Tom Okafor", "Tom Okafor (born 2 November 2000 in Harlow, Essex) is a footballer."),
     "Tom Okafor was born in Harlow.", "supported"),
    # a claim that places two acts places each: the statement's place is set against its own act's
    (_LEE, "Ann Lee died in Kelby.", "conflicting"),  # was SUPPORTED: Kelby is where she was born
    (_LEE, "Ann Lee was born in Harlow.", "conflicting"),
    (_LEE, "Ann Lee died in Harlow.", "supported"),
    # (guards, found by a review: a word before the place is no other phrase; acts done again may be
    # done elsewhere another time; "near" a place is no place)
    (("Tomas Ebberly", "He was born in northern Nigeria in 1950."), "Tomas Ebberly was born in Nigeria.", "supported"),
    ("Ashby Council met in Corfe on Monday and voted in Denholm on Friday.", "Ashby Council met in Tamworth last year.",
     "unverified"),
    ("Dara Quillfeather was born in Marrowby in 1950 and died in Fenwick in 2019.", "Dara Quillfeather died near Ostley.",
     "unverified"),
    # (a guard, found by the measures: an act placed in a list of places is placed in each)
    ("Ann Lee was raised in Kelby and Harlow, and now lives in Dunmore.", "Ann Lee was raised in Harlow.", "supported"),
]
_ALBUMS = ("Kelby Lights (band)", "The band have released three studio albums, This Is the Six, Brainwashed and You Are We.")
_NUMBERS_IN_TITLES = [
    # a number word capitalised in a title ("This Is the Six") is a word of the title, no count
    (_ALBUMS, "Kelby Lights have released six studio albums.", "conflicting"),  # was UNVERIFIED: the title's 6 albums
    (_ALBUMS, "Kelby Lights have released three studio albums.", "supported"),
]
_DERBIES = "Harton United and Redmoor Athletic have played each other 22 times, with both teams winning 11 each."
_TOTALS_OF_EACH = [
    # a count each has times how many have it is the total of all of them, none's own; and "22 times"
    # counts no one who has it
    (_DERBIES, "Harton United have won more than 11 matches against Redmoor Athletic.",
     "unverified"),  # was SUPPORTED: 22 x 11 each = 242
    (_DERBIES, "Harton United have won 11 matches against Redmoor Athletic.", "supported"),
    ("The two sides will each appoint 10 companies to the working group.", "The working group will have 20 companies.",
     "supported"),
]
_NOT_AGAINST = "Helen Tarrant said the campaign group is not against solar power."
_PREDICATES_DENIED = [
    # "is not against solar power" denies the opposing (a preposition as predicate: "be against" is to
    # oppose), not the power: a statement that names the power contradicts nothing by it
    (_NOT_AGAINST, "Helen Tarrant said solar power is growing fast.", "unverified"),  # was CONFLICTING: 'solar'
    (_NOT_AGAINST, "Helen Tarrant said the campaign group supports solar power.", "unverified"),  # was CONFLICTING
    (_NOT_AGAINST, "Helen Tarrant said the campaign group is against solar power.", "conflicting"),
    (_NOT_AGAINST, "Helen Tarrant said the campaign group opposes solar power.", "conflicting"),
    (_NOT_AGAINST, "Helen Tarrant said the campaign group is not against solar power.", "supported"),
]
_READ_IN_SESSION_39 = _PREDICATES_DENIED + _TOTALS_OF_EACH + _NUMBERS_IN_TITLES + _PLACES_OF_ACTS_TOLD + _FIGURES_AS_WRITTEN + _ESTIMATES_CREDITED + _BOTH_WORDS_OF_A_PAIR + _SCOPES_ROUNDING_AND_OWNERS + _REPORTS_CONFIRMED + _VALUES_OF_GOODS + _SHARES_COMPARED + _COUNTS_BESIDE_A_NAME + _DENIALS_OF_DOING + _SOME_OF_THE_WHOLE + _MEASURES_OF_CHANGES
_SEALS = "Grey seals are part of the Marrow Point survey, which counted 412 pups in 2024."
_MILL = "Ann Bell, 58, owns Ferris Mill, a converted warehouse in Kelby."
_CLAUSES_DENIED_AS_TOLD = [
    # a clause denied with "not" that the claim tells in the same words of the same subject
    # contradicts it, whatever word the denial's reading took for the denied one (a noun of a copula's
    # phrase, "part"; a name, after a verb the word lists take for a determiner's "own")
    (_SEALS, "Grey seals are not part of the Marrow Point survey, which counted 412 pups in 2024.", "conflicting"),  # was UNVERIFIED
    (_MILL, "Ann Bell does not own Ferris Mill, a converted warehouse in Kelby.", "conflicting"),  # was UNVERIFIED
    (_MILL, "Tom Reed does not own Ferris Mill.", "unverified"),  # another subject
    (_SEALS, "Harbour seals are not part of the Marrow Point survey.", "unverified"),
    # what a claim denies it does not tell: "denied that X would be sold" is no "X would be sold"
    ("The council denied that Kelby library would be sold to a developer.", "Kelby library would not be sold to a developer.",
     "supported"),
]
_NOT_THE_CLAUSE_TOLD = [
    # guards, each a false conflict a review found in the first reading of a clause denied as told: a
    # condition, a doubt or a question is no assertion; another subject that shares a word, a phrase
    # that goes on, another time are not the same clause
    ("The council approved the Ferris Mill plan in March.",
     "If the council did not approve the Ferris Mill plan, the grant would lapse.", "unverified"),
    ("There is no evidence that Ann Bell owns Ferris Mill.", "Ann Bell does not own Ferris Mill.", "unverified"),
    ("Tom Reed asked whether the council approved the Ferris Mill plan.", "The council did not approve the Ferris Mill plan.",
     "unverified"),
    ("Tom Reed's sister Ann Bell owns Ferris Mill.", "Tom Bell does not own Ferris Mill.", "unverified"),
    ("A rival of Larkway was the least punctual airline in 2023.", "Larkway was not the least punctual airline in 2023.",
     "unverified"),
    ("Ann Bell owns Ferris Mill Lodge, a guest house in Kelby.", "Ann Bell does not own Ferris Mill.", "unverified"),
    ("Tom Reed will be the club captain next season.", "Tom Reed is not the club captain.", "unverified"),
    ("Ann Okafor joined Kelby Town as manager in 2019.", "Tom Pike joined Kelby Town as manager in 2019.", "conflicting"),  # one post
    ("Tom Reed beat Ann Bell, the sitting councillor, winning by 212 votes.", "Ann Bell won by 212 votes.", "conflicting"),
    ("The gold medal table was led by Norway, 16, ahead of Germany, 12, and Canada, 9.", "Norway led the gold medal table with 12.",
     "unverified"),  # a list of figures, no ages
]
_STRIKER = "Maria Lund, a Danish midfielder, joined Kelby Town from Aarhus for £80,000 in June 2023."
_OKAFOR = "Ann Okafor, 31, joined Redmoor from Bramley Rangers in 2019."
_AFTER_AN_ASIDE = [
    # the verb after the comma that closes an appositive or an age is the subject's, not a participle's
    (_STRIKER, "Maria Lund did not join Kelby Town in June 2023.", "conflicting"),  # (a guard)
    # ... and, told so, another's joining is no answer to a denial nor, of a body's many members, to a
    # joining told with nothing that marks it as the claim's one move (a figure, the club left)
    (_OKAFOR, "Tom Pike did not join Redmoor in 2019.", "unverified"),  # was CONFLICTING
    (_OKAFOR, "Tom Pike joined Redmoor in 2019.", "unverified"),  # was CONFLICTING
    (_OKAFOR, "Tom Pike joined Redmoor from Bramley Rangers in 2019.", "conflicting"),
    (_OKAFOR, "Ann Okafor, 31, joined Redmoor from Bramley Rangers in 2018.", "conflicting"),
]
_TULLY = ("Cormac Tully", "Cormac Tully (born 2 May 1994) is an Irish footballer who plays as a striker or winger for Dunmore Rovers.")
_CLUBS_AS_PARTIES = [
    # the club a player plays for, past an "as" phrase of two roles or after a bracketed birth date
    (_TULLY, "Cormac Tully plays for Kelby Athletic.", "conflicting"),  # was UNVERIFIED
    (_TULLY, "Cormac Tully plays for Dunmore Rovers.", "supported"),
    (("Cormac Tully", "Cormac Tully (born 2 May 1994) plays for Dunmore Rovers."), "Cormac Tully plays for Kelby Athletic.",
     "conflicting"),  # was UNVERIFIED: "1994) plays" read as a noun after a figure
]
_SPACED_METRES = [
    ("Ben Roe's highest peak rises to 1,344 m above sea level.", "Ben Roe's highest peak is less than 1,340 metres above sea level.",
     "conflicting"),  # was UNVERIFIED: "1,344 m" counted nothing
    ("Ben Roe's highest peak rises to 1,344 m above sea level.", "Ben Roe's highest peak is 1,344m above sea level.", "supported"),
]
_UNMARKED_PLURALS = [
    ("Two women and eleven children were hurt in the Kelby fire.", "Two elderly women were hurt in the Kelby fire.", "supported"),
    # was CONFLICTING: "two" counted nothing, and so was set against the eleven children
    ("Two women and eleven children were hurt in the Kelby fire.", "Three elderly women were hurt in the Kelby fire.", "conflicting"),
]
_POPULATION = ("Kelby County", "As of 2018, the population was 518,049.")
_A_POPULATION_COUNTS_PERSONS = [
    # a figure told as a population counts the people living there, whatever the statement calls them
    (_POPULATION, "In 2018, Kelby County had 518,049 inhabitants.", "supported"),  # was UNVERIFIED
    (_POPULATION, "Kelby County had less than 520,000 inhabitants in 2018.", "supported"),  # was UNVERIFIED
    (_POPULATION, "In 2018, Kelby County had 530,000 residents.", "conflicting"),  # was UNVERIFIED
    (_POPULATION, "In 2018, Kelby County had 518,049 cars.", "unverified"),  # (a guard: no persons)
]
_RESCUED = "Two women and four children were rescued from the Kelby fire."
_PERSONS_TOGETHER = [
    # counts of kinds of person listed together are so many people in all: a count of people is set
    # against their sum, never against one kind ("claim: 4 children")
    (_RESCUED, "Six people were rescued from the Kelby fire.", "supported"),  # was CONFLICTING
    (_RESCUED, "Seven people were rescued from the Kelby fire.", "conflicting"),
    (_RESCUED, "Four people were rescued from the Kelby fire.", "conflicting"),  # was SUPPORTED (by the four children)
    # (guards: a list that goes on uncounted, and a claim that counts its people itself)
    ("Three passengers, two crew members and a guard were injured in the Kelby crash.", "Five people were injured in the Kelby crash.",
     "unverified"),
    ("Two women and four children were among 30 people rescued from the Kelby fire.", "30 people were rescued from the Kelby fire.",
     "supported"),
    # (guards a review found: two lists, other persons counted, parts of a whole)
    ("Two men and two boys were killed, and three women and two girls were injured in the crash near Kelby.",
     "Four people were injured in the crash near Kelby.", "conflicting"),
    ("Two women and four children were among the 30 passengers rescued from the Kelby ferry.",
     "Six people were rescued from the Kelby ferry.", "conflicting"),
    ("Half of the 40 pupils and 3 teachers at Kelby school fell ill.", "43 people at Kelby school fell ill.", "conflicting"),
]
_BUILT_WITH = ("Kelby homes", "The Kelby housing scheme will be built by Kelby Homes, the council's own housing company, "
                                "with Larch Developments, a builder based in Oxcombe.")
_PARTIES_WITH = [
    # a party "with" the doer does it too: told either way round, it is the same act, no roles reversed
    (_BUILT_WITH, "Larch Developments will build the Kelby homes together with the council's housing company, Kelby Homes.",
     "supported"),  # was CONFLICTING
    (_BUILT_WITH, "Larch Developments will build the Kelby homes with Kelby Homes.", "supported"),  # was CONFLICTING
    ("Osei named Sandhu as her deputy.", "Sandhu named Osei as her deputy.", "conflicting"),  # (a guard: no "with")
    # (guards a review found: a "with" that opens the sentence, an absolute clause, a possessive)
    ("With one goal, Kelby Rovers beat Harlow Town.", "Harlow Town beat Kelby Rovers.", "conflicting"),
    ("Kelby Rovers beat Harlow Town 2-1, with Harlow Town down to ten men.", "Harlow Town beat Kelby Rovers.", "conflicting"),
    ("Kelby Foods bought Harlow Mills, with Harlow Mills' founder staying on as chair.", "Harlow Mills bought Kelby Foods.",
     "conflicting"),
]
_READ_IN_SESSION_40 = (_SPACED_METRES + _PARTIES_WITH + _PERSONS_TOGETHER + _UNMARKED_PLURALS + _A_POPULATION_COUNTS_PERSONS
                       + _CLAUSES_DENIED_AS_TOLD + _NOT_THE_CLAUSE_TOLD + _AFTER_AN_ASIDE + _CLUBS_AS_PARTIES)
_RACE = "Tomas Ekberg won the Harlow half marathon in 1 hour 2 minutes and 37 seconds, a course record."
_LENGTHS_TO_A_COARSER_UNIT = [
    # a length told in parts to the minute is the claim's cut or rounded to the minute, and no further
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1 hour and 2 minutes.", "supported"),  # was CONFLICTING
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1 hour and 3 minutes.", "supported"),  # rounded up
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1 hour and 4 minutes.", "conflicting"),
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1 hour and 1 minute.", "conflicting"),
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1 hour 2 minutes and 38 seconds.", "conflicting"),
    (_RACE, "Tomas Ekberg won the Harlow half marathon in one hour.", "conflicting"),  # not told in parts
    # and as a results table writes it ("1h 02m 37s" was read as "1h", 2 million and "37s")
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1h 02m 37s.", "supported"),  # was UNVERIFIED
    (_RACE, "Tomas Ekberg won the Harlow half marathon in 1hr 5min.", "conflicting"),  # was UNVERIFIED
]


_KESSEL = ("Tarrow Rovers were bought in 2020 by Kessel Holdings, a property firm based in Dunmore, which put a further "
           "£8 million into the club in 2023.")
_GRID = "The network operator said it could not connect the Harlow solar park before 2029."
_BOUNDED_DENIALS = [
    # a denial up to a time ("could not connect it before 2029") says the act comes then or later, as
    # "will not be connected until 2029" does: no contradiction of it
    (_GRID, "The Harlow solar park will not be connected to the grid until 2029.", "unverified"),  # was CONFLICTING
    (_GRID, "The Harlow solar park will be connected to the grid in 2027.", "conflicting"),
    (_GRID, "The Harlow solar park will not be connected to the grid until 2031.", "conflicting"),  # another bound
    ("The Harlow solar park will not open until 2029.", "The Harlow solar park will not open before 2030.",
     "conflicting"),  # was CONFLICTING for 2029 too: "not before 2029" is from 2029, as "not until 2029" is
    ("The Harlow solar park will not open until 2029.", "The Harlow solar park will open in 2029.", "supported"),
]
_RELATIVES_AFTER_APPOSITIVES = [
    # a relative after an appositive tells of the name the appositive describes, not of the appositive's place
    (_KESSEL, "Kessel Holdings put a further £5 million into the club in 2023.", "conflicting"),  # was UNVERIFIED
    (_KESSEL, "Kessel Holdings put a further £8 million into the club in 2023.", "supported"),
]


_VENN = ("Ada Venn, the women's winner of the 2025 Kelby Half Marathon, whose time of 71 minutes was a course record, "
         "has given her prize money to a children's hospice in Harlow.")
_EDITIONS = [
    # what a claim tells of one edition ("the 2025 Kelby Half Marathon") supports nothing of another's
    (_VENN, "Ada Venn, the women's winner of the 2024 Kelby Half Marathon, has given her prize money to a children's "
            "hospice in Harlow.", "unverified"),  # was SUPPORTED
    (_VENN, "Ada Venn, the women's winner of the 2025 Kelby Half Marathon, has given her prize money to a children's "
            "hospice in Harlow.", "supported"),
]
_GRADES = [
    # "a grade 4" is one of the grades, by its number, as "grade 4" is: another number is another grade
    ("At Tarrow Academy, 64 per cent of pupils gained a grade 4 or above in English and maths in 2025.",
     "At Tarrow Academy, 64 per cent of pupils gained a grade 5 or above in English and maths in 2025.",
     "conflicting"),  # was UNVERIFIED: "5 or above" against "at least 4"
    ("At Tarrow Academy, 64 per cent of pupils gained a grade 4 or above in English and maths in 2025.",
     "At Tarrow Academy, 64 per cent of pupils gained grade 4 or above in English and maths in 2025.",
     "supported"),  # was UNVERIFIED
    ("In a game two fans were hurt at Kelby Park.", "Two fans were hurt at Kelby Park.", "supported"),  # a count
]
_BYPASS_EARLIEST = "The new Harlow bypass will not open before 2027."
_GUARDS_OF_THE_READING = [
    # each went wrong in a first version of this session's rules, found by a review
    (_BYPASS_EARLIEST, "The Harlow bypass will open in 2027.", "unverified"),  # the earliest time, not the time
    (_BYPASS_EARLIEST, "The Harlow bypass will open in 2029.", "unverified"),  # was CONFLICTING
    (_BYPASS_EARLIEST, "The Harlow bypass will open in 2026.", "conflicting"),
    (_BYPASS_EARLIEST, "The Harlow bypass will not open until 2029.", "conflicting"),  # two bounds: another one
    (_BYPASS_EARLIEST, "The Harlow bypass will not open until 2027.", "supported"),  # one bound, told either way
    ("Leeds General Infirmary treated 40,000 patients last year.",  # "which" stands for no person
     "Dr Anil Shah, the director of Leeds General Infirmary, which treated 40,000 patients last year, wrote the report.",
     "unverified"),
    ("Dave Okafor played 300 games for Rovers.",  # "who" for the person the appositive ends on
     "Sam Okafor, the son of former Rovers captain Dave Okafor, who played 300 games for Rovers, signed on Monday.",
     "unverified"),
    ("Kelby General has 600 beds.", "Amy Cole, a nurse at Kelby General, which has 800 beds, said staff were tired.",
     "conflicting"),
    ("Tom Reed was first elected as a councillor in 2015.",  # "who" after a councillor is the councillor, not his ward
     "Tom Reed, the Labour councillor for Kelby East, who was first elected in 2011, will stand down in May.", "conflicting"),
    ("Kelby Brewery employs 80 staff.",  # "a brewer" is a firm: its "which" is the brewery's
     "Kelby Brewery, the oldest brewer in Tarnshire, which employs 120 staff, has been sold.", "conflicting"),
    ("The Kelby leisure centre will reopen in 2026.",  # a quoted "Not" opens a denial
     'The council leader said the Kelby leisure centre would reopen "Not before 2027".', "conflicting"),
    ("Police arrested three men at Kelby Park during the derby.",  # "a game five men": a count of men
     "During a game five men were arrested at Kelby Park.", "conflicting"),
    ("The band's first single, Nothing Left Behind, was released on 21 May 2015.",  # a title's "Nothing" denies nothing
     "The single Nothing Left Behind was released before 2014.", "conflicting"),
]
_FUN_RUN = ("The £2.3 million raised by Kelby Fun Run entrants in 2025 was up from £1.9 million in 2024 and beat the "
            "previous record of £2.1 million, set in 2021.")
_COMPARED_TIMES = [
    # the time a figure is compared with ("more than in 2024") is the claim's earlier reading ("up from
    # £1.9 million in 2024"), not its date in likelier words ("raised ... in 2025")
    (_FUN_RUN, "Entrants raised £2.3m, £400,000 more than in 2024 and £200,000 above the previous record.",
     "supported"),  # was CONFLICTING: 2024 against 2025
    (_FUN_RUN, "Entrants raised £2.3m, £400,000 more than in 2023.", "unverified"),  # another time compared with
    (("Station", "Passenger numbers at Kelby station rose to 1.6 million in 2024, up from 1.1 million in 2021, but were "
                 "still below the 1.8 million recorded in 2019."),
     "Kelby station had 1.6 million passengers in 2024, fewer than in 2018.", "unverified"),  # (a review's guard)
]
_REVIEW = "The council's review will cover several services, including libraries, leisure centres and parks."
_FOUNDERS = "The Harlow Trade Alliance's 40 members include Brill Foods, Kessel Holdings and Tarn Mills."
_MEMBERS_DENIED = [
    # "X is not among the Ns" denies X's being one of them, not the Ns: only a list that names X
    # contradicts it, and a list after "include" need not be whole
    (_REVIEW, "Museums are not among the services the review will cover.", "unverified"),  # was CONFLICTING
    (_REVIEW, "Libraries are not among the services the review will cover.", "conflicting"),
    (_REVIEW, "Parks are not one of the services the review will cover.", "conflicting"),
    (_FOUNDERS, "Kessel Holdings is not among the alliance's members.", "conflicting"),  # was CONFLICTING for any name
    (_FOUNDERS, "Ormsby Steel is not among the alliance's members.", "unverified"),
    (_FOUNDERS, "Tarn Mills is not one of the members of the alliance.", "conflicting"),
    (_FOUNDERS, "Tarn Mills is not among the alliance's suppliers.", "unverified"),  # another whole
    (_FOUNDERS, "Tarn Mills is not among the alliance's founding members.", "unverified"),  # a narrower one
    (_FOUNDERS, "Tarn Mills isn't among the alliance's members.", "conflicting"),
    (("Alliance", "The Harlow Trade Alliance's members may include Brill Foods and Tarn Mills."),
     "Tarn Mills is not among the alliance's members.", "unverified"),  # a guess is no list
    (("Panel", "Cabinet members, among them Jane Bell and Tom Hart, backed the plan."),
     "Tom Hart is not among the cabinet members facing re-election.", "unverified"),  # a narrower whole
    (("Trust", "The trust runs several hospitals, among them St Anne's Hospital and Kelby General Hospital."),
     "Harlow Royal Hospital is not among the trust's hospitals.", "unverified"),  # (the name's "Hospital" is no denied whole)
    (("Trust", "The trust runs several hospitals, among them St Anne's Hospital and Kelby General Hospital."),
     "Kelby General Hospital is not among the trust's hospitals.", "conflicting"),
    (("Trial", "The witnesses at the trial included PC Sarah Lane, Dr Omar Patel and the victim's mother."),
     "Dr Omar Patel was not among the witnesses at the trial.", "conflicting"),  # past the titles of a list's names
    # left off a list: the list stands for its items, and the items' noun may be another word for the claim's
    ("The working group will meet twice a year to discuss issues including pensions, pay and training.",
     "Training has been left off the list of topics.", "conflicting"),  # was UNVERIFIED
    ("The working group will meet twice a year to discuss issues including pensions, pay and training.",
     "Holidays have been left off the list of topics.", "unverified"),
    # a participle after its auxiliary reads as its verb: "left out" is no political left set against centres
    (_REVIEW, "Museums have been left out of the review.", "unverified"),  # was CONFLICTING: "left" / "centres"
    (_REVIEW, "Libraries have been left out of the review.", "conflicting"),
]
_NAMES_READ_WHOLE = [
    # a given name of two syllables hyphened, as romanised Korean names are written, is one name with
    # its surname (it was cut at the hyphen, leaving "hun" a word the claim does not say)
    (("Min Jae-hun", "Min was born in Daejeon, South Korea."), "Min Jae-hun was born in Busan.", "conflicting"),  # was UNVERIFIED
    (("Min Jae-hun", "Min was born in Daejeon, South Korea."), "Min Jae-hun was born in Daejeon.", "supported"),
    (("Min Jae-hun", "Min Jae-hun was born in Daejeon, South Korea."), "Jae-hun Min was born in Busan.", "conflicting"),
    (("Min Jae-hun", "Min Jae-hun was born in Daejeon, South Korea."), "Jae-hun Min was born in Daejeon.", "supported"),
    # the club past an "as" phrase of two roles with an article each
    (("Cormac Tully", "Cormac Tully is an Irish footballer who plays as a striker or a winger for Dunmore Rovers."),
     "Cormac Tully plays for Kelby Athletic.", "conflicting"),  # was UNVERIFIED
    (("Cormac Tully", "Cormac Tully is an Irish footballer who plays as a striker or a winger for Dunmore Rovers."),
     "Cormac Tully plays for Dunmore Rovers.", "supported"),
]
_TAX = "Kelby's council tax rise will add £86 a year to the bill of a Band D household, taking it to £1,940 a year."
_DIFFERENCES_OF_A_RATE = [
    (_TAX, "A Band D household in Kelby will pay £1,940 a year, £86 more than before.", "supported"),  # was UNVERIFIED
    (_TAX, "A Band D household in Kelby will pay £1,940 a year, £96 more than before.", "unverified"),  # never supported
]
_SOUTHAMPTON = ("Tom Reed", "Tom Reed is a footballer who plays as a right back for English club Southampton.")
_CLUBS_PAST_A_DEMONYM = [
    # "for English club Southampton": the club is the party past a demonym and what kind of thing it is
    # ("club" there is a noun, no verb the name goes with)
    (_SOUTHAMPTON, "Tom Reed plays for Kelby Athletic.", "conflicting"),  # was UNVERIFIED
    (_SOUTHAMPTON, "Tom Reed plays for Southampton.", "supported"),
    ("In 2019 the French beat Wales in Cardiff.", "In 2019 the French beat Scotland in Cardiff.", "conflicting"),  # a guard
    ("Before the merger, Kelby Foods' biggest supplier deal was with Norway.",
     "Before the merger, Kelby Foods' biggest supplier deal was with Denmark.", "conflicting"),  # "with" names one
]
_NUMBERED_NAMES = [
    # a number in the name the article is titled with names the thing: "Harbour 44" is no count of 44
    (("Harbour 44", "Released on 3 March 2021, it is the second game in the Harbour series."),
     "Harbour 44 was released in March 2021.", "supported"),  # was UNVERIFIED: "no figure to compare with 44"
    (("Harbour 44", "Released on 3 March 2021, it is the second game in the Harbour series."),
     "Harbour 44 was released in March 2022.", "conflicting"),
    (("Harbour 44", "Released on 3 March 2021, it is the second game in the Harbour series."),
     "Harbour 45 was released in March 2021.", "unverified"),  # another number: another thing
    (("Harbour 44", "Harbour 44 was released in March 2021."), "Harbour 44.1 was released in March 2021.",
     "unverified"),  # another version, not the title's ("44.1" read as "44" was SUPPORTED in a first version)
    (("Voyage 11", "Voyage 11 carried three astronauts to Mars in 2041."), "Voyage 11 carried 11 astronauts to Mars.",
     "conflicting"),  # was UNVERIFIED; the claim's name number counts nothing either
    (("Voyage 11", "Voyage 11 carried three astronauts to Mars in 2041."), "Voyage 11 carried 3 astronauts to Mars.",
     "supported"),
    (("Harbour 3", "It received mixed reviews from critics."), "Harbour 3 received negative reviews.",
     "conflicting"),  # (a guard: the name's number read with the words after it is no name's alone; "negative"
    # is not "mixed", a reception's other verdict: this row was unverified before session 58 read them so)
    (("Kelby Council To Raise Tax 5 Per Cent", "Kelby Council will raise council tax by 4 per cent in April."),
     "Kelby Council will raise council tax by 5 per cent in April.", "conflicting"),  # a headline is no name
]
_TRAMS = ("Transport minister Alison Reave rejected a request from the Westmere Transport Authority to fund an extension "
          "of Line 3 to Fenwick, saying the case for it was not yet strong enough.")
_ASKED_FOR = [
    # what one asked of another is not done: a statement that it was or will be is unverified, and an
    # agreement to do it is the opposite of the refusal
    (_TRAMS, "Alison Reave will fund an extension of Line 3 to Fenwick.", "unverified"),  # was SUPPORTED
    (_TRAMS, "Alison Reave agreed to fund an extension of Line 3 to Fenwick.", "conflicting"),  # was SUPPORTED
    (_TRAMS, "Alison Reave rejected a request to fund an extension of Line 3 to Fenwick.", "supported"),
    ("Unions urged ministers to scrap the tax.", "Ministers scrapped the tax.", "unverified"),
    # (granted, or no request at all: the act is told)
    ("The council approved a request from residents to extend opening hours at Fenwick library.",
     "The council will extend opening hours at Fenwick library.", "supported"),
    ("Harley Rovers pressed ahead with plans to sell the Mill Lane ground.", "Harley Rovers will sell the Mill Lane ground.",
     "supported"),
    ("Jones, who advised Kelby Foods, plans to retire next year.", "Jones will retire next year.", "supported"),
    # "agreed that" shares a view: no consent, no opposite of a refusal
    ("Members of the Unite union rejected the pay offer from Arriva.",
     "Members of the Unite union agreed that the pay offer from Arriva was too low.", "unverified"),
    # a name's number is the name: "Line 3" agreeing backs no statement whose act the claim does not tell
    (_TRAMS, "Alison Reave promised to fund an extension of Line 3 to Fenwick.", "unverified"),  # was SUPPORTED
]
_WHEAT = "Because of the export ban, Kelby Foods has no choice but to buy its wheat in Britain."
_LEFT_NO_CHOICE = [
    # "left X no choice but to" is the causative of "X has no choice but to": no act of leaving
    (_WHEAT, "The export ban has left Kelby Foods no choice but to buy its wheat in Britain.", "supported"),  # was UNVERIFIED
    (_WHEAT, "The export ban has left Kelby Foods no option but to buy its wheat in France.", "conflicting"),
    (_WHEAT, "A drought has left Kelby Foods no choice but to buy its wheat in Britain.", "unverified"),  # another cause
    ("Smith left the club because he had no choice after the takeover.", "Smith left the club.", "supported"),  # a leaving
]
_FEN = "Save Harlow Fen, a campaign group formed by residents of the village of Aldwick Marsh, opposes the park."
_KINDS_OF_PLACE = [
    # "the village of Aldwick Marsh" is Aldwick Marsh: what kind of place it is names no role of its own
    (_FEN, "Save Harlow Fen was formed by residents of Nethercote.", "conflicting"),  # was UNVERIFIED
    (_FEN, "Save Harlow Fen was formed by residents of Aldwick Marsh.", "supported"),
    ("Ann Holt, the mayor of the city of Kelby, opened the bridge.", "Ann Holt, the mayor of Harlow, opened the bridge.",
     "conflicting"),  # was UNVERIFIED
]
_ROVERS = "Kelby Rovers, who play in the town of Harlow, beat Dunmore Athletic 2-0."
_A_PLACE_FOR_A_PARTY = [
    # the verb's one object, where the claim tells the statement's name only as a place
    (_ROVERS, "Kelby Rovers beat Harlow 2-0.", "conflicting"),  # was SUPPORTED
    (_ROVERS, "Kelby Rovers beat Dunmore Athletic 2-0.", "supported"),
    # (guards: a name the claim gives as an object too, or in a list)
    ("Priya Sandhu met Tom Blake, the leader of Harlow Council, and Ann Lee on Monday.", "Priya Sandhu met Ann Lee.",
     "supported"),
    ("Kelby Rovers beat Harlow Town 2-0 on Saturday, then beat Dunmore Athletic 3-1 on Tuesday.",
     "Kelby Rovers beat Dunmore Athletic.", "supported"),
]
_POOL = "The closure of Fenwick pool has been postponed until March 2026."
_LINE_5 = "The Harlow Transport Authority expects Line 5 to carry about 12,000 passengers a day."
_FERRIES = "Harlow Ferries carried 2.1 million passengers in 2024 and expects 3 million passengers a year by 2030."
_BID = "Kelby District Council rejected a bid from Marlow Homes to build 240 houses on the edge of Orton."
_READ_IN_SESSION_42 = [
    # a verb that moves or stretches a time takes "until" as its complement: "not ... until" denies it
    (_POOL, "The closure of Fenwick pool has not been postponed until March 2026.", "conflicting"),  # was SUPPORTED
    (_POOL, "The closure of Fenwick pool has been postponed until March 2026.", "supported"),
    ("The Fenwick lido will reopen in March 2026.", "The Fenwick lido will not reopen until March 2026.",
     "supported"),  # (an event's "not ... until" still tells when it happens)
    # "expects Line 5 to carry": the figure is Line 5's, the infinitive's subject (and a numbered name ends on its number)
    (_LINE_5, "Line 5 will carry about 20,000 passengers a day.", "conflicting"),  # was UNVERIFIED
    (_LINE_5, "Line 5 will carry about 12,000 passengers a day.", "supported"),
    # a clause told after "and" with no subject of its own is the first clause's subject's
    (_FERRIES, "Harlow Ferries carried 2.1 million passengers in 2024 and expects 4 million passengers a year by 2030.",
     "conflicting"),  # was UNVERIFIED: the part "expects 4 million ..." found no claim
    (_FERRIES, _FERRIES, "supported"),
    # a bid to build is a plan: the houses are not built, and a plan's figure is set against the plan's
    (_BID, "Marlow Homes built 240 houses on the edge of Orton.", "unverified"),  # was SUPPORTED
    (_BID, "Marlow Homes wanted to build 420 houses on the edge of Orton.", "conflicting"),
    # the doer of an infinitive after "expects X to" is X: the one who expects it does not do it
    ("Kelby Council expects Marlow Homes to build 240 houses in Orton by 2027.",
     "Kelby Council will build 240 houses in Orton by 2027.", "unverified"),  # was SUPPORTED
    ("Kelby Council expects Marlow Homes to build 240 houses in Orton by 2027.",
     "Marlow Homes will build 240 houses in Orton by 2027.", "supported"),
    ("The free bus scheme in Kelby will continue until 2027.", "The free bus scheme in Kelby will not continue until 2027.",
     "conflicting"),  # was SUPPORTED
    # (guards, each reported wrong by a review of a first version of these rules)
    ("Harlow Ferries raised its fares by 3% in 2024.",
     "Harlow Ferries carried 2.1 million passengers in 2024, and prices at Kelby Ferries rose 5% in 2024.",
     "unverified"),  # "prices at ..." is the clause's own subject, no verb of Harlow Ferries
    ("The Harlow festival will be held in the first week of June 2026.",
     "The Harlow festival will be held in the last week of June 2026.", "conflicting"),  # no time told from now
    ("Kelby Council will spend £2 million on road repairs in 2026.", "Kelby Council budgeted £5 million for road repairs in 2026.",
     "conflicting"),  # a plan told in the past is still the plan
    ("In the 1990s the Harlow ferry would carry 3 million passengers a year.",
     "In the 1990s the Harlow ferry carried 1 million passengers a year.", "conflicting"),  # a habit's "would"
    ("Kelby Rovers' stadium will be closed for a season and rebuilt with 20,000 seats.",
     "Kelby Rovers' stadium was rebuilt with 20,000 seats.", "unverified"),  # "will be ... and rebuilt"
    ("The Kelby bypass opened in December 2024.", "The Kelby bypass did not open in 2024 until December.", "supported"),
    ("The Wethermoor Farmers' Union said 9,500 acres of crops were lost to flooding in 2025, and puts the loss to "
     "the county's arable farms at £31 million.", "The Wethermoor Farmers' Union puts the loss to arable farms at £13 million.",
     "conflicting"),  # the figure after ", and puts" is told of the union, the clause's subject
]
_READ_IN_SESSION_42_B = [
    # an adverb of time set off at the start of a sentence is no name, and the claim's article is what it tells of
    (("Harbour Lights (film)", "Afterward, Mara hides the letter and leaves the harbour."),
     "In Harbour Lights, Mara hides the letter and leaves the harbour.", "supported"),  # was UNVERIFIED
    (("Marks & Spencer", "Marks & Spencer raised its annual profit forecast in January."),
     "Next raised its annual profit forecast in January.", "conflicting"),  # (the retailer Next: a guard)
    # (and "too" adds Next to those who raised it: no contradiction of Marks & Spencer's raising it, session 64)
    (("Marks & Spencer", "Marks & Spencer raised its annual profit forecast in January."),
     "Next, too, raised its annual profit forecast in January.", "unverified"),
    # a kind of work before its name is said where the claim or its title gives that kind (a guard)
    (("Harbour Lights (film)", "Harbour Lights won three awards at the Kelby festival."),
     "The film Harbour Lights won three awards at the Kelby festival.", "supported"),
    # "without his partner" takes the partner as given: no denial that there is one
    ("Her second album was the first she made without her partner, Tom Reed, since 2015.",
     "She and Tom Reed were partners.", "supported"),  # was CONFLICTING: "the claim says 'not partner'"
    # a name's number before the sentence's verb counts nothing
    (("Zandor 3", "It received mixed reviews from critics."), "Zandor 3 received mixed reviews.", "supported"),  # was UNVERIFIED
    ("Kelby rebuilt 500 damaged schools in 2023.", "In Kelby 900 damaged schools were rebuilt in 2023.",
     "conflicting"),  # (a place after "in": the figure counts the schools, a guard)
]
_METACRITIC = ("Harbour Lights (film)", "On Metacritic, Harbour Lights has a score of 71 out of 100, based on 30 critics.")
_AVERAGE = ("Harbour Lights (film)", "Harbour Lights holds an average rating of 7.4 out of 10 on Rotten Tomatoes.")
_TRAILER = ("Harbour Lights (film)", "The Harbour Lights trailer has 3.2 million views on YouTube.")
_READ_IN_SESSION_42_C = [
    # a score out of a scale is one figure however it is written: "71 out of 100" is "71/100", "7.4 out of 10" "7.4/10"
    (_METACRITIC, "Harbour Lights scored 71/100 on Metacritic.", "supported"),  # was UNVERIFIED
    (_METACRITIC, "Harbour Lights scored 61/100 on Metacritic.", "conflicting"),  # was UNVERIFIED
    (_AVERAGE, "Harbour Lights has an average rating of 7.4/10 on Rotten Tomatoes.", "supported"),  # was UNVERIFIED
    (_AVERAGE, "Harbour Lights has an average rating of 8.4/10 on Rotten Tomatoes.", "conflicting"),  # was UNVERIFIED
    # "viewed 3.2 million times" counts views
    (_TRAILER, "The Harbour Lights trailer has been viewed 3.2 million times on YouTube.", "supported"),  # was UNVERIFIED
    (_TRAILER, "The Harbour Lights trailer has been viewed 4.2 million times on YouTube.", "conflicting"),  # was UNVERIFIED
    ("The Marlow ferry was cancelled on 14 occasions in May.", "The Marlow ferry was cancelled 11 times in May.",
     "conflicting"),  # (other acts counted in times stay times: a guard)
    # (guards, each reported wrong by a review of a first version)
    (_TRAILER, "The Harbour Lights trailer has been watched 4.2 million times on YouTube.", "conflicting"),
    ("Tom Reed has played 40 times for England.", "Tom Reed has appeared 45 times for England.", "conflicting"),
    ("In March 2024, Ann Holt sold 2 million shares of Kelby Foods.",
     "In March 2024, Ann Holt's post about Kelby Foods was shared 2 million times.", "unverified"),
    ("The incidence of Kelby syndrome is 2.5 out of 10,000 births.", "The incidence of Kelby syndrome is 2.5 out of 10 births.",
     "conflicting"),  # "10,000" is no scale of 10
]
_PANDAS = "Dr Ann Holt said Kelby Zoo had not bred red pandas before because its old enclosure was too small."
_READ_IN_SESSION_42_D = [
    # "had not bred them before" is what a first time follows: no contradiction of it
    (_PANDAS, "For the first time in its history, Kelby Zoo has bred red pandas.", "unverified"),  # was CONFLICTING
    (_PANDAS, "Kelby Zoo had bred red pandas before.", "conflicting"),
    ("Kelby Rovers won the league for the first time in 2024.", "Kelby Rovers did not win the league in 2024.",
     "conflicting"),  # (a first time told is still a time)
    # "so far", "as yet" between the denial and its verb are adverbials of time: the verb is what is denied
    ("Kelby Council has so far recovered £340,000 of the money Tom Reed stole.",
     "Kelby Council has not so far recovered any of the money Tom Reed stole.", "conflicting"),  # was UNVERIFIED ("not far")
    ("Harlow Ferries has paid the £20,000 fine.", "Harlow Ferries has not as yet paid the £20,000 fine.",
     "conflicting"),  # (a guard)
]
_READ_IN_SESSION_43 = [
    # a lead's other name, given right after its life dates ("better known as", "known professionally
    # as", "by his stage name"), names the same person: the bracket's dates are that name's too
    (("Dee Marlow", "Anne Reed (4 May 1920 – 1990), known professionally as Dee Marlow, was an English actress."),
     "Dee Marlow was born in 1921.", "conflicting"),  # was UNVERIFIED
    (("Dee Marlow", "Anne Reed (4 May 1920 – 1990), known professionally as Dee Marlow, was an English actress."),
     "Dee Marlow died in 1990.", "supported"),  # was UNVERIFIED
    (("Kid Tallow", "Marcus Penrose (born 1979), better known by his stage name Kid Tallow, is a British rapper."),
     "Kid Tallow was born before 1975.", "conflicting"),  # was UNVERIFIED
    (("Kid Tallow", "Marcus Penrose (born 1979), better known by his stage name Kid Tallow, is a British rapper."),
     "Kid Tallow was born in the 1970s.", "supported"),
    # (another person's name, given later in the claim, is not the lead's)
    (("Anne Reed", "Anne Reed (4 May 1920 – 1990) was an English actress whose sister, known as Kitty Marlow, sang."),
     "Kitty Marlow was born in 1921.", "unverified"),
    # (a verb of change against a claim's "down from" of another measure: "sales at the dairy climbed"
    # against "a profit of £9.3 million, down from ..." stays a contradiction, as "turnover rose" against
    # "revenue of £4.1 billion, down from ...", which no table tells the same, must be; a guard)
    ("Kelby Dairy made a profit of £9.3 million in 2024, down from £11.2 million the year before.",
     "Kelby Dairy's profits rose in 2024.", "conflicting"),
    ("Kelby Energy reported revenue of £4.1 billion in 2024, down from £4.6 billion a year earlier.",
     "Turnover at Kelby Energy rose in 2024.", "conflicting"),
    # a count of people who did something against the count of the act's noun, past an auxiliary; one
    # recovery (as one death) for each person, in the counts of an outbreak
    ("As of 26 April 2020, Kelby had recorded 1,869 confirmed cases, 789 recoveries and 8 deaths.",
     "770 people had recovered in Kelby as of 26 April 2020.", "conflicting"),  # was UNVERIFIED
    ("As of 26 April 2020, there have been 1,869 confirmed cases in Kelby, 789 recoveries and 8 deaths.",
     "789 patients had recovered in Kelby as of 26 April 2020.", "supported"),  # was UNVERIFIED ("confirmed"
    # dated the claim's date as a telling)
    ("As of 26 April 2020, there have been 1,869 confirmed cases in Kelby, 789 recoveries and 8 deaths.",
     "Kelby had 1,869 confirmed cases as of 26 April 2020.", "supported"),
    # "over" after a verb of spreading is "across": "spread over three sites" is three sites, not more
    ("Kelby Council's £2 million grant was spread over three sites.", "Kelby Council's £2 million grant was spread over four sites.",
     "conflicting"),
    ("Kelby Council's £2 million grant was spread over three sites.", "Kelby Council's £2 million grant was spread over three sites.",
     "supported"),
    # the giver of a rating owns none of it: the one given it does
    (("Night Ferry", "Critico gave the first season a rating of 91% based on 22 reviews."),
     "Night Ferry's first season had a rating below 85%.", "conflicting"),  # was UNVERIFIED (Critico's 91%)
    (("Night Ferry", "Critico gave the first season a rating of 91% based on 22 reviews."),
     "Night Ferry's first season had a rating of 91%.", "supported"),  # was UNVERIFIED (the title kept out)
    (("Night Ferry", "Critico gave the first season a rating of 91% based on 22 reviews."),
     "Screenly gave Night Ferry's first season a rating of 91%.", "unverified"),  # (another giver: a guard)
    # an ordinal after a possessive is a place in an order ("the band's fourth single")
    (("Vesper Lane", "The band released its third single, \"Glass Harbour\", on 22 July."),
     "The band's fourth single was \"Glass Harbour\".", "conflicting"),  # was UNVERIFIED
    ("Kelby Rovers won their first league title in 2019.", "Kelby Rovers' second title came in 2019.",
     "conflicting"),  # was UNVERIFIED
    # a short title in capitals is its topic's name, though its first word opens as a common word does
    (("Prophets of Brass", "The band released its third single, \"Glass Harbour\", on 22 July."),
     "Prophets of Brass's third single was \"Glass Harbour\".", "supported"),  # was UNVERIFIED ("prophet")
    (("Prophets of Brass", "The band released its third single, \"Glass Harbour\", on 22 July."),
     "Prophets of Brass's fourth single was \"Glass Harbour\".", "conflicting"),  # was UNVERIFIED
    (("Prophets of Brass", "The band released its third single, \"Glass Harbour\", on 22 July."),
     "Residents of Brass's third single was \"Glass Harbour\".", "unverified"),
    (("Kelby Council approves Harlow Road homes", "Kelby Council approved 240 homes on Harlow Road."),
     "Kelby Council approved 240 homes.", "supported"),  # (a headline is no name: a guard)
    # names joined by "and" that a bracketed acronym spells are one name, and a place before a body's
    # name says whose the body is: the doer of "approved by the U.S. Food and Drug Administration"
    ("Kelbicin is not approved by the U.S. Food and Drug Administration (FDA) for the treatment of any condition.",
     "The FDA approves Kelbicin.", "conflicting"),  # was SUPPORTED
    ("Kelbicin is not approved by the U.S. Food and Drug Administration (FDA) for the treatment of any condition.",
     "Kelbicin is not approved by the FDA.", "supported"),
    ("Kelbicin was approved by the UK Medicines and Healthcare Regulatory Agency (MHRA) in 2024.",
     "The MHRA approved Kelbicin in 2023.", "conflicting"),  # (a guard)
    # "try" and "attempt" are conatives, as "seek": what is tried is not asserted, and "would not try to"
    # is what "will not seek to" says
    ("Harlow Ferries will not seek to recover the cost of the strike through higher fares, its chief executive said.",
     "Harlow Ferries' chief executive said the company would not try to recover the cost of the strike through higher fares.",
     "supported"),  # was UNVERIFIED ("try")
    ("Kelby Rovers sought to buy the Quarry Lane ground in 2023.", "Kelby Rovers tried to buy the Quarry Lane ground in 2023.",
     "supported"),  # was UNVERIFIED
    ("Kelby Rovers sought to buy the Quarry Lane ground in 2023.", "Kelby Rovers attempted to buy the Quarry Lane ground in 2021.",
     "conflicting"),
    ("Kelby Rovers tried to buy the Quarry Lane ground in 2023.", "Kelby Rovers bought the Quarry Lane ground in 2023.",
     "unverified"),  # was SUPPORTED: what is tried may fail
    # a date in a relative clause set off after another name dates that clause's act, of that name
    ("Marlow Capital, which backed the company's first round in 2023, added £12 million to Tallyworks' new round.",
     "Tallyworks' new funding round was made public on 11 March 2025.", "unverified"),  # was CONFLICTING (2023)
    ("Marlow Capital, which backed the company's first round in 2023, added £12 million to Tallyworks' new round.",
     "Marlow Capital backed Tallyworks' first round in 2021.", "conflicting"),  # (the clause's act told: a guard)
    ("Marlow Capital, which backed the company's first round in 2023, added £12 million to Tallyworks' new round.",
     "Marlow Capital, which added £12 million to the round, first backed Tallyworks in 2021.", "conflicting"),
    # what someone aims to do is no contradiction of what happened; a change told as fact in a verb the
    # same way backs one told in another ("grew" / "rose"), whatever aim the claim tells beside it
    ("Kelby Council has been trying to cut its costs, which rose from £21 million in 2023 to £33 million in 2024.",
     "Kelby Council's costs grew by £12 million in 2024.", "supported"),  # was CONFLICTING ("cut")
    ("Kelby Council has been trying to cut its costs, which rose from £21 million in 2023 to £33 million in 2024.",
     "Kelby Council's costs fell in 2024.", "conflicting"),  # (a guard)
    ("Kelby Council will cut its bus fares in April.", "Kelby Council will raise its bus fares in April.", "conflicting"),
    # guards for the rules above, from a review of them
    (("Mary Lane", "Mary Lane (born 1960), known as John Lane's widow, is a writer."),
     "John Lane was born in 1955.", "unverified"),  # ("known as" someone's relation, no other name of hers)
    ("Health officials confirmed on 3 June 2024 that there were 12 confirmed cases of measles in Kelby.",
     "Kelby had 12 cases of measles in May 2024.", "unverified"),  # (3 June dates the confirming)
    ("Jo Tatum averaged 26.9 points per game in the 2023 season.", "Jo Tatum averaged over 25 points per game in the 2023 season.",
     "supported"),  # ("over 25 points" is more than 25)
    ("The Kelby food bank distributed 5,400 food parcels in 2024.", "The Kelby food bank distributed over 5,000 food parcels in 2024.",
     "supported"),
    (("Midnight Sun (album)", "Metacritic gave the album a score of 78."), "AllMusic gave Midnight Sun a score of 60.",
     "unverified"),  # (two raters)
    ("The merger was blocked by the Competition and Markets Authority (CMA) in 2023.",
     "The Competition and Markets Authority blocked the merger in 2023.", "supported"),  # (with its acronym or not)
    ("Zentrex was approved by the U.S. Food and Drug Administration in 2021.",
     "The U.S. Food and Drug Administration (FDA) approved Zentrex in 2021.", "supported"),
    ("A 24-year-old man from Kelby was charged with murder.", "A 24-year-old man from Kelby was charged with attempted murder.",
     "unverified"),  # ("attempted murder" is another offence)
    ("Fennick Capital, which backed Lumenfold's first funding round in 2023, added £12 million.",
     "Lumenfold's first funding round was in 2021.", "conflicting"),  # (the clause's act told in its own words)
    ("Kelby Rovers hope to increase attendance after ticket prices rose 10%.", "Attendance at Kelby Rovers increased.",
     "unverified"),  # (prices rose; attendance only is hoped to)
    # a pronoun that opens the clause is its subject, not a name after a preposition there: the figure is
    # the pronoun's, most often the article's topic
    (("Ana Ferro", "She finished her first season in third place, behind champion Lia Bond, winning 10 races."),
     "Ana Ferro won more than 10 races in her first season.", "conflicting"),  # was UNVERIFIED (Bond's races)
    (("Ana Ferro", "She finished her first season in third place, behind champion Lia Bond, winning 10 races."),
     "Ana Ferro won 10 races in her first season.", "supported"),
    (("Ana Ferro", "She finished her first season in third place, behind champion Lia Bond, winning 10 races."),
     "Lia Bond won 12 races in her first season.", "unverified"),  # was CONFLICTING
    # the persons counted after "by" of a passive are its doers, no count of those the act befalls
    ("Police arrested 14 people after the Kelby match.", "The fans were arrested by 12 officers after the Kelby match.",
     "unverified"),  # was CONFLICTING
    ("Police arrested 14 people after the Kelby match.", "Police arrested 12 people after the Kelby match.", "conflicting"),
    # guards from a second review: a relative clause after the preposition's name is that name's
    (("Tom Reed", "He was replaced by Sam Jones, who scored 24 goals that season."), "Tom Reed scored 30 goals that season.",
     "unverified"),
    (("Tom Reed", "He was replaced by Sam Jones, who scored 24 goals that season."), "Sam Jones scored 30 goals that season.",
     "conflicting"),
    # the reporting verb at the sentence's end is not what "As of" dates
    ("As of 26 April 2020, there had been 1,869 confirmed cases in Kelby, the health ministry confirmed.",
     "There were 1,869 confirmed cases in Kelby on 26 April 2020.", "supported"),
    # another name after the lead's other name ("known as Kid Tallow or KT")
    (("Kid Tallow", "Marcus Penrose (born 1979), known as Kid Tallow or KT, is an English rapper."),
     "Kid Tallow was born in 1982.", "conflicting"),
    # a list of companies and a party before a body's word is no body named for its remit
    ("Ford and General Motors Company both announced job cuts in 2019.", "Ford announced job cuts in 2019.", "supported"),
]
_READ_IN_SESSION_44 = [
    # a multiple before the figure it multiplies, against the claim's own multiple
    ("Overseas students at Tarnbury College pay £17,900 for most courses, almost twice the £9,535 fee for home students.",
     "Overseas students at Tarnbury College pay more than double the £9,535 fee paid by home students.", "conflicting"),  # was UNVERIFIED
    ("Overseas students at Tarnbury College pay £17,900 for most courses, almost twice the £9,535 fee for home students.",
     "Overseas students at Tarnbury College pay nearly twice the £9,535 fee paid by home students.", "supported"),
    # a negator written with a capital inside a sentence is a word of a title, which denies nothing
    (("Gull Harbour", "Gull Harbour have released one EP, Songs for Nobody, in 2012, and two albums."),
     "Songs for Nobody was released in 2012.", "supported"),  # was CONFLICTING: read as not released
    (("Gull Harbour", "Gull Harbour have released one EP, Songs for Nobody, in 2012, and two albums."),
     "Songs for Nobody was not released in 2012.", "conflicting"),
    # "no X were on board": what "be" says of them is the phrase after it, which a statement of X on board
    # contradicts
    ("No passengers were on board the Tarnbury ferry when it ran aground on 3 May 2024.",
     "Passengers were on board the Tarnbury ferry when it ran aground.", "conflicting"),  # was SUPPORTED
    ("No pupils were in the Kelby Road school building when the fire started.",
     "Pupils were in the Kelby Road school building when the fire started.", "conflicting"),  # was SUPPORTED
    # a sequel's number before its subtitle, or a volume's, is the name's, which the claim's article title gives
    (("Kelby Nights 2: The Return", "The film received mixed reviews and failed to meet expectations at the box office."),
     "The movie Kelby Nights 2: The Return failed to meet expectations at the box office.", "supported"),  # was UNVERIFIED
    (("Kelby Nights 2: The Return", "The film received mixed reviews and failed to meet expectations at the box office."),
     "Kelby Nights 3: The Return failed to meet expectations at the box office.", "unverified"),
    # a bound opens an amount: "more than 1850 tests" is no year
    ("A total of 1,868 tests had been processed in Tarnshire by 3 April.",
     "In Tarnshire, more than 1850 tests had been processed by 3 April.", "supported"),  # was UNVERIFIED
    ("A total of 1,868 tests had been processed in Tarnshire by 3 April.",
     "In Tarnshire, more than 1900 tests had been processed by 3 April.", "conflicting"),  # was UNVERIFIED
    # a date's verb is in its own clause: "since 2005 and they married in 2014" dates no marrying by 2005
    ("Tom Harker has been in a relationship with Ana Lyle since 2005 and they married in 2014.",
     "Tom Harker and Ana Lyle married in 2010.", "conflicting"),  # was SUPPORTED
    ("Tom Harker has been in a relationship with Ana Lyle since 2005 and they married in 2014.",
     "Tom Harker and Ana Lyle married before 2010.", "conflicting"),  # was SUPPORTED
    ("Tom Harker has been in a relationship with Ana Lyle since 2005 and they married in 2014.",
     "Tom Harker has been with Ana Lyle since 2005.", "supported"),
    # a place the claim has only inside a longer name that the statement gives too is not said of it
    ("Major airports in the north include Kelby International Airport, Harlow Airport in Dunmore, and Tarnbury Field.",
     "Kelby International Airport is located in Kelby.", "unverified"),  # was SUPPORTED
    ("Major airports in the north include Kelby International Airport, Harlow Airport in Dunmore, and Tarnbury Field.",
     "Harlow Airport is in Dunmore.", "supported"),
    # a place's total is no figure of one of its firms, which the claim never names
    ("Of the $40 billion worth of chips sold in Brazil last year, chips worth $9 billion were made in Brazil.",
     "Tarnwell Semiconductor made chips worth $2 billion last year.", "unverified"),  # was CONFLICTING
    ("Of the $40 billion worth of chips sold in Brazil last year, chips worth $9 billion were made in Brazil.",
     "Chips worth $12 billion were made in Brazil last year.", "conflicting"),
    (("Tarnwell Semiconductor results", "The company made chips worth $9 billion in Brazil last year."),
     "Tarnwell Semiconductor made chips worth $2 billion last year.", "conflicting"),
    # "plays for" a body is what a role noun before "for" and the body says ("a wide receiver for")
    ("Ray Holt (born 4 May 1990) is an American football wide receiver for the Kelby Hawks.",
     "Ray Holt plays for the Kelby Hawks.", "supported"),  # was UNVERIFIED
    ("Ray Holt (born 4 May 1990) is an American football wide receiver for the Kelby Hawks.",
     "Ray Holt plays for the Harlow Bears.", "conflicting"),  # was UNVERIFIED
    ("Ray Holt is a professional basketball player for the Dunmore Blazers.",
     "Ray Holt plays for the Dunmore Blazers.", "supported"),  # was UNVERIFIED
    # a preposition's object goes with the verb before it, not the next clause's: "resides in Karvale and
    # heads a gang"; and the article's topic, which its claim tells of throughout, sets no role apart
    (("Tomas Rell", "He currently resides in Karvale and runs the Rell crime syndicate, which he founded in Dunmore in the 1970s."),
     "Tomas Rell lives in Oxbury.", "conflicting"),  # was UNVERIFIED
    (("Tomas Rell", "He currently resides in Karvale and runs the Rell crime syndicate, which he founded in Dunmore in the 1970s."),
     "He currently resides in Oxbury.", "conflicting"),  # was UNVERIFIED
    (("Tomas Rell", "He currently resides in Karvale and runs the Rell crime syndicate, which he founded in Dunmore in the 1970s."),
     "Tomas Rell resides in Karvale.", "supported"),
    # (guards, found by a review: emphasis in capitals and a reply "No" are denials; a decade that
    # describes ("a 1980s-style kit") and "1000s" (thousands) are no dates; a quoted title after a
    # possessive is no nickname; a former club is no swap for a present one; a birthplace is the
    # place the claim says the person was born in)
    ("Kelby Borough Council approved the plan for a new leisure centre in March 2023.",
     "Kelby Borough Council NEVER approved the plan for a new leisure centre.", "conflicting"),
    ("Kelby Borough Council approved the plan for a new leisure centre in March 2023.",
     "Councillors said No to the plan for a new leisure centre in March 2023.", "conflicting"),
    ("Kelby Town reissued their home kit in 2021.", "Kelby Town reissued a 1980s-style home kit in 2021.", "supported"),
    ("Thousands of fans attended the cup final at the Kingsmead in May 2022.",
     "1000s of fans attended the cup final at the Kingsmead in May 2022.", "supported"),
    (("Ann Leary", "Leary played a nurse in Tom Reyes's 2019 film Sundown."),
     'In Tom Reyes\'s "Sundown" Leary played a nurse.', "supported"),
    (("Ann Leary", "Leary is a striker for Harton Rovers."), "Leary played for Kelby Town in 2015.", "unverified"),
    (("Ann Leary", "Leary was born in Harton and grew up in Kelby."), "Leary's birthplace is Kelby.", "conflicting"),  # was UNVERIFIED
    (("Ann Leary", "Leary's son Tom was born in Kelby in 2015."), "Leary's birthplace is Kelby.", "unverified"),
    # a place said of one thing is not said of another the claim places elsewhere ("a plant in Harton and
    # its depot in Dunmore": no plant in Dunmore); an act done once, placed elsewhere, is contradicted
    ("Kelby Foods opened a plant in Harton and closed its depot in Dunmore.", "Kelby Foods opened a plant in Dunmore.",
     "unverified"),  # was SUPPORTED
    ("Kelby Foods opened a plant in Harton and closed its depot in Dunmore.", "Kelby Foods closed its depot in Dunmore.",
     "supported"),
    (("Ann Leary", "Leary was born in Harton and grew up in Kelby."), "Leary was born in Kelby.", "conflicting"),  # was SUPPORTED
    (("Ann Leary", "Leary was born in Harton and grew up in Kelby."), "Leary grew up in Harton.", "unverified"),  # was SUPPORTED
    # a decade and a century are dates: the span of years they name
    (("Kid Marlow", "Marcus Penrose (born 1979), better known by his stage name Kid Marlow, is a British rapper."),
     "Kid Marlow was born in the 1980s.", "conflicting"),  # was SUPPORTED
    (("Kid Marlow", "Marcus Penrose (born 1979), better known by his stage name Kid Marlow, is a British rapper."),
     "Kid Marlow was born in the late 1970s.", "supported"),
    ("Kelby Abbey was built in 1583 on the site of a Norman chapel.", "Kelby Abbey was built in the 1590s.", "conflicting"),  # was SUPPORTED
    ("Kelby Abbey was built in 1583 on the site of a Norman chapel.", "Kelby Abbey was built in the 16th century.", "supported"),  # was UNVERIFIED
    ("Kelby Abbey was built in 1583 on the site of a Norman chapel.", "Kelby Abbey was built in the 17th century.", "conflicting"),  # was UNVERIFIED
    # a place named only as a word of a body's phrase, past the words that say which of its kind, is no
    # place of birth ("Canada men's national soccer team")
    ("Tom Reyes (born 4 May 1990) is a winger for Kelby Rovers and the Canada men's national soccer team.",
     "Tom Reyes was born in Canada.", "unverified"),  # was SUPPORTED
    ("Tom Reyes (born 4 May 1990) is a winger for Kelby Rovers and the Canada men's national soccer team.",
     "Tom Reyes was born in 1990.", "supported"),
    # "X's birthplace is P", "X's place of birth is P" tell where X was born
    ("Kim Dae Soo was born in Kelby in 1987.", "Kim Dae Soo's place of birth is Harlow.", "conflicting"),  # was UNVERIFIED
    ("Kim Dae Soo was born in Kelby in 1987.", "Kim Dae Soo's birthplace is Kelby.", "supported"),  # was UNVERIFIED
    # ("place" as the text's last word is read for "place of birth" without reading past the end: a guard)
    ("Kelby Rovers finished third in the league in 2024.", "In 2024 Kelby Rovers finished the league in a poor place",
     "unverified"),
    # a nickname in quotation marks within a name leaves the name whole
    ('Ana Maria "Annie" Lusk (born 8 March 1988) is an English singer and the sole member of Night Pylon.',
     "Ana Maria Lusk was born after March 9, 1988.", "conflicting"),  # was UNVERIFIED
    ('Ana Maria "Annie" Lusk (born 8 March 1988) is an English singer and the sole member of Night Pylon.',
     "Ana Maria Lusk was born in March 1988.", "supported"),  # was UNVERIFIED
    # a verb's object and the party "from" names are two parties of one act
    ("Sam Okoro joined Redmoor from Bramley Rangers in 2019.", "Sam Okoro joined Harton United in 2019.", "conflicting"),
    ("Sam Okoro joined Redmoor from Bramley Rangers in 2019.", "Sam Okoro joined Redmoor from Harton United in 2019.", "conflicting"),
]
_READ_IN_SESSION_45 = [
    # a share of the whole the statement gives too: the claim's part over its whole, whatever words stand
    # around each
    (("Kelby Air results", "Kelby Air flies 12 jets and has ordered three more. It employs 480 people, 320 of them at Harton."),
     "Two-thirds of Kelby Air's 480 staff work at Harton.", "supported"),  # was UNVERIFIED
    (("Kelby Air results", "Kelby Air flies 12 jets and has ordered three more. It employs 480 people, 320 of them at Harton."),
     "About half of Kelby Air's 480 staff work at Harton.", "unverified"),  # (a share of the part contradicts only in like words)
    ("Tarnbury Buses runs 96 buses, 72 of them on electric power.",
     "About two-thirds of the 96 buses Tarnbury Buses runs are electric.", "conflicting"),  # was UNVERIFIED (75%)
    ("The county council will pay £15 million of the £48 million cost of the new bridge.",
     "The county council will pay more than half of the £48 million cost of the new bridge.", "conflicting"),  # was UNVERIFIED
    ("The county council will pay £15 million of the £48 million cost of the new bridge.",
     "The government will pay more than half of the £48 million cost of the new bridge.", "unverified"),
    # bare figures listed after a whole, each with the same preposition naming its part, are parts of it
    ("Kelby Air employs 620 people, 410 of them at Kelby and 210 at Harton.",
     "About a third of Kelby Air's 620 staff work at Harton.", "supported"),  # was UNVERIFIED
    ("Kelby Air employs 620 people, 410 of them at Kelby and 210 at Harton.",
     "About a third of Kelby Air's 620 staff work at Kelby.", "unverified"),  # (not the 210 at Harton: a share of another part)
    ("Kelby Air employs 620 people, 410 of them at Kelby and 210 at Harton.",
     "About half of Kelby Air's 620 staff work at Harton.", "unverified"),  # (210 of 410 is no share of 620)
    ("Tarnby Energy supplied 1.2 million customer accounts in June, 700,000 for electricity and 500,000 for gas.",
     "Tarnby Energy had 200,000 more electricity accounts than gas accounts in June.", "supported"),  # was UNVERIFIED
    ("Tarnby Energy supplied 1.2 million customer accounts in June, 700,000 for electricity and 500,000 for gas.",
     "About 58% of Tarnby Energy's 1.2 million customer accounts are for electricity.", "supported"),  # was UNVERIFIED
    ("Tarnby Energy supplied 1.2 million customer accounts in June, 700,000 for electricity and 500,000 for gas.",
     "About 58% of Tarnby Energy's 1.2 million customer accounts are for gas.", "unverified"),
    ("Kelby Air employs 620 people, 410 of them at Kelby and 210 at Harton.",
     "A third of Kelby Air's 620 staff work part-time.", "unverified"),  # a share of no part the claim gives
    ("Harton council will spend £64 million next year, £20 million on roads and £12 million on schools.",
     "Half of the £64 million Harton council will spend next year will go on roads and schools.", "unverified"),  # (two parts)
    # the doers of a passive whose subject is one thing each did the act to it once: as many acts as doers
    (("Night Ferry (film)", "Based on 64 reviews collected by the aggregator Screenly, Night Ferry holds an approval rating of 81%."),
     "Night Ferry was reviewed by 64 critics.", "supported"),  # was UNVERIFIED
    (("Night Ferry (film)", "Based on 64 reviews collected by the aggregator Screenly, Night Ferry holds an approval rating of 81%."),
     "Night Ferry was reviewed by more than 80 critics.", "conflicting"),  # was UNVERIFIED
    # a word of no change after a possessive is a noun ("Mrs Ede's flat"), no change told
    ("The handrails the physiotherapist asked for were never installed in Mrs Ede's flat.",
     "The lift in Mrs Ede's block was not put in place.", "unverified"),  # was CONFLICTING: 'lift' against 'flat'
    # (guards found by a review: an event is placed once, whatever the tense; a call may be made twice; a claim
    # that tells a time of its own is not dated by its article's topic year)
    ("Police arrested a man in Kelby on Monday after a car crashed into a shop.",
     "Police have arrested a man in Harton after a car crashed into a shop.", "conflicting"),
    ("The council's helpline took 8,000 calls in January.", "The council's helpline was called by 5,000 residents in January.", "unverified"),
    (("2020 Tarnshire flood", "The old stone bridge at Kelby, destroyed by a flood decades earlier, was never rebuilt."),
     "The old stone bridge at Kelby was destroyed by a flood in 2020.", "unverified"),
    # a difference told by a comparison is told around both its figures ("against a five-year average of 6.6 tonnes")
    (("Kelby harvest", "Barley in Kelby is yielding 5.1 tonnes a hectare this year, against a five-year average of 6.6 tonnes."),
     "Kelby's barley is yielding about 1.5 tonnes a hectare less than its five-year average.", "supported"),  # was UNVERIFIED
    (("Kelby harvest", "Barley in Kelby is yielding 5.1 tonnes a hectare this year, against a five-year average of 6.6 tonnes."),
     "Kelby's barley is yielding about 2.5 tonnes a hectare less than its five-year average.", "unverified"),
    ("With 28 of the council's 51 seats, Labour now has a working majority of five.",  # (the rest is no holder's figure)
     "Labour won 23 of the 51 seats on Dunmore Council.", "conflicting"),
    # (guards found by a second review: a change in length is no time of day; a subgroup's share is no share of
    # the part; a count of 999 calls outside the emergency services is a count; a cut told as a share of a whole)
    ("Kelby Hospital cut its average ambulance handover time from 45 minutes to 30 minutes in 2024.",
     "Kelby Hospital cut its average ambulance handover time from 45 minutes to 12 in 2024.", "conflicting"),
    ("The council cut its funding in 2019, leaving Arnby without buses.",
     "The council cut its funding in 2019 but kept the bus services in Arnby.", "conflicting"),
    ("Brenton Foods employs 480 people, 320 of them at Harton.", "A quarter of Brenton Foods' 480 staff work night shifts at Harton.", "unverified"),
    ("The council's cost-of-living helpline answered 4,500 calls in May.", "The council's cost-of-living helpline answered 999 calls in May.", "conflicting"),
    ("Brenton Foods employs 620 people and will cut 372 of them.", "Brenton Foods will cut 60% of its 620 staff.", "supported"),
    ("Labour held the Riverside seat with a majority of 1,200 votes.", "Labour held the Riverside seat with a majority of 3,000.", "conflicting"),
    # "a majority of nine" is the margin of a vote's tally ("by 31 votes to 22"), not of any two figures
    ("Kelby council voted by 31 votes to 22 to approve the budget.", "Kelby council approved the budget by a majority of nine.", "supported"),  # was UNVERIFIED
    ("Kelby council voted by 31 votes to 22 to approve the budget.", "Kelby council approved the budget by a majority of 12.", "conflicting"),  # was UNVERIFIED
    ("Smith won the by-election with 12,400 votes, Jones took 9,100 and Brown 2,000.", "Smith won by a majority of 7,100.", "unverified"),
    ("The motion was carried by 31 votes to 22, and an amendment was defeated by 40 votes to 13.",
     "The motion was carried by a majority of 27.", "conflicting"),  # (the motion's own tally: nine)
    ("Labour won 35 of the 60 seats on the council, the Conservatives 15 and the Liberal Democrats 10.",
     "Labour has an overall majority of 25.", "unverified"),
    ("Of the union members who voted, 78% backed strike action on a turnout of 61%.",
     "Members backed strike action by a majority of 61%.", "unverified"),
    # a change is no share of a level
    ("Profits at Kelby Foods fell from £10 million in 2022 to £6 million in 2023.", "Profits at Kelby Foods fell by 60% in 2023.", "conflicting"),
    ("Profits at Kelby Foods fell from £10 million in 2022 to £6 million in 2023.",
     "Profits at Kelby Foods fell by £4 million in 2023, more than half.", "unverified"),
    # a fraction that closes a clause after a bound is a share of what the clause gave
    ("The county council will pay £15 million of the £48 million cost of the new bridge.",
     "The county council will pay £15 million of the £48 million cost of the new bridge, just under a third.", "supported"),  # was UNVERIFIED
    # the words of a title that names a topic, not news, are what its claims are about
    (("2023 measles outbreak in Tarnshire", "Schools in Kelby were closed in March."),
     "Schools in Kelby were closed during the measles outbreak.", "supported"),  # was UNVERIFIED
    (("2023 measles outbreak in Tarnshire", "Schools in Kelby were closed in March."),
     "Schools in Kelby were closed during the flu outbreak.", "unverified"),
    (("Measles outbreak spreads to Kelby", "Schools in Kelby were closed in March."),
     "Schools in Kelby were closed during the measles outbreak.", "unverified"),  # a headline: news, no topic
    # where a thing was made and who made it group one whole two ways: neither figure is the other's
    ("Of the $90 billion of chips sold in Norland in 2024, $6.1 billion was produced by Norland-headquartered companies.",
     "Chips worth $14 billion of the $90 billion sold in Norland in 2024 were made in Norland.", "unverified"),  # was CONFLICTING
    ("Of the $90 billion of chips sold in Norland in 2024, $6.1 billion was produced by Norland-headquartered companies.",
     "Chips worth $14 billion were produced by Norland-headquartered companies in 2024.", "conflicting"),
    # the year a topic's title opens with dates a claim that gives no date of its own, to support only
    (("2023 mumps outbreak in Tarnshire", "A total of 9,114 tests have been processed."),
     "Tarnshire had processed fewer than 9,200 tests for mumps in 2023.", "supported"),  # was UNVERIFIED
    (("2023 mumps outbreak in Tarnshire", "A total of 9,114 tests have been processed."),
     "Tarnshire had processed fewer than 9,200 tests for mumps in 2024.", "unverified"),
    (("2023 mumps outbreak in Tarnshire", "A total of 9,114 tests have been processed."),
     "Tarnshire had processed fewer than 9,200 tests for mumps in May 2023.", "unverified"),  # the title gives no month
    # "X's place of birth is P" places X's birth, against the one place the claim gives it among others
    ("Choi Seung-hun was born in Dunmore, Norland, and grew up in Kessel.", "Choi Seung-hun's place of birth is Harton.", "conflicting"),  # was UNVERIFIED
    ("Choi Seung-hun was born in Dunmore, Norland, and grew up in Kessel.", "Choi Seung-hun's birthplace is Dunmore.", "supported"),
    ("Choi Seung-hun was born in Dunmore, Norland, and grew up in Kessel.", "Choi Seung-hun's place of birth is Kessel.", "conflicting"),
    # where someone lives now is no answer to where they lived before: an act done again, another time
    ("Ana Lyle currently lives in Kessel with her husband.", "Ana Lyle lived in Dunmore in the 1990s.", "unverified"),  # was CONFLICTING
    ("Ana Lyle currently lives in Kessel with her husband.", "Ana Lyle lived in Dunmore.", "unverified"),  # was CONFLICTING
    ("Ana Lyle currently lives in Kessel with her husband.", "Ana Lyle lives in Dunmore.", "conflicting"),
    ("Ana Lyle was born in Kessel in 1961.", "Ana Lyle was born in Dunmore.", "conflicting"),
    ("A freight train derailed at Kessel depot in October 2024 because of worn rails.",  # (a base form after "to" tells no time)
     "Worn rails caused a freight train to derail at Dunmore station in October 2024.", "conflicting"),
    (("2023–24 Harton United season", "Harton United's first six home games were played at Kelby Park."),
     "Harton United played their first six home games of 2024 at Kelby Park.", "supported"),  # was UNVERIFIED
]
_READ_IN_SESSION_46 = [
    # a plain verb of saying in the statement is the claim's "said" (which names no content of its own)
    ("Ruth Ollerby, the harbour master, said the north quay would reopen in May.",
     "Ruth Ollerby stated that the north quay would reopen in May.", "supported"),  # was UNVERIFIED
    ("Ruth Ollerby, the harbour master, said the north quay reopened in May.",
     "Ruth Ollerby told reporters that the north quay reopened in May.", "supported"),
    ("Ruth Ollerby, the harbour master, said the north quay would reopen in May.",
     "Ruth Ollerby stated that the north quay would reopen in June.", "conflicting"),
    # to predict is to say what will come: a claim's saying of what is to come, not of what was
    ("Ruth Ollerby, the harbour master, said the north quay would reopen in May.",
     "Ruth Ollerby predicted that the north quay would reopen in May.", "supported"),  # was UNVERIFIED
    ("The club's treasurer, Abel Nash, said he expected membership to reach 900 by the spring.",
     "Abel Nash forecast that membership would reach 900 by the spring.", "supported"),  # was UNVERIFIED
    ("Ruth Ollerby, the harbour master, said the north quay reopened in May.",
     "Ruth Ollerby predicted that the north quay would reopen in May.", "unverified"),
    ("Ruth Ollerby, the harbour master, said the north quay would reopen in May.",
     "Ruth Ollerby denied that the north quay would reopen in May.", "conflicting"),
    # a participle read as a word of its own ("given") is the verb in a multi-word verb after an auxiliary
    ("Brackley Council approved plans for 640 homes on the old mill site.",
     "Brackley Council has given the go-ahead to 640 homes on the old mill site.", "supported"),  # was UNVERIFIED
    ("Brackley Council approved plans for 640 homes on the old mill site.",
     "Brackley Council has given the go-ahead to 460 homes on the old mill site.", "conflicting"),
    ("Brackley Council approved plans for 640 homes on the old mill site.",
     "Brackley Council has given the green light to plans for 640 homes on the old mill site.", "supported"),  # was UNVERIFIED
    ("Brackley Council approved plans for 640 homes on the old mill site.",
     "Brackley Council has now given the go-ahead to plans for 640 homes on the old mill site.", "supported"),  # was UNVERIFIED
    ("Brackley Council approved plans for 640 homes on the old mill site.",
     "Brackley Council has not given the go-ahead to the plans for 640 homes.", "conflicting"),  # was UNVERIFIED
    # ordered to pay a penalty: what the one ordered undergoes, as a passive of the penalty's verb tells it
    ("Orlan Chemicals has been fined £640,000 for letting solvent leak into the Cade brook.",
     "Orlan Chemicals was ordered to pay a £640,000 fine for letting solvent leak into the Cade brook.", "supported"),  # was UNVERIFIED
    ("Orlan Chemicals has been fined £640,000 for letting solvent leak into the Cade brook.",
     "Orlan Chemicals was ordered to pay a £460,000 fine for letting solvent leak into the Cade brook.", "conflicting"),
    ("Orlan Chemicals has been fined £640,000 for letting solvent leak into the Cade brook.",
     "Orlan Chemicals was ordered to pay £640,000 in compensation for letting solvent leak into the Cade brook.", "unverified"),
    # "a total of" marks a figure as a sum: the figure is still its verb's subject, some of those the school has
    ("At Dunmore Academy in 2025, a total of 63 pupils gained at least one grade 9.",
     "Dunmore Academy has 1,100 pupils.", "unverified"),  # was CONFLICTING
    ("At Dunmore Academy in 2025, a total of 63 pupils gained at least one grade 9.",
     "Dunmore Academy has 40 pupils.", "conflicting"),  # (fewer than gained one)
    # those that did not do a thing are the rest of the whole the claim gives after those that did
    ("Of the 2,400 runners who started the Kelby Fun Run, 2,150 finished.",
     "Some 250 of the runners who started the Kelby Fun Run failed to finish.", "supported"),  # was CONFLICTING
    ("Of the 2,400 runners who started the Kelby Fun Run, 2,150 finished.",
     "Some 250 of the runners who started the Kelby Fun Run did not finish.", "supported"),  # was UNVERIFIED
    ("Of the 2,400 runners who started the Kelby Fun Run, 2,150 finished.",
     "Of the 2,400 runners who started the Kelby Fun Run, 2,150 did not finish.", "conflicting"),
    ("Of the 2,400 runners who started the Kelby Fun Run, 2,150 finished.",
     "Of the 2,400 runners who started the Kelby Fun Run, 1,950 finished.", "conflicting"),
    ("In April 2025, a tribunal ordered Ann Pryce to repay £9,400 in rent to 8 tenants because she had not licensed the flats.",
     "A tribunal ordered Ann Pryce to repay £9,400 in rent to 12 tenants.", "conflicting"),  # (a denial of another clause's act)
    ("So far 85 staff at Dunmore College have applied for voluntary redundancy.",
     "185 staff at Dunmore College have applied for voluntary redundancy.", "conflicting"),  # (the same act, no other measure)
    # guards from a review of these rules: what they must not reach
    ("Harlow Foods said 300 jobs had been cut at its Leeds bakery.",
     "Harlow Foods added 300 jobs at its Leeds bakery.", "unverified"),  # ("added" a thing is no saying)
    ("Treasury economist Dr Amara Osei said growth would slow to 1.2% next year.",
     "Dr Amara Osei was told growth would slow to 1.2% next year.", "unverified"),  # (someone else told)
    ("Treasury economist Dr Amara Osei said growth would slow to 1.2% next year.",
     "Dr Amara Osei was later told that growth would slow to 1.2% next year.", "unverified"),
    # the figures of what a speaker predicted, warned or told someone "that ..." are not the speaker's own
    ("Treasury economist Dr Amara Osei said growth would slow to 1.2% next year.",
     "Dr Amara Osei predicted that growth would slow to 2.5% next year.", "conflicting"),  # was UNVERIFIED
    ("Treasury economist Dr Amara Osei said growth would slow to 1.2% next year.",
     "Dr Amara Osei told MPs that growth would slow to 2.5% next year.", "conflicting"),  # was UNVERIFIED
    ("Of the 2,400 runners who started the Kelby Fun Run, 2,150 finished.",
     "Some 250 runners did not finish the Kelby Fun Run on time.", "unverified"),  # (late finishers too)
    ("The planning inspectorate gave the go-ahead for the Thornbury incinerator in 2024.",
     "The planning inspectorate was given the go-ahead for the Thornbury incinerator in 2024.", "unverified"),
    ("Of the 480 flights scheduled at Brennock airport on Friday, 410 departed on time.",
     "70 flights did not depart from Brennock airport on Friday.", "unverified"),  # (the rest of those on time)
    ("Of the 900 patients referred to the Dunmere clinic, 650 were seen by a specialist within a month.",
     "250 patients referred to the Dunmere clinic were not seen by a specialist.", "unverified"),
    ("The Islay ferry was cancelled on 14 days in January.",
     "The Islay ferry did not sail on 20 days in January.", "conflicting"),  # (another verb for the same days)
    ("Northline cancelled 240 trains on its Wexham line in March.",
     "Northline did not run 400 trains on its Wexham line in March.", "conflicting"),
    ("A total of 63 pupils at Hatfield Grammar gained three A grades this summer.",
     "Hatfield Grammar has a total of 1,400 pupils.", "unverified"),
    # where a thing went and where it came from are two places of one motion
    ("Orme Water was fined £2 million over sewage spills from its Harlow works.",
     "Orme Water was fined £2 million for letting sewage flow into the River Tam.", "unverified"),
    ("Orme Water was fined £2 million over sewage spills from its Harlow works.",
     "Orme Water was fined £2 million over sewage spills from its Kelby works.", "conflicting"),
]
_READ_IN_SESSION_47 = [
    # a multiple of two figures the claim gives ("twice as much as"), either way round, and how fast two rises went
    ("Ashgrove Partners put £14 million into Dornby Mill's funding round, and a group of angel investors added the remaining £7 million.",
     "Ashgrove Partners invested twice as much as the angel investors.", "supported"),  # was UNVERIFIED
    ("Ashgrove Partners put £14 million into Dornby Mill's funding round, and a group of angel investors added the remaining £7 million.",
     "Ashgrove Partners invested three times as much as the angel investors.", "conflicting"),  # was UNVERIFIED
    ("Ashgrove Partners put £14 million into Dornby Mill's funding round, and a group of angel investors added the remaining £7 million.",
     "The angel investors put in twice as much as Ashgrove Partners.", "conflicting"),  # was UNVERIFIED
    ("Kelby Academy has 900 pupils and Harlow School has 300.",
     "Kelby Academy has three times as many pupils as Harlow School.", "supported"),  # was UNVERIFIED
    ("Kelby Academy has 900 pupils and Harlow School has 300.",
     "Harlow School has three times as many pupils as Kelby Academy.", "conflicting"),
    ("Kelby Academy has 900 pupils and Harlow School has 300.",
     "Kelby Academy has three times as many teachers as Harlow School.", "unverified"),  # (pupils, not teachers)
    ("Harton has 60 buses, Dunmore has 40 buses and Kelby has 20 buses.",
     "Dunmore has twice as many buses as Kelby.", "supported"),  # was UNVERIFIED
    ("Harton has 60 buses, Dunmore has 40 buses and Kelby has 20 buses.",
     "Harton has twice as many buses as Kelby.", "conflicting"),  # (not Dunmore's 40 over Kelby's 20)
    ("Harton has 60 buses, Dunmore has 40 buses and Kelby has 20 buses.",
     "Dunmore has 25 more buses than Kelby.", "conflicting"),  # was UNVERIFIED: a difference of two named holders' figures
    ("Orrin Council will spend £4 million on roads and £2 million on parks next year.",
     "The council will spend twice as much on roads as on parks.", "supported"),  # was UNVERIFIED
    ("Orrin Council will spend £4 million on roads and £2 million on parks next year.",
     "The council will spend twice as much on parks as on roads.", "conflicting"),
    ("The average rent in Tolworth reached £900 a month in 2025, up 9 per cent on a year earlier, while average earnings in Tolworth rose by 3 per cent.",
     "Rents in Tolworth rose three times as fast as earnings.", "supported"),  # was UNVERIFIED
    ("The average rent in Tolworth reached £900 a month in 2025, up 9 per cent on a year earlier, while average earnings in Tolworth rose by 3 per cent.",
     "Rents in Tolworth rose more than twice as quickly as earnings.", "supported"),
    ("The average rent in Tolworth reached £900 a month in 2025, up 9 per cent on a year earlier, while average earnings in Tolworth rose by 3 per cent.",
     "Rents in Tolworth rose twice as fast as earnings.", "conflicting"),  # was UNVERIFIED
    ("The average rent in Tolworth reached £900 a month in 2025, up 9 per cent on a year earlier, while average earnings in Tolworth rose by 3 per cent.",
     "Earnings in Tolworth rose three times as fast as rents.", "conflicting"),
    ("The average rent in Tolworth reached £900 a month in 2025, up 9 per cent on a year earlier, while average earnings in Tolworth rose by 3 per cent.",
     "Rents in Tolworth are three times as high as earnings.", "unverified"),  # (a level, not a rise)
    # a word in -s after a preposition is a plural noun, not a verb ("on parks")
    ("Orrin Council will spend £4 million on roads and £2 million on parks next year.",
     "Next year Orrin Council will spend half as much on parks as on roads.", "supported"),  # was UNVERIFIED
    ("Orrin Council will spend £4 million on roads and £2 million on parks next year.",
     "Orrin Council will spend £2 million next year as part of its spending on parks.", "supported"),  # was UNVERIFIED
    # a change as a share of the level before it, which the level it came to gives
    ("Membership of the Kelby Rowing Club rose by 300 to 1,500 in 2025.",
     "Membership of the Kelby Rowing Club rose by 25 per cent in 2025.", "supported"),  # was UNVERIFIED
    ("Membership of the Kelby Rowing Club rose by 300 to 1,500 in 2025.",
     "Membership of the Kelby Rowing Club rose by 40 per cent in 2025.", "conflicting"),  # was UNVERIFIED
    ("Membership of the Kelby Rowing Club rose by 300 to 1,500 in 2025.",
     "The Kelby Rowing Club has 25 per cent of the county's rowers.", "unverified"),
    ("Dunmore Library added 300 books to its children's section in 2025, bringing the total to 1,500.",
     "The children's section of Dunmore Library has a quarter more books than a year earlier.", "supported"),  # was UNVERIFIED
    ("Tarn Foods cut 200 jobs at its Kelby plant, taking the workforce there down to 600.",
     "Tarn Foods cut its Kelby workforce by 25 per cent.", "supported"),  # was UNVERIFIED
    # guards from a review of the multiples: a holder against itself is told by the years, and only a
    # multiple whose sides the claim tells apart is borne out or contradicted
    ("The Kelby chess club had 200 members in 2023 and 400 members in 2024.",
     "The Kelby chess club had twice as many members in 2024 as in 2023.", "supported"),  # was CONFLICTING
    ("The Kelby chess club had 200 members in 2023 and 400 members in 2024.",
     "The Kelby chess club had twice as many members in 2023 as in 2024.", "conflicting"),
    ("Dunmore has 40 buses and Kelby has 20 buses.",
     "Dunmore has three times as many buses as it had in 2020.", "unverified"),  # was CONFLICTING
    ("Labour won 30 of the 45 seats on Kelby Council.",
     "Labour won twice as many seats as the Conservatives on Kelby Council.", "unverified"),  # was CONFLICTING
    ("The fire killed two women, four children and a man, and injured 14 people, the fire service said.",
     "The fire killed four times as many children as men.", "unverified"),  # was CONFLICTING: 14 injured / 4
    ("Dunmore has 40 buses and Kelby has 20 buses.",
     "Dunmore spends three times as much on buses as Kelby.", "unverified"),  # was CONFLICTING
    ("Dunmore has 40 buses and Kelby has 20 buses.",
     "Dunmore is three times as big as Kelby.", "unverified"),  # was CONFLICTING
    ("Dunmore has 44 buses and Kelby has 20 buses.",
     "Dunmore has 2.4 times as many buses as Kelby.", "conflicting"),  # was SUPPORTED: 2.2 times
    ("The council will spend £14 million on roads and £7 million on parks next year, according to the budget.",
     "The council will spend twice as much on parks as on roads.", "unverified"),  # was SUPPORTED
    ("The council will spend £12 million on roads, £6 million on parks and £4 million on libraries.",
     "The council will spend three times as much on libraries as on roads.", "conflicting"),  # was SUPPORTED
    ("Rents in Harton rose by 9 per cent last year, while earnings fell by 3 per cent.",
     "Rents in Harton rose three times as fast as earnings.", "unverified"),  # was SUPPORTED
    ("The price of a bus ticket in Harton rose by 10p to 60p, while in Dunmore it rose by 5p to 80p.",
     "A bus ticket in Dunmore rose by 20 per cent.", "unverified"),  # was SUPPORTED: Harton's rise
    # an opposite's object ends at a comma or a preposition: a speaker, a place or an owner named after it is
    # no other thing done to
    ("Nurses at Corran General Hospital voted to accept the pay offer.",
     "Nurses at Corran General Hospital rejected the pay offer, Unison said.", "conflicting"),  # was UNVERIFIED
    ("Councillors approved the budget by 30 votes to 12.",
     "Councillors rejected Mayor Sam Pike's budget by 30 votes to 12.", "conflicting"),  # was UNVERIFIED
    ("Kelby United lost 2-0 at home on Saturday.",
     "Kelby United beat Harton Rovers 2-0 at home on Saturday.", "conflicting"),  # was UNVERIFIED
    ("The Harton Trust closed the Kelby Road clinic in March.",
     "The Harton Trust opened the Dunmore Road clinic in March.", "unverified"),
    # a day named by its place among the month's weekdays, and a weekday against a claim's full date
    ("Harlow Council's cabinet voted to close the Mill Road swimming pool on 4 March 2025.",
     "Harlow Council's cabinet voted to close the Mill Road swimming pool on the first Tuesday of March 2025.", "supported"),  # was UNVERIFIED
    ("Harlow Council's cabinet voted to close the Mill Road swimming pool on 4 March 2025.",
     "Harlow Council's cabinet voted to close the Mill Road swimming pool on the second Tuesday of March 2025.", "conflicting"),  # was UNVERIFIED
    ("The Kelby food bank held its annual collection on 27 June 2025.",
     "The Kelby food bank held its annual collection on the last Friday in June 2025.", "supported"),  # was UNVERIFIED
    ("Harlow Council's cabinet voted to close the Mill Road swimming pool on 4 March 2025.",
     "Harlow Council's cabinet voted to close the Mill Road swimming pool on a Tuesday in early March 2025.", "supported"),  # was UNVERIFIED
    ("Harlow Council's cabinet voted to close the Mill Road swimming pool on 4 March 2025.",
     "Harlow Council's cabinet voted to close the Mill Road swimming pool on a Friday in early March 2025.", "conflicting"),  # was UNVERIFIED
    # a bare figure after a whole fronted by "of", or in a parallel clause after ", while", counts the whole's thing;
    # what a cut leaves is the level after it
    ("Of Harton Buses' 212 buses, 40 are electric.",
     "Fewer than a fifth of Harton Buses' 212 buses are electric.", "supported"),  # was UNVERIFIED
    ("Of Harton Buses' 212 buses, 40 are electric.",
     "About 19 per cent of Harton Buses' buses are electric.", "supported"),  # was UNVERIFIED
    ("Kelby Academy has 900 pupils, while Harlow School has 300.",
     "Kelby Academy has three times as many pupils as Harlow School.", "supported"),  # was UNVERIFIED
    ("Kelby Council will cut its arts budget by £1.2 million, leaving £3.6 million.",
     "Kelby's arts budget is being cut by 25 per cent.", "supported"),  # was UNVERIFIED
    ("Kelby Council will cut its arts budget by £1.2 million, leaving £3.6 million.",
     "Kelby's arts budget is being cut by a third.", "unverified"),
    # a multiple or a share "more ... than" of a noun phrase with a modifier of its own
    ("Harton has 60 buses and Kelby has 20 buses.",
     "Harton has three times more buses on its streets than Kelby.", "supported"),  # was UNVERIFIED
    ("Harton has 60 buses and Kelby has 20 buses.",
     "Harton has twice more buses on its streets than Kelby.", "conflicting"),  # was UNVERIFIED
    # guards from a review of the dates and parts: what a rise "leaves", or a figure that is no level, is no
    # level after a cut; a weekday joined to a date by "to" or "and" is a day of its own; a weekday written with
    # one date of a list is that date's; a share is of a whole, not of a parallel clause's figure
    ("Harlow Council boosted its hardship fund by £200,000, leaving £800,000 available for grants.",
     "Harlow Council cut its hardship fund by 20 per cent.", "unverified"),  # was SUPPORTED
    ("The Kestleby bakery cut 120 jobs, leaving 40 without work.",
     "The Kestleby bakery cut 75 per cent of its jobs.", "unverified"),  # was SUPPORTED
    ("Kestleby Road will be closed from Friday to 4 March 2025 for resurfacing.",
     "Kestleby Road will be closed until 4 March 2025 for resurfacing.", "supported"),  # was CONFLICTING
    ("Harlow's swimming pool will close on Friday and reopen on 4 March 2025.",
     "Harlow's swimming pool will reopen on 4 March 2025.", "supported"),  # was CONFLICTING: "claim: Friday" (then
    # UNVERIFIED, until session 56: the very day the claim gives the reopening is the statement's date)
    ("The Harlow craft market will be held on 4 March 2025, 7 March 2025 and 11 March 2025.",
     "The Harlow craft market will be held on Tuesday 4 March, Friday 7 March and Tuesday 11 March 2025.", "supported"),  # was CONFLICTING
    ("Harlow Council's parking consultation will open on 11 March 2025.",
     "Harlow Council's parking consultation will open before the last Tuesday of March 2025.", "supported"),  # was CONFLICTING
    ("On Friday, 4 March 2025 was confirmed as the reopening date for Harlow Library.",
     "Harlow Library will reopen on 4 March 2025.", "supported"),  # was UNVERIFIED
    ("Kellingford School has 900 pupils, while Harlow School has 300.",
     "A third of the pupils are at Harlow School.", "unverified"),  # was SUPPORTED
    # ending what is done against going on with it
    ("Harlow Council stopped paying its £180,000 annual subsidy for the number 22 bus in January 2025.",
     "Harlow Council continued paying its £180,000 subsidy for the number 22 bus.", "conflicting"),  # was SUPPORTED
    ("Harlow Council stopped paying its £180,000 annual subsidy for the number 22 bus in January 2025.",
     "Harlow Council kept paying its £180,000 subsidy for the number 22 bus.", "conflicting"),  # was SUPPORTED
    ("Harlow Council stopped paying its £180,000 annual subsidy for the number 22 bus in January 2025.",
     "Harlow Council ended its £180,000 subsidy for the number 22 bus in January 2025.", "supported"),
    ("The Harton clinic will continue to open on Saturdays.",
     "The Harton clinic will stop opening on Saturdays.", "conflicting"),
    # a word and the same word with a negating prefix are opposites, whatever the related-words table says
    ("Inspectors found that the 14 flats at Mill Court were unsafe.",
     "Inspectors found that the 14 flats at Mill Court were safe.", "conflicting"),  # was SUPPORTED
    ("The judge said the council had illegally charged drivers £40 to park at Kelby station.",
     "The judge said the council had legally charged drivers £40 to park at Kelby station.", "conflicting"),  # was SUPPORTED
    ("Inspectors found that the 14 flats at Mill Court were unsafe.",
     "Inspectors found that the 14 flats at Mill Court were unsafe.", "supported"),
    ("The Kelby Players will stage their play unless the theatre's roof repairs overrun.",
     "The Kelby Players will stage their play unless the theatre's roof repairs overrun.", "supported"),
    # the two sides of one relation named by their roles are never each other
    ("A landlord in Oxcombe was fined £84,000 for renting out unsafe flats.",
     "A tenant in Oxcombe was fined £84,000 for renting out unsafe flats.", "unverified"),  # was SUPPORTED
    ("The buyer of the Harton mill paid £2.1 million for the site.",
     "The seller of the Harton mill paid £2.1 million for the site.", "unverified"),  # was SUPPORTED
    # the members of a closed set that exclude each other are no paraphrase (parts of the day, seasons), and medals
    # are opposites
    ("The fire at the Kelby warehouse broke out on Tuesday morning.",
     "The fire at the Kelby warehouse broke out on Tuesday afternoon.", "unverified"),  # was SUPPORTED
    ("The roadworks on the A38 at Kelby will start in the spring.",
     "The roadworks on the A38 at Kelby will start in the summer.", "unverified"),  # was SUPPORTED
    ("Kelby's Ada Morrow won gold in the 400 metres at the county championships.",
     "Kelby's Ada Morrow won silver in the 400 metres at the county championships.", "conflicting"),  # was SUPPORTED
    ("Kelby's Ada Morrow won gold in the 400 metres at the county championships.",
     "Kelby's Ada Morrow won a gold medal in the 400 metres at the county championships.", "supported"),
    ("The northbound carriageway of the A38 near Kelby will close for three weeks from 3 March 2025.",
     "The southbound carriageway of the A38 near Kelby will close for three weeks from 3 March 2025.", "unverified"),  # was SUPPORTED
    ("Parking at Kelby station will cost £6 a day on weekdays from April.",
     "Parking at Kelby station will cost £6 a day at weekends from April.", "unverified"),  # was SUPPORTED
]
_REVIEWED_IN_SESSION_49_B = [
    # faults a second review found in the later rules, each mended
    ("Kelby Road will be closed between 3 and 10 June 2025.", "Kelby Road will be closed on 5 June 2025.", "unverified"),
    ("The new pool is due to open between May and July 2026.", "The new pool is due to open in June 2026.", "unverified"),
    ("The Kelby Festival will run from 12 to 16 May 2025.", "The Kelby Festival will end on 14 May.", "conflicting"),
    ("Rovers won none of their first six games and have sacked their manager.", "Rovers have sacked their manager.", "supported"),
    ("Kelby Council has no plans for a new swimming pool.", "Kelby Council has plans for a new library.", "unverified"),
    ("A decision on the Kelby bus depot is expected by 30 June 2026.", "A decision on the Kelby bus depot is expected by 31 July 2026.",
     "conflicting"),
    # (the bus fares' own rise, 11.1%, not the parking charges' £2 against the fares' £1.80: session 54)
    ("Parking charges in Kelby rose from £2 to £2.50 an hour, while bus fares rose from £1.80 to £2.", "Bus fares in Kelby rose by 25%.",
     "conflicting"),
    ("Parking charges in Kelby rose from £2 to £2.50 an hour, while bus fares rose from £1.80 to £2.", "Bus fares in Kelby rose by 11%.",
     "supported"),
    ("No decision will be made until March 2026.", "No decision will be made until June 2026.", "conflicting"),
    ("No trains ran on the Kelby line from 12 to 16 May 2025.", "No trains ran on the Kelby line from 12 to 20 May 2025.", "conflicting"),
    ("Passenger numbers on the Kelby line did not rise between 2019 and 2023.", "Passenger numbers on the Kelby line did not rise in 2021.",
     "unverified"),
    ("No trains ran on the Kelby line from 12 to 16 May.", "No trains ran on the Larton line on 13 May.", "unverified"),
    ("Asked whether it would reopen the pool this year, Kelby Council said it would not, citing the cost of repairs.",
     "Kelby Council cited the cost of repairs.", "supported"),
    ("The club has never once failed to pay its players on time.", "The club has paid its players on time.", "supported"),
    ("Kelby Council urged drivers to note that the Larton bridge will close on 3 June.", "The Larton bridge will close on 3 June.",
     "supported"),
    # "pay N% more for X": what the money goes on is the measure, not who pays
    ("Council tax in Kelby will rise by 4.99% in April.", "Kelby households will pay 10% more for parking from April.", "unverified"),
    ("Council tax in Kelby will rise by 4.99% in April.", "Kelby households will pay 10% more for council tax from April.", "conflicting"),
]


_REVIEWED_IN_SESSION_49 = [
    # faults a reviewer found in session 49's rules, each mended: "no-one" denies; names, days and years tell
    # a claim's clauses apart; "none of" reaches past an "and" in its noun phrase; an "until" date is one end;
    # "not, however," is an aside; a negative implicative is denied only by its own "not"; the answer to a
    # question asserts what it says; who pays is no measure; "Without a manager since May" is a lack; a
    # span's end told by its verb; figures swapped between a whole and its part; a reported "no" stops at a
    # clause of its own; a verb marks no other figure; a relative clause's measure is its own; "than
    # expected" is no expectation; "set aside" is no cost of what it is for

 ("Two passengers were injured when a bus hit a wall in Kelby on Tuesday.", "No-one was injured when a bus hit a wall in Kelby on Tuesday.", "conflicting"),
 ("No-one was injured when a bus hit a wall in Kelby on Tuesday.", "Two people were injured when a bus hit a wall in Kelby on Tuesday.", "conflicting"),
 ("No-one was injured when a bus hit a wall in Kelby on Tuesday.", "Nobody was injured when a bus hit a wall in Kelby on Tuesday.", "supported"),
 ("No trains ran on the Kelby line on Monday, but trains ran on the Larton line.", "Trains ran on the Kelby line on Monday.", "conflicting"),
 ("The Kelby branch of Northshire Bank was not closed, but the Larton branch was closed in May.", "The Kelby branch of Northshire Bank was closed in May.", "conflicting"),
 ("Larton Primary was not rated inadequate in any area; Kelby Academy was rated inadequate in three areas.", "Larton Primary was rated inadequate.", "conflicting"),
 ("Kelby Council did not close any libraries in 2023; it closed three libraries in 2024.", "Kelby Council closed libraries in 2023.", "conflicting"),
 ("None of the buses between Kelby and Larton ran on Sunday.", "Buses between Kelby and Larton ran on Sunday.", "conflicting"),
 ("None of the pupils and staff was hurt in the fire.", "Pupils were hurt in the fire.", "conflicting"),
 ("Kelby leisure centre will stay closed until September 2025.", "Kelby leisure centre will reopen before September 2025.", "conflicting"),
 ("The Larton housing scheme was not, however, approved by the planning committee.", "The planning committee approved the Larton housing scheme.", "conflicting"),
 ("The council has not, so far, closed any libraries.", "The council has closed libraries.", "conflicting"),
 ("Kelby Council did not reply and declined to say how much the repairs had cost.", "Kelby Council said how much the repairs had cost.", "conflicting"),
 ("Not surprisingly, drivers refused to work on Sunday.", "Drivers worked on Sunday.", "conflicting"),
 ("Kelby Rovers not only failed to pay their players in May but also missed a tax bill.", "Kelby Rovers paid their players in May.", "conflicting"),
 ("Kelby Buses said fares would not rise this year.", "Asked whether fares would rise, Kelby Buses said fares would rise in April.", "conflicting"),
 ("Kelby Water bills will rise by 8% in April.", "Households will pay 15% more for Kelby Water from April.", "conflicting"),
 ("Without a manager since May, Kelby Rovers have not won a game.", "Kelby Rovers have had a manager since May.", "conflicting"),
 ("The Kelby Festival will run from 12 to 16 May 2025.", "The Kelby Festival will end on 14 May.", "conflicting"),
 ("Northshire Foods employs 1,200 people, and 300 of them work in Kelby.", "Northshire Foods employs 300 people, and 1,200 of them work in Kelby.", "conflicting"),
 ("Kelby Water reported no profit last year and will cut 40 jobs.", "Kelby Water reported a profit last year.", "conflicting"),
 ("An adult swim at Kelby pool rose from £5 to £6 in April, while a child swim costs £3.", "An adult swim at Kelby pool now costs 20% more than before April.", "supported"),
 ("Teachers at Larton Academy, where the budget will fall from £4 million to £3 million, will strike next week.", "The number of teachers at Larton Academy will fall by a third.", "unverified"),
 ("The Kelby bridge repairs, which cost more than expected, were finished by May 2024.", "The Kelby bridge repairs were finished by July 2024, later than expected.", "supported"),
 ("For the bridge repairs, Kelby Council has set aside £2 million.", "The cost of the bridge repairs is £2 million.", "unverified"),
]


_READ_IN_SESSION_50 = [
    # a name is referred to by its head noun ("the choir" of "Dunmore Male Voice Choir"): a change worked out
    # from the claim's two readings is the same change told of it
    ("Dunmore Male Voice Choir had 60 members in 2024, up from 48 in 2022.",
     "The choir had 40% more members in 2024 than in 2022.", "conflicting"),  # was UNVERIFIED
    ("Dunmore Male Voice Choir had 60 members in 2024, up from 48 in 2022.",
     "The choir had 25% more members in 2024 than in 2022.", "supported"),
    # a share of a whole the statement names in words, whose figure the claim gives in the same words
    ("The new Harlow lifeboat station cost £4 million, of which the Harlow Coastal Trust paid £1 million.",
     "The Harlow Coastal Trust paid half of the cost of the new lifeboat station.", "conflicting"),  # was UNVERIFIED
    ("The new Harlow lifeboat station cost £4 million, of which the Harlow Coastal Trust paid £1 million.",
     "The Harlow Coastal Trust paid a quarter of the cost of the new lifeboat station.", "supported"),
    # (a whole in other words is another whole: no share of it is worked out)
    ("The new Harlow lifeboat station cost £4 million, of which the Harlow Coastal Trust paid £1 million.",
     "The Harlow Coastal Trust paid half of the cost of the old harbour wall.", "unverified"),
    # "lose" what one holds is a fall in it, which a claim's two readings give; "lose" a contest counts defeats
    ("The Greens fell from nine seats to four on Kelby Council, while Labour won 12 seats.",
     "The Greens lost five seats on Kelby Council.", "supported"),  # was CONFLICTING (five against nine)
    ("The Greens fell from nine seats to four on Kelby Council, while Labour won 12 seats.",
     "The Greens gained five seats on Kelby Council.", "conflicting"),
    ("Kelby Bank had 52,000 customers at the end of 2024, down from 55,000 a year earlier.",
     "Kelby Bank lost 3,000 customers in 2024.", "supported"),  # was UNVERIFIED
    ("Harton Rovers won 20 of their 38 league matches and lost 10.", "Harton Rovers lost 10 league matches.", "supported"),
    ("Harton Rovers won 20 of their 38 league matches and lost 10.", "Harton Rovers lost 12 league matches.", "conflicting"),
    # a change's figure counts what its claim's two readings count ("fell by 5,000" of customers)
    ("Kelby Bank had 52,000 customers at the end of 2024, down from 55,000 a year earlier.",
     "Kelby Bank's customers fell by 5,000 in 2024.", "conflicting"),  # was UNVERIFIED
    ("Kelby Bank had 52,000 customers at the end of 2024, down from 55,000 a year earlier.",
     "Kelby Bank's staff fell by 5,000 in 2024.", "unverified"),
    # (a level's count is no difference of two others: "23 of the 51 seats" is not 51 less Labour's 28)
    ("Labour won 28 of the 51 seats on Kelby Council.", "Labour won 23 of the 51 seats on Kelby Council.", "conflicting"),
    # the day a source said something dates the saying, not what it said ("said on 23 July 2025 that its
    # revenue fell"): a statement of the half year's revenue is set against the half year the claim tells
    ("Kelby Water said on 23 July 2025 that it made a profit of £48 million in the six months to 30 June 2025, "
     "and that its revenue fell by 6 per cent.", "Kelby Water's revenue grew in the first half of 2025.", "conflicting"),  # was UNVERIFIED
    ("Kelby Water said on 23 July 2025 that it made a profit of £48 million in the six months to 30 June 2025, "
     "and that its revenue fell by 6 per cent.", "Kelby Water's revenue fell in the first half of 2025.", "supported"),  # was UNVERIFIED
    ("Kelby Water said on 23 July 2025 that it made a profit of £48 million in the six months to 30 June 2025, "
     "and that its revenue fell by 6 per cent.", "Kelby Water said on 25 July 2025 that its revenue fell.", "conflicting"),
    # one time's figure is a share of another time's only as told of the two times, never a part of a whole
    ("Kelby Council spent £14.2 million on temporary housing in 2024-25, up from £10.8 million in 2023-24.",
     "Kelby Council spent about three-quarters of its temporary housing budget on hotels in 2024-25.", "unverified"),  # was SUPPORTED
    ("Kelby Council spent £14.2 million on temporary housing in 2024-25, up from £10.8 million in 2023-24.",
     "Kelby Council's spending on temporary housing in 2023-24 was about three-quarters of what it spent in 2024-25.",
     "supported"),
    # a denial of earlier times only ("had never been shown in full before") is no part of the figure left
    # undone: "on show for the first time" tells the same of it, and its count is the claim's to compare
    ("The Harlow Hoard, 840 Roman coins found by a metal detectorist in 1994, had never been shown in full before.",
     "The Harlow Hoard, on show for the first time, is made up of 480 Roman coins.", "conflicting"),  # was UNVERIFIED
    # "from charge to trial" is a span, no infinitive "to trial": the year dates the sentence's one act, and a
    # figure the claim gives of another year is no answer for it
    ("In 2024 defendants at Harlow Crown Court waited an average of 40 weeks from being charged to the start of their "
     "trial, compared with 31 weeks in 2023.",
     "Defendants at Harlow Crown Court waited 31 weeks on average from charge to trial in 2024.", "conflicting"),  # was SUPPORTED
    ("In 2024 defendants at Harlow Crown Court waited an average of 40 weeks from being charged to the start of their "
     "trial, compared with 31 weeks in 2023.",
     "Defendants at Harlow Crown Court waited 40 weeks on average from charge to trial in 2024.", "supported"),
    # negative approximators deny what follows as "not" does (Quirk et al. 1985, 10.60): "nowhere near enough",
    # "was far from enough", "is anything but certain"
    ("The Harlow Growers' Association called the flood fund welcome but nowhere near enough.",
     "The Harlow Growers' Association said the flood fund would be enough.", "conflicting"),  # was SUPPORTED
    ("The Harlow Growers' Association called the flood fund welcome but nowhere near enough.",
     "The Harlow Growers' Association said the flood fund was not enough.", "supported"),  # was CONFLICTING
    ("The Harlow Growers' Association said the flood fund was far from enough.",
     "The Harlow Growers' Association said the flood fund was enough.", "conflicting"),  # was SUPPORTED
    ("Harlow Council said the future of the pier was anything but certain.",
     "Harlow Council said the future of the pier was certain.", "conflicting"),  # was SUPPORTED
    # ", denying reports that ..." denies what the reports say, as "denied that" does; the figures of what a
    # claim denies back no statement that tells them as so
    ("Ann Brook said Harlow Buses had no plans to cut its Sunday service, denying reports that the number of Sunday "
     "routes would fall from twelve to six.", "The number of Sunday routes will fall from twelve to six.",
     "conflicting"),  # was SUPPORTED
    ("Ann Brook said Harlow Buses had no plans to cut its Sunday service, denying reports that the number of Sunday "
     "routes would fall from twelve to six.", "Ann Brook denied that the number of Sunday routes would fall from twelve to six.",
     "supported"),  # was CONFLICTING
    ("Ann Brook said Harlow Buses had no plans to cut its Sunday service, denying reports that the number of Sunday "
     "routes would fall from twelve to six.", "Harlow Buses is to halve the number of its Sunday routes, from twelve to six.",
     "unverified"),  # was SUPPORTED
]


_READ_IN_SESSION_52 = [
    # a denied act against its opposite told as a state: "did not reopen" / "remained closed"
    ("The Harbour Road bridge remained closed throughout August 2024.", "The Harbour Road bridge did not reopen during August 2024.",
     "supported"),
    ("Kelby museum will stay open on Mondays from May 2025.", "Kelby museum will not close on Mondays from May 2025.", "supported"),
    ("The Dene Street pool has been shut since January 2025.", "The Dene Street pool has not opened since January 2025.", "supported"),
    # ... but an act of closing says nothing of a reopening the same month
    ("The Grange Road shop closed in March 2024.", "The Grange Road shop did not reopen in March 2024.", "unverified"),
    # "saved from" an act: it did not happen
    ("Hallsea pier was saved from demolition in 2023 by a community buy-out.", "Hallsea pier was demolished in 2023.", "conflicting"),
    ("Hallsea pier was saved from demolition in 2023 by a community buy-out.", "Hallsea pier escaped demolition in 2023.", "supported"),
    # two parts of one whole, each told by one side
    ("Of the 1,860 storm overflows run by Audle Water, 1,805 had monitors fitted in March 2025.",
     "Fifty-five of Audle Water's 1,860 storm overflows were still without monitors in March 2025.", "supported"),
    ("In March 2024 the Hale family owned 82 per cent of the bakery's shares; the rest were held by staff.",
     "Staff held the 18 per cent of the bakery's shares not owned by the Hale family in March 2024.", "supported"),
    ("Only 12 of the 40 buses inspected in Kelby passed the safety inspection in May 2025.",
     "28 of the 40 buses inspected in Kelby failed the safety inspection in May 2025.", "supported"),
    ("Of the 240 pupils who sat the exam at Kelby High, 180 passed in 2024.",
     "70 of the 240 pupils who sat the exam at Kelby High failed in 2024.", "conflicting"),
    ("Of the 52 bridges in Tarnshire, 47 were inspected in 2024.", "Five of Tarnshire's 52 bridges were not inspected in 2024.",
     "supported"),
    ("Of the 52 bridges in Tarnshire, 47 were inspected in 2024.", "Seven of Tarnshire's 52 bridges were not inspected in 2024.",
     "conflicting"),
    ("In a survey of 900 tenants, 61 per cent said their homes were warm enough last winter.",
     "In a survey of 900 tenants, 39 per cent said their homes were not warm enough last winter.", "supported"),
    # a motion voted down or thrown out is rejected
    ("In September 2024 staff at the Kelby depot voted by 112 votes to 38 to accept a new shift pattern.",
     "Staff at the Kelby depot voted down a new shift pattern by 112 votes to 38 in September 2024.", "conflicting"),
    ("The planning committee threw out the proposal for 300 homes at Denby Farm in May 2025.",
     "The planning committee approved the proposal for 300 homes at Denby Farm in May 2025.", "conflicting"),
    ("The planning committee threw out the proposal for 300 homes at Denby Farm in May 2025.",
     "The planning committee rejected the proposal for 300 homes at Denby Farm in May 2025.", "supported"),
    # the dates of an act and of its undoing are two events' dates
    ("The council will reopen Kelby swimming pool in June 2026.", "Kelby swimming pool closed in March 2025.", "unverified"),
    ("The Denby ferry will resume sailings in May 2026.", "The Denby ferry stopped sailing in October 2025.", "unverified"),
    # what reports allege, or what may be, the claim does not vouch for
    ("Greyling Engineering declined to comment on reports that it had lost £9 million on the Harlow tram contract.",
     "Greyling Engineering made a loss of £9 million on the Harlow tram contract.", "unverified"),
    ("Greyling Engineering confirmed reports that it had lost £9 million on the Harlow tram contract.",
     "Greyling Engineering made a loss of £9 million on the Harlow tram contract.", "supported"),
    ("Greyling Engineering said the Harlow tram contract could cost it £9 million.",
     "The Harlow tram contract cost Greyling Engineering £9 million.", "unverified"),
    # a season runs on past its last month by astronomy's count
    ("Two beds at the Larch Ward will reopen on 1 September 2025.", "Two beds at the Larch Ward will reopen in the summer of 2025.",
     "unverified"),
    ("Two beds at the Larch Ward will reopen on 1 October 2025.", "Two beds at the Larch Ward will reopen in the summer of 2025.",
     "conflicting"),
    # another time's figure of a measure that recurs is no misreading of this one's
    ("Kelby Council's bus fares rose by 5 per cent in April 2024.", "Kelby Council's bus fares rose by 9 per cent in April 2025.",
     "unverified"),
    ("Kelby Council's bus fares rose by 5 per cent in April 2024.", "Kelby Council's bus fares rose by 9 per cent in April 2024.",
     "conflicting"),
    # a sum told as a part of what a noun names is no misreading of the whole
    ("About £1.25 million had been pledged to the Kelby Hospice appeal by October 2024, including £500,000 from the Harwood Foundation.",
     "£300,000 of the early pledges to the Kelby Hospice appeal came from local businesses.", "unverified"),
    ("About £1.25 million had been pledged to the Kelby Hospice appeal by October 2024, including £500,000 from the Harwood Foundation.",
     "£2 million had been pledged to the Kelby Hospice appeal by October 2024.", "conflicting"),
    # a year's figures are no misreading of a half-year's ("the twelve months ending" a date is a period's end)
    ("Tarn Foods' sales fell by 2 per cent to £22.1 million in the six months to 31 May 2024, and its pre-tax profit dropped "
     "to £0.9 million, from £1.4 million in the six months to 31 May 2023.",
     "Tarn Foods earned £3.2m before tax in the twelve months ending 30 November 2023, against £2.5m in the previous twelve months.",
     "unverified"),
    ("Tarn Foods' sales fell by 2 per cent to £22.1 million in the six months to 31 May 2024, and its pre-tax profit dropped "
     "to £0.9 million, from £1.4 million in the six months to 31 May 2023.",
     "Tarn Foods' pre-tax profit dropped to £1.2 million in the six months to 31 May 2024.", "conflicting"),
    # the figure a change is measured from is what held then, no backing for the same figure told undated
    ("As of November 2024, the total cost of the Harlow tram extension was put at £218 million, up from £212 million in June 2024.",
     "The Harlow tram extension cost £212 million.", "unverified"),
    ("As of November 2024, the total cost of the Harlow tram extension was put at £218 million, up from £212 million in June 2024.",
     "In June 2024, the Harlow tram extension was expected to cost £212 million.", "supported"),
    ("Visitor numbers at Kelby Museum rose to 64,800 in 2024, up from 58,200 in 2023.", "Kelby Museum had 58,200 visitors in 2023.",
     "supported"),
    # every one of a whole, against a part of it the claim gives
    ("Of the 1,860 storm overflows run by Audle Water, 1,805 had monitors fitted in March 2025.",
     "By March 2025 every one of Audle Water's 1,860 storm overflows had been fitted with a monitor.", "conflicting"),
    ("Of the 52 bridges in Tarnshire, 47 were inspected in 2024.", "All 52 of Tarnshire's bridges were inspected in 2024.",
     "conflicting"),
    ("Tarnshire Council inspected all 52 of its bridges in 2024.", "All of Tarnshire's 52 bridges were inspected in 2024.",
     "supported"),
    # a state told as ended holds no more: no opposite of what holds now
    ("The adult tram fare in Harlow rose to £2.40 on 13 September 2025, when a year-long fare freeze ended.",
     "The adult tram fare in Harlow went up to £2.40 on 13 September 2025.", "supported"),
    ("The adult tram fare in Harlow rose to £2.40 on 13 September 2025, when a year-long fare freeze ended.",
     "The adult tram fare in Harlow was frozen at £2.40 on 13 September 2025.", "conflicting"),
    # "went up to" is a level reached, no bound
    ("Bus fares in Kelby rose from £1.80 to £2.10 in January 2025.", "Bus fares in Kelby went up to £2.10 in January 2025.",
     "supported"),
    # the sum that came from a giver is the one the claim says came from that giver
    ("About £1.25 million had been pledged to the Kelby Hospice appeal by October 2024, including £500,000 from the Harwood "
     "Foundation and £120,000 raised by the hospice's staff.",
     "Half a million pounds of the money pledged to the Kelby Hospice appeal by October 2024 came from the Harwood Foundation.",
     "supported"),
    ("About £1.25 million had been pledged to the Kelby Hospice appeal by October 2024, including £500,000 from the Harwood "
     "Foundation and £120,000 raised by the hospice's staff.",
     "£700,000 of the money pledged to the Kelby Hospice appeal by October 2024 came from the Harwood Foundation.",
     "conflicting"),
    # a denial of a complement ("had been at fault", "was in breach") denies what the clause tells of its subject
    ("Tom Bray, managing director of Bray Civils, denied that the firm's survey work had been at fault.",
     "Tom Bray, who runs Bray Civils, rejected claims that his firm's surveys were to blame.", "supported"),
    ("Tom Bray, managing director of Bray Civils, denied that the firm's survey work had been at fault.",
     "Tom Bray said the firm's survey work had been at fault.", "conflicting"),  # was SUPPORTED
    # a claim of one vote: its tally is the one a majority is of, whatever words stand beside the figures
    ("At a full council meeting on Wednesday night, Harlow councillors voted by 41 votes to 23 to approve borrowing £47 million "
     "for the tram.", "Harlow councillors gave the go-ahead to the £47 million tram loan with a majority of 18.", "supported"),
    ("At a full council meeting on Wednesday night, Harlow councillors voted by 41 votes to 23 to approve borrowing £47 million "
     "for the tram.", "Harlow councillors gave the go-ahead to the £47 million tram loan with a majority of 12.", "conflicting"),
    # "the first day of April 2024" is 1 April 2024, no count of days
    ("Four of Kelby Hospice's 16 beds were closed on 1 April 2024.", "Four of Kelby Hospice's 16 beds were closed on the first day of "
     "April 2024.", "supported"),
    ("Four of Kelby Hospice's 16 beds were closed on 1 April 2024.", "Four of Kelby Hospice's 16 beds were closed on the last day of "
     "April 2024.", "conflicting"),
    # a motion passed is approved, one defeated rejected; rejecting doing something is choosing not to
    ("On Tuesday 14 January 2025, a motion from the Liberal Democrat group calling on Kelby City Council to bring in Acas in "
     "the bin strike was defeated by 34 votes to 22.",
     "The Liberal Democrat motion to bring Acas into the Kelby bin strike was passed by 34 votes to 22 in January 2025.", "conflicting"),
    ("The trustees of the Kelby Museums Trust voted by eight to three on 16 June 2025 to carry on with the new wing rather than pause it.",
     "The Kelby Museums Trust's trustees rejected pausing the new wing, voting eight to three to press on with it.", "supported"),
    # (a helper's review of the rules above: each of these was right before them, and is again)
    ("Four people were rescued from the fire at a block of flats in Salford in May 2025.",
     "There was a fire at a block of flats in Salford in May 2025.", "supported"),
    ("The swimming pool in Kelby was closed in March 2025 for repairs.", "The swimming pool in Kelby did not reopen in March 2025.",
     "unverified"),
    ("The car plant in Kelby opened in 1978 and closed in 2019.", "The car plant in Kelby closed in 2018.", "conflicting"),
    ("The club put up to 2,000 tickets on general sale for the Kelby cup final.",
     "The club put 1,500 tickets on general sale for the Kelby cup final.", "unverified"),
    ("The Kelby factory will make 60 staff redundant.", "The Kelby factory will make 40 of its staff redundant.", "conflicting"),
    ("The Kelby charity spent £300,000 on the new roof.", "The Kelby charity spent £250,000 of its reserves on the new roof.",
     "conflicting"),
    # "denied that ..." disputes what was said: no refusal of what others backed (but "admitted that ..." is its opposite)
    ("Graham Tindall denied that Kelby Museum had been singled out for cuts, saying the council's grants to the leisure trust "
     "had also been reduced.", "Kelby's councillors have backed a 30% reduction in the council's funding for the museum.",
     "unverified"),
    # the same sum from two givers is two sums
    ("The cost of the Kelby marina will be met by a £12 million grant from the government's Coastal Towns Growth Fund, a £9.5 "
     "million loan from Kelby District Council and £17 million from Quaymark Marinas.",
     "The Kelby marina's £12m grant is coming from Kelby District Council.", "unverified"),  # was SUPPORTED
    # "ruled out a High Court challenge", "charges ... were ruled out by" deny the head of what is ruled out
    ("Dr Helena Vosper, the Kelby museum's director, said the museum would not start charging for admission to its main galleries.",
     "Admission charges for the Kelby museum's main galleries were ruled out by Dr Helena Vosper.", "supported"),
    ("Dr Helena Vosper, the Kelby museum's director, said the museum would start charging for admission to its main galleries "
     "in 2026.", "Admission charges for the Kelby museum's main galleries were ruled out by Dr Helena Vosper.", "conflicting"),
    ("Councillor Janet Kersey said Kelby District Council would not challenge the inspector's marina decision in the High Court.",
     "Councillor Janet Kersey ruled out a High Court challenge to the inspector's marina decision.", "supported"),
    # ... but givers listed in another order are the same givers
    ("Tarn Foods bought about £10 million of flour a year from Harwood Mills and Pell Grain.",
     "Tarn Foods bought about £20 million of flour a year from Pell Grain and Harwood Mills.", "conflicting"),
    # what a sum "went on" (or "was spent on"), and the parts a cost is told "on", are what it was spent on
    ("Kelby City Council estimates that the bin dispute cost it £2.1 million in all, including £1.3 million on agency workers "
     "and £520,000 on the private waste firm Harwell Clearways.",
     "Kelby City Council put the total cost of the bin dispute at £2.1m, of which £520,000 went on agency workers.",
     "conflicting"),  # was SUPPORTED
    ("Kelby City Council estimates that the bin dispute cost it £2.1 million in all, including £1.3 million on agency workers "
     "and £520,000 on the private waste firm Harwell Clearways.",
     "Kelby City Council put the total cost of the bin dispute at £2.1m, of which £1.3m went on agency workers.", "supported"),
    # a verb whose object "no" opens denies the act ("gave no date" / "did not give a date"), either side
    ("The Kelby Rail Users' Group did not give a date for its first meeting with the operator.",
     "The Kelby Rail Users' Group gave no date for its first meeting with the operator.", "unverified"),  # was CONFLICTING
    ("Small shops in Torbay will pay no business rates this year.", "Small shops in Torbay will not have to pay business rates "
     "this year.", "supported"),  # was CONFLICTING
    # what is told of a subject "no" denies is denied ("No ambulance was available" / "an ambulance was unavailable")
    ("No ambulance was available for three hours after the crash on the A30 near Bodmin.",
     "An ambulance was unavailable for three hours after the crash on the A30 near Bodmin.", "unverified"),  # was CONFLICTING
    # "lacks X" has no X, unless it "no longer lacks" it
    ("Burnley lacks a hospital with an accident and emergency department.", "Burnley has no hospital with an accident and "
     "emergency department.", "supported"),  # was CONFLICTING
    ("The village of Kelby Moor no longer lacks a broadband connection after the upgrade in 2024.",
     "The village of Kelby Moor has a broadband connection after the upgrade in 2024.", "supported"),
    # (a third helper's review of the rules above: right before them, and again)
    ("The Kelby charity received £50,000 from Kelby Council and Sarah Hughes, its chair, said the money would buy a minibus.",
     "The Kelby charity received £50,000 from Kelby Council.", "supported"),
    ("Tarn Mobile's spokesman said: We purchased about $10 billion worth of chips annually from Harwood Semiconductor and Pell Micro.",
     "\"We purchased about $10 billion worth of chips annually from Harwood Semiconductor and Pell Micro,\" Tarn Mobile's "
     "spokesman said.", "supported"),
    ("The Grand Theatre in Kelby will sell no more than 500 tickets for the gala.",
     "The Grand Theatre in Kelby will not sell tickets for the gala.", "conflicting"),
    ("The health secretary ruled out a full public inquiry into the Kelby maternity failings.",
     "There will be a public inquiry into the Kelby maternity failings.", "conflicting"),
    ("The Kelby theatre received a £2m grant from Arts Council England and the Heritage Fund.",
     "The Kelby theatre received a £2m grant from the Heritage Fund and Arts Council England.", "supported"),
    # (a second helper's review: each of these was right before the session's rules, and is again)
    ("The latest unemployment figures for Kelby, published on 12 March 2025, show a rise to 4.4%.",
     "The unemployment figures for Kelby were published on 5 March 2025.", "conflicting"),
    ("Tarn Electronics buys $5 billion of components a year from Samsung, LG and Sony.",
     "Tarn Electronics buys $5 billion of components a year from Sony.", "unverified"),
    ("Kelby Rovers received £500,000 from the Football Foundation and Kelby Council agreed to lease the club the land.",
     "Kelby Rovers received £500,000 from Kelby Council.", "unverified"),
    ("The Kelby pier repairs cost £4m on top of the original £10m budget.", "£4m was spent on the Kelby pier repairs.", "supported"),
    ("Kelby Town FC refused to rule out a move away from Harlow Park.", "Kelby Town FC will move away from Harlow Park.", "unverified"),
    ("Forecasters have ruled out a white Christmas in the south of England this year.",
     "The south of England will have a white Christmas this year.", "conflicting"),
    # a forecast of the opposite is no contradiction of what was done
    ("A £1.4 million grant will keep the four closed wards at Tarn Hospital open for two years.",
     "Four wards at Tarn Hospital were shut in April 2024.", "unverified"),
]


_READ_IN_SESSION_51 = [
    # a company that "reported a loss" is what the claim is about, not only who says it
    ("Bramwell Foods reported a pre-tax loss of £2.1 million for 2024.", "Bramwell Foods made a pre-tax loss of £2.1m in 2024.",
     "supported"),
    ("Bramwell Foods reported a pre-tax loss of £2.1 million for 2024.", "Bramwell Foods made a pre-tax loss of £3.5m in 2024.",
     "conflicting"),
    # two measures of the accounts going two ways: no contradiction
    ("Harlow Dairies made a profit of £5 million in 2024, down from £6 million in 2023, its results showed.",
     "Sales at Harlow Dairies climbed 4% to £300m in 2024.", "unverified"),
    ("Harlow Dairies made a profit of £5 million in 2024, down from £6 million in 2023, its results showed.",
     "Harlow Dairies' profits climbed in 2024.", "conflicting"),
    # ... but a change "down from" is one of the measure whose figure it follows, whatever noun its figure counts
    ("Turnout in the Kelby North by-election was 28 per cent, down from 41 per cent in 2022.", "Turnout in Kelby North rose.",
     "conflicting"),
    ("Harton United's average attendance was 14,200 a game, up from 12,900.", "Harton United's average attendance fell.",
     "conflicting"),
    # what something cost a company is no reading of the loss it made
    ("Corbin Ferries reported a loss of £3.4 million for the year to March 2025, after the grounding of one of its ships.",
     "The grounding cost Corbin Ferries £5.2 million.", "unverified"),
    ("Corbin Ferries reported a loss of £3.4 million for the year to March 2025, after the grounding of one of its ships.",
     "Corbin Ferries made a loss of £5.2 million in the year to March 2025.", "conflicting"),
    # one's own figure, not one reported of another
    ("Bramwell Foods made a pre-tax loss of £3.4m in 2024.",
     "The Grocer reported a pre-tax loss of £4.3m at Bramwell Foods in 2024.", "conflicting"),
    # what one event cost, however named, is one figure; a year's loss is another
    ("The fire at the Kelby warehouse caused losses of £6m.", "The fire at the Kelby warehouse cost £9m.", "conflicting"),
    # counts in synonyms are one count; in a broader word, another
    ("Kelby Academy has 1,180 pupils and 92 teachers.", "Kelby Academy has 1,180 students.", "supported"),
    ("Kelby Academy has 1,180 pupils and 92 teachers.", "Kelby Academy has 1,250 students.", "conflicting"),
    ("The storm damaged 14 buildings in Harton.", "The storm damaged six houses in Harton.", "unverified"),
    ("Twelve vehicles were involved in a pile-up on the A614 near Kelby.", "Eight cars were involved in a pile-up on the A614 near Kelby.",
     "unverified"),
    # a sum named by its measure through a copula or "came to"; two lines of the accounts, each qualified
    ("The Harton Festival made a surplus of £85,000 in 2024.", "The Harton Festival's takings were £850,000 in 2024.", "unverified"),
    ("The Harton Festival made a surplus of £85,000 in 2024.", "The Harton Festival's surplus was £58,000 in 2024.", "conflicting"),
    ("Bramwell Foods reported a pre-tax profit of £12.1 million for 2024.", "Bramwell Foods' operating profit for 2024 was £15 million.",
     "unverified"),
    ("Bramwell Foods reported a pre-tax profit of £12.1 million for 2024.", "Bramwell Foods made a profit of £15 million in 2024.",
     "conflicting"),
    ("Bramwell Foods reported a pre-tax profit of £12.1 million for 2024.", "Bramwell Foods' pre-tax profit for 2024 was £12.1m.",
     "supported"),
    # a sum spent on one thing is set against the claim's sum on that thing, not its sum on another
    ("Kelby Council spent £4.2m on roads and £1.1m on libraries in 2024.", "Kelby Council spent less than £2m on roads in 2024.",
     "conflicting"),
    ("Kelby Council spent £4.2m on roads and £1.1m on libraries in 2024.", "Kelby Council spent £1.1m on roads in 2024.",
     "conflicting"),
    ("Kelby Council spent £4.2m on roads and £1.1m on libraries in 2024.", "Kelby Council spent £1.1m on libraries in 2024.",
     "supported"),
    # ... spent, by the head of its phrase: nothing levied or saved "on" a thing, nor another thing named by a like word
    ("Kelby Council spent £4.2m on roads and £1.1m on libraries in 2024.", "Kelby Council spent £1.1m on road safety campaigns in 2024.",
     "unverified"),
    ("Kelby Council spent £4.2m on roads and £1.1m on libraries in 2024.", "Kelby Council levied a tax of £1.1m on roads in 2024.",
     "unverified"),
    ("Dunmore Rovers spent £2.1m on player wages and £400,000 on its academy last year.",
     "Dunmore Rovers spent £400,000 on player wages last year.", "conflicting"),
    # a report of one's own figure in a month is one's own; a line of the accounts in its other name is that line
    ("Bramwell Foods reported a loss of £4.3m in January.", "Bramwell Foods made a loss of £4.3m in January.", "supported"),
    ("Harlow Foods made a net profit of £43.8m in 2024.", "Harlow Foods made a post-tax profit of £52m in 2024.", "conflicting"),
    ("Harlow Foods made a pre-tax profit of £43.8m on gross revenue of £300m.", "Harlow Foods made a pre-tax profit of £52m.",
     "conflicting"),
    ("Harlow Foods made an operating profit of £52m and a pre-tax profit of £43.8m in 2024.",
     "Harlow Foods made an operating profit of £43.8m in 2024.", "conflicting"),
    # an event's cost in a month is what the event cost, however named; a subject's head is its first measure
    ("The drivers' strike cost Sefton Buses £2m in March 2024.", "The strike caused losses of £3m at Sefton Buses.", "conflicting"),
    ("Marlow Foods made a profit of £400,000 from ticket sales in 2024.", "Marlow Foods' profit from ticket sales was £250,000 in 2024.",
     "conflicting"),
    # a sum named by the statement's own measure of the accounts is its figure, before one dated beside another measure
    ("Linford Athletic's wage bill was £6.2m in 2024, while turnover was £9.8m and the club made a loss of £1.1m.",
     "Linford Athletic's turnover was £9.8m in 2024.", "supported"),
    ("Linford Athletic's wage bill was £6.2m in 2024, while turnover was £9.8m and the club made a loss of £1.1m.",
     "Linford Athletic's turnover was under £7m in 2024.", "conflicting"),
    ("Linford Athletic's wage bill was £6.2m in 2024, while turnover was £9.8m and the club made a loss of £1.1m.",
     "Linford Athletic made a loss of more than £5m in 2024.", "conflicting"),
    # a sum is of the noun heading its copula's subject: the loan's figure is not the grant's
    ("Kelby Council's grant to the festival was £120,000 in 2024, while its loan to the theatre was £400,000.",
     "Kelby Council's loan to the theatre was £120,000 in 2024.", "conflicting"),
    ("Kelby Council's grant to the festival was £120,000 in 2024, while its loan to the theatre was £400,000.",
     "Kelby Council's loan to the theatre was £400,000.", "supported"),
    # ... but an earlier reading of the named sum, or a sum whose noun an ellipsis leaves out, is still that sum's
    ("The Grange Theatre's turnover was £3.4m in 2024, up from £2.9m in 2023.", "The Grange Theatre's turnover was £2.9m in 2023.",
     "supported"),
    ("Kelby Council's budget was £210m this year, while Harlow's was £160m.", "Harlow's budget was £160m this year.", "supported"),
    ("The Arts Council gave the Castlegate Museum a grant of £500,000 and the Harbour Museum £300,000.",
     "The Harbour Museum's grant was £300,000.", "supported"),
    # a part or a kind of the thing a sum is spent on may be backed by it, not set against it
    ("Ashdown County Council will spend £6m on school repairs and £2m on flood defences.",
     "Ashdown County Council will spend £6m on schools.", "supported"),
    ("Ashdown County Council will spend £6m on school repairs and £2m on flood defences.",
     "Ashdown County Council will spend £6m on flood protection.", "unverified"),
    # a result dated at all is a period's: what repairs cost that month is another measure
    ("Kelby's Riverside leisure centre made a loss of £40,000 in March.",
     "Repairs at Kelby's Riverside leisure centre cost £60,000 in March.", "unverified"),
    # one name is the party, not a kind of council leader: another party's leaders are other people
    ("Conservative council leaders in Kelby said the £4m grant for the museum would be cut.",
     "Green council leaders in Kelby said the £4m grant for the museum would be cut.", "conflicting"),
    # what money is invested in, allocated to or earmarked for is what it goes on, as what it is spent on
    ("The Castlegate Museum invested £850,000 in new galleries and spent £120,000 on marketing in 2024.",
     "The Castlegate Museum spent £850,000 on marketing in 2024.", "conflicting"),
    ("Ashdown County Council has allocated £6m to school repairs and earmarked £2m for flood defences.",
     "Ashdown County Council has allocated £2m to school repairs.", "conflicting"),
    # a later phase of a scheme is another part than its first: neither count nor date tells against the other
    ("The first 40 flats at Harlow Quay will be finished in May 2026.",
     "A second phase of 80 flats at Harlow Quay will be finished in 2028.", "unverified"),
    ("The first 40 flats at Harlow Quay will be finished in May 2026.",
     "The first 60 flats at Harlow Quay will be finished in May 2026.", "conflicting"),
    # a bound is set against the figure of its own time, not an earlier reading nearer its threshold
    ("Attendance at Harton Museum fell from 61,000 in 2023 to 48,000 last year.", "Harton Museum had fewer than 55,000 visitors last year.",
     "supported"),
    ("Passenger numbers at Kelby station rose from 3.1 million in 2023 to 4.2 million in 2024.",
     "Kelby station handled more than 3.5 million passengers in 2024.", "supported"),
    # a bound is set near the figure it is about, not against another figure that happens to lie on its side;
    # "as per" its source is no rate, and the source owns none of the figure
    (("Harlow Museum", "The museum's ticket income as per its annual report was £1.17 million, and its café took £240,000."),
     "Harlow Museum's ticket income was lower than £1.15 million.", "conflicting"),
    (("Harlow Museum", "The museum's ticket income as per its annual report was £1.17 million, and its café took £240,000."),
     "Harlow Museum's ticket income was higher than £1.15 million.", "supported"),
]


_REVIEWED_IN_SESSION_50_B = [
    # faults a second helper review found in this session's later rules, each wrong on the tree it reviewed
    # a rate told at the end of a long sentence is still its amount's ("spends £1.2 million on ... every year")
    ("Harlow Council spends £1.2 million on street cleaning, grass cutting and litter collection in the town centre "
     "every year.", "Harlow Council spends £1.2 million a year on street cleaning in the town centre.", "supported"),
    ("Harlow Council spends £1.2 million on street cleaning, grass cutting and litter collection in the town centre "
     "every year.", "Harlow Council spends £1.2 million a month on street cleaning in the town centre.", "conflicting"),
    # an earlier reading's time is the one told right after its "than", and dates only the statement's figure
    ("Kelby Airport handled 12 million passengers in 2024, 1.5 million more than in 2023 and 3 million more than in 2019.",
     "Kelby Airport handled 10.5 million passengers in 2019.", "conflicting"),
    ("Kelby Airport, which opened its second terminal in 2019, handled 12 million passengers in 2024, 1.5 million more "
     "than in 2023.", "Kelby Airport handled 10.5 million passengers in 2023 and opened its second terminal in 2023.",
     "conflicting"),
    # the opposite act is the statement's figure's own predicate, and the rest of a whole is its only count
    ("Three of Harlow Council's 12 libraries will close next year.", "Ten of Harlow Council's libraries will stay open next year.",
     "conflicting"),
    ("Kelby Council will close four primary schools in July.",
     "Kelby Council will close six primary schools in July rather than open them.", "conflicting"),
    ("Brightmart will open 40 new stores this year.", "Brightmart will open 25 new stores this year and close 40.", "conflicting"),
    # one holder's two readings give what it gained
    ("Brightwater Energy had 49,000 customers in January and 52,000 customers in March.",
     "Brightwater Energy gained 3,000 customers between January and March.", "supported"),
    # a denied that-clause ends at its comma: what the claim goes on to insist is told as so
    ("Harlow Buses denied that it would cut Sunday services, insisting that all 40 routes would run as normal.",
     "Harlow Buses insisted that all 40 routes would run as normal.", "supported"),
    ("Harlow Buses denied that it would cut Sunday services, insisting that all 40 routes would run as normal.",
     "Harlow Buses insisted that all 30 routes would run as normal.", "conflicting"),
    # "last year" is an earlier time: a denial of earlier times contradicts it
    ("The Harlow Tapestry had never been shown in full before and is now on display at Harlow Museum.",
     "The Harlow Tapestry, shown in full at Kelby Gallery last year, is now on display at Harlow Museum.", "conflicting"),
]


_READ_IN_SESSION_50_B = [
    # the time an earlier reading is told of ("1.5 million more than in 2023") dates the figure worked out of it
    ("Kelby Bus carried 12 million passengers in 2024, 1.5 million more than in 2023.",
     "Kelby Bus carried 10.5 million passengers in 2023.", "supported"),  # was CONFLICTING (2023 against 2024)
    # a count of what did one thing is no count of what did its opposite
    ("Three of Kelby's 12 libraries will close.", "Nine of Kelby's libraries will stay open.", "unverified"),  # was CONFLICTING
    ("Three of Kelby's 12 libraries will close.", "Four of Kelby's libraries will shut.", "conflicting"),
    # where each text tells both poles, one in other words ("shut ... before it reopened" / "opening weekend ...;
    # it had been closed"), the phrases decide, as where both use the same words
    ("Harlow Museum said more than 3,400 people visited it over its opening weekend of 12 and 13 July 2025; it had been "
     "closed since January 2023.", "The museum had been shut for two and a half years before it reopened.",
     "unverified"),  # was CONFLICTING (shut / opening)
    ("Harlow Museum said more than 3,400 people visited it over its opening weekend of 12 and 13 July 2025; it had been "
     "closed since January 2023.", "The museum was shut over the weekend of 12 and 13 July 2025.", "conflicting"),
    ("Kelby Bank's profits rose in 2024 while its costs fell.", "Kelby Bank's profits dropped in 2024 while its costs climbed.",
     "conflicting"),
    # "denied it would cut ..." denies its clause as "denied that it would cut ..." does (a that-clause without "that")
    ("Harlow Buses denied reports that it would cut 40 drivers' jobs.", "Harlow Buses denied it would cut 40 drivers' jobs.",
     "supported"),  # was CONFLICTING
    ("Harlow Buses denied it would cut 40 drivers' jobs.", "Harlow Buses will cut 40 drivers' jobs.", "conflicting"),
    # "its final day" is a day of a run of days, no time of day set against "its final night"
    ("Harlow's Kite Festival lost its final night on Sunday 21 July 2024 when its organisers called off the day's "
     "programme after forecasters warned of gales.",
     "High winds led the organisers of Harlow's Kite Festival to call off its final day.", "unverified"),  # was CONFLICTING
    ("Harlow's Kite Festival lost its final night on Sunday 21 July 2024 when its organisers called off the day's "
     "programme after forecasters warned of gales.",
     "The Kite Festival's night programme went ahead on Sunday 21 July 2024.", "conflicting"),
    # a bare sum in millions or crores after a verb of money is in the currency of the sum it is set against
    ("The Harlow Players' film grossed Rs 19 crore in its first four weeks.",
     "The Harlow Players' film earned more than 15 crore in its first four weeks.", "supported"),  # was UNVERIFIED
    ("The Harlow Players' film grossed Rs 19 crore in its first four weeks.",
     "The Harlow Players' film earned more than 25 crore in its first four weeks.", "conflicting"),  # was UNVERIFIED
    ("The Harlow Players' film grossed $19 million in its first four weeks.",
     "The Harlow Players' film earned more than 25 million in its first four weeks.", "conflicting"),  # was UNVERIFIED
]


_REVIEWED_IN_SESSION_50 = [
    # faults a helper's review of this session's rules found, each wrong on the tree it reviewed
    # "lost six seats" is a fall in one holder's count, never one holder's count less another's
    ("Labour won 15 seats on Kelby Borough Council and the Conservatives won 21.",
     "The Conservatives lost six seats on Kelby Borough Council.", "unverified"),
    ("Fibrenet has 52,000 customers and Skyline has 55,000 customers.", "Skyline lost 3,000 customers.", "unverified"),
    ("Fibrenet has 52,000 customers and Skyline has 55,000 customers.", "Fibrenet gained 3,000 customers.", "unverified"),
    # the country of a dollar written before it tells the dollar apart
    ("Harbor Tech raised A$ 5 million in a funding round.", "Harbor Tech raised US$ 5 million.", "unverified"),
    # the day a source said something is the statement's act's day where the statement gives that very day
    ("Kelby Water said on 23 July 2025 that its profit would fall by 20% in 2026.",
     "On 23 July 2025 Kelby Water warned its profit would fall by 20%.", "supported"),
    ("Harlow Council announced on 3 May 2024 that the Central Library would close in September 2025.",
     "Harlow Council decided on 3 May 2024 to close the Central Library.", "unverified"),  # (no deciding told; was CONFLICTING)
    # a head noun that heads two of the claim's names says neither
    ("Kelby Borough Council spent £3 million on libraries last year, while Harlow District Council spent £5 million.",
     "The borough council spent £5 million on libraries last year.", "conflicting"),
    # (variants the review found both trees wrong on) a figure one side denies is no misreading of one the other
    # tells as so; a denial of earlier times only says nothing against what holds now
    ("Westline Ferries said on Monday it would keep four sailings a day to Carrick, denying reports that the service "
     "would be cut to two.", "Westline Ferries denied that sailings to Carrick would be cut to two a day.",
     "unverified"),  # was CONFLICTING
    ("The Harlow Tapestry, which had never been shown in full before, is now on display at Kelby Museum.",
     "The Harlow Tapestry is on display in full for the first time at Kelby Museum.", "unverified"),  # was CONFLICTING
    ("The Harlow Tapestry, which had never been shown in full before, is now on display at Kelby Museum.",
     "The Harlow Tapestry was shown in full at Kelby Museum in 2019.", "conflicting"),
]


_READ_IN_SESSION_49_B = [
    # two days joined by "and" are both the act's ("held on 15 and 16 March 2025")
    ("The Kelby beer festival will be held on 15 and 16 March 2025.", "The Kelby beer festival will be held on 16 March 2025.",
     "supported"),  # was CONFLICTING
    ("The Kelby beer festival will be held on 15 and 16 March 2025.", "The Kelby beer festival will be held on 17 March 2025.",
     "conflicting"),
    # "none of ..." reaches its verb past a reporting aside
    ("None of the libraries in Kelby, the council said, will close.", "Libraries in Kelby will close.", "conflicting"),  # was SUPPORTED
    # a share of a whole a common noun owns ("the council's 48 seats") is set against the claim's share of it
    ("Labour won 20 of the 48 seats on Kelby Council.", "Labour won a majority of the council's 48 seats.", "conflicting"),  # was UNVERIFIED
    ("Labour won 30 of the 48 seats on Kelby Council.", "Labour won a majority of the council's 48 seats.", "supported"),
    # the ends of "between January 2023 and March 2025" are no two days of one act
    ("The regulator said Harton Energy had installed 2,300 meters under warrant between January 2023 and March 2025.",
     "The regulator said Harton Energy had installed 2,300 meters under warrant between January 2025 and March 2025.", "conflicting"),
    # what a petition asks the council to guarantee is asked for, not told as done or to be done
    ("The Save Kelby Pool petition calls on Kelby Council to guarantee that the pool will reopen.", "The pool will reopen.",
     "unverified"),  # was SUPPORTED
    # "denied that X had been planned, but admitted that ...": the denial is of the planning, not of the admitting
    ("Ann Brack denied that the move of production to Portugal had been planned for years, but admitted that the board had "
     "discussed the closure in October 2024.",
     "Ann Brack admitted that the board had discussed the closure in October 2024.", "supported"),  # was CONFLICTING
]


_READ_IN_SESSION_49 = [
    # a change worked out from a measure's two readings is told of the whole phrase of its measure, however
    # long ("the district's adult education and skills budget will fall from ... to ...")
    ("The district's adult education and skills budget will fall from £3.2 million in 2024-25 to £2.4 million in 2025-26.",
     "The adult education budget is being cut by a third.", "conflicting"),  # was UNVERIFIED
    ("The district's adult education and skills budget will fall from £3.2 million in 2024-25 to £2.4 million in 2025-26.",
     "The adult education budget is being cut by a quarter.", "supported"),
    # "cost N% more": the change of what the subject costs, against the claim's two prices of it
    ("A season ticket at Harton Rovers cost £420 in 2025, up from £350 in 2024, and a junior ticket cost £90.",
     "A season ticket at Harton Rovers cost over 30% more in 2025 than in 2024.", "conflicting"),  # was UNVERIFIED
    ("A season ticket at Harton Rovers cost £420 in 2025, up from £350 in 2024, and a junior ticket cost £90.",
     "A season ticket at Harton Rovers cost 20% more in 2025 than in 2024.", "supported"),
    # ... and a word that marks another figure of the claim's ("junior") is not the change's
    ("A season ticket at Harton Rovers cost £420 in 2025, up from £350 in 2024, and a junior ticket cost £90.",
     "A junior ticket at Harton Rovers cost 20% more in 2025 than in 2024.", "unverified"),  # was SUPPORTED
    # "put the cost of X at £N" is an estimate of X, as "estimated X at £N" is, by who puts it
    ("Harton Marine has estimated the damage to its boatyard at £2.1 million.",
     "Harton Marine puts the cost of the damage at about £2.1m.", "supported"),  # was UNVERIFIED
    ("Harton Marine has estimated the damage to its boatyard at £2.1 million.",
     "Harton Marine puts the cost of the damage at £3m.", "conflicting"),
    ("Harton Marine has estimated the damage to its boatyard at £2.1 million.",
     "Harton Marine puts the cost of a new slipway at £2.1m.", "unverified"),  # (the cost of something else)
    ("Harton Marine has estimated the damage to its boatyard at £2.1 million.",
     "Harton Marine put the boatyard at risk.", "unverified"),
    # a claim that denies an act of one thing in one clause and tells it of another in the next: the
    # statement's act is the one its own words tell
    ("Harton Museum was not rated poor in any area; at its last inspection, in 2023, it was rated good in six areas.",
     "At its last inspection, in 2023, Harton Museum was rated good in six areas.", "supported"),  # was CONFLICTING
    ("Harton Museum was not rated poor in any area; at its last inspection, in 2023, it was rated good in six areas.",
     "Harton Museum was rated poor in two areas at its last inspection.", "conflicting"),
    # a part's bare "80 of those" read alone is no count of anything else the claim gives
    ("Of the 400 homes, 120 will be affordable, and 80 of those will be let at social rents.",
     "Of the 400 homes, 120 will be affordable, and 95 of those will be let at social rents.", "conflicting"),
    # the claim's own words back it: a quote's "None of this ... more than 40" compares nothing; a second
    # sentence's clause shares no subject with the first's "Nobody"
    ("Ann Rudd, the branch secretary of the nurses' union, said: \"None of this is a surprise. You cannot cut more than 40 nurses and expect shorter waits.\"",
     "Ann Rudd, the branch secretary of the nurses' union, said: \"None of this is a surprise. You cannot cut more than 40 nurses and expect shorter waits.\"",
     "supported"),
    ("Nobody was hurt. The crew stayed on board for five hours until the trawler was refloated at 9pm and towed into Harton by a tug.",
     "Nobody was hurt. The crew stayed on board for five hours until the trawler was refloated at 9pm and towed into Harton by a tug.",
     "supported"),  # was CONFLICTING
    # a negative implicative denied ("did not refuse to comment") denies the refusal, not the comment
    ("Gwen Arbery refused to comment on the drivers' strike at Harton Buses.",
     "Gwen Arbery did not refuse to comment on the drivers' strike at Harton Buses.", "conflicting"),  # was SUPPORTED
    ("Gwen Arbery refused to comment on the drivers' strike at Harton Buses.",
     "Gwen Arbery did not comment on the drivers' strike at Harton Buses.", "supported"),
    # "said no X ... would", "said nobody wanted": the subject of what is reported, not a saying denied
    ("The union's regional officer, Tom Keel, said nobody wanted to strike, but Harton Buses had left drivers without a choice.",
     "Tom Keel said that nobody wanted to strike.", "supported"),  # was CONFLICTING
    ("Ann Rudd said no mother or baby would be put at risk by the delay to the Harton maternity unit.",
     "Ann Rudd said mothers and babies would be put at risk by the delay to the Harton maternity unit.", "conflicting"),
    # "none of the ceilings at the three schools with crumbling concrete had collapsed": the verb after the phrase
    ("Harton Council said none of the ceilings at the three primary schools with crumbling concrete had collapsed.",
     "Harton Council said that ceilings at three primary schools with crumbling concrete had collapsed.", "conflicting"),
    ("Harton Council said none of the ceilings at the three primary schools with crumbling concrete had collapsed.",
     "Harton Council said none of the ceilings at the three primary schools with crumbling concrete had collapsed.", "supported"),
    # an expectation's deadline is what is expected: "expected ... by the end of September 2027" is not 2025's
    ("Dr Ruth Penn said she expected A&E performance at Harton General Hospital to reach 70 per cent by the end of September 2025.",
     "Dr Ruth Penn said she expected A&E performance at Harton General Hospital to reach 70 per cent by the end of September 2027.",
     "conflicting"),
    # what the claim says someone did not say, another voice's "he said" does not get from it
    ("Alan Tovey said the council had never had a transport budget that kept pace with demand, but he did not say how the gap would be closed.",
     "He said how the gap would be closed.", "unverified"),
    # another's refusal to say something is no contradiction of what "she said"
    ("Harton County Council refused to say how much it would pay towards the line's running costs.",
     "She said the line had cost £74 million.", "unverified"),  # was CONFLICTING
    # a question asked asserts nothing of what it asks
    ("Ann Tull said the government would not pay for the Harton car park, but that councils could bid for a share of a £60 million fund.",
     "Asked whether the government would pay for the Harton car park, Ann Tull said it would not, but that councils could bid for a "
     "share of a £60 million fund.", "unverified"),  # (the asking is the statement's own: no contradiction) was CONFLICTING
    # a deadline whose year is unsaid is the claim's ("by 30 June" / "by 30 June 2025")
    ("Harton Care said all 41 residents of Larch House would be moved to other homes by 30 June 2025.",
     "Harton Care said the 41 residents of Larch House would be moved to other homes by 30 June.", "supported"),  # was CONFLICTING
    ("Harton Care said all 41 residents of Larch House would be moved to other homes by 30 June 2025.",
     "Harton Care said the 41 residents of Larch House would be moved to other homes by 31 July.", "conflicting"),
    # "after fourteen years" is a length, in words as in figures, not an occasion the claim does not give
    ("The Conservatives lost control of Harton Borough Council on 2 May 2025 after 14 years in charge.",
     "The Conservatives lost control of Harton Borough Council on 2 May 2025 after fourteen years in charge.", "supported"),
    ("The Conservatives lost control of Harton Borough Council on 2 May 2025 after 14 years in charge.",
     "The Conservatives lost control of Harton Borough Council on 2 May 2025 after eleven years in charge.", "conflicting"),
    # "did not refuse to join" asserts the joining; "did not say X had Y" denies the saying, whatever X had
    ("Councillor Ivo Penn, who represents Harton ward, refused to join the Liberal Democrat and Labour coalition.",
     "Councillor Ivo Penn did not refuse to join the Liberal Democrat and Labour coalition.", "conflicting"),  # was SUPPORTED
    ("The returning officer, Ada Lusk, said Harton Borough Council had received no formal complaints about the count.",
     "The returning officer, Ada Lusk, did not say Harton Borough Council had received no formal complaints about the count.",
     "conflicting"),  # was SUPPORTED
    # a relative clause set off after a date has verbs of its own: "by 2027, which it says would allow" dates no saying
    ("Harton County Council plans to open 60 extra-care flats in Kelby and Dunmore by 2027, which it says would allow older "
     "people to stay out of residential care for longer.",
     "Harton County Council plans to open 60 extra-care flats in Kelby and Dunmore by 2028, which it says would allow older "
     "people to stay out of residential care for longer.", "conflicting"),  # was SUPPORTED
    # a day, its year unsaid, within the claim's span
    ("No trains ran on the Harton line from 12 to 16 May 2025 while engineers replaced a damaged signal cable.",
     "No trains ran on the Harton line on 13 May.", "unverified"),  # (within the span: no contradiction) was CONFLICTING
    ("No trains ran on the Harton line from 12 to 16 May 2025 while engineers replaced a damaged signal cable.",
     "Trains ran on the Harton line on 13 May 2025.", "conflicting"),
]


_READ_IN_SESSION_48 = [
    # a change told "from X <the time of X> to Y": the time between the two readings does not part them
    ("Kelby Council's parks budget will fall from £2.4 million in the year to March 2025 to £1.8 million in the year to March 2026.",
     "Kelby's parks budget is being cut by a quarter.", "supported"),  # was UNVERIFIED
    ("Kelby Council's parks budget will fall from £2.4 million in the year to March 2025 to £1.8 million in the year to March 2026.",
     "Kelby's parks budget is being cut by a third.", "conflicting"),  # was UNVERIFIED
    ("Kelby Council's parks budget will fall from £2.4 million in 2024-25 to £1.8 million in 2025-26.",
     "Kelby's parks budget will be cut by £600,000.", "supported"),
    # a sum whose noun is told as paid every year ("an annual grant of") is a yearly figure
    ("The Harton Museum's annual grant of £120,000 from the county council will be kept.",
     "The Harton Museum's £120,000 yearly grant will be kept.", "supported"),  # was UNVERIFIED
    ("The Harton Museum's annual grant of £120,000 from the county council will be kept.",
     "The Harton Museum's £150,000 yearly grant will be kept.", "conflicting"),
    # "none of the N X made by ...": the participle says what the things are; the verb after is what is denied
    ("Kelby Police made 14 arrests at the match, all of them for ticket touting; there were no arrests for violence.",
     "None of the 14 arrests made by Kelby Police at the match was for violence.", "supported"),  # was CONFLICTING
    ("Kelby Police made 14 arrests at the match, all of them for ticket touting; there were no arrests for violence.",
     "Kelby Police made arrests for violence at the match.", "conflicting"),
    # a claim that denies only a narrower kind ("no arrests for violence") still counts what is denied outright
    ("Kelby Police made 14 arrests at the match, all of them for ticket touting; there were no arrests for violence.",
     "No arrests were made by Kelby Police at the match.", "conflicting"),  # was SUPPORTED
    ("Kelby Police made 14 arrests at the match, all of them for ticket touting; there were no arrests for violence.",
     "Kelby Police made no arrests at the match.", "conflicting"),  # was SUPPORTED
    ("Kelby Police made 14 arrests at the match, all of them for ticket touting; there were no arrests for violence.",
     "There were no arrests for violence at the match.", "supported"),
    # a bare earlier reading after "up / down N% from" counts what the level before the change counts
    ("Dunmore Ferries carried 2.2 million passengers in 2024, up 10 per cent from 2.0 million in 2023. The number of cars it carried fell by 5 per cent to 380,000.",
     "Dunmore Ferries carried 150,000 cars in 2024.", "conflicting"),  # (the cars' figure, not the 2.0 million passengers)
    ("Dunmore Ferries carried 2.2 million passengers in 2024, up 10 per cent from 2.0 million in 2023. The number of cars it carried fell by 5 per cent to 380,000.",
     "Dunmore Ferries carried 2.0 million passengers in 2023.", "supported"),
    # "the number of X" / "X numbers" rose: the measure is X, not another count the claim says fell
    ("Dunmore Ferries carried 2.2 million passengers in 2024, up 10 per cent from 2.0 million in 2023. The number of cars it carried fell by 5 per cent to 380,000.",
     "Dunmore Ferries' passenger numbers rose by 200,000 in 2024.", "supported"),  # was CONFLICTING (rose / fell)
    ("Dunmore Ferries carried 2.2 million passengers in 2024, up 10 per cent from 2.0 million in 2023. The number of cars it carried fell by 5 per cent to 380,000.",
     "The number of cars Dunmore Ferries carried rose in 2024.", "conflicting"),
    # a whole number after a singular noun names which one it is ("route 7"): it counts nothing
    ("Harlow Buses added two routes in 2024: route 7 to the hospital and route 31 to the airport.",
     "Harlow Buses' new route to the airport carried 400,000 passengers in 2024.", "unverified"),  # was CONFLICTING
    ("Harlow Buses added two routes in 2024: route 7 to the hospital and route 31 to the airport.",
     "Harlow Buses added three routes in 2024.", "conflicting"),
    # proportional quantifiers: "most of", "the majority of", "the bulk of" say more than half, "a minority of" less
    ("The council received 240 objections to the Mill Lane scheme, most of them from residents of Church Street.",
     "The bulk of the objections to the Mill Lane scheme came from Church Street residents.", "supported"),  # was UNVERIFIED
    ("The council received 240 objections to the Mill Lane scheme, most of them from residents of Church Street.",
     "A minority of the objections to the Mill Lane scheme came from Church Street residents.", "conflicting"),  # was UNVERIFIED
    ("Of the 240 objections to the Mill Lane scheme, 170 came from residents of Church Street.",
     "The majority of the objections to the Mill Lane scheme came from Church Street residents.", "supported"),  # was UNVERIFIED
    # a quote put in the wrong mouth: the name set beside a description, and the description with it, are the swap
    ("The leader of the opposition group, Councillor Tom Reyes, called the cuts \"an act of vandalism\" and said the "
     "council had \"found millions for a theatre\".",
     "The cabinet member for parks, Ann Webb, called the cuts an act of vandalism.", "conflicting"),  # was UNVERIFIED
    ("The leader of the opposition group, Councillor Tom Reyes, called the cuts \"an act of vandalism\" and said the "
     "council had \"found millions for a theatre\".",
     "The opposition leader, Tom Reyes, called the cuts an act of vandalism.", "supported"),
    # "not planning a flotation" denies the flotation planned, as "no plans to float" does
    ("Anna Pike, Corvel's chief executive, said the company was not planning a flotation in 2025.",
     "Anna Pike said a flotation of Corvel was coming in 2025.", "conflicting"),  # was SUPPORTED
    ("Anna Pike, Corvel's chief executive, said the company was not planning a flotation in 2025.",
     "Anna Pike said Corvel was not planning a flotation in 2025.", "supported"),
    # a unit and a half is a length of time wherever it stands, and "by" a length after a verb of delay is one
    ("The reopening of the Kelby Lido was delayed by 18 months after cracks were found in its pool.",
     "Cracks found in its pool set the Kelby Lido's reopening back by a year and a half.", "supported"),  # was UNVERIFIED
    ("The reopening of the Kelby Lido was delayed by 18 months after cracks were found in its pool.",
     "The Kelby Lido's reopening was delayed by 12 months.", "conflicting"),  # was UNVERIFIED: "by" a length is how
    # much, whatever "after" follows (not a length between two events: "reopened 18 months after the fire")
    ("The Kelby Lido reopened 18 months after cracks were found in its pool.",
     "The Kelby Lido reopened 18 months after cracks were found in its pool.", "supported"),
    # a denial of an act done to one named thing is no contradiction of the act done to another
    ("The Harton Museum's annual grant of £90,000 was not cut. The museum, which the council owns, reopened in May after a refit.",
     "The council that is cutting the Kelby Players' grant owns the Harton Museum.", "unverified"),  # was CONFLICTING
    ("The Harton Museum's annual grant of £90,000 was not cut. The museum, which the council owns, reopened in May after a refit.",
     "The council is cutting the Harton Museum's grant.", "conflicting"),
    # figures twenty times apart in other digits measure two things; the same digits under another scale word
    # are one figure misreported
    ("Kelby's new tram line is due to open in September 2026, at a cost of £312 million.",
     "A single journey on Kelby's new tram line will cost £2.", "unverified"),  # was CONFLICTING
    ("Kelby's new tram line is due to open in September 2026, at a cost of £312 million.",
     "Kelby's new tram line will cost £3.12 billion.", "conflicting"),
    ("Kelby's new tram line is due to open in September 2026, at a cost of £312 million.",
     "Kelby's new tram line will cost £350 million.", "conflicting"),
    # how far a cost went past its budget is the difference of the two the claim gives
    ("The final cost of the Kelby Lido's restoration was £8.4 million, against an original budget of £5.6 million.",
     "The Kelby Lido's restoration ran £2.8m over its original £5.6m budget.", "supported"),  # was CONFLICTING
    ("The final cost of the Kelby Lido's restoration was £8.4 million, against an original budget of £5.6 million.",
     "The Kelby Lido's restoration ran £3.5m over budget.", "conflicting"),
    # a denial of a narrower kind backs no wider denial
    ("Police had expected around 20 arrests at the Tarn festival, but made no arrests for violence.",
     "Police made no arrests at the Tarn festival.", "unverified"),  # was SUPPORTED
    ("Police had expected around 20 arrests at the Tarn festival, but made no arrests for violence.",
     "Police made no arrests for violence at the Tarn festival.", "supported"),
    # guards found by the session's review: each rule above where it must not reach
    ("Arrow Buses will withdraw route 14 to the business park in May.",
     "Arrow Buses will withdraw 14 routes in May.", "unverified"),  # (was SUPPORTED: a numbered route is no count)
    ("Ann Lee, Holbridge's chief executive, has an annual salary of £180,000.",
     "Ann Lee, Holbridge's chief executive, has a salary of £180,000.", "supported"),
    ("Ann Lee, Holbridge's chief executive, has an annual salary of £180,000.",
     "Ann Lee, Holbridge's chief executive, has a salary of £210,000.", "conflicting"),
    ("Holbridge libraries lent 210,000 books to 18,000 members last year, up 6 per cent from 198,000.",
     "Holbridge libraries lent 198,000 books the year before.", "supported"),  # (198,000 books, not members)
    ("The majority of Arrow Buses passengers in Holbridge use a concession pass.",
     "Nine in ten Arrow Buses passengers in Holbridge use a concession pass.", "unverified"),  # ("most" has no ceiling)
    ("Labour held Holbridge with a majority of just 312 votes.",
     "Fewer than half of voters in Holbridge backed Labour.", "unverified"),  # (a majority of votes is a margin)
    ("The state pension age in the Holbridge scheme rises by a year, to 67.",
     "The state pension age in the Holbridge scheme rises to 67.", "supported"),
    ("None of the 14 Holbridge libraries closed in 2024, and the council is now reviewing the service.",
     "Several of the 14 Holbridge libraries closed in 2024.", "conflicting"),
    ("None of the 14 Holbridge libraries closed in 2024, and the council is now reviewing the service.",
     "Holbridge council is now reviewing the library service.", "supported"),
    ("The crash on the A38 near Holbridge was caused by speeding, police said.",
     "The crash on the A38 near Holbridge was not caused by ice.", "unverified"),
    ("Arrow Foods is not planning a stock market flotation, its chairman said.",
     "Arrow Foods has no plans for a flotation.", "supported"),
    ("Greggs will open 12 more shops in Holbridge in 2025.",
     "Greggs will open 30 shops in Holbridge in 2025.", "conflicting"),
]
# who speaks, told after the words said: quotative inversion ("..., said Mara Delgado") and a verb of
# saying in a manner ("..., Mara Delgado insisted"), against a claim that has her say it
_SPEAKERS_AFTER = [
    ("Harwick's chief constable, Mara Delgado, said the inspectors' report was harsh but fair.",
     "The inspectors' report was harsh but fair, said Mara Delgado.", "supported"),
    ("Harwick's chief constable, Mara Delgado, said the inspectors' report was harsh but fair.",
     "\u201cThe report was harsh but fair,\u201d said Harwick's chief constable, Mara Delgado.", "supported"),
    ("Harwick's chief constable, Mara Delgado, said the inspectors' report was harsh but fair.",
     "The inspectors' report was harsh but fair, Mara Delgado insisted.", "supported"),
    ("Harwick's chief constable, Mara Delgado, said the inspectors' report was harsh but fair.",
     "The inspectors' report was harsh but fair, said Tom Reed.", "conflicting"),
    ("Harwick's chief constable, Mara Delgado, said the inspectors' report was harsh but fair.",
     "The inspectors' report was unfair, said Mara Delgado.", "conflicting"),
    ("The Ashby Road library will close in June 2025, said Priya Lal, the leader of Kelby council.",
     "Kelby council's leader, Priya Lal, said the Ashby Road library would close in June 2025.", "supported"),
    ("The Ashby Road library will close in June 2025, said Priya Lal, the leader of Kelby council.",
     "The Ashby Road library will close in July 2025, Priya Lal warned.", "conflicting"),
    # (a review's pairs: what the inversion must not take for a speaker)
    ("'The ward will reopen on 4 March,' said Kelby General's chief nurse, Ann Lee.",
     "Kelby General's chief nurse, Ann Lee, said the ward would reopen on 4 March.", "supported"),
    ("Ashby Rovers signed Joe Hart in January, manager Ann Lee said.",
     "Ashby Rovers signed Joe Hart in January, adding Tom Bray.", "unverified"),
    ("Kelby Rovers beat Ashby Town 3-1 on Saturday to win the Kelby Cup, manager Joe Hart said.",
     "Kelby Rovers beat Ashby Town 3-1 on Saturday, claiming the Kelby Cup.", "supported"),
    ("Tom Bray said Kelby Hospital had warned of a rise in flu cases.",
     "The Ashby Echo reported that Kelby Hospital had warned of a rise in flu cases.", "conflicting"),
    # a name, a role set off after it, then the verb of saying: the name speaks
    ("Kelby Rovers' accounts for 2024 were correct, the club secretary, Ann Lee, said.",
     "Ann Lee, the club secretary, insisted that Kelby Rovers' accounts for 2024 were correct.", "supported"),
    ("Kelby Rovers' accounts for 2024 were correct, the club secretary, Ann Lee, said.",
     "Tom Bray, the club secretary, insisted that Kelby Rovers' accounts for 2024 were correct.", "conflicting"),
]
# a denial of a plan told as reports denied: what is planned is denied too ("denied reports that the
# club was planning to sell its ground" says it will not sell, as "is not planning to sell" says)
_PLANS_DENIED = [
    ("Tom Bray denied reports that Kelby Rovers was planning to sell its Eastgate ground.",
     "Kelby Rovers intends to sell its Eastgate ground.", "conflicting"),
    ("Tom Bray denied reports that Kelby Rovers was planning to sell its Eastgate ground.",
     "Kelby Rovers will sell its Eastgate ground, Tom Bray confirmed.", "conflicting"),
    ("The council dismissed claims that it was planning to close Ashby Road library.",
     "The council aims to close Ashby Road library.", "conflicting"),
    ("Tom Bray denied reports that Kelby Rovers was planning to sell its Eastgate ground.",
     "Kelby Rovers has no plans to sell its Eastgate ground.", "supported"),
    # ... a denial of another verb than a plan's leaves what follows it alone
    ("Tom Bray denied reports that Kelby Rovers had agreed to sell its Eastgate ground.",
     "Kelby Rovers has agreed to sell its Eastgate ground.", "conflicting"),
]
# "its" in a later clause of a sentence tells of the name the sentence opens on: the figure there is
# that name's, and another name's figure is no answer to it
_ITS_OF_THE_SUBJECT = [
    ("Harlow Bakeries' sales rose by 4 per cent to £31.2 million in 2024, and its pre-tax profit fell to £1.1 million.",
     "Marsden Foods made a pre-tax profit of £9m in 2024.", "unverified"),
    ("Harlow Bakeries' sales rose by 4 per cent to £31.2 million in 2024, and its pre-tax profit fell to £1.1 million.",
     "Harlow Bakeries made a pre-tax profit of £1.1m in 2024.", "supported"),
    ("Harlow Bakeries' sales rose by 4 per cent to £31.2 million in 2024, and its pre-tax profit fell to £1.1 million.",
     "Harlow Bakeries made a pre-tax profit of £9m in 2024.", "conflicting"),
]
# what a claim does not vouch for backs nothing: a question ("declined to say whether ... would"), what
# no evidence shows; and a plan given up is no plan, and what it planned will not be done
_NOT_VOUCHED_FOR = [
    ("Dunmore Buses declined to say whether the 17 route would be withdrawn in 2026.",
     "The 17 bus route will be withdrawn in 2026.", "unverified"),
    ("Councillor Ruth Penhale would not say whether she would stand again in May 2026.",
     "Ruth Penhale announced that she would stand again in May 2026.", "unverified"),
    ("Councillor Ruth Penhale would not say whether she would stand again in May 2026.",
     "Ruth Penhale would not say whether she would stand for the council again in May 2026.", "supported"),
    ("Dunmore Buses declined to say whether the 17 route would be withdrawn in 2026.",
     "Dunmore Buses would not say if the 17 route would be withdrawn in 2026.", "supported"),
    ("There is no evidence that the Marston Road depot has polluted the River Lune, an Environment Agency report found.",
     "The Marston Road depot has polluted the River Lune.", "unverified"),
    ("There is no evidence that the Marston Road depot has polluted the River Lune, an Environment Agency report found.",
     "An Environment Agency report found no evidence that the Marston Road depot has polluted the River Lune.", "supported"),
    ("Westmere Rail abandoned plans to build a station at Kirby Moor in March 2025.",
     "Westmere Rail will build a station at Kirby Moor.", "conflicting"),
    ("Westmere Rail abandoned plans to build a station at Kirby Moor in March 2025.",
     "Westmere Rail has no plans to build a station at Kirby Moor.", "supported"),
    ("Harlow Council has scrapped its plan to close Ashby Road library.",
     "Harlow Council is going to close Ashby Road library.", "conflicting"),
    # "blocked" a thing decided on: a decision against it, the opposite of backing it
    ("Kelby councillors blocked plans for a lorry park at Tinsley in 2024.",
     "Kelby councillors backed plans for a lorry park at Tinsley in 2024.", "conflicting"),
    ("Kelby councillors blocked plans for a lorry park at Tinsley in 2024.",
     "Kelby councillors rejected plans for a lorry park at Tinsley in 2024.", "supported"),
    # a vote's side against another's, of the same voter
    ("Kelby councillors voted to reject the Tinsley quarry plan in June 2025.",
     "Kelby councillors voted against the Tinsley quarry plan in June 2025.", "supported"),
    ("Kelby councillors voted to reject the Tinsley quarry plan in June 2025.",
     "Kelby councillors voted for the Tinsley quarry plan in June 2025.", "conflicting"),
    ("Kelby councillors voted to close Ashby Road library in June 2025.",
     "Kelby councillors voted to close Ashby Road library in June 2025, by nine votes to four.", "unverified"),
    # ... of the same voter: one councillor's vote in a relative clause is no answer to the council's
    ("Councillor Ann Vale, who voted against the library grant, said the money should come from the county.",
     "Kelby councillors voted to give the library a grant.", "unverified"),
    ("Councillor Ann Vale, who voted against the library grant, said the money should come from the county.",
     "Councillor Ann Vale voted for the library grant.", "conflicting"),
    ("Councillor Ann Vale of the Kelby Green Party, who voted against the library grant, said the money should come from the county.",
     "Ann Vale voted in favour of the library grant.", "conflicting"),
    # ... nor one body's vote to another's
    ("Kelby's planning committee voted to refuse the Tinsley quarry plan in June 2025.",
     "Kelby's full council voted to approve the Tinsley quarry plan in June 2025.", "unverified"),
    ("Kelby's planning committee voted to refuse the Tinsley quarry plan in June 2025.",
     "Kelby's planning committee voted to approve the Tinsley quarry plan in June 2025.", "conflicting"),
    # (a review's pairs: what these readings must leave alone)
    ("Linton Council has not decided whether to sell Hollins Hall and will hold a public meeting in May 2026.",
     "Linton Council will hold a public meeting in May 2026.", "supported"),
    ("Westby Council scrapped its plan for a congestion charge in the town centre in 2025.",
     "Westby Council scrapped its congestion charge plan in 2025.", "supported"),
    ("Linton Council said in March 2025 it had not abandoned its plans to build a bypass around Linton.",
     "Linton Council plans to build a bypass around Linton.", "supported"),
    ("Carlton Rovers scrapped plans to build a stand in 2025 and will build a museum instead.",
     "Carlton Rovers will build a museum.", "supported"),
    ("The magistrate stopped short of a jail term in May 2025, fining Ian Rowe £500 instead.",
     "The magistrate fined Ian Rowe £500 in May 2025.", "supported"),
    ("Neither Ford nor Cole was available in May 2025, but Hart confirmed the closure of the depot.",
     "Hart confirmed the closure of the depot in May 2025.", "supported"),
    # "stopped short of" an act: it was not done; "neither A nor B did": none of them did
    ("Judge Ann Carver stopped short of jailing Kelby landlord Ray Moss in April 2025.",
     "Judge Ann Carver jailed Kelby landlord Ray Moss in April 2025.", "conflicting"),
    ("Judge Ann Carver stopped short of jailing Kelby landlord Ray Moss in April 2025.",
     "Judge Ann Carver did not jail Kelby landlord Ray Moss in April 2025.", "supported"),
    ("Neither the chairman nor the directors of Kelby Rovers replied to the fans' letter in May 2025.",
     "The directors of Kelby Rovers replied to the fans' letter in May 2025.", "conflicting"),
    ("Neither the chairman nor the directors of Kelby Rovers replied to the fans' letter in May 2025.",
     "Kelby Rovers' chairman did not reply to the fans' letter in May 2025.", "supported"),
]
_READ_IN_SESSION_41 = (_ASKED_FOR + _LEFT_NO_CHOICE + _KINDS_OF_PLACE + _A_PLACE_FOR_A_PARTY + _MEMBERS_DENIED + _NAMES_READ_WHOLE + _DIFFERENCES_OF_A_RATE + _CLUBS_PAST_A_DEMONYM
                       + _NUMBERED_NAMES)
_READ_WHOLE = _COMPARED_TIMES + _GUARDS_OF_THE_READING + _LENGTHS_TO_A_COARSER_UNIT + _RELATIVES_AFTER_APPOSITIVES + _BOUNDED_DENIALS + _EDITIONS + _GRADES
_KELBY_SHOW = ("Kelby Show", "Organisers of the Kelby Show said they would not move the Kelby Show out of Brook Park.")
_HEAT = ("Heat", "Temperatures in Harby reached 34C on 19 July 2022.")
_FARES = ("Fares", "Marwick Rail increased peak fares by 5% in January 2025.")
_CUP_FINAL = ("Cup final", "Ravensby Rovers beat Calder Athletic 3-1 in the county cup final on 12 April 2024.")
_KELBY_PESTS = ("Kelby pests", "Reports of rats to Kelby Council rose by 64 per cent in December 2024, to 410.")
_GIFT_TO_A_FOOD_BANK = ("Food bank", "The Greenway Trust donated £50,000 to Hallam Food Bank.")
_BAKERY = ("Bakery", "The Fernley Road bakery can bake 60,000 loaves a day, three times the capacity of the Mill Lane bakery.")
_WATER = ("Water", "Homes in Harby were without water for 48 hours after the main burst on 3 May 2024.")
_ESTATE = ("Estate", "Kelby Bakery is the oldest firm on the Brayford estate.")
_SCHOOLS = ("Schools", "All but two of the 30 schools in Hendry met the national reading target in 2024.")
_A_AND_E = ("A&E", "Kelby Hospital met its four-hour A&E target in March 2025.")
_READ_IN_SESSION_55 = [
    # an opposite act on a named thing a common noun may stand for:
    # "the event" may be what the claim calls "the Kelby Show": no two things are told apart
    (_KELBY_SHOW, "Organisers of the Kelby Show said they would move the event out of Brook Park.", "conflicting"),
    # a temperature written onto its figure is in degrees:
    (_HEAT, "Temperatures in Harby reached 34 degrees on 19 July 2022.", "supported"),  # was UNVERIFIED
    (_HEAT, "Temperatures in Harby reached 43C on 19 July 2022.", "conflicting"),  # was UNVERIFIED
    # a verb of one form before a bare plural object is a verb:
    # "Marwick Rail cut peak fares": a name, a verb of one form in past and present and a plural noun phrase
    # with no determiner are subject, verb and object (the plural was read as the verb, "cut" as a noun)
    (_FARES, "Marwick Rail cut peak fares by 5% in January 2025.", "conflicting"),  # was SUPPORTED
    (_FARES, "Marwick Rail cut peak fares in January 2025.", "conflicting"),  # was SUPPORTED
    (_FARES, "Marwick Rail raised peak fares by 5% in January 2025.", "supported"),
    # the subject of a passive is the party done to:
    # "Ravensby Rovers were beaten by Calder Athletic" is "Calder Athletic beat Ravensby Rovers"
    (_CUP_FINAL, "Ravensby Rovers were beaten by Calder Athletic in the county cup final.", "conflicting"),  # was SUPPORTED
    (_CUP_FINAL, "Calder Athletic beat Ravensby Rovers in the county cup final.", "conflicting"),
    (_CUP_FINAL, "Calder Athletic were beaten by Ravensby Rovers in the county cup final.", "supported"),
    # only the passive's own subject is the party done to
    (_CUP_FINAL, "Ravensby Rovers' neighbours Harby Town were beaten by Calder Athletic.", "unverified"),
    (_CUP_FINAL, "In a blow to Ravensby Rovers, Harby Town were beaten by Calder Athletic.", "unverified"),
    # a share measuring a change is read as one:
    # "a rise of almost two-thirds", "up a third": a change by a share written in words
    (_KELBY_PESTS, "Reports of rats to Kelby Council reached 410 in December 2024, a rise of almost two-thirds.", "supported"),  # was UNVERIFIED
    (_KELBY_PESTS, "Reports of rats to Kelby Council reached 410 in December 2024, a rise of about a fifth.", "conflicting"),  # was UNVERIFIED
    # a gift told by the one given to:
    # "A donated £50,000 to B" is "B received £50,000 from A"; from B to A is another gift
    (_GIFT_TO_A_FOOD_BANK, "Hallam Food Bank received £50,000 from the Greenway Trust.", "supported"),  # was UNVERIFIED
    (_GIFT_TO_A_FOOD_BANK, "Hallam Food Bank received £60,000 from the Greenway Trust.", "conflicting"),
    (_GIFT_TO_A_FOOD_BANK, "Hallam Food Bank donated £50,000 to the Greenway Trust.", "conflicting"),
    # a multiple of a named amount:
    # "double the capacity of", "three times the cost of": a multiple of an amount the noun names
    (_BAKERY, "The Fernley Road bakery has double the capacity of the Mill Lane bakery.", "conflicting"),  # was UNVERIFIED
    (_BAKERY, "The Fernley Road bakery has three times the capacity of the Mill Lane bakery.", "supported"),
    # a multiple of another measure is no answer to it
    (_BAKERY, "The Fernley Road bakery cost three times the price of the Mill Lane bakery.", "unverified"),
    # a length of time for which something lasted after an event:
    # "without water for 48 hours after the main burst": how long it lasted, no interval between two events
    (_WATER, "Homes in Harby were without water for three days after the main burst.", "conflicting"),  # was UNVERIFIED
    (_WATER, "Homes in Harby were without water for a week after the main burst.", "conflicting"),  # was UNVERIFIED
    (_WATER, "Homes in Harby were without water for two days after the main burst.", "supported"),
    # the newest is the opposite of the oldest:
    # "newest" and "newer" are comparisons, though "new" is a word too common to tell anything
    (_ESTATE, "Kelby Bakery is the newest firm on the Brayford estate.", "conflicting"),  # was SUPPORTED
    (_ESTATE, "Kelby Bakery is the oldest business on the Brayford estate.", "supported"),
    # all but so many tells the rest too:
    # "all but two of the 30 schools met the target": 28 met it, and two (the rest) missed it
    (_SCHOOLS, "Twenty-eight of Hendry's 30 schools met the national reading target in 2024.", "supported"),  # was CONFLICTING
    (_SCHOOLS, "Two of Hendry's 30 schools missed the national reading target in 2024.", "supported"),
    (_SCHOOLS, "Three of Hendry's 30 schools missed the national reading target in 2024.", "conflicting"),
    (_SCHOOLS, "Hendry's schools missed the national reading target in 2024.", "conflicting"),  # was UNVERIFIED
    # a target missed is the opposite of one met:
    (_A_AND_E, "Kelby Hospital missed its four-hour A&E target in March 2025.", "conflicting"),  # was UNVERIFIED
    (_A_AND_E, "Kelby Hospital's chief executive met the health minister in March 2025.", "unverified"),
]
_COUNCIL_BUDGET = ("Council budget", "Harby Borough Council will raise council tax by 3.5 per cent and cut £6 million from spending in 2025-26.")
_CLUB_SALE = ("Club sale", "Marbury Town Football Club has been bought by Castlegate Partners for £18 million.")
_WIND_FARM_SALE = ("Wind farm sale", "Selwyn Energy has sold the Brenfield wind farm to Ostrava Power for £80 million.")
_TRUST_CHIEF = ("Trust chief", "Harlow Hospitals Trust has dismissed its chief executive, Dana Pryor, after a critical inspection report.")
_MORTGAGE_RATES = ("Mortgage rates", "Kelby Building Society increased its mortgage rates by 0.25 percentage points in May 2025.")
_WATER_JOBS = ("Water jobs", "Tarrow Water will cut 340 jobs, about 12 per cent of its workforce.")
_HARBOUR_PROFIT = ("Harbour results", "Kelby Harbour made a pre-tax profit of £8.2 million in 2024, down from £9.5 million in 2023, "
                                      "on revenue that rose by 4 per cent.")
_NEW_CHIEF = ("New chief", "Harrowdene Hospitals Trust appointed Simon Kettering as its chief executive in August 2025; "
                          "he takes up the post on 1 October 2025.")
_PLAYER_LOAN = ("Player loan", "Harbridge Athletic lent striker Ben Oyelaran to Tadley Town for the rest of the season.")
_COUNCIL_LOAN = ("Council loan", "Tadley Town Council borrowed £12 million from the Public Works Loan Board.")
_JOB_CUTS = ("Job cuts", "Orrin Motors will cut 800 jobs at its Hartby plant by the end of 2026.")
_TREASURER = ("Treasurer", "Ella Moss acted as treasurer of Tadley Bowls Club in 2024.")
_AIRFIELD_VOTE = ("Airfield vote", "Ferrowby councillors approved plans for 300 homes on the old airfield by nine votes to four.")
_LORRY_PARK_VOTE = ("Lorry park vote", "Plans for a lorry park at Kelby were rejected by Harby councillors by 30 votes to 12.")
_STRIKE_BALLOT = ("Strike ballot", "Members of the Harby branch of Unison voted by 214 to 37 to strike over pay.")
_ORCHESTRA_BALLOT = ("Orchestra ballot", "Kelby Orchestra players voted 41 to 9 in favour of industrial action.")
_SLIPWAY_VOTE = ("Slipway vote", "The Tollmouth harbour board blocked the sale of the old slipway to a developer by five votes to four.")
_BY_ELECTION = ("By-election", "Harriet Dale defeated Owen Price by 41,236 votes to 35,870 in the Kelby by-election.")
_READ_IN_SESSION_56 = [
    # a vote's tally tells its two sides: "approved by nine votes to four" is nine for and four against
    (_AIRFIELD_VOTE, "Four Ferrowby councillors voted against plans for 300 homes on the old airfield.", "supported"),  # was CONFLICTING
    (_AIRFIELD_VOTE, "Nine Ferrowby councillors backed plans for 300 homes on the old airfield.", "supported"),  # was UNVERIFIED
    (_AIRFIELD_VOTE, "Six Ferrowby councillors voted against plans for 300 homes on the old airfield.", "conflicting"),
    (_AIRFIELD_VOTE, "Ferrowby councillors rejected plans for 300 homes on the old airfield.", "conflicting"),
    (_LORRY_PARK_VOTE, "Twelve Harby councillors backed plans for a lorry park at Kelby.", "supported"),  # was CONFLICTING
    (_LORRY_PARK_VOTE, "Twelve Harby councillors voted against plans for a lorry park at Kelby.", "conflicting"),
    # a side's count is checked against the tally's own figure (a claim whose figures tell acts too once failed on it)
    (("Job plans", "Harby councillors rejected plans to cut 40 jobs by nine votes to four."),
     "Four Harby councillors backed plans to cut 40 jobs.", "supported"),
    (("Job plans", "Harby councillors rejected plans to cut 40 jobs by nine votes to four."),
     "Nine Harby councillors backed plans to cut 40 jobs.", "conflicting"),
    # a ballot's tally before what was voted for: "voted by 214 to 37 to strike"
    (_STRIKE_BALLOT, "Thirty-seven Unison members voted against striking.", "supported"),
    (_STRIKE_BALLOT, "Forty Unison members voted against striking.", "conflicting"),
    (_ORCHESTRA_BALLOT, "Nine Kelby Orchestra players voted against industrial action.", "supported"),
    (_ORCHESTRA_BALLOT, "Twelve Kelby Orchestra players voted against industrial action.", "conflicting"),
    # ... and the body's vote is for what its tally is followed by
    (_STRIKE_BALLOT, "Members of the Harby branch of Unison voted against a strike over pay.", "conflicting"),  # was SUPPORTED
    (_ORCHESTRA_BALLOT, "Kelby Orchestra players voted against industrial action.", "conflicting"),  # was UNVERIFIED
    # other voters are no side of the claim's vote, nor is an election's count a side of a decision
    (_SLIPWAY_VOTE, "Four fishermen supported the sale of the old slipway.", "unverified"),
    (_SLIPWAY_VOTE, "Four members of the harbour board supported the sale of the old slipway.", "supported"),
    (_BY_ELECTION, "35,870 people voted for Harriet Dale.", "unverified"),
    # a loan is told from both sides by "lend" and "borrow", and is no sale
    (_PLAYER_LOAN, "Tadley Town borrowed Ben Oyelaran from Harbridge Athletic.", "supported"),
    (_PLAYER_LOAN, "Tadley Town bought Ben Oyelaran from Harbridge Athletic.", "unverified"),
    # "lent Tadley Town Council £12 million": the first of two objects is the one given to
    (_COUNCIL_LOAN, "The Public Works Loan Board lent Tadley Town Council £12 million.", "supported"),
    (_COUNCIL_LOAN, "Tadley Town Council lent the Public Works Loan Board £12 million.", "conflicting"),
    # job-cut verbs of news English tell one act
    (_JOB_CUTS, "Orrin Motors is to axe 800 jobs at Hartby.", "supported"),  # was UNVERIFIED
    (_JOB_CUTS, "Orrin Motors will shed 800 jobs at its Hartby plant.", "supported"),  # was UNVERIFIED
    (_JOB_CUTS, "Orrin Motors will shed 900 jobs at its Hartby plant.", "conflicting"),
    # a synonym in a later sense of one word says it, but its denial contradicts nothing: "acted as" is no "played"
    (_TREASURER, "Ella Moss did not play for Tadley Bowls Club in 2024.", "unverified"),
    # a date of the very day is the statement's, unless the best-aligned date is its own act's
    (_NEW_CHIEF, "Simon Kettering starts as the trust's chief executive on 1 October.", "supported"),  # was CONFLICTING
    (_NEW_CHIEF, "Simon Kettering was appointed chief executive on 1 October 2025.", "conflicting"),
    (_NEW_CHIEF, "Simon Kettering starts as the trust's chief executive on 1 November 2025.", "conflicting"),
    # a relative clause's verb of change tells its antecedent's change: "revenue that rose" is no rise of profit
    (_HARBOUR_PROFIT, "Pre-tax profit at Kelby Harbour fell in 2024.", "supported"),  # was CONFLICTING
    (_HARBOUR_PROFIT, "Pre-tax profit at Kelby Harbour fell by £1.3 million in 2024.", "supported"),  # was CONFLICTING
    (_HARBOUR_PROFIT, "Revenue at Kelby Harbour fell in 2024.", "conflicting"),
    # synonyms in WordNet's first five senses of each word: "dismiss" is "sack" and "fire" in its fourth
    (_TRUST_CHIEF, "Harlow Hospitals Trust sacked its chief executive, Dana Pryor.", "supported"),  # was UNVERIFIED
    (_TRUST_CHIEF, "Harlow Hospitals Trust has fired Dana Pryor.", "supported"),  # was UNVERIFIED
    (_TRUST_CHIEF, "Harlow Hospitals Trust has promoted its chief executive, Dana Pryor.", "unverified"),
    (_TRUST_CHIEF, "Harlow Hospitals Trust sacked its finance director, Tom Reed.", "unverified"),
    # a fraction of a unit told with an article: "a quarter of a percentage point" is 0.25 points, no share of 25%
    (_MORTGAGE_RATES, "Kelby Building Society raised its mortgage rates by a quarter of a percentage point in May 2025.", "supported"),  # was UNVERIFIED
    (_MORTGAGE_RATES, "Kelby Building Society raised its mortgage rates by half a percentage point in May 2025.", "conflicting"),  # was UNVERIFIED
    # a whole per cent is a share in words rounded: "about one in eight" (12.5%) for "about 12 per cent"
    (_WATER_JOBS, "About one in eight jobs at Tarrow Water will be cut.", "supported"),  # was UNVERIFIED
    # a figure's noun phrase ends at a conjunction: "by 3.5 per cent and cut £6 million" tells no cut of 3.5%
    (_COUNCIL_BUDGET, "Council tax in Harby will go up by 3.5 per cent in 2025-26.", "supported"),  # was CONFLICTING
    (_COUNCIL_BUDGET, "Harby's council tax will rise by 3.5 per cent.", "supported"),  # was CONFLICTING
    (_COUNCIL_BUDGET, "Council tax in Harby will go down by 3.5 per cent in 2025-26.", "conflicting"),
    # a transfer told by the giver and by the one given to: the passive's subject is the thing passed on
    (_CLUB_SALE, "Marbury Town has been sold to Castlegate Partners.", "supported"),  # was CONFLICTING
    (_CLUB_SALE, "Marbury Town Football Club was sold to Kelby Capital.", "conflicting"),
    (_CLUB_SALE, "Castlegate Partners sold Marbury Town Football Club.", "conflicting"),
    (_WIND_FARM_SALE, "The Brenfield wind farm was bought by Ostrava Power.", "supported"),  # was UNVERIFIED
    (_WIND_FARM_SALE, "The Brenfield wind farm was acquired by Ostrava Power.", "supported"),  # was UNVERIFIED
    (_WIND_FARM_SALE, "The Brenfield wind farm was bought by Selwyn Energy.", "conflicting"),
    (_WIND_FARM_SALE, "Selwyn Energy bought the Brenfield wind farm from Ostrava Power.", "conflicting"),
]
_BAKERY_DEAL = ("Bakery deal", "Corvel Foods has agreed to buy the bakery chain Marrin's for £12 million.")
_SKATE_PARK = ("Skate park", "Ashby Town Council voted to fund a new skate park in Mill Lane.")
_THIRD_BAKER = ("Baker's results", "Corvel Foods, the third-largest baker in Wessex, made a profit of £3 million in 2024.")
_MILL_SALE = ("Mill sale", "The sale of Harby Mill is expected to be completed in March 2026.")
_ARTS_BUDGET = ("Arts budget", "Kelby Council will cut its arts budget from £4.8 million to £3.6 million in 2026.")
_STORE_CLOSURES = ("Store closures", "Pellmark Stores will close 14 stores by the end of August 2025.")
_JOBS_ON_TOP = ("Job cuts", "Orrin Motors will cut 800 jobs at its Hartby plant, on top of the 400 it cut in 2024.")
_WATER_PROFIT = ("Water results", "Tarrow Water made a pre-tax profit of £9.4 million in 2024, up from £9.1 million in 2023.")
_AIRPORT_PASSENGERS = ("Airport figures", "Kelby Airport handled 2.1 million passengers in 2024, down 4 per cent on 2023.")
_BUS_PASSENGERS = ("Bus results", "Harby Buses carried 14.2 million passengers in 2024, up 6 per cent on 2023, while its profit fell to £1.1 million.")
_BREWING_SITE = ("Brewery", "Greystone Drinks will keep brewing at the Tollbridge Brewery site in Hexley for at least five years.")
_GAS_RESULTS = ("Gas results", "Tarrow Gas made a pre-tax profit of £12.1 million in the six months to 30 June 2025, up from "
                "£9.8 million in the six months to 30 June 2024, and its revenue fell by 4 per cent.")
_RAIL_PROFIT = ("Rail results", "Harby Rail made a profit of £3.1 million in 2024, compared with £1.4 million in 2023.")
_KELBY_PASSENGERS = ("Airport figures", "Kelby Airport handled 1.5 million passengers in 2024, up from 1.2 million in 2023.")
_SECOND_LANDLORD = ("Landlords", "Calder Homes is the largest landlord in Northgate after Northgate City Council.")
_THIRD_AIRPORT = ("Airport ranking", "Ashby Airport is the busiest airport in Wessex after Kelby Airport and Harlow Airport.")
_DUTCH_MAKER = ("Car makers", "Kesh Motors, the second-largest car maker in the Netherlands, made a loss in 2024.")
_READ_IN_SESSION_57 = [
    # subject control: who agrees (decides, plans ...) to do it does it, so the roles swapped contradict the claim
    (_BAKERY_DEAL, "Marrin's has agreed to buy Corvel Foods for £12 million.", "conflicting"),  # was SUPPORTED
    (_BAKERY_DEAL, "Marrin's has agreed to take over Corvel Foods for £12 million.", "conflicting"),  # was SUPPORTED
    (_BAKERY_DEAL, "Marrin's has decided to acquire Corvel Foods.", "conflicting"),  # was UNVERIFIED
    (_BAKERY_DEAL, "Corvel Foods has agreed to take over Marrin's for £12 million.", "supported"),
    # "is to buy" is a future arranged, done by its subject, no passive
    (_BAKERY_DEAL, "Marrin's is to buy Corvel Foods for £12 million.", "conflicting"),  # was SUPPORTED
    (_BAKERY_DEAL, "Corvel Foods is to buy Marrin's for £12 million.", "supported"),
    # a vote against doing something is a vote not to do it
    (_SKATE_PARK, "Ashby Town Council voted against funding a new skate park in Mill Lane.", "conflicting"),  # was SUPPORTED
    (_SKATE_PARK, "Ashby Town Council voted in favour of funding a new skate park.", "supported"),
    # "Wessex's largest baker" holds first place in Wessex: the possessive names the field, as "in" does
    (_THIRD_BAKER, "Corvel Foods is Wessex's largest baker.", "conflicting"),  # was SUPPORTED
    (_THIRD_BAKER, "Corvel Foods is Wessex's third-largest baker.", "supported"),
    # ... but "is to blame" is passive in sense: the subject is the one blamed
    (("Bypass delays", "Harby Council blamed Tarrant Homes for the delays to the bypass."),
     "Tarrant Homes is to blame for the delays to the bypass, Harby Council said.", "supported"),
    # a vote against an act is the voter's: one councillor's, or a count of councillors', is no body's decision
    (("Depot contract", "Harby Council voted against renewing its contract with Brisk Logistics."),
     "Councillor Peter Voss voted to renew Harby Council's contract with Brisk Logistics.", "unverified"),
    (("Depot contract", "Harby Council voted against renewing its contract with Brisk Logistics."),
     "Harby Council voted to renew its contract with Brisk Logistics.", "conflicting"),  # was UNVERIFIED
    (_SKATE_PARK, "Two Ashby town councillors voted against funding a new skate park in Mill Lane.", "unverified"),
    # "voted against parking charges": the word in -ing modifies a noun, and denies no parking
    (("Station parking", "Drivers can still park free at Ashby station after Harby Council voted against parking charges."),
     "Drivers can still park free at Ashby station.", "supported"),
    # a degree after the object of a verb of change ("will cut its arts budget by a third") is that verb's
    (_ARTS_BUDGET, "Kelby Council will cut its arts budget by a third in 2026.", "conflicting"),  # was UNVERIFIED
    (_ARTS_BUDGET, "Kelby Council will cut its arts budget by a quarter in 2026.", "supported"),
    (_ARTS_BUDGET, "Kelby Council will cut its arts budget by £1.5 million in 2026.", "conflicting"),  # was UNVERIFIED
    # "another 14 stores", "a further 14", "14 more": one more beyond another, which a claim of 14 alone does not tell
    (_STORE_CLOSURES, "Pellmark Stores will close another 14 stores.", "unverified"),  # was SUPPORTED
    (_STORE_CLOSURES, "Pellmark Stores will close a further 14 stores.", "unverified"),  # was SUPPORTED
    (_STORE_CLOSURES, "Pellmark Stores will close 14 more stores.", "unverified"),  # was SUPPORTED
    (_STORE_CLOSURES, "Pellmark Stores will close more than ten stores.", "supported"),
    (_JOBS_ON_TOP, "Orrin Motors will cut another 800 jobs at its Hartby plant.", "supported"),
    # a denied change against a change told the other way in news' words ("up from", "down 4 per cent")
    (_WATER_PROFIT, "Tarrow Water's pre-tax profit did not fall in 2024.", "supported"),  # was UNVERIFIED
    (_WATER_PROFIT, "Tarrow Water's pre-tax profit did not rise in 2024.", "conflicting"),  # was UNVERIFIED
    (_WATER_PROFIT, "Tarrow Water's revenue did not fall in 2024.", "unverified"),  # (another measure)
    (_AIRPORT_PASSENGERS, "Passenger numbers at Kelby Airport did not grow in 2024.", "supported"),  # was UNVERIFIED
    (_AIRPORT_PASSENGERS, "Passenger numbers at Kelby Airport did not fall in 2024.", "conflicting"),  # was UNVERIFIED
    # ... of the measure the statement names: another's fall is no answer, nor is a denial of degree
    (_BUS_PASSENGERS, "Passenger numbers at Harby Buses did not fall in 2024.", "supported"),  # was CONFLICTING
    (_BUS_PASSENGERS, "Passenger numbers at Harby Buses did not rise in 2024.", "conflicting"),  # was UNVERIFIED
    (_BUS_PASSENGERS, "Harby Buses' passenger numbers did not rise as fast as its costs in 2024.", "unverified"),
    # ... the measure a mark of change is told of: what the figure before it counts or is "of"
    (_GAS_RESULTS, "Tarrow Gas's revenue did not grow in the first half of 2025.", "supported"),
    (_GAS_RESULTS, "Tarrow Gas's pre-tax profit did not fall in the first half of 2025.", "supported"),  # was CONFLICTING
    (_GAS_RESULTS, "Tarrow Gas's pre-tax profit did not rise in the first half of 2025.", "conflicting"),  # was UNVERIFIED
    # two readings set side by side ("compared with", ", against") tell a change, as "up from" does; a verb of
    # change that is its own figure ("tripled") is of its subject's measure when no object follows
    (_RAIL_PROFIT, "Harby Rail's profit more than doubled in 2024.", "supported"),  # was UNVERIFIED
    (_RAIL_PROFIT, "Harby Rail's profit tripled in 2024.", "conflicting"),  # was UNVERIFIED
    (_RAIL_PROFIT, "Harby Rail's profit rose by £1.7 million in 2024.", "supported"),
    (_RAIL_PROFIT, "Harby Rail's profit rose by £2.7 million in 2024.", "conflicting"),  # was UNVERIFIED
    # ... and a bracketed "from" too; but two places' figures "compared with" each other are no change
    (("Bus results", "Kelby Buses made a profit of £2.2 million in 2024 (from £1.1 million in 2023)."),
     "Kelby Buses' profit tripled in 2024.", "conflicting"),
    (("Nurses", "Kelby Hospital has 420 nurses, compared with 380 at Harby Hospital."),
     "Kelby Hospital's nurse numbers rose by about 10 per cent.", "unverified"),
    # "doubled to 1.5 million" tells a rise of about 100% as well as the level it reached
    (_KELBY_PASSENGERS, "Kelby Airport's passenger numbers doubled to 1.5 million in 2024.", "conflicting"),  # was SUPPORTED
    (_KELBY_PASSENGERS, "Kelby Airport's passenger numbers rose by a quarter to 1.5 million in 2024.", "supported"),
    # "the largest landlord in Northgate after the city council" holds second place; an ordinal tells its own
    (_SECOND_LANDLORD, "Calder Homes is the second-largest landlord in Northgate.", "supported"),  # was CONFLICTING
    (_SECOND_LANDLORD, "Calder Homes is the largest landlord in Northgate.", "conflicting"),  # was SUPPORTED
    (_THIRD_AIRPORT, "Ashby Airport is the third busiest airport in Wessex.", "supported"),  # was CONFLICTING
    (_THIRD_AIRPORT, "Ashby Airport is the second busiest airport in Wessex.", "conflicting"),
    (("Landlords", "Calder Homes is the largest landlord in Northgate after Dunmore Council, the report by the Tenants Union said."),
     "Calder Homes is the second-largest landlord in Northgate.", "supported"),  # (the names ranked ahead: a list, no more)
    (("Airport ranking", "Ashby Airport is now the third busiest airport in Wessex, behind Kelby Airport and Harlow Airport."),
     "Ashby Airport is the third busiest airport in Wessex.", "supported"),
    # ... and a plural's bare apostrophe is a possessive too: "the Netherlands' largest"
    (_DUTCH_MAKER, "Kesh Motors is the Netherlands' largest car maker.", "conflicting"),  # was SUPPORTED
    (_DUTCH_MAKER, "Kesh Motors is the Netherlands' second-largest car maker.", "supported"),
    # a place before a noun is the place the claim names after it, in a phrase of the same preposition
    (_BREWING_SITE, "Greystone Drinks will keep brewing at the Hexley site for at least five years.", "supported"),  # was CONFLICTING
    (_BREWING_SITE, "Greystone Drinks will keep brewing at the Wakeford site for at least five years.", "conflicting"),
    # a common noun opening a sentence before "of" and a common word is no name
    (_MILL_SALE, "Completion of the sale of Harby Mill is expected in March 2026.", "supported"),  # was UNVERIFIED
    (_MILL_SALE, "Completion of the sale of Harby Mill is expected in May 2026.", "conflicting"),
]
_HALE_BROTHERS = ("Club ages", "Tom Hale is four years older than his brother Sam Hale.")
_ROUTES_COMPARED = ("Bus operators", "Kelby Buses runs more routes than Harlow Coaches.")
_CUP_TIE = ("Cup tie", "Redmoor Athletic won 2-0 against Stanton Rovers in the cup on Saturday.")
_LIBRARY_DEADLINE = ("Library works", "The new library in Felby will open by 2028, the council said.")
_DEPOT_FIRE = ("Depot fire", "The fire at the Harby bus depot broke out on 9 April 2024.")
_COUNCIL_INCOME = ("Council income", "Harby Council took £1.2m from parking, £0.6m from planning fees and £0.3m from licences in 2024.")
_PLAYHOUSE_GRANTS = ("Arts grants", "The Felby Playhouse will receive three grants of £40,000 from the arts council.")
_BRIBE_DENIED = ("Planning inquiry", "Councillor Dan Rook denied taking money from the developer.")
_READ_IN_SESSION_58 = [
    # the comparatives of two antonyms are converses: "A is older than B" is "B is younger than A"; the same
    # comparative with the names in each other's place is the comparison the other way round
    (_HALE_BROTHERS, "Sam Hale is four years younger than his brother Tom Hale.", "supported"),  # was CONFLICTING
    (_HALE_BROTHERS, "Sam Hale is four years older than his brother Tom Hale.", "conflicting"),  # was SUPPORTED
    (_HALE_BROTHERS, "Tom Hale is four years younger than his brother Sam Hale.", "conflicting"),
    (_ROUTES_COMPARED, "Harlow Coaches runs fewer routes than Kelby Buses.", "supported"),  # was CONFLICTING
    (_ROUTES_COMPARED, "Harlow Coaches runs more routes than Kelby Buses.", "conflicting"),  # was SUPPORTED
    (("Reservoirs", "Hollin Reservoir is larger than Marsh Reservoir."), "Marsh Reservoir is smaller than Hollin Reservoir.", "supported"),  # was CONFLICTING
    (("Reservoirs", "Hollin Reservoir is larger than Marsh Reservoir."), "Marsh Reservoir is larger than Hollin Reservoir.", "conflicting"),
    # ... and the sides told by common words: "in the centre ... than in its suburbs"
    (("Rents", "Rents in the centre of Ashby are higher than in its suburbs."),
     "Rents in the suburbs of Ashby are lower than in its centre.", "supported"),  # was CONFLICTING
    (("Rents", "Rents in the centre of Ashby are higher than in its suburbs."),
     "Rents in the suburbs of Ashby are higher than in its centre.", "conflicting"),  # was SUPPORTED
    (("Rents", "Rents in the centre of Ashby are higher than in its suburbs."),
     "Rents in the centre of Ashby are higher than last year.", "unverified"),  # was SUPPORTED
    (("Council spending", "Felby Council spent more on roads than on libraries in 2024."),
     "Felby Council spent more on libraries than on roads in 2024.", "conflicting"),  # was SUPPORTED
    # a bound on a figure ("more than double what it spent") is no comparison of two sides
    (("Campaign costs", "Labour's campaign in Felby cost about £60,000, more than double what it spent in 2021."),
     "The Green Party's campaign in Felby spent more than Labour's.", "unverified"),
    # ... of another time, no contradiction and no backing
    (("Town sizes", "In 1961 Ashby was larger than Felby."), "Felby is now larger than Ashby.", "unverified"),  # was SUPPORTED
    # "A was followed by B" is "A preceded B", not "B preceded A"
    (("Ceremony", "The mayor's speech was followed by a minute's silence."), "A minute's silence preceded the mayor's speech.", "conflicting"),
    # each verb of winning tells who won: "A won against B" is no "B beat A"
    (_CUP_TIE, "Stanton Rovers beat Redmoor Athletic 2-0 in the cup on Saturday.", "conflicting"),  # was SUPPORTED
    (_CUP_TIE, "Stanton Rovers lost 2-0 to Redmoor Athletic in the cup on Saturday.", "supported"),
    (("League title", "Redmoor Athletic won the league title in May."), "Stanton Rovers beat Harby Town 3-1 in May.", "unverified"),
    (("Bypass contract", "Farrant Engineering won the contract for the Ellsworth bypass ahead of Tolley Construction."),
     "Tolley Construction beat Farrant Engineering to the contract for the Marsh Lane depot.", "unverified"),
    # "no later than 2028" and "by 2028 at the latest" are deadlines, as "by 2028" is, and deny nothing
    (_LIBRARY_DEADLINE, "The council said the new library in Felby will open no later than 2028.", "supported"),  # was CONFLICTING
    (_LIBRARY_DEADLINE, "The council said the new library in Felby will open by 2028 at the latest.", "supported"),  # was UNVERIFIED
    (_LIBRARY_DEADLINE, "The council said the new library in Felby will open no later than 2026.", "conflicting"),
    # a date in figures whose day and month only the writer's custom tells apart: its year is read, and its
    # day and month are no figures
    (_DEPOT_FIRE, "The fire at the Harby bus depot broke out on 09/04/2024.", "supported"),  # was UNVERIFIED
    (_DEPOT_FIRE, "The fire at the Harby bus depot broke out on 09/04/2023.", "conflicting"),
    # the period "for" which a figure is reported is the figure's, not the report's date
    (("Half-year results", "Harby Foods reported a profit of £2 million for the first half of 2025."),
     "Harby Foods made a profit of £2 million in the first half of 2025.", "supported"),  # was UNVERIFIED
    (("Half-year results", "Harby Foods reported a profit of £2 million for the first half of 2025."),
     "Harby Foods made a profit of £2 million in the second half of 2025.", "conflicting"),  # was UNVERIFIED
    # a list's parts sum whole: two of three parts make no total of them
    (_COUNCIL_INCOME, "Harby Council took £2.1m in all from parking, planning fees and licences in 2024.", "supported"),  # was CONFLICTING
    (_COUNCIL_INCOME, "Harby Council took £1.8m in all from parking, planning fees and licences in 2024.", "conflicting"),  # was SUPPORTED
    # so many things of one amount each: "three grants of £40,000" are £120,000
    (_PLAYHOUSE_GRANTS, "The Felby Playhouse will receive £120,000 from the arts council.", "supported"),  # was CONFLICTING
    (_PLAYHOUSE_GRANTS, "The Felby Playhouse will receive £150,000 from the arts council.", "conflicting"),
    (("Water bills", "Calder Water imposed two rises of 4% on household bills in 2024."),
     "Calder Water's household bills rose by 8% in 2024.", "unverified"),  # (rises compound: no sum)
    # a length of time told in parts from a unit said with "a" / "an": "an hour and twenty minutes"
    (("Ferry times", "The crossing to Felby now takes 50 minutes, down from 80 minutes."),
     "The crossing to Felby has been cut from an hour and twenty minutes to 50 minutes.", "supported"),  # was CONFLICTING
    (("Ferry times", "The crossing to Felby now takes 50 minutes, down from 80 minutes."),
     "The crossing to Felby has been cut from an hour and ten minutes to 50 minutes.", "conflicting"),
    # a claim that quotes its article tells time as the article did: "two years ago", "last month" count
    # from the article's date (1 May 2024 here)
    (("Mill jobs", "Harby Mills cut 120 jobs two years ago."), "Harby Mills cut 120 jobs in 2022.", "supported"),  # was UNVERIFIED
    (("Mill jobs", "Harby Mills cut 120 jobs two years ago."), "Harby Mills cut 120 jobs in 2020.", "conflicting"),  # was UNVERIFIED
    (("New head", "Ruth Okafor was appointed head of Felby Academy last month."),
     "Ruth Okafor was appointed head of Felby Academy in April 2024.", "supported"),  # was UNVERIFIED
    (("New head", "Ruth Okafor was appointed head of Felby Academy last month."),
     "Ruth Okafor was appointed head of Felby Academy in January 2024.", "conflicting"),  # was UNVERIFIED
    # ... but not in quoted speech, whose time is the speaker's
    (("Mill sales", 'Speaking in 2019, the chairman of Felby Mills, Ian Cole, said: "Sales doubled last year."'),
     "Ian Cole said that sales at Felby Mills had doubled in 2024.", "conflicting"),
    # the level a change came from: "fell by 9,000 to 81,000" came from 90,000
    (("Library loans", "Book loans at Felby libraries fell by 9,000 to 81,000 last year."),
     "Book loans at Felby libraries fell from 90,000 to 81,000 last year.", "supported"),  # was UNVERIFIED
    # a whole spread over "the past five years" is a rate a year; a length of time is no count of recipients
    (("Trust grants", "Over the past five years, the Felby Trust has given £2.5m to local charities."),
     "The Felby Trust has given an average of £500,000 a year to local charities over the past five years.", "supported"),  # was UNVERIFIED
    # "no one but X" is an exceptive: only X, no denial of what X did
    (("Hall keys", "No one but the caretaker, Tom Reed, had a key to the Felby village hall."),
     "Only the caretaker, Tom Reed, had a key to the Felby village hall.", "supported"),  # was CONFLICTING
    (("Hall keys", "No one but the caretaker, Tom Reed, had a key to the Felby village hall."),
     "The caretaker, Tom Reed, did not have a key to the Felby village hall.", "conflicting"),
    # a subject "no" opens denies its verb past a phrase after its noun, as "none of" does
    (("Declared interests", "None of the nine members of the licensing committee has declared an interest."),
     "No member of the licensing committee has declared an interest.", "supported"),  # was CONFLICTING
    (("Declared interests", "None of the nine members of the licensing committee has declared an interest."),
     "Two members of the licensing committee have declared an interest.", "conflicting"),
    # "admitted" is the opposite of "denied" (a gerund whose -ing form is a noun too, "taking", is not read as the
    # verb denied: "denied planning permission" is no denial of planning)
    (_BRIBE_DENIED, "Councillor Dan Rook admitted taking money from the developer.", "conflicting"),
]
_FIRST_DUE = ("Leisure centre", "The Felby leisure centre was first due to reopen in March 2024, but repairs to its roof took longer.")
_ORIGINAL_ESTIMATE = ("Bypass costs", "The council's original estimate for the Felby bypass was £12m.")
_READ_IN_SESSION_58_B = [
    # "was first due", "its original estimate": what was planned or reckoned before a change, as "originally" tells
    # it; two tellings of the earlier plan are compared, plan or fact in their words
    (_FIRST_DUE, "The Felby leisure centre had originally been expected to reopen in May 2024.", "conflicting"),  # was UNVERIFIED
    (_FIRST_DUE, "The Felby leisure centre had originally been expected to reopen in March 2024.", "supported"),
    (_ORIGINAL_ESTIMATE, "The council originally estimated that the Felby bypass would cost £15m.", "conflicting"),  # was UNVERIFIED
    (_ORIGINAL_ESTIMATE, "The council now expects the Felby bypass to cost £15m.", "unverified"),
    # "nobody among", "no one of" count none of a group, as "none of" does
    (("Bus crash", "None of the 28 passengers on the Felby bus was hurt."),
     "Nobody among the 28 passengers on the Felby bus was injured.", "supported"),  # was CONFLICTING
    # a level held ("kept its main interest rate at 4.25 per cent", its object of four words) is no change: a cut or
    # a rise to it contradicts it, and "left ... unchanged at" says it
    (("Interest rates", "The Bank of Harby kept its main interest rate at 4.25 per cent on Thursday."),
     "The Bank of Harby cut its main interest rate to 4.25 per cent on Thursday.", "conflicting"),  # was SUPPORTED
    (("Interest rates", "The Bank of Harby kept its main interest rate at 4.25 per cent on Thursday."),
     "The Bank of Harby raised its main interest rate to 4.25 per cent on Thursday.", "conflicting"),  # was UNVERIFIED
    (("Interest rates", "The Bank of Harby kept its main interest rate at 4.25 per cent on Thursday."),
     "The Bank of Harby left its main interest rate unchanged at 4.25 per cent on Thursday.", "supported"),  # was UNVERIFIED
    # a clause with its verb left out ("... and the Felby Trust £1.5 million"): the figure is the name's beside it
    (("Library funding", "Harby Council contributed £4 million and the Felby Trust £1.5 million towards the new library."),
     "Harby Council paid £1.5m towards the new library and the Felby Trust £4m.", "conflicting"),  # was SUPPORTED
    (("Library funding", "Harby Council contributed £4 million and the Felby Trust £1.5 million towards the new library."),
     "The Felby Trust contributed £4 million towards the new library.", "conflicting"),  # was UNVERIFIED
    (("Library funding", "Harby Council contributed £4 million and the Felby Trust £1.5 million towards the new library."),
     "The Felby Trust gave £1.5m towards the new library and Harby Council £4m.", "supported"),
    # parts of one day exclude each other: "the morning of 11 May" is no "evening of 11 May"
    (("Crossing crash", "A lorry struck the barriers at the Mill Lane level crossing on the evening of 11 May 2025."),
     "A lorry struck the barriers at the Mill Lane level crossing on the morning of 11 May 2025.", "conflicting"),  # was UNVERIFIED
    (("Crossing crash", "A lorry struck the barriers at the Mill Lane level crossing on the evening of 11 May 2025."),
     "A lorry struck the barriers at the Mill Lane level crossing on 11 May 2025.", "supported"),
    # "a year later than planned", "a year late": a length past a plan, compared as one
    (("Line reopening", "The Felby branch line reopened on 2 February 2025, 14 months later than first planned."),
     "The Felby branch line reopened a year later than first planned.", "conflicting"),  # was SUPPORTED
    (("Line reopening", "The Felby branch line reopened on 2 February 2025, 14 months later than first planned."),
     "The Felby branch line reopened more than a year later than first planned.", "supported"),  # was UNVERIFIED
    # how a work was received ("positive", "mixed", "negative reviews") is one verdict of three, as a medal is one of three
    (("Theatre reviews", "The Felby Players' new production of Hamlet received mixed reviews from critics."),
     "The Felby Players' new production of Hamlet received positive reviews from critics.", "conflicting"),  # was UNVERIFIED
    (("Theatre reviews", "The Felby Players' new production of Hamlet received mixed reviews from critics."),
     "The Felby Players' new production of Hamlet received mixed reviews.", "supported"),
    # a verb of winning in the passive tells its subject's defeat: "were beaten by" is "lost to"
    (("Cup final", "Harby Town reached the cup final, only to be defeated by Felby Rovers."),
     "Harby Town lost the cup final to Felby Rovers.", "supported"),  # was UNVERIFIED
    (("Cup final", "Harby Town lost the cup final 2-1 to Felby Rovers."),
     "Harby Town were beaten 2-1 by Felby Rovers in the cup final.", "supported"),  # was UNVERIFIED
    (("Cup final", "Harby Town lost the cup final 2-1 to Felby Rovers."),
     "Felby Rovers were beaten 2-1 by Harby Town in the cup final.", "conflicting"),
    # "20th Century" before another capitalised word is a name's ("20th Century Fox"), no century
    (("Film release", "In 2017, the thriller Harbour Lights was released by 20th Century Fox."),
     "The thriller Harbour Lights was released in 2017.", "supported"),  # was CONFLICTING
    # a span of whole days, both ends counted: "from 3 to 9 March" is seven days
    (("Line closure", "No trains ran on the Felby branch line from 3 to 9 March 2025 while the track was relaid."),
     "The Felby branch line was closed for a week from 3 March while the track was relaid.", "supported"),  # was UNVERIFIED
]
_READ_IN_SESSION_59 = [
    # figures worked out of two a claim gives, told against one of them
    (("E-books", "Felby Library lent 5,200 e-books in April 2025, against about 800 in a typical month in 2023."),
     "Felby Library lent 5,200 e-books in April 2025, more than six times the roughly 800 of a typical month in 2023.",
     "supported"),  # was unverified: "six times the roughly 800" is a multiple of the figure after it
    (("E-books", "Felby Library lent 5,200 e-books in April 2025, against about 800 in a typical month in 2023."),
     "Felby Library lent 5,200 e-books in April 2025, about three times the roughly 800 of a typical month in 2023.",
     "conflicting"),  # was unverified
    (("E-books", "Felby Library lent 5,200 e-books in April 2025, against about 800 in a typical month in 2023."),
     "Felby Library lent 800 e-books in a typical month in 2023, six times the 5,200 of April 2025.",
     "conflicting"),  # the smaller told as the multiple of the larger
    (("Home deaths", "Some 68 per cent of the hospice's patients died at home in 2024, against a national figure of about half."),
     "Around two-thirds of the hospice's patients died at home in 2024, well above the national rate of roughly 50 per cent.",
     "supported"),  # was unverified: "a national figure of about half" is a share on its own
    (("Four-hour target", "Only 66.1 per cent of patients at Felby General's emergency department were seen within four hours "
      "in May 2025, well below the national target of 78 per cent."),
     "In May Felby General's emergency department fell 11.9 percentage points short of the 78% four-hour target.",
     "supported"),  # was conflicting: "short of" tells a difference from the figure after it
    (("Four-hour target", "Only 66.1 per cent of patients at Felby General's emergency department were seen within four hours "
      "in May 2025, well below the national target of 78 per cent."),
     "In May Felby General's emergency department fell 4 percentage points short of the 78% four-hour target.",
     "conflicting"),  # was unverified: the difference from the figure it gives itself, the claim's other figure
    (("Pass rate", "Harby School's A-level pass rate was 92 per cent in 2025, against a national figure of 84 per cent."),
     "Harby School's A-level pass rate was 18 points above the national figure of 84 per cent in 2025.",
     "conflicting"),  # (the difference from the figure the statement gives)
    (("Pass rate", "Harby School's A-level pass rate was 92 per cent in 2025, against a national figure of 84 per cent."),
     "Harby School's A-level pass rate was 8 points above the regional figure in 2025.",
     "unverified"),  # the figure it is told against, in words the claim's other figure is not told with
    # what each has, against a total shared out
    (("Grants", "Felby Council shared a £2.4 million repair fund among 300 village halls."),
     "Felby Council's repair fund gave village halls at least £5,000 each.",
     "unverified"),  # was supported: a bound on each's share is none on the £2.4 million
    (("Grants", "Felby Council shared a £2.4 million repair fund among 300 village halls."),
     "Felby Council's repair fund works out at about £8,000 for each of the village halls.",
     "supported"),  # (the total over the count)
    (("Grants", "Felby Council shared a £2.4 million repair fund among 300 village halls."),
     "Felby Council's repair fund averaged more than £12,000 per village hall.",
     "conflicting"),  # was supported: a bound on the average is one on the total over the count
    (("Grants", "Felby Council shared a £2.4 million repair fund among 300 village halls."),
     "Felby Council's repair fund averaged more than £7,000 per village hall.",
     "supported"),  # was unverified (the total's last digit, £0.1 million, is £333 a hall, no more)
    (("Meals", "Harby's 12 lunch clubs served 30,000 meals in 2024."),
     "Harby's lunch clubs served an average of 2,500 meals each in 2024.",
     "supported"),  # was unverified: a count over a count of those that have it
    # two readings of one measure, each told with a time of its own
    (("Choir", "The Felby Choral Society had 40 members in 2020 and has 130 now."),
     "The Felby Choral Society has 90 fewer members than it had in 2020.",
     "unverified"),  # was supported: the difference told the other way from the claim's dated figures
    (("Choir", "The Felby Choral Society had 40 members in 2020 and has 130 now."),
     "The Felby Choral Society has 90 more members than it had in 2020.",
     "supported"),
    (("Circulation", "The Harby Courier sold 24,000 copies a week in 2018 and 8,000 copies a week in 2024."),
     "The Harby Courier's weekly sales fell by two-thirds between 2018 and 2024.",
     "supported"),  # was unverified: the change as a share of the earlier reading
    (("Circulation", "The Harby Courier sold 24,000 copies a week in 2018 and 8,000 copies a week in 2024."),
     "The Harby Courier's weekly sales fell by half between 2018 and 2024.",
     "conflicting"),  # was unverified
    # a statement's relative date counted from its own date
    (("Firefighters", "Harby Fire Service employed 430 firefighters in June 2025, down from 475 in June 2021."),
     "Harby had 45 fewer firefighters in June 2025 than four years before.",
     "supported"),  # was unverified: "four years before" is June 2021's year, no amount of its own
    (("Firefighters", "Harby Fire Service employed 430 firefighters in June 2025, down from 475 in June 2021."),
     "Harby had 60 fewer firefighters in June 2025 than four years before.",
     "conflicting"),  # was unverified
    # a place before a word for a person describes the person, and owns no figure
    (("Fine", "Felby landlord Ruth Cole has been fined £48,000 after admitting 12 breaches of safety rules."),
     "Ruth Cole was fined £84,000.",
     "conflicting"),  # was unverified: the fine was read as Felby's
    # a subject opened by "no" is what its verb's denial is of
    (("Line closed", "No trains ran on the Felby branch line from 3 to 7 March 2025, while engineers renewed the track."),
     "For five days from 3 March the Felby branch line had no trains at all.",
     "supported"),  # was unverified
    (("Line closed", "No trains ran on the Felby branch line from 3 to 7 March 2025, while engineers renewed the track."),
     "The Felby branch line had no buses from 3 to 7 March 2025.",
     "unverified"),
    # a tally's side after it
    (("Budget vote", "Harby District councillors voted 29 to 14 in favour of the 2025-26 budget, which totals £188 million."),
     "Harby District councillors voted 29 to 14 against the £188 million budget.",
     "conflicting"),  # was supported: the tally matched, its side was not read
    (("Budget vote", "Harby District councillors voted 29 to 14 in favour of the 2025-26 budget, which totals £188 million."),
     "Harby District councillors voted 29 to 14 for the £188 million budget.",
     "supported"),
    # the days between two acts a claim dates
    (("Bridge", "The Felby swing bridge closed for repairs on 3 February 2025 and reopened on 14 April 2025."),
     "The Felby swing bridge was closed for ten weeks.",
     "supported"),  # was unverified
    (("Bridge", "The Felby swing bridge closed for repairs on 3 February 2025 and reopened on 14 April 2025."),
     "The Felby swing bridge was closed for four weeks.",
     "conflicting"),  # was unverified
    (("Trial", "Tom Reid was charged on 2 June 2025 and sentenced at Harby Crown Court on 20 June 2025."),
     "Tom Reid was charged eighteen days before he was sentenced.",
     "supported"),  # was unverified
    # a place in an order of the most, as how many stand above it
    (("Crowds", "Harby Rovers' average home crowd of 9,800 was the sixth-highest in the league."),
     "Five clubs in the league had a higher average home crowd than Harby Rovers.",
     "supported"),  # was unverified
    (("Crowds", "Harby Rovers' average home crowd of 9,800 was the sixth-highest in the league."),
     "Nine clubs in the league had a higher average home crowd than Harby Rovers.",
     "conflicting"),  # was unverified
    # a share of those a relative clause tells; a bare figure set against a reading, in its noun
    (("Poll", "Of the 3,200 people who voted in the Felby parish poll, 1,580 backed the new car park."),
     "Three-quarters of those who voted in the Felby parish poll backed the new car park.",
     "conflicting"),  # was unverified
    (("Poll", "Of the 3,200 people who voted in the Felby parish poll, 1,580 backed the new car park."),
     "About half of those who voted in the Felby parish poll backed the new car park.",
     "supported"),
    # an idiom of missing a mark is no change
    (("Pay talks", "Harby Council raised its pay offer to 4 per cent in March 2025, but the union said it fell a long way "
      "short of what its members needed."),
     "By March 2025 Harby Council's pay offer had risen to 4 per cent.",
     "supported"),  # was conflicting: "fell ... short" read as a fall of the offer
    (("Appeal", "The Felby hospice appeal fell short of its £3 million target, raising £2.6 million."),
     "The Felby hospice appeal met its £3 million target.",
     "conflicting"),  # (falling short is missing the mark: no meeting it)
    (("Castle visits", "Visitor numbers at Felby Castle fell in the short summer season of 2024."),
     "Visitor numbers at Felby Castle rose in the short summer season of 2024.",
     "conflicting"),  # (a fall in a short season is a fall)
    # a date after a noun of another act may be the main verb's
    (("Inquiry", "The Harby Rail Inquiry published its report on 14 April 2025, seven months after the derailment at Felby on "
      "2 September 2024."),
     "The Harby Rail Inquiry published its report into the Felby derailment on 14 April 2025.",
     "supported"),  # was conflicting: the date was read as the derailment's
    (("Inquiry", "The Harby Rail Inquiry published its report on 14 April 2025, seven months after the derailment at Felby on "
      "2 September 2024."),
     "The Harby Rail Inquiry published its report into the Felby derailment on 24 April 2025.",
     "conflicting"),
    (("Season tickets", "Harby Rovers sold 2,600 season tickets for the new season, compared with an average of 400 over the "
      "previous four seasons."),
     "Harby Rovers sold three times as many season tickets as usual for the new season.",
     "conflicting"),  # was unverified: "an average of 400" counts season tickets too
]


_REVIEWED_IN_SESSION_59 = [
    # guards: a review of the session's rules found each of these wanting, each mended
    (("Shops", "A new Felby bakery opened on 3 March 2024, and a second shop in Harby opened on 14 April 2024."),
     "The Felby bakery was open for six weeks.", "unverified"),  # two subjects' acts make no span of either
    (("Parcels", "The Harby food bank handed out 2,800 parcels in March, compared with 400 in March 2020."),
     "In March the Harby food bank handed out seven times the 400 parcels it had expected to give out.",
     "unverified"),  # the figure after "times the" is what a clause of its own tells of
    (("Ambulances", "Ambulance response times in Felby exceeded the 18-minute target in January 2025."),
     "Felby ambulances missed the 18-minute response target in January 2025.",
     "supported"),  # exceeding a limit is no meeting it
    (("Reports", "Harby Council published its budget on 18 March 2025 and its report into the flooding on 2 April 2025."),
     "Harby Council published its report into the flooding on 18 March 2025.",
     "conflicting"),  # one verb, two objects, each its own date
    (("Pass rate", "Felby School's maths pass rate was 81 per cent in 2025, against a national figure of 65 per cent."),
     "Felby School's maths pass rate was 16 points below the national figure of 65 per cent in 2025.",
     "conflicting"),  # the difference told the other way from the figure it is told against
    (("Shares", "Shares in Harby Motors fell to a short-lived low of 40p on Monday."),
     "Shares in Harby Motors rose on Monday.", "conflicting"),  # a literal fall, whatever "short" follows
    (("Dividend", "Harby Motors will pay a final dividend of 3.6p a share."),
     "Shareholders will receive a final dividend of 6.3p per share from Harby Motors.",
     "conflicting"),  # "per share" and "a share" are each's alike
    (("Lending", "Felby Library lent 36,000 books in 2024 and has 12 members of staff."),
     "Felby Library has 3,000 books per member of staff.", "unverified"),  # a figure per head is no total's
    (("Incinerator", "The Harby incinerator will burn 180,000 tonnes of waste a year, of which 45,000 tonnes will come from "
      "outside the county."),
     "The Harby incinerator will take 45,000 tonnes of waste a year from outside the county.",
     "supported"),  # was conflicting: a part "of which" keeps its whole's time (45,000 tonnes a year)
]


_READ_IN_SESSION_59_B = [
    # a figure the statement works out of two of its own is settled by them
    (("Valuation", "Felby Robotics was valued at £240 million in its second funding round in 2025, and at £70 million in its "
      "first in 2023."),
     "The second round put a value of £240m on Felby Robotics, more than treble the £70m it was worth after its first.",
     "supported"),  # was unverified: the claim gives the two figures, the statement their multiple
    (("Valuation", "Felby Robotics was valued at £240 million in its second funding round in 2025, and at £70 million in its "
      "first in 2023."),
     "The second round put a value of £240m on Felby Robotics, more than five times the £70m it was worth after its first.",
     "conflicting"),  # was unverified
    (("Line cost", "The transport minister said the Harby branch line cost £63 million, against an original estimate of "
      "£41 million."),
     "The transport minister put the Harby branch line's cost at £63m, some £22m more than the original £41m estimate.",
     "supported"),
]


_REVIEWED_IN_SESSION_58 = [
    # guards a review of the session's rules found wanting, each mended
    (("Budget meeting", "Harby Council moved its budget meeting from 3 March 2025 to 9 March 2025."),
     "Harby Council's budget meeting lasted seven days.", "unverified"),  # a date moved is no span of days
    (("Factory", "Harby Foods founder Tom Reid once told a reporter: 'Harby Foods opened the Felby factory two years ago.'"),
     "Harby Foods opened its Felby factory in 2022.", "unverified"),  # quoted speech in single quotes keeps its own time
    (("Bus depot", "The Harby bus depot closed on 5/6/2021."), "The Harby bus depot closed on 6/5/2021.",
     "conflicting"),  # one writer's custom orders both dates alike
    (("Payments", "Harby Council paid Acme Builders £4 million and the Felby Trust £1.5 million."),
     "Harby Council paid the Felby Trust £1.5 million.", "supported"),  # two payees of a verb with two objects
    (("Budget day", "Harby councillors met on the morning of 11 May 2025 and approved the budget in the afternoon."),
     "Harby councillors approved the budget on the afternoon of 11 May 2025.", "supported"),  # each act its part
    (("Inspection", "Harby Academy received a positive inspection report in March 2025."),
     "Harby Academy, which teaches mixed-ability classes, received a positive inspection report in March 2025.",
     "unverified"),  # "mixed" of another noun is no reception
    (("Theatre reviews", "The Felby Players' new production of Hamlet received mixed reviews from critics."),
     "Reviews of the Felby Players' new production of Hamlet were positive.", "conflicting"),  # ... but of the
    # same noun told as the subject of "were" it is
    (("Bus crash", "Nobody among the 12 passengers who were taken to hospital in Felby was seriously hurt."),
     "Twelve passengers were taken to hospital in Felby.", "supported"),  # the relative clause's verb is not denied
]
def _against(claim, *told) -> list:
    """Rows of the one-claim tables for one claim: (claim, statement, verdict) for each (statement, verdict)."""
    return [(claim, statement, verdict) for statement, verdict in told]


_READ_IN_SESSION_60 = [
    # a condition supposes: a denial in it denies nothing, and what it supposes is not told
    *_against(("Rats", "Dr Ruth Carne warned that rat numbers in Felby could rise again in the spring if the backlog of "
                       "rubbish was not cleared quickly."),
              ("The backlog of rubbish in Felby was cleared quickly.", "unverified"),  # was conflicting
              ("The backlog of rubbish in Felby was not cleared quickly.", "unverified")),  # was supported
    *_against(("Rubbish", "The backlog of rubbish in Harby was cleared by 10 March 2025."),
              ("Rat numbers will rise unless the backlog of rubbish in Harby is cleared.", "unverified"),
              ("The backlog of rubbish in Harby was not cleared by 10 March 2025.", "conflicting")),  # a denial told outright
    # two changes one after the other: the later change starts where the earlier one ended, at that time
    *_against(("Visitors", "Harby Museum's visitor numbers fell to 142,000 in the year to March 2025, down from a record "
                           "186,000 in the year to March 2024."),
              ("Attendance at Harby Museum climbed by 35,000 in the year to March 2024, reaching 186,000.",
               "unverified"),  # was conflicting
              ("Harby Museum's visitor numbers rose in the year to March 2025, to 186,000.", "conflicting")),  # the later time
    # a clock's hour, a class's number: no count
    (("Cliff", "About 25 metres of cliff at Harby, up to nine metres deep, fell away at around 11 o'clock on the night of "
      "Saturday 8 February 2025; nobody was hurt."),
     "Roughly 25 metres of cliff gave way at Harby at about 11 o'clock on the night of Saturday 8 February 2025.",
     "supported"),  # was conflicting: "about 11" against "up to nine metres"
    (("Response times", "Felby Ambulance Service ranked eighth of the ten ambulance services in England on category 2 "
      "response times in 2024-25."),
     "Felby's average category 1 response time was the slowest of any ambulance service in England.",
     "unverified"),  # was conflicting: "1 time" against "2 times"
    # "find" as judging is no opposite of "lose"
    (("Takings", "Some traders on Harby Road had lost up to a fifth of their takings since the trial began in June 2024, "
      "said Gail Trent."),
     "A council study found that takings at shops on Harby Road fell by 20 per cent during the trial.",
     "unverified"),  # was conflicting
    (("Homes", "Homes lost to coastal erosion at Harby are not covered by insurers."),
     "The eight Harby homes inspected in March were found safe for their owners to return.", "unverified"),  # was conflicting
]
_READ_IN_SESSION_60_B = [
    # a claim that tells two changes, of two measures or two times: the statement's is set against its own
    *_against(("Results", "Turnover at Kelby Foods rose by 6 per cent in 2024 but its operating profit fell by 9 per cent."),
              ("Kelby Foods' operating profit fell by 9 per cent in 2024.", "supported"),  # was conflicting: 2024's too
              ("Kelby Foods' operating profit fell by 6 per cent in 2024.", "conflicting"),
              ("Kelby Foods' turnover rose by 9 per cent in 2024.", "conflicting")),  # the profit's 9 per cent is no turnover's
    *_against(("Passengers", "Passenger numbers at Harby Buses fell by 4 per cent in 2024 after growing by 7 per cent in 2023."),
              ("Passenger numbers at Harby Buses rose by 7 per cent in 2023.", "supported"),  # was conflicting
              ("Passenger numbers at Harby Buses rose in 2024.", "conflicting")),
    # (the claim tells both ways, and the measure's own words, "export sales", pick the fall)
    *_against(("Cider", "Sales at Harby Cider rose by 11 per cent in 2024, but export sales fell by 20 per cent."),
              ("Harby Cider's export sales rose in 2024.", "conflicting"),  # was unverified
              ("Harby Cider's export sales fell in 2024.", "supported")),  # was unverified
    # "would not" of a verb of telling is a refusal, a past fact: no future seen from the past
    *_against(("Reservoir", "Harby Water would not disclose how much it paid for the Tarrow reservoir."),
              ("Harby Water did not say how much it paid for the Tarrow reservoir.", "supported"),  # was unverified
              ("Harby Water disclosed how much it paid for the Tarrow reservoir.", "conflicting")),  # was unverified
]
_READ_IN_SESSION_60_C = [
    # an event numbered in its series is another event than one told without a number, or with another
    *_against(("Cliff", "After the cliff fall of 8 February 2025, the nearest home on Gannet Lane in Harby stands three "
                        "metres from the cliff edge."),
              ("A second, smaller fall hit the cliff at Harby in March 2025.", "unverified"),  # was conflicting
              ("The cliff fall at Harby happened on 9 February 2025.", "conflicting")),
    *_against(("Stoppages", "The third stoppage by Harby's refuse collectors began on 6 January 2025."),
              ("Refuse workers in Harby began industrial action on 4 November 2024.", "unverified"),  # was conflicting
              ("The third stoppage by Harby's refuse collectors began on 8 January 2025.", "conflicting")),
    # a level still to be reached tells nothing of one that held
    *_against(("Bike hire", "Councillor Nadia Wend said Harby's bike-hire scheme would grow to 550 bikes and 60 docking "
                            "stations by spring 2026."),
              ("Harby's bike-hire scheme started in July 2024 with 400 bikes.", "unverified"),  # was conflicting
              ("Harby's bike-hire scheme will grow to 500 bikes by spring 2026.", "conflicting")),
    (("Rats", "Dr Ruth Carne said reports of rats in Felby had fallen by a third between January and March 2025."),
     "Reports of rats in Felby fell by about a third between January and March 2025.", "supported"),  # a fraction
    # numbers no event
]
_READ_IN_SESSION_61 = [
    # time lost is a level (time wasted), not a fall in what was held: two readings give its change
    *_against(("Delays", "Felby's bus drivers lost 12,600 hours stuck in traffic in 2024, up from 9,800 hours in 2023."),
              ("Felby's bus drivers lost 2,800 more hours stuck in traffic in 2024 than in 2023.", "supported"),  # was conflicting
              ("Felby's bus drivers lost 3,800 more hours stuck in traffic in 2024 than in 2023.", "conflicting"),
              ("Felby's bus drivers lost 10,600 hours stuck in traffic in 2024.", "conflicting")),
    # a count of what was added is no reading of a level; the change between two readings tells it
    *_against(("Footfall", "Footfall on Harby High Street rose during the market trial, from 8,400 people a day to 9,150."),
              ("Harby High Street saw 750 more people a day during the market trial.", "supported"),  # was unverified
              # (the change the readings give, 750, against the 600 added: a contradiction since session 64, which works
              # a count of what was added out against the readings as it does a change)
              ("Harby High Street drew 600 more people a day during the market trial.", "conflicting"),
              ("Harby High Street drew 750 fewer people a day during the market trial.", "unverified"),
              ("Footfall on Harby High Street fell during the market trial.", "conflicting")),
    *_against(("Officers", "Felby Council will hire 25 officers for its new enforcement team."),
              ("Felby Council will hire 25 officers for its new enforcement team in all.", "supported"),
              ("Felby Council will hire 40 more officers for its new enforcement team.", "unverified")),  # was conflicting
    # a statement whose figures and dates a claim gives may say a few things in words of its own; not a word
    # that narrows one the claim says, nor another measure of the accounts
    *_against(("Brewery", "Harby Brewery's sales rose by 9 per cent to £31.4 million in the year to June 2024."),
              ("Turnover at Harby Brewery grew 9% to £31.4m in the year to June 2024.", "supported"),  # was unverified
              ("Profit at Harby Brewery grew 9% to £31.4m in the year to June 2024.", "unverified"),
              ("Export sales at Harby Brewery grew 9% to £31.4m in the year to June 2024.", "unverified"),
              ("Turnover at Harby Brewery grew 9% in the year to June 2024, as the brewery opened new pubs.", "unverified")),
    *_against(("Prices", "House prices in Dorrington rose by 4 per cent in 2024."),
              ("Rents in Dorrington rose by 4 per cent in 2024.", "unverified"),  # what changed, no figure pins
              ("Dorrington's house prices went up 4% in 2024.", "supported")),
    *_against(("Hospice", "Felby Hospice employed 310 people in March 2025, about a third of them nurses."),
              ("About a third of the 310 people on Felby Hospice's payroll in March 2025 were nurses.", "supported")),  # was unverified
    # a period placed by the time told before it ("the previous twelve months") is no length to find
    *_against(("Dairy", "Harby Dairy made a pre-tax profit of £4.1 million in the year to 31 March 2024, up from £3.6 million "
                        "in the year to 31 March 2023."),
              ("Harby Dairy made £4.1m before tax in the twelve months ending 31 March 2024, against £3.6m in the previous "
               "twelve months.", "supported"),  # was unverified
              ("Harby Dairy made £4.1m before tax in the twelve months ending 31 March 2024, against £3.2m in the previous "
               "twelve months.", "conflicting")),
    # a figure told with what the claim tells of another of its figures: the parts are swapped
    *_against(("Buses", "Of Harby's 30 buses, 22 run on diesel and 8 run on electricity."),
              ("Of Harby's 30 buses, 8 run on diesel and 22 on electricity.", "conflicting"),  # was supported
              ("Of Harby's 30 buses, 22 run on diesel and 8 on electricity.", "supported")),
    # "be to" + a verb is an arrangement, what is yet to be done (Quirk et al. 1985, 4.48)
    *_against(("Depot", "Felby Council is to close the Mill Lane depot in March 2026."),
              ("Felby Council closed the Mill Lane depot in March 2026.", "unverified"),  # was supported
              ("Felby Council will close the Mill Lane depot in March 2026.", "supported")),
    # an ordinal before a count takes the count from one end of the things in order: no place in an order
    *_against(("Pubs", "Harby Brewery is to sell 22 of its pubs after its profits fell for the second year running."),
              ("Harby Brewery is to sell the first 14 of its pubs to a single buyer.", "unverified"),
              ("Harby Brewery is to sell 24 of its pubs.", "conflicting")),
    # what a speaker wished had happened ("would much rather have finished"), told as done, is not what was said
    *_against(("Bypass", "Tom Pike said the council would much rather have finished the Harby bypass in 2024."),
              ("Tom Pike said the Harby bypass had been finished in 2024.", "unverified"),  # was supported
              ("Tom Pike said the council would rather have finished the Harby bypass in 2024.", "supported")),
]
_READ_IN_SESSION_61_B = [
    # what is expected to be done says nothing against the opposite done at another time, before
    *_against(("Targets", "Harby Ambulance Service had missed its national response targets in 2024-25, its annual figures showed."),
              ("Tom Reed expects Harby Ambulance Service to hit its national response targets by the end of 2025-26.",
               "unverified"),  # was conflicting
              ("Harby Ambulance Service hit its national response targets in 2024-25.", "conflicting"),
              ("Harby Ambulance Service will hit its national response targets in 2024-25.", "conflicting")),
    # what a substitution replaces is what "instead of" rejects: one substitution, told from each side
    *_against(("Bike hire", "A survey of 900 Harby bike-hire users found that 31 per cent had used a hire bike instead of a car "
                            "for their last trip, and 22 per cent instead of a bus."),
              ("31 per cent of the Harby bike-hire users surveyed said a hire bike had replaced a car on their last trip.",
               "supported"),  # was conflicting
              ("Almost a third of the Harby bike-hire users surveyed said they used a car for their last trip.", "conflicting")),
    # "come to harm" is to be harmed: a denial of the coming denies the harm
    *_against(("Handovers", "Harby and Felby Hospitals NHS Trust, which runs Harby General Hospital, denied that any patient had "
                            "come to harm while waiting in an ambulance outside the hospital."),
              ("The trust that runs Harby General insisted that no patient had been harmed while waiting in an ambulance "
               "outside the hospital.", "unverified"),  # was conflicting
              ("Patients were harmed while waiting in ambulances outside Harby General Hospital.", "conflicting")),  # was supported
    # a verb the claim tells both done and not done: which its denial is of, a statement's words alone do not settle
    *_against(("Handover delays", "Harby Ambulance Service's chief executive, Tom Reed, said every hour a crew spends in a "
                                  "hospital car park is an hour it cannot spend answering a 999 call."),
              ("Tom Reed said every hour a crew spent in a hospital car park was an hour in which it could not answer a 999 "
               "call.", "unverified")),  # was conflicting
    # not being the highest tells that a higher one is
    *_against(("Plough Inn", "Harby Brewery said it had accepted Felby Town Council's offer for the Plough Inn, although it "
                             "was not the highest, because it wanted the building to stay a pub."),
              ("Harby Brewery accepted Felby Town Council's offer for the Plough Inn even though a higher one had been made.",
               "supported"),  # was conflicting
              ("Felby Town Council's offer for the Plough Inn was the highest, Harby Brewery said.", "conflicting")),
    # "fall to" a taker is to be lost to it (WordNet fall v. 3), no fall in a measure
    *_against(("Erosion", "The agency estimates that 1,140 homes in the Harby district could be lost to erosion by 2075, up "
                          "from 860 in its previous estimate, made in 2019."),
              ("The agency now reckons that 280 more Harby homes could fall to erosion by 2075 than it did in its 2019 "
               "estimate.", "unverified"),  # was conflicting
              ("The agency's estimate of Harby homes that could be lost to erosion by 2075 fell to its lowest level.",
               "conflicting")),
    # a bill is what is spent: another measure of the accounts than a loss
    *_against(("Ferries", "Harby Ferries has reported a loss of £3.4 million for the year to March 2025, after higher fuel "
                          "costs wiped out the gains from a rise in passenger numbers."),
              ("Harby Ferries' fuel bill rose by 9% to £14.6m in the year to March 2025.", "unverified"),  # was conflicting
              ("Harby Ferries made a loss of £4.1m in the year to March 2025.", "conflicting")),
    # a state reached after a copula of becoming ("becomes unsafe") rules out its opposite, as one held does
    *_against(("Fund", "Owners who accept an offer from the Harby Relocation Fund must sell the home to Harby Council, which "
                       "will rent it out until it becomes unsafe and then demolish it."),
              ("Harby Council will rent the homes out until they are no longer safe.", "supported"),  # was unverified
              ("Harby Council will rent the homes out until they are safe.", "conflicting")),
    # what was paid for a thing and what it is worth are two measures
    *_against(("Cliff", "Janet Orr, 71, said her bungalow on Gull Lane in Harby was valued at £210,000 in early 2024."),
              ("Janet Orr paid £96,000 for her bungalow on Gull Lane in Harby.", "unverified"),  # was conflicting
              ("Janet Orr bought her bungalow on Gull Lane in Harby for £96,000.", "unverified"),  # was conflicting
              ("Janet Orr's bungalow on Gull Lane in Harby was worth £96,000 in early 2024.", "conflicting")),
    # a date told of what would have happened dates nothing that did
    *_against(("Station", "Harby Ambulance Service's director of operations, Gareth Stone, said the service would much rather "
                          "have opened the Kirkby ambulance station in spring 2024 and that he was sorry for the wait."),
              ("Kirkby's new ambulance station opened on Monday 7 July 2025, more than a year behind schedule.",
               "unverified"),  # was conflicting
              ("Gareth Stone said the service would rather have opened the Kirkby ambulance station in autumn 2024.",
               "conflicting")),
    # a total so far is read at its time: no misreading of the whole
    *_against(("Bins", "Harby City Council estimates that the bin dispute cost it £2.1 million in all, including £1.3 million "
                       "on agency workers."),
              ("The bin dispute had cost Harby City Council £1.4 million so far.", "unverified"),  # was conflicting
              ("The bin dispute cost Harby City Council £1.4 million in all.", "conflicting")),
    # an adjective denied of one thing says nothing of it told of another ("a longer runway" / "longer routes")
    *_against(("Airline", "Carys Moll said the planned runway extension at Harby Airport would let Fenwick Airlines fly larger "
                          "jets on longer routes."),
              ("Carys Moll said that without a longer runway Fenwick Airlines had gone about as far as it could go.",
               "unverified"),  # was conflicting
              ("Carys Moll said that without longer routes Fenwick Airlines had gone about as far as it could go.",
               "conflicting")),
    # a phrasal verb with a pronoun object between it and its particle ("turned it down") is the phrase
    *_against(("Scheme", "Harby Council's planning committee rejected the Mill Lane housing scheme."),
              ("The Mill Lane housing scheme went to Harby Council's planning committee, which turned it down.",
               "supported"),  # was unverified
              ("The Mill Lane housing scheme went to Harby Council's planning committee, which backed it.", "conflicting")),
]
_READ_IN_SESSION_62 = [
    # a nationality worn in a title before a name (a false title) describes the one named: the figure is hers
    *_against("Welsh poet and playwright Dylan Harkness has published 14 collections of poems.",
              ("Dylan Harkness has published 12 collections of poems.", "conflicting"),  # was unverified
              ("Dylan Harkness has published 14 collections of poems.", "supported")),
    *_against("Scottish singer/songwriter Mairi Gow has released nine albums since 2004.",
              ("Mairi Gow has released seven albums since 2004.", "conflicting")),  # was unverified
    # a place listed with another ("Harby, Kelshire") ends its phrase where a preposition opens an adjunct: both
    # are where the one act happened
    *_against("The novelist Ann Bell was born in Harby, Kelshire on 3 May 1960.",
              ("Ann Bell was born in Felby.", "conflicting"),  # was unverified
              ("Ann Bell was born in Kelshire.", "supported")),
    # what "be" says a person is, a nationality in "is a(n) ... <noun>", is one role, whatever word stands nearer
    # ("retired"), after a bracket, or under the person's own article
    *_against("Tom Hale is a Dutch retired cyclist.",
              ("Tom Hale is Belgian.", "conflicting"),  # was unverified
              ("Tom Hale is Dutch.", "supported")),
    *_against(("Ruth Kelly", "Ruth Kelly (born 3 May 1960) is an English retired novelist who last wrote for the Harby Press."),
              ("Ruth Kelly is Welsh.", "conflicting"),  # was unverified
              ("Ruth Kelly is British.", "unverified"),  # England is in it
              ("Ruth Kelly is English.", "supported")),
    # "within" a length bounds it from above: in no more than 18 months
    *_against("Harby Inns bought two regional brewers in 2022 and closed both of their breweries within 18 months.",
              ("Harby Inns closed both breweries in under a year and a half.", "supported"),  # was conflicting
              ("Harby Inns closed both breweries within two years.", "supported"),  # was conflicting
              ("Harby Inns closed both breweries within 12 months.", "unverified"),  # was conflicting
              ("Harby Inns took 30 months to close both breweries.", "conflicting")),
    # a verb that reports its subject's claim ("insisted", "maintains that") is a way of saying it, when the speaker
    # is the claim's, a common noun for its name ("the trust" / "the Felby Hospitals NHS Trust"); a denial of doing
    # ("denied paying") says it was not done, a light verb's gerund as any other's
    *_against("The Felby Hospitals NHS Trust said it had never paid a ransom to the hackers and would not do so.",
              ("The trust insists it has never paid a ransom to the hackers.", "supported"),  # was unverified
              ("The trust maintains that it did not pay a ransom to the hackers.", "supported"),  # was unverified
              ("The trust has denied paying a ransom to the hackers.", "supported"),  # was conflicting
              ("The trust insisted it had paid a ransom to the hackers.", "conflicting"),
              ("The police insisted the trust had never paid a ransom to the hackers.", "unverified")),  # another speaker
    # a verb of one form in past and present ("beat") before a title worn by a name ("league leaders Norcross"), or
    # after a relative clause set off after its subject, is the verb: the sides swapped contradict it
    *_against("Belham Town, who were bottom of the table, beat league leaders Norcross 2-0 on Saturday.",
              ("League leaders Norcross beat Belham Town on Saturday.", "conflicting"),  # was supported
              ("Norcross lost 2-0 to Belham Town on Saturday.", "supported")),
    # a plan given up, told in the passive ("plans to shut it were dropped"), is what the active tells: what it
    # planned will not be done, and the giving up is a fact of its own tense
    *_against("The job centre in Felby will stay open after plans to shut it were dropped in March 2025.",
              ("The Felby job centre is set to close.", "conflicting"),  # was supported
              ("Plans to shut the Felby job centre were dropped in March 2025.", "supported"),  # was conflicting
              ("The Felby job centre will not close.", "supported")),
    # the whole a part is told of ("fewer than half of the 80 new homes") is not the part's count
    *_against("Fewer than half of the 80 new homes at Meadow Rise in Felby have been sold.",
              ("80 of the new homes at Meadow Rise in Felby have been sold.", "unverified"),  # was supported
              ("More than 30 of the new homes at Meadow Rise in Felby have been sold.", "unverified"),  # was supported
              ("There are 80 new homes at Meadow Rise in Felby.", "supported")),
    # a change to come ("will no longer have free parking from January") and what will be are of one time: after it
    *_against("Residents of the Harby estate will no longer have free parking from January.",
              ("Parking will remain free for Harby estate residents after January.", "conflicting"),  # was supported
              ("Harby estate residents will have to pay for parking from January.", "supported")),
    # a bound denied as a permission ("will not be allowed to exceed 30mph") is at most that
    *_against("The speed limit on Mill Road in Felby will be cut from 40mph to 30mph from June 2025.",
              ("Drivers on Mill Road in Felby will not be allowed to exceed 30mph from June 2025.", "unverified"),  # was conflicting
              ("Drivers on Mill Road in Felby will not be allowed to exceed 20mph from June 2025.", "conflicting")),  # was unverified
    # an equative denied since a time ("have not been this low since 2015") asserts the degree now: no denial of it
    *_against("Felby Town Council's reserves are at their lowest level since 2015, at £140,000.",
              ("Felby Town Council's reserves have not been this low since 2015.", "unverified"),  # was conflicting
              ("Felby Town Council's reserves are at their highest level since 2015.", "conflicting")),
    # what holds "unless" something else happens holds in one case only: no assertion outright, nor a denial
    ("The leader of Harby council, Ann Cole, said she would not resign unless the audit found wrongdoing.",
     "Ann Cole will resign as leader of Harby council.", "unverified"),  # was conflicting
    *_against("Unless its funding is renewed, the Felby food bank will have to close in June 2025.",
              ("The Felby food bank will close in June 2025.", "unverified"),  # was supported
              ("The Felby food bank will not close in June 2025.", "unverified"),  # was conflicting
              ("The Felby food bank will close in June 2025 unless its funding is renewed.", "supported")),
    # "hurt", "injured" and "wounded" tell one harm to persons; "nobody" is every person, a worker among them
    *_against("Nobody was hurt when the roof of a warehouse on Mill Lane in Felby collapsed on Monday.",
              ("A worker was injured when the roof of the Mill Lane warehouse in Felby collapsed.", "conflicting"),  # was unverified
              ("A worker was not injured when the roof of the Mill Lane warehouse in Felby collapsed.", "supported"),  # was unverified
              ("Nobody was injured when the roof of the Mill Lane warehouse in Felby collapsed on Monday.", "supported")),
    # a refusal told in a phrase ("turned down") is set against an approval; so are a verdict and a plea told with
    # "guilty" ("found guilty": convicted, "found not guilty": acquitted; "pleaded not guilty": denied the charge)
    *_against("Harby council turned down the application for a late licence at the Felby Arms.",
              ("Harby council approved the application for a late licence at the Felby Arms.", "conflicting")),  # was unverified
    *_against("The jury at Felby Crown Court found Ann Carver guilty of dangerous driving.",
              ("Ann Carver was acquitted of dangerous driving.", "conflicting"),  # was unverified
              ("Ann Carver was convicted of dangerous driving.", "supported")),  # was unverified
    *_against("Tom Pryor, 52, pleaded not guilty to theft at Felby Crown Court.",
              ("Tom Pryor admitted theft at Felby Crown Court.", "conflicting"),  # was unverified
              ("Tom Pryor pleaded guilty to theft at Felby Crown Court.", "conflicting"),
              ("Tom Pryor denied theft at Felby Crown Court.", "supported")),  # was unverified
    # an event that went ahead and one called off rule each other out, told in phrases too
    *_against("The Christmas lights switch-on in Felby was called off because of high winds.",
              ("Felby's Christmas lights switch-on went ahead despite high winds.", "conflicting"),  # was unverified
              ("Felby's Christmas lights switch-on did not go ahead because of high winds.", "supported")),  # was unverified
    # "not one of the 12" is "none of the 12"; "the Ashdown family" does what the name's holders do; a comparison of
    # two holders is set against the figures the claim gives each
    ("None of the 12 councillors voted against the new cemetery on Ash Hill in Felby.",
     "Not one of the 12 councillors voted against the new cemetery on Ash Hill in Felby.", "supported"),  # was conflicting
    ("Harby Inns bought the Red Lion in Felby from the Ashdown family.",
     "The Ashdown family bought the Red Lion in Felby from Harby Inns.", "conflicting"),  # was supported
    *_against("Felby Primary School has 420 pupils, compared with 310 at Felby Junior School.",
              ("Felby Junior School has more pupils than Felby Primary School.", "conflicting"),  # was supported
              ("Felby Primary School has more pupils than Felby Junior School.", "supported")),
    # a possessive ends the owner's name before a person's ("Harby Rugby Club's Ollie Grant": two names; not
    # "Hobday's Brewery", whose common noun is the name's own word); a firm that "reported pre-tax profits of
    # £4.2m" tells its own figure, no saying of another's
    *_against("Harby Rugby Club's Ollie Grant scored two tries in the 24-17 win over Felby Park.",
              ("Ollie Grant scored two tries in Harby Rugby Club's 24-17 win over Felby Park.", "supported"),  # was unverified
              ("Ollie Grant scored three tries in Harby Rugby Club's 24-17 win over Felby Park.", "conflicting")),
    *_against("Kestrel Foods reported pre-tax profits of £4.2m for 2024, up from £3.5m in 2023.",
              ("Kestrel Foods' pre-tax profits rose by £700,000 to £4.2m in 2024.", "supported"),  # was unverified
              ("Kestrel Foods' pre-tax profits rose to £4.5m in 2024.", "conflicting")),
    # a change from one reading to another is dated by the later one: "fell in 2024" is the change to 2024's figure
    *_against("Felby Foods' pre-tax profits rose from £3.5m in 2023 to £4.2m in 2024.",
              ("Felby Foods' pre-tax profits rose in 2024.", "supported"),  # was unverified
              ("Felby Foods' pre-tax profits fell in 2024.", "conflicting"),  # was unverified
              ("Felby Foods' pre-tax profits fell in 2023.", "unverified")),  # was conflicting
    # a noun in -s before a phrase of place and an auxiliary is the subject's ("charges in Felby will rise"), no verb:
    # the change is the charges', set against the change the claim's two readings work out
    *_against("Garden waste charges in Felby will rise from £60 to £85 a year.",
              ("Garden waste charges in Felby will rise by £35 a year.", "conflicting"),  # was unverified
              ("Garden waste charges in Felby will rise by £25 a year.", "supported")),
    # buying a firm, a pub or a title: "acquired" and "purchased" tell what "bought" does
    *_against("The Harby Arms in Felby has been bought by Kelby Taverns.",
              ("Kelby Taverns has acquired the Harby Arms in Felby.", "supported")),  # was unverified
    # "no longer" tells the time after a state ended: leaving, stepping down, lifting a ban end it
    ("Councillor Ruth Ames left the Green group on Felby Town Council in March 2025.",
     "Ruth Ames is no longer a member of the Green group on Felby Town Council.", "supported"),  # was unverified
    *_against("Dr Ann Holt stepped down as chair of the Felby Hospitals NHS Trust on Friday.",
              ("Ann Holt is no longer chair of the Felby Hospitals NHS Trust.", "supported"),  # was unverified
              ("Ann Holt is no longer chief executive of the Felby Hospitals NHS Trust.", "unverified")),  # another role
    ("Harby Water lifted its hosepipe ban on Thursday after two weeks of heavy rain.",
     "The Harby Water hosepipe ban is no longer in force.", "supported"),  # was unverified
    # ... and a state told as holding now ("is still a member of the Green group") is what the act that ended it denies
    *_against("Councillor Ruth Ames left the Green group on Felby Town Council in March 2025 and joined the Independent "
              "group a week later.",
              ("Ruth Ames is still a member of the Green group on Felby Town Council.", "conflicting"),  # was supported
              ("Ruth Ames was a member of the Green group on Felby Town Council.", "supported"),
              ("Ruth Ames is a member of the Independent group on Felby Town Council.", "supported")),
    # an opposite a denied verb takes ("did not rise above freezing") is denied with it: "stayed below zero" agrees
    *_against("The temperature in Felby did not rise above freezing on Tuesday 7 January 2025.",
              ("Felby stayed below zero on Tuesday 7 January 2025.", "unverified"),  # was conflicting
              ("The temperature in Felby rose above freezing on Tuesday 7 January 2025.", "conflicting")),
]


_READ_IN_SESSION_63 = [
    # a count told in a synonym of the claim's noun is the claim's count, when the value is the same
    *_against("Police told 22 residents to leave 9 homes on Mill Lane in Felby after the fire.",
              ("Twenty-two people had to leave nine houses on Mill Lane in Felby.", "supported"),  # was unverified
              ("Twenty-two people had to leave nine flats on Mill Lane in Felby.", "unverified")),  # no synonym
    # ... and a count of three significant figures is too particular to be another count, round hundreds or not
    *_against("Harby Council said 23,400 parking fines were issued in the first six months of the scheme.",
              ("Harby Council said 23,400 penalty notices were issued in the first six months of the scheme.",
               "supported"),  # was unverified
              ("Harby Council said 1,000 penalty notices were issued in the first six months of the scheme.",
               "unverified")),
    # "the scheme's first six months", like "the first six months": a count from one end, no place in an order
    ("Harby Council issued 23,400 parking fines in the first six months of the scheme.",
     "Harby Council issued 23,400 parking fines in the scheme's first six months.", "supported"),  # was unverified
    # a difference told against a plan's level in words: "more than the 2021 estimate", "more than had been estimated"
    *_against("Felby Council's bill for the bridge repairs was £9.2 million, against an estimate of £6.5 million made in 2021.",
              ("The bridge repairs cost £3.7m more than the 2021 estimate.", "conflicting"),  # was unverified
              ("The bridge repairs cost £2.7m more than the 2021 estimate.", "supported"),
              ("The bridge repairs cost £3.7m more than had been estimated.", "conflicting")),  # was unverified
    # the time a change is measured from is the reading it came from: "since 2019", "than in 2019"
    *_against("The Felby Rowing Club's membership rose to 1,200 in 2024 from 900 in 2019.",
              ("The Felby Rowing Club's membership has grown by 300 since 2019.", "supported"),  # was unverified
              ("The Felby Rowing Club has 300 more members than in 2019.", "supported"),  # was conflicting
              ("The Felby Rowing Club's membership has grown by 400 since 2019.", "conflicting"),
              ("The Felby Rowing Club had 1,200 members in 2019.", "conflicting")),
    # a place the claim never names, where the claim would support the statement with its own place there: the
    # act is placed elsewhere, told in other words ("grew up in" / "was raised in")
    *_against(("Tom Brandt", "Brandt was raised in Bristol, England, and moved to London at 18."),
              ("Tom Brandt grew up in Leeds.", "conflicting"),  # was unverified
              ("Tom Brandt grew up in Bristol.", "supported"),
              ("Tom Brandt grew up in Kelby.", "conflicting")),  # was unverified: a place the base does not know
    # ... not a place the claim spreads its act over, which holds it ("across England and Wales" of Birmingham)
    ("Harwick Inns runs about 300 pubs across England and Wales.", "Harwick Inns is based in Birmingham.", "unverified"),
    # ... nor a place that says which thing the subject is ("the new station at Harby" is another station)
    ("The ambulance service opened its new station in Kelby in July 2025 at a cost of £8.7 million.",
     "The new station at Harby was built at a cost of £8.7 million.", "unverified"),
    # ... nor the place of a thing told indefinitely, one of maybe many ("has sales operations in Poland")
    ("Despite restrictions in some countries, Harwick Foods has steady sales operations in France, Spain and Italy.",
     "Harwick Foods has steady sales operations in Poland.", "unverified"),
    # the same for a person the claim never names, where the claim's person in that place would be supported: the
    # statement credits another with what the claim's person did, in other words
    ("Councillor Ann Tilley, Felby Council's cabinet member for housing, said that every extra home on the Mill Lane "
     "scheme would cost the council about £95,000.",
     "Gary Holt, the tenants' union organiser, put the cost to the council of each extra home on the Mill Lane scheme at "
     "about £95,000.", "conflicting"),  # was unverified
    # an absolute clause ("with the whole site finished in 2032") has no tense of its own: it is told as its main
    # clause is, here a plan
    *_against("Work on the Felby housing scheme is due to start in March 2026, and the whole site is due to be finished "
              "in 2032.",
              ("Work on the Felby housing scheme is due to begin in March 2026, with the whole site finished in 2032.",
               "supported"),  # was unverified
              ("Work on the Felby housing scheme began in March 2026, with the whole site finished in 2032.", "unverified")),
    # a share of a counted whole ("a third of the 600 pupils") counts its part (200 pupils); the whole is no count
    # of the part
    *_against("A third of the 600 pupils at Felby Academy travel to school by bus.",
              ("200 pupils at Felby Academy travel to school by bus.", "supported"),  # was conflicting: 600
              ("Two hundred of Felby Academy's 600 pupils travel to school by bus.", "supported"),  # was unverified
              ("300 pupils at Felby Academy travel to school by bus.", "conflicting"),
              ("Felby Academy has 700 pupils.", "conflicting")),
    ("About 40 per cent of the 2,500 homes in Harby were built before 1950.",
     "About 1,000 homes in Harby were built before 1950.", "supported"),  # was conflicting: 2,500
    # a level a measure did not pass ("never rose above 2C") bounds it from the other side: at most 2C
    ("The temperature in Felby never rose above 2C on Wednesday 8 January 2025.",
     "The temperature in Felby stayed at 2C or below on Wednesday 8 January 2025.", "supported"),  # was unverified
    # a trial ends in a conviction or an acquittal ("cleared of" the charge)
    *_against("The jury at Harby Crown Court found Lisa Carver guilty of dangerous driving.",
              ("Lisa Carver was cleared of dangerous driving.", "conflicting"),  # was unverified
              ("Lisa Carver was convicted of dangerous driving.", "supported")),
    ("Lisa Carver was cleared of dangerous driving at Harby Crown Court.",
     "Lisa Carver was found guilty of dangerous driving.", "conflicting"),  # was unverified
    # two acts done to two things, each told by a bare noun ("gained university status" / "has frozen recruitment"),
    # are no opposites
    *_against("Harby University has frozen recruitment and sold a former hall of residence for £6.2 million.",
              ("Harby University gained university status in 1992.", "unverified"),  # was conflicting
              ("Harby University has raised recruitment.", "conflicting")),
    # "between £2.2 million and £2.6 million" is one figure, a range: a figure inside it agrees, one outside does not
    *_against("Felby Council's finance director said the bin strike could cost between £2.2 million and £2.6 million if it "
              "lasted until March.",
              ("The bin strike could cost about £2.4 million if it lasted until March, Felby Council's finance director "
               "said.", "supported"),  # was conflicting: against £2.2 million
              ("The bin strike could cost £3 million if it lasted until March, Felby Council's finance director said.",
               "conflicting"),
              ("The bin strike could cost £2 million if it lasted until March, Felby Council's finance director said.",
               "conflicting")),
    # "the rest" of a sum is the whole less its parts ("Of the £8.7 million cost, £5.1 million came from a national fund
    # and the rest from its own budget": £3.6 million)
    *_against("Of the £8.7 million cost of the new Felby fire station, £5.1 million came from a national fund and the rest "
              "from Harby Fire Service's own budget.",
              ("Harby Fire Service paid £3.6 million towards the new Felby fire station.", "supported"),  # was conflicting
              ("About £3.6 million of the Felby fire station's cost came from Harby Fire Service's own budget.",
               "supported"),  # was unverified
              ("A national fund paid £5.1 million towards the new Felby fire station.", "supported")),
    # a claim that calls what it is about by a description only ("co-distribute the movie") is about its article's
    # subject, which the title names, though it names other things
    *_against(("Harrow Lane", "In July 2018, Kestrel Pictures signed with Nordvale to co-distribute the movie with "
                              "Halden Films."),
              ("Harrow Lane was distributed after June 2018.", "supported"),  # was unverified
              ("Halden Films co-distributed Harrow Lane.", "supported")),  # was unverified
    # a noun that says what kind of thing the name after it is ("the band Kestrel Lane") tells what the name names
    *_against(("Kestrel Lane", "Kestrel Lane was formed in Leeds in 2004 by the brothers Tom and Sam Ayre."),
              ("The band Kestrel Lane was formed in Leeds.", "supported"),  # was unverified: "band" unsaid
              ("The band Kestrel Lane was formed in York.", "conflicting")),
    # a denial's complement is its focus: "never worked for a bank" denies no work for a building society
    *_against("Ann Lee said she had never worked for a bank before joining Felby Council.",
              ("Ann Lee used to work for a building society.", "unverified"),  # was conflicting
              ("Ann Lee used to work for a bank.", "conflicting"),
              ("Ann Lee worked for Harby Bank before joining Felby Council.", "conflicting")),  # a name may be a bank
    *_against("The new head of Felby School, Tom Pattison, said he had never taught in a state school before.",
              ("Tom Pattison previously taught in a school.", "unverified"),  # was conflicting
              ("Tom Pattison previously taught at a state school.", "conflicting")),
    # ... and the same for a statement's denial against a claim's affirmation
    *_against("Ann Lee worked for a building society in Harby before joining Felby Council.",
              ("Ann Lee has never worked for a bank.", "unverified"),
              ("Ann Lee has never worked for a building society.", "conflicting")),
    # news' phrasal verbs in the sense a dictionary gives them first: "taken on" hires, "singled out" / "picked out"
    # select, "pushed back" / "held up" delay
    ("Carnford Logistics has hired 60 new drivers.", "Sixty new drivers have been taken on by Carnford Logistics.",
     "supported"),  # was unverified
    ("A spokesperson for the Felby board denied that the museum had been singled out for cuts.",
     "The Felby board rejected claims that the museum had been picked out for cuts.", "supported"),
    *_against("The opening of the Felby ward has been delayed by six months.",
              ("The opening of the Felby ward has been pushed back by six months.", "supported"),  # was unverified
              ("The opening of the Felby ward has been held up by nine months.", "conflicting")),
    # a sentence told by where it sends one: "sent to prison for six years" is "jailed for six years"
    *_against("Gareth Pellow, a former finance officer at Felby Council, was jailed for six years on 6 March 2025.",
              ("Gareth Pellow has been sent to prison for six years.", "supported"),  # was unverified
              ("Gareth Pellow has been sent to prison for eight years.", "conflicting")),
    ("Felby Council will introduce a 20mph limit on all residential roads in May.",
     "Felby Council is rolling out a 20mph limit on all residential roads in May.", "supported"),
    # "come to harm" is "be harmed"; a denial of a clause is a saying of its negation, as "insisted that no ..." is
    *_against("The Felby trust denied that any patient had come to harm while waiting in an ambulance outside the hospital.",
              ("The Felby trust insisted that no patient had been harmed while waiting in an ambulance.",
               "supported"),  # was unverified
              ("The Felby trust maintained that no patient had been harmed while waiting in an ambulance.",
               "supported"),  # was unverified
              ("The Felby trust said a patient had been harmed while waiting in an ambulance.", "conflicting")),
    *_against("No child came to harm in the Felby school fire.",
              ("Nobody was harmed in the Felby school fire.", "supported"),
              ("A child was hurt in the Felby school fire.", "conflicting")),  # was unverified
]


_READ_IN_SESSION_64 = [
    # "as much as £2.6 million" is a bound like "up to £2.6 million": its "as" opens no clause, so the figure is told
    # as its clause tells it ("could cost")
    *_against("The treasurer said the flood repairs could cost between £1.8 million and £2.4 million if the bridge had to be rebuilt.",
              ("The treasurer said the flood repairs could cost as much as £2.4 million.", "supported"),  # was unverified
              ("The treasurer said the flood repairs could cost up to £2.4 million.", "supported"),
              ("The treasurer said the flood repairs could cost more than £3 million.", "conflicting")),
    # a side of a contest wins some and loses others: "lost six seats" and "won 11 seats" both hold (the counts are
    # the figures' to compare)
    *_against("The Green Party won 11 seats on Harby Town Council at the 2025 election, down from 17.",
              ("The Green Party lost six seats at the 2025 election.", "supported"),  # was conflicting
              ("The Green Party lost six seats, falling from 17 to 11.", "supported"),  # was conflicting
              ("The Green Party lost eight seats at the 2025 election.", "conflicting")),
    # what would have been, had something not happened, is no contradiction of what was; and a word of a statement
    # pinned by the claim's figures is not its own word for the claim's fact when it is the claim's word's opposite
    *_against("Kestrel Foods' 2024 loss includes £6.2m of costs of closing its Felby bakery.",
              ("Without the £6.2m of Felby closure costs, Kestrel Foods' 2024 result would have been a profit.",
               "unverified"),  # was conflicting
              ("Kestrel Foods made a loss in 2024.", "supported")),
    ("Kestrel Foods made a profit of £3.1m in 2024, including £6.2m of costs of closing its Felby bakery.",
     "Kestrel Foods made a loss of £3.1m in 2024.", "conflicting"),
    # a denial of a word the claim gives two doers is checked against each doer: "the Liberal Democrats won ...
    # and the Independents ... won" (the first "won" is not the only one)
    *_against("At the 2025 election the Liberal Democrats won 5 seats on Felby Council, and the Independents, who had "
              "never before fielded candidates in Felby, won 3 seats.",
              ("The Independents did not win a seat on Felby Council.", "conflicting"),  # was supported
              ("The Independents failed to win a seat on Felby Council.", "conflicting"),  # was supported
              ("The Independents won 3 seats on Felby Council.", "supported")),  # was unverified
    # the ends of a journey told the other way round, the source in the subject ("pupils from X are taken to Y")
    *_against("Forty pupils from Harby Primary School are being taken by minibus to Kelby Academy while their classrooms are repaired.",
              ("Forty pupils from Kelby Academy are being taken by minibus to Harby Primary School.", "conflicting"),  # was supported
              ("Pupils are being taken by minibus from Kelby Academy to Harby Primary School.", "conflicting"),  # was supported
              ("Forty pupils from Harby Primary School are being taken to Kelby Academy by minibus.", "supported")),
    # an additive adverb presupposes another doer: "also abstained" is no contradiction of the claim's doer
    *_against("Councillor Ruth Dane, who represents Felby ward, abstained in the vote on the new leisure centre on 3 June 2025.",
              ("Councillor Tom Hale also abstained in the vote on the new leisure centre.", "unverified")),  # was conflicting
    # a contest's words with two objects, each its own: "lost its grip on the council" / "kept his seat"
    *_against("Councillor Tom Reed, the outgoing Labour leader of Harby Council, kept his seat in Mill ward with a majority of 212.",
              ("After ten years running Harby Council, Labour lost its grip on it.", "unverified"),  # was conflicting
              ("Tom Reed lost his seat in Mill ward.", "conflicting")),
    # where the claim tells the statement's very word as so, its denial of another word alike is of another act
    *_against("Gary Holt, the leader of Harby Council, said the council had not been told of the factory's closure before it was announced.",
              ("The council was kept in the dark about the closure until it was announced, its leader said.", "unverified"),  # was conflicting
              ("Gary Holt said the council had been told of the factory's closure before it was announced.", "conflicting")),
    # a count of what was added is dated by the later reading, as a change is ("6,500 more visitors in 2024": the
    # 2024 of "to 47,500 in 2024", not the 2023 it rose from)
    *_against("Visitor numbers at Harby Museum rose from 41,000 in 2023 to 47,500 in 2024.",
              ("Harby Museum attracted 6,500 more visitors in 2024.", "supported"),  # was conflicting
              ("Harby Museum had 2,000 more staff in 2024.", "unverified")),  # was conflicting
    # the whole a share is told of is the claim's whole, not the part the claim tells
    *_against("The Felby Hospice appeal, which has a target of £3 million, had raised £1.7 million by May 2025.",
              ("More than half of the £3m Felby Hospice appeal target had been raised by May 2025.", "supported"),  # was conflicting
              ("Less than half of the £3m Felby Hospice appeal target had been raised by May 2025.", "conflicting")),
    # those who abstained are the tally's abstentions ("by 30 votes to 12, with four abstentions")
    *_against("Harby councillors approved the new library, by 30 votes to 12 with four abstentions, on 5 March 2025.",
              ("Four councillors abstained in the vote on the new library.", "supported"),  # was unverified
              ("Six councillors abstained in the vote on the new library.", "conflicting")),  # was unverified
]


def test_an_interval_from_a_main_event_the_claims_date_in_another_verb(tmp_path):
    # the main clause's own date is backed where the clause is, though the claim tells it in another verb
    checker = _checker_of(tmp_path, _one_source("Felby council", "Ann Price was elected leader of Felby Council on 14 June 2025.",
                                                "The Conservatives lost control of Felby Council on 2 June 2025."))
    _expect(checker, {
        # (was conflicting: 14 June set against the loss of control's 2 June)
        "Ann Price became leader on 14 June 2025, twelve days after the Conservatives lost control of Felby Council.": "supported",
        "Ann Price became leader on 14 June 2025, three weeks after the Conservatives lost control of Felby Council.": "conflicting"})


def test_a_paper_credited_is_checked_against_its_own_figure(tmp_path):
    # two papers give a recount's margin differently; the second tells it in a relative clause of place, whose
    # subject is its own ("gained Felby ward, where Ann Price won by 15 votes": Ann Price's margin)
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kelby Courier, type: org, aliases: [The Kelby Courier]}\n"
        "  - {name: Harby Echo, type: org, aliases: [The Harby Echo]}\n"
        "sources:\n  - {id: courier, title: Council election results, outlet: Kelby Courier, published: '2025-05-03'}\n"
        "  - {id: echo, title: Lib Dems gain Felby, outlet: Harby Echo, published: '2025-05-04'}\n"
        "claims:\n  - {id: c1, source: courier, quote: 'After a recount in Felby ward, Liberal Democrat Ann Price won by 12 votes.',"
        " text: 'After a recount in Felby ward, Liberal Democrat Ann Price won by 12 votes.'}\n"
        "  - {id: c2, source: echo, quote: 'The Liberal Democrats gained Felby ward, where Ann Price won by 15 votes after a recount.',"
        " text: 'The Liberal Democrats gained Felby ward, where Ann Price won by 15 votes after a recount.'}\n"))
    _expect(checker, {"According to the Harby Echo, Ann Price won Felby ward by 12 votes.": "conflicting",  # was unverified
                      "According to the Harby Echo, Ann Price won Felby ward by 15 votes.": "supported",
                      "According to the Kelby Courier, Ann Price won Felby ward by 15 votes.": "conflicting",
                      "According to the Kelby Courier, Ann Price won Felby ward by 12 votes.": "supported"})


_ONE_CLAIM = (_SHARES_MORE + _GUARDS_OF_TITLES_AND_SHARES + _OTHER_WORDS + _WHOLES_AND_PARTS + _PLACES_OF_ACTS + _MOVED_DATES + _INFORMED + _GUARDS + _DIMENSIONS_AND_NAMES
              + _TITLED + _READ_IN_SESSION_39 + _READ_IN_SESSION_40 + _READ_IN_SESSION_41 + _READ_IN_SESSION_42 + _READ_IN_SESSION_42_B + _READ_IN_SESSION_42_C + _READ_IN_SESSION_42_D + _READ_IN_SESSION_43 + _READ_IN_SESSION_44 + _READ_IN_SESSION_45 + _READ_IN_SESSION_46 + _READ_IN_SESSION_47 + _READ_IN_SESSION_48 + _READ_IN_SESSION_49 + _READ_IN_SESSION_49_B + _READ_IN_SESSION_50 + _READ_IN_SESSION_50_B + _READ_IN_SESSION_51 + _READ_IN_SESSION_52 + _SPEAKERS_AFTER + _PLANS_DENIED + _ITS_OF_THE_SUBJECT + _NOT_VOUCHED_FOR + _REVIEWED_IN_SESSION_50 + _REVIEWED_IN_SESSION_50_B + _REVIEWED_IN_SESSION_49 + _REVIEWED_IN_SESSION_49_B + _READ_WHOLE + _READ_IN_SESSION_55 + _READ_IN_SESSION_56 + _READ_IN_SESSION_57 + _READ_IN_SESSION_58 + _READ_IN_SESSION_58_B + _REVIEWED_IN_SESSION_58 + _READ_IN_SESSION_59 + _REVIEWED_IN_SESSION_59 + _READ_IN_SESSION_59_B + _READ_IN_SESSION_60 + _READ_IN_SESSION_60_B + _READ_IN_SESSION_60_C + _READ_IN_SESSION_61 + _READ_IN_SESSION_61_B + _READ_IN_SESSION_62 + _READ_IN_SESSION_63
              + _READ_IN_SESSION_64)




@pytest.mark.parametrize("claim, statement, verdict", _ONE_CLAIM, ids=[c[1][:70] for c in _ONE_CLAIM])
def test_figures_against_a_claim_of_their_own(tmp_path, claim, statement, verdict):
    title, text = claim if isinstance(claim, tuple) else ("Local figures", claim)  # (a claim with its article's title)
    checker = _checker_of(tmp_path, _one_source(title, text))
    result = checker.check(statement)
    assert result.verdict.value == verdict, result.reason


def test_a_conclusion_told_of_its_speaker_is_her_saying(tmp_path):
    """A statement that an opinion's speaker concluded it (Searle's assertives: "concluded", "complained", as
    "said") tells her saying, which the opinion claim records; told as fact, it is what the claim only holds."""
    text = ("The planning inspector, Ruth Calder, said the benefits of the Harby bypass clearly outweigh the harm "
            "to the Felby wetland.")
    base = ("sources:\n  - {id: s, title: 'Bypass inquiry', published: '2025-03-01'}\nclaims:\n"
            f"  - id: c1\n    source: s\n    quote: {json.dumps(text)}\n    text: {json.dumps(text)}\n    kind: opinion\n")
    checker = _checker_of(tmp_path, base)
    told = checker.check("The planning inspector, Ruth Calder, concluded that the bypass's benefits clearly outweighed "
                         "the harm to the wetland.")
    assert told.verdict.value == "supported", told.reason  # was unverified: "concluded" was no saying
    as_fact = checker.check("The bypass's benefits clearly outweigh the harm to the wetland.")
    assert as_fact.verdict.value == "unverified", as_fact.reason


def test_a_place_a_longer_name_opens_on_is_no_other_place(tmp_path):
    """"The old building in Castle Street" is where the "Castle Street ambulance station" is, as far as the names
    tell: no place set against it (was conflicting); a street the claim never names still is no support."""
    checker = _checker_of(tmp_path, _entities_and_source(
        ["{name: Orlsby, type: place}", "{name: Kirkby ambulance station, type: place, part_of: [Orlsby], aliases: [Kirkby station]}",
         "{name: Castle Street ambulance station, type: place, part_of: [Orlsby], aliases: [old Castle Street station]}"],
        "Station", "The Kirkby ambulance station has room for 14 ambulances, and will be the base for 126 staff, up from 78 at "
                   "the old Castle Street station."))
    _expect(checker, {
        "The new station will be home to 48 more staff than the old building in Castle Street.": "unverified",
        "The new station will be home to 48 more staff than the old building in Mill Lane.": "unverified",
    })


def test_a_base_date_is_placed_at_its_own_year(tmp_path):
    """A claim's dates given in the base ("the year to March 2025", "the year to March 2026") each stand where
    the text tells that year: the later one was once placed at the earlier one's words, which left the two
    readings of the budget without their times, and no fall worked out of them."""
    text = ("Felby Council's parks budget will fall from £6 million in the year to March 2025 to £4.5 million in the "
            "year to March 2026.")
    base = ("sources:\n  - {id: s, title: 'Parks budget', published: '2024-12-01'}\nclaims:\n"
            f"  - id: c1\n    source: s\n    quote: {json.dumps(text)}\n    text: {json.dumps(text)}\n"
            "    dates: [{date: '2025-03', relation: to, text: 'the year to March 2025'}, "
            "{date: '2026-03', relation: to, text: 'the year to March 2026'}]\n")
    checker = _checker_of(tmp_path, base)
    _expect(checker, {
        "Felby Council's parks budget is being cut by a quarter, to £4.5m.": "supported",  # was UNVERIFIED
        "Felby Council's parks budget is being cut by a third, to £4.5m.": "conflicting",
    })


def test_an_earlier_event_the_statement_adds_may_come_from_another_claim(tmp_path):
    """"fined £84,000 after pleading guilty to 23 breaches": one claim tells the fine (after "admitting" the
    breaches), another the plea; the occasion the statement adds is the second claim's to tell, so the two
    together bear it out. A cause ("because of") joins two facts as neither claim does, and an occasion no
    claim tells stays unsaid."""
    checker = _checker_of(tmp_path, _one_source(
        "Landlord fined",
        "Harby landlord Colin Vance has been fined £62,000 after admitting 17 breaches of fire safety rules.",
        "Colin Vance, 58, pleaded guilty at Harby Magistrates' Court on 3 June 2025.",
        "Harby Council said Colin Vance owns nine properties in the town."))
    _expect(checker, {
        "Colin Vance was fined £62,000 after pleading guilty to 17 breaches of fire safety rules.": "supported",  # was UNVERIFIED
        "Colin Vance was fined £62,000 after pleading guilty to 27 breaches of fire safety rules.": "conflicting",
        "Colin Vance was fined £62,000 after being evicted by his tenants.": "unverified",
        "Colin Vance was fined £62,000 because of the nine properties he owns.": "unverified",
    })


def test_a_claim_silent_on_the_outcome_does_not_outweigh_one_that_contradicts_it(tmp_path):
    """"Harby Rovers lost to Felby Town at Mill Park on 3 May 2025": a claim of the crowd at the match says all
    but the outcome, which another claim tells the other way ("beat Felby Town 3-1"). The closer claim says nothing
    of the word in dispute, so the one that does decides."""
    checker = _checker_of(tmp_path, _one_source(
        "Rovers promoted",
        "Harby Rovers beat Felby Town 3-1 at Mill Park on 3 May 2025 to win promotion.",
        "A record crowd of 4,120 watched Harby Rovers' match against Felby Town at Mill Park on 3 May 2025."))
    _expect(checker, {
        "Harby Rovers lost to Felby Town at Mill Park on 3 May 2025.": "conflicting",  # was SUPPORTED
        "Harby Rovers beat Felby Town at Mill Park on 3 May 2025.": "supported",
        "A record crowd of 4,120 watched the match between Harby Rovers and Felby Town.": "supported",
    })


def test_a_claim_of_the_match_alone_backs_no_outcome(tmp_path):
    """A claim that a crowd watched the match tells who played, not who won: "Harby Rovers beat Felby Town" and
    "lost to Felby Town" both went SUPPORTED by it. Winning a prize is no contest's outcome."""
    checker = _checker_of(tmp_path, _one_source(
        "Cup tie", "A crowd of 3,800 watched Harby Rovers' cup tie against Felby Town at Mill Park on 9 March 2025.",
        "Ruth Lane received the 2024 Harby Book Prize for her first novel."))
    _expect(checker, {
        "Harby Rovers beat Felby Town at Mill Park on 9 March 2025.": "unverified",  # was SUPPORTED
        "Harby Rovers lost to Felby Town at Mill Park on 9 March 2025.": "unverified",  # was SUPPORTED
        "A crowd of 3,800 watched Harby Rovers' cup tie against Felby Town.": "supported",
        "Ruth Lane won the 2024 Harby Book Prize for her first novel.": "supported",
    })


def test_the_doer_after_by_may_be_named_after_a_description(tmp_path):
    """"be replaced by the trust's finance director, Sam Okoro": the doer is the name set off after the
    description, so another person named elsewhere in the base is no doer of the replacing (a reading
    of two claims once lent Tom Reed to it, and backed the statement)."""
    checker = _checker_of(tmp_path, _one_source(
        "Trust news",
        "Dana Pryor will step down as chief executive of Harlow Hospitals Trust in May and be replaced by the "
        "trust's finance director, Sam Okoro.",
        "Harlow Hospitals Trust was set up in 1994 by Tom Reed."))
    _expect(checker, {
        "Dana Pryor will be replaced as chief executive of Harlow Hospitals Trust by Tom Reed.": "conflicting",  # was UNVERIFIED
        "Dana Pryor will be replaced as chief executive of Harlow Hospitals Trust by Sam Okoro.": "supported",
    })


def _ferries_base(*claims) -> str:
    """A claim base of one article on a ferry company, each claim a dict of its fields."""
    out = "sources:\n  - {id: s, title: 'Harlow Ferries results', published: '2025-04-10'}\nclaims:\n"
    for k, fields in enumerate(claims, start=1):
        out += f"  - id: c{k}\n    source: s\n" + "".join(
            f"    {name}: {value if name == 'dates' else json.dumps(value)}\n" for name, value in fields.items())
    return out


def test_a_date_the_claim_writes_in_full_is_its_own_though_the_base_lists_another(tmp_path):
    # the base lists only when the service starts; the claim's text still says when the bookings were counted
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote="By 1 October 2025, 410 passengers had booked its winter service, which starts on 31 October 2025.",
        text="Harlow Ferries said 410 passengers had booked by 1 October 2025 for its winter service, which starts on 31 October 2025.",
        dates='[{date: "2025-10-31", text: "31 October 2025"}]')))
    assert checker.check("Harlow Ferries said 410 passengers had booked its winter service by 1 October 2025.").verdict.value == "supported"
    assert checker.check("Harlow Ferries said its winter service starts on 30 November 2025.").verdict.value == "conflicting"
    text = "Harlow Ferries said 410 passengers had booked by 1 October 2025 for its winter service, which starts on 31 October 2025."
    assert checker.check(text).verdict.value == "supported"  # (its own text: was CONFLICTING)
    # ... a season with its year too; not a year alone ("its budget for 2025-26" is what the budget is for)
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote="On 3 June the crews' union said its members could be balloted on strikes in summer 2025.",
        text="The Harlow Ferries crews' union said on 3 June 2025 that its members could be balloted on strikes in summer 2025.",
        dates='[{date: "2025-06-03", text: "3 June 2025"}]')))
    assert checker.check("The crews' union said on 3 June 2025 that its members could be balloted on strikes in summer 2023.").verdict.value \
        == "conflicting"


def test_a_date_the_base_lists_once_dates_each_place_the_text_tells_it(tmp_path):
    # "in 2024, 4 per cent more than in 2023; 31 crossings were cancelled during 2024": the listed 2024
    # was read at its first place only, so the crossings were dated by 2023
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote="It carried 2.1 million passengers, 4 per cent more than a year earlier. Thirty-one crossings were "
              "cancelled during the year because of storms.",
        text="Harlow Ferries carried 2.1 million passengers in 2024, 4 per cent more than in 2023; 31 crossings were "
             "cancelled during 2024 because of storms.",
        dates='[{date: "2024", text: "2024"}, {date: "2023", text: "2023"}]')))
    _expect(checker, {
        "Harlow Ferries cancelled 31 crossings during 2024 because of storms.": "supported",  # was CONFLICTING
        "Harlow Ferries cancelled 31 crossings during 2023 because of storms.": "conflicting",  # was SUPPORTED
    })


def test_the_words_of_a_date_oppose_nothing(tmp_path):
    # the quote's "last year" is a date, not the "last" opposite to the text's "first two ferries"
    quote = "Harlow's first two ferries entered service in 2009 and 2014 and carried 2.1 million passengers last year."
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote=quote, text="Harlow's first two ferries entered service in 2009 and 2014 and carried 2.1 million passengers in 2024.")))
    _expect(checker, {quote: "supported",  # was CONFLICTING: "statement: last; claim: first"
                      "Harlow's last two ferries entered service in 2009 and 2014.": "conflicting"})


def test_a_verb_with_a_tense_of_its_own_after_a_modal_s_verb_is_not_under_the_modal(tmp_path):
    # "would make a profit ... and said ...": "said" has its own tense, so the saying is a fact (it was
    # read as a forecast, and the claim's own quote as a fact it did not back)
    quote = "She forecast a profit of about £2 million this year and said the company hoped to carry 2.5 million passengers."
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote=quote, kind="forecast", attribution="Mara Lind",
        text="Mara Lind forecast that Harlow Ferries would make a profit of about £2 million in 2025 and said the company "
             "hoped to carry 2.5 million passengers in 2025.")))
    assert checker.analyzer.analyze(
        "Lind forecast that Harlow Ferries would make a profit and said it hoped to grow.").predicate_modality["say"] == "fact"
    assert checker.analyzer.analyze("The hall will be closed and demolished in 2026.").predicate_modality["demolish"] == "future"
    _expect(checker, {quote: "supported",  # was UNVERIFIED
                      "Mara Lind said Harlow Ferries hoped to carry 3 million passengers in 2025.": "conflicting"})


def test_a_figure_hoped_for_is_not_set_against_one_that_happened(tmp_path):
    # what happened ("carried 1.8 million") is not what someone hoped would ("hoped to carry 2.5 million")
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote="Mara Lind said the company hoped to carry 2.5 million passengers in 2025.", kind="forecast",
        text="Mara Lind said Harlow Ferries hoped to carry 2.5 million passengers in 2025.")))
    def amounts(statement):
        judged = checker.judgements(checker.analyzer.analyze(statement))[0]
        return [c.relation for c in judged.checks if c.slot == "amount"]
    assert amounts("Harlow Ferries carried 1.8 million passengers.") == ["related"]  # was "conflicts"
    assert amounts("Harlow Ferries is carrying 3 million passengers this year.") == ["conflicts"]  # the plan itself
    assert amounts("Mara Lind said Harlow Ferries hoped to carry 3 million passengers in 2025.") == ["conflicts"]


def test_no_longer_having_to_denies_the_verb_after_it(tmp_path):
    checker = _checker_of(tmp_path, _ferries_base(dict(
        quote="The bridge opened in May, and drivers will no longer have to wait two hours for a ferry.",
        text="The Harlow bridge opened in May 2025, with drivers no longer having to wait two hours for a ferry.")))
    assert "wait" in checker.analyzer.analyze("Drivers are glad of no longer having to wait for a ferry.").negated
    _expect(checker, {"The Harlow bridge opened in May 2025, with drivers no longer having to wait two hours for a ferry.":
                      "supported"})  # was CONFLICTING: "the statement says 'wait', the claim says 'not wait'"


def test_a_nationality_of_the_quote_s_subject_is_not_who_acts(tmp_path):
    # the quote's "the Portuguese striker joined" made Portugal the joiner, so that the text's own
    # "Tomas Ferreira, a Portuguese striker, joined" was no denial's contradiction
    base = ("sources:\n  - {id: s, title: 'Season review', published: '2024-05-07'}\nclaims:\n"
            "  - id: c1\n    source: s\n    quote: 'The 26-year-old Portuguese striker joined from Setubal for £450,000 in July 2022'\n"
            "    text: 'Tomas Ferreira, a 26-year-old Portuguese striker, joined Redmoor Athletic from Setubal for £450,000 in July 2022.'\n")
    checker = _checker_of(tmp_path, base)
    result = checker.check("Tomas Ferreira did not join Redmoor Athletic in July 2022.")
    assert result.verdict.value == "conflicting", result.reason  # was UNVERIFIED
    assert checker.analyzer.analyze("The Portuguese striker joined Redmoor.").agents.get("join") is None


def test_no_before_the_subject_of_a_verb_denies_the_verb_not_the_subject(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Bank", "Brightwell said no customers would lose their deposits."))
    assert checker.analyzer.analyze("Brightwell said no customers would lose their deposits.").negated == {"lose"}
    assert checker.analyzer.analyze("There will be no closures this year.").negated == {"closure"}  # none, there
    told = checker.check("Brightwell said customers would lose their deposits.")
    assert told.verdict.value == "conflicting" and "'lose'" in told.reason and "customer" not in told.reason, told.reason


def test_changes_the_opposite_way_say_so_in_the_reason(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Local news", "Apple sales in Tarnshire fell by 25% in 2024."))
    result = checker.check("Apple sales in Tarnshire rose by 25% in 2024.")
    assert result.verdict.value == "conflicting"
    assert "up 25%" in result.reason and "down 25%" in result.reason, result.reason  # was "25%; claim: 25%"


def test_a_short_unit_after_hours_is_minutes_not_millions():
    from claimcheck.text import quantities

    assert [(q.value, q.noun) for q in quantities.extract("She won in 2h 08m 47s.")] == [(7727, "seconds")]
    assert [(q.value, q.noun) for q in quantities.extract("He ran it in 3 hrs 5 mins.")] == [(185, "minutes")]
    assert [q.value for q in quantities.extract("The council won a £24m grant.")] == [24_000_000]


def test_a_relative_after_an_appositive_tells_of_the_name_and_both_joins_no_clauses():
    from claimcheck.text import clauses

    parts = [p.text for p in clauses.split(
        "Tomas Ekberg, the men's winner of the 2025 Harlow half marathon, whose time of 62 minutes was a course record, "
        "has given his prize money to a hospice.")]
    assert "Tomas Ekberg's time of 62 minutes was a course record" in parts  # not the half marathon's time
    assert "Arvena employs 200 people" in [p.text for p in clauses.split("The plant was built by Arvena, a Dutch firm, which employs 200 people.")]
    # a phrase opening the sentence is no name the relative tells of
    assert "the city council has 99 seats" in [p.text for p in clauses.split("In Leeds, the city council, which has 99 seats, voted.")]
    sentence = ("Patients at Kelby General in Harlow waited less, with 64 per cent seen within four hours in both "
                "January and February, up from 58 per cent last year.")
    assert [p.text for p in clauses.split(sentence)] == [sentence]  # "both ... and" joins two things
    # an -s word English has no verb for is a plural noun, not the verb of a second clause
    sentence = "At Tarrow Academy 58 per cent of pupils passed in English and maths, down from 61 per cent last year."
    assert [p.text for p in clauses.split(sentence)] == [sentence]
    assert len(clauses.split("Tarrow Academy has 900 pupils and plans two new classrooms.")) == 2
    # and a relative after an age tells of the name before it
    assert "Ada Venn gained nine grade 9s" in [p.text for p in clauses.split(
        "Ada Venn, 16, who gained nine grade 9s, said she would study chemistry.")]


def test_a_conflict_after_a_set_off_phrase_points_at_its_own_words(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Rail", "Kelby Rail cancelled 412 trains in March, and its fares rose in April."))
    statement = "Kelby Rail, a train operator based in Harlow, cancelled 380 trains in March, and its fares rose in April."
    result = checker.check(statement)
    assert result.verdict.value == "conflicting", result.reason
    # the clause is read without the appositive; its figure is shown where the sentence has it
    assert statement[result.span[0]:result.span[1]].startswith("380"), result.span
    assert statement[result.correction.start:result.correction.end].startswith("380"), result.correction


def test_a_part_loses_no_names_its_sentence_gives(tmp_path):
    # a sentence a claim supports whole is not contradicted, through a part that leaves its names out
    # ("it will not put any money into the lab"), by a claim of another's money that never names them
    checker = _checker_of(tmp_path, _one_source("Water lab",
        "Kestrel Pumps, a manufacturer based in Harlow, will be the Tarn Water Lab's main industrial partner; it will not "
        "put any money into the lab, but will lend it engineers.",
        "Tarn County Council will add £2 million of its own money to the lab, bringing its cost to £9 million."))
    result = checker.check("Kestrel Pumps, a manufacturer based in Harlow, will be the Tarn Water Lab's main industrial "
                           "partner; it will not put any money into the lab, but will lend it engineers.")
    assert result.verdict.value == "supported", result.reason  # was CONFLICTING: 'not money' against the council's
    wrong = checker.check("Kestrel Pumps, a manufacturer based in Harlow, will be the Tarn Water Lab's main industrial "
                          "partner; it will put £1 million into the lab, but will lend it engineers.")
    assert wrong.verdict.value == "conflicting", wrong.reason


def test_not_before_a_date_is_from_it_as_not_until_is(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Solar park", "The Harlow solar park will not open until 2029."))
    result = checker.check("The Harlow solar park will not open before 2029.")
    assert result.verdict.value != "conflicting", result.reason  # was CONFLICTING: "before 2029" against 2029


def test_a_plural_subject_after_and_opens_a_clause_and_a_named_part_keeps_its_conflict(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Results",
        "Tarrow Academy's English results rose by 5 per cent in 2024.",
        "Tarrow Academy's maths results fell by 3 per cent in 2024."))
    both = "Tarrow Academy's English results rose by 5 per cent in 2024 and maths results fell by 3 per cent."
    assert checker.check(both).verdict.value == "supported"  # "and maths results fell": a clause of its own
    checker = _checker_of(tmp_path, _one_source("Hospital",
        "Kelby General will open a new maternity ward in September, with 40 beds.",
        "The ward will not be staffed by agency nurses.",
        "Harlow Council approved a £3 million plan to repair the Elm Road bridge."), folder="ward")
    result = checker.check("Kelby General will open a new maternity ward in September, with 40 beds, and the ward "
                           "will be staffed by agency nurses.")
    assert result.verdict.value == "conflicting", result.reason  # the part names its ward: its conflict stands


def test_a_conflict_in_a_relative_clause_points_at_its_own_words(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Bakeries", "Barker Foods opened 10 shops last year."))
    statement = "Sales at Barker Foods, the Leeds bakery chain, which opened 12 shops last year, rose 8 per cent."
    result = checker.check(statement)
    assert result.verdict.value == "conflicting", result.reason
    assert statement[result.span[0]:result.span[1]].startswith("12"), result.span  # was ' year, r'
    assert statement[result.correction.start:result.correction.end] == "12", result.correction


def test_an_earliest_time_says_so_in_the_reason(tmp_path):
    checker = _checker_of(tmp_path, _one_source("Bypass", "The new Harlow bypass will not open before 2027."))
    result = checker.check("The Harlow bypass will open in 2029.")
    assert result.verdict.value == "unverified"
    assert "only the earliest time (not before 2027), not 2029" in result.reason, result.reason


def test_a_part_opening_on_a_pronoun_is_read_with_its_sentence(tmp_path):
    # the sentence names the council too, but "it" is Kestrel Pumps: the council's money is no answer to it
    text = ("Kestrel Pumps, a manufacturer based in Harlow, will be the Tarn Water Lab's main industrial partner alongside "
            "Tarn County Council; it will not put any money into the lab, but will lend it engineers.")
    checker = _checker_of(tmp_path, _one_source("Water lab", text,
        "Tarn County Council will add £2 million of its own money to the lab, bringing its cost to £9 million."))
    result = checker.check(text)
    assert result.verdict.value == "supported", result.reason


_HARBOUR_QUAY = [
    "Brenfield Council's planning committee approved the £40 million Harbour Quay scheme by nine votes to two on 4 March 2025.",
    "The Harbour Quay scheme includes a 120-room hotel, a cinema and 300 homes.",
    "Councillor Ada Morrow, who chairs Brenfield Council's planning committee, said the Harbour Quay scheme would bring jobs to the town.",
    "Brenfield Council received 210 objections to the Harbour Quay scheme during its consultation.",
    "The developer of the Harbour Quay scheme, Tarnside Estates, said building would start in the summer of 2025.",
    "Brenfield Council's planning committee rejected plans for a supermarket on Mill Lane in January 2025.",
    "The Harbour Quay scheme will cut the number of parking spaces on the quay from 900 to 650.",
    "Brenfield Council's planning committee has eleven members.",
    "Brenfield Council's planning committee will meet again on 1 April 2025.",
]


def test_an_act_done_to_another_thing_is_no_opposite(tmp_path):
    # "rejected plans for a supermarket on Mill Lane" says nothing against backing the Harbour Quay scheme
    claims = [c if "parking spaces" not in c else "The car park on Harbour Quay will shrink from 900 spaces to 650 spaces."
              for c in _HARBOUR_QUAY]
    checker = _checker_of(tmp_path, _one_source("Harbour Quay approved", *claims))
    _expect(checker, {
        "Brenfield Council's planning committee backed the £40 million Harbour Quay scheme by nine votes to two, a scheme "
        "that will remove 250 parking spaces.": "unverified",  # was CONFLICTING: "statement: backed; claim: rejected"
        "Brenfield Council's planning committee backed the £40 million Harbour Quay scheme by nine votes to two.": "supported",
        "Brenfield Council's planning committee rejected the £40 million Harbour Quay scheme.": "conflicting",
        "Brenfield Council's planning committee approved plans for a supermarket on Mill Lane.": "conflicting",
    })


def test_a_claim_that_says_little_else_lends_the_figure_it_gives(tmp_path):
    # the sale is one claim's (which says "the college"); the roll another's, which names the college: the
    # two together, the figure lent in its own words; a wrong figure or another's count lends nothing
    checker = _checker_of(tmp_path, _one_source(
        "Dunmere College sells sports hall",
        "The college sold its former sports hall on Tanner Lane to a housing developer for £2.4 million in June 2025.",
        "Dunmere College, which has 8,200 students and 640 staff, is the largest college in the county."))
    _expect(checker, {
        "Dunmere College has 8,200 students and sold its former sports hall on Tanner Lane for £2.4 million.": "supported",
        # (the claim that gives the college's students and staff contradicts a wrong count of either: session 54)
        "Dunmere College has 9,000 students and sold its former sports hall on Tanner Lane for £2.4 million.": "conflicting",
        "Dunmere College has 8,200 staff and sold its former sports hall on Tanner Lane for £2.4 million.": "conflicting",
    })


def test_figures_credited_to_the_claims_own_outlet(tmp_path):
    # "on the Kelby Courier's figures", "by the Kelby Courier's account": the outlet that published the claim,
    # as "according to the Kelby Courier" is; another outlet is no source of this claim
    checker = _checker_of(tmp_path, (
        "entities:\n  - {name: Kelby Courier, type: org}\n  - {name: Harton Gazette, type: org}\n"
        "  - {name: Kelby Council, type: org}\n"
        "sources:\n  - {id: s1, title: Road repairs, outlet: Kelby Courier, published: '2025-03-01'}\n"
        "claims:\n  - {id: c1, source: s1, quote: \"Kelby Council spent £4.2 million on road repairs in 2024.\",\n"
        "     text: \"Kelby Council spent £4.2 million on road repairs in 2024.\"}\n"))
    _expect(checker, {
        "On the Kelby Courier's figures, Kelby Council spent £4.2 million on road repairs in 2024.": "supported",  # was UNVERIFIED
        "By the Kelby Courier's account, Kelby Council spent £4.2 million on road repairs in 2024.": "supported",  # was UNVERIFIED
        "On the Harton Gazette's figures, Kelby Council spent £4.2 million on road repairs in 2024.": "unverified",
        "On the Kelby Courier's figures, Kelby Council spent £5.2 million on road repairs in 2024.": "conflicting",
    })


def _garden_trust_base() -> str:
    # nine claims naming the trust, one of them on its shops' takings: a statement told mostly in what a
    # figure counts ("nine garden centres") must still find the claim that counts them
    return _one_source(
        "Hollin Trust annual report",
        "The Hollin Trust said its takings from ticket sales covered less than a third of its running costs in 2024.",
        "The Hollin Trust employs 140 people at its headquarters in Ambury.",
        "The Hollin Trust was founded in 1962 by a group of Ambury gardeners.",
        "The Hollin Trust's chairman, Peter Gask, said the trust would not raise its entry prices in 2025.",
        "The Hollin Trust planted 3,000 trees on the Ambury estate last winter.",
        "The Hollin Trust's annual report was published on 4 March 2025.",
        "The Hollin Trust opened a visitor centre at Croft Hall in May 2024.",
        "The Hollin Trust's volunteers gave 52,000 hours of their time in 2024.",
        "The Hollin Trust's nine garden centres took £3.1m in 2024, up 5 per cent on 2023.")


def test_what_a_figure_counts_finds_the_claim_that_counts_it(tmp_path):
    checker = _checker_of(tmp_path, _garden_trust_base())
    _expect(checker, {
        "Takings at the Hollin Trust's nine garden centres fell by 5 per cent in 2024.": "conflicting",  # was UNVERIFIED
        "The Hollin Trust's 9 garden centres took £3.1 million in 2024.": "supported",
        "The Hollin Trust's eleven garden centres took £3.1m in 2024.": "conflicting",
    })


def test_the_year_a_change_is_measured_on_is_not_its_date(tmp_path):
    # "up 5 per cent on 2023": news' "on" after a change's figure names the time it is measured against (as
    # "than in 2023" and "up from ... in 2023" do), not the time of the figure; a day's "on" still dates it
    checker = _checker_of(tmp_path, _one_source(
        "Trust results", "The Hollin Trust's nine garden centres took £3.1m in 2024, up 5 per cent on 2023.",
        "Shares in Marlow Foods rose 4 per cent on 12 March 2025."))
    _expect(checker, {
        "The Hollin Trust's garden centres took 5 per cent more in 2024 than in 2023.": "supported",
        "The Hollin Trust's nine garden centres took 5 per cent more in 2024.": "supported",
        "What the Hollin Trust's nine garden centres took rose 5 per cent in 2024.": "supported",  # was CONFLICTING
        "The Hollin Trust's nine garden centres took £3.1m in 2023.": "conflicting",
        "Shares in Marlow Foods rose 4 per cent on 14 March 2025.": "conflicting",
        "Shares in Marlow Foods rose 4 per cent on 12 March 2025.": "supported",
    })


def test_a_change_of_the_head_before_a_phrase_is_that_heads(tmp_path):
    # "Sales at the Harby-based brewery co-operative climbed": sales climbed, not the co-operative, so a
    # claim's fall in profit, which names the co-operative, is no contradiction of it
    checker = _checker_of(tmp_path, _one_source(
        "Harby Ales results", "Harby Ales, the brewery co-operative based in Harby, made a profit of £2.1 million in 2024, "
        "down from £2.9 million in 2023."))
    _expect(checker, {
        "Sales at the Harby-based brewery co-operative climbed 6% to £41m in 2024.": "unverified",  # was CONFLICTING
        "Profit at the Harby-based brewery co-operative climbed 6% in 2024.": "conflicting",
        "Harby Ales made a profit of £2.1 million in 2024.": "supported",
    })


@pytest.mark.parametrize("text, modality", [
    ("Bin crews in Kelby were due back at work on Monday 3 June 2024.", "future"),  # was FACT: a schedule
    ("Tom Reade is due in court on 3 June.", "future"),  # was FACT
    ("The bus was due at 9pm.", "future"),  # was FACT
    ("Tarn Foods said £60,000 was due in back pay.", "fact"),  # owed, no schedule
    ("The delay was due to a signal failure.", "fact"),  # a cause, no schedule
    ("Bin crews in Kelby went back to work on Monday 3 June 2024.", "fact"),
])
def test_due_back_or_in_is_a_schedule(text, modality):
    from claimcheck.analysis import Analyzer

    assert Analyzer().analyze(text).modality == modality


@pytest.mark.parametrize("text, word, verb", [
    # a word in -s before a past verb that ends its clause, or a phrase of its own and then one, is the noun
    # the verb tells of: no verb in -s stands right before another finite verb
    ("Passenger numbers slumped in 2023, while cargo volumes surged.", "volumes", False),  # was a verb
    ("Cargo volumes at Kessel airport rose in 2023.", "volumes", False),  # was a verb
    ("Marlow Foods' cargo volumes rose sharply.", "volumes", False),
    # ... but a verb in -s with a participle describing its object stays a verb
    ("The council plans reduced opening hours.", "plans", True),
    ("Marlow Foods sells used cars.", "sells", True),
    # a figure quantifies a noun phrase whose head is its last noun: "240 new homes", "three council flats"
    ("Harby Council approved 240 new homes.", "homes", False),  # was a verb
    ("The trust opened three new wards in 2024.", "wards", False),  # was a verb
    ("Harby Council plans 240 homes.", "plans", True),
    # ... not a name's number, nor an adverb between
    ("Bus 42 still runs on Sundays.", "runs", True),
    ("Ward 9 now admits children only.", "admits", True),
])
def test_a_plural_before_a_past_verb_is_a_noun(text, word, verb):
    from claimcheck.analysis import Analyzer

    analysis = Analyzer().analyze(text)
    at = next(k for k, t in enumerate(analysis.tokens) if t.text == word)
    assert analysis.verbal(at) is verb


def test_a_parts_figure_is_not_its_owners(tmp_path):
    # "Marlow Foods' bakery at Tanby employs 300 people": the bakery's staff, not the company's, unless the
    # statement names the bakery too
    checker = _checker_of(tmp_path, _one_source(
        "Marlow Foods", "Marlow Foods' bakery at Tanby, opened in 2019, employs 300 people."))
    _expect(checker, {
        "Marlow Foods employs 2,000 people.": "unverified",  # was CONFLICTING
        "Marlow Foods' bakery at Tanby employs 450 people.": "conflicting",
        "Marlow Foods' Tanby bakery employs 300 people.": "supported",
    })


def test_two_measures_each_with_a_phrase_after_its_head(tmp_path):
    # "sales at the Harby-based co-operative climbed ..., while profit fell": each verb is its own head's,
    # past a phrase and a hyphened modifier
    checker = _checker_of(tmp_path, _one_source(
        "Harby results", "Sales at the Harby-based co-operative climbed 6% to £41m in 2024, while profit fell to £2m.",
        "Profits at the Hemsby brewery fell as costs rose.",
        "Membership fees at the Carrow tennis club rose, while the number of members fell."))
    _expect(checker, {
        "Sales at the Harby co-operative fell in 2024.": "conflicting",
        "Profit at the Harby co-operative rose in 2024.": "conflicting",
        "Sales at the Harby co-operative rose in 2024.": "supported",
        "Profits at the Hemsby brewery rose.": "conflicting",
        "Costs at the Hemsby brewery rose.": "supported",
        # (what "the number of members" counts is the measure that fell)
        "The number of members at the Carrow tennis club rose.": "conflicting",  # was UNVERIFIED
        "The number of members at the Carrow tennis club fell.": "supported",
    })


@pytest.mark.parametrize("text, word", [
    # "scheduled to run", "set to open": a time set, read as the future, as "due to run" is; no word a claim
    # must say as well ("will run from 18 to 20 July")
    ("The Kelby Festival is scheduled to run from 18 to 20 July 2025.", "schedule"),
    ("The new Kelby pool is set to open in May 2026.", "set"),
])
def test_a_time_set_is_read_as_the_future_not_as_a_word(text, word):
    from claimcheck.analysis import Analyzer

    analysis = Analyzer().analyze(text)
    assert analysis.modality == "future" and word not in analysis.content



@pytest.mark.parametrize("text, speakers", [
    # "described the report as thorough but gloomy": the subject says what the report is, as "said the
    # report was ..." makes it speak
    ("Harton's council leader, Ruth Kemp, described the Roads Agency's report as thorough but gloomy.", ["Ruth Kemp"]),  # was none
    ("Tom Arden branded the bypass plan as reckless.", ["Tom Arden"]),  # was none
    ("Tom Arden branded the bus cuts a disgrace.", ["Tom Arden"]),  # was none
    # ... not a description of no "as" ("described the crash"), a participle set off, or "as" of no complement
    ("Tom Arden described the crash to the inquest.", []),
    ("Harby Rovers, branded as the league's surprise package, beat Kelby United 3-0.", []),
    ("Kelby Foods labelled its bottles as well as its cans.", []),
])
def test_describing_a_thing_as_something_is_saying_it(text, speakers):
    from claimcheck.analysis import Analyzer

    assert [m.name for m in Analyzer().analyze(text).speakers] == speakers


@pytest.mark.parametrize("text, compared", [
    # "compared with 2023", "when compared to": a comparison's marker, as "than" is, no act a claim must tell
    ("Ticket sales at the Kelby Playhouse rose 8 per cent compared with 2023.", False),
    ("The album was more ambitious when compared to the band's first.", False),
    # ... but comparing is an act where it is done to something
    ("The council compared the two bypass schemes.", True),
])
def test_compared_with_marks_a_comparison(text, compared):
    from claimcheck.analysis import Analyzer

    assert ("compare" in Analyzer().analyze(text).content) is compared



def test_a_time_set_is_no_deed_done(tmp_path):
    # "is scheduled to open on 12 May", "is due to open": an arrangement, as "will open" is; the opening
    # done is no telling that it was arranged, but the arrangement told again is
    checker = _checker_of(tmp_path, _one_source(
        "Kelby trams", "The Kelby tram extension opened on 12 May 2025.", "The Harby bypass will open on 3 June 2025."))
    _expect(checker, {
        "The Kelby tram extension is scheduled to open on 12 May 2025.": "unverified",
        "The Kelby tram extension is due to open on 12 May 2025.": "unverified",  # was SUPPORTED
        "The Harby bypass is scheduled to open on 3 June 2025.": "supported",
        "The Harby bypass is slated to open on 10 June 2025.": "conflicting",
    })


def test_what_the_number_of_a_verbs_object_counts_is_its_measure(tmp_path):
    checker = _checker_of(tmp_path, _one_source(
        "Kelby hospital", "Kelby hospital increased the number of nurses but reduced the number of beds."))
    _expect(checker, {
        "Kelby hospital reduced the number of nurses.": "conflicting",
        "Kelby hospital increased the number of nurses.": "supported",
        "Kelby hospital increased the number of beds.": "conflicting",
    })


def test_a_result_undated_is_a_periods_not_another_measures(tmp_path):
    # "operating profit for the first half came to £52m" is a period's result, no other reading of what was
    # spent on meters; a loss made "on" a thing is that thing's, which its cost may still contradict
    checker = _checker_of(tmp_path, _one_source(
        "Marlow Energy", "Marlow Energy spent £85 million on smart meters in the first half of 2025.",
        "Kelby Council made a loss of £2 million on the sale of the old library."))
    _expect(checker, {
        "Marlow Energy's operating profit for the first half came to £52 million.": "unverified",  # was CONFLICTING
        "Marlow Energy spent £52 million on smart meters in the first half of 2025.": "conflicting",
        "The sale of the old library cost Kelby Council £3 million.": "conflicting",
    })


def test_an_opposite_act_done_to_another_thing_contradicts_nothing(tmp_path):
    # the objects of two opposite acts, each a common noun and the statement's nowhere in the claim, are two
    # things: "rejected a new school" is another decision than "approved 240 new homes", and so is its date;
    # a word for any decided thing ("the plans") or the claim's own noun is the claim's matter
    checker = _checker_of(tmp_path, _one_source(
        "Harby planning", "Harby Council approved 240 new homes on 3 March 2024."))
    _expect(checker, {
        "Harby Council rejected a new school.": "unverified",  # was CONFLICTING
        "Harby Council rejected a new school in May 2024.": "unverified",  # was CONFLICTING
        "Harby Council did not approve a new school.": "unverified",
        "Harby Council rejected the homes.": "conflicting",
        "Harby Council rejected the plans last week.": "conflicting",
        "Harby Council approved the homes in May 2024.": "conflicting",
    })



def test_imperial_figures_are_the_metric_ones_converted_and_rounded(tmp_path):
    # a mile is 1,609.344 metres and an acre 4,046.86 square metres; a figure converted is told rounded to its
    # last digit that is not a nought, and within a tenth ("seven miles" for 12 km, 7.46 miles)
    checker = _checker_of(tmp_path, _one_source(
        "Harby bypass", "The Harby bypass is 12 kilometres long.", "The Kelby solar farm covers 40 hectares."))
    _expect(checker, {
        "The Harby bypass is 7.5 miles long.": "supported",  # was UNVERIFIED
        "The Harby bypass is seven miles long.": "supported",  # was UNVERIFIED
        "The Harby bypass is less than five miles long.": "conflicting",  # was UNVERIFIED
        "The Harby bypass is nine miles long.": "conflicting",  # was UNVERIFIED
        "The Kelby solar farm covers 100 acres.": "supported",  # (98.8 acres) was UNVERIFIED
        "The Kelby solar farm covers 120 acres.": "conflicting",  # was UNVERIFIED
    })
    mistaken = _checker_of(tmp_path, _one_source("Pier", "The Harby pier is 2,000 metres long."), "pier")
    # the same figure in the other system's unit is the unit mistaken, however round the figure
    assert mistaken.check("The Harby pier is 2,000 yards long.").verdict.value != "supported"
    assert mistaken.check("The Harby pier is 2,200 yards long.").verdict.value == "supported"




@pytest.mark.parametrize("text, verbs", [
    ("Kelby Air cut peak fares by 5% in 2024.", ["cut"]),  # was ["fares"]
    ("Harby Council set new targets.", ["set"]),  # was ["targets"]
    ("Kelby Air cut fares after a fall in demand.", ["cut"]),
    ("Highgate Stores will not reopen its Marsden branch after the floods.", ["reopen"]),
])
def test_the_verb_before_a_bare_plural_object(text, verbs):
    from claimcheck.analysis import Analyzer

    analysis = Analyzer().analyze(text)
    assert [t.text for k, t in enumerate(analysis.tokens) if analysis.verbal(k)] == verbs



def test_the_ends_of_a_move_told_the_other_way_round(tmp_path):
    # where a move starts ("from") and where it ends ("to"), with the same verb, are not interchangeable
    checker = _checker_of(tmp_path, _one_source(
        "Lindow Foods", "Lindow Foods moved its headquarters from Castleton to Brayford in 2023."))
    _expect(checker, {
        "Lindow Foods moved its headquarters from Brayford to Castleton in 2023.": "conflicting",  # was SUPPORTED
        "Lindow Foods moved its headquarters to Castleton in 2023.": "conflicting",  # was SUPPORTED
        "Lindow Foods moved its headquarters to Brayford in 2023.": "supported",
        "Lindow Foods moved its headquarters from Castleton in 2023.": "supported",
        # another thing moved, a move back, and an extent (the same either way round) are no reversal
        "Lindow Foods moved 40 delivery vans from Brayford to Castleton in 2023.": "unverified",
        "Lindow Foods moved its headquarters back to Castleton in 2024.": "unverified",  # was CONFLICTING (2024)
    })
    checker = _checker_of(tmp_path, _one_source("A61", "The A61 was closed from Brayford to Castleton on 3 May 2024."), "road")
    assert checker.check("The A61 was closed from Castleton to Brayford on 3 May 2024.").verdict.value == "supported"




def test_a_name_before_a_noun_is_the_name_the_claim_gives_after_it(tmp_path):
    # "the Salterby tram extension" is "the Blue Line tram extension to Salterby": one owner of the figure,
    # no other name in Blue Line's place
    checker = _checker_of(tmp_path, _one_source(
        "Trams", "The Blue Line tram extension to Salterby carried 198,000 passengers in its first four weeks."))
    _expect(checker, {
        "The Salterby tram extension drew 218,000 passengers in its first four weeks.": "conflicting",  # was UNVERIFIED
        "The Salterby tram extension drew 198,000 passengers in its first four weeks.": "supported",  # was CONFLICTING
    })
    # a name after the noun in a relative clause or the predicate is another's thing
    rival = _checker_of(tmp_path, _one_source("Bids", "Kelby Foods' bid, which beat a rival offer from Harby Group, was worth £40m."), "bids")
    assert rival.check("The Harby Group offer was worth £30m.").verdict.value == "unverified"
    bypass = _checker_of(tmp_path, _one_source("Bypass", "The Kelby bypass opened in 2019, three years before the bypass around Harby."), "bypass")
    assert bypass.check("The Harby bypass opened in 2019.").verdict.value == "conflicting"


def test_one_vote_tallied_in_each_text():
    # "by nine votes to three" against the marina base's "by seven votes to five": the same vote, whoever each
    # names before its tally (the statement's "the marina plans", the claim's council)
    from claimcheck.engine import open_checker

    checker = open_checker([str(BASES / "marina" / "claims.yaml")], use_cache=False)
    _expect(checker, {
        "In October 2023 the marina plans were refused by Haddlesea's planning committee by nine votes to three.":
            "conflicting",  # was UNVERIFIED
    })


def test_a_denial_in_another_clause_is_no_denial_of_the_figures_verb(tmp_path):
    # "refused to say how much" denies a saying in its own clause, not the "said" that gives the figure
    checker = _checker_of(tmp_path, _one_source(
        "Builders", "The Kelby Federation of Builders said 17 subcontractors were owed about £1.6 million by Tolland; "
                    "the administrators refused to say how much Tolland owed in total."))
    _expect(checker, {
        "Seventeen subcontractors were owed about £2.6m by Tolland, the Kelby Federation of Builders said.":
            "conflicting",  # was UNVERIFIED
    })



def test_a_tally_is_no_change_and_the_level_it_came_to():
    # "backed the cuts by 27 votes to 19": no cut by 27 to a level of 19 (27 / 46 = 58.7%), which was set
    # against a grant "cut by a third"
    from claimcheck import arithmetic
    from claimcheck.analysis import Analyzer

    analysis = Analyzer().analyze("Councillors backed the arts cuts by 27 votes to 19, with three abstentions.")
    worked = [how for _, how, *_ in arithmetic.derived(analysis)]
    assert "27 / (19 + 27) = 58.7%" not in worked  # was worked out
    assert "27 + 19 = 46" in worked  # the tally's total still is
    # ... but a majority cut by so many votes to a level is a change, whatever it counts
    cut = Analyzer().analyze("Labour's majority in Kelby was cut by 3,000 votes to 9,400.")
    assert "3,000 / (9,400 + 3,000) = 24.2%" in [how for _, how, *_ in arithmetic.derived(cut)]


def test_a_plural_before_a_past_verb_heads_the_description(tmp_path):
    # "Kelby Dairy's member farms sent ...": the farms, no member of the dairy (a person the base names)
    checker = _checker_of(tmp_path, _entities_and_source(
        ["{name: Kelby Dairy, type: org, aliases: [Kelby], industry: [dairy]}",
         "{name: Ann Tilley, type: person, role: [board member], member_of: [Kelby Dairy]}"],
        "Kelby Dairy", "Kelby Dairy's 1,140 member farms supplied 1.06 billion litres of milk in 2024.",
        "Ann Tilley, a member of Kelby Dairy's board, said prices were too low."))
    result = checker.check("Kelby's member farms sent it just over a billion litres of milk in 2024.")
    assert result.verdict.value == "supported", result.reason
    assert "Ann Tilley" not in result.reason  # was "Kelby's member = Ann Tilley"



def test_a_figure_of_another_time_is_no_misdated_figure(tmp_path):
    # "sales passed £55 million in 2026" tells another year's sales than the claim's £47.5 million of 2024;
    # the claim's own figure told of another year is misdated
    checker = _checker_of(tmp_path, _one_source(
        "Bakery", "Kelby Bakeries' sales edged up to £47.5 million in the year to 30 November 2024."))
    _expect(checker, {
        "Kelby Bakeries' sales passed £55 million in 2026.": "unverified",  # was CONFLICTING
        "Kelby Bakeries' sales were £47.5 million in the year to 30 November 2025.": "conflicting",
    })


def test_a_date_of_anothers_figure_is_no_misdating():
    # the bakery base's claim of Greystone Foods ("its sales were £210 million in 2024") names none of what
    # "Sales at Pennock's topped £55 million in 2026" names: its date contradicts nothing of Pennock's
    from claimcheck.engine import open_checker

    checker = open_checker([str(BASES / "bakery" / "claims.yaml")], use_cache=False)
    analysis = checker.analyzer.analyze("Sales at Pennock's topped £55 million in 2026.")
    greystone = next(j for j in checker.judgements(analysis) if j.claim.id == "review-acquisitions")
    assert [c.slot for c in greystone.deciding_conflicts] == ["date"]  # the two dates differ ...
    assert greystone.conflicts == 0.0  # ... but no conflict: was 0.99


def test_a_role_before_a_verb_in_s_and_a_participle_is_a_person(tmp_path):
    # "Kelby Rovers' manager says injured players will return": "says" is the verb, "injured" describes the
    # players; the manager is the one the base names
    checker = _checker_of(tmp_path, _entities_and_source(
        ["{name: Kelby Rovers, type: org}", "{name: Tom Baxter, type: person, role: [manager], member_of: [Kelby Rovers]}"],
        "Kelby Rovers", "Tom Baxter said injured players would return in April."))
    result = checker.check("Kelby Rovers' manager says injured players will return in April.")
    assert result.verdict.value == "supported", result.reason


@pytest.mark.parametrize("text, values", [
    ("The project cost three-quarters of a million pounds.", [750_000]),  # was £1 million
    ("The scheme cost two thirds of a billion pounds.", [2e9 / 3]),  # was £1 billion
    ("Half a dozen schools closed.", [6]),  # was 12
    ("The trust raised a quarter of a million pounds.", [250_000]),
    # "all but two of the 30 schools": the rest of the whole, which is read as well
    ("All but two of the 30 schools in Harby met the target.", [28, 30]),  # was two
    ("All but one of its 12 buses passed the test.", [11, 12]),  # was no count but the 12
])
def test_fractions_and_rests_of_a_whole_in_words(text, values):
    from claimcheck.analysis import Analyzer

    assert [q.value for q in Analyzer().analyze(text).quantities] == pytest.approx(values)





def test_a_word_told_and_denied_in_two_clauses_of_a_claim(tmp_path):
    # "opened a new ward and did not open the planned clinic": a denial of what the affirming clause tells is
    # contradicted by it; "refused to say when" denies a saying of when, not the saying before it
    checker = _checker_of(tmp_path, _one_source(
        "Trust", "The Kelby trust opened a new ward in May and did not open the planned clinic.",
        "Harby Council said it would close Elm Street Library but refused to say when."))
    _expect(checker, {
        "The Kelby trust did not open a new ward in May.": "conflicting",  # was SUPPORTED
        "The Kelby trust did not open the planned clinic.": "supported",
        "The Kelby trust opened the planned clinic.": "conflicting",
        "Harby Council did not say it would close Elm Street Library.": "conflicting",  # was SUPPORTED
        "Harby Council did not say when it would close Elm Street Library.": "supported",
        "Harby Council did not say why it would close Elm Street Library.": "unverified",  # was SUPPORTED
        # a denial of something the claim never names is no contradiction
        "The Kelby trust did not open a maternity unit in May.": "unverified",
    })
    # an "and" in a list is no joint of two clauses: both branches are denied
    branches = _checker_of(tmp_path, _one_source(
        "Branches", "Arden Council closed the Orrin branch but did not close the Kelby and Harby branches."), "branches")
    _expect(branches, {
        "Arden Council did not close the Harby branch.": "supported",
    })
    # a figure told in the affirming clause is the claim's, whatever the other clause denies
    rates = _checker_of(tmp_path, _one_source(
        "Rates", "Kelby Bank cut its interest rate to 3 percent but did not cut its fees."), "rates")
    assert rates.check("Kelby Bank cut its interest rate to 4 percent.").verdict.value == "conflicting"


def test_a_time_clause_after_a_would_is_of_the_same_future():
    """"41 jobs would go when brewing ended": the clause of time after a future seen from the past is told in the
    past, as one after "will" is told in the present ("when the creamery closes"); both are of the time to come."""
    from claimcheck.analysis import Analyzer

    analysis = Analyzer().analyze("A trade paper reported that 41 jobs would go when brewing ended at the brewhouse.")
    assert analysis.predicate_modality["end"] == "future"  # was "fact"
    assert Analyzer().analyze("The mill closed when its owner died.").predicate_modality["die"] == "fact"


def test_the_object_of_a_relative_clause_does_not_speak():
    """"The trust that runs Felby General insisted ...": the trust speaks; the hospital it runs, the object of the
    relative clause before "insisted", does not (it was read as the speaker, and set against the trust's name as
    another source). The holder of an aside still speaks: "Ann Lee, who chairs the Felby Trust, said"."""
    from claimcheck.analysis import Analyzer

    analyzer = Analyzer()
    assert [m.name for m in analyzer.analyze("The trust that runs Felby General Hospital insisted that no patient was "
                                             "harmed.").speakers] == []
    assert [m.name for m in analyzer.analyze("Ann Lee, who chairs the Felby Trust, said the plan was sound.").speakers] == ["Ann Lee"]
