"""Relative dates given their calendar value: "last year", "a week later", "on Monday", "the following month".

Two kinds, as grammars of time reference tell them apart:
  * deictic ones count from the moment of writing, the draft's date: "yesterday", "last year",
    "this month", "next week", "two years ago", "on Monday";
  * anaphoric ones count from the time the text is talking about, the last date written before
    them: "a week later", "the next day", "the following month", "the same week", "the year before".

A value is given only at the precision the phrase has: "a week later" is a day give or take three,
so it becomes the part of a month ("mid-March 2021") or the month that holds all those days, and
nothing when they straddle two months. An anaphoric date needs its anchor at the precision it
counts in ("the next day" after "in March" is left alone). Pure functions over text.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple, Optional

from ..lazyre import lazy
from ..model import MONTH_NAMES, DateRef
from .dates import COUNT, before_a_noun, count_of

# a text's relative time, which no date of its own pins: "earlier this year", "last week", "in the spring" (in lower
# case: "the Kelby Today newspaper" names no day)
RELATIVE_TIME_RE = lazy(r"\b(?:yesterday|today|tonight|recently|(?:last|this|next|earlier this|later this) "
                        r"(?:week|month|year|spring|summer|autumn|winter|night|weekend)|in the (?:spring|summer|autumn|"
                        r"winter)|\w+ (?:days|weeks|months|years) (?:ago|earlier|later))\b")

_NUMBERS = {"a": 1, "an": 1}
_NUMBER = r"(?:a|an|" + COUNT + r")"
_UNIT = r"(day|week|month|year)s?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "before" and "after" end the phrase only when no event follows ("two years before the ban" counts from the ban)
_CLAUSE_END = r"(?=\s*(?:[,.;:!?)]|$|and\b|but\b|when\b))"

_DEICTIC_RE = lazy(
    r"\b(?:(?P<day_word>yesterday|today|tomorrow)"
    r"|(?P<which>last|this|next)\s+(?P<unit>year|month|week)"
    r"|(?P<m_which>last|this|next)\s+(?P<month_name>January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?!,?\s+\d)"
    r"|(?P<n>" + _NUMBER + r")\s+" + _UNIT.replace("(day", "(?P<ago_unit>day") + r"\s+ago"
    r"|(?:(?P<wd_which>last|this|next|on)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?!,?\s+(?:\d{1,2}\b|January|February|March|April|May|June|July|August|September|October|November|December)))\b",
    re.IGNORECASE,
)
_ANAPHORIC_RE = lazy(
    r"\b(?:(?P<n>" + _NUMBER + r")\s+" + _UNIT.replace("(day", "(?P<unit>day")
    + r"\s+(?:(?P<later>later|afterwards)|(?P<earlier>earlier)|(?P<after>after)" + _CLAUSE_END + r"|(?P<before>before)"
    + _CLAUSE_END + r")"
    r"|the\s+(?P<which>next|following|previous|preceding|same)\s+(?P<unit2>day|week|month|year)"
    r"|the\s+(?P<unit3>day|week|month|year)\s+(?:(?P<after3>after|later)|(?P<before3>before|earlier))" + _CLAUSE_END
    + r"|that\s+(?P<unit4>day|week|month|year))\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset("in on at since until till by from before after during through to of as".split())
_THE_BEFORE_RE = lazy(r"\bthe\s+\Z", re.I)
# "over the next year", "within the coming month": the time from the draft's date to a year (a month)
# after it, in a sentence of what is to come; not next calendar year
_SPAN_TO_COME_RE = lazy(r"\b(?P<prep>over|within|in|during|for|throughout)\s+the\s+(?:next|coming)\s+"
                        r"(?P<unit>year|month)\b", re.I)
_WOULD_RE = lazy(r"\bwould\b", re.I)
_FUTURE_RE = lazy(r"\b(?:will|shall|'ll|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|expects?\s+to|"
                  r"is\s+expected|are\s+expected|is\s+scheduled|are\s+scheduled|intends?\s+to)\b", re.I)


class DateResolution(NamedTuple):
    start: int
    end: int
    text: str  # as written: "last year"
    value: DateRef  # its calendar value, at the precision it has
    replacement: str  # what to write instead: "in 2023"
    basis: str  # what it counts from: "the draft's date, 5 March 2024", or the date before it
    confident: bool = True


def describe(date: DateRef) -> str:
    """'18 March 2021', 'mid-March 2021', 'March', '2023'."""
    bits = []
    if date.day:
        bits.append(str(date.day))
    if date.month:
        month = MONTH_NAMES[date.month - 1]
        # "mid-March", "late April"
        bits.append((f"{date.part}-{month}" if date.part == "mid" else f"{date.part} {month}") if date.part and not date.day else month)
    if date.year:
        bits.append(str(date.year))
    return " ".join(bits)


def latest(dates, today: Optional[DateRef] = None) -> Optional[DateRef]:
    """The date a sentence leaves the text at: its last calendar date of a point in time ("in May",
    "on 11 March"; not "since 2019" or "by 2027"), a yearless one given the year nearest the draft's date."""
    from . import dates as date_parser

    points = [d for d in dates if date_parser.is_calendar(d) and date_parser.relation_kind(d) == "point"
              and (d.year or d.month)]
    if not points:
        return None
    last = max(points, key=lambda d: d.start)
    if today is not None and today.year and not last.year:
        last = date_parser.resolve(last, f"{today.year:04d}-{today.month or 6:02d}")
    return DateRef(year=last.year, month=last.month, day=last.day, part=last.part)


def times(dates) -> int:
    """How many different points in time the dates of a sentence name, relative ones left without
    a value included ("last year, up from 352,000 in 2022": two)."""
    from . import dates as date_parser

    seen = set()
    for d in dates:
        if date_parser.relation_kind(d) != "point":
            continue
        seen.add((d.year, d.month, d.day, d.part) if date_parser.is_calendar(d) else ("relative", d.text.lower()))
    return len(seen)


def resolve(sentence: str, today: Optional[DateRef] = None, anchors=()) -> list:
    """DateResolutions for the relative dates of a sentence. ``today``: the draft's date (a full
    date); ``anchors``: (date, near) of the dates written before the sentence (see ``latest``),
    the last one first, ``near`` when it is a few sentences back at most. An anaphoric date counts
    from the last one; it is confident when that one is near and every other near one gives the
    same value ("four years earlier" after two dates of 2024)."""
    anchor = anchors[0][0] if anchors else None
    out = []
    if today is not None and today.year and today.month and today.day:
        out.extend(_spans_to_come(sentence, today))
        for m in _DEICTIC_RE.finditer(sentence):
            if any(r.start <= m.start() < r.end for r in out):
                continue
            if (m.group("weekday") and not m.group("weekday")[0].isupper()) or (
                    m.group("month_name") and not m.group("month_name")[0].isupper()):
                continue  # "this may rise", "will march": words, not days or months
            if m.group("weekday") and not m.group("wd_which") and before_a_noun(sentence, m.end()):
                continue  # "a Saturday revision school", "Sunday trading": a kind of thing, not a day
            if m.group("unit") and _THE_BEFORE_RE.search(sentence[:m.start()]):
                continue  # "the next year" is the year after another date, or the twelve months to come
            found = _deictic(m, sentence, today)
            if found is not None and found[0] is not None:
                value, confident = found
                out.append(_resolution(sentence, m, value, f"the draft's date, {describe(today)}", confident))
    taken = [(r.start, r.end) for r in out]
    written = None
    for m in _ANAPHORIC_RE.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if written is None:  # the sentence's own dates: "on 1 July ... later that month"
            from . import dates as date_parser

            written = [d for d in date_parser.extract(sentence) if date_parser.is_calendar(d) and (d.year or d.month)]
        own = [d for d in written if d.end <= m.start() and not any(d.start < e and s < d.end for s, e in taken)]
        if own and today is not None and today.year and not own[-1].year:
            own[-1] = date_parser.resolve(own[-1], f"{today.year:04d}-{today.month or 6:02d}")
        before = [DateRef(year=d.year, month=d.month, day=d.day, part=d.part, start=d.start, end=d.end) for d in own]
        before += [d.value._replace(start=d.start, end=d.end) for d in out if d.end <= m.start()]
        before.sort(key=lambda d: d.end)
        base = before[-1] if before else anchor
        if base is None:
            continue
        value = _anaphoric(m, base)
        if value is not None:
            confident = bool(before) or (anchors[0][1] and all(
                _anaphoric(m, other) == value for other, near in anchors[1:] if near))
            out.append(_resolution(sentence, m, value, describe(base._replace(start=-1, end=-1)), confident))
    return sorted(out)


def counts_back(text: str) -> bool:
    """Is the phrase a date counted from another ("a year earlier", "the following month")?"""
    return _ANAPHORIC_RE.fullmatch(text.strip()) is not None


def _spans_to_come(sentence: str, today: DateRef) -> list:
    """"would spend £350,000 over the next year": by the month a year after the draft's date (or
    "for the next year": until then). Only in a sentence of what is to come; told of the past ("cut
    jobs over the next year"), the phrase counts from the date before it (see _ANAPHORIC_RE)."""
    if not (_FUTURE_RE.search(sentence) or _WOULD_RE.search(sentence)):
        return []
    out = []
    for m in _SPAN_TO_COME_RE.finditer(sentence):
        ahead = 12 if m.group("unit").lower() == "year" else 1
        year, month = _shift_month(today.year, today.month, ahead)
        relation = "until" if m.group("prep").lower() in ("for", "throughout") else "by"
        value = DateRef(year=year, month=month, relation=relation)
        out.append(DateResolution(m.start(), m.end(), m.group(), value, f"{relation} {describe(value)}",
                                  f"the draft's date, {describe(today)}", True))
    return out


def _resolution(sentence, m, value, basis, confident) -> DateResolution:
    start, end = m.start(), m.end()
    text = sentence[start:end]
    written = describe(value)
    if value.part and not value.day:
        written = "in " + written
    else:
        before = sentence[:start].split()
        preposition = before[-1].lower() if before else ""
        if preposition not in _PREPOSITIONS:
            written = ("on " if value.day else "in ") + written
    return DateResolution(start, end, text, value, written, basis, confident)


def _day(d: DateRef) -> Optional[_dt.date]:
    try:
        return _dt.date(d.year, d.month, d.day) if d.year and d.month and d.day else None
    except ValueError:
        return None


def _span(first: _dt.date, last: _dt.date, year_known: bool = True) -> Optional[DateRef]:
    """The most precise DateRef holding every day from first to last: a day, a part of a month, a month."""
    year = first.year if year_known else None
    if first == last:
        return DateRef(year=year, month=first.month, day=first.day)
    if (first.year, first.month) != (last.year, last.month):
        return None
    parts = {_part(first.day), _part(last.day)}
    if len(parts) == 1:
        return DateRef(year=year, month=first.month, part=parts.pop())
    return DateRef(year=year, month=first.month)


def _part(day: int) -> str:
    return "early" if day <= 10 else "mid" if day <= 20 else "late"


def _shift_month(year: Optional[int], month: int, by: int):
    total = (year or 2000) * 12 + month - 1 + by
    return (total // 12 if year else None), total % 12 + 1


def _deictic(m, sentence: str, today: DateRef):
    day = _day(today)
    if day is None:
        return None
    if m.group("day_word"):
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day_word").lower()]
        return _span(day + _dt.timedelta(days=delta), day + _dt.timedelta(days=delta)), True
    if m.group("unit"):
        by = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
        return _calendar_unit(day, m.group("unit").lower(), by), True
    if m.group("month_name"):
        return _named_month(day, m.group("month_name"), m.group("m_which").lower()), True
    if m.group("ago_unit"):
        n = _count(m.group("n"))
        return _offset(day, m.group("ago_unit").lower(), -n, year_known=True), True
    weekday = _WEEKDAYS.index(m.group("weekday").lower())
    which = (m.group("wd_which") or "").lower()
    future = bool(_FUTURE_RE.search(sentence[:m.start()])) or which == "next"
    if which == "last":
        back = (day.weekday() - weekday) % 7 or 7
        target = day - _dt.timedelta(days=back)
    elif future:
        ahead = (weekday - day.weekday()) % 7
        if which == "next" and ahead == 0:
            ahead = 7
        target = day + _dt.timedelta(days=ahead)
    else:
        target = day - _dt.timedelta(days=(day.weekday() - weekday) % 7)
    value = DateRef(year=target.year, month=target.month, day=target.day)
    return value, False  # the week meant (this one, the last) is a guess: the sentence as written is read too


def _named_month(day: _dt.date, name: str, which: str) -> DateRef:
    """"last October": the latest October before this month; "next March": the first March after it;
    "this May": May of this year."""
    month = [n.lower() for n in MONTH_NAMES].index(name.lower()) + 1
    if which == "this":
        return DateRef(year=day.year, month=month)
    if which == "last":
        return DateRef(year=day.year if month < day.month else day.year - 1, month=month)
    return DateRef(year=day.year if month > day.month else day.year + 1, month=month)


def _calendar_unit(day: _dt.date, unit: str, by: int) -> Optional[DateRef]:
    if unit == "year":
        return DateRef(year=day.year + by)
    if unit == "month":
        year, month = _shift_month(day.year, day.month, by)
        return DateRef(year=year, month=month)
    monday = day - _dt.timedelta(days=day.weekday()) + _dt.timedelta(weeks=by)
    return _span(monday, monday + _dt.timedelta(days=6))


def _offset(day: _dt.date, unit: str, n: int, year_known: bool) -> Optional[DateRef]:
    if unit == "day":
        target = day + _dt.timedelta(days=n)
        return _span(target, target, year_known)
    if unit == "week":
        target = day + _dt.timedelta(weeks=n)
        return _span(target - _dt.timedelta(days=3), target + _dt.timedelta(days=3), year_known)
    if unit == "month":
        year, month = _shift_month(day.year if year_known else None, day.month, n)
        return DateRef(year=year, month=month)
    return DateRef(year=day.year + n) if year_known else None


def _count(word: str) -> int:
    return _NUMBERS[word.lower()] if word.lower() in _NUMBERS else count_of(word)


def _anaphoric(m, base: DateRef) -> Optional[DateRef]:
    """The date an anaphoric phrase names, counted from ``base``; None when base is not precise enough."""
    if m.group("n"):
        n = _count(m.group("n"))
        unit = m.group("unit").lower()
        if m.group("earlier") or m.group("before"):
            n = -n
    elif m.group("unit2"):
        unit = m.group("unit2").lower()
        n = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[m.group("which").lower()]
    elif m.group("unit3"):
        unit = m.group("unit3").lower()
        n = 1 if m.group("after3") else -1
    else:
        unit, n = m.group("unit4").lower(), 0
    if unit == "year":
        return DateRef(year=base.year + n) if base.year else None
    if unit == "month":
        if not base.month:
            return None
        year, month = _shift_month(base.year, base.month, n)
        return DateRef(year=year, month=month)
    if not (base.month and base.day):
        if unit == "week" and n == 0 and base.month:  # "the same week" as "in March": March
            return DateRef(year=base.year, month=base.month, part=base.part)
        return None
    try:
        day = _dt.date(base.year or 2000, base.month, base.day)  # a leap year when the year is unknown
    except ValueError:
        return None
    if unit == "day":
        target = day + _dt.timedelta(days=n)
        return _span(target, target, bool(base.year))
    if n == 0:  # the same week: the days around it
        monday = day - _dt.timedelta(days=day.weekday())
        return _span(monday, monday + _dt.timedelta(days=6), bool(base.year)) if base.year else _span(
            day - _dt.timedelta(days=3), day + _dt.timedelta(days=3), False)
    return _offset(day, "week", n, bool(base.year))
