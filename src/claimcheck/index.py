"""Candidate retrieval: a BM25 inverted index over claim text, quote, names and source title.

Only claims that share a term with the query are scored, so a look-up costs the length
of a few posting lists, not the size of the claim base.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict

K1 = 1.2
B = 0.75
# how much a term counts in each field of a claim
FIELD_WEIGHTS = {"text": 1.0, "quote": 0.6, "names": 1.2, "title": 0.3}


class ClaimIndex:
    def __init__(self, documents):
        """``documents``: one dict per claim, field name -> list of terms."""
        self.postings = defaultdict(list)  # term -> [(doc, weighted tf)]
        self.lengths = []
        for doc, fields in enumerate(documents):
            tf = defaultdict(float)
            for name, terms in fields.items():
                w = FIELD_WEIGHTS.get(name, 1.0)
                for term in terms:
                    tf[term] += w
            self.lengths.append(sum(tf.values()))
            for term, freq in tf.items():
                self.postings[term].append((doc, freq))
        self.n = len(self.lengths)
        self.avg_length = (sum(self.lengths) / self.n) if self.n else 1.0
        self._weights = {}

    def idf(self, term) -> float:
        df = len(self.postings.get(term, ()))
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def max_idf(self) -> float:
        return math.log(1 + (self.n + 0.5) / 0.5)

    def weight(self, term) -> float:
        """Importance of a term; one the base never uses counts as the rarest."""
        w = self._weights.get(term)
        if w is None:
            w = self._weights[term] = self.idf(term) if term in self.postings else self.max_idf()
        return w

    def search(self, terms, limit=20, term_weights=None):
        """[(doc, score)] best first."""
        scores = defaultdict(float)
        for term in set(terms):
            posting = self.postings.get(term)
            if not posting:
                continue
            idf = self.idf(term) * (term_weights.get(term, 1.0) if term_weights else 1.0)
            for doc, freq in posting:
                norm = freq + K1 * (1 - B + B * self.lengths[doc] / self.avg_length)
                scores[doc] += idf * freq * (K1 + 1) / norm
        return heapq.nlargest(limit, scores.items(), key=lambda item: item[1])
