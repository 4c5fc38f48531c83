"""Labelled statements generated from a claim base, for measuring verdicts on any topic.

    from claimcheck.claimbase import load_claim_base
    from claimcheck.pairs import generate

    for pair in generate(load_claim_base(["claims.yaml"]), seed=0):
        print(pair.expected, pair.kind, pair.statement)

Each claim gives the statements its text allows, one kind of change at a time:

- supported: ``quote`` (the quote itself), ``text`` (the normalised text), ``number-form``
  (an amount written another way: "€2.4 billion" / "2.4 billion euros", "27" / "twenty-seven"),
  ``date-form`` ("4 May 2024" / "May 4, 2024");
- conflicting: ``amount`` (a figure changed by 25% or more, or a bound reversed: "more than
  70" -> "fewer than 35"), ``date`` (year, month or day shifted), ``actor`` (who did it, or
  who said it, swapped for another name of the same kind from the base), ``place`` (a place
  swapped for another of the same kind), ``negation`` (the main verb negated, or a negation
  removed), ``antonym`` ("rose" -> "fell", from a short list of true antonyms);
- unverified: ``subject-swap`` (the holder of a property swapped: the base says nothing of
  the other's), ``extra-detail`` (an amount or date no claim gives, appended), ``modality``
  (a plan stated as done).

A statement that could match another claim of the base (a changed figure that another claim
gives, a swapped name that another claim credits with the same thing, a plan that another
claim reports done) is not generated; nor is one whose label would depend on which of two
disagreeing sources is right. The same statement twice is kept once, and dropped altogether
if two kinds would label it differently. The generator reads claim texts on its own terms
and never the verdict engine's analysis: it measures that engine.
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

from . import conflicting, supported, unverified
from .context import BaseContext

# kind -> the label a statement of that kind gets
KINDS = {
    "quote": "supported",
    "text": "supported",
    "number-form": "supported",
    "date-form": "supported",
    "amount": "conflicting",
    "date": "conflicting",
    "actor": "conflicting",
    "place": "conflicting",
    "negation": "conflicting",
    "antonym": "conflicting",
    "subject-swap": "unverified",
    "extra-detail": "unverified",
    "modality": "unverified",
}
_MAKERS = {
    "quote": supported.quote,
    "text": supported.text,
    "number-form": supported.number_form,
    "date-form": supported.date_form,
    "amount": conflicting.amount,
    "date": conflicting.date,
    "actor": conflicting.actor,
    "place": conflicting.place,
    "negation": conflicting.negation,
    "antonym": conflicting.antonym,
    "subject-swap": unverified.subject_swap,
    "extra-detail": unverified.extra_detail,
    "modality": unverified.modality,
}


class Pair(NamedTuple):
    statement: str
    expected: str  # supported | conflicting | unverified
    kind: str
    claim_id: str
    note: str  # what was changed


def generate(base, seed: int = 0, kinds=None) -> list:
    """Labelled statements from every claim of ``base`` (a ClaimBase), in claim order.

    The same base and seed always give the same pairs; ``kinds`` limits them to some kinds."""
    wanted = list(KINDS) if kinds is None else [k for k in KINDS if k in set(kinds)]
    unknown = set(kinds or ()) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown pair kind(s): {', '.join(sorted(unknown))} (known: {', '.join(KINDS)})")
    ctx = BaseContext(base)
    said = {_key(c.text) for c in base.claims} | {_key(c.quote) for c in base.claims}
    pairs = []
    for claim in base.claims:
        info = ctx.infos[claim.id]
        for kind in wanted:
            rng = random.Random(f"{seed}:{claim.id}:{kind}")
            for statement, note in _MAKERS[kind](ctx, info, rng):
                statement = statement.strip()
                expected = KINDS[kind]
                if expected != "supported" and _key(statement) in said:
                    continue  # a perturbation that lands on a claim's own words is no perturbation
                pairs.append(Pair(statement, expected, kind, claim.id, note))
    return _unique(pairs)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(".")).lower()


def _unique(pairs: list) -> list:
    labels = {}
    for pair in pairs:
        labels.setdefault(_key(pair.statement), set()).add(pair.expected)
    seen, out = set(), []
    for pair in pairs:
        key = _key(pair.statement)
        if key in seen or len(labels[key]) > 1:
            continue
        seen.add(key)
        out.append(pair)
    return out
