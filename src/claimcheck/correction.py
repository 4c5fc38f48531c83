"""What to write instead of a conflicting amount or date: the claim's value in the statement's own words.

Pure functions over the two values the verdict compared. The edit is as small as it can be
(the digits of "Huawei, Xiaomi, SMIC and 80 other companies", not the whole list), so an
editor can apply it without touching the writer's wording or markup around it.
"""

from __future__ import annotations

import re
from typing import Optional

from .lazyre import lazy
from .model import Correction, DateRef, Quantity

_NUMERAL_RE = lazy(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d,]\d)")
_SCALE_RE = lazy(r"\s?(tn|trillion|bn|billion|mn|m|million|k|thousand)\b", re.IGNORECASE)
SCALES = {"tn": 1e12, "trillion": 1e12, "bn": 1e9, "billion": 1e9, "mn": 1e6, "m": 1e6, "million": 1e6,
          "k": 1e3, "thousand": 1e3}
# English number words, for amounts written out ("eighty-seven other companies")
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_VALUES = {w: i for i, w in enumerate(_UNITS)} | _TENS
_WORD = r"(?:" + "|".join(sorted(list(_WORD_VALUES) + ["hundred", "thousand"], key=len, reverse=True)) + r")"
_WORDS_RE = lazy(rf"\b{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*\b", re.IGNORECASE)
QUALIFIER_WORDS = {"about": "about", "more_than": "more than", "at_least": "at least",
                   "less_than": "less than", "at_most": "at most"}
_DIRECTION = {"exact": 0, "about": 0, "more_than": 1, "at_least": 1, "less_than": -1, "at_most": -1}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_FIRST_RE = lazy(r"\b(?:" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+\d{1,2}\b")


def for_amount(statement: str, said: Quantity, claimed: Quantity, claim_id: str) -> Optional[Correction]:
    """Replace the statement's figure by the claim's, keeping its scale word, unit and what it counts."""
    if said.start < 0 or said.unit != claimed.unit or said.per != claimed.per:
        return None
    if "range" in (said.qualifier, claimed.qualifier):
        return None  # "hundreds of aircraft" has no figure to put another in place of, nor to write
    if claimed.qualifier not in ("exact", said.qualifier) and _DIRECTION[said.qualifier] not in (0, _DIRECTION[claimed.qualifier]):
        return None  # "at most 100" against "more than 170": the bound itself would have to turn round
    written = statement[said.start:said.end]
    number = _last_number(written)
    if number is None:
        return None
    start, end, value, scale, commas, decimals = number
    offset = said.value - value * scale  # "Huawei, Xiaomi, SMIC and 80 others": the three names count too
    if abs(offset) > 1e-6 * max(1.0, abs(said.value)) and not said.detail:
        return None  # the figure is not simply what is written: nothing safe to offer
    target = (claimed.value - offset) / scale
    if target <= 0:
        return None
    text = _format(target, commas, decimals)
    if claimed.qualifier != said.qualifier and said.qualifier == "exact" and claimed.qualifier in QUALIFIER_WORDS:
        # "170 countries" for "more than 170 countries" would still not be what the source says
        digits_start = start
        while start > 0 and not written[start - 1].isspace() and not written[start - 1].isalnum():
            start -= 1  # the currency sign goes after the qualifier: "more than $5bn"
        text = f"{QUALIFIER_WORDS[claimed.qualifier]} {written[start:digits_start]}{text}"
    if text == written[start:end]:
        return None
    return Correction(said.start + start, said.start + end, text, claim_id, "amount")


def for_date(statement: str, said: DateRef, claimed: DateRef, claim_id: str) -> Optional[Correction]:
    """Replace the statement's date by the claim's, at the claim's precision and in the statement's order."""
    if said.start < 0 or not (claimed.year or claimed.month):
        return None
    written = statement[said.start:said.end]
    month_first = bool(_MONTH_FIRST_RE.search(written))
    year = claimed.year if (said.year or not claimed.month) else None  # "on 15 May": no year was written
    bits = []
    if claimed.part and not claimed.day:
        bits.append(claimed.part)
    if claimed.month:
        month = _MONTHS[claimed.month - 1]
        if claimed.day:
            bits.append(f"{month} {claimed.day}," if month_first and year else f"{month} {claimed.day}" if month_first else f"{claimed.day} {month}")
        else:
            bits.append(month)
    if year:
        bits.append(str(year))
    text = " ".join(bits)
    if not text or text == written:
        return None
    start = said.start
    before = statement[max(0, start - 3):start]
    if not claimed.day and before.lower() == "on ":  # "on" takes a day; a month or a year takes "in"
        start, text = start - 3, ("In " if before[0] == "O" else "in ") + text
    return Correction(start, said.end, text, claim_id, "date")


def _last_number(written: str):
    """(start, end, value, scale, commas, decimals) of the last figure written in an amount, else None."""
    found = list(_NUMERAL_RE.finditer(written))
    if found:
        m = found[-1]
        digits = m.group(1) + (m.group(2) or "")
        scale_match = _SCALE_RE.match(written, m.end())
        scale = SCALES[scale_match.group(1).lower()] if scale_match else 1.0
        return (m.start(), m.end(), float(digits.replace(",", "")), scale, "," in digits,
                len(m.group(2)) - 1 if m.group(2) else 0)
    words = list(_WORDS_RE.finditer(written))
    if not words:
        return None
    m = words[-1]
    value = _words_value(m.group())
    if value is None:
        return None
    return m.start(), m.end(), float(value), 1.0, False, 0


def _words_value(text: str) -> Optional[int]:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:
            current += _WORD_VALUES[word]
    return total + current


def _format(value: float, commas: bool, decimals: int) -> str:
    """The figure as the writer writes figures: thousands separators if they used them, at least
    as many decimals, and more only where the claim's value needs them."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    frac = frac.ljust(decimals, "0")
    if commas:
        whole = f"{int(whole):,}"
    return whole + (f".{frac}" if frac else "")
