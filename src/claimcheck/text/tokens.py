"""Words with their offsets, a light stemmer, and synonym folding. Linear-time regexes only."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import NEGATORS, STOPWORDS, SYNONYM_GROUPS, WEAK_WORDS

# An acronym with dots (U.S., e.g.), a number with separators (207,000 / 5.5G), or a word (R&D, Huawei's).
TOKEN_RE = re.compile(
    r"[A-Za-z](?:\.[A-Za-z])+\.?"
    r"|\d+(?:[.,]\d+)*[A-Za-z]*"
    r"|[A-Za-z][A-Za-z0-9]*(?:['’&][A-Za-z0-9]+)*"
)

_IRREGULAR = {
    "bought": "buy", "made": "make", "sold": "sell", "ran": "run", "met": "meet", "built": "build",
    "began": "begin", "took": "take", "led": "lead", "held": "hold", "won": "win", "lost": "lose",
    "paid": "pay", "spent": "spend", "grew": "grow", "rose": "rise", "fell": "fall", "said": "say",
    "people": "people", "news": "news", "series": "series", "us": "us", "has": "have", "was": "be", "is": "be",
    "its": "its", "this": "this", "analysis": "analysis", "crisis": "crisis", "less": "less",
}


class Token(NamedTuple):
    """A word and where it stands. The flags are computed once: tokens are made by the million."""

    text: str
    start: int
    end: int
    lower: str
    stem: str  # stemmed and synonym-folded; "" when absorbed into a phrase
    is_cap: bool
    is_number: bool
    is_content: bool  # carries meaning: not a stopword, negator, number, weak or absorbed word

    @property
    def is_stop(self) -> bool:
        return self.lower in STOPWORDS


_AMOUNT_SUFFIXES = frozenset("st nd rd th s k m b bn tn mn mln bln trn tr".split())


def make_token(text: str, start: int, end: int, lower: str, stem_: str) -> Token:
    first = text[0]
    digit = first.isdigit()
    if digit:
        # "5G", "5.5G", "A320" name things and must match; "207,000", "11th", "$143bn" are amounts or dates
        suffix = lower.lstrip("0123456789.,")
        content = bool(suffix) and suffix not in _AMOUNT_SUFFIXES
        return _new_token((text, start, end, lower, lower if content else stem_, False, not content, content))
    content = bool(stem_) and stem_ not in _NOT_CONTENT_STEMS and lower not in _NOT_CONTENT_WORDS and stem_ not in WEAK_WORDS
    return _new_token((text, start, end, lower, stem_, first.isupper(), digit, content))


def normalise_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    if "." in word:
        word = word.replace(".", "")
    return word


_lower = lru_cache(maxsize=65536)(lambda word: normalise_word(word))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stemmer with British -ise spellings folded to -ize, then synonyms folded."""
    base = _stem(normalise_word(word))
    return _SYNONYMS.get(base, base)


def _stem(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if "isation" in word:
        word = word.replace("isation", "ization")
    for suffix in ("ises", "ised", "ising", "ise"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            word = word[: -len(suffix)] + "ize"
            break
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ied") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = _undouble(word[:-3])
    elif word.endswith("ed") and len(word) > 4:
        word = _undouble(word[:-2])
    elif word.endswith("ly") and len(word) > 6:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


_SYNONYMS: dict = {}
for _label, _words in SYNONYM_GROUPS:
    for _w in _words.split():
        _SYNONYMS[_stem(normalise_word(_w))] = _label


PAST_HABIT = "<used-to>"  # "used to buy": held in the past, no longer
HAVE = "<have>"  # "is made up of", "counts", "comprises": no more than "has"
_NOT_CONTENT_STEMS = frozenset([PAST_HABIT, HAVE])

# Phrasal verbs that mean one thing: the first word takes the phrase's meaning, the others are absorbed.
PHRASES = {
    ("made", "up", "of"): HAVE, ("make", "up"): HAVE, ("makes", "up"): HAVE,
    ("consist", "of"): HAVE, ("consists", "of"): HAVE, ("comprise",): HAVE, ("comprises",): HAVE,
    ("composed",): HAVE, ("comprised",): HAVE, ("counts",): HAVE, ("boasts",): HAVE,
    ("set", "up"): "establish", ("sets", "up"): "establish", ("setting", "up"): "establish",
    ("set", "to"): HAVE, ("due", "to"): HAVE,  # "is set to meet": scheduled, no more
    # "produced in the country", "the company said": a reference back to a name, not a new word
    ("the", "country"): HAVE, ("the", "company"): HAVE, ("the", "firm"): HAVE,
    ("take", "part"): "join", ("took", "part"): "join", ("taking", "part"): "join", ("takes", "part"): "join",
    ("called", "on"): "urge", ("calls", "on"): "urge", ("call", "on"): "urge",
    ("wind", "up"): "end", ("wound", "up"): "end",
    ("ran", "until"): "end", ("run", "until"): "end", ("runs", "until"): "end", ("last", "until"): "end",
    ("lasted", "until"): "end", ("lasts", "until"): "end", ("continue", "until"): "end", ("continues", "until"): "end",
    ("research", "and", "development"): "research", ("research", "&", "development"): "research",
    ("used", "to"): PAST_HABIT, ("use", "to"): PAST_HABIT,
}
_PHRASE_FIRST = {k[0] for k in PHRASES}


_NOT_CONTENT_WORDS = STOPWORDS | NEGATORS | WEAK_WORDS
_tuple_new = tuple.__new__


def _new_token(fields) -> Token:
    return _tuple_new(Token, fields)  # what Token._make does, without its checks: tokens are many


_WORD_INFO: dict = {}  # raw word -> (lower, stem, is_cap, is_number, is_content): words repeat, tokens are many


def _info(raw: str):
    info = _WORD_INFO.get(raw)
    if info is None:
        if len(_WORD_INFO) > 200_000:
            _WORD_INFO.clear()
        token = make_token(raw, 0, 0, _lower(raw), stem(raw))
        info = _WORD_INFO[raw] = token[3:]
    return info


def tokenize(text: str) -> list:
    tokens = []
    append = tokens.append
    phrase_at = False
    for m in TOKEN_RE.finditer(text):
        raw = m.group()
        info = _WORD_INFO.get(raw) or _info(raw)
        phrase_at = phrase_at or info[0] in _PHRASE_FIRST
        append(_tuple_new(Token, (raw, *m.span(), *info)))
    if not phrase_at:
        return tokens
    for i, tok in enumerate(tokens):
        if tok.lower in _PHRASE_FIRST:
            for size in (3, 2, 1):
                key = tuple(t.lower for t in tokens[i : i + size])
                if len(key) == size and key in PHRASES:
                    tokens[i] = make_token(tok.text, tok.start, tok.end, tok.lower, PHRASES[key])
                    for j in range(i + 1, i + size):
                        absorbed = tokens[j]
                        tokens[j] = make_token(absorbed.text, absorbed.start, absorbed.end, absorbed.lower, "")
                    break
    return tokens


def content_stems(text: str) -> list:
    return [t.stem for t in tokenize(text) if t.is_content]
