"""The same statements against the same base give the same output in every process: nothing
follows the order of a set, which Python's hash seed changes from run to run (which denial a
reason names, which name of a claim a statement's name is matched with, sums of weights)."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

BASES = Path(__file__).parent / "bases"


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    statements = []
    for path in sorted(BASES.glob("*/statements.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        statements += [item["statement"] for item in (data if isinstance(data, list) else data["statements"])]
    stdin = "\n".join(statements) + "\n"
    claims = [arg for name in ("football", "company", "election", "transport", "health", "environment") for arg in ("--claims", str(BASES / name / "claims.yaml"))]
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
        done = subprocess.run([sys.executable, "-m", "claimcheck", "check", *claims, "--format", "jsonl", "-"],
                              input=stdin, capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        outputs.add(done.stdout)
    assert len(statements) > 300 and len(outputs) == 1
