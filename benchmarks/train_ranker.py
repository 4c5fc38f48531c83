#!/usr/bin/env python3
"""Fit the re-ranking weights of claimcheck search (search.WEIGHTS) on CheckThat! train splits,
then the calibration that makes scores absolute (search.CALIBRATION) and the score under
which a claim is not shown (search.MIN_SCORE).

    python benchmarks/train_ranker.py            # fits on 2020 + 2022 train, reports dev; needs numpy
    python benchmarks/train_ranker.py --calibrate-only   # keeps search.WEIGHTS
    python benchmarks/train_ranker.py --semantic   # search.SEMANTIC_*: with claimcheck[semantic]

Weights: pairwise logistic regression over (relevant, non-relevant) candidate pairs of each
query's BM25 candidates. Calibration: a logistic regression of "this candidate is relevant"
on the weighted score, so that a score means the same for every query. MIN_SCORE: the
score (rounded up to tenths) that 99% of the train queries asked of claimcheck's built-in
base (about Chinese chips: off topic for nearly all) stay under; MIN_COVERED
likewise for related_query_covered: a claim that says most of what a query says is shown
however little BM25 can tell in a small base. The dev
figures printed are how many dev queries keep theirs, and how many off-topic queries (the
dev tweets asked of claimcheck's built-in base, about Chinese chips) find nothing. Prints the
numbers to paste into src/claimcheck/search.py. The test splits are never read here.

--semantic fits the set search uses where claimcheck[semantic] is installed: the same features
and the cosine of the query's and the claim's sentence vectors (SEMANTIC_WEIGHTS,
SEMANTIC_CALIBRATION, SEMANTIC_MIN_SCORE, SEMANTIC_MIN_COVERED); --calibrate-only then keeps
SEMANTIC_WEIGHTS.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import checkthat as C  # noqa: E402


SEMANTIC = "--semantic" in sys.argv


def candidate_features(checker, query, hits):
    """The ranking features of each of ``hits`` for ``query``: search.FEATURES, and with
    --semantic the sentence-vector cosine last (search.SEMANTIC_FEATURES)."""
    from claimcheck import search as S

    top = hits[0][1] or 1.0
    feats = [S.features(checker, query, doc, bm25, top, rank) for rank, (doc, bm25) in enumerate(hits)]
    if SEMANTIC:
        feats = [f + (s,) for f, s in zip(feats, S.semantic_features(checker, query, hits))]
    return feats


def current_weights():
    from claimcheck import search as S

    return S.SEMANTIC_WEIGHTS if SEMANTIC else S.WEIGHTS


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
        feats = candidate_features(checker, query, hits)
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


def calibrate(rows, weights, iterations=50):
    """(a, b) of P(relevant) = 1 / (1 + exp(-(a * score + b))), by Newton's method."""
    import numpy as np

    scores, labels = [], []
    for _, ids, feats, rel in rows:
        for i, f in zip(ids, feats):
            scores.append(sum(w * v for w, v in zip(weights, f)))
            labels.append(1.0 if i in rel else 0.0)
    X = np.column_stack([np.array(scores), np.ones(len(scores))])
    y = np.array(labels)
    ab = np.zeros(2)
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(X @ ab)))
        gradient = X.T @ (p - y) / len(y)
        hessian = (X * (p * (1 - p))[:, None]).T @ X / len(y) + 1e-9 * np.eye(2)
        ab -= np.linalg.solve(hessian, gradient)
    return float(ab[0]), float(ab[1])


def best_relevant(rows, weights, calibration):
    """Per query, (calibrated score 0..100, related_query_covered) of its best-scored relevant
    candidate ((0, 0) if none)."""
    import math

    from claimcheck import search as S

    covered = S.FEATURES.index("related_query_covered")
    a, b = calibration
    out = []
    for _, ids, feats, rel in rows:
        scored = [(100 / (1 + math.exp(-(a * sum(w * v for w, v in zip(weights, f)) + b))), f[covered]) for f in feats]
        out.append(max((s for i, s in zip(ids, scored) if i in rel), default=(0.0, 0.0)))
    return out


def off_topic_best(queries, weights, calibration):
    """Per query, (the best calibrated score, the most related_query_covered) among the built-in
    base's claims: all off topic for CheckThat's tweets, bar a few."""
    import math

    from claimcheck import search as S
    from claimcheck.engine import open_checker

    covered = S.FEATURES.index("related_query_covered")
    checker = open_checker()
    a, b = calibration
    out = []
    for _, text in queries:
        query = S.Query(checker, " ".join(text.split()))
        hits = query.candidates(checker)
        if not hits:
            out.append((0.0, 0.0))
            continue
        feats = candidate_features(checker, query, hits)
        best = max(sum(w * v for w, v in zip(weights, f)) for f in feats)
        out.append((100 / (1 + math.exp(-(a * best + b))), max(f[covered] for f in feats)))
    return out


def evaluate(rows, gold, weights):
    run = {}
    for qid, ids, feats, _ in rows:
        scored = sorted(zip((sum(w * v for w, v in zip(weights, f)) for f in feats), ids), key=lambda x: -x[0])
        run[qid] = [i for _, i in scored[:20]]
    return C.score(run, gold)


def main():
    folders = [a for a in sys.argv[1:] if not a.startswith("--")]
    work = Path(folders[0]) if folders else Path(tempfile.mkdtemp(prefix="claimcheck-ranker-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CLAIMCHECK_CACHE_DIR", str(work / "cache"))
    from claimcheck import search as S
    from claimcheck import semantic

    if SEMANTIC and not semantic.available():
        sys.exit("--semantic needs claimcheck[semantic]: pip install '.[semantic]'")
    prefix = "SEMANTIC_" if SEMANTIC else ""
    names = S.SEMANTIC_FEATURES if SEMANTIC else S.FEATURES
    train = []
    for year in ("2020", "2022"):
        rows, _ = collect(year, "train", work)
        train += rows
    w = current_weights() if "--calibrate-only" in sys.argv else fit(train)
    print(f"{prefix}WEIGHTS = (" + ", ".join(f"{x:.3f}" for x in w) + ")  # " + ", ".join(names))
    calibration = calibrate(train, w)
    train_queries = C.load_2020("train")[1] + C.load_2022("train")[1]
    # the 99th percentile, not the maximum: a few tweets are about Chinese chips after all
    off_train = off_topic_best(train_queries, w, calibration)
    floor = math.ceil(10 * sorted(s for s, _ in off_train)[int(0.99 * len(off_train))]) / 10
    covered = math.ceil(100 * sorted(c for _, c in off_train)[int(0.99 * len(off_train))]) / 100
    print(f"{prefix}CALIBRATION = ({calibration[0]:.4f}, {calibration[1]:.4f})")
    print(f"{prefix}MIN_SCORE = {floor:.1f}  # 99% of train queries asked of the built-in base find no claim")
    print(f"{prefix}MIN_COVERED = {covered:.2f}  # nor one that says this much of them in related words")
    dev_rows, dev_queries = [], []
    for year in ("2020", "2022"):
        rows, gold = collect(year, "dev", work)
        dev_rows += rows
        dev_queries += (C.load_2020 if year == "2020" else C.load_2022)("dev")[1]
        fitted = evaluate(rows, gold, w)
        current = evaluate(rows, gold, current_weights())
        print(f"{year} dev MAP@5 fitted {fitted['MAP@5']:.3f} (current weights {current['MAP@5']:.3f}), "
              f"R@20 {fitted['R@20']:.3f}")
        if SEMANTIC:  # the core's ranking of the same candidates: its weights leave the cosine out
            print(f"{year} dev MAP@5 without the extra (search.WEIGHTS) {evaluate(rows, gold, S.WEIGHTS)['MAP@5']:.3f}")
    def shown(pair):
        return pair[0] >= floor or pair[1] >= covered

    dev_kept = best_relevant(dev_rows, w, calibration)
    off = off_topic_best(dev_queries, w, calibration)
    print(f"dev: {sum(map(shown, dev_kept)) / len(dev_kept):.3f} of {len(dev_kept)} queries keep their relevant claim; "
          f"{sum(not shown(p) for p in off) / len(off):.3f} of {len(off)} off-topic queries find nothing")


if __name__ == "__main__":
    main()
