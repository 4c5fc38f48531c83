"""live.py: drafts checked as they change give what `scan` gives, re-checking only changed blocks."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import live
from claimcheck.live import Bases, DraftChecker, top_level_blocks

from .conftest import HARBOUR_BASE

WRONG = "The harbour authority installed 40 new cranes at the east quay."
RIGHT = "The harbour authority installed 14 new cranes at the east quay."

# Blocks of many kinds; a draft is a few of them with blank lines between.
BLOCKS = [
    WRONG,
    RIGHT,
    "# Harbour works in Leeds",
    "Harbour works\n=============",
    "The mayor of Lisbon visited the quay on 3 May. She met 12 dockers.",
    "- The harbour authority installed\n  40 new cranes at the east quay.\n- Acme Corp sent 30 engineers.",
    "1. Oslo opened 4 quays.\n\n   The harbour authority installed 40 new cranes at the east quay.",
    "> The harbour authority installed 40 new cranes\n> at the east quay.",
    "```\nThe harbour authority installed 40 new cranes.\n\nAcme Corp sent 30 engineers.\n```",
    "    indented code naming Acme Corp and 30 engineers",
    "| city | cranes |\n| --- | --- |\n| Leeds | 40 |",
    "<!-- claimcheck: off -->",
    "<!-- claimcheck: on -->",
    "<!-- claimcheck: ignore -->",
    f"{WRONG} <!-- claimcheck: ignore -->",
    "The *harbour authority* installed **40** new cranes at the [east quay](https://example.org/40).",
    "---",
    "<div>\nAcme Corp sent 30 engineers.\n</div>",
    "Acme Corp sent 30 engineers[^1].\n\n[^1]: The Herald, 2023.",
    "It installed 40 new cranes at the east quay last year.",  # read after the blocks before it
    "---\ndate: 2024-05-02\n---",
]


def key(finding):
    return (finding.line, finding.column, finding.end_line, finding.end_column, finding.sentence,
            finding.verdict.value, finding.result.reason, finding.suppressed)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "claims.yaml").write_text(HARBOUR_BASE, encoding="utf-8")
    return tmp_path


@pytest.fixture
def drafts():
    return DraftChecker(Bases(env={}))


def full_scan(drafts, folder, text, markdown=True):
    loaded, problem = drafts.bases.get(str(folder))
    assert problem is None
    return [key(f) for f in loaded.checker.scan(text, str(folder / "d.md"), markdown=markdown)]


def incremental(drafts, folder, text, markdown=True):
    checked = drafts.check(text, str(folder / "d.md"), markdown=markdown)
    assert checked.problem is None
    return [key(f) for f in checked.findings]


def test_a_draft_of_every_kind_of_block_gets_the_findings_scan_gives(drafts, folder):
    text = "---\ntitle: Acme Corp sent 30 engineers\n---\n\n" + "\n\n".join(BLOCKS) + "\n"
    expected = full_scan(drafts, folder, text)
    assert any(k[5] == "conflicting" for k in expected) and any(k[7] for k in expected)  # the draft tests something
    assert incremental(drafts, folder, text) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(range(len(BLOCKS))), min_size=1, max_size=8), st.sampled_from(["\n\n", "\n", "\n\n\n"]),
       st.booleans())
def test_any_arrangement_of_blocks_gets_the_findings_scan_gives(drafts, folder, picks, gap, markdown):
    text = gap.join(BLOCKS[i] for i in picks)
    assert incremental(drafts, folder, text, markdown) == full_scan(drafts, folder, text, markdown)


def test_only_changed_blocks_are_checked_again(drafts, folder):
    paragraphs = [f"Acme Corp sent {n} engineers to Leeds." for n in range(10, 30)]
    text = "\n\n".join(paragraphs)
    path = str(folder / "d.md")
    first = drafts.check(text, path)
    assert (first.blocks, first.rechecked) == (20, 20)
    edited = text.replace("sent 15 engineers", "sent 115 engineers")
    second = drafts.check(edited, path)
    assert (second.blocks, second.rechecked) == (20, 1)
    # lines added above move the findings, and nothing is checked again
    moved = drafts.check("# Notes\n\n" + edited, path)
    assert moved.rechecked == 1  # the new heading only
    assert [f.line for f in moved.findings if f.line > 1] == [f.line + 2 for f in second.findings]


def test_the_claim_base_is_reopened_when_its_file_changes(drafts, folder):
    path = str(folder / "d.md")
    assert [f.verdict.value for f in drafts.check(WRONG, path).findings] == ["conflicting"]
    (folder / "claims.yaml").write_text(HARBOUR_BASE.replace("14 new", "40 new"), encoding="utf-8")
    assert [f.verdict.value for f in drafts.check(WRONG, path).findings] == ["supported"]


def test_a_broken_base_is_a_problem_not_an_exception_and_the_last_good_one_serves(drafts, folder):
    path = str(folder / "d.md")
    drafts.check(WRONG, path)
    (folder / "claims.yaml").write_text("version: 1\nclaims: [\n", encoding="utf-8")
    checked = drafts.check(WRONG, path)
    assert checked.problem is not None and checked.problem.path.endswith("claims.yaml") and checked.problem.line
    assert [f.verdict.value for f in checked.findings] == ["conflicting"]


def test_a_broken_base_with_nothing_to_fall_back_on_gives_no_findings(drafts, tmp_path):
    (tmp_path / "claims.yaml").write_text("claims: {id: 3}\n", encoding="utf-8")
    checked = drafts.check(WRONG, str(tmp_path / "d.md"))
    assert checked.findings == [] and checked.problem is not None


def test_a_broken_configuration_is_a_problem_too(drafts, folder):
    (folder / ".claimcheck.yaml").write_text("fail-on: sometimes\n", encoding="utf-8")
    checked = drafts.check(WRONG, str(folder / "d.md"))
    assert checked.problem is not None and ".claimcheck.yaml" in str(checked.problem)


def test_the_configuration_of_the_drafts_folder_applies(drafts, tmp_path):
    (tmp_path / "bases").mkdir()
    (tmp_path / "bases" / "harbour.yaml").write_text(HARBOUR_BASE, encoding="utf-8")
    (tmp_path / ".claimcheck.yaml").write_text("claims: [bases/]\nignore: ['archive/*']\n", encoding="utf-8")
    (tmp_path / "drafts" / "archive").mkdir(parents=True)
    checked = drafts.check(WRONG, str(tmp_path / "drafts" / "d.md"))
    assert [f.verdict.value for f in checked.findings] == ["conflicting"]
    assert checked.files == (str(tmp_path / "bases" / "harbour.yaml"),)
    assert drafts.check(WRONG, str(tmp_path / "drafts" / "archive" / "old.md")).ignored


def test_explicit_claims_and_the_environment_come_before_the_folders_base(folder, tmp_path_factory):
    other = tmp_path_factory.mktemp("other") / "claims.yaml"
    other.write_text(HARBOUR_BASE.replace("14 new", "40 new"), encoding="utf-8")
    path = str(folder / "d.md")
    assert DraftChecker(Bases([str(other)], env={})).check(WRONG, path).findings[0].verdict.value == "supported"
    from_env = DraftChecker(Bases(env={"CLAIMCHECK_CLAIMS": str(other)}))
    assert from_env.check(WRONG, path).findings[0].verdict.value == "supported"


def test_caches_are_bounded(drafts, folder, tmp_path_factory, monkeypatch):
    monkeypatch.setattr(live, "MAX_PARAGRAPHS", 5)
    path = str(folder / "d.md")
    for n in range(12):
        drafts.check(f"Acme Corp sent {n} engineers.", path)
    loaded, _ = drafts.bases.get(str(folder))
    assert len(loaded.blocks) == 5
    for n in range(live.MAX_BASES + 3):
        other = tmp_path_factory.mktemp(f"project{n}")
        (other / "claims.yaml").write_text(HARBOUR_BASE.replace("14 new", f"{n + 20} new"), encoding="utf-8")
        drafts.check(WRONG, str(other / "d.md"))
    assert len(drafts.bases._open) == live.MAX_BASES


def test_the_checker_is_reopened_after_many_blocks(drafts, folder, monkeypatch):
    monkeypatch.setattr(live, "RECYCLE_AFTER", 3)
    path = str(folder / "d.md")
    first, _ = drafts.bases.get(str(folder))
    for n in range(4):
        drafts.check(f"Acme Corp sent {n} engineers.", path)
    again, _ = drafts.bases.get(str(folder))
    assert again is not first and again.checked < 3


@pytest.mark.parametrize("text, markdown, expected", [
    ("a\nb\n\nc\n", False, [(0, 2), (3, 4)]),
    ("# T\n\npara\nmore\n\n- x\n\n- y\n", True, [(0, 1), (2, 4), (5, 8)]),
    ("---\nk: v\n---\n\nFirst.\n\nSecond.\n", True, [(0, 5), (6, 7)]),
])
def test_top_level_blocks(text, markdown, expected):
    assert top_level_blocks(text, markdown) == expected


def test_folders_stay_apart(drafts, folder, tmp_path_factory):
    other = tmp_path_factory.mktemp("elsewhere")
    (other / "claims.yaml").write_text(HARBOUR_BASE.replace("14 new", "40 new"), encoding="utf-8")
    assert drafts.check(WRONG, str(folder / "d.md")).findings[0].verdict.value == "conflicting"
    assert drafts.check(WRONG, str(other / "d.md")).findings[0].verdict.value == "supported"
    assert os.path.samefile(drafts.check(WRONG, str(other / "d.md")).files[0], other / "claims.yaml")
