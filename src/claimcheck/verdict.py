"""Compare what a statement says with what one claim says.

Fuzzy similarity only finds candidates; what decides is element by element:
amounts, calendar dates, who acted, where, and polarity. A claim *supports* a
statement when it covers all of the statement's content and every element agrees;
it *conflicts* when it is about the same matter and an element disagrees.
"""

from __future__ import annotations

from math import fsum  # sums over sets: exact, so the same in every process whatever the set's order
from typing import NamedTuple

from .analysis import Analysis
from .text import dates as date_parser
from .text import quantities as quantity_parser

SUPPORT_COVERAGE = 0.78  # share of the statement's (weighted) content the claim must hold to support it
CONFLICT_COVERAGE = 0.55  # share it must hold to be "about the same matter" when an element disagrees


class Thresholds(NamedTuple):
    support_coverage: float = SUPPORT_COVERAGE
    conflict_coverage: float = CONFLICT_COVERAGE


DEFAULT_THRESHOLDS = Thresholds()
CONTEXT_WINDOW = 6
GENERIC_WORD_SHARE = 0.5  # a word weighing under half the rarest is common in the base
UNKNOWN_TERM = "\0"  # no claim holds it, so it weighs as the rarest term


class ElementCheck(NamedTuple):
    """One checkable element of the statement (an amount, a date) against a claim."""

    kind: str  # quantity | date
    key: int  # index of the element in the statement's list
    relation: str  # supports | conflicts | related | uncovered
    alignment: float  # how well the element's context matches the claim's (0..1)
    reason: str
    span: tuple = ()
    counts_names: bool = False  # an enumeration: the names listed are part of the amount
    claimed: object = None  # the claim's Quantity or DateRef it was compared with


class Comparison:
    """What one claim says of a statement: how much of it the claim covers, and where they differ."""

    def __init__(self, coverage: float, similarity: float, thresholds: Thresholds = DEFAULT_THRESHOLDS):
        self.coverage = coverage  # weighted share of the statement's content the claim holds
        self.similarity = similarity  # 0..1 overall closeness, for ranking
        self.thresholds = thresholds
        self.elements: list = []
        self.conflicts: list = []  # (reason, span, swapped name) for polarity, actor and place
        self.missing_names: list = []
        self.missing_words: list = []
        self.missing_action = ""  # what the statement's actor does, when the claim never says it
        self.frame_mismatch = ""  # the claim holds only before an event the statement leaves out, or vice versa
        self.hedge_mismatch = False  # the claim says it may be (or would have been); the statement says it is
        self.anchored = False
        self.substantive = True  # the statement says something beyond names ("Acme in Leeds" does not)
        # Coverage is weighted by rarity, which shifts with the base, so a support must also not lack a
        # word that could change the meaning: "foreign" for "domestic" is one word, and the whole difference.
        self.telling_missing = True
        self.coverage_for_conflict = -1.0  # coverage leaving out the names a conflict swaps

    @property
    def supports(self) -> bool:
        return (
            self.substantive
            and self.coverage >= self.thresholds.support_coverage
            and not self.telling_missing
            and not self.missing_names
            and not self.missing_action
            and not self.frame_mismatch
            and not self.hedge_mismatch
            and not self.conflicts
            and all(e.relation == "supports" for e in self.elements)
        )

    @property
    def same_matter(self) -> bool:
        coverage = max(self.coverage, self.coverage_for_conflict)
        return self.anchored and coverage >= self.thresholds.conflict_coverage


def compare(statement: Analysis, claim: Analysis, weight, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Comparison:
    """``weight(term)`` gives a term's importance (inverse document frequency over the claim base)."""
    claim_terms = set(claim.content) | claim.names | claim.voices
    items = [(t, weight(t)) for t in statement.content] + [(n, weight(n) * 1.5) for n in statement.names]
    total = fsum(w for _, w in items) or 1.0
    covered = fsum(w for t, w in items if t in claim_terms)
    coverage = covered / total if items else 0.0
    shared_names = statement.names & claim.names
    shared_words = [t for t in statement.content if t in claim.content]
    result = Comparison(coverage=coverage, similarity=0.0, thresholds=thresholds)
    result.substantive = bool(statement.content or statement.quantities or statement.calendar_dates)
    # At most one common word ("industry", "sector") may be missing from a long statement; a rare
    # one ("foreign" for "domestic", "tax" for "trade") is the whole difference.
    missing = [t for t in statement.content if t not in claim_terms]
    ceiling = GENERIC_WORD_SHARE * weight(UNKNOWN_TERM)
    result.telling_missing = bool(missing) and not (
        len(missing) == 1 and len(statement.content) >= 3 and weight(missing[0]) <= ceiling)
    result.missing_words = [_surface(statement, t) for t in missing]
    # who the claim is attributed to covers a name, unless the statement has that name do something
    actors = {m.name for m in statement.agents.values()}
    result.missing_names = sorted(statement.names - claim.names - (claim.voices - actors))
    result.missing_action = next((p for p in statement.agents if p not in claim_terms and p in statement.content), "")
    result.frame_mismatch = _frame_mismatch(statement, claim)
    result.hedge_mismatch = claim.hedged and not statement.hedged
    result.elements = _quantities(statement, claim) + _dates(statement, claim)
    # the same matter is anchored by a name, two words, or a word and an amount or date of the same kind
    compared = any(e.relation != "uncovered" for e in result.elements)
    result.anchored = bool(shared_names) or len(shared_words) >= 2 or (len(shared_words) == 1 and compared)
    polarity = [] if result.frame_mismatch else _polarity(statement, claim)
    places = [] if result.missing_action else _places(statement, claim)  # where, of the same act
    result.conflicts = (polarity + _actors(statement, claim) + places + _swapped_places(statement, claim)
                        + _opposites(statement, claim))
    conflict_spans = [e.span for e in result.elements if e.relation == "conflicts" and e.span and e.counts_names]
    if result.conflicts or any(e.relation == "conflicts" for e in result.elements):
        # a name swapped for another, or listed inside a wrong count, is the disagreement
        # itself, not a sign of another topic; nor is who reports it ("the footnote says ...")
        swapped = {n for _, _, n in result.conflicts if n}
        swapped |= {m.name for m in statement.mentions if any(s <= m.start < e for s, e in conflict_spans)}
        swapped |= statement.speaker_terms()
        kept = [(t, w) for t, w in items if t not in swapped]
        kept_total = fsum(w for _, w in kept) or 1.0
        result.coverage_for_conflict = fsum(w for t, w in kept if t in claim_terms) / kept_total
    if claim.weight_total is None:
        claim.weight_total = fsum(weight(t) for t in claim_terms) or 1.0
    reverse = fsum(weight(t) for t in claim_terms if t in statement.content or t in statement.names) / claim.weight_total
    result.similarity = 0.75 * coverage + 0.25 * reverse
    return result


# ---------------------------------------------------------------- amounts


def _context(analysis: Analysis, start: int, end: int) -> set:
    """Content words and names near a span: what an amount or a date is about."""
    toks = analysis.tokens
    idx = [i for i, t in enumerate(toks) if start <= t.start < end]
    if not idx:
        return set()
    lo, hi = max(0, idx[0] - CONTEXT_WINDOW), min(len(toks), idx[-1] + 1 + CONTEXT_WINDOW)
    words = {toks[i].stem for i in range(lo, hi) if (i < idx[0] or i > idx[-1]) and toks[i].is_content}
    words |= {m.name for m in analysis.mentions if (m.last >= lo and m.first < hi) and not (start <= m.start < end)}
    return words


def _alignment(a: set, b: set) -> float:
    return len(a & b) / len(a) if a else 0.5


def _quantities(statement: Analysis, claim: Analysis) -> list:
    out = []
    for k, sq in enumerate(statement.quantities):
        candidates = [cq for cq in claim.quantities if quantity_parser.compatible(sq, cq)]
        if not candidates:
            out.append(ElementCheck("quantity", k, "uncovered", 0.0, f"the claim gives no {sq.noun or 'figure'} to compare with {sq.describe()}", (sq.start, sq.end)))
            continue
        s_ctx = _context(statement, sq.start, sq.end)
        scored = []
        for cq in candidates:
            align = _alignment(s_ctx, _context(claim, cq.start, cq.end)) if cq.start >= 0 else 0.5
            if sq.noun and sq.noun.rstrip("s") == cq.noun.rstrip("s"):
                align += 0.5  # the same noun counted beats a noun of the same kind
            scored.append((min(align, 1.0), quantity_parser.relation(sq, cq), cq))
        scored.sort(key=lambda x: -x[0])
        best_align, best_rel, best_q = scored[0]
        chosen = (best_align, best_rel, best_q)
        if best_rel != "supports":
            # a figure the claim gives in nearly the same words still counts (several amounts in one claim)
            for align, rel, cq in scored[1:]:
                if rel == "supports" and align >= best_align - 0.2:
                    chosen = (align, rel, cq)
                    break
        align, rel, cq = chosen
        reason = f"statement: {sq.describe()}; claim: {cq.describe()}"
        out.append(ElementCheck("quantity", k, rel, align, reason, (sq.start, sq.end), bool(sq.detail), cq))
    return out


def _dates(statement: Analysis, claim: Analysis) -> list:
    out = []
    claim_dates = claim.calendar_dates
    for k, sd in enumerate(statement.calendar_dates):
        if not claim_dates:
            out.append(ElementCheck("date", k, "uncovered", 0.0, f"the claim gives no date to compare with {sd.describe()}", (sd.start, sd.end)))
            continue
        same_kind = [cd for cd in claim_dates if sd.relation and cd.relation == sd.relation]
        rels = [(date_parser.relation(sd, cd), cd) for cd in same_kind or claim_dates]
        for wanted in ("supports", "related", "conflicts"):
            hit = next(((r, cd) for r, cd in rels if r == wanted), None)
            if hit:
                break
        rel, cd = hit
        s_ctx = _context(statement, sd.start, sd.end)
        align = _alignment(s_ctx, _context(claim, cd.start, cd.end)) if cd.start >= 0 else 0.5
        reason = f"statement: {sd.describe()}; claim: {cd.describe()}"
        out.append(ElementCheck("date", k, rel, align, reason, (sd.start, sd.end), False, cd))
    return out


# ---------------------------------------------------------------- polarity, actors, places, time frames


def _frame_mismatch(statement: Analysis, claim: Analysis) -> str:
    """A claim about what held *before* an event says nothing of now; opposite frames are different times."""
    for kind, event in claim.frames:
        opposite = "after" if kind == "before" else "before"
        if (opposite, event) in statement.frames or (opposite, "*") in statement.frames or (
            event == "*" and any(k == opposite for k, _ in statement.frames)
        ):
            return f"the statement is about {opposite} '{event}', the claim about {kind} it"
        if kind == "before" and (kind, event) not in statement.frames and (kind, "*") not in statement.frames:
            return f"the claim holds only before '{event}'"
    return ""



def _surface(analysis: Analysis, stem: str) -> str:
    """The word as the text wrote it, for messages (stems are for matching)."""
    i = analysis.content.get(stem, -1)
    return analysis.tokens[i].text.lower() if i is not None and i >= 0 else stem


def _polarity(statement: Analysis, claim: Analysis) -> list:
    out = []
    for stem in sorted(statement.affirmed & claim.negated):
        i = statement.content.get(stem)
        span = (statement.tokens[i].start, statement.tokens[i].end) if i is not None else ()
        out.append((f"polarity: the statement says '{_surface(statement, stem)}', the claim says it did not happen", span, None))
    for stem in sorted(statement.negated & (set(claim.content) - claim.negated)):
        out.append((f"polarity: the statement negates '{stem}', the claim affirms '{_surface(claim, stem)}'", (), None))
    return out


def _actors(statement: Analysis, claim: Analysis) -> list:
    out = []
    for predicate, mention in statement.agents.items():
        other = claim.agents.get(predicate)
        if other is None or other.name == mention.name or mention.name in claim.names:
            continue
        if (mention.type == "place") != (other.type == "place"):
            continue  # "the US added" and "the Trump administration added": a country acts through others
        out.append((f"statement: {mention.name} did '{predicate}'; claim: {other.name}", (mention.start, mention.end), mention.name))
    return out


def _antonyms_table() -> dict:
    from .text.lexicon import ANTONYM_PAIRS
    from .text.tokens import stem

    table: dict = {}
    for a, b in ANTONYM_PAIRS:
        table.setdefault(stem(a), set()).add(stem(b))
        table.setdefault(stem(b), set()).add(stem(a))
    return table


_ANTONYMS = _antonyms_table()


def _opposites(statement: Analysis, claim: Analysis) -> list:
    """'foreign technologies' where the claim says 'mainland technologies'; 'unstable' for 'steady'."""
    out = []
    claim_text = {t.stem: i for i, t in enumerate(claim.tokens) if t.is_content}
    for stem, i in statement.content.items():
        for opposite in _ANTONYMS.get(stem, ()):
            j = claim_text.get(opposite)
            if j is None:
                continue
            said_too = stem in claim.content
            if said_too and not (_following(statement, i) & _following(claim, j)):
                continue  # the claim uses both words; only the same phrase ("X technologies") decides
            tok = statement.tokens[i]
            out.append((f"statement: '{tok.text}'; claim: '{claim.tokens[j].text}'", (tok.start, tok.end), stem))
            break
    return out


def _following(analysis: Analysis, index: int) -> set:
    return {t.stem for t in analysis.tokens[index + 1 : index + 4] if t.is_content}


def _swapped_places(statement: Analysis, claim: Analysis) -> list:
    """'the largest American manufacturer' against 'the largest Chinese manufacturer': one place for another."""
    out = []
    claim_next = {}
    for m in claim.mentions:
        if m.type == "place" and m.name not in statement.names:
            following = _next_content(claim, m.last)
            if following:
                claim_next.setdefault(following, m)
    for m in statement.mentions:
        if m.type != "place" or m.name in claim.names:
            continue
        other = claim_next.get(_next_content(statement, m.last))
        if other is not None:
            out.append((f"statement: {m.name} ({statement.text[m.start:m.end]}); claim: {other.name}", (m.start, m.end), m.name))
    return out


def _next_content(analysis: Analysis, index: int) -> str:
    for tok in analysis.tokens[index + 1 : index + 3]:
        if tok.is_content:
            return tok.stem
    return ""


def _places(statement: Analysis, claim: Analysis) -> list:
    if not statement.locations or not claim.locations:
        return []
    if any(m.name in claim.names for m in statement.locations):
        return []
    said = ", ".join(m.name for m in statement.locations)
    claimed = ", ".join(m.name for m in claim.locations)
    first = statement.locations[0]
    return [(f"statement: in {said}; claim: in {claimed}", (first.start, first.end), first.name)]
