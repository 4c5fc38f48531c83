"""Which tokens stand inside given character spans, in one sweep: linear in tokens and spans,
where asking each token against each span is quadratic on a long text."""

from __future__ import annotations


def covered(tokens, spans) -> set:
    """Indexes of the tokens (in text order) that start inside any (start, end) of ``spans``."""
    if not spans:
        return set()
    ordered = sorted(spans)
    out = set()
    j, reach, count = 0, -1, len(ordered)
    for i, tok in enumerate(tokens):
        while j < count and ordered[j][0] <= tok.start:
            if ordered[j][1] > reach:
                reach = ordered[j][1]
            j += 1
        if tok.start < reach:
            out.add(i)
    return out
