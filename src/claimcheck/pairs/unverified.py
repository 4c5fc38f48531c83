"""Pairs the base cannot settle: a property given to another holder, a detail no claim
gives, a plan stated as done."""

from __future__ import annotations

import re

from ..lazyre import lazy
from . import english, spans
from .rewrite import splice, swap_name
from .roles import agents, event_lemma, is_passive, is_state


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
    if vw.lower in english.REPORTING_VERBS:
        return []  # "X says the wind farm will ...": X is who says it, and another voice is the actor
        # kind's change, which is labelled conflicting (the hand-labelled bases label it so too)
    owner = spans.possessive(t, subject)
    state = is_state(ws, verb) or is_passive(ws, verb)  # "X employs ...", "X was founded in 1987"
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
        statement, new = swap_name(ctx, t, subject, e)
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
    lemma = event_lemma(ws, info.verb)
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
    agent = next((m for m, role in agents(ctx, info) if role == "agent" and m.type in ("org", "group")), None)
    if lemma in PLAN_VERBS and agent and not {"plan", "strategy", "purpose"} & story_words:
        details.append((f" as part of a {rng.choice(['three', 'five', 'ten'])}-year plan to {rng.choice(_PURPOSES)}", "purpose"))
    out = [(t[:at] + detail + t[at:], f"{what} the base does not give added: {detail.strip()!r}") for detail, what in details]
    day = next((d for d in info.dates if d.day and re.search(r"\bon\s+\Z", t[max(0, d.start - 4):d.start])), None)
    if day and lemma not in ("be", "have") and not re.search(r"\b(?:morning|afternoon|evening|night)\b|\d\s*[ap]\.?m\b", story_text):
        # lower case only: "the Evening Post" says nothing of the time of day
        part = rng.choice(["morning", "evening"])
        out.append((splice(t, day.start, day.start, f"the {part} of "), f"time of day the base does not give added: 'on the {part} of'"))
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


MODAL_RE = lazy(
    r"\b(?P<m>will|is due to|are due to|is set to|are set to|is expected to|are expected to|plans to|plan to|"
    r"intends to|intend to|aims to|aim to|hopes to|hope to|expects to|expect to|has promised to|have promised to|"
    r"promised to|has pledged to|have pledged to|pledged to|is to|are to)\s+(?P<v>[a-z]+)(?:\s+(?P<pp>[a-z]+))?",
    re.IGNORECASE,
)


_REPORTED_RE = lazy(r"(?i)\b(?:said|says|told|tells|according to|confirmed|announced|insisted|reported|added|expects [a-z]+ to)\b")


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
