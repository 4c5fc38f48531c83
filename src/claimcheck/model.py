"""The data claimcheck works on: sources, claims, and the results of checking text against them.

Records are NamedTuples and small slotted classes rather than dataclasses: every dataclass
costs about a millisecond and a half of start-up, and a look-up should feel instant.
"""

from __future__ import annotations

import enum
from typing import NamedTuple, Optional


class Verdict(str, enum.Enum):
    SUPPORTED = "supported"
    CONFLICTING = "conflicting"
    UNVERIFIED = "unverified"

    @property
    def severity(self) -> int:
        """Higher is worse: a sentence takes the worst verdict of its parts."""
        return {"supported": 0, "unverified": 1, "conflicting": 2}[self.value]


class Relation(str, enum.Enum):
    SUPPORTS = "supports"
    CONFLICTS = "conflicts"
    RELATED = "related"


class Source(NamedTuple):
    id: str
    title: str
    outlet: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None
    file: Optional[str] = None
    path: Optional[str] = None  # the claim base file it was read from
    line: Optional[int] = None

    @property
    def display_name(self) -> str:
        """How people are shown the source: its outlet, else its title."""
        return self.outlet or self.title or self.id

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "file": self.file,
        }


def source_label(source: Optional[Source], fallback: str = "", dated: bool = True) -> str:
    """One name for a claim's source wherever it is shown: 'The Gazette, 2024-03-05' (outlet or
    title, and the date when known and ``dated``); ``fallback`` (the source id) when it is missing."""
    if source is None:
        return fallback
    return ", ".join(x for x in (source.display_name, source.published if dated else None) if x)


class Quantity(NamedTuple):
    """An amount with its bounds: "over 70 firms" is low=70 (exclusive), high=None."""

    value: float
    unit: str = ""  # "USD", "%", or "" for a count
    noun: str = ""  # what is counted, as written ("companies", "members")
    qualifier: str = "exact"  # exact | about | more_than | at_least | less_than | at_most
    per: str = ""  # "year" for "a year", "annually"
    text: str = ""
    start: int = -1
    end: int = -1
    detail: str = ""  # how it was read, e.g. "3 named + 87 others"
    precision: float = 0.0  # half a unit of the last digit written, for rounded figures
    definite: bool = False  # "the two countries": taken as known, not asserted

    def describe(self) -> str:
        if self.qualifier == "range":  # "hundreds of aircraft": its bounds, as written
            return " ".join(self.text.split())
        words = {"about": "about ", "more_than": "more than ", "at_least": "at least ",
                 "less_than": "less than ", "at_most": "at most ", "exact": ""}[self.qualifier]
        number = format_number(self.value, self.unit)
        if self.noun == "age" and not self.unit:
            return f"aged {words}{number}"
        noun = f" {self.noun}" if self.noun and self.unit != PROPORTION else ""  # ("3 times as many", of buses)
        per = f" a {self.per}" if self.per else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{words}{number}{noun}{per}{detail}"


POINTS = "percentage points"  # the unit of a difference of two shares
PROPORTION = "times as many"  # the unit of one amount as a multiple of another ("three times as many", "twice as long")
# what part of a month a date may name, or what season, quarter or half of a year (text/dates.YEAR_PARTS)
DATE_PARTS = ("early", "mid", "late", "spring", "summer", "autumn", "fall", "q1", "q2", "q3", "q4", "h1", "h2")

CURRENCY_SIGNS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "CNY": "\u00a5", "JPY": "\u00a5"}


def format_number(value: float, unit: str = "") -> str:
    if unit == "score":  # "3-1": the higher side, the lower as hundredths
        return f"{int(value)}-{round((value - int(value)) * 100)}"
    if unit == "CENTS":  # a hundredth of a dollar or a euro, the currency unsaid
        return f"{value * 100:g} cents"
    sign = CURRENCY_SIGNS.get(unit)
    if sign is not None:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= scale:
                return f"{sign}{value / scale:g} {word}"
        if _whole(value):
            return f"{sign}{value:,.0f}"
        cents = f"{value:,.2f}"
        finer = f"{value:,.4f}".rstrip("0")  # "19.5p" is £0.195, not £0.20
        return f"{sign}{finer if float(finer.replace(',', '')) != float(cents.replace(',', '')) else cents}"
    if unit == "%":
        return f"{round(value, 2):g}%"  # "a third" is 33.33%, not 33.3333%
    if unit == "ordinal":  # a place in an order: "12th", "3rd"
        n = int(value)
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    if unit.startswith("/"):  # a score out of a scale: "4.78/10"
        return f"{value:g}{unit}"
    if unit == POINTS:
        return f"{round(value, 2):g} {POINTS}"
    if unit == PROPORTION:
        return f"{round(value, 2):g} times as many"
    if _whole(value):
        return f"{round(value):,}"
    return f"{value:,.2f}".rstrip("0") if abs(value) >= 1e5 else f"{value:g}"


def _whole(value: float) -> bool:
    """Is the value a whole number, but for the float error of a scaled figure (8.2 million is
    8199999.999999999)?"""
    return abs(value - round(value)) <= 1e-9 * max(1.0, abs(value))


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class DateRef(NamedTuple):
    """A calendar date at the granularity the text gives (year, month, day, part of a month)."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    part: Optional[str] = None  # early | mid | late (of the month), or a season of the year
    relation: str = ""  # since | until | by | before | after | in | on
    text: str = ""
    start: int = -1
    end: int = -1
    weekday: Optional[int] = None  # 0 = Monday, for "on Monday" (with or without a date)
    either: tuple = ()  # (month, day) readings of a date in figures only the writer's custom orders ("5/6/2021")

    def describe(self) -> str:
        bits = [WEEKDAY_NAMES[self.weekday]] if self.weekday is not None else []
        if (self.part or "").split()[-1:] in (["decade"], ["century"]) and self.year:
            third = self.part.split()[0] + " " if " " in self.part else ""
            if self.part.endswith("decade"):
                return f"the {third}{self.year}s"  # "the early 1990s"
            number = (self.year - 1) // 100 + 1
            suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
            return f"the {third}{number}{suffix} century"  # "the late 19th century"
        if self.part:
            # early, mid, late (of a month); spring, summer, autumn, fall; Q1-Q4, H1-H2 (of a year)
            bits.append(self.part.upper() if self.part[1:].isdigit() else self.part)
        if self.day:
            bits.append(str(self.day))
        if self.month:
            bits.append(MONTH_NAMES[self.month - 1])
        if self.year:
            bits.append(str(self.year))
        return " ".join(bits) or self.text


class Claim(NamedTuple):
    id: str
    source: str
    quote: str
    text: str
    entities: Optional[tuple] = None  # canonical names, when the claim base gives them
    quantities: Optional[tuple] = None  # Quantity objects, when given
    dates: Optional[tuple] = None  # DateRef objects, when given
    negated: Optional[bool] = None
    attribution: Optional[str] = None
    kind: Optional[str] = None
    fact: Optional[str] = None
    path: Optional[str] = None
    line: Optional[int] = None
    # (line, column) of each field's value in the file, for positioned problems
    positions: Optional[dict] = None


class EntityAttributes(NamedTuple):
    """What a writer may call an entity instead of its name: "the Shenzhen-based telecoms giant",
    "the WeChat owner", "the Hong Kong daily". Each field holds names or short phrases."""

    headquarters: tuple = ()  # places: "Shenzhen" (also read as "Shenzhen-based", and its country)
    nationality: tuple = ()  # countries: "China" (also read as "Chinese")
    industry: tuple = ()  # what it does: "telecommunications equipment", "smartphones"
    role: tuple = ()  # what it is called: "telecoms giant", "daily", "ministry", "mayor"
    products: tuple = ()  # what it is known for: "WeChat" ("the WeChat owner")
    successor_of: tuple = ()  # names it took over from
    subsidiary_of: tuple = ()  # organisations that own it ("the Huawei unit")
    member_of: tuple = ()  # parties, clubs, employers, alliances ("the Labour candidate")
    source: str = ""  # where these come from when not from the articles: "general knowledge"

    def as_dict(self) -> dict:
        out = {k: list(v) for k, v in self._asdict().items() if k != "source" and v}
        if self.source:
            out["attributes_source"] = self.source
        return out


class Entity(NamedTuple):
    """A canonical name and the other ways of writing it."""

    name: str
    aliases: tuple = ()
    type: str = ""  # org | person | place | group | other
    # what it belongs to: Pudong to Shanghai, a ministry or an administration to its country;
    # a claim about the part speaks about the whole (never the other way round)
    part_of: tuple = ()
    attributes: Optional[EntityAttributes] = None


class Evidence:
    __slots__ = ("claim", "source", "relation", "score", "reason")

    def __init__(self, claim: Claim, source: Optional[Source], relation: Relation, score: float, reason: str):
        self.claim, self.source, self.relation, self.score, self.reason = claim, source, relation, score, reason

    def as_dict(self) -> dict:
        return {
            "claim_id": self.claim.id,
            "relation": self.relation.value,
            "score": round(self.score, 3),
            "text": self.claim.text,
            "quote": self.claim.quote,
            "source": self.source.as_dict() if self.source else {"id": self.claim.source},
            "reason": self.reason,
        }


class Correction(NamedTuple):
    """Write ``text`` over ``statement[start:end]``: the conflicting claim's value in the statement's words."""

    start: int
    end: int
    text: str
    claim_id: str
    kind: str  # amount | date


class Resolved(NamedTuple):
    """A part of a sentence read in its context: "it" as Huawei, "last year" as 2023.

    ``start``/``end``: where it is written in the sentence; ``kind``: reference (a pronoun or a
    description resolved from earlier sentences), description (an entity known by its attributes)
    or date (a relative date given its calendar value); ``confident``: False when another reading
    was about as likely, so that the sentence as written was checked too."""

    text: str
    name: str
    start: int
    end: int
    kind: str = "reference"
    confident: bool = True
    basis: str = ""  # for a date: "the draft's date" or the date it counts from

    def as_dict(self) -> dict:
        out = {"text": self.text, "as": self.name, "start": self.start, "end": self.end, "kind": self.kind,
               "confident": self.confident}
        if self.basis:
            out["basis"] = self.basis
        return out

    def describe(self) -> str:
        return f"{self.text} = {self.name}" + ("" if self.confident else "?")


class Result:
    """The verdict on one statement (or one sentence of a draft).

    ``span`` is the decisive part of the statement (start, end), for highlighting, when there is one.
    ``correction``, for a conflict decided by an amount or a date, says what the claim would have
    the statement say there (editors offer it as a quick fix). ``decided_by``, for a conflict, is the
    check that decided it (agreement.SlotCheck: the slot, both values, where): the reason as data.
    ``resolved`` lists what its context gave the statement (Resolved: "it" as Huawei); ``read_as``
    is the statement as checked with those in place, or None when the verdict is on it as written.
    """

    __slots__ = ("statement", "verdict", "score", "evidence", "reason", "span", "correction", "decided_by",
                 "resolved", "read_as")

    def __init__(self, statement: str, verdict: Verdict, score: float, evidence=None, reason: str = "", span=None,
                 correction: Optional[Correction] = None, decided_by=None, resolved=(), read_as: Optional[str] = None):
        self.statement, self.verdict, self.score = statement, verdict, score
        self.evidence = list(evidence or [])
        self.reason, self.span, self.correction, self.decided_by = reason, span, correction, decided_by
        self.resolved, self.read_as = tuple(resolved), read_as

    def as_dict(self) -> dict:
        decided = self.decided_by
        return {
            "statement": self.statement,
            "verdict": self.verdict.value,
            "score": round(self.score, 3),
            "reason": self.reason,
            "decided_by": {"slot": decided.slot, "statement": decided.statement_value, "claim": decided.claim_value}
            if decided is not None else None,
            "resolved": [r.as_dict() for r in self.resolved],
            "read_as": self.read_as,
            "evidence": [e.as_dict() for e in self.evidence],
        }


class Finding:
    """A checked sentence of a draft, positioned in the original file.

    ``line``, ``column`` and ``end_line`` are 1-based; ``end_column`` is the 1-based column just
    after the sentence's last character (exclusive, as SARIF's endColumn). Columns count Unicode
    code points. ``suppressed``: silenced in the draft; still checked, never counted as a failure.
    """

    __slots__ = ("file", "line", "column", "end_line", "end_column", "sentence", "result", "suppressed")

    def __init__(self, file, line, column, end_line, end_column, sentence, result, suppressed=False):
        self.file, self.line, self.column = file, line, column
        self.end_line, self.end_column = end_line, end_column
        self.sentence, self.result, self.suppressed = sentence, result, suppressed

    @property
    def verdict(self) -> Verdict:
        return self.result.verdict

    def as_dict(self) -> dict:
        data = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "sentence": self.sentence,
            "suppressed": self.suppressed,
        }
        body = self.result.as_dict()
        body.pop("statement")
        data.update(body)
        return data
