"""Find amounts in text: "$1.4tn", "ninety", "170+", "over 70 firms", "twice a year", "Huawei, Xiaomi and 88 others".

Works on the token list (so every pattern is linear in the text) and returns
:class:`claimcheck.model.Quantity` objects with character offsets and bounds.
"""

from __future__ import annotations

import math
import re

from ..lazyre import lazy
from ..model import POINTS, PROPORTION, Quantity
from . import english
from .lexicon import AUXILIARIES, BE_FORMS, COLLECTIVE_NOUNS, COUNT_NOUN_CLASS, DETERMINERS, MEASURE_UNITS, MONTHS, MULTIPLIER_WORDS, WEEKDAYS, NUMBER_WORDS, ORDINALS, PERIOD_WORDS, PERIODS_PER_YEAR, SCALE_WORDS, STOPWORDS, UNIT_ABBREVIATIONS, ZERO_PLURALS
from .dates import second_year_after, slashed_spans, year_written
from .spans import covered
from .tokens import is_possessive, tokenize

QUALIFIER_PHRASES = {
    ("more", "than"): "more_than", ("over",): "more_than", ("above",): "more_than", ("upwards", "of"): "more_than",
    ("in", "excess", "of"): "more_than", ("greater", "than"): "more_than", ("exceeding",): "more_than",
    ("exceeds",): "more_than", ("exceeded",): "more_than", ("exceed",): "more_than", ("surpasses",): "more_than",
    ("surpassed",): "more_than", ("tops",): "more_than", ("topped",): "more_than", ("upward", "of"): "more_than",
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least", ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least", ("a", "minimum", "of"): "at_least", ("minimum", "of"): "at_least",
    ("about",): "about", ("around",): "about", ("approximately",): "about", ("roughly",): "about",
    ("some",): "about", ("circa",): "about", ("an", "estimated"): "about", ("estimated",): "about",
    ("close", "to"): "about", ("nearly",): "about", ("almost",): "about", ("approx",): "about",
    ("less", "than"): "less_than", ("fewer", "than"): "less_than", ("under",): "less_than", ("below",): "less_than",
    ("at", "most"): "at_most", ("up", "to"): "at_most", ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most", ("a", "maximum", "of"): "at_most", ("maximum", "of"): "at_most",
    # "as many as 90", "for as long as three days": the most it came to, as "up to" says
    ("as", "many", "as"): "at_most", ("as", "much", "as"): "at_most", ("as", "long", "as"): "at_most",
    ("as", "high", "as"): "at_most",
    # "closed both within 18 months", "within 10 miles of the town": in no more than that (at most)
    ("within",): "at_most",
    ("just", "over"): "more_than", ("just", "above"): "more_than", ("well", "over"): "more_than",
    ("just", "under"): "less_than", ("just", "below"): "less_than", ("well", "under"): "less_than",
    ("only",): "exact", ("just",): "exact", ("exactly",): "exact", ("precisely",): "exact", ("merely",): "exact",
    ("a", "mere"): "exact",
    # comparatives of size: a bound as "more than" and "less than" are ("a score higher than 52")
    ("higher", "than"): "more_than", ("larger", "than"): "more_than", ("bigger", "than"): "more_than",
    ("lower", "than"): "less_than", ("smaller", "than"): "less_than",
    ("no", "higher", "than"): "at_most", ("no", "larger", "than"): "at_most", ("no", "greater", "than"): "at_most",
    ("no", "lower", "than"): "at_least", ("no", "smaller", "than"): "at_least",
    # ... and of the dimension a unit measures: a length of time or a distance ("waited longer than 12 hours",
    # "shorter than 400 metres"), a weight ("heavier than 40 tonnes"). The comparative stays out of
    # the figure's words (see _qualifier_before): which dimension it names, the words compare. (Not an age:
    # "children younger than 5" is a group's cut-off, no bound on a figure of the claim's)
    ("longer", "than"): "more_than", ("shorter", "than"): "less_than", ("heavier", "than"): "more_than",
    ("lighter", "than"): "less_than",
    ("no", "longer", "than"): "at_most", ("no", "shorter", "than"): "at_least", ("no", "heavier", "than"): "at_most",
}
# (not "taller": a length in metres may be a height or a length, which the lexicon's tall ~ long does not
# tell apart)
DIMENSION_COMPARATIVES = frozenset(["longer", "shorter", "heavier", "lighter"])
_MAX_QUALIFIER = max(len(k) for k in QUALIFIER_PHRASES)
_QUALIFIER_LAST = frozenset(k[-1] for k in QUALIFIER_PHRASES)  # a qualifier ends on one of these words

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "renminbi": "CNY",
    "yen": "JPY", "jpy": "JPY", "rupee": "INR", "rupees": "INR", "inr": "INR",
}
CURRENCY_CODES = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())  # the units of sums of money
CURRENCY_BEFORE_A_FIGURE = {"rs": "INR"}  # "Rs 10,000", "Rs. 2.5 crore": the rupee's abbreviation, written before
# a hundredth of a currency: "cents" of the dollar, the euro and others (which one, the text
# around says), "pence" of the pound
CENTS = "CENTS"
_PENCE = "p"  # glued to a figure: "24.5p a unit"
SUBUNIT_WORDS = {"cent": CENTS, "cents": CENTS, "pence": "GBP", "penny": "GBP"}
_CENT_CURRENCIES = frozenset(["USD", "EUR"])
PERCENT_WORDS = {"percent", "pct"}

# a score out of a scale: "4.78/10", "6.4 / 10", "5.92 out of 10" (out of 100 is a share, read by _ratios)
_RATING_RE = lazy(r"(?:\s?/\s?|\s+out\s+of\s+(?=(?:10|5|20)\b(?!\s+[a-z]+s\b)))(10|5|100|20)\b"
                   r"(?![,.]\d|\s+(?:thousand|million|billion)\b)")  # (not "2.5 out of 10 births", a rate)
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
ENUM_MARKERS = {"other", "more", "additional", "further"}
_DEFINITE = frozenset(["the", "its", "their", "these", "those", "his", "her", "our"])
_PERIOD_PLACED = frozenset(["previous", "preceding"])  # (not "the past five years": a span from now, a rate's)
_NOUN_STOP = STOPWORDS | {"and", "or", "were", "are", "was", "is", "have", "has", "had", "will", "would", "to"}
_ALL_COUNT_NOUNS = COUNT_NOUN_CLASS
# Numbers glued to letters that are not a scale ("5G", "11th", "COVID-19") are names, not amounts.
_DIGITS_RE = lazy(r"(\d+(?:[.,]\d+)*)([A-Za-z]*)\Z")
TOLERANCE_ABOUT = 0.1
# "over 207,000" implies not far over: a source would say "over 250,000" if it were.
IMPLIED_RANGE = 0.25


def noun_class(noun: str) -> str:
    noun = noun.lower()
    if noun in _ALL_COUNT_NOUNS:
        return _ALL_COUNT_NOUNS[noun]
    if noun in _SI_UNITS:
        return _SI_UNITS[noun][0]  # "megawatts" and "gigawatts" measure power alike
    return noun.rstrip("s")


# units with a metric prefix, as their base unit and its multiple: "0.45 GW" is 450 megawatts,
# "1.2 tonnes" 1,200 kilograms (the SI prefixes, and the tonne as a thousand kilograms); and lengths of time
_SI_PREFIXES = {"milli": 1e-3, "centi": 1e-2, "": 1.0, "kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12}
# each unit spelled either way, as its base (its British spelling) and how many of the base it is
_SI_BASES = {"watt": "watt", "watt-hour": "watt-hour", "gram": "gram", "metre": "metre", "meter": "metre",
             "litre": "litre", "liter": "litre"}


def _si_units() -> dict:
    units = {}
    for spelled, base in _SI_BASES.items():
        for prefix, factor in _SI_PREFIXES.items():
            for plural in ("", "s"):
                units[prefix + spelled + plural] = (base, factor)
                if base == "metre" and prefix in ("", "kilo", "centi", "milli"):
                    # areas, in square metres: a square kilometre is a million of them
                    units[f"square {prefix}{spelled}{plural}"] = ("square metre", factor ** 2)
    for plural in ("", "s"):
        units["tonne" + plural] = ("gram", 1e6)
        units["hectare" + plural] = ("square metre", 1e4)
    # lengths of time that are exact multiples of one another: "four decades" are forty years, "a
    # fortnight" two weeks (not months against days: a month has no fixed number of them)
    for spelled, base, factor in (("month", "month", 1), ("year", "month", 12), ("decade", "month", 120),
                                  ("day", "day", 1), ("week", "day", 7), ("fortnight", "day", 14),
                                  ("hour", "day", 1 / 24), ("minute", "day", 1 / 1440), ("second", "day", 1 / 86400)):
        units[spelled] = units[spelled + "s"] = (base, factor)
    units["century"] = units["centuries"] = ("month", 1200)
    # the imperial lengths and areas British and American news still give, in metres (exact by definition:
    # the international yard and pound agreement of 1959); not "pound" (money) nor "ton" and "gallon" (two sizes)
    for spelled, plural, metres in (("mile", "miles", 1609.344), ("yard", "yards", 0.9144), ("foot", "feet", 0.3048),
                                    ("inch", "inches", 0.0254)):
        units[spelled] = units[plural] = ("metre", metres)
        units[f"square {spelled}"] = units[f"square {plural}"] = ("square metre", metres ** 2)
    units["acre"] = units["acres"] = ("square metre", 4046.8564224)
    return units


_IMPERIAL = frozenset("mile miles yard yards foot feet inch inches acre acres".split()) | frozenset(
    f"square {unit}" for unit in "mile miles yard yards foot feet inch inches".split())


_SI_UNITS = _si_units()
# units a figure is hyphened to before the thing it measures ("a 2.4-kilometre route", "a 12-hectare site",
# "a 40-acre farm"): the metric ones, the lengths of time and the imperial ones MEASURE_UNITS gives
_HYPHENED_UNITS = MEASURE_UNITS | frozenset(_SI_UNITS) | frozenset(["acre", "acres"])


def unit_scale(q) -> float:
    """How many of its base unit one of a quantity's units is (1 for anything but a metric unit)."""
    return _SI_UNITS.get((q.noun or "").lower(), ("", 1.0))[1] if not q.unit else 1.0


# the emergency telephone numbers of the UK and of North America, as news writes them before what is
# made to them ("999 calls", "a 911 call", "the 999 service"): a name, no count
_EMERGENCY_NUMBERS = frozenset(["999", "911"])
_EMERGENCY_AFTER = frozenset("call calls caller callers line lines service services operator operators".split())


def _emergency_number(tokens, i) -> bool:
    """Is token i "999" or "911" before a word of calling, in a text about the emergency services
    ("the control room missed its target for answering 999 calls"; not "the helpline answered 999 calls
    in May", a count)?"""
    return tokens[i].text in _EMERGENCY_NUMBERS and i + 1 < len(tokens) and tokens[i + 1].lower in _EMERGENCY_AFTER \
        and any(t.lower in _EMERGENCY_WORDS for t in tokens)


# words of the emergency services, beside which "999" names their number
_EMERGENCY_WORDS = frozenset("emergency emergencies police fire ambulance ambulances paramedic paramedics firefighters "
                             "control rescue coastguard".split())


# the hours a clock time names in words (in figures, "45 minutes to 12", a figure is a length)
_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve noon midnight".split())


def _clock_time(tokens, i) -> int:
    """Where a time of day told by the clock that token i opens ends ("eight minutes to ten", "20 past
    six", "ten minutes past midnight": no length of time, no count), or 0."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower in ("o'clock", "o\u2019clock") and (tokens[i].text.isdigit() or tokens[i].lower in _HOURS):
        return k  # "at about 11 o'clock": the hour itself
    if k < len(tokens) and tokens[k].lower in ("minute", "minutes"):
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].lower in ("to", "past") and tokens[k + 1].lower in _HOURS):
        return 0
    if i and tokens[i - 1].lower in ("from", "between"):
        return 0  # "rose from eight minutes to ten": a change in length
    if k == i + 1 and tokens[k].lower == "to":
        return 0  # "20 to 30": a range
    if k + 2 < len(tokens) and tokens[k + 2].is_content and tokens[k + 2].lower.isalpha() and not tokens[k + 2].is_cap \
            and tokens[k + 2].lower not in ("on", "in", "at", "that", "this", "last", "when", "and", "but"):
        return 0  # "20 minutes to six hours": a range of lengths
    return k + 1


def extract(text: str, tokens=None, skip_spans=()) -> list:
    """Every quantity in ``text``; ``skip_spans`` are (start, end) offsets already read as dates."""
    tokens = tokenize(text) if tokens is None else tokens
    skipped = covered(tokens, list(skip_spans) + slashed_spans(text))
    found = _scores(tokens, text, skipped) + _ratios(tokens, text, skipped) + _numbered_places(tokens, text, skipped)
    found += _spoken_durations(tokens, text, skipped | tokens_of(found, tokens))
    found += _clock_durations(tokens, text, skipped | tokens_of(found, tokens))
    found += _proportions(text, tokens, skipped | tokens_of(found, tokens))
    consumed = tokens_of(found, tokens)
    # the tokens a number may start at, in order (a quantity read takes its tokens into consumed)
    for i in [i for i, t in enumerate(tokens) if t.text[0].isdigit() or t.lower in _NUMBER_STARTS]:
        if i in skipped or i in consumed or _second_year(tokens, text, i) or _emergency_number(tokens, i):
            continue
        hour = _clock_time(tokens, i)
        if hour:
            consumed.update(range(i, hour + 1))
            continue
        parsed = _parse_number(tokens, text, i)
        if parsed is None:
            continue
        value, last, number_text, decimals = parsed
        # a fraction's article or multiplier before it is the figure's first word ("a quarter of a percentage
        # point", "three quarters of a million"): the figure starts there, where "by" or "about" stands before it
        begin = tokens[last].end - len(number_text)
        i = next((k for k in range(i - 1, max(-1, i - 2), -1) if tokens[k].start == begin and k not in consumed and k not in skipped), i)
        quantity, last = _build(tokens, text, i, last, value, number_text, decimals)
        if quantity is not None and _numbers_a_name(tokens, text, i, quantity):
            # "the Apollo 11 mission": compared only with another number of that name ("Apollo 12"), never with a
            # count ("14,500 cases"); nor "route 14" with "14 routes"
            named = tokens[i - 1].text
            quantity = quantity._replace(noun=named if named[:1].isupper() else f"{named} number")
        if quantity is not None:
            found.append(quantity)
            consumed.update(range(i, last + 1))
    taken = consumed | skipped
    found += _shares(tokens, text, taken)
    found += _multiplied(tokens, text, taken)
    found += _ordinals(tokens, text, taken)
    found += _vague_counts(tokens, text, taken)
    found += _majorities(text, taken, tokens)
    frequencies = _standalone_frequencies(tokens, text, taken)
    if frequencies:
        _give_rates(found, frequencies, text)
    found = [q for q in found if not _a_split_year(q.text)]  # "2019/20" read as a ratio or a score is a date
    found.sort(key=lambda q: q.start)
    return _ranges(_parts_of_a_rate(_all_but(_the_rest(_share_points(_partitives(_differences_per_period(
        _compound_durations(found, text), text), tokens, text)), text), text), text), text)


_BETWEEN_BEFORE_RE = lazy(r"\bbetween\s+$", re.I)


def _ranges(found, text: str) -> list:
    """Two figures of one measure a range's "between ... and ..." joins ("could cost between £2.2 million and £2.6
    million"), as one figure: the range, which any figure inside it agrees with and none outside it does. (Not "... to
    ...", which tells a change, a tally or a score as often as a range.)"""
    out, k = [], 0
    while k < len(found):
        low = found[k]
        high = found[k + 1] if k + 1 < len(found) else None
        between = _BETWEEN_BEFORE_RE.search(text, max(0, low.start - 12), low.start) if high is not None and low.start >= 0 else None
        if between is not None and text[low.end:high.start] == " and " and low.unit == high.unit != ORDINAL \
                and low.per == high.per and low.noun in ("", high.noun) and low.qualifier == high.qualifier == "exact" \
                and low.value < high.value:
            out.append(Quantity(value=(low.value + high.value) / 2, unit=high.unit, noun=high.noun, qualifier=RANGE,
                                per=high.per, text=text[between.start():high.end], start=low.start, end=high.end,
                                precision=(high.value - low.value) / 2))
            k += 2
            continue
        out.append(low)
        k += 1
    return out


# a part after its whole: ", of which 60,000 tonnes", ", of them 410"
_PART_AFTER_ITS_WHOLE_RE = lazy(r"[^,;.]{0,40}?,\s+of\s+(?:which|whom|them|these)\s+", re.I)


def _parts_of_a_rate(found, text: str) -> list:
    """A part told after a whole that is a rate keeps the whole's time ("240,000 tonnes of waste a year, of which
    60,000 tonnes will come from outside the county": 60,000 tonnes a year)."""
    out = list(found)
    for k in range(1, len(out)):
        whole, part = out[k - 1], out[k]
        if whole.per and not part.per and whole.start >= 0 and part.start >= 0 and part.unit == whole.unit \
                and part.noun in ("", whole.noun) and _PART_AFTER_ITS_WHOLE_RE.fullmatch(text, whole.end, part.start):
            out[k] = part._replace(per=whole.per, noun=part.noun or whole.noun)
    return out


_ALL_BUT_RE = lazy(r"\ball\s+but\s+$", re.I)
_OF_ITS_WHOLE = r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$"  # " of the ", " of its " before a whole's figure
_OF_THE_WHOLE_RE = lazy(_OF_ITS_WHOLE, re.I)


def _all_but(found, text: str) -> list:
    """"all but two of the 30 schools": the 28 of them, not two; the whole after "of" is read as well."""
    out = list(found)
    for k in range(len(out) - 1):
        q, whole = out[k], out[k + 1]
        if q.start < 0 or whole.start < 0 or q.unit != whole.unit or not _ALL_BUT_RE.search(text[max(0, q.start - 12):q.start]) \
                or not _OF_THE_WHOLE_RE.fullmatch(text[q.end:whole.start]) or whole.value <= q.value:
            continue
        start = text.lower().rfind("all", 0, q.start)
        out[k] = q._replace(value=whole.value - q.value, noun=whole.noun or q.noun, start=start, text=text[start:q.end])
    for whole in found:  # "all but one of its 12 buses": "one" is read as no count of its own
        m = _ALL_BUT_ONE_RE.search(text[max(0, whole.start - 30):whole.start]) if whole.start > 0 else None
        if m is not None and whole.value > 1:
            start = whole.start - (len(text[max(0, whole.start - 30):whole.start]) - m.start())
            out.append(whole._replace(value=whole.value - 1, start=start, end=start + len(m.group(1)), text=m.group(1)))
    return sorted(out, key=lambda q: q.start)


_ALL_BUT_ONE_RE = lazy(r"\b(all\s+but\s+one)" + _OF_ITS_WHOLE, re.I)


# a difference set after a level: "£2,062 a year, £98 more than before", "£4.50 a day, up 20p"
_DIFFERENCE_AFTER_RE = lazy(r"\s+(?:(?:more|less|fewer|higher|lower)\s+than\b|(?:up|down)\s+(?:on|from)\b)", re.I)
_DIFFERENCE_BEFORE_RE = lazy(r",\s+(?:(?:up|down)\s+)?$", re.I)


def _differences_per_period(found, text: str) -> list:
    """A difference apposed to a rate is of the rate's period: "£2,062 a year, £98 more than before"
    is £98 a year more (the same measure at two times, of which the level gives the period)."""
    out = list(found)
    for k in range(1, len(out)):
        level, q = out[k - 1], out[k]
        if q.per or not level.per or q.unit != level.unit or q.noun != level.noun or level.start < 0 or q.start < 0:
            continue
        between = text[level.end:q.start]
        if len(between) > 6 or not _DIFFERENCE_BEFORE_RE.search(between):
            continue
        if between.strip(", ").lower() or _DIFFERENCE_AFTER_RE.match(text, q.end):
            out[k] = q._replace(per=level.per)
    return out


# a length of time told in parts, the larger first: "two hours and eight minutes", "3 hours 40 minutes",
# "2 hours, 7 minutes and 48 seconds", "five years and three months"
_BETWEEN_PARTS = frozenset(["", " ", " and ", ", ", ", and "])


def _compound_durations(found, text: str) -> list:
    """Each length of time told in parts as one figure in its smallest unit ("two hours and eight
    minutes": 128 minutes), so that it compares with the same length told another way."""
    out = []
    for q in found:
        last = out[-1] if out else None
        if last is not None and _parts_of_one_length(last, q, text):
            scale = unit_scale(last) / unit_scale(q)
            parts = last.detail or last._replace(qualifier="exact").describe()
            out[-1] = q._replace(value=last.value * scale + q.value, qualifier=last.qualifier, text=text[last.start:q.end],
                                 start=last.start, detail=f"{parts} {q.describe()}", definite=last.definite)
        else:
            out.append(q)
    return out


def _parts_of_one_length(first, then, text: str) -> bool:
    nouns = (first.noun or "").lower(), (then.noun or "").lower()
    if first.unit or then.unit or first.per or then.per or then.qualifier != "exact" or not all(n in _SI_UNITS for n in nouns):
        return False
    if _SI_UNITS[nouns[0]][0] != _SI_UNITS[nouns[1]][0] or unit_scale(first) <= unit_scale(then):
        return False  # one measure, the larger unit first ("3 hours 40 minutes"; not "40 minutes, 3 hours")
    return 0 <= first.end <= then.start and text[first.end:then.start] in _BETWEEN_PARTS


_CLOCK_LENGTH_RE = lazy(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")
# and as a results table writes it, each part with its unit's short form: "2h 24m 51s", "2hr 24min",
# "3 hrs 5 mins" (an "m" is minutes only after hours: alone, "24m" is 24 million)
_SHORT_LENGTH_RE = lazy(r"(?<![\w.])(\d{1,3})\s?(?:h|hr|hrs)\s?([0-5]?\d)\s?(?:m|min|mins)"
                        r"(?:\s?([0-5]?\d)\s?(?:s|sec|secs))?(?!\w|\.\d)")


def _clock_durations(tokens, text, taken) -> list:
    """A length of time written as a stopwatch writes it, hours:minutes:seconds ("won in 2:08:47"), as
    seconds, or with short units ("2h 08m 47s"); not a time of day after "at" ("at 10:30:00")."""
    out = []
    for m in _CLOCK_LENGTH_RE.finditer(text):
        if text[:m.start()].rstrip().lower().endswith(("at", "from", "until", "till")):
            continue
        if any(i in taken for i, t in enumerate(tokens) if m.start() <= t.start < m.end()):
            continue
        out.append(_stopwatch_length(m))
    for m in _SHORT_LENGTH_RE.finditer(text):
        if not any(i in taken for i, t in enumerate(tokens) if m.start() <= t.start < m.end()):
            out.append(_stopwatch_length(m))
    return out


def _stopwatch_length(m) -> Quantity:
    """The length of time a match of hours, minutes and (it may be) seconds gives, in its last unit."""
    hours, minutes = int(m.group(1)), int(m.group(2))
    if m.group(3) is None:  # told to the minute ("2hr 24min")
        return Quantity(value=hours * 60 + minutes, noun="minutes", text=m.group(), start=m.start(), end=m.end(),
                        detail=f"{hours} h {minutes:02d} min")
    seconds = int(m.group(3))
    return Quantity(value=hours * 3600 + minutes * 60 + seconds, noun="seconds", text=m.group(), start=m.start(),
                    end=m.end(), detail=f"{hours} h {minutes:02d} min {seconds:02d} s")


# "the rest" / "the remainder" of a whole the text has split ("Of the 640 homes, 224 will be affordable
# ...; the rest will be sold", "owns about 70% of the shares and the rest is held by employees"); not
# "the rest of the year", which names a part of something else
_REST_RE = lazy(r"\bthe (?:rest|remainder)\b(?!\s+of\b)", re.I)


def is_rest(q) -> bool:
    """Is the figure one "the rest" of a split whole stands for (see _the_rest)?"""
    return q.text.lower() in ("the rest", "the remainder")


def whole_before(quantities, q):
    """The largest count of ``q``'s noun before it: the whole a part of it, or the rest, is of; or None."""
    return max((o for o in quantities if o.noun == q.noun and not o.unit and not o.per and o.end <= q.start),
               key=lambda o: o.value, default=None)


def _sum_left(before, part, text: str):
    """(a part, the whole less its parts) for sums in one unit before "the rest": a whole that "of the" or "of its"
    opens, and the parts told after it ("Of the £8.7 million cost, £5.1 million came from ..."), or one part told of
    the whole after it ("£5.1 million of the £8.7 million cost"); (part, None) where no whole is told so."""
    alike = [q for q in before if q.unit == part.unit and not q.per and q.qualifier == "exact"]
    wholes = [q for q in alike if text[max(0, q.start - 7):q.start].lower() in ("of the ", "of its ") or
              text[max(0, q.start - 4):q.start].lower() == "of "]
    if len(wholes) != 1:
        return part, None
    whole = wholes[0]
    parts = [q for q in alike if q is not whole and q.value < whole.value]
    if not parts or any(q.start < whole.start and text[q.end:whole.start].strip().lower() not in ("of the", "of its", "of")
                        for q in parts):
        return part, None  # (a figure before the whole that is no part of it told "of" it: something else)
    left = whole.value - sum(q.value for q in parts)
    return parts[-1], (left if left > 0 else None)


def _the_rest(found, text: str) -> list:
    """The quantities with the figure "the rest" stands for added where a whole and one part of it come
    before it: the whole less the part ("16 of the 20 care homes ..., and the rest": 4), or 100 per
    cent less a share. Told as its own figure, where "the rest" is, so that what is said of the rest
    is said of it."""
    rests = list(_REST_RE.finditer(text)) if "the re" in text.lower() else ()
    if not rests:
        return found
    out = list(found)
    for m in rests:
        before = [q for q in found if 0 <= q.end <= m.start()]
        if not before:
            continue
        place = dict(text=m.group(0), start=m.start(), end=m.end(), detail="", definite=False)  # where "the rest" stands
        part, value = before[-1], None
        if part.unit == "%" and not part.per:
            value = 100.0 - part.value
        elif part.noun and not part.unit:
            # the whole and its part: two counts of one noun, before ("Of the 640 homes, 224") or after "of" ("16 of the 20")
            whole = whole_before(before, part._replace(**place))
            counts = [q for q in before if q.noun == part.noun and not q.unit and not q.per]
            part = next((q for q in counts if q.end <= whole.start and text[q.end:whole.start].lower().split()[:1] == ["of"]),
                        None)  # "16 of the 20 care homes"
            if part is None and text[max(0, whole.start - 7):whole.start].lower().endswith("of the "):
                part = next((q for q in counts if q.start > whole.end), None)  # "Of the 640 homes ..., 224 will be"
            value = whole.value - part.value if part is not None else None
        elif part.unit and not part.per:
            part, value = _sum_left(before, part, text)  # "Of the £8.7 million cost, £5.1 million came from a fund and
            # the rest from its own budget": £3.6 million
        if value is not None and value > 0:
            out.append(part._replace(value=value, **place))
    out.sort(key=lambda q: q.start)
    return out


def _a_split_year(written: str) -> bool:
    """Is a quantity's text a split year ("2019/20", "2019-2020"), all of it?"""
    first = written[:4]
    return first.isdigit() and 1800 <= int(first) <= 2100 and written[4:].strip(" -–—/").isdigit() \
        and len(written) <= 11 and second_year_after(written, 4, int(first))


def tokens_of(found, tokens) -> set:
    """The indexes of the tokens the quantities were read from."""
    return {k for q in found for k, t in enumerate(tokens) if q.start <= t.start < q.end}


def _numbers_a_name(tokens, text: str, i: int, quantity) -> bool:
    """Is a bare whole number, counting nothing, the number of a name it stands in, between a
    capitalised word and the singular noun the name is of ("the Basel 2 project", "the Apollo 11
    mission")? Not a tally ("Labour 14, Conservatives 9", "Harlow 3 Dunmore 0"), a part of a whole
    ("Kelby Court 15 of the 40 flats") nor a figure after a sentence's adverb ("Altogether 40
    voted", "Overall 40 staff"), which stay bare numbers."""
    if quantity.noun or quantity.unit or quantity.qualifier != "exact" or i == 0 \
            or quantity.text != tokens[i].text or not tokens[i].text.isdigit():
        return False
    if _part_of_a_work(tokens, text, i):
        return True  # "In My Lifetime, Vol. 1", "Insidious: Chapter 3": the part's number, a name's
    if _after_a_numbered_noun(tokens, text, i):
        return True  # "route 14 to the business park", "on platform 2": the number names which one
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after_a_name_word(tokens, text, i) and text[tokens[i].end:after.start].startswith(": ") and after.is_cap:
        return True  # "Scooby-Doo 2: Monsters Unleashed": a sequel's number before its subtitle
    return after_a_name_word(tokens, text, i) and text[tokens[i].end:after.start] == " " \
        and after.lower.isalpha() and not after.is_cap and (_noun_named(after) or _names_go_on(tokens, i))


# the words that number the parts of a work in its title ("Vol. 1", "Chapter 3", "Part II")
_PARTS_OF_A_WORK = frozenset("vol volume no pt part chapter episode season book".split())


# words that stand before a figure as a place in an order or a bound, not as a noun it numbers ("the top
# 10", "the last 12", "the first 100")
_ORDER_BEFORE = frozenset("top bottom first last next past final latest best worst".split())


def _after_a_numbered_noun(tokens, text: str, i: int) -> bool:
    """Does a bare whole number follow, one space on, a singular lower-case noun that a determiner, a
    preposition, a conjunction, a comma or another noun opens ("route 14", "on platform 2", "the bus
    route 38")? English puts a count before what it counts; a number after a singular noun names
    which one it is."""
    if i < 1 or not tokens[i].text.isdigit() or len(tokens[i].text) > 4 or text[tokens[i - 1].end:tokens[i].start] != " ":
        return False
    noun = tokens[i - 1]
    low = noun.lower
    if noun.is_cap or not low.isalpha() or low in STOPWORDS or low in _ORDER_BEFORE or low in MONTHS or low in WEEKDAYS \
            or low in NUMBER_WORDS or low in MEASURE_UNITS or low in PERIOD_WORDS or english.lemma(low) != low \
            or low.endswith(("ly", "ed", "ing")) or not english.known(low):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower in ("of", "and", "or", "per") and text[tokens[i].end:tokens[i + 1].start] == " ":
        return False  # "item 3 of 5", "pages 3 and 4" (but "route 14 to the business park")
    if i < 2:
        return False
    opener = tokens[i - 2]
    gap = text[opener.end:noun.start]
    return any(mark in gap for mark in ",:;") or opener.lower in DETERMINERS or opener.lower in ("on", "at", "in", "for", "from", "by", "via", "and", "or") \
        or (opener.is_content and not opener.is_cap and english.lemma(opener.lower) == opener.lower and opener.lower not in STOPWORDS
            and not english.inflected_verb(opener.lower))


def _part_of_a_work(tokens, text: str, i: int) -> bool:
    """Does token i (a whole number) follow a capitalised word that numbers a part of a work ("Vol. 1")?"""
    before = tokens[i - 1]
    return before.is_cap and before.lower in _PARTS_OF_A_WORK and text[before.end:tokens[i].start] in (" ", ". ")


def after_a_name_word(tokens, text: str, i: int) -> bool:
    """Does token i (a number) stand one space after a capitalised word a name may end with ("Apollo
    11", "Line 3")? Not a function word, a month, a weekday or a number word, nor a sentence's
    opening adverb ("Overall 40 staff")."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return before.is_cap and before.lower.replace("-", "").isalpha() and before.lower not in STOPWORDS and before.lower not in MONTHS \
        and before.lower not in WEEKDAYS and before.lower not in NUMBER_WORDS and text[before.end:tokens[i].start] == " " \
        and not (i == 1 and english.common_word(before.lower))  # "Overall 40 ...": a sentence's adverb


def _noun_named(after) -> bool:
    """Is the word the singular noun a name is of ("the Apollo 11 mission")?"""
    return after.lower not in STOPWORDS and english.lemma(after.lower) == after.lower and not after.lower.endswith("ly")


def _names_go_on(tokens, i: int) -> bool:
    """Does the sentence go on past the number as past a name: a verb of its own ("Resident Evil 5
    sold", "Terminal 5 will open"), or "and" with another name ("the PlayStation 4 and Xbox One")?
    A tally goes on with its next side ("Labour 14, Conservatives 9"), a part with "of"."""
    after = tokens[i + 1]
    if after.lower in AUXILIARIES:
        return True
    if after.lower in ("and", "or"):
        return i + 2 < len(tokens) and tokens[i + 2].is_cap and not (i + 3 < len(tokens) and tokens[i + 3].text[:1].isdigit())
    return english.lemma(after.lower) != after.lower and english.can_be_verb(after.lower) and not after.lower.endswith("s")


# a figure that is a limit, a rule's cap or floor, rather than a bound on an amount
_LIMIT_RE = lazy(r"^(?:up to|a maximum of|maximum of|a minimum of|minimum of)\b|\b(?:maximum|minimum)$", re.I)
_OR_BOUND = {"more": "at_least", "above": "at_least", "over": "at_least", "older": "at_least", "so": "about",
             "less": "at_most", "fewer": "at_most", "below": "at_most", "under": "at_most", "younger": "at_most"}
_BOUND_AFTER = {"maximum": "at_most", "minimum": "at_least"}  # not "min", which is minutes


def _share_points(found):
    """"Points" beside shares are percentage points ("fell to 86%, six points below the county
    average"): a difference of two shares, as "percentage points" is."""
    if not any(q.unit == "%" for q in found):
        return found
    return [q._replace(unit=POINTS, noun="") if not q.unit and q.noun in ("point", "points") else q for q in found]


_SCALE_NAMES = frozenset(["hundred", "thousand", "million", "billion", "trillion"])
# words _parse_number may start a number at
_NUMBER_STARTS = frozenset(FRACTION_WORDS) | frozenset(w + "s" for w in FRACTION_WORDS) | frozenset(NUMBER_WORDS) | frozenset(["a", "an"])


# " of " and what may stand before the whole's figure: a determiner, or a name's possessive
_PARTITIVE_OF_RE = lazy(r"\s+of\s+(?:(?:the|their|its|his|her|our|these|those)\s+"
                        r"|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s\s+)?")


# a part of a whole that no figure counts: the whole's plural noun, within three words of its opener
_PARTITIVE_NOUN_RE = lazy(_PARTITIVE_OF_RE.pattern + r"(?:[A-Za-z-]+\s+){0,2}?([a-z]+s)\b")


_TOTAL_TO_RE = lazy(r"\btotal\s+(?:to|of)\s+$", re.I)  # "taking its total to", "bringing the total of ... to"


# the words after "the number of" that may open its noun phrase before its head
_NUMBER_OF_OPENERS = frozenset("the its their his her our these those all".split())
_NUMBER_OF_RE = lazy(r"\b(?:the|a|its|their)\s+(?:total\s+)?number\s+of\s+", re.I)
_PLURAL_ALWAYS = frozenset("people staff police children".split()) | ZERO_PLURALS


def _number_of(text: str, start: int) -> str:
    """The plural a bare figure counts when its sentence tells of "the number of" those before it
    ("the number of households on the waiting lists of four councils rose to 9,840, from 9,150"), or
    '': the last plural of the noun phrase after "of" ("its staff", "bus passengers", "police
    officers"), which ends at a function word or a participle ("the number of deer was", "the
    number of gas boilers replaced")."""
    sentence_start = text.rfind(". ", 0, start) + 1
    found = list(_NUMBER_OF_RE.finditer(text, sentence_start, start))
    if not found:
        return ""
    words = text[found[-1].end():start].lower().split()
    while words and words[0] in _NUMBER_OF_OPENERS:
        words = words[1:]
    head = ""
    for word in words[:4]:
        bare = word.strip(",.;:")
        if not bare.isalpha() or bare in STOPWORDS or bare.endswith("ed"):
            break
        if bare in _PLURAL_ALWAYS or (english.lemma(bare) != bare and (bare.endswith("s") or not english.can_be_verb(bare))):
            head = bare
        if bare != word:
            break  # a comma ends the phrase
    return head


def _partitives(found, tokens, text):
    """"4,200 of them", "26 of their 46 matches": a part counts what its whole counts."""
    out = list(found)
    for k, q in enumerate(out):
        if q.noun or q.unit:
            continue
        counted = _number_of(text, q.start)
        if counted:
            out[k] = q._replace(noun=counted)  # "the number of households ... rose to 9,840": households
            continue
        after = [w.strip(".,;:!?)") for w in text[q.end : q.end + 24].lower().split()]  # "winning 24 of them."
        level = _level_changed_from(out[:k], q, text)
        if level is not None:
            out[k] = q._replace(noun=level.noun)  # "1.46 million passengers in the year to March, up 4 per cent
            continue  # from 1.40 million": the reading it came from counts what the level does
        if k > 0 and (not after or after[0] != "of"):
            # "41,236 votes to Howe's 35,870", "from 21 seats to 15": the second counts what the first does
            prev = out[k - 1]
            between = text[prev.end : q.start].lower().split()
            if prev.noun and not prev.unit and len(between) <= 4 and (set(between) & {"to", "against", "versus", "vs", "from"}
                                                                    or between[-2:] == ["compared", "with"]):
                # ("12 branches, compared with 9 a year earlier": the second counts branches too, and "58
                # parcels a week, up from 46" counts them over the same time, 46 a week)
                alike = _counted_alike_before(out[:k], text)
                out[k] = q._replace(noun=alike.noun, per=q.per or alike.per)
            elif prev.noun and not prev.unit and len(between) <= 12 and _TOTAL_TO_RE.search(text, 0, q.start):
                out[k] = q._replace(noun=prev.noun)  # "a gain of four seats on the council, taking its total to 19"
            elif prev.noun and not prev.unit and text[max(0, prev.start - 7):prev.start].lower().endswith("of the ") \
                    and text[prev.end:q.start].rstrip().endswith(",") and len(between) <= 12:
                out[k] = q._replace(noun=prev.noun)  # "Of the 640 homes planned ..., 224 will be affordable"
            elif not prev.unit and len(between) <= 4 and between and ("and" in between or text[prev.end:q.start].lstrip().startswith(",")) \
                    and between[-1].isalpha() and english.can_be_verb(between[-1]) and between[-1] not in STOPWORDS:
                # "won 26 of their 46 matches, drew 10 and lost 10": each verb's count counts the same
                noun = prev.noun or next((p.noun for p in out[k + 1:k + 2] if p.noun and p.start - prev.end < 16), "")
                if noun:
                    out[k] = q._replace(noun=noun)
            continue
        if not after or after[0] != "of":
            continue
        if len(after) > 1 and after[1] in ("them", "those", "which", "whom"):
            earlier = [p for p in out[:k] if p.noun and not p.unit and p.noun.lower() not in MEASURE_UNITS]
            # (a length or a weight is no group "them" takes up: "14 hours ..., with more than 90 of them
            # involved" are firefighters) what "them" takes up is the count told, not one set in a phrase after it ("scored 79 goals in
            # 46 league games, 17 of them from penalties": goals; "employs 1,200 people at 14 sites, 300 of
            # them in Kelby": people)
            unplaced = [p for p in earlier if not _after_a_preposition(text, p.start)]
            if earlier:
                out[k] = q._replace(noun=(unplaced or earlier)[-1].noun)
        else:
            later = next((p for p in out[k + 1 :] if p.noun and (
                p.start - q.end < 16 or _PARTITIVE_OF_RE.fullmatch(text[q.end:p.start]))), None)
            if later is not None:  # "26 of their 46 league matches", "four of Kessington's 11 libraries"
                out[k] = q._replace(noun=later.noun)
            else:  # "Forty of the trials put off", "12 of Harrowdale's designated bathing waters"
                whole = _PARTITIVE_NOUN_RE.match(text, q.end)
                if whole and any(lemma != whole.group(1).lower() for lemma in english.lemmas(whole.group(1).lower())):
                    out[k] = q._replace(noun=whole.group(1).lower())
    return out


_PLACING_PREPOSITIONS = frozenset("in at on over during across from with within".split())


_OBJECT_PREPOSITIONS = frozenset("to for by of among between per".split())
# news' "up / down (by) N% from" before a bare figure: the earlier reading of the level told before it
_CHANGED_FROM_RE = lazy(r",\s*(?:up|down)(?:\s+(?:by\s+)?(?:almost |nearly |about |around |some |more than )?[\d.,]+"
                        r"(?:\s*(?:per cent|%|percentage points|points))?)?\s+from\s+$", re.I)
_LEVEL_REACH = 120  # characters from a level to the change told after it (its time between)


def _level_changed_from(earlier, q, text: str):
    """The level a bare figure is the earlier reading of ("..., up 4 per cent from 1.40 million"):
    the last figure before the change of the same unit that says what it counts, in the same
    sentence, with no other such figure between; or None."""
    found = _CHANGED_FROM_RE.search(text, max(0, q.start - _LEVEL_REACH), q.start)
    if not found:
        return None
    for p in reversed(earlier):
        if p.end > found.start():
            continue  # the change's own figure ("up 4 per cent")
        if p.unit != q.unit or p.per != q.per or _placed(p, text) or _word_before(text, p.start) in _OBJECT_PREPOSITIONS:
            continue  # (not one set in a phrase of its own: "sold 8,200 tickets over four nights, up from 6,900", "lent
            # 210,000 books to 18,000 members last year, up 6 per cent from 198,000")
        if not p.noun or p.start < found.start() - _LEVEL_REACH or _STOP_RE.search(text, p.end, found.start()):
            return None
        return p
    return None


def _counted_alike_before(earlier, text: str):
    """The figure a bare one after "to" or "from" counts alike: the one right before it, but past one
    set in a phrase of its own ("attracted 41,000 people across three days, up from 35,000": people,
    not days), to the nearest one of its clause that is none."""
    prev = earlier[-1]
    if not _placed(prev, text) or _word_before(text, prev.start) == "from":
        return prev  # ("from 21 seats to 15": the count the change starts from)
    for p in reversed(earlier[:-1]):
        if _STOP_RE.search(text, p.end, prev.start):
            break
        if p.noun and not p.unit and not _placed(p, text):
            return p
    return prev


def _placed(q, text: str) -> bool:
    """Is the figure set in a phrase of its own, after a preposition or opening with one ("over four nights")?"""
    return _after_a_preposition(text, q.start) or q.text.split()[0].lower() in _PLACING_PREPOSITIONS


def _after_a_preposition(text: str, start: int) -> bool:
    """Is the figure at ``start`` the object of a preposition ("in 46 league games")?"""
    return _word_before(text, start) in _PLACING_PREPOSITIONS


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before ``start`` (within a dozen characters), or ""."""
    before = text[max(0, start - 12):start].lower().split()
    return before[-1] if before else ""


def _give_rates(found, frequencies, text):
    """An 'every year' / 'annually' further on is the rate of the amount before it ("$10bn in
    chips ... every year"), not an event count of its own; ``found`` is in text order and gets
    the rates in place, the other frequencies are appended. Bisection keeps it linear on long texts."""
    from bisect import bisect_right

    stops = [m.start() for m in _STOP_RE.finditer(text)]
    # amounts that can take a rate, by where they end
    open_ = [k for k, q in enumerate(found) if not q.per and noun_class(q.noun) != "event"]
    ends = [found[k].end for k in open_]
    for freq in frequencies:
        if freq.noun != "times" or freq.text.split()[0].lower() in MULTIPLIER_WORDS or freq.qualifier != "exact":
            found.append(freq)
            continue
        fronted = next((j for j, k in enumerate(open_) if found[k].start >= freq.end
                        and not text[freq.end:found[k].start].strip(" ,")), None)
        if fronted is not None:
            # "every day 800 women die", "Each year, 40,000 people visit": the rate of the amount it opens
            found[open_[fronted]] = found[open_[fronted]]._replace(per=freq.per)
            del open_[fronted], ends[fronted]
            continue
        at = bisect_right(ends, freq.start) - 1
        if at < 0:
            found.append(freq)
            continue
        owner = found[open_[at]]
        stop = bisect_right(stops, owner.end - 1)
        if stop < len(stops) and stops[stop] < freq.start:
            found.append(freq)  # a sentence break between them: not its rate
            continue
        found[open_[at]] = owner._replace(per=freq.per)
        del open_[at], ends[at]


_STOP_RE = lazy(r"[;.!?]")


_DECIMAL_COMMA_RE = lazy(r"\d{1,3},\d{1,2}")


def _parse_number(tokens, text, i):
    """(value, index of the last number token, text, decimals) for a number starting at token i, else None."""
    tok = tokens[i]
    if tok.text[0].isdigit():
        m = _DIGITS_RE.match(tok.text)
        if not m:
            return None
        digits, suffix = m.groups()
        if tok.start > 0 and text[tok.start - 1] in "-/" and tok.start > 1 and text[tok.start - 2].isalnum():
            return None  # COVID-19, 24/7
        if text[tok.end : tok.end + 1] == ":" and text[tok.end + 1 : tok.end + 2].isdigit() or (
            tok.start > 1 and text[tok.start - 1] == ":" and text[tok.start - 2].isdigit()
        ):
            return None  # a time of day or a score: "8:28 am", "2:1"
        if _DECIMAL_COMMA_RE.fullmatch(digits) and i + 1 < len(tokens) and tokens[i + 1].lower in _SCALE_NAMES:
            digits = digits.replace(",", ".")  # "1,5 million": a decimal comma, as much of Europe writes it
            # (a thousands comma groups three digits: "1,500 million")
        value, decimals = _parse_digits(digits)
        if value is None:
            return None
        if suffix:
            metres = _in_metres(tok, tokens[i + 1] if i + 1 < len(tokens) else None) \
                and text[max(0, tok.start - 1):tok.start] not in CURRENCY_SYMBOLS  # "£2.3m above budget": money
            if suffix in UNIT_ABBREVIATIONS or suffix == _PENCE or metres:
                return value, i, tok.text, decimals  # "7000km", "84MW": its unit counts it (_glued_unit); "24.5p"
            scale = SCALE_WORDS.get(suffix.lower())
            if scale is None:
                return None
            return value * scale, i, tok.text, decimals
        half = _and_a_half(tokens, i)
        if half > i:
            return value + 0.5, half, text[tok.start:tokens[half].end], max(decimals, 1)  # "4 and a half points"
        return value, i, tok.text, decimals
    lower = tok.lower
    if lower in ("a", "an"):  # "over a thousand aircraft", "a million people": one of the scale
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
        if nxt in _SCALE_NAMES and after == "and" and i + 3 < len(tokens) and tokens[i + 3].lower in NUMBER_WORDS:
            rest, last = _number_words(tokens, i + 3)  # "a hundred and fifty"
            return SCALE_WORDS[nxt] + rest, last, text[tok.start : tokens[last].end], 0
        if nxt in _SCALE_NAMES and after not in ("and", "of"):
            return SCALE_WORDS[nxt], i + 1, text[tok.start : tokens[i + 1].end], 0
        if nxt == "dozen" and after != "of":
            return 12.0, i + 1, text[tok.start : tokens[i + 1].end], 0
        return None
    article = i > 0 and tokens[i - 1].lower in ("a", "one")
    # "three quarters of a million", "two-thirds of a billion": so many of the fraction
    times = NUMBER_WORDS.get(tokens[i - 1].lower, 0) if i > 0 and lower.endswith("s") and lower[:-1] in FRACTION_WORDS else 0
    fraction = FRACTION_WORDS.get(lower) or (FRACTION_WORDS[lower[:-1]] * times if times else 0)
    if fraction and (article or lower == "half" or times):
        # "a quarter of a million", "half a billion", "half a dozen": a share of a scale word
        j = i + 1
        if j < len(tokens) and tokens[j].lower == "of":
            j += 1
        if j < len(tokens) and tokens[j].lower in ("a", "an"):
            j += 1
        first = tokens[i - 1] if article or times else tok
        if j < len(tokens) and ((tokens[j].lower in SCALE_WORDS and len(tokens[j].lower) > 1) or tokens[j].lower == "dozen"):
            scale = 12 if tokens[j].lower == "dozen" else SCALE_WORDS[tokens[j].lower]
            return fraction * scale, j, text[first.start : tokens[j].end], 2
        if j < len(tokens) and j > i + 1 and tokens[j - 1].lower in ("a", "an") and tokens[j].lower in _FRACTIONED_UNITS:
            # "a quarter of a percentage point", "a quarter of a century": so much of one unit, which the
            # unit after the article tells (0.25 percentage points, not a share of 25%)
            return fraction, j - 1, text[first.start : tokens[j - 1].end], 2
    if lower in NUMBER_WORDS and lower not in ("zero",):
        if _in_a_name(tokens, text, i):
            return None  # "Seven News", "Channel Four", "Nine Inch Nails": a word of a name
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        qualified = i > 0 and tokens[i - 1].lower in ("only", "just", "exactly", "merely", "than")
        # "won by one goal", "fell by one": a difference of one (not "one by one", "by one of the")
        qualified = qualified or (i > 0 and tokens[i - 1].lower == "by" and following not in ("of", "")
                                  and not (i > 1 and tokens[i - 2].lower == "one"))
        if lower == "one" and following not in ("hundred", "thousand") and not qualified and not _one_counted(tokens, i) \
                and _and_a_half(tokens, i) == i:  # ("one and a half million" counts)
            return None  # "one of the", "one company cannot do this": a pronoun more than a count
        if following in _SHARE_WORDS:
            return None  # "two thirds of": a share, read by _shares
        value, last = _number_words(tokens, i)
        half = _and_a_half(tokens, last)
        return float(value) + (0.5 if half > last else 0.0), half, text[tok.start : tokens[half].end], 0
    return None


def _and_a_half(tokens, last: int) -> int:
    """The index of "half" where "and a half" follows a number ending at ``last`` ("six and a half
    miles", "4 and a half points": a half more), else ``last``."""
    if last + 3 < len(tokens) and [t.lower for t in tokens[last + 1:last + 4]] == ["and", "a", "half"]:
        return last + 3
    return last


def _one_counted(tokens, i: int) -> bool:
    """Is "one" at i a count of the noun after it, told as what happened: "there was one suspension",
    "One firefighter was treated in hospital", "suspended one officer"? Not "one of the", "one
    company cannot do this" (a pronoun, or any one), "at one point", "no one"."""
    noun = tokens[i + 1] if i + 1 < len(tokens) else None
    if noun is None or not noun.text.isalpha() or noun.text[:1].isupper() or noun.lower in _NOT_COUNTED_AFTER_ONE \
            or (i > 0 and tokens[i - 1].lower in _NOT_COUNTING_BEFORE_ONE):
        return False
    if noun.lower in DURATION_UNITS and noun.lower != "second":
        return True  # "a delay of one hour", "after one year": a length of time ("one second" may be the ordinal's)
    before = tokens[i - 1].lower if i > 0 else ""
    if before in ("was", "were") and i > 1 and tokens[i - 2].lower == "there":
        return True  # "there was one suspension"
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    if i == 0 or before in (",", "and", "but"):
        # "One person was killed", "One firefighter who tackled the fire was treated"
        return after in ("was", "were", "has", "had", "who") or after.endswith("ed")
    return before.endswith("ed") and before not in ("need", "used")  # "suspended one officer", "opened one store"


# words after "one" that make it no count of a thing ("one of", "one day", "one million": a scale), and before it
_NOT_COUNTED_AFTER_ONE = frozenset("of another in by or and to day time point way more less thing such which that who "
                                   "million billion".split())
_NOT_COUNTING_BEFORE_ONE = frozenset("no any every some the this that which at each".split())


def _second_year(tokens, text: str, i: int) -> bool:
    """Is token i the second year of a split year ("2008–09", "2024/25"), however the two are joined
    (a hyphen keeps them one token; a dash or a slash may not)? It is part of a date, no count."""
    tok = tokens[i]
    if i < 1 or not tok.text.isdigit() or len(tok.text) not in (2, 4):
        return False
    first = tokens[i - 1]
    if year_written(first) is None or not first.text.isdigit() or text[first.end:tok.start] not in ("–", "—", "/", "-"):
        return False
    return second_year_after(text, first.end, int(first.text))


def _a_year(tokens, k: int) -> bool:
    """Is token k a year written in figures with no noun after it ("in 2001.", not "1 in 2000 births")?"""
    if year_written(tokens[k]) is None:
        return False
    return k + 1 >= len(tokens) or not tokens[k + 1].is_content or tokens[k + 1].is_cap


def _in_a_name(tokens, text, i: int) -> bool:
    """Is the number word capitalised inside a sentence, next to another capitalised word ("the
    resources of Seven News", "Channel Four")? Then it is a word of a name. (A sentence's first word
    is capitalised whatever it is: "Seven people were hurt".)"""
    tok = tokens[i]
    if not tok.text[:1].isupper() or tok.text.isupper() or i == 0 or text[tokens[i - 1].end:tok.start].strip(" ") in (".", "!", "?"):
        return False
    # (past the lower-case function words a title keeps: "This Is the Six", "Pirates of the Seven Seas")
    k = i - 1
    while k > 0 and tokens[k].lower in _TITLE_FUNCTION_WORDS and tokens[k].text.islower() and text[tokens[k].end:tokens[k + 1].start] == " ":
        k -= 1
    before, after = tokens[k], tokens[i + 1] if i + 1 < len(tokens) else None
    return (before.text[:1].isupper() and before.text.isalpha() and text[before.end:tokens[k + 1].start] == " ") or (
        after is not None and after.text[:1].isupper() and after.text.isalpha() and text[tok.end:after.start] == " ")


_TITLE_FUNCTION_WORDS = frozenset("the of a an and".split())


def _number_words(tokens, i):
    """'seven hundred and seventy-four', 'eighty-seven', 'two thousand five hundred': (value, last index)."""
    total, current, last, prev = 0, 0, i, None
    j = i
    while j < len(tokens):
        word = tokens[j].lower
        if word == "and" and prev in ("hundred", "thousand") and j + 1 < len(tokens) and tokens[j + 1].lower in NUMBER_WORDS:
            j += 1
            continue
        if word == "dozen":  # "two dozen", "a dozen": twelve times what comes before
            current = (current or 1) * 12
        elif word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            if prev is not None and prev not in ("hundred", "thousand") and not (10 < NUMBER_WORDS.get(prev, 0) < 100 and NUMBER_WORDS[prev] % 10 == 0 and value < 10):
                break  # "ten twenty" is two numbers, not one
            current += value
        elif word == "hundred" and prev is not None and current:
            current *= 100
        elif word == "thousand" and prev is not None and (current or total):
            total += (current or 1) * 1000
            current = 0
        else:
            break
        prev, last = word, j
        j += 1
    return total + current, last


def _parse_digits(digits: str):
    if "," in digits:
        head, *groups = digits.split(",")
        if "." in head or not all(len(g.split(".")[0]) == 3 for g in groups) or any("." in g for g in groups[:-1]):
            return None, 0
        digits = head + "".join(groups)
    try:
        value = float(digits)
    except ValueError:
        return None, 0
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return value, decimals


def _build(tokens, text, first, last, value, number_text, decimals):
    tok = tokens[first]
    start = tok.start
    unit = ""
    # currency symbol just before the number: "$1.4tn", "US$ 5m"
    window = text[max(0, start - 4) : start]
    before = window.rstrip()
    if before and before[-1] in CURRENCY_SYMBOLS:
        unit = CURRENCY_SYMBOLS[before[-1]]
        start = start - (len(window) - len(before)) - 1  # the window's spaces, not the whole text's: linear
        if text[max(0, start - 2) : start] == "US":
            start -= 2
    elif first > 0 and tokens[first - 1].lower in CURRENCY_WORDS and tokens[first - 1].text.isupper():
        unit = CURRENCY_WORDS[tokens[first - 1].lower]  # "USD 5 million"
        start = tokens[first - 1].start
    elif first > 0 and tokens[first - 1].lower.rstrip(".") in CURRENCY_BEFORE_A_FIGURE and tokens[first - 1].is_cap:
        unit = CURRENCY_BEFORE_A_FIGURE[tokens[first - 1].lower.rstrip(".")]
        start = tokens[first - 1].start
    scale_word = ""
    j = last + 1
    if j < len(tokens) and tokens[j].lower in SCALE_WORDS and len(tokens[j].lower) > 1 and _adjacent(text, tokens[j - 1], tokens[j]):
        value *= SCALE_WORDS[tokens[j].lower]
        scale_word = tokens[j].lower
        last = j
        j += 1
    glued = _DIGITS_RE.match(number_text)
    if not scale_word and glued and glued.group(2).lower() in SCALE_WORDS \
            and not (not unit and _in_metres(tokens[last], tokens[last + 1] if last + 1 < len(tokens) else None)):
        scale_word = glued.group(2).lower()  # "£2.5m" is as rounded as "£2.5 million"
    written_in = 1.0  # the unit the number is written in, as a share of the value's ("24.5p": a hundredth of a pound)
    if j < len(tokens) and tokens[j].lower in CURRENCY_WORDS and _adjacent(text, tokens[j - 1], tokens[j]):
        unit = unit or CURRENCY_WORDS[tokens[j].lower]
        last = j
        j += 1
    elif not unit and j < len(tokens) and tokens[j].lower in SUBUNIT_WORDS and _adjacent(text, tokens[j - 1], tokens[j]):
        unit = SUBUNIT_WORDS[tokens[j].lower]  # "85 cents" is €0.85 or $0.85; "40 pence" is £0.40
        value /= 100
        written_in = 0.01
        last = j
        j += 1
    elif not unit and last == first and tokens[first].text[0].isdigit() and tokens[first].text.endswith(_PENCE) \
            and _DIGITS_RE.match(tokens[first].text).group(2) == _PENCE and (decimals or value < 100):
        unit, value = "GBP", value / 100  # "24.5p": pence, as British prices are written
        written_in = 0.01
    end = tokens[last].end
    rating = _RATING_RE.match(text, end)
    if rating and not unit:  # "4.78/10", "6.4 / 10": a score out of a scale, compared only with scores of that scale
        unit = "/" + rating.group(1) if rating.group(1) != "100" else "%"  # ("34/100" is 34 out of 100, a share)
        end = rating.end()
        while j < len(tokens) and tokens[j].start < end:
            last, j = j, j + 1
    elif end < len(text) and text[end] == "%":
        unit, end = "%", end + 1
    elif j < len(tokens) and tokens[j].lower in PERCENT_WORDS:
        unit, last, end = "%", j, tokens[j].end
        j += 1
    elif j + 1 < len(tokens) and tokens[j].lower == "per" and tokens[j + 1].lower == "cent":
        unit, last, end = "%", j + 1, tokens[j + 1].end
        j += 2
    elif j + 1 < len(tokens) and tokens[j].lower == "percentage" and tokens[j + 1].lower in ("point", "points"):
        # a difference of two shares ("from 37 to 42 per cent": five percentage points), no share itself
        unit, last, end = POINTS, j + 1, tokens[j + 1].end
        j += 2
    qualifier = "exact"
    if end < len(text) and text[end] == "+":
        qualifier, end = "more_than", end + 1  # "170+" reads as "over 170"
    q_start, q_found = _qualifier_before(tokens, first)
    if q_found:
        qualifier = q_found if qualifier == "exact" else qualifier
        start = min(start, tokens[q_start].start)
    # "or more", "or so", "or less"
    if j + 1 < len(tokens) and tokens[j].lower == "or" and tokens[j + 1].lower in _OR_BOUND:
        qualifier = _OR_BOUND[tokens[j + 1].lower]
        end = tokens[j + 1].end
        last = j + 1
        j += 2
    elif j + 1 < len(tokens) and tokens[j].lower == "at" and tokens[j + 1].lower in ("most", "least") and qualifier == "exact":
        qualifier = "at_most" if tokens[j + 1].lower == "most" else "at_least"  # "40% at most"
        end, last = tokens[j + 1].end, j + 1
        j += 2
    elif j < len(tokens) and tokens[j].lower in _BOUND_AFTER and qualifier == "exact" and (
            j + 1 >= len(tokens) or not tokens[j + 1].is_content or tokens[j + 1].lower == "of"):
        qualifier = _BOUND_AFTER[tokens[j].lower]  # "a 40% maximum", "18 minimum" (not "a 40% maximum wage")
        end, last = tokens[j].end, j
        j += 1
    # "87 other companies" after a list of names: count the names too
    detail = ""
    enum_named = 0
    if j < len(tokens) and tokens[j].lower in ENUM_MARKERS and first > 0 and tokens[first - 1].lower == "and":
        enum_named, list_start = _count_named_items(tokens, text, first - 1)
        if enum_named:
            detail = f"{enum_named} named + {_fmt(value)} others"
            start = min(start, tokens[list_start].start)
        j += 1
    if j < len(tokens) and tokens[j].lower in ("more", "fewer", "less") and not unit:
        j += 1  # "5,366 more votes than": a difference, counted in votes
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    glued = "" if unit else _glued_unit(tokens[last], after)  # "a 2.4km route runs": the unit counts it, whatever follows
    if not unit and not glued and _spaced_metres(tokens, text, last):
        glued, last, end, j = "metres", last + 1, tokens[last + 1].end, last + 2  # "2,919 m above sea level", as SI writes it
    noun, noun_index = (glued, None) if glued else _noun_after(tokens, j, unit, text)
    if j < len(tokens) and tokens[j].lower == "plus" and text[tokens[last].end:tokens[j].start] == "-" and qualifier == "exact":
        qualifier, last, end = "at_least", j, tokens[j].end  # "a 2,400-plus crowd": 2,400 or more
        j += 1
        noun, noun_index = _noun_after(tokens, j, unit, text)
    if not noun and not unit and j < len(tokens) and text[tokens[last].end:tokens[j].start] == "-" \
            and tokens[j].lower.isalpha() and not tokens[j].is_cap and tokens[j].lower not in _NOUN_STOP:
        noun, noun_index = tokens[j].lower, j  # "a 3-speed gearbox", "a 12-week course": a count of speeds, of weeks
    if not noun and not unit and tokens[last].lower == "one" and _one_counted(tokens, last):
        noun, noun_index = tokens[last + 1].lower, last + 1  # "one suspension", "suspended one officer"
    if not noun and not unit:
        noun = _glued_unit(tokens[last], after) or _counted_before(tokens, q_start if q_found else first)
    if noun in ("", "votes", "seats") and not unit and q_start is None and first >= 2 and tokens[first - 1].lower == "of" \
            and tokens[first - 2].lower == "majority":
        noun = "majority"  # "by a majority of four", "a majority of 1,200 votes": the margin, no count of things
    if noun_index is not None:
        end = max(end, tokens[noun_index].end)
        last = max(last, noun_index)
    if noun == "times" and not unit:
        noun = _acts_counted(tokens, q_start if q_found else first) or noun  # "liked 8 million times": 8 million likes
    if not unit and _an_age(tokens, text, first, last, noun):
        noun = "age"  # "Pellow, 52,", "aged 52", "a 52-year-old": an age, which only an age is compared with
        if last + 1 < len(tokens) and tokens[last + 1].lower == "old":
            last += 1
            end = tokens[last].end
    if qualifier == "exact" and last + 1 < len(tokens) and tokens[last + 1].lower in _MARKS:
        qualifier = _passed_mark(tokens, q_start if q_found else first) or qualifier  # "crossed the 100,000 mark"
    if qualifier == "more_than" and q_start is not None and tokens[q_start].lower == "over" and (
            _spans_time(tokens, q_start, noun, last) or _spread_over(tokens, q_start)):
        qualifier = "exact"  # "stole £1.2m over five years": during five years, not more than five; "spread
        # over three sites": across them
    is_year_like = (
        not unit and not scale_word and decimals == 0 and "," not in number_text and number_text.isdigit()
        and len(number_text) == 4 and 1800 <= value <= 2100 and not (noun and noun.lower() in _ALL_COUNT_NOUNS)
        and qualifier == "exact"
    )
    if is_year_like:
        return None, last
    per, per_end = _period_after(tokens, text, (noun_index if noun_index is not None else last) + 1)
    if per:
        end = max(end, per_end)
        while last + 1 < len(tokens) and tokens[last + 1].end <= per_end:
            last += 1  # "two meetings every year": "every year" is read, not a frequency of its own
    total = value + enum_named
    # "the two countries", "its 90 members": a count the sentence takes as known, not one it asserts
    definite = first > 0 and tokens[first - 1].lower in _DEFINITE and not q_found and not enum_named
    if first > 1 and tokens[first - 1].lower in _PERIOD_PLACED and tokens[first - 2].lower in _DEFINITE \
            and noun.lower().rstrip("s") in DURATION_UNITS:
        definite = True  # "in the previous twelve months": a period placed by the time told before it, as "the
        # year to March" is, and no length the sentence asserts
    return (
        Quantity(
            value=total, unit=unit, noun=noun, qualifier=qualifier, per=per, text=text[start:end], start=start,
            end=end, detail=detail, precision=_precision(value / written_in, decimals, scale_word, number_text) * written_in,
            definite=definite,
        ),
        last,
    )


def _an_age(tokens, text, first, last, noun) -> bool:
    """Is the figure a person's age: set off by commas after a name ("Gareth Pellow, 52, from ..."),
    after "aged", or "N years old" / "N-year-old"?"""
    if noun.lower() in ("year", "years") and last + 1 < len(tokens) and tokens[last + 1].lower == "old":
        return True
    if noun or first < 1:
        return False
    if tokens[first - 1].lower == "aged":
        return True
    return (text[tokens[first - 1].end:tokens[first].start].strip() == "," and tokens[first - 1].is_cap
            and tokens[first - 1].lower not in MONTHS and tokens[first - 1].lower not in WEEKDAYS
            and last + 1 < len(tokens) and text[tokens[last].end:tokens[last + 1].start].strip() == ","
            and not tokens[last + 1].is_number and not tokens[last + 1].is_cap)  # not a list of figures ("Labour, 24,
    # Conservatives, 18", "Harton, 3, 2")


_TIME_NOUNS = frozenset("year years month months week weeks day days night nights weekend weekends decade decades hour hours "
                        "minute minutes season seasons".split())


# words after which "over" + a length of time is a length exceeded: "for over", "sentenced to over",
# "waiting over two years", "took over", "was over", "after over a decade"
_LENGTH_BEFORE = frozenset("for of to after in within aged take takes took taken taking last lasts lasted lasting "
                           "wait waits waited waiting serve serves served serving spend spends spent spending live lives "
                           "lived living work works worked working is are was were been be".split())


# verbs after which "over" is "across" what follows, not "more than": what is spread, split or divided
# over some things is laid across them ("spread over three sites"); after other verbs it bounds the
# count ("averaged over 25 points", "averaged over 20,000 spectators", "shared over 2 million times")
_SPREAD_OVER = frozenset("spread spreads spreading split splits splitting divide divided divides dividing".split())


def _spread_over(tokens, over) -> bool:
    """Is "over" at token ``over`` "across" the things counted after it (see _SPREAD_OVER)?"""
    return over > 0 and tokens[over - 1].lower in _SPREAD_OVER


def _spans_time(tokens, over, noun, last) -> bool:
    """Does "over" open the stretch of time something happened in ("built over three years", "over the
    next five years") rather than a length it exceeded ("for over five years", "over 30 years old",
    "over two years ago")?"""
    if noun.lower() not in _TIME_NOUNS:
        return False
    before = tokens[over - 1].lower if over > 0 else ""
    after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    return before not in _LENGTH_BEFORE \
        and after not in ("ago", "old", "earlier", "later", "before", "after", "since")


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _precision(value, decimals, scale_word, number_text) -> float:
    """Half a unit of the last digit written, for figures that are clearly rounded ($1.4tn, 207,000)."""
    scale = SCALE_WORDS.get(scale_word, 1.0)
    if decimals:
        return 0.5 * 10 ** (-decimals) * scale
    if scale_word:
        return 0.0  # "$10 billion": read as written
    digits = number_text.replace(",", "")
    if digits.isdigit() and value >= 1000:
        zeros = len(digits) - len(digits.rstrip("0"))
        return min(0.5 * 10**zeros, 0.05 * value) if zeros >= 3 else 0.0
    return 0.0


def _adjacent(text, a, b) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 2 and gap.strip(" -") == ""


# a fraction of a whole, as a share: "a quarter of all votes" is 25%, "two thirds of the seats" 67%
_SHARE_WORDS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
                "fifth": 20.0, "fifths": 20.0, "sixth": 100 / 6, "sixths": 100 / 6, "seventh": 100 / 7,
                "sevenths": 100 / 7, "eighth": 12.5, "eighths": 12.5, "ninth": 100 / 9, "ninths": 100 / 9,
                "tenth": 10.0, "tenths": 10.0}


def _shares(tokens, text, taken) -> list:
    """Fractions of a whole written in words ("about a quarter of all votes", "half of the 51 seats",
    "two thirds of its staff"): a share in per cent, roughly put (news prose rounds them), never a
    fraction of a scale word ("a quarter of a million" is a number, read before)."""
    out = []
    for i, tok in enumerate(tokens):
        low = tok.lower
        if i in taken or low not in _SHARE_WORDS:
            continue
        if i + 1 >= len(tokens) or tokens[i + 1].lower != "of":
            # "half the patients": "half" takes a determiner without "of", as "all" and "both" do
            half_the = low == "half" and i + 1 < len(tokens) and tokens[i + 1].lower in _DEFINITE
            if not half_the and not _by_share(tokens, i) and not _compared_share(tokens, text, i) \
                    and not _bounded_share_closing(tokens, text, i) and not _share_of_a_change(tokens, i) \
                    and not _share_of_a_measure(tokens, text, i):
                continue  # "cut admissions by about a third": a change by a share, no "of" after it
        if i + 2 < len(tokens) and tokens[i + 2].lower in ("a", "an") and i + 3 < len(tokens) \
                and tokens[i + 3].lower in SCALE_WORDS:
            continue
        prev = tokens[i - 1].lower if i else ""
        if low.endswith("s"):  # "two thirds", "three quarters"
            if prev not in NUMBER_WORDS:
                continue
            first, times = i - 1, NUMBER_WORDS[prev]
        elif prev in ("a", "one"):
            first, times = i - 1, 1
        elif low == "half":
            if prev in _ORDINAL_WORDS or prev in ("last", "latter"):
                continue  # "the first half of the year": a period, no share
            first, times = i, 1
        else:
            continue
        q_start, qualifier = _qualifier_before(tokens, first)
        if qualifier in (None, "exact"):
            qualifier = "about"
        start = tokens[q_start].start if q_start is not None else tokens[first].start
        out.append(Quantity(value=round(_SHARE_WORDS[low] * times, 6), unit="%", qualifier=qualifier,
                            text=text[start : tok.end], start=start, end=tok.end))
    return out


def _bounded_share_closing(tokens, text, i) -> bool:
    """Does the fraction at token i close its clause after a bound, as a share of what the clause
    before gave ("£20 million of the £64 million cost, just under a third", "..., more than half")? A
    bound ("almost", "more than") marks a fraction; a bare "a third" may be an ordinal ("two sons, then
    a third")."""
    if i + 1 < len(tokens) and not _breaks(text[tokens[i].end:tokens[i + 1].start]):
        return False
    first = i - 1 if i and tokens[i - 1].lower in ("a", "one") or tokens[i].lower.endswith("s") else i
    at, qualifier = _qualifier_before(tokens, first)
    if at is None or qualifier in (None, "exact") or at == 0:
        return False
    before = text[:tokens[at].start].rstrip()
    # (the clause gives a part "of" a whole, as figures: "£20 million of the £64 million cost"; not a change,
    # "fell by £4 million, more than half", whose share of what the words leave open)
    return before.endswith(",") and _PART_OF_WHOLE_RE.search(before[before.rfind(". ") + 1:]) is not None


_PART_OF_WHOLE_RE = lazy(r"\d(?:[\d.,]*\d)?(?:\s*(?:million|billion|bn|m|k)\b)?\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?[£$€]?\d"
                         r"|\bof\s+(?:the\s+|its\s+|their\s+)?[£$€]?\d[^,;]*\s[£$€]?\d", re.I)  # "Of the 90 seats it won 48"


# comparatives of size and amount, which with a share before them and the measure's own earlier time or
# norm after "than" tell a change by that share, as "by a third" does: "a third less than usual", "a
# quarter fewer visitors than last year" (not "a third more benches than the other parks": two things)
_SIZE_COMPARATIVES = frozenset("more less fewer higher lower larger smaller bigger greater".split())
_THAN_REACH = 4  # tokens from the comparative to its "than": "a fifth fewer apples in 2025 than"
# what a measure is set against as its own norm: "than usual", "than normal", "than expected"
# (not "than expected", "than forecast", "than average": a figure against a forecast or others' is no change)
_NORM_RE = lazy(r"\s+(?:usual|normal)\b", re.I)


def _compared_share(tokens, text, i) -> bool:
    """Is the share ending at token i a change told by a comparative after it, against an earlier time
    or the norm of the same measure ("a third less than normal", "a fifth fewer visitors than in 2024")?"""
    return i + 1 < len(tokens) and tokens[i + 1].lower in _SIZE_COMPARATIVES and compared_with_itself(tokens, text, i + 1)


def compared_with_itself(tokens, text, at: int) -> bool:
    """Does the comparative at token ``at`` set its measure against its own earlier time or norm ("less
    than usual", "fewer visitors in 2025 than in 2024"), not against something else ("than Dunmore")?"""
    than = next((k for k in range(at + 1, min(len(tokens), at + 1 + _THAN_REACH)) if tokens[k].lower == "than"), None)
    if than is None or any(tokens[k].lower in ("of", ",") for k in range(at + 1, than)):
        return False
    end = tokens[than].end
    return bool(_EARLIER_TIME_RE.match(text, end) or _NORM_RE.match(text, end))


# nouns of a change in amount that a share after "of" measures ("a rise of almost two thirds")
_CHANGE_NOUNS = frozenset("rise increase fall drop decline reduction cut jump growth surge gain".split())


def _share_of_a_change(tokens, i) -> bool:
    """Does the share ending at token i measure a change: after a noun of change and "of" ("a rise of almost
    two thirds", "a fall of about a fifth"), or right after "up" or "down" ("sales were up a third")?"""
    k = i - 1
    if k >= 0 and (tokens[k].lower in ("a", "one") or tokens[k].lower in NUMBER_WORDS):
        k -= 1
    q_start, _ = _qualifier_before(tokens, k + 1)
    k = q_start - 1 if q_start is not None else k
    if k >= 0 and tokens[k].lower in ("up", "down"):
        return True
    return k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lemma in _CHANGE_NOUNS


# nouns of a measure told as a share after "of" ("a national figure of about half", "a rate of a third")
_SHARE_MEASURE_NOUNS = frozenset("figure rate share proportion level average".split())


def _share_of_a_measure(tokens, text, i) -> bool:
    """Does the share ending at token i give a measure told as a share, after its noun and "of" ("against a
    national figure of about half", "a vacancy rate of almost a third"), with nothing after it of which it
    could be a share?"""
    if i + 1 < len(tokens) and not _breaks(text[tokens[i].end:tokens[i + 1].start]):
        return False  # (the clause goes on: "a proportion of half the staff" is read with "the" after it)
    k = i - 1
    if k >= 0 and (tokens[k].lower in ("a", "one") or tokens[k].lower in NUMBER_WORDS):
        k -= 1
    q_start, _ = _qualifier_before(tokens, k + 1)
    k = q_start - 1 if q_start is not None else k
    return k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lemma in _SHARE_MEASURE_NOUNS


def _by_share(tokens, i) -> bool:
    """Does "by" open the share ending at token i ("by a third", "by about half", "by two thirds")?"""
    k = i - 1
    if k >= 0 and (tokens[k].lower in ("a", "one") or tokens[k].lower in NUMBER_WORDS):
        k -= 1
    q_start, _ = _qualifier_before(tokens, k + 1)
    k = q_start - 1 if q_start is not None else k
    return k >= 0 and tokens[k].lower == "by"


# verbs of change by a factor, in their verb forms only ("a double room", "doubles" at tennis are not):
# the change in per cent they tell ("halved" is a fall by about half, "doubled" a rise by about 100%)
FACTOR_VERBS = {"halve": 50.0, "halves": 50.0, "halved": 50.0, "halving": 50.0,
                 "doubled": 100.0, "doubling": 100.0, "tripled": 200.0, "trebled": 200.0, "tripling": 200.0,
                 "quadrupled": 300.0, "quadrupling": 300.0}


def _multiplied(tokens, text, taken) -> list:
    """Changes told by a verb of a factor ("halved the number of steroid courses", "sales doubled",
    "doubled to 200": a rise of about 100% to a level of 200, each checked): the change in per cent,
    roughly put."""
    out = []
    for i, tok in enumerate(tokens):
        change = FACTOR_VERBS.get(tok.lower)
        if change is None or i in taken:
            continue
        q_start, qualifier = _qualifier_before(tokens, i)
        start = tokens[q_start].start if q_start is not None else tok.start
        out.append(Quantity(value=change, unit="%", qualifier="about" if qualifier in (None, "exact") else qualifier,
                            text=text[start:tok.end], start=start, end=tok.end, detail=tok.lower))
    return out


DURATION_UNITS = frozenset("second minute hour day week fortnight month year decade century".split())
# units a fraction may be told of with an article ("half a percentage point", "a quarter of a century"), whose
# noun the figure then takes (lengths of time; "half a day" is read as a duration before)
_FRACTIONED_UNITS = frozenset(["percentage", "point"]) | DURATION_UNITS
# what stands before a length of time told with "a": "for a decade", "more than a year", "nearly a
# fortnight" (not "£5 a month", "twice a year": a rate; not "in a year", which as often gives the span of
# a change: "rose by 230 in a year"; "over a year" is read apart, as a span)
_BEFORE_A_DURATION = frozenset("for after than nearly almost about around under just only some "
                               "least most roughly barely".split())
_VERBS_OF_DURATION = frozenset("take last spend wait run".split())  # "took a year", "lasted a fortnight"
# words after "a second" that go on a length of time ("a second longer", "a second later", "a second or two")
_AFTER_A_SECOND = frozenset("longer later earlier after before ago or and too faster slower each per".split())
_NOT_A_LENGTH_AFTER = frozenset("ago earlier later old".split())  # a point in time, or an age (not "after the
# storm", "before the vote": a length from an event, as "three weeks after the storm" is)


def _length_from_an_event(tokens, text, i: int) -> bool:
    """Is "a"/"an" at i the start of a length before or after a named event ("a fortnight after the
    storm") or past a plan ("a year later than planned", "a year late"), not a rate ("£2.14 billion a year
    before") nor a time earlier ("a year before,")?"""
    if i + 2 < len(tokens) and (tokens[i + 2].lower in ("later", "earlier") and i + 3 < len(tokens) and tokens[i + 3].lower == "than"
                                or tokens[i + 2].lower in ("late", "early") and (i + 3 == len(tokens) or not tokens[i + 3].is_content)):
        return True  # "a year later than first planned", "opened a year late": a length past a plan
    if i + 3 >= len(tokens) or tokens[i + 2].lower not in ("after", "before"):
        return False
    event = tokens[i + 3]
    if i > 0 and (tokens[i - 1].is_number or tokens[i - 1].lower in SCALE_WORDS) and not text[tokens[i - 1].end:tokens[i].start].strip():
        return False  # (but a comma sets the length apart from a date before it: "in September 2025, a year after")
    return event.text[:1].isalnum() and text[tokens[i + 2].end:event.start] == " "


# one amount as a multiple of another: "three times as many buses as", "twice as high as", "four times
# higher than", "three times more routes than", "four times the number of", "double the number of",
# "twice the industry average", "four times what they were"; and "half as many patients as", a share
# of the other
_MULTIPLE = r"(?P<word>half|a third|one third|a quarter|one quarter|twice|double|treble|triple|quadruple|(?P<number>\d+(?:\.\d+)?|%s)(?P<and_a_half>\s+and\s+a\s+half)?\s+times)" % "|".join(
    w for w in NUMBER_WORDS if " " not in w)
_PROPORTION_RE = lazy(
    _MULTIPLE + r"\s+(?:as\s+(?P<quality>[a-z]+)\s+(?:(?P<counted>[a-z]+(?:\s+[a-z]+)?)\s+)?(?P<when_as>(?:in|on|at)\s+\d{4}\s+)?as"
                r"|(?P<comparative>more|fewer|less|[a-z]+er)\s+(?:(?P<compared>[a-z]+(?:\s+[a-z]+){0,4}?)\s+)?(?P<when>(?:in|on|at)\s+\d{4}\s+)?than"
                r"|(?P<the>the)\s+(?:(?:national|industry|regional|local|average|previous|usual|normal)\s+)?"
                r"(?:number|amount|size|level|average|rate|figure|total)(?:\s+of\s+(?P<of>[a-z]+(?:\s+[a-z]+)?))?"
                r"|the\s+(?P<measure>capacity|cost|price|value|budget|output|population|salary|income|length|height|width"
                r"|weight)\s+of"
                r"|what\s+(?:it|they)\s+(?:was|were)"
                r"|(?P<the_figure>the)(?=\s+(?:(?!(?:of|in|on|at|for|to|by|from|and|or|than)\s)[a-z]+\s+){0,2}[£$€]?\d))\b",
    re.I)
# a word one of _MULTIPLE's forms holds: a sentence without any has no multiple to look for
_MULTIPLE_CUES = frozenset("half third quarter twice double treble triple quadruple times".split())
# multiples that are verbs too ("will double the number of buses", "plans to treble its capacity"): a
# multiple only before "the" and a figure or a word of amount, and not where a verb stands
_VERBAL_MULTIPLES = frozenset("double treble triple quadruple".split())
_BEFORE_A_VERB_MULTIPLE = frozenset("to will would could can may might should must shall".split())
_SIZE_WORDS = frozenset("many much more large big high great".split())  # an amount's size, not a quality of its own
# (a rise only: "a third fewer" keeps "fewer" a word of the statement, which sets it against a claim's rise)
_MORE_OR_LESS = frozenset(["more", "higher"])
# an earlier time after "than": "than in 2024", "than a year earlier", "than last year", "than the year before"
_EARLIER_TIME_RE = lazy(r"\s+(?:in\s+\d{4}|(?:a|one)\s+(?:year|month|week|decade)\s+(?:earlier|before|ago)|last\s+(?:year|month|"
                        r"week|season)|the\s+(?:previous|year|month|week|season)\b|(?:the\s+)?(?:previous|same)\s+(?:year|month|period))",
                        re.I)
_PROPORTION_WORDS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
                     "twice": 2.0, "double": 2.0, "treble": 3.0, "triple": 3.0, "quadruple": 4.0}


def _proportion_noun(m) -> str:
    """What a multiple is a multiple of, as far as the words tell: the plural counted ("as many cycle
    lanes as": lane), else a quality of its own ("as old as": "as old"), else '' (a size: "as many as",
    "as high as", "higher than")."""
    if m.group("measure"):
        return f"as {m.group('measure').lower()}"  # "double the capacity of": a multiple of that measure, no other
    phrase = m.group("counted") or m.group("compared") or m.group("of") or ""
    if phrase and phrase.split()[0].lower() in _SPENT_ON_PREPOSITIONS:
        phrase = ""  # "twice as much on roads as on parks": what it is spent on, not what is counted
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if w.lower() in _SPENT_ON_PREPOSITIONS | {"along", "across", "over", "of"}), len(words))
    phrase = " ".join(words[:cut])  # "more water stations along the route": stations, not the route
    plurals = [w for w in phrase.lower().split() if w.endswith("s") and english.lemma(w) != w]
    if plurals:
        return english.lemma(plurals[-1])
    quality = english.lemma((m.group("quality") or m.group("comparative") or "").lower())
    if quality in _SPEED_WORDS:
        return "as fast"  # "twice as quickly", "three times faster": a rate of change, in any word of speed
    return "" if not quality or quality in _SIZE_WORDS else f"as {quality}"  # a quality of its own: "as old", "as often"


_SPEED_WORDS = frozenset("fast quickly rapidly swiftly".split())
_SPENT_ON_PREPOSITIONS = frozenset("on in at for from to by with into".split())


def _proportions(text, tokens, taken) -> list:
    """One amount told as a multiple of another: "three times as many buses as Ashby", compared only
    with another multiple of the same thing ("twice as old" is no multiple of buses); "half as many
    patients as it now sees", a share of the other ("half the patients it now sees"), as "half of" is."""
    out = []
    if not any(t.lower in _MULTIPLE_CUES for t in tokens):
        return out
    for m in _PROPORTION_RE.finditer(text):
        # (a year between the comparative and "than" is the date's: "a third more benches in 2025 than")
        dated = next((g for g in ("when", "when_as") if m.group(g)), None)
        if any(i in taken for i, t in enumerate(tokens) if m.start() <= t.start < (m.start(dated) if dated else m.end())):
            continue
        word = m.group("word").lower()
        if word in _VERBAL_MULTIPLES and not (m.group("the") or m.group("the_figure") or m.group("measure")):
            continue  # "double" only before "the number of" or a figure ("doubled", "double the prize": a change, a verb)
        first = next((i for i, t in enumerate(tokens) if t.start == m.start()), None)
        if word in _VERBAL_MULTIPLES and first and tokens[first - 1].lower in _BEFORE_A_VERB_MULTIPLE:
            continue  # "plans to double the number of buses": a change to come, told by a verb
        if word in _PROPORTION_WORDS:
            value = _PROPORTION_WORDS[word]
        else:
            number = m.group("number").lower()
            value = float(NUMBER_WORDS.get(number, 0) or number) + (0.5 if m.group("and_a_half") else 0.0)
        # a bound before the multiple bounds it, as it bounds a number ("more than twice as many", "almost
        # three times as high", "up to four times the number")
        at, qualifier = _qualifier_before(tokens, first) if first is not None else (None, None)
        start = tokens[at].start if at is not None else m.start()
        end = m.start(dated) if dated else m.end()  # (the year is the date's: "as many in 2024 as")
        comparative = (m.group("comparative") or "").lower()
        if value < 1 and comparative in _MORE_OR_LESS:
            if not _EARLIER_TIME_RE.match(text, m.end()):
                continue  # "a third more benches than the other parks", "than coffee": no change over time
            # "a third more benches than last year": a change by that share (the figure is the fraction's words:
            # "more ... than in 2024" stays the sentence's, which tells which way it went)
            out.append(Quantity(value=value * 100, unit="%", qualifier=qualifier or "about", text=text[start:m.end("word")],
                                start=start, end=m.end("word")))
            continue
        if value < 1:  # "half as many patients as it sees": half the patients it sees, a share as "half of" is
            if (m.group("quality") or "").lower() not in ("many", "much"):
                continue  # "half as long": no share of a count
            out.append(Quantity(value=value * 100, unit="%", qualifier=qualifier or "about", text=text[start:m.end()],
                                start=start, end=m.end()))
        else:
            out.append(Quantity(value=value, unit=PROPORTION, noun=_proportion_noun(m), qualifier=qualifier or "exact",
                                text=text[start:end].rstrip(), start=start, end=end))
    return out


def _opens_a_length(tokens, k: int) -> bool:
    """Does the word at k open a length of time ("for", "than", "nearly", "took", "lasted")?"""
    return tokens[k].lower in _BEFORE_A_DURATION or english.lemma(tokens[k].lower) in _VERBS_OF_DURATION


def _smaller_part_after(tokens, j: int) -> bool:
    """Does a unit of time at ``j`` go on in a smaller one ("an hour and ten minutes", "a year and
    three months"): a length told in parts (_compound_durations), wherever it stands?"""
    if j + 3 >= len(tokens) or tokens[j + 1].lower != "and":
        return False
    number, unit = tokens[j + 2], tokens[j + 3]
    return (number.is_number or number.lower in NUMBER_WORDS) and english.lemma(unit.lower) in DURATION_UNITS \
        and english.lemma(unit.lower) != english.lemma(tokens[j].lower)


def _spoken_durations(tokens, text, taken) -> list:
    """Lengths of time told in words: "a decade", "a fortnight" after a word of duration ("for a
    decade", "more than a year"), "half a century", "a year and a half" ("two and a half years" is a
    number's own reading). Not a rate ("£5 a month") nor a time ago ("a decade ago")."""
    out = []
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        low = tok.lower
        value, j = None, i
        if low == "half" and i + 2 < len(tokens) and tokens[i + 1].lower in ("a", "an"):
            value, j = 0.5, i + 2  # "half a century"
        elif low in ("a", "an") and i + 1 < len(tokens) and (
                (i > 0 and (_opens_a_length(tokens, i - 1) or tokens[i - 1].lower == "over"))
                or _length_from_an_event(tokens, text, i)
                or (([t.lower for t in tokens[i + 2:i + 5]] == ["and", "a", "half"] or _smaller_part_after(tokens, i + 1))
                    and not (i > 0 and tokens[i - 1].lower in ("in", "within", "during")))):  # ("97 times in a year and a
            # half": the stretch the count is over, no length told)
            value, j = 1.0, i + 1  # "for a decade", "over a year", "(reopened) a fortnight after the storm", "an
            # hour and a half" (a unit and a half is a length wherever it stands)
        if value is None or j >= len(tokens) or english.lemma(tokens[j].lower) not in DURATION_UNITS:
            continue
        end = j
        if value == 1.0 and j + 3 < len(tokens) and [t.lower for t in tokens[j + 1:j + 4]] == ["and", "a", "half"]:
            value, end = 1.5, j + 3  # "a year and a half"
        if end + 1 < len(tokens) and tokens[end + 1].lower in _NOT_A_LENGTH_AFTER \
                and not (end + 2 < len(tokens) and tokens[end + 2].lower == "than"):  # ("a year later than planned")
            continue
        if tokens[j].lower == "second" and end + 1 < len(tokens) and tokens[end + 1].text.isalpha() \
                and tokens[end + 1].lower not in _AFTER_A_SECOND:
            continue  # "for a second consecutive year", "for a second time": the ordinal, no length of time
        q_start, qualifier = _qualifier_before(tokens, i)
        span = q_start is not None and tokens[q_start].lower == "over" and not (q_start > 0 and _opens_a_length(tokens, q_start - 1))
        if span:
            q_start, qualifier = None, None  # "rose 5% over a year": during it, as "over 18 months" is read (not
            # "for over an hour": more than an hour); the span of what it tells, compared if the claim gives one
            # ("over two years"), and no telling of its own to check
        start = tokens[q_start].start if q_start is not None else tok.start
        unit_word = tokens[j].lower
        noun = unit_word if unit_word.endswith("s") or value == 1.0 else ("centuries" if unit_word == "century" else unit_word + "s")
        out.append(Quantity(value=value, noun=noun, qualifier=qualifier or "exact", text=text[start:tokens[end].end],
                            start=start, end=tokens[end].end, definite=span))
    return out


def _small_number(tok):
    """The value of a whole number written alone ("six", "10"), or None."""
    if tok.lower in NUMBER_WORDS:
        return NUMBER_WORDS[tok.lower]
    return int(tok.text) if tok.text.isascii() and tok.text.isdigit() and len(tok.text) <= 4 else None


def _ratios(tokens, text, taken) -> list:
    """Shares written as a ratio ("one in six patients", "three out of four voters", "1 in 10"):
    the share in per cent, roughly put, as a share in words is. Not a count over a stretch of
    time or a measure ("scored 3 in 90 minutes")."""
    out = []
    for i, tok in enumerate(tokens):
        part = _small_number(tok) if i not in taken else None
        if part is None or i + 2 >= len(tokens):
            continue
        j = i + 1
        if tokens[j].lower == "out" and j + 1 < len(tokens) and tokens[j + 1].lower == "of":
            j += 1
        elif tokens[j].lower != "in":
            continue
        if tokens[j + 1].lower == "every":
            j += 1
        if j + 1 >= len(tokens) or j + 1 in taken:
            continue
        whole = _small_number(tokens[j + 1])
        if whole is None or not 0 < part < whole or _breaks(text[tok.end:tokens[j + 1].start]):
            continue
        if _in_a_name(tokens, text, i) or (tokens[j].lower == "in" and _a_year(tokens, j + 1)):
            continue  # "Channel Four in 2001", "joined four in 2001": a name's word, or a year, no ratio
        if j + 2 < len(tokens) and (tokens[j + 2].lower in MEASURE_UNITS or tokens[j + 2].lower in SCALE_WORDS):
            continue
        q_start, qualifier = _qualifier_before(tokens, i)
        start = tokens[q_start].start if q_start is not None else tok.start
        end = tokens[j + 1].end
        if qualifier in (None, "exact"):
            # a share in words is rough ("one in six", "seven in 10 voters"); a figure out of 100 written in
            # figures is the share itself ("a rating of 70 out of 100")
            qualifier = "exact" if whole == 100 and tok.text.isdigit() and tokens[j + 1].text.isdigit() else "about"
        out.append(Quantity(value=round(100 * part / whole, 6), unit="%", qualifier=qualifier,
                            text=text[start:end], start=start, end=end, detail=f"{part} in {whole}"))
    return out


# a plural scale word counts in that scale, below the next one: "hundreds of" is 200 to 999,
# "thousands of" 2,000 to 999,999 ("tens of thousands" 20,000 to 99,999)
_VAGUE_SCALES = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 999_999),
                 "millions": (2_000_000, 999_999_999), "billions": (2e9, 999e9)}
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}
_VAGUE_WORDS = frozenset(_VAGUE_SCALES) | frozenset(_VAGUE_TIMES)
RANGE = "range"  # the qualifier of a count between two bounds: value ± precision, described as written


def _vague_counts(tokens, text, taken) -> list:
    """Counts given by a plural scale word: "hundreds of aircraft", "tens of thousands of fans"."""
    out = []
    i = 0
    while i < len(tokens):
        low = tokens[i].lower
        if i in taken or low not in _VAGUE_WORDS or i + 1 >= len(tokens) \
                or tokens[i + 1].lower != "of":
            i += 1
            continue
        first, (lo, hi), last = i, _VAGUE_SCALES.get(low, (0, 0)), i + 1
        # "tens of thousands of", "hundreds of thousands of": the second scale is multiplied
        if low in _VAGUE_TIMES and i + 3 < len(tokens) and tokens[i + 2].lower in ("thousands", "millions") \
                and tokens[i + 3].lower == "of":
            scale_lo, _ = _VAGUE_SCALES[tokens[i + 2].lower]
            unit = scale_lo / 2
            lo, hi = 2 * _VAGUE_TIMES[low] * unit, 10 * _VAGUE_TIMES[low] * unit - 1
            last = i + 3
        elif low not in _VAGUE_SCALES:
            i += 1
            continue  # "tens of" alone
        noun_at = last + 1
        noun = tokens[noun_at].text.lower() if noun_at < len(tokens) and tokens[noun_at].is_content else ""
        if not noun or any(k in taken for k in range(first, noun_at + 1)):
            i += 1
            continue  # "hundreds of the 2,000": a part of a figure given, not a count of its own
        out.append(Quantity(value=(lo + hi) / 2, unit="", noun=noun, qualifier=RANGE, precision=(hi - lo) / 2,
                            text=text[tokens[first].start:tokens[noun_at].end], start=tokens[first].start,
                            end=tokens[noun_at].end))
        i = noun_at + 1
    return out


# the quantifiers that say more or less than half of a whole without a figure (Quirk et al. 1985, 5.24-5.25:
# "most", "the majority of" as proportional quantifiers): "most of the objections", "the bulk of the cost",
# "the vast majority of residents", "a minority of staff"
_MAJORITY_RE = lazy(r"\b(?:(?:the|a)\s+(?:(?:vast|great|large|overwhelming|clear|substantial)\s+)?(majority|bulk|greater part|minority)"
                    r"|(most))\s+of\b", re.I)


_BEFORE_A_MARGIN = frozenset("just only some about around nearly almost over more than fewer less".split())


def _majorities(text: str, taken, tokens) -> list:
    """More (or less) than half of a whole told by a quantifier rather than a figure: a share of 50%,
    "more_than" (or "less_than" for a minority)."""
    out = []
    for m in _MAJORITY_RE.finditer(text):
        if any(t.start >= m.start() and t.end <= m.end() and k in taken for k, t in enumerate(tokens)):
            continue  # part of a figure read already ("a majority of 1,200 votes": a margin)
        after = [w.lower().strip(",.;$£€") for w in text[m.end():m.end() + 40].split()[:4]]
        figure = next((k for k, w in enumerate(after) if w[:1].isdigit() or w in NUMBER_WORDS
                       or (w and all(part in NUMBER_WORDS for part in w.split("-")))), None)
        if figure is not None and all(w in _BEFORE_A_MARGIN for w in after[:figure]):
            continue  # "a majority of 1,200", "a majority of just 312 votes": the margin of a vote, a count (not
            # "a majority of the council's 48 seats", more than half of them)
        word = (m.group(1) or m.group(2)).lower()
        qualifier = "less_than" if word == "minority" else "more_than"
        out.append(Quantity(value=50.0, unit="%", noun="", qualifier=qualifier, per="", text=text[m.start():m.end() - 3].rstrip(),
                            start=m.start(), end=m.end() - 3, precision=0.0))
    return out


SCORE = "score"  # the unit of a result ("a 3-1 win"): the higher side, then the lower as hundredths
_RESULT_NOUNS = frozenset("win wins victory victories defeat defeats loss losses draw draws triumph scoreline "
                          "thrashing lead".split())
_RESULT_VERBS = frozenset("beat win lose draw defeat thrash lead trail".split())  # lemmas


def _scores(tokens, text, taken) -> list:
    """Results of a game: "a 3-1 win", "beat Stockford City 3-1", "lost 2-0 to Harton": two small
    numbers joined by a hyphen or a dash next to a word of winning or losing. The same form without
    one is a range ("2-3 days"), left to the number reader. Written either way round ("lost 0-2")."""
    out = []
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if i in taken or not (a.text.isdigit() and b.text.isdigit() and len(a.text) <= 2 and len(b.text) <= 2):
            continue
        if text[a.end:b.start] not in ("-", "\u2013") or (a.start > 0 and text[a.start - 1] in "-/\u2013"):
            continue
        after = set()  # "a 3-1 win", "a 3-1 home league win"; not "2-3 days to win"
        for k, t in enumerate(tokens[i + 2:i + 5]):
            if k == 0 and t.lower in MEASURE_UNITS:
                break  # a range of a unit: "2-3 days"
            after.add(t.lower)
            if t.lower in _RESULT_NOUNS or not t.is_content:
                break
        before = {t.lemma for t in tokens[max(0, i - 10):i]}  # "lost only one home league game all season, 2-0"
        if not (after & _RESULT_NOUNS or before & _RESULT_VERBS):
            continue
        high, low = max(int(a.text), int(b.text)), min(int(a.text), int(b.text))
        out.append(Quantity(value=high + low / 100, unit=SCORE, text=text[a.start:b.end], start=a.start, end=b.end))
    return out


ORDINAL = "ordinal"  # the unit of a place in an order: compared only with other places
ORDINAL_WORDS = _ORDINAL_WORDS = ORDINALS
_ORDINAL_RE = lazy(r"(\d{1,4})(?:st|nd|rd|th)$", re.IGNORECASE)
# after these a word ordinal is a place ("the third round", "its first factory", "came third")
_INDEFINITE = frozenset(["a", "an"])
# verbs that place something in an order ("came third", "was ranked seventh", "placed Kelby third")
PLACING_VERBS = frozenset("came finished placed ranked ended come finish place rank end rated rates ranks places".split())
_ORDINAL_BEFORE = DETERMINERS | {"whose"} | PLACING_VERBS
_ORDINAL_BEFORE_PLACE = _ORDINAL_BEFORE - _INDEFINITE


_PLACE_NOUNS = frozenset(["place", "position", "spot"])


def _is_place_noun(tokens, i) -> bool:
    return i < len(tokens) and tokens[i].lower in _PLACE_NOUNS


_IN_A_ROW = frozenset(["successive", "consecutive", "straight"])  # "a third successive year"


def _in_a_row(tokens, i) -> bool:
    return i < len(tokens) and tokens[i].lower in _IN_A_ROW


def _ordinals(tokens, text, taken) -> list:
    """Places in an order: "finished 12th", "the third round", "its first factory in Poland". A word
    ordinal counts after a determiner, a possessive or a verb of placing; "first" as an adverb ("it
    first reported") does not."""
    out = []
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        m = _ORDINAL_RE.match(tok.text) if tok.text[0].isdigit() else None
        if m:
            value = int(m.group(1))
        elif tok.lower in _ORDINAL_WORDS and i > 0 and (
                tokens[i - 1].lower in _ORDINAL_BEFORE_PLACE or _is_place_noun(tokens, i + 1)
                or (_possessive_before(tokens, i, text) and i + 1 < len(tokens) and tokens[i + 1].is_content
                    and not tokens[i + 1].is_cap)  # "the band's fourth studio album", "Rovers' second title"
                or (tokens[i - 1].lower in _INDEFINITE and _in_a_row(tokens, i + 1))
                or (tokens[i - 1].lower in ("from", "to") and _moving_in_an_order(tokens, i, out))
                or _placed_by_name(tokens, i)):
            # "a second factory" is another factory, not the one in second place; "a sixth successive
            # title" is the sixth of a run
            value = _ORDINAL_WORDS[tok.lower]
        elif tok.lower in _FIRST_OF_A_SERIES and 0 < i < len(tokens) - 1 and tokens[i - 1].lower in DETERMINERS - _INDEFINITE \
                and tokens[i + 1].is_content and not tokens[i + 1].is_cap and not tokens[i + 1].is_number:
            value = 1  # "its debut album", "the maiden voyage", "the inaugural season": the first of them
        else:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.lower in ("half", "quarter"):
            continue  # "the first half of the year", "its second quarter": a part of a year, which dates read
        if nxt is not None and not m and (nxt.is_number or nxt.lower in NUMBER_WORDS) and text[nxt.end:nxt.end + 1] != "-" \
                and (tokens[i - 1].lower in DETERMINERS or _possessive_before(tokens, i, text)):
            continue  # "the first 14 of its pubs", "the next three years", "the scheme's first six months": a count
            # taken from one end of the things in order, no place in it
        if _is_place_noun(tokens, i + 1):  # "in third place" says "third": the noun only names the order
            out.append(Quantity(value=float(value), unit=ORDINAL, noun="", text=text[tok.start:nxt.end],
                                start=tok.start, end=nxt.end))
            continue
        # what is counted: the next word, or the one after a run's ("sixth successive title": title)
        counted = (tokens[i + 2] if i + 2 < len(tokens) else None) if _in_a_row(tokens, i + 1) else nxt
        noun = counted.text if counted is not None and counted.is_content and not counted.is_cap and not counted.is_number else ""
        if not noun and i > 0 and tokens[i - 1].lower == "the" and out and out[-1].noun:
            noun = out[-1].noun  # "since the 16th century, and since the 18th": the noun said once serves both
        elif m and not noun and value <= 31 and i > 0 and tokens[i - 1].lower in ("the", "on"):
            continue  # "on the 11th": a day of the month, the date parser's
        out.append(Quantity(value=float(value), unit=ORDINAL, noun=noun, text=tok.text, start=tok.start, end=tok.end))
    return out


def _possessive_before(tokens, i, text) -> bool:
    """Does a possessive stand before token i ("the band's", "Rovers'")?"""
    return is_possessive(tokens[i - 1]) or text[tokens[i - 1].end:tokens[i].start].strip() in ("'", "\u2019")


def _moving_in_an_order(tokens, i, found) -> bool:
    """Is the word ordinal after "from" or "to" at token i a place moved from or to ("came fourth, up from
    ninth", "climbed 16 places to seventh")? Another place of the sentence, or places counted just
    before, say it is an order's."""
    return any(q.unit == ORDINAL for q in found) or any(
        t.lower in _PLACES_MOVED for t in tokens[max(0, i - _PLACES_REACH):i])


def _placed_by_name(tokens, i) -> bool:
    """Is the word ordinal at token i the place a verb of placing gives the name before it ("placed
    Thrushcombe third", "ranked Kelby Foods seventh")?"""
    k = i - 1
    while k >= 0 and i - k <= _NAME_REACH and (tokens[k].is_cap or tokens[k].lower == "the"):
        k -= 1
    return k < i - 1 and k >= 0 and tokens[k].lower in PLACING_VERBS
_NAME_REACH = 4  # tokens of a name between a verb of placing and its ordinal


_PLACES_MOVED = frozenset(["places", "spots", "positions"])
_PLACES_REACH = 3  # tokens from "places" to the ordinal: "16 places to seventh"


# adjectives of the first of a series (Collins: debut, "first"; maiden, "first or earliest"; inaugural,
# "first in a series"), before the noun they number
_FIRST_OF_A_SERIES = frozenset(["debut", "maiden", "inaugural"])


# nouns of the classes of a ranked scheme, which a cardinal after them names ("category 2 calls", "tier 3
# restrictions", "class 1 trains"): a label, as a place in a sequence is, never a count
_CLASS_NOUNS = frozenset("category tier band class division".split())
# Nouns of the parts of a sequence, which a cardinal after them numbers: "season one" is the first
# season, "round 2" the second round, "Game 7" the seventh game.
_SEQUENCE_NOUNS = frozenset("season series episode chapter round stage leg game volume phase part act scene level "
                            "grade lap heat track book".split()) | _CLASS_NOUNS


def _numbered_places(tokens, text, taken) -> list:
    """Places in an order told by a cardinal after the noun ("season one", "in round 2")."""
    out = []
    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.lower not in _SEQUENCE_NOUNS or i in taken or i + 1 in taken:
            continue
        before = i - 2 if i > 1 and tokens[i - 1].is_content and not tokens[i - 1].is_cap else i - 1  # "the finals series"
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        counted_after = after is not None and (_plural_noun(after) or english.lemma(after.lower) != after.lower
                                               and not english.can_be_verb(after.lower))  # "fans", "men"; not "pass"
        if i > 0 and (tokens[i - 1].text[:1].isdigit() or tokens[i - 1].lower in ORDINALS
                      or (before >= 0 and tokens[before].lower in DETERMINERS and tok.lower not in _CLASS_NOUNS
                          and (tokens[before].lower not in ("a", "an") or counted_after))):
            continue  # "the 2024 season 24 of the 46 games", "the third round 2 goals": the noun is numbered
            # already; "the season 12 points clear", "during the game two fans": a known one, then a count
            # (but "gained a grade 4 or above": one of the grades, by its number; not "a game two fans")
        if nxt.text.isdigit() and len(nxt.text) <= 3:
            value = int(nxt.text)
        elif tok.lower in _CLASS_NOUNS:
            continue  # a class is named by its digit ("category 2"); "the band Nine Inch Nails" is a name
        elif nxt.lower in NUMBER_WORDS and NUMBER_WORDS[nxt.lower] <= 20 and nxt.lower != "dozen":
            value = NUMBER_WORDS[nxt.lower]
        else:
            continue
        if after is not None and (text[nxt.end:after.start] in ("", ".", ",") and after.text[:1].isdigit()
                                  or (_plural_noun(after) and not english.can_be_verb(after.lower))
                                  or after.lower in MEASURE_UNITS or after.lower in SCALE_WORDS or after.lower == "times"):
            continue  # "round 2.5", "season 1,000", "game two goals": not a place in the order
        if value == 0:
            continue
        # (a class's number names the class: "category 1" is compared only with "category 1", never with "category 2",
        # which is another class, as "route 14" is another route)
        noun = f"{tok.lower} {value}" if tok.lower in _CLASS_NOUNS else tok.lower
        out.append(Quantity(value=float(value), unit=ORDINAL, noun=noun, text=text[tok.start:nxt.end],
                            start=tok.start, end=nxt.end))
    return out



# A figure named as a mark: "crossed the 100,000-visitor mark" is 100,000 or more, "fell below the
# $50 mark" less than $50; the figure itself is only the line passed.
_MARKS = frozenset("mark milestone barrier threshold".split())
_PASSING = frozenset("pass cross top break surpass exceed hit reach".split())
_FALLING_BELOW = frozenset("below under beneath".split())


def _passed_mark(tokens, first) -> str:
    """The bound a verb before "the" gives the mark after the figure: at_least, less_than or ""."""
    k = first - 1
    if k < 1 or tokens[k].lower != "the":
        return ""
    before = tokens[k - 1]
    if before.lower in _FALLING_BELOW:
        return "less_than"
    return "at_least" if english.lemma(before.lower) in _PASSING else ""


def _qualifier_before(tokens, first):
    if first < 1 or tokens[first - 1].lower not in _QUALIFIER_LAST:
        return None, None  # most numbers have none: no phrase to look up
    for size in range(_MAX_QUALIFIER, 0, -1):
        s = first - size
        if s < 0:
            continue
        words = tuple(t.lower for t in tokens[s:first])
        if words == ("up", "to") and s > 0 and english.lemma(tokens[s - 1].lower) in _UP_PARTICLE_VERBS:
            return None, None  # "went up to £2.40", "shot up to 9%": a level reached, as "rose to" tells, no bound
        if words in QUALIFIER_PHRASES:
            qualifier = QUALIFIER_PHRASES[words]
            if qualifier in _DENIED_BOUND and _bound_denied(tokens, s):
                qualifier = _DENIED_BOUND[qualifier]
            dimension = next((k for k, w in enumerate(words) if w in DIMENSION_COMPARATIVES), None)
            if dimension is not None:
                s += dimension + 1  # "longer than 400 metres": the figure from "than"; "longer" is a word of the text
            return s, qualifier
    return None, None


# verbs whose particle "up" makes a rise of their subject ("went up", "shot up", "edged up"), after which "to" is the
# level reached
# (not "put up to 2,000 tickets on sale", "move up to 40 patients": a transitive verb's "up to" bounds its object)
_UP_PARTICLE_VERBS = frozenset("go shoot climb jump creep edge tick inch".split())

# a bound denied is the other bound ("was not higher than 40%": at most 40%; "will not be fewer
# than 12": at least 12)
_DENIED_BOUND = {"more_than": "at_most", "less_than": "at_least"}
_BOUND_NEGATORS = frozenset(["not", "never", "n't"])
_ALLOWING = frozenset(["allowed", "permitted", "able", "expected"])  # "not allowed to exceed": may be at most


def _bound_denied(tokens, start: int) -> bool:
    """Does a negation stand just before the bound, perhaps across "be" ("not higher than", "will
    not be more than", "never bigger than")?"""
    k = start - 1
    if k >= 1 and tokens[k].lower == "to" and tokens[k - 1].lower in _ALLOWING:
        k -= 2  # "will not be allowed to exceed 30mph": a bound denied as a permission
    if k >= 0 and tokens[k].lower in ("be", "been"):
        k -= 1
    elif k >= 1 and tokens[k].lemma in _MOVING_PAST:
        k -= 1  # "never rose above 2C", "did not fall below 40%": the level a measure did not pass is its bound
    return k >= 0 and (tokens[k].lower in _BOUND_NEGATORS or tokens[k].lower.endswith("n't"))


# verbs of a measure's moving, whose "above" or "below" names the level it passed or did not
_MOVING_PAST = frozenset("rise go climb get fall drop dip sink".split())


def _count_named_items(tokens, text, and_index):
    """How many names stand in the list before "and": "Huawei, Xiaomi, SMIC and ..." gives 3."""
    count, j, list_start = 0, and_index - 1, and_index
    while j >= 0 and count < 50:
        if not tokens[j].is_cap:
            break
        k = j
        while k - 1 >= 0 and tokens[k - 1].is_cap and j - k < 4 and text[tokens[k - 1].end : tokens[k].start] == " ":
            k -= 1
        count += 1
        list_start = k
        gap = text[tokens[k - 1].end : tokens[k].start] if k > 0 else ""
        if k > 0 and gap.strip() == ",":
            j = k - 1
            continue
        break
    return count, list_start


_PUNCTUATION_RE = lazy(r"[,;:.!?()]")


def _breaks(gap: str) -> bool:
    """Does punctuation stand in the gap between two words?"""
    return gap != " " and _PUNCTUATION_RE.search(gap) is not None


def _opens_its_sentence(tokens, text: str, k: int) -> bool:
    """Is token k the last word of a capitalised name that opens its sentence ("Kanchana 3 received
    ...")? Not a place after a preposition ("In Ukraine 500 damaged schools") nor an owner ("Scotland's
    32 elected councils"), before which a figure counts the noun after its participle."""
    first = k
    while first > 0 and tokens[first - 1].is_cap and tokens[first - 1].lower not in STOPWORDS \
            and text[tokens[first - 1].end:tokens[first].start] == " ":
        first -= 1
    opening = first == 0 or text[tokens[first - 1].end:tokens[first].start].strip() in (".", "!", "?", ":", ";")
    return opening and tokens[first].lower not in STOPWORDS and text[tokens[k].end:tokens[k].end + 1] not in ("'", "\u2019") \
        and not is_possessive(tokens[k])


def _acts_counted(tokens, first: int) -> str:
    """The noun a count of times of an act counts (_COUNTED_ACTS: "has been liked 8 million times":
    likes; "was watched 940 million times": views), or ""."""
    for k in range(first - 1, max(-1, first - 4), -1):
        low = tokens[k].lower
        if low in AUXILIARIES or low in BE_FORMS or low in ("than", "more", "less", "fewer", "over", "under", "about", "nearly"):
            continue
        lemma = english.lemma(low)
        return _COUNTED_ACTS.get(lemma, "") if low != lemma else ""
    return ""


# acts whose count is told as a count of a noun (a media item's views, likes, streams, downloads):
# "viewed 3 million times" and "watched 3 million times" are "3 million views"; other acts counted in
# times stay times ("cancelled on 14 occasions" / "cancelled 14 times"; "played 40 times for England",
# "shared 2 million times", whose nouns name other things too)
_COUNTED_ACTS = {"view": "views", "watch": "views", "like": "likes", "stream": "streams", "download": "downloads"}


def _noun_after(tokens, j, unit, text=""):
    """The counted noun: "90 members", "774 Chinese chip industry organizations", "$10bn worth of chips";
    never across punctuation ("Whitlock, 44, spent five years": 44 counts no years)."""
    fallback = None
    if text and not unit and 1 < j < len(tokens) and after_a_name_word(tokens, text, j - 1) and tokens[j].is_content \
            and english.inflected_verb(tokens[j].lower) and not tokens[j].lower.endswith(("ing", "s")) \
            and _opens_its_sentence(tokens, text, j - 2):
        return "", None  # "Kanchana 3 received negative reviews": a name's number before the sentence's verb counts nothing
    if j < len(tokens) and tokens[j].lower in _HYPHENED_UNITS and text and text[tokens[j - 1].end:tokens[j].start] == "-":
        return tokens[j].lower, j  # "a 2.4-kilometre cycle route", "a 12-hectare site": the unit, whatever nouns follow
    for k in range(j, min(j + 5, len(tokens))):
        if text and k > 0 and _breaks(text[tokens[k - 1].end : tokens[k].start]):
            break
        low = tokens[k].lower
        if low.endswith("watt") and k + 1 < len(tokens) and tokens[k + 1].lower in ("hour", "hours"):
            return low + "-hours", k + 1  # "200 megawatt hours" are megawatt-hours (MWh), not hours
        if low == "square" and k + 1 < len(tokens) and f"square {tokens[k + 1].lower}" in _SI_UNITS:
            return f"square {tokens[k + 1].lower}", k + 1  # an area: "1.2 square kilometres" are no kilometres
        if low in _ALL_COUNT_NOUNS:
            if k + 1 < len(tokens) and (tokens[k + 1].lower in _ALL_COUNT_NOUNS
                                        or (_plural_noun(tokens[k + 1]) and not low.endswith("s"))) \
                    and not (text and _breaks(text[tokens[k].end : tokens[k + 1].start])):
                k += 1  # "member companies", "member farms": the last noun is the head (a compound's
                # first noun is singular: "12 members meets" is no compound)
            return tokens[k].text.lower(), k
        if k == j and not unit and low in DURATION_UNITS and low != "second":
            return low, k  # "1 hour", "2 year": a unit of time in the singular is the figure's unit
        if low == "new" and k + 1 < len(tokens) and not tokens[k + 1].is_number:
            continue  # "500 new homes", "two dozen new beds": an adjective, though a stop word elsewhere
        if tokens[k].is_number and k > j and tokens[k - 1].is_cap and text and text[tokens[k - 1].end:tokens[k].start] == "-":
            continue  # "4,050 COVID-19 cases", "12 F-35 jets": the number of a name that modifies the noun
        if low in _NOUN_STOP or tokens[k].is_number or (k > j and low in NUMBER_WORDS and not _hyphened_on(tokens, k, text)):
            if unit and low in ("of", "worth"):
                continue
            break  # (past another figure, the noun is that one's: "Apollo 11 carried three astronauts")
        if fallback is None and (_s_plural(tokens[k]) or _named_plural(tokens, j, k)):
            if k + 1 < len(tokens) and english.lemma(low) == low and _plural_noun(tokens[k + 1]) \
                    and english.lemma(tokens[k + 1].lower) != tokens[k + 1].lower \
                    and not (text and _breaks(text[tokens[k].end : tokens[k + 1].start])):
                k += 1  # "430 confirmed coronavirus cases", "12 measles cases": a word in -s that is no plural
                # modifies the plural after it, which heads (not "2 years sales", "40 buses serves": a plural heads)
            elif k + 2 < len(tokens) and english.lemma(low) == low and tokens[k + 1].lower in _COMPOUND_PARTICIPLES \
                    and _plural_noun(tokens[k + 2]) and not (text and _breaks(text[tokens[k].end : tokens[k + 2].start])):
                k += 2  # "four coronavirus-related deaths", "12 measles linked admissions": a compound adjective of a
                # noun and a participle modifies the plural after it
            fallback = (tokens[k].text.lower(), k)
    if fallback and not unit:
        return fallback
    if not unit:
        k = j
        while k < min(j + 2, len(tokens) - 1) and _modifier_word(tokens, k, text):
            k += 1  # past adjectives: "two pregnant women" (not "40 died children")
        if k < len(tokens) and _unmarked_plural(tokens[k]) and (k == j or english.names_a_person(english.lemma(tokens[k].lower))):
            return tokens[k].text.lower(), k  # "2,700 fish", "40 children", "two pregnant women" (past a word
            # before it only for persons: "14 turboprop aircraft" are the turboprops another counts)
    if not unit and j < len(tokens) and tokens[j].text in UNIT_ABBREVIATIONS:
        return UNIT_ABBREVIATIONS[tokens[j].text], j  # "84 MW" counts megawatts
    return "", None


def _hyphened_on(tokens, k: int, text: str) -> bool:
    """Is token k hyphened to the next ("one-bedroom", "three-year"): a compound modifier, no figure?"""
    return bool(text) and k + 1 < len(tokens) and text[tokens[k].end:tokens[k + 1].start] == "-"


# participles that make a compound adjective with the noun before them ("coronavirus-related", "state-funded")
_COMPOUND_PARTICIPLES = frozenset("related linked induced associated based led driven funded owned run backed".split())


def _named_plural(tokens, j: int, k: int) -> bool:
    """Is the word a plural written with a capital, as a kind with a name is ("thirteen County
    Championships", "three Grammys", "two Benson & Hedges Cups" after its name's words)? A word
    the lexicon knows as a plural, the words before it capitalised too."""
    low = tokens[k].lower
    return tokens[k].is_cap and _in_s(low) and english.lemma(low) != low and all(t.is_cap for t in tokens[j:k]) \
        and not (k + 1 < len(tokens) and (tokens[k + 1].is_number or tokens[k + 1].is_content))
    # (not a tally, "Kelby 3 Rovers 2", nor a name that modifies the noun: "412 Kelby Town Buses drivers")


def _s_plural(tok) -> bool:
    """Does the word look like a plural in -s ("provinces", "cases"; not "class", not a name)?"""
    return _in_s(tok.lower) and not tok.is_cap


def _in_s(low: str) -> bool:
    return low.endswith("s") and not low.endswith("ss") and len(low) > 3


def _glued_unit(tok, after=None) -> str:
    """What a figure written with its unit counts ("7000km": kilometres; "2.3m above", the token
    ``after`` it a word of dimension: metres), or ''."""
    m = _DIGITS_RE.match(tok.text)
    if _in_metres(tok, after):
        return "metres"
    return UNIT_ABBREVIATIONS.get(m.group(2), "") if m and m.group(2) else ""


# words of height, depth and length after a figure: "2.3m above its normal level" is metres, not millions
_DIMENSIONS = frozenset("above below high tall deep long wide".split())  # (not "2.3m higher": a count may be)


def _in_metres(tok, after) -> bool:
    """Is the figure "m" glued to a number before a word of dimension ("rose 2.3m above", "1.4m high")?"""
    m = _DIGITS_RE.match(tok.text)
    return bool(m) and m.group(2) == "m" and after is not None and after.lower in _DIMENSIONS


def _modifier_word(tokens, k, text) -> bool:
    """Can token k be a plain word that modifies the noun after it, with nothing between them: no
    name, figure, plural, verb form or punctuation ("pregnant", "young")?"""
    tok = tokens[k]
    return tok.is_content and tok.lower.isalpha() and not tok.is_cap and english.lemma(tok.lower) == tok.lower \
        and not english.inflected_verb(tok.lower) and not (text and _breaks(text[tok.end:tokens[k + 1].start]))


def _spaced_metres(tokens, text, last) -> bool:
    """Is the figure at ``last`` followed by "m" apart, as SI writes a unit, and an adjective of
    dimension or "above"/"below sea level" ("310 m tall", "rises to 2,919 m above sea level")? Not
    "90 m above budget" (money), "1.2 m, below forecasts", nor after a currency, which the caller
    rules out."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != "m" or text[tokens[last].end:tokens[last + 1].start] != " " \
            or text[tokens[last + 1].end:tokens[last + 2].start] != " ":
        return False
    after = tokens[last + 2].lower
    if after in ("above", "below"):
        return last + 4 < len(tokens) and tokens[last + 3].lower == "sea" and tokens[last + 4].lower == "level"
    return after in _DIMENSIONS


def _unmarked_plural(tok) -> bool:
    """A plural without -s: a zero plural ("fish", "sheep") or an irregular one ("children",
    "women"), which a verb form ("went", "fell") is not."""
    low = tok.lower
    if tok.is_cap or not low.isalpha():
        return False
    if low in ZERO_PLURALS:
        return True
    if low.endswith(("er", "est")):
        return False  # "40 higher", "the largest": a comparison, no noun
    return not low.endswith("s") and english.lemma(low) != low and not english.can_be_verb(low)


def _counted_before(tokens, first) -> str:
    """The count noun a figure is "of" when none follows it: "a workforce of 11,300", "a population of
    about 310,000" count people."""
    if first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in COLLECTIVE_NOUNS:
        return tokens[first - 2].lower
    return ""


def _plural_noun(tok) -> bool:
    low = tok.lower
    return (not tok.is_cap and low.isalpha() and len(low) > 3 and low.endswith("s")
            and not low.endswith(("ss", "us", "is")) and low not in _NOUN_STOP)


def _period_after(tokens, text, j):
    """'a year', 'per month', 'annually' within a few words, not across a comma."""
    for k in range(j, min(j + 6, len(tokens))):
        if k > 0 and _breaks(text[tokens[k - 1].end : tokens[k].start]):
            break
        low = tokens[k].lower
        if tokens[k].is_number or low in NUMBER_WORDS or low in MULTIPLIER_WORDS or low in ("and", "but", "or", "while"):
            break
        if low in ("annually", "yearly", "monthly", "weekly", "daily", "quarterly"):
            if low != "annually" and k + 1 < len(tokens) and tokens[k + 1].lower.isalpha() and not tokens[k + 1].is_cap \
                    and tokens[k + 1].lower not in STOPWORDS and text[tokens[k].end:tokens[k + 1].start] == " ":
                break  # "its £90,000 yearly grant": an adjective of the noun, as "an annual grant of £90,000" is, which
                # tells what the sum is, not a rate to set against "a year" (so the two compare as they are written)
            return PERIOD_WORDS[low], tokens[k].end
        if low in ("a", "an", "per", "each", "every") and k + 1 < len(tokens) and tokens[k + 1].lower in PERIOD_WORDS:
            if low in ("a", "an") and k > 0 and tokens[k - 1].lower in _SPAN_PREPOSITIONS:
                break  # "97 times in a year and a half", "over a month": a stretch of time, not a rate
            if low in ("a", "an") and k + 2 < len(tokens) and tokens[k + 2].lower in _TIME_ADVERBS:
                break  # "22.9 per cent a year earlier": when, not how often
            return PERIOD_WORDS[tokens[k + 1].lower], tokens[k + 1].end
    return "", -1


_SPAN_PREPOSITIONS = frozenset(["in", "over", "within", "for", "during", "after", "than"])
_TIME_ADVERBS = frozenset(["earlier", "later", "ago", "before", "after", "previously"])  # "a year earlier"


def _standalone_frequencies(tokens, text, used):
    """'twice a year', 'once a month', 'every quarter', 'meets annually' with no number written."""
    out = []
    for i, tok in enumerate(tokens):
        if i in used:
            continue
        low = tok.lower
        if low in MULTIPLIER_WORDS:
            per, per_end = _period_after(tokens, text, i + 1)
            if per:
                q_start, qualifier = _qualifier_before(tokens, i)
                start = tokens[q_start].start if qualifier else tok.start
                out.append(Quantity(value=float(MULTIPLIER_WORDS[low]), noun="times", qualifier=qualifier or "exact",
                                    per=per, text=text[start:per_end], start=start, end=per_end))
        elif low in ("every", "each") and i + 1 < len(tokens) and tokens[i + 1].lower in ("year", "quarter", "month", "week", "day"):
            if i > 0 and (tokens[i - 1].is_number or tokens[i - 1].lower in NUMBER_WORDS or tokens[i - 1].lower in MULTIPLIER_WORDS):
                continue  # "twice every year" is two a year, read with "twice"; "every year" adds no once
            nxt = tokens[i + 1]
            out.append(Quantity(value=1.0, noun="times", per=PERIOD_WORDS[nxt.lower], text=text[tok.start : nxt.end],
                                start=tok.start, end=nxt.end))
        elif low in ("annually", "yearly", "quarterly", "monthly", "weekly") and i > 0 and tokens[i - 1].lemma in ("meet", "hold", "convene"):
            out.append(Quantity(value=1.0, noun="times", per=PERIOD_WORDS[low], text=tok.text, start=tok.start, end=tok.end))
    return out


# ---------------------------------------------------------------- comparison


_WRITTEN_NUMBER_RE = lazy(r"\d[\d,]*(?:\.\d+)?")


def step(q: Quantity):
    """The unit of the figure's last written digit, in the quantity's own terms: 0.1 billion for
    "$1.2 billion" and "$1.20 billion", 100 for "2,400", 2.5 for "45" (a figure ending in 5 is
    rounded to fives); None for a figure in words or a count with named items added ("Huawei, SMIC
    and 87 others")."""
    found = _written_digits(q)
    if found is None:
        return None
    digits, written = found
    if "." in digits and digits.rstrip("0")[-1] != ".":
        # "$1.20", "£4.50": money is written to the cent by custom, so a last zero is no precision
        decimals = len(digits.rstrip("0")) - digits.index(".") - 1
        unit = 10.0 ** -decimals
        last = digits.rstrip("0")[-1:]
    else:
        digits = digits.split(".")[0]
        zeros = len(digits) - len(digits.rstrip("0"))
        unit = 10.0 ** zeros
        last = digits.rstrip("0")[-1:]
    if last == "5":
        unit *= 2.5  # rounded to fives: 45 is 42.5 to 47.5, as 2,400 is 2,350 to 2,450 ...
    # ... and "about" reaches twice that: a step of the last digit
    return unit * q.value / written  # "$1.2 billion" is 1.2e9: its step is 1e8


def _reach(q: Quantity, share: float) -> float:
    """How far a figure said to be "about" reaches: ``share`` of it, but no further than a step of
    its last written digit. A writer gives the figure they mean to the digit they write: "about
    2,400" is not 2,600 (that would be "about 2,600"). Not a bound: "over 65" or "under 16" is often
    a cut-off, and "more than 1,200 died" may be told later as "more than 1,300"."""
    written = None if q.text.lower().startswith(_SHORT_OF) else step(q)
    return min(share * q.value, written) if written else share * q.value


# "nearly 600" is read as "about 600", but it is a figure short of the one written, by as much as
# the writer cares to round to: it keeps the wider reach
_SHORT_OF = ("nearly", "almost", "close to", "just under", "just short of", "not quite")


def bounds(q: Quantity):
    """(low, high) of what the quantity allows, per year when it is a rate."""
    scale = _per_year(q)
    v, tol = q.value * scale, q.precision * scale
    if q.qualifier == "about":
        reach = _reach(q, TOLERANCE_ABOUT) * scale
        return v - reach, v + reach
    if q.qualifier in ("more_than", "at_least"):
        return v, math.inf
    if q.qualifier in ("less_than", "at_most"):
        return -math.inf, v
    return v - tol, v + tol


def compatible(a: Quantity, b: Quantity) -> bool:
    """Do the two measure the same kind of thing (currency, percent, count of like nouns, rate)?"""
    if a.unit != b.unit and not ({a.unit, b.unit} - _CENT_CURRENCIES == {CENTS} and len({a.unit, b.unit}) == 2):
        return False
    if bool(a.per) != bool(b.per):
        return False  # a rate and a total: "3 airlines" is not "3 a day", "$10bn a year" not "$10bn"
    if a.unit == PROPORTION == b.unit and (a.noun.startswith("as ") or b.noun.startswith("as ")):
        return a.noun == b.noun  # "twice as old" is no multiple of "three times as many (buses)"
    if a.unit == PROPORTION and a.noun and b.noun:
        return noun_class(a.noun) == noun_class(b.noun)  # nor "twice as many GPs" of "four times as many cycle lanes"
    if a.unit == ORDINAL and (_names_a_class(a) or _names_a_class(b)):
        return a.noun == b.noun  # "category 1" is another class than "category 2", no place before it
    if a.unit:
        return True
    if a.noun and b.noun and _months_and_days(a, b):
        return True
    if a.noun and b.noun:
        # one noun in two forms ("2 crises" / "1 crisis", not "crise"), or two words for one thing
        # ("films" / "movies"), or people counted as what they are ("400 people" / "400 residents")
        return noun_class(a.noun) == noun_class(b.noun) or _one_noun(a.noun.lower(), b.noun.lower()) \
            or people_and_persons(a.noun.lower(), b.noun.lower())
    # a bare number counts what its sentence names elsewhere ("leaving it with 22"); it is never a
    # length of time or a measure, which says its unit ("15 minutes", "5 km")
    return (a.noun or b.noun).lower() not in _UNITS_NEVER_COUNTED


def _names_a_class(q: Quantity) -> bool:
    """Is the figure the number a class is named by ("category 2", "tier 3": see _numbered_places)?"""
    return (q.noun or "").split(" ")[0] in _CLASS_NOUNS and " " in (q.noun or "")


PEOPLE = frozenset(["people", "persons", "individuals", "population"])  # a count of persons, whatever kind
# ("a population of 41,200" counts the people living there: its residents, inhabitants)


def people_and_persons(a: str, b: str) -> bool:
    """Is one noun the general count of persons and the other a kind of person the tables know, and
    no kind of thing they count otherwise ("400 people" / "400 residents"; not "members", which may
    be firms)?"""
    general, kind = (a, b) if a in PEOPLE else (b, a) if b in PEOPLE else ("", "")
    return bool(general) and kind not in _ALL_COUNT_NOUNS and english.names_a_person(english.lemma(kind))


_RELATED_NOUN = 0.5  # how near the related-pieces table must find two synonyms to count them as one noun


def _one_noun(a: str, b: str) -> bool:
    if not (a.isalpha() and b.isalpha()):
        return False
    mine, theirs = english.lemmas(a), english.lemmas(b)
    # a synonym in WordNet that the related-pieces table also finds near: one thing in its usual sense
    # ("films" / "movies"), not words that share a rarer sense ("trials" / "tests", "actors" / "players")
    return bool(set(mine) & set(theirs)) or any(english.near(x).get(y, 0.0) >= english.SYNONYM
                                                and english.related(x).get(y, 0.0) >= _RELATED_NOUN
                                                for x in mine for y in theirs)



# units a count never is: "meters" is also a thing counted ("2,300 prepayment meters")
_UNITS_NEVER_COUNTED = (MEASURE_UNITS - {"meter", "meters"}) | {"night", "nights"}  # ("four nights" says its unit too)


def _months_and_days(a: Quantity, b: Quantity) -> bool:
    """Is one a length of time in months (or years, decades) and the other in days (or weeks)? Not
    in hours or minutes: "for 61 hours" is no length a count of months tells ("over 18 months")."""
    return {noun_class(a.noun or ""), noun_class(b.noun or "")} == {"month", "day"} \
        and unit_scale(a) >= 1 and unit_scale(b) >= 1


_DAYS_IN_A_MONTH = 30.44  # on average; a month has 28 to 31


def _in_days(q: Quantity) -> Quantity:
    """A length of time in months as days, roughly (a month has no fixed number of them)."""
    if noun_class(q.noun or "") != "month":
        return q
    return q._replace(value=q.value * unit_scale(q) * _DAYS_IN_A_MONTH, noun="days",
                      qualifier="about" if q.qualifier == "exact" else q.qualifier)


PROPORTION_ROUNDING = 0.1  # a multiple told in whole or half times ("three times as many") stands for one within a tenth of it


def _share_in_words(q: Quantity) -> bool:
    """Is the figure a share told by a quantifier, with no digit ("most", "the majority", "more than half")?
    "More than 6,000" is news' way of rounding 6,2xx; "most" may be nine in ten: it implies no ceiling."""
    return q.unit == "%" and not any(ch.isdigit() for ch in q.text)


def relation(statement: Quantity, claim: Quantity) -> str:
    """'supports', 'conflicts' or 'related' (overlapping but not settled)."""
    if statement.noun and claim.noun and _months_and_days(statement, claim):
        statement, claim = _in_days(statement), _in_days(claim)  # "three months" against "three weeks"
    s_lo, s_hi = bounds(statement)
    c_lo, c_hi = bounds(claim)
    eps = 1e-9 * max(1.0, abs(statement.value), abs(claim.value))
    same_figure = abs(statement.value * _per_year(statement) - claim.value * _per_year(claim)) <= eps
    if _told_to_a_coarser_unit(statement, claim):
        # "won in 2 hours 24 minutes" for 2:24:51: a length told in parts to the minute is the finer
        # one cut or rounded to its last unit (not a minute further: "2 hours 26 minutes" is another time)
        unit, gap = unit_scale(statement), claim.value * unit_scale(claim) - statement.value * unit_scale(statement)
        if -unit / 2 - eps <= gap < unit - eps:
            return "supports"
    if statement.qualifier == claim.qualifier == "exact" and _converted_and_rounded(statement, claim):
        return "supports"  # "seven miles" for 12 kilometres (7.46 miles): a figure converted is told rounded
    if statement.qualifier == claim.qualifier == "exact" and _rounded_from(statement, claim):
        return "supports"  # "$45 million" for $44,972,596: a figure given to its scale word, as news rounds it
    if statement.qualifier == claim.qualifier == "exact" and _rounded_from(claim, statement):
        return "related"  # "$44,972,596" against "$45 million": the claim's rounding neither backs the digits nor denies them
    if statement.qualifier == claim.qualifier and _LIMIT_RE.search(statement.text) and _LIMIT_RE.search(claim.text):
        # "can claim up to £50,000" and "up to £25,000" are two limits, not one within the other
        return "supports" if same_figure else "conflicts"
    if statement.noun == claim.noun == "times" and statement.per == claim.per and statement.value == 1 \
            and statement.text.lower().startswith(("every ", "each ")) and claim.value >= 1:
        return "supports"  # "sits every week" is borne out by "sits twice a week": every week, at least once
    if statement.unit == claim.unit == PROPORTION and statement.qualifier == "exact" and (statement.value * 2).is_integer() \
            and claim.qualifier == "exact" and abs(claim.value - statement.value) <= PROPORTION_ROUNDING * statement.value:
        return "supports"  # "twice as fast" for 8.6% against 4.1% (2.1 times): a multiple is told rounded, as news writes it
    implied_lo, implied_hi = c_lo, c_hi
    if claim.qualifier == "more_than" and not _share_in_words(claim):  # "at least" is a floor, often a rule: no implied ceiling
        implied_hi = c_lo * (1 + IMPLIED_RANGE)
    elif claim.qualifier == "less_than":
        implied_lo = c_hi * (1 - IMPLIED_RANGE)
    if s_hi < implied_lo - eps or implied_hi < s_lo - eps:
        return "conflicts"
    if (s_hi == c_lo and statement.qualifier in ("less_than",)) or (c_hi == s_lo and statement.qualifier == "more_than" and claim.qualifier in ("exact", "about", "at_most", "less_than")) \
            or (statement.qualifier == "about" and ((s_hi == c_lo and claim.qualifier == "more_than")
                                                    or (c_hi == s_lo and claim.qualifier == "less_than"))):
        return "conflicts"  # "more than 90" against exactly 90, and "more than 6,400" against "around 6,300",
        # which reaches a step of its last written digit, to 6,400, and no further (either way round)
    if s_lo - eps <= c_lo and c_hi <= s_hi + eps:
        return "supports"  # the claim's range lies inside what the statement allows
    if statement.unit == claim.unit == "%" and statement.qualifier in ("exact", "about") and statement.value == int(statement.value) \
            and claim.qualifier in ("exact", "about") and abs(claim.value - statement.value) < 0.5:
        return "supports"  # "fell 14%" for 14.3%, "roughly 17 per cent" for one in six: a share rounded to the
        # whole per cent, as news writes it
    for share, whole in ((statement, claim), (claim, statement)):
        if share.unit == whole.unit == "%" and {share.qualifier, whole.qualifier} <= {"exact", "about"} and _share_in_words(share) \
                and whole.value == int(whole.value) and abs(whole.value - share.value) <= 0.5 + eps:
            return "supports"  # "about one in eight" and "about 12 per cent": the whole per cent is the share rounded
    if statement.qualifier == claim.qualifier == "exact" and (s_hi <= c_lo + eps or c_hi <= s_lo + eps):
        return "conflicts"  # "€2.3 billion" and "€2.4 billion": ranges that only touch are two figures
    upward, downward = ("more_than", "at_least"), ("less_than", "at_most")
    opposite = (statement.qualifier in upward and claim.qualifier in downward) or (
        statement.qualifier in downward and claim.qualifier in upward)
    if same_figure and any(q.text.lower().startswith(_SHORT_OF) and other.qualifier in ("more_than", "at_least")
                           for q, other in ((claim, statement), (statement, claim))):
        return "conflicts"  # "nearly 40,000" is short of 40,000: never "more than 40,000"
    if same_figure and statement.qualifier in ("more_than", "less_than") and claim.qualifier == "exact" \
            and not statement.text.lower().startswith("over "):
        # "more than 3,000 copies" against "3,000 copies", rounded or not: the count the claim gives (a
        # bare "over" may be "about": "suing Orbit Records over $2.4 million")
        return "conflicts"
    if same_figure and not opposite:
        return "supports"  # "about 207,000 workers" for "over 207,000 workers": the same figure, loosely put
    return "related"


def _written_digits(q: Quantity):
    """(the digits the figure is written with, their value), or None for a figure not written in
    digits, or one with named items added ("Huawei, SMIC and 87 others")."""
    m = _WRITTEN_NUMBER_RE.search(q.text)
    if m is None or q.detail:
        return None
    digits = m.group().replace(",", "")
    written = float(digits)
    return (digits, written) if written else None


def _last_digit_unit(q: Quantity):
    """The value of a unit of the figure's last written digit ("$45 million": 1 million; "$44,972,596":
    1; "$1.25 billion": 10 million), or None for a figure not written in digits."""
    found = _written_digits(q)
    if found is None:
        return None
    digits, written = found
    decimals = len(digits) - digits.index(".") - 1 if "." in digits else 0
    return 10.0 ** -decimals * q.value / written


def _converted_and_rounded(statement: Quantity, claim: Quantity) -> bool:
    """Is the statement's figure the claim's in a unit of the other system, imperial or metric, rounded to the
    statement's last digit that is not a nought ("seven miles" or "7.5 miles" for 12 kilometres, "100 acres"
    for 40 hectares), and within a tenth of it?"""
    units = [(q.noun or "").lower() for q in (statement, claim)]
    if statement.unit or claim.unit or statement.per != claim.per or None in (_SI_UNITS.get(u) for u in units) \
            or _SI_UNITS[units[0]][0] != _SI_UNITS[units[1]][0] or (units[0] in _IMPERIAL) == (units[1] in _IMPERIAL):
        return False
    if statement.value == claim.value:
        return False  # "2,000 yards" for 2,000 metres: the unit mistaken, no conversion
    converted = claim.value * unit_scale(claim) / unit_scale(statement)
    found = _written_digits(statement)
    digits = found[0] if found else (str(int(statement.value)) if float(statement.value).is_integer() else "")
    if not digits:
        return False
    decimals = len(digits) - digits.index(".") - 1 if "." in digits else 0
    step = 10.0 ** -decimals if decimals else 10.0 ** (len(digits) - len(digits.rstrip("0")))
    step *= statement.value / float(digits)  # (a scale word: "1.5 million acres")
    gap = abs(converted - statement.value)
    return gap < step / 2 and gap <= _CONVERTED_SHARE * converted


_CONVERTED_SHARE = 0.1


def _rounded_from(statement: Quantity, claim: Quantity) -> bool:
    """Is the statement's figure, written with a scale word and to fewer digits than the claim's, the
    claim's rounded to its last digit ("$45 million" for $44,972,596; not "$44 million")?"""
    if not _SCALED_RE.search(statement.text) or statement.unit != claim.unit or statement.per != claim.per \
            or unit_scale(statement) != unit_scale(claim):
        return False  # ("45m" may be metres: a length's unit is no scale word)
    mine, theirs = _last_digit_unit(statement), _last_digit_unit(claim)
    if mine is None or theirs is None or theirs >= mine or mine < 1000:
        return False
    # rounded half up, as "£1.25m" is "£1.3m" and not "£1.2m"; the same value is the same figure, however
    # written; and by no more than a twentieth: "£2 million" is no rounding of £2.4 million a writer would make
    gap, eps = claim.value - statement.value, 1e-9 * mine
    return abs(gap) > eps and -mine / 2 - eps <= gap < mine / 2 - eps and abs(gap) <= _ROUNDING_SHARE * abs(claim.value)


_ROUNDING_SHARE = 0.05
_SCALED_RE = lazy(r"\d\s*(?:thousand|million|billion|trillion|mn|bn|tn|m|k)\b", re.I)


def _told_to_a_coarser_unit(statement: Quantity, claim: Quantity) -> bool:
    """Are both exact lengths of time, the statement's told in parts ("2 hours 24 minutes") and its
    last unit larger than the claim's ("2 hours 24 minutes and 51 seconds", "2:24:51")?"""
    units = [_SI_UNITS.get((q.noun or "").lower()) for q in (statement, claim)]
    return (statement.qualifier == claim.qualifier == "exact" and bool(statement.detail) and None not in units
            and units[0][0] == units[1][0] == "day" and not statement.per and not claim.per and units[0][1] > units[1][1])


def _per_year(q: Quantity) -> float:
    return (PERIODS_PER_YEAR.get(q.per, 1) if q.per else 1) * unit_scale(q)
