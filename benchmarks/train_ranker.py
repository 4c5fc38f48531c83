#!/usr/bin/env python3
"""Fit the re-ranking weights of claimcheck search (search.WEIGHTS) on CheckThat! train splits.

    python benchmarks/train_ranker.py            # fits on 2020 + 2022 train, reports dev; needs numpy

Pairwise logistic regression over (relevant, non-relevant) candidate pairs of each query's
BM25 candidates. Prints the weights to paste into src/claimcheck/search.py. The test splits
are never read here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import checkthat as C  # noqa: E402


def collect(year, split, work):
    from claimcheck import search as S
    from claimcheck.engine import open_checker

    claims, queries, gold = (C.load_2020 if year == "2020" else C.load_2022)(split)
    base = work / f"checkthat{year}.yaml"
    if not base.exists():
        C.write_base(claims, base)
    checker = open_checker([str(base)])
    rows = []
    for qid, text in queries:
        query = S.Query(checker, " ".join(text.split()))
        hits = query.candidates(checker)
        if not hits:
            continue
        top = hits[0][1] or 1.0
        feats = [S.features(checker, query, doc, bm25, top, rank) for rank, (doc, bm25) in enumerate(hits)]
        ids = [checker.base.claim_at(doc).id for doc, _ in hits]
        rows.append((qid, ids, feats, gold.get(qid, set())))
    return rows, gold


def fit(rows, iterations=30, l2=1e-6):
    """Newton's method on the pairwise logistic loss (plain gradient steps stop far short of
    the optimum when features differ in scale, as these do)."""
    import numpy as np

    diffs = []
    for _, ids, feats, rel in rows:
        pos = [f for i, f in zip(ids, feats) if i in rel]
        neg = [f for i, f in zip(ids, feats) if i not in rel]
        for p in pos:
            for n in neg[:30]:
                diffs.append(np.subtract(p, n))
    X = np.array(diffs)
    w = np.zeros(X.shape[1])
    ridge = l2 * np.eye(X.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(X @ w)))
        gradient = X.T @ (p - 1) / len(X) + l2 * w
        hessian = (X * (p * (1 - p))[:, None]).T @ X / len(X) + ridge
        w -= np.linalg.solve(hessian, gradient)
    return w


def evaluate(rows, gold, weights):
    run = {}
    for qid, ids, feats, _ in rows:
        scored = sorted(zip((sum(w * v for w, v in zip(weights, f)) for f in feats), ids), key=lambda x: -x[0])
        run[qid] = [i for _, i in scored[:20]]
    return C.score(run, gold)


def main():
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="claimcheck-ranker-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CLAIMCHECK_CACHE_DIR", str(work / "cache"))
    from claimcheck import search as S

    train = []
    for year in ("2020", "2022"):
        rows, _ = collect(year, "train", work)
        train += rows
    w = fit(train)
    print("WEIGHTS = (" + ", ".join(f"{x:.3f}" for x in w) + ")  # " + ", ".join(S.FEATURES))
    for year in ("2020", "2022"):
        rows, gold = collect(year, "dev", work)
        fitted, current = evaluate(rows, gold, w), evaluate(rows, gold, S.WEIGHTS)
        print(f"{year} dev MAP@5 fitted {fitted['MAP@5']:.3f} (current weights {current['MAP@5']:.3f}), "
              f"R@20 {fitted['R@20']:.3f}")


if __name__ == "__main__":
    main()
