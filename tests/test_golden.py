"""Exact output per format on a fixed claim base and draft: a change in any format shows here.

Regenerate after an intended change with: CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

import os
from pathlib import Path

import pytest

from claimcheck import __version__

from .conftest import SMALL_BASE, invoke

GOLDEN = Path(__file__).parent / "golden"
DRAFT = (
    "# Acme in Leeds\n\n"
    "Acme will hire 350 workers at its new plant in Leeds. Acme will hire 900 workers at its new plant in Leeds.\n\n"
    "- Acme Corp opened an office in Paris.\n"
)
CASES = {
    "check.txt": ["check", "--format", "text", "Acme will hire 900 workers at its new plant in Leeds."],
    "check.json": ["check", "--format", "json", "Acme will hire 350 workers at its new plant in Leeds."],
    "check.jsonl": ["check", "--format", "jsonl", "Acme will hire 350 workers at its new plant in Leeds.", "Acme will hire 900 workers at its new plant in Leeds."],
    "scan.txt": ["scan", "--format", "text", "draft.md"],
    "scan-verbose.txt": ["scan", "--format", "text", "-v", "draft.md"],
    "check-verbose.txt": ["check", "--format", "text", "-v", "Acme Corp opened an office in Paris and will hire 350 workers at its new plant in Leeds."],
    "scan.github": ["scan", "--format", "github", "--annotate-unverified", "warning", "draft.md"],
    "scan.sarif": ["scan", "--format", "sarif", "draft.md"],
    "scan.json": ["scan", "--format", "json", "draft.md"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(runner, tmp_path, monkeypatch, name):
    (tmp_path / "claims.yaml").write_text(SMALL_BASE)
    (tmp_path / "draft.md").write_text(DRAFT)
    monkeypatch.chdir(tmp_path)
    output = invoke(runner, CASES[name]).output.replace(__version__, "VERSION")
    expected = GOLDEN / name
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
        expected.write_text(output)
    assert output == expected.read_text()
