#!/usr/bin/env python3
"""How much of what the five source articles assert survives `claimcheck extract`.

    python benchmarks/extract_recall.py [--articles ../shared/articles] [--curated claims.yaml]

The gold: every amount, date and named organisation or person in the quotes of the curated
claim base (claims.yaml: each quote is an assertion a person picked out of an article), read
with claimcheck's own parsers, plus the organisations and people its claims list. The test:
each gold item of an article appears in some check-worthy claim extracted from that article
(an amount with the same value, a date with the same year, month and day as written, a name by
its canonical form or as written in the quote). Prints recall per kind and overall (target
>= 0.95), the items missed, and the share of extracted claims per decision.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NAMED_TYPES = ("org", "person", "group")


def gold_items(base, analyzer):
    """article file -> set of (kind, key, shown) the curated quotes assert."""
    types = {e.name: e.type for e in base.entities}
    out = defaultdict(set)
    for claim in base.claims:
        source = base.sources.get(claim.source)
        if source is None or not source.file:
            continue
        analysis = analyzer.analyze_fresh(claim.quote)
        for q in analysis.quantities:
            out[source.file].add(("amount", round(q.value, 6), q.text))
        for d in analysis.dates:
            if d.year or d.month:
                out[source.file].add(("date", (d.year, d.month, d.day), d.text))
        for m in analysis.mentions:
            etype = m.type or types.get(m.name, "")
            if etype in NAMED_TYPES:
                out[source.file].add(("name", m.name, claim.quote[m.start:m.end]))
        for name in claim.entities or ():
            if types.get(name) in NAMED_TYPES:
                out[source.file].add(("name", analyzer.matcher.canonical(name), name))
    return out


def found_items(claims, analyzer):
    amounts, dates, names, texts = set(), set(), set(), []
    for c in claims:
        for text in (c.quote, c.text):
            analysis = analyzer.analyze_fresh(text)
            amounts.update(round(q.value, 6) for q in analysis.quantities)
            dates.update((d.year, d.month, d.day) for d in analysis.dates)
            names.update(m.name for m in analysis.mentions)
            texts.append(text.lower())
        names.update(c.entities)
    return amounts, dates, names, texts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=str(ROOT.parent / "shared" / "articles"))
    ap.add_argument("--curated", default=str(ROOT / "claims.yaml"))
    ns = ap.parse_args()
    from claimcheck import article, extract
    from claimcheck.analysis import Analyzer
    from claimcheck.claimbase import load_claim_base

    articles = Path(ns.articles)
    if not articles.is_dir():
        sys.exit(f"{articles} is not there: this script needs the source articles beside the project")
    base = load_claim_base([ns.curated])
    analyzer = Analyzer(base.entities)
    gold = gold_items(base, analyzer)
    hits, totals, missed = defaultdict(int), defaultdict(int), []
    decisions = defaultdict(int)
    for path in sorted(articles.glob("*.txt")):
        result = extract.extract(article.read(path.read_text(encoding="utf-8"), path.name), base.entities)
        for c in result.candidates:
            decisions[c.spot.reason or "check-worthy"] += 1
        amounts, dates, names, texts = found_items(result.claims, analyzer)
        for kind, key, shown in sorted(gold.get(path.name, ()), key=str):
            totals[kind] += 1
            if kind == "amount":
                ok = key in amounts
            elif kind == "date":
                ok = key in dates
            else:
                ok = key in names or any(shown.lower() in t for t in texts)
            hits[kind] += ok
            if not ok:
                missed.append(f"  {path.name}: {kind} {shown!r}")
    for kind in ("amount", "date", "name"):
        print(f"{kind:>7}: {hits[kind]}/{totals[kind]} = {hits[kind] / max(totals[kind], 1):.3f}")
    overall = sum(hits.values()) / max(sum(totals.values()), 1)
    print("missed:" if missed else "missed: none")
    print("\n".join(missed))
    print("sentences and clauses by decision: " + ", ".join(f"{k} {v}" for k, v in sorted(decisions.items(), key=lambda kv: -kv[1])))
    print(f"recall of asserted amounts, dates and names: {overall:.3f} ({sum(hits.values())}/{sum(totals.values())}; target >= 0.95)")


if __name__ == "__main__":
    main()
