"""The compiled cache: never stale, never trusted when damaged, never needed; one file compiled
at a time, and only the items of it that changed."""

import json
import os
import sqlite3

import pytest

from claimcheck import cache, compiler, segments
from claimcheck.engine import open_checker

from .conftest import SMALL_BASE, invoke

STATEMENT = "Acme will hire 350 workers at its new plant in Leeds."


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(folder))
    return folder


def manifest(folder):
    [path] = sorted(folder.glob("base-*.json"), key=os.path.getmtime)[-1:]
    return json.loads(path.read_text())


def claims_file(n, *, start=0, source="s1", claims=None):
    """A claim base file with one source and its claims: ``claims`` as (id, text), else n made up."""
    if claims is None:
        claims = [(f"c{i}", f"Firm{i} Works will hire {100 + i} workers in Leeds.") for i in range(start, start + n)]
    lines = ["sources:", f"  - {{id: {source}, title: Plants and jobs in the north, outlet: The Ledger, published: '2024-01-02'}}"]
    lines.append("claims:")
    for cid, text in claims:
        lines += [f"  - id: {cid}", f"    source: {source}", f'    quote: "{text}"', f'    text: "{text}"']
    return "\n".join(lines) + "\n"


def test_second_open_reads_no_claim_base_file(small_base, cache_dir, monkeypatch):
    first = open_checker([str(small_base)])
    assert type(first.base).__name__ == "CachedBase"
    assert [p.name[:5] for p in sorted(cache_dir.glob("[bpi]*-*.[js]*"))] == ["base-", "index", "part-"]
    monkeypatch.setattr(cache, "RACY_NS", 0)  # as if the file had been written long before
    open_checker([str(small_base)])  # hashed once more, its status now trusted

    def refuse(*args, **kwargs):
        raise AssertionError("a cached base with unchanged files must not be read")

    monkeypatch.setattr("claimcheck.textio.read_bytes", refuse)
    second = open_checker([str(small_base)])
    assert second.check(STATEMENT).verdict.value == first.check(STATEMENT).verdict.value == "supported"
    assert second.base.claim("acme-plant-workers").quote == "Acme Corp will hire 350 workers at its new plant in Leeds."


def test_editing_a_claim_changes_the_result(small_base, cache_dir, runner):
    assert invoke(runner, ["check", "--claims", str(small_base), STATEMENT]).exit_code == 0
    small_base.write_text(SMALL_BASE.replace("hire 350 workers", "hire 400 workers"))
    result = invoke(runner, ["check", "--claims", str(small_base), STATEMENT])
    assert result.exit_code == 1 and "claim: 400 workers" in result.output


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(small_base, cache_dir):
    old = os.stat(small_base).st_mtime_ns - 10**10
    os.utime(small_base, ns=(old, old))
    assert open_checker([str(small_base)]).check(STATEMENT).verdict.value == "supported"
    small_base.write_text(SMALL_BASE.replace("hire 350 workers", "hire 450 workers"))  # same size
    os.utime(small_base, ns=(old, old))  # and the same modification time: the change time still moves
    assert open_checker([str(small_base)]).check(STATEMENT).verdict.value == "conflicting"


def test_a_status_taken_while_the_file_may_still_change_is_not_trusted(small_base, cache_dir):
    open_checker([str(small_base)])  # written just now: hashed again next time, whatever its status
    entry = json.loads((cache_dir / "status.json").read_text())["files"][str(small_base)]
    assert entry["trusted"] is False


@pytest.mark.parametrize("damage", ["garbage part", "foreign index", "garbage manifest", "missing index"])
def test_damaged_or_foreign_cache_files_are_rebuilt(small_base, cache_dir, damage):
    open_checker([str(small_base)])
    [part] = cache_dir.glob("part-*.sqlite")
    [index] = cache_dir.glob("index-*.sqlite")
    [base] = cache_dir.glob("base-*.json")
    if damage == "garbage part":
        part.write_bytes(b"this is not a database" * 100)
    elif damage == "foreign index":
        con = sqlite3.connect(index)
        con.execute("UPDATE meta SET value = 0 WHERE key = 'format'")
        con.commit()
        con.close()
    elif damage == "garbage manifest":
        base.write_text("{not json")
    else:
        index.unlink()
    checker = open_checker([str(small_base)])
    assert checker.check(STATEMENT).verdict.value == "supported"
    assert open_checker([str(small_base)]).base.claim("acme-plant-workers") is not None


def test_cache_in_a_folder_others_can_write_is_not_trusted(small_base, cache_dir):
    open_checker([str(small_base)])
    cache_dir.chmod(0o777)
    try:
        assert type(open_checker([str(small_base)]).base).__name__ == "ClaimBase"
    finally:
        cache_dir.chmod(0o700)


def test_several_files_and_no_cache(tmp_path, cache_dir, runner):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.yaml").write_text("sources:\n  - {id: s, title: T}\n")
    (folder / "b.yaml").write_text("claims:\n  - {id: c, source: s, quote: q, text: Acme employs 40 engineers in Leeds.}\n")
    result = invoke(runner, ["check", "--claims", str(folder), "--format", "json", "Acme employs 40 engineers in Leeds."])
    assert json.loads(result.output)[0]["verdict"] == "supported"
    before = sorted(cache_dir.iterdir())
    result = invoke(runner, ["check", "--no-cache", "--claims", str(folder), "Acme employs 41 engineers in Leeds."])
    assert result.exit_code == 1
    assert sorted(cache_dir.iterdir()) == before
    (folder / "b.yaml").write_text("claims:\n  - {id: c, source: s, quote: q, text: Acme employs 41 engineers in Leeds.}\n")
    result = invoke(runner, ["check", "--claims", str(folder), "Acme employs 41 engineers in Leeds."])
    assert result.exit_code == 0


def test_editing_one_file_compiles_that_file_alone(tmp_path, cache_dir):
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.yaml").write_text(claims_file(30))
    (folder / "b.yaml").write_text(claims_file(30, start=100, source="s2"))
    open_checker([str(folder)])
    before = manifest(cache_dir)
    (folder / "b.yaml").write_text(claims_file(31, start=100, source="s2"))
    checker = open_checker([str(folder)])
    after = manifest(cache_dir)
    assert after["parts"][0] == before["parts"][0] and after["indexes"][0] == before["indexes"][0]
    assert after["parts"][1] != before["parts"][1] and after["counts"] == [30, 31]
    assert checker.base.claim("c130").text == "Firm130 Works will hire 230 workers in Leeds."
    # adding a file touches only that file; removing it brings the first manifest back
    (folder / "c.yaml").write_text(claims_file(5, start=200, source="s3"))
    open_checker([str(folder)])
    added = manifest(cache_dir)
    assert added["parts"][:2] == after["parts"] and added["indexes"][:2] == after["indexes"]
    (folder / "c.yaml").unlink()
    assert open_checker([str(folder)]).base.claim("c200") is None


def two_sources(claims):
    """A file of two sources, the claims given as (id, source, text)."""
    lines = ["sources:", "  - {id: s1, title: Plants and jobs in the north}", "  - {id: s2, title: Ports and trade}", "claims:"]
    for cid, source, text in claims:
        lines += [f"  - id: {cid}", f"    source: {source}", f'    quote: "{text}"', f'    text: "{text}"']
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("edit, reused", [
    ("insert, edit and remove", 37),  # later claims move: every posting list renumbered
    ("append to a source", 30),  # nothing moves; the source's claims get a new title share
    ("append to nothing", 40),
])
def test_an_edited_file_reuses_its_unchanged_items_and_ends_as_a_fresh_compile(tmp_path, cache_dir, monkeypatch, edit, reused):
    base = tmp_path / "claims.yaml"
    claims = [(f"c{i}", "s1" if i < 10 else "s2", f"Firm{i} Works will hire {100 + i} workers in Leeds.") for i in range(40)]
    base.write_text(two_sources(claims))
    open_checker([str(base)])
    if edit == "insert, edit and remove":
        claims[5] = ("c5", "s1", "Firm5 Works will hire 905 workers in Leeds.")
        claims.insert(7, ("c7b", "s2", "Acme opened a mill."))
        del claims[31]  # c30
    else:
        claims.append(("c99", "s1" if edit == "append to a source" else "s3", "Acme opened a mill in Hull."))
    text = two_sources(claims)
    base.write_text(text if edit != "append to nothing" else text.replace("  - {id: s2,", "  - {id: s3, title: Mills}\n  - {id: s2,"))
    incremental = open_checker([str(base)])
    [part] = incremental.base._parts
    db = sqlite3.connect(part.path)
    previous = db.execute("SELECT value FROM meta WHERE key = 'previous_docs'").fetchone()[0]
    db.close()
    assert len([d for d in memoryview(previous).cast("i") if d >= 0]) == 40 - (edit == "insert, edit and remove") * 2

    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "fresh-cache"))
    fresh = open_checker([str(base)])
    assert dump(incremental) == dump(fresh)
    for statement in ("Firm5 Works will hire 905 workers in Leeds.", "Firm5 Works will hire 105 workers in Leeds.",
                      "Acme opened a mill.", "Firm30 Works will hire 130 workers in Leeds.", "Acme opened a mill in Hull."):
        assert incremental.check(statement).as_dict() == fresh.check(statement).as_dict()


def test_a_file_whose_sources_gain_claims_elsewhere_is_indexed_again_in_part(tmp_path, cache_dir, monkeypatch):
    """A source's title weighs by its claims in the whole base: claims added in another file
    change this file's index, not its part; the claims of other sources keep their postings."""
    folder = tmp_path / "base"
    folder.mkdir()
    claims = [(f"c{i}", "s1" if i < 5 else "s2", f"Firm{i} Works will hire {100 + i} workers in Leeds.") for i in range(20)]
    (folder / "a.yaml").write_text(two_sources(claims))
    (folder / "b.yaml").write_text("claims:\n  - {id: x1, source: s1, quote: Acme opened a mill., text: Acme opened a mill.}\n")
    open_checker([str(folder)])
    before = manifest(cache_dir)
    (folder / "b.yaml").write_text("claims:\n  - {id: x1, source: s1, quote: Acme opened a mill., text: Acme opened a mill.}\n"
                                   "  - {id: x2, source: s1, quote: Acme shut a mill., text: Acme shut a mill.}\n")
    with monkeypatch.context() as patched:
        patched.setattr(compiler, "_index", None)  # both indexes must start from their previous ones
        incremental = open_checker([str(folder)])
    after = manifest(cache_dir)
    assert after["parts"][0] == before["parts"][0] and after["indexes"][0] != before["indexes"][0]
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "fresh-cache"))
    fresh = open_checker([str(folder)])
    assert dump(incremental) == dump(fresh)


def dump(checker):
    """Everything a checker reads from its cache, comparable across cache folders."""
    index_file = checker.index.files[0]
    db = sqlite3.connect(index_file.path)
    postings = {term: tuple(map(list, segments.unpack(df, docs, tfs)))
                for term, df, docs, tfs in db.execute("SELECT term, df, docs, tfs FROM postings")}
    vocabulary = dict(db.execute("SELECT word, docs FROM vocabulary"))
    db.close()
    claims = [checker.base.claim_at(d) for d in range(len(checker.base))]
    return postings, list(index_file.lengths), vocabulary, claims


def test_claims_read_together_are_the_claims_read_one_by_one(tmp_path, cache_dir):
    folder = tmp_path / "base"
    folder.mkdir()
    for i in range(3):
        (folder / f"f{i}.yaml").write_text(claims_file(20, start=100 * i, source=f"s{i}"))
    one_by_one = [open_checker([str(folder)]).base.claim_at(d) for d in range(60)]
    together = open_checker([str(folder)]).base
    docs = [59, 0, 21, 20, 40, 7, 7, 1000]  # across the files, out of order, repeated, past the end
    together.read_claims(docs)
    assert sorted(together._claims) == sorted({d for d in docs if d < 60})
    assert [together.claim_at(d) for d in range(60)] == one_by_one
    full = open_checker([str(folder)]).base  # a memo near full is emptied, as one claim at a time would
    full._claims.size = 5
    for d in range(4):
        full.claim_at(d)
    full.read_claims([10, 11, 12])
    assert [full.claim_at(d) for d in (10, 11, 12)] == one_by_one[10:13] and len(full._claims) <= 5


def test_sources_read_with_their_claims_are_the_sources_found_one_by_one(tmp_path, cache_dir):
    folder = tmp_path / "base"
    folder.mkdir()
    for i in range(3):
        (folder / f"f{i}.yaml").write_text(claims_file(5, start=100 * i, source=f"s{i}"))
    # claims of s0 in another file: their source is looked for in their own file first, then in order
    (folder / "f3.yaml").write_text("claims:\n  - {id: x1, source: s0, quote: Acme opened a mill., text: Acme opened a mill.}\n")
    base = open_checker([str(folder)]).base
    one_by_one = [base.source_of(base.claim_at(d)) for d in range(len(base))]
    together = open_checker([str(folder)]).base
    together.read_claims([15, 0, 7, 12, 3])
    assert sorted(together.sources._memo) == ["s1", "s2"]  # s0 is asked for first by x1, whose file lacks it
    assert [together.source_of(together.claim_at(d)) for d in range(len(base))] == one_by_one
    assert one_by_one[15] is not None and one_by_one[15].id == "s0"


def test_a_parallel_compile_gives_what_a_serial_one_gives(tmp_path, cache_dir, monkeypatch):
    folder = tmp_path / "base"
    folder.mkdir()
    for i in range(3):
        (folder / f"f{i}.yaml").write_text(claims_file(20, start=100 * i, source=f"s{i}"))
    monkeypatch.setattr(cache, "PARALLEL_BYTES", 0)
    parallel = open_checker([str(folder)], jobs=2)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "serial-cache"))
    serial = open_checker([str(folder)], jobs=1)
    for a, b in zip(parallel.index.files, serial.index.files):
        assert (os.path.basename(a.path), list(a.lengths)) == (os.path.basename(b.path), list(b.lengths))
    assert parallel.check("Firm105 Works will hire 205 workers in Leeds.").as_dict() == \
        serial.check("Firm105 Works will hire 205 workers in Leeds.").as_dict()


@pytest.mark.parametrize(
    "files, words, where",
    [
        ({"a.yaml": claims_file(2), "b.yaml": claims_file(1, source="s2")}, "duplicate claim id 'c0'", ("b.yaml", 4, 9)),
        ({"a.yaml": claims_file(2), "b.yaml": claims_file(1, start=5)}, "duplicate source id 's1'", ("b.yaml", 2, 10)),
        ({"a.yaml": claims_file(1), "b.yaml": "claims:\n  - {id: x, source: nowhere, quote: q, text: t}\n"},
         "names unknown source 'nowhere'", ("b.yaml", 2, 21)),
    ],
)
def test_problems_across_files_are_positioned_as_without_the_cache(tmp_path, cache_dir, runner, files, words, where):
    folder = tmp_path / "base"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    for extra in ([], ["--no-cache"]):
        result = invoke(runner, ["check", *extra, "--claims", str(folder), "x"])
        assert result.exit_code == 2 and words in result.stderr
        assert f"{where[0]}:{where[1]}:{where[2]}: " in result.stderr


def test_many_bases_keep_the_folder_bounded(tmp_path, cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    monkeypatch.setattr(cache, "ORPHAN_AGE", -1)
    base = tmp_path / "claims.yaml"
    for i in range(5):
        base.write_text(claims_file(3, start=10 * i))
        open_checker([str(base)])
    assert len(list(cache_dir.glob("base-*.json"))) == 2
    assert len(list(cache_dir.glob("part-*.sqlite"))) == len(list(cache_dir.glob("index-*.sqlite"))) == 2


def test_posting_lists_held_in_memory_are_bounded(tmp_path, cache_dir, monkeypatch):
    base = tmp_path / "claims.yaml"
    base.write_text(claims_file(50))
    checker = open_checker([str(base)])
    expected = checker.check("Firm7 Works will hire 107 workers in Leeds.").as_dict()
    monkeypatch.setattr(cache, "POSTING_MEMO", 60)
    small = open_checker([str(base)])
    for _ in range(2):
        assert small.check("Firm7 Works will hire 107 workers in Leeds.").as_dict() == expected
        assert small.index._held <= 60 + 50


def test_cache_never_changes_the_claim_base_and_can_be_deleted(small_base, cache_dir):
    before = small_base.read_bytes()
    open_checker([str(small_base)])
    for f in cache_dir.iterdir():
        f.unlink()
    assert open_checker([str(small_base)]).check(STATEMENT).verdict.value == "supported"
    assert small_base.read_bytes() == before


def test_unwritable_cache_folder_is_not_an_error(small_base, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "sub"))
    assert open_checker([str(small_base)]).check(STATEMENT).verdict.value == "supported"


def test_bad_base_is_still_an_error_with_the_cache(tmp_path, cache_dir, small_base):
    from claimcheck.errors import ClaimBaseError

    open_checker([str(small_base)])  # the cache is in use
    assert len(list(cache_dir.glob("base-*.json"))) == 1
    bad = tmp_path / "bad.yaml"
    for text, words in (("claims: [\n", "YAML syntax"),
                        (SMALL_BASE.replace("source: gazette", "source: nowhere"), "unknown source 'nowhere'")):
        bad.write_text(text)
        for _ in range(2):  # the second time too: a bad base is never compiled into the cache
            with pytest.raises(ClaimBaseError, match=words):
                open_checker([str(bad)])
    assert len(list(cache_dir.glob("base-*.json"))) == 1


def test_the_vocabulary_is_asked_word_by_word_and_can_be_listed(tmp_path, cache_dir):
    from claimcheck.index import build_index
    from claimcheck.claimbase import load_claim_base

    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "a.yaml").write_text(claims_file(3))
    (folder / "b.yaml").write_text(claims_file(2, start=10, source="s2"))
    cached = open_checker([str(folder)]).analyzer.vocabulary
    _, expected = build_index(load_claim_base([str(folder)]))
    assert "hire" in cached and "firm0" not in cached and "nowhere" not in cached
    assert sorted(cached) == sorted(expected)
