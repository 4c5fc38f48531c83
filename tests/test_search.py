"""Search: pasted text cleaned, ranking by words, names and numbers."""

import pytest

from claimcheck.search import FEATURES, WEIGHTS, clean_query, search


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("Big news https://t.co/abc123 here — Jane Doe (@jdoe) February 25, 2016", "Big news here"),
        ("Wow #FakeNews from @CNNPolitics!", "Wow Fake News from CNN Politics!"),
        ("No tail here (@x) at all", "No tail here (x) at all"),
        ("I am sure. — Marco Rubio (marcorubio) July 25, 2019", "I am sure."),
    ],
)
def test_clean_query(raw, cleaned):
    assert clean_query(raw) == cleaned


def test_every_feature_is_computed_and_weighted(checker):
    from claimcheck.search import Query, features

    query = Query(checker, "Huawei employs 207,000 R&D workers — Jo Bloggs (@jb) March 3, 2021")
    [(doc, bm25), *_] = query.candidates(checker)
    values = features(checker, query, doc, bm25, bm25, 0)
    assert len(values) == len(FEATURES) == len(WEIGHTS)
    named = dict(zip(FEATURES, values))
    assert named["bm25_share"] == 1.0 and named["rank"] == 1.0 and named["numbers_agree"] == 1.0
    assert all(isinstance(v, float) and v == v for v in values)  # numbers, none NaN


def test_search_memos_live_outside_the_checker(checker):
    search(checker, "Huawei R&D workers")
    assert not [name for name in vars(checker) if "search" in name]


def test_search_finds_by_alias_number_and_hashtag(checker):
    assert search(checker, "#SKHynix sold Huawei chips worth $10 billion https://t.co/x")[0].claim.id == "huawei-bought-10bn-annually"
    assert search(checker, "207000 workers")[0].claim.id == "huawei-207000-rd-workers"
    hits = search(checker, "Semiconductor Manufacturing International Corporation largest processor maker", limit=3)
    assert hits[0].claim.id == "evertise-smic-largest-processor-maker"
    assert all(0.0 < h.score <= 100.0 for h in hits) and [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_scores_are_absolute(checker):
    strong = search(checker, "Huawei employs over 207,000 people in its R&D centers")[0]
    weak = search(checker, "Huawei R&D")[0]
    assert strong.claim.id == weak.claim.id == "huawei-207000-rd-workers"
    assert strong.score > weak.score  # the same claim scores by how well the query says it, not by rank
    assert search(checker, "Huawei R&D", limit=1)[0].score == weak.score


@pytest.mark.parametrize("query", ["pizza recipe", "football world cup final", "weather in Paris tomorrow"])
def test_an_off_topic_query_finds_nothing(checker, query):
    assert search(checker, query) == []


def test_cli_says_no_matching_claims(runner):
    from .conftest import invoke

    result = invoke(runner, ["search", "pizza recipe"])
    assert result.exit_code == 0 and result.output == "no matching claims\n"


def test_search_help_examples_find_what_they_say(runner):
    from .conftest import invoke

    help_text = invoke(runner, ["search", "--help"]).output
    example = next(line.strip() for line in help_text.splitlines() if line.strip().startswith("claimcheck search \""))
    query = example.split('"')[1]
    assert "SMIC" in query
    hits = invoke(runner, ["search", "--format", "json", query])
    assert "smic" in __import__("json").loads(hits.output)["results"][0]["claim_id"]


def test_search_of_nothing_known(checker):
    assert search(checker, "zzzz qqqq") == []


SHARED_TITLE_BASE = """\
version: 1
sources:
  - {id: roundup, outlet: Example News, title: "Harbour fees rise as the port expands", published: "2024-05-01"}
  - {id: single, outlet: Example News, title: "Local news", published: "2024-05-02"}
claims:
  - {id: r1, source: roundup, quote: "The museum reopened in June.", text: "The museum reopened in June."}
  - {id: r2, source: roundup, quote: "The mayor cut the library budget.", text: "The mayor cut the library budget."}
  - {id: r3, source: roundup, quote: "Bus fares fell for students.", text: "Bus fares fell for students."}
  - {id: fees, source: single, quote: "The port raised its harbour fees by a tenth.", text: "The port raised its harbour fees by a tenth."}
"""


@pytest.mark.parametrize("use_cache", [False, True])
def test_a_title_shared_by_many_claims_does_not_outrank_the_claim_itself(tmp_path, use_cache):
    from claimcheck.engine import open_checker

    path = tmp_path / "claims.yaml"
    path.write_text(SHARED_TITLE_BASE, encoding="utf-8")
    checker = open_checker([str(path)], use_cache=use_cache)
    sizes = checker.base.source_sizes()
    assert (sizes["roundup"], sizes["single"], sizes.get("nowhere")) == (3, 1, None)
    assert search(checker, "harbour fees rise as the port expands")[0].claim.id == "fees"


def test_index_weighs_a_shared_title_by_the_claims_sharing_it(tmp_path):
    from claimcheck.claimbase import load_claim_base
    from claimcheck.index import FIELD_WEIGHTS, build_index

    path = tmp_path / "claims.yaml"
    path.write_text(SHARED_TITLE_BASE, encoding="utf-8")
    index, _ = build_index(load_claim_base([str(path)]))
    docs, tfs = index.posting("expand")  # only in the roundup's title, shared by its three claims
    assert list(docs) == [0, 1, 2]
    assert all(abs(tf - FIELD_WEIGHTS["title"] / 3) < 1e-6 for tf in tfs)


def test_only_the_start_of_a_huge_query_is_searched(checker):
    from claimcheck.search import MAX_QUERY_CHARS, bounded

    filler = "zzzz qqqq " * (MAX_QUERY_CHARS // 10 + 100)
    assert search(checker, filler + "207000 workers") == []
    assert len(bounded(filler)) <= MAX_QUERY_CHARS and bounded(filler).startswith("zzzz")
    assert bounded("207000 workers") == "207000 workers"


def test_cli_warns_when_a_query_is_cut(runner):
    from claimcheck.cli import cli
    from claimcheck.search import MAX_QUERY_CHARS

    result = runner.invoke(cli, ["search", "207000 workers " + "x " * MAX_QUERY_CHARS])
    assert result.exit_code == 0
    assert "only its first" in result.stderr and "huawei-207000-rd-workers" in result.stdout
