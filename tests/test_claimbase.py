import re
from pathlib import Path
from collections import Counter

import pytest

from claimcheck.claimbase import builtin_path, discover, expand, load_claim_base, read_files
from claimcheck.errors import ClaimBaseError

from .conftest import ARTICLES, CLAIMS, SMALL_BASE, needs_articles


def test_builtin_base_covers_every_article(base):
    assert len(base.claims) > 60
    counts = Counter(c.source for c in base.claims)
    assert set(counts) == set(base.sources)
    assert min(counts.values()) >= 8
    for source in base.sources.values():
        assert source.title and source.file


def test_builtin_claims_are_complete_and_linked(base):
    for claim in base.claims:
        assert claim.text.strip() and claim.quote.strip()
        assert claim.entities is not None and claim.kind
    facts = Counter(c.fact for c in base.claims if c.fact)
    # claims sharing a fact come from more than one article
    for fact in facts:
        assert len({c.source for c in base.claims if c.fact == fact}) >= 2, fact


def test_packaged_default_is_the_repository_file():
    assert Path(builtin_path()).read_bytes() == CLAIMS.read_bytes()


def test_schema_line_points_at_the_shipped_schema():
    first = CLAIMS.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    assert (CLAIMS.parent / first.split("$schema=")[1]).is_file()


def test_builtin_base_matches_its_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    import json

    import yaml

    schema = json.loads((CLAIMS.parent / "src/claimcheck/data/claimbase.schema.json").read_text())
    jsonschema.validate(yaml.safe_load(CLAIMS.read_text(encoding="utf-8")), schema)


@needs_articles
def test_builtin_quotes_are_verbatim(base):
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    for claim in base.claims:
        article = norm((ARTICLES / base.sources[claim.source].file).read_text(encoding="utf-8"))
        assert norm(claim.quote) in article, claim.id


def test_discovery_order(tmp_path):
    explicit = tmp_path / "explicit.yaml"
    env_file = tmp_path / "env.yaml"
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (tmp_path / "a" / "claims.yaml").write_text("claims: []\n")
    assert discover([str(explicit)], env={"CLAIMCHECK_CLAIMS": str(env_file)}, cwd=str(nested)) == [str(explicit)]
    assert discover([], env={"CLAIMCHECK_CLAIMS": f"{env_file}:{explicit}"}, cwd=str(nested)) == [str(env_file), str(explicit)]
    assert discover([], env={}, cwd=str(nested)) == [str(tmp_path / "a" / "claims.yaml")]
    lonely = tmp_path / "elsewhere"
    lonely.mkdir()
    if any((folder / "claims.yaml").is_file() for folder in lonely.parents):
        pytest.skip("a claims.yaml above the temporary folder would be found first")
    assert discover([], env={}, cwd=str(lonely)) == [str(builtin_path())]


def test_folder_of_files_merges_sources_and_claims(tmp_path):
    (tmp_path / "1-sources.yaml").write_text("sources:\n  - {id: s, title: T}\n")
    (tmp_path / "2-claims.yaml").write_text("claims:\n  - {id: c, source: s, quote: q, text: t}\n")
    (tmp_path / "notes.txt").write_text("ignored")
    base = load_claim_base([str(tmp_path)])
    assert [c.id for c in base.claims] == ["c"] and list(base.sources) == ["s"]


def test_folder_without_yaml_is_an_error(tmp_path):
    with pytest.raises(ClaimBaseError, match="no \\*.yaml"):
        expand([str(tmp_path)])


def test_loader_reads_fields(small_base):
    base = load_claim_base([str(small_base)])
    claim = base.claim("acme-plant-workers")
    assert claim.source == "gazette" and claim.line == 13
    assert claim.entities is None  # derived by the engine, not required
    assert base.sources["gazette"].published == "2024-03-05"


C = "sources:\n  - {id: s, title: T}\nclaims:\n"


@pytest.mark.parametrize(
    "text, line, marker, words",
    [
        ("claims: nope\n", 1, "nope", "'claims' must be a list"),
        ("sources:\n  - {id: s}\n", 2, "{id", "missing required field 'title'"),
        (C + "  - {id: c, source: x, quote: q, text: t}\n", 4, "x,", "unknown source 'x'"),
        (C + "  - {id: c, source: s, quote: '', text: t}\n", 4, "''", "'quote' is empty"),
        (C + "  - {id: c, source: s, quote: q, text: t}\n  - {id: c, source: s, quote: q, text: u}\n", 5, "c,", "duplicate claim id 'c'"),
        (C + "  - {id: c, source: s, quote: q, text: t, quantities: [{value: 1.4e12}]}\n", 4, "1.4e12", "is a string"),
        (C + "  - {id: c, source: s, quote: q, text: t, negated: maybe}\n", 4, "maybe", "true or false"),
        (C + "  - {id: c, source: s, quote: q, text: t, dates: [{date: '2019', relation: on}]}\n", 4, "on}", "must be a string"),
        ("sources:\n  - {id: s, title: T, colour: red}\n", 2, "colour", "unknown source field 'colour'"),
        (C + "  - {id: c, source: s, quote: q, text: t, dates: [May]}\n", 4, "May", "a date must be"),
        (C + "  - {id: c, source: s, quote: q, text: t, kind: rumour}\n", 4, "rumour", "kind 'rumour'"),
        ("", 1, "", "empty claim base"),
        ("- just\n- a list\n", 1, "-", "a claim base is a mapping"),
    ],
)
def test_problems_are_positioned(tmp_path, text, line, marker, words):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    problems = []
    read_files([str(path)], problems)
    assert problems, "expected a problem"
    first = problems[0]
    column = (text.split("\n")[line - 1].index(marker) + 1) if marker else 1
    assert (first.path, first.line, first.column) == (str(path), line, column), str(first)
    assert words in first.message
    with pytest.raises(ClaimBaseError):
        load_claim_base([str(path)])


def test_crlf_and_bom_files_load(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL_BASE.replace("\n", "\r\n").encode())
    assert len(load_claim_base([str(path)]).claims) == 1


def test_part_of_makes_a_claim_speak_about_the_whole():
    from claimcheck.model import Entity
    from claimcheck.text.entities import EntityMatcher

    matcher = EntityMatcher([Entity("Pudong", ("Pudong New Area",), "place", ("Shanghai",))])
    assert matcher.ancestors({"Pudong"}) == {"Shanghai", "China"}  # Shanghai is part of China (built in)
    assert matcher.ancestors({"China"}) == set()
