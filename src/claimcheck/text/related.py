"""Word pieces that mean nearly the same ("vaccine" ~ "vaccination", "died" ~ "killed"), for
ranking claims that say a query's matter in other words.

The table (data/related-pieces.bin, made by benchmarks/distill_related.py) holds, for every
piece of all-MiniLM-L6-v2's vocabulary, its nearest pieces by that model's own similarity.
It is read with the standard library only, and only when a search needs it."""

from __future__ import annotations

import os
import struct
import sys
from array import array

from .wordpiece import WordPieces

TABLE_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "related-pieces.bin")
_TABLE = None


class RelatedPieces:
    """The vocabulary (for splitting words into pieces) and each piece's related pieces."""

    def __init__(self, blob: bytes):
        if blob[:4] != b"CCRP":
            raise ValueError("not a related-pieces table")
        version, count, vocab_bytes = struct.unpack_from("<BII", blob, 4)
        if version != 1:
            raise ValueError(f"related-pieces table version {version} is not supported")
        at = 13
        self.vocabulary = blob[at:at + vocab_bytes].decode("utf-8").split("\n")
        self.pieces = WordPieces(self.vocabulary)
        at += vocab_bytes
        self._offsets = _array("I", blob[at:at + 4 * (count + 1)])
        at += 4 * (count + 1)
        entries = self._offsets[-1]
        self._ids = _array("H", blob[at:at + 2 * entries])
        self._sims = blob[at + 2 * entries:at + 3 * entries]
        self._memo = {}

    def related(self, piece: int) -> dict:
        """{piece: similarity 0..1} of the pieces that mean nearly what ``piece`` means, itself at 1."""
        found = self._memo.get(piece)
        if found is None:
            lo, hi = self._offsets[piece], self._offsets[piece + 1]
            found = dict(zip(self._ids[lo:hi], (s / 255 for s in self._sims[lo:hi])))
            found[piece] = 1.0
            self._memo[piece] = found
        return found


def _array(code: str, data: bytes) -> array:
    out = array(code)
    out.frombytes(data)
    if sys.byteorder == "big":
        out.byteswap()
    return out


def table() -> RelatedPieces:
    """The packaged table, read once."""
    global _TABLE
    if _TABLE is None:
        with open(TABLE_PATH, "rb") as f:
            _TABLE = RelatedPieces(f.read())
    return _TABLE


class SoftQuery:
    """A query's weighted pieces, spread over their related pieces once so that each claim
    costs one look-up per piece."""

    def __init__(self, weights: dict, table: RelatedPieces):
        self.weights = weights
        self.total = sum(weights.values()) or 1.0
        reach = {}
        for piece in weights:
            for other, sim in table.related(piece).items():
                reach.setdefault(other, []).append((piece, sim))
        self._reach = reach

    def overlap(self, claim: dict, strength=None) -> tuple:
        """(share of the query's weight the claim says, share of the claim's weight the query
        says), where a piece counts by its best similarity to a piece on the other side.

        ``claim`` maps piece -> weight, as the query's weights do; ``strength`` (piece -> 0..1)
        discounts pieces that speak for the claim only in part (its article's title)."""
        reach = self._reach
        best_query = {}
        claim_said = 0.0
        for piece, weight in claim.items():
            links = reach.get(piece)
            if not links:
                continue
            scale = strength.get(piece, 1.0) if strength else 1.0
            best = 0.0
            for q, sim in links:
                sim *= scale
                if sim > best_query.get(q, 0.0):
                    best_query[q] = sim
                if sim > best:
                    best = sim
            claim_said += weight * best
        weights = self.weights
        said = sum(weights[q] * s for q, s in best_query.items())
        return said / self.total, claim_said / (sum(claim.values()) or 1.0)
