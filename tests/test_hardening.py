"""Bad input of every kind: one line naming the place, the right exit status, never a traceback."""

import os
import re
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError

from .conftest import SMALL_BASE, invoke

S = "sources:\n  - {id: s, title: T}\n"
C = S + "claims:\n"
GOOD = "  - {id: c, source: s, quote: q, text: t}\n"

# (name, file bytes, (line, text found at the column; "" for column 1; None for any column) or None, words)
BAD_BASES = [
    ("syntax", b"claims: [\n", (2, ""), "YAML syntax error"),
    ("tab indent", b"claims:\n\t- x\n", (2, ""), "YAML syntax error"),
    ("claims a string", b"claims: many\n", (1, "many"), "must be a list"),
    ("claims a mapping", b"claims: {a: 1}\n", (1, "{"), "must be a list"),
    ("claim a string", (C + "  - just text\n").encode(), (4, "just"), "must be a mapping"),
    ("quantity not a number", (C + "  - {id: c, source: s, quote: q, text: t, quantities: [{value: lots}]}\n").encode(), (4, "lots"), "is a string"),
    ("quantity 1.4e12 trap", (C + "  - {id: c, source: s, quote: q, text: t, quantities: [{value: 1.4e12}]}\n").encode(), (4, "1.4e12"), "plain number"),
    ("qualifier unknown", (C + "  - {id: c, source: s, quote: q, text: t, quantities: [{value: 1, qualifier: lots}]}\n").encode(), None, "qualifier 'lots'"),
    ("missing text", (C + "  - {id: c, source: s, quote: q}\n").encode(), (4, "{"), "missing required field 'text'"),
    ("missing source id", b"sources:\n  - {title: T}\n", (2, "{"), "missing required field 'id'"),
    ("empty quote", (C + "  - {id: c, source: s, quote: '', text: t}\n").encode(), (4, "''"), "'quote' is empty"),
    ("duplicate claim id", (C + GOOD + GOOD).encode(), (5, "c,"), "duplicate claim id"),
    ("duplicate key", (C + "  - {id: c, source: s, quote: q, text: t, text: u}\n").encode(), (4, "text: u"), "duplicate key 'text'"),
    ("unknown source", (C + "  - {id: c, source: z, quote: q, text: t}\n").encode(), (4, "z,"), "unknown source 'z'"),
    ("unknown field", (C + "  - {id: c, source: s, quote: q, text: t, colour: red}\n").encode(), (4, "colour"), "unknown claim field 'colour'"),
    ("negated no trap", (C + "  - {id: c, source: s, quote: q, text: t, kind: no}\n").encode(), (4, "no}"), "a boolean"),
    ("published date object", b"sources:\n  - {id: s, title: T, published: 2021-13-01}\n", (2, "2021-13"), "bad YAML value"),
    ("bad ISO date", (C + "  - {id: c, source: s, quote: q, text: t, dates: ['2019-13']}\n").encode(), (4, "'2019-13'"), "a date must be"),
    ("empty file", b"", (1, ""), "empty claim base"),
    ("only a comment", b"# nothing\n", (1, ""), "empty claim base"),
    ("top-level list", b"- a\n- b\n", (1, ""), "is a mapping"),
    ("not utf-8", b"claims:\n  - caf\xe9\n", (2, "caf"), "not valid utf-8"),
    ("binary", b"\x00\x01\x02claims", None, "not a text file"),
    ("alias bomb", b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", (2, "*a"), "alias"),
    # The column differs by library: our composer stops at 64 levels, libyaml >= 0.2.6 (PyYAML 6.0.4) at 1000.
    ("deep nesting", b"[" * 50000, (1, None), "nesting"),
    ("two documents", b"claims: []\n---\nclaims: []\n", (2, ""), "several YAML documents"),
    ("python tag", b"claims: !!python/object/apply:os.system ['true']\n", (1, "!!"), "tag"),
    ("unknown top key", b"claimz: []\n", (1, ""), "unknown top-level key"),
]


@pytest.mark.parametrize("name, data, where, words", BAD_BASES, ids=[b[0] for b in BAD_BASES])
def test_bad_claim_base(runner, tmp_path, name, data, where, words):
    path = tmp_path / "claims.yaml"
    path.write_bytes(data)
    started = time.monotonic()
    result = invoke(runner, ["check", "--claims", str(path), "Acme hired 5 people."])
    assert time.monotonic() - started < 5
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: ")
    assert "Traceback" not in result.output
    assert words in lines[0]
    if where:
        line, marker = where
        if marker is None:
            assert re.search(re.escape(f"{path}:{line}:") + r"[1-9][0-9]*: ", lines[0]), lines[0]
        else:
            column = data.decode("utf-8", "replace").split("\n")[line - 1].index(marker) + 1 if marker else 1
            if name == "not utf-8":
                column += 3  # the bad byte after "caf"
            assert f"{path}:{line}:{column}:" in lines[0]
    else:
        assert f"{path}:" in lines[0]
    # validate reports the same as a problem, exit 1
    lint = invoke(runner, ["validate", str(path)])
    assert lint.exit_code == 1 and words in lint.output


def test_huge_claim_base_is_refused_by_size(runner, tmp_path, monkeypatch):
    from claimcheck import textio

    monkeypatch.setattr(textio, "MAX_BYTES", 1000)
    path = tmp_path / "claims.yaml"
    path.write_text("# x\n" * 1000)
    result = invoke(runner, ["check", "--claims", str(path), "x"])
    assert result.exit_code == 2 and "the limit is" in result.output


@pytest.mark.parametrize(
    "args, words",
    [
        (["scan", "--claims", "."], "no *.yaml"),
        (["check", "--claims", "/no/such/path.yaml", "x"], "no such file or folder"),
        (["scan", "--encoding", "no-such-codec", "draft.md"], "unknown encoding"),
    ],
)
def test_bad_paths(runner, tmp_path, args, words):
    (tmp_path / "draft.md").write_text("Hello.\n")
    (tmp_path / "draft-folder").mkdir()
    if args[:3] == ["scan", "--claims", "."]:
        args = ["scan", "--claims", str(tmp_path / "draft-folder"), str(tmp_path / "draft.md")]
    result = invoke(runner, args)
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output


def test_folder_without_drafts_warns(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke(runner, ["scan", str(tmp_path / "empty")])
    assert result.exit_code == 0 and "no .md or .txt drafts" in result.output


def test_unreadable_file(runner, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "claims.yaml"
    path.write_text(SMALL_BASE)
    path.chmod(0)
    result = invoke(runner, ["check", "--claims", str(path), "x"])
    assert result.exit_code == 2 and "permission denied" in result.output


def test_empty_inputs(runner, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("")
    result = invoke(runner, ["scan", "--format", "json", str(empty)])
    assert result.exit_code == 0 and result.output.strip() == "[]"
    result = invoke(runner, ["check", "--format", "json", "-"], input="")
    assert result.exit_code == 0 and result.output.strip() == "[]"


@pytest.mark.parametrize(
    "text",
    [
        "1, " * 40000,
        "[" * 40000,
        "<!--" * 20000,
        "a." * 40000,
        ", which x" * 5000,
        "$1 " * 30000,
        "May 2019 " * 10000,
        "Huawei " * 40000,
        "(" * 30000 + ")" * 30000,
    ],
    ids=["commas", "brackets", "comments", "periods", "relatives", "dollars", "months", "names", "parens"],
)
def test_adversarial_drafts_finish_fast(checker, text):
    started = time.monotonic()
    list(checker.scan(text, "x.md"))
    list(checker.scan(text, "x.txt", markdown=False))
    assert time.monotonic() - started < 10


def test_check_refuses_to_analyse_a_megabyte_statement(checker):
    result = checker.check("Huawei employs 207,000 people " * 40000)
    assert result.verdict.value == "unverified" and "not checked" in result.reason


def test_hostile_text_stays_data_in_json(runner, tmp_path):
    base = tmp_path / "claims.yaml"
    hostile = 'Acme will hire 350 workers at its new plant in Leeds.\\n::error::x %0A::add-mask::y </script> \\u202e'
    base.write_text(SMALL_BASE.replace("Acme will hire 350 workers at its new plant in Leeds.", hostile))
    result = invoke(runner, ["check", "--claims", str(base), "--format", "jsonl", "Acme will hire 350 workers at its new plant in Leeds."])
    line = result.output.strip()
    assert "\n" not in line and "\u202e" not in line
    import json

    assert "::error::x" in json.loads(line)["evidence"][0]["text"]


def test_concurrent_adds_lose_nothing(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(SMALL_BASE)
    script = (
        "import sys\nfrom claimcheck.edit import add_claim\n"
        "for i in range(50):\n"
        "    add_claim(sys.argv[1], {'source': 'gazette', 'text': f'{sys.argv[2]} claim {i}', 'quote': f'q {sys.argv[2]} {i}'})\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), tag]) for tag in ("alpha", "beta")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    from claimcheck.claimbase import load_claim_base

    texts = [c.text for c in load_claim_base([str(path)]).claims]
    assert len(texts) == 101
    assert all(f"{tag} claim {i}" in texts for tag in ("alpha", "beta") for i in range(50))
    assert path.read_text().startswith(SMALL_BASE)


def test_add_with_crlf_and_no_final_newline_keeps_the_style(tmp_path):
    from claimcheck.edit import add_claim

    path = tmp_path / "claims.yaml"
    path.write_bytes(SMALL_BASE.rstrip("\n").replace("\n", "\r\n").encode())
    add_claim(str(path), {"source": "gazette", "text": "New.", "quote": "q"})
    data = path.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


# ---------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_sentence_positions_map_back_to_the_text(text):
    from claimcheck.text.sentences import sentences

    lines = text.split("\n")
    for markdown in (False, True):
        for s in sentences(text, markdown=markdown):
            assert 1 <= s.line <= len(lines)
            first = next(ch for ch in s.text if not ch.isspace())
            assert lines[s.line - 1][s.column - 1] == first


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parsers_never_raise(text):
    from claimcheck.text import dates, quantities

    found = dates.extract(text)
    for q in quantities.extract(text, skip_spans=[(d.start, d.end) for d in found]):
        assert text[q.start : q.end] == q.text


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "$", "about ", "over "]))
def test_formatted_numbers_read_back(n, prefix):
    from claimcheck.model import format_number
    from claimcheck.text import quantities

    written = f"{prefix}{n:,} firms" if prefix != "$" else f"${n:,}"
    [q] = quantities.extract(f"they had {written} then") or [None]
    assert q is not None and q.value == n
    assert format_number(q.value, q.unit).replace("$", "").replace(",", "").split()[0] in (str(n), f"{n / 1e6:g}", f"{n / 1e9:g}", f"{n / 1e12:g}")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_loading_arbitrary_bytes_raises_only_our_error(tmp_path_factory, data):
    from claimcheck.claimbase import load_claim_base

    path = tmp_path_factory.mktemp("fuzz") / "claims.yaml"
    path.write_bytes(data)
    try:
        load_claim_base([str(path)])
    except ClaimcheckError:
        pass


def test_interrupted_write_leaves_the_file_untouched(tmp_path, monkeypatch):
    from claimcheck import edit

    path = tmp_path / "claims.yaml"
    path.write_text(SMALL_BASE)

    def killed(src, dst):
        raise KeyboardInterrupt  # the process dies between writing the temporary file and the rename

    monkeypatch.setattr(edit.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        edit.add_claim(str(path), {"source": "gazette", "text": "New.", "quote": "q"})
    assert path.read_text() == SMALL_BASE
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml", "claims.yaml.lock"] or sorted(
        p.name for p in tmp_path.iterdir()) == ["claims.yaml", "claims.yaml.lock"]


def test_large_drafts_stay_bounded(checker):
    import tracemalloc

    filler = "this line has nothing to check at all, only words and more words\n" * 150_000  # ~10 MB
    text = "Huawei operates in 170+ countries and regions.\n\n" + filler + "\n" + "x" * 1_000_000 + "\n"
    tracemalloc.start()
    started = time.monotonic()
    findings = list(checker.scan(text, "big.txt", markdown=False))
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [f.verdict.value for f in findings] == ["supported", "unverified", "unverified"]
    assert all("not checked" in f.result.reason for f in findings[1:])  # said, not silently dropped
    assert elapsed < 60 and peak < 400 * 2**20


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_search_query_parsing_never_raises(text):
    from claimcheck.search import clean_query, posted
    from claimcheck.text.related import table

    related = table()
    pieces = related.pieces.pieces(text)
    assert all(0 <= p < len(related.vocabulary) for p in pieces)
    for piece in pieces[:5]:
        assert related.related(piece)[piece] == 1.0
    author, date = posted(text + " — A B (@ab) " + text[:9] + " 1, 2020")
    assert author is None or isinstance(author, str)
    assert isinstance(clean_query(text), str)
