"""The source's value for a conflicting amount or date, written in the statement's own words."""

import pytest

from claimcheck.correction import for_amount, for_date
from claimcheck.model import DateRef, Quantity

from .conftest import HARBOUR_BASE


def amount(text, written, **kw):
    start = text.index(written)
    return Quantity(text=written, start=start, end=start + len(written), **kw)


def apply(text, correction):
    return text[: correction.start] + correction.text + text[correction.end :]


@pytest.mark.parametrize("text, written, said, claimed, expected", [
    # the digits only: the writer's words around them stay
    ("The mill employs 120 weavers.", "120 weavers", dict(value=120, noun="weavers"),
     dict(value=145, noun="weavers"), "The mill employs 145 weavers."),
    # scale words and currency signs are kept, the figure is given in the same scale
    ("The port cost $2.1bn to build.", "$2.1bn", dict(value=2.1e9, unit="USD"),
     dict(value=2.45e9, unit="USD"), "The port cost $2.45bn to build."),
    ("Sales reached 1.5 million units.", "1.5 million units", dict(value=1.5e6, noun="units"),
     dict(value=2e6, noun="units"), "Sales reached 2.0 million units."),
    # thousands separators as the writer used them
    ("The festival drew 12,500 visitors.", "12,500 visitors", dict(value=12500, noun="visitors"),
     dict(value=31000, noun="visitors"), "The festival drew 31,000 visitors."),
    # an enumeration: the named items count, so the "others" change by the difference
    ("Oslo, Bergen and 12 other towns signed.", "Oslo, Bergen and 12 other towns",
     dict(value=14, noun="towns", detail="2 named + 12 others"), dict(value=20, noun="towns"),
     "Oslo, Bergen and 18 other towns signed."),
    # a figure written in words becomes digits
    ("The club has forty-two members.", "forty-two members", dict(value=42, noun="members"),
     dict(value=57, noun="members"), "The club has 57 members."),
    # the statement's own qualifier stays; the claim's bound is added where the statement had none
    ("The league has about 30 teams.", "about 30 teams", dict(value=30, noun="teams", qualifier="about"),
     dict(value=48, noun="teams"), "The league has about 48 teams."),
    ("The fund raised $5m.", "$5m", dict(value=5e6, unit="USD"),
     dict(value=9e6, unit="USD", qualifier="more_than"), "The fund raised more than $9m."),
    ("Percentages keep their sign: 12% voted.", "12%", dict(value=12, unit="%"),
     dict(value=21.5, unit="%"), "Percentages keep their sign: 21.5% voted."),
])
def test_amount_corrections(text, written, said, claimed, expected):
    correction = for_amount(text, amount(text, written, **said), Quantity(**claimed), "claim-1")
    assert correction is not None and correction.kind == "amount" and correction.claim_id == "claim-1"
    assert apply(text, correction) == expected


@pytest.mark.parametrize("said, claimed", [
    (dict(value=5, unit="USD"), dict(value=5, unit="EUR")),  # another currency is not the same figure
    (dict(value=2, noun="meetings", per="year"), dict(value=3, noun="meetings", per="month")),
    (dict(value=100, noun="staff", qualifier="at_most"), dict(value=170, noun="staff", qualifier="more_than")),
    # "hundreds of staff": a count between bounds has no figure to put another in place of
    (dict(value=599.5, noun="staff", qualifier="range", precision=399.5), dict(value=1200, noun="staff")),
    (dict(value=5, noun="staff"), dict(value=599.5, noun="staff", qualifier="range", precision=399.5)),
])
def test_no_correction_when_the_figures_are_not_alike(said, claimed):
    text = "It has 5 of them."
    assert for_amount(text, amount(text, "5 of them", **said), Quantity(**claimed), "c") is None


@pytest.mark.parametrize("text, written, said, claimed, expected", [
    ("The bridge opened in June 2017.", "June 2017", dict(year=2017, month=6, relation="in"),
     dict(year=2018, month=6), "The bridge opened in June 2018."),
    ("The bridge opened on 3 June 2017.", "3 June 2017", dict(year=2017, month=6, day=3, relation="on"),
     dict(year=2017, month=6, day=13), "The bridge opened on 13 June 2017."),
    # US order stays US order
    ("The bridge opened on June 3, 2017.", "June 3, 2017", dict(year=2017, month=6, day=3, relation="on"),
     dict(year=2017, month=7, day=3), "The bridge opened on July 3, 2017."),
    # "on" takes a day; when the source gives only a month, "in" it is
    ("The bridge opened on 3 June 2017.", "3 June 2017", dict(year=2017, month=6, day=3, relation="on"),
     dict(year=2016, month=9), "The bridge opened in September 2016."),
    # no year written, none added
    ("The vote is due on 12 May.", "12 May", dict(month=5, day=12, relation="on"),
     dict(year=2024, month=5, day=21), "The vote is due on 21 May."),
])
def test_date_corrections(text, written, said, claimed, expected):
    start = text.index(written)
    correction = for_date(text, DateRef(text=written, start=start, end=start + len(written), **said),
                          DateRef(**claimed), "claim-2")
    assert correction is not None and correction.kind == "date"
    assert apply(text, correction) == expected




@pytest.mark.parametrize("statement", [
    "The harbour authority installed 40 new cranes at the east quay.",
    "The east quay reopened in March 2021.",
])
def test_a_conflicting_result_carries_the_correction_and_applying_it_settles_the_conflict(tmp_path, statement):
    from claimcheck import open_checker

    path = tmp_path / "claims.yaml"
    path.write_text(HARBOUR_BASE)
    checker = open_checker([str(path)], use_cache=False)
    result = checker.check(statement)
    assert result.verdict.value == "conflicting"
    assert result.correction is not None and result.correction.claim_id in {e.claim.id for e in result.evidence}
    assert checker.check(apply(statement, result.correction)).verdict.value == "supported"


def test_a_conflict_of_actors_offers_no_value(tmp_path):
    from claimcheck import open_checker

    path = tmp_path / "claims.yaml"
    path.write_text(HARBOUR_BASE)
    result = open_checker([str(path)], use_cache=False).check("The harbour authority has not installed new cranes at the east quay.")
    assert result.correction is None
