"""The claim base against itself: where claims from different sources agree on a fact, and where they disagree."""

from __future__ import annotations

from dataclasses import dataclass

from .verdict import compare

CANDIDATES = 15
# Two claims are long and share many words by topic alone: a dispute needs each to be
# about the other's matter.
DISPUTE_COVERAGE = 0.6


@dataclass
class Pair:
    relation: str  # agree | disagree
    first: object  # Claim
    second: object
    reason: str

    def as_dict(self) -> dict:
        return {"relation": self.relation, "claims": [self.first.id, self.second.id],
                "sources": [self.first.source, self.second.source], "reason": self.reason}


def _judge(checker, a, b, a_analysis, b_analysis):
    """agree/disagree/None for two claims, looking both ways (the more specific one decides support)."""
    forward = compare(a_analysis, checker.claim_analysis(b), checker.index.weight)
    backward = compare(b_analysis, checker.claim_analysis(a), checker.index.weight)
    mutual = all(c.same_matter and max(c.coverage, c.coverage_for_conflict) >= DISPUTE_COVERAGE for c in (forward, backward))
    for cmp in (forward, backward):
        if not mutual:
            break
        conflicts = [r for r, _, _ in cmp.conflicts] + [e.reason for e in cmp.elements if e.relation == "conflicts"]
        if conflicts:
            return "disagree", conflicts[0]
    agreed = [e.reason for cmp in (forward, backward) if cmp.same_matter for e in cmp.elements if e.relation == "supports"]
    if agreed:
        return "agree", agreed[0]
    return None


def pairs(checker) -> list:
    claims = [checker.base.claim_at(doc) for doc in range(len(checker.base))]
    fresh = [checker.analyzer.analyze(c.text) for c in claims]
    seen = set()
    out = []
    for i, claim in enumerate(claims):
        terms = list(fresh[i].content) + list(fresh[i].names)
        for j, _ in checker.index.search(terms, CANDIDATES):
            other = claims[j]
            if j == i or other.source == claim.source or (min(i, j), max(i, j)) in seen:
                continue
            seen.add((min(i, j), max(i, j)))
            verdict = _judge(checker, i, j, fresh[i], fresh[j])
            if verdict is None and claim.fact and claim.fact == other.fact:
                verdict = ("agree", f"both report the fact '{claim.fact}'")
            if verdict:
                out.append(Pair(verdict[0], claim, other, verdict[1]))
    out.sort(key=lambda p: (p.relation != "disagree", p.first.id))
    return out
