"""The time between two events a statement relates ("fined in February 2025, two months before the
council approved the wind farm"; "convicted on 18 February, sixteen days before he was sentenced").

No claim gives such an interval: it is the difference of two dates, each of which a claim may give
(the main event's, which the statement may date too, and the other event's). agreement.intervals_in
works one out within one claim or a pair whose words tell both events, as support only; this module
reads the interval off a statement whose verdict is still open and sets it against the dates of the
claims that back each event's clause, wherever they are in the base, so that a wrong interval is a
conflict too. The engine checks each clause.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from .agreement import DAY_UNITS, INTERVAL_DAYS, INTERVAL_RE, ROUNDING_SHARE
from .align import ALIGNED, word_similarity
from .lazyre import lazy
from .model import MONTH_NAMES
from .text import english

_RELATIONS = {"before": "before", "prior to": "before", "after": "after", "following": "after"}
_CLAUSE_END_RE = lazy(r"[,;:]|\.(?:\s|$)")


class Interval(NamedTuple):
    """A statement read as its main event, the time between, and the other event."""

    main: str  # the statement up to the interval: the main event, with its date
    event: str  # the clause after "before" / "after": the other event ("he was sentenced")
    quantity: object  # the interval, a model.Quantity ("two months")
    unit: str  # day, week, fortnight, month or year
    relation: str  # "before": the main event came first; "after": it came second


def find(statement: str, analysis) -> Optional[Interval]:
    """The interval a statement gives between its main event and another event told by a clause of
    its own, or None. Only an interval that follows the main clause and is followed by a clause with
    a verb ("two months before the council approved it"); not one before a noun alone ("a week before
    the election"), whose date no single clause of a claim tells."""
    for q in analysis.quantities:
        unit = english.lemma((q.noun or "").lower())
        if q.unit or q.per or unit not in INTERVAL_DAYS:
            continue
        m = INTERVAL_RE.match(statement, q.end)
        if m is None:
            continue
        rest = _CLAUSE_END_RE.split(statement[m.end():], maxsplit=1)
        event = rest[0].strip()
        if len(rest) > 1 and rest[1].strip():
            continue  # (more after the other event's clause, which this reading would leave unchecked)
        main = statement[:q.start].rstrip(" ,")
        if not main or not event or not _has_verb(analysis, m.end(), m.end() + len(event)):
            continue
        return Interval(main + ".", event[0].upper() + event[1:] + ".", q, unit, _RELATIONS[" ".join(m.group(1).lower().split())])
    return None


def _has_verb(analysis, start: int, end: int) -> bool:
    return any(start <= tok.start < end and analysis.verbal(k) for k, tok in enumerate(analysis.tokens))


def dates_of_act(analysis, verbs) -> list:
    """The dates of a claim's text that date one of ``verbs`` (lemmas: the event's, as a statement tells
    it): with one of them for the nearest verb before it, or after it where none is before ("The
    librarian, who joined in April 2019, resigned" dates the joining; "a tribunal heard in March that
    she had been dismissed" the hearing; "a bridge that collapsed in January" the collapse; "On 3 May
    the council approved it" the approval)."""
    # (not a word after "to", a noun as often as an infinitive: "was closed to traffic on 3 March")
    acts = [(t.start, t.lemma) for k, t in _acts(analysis) if not (k and analysis.tokens[k - 1].lower == "to")]
    out = []
    for d in analysis.calendar_dates:
        if d.start < 0:
            continue
        before = [lemma for at, lemma in acts if at < d.start]
        after = [lemma for at, lemma in acts if at > d.start]
        act = before[-1] if before else (after[0] if after else "")
        if act and any(word_similarity(verb, act) >= ALIGNED for verb in verbs):
            out.append(d)
    return out


def verbs_of(analysis) -> set:
    """The lemmas of a clause's verbs, but those of being and having ("was fined": fine)."""
    return {t.lemma for _, t in _acts(analysis)}


def _acts(analysis) -> list:
    """(index, token) of each verb that tells an act: not "be", "have" or "do"."""
    return [(k, t) for k, t in enumerate(analysis.tokens) if analysis.verbal(k) and t.lemma not in ("be", "have", "do")]


def dated(dates) -> Optional[object]:
    """The one calendar date (a model.DateRef with a year and a month at least) among ``dates`` that
    dates an event, or None where there is none or more than one (a period's bounds, two events)."""
    found = {(d.year, d.month, d.day) for d in dates
             if d.year and d.month and not d.part and d.relation in ("", "on", "in")}
    if len(found) != 1:
        return None
    year, month, day = found.pop()
    return year, month, day


def one_date(dates) -> Optional[tuple]:
    """The date several claims give one event ((year, month, day or None) each; None for a claim that
    dates none, which leaves it to the others), the most precise where they agree ("April 2025" and
    "15 April 2025"); None where none dates it or two disagree."""
    dates = [d for d in dates if d is not None]
    if not dates:
        return None
    best = max(dates, key=lambda d: d[2] is not None)
    if any(d[:2] != best[:2] or (d[2] is not None and d[2] != best[2]) for d in dates):
        return None
    return best


def agreement(interval: Interval, main_date, event_date) -> Optional[bool]:
    """Does the interval agree with the two dates ((year, month, day or None) each)? True, False, or
    None where the dates are too coarse for the interval's unit (days between months)."""
    import datetime  # (only here: most checks never come to an interval)

    (y1, m1, d1), (y2, m2, d2) = main_date, event_date
    if interval.relation == "after":
        (y1, m1, d1), (y2, m2, d2) = (y2, m2, d2), (y1, m1, d1)  # (first, then second)
    unit = interval.unit
    if unit in DAY_UNITS and not (d1 and d2):
        return None
    if d1 and d2:
        between = (datetime.date(y2, m2, d2) - datetime.date(y1, m1, d1)).days / INTERVAL_DAYS[unit]
        # (whole days for a length in days or weeks; half the unit for months and years of the mean length)
        slack = (0.0 if unit == "day" else 0.5 / INTERVAL_DAYS[unit]) if unit in DAY_UNITS else 0.5
    else:  # months apart, counted as the calendar counts them
        between = ((y2 * 12 + m2) - (y1 * 12 + m1)) / round(INTERVAL_DAYS[unit] / INTERVAL_DAYS["month"])
        slack = 0.5 if unit == "year" or (d1 or d2) else 0.0
    if between <= 0:
        return False  # the other way round, or the same day
    q = interval.quantity
    value = q.value
    if q.qualifier == "more_than":
        return between > value - slack
    if q.qualifier == "at_least":
        return between >= value - slack
    if q.qualifier == "less_than":
        return between < value + slack
    if q.qualifier == "at_most":
        return between <= value + slack
    if q.qualifier == "about":
        slack = max(slack, 0.2 * value)
    else:
        slack = min(slack, value / ROUNDING_SHARE)  # ("a year after" is no six months after)
    return abs(between - value) <= slack + 1e-9


def describe(date) -> str:
    """(2025, 2, 18) as "18 February 2025", (2025, 2, None) as "February 2025"."""
    year, month, day = date
    return f"{day} {MONTH_NAMES[month - 1]} {year}" if day else f"{MONTH_NAMES[month - 1]} {year}"
