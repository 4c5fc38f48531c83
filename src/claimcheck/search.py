"""Ranked look-up of claims: BM25 over text, quotes, names and titles, re-ranked with rapidfuzz."""

from __future__ import annotations

import re

from .engine import search_terms
from .model import Claim, Source

CANDIDATES = 50
_URL_RE = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+")
# a pasted tweet ends "— Name (@handle) February 25, 2016": who posted it, not what it says
_TWEET_TAIL_RE = re.compile(r"\s[—–-]{1,2}\s*[^—–\n]{0,80}\(@\w{1,30}\)\s*\w{3,9}\.? \d{1,2}, \d{4}\s*$")
_HANDLE_RE = re.compile(r"(?<!\w)@(\w{1,30})")
_HASHTAG_RE = re.compile(r"(?<!\w)#(\w{1,60})")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def clean_query(text: str) -> str:
    """Text as people paste it (tweets included) down to what it says: no links, tails or # and @ marks."""
    text = _TWEET_TAIL_RE.sub("", text)
    text = _URL_RE.sub(" ", text)
    text = _HASHTAG_RE.sub(lambda m: _CAMEL_RE.sub(" ", m.group(1)), text)
    text = _HANDLE_RE.sub(lambda m: _CAMEL_RE.sub(" ", m.group(1)), text)
    return " ".join(text.split())


class Hit:
    __slots__ = ("claim", "source", "score")

    def __init__(self, claim: Claim, source: Source, score: float):
        self.claim, self.source, self.score = claim, source, score  # score: 0..100

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

    query = clean_query(query) or query
    analysis = checker.analyzer.analyze(query)
    # every word counts in a search, names' words too ("Obama" finds "President Barack Obama")
    terms = search_terms(analysis.tokens) + list(analysis.names)
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
