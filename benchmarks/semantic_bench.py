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
- start-up of whole commands (best and median of 9, the commands taking turns), beside the
  import floor of click, yaml and rapidfuzz measured in the same run: `check` with the extra turned off (CLAIMCHECK_SEMANTIC=0, what a
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


def timed(cmd, env):
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-1000:]}")
    return time.perf_counter() - started


def startup(variants, rounds):
    """{label: (best, median)} of whole commands; the variants take turns, round after round, so
    that the load other processes put on the machine falls on all of them alike."""
    for cmd, env in variants.values():
        subprocess.run(cmd, capture_output=True, env=env)  # the compiled base and the vectors, cached
    times = {label: [] for label in variants}
    for _ in range(rounds):
        for label, (cmd, env) in variants.items():
            times[label].append(timed(cmd, env))
    return {label: (min(t), statistics.median(t)) for label, t in times.items()}


def commands(python, env, label, states):
    out = {}
    for name, args in (("check", ["check", "--color", "never", STATEMENT]), ("search", ["search", "--color", "never", QUERY])):
        for state, value in states:
            out[f"{name}, {label}{', ' + state if state else ''}"] = ([python, "-m", "claimcheck", *args],
                                                                    dict(env, CLAIMCHECK_SEMANTIC=value))
    return out


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
    ap.add_argument("--rounds", type=int, default=9, help="runs of each command for start-up (default 9)")
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

    variants = {"import floor (click, yaml, rapidfuzz)": ([sys.executable, "-c", "import click, yaml, rapidfuzz.process"], env)}
    variants.update(commands(sys.executable, env, "this environment", (("extra off", "0"), ("extra on", ""))))
    if ns.core_python:
        variants.update(commands(ns.core_python, env, "the extra not installed", (("", ""),)))
    results = startup(variants, ns.rounds)
    floor = results["import floor (click, yaml, rapidfuzz)"][0]
    print(f"\nstart-up on the built-in base, {ns.rounds} runs each, taking turns (best, median; ratio of the best to the floor's):")
    for label, (best, median) in results.items():
        print(f"  {label:<44} {best * 1000:6.0f} ms {median * 1000:6.0f} ms  {best / floor:5.2f}x")


if __name__ == "__main__":
    main()
