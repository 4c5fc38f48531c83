"""Where a claim's text says what: words, amounts, dates, the base's names, the main verb.

Deliberately separate from the verdict engine's analysers (``text/``, ``analysis.py``): the
pairs measure that engine, so they must not inherit its readings. Each finder is narrow and
returns nothing when unsure; a perturbation is skipped rather than built on a guess.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ..lazyre import lazy
from . import english

WORD_RE = lazy(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S", re.UNICODE)


class Word(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str) -> list:
    return [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


# ---------------------------------------------------------------- amounts

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}
UNIT_WORDS = {"USD": "dollars", "EUR": "euros", "GBP": "pounds"}
UNIT_SYMBOLS = {v: k for k, v in CURRENCY_SYMBOLS.items()}
SCALE_SUFFIXES = {"bn": 10**9, "m": 10**6, "tn": 10**12, "k": 10**3}
SCALE_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# Bounds written before a figure. Verbs that bound a figure ("passed", "topped") are left out:
# they cannot be rewritten without rewriting the verb.
QUALIFIERS = {
    "more than": "more", "over": "more", "above": "more", "at least": "more", "upwards of": "more",
    "in excess of": "more",
    "fewer than": "less", "less than": "less", "under": "less", "below": "less", "at most": "less",
    "up to": "less", "no more than": "less",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "nearly": "about", "almost": "about", "close to": "about", "an estimated": "about",
}
_QUALIFIER_RE = lazy(r"(?<![\w])(?:" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+\Z",
                     re.IGNORECASE)
_VERB_BOUND_RE = lazy(r"(?i)\b(?:passed|exceeded|exceeds|topped|tops|surpassed|reached|hit|beyond)\s+\Z")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER_WORD = "|".join(sorted(list(english.NUMBER_WORD_VALUES) + ["hundred", "thousand"], key=len, reverse=True))
_WORDS_NUM = rf"(?:(?:{_NUMBER_WORD})(?:(?:-|\s+and\s+|\s+)(?:{_NUMBER_WORD}))*)"
AMOUNT_RE = lazy(
    rf"(?P<sym>[$€£])\s?(?P<snum>{_NUM})(?:\s?(?P<ssuf>bn|tn|m|k)\b|\s(?P<sscale>thousand|million|billion|trillion)\b)?"
    rf"|(?P<num>{_NUM})(?:\s(?P<scale>thousand|million|billion|trillion)\b)?(?:\s(?P<cur>dollars|euros|pounds)\b)?"
    rf"(?P<pct>%|\s?per\scent\b|\s?percent\b)?"
    rf"|\b(?P<words>{_WORDS_NUM})\b(?:\s(?P<wscale>million|billion|trillion)\b)?(?P<wpct>\s?per\scent\b|\s?percent\b)?",
    re.IGNORECASE,
)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Amount(NamedTuple):
    """A figure as written. ``start``/``end`` cover the figure with its currency, scale and
    percent sign; ``qual_start`` is where a bound ("more than") begins, else ``start``."""

    start: int
    end: int
    value: float  # the figure itself ("87" in "... and 87 other companies")
    total: float  # what it counts: 90 for "Huawei, Xiaomi, SMIC and 87 other companies"
    unit: str  # "EUR", "GBP", "USD", "%" or ""
    style: str  # "symbol" ($2.4bn), "digits" (13,950), "words" (twenty-seven)
    decimals: int
    scale: str  # "bn", "million", ... as written, or ""
    qualifier: str  # "", "more", "less", "about"
    qual_start: int
    noun: str  # the word after the figure, lower-cased ("people", "votes"), or ""
    core_start: int  # the number itself: "2.4" in "€2.4bn", "twenty-seven" in "twenty-seven goals"
    core_end: int


def _words_value(text: str):
    """'one hundred and eighty-seven' -> 187; None when the words do not make one number."""
    total, current = 0, 0
    seen = False
    for part in re.split(r"[\s-]+", text.lower()):
        if part == "and":
            continue
        if part in english.NUMBER_WORD_VALUES:
            current += english.NUMBER_WORD_VALUES[part]
            seen = True
        elif part == "hundred" and current:
            current *= 100
        elif part == "thousand" and (current or total):
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current if seen else None


def amounts(text: str) -> list:
    """The figures in ``text`` that can be rewritten: not years, scores, ranges, ordinals or
    parts of compounds ("3-1", "2025-26", "26-year-old", "84th", "between 8 and 10")."""
    found = []
    for m in AMOUNT_RE.finditer(text):
        start, end = m.span()
        before, after = text[max(0, start - 1):start], text[end:end + 1]
        plus = after == "+"
        if plus:
            end += 1
            after = text[end:end + 1]
        if before in "-–/" and before or (after and (after in "-–/+" or after.isalnum())):
            continue  # "3-1", "2025-26", "26-year-old", "84th", "4pm"
        core = "words" if m.group("words") else "snum" if m.group("sym") else "num"
        core_start, core_end = m.span(core)
        if m.group("words"):
            value = _words_value(m.group("words"))
            if value is None or value < 2 or re.fullmatch(r"(?i)hundred|thousand", m.group("words")):
                continue  # "one" is as often a pronoun as a number
            unit = "%" if m.group("wpct") else ""
            scale = (m.group("wscale") or "").lower()
            style, decimals, figure = "words", 0, float(value)
            if scale:
                figure *= SCALE_WORDS[scale]
        elif m.group("sym"):
            number, decimals = _digits(m.group("snum"))
            unit = CURRENCY_SYMBOLS[m.group("sym")]
            scale = (m.group("ssuf") or m.group("sscale") or "").lower()
            figure = number * (SCALE_SUFFIXES.get(scale) or SCALE_WORDS.get(scale) or 1)
            style = "symbol"
        else:
            number, decimals = _digits(m.group("num"))
            scale = (m.group("scale") or "").lower()
            figure = number * SCALE_WORDS.get(scale, 1)
            unit = CURRENCY_WORDS.get((m.group("cur") or "").lower(), "")
            if m.group("pct"):
                unit = "%"
            style = "digits"
            digits = m.group("num")
            if (not unit and not scale and "," not in digits and "." not in digits and len(digits) == 4
                    and 1800 <= number <= 2100):
                continue  # a year
        if re.search(r"(?i)\bbetween\s+\Z", text[max(0, start - 9):start]) or (
                not unit and re.match(r"\s+(?:and|to)\s+\d", text[end:end + 6])):
            continue  # a range: "between 8 and 10 per cent", "8 to 10"
        if re.search(r"\d\s+(?:and|to)\s+\Z", text[max(0, start - 12):start]) and re.search(
                r"(?i)\bbetween\s+[\d.,]+\s+(?:and|to)\s+\Z", text[max(0, start - 30):start]):
            continue  # the upper end of "between 8 and 10"
        if _VERB_BOUND_RE.search(text[max(0, start - 12):start]):
            continue  # "sales have passed 9,000": a bound held by a verb, not rewritable as a figure
        qual = _QUALIFIER_RE.search(text[max(0, start - 20):start])
        qualifier, qual_start = "", start
        if plus:
            qualifier = "more"  # "170+ countries" reads "more than 170"
        elif qual:
            qualifier = QUALIFIERS[re.sub(r"\s+", " ", qual.group().strip().lower())]
            qual_start = start - len(qual.group())
        noun_m = re.match(r"\s+(?:other\s+|more\s+)?([A-Za-z]+)", text[end:])
        noun = noun_m.group(1).lower() if noun_m else ""
        total = figure + _named_before(text, qual_start)
        found.append(Amount(start, end, figure, total, unit, style, decimals, scale, qualifier, qual_start, noun,
                            core_start, core_end))
    return found


def _digits(s: str):
    clean = s.replace(",", "")
    decimals = len(clean.split(".")[1]) if "." in clean else 0
    return float(clean), decimals


_NAME = r"[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*)*"
_ENUM_RE = lazy(rf"((?:{_NAME},\s)*{_NAME})\sand\s\Z")


def _named_before(text: str, start: int) -> int:
    """How many names precede "and" before "87 other ...": the items an enumeration counts."""
    if not re.match(rf"(?:\d[\d,]*|{_WORDS_NUM})\s+(?:other|more)\b", text[start:], re.IGNORECASE):
        return 0
    m = _ENUM_RE.search(text[max(0, start - 200):start])
    if not m:
        return 0
    return len(m.group(1).split(","))


# ---------------------------------------------------------------- dates

_MONTH = "|".join(MONTH_NAMES)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_RE = lazy(
    rf"(?P<dmy>(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<mdy>(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?![\d,]\d)(?:,\s*(?P<y2>\d{{4}})(?!\d))?)"
    rf"|(?P<my>(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}}))"
    rf"|(?P<m4>{_MONTH})\b"
    rf"|(?P<y>(?<![\d,.$€£-])\b(?P<y5>1[89]\d\d|20\d\d)\b(?![\d\-–/%]|,\d|\s(?:million|billion|per)))",
)


_MONTH_PREPOSITIONS = frozenset("in since until by from of before after early late mid end during".split())


class DateSpan(NamedTuple):
    start: int
    end: int
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    style: str  # "dmy" (4 May 2024), "mdy" (May 4, 2024), "my" (May 2024), "m" (in May), "y" (2024)
    ordinal: str  # the day's suffix as written ("th") or ""


def dates(text: str) -> list:
    out = []
    for m in DATE_RE.finditer(text):
        start, end = m.span()
        if text[end:end + 1] in ("-", "–", "/") and text[end + 1:end + 2].isdigit():
            continue  # "2025-26"
        if m.group("dmy") or m.group("mdy"):
            day_text = m.group("d1") or m.group("d2")
            month = MONTH_NAMES.index(m.group("m1") or m.group("m2")) + 1
            year = m.group("y1") or m.group("y2")
            day = int(re.match(r"\d+", day_text).group())
            if not 1 <= day <= 31:
                continue
            out.append(DateSpan(start, end, int(year) if year else None, month, day,
                                "dmy" if m.group("dmy") else "mdy", day_text.lstrip("0123456789")))
        elif m.group("my"):
            out.append(DateSpan(start, end, int(m.group("y3")), MONTH_NAMES.index(m.group("m3")) + 1, None, "my", ""))
        elif m.group("m4"):
            before = re.search(r"(\w+)\s+\Z", text[max(0, start - 12):start])
            if not before or before.group(1).lower() not in _MONTH_PREPOSITIONS:
                continue  # "May" and "March" are words too: a month alone only after "in", "since" ...
            out.append(DateSpan(start, end, None, MONTH_NAMES.index(m.group("m4")) + 1, None, "m", ""))
        else:
            out.append(DateSpan(start, end, int(m.group("y5")), None, None, "y", ""))
    return out


def format_date(year, month, day, style, ordinal="") -> str:
    name = MONTH_NAMES[month - 1] if month else ""
    if style == "dmy":
        return f"{day}{ordinal} {name}" + (f" {year}" if year else "")
    if style == "mdy":
        return f"{name} {day}{ordinal}" + (f", {year}" if year else "")
    if style == "my":
        return f"{name} {year}"
    if style == "m":
        return name
    return str(year)


def weekday_before(text: str, start: int):
    """(start, end) of a weekday written just before a date ("Saturday 4 May", "Thursday, 2 May")."""
    m = re.search(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s+\Z", text[max(0, start - 12):start])
    if not m:
        return None
    return start - len(m.group()), start


# ---------------------------------------------------------------- names

class Mention(NamedTuple):
    start: int
    end: int
    name: str  # the entity's canonical name
    type: str
    written: str


class NameFinder:
    """The base's entities by longest match. A form matches with its first letter in either
    case ("de Vries" / "De Vries") and otherwise as written: names are capitalised in news."""

    def __init__(self, entities):
        forms = []
        for entity in entities:
            for form in (entity.name, *entity.aliases):
                form = form.strip()
                if form:
                    forms.append((form, entity))
        forms.sort(key=lambda f: len(f[0]), reverse=True)
        self.entities = {e.name: e for e in entities}
        parts = []
        self._by_form = {}
        for form, entity in forms:
            key = form[:1].lower() + form[1:]
            if key in self._by_form:
                continue
            self._by_form[key] = entity
            parts.append(f"[{re.escape(form[0].lower())}{re.escape(form[0].upper())}]{re.escape(form[1:])}")
        self._re = re.compile(r"(?<![\w’'])(?:" + "|".join(parts) + r")(?![\w])") if parts else None

    def find(self, text: str) -> list:
        if self._re is None:
            return []
        out = []
        for m in self._re.finditer(text):
            written = m.group()
            entity = self._by_form.get(written[:1].lower() + written[1:])
            if entity is not None:
                out.append(Mention(m.start(), m.end(), entity.name, entity.type, written))
        return out


def in_list(text: str, mention: Mention, mentions: list) -> bool:
    """Is the name one item of a list of names ("Germany, Poland and the Czech Republic")?"""
    for other in mentions:
        if other is mention:
            continue
        gap = text[other.end:mention.start] if other.end <= mention.start else text[mention.end:other.start]
        if re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?", gap):
            return True
    return False


def possessive(text: str, mention: Mention) -> bool:
    return bool(re.match(r"['’]s?\b", text[mention.end:mention.end + 2]))


# ---------------------------------------------------------------- the main verb

class Verb(NamedTuple):
    index: int  # into the word list
    form: str  # "aux" (is, has, will ...), "past" (opened), "present" (employs)
    clause_start: int  # character offset where the main clause begins


_ACCORDING_RE = lazy(r"According to [^,]+,\s*")
_RELATIVE = frozenset("who which whose where whom when".split())
_SUBORDINATORS = frozenset("when after before while although though if as since because until once unless whereas".split())


def main_verb(text: str, ws: list):
    """The first verb of the main clause, past a leading "According to X," and any
    appositive or relative clause between commas; None when the sentence is not that simple."""
    clause_start = 0
    m = _ACCORDING_RE.match(text)
    if m:
        clause_start = m.end()
    i = next((k for k, w in enumerate(ws) if w.start >= clause_start), len(ws))
    first = i
    if i < len(ws) and ws[i].lower in _SUBORDINATORS:
        return None  # "When Whitlock arrived ..., Redmoor were 19th": the main clause comes later
    if i < len(ws) and ws[i].lower in english.PREPOSITIONS:
        comma = next((k for k in range(i, len(ws)) if ws[k].text == ","), None)
        if comma is not None:  # "Of the $143bn of chips sold in China, ...": the clause starts after the comma
            clause_start = ws[comma].end
            i = first = comma + 1
    while i < len(ws):
        w = ws[i]
        if w.text == ",":
            close = next((k for k in range(i + 1, len(ws)) if ws[k].text == ","), None)
            if close is None:
                return None
            nxt = ws[i + 1].lower if i + 1 < len(ws) else ""
            if (nxt in _RELATIVE or nxt in english.DETERMINERS or nxt in english.PREPOSITIONS or nxt.isdigit()
                    or ws[i + 1].text[:1].isupper() or (i + 1 < len(ws) and is_participle(nxt))):
                i = close + 1  # "X, the chief executive, said" / "X, which employs 1,900 people, will"
                continue
            return None
        if w.text == "(":
            close = next((k for k in range(i + 1, len(ws)) if ws[k].text == ")"), None)
            if close is None:
                return None
            i = close + 1
            continue
        if i > first and _is_verb(ws, i, text):
            return Verb(i, _form(ws[i].lower), clause_start)
        i += 1
    return None


def _form(low: str) -> str:
    if low in english.AUXILIARIES:
        return "aux"
    if low in english.PRESENT_VERBS:
        return "present"
    return "past"


def _is_verb(ws, i, text) -> bool:
    w = ws[i]
    low = w.lower
    if not w.text.isalpha() or w.text[:1].isupper():
        return False
    prev = ws[i - 1].lower
    if prev in english.DETERMINERS or text[w.start - 1:w.start] == "-":
        return False
    if low in english.AUXILIARIES:
        return True
    if low in english.IRREGULAR_PAST:
        return True
    if low in english.PRESENT_VERBS:
        nxt = ws[i + 1].lower if i + 1 < len(ws) else ""
        return nxt not in english.AUXILIARIES
    return low.endswith("ed") and len(low) > 4


def next_word_index(ws, i, skip=("also", "already", "still", "now", "just", "only", "somewhat", "since", "long")):
    """The index of the word after ``i``, past adverbs that sit between an auxiliary and its verb."""
    j = i + 1
    while j < len(ws) and (ws[j].lower in skip or (ws[j].lower.endswith("ly") and len(ws[j].text) > 4)):
        j += 1
    return j


def is_participle(word: str) -> bool:
    low = word.lower()
    if low in english.IRREGULAR_PARTICIPLES or low == "been":
        return True
    return low.endswith("ed") and len(low) > 4


def trailing_attribution(text: str) -> bool:
    """Does the sentence end with who said it (", the company said.")?"""
    return bool(re.search(r",\s[^,]{2,60}\s(?:said|says|told [^,]+|reported|added|announced on [^,]+)\.?\s*\Z", text))


def content_words(text: str) -> set:
    """Lower-cased words that carry content, lightly stemmed: for overlap between sentences."""
    out = set()
    for w in words(text):
        low = w.lower.replace("’", "'")
        if not low[:1].isalnum() or low in _STOP:
            continue
        if low.endswith("'s"):
            low = low[:-2]
        for suffix in ("ing", "ed", "es", "s"):
            if low.endswith(suffix) and len(low) - len(suffix) >= 3 and not low.isdigit():
                low = low[: -len(suffix)]
                break
        out.add(low)
    return out


_STOP = frozenset(
    """
    a an the and or but of to in on at by for with from into over under about as than that this these those it its
    they them their he him his she her we us our you your i me my is are was were be been being has have had do does
    did will would shall should can could may might must also very just only even still already not no never which
    who whom whose what when where while because since until before after during though although there here if
    whether said says say told according per more most less some any all both each other another such same own
    """.split()
)
FUNCTION_WORDS = _STOP | english.PREPOSITIONS | english.AUXILIARIES
