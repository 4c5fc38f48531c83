"""Pairs a claim supports: its quote, its text, and its text with an amount or a date written
another way."""

from __future__ import annotations

import re

from ..lazyre import lazy
from . import english, spans
from .rewrite import fmt, ordinal, splice


def quote(ctx, info, rng):
    if info.disputed:
        return []
    text = info.claim.quote.strip()
    if len(spans.words(text)) < 4:
        return []
    return [(text, "the claim's quote, verbatim")]


def text(ctx, info, rng):
    if info.disputed:
        return []
    return [(info.text, "the claim's normalised text")]


def number_form(ctx, info, rng):
    if info.disputed:
        return []
    out = []
    for a in info.amounts:
        written = info.text[a.start:a.end]
        options = [o for o in _number_forms(a, info.text) if o != written]
        if not options:
            continue
        new = rng.choice(options)
        if a.start == 0:
            new = new[:1].upper() + new[1:]
        out.append((splice(info.text, a.start, a.end, new), f"amount rewritten: {written!r} -> {new!r}"))
    return out


_DAY_RANGE_BEFORE = lazy(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|until|through|-|–)\s*\Z")


def date_form(ctx, info, rng):
    if info.disputed:
        return []
    out = []
    t = info.text
    for d in info.dates:
        written = t[d.start:d.end]
        new = None
        if d.style == "dmy" and d.month and _DAY_RANGE_BEFORE.search(t[max(0, d.start - 16):d.start]):
            continue  # "3 to 11 February 2025": the range's end alone rewritten is no English
        if d.style == "dmy" and d.month:
            new = spans.format_date(d.year, d.month, d.day, "mdy")
            if spans.weekday_before(t, d.start) and not t[:d.start].rstrip().endswith(","):
                new = ", " + new  # "Saturday, May 4, 2024"
        elif d.style == "mdy" and d.month:
            new = spans.format_date(d.year, d.month, d.day, "dmy", rng.choice(["", ordinal(d.day)]))
        if new:
            start = d.start - 1 if new.startswith(",") else d.start
            out.append((splice(t, start, d.end, new), f"date rewritten: {written!r} -> {new.lstrip(', ')!r}"))
            continue
        part = re.search(r"(?i)\b(?:(at|by)\s+)?(?:the\s+)?(end|beginning|start)\s+of\s+\Z", t[max(0, d.start - 24):d.start])
        if part and d.month:
            start = d.start - len(part.group())
            word = "late" if part.group(2).lower() == "end" else "early"
            lead = {"at": "in ", "by": "by "}.get((part.group(1) or "").lower(), "")
            new = f"{lead}{word} {written}"
            out.append((splice(t, start, d.end, new), f"date rewritten: {t[start:d.end]!r} -> {new!r}"))
    return out


def _number_forms(a, t) -> list:
    """Other ways of writing the same amount: digits and words, scale words and suffixes,
    currency symbols and names, "%" and "per cent"."""
    written = t[a.start:a.end]
    value = a.value
    forms = []
    if written.endswith("+"):
        number = t[a.core_start:a.core_end]
        return [f"more than {number}", f"over {number}"]  # "170+"
    if a.style == "words":
        if a.unit or a.scale:
            return []
        return [fmt(value, 0, value >= 1000) + t[a.core_end:a.end]]
    if a.unit == "%":
        number = t[a.core_start:a.core_end]
        forms += [f"{number}%", f"{number} per cent", f"{number} percent"]
        if value == int(value) and value < 100:
            forms.append(f"{english.number_to_words(int(value))} per cent")
        return [f for f in forms if f != written]
    if a.unit in ("USD", "EUR", "GBP"):
        symbol, name = spans.UNIT_SYMBOLS[a.unit], spans.UNIT_WORDS[a.unit]
        number = t[a.core_start:a.core_end]
        if value < 1:
            return []
        # "a €320 million plant": before a noun the figure is an adjective, and "320 million euros plant" is not English
        attributive = bool(a.noun) and a.noun not in spans.FUNCTION_WORDS
        for scale, word, suffix in ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m")):
            if value >= scale:
                short = value / scale
                text = f"{short:.{a.decimals}f}".rstrip("0").rstrip(".") if a.decimals else f"{short:g}"
                forms += [f"{symbol}{text} {word}", f"{symbol}{text}{suffix}"]
                if not attributive:
                    forms.append(f"{text} {word} {name}")
                smaller = value / (scale / 1000)
                if word != "million" and smaller == int(smaller):
                    forms.append(f"{symbol}{int(smaller):,} {'billion' if word == 'trillion' else 'million'}")
                break
        else:
            if not attributive:
                forms.append(f"{number} {name}")
            if value >= 100_000 and value % 10_000 == 0:
                forms.append(f"{symbol}{value / 1e6:g} million")
        return [f for f in forms if f != written]
    if a.scale:
        if value == int(value) and value < 10**10:
            forms.append(f"{int(value):,}")
        return forms
    if value != int(value):
        return []
    n = int(value)
    if n < 1000:
        forms.append(english.number_to_words(n))
    elif n < 100_000:
        forms.append(english.number_to_words(n))
        if n % 1000 == 0:
            forms.append(f"{n // 1000} thousand")
    elif n < 10**6 and n % 1000 == 0:
        forms.append(f"{n // 1000} thousand")
    elif n % 100_000 == 0:
        forms.append(f"{n / 1e6:g} million")
    return [f + t[a.core_end:a.end] for f in forms]
