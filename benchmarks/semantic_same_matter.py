#!/usr/bin/env python3
"""How much the sentence cosine (claimcheck[semantic]) tells about "the same matter", beside
rapidfuzz's token_set_ratio: ROC AUC over labelled statement-claim pairs.

    pip install ".[semantic]" && python benchmarks/semantic_same_matter.py

- Generated pairs (claimcheck.pairs, seed 0) from the built-in base and tests/bases/*: the
  statement against the claim it was made from. "Same matter" is supported or conflicting,
  against unverified (a detail the claims do not give); also supported against conflicting.
- VitaminC (../shared/datasets/vitaminc/real-dev.jsonl, when it is there; the first --limit
  rows): the claim against its evidence sentence, SUPPORTS or REFUTES against NOT ENOUGH INFO,
  and SUPPORTS against REFUTES.

An AUC of 0.5 tells nothing, 1.0 separates perfectly. What the verdict engine can expect of
Checker.semantic_similarities as one feature among its others (a measurement, not a fit).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VITAMINC = ROOT.parent / "shared" / "datasets" / "vitaminc" / "real-dev.jsonl"


def auc(positive, negative) -> float:
    """P(a positive scores above a negative), ties counting half."""
    import numpy as np

    if not positive or not negative:
        return float("nan")
    pos, neg = np.sort(np.asarray(positive)), np.asarray(negative)
    below = np.searchsorted(pos, neg, side="right")  # positives at or below each negative
    strictly = np.searchsorted(pos, neg, side="left")
    wins = (len(pos) - below).sum() + 0.5 * (below - strictly).sum()
    return float(wins / (len(pos) * len(neg)))


def report(title, rows, same, first, second):
    """rows: (label, cosine, fuzzy); ``same``: labels of the same matter; first/second: the pair of labels."""
    print(title)
    for name, col in (("sentence cosine", 1), ("rapidfuzz token_set_ratio", 2)):
        yes = [r[col] for r in rows if r[0] in same]
        no = [r[col] for r in rows if r[0] not in same]
        a = [r[col] for r in rows if r[0] == first]
        b = [r[col] for r in rows if r[0] == second]
        print(f"  {name:<26} same matter AUC {auc(yes, no):.3f}   {first} vs {second} AUC {auc(a, b):.3f}")


def generated():
    from rapidfuzz import fuzz

    from claimcheck.claimbase import load_claim_base
    from claimcheck.engine import open_checker
    from claimcheck.pairs import generate

    rows, by_kind = [], defaultdict(list)
    for path in [ROOT / "claims.yaml", *sorted((ROOT / "tests" / "bases").glob("*/claims.yaml"))]:
        checker = open_checker([str(path)])
        docs = {checker.base.claim_at(d).id: d for d in range(len(checker.base))}
        for pair in generate(load_claim_base([str(path)]), seed=0):
            doc = docs[pair.claim_id]
            [cosine] = checker.semantic_similarities(pair.statement, [doc])
            fuzzy = fuzz.token_set_ratio(pair.statement, checker.base.claim_at(doc).text) / 100
            rows.append((pair.expected, cosine, fuzzy))
            by_kind[pair.kind].append(cosine)
    report(f"generated pairs ({len(rows)}, four claim bases):", rows, {"supported", "conflicting"},
           "supported", "conflicting")
    print("  mean cosine with the claim, per kind: " + ", ".join(
        f"{kind} {sum(v) / len(v):.2f}" for kind, v in sorted(by_kind.items(), key=lambda kv: -sum(kv[1]) / len(kv[1]))))


def vitaminc(limit):
    from rapidfuzz import fuzz

    from claimcheck import semantic

    with open(VITAMINC, encoding="utf-8") as f:
        data = [json.loads(line) for _, line in zip(range(limit), f)]
    model = semantic.embedder()
    claims = model.embed([r["claim"] for r in data])
    evidence = model.embed([r["evidence"] for r in data])
    rows = [(r["label"], float(c @ e), fuzz.token_set_ratio(r["claim"], r["evidence"]) / 100)
            for r, c, e in zip(data, claims, evidence)]
    report(f"VitaminC real-dev, first {len(rows)} pairs:", rows, {"SUPPORTS", "REFUTES"}, "SUPPORTS", "REFUTES")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=2000, help="VitaminC rows read (default 2000)")
    ns = ap.parse_args()
    from claimcheck import semantic

    if not semantic.available():
        sys.exit("claimcheck[semantic] is not installed (or CLAIMCHECK_SEMANTIC=0): pip install '.[semantic]'")
    generated()
    if VITAMINC.exists():
        vitaminc(ns.limit)
    else:
        print(f"VitaminC skipped: {VITAMINC} is not there")


if __name__ == "__main__":
    main()
