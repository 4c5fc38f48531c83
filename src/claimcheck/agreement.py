"""Agreement, slot by slot: do a statement and a claim give the same amounts, dates, actors,
places, polarity, time frame and modality?

Each check returns SlotChecks: which slot, how the two relate (supports, conflicts, related:
overlapping but not settled, uncovered: the claim gives nothing to compare), both values as
written, and where the statement's value stands. Whether the two texts are about the same
matter at all is decided elsewhere (decide.py); these functions only compare.
"""

from __future__ import annotations

from typing import NamedTuple

from .align import FAMILY, word_similarity
from .text import dates as date_parser
from .text import english
from .text import quantities as quantity_parser
from .text.entities import same_name

CONTEXT_WINDOW = 6
MIN_VALUE_ALIGNMENT = 0.25  # below this the two figures are about different things
SAME_PREDICATE = FAMILY  # two predicates are the same when their lemmas or word families are


class SlotCheck(NamedTuple):
    slot: str  # amount | date | polarity | actor | place | opposite | frame | modality | source
    relation: str  # supports | conflicts | related | uncovered
    statement_value: str
    claim_value: str
    span: tuple = ()  # (start, end) of the statement's value, when it has one
    alignment: float = 1.0  # how well the value's context matches the claim's (0..1)
    counts_names: bool = False  # an enumeration: the names listed are part of the amount
    name: str = ""  # a name the disagreement swaps (not a sign of another topic)
    said: object = None  # the statement's Quantity or DateRef, for amounts and dates
    claimed: object = None  # the claim's
    role: str = ""  # for a swapped name: subject (what the sentence is about), agent (after "by"), other

    def describe(self) -> str:
        """The check in words, for reasons."""
        if self.slot in ("amount", "date"):
            if self.relation == "uncovered":
                return f"the claim gives no {self.claim_value or 'figure'} to compare with {self.statement_value}"
            return f"statement: {self.statement_value}; claim: {self.claim_value}"
        if self.slot == "polarity":
            return f"polarity: the statement says '{self.statement_value}', the claim says '{self.claim_value}'"
        if self.slot == "frame":
            return self.claim_value
        if self.slot == "modality":
            return f"the claim only says it {self.claim_value}; the statement says it {self.statement_value}"
        if self.slot == "actor":
            return f"statement: {self.statement_value}; claim: {self.claim_value}"
        if self.slot == "source":
            return f"statement credits {self.statement_value}; the claim is {self.claim_value}'s"
        return f"statement: {self.statement_value}; claim: {self.claim_value}"


# ---------------------------------------------------------------- context of a value


def _context(analysis, start: int, end: int) -> set:
    """Content lemmas and names near a span: what an amount or a date is about."""
    toks = analysis.tokens
    idx = [i for i, t in enumerate(toks) if start <= t.start < end]
    if not idx:
        return set()
    lo, hi = max(0, idx[0] - CONTEXT_WINDOW), min(len(toks), idx[-1] + 1 + CONTEXT_WINDOW)
    words = {toks[i].lemma for i in range(lo, hi) if (i < idx[0] or i > idx[-1]) and toks[i].is_content}
    words |= {m.name for m in analysis.mentions if (m.last >= lo and m.first < hi) and not (start <= m.start < end)}
    return words


def _soft_share(a: set, b: set) -> float:
    """Share of the words of ``a`` that ``b`` says, in the same or other words (0.5 when ``a`` is empty)."""
    if not a:
        return 0.5
    said = 0.0
    for word in a:
        if word in b:
            said += 1.0
            continue
        said += max((word_similarity(word, other) for other in b), default=0.0)
    return said / len(a)


# ---------------------------------------------------------------- amounts


def _owner(analysis, start: int) -> str:
    """Whose figure an amount is: the first name of its clause before it ("Harton United won
    League One with 96 points" -> Harton United), or "" when none stands there."""
    if start < 0:
        return ""
    text = analysis.text
    clause_start = max(text.rfind(mark, 0, start) for mark in (";", ". ", ", and ", ", but ", ", while "))
    for m in analysis.mentions:
        if clause_start <= m.start < start:
            return m.name
    return ""


def _owners_differ(statement, sq, claim, cq, places) -> bool:
    a, b = _owner(statement, sq.start), _owner(claim, cq.start)
    return bool(a and b) and a != b and not same_name(a, b, places)


def amounts(statement, claim, places=frozenset()) -> list:
    out = []
    for sq in statement.quantities:
        candidates = [cq for cq in claim.quantities if quantity_parser.compatible(sq, cq)]
        if not candidates:
            if not sq.definite:  # "the two countries" takes the count as known: nothing to compare
                out.append(SlotCheck("amount", "uncovered", sq.describe(), sq.noun or "figure", (sq.start, sq.end), 0.0, bool(sq.detail)))
            continue
        s_ctx = _context(statement, sq.start, sq.end)
        scored = []
        for cq in candidates:
            align = _soft_share(s_ctx, _context(claim, cq.start, cq.end)) if cq.start >= 0 else 0.5
            if sq.noun and cq.noun and english.lemma(sq.noun) == english.lemma(cq.noun):
                align += 0.5  # the same noun counted beats a noun of the same kind
            scored.append((min(align, 1.0), quantity_parser.relation(sq, cq), cq))
        scored.sort(key=lambda x: -x[0])
        best_align, best_rel, _ = chosen = scored[0]
        if best_rel != "supports":
            # a figure the claim gives in nearly the same words still counts (several amounts in one claim)
            chosen = next(((a, r, q) for a, r, q in scored[1:] if r == "supports" and a >= best_align - 0.2), chosen)
        align, rel, cq = chosen
        if rel == "conflicts" and _owners_differ(statement, sq, claim, cq, places):
            rel = "related"  # "Harton won with 96 points" says nothing of Redmoor's 88 points
        if rel == "conflicts" and align < MIN_VALUE_ALIGNMENT:
            rel = "related" if sq.definite else "uncovered"  # a figure about something else: nothing to compare
        out.append(SlotCheck("amount", rel, sq.describe(), cq.describe(), (sq.start, sq.end), align, bool(sq.detail),
                             said=sq, claimed=cq))
    return out


# ---------------------------------------------------------------- dates


def dates(statement, claim) -> list:
    out = []
    claim_dates = claim.calendar_dates
    for sd in statement.calendar_dates:
        if not claim_dates:
            out.append(SlotCheck("date", "uncovered", sd.describe(), "date", (sd.start, sd.end), 0.0))
            continue
        same_kind = [cd for cd in claim_dates if sd.relation and cd.relation == sd.relation]
        s_ctx = _context(statement, sd.start, sd.end)
        scored = []
        for cd in same_kind or claim_dates:
            align = _soft_share(s_ctx, _context(claim, cd.start, cd.end)) if cd.start >= 0 else 0.5
            scored.append((date_parser.relation(sd, cd), align, cd))
        rank = {"supports": 0, "related": 1, "conflicts": 2}
        # the best-aligned date decides; a date that agrees and is nearly as well aligned wins
        scored.sort(key=lambda x: -x[1])
        top_align = scored[0][1]
        near = [s for s in scored if s[1] >= top_align - 0.2]
        rel, align, cd = min(near, key=lambda x: rank[x[0]])
        out.append(SlotCheck("date", rel, sd.describe(), cd.describe(), (sd.start, sd.end), align, said=sd, claimed=cd))
    return out


# ---------------------------------------------------------------- polarity, opposites, frames, modality


def _same_predicate(a: str, b: str) -> bool:
    return a == b or word_similarity(a, b) >= SAME_PREDICATE


def polarity(statement, claim) -> list:
    """The statement says it happened and the claim that it did not, or the other way round."""
    out = []
    claim_affirmed = claim.affirmed
    for lemma in sorted(statement.affirmed):
        hit = next((n for n in claim.negated if _same_predicate(lemma, n)), None)
        if hit and not any(_same_predicate(n, lemma) for n in statement.negated):
            i = statement.content.get(lemma)
            span = (statement.tokens[i].start, statement.tokens[i].end) if i is not None and i >= 0 else ()
            out.append(SlotCheck("polarity", "conflicts", _surface(statement, lemma), f"not {_surface(claim, hit)}", span))
    for lemma in sorted(statement.negated):
        hit = next((a for a in claim_affirmed if _same_predicate(lemma, a)), None)
        if hit and not any(_same_predicate(hit, n) for n in claim.negated):
            i = statement.content.get(lemma)
            span = (statement.tokens[i].start, statement.tokens[i].end) if i is not None and i >= 0 else ()
            out.append(SlotCheck("polarity", "conflicts", f"not {_surface(statement, lemma)}", _surface(claim, hit), span))
    return out


def opposites(statement, claim) -> list:
    """A word where the claim has its antonym ("rose" / "fell", "domestic" / "foreign"). A text that
    holds both words ("public and private") contrasts them: only the same phrase decides there."""
    out = []
    claim_words = {}
    for j, tok in enumerate(claim.tokens):
        if tok.is_content:
            for reading in english.lemmas(tok.lower) if tok.lower.isalpha() else (tok.lemma,):
                claim_words.setdefault(reading, j)
    statement_words = {r for t in statement.tokens if t.is_content and t.lower.isalpha() for r in english.lemmas(t.lower)}
    for i, tok in enumerate(statement.tokens):
        if not tok.is_content or not tok.lower.isalpha():
            continue
        hit = None
        for reading in english.lemmas(tok.lower):
            for opposite in _opposite_words(reading):
                j = claim_words.get(opposite)
                if j is None or opposite in statement_words:
                    continue
                if reading in claim_words and not (_following(statement, i) & _following(claim, j)):
                    continue  # the claim uses both words; only the same phrase ("X technologies") decides
                if (reading in statement.negated) != (opposite in claim.negated):
                    continue  # "did not rise" against "fell" is no contradiction
                hit = j
                break
            if hit is not None:
                break
        if hit is not None:
            out.append(SlotCheck("opposite", "conflicts", tok.text, claim.tokens[hit].text, (tok.start, tok.end)))
    return out[:1]


def _opposite_words(lemma: str) -> set:
    """Antonyms, and the synonyms of antonyms ("unstable": "stable", and "steady" beside it)."""
    out = set()
    for opposite in english.antonyms(lemma):
        out.add(opposite)
        out.update(w for w, strength in english.near(opposite).items() if strength >= english.SYNONYM)
    return out - {lemma}


def _following(analysis, index: int) -> set:
    return {t.lemma for t in analysis.tokens[index + 1 : index + 4] if t.is_content}


def _surface(analysis, lemma: str) -> str:
    """The word as the text wrote it, for messages (lemmas are for matching)."""
    i = analysis.content.get(lemma, -1)
    return analysis.tokens[i].text.lower() if i is not None and i >= 0 else lemma


def frame(statement, claim) -> list:
    """A claim about what held *before* an event says nothing of now; opposite frames are different times."""
    for kind, event in claim.frames:
        opposite = "after" if kind == "before" else "before"
        if (opposite, event) in statement.frames or (opposite, "*") in statement.frames or (
            event == "*" and any(k == opposite for k, _ in statement.frames)
        ):
            what = "some change" if event == "*" else f"'{event}'"
            return [SlotCheck("frame", "conflicts", opposite, f"the statement is about {opposite} {what}, the claim about {kind} it")]
        if kind == "before" and (kind, event) not in statement.frames and (kind, "*") not in statement.frames:
            what = "some change" if event == "*" else f"'{event}'"
            return [SlotCheck("frame", "related", "", f"the claim holds only before {what}")]
    return []


_MODALITY_WORDS = {"fact": "happened", "future": "will happen", "possible": "may happen",
                   "counterfactual": "would have happened", "opinion": "ought to be"}


def modality(statement, claim, claim_kind=None, restated=False) -> list:
    """A claim that something may, will or would have happened does not make it a fact; a forecast
    or an opinion never supports a statement of fact. ``restated``: the statement says what the
    claim says, word for word nearly, so it carries the claim's own modality."""
    claim_modality = claim.modality
    if claim_kind == "forecast" and claim_modality == "fact":
        claim_modality = "future"
    if claim_kind == "opinion" and claim_modality == "fact":
        claim_modality = "opinion"
    if restated or claim_modality == statement.modality:
        return []
    if claim_modality == "future" and statement.modality == "fact" and statement.present:
        return []  # "the consultation ends in February": the present of a scheduled event
    if claim_modality == "fact" and statement.modality in ("future", "possible", "opinion"):
        return []  # "may", "will" and "should" assert less than what the claim says happened
    return [SlotCheck("modality", "related", _MODALITY_WORDS[statement.modality], _MODALITY_WORDS[claim_modality])]


# ---------------------------------------------------------------- actors, places, sources


def actors(statement, claim, places=frozenset()) -> list:
    """Who did it: the statement's agent of a predicate against the claim's agent of the same one."""
    out = []
    for predicate, mention in statement.agents.items():
        other = claim.agents.get(predicate)
        if other is None:
            other = next((m for p, m in claim.agents.items() if _same_predicate(predicate, p)), None)
        if other is None or other.name == mention.name or same_name(mention.name, other.name, places):
            continue
        if mention.name in claim.names or any(same_name(mention.name, n, places) for n in claim.names):
            continue  # the claim names it too, in another role
        if (mention.type == "place") != (other.type == "place"):
            continue  # "the US added" and "the Trump administration added": a country acts through others
        out.append(SlotCheck("actor", "conflicts", f"{mention.name} did '{predicate}'", other.name,
                             (mention.start, mention.end), name=mention.name))
    return out


SWAP_CONTEXT = 0.5  # the two names must stand among words this alike to fill the same role


def swapped_names(statement, claim, places=frozenset(), types=None) -> list:
    """A name where the claim has another in the same role: "Ireland are the champions" against
    "the champions are Wales", "the largest American manufacturer" against "the largest Chinese
    manufacturer". The role is read from the words around each name; names of known different
    types (a person and a place) never swap."""
    types = types or {}
    claim_names = claim.names | claim.voices
    unmatched_claim = [m for m in claim.mentions if m.name not in statement.names
                       and not any(same_name(m.name, n, places) for n in statement.names)]
    if not unmatched_claim:
        return []
    out = []
    for m in statement.mentions:
        if m.name in claim_names or any(same_name(m.name, n, places) for n in claim_names):
            continue
        s_ctx = _name_context(statement, m)
        if not s_ctx:
            continue
        best, best_share = None, SWAP_CONTEXT
        for other in unmatched_claim:
            a, b = types.get(m.name, m.type), types.get(other.name, other.type)
            if a and b and a != b:
                continue
            share = _soft_share(s_ctx, _name_context(claim, other))
            if share >= best_share:
                best, best_share = other, share
        if best is not None:
            slot = "place" if (m.type == "place" or best.type == "place") else "name"
            out.append(SlotCheck(slot, "conflicts", f"{m.name} ({statement.text[m.start:m.end]})", best.name,
                                 (m.start, m.end), best_share, name=m.name, role=_role(statement, m)))
    return out


def _role(analysis, mention) -> str:
    """subject: the first name, standing before any verb (what the sentence is about); agent: after
    "by"; other: anywhere else."""
    toks = analysis.tokens
    if mention.first > 0 and toks[mention.first - 1].lower == "by":
        return "agent"
    if analysis.mentions and analysis.mentions[0] is mention:
        return "subject"
    return "other"


def _name_context(analysis, mention, window: int = 4) -> set:
    """Content lemmas within a few words of a name: the role it plays."""
    toks = analysis.tokens
    lo, hi = max(0, mention.first - window), min(len(toks), mention.last + 1 + window)
    return {toks[i].lemma for i in range(lo, hi) if (i < mention.first or i > mention.last) and toks[i].is_content}


def _next_content(analysis, index: int) -> str:
    for tok in analysis.tokens[index + 1 : index + 3]:
        if tok.is_content:
            return tok.lemma
    return ""


def places(statement, claim) -> list:
    """Where: the places after in/at in the statement against the claim's."""
    if not statement.locations or not claim.locations:
        return []
    if any(m.name in claim.names for m in statement.locations):
        return []
    said = ", ".join(m.name for m in statement.locations)
    claimed = ", ".join(m.name for m in claim.locations)
    first = statement.locations[0]
    return [SlotCheck("place", "conflicts", f"in {said}", f"in {claimed}", (first.start, first.end), name=first.name)]


def sources(statement, claim, places=frozenset()) -> list:
    """Who says it: a statement crediting a report, figure or quote to someone the claim does not."""
    speakers = [m for m in statement.mentions if statement.speech_at is not None and m.last < statement.speech_at]
    voices = claim.voices | {m.name for m in claim.mentions if claim.speech_at is not None and m.last < claim.speech_at}
    if not speakers or not voices:
        return []
    out = []
    for m in speakers:
        if m.name in claim.names or any(same_name(m.name, v, places) for v in voices | claim.names):
            return []
    first = speakers[0]
    out.append(SlotCheck("source", "conflicts", first.name, ", ".join(sorted(voices)), (first.start, first.end), name=first.name))
    return out
