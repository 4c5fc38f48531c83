"""Ranked look-up of claims: BM25 over text, quotes, names and titles, re-ranked with rapidfuzz."""

from __future__ import annotations

import weakref
from math import fsum  # sums over sets: exact, so the same in every process whatever the set's order

from .index import search_terms
from .lazyre import lazy
from .model import Claim, Source

CANDIDATES = 50
# Longer than any query a person types or pastes (a post, a paragraph): only its beginning is
# searched, so that time and memory stay bounded on any input.
MAX_QUERY_CHARS = 10_000
_URL_RE = lazy(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+")
# a pasted tweet ends "— Name (@handle) February 25, 2016": who posted it and when, not what it says
_TWEET_TAIL_RE = lazy(r"\s[—–-]{1,2}\s*([^—–\n]{0,80})\(@?\w{1,30}\)\s*(\w{3,9})\.? (\d{1,2}), (\d{4})\s*$")
_HANDLE_RE = lazy(r"(?<!\w)@(\w{1,30})")
_HASHTAG_RE = lazy(r"(?<!\w)#(\w{1,60})")
_CAMEL_RE = lazy(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def posted(text: str) -> tuple:
    """(author, datetime.date) from a pasted tweet's "— Name (@handle) Month D, YYYY" tail;
    (None, None) when there is none."""
    import datetime as dt

    from .text.lexicon import MONTHS

    m = _TWEET_TAIL_RE.search(text)
    if not m:
        return None, None
    author = " ".join(m.group(1).split()) or None
    try:
        date = dt.date(int(m.group(4)), MONTHS[m.group(2).lower()], int(m.group(3)))
    except (KeyError, ValueError):
        date = None
    return author, date


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
        self.claim, self.source, self.score = claim, source, score  # score: 0..100, absolute (see absolute_score)

    def as_dict(self) -> dict:
        return {
            "claim_id": self.claim.id,
            "score": round(self.score, 1),
            "text": self.claim.text,
            "quote": self.claim.quote,
            "source": self.source.as_dict() if self.source else {"id": self.claim.source},
        }


class QueryResult:
    """A query and the claims it found, best first."""

    __slots__ = ("query", "hits")

    def __init__(self, query: str, hits: list):
        self.query, self.hits = query, hits

    def as_dict(self) -> dict:
        return {"query": self.query, "results": [h.as_dict() for h in self.hits]}


# Re-ranking: a linear score over these features of (query, candidate claim), weights fitted
# by pairwise logistic regression on the CheckThat! train splits (benchmarks/train_ranker.py;
# the data stay outside the repository, only these numbers come from them). Features overlap,
# so single weights can come out negative; only the sum means anything.
FEATURES = ("bm25_share", "bm25_log", "fuzzy_text", "fuzzy_title", "query_covered", "claim_covered",
            "bigrams", "numbers_agree", "numbers_differ", "names_shared", "rank",
            "related_query_covered", "related_claim_covered",
            "published_within_month", "published_within_year", "author_named")
# P(relevant) = 1 / (1 + exp(-(a * score + b))) over the weighted score; a claim is shown when it
# scores MIN_SCORE or says MIN_COVERED of the query in related words (in a small base BM25 tells
# little). All three fitted by benchmarks/train_ranker.py (see its docstring).
CALIBRATION = (0.6110, -15.4779)
MIN_SCORE = 0.1
MIN_COVERED = 0.28
WEIGHTS = (-4.540, 3.880, 1.619, 6.612, 0.418, -1.171, 0.726, -0.469, 0.057, -2.598, 2.747, 15.680, 2.070,
           3.359, 1.838, 4.528)

# With claimcheck[semantic] installed: the same features and one more, the cosine of the
# query's and the claim's sentence vectors (semantic.py), with their own weights, calibration
# and limits, fitted the same way (benchmarks/train_ranker.py --semantic).
SEMANTIC_FEATURES = FEATURES + ("semantic",)
SEMANTIC_WEIGHTS = (-4.652, 2.089, 1.486, 6.412, 0.614, -3.938, 6.516, 0.677, -0.200, -1.960, 3.345, 6.853, 0.110,
                    3.560, 1.980, 2.084, 21.518)
SEMANTIC_CALIBRATION = (0.5502, -14.8073)
SEMANTIC_MIN_SCORE = 0.1
SEMANTIC_MIN_COVERED = 0.28


class Query:
    """What the ranking needs of a query, worked out once for all its candidates."""

    def __init__(self, checker, text: str):
        from rapidfuzz import utils

        from .text.related import SoftQuery, table

        author, self.date = posted(text)
        self.author_words = {w.lower() for w in (author or "").split() if w[:1].isupper() and len(w) > 1}
        # the sentence model reads the query as written: links do not confuse it, and a post's
        # tail names who said it (better on the CheckThat! dev splits than the cleaned text)
        self.raw = text
        text = clean_query(text) or text
        self.analysis = analysis = checker.analyzer.analyze(text)
        self.processed = utils.default_process(text)
        tokens = analysis.tokens
        self.search_terms = search_terms(tokens)
        self.terms = set(self.search_terms)
        self.terms_weight = fsum(checker.index.weight(t) for t in self.terms) or 1.0
        self.bigrams = _bigrams(tokens)
        self.numbers = _numbers(tokens)
        self.related = SoftQuery(_piece_weights(checker, tokens), table())

    def candidates(self, checker, depth: int = CANDIDATES) -> list:
        """[(doc, bm25)] best first; every word counts in a search, names' words too
        ("Obama" finds "President Barack Obama"), and words of nearly the same meaning a little
        ("photo" finds "photograph", "died" finds "killed")."""
        terms = self.search_terms + list(self.analysis.names)
        implied = _implied_terms(self.analysis.tokens, set(terms))
        return checker.index.search(terms + list(implied), depth, implied)


def features(checker, query: Query, doc: int, bm25: float, top: float, rank: int) -> tuple:
    """The FEATURES of one candidate claim for ``query``."""
    import math

    from rapidfuzz import fuzz, utils

    claim = checker.base.claim_at(doc)
    source = checker.base.source_of(claim)
    claim_tokens = _claim_tokens(checker, doc, claim)
    claim_terms = set(search_terms(claim_tokens))
    weight = checker.index.weight
    c_total = fsum(weight(t) for t in claim_terms) or 1.0
    shared = fsum(weight(t) for t in query.terms & claim_terms)
    c_numbers = _numbers(claim_tokens)
    c_names = {m.name for m in checker.analyzer.matcher.find(claim_tokens)}
    names = query.analysis.names
    # a title speaks for a claim when its article has no other: it cannot tell 16 claims apart
    specific = 1.0 / checker.base.source_sizes().get(claim.source, 1) if source else 0.0
    related = query.related.overlap(*_claim_pieces(checker, doc, claim_tokens, source, specific))
    return (
        bm25 / top,
        math.log1p(bm25),
        fuzz.token_set_ratio(query.processed, utils.default_process(claim.text)) / 100,
        specific * fuzz.token_set_ratio(query.processed, utils.default_process(source.title)) / 100 if source else 0.0,
        shared / query.terms_weight,
        shared / c_total,
        len(query.bigrams & _bigrams(claim_tokens)) / (len(query.bigrams) or 1),
        1.0 if query.numbers & c_numbers else 0.0,
        1.0 if query.numbers and c_numbers and not query.numbers & c_numbers else 0.0,
        len(names & c_names) / (len(names) or 1),
        1.0 / (1 + rank),
        related[0],
        related[1],
        *_published_near(query.date, source),
        len(query.author_words & {t.lower for t in claim_tokens}) / (len(query.author_words) or 1),
    )


def _published_near(date, source) -> tuple:
    """(published within a month of the query's date, within a year): fact-checks follow the
    posts they check within days, so a pasted post's date points at the ones of its time."""
    import datetime as dt

    from .claimbase import parse_iso

    parts = parse_iso(source.published) if date and source and source.published else None
    if not parts or None in parts:
        return 0.0, 0.0
    days = (dt.date(*parts) - date).days
    return (1.0 if -3 <= days <= 31 else 0.0), (1.0 if abs(days) <= 365 else 0.0)


# related words that open candidates: similarity at least this, scoring this share of a query word
IMPLIED_MIN_SIMILARITY = 0.5
IMPLIED_WEIGHT = 0.5
_TERM_OF_PIECE: dict = {}


def _implied_terms(tokens, own: set) -> dict:
    """term -> weight of the words related to a query's words (a whole word each, by the related
    pieces table), the query's own terms left out."""
    from .text.related import table
    from .text.tokens import tokenize

    related = table()
    vocabulary = related.vocabulary
    out = {}
    for token in tokens:
        if not token.is_content:
            continue
        pieces = related.pieces.pieces(token.text)
        if len(pieces) != 1:
            continue
        for piece, sim in related.related(pieces[0]).items():
            if sim < IMPLIED_MIN_SIMILARITY:
                continue
            term = _TERM_OF_PIECE.get(piece)
            if term is None:
                word = vocabulary[piece]
                found = tokenize(word) if not word.startswith("##") else ()
                term = _TERM_OF_PIECE[piece] = found[0].lemma if len(found) == 1 and found[0].is_content else ""
            if term and term not in own and sim * IMPLIED_WEIGHT > out.get(term, 0.0):
                out[term] = sim * IMPLIED_WEIGHT
    return out


def _numbers(tokens) -> set:
    return {t.lower.replace(",", "") for t in tokens if t.is_number}


def _piece_weights(checker, tokens) -> dict:
    """piece -> weight for the word pieces of a text's content words and numbers: a word's
    importance in the base, shared among its pieces."""
    from .text.related import table

    split = table().pieces.pieces
    weight = checker.index.weight
    out = {}
    for token, term in zip((t for t in tokens if t.is_content or t.is_number), search_terms(tokens)):
        pieces = split(token.text)
        if pieces:
            share = weight(term) / len(pieces)
            for piece in pieces:
                if share > out.get(piece, 0.0):
                    out[piece] = share
    return out


def _claim_pieces(checker, doc, claim_tokens, source, specific):
    """(piece -> weight, piece -> strength) of a claim and its source's title (which often says
    the claim again); the title's pieces count as far as the title is ``specific`` to the claim."""
    from .text.tokens import tokenize

    def make():
        pieces, strength = {}, {}
        if source and source.title and specific:
            pieces = _piece_weights(checker, tokenize(source.title))
            if specific < 1.0:
                pieces = {p: w * specific for p, w in pieces.items()}
                strength = dict.fromkeys(pieces, specific)
        for piece, weight in _piece_weights(checker, claim_tokens).items():
            strength.pop(piece, None)
            if weight > pieces.get(piece, 0.0):
                pieces[piece] = weight
        return pieces, strength

    return _per_claim(checker, "_search_pieces", doc, make)


def _claim_tokens(checker, doc, claim):
    from .text.tokens import tokenize

    return _per_claim(checker, "_search_tokens", doc, lambda: tokenize(claim.text))


# checker -> {memo name -> {doc -> value}}: what search works out per claim, for as long as the
# checker lives (weakly keyed, so the Checker itself carries nothing of search's)
_MEMOS = weakref.WeakKeyDictionary()


def _per_claim(checker, name: str, doc: int, make):
    """make() for claim ``doc``, kept while the checker lives (bounded: a long stdin session meets many)."""
    memo = _MEMOS.setdefault(checker, {}).setdefault(name, {})
    found = memo.get(doc)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        found = memo[doc] = make()
    return found


def _bigrams(tokens) -> set:
    stems = [t.lemma for t in tokens if t.is_content or t.is_number]
    return set(zip(stems, stems[1:]))


def bounded(query: str) -> str:
    """The part of ``query`` that is searched: all of it, or its first MAX_QUERY_CHARS
    characters cut at a space."""
    if len(query) <= MAX_QUERY_CHARS:
        return query
    head = query[:MAX_QUERY_CHARS]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[:cut] if cut > MAX_QUERY_CHARS // 2 else head


def search(checker, query: str, limit: int = 10) -> list:
    """The claims best matching ``query``, best first: BM25 candidates re-ranked on their features
    (and on sentence similarity where claimcheck[semantic] is installed). Only the first
    MAX_QUERY_CHARS characters of a longer query count (see :func:`bounded`)."""
    prepared = Query(checker, bounded(query))
    hits = prepared.candidates(checker, max(CANDIDATES, limit))
    if not hits:
        return []
    top = hits[0][1] or 1.0
    similarities = semantic_features(checker, prepared, hits)
    if similarities is None:
        weights, calibration, min_score, min_covered = WEIGHTS, CALIBRATION, MIN_SCORE, MIN_COVERED
    else:
        weights, calibration = SEMANTIC_WEIGHTS, SEMANTIC_CALIBRATION
        min_score, min_covered = SEMANTIC_MIN_SCORE, SEMANTIC_MIN_COVERED
    scored = []
    for rank, (doc, bm25) in enumerate(hits):
        values = features(checker, prepared, doc, bm25, top, rank)
        if similarities is not None:
            values += (similarities[rank],)
        scored.append((sum(w * v for w, v in zip(weights, values)), values[_COVERED], doc))
    scored.sort(key=lambda x: -x[0])
    out = []
    for linear, covered, doc in scored:
        score = absolute_score(linear, calibration)
        if score < min_score and covered < min_covered:
            continue  # not about what the query asks
        if len(out) == limit:
            break
        claim = checker.base.claim_at(doc)
        out.append(Hit(claim, checker.base.source_of(claim), score))
    return out


def semantic_features(checker, query: Query, hits) -> list:
    """The cosine of the query's sentence vector with each candidate claim's, in the order of
    ``hits``; None when claimcheck[semantic] is not installed."""
    return checker.semantic_similarities(query.raw, [doc for doc, _ in hits])


_COVERED = FEATURES.index("related_query_covered")


def absolute_score(linear: float, calibration: tuple = CALIBRATION) -> float:
    """0..100: how likely a claim with this ranking score is what the query is about, the same
    for every query (not relative to the query's best hit)."""
    import math

    a, b = calibration
    return 100.0 / (1.0 + math.exp(-max(-700.0, min(700.0, a * linear + b))))
