"""Claims of another file on another matter change no verdict: each large enough file of a base
weighs its own words (index.Collection), in the cache and in memory alike."""

import json

import pytest

from claimcheck.claimbase import load_claim_base
from claimcheck.engine import Checker, open_checker
from claimcheck.index import COLLECTION_MIN

TOWNS = ["Arden", "Belmont", "Carrow", "Dunmore", "Elster", "Fenwick", "Garside", "Holbeck", "Ivybridge", "Jarrow",
         "Kelso", "Lydney", "Marske", "Nairn", "Oakham", "Penryn", "Quorn", "Redruth", "Selby", "Thirsk"]


def _file(source: str, title: str, texts) -> str:
    claims = "".join(f"  - {{id: {source}-{k}, source: {source}, quote: {json.dumps(t)}, text: {json.dumps(t)}}}\n"
                     for k, t in enumerate(texts))
    return (f"sources:\n  - {{id: {source}, title: {json.dumps(title)}, outlet: The Courier, published: '2024-05-01'}}\n"
            f"claims:\n{claims}")


def _libraries() -> str:
    """A file of 60 claims about town libraries: lending, staff, opening years."""
    texts = []
    for i, town in enumerate(TOWNS):
        texts += [f"The {town} library lent {12_000 + 500 * i:,} books last year.",
                  f"The {town} library employs {10 + i} staff.",
                  f"The {town} library opened in {1950 + i}."]
    return _file("lib", "Libraries of the county", texts)


def _firms(n: int) -> str:
    """A file of another matter that uses the libraries' common words (employs, staff, opened) very often."""
    texts = [f"Firm{i} Holdings employs {200 + i} staff at the plant it opened in {1990 + i % 30}." for i in range(n)]
    return _file("firms", "Plants of the region", texts)


STATEMENTS = [
    "The Carrow library lent 13,000 books last year.",  # as the claim says
    "The Carrow library lent 15,000 books last year.",  # another figure
    "The Dunmore library employs 13 people.",  # the same fact in other words
    "The Dunmore library opened in 1961.",  # another year
    "The Elster library has a new reading room.",  # nothing says it
]


def _results(checker):
    return [(r.verdict.value, round(r.score, 6), r.reason, [e.claim.id for e in r.evidence])
            for r in map(checker.check, STATEMENTS)]


@pytest.mark.parametrize("cached", [True, False], ids=["cache", "memory"])
def test_a_file_of_another_matter_changes_no_verdict_or_score(tmp_path, monkeypatch, cached):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    libraries = tmp_path / "base" / "libraries.yaml"
    libraries.parent.mkdir()
    libraries.write_text(_libraries())
    alone = _results(open_checker([str(libraries)], use_cache=cached))
    assert [r[0] for r in alone] == ["supported", "conflicting", "supported", "conflicting", "unverified"]

    (tmp_path / "base" / "firms.yaml").write_text(_firms(600))
    together = open_checker([str(libraries.parent)], use_cache=cached)
    assert len(together.base) == 660
    assert _results(together) == alone


def test_a_small_file_is_weighed_with_the_whole_base(tmp_path):
    (tmp_path / "libraries.yaml").write_text(_libraries())
    (tmp_path / "firms.yaml").write_text(_firms(COLLECTION_MIN - 1))
    checker = Checker(load_claim_base([str(tmp_path)]))
    index = checker.index
    # files load in name order: the firms first
    firm, library = 0, COLLECTION_MIN - 1
    assert index.collection_at(firm) is index
    own = index.collection_at(library)
    assert own is not index and (own.lo, own.n) == (COLLECTION_MIN - 1, 60)
    # "staff" is in every firm's claim and in a third of the libraries': telling among the libraries only
    assert own.weight("staff") > index.weight("staff")


def test_one_file_is_weighed_as_the_whole_base(tmp_path):
    (tmp_path / "libraries.yaml").write_text(_libraries())
    checker = Checker(load_claim_base([str(tmp_path / "libraries.yaml")]))
    assert checker.index.collections == [] and checker.index.collection_at(5) is checker.index


def test_small_files_read_alike_from_the_cache_and_in_memory(tmp_path, monkeypatch):
    """Files too small to weigh their own words go by the whole base's counts, whether the base
    comes from the cache (a piece per file) or from memory (one list)."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "libraries.yaml").write_text(_libraries())
    for k in range(4):  # four small files of the same common words: none weighs its own
        texts = [f"The Firm{k}x{i} Holdings library employs {30 + i} staff." for i in range(40)]
        (folder / f"small-{k}.yaml").write_text(_file(f"small{k}", "Company libraries", texts))
    cached, memory = (open_checker([str(folder)], use_cache=c) for c in (True, False))
    assert type(cached.index).__name__ == "CachedIndex" and type(memory.index).__name__ == "MemoryIndex"
    assert _results(cached) == _results(memory)


def test_an_empty_file_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "b-libraries.yaml").write_text(_libraries())
    (folder / "c-firms.yaml").write_text(_firms(80))
    before = _results(open_checker([str(folder)]))
    (folder / "a-empty.yaml").write_text("sources: []\nclaims: []\n")
    checker = open_checker([str(folder)])
    assert _results(checker) == before
    # the weights read ahead for the libraries' file are its own counts, not the empty file's zeros
    library = checker.index.collection_at(0)
    checker.index.prefetch(["library", "lend", "Carrow"])
    assert library.df("library") == 60 and library.df("lend") == 20


def test_one_file_searches_as_the_whole_base(tmp_path):
    """A base of one file ranks its claims by the whole base's statistics, however large it is:
    a term common in it still counts where it ranks the rarer terms' candidates."""
    from claimcheck.index import MemoryIndex

    docs = []
    for i in range(3000):
        terms = [f"filler{i % 50}"] + ["common"] * (i < 2000) + ["usual"] * (1000 <= i < 2500) + ["rare"] * (i % 600 == 0)
        docs.append({"text": terms})
    index = MemoryIndex(docs).with_files([3000])
    query = ["rare", "common", "usual"]
    ranked = index.search(query, 20)
    assert index.search(query, 20, local=True) == ranked
    assert len({score for _, score in ranked}) > 1  # the common terms told the rare term's claims apart
