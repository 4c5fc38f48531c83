"""Figures a claim gives without writing them: the sum of two of its amounts, their difference,
one as a share of another, and a count given "each" times the number of those who each have it.

"Of the $143bn of chips sold, $22.7bn were made in China" gives "about 16% were made in China"
(22.7 / 143 = 15.9%); "the two sides will each appoint 10 companies" gives "20 companies in total".
Only ever used to support a statement: a figure made by combining a claim's amounts is evidence
when it matches, and too weak a reading to contradict anything when it does not.
"""

from __future__ import annotations

import datetime
import functools
import re

from itertools import permutations
from typing import NamedTuple

from .align import word_similarity
from .analysis import IN_QUOTE, set_off_spans
from .directions import CUT, DIRECTED, DOWNWARD, LESS, MORE, way_of
from .lazyre import lazy
from .model import POINTS, PROPORTION, Quantity, format_number
from .opposites import ASSENT, REFUSAL
from .text.lexicon import BE_FORMS, MEASURE_UNITS, NUMBER_WORDS, PERIODS_PER_YEAR, PREVERBAL_ADVERBS, SCALE_WORDS, STOPWORDS
from .text import english
from .text import quantities as quantity_parser

SHARE_PRECISION = 0.5  # a share written as a whole percentage is rounded to half a point
RANK_STEPS = "places"  # what two places in an order differ by
EACH_WORDS = frozenset(["each", "apiece", "per"])
MAX_AMOUNTS = 6  # a claim with more figures than this is a table: its combinations say nothing


class Derived(NamedTuple):
    quantity: Quantity  # placed where the first figure it comes from stands
    working: str  # how it was worked out, for the reason ("22.7 / 143 = 15.9%")
    change: bool = False  # the difference of one measure at two times: it tells a change only
    other: Quantity = None  # for such a change, the figure it is measured from
    each: bool = False  # a total shared out over a count: it tells what each has, on average
    parts: tuple = ()  # for a difference, (the larger, the smaller) figure it is worked from
    addends: tuple = ()  # for a sum, the two figures it adds
    over: Quantity = None  # for a rate times a length of time, or a whole spread over one, that length
    of_all: bool = False  # a count each has times how many have it: the total of all of them, none's own
    whole: Quantity = None  # for a share, the figure it is a share of
    readings: bool = False  # for a share, its figure and its whole are two readings of one measure
    then: object = None  # for an earlier reading ("1.5 million more than in 2023"), the date it is told of
    before: bool = False  # the level a change came from ("fell by 11,000 to 97,000": 108,000), for a figure told so
    count: Quantity = None  # for a total shared out, the count it is shared over ("240 firms")
    span: bool = False  # the days between two dates the claim gives ("from 12 to 16 May", "closed on ... and reopened on ...")
    above: bool = False  # a place in an order told as how many stand above it, or back ("the eighth-highest": seven above)


def derived(claim) -> list:
    """The figures a claim's Analysis gives by combining two of its amounts."""
    amounts = _with_elided_units([q for q in claim.quantities if q.value > 0][:MAX_AMOUNTS], claim.text)
    lists = _amounts_listed(claim, amounts)
    listed = {(q.start, q.end): k for k, run in enumerate(lists) for q in run}
    out = [_sum_of(run) for run in lists]
    for a, b in permutations(amounts, 2):
        alike = _alike(a, b)
        # one measure at two times ("64,800, up from 58,200"): their difference is a change, and the two
        # are of one kind though neither says what it counts
        changed = a.value > b.value and _plain(a) and _plain(b) and one_measure(claim, a, b)
        if changed:
            out += _percentage_change(claim, a, b)
        if not alike:
            if changed:
                out.append(_difference(a, b, True, claim))
            continue
        where = dict(start=a.start, end=a.end)
        if a.value < b.value and a.unit != "%" and not _parallel(claim, b, a):
            share = 100.0 * a.value / b.value
            # (two readings of one measure are no part and its whole: "£10.8 million in 2023-24" is a share of
            # "£14.2 million in 2024-25" only as one time's figure against another's)
            # (a share of a whole over the same time is a share, of no time: "60,000 of its 240,000 tonnes a year")
            out.append(Derived(Quantity(share, "%", a.noun, "exact", "" if a.per == b.per else a.per, precision=SHARE_PRECISION, **where),
                               f"{_fmt(a)} / {_fmt(b)} = {share:.1f}%", whole=b,
                               readings=_plain(a) and _plain(b) and one_measure(claim, b, a)))
        if a.start < b.start and (change(claim, a) == change(claim, b) or "down" in (change_way(claim, a),
                                                                                     change_way(claim, b))
                                  or _behind(claim, a) or _behind(claim, b)) \
                and not (total(claim, a) or total(claim, b)) \
                and ((a.start, a.end) not in listed or listed[(a.start, a.end)] != listed.get((b.start, b.end))):
            # (two of a list's three parts make no total the claim tells)
            # (a total is no part to add: "$376.4 million in other territories, for a worldwide total of
            # $489.3 million" makes no $865.7 million)
            # each pair once for what does not depend on the order; a change and a level add up only where the
            # change is a fall ("a cut of £3.2 million to its budget, which now stands at £11.8 million": £15
            # million before), not a gain ("a gain of four seats, taking its total to 19" makes no 23)
            summed = a.value + b.value
            out.append(Derived(a._replace(value=summed, qualifier="exact", detail="", precision=a.precision + b.precision),
                               f"{_fmt(a)} + {_fmt(b)} = {_fmt(a, summed)}", addends=(a, b)))
        if a.value > b.value:
            out.append(_difference(a, b, changed, claim))
            ratio = _ratio(claim, a, b)
            if ratio is not None:
                out.append(ratio)
    out += _change_over_the_level_before(claim, amounts)
    out += persons_listed(claim)
    out += _each_times_count(claim, amounts)
    out += _counted_amounts(claim, amounts)
    out += _days_spanned(claim)
    out += _days_between(claim)
    out += _places_above(claim)
    out += _shared_out(claim, amounts)
    out += _rate_over_a_length(claim, amounts)
    out += earlier_levels(claim, amounts)
    out += _shares_counted(claim, amounts)
    return out


# a share and the whole it is of, written together: "a third of the 600 pupils", "40 per cent of its 2,500 homes"
_SHARE_OF_RE = lazy(r"\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?$", re.I)


def _shares_counted(claim, amounts) -> list:
    """The count a share of a counted whole gives ("a third of the 600 pupils": 200 pupils), placed where the share
    stands: the part told as a share is the same part told as a count."""
    out = []
    for a, b in zip(amounts, amounts[1:]):
        if a.unit != "%" or b.unit or b.per or not b.noun or b.noun.lower() in MEASURE_UNITS or a.value >= 100:
            continue
        where, start = claim.where(a.start)
        b_where, b_start = claim.where(b.start)
        if b_where is not where or not _SHARE_OF_RE.search(where.text[start + (a.end - a.start):b_start]):
            continue
        value = round(a.value * b.value / 100.0, 6)
        exact = a.qualifier == "exact" or abs(value - round(value)) < 0.01  # ("a third" of 600 is 200 to the pupil)
        out.append(Derived(Quantity(round(value) if exact else value, "", b.noun, "exact" if exact else "about", "",
                                    text=a.text, start=a.start, end=a.end, precision=0.0 if exact else max(1.0, value * 0.05)),
                           f"{a.text[:1].lower() + a.text[1:]} of {_fmt(b)} = {format_number(round(value))} {b.noun}", whole=b))
    return out


# a difference told after a level, from an earlier reading: "60 buses, 12 more than in 2023"
_THAN_EARLIER_RE = lazy(r"\s+(more|fewer|less|higher|lower)\s+than\b", re.I)
_LEVEL_TO_DIFFERENCE_GAP = 16  # characters from a level to its difference: a date between ("640 in 2024, 150 more")
_THAN_DATE_GAP = 4  # characters from "than" to the earlier time: " in "


def earlier_levels(claim, amounts) -> list:
    """The earlier reading a level and its difference from a time written after "than" give ("60 buses,
    12 more than in 2023": 48 buses; "12 staff, three fewer than in 2022": 15), placed where the level
    stands, in whose words it is told ("150 more than a year earlier" writes no date: nothing)."""
    out = []
    for a, b in zip(amounts, amounts[1:]):
        where, start = claim.where(a.start)
        b_where, b_start = claim.where(b.start)
        if b_where is not where or a.unit != b.unit or (b.noun and not quantity_parser.compatible(a, b)):
            continue
        between = where.text[start + (a.end - a.start):b_start]
        than = _THAN_EARLIER_RE.match(where.text, b_start + (b.end - b.start))
        if not than or not between.rstrip().endswith(",") or len(between) > _LEVEL_TO_DIFFERENCE_GAP:
            continue
        then = next((d for d in claim.calendar_dates if d.start >= 0 and claim.where(d.start)[0] is where
                     and 0 <= claim.where(d.start)[1] - than.end() <= _THAN_DATE_GAP), None)
        if then is None:
            continue  # the earlier time must be told ("than in 2023"), to date the earlier reading
        sign = -1 if than.group(1).lower() in ("more", "higher") else 1
        value = a.value + sign * b.value
        if value > 0:
            out.append(Derived(a._replace(value=value, qualifier="exact", detail="", precision=a.precision + b.precision),
                               f"{_fmt(a)} {'-' if sign < 0 else '+'} {_fmt(b)} = {_fmt(a, value)}", then=then))
    return out


def _shared_out(claim, amounts) -> list:
    """A sum of money over a count of the things it went to ("paid its 1,240 member farms £312
    million": £251,613 each, on average)."""
    out = []
    for money in amounts:
        # (or a count of things over a count of those that have them: "18 food banks handed out 54,000 parcels", 3,000 each)
        counted = not money.unit and bool(money.noun) and _plain(money)
        if (not money.unit and not counted) or money.unit == "%" or distributive(claim, money):
            continue
        for count in amounts:
            if count.unit or not count.noun or count.value < 2 or not _plain(count) \
                    or english.lemma(count.noun.lower()) in quantity_parser.DURATION_UNITS:
                continue  # (a length of time is no count of what money went to: "over four years" is a rate's)
            if counted and (count.value >= money.value or english.lemma(count.noun.lower()) == english.lemma(money.noun.lower())):
                continue  # (what is had outnumbers those that have it, and is another thing)
            each = money.value / count.value
            # (a total given to its last digit, "£1.9 million" to £50,000 each way, gives each its share of that)
            out.append(Derived(money._replace(value=each, qualifier="exact", detail="", per=money.per,
                                              precision=money.precision / count.value),
                               f"{_fmt(money)} / {_fmt(count)} {count.noun} = {_fmt(money, each)} each", each=True, count=count))
    return out


# what stands before a length of time a rate runs for, or a whole is spread over: "for 40 years",
# "over the next ten years", "across its 25-year life", "the 40 years the park is due to run"
_SPAN_OPENERS = frozenset("for over across during throughout the its their next first coming past last".split())


def _rate_over_a_length(claim, amounts) -> list:
    """A rate and the length of time it runs for give the whole ("£300,000 a year for the 40 years
    the park runs": £12 million); a whole and the length it is spread over give the rate ("£12
    million over 40 years": £300,000 a year). The length is a count of the rate's own periods, told
    as a span in the same sentence."""
    out = []
    for length in amounts:
        period = _span_period(claim, length)
        if not period or length.qualifier != "exact":
            continue  # ("more than 20 years" gives no whole)
        for q in amounts:
            if q is length or not q.unit or q.unit == "%" or not _same_sentence(claim, q, length):
                continue
            if q.per == period:
                whole = q.value * length.value
                out.append(Derived(q._replace(value=whole, per="", detail="", precision=q.precision * length.value),
                                   f"{_fmt(q)} a {period} x {_fmt(length)} {length.noun} = {_fmt(q, whole)}", over=length))
            elif not q.per and not distributive(claim, q):
                rate = q.value / length.value
                out.append(Derived(q._replace(value=rate, per=period, detail="", precision=q.precision / length.value),
                                   f"{_fmt(q)} / {_fmt(length)} {length.noun} = {_fmt(q, rate)} a {period}", over=length))
    return out


def same_length(a: Quantity, b: Quantity) -> bool:
    """Are the two the same count of the same period ("30 years", "its 30-year licence")?"""
    return a.value == b.value and not a.unit and not b.unit and _period_of(a.noun) == _period_of(b.noun)


def _period_of(noun: str) -> str:
    """The period a count's noun names, singular ("years", "year" -> "year")."""
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") else noun


def _span_period(claim, q: Quantity) -> str:
    """The period ("year") a count of periods is a length of time of, told as a span ("for 40 years",
    "its 25-year life"); else ""."""
    period = _period_of(q.noun)
    if q.unit or period not in PERIODS_PER_YEAR or q.value < 2:
        return ""
    where, start = claim.where(q.start)
    before = where.text[:start].split()
    rest = where.text[start + (q.end - q.start):]
    attributive = "-" in q.text and not rest.startswith("-")  # "a 25-year lease", not "a 40-year-old"
    if not attributive and (not before or before[-1].lower() not in _SPAN_OPENERS):
        return ""
    return period


def _same_sentence(claim, a: Quantity, b: Quantity) -> bool:
    """Do the two stand in one sentence, neither in a clause set off that the other is not in ("Jane
    Smith, who has worked there for 30 years, earns £50,000 a year": the 30 years are no span of the pay)?"""
    a_where, a_start = claim.where(a.start)
    b_where, b_start = claim.where(b.start)
    if a_where is not b_where:
        return False
    lo, hi = sorted((a_start, b_start))
    if any(mark in a_where.text[lo:hi] for mark in (". ", "; ")):
        return False
    return all((s <= a_start < e) == (s <= b_start < e) for s, e in set_off_spans(a_where.text))


def _difference(a: Quantity, b: Quantity, change: bool, claim=None) -> Derived:
    """a - b, placed where a stands (for a change, where its later reading stands, whose date is the
    change's); two shares differ by percentage points ("42 per cent, up from 37 per cent": 5
    points), not by a share; ``change``: the two are one measure at two times."""
    difference = a.value - b.value
    unit = quantity_parser.POINTS if a.unit == "%" else a.unit
    working = f"{_fmt(a)} - {_fmt(b)} = {format_number(difference, unit)}"
    if a.unit == quantity_parser.ORDINAL:
        # two places in an order are so many places apart ("seventh, up from 23rd": 16 places)
        a, unit = a._replace(unit="", noun=RANK_STEPS), ""
        working = f"{a.text} - {b.text} = {format_number(difference, unit)} {RANK_STEPS}"
    at, other = a, b
    if change and claim is not None and after_from(claim, a):
        at, other = b, a  # "from 1,500 in 2022 to 1,200 in 2023": the fall of 300 is 2023's
    return Derived(a._replace(value=difference, unit=unit, qualifier="exact", detail="", precision=a.precision + b.precision,
                              start=at.start, end=at.end),
                   working, change, other if change else None, parts=(a, b))


def _ratio(claim, a: Quantity, b: Quantity):
    """a as a multiple of b ("£14 million" and "£7 million": 2 times as many), placed where a stands;
    of two rises, how many times as fast the one rose ("up 9 per cent" and "rose by 3 per cent": 3
    times as fast). Not of places in an order, nor of differences of shares."""
    if a.unit in (quantity_parser.ORDINAL, POINTS) or b.value <= 0:
        return None
    changed = change(claim, a)
    if changed != change(claim, b):
        return None  # a rise is no multiple of a level ("up £2 million, to £10 million")
    if _part_of(claim, b, a) or _partitive(claim, a, b):
        return None  # "won 30 of the 45 seats", "of its 212 buses, 40": a part of a whole, no two things compared
    rises = changed and a.unit == "%"
    if rises and not (change_way(claim, a) == change_way(claim, b) != ""):
        return None  # "rents rose by 9 per cent, while earnings fell by 3 per cent": no rise three times as fast
    ratio = a.value / b.value
    noun = "as fast" if rises else english.lemma(a.noun.lower()) if a.noun else ""  # (as the multiple's own: "as many buses": bus)
    return Derived(Quantity(ratio, PROPORTION, noun, "exact", a.per, start=a.start, end=a.end),
                   f"{_fmt(a)} / {_fmt(b)} = {ratio:.2f} times", parts=(a, b))


# what joins a change to the level it came to: "rose by 300 to 1,500", "added 300 books, bringing the
# total to 1,500", "cut 200 jobs, taking the workforce down to 600"
_ENDS_ITS_CLAUSE_RE = lazy(r"\s*(?:[.,;:]|$)")
_VOTE_NOUN_RE = lazy(r"votes?\Z", re.I)
# verbs of deciding by a vote, whose "by A votes to B" is its tally
_DECIDING_BY_VOTE = ASSENT | REFUSAL | frozenset("pass vote carry defeat adopt throw elect".split())
_DECIDED_REACH = 8  # words from the verb of deciding to its tally ("backed the arts and culture cuts by")


def _decided_before(text: str, start: int) -> bool:
    """Does a verb of deciding by a vote stand a few words before the figure at ``start``, in its clause?"""
    before = re.split(r"[;,.]", text[:start])[-1].split()[-_DECIDED_REACH:]
    # (in a form of its own, "backed", "voted": not the noun "vote" of "the Green Party's vote rose by")
    return any(english.lemma(w.lower()) in _DECIDING_BY_VOTE and english.lemma(w.lower()) != w.lower() for w in before)


_TO_A_LEVEL_REACH = 12  # words from the change to the level (within its sentence, no figure between)
_WAY_OF_AN_ADDITION = frozenset(["add"])  # "added 300 books": a change up, told by no word of direction


def _change_over_the_level_before(claim, amounts) -> list:
    """A change as a share of the level before it, which the level it came to gives ("rose by 300 to
    1,500": 300 / 1,200 = 25.0%; "cut 200 jobs, taking the total to 600": 200 / 800 = 25.0%), placed
    at the level (whose date is the change's), told as a change."""
    out = []
    for a, b in zip(amounts, amounts[1:]):
        if a.unit != b.unit or a.unit == "%" or not (_plain(a) and _plain(b)) \
                or (a.noun and b.noun and not quantity_parser.compatible(a, b)):
            continue
        where, start = claim.where(a.start)
        b_where, b_start = claim.where(b.start)
        if b_where is not where or not change(claim, a) or change(claim, b):
            continue
        between = where.text[start + (a.end - a.start):b_start].lower().replace(",", " ").split()
        if not between or between[-1] not in ("to", "leaving") or len(between) > _TO_A_LEVEL_REACH or ";" in between:
            continue
        if between == ["to"] and _VOTE_NOUN_RE.match(a.noun or "") and _decided_before(where.text, start):
            continue  # "backed the cuts by 27 votes to 19": a vote's tally, no change and the level it came to (not
            # "Labour's majority was cut by 3,000 votes to 9,400", a change)
        way = change_way(claim, a) or ("up" if _verb_before(where.text, start) in _WAY_OF_AN_ADDITION else "")
        if between[-1] == "leaving":
            # what a cut leaves, and only a level told as such ("leaving £3.6 million."; not "leaving 40 without
            # work", "leaving £3.6 million unspent", nor what a rise leaves)
            cut = way == "down" or (not way and _cut_told_before(where.text, start))
            if not cut or not _ENDS_ITS_CLAUSE_RE.match(where.text, b_start + (b.end - b.start)):
                continue
            way = "down"
        earlier = b.value - a.value if way == "up" else b.value + a.value if way == "down" else 0.0
        if earlier <= 0:
            continue
        share = 100.0 * a.value / earlier
        out.append(Derived(b._replace(value=earlier, qualifier="exact", detail="", precision=a.precision + b.precision),
                           f"{_fmt(b)} {'-' if way == 'up' else '+'} {_fmt(a)} = {_fmt(b, earlier)}", before=True))
        # (told around the change itself, the figure it is measured by)
        out.append(Derived(Quantity(share, "%", b.noun or a.noun, "exact", "", precision=SHARE_PRECISION, start=b.start, end=b.end),
                           f"{_fmt(a)} / ({_fmt(b)} {'-' if way == 'up' else '+'} {_fmt(a)}) = {share:.1f}%", True, a))
    return out


_PART_OF_REACH = 14  # characters from a part to its whole: " out of their "


def _text_between(claim, first: Quantity, second: Quantity):
    """(the sentence, the first figure's offset in it, the text from the first figure's end to the second's
    start) where the two stand in one sentence in that order, else None."""
    where, start = claim.where(first.start)
    s_where, s_start = claim.where(second.start)
    if where is not s_where or not 0 <= start < s_start:
        return None
    return where, start, where.text[start + (first.end - first.start):s_start]


def _part_of(claim, part: Quantity, whole: Quantity) -> bool:
    """Is ``part`` told as a part of ``whole`` right before it ("30 of the 45 seats", "12 of their 20
    games")?"""
    found = _text_between(claim, part, whole)
    return found is not None and len(found[2]) <= _PART_OF_REACH and _PART_OF_RE.search(found[2]) is not None


_CUT_REACH = 6  # words before a change's figure where its verb stands ("cut its arts budget by £1.2 million")


def _cut_told_before(text: str, start: int) -> bool:
    """Is a verb of cutting among the few words before the figure ("cut its arts budget by")?"""
    words = text[:start].split()[-_CUT_REACH:]
    return any(english.lemma(w.lower().strip(",")) in CUT | DOWNWARD for w in words)


def _parallel(claim, first: Quantity, second: Quantity) -> bool:
    """Are the two figures told in parallel clauses ("has 900 pupils, while Harlow School has 300")? Then
    neither is a whole the other is a share of."""
    lo, hi = (first, second) if first.start < second.start else (second, first)
    found = _text_between(claim, lo, hi)
    if found is None:
        return False
    where, start, between = found
    hi_start = start + (lo.end - lo.start) + len(between)
    return any(joiner in between for joiner in _PARALLEL_JOINERS) \
        and _verb_before(where.text, start) == _verb_before(where.text, hi_start) != ""


def _partitive(claim, whole: Quantity, part: Quantity) -> bool:
    """Is ``part`` the figure after a whole fronted by "of" ("Of its 212 buses, 40 are electric")?"""
    found = _text_between(claim, whole, part)
    if found is None:
        return False
    where, start, between = found
    return _fronted_by_of(where.text, start, between)


def _fronted_by_of(text: str, whole_start: int, between: str) -> bool:
    """Is the figure at ``whole_start`` a whole fronted by "of", and the text after it, ``between``, only the
    comma before its part ("Of its 212 buses, 40 are electric")?"""
    return between.strip() == "," and _PARTITIVE_BEFORE_RE.search(text[max(0, whole_start - _PARTITIVE_REACH):whole_start]) is not None


def _percentage_change(claim, a: Quantity, b: Quantity) -> list:
    """The change between two readings of one measure (``a`` the larger) as a share of the earlier
    reading, the one after "from" ("£2,062, up from £1,964": 5.0%; "fell from 42p to 36p": 14.3%)."""
    if a.unit == "%" or b.unit == "%":
        return []  # two shares differ by points (see _difference), and a share of a share is no news figure
    earlier = next((q for q in (a, b) if after_from(claim, q)), None) or earlier_reading(claim, a, b)
    if earlier is None:
        return []
    later = b if earlier is a else a
    share = 100.0 * (a.value - b.value) / earlier.value
    # placed at the later reading, whose date is the change's; counting what the readings count
    return [Derived(Quantity(share, "%", a.noun or b.noun, "exact", "", precision=SHARE_PRECISION, start=later.start,
                             end=later.end),
                    f"({_fmt(a)} - {_fmt(b)}) / {_fmt(earlier)} = {share:.1f}%", True, earlier)]


def after_from(claim, q: Quantity) -> bool:
    """Is the figure the one a change is measured from ("up from 58,200", "from 42p to 36p", "£3.1m,
    compared with £1.4m", "£3.2m, against £2.5m")?"""
    return reading_joiner(claim, q) != ""


# the words that set an earlier reading beside a later one ("£3.1m in 2024, compared with £1.4m in 2023")
READINGS_COMPARED = ("compared with", "compared to", "against")


# "from" with the words that name the earlier reading it starts from: "down from a record 186,000", "from a
# peak of 41 per cent", "up from an estimated 50,000" (a closed set: "a grant from a fund of £5m" is no reading)
_FROM_A_READING_RE = lazy(r"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:record|peak|high|low|previous|earlier|original|initial|"
                          r"estimated|planned|projected|forecast)(?:\s+of)?\s+$", re.I)
_FROM_REACH = 32  # characters before the figure: "from an estimated "


def reading_joiner(claim, q: Quantity) -> str:
    """The words before a figure that make it an earlier reading: "from", or one of READINGS_COMPARED
    (a bare "against" after a comma only); "" if none."""
    analysis, start = claim.where(q.start)
    words = analysis.text[max(0, start - 14):start].lower().replace("(", " ").split() if start >= 0 else []
    if words[-1:] == ["from"] or (start >= 0 and _FROM_A_READING_RE.search(analysis.text, max(0, start - _FROM_REACH), start)):
        return "from"  # (and "down from a record 186,000", "from a peak of 41 per cent")
    if " ".join(words[-2:]) in READINGS_COMPARED:
        return " ".join(words[-2:])
    return "against" if words[-1:] == ["against"] and analysis.text[:start].rstrip().endswith(", against") else ""


def _with_elided_units(amounts, text: str) -> list:
    """A bare figure after the same verb as a figure before it takes that figure's unit and noun
    ("Thrushby High has 910 pupils and Kellingford School has 640": 640 pupils), the one measure of
    two parallel clauses; any other bare figure is left as it is."""
    out = list(amounts)
    for k in range(1, len(out)):
        q, before = out[k], out[k - 1]
        if q.unit or q.noun or not (before.unit or before.noun) or q.start < 0 or before.start < 0 or q.start >= IN_QUOTE:
            continue
        if _COMPARED_BARE_RE.search(text, before.end, q.start) and not any(mark in text[before.end:q.start] for mark in ";:"):
            out[k] = q._replace(unit=before.unit, noun=before.noun)  # "3,900 season tickets, compared with an average of 600"
            continue
        verb, earlier = _verb_before(text, q.start), _verb_before(text, before.start)
        between = text[before.end:q.start]
        if verb and verb == earlier and any(joiner in between for joiner in _PARALLEL_JOINERS):
            out[k] = q._replace(unit=before.unit, noun=before.noun)
        elif _fronted_by_of(text, before.start, between):
            out[k] = q._replace(unit=before.unit, noun=before.noun)  # "Of its 212 buses, 40 are electric": 40 buses
    return _breakdown_units(out, text)


# a bare figure set beside a reading as another reading of it: ", compared with an average of 600", ", against about 450"
_COMPARED_BARE_RE = lazy(r",?\s+(?:compared\s+(?:with|to)|against)\s+(?:(?:an?|the)\s+)?(?:(?:average|usual|typical|normal)\s+)?"
                         r"(?:of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_PARALLEL_JOINERS = (" and ", ", while ", ", whereas ", ", but ")  # "... has 910 pupils, while Kellingford has 640"
# a whole fronted by "of" before the part that follows its comma: "Of the 480 flights", "Of Harton Buses' 212 buses"
_PARTITIVE_BEFORE_RE = lazy(r"(?:^|[.;:]\s+|,\s+)of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*['’]s?\s+)?$", re.I)
_PARTITIVE_REACH = 60  # characters before the whole's figure


# what opens a part of a whole after its figure: " for electricity", " of them at Kestleby"
PART_OPENING = r"\s+(?:of\s+them\s+)?(for|in|at|from|on)\s+(?:the\s+)?"
# a figure's part of a whole, up to the next part: "840,000 for electricity and ", "410 of them at Kestleby and "
_PART_BETWEEN_RE = lazy(PART_OPENING + r"[\w'’-]+(?:\s+[\w'’-]+)??(?:,\s*|\s+and\s+|,\s+and\s+)")
_PART_AFTER_RE = lazy(r"\s+(for|in|at|from|on)\s")


def _breakdown_units(amounts, text: str) -> list:
    """Bare figures listed right after a whole, each with the same preposition naming its part ("1.46
    million customer accounts ..., 840,000 for electricity and 620,000 for gas"; "employs 620 people,
    410 of them at Kestleby and 210 at Harton"), take the whole's unit and noun: a breakdown of it."""
    out = list(amounts)
    for k in range(1, len(out) - 1):
        whole, first, second = out[k - 1], out[k], out[k + 1]
        if not (whole.unit or whole.noun) or whole.start < 0 or first.start < 0 or second.start < 0 \
                or first.start >= IN_QUOTE or second.start >= IN_QUOTE or second.unit or second.noun \
                or (first.unit or first.noun) and (first.unit, first.noun) != (whole.unit, whole.noun):
            continue
        a, b = _PART_BETWEEN_RE.fullmatch(text, first.end, second.start), _PART_AFTER_RE.match(text, second.end)
        if a is None or b is None or a.group(1) != b.group(1):
            continue  # (the same preposition names each part)
        if "," not in text[whole.end:first.start] or max(first.value, second.value) > whole.value:
            continue
        out[k] = first._replace(unit=whole.unit, noun=whole.noun)
        out[k + 1] = second._replace(unit=whole.unit, noun=whole.noun)
    return out


def _verb_before(text: str, start: int) -> str:
    """The word right before a figure, as a lemma ("has 640": have), or ""."""
    words = text[max(0, start - 16):start].split()
    return english.lemma(words[-1].lower().strip(",")) if words else ""


def _plain(q: Quantity) -> bool:
    """Is the figure a value (exact or about), not a bound ("more than 42 per cent")?"""
    return q.qualifier in ("exact", "about")


_PERSONS_JOINED_RE = lazy(r"^\s*(?:,\s*)?(?:and|,)\s*$")


def _of_a_kind_of_person(q: Quantity) -> bool:
    """Does the figure count a kind of person ("30 passengers", "two crew members")?"""
    return bool(q.noun) and not q.unit and english.names_a_person(english.lemma(q.noun.lower().split()[-1]))


def _counts_persons(q: Quantity) -> bool:
    """Does the figure count persons, of a kind or in general ("400 people"), whatever its qualifier?"""
    return _of_a_kind_of_person(q) or (not q.unit and q.noun.lower() in quantity_parser.PEOPLE)


def _person_count(q: Quantity) -> bool:
    """A value (no bound, no rate) of a kind of person: a part a list of persons adds up."""
    return _plain(q) and not q.per and _of_a_kind_of_person(q)


def persons_listed(claim) -> list:
    """The counts of kinds of person a claim lists together ("two women and four children",
    "three passengers, two crew members and a guard"), summed: (Derived of so many people, ...)."""
    out, run = [], []
    for q in sorted((q for q in claim.quantities if q.start < IN_QUOTE), key=lambda q: q.start):
        if _person_count(q) and run and _PERSONS_JOINED_RE.match(claim.text[run[-1].end:q.start]):
            run.append(q)
            continue
        if _whole_list(claim, run):
            out.append(_people_of(run))
        run = [q] if _person_count(q) else []
    if _whole_list(claim, run):
        out.append(_people_of(run))
    if len(out) != 1 or any(_counts_persons(q) and q not in out[0].addends for q in claim.quantities):
        return []  # only the claim's one list of persons: not where it counts other persons too ("were
        # among the 30 passengers", "two men were killed and three women injured")
    return out


_LIST_GOES_ON_RE = lazy(r"^\s*(?:,\s*)?(?:and|or)\b|^\s*,\s*(?:a|an|the|his|her|their|its)\b")
_LIST_CAME_BEFORE_RE = lazy(r"(?:,|\band|\bor)\s*$")
_PART_OF_RE = lazy(r"\bof(?: the| its| their)?\s*$")


# what joins the items of a list of amounts: a comma or "and" within a few words ("£2.4m from parking
# charges, £1.1m from planning fees and £0.5m from licensing")
_ITEMS_JOINED_RE = lazy(r"^[^.;:()]{0,40}?(?:,|\band\b)[^.;:()]{0,12}$")


def _amounts_listed(claim, amounts) -> list:
    """The runs of three or more amounts of one kind a claim lists as the whole of one list: the
    parts of a total it leaves unsaid, summed only whole (two of three parts make no total of them)."""
    runs, run = [], []
    for q in sorted(amounts, key=lambda q: q.start):
        if run and _alike(run[-1], q) and _ITEMS_JOINED_RE.match(claim.text[run[-1].end:q.start]):
            run.append(q)
            continue
        if len(run) > 2 and _whole_list(claim, run):
            runs.append(tuple(run))
        run = [q] if _plain(q) else []
    if len(run) > 2 and _whole_list(claim, run):
        runs.append(tuple(run))
    return runs


def _sum_of(run) -> Derived:
    summed, first = sum(q.value for q in run), run[0]
    return Derived(first._replace(value=summed, qualifier="exact", detail="", precision=sum(q.precision for q in run), end=run[-1].end),
                   " + ".join(_fmt(q) for q in run) + f" = {_fmt(first, summed)}", addends=tuple(run))


def _whole_list(claim, run) -> bool:
    """Is the run of counts two or more and the whole of its list ("three passengers, two crew members
    and a guard" is not: the guard counts too), each count whole (not "half of the 40 pupils", "two of
    the four children")?"""
    return len(run) > 1 and not _LIST_GOES_ON_RE.match(claim.text[run[-1].end:]) \
        and not _LIST_CAME_BEFORE_RE.search(claim.text[:run[0].start]) \
        and not any(_PART_OF_RE.search(claim.text[:q.start]) for q in run) and all(q.qualifier == "exact" for q in run)


def _people_of(run) -> Derived:
    people = sum(q.value for q in run)
    first = run[0]
    return Derived(first._replace(value=people, noun="people", qualifier="exact", detail="",
                                  precision=sum(q.precision for q in run), end=run[-1].end),
                   " + ".join(_fmt(q) for q in run) + f" = {_fmt(first, people)} people", addends=tuple(run))


def _alike(a: Quantity, b: Quantity) -> bool:
    """Two amounts that say what they measure (a currency, or what is counted) and measure the same
    kind of thing, so that they add up: bare numbers are left alone, their sums are coincidences."""
    return (_plain(a) and _plain(b) and bool(a.unit or a.noun)
            and bool(b.unit or b.noun) and quantity_parser.compatible(a, b))


# what joins two readings of one measure at two times: "64,800, up from 58,200", "from 58,200 to
# 64,800", "to €2.4 billion in 2023, from €2.14 billion"
_ONE_MEASURE_AFTER = "from"  # "up from", "down from", ", from"
_NEWS_CHANGE_RE = lazy(r"\b(?:up|down)(?: (?:by )?[\d.]+(?: per cent|%| percentage points)?)? from$")
_NEWS_CHANGE_REACH = 24  # words: a clause
# words that open another clause, with a subject of its own ("31 boats ..., and the number of
# licences was down from 40"): the figure after "from" is not the first one's measure
_ANOTHER_SUBJECT = frozenset("and while whereas but although though;".split())


def one_measure(claim, a: Quantity, b: Quantity) -> bool:
    """Are the two figures one measure read at two times, as the text joins them ("64,800 at the
    end of January, up from 58,200 a year earlier", "from 58,200 to 64,800"), though neither says
    what it counts? The second figure is of the first's measure, whatever it is."""
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.unit != second.unit or second.start >= IN_QUOTE or first.start < 0:
        return False
    if first.noun and second.noun and not quantity_parser.compatible(first, second):
        return False  # "1,200 people, from 40 countries": two measures
    between = " ".join(claim.text[first.end:second.start].lower().replace(",", " ").split())
    if between.endswith(_ONE_MEASURE_AFTER) and len(between.split()) <= 10 and not _another_clause(claim.text[first.end:second.start]):
        return True  # (not the "from" of another clause: "£2.50 an hour, while bus fares rose from £1.80")
    if _NEWS_CHANGE_RE.search(between) and len(between.split()) <= _NEWS_CHANGE_REACH \
            and not _another_clause(claim.text[first.end:second.start]) and not any(
            q.unit == first.unit and first.end <= q.start < second.start for q in claim.quantities if q is not first and q is not second):
        return True  # "47 people sleeping rough ... on a single night in November, down from 52", "1,320
        # households ..., up 21 per cent from 1,090": news' "up/down from" reaches back over the figure's
        # own words to the last figure of its kind
    # "from 58,200 to 64,800", "from 42p a litre to 36p a litre", "from £4.8 million in the year to March
    # 2025 to £3.6 million" (the first reading's time said between)
    if claim.text[max(0, first.start - 5):first.start].lower() == "from ":
        undated = _without_its_time(claim, first, second)
        if undated == "to" or (undated.endswith(" to") and len(undated.split()) <= 3):
            return True
    # "£3.1 million in 2024, compared with £1.4 million in 2023", "£3.2m in the year to November, against
    # £2.5m": two readings set side by side, the first's time told (not two places' figures: "420 nurses,
    # compared with 380 in Harby")
    undated = _without_its_time(claim, first, second)
    if undated in READINGS_COMPARED and between != undated and not _another_clause(claim.text[first.end:second.start]) \
            and not any(m.start > second.end and claim.text[second.end:m.start].strip() in ("in", "at", "for", "by")
                        for m in claim.mentions):
        return True
    # "18,500 copies a week in 2019 and 6,200 copies a week in 2024", "had 120 volunteers in 2019 and has 360 now":
    # two readings joined by "and", each told with a time of its own (no name between: "and Kelby has 360")
    if _TWO_TIMES_JOINED_RE.fullmatch(undated) and _times_apart(claim, first, second) \
            and not any(first.end <= m.start < second.start for m in claim.mentions):
        return True
    # a reading the same "from" goes on to, set after one: "fell to 368,000 in 2024, from 412,000 in 2023
    # and a peak of 447,000 in 2022" (412,000 and 447,000, and so 368,000 and 447,000)
    if _SERIES_GOES_ON_RE.fullmatch(between):
        return claim.text[max(0, first.start - 5):first.start].lower() == "from "
    # ... and a reading of it two steps on: the reading between is of the measure of both
    return any(one_measure(claim, first, q) and one_measure(claim, q, second) for q in claim.quantities
               if first.end <= q.start and q.end <= second.start and q.unit == first.unit)


# the words that tell the time of a reading before its date: "in 2024", "in the year to March 2025",
# "for the financial year ending March 2025", "at the end of 2024"
_READING_TIME_RE = lazy(r"(?:(?:in|for|during|over|at|by|as of)\s+(?:the\s+)?(?:(?:end|start|close) of\s+)?"
                        r"(?:(?:financial|calendar|school|academic|tax)\s+)?(?:(?:year|12 months|twelve months|quarter|season|"
                        r"months?)\s+)?(?:to|ending|ended|of)?\s*)?<date>(?:[-/]\d{2})?")


_TWO_TIMES_JOINED_RE = lazy(r"and(?: (?:has|have|had|is|are|was|were|now))*")
_NOW_WORDS = ("now", "today", "currently", "at present")
_TIME_AFTER_REACH = 30  # characters from the second reading to its own time ("6,200 copies a week in 2024")


def _reading_times(claim, first: Quantity, second: Quantity):
    """(the first reading's time, the second's or None for "now") where each of two readings is told with a time
    of its own, the two different: a date after each, or "now" after the second; else None."""
    firsts = [d for d in claim.calendar_dates if first.end <= d.start < second.start]
    if not firsts:
        return None
    when = firsts[-1]
    if claim.text[second.end:second.end + _TIME_AFTER_REACH].lower().lstrip(" ,").startswith(_NOW_WORDS):
        return when, None
    later = next((d for d in claim.calendar_dates if second.end <= d.start < second.end + _TIME_AFTER_REACH), None)
    if later is None or (later.year, later.month, later.day) == (when.year, when.month, when.day) or not (later.year or later.month):
        return None
    return when, later


def _times_apart(claim, first: Quantity, second: Quantity) -> bool:
    return _reading_times(claim, first, second) is not None


def earlier_reading(claim, a: Quantity, b: Quantity):
    """Of two readings of one measure, the one told at the earlier time (each's time after it, "in 2019" / "in
    2024", or "now" for the later), or None."""
    first, second = (a, b) if a.start < b.start else (b, a)
    times = _reading_times(claim, first, second)
    if times is None:
        return None
    when, later = times
    if later is None:
        return first  # "... and has 360 now"
    if when.year and later.year and when.year != later.year:
        return first if when.year < later.year else second
    return None


def _without_its_time(claim, first: Quantity, second: Quantity) -> str:
    """The words between two figures, lower case and single spaced, with the time the first is read
    at left out ("in the year to March 2025 to" is "to")."""
    text = claim.text
    spans = [(d.start, d.end) for d in claim.dates if first.end <= d.start and d.end <= second.start]
    between = text[first.end:second.start]
    for start, end in sorted(spans, reverse=True):
        between = between[:start - first.end] + "<date>" + between[end - first.end:]
    between = _READING_TIME_RE.sub(" ", between.lower())
    return " ".join(between.replace(",", " ").split())


_SERIES_GOES_ON_RE = lazy(r"(?:in (?:\d{4}|[a-z]+ \d{4}) )?and(?: (?:a|an|its|their))?(?: (?:all-time |record )?(?:peak|high|low) of)?")


def _another_clause(between: str) -> bool:
    """Does the text between two figures open a clause with a subject of its own ("..., and the
    number of licences was down from 40")? A bare "and" joins words ("in English and maths"), not
    clauses; a comma before it, or a conjunction of its own, does."""
    words = set(" ".join(between.lower().replace(",", " , ").split()).split())
    if (_ANOTHER_SUBJECT - {"and"}) & words:
        return True
    return bool(re.search(r"[,;]\s*and\b", between.lower()))


def distributive(analysis, q: Quantity) -> bool:
    """Is the figure given per member ("each side will appoint 10", "10 each", "each being
    represented by 10")? Such a figure is not a total."""
    analysis, start = analysis.where(q.start)
    if start < 0:
        return False
    end = start + (q.end - q.start)
    clause_start = max(analysis.text.rfind(mark, 0, start) for mark in (";", ". ", ", and ", ", but "))
    # "The turbines, each up to 149 metres tall, will have ...": a phrase set off by commas keeps its
    # "each" to itself
    aside = analysis.text.rfind(", each ", clause_start + 1, start)
    if aside >= 0 and "," in analysis.text[aside + 1:start]:
        clause_start = analysis.text.index(",", aside + 1)
    toks = analysis.tokens
    before = [t.lower for k, t in enumerate(toks) if clause_start <= t.start and t.end <= start
              and not (t.lower == "per" and k + 1 < len(toks) and toks[k + 1].lower == "cent")  # "4.5 per cent"
              and not (t.lower == "per" and k > 0 and toks[k - 1].lower == "as")]  # "as per the report": according to
    after = [t.lower for t in toks if t.start >= end][:3]
    # "152 area codes, each with room for 540 offices": set off by a comma, "each" opens a phrase
    # about every one of the things counted, which leaves their count a total
    set_off = bool(after) and after[0] == "each" and analysis.text[end:].lstrip().startswith(",") and len(after) > 1 \
        and bool(q.noun) and not q.unit and q.noun.lower() not in MEASURE_UNITS  # (not "jailed for six years, each having ...")
    # "£250,000 to each of its farms", "10 each" (not "an average of": "the average rent" is a measure)
    return bool(EACH_WORDS & set(before)) or (bool(after) and after[0] == "each" and not set_off) \
        or (len(after) > 1 and after[0] in ("to", "for") and after[1] == "each")


def per_head(analysis, q: Quantity) -> bool:
    """Is the figure told "per" one of those that have it ("£8,000 per business", "£12 per head", "20 pupils per
    teacher"): an average over them, not "per cent" nor a rate in time ("per year")?"""
    where, start = analysis.where(q.start)
    if start < 0 or q.per:
        return False
    after = [t.lower for t in where.tokens if t.start >= start + (q.end - q.start)][:2]
    return len(after) == 2 and after[0] == "per" and after[1] != "cent"


_TOTAL_AFTER = ("between them", "combined", "together", "altogether", "in total", "in all")
_TOTAL_BEFORE = ("a total of", "total of", "a combined", "combined", "in total")


_NEWS_DIRECTIONS = frozenset(["up", "down"])
_ABOVE_OR_BELOW = frozenset(["above", "below"])
_BEHIND_OR_AHEAD = frozenset(["behind", "ahead", "clear"])
_COMPARED = MORE | LESS | _NEWS_DIRECTIONS


def change(analysis, q: Quantity) -> bool:
    """Is the figure a change rather than a level ("rose by €260 million", "cut by 350")?"""
    analysis, start = analysis.where(q.start)
    if start < 0:
        return False
    if q.detail in quantity_parser.FACTOR_VERBS:
        return True  # "halved", "doubled": a change by a factor
    before = analysis.text[max(0, start - 12) : start].lower().split()
    if before and before[-1] == "by":
        return not _agent_after(analysis, q, start)
    if before and english.lemma(before[-1]) in DIRECTED | CUT and not _money_raised(before[-1], q):
        return True  # "fell 14 per cent", "rose 18% to £84.2 million", "cut 200 jobs": the verb's measure is the change
    if before and english.lemma(before[-1]) == "add" and q.noun and not q.unit:
        return True  # "added 1,500 customers": what the count of customers grew by (not "added £5m to the fund")
    if before and _held_lost(before[-1], q):
        return True  # "lost six seats", "lost 1,200 customers": what the count held fell by
    if before and before[-1] in _NEWS_DIRECTIONS and (len(before) < 2 or before[-2].endswith(",") or before[-2] in BE_FORMS):
        return True  # "£1,085 a month, up 8.6 per cent on a year earlier", "sales were down 3%" (not "made up 40 per cent")
    if before and before[-1] in ("further", "another") and q.unit and not q.noun:
        return True  # "a pay rise of 4 per cent this year and a further 2.5 per cent next year": the change again
        # (not "350 construction jobs and a further 900 permanent jobs": more things counted)
    of = analysis.text[max(0, start - 24) : start].lower().split()
    if len(of) > 1 and of[-1] == "of" and _change_noun(of[-2]):
        return True  # "a fall of 4%", "growth of 3 per cent", "a gain of five": the noun's measure is the change
    # "41 per cent fewer courses", "12% higher", "1.2 million more passengers than in 2023": a
    # difference from something else the figure is compared with
    after = [w.strip(",.;:") for w in analysis.text[start + (q.end - q.start): start + (q.end - q.start) + 10].lower().split()]
    within = _words_within(q)
    if q.unit and after and after[0] == "off":
        return True  # "30 per cent off tickets", "£5 off": a reduction
    if len(after) > 1 and after[0] in _ABOVE_OR_BELOW and after[1] in _NOUN_OPENERS | {"last", "previous"}:
        return True  # "79,000 below the 2022 peak", "£400,000 above the previous record": how far from a level
        # the phrase names (not "below 60,000": a bound, written before its figure)
    if _OVER_A_LEVEL_RE.match(analysis.text, start + (q.end - q.start)):
        return True  # "ran £2.8m over its original £5.6m budget", "£400,000 under target": how far from a level
    if after and after[0] in _BEHIND_OR_AHEAD:
        return True  # "finished a minute behind the winner", "two points clear of Harton": a gap, no level
    if q.unit and before and before[-1] in _NOUN_OPENERS and _change_noun_after(analysis.text[start + (q.end - q.start):]):
        return True  # "a 7 per cent rise", "a 4.5% pay rise", "a 4.99 per cent council tax rise": a noun of change
    if q.unit == "%":
        return any(words and words[0] in _COMPARED for words in (after, within))
    if q.unit and any(words and words[0] in MORE | LESS for words in (after, within)):
        return True  # "will pay £98 more a year": a sum of money more or less is a difference
    # any other figure is a difference only where "than" names what it is compared with ("15 more
    # episodes" may be the total of a new season); any comparative counts ("nine weeks longer than")
    rest = analysis.text[start + (q.end - q.start):].lower().split(". ")[0].split()
    return any(words and (words[0] in _COMPARED - _NEWS_DIRECTIONS or comparative(words[0])) for words in (after, within)) \
        and ("than" in rest or "than" in within)


def _behind(analysis, q: Quantity) -> bool:
    """Is the figure a gap behind another ("70 points, six points behind the champions"), which added to
    the level before it gives the other's?"""
    where, start = analysis.where(q.start)
    return start >= 0 and where.text[start + (q.end - q.start):].lower().lstrip().startswith("behind ")


# what one is beaten in: "lost ten matches" counts defeats, where "lost six seats" is a fall in what was held
_CONTESTS = frozenset("match game race election contest battle war fight final tie bout appeal case trial series round bid fixture".split())


def _held_lost(verb: str, q: Quantity) -> bool:
    """Is the count the object of "lose" in its sense of ceasing to have (WordNet lose v. 1: "lost six
    seats", "lost 200 jobs"), a fall in what was held? Not in its sense of being beaten ("lost ten
    matches"), nor a sum of money, which is a loss made ("lost £3.4 million"), nor a length of time,
    which is time wasted, a level ("lost 41,000 hours waiting", "3,000 working days lost to strikes")."""
    noun = english.lemma(q.noun.lower()) if q.noun else ""
    return english.lemma(verb) == "lose" and bool(noun) and not q.unit and noun not in _CONTESTS \
        and noun not in quantity_parser.DURATION_UNITS


def _money_raised(verb: str, q: Quantity) -> bool:
    """Is the sum the object of "raise" in its sense of collecting ("raised £3 million for charity",
    WordNet raise v. 7: raise, levy, collect)? The sense of increase takes what it increases as its
    object and the change after "by" ("raised fares by 5%", "raised its prices 5%"), never a sum."""
    return english.lemma(verb) == "raise" and bool(q.unit) and q.unit not in ("%", POINTS) and not q.per


def change_way(analysis, q: Quantity) -> str:
    """'up' or 'down' for a change told with its direction ("fell 2.4 per cent", "growth of 2.4 per
    cent", "a 5% pay cut", "rose by 90p", "tripled", "cut its budget by a third"), else ''."""
    whole = analysis
    analysis, start = analysis.where(q.start)
    if start < 0:
        return ""
    own = q.text.lower().split()
    if own and _way_of_word(own[-1]) and not any(ch.isdigit() for ch in q.text):
        return _way_of_word(own[-1])  # a verb that is its own figure: "tripled", "nearly halved"
    before = analysis.text[max(0, start - 30) : start].lower().split()
    if before and before[-1] == "by":
        before = before[:-1]  # "rose by 90p", "was cut by 200"
    if before and before[-1] == "of" and len(before) > 1:
        return _way_of_word(before[-2])  # "a fall of 4%"
    if before and before[-1] in _NEWS_DIRECTIONS:
        return before[-1]  # "up 4%"
    if before and _way_of_word(before[-1]):
        return _way_of_word(before[-1])  # "fell 4%"
    if before and _held_lost(before[-1], q):
        return "down"  # "lost six seats"
    written_after = analysis.text[start + (q.end - q.start):].lower().split()[:3]
    after = [w.strip(",.;:") for w in written_after]
    for word in _words_within(q)[:1] + after[:1]:  # "690 more households than a year earlier", "£98 more a year"
        if word in MORE | LESS and change(analysis, q):
            return "up" if word in MORE else "down"
    for k, (word, written) in enumerate(zip(after, written_after)):
        if k == 0 and word == "off":
            return "down"  # "30 per cent off"
        if _change_noun(word):
            return _way_of_word(word)  # "a 5% pay cut"
        if word in STOPWORDS or word != written:
            break  # the figure's noun phrase ends: "raise council tax by 4.99 per cent and cut £18 million"
    verb = verb_before_its_object(whole, q)
    if verb >= 0:
        lemma = analysis.tokens[verb].lemma
        return "down" if lemma in CUT else way_of(lemma)  # "will cut its arts budget by a third"
    return ""


_DEGREE_OBJECT_REACH = 5  # words of an object between a verb of change and the "by" of its degree
_OBJECT_OPENERS = frozenset("the its their his her our a an this that these those".split())


def verb_before_its_object(analysis, q: Quantity) -> int:
    """The verb of change a figure after "by" tells the degree of, across the verb's object ("will cut
    its arts budget by a third", "raised peak fares by 5%"; Quirk et al. 1985, 8.127: a degree adjunct
    after the object): its token's index in the part of ``analysis`` (text or quote) that holds the
    figure, or -1."""
    analysis, start = analysis.where(q.start)
    toks = analysis.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    if start < 0 or at < 2 or toks[at - 1].lower != "by":
        return -1
    for j in range(at - 2, max(-1, at - 2 - _DEGREE_OBJECT_REACH), -1):
        tok = toks[j]
        if any(ch in analysis.text[tok.end:toks[j + 1].start] for ch in ",;:()"):
            return -1
        if tok.lemma in DIRECTED | CUT and analysis.verbal(j):
            return j if j < at - 2 else -1  # (an object stands between: "rose by 5%" is read above)
        if not (tok.lower in _OBJECT_OPENERS or tok.is_cap or (tok.is_content and not analysis.verbal(j))):
            return -1
    return -1


def _words_within(q: Quantity) -> list:
    """The figure's own words past its number and scale ("1.2 million more passengers": more, passengers;
    "a dozen more e-readers", "twenty-five fewer": the number in words as in digits)."""
    last_digit = max((k for k, ch in enumerate(q.text) if ch.isdigit()), default=-1)
    if last_digit >= 0:
        return [w for w in q.text[last_digit + 1:].lower().split() if w not in SCALE_WORDS]
    words = q.text.lower().split()
    k = 0
    while k < len(words) and (words[k] in _NUMBER_WORD_PARTS or all(p in NUMBER_WORDS for p in words[k].split("-"))):
        k += 1
    return [w for w in words[k:] if w not in SCALE_WORDS] if k else []


# "a hundred and twenty", "a third"
_NUMBER_WORD_PARTS = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(quantity_parser.FRACTION_WORDS) | {"a", "an", "and", "one"}


def _way_of_word(word: str) -> str:
    """'up' or 'down' for a word of change or one of its family ("reduction": reduce), else ''."""
    lemma = english.lemma(word)
    for one in (lemma, *english.family(lemma)):
        way = "down" if one in CUT else way_of(one)
        if way:
            return way
    return ""


def of_change(lemma: str) -> bool:
    """Is the lemma a word of change in amount, or of such a word's family ("growth": grow)?"""
    return lemma in DIRECTED | CUT or bool(english.family(lemma) & (DIRECTED | CUT))


def _change_noun(word: str) -> bool:
    """Is the word a noun of a change in amount ("fall", "rise", "increase", "growth", "reduction"),
    in its singular form (not "gaining", "rose")?"""
    lemma = english.lemma(word)
    return word == lemma and of_change(lemma)


def _change_noun_after(rest: str) -> bool:
    """Does a noun of change end the noun phrase a figure opens ("rise", "pay increase", "council tax
    rise", "above-inflation rise"), two modifiers at most before it?"""
    for word in [w.strip(",.;:") for w in rest.lower().split()[:3]]:
        if _change_noun(word):
            return True
        if not word.replace("-", "").isalpha() or word in STOPWORDS:
            return False  # the phrase ends before a noun of change
    return False


# a figure told as how far it went past a level a plan set: "£2.8m over (its original £5.6m) budget"
# (and another's "figure", which a difference is told against as against a plan's: "17 votes, three more than the
# Courier's figure")
LEVEL_NOUNS = frozenset("budget estimate target forecast projection allocation figure".split())
# "over budget", "more than the 2021 estimate", "below the council's original forecast", "more than had been
# forecast": the level is a plan's noun after up to three words that qualify it, or a plan's participle
_LEVEL_PARTICIPLES = "forecast|expected|planned|budgeted|estimated|predicted|projected|targeted"
_OVER_A_LEVEL_RE = lazy(r"\s+(?:over|under|above|below|(?:more|less|higher|lower|greater|fewer)\s+than)\s+(?:"
                        r"(?:(?:its|the|their|his|her|an?|this)\s+)?(?:(?!(?:and|or|but|that|which)\b)[\w'\u2019-]+\s+){0,3}?"
                        r"(?:[£$€][\d.,]+\s*(?:m|bn|million|billion)?\s+)?(?:" + "|".join(sorted(LEVEL_NOUNS)) + r")s?\b"
                        r"|(?:(?:had|has|was|were|had\s+been|was\s+being)\s+)?(?:" + _LEVEL_PARTICIPLES + r")\b)", re.I)


def over_a_level(analysis, q: Quantity) -> bool:
    """Is the figure told as how far it went over or under a level a plan set ("£2.8m over budget")?"""
    part, start = analysis.where(q.start)
    return start >= 0 and _OVER_A_LEVEL_RE.match(part.text, start + (q.end - q.start)) is not None


_NOUN_OPENERS = frozenset("a an the its their his her our this that".split())  # "a 7% rise", "its 3% increase"


# "by nine votes to four": what follows a vote's count is the other side's
_TALLY_RE = lazy(r"\s+to\s+(?:\d|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)", re.I)


def _agent_after(analysis, q: Quantity, start: int) -> bool:
    """Does "by" before the figure name the doers of a passive verb ("was reviewed by 9 critics",
    "is run by 40 volunteers", "a report, written by 12 engineers,"), not a difference ("was cut by
    200", "was boosted by 30 officers", "delayed by three weeks") nor a margin ("was passed by 14
    votes")? A count of things after a participle that follows a form of "be" (or a comma), where
    the verb is no verb of change."""
    if q.unit or not q.noun or q.noun.lower() in MEASURE_UNITS or english.lemma(q.noun.lower()) in _MARGIN_NOUNS:
        return False  # "raised by 5%", "delayed by three weeks", "won by three goals": how much
    if _TALLY_RE.match(analysis.text, start + (q.end - q.start)):
        return False  # "approved by nine votes to four": a vote's tally
    tokens = [t for t in analysis.tokens if t.end <= start]
    words = [t.lower for t in tokens]
    if len(words) < 2 or words[-1] != "by":
        return False
    k = len(words) - 2
    if words[k] in _PARTICLES and k > 0:
        k -= 1  # "carried out by", "set up by"
    verb, lemma = words[k], english.lemma(words[k])
    if verb in _DIRECTIONS:
        return False  # "was down by 500 fans", "is up by 30": a change
    if verb.endswith("ing") or not english.can_be_verb(verb) or _of_change(lemma):
        return False
    before = k - 1
    while before >= 0 and (words[before] in PREVERBAL_ADVERBS or words[before].endswith("ly")):
        before -= 1  # "was originally built by", "was later reviewed by"
    passive = before >= 0 and words[before] in BE_FORMS
    # a participle set off after a noun: "the report, written by 12 engineers" (not a base form: "run")
    reduced = lemma != verb and analysis.text[:tokens[k].start].rstrip().endswith(",")
    return passive or reduced


@functools.lru_cache(maxsize=4096)
def _of_change(lemma: str) -> bool:
    """Is the verb one of change in amount: of Levin's list, near one in meaning ("boost", "trim",
    "extend"), or made from a gradable adjective ("enlarge", "shorten")?"""
    if lemma in DIRECTED | CUT:
        return True
    if any(word_similarity(lemma, other) >= 0.5 for other in DIRECTED | CUT):
        return True
    made_from = lemma[2:] if lemma.startswith("en") else lemma[:-2] if lemma.endswith("en") else ""
    return len(made_from) > 2 and bool(english.antonyms(made_from))


_PARTICLES = frozenset("out up off over forward together".split())
_DIRECTIONS = frozenset("up down back ahead behind".split())
# what a contest is won by: "passed by 14 votes", "won by three goals", "beaten by 20 points"
_MARGIN_NOUNS = frozenset("vote point goal run wicket stroke length shot try seat game set frame lap".split())


def comparative(word: str) -> bool:
    """Is the word a comparative adjective or adverb ("longer", "earlier", "older")?"""
    word = word.strip(",.;:")
    return word.endswith("er") and len(word) > 4 and english.lemma(word) != word and not english.can_be_verb(word)


def total(analysis, q: Quantity) -> bool:
    """Is the figure a sum of several ("77,106 votes between them", "a total of 20", "20 in
    total")? A sum is not contradicted by one of its parts."""
    analysis, start = analysis.where(q.start)
    if start < 0:
        return False
    end = start + (q.end - q.start)
    text = analysis.text.lower()
    after = " ".join(text[end : end + 30].split())
    before = " ".join(text[max(0, start - 20) : start].split())
    return after.startswith(_TOTAL_AFTER) or before.endswith(_TOTAL_BEFORE) or any(
        f" {w}" in f" {after}" for w in ("in total", "in all", "between them")) \
        or bool(_TOTAL_OF_RE.search(" ".join(text[max(0, start - 40) : start].split()))) \
        or bool(_FRONTED_TOTAL_RE.match(text[_sentence_start(text, start):start]))


# a sum told by a phrase fronted before its sentence: "Between them, the trust and the appeal put £1.16m
# towards it", "Together, the two firms employ 900 people"
_FRONTED_TOTAL_RE = lazy(r"\s*(?:between them|together|altogether|combined|in total|in all),")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding the offset starts."""
    stop = text.rfind(". ", 0, at)
    return stop + 2 if stop >= 0 else 0


# "a combined capacity of 84 megawatts", "a total workforce of 1,200": the measure itself is a sum
_TOTAL_OF_RE = lazy(r"\b(?:combined|total|joint|aggregate)\s+(?:[a-z-]+\s+){1,2}of$")


_COUNTED_AMOUNT_RE = lazy(r"^\s*(?:[a-z]+\s+){0,2}of\s*$")  # "two payments of £5m", "three separate fines of £500"


# a verb that moves an event in time, before "from <date> to <date>" in its clause
_MOVED_BEFORE_RE = lazy(r"\b(?:moved|postponed|delayed|pushed back|put back|brought forward|rescheduled|deferred|switched|"
                        r"changed|shifted|rearranged|put off)\b[^.;]*$", re.I)


def _days_spanned(claim) -> list:
    """The days a span of whole days takes, both ends counted ("no trains ran from 12 to 16 May 2025": 5 days)."""
    out = []
    dates = [d for d in claim.calendar_dates if d.start >= 0]
    for first, last in zip(dates, dates[1:]):
        if first.relation != "from" or last.relation not in ("to", "until", "till") or not (_to_the_day(first) and _to_the_day(last)) \
                or _MOVED_BEFORE_RE.search(claim.text, 0, max(first.start, 0)):
            continue  # ("moved its meeting from 3 March to 9 March": two dates of one meeting, no span)
        found = _days_from(claim, first, last, 1, 366)  # (both ends counted)
        if found is not None:
            out.append(found)
    return out


def _to_the_day(date) -> bool:
    return bool(date.year and date.month and date.day)


def _days_from(claim, first, last, ends: int, most: int):
    """The days from one date the claim gives to a later one (``ends``: 1 to count both), as a Derived span, where
    more than one and at most ``most``; else None."""
    try:
        days = (datetime.date(last.year, last.month, last.day) - datetime.date(first.year, first.month, first.day)).days + ends
    except ValueError:
        return None
    if not 1 < days <= most:
        return None
    return Derived(Quantity(days, "", "days", "exact", "", text=claim.text[first.start:last.end], start=first.start, end=last.end),
                   f"{first.describe()} to {last.describe()} = {days} days", span=True)


def _places_above(claim) -> list:
    """A place in an order of the most told as how many stand above it ("was the eighth-highest in the league": seven
    had more), and a count of those told as having more than the one the clause is of as its place ("nine clubs scored
    more goals than Ashby": the tenth-highest)."""
    out = []
    for q in claim.quantities:
        if q.start < 0 or q.start >= IN_QUOTE:
            continue
        if q.unit == "ordinal" and q.value >= 2 and q.noun.lower().endswith(MOST_ENDINGS):
            out.append(Derived(Quantity(q.value - 1, "", "", "exact", "", text=q.text, start=q.start, end=q.end),
                               f"{_fmt(q)} {q.noun}: {format_number(q.value - 1)} above it", above=True))
        elif not q.unit and q.qualifier == "exact" and q.value >= 1 and q.value == int(q.value) and more_than_after(claim, q):
            place = Quantity(q.value + 1, "ordinal", "highest", "exact", "", text=q.text, start=q.start, end=q.end)
            out.append(Derived(place, f"{format_number(q.value)} above it: {place.describe()}", above=True))
    return out


MOST_ENDINGS = ("highest", "largest", "biggest", "greatest", "most", "best")  # a place in an order of the most
_MORE_THAN_AFTER_RE = lazy(r"(?:\s+[\w'’-]+){1,6}?\s+(?:more|higher|bigger|larger|greater|better)(?:\s+[\w'’-]+){0,3}?\s+than\b", re.I)


def more_than_after(analysis, q: Quantity) -> bool:
    """Is a count told as having more than something ("seven clubs had a bigger wage bill than Redmoor", "nine clubs
    scored more goals than Ashby")?"""
    where, at = analysis.where(q.start)
    end = at + (q.end - q.start)
    m = _MORE_THAN_AFTER_RE.match(where.text, end)
    return m is not None and not any(mark in where.text[end:m.end()] for mark in ",;:")


def _days_between(claim) -> list:
    """The days between two events a claim dates to the day, one after the other in a clause each ("closed for repairs
    on 6 January 2025 and reopened on 17 March 2025": 70 days), for a length the statement tells of the time between
    ("was closed for ten weeks"). Not a span from one day to another (_days_spanned), nor two dates of one thing."""
    out = []
    dates = [d for d in claim.calendar_dates if 0 <= d.start < IN_QUOTE]
    for first, last in zip(dates, dates[1:]):
        if first.relation in ("from", "to", "until", "till", "between") or last.relation in ("to", "until", "till") \
                or not (_to_the_day(first) and _to_the_day(last)) or _MOVED_BEFORE_RE.search(claim.text, 0, max(first.start, 0)):
            continue
        if not _SAME_SUBJECT_NEXT_RE.search(claim.text[first.end:last.start]):
            continue  # (the second act the first's subject's: "closed on ... and reopened on", not "and a second shop opened on")
        found = _days_from(claim, first, last, 0, 3 * 366)
        if found is not None:
            out.append(found)
    return out


# the next act of the same subject: "and reopened on", "and was sentenced at ... on", "then reopened"
_SAME_SUBJECT_NEXT_RE = lazy(r"\b(?:and|then)\s+(?:(?:was|were|is|are|has|had|have|been|then|finally|later|only)\s+)*[a-z]+(?:ed|en|t)\b", re.I)


def _counted_pairs(claim, amounts) -> list:
    """(count, amount) where the claim tells so many things of one amount each ("two payments of £5m")."""
    return [(count, q) for count, q in zip(amounts, amounts[1:])
            if not count.unit and count.noun and count.qualifier == "exact" and 1 < count.value <= 50 and q.unit
            and q.unit not in ("%", POINTS)  # (two rises of 5% compound, and make no 10%)
            and english.lemma(count.noun.lower()) not in quantity_parser.DURATION_UNITS
            and _COUNTED_AMOUNT_RE.match(claim.text[count.end:q.start])]


def amounts_of_each(claim) -> frozenset:
    """Where the claim's amounts that are each of so many things start ("two payments of £5m": £5m), no whole."""
    return frozenset(q.start for _, q in _counted_pairs(claim, sorted(claim.quantities, key=lambda q: q.start)))


def _counted_amounts(claim, amounts) -> list:
    """'Two payments of £5m': so many things of one amount each, 2 x £5m = £10m in all."""
    return [Derived(q._replace(value=q.value * count.value, detail=""),
                    f"{_fmt(count)} x {_fmt(q)} = {_fmt(q, q.value * count.value)}")
            for count, q in _counted_pairs(claim, sorted(amounts, key=lambda q: q.start))]


def _each_times_count(claim, amounts) -> list:
    """'The two sides will each appoint 10 companies': 2 x 10 = 20 companies."""
    out = []
    for q in amounts:
        if not distributive(claim, q):
            continue
        for groups in amounts:
            if groups is q or groups.unit or groups.start > q.start or not groups.noun or groups.value > 50 \
                    or english.lemma(groups.noun.lower()) in quantity_parser.DURATION_UNITS | {"time"}:
                continue  # (how often or how long is no count of those who each have it: "played 22 times")
            total = q.value * groups.value
            out.append(Derived(q._replace(value=total, qualifier="exact", detail=""),
                               f"{_fmt(groups)} x {_fmt(q)} each = {_fmt(q, total)}", of_all=True))
    return out


def _fmt(q: Quantity, value: float = None) -> str:
    return format_number(q.value if value is None else value, q.unit)
