#!/usr/bin/env python3
"""How fast `claimcheck extract` runs: one 1,000-word article, and a folder of 1,000 articles.

    python benchmarks/extract_speed.py [--articles ../shared/articles] [--count 1000]

Articles are made from the five source articles (and the test fixtures), their paragraphs
shuffled and their figures changed per copy, so that no two are alike. Each figure is the whole
command, start-up included (`claimcheck extract ... -o out.yaml` in a subprocess), beside a
naive baseline measured in the same run: a script that splits the same files into sentences
with a regular expression and dumps them all as YAML claims (no spotting, no resolution, no
analysis). Targets: a 1,000-word article in under 1 s; 1,000 articles in under 5 minutes.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAIVE = r"""
import re, sys, pathlib, yaml
claims = []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")) if pathlib.Path(sys.argv[1]).is_dir() else [pathlib.Path(sys.argv[1])]:
    text = path.read_text(encoding="utf-8")
    for i, s in enumerate(re.split(r"(?<=[.!?])\s+", text)):
        if s.strip():
            claims.append({"id": f"{path.stem}-{i}", "source": path.stem, "quote": s.strip(), "text": s.strip()})
open(sys.argv[2], "w").write(yaml.safe_dump({"version": 1, "claims": claims}))
"""


def paragraphs(folder: Path) -> list:
    out = []
    for path in sorted(folder.glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")):
        out.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 8)
    return out


def make_article(pool: list, rng: random.Random, words: int) -> str:
    chosen, count = [], 0
    while count < words:
        para = rng.choice(pool)
        para = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), para)  # other figures per copy
        chosen.append(para)
        count += len(para.split())
    return "Headline of a made-up article number %d\n\n" % rng.randint(1, 10**6) + "\n\n".join(chosen) + "\n"


def timed(cmd) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed: {proc.stderr.strip()[-500:]}")
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=str(ROOT.parent / "shared" / "articles"))
    ap.add_argument("--count", type=int, default=1000)
    ns = ap.parse_args()
    folder = Path(ns.articles)
    if not folder.is_dir():
        sys.exit(f"{folder} is not there: this script needs the source articles beside the project")
    pool = paragraphs(folder)
    rng = random.Random(7)
    claimcheck = [sys.executable, "-m", "claimcheck", "extract", "--no-link"]
    naive = [sys.executable, "-c", NAIVE]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        one = tmp / "one.txt"
        one.write_text(make_article(pool, rng, 1000), encoding="utf-8")
        words = len(one.read_text(encoding="utf-8").split())
        ours = min(timed(claimcheck + [str(one), "-o", str(tmp / "one.yaml")]) for _ in range(3))
        base = min(timed(naive + [str(one), str(tmp / "naive-one.yaml")]) for _ in range(3))
        print(f"one article of {words} words: claimcheck extract {ours:.2f} s, naive split+dump {base:.2f} s "
              f"({ours / base:.1f}x) [target < 1 s]")
        many = tmp / "many"
        many.mkdir()
        total_words = 0
        for i in range(ns.count):
            text = make_article(pool, rng, rng.randint(300, 1200))
            total_words += len(text.split())
            (many / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
        ours = timed(claimcheck + [str(many), "-o", str(tmp / "many.yaml")])
        base = timed(naive + [str(many), str(tmp / "naive-many.yaml")])
        claims = (tmp / "many.yaml").read_text(encoding="utf-8").count("\n  - id: ")
        print(f"{ns.count} articles ({total_words:,} words, {claims:,} claims): claimcheck extract {ours:.1f} s "
              f"({ours / ns.count * 1000:.0f} ms an article), naive split+dump {base:.1f} s ({ours / base:.0f}x) [target < 300 s]")


if __name__ == "__main__":
    main()
