"""Word pieces and the related-pieces table that lets search find claims worded differently."""

import datetime as dt

import pytest

from claimcheck.search import posted, search
from claimcheck.text.related import RelatedPieces, SoftQuery, table
from claimcheck.text.wordpiece import WordPieces, basic_words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Café naïve", ["cafe", "naive"]),
        ("U.S.-made", ["u", ".", "s", ".", "-", "made"]),
        ("zero\u200bwidth", ["zerowidth"]),  # invisible characters are dropped, not spaces
        ("東京 tower", ["東", "京", "tower"]),
        ("", []),
    ],
)
def test_basic_words(text, words):
    assert basic_words(text) == words


def test_word_pieces_longest_match_first():
    pieces = WordPieces(["[UNK]", "vaccin", "##ation", "##e", "vaccine", "un", "##known"])
    assert pieces.pieces("Vaccination vaccine") == (1, 2, 4)
    assert pieces.pieces("unknown") == (5, 6)
    assert pieces.pieces("xyz") == ()  # cannot be spelt: left out, as [UNK] would be
    assert pieces.pieces("a" * 101) == ()


def _names(related, word):
    vocabulary = related.vocabulary
    (piece,) = related.pieces.pieces(word)
    return {vocabulary[p]: sim for p, sim in related.related(piece).items()}


def test_table_relates_words_of_nearly_the_same_meaning():
    related = table()
    died = _names(related, "died")
    assert died["died"] == 1.0
    assert died["killed"] > 0.6 and died["death"] > 0.6
    assert "football" not in died
    photo = _names(related, "photo")
    assert photo["photograph"] > 0.7 and photo["picture"] > 0.7


def test_table_relation_is_symmetric():
    related = table()
    for word in ("vaccine", "president", "million", "court"):
        (piece,) = related.pieces.pieces(word)
        for other, sim in related.related(piece).items():
            assert related.related(other)[piece] == sim


def test_table_refuses_other_files():
    with pytest.raises(ValueError):
        RelatedPieces(b"not a table at all")


def test_soft_overlap():
    related = table()
    split = related.pieces.pieces

    def weights(text):
        return dict.fromkeys(split(text), 1.0)

    query = SoftQuery(weights("photo senator sleeping"), related)
    assert query.overlap(weights("photo senator sleeping")) == (1.0, 1.0)
    reworded = query.overlap(weights("picture senator asleep"))
    assert 0.6 < reworded[0] < 1.0 and 0.6 < reworded[1] < 1.0
    assert query.overlap(weights("harbour tariffs")) == (0.0, 0.0)


REWORDED_BASE = """\
version: 1
sources:
  - {id: s1, outlet: Example News, title: Round-up, published: "2024-05-01"}
  - {id: s2, outlet: Example News, title: Later round-up, published: "2021-01-09"}
claims:
  - {id: vaccine, source: s1, quote: "Nobody died after receiving the vaccine.", text: "Nobody died after receiving the vaccine."}
  - {id: court, source: s1, quote: "People at the murder trial were given new evidence.", text: "People at the murder trial were given new evidence."}
  - {id: photo, source: s1, quote: "A photograph shows the senator sleeping.", text: "A photograph shows the senator sleeping."}
  - {id: bridge, source: s1, quote: "The bridge reopened in June.", text: "The bridge reopened in June."}
  - {id: bridge-again, source: s2, quote: "The bridge reopened in January.", text: "The bridge reopened in January."}
"""


@pytest.fixture
def reworded_checker(tmp_path):
    from claimcheck.engine import open_checker

    path = tmp_path / "claims.yaml"
    path.write_text(REWORDED_BASE, encoding="utf-8")
    return open_checker([str(path)], use_cache=False)


def test_search_finds_claims_without_a_shared_word(reworded_checker):
    # neither query shares a content word with the claim it is about
    assert search(reworded_checker, "a picture of a politician asleep")[0].claim.id == "photo"
    assert search(reworded_checker, "deaths after the jab")[0].claim.id == "vaccine"


def test_a_pasted_post_ranks_fact_checks_of_its_time_first(reworded_checker):
    tail = " — Jo Bloggs (@jobloggs) January 8, 2021"
    assert search(reworded_checker, "The bridge reopened" + tail)[0].claim.id == "bridge-again"
    assert search(reworded_checker, "The bridge reopened — Jo Bloggs (@jobloggs) May 1, 2024")[0].claim.id == "bridge"


@pytest.mark.parametrize(
    "text, author, date",
    [
        ("Game on. — Jo Bloggs (@jobloggs) May 26, 2016", "Jo Bloggs", dt.date(2016, 5, 26)),
        ("Game on. — Jo Bloggs (@jobloggs) Sept. 2, 2016", "Jo Bloggs", dt.date(2016, 9, 2)),
        ("Game on. — Jo (@jo) Smarch 2, 2016", "Jo", None),
        ("Game on.", None, None),
    ],
)
def test_posted(text, author, date):
    assert posted(text) == (author, date)


def test_cli_search_reworded(runner, tmp_path):
    import json

    from .conftest import invoke

    path = tmp_path / "reworded.yaml"
    path.write_text(REWORDED_BASE, encoding="utf-8")
    result = invoke(runner, ["search", "--claims", str(path), "--format", "json", "a picture of a politician asleep"])
    assert result.exit_code == 0
    assert [r["claim_id"] for r in json.loads(result.output)["results"]][0] == "photo"
