"""Ranked look-up of claims: BM25 over text, quotes, names and titles, re-ranked with rapidfuzz."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Claim, Source

CANDIDATES = 50


@dataclass
class Hit:
    claim: Claim
    source: Source
    score: float  # 0..100

    def as_dict(self) -> dict:
        return {
            "claim_id": self.claim.id,
            "score": round(self.score, 1),
            "text": self.claim.text,
            "quote": self.claim.quote,
            "source": self.source.as_dict() if self.source else {"id": self.claim.source},
        }


def search(checker, query: str, limit: int = 10) -> list:
    """The claims best matching ``query``, best first."""
    from rapidfuzz import fuzz, utils

    analysis = checker.analyzer.analyze(query)
    terms = list(analysis.content) + list(analysis.names)
    hits = checker.index.search(terms, max(CANDIDATES, limit))
    if not hits:
        return []
    top = hits[0][1] or 1.0
    processed = utils.default_process(query)
    ranked = []
    for doc, bm25 in hits:
        claim = checker.base.claim_at(doc)
        fuzzy = max(
            fuzz.token_set_ratio(processed, utils.default_process(claim.text)),
            fuzz.token_set_ratio(processed, utils.default_process(claim.quote)),
        )
        score = 0.6 * (100.0 * bm25 / top) + 0.4 * fuzzy
        ranked.append(Hit(claim, checker.base.sources.get(claim.source), score))
    ranked.sort(key=lambda h: -h.score)
    return ranked[:limit]
