"""Two parts of one whole, each told by one side: "55 of its 1,860 overflows were without monitors" is
the rest of "of its 1,860 overflows, 1,805 had monitors"; "the 18 per cent of the shares not owned by
the family" the rest of "the family owned 82 per cent of the shares"; "28 of the 40 buses failed" the
rest of "12 of the 40 buses passed". What one part did, the rest did not: a denial or an opposite told
of the rest is the same fact, no contradiction of it."""

from __future__ import annotations

from .lazyre import lazy
from .opposites import opposite_words
from .text import quantities as quantity_parser
from .text.clauses import span_between

# where a clause ends, for the figure a word is told of (as opposites reads a clause)
_JOINTS = (", ", ";", " but ", " while ", " whereas ", " and ")
# a part before its whole: "55 of Audle Valley Water's 1,860", "three of the 12"
_PART_BEFORE_RE = lazy(r"\s+of\s+(?:[\w'’.-]+\s+){0,4}$")
# a whole fronted before its part: "Of Audle Valley Water's 1,860 storm overflows, 1,805 had ..."
_FRONTED_RE = lazy(r"(?i)(?:^|[,;:]\s+)of\s+(?:[\w'’.-]+\s+){0,4}$")
_TO_THE_PART_RE = lazy(r"[^,;.:]{0,60},\s+$")
_HUNDRED = 100.0


def whole_of(analysis, q):
    """The figure a count is told a part of, "N of the M things" or "Of the M things, N ...", or None."""
    if q.start < 0 or q.unit or q.per or q.start >= len(analysis.text):
        return None
    text = analysis.text
    for other in analysis.quantities:
        if other is q or other.unit or other.per or other.start < 0 or other.start >= len(text) or other.value <= q.value:
            continue
        if q.noun and other.noun and not quantity_parser.compatible(q, other):
            continue
        if other.start >= q.end and _PART_BEFORE_RE.match(text[q.end:other.start]):
            return other
        if other.end <= q.start and _TO_THE_PART_RE.fullmatch(text, other.end, q.start) \
                and _FRONTED_RE.search(text[:other.start]):
            return other
    return None


def parts_of_one_whole(statement, sq, claim, cq) -> bool:
    """Are the two figures the two parts of one whole: shares that make a hundred per cent, or counts
    that make the whole either side gives (the same whole where both do)?"""
    if sq.start < 0 or cq.start < 0 or sq.per or cq.per or sq.unit != cq.unit:
        return False
    if sq.qualifier != "exact" or cq.qualifier != "exact":
        return False  # ("most of them" leaves the rest untold)
    if sq.unit == "%":
        total = _HUNDRED
    elif sq.unit:
        return False
    else:
        if sq.noun and cq.noun and not quantity_parser.compatible(sq, cq):
            return False
        wholes = [w for w in (whole_of(statement, sq), whole_of(claim, cq)) if w is not None]
        if not wholes or any(w.value != wholes[0].value for w in wholes):
            return False
        total = wholes[0].value
    return abs(sq.value + cq.value - total) <= max(sq.precision, cq.precision) / 2 + 1e-9


def told_of_all(analysis, q) -> bool:
    """Is the count told of every one of a whole ("every one of its 1,860 overflows", "all 52 bridges")?"""
    if q.start < 0 or q.start >= len(analysis.text) or q.unit or q.per:
        return False
    return _ALL_OF_RE.search(analysis.text[max(0, q.start - 48):q.start]) is not None


_ALL_OF_RE = lazy(r"(?i)\b(?:(?:all|every one|each one|each)\s+of\s+(?:[\w'’.-]+\s+){0,4}|all\s+(?:the\s+|its\s+|their\s+)?)$")


def a_whole_with_a_part(analysis, q) -> bool:
    """Does the text tell a part of this figure ("Of its 1,860 overflows, 1,805 had monitors")?"""
    return any(whole_of(analysis, other) is q for other in analysis.quantities if other is not q)


def limited_apart(statement, sq, claim, cq) -> bool:
    """Does one side's part hold only those within a limit ("410 departed on time", "650 were seen within a
    month") that the other's clause does not set? The rest of those is not all that did not do it."""
    return bool(_LIMIT_RE.search(_clause_text(statement, sq))) != bool(_LIMIT_RE.search(_clause_text(claim, cq)))


# a part set by a limit of time or of amount (Quirk et al. 1985, 8.57: "within a month", "on time")
_LIMIT_RE = lazy(r"(?i)\b(?:on time|on schedule|in time|within|in under|in less than|late|early|at least|or more|or longer)\b")


def _clause_text(analysis, q) -> str:
    if q.start < 0 or q.start >= len(analysis.text):
        return ""
    lo, hi = span_between(analysis.text, q.start, _JOINTS)
    return analysis.text[lo:hi]


def figure_of_clause(analysis, index: int):
    """The part a word is told of: the figure of its clause that is no whole of another ("55" of "55
    of its 1,860 overflows were without monitors"), the nearest before the word when there are
    several, else the first after it; None where the clause gives none (or a date only)."""
    if index < 0 or index >= len(analysis.tokens):
        return None
    at = analysis.tokens[index].start
    lo, hi = span_between(analysis.text, at, _JOINTS)
    inside = [q for q in analysis.quantities if 0 <= q.start and (lo <= q.start < hi or lo < q.end <= hi) and q.end <= hi
              and not q.per]  # (a figure may open before a joint inside it: "all but two of the 30")
    wholes = {id(whole_of(analysis, q)) for q in inside}
    parts = [q for q in inside if id(q) not in wholes]
    before = [q for q in parts if q.start < at]
    if before:
        return before[-1]
    return parts[0] if parts else None


def told_of_the_rest(statement, i: int, claim, j: int) -> bool:
    """Is the statement's word at ``i`` told of one part of a whole and the claim's word at ``j`` of the
    rest of it ("55 ... were without monitors" / "1,805 had monitors")? Then a denial or an opposite
    between the two words is what the rest did, not a contradiction."""
    sq, cq = figure_of_clause(statement, i), figure_of_clause(claim, j)
    return sq is not None and cq is not None and parts_of_one_whole(statement, sq, claim, cq) \
        and not limited_apart(statement, sq, claim, cq)


def clauses_opposed(statement, sq, claim, cq) -> bool:
    """Does the statement tell its figure's clause the other way from the claim's figure's clause: one
    denies what the other tells, or says its opposite ("failed" / "passed")?"""
    if limited_apart(statement, sq, claim, cq):
        return False
    mine, theirs = _clause_lemmas(statement, sq), _clause_lemmas(claim, cq)
    denied = bool(mine & set(statement.negated)) != bool(theirs & set(claim.negated))
    if denied and (mine & theirs):
        return True
    return any(opposite_words(word) & theirs for word in mine)


def _clause_lemmas(analysis, q) -> set:
    if q.start < 0 or q.start >= len(analysis.text):
        return set()
    lo, hi = span_between(analysis.text, max(q.start, q.end - 1), _JOINTS)  # (from its last word: "all but two of")
    return {t.lemma for t in analysis.tokens if lo <= t.start < hi and t.lemma and t.is_content and not t.is_number}

