"""Fronted phrases: an adverbial phrase that opens a sentence before its subject ("Despite curbs in
some EU states, Huawei ...", "In 2023, it ..."). Its names are not the subject's; what comes after
its comma is where the clause starts. A module of its own so that the verdict engine reads it
without importing the pronoun resolver."""

from __future__ import annotations

# (a partitive phrase is fronted as often: "Among the 14 operators, ...", "Of the nine trusts, ...")
_FRONTING_WORDS = frozenset("""despite after before in on with without although though while since following amid
during as when because unlike like under for at by from throughout among amongst across of""".split())


FRONTED_WORDS = 12  # at most this many words before the comma that ends a fronted phrase


def fronted_phrase_end(sentence: str) -> int:
    """Where the clause starts after a fronted adverbial phrase ("Despite ..., ", "In 2023, "), or 0."""
    words = sentence.split(maxsplit=1)
    if not words or words[0].lower().strip("\"'\u201c\u2018") not in _FRONTING_WORDS:
        return 0
    comma = sentence.find(", ")
    if comma < 0 or len(sentence[:comma].split()) > FRONTED_WORDS:
        return 0  # "In 2023 revenue rose by 12%, ...": no fronted phrase, the comma ends the clause
    if any(w in _FINITE_AUXILIARIES for w in sentence[:comma].split()[1:]):  # (as written: "In May 2025, ...")
        return 0  # "In February 2025 Lumenfold was ranked seventh, ...": a clause with its own verb, not a phrase
    return comma + 2


# the auxiliaries and forms of "be" that make a clause finite: an adverbial phrase has none of them
_FINITE_AUXILIARIES = frozenset("is are was were has have had will would shall can could may might must does did".split())
