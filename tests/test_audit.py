from claimcheck.audit import pairs
from claimcheck.claimbase import load_claim_base
from claimcheck.engine import Checker

TWO_SOURCES = """\
sources:
  - {id: a, title: A}
  - {id: b, title: B}
  - {id: c, title: C}
claims:
  - {id: a-plant, source: a, quote: q, text: "Acme will hire 350 workers at its new plant in Leeds in March 2025."}
  - {id: b-plant, source: b, quote: q, text: "Acme will hire 500 workers at its new plant in Leeds in March 2025."}
  - {id: c-plant, source: c, quote: q, text: "Acme will hire about 350 workers at its new plant in Leeds."}
  - {id: c-other, source: c, quote: q, text: "The mayor of Leeds has 12 advisers."}
"""


def test_audit_finds_disputes_and_agreements(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(TWO_SOURCES)
    found = {(p.relation, tuple(sorted((p.first.id, p.second.id)))) for p in pairs(Checker(load_claim_base([str(path)])))}
    assert ("disagree", ("a-plant", "b-plant")) in found
    assert ("agree", ("a-plant", "c-plant")) in found
    assert not any("c-other" in ids for _, ids in found)


def test_builtin_base_has_agreements_and_no_false_disputes(checker):
    found = pairs(checker)
    assert not [p for p in found if p.relation == "disagree"]
    assert any({p.first.id, p.second.id} == {"chinaebr-two-meetings-a-year", "csia-meet-at-least-twice"} for p in found)
