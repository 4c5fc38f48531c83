#!/usr/bin/env python3
"""Fit the check-worthiness model (src/claimcheck/data/checkworthy.json) and print its F1.

    pip install numpy scipy scikit-learn      # training time only; claimcheck reads the JSON with the standard library
    python benchmarks/train_checkworthy.py    # data from ../shared/datasets/checkthat2024-task1-en

Data: CLEF CheckThat! 2024 Task 1 (English), sentences from US political debates labelled
Yes (a factual claim worth checking) or No. Research use only: read from ../shared, never
copied into the repository.

What it does, in order:
  1. the lab-style baseline: TF-IDF word 1-2-grams + logistic regression fitted on train;
  2. claimcheck's features (text/checkworthy.py: word 1-2-grams, character 2-5-grams within
     words, digits folded, presence not counts, and optionally general signals), logistic
     regression with balanced classes; the regularisation C and whether the signals help chosen
     by the F1 of the Yes class on dev (fitted on train);
  3. the chosen setting refitted on train + dev, the smallest weights pruned, written as JSON;
  4. the written file read back through claimcheck's own reader and scored on dev-test,
     which was never used for any choice: that is the figure to quote.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "datasets" / "checkthat2024-task1-en"
OUT = ROOT / "src" / "claimcheck" / "data" / "checkworthy.json"
C_GRID = (1.0, 3.0, 10.0)
MIN_COUNT = 3  # n-grams seen fewer times in training carry no weight
SIGNALS_GRID = (True, False)
KEEP_WEIGHTS = 60_000  # the largest |weight| n-grams kept in the shipped file


def load(split: str):
    texts, labels = [], []
    with open(DATA / f"CT24_checkworthy_english_{split}.tsv", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for row in rows:
            if len(row) < 3 or row[2].strip() not in ("Yes", "No"):
                continue  # one train row has a malformed label
            texts.append(row[1])
            labels.append(row[2].strip() == "Yes")
    return texts, labels


def f1_yes(labels, predicted) -> float:
    tp = sum(1 for y, p in zip(labels, predicted) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted) if p and not y)
    fn = sum(1 for y, p in zip(labels, predicted) if y and not p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def baseline(train, test) -> float:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    model = LogisticRegression(max_iter=3000, class_weight="balanced").fit(vec.fit_transform(train[0]), np.array(train[1]))
    return f1_yes(test[1], model.predict(vec.transform(test[0])))


class Features:
    """Rows of claimcheck's features over a vocabulary of n-grams seen at least ``min_count`` times."""

    def __init__(self, texts, min_count: int):
        from collections import Counter

        from claimcheck.text.checkworthy import ngrams

        self.grams = [ngrams(t) for t in texts]
        counts = Counter(g for parts in self.grams for grams in parts for g in grams)
        self.vocab = {g: i for i, g in enumerate(sorted(g for g, c in counts.items() if c >= min_count))}

    def matrix(self, texts, grams=None, use_signals=True):
        import numpy as np
        import scipy.sparse as sp

        from claimcheck.text.checkworthy import SIGNALS, ngrams, signals

        grams = grams if grams is not None else [ngrams(t) for t in texts]
        rows, cols, vals = [], [], []
        for r, parts in enumerate(grams):
            for found in parts:  # words and characters, each normalised on its own
                scale = 1.0 / math.sqrt(len(found)) if found else 0.0
                for g in found:
                    c = self.vocab.get(g)
                    if c is not None:
                        rows.append(r)
                        cols.append(c)
                        vals.append(scale)
        ngram_part = sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.vocab)))
        values = np.array([signals(t) for t in texts], dtype=float).reshape(len(texts), len(SIGNALS))
        signal_part = sp.csr_matrix(values if use_signals else np.zeros_like(values))
        return sp.hstack([ngram_part, signal_part]).tocsr()


def fit(texts, labels, c: float, use_signals: bool):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    features = Features(texts, MIN_COUNT)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(features.matrix(texts, features.grams, use_signals), np.array(labels))
    return features, model


def export(features, model, keep: int, info: dict) -> dict:
    from claimcheck.text.checkworthy import SIGNALS

    weights = model.coef_[0]
    n = len(features.vocab)
    ranked = sorted(features.vocab.items(), key=lambda kv: -abs(weights[kv[1]]))[:keep]
    return {
        "format": 1,
        "bias": round(float(model.intercept_[0]), 5),
        "threshold": 0.5,
        "signals": [round(float(w), 5) for w in weights[n : n + len(SIGNALS)]],
        "signal_names": list(SIGNALS),
        "info": info,
        "ngrams": {g: round(float(weights[i]), 4) for g, i in sorted(ranked)},
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", default=str(OUT))
    ap.add_argument("--keep", type=int, default=KEEP_WEIGHTS, help="n-gram weights kept in the file")
    ns = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} is not there: this script needs the CheckThat! 2024 data beside the project")
    started = time.perf_counter()
    train, dev, devtest = load("train"), load("dev"), load("dev-test")
    print(f"train {len(train[0])}, dev {len(dev[0])}, dev-test {len(devtest[0])} sentences")
    print(f"baseline TF-IDF word 1-2-grams + LR, fitted on train: F1(Yes) dev-test {baseline(train, devtest):.3f}")

    best = None
    for use_signals in SIGNALS_GRID:
        for c in C_GRID:
            features, model = fit(*train, c, use_signals)
            dev_f1 = f1_yes(dev[1], model.predict(features.matrix(dev[0], use_signals=use_signals)))
            print(f"  C={c:<4} signals {'on ' if use_signals else 'off'}: F1(Yes) dev {dev_f1:.3f}", flush=True)
            if best is None or dev_f1 > best[0]:
                best = (dev_f1, c, use_signals)
    dev_f1, c, use_signals = best
    print(f"chosen on dev: C={c}, signals {'on' if use_signals else 'off'} (dev F1 {dev_f1:.3f}); refitting on train + dev")
    features, model = fit(train[0] + dev[0], train[1] + dev[1], c, use_signals)
    info = {"data": "CLEF CheckThat! 2024 Task 1 English, train + dev", "C": c, "signals": use_signals,
            "min_count": MIN_COUNT, "dev_f1_fitted_on_train": round(dev_f1, 4), "vocabulary": len(features.vocab)}
    unpruned = f1_yes(devtest[1], model.predict(features.matrix(devtest[0], use_signals=use_signals)))
    data = export(features, model, ns.keep, info)

    from claimcheck.text.checkworthy import Model

    shipped = Model(json.loads(json.dumps(data)))
    predicted = [shipped.score(t) >= shipped.threshold for t in devtest[0]]
    f1 = f1_yes(devtest[1], predicted)
    data["info"]["devtest_f1"] = round(f1, 4)
    out = Path(ns.output)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    print(f"F1(Yes) on dev-test: {unpruned:.3f} before pruning; {f1:.3f} as shipped "
          f"({len(data['ngrams']):,} of {len(features.vocab):,} n-gram weights, {out.stat().st_size / 1e6:.2f} MB) "
          f"[target >= 0.82; baseline above]")
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
