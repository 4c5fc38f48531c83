"""Several claims together: a statement no single claim covers may be what two claims say between
them ("At the November 29 opening, the company said it had 207,000 R&D staff": a visit from one
claim, a head count from another).

A pair of claims is merged as if it were one: each of the statement's words and names takes the
better of the two alignments, each amount and date the better of the two checks (agreeing beats
unsettled; a disagreement stays a disagreement), and a gate holds only if neither claim lifts it.
The merged alignment and checks are then judged by the same model as a single claim's.
"""

from __future__ import annotations

from typing import NamedTuple

from . import decide
from .agreement import ANOTHER_MEASURE, HOLDING_CHANGED, OCCASION, TALLY_SIDE, side_counts
from .align import ALIGNED, FAMILY, Alignment
from .directions import way_of

PAIR_CANDIDATES = 5  # the claims most about the statement that are tried in pairs
MIN_SHARE = 0.4  # each claim of a pair must say this much of the statement on its own (but a part of
# a total or a change the statement gives: "must pay £431,500 in all" from "a £400,000 fine" and
# "£31,500 in costs"; "has gone up by £72 million" from "originally £240 million" and "to reach £312 million")
LENDING_ALIGNMENT = 0.5  # how well a figure's words must agree for a claim that says little else to lend it
MARGIN = 0.1  # a support from two claims must be this much surer than one claim's would have to be
VALUE_SLOTS = ("amount", "date")
_LENDING_GATES = ("modality", "frame")  # a claim's gates that hold for the figures and dates it lends
_RANK = {"supports": 0, "related": 1, "uncovered": 2}


class Composed(NamedTuple):
    judgement: object  # a decide.Judgement over the merged alignment and checks
    claims: tuple  # every claim used, the first the one that says most
    worked_out: bool = False  # the statement's change is the two claims' readings of one measure worked together


def _same_subject(a: Alignment, b: Alignment) -> bool:
    """Do both claims name something the statement names, the same thing? (Two claims about
    different things can cover a sentence word by word and still say nothing of it together.)"""
    named_a = {link.term for link in a.links if link.is_name and link.score >= ALIGNED}
    named_b = {link.term for link in b.links if link.is_name and link.score >= ALIGNED}
    return bool(named_a & named_b)


def _only_subject_added(a: Alignment, b: Alignment, subject: str) -> bool:
    """Does one of the two say every word of the statement, and the other add only names, its subject
    among them? ("The union runs three hospitals" is not the trust's three hospitals and a claim
    that names the union in another role.)"""
    if not subject:
        return False
    for one, other in ((a, b), (b, a)):
        if not all(link.score >= ALIGNED for link in one.links if not link.is_name):
            continue  # the first does not say every word
        added = [theirs for mine, theirs in zip(one.links, other.links) if theirs.score > mine.score and theirs.score >= ALIGNED]
        if added and all(link.is_name for link in added) and any(link.term == subject for link in added):
            return True
    return False


def _names_added(a: Alignment, b: Alignment) -> frozenset:
    """The statement's names that b says and a does not."""
    return frozenset(theirs.term for mine, theirs in zip(a.links, b.links)
                     if theirs.is_name and theirs.score >= ALIGNED and mine.score < ALIGNED)


def with_links(alignment: Alignment, links) -> Alignment:
    """The alignment with these links, its coverage and exact share worked out again from them."""
    links = tuple(links)
    total = sum(link.weight for link in links) or 1.0
    return alignment._replace(links=links, coverage=sum(link.weight * link.score for link in links) / total,
                              exact=sum(link.weight for link in links if link.score >= FAMILY) / total)


# nouns that name a difference itself ("by a margin of five votes", "a gap of £40"): what a claim
# says whose figures give the difference (nine votes to four)
DIFFERENCE_NOUNS = frozenset("margin difference gap".split())
# words a difference worked out says right after its figure: "79,000 below the peak", "climbed 16 places"
_SAID_BY_A_DIFFERENCE = frozenset(["above", "below", "place"])



def difference_said(statement, alignment: Alignment, checks) -> Alignment:
    """The alignment with the statement's noun for a difference said ("a margin of five votes", "a
    five-vote margin"), its "above" or "below" ("79,000 below the peak") and a rank's "places" ("climbed
    16 places"), where a check works that figure out as a difference of the claim's figures; else as it
    is (a "profit margin" elsewhere in the sentence is still the claim's to say)."""
    toks = statement.tokens
    tallied = {c.span for c in checks if c.slot == "amount" and c.relation == "supports" and c.claim_value.endswith(TALLY_SIDE)}
    voted = {k for k, _, q in side_counts(statement) if (q.start, q.end) in tallied}
    if voted:
        # the vote of a side the claim's tally counts: "twelve councillors backed the plans" of "rejected by 30 votes to 12"
        alignment = with_links(alignment, (link._replace(score=FAMILY) if link.index in voted and link.score < FAMILY else link
                                           for link in alignment.links))
    spans = [c.span for c in checks if c.slot == "amount" and c.relation == "supports" and " - " in c.claim_value and c.span]
    if not spans:
        return alignment

    def after_the_figure(k: int) -> bool:
        return k > 0 and any(a <= toks[k - 1].start < b for a, b in spans)

    def names_the_figure(k: int) -> bool:
        return (k + 2 < len(toks) and toks[k + 1].lower == "of" and any(toks[k + 2].start == a for a, _ in spans)) \
            or after_the_figure(k)

    def before_the_figure(k: int) -> bool:
        return k + 1 < len(toks) and any(toks[k + 1].start == a for a, _ in spans)

    lifted = [link for link in alignment.links if link.score < FAMILY and link.index >= 0 and (
        (link.term in DIFFERENCE_NOUNS and names_the_figure(link.index))
        # the verb whose measure is the difference: "lost six seats" of "fell from 21 seats to 15"
        or (link.term in HOLDING_CHANGED and before_the_figure(link.index))
        # "79,000 below the 2022 peak": how far from a level, as "79,000 fewer than" says it
        or (link.term in _SAID_BY_A_DIFFERENCE and after_the_figure(link.index)))]
    if not lifted:
        return alignment
    return with_links(alignment, (link._replace(score=FAMILY) if link in lifted else link for link in alignment.links))


def merge_alignments(a: Alignment, b: Alignment) -> Alignment:
    missing = tuple(sorted(set(a.names_missing) & set(b.names_missing)))
    titled = tuple(sorted((set(a.titled_missing) | set(b.titled_missing)) & set(missing)))
    merged = Alignment((), 0.0, 0.0, max(a.reverse, b.reverse), missing, titled)
    return with_links(merged, (mine if mine.score >= theirs.score else theirs for mine, theirs in zip(a.links, b.links)))


def merge_checks(a: tuple, b: tuple) -> list:
    """One check per amount or date of the statement (the better of the two), every other check of
    either claim, and the gates both share; and a claim's gate of mood or time where the figure or
    date it lends is one the merge uses (a forecast's "would rise by about 12 per cent" lends no
    figure to "have gone up by 12 per cent", whatever the other claim tells as done)."""
    out, values, lender = [], {}, {}  # lender: the side whose check of a span is kept
    for side in (a, b):
        for check in side:
            if check.slot in VALUE_SLOTS:
                have = values.get(check.span)
                if have is None or _better(check, have):
                    values[check.span], lender[check.span] = check, side
            elif check.relation == "conflicts":
                out.append(check)
    gates_a = {(c.slot, c.relation) for c in a if (c.slot, c.relation) in decide.SUPPORT_GATES and c.slot not in VALUE_SLOTS}
    gates_b = {(c.slot, c.relation) for c in b if (c.slot, c.relation) in decide.SUPPORT_GATES and c.slot not in VALUE_SLOTS}
    shared = gates_a & gates_b
    out += [c for c in a if (c.slot, c.relation) in shared]
    lending = {id(lender[span]) for span, check in values.items() if check.relation == "supports"}
    # (not an occasion the statement adds, which the other claim may tell: "fined £84,000 after pleading guilty" of a
    # claim of the fine and one of the plea)
    out += [c for side in (a, b) if id(side) in lending
            for c in side if c.slot in _LENDING_GATES and c.relation == "related" and (c.slot, c.relation) not in shared
            and c.role != OCCASION]
    # a place within the one a claim gives is no place another claim can lend: its "Dunmore" is where
    # something else is ("a bakery in Dunmore" does not hold a festival "in Wethermoor" there)
    out += [c for c in (*a, *b) if c.slot == "place" and c.relation == "related" and (c.slot, c.relation) not in shared]
    # a claim that tells the statement's change the other way, of another measure, is no claim to lend
    # the change to: "raised its fares" with "cut its profit forecast" does not make "raised its profit forecast"
    out += [c for c in (*a, *b) if c.role == ANOTHER_MEASURE and (c.slot, c.relation) not in shared]
    return list(values.values()) + out


def _part_stated(first, second) -> bool:
    """Does the statement give a figure one of the two claims confirms as it stands (a part of the
    total it gives: "including the £186,000 in costs")?"""
    return any(c.slot == "amount" and c.relation == "supports" for c in (*first.checks, *second.checks))


def _change_told(alignment: Alignment, a: tuple, b: tuple):
    """The alignment and both claims' checks, with the statement's verb of change said and its
    unsaid change lifted, where the two claims' figures give the change together ("has gone up by
    £72 million" from "originally budgeted at £240 million" and "to reach £312 million")."""
    told = with_links(alignment, (link._replace(score=max(link.score, FAMILY)) if not link.is_name and way_of(link.term)
                                   else link for link in alignment.links))

    def lifted(checks):
        return [c for c in checks if not (c.slot == "opposite" and c.relation == "uncovered")]

    return told, lifted(a), lifted(b)


def _lends_a_value(lender, other) -> bool:
    """Does ``lender`` bear out, in words like the statement's, a figure or date of the statement that
    ``other`` gives nothing to compare with ("has 14,600 students" beside the sale a claim of more of
    the statement's words tells)? A claim that says little of the statement may still give its other
    fact; a figure another claim merely happens to share is told in other words (LENDING_ALIGNMENT)."""
    unsettled = {c.span for c in other.checks if c.slot in VALUE_SLOTS and c.relation == "uncovered" and c.span
                 and not any(ch.isdigit() for ch in c.claim_value)}  # (no figure of its own set aside there)
    return any(c.slot in VALUE_SLOTS and c.relation == "supports" and c.span in unsettled and c.alignment >= LENDING_ALIGNMENT
               for c in lender.checks)


def _lends_with_the_subject(a, b, subject: str) -> bool:
    """Is the claim of the two that names the statement's subject (the other does not) the one that
    lends the other a figure ("Ebbsmoor University has 14,600 students" beside a claim of the hall it
    sold)? Not a figure of another's lent to a claim that only names the subject ("employs about 9,400
    staff", the trust's, is not the union's that another claim names)."""
    for lender, other in ((a, b), (b, a)):
        if _says_name(lender, subject) and not _says_name(other, subject) and _lends_a_value(lender, other):
            return True
    return False


def _says_name(judgement, name: str) -> bool:
    return any(link.is_name and link.term == name and link.score >= ALIGNED for link in judgement.alignment.links)


def _better(check, other) -> bool:
    """A conflict stays; otherwise agreeing beats unsettled beats nothing to compare."""
    if other.relation == "conflicts":
        return False
    if check.relation == "conflicts":
        return True
    return _RANK.get(check.relation, 3) < _RANK.get(other.relation, 3)


LENDERS = 2  # claims beyond the pool that give a figure or date the claim most about the statement lacks


def _lenders(best, rest) -> list:
    """The claims of its article, past the ones most about the statement, that bear out a figure or a date
    of it that the one most about it leaves unsettled ("has 14,600 students" beside the sale of a hall
    another claim tells): a claim that says little else of the statement may still give its other fact
    (not another outlet's, whose figure may be the one the statement's source did not give)."""
    return [j for j in rest if j.claim.source == best.claim.source and _lends_a_value(j, best)][:LENDERS]


def _another_named(a, b, subject: str, names_of) -> bool:
    """Does the one of the two claims that does not name the statement's subject name someone else, whose
    its figure or act may be ("Kelby Rovers have 14,600 season-ticket holders" is no figure of Harlow Town)?"""
    return any(not _says_name(j, subject) and names_of(j) for j in (a, b))


def compose(judgements, features_of, max_weight: float, across=None, subject: str = "", lent=None, names_of=None):
    """The best supporting pair among the claims most about the statement, or None.
    ``features_of(alignment, checks, rank_share, similarity)``: the features a judgement uses;
    ``across(first, second)``: checks of the statement's figures that the two claims' figures give
    together (a total of a part from each), or None; ``subject``: the name the statement opens on;
    ``lent(judgement, names)``: does the judgement's claim give these names it adds to the other's
    as another's (a place where another firm stands), or None; ``names_of(judgement)``: the names its
    claim gives that are neither places nor the statement's (for two claims of an article that share no
    name), or None."""
    pool = [j for j in judgements if not j.deciding_conflicts]
    pool.sort(key=lambda j: -j.alignment.coverage)
    if pool:
        pool = pool[:PAIR_CANDIDATES] + _lenders(pool[0], pool[PAIR_CANDIDATES:])
    best = None
    for i, first in enumerate(pool):
        for second in pool[i + 1:]:
            if first.claim.id == second.claim.id:
                continue
            together = tuple(across(first, second)) if across else ()
            changed = any(c.change for c in together)
            if not changed and not _same_subject(first.alignment, second.alignment) \
                    and not (first.claim.source == second.claim.source and _lends_with_the_subject(first, second, subject)
                             and names_of is not None and not _another_named(first, second, subject, names_of)):
                continue  # (two holders' figures compared name two subjects: "270 more pupils than"; but one claim of
                # an article may give the statement's subject a figure, the other what that subject did)
            # (the pool is in order of coverage) a claim that says little of the statement adds only a
            # reading of a change it gives, or a part of a total of which the statement names the other
            # part ("including the £186,000 in costs, ... £3.4 million in all"): a total alone may be a
            # coincidence of two figures of the subject
            lends = _lends_a_value(second, first)
            if not changed and (first.alignment.coverage < MIN_SHARE or (
                    second.alignment.coverage < MIN_SHARE and not (together and _part_stated(first, second)) and not lends)):
                continue
            alignment = merge_alignments(first.alignment, second.alignment)
            if not together and alignment.coverage <= max(first.alignment.coverage, second.alignment.coverage) + 1e-9 \
                    and not lends:
                continue  # the second adds nothing the first does not say (words, a figure, or a total of the two's figures)
            if not together and _only_subject_added(first.alignment, second.alignment, subject) \
                    and not _lends_with_the_subject(first, second, subject):
                continue  # one claim tells it all of another name, the other only names this one, elsewhere
            if lent is not None and (lent(second, _names_added(first.alignment, second.alignment))
                                     or lent(first, _names_added(second.alignment, first.alignment))):
                continue  # a name one claim adds is, there, another's: "a rival firm based in Kestlow"
            first_checks, second_checks = first.checks, second.checks
            if changed:
                alignment, first_checks, second_checks = _change_told(alignment, first_checks, second_checks)
            checks = merge_checks((*first_checks, *together), second_checks)
            f = features_of(alignment, checks, max(first.rank_share, second.rank_share),
                            max(first.features.get("fuzz", 0.0), second.features.get("fuzz", 0.0)))
            judged = decide.judge(first.claim, alignment, checks, f, max_weight, first.doc, first.rank_share)
            if best is None or judged.supports > best.judgement.supports:
                best = Composed(judged, (first.claim, second.claim), changed)
    return best
