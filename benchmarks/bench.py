#!/usr/bin/env python3
"""Speed and memory of claimcheck on synthetic claim bases of 1k, 10k and 100k claims.

    python benchmarks/bench.py                 # all sizes (100k takes a few minutes the first time)
    python benchmarks/bench.py --sizes 1000 10000 --quick

For each size it prints: cold load (YAML parsed, index built, cache written), warm load
(from the cache), one `check`, a `scan` of a 50- and a 250-sentence draft, peak memory,
and a naive baseline measured in the same run (yaml.safe_load, then rapidfuzz
extractOne over every claim text per sentence), with the ratios. Each measurement runs
in a fresh process, as a user's command would. It also times the whole `claimcheck check`
process on the built-in base against `python -c "import click, yaml, rapidfuzz.process"`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synth  # noqa: E402

STATEMENT = "Velion Systems will hire 350 workers at its new plant in Leeds."

WORKER = r"""
import json, resource, sys, time
mode, payload = sys.argv[1], json.loads(sys.argv[2])
t0 = time.perf_counter()
out = {}
if mode == "claimcheck":
    from claimcheck.engine import open_checker
    checker = open_checker(payload["paths"], use_cache=payload["cache"])
    out["load"] = time.perf_counter() - t0
    t = time.perf_counter(); checker.check(payload["statement"]); out["check"] = time.perf_counter() - t
    for name, path in payload["drafts"].items():
        text = open(path, encoding="utf-8").read()
        t = time.perf_counter(); findings = list(checker.scan(text, path)); out[name] = time.perf_counter() - t
        out[name + "_n"] = len(findings)
elif mode == "naive":
    import glob, yaml
    from rapidfuzz import fuzz, process, utils
    texts = []
    for p in payload["paths"]:
        for f in sorted(glob.glob(p + "/*.yaml")) if not p.endswith(".yaml") else [p]:
            data = yaml.load(open(f, encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            texts += [c["text"] for c in data.get("claims") or []]
    out["load"] = time.perf_counter() - t0
    t = time.perf_counter()
    process.extractOne(payload["statement"], texts, scorer=fuzz.token_set_ratio, processor=utils.default_process)
    out["check"] = time.perf_counter() - t
    from claimcheck.text.sentences import sentences
    for name, path in payload["drafts"].items():
        sents = [s.text for s in sentences(open(path, encoding="utf-8").read())]
        t = time.perf_counter()
        for s in sents:
            process.extractOne(s, texts, scorer=fuzz.token_set_ratio, processor=utils.default_process)
        out[name] = time.perf_counter() - t
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def run(mode, payload, env):
    proc = subprocess.run([sys.executable, "-c", WORKER, mode, json.dumps(payload)], capture_output=True, text=True, env=env)
    if proc.returncode:
        sys.exit(f"{mode} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def best_of(cmd, n=7, env=None):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return min(times)


def startup(env):
    floor = best_of([sys.executable, "-c", "import click, yaml, rapidfuzz.process"], env=env)
    subprocess.run([sys.executable, "-m", "claimcheck", "check", STATEMENT], capture_output=True, env=env)  # warm the cache
    whole = best_of([sys.executable, "-m", "claimcheck", "check", "--format", "text", "--color", "never",
                     "Huawei employs over 207,000 people in its R&D centers."], env=env)
    print(f"start-up, built-in base: claimcheck check {whole * 1000:.0f} ms; import floor {floor * 1000:.0f} ms; "
          f"ratio {whole / floor:.2f} (target <= 1.5)")


def fmt(seconds):
    return f"{seconds:8.3f}s" if seconds >= 0.0095 else f"{seconds * 1000:7.2f}ms"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--quick", action="store_true", help="skip the naive baseline above 10k claims")
    ap.add_argument("--workdir", help="where to write the synthetic bases (default: a temporary folder)")
    ns = ap.parse_args()
    work = Path(ns.workdir or tempfile.mkdtemp(prefix="claimcheck-bench-"))
    env = dict(os.environ, CLAIMCHECK_CACHE_DIR=str(work / "cache"))
    env.pop("CLAIMCHECK_CLAIMS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run with bytecode caches; compiling each run is not start-up
    startup(env)
    drafts = {}
    for n in (50, 250):
        path = work / f"draft-{n}.md"
        path.write_text(synth.draft(n), encoding="utf-8")
        drafts[f"scan{n}"] = str(path)
    print(f"\n{'claims':>7} {'what':<16} {'claimcheck':>10} {'naive':>10} {'ratio':>8}")
    per_sentence = {}
    for n in ns.sizes:
        folder = work / f"base-{n}"
        if not folder.exists():
            synth.write_base(str(folder), n, files=max(1, min(10, n // 1000)))
        payload = {"paths": [str(folder)], "statement": STATEMENT, "drafts": drafts, "cache": True}
        for f in (work / "cache").glob("*.sqlite") if (work / "cache").exists() else []:
            f.unlink()
        cold = run("claimcheck", payload, env)
        warm = run("claimcheck", payload, env)
        naive = run("naive", payload, env) if not (ns.quick and n > 10000) else None
        rows = [("first load", cold["load"], naive and naive["load"]), ("warm load", warm["load"], naive and naive["load"]),
                ("check", warm["check"], naive and naive["check"]),
                ("scan 50", warm["scan50"], naive and naive["scan50"]), ("scan 250", warm["scan250"], naive and naive["scan250"]),
                ("peak memory MB", warm["peak_mb"], naive and naive["peak_mb"])]
        for what, ours, theirs in rows:
            if what == "peak memory MB":
                print(f"{n:>7} {what:<16} {ours:>9.0f}  {theirs or 0:>9.0f}  {'':>8}")
                continue
            ratio = f"{theirs / ours:7.1f}x" if theirs else "   -"
            print(f"{n:>7} {what:<16} {fmt(ours)} {fmt(theirs) if theirs else '       -':>10} {ratio}")
        per_sentence[n] = warm["scan250"] / warm["scan250_n"] if warm["scan250_n"] else 0
    print("\ncost per checked sentence (warm, 250-sentence draft): " +
          ", ".join(f"{n:,} claims {s * 1000:.1f} ms" for n, s in per_sentence.items()))
    print("targets at 100k (warm): load < 0.5 s, check < 0.3 s, scan 250 < 3 s, peak < 600 MB, cold < 15 s, "
          ">= 20x the naive scan")
    print(f"bases and cache in {work}")


if __name__ == "__main__":
    main()
