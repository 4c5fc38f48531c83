"""Many drafts at once: worker processes here, or a dask cluster, give the serial scan's findings
in the serial order."""

import json
from pathlib import Path

import pytest

from claimcheck import batch

from .conftest import invoke

DRAFTS = {
    "a.md": "# Alliance\n\nHuawei, Xiaomi, SMIC and 80 other companies announced the cooperation.\n",
    "b.md": "Huawei employs over 207,000 people in its R&D centers. The weather was fine.\n",
    "c.txt": "The CSIA has about 500 member organizations.\nSMIC is based in Shanghai.\n",
    "d.md": "Nothing here names anyone.\n\n<!-- claimcheck: ignore -->\nHuawei has 10 employees.\n",
    "e.md": "Huawei operates in more than 170 countries and regions.\n",
}


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for name, text in DRAFTS.items():
        (folder / name).write_text(text * 3)
    return folder


def scan_json(runner, *args):
    result = invoke(runner, ["scan", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def test_scan_with_jobs_gives_the_serial_findings_in_order(runner, drafts, monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_CHARS", 0)
    monkeypatch.setattr(batch, "CHUNK_CHARS", 1)  # a chunk per draft: workers finish out of order
    serial = scan_json(runner, "--jobs", "1", str(drafts))
    parallel = scan_json(runner, "--jobs", "2", str(drafts))
    assert parallel == serial
    names = [f["file"].rsplit("/", 1)[1] for f in serial[1]]
    assert serial[0] == 1 and names == sorted(names) and len(set(names)) >= 4


def test_a_checker_made_by_hand_scans_in_process(checker):
    drafts = [("x.md", DRAFTS["a.md"], True), ("y.md", DRAFTS["b.md"], True)]
    per_draft = list(batch.scan_drafts(checker, drafts, jobs=4))
    assert [{f.file for f in findings} for findings in per_draft] == [{"x.md"}, {"y.md"}]


BASES = Path(__file__).resolve().parent / "bases"


def long_draft() -> str:
    """About a hundred sentences: a test base's draft told again and again with other figures, a
    silenced line among them, so that pronouns and dates are read across the parts."""
    front, body = (BASES / "company" / "drafts" / "poland.md").read_text(encoding="utf-8").split("\n# ", 1)
    parts = [front, "\n# " + body.split("\n", 1)[0] + "\n"]
    for i in range(8):
        told = body.split("\n", 1)[1].replace("350", str(350 + 10 * i)).replace("€45 million", f"€{45 + i} million")
        if i % 3 == 1:
            told = told.replace("It employs", "Arvena employs")
        parts.append(f"\n## Part {i}\n{told}")
        if i == 4:
            parts.append("\n<!-- claimcheck: ignore -->\nArvena Group opened its first factory in Poland in 1990.\n")
    return "".join(parts)


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_one_long_draft_shared_by_jobs_gives_the_serial_output(runner, tmp_path, monkeypatch, fmt):
    from claimcheck.text.sentences import sentences

    draft = tmp_path / "long.md"
    draft.write_text(long_draft(), encoding="utf-8")
    assert len(list(sentences(draft.read_text(encoding="utf-8")))) >= 100
    shared = []
    real = batch._shared
    monkeypatch.setattr(batch, "_shared", lambda *a: shared.append(1) or real(*a))
    monkeypatch.setattr(batch, "SPLIT_CHUNK", 5)  # many chunks: the parent and the worker both take some
    claims = str(BASES / "company" / "claims.yaml")
    outputs = []
    for jobs in ("1", "2"):
        result = invoke(runner, ["scan", "--claims", claims, "--format", fmt, "--jobs", jobs, str(draft)])
        assert result.exit_code == 1, result.output  # the draft has conflicts
        outputs.append(result.stdout)
    assert shared == [1]  # the draft was shared out with --jobs 2 only
    assert outputs[1] == outputs[0]
    if fmt == "json":
        findings = json.loads(outputs[0])
        assert len(findings) > 80 and any(f["suppressed"] for f in findings)
        assert any(f["resolved"] for f in findings)


def test_a_long_draft_is_cut_into_chunks_that_shrink_where_the_processes_meet():
    chunks = batch._tapered(list(range(251)), 125.5)
    assert [i for chunk in chunks for i in chunk] == list(range(251))  # all of it, in order
    sizes = [len(chunk) for chunk in chunks]
    assert sizes[0] == sizes[-2] == max(sizes) == batch.SPLIT_CHUNK and sizes[len(sizes) // 2] == 1


def test_a_short_draft_is_checked_in_process(checker, monkeypatch):
    monkeypatch.setattr(checker, "opened_with", ((), None, False), raising=False)  # as open_checker leaves it
    monkeypatch.setattr(batch, "_shared", lambda *a: pytest.fail("a short draft was shared out"))
    text = (BASES / "company" / "drafts" / "poland.md").read_text(encoding="utf-8")
    assert [f.as_dict() for f in next(batch.scan_drafts(checker, [("p.md", text, True)], jobs=2))] == [
        f.as_dict() for f in checker.scan(text, "p.md")]


def test_objects_set_aside_while_a_draft_is_checked_are_handed_back(checker):
    import gc

    text = (BASES / "company" / "drafts" / "poland.md").read_text(encoding="utf-8")
    seen = [(gc.get_freeze_count(), gc.isenabled()) for _ in checker.scan(text, "p.md")]
    assert seen and min(frozen for frozen, _ in seen) > 0 and gc.get_freeze_count() == 0
    assert all(enabled for _, enabled in seen)  # the collector is held off while sentences are checked only
    gc.freeze()  # the caller's own frozen objects stay frozen
    try:
        list(checker.scan(text, "p.md"))
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


@pytest.fixture(scope="module")
def dask_cluster():
    """A two-worker local dask cluster, started for these tests."""
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.bag")
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_engine_gives_the_serial_findings(runner, drafts, dask_cluster):
    serial = scan_json(runner, str(drafts))
    address = dask_cluster.scheduler.address
    distributed = scan_json(runner, "--engine", "dask", "--scheduler", address, str(drafts))
    assert distributed == serial


def test_dask_api_over_a_client(drafts, dask_cluster, monkeypatch):
    from claimcheck.claimbase import builtin_path
    from claimcheck.cluster import findings_bag, scan_paths
    from claimcheck.engine import open_checker

    monkeypatch.chdir(drafts)
    names = sorted(DRAFTS)
    (drafts / "z.md").write_bytes(b"\x00\x01binary")
    names = sorted(DRAFTS) + ["z.md"]
    found = [(path, [f.as_dict() for f in findings], error)
             for path, findings, error in scan_paths(names, [builtin_path()], scheduler=dask_cluster)]
    checker = open_checker([builtin_path()])
    expected = [(name, [f.as_dict() for f in checker.scan((drafts / name).read_text(), name, markdown=batch.is_markdown(name))],
                 None) for name in sorted(DRAFTS)]
    assert found[:-1] == expected
    assert found[-1][0] == "z.md" and found[-1][1] == [] and "z.md: not a text file" in found[-1][2]
    bag = findings_bag(names[:2], [builtin_path()])
    assert [(p, len(f)) for p, f, _ in bag.compute(scheduler=dask_cluster)] == [(p, len(f)) for p, f, _ in expected[:2]]


def test_dask_engine_reports_a_bad_draft_and_scans_the_others(runner, drafts, dask_cluster):
    (drafts / "z.md").write_bytes(b"\x00\x01binary")
    for engine in (["--engine", "dask", "--scheduler", dask_cluster.scheduler.address], []):
        result = invoke(runner, ["scan", "--format", "json", *engine, str(drafts)])
        assert result.exit_code == 2 and "z.md: not a text file" in result.stderr and len(result.stderr.splitlines()) == 1
        assert {f["file"].rsplit("/", 1)[1] for f in json.loads(result.stdout)} >= {"a.md", "b.md"}


def test_dask_engine_without_dask_says_what_to_install(runner, drafts, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    result = invoke(runner, ["scan", "--engine", "dask", str(drafts)])
    assert result.exit_code == 2 and "claimcheck[dask]" in result.stderr
