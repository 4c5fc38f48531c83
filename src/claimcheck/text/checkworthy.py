"""How worth checking a sentence is: a linear model over word and character n-grams and a few
general signals (numbers, money and percentages, names, comparatives, first person, opinion words).

The model (data/checkworthy.json) is fitted by benchmarks/train_checkworthy.py on the CLEF
CheckThat! 2024 check-worthiness sentences; this module computes the same features and reads
the weights with the standard library only. The features are defined here, once: the training
script imports them, so training and use cannot drift apart.

Score = sigmoid(bias + sum of word n-gram weights / sqrt(distinct word n-grams)
                     + sum of character n-gram weights / sqrt(distinct character n-grams)
                     + signal weights . signals).
Presence of an n-gram counts, not its frequency; the square roots keep long and short
sentences comparable, and words apart from the far more numerous character n-grams. The classes were weighted equally in training, so 0.5 is the neutral cut.
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from itertools import repeat

from ..lazyre import lazy

MODEL_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "checkworthy.json")

_WORD_RE = lazy(r"[a-z0]+(?:['’][a-z]+)?|[$%]")
_DIGIT_RE = lazy(r"[0-9]+")
_CAP_WORD_RE = lazy(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+")

FIRST_PERSON = frozenset("i i'm i've i'll i'd me my mine myself we we're we've we'll we'd our ours us".split())
# Words that say what someone thinks or wants rather than what is: general English, not from any example.
OPINION = frozenset(
    """
    think believe feel hope wish guess suppose want love hate like prefer agree disagree should must ought
    great terrible wonderful awful horrible beautiful amazing fantastic disgrace disgraceful ridiculous stupid
    good bad best worst nice sad shame honestly frankly clearly obviously surely perhaps maybe probably
    """.split()
)
COMPARATIVE = frozenset(
    """
    more less fewer most least higher lower larger smaller bigger biggest largest smallest highest lowest
    increase increased increases decrease decreased decreases rise rose risen fell fallen doubled tripled
    halved percent per cent million billion trillion thousand hundred record first only since
    """.split()
)
SIGNALS = ("digit", "money_or_percent", "names", "many_names", "comparative", "first_person", "opinion",
           "question", "length", "short")


def normalise(text: str) -> str:
    """Lower case with every run of digits as one 0: "$750" and "$1,400" share their n-grams."""
    return _DIGIT_RE.sub("0", text.lower())


def ngrams(text: str) -> tuple:
    """(distinct word unigrams and bigrams with sentence edges, distinct character 2-5-grams within words)."""
    words = _WORD_RE.findall(normalise(text))
    word_grams = set(words)
    padded = ["<s>", *words, "</s>"]
    word_grams.update(f"{a} {b}" for a, b in zip(padded, padded[1:]))
    char_grams = set()
    for word in set(words):
        char_grams.update(_char_grams(word))
    return word_grams, char_grams


@lru_cache(maxsize=8192)
def _char_grams(word: str) -> tuple:
    """A word's character 2-5-grams with its edges, in order: words recur from sentence to sentence."""
    w = f" {word} "
    size = len(w)
    return tuple("#" + w[i : i + n] for n in range(2, 6) for i in range(size - n + 1))  # "#": not a word


def signals(text: str) -> list:
    """The general signals, each scaled to about 0..1."""
    words = _WORD_RE.findall(normalise(text))
    count = max(len(words), 1)
    names = len(_CAP_WORD_RE.findall(text.strip()))
    return [
        1.0 if any(ch.isdigit() for ch in text) else 0.0,
        1.0 if ("$" in text or "%" in text or "£" in text or "€" in text) else 0.0,
        1.0 if names else 0.0,
        min(names, 4) / 4,
        1.0 if any(w in COMPARATIVE for w in words) else 0.0,
        sum(w in FIRST_PERSON for w in words) / count,
        1.0 if any(w in OPINION for w in words) else 0.0,
        1.0 if text.rstrip().endswith("?") else 0.0,
        min(count, 40) / 40,
        1.0 if count < 5 else 0.0,
    ]


class Model:
    """Weights read from the packaged JSON: {"bias", "ngrams": {ngram: weight}, "signals": [weights], ...}."""

    def __init__(self, data: dict):
        if data.get("format") != 1:
            raise ValueError(f"check-worthiness model format {data.get('format')!r} is not supported")
        self.bias = float(data["bias"])
        self.weights = data["ngrams"]
        self.signal_weights = list(data["signals"])
        self.threshold = float(data.get("threshold", 0.5))
        self.info = data.get("info", {})

    def score(self, text: str) -> float:
        """Probability-like 0..1 that the sentence is a factual claim worth checking."""
        weights = self.weights
        total = 0.0
        for grams in ngrams(text):
            if grams:
                total += sum(map(weights.get, grams, repeat(0.0))) / math.sqrt(len(grams))
        total += sum(w * s for w, s in zip(self.signal_weights, signals(text)))
        z = self.bias + total
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_MODEL = None


def model() -> Model:
    """The packaged model, read once."""
    global _MODEL
    if _MODEL is None:
        with open(MODEL_PATH, encoding="utf-8") as f:
            _MODEL = Model(json.load(f))
    return _MODEL


def score(text: str) -> float:
    return model().score(text)
