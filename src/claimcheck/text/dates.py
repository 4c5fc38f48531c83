"""Find dates in text at the granularity written: "May 2019", "27 May", "March 11", "end of February", "since 2019".

Relative dates ("last year", "the same week") are found so that their numbers are not read
as amounts, but they carry no calendar value: only a claim's article date could pin them down.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..model import MONTH_NAMES, DateRef
from .lexicon import MONTHS
from .spans import covered
from .tokens import tokenize

RELATIONS = {"since", "until", "till", "by", "before", "after", "in", "on", "from", "through", "to", "during", "as"}
_DAY_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\Z", re.IGNORECASE)
_ISO_RE = re.compile(r"\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b")
_RELATIVE_RE = re.compile(
    r"\b(?:(?:last|next|this|previous|past|coming|same|following|prior)\s+(?:year|month|week|quarter|decade)"
    r"|the\s+(?:year|month|week|day)\s+(?:before|after|earlier|later)"
    r"|(?:a|one|two|three|several|few)\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|later|before|after|on)"
    r"|recent\s+years|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)
_PART_BEFORE = {
    ("end", "of"): "late", ("the", "end", "of"): "late", ("late",): "late", ("end-",): "late",
    ("early",): "early", ("beginning", "of"): "early", ("start", "of"): "early", ("the", "beginning", "of"): "early",
    ("the", "start", "of"): "early", ("mid",): "mid", ("middle", "of"): "mid", ("the", "middle", "of"): "mid",
}
_FULL_MONTHS = {name.lower() for name in MONTH_NAMES}


def extract(text: str, tokens=None) -> list:
    """Calendar dates and relative dates in text order. Relative ones have no year, month or day."""
    tokens = tokenize(text) if tokens is None else tokens
    found = []
    for m in _ISO_RE.finditer(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
        found.append(DateRef(year=year, month=month, day=day, text=m.group(), start=m.start(), end=m.end()))
    for m in _RELATIVE_RE.finditer(text):
        found.append(DateRef(text=m.group(), start=m.start(), end=m.end()))
    taken = covered(tokens, [(d.start, d.end) for d in found])
    i = 0
    n = len(tokens)
    while i < n:
        if i in taken:
            i += 1
            continue
        tok = tokens[i]
        month = _month(tokens, i)
        if month:
            first, last = i, i
            day = year = None
            # "27 May" / "the 27th of May"
            if i > 0 and (i - 1) not in taken and _day(tokens[i - 1]):
                day, first = _day(tokens[i - 1]), i - 1
            elif i > 1 and tokens[i - 1].lower == "of" and _day(tokens[i - 2]) and (i - 2) not in taken:
                day, first = _day(tokens[i - 2]), i - 2
            # "May 27", "May 27, 2019", "May 2019"
            if i + 1 < n and day is None and _day(tokens[i + 1]) and not _year(tokens[i + 1]):
                day, last = _day(tokens[i + 1]), i + 1
            if last + 1 < n and _year(tokens[last + 1]) and re.fullmatch(r",?\s*", text[tokens[last].end : tokens[last + 1].start]):
                year, last = _year(tokens[last + 1]), last + 1
            if not _is_month_use(tokens, i, day, year):
                i += 1
                continue
            part, first = _part_before(tokens, text, first)
            if day and not part:
                part = None
            found.append(_make(tokens, text, first, last, year, month, day, part))
            taken.update(range(first, last + 1))
            i = last + 1
            continue
        year = _year(tok)
        if year and not _money_before(text, tok.start) and not _amount_after(tokens, i):
            part, first = _part_before(tokens, text, i)
            found.append(_make(tokens, text, first, i, year, None, None, None))
            taken.add(i)
        i += 1
    found.sort(key=lambda d: d.start)
    return found


def _make(tokens, text, first, last, year, month, day, part):
    relation = ""
    if first > 0 and tokens[first - 1].lower in RELATIONS:
        relation = tokens[first - 1].lower
    start, end = tokens[first].start, tokens[last].end
    return DateRef(year=year, month=month, day=day, part=part, relation=relation, text=text[start:end], start=start, end=end)


def _month(tokens, i):
    tok = tokens[i]
    low = tok.lower
    if low not in MONTHS or not tok.is_cap:
        return None
    if low not in _FULL_MONTHS and len(tok.text) < 3:
        return None
    return MONTHS[low]


def _is_month_use(tokens, i, day, year) -> bool:
    """'May' and 'March' are also words: take them as months only beside a day, a year or a preposition."""
    low = tokens[i].lower
    if day or year:
        return True
    if low not in _FULL_MONTHS:
        return False
    if low in ("may", "march") or i == 0:
        prev = tokens[i - 1].lower if i > 0 else ""
        return prev in {"in", "since", "until", "by", "of", "early", "late", "mid", "before", "after", "during", "from", "through", "till"}
    return True


def _day(tok):
    m = _DAY_RE.match(tok.text)
    if m and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1))
    return None


def _year(tok):
    if len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100:
        return int(tok.text)
    return None


def _money_before(text, start) -> bool:
    return text[max(0, start - 2) : start].strip().endswith(("$", "€", "£", "¥"))


def _amount_after(tokens, i) -> bool:
    from .lexicon import COUNT_NOUN_CLASS, SCALE_WORDS

    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].lower
    return nxt in SCALE_WORDS or nxt in ("percent", "%") or nxt in COUNT_NOUN_CLASS


def _part_before(tokens, text, first):
    for size in (3, 2, 1):
        s = first - size
        if s < 0:
            continue
        words = tuple(t.lower for t in tokens[s:first])
        if words in _PART_BEFORE:
            return _PART_BEFORE[words], s
    return None, first


# ---------------------------------------------------------------- resolution and comparison


def resolve(date: DateRef, published: str | None) -> DateRef:
    """Give a yearless month to the year that puts it nearest the article's date."""
    if date.year or not date.month or not published:
        return date
    try:
        base = _dt.date(int(published[:4]), int(published[5:7] or 6) if len(published) >= 7 else 6, 15)
    except ValueError:
        return date
    best = min((base.year - 1, base.year, base.year + 1), key=lambda y: abs((_dt.date(y, date.month, 15) - base).days))
    return date._replace(year=best)


def part_of(date: DateRef):
    if date.part:
        return date.part
    if date.day:
        return "early" if date.day <= 10 else "mid" if date.day <= 20 else "late"
    return None


def is_calendar(date: DateRef) -> bool:
    return bool(date.year or date.month or date.day)


def relation(statement: DateRef, claim: DateRef) -> str:
    """'supports' when the claim pins the statement's date, 'conflicts' when any shared field differs."""
    for field in ("year", "month", "day"):
        a, b = getattr(statement, field), getattr(claim, field)
        if a is not None and b is not None and a != b:
            return "conflicts"
    a, b = part_of(statement), part_of(claim)
    if a and b and a != b and statement.month and claim.month:
        return "conflicts"
    covered = all(getattr(claim, f) is not None for f in ("year", "month", "day") if getattr(statement, f) is not None)
    if statement.part and not (claim.part or claim.day):
        covered = False
    return "supports" if covered else "related"
