"""Find dates in text at the granularity written: "May 2019", "27 May", "March 11", "end of February", "since 2019".

Relative dates ("last year", "the same week") are found so that their numbers are not read
as amounts, but they carry no calendar value: only a claim's article date could pin them down.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import re

from ..lazyre import lazy
from ..model import MONTH_NAMES, DateRef
from . import english
from .lexicon import MONTHS, NUMBER_WORDS, ORDINALS, STOPWORDS
from .spans import covered
from .tokens import no_later_than, tokenize

SNAPSHOT = "as of"
PERIOD_END = "ending"  # "in the year to March 2025": the end of the period a figure is counted over (see period_end)
CIRCA = "circa"  # "c. 1540", "around 1540": about then (see relation)
RELATIONS = {"since", "until", "till", "by", "before", "after", "in", "on", "from", "through", "to", "during", "as"}
_DAY_RE = lazy(r"(\d{1,2})(?:st|nd|rd|th)?\Z", re.IGNORECASE)
_ISO_RE = lazy(r"\b(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b")
_UNITS_ONES = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# a count of days, weeks, months or years, as news prose writes one: in figures, or in words from one
# to ninety-nine ("thirty years later", "twenty-five years earlier")
COUNT = (r"(?:(?:%s)(?:[- ](?:%s))?|%s|(?<![\d.,])\d{1,3}(?![.,]\d))"  # (no tail of "1,500" or "2.5")
         % ("|".join(_TENS), "|".join(_UNITS_ONES),
            "|".join(sorted((w for w, v in NUMBER_WORDS.items() if 0 < v < 20 and " " not in w and w != "dozen"),
                            key=len, reverse=True))))


def count_of(words: str) -> int:
    """The value of a COUNT ("thirty" -> 30, "twenty-five" -> 25, "12" -> 12)."""
    if words.isdigit():
        return int(words)
    return sum(NUMBER_WORDS[w] for w in words.lower().replace("-", " ").split())


_RELATIVE_RE = lazy(
    r"\b(?:(?:last|next|this|previous|past|coming|same|following|prior)\s+(?:year|month|week|quarter|decade)"
    r"|the\s+(?:year|month|week|day)\s+(?:before|after|earlier|later)"
    r"|(?:a|several|few|" + COUNT + r")\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|later|before|after"
    r"|on(?=\s*(?:[,.;:!?)]|$)))"  # ("ten years on," not "jailed for six years on 6 March")
    r"|recent\s+years|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)


# "27/05/2021" (day first, as in Britain) or "5/27/2021" (month first, as in the US)
_SLASHED_RE = lazy(r"(?<![\d/])([1-9]|[0-2]\d|3[01])/([1-9]|[0-2]\d|3[01])/(1[89]\d\d|20\d\d)(?![\d/])")


def _each_reading(date: DateRef) -> list:
    """The date, or each reading of one read either way ("5/6/2021": 5 June, 6 May)."""
    return [date._replace(month=month, day=day, either=()) for month, day in date.either] or [date]


def slashed_spans(text: str) -> list:
    """(start, end) of every date written with slashes ("14/03/2024", "5/6/2021"), read or not: its
    day and month are no figures, whichever order the writer's custom gives them."""
    return [m.span() for m in _SLASHED_RE.finditer(text)] if "/" in text else []


def _day_and_month(first: int, second: int) -> tuple:
    """(month, day) of a date written with slashes, when only one order makes a date; (None, None)
    when both do (5/6/2021): only the writer's custom tells which."""
    if 1 <= second <= 12 < first:
        return second, first
    if 1 <= first <= 12 < second:
        return first, second
    if first == second and 1 <= first <= 12:
        return first, first
    return None, None


def _written_in_figures(tokens, starts, text, match, year, month, day):
    """A date written in figures ("2021-05-27", "27/05/2021"), with the relation the word before it
    gives ("until 2021-05-27"). ``starts``: the tokens' start offsets, in order."""
    first = bisect.bisect_left(starts, match.start())
    last = bisect.bisect_left(starts, match.end()) - 1
    if first > last or tokens[last].end > match.end():
        return DateRef(year=year, month=month, day=day, text=match.group(), start=match.start(), end=match.end())
    made = _make(tokens, text, first, last, year, month, day, None)
    return made._replace(text=match.group(), start=match.start(), end=match.end())


def _may_be_relative(low: str) -> bool:
    """Has the lower-cased text a word every relative date has? Most texts have none. (No letter of
    these words has a case variant that lower() would miss: those are i, s and k, and the Kelvin
    sign lowers to k.)"""
    return ("year" in low or "month" in low or "week" in low or "quarter" in low or "decade" in low or "day" in low
            or "tomorrow" in low)


_PART_BEFORE = {
    ("end", "of"): "late", ("the", "end", "of"): "late", ("late",): "late", ("end-",): "late",
    ("early",): "early", ("beginning", "of"): "early", ("start", "of"): "early", ("the", "beginning", "of"): "early",
    ("the", "start", "of"): "early", ("mid",): "mid", ("middle", "of"): "mid", ("the", "middle", "of"): "mid",
}
_FULL_MONTHS = {name.lower() for name in MONTH_NAMES}
_WEEKDAYS = {name: k for k, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


def extract(text: str, tokens=None) -> list:
    """Calendar dates and relative dates in text order. Relative ones have no year, month or day."""
    tokens = tokenize(text) if tokens is None else tokens
    found = []
    starts = [t.start for t in tokens] if "-" in text or "/" in text else []
    for m in _ISO_RE.finditer(text) if "-" in text else ():
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
        if day is None and month == (year + 1) % 100:
            continue  # "the 2009-10 season", "the 2011-12 financial year": two years, as "2025-26" is, no month
        found.append(_written_in_figures(tokens, starts, text, m, year, month, day))
    for m in _SLASHED_RE.finditer(text) if "/" in text else ():
        first, second = int(m.group(1)), int(m.group(2))
        month, day = _day_and_month(first, second)
        if month:
            found.append(_written_in_figures(tokens, starts, text, m, int(m.group(3)), month, day))
        else:  # 5/6/2021 is a day of 2021 that only the writer's custom tells: 5 June or 6 May
            found.append(_written_in_figures(tokens, starts, text, m, int(m.group(3)), None, None)._replace(
                either=((second, first), (first, second))))
    for m in _RELATIVE_RE.finditer(text) if _may_be_relative(text.lower()) else ():
        found.append(DateRef(text=m.group(), start=m.start(), end=m.end()))
    if "0s" in text or "entur" in text:  # (a decade's "1980s", a century's "century": nearly every text has neither)
        found += _decades_and_centuries(tokens, text)
    taken = covered(tokens, [(d.start, d.end) for d in found])
    i = 0
    n = len(tokens)
    while i < n:
        if i in taken:
            i += 1
            continue
        tok = tokens[i]
        if not (tok.is_cap or tok.is_number):
            i += 1  # neither a month's name nor a year
            continue
        month = _month(tokens, i)
        if month:
            first, last = i, i
            day = year = None
            # "27 May" / "the 27th of May"
            if i > 0 and (i - 1) not in taken and _day(tokens[i - 1]):
                day, first = _day(tokens[i - 1]), i - 1
            elif i > 1 and tokens[i - 1].lower == "of" and _day(tokens[i - 2]) and (i - 2) not in taken:
                day, first = _day(tokens[i - 2]), i - 2
            elif i > 2 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in _DAY_WORDS \
                    and tokens[i - 3].lower == "the" and (i - 2) not in taken:
                day, first = _DAY_WORDS[tokens[i - 2].lower], i - 3  # "the first of July"
            elif i > 3 and tokens[i - 1].lower == "of" and tokens[i - 2].lower == "day" and tokens[i - 3].lower in ("first", "last") \
                    and tokens[i - 4].lower == "the" and not ({i - 2, i - 3} & taken):
                # "the first day of April 2024", "the last day of June": that month's first or last day
                day, first = (1 if tokens[i - 3].lower == "first" else _days_in(month, _year_after(tokens, i))), i - 4
            # "May 27", "May 27, 2019", "May 2019"
            if i + 1 < n and day is None and _day(tokens[i + 1]) and not year_written(tokens[i + 1]):
                day, last = _day(tokens[i + 1]), i + 1
            if last + 1 < n and year_written(tokens[last + 1], "in") and not _count_of_next(tokens, last + 1) \
                    and re.fullmatch(r",?\s*", text[tokens[last].end : tokens[last + 1].start]):
                year, last = year_written(tokens[last + 1], "in"), last + 1  # "March 1724": a month's year
            # "June 3 to 11, 2024": the range's end day, and then the year both share
            end_day, end_last = None, None
            if day and last == i + 1 and year is None:
                after = _range_day(tokens, text, last, forward=True)
                end_year = year_written(tokens[after + 1], "in") if after is not None and after + 1 < n else None
                if after is not None and day < _day(tokens[after]) <= _days_in(month, end_year):
                    end_day, end_at, end_last = _day(tokens[after]), after, after
                    if end_year and re.fullmatch(r",?\s*", text[tokens[after].end : tokens[after + 1].start]):
                        year, end_last = end_year, after + 1
            if not _is_month_use(tokens, i, day, year):
                i += 1
                continue
            # "from 3 to 11 February 2025", "3-11 June", "between 3 and 11 June": the month and year
            # written once are the first day's too, and its number is no count of anything
            start_day = None
            if day and first == i - 1:
                before = _range_day(tokens, text, first, forward=False)
                if before is not None and before not in taken and _day(tokens[before]) < day:
                    start_day, start_at = _day(tokens[before]), before
            if start_day:
                found.append(_make(tokens, text, start_at, start_at, year, month, start_day, None))
                taken.add(start_at)
            part, first = _part_before(tokens, text, first)
            if day and not part:
                part = None
            found.append(_make(tokens, text, first, last, year, month, day, part))
            taken.update(range(first, last + 1))
            i = last + 1
            if end_day:
                join = tokens[end_at - 1].lower
                end = DateRef(year=year, month=month, day=end_day, text=tokens[end_at].text, start=tokens[end_at].start,
                              end=tokens[end_at].end, relation=join if join in RELATIONS else "")
                found.append(end)
                taken.update(range(last + 1, end_last + 1))
                i = end_at + 1
            continue
        year = year_written(tok, tokens[i - 1].lower if i > 0 else "") or _early_year_in_a_span(tokens, text, i)
        if year and _count_of_next(tokens, i):
            year = None  # "in 1500 shops": a count of what follows
        if year and not _money_before(text, tok.start) and not _amount_after(tokens, i):
            part, first = _part_before(tokens, text, i)
            made = _make(tokens, text, first, i, year, None, None, part if part in YEAR_THIRDS else None)
            if made.relation == "before" and part == "late":
                made = made._replace(relation="by")  # "before the end of 2025" is a deadline at its end, as "by" is
            found.append(made)
            taken.add(i)
        i += 1
    found = [_nth_weekday(text, d) for d in found]
    for i, tok in enumerate(tokens):
        # "on Monday", "last Thursday": a weekday, checked against a claim's full date
        if i in taken or tok.lower not in _WEEKDAYS or not tok.is_cap:
            continue
        near = [d for d in found if d.start - 3 <= tok.end + 2 and tok.start <= d.end + 3 and d.start >= tok.start - 12
                and not _JOINS_TWO_DAYS_RE.search(text[min(tok.end, d.end):max(tok.start, d.start)])]
        # the date that follows the weekday first ("Tuesday 4 March, Friday 7 March": Friday is the 7th's)
        near.sort(key=lambda d: (d.start < tok.end, abs(d.start - tok.end)))
        if near:  # "Thursday, March 11": the date says it; the weekday must agree with it
            d = near[0]
            found[found.index(d)] = d._replace(weekday=_WEEKDAYS[tok.lower])
            continue
        relation = tokens[i - 1].lower if i > 0 and tokens[i - 1].lower in RELATIONS else ""
        if not relation and not (i > 0 and tokens[i - 1].lower in ("last", "this", "next")) and before_a_noun(text, tok.end):
            continue  # "a Saturday revision school": a kind of school, not a day
        found.append(DateRef(text=tok.text, start=tok.start, end=tok.end, relation=relation, weekday=_WEEKDAYS[tok.lower]))
    found = _periods(tokens, text, _seasons(tokens, text, found))
    found.sort(key=lambda d: d.start)
    return _counted_on(_ranges_share_years(found, text), text)


# a number of days or weeks counted on from the day told before it: "on 8 March, and underwent surgery
# two days later", "the next day"
_LATER_RE = lazy(r"\b(?:(?P<count>a|" + COUNT + r")\s+(?P<unit>days?|weeks?)"
                 r"\s+later|(?:the\s+)?(?:next|following)\s+day)\b", re.IGNORECASE)


# words that join a weekday to a date as two days, not one ("from Friday to 4 March", "Monday or 4 March")
_JOINS_TWO_DAYS_RE = lazy(r"\b(?:to|and|or|until|till|through)\b|[-\u2013]", re.I)
# "the first Tuesday of March 2025", "the last Friday in June 2024": a day named by its place among the
# month's days of that weekday
_NTH_WEEKDAY_RE = lazy(r"\b(?:the\s+)?(first|second|third|fourth|last)\s+(%s)\s+(?:of|in)\s+$" % "|".join(_WEEKDAYS), re.I)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_weekday(text: str, date: DateRef) -> DateRef:
    """The date with its day where the words before its month tell which of the month's weekdays it is
    ("the first Tuesday of March 2025": 4 March 2025), else as it is."""
    if not (date.year and date.month) or date.day or date.part or date.start < 0:
        return date
    m = _NTH_WEEKDAY_RE.search(text, max(0, date.start - 30), date.start)
    if m is None or m.end() != date.start:
        return date
    weekday = _WEEKDAYS[m.group(2).lower()]
    first = _dt.date(date.year, date.month, 1)
    day = 1 + (weekday - first.weekday()) % 7
    if m.group(1).lower() == "last":
        day += 7 * ((_days_in(date.month, date.year) - day) // 7)
    else:
        day += 7 * _NTH[m.group(1).lower()]
        if day > _days_in(date.month, date.year):
            return date
    before = text[:m.start()].split()
    relation = before[-1].lower() if before and before[-1].lower() in RELATIONS else date.relation
    return date._replace(day=day, weekday=weekday, start=m.start(), text=text[m.start():date.end], relation=relation)


def _counted_on(found: list, text: str) -> list:
    """Each "two days later", "a week later", "the next day" as the day it is, counted on from the
    last full date before it in its sentence ("brought in on 8 March 2025, she underwent surgery two
    days later": 10 March 2025); left relative where no such date comes before it."""
    lower = text.lower()
    if "later" not in lower and "next day" not in lower and "following day" not in lower:
        return found
    out = list(found)
    for m in _LATER_RE.finditer(text):
        before = [d for d in out if d.end <= m.start() and d.year and d.month and d.day
                  and not re.search(r"[.!?]\s", text[d.end:m.start()])]
        if not before:
            continue
        count = m.group("count")
        if count is None:  # "the next day"
            days = 1
        else:  # ("a" week: one)
            days = (1 if count.lower() == "a" else count_of(count)) * (7 if m.group("unit").lower().startswith("week") else 1)
        try:
            day = _dt.date(before[-1].year, before[-1].month, before[-1].day) + _dt.timedelta(days=days)
        except ValueError:
            continue
        resolved = DateRef(year=day.year, month=day.month, day=day.day, text=m.group(), start=m.start(), end=m.end())
        out = [d for d in out if not (d.start < m.end() and m.start() < d.end)] + [resolved]
    out.sort(key=lambda d: d.start)
    return out


# the seasons as news in the northern hemisphere counts them (meteorological): their months
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# the last day of a season as astronomy counts it (the equinox or solstice, at its latest), in the month after
# its meteorological last: a season told in words may be either reckoning's ("1 September" may be summer's)
SEASON_ENDS = {"spring": (6, 21), "summer": (9, 23), "autumn": (12, 22), "fall": (12, 22)}
# the parts of a year business news reports by: quarters and halves, their months
PERIOD_MONTHS = {"q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12), "h1": (1, 6), "h2": (7, 12)}
YEAR_PARTS = {**SEASON_MONTHS, **PERIOD_MONTHS}
# "early 2025", "mid-2025", "late 2025": a year's first, middle and last four months, as a part of a
# year (the same words before a month are its first, middle and last ten days)
YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _year_months(date):
    """The first and last month of the part of a year a date names, or None."""
    if date.part in YEAR_PARTS:
        return YEAR_PARTS[date.part]
    return YEAR_THIRDS.get(date.part) if not date.month else None
_DIGIT_WORDS = {"3": "three", "6": "six"}  # "the first 3 months of 2025"
# "the first quarter of", "the second half of", "the first three months of": the part each names
_PERIOD_PHRASES = {("first", "quarter"): "q1", ("second", "quarter"): "q2", ("third", "quarter"): "q3",
                   ("fourth", "quarter"): "q4", ("final", "quarter"): "q4", ("last", "quarter"): "q4",
                   ("first", "half"): "h1", ("second", "half"): "h2",
                   ("first", "three", "months"): "q1", ("last", "three", "months"): "q4",
                   ("first", "six", "months"): "h1", ("last", "six", "months"): "h2"}


def _seasons(tokens, text, found: list) -> list:
    """A season of a year ("in spring 2026", "in the summer of 2024", "fall 2025") as a date whose
    part is the season."""
    out = list(found)
    for i, tok in enumerate(tokens[:-1]):
        if tok.lower in SEASON_MONTHS:
            k = i + 2 if tokens[i + 1].lower == "of" and tok.lower != "fall" and i + 2 < len(tokens) else i + 1
            _take_year(tokens, text, out, i, k, tok.lower)
    return out


def _take_year(tokens, text, found: list, i: int, k: int, part: str) -> None:
    """Make the year read alone at token k the date of the part of it named at token i (in place:
    ``found`` is the caller's own list)."""
    year_date = next((d for d in found if d.start == tokens[k].start and d.year and not d.month), None)
    if year_date is None:
        return
    first = i - 1 if i > 0 and tokens[i - 1].lower == "the" else i
    made = _make(tokens, text, first, k, year_date.year, None, None, part)
    found[found.index(year_date)] = made._replace(start=tokens[i].start, text=text[tokens[i].start:made.end])


_RANGE_JOINS = frozenset(["to", "and", "-", "–", "until", "till", "through"])


def _ranges_share_years(found: list, text: str) -> list:
    """The year a range of months writes once, given to its start too ("January to March 2025",
    "between May and September 2022": January 2025, May 2022), the start a year earlier when its
    month comes later ("November to February 2025")."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.year is not None or a.month is None or b.year is None or b.month is None:
            continue
        if text[a.end:b.start].strip().lower() not in _RANGE_JOINS:
            continue
        out[k] = a._replace(year=b.year - 1 if a.month > b.month else b.year)
    return _ranges_as_parts(out, text)


_PART_OF_MONTHS = {months: part for part, months in PERIOD_MONTHS.items()}


def _ranges_as_parts(found: list, text: str) -> list:
    """A range of months that is a quarter or a half of one year, as that part ("January to March
    2025" is the first quarter of 2025, as "the first three months of 2025" is)."""
    out, k = [], 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        part = _PART_OF_MONTHS.get((a.month, b.month)) if b is not None and a.year and a.year == b.year \
            and not (a.day or b.day) and text[a.end:b.start].strip().lower() in _RANGE_JOINS else None
        if part:
            out.append(DateRef(year=a.year, part=part, relation="" if a.relation in ("", "from") else a.relation,
                               text=text[a.start:b.end], start=a.start, end=b.end))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


# a decade ("the 1980s", "the early 1990s") and a century ("the 16th century", "the late nineteenth
# century"): spans of years, compared as the years they cover
_DECADE_RE = lazy(r"\b(?:(early|mid|late)[\s-]+)?((?:1[1-9]|20)\d0)s\b(?!-)", re.I)  # (not "1000s" of fans)
_CENTURY_RE = lazy(r"\b(?:(early|mid|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|([a-z]+))[\s-]+century\b", re.I)
DECADE, CENTURY = "decade", "century"
SPAN_YEARS = {DECADE: 10, CENTURY: 100}


_NAME_GOES_ON_RE = lazy(r"\s+[A-Z][a-z]")  # a capitalised word after a capitalised "Century"


def _decades_and_centuries(tokens, text) -> list:
    """The decades and centuries the text names, each as a date of its first year (see span_of)."""
    out = []
    for m in _DECADE_RE.finditer(text):
        out.append(_span_date(tokens, text, m, int(m.group(2)), DECADE))
    for m in _CENTURY_RE.finditer(text):
        number = int(m.group(2)) if m.group(2) else ORDINALS.get((m.group(3) or "").lower())
        if _NAME_GOES_ON_RE.match(text, m.end()) and text[m.end() - 7:m.end()] == "Century":
            continue  # a name's words, "20th Century Fox", "21st Century Insurance": no time
        if number and 1 <= number <= 21:
            # the 16th century runs from 1501 to 1600, as the first ran from the year 1 to 100
            out.append(_span_date(tokens, text, m, (number - 1) * 100 + 1, CENTURY))
    return [d for d in out if d is not None]


def _span_date(tokens, text, m, year, span):
    """The date a decade's or a century's match names, its relation read past a "the" before it."""
    first = next((k for k, t in enumerate(tokens) if t.start >= m.start()), None)
    last = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].end <= m.end()), None)
    if first is None or last is None or last < first:
        return None
    the = first > 0 and tokens[first - 1].lower == "the"  # "since the 1980s": the relation stands before "the"
    made = _make(tokens, text, first - the, last, year, None, None, None)
    third = (m.group(1) or "").lower()
    return made._replace(part=f"{third} {span}" if third else span, text=text[tokens[first].start:tokens[last].end],
                         start=tokens[first].start)


def span_of(date: DateRef) -> tuple:
    """(first year, year after the last) of a decade or a century the date names, early, mid or late
    in it or whole, or None for any other date."""
    part = date.part or ""
    span = part.split()[-1] if part else ""
    if span not in SPAN_YEARS or not date.year:
        return None
    length = SPAN_YEARS[span]
    third = part.split()[0] if " " in part else ""
    # its early, middle and late parts overlap, as loosely as writers draw them: the first four tenths,
    # the middle four, the last four
    start, end = _SPAN_THIRDS.get(third, (0, 10))
    return date.year + length * start // 10, date.year + length * end // 10


_SPAN_THIRDS = {"early": (0, 4), "mid": (3, 7), "late": (6, 10)}


def _make(tokens, text, first, last, year, month, day, part):
    relation = ""
    before = first - 1
    if day and before > 0 and tokens[before].lower == "the":
        before -= 1  # "until the 27th of May": the day is what "until" governs
    if before >= 0 and tokens[before].lower in RELATIONS:
        relation = tokens[before].lower
        if relation == "before" and part == "late":
            relation = "by"  # "before the end of March" is a deadline at its end, as "by" is
    elif no_later_than(tokens, before - 2):
        relation = "by"  # "no later than 2030": a deadline, as "by 2030" is
    elif first > 1 and tokens[first - 1].lower == "of" and tokens[first - 2].lower == "as":
        relation = SNAPSHOT  # "as of October 2018": when a changing figure was read
    elif before >= 0 and (tokens[before].lower in ("circa", "around", "about") and not month or tokens[before].lower in ("c", "ca")
                          and text[tokens[before].end:tokens[first].start].startswith(".")):
        relation = CIRCA  # "c. 1540", "circa 1540", "around 1540": about then
    if relation in ("", "in", "by") and [t.lower for t in tokens[last + 1:last + 4]] == ["at", "the", "latest"]:
        relation = "by"  # "in 2029 at the latest", "by 2029 at the latest": a deadline
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
        if prev in {"in", "since", "until", "by", "of", "early", "late", "mid", "before", "after", "during", "from", "through", "till"}:
            return True
        # the first month of a range of months: "between May and September 2024", "January to March
        # 2025" opening a sentence
        return (prev == "between" or (i == 0 and low not in ("may", "march"))) and i + 2 < len(tokens) \
            and tokens[i + 1].lower in ("and", "to") and _month(tokens, i + 2) is not None
    return True


_DAY_WORDS = ORDINALS | {"thirtieth": 30}  # "the first of July"


# words that may follow a day of a month where a count's noun would follow a number
_AFTER_A_DAY = frozenset("with in at on and to of for as when after before by while until but or".split())


def _year_after(tokens, i: int):
    """The year written right after the month at token i ("June 2024"), or None."""
    return year_written(tokens[i + 1], "in") if i + 1 < len(tokens) else None


def _days_in(month: int, year=None) -> int:
    """How many days the month has (February's 29 when the year is not known)."""
    return calendar.monthrange(year or 2024, month)[1]


def _range_day(tokens, text, at: int, forward: bool):
    """The token index of a day joined to the day at ``at`` as a range ("3 to 11", "3-11", "3 and
    11", "3 until 11"), looking before it or after it; None when there is none."""
    step = 1 if forward else -1
    near = at + step
    if not 0 <= near < len(tokens):
        return None
    if tokens[near].lower in _RANGE_JOINS:
        other = near + step
        if tokens[near].lower == "and":
            # two days joined by "and": "on 20 and 21 March", "between 20 and 30 March", "on March 20
            # and 21 with ..."; not "on June 3 and 15 more routes", where the number counts what follows
            if forward:
                after = tokens[other + 1] if other + 1 < len(tokens) else None
                if after is not None and after.text.isalpha() and after.text.islower() and after.lower not in _AFTER_A_DAY:
                    return None
            elif not (other >= 1 and tokens[other - 1].lower in ("between", "on", "of")):
                return None  # ("the weekend of 15 and 16 March": both days)
    else:
        between = text[tokens[min(at, near)].end:tokens[max(at, near)].start].strip()
        other = near if between in ("-", "–") else None
    if other is None or not 0 <= other < len(tokens) or not tokens[other].is_number or not _day(tokens[other]):
        return None
    return other


def _count_of_next(tokens, i) -> bool:
    """Is a number before 1800 the count of the word after it ("in 1500 shops", "May 1200 workers"), or
    any number a bound opens before a plural ("more than 1850 cases", "nearly 2000 people": a bound is
    of an amount; "in 2019 sales fell" stays a year)?"""
    counted = i + 1 < len(tokens) and tokens[i + 1].text.isalpha() and tokens[i + 1].text.islower() \
        and tokens[i + 1].lower not in STOPWORDS
    if counted and int(tokens[i].text) < 1800:
        return True
    bound = i > 0 and (tokens[i - 1].lower in _BOUND_WORDS or (
        i > 1 and tokens[i - 1].lower == "than" and tokens[i - 2].lower in ("more", "fewer", "less")))
    return counted and bound and tokens[i + 1].lower.endswith("s") \
        and not (i > 1 and tokens[i - 2].lower in ("the", "in", "since", "until", "before", "after"))


# the last word of a bound that is only ever an amount's ("nearly", "at least"; "more than" is read apart):
# not "over", "under" or a comparative's "than" ("over 2019 levels", "higher than 2019 levels" are years)
_BOUND_WORDS = frozenset("nearly almost approximately roughly least most".split())


def _day(tok):
    m = _DAY_RE.match(tok.text)
    if m and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1))
    return None


def year_written(tok, before=""):
    """The year a four-digit token names: 1800-2100 anywhere, an earlier one after a word that
    introduces a time ("in 1724", "since 1066"; "1500 shops" and "1200 workers" stay counts)."""
    if len(tok.text) == 4 and tok.text.isdigit():
        value = int(tok.text)
        if 1800 <= value <= 2100 or 1000 <= value < 1800 and before in _YEAR_PREPOSITIONS:
            return value
    return None


_SPAN_DASHES = ("–", "—", "-")
_CIRCA_YEARS = 5  # how far from a year told "c." another may be


def _early_year_in_a_span(tokens, text, i):
    """A year before 1800 that no preposition introduces, read as a year where it is written as one:
    "c. 1540", or an end of a span of two years, the later after the earlier ("(1701 – 1770)",
    "1648–1715"). ("1500 shops" stays a count.)"""
    tok = tokens[i]
    if len(tok.text) != 4 or not tok.text.isdigit() or not 1000 <= int(tok.text) < 1800:
        return None
    value = int(tok.text)
    if i > 0 and tokens[i - 1].lower in ("c", "ca") and text[tokens[i - 1].end:tok.start].startswith("."):
        return value  # (its relation CIRCA: see _make)

    def year_at(k):
        t = tokens[k] if 0 <= k < len(tokens) else None
        return int(t.text) if t is not None and len(t.text) == 4 and t.text.isdigit() and 1000 <= int(t.text) <= 2100 else None

    def opens_a_span(k):  # a bracket or a year's preposition before the span: "(1701 – 1770)", "in 1648–1715",
        # not "rooms 1201–1250" or "pages 1200-1250"
        lead = text[max(0, tokens[k].start - 6):tokens[k].start].rstrip()
        return lead.endswith("(") or lead.lower().endswith(("c.", "ca.")) or (k > 0 and tokens[k - 1].lower in _YEAR_PREPOSITIONS)

    def counts_nothing(k):  # no noun after the later year: "1100–1400 vehicles an hour" are counts
        return k + 1 >= len(tokens) or not tokens[k + 1].is_content or tokens[k + 1].is_cap

    after, before = year_at(i + 1), year_at(i - 1)
    if after is not None and after > value and text[tok.end:tokens[i + 1].start].strip() in _SPAN_DASHES \
            and opens_a_span(i) and counts_nothing(i + 1):
        return value
    if before is not None and before < value and text[tokens[i - 1].end:tok.start].strip() in _SPAN_DASHES \
            and opens_a_span(i - 1) and counts_nothing(i):
        return value
    if i > 2 and tokens[i - 1].lower == "and" and year_at(i - 2) is not None and year_at(i - 2) < value \
            and tokens[i - 3].lower == "between" and counts_nothing(i):
        return value  # "between 1701 and 1770": the later end
    if i > 0 and tokens[i - 1].lower == "between" and i + 2 < len(tokens) and tokens[i + 1].lower == "and" \
            and year_at(i + 2) is not None and year_at(i + 2) > value and counts_nothing(i + 2):
        return value  # and the earlier ("between 1500 and 2000 people" are counts)
    return None


_YEAR_PREPOSITIONS = frozenset(["in", "since", "until", "till", "before", "after", "during", "circa", "around", "about"])


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
    """The part of its month a date falls in ("early", "mid", "late"): a day's by its number, whatever
    part of the day it names ("the evening of 13 May" is mid-May)."""
    if date.day:
        return "early" if date.day <= 10 else "mid" if date.day <= 20 else "late"
    return date.part or None


def is_calendar(date: DateRef) -> bool:
    return bool(date.year or date.month or date.day) or date.weekday is not None


# What a date's preposition says of it: when something happens (in, on, at), when it starts
# (since, from), when it ends or is due (until, to, by), or a bound (before, after).
RELATION_KIND = {"": "point", "in": "point", "on": "point", "at": "point", "during": "point", "as": "point",
                 "since": "start", "from": "start", "until": "end", "till": "end", "to": "end", "through": "end",
                 "by": "end", "before": "before", "after": "after", PERIOD_END: "point", CIRCA: "point"}


# periods a figure is counted over, which British reports end with "to": "in the year to March 2025",
# "the 12 months to June", "the six weeks to 3 May"
REPORTING_PERIODS = frozenset("year years month months week weeks quarter quarters days fortnight decade period".split())
_ENDED_BY = r"(?:to|ending|ended)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?"  # "the year to", "the year ending (in)"
_PERIOD_END_RE = lazy(r"\b(?:%s)\s+%s$" % ("|".join(sorted(REPORTING_PERIODS)), _ENDED_BY), re.I)
_UP_TO_A_DATE_RE = lazy(r"\s+(?:(?:until|till)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?|%s)$" % _ENDED_BY)


# a span of years up to a date ("the five years to March 2030", "the next two years to 2027", "the period
# to 2030"), not one reporting period ("the year to", "the 12 months to")
_SPAN_OF_YEARS_RE = lazy(r"\b(?:years|period)\s+%s$" % _ENDED_BY, re.I)


def ends_a_span_of_years(text_before: str) -> bool:
    """Does the text just before a date make it the end of a span of years (see _SPAN_OF_YEARS_RE)?"""
    return _SPAN_OF_YEARS_RE.search(text_before) is not None


def runs_up_to(between: str) -> bool:
    """Does the text between a length of time and a date take the length up to the date ("four years
    to 2023", "six years until 2031", "12 months ending in March")?"""
    return _UP_TO_A_DATE_RE.fullmatch(between) is not None
# the kind of year a period is, which its dates give ("the financial year to March 2025", "the 2024/25
# financial year"): words of the date, not of what happened in it
_YEAR_KINDS = r"(?:financial|fiscal|calendar|academic|school|tax)"


def period_end(date: DateRef, text_before: str) -> DateRef:
    """The date as a point in time when it ends the period a figure is counted over ("in the year to
    January 2025": a reading at January 2025, as "at the end of January 2025" is, not a span up to it);
    ``text_before``: the text just before the date. Otherwise the date as it is."""
    if date.relation in ("to", "", "in") and _PERIOD_END_RE.search(text_before):
        # "the year to the end of March 2025" ends where "the year to March 2025" does
        return date._replace(relation=PERIOD_END, part=None if date.part == "late" and date.month else date.part)
    return date


_PERIOD_LENGTH_RE = lazy(r"\b(?:the|a|an)\s+(?:(?!%s\b)([a-z0-9]+)[\s-]+)?(?:%s\s+)?" % (_YEAR_KINDS, _YEAR_KINDS)
                         + r"(year|years|month|months|week|weeks|quarter|quarters|fortnight|decade)\s+" + _ENDED_BY + "$", re.I)
_KIND_OF_YEAR_BEFORE_RE = lazy(r"\b(?:the\s+)?%s\s+year\s+$" % _YEAR_KINDS, re.I)  # "the financial year 2024-25"
_KIND_OF_YEAR_AFTER_RE = lazy(r"(?:\s*[-–—/]\s*\d{2,4})?\s+%s\s+year\b" % _YEAR_KINDS, re.I)  # "the 2024/25 financial year"


def period_words(text: str, start: int, end: int) -> list:
    """(start, end) of the words around a date at ``start``-``end`` that tell the period it is or ends
    rather than anything done in it: "the three months to", "the financial year ending", "the quarter
    to" before it, "financial year" after a year ("the 2024/25 financial year")."""
    before = text[max(0, start - 60):start]
    spans = []
    for pattern in (_PERIOD_LENGTH_RE, _KIND_OF_YEAR_BEFORE_RE):
        found = pattern.search(before)
        if found:
            spans.append((start - len(before) + found.start(), start))
    after = _KIND_OF_YEAR_AFTER_RE.match(text, end)
    if after:
        spans.append((end, after.end()))
    return spans


_PERIOD_MONTHS = {"year": 12, "month": 1, "week": 12 / 52, "quarter": 3, "fortnight": 12 / 26, "decade": 120}
_SMALL_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)}


def period_length(text_before: str):
    """(months, words) of the period a date ends, from the text just before it ("the three months to":
    3; "the year to": 12), or None when the text names none or a count it cannot read."""
    found = _PERIOD_LENGTH_RE.search(text_before)
    if found is None:
        return None
    count, unit = (found.group(1) or "").lower(), found.group(2).lower().rstrip("s")
    n = 1 if not count else int(count) if count.isdigit() else _SMALL_NUMBERS.get(count)
    if n is None:
        return None
    return n * _PERIOD_MONTHS[unit], found.group(0).strip()


_SECOND_YEAR_RE = lazy(r"\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)")


def second_year_after(text: str, at: int, year: int) -> bool:
    """Does ``text`` at offset ``at`` (right after ``year``) go on with that year's next, as a financial
    year or a season is written ("2024-25", "2024/25", "2008–09", "2019/2020")?"""
    found = _SECOND_YEAR_RE.match(text, at)
    return found is not None and int(found.group(1)[-2:]) == (year + 1) % 100


def days_joined(text: str, a: DateRef, b: DateRef, joins) -> bool:
    """Are the two dates days of one month written together, the words between them one of ``joins``
    ("15 and 16 March 2025", "12-13 July")?"""
    if a is b or a.start < 0 or b.start < 0 or not (a.day and b.day and a.month and (a.year, a.month) == (b.year, b.month)):
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.end <= second.start and text[first.end:second.start].strip().lower() in joins


def relation_kind(date: DateRef) -> str:
    return RELATION_KIND.get(date.relation, "point")


def within_span(point: DateRef, bound: DateRef) -> bool:
    """Does a point in time fall in the span a start or an end opens ("in 2023" after "since 2019",
    "in May" before "until June")?"""
    kind = relation_kind(bound)
    if kind not in ("start", "end") or relation_kind(point) != "point":
        return False
    p, b = _interval(point), _interval(bound)
    if not p or not b:
        return False
    return p[0] >= b[0] if kind == "start" else p[1] <= b[1]


def interval(date: DateRef):
    """(first day, day after the last) the date covers, or None without a year."""
    return _interval(date)


def _interval(date: DateRef):
    """(first day, day after the last) the date covers at its granularity, or None without a year."""
    if not date.year:
        return None
    span = span_of(date)
    if span:  # "the 1980s": 1 January 1980 to 1 January 1990
        return _dt.date(span[0], 1, 1), _dt.date(span[1], 1, 1)
    if not date.month:
        if _year_months(date):  # "spring 2026": March to May; "Q1 2025": January to March
            first_month, last_month = _year_months(date)
            return _dt.date(date.year, first_month, 1), _dt.date(date.year + (last_month == 12), last_month % 12 + 1, 1)
        return _dt.date(date.year, 1, 1), _dt.date(date.year + 1, 1, 1)
    first = _dt.date(date.year, date.month, 1)
    following = _dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
    if date.day:
        try:
            day = _dt.date(date.year, date.month, date.day)
        except ValueError:
            return None
        return day, day + _dt.timedelta(days=1)
    part = date.part
    if part == "early":
        return first, first + _dt.timedelta(days=10)
    if part == "mid":
        return first + _dt.timedelta(days=10), first + _dt.timedelta(days=20)
    if part == "late":
        return first + _dt.timedelta(days=20), following
    return first, following


def _part_relation(statement: DateRef, claim: DateRef) -> str:
    """A part of a year (a season, a quarter, a half) against another or a month of the same year:
    "spring 2026" is supported by "April 2026" and contradicted by "July 2026"; "April 2026" is not
    settled by "spring 2026"."""
    if not (statement.year and claim.year):
        return "related"
    s_months = _year_months(statement)
    c_months = _year_months(claim)
    if s_months and c_months:
        if statement.part in YEAR_THIRDS or claim.part in YEAR_THIRDS:
            # "late 2025" is loose: a part inside it or around it is no other period ("autumn 2025",
            # "the second half of 2025"); one apart from it is
            if s_months[1] < c_months[0] or c_months[1] < s_months[0]:
                return "conflicts"
            return "supports" if s_months[0] <= c_months[0] and c_months[1] <= s_months[1] else "related"
        # another part is another period, apart or overlapping: a figure of the first three months
        # is no figure of the first six
        return "supports" if s_months == c_months else "conflicts"
    if s_months and claim.month:
        if _in_the_seasons_tail(statement, claim):
            return "related"
        return "supports" if s_months[0] <= claim.month <= s_months[1] else "conflicts"
    if c_months and statement.month:
        return "related" if c_months[0] <= statement.month <= c_months[1] or _in_the_seasons_tail(claim, statement) else "conflicts"
    if c_months and not statement.month and not statement.part:
        return "supports"  # "in 2017" holds of what the claim dates to summer 2017
    return "related"


def _in_the_seasons_tail(season: DateRef, other: DateRef) -> bool:
    """Does the other date fall in the days a season runs on by astronomy's count after its meteorological
    end ("summer 2025" / "1 September 2025", or September itself, in part)?"""
    end = SEASON_ENDS.get(season.part)
    return end is not None and other.month == end[0] and (other.day is None or other.day <= end[1])


_NEXT_WORD_RE = lazy(r"\s+([a-z]+)\b")
TIMES_OF_DAY = frozenset("morning mornings afternoon afternoons evening evenings night nights lunchtime".split())


def before_a_noun(sentence: str, end: int) -> bool:
    """Does a noun follow (a weekday, which it then makes a kind of thing: "a Saturday revision
    school", "Sunday trading")? Not a time of day ("Saturday morning"), a function word ("Monday
    and", "Saturday was"), nor a verb in a past or third-person form ("Monday approved")."""
    m = _NEXT_WORD_RE.match(sentence, end)
    if m is None:
        return False
    word = m.group(1)
    if word in TIMES_OF_DAY or word in STOPWORDS or len(word) < 3:
        return False
    return not (english.can_be_verb(word) and english.lemma(word) != word and not word.endswith("ing"))


_PERIOD_OPENINGS = frozenset(words[0] for words in _PERIOD_PHRASES)


def _periods(tokens, text, found: list) -> list:
    """A quarter or a half of a year ("the first quarter of 2025", "Q3 2024", "the first three months
    of 2025", "the second half of 2023") as a date whose part is that period."""
    out = list(found)
    for i, tok in enumerate(tokens[:-1]):
        if tok.lower in PERIOD_MONTHS:
            _take_year(tokens, text, out, i, i + 1, tok.lower)  # "Q3 2024"
            continue
        if _DIGIT_WORDS.get(tok.lower, tok.lower) not in _PERIOD_OPENINGS:
            continue  # no period phrase starts here: most words
        for size in (3, 2):
            words = tuple(_DIGIT_WORDS.get(t.lower, t.lower) for t in tokens[i:i + size])
            if words in _PERIOD_PHRASES and i + size + 1 < len(tokens) and tokens[i + size].lower == "of":
                _take_year(tokens, text, out, i, i + size + 1, _PERIOD_PHRASES[words])
                break
    return out


def _bounded(date: DateRef, interval):
    """What a date with "before" / "after" allows: "before 2016" is any time up to the end of 2015."""
    lo, hi = interval
    if date.relation in ("before",):
        return _dt.date.min, lo
    if date.relation in ("by",):
        return _dt.date.min, hi
    if date.relation == "after":
        return hi, _dt.date.max
    return lo, hi


def relation(statement: DateRef, claim: DateRef) -> str:
    """'supports' when the claim pins the statement's date, 'conflicts' when they cannot both hold,
    'related' when they overlap without settling it. "Before 2016" is supported by "mid 2015" and
    contradicted by "March 2017"; "since", "until" and "to" mark a point in time, compared as a date.
    A date in figures read either way ("5/6/2021") is settled by what both readings say, backed by
    either: a writer's custom is the one that makes it the claim's date."""
    if statement.either and claim.either:  # one custom orders both alike: "5/6/2021" is no "6/5/2021"
        found = {relation(one, other) for one, other in zip(_each_reading(statement), _each_reading(claim))}
        return "supports" if found == {"supports"} else "conflicts" if found == {"conflicts"} else "related"
    if statement.either or claim.either:
        found = {relation(one, other) for one in _each_reading(statement) for other in _each_reading(claim)}
        return "supports" if "supports" in found else "conflicts" if found == {"conflicts"} else "related"
    if statement.weekday is not None and not (statement.year or statement.month or statement.day):
        if claim.year and claim.month and claim.day:  # "on a Monday" against 11 March 2021, a Thursday
            try:
                day = _dt.date(claim.year, claim.month, claim.day).weekday()
            except ValueError:
                return "related"
            return "supports" if day == statement.weekday else "conflicts"
        if claim.weekday is not None and not (claim.year or claim.month or claim.day):
            return "supports" if claim.weekday == statement.weekday else "conflicts"  # "on Tuesday" / "on Tuesday"
        return "related"
    if statement.weekday is not None and claim.weekday is not None and statement.weekday != claim.weekday:
        return "conflicts"
    for one, other in ((statement, claim), (claim, statement)):
        # "on a Friday in early March 2025" against 4 March 2025, a Tuesday: the day named by its weekday within a
        # month (a bare weekday is another event's as often; a claim's weekday written by a full date may be another
        # act's: "On Friday, 4 March was confirmed as ..."; the statement's is its own: "on Friday 4 March 2025")
        if one.weekday is not None and one.month and (not one.day or one is statement) and other.year and other.month \
                and other.day and other.weekday is None:
            try:
                if _dt.date(other.year, other.month, other.day).weekday() != one.weekday:
                    return "conflicts"
            except ValueError:
                pass
    if CIRCA in (statement.relation, claim.relation) and statement.year and claim.year:
        # "c. 1540" (or "circa 1540") is about then: a few years either way is no contradiction
        gap = abs(statement.year - claim.year)
        return "conflicts" if gap > _CIRCA_YEARS else "supports" if gap == 0 else "related"
    bounded = statement.relation in ("before", "after", "by") or claim.relation in ("before", "after", "by")
    if bounded:
        s_int, c_int = _interval(statement), _interval(claim)
        if s_int is not None and c_int is None and statement.year and not claim.year and claim.month:
            return "related"  # "before April 2020" against "on 31 March", its year untold: no bound settles it
        if s_int and c_int:
            s_lo, s_hi = _bounded(statement, s_int)
            c_lo, c_hi = _bounded(claim, c_int)
            if c_hi <= s_lo or s_hi <= c_lo:
                return "conflicts"
            if s_lo <= c_lo and c_hi <= s_hi:
                return "supports"
            return "related"
    if span_of(statement) or span_of(claim):
        # a decade or a century against a date: settled where the claim's date lies within it ("in the
        # 1970s" / "born 1979"), contradicted where apart ("the 1980s" / 1979), else open ("1979" / "the 1970s")
        s_int, c_int = _interval(statement), _interval(claim)
        if not s_int or not c_int:
            return "related"
        if c_int[1] <= s_int[0] or s_int[1] <= c_int[0]:
            return "conflicts"
        return "supports" if s_int[0] <= c_int[0] and c_int[1] <= s_int[1] else "related"
    for field in ("year", "month", "day"):
        a, b = getattr(statement, field), getattr(claim, field)
        if a is not None and b is not None and a != b:
            return "conflicts"
    if _year_months(statement) or _year_months(claim):
        return _part_relation(statement, claim)
    a, b = part_of(statement), part_of(claim)
    if a and b and a != b and statement.month and claim.month:
        return "conflicts"
    covered = all(getattr(claim, f) is not None for f in ("year", "month", "day") if getattr(statement, f) is not None)
    if statement.part and not (claim.part or claim.day):
        covered = False
    return "supports" if covered else "related"
