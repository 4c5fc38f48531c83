"""The claim base against itself: where claims from different sources agree on a fact, and where they disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from . import decide

CANDIDATES = 15
DISPUTE_CERTAINTY = 0.75


@dataclass
class Pair:
    relation: str  # agree | disagree
    first: object  # Claim
    second: object
    reason: str
    first_source: object = None  # Source, when the base has it
    second_source: object = None
    # where they disagree: the words of each claim's text that differ ("10 companies", "15 companies")
    values: Optional[tuple] = None

    def as_dict(self) -> dict:
        return {"relation": self.relation, "claims": [self.first.id, self.second.id],
                "sources": [self.first.source, self.second.source], "reason": self.reason,
                "values": list(self.values) if self.values else None,
                "quotes": [self.first.quote, self.second.quote]}


def _judge(checker, a, b, a_analysis, b_analysis):
    """(agree/disagree, reason, values) or None for two claims, looking both ways: a dispute needs
    each claim to be about the other's matter; an agreement needs one to support the other."""
    forward = checker.judge(a_analysis, b)
    backward = checker.judge(b_analysis, a)
    support_at, conflict_at = decide.thresholds(checker.thresholds)
    # a dispute between two sources is a strong thing to report: both readings must be sure of it
    if min(forward.conflicts, backward.conflicts) >= max(conflict_at, DISPUTE_CERTAINTY):
        first = forward.deciding_conflicts[0]
        return "disagree", first.describe(), (first.statement_value, first.claim_value)
    for j in (forward, backward):
        if j.supports >= support_at:
            agreed = [c.describe() for c in j.checks if c.relation == "supports"]
            return "agree", agreed[0] if agreed else "the claims state the same", None
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
                verdict = ("agree", f"both report the fact '{claim.fact}'", None)
            if verdict:
                sources = checker.base.sources
                out.append(Pair(verdict[0], claim, other, verdict[1], sources.get(claim.source),
                                sources.get(other.source), verdict[2]))
    out.sort(key=lambda p: (p.relation != "disagree", p.first.id))
    return out
