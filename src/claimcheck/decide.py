"""From alignment and slot checks to a relation between a statement and one claim, and from the
relations with every candidate claim to a verdict.

Two decisions kept apart: *same matter* (does the claim record the fact the statement talks about?)
and *agreement* (do their slots agree?). A claim supports a statement about the same matter whose
slots it confirms and whose content it covers; it conflicts with one about the same matter when a
slot disagrees. How much coverage, alignment and agreement that takes is not hand-set: a
multinomial logistic model over the features below, fitted by benchmarks/fit_verdicts.py on
labelled pairs generated from claim bases and on VitaminC, read from data/verdict-model.json.
"""

from __future__ import annotations

import json
import math
import operator
import os
from typing import NamedTuple, Optional

from . import opposites
from .text import measures

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "verdict-model.json")
# fitted with one more feature, the sentence-embedding cosine, for when claimcheck[semantic] is installed
SEMANTIC_MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "verdict-model-semantic.json")
CLASSES = ("supports", "conflicts", "neither")
CONFLICT_SLOTS = ("amount", "date", "polarity", "opposite", "actor", "place", "name", "source", "frame")
SWAP_SLOTS = ("actor", "name", "place", "source")  # disagreements on who or where


class Thresholds(NamedTuple):
    """How sure the model must be before a claim supports or contradicts; None: the fitted value."""

    support: Optional[float] = None
    conflict: Optional[float] = None


class Judgement(NamedTuple):
    """What one claim says of a statement."""

    claim: object
    alignment: object
    checks: tuple  # SlotChecks
    features: dict
    support_probability: float  # the model's, before the gates below
    conflicts: float  # probability it contradicts it
    blocked: bool  # a slot gate holds: the claim cannot support, whatever the model says
    telling_gap: float  # the weight of the rarest non-verb the claim does not say, as a share of the rarest's
    doc: int = -1  # the claim's index in its base
    rank_share: float = 1.0  # its retrieval score as a share of the best candidate's

    @property
    def supports(self) -> float:
        """Probability the claim supports the statement: 0 when a gate holds or the statement says
        something the claim does not (a name it never mentions, a telling word it has no word for)."""
        if self.blocked or self.alignment.names_missing or self.telling_gap >= model().telling_share:
            return 0.0
        return self.support_probability

    @property
    def deciding_conflicts(self) -> list:
        return [c for c in self.checks if c.relation == "conflicts"]


def _cap(x, most):
    return min(float(x), most) / most


def features(alignment, checks, bm25_share: float, fuzz: float, statement_words: int, max_weight: float,
             copular: bool = False, present: bool = False) -> dict:
    """The numbers the model weighs, each in 0..1 (or a small count capped at 1)."""
    counts = {}  # (slot, relation) -> how many checks
    conflicts = []
    values = values_said = 0  # amounts' and dates' checks, and those that agree
    for c in checks:
        key = (c.slot, c.relation)
        counts[key] = counts.get(key, 0) + 1
        if c.relation == "conflicts":
            conflicts.append(c)
        if c.slot in ("amount", "date"):
            values += 1
            values_said += c.relation == "supports"

    def n(slot, relation):
        return counts.get((slot, relation), 0)

    value_conflict = 1.0 if n("amount", "conflicts") or n("date", "conflicts") else 0.0
    other_conflict = 1.0 if len(conflicts) > n("amount", "conflicts") + n("date", "conflicts") else 0.0
    links = alignment.links
    weights = [link.weight for link in links]
    said_words = [link.weight * link.score for link in links]
    uncovered = sum(1 for link in links if link.score < 0.5)
    worst_gap = max((link.weight * (1 - link.score) for link in links), default=0.0) / (max_weight or 1.0)
    # what happened is told by the statement's verbs: a claim that says none of them tells of
    # another event between the same parties ("can still buy" / "can no longer procure")
    verbs = [link for link in links if link.is_verb]
    verb_gap = max((link.weight * (1 - link.score) for link in verbs), default=0.0) / (max_weight or 1.0)
    has_conflict = 1.0 if conflicts else 0.0
    # coverage leaving out the names a disagreement swaps: a wrong name is the conflict, not another topic
    swapped = {c.name for c in conflicts if c.name}
    if swapped:
        described = {lemma for c in conflicts if c.name for lemma in c.described}  # (the wrong name's description too)
        kept = [link for link in links if link.term not in swapped and (link.is_name or link.term not in described)]
        names_missing_kept = [name for name in alignment.names_missing if name not in swapped]
        kept_total = sum(link.weight for link in kept) or 1.0
        coverage_kept = sum(link.weight * link.score for link in kept) / kept_total if kept else 0.0
    else:
        names_missing_kept = alignment.names_missing
        coverage_kept = sum(said_words) / (sum(weights) or 1.0) if links else 0.0
    # coverage with the statement's amounts and dates counted as content: each as much as the rarest
    # word, said when the claim gives the same value
    total = sum(weights) + max_weight * values
    said = sum(said_words) + max_weight * values_said
    coverage_all = said / total if total else 0.0
    polarity = 1.0 if n("polarity", "conflicts") else 0.0
    opposite = 1.0 if n("opposite", "conflicts") else 0.0
    actor = 1.0 if n("actor", "conflicts") or n("place", "conflicts") else 0.0
    name = 1.0 if n("name", "conflicts") else 0.0
    source = 1.0 if n("source", "conflicts") else 0.0
    frame = 1.0 if n("frame", "conflicts") else 0.0
    swap_subject = 1.0 if any(c.role == "subject" for c in conflicts) else 0.0
    f = {
        "coverage": alignment.coverage,
        "coverage_all": coverage_all,
        "clean_coverage_all": (1 - has_conflict) * coverage_all,
        "exact": alignment.exact,
        "reverse": alignment.reverse,
        "worst_gap": worst_gap,
        "verb_gap": verb_gap,
        "verbs_unsaid": _cap(sum(link.score < 0.5 for link in verbs), 2),
        "no_verb_said": 1.0 if verbs and all(link.score < 0.5 for link in verbs) else 0.0,
        "uncovered": _cap(uncovered, 4),
        "names_missing": _cap(len(alignment.names_missing), 3),
        "names_missing_kept": _cap(len(names_missing_kept), 2),
        "conflict_names_missing": has_conflict * _cap(len(names_missing_kept), 2),
        "amount_supports": _cap(n("amount", "supports"), 2),
        "amount_uncovered": _cap(n("amount", "uncovered"), 2),
        "amount_related": _cap(n("amount", "related"), 2),
        "date_supports": _cap(n("date", "supports"), 2),
        "date_uncovered": _cap(n("date", "uncovered"), 2),
        "date_related": _cap(n("date", "related"), 2),
        "value_conflict": value_conflict,
        "value_conflict_alignment": max((c.alignment for c in conflicts if c.slot in ("amount", "date")), default=0.0),
        "polarity_conflict": polarity,
        "opposite_conflict": opposite,
        "actor_conflict": actor,
        "name_conflict": name,
        "swaps": _cap(len(swapped), 3),
        "swap_subject": swap_subject,
        "swap_other": 1.0 if any(c.role in ("agent", "other") for c in conflicts) else 0.0,
        "source_conflict": source,
        "frame_conflict": frame,
        "frame_related": 1.0 if n("frame", "related") else 0.0,
        "modality_related": 1.0 if n("modality", "related") else 0.0,
        "other_conflict": other_conflict,
        "conflict_coverage": has_conflict * coverage_kept,
        "value_conflict_coverage": value_conflict * coverage_kept,
        "polarity_conflict_coverage": polarity * coverage_kept,
        "opposite_conflict_coverage": opposite * coverage_kept,
        "actor_conflict_coverage": actor * coverage_kept,
        "name_conflict_coverage": name * coverage_kept,
        "source_conflict_coverage": source * coverage_kept,
        "frame_conflict_coverage": frame * coverage_kept,
        "conflict_exact": has_conflict * alignment.exact,
        "clean_coverage": (1 - has_conflict) * alignment.coverage,
        "clean_worst_gap": (1 - has_conflict) * worst_gap,
        "bm25_share": bm25_share,
        "fuzz": fuzz,
        "short": 1.0 if statement_words <= 2 else 0.0,
        "copular": 1.0 if copular else 0.0,
        "swap_subject_present": (1.0 if present else 0.0) * swap_subject,
        "swap_subject_copular": (1.0 if copular else 0.0) * swap_subject,
    }
    return f


class Model:
    """A multinomial logistic model: one weight vector per class over named features."""

    def __init__(self, data: dict):
        self.weights = {cls: data["weights"][cls] for cls in CLASSES}
        self.bias = {cls: data["bias"][cls] for cls in CLASSES}
        self.support_threshold = data.get("support_threshold", 0.5)
        self.conflict_threshold = data.get("conflict_threshold", 0.5)
        self.telling_share = data.get("telling_share", 0.8)
        self.features = {name for weights in self.weights.values() for name in weights}
        self._rows = {}  # feature names in a features dict's order -> each class's weights in that order

    def _weight_rows(self, names: tuple) -> tuple:
        rows = self._rows.get(names)
        if rows is None:
            if len(self._rows) >= 64:  # features() gives one order, two with the semantic feature
                self._rows.clear()
            rows = self._rows[names] = tuple([self.weights[cls].get(name, 0.0) for name in names] for cls in CLASSES)
        return rows

    def probabilities(self, f: dict) -> dict:
        scores = {}
        values = f.values()
        # the products summed in the features' order, as a weight look-up per feature would
        for cls, row in zip(CLASSES, self._weight_rows(tuple(f))):
            scores[cls] = self.bias[cls] + sum(map(operator.mul, row, values))
        top = max(scores.values())
        exp = {cls: math.exp(s - top) for cls, s in scores.items()}
        total = sum(exp.values())
        return {cls: e / total for cls, e in exp.items()}


_model = None


def semantic_model() -> bool:
    """Is the model in force the one that weighs sentence embeddings (the extra installed, and a
    model fitted with them shipped)?"""
    return "semantic" in model().features


def model() -> Model:
    global _model
    if _model is None:
        path = MODEL_PATH
        if os.path.exists(SEMANTIC_MODEL_PATH):  # asked first: no semantic model shipped, nothing to import
            from . import semantic

            path = SEMANTIC_MODEL_PATH if semantic.available() else MODEL_PATH
        with open(path, encoding="utf-8") as f:
            _model = Model(json.load(f))
    return _model


def set_model(m) -> None:
    """Use another model (fitting scripts try theirs)."""
    global _model
    _model = m


# What a claim cannot support, whatever the model says: a figure or date it gives nothing to
# compare with, what it only says may, will or would have happened, what held only before
# some change, an opinion stated as fact, a denial it does not make, a change in amount it does
# not tell of, a place within the one it gives, an event undergone that it tells as done (and,
# below, a name or a telling word it lacks).
SUPPORT_GATES = (("amount", "uncovered"), ("date", "uncovered"), ("modality", "related"), ("frame", "related"),
                 ("polarity", "uncovered"), ("opposite", "uncovered"), ("place", "related"), ("actor", "related"))


def judge(claim, alignment, checks, f: dict, max_weight: float = 1.0, doc: int = -1, rank_share: float = 1.0,
          in_article: bool = False, act_unsaid: bool = False, claim_named: bool = False, claim_words=frozenset(),
          modifiers=frozenset(), held=frozenset()) -> Judgement:
    """``in_article``: another claim of the claim's article names what this one leaves unnamed;
    ``act_unsaid``: the claim gives a figure of the statement's but not the act it counts; ``claim_named``:
    the claim opens on a name it tells of; ``claim_words``: the claim's content lemmas; ``modifiers``: the
    statement's token indices of words that modify the noun after them; ``held``: those of words a claim must
    say whatever figures and dates it gives (engine._held_words)."""
    p = model().probabilities(f)
    conflicts = p["conflicts"] if any(c.relation == "conflicts" for c in checks) and (
        in_article or not another_matter(alignment)) and not (claim_named and _values_of_another(alignment, checks, claim.text)) else 0.0
    blocked = act_unsaid or any((c.slot, c.relation) in SUPPORT_GATES or c.relation == "conflicts" for c in checks)
    # a verb the claim words otherwise is often the same relation told another way ("increased" /
    # "rose"): the model weighs it; a noun or an adjective the claim lacks is new content
    unsaid = [link for link in alignment.links if not link.is_name and not link.is_verb and link.score < 0.5]
    gap = max((link.weight for link in unsaid), default=0.0)
    if len(unsaid) <= PINNED_WORDS and _values_pinned(checks) \
            and all(_in_other_words(link, alignment.links, claim_words, modifiers, held) for link in unsaid):
        gap = 0.0  # the statement's figures and dates, which the claim gives, pin the fact: a few words more are
        # its own words for it ("turnover" for "sales", "on the payroll" for "employed"), which the model weighs
    return Judgement(claim, alignment, tuple(checks), f, p["supports"], conflicts, blocked, gap / (max_weight or 1.0),
                     doc, rank_share)


PINNED_WORDS = 3  # words of its own a statement whose values a claim gives may have


def _in_other_words(link, links, claim_words, modifiers, held) -> bool:
    """May the statement's unsaid word be its own word for what the claim says, where figures pin the fact? Not a
    word that narrows one the claim says ("export sales"), another measure of the accounts ("profit" / "sales"),
    a word the claim must say whatever figures it gives (``held``, unless the claim names the same measure of the
    accounts: "turnover" / "sales"), nor one the claim has an exclusive sibling or an antonym of ("weekends" /
    "weekdays")."""
    word = link.term
    return not (_narrows_a_said_word(link, links, modifiers) or _another_accounts_measure(word, claim_words)
                or (link.index in held and not _same_accounts_measure(word, claim_words))
                or opposites.exclusive_siblings(word) & claim_words or opposites.opposite_words(word) & claim_words)


def _narrows_a_said_word(link, links, modifiers) -> bool:
    """Does the unsaid word modify the noun right after it, a word the claim says ("export sales", "ticket
    sales")? ``modifiers``: the statement's token indices of words that modify the noun after them."""
    return link.index in modifiers and any(other.index == link.index + 1 and other.score >= 0.5 for other in links)


def _another_accounts_measure(lemma: str, claim_words) -> bool:
    """Is the word a measure of the accounts the claim gives no word of the same measure for ("profit"
    against a claim of "sales"; "turnover" against one of "sales" is the same measure)?"""
    return measures.is_accounts_measure(lemma) and not any(
        measures.is_accounts_measure(word) and not measures.accounts_measures_differ(lemma, word) for word in claim_words)


def _same_accounts_measure(lemma: str, claim_words) -> bool:
    """Does the claim give another word for the same measure of the accounts ("sales" for "turnover")?"""
    return measures.is_accounts_measure(lemma) and not _another_accounts_measure(lemma, claim_words)


def _values_pinned(checks) -> bool:
    """Does the claim give the statement's figures and dates, at least one, and leave none unchecked?"""
    values = [c for c in checks if c.slot in ("amount", "date")]
    return bool(values) and all(c.relation == "supports" for c in values)


ANOTHER_MATTER = 0.4


def _values_of_another(alignment, checks, claim_text: str = "") -> bool:
    """Do only figures and dates disagree, with a claim that names none of the names the statement gives (the
    caller knows it names others of its own) ("Greystone Foods ... its sales were £210 million in 2024" against "Sales at
    Pennock's topped £55 million in 2026")? A figure or a date of another's is no misreading of the statement's."""
    names = [link for link in alignment.links if link.is_name]
    conflicting = [c for c in checks if c.relation == "conflicts"]
    # (a word of a missing name the claim writes may name the same one: "Councillor Pike" / "Joan Pike")
    return bool(names) and len(alignment.names_missing) >= len(names) and not alignment.titled_missing \
        and all(c.slot in ("amount", "date") for c in conflicting) \
        and not any(word in claim_text for name in alignment.names_missing for word in name.split() if word[:1].isupper())


def another_matter(alignment) -> bool:
    """Is the claim about another matter, so that no difference with it is a conflict? It names
    none of the two or more things the statement names, and says less than ANOTHER_MATTER of it.
    One name in another's place is a swap ("Redmoor are the champions" / "the champions are
    Harton"); every party of the statement replaced is another event ("Clemson beat Oklahoma" /
    "they then beat Switzerland"), unless the claim's article is about one of them: its title names
    it ("Partizan are the champions" under "Serbian SuperLiga"), or another of its claims does (the
    caller's ``in_article``: "the company" of one claim is the Valdor Motors of another)."""
    names = [link for link in alignment.links if link.is_name]
    return (len(names) >= 2 and len(alignment.names_missing) >= len(names) and not alignment.titled_missing
            and alignment.coverage < ANOTHER_MATTER)


def _told_only_by_the_conflict(conflict, support) -> bool:
    """Is the statement's word that a claim tells the opposite of one the supporting claim does not say at all
    ("Rovers lost to Saltash Town at Millbrook Park" against "beat Saltash Town 3-1" and "a crowd watched Rovers'
    match against Saltash Town at Millbrook Park")? The support is of the rest; what it leaves out, the conflict
    settles."""
    unsaid = {link.term for link in support.alignment.links if link.score < 0.5 and link.is_verb}
    return any(c.slot == "opposite" and c.word and c.word in unsaid for c in conflict.deciding_conflicts)


def thresholds(given: Optional[Thresholds] = None) -> tuple:
    """(support, conflict) in force: the given ones, else the fitted ones."""
    m = model()
    given = given or Thresholds()
    return (m.support_threshold if given.support is None else given.support,
            m.conflict_threshold if given.conflict is None else given.conflict)


def verdict(judgements, given: Optional[Thresholds] = None):
    """'supported', 'conflicting' or 'unverified', with the deciding judgement (or None)."""
    support_at, conflict_at = thresholds(given)
    best_support = max(judgements, key=lambda j: j.supports, default=None)
    best_conflict = max(judgements, key=lambda j: j.conflicts, default=None)
    # a name swapped in what is said of a name both give ("Ellen Marsh of the Green Party") is no mere other name
    swap_only = best_conflict is not None and all(c.slot in SWAP_SLOTS and c.role != "attribute"
                                                  for c in best_conflict.deciding_conflicts)
    if best_conflict is not None and best_conflict.conflicts >= conflict_at and (
        best_support is None or best_support.supports < support_at
        or (best_conflict.features["conflict_coverage"] >= best_support.alignment.coverage
            and not (swap_only and not best_support.alignment.names_missing))
        or _told_only_by_the_conflict(best_conflict, best_support)
    ):
        # a claim that supports loses only to one that is at least as close to the statement's matter;
        # never to one that only has another name there, when it names everything the statement does
        # ("Redmoor finished second" says nothing against "Stockford finished 14th", which a claim says)
        return "conflicting", best_conflict
    if best_support is not None and best_support.supports >= support_at:
        return "supported", best_support
    return "unverified", None
