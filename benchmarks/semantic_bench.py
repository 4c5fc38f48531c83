#!/usr/bin/env python3
"""What claimcheck[semantic] costs: embedding time per claim, the vector cache's size, and the
start-up of `claimcheck check` and `claimcheck search` with and without the extra.

    pip install ".[semantic]" && python benchmarks/semantic_bench.py
    python benchmarks/semantic_bench.py --core-python /path/to/venv-without-the-extra/bin/python

Claims are synthetic news claims (benchmarks/synth.py), 1,000 by default (--claims). Figures:
- the model alone: texts run through Embedder.embed, per claim (batched as the cache fills);
- the first comparison with every claim of the base: embedded and written to the vector cache;
- the same from the cache in a fresh checker (what a second process pays), per claim;
- one statement embedded alone (what a check adds per sentence), the median of 20;
- loading the model (import onnxruntime and numpy, open the session, embed a sentence) in a
  fresh process, and its peak memory beside a core check's;
- the vector cache's size per 1,000 claims, beside the compiled base's;
- start-up of whole commands, best of 7, beside the import floor of click, yaml and rapidfuzz
  measured in the same run: `check` with the extra turned off (CLAIMCHECK_SEMANTIC=0, what a
  core install runs) and on; `search` likewise (search re-ranks with it); with --core-python,
  the same commands in an environment where the extra is not installed at all.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synth  # noqa: E402

STATEMENT = "Huawei employs over 207,000 people in its R&D centers."
QUERY = "SMIC largest chip maker"


def best_of(cmd, env, n=7):
    times = []
    for _ in range(n):
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-1000:]}")
    return min(times)


def startup(python, env, label, states=(("extra off", "0"), ("extra on", ""))):
    commands = {
        "check": [python, "-m", "claimcheck", "check", "--color", "never", STATEMENT],
        "search": [python, "-m", "claimcheck", "search", "--color", "never", QUERY],
    }
    rows = []
    for name, cmd in commands.items():
        for state, value in states:
            run_env = dict(env, CLAIMCHECK_SEMANTIC=value)
            subprocess.run(cmd, capture_output=True, env=run_env)  # the compiled base and the vectors, cached
            rows.append((f"{name}, {label}{', ' + state if state else ''}", best_of(cmd, run_env)))
    return rows


def measure_in_process(code, env):
    """(seconds, peak resident MB) of ``code`` in a fresh interpreter."""
    script = ("import resource, time; t = time.perf_counter(); " + code + "; "
              "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    if proc.returncode:
        sys.exit(f"failed: {proc.stderr[-1000:]}")
    seconds, mb = proc.stdout.split()
    return float(seconds), float(mb)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1000, help="synthetic claims to embed (default 1000)")
    ap.add_argument("--core-python", help="an interpreter with claimcheck but without the extra, for its start-up")
    ns = ap.parse_args()
    from claimcheck import semantic

    if not semantic.available():
        sys.exit("claimcheck[semantic] is not installed (or CLAIMCHECK_SEMANTIC=0): pip install '.[semantic]'")
    work = Path(tempfile.mkdtemp(prefix="claimcheck-semantic-"))
    os.environ["CLAIMCHECK_CACHE_DIR"] = str(work / "cache")
    env = dict(os.environ)
    env.pop("CLAIMCHECK_CLAIMS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run with bytecode caches
    print(f"{os.cpu_count()} cores; {ns.claims:,} synthetic claims; cache in {work}")

    load, loaded_mb = measure_in_process("from claimcheck import semantic; semantic.embedder().embed(['a sentence'])", env)
    _, core_mb = measure_in_process("from claimcheck.engine import open_checker; open_checker().check('a sentence')", env)

    from claimcheck.engine import open_checker

    paths = synth.write_base(work / "base", ns.claims, files=1)
    open_checker(paths)  # compiled once: what follows opens it from the cache
    checker = open_checker(paths)
    docs = list(range(len(checker.base)))
    texts = [checker.base.claim_at(d).text for d in docs]
    model = semantic.embedder()
    model.embed(texts[:64])  # the first run of a session allocates its buffers
    started = time.perf_counter()
    model.embed(texts)
    model_only = time.perf_counter() - started

    started = time.perf_counter()
    checker.semantic_similarities(STATEMENT, docs)
    cold = time.perf_counter() - started
    fresh = open_checker(paths)
    started = time.perf_counter()
    fresh.semantic_similarities(STATEMENT, docs)
    warm = time.perf_counter() - started

    singles = []
    for i in range(20):
        started = time.perf_counter()
        model.embed([f"{texts[i]} (statement {i})"])
        singles.append(time.perf_counter() - started)

    cache = work / "cache"
    [store] = cache.glob("vectors-*.sqlite")
    db = sqlite3.connect(store)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    vectors_bytes = store.stat().st_size
    base_bytes = sum(p.stat().st_size for p in cache.glob("base-*.sqlite"))

    n = len(docs)
    print(f"model alone:            {model_only / n * 1000:6.2f} ms a claim ({model_only:.1f} s for {n:,})")
    print(f"first use, to cache:    {cold / n * 1000:6.2f} ms a claim ({cold:.1f} s: embedded and stored)")
    print(f"from the cache:         {warm / n * 1000:6.3f} ms a claim ({warm * 1000:.0f} ms in a fresh checker)")
    print(f"one statement alone:    {statistics.median(singles) * 1000:6.2f} ms (median of 20)")
    print(f"loading the model:      {load:6.2f} s in a fresh process (import onnxruntime, numpy; open the session; a first vector); "
          f"peak memory {loaded_mb:.0f} MB (a check on the built-in base without it: {core_mb:.0f} MB)")
    print(f"vector cache:           {vectors_bytes / n * 1000 / 1e6:6.2f} MB per 1,000 claims "
          f"(compiled base of the same claims {base_bytes / n * 1000 / 1e6:.2f} MB per 1,000)")

    floor = best_of([sys.executable, "-c", "import click, yaml, rapidfuzz.process"], env)
    rows = startup(sys.executable, env, "this environment")
    if ns.core_python:
        rows += startup(ns.core_python, env, "the extra not installed", states=(("", ""),))
    print(f"\nstart-up on the built-in base, best of 7 (import floor of click+yaml+rapidfuzz {floor * 1000:.0f} ms):")
    for label, seconds in rows:
        print(f"  {label:<44} {seconds * 1000:6.0f} ms  {seconds / floor:5.2f}x the floor")


if __name__ == "__main__":
    main()
