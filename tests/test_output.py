"""What people and scripts see: text layout, colour, positions, usage errors, suppressed findings."""

import json
import re

import pytest

from .conftest import SHARED, invoke

DRAFT = (
    "# Acme in Leeds\n\n"
    "Acme will hire 350 workers at its new plant in Leeds.\n\n"
    "Acme will hire 900 workers at its new plant in Leeds.\n\n"
    "Acme Corp opened an office in Paris and will hire 350 workers at its new plant in Leeds.\n"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def project(project_with):
    return project_with(DRAFT)


def test_scan_prints_one_line_a_finding_and_the_deciding_claim_under_a_conflict(runner, project):
    result = invoke(runner, ["scan", "draft.md"])
    lines = result.output.splitlines()
    findings = [line for line in lines if line.startswith("draft.md:")]
    # the heading labels a topic and is not checked (claim spotting)
    assert [line.split()[1] for line in findings] == ["SUPPORTED", "CONFLICTING", "UNVERIFIED"]
    # only the conflict has a second line: the reason and the claim that gives it
    assert lines[lines.index(findings[1]) + 1] == "    ✘ statement: 900 workers; claim: 350 workers (acme-plant-workers)"
    assert len(lines) == len(findings) + 2  # + that line + the summary
    assert findings[0].endswith("…") and len(findings[0]) <= 80  # a long sentence is cut, not wrapped
    assert "✔" not in result.output and "related" not in result.output


def test_verbose_shows_every_sentence_whole_and_all_evidence_wrapped_in_80_columns(runner, project):
    result = invoke(runner, ["scan", "-v", "draft.md"])
    lines = result.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "\n" + " " * 31 + "Leeds.\n" in result.output
    assert "○ acme-plant-workers" in result.output  # the unverified sentence's partial support: related
    unverified = result.output.split("draft.md:7:1:")[1]
    assert "✔" not in unverified


def test_check_shows_the_deciding_claim_for_a_support(runner, small_base):
    result = invoke(runner, ["check", "--claims", str(small_base), "Acme will hire 350 workers at its new plant in Leeds."])
    assert result.output.splitlines()[2] == "    ✔ acme-plant-workers · The Gazette, 2024-03-05"


def test_color_always_wins_over_no_color(runner, project, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert not ANSI.search(invoke(runner, ["scan", "draft.md"]).output)
    coloured = invoke(runner, ["scan", "--color", "always", "draft.md"]).output
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == invoke(runner, ["scan", "--color", "never", "draft.md"]).output


def test_end_column_is_the_same_exclusive_column_in_every_format(runner, project):
    finding = [f for f in json.loads(invoke(runner, ["scan", "--format", "json", "draft.md"]).output)
               if f["verdict"] == "conflicting"][0]
    line = DRAFT.split("\n")[finding["line"] - 1]
    assert line[finding["column"] - 1:finding["end_column"] - 1] == finding["sentence"]
    sarif = json.loads(invoke(runner, ["scan", "--format", "sarif", "draft.md"]).output)
    region = [r for r in sarif["runs"][0]["results"] if r["level"] == "error"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["endColumn"] == finding["end_column"]
    github = invoke(runner, ["scan", "--format", "github", "draft.md"]).output
    assert f"endColumn={finding['end_column']}," in github


@pytest.mark.parametrize("args, words", [
    (["check", ""], "a statement is empty"),
    (["check", "   "], "a statement is empty"),
    (["check"], "Missing argument"),
    (["scan", "--no-such-option", "x.md"], "No such option"),
    (["search", ""], "the query is empty"),
    (["scan", "--format", "xml", "x.md"], "'xml' is not one of"),
])
def test_usage_errors_are_one_line_and_a_hint(runner, args, words):
    result = invoke(runner, args)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 2 and lines[0].startswith("claimcheck: error: ") and words in lines[0]
    assert lines[1] == f"Try 'claimcheck {args[0]} --help' for help."


def test_empty_stdin_is_no_input_not_a_crash(runner):
    result = invoke(runner, ["search", "-", "--format", "json"], input="\n")
    assert result.exit_code == 0 and json.loads(result.output) == []
    result = invoke(runner, ["search", "-", "--format", "jsonl"], input="")
    assert result.exit_code == 0 and result.output == ""


def test_folder_scan_reports_an_unreadable_draft_and_goes_on(runner, project):
    folder = project / "drafts"
    folder.mkdir()
    (folder / "a.md").write_bytes("Caf\xe9 society.\n".encode("latin-1"))
    (folder / "b.md").write_text("Acme will hire 900 workers at its new plant in Leeds.\n")
    result = invoke(runner, ["scan", "--format", "json", str(folder)])
    assert result.exit_code == 2
    assert f"claimcheck: error: {folder / 'a.md'}:1:4: not valid utf-8" in result.output
    findings = json.loads(result.output[result.output.index("["):])
    assert [f["verdict"] for f in findings] == ["conflicting"]


def test_config_ignore_globs_are_relative_to_the_config_file(runner, project, monkeypatch):
    (project / ".claimcheck.yaml").write_text('ignore: ["drafts/archive/*"]\n')
    archive = project / "drafts" / "archive"
    archive.mkdir(parents=True)
    (archive / "old.md").write_text("Acme will hire 900 workers at its new plant in Leeds.\n")
    (project / "drafts" / "new.md").write_text("Acme will hire 350 workers at its new plant in Leeds.\n")
    monkeypatch.chdir(project / "drafts")
    findings = json.loads(invoke(runner, ["scan", "--format", "json", "."]).output)
    assert [f["file"] for f in findings] == ["new.md"]
    findings = json.loads(invoke(runner, ["scan", "--format", "json", "--ignore", "new.md", "."]).output)
    assert findings == []


SILENCED = "Acme will hire 900 workers at its new plant in Leeds. <!-- claimcheck: ignore -->\n\nAcme will hire 350 workers at its new plant in Leeds.\n"


def test_suppressed_findings_are_marked_for_machines_and_counted_for_people(runner, project_with):
    project_with(SILENCED)
    text = invoke(runner, ["scan", "draft.md"])
    assert text.exit_code == 0 and "CONFLICTING" not in text.output and "(1 suppressed)" in text.output
    findings = json.loads(invoke(runner, ["scan", "--format", "json", "draft.md"]).output)
    assert [(f["verdict"], f["suppressed"]) for f in findings] == [("conflicting", True), ("supported", False)]
    lines = invoke(runner, ["scan", "--format", "jsonl", "draft.md"]).output.splitlines()
    assert [json.loads(line)["suppressed"] for line in lines] == [True, False]
    sarif = json.loads(invoke(runner, ["scan", "--format", "sarif", "draft.md"]).output)
    [silenced] = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
    assert silenced["level"] == "error" and silenced["suppressions"][0]["kind"] == "inSource"
    github = invoke(runner, ["scan", "--format", "github", "draft.md"])
    assert "::error" not in github.output and github.exit_code == 0


def test_check_jsonl_stays_one_object_a_statement(runner, small_base):
    result = invoke(runner, ["check", "--claims", str(small_base), "--format", "jsonl", "Acme will hire 350 workers.", "Acme hires."])
    assert [set(json.loads(line)) >= {"statement", "verdict"} for line in result.output.splitlines()] == [True, True]


@pytest.mark.skipif(not (SHARED / "bench" / "drafts").is_dir(), reason="../shared/bench is not beside this checkout")
def test_a_draft_scan_prints_at_most_two_lines_a_sentence(runner):
    for draft in sorted((SHARED / "bench" / "drafts").glob("*.md")):
        result = invoke(runner, ["scan", str(draft)])
        findings = [line for line in result.output.splitlines() if line.startswith(str(draft))]
        assert findings and len(result.output.splitlines()) - 1 <= 2 * len(findings), draft.name
