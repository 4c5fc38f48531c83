"""Fit the verdict model (src/claimcheck/data/verdict-model.json) on labelled statements, and print
the held-out figures.

Labelled statements come from:
- generated pairs (claimcheck.pairs) on the built-in claim base and on the test bases under
  tests/bases/ (each statement with the claim it was made from);
- VitaminC (../shared/datasets/vitaminc/real-dev.jsonl): a Wikipedia claim and its evidence
  sentence, SUPPORTS / REFUTES / NOT ENOUGH INFO. Only pages outside the default evaluation sample
  of ../shared/bench/vitaminc.py (seed 1, 200 a label) are used, split by page into a fitting half
  and a held-out half;
- optionally a statements file in the format of ../shared/bench/statements-dev.yaml (--statements),
  and the labelled statements of the test bases that are not held out (--base-statements).

Every statement is checked against its whole claim base; each candidate claim's features
(decide.features) become a row, labelled with the statement's verdict for the claims it was made
from (supports / conflicts / neither for NOT ENOUGH INFO) and "neither" for every other claim.
A multinomial logistic regression with an L2 penalty is fitted by Newton's method (numpy, at
build time only); the support and conflict thresholds are then chosen on the fitting statements
for the best accuracy with few false supports. The model is written as JSON, read at run time
with the standard library.

    python benchmarks/fit_verdicts.py [--write] [--statements FILE] [--base-statements] [--keep-thresholds]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(ROOT, "src"))

from claimcheck import decide  # noqa: E402
from claimcheck.claimbase import load_claim_base  # noqa: E402
from claimcheck.engine import Checker  # noqa: E402

LABELS = {"SUPPORTS": "supported", "REFUTES": "conflicting", "NOT ENOUGH INFO": "unverified"}
PAIR_LABEL = {"supported": "supports", "conflicting": "conflicts", "unverified": "neither"}
FALSE_SUPPORT_COST = 4  # an editor trusts a false "supported"; an "unverified" only sends them to look
MISSED_CONFLICT_COST = 2  # errors a missed conflict counts for: a draft contradicting its sources passes
TEST_BASES = os.path.join(ROOT, "tests", "bases")
# bases written as held-out measures (tests/bases/README.md): never fitted on, not even their claims' pairs
# (library, ferry and festival were held out until session 47, when their failures were read)
HELD_OUT_BASES = frozenset(["roads", "retail", "floods", "broadband", "policing", "drought", "park", "press", "pier", "cathedral",
                            "canal", "books", "orchestra", "stadium", "schoolbus", "beach", "carparks", "rugby", "bridge",
                            # statements written in session 64 for bases that had claims only (their pairs were fitted on before)
                            "buses", "carehomes", "leisure", "cricket"])


class Item:
    """A labelled statement: its text, gold verdict, the claim ids it was made from, and a group name."""

    def __init__(self, statement, gold, claims, group, kind=""):
        self.statement, self.gold, self.claims, self.group, self.kind = statement, gold, set(claims), group, kind


# ---------------------------------------------------------------- data


def vitaminc_items(path, seed_pages=1, per_label=200, half=0, rows_per_base=600, seed=7):
    """VitaminC rows of pages outside the default evaluation sample, in claim bases of
    ``rows_per_base`` evidence sentences (one row a page in each base, as vitaminc.py does)."""
    sys.path.insert(0, os.path.join(SHARED, "bench"))
    import vitaminc as V

    held = {it["page"] for it in V.sample(path, per_label, seed_pages)}
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    pages = sorted({r["page"] for r in rows} - held)
    rng = random.Random(seed)
    rng.shuffle(pages)
    mine = set(pages[half::2])
    rows = [r for r in rows if r["page"] in mine]
    rng.shuffle(rows)
    bases = []
    while rows:
        used, batch, rest = set(), [], []
        for r in rows:
            if r["page"] in used or len(batch) >= rows_per_base:
                rest.append(r)
            else:
                used.add(r["page"])
                batch.append(r)
        rows = rest
        if len(batch) < 50:
            break
        items = [{"claim": V.detok(r["claim"]), "evidence": V.detok(r["evidence"]), "page": r["page"],
                  "gold": LABELS[r["label"]]} for r in batch]
        bases.append(items)
    return bases


def vitaminc_base(items, folder, n):
    import vitaminc as V

    path = os.path.join(folder, f"vitaminc-{n}.yaml")
    V.write_base(items, path)
    base = load_claim_base([path])
    labelled = [Item(it["claim"], it["gold"], [f"vc-c{i}"], "vitaminc") for i, it in enumerate(items)]
    return base, labelled


def pair_items(base_path, seed=0):
    from claimcheck import pairs

    base = load_claim_base([base_path])
    out = []
    for p in pairs.generate(base, seed=seed):
        claims = {p.claim_id} | _same_fact(base, p.claim_id)
        out.append(Item(p.statement, p.expected, claims, os.path.basename(os.path.dirname(base_path)) or "builtin", p.kind))
    return base, out


def _same_fact(base, claim_id):
    claims = [base.claim_at(i) for i in range(len(base))]
    fact = next((c.fact for c in claims if c.id == claim_id), None)
    return {c.id for c in claims if fact and c.fact == fact}


def statements_items(path, base, group="statements"):
    import yaml

    data = yaml.safe_load(open(path, encoding="utf-8"))
    files = {s.id: s.file for s in base.sources.values()}
    out = []
    for it in data:
        wanted = set(it.get("sources") or ())
        claims = {base.claim_at(i).id for i in range(len(base)) if files.get(base.claim_at(i).source) in wanted}
        out.append(Item(it["statement"], it["verdict"], claims, group, it.get("category", "")))
    return out


# ---------------------------------------------------------------- rows


def rows_for(checker, items):
    """(features, label, statement index) of every candidate of every statement."""
    rows = []
    for k, item in enumerate(items):
        analysis = checker.analyzer.analyze(" ".join(item.statement.split()))
        for j in checker.judgements(analysis):
            label = PAIR_LABEL[item.gold] if j.claim.id in item.claims else "neither"
            rows.append((j.features, label, k, "vitaminc" if item.group == "vitaminc" else "news"))
    return rows


# ---------------------------------------------------------------- fitting


def fit(rows, l2=1.0, iterations=30):
    import numpy as np

    names = sorted({name for f, *_ in rows for name in f})
    X = np.array([[f.get(n, 0.0) for n in names] for f, *_ in rows], dtype=float)
    X = np.hstack([X, np.ones((len(X), 1))])
    classes = list(decide.CLASSES)
    y = np.array([classes.index(label) for _, label, *_ in rows])
    Y = np.eye(len(classes))[y]
    # balance: every (source, class) cell weighs the same in total, so news text counts as much as
    # Wikipedia and a conflict as much as the many claims that are merely not about the statement
    cells = Counter((group, label) for _, label, _, group in rows)
    sample_w = np.array([len(rows) / (len(cells) * cells[(group, label)]) for _, label, _, group in rows])
    d, K = X.shape[1], len(classes)
    W = np.zeros((d, K))
    reg = l2 * np.eye(d)
    reg[-1, -1] = 0.0
    for _ in range(iterations):
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = X.T @ ((P - Y) * sample_w[:, None])  # d x K
        G += np.hstack([reg @ W[:, k:k + 1] for k in range(K)])
        # full Hessian over the K-1 free classes (the last is the reference)
        H = np.zeros((d * (K - 1), d * (K - 1)))
        for a in range(K - 1):
            for b in range(K - 1):
                coef = P[:, a] * ((a == b) - P[:, b]) * sample_w
                H[a * d:(a + 1) * d, b * d:(b + 1) * d] = X.T @ (X * coef[:, None]) + (reg if a == b else 0)
        step = np.linalg.solve(H + 1e-6 * np.eye(len(H)), G[:, :K - 1].T.reshape(-1))
        W[:, :K - 1] -= step.reshape(K - 1, d).T
        if abs(step).max() < 1e-6:
            break
    return {
        "weights": {cls: {n: round(float(W[i, k]), 5) for i, n in enumerate(names) if abs(W[i, k]) > 1e-7}
                    for k, cls in enumerate(classes)},
        "bias": {cls: round(float(W[-1, k]), 5) for k, cls in enumerate(classes)},
    }


def statement_accuracy(checkers_items, thresholds=None):
    """Verdicts through Checker.check (clauses and all), per group: (right, n, false supported,
    conflicts missed)."""
    out = defaultdict(lambda: [0, 0, 0, 0])
    kinds = defaultdict(lambda: [0, 0])
    for checker, items in checkers_items:
        checker.thresholds = thresholds
        for item in items:
            got = checker.check(item.statement).verdict.value
            g = out[item.group]
            g[0] += got == item.gold
            g[1] += 1
            g[2] += got == "supported" and item.gold != "supported"
            g[3] += item.gold == "conflicting" and got != "conflicting"
            if item.kind:
                kinds[(item.group, item.kind)][0] += got == item.gold
                kinds[(item.group, item.kind)][1] += 1
    return out, kinds


def _memoise_judgements(checker):
    memo = {}
    plain = checker.judgements

    def judgements(analysis):
        found = memo.get(analysis.text)
        if found is None:
            found = memo[analysis.text] = plain(analysis)
        return found

    checker.judgements = judgements


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the fitted model into the package")
    ap.add_argument("--statements", action="append", default=[], help="a labelled statements file for the built-in base")
    ap.add_argument("--base-statements", action="store_true",
                    help="fit on the labelled statements of the test bases too (tests/bases/*/statements.yaml, held-out bases left out)")
    ap.add_argument("--keep-thresholds", action="store_true",
                    help="keep the shipped model's support, conflict and telling-share thresholds (no search)")
    ap.add_argument("--vitaminc", default=os.path.join(SHARED, "datasets", "vitaminc", "real-dev.jsonl"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("-o", "--output", help="write the model here instead")
    ap.add_argument("--semantic", action="store_true",
                    help="fit the model that also weighs sentence embeddings (needs claimcheck[semantic]); "
                         "--write then writes data/verdict-model-semantic.json")
    ns = ap.parse_args()
    from claimcheck import semantic

    if ns.semantic and not semantic.available():
        sys.exit("--semantic needs claimcheck[semantic] installed")
    if not ns.semantic:
        os.environ["CLAIMCHECK_SEMANTIC"] = "0"  # the core model never sees the feature

    fitting, held_out = [], []  # (checker, items)
    with tempfile.TemporaryDirectory() as folder:
        if os.path.exists(ns.vitaminc):
            for half, target in ((0, fitting), (1, held_out)):
                for n, items in enumerate(vitaminc_items(ns.vitaminc, half=half)):
                    base, labelled = vitaminc_base(items, folder, f"{half}-{n}")
                    target.append((Checker(base), labelled))
        builtin = os.path.join(ROOT, "claims.yaml")
        bases = [builtin] + sorted(os.path.join(TEST_BASES, d, "claims.yaml") for d in os.listdir(TEST_BASES)
                                   if d not in HELD_OUT_BASES and os.path.exists(os.path.join(TEST_BASES, d, "claims.yaml"))
                                   ) if os.path.isdir(TEST_BASES) else [builtin]
        try:
            for path in bases:
                for seed, target in ((0, fitting), (1, held_out)):
                    base, items = pair_items(path, seed)
                    target.append((Checker(base), items))
        except ImportError:
            print("claimcheck.pairs is not there yet: no generated pairs", file=sys.stderr)
        for path in ns.statements:
            base = load_claim_base([builtin])
            fitting.append((Checker(base), statements_items(path, base)))

        if ns.base_statements and os.path.isdir(TEST_BASES):
            # the labelled statements of the test bases that are read (never a held-out one's)
            for name in sorted(set(os.listdir(TEST_BASES)) - HELD_OUT_BASES):
                path = os.path.join(TEST_BASES, name, "statements.yaml")
                if os.path.exists(path):
                    base = load_claim_base([builtin if name == "builtin" else os.path.join(TEST_BASES, name, "claims.yaml")])
                    fitting.append((Checker(base), statements_items(path, base, group="bases")))
        for checker, _ in fitting + held_out:
            checker.use_semantic = ns.semantic
        rows = []
        for checker, items in fitting:
            rows += rows_for(checker, items)
        print(f"{len(rows):,} candidate rows from {sum(len(i) for _, i in fitting):,} statements;",
              dict(Counter((group, label) for _, label, _, group in rows)))
        data = fit(rows, l2=ns.l2)
        model = decide.Model({**data, "support_threshold": 0.5, "conflict_threshold": 0.5})
        decide.set_model(model)
        for checker, _ in fitting + held_out:  # the judgements don't depend on the thresholds tried below
            _memoise_judgements(checker)
        best = None
        if ns.keep_thresholds:  # the shipped model's thresholds: one pass over the statements, not 80
            shipped = decide.Model(json.load(open(decide.MODEL_PATH, encoding="utf-8")))
            best = (0.0, shipped.support_threshold, shipped.conflict_threshold, shipped.telling_share)
        for share in () if best else (0.6, 0.7, 0.8, 0.9, 1.01):
            for s_at in (0.5, 0.6, 0.7, 0.8):
                for c_at in (0.4, 0.5, 0.6, 0.7):
                    model.support_threshold, model.conflict_threshold, model.telling_share = s_at, c_at, share
                    groups, _ = statement_accuracy(fitting)
                    # each source counts the same; a false support and a missed conflict cost more than other errors
                    score = sum((g[0] - FALSE_SUPPORT_COST * g[2] - (MISSED_CONFLICT_COST - 1) * g[3]) / g[1]
                                for g in groups.values()) / len(groups)
                    if best is None or score > best[0]:
                        best = (score, s_at, c_at, share)
        _, model.support_threshold, model.conflict_threshold, model.telling_share = best
        print(f"thresholds: support {model.support_threshold}, conflict {model.conflict_threshold}, "
              f"telling share {model.telling_share}")
        for name, sets in (("fitting", fitting), ("held out", held_out)):
            groups, kinds = statement_accuracy(sets)
            for group, (right, n, fs, _) in sorted(groups.items()):
                print(f"  {name:>8} {group:<14} accuracy {right / n:.3f} on {n} ({fs} false supported)")
            if name == "held out":
                for (group, kind), (right, n) in sorted(kinds.items()):
                    print(f"           {group:<14} {kind:<16} {right}/{n}")
        data.update(support_threshold=model.support_threshold, conflict_threshold=model.conflict_threshold,
                    telling_share=model.telling_share,
                    note="fitted by benchmarks/fit_verdicts.py")
        if ns.write or ns.output:
            with open(ns.output or (decide.SEMANTIC_MODEL_PATH if ns.semantic else decide.MODEL_PATH), "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1, sort_keys=True)
                f.write("\n")
            print(f"wrote {ns.output or (decide.SEMANTIC_MODEL_PATH if ns.semantic else decide.MODEL_PATH)}")


if __name__ == "__main__":
    main()
