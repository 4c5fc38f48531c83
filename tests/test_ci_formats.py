"""claimcheck in CI: annotations, SARIF, exit policy, configuration and suppression."""

import json

import pytest

from .conftest import SHARED, SMALL_BASE, invoke

DRAFT = (
    "# Plant\n\n"
    "Acme will hire 350 workers at its new plant in Leeds.\n\n"
    "Acme will hire 900 workers at its new plant in Leeds.\n\n"
    "Acme Corp, the maker of anvils, opened an office in Paris.\n"
)


@pytest.fixture
def project(project_with):
    return project_with(DRAFT)


def test_github_annotations_golden(runner, project):
    result = invoke(runner, ["scan", "--format", "github", "draft.md"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "::group::draft.md"
    assert lines[1].startswith("::error file=draft.md,line=5,col=1,endLine=5,endColumn=54,title=claimcheck%3A conflicting::")
    assert "%0Areason: statement: 900 workers; claim: 350 workers%0A" in lines[1]
    assert lines[2] == "::endgroup::"
    assert lines[3] == "claimcheck: 3 sentences checked: 1 supported, 1 conflicting, 1 unverified"
    assert len(lines) == 4


def test_github_unverified_as_notice_when_asked(runner, project):
    result = invoke(runner, ["scan", "--format", "github", "--annotate-unverified", "notice", "draft.md"])
    assert sum(line.startswith("::notice file=draft.md,line=7,") for line in result.output.splitlines()) == 1


def test_auto_format_is_github_under_actions(runner, project, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = invoke(runner, ["scan", "draft.md"])
    assert result.output.startswith("::group::draft.md")
    monkeypatch.delenv("GITHUB_ACTIONS")
    result = invoke(runner, ["scan", "draft.md"])
    assert "\ndraft.md:5:1:     CONFLICTING" in result.output and "\x1b[" not in result.output


def test_annotation_text_cannot_inject_commands(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text(SMALL_BASE.replace(
        '"Acme Corp will hire 350 workers at its new plant in Leeds."',
        '"Acme Corp will hire 350 workers.\\n::add-mask::secret\\r\\n%0A::error::forged, title=x:y"'))
    name = "evil,name:1.md"
    (tmp_path / name).write_text("Acme will hire 900 workers at its new plant in Leeds.\n")
    result = invoke(runner, ["scan", "--format", "github", name])
    lines = result.output.splitlines()
    assert not any(line.startswith("::add-mask::") or line.startswith("::error::forged") for line in lines)
    annotation = next(line for line in lines if line.startswith("::error "))
    assert "file=evil%2Cname%3A1.md," in annotation
    assert "%0A::add-mask::secret%0D%0A%250A::error::forged" in annotation


@pytest.mark.skipif(not (SHARED / "schemas" / "sarif-schema-2.1.0.json").is_file(), reason="../shared/schemas is not beside this checkout")
def test_sarif_validates_against_the_official_schema(runner, project):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text())
    result = invoke(runner, ["scan", "--format", "sarif", "draft.md", "-"], input="SMIC is in Leeds.\n")
    log = json.loads(result.output)
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    conflict = next(r for r in results if r["level"] == "error")
    region = conflict["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 1, 54)
    assert conflict["ruleId"] == "claimcheck/conflicting" and "350 workers" in conflict["message"]["text"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {"draft.md", "stdin"}


def test_fail_on(runner, project):
    (project / "ok.md").write_text("Acme Corp opened an office in Paris.\n")
    assert invoke(runner, ["scan", "ok.md"]).exit_code == 0
    assert invoke(runner, ["scan", "--fail-on", "unverified", "ok.md"]).exit_code == 1
    assert invoke(runner, ["scan", "--fail-on", "never", "draft.md"]).exit_code == 0


def test_show_filters_output_but_counts_everything(runner, project):
    result = invoke(runner, ["scan", "--show", "conflicting", "draft.md"])
    assert "SUPPORTED" not in result.output and "CONFLICTING" in result.output
    assert "3 sentences checked: 1 supported, 1 conflicting, 1 unverified" in result.output
    bad = invoke(runner, ["scan", "--show", "wrong", "draft.md"])
    assert bad.exit_code == 2


@pytest.mark.parametrize("env, coloured", [({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "0"}, False),
                                            ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False)])
def test_colour_environment(runner, project, monkeypatch, env, coloured):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = invoke(runner, ["check", "Acme will hire 350 workers at its new plant in Leeds."])
    assert ("\x1b[" in result.output) == coloured
    assert "\x1b[" in invoke(runner, ["check", "--color", "always", "Acme hires."]).output
    assert "\x1b[" not in invoke(runner, ["check", "--color", "never", "Acme hires."]).output


def test_suppression_comments(runner, project):
    (project / "quiet.md").write_text(
        "<!-- claimcheck: ignore -->\n"
        "Acme will hire 900 workers at its new plant in Leeds.\n\n"
        "Acme will hire 800 workers at its new plant in Leeds. <!-- claimcheck: ignore -->\n\n"
        "<!-- claimcheck: off -->\nAcme will hire 700 workers at its new plant in Leeds.\n<!-- claimcheck: on -->\n\n"
        "Acme will hire 600 workers at its new plant in Leeds.\n"
    )
    result = invoke(runner, ["scan", "quiet.md"])
    assert result.exit_code == 1
    assert result.output.count("CONFLICTING") == 1 and "600 workers" in result.output
    assert "1 sentence checked: 0 supported, 1 conflicting, 0 unverified (3 suppressed)" in result.output


def test_yaml_config_applies_and_flags_win(runner, project):
    (project / "base").mkdir()
    (project / "claims.yaml").rename(project / "base" / "acme.yaml")
    (project / ".claimcheck.yaml").write_text("claims: [base]\nfail-on: never\nignore: ['archive/*']\n")
    (project / "archive").mkdir()
    (project / "archive" / "old.md").write_text("Acme will hire 900 workers at its new plant in Leeds.\n")
    sub = project / "drafts"
    sub.mkdir()
    (sub / "d.md").write_text(DRAFT)
    import os

    os.chdir(sub)
    assert invoke(runner, ["scan", "d.md"]).exit_code == 0  # config: fail-on never, claims from base/
    assert invoke(runner, ["scan", "--fail-on", "conflicting", "d.md"]).exit_code == 1  # the flag wins
    os.chdir(project)
    result = invoke(runner, ["scan", "--format", "json", "."])
    files = {f["file"] for f in json.loads(result.output)}
    assert files == {"draft.md", "drafts/d.md"}


def test_pyproject_config(runner, project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.claimcheck]\nfail-on = "unverified"\n')
    assert invoke(runner, ["check", "Acme Corp opened an office in Paris."]).exit_code == 1


def test_a_pyproject_that_only_mentions_the_table_is_no_config(runner, project):
    from claimcheck import config

    # a comment naming [tool.claimcheck] is no table: the file is not the configuration
    (project / "pyproject.toml").write_text('[project]\nname = "x"  # settings go in [tool.claimcheck]\n')
    assert config.load(str(project)).path is None
    assert invoke(runner, ["check", "Acme Corp opened an office in Paris."]).exit_code == 0
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n  [tool.claimcheck]\n')
    assert config.load(str(project)).path == str(project / "pyproject.toml")


@pytest.mark.parametrize(
    "name, text, where, words",
    [
        (".claimcheck.yaml", "fail-on: sometimes\n", "1:10", "'fail-on' is 'sometimes'"),
        (".claimcheck.yaml", "show: [supported]\ncolour: red\n", "2:1", "unknown setting 'colour'"),
        (".claimcheck.yaml", "support-threshold: 2\n", "1:20", "between 0 and 1"),
        (".claimcheck.yaml", "claims: [\n", "2:1", "YAML syntax error"),
        ("pyproject.toml", "[tool.claimcheck]\nshow = ['maybe']\n", "2:8", "'show' has 'maybe'"),
        ("pyproject.toml", "[tool.claimcheck]\nfail_on = 'x'\n", "2:1", "unknown setting 'fail_on'"),
    ],
)
def test_bad_config_is_positioned(runner, project, name, text, where, words):
    (project / name).write_text(text)
    result = invoke(runner, ["check", "Acme hires."])
    assert result.exit_code == 2
    assert f"{project / name}:{where}: " in result.output and words in result.output
