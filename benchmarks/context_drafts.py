#!/usr/bin/env python3
"""Drafts scored with every sentence read in its context, beside the same drafts checked sentence by sentence.

    python benchmarks/context_drafts.py                       # ../shared/bench/drafts/*.md and tests/bases/*/drafts/*.md
    python benchmarks/context_drafts.py path/to/drafts/*.md   # others (each with its NAME.expected.yaml)

Each draft goes through ../shared/bench/evaluate.py's `draft` command (which runs `claimcheck
scan --format json` and compares with NAME.expected.yaml) twice, in the same run: once with
CLAIMCHECK_NO_CONTEXT=1 (each sentence alone: what claimcheck did before issue 13) and once as
users run it (pronouns, descriptions and relative dates resolved from the draft). A draft under
tests/bases/NAME/drafts/ is scanned against tests/bases/NAME/claims.yaml. Printed per draft:
sentences right and stray verdicts, before and after; then the totals. The shared drafts are a
thermometer: read the figures, do not tune on their sentences.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
_FIGURES_RE = re.compile(r"draft sentences right (\d+)/(\d+), stray verdicts (\d+)")


def score(draft: Path, context: bool) -> tuple:
    """(right, listed, stray) from evaluate.py's last lines."""
    env = dict(os.environ, CLAIMCHECK=f"{sys.executable} -m claimcheck")
    env.pop("CLAIMCHECK_NO_CONTEXT", None)
    if not context:
        env["CLAIMCHECK_NO_CONTEXT"] = "1"
    base = draft.parent.parent / "claims.yaml"
    if draft.parent.name == "drafts" and base.is_file() and draft.parent.parent.parent.name == "bases":
        env["CLAIMCHECK_CLAIMS"] = str(base)
    else:
        env.pop("CLAIMCHECK_CLAIMS", None)
    proc = subprocess.run([sys.executable, str(SHARED / "evaluate.py"), "draft", str(draft)], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    m = _FIGURES_RE.search(proc.stdout)
    if proc.returncode or not m:
        sys.exit(f"evaluate.py failed on {draft}: {proc.stderr.strip()[-500:] or proc.stdout[-500:]}")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("drafts", nargs="*", type=Path)
    ns = ap.parse_args()
    if not (SHARED / "evaluate.py").is_file():
        print(f"skipped: {SHARED / 'evaluate.py'} is not beside this checkout")
        return 0
    drafts = ns.drafts or sorted(SHARED.glob("drafts/*.md")) + sorted((ROOT / "tests" / "bases").glob("*/drafts/*.md"))
    print(f"{'draft':<44} {'alone':>12} {'in context':>12}")
    totals = [0, 0, 0, 0, 0, 0]
    for draft in drafts:
        before, after = score(draft, False), score(draft, True)
        name = str(draft.relative_to(ROOT.parent)) if draft.is_relative_to(ROOT.parent) else str(draft)
        print(f"{name[-44:]:<44} {before[0]:>4}/{before[1]:<3}{'+' + str(before[2]) if before[2] else '':>4} "
              f"{after[0]:>4}/{after[1]:<3}{'+' + str(after[2]) if after[2] else '':>4}")
        for k, v in enumerate(before + after):
            totals[k] += v
    print(f"{'total (right/listed, +stray verdicts)':<44} {totals[0]:>4}/{totals[1]:<3}{'+' + str(totals[2]) if totals[2] else '':>4} "
          f"{totals[3]:>4}/{totals[4]:<3}{'+' + str(totals[5]) if totals[5] else '':>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
