"""The compiled cache: never stale, never trusted when damaged, never needed."""

import json
import sqlite3

import pytest

from claimcheck.engine import open_checker

from .conftest import SMALL_BASE, invoke

STATEMENT = "Acme will hire 350 workers at its new plant in Leeds."


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(folder))
    return folder


def test_second_open_reads_the_cache(small_base, cache_dir):
    first = open_checker([str(small_base)])
    assert type(first.base).__name__ == "ClaimBase"
    assert len(list(cache_dir.glob("base-*.sqlite"))) == 1
    second = open_checker([str(small_base)])
    assert type(second.base).__name__ == "CachedBase"
    assert second.check(STATEMENT).verdict.value == first.check(STATEMENT).verdict.value == "supported"
    assert second.base.claim("acme-plant-workers").quote == first.base.claim("acme-plant-workers").quote


def test_editing_a_claim_changes_the_result(small_base, cache_dir, runner):
    assert invoke(runner, ["check", "--claims", str(small_base), STATEMENT]).exit_code == 0
    small_base.write_text(SMALL_BASE.replace("hire 350 workers", "hire 400 workers"))
    result = invoke(runner, ["check", "--claims", str(small_base), STATEMENT])
    assert result.exit_code == 1 and "claim: 400 workers" in result.output


def test_corrupt_or_foreign_cache_is_rebuilt(small_base, cache_dir):
    open_checker([str(small_base)])
    [db] = cache_dir.glob("base-*.sqlite")
    db.write_bytes(b"this is not a database" * 100)
    checker = open_checker([str(small_base)])
    assert checker.check(STATEMENT).verdict.value == "supported"
    [db] = cache_dir.glob("base-*.sqlite")
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
    con.commit()
    con.close()
    assert open_checker([str(small_base)]).check(STATEMENT).verdict.value == "supported"


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
    (folder / "b.yaml").write_text("claims:\n  - {id: c, source: s, quote: q, text: Acme employs 41 engineers in Leeds.}\n")
    result = invoke(runner, ["check", "--claims", str(folder), "Acme employs 41 engineers in Leeds."])
    assert result.exit_code == 0
    assert len(sorted(cache_dir.iterdir())) == len(before) + 1


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
    assert len(list(cache_dir.glob("base-*.sqlite"))) == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_BASE.replace("source: gazette", "source: nowhere"))  # good YAML, bad base
    for _ in range(2):  # the second time too: a bad base is never compiled into the cache
        with pytest.raises(ClaimBaseError, match="unknown source 'nowhere'"):
            open_checker([str(bad)])
    assert len(list(cache_dir.glob("base-*.sqlite"))) == 1
