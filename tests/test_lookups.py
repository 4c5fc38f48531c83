"""search, show, sources, conflicts and validate: structure for people, every format for scripts."""

import json

import pytest

from claimcheck.cli import cli

from .conftest import SMALL_BASE, invoke

LOOKUPS = {
    "search": ["search", "Acme workers Leeds"],
    "show": ["show", "acme-plant-workers"],
    "sources": ["sources"],
    "conflicts": ["conflicts"],
    "validate": ["validate"],
}
DISPUTED = SMALL_BASE + """\
  - id: acme-plant-workers-post
    source: post
    quote: "Acme is to hire 420 workers at its new plant in Leeds, the company said."
    text: "Acme will hire 420 workers at its new plant in Leeds."
"""
DISPUTED = DISPUTED.replace("claims:\n", "  - {id: post, outlet: Leeds Post, title: Plant jobs, published: '2024-03-06'}\nclaims:\n", 1)


@pytest.fixture
def disputed(tmp_path, monkeypatch):
    (tmp_path / "claims.yaml").write_text(DISPUTED)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", sorted(LOOKUPS))
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_every_lookup_command_speaks_text_json_and_jsonl(runner, disputed, name, fmt):
    result = invoke(runner, LOOKUPS[name] + ["--format", fmt])
    assert result.exit_code in (0, 1), result.output
    if fmt == "json":
        json.loads(result.output)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in result.output.splitlines())
    else:
        assert result.output.strip() and not result.output.lstrip().startswith(("[", "{"))


def test_conflicts_show_both_quotes_their_sources_and_the_values(runner, disputed):
    result = invoke(runner, ["conflicts"])
    assert result.exit_code == 1
    out = result.output
    assert "DISAGREE  acme-plant-workers  ≠  acme-plant-workers-post" in out
    assert "350 workers  ≠  420 workers" in out
    assert '"Acme Corp will hire 350 workers at its new plant in Leeds."' in out
    assert '"Acme is to hire 420 workers at its new plant in Leeds, the company said."' in out
    assert "The Gazette, 2024-03-05" in out and "Leeds Post, 2024-03-06" in out
    assert out.splitlines()[-1] == "0 agreeing pairs, 1 disagreeing pair"
    [pair] = json.loads(invoke(runner, ["conflicts", "--format", "json"]).output)
    assert pair["values"] == ["350 workers", "420 workers"] and len(pair["quotes"]) == 2


def test_validate_says_so_when_clean(runner, disputed):
    result = invoke(runner, ["validate"])
    assert result.exit_code == 0 and result.output == "2 claims, 2 sources: no problems\n"
    broken = DISPUTED.replace("source: post", "source: nowhere")
    (disputed / "claims.yaml").write_text(broken)
    result = invoke(runner, ["validate"])
    assert result.exit_code == 1 and result.output.splitlines()[-1] == "2 claims, 2 sources: 1 problem"
    [problem] = json.loads(invoke(runner, ["validate", "--format", "json"]).output)
    assert problem["line"] == broken.split("\n").index("    source: nowhere") + 1 and "unknown source 'nowhere'" in problem["message"]


def test_sources_and_search_are_laid_out(runner, disputed):
    lines = invoke(runner, ["sources"]).output.splitlines()
    assert lines[0].split() == ["claims", "published", "source"]
    assert lines[1].split()[:4] == ["1", "2024-03-05", "gazette", "·"] and lines[2].strip() == "Acme opens a plant"
    assert lines[-1] == "2 claims from 2 sources"
    found = invoke(runner, ["search", "Acme hires 350 workers in Leeds"]).output.splitlines()
    assert found[0].split()[1:4] == ["acme-plant-workers", "·", "The"]
    assert found[1].startswith("       Acme will hire 350 workers")


def test_show_suggests_close_ids(runner, disputed):
    result = invoke(runner, ["show", "acme-plant-worker"])
    assert result.exit_code == 2 and "did you mean: acme-plant-workers" in result.output


@pytest.mark.parametrize("name", sorted(cli.list_commands(None)))
def test_help_fits_80_columns_with_an_example(runner, name):
    result = invoke(runner, [name, "--help"])
    assert result.exit_code == 0
    assert all(len(line) <= 80 for line in result.output.splitlines()), [l for l in result.output.splitlines() if len(l) > 80]
    assert "Example" in result.output and f"claimcheck {name}" in result.output


def test_top_level_help_fits_80_columns(runner):
    result = invoke(runner, ["--help"])
    assert result.exit_code == 0 and all(len(line) <= 80 for line in result.output.splitlines())
    assert "claimcheck check" in result.output
