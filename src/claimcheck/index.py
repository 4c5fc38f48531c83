"""Candidate retrieval: a BM25 inverted index over claim text, quote, names and source title.

Only claims that share a term with the query are scored, so a look-up costs the length
of a few posting lists, not the size of the claim base. Terms that a large share of the
claims hold say little and cost much: past COMMON_SHARE of a big base they are left out
of the search (not of the verdict).
"""

from __future__ import annotations

import heapq
import math
from array import array

K1 = 1.2
B = 0.75
# how much a term counts in each field of a claim
FIELD_WEIGHTS = {"text": 1.0, "quote": 0.6, "names": 1.2, "title": 0.6}
COMMON_SHARE = 0.05
COMMON_MIN_DF = 1000  # a small base keeps every term
OPENING_DF = 500  # terms this rare open candidates; commoner ones only add to candidates already open


class ClaimIndex:
    """Scoring over posting lists; subclasses say where the lists come from."""

    n = 0
    lengths: array
    avg_length = 1.0

    def posting(self, term):
        """(doc ids, weighted term frequencies) of a term, or () when no claim has it."""
        raise NotImplementedError

    def df(self, term) -> int:
        hit = self.posting(term)
        return len(hit[0]) if hit else 0

    def idf(self, term) -> float:
        df = self.df(term)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def max_idf(self) -> float:
        return math.log(1 + (self.n + 0.5) / 0.5)

    def weight(self, term) -> float:
        """Importance of a term; one the base never uses counts as the rarest."""
        cache = self.__dict__.setdefault("_weights", {})
        w = cache.get(term)
        if w is None:
            w = cache[term] = self.idf(term) if self.df(term) else self.max_idf()
        return w

    def _impacts(self, term) -> dict:
        """doc -> BM25 weight of the term in that claim (before idf), built once per term."""
        cache = self.__dict__.setdefault("_impact_cache", {})
        hit = cache.get(term)
        if hit is None:
            docs, tfs = self.posting(term)
            lengths, avg = self.lengths, self.avg_length
            k = K1 * (1 - B)
            kb = K1 * B / avg
            hit = cache[term] = {d: f * (K1 + 1) / (f + k + kb * lengths[d]) for d, f in zip(docs, tfs)}
        return hit

    def search(self, terms, limit=20, weights=None):
        """[(doc, score)] best first: BM25 over the query's distinctive terms; ``weights`` scales
        some terms' part (words a query only implies count for less than its own)."""
        terms = sorted((t for t in set(terms) if self.df(t)), key=self.df)
        if not terms:
            return []
        common = max(COMMON_MIN_DF, COMMON_SHARE * self.n)
        scoring = [t for t in terms if self.df(t) <= common]
        if len(scoring) < 2:  # nothing distinctive: the rarest terms there are
            scoring = terms[:3]
        scores: dict = {}
        get = scores.get
        for i, term in enumerate(scoring):
            idf = self.idf(term) * (weights.get(term, 1.0) if weights else 1.0)
            impacts = self._impacts(term)
            if i == 0 or len(impacts) <= OPENING_DF or not scores:
                for doc, impact in impacts.items():
                    scores[doc] = get(doc, 0.0) + idf * impact
            else:  # a common term: it ranks the candidates the rarer terms found
                for doc in scores:
                    impact = impacts.get(doc)
                    if impact:
                        scores[doc] += idf * impact
        return heapq.nlargest(limit, scores.items(), key=lambda item: item[1])


class MemoryIndex(ClaimIndex):
    def __init__(self, documents):
        """``documents``: one dict per claim, field name -> list of terms, or (terms, weight)
        where a field's weight differs from claim to claim."""
        postings: dict = {}
        self.lengths = array("f")
        for doc, fields in enumerate(documents):
            tf: dict = {}
            for name, terms in fields.items():
                w = FIELD_WEIGHTS.get(name, 1.0)
                if isinstance(terms, tuple):
                    terms, share = terms
                    w *= share
                for term in terms:
                    tf[term] = tf.get(term, 0.0) + w
            self.lengths.append(sum(tf.values()))
            for term, freq in tf.items():
                entry = postings.get(term)
                if entry is None:
                    entry = postings[term] = (array("I"), array("f"))
                entry[0].append(doc)
                entry[1].append(freq)
        self.postings = postings
        self.n = len(self.lengths)
        self.avg_length = (sum(self.lengths) / self.n) if self.n else 1.0

    def posting(self, term):
        return self.postings.get(term, ())


def search_terms(tokens) -> list:
    """What the index holds of a text: its content words' lemmas, and its numbers as written."""
    return [t.lemma if t.is_content else t.lower.replace(",", "") for t in tokens if t.is_content or t.is_number]


def build_index(base):
    """(MemoryIndex, vocabulary) over every claim: its words, its names, and its source's title."""
    from .text.entities import EntityMatcher
    from .text.tokens import tokenize

    matcher = EntityMatcher(base.entities)
    vocabulary = set()
    titles = {}
    sizes = base.source_sizes()
    documents = []
    for doc in range(len(base)):
        claim = base.claim_at(doc)
        text_tokens = tokenize(claim.text)
        vocabulary.update(t.lower for t in text_tokens if not t.is_cap)
        quote_tokens = text_tokens if claim.quote == claim.text else tokenize(claim.quote)
        names = {m.name for m in matcher.find(text_tokens)}
        if quote_tokens is not text_tokens:
            names.update(m.name for m in matcher.find(quote_tokens))
        if claim.entities is not None:
            names = {matcher.canonical(n) for n in claim.entities}
        title = titles.get(claim.source)
        if title is None:
            source = base.sources.get(claim.source)
            title_tokens = tokenize(source.title) if source else []
            # the title's words and its names, as a query gives them ("Alexion Pharmaceuticals")
            title = titles[claim.source] = [t.lemma for t in title_tokens if t.is_content] + [
                m.name for m in matcher.find(title_tokens, text=source.title)] if source else []
        documents.append({
            "text": search_terms(text_tokens),
            "quote": search_terms(quote_tokens),
            "names": list(names),
            # a title speaks for a claim as far as its article has no other claims
            "title": (title, 1.0 / sizes.get(claim.source, 1)),
        })
    return MemoryIndex(documents), frozenset(vocabulary)
