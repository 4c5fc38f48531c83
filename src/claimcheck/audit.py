"""The claim base against itself: where claims from different sources agree on a fact, and where they disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

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
    first_source: object = None  # Source, when the base has it
    second_source: object = None
    # where they disagree: the words of each claim's text that differ ("10 companies", "15 companies")
    values: Optional[tuple] = None

    def as_dict(self) -> dict:
        return {"relation": self.relation, "claims": [self.first.id, self.second.id],
                "sources": [self.first.source, self.second.source], "reason": self.reason,
                "values": list(self.values) if self.values else None,
                "quotes": [self.first.quote, self.second.quote]}


def _conflict_spans(cmp) -> list:
    """(reason, span) of each disagreement a comparison found, the span in the compared text."""
    return [(r, span) for r, span, _ in cmp.conflicts] + [(e.reason, e.span) for e in cmp.elements if e.relation == "conflicts"]


def _judge(checker, a, b, a_analysis, b_analysis):
    """(agree/disagree, reason, values) or None for two claims, looking both ways (the more
    specific one decides support)."""
    forward = compare(a_analysis, checker.claim_analysis(b), checker.index.weight)
    backward = compare(b_analysis, checker.claim_analysis(a), checker.index.weight)
    mutual = all(c.same_matter and max(c.coverage, c.coverage_for_conflict) >= DISPUTE_COVERAGE for c in (forward, backward))
    if mutual:
        ahead, behind = _conflict_spans(forward), _conflict_spans(backward)
        if ahead or behind:
            reason = (ahead or behind)[0][0]
            values = None
            if ahead and behind and ahead[0][1] and behind[0][1]:
                (s1, e1), (s2, e2) = ahead[0][1], behind[0][1]
                values = (a_analysis.text[s1:e1], b_analysis.text[s2:e2])
            return "disagree", reason, values
    agreed = [e.reason for cmp in (forward, backward) if cmp.same_matter for e in cmp.elements if e.relation == "supports"]
    if agreed:
        return "agree", agreed[0], None
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
