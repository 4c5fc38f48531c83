"""What benchmarks/pairs.py and benchmarks/statements.py share: statements through the
public CLI (`claimcheck check --format jsonl --claims BASE -`, one statement a line, as
../shared/bench/evaluate.py does) and a confusion table of the verdicts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

VERDICTS = ("supported", "conflicting", "unverified")


def claimcheck_cmd() -> list:
    exe = os.environ.get("CLAIMCHECK")
    return exe.split() if exe else [sys.executable, "-m", "claimcheck"]


def check(statements: list, claims: str) -> list:
    """One result (a dict of the jsonl output) per statement, in order."""
    if not statements:
        return []
    if any("\n" in s or "\r" in s for s in statements):
        raise ValueError("a statement holds a line break: the CLI reads one statement a line")
    proc = subprocess.run(claimcheck_cmd() + ["check", "--format", "jsonl", "--claims", claims, "-"],
                          input="\n".join(statements) + "\n", capture_output=True, text=True, timeout=3600)
    if proc.returncode not in (0, 1):
        sys.exit(f"claimcheck check exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(results) != len(statements):
        sys.exit(f"expected {len(statements)} results from claimcheck check, got {len(results)}")
    return results


def row(gold: list, pred: list) -> tuple:
    """(n, right, accuracy, {predicted verdict: count})"""
    n = len(gold)
    right = sum(g == p for g, p in zip(gold, pred))
    got = Counter(p if p in VERDICTS else "other" for p in pred)
    return n, right, right / n if n else 0.0, got


def confusion(gold: list, pred: list) -> list:
    """evaluate.py's table: a line per gold verdict, a column per predicted one."""
    counts = Counter(zip(gold, pred))
    lines = ["gold \\ predicted " + " ".join(f"{v:>12}" for v in VERDICTS + ("other",))]
    for g in VERDICTS:
        cells = [counts[(g, p)] for p in VERDICTS]
        cells.append(sum(c for (gg, p), c in counts.items() if gg == g and p not in VERDICTS))
        lines.append(f"{g:>16} " + " ".join(f"{c:>12}" for c in cells))
    return lines


def false_supported(gold: list, pred: list) -> int:
    return sum(1 for g, p in zip(gold, pred) if p == "supported" and g != "supported")
