"""English word knowledge from general resources: lemmas, word families, spelling, antonyms.

The tables live in data/lexicon.bin, made by benchmarks/distill_lexicon.py from LemmInflect's
lemma table (the NIH SPECIALIST Lexicon) and WordNet 3.0; read here with the standard library,
once, on first use.
"""

from __future__ import annotations

import os
import zlib

LEXICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "lexicon.bin")

_lemmas: dict = {}  # inflected form -> "lemma [lemma...]"
_families: dict = {}  # lemma -> "lemma lemma ..." of the same word family
_spelling: dict = {}  # British -> American
_antonyms: dict = {}  # lemma -> set of lemmas
_verbs: set = set()  # words that can be verbs
_loaded = False
_EMPTY = frozenset()


def _load():
    global _loaded
    with open(LEXICON_PATH, "rb") as f:
        blob = f.read()
    if blob[:4] != b"CCLX" or blob[4] != 1:
        raise ValueError(f"{LEXICON_PATH}: not a claimcheck lexicon (version 1)")
    section = None
    tables = {"lemmas": _lemmas, "families": _families, "spelling": _spelling}
    for line in zlib.decompress(blob[5:]).decode("utf-8").split("\n"):
        if line[:1] == "@":
            section = line[1:]
            continue
        if section == "verbs":
            _verbs.add(line)
            continue
        key, _, value = line.partition("\t")
        if section == "antonyms":
            _antonyms.setdefault(key, set()).add(value)
            _antonyms.setdefault(value, set()).add(key)
        else:
            tables[section][key] = value
    _loaded = True


def _american(word: str) -> str:
    return _spelling.get(word, word)


_lemma_memo: dict = {}


def lemma(word: str) -> str:
    """The dictionary form of a lower-case word, in American spelling ("meetings" -> "meeting",
    "bought" -> "buy", "standardised" -> "standardize"); a word the tables don't know stays as it is."""
    found = _lemma_memo.get(word)
    if found is not None:
        return found
    if not _loaded:
        _load()
    found = _lemmas.get(word)
    if found is not None:
        found = found.split(" ", 1)[0]
    else:
        spelt = _spelling.get(word)  # "travelling" -> "traveling", whose lemma the table knows
        found = _lemmas.get(spelt, spelt).split(" ", 1)[0] if spelt else _regular(word)
    found = _american(found)
    if len(_lemma_memo) > 200_000:
        _lemma_memo.clear()
    _lemma_memo[word] = found
    return found


def lemmas(word: str) -> tuple:
    """Every reading of a lower-case word's lemma, the usual one first ("rose" -> rise, rose)."""
    if not _loaded:
        _load()
    found = _lemmas.get(word)
    if found is None:
        return (lemma(word),)
    return tuple(_american(w) for w in found.split(" "))


def _regular(word: str) -> str:
    """A word the table lacks: undo a plain plural or third-person -s when the rest is a known word."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        rest = word[:-1]
        if rest in _families or rest in _spelling:
            return rest
    return word


def family(word_lemma: str) -> frozenset:
    """Lemmas of the same word family ("announce" -> {"announcement"}), not the lemma itself."""
    if not _loaded:
        _load()
    found = _families.get(word_lemma)
    if found is None:
        return _EMPTY
    if isinstance(found, str):
        found = _families[word_lemma] = frozenset(found.split(" "))
    return found


def antonyms(word_lemma: str) -> set:
    """Lemmas of the opposite meaning ("rise" -> {"fall"}), from WordNet's direct antonyms."""
    if not _loaded:
        _load()
    return _antonyms.get(word_lemma, _EMPTY)


def can_be_verb(word: str) -> bool:
    """Can this lower-case word be a verb ("bought", "announces"; not "albums")? Unknown words can."""
    if not _loaded:
        _load()
    return word in _verbs or not known(word)


def known(word: str) -> bool:
    """Is the word an English word the tables know (as a form, a lemma or a family member)?"""
    if not _loaded:
        _load()
    return word in _lemmas or word in _families or word in _spelling
