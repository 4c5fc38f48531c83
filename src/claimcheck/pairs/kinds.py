"""One function per kind of pair: from a claim (and what the base knows), the statements of
that kind with a note on what changed. Each returns [] where the claim's text does not allow
a grammatical, correctly labelled sentence."""

from __future__ import annotations

import calendar
import re

from . import english, spans

# ---------------------------------------------------------------- supported


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
        out.append((_splice(info.text, a.start, a.end, new), f"amount rewritten: {written!r} -> {new!r}"))
    return out


def date_form(ctx, info, rng):
    if info.disputed:
        return []
    out = []
    t = info.text
    for d in info.dates:
        written = t[d.start:d.end]
        new = None
        if d.style == "dmy" and d.month:
            new = spans.format_date(d.year, d.month, d.day, "mdy")
            if spans.weekday_before(t, d.start) and not t[:d.start].rstrip().endswith(","):
                new = ", " + new  # "Saturday, May 4, 2024"
        elif d.style == "mdy" and d.month:
            new = spans.format_date(d.year, d.month, d.day, "dmy", rng.choice(["", _ordinal(d.day)]))
        if new:
            start = d.start - 1 if new.startswith(",") else d.start
            out.append((_splice(t, start, d.end, new), f"date rewritten: {written!r} -> {new.lstrip(', ')!r}"))
            continue
        part = re.search(r"(?i)\b(?:(at|by)\s+)?(?:the\s+)?(end|beginning|start)\s+of\s+\Z", t[max(0, d.start - 24):d.start])
        if part and d.month:
            start = d.start - len(part.group())
            word = "late" if part.group(2).lower() == "end" else "early"
            lead = {"at": "in ", "by": "by "}.get((part.group(1) or "").lower(), "")
            new = f"{lead}{word} {written}"
            out.append((_splice(t, start, d.end, new), f"date rewritten: {t[start:d.end]!r} -> {new!r}"))
    return out


# ---------------------------------------------------------------- conflicting

NEGATORS = re.compile(r"(?i)(?:not|never|n't|no)\Z")


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
            out.append((_splice(t, a.qual_start, a.end, new), f"bound reversed: {written!r} -> {new!r}"))
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
            statement = _splice(t, a.core_start, a.core_end, core)
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
            statement = _splice(t, start, d.end, new)
            if _date_said_elsewhere(ctx, info, statement, (year, month, day)):
                continue
            out.append((statement, f"date shifted ({field}): {t[start:d.end]!r} -> {new!r}"))
            break
    return out


def actor(ctx, info, rng):
    if info.negated:
        return []
    out = []
    t = info.text
    for mention, role in _agents(ctx, info):
        replacement = _replacement(ctx, info, mention, rng, same_outlet_class=True)
        if replacement is None:
            continue
        statement, new = replacement
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
            statement, new = _swap_name(ctx, t, m, e)
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
        statement = _splice(t, w.start, w.end, new)
        if ctx.similar(statement, exclude={info.claim.id, *info.siblings}, threshold=0.8):
            continue
        return [(statement, f"antonym: {w.text!r} -> {new!r}")]
    return []


# ---------------------------------------------------------------- unverified


# Words that make a property one holder's only: another name in its place would conflict.
UNIQUE_WORDS = frozenset(
    """only first last top largest biggest smallest highest lowest best worst most least sole mayor leader chairman
    chairwoman chief captain manager president head winner champion champions deputy""".split()
)


def subject_swap(ctx, info, rng):
    if info.negated or not info.verb or not info.mentions:
        return []
    t = info.text
    ws = info.words
    verb = info.verb
    subject = info.mentions[0]
    lead = t[verb.clause_start:subject.start].strip()
    if lead not in ("", "The", "the") or subject.type not in ("person", "org", "group") or subject.name in ctx.outlets:
        return []
    if any(m.type == subject.type and m.name != subject.name for m in info.mentions):
        return []  # "Sandhu's majority over Howe": a relation between two of a kind, not a property of one
    vw = ws[verb.index]
    owner = spans.possessive(t, subject)
    state = _is_state(ws, verb) or _is_passive(ws, verb)  # "X employs ...", "X was founded in 1987"
    if not owner and not (state and t[subject.end:vw.start].strip() in ("",)):
        return []
    if owner and (vw.lower in english.REPORTING_VERBS or subject.type == "person"):
        return []  # "Trump's trade war ...": what a person owns is as often an act of theirs as a property
    predicate = t[subject.end:]
    if UNIQUE_WORDS & {w.lower for w in spans.words(predicate)} or re.match(r"\s+(?:is|are|was|were)\s+the\b", predicate):
        return []  # "X is the top scorer": one holder only, so another name would conflict
    plural_verb = vw.lower in ("are", "have", "were") and not owner
    pool = [e for e in ctx.entities_of(subject.type)
            if e.name != subject.name and e.name not in ctx.outlets and not ctx.mentions_entity(info.claim.id, e.name)
            and (e.name.endswith("s") and not e.name.endswith(("ss", "us"))) == plural_verb]
    rng.shuffle(pool)
    predicate_words = spans.content_words(predicate)
    for e in pool:
        if any(ctx.mentions_entity(cid, e.name) and predicate_words
               and len(predicate_words & other.content) / len(predicate_words) >= 0.4
               for cid, other in ctx.infos.items()):
            continue  # the base says something about this one's same property
        statement, new = _swap_name(ctx, t, subject, e)
        return [(statement, f"subject of a property swapped: {subject.written!r} -> {new!r}")]
    return []


DEAL_VERBS = frozenset("sign buy acquire sell agree".split())
CEREMONY_VERBS = frozenset("open inaugurate unveil launch complete".split())
MEETING_VERBS = frozenset("approve reject decide vote name appoint confirm propose request choose".split())
FIRST_SINCE_VERBS = frozenset("rise fall grow increase decrease win lose finish beat defeat gain climb drop secure take".split())
PLAN_VERBS = frozenset("cut build open expand hire invest move close raise launch buy acquire sign appoint name".split())


def extra_detail(ctx, info, rng):
    """A detail no claim gives (an amount, a year, a purpose), put after the verb's phrase."""
    claim = info.claim
    t = info.text
    if info.negated or claim.kind == "opinion" or not info.verb or spans.trailing_attribution(t) or not t.endswith("."):
        return []
    ws = info.words
    vw = ws[info.verb.index]
    lemma = _event_lemma(ws, info.verb)
    if lemma is None or vw.lower in english.REPORTING_VERBS or _REPORTED_RE.search(t):
        return []  # "X said Y": a detail added to Y would put words in X's mouth
    at = _phrase_end(ws, t, info.verb.index, info.dates)
    if at is None:
        return []
    same_story = {claim.id, *info.siblings} | {cid for cid, i in ctx.infos.items() if i.claim.source == claim.source}
    story_words = set().union(*(ctx.infos[cid].content for cid in same_story))
    story_text = " ".join(ctx.infos[cid].text for cid in same_story)
    details = []
    transfer = lemma == "join" and re.match(r"[^,]*\bfrom\b", t[vw.end:at])  # "joined Redmoor from Bramley"
    if (lemma in DEAL_VERBS or transfer) and not any(a.unit in ("USD", "EUR", "GBP") for a in info.amounts):
        money = _free_money(ctx, rng)
        if money and not {"deal", "fee"} & story_words:
            details.append((f" in a deal worth {money}", "amount"))
    if lemma in CEREMONY_VERBS and not {"ceremony", "guest"} & story_words:
        guests = rng.choice([250, 400, 600])
        if not ctx.amount_clashes(guests, "", "guests", 0.0):
            details.append((f" at a ceremony attended by {guests} guests", "amount"))
    if lemma in MEETING_VERBS and not {"meet", "meeting", "hour"} & story_words:
        details.append((f" after a meeting that lasted {rng.choice(['two', 'three', 'four'])} hours", "amount"))
    if lemma in FIRST_SINCE_VERBS and not re.search(r"(?i)\b(?:since|first|record|only|last|ever)\b", story_text):
        year = _free_year(ctx, info, rng)
        if year:
            details.append((f" for the first time since {year}", "date"))
    agent = next((m for m, role in _agents(ctx, info) if role == "agent" and m.type in ("org", "group")), None)
    if lemma in PLAN_VERBS and agent and not {"plan", "strategy", "purpose"} & story_words:
        details.append((f" as part of a {rng.choice(['three', 'five', 'ten'])}-year plan to {rng.choice(_PURPOSES)}", "purpose"))
    out = [(t[:at] + detail + t[at:], f"{what} the base does not give added: {detail.strip()!r}") for detail, what in details]
    day = next((d for d in info.dates if d.day and re.search(r"\bon\s+\Z", t[max(0, d.start - 4):d.start])), None)
    if day and lemma not in ("be", "have") and not re.search(r"\b(?:morning|afternoon|evening|night)\b|\d\s*[ap]\.?m\b", story_text):
        # lower case only: "the Evening Post" says nothing of the time of day
        part = rng.choice(["morning", "evening"])
        out.append((_splice(t, day.start, day.start, f"the {part} of "), f"time of day the base does not give added: 'on the {part} of'"))
    rng.shuffle(out)
    return out[:2]


_PURPOSES = ("cut its costs", "reach new customers", "grow outside its home market")


def _phrase_end(ws, t: str, verb_index: int, dates):
    """Where the verb's phrase ends: before ", taking ..." / ", unchanged ..." or " and made ...",
    else at the final stop; None where a comma or "and" there joins a list or an apposition,
    which a detail put in front of it would split."""
    inside = [(d.start, d.end) for d in dates]
    for k in range(verb_index + 1, len(ws)):
        w = ws[k]
        if any(s <= w.start < e for s, e in inside):
            continue
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        if w.text == "." and nxt is None:
            return w.start
        if w.text == "," and nxt is not None:
            word = nxt.text
            if word[:1].isupper() or word.lower() in english.DETERMINERS or word[:1].isdigit():
                return None  # "on Huawei, SMIC and ...", ", a €320 million plant"
            return w.start
        if w.lower == "and" and nxt is not None:
            if nxt.lower in english.IRREGULAR_PAST or (nxt.lower.endswith("ed") and len(nxt.text) > 4):
                return w.start - 1  # " and made 187 appearances": a second clause
            if nxt.text[:1].isupper() or nxt.lower in english.DETERMINERS:
                return None
    return None


MODAL_RE = re.compile(
    r"\b(?P<m>will|is due to|are due to|is set to|are set to|is expected to|are expected to|plans to|plan to|"
    r"intends to|intend to|aims to|aim to|hopes to|hope to|expects to|expect to|has promised to|have promised to|"
    r"promised to|has pledged to|have pledged to|pledged to|is to|are to)\s+(?P<v>[a-z]+)(?:\s+(?P<pp>[a-z]+))?",
    re.IGNORECASE,
)
_REPORTED_RE = re.compile(r"(?i)\b(?:said|says|told|tells|according to|confirmed|announced|insisted|reported|added|expects [a-z]+ to)\b")


def modality(ctx, info, rng):
    t = info.text
    if info.negated or spans.trailing_attribution(t):
        return []
    first = MODAL_RE.search(t)
    if not first or _REPORTED_RE.search(t[:first.start()]):
        return []  # "X said it will open": a plan put as done would misquote X, not go beyond the base
    pieces, at = [], 0
    for m in MODAL_RE.finditer(t):
        verb = m.group("v").lower()
        modal = m.group("m").lower()
        if verb == "be":
            pp = m.group("pp")
            if not pp or not spans.is_participle(pp):
                return []
            if modal.startswith(("is ", "has ")) or modal.endswith("s to"):
                be = "was"
            elif modal.startswith(("are ", "have ")):
                be = "were"
            else:
                return []  # "will be": singular or plural, the text does not say
            new = f"{be} {pp}"
            end = m.end("pp")
        else:
            new = english.past(verb)
            if new is None:
                return []
            end = m.end("v")
        pieces.append(t[at:m.start()])
        pieces.append(english.match_case(new, m.group()))
        at = end
    pieces.append(t[at:])
    statement = "".join(pieces)
    statement = re.sub(r"\band to ([a-z]+)", lambda m: "and " + (english.past(m.group(1)) or m.group()), statement)
    if re.search(r"\band and to\b", statement) or " and to " in statement:
        return []
    done = spans.content_words(" ".join(english.past(m.group("v")) or "" for m in MODAL_RE.finditer(t)))
    for cid in ctx.similar(statement, exclude={info.claim.id}, threshold=0.3):
        other = ctx.infos[cid]
        if other.claim.kind == "forecast" or MODAL_RE.search(other.text):
            continue
        if done & other.content or len(spans.content_words(statement) & other.content) >= 0.5 * len(spans.content_words(statement)):
            return []  # another claim may say the plan came true ("90 members have joined")
    return [(statement, f"plan stated as done: '{first.group('m')} {first.group('v')}' -> past tense")]


# ---------------------------------------------------------------- helpers


def _splice(text: str, start: int, end: int, new: str) -> str:
    head = text[:start]
    article = re.search(r"\b(an?|An?) \Z", head)
    if article and new:
        word = "an" if _vowel_sound(new) else "a"
        head = head[:article.start(1)] + english.match_case(word, article.group(1)) + " "
    out = head + new + text[end:]
    return re.sub(r"  +", " ", out).replace(" ,", ",")


def _vowel_sound(word: str) -> bool:
    low = word.lower()
    if re.match(r"(?:uni|use|eu|one|once|u[bcdfgklmnprstvz][aeiou])", low):
        return False  # "a university", "a euro", "a one-off"
    if re.match(r"(?:hour|honest|honour|heir)", low):
        return True
    if re.match(r"[A-Z]{2,}\b", word):
        return word[0] in "AEFHILMNORSX"  # initialisms are read letter by letter: "an FNV", "a UN"
    return low[:1] in "aeiou"


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _fmt(value: float, decimals: int, commas: bool) -> str:
    if decimals:
        return f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    return f"{int(round(value)):,}" if commas else str(int(round(value)))


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
        return [_fmt(value, 0, value >= 1000) + t[a.core_end:a.end]]
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
    return _fmt(shown, a.decimals, commas)


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


def _agents(ctx, info):
    """The names credited with the event or with saying it: (mention, role)."""
    t = info.text
    ws = info.words
    verb = info.verb
    found = []
    people = [m for m in info.mentions if m.type in ("person", "org", "group")]
    for m in people:
        if spans.in_list(t, m, info.mentions) or _parenthesised(t, m):
            continue
        before = t[max(0, m.start - 12):m.start].lower()
        if m.start < (verb.clause_start if verb else 0) and t.startswith("According to"):
            found.append((m, "credited source"))
        elif re.search(r"\bby\s+(?:the\s+)?\Z", before) and not spans.possessive(t, m):
            found.append((m, "agent of a passive"))
        elif re.search(r"\btold\s+(?:the\s+)?\Z", before):
            found.append((m, "outlet told"))
        elif re.match(r"\s+said\.?\s*\Z", t[m.end:]):
            found.append((m, "credited source"))
    if verb is not None:
        vw = ws[verb.index]
        if _is_event(ws, verb):
            subject = [m for m in people if m.end <= vw.start and m.start >= verb.clause_start
                       and not re.search(r"\b(?:" + "|".join(english.PREPOSITIONS) + r")\s+(?:the\s+)?\Z", t[:m.start])]
            if subject:
                m = subject[-1]
                pre = re.search(r"([A-Z][\w’'-]*)\s+\Z", t[:m.start])
                if pre and pre.group(1) != "The" and pre.group(1) not in TITLES:
                    subject = []  # "The Hong Kong South China Morning Post", "US President Joe Biden": a modifier the new name would not take
            if subject:
                m = subject[-1]
                gap = t[m.end:vw.start]
                appositive = re.fullmatch(r"\s*,[^,]*,\s*", gap)
                of_phrase = re.fullmatch(r"\s+of\s+(?:the\s+)?[A-Z][^,]*", gap)  # "Ellen Marsh of the Green Party came"
                if (gap.strip() == "" or appositive or of_phrase) and not spans.possessive(t, m) and not _parenthesised(t, m) \
                        and not spans.in_list(t, m, info.mentions):
                    role = "speaker" if vw.lower in english.REPORTING_VERBS else "agent"
                    found.append((m, role))
    seen, out = set(), []
    for m, role in found:
        if m.start not in seen:
            seen.add(m.start)
            out.append((m, role))
    return out


TITLES = frozenset("Chairman Chairwoman Substitute Captain Manager Chief Professor President Councillor Mr Mrs Ms Dr "
                   "Minister Mayor Coach Director Senator Defender Goalkeeper Striker".split())


def _parenthesised(t: str, m) -> bool:
    """"the Ministry of Industry (MIIT)": the name and its short form would no longer agree."""
    return bool(re.match(r"\s*\(", t[m.end:]) or re.search(r"\(\s*\Z", t[:m.start]))


def _is_passive(ws, verb) -> bool:
    """"was founded", "were knocked out": the subject is what it happened to, not who did it."""
    if ws[verb.index].lower not in english.BE_FORMS:
        return False
    j = spans.next_word_index(ws, verb.index)
    return j < len(ws) and spans.is_participle(ws[j].text) and ws[j].lower != "been"


def _is_event(ws, verb) -> bool:
    """Past simple or present perfect in the active voice: someone did something."""
    w = ws[verb.index].lower
    if verb.form == "past":
        return True
    if w in english.HAVE_FORMS:
        j = spans.next_word_index(ws, verb.index)
        return j < len(ws) and spans.is_participle(ws[j].text) and ws[j].lower != "been"
    return False


def _is_state(ws, verb) -> bool:
    """A present-tense property: "employs", "has 51 councillors", "is a maker of"."""
    w = ws[verb.index].lower
    if verb.form == "present":
        return True
    if w in ("is", "are", "has", "have"):
        j = spans.next_word_index(ws, verb.index)
        return j < len(ws) and not spans.is_participle(ws[j].text) and ws[j].lower not in ("not", "to", "due", "set")
    return False


def _event_lemma(ws, verb):
    w = ws[verb.index].lower
    if verb.form == "past":
        return english.base_form(w)
    if w in english.HAVE_FORMS | english.BE_FORMS:
        j = spans.next_word_index(ws, verb.index)
        if j < len(ws) and ws[j].lower == "been":
            j += 1
        if j < len(ws) and spans.is_participle(ws[j].text):
            return english.base_form(ws[j].text)
    return None


def _replacement(ctx, info, mention, rng, same_outlet_class=True):
    t = info.text
    is_outlet = mention.name in ctx.outlets
    pool = [e for e in ctx.entities_of(mention.type)
            if e.name != mention.name and not ctx.mentions_entity(info.claim.id, e.name)
            and (not same_outlet_class or (e.name in ctx.outlets) == is_outlet)]
    rng.shuffle(pool)
    for e in pool:
        statement, new = _swap_name(ctx, t, mention, e)
        if ctx.similar(statement, exclude={info.claim.id}, threshold=0.5, must_contain=_short(e)):
            continue  # another claim may say this one did it
        return statement, new
    return None


INSTITUTION_NOUNS = frozenset(
    "party league ministry university department commission union association committee institute agency "
    "authority federation council government office court parliament assembly board bank".split()
)


def needs_article(entity, seen=None) -> bool:
    """Does the name take "the" in running text ("the Green Party", "the Conservatives", not
    "Labour")? ``seen`` is what the base's own texts do, when they use the name."""
    if seen is not None:
        return seen
    name = entity.name
    if name.lower().startswith("the "):
        return False  # the article is part of the name
    bits = name.split()
    if any(b.islower() for b in bits) or " of " in name:
        return True
    if bits[-1].lower() in INSTITUTION_NOUNS and len(bits) > 1:
        return True
    return False


def _swap_name(ctx, t: str, mention, entity):
    """Put ``entity`` where ``mention`` stands, with the article its name takes; (statement, new text)."""
    start = mention.start
    article = re.search(r"\b[Tt]he\s+\Z", t[max(0, start - 4):start])
    if article:
        start -= len(article.group())
    new = _written_like(mention, entity, t)
    if new.lower().startswith("the "):
        pass
    elif needs_article(entity, ctx.articles.get(entity.name)) and new == entity.name:
        new = "the " + new
    if start == 0 or re.search(r"[.!?]\s*\Z", t[:start]):
        new = new[:1].upper() + new[1:]
    elif new.startswith("The ") and start > 0:
        new = "the " + new[4:]
    return _splice(t, start, mention.end, new), new


def _short(entity) -> str:
    return entity.name.split()[-1] if entity.type == "person" else entity.name


def _written_like(mention, entity, text) -> str:
    """The new name written as the old one was: "Hollins ward" -> "Castle ward", "the Netherlands" -> "Poland"."""
    written, old = mention.written, mention.name
    new = entity.name
    if written != old:
        if written.lower().startswith(old.lower()) and len(written) > len(old):
            suffix = written[len(old):]
            if any(a.lower() == (new + suffix).lower() for a in entity.aliases):
                new = new + suffix
    return new


def _remove_negation(t: str):
    """Drop the first negation that follows an auxiliary: 'did not win' -> 'won', 'will not close' -> 'will close'."""
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
        if low in english.HAVE_FORMS and not (spans.is_participle(nxt) or nxt == "been"):
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


def _free_money(ctx, rng):
    units = [a.unit for i in ctx.infos.values() for a in i.amounts if a.unit in ("USD", "EUR", "GBP")]
    unit = max(set(units), key=units.count) if units else "USD"
    symbol = spans.UNIT_SYMBOLS[unit]
    for millions in rng.sample([3.4, 5.6, 7.8, 12.5, 26.0], 5):
        if not ctx.amount_clashes(millions * 1e6, unit, "", 0.2):
            return f"{symbol}{millions:g} million"
    return None


def _free_year(ctx, info, rng):
    years = {y for i in ctx.infos.values() for (y, _, _) in ctx.date_keys(i) if y}
    own = [y for (y, _, _) in ctx.date_keys(info) if y]
    ceiling = min(own) if own else min(years) if years else 2015
    for year in rng.sample([ceiling - 6, ceiling - 9, ceiling - 13, ceiling - 17], 4):
        if all(abs(year - y) > 1 for y in years):
            return year
    return None
