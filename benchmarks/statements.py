#!/usr/bin/env python3
"""Score hand-labelled statements against their claim base, as ../shared/bench/evaluate.py does.

    python benchmarks/statements.py tests/bases/football/statements.yaml
    python benchmarks/statements.py tests/bases/*/statements.yaml
    python benchmarks/statements.py my-statements.yaml --claims my-claims.yaml

A statements file is a YAML list of {id, statement, verdict, sources, category} (the format of
../shared/bench/statements-dev.yaml, plus a category); its claim base is the claims.yaml beside
it unless --claims says otherwise. Every statement goes through
`claimcheck check --format jsonl --claims BASE -`. Printed per file: evaluate.py's confusion
table, accuracy per category, the statements gotten wrong, how many right verdicts cite an
article the statement names in `sources`, and the headline line.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from _clirun import VERDICTS, check, confusion, false_supported, row


def evidence_files(result: dict, relation: str) -> set:
    return {(ev.get("source") or {}).get("file") for ev in result.get("evidence") or [] if ev.get("relation") == relation}


def score(path: Path, claims: Path) -> tuple:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    results = check([item["statement"] for item in items], str(claims))
    gold = [item["verdict"] for item in items]
    pred = [r.get("verdict") for r in results]
    print(f"\n== {path} against {claims}: {len(items)} statements")
    for line in confusion(gold, pred):
        print(line)
    by_category = defaultdict(list)
    for item, p in zip(items, pred):
        by_category[item.get("category", "-")].append((item["verdict"], p))
    print(f"{'category':<22} {'n':>4} {'right':>6} {'accuracy':>9}   " + " ".join(f"{v:>11}" for v in VERDICTS + ("other",)))
    for category in sorted(by_category):
        n, right, acc, got = row(*zip(*by_category[category]))
        print(f"{category:<22} {n:>4} {right:>6} {acc:>9.3f}   " + " ".join(f"{got[v]:>11}" for v in VERDICTS + ("other",)))
    ev_hit = ev_n = 0
    for item, result, p in zip(items, results, pred):
        if p != item["verdict"]:
            print(f"  {item['id']}: gold {item['verdict']}, got {p}: {item['statement']}")
        elif p != "unverified":
            ev_n += 1
            relation = "supports" if p == "supported" else "conflicts"
            if evidence_files(result, relation) & set(item.get("sources") or ()):
                ev_hit += 1
            else:
                print(f"  {item['id']}: right verdict, evidence from {sorted(filter(None, evidence_files(result, relation)))} not {item.get('sources')}")
    n, right, acc, _ = row(gold, pred)
    fs = false_supported(gold, pred)
    print(f"evidence from the right article: {ev_hit}/{ev_n}")
    print(f"verdict accuracy {acc:.3f} on {n} statements ({fs} false supported)")
    return n, right, fs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--claims", type=Path, help="the claim base (default: claims.yaml beside each file)")
    ns = ap.parse_args(argv)
    total = right = fs = 0
    for path in ns.files:
        claims = ns.claims or path.with_name("claims.yaml")
        if not claims.exists():
            sys.exit(f"statements.py: error: no claim base for {path} (looked for {claims}; pass --claims)")
        n, r, f = score(path, claims)
        total, right, fs = total + n, right + r, fs + f
    if len(ns.files) > 1 and total:
        print(f"\nverdict accuracy {right / total:.3f} on {total} statements in {len(ns.files)} files ({fs} false supported)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
