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
FIELD_WEIGHTS = {"text": 1.0, "quote": 0.6, "names": 1.2, "title": 0.3}
COMMON_SHARE = 0.05
COMMON_MIN_DF = 2000  # a small base keeps every term


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

    def search(self, terms, limit=20):
        """[(doc, score)] best first."""
        terms = [t for t in set(terms) if self.df(t)]
        common = max(COMMON_MIN_DF, COMMON_SHARE * self.n)
        rare = [t for t in terms if self.df(t) <= common]
        if len(rare) < 2:  # nothing distinctive: fall back to the rarest terms there are
            rare = sorted(terms, key=self.df)[:3]
        scores: dict = {}
        lengths, avg = self.lengths, self.avg_length
        for term in rare:
            docs, tfs = self.posting(term)
            idf = self.idf(term)
            for doc, freq in zip(docs, tfs):
                norm = freq + K1 * (1 - B + B * lengths[doc] / avg)
                scores[doc] = scores.get(doc, 0.0) + idf * freq * (K1 + 1) / norm
        return heapq.nlargest(limit, scores.items(), key=lambda item: item[1])


class MemoryIndex(ClaimIndex):
    def __init__(self, documents):
        """``documents``: one dict per claim, field name -> list of terms."""
        postings: dict = {}
        self.lengths = array("f")
        for doc, fields in enumerate(documents):
            tf: dict = {}
            for name, terms in fields.items():
                w = FIELD_WEIGHTS.get(name, 1.0)
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
