#!/usr/bin/env python3
"""claimcheck search on the CLEF CheckThat! "previously fact-checked claims" benchmarks.

    python benchmarks/checkthat.py                      # 2020 and 2022 test sets
    python benchmarks/checkthat.py --split dev          # tune on dev (or train), never on test

Reads ../shared/datasets (research-only data: nothing of it is written into the repository).
Each verified claim becomes a claim of its own fact-check source (title, author, date, url),
written as a claim base in a temporary folder; every query tweet goes through
`claimcheck search --format jsonl -` (the code path users run), and the run is scored with
MAP@1, MAP@5 (the official measure), P@1 and Recall@20, trectools-style.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
PUBLISHED = {"2020": "best teams ~0.93 (UNIPI-NLE ~0.91); BM25 on this copy 0.847",
             "2022": "organisers' BM25 baseline 0.818; best ~0.95; BM25 on this copy 0.863"}

csv.field_size_limit(10**7)


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return rows[1:] if header else rows


def qrels(path):
    gold = {}
    for row in read_tsv(path, False):
        if len(row) >= 4 and row[3].strip() == "1":
            gold.setdefault(row[0], set()).add(row[2])
    return gold


def load_2020(split):
    base = DATASETS / "checkthat2020-task2"
    claims = [{"id": r[0], "text": r[1], "title": r[2]} for r in read_tsv(base / "verified_claims.docs.tsv", True)]
    queries = [(r[0], r[1]) for r in read_tsv(base / split / "tweets.queries.tsv", True)]
    return claims, queries, qrels(base / split / "tweet-vclaim-pairs.qrels")


def load_2022(split):
    base = DATASETS / "checkthat2022-task2a-en"
    claims = []
    with open(base / "vclaims.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            claims.append({"id": r["vclaim_id"], "text": r["vclaim"], "title": r.get("title") or r["vclaim"],
                           "author": r.get("author"), "date": r.get("date"), "url": r.get("page_url")})
    if split == "test":
        q, g = base / "test" / "CT2022-Task2A-EN-Test_Queries.tsv", base / "test" / "CT2022-Task2A-EN-Test_Qrels_gold.tsv"
        queries = [(r[0], r[1]) for r in read_tsv(q, False)]
    else:
        g = base / split / f"CT2022-Task2A-EN-{split.capitalize()}_QRELs.tsv"
        gold = qrels(g)
        queries = [(r[0], r[1]) for r in read_tsv(base / "CT2022-Task2A-EN-Train-Dev_Queries.tsv", False) if r[0] in gold]
    return claims, queries, qrels(g)


def iso(date):
    for fmt in ("%d %B %Y", "%B %d, %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime((date or "").strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def write_base(claims, path):
    """The fact-checks as a claim base: a source per fact-check, its claim as the claim."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("# CheckThat! verified claims (research-only; generated, not committed)\nsources:\n")
        for c in claims:
            fields = {"id": f"fc-{c['id']}", "outlet": "Snopes", "title": c["title"]}
            for key, value in (("author", c.get("author")), ("published", iso(c.get("date"))), ("url", c.get("url"))):
                if value:
                    fields[key] = value
            out.write("  - " + "\n    ".join(f"{k}: {json.dumps(v)}" for k, v in fields.items()) + "\n")
        out.write("claims:\n")
        for c in claims:
            out.write(f"  - id: {json.dumps(c['id'])}\n    source: {json.dumps('fc-' + c['id'])}\n"
                      f"    quote: {json.dumps(c['text'])}\n    text: {json.dumps(c['text'])}\n")


def score(run, gold):
    """trectools-style MAP@k (precision sum in the top k over the number of relevant), P@1, Recall@20."""
    def ap(ranked, rel, k):
        hits, total = 0, 0.0
        for i, doc in enumerate(ranked[:k], start=1):
            if doc in rel:
                hits += 1
                total += hits / i
        return total / len(rel)

    queries = [q for q in gold if gold[q]]
    n = len(queries)
    return {
        "MAP@1": sum(ap(run.get(q, []), gold[q], 1) for q in queries) / n,
        "MAP@5": sum(ap(run.get(q, []), gold[q], 5) for q in queries) / n,
        "P@1": sum(1 for q in queries if run.get(q) and run[q][0] in gold[q]) / n,
        "R@20": sum(len(set(run.get(q, [])[:20]) & gold[q]) / len(gold[q]) for q in queries) / n,
    }


def evaluate(year, split, work, env):
    claims, queries, gold = (load_2020 if year == "2020" else load_2022)(split)
    base = work / f"checkthat{year}.yaml"
    if not base.exists():
        write_base(claims, base)
    cmd = [sys.executable, "-m", "claimcheck", "search", "--claims", str(base), "--format", "jsonl", "--limit", "20", "-"]
    subprocess.run(cmd, input="warm the cache\n", capture_output=True, text=True, env=env)
    lines = "\n".join(" ".join(text.split()) for _, text in queries) + "\n"
    started = time.perf_counter()
    proc = subprocess.run(cmd, input=lines, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"claimcheck search failed: {proc.stderr[-1000:]}")
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(records) != len(queries):
        sys.exit(f"expected {len(queries)} results, got {len(records)}")
    run = {qid: [r["claim_id"] for r in rec["results"]] for (qid, _), rec in zip(queries, records)}
    return score(run, gold), len(queries), len(claims), elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--years", nargs="+", default=["2020", "2022"], choices=["2020", "2022"])
    ap.add_argument("--workdir", help="folder for the generated claim bases (default: a temporary one)")
    ns = ap.parse_args()
    if not DATASETS.is_dir():
        print(f"skipped: {DATASETS} is not there (the CheckThat! data are research-only and not in the repository)")
        return
    work = Path(ns.workdir or tempfile.mkdtemp(prefix="claimcheck-checkthat-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, CLAIMCHECK_CACHE_DIR=str(work / "cache"))
    env.pop("CLAIMCHECK_CLAIMS", None)
    semantic = subprocess.run([sys.executable, "-c", "from claimcheck import semantic; print(semantic.available())"],
                              capture_output=True, text=True, env=env).stdout.strip() == "True"
    print(f"claimcheck[semantic]: {'on' if semantic else 'off (not installed, or CLAIMCHECK_SEMANTIC=0)'}")
    print(f"{'set':<14} {'queries':>7} {'claims':>7} {'MAP@1':>6} {'MAP@5':>6} {'P@1':>6} {'R@20':>6} {'time':>7}  published")
    for year in ns.years:
        m, nq, nc, elapsed = evaluate(year, ns.split, work, env)
        print(f"{year + ' ' + ns.split:<14} {nq:>7} {nc:>7} {m['MAP@1']:.3f} {m['MAP@5']:.3f} {m['P@1']:.3f} "
              f"{m['R@20']:.3f} {elapsed:6.1f}s  {PUBLISHED[year] if ns.split == 'test' else ''}")


if __name__ == "__main__":
    main()
