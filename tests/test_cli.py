"""The command line end to end, as users and scripts call it."""

import json

import pytest

from .conftest import SMALL_BASE, invoke


def test_version(runner):
    result = invoke(runner, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("claimcheck, version ")


def test_check_supported_exits_0_with_evidence(runner):
    result = invoke(runner, ["check", "--format", "json", "The CSIA is made up of 774 chip industry organizations."])
    assert result.exit_code == 0
    [item] = json.loads(result.output)
    assert item["verdict"] == "supported"
    ev = item["evidence"][0]
    assert set(ev) >= {"claim_id", "relation", "score", "source", "quote", "reason"}
    assert ev["relation"] == "supports" and ev["source"]["file"] == "002_676519bc2e061030.txt"


def test_check_conflict_exits_1(runner):
    result = invoke(runner, ["check", "The CSIA is made up of 700 chip industry organizations."])
    assert result.exit_code == 1
    assert result.output.startswith("CONFLICTING")
    assert "claim: 774 organizations" in result.output


def test_check_reads_stdin_one_statement_a_line(runner):
    stdin = "SMIC is based in Shanghai.\n\nTSMC opened a plant in Texas.\nThe working group meets three times a month.\n"
    result = invoke(runner, ["check", "--format", "jsonl", "-"], input=stdin)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [r["verdict"] for r in lines] == ["supported", "unverified", "conflicting"]
    assert result.exit_code == 1


def test_scan_markdown_draft(runner, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Chips\n\nXiaomi filed a lawsuit to be removed from the US blacklist.\n\n"
        "- The CESI proposed the plans in March 2020, and Huawei employs over 207,000 workers in its R&D centers.\n"
    )
    result = invoke(runner, ["scan", "--format", "json", str(draft)])
    findings = json.loads(result.output)
    # the heading names nothing and gives no figure: not a finding; the list item's two clauses are one sentence
    assert [(f["line"], f["column"], f["end_column"], f["verdict"]) for f in findings] == [
        (3, 1, 60, "supported"), (5, 3, 105, "unverified")
    ]
    assert findings[1]["sentence"].startswith("The CESI proposed") and findings[1]["reason"]
    assert all(f["file"] == str(draft) for f in findings)
    assert result.exit_code == 0


def test_scan_conflict_text_output_and_summary(runner, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Some intro text here.\n\nHuawei operates in only 60 countries and regions.\n")
    result = invoke(runner, ["scan", str(draft)])
    assert result.exit_code == 1
    assert result.output.startswith(f"{draft}:3:1: ") and "CONFLICTING" in result.output.splitlines()[0]
    assert "1 sentence checked: 0 supported, 1 conflicting, 0 unverified" in result.output


def test_scan_stdin(runner):
    result = invoke(runner, ["scan", "--format", "jsonl", "-"], input="SMIC is the largest Chinese maker of processors.\n")
    [finding] = [json.loads(line) for line in result.output.splitlines()]
    assert finding["file"] == "<stdin>" and finding["verdict"] == "supported"


@pytest.mark.parametrize(
    "args, words",
    [
        (["scan", "missing.md"], "missing.md: no such file"),
        (["check", "x", "--claims", "nowhere.yaml"], "nowhere.yaml: no such file or folder"),
        (["show", "no-such-claim"], "no claim with id 'no-such-claim'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(runner, args, words):
    result = invoke(runner, args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_binary_and_badly_encoded_drafts(runner, tmp_path):
    binary = tmp_path / "x.md"
    binary.write_bytes(b"\x89PNG\x00\x00")
    result = invoke(runner, ["scan", str(binary)])
    assert result.exit_code == 2 and "not a text file" in result.output
    latin = tmp_path / "l.md"
    latin.write_bytes("Caf\xe9 society.\n".encode("latin-1"))
    result = invoke(runner, ["scan", str(latin)])
    assert result.exit_code == 2 and f"{latin}:1:4: not valid utf-8" in result.output
    ok = invoke(runner, ["scan", "--encoding", "latin-1", str(latin)])
    assert ok.exit_code == 0


def test_claims_option_and_env(runner, small_base, monkeypatch):
    result = invoke(runner, ["check", "--claims", str(small_base), "--format", "json", "Acme will hire 350 workers in Leeds."])
    assert json.loads(result.output)[0]["verdict"] == "supported"
    monkeypatch.setenv("CLAIMCHECK_CLAIMS", str(small_base))
    result = invoke(runner, ["check", "Acme Corporation will hire 500 workers at its new plant in Leeds."])
    assert result.exit_code == 1


def test_nearest_claims_yaml_is_found(runner, tmp_path, monkeypatch):
    (tmp_path / "claims.yaml").write_text(SMALL_BASE)
    sub = tmp_path / "drafts"
    sub.mkdir()
    monkeypatch.chdir(sub)
    result = invoke(runner, ["sources"])
    assert "gazette" in result.output and "1 claim from 1 source" in result.output


def test_search_ranks_and_resolves_aliases(runner):
    result = invoke(runner, ["search", "--format", "json", "Semiconductor Manufacturing International Corporation largest processor maker"])
    data = json.loads(result.output)
    assert data["results"][0]["claim_id"] == "evertise-smic-largest-processor-maker"


def test_search_jsonl_from_stdin(runner):
    result = invoke(runner, ["search", "--format", "jsonl", "--limit", "2", "-"], input="working group meetings a year\nHuawei R&D workers\n")
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["query"] for r in records] == ["working group meetings a year", "Huawei R&D workers"]
    assert all(1 <= len(r["results"]) <= 2 for r in records)
    assert records[1]["results"][0]["claim_id"] == "huawei-207000-rd-workers"
    assert set(records[0]["results"][0]) >= {"claim_id", "score", "text", "source"}


def test_show_gives_provenance_and_same_fact(runner):
    result = invoke(runner, ["show", "chinaebr-two-meetings-a-year"])
    assert result.exit_code == 0
    assert "Chinaebr.com" in result.output and "2021-03-18" in result.output
    assert "csia-meet-at-least-twice" in result.output  # another article, same fact


def test_sources_counts(runner):
    result = invoke(runner, ["sources", "--format", "json"])
    data = json.loads(result.output)
    assert len(data) == 5 and all(s["claims"] >= 8 for s in data)


def test_conflicts_lists_agreement_across_sources(runner):
    result = invoke(runner, ["conflicts", "--format", "json"])
    pairs = json.loads(result.output)
    meetings = [p for p in pairs if set(p["claims"]) == {"chinaebr-two-meetings-a-year", "csia-meet-at-least-twice"}]
    assert meetings and meetings[0]["relation"] == "agree"


def test_add_keeps_comments_and_validates(runner, small_base):
    before = small_base.read_text()
    result = invoke(runner, ["add", "--claims", str(small_base), "--source", "gazette",
                             "--text", "Acme's plant in Leeds opens in 2025.", "--quote", "opens in 2025"])
    assert result.exit_code == 0, result.output
    after = small_base.read_text()
    assert after.startswith(before)  # nothing rewritten, only appended
    assert "# the first claim" in after
    from claimcheck.claimbase import load_claim_base

    claims = load_claim_base([str(small_base)]).claims
    assert [c.text for c in claims][-1] == "Acme's plant in Leeds opens in 2025."
    assert claims[-1].id.startswith("acme-") and claims[-1].id.endswith("-2025")  # short, says what it is about
    assert len(claims[-1].id.split("-")) <= 6


def test_add_failure_leaves_the_file_untouched(runner, small_base):
    before = small_base.read_bytes()
    result = invoke(runner, ["add", "--claims", str(small_base), "--source", "no-such-source", "--text", "t", "--quote", "q"])
    assert result.exit_code == 2 and "unknown source 'no-such-source'" in result.output
    duplicate = invoke(runner, ["add", "--claims", str(small_base), "--source", "gazette", "--id", "acme-plant-workers",
                                "--text", "t", "--quote", "q"])
    assert duplicate.exit_code == 2 and "already exists" in duplicate.output
    assert small_base.read_bytes() == before


def test_add_refuses_the_builtin_base(runner):
    result = invoke(runner, ["add", "--source", "x", "--text", "t", "--quote", "q"])
    assert result.exit_code == 2 and "read-only" in result.output


def test_text_from_claims_is_not_markup_or_terminal_control(runner, tmp_path):
    base = tmp_path / "claims.yaml"
    base.write_text(SMALL_BASE.replace("Acme will hire 350 workers", "Acme [bold red]will[/] hire 350 workers\\x1b]0;pwned\\x07"))
    result = invoke(runner, ["check", "--claims", str(base), "--color", "always", "Acme will hire 350 workers at its new plant in Leeds."])
    assert "\x1b]0;" not in result.output and "\x07" not in result.output
    shown = invoke(runner, ["show", "--claims", str(base), "acme-plant-workers"])
    assert "[bold red]will[/]" in shown.output and "\\x1b]0;pwned\\x07" in shown.output


@pytest.mark.parametrize("claim, draft", [
    # no name, figure or date, and a low check-worthiness score: checked all the same, and reported
    # when the base supports or contradicts it, left out when it says nothing of it
    ("The library will not be moved.", "The library will be moved to the old school.\n\nThe bandstand will be painted green.\n"),
    # "topics" is the claim's "issues": the cheap look that decides whether a plain sentence is worth a
    # full check counts a synonym as a word said, and "the list of topics" left one of them off
    ("The working group will discuss issues including pensions and training.",
     "Training has been left off the list of topics.\n\nHolidays have been left off the list of topics.\n"),
])
def test_scan_reports_a_plain_sentence_only_when_the_base_settles_it(runner, tmp_path, claim, draft):
    base = tmp_path / "claims.yaml"
    base.write_text(f"sources:\n  - {{id: s, title: Local news, published: '2024-05-01'}}\nclaims:\n"
                    f"  - {{id: c1, source: s, quote: {claim}, text: {claim}}}\n")
    path = tmp_path / "d.md"
    path.write_text(draft)
    result = invoke(runner, ["scan", "--claims", str(base), "--format", "json", str(path)])
    findings = json.loads(result.output)
    assert [(f["line"], f["verdict"]) for f in findings] == [(1, "conflicting")]
    assert result.exit_code == 1


def test_scan_reports_a_thing_left_out_of_what_a_claim_says_includes(runner, tmp_path):
    # "left out of" / "left off" / "omitted from" are the opposite of "covers" / "includes" (WordNet pairs
    # only include / exclude); something the claim never lists is no contradiction
    base = tmp_path / "claims.yaml"
    base.write_text(
        "sources:\n  - {id: s, title: Safety rules, published: '2024-05-01'}\nclaims:\n"
        "  - {id: c1, source: s, quote: The new building standard covers fire doors and sprinkler systems.,"
        " text: The new building standard covers fire doors and sprinkler systems.}\n")
    draft = tmp_path / "d.md"
    draft.write_text("Sprinkler systems have been left out of the new building standard.\n\n"
                     "Lifts have been left out of the new building standard.\n\n"
                     "Fire doors are covered by the new building standard.\n")
    result = invoke(runner, ["scan", "--claims", str(base), "--format", "json", str(draft)])
    findings = json.loads(result.output)
    assert [(f["line"], f["verdict"]) for f in findings if f["verdict"] != "unverified"] == [(1, "conflicting"), (5, "supported")]
    assert result.exit_code == 1


def test_the_collector_gets_its_thresholds_back_once_the_checker_is_open(tmp_path):
    """The command line holds the cyclic collector off while it loads (start-up), not for the rest of a
    long scan or language-server session: after a command has opened its checker, the thresholds are
    the interpreter's again."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        import gc, sys
        before = gc.get_threshold()
        from claimcheck.cli import main
        try:
            main(["check", "--format", "json", "Huawei employs over 207,000 people in its R&D centers."])
        except SystemExit:
            pass
        print(before == gc.get_threshold(), file=sys.stderr)
    """)
    env = {**__import__("os").environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert done.stderr.strip().splitlines()[-1] == "True", done.stderr
