"""Pairs a claim contradicts: one amount, date, actor, place or polarity changed."""

from __future__ import annotations

import calendar
import re

from ..lazyre import lazy
from . import english, spans
from .rewrite import fmt, replacement, splice, swap_name
from .roles import agents


NEGATORS = lazy(r"(?i)(?:not|never|n't|no)\Z")


AMOUNT_FACTORS = (0.5, 0.6, 0.7, 1.4, 1.5, 2.0)


ABOUT_FACTORS = (0.5, 1.6, 2.0)


def amount(ctx, info, rng):
    if info.negated:
        return []
    out = []
    t = info.text
    for a in info.amounts:
        if a.value <= 0:
            continue
        written = t[a.qual_start:a.end]
        if a.qualifier in ("more", "less"):
            factor = 0.5 if a.qualifier == "more" else 2.0
            new_value = _round_like(a.value * factor, a)
            core = _render(new_value, a, t)
            if core is None or ctx.amount_clashes(new_value, a.unit, a.noun, 0.0, same_claim=info.claim.id):
                continue
            bound = ("fewer than" if not a.unit else "less than") if a.qualifier == "more" else "more than"
            new = bound + " " + t[a.start:a.core_start] + core + t[a.core_end:a.end].rstrip("+")
            new = english.match_case(new, written) if a.qual_start == 0 else new
            out.append((splice(t, a.qual_start, a.end, new), f"bound reversed: {written!r} -> {new!r}"))
            continue
        factors = list(ABOUT_FACTORS if a.qualifier == "about" else AMOUNT_FACTORS)
        rng.shuffle(factors)
        for factor in factors:
            new_value = _round_like(a.value * factor, a)
            new_total = a.total - a.value + new_value
            if abs(new_total - a.total) < 0.25 * a.total or new_value == a.value:
                continue
            if a.unit == "%" and new_value > 100:
                continue
            if new_value < 2 and a.style == "words" or (a.unit == "" and (new_value == 1 or a.value == 1)):
                continue  # "one goal" / "2 goal": the noun's number would change
            if ctx.amount_clashes(new_total, a.unit, a.noun, same_claim=info.claim.id) or (
                    new_total != new_value and ctx.amount_clashes(new_value, a.unit, a.noun, same_claim=info.claim.id)):
                continue
            core = _render(new_value, a, t)
            if core is None:
                continue
            if a.core_start == 0:
                core = english.match_case(core, t[a.core_start:a.core_end])
            statement = splice(t, a.core_start, a.core_end, core)
            out.append((statement, f"amount changed: {t[a.start:a.end]!r} -> {statement[a.start:a.end - (a.core_end - a.core_start) + len(core)]!r}"))
            break
    return out


def date(ctx, info, rng):
    if info.negated:
        return []
    out = []
    t = info.text
    taken = ctx.date_keys(info)
    for d in info.dates:
        fields = [f for f in ("day", "month", "year") if getattr(d, f)]
        rng.shuffle(fields)
        for field in fields:
            shifted = _shift(d, field, rng)
            if shifted is None:
                continue
            year, month, day = shifted
            if (year, month, day) in taken or (year, None, None) in taken and field == "year":
                continue
            new = spans.format_date(year, month, day, d.style, d.ordinal)
            start = d.start
            weekday = spans.weekday_before(t, d.start)
            if weekday:
                start = weekday[0]  # a weekday would no longer match the date
            statement = splice(t, start, d.end, new)
            if _date_said_elsewhere(ctx, info, statement, (year, month, day)):
                continue
            out.append((statement, f"date shifted ({field}): {t[start:d.end]!r} -> {new!r}"))
            break
    return out


def actor(ctx, info, rng):
    if info.negated:
        return []
    out = []
    for mention, role in agents(ctx, info):
        swapped = replacement(ctx, info, mention, rng, same_outlet_class=True)
        if swapped is None:
            continue
        statement, new = swapped
        out.append((statement, f"{role} swapped: {mention.written!r} -> {new!r}"))
    return out


def place(ctx, info, rng):
    if info.negated:
        return []
    out = []
    t = info.text
    places = [m for m in info.mentions if m.type == "place"]
    for m in places:
        if ctx.is_demonym(m) or spans.in_list(t, m, info.mentions) or sum(o.name == m.name for o in info.mentions) > 1:
            continue  # "in Norway, where he won the Norwegian Cup": the other mention would contradict the swap
        related = set()
        for other in places:
            related |= ctx.ancestors(other.name) | {other.name}
        if any(ctx.entities.get(o.name) and m.name in ctx.ancestors(o.name) for o in places if o is not m) or (
                ctx.ancestors(m.name) & {o.name for o in places}):
            continue  # "Kobierzyce, just south of Wrocław": swapping one of a part and its whole breaks the other
        before = t[max(0, m.start - 12):m.start]
        if re.search(r"(?:\b(?:the|a|an|its|their|his|her)|['’]s)\s+\Z", before, re.IGNORECASE) or spans.possessive(t, m):
            continue  # "the Millbrook mayoral election", "its Tilburg site": the place names a thing, it does not locate it
        entity = ctx.entities[m.name]
        candidates = []
        for e in ctx.entities_of("place"):
            if e.name in related or m.name in ctx.ancestors(e.name):
                continue
            if entity.part_of and tuple(e.part_of) == tuple(entity.part_of):
                candidates.append((0, e))
            elif ctx.depth(e.name) == ctx.depth(m.name) and bool(e.part_of) == bool(entity.part_of):
                candidates.append((1, e))
        if not candidates:
            continue
        best = min(rank for rank, _ in candidates)
        pool = [e for rank, e in candidates if rank == best]
        rng.shuffle(pool)
        for e in pool:
            statement, new = swap_name(ctx, t, m, e)
            if ctx.similar(statement, exclude={info.claim.id}, threshold=0.5, must_contain=e.name):
                continue
            out.append((statement, f"place swapped: {m.written!r} -> {new!r}"))
            break
    return out


def negation(ctx, info, rng):
    if info.disputed:
        return []  # "not watched by 13,950": true or false depending on which source is right
    t = info.text
    removed = _remove_negation(t)
    if removed is not None:
        statement, what = removed
        return [(statement, f"negation removed: {what!r}")]
    if info.negated and not info.verb:
        return []
    if info.verb:
        j = spans.next_word_index(info.words, info.verb.index)
        if j < len(info.words) and NEGATORS.match(info.words[j].text):
            return []  # "did not give ... or name ...": the verb is negated already and cannot be un-negated
    if re.match(r"(?i)there\s+(?:is|are|was|were)\b", t):
        return []  # "There is speculation": the negation is "there is no", not "there is not"
    inserted = _insert_negation(info)
    if inserted is None:
        return []
    statement, what = inserted
    return [(statement, f"negation inserted: {what!r}")]


def antonym(ctx, info, rng):
    if info.negated or info.disputed:
        return []
    ws = info.words
    t = info.text
    start = info.verb.clause_start if info.verb else 0
    for i, w in enumerate(ws):
        low = w.lower
        if w.start < start or low not in english.ANTONYMS or (w.text[:1].isupper() and i > 0):
            continue
        nxt = [x.lower for x in ws[i + 1:i + 4]]
        context = english.ANTONYM_CONTEXT.get(low)
        if context == "number":
            if not nxt or not (nxt[0][:1].isdigit() or nxt[0] in ("from", "by") or nxt[0] in spans.CURRENCY_SYMBOLS):
                continue
        elif context and (not nxt or nxt[0] not in context):
            continue
        if low in ("won", "lost", "winning", "losing", "wins", "loses") and "to" in nxt:
            continue  # "lost 2-0 to Bramley": "won ... to" is not English
        if i > 0 and ws[i - 1].lower in english.DETERMINERS and low.endswith("ed"):
            continue  # "the closed plant": an adjective
        new = english.match_case(english.ANTONYMS[low], w.text)
        statement = splice(t, w.start, w.end, new)
        if ctx.similar(statement, exclude={info.claim.id, *info.siblings}, threshold=0.8):
            continue
        return [(statement, f"antonym: {w.text!r} -> {new!r}")]
    return []


def _round_like(value: float, a) -> float:
    """Round a new figure as the original is written: 18,000 -> thousands, 2.4bn -> tenths."""
    scale = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "tn": 1e12, "trillion": 1e12, "k": 1e3,
             "thousand": 1e3}.get(a.scale, 1)
    shown = value / scale
    if a.decimals:
        return round(shown, a.decimals) * scale
    original = int(round(a.value / scale))
    zeros = len(str(original)) - len(str(original).rstrip("0")) if original else 0
    step = 10 ** min(zeros, max(len(str(int(round(shown)))) - 1, 0))
    return round(shown / step) * step * scale


def _render(value: float, a, t):
    """The new figure in the written style of the old one (the core only: no symbol or scale)."""
    scale = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "tn": 1e12, "trillion": 1e12, "k": 1e3,
             "thousand": 1e3}.get(a.scale, 1)
    shown = value / scale
    if shown <= 0:
        return None
    if a.style == "words":
        if shown != int(shown) or shown >= 1_000_000:
            return None
        return english.number_to_words(int(shown))
    core = t[a.core_start:a.core_end]
    commas = "," in core or (shown >= 1000 and a.value / scale < 1000)  # "207000" keeps its style
    return fmt(shown, a.decimals, commas)


def _shift(d, field, rng):
    year, month, day = d.year, d.month, d.day
    if field == "year":
        return year + rng.choice([-2, -1, 1, 2]), month, day
    if field == "month":
        step = rng.choice([-3, -2, -1, 1, 2, 3])
        new = (month - 1 + step) % 12 + 1
        if year is None and d.style == "m" and abs(new - month) != abs(step):
            return None  # crossing a year boundary with no year written
        new_year = year
        if year is not None:
            new_year = year + (month - 1 + step) // 12
        if day and day > calendar.monthrange(new_year or 2000, new)[1]:
            return None
        return new_year, new, day
    last = calendar.monthrange(year or 2000, month)[1]
    for step in rng.sample([-10, -7, -5, -3, 3, 5, 7, 10], 8):
        if 1 <= day + step <= last:
            return year, month, day + step
    return None


def _date_said_elsewhere(ctx, info, statement, key) -> bool:
    for cid in ctx.similar(statement, exclude={info.claim.id}, threshold=0.5):
        keys = ctx.date_keys(ctx.infos[cid])
        if key in keys or (key[0], key[1], None) in keys:
            return True
    return False


_UNTIL_IN_CLAUSE_RE = re.compile(r"^[^,;:]*?\b(?:until|till)\b")


def _remove_negation(t: str):
    """Drop the first negation that follows an auxiliary: 'did not win' -> 'won', 'will not close' -> 'will close'.
    Not the negation of "not ... until" ("will not open until 2029", "did not tell them until May"):
    without it the sentence says no opposite, or no English ("will open until 2029")."""
    first = re.search(r"\b(?:not|never|no longer|cannot)\b", t)
    if first and _UNTIL_IN_CLAUSE_RE.match(t[first.end():]):
        return None
    m = re.search(r"\b(did|does|do)\s+not\s+([a-z]+)", t)
    if m and re.search(r"\b(?:or|nor)\s+[a-z]+\b", t[m.end():]) and not re.search(r"\bor\s+(?:the|a|an|its|their)\b", t[m.end():]):
        return None  # "did not give the date or name the companies": the second verb keeps the negation's form
    if m:
        verb = m.group(2)
        new = english.past(verb) if m.group(1) == "did" else english.third_person(verb) if m.group(1) == "does" else verb
        if new is None:
            return None
        statement = t[:m.start()] + english.match_case(new, m.group(1)) + t[m.end():]
        return _npi(statement, m.start() + len(new)), m.group()
    m = re.search(r"\b(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\s+(not|never|no longer)\s", t)
    if m:
        if re.match(r"yet\b", t[m.end():]):
            return None  # "has not yet been": "has yet been" is not English
        statement = t[:m.end(1)] + " " + t[m.end():]
        return _npi(statement, m.end(1)), m.group().strip()
    m = re.search(r"\bcannot\b", t)
    if m:
        return t[:m.start()] + "can" + t[m.end():], "cannot"
    m = re.search(r"\bnever\s+([a-z]+ed)\b", t)
    if m:
        return t[:m.start()] + t[m.start(1):], "never"
    return None


def _npi(statement: str, at: int) -> str:
    """'did not receive any funding' -> 'received some funding': 'any' needs the negation."""
    m = re.compile(r"\bany\b").search(statement, at, at + 30)
    if m:
        statement = statement[:m.start()] + "some" + statement[m.end():]
    return statement


_ADVERBS_BEFORE_A_PARTICIPLE = frozenset("so far already also since now just recently still yet".split())


def _participle_after_adverbs(ws, j) -> bool:
    """Is "has" an auxiliary whose participle comes after adverbs ("has so far recovered", "has
    also signed"), not the verb "have" ("has 18 flats")?"""
    k = j
    while k < len(ws) and k < j + 3 and ws[k].lower in _ADVERBS_BEFORE_A_PARTICIPLE:
        k += 1
    return k > j and k < len(ws) and spans.is_participle(ws[k].lower)


def _insert_negation(info):
    verb = info.verb
    if verb is None:
        return None
    ws = info.words
    t = info.text
    w = ws[verb.index]
    low = w.lower
    if verb.form == "aux":
        j = spans.next_word_index(ws, verb.index)
        nxt = ws[j].lower if j < len(ws) else ""
        if low in english.HAVE_FORMS and not (spans.is_participle(nxt) or nxt == "been" or _participle_after_adverbs(ws, j)):
            do = {"has": "does", "have": "do", "had": "did"}[low]
            return t[:w.start] + f"{do} not have" + t[w.end:], f"{w.text} -> {do} not have"
        if low == "can":
            return t[:w.start] + "cannot" + t[w.end:], "can -> cannot"
        return t[:w.end] + " not" + t[w.end:], f"{w.text} -> {w.text} not"
    base = english.base_form(low)
    if base is None:
        return None
    do = "does" if verb.form == "present" else "did"
    return t[:w.start] + f"{do} not {base}" + t[w.end:], f"{w.text} -> {do} not {base}"
