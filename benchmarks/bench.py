#!/usr/bin/env python3
"""Speed and memory of claimcheck on synthetic claim bases, beside a naive baseline run alongside.

    python benchmarks/bench.py                      # 1k, 10k and 100k claims (100k takes minutes the first time)
    python benchmarks/bench.py --sizes 1000 10000 --quick
    python benchmarks/bench.py --sizes 1000000      # the 1M tier: ten files of 100k claims and the built-in base
    python benchmarks/bench.py --sizes --archive 2000   # the archive tier alone: 2,000 drafts
    python benchmarks/bench.py --sizes 1000000 --before ../claimcheck-old   # with an older checkout's figures

Tiers up to 100k: cold load (YAML parsed, index built, cache written), warm load (from the
cache), one `check`, a `scan` of a 50- and a 250-sentence draft as `claimcheck scan` scans one
draft (with the machine's cores: a long draft's sentences are shared by forked workers), the
250-sentence scan again with one job, peak memory (of the main process), in a fresh process
each, beside a naive baseline (yaml.safe_load, then rapidfuzz extractOne over every claim text
per sentence, in one process) measured in the same run, with the ratios.

The 1M tier times whole commands as a user runs them: the first `scan` of a 250-sentence draft
with an empty cache, the same scan again, `check`, `search`, the scan after appending a claim
to one of the ten files, and the cache's size on disk beside the YAML's; memory is the peak
of the process and its workers together (their proportional set size, sampled). The naive
baseline there loads, checks and scans the 50-sentence draft (its 250-sentence scan would take
minutes). ``--before DIR`` runs the same commands on the claimcheck in DIR/src (a checkout of
an earlier commit) and prints its figures in another column.

The archive tier scans N short drafts against the 100k base (or the largest base measured)
with --jobs 1 and --jobs 2, and with --engine dask on a local two-worker cluster (when dask
is installed), checking that all three give the same findings.

The machine's load average is printed with each tier: on a shared machine, repeat a figure
that looks off. Start-up: `claimcheck check` on the built-in base against importing click,
yaml and rapidfuzz.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import synth  # noqa: E402

STATEMENT = "Velion Systems will hire 350 workers at its new plant in Leeds."
QUERY = "Velion Systems new plant workers Leeds"

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
    from claimcheck.batch import scan_drafts  # as `claimcheck scan FILE --jobs N` scans a draft
    from claimcheck.cache import default_jobs
    jobs = payload.get("jobs") or default_jobs()
    out["jobs"] = jobs
    for name, path in payload["drafts"].items():
        text = open(path, encoding="utf-8").read()
        t = time.perf_counter()
        findings = [f for found in scan_drafts(checker, [(path, text, True)], jobs) for f in found]
        out[name] = time.perf_counter() - t
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


def load_average() -> str:
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "load average unknown"


def startup(env):
    floor = best_of([sys.executable, "-c", "import click, yaml, rapidfuzz.process"], env=env)
    subprocess.run([sys.executable, "-m", "claimcheck", "check", STATEMENT], capture_output=True, env=env)  # warm the cache
    whole = best_of([sys.executable, "-m", "claimcheck", "check", "--format", "text", "--color", "never",
                     "Huawei employs over 207,000 people in its R&D centers."], env=env)
    print(f"start-up, built-in base: claimcheck check {whole * 1000:.0f} ms; import floor {floor * 1000:.0f} ms; "
          f"ratio {whole / floor:.2f} (target <= 1.5); {load_average()}")


def fmt(seconds):
    return f"{seconds:8.3f}s" if seconds >= 0.0095 else f"{seconds * 1000:7.2f}ms"


# ---------------------------------------------------------------- whole commands, memory of the process tree


def _children(pid: int) -> list:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _pss_kb(pid: int) -> int:
    """Proportional set size: pages shared by forked workers counted once in all."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def timed(cmd, env, cwd=None) -> dict:
    """Wall time, CPU time and peak memory (MB, the command and its workers together) of a command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)
    peak = [0]

    def sample():
        while proc.poll() is None:
            tree, todo = [], [proc.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(_children(pid))
            peak[0] = max(peak[0], sum(_pss_kb(pid) for pid in tree))
            time.sleep(0.1)  # reading a process's memory map costs it time: not too often

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    streams = {}
    readers = [threading.Thread(target=lambda name, f: streams.__setitem__(name, f.read()), args=(name, f))
               for name, f in (("out", proc.stdout), ("err", proc.stderr))]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(proc.pid, 0)  # the command's own resource use, its workers' included
    wall = time.perf_counter() - started
    for reader in readers:
        reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed: {streams['err'].decode()[-2000:]}")
    # the sampled sum of the process and its workers, or (a command too short to sample) its own peak
    peak_kb = max(peak[0], usage.ru_maxrss)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "mb": peak_kb / 1024, "out": streams["out"]}


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def big_tier(n, work, drafts, env, before, naive, repeat):
    """The 1M tier (or any size given as ten files): whole commands, the first ones on an empty cache."""
    folder = work / f"base-{n}"
    if not folder.exists():
        print(f"writing {n:,} synthetic claims in ten files to {folder} ...", flush=True)
        synth.write_base(str(folder), n, files=10)
    builtin = str(ROOT / "src" / "claimcheck" / "data" / "claims.yaml")
    yaml_bytes = folder_bytes(folder) + os.path.getsize(builtin)
    edited = folder / "synthetic-03.yaml"
    original = edited.read_bytes()
    columns = {"after": (env, str(ROOT / "src"))}
    if before:
        columns["before"] = (env, str(Path(before).resolve() / "src"))
    figures: dict = {}
    try:
        for column, (base_env, src) in columns.items():
            cache = work / f"cache-{n}-{column}"
            shutil.rmtree(cache, ignore_errors=True)
            cenv = dict(base_env, CLAIMCHECK_CACHE_DIR=str(cache), PYTHONPATH=src)
            claims = ["--claims", str(folder), "--claims", builtin]
            scan = [sys.executable, "-m", "claimcheck", "scan", "--format", "json", *claims, drafts["scan250"]]
            print(f"[{column}] first scan ... ({load_average()})", flush=True)
            got = figures[column] = {"first scan": timed(scan, cenv)}
            got["warm scan 250"] = min((timed(scan, cenv) for _ in range(repeat)), key=lambda r: r["wall"])
            check = [sys.executable, "-m", "claimcheck", "check", "--format", "json", *claims, STATEMENT]
            got["check"] = min((timed(check, cenv) for _ in range(repeat)), key=lambda r: r["wall"])
            search = [sys.executable, "-m", "claimcheck", "search", "--format", "json", *claims, QUERY]
            got["search"] = min((timed(search, cenv) for _ in range(repeat)), key=lambda r: r["wall"])
            got["cache MB"] = folder_bytes(cache) / 2**20
            edited.write_bytes(original + synth.extra_claim(n).encode())
            print(f"[{column}] scan after an edit ... ({load_average()})", flush=True)
            got["scan after an edit"] = timed(scan, cenv)
            edited.write_bytes(original)
            got["same findings"] = json.loads(got["first scan"]["out"]) == json.loads(got["warm scan 250"]["out"])
            print(f"[{column}] " + ", ".join(f"{k} {v['wall']:.2f}s {v['mb']:.0f}MB" for k, v in got.items()
                                             if isinstance(v, dict)) + f", cache {got['cache MB']:.0f} MB", flush=True)
            with open(work / f"bench-{n}-{column}.json", "w") as f:
                json.dump({k: ({kk: vv for kk, vv in v.items() if kk != "out"} if isinstance(v, dict) else v)
                           for k, v in got.items()}, f, indent=1)
    finally:
        edited.write_bytes(original)
    naive_figures = None
    if naive:
        print(f"[naive] load, check, scan 50 ... ({load_average()})", flush=True)
        payload = {"paths": [str(folder), builtin], "statement": STATEMENT, "drafts": {"scan50": drafts["scan50"]}}
        naive_figures = run("naive", payload, env)
    print(f"\n{n:,} claims in ten files + the built-in base ({yaml_bytes / 2**20:.0f} MB of YAML); {load_average()}")
    head = f"{'(wall, memory, cpu)':<22}" + "".join(f"{c:>24}" for c in figures) + (f"{'naive':>14}" if naive_figures else "")
    print(head)

    def cell(r):  # wall time, peak memory, CPU time of the command and its workers
        return f"{r['wall']:7.2f}s {r['mb']:5.0f}MB {r['cpu']:5.1f}c"

    rows = [("first scan", None), ("warm scan 250", "scan250"), ("check", "check"), ("search", None),
            ("scan after an edit", None)]
    for label, naive_key in rows:
        line = f"{label:<22}" + "".join(f"{cell(f[label]):>24}" for f in figures.values())
        if naive_figures and naive_key in naive_figures:
            line += f"{naive_figures[naive_key]:13.2f}s"
        elif naive_figures and label == "first scan":
            line += f"{naive_figures['load'] + naive_figures['check']:9.1f}s load"
        print(line)
    if naive_figures:
        print(f"{'naive scan 50':<22}" + "".join(f"{'':>24}" for _ in figures) + f"{naive_figures['scan50']:13.2f}s "
              f"(peak {naive_figures['peak_mb']:.0f} MB)")
    for column, f in figures.items():
        if not f["same findings"]:
            print(f"[{column}] the warm scan's findings differ from the first scan's")
        ratio = f["scan after an edit"]["wall"] / f["first scan"]["wall"]
        print(f"[{column}] scan after an edit = 1/{1 / ratio:.1f} of the first scan; cache on disk {f['cache MB']:.0f} MB = "
              f"{f['cache MB'] * 2**20 / yaml_bytes:.2f}x the YAML")
    print("targets at 1M: check <= 0.2 s and <= 400 MB; warm scan 250 <= 3 s; first scan <= 90 s and <= 1.5 GB; "
          "after an edit <= 1/8 of the first scan; cache <= 1.5x the YAML")
    return folder


def archive_tier(count, work, base_folder, env):
    """N short drafts: --jobs 1 against --jobs 2, and the dask engine on a local two-worker cluster."""
    folder = work / f"archive-{count}"
    if not folder.exists():
        folder.mkdir()
        for i in range(count):
            (folder / f"draft-{i:05d}.md").write_text(synth.draft(12, seed=1000 + i), encoding="utf-8")
    cenv = dict(env, PYTHONPATH=str(ROOT / "src"))
    claims = ["--claims", str(base_folder)]
    subprocess.run([sys.executable, "-m", "claimcheck", "check", *claims, STATEMENT], capture_output=True, env=cenv)  # compiled
    print(f"\narchive: {count:,} drafts against {base_folder.name}; {load_average()}")
    results = {}
    for label, extra in (("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"]),
                         ("--engine dask (2 workers)", ["--engine", "dask", "--jobs", "2"])):
        if "dask" in label:
            try:
                import dask.bag  # noqa: F401
                import distributed  # noqa: F401
            except ImportError:
                print(f"{label:<28} skipped: pip install 'claimcheck[dask]'")
                continue
        r = results[label] = timed([sys.executable, "-m", "claimcheck", "scan", "--format", "jsonl", *claims, *extra,
                                    str(folder)], cenv)
        print(f"{label:<28}{r['wall']:8.2f}s {r['mb']:6.0f} MB ({r['cpu']:.1f}s cpu)", flush=True)
    serial = results["--jobs 1"]
    for label, r in results.items():
        if label != "--jobs 1":
            same = "the same findings" if r["out"] == serial["out"] else "DIFFERENT findings"
            print(f"{label}: {serial['wall'] / r['wall']:.2f}x --jobs 1, {same} "
                  f"({len(serial['out'].splitlines()):,} findings)")
    print("targets: --jobs 2 >= 1.7x --jobs 1; dask gives identical findings")


def small_tiers(sizes, work, drafts, env, quick):
    print(f"\n{'claims':>7} {'what':<16} {'claimcheck':>10} {'naive':>10} {'ratio':>8}")
    per_sentence = {}
    for n in sizes:
        folder = work / f"base-{n}"
        if not folder.exists():
            synth.write_base(str(folder), n, files=max(1, min(10, n // 1000)))
        payload = {"paths": [str(folder)], "statement": STATEMENT, "drafts": drafts, "cache": True}
        shutil.rmtree(work / "cache", ignore_errors=True)
        cold = run("claimcheck", payload, env)
        warm = run("claimcheck", payload, env)
        serial = run("claimcheck", dict(payload, jobs=1), env) if warm["jobs"] > 1 else warm
        naive = run("naive", payload, env) if not (quick and n > 10000) else None
        jobs = f"{warm['jobs']} jobs"
        rows = [("first load", cold["load"], naive and naive["load"]), ("warm load", warm["load"], naive and naive["load"]),
                ("check", warm["check"], naive and naive["check"]),
                ("scan 50", warm["scan50"], naive and naive["scan50"]),
                (f"scan 250, {jobs}", warm["scan250"], naive and naive["scan250"]),
                ("scan 250, 1 job", serial["scan250"], naive and naive["scan250"]),
                ("peak memory MB", warm["peak_mb"], naive and naive["peak_mb"])]
        for what, ours, theirs in rows:
            if what == "peak memory MB":
                print(f"{n:>7} {what:<16} {ours:>9.0f}  {theirs or 0:>9.0f}  {'':>8}")
                continue
            ratio = f"{theirs / ours:7.1f}x" if theirs else "   -"
            print(f"{n:>7} {what:<16} {fmt(ours)} {fmt(theirs) if theirs else '       -':>10} {ratio}")
        per_sentence[n] = serial["scan250"] / serial["scan250_n"] if serial["scan250_n"] else 0
    print("\ncost per checked sentence (warm, 250-sentence draft, 1 job): " +
          ", ".join(f"{n:,} claims {s * 1000:.1f} ms" for n, s in per_sentence.items()))
    print("targets at 100k (warm): load < 0.5 s, check < 0.3 s, scan 250 < 3 s, peak < 600 MB, cold < 15 s, "
          ">= 20x the naive scan")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000],
                    help="claim base sizes; 1,000,000 and above are measured as whole commands (the 1M tier)")
    ap.add_argument("--archive", type=int, default=0, metavar="N", help="also scan N short drafts (the archive tier)")
    ap.add_argument("--quick", action="store_true", help="skip the naive baseline above 10k claims")
    ap.add_argument("--before", metavar="DIR", help="a checkout of an earlier claimcheck: its figures at 1M beside ours")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each warm command at 1M; the best counts")
    ap.add_argument("--workdir", help="where to write the synthetic bases (default: a temporary folder)")
    ns = ap.parse_args()
    work = Path(ns.workdir or tempfile.mkdtemp(prefix="claimcheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, CLAIMCHECK_CACHE_DIR=str(work / "cache"))
    env.pop("CLAIMCHECK_CLAIMS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run with bytecode caches; compiling each run is not start-up
    startup(env)
    drafts = {}
    for n in (50, 250):
        path = work / f"draft-{n}.md"
        path.write_text(synth.draft(n), encoding="utf-8")
        drafts[f"scan{n}"] = str(path)
    small = [n for n in ns.sizes if n < 1_000_000]
    if small:
        small_tiers(small, work, drafts, env, ns.quick)
    largest = work / f"base-{max(small)}" if small else None
    for n in (n for n in ns.sizes if n >= 1_000_000):
        big_tier(n, work, drafts, env, ns.before, not ns.quick, ns.repeat)
    if ns.archive:
        base = largest if largest and largest.name.endswith("100000") else work / "base-100000"
        if not base.exists():
            synth.write_base(str(base), 100000, files=10)
        archive_tier(ns.archive, work, base, env)
    print(f"bases and cache in {work}")


if __name__ == "__main__":
    main()
