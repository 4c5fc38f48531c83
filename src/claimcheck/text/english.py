"""English word knowledge from general resources: lemmas, word families, spelling, synonyms,
antonyms, which words can be verbs, which nouns are of persons, and the places demonyms are of.

The tables live in data/lexicon.bin, made by benchmarks/distill_lexicon.py from LemmInflect's
lemma table (the NIH SPECIALIST Lexicon) and WordNet 3.0: one table of words, read with the
standard library on first use (mapped, not read: a check looks up a few dozen words of its
three megabytes), whose entries are parsed when a word first comes up.
"""

from __future__ import annotations

import functools
import math
import os
import struct

from .lexicon import ORDINALS, ZERO_PLURALS

LEXICON_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "lexicon.bin")
SYNONYM, HYPERNYM = 0.9, 0.8  # strength of a WordNet synonym, and of a word directly above or below
_STRENGTH = {"s": SYNONYM, "h": HYPERNYM, "r": SYNONYM}  # ("r": a synonym in a later sense of one: see rarer_senses)
_EMPTY = frozenset()
_NONE = ("", "", "", "", "", "", "", "", "", "", "", "")

_blob = None  # the file, searched in place
_entries: dict = {}  # word -> parsed entry


class Entry:
    """What the lexicon knows of one word."""

    __slots__ = ("lemmas", "family", "spelling", "near", "rarer", "antonyms", "verb", "related", "known", "common", "place", "person",
                 "wholes", "rank")

    def __init__(self, raw):
        fields = raw.split("\t") if raw is not None else ()
        fields = (*fields, *_NONE[len(fields):])
        lemmas, family, spelling, near, antonyms, verb, related, name_only, place, person, wholes, rank = fields[:12]
        self.lemmas = tuple(lemmas.split(" ")) if lemmas else ()
        self.family = frozenset(family.split(" ")) if family else _EMPTY
        self.spelling = spelling
        kinds = [i.rpartition(":") for i in near.split(" ")] if near else []
        self.near = {w: _STRENGTH[k] for w, _, k in kinds}
        self.rarer = frozenset(w for w, _, k in kinds if k == "r")
        self.antonyms = frozenset(antonyms.split(" ")) if antonyms else _EMPTY
        self.verb = verb == "1"
        self.related = {w: float(v) for w, _, v in (i.rpartition(":") for i in related.split(" "))} if related else {}
        self.known = raw is not None
        self.common = self.known and name_only != "1"
        self.place = place.replace("_", " ")
        self.person = person == "1"
        self.wholes = tuple(w.replace("_", " ") for w in wholes.split(" ")) if wholes else ()
        self.rank = int(rank) if rank else 0


class _Lexicon:
    def __init__(self, blob):
        if blob[:4] != b"CCLX" or blob[4] != 5:
            raise ValueError(f"{LEXICON_PATH}: not a claimcheck lexicon (version 5)")
        (self.n,) = struct.unpack_from("<I", blob, 5)
        n1 = self.n + 1
        self.key_offsets = memoryview(blob)[9 : 9 + 4 * n1].cast("I")
        self.entry_offsets = memoryview(blob)[9 + 4 * n1 : 9 + 8 * n1].cast("I")
        self.keys_at = 9 + 8 * n1
        self.entries_at = self.keys_at + self.key_offsets[self.n]
        self.blob = blob

    def get(self, word: str):
        """The raw entry of a word, by binary search over the sorted keys; None when absent."""
        target = word.encode("utf-8")
        blob, offsets, at = self.blob, self.key_offsets, self.keys_at
        lo, hi = 0, self.n
        while lo < hi:
            mid = (lo + hi) // 2
            key = blob[at + offsets[mid] : at + offsets[mid + 1]]
            if key < target:
                lo = mid + 1
            elif key > target:
                hi = mid
            else:
                e = self.entry_offsets
                return blob[self.entries_at + e[mid] : self.entries_at + e[mid + 1]].decode("utf-8")
        return None


def _load():
    global _blob
    import mmap

    with open(LEXICON_PATH, "rb") as f:  # the mapping outlives the file object
        _blob = _Lexicon(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    return _blob


def entry(word: str) -> Entry:
    found = _entries.get(word)
    if found is None:
        found = Entry((_blob or _load()).get(word))
        if len(_entries) > 200_000:
            _entries.clear()
        _entries[word] = found
    return found


def american(word: str) -> str:
    """The American spelling of a lower-case word ("centre" -> "center"), or the word itself."""
    return entry(word).spelling or word


_lemma_memo: dict = {}


def lemma(word: str) -> str:
    """The dictionary form of a lower-case word, in American spelling ("meetings" -> "meeting",
    "bought" -> "buy", "standardised" -> "standardize"); a word the tables don't know stays as it is."""
    found = _lemma_memo.get(word)
    if found is not None:
        return found
    e = entry(word)
    if word in ZERO_PLURALS:
        found = word  # a plural the same as its singular ("series", "species"): no "serie" to take it from
    elif e.lemmas:
        found = e.lemmas[0]
    elif e.spelling:  # "travelling" -> "traveling", whose lemma the table knows
        spelt = entry(e.spelling)
        found = spelt.lemmas[0] if spelt.lemmas else e.spelling
    else:
        found = _regular(word)
    found = american(found)
    if len(_lemma_memo) > 200_000:
        _lemma_memo.clear()
    _lemma_memo[word] = found
    return found


def lemmas(word: str) -> tuple:
    """Every reading of a lower-case word's lemma, the usual one first ("rose" -> rise, rose)."""
    e = entry(word)
    if not e.lemmas or word in ZERO_PLURALS:
        return (lemma(word),)
    return tuple(american(w) for w in e.lemmas)


def _regular(word: str) -> str:
    """A word the table lacks: undo a plain plural or third-person -s when the rest is a known word."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        rest = word[:-1]
        if entry(rest).known:
            return rest
    return word


def family(word_lemma: str) -> frozenset:
    """Lemmas of the same word family ("announce" -> {"announcement"}), not the lemma itself."""
    return entry(word_lemma).family


def place_of(demonym: str) -> str:
    """The place a lower-case demonym is of ("cornish" -> "Cornwall", "glaswegian" -> "Glasgow"), or ""."""
    return entry(demonym).place


def wholes_of(place: str) -> tuple:
    """The countries, states and districts a place a demonym names is part of, nearest first
    ("Cornwall" -> ("England", "United Kingdom")), or ()."""
    return entry(place.lower()).wholes if place.isalpha() else ()


def names_a_person(noun_lemma: str) -> bool:
    """Is the noun a kind of person in one of its first two senses ("resident", "passenger"), or a closed
    compound the tables do not know whose last part is one ("busdriver": driver)?"""
    if entry(noun_lemma).person:
        return True
    parts = compound_parts(noun_lemma)
    return bool(parts) and entry(parts[-1]).person


def antonyms(word_lemma: str) -> frozenset:
    """Lemmas of the opposite meaning ("rise" -> {"fall"}), from WordNet's direct antonyms."""
    return entry(word_lemma).antonyms


def near(word_lemma: str) -> dict:
    """{lemma: strength} of words WordNet gives the same usual meaning (a synonym, 0.9) or puts
    directly above or below it (0.8): "say" -> {"state": 0.9, ...}, "factory" -> {"plant": 0.8}."""
    return entry(word_lemma).near


def rarer_senses(word_lemma: str) -> frozenset:
    """The words of ``near`` that are the word's synonyms only in a later sense of one of the two ("dismiss" /
    "sack", "act" / "play"): enough to say the word, too loose to deny it ("acted as treasurer" denies no
    "did not play for the club")."""
    return entry(word_lemma).rarer


def related(word_lemma: str) -> dict:
    """{word: similarity} of common words all-MiniLM-L6-v2 finds nearly alike (0.5 or more)."""
    return entry(word_lemma).related


# words of closed classes the tables do not know (WordNet lists open-class words only), which are never a
# verb: prepositions, determiners, relative and interrogative pronouns ("profit for the first half came to":
# "for" is no verb between a noun and a determiner)
_NEVER_VERBS = frozenset("the of for with onto by over between per beyond amid which what".split())


def can_be_verb(word: str) -> bool:
    """Can this lower-case word be a verb ("bought", "announces"; not "albums")? Unknown words can,
    except the function words above."""
    e = entry(word)
    return e.verb or (not e.known and word not in _NEVER_VERBS)


def inflected_verb(word: str) -> bool:
    """Is the lower-case word a verb in a form of its own ("rose", "opened", "sells"), not its base
    form, which is often a noun as well ("rate", "cut")?"""
    return word.isalpha() and can_be_verb(word) and lemma(word) not in (word, american(word))  # (not "centre")


def known(word: str) -> bool:
    """Is the word an English word the tables know (as a form, a lemma or a family member)?"""
    return entry(word).known


def common_word(word: str) -> bool:
    """Is the lower-case word one English writes in lower case ("captain", "volleyball"), not a
    name the tables know only from the model's vocabulary ("reyes", "torres")?"""
    return entry(word).common


# Zipf's law: the word of rank r makes about a tenth of 1/r of running English, so that a sentence of
# some 25 words holds it with a chance of about 2.5 / r (the first two or three are in nearly every one)
_ZIPF_SENTENCE = 2.5
_RANKED = 22_500  # the words the ranks have: the vocabulary's whole words
_RAREST_SHARE = math.log(_RANKED / _ZIPF_SENTENCE)


def rarity(word: str) -> float:
    """How rare a lower-case word is in English, from 0.1 to 1: what a sentence's holding it tells
    (minus the log of the chance, by Zipf's law, that a sentence holds it), as a share of what the
    last ranked word's tells; 1 for a word the ranks do not have (rarer still, or no English word)."""
    rank = entry(word).rank
    if not rank:
        return 1.0
    return min(1.0, max(0.1, math.log(rank / _ZIPF_SENTENCE) / _RAREST_SHARE))


# words of degree, share and sufficiency ("more", "half", "twice", "enough") and the parts of a day
# ("on the morning of 4 May"): however common, each tells a fact of its own, which no check of
# figures or dates compares
_MEASURING_WORDS = frozenset("more most less least fewer fewest better best worse worst further furthest farther farthest "
                             "half quarter double triple treble twice enough sufficient insufficient "
                             "morning afternoon evening night midnight noon midday dawn dusk overnight".split())


def states_measure(written: str, word_lemma: str) -> bool:
    """Does the word as written state a degree, a rank, a share or a time of day: a comparative or
    a superlative ("larger", "largest" of "large"), an ordinal ("third"), or a word of _MEASURING_WORDS?"""
    return written in _MEASURING_WORDS or written in ORDINALS or (
        written != word_lemma and written.endswith(("er", "est")) and not word_lemma.endswith(("er", "est")))


_COMPOUND_PART = 3  # letters a part of a closed compound has at least ("car" of "carmaker")


@functools.lru_cache(maxsize=8192)
def compound_parts(word: str) -> tuple:
    """The two lemmas of a closed compound the tables do not know as a whole ("chipmakers" -> chip,
    maker; "homeowner" -> home, owner; "chipmaking" -> chip, make), else (): its head is the second
    part, which is a known word, as is the first. The longest known head is taken."""
    if known(word) or not word.isalpha() or len(word) < 2 * _COMPOUND_PART:
        return ()
    for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
        first, head = word[:cut], word[cut:]
        if entry(first).known and first == lemma(first) and entry(head).known:
            return first, lemma(head)
    return ()
