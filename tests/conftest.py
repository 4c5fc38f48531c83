from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "claims.yaml"
SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "articles"

needs_articles = pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/articles is not beside this checkout")


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory):
    """Tests never touch the user's cache folder. The core is tested as a core install runs it,
    whether or not claimcheck[semantic] is installed here: tests of the extra turn it on."""
    import os

    os.environ["CLAIMCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["CLAIMCHECK_SEMANTIC"] = "0"
    yield


@pytest.fixture(scope="session")
def base():
    from claimcheck.claimbase import load_claim_base

    return load_claim_base([str(CLAIMS)])


@pytest.fixture(scope="session")
def checker(base):
    from claimcheck.engine import Checker

    return Checker(base)


@pytest.fixture
def runner(monkeypatch, tmp_path):
    """A CliRunner in an empty folder with no claim base configured: the built-in base applies."""
    monkeypatch.delenv("CLAIMCHECK_CLAIMS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def invoke(runner, args, **kw):
    from claimcheck.cli import cli

    return runner.invoke(cli, args, catch_exceptions=False, **kw)


SMALL_BASE = """\
# a small claim base for tests
version: 1
entities:
  - {name: Acme, type: org, aliases: [Acme Corp, Acme Corporation]}
sources:
  - id: gazette
    outlet: The Gazette
    title: Acme opens a plant
    published: "2024-03-05"
    file: gazette.txt
claims:
  # the first claim
  - id: acme-plant-workers
    source: gazette
    quote: "Acme Corp will hire 350 workers at its new plant in Leeds."
    text: "Acme will hire 350 workers at its new plant in Leeds."
"""


@pytest.fixture
def small_base(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(SMALL_BASE, encoding="utf-8")
    return path


@pytest.fixture
def project_with(tmp_path, monkeypatch):
    """A folder holding SMALL_BASE as claims.yaml and the given draft as draft.md, made current."""

    def make(draft: str):
        (tmp_path / "claims.yaml").write_text(SMALL_BASE)
        (tmp_path / "draft.md").write_text(draft)
        monkeypatch.chdir(tmp_path)
        return tmp_path

    return make


# Harbour works: a small base whose verdicts are plain (a wrong count of cranes, a wrong year),
# for the tests of what is built on the engine (corrections, live checking, the language server).
HARBOUR_BASE = """\
version: 1
sources:
  - {id: herald, title: Harbour works finished, outlet: The Herald, published: "2023-04-02",
     url: "https://example.org/harbour"}
claims:
  - id: harbour-cranes
    source: herald
    quote: "The harbour authority installed 14 new cranes at the east quay."
    text: "The harbour authority installed 14 new cranes at the east quay."
  - id: quay-reopened
    source: herald
    quote: "The east quay reopened in March 2023 after two years of works."
    text: "The east quay reopened in March 2023 after two years of works."
"""
