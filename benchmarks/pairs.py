#!/usr/bin/env python3
"""Accuracy per kind of generated pair, through the public CLI.

    python benchmarks/pairs.py                                          # the built-in claims.yaml
    python benchmarks/pairs.py --claims tests/bases/football/claims.yaml --show 3
    python benchmarks/pairs.py --all                                    # built-in + tests/bases/*/
    python benchmarks/pairs.py --all --seed 1 --kinds amount,negation

claimcheck.pairs.generate() makes labelled statements from a claim base (a quote or the
normalised text is supported; a changed figure, date, actor, place or polarity conflicts; a
detail the claims do not give is unverified: see its docstring). Every statement goes
through `claimcheck check --format jsonl --claims BASE -`, the code path users run, and the
verdicts are scored per kind: n, right, accuracy and the row of predicted verdicts, then
overall accuracy and false "supported". `--show N` prints up to N failures per kind with
what was changed. The last line is the headline figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from _clirun import VERDICTS, check, confusion, false_supported, row

ROOT = Path(__file__).resolve().parents[1]


def bases(ns) -> list:
    if ns.all:
        return [ROOT / "claims.yaml", *sorted((ROOT / "tests" / "bases").glob("*/claims.yaml"))]
    return [Path(p) for p in (ns.claims or [ROOT / "claims.yaml"])]


def run(path: Path, ns) -> tuple:
    from claimcheck.claimbase import load_claim_base
    from claimcheck.pairs import KINDS, generate

    base = load_claim_base([str(path)])
    kinds = ns.kinds.split(",") if ns.kinds else None
    pairs = generate(base, seed=ns.seed, kinds=kinds)
    started = time.perf_counter()
    results = check([p.statement for p in pairs], str(path))
    elapsed = time.perf_counter() - started
    by_kind = defaultdict(list)
    for pair, result in zip(pairs, results):
        by_kind[pair.kind].append((pair, result.get("verdict")))
    try:
        shown = path.resolve().relative_to(ROOT)
    except ValueError:
        shown = path
    print(f"\n== {shown}: {len(base.claims)} claims, {len(pairs)} pairs (seed {ns.seed}), checked in {elapsed:.1f} s")
    print(f"{'kind':<13} {'expected':<12} {'n':>4} {'right':>6} {'accuracy':>9}   " + " ".join(f"{v:>11}" for v in VERDICTS + ("other",)))
    for kind in KINDS:
        items = by_kind.get(kind)
        if not items:
            continue
        n, right, acc, got = row([p.expected for p, _ in items], [v for _, v in items])
        print(f"{kind:<13} {KINDS[kind]:<12} {n:>4} {right:>6} {acc:>9.3f}   " + " ".join(f"{got[v]:>11}" for v in VERDICTS + ("other",)))
    gold = [p.expected for p in pairs]
    pred = [r.get("verdict") for r in results]
    n, right, acc, _ = row(gold, pred)
    fs = false_supported(gold, pred)
    print(f"{'overall':<26} {n:>4} {right:>6} {acc:>9.3f}")
    for line in confusion(gold, pred):
        print("  " + line)
    print(f"false 'supported': {fs} of {sum(g != 'supported' for g in gold)} not supported")
    if ns.show:
        for kind in KINDS:
            failures = [(p, v) for p, v in by_kind.get(kind, ()) if v != p.expected][: ns.show]
            for p, v in failures:
                print(f"  [{kind}] expected {p.expected}, got {v}: {p.statement}\n      ({p.claim_id}: {p.note})")
    return n, right, fs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", action="append", help="claim base file (repeatable; default: the built-in claims.yaml)")
    ap.add_argument("--all", action="store_true", help="the built-in base and every tests/bases/*/claims.yaml")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kinds", help="comma-separated kinds to generate (default: all)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print up to N failures per kind")
    ns = ap.parse_args(argv)
    total = right = fs = 0
    for path in bases(ns):
        n, r, f = run(path, ns)
        total, right, fs = total + n, right + r, fs + f
    if total:
        print(f"\npairs accuracy {right / total:.3f} on {total} pairs ({fs} false supported)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
