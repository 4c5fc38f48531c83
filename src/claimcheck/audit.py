"""The claim base against itself: where claims from different sources agree on a fact, and where they disagree."""

from __future__ import annotations

from dataclasses import dataclass

from . import decide

CANDIDATES = 15


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
    """agree/disagree/None for two claims, looking both ways: a dispute needs each claim to be
    about the other's matter; an agreement needs one to support the other."""
    forward = checker.judge(a_analysis, b)
    backward = checker.judge(b_analysis, a)
    support_at, conflict_at = decide.thresholds(checker.thresholds)
    if forward.conflicts >= conflict_at and backward.conflicts >= conflict_at:
        return "disagree", forward.deciding_conflicts[0].describe()
    for j in (forward, backward):
        if j.supports >= support_at:
            agreed = [c.describe() for c in j.checks if c.relation == "supports"]
            return "agree", agreed[0] if agreed else "the claims state the same"
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
