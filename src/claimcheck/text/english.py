"""English word knowledge from general resources: lemmas, word families, spelling, synonyms,
antonyms, and which words can be verbs.

The tables live in data/lexicon.bin, made by benchmarks/distill_lexicon.py from LemmInflect's
lemma table (the NIH SPECIALIST Lexicon) and WordNet 3.0. Each is read with the standard library
when first needed, as a dict of raw strings; an entry is parsed when it is first looked up.
"""

from __future__ import annotations

import os
import struct
import zlib

LEXICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "lexicon.bin")
SYNONYM, HYPERNYM = 0.9, 0.8  # strength of a WordNet synonym, and of a word directly above or below
_STRENGTH = {"s": SYNONYM, "h": HYPERNYM}
_EMPTY = frozenset()

_sections = None  # name -> (compressed keys, compressed values), until read
_tables: dict = {}  # name -> {key: raw value}
_parsed: dict = {}  # (name, key) -> parsed value


def _index():
    global _sections
    with open(LEXICON_PATH, "rb") as f:
        blob = f.read()
    if blob[:4] != b"CCLX" or blob[4] != 2:
        raise ValueError(f"{LEXICON_PATH}: not a claimcheck lexicon (version 2)")
    (count,) = struct.unpack_from("<I", blob, 5)
    at = 9
    heads = []
    for _ in range(count):
        size = blob[at]
        name = blob[at + 1 : at + 1 + size].decode("utf-8")
        keys, values = struct.unpack_from("<II", blob, at + 1 + size)
        heads.append((name, keys, values))
        at += 1 + size + 8
    sections = {}
    for name, keys, values in heads:
        sections[name] = (blob[at : at + keys], blob[at + keys : at + keys + values])
        at += keys + values
    _sections = sections


def _table(name: str) -> dict:
    found = _tables.get(name)
    if found is None:
        if _sections is None:
            _index()
        keys, values = _sections[name]
        found = _tables[name] = dict(zip(zlib.decompress(keys).decode("utf-8").split("\n"),
                                         zlib.decompress(values).decode("utf-8").split("\n")))
    return found


_lemma_memo: dict = {}


def lemma(word: str) -> str:
    """The dictionary form of a lower-case word, in American spelling ("meetings" -> "meeting",
    "bought" -> "buy", "standardised" -> "standardize"); a word the tables don't know stays as it is."""
    found = _lemma_memo.get(word)
    if found is not None:
        return found
    lemmas_, spelling = _table("lemmas"), _table("spelling")
    found = lemmas_.get(word)
    if found is not None:
        found = found.split(" ", 1)[0]
    else:
        spelt = spelling.get(word)  # "travelling" -> "traveling", whose lemma the table knows
        found = lemmas_.get(spelt, spelt).split(" ", 1)[0] if spelt else _regular(word)
    found = spelling.get(found, found)
    if len(_lemma_memo) > 200_000:
        _lemma_memo.clear()
    _lemma_memo[word] = found
    return found


def lemmas(word: str) -> tuple:
    """Every reading of a lower-case word's lemma, the usual one first ("rose" -> rise, rose)."""
    found = _table("lemmas").get(word)
    if found is None:
        return (lemma(word),)
    spelling = _table("spelling")
    return tuple(spelling.get(w, w) for w in found.split(" "))


def _regular(word: str) -> str:
    """A word the table lacks: undo a plain plural or third-person -s when the rest is a known word."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        rest = word[:-1]
        if rest in _table("families") or rest in _table("synonyms"):
            return rest
    return word


def _words(name: str, key: str) -> frozenset:
    hit = _parsed.get((name, key))
    if hit is None:
        raw = _table(name).get(key)
        hit = _parsed[(name, key)] = frozenset(raw.split(" ")) if raw else _EMPTY
    return hit


def family(word_lemma: str) -> frozenset:
    """Lemmas of the same word family ("announce" -> {"announcement"}), not the lemma itself."""
    return _words("families", word_lemma)


def antonyms(word_lemma: str) -> frozenset:
    """Lemmas of the opposite meaning ("rise" -> {"fall"}), from WordNet's direct antonyms."""
    return _words("antonyms", word_lemma)


def near(word_lemma: str) -> dict:
    """{lemma: strength} of words WordNet gives the same usual meaning (a synonym, 0.9) or puts
    directly above or below it (0.8): "say" -> {"state": 0.9, ...}, "factory" -> {"plant": 0.8}."""
    hit = _parsed.get(("synonyms", word_lemma))
    if hit is None:
        raw = _table("synonyms").get(word_lemma)
        hit = _parsed[("synonyms", word_lemma)] = {
            other: _STRENGTH[kind] for other, _, kind in (item.rpartition(":") for item in raw.split(" "))
        } if raw else {}
    return hit


def can_be_verb(word: str) -> bool:
    """Can this lower-case word be a verb ("bought", "announces"; not "albums")? Unknown words can."""
    return word in _table("verbs") or not known(word)


def known(word: str) -> bool:
    """Is the word an English word the tables know (as a form, a lemma or a family member)?"""
    return word in _table("lemmas") or word in _table("families") or word in _table("synonyms") or word in _table("spelling")
