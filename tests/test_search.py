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


def test_weights_match_features():
    assert len(WEIGHTS) == len(FEATURES)


def test_search_finds_by_alias_number_and_hashtag(checker):
    assert search(checker, "#SKHynix sold Huawei chips worth $10 billion https://t.co/x")[0].claim.id == "huawei-bought-10bn-annually"
    assert search(checker, "207000 workers")[0].claim.id == "huawei-207000-rd-workers"
    hits = search(checker, "Semiconductor Manufacturing International Corporation largest processor maker", limit=3)
    assert hits[0].claim.id == "evertise-smic-largest-processor-maker"
    assert hits[0].score == 100.0 and all(h.score <= 100.0 for h in hits)


def test_search_of_nothing_known(checker):
    assert search(checker, "zzzz qqqq") == []
