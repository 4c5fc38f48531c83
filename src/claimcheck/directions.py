"""Which way a text says an amount changed: up, down, or not at all.

A change is told by a verb of change in amount ("rose", "cut"), by news' "up" / "down" before a
figure ("31.4 per cent, down from 34.9"), or by two figures "from A to B". Read by align (a verb of
change is said by a claim that tells the same change in other words) and by agreement (a change
told the other way is a contradiction).
"""

from __future__ import annotations

import functools

from .analysis import IN_QUOTE
from .text.dates import year_written
from .text.lexicon import SCALE_WORDS
from .text.quantities import compared_with_itself, tokens_of

# verbs of change in amount with a direction of their own (Levin 1993, 45.6, calibratable change of
# state): any of one list says the opposite of any of the other of the same thing at the same time
UPWARD = frozenset("rise increase grow gain climb jump soar surge rocket skyrocket swell expand escalate double "
                   "triple treble quadruple raise lift hike".split())  # and the verbs that make an amount change (raise, cut)
DOWNWARD = frozenset("fall decrease shrink decline drop sink slump plunge plummet tumble dip slide slip dwindle "
                     "diminish lessen contract halve reduce slash".split())  # not "cut" or "lower": as often a noun
# or an adjective ("job cuts"); nor "balloon" or "mushroom", as often the thing as the growth, "boost" (a grant:
# "a £2m boost for buses") or "trim" (a haircut)
DIRECTED = UPWARD | DOWNWARD
# what did not change: the opposite of any change in amount ("cut the dividend to €0.85" against "a
# dividend of €0.85, unchanged from the previous year"), said by an adjective as often as by a verb
STEADY = frozenset("unchanged steady flat stable freeze".split())  # "freeze council tax": hold it where it is
# verbs of change that are as often nouns or adjectives ("job cuts", "lower prices"): opposed to no
# change only, where the use as a verb is checked
CUT = frozenset("cut lower shed".split())  # "shed 200 jobs" (and "a garden shed")
CHANGE_WORDS = DIRECTED | STEADY | CUT  # a claim with one of these tells of a change, or of none

MEMO = 4096  # analyses whose readings are kept (a claim is read against many statements)


def way_of(lemma: str) -> str:
    """'up' or 'down' for a verb of change in amount with a direction of its own, else ''."""
    return "up" if lemma in UPWARD else "down" if lemma in DOWNWARD else ""


@functools.lru_cache(maxsize=MEMO)
def direction_marks(analysis) -> dict:
    """'up' / 'down' where news reports a change: "31.4 per cent, down from 34.9", "up 18 per cent"."""
    out = {}
    toks = analysis.tokens
    for i, tok in enumerate(toks[:-1]):
        if tok.lower in ("up", "down") and (toks[i + 1].lower == "from" or toks[i + 1].is_number):
            out.setdefault(tok.lower, i)
    return out


@functools.lru_cache(maxsize=MEMO)
def figures_direction(analysis) -> tuple:
    """('up' or 'down', the figures as written) as "from A to B" tells it ("cut from 12 votes to
    nine": down), or ("", "")."""
    text = analysis.text
    qs = [q for q in analysis.quantities if 0 <= q.start < IN_QUOTE]
    for a, b in zip(qs, qs[1:]):
        if text[max(0, a.start - 5):a.start].lower() == "from " and text[a.end:b.start].strip().lower() == "to" \
                and a.unit == b.unit and a.value != b.value:
            return ("up" if b.value > a.value else "down"), f"from {a.describe()} to {b.describe()}"
    return "", ""


@functools.lru_cache(maxsize=MEMO)
def ways_told(analysis) -> frozenset:
    """Every way the text tells an amount changed, by a verb or noun of change in amount, by "up" /
    "down" before a figure, by a comparative against an earlier time, or by figures "from A to B"
    (not a change it denies)."""
    ways = {way_of(tok.lemma) for tok in analysis.tokens if tok.lemma not in analysis.negated} - {""}
    ways |= set(direction_marks(analysis)) | set(comparatives_over_time(analysis).values())
    told, _ = figures_direction(analysis)
    if told:
        ways.add(told)
    # a share's own comparative against the measure's earlier time or norm: "planted about a fifth less
    # than usual" tells a fall ("10% higher than in Dunmore" compares two places, and tells no change)
    for q in analysis.quantities:
        way, at = figure_way(analysis, q) if q.unit == "%" else ("", -1)
        if way and at >= 0 and compared_with_itself(analysis.tokens, analysis.text, at):
            ways.add(way)
    return frozenset(ways)


# comparatives after a figure, and which way they go ("12 per cent more than the year before")
MORE = frozenset("more higher greater larger bigger dearer".split())
LESS = frozenset("fewer less lower smaller cheaper".split())
# what "than" sets a comparative against when it is an earlier time of the same thing ("than a year
# earlier", "than the year before", "than last year", "than the previous year", "than a year ago")
_EARLIER = frozenset("earlier before ago previous prior last".split())
_THAN_REACH = 10  # tokens from a comparative to its "than" ("higher in the year to March 2025 than")
_EARLIER_REACH = 4  # tokens from "than" to the word of the earlier time ("than in the same period last year")


@functools.lru_cache(maxsize=MEMO)
def comparatives_over_time(analysis) -> dict:
    """{index of the comparative: 'up' or 'down'} where a comparative sets something against an
    earlier time of itself, which tells a change as a verb of change does: "recorded fewer
    burglaries in 2024 than a year earlier" (down), "revenue was higher than the year before",
    "more visitors than in 2023" (up). Not a bound on a figure ("more than 500", "no fewer than"),
    nor a figure's own comparative."""
    toks = analysis.tokens
    figured = tokens_of(analysis.quantities, toks)
    out = {}
    for i, tok in enumerate(toks):
        way = "up" if tok.lower in MORE else "down" if tok.lower in LESS else ""
        if not way or (i > 0 and toks[i - 1].lower in ("no", "not")) or i - 1 in figured:
            continue  # (a figure's comparative, "150 more than a year earlier", is the figure's: see figure_way)
        than = next((j for j in range(i + 1, min(len(toks), i + _THAN_REACH)) if toks[j].lower == "than"), None)
        if than is None or than == i + 1 and than + 1 < len(toks) and toks[than + 1].is_number:
            continue
        after = toks[than + 1:than + 1 + _EARLIER_REACH]
        year = bool(after) and (year_written(after[0]) and than > i + 1 or (  # "fewer burglaries than 2023"
            after[0].lower == "in" and len(after) > 1 and year_written(after[1], "in")))  # "than in 2023"
        if year or any(t.lower in _EARLIER for t in after):
            out[i] = way
    return out


# words between a verb or noun of change and its figure ("fell by", "a fall of some 12 per cent")
_TO_FIGURE = frozenset("by of a an the some about around nearly almost roughly".split())


@functools.lru_cache(maxsize=MEMO)
def figure_way(analysis, q) -> tuple:
    """('up' or 'down', the index of the word that says it) where the text says which way its
    figure goes: a verb or noun of change before it ("fell 12%", "a fall of 12 per cent", "up 12%"),
    a comparative or a noun of change after it ("12 per cent more than", "a 12% rise"); else ('', -1)."""
    if not 0 <= q.start < IN_QUOTE:
        return "", -1
    toks = analysis.tokens
    inside = [i for i, t in enumerate(toks) if q.start <= t.start < q.end]
    if not inside:
        return "", -1
    k = inside[0] - 1
    while k >= 0 and toks[k].lower in _TO_FIGURE:
        k -= 1
    if k >= 0 and k >= inside[0] - 4:
        before = toks[k]
        way = before.lower if before.lower in ("up", "down") else way_of(before.lemma)
        if not way and before.lemma == "add" and q.noun and not q.unit:
            way = "up"  # "added 1,500 customers": the count grew by as many
        if way and before.lemma not in analysis.negated:
            return way, k
    # the figure's own words past its number ("300 more passengers"), then the word after it
    last_number = max((i for i in inside if toks[i].is_number), default=inside[0])
    after = [i for i in inside if i > last_number and toks[i].lower not in SCALE_WORDS][:1] + [inside[-1] + 1]
    for k in after:
        if k < len(toks):
            word = toks[k].lower
            way = "up" if word in MORE else "down" if word in LESS else way_of(toks[k].lemma)
            if way:
                return way, k
    return "", -1
