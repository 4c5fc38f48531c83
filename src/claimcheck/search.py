"""Ranked look-up of claims: BM25 over text, quotes, names and titles, re-ranked with rapidfuzz."""

from __future__ import annotations

import re

from .index import search_terms
from .model import Claim, Source

CANDIDATES = 50
_URL_RE = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+")
# a pasted tweet ends "— Name (@handle) February 25, 2016": who posted it, not what it says
_TWEET_TAIL_RE = re.compile(r"\s[—–-]{1,2}\s*[^—–\n]{0,80}\(@?\w{1,30}\)\s*\w{3,9}\.? \d{1,2}, \d{4}\s*$")
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


# Re-ranking: a linear score over these features of (query, candidate claim), weights fitted
# by pairwise logistic regression on the CheckThat! train splits (benchmarks/train_ranker.py;
# the data stay outside the repository, only these numbers come from them).
FEATURES = ("bm25_share", "bm25_log", "fuzzy_text", "fuzzy_title", "query_covered", "claim_covered",
            "bigrams", "numbers_agree", "numbers_differ", "names_shared", "rank")
WEIGHTS = (1.387, 2.077, 0.477, 1.204, 0.578, 0.577, 0.238, 0.127, 0.121, -0.557, 2.081)


def candidates(checker, query: str, depth: int = CANDIDATES):
    """(query analysis, processed query text, [(doc, bm25)]) for a query as people paste it."""
    from rapidfuzz import utils

    query = clean_query(query) or query
    analysis = checker.analyzer.analyze(query)
    # every word counts in a search, names' words too ("Obama" finds "President Barack Obama")
    terms = search_terms(analysis.tokens) + list(analysis.names)
    return analysis, utils.default_process(query), checker.index.search(terms, depth)


def features(checker, analysis, processed: str, doc: int, bm25: float, top: float, rank: int) -> tuple:
    import math

    from rapidfuzz import fuzz, utils

    claim = checker.base.claim_at(doc)
    source = checker.base.sources.get(claim.source)
    claim_tokens = _claim_tokens(checker, doc, claim)
    query_terms = set(search_terms(analysis.tokens))
    claim_terms = set(search_terms(claim_tokens))
    weight = checker.index.weight
    q_total = sum(weight(t) for t in query_terms) or 1.0
    c_total = sum(weight(t) for t in claim_terms) or 1.0
    shared = query_terms & claim_terms
    q_bigrams = _bigrams(analysis.tokens)
    c_bigrams = _bigrams(claim_tokens)
    q_numbers = {t.lower.replace(",", "") for t in analysis.tokens if t.is_number}
    c_numbers = {t.lower.replace(",", "") for t in claim_tokens if t.is_number}
    c_names = {m.name for m in checker.analyzer.matcher.find(claim_tokens)}
    return (
        bm25 / top,
        math.log1p(bm25),
        fuzz.token_set_ratio(processed, utils.default_process(claim.text)) / 100,
        fuzz.token_set_ratio(processed, utils.default_process(source.title)) / 100 if source else 0.0,
        sum(weight(t) for t in shared) / q_total,
        sum(weight(t) for t in shared) / c_total,
        len(q_bigrams & c_bigrams) / (len(q_bigrams) or 1),
        1.0 if q_numbers & c_numbers else 0.0,
        1.0 if q_numbers and c_numbers and not q_numbers & c_numbers else 0.0,
        len(analysis.names & c_names) / (len(analysis.names) or 1),
        1.0 / (1 + rank),
    )


def _claim_tokens(checker, doc, claim):
    from .text.tokens import tokenize

    cache = checker.__dict__.setdefault("_search_tokens", {})
    tokens = cache.get(doc)
    if tokens is None:
        if len(cache) > 50_000:
            cache.clear()
        tokens = cache[doc] = tokenize(claim.text)
    return tokens


def _bigrams(tokens) -> set:
    stems = [t.stem for t in tokens if t.is_content or t.is_number]
    return set(zip(stems, stems[1:]))


def search(checker, query: str, limit: int = 10) -> list:
    """The claims best matching ``query``, best first: BM25 candidates re-ranked on their features."""
    analysis, processed, hits = candidates(checker, query, max(CANDIDATES, limit))
    if not hits:
        return []
    top = hits[0][1] or 1.0
    scored = []
    for rank, (doc, bm25) in enumerate(hits):
        values = features(checker, analysis, processed, doc, bm25, top, rank)
        scored.append((sum(w * v for w, v in zip(WEIGHTS, values)), doc))
    scored.sort(key=lambda x: -x[0])
    best = scored[0][0] or 1.0
    out = []
    for score, doc in scored[:limit]:
        claim = checker.base.claim_at(doc)
        out.append(Hit(claim, checker.base.sources.get(claim.source), min(100.0, max(0.0, 100.0 * score / best))))
    return out
