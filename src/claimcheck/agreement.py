"""Agreement, slot by slot: do a statement and a claim give the same amounts, dates, actors,
places, polarity, time frame and modality?

Each check returns SlotChecks: which slot, how the two relate (supports, conflicts, related:
overlapping but not settled, uncovered: the claim gives nothing to compare), both values as
written, and where the statement's value stands. Whether the two texts are about the same
matter at all is decided elsewhere (decide.py); these functions only compare.
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from .align import (ALIGNED, FAMILY, FOUNDING_WORDS, HOLDING, HOLDING_REACH, MORE_OR_LESS, LIFE_WORDS, SERVING, SYNONYM, after_be, amount_source, gives, lead_end, same_side_of_a_transfer, topic_title,
                    life_brackets, life_owners_named, life_word, name_within, named_as_birthplace, object_head, says_who_speaks,
                    same_transfer, served_by_a_role, told_conversely, comparative, compared_with_another, converse_in, reversed_comparison, undergone_events, word_similarity)
from .lazyre import lazy
from .text import dates as date_parser
from .text import english, lifespan, timeline
from .text import quantities as quantity_parser
from .analysis import (CHOOSING, COUNTED_ON_WORDS, COUNTERFACTUAL, FACT, FUTURE, IN_QUOTE, INTENT_WORDS, NEGATIVE_IMPLICATIVES, OBJECT_CONTROL, OPINION, POSSIBLE, REPORTING, SCHEDULED, SEAT_WORDS, STOPPED, STOPPING,
                       SAYING_IN_A_MANNER, UNVOUCHED_NOUNS, VOICING, adds_a_thing, bare_object_after, counted_on, dates_an_event,
                       denied_object_verb, denied_subject_verb, denied_within, in_open_condition, rejected_as_alternative, rejects_a_saying, description_before, modality_at, modality_markers, raising_verb, requested, set_off_spans, that_clause_head,
                       tells_before_a_change, voice_of)
from .claimbase import parse_iso
from .arithmetic import (LEVEL_NOUNS, MOST_ENDINGS, Derived, amounts_of_each, PART_OPENING, READINGS_COMPARED, after_from as _after_from, comparative as _comparative, change, change_way, derived, distributive, earlier_levels, of_change, per_head, reading_joiner, verb_before_its_object,
                         earlier_reading, more_than_after, one_measure, over_a_level, persons_listed, same_length, total)
from .model import POINTS, PROPORTION, DateRef, Quantity, format_number
from .opposites import STATE_COPULAS, ASSENT, CONTEST, GOING_AHEAD_OR_OFF, RECEPTION, WINNING, EXCLUSION, INCLUSION, OUTCOMES, REFUSAL, contrary_in, opposed_acts, opposite_words, state_ended, steady_use, denied_change_marked
from .directions import (CHANGE_WORDS, CUT, DIRECTED, DOWNWARD, LESS, MORE, STEADY, UPWARD, comparatives_over_time, direction_marks, figure_way,
                         figures_direction, way_of, ways_told)
from .complements import a_whole_with_a_part, clauses_opposed, parts_of_one_whole, told_of_all, told_of_the_rest, whole_of
from .membership import member_denied, member_denied_as_listed
from .restated import denied_as_told
from .text.clauses import opens_on_a_verb, span_between, split as split_clauses
from .text.fronting import fronted_phrase_end
from .text.entities import same_name
from .text.kinds import PERSON_NOUNS, PLACE_NOUNS
from .text.measures import QUALIFIERS as ACCOUNTS_QUALIFIERS, accounts_measures_differ, is_a_result, is_accounts_measure
from .text.lexicon import (AUXILIARIES, BE_FORMS as _BE_FORMS, DETERMINERS, SAME_PARTICIPLE, LIGHT_VERBS, MEASURE_UNITS, MONTHS, NEGATORS, NUMBER_WORDS, ORDINALS,
                           PERIOD_WORDS, PREVERBAL_ADVERBS, SCALE_WORDS, STOPWORDS, WEAK_WORDS, WEEKDAYS)
from .text.tokens import HAVE, POSSESSIVE_ENDINGS, before_name, is_possessive, possessive_at

CONTEXT_WINDOW = 6
MIN_VALUE_ALIGNMENT = 0.25  # below this the two figures are about different things
ALIGNED_WORD = 0.5  # a word this like another says it
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
    change: bool = False  # an amount: a change worked out from two claims' readings of one measure
    described: frozenset = frozenset()  # for a swapped name: the lemmas of the description set beside it
    word: str = ""  # for an opposite: the statement's word (its lemma) the claim tells the opposite of

    def describe(self) -> str:
        """The check in words, for reasons."""
        if self.slot in ("amount", "date"):
            if self.relation == "uncovered" and self.claim_value.startswith("not before "):
                return f"the claim gives only the earliest time ({self.claim_value}), not {self.statement_value}"
            if self.relation == "uncovered" and self.claimed is not None:  # it has a value, of something else
                return f"the claim gives nothing to compare with {self.statement_value} (its {self.claim_value} is another {'date' if self.slot == 'date' else 'figure'})"
            if self.relation == "uncovered":
                return f"the claim gives no {self.claim_value or 'figure'} to compare with {self.statement_value}"
            return f"statement: {self.statement_value}; claim: {self.claim_value}"
        if self.slot == "polarity":
            return f"polarity: the statement says '{self.statement_value}', the claim says '{self.claim_value}'"
        if self.slot == "opposite" and self.relation == "uncovered" and self.claim_value.startswith("both "):
            return f"the claim tells of {self.claim_value}, and not which is the statement's '{self.statement_value}'"
        if self.slot == "opposite" and self.relation == "uncovered" and self.claim_value == OUTCOME_UNTOLD:
            return f"the claim does not say who won: the statement says '{self.statement_value}'"
        if self.slot == "frame":
            return self.claim_value
        if self.slot == "modality" and self.relation == "conflicts":
            return f"the speaker said it {self.claim_value}; the statement says they said it {self.statement_value}"
        if self.slot == "modality":
            return f"the claim only says it {self.claim_value}; the statement says it {self.statement_value}"
        if self.slot == "actor":
            return f"statement: {self.statement_value}; claim: {self.claim_value}"
        if self.slot == "source":
            return f"statement credits {self.statement_value}; the claim is {self.claim_value}'s"
        return f"statement: {self.statement_value}; claim: {self.claim_value}"


# ---------------------------------------------------------------- memos


READ_MEMO = 4096  # readings kept per memo (as many as the checker keeps claim analyses): a statement is read
# against many claims, a claim against many statements
_MISSING = object()


def _per_analysis(function):
    """A pure function of an Analysis (and hashable arguments), memoised: the same statement is read
    against many claims, the same claim against many statements. Keyed by the analysis object, which
    no one changes once it is made; at most READ_MEMO results are kept (callers must not change them)."""
    memo = {}

    @functools.wraps(function)
    def memoised(analysis, *args):
        key = (analysis, *args)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            if len(memo) >= READ_MEMO:
                memo.clear()
            found = memo[key] = function(analysis, *args)
        return found

    return memoised


# ---------------------------------------------------------------- context of a value


@_per_analysis
def _context(analysis, start: int, end: int) -> set:
    """Content lemmas and names near a span: what an amount or a date is about (with the article's
    names, for a claim that refers back to them: "It employs 2,794 people")."""
    topic = analysis.topic
    analysis, moved = analysis.where(start)
    start, end = moved, end - (start - moved)
    toks = analysis.tokens
    idx = [i for i, t in enumerate(toks) if start <= t.start < end]
    if not idx:
        return set()
    # the window passes over a relative clause or an appositive set off by commas: "Shares in Arvena,
    # which are listed in Amsterdam, rose 4.1 per cent" tells of shares rising, not of a listing
    near = _kept_tokens(analysis, start)
    at = near.index(idx[0])
    last = near.index(idx[-1]) if idx[-1] in near else at
    window = set(_reach(analysis, near, at, -1)) | set(near[at:last + 1]) | set(_reach(analysis, near, last, 1))
    names = [m for m in analysis.mentions if not window.isdisjoint(range(m.first, m.last + 1)) and not (start <= m.start < end)]
    named = {i for m in names for i in range(m.first, m.last + 1)}  # a name counts once, not once a word
    words = {toks[i].lemma for i in window if (i < idx[0] or i > idx[-1]) and toks[i].is_content and i not in named}
    return words | {m.name for m in names} | topic


def _reach(analysis, near, at, step) -> list:
    """The kept tokens beside position ``at`` of ``near``, going ``step`` way, up to CONTEXT_WINDOW
    words, where a name is one word however many tokens it has ("attendance at Hallam Road School
    had fallen to 86 per cent": attendance is six words from the figure, not eight)."""
    named = _name_of_token(analysis)
    toks = analysis.tokens
    out, counted, k = [], 0, at + step
    while 0 <= k < len(near) and counted < CONTEXT_WINDOW:
        i = near[k]
        if _opens_a_clause(toks, i) or (step > 0 and _joins_a_clause_with_its_verb(analysis, i)):
            break  # "revenue was £1.84bn in 2024 and its pre-tax profit £96m": the profit is the other clause's
        out.append(i)
        if not (i in named and named[i] == named.get(i + step)):
            counted += 1  # a name's last token going this way counts it once
        k += step
    return out


# words that join two clauses: a figure's words are those of its own ("while", "whereas", "but"; "and"
# before a new subject's determiner or pronoun: "and its profit", "and the number of ...")
_CLAUSE_JOINS = frozenset(["while", "whereas", "but"])
_NEW_SUBJECT = DETERMINERS | frozenset("its their his her it they he she".split())


_CLAUSE_SUBJECT_REACH = 8  # tokens from "and" to the verb of the clause it opens: "and in the overseas market the film grossed"


def _joins_a_clause_with_its_verb(analysis, i: int) -> bool:
    """Does token i, "and", open a clause with a subject and a verb of its own ("117.18 crore and in the
    overseas market the movie grossed 24.11 crore"), not a second verb of the same subject ("and fell")
    nor a second figure ("and 6 per cent")?"""
    toks = analysis.tokens
    if toks[i].lower != "and" or i + 1 >= len(toks) or analysis.verbal(i + 1):
        return False
    for k in range(i + 2, min(len(toks), i + 1 + _CLAUSE_SUBJECT_REACH)):
        if toks[k].is_number or not any(ch.isalnum() for ch in toks[k].text):
            return False
        if analysis.verbal(k):
            return toks[k - 1].is_content
    return False


def _opens_a_clause(toks, i: int) -> bool:
    """Does token i join another clause to the one before it (see _CLAUSE_JOINS)?"""
    low = toks[i].lower
    return low in _CLAUSE_JOINS or (low == "and" and i + 1 < len(toks) and toks[i + 1].lower in _NEW_SUBJECT)


@_per_analysis
def _name_of_token(analysis) -> dict:
    """Token index -> the index of the name mention it is part of."""
    return {i: n for n, m in enumerate(analysis.mentions) for i in range(m.first, m.last + 1)}


@_per_analysis
def _kept_tokens(analysis, start: int) -> tuple:
    """The indexes of the tokens outside what the text sets off (brackets, relative clauses and
    appositives between commas), but for the part that holds the offset ``start`` itself."""
    toks = analysis.tokens
    aside = [(s, e) for s, e in set_off_spans(analysis.text) if not s <= start < e]
    return tuple(i for i in range(len(toks)) if not any(s <= toks[i].start < e for s, e in aside))


def _soft_share(a: set, b: set, heads: frozenset = frozenset()) -> float:
    """Share of the words of ``a`` that ``b`` says, in the same or other words (0.5 when ``a`` is empty);
    ``heads``: the head nouns of names that say them ("the orchestra" of "Brightholm Symphony Orchestra"),
    where a name of ``b`` has one of them (see _unambiguous_heads)."""
    if not a:
        return 0.5
    said = 0.0
    heads = heads & _name_heads(b) if heads else heads
    for word in a:
        if word in b or word in heads:
            said += 1.0
            continue
        said += max((word_similarity(word, other) for other in b), default=0.0)
    return said / len(a)


@_per_analysis
def _unambiguous_heads(analysis) -> frozenset:
    """The head nouns of the text's names that head one of them only ("council" of "Kelby Borough Council",
    where no other council is named): "the council" can mean that one name only."""
    heads = [name.rsplit(" ", 1)[-1].lower() for name in analysis.names | analysis.topic if " " in name and name[:1].isupper()]
    return frozenset(head for head in heads if heads.count(head) == 1)


def _name_heads(words: set) -> frozenset:
    """The head nouns of the names among a context's words, in lower case ("Kelby Borough Council": council)."""
    return frozenset(word.rsplit(" ", 1)[-1].lower() for word in words if " " in word and word[:1].isupper())


# ---------------------------------------------------------------- amounts


@_per_analysis
def _located(analysis, mention) -> str:
    """The thing a place is given for: the content word just before "in"/"at" ("a plant in Leeds")."""
    after = mention.last + 1
    if after < len(analysis.tokens) and analysis.tokens[after].lower == "based" \
            and analysis.text[analysis.tokens[mention.last].end:analysis.tokens[after].start] == "-":
        return "base"  # "the Fennick-based co-operative": where it has its seat
    k = mention.first - 2
    if k < 0 or analysis.tokens[mention.first - 1].lower not in ("in", "at", "near", "outside"):
        return ""
    for j in range(k, max(-1, k - 3), -1):
        tok = analysis.tokens[j]
        if tok.lemma in SEAT_WORDS:
            return _seat_as_base(tok.lemma)
        if tok.is_content and not tok.is_cap:
            return tok.lemma
        if tok.is_cap:
            return ""
    return ""


_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they"])
_REPORTED_THAT_RE = lazy(r"\b(?:found|finds|find|said|says|say|reported|reports|showed|shows|show|revealed|reveals|"
                         r"stated|states|announced|announces|confirmed|confirms|estimated|estimates|concluded|"
                         r"predicted|predicts|forecast|forecasts|warned|warns|argued|argues|claimed|claims|insisted|insists|"
                         r"stressed|stresses|noted|notes|added|adds|told\s+\w+) that ")
_SAID_OF_ITSELF_RE = lazy(r"\s+(?:said|says|announced|confirmed|added|stated)(?:\s+that)?\s+(?:it|they)\b", re.I)
_LOCATIVES = frozenset(["in", "at", "near", "outside", "inside", "across", "throughout"])
_PREPOSITIONS = _LOCATIVES | frozenset("by under with for of from to over against after before behind".split())


def _after_locative(toks, mention) -> bool:
    """Does the name follow "in", "at" or the like, as where something is ("a recount in Hollins ward")?"""
    return mention.first > 0 and toks[mention.first - 1].lower in _LOCATIVES


def _object_of_preposition(analysis, mention) -> bool:
    """Does a preposition stand among the three words before the name, past any name before it ("under
    chief executive Nadia Farouk", "run by the Eastvale Trust")?"""
    since = max((m.last + 1 for m in analysis.mentions if m.last < mention.first), default=0)
    return any(t.lower in _PREPOSITIONS for t in analysis.tokens[max(since, mention.first - 3):mention.first])


# the name before an infinitive is its subject after a verb of OBJECT_CONTROL ("ordered the trust to pay",
# "called on Field to freeze", "expects Line 3 to carry") and after "from" of a bid or a request ("a
# proposal from Tideline to lease"); not after a purpose ("closed a pool to save £0.5m": the council saves it)
_CONTROL_REACH = 6  # tokens from such a verb to the "to" of its infinitive ("called on Robin Field to")
_INFINITIVE_AFTER_RE = lazy(r" to (?!be\b|the\b|a\b|an\b)[a-z]+\b")  # "Field to freeze", not "to the board"


@_per_analysis
def _named_in_apposition(analysis, clause_start: int, start: int) -> str:
    """The name set off after a clause's opening possessive phrase, before its verb and the figure
    ("Penmarrow Ferries' oldest ship, the 34-year-old Sennack Star, was out of service for 47 days",
    "Harwick Council's chief executive, Dana Pryce, earned £184,000"): the appositive names the
    phrase's head, the subject, whose figure it is; the possessive names its owner (Quirk et al.
    1985, 17.65: apposition). "" where the clause does not open so."""
    text, toks = analysis.text, analysis.tokens
    first = next((m for m in analysis.mentions if clause_start <= m.start < start), None)
    if first is None or not (is_possessive(toks[first.last]) or text[first.end:first.end + 1] in ("'", "\u2019")):
        return ""
    a = text.find(", ", first.end, start)
    b = text.find(",", a + 2, start) if a >= 0 else -1
    if b < 0:
        return ""
    head = []
    for k in range(first.last + 1, len(toks)):
        if toks[k].end > a:
            break
        head.append(k)
    if not 0 < len(head) <= 4 or any(analysis.verbal(k) or toks[k].lower in _BE_FORMS for k in head[:-1]) \
            or toks[head[-1]].lower in _BE_FORMS:
        return ""  # the possessive's own noun phrase runs up to the comma ("'s oldest ship", "'s chief
        # executive"), its last word its head noun, whatever verb it might also be ("ship", "head")
    inner = [m for m in analysis.mentions if a < m.start and m.end <= b]
    after = next((k for k, t in enumerate(toks) if t.start > b), None)
    if not inner or text[inner[-1].end:b].strip() or len(text[a:b].split()) > 6 or after is None \
            or not (toks[after].lower in _BE_FORMS or toks[after].lower in _BEFORE_A_VERB or analysis.verbal(after)) \
            or any(b < m.start < start for m in analysis.mentions):
        return ""  # the set-off name is followed by the clause's verb (not a list: "X's ships, the Kestrel, the
        # Merlin"), and no other name comes before the figure ("X's solicitor, Ian Pendle, said X had spent ...")
    return inner[-1].name


def _joined_clause(analysis, lo: int, start: int) -> int:
    """Where a clause joined by a bare "and" opens, when it has a name and a verb of its own and the
    clause before it a verb ("Thrushby High has 910 pupils and Kellingford School has 640": the 640 is
    Kellingford's; not "Harlow and Kelby have 900 pupils", one subject of two names), or by a comma
    ("Harton has 60 buses, Dunmore has 40": the 40 is Dunmore's; not "Harton, Dunmore's neighbour, has"),
    else -1."""
    text, toks = analysis.text, analysis.tokens
    for joiner in (" and ", ", ", ", while ", ", whereas ", ", but "):
        at = text.rfind(joiner, max(lo, 0), start)
        if at < 0:
            continue
        opening = at + len(joiner)
        opening += 4 if text.startswith("the ", opening) else 0
        named = next((m for m in analysis.mentions if m.start == opening and m.end < start), None)
        if named is None or not analysis.verbal(named.last + 1):
            continue
        if any(analysis.verbal(i) for i, t in enumerate(toks) if max(lo, 0) <= t.start < at):
            return at
    return -1


_IN_BRACKETS_AFTER_RE = lazy(r"\s*\(\s*")
_COORDINATED_RE = lazy(r",? (?:and|or) (?:some |about |around |nearly |almost |over |more than )?")


def _after_a_source_preposition(toks, mention) -> bool:
    """Does the name follow "as per" or "according to" (past "the")?"""
    k = mention.first - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    return k >= 1 and (toks[k - 1].lower, toks[k].lower) in (("as", "per"), ("according", "to"))


def _marked_owner(analysis, start: int) -> str:
    """The name a figure is marked as the figure of, by a possessive right before it ("Harton's 96
    points") or by brackets right after the name ("Harton United (6 titles)"); else ""."""
    return _marked_in(*analysis.where(start))


def _marked_in(part, at: int) -> str:
    """_marked_owner of the figure at ``at`` of the text that holds it."""
    text, toks = part.text, part.tokens
    for m in part.mentions:
        if m.end <= at and (not text[m.end:at].strip() and is_possessive(toks[m.last])
                            or _IN_BRACKETS_AFTER_RE.fullmatch(text, m.end, at)):
            return m.name
    return ""


_GAPPED_BEFORE_RE = lazy(r"(?:,|\band)\s+(?:the\s+)?$")


@_per_analysis
def _owner(analysis, start: int, relative: bool = True) -> str:
    """Whose figure an amount is: a name in the possessive just before it ("to Martin Howe's
    35,870"), else the first name of its clause before it ("Harton United won League One with 96
    points" -> Harton United); "" when no name stands there."""
    if start < 0:
        return ""
    figure = next((q for q in analysis.quantities if q.start == start), None)
    source = amount_source(analysis, figure) if figure is not None else ""
    if source in analysis.names:  # "£3m (comes) from Kenmarsh County Council": where an amount comes from is whose it is
        return source
    analysis, start = analysis.where(start)
    text, toks = analysis.text, analysis.tokens
    if any(m.end <= start and _COORDINATED_RE.fullmatch(text, m.end, start) for m in analysis.mentions):
        # "farms in Wethermoor and three neighbouring counties", "Huawei and 87 other companies": a count
        # joined to a name counts things of the name's kind, with it or beside it; it is no one's figure
        return ""
    clause_start = max(text.rfind(mark, 0, start) for mark in (";", ". ", ", and ", ", but ", ", while "))
    # (a relative clause of place or time has a subject of its own, while it runs to its comma: "gained Brindlecote
    # ward, where Yasmin Dellafield won by 17 votes"; not "Moorgate School, where he is deputy head, is in Carrowby")
    where_when = max(text.rfind(mark, 0, start) for mark in (", where ", ", when "))
    if where_when > clause_start and "," not in text[where_when + 1:start]:
        clause_start = where_when
    shared_subject = text.startswith((", and ", ", but "), clause_start) and opens_on_a_verb(text[clause_start + len(", and "):])
    vp_subject = None
    if shared_subject:
        # ", and will return to a part-built Quarry Lane with a capacity of 14,500", "said ... and puts the
        # loss at £31 million": a verb phrase of the clause before, told of that clause's subject (its
        # speaker too), where a name opens that clause
        clause_start = max(text.rfind(mark, 0, clause_start) for mark in (";", ". "))
        opening = max(clause_start + 2, 0) if clause_start >= 0 else 0
        opening += 4 if text.startswith(("the ", "The "), opening) else 0
        vp_subject = next((m for m in analysis.mentions if m.start == opening and m.end < start
                           and m.last + 1 < len(toks) and analysis.verbal(m.last + 1)), None)  # (the whole subject, not
        # "English" of "The English release received ...")
    fronted = fronted_phrase_end(text)
    if fronted and start >= fronted:  # "On review aggregator Rotten Tomatoes, the series holds 100%": not Rotten Tomatoes's
        clause_start = max(clause_start, fronted)
    clause_start = max(clause_start, _joined_clause(analysis, clause_start, start))
    # "The board's report found that complaints at Kestleby Airport rose ...": what a report or a speaker
    # found or said is told in the clause after "that", whose figures are not the reporter's
    told = _REPORTED_THAT_RE.search(text, max(clause_start, 0), start) if not shared_subject else None
    while told is not None:
        clause_start = max(clause_start, told.end() - 1)
        told = _REPORTED_THAT_RE.search(text, told.end(), start)
    marked = _marked_in(analysis, start)  # "to Martin Howe's 35,870", "Bayern Munich (26 titles), Dortmund (5)"
    if marked:
        return marked
    # "Cauldmoor Council paid £7.5m and the Northmarch Combined Authority £12m": a clause whose verb is left out
    # (gapping), a name and its figure side by side after "and" or a comma: the figure is the name's
    gapped = next((m for m in analysis.mentions if m.end < start and text[m.end:start].strip() == ""
                   and _GAPPED_BEFORE_RE.search(text, 0, m.start)), None)
    # (not where the first figure has a name of its own right before it: "paid Acme Builders £4 million and the
    # Felby Trust £1.5 million" tells two payees, the payer the subject)
    first = max((q for q in analysis.quantities if gapped is not None and q.end <= gapped.start), key=lambda q: q.start, default=None)
    if gapped is not None and not (first is not None and any(m.end <= first.start and text[m.end:first.start].strip() == ""
                                                             for m in analysis.mentions)):
        return gapped.name
    speaking = {m.start for m in analysis.speakers}
    # "Tarn Council said it had set aside £250,000": a speaker that says what "it" did tells of itself
    # (a report with a pronoun for subject is most often about its speaker), the figure in that clause its own
    for m in analysis.speakers:
        if m.end <= start and _SAID_OF_ITSELF_RE.match(text, m.end) and not any(
                m.end < o.start < start for o in analysis.mentions if not _after_locative(toks, o)) \
                and not any(mark in text[m.end:start] for mark in (". ", ";")):
            return m.name
    # "..., which Dunmore Council expects to cut by 40 minutes": the name that opens an object
    # relative clause is its subject, and the figure the council's (while the clause runs, to its comma)
    which = text.rfind(", which ", max(clause_start, 0), start) if relative else -1
    if which > clause_start and "," not in text[which + 1:start]:
        opening = which + len(", which ")
        opening += 4 if text.startswith("the ", opening) else 0
        subject = next((m for m in analysis.mentions if m.start == opening and m.end < start), None)
        if subject is not None and subject.start not in speaking:
            return subject.name
        # "the Ebbsmoor Learning Trust, which runs nine schools": a clause that opens with its verb
        # has the name before its comma for subject
        # (not a place after "in": "Ebbsmoor University in Wexley, which announced ...")
        antecedent = next((m for m in analysis.mentions if m.end == which), None)
        if subject is None and antecedent is not None and antecedent.start not in speaking \
                and not any(m.start == opening for m in analysis.mentions) and not _after_locative(toks, antecedent):
            return antecedent.name
        # (and after an appositive, the name it describes: "Harwick Capital, an investment firm based in
        # Orrington, which put a further £15 million into the airline")
        head = next((h for s, _, h in _relative_clauses(analysis) if s == which + len(", which ")), -1)
        described = next((m for m in analysis.mentions if m.start == head), None)
        if subject is None and described is not None and described is not antecedent and described.start not in speaking \
                and not any(m.start == opening for m in analysis.mentions) and not _after_locative(toks, described):
            return described.name
    # "Labour's Priya Sandhu": a possessive name before another name is the second's party or employer
    # (and a name worn as a false title right before another, "Liberal Democrat Yasmin Dellafield won by 14 votes":
    # the party describes the one named, whose the figure is)
    affiliations = {a.start for a, b in zip(analysis.mentions, analysis.mentions[1:])
                    if (is_possessive(toks[a.last]) and text[a.end:b.start].strip() in ("",) + POSSESSIVE_ENDINGS)
                    or _role_between(text[a.end:b.start]) or (text[a.end:b.start] == " " and a.type != "place")}
    # "The Kessel-based Harwick Foods", "the company, based in Stuttgart,": a seat describes the
    # one it is the seat of, as a possessive would; it owns no figure
    affiliations |= {m.start for m in analysis.mentions if _located(analysis, m) == "base"}
    # "American rapper and singer Nicki Minaj", "English singer/songwriter Elton John": a nationality worn in a
    # title before a name (a false title) describes the one named; the figure is hers
    affiliations |= {m.start for m in analysis.mentions if _nationality_in_a_title(analysis, m)}
    # "a recount in Hollins ward confirmed that Sarah Lyons ...": a name after "in" or "at" says where,
    # not whose
    # (where there is a name after it: "Noise complaints at Dunmarsh Airport fell" are the airport's)
    # (and where that name is no object itself: "Profits at Tarn Energy under chief executive Nadia Farouk",
    # "Waiting times at Corran General, run by the Eastvale Trust", are Tarn Energy's and Corran General's)
    where = {m.start for m in analysis.mentions if _after_locative(toks, m)}
    # "Rotten Tomatoes gave the first season a 100% rating based on 22 reviews", "the panel awarded Kelby
    # Rovers 12 points": the giver of a rating, a score or a prize owns none of it; the one given it does
    affiliations = affiliations | {m.start for m in analysis.mentions if gives(analysis, m)}
    # "the domestic gross as per Bollywood Hungama is 117.18 crore": who tells a figure owns none of it
    affiliations = affiliations | {m.start for m in analysis.mentions if _after_a_source_preposition(toks, m)}
    # "Punctuality at Calder Bay Airport, which the Civil Aviation Authority criticised in 2023, rose to
    # 78 per cent": a name set off before the figure, in a relative clause or an appositive, owns none of it
    if ", " in text[max(clause_start, 0):start]:
        asides = [(a, b) for a, b in set_off_spans(text) if b <= start]
        affiliations = affiliations | {m.start for m in analysis.mentions if any(a <= m.start < b for a, b in asides)}
    # "called on Robin Field to freeze his salary of £298,000", "a proposal from Tideline Logistics to lease
    # a 12-hectare site": the name before an infinitive is its subject, and the figure in it that name's
    infinitive = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].end <= start and toks[k].start >= clause_start
                       and toks[k].lower == "to" and _INFINITIVE_AFTER_RE.match(text, toks[k - 1].end)), None)
    # (a numbered name's number ends it: "expects Line 3 to carry")
    object_end = infinitive - 2 if infinitive is not None and infinitive > 1 and toks[infinitive - 1].is_number \
        and toks[infinitive - 2].is_cap else (infinitive or 0) - 1
    if infinitive is not None and not analysis.verbal(object_end) and toks[object_end].is_content and any(
            t.lemma in OBJECT_CONTROL or t.lower == "from" for t in toks[max(0, infinitive - _CONTROL_REACH):object_end]):
        doer = next((m for m in analysis.mentions if m.last == object_end), None)
        # (an object that is no name, "ordered the trust to pay", leaves whose it is untold)
        return doer.name if doer is not None and doer.start not in speaking and not _after_locative(toks, doer) else ""
    if vp_subject is not None:
        return vp_subject.name
    apposed = _named_in_apposition(analysis, max(clause_start, 0), start)
    if apposed:
        return apposed
    then = next((m for m in analysis.mentions
                 if clause_start <= m.start < start and m.start not in speaking | affiliations | where), None)
    if then is None or _object_of_preposition(analysis, then):
        # (but a place set after an earlier figure of the clause is that figure's: "grossed $45 million in
        # North America and $21 million overseas for a worldwide total of $66 million")
        where = {at for at in where if any(max(clause_start, 0) <= q.start and q.end <= at for q in analysis.quantities
                                           if q.start < start)}
    for m in analysis.mentions:
        if clause_start <= m.start < start and m.start not in speaking and m.start not in affiliations | where:
            # (who says it is not whose it is) "After watching Nicklaus play, he was inspired ... at
            # 13": a pronoun after the name is the clause's subject, and who it is, the sentence does not say
            if any(t.lower in _SUBJECT_PRONOUNS and m.end <= t.start < start for t in analysis.tokens):
                return ""
            # ... and so is one that opens the clause before a name a preposition takes ("He finished
            # third, behind champion Esteban Ocon, winning 10 races": not Ocon's races)
            if _object_of_preposition(analysis, m) and not _RELATIVE_MARK_RE.search(text, m.end, start) and any(
                    t.lower in _SUBJECT_PRONOUNS and max(clause_start, 0) <= t.start < m.start for t in analysis.tokens):
                return analysis.title_name  # (a claim's pronoun most often tells of its article's topic; else, untold)
            return m.name
    if fronted and start < fronted and len(text[:start].split()) <= 2:
        # "With 28 of the 51 seats, Labour has a majority": a figure that opens a fronted phrase is
        # the main clause's subject's (not one the phrase gives a subject of its own: "With
        # unemployment at 9 per cent, the council ...")
        opening = fronted + (4 if text.startswith("the ", fronted) else 0)
        subject = next((m for m in analysis.mentions if m.start == opening), None)
        if subject is not None and subject.start not in speaking:
            return subject.name
    # "Pennock's sales fell by 2 per cent, and its pre-tax profit dropped to £0.9 million": a possessive
    # pronoun in a later clause tells of the name the sentence opens on, and the figure is that name's
    if clause_start > 0 and any(t.lower in ("its", "their") and clause_start <= t.start < start for t in toks):
        opening = 4 if text.startswith("The ") else 0
        subject = next((m for m in analysis.mentions if m.start == opening and m.start not in speaking), None)
        # (only where it is the one name before: "Kelso Brewery bought the Red Lion, and its turnover" may be either's)
        if subject is not None and not any(subject.start < m.start < clause_start for m in analysis.mentions):
            return subject.name
    return ""


def _sides_of_one_act(statement, sq, claim, cq) -> bool:
    """Does one figure count the doers of a passive's act ("were arrested by 12 officers") and the
    other those it befalls ("police arrested 14 people")? Two sets of things, whatever their nouns."""
    for doers, dq, other, oq in ((statement, sq, claim, cq), (claim, cq, statement, sq)):
        verb = _passive_doers_of(doers, dq)
        if verb and any(v == verb and undergone for v, undergone in _acts_of_count(other, oq)):
            return True
    return False


def _passive_doers_of(analysis, q) -> str:
    """The verb whose doers the figure counts after "by" ("was reviewed by 70 critics": review), or ""."""
    if q.start < 0:
        return ""
    part, at = analysis.where(q.start)
    if not part.text[:at].rstrip().endswith(" by"):
        return ""
    return next((verb for verb, undergone in _acts_of_count(analysis, q) if not undergone), "")


def _givers_differ(statement, claim, places) -> bool:
    """Do both texts name who gave the figure ("Metacritic gave the album a score of 78"), and
    different givers? Two raters' scores, two funders' grants, are two figures."""
    mine = [m.name for m in statement.mentions if gives(statement, m)]
    theirs = [m.name for m in claim.mentions if gives(claim, m)] if mine else ()
    return bool(theirs) and not any(a == b or same_name(a, b, places) for a in mine for b in theirs)


def _named_among(name: str, names, places) -> bool:
    """Is the name one of ``names``, as written or as the same name ("Okafor" / "Chidi Okafor")?"""
    return name in names or any(same_name(name, n, places) for n in names)


def _of_another_subject(statement, said, claim, claimed, places) -> bool:
    """Is the claim's value told of a name, and the statement's of a name the claim
    never gives ("Tom Reyes was born in 1985" against "Okafor was born in Lagos in 1990")? A name
    the claim gives in part (a surname: "Frankie Muniz" / "Francisco Muniz IV", "Councillor Pike" /
    "Joan Pike") is given; a common word that ends the names of many ("Delton Foods" / "Harwick
    Foods") is no surname."""
    owner, theirs = _owner(statement, said.start), _owner(claim, claimed.start)
    if not owner or not theirs or owner in places:
        return False
    if _named_among(theirs, statement.names, places):
        return False  # "Tom Reyes founded Kessel Rovers in 1901": the founding is the claim's Kessel Rovers' too
    if owner.casefold() in (claim.title or "").casefold():
        return False  # the claim's article is about it ("2013-14 Manchester United F.C. season"): "the club" is it
    *before, surname = owner.split()
    # a title before it says the last word is a surname, whatever else it may mean ("Councillor Pike")
    titled = bool(before) and all(english.common_word(w.lower()) for w in before)
    return not any(n == owner or same_name(owner, n, places) or (
        surname in n.split() and (titled or not english.common_word(surname.lower()))) for n in claim.names)


def _role_between(between: str) -> bool:
    """Do the words between two names make the first the second's party or employer, as a role
    written before a name ("Labour group leader Ahmed Rashid", "Harlow chief executive Ann Lee")?
    One to three lower-case words ending in a noun of a role, none a verb's inflected form ("Apple
    sued chipmaker Qualcomm"), no function word."""
    words = between.split()
    return 1 <= len(words) <= 3 and between.startswith(" ") and between.endswith(" ") \
        and all(w.isalpha() and w.islower() and w not in STOPWORDS and not english.inflected_verb(w) for w in words) \
        and (words[-1] in PERSON_NOUNS | _ROLE_NOUNS or (words[-1].endswith(_ROLE_ENDINGS) and not english.can_be_verb(words[-1]))
             or english.names_a_person(words[-1]))  # ("Harby landlord Colin Vance", "Kelby nurse Ann Lee": what the person is)


_ROLE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person")  # agent nouns: "striker", "director", "chairman"
_ROLE_NOUNS = frozenset("candidate incumbent nominee deputy".split())  # "Green candidate Rosa Vance": a party's


def _clause(analysis, start: int) -> tuple:
    """(start, end) of the clause holding an offset: between ";", ". " and ", and"-like joints."""
    return span_between(analysis.text, start, _CLAUSE_JOINTS)


_CLAUSE_JOINTS = (";", ". ", ", and ", ", but ", ", while ")


def _fine_clause(analysis, start: int) -> tuple:
    """(start, end) of the clause holding an offset, between the joints of _clause and also a "but" or an "and"
    with no comma that opens a predicate of its own ("said it would close the library but refused to say
    when", "opened a ward and did not open the clinic"; not a list, "did not close the Kelby and Harby
    branches", "did not cut fees and charges")."""
    lo, hi = _clause(analysis, start)
    toks = analysis.tokens
    for k, tok in enumerate(toks):
        if not lo <= tok.start < hi or tok.lower not in ("but", "and") or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        if not (analysis.verbal(k + 1) or nxt.lower in AUXILIARIES or nxt.lower in NEGATORS
                or nxt.lemma in NEGATIVE_IMPLICATIVES or (tok.lower == "but" and nxt.lower in ("not", "no"))):
            continue
        if tok.end <= start:
            lo = max(lo, tok.end)
        else:
            hi = min(hi, tok.start)
            break
    return lo, hi


SCOPE_WINDOW = 5  # words either side of a figure where a place says where it holds


@_per_analysis
def _verb_before(analysis, start: int) -> str:
    """The lemma of the nearest verb before an offset in its clause ("published its report into the grounding on 18
    March": publish), or ""."""
    where, at = analysis.where(start)
    lo, _ = _clause(where, at)
    return next((t.lemma for k, t in reversed(list(enumerate(where.tokens))) if lo <= t.start < at and where.verbal(k)
                 and t.lemma not in _BE_FORMS and t.lower not in AUXILIARIES), "")


def _object_head(analysis, start: int) -> str:
    """The head of the object of the nearest verb before an offset, up to its first preposition ("published its final
    report on the plan on 6 May": report), or ""."""
    where, at = analysis.where(start)
    toks = where.tokens
    verb = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < at and where.verbal(k)
                 and toks[k].lemma not in _BE_FORMS and toks[k].lower not in AUXILIARIES), None)
    if verb is None:
        return ""
    head = ""
    for t in toks[verb + 1:]:
        if t.start >= at or t.lower in _SCOPE_ENDS or t.is_number:
            break
        if t.lower.isalpha() and t.lower not in DETERMINERS and t.lower not in _POSSESSIVE_PRONOUNS:
            head = t.lemma  # (the last word before the phrase's preposition: "its final report")
    return head


_POSSESSIVE_PRONOUNS = frozenset("its their his her our my your".split())
_DATE_OPENERS = frozenset("on in at of by from since until the a an".split())


def _words_before_date(analysis, start: int) -> tuple:
    """The lemmas of the word a date follows, past its preposition, and of the one before that past its article
    ("published its report on 14 April": report, its; "a report published on 18 March": publish, report)."""
    where, at = analysis.where(start)
    before = [t for t in where.tokens if t.end <= at]
    out = []
    while before and len(out) < 2:
        t = before.pop()
        if t.lower not in _DATE_OPENERS:
            out.append(t.lemma)
    return tuple(out)


def _value_verb(analysis, start: int) -> str:
    """The verb a figure or a date goes with ("CESI submitted its proposal in December 2020":
    submit; "the Nikkei report of 12 March": report): the nearest before it in its clause, else the
    nearest after; a noun of a verb's family counts ("the announcement on 11 March")."""
    if start < 0:
        return ""
    analysis, start = analysis.where(start)
    toks = analysis.tokens
    lo, hi = _clause(analysis, start)
    at = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    # a date's own words are none of its verbs ("at the end of June 2024": no "end"); a figure's may be
    # ("425 confirmed cases")
    end = max((d.end for d in analysis.dates if d.start == start), default=start)
    past = next((i - 1 for i, t in enumerate(toks) if t.start >= end), len(toks) - 1)
    def verb_like(i):
        tok = toks[i]
        if not analysis.verbal(i) and i > 0 and analysis.verbal(i - 1) and toks[i - 1].lower not in _BE_FORMS:
            return False  # a verb's object ("gained grade 4"), whatever verbs its family has (not a
            # copula's complement: "should be ready by 2027" is the being ready)
        return (tok.is_content or tok.lemma in REPORTING) and not tok.is_cap and (
            analysis.verbal(i) or any(english.can_be_verb(f) for f in english.family(tok.lemma)))
    for i in range(at - 1, max(-1, at - 10), -1):
        if toks[i].start < lo:
            break
        if verb_like(i):
            return toks[i].lemma
    for i in range(max(at, past) + 1, min(len(toks), max(at, past) + 8)):
        if toks[i].start >= hi:
            break
        if toks[i].lower in ("and", "but") and i + 1 < len(toks) and toks[i + 1].lower in _SUBJECT_PRONOUNS:
            break  # "in a relationship since 2005 and they married in 2014": the next clause's verb is its own
        if toks[i].lower in ("which", "who", "whom", "whose") and "," in analysis.text[toks[i - 1].end:toks[i].start]:
            break  # "by 2027, which it says would allow ...": a relative clause set off has verbs of its own
        if verb_like(i):
            return toks[i].lemma
    return ""


def _verbs_differ(statement, s_start, claim, c_start) -> bool:
    """Do the two values go with different acts ("founded in 1990" and "said on 11 March 2021")?"""
    a, b = _value_verb(statement, s_start), _value_verb(claim, c_start)
    return bool(a and b) and a != b and word_similarity(a, b) < 0.5 and b not in english.family(a)


@_per_analysis
def _scope(analysis, start: int) -> set:
    """The places named near an amount in its clause: where the figure holds ("its plant near
    Wrocław employs 1,200 people": Wrocław; not the hall where votes were counted, further off)."""
    if start < 0:
        return set()
    analysis, start = analysis.where(start)
    lo, hi = _clause(analysis, start)
    toks = analysis.tokens
    at = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    # the window runs from the figure's end ("more than 4.5 million copies in the United States")
    end = next((q.end for q in analysis.quantities if q.start == start), start)
    to = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    near = toks[max(0, at - SCOPE_WINDOW): max(at, to - 1) + SCOPE_WINDOW + 1]
    if not near:
        return set()
    first, last = near[0].start, near[-1].end
    # a place set after an earlier figure is that figure's ("4 million copies in the United States
    # and 15 million worldwide": the United States is the 4 million's)
    earlier = max((q.end for q in analysis.quantities if 0 <= q.end <= start and q.start >= lo), default=-1)
    later = min((q.end for q in analysis.quantities if q.start >= end and q.start < hi), default=hi)
    # ... and one after a later figure is the later one's ("12,000 people, 3,000 of them in India")
    found = {ABROAD if _outside(toks, m) else m.name for m in analysis.mentions
             if m.type == "place" and lo <= m.start < hi and first <= m.start <= last
             and not (0 <= earlier <= m.start < start and _set_after(toks, m)) and not m.start >= later}
    after = [t.lower for t in toks[to:to + SCOPE_WINDOW + 1] if t.start < hi]
    opening = next((t.lower for t in toks if t.start >= lo), "")
    # the scope word nearest after the figure is its own ("$21.3 million overseas for a worldwide total of
    # $66.3 million": overseas); one in the phrase the figure ends ("a worldwide total of $66.3 million") too
    told = next((w for w in after[:4] if w in _WORLD_WORDS or w in _NATION_WORDS or w in _ABROAD_WORDS), "")
    if not told and not found and any(q.start == start for q in analysis.quantities):
        since = max(earlier, lo)  # (a figure's phrase only: "blamed the national picture" sets no word in the nation)
        window = [k for k in range(max(0, at - _SCOPE_BEFORE), at) if toks[k].start >= since]
        told = next((toks[k].lower for k in reversed(window) if toks[k].lower in _SCOPE_MODIFIERS
                     and k + 1 < len(toks) and toks[k + 1].lemma in _SUM_HEADS), "")
        told = _SCOPE_MODIFIERS.get(told, "")  # (of the figure's own noun only: "a national lottery grant" is no nation's)
    if told in _WORLD_WORDS or (not told and opening in _WORLD_WORDS and not found):
        found.add(WORLD)  # "15 million copies worldwide", "Globally, it employs 12,000": the whole world's
        # figure, no one place's
    elif told in _NATION_WORDS and not _told_of_later(toks, to, later, _NATION_WORDS) \
            or (not told and opening in _NATION_WORDS and not found):
        found.add(NATION)  # "17,000 cases nationally", "Nationwide, 900 branches closed": the country's figure
    elif told in _ABROAD_WORDS or _in_other_places(after[:5]):
        found.add(ABROAD)  # "$110 million internationally", "$325.4 million in other territories"
    return found


_SCOPE_BEFORE = 4  # tokens before a figure where its phrase's scope word stands: "a worldwide total of"
# nouns of a sum or a count a scope adjective before them scopes: "a worldwide total of", "global sales of"
_SUM_HEADS = frozenset("total revenue sale gross taking income earning turnover figure tally box".split())  # (lemmas)
# adjectives of scope in the phrase a figure ends, as the adverbs after it tell it
_SCOPE_MODIFIERS = {"worldwide": "worldwide", "global": "worldwide", "national": "nationally", "nationwide": "nationwide",
                    "international": "internationally", "overseas": "overseas", "foreign": "overseas"}


def _told_of_later(toks, at: int, later: int, words) -> bool:
    """Does the first of ``words`` after token ``at`` come after the next figure ("1,100 completions,
    compared with 4,300 nationally": the 4,300's)?"""
    k = next((k for k in range(at, min(len(toks), at + SCOPE_WINDOW + 1)) if toks[k].lower in words), None)
    return k is not None and toks[k].start >= later


WORLD = "<the world>"  # the scope of a figure told "worldwide": it holds in no one place
_WORLD_WORDS = frozenset(["worldwide", "globally"])
NATION = "<the nation>"  # the scope of a figure told "nationally": the whole country's, none of its parts'
_NATION_WORDS = frozenset(["nationally", "nationwide", "countrywide"])
ABROAD = "<abroad>"  # "internationally", "overseas": outside the home market, neither one place nor the world
_ABROAD_WORDS = frozenset(["internationally", "overseas", "abroad"])


def _in_other_places(words) -> bool:
    """Do the words say "in other territories", "in other countries", "other markets", "elsewhere", "in
    territories other than ..."?"""
    def place_noun(word):
        return english.lemma(word) in PLACE_NOUNS or english.lemma(word) == "market"

    return "elsewhere" in words or any(a == "other" and place_noun(b) for a, b in zip(words, words[1:])) \
        or any(place_noun(a) and b == "other" and c == "than" for a, b, c in zip(words, words[1:], words[2:]))


def _word_before(toks, mention) -> str:
    """The word that governs a name, past its article ("outside", "in" of "in the United States"), or ""."""
    k = before_name(toks, mention.first)
    return toks[k].lower if k >= 0 else ""


def _outside(toks, mention) -> bool:
    """Is the place the one a figure holds outside ("$110 million outside China": abroad)?"""
    return _word_before(toks, mention) == "outside"


def _within_told(toks, mention) -> bool:
    """Is the name set as a whole something is in or of ("towns in Norland", "parts of the UK")?"""
    return _word_before(toks, mention) in ("in", "of", "across", "throughout")


def _set_after(toks, mention) -> bool:
    """Is the name set by a preposition before it ("in the United States")?"""
    return _word_before(toks, mention) in ("in", "at", "across", "throughout", "from")


@_per_analysis
def _owner_places(analysis, start: int) -> set:
    """Places named between a figure's owner and the figure ("Arvena Group's plant near Wrocław,
    built in 19 months, employs 1,200 people": Wrocław)."""
    if start < 0:
        return set()
    analysis, start = analysis.where(start)
    lo, _ = _clause(analysis, start)
    names = [m for m in analysis.mentions if lo <= m.start < start]
    return {m.name for m in names[1:] if m.type == "place"}


def _nation_not_owner(statement, sq, claim, cq, nation) -> bool:
    """Is the statement's figure owned by a name the claim names beside the country whose figure it
    gives ("London had 7,000 cases" / "London was one of the worst-hit parts of the UK, with 17,089
    cases nationally")? London is a part of the country there, not the country."""
    owner = _owner(statement, sq.start) or (next(iter(statement.names)) if len(statement.names) == 1 else "")
    if not owner or owner not in claim.names or any(m.name == owner and m.type in ("org", "person") for m in statement.mentions):
        return False  # (a company's figure told nationally is the company's)
    # the country is the place named beside the figure, else (where no name is known for a place)
    # the names the claim sets as a whole its parts are in or of ("parts of the UK", "towns in Norland")
    places = {p for p in nation if not p.startswith("<")} or {
        m.name for m in claim.mentions if m.name != owner and _within_told(claim.tokens, m) and 0 <= m.start < cq.start}
    return bool(places) and not any(
        same_name(owner, p) or name_within(owner, p) or name_within(p, owner) for p in places)


def _member_against_a_place_total(statement, sq, claim, cq, places) -> bool:
    """Is the statement's figure a named body's or person's that the claim (and its article's title)
    never names, and the claim's a figure of a place that no one owns ("were produced in China")?"""
    mine = _owner(statement, sq.start) if sq.start >= 0 else ""
    if not mine or mine in places or cq.start < 0 or _owner(claim, cq.start) or not (
            _scope(claim, cq.start) or _placed_after(claim, cq)):
        return False
    named = claim.names | claim.voices | claim.titled
    return not any(n == mine or same_name(mine, n, places) for n in named) and mine not in (claim.title or "")


def _makers_against_a_place(statement, sq, claim, cq) -> bool:
    """Is the statement's figure told of a place ("were made in China"), by no one it names, and the
    claim's of those a passive's "by" names ("was produced by Chinese-headquartered companies"), in no
    place? Two ways of grouping one whole: neither figure is the other's."""
    if sq.start < 0 or cq.start < 0 or _owner(statement, sq.start) or _owner(claim, cq.start):
        return False
    placed = _places_after(statement, sq)
    makers = _makers_after(claim, cq)
    # (a place, not a name the claim gives as the makers, "12 dismissals at Lenbury Bank" / "were dismissed by
    # Lenbury Bank"; the place itself, not a word made of it: "Chinese-headquartered companies" are no place)
    return bool(placed) and bool(makers) and not _placed_after(claim, cq) and not _makers_after(statement, sq) \
        and not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", makers) for name in placed)


# a passive verb after a figure and "by" before its doers: "was produced by Chinese-headquartered companies"
_MADE_BY_RE = lazy(r"\s+(?:\w+\s+){0,3}?(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|de|lt|nt)\s+by\s+(?!\d)", re.I)


def _makers_after(analysis, q) -> str:
    """The doers a passive verb after the figure names with "by", in its clause, as written ("" if none)."""
    where, start = analysis.where(q.start)
    _, hi = _clause(where, start)
    end = start + (q.end - q.start)
    m = _MADE_BY_RE.match(where.text, end)
    return where.text[m.end():hi] if m is not None and m.end() <= hi else ""


def _party_slot(analysis, mention, verb: str) -> str:
    """Which party of the verb the name is: "object" (its direct object), the preposition that makes it
    a party ("from", "for", "to"), or "" where neither reading holds."""
    if _direct_object(analysis, mention, verb):
        return "object"
    found = _preposition_of_party(analysis, mention, verb)
    if found:
        return found
    before = before_name(analysis.tokens, mention.first)  # "joined Redmoor from Bramley Rangers": past the object
    return analysis.tokens[before].lower if before >= 0 and analysis.tokens[before].lower in _PREPOSITIONS_OF_A_PARTY else ""


def _other_parties(a: str, b: str) -> bool:
    """Are two party slots (see _party_slot) the verb's object and a party a preposition of another
    party gives ("from", "to", "for", "by")? Not a place's ("in", "at"): "close its Wyvenhoe call
    centre" / "close its call centre in Tolsey" place one thing."""
    return {a, b} - {"object"} <= _OTHER_PARTY and "object" in (a, b) and a != b


_OTHER_PARTY = frozenset("from to for by into".split())


def _dated_apart(statement, claim) -> bool:
    """Do both texts date what they tell, and no date of the statement's agrees with one of the claim's
    ("last year" / "on Monday", "in 2023" / "in 2024")? Then they tell of two occasions."""
    if not statement.dates or not claim.dates:
        return False
    checks = dates(statement, claim)
    if not checks:  # no calendar date on one side ("last year" / "on Monday"): other words, another occasion
        return not {d.text.lower() for d in statement.dates} & {d.text.lower() for d in claim.dates}
    return not any(c.relation in ("supports", "related") for c in checks)


def _placed_after(analysis, q) -> bool:
    """Does a name after "in" follow the figure in its clause, as where it holds ("chips worth $9 billion
    were made in Brazil")?"""
    return bool(_places_after(analysis, q))


def _places_after(analysis, q) -> list:
    """The names after "in" (or "at") that follow the figure in its clause, where it holds."""
    where, start = analysis.where(q.start)
    lo, hi = _clause(where, start)
    end = start + (q.end - q.start)
    return [m.name for m in where.mentions
            if end < m.start < min(hi, end + _PLACED_REACH) and m.type in ("place", "") and _in_place_slot(where, m)]


_PLACED_REACH = 40  # characters from a figure to the place its clause gives: "worth $9 billion were made in"


def _scopes_differ(statement, sq, claim, cq, ancestors) -> bool:
    """The two figures hold in different places ("11,300 people in Germany", "a plant near Wrocław
    employs 1,200"): not the same figure. A statement that names no place is about the same
    figure as the claim's, less precisely."""
    if ancestors and _told_as_held(statement, sq) and _part_of(_owning_place(statement, sq.start),
                                                                _owning_place(claim, cq.start), ancestors):
        return True  # "Brackenby has 9,840 households on its list": Fallowmere's four councils' figure is the
        # whole's, not held by its part (a part may act for its whole: "Valmar pledged 40 million crowns",
        # for Norland; and a thing placed in either may be one thing: "a centre in Pudong, Shanghai")
    here = _scope(statement, sq.start) | _owner_places(statement, sq.start)
    there = _scope(claim, cq.start) | _owner_places(claim, cq.start)
    shared = {p for p in here & there if not p.startswith("<")}  # "in Scotland ... nationwide": Scotland is the nation
    if (NATION in there) != (NATION in here) and not shared:
        # the country's figure is no figure of a place within a country ("London", a part of the UK);
        # of a country, or of a place the tables know nothing of, it may be
        told, other = (here, claim) if NATION in there else (there, statement)
        if any(ancestors and ancestors({place}) and place not in other.names for place in told if not place.startswith("<")):
            return True  # (a place the nation's text names itself may be the nation: "nationally ... in Wales")
        if NATION in there and _nation_not_owner(statement, sq, claim, cq, there - {NATION}):
            return True
        here, there = here - {NATION}, there - {NATION}
    if not there:
        here = here - {WORLD, ABROAD}  # a figure the claim places nowhere may be the world's, or abroad's
    if here and not there and not any(h in claim.names or any(same_name(h, n) or name_within(h, n) for n in claim.names)
                                      for h in here):
        return True  # "revenue in Germany rose 20 per cent" is a part's figure; the claim's 12 per cent, of
        # a place it never names, is the whole's
    if not here or not there:
        return False
    wider = set(here) | (ancestors(here) if ancestors else set())
    real = {p for p in there if not p.startswith("<")}
    if ancestors and len(real) >= 2 and not here & there and all(here & ancestors({p}) for p in real):
        return True  # "In Riverside and Castle, the party took four seats": some parts' figure is no figure of the
        # whole the statement names ("lost six seats on Millbrook City Council")
    return not (there <= wider or (here and here <= (there | (ancestors(there) if ancestors else set()))))


def _owning_place(analysis, start: int) -> str:
    """The figure's owner (see _owner) where it is a place, else ''."""
    owner = _owner(analysis, start) if start >= 0 else ""
    return owner if owner and any(m.name == owner and m.type == "place" for m in analysis.mentions) else ""


def _part_of(part: str, whole: str, ancestors) -> bool:
    """Is the first place part of the second?"""
    return bool(part and whole and part != whole and whole in ancestors((part,)))


@_per_analysis
def _where_told(analysis, start: int) -> set:
    """The places near a word in its clause (see _scope), and the names "at" sets there as where it
    happens ("complaints at Kestleby Airport rose": the airport, a place here; not "in", which also
    sets works and papers: "a surgeon in Grey's Anatomy")."""
    found = set(_scope(analysis, start))
    where, at = analysis.where(start)
    if at < 0:
        return found
    lo, hi = _clause(where, at)
    toks = where.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= at), len(toks))
    near = toks[max(0, k - SCOPE_WINDOW): k + SCOPE_WINDOW + 1]
    if near:
        first, last = near[0].start, near[-1].end
        for m in where.mentions:
            before = where.text[max(lo, m.start - 4):m.start].lower()
            if lo <= m.start < hi and first <= m.start <= last and re.search(r"(?:^|\s)at $", before):
                found.add(m.name)
    return found


def _places_apart(statement, s_start: int, claim, c_start: int) -> bool:
    """Do the words at the two offsets hold in different places, each text naming its own beside
    the word and the claim never naming the statement's?"""
    here, there = _where_told(statement, s_start), _where_told(claim, c_start)
    if not here or not there:
        return False
    return not any(h in claim.names or any(same_name(h, n) or name_within(h, n) or name_within(n, h) for n in claim.names)
                   for h in here)


def _owns_another(statement, sq, claim, cq, candidates, places) -> bool:
    """Does the claim give the statement's owner a figure of its own, other than the one matched?"""
    owner = _owner(statement, sq.start)
    if not owner:
        return False
    for q in candidates:
        theirs = _owner(claim, q.start) if q is not cq else ""
        if theirs and (theirs == owner or same_name(owner, theirs, places)):
            return True
    return False


def _owners_differ(statement, sq, claim, cq, places) -> bool:
    """Are the two figures different names' ("Harton won with 96 points" / Redmoor's 88)? A figure in
    a relative clause has two: the name that opens the clause and the one before its comma ("Tarrow
    Bridge, which Dunmore Council expects to cut queues by 20 minutes"); either may be the statement's."""
    mine = {_owner(statement, sq.start), _owner(statement, sq.start, False)} - {""}
    theirs = {_owner(claim, cq.start), _owner(claim, cq.start, False)} - {""}
    if not (mine and theirs):
        return False
    # a place's figure is the figure of what is named after the place ("Arlow's budget" / "Arlow Borough Council's")
    if any(a == b or same_name(a, b, places) or (a in places and name_within(a, b)) for a in mine for b in theirs):
        return False
    named_in = lambda name, analysis: _named_among(name, analysis.names, places)
    topic = claim.title_name  # what the claim's article is about: "the film" of its claims is it
    if any(a not in places and (named_in(a, claim) or (topic and (a == topic or same_name(a, topic, places)))) for a in mine) \
            and any(b not in places and named_in(b, statement) for b in theirs):
        return False  # the same two told the other way round: "the authority fined Harnwold £6.3 million" /
        # "Harnwold was fined £3.6 million by the authority" (each text names the other's first name; "Rotten
        # Tomatoes gives the film ... 260 reviews" under "Inside Llewyn Davis" names the film by its title)
    # a place the statement names first is where its figure is, not a rival owner, when the claim names it
    # too ("the Sallowby creamery has run for 60 years" / "Wetherdale Dairy's creamery at Sallowby, 90 years");
    # so is a name that modifies the noun the claim names it after ("the Salterby tram extension" / "the Blue
    # Line tram extension to Salterby")
    return not any((a in places and named_in(a, claim)) or _modifier_named_after(statement, a, claim) for a in mine)


_TITLE_REACH = 6  # words of a title between a nationality and the name it is worn before


def _nationality_in_a_title(analysis, mention) -> bool:
    """Is the place named by its adjective ("American", "English") in a title worn before a person's name
    ("American rapper and singer Nicki Minaj", "English musician/singer/songwriter Elton John": what style
    guides call a false title)? Lower-case nouns follow it, joined by "and" or a slash, the last one a person's,
    then the name."""
    toks, text = analysis.tokens, analysis.text
    if mention.type != "place" or mention.first != mention.last or toks[mention.first].lower == mention.name.lower():
        return False
    name = next((m for m in analysis.mentions if mention.last + 1 < m.first <= mention.last + 1 + _TITLE_REACH), None)
    if name is None:
        return False
    for k in range(mention.last + 1, name.first):
        if text[toks[k - 1].end:toks[k].start] not in (" ", "/") or toks[k].is_cap or analysis.verbal(k):
            return False
        if not (toks[k].lower == "and" or (toks[k].is_content and toks[k].lower.isalpha())):
            return False
    return text[toks[name.first - 1].end:name.start] == " " and english.names_a_person(toks[name.first - 1].lemma)


def _modifier_named_after(statement, name: str, claim) -> bool:
    """Does the statement use ``name`` before a noun ("the Salterby tram extension") that the claim names
    a few words before the same name ("tram extension to Salterby")?"""
    toks = statement.tokens
    m = next((m for m in statement.mentions if m.name == name), None)
    if m is None or m.last + 1 >= len(toks) or statement.verbal(m.last + 1) or is_possessive(toks[m.last]):
        return False
    nouns = set()
    for k in range(m.last + 1, min(len(toks), m.last + 1 + _MODIFIED_REACH)):
        if not toks[k].is_content or toks[k].is_cap or statement.verbal(k):
            break
        nouns.add(toks[k].lemma)
    for other in claim.mentions:
        if other.name != name:
            continue
        at = next((k for k in range(other.first - 1, max(-1, other.first - _MODIFIED_REACH - 2), -1)
                   if claim.tokens[k].lemma in nouns), -1)
        if at >= 0 and (not _in_an_adjunct(claim, at) or _adjunct_opener(claim, at) == _adjunct_opener(statement, m.last + 1) != ""):
            return True  # (or both in a phrase of the same preposition: "at the Hexley site" / "at the Tollbridge site in Hexley")
    return False


def _adjunct_opener(analysis, index: int) -> str:
    """The preposition that opens the phrase the noun at ``index`` stands in, where it stands in one
    (see _in_an_adjunct); else ""."""
    if not _in_an_adjunct(analysis, index):
        return ""
    toks = analysis.tokens
    k = index - 1
    while k >= 0 and toks[k].lower not in _PREPOSITIONS and toks[k].lower not in _ADJUNCT_OPENERS \
            and toks[k].lower not in _RELATIVES and not analysis.verbal(k):
        k -= 1
    return toks[k].lower if k >= 0 and (toks[k].lower in _PREPOSITIONS or toks[k].lower in _ADJUNCT_OPENERS) else ""


def _in_an_adjunct(analysis, index: int) -> bool:
    """Is the noun at ``index`` in a phrase a preposition opens ("three years before the bypass around Harby")
    or in a relative clause (", which beat a rival offer from Harby Group")? Not in a sentence's subject or a
    verb's object ("The Blue Line tram extension to Salterby", "bought the Tellworth paper mill site, on
    Millbeck Road"), nor in what a figure is "of" ("68.5 per cent of GCSE pupils across Ebbsmoor")."""
    toks = analysis.tokens
    k = index - 1
    while k >= 0 and not analysis.verbal(k) and toks[k].lower not in _PREPOSITIONS and toks[k].lower not in _RELATIVES \
            and toks[k].lower not in _ADJUNCT_OPENERS:
        k -= 1
    if k < 0 or toks[k].lower == "of":
        return False
    if analysis.verbal(k):
        return any(t.lower in _RELATIVES for t in toks[max(0, k - 2):k])
    return True


_RELATIVES = frozenset(["which", "who", "that", "whose"])
_ADJUNCT_OPENERS = frozenset(["before", "after", "than", "while", "whereas", "unlike", "like", "besides"])


_MODIFIED_REACH = 3  # words of the noun a name modifies ("the Salterby tram extension"), and before the name
# in the claim ("tram extension to Salterby")


def _given_otherwise(statement, sq, claim, candidates, derived_alignment, places) -> bool:
    """Does the claim give, in words at least as like the statement's, a figure of the same noun and
    owner that disagrees? Then that is the claim's answer, not a figure worked out from it ("Labour
    won 23 of the 51 seats" against "Labour won 28 of the 51 seats": 51 - 28 = 23 are the others';
    but Redmoor's 88 points say nothing of Harton's 88 + 8, nor one candidate's votes of a total)."""
    if not sq.noun and not sq.unit:
        return False  # (a share, a sum of money, is of its own kind: "staff pay rose 3 per cent" is the claim's
        # answer to 25 per cent, "will lend the club £24 million" to "will lend the club £48 million")
    s_ctx = _context(statement, sq.start, sq.end)
    noun = english.lemma(sq.noun) if sq.noun else ""
    # (not a level the claim tells an earlier reading of that agrees, where the statement dates its figure
    # then: "60 buses, 12 more than in 2023" gives 2023's 48 as well as today's 60)
    when = _date_beside(statement, sq) or _sole_date(statement, sq)
    read_earlier = {d.quantity.start for d in earlier_levels(claim, claim.quantities) if when is not None
                    and quantity_parser.relation(sq, d.quantity) == "supports"
                    and any(cd.start > d.quantity.start and date_parser.relation(when, cd) == "supports" for cd in claim.calendar_dates)}
    each_of = amounts_of_each(claim)
    return any(((cq.noun and english.lemma(cq.noun) == noun) if noun else cq.unit == sq.unit) and cq.start >= 0
               and cq.per == sq.per  # (a figure a month is no answer to one a year: "$1 billion a month" / "$12 billion a year")
               and cq.start not in read_earlier and cq.start not in each_of  # ("two payments of £5m": each's, no whole)
               and quantity_parser.relation(sq, cq) == "conflicts"
               and _soft_share(s_ctx, _context(claim, cq.start, cq.end), _unambiguous_heads(claim))
               >= (derived_alignment if noun else min(derived_alignment, 0.5))  # (read as the derived figure's words are)
               and not _owners_differ(statement, sq, claim, cq, places)
               and _total(statement, sq) == _total(claim, cq) and _change(statement, sq) == _change(claim, cq)
               and _distributive(statement, sq) == _distributive(claim, cq)
               and not _part_denied_against_done(statement, sq, claim, cq)  # (those that did not are others: no answer)
               for cq in candidates)


_REST_RE = lazy(r"\b(?:other than|the rest|remaining|remainder|all but|apart from|except|excluding)\b", re.IGNORECASE)


def _whole_told(statement, said, combos, claimed) -> tuple:
    """Where the derived figure ``claimed`` is the rest of a whole, the whole less a part, and the
    statement tells it as the rest of that whole, which it gives too ("£70 million of the £90 million
    went on work other than filling potholes" against "£20 million of it went on potholes"): the starts
    of the whole and the part, which are no other answers to the rest; else (). Not a count the
    statement does not tell as a rest ("Labour won 23 of the 51 seats" against its 28 of them)."""
    if not _REST_RE.search(statement.text):
        return ()
    for d in combos:
        if d.quantity is claimed and len(d.parts) == 2 and not d.change \
                and any(quantity_parser.relation(q, d.parts[0]) == "supports" for q in said):
            return (d.parts[0].start, d.parts[1].start)
    return ()


def _other_measure_told(statement, s_ctx, claim, noun) -> bool:
    """Does the statement speak of another thing the claim counts, and not of the one counted here?"""
    said = lambda word: any(w == word or word_similarity(word, w) >= ALIGNED_WORD for w in s_ctx)
    own = english.lemma(noun.lower())
    others = {english.lemma(q.noun.lower()) for q in claim.quantities if q.noun} - {own}
    return not said(own) and any(said(other) for other in others)


@_per_analysis
def _clause_opening(analysis, start: int) -> frozenset:
    """The content words and names of a figure's clause before it: the measure a change is told of,
    however long its phrase ("the council's arts and culture budget will fall from £4.8 million to £3.6
    million": art, culture, budget), which a window of words around the figures may not reach."""
    if start < 0:
        return frozenset()
    analysis, start = analysis.where(start)
    lo, _ = _clause(analysis, start)
    toks = analysis.tokens
    # (within a relative clause set off: "Teachers at Larton, where the budget will fall from ...": the budget's)
    lo = max([lo] + [t.start for k, t in enumerate(toks) if lo <= t.start < start and t.lower in ("where", "which", "who", "whose")
                     and k and "," in analysis.text[toks[k - 1].end:t.start]])
    names = [m for m in analysis.mentions if lo <= m.start < start]
    named = {i for m in names for i in range(m.first, m.last + 1)}
    return frozenset({t.lemma for i, t in enumerate(toks) if lo <= t.start < start and t.is_content and i not in named}
                     | {m.name for m in names})


@_per_analysis
def _others_contexts(analysis, start: int) -> frozenset:
    """The words around the text's figures but the one at ``start``."""
    out = set()
    for q in analysis.quantities:
        if q.start != start and q.start >= 0:
            out |= _context(analysis, q.start, q.end)
    return frozenset(out)


@_per_analysis
def _verbs_told(analysis) -> frozenset:
    """The lemmas the text uses as verbs."""
    return frozenset(t.lemma for k, t in enumerate(analysis.tokens) if analysis.verbal(k))


def _marks_another_figure(statement, sq, s_ctx, claim, c_ctx, d) -> bool:
    """Does the statement tell its figure with a word the figures ``d`` is worked from are not told
    with, and another figure of theirs in the claim is ("a junior ticket cost 20% more" against "a season
    ticket cost £420, up from £350, and a junior ticket cost £90": junior is the £90's)? Then the
    statement's figure is of that other thing, which the claim gives no change or share of. (Not a word
    of another figure of the statement's: "a £1.9m operating profit, on revenue that rose by £2.3m".)"""
    used = [q for q in (d.other, d.whole, *d.parts, *d.addends) if q is not None]
    if not used:
        return False
    starts = {q.start for q in used} | {d.quantity.start}
    theirs = _others_contexts(statement, sq.start) | _figure_words(statement)
    unsaid = {w for w in s_ctx if w not in c_ctx and w not in theirs and not w[:1].isupper() and not way_of(w) and w not in CUT
              and w not in _verbs_told(statement)}  # (a word of the kind marks it: "junior", "bus fares"; "costs", a verb, any price)
    # (nor a word of a figure's own, its unit: "per cent", "15 minutes late")
    if not unsaid:
        return False
    return any(unsaid & _context(claim, q.start, q.end) for q in claim.quantities
               if q.start >= 0 and q.start not in starts and any(quantity_parser.compatible(q, part) for part in used))


WORKED_CONFLICT_ALIGNMENT = 0.75  # a change worked out contradicts only one told in nearly the same words


_TALLIED = frozenset(["vote", "seat"])  # what a majority is a margin of


@_per_analysis
def _tallies(analysis) -> int:
    """How many tallies of a vote the text gives ("by 41 votes to 23"): pairs of counts of votes, one after the other."""
    counts = [q for q in analysis.quantities if q.start >= 0 and not q.unit and english.lemma((q.noun or "").lower()) == "vote"]
    return sum(1 for a, b in zip(counts, counts[1:]) if _one_tally(analysis, a, b))


def _one_tally(claim, a, b) -> bool:
    """Are the two figures the two sides of one vote's tally ("by 31 votes to 22": see _tally_leader)?"""
    second = next((q for q in claim.quantities if q.start == b.start), None)
    leader = _tally_leader(claim, second, claim.quantities) if second is not None else None
    return leader is not None and leader.start == a.start


HOLDING_CHANGED = frozenset(["lose", "gain"])  # verbs of having fewer or more of what one holds


def _two_holders(claim, a, b) -> bool:
    """Does the claim give its two figures to two holders it names ("Labour won 15 seats and the
    Conservatives won 21", "Fibrenet has 52,000 customers and Skyline has 55,000")?"""
    if a.start < 0 or b.start < 0:
        return False
    first, second = _owner(claim, a.start), _owner(claim, b.start)
    return bool(first) and bool(second) and first != second and not same_name(first, second)


def _told_as_held_changed(statement, sq) -> bool:
    """Is the statement's figure the object of "lose" or "gain" ("lost six seats", "gained 3,000
    customers"): a change of what its subject holds?"""
    return sq.start >= 0 and _verb_of_figure(statement, sq) in HOLDING_CHANGED


def _counted(q) -> set:
    """The lemma of the noun a figure counts, as a word of its context ("52,000 customers": customer)."""
    return {english.lemma(q.noun.lower())} if q.noun and " " not in q.noun and q.noun.isalpha() else set()


def _worked_out(statement, sq, claim, combos, relation: str = "supports"):
    """A figure the claim gives by arithmetic that agrees with the statement's, in aligned words; with
    ``relation="conflicts"``, a change worked out from a measure's two readings that disagrees with
    the statement's change ("a rise of 90p" against "will rise from £6.20 to £6.80": 60p)."""
    # a change's words with what it counts: "fell by 5,000" of customers against "52,000 customers, down from
    # 55,000" (only a change: a level's count is its own words' to align, "23 of the 51 seats" no difference of seats)
    s_changed = _changed_or_added(statement, sq)
    s_ctx = _context(statement, sq.start, sq.end) | (_counted(sq) if s_changed else set())
    s_whole = _whole_figure(statement, sq)  # (the whole the statement's share is of, read once for every figure)
    best = None
    for d in combos:
        margin = sq.noun == "majority" and bool(d.parts) and not d.change and not d.quantity.unit \
            and english.lemma(d.quantity.noun.lower()) in _TALLIED and _one_tally(claim, *d.parts)
        if margin:  # "by a majority of four" against "by nine votes to five": the tally's difference, in like words
            if quantity_parser.relation(sq._replace(noun=d.quantity.noun), d.quantity) != relation:
                continue
            align = _soft_share(s_ctx, _context(claim, d.parts[0].start, d.parts[0].end) | _context(claim, d.parts[1].start, d.parts[1].end))
            if _tallies(claim) == 1:
                align = max(align, MIN_VALUE_ALIGNMENT)  # a claim of one vote: its tally is the one a majority is of,
                # whatever words stand beside the figures ("with a majority of 18" / "voted by 41 votes to 23")
            if align >= MIN_VALUE_ALIGNMENT and (best is None or align > best[0]):
                best = (align, d)
            continue
        if not quantity_parser.compatible(sq, d.quantity):
            continue
        if d.before and not _after_from(statement, sq):
            continue  # the level a change came from is told as one: "fell from 108,000 to 97,000"
        if d.quantity.unit == PROPORTION and not _multiple_of_its_kind(statement, sq, claim, d.parts):
            continue
        if not d.change and len(d.parts) == 2 and _told_as_held_changed(statement, sq) and _two_holders(claim, *d.parts):
            continue  # "the Conservatives lost six seats" is a fall in their seats, never one holder's count less
            # another's ("Labour won 15 seats and the Conservatives 21"); one holder's two readings may give it
            # ("had 49,000 customers in January and 52,000 in March": gained 3,000)
        if relation == "supports" and not statement.negated and _in_a_denied_clause(claim, d.quantity):
            continue  # (a change worked out of what the claim denies: "denying reports that sailings would fall
            # from four to two" works out no halving to back)
        if d.readings and len({(date.year, date.month) for date in statement.calendar_dates}) < 2:
            continue  # one time's figure as a share of another's is told of the two times ("spent in 2023-24
            # three-quarters of what it spent in 2024-25"), never as a part of a whole
        if d.change and _another_holders(statement, sq, claim, d.quantity):
            continue  # "Kelby Sailing Club's membership rose by 25 per cent" is not Harton Rowing Club's 300 / 1,200
        # which side of a multiple is which, read once ("same", "reversed", "other" or "")
        multiple = sq.unit == PROPORTION == d.quantity.unit
        sides = _multiple_sides(statement, sq, claim, d.parts) if multiple else ""
        # the smaller side told as a multiple of the larger ("the angel investors put in twice as much as
        # Ashgrove"): no multiple of more than one is right
        flipped = relation == "conflicts" and sides == "reversed" and sq.value > 1 \
            and sq.qualifier in ("exact", "about", "more_than", "at_least")
        if quantity_parser.relation(sq, d.quantity) != relation and not flipped:
            continue
        anchored = relation == "conflicts" and d.change and (_level_reached_alike(statement, sq, claim, d)
                                                            or _readings_dated_alike(statement, claim, d))
        summed = relation == "conflicts" and bool(d.addends) and _total(statement, sq) and d.quantity.unit == sq.unit
        # a rate and a whole over a length of time the statement tells too: "£9 million over the 30 years"
        # is no £250,000 a year for 30 years
        summed = summed or (relation == "conflicts" and _over_the_same_length(statement, d))
        # a share of the whole the statement gives too, in words that tell the same part: "more than half of
        # the £64 million cost" against "£20 million of the £64 million cost"
        summed = summed or (relation == "conflicts" and d.whole is not None and (
            _agrees_with(s_whole, d.whole) or _whole_told_in_words(statement, sq, claim, d.whole)))
        # a multiple of the two figures the claim gives the two sides the statement compares, as it tells
        # them apart: "three times as much as the angel investors" against "£14 million ... the remaining £7 million"
        sided = flipped or (relation == "conflicts" and sides == "same")
        # a difference between two holders the statement names, whose figures the claim gives them ("Kelby
        # has 200 more pupils than Harlow" against "Kelby has 900 pupils and Harlow 600")
        sided = sided or (relation == "conflicts" and bool(d.parts) and not d.change and d.quantity.unit == sq.unit
                          and sq.unit != PROPORTION and _compared_holders(statement, sq) is not None
                          and _holders_compared_alike(statement, sq, claim, d.parts))
        # how far a cost went past the budget the claim gives beside it: "£3.5m over budget" against £8.4m and £5.6m
        past_level = bool(d.parts) and not d.change and d.quantity.unit == sq.unit and _past_the_level(statement, sq, claim, d.parts)
        # a difference from a figure the statement gives itself, the claim's other reading: "26 points above the
        # national figure of 65 per cent" against "81 per cent, against a national figure of 65 per cent"
        referred = bool(d.parts) and not d.change and d.quantity.unit == sq.unit and sq.unit != PROPORTION \
            and _against_its_reference(statement, sq, d.parts)
        # an average told as one, against the total shared out over the count: "averaged more than £10,000 per
        # business" against "£1.9 million ... shared among 240 firms"
        averaged = relation == "conflicts" and d.each and _told_as_average(statement, sq) and _shared_over(statement, sq, d.count)
        # the days between two dates the claim gives, against a length the statement tells in nearly the same words
        spanned = relation == "conflicts" and ((d.span and _a_length(sq)) or d.above)  # (or those above a place)
        summed = summed or sided or averaged or spanned or (relation == "conflicts" and (past_level or referred))
        # (a count of what was added is that change too: "attracted 8,000 more visitors in 2024" against "rose from
        # 41,000 in 2023 to 47,500 in 2024", where it goes the readings' way)
        way = change_way(statement, sq) if _change(statement, sq) else _way_added(statement, sq)
        if relation == "conflicts" and not summed and not (d.change and s_changed and d.quantity.unit == sq.unit and (
                anchored or (_measure_told(statement, sq, claim, d) and way in _way_of_change(claim, d)
                             and _tells_a_change(claim)))):
            continue  # (only a change told the way the claim's readings go: the same change, in other figures;
            # or the change to the level the claim's later reading gives; or a sum the statement tells as one)
        if d.change and not (_change(statement, sq) or _counts_an_addition(statement, sq)):
            continue  # a rise of 6,600 is no level of 6,600 (but it is what "6,600 more" counts)
        if multiple and sides != "same" and not flipped:
            continue  # a multiple whose sides the claim does not tell apart as the statement has them
        if d.parts and not d.change and not multiple and not _holders_compared_alike(statement, sq, claim, d.parts) \
                and not _rest_denied(statement, sq, claim, d.parts) and not past_level and not referred:
            continue  # "Kelby has 270 more pupils than Harlow" is not 910 at Harlow less 640 at Kelby
        if relation == "supports" and d.parts and not d.change and not multiple and _reference_reversed(statement, sq, d.parts):
            continue  # "16 points below the national figure of 65 per cent" is no difference of 81 per cent above it
        if relation == "supports" and d.parts and not multiple and _earlier_side_reversed(statement, sq, claim, d.parts):
            continue  # "240 fewer volunteers than it had in 2019" is no difference of 120 in 2019 and 360 now
        if d.parts and not d.change and not multiple and _reference_unlike(statement, sq, claim, d.parts):
            continue  # "16 points above the county figure" is no difference from the national figure the claim gives
        if len(d.addends) == 2 and not _total(statement, sq) and _acts_differ(claim, *d.addends):
            continue  # "the Trust gave £750,000, and an appeal raised £410,000" make no £1.16 million the Trust
            # gave: a sum of two acts is told as a sum ("between them", "in all"), or it is no one's
        if d.each != (_distributive(statement, sq) or _per_head(statement, sq)):
            continue  # a total shared out is what each has on average, and only that
        if d.above and not (_place_of_the_most(sq) if sq.unit == "ordinal" else more_than_after(statement, sq)):
            continue  # how many stand above a place answers only a count told as having more, or a place of the most
        if d.of_all and _owner(statement, sq.start) and not _total(statement, sq):
            continue  # "both teams won 11 each" makes 22 wins of the two, none of them one team's
        if d.each and sq.qualifier not in ("exact", "about") and not _told_as_average(statement, sq):
            continue  # ... and an average bounds no one: "up to £50,000 each" is no share of £8 million (but a bound
            # on the average is one: "averaged more than £10,000 per business")
        if d.change and d.quantity.unit == "%" and d.quantity.noun and not sq.noun \
                and _other_measure_told(statement, s_ctx, claim, d.quantity.noun):
            continue  # "van sales rose 33 per cent" is worked out from the vans, not "car sales" (the claim's cars)
        if d.change and _ways_apart(_ways_with_cuts(statement), _way_of_change(claim, d)):
            continue  # "expects to cut the backlog by about 200" is no rise of 215
        if d.change and (change_way(statement, sq) or _way_added(statement, sq)) and _way_of_change(claim, d) \
                and (change_way(statement, sq) or _way_added(statement, sq)) not in _way_of_change(claim, d):
            continue  # "690 fewer households than a year earlier" is no rise of 690
        c_ctx = _context(claim, d.quantity.start, d.quantity.end) | (_counted(d.quantity) if s_changed and d.change else set()) \
            if d.quantity.start >= 0 else None
        if d.change and c_ctx is not None:
            # a change is told around both its figures, and by the way it goes ("up from 58,200" says "grew")
            told_ways = ways_told(claim) | _way_of_change(claim, d)
            c_ctx = c_ctx | _context(claim, d.other.start, d.other.end) | {
                w for w in s_ctx if (way_of(w) or ("down" if w in CUT else "")) in told_ways - {""}}
            # (and "is being cut" says the fall that "will fall from ... to" tells)
            if d.other.start >= 0:
                c_ctx = c_ctx | _clause_opening(claim, min(d.quantity.start, d.other.start))
        if d.span and c_ctx is not None:
            c_ctx = c_ctx | _clause_opening(claim, d.quantity.start)  # the days between two acts are told of their subject
        if d.whole is not None and c_ctx is not None and d.whole.start >= 0:
            # a share is told around its part and its whole: "employs 620 people, 410 of them at Kestleby"
            # is a share of the people employed, at Kestleby
            c_ctx = c_ctx | _context(claim, d.whole.start, d.whole.end)
        if d.parts and not d.change and c_ctx is not None and d.parts[1].start >= 0 and _told_as_compared(statement, sq):
            # a difference is told around both its figures: "9 minutes 48 seconds ... The average across England
            # was 8 minutes 12 seconds" gives "a minute and a half slower than the average for England"
            c_ctx = c_ctx | _context(claim, d.parts[1].start, d.parts[1].end)
        if d.addends and c_ctx is not None and _total(statement, sq):
            # a sum the statement tells as one ("between them ... put £1.16 million") is told around each part
            c_ctx = c_ctx | _context(claim, d.addends[1].start, d.addends[1].end)
        if c_ctx is not None and _marks_another_figure(statement, sq, s_ctx, claim, c_ctx, d):
            continue  # "a junior ticket cost 20% more" is not worked out from the season ticket's two prices
        align = _soft_share(s_ctx, c_ctx, _unambiguous_heads(claim)) if c_ctx is not None else 0.5
        enough = MIN_VALUE_ALIGNMENT if relation == "supports" or anchored or sided or referred or averaged \
            else WORKED_CONFLICT_ALIGNMENT
        if d.whole is not None and not d.change and _change(statement, sq) and s_whole is None:
            continue  # "fell by 60%" is a change, not the share "£6 million / £10 million" of a level (but "will cut
            # 60% of its 620 staff" is the share of the whole it names)
        if d.whole is not None and s_whole is not None and not _agrees_with(s_whole, d.whole):
            continue  # "half of its 620 staff" is a share of 620, not the 210 of 410 that work elsewhere
        part = _part_of_the_whole(statement, sq, claim, d, combos) if d.whole is not None else None
        if part is False:
            continue  # "a third of its 620 staff work at Kelby (or part-time)" is no share of the 210 "at Harton"
        if part and relation == "supports" and _agrees_with(s_whole, d.whole):
            # the same part's share of the same whole: "two-thirds of its 620 staff work at Kestleby" against "620
            # people, 410 of them at Kestleby", whatever other words stand around each (a disagreeing one contradicts
            # only in nearly the same words: "a quarter of its staff work night shifts at Harton" is a part of the part)
            align = max(align, enough)
        if flipped:  # (told the way the statement has it: the smaller over the larger)
            big, small = d.parts
            d = d._replace(working=f"{small.describe()} / {big.describe()} = {small.value / big.value:.2f} times")
        if align >= enough and (best is None or align > best[0]):
            best = (align, d)
    if best is None:
        return None
    align, d = best
    return SlotCheck("amount", relation, sq.describe(), d.working, (sq.start, sq.end), align, bool(sq.detail),
                     said=sq, claimed=d.quantity)


_derived, _change, _total, _distributive, _per_head = (_per_analysis(f) for f in (derived, change, total, distributive, per_head))


# between a share and the figure of the whole it is of: "two-thirds of Larkway's 620 staff", "a third
# of the £64 million cost", "half of its 51 seats"
_OF_THE_WHOLE_RE = lazy(r"\s+of\s+(?:(?:the|its|their|his|her|our|this|these|those|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?"
                        r"|[a-z][\w-]*['’]s)\s+)*")  # (and a common noun's: "a majority of the council's 48 seats")


def _part_of_the_whole(statement, sq, claim, d, combos):
    """Whether the statement's share is of the part a share the claim works out is of: True where the
    statement names, in its share's clause, what the claim gives that part as ("410 of them at
    Kelby": Kelby), False where it names another part's or not the part's own (a share of one part is
    no share of another, nor of several), None where the claim names no part (it is the words' to tell)."""
    own = _part_named(claim, d.quantity)
    parts = [x.quantity for x in combos if x.whole is d.whole and x is not d and x.quantity.start >= 0]
    others = {_part_named(claim, q) for q in parts} - {own, ""}
    if not own and not others or sq.start < 0:
        return None
    where, start = statement.where(sq.start)
    lo, hi = _clause(where, start)
    said = {m.name for m in where.mentions if lo <= m.start < hi} | {t.lemma for t in where.tokens if lo <= t.start < hi}
    return bool(own) and own in said and not said & others


_PART_NAMED_RE = lazy(PART_OPENING)


def _part_named(analysis, q) -> str:
    """What a part of a whole is said to be right after its figure ("210 at Harton": Harton; "840,000
    for electricity": electricity), or ""."""
    where, start = analysis.where(q.start)
    m = _PART_NAMED_RE.match(where.text, start + (q.end - q.start))
    if m is None:
        return ""
    named = next((x.name for x in where.mentions if x.start == m.end()), "")
    return named or next((t.lemma for t in where.tokens if t.start == m.end() and t.is_content), "")


def _whole_figure(statement, sq):
    """The figure a statement's share is of, where it gives one ("two-thirds of Larkway's 620 staff": 620
    staff), else None."""
    if sq.start < 0 or sq.unit != "%":
        return None
    return next((q for q in statement.quantities if q.start > sq.end and _OF_THE_WHOLE_RE.fullmatch(statement.text, sq.end, q.start)),
                None)


_WHOLE_PHRASE_WORDS = 8  # content words at most in "of the cost of the orchestra's new concert hall"
_WHOLE_PHRASE_ENDS = frozenset("and or but while whereas in on at by for from to with since after before than".split())


@_per_analysis
def _whole_in_words(statement, start: int, end: int) -> frozenset:
    """The content words and names of the noun phrase a share is "of", where the statement gives the
    whole in words and no figure ("40% of the cost of the orchestra's new concert hall": cost, orchestra,
    new, concert, hall); empty where it gives none or gives its figure."""
    where, moved = statement.where(start)
    toks = where.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= moved + (end - start)), len(toks))
    if k >= len(toks) or toks[k].lower != "of":
        return frozenset()
    named = _name_of_token(where)
    words, names = [], set()
    # "of those who voted in the Marden parish poll": a relative clause tells the whole, prepositions and all
    relative = any(t.lower in ("who", "that", "which") for t in toks[k + 1:k + 4])
    verbs = 0
    for i in range(k + 1, len(toks)):
        t = toks[i]
        verbs += relative and where.verbal(i)
        if verbs > 1:
            break  # (the clause's own verb ends it: "those who voted in the poll backed ...")
        if t.is_number or (t.lower in _WHOLE_PHRASE_ENDS and not (relative and t.lower not in ("and", "or", "but", "while", "whereas")))\
                or not any(ch.isalnum() for ch in t.text):
            break
        if i in named:
            names.add(where.mentions[named[i]].name)
        elif t.is_content:
            words.append(t.lemma)
        if len(words) + len(names) > _WHOLE_PHRASE_WORDS:
            return frozenset()
    return frozenset(words) | frozenset(names)


def _whole_told_in_words(statement, sq, claim, whole) -> bool:
    """Is the statement's share of a whole it names in words ("40% of the cost of the new concert hall")
    one the claim gives the figure of in the same words ("the new concert hall cost £12 million")?"""
    if sq.start < 0 or sq.unit != "%" or whole.start < 0 or _whole_figure(statement, sq) is not None:
        return False
    words = _whole_in_words(statement, sq.start, sq.end)
    return len(words) >= 2 and _soft_share(set(words), _context(claim, whole.start, whole.end)) >= WORKED_CONFLICT_ALIGNMENT


def _same_whole(statement, sq, whole) -> bool:
    """Is the statement's share of a figure it gives ("two-thirds of Larkway's 620 staff"), one that
    agrees with the whole the claim's share is worked out of?"""
    return _agrees_with(_whole_figure(statement, sq), whole)


def _agrees_with(q, whole) -> bool:
    """Does the statement's whole ``q`` (or None) agree with the claim's ``whole``?"""
    return q is not None and quantity_parser.compatible(q, whole) and quantity_parser.relation(q, whole) == "supports"


def _over_the_same_length(statement, d) -> bool:
    """Is ``d`` a rate or a whole worked out over a length of time the statement gives too?"""
    return d.over is not None and any(same_length(q, d.over) for q in statement.quantities)


def amounts(statement, claim, places=frozenset(), ancestors=None) -> list:
    said, told = _counting(statement, claim), _counting(claim, claim)
    sides = tally_sides(statement, claim)
    if sides:
        # a count of voters on one side is read against that side of the claim's tally, not its other figures
        counted = {id(c.said) for c in sides}
        said = [q for q in said if id(q) not in counted]
    out = _amount_checks(statement, claim, said, told, places, ancestors)
    return sides + _one_for_one(out, told, lambda said, rest: next(
        iter(_amount_checks(statement, claim, [said], rest, places, ancestors)), None))


_PERIOD_UNITS = frozenset("year years month months week weeks day days".split())


def _length_of_dated_period(analysis, q) -> bool:
    """Is the figure the length of a period a date ends ("over four years to 2023", "for another six
    years to 2031")? The date tells the period; a claim that gives the date and no length (its own
    "between 2019 and 2023", "until 2031") leaves nothing of the figure to find."""
    if (q.noun or "").lower() not in _PERIOD_UNITS or q.unit:
        return False
    return any(0 < d.start - q.end <= 24 and date_parser.runs_up_to(analysis.text[q.end:d.start])
               for d in analysis.dates if d.start >= 0)


@_per_analysis
def _period_lengths(analysis) -> frozenset:
    """The lengths, in days, of the periods a text counts its figures over ("in the six months to 31 May 2024")."""
    return frozenset(round(q.value * INTERVAL_DAYS.get(english.lemma((q.noun or "").lower()), 0)) for q in analysis.quantities
                     if q.start >= 0 and _length_of_dated_period(analysis, q)) - {0}


def _periods_apart(statement, claim) -> bool:
    """Do both texts count their figures over periods that end on dates ("the year to 30 November 2024"),
    none of the statement's the same as one of the claim's? Then each text's figures are its own periods'."""
    mine, theirs = _period_ends(statement), _period_ends(claim)
    # (a claim that tells an earlier reading in words, "up from 371,000 a year earlier", tells another period too)
    return bool(mine and theirs) and all(_order(a, b) != 0 for a in mine for b in theirs) \
        and not _TOLD_EARLIER_RE.search(claim.text)


@_per_analysis
def _period_ends(analysis) -> tuple:
    return tuple(d for d in (_as_read(analysis, d) for d in analysis.calendar_dates if d.start >= 0 and d.year)
                 if d.relation == date_parser.PERIOD_END)


def _periods_of_other_lengths(statement, claim) -> bool:
    """Do both texts count their figures over periods of a told length, none of them the same length?"""
    mine, theirs = _period_lengths(statement), _period_lengths(claim)
    return bool(mine and theirs) and not (mine & theirs)


def _one_for_one(checks, claimed, recheck) -> list:
    """A claim's value is the counterpart of one value of the statement: when one of the statement's
    agrees with it, another that conflicts with it ("2 million passengers in 2023, up from 1.5
    million in 2022") is checked again against the claim's other values (``recheck(said, rest)``,
    a SlotCheck or None), and is one the claim does not give when none is left."""
    agreed = {id(c.claimed) for c in checks if c.relation == "supports" and c.claimed is not None}
    if not any(c.relation in ("conflicts", "related") and id(c.claimed) in agreed for c in checks):
        return checks
    rest = [v for v in claimed if id(v) not in agreed]
    out = []
    for c in checks:
        if c.relation == "conflicts" and id(c.claimed) in agreed:
            c = (recheck(c.said, rest) if rest else None) or c._replace(relation="uncovered")
        elif c.relation == "related" and id(c.claimed) in agreed:
            # (so is one set aside as of another kind: "a further 2 per cent" is no "pay rise of 4.5
            # per cent", which another figure agrees with, but the claim's "further 3 per cent")
            c = (recheck(c.said, rest) if rest else None) or c
        out.append(c)
    return out


# what ends a denied that-clause: a comma or a stop (", insisting that ...", ", and confirmed ..."), or a
# conjunction that opens a clause of the claim's own ("as it had hired ...", "after it announced ...")
_DENIED_CLAUSE_ENDS = lazy(r"[,;:]|\.\s|\.$|\s(?:but|as|after|because|since|while|which|and)\s")


@_per_analysis
def _denied_clauses(analysis) -> tuple:
    """(start, end) of the that-clauses a text denies ("denied reports that the sailings would fall from
    four to two", "rejected claims that ..."), up to the end of their clause ("; ", ", saying", " but ")."""
    toks, text = analysis.tokens, analysis.text
    out = []
    for i, tok in enumerate(toks):
        if not (tok.lemma == "deny" or rejects_a_saying(toks, i)):
            continue
        that = next((k for k in range(i + 1, min(len(toks), i + 5)) if toks[k].lower == "that"), None)
        if that is None:
            continue
        start = toks[that].end
        end = _DENIED_CLAUSE_ENDS.search(text, start)
        out.append((start, end.start() if end else len(text)))
    return tuple(out)


def _in_a_denied_clause(claim, cq) -> bool:
    """Does the claim give the figure only inside a clause it denies?"""
    if cq.start < 0 or cq.start >= IN_QUOTE:
        return False
    return any(a <= cq.start < b for a, b in _denied_clauses(claim))


_PLAIN_VERBS = frozenset("be have make get take give do hold include count number total".split())


def _counts_of_other_acts(statement, sq, claim, cq) -> bool:
    """Are the two figures counts of things that did opposite things ("nine of its libraries will stay open"
    / "three of its 12 libraries will close")? Each is a count of those its own verb tells of: the
    statement's clause says the opposite of the verb the claim's figure goes with."""
    if sq.unit or cq.unit or not sq.noun or not cq.noun or sq.start < 0 or cq.start < 0 or sq.start >= IN_QUOTE:
        return False
    theirs = _value_verb(claim, cq.start)
    opposite = english.antonyms(theirs) if theirs and theirs not in _PLAIN_VERBS else frozenset()
    if not opposite:
        return False
    if not opposite & set(_predicate_after(statement, sq)):
        return False
    # the rest of a whole the claim gives is the opposite's count, and nothing else is: "three of its 12
    # libraries will close" tells nine stay open, and contradicts "ten will stay open"
    whole = _whole_dating(claim, cq) or _partitive_whole(claim, cq)
    return whole is None or abs(sq.value - (whole.value - cq.value)) < 0.5


_PARTITIVE_RE = lazy(r"\s+of\s+(?:[\w'’.-]+\s+){0,4}$")  # "three of Harlow Council's 12 libraries"


def _partitive_whole(analysis, q):
    """The whole a part is told "N of the M" of, a few words on ("three of Harlow Council's 12 libraries":
    12 libraries), or None."""
    if q.start < 0 or q.start >= IN_QUOTE:
        return None
    whole = next((o for o in analysis.quantities if o.start > q.end and (o.noun == q.noun or not q.noun)), None)
    if whole is None or not _PARTITIVE_RE.match(analysis.text[q.end:whole.start]):
        return None
    return whole


_ANOTHER_PREDICATE = frozenset(["and", "but", "or", "rather", "instead", "while", "whereas"])
_OWN_PREDICATE_REACH = 8  # words after a count where its own verb and complement stand ("of its libraries will stay open")


def _predicate_after(analysis, q, past_its_phrase: bool = False) -> list:
    """The lemmas of a figure's own predicate: the words after it up to a comma or a conjunction ("nine of its
    libraries will stay open", "97 of them run by tenants"; not "will close six schools rather than open them").
    ``past_its_phrase``: from the first verb after an "of" phrase of the figure's own ("29 per cent of the
    shares are held by ...": what is held, not what the share is of)."""
    if q.start < 0:
        return []
    where, start = analysis.where(q.start)
    end = start + (q.end - q.start)
    told = []
    after = [k for k, t in enumerate(where.tokens) if t.start >= end]
    if past_its_phrase and after and where.tokens[after[0]].lower == "of":
        verb = next((k for k in after[1:] if where.verbal(k) or where.tokens[k - 1].lower in _PRONOUNS_ENDING_A_PHRASE), None)
        end = where.tokens[verb].start if verb is not None else len(where.text)
    for t in where.tokens:
        if t.start < end:
            continue
        if t.lower in _ANOTHER_PREDICATE or len(told) >= _OWN_PREDICATE_REACH or "," in where.text[end:t.start]:
            break
        told.append(t.lemma)
    return told


_PRONOUNS_ENDING_A_PHRASE = frozenset(["them", "those", "these", "it", "us"])  # "97 of them run by tenants"
_LIST_JOINER_RE = lazy(r",|;|\band\b|\bwhile\b")


def _told_as_the_others(statement, sq, claim, mine, other) -> bool:
    """Does the statement tell its figure with what the claim tells of another of its figures, and nothing of what it
    tells of the one of the same value ("51 of its pubs were run by tenants" against "97 of them run by tenants and 51
    managed by the company")? Then the two figures' parts are swapped."""
    if mine is other or not any(q is mine for q in claim.quantities) or not any(q is other for q in claim.quantities) \
            or mine.start < 0 or other.start < 0 or claim.where(mine.start)[0] is not claim.where(other.start)[0]:
        return False  # (two figures the claim itself gives, in one sentence: no figure worked out of them)
    first, second = sorted((mine, other), key=lambda q: q.start)
    if not _LIST_JOINER_RE.search(claim.text[first.end:second.start]):
        return False  # (told as two parts side by side: "22 run on diesel and 8 on electricity", not "21 of their 46")
    verb = _verb_of_figure(statement, sq) or _value_verb(statement, sq.start)
    if verb and verb not in claim.content and not english.family(verb) & set(claim.content):
        return False  # (a figure of another act: "levied a tax of £1.1m on roads" is no part the claim spent)
    said = {lemma for lemma in _predicate_after(statement, sq, True) if lemma in statement.content}
    own, others = ({lemma for lemma in _predicate_after(claim, q, True) if lemma in claim.content} for q in (mine, other))
    own, others = own - others, others - own  # (what tells each apart: "run on diesel" / "run on electricity")
    return bool(own) and bool(said & others) and not said & own


def _amount_checks(statement, claim, said, claimed, places, ancestors) -> list:
    """The statement's figures ``said`` against the claim's figures ``claimed``."""
    out = []
    combos = None
    for sq in said:
        sq = _share_points_told(statement, sq, claimed)
        within = _worked_within(statement, sq)
        if within is not None and (within.addends == () or all(
                any(quantity_parser.compatible(q, cq) and quantity_parser.relation(q, cq) == "supports" for cq in claimed)
                for q in within.addends)):
            # a figure the statement works out of two of its own ("£310m, more than treble the £95m"; "£74m, some
            # £26m more than the original £48m") is settled by those two, which are checked against the claim; told
            # wrong, it contradicts a claim that gives both
            relation = quantity_parser.relation(sq, within.quantity)
            out.append(SlotCheck("amount", relation, sq.describe(), within.working, (sq.start, sq.end), 1.0,
                                 bool(sq.detail), said=sq, claimed=within.quantity))
            continue
        listed = persons_listed(claim) if sq.noun.lower() in quantity_parser.PEOPLE and not sq.unit and not sq.per else ()
        if listed:  # "six people" against "two women and four children": so many people in all, not one kind
            d = listed[0]
            out.append(SlotCheck("amount", quantity_parser.relation(sq, d.quantity), sq.describe(), d.working, (sq.start, sq.end),
                                 1.0, bool(sq.detail), said=sq, claimed=d.quantity))
            continue
        candidates = [cq for cq in claimed if quantity_parser.compatible(sq, cq) or _unit_elided(statement, sq, claim, cq)
                      or _currency_elided(statement, sq, cq) or _counted_alike(sq, cq)
                      or _events_counted_alike(statement, sq, claim, cq)]
        if candidates and _total(statement, sq):
            each_of = amounts_of_each(claim)  # "a total of £5m" is no one of "two payments of £5m"
            candidates = [cq for cq in candidates if cq.start not in each_of]
        s_changed = _change(statement, sq)
        if (sq.unit or sq.noun or s_changed or _after_from(statement, sq)) and not any(quantity_parser.relation(sq, cq) == "supports" for cq in candidates
                                                         if (not s_changed or _change(claim, cq)) and not _bound_each_on_a_total(statement, sq, claim, cq)) \
                and not _tally_against(statement, sq, said):  # "by nine votes to five": five is a side's count, no difference
            combos = _derived(claim) if combos is None else combos
            found = _worked_out(statement, sq, claim, combos)
            rest_of = _whole_told(statement, said, combos, found.claimed) if found is not None else ()
            # (a level the claim's change came from, told as one, is no level the claim gives otherwise: "fell from
            # 90,000 to 81,000" against "fell by 9,000 to 81,000")
            before_told = found is not None and _after_from(statement, sq) and any(
                d.before and found.claimed is not None and found.claimed.value == d.quantity.value
                and quantity_parser.relation(sq, d.quantity) == "supports" for d in combos)
            # (the whole a share is of, "of the 600 pupils", is no count of the part the share tells: the part
            # counted is the share's)
            shared = {d.whole.start for d in combos if d.whole is not None and not d.quantity.unit} if found is not None else ()
            if found is not None and (before_told or not _given_otherwise(statement, sq, claim, [cq for cq in candidates if cq.start not in rest_of
                                                                                                  and cq.start not in shared],
                                                                          found.alignment, places)):
                out.append(found)  # "about 16%" of "$22.7bn of the $143bn"
                continue
            if found is None and ((_changed_or_added(statement, sq) and not any(_change(claim, cq) for cq in candidates))
                                  or _total(statement, sq) or sq.noun == "majority" or sq.unit == PROPORTION
                                  or _compared_holders(statement, sq) is not None or over_a_level(statement, sq)
                                  or _reference_of(statement, sq) is not None or _told_as_average(statement, sq)
                                  or (_a_length(sq) and any(d.span for d in combos))
                                  or (more_than_after(statement, sq) and any(d.above for d in combos))
                                  or any(_over_the_same_length(statement, d) for d in combos)
                                  or any(d.whole is not None and (_same_whole(statement, sq, d.whole)
                                                                  or _whole_told_in_words(statement, sq, claim, d.whole))
                                         for d in combos)):
                found = _worked_out(statement, sq, claim, combos, "conflicts")
                if found is not None:
                    out.append(found)  # "a rise of 90p" against "from £6.20 to £6.80"
                    continue
        other_words = () if candidates else _counted_in_other_words(sq, claimed)
        candidates = candidates or list(other_words)
        if _counted_on_length(statement, sq):
            # "became a university thirty years later": the date it gives answers for it (see
            # analysis.counted_on); only another length between two events is compared with it
            candidates = [cq for cq in candidates if _interval_in(claim, cq)]
            if not candidates:
                continue
        elif _interval_told(statement, sq):
            # "three years before she gave birth": two dates of the claim's give it; a length the claim
            # gives of something else ("the park's 38-year history") is no answer to it, only the same
            # length or a length between two events ("set two months after the events of ...")
            found = intervals_in(statement, sq, (claim,))
            if found is not None:
                out.append(found)
                continue
            candidates = [cq for cq in candidates if quantity_parser.relation(sq, cq) == "supports" or _interval_told(claim, cq)]
        else:
            # and the other way round: a length between two events ("sworn in four days after the count")
            # is no answer to how long something lasted ("was a head teacher for 15 years")
            candidates = [cq for cq in candidates if quantity_parser.relation(sq, cq) == "supports" or not _interval_in(claim, cq)]
        if not candidates and sq.unit == "ordinal" and _place_told(statement, sq, claim):
            continue  # "the second-largest landlord" / "the largest landlord after the city council": see _places_in_rank
        if not candidates:
            if not sq.definite and not _length_of_dated_period(statement, sq):  # "the two countries" takes the count as known
                out.append(SlotCheck("amount", "uncovered", sq.describe(), sq.noun or "figure", (sq.start, sq.end), 0.0, bool(sq.detail)))
            continue
        s_ctx = _figure_context(statement, sq)
        came_by = _change_before(statement, sq)  # the change the statement's level came by, read once for all candidates
        whole, spent_on = (set(_share_of(statement, sq)), set(_spent_on(statement, sq))) if sq.unit == "%" else (set(), set())
        named_sum = _sum_named(statement, sq)
        s_change = _change(statement, sq)
        s_owner = _owner(statement, sq.start) if sq.start >= 0 else ""
        # where the claim's figures are several names' ("Harton (6 titles), Redmoor (4 titles)"), the
        # statement's name picks its own
        owners = {cq.start: _marked_owner(claim, cq.start) for cq in candidates if cq.start >= 0} if s_owner else {}
        if len(set(owners.values()) - {""}) < 2:
            owners = {}
        own_figures = set()  # (ids of) the claim's figures marked as the statement's name's: first in the order,
        # and no better aligned for it (how well the words agree is the model's to weigh)
        scored = []
        shares = {}  # id of each candidate -> how much its measure's words are the statement's, before the bonuses
        for cq in candidates:
            align = shares[id(cq)] = _soft_share(s_ctx, _measure_context(claim, cq), _unambiguous_heads(claim)) if cq.start >= 0 else 0.5
            c_owner = owners.get(cq.start, "")
            if c_owner and (c_owner == s_owner or same_name(c_owner, s_owner, places)):
                own_figures.add(id(cq))  # the figure of the same name: "Redmoor (4 titles)" for Redmoor's titles
            if sq.noun and cq.noun and english.lemma(sq.noun) == english.lemma(cq.noun) and sq.noun.lower() not in MEASURE_UNITS:
                align += 0.5  # the same noun counted beats a noun of the same kind (a unit, "years", says how much, not of what)
            elif not quantity_parser.compatible(sq, cq) and _events_counted_alike(statement, sq, claim, cq) \
                    and not _things_counted_too(claim, cq, sq) and not _things_counted_too(statement, sq, cq):
                align += 0.5  # as do the deaths and those who died (not "980 suspensions, to 450 pupils")
            if _times(statement, sq, claim, cq) == "supports":
                align += 0.5  # the figure of the same date: "€2.14 billion in 2022", "from €2.14 billion in 2022"
            if _part_unsaid(statement, claim, cq):
                scored.append((align - 1.0, "related", cq))  # "31 of them from penalties" is no count of "31 goals
                continue  # in 410 games", which says nothing of penalties: another figure, whatever its value
            if whole and cq.unit == "%" and whole & set(_share_of(claim, cq)):
                align += 0.5  # a share of the same whole: "about a tenth of its revenue", "a quarter of its revenue"
            if spent_on and cq.unit == "%" and spent_on & set(_spent_on(claim, cq)):
                align += 0.5  # and that goes on the same thing: "a tenth of its budget on roads", "a tenth on roads"
            if _same_accounts_measure(statement, sq, claim, cq):
                align += 0.75  # the sum of the same measure, before a sum dated as the statement's (+0.5): "turnover was
                # £9.8m in 2024" against "wage bill was £6.2m in 2024, while turnover was £9.8m"
            sum_on = _sums_on(statement, sq, claim, cq)
            if sum_on:
                align += 0.5 if sum_on == "same" else -0.5  # "less than £2m on roads" against "spent £4.2m on roads
                # and £1.1m on libraries": the sum spent on roads
            givers = _sum_from(statement, sq), _sum_from(claim, cq)
            if all(givers):
                align += -0.5 if _sums_from_two_givers(statement, sq, claim, cq, places) else 0.5  # "£500,000 of the
                # pledges came from the Harwood Foundation" against "£1.25 million pledged, including £500,000 from the
                # Harwood Foundation"
            if _same_part(statement, sq, claim, cq):
                align += 0.5  # and is the share of the same part: "its wage bill was a fifth of its turnover"
                # against "its wage bill was 74 per cent of its turnover", not the fifth that "came from TV"
            if _counts_an_addition(statement, sq) and _counts_an_addition(claim, cq):
                align += 1.0  # a count of what was added against the claim's: "two extra turboprops" against
                # "has ordered two more", not the 14 it flies
            if came_by is not None and _after_the_same_change(came_by, claim, cq):
                align += 1.0  # the level the same change came to: "grew 14% to £153.4m" against "rose by 14 per
                # cent to £118.4 million" (not the £6.2 million loss the claim also gives)
            if named_sum and _named_otherwise(claim, cq, named_sum, candidates):
                scored.append((align - 0.5, "related", cq))  # "the previous record of £3.9m" against a claim's
                continue  # "previous record of £4.2 million": the noun that names a sum picks the claim's
            if (_kinds_differ(sq, cq) and any(_same_kind(sq, other) for other in candidates)) or (
                    _kind_words(sq) and not _kind_words(cq)
                    and any(_same_kind(sq, other) and _included_in(claim, other, cq) for other in candidates)):
                scored.append((align - 0.5, "related", cq))  # "900 construction jobs" against a claim of "350
                continue  # construction jobs and 900 permanent jobs": where the claim counts the kinds apart,
                # the statement's kind picks its figure (over one of no kind: "120 beds, including 16
                # intensive care beds" for "24 intensive care beds")
            if _tally_against(claim, cq, claimed) != _tally_against(statement, sq, said):
                align -= 0.3  # "backed the offer by 78 per cent to 22 per cent": 22 is the other side's (and
                # "by 31 votes to 24" sets its 24 against the claim's other side, 22, not against its 31)
            if _change(claim, cq) and not _change(statement, sq) and _told_as_held(statement, sq) \
                    and any(q is not cq and not _change(claim, q) for q in candidates):
                align -= 0.3  # a level is set against a level the claim gives ("had 350,000 visitors" against "an
                # increase of 22,000 visitors, to 310,000"; "stands at £12 million" against "a cut of £2.5 million to
                # its budget, which stands at £9 million")
            if _distributive(claim, cq) != _distributive(statement, sq):
                align -= 0.3  # "up to £50,000 each" is set against the claim's "up to £25,000 each", not its £8 million fund
            if s_change and not _change(claim, cq) and any(_change(claim, q) for q in candidates if q is not cq):
                align -= 0.5  # a gap or a change is set against the claim's ("eight points clear" against "five
                # points clear", not the 92 points won)
            elided = _unit_elided(statement, sq, claim, cq)
            if elided:  # the bare figure in the unit its text gives it ("took 60")
                rel = quantity_parser.relation(sq._replace(noun=sq.noun or cq.noun), cq._replace(noun=cq.noun or sq.noun))
            elif _currency_elided(statement, sq, cq):  # "earned more than 15 crore" of "grossed Rs 19 crore"
                elided = True
                rel = quantity_parser.relation(sq._replace(unit=cq.unit), cq)
            elif cq in other_words or _counted_alike(sq, cq):  # the same count, of the claim's noun
                rel = quantity_parser.relation(sq._replace(noun=cq.noun), cq)
            else:
                rel = quantity_parser.relation(sq, cq)
            if sq.qualifier == cq.qualifier != "exact" and _share_limited(statement, sq) is not None \
                    and _share_limited(claim, cq) is not None:
                rel = "supports" if _same_limit(sq, cq) else "conflicts"  # "seen within six hours" against "within
                # four hours": a share's limit is a threshold, told or misreported, not a bound on a length
            if rel == "conflicts" and parts_of_one_whole(statement, sq, claim, cq) and clauses_opposed(statement, sq, claim, cq):
                rel = "supports"  # "28 of the 40 buses failed" is the rest of "12 of the 40 buses passed"
            if rel == "supports" and told_of_all(statement, sq) and a_whole_with_a_part(claim, cq):
                rel = "related"  # "every one of its 1,860 overflows had a monitor" is told of the part the claim
                # gives, "of its 1,860 overflows, 1,805 had monitors", not of the whole
            if rel == "conflicts" and not _length_of_dated_period(statement, sq) and (
                    _periods_of_other_lengths(statement, claim) or _periods_apart(statement, claim)):
                rel = "related"  # a year's profit is no misreading of a half-year's: "in the twelve months ending 30
                # November 2023" / "in the six months to 31 May 2024"
            if rel == "conflicts" and sq.value < cq.value and _part_of_a_whole(statement, sq) and not _told_as_a_part(claim, cq) \
                    and not _done_alike(statement, sq, claim, cq):
                align, rel = align - 0.5, "related"  # "£500,000 of the early pledges came from the trust" is a part of the £1.25 million
                # pledged, no misreading of it
            if rel == "conflicts" and _length_of_dated_period(statement, sq) and _length_of_dated_period(claim, cq):
                rel = "related"  # "the 12 months to March 2025" and "the three months to March 2025" are two
                # periods, which the dates compare: a figure of one says nothing of the other's
            if not quantity_parser.compatible(sq, cq) and not elided and cq not in other_words and not _counted_alike(sq, cq):
                rel = _counted_events(statement, sq, claim, cq, rel)  # events and the things they befall
            if rel == "conflicts" and sq.unit == "%" and _thresholds_differ(statement, sq, claim, cq):
                rel = "related"  # "17 per cent waited longer than 12 hours" is no share of those "seen within
                # four hours" (61.2 per cent): a share of what meets a limit is of that limit
            if rel == "conflicts" and (_part_denied_against_done(statement, sq, claim, cq)
                                       or _part_denied_against_done(claim, cq, statement, sq)):
                rel = "related"  # "£860,000 has not been recovered" is the rest of what "recovered £340,000" is
                # not: two parts of one sum, each of its own
            if rel == "conflicts" and _other_shares_limits(statement, sq, claim, cq):
                rel = "related"  # ... and the limits of two such shares, apart, are two measures' conditions
                # (the same share of another limit is a limit misreported: "61.2% within six hours")
            if _scopes_differ(statement, sq, claim, cq, ancestors):
                align -= 0.5  # the figure of another place: "15 million copies worldwide" is no figure
                rel = "related" if rel == "supports" else rel  # of the United States, nor one to back it
            if rel == "conflicts" and _far_apart(sq, cq):
                align, rel = align - 1.0, _FAR  # "a single journey will cost £2" is no misreading of the line's
                # £312 million cost, nor "capped at 20,000 runners" of the 212 treated: another measure (a nearer
                # figure of the claim's is the one to set against it)
            scored.append((align, rel, cq))
        scored.sort(key=lambda x: (id(x[2]) not in own_figures, -x[0]))  # uncapped: the bonuses break ties between
        # figures in like words
        scored = [(min(a, 1.0), r, q) for a, r, q in scored]
        best_align, best_rel, _ = chosen = scored[0]
        if best_rel != "supports":
            # the statement's figure given by the claim (in words not too unlike), or one that agrees in
            # nearly the same words, is the one it means (several amounts in one claim)
            # (not one the claim dates otherwise: "58 weeks in 2024, compared with 49 weeks in 2023"
            # gives 2024 no 49 weeks)
            # (nor one the claim leaves undated, against a figure it dates as the statement dates its own:
            # "31.5 per cent" told of no year beside it is no answer for 2023, whose figure the claim gives)
            dated = _times(statement, sq, claim, scored[0][2]) == "supports"
            # (nor, where the best is the share of the part the statement names, one not told as that part's:
            # "its wage bill was a fifth of its turnover" against "its wage bill was 74 per cent ..., while a
            # fifth came from television")
            of_part = _same_part(statement, sq, claim, scored[0][2])
            best_told = scored[0][2].start >= 0 and shares[id(scored[0][2])] > 0
            # (nor another name's, where the best is the statement's name's own: "Redmoor (4 titles)" is
            # Redmoor's answer, not Harton's 6)
            best_owner = _owner(claim, scored[0][2].start) if s_owner and scored[0][2].start >= 0 else ""
            own_best = bool(best_owner) and (best_owner == s_owner or same_name(best_owner, s_owner, places))
            # (nor a share of another whole the claim tells apart: "a quarter of its pupils" is no answer
            # for "a quarter of its staff" where the claim gives "a tenth of its staff")
            chosen = next(((a, r, q) for a, r, q in scored[1:] if r == "supports" and (
                a >= best_align - 0.2 or (q.value == sq.value and a >= MIN_VALUE_ALIGNMENT
                                          and not (best_told and q.start >= 0 and shares[id(q)] == 0
                                                   and not (sq.noun and q.noun and english.lemma(sq.noun) == english.lemma(q.noun)))))
                # (the same value told of a measure none of whose words the statement's has, where the best figure's are
                # the statement's, is another figure: "rose by 12 per cent" of sales is not the profit's fall of 12 per
                # cent, however both are dated)
                and (_times(statement, sq, claim, q) in (("supports",) if dated else ("supports", "related", ""))
                     or (_times(statement, sq, claim, q) == "" and _same_accounts_measure(statement, sq, claim, q)))
                and not _shares_of_two_wholes(statement, sq, claim, q) and not _shares_for_two_ends(statement, sq, claim, q)
                and not _told_as_the_others(statement, sq, claim, q, scored[0][2])
                and (not of_part or _same_part(statement, sq, claim, q))
                and not (own_best and q.start >= 0 and _owner(claim, q.start) not in ("", best_owner)
                         and not same_name(_owner(claim, q.start), best_owner, places))
                # (nor, for a bound, a figure further from its threshold than the best: "lower than 115.18 crore"
                # is set near the figure it is about, 117.18 crore, not the 24.11 crore that happens to lie below it)
                and _sums_on(statement, sq, claim, q) != "other" and not _lines_differ(statement, sq, claim, q)
                and not _sums_from_two_givers(statement, sq, claim, q, places)
                and not (_same_accounts_measure(statement, sq, claim, scored[0][2])
                         and _accounts_figure(claim, q) not in ("", _accounts_figure(statement, sq)))
                and not (_one_sided(sq) and _further_from(sq, q, scored[0][2]) and not _after_from(claim, scored[0][2])
                         and _times(statement, sq, claim, scored[0][2]) != "conflicts")),
                chosen)
        if chosen[1] != "supports" and _times(statement, sq, claim, chosen[2]) == "conflicts":
            # a figure of another time says nothing of the statement's; the claim's figure of the statement's
            # time does ("3,900 parcels in 2023" against "5,200 parcels in 2024, compared with 4,100 in 2023")
            chosen = next(((a, r, q) for a, r, q in scored if q is not chosen[2] and a >= MIN_VALUE_ALIGNMENT
                           and _times(statement, sq, claim, q) == "supports"), chosen)
        if chosen[1] == "conflicts" and _whole_of_a_told_part(statement, sq, money=True):
            # the whole a share is told of ("more than half of the £4m target had been raised") is the claim's whole
            # where it gives one, not the part it tells ("a target of £4 million, ... had raised £2.3 million")
            chosen = next(((a, r, q) for a, r, q in scored if r == "supports" and a >= MIN_VALUE_ALIGNMENT), chosen)
        align, rel, cq = chosen
        if rel == _FAR:
            rel = "related" if sq.definite else "uncovered"
        if rel == "conflicts" and _counts_of_other_acts(statement, sq, claim, cq):
            rel = "related"  # "nine of its libraries will stay open" counts other libraries than "three of its 12
            # libraries will close": a count of what did one thing is no count of what did another
        if rel == "conflicts" and _in_a_denied_clause(statement, sq) != _in_a_denied_clause(claim, cq):
            rel = "related"  # a figure one side denies is no misreading of one the other tells as so: "denied that
            # sailings would be cut to two a day" against "would keep four sailings a day"
        if rel == "supports" and _told_as_possible(claim, cq) and not _told_as_possible(statement, sq):
            rel = "related"  # "declined to comment on reports that it had lost £9 million": what reports allege, or
            # what may be, the claim does not vouch for ("made a loss of £9 million")
        if rel == "supports" and not statement.negated and _in_a_denied_clause(claim, cq):
            rel = "related"  # "denying reports that sailings would fall from four to two": the figures are of what
            # the claim denies, no backing for a statement that tells them as so
        if rel == "supports" and sq.unit != quantity_parser.SCORE and _owners_differ(statement, sq, claim, cq, places) and _owns_another(
                statement, sq, claim, cq, candidates, places):
            rel = "related"  # Sandhu's 41,236 votes are not Howe's, whose 35,870 the claim gives
        if rel == "conflicts" and _makers_against_a_place(statement, sq, claim, cq):
            rel = "related"  # "chips worth $22.7bn were made in China" against "$8.3 billion was produced by
            # Chinese-headquartered companies": where it was made and who made it group one market two ways
        if rel == "conflicts" and _member_against_a_place_total(statement, sq, claim, cq, places):
            rel = "related"  # "SMIC produced chips worth $5 billion" against "chips worth $22.7 billion were produced
            # in China": a place's total is no figure of one of its firms, which the claim never names
        if rel in ("supports", "conflicts") and _change(claim, cq) and _change(statement, sq) \
                and _changes_of_two_measures(statement, sq, claim, cq, rel):
            rel = "related"  # "its costs rose 5%" says nothing of "a 9% rise in revenue"
        if rel == "supports" and _change(claim, cq) and _change(statement, sq) and _ways_differ(statement, sq, claim, cq):
            rel = "conflicts"  # "sales fell 2.4 per cent" against "growth of 2.4 per cent"
        if rel == "supports" and _change(statement, sq) and not _change(claim, cq) and _told_as_held(claim, cq):
            rel = "related"  # "its market share fell by 6 per cent" is not "fell to 6 per cent"
        if rel == "supports" and _change(claim, cq) and not _change(statement, sq) and not _counts_a_change(statement, sq) \
                and _told_as_level(statement, sq):
            rel = "related"  # "was cut by 200 workers" is how many went, not how many "Kelby Air had"
        if rel == "supports":
            later = _superseded_by(claim, cq, claimed)
            if later is not None and (not _told_as_before(statement, sq) or _told_after_the_change(statement, sq, claim)) \
                    and not _change_to_come(statement, claim, cq):
                # "were cut from 20 turbines to 14": 20 was; what is, or will be, is 14
                cq, rel = later, quantity_parser.relation(sq, later)
            elif later is None and statement.present and not _dated_or_told_earlier(statement, sq):
                now = _reading_it_came_to(claim, cq, claimed)
                if now is not None:
                    # "5.1% in March, down from 6.3% a year earlier": what the rate is, told in the present
                    # with no time of its own, is 5.1%; the 6.3% it came down from is what it was
                    cq, rel = now, quantity_parser.relation(sq, now)
        if (rel == "conflicts" or (rel == "supports" and _told_as_reached(statement, sq))) \
                and _after_from(claim, cq) and not _told_as_before(statement, sq):
            # "rose to 81 per cent" against "81 per cent ..., up from 72 per cent": the claim's 72 is
            # what the measure was before; the statement's figure is set against what it is now
            now = next((q for q in claimed if q is not cq and not _after_from(claim, q) and one_measure(claim, q, cq)), None)
            if now is not None and quantity_parser.compatible(sq, now):
                cq, rel = now, quantity_parser.relation(sq, now)
        if rel == "supports":
            other_time = _reading_at_the_other_time(statement, sq, claim, cq)
            if other_time is not None and quantity_parser.compatible(sq, other_time):
                # "cost £149 this year, up from £165" against "£165, up from £149": the statement's now is
                # the claim's before; its figure is set against the claim's now
                cq, rel = other_time, quantity_parser.relation(sq, other_time)
        if rel == "supports" and _after_from(claim, cq) and not (_after_from(statement, sq) or _told_as_earlier(statement, sq)
                                                                 or _change(statement, sq) or s_change
                                                                 or _TOLD_EARLIER_RE.search(_clause_of_figure(statement, sq))) \
                and _times(statement, sq, claim, cq) != "supports" and not statement.present \
                and not _change_to_come(statement, claim, cq) \
                and any(q is not cq and q.start >= 0 and quantity_parser.compatible(q, cq) and not _after_from(claim, q)
                        for q in claim.quantities):
            rel = "related"  # "the cost was put at £218 million, up from £212 million in June 2024": the £212 million is
            # what it was, no backing for a statement that tells it undated, as the cost ("cost £212 million")
        ages = "age" in (sq.noun, cq.noun)
        if rel == "conflicts" and ages and not _same_holder(statement, sq, claim, cq, places):
            rel = "related"  # "a 23-year-old man was arrested" says nothing of the age of Pellow, 52, who died
        if rel == "conflicts" and not ages and sq.unit != quantity_parser.SCORE and not _same_winning_count(statement, sq, said, claim, cq, claimed) \
                and not _one_vote_tallied(statement, sq, said, claim, cq, claimed, places) and (
                _owners_differ(statement, sq, claim, cq, places) or _scopes_differ(statement, sq, claim, cq, ancestors)):
            rel = "related"  # "Harton won with 96 points" says nothing of Redmoor's 88 points, nor a
            # company's 11,300 staff of its Wrocław plant's 1,200 (but the other side's count of one
            # vote, "by nine votes to five" / "to four", is of that vote whoever is named before it)
        if rel in ("conflicts", "supports") and _sides_of_one_act(statement, sq, claim, cq):
            rel = "related"  # "arrested by 12 officers" counts who arrested; "arrested 14 people", who was arrested
        if rel in ("conflicts", "supports") and _givers_differ(statement, claim, places):
            rel = "related"  # "AllMusic gave the album a score of 60" is no other reading of Metacritic's 78
        if rel == "conflicts" and _times(statement, sq, claim, cq) == "conflicts":
            rel = "related"  # "€2.14 billion in 2022" is not contradicted by "€2.4 billion in 2023"
        if rel == "conflicts" and (_hoped_against_done(statement, sq, claim, cq) or _level_to_come(statement, sq, claim, cq)):
            rel = "related"  # "carried 910,000 passengers" is what happened; "hoped to carry 1.2 million" what
            # someone expected: neither tells against the other
        # (a month dates a deal or a rise as often as a count: "sold it for £12 million in August 2024"
        # is a sale of 2024; only a count of things in a month is counted over part of its year)
        in_part, in_month = _parts_of_the_period(statement, sq, claim, cq)
        part = in_part or (in_month if sq.noun and not sq.unit else 0)
        part_smaller = (sq.value < cq.value) if part > 0 else (cq.value < sq.value)
        if rel == "conflicts" and part and (part_smaller or not _adds_up_over_time(statement, sq)):
            rel = "related"  # "40 arrests in the first half of 2024" may be some of the 56 made in 2024 (and a
            # net sum or a rate may be anything: a year's loss may be smaller than its first half's)
        if rel == "supports" and in_part:
            rel = "related"  # nor is a first half's loss of £3.1 million the year's
        if rel in ("conflicts", "supports") and _counts_what_the_claim_does_not(statement, sq, claim, cq):
            rel = "related"  # "412 patients complained" says nothing of a waiting list that "stood at 21,300",
            # nor do "21,300 applications" of student numbers that stood at 21,300
        if rel == "conflicts" and {_running_or_final(statement, sq), _running_or_final(claim, cq)} == {"running", "final"}:
            rel = "related"  # "the £1.4 million the dispute had cost by mid-January" is a total so far, no misreading
            # of what it "cost in all" (a figure that grows is read at its time)
        if rel == "conflicts" and {_price_kind(statement, sq), _price_kind(claim, cq)} == {"value", "paid"}:
            rel = "related"  # "paid £96,000 for her bungalow" is no misreading of "her bungalow was valued at
            # £210,000": what was paid and what a thing is worth are two measures
        if rel == "conflicts" and not ages and _change_against_level(statement, sq, claim, cq):
            rel = "related"  # "rose by €260 million" is a change; "€2.4 billion" a level (an age is never a
            # change: "won by 14-year-old Copper Star")
        if rel == "conflicts" and not sq.detail and _of_others(statement, sq) and not _of_others(claim, cq):
            rel = "related"  # "owns 40 other homes" counts homes besides the claim's 18 flats (but "SMIC and
            # 87 other companies" counts with the names before it: a total, compared)
        if rel == "conflicts" and _parts_apart(_ranked_part(statement, sq), sq, _ranked_part(claim, cq), cq):
            rel = "related"  # "the first 120 homes" are some of the scheme's 640, not another count of them
        if rel == "conflicts" and _among(statement, sq) and not _among(claim, cq):
            rel = "related"  # "turnout among voters under 25" is a part's figure, not the whole turnout's
        if rel == "conflicts" and sq.value < cq.value and _narrowed_unsaid(statement, sq, claim):
            rel = "related"  # "40 arrests for drug offences" may be some of the claim's 56, which it tells of no offence
        if rel == "conflicts" and sq.value < cq.value and _one_of_the_alternatives(statement, sq, claim, cq):
            rel = "related"  # "12 rated excellent" may be some of the "16 rated good or excellent"
        if rel in ("supports", "conflicts") and _shares_for_two_ends(statement, sq, claim, cq):
            rel = "related"  # "a quarter of its budget on roads" is not the quarter it spends on social care
        if rel in ("conflicts", "supports") and _sums_on(statement, sq, claim, cq) == "other" \
                or rel == "conflicts" and _sums_on(statement, sq, claim, cq) == "partial":
            rel = "related"  # "£1.1m on roads" is no reading of the claim's "£1.1m on libraries", nor "£1.1m on road
            # safety campaigns" a misreading of "£4.2m on roads", a part of it
        if rel == "supports" and _sums_from_two_givers(statement, sq, claim, cq, places):
            rel = "related"  # "the £12m grant is coming from the district council" is not the claim's £12 million
            # grant from the Coastal Towns Growth Fund
        if rel == "conflicts" and _ends_differ(statement, sq, claim, cq):
            rel = "related"  # "a fifth of its budget on staff pay" is not contradicted by "a tenth on buildings"
        if rel == "conflicts" and _parts_differ(statement, sq, claim, cq):
            rel = "related"  # "ticket sales made up a third of its income" is not contradicted by "grants made up a quarter"
        if rel == "conflicts" and (_part_within_whole(statement, sq, claim, cq) or _part_within_whole(claim, cq, statement, sq)
                                   or _doers_within_whole(statement, sq, claim, cq) or _doers_within_whole(claim, cq, statement, sq)):
            rel = "related"  # "Kelby Academy has 1,100 pupils" is not contradicted by "47 pupils gained a grade 9"
        if rel == "conflicts" and _shares_of_two_wholes(statement, sq, claim, cq):
            rel = "related"  # "one in five private tenants" is no share of the claim's "one in 12 homes"
        if rel in ("supports", "conflicts") and ((_whole_of_a_told_part(claim, cq) and _told_as_a_part(statement, sq))
                                                  or (_whole_of_a_told_part(statement, sq) and _told_as_a_part(claim, cq))):
            rel = "related"  # "80 of the new homes have been sold" is no reading of "fewer than half of the 80 new homes
            # have been sold": the 80 is the whole, the part sold is another figure
        if rel == "conflicts" and _part_of_told_whole(statement, sq, claim, cq):
            rel = "related"  # "Forty of the trials put off" are some of the 212 put off, not their count
        if rel == "conflicts" and _total(statement, sq) and not _total(claim, cq):
            rel = "related"  # "77,106 votes between them" is not contradicted by one candidate's 41,236
        if (rel == "conflicts" and _told_each(claim, cq) != _told_each(statement, sq)) or (
                rel == "supports" and _bound_each_on_a_total(statement, sq, claim, cq)):
            rel = "related"  # "10 companies each" is not a total, nor a total "10 each" (and a bound on what each has,
            # "at least 2,000 parcels each", is none on the total the claim gives, 54,000)
        if rel == "conflicts" and sq.definite and english.lemma(sq.noun) != english.lemma(cq.noun) \
                and not _events_counted_alike(statement, sq, claim, cq):
            rel = "related"  # "the two parties" takes a count as known; 10 companies are not the parties
            # (but "the five deaths" counts the patients who died)
        if rel in ("conflicts", "supports") and sq.unit == quantity_parser.ORDINAL == cq.unit \
                and {_order_of(statement, sq), _order_of(claim, cq)} == {"rank", "series"}:
            rel = "related"  # "its second data breach" numbers events; "was ranked seventh" is a place in a table
        if rel == "conflicts" and _part_of_a_body_unsaid(statement, sq, claim, cq):
            rel = "related"  # "Arvena Group's plant near Wroclaw employs 1,200 people" says nothing against the
            # group's 11,300: a part's figure is not its owner's
        if rel == "conflicts" and accounts_measures_differ(_accounts_figure(statement, sq), _accounts_figure(claim, cq)) \
                and any(_of_a_period(a, q) or (is_a_result(_accounts_figure(a, q)) and (_date_beside(a, q) is not None
                                                                                    or _accounts_line(a, q)))
                        for a, q in ((statement, sq), (claim, cq))):
            rel = "related"  # "the grounding cost Tidewell £5.2m" is no misreading of its "loss of £3.4m": two
            # measures of the accounts (text/measures.py), where one is a period's (a result dated at all is a
            # period's: "a loss of £40,000 in March"; an event's cost dated by its month is the event's; so is a
            # line of the accounts, "operating profit for the first half came to £52m", not "the strike caused
            # losses of £3m", the strike's)
        if rel in ("conflicts", "supports") and _lines_differ(statement, sq, claim, cq):
            rel = "related"  # "an operating profit of £52m" is no misreading of "a pre-tax profit of £43.8m"
        if rel == "conflicts" and _sums_of_two_things(statement, sq, claim, cq):
            rel = "related"  # "a £28,000 bonus" is no "£38.5 million research grant", which the claim
            # gives beside a bonus it puts no figure on
        if rel == "conflicts" and align < MIN_VALUE_ALIGNMENT:
            rel = "related" if sq.definite else "uncovered"  # a figure about something else: nothing to compare
        if rel == "related" and sq.definite:
            continue  # "the two parties" takes the count as known: a figure of something else leaves it as it is
        said_value, claimed_value = sq.describe(), cq.describe()
        if rel == "conflicts" and _change(claim, cq) and _change(statement, sq) and _ways_differ(statement, sq, claim, cq):
            # the figures agree and the ways do not: the reason says the ways ("up 25%; down 25%")
            said_value = f"{change_way(statement, sq)} {said_value}"
            claimed_value = f"{change_way(claim, cq)} {claimed_value}"
        out.append(SlotCheck("amount", rel, said_value, claimed_value, (sq.start, sq.end), align, bool(sq.detail),
                             said=sq, claimed=cq))
    return out


_FAR = "far"  # a candidate figure too far from the statement's to be its misreading (see _far_apart)
FAR_APART = 20  # figures this many times apart, in other digits, measure two things: a misreported figure is
# near the true one, or the same digits under another scale word ("£3.2 million" for "£3.2 billion")


def _one_sided(q) -> bool:
    return q.qualifier in ("more_than", "at_least", "less_than", "at_most")


def _further_from(sq, q, other) -> bool:
    """Is the figure ``q`` further from the statement's value than ``other``, as a ratio?"""
    if sq.value <= 0 or q.value <= 0 or other.value <= 0 or q.unit != other.unit:
        return False
    return abs(math.log(q.value / sq.value)) > abs(math.log(other.value / sq.value))


def _far_apart(sq, cq) -> bool:
    """Are the two figures too far apart to be one figure misreported: FAR_APART times or more, and not
    the same digits at another power of ten?"""
    units = {english.lemma(q.noun.lower()) for q in (sq, cq) if q.noun}
    if len(units) > 1 and any(u in MEASURE_UNITS or u in quantity_parser.DURATION_UNITS for u in units):
        return False  # "1hr 5min" against "1:02:37": lengths in other units, which the relation converts
    small, big = sorted((abs(sq.value) * quantity_parser.unit_scale(sq), abs(cq.value) * quantity_parser.unit_scale(cq)))
    if small <= 0 or big / small < FAR_APART:
        return False
    ratio = big / small
    return abs(ratio - 10 ** round(math.log10(ratio))) > 0.02 * ratio


@_per_analysis
def _share_of(analysis, q) -> tuple:
    """The lemmas of the whole a share is of, named right after it, its head last: the noun phrase
    after "of" ("a quarter of its revenue": revenue; "12 per cent of the council's private tenants":
    private, tenant), or after a share told "one in N" ("one in 12 homes advertised": home); ()."""
    return _whole_and_end(analysis, q)[0]


def _order_of(analysis, q) -> str:
    """What a place in an order is a place in: "rank" for a placing in a table or a race ("ranked
    seventh", "came second", "finished third", "in second place", "fourth out of 22"), "series" for one
    of a run of things it numbers ("its second data breach", "his second marathon"), else ""."""
    if q.start < 0:
        return ""
    part, start = analysis.where(q.start)
    before = part.text[max(0, start - _ORDER_REACH):start].lower().split()
    after = part.text[start + (q.end - q.start):start + (q.end - q.start) + _ORDER_REACH].lower().split()
    if (before and before[-1] in quantity_parser.PLACING_VERBS) or (after[:1] and after[0] in ("place", "position", "spot")) \
            or after[:2] == ["out", "of"]:
        return "rank"
    return "series" if q.noun else ""


_ORDER_REACH = 24  # characters either side of a place in an order where its verb or noun stands


def _sums_of_two_things(statement, sq, claim, cq) -> bool:
    """Are the two sums of two things, each named by the noun the sum stands before ("a £28,000 bonus",
    "the £38.5 million research grant"), where one side names the other's thing apart from its figure
    (the claim's "bonus" with no figure)? A noun neither side uses elsewhere may be the same thing in
    other words ("a £12m deal" / "a £15m takeover")."""
    if sq.unit not in quantity_parser.CURRENCY_CODES or cq.unit not in quantity_parser.CURRENCY_CODES or sq.noun or cq.noun:
        return False  # (a share's noun is its whole: see _shares_of_two_wholes)
    mine, theirs = _thing_of_sum(statement, sq), _thing_of_sum(claim, cq)
    if not (mine and theirs) or _same_measure(mine, theirs) or _compounded(mine, theirs, statement, claim):
        return False
    return any(t.lemma == mine for t in claim.tokens) or any(t.lemma == theirs for t in statement.tokens)


def _same_accounts_measure(statement, sq, claim, cq) -> bool:
    """Are the two sums named by one word of the accounts ("turnover was £9.8m" / "while turnover was £9.8m")?"""
    mine = _accounts_figure(statement, sq)
    return mine in _NAMED_MEASURES and mine == _accounts_figure(claim, cq)


# the words of the accounts particular enough to say which sum is meant (a "cost" may be anything's)
_NAMED_MEASURES = frozenset("revenue turnover sale taking receipt profit loss surplus deficit expenditure".split())


def _of_a_period(analysis, q) -> bool:
    """Is the sum a figure of a period, dated beside it ("a loss of £3.4 million for the year to March 2025"),
    rather than of one event ("the fire caused losses of £6m", "the grounding cost it £5.2m"), which is what the
    event cost, however it is named?"""
    date = _date_beside(analysis, q)
    if date is None:
        return False
    return date.day is None and (date.month is None or bool(_PERIOD_TO_RE.search(analysis.text[max(0, date.start - 20):date.start])))


_PERIOD_TO_RE = lazy(r"\b(?:year|months|weeks|quarter)\s+(?:to|ending)\s+$", re.I)  # "for the year to March 2025"


_NAME_REACH = 4  # tokens of a name (or a pronoun) between a verb and the sum it takes: "cost Tidewell Ferries £5.2m"


# the parts of a body that hold figures of their own (a plant's staff, a branch's takings)
_BODY_PARTS = frozenset("plant factory site branch store shop depot office division subsidiary arm unit works mill "
                        "warehouse hospital school ward campus bakery brewery creamery dairy mine quarry farm hotel "
                        "restaurant clinic station airport port terminal yard".split())
_PART_REACH = 3  # tokens from an owner's possessive to the part it owns: "Arvena Group's new Polish plant"


def _part_of_a_body_unsaid(statement, sq, claim, cq) -> bool:
    """Does one text give its figure of a part of a named body ("Arvena Group's plant ... employs 1,200")
    where the other never names that part ("Arvena Group employs 11,300")?"""
    mine, theirs = _part_holding(statement, sq), _part_holding(claim, cq)
    return mine != theirs and not (theirs and any(t.lemma == theirs for t in statement.tokens)) \
        and not (mine and any(t.lemma == mine for t in claim.tokens))


def _part_holding(analysis, q) -> str:
    """The part of a named body whose phrase opens the sentence of a figure as its subject ("Arvena Group's
    plant near Wroclaw, built in 19 months, employs 1,200 people": plant), or ""."""
    if q.start < 0:
        return ""
    part, start = analysis.where(q.start)
    toks = [t for t in part.tokens if t.start < start]
    owns = [is_possessive(t) or part.text[t.end:t.end + 1] in ("'", "\u2019") for t in toks]  # ("Marlow Foods' bakery")
    k = 0
    while k < len(toks) and (toks[k].is_cap or toks[k].lower == "the") and not owns[k]:
        k += 1  # the owner's name, opening the sentence
    if k >= len(toks) or not toks[k].is_cap or not owns[k]:
        return ""
    if any(m.start <= toks[k].start and m.end > toks[k].end for m in part.mentions):
        return ""  # a possessive inside a name ("Hobday's Brewery owned 148 pubs"): the body itself, no part of it
    return next((t.lemma for t in toks[k + 1:k + 1 + _PART_REACH] if t.lemma in _BODY_PARTS), "")


@_per_analysis
def _accounts_figure(analysis, q) -> str:
    """The lemma of what a sum of money is a figure of: the noun that names it ("a loss of £3.4m", "a £2m
    surplus"), the measure whose change it tells ("sales fell by £2m"), else a verb of cost or spending it
    is the object of ("the repairs cost Tidewell £5.2m"); "" where none is plain (only words of
    text/measures.py decide anything)."""
    if q.unit not in quantity_parser.CURRENCY_CODES or q.noun or q.start < 0:
        return ""
    named = _sum_named(analysis, q) or _figure_measure(analysis, q)
    if named:
        return named
    part, start = analysis.where(q.start)
    toks = part.tokens
    k = next((k for k, t in enumerate(toks) if t.start >= start), len(toks)) - 1
    if k >= 1 and toks[k].lower in ("to", "at") and toks[k - 1].lemma in _CAME_TO:
        return _subject_head(part, k - 1)  # "turnover at Harlow Foods came to £12m" (a copula's: _sum_named)
    stop = k - _NAME_REACH
    while k > stop and k >= 0 and (toks[k].is_cap or toks[k].lower in ("it", "them", "us", "him", "her")):
        k -= 1  # the one it cost: "cost Tidewell Ferries", "cost it"
    return toks[k].lemma if k >= 0 and toks[k].lemma in ("cost", "spend") else ""


@_per_analysis
def _accounts_line(analysis, q) -> str:
    """The qualifier of the accounts' measure a sum is of ("a pre-tax profit of £12m": pre-tax; "operating
    profit came to £15m": operating), or "": the word right before the nearest measure noun before the sum in
    its clause, or right after the sum ("a £2m operating loss")."""
    if q.unit not in quantity_parser.CURRENCY_CODES or q.start < 0:
        return ""
    part, start = analysis.where(q.start)
    toks, text = part.tokens, part.text
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    past = next((k for k in range(at, len(toks)) if toks[k].start >= start + (q.end - q.start)), len(toks))
    heads = [k for k in range(past, min(len(toks), past + 3)) if is_accounts_measure(toks[k].lemma)
             and all(toks[j].lower in ACCOUNTS_QUALIFIERS or toks[j].lower in ("pre", "post", "tax") for j in range(past, k))][:1] or \
        [k for k in range(at - 1, max(-1, at - 1 - _LINE_REACH), -1) if is_accounts_measure(toks[k].lemma)][:1]
    if not heads or heads[0] == 0:
        return ""
    k = heads[0]
    if k >= 2 and text[toks[k - 2].end:toks[k - 1].start] == "-":  # "pre-tax", "post-tax"
        word = f"{toks[k - 2].lower}-{toks[k - 1].lower}"
    else:
        word = toks[k - 1].lower
    return word if word in ACCOUNTS_QUALIFIERS else ""


_LINE_REACH = 8  # tokens back from a sum to its measure noun: "operating profit for the first half came to £52m"


def _lines_differ(statement, sq, claim, cq) -> bool:
    """Are the two sums of two lines of the accounts, each named by its qualifier ("operating profit" /
    "pre-tax profit")? One a bare "profit" may be any line."""
    mine = _accounts_line(statement, sq)
    theirs = _accounts_line(claim, cq) if mine else ""
    return bool(mine and theirs) and _LINE_NAMES.get(mine, mine) != _LINE_NAMES.get(theirs, theirs)


_LINE_NAMES = {"pretax": "pre-tax", "post-tax": "net"}  # one line, two names


_CAME_TO = frozenset("come amount total stand".split())  # "came to", "amounted to", "stood at"
_SUBJECT_REACH = 5  # tokens back from a copula to its subject's head: "turnover at Harlow Foods Ltd was"


def _thing_of_sum(analysis, q) -> str:
    """The lemma of the noun a sum stands before, the last of its compound ("a £28,000 bonus": bonus;
    "the £38.5 million research grant": grant), or ""."""
    if q.start < 0:
        return ""
    part, k = _past_figure(analysis, q)
    toks, head = part.tokens, ""
    while k < len(toks) and toks[k].is_content and not toks[k].is_cap and not toks[k].is_number and not part.verbal(k) \
            and part.text[toks[k - 1].end:toks[k].start] in (" ", "-"):
        head = toks[k].lemma
        k += 1
    if head == "worth":
        # "£2 million worth of damage": the sum is the value of what follows "of"
        if k + 1 < len(toks) and toks[k].lower == "of":
            return _goods_after(toks, k + 1)
        return ""
    return head


def _goods_after(toks, j) -> str:
    """The lemma of the noun of the phrase at token j, what a sum is "worth of" ("new bins": bin; "season
    tickets": ticket; "damage to the market": damage): its first plural, else its last common noun."""
    head = ""
    for tok in toks[j:j + _GOODS_REACH]:
        if not tok.is_content:
            if head:
                break
            continue  # "of the new bins": determiners and modifiers before the noun
        if tok.is_cap or tok.is_number:
            break
        head = tok.lemma
        if tok.lemma != tok.lower:
            break  # a plural ends the phrase: "chips last year"
    return head


_GOODS_REACH = 4


@_per_analysis
def _sum_named(analysis, q) -> str:
    """What a sum is of, as a noun names it before or after it: "a £28,000 bonus", "the previous record of
    £4.2 million", "a bonus of £5,000" (bonus, record, bonus); "" for a sum no noun names."""
    if q.unit not in quantity_parser.CURRENCY_CODES or q.noun or q.start < 0:
        return ""
    after = _thing_of_sum(analysis, q)
    if after:
        return after
    part, start = analysis.where(q.start)
    at = next((i for i, t in enumerate(part.tokens) if t.start >= start), len(part.tokens))
    if at >= 2 and part.tokens[at - 1].lower == "worth" and part.tokens[at - 2].is_content and not part.tokens[at - 2].is_cap:
        return part.tokens[at - 2].lemma  # "bins worth £1.2 million": the bins' value
    if at >= 2 and part.tokens[at - 1].lower == "of":
        head = part.tokens[at - 2]
        if head.is_content and not head.is_cap and not head.is_number and not part.verbal(at - 2):
            return head.lemma
    if at >= 2 and part.tokens[at - 1].lower in _BE_FORMS:
        return _subject_head(part, at - 1)  # "the grant was £1.2m"
    return ""


def _named_otherwise(claim, cq, name: str, candidates) -> bool:
    """Does the claim name another of its sums ``name`` and not this one, which is no ellipsis of it ("Harlow's was
    £160m") nor its earlier reading ("turnover was £3.4m, up from £2.9m")?"""
    own = _sum_named(claim, cq)
    if own == name or not any(_sum_named(claim, other) == name for other in candidates):
        return False
    if own:
        return True
    return not (_after_an_empty_subject(claim, cq) or (_after_from(claim, cq) and any(
        _sum_named(claim, other) == name and one_measure(claim, other, cq) for other in candidates if other is not cq)))


def _after_an_empty_subject(analysis, q) -> bool:
    """Is the sum told after a copula whose subject names no noun, its noun left out as told before ("Kelby's budget
    was £210m, while Harlow's was £160m"), or right after a name that receives it ("a grant of £500,000 and the
    Harbour Museum £300,000")?"""
    if q.start < 0:
        return False
    part, start = analysis.where(q.start)
    at = next((i for i, t in enumerate(part.tokens) if t.start >= start), len(part.tokens))
    if at >= 1 and part.tokens[at - 1].lower in _BE_FORMS:
        return not _subject_head(part, at - 1)
    return at >= 1 and part.tokens[at - 1].is_cap and not is_possessive(part.tokens[at - 1])


def _subject_head(part, copula: int) -> str:
    """The lemma of the head noun of the subject before a copula (or "came" of "came to"): the last common noun before
    the subject's first preposition ("its profit from ticket sales was": profit; "Linford's wage bill was": bill), or ""."""
    toks, text = part.tokens, part.text
    start = copula
    while start > 0 and copula - start < _SUBJECT_REACH + 2 and not part.verbal(start - 1) \
            and not any(ch in ",;:()" for ch in text[toks[start - 1].end:toks[start].start]) and toks[start - 1].lower not in _SUBJECT_OPENERS:
        start -= 1
    span = range(start, copula)
    first_prep = next((j for j in span if toks[j].lower in _INSIDE_A_PHRASE and toks[j].lower != "and"), copula)
    return next((toks[j].lemma for j in range(first_prep - 1, start - 1, -1)
                 if toks[j].is_content and (j == 0 or not toks[j].is_cap) and not toks[j].is_number), "")


_SUBJECT_OPENERS = frozenset("while whereas but and that which when after before".split())  # what opens the clause a subject heads


def _past_figure(analysis, q) -> tuple:
    """(the text that holds a figure, the index of its first token after the figure)."""
    part, start = analysis.where(q.start)
    return part, next((i for i, t in enumerate(part.tokens) if t.start >= start + (q.end - q.start)), len(part.tokens))


def _whole_and_end(analysis, q) -> tuple:
    """(_share_of's whole, the index of the token after it in the tokens of the text that holds it)."""
    if q.start < 0 or q.unit != "%":
        return (), -1
    part, k = _past_figure(analysis, q)
    toks = part.tokens
    if k < len(toks) and toks[k].lower == "of":
        k += 1
    elif not _ONE_IN_RE.fullmatch(q.detail or ""):
        return (), k
    while k < len(toks) and (toks[k].lower in DETERMINERS or is_possessive(toks[k]) or toks[k].is_cap):
        k += 1  # "of its", "of the council's", "of Larkway's"
    end = _content_run(toks, k)  # the phrase: "private tenants", not "private"
    for j in range(k + 1, end):
        if english.inflected_verb(toks[j].lower) and not toks[j].lower.endswith("s"):
            # and the participle that narrows it ("homes advertised"), the head last
            return (toks[j].lemma, *(t.lemma for t in toks[k:j])), j + 1
    return tuple(t.lemma for t in toks[k:end]), end


def _content_run(toks, k: int) -> int:
    """Where the run of content words from token ``k`` ends (not a number, not a name)."""
    while k < len(toks) and toks[k].is_content and not toks[k].is_number and not toks[k].is_cap:
        k += 1
    return k


def _spent_on(analysis, q) -> tuple:
    """The lemmas of what a share of a whole goes on, right after the whole ("a tenth of its budget on
    agency staff": agency, staff; "a fifth on drugs", the whole left unsaid: drug); ()."""
    k = _whole_and_end(analysis, q)[1]
    if k < 0:
        return ()
    return _on_phrase(analysis.where(q.start)[0].tokens, k)


def _on_phrase(toks, k: int) -> tuple:
    """The lemmas of the phrase an "on" at token k opens, past its determiners ("on the roads": road); ()."""
    if not (k < len(toks) and toks[k].lower == "on"):
        return ()
    k += 1
    while k < len(toks) and toks[k].lower in DETERMINERS:
        k += 1
    return tuple(t.lemma for t in toks[k:_content_run(toks, k)])


@_per_analysis
def _spent_phrase(analysis, q) -> tuple:
    """The lemmas of the heads of what a sum of money is spent on, right after it ("spent £4.2m on roads and £1.1m on
    libraries": road for the first, library for the second; "on road safety campaigns last year": campaign), where
    the nearest verb before the sum is one of spending ("a tax of £1.1m on roads", "saved £1.1m on roads" spend
    nothing on them); a head for each thing of a list: (heads, every word), or ((), ())."""
    if q.unit not in quantity_parser.CURRENCY_CODES or q.start < 0:
        return (), ()
    part, k = _past_figure(analysis, q)
    toks = part.tokens
    after = _spent_after(toks, k)  # "£520,000 went on agency workers", "£1.1m was spent on libraries"
    if after is not None:
        k = after
    elif not (k < len(toks) and toks[k].lower in _SPENT_PREPOSITIONS):
        return (), ()
    if after is None and not _spent_before(part, toks, k):
        return (), ()
    heads, head, words = [], "", []
    for j in range(k + 1, min(len(toks), k + 1 + _ON_REACH)):
        tok = toks[j]
        if "," in part.text[toks[j - 1].end:tok.start] or tok.lower in ("and", "or"):
            heads, head = heads + [head] if head else heads, ""  # "on street cleaning, grass cutting and litter
            if tok.lower in ("and", "or"):  # collection": each thing of the list
                continue
        if tok.lower in DETERMINERS or is_possessive(tok) or tok.lower in _PLAIN_MODIFIERS:
            continue  # ("on new boilers")
        if tok.lower in _TIME_OPENERS or tok.lower in PERIOD_WORDS or tok.lower in MONTHS or tok.lower == "season" \
                or not tok.is_content or tok.is_number:
            break  # "on its academy last season": the phrase ends before its time, or at a preposition
        head = tok.lemma
        words.append(head)
    return tuple(heads + [head] if head else heads), tuple(words)


def _spent_before(part, toks, k: int) -> bool:
    """Is the nearest verb before the sum, in its clause, one of spending that takes the preposition at ``k`` (the
    verb whose sums are listed: "spent £2.1m on player wages and £400,000 on its academy"; not "made a loss of
    £1.1m, but spent ...", another clause's, nor "spent £2m in March", a time, nor "cost £4m on top of the
    budget", more than it)?"""
    if k + 1 < len(toks) and toks[k + 1].lower == "top":
        return False
    for j in range(k - 1, -1, -1):
        if toks[j].lower in _OTHER_CLAUSE or any(ch in ";:" for ch in part.text[toks[j].end:toks[j + 1].start]):
            return False
        if toks[j].lemma in _SPENDING_VERBS and (part.verbal(j) or _costs_an_object(toks, j)):
            return toks[k].lower in _SPENDING_VERBS[toks[j].lemma]
    return False


def _costs_an_object(toks, j: int) -> bool:
    """Is "cost" at ``j`` a verb by what follows it ("the dispute cost it £2.1 million", "cost £4m"), whatever
    the word before ("bin dispute cost" reads as a compound)?"""
    return toks[j].lemma == "cost" and j + 1 < len(toks) and (toks[j + 1].lower in ("it", "them", "us", "him", "her")
                                                              or toks[j + 1].is_number)


def _spent_after(toks, k: int):
    """The index of the preposition of what a sum goes on, told after the sum ("£520,000 went on agency workers",
    "£1.1m was spent on libraries"), or None."""
    if k + 1 < len(toks) and toks[k].lemma == "go" and toks[k + 1].lower == "on":
        return k + 1
    if k + 2 < len(toks) and toks[k].lower in ("was", "were") and toks[k + 1].lemma in _SPENDING_VERBS \
            and toks[k + 2].lower in _SPENDING_VERBS[toks[k + 1].lemma]:
        return k + 2
    return None


def _sum_spent_on(analysis, q) -> tuple:
    return _spent_phrase(analysis, q)[0]


def _sum_spent_words(analysis, q) -> tuple:
    return _spent_phrase(analysis, q)[1]


_PLAIN_MODIFIERS = frozenset("new more extra further other".split())


_ON_REACH = 12  # tokens of what a sum is spent on


# verbs of spending and the prepositions that name what the money goes on ("spent £2m on", "invested £2m in",
# "allocated £2m to", "earmarked £2m for")
_SPENDING_VERBS = {"spend": ("on",), "invest": ("in",), "allocate": ("to", "for"), "earmark": ("for",), "cost": ("on",)}
_SPENT_PREPOSITIONS = frozenset(p for ps in _SPENDING_VERBS.values() for p in ps)
_OTHER_CLAUSE = frozenset("but while whereas which who although".split())
_TIME_OPENERS = frozenset("last next this every each".split())


def _sums_from_two_givers(statement, sq, claim, cq, places) -> bool:
    """Does each text name who the sum came from, two givers ("a £12 million grant from Kelby District Council" /
    "a £12 million grant from the Coastal Towns Fund")? Then the same value is two sums."""
    mine, theirs = _sum_from(statement, sq), _sum_from(claim, cq)
    # (the same names in any order are one giver; one of several is not: "from Sony" / "from Samsung, LG and Sony")
    return bool(mine and theirs) and not (all(any(a == b or same_name(a, b, places) for b in theirs) for a in mine)
                                          and all(any(a == b or same_name(a, b, places) for a in mine) for b in theirs))


def _sum_from(analysis, q) -> tuple:
    """The names a sum comes from, a giver's or a source's ("£500,000 from the Harwood Foundation", "£500,000 of
    the pledges came from the Harwood Foundation"): the first name after "from" in the figure's clause, a few
    words on, and those joined to it; else ()."""
    if q.start < 0 or q.start >= IN_QUOTE or not q.unit:
        return ()
    lo, hi = _clause(analysis, q.start)
    at = analysis.text.find(" from ", q.end, min(hi, q.end + _FROM_REACH))
    if at < 0:
        return ()
    # (past a determiner and a possessive before the name: "from the government's Coastal Towns Fund")
    first = next((m for m in analysis.mentions if at < m.start <= at + _GIVER_REACH
                  and not any(ch in analysis.text[at + len(" from "):m.start] for ch in ",;.")), None)
    if first is None:
        return ()
    # (and the names joined to it: "from Samsung and SK Hynix", one giver told as two)
    givers, end = [first.name], first.end
    toks = analysis.tokens
    for m in analysis.mentions:
        if m.start > end and _JOINED_NAMES_RE.fullmatch(analysis.text, end, m.start) \
                and not (m.last + 1 < len(toks) and analysis.verbal(m.last + 1)) \
                and not _APPOSITIVE_AFTER_RE.match(analysis.text, m.end):  # (not "and Kelby Council agreed ...", "and Sarah
            # Hughes, its chair, said"; but "from SK Hynix and Samsung," he said)
            givers.append(m.name)
            end = m.end
    return tuple(givers)


_APPOSITIVE_AFTER_RE = lazy(r",\s+(?:its|their|his|her|the|a|an)\b")  # a name's description set off by commas
_JOINED_NAMES_RE = lazy(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?")  # ("... and the Heritage Fund")


_GIVER_REACH = 32  # characters from "from" to the giver's name ("from the government's Coastal Towns Growth Fund")
_FROM_REACH = 80  # characters from a sum to the "from" of its giver ("£500,000 of the early pledges ... came from")


def _sums_on(statement, sq, claim, cq) -> str:
    """"same" where the two sums are spent on one thing (the heads of their phrases alike), "partial" where a word
    of the two phrases is alike and the heads are not, "other" where on two things, else ""."""
    mine = _sum_spent_on(statement, sq)
    theirs = _sum_spent_on(claim, cq) if mine else ()
    if not (mine and theirs):
        return ""
    if any(a == b or word_similarity(a, b) >= SAME_MEASURE for a in mine for b in theirs):
        return "same"
    # (a word of the phrases alike, the heads not, is a part or a kind of the thing: "on schools" / "on school
    # repairs", "on road safety campaigns" / "on roads")
    return "partial" if _any_alike(_sum_spent_words(statement, sq), _sum_spent_words(claim, cq)) else "other"


def _shares_for_two_ends(statement, sq, claim, cq) -> bool:
    """Do two shares go on different things the claim tells apart ("a fifth of its budget on agency
    staff" against the claim's "a fifth of its budget on drugs", where it gives agency staff their own
    share)?"""
    return _ends_differ(statement, sq, claim, cq) and _spent_on(statement, sq)[-1] in {t.lemma for t in claim.tokens}


def _ends_differ(statement, sq, claim, cq) -> bool:
    """Do the two shares go on things no word of which is alike ("a fifth of its budget on staff pay",
    "a tenth of its budget on buildings")? Then they are two shares, whose values say nothing of each
    other (nor, where the claim does not name the statement's, does one back the other)."""
    mine, theirs = _spent_on(statement, sq), _spent_on(claim, cq)
    return bool(mine and theirs) and not _any_alike(mine, theirs)


def _any_alike(words, others, at: float = ALIGNED_WORD) -> bool:
    """Is a word of one set alike one of the other's (the same lemma, or as like as ``at``)?"""
    return any(word_similarity(a, b) >= at for a in words for b in others)


# verbs that tell what share of a whole a part is ("made up 14 per cent", "accounted for a quarter")
_SHARE_VERBS = frozenset([HAVE, "account", "represent", "constitute", "form"])


def _share_part(analysis, q, copula: bool = False) -> frozenset:
    """The head lemmas of the part whose share of a whole the figure is, the subject of a verb of
    share right before it ("Online sales made up 14 per cent of its revenue": sale), or with
    ``copula`` of "be" too ("its wage bill was 74 per cent of its turnover": bill); empty if none."""
    return _share_parts(analysis, q)[copula]


@_per_analysis
def _share_parts(analysis, q) -> tuple:
    """(the part told by a verb of share, the part told by a verb of share or "be"): see _share_part."""
    if q.unit != "%" or q.start < 0:
        return frozenset(), frozenset()
    part, start = analysis.where(q.start)
    toks = part.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    verb = next((k for k in range(first - 1, max(-1, first - 3), -1)
                 if toks[k].lemma in _SHARE_VERBS or toks[k].lower in _BE_FORMS), None)
    heads = frozenset(_measure_heads(part, verb)) if verb is not None else frozenset()
    return (frozenset() if verb is None or toks[verb].lower in _BE_FORMS else heads), heads


def _same_part(statement, sq, claim, cq) -> bool:
    """Are the two shares both told of one part ("its wage bill was 74 per cent of its turnover" / "its wage
    bill was a fifth of its turnover")?"""
    return _any_alike(_share_part(statement, sq, copula=True), _share_part(claim, cq, copula=True))


def _parts_differ(statement, sq, claim, cq) -> bool:
    """Are the two shares of two parts no word of which is alike ("ticket sales made up a third of its
    income", "grants made up a quarter of its income")? Then their values say nothing of each other."""
    mine, theirs = _share_part(statement, sq), _share_part(claim, cq)
    return bool(mine and theirs) and not _any_alike(mine, theirs)


_ONE_IN_RE = lazy(r"\d+ in \d+")


_ALTERNATIVES_REACH = 16  # tokens after a figure where what it counts is told ("16 of its 19 bathing waters were rated good or excellent")


def _alternatives_after(analysis, q, past_commas: bool = True) -> tuple:
    """(the lemmas joined by "or" in the figure's clause after it, the clause's lemmas there): "16
    bathing waters were rated good or excellent" gives ({good, excellent}, ...)."""
    if q.start < 0:
        return frozenset(), frozenset()
    part, start = analysis.where(q.start)
    toks = part.tokens
    lo, hi = _clause(part, start)
    end = start + (q.end - q.start)
    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    # another figure's words are its own, but for the whole the figure is "of" ("41 of the trust's 52 schools")
    later = min((o.start for o in part.quantities if o.start > start and not part.text[end:o.start].lstrip().startswith("of ")),
                default=hi)
    asides = [(a, b) for a, b in set_off_spans(part.text) if not a <= start < b]
    window = []
    for i in range(k, len(toks)):
        if len(window) >= _ALTERNATIVES_REACH:
            break
        if any(a <= toks[i].start < b for a, b in asides):
            continue  # an aside set off by commas ("16 of the 20 homes, most of them run by the council, good or ...")
        if toks[i].start >= min(hi, later) or (not past_commas and window and "," in part.text[toks[i - 1].end:toks[i].start]):
            break  # the clause, or another figure ("79 goals, 17 of them from penalties or free kicks"); for
            # the statement a comma too ("inspected 38 of the schools in 2024, rating most of them good")
        window.append(i)
    joined = {toks[i + d].lemma for i in window if toks[i].lower == "or" and 0 < i < len(toks) - 1
              for d in (-1, 1) if toks[i + d].is_content and not toks[i + d].is_number}
    if any(toks[i].lower == "least" and toks[i - 1].lower == "at" for i in window if i > 0):
        joined.add("at least")  # "rated at least good" is good or better: either alternative
    return frozenset(joined), frozenset(toks[i].lemma for i in window)


def _one_of_the_alternatives(statement, sq, claim, cq) -> bool:
    """Does the statement count what one of the claim's alternatives counts ("12 rated excellent"
    against "16 rated good or excellent"): a part of the claim's count, which may be fewer?"""
    either, _ = _alternatives_after(claim, cq)
    if len(either) < 2:
        return False
    joined, told = _alternatives_after(statement, sq, past_commas=False)
    return not joined and len(either & told) == 1


def _shares_of_two_wholes(statement, sq, claim, cq) -> bool:
    """Are the two shares of different wholes the claim tells apart ("one in five private tenants"
    against "one in 12 homes advertised", where the claim also speaks of private tenants)? A whole in
    other words ("a quarter of sales" for "25% of revenue") is not told apart unless the claim names
    the statement's whole too."""
    mine, theirs = _share_of(statement, sq), _share_of(claim, cq)
    if not mine or not theirs or _any_alike(mine, theirs):
        return False  # ("alcohol by volume" / "alcohol content": one whole)
    return mine[-1] in {t.lemma for t in claim.tokens}


def _share_points_told(statement, sq, claimed):
    """A change "by 5.3 points" of a measure the claim gives in per cent is one of percentage points,
    as it is beside a share in the statement's own words ("fell 5.3 points to 81.2%"); "points" of a
    claim that counts points (a league's) stay points."""
    if sq.unit or (sq.noun or "").lower() not in ("point", "points") or not _change(statement, sq):
        return sq
    if sum(cq.unit == "%" for cq in claimed) < 2 and not any(cq.unit == POINTS for cq in claimed) \
            or any((cq.noun or "").lower() in ("point", "points") for cq in claimed):
        return sq  # (not where one share stands beside scores: "fell to 498 from 505, while 62 per cent ...")
    return sq._replace(unit=POINTS, noun="")


def _events_counted_alike(statement, sq, claim, cq) -> bool:
    """Does one figure count events by their noun and the other the things they befall by its verb
    ("five deaths" / "three patients died", "19 arrests" / "police arrested 14 people", "120 visits" /
    "visited 80 patients")? See _counted_events for what the two counts say of each other."""
    return bool(_event_verb(statement, sq, claim, cq) or _event_verb(claim, cq, statement, sq))


def _event_verb(by_noun, nq, by_verb, vq) -> str:
    """The verb of ``by_verb`` whose act ``nq``'s noun names, the act befalling ``vq``'s things; ""."""
    if not nq.noun or nq.unit or vq.unit or bool(nq.per) != bool(vq.per) or not nq.noun.isalpha():
        return ""
    event = english.lemma(nq.noun.lower())
    return next((verb for verb in _verbs_of_count(by_verb, vq)
                 if event == verb or event in english.family(verb) or english.related(verb).get(event, 0.0) >= _EVENT_NOUN
                 or event in _ONCE_ONLY.get(verb, ())), "")


# acts each of which befalls one thing: a person arrested, convicted, fined, excluded, suspended,
# evicted, dismissed or injured, a flight cancelled, a branch closed (one rescue, raid, sale, visit or
# attack may be of several, and one person face several charges): there are at least as many acts
# as things, and as many as a rule
_ONE_EACH = frozenset({"arrest", "convict", "caution", "fine", "exclude", "suspend", "expel", "evict",
                       "dismiss", "sack", "injure", "cancel", "close"})

# what befalls a thing once only: as many deaths as people died (a person may be arrested, visited or
# fined twice, and one rescue, sale or raid may be of several people or things)
# (and recovers from an illness once, in the counts of an outbreak; is born once)
_ONCE_ONLY = {"die": ("death",), "kill": ("death", "killing"),  # and the deaths of those killed
              "recover": ("recovery",), "bear": ("birth",)}


def _counted_events(statement, sq, claim, cq, rel: str) -> str:
    """How a count of events and a count of the things they befall relate, given how the figures
    compare as numbers (``rel``): one count where a thing can undergo the act once only ("two deaths" /
    "two patients died"); otherwise neither says anything of the other (30 rescues may be of 45 people,
    90 visits of some of 140 works visited). A plan's figure is not a count of deeds done ("nine store
    openings since 2021" / "expects to open 25 stores")."""
    if _planned(statement) != _planned(claim):
        return "related"
    by_noun = _event_verb(statement, sq, claim, cq)
    verb = by_noun or _event_verb(claim, cq, statement, sq)
    if verb not in _ONCE_ONLY:
        nq, vq, by_verb, by_noun_text = (sq, cq, claim, statement) if by_noun else (cq, sq, statement, claim)
        if verb not in _acts_undergone(by_verb, vq):
            if _doers_of_one_things_act(by_verb, vq, verb):
                return rel  # "Frances Ha was reviewed by 80 critics": each did it to the one film once, 80 reviews
            return "related"  # "5,600 customers complained": a customer may complain twice
        if _one_event_a_thing(by_noun_text, nq, vq):
            return rel
        if verb in _ONE_EACH and (rel == "supports" or (rel == "conflicts" and nq.value < vq.value)) \
                and not _things_counted_too(by_noun_text, nq, vq):
            return rel  # nine arrests cannot be of 14 people arrested; 14 arrests are the 14 people's
        return "related"
    if rel == "conflicts" and not _occasion_told(statement, claim, cq if _event_verb(statement, sq, claim, cq) else sq):
        return "related"  # "three deaths at the university's halls in 2024" may count more than "two students
        # died in a fire at Fenwick Hall": deaths told with no word for the claim's occasion may be more of them
    return rel


def _things_counted_too(analysis, nq, vq) -> bool:
    """Does the text that counts the acts (``nq``) count the things they befell as well ("1,240
    suspensions, given to 610 pupils")? Then its count of acts is no count of the things."""
    things = _noun_lemma(vq)
    return bool(things) and any(q is not nq and _noun_lemma(q) == things for q in analysis.quantities)


def _noun_lemma(q) -> str:
    """The lemma of what a figure counts, or ""."""
    return english.lemma(q.noun.lower()) if q.noun else ""


def _one_event_a_thing(analysis, nq, vq) -> bool:
    """Does the noun of events name the things the act befalls, those the other figure counts, before
    it ("120 job cuts" / "cut 120 jobs", "18 store closures" / "closed 18 stores") or in its "of" or
    "against" phrase ("300 inspections of privately rented homes" / "inspected 300 homes", "40
    prosecutions against landlords")? Then each event befalls one of them: as many events as things."""
    things = _noun_lemma(vq)
    return bool(things) and any(word == things or word_similarity(word, things) >= _NAMES_THE_COUNTED
                                for word in _kind_words(nq) | _befallen_after(analysis, nq))


def _befallen_after(analysis, q) -> set:
    """The head noun of the "of" or "against" phrase right after a count of events ("300 inspections of
    privately rented homes": home), as a one-word set; empty otherwise."""
    if q.start < 0:
        return set()
    part, k = _past_figure(analysis, q)
    toks = part.tokens
    if k >= len(toks) or toks[k].lower not in ("of", "against"):
        return set()
    k += 1
    while k < len(toks) and (toks[k].lower in DETERMINERS or is_possessive(toks[k]) or toks[k].is_cap):
        k += 1
    end = _content_run(toks, k)
    return {toks[end - 1].lemma} if end > k else set()


def _occasion_told(statement, claim, dead) -> bool:
    """Does the statement name the occasion of the deaths the claim counts with a verb: the nouns of
    the phrase after the verb, past its object, up to a comma ("died in a fire at Fenwick Hall, ...":
    fire; "died after contracting norovirus": norovirus; "were killed and 23 seriously injured in
    crashes": crash; "killed when a ward roof collapsed": ward, roof)? Where the claim names none,
    there is none to miss."""
    occasion = _occasion_of(claim, dead)
    said = _content_lemmas(statement)
    told = [o in said or any(word_similarity(w, o) >= ALIGNED_WORD for w in said) for o in occasion]
    # an event the statement names as known ("The roof collapse at Tarnby Hospital caused four deaths") is
    # the claim's where it names any of its words; a count of its own ("There were 20 fire deaths") must
    # name them all ("died in house fires" is narrower)
    return not told or (any(told) if statement.tokens and statement.tokens[0].lower == "the" else all(told))


@_per_analysis
def _occasion_of(analysis, q) -> frozenset:
    """The lemmas of the phrase after the verb the figure's dead died or were killed by (see _occasion_told)."""
    if q.start < 0:
        return frozenset()
    part, start = analysis.where(q.start)
    toks = part.tokens
    lo, hi = _clause(part, start)
    end = start + (q.end - q.start)
    verbs = set(_verbs_of_count(analysis, q))
    verb_at = next((i for i, t in enumerate(toks) if lo <= t.start < hi and t.lemma in verbs and t.lemma in _ONCE_ONLY), None)
    if verb_at is None:
        return frozenset()
    k = max(verb_at + 1, next((i for i, t in enumerate(toks) if t.start >= end), len(toks)))
    found = set()
    for i in range(k, len(toks)):
        tok = toks[i]
        if tok.start >= hi or (i > k and "," in part.text[toks[i - 1].end:tok.start]):
            break
        if tok.is_content and not tok.is_cap and not tok.is_number and tok.lower not in NUMBER_WORDS \
                and tok.lemma not in _BE_FORMS and not tok.lower.endswith("ly") \
                and not (english.inflected_verb(tok.lower) and not tok.lower.endswith("s")):  # "collapsed", "contracting"
            found.add(tok.lemma)  # its nouns: "in house fires" is narrower than "fire deaths"
    return frozenset(found)


_EVENT_NOUN = 0.7  # a noun the related-pieces table finds this near a verb names its act ("die" / "death", "sell" / "sale")
_COUNT_VERB_REACH = 10  # tokens after a figure where the verb its things do or undergo may stand ("Two patients on Ward 9 at Kelby General Hospital died")


@_per_analysis
def _verbs_of_count(analysis, q) -> tuple:
    """The lemmas of the verbs whose subject or object the figure's things may be: the first verb
    after the figure in its clause ("three patients in the drug group died", "12 people were
    arrested") and the word right before it that can be a verb ("arrested 12 people", "cut 120 jobs")."""
    return tuple(verb for verb, _ in _acts_of_count(analysis, q))


@_per_analysis
def _acts_undergone(analysis, q) -> tuple:
    """The lemmas of the verbs whose act the figure's things undergo, rather than do: the verb before
    them ("cut 120 jobs") or a passive after them ("nine managers were sacked"), not "5,600
    customers complained"."""
    return tuple(verb for verb, undergone in _acts_of_count(analysis, q) if undergone)


@_per_analysis
def _acts_of_count(analysis, q) -> tuple:
    """(lemma, undergone) of each verb of _verbs_of_count: ``undergone`` when the figure's things are
    its object, or the subject of its passive."""
    if q.start < 0:
        return ()
    part, start = analysis.where(q.start)
    toks = part.tokens
    lo, hi = _clause(part, start)
    end = start + (q.end - q.start)
    others = {o.start for o in part.quantities if o.start > start}
    named = {t.start for k, t in enumerate(toks) if k and toks[k - 1].is_cap and t.is_number}  # "Ward 9": a name's number
    at = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    first = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    lead = first - 1
    while lead >= 0 and toks[lead].lower in DETERMINERS:
        lead -= 1
    if lead >= 2 and toks[lead].lower == "of" and toks[lead - 1].lower == "total" and toks[lead - 2].lower in ("a", "the"):
        lead -= 3  # "a total of 47 pupils gained ...": the words mark the figure as a sum, no preposition's object
    found = []
    # a figure after a preposition is no subject ("won 20 of their 38 matches, drew 8": 38 matches drew nothing)
    for i in range(at, min(len(toks), at + _COUNT_VERB_REACH)) if lead < 0 or toks[lead].lower not in _PREPOSITIONS else ():
        if toks[i].start >= hi or not (toks[i].is_content or toks[i].is_number or toks[i].is_cap or toks[i].text.isalpha()) \
                or (toks[i].start in others and toks[i].start not in named):
            break  # the clause, a comma, or another figure's phrase ends the search
        if toks[i].lower in _PERFECT_OR_MODAL and i + 1 < len(toks) and part.verbal(i + 1):
            continue  # "770 people had recovered", "40 staff will lose their jobs": the verb is the next word's
        if part.verbal(i) and toks[i].lower not in _BE_FORMS:
            if toks[i - 1].lower not in ("and", "or"):  # "seized 14 knives and arrested four men": the
                found.append((toks[i].lemma, toks[i - 1].lower in _BE_FORMS))  # knives arrested nothing
            break
    if 0 < first and toks[first - 1].start >= lo and toks[first - 1].lower not in _BE_FORMS \
            and english.can_be_verb(toks[first - 1].lower) and toks[first - 1].is_content \
            and not any(o.start < toks[first - 1].start < o.end for o in part.quantities):
        # (not another figure's noun: "sold 8,200 tickets over four nights" tickets nothing)
        found.append((toks[first - 1].lemma, True))
    if first >= 3 and toks[first - 1].lower == "by" and toks[first - 3].lower in _BE_FORMS and toks[first - 2].start >= lo \
            and toks[first - 2].is_content and part.verbal(first - 2) and q.noun and english.names_a_person(english.lemma(q.noun.lower())):
        # the doers of a passive ("was reviewed by 70 critics", "were arrested by 12 officers"): they do it
        # (persons: "was beaten by 99 seconds" tells a margin)
        found.append((toks[first - 2].lemma, False))
    return tuple(found)


_PERFECT_OR_MODAL = frozenset("has have had will would can could should may might must".split())


# acts of judging or endorsing one work or document, which one person does to it once (a review, a
# rating, a signature); not acts done again ("called by 8,000 residents" may be 8,000 calls or fewer callers)
_ONCE_A_DOER = frozenset("review rate sign".split())


def _doers_of_one_things_act(analysis, q, verb: str) -> bool:
    """Does the figure count the doers of a passive whose subject is one thing ("the film was reviewed
    by 80 critics", "the petition has been signed by 9,000 people")? Each did the act to that thing once:
    as many acts as doers."""
    if verb not in _ONCE_A_DOER or (verb, False) not in _acts_of_count(analysis, q) or q.start < 0:
        return False
    part, start = analysis.where(q.start)
    toks = part.tokens
    first = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    return first >= 3 and toks[first - 3].lower in ("was", "is", "been")  # (one thing: "were reviewed" may be of several)


# verbs whose object is a measure rather than a thing acted on ("reached 3.4 million", "totalled
# £4m", "cost £2m") or that record a count rather than tell an act ("recorded 412 complaints",
# "saw 40 arrests"): a claim giving the figure says what they say
_MEASURE_VERBS = frozenset("reach total hit top number amount cost weigh measure average exceed pass surpass "
                           "record register log post report see count show occur happen come cause lead result".split())


@_per_analysis
def figure_acts(analysis) -> dict:
    """{(start, end) of a count: (verbs, nouns)}: the lemmas of the verbs of the act its things do or
    undergo ("lost 210 officers": lose; "carried out 1,150 operations": perform; "5,600 customers
    complained": complain), verbs of measure and of record left out (see _MEASURE_VERBS); and the
    nouns that may name that act, the objects of the verbs after the figure ("11 players suffered
    injuries"). Not the figure's own noun: "suffered 35 seizures" is not "seized" 35 things."""
    out, whole = {}, None
    for q in analysis.quantities:
        if q.unit:
            continue  # a sum, a share, a score: no things an act befalls
        verbs = {verb for verb in _verbs_of_count(analysis, q) if not _relative_verb_after(analysis, q, verb)}
        verbs = (verbs | _phrase_verb_before(analysis, q)) - _MEASURE_VERBS
        if whole is not None and _TAKES_UP_RE.match(analysis.text, q.end):
            verbs |= whole  # "four prisoners died, two of them from overdoses": the two died too
        if verbs:
            out[q.start, q.end] = (frozenset(verbs), frozenset(_objects_of(analysis, q, verbs)))
            whole = verbs
    return out


_TAKES_UP_RE = lazy(r"\s+of\s+(?:them|those|whom|which)\b", re.IGNORECASE)  # "two of them": a part of the count before


_OBJECT_REACH = 4  # tokens after a verb where its object's noun ends ("suffered serious injuries")


def _objects_of(analysis, q, verbs) -> set:
    """The head nouns of what the verbs after the figure take as their object ("suffered injuries": injury)."""
    part, start = analysis.where(q.start)
    heads = (object_head(part, k + 1, _OBJECT_REACH) for k, tok in enumerate(part.tokens)
             if tok.start > start and tok.lemma in verbs and part.verbal(k))
    return {part.tokens[head].lemma for head in heads if head >= 0}


def _relative_verb_after(analysis, q, verb: str) -> bool:
    """Is the figure's verb that of a relative clause on its things ("three patients who caught
    norovirus ... died"), not the act the sentence tells of them?"""
    part, start = analysis.where(q.start)
    toks = part.tokens
    return any(t.lemma == verb and k and toks[k - 1].lower in ("who", "which", "that")
               for k, t in enumerate(toks) if t.start > start)


def _phrase_verb_before(analysis, q) -> set:
    """The meaning of a multi-word verb right before a figure, its object ("carried out 40 raids": perform)."""
    if q.start < 0:
        return set()
    part, start = analysis.where(q.start)
    toks = part.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= start), len(toks)) - 1
    if k < 0 or toks[k].lemma or not toks[k].lower.isalpha():
        return set()  # (the word before is no word a phrase absorbed)
    while k >= 0 and not toks[k].lemma and toks[k].lower.isalpha():
        k -= 1  # the words a phrase absorbed ("out" of "carried out")
    return {toks[k].lemma} if k >= 0 and toks[k].is_content and part.verbal(k) else set()


def _change_before(analysis, level):
    """The change a level is told as coming to, in any unit ("rose by 14 per cent to £118.4 million",
    "narrowed by £5.5 million, to £6.2m"), or None."""
    if not 0 <= level.start < IN_QUOTE:
        return None
    before = [q for q in analysis.quantities if 0 <= q.end <= level.start]
    if not before:
        return None
    change_figure = before[-1]
    between = analysis.text[change_figure.end:level.start].lower().replace(",", " ").split()
    if not between or between[-1] != "to" or len(between) > 8 or not _change(analysis, change_figure):
        return None
    return change_figure


def _after_the_same_change(mine, claim, cq) -> bool:
    """Is the claim's figure the level the statement's change ``mine`` came to as well (told as "rose by
    X to ...", the X agreeing; or a later reading, X the difference from its earlier one: "rose by 230,
    to 1,716" against "1,320 households ..., up from 1,090")? Then the statement's level and this one
    are one measure's level, whatever else the two texts give."""
    theirs = [_change_before(claim, cq)] if cq.start >= 0 else []
    theirs += [d.quantity for d in _derived(claim) if d.change and d.other is not None and _later_reading(claim, d) is cq]
    return any(t is not None and quantity_parser.compatible(mine, t) and quantity_parser.relation(mine, t) == "supports"
               for t in theirs)


def _later_reading(claim, d):
    """The claim's figure a change worked out in ``d`` comes to (the reading other than the one it is
    measured from), or None."""
    earlier = d.other
    return next((q for q in claim.quantities if q.start >= 0 and q.start != earlier.start and quantity_parser.compatible(q, earlier)
                 and abs(abs(q.value - earlier.value) - d.quantity.value) <= 1e-6 * max(1.0, abs(q.value))), None)


def _level_reached_alike(statement, sq, claim, d) -> bool:
    """Does the statement give the level its change came to ("rose by 299 in a year, to 1,320"), and is
    it the claim's later reading of the change worked out in ``d`` ("rose to 1,320 from 1,090")? Then
    the two tell one measure, and its change is the readings' difference, whatever the words."""
    later = None if d.other is None else _later_reading(claim, d)
    way = change_way(statement, sq)
    return later is not None and (not way or way in _way_of_change(claim, d)) and any(
        level is not sq and _reached_after(statement, sq, level) and quantity_parser.compatible(level, later)
        and quantity_parser.relation(level, later) == "supports" for level in statement.quantities)


def _tells_a_change(claim) -> bool:
    """Does the claim tell a change in words: a verb of change ("will rise from £6.20 to £6.80", "was cut
    from 12 to 8") or "up from" / "down from"; not a range ("tickets cost from £15 to £40")?"""
    toks = claim.tokens
    return any((t.lemma in DIRECTED and claim.verbal(k)) or (t.lemma in CUT and _made(claim, k))
               or (t.lower in ("up", "down") and k + 1 < len(toks) and toks[k + 1].lower == "from") for k, t in enumerate(toks)) \
        or any(_compared_reading(claim, q) for q in claim.quantities) \
        or any(one_measure(claim, a, b) and earlier_reading(claim, a, b) is not None
               for a, b in zip(claim.quantities, claim.quantities[1:]))  # "24,000 in 2018 and 8,000 in 2024"


def _compared_reading(claim, q) -> bool:
    """Is the figure an earlier reading set beside a later one ("£3.1 million in 2024, compared with £1.4
    million in 2023", ", against £2.5m", "(from £1.1 million in 2023)"): a change told by its two readings?"""
    joiner = reading_joiner(claim, q)
    return joiner in READINGS_COMPARED or (joiner == "from" and _text_before(claim, q, 10).rstrip().endswith("(from"))


def _measure_told(statement, sq, claim, d) -> bool:
    """Does the claim tell the change worked out in ``d`` of the measure the statement's change is of
    ("the number of calls rose by 34 per cent" is no change of "households on the waiting lists")? The
    noun that the statement's verb changes is one of the claim's words, or what the claim counts."""
    mine = {_figure_measure(statement, sq), english.lemma(sq.noun.lower()) if sq.noun else ""} - {""}
    if not mine and sq.unit in ("%", POINTS):
        mine = {_counting_head(statement, sq)} - {""}  # "the staff sickness rate ... fell by 1.6 points": a rate's
        if not mine and _shared_out(statement):
            mine = {"share"}  # "the share of sailings cancelled rose by seven points": a share's, however deep its phrase
    if mine & _SHARE_WORDS:
        mine |= _shared_out(statement)  # "the share of flights departing on time": the flights, as "82 per cent of flights"
    theirs = {english.lemma(q.noun.lower()) for q in (d.quantity, d.other) if q is not None and q.noun}
    return any(_same_measure(word, t.lemma) for word in mine for t in claim.tokens if t.is_content) \
        or any(_same_measure(word, t.lemma) for word in theirs for t in statement.tokens if t.is_content)


_SHARE_WORDS = frozenset(["share", "proportion", "percentage", "fraction"])


@_per_analysis
def _shared_out(analysis) -> frozenset:
    """The lemmas of what a share word is a share of ("the share of Skylark's flights departing on time":
    flight, depart): the content words of the phrase after its "of", past names and determiners."""
    toks = analysis.tokens
    for k, tok in enumerate(toks[:-1]):
        if tok.lemma in _SHARE_WORDS and toks[k + 1].lower == "of":
            j = k + 2
            while j < len(toks) and (toks[j].lower in DETERMINERS or toks[j].is_cap or is_possessive(toks[j])):
                j += 1
            return frozenset(t.lemma for t in toks[j:_content_run(toks, j)])
    return frozenset()


@_per_analysis
def _counting_head(analysis, q) -> str:
    """The counting word ("rate", "proportion", "share") heading the subject of the verb of change
    right before a figure ("the staff sickness rate at Westmere fell by 1.6 points": rate), or ""."""
    part, start = analysis.where(q.start)
    toks = part.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    k = at - 1 - (at > 0 and toks[at - 1].lower == "by")
    if k < 0 or toks[k].lemma not in DIRECTED or not part.verbal(k):
        return ""
    lo, _ = _clause(part, toks[k].start)
    return next((toks[j].lemma for j in range(k - 1, -1, -1) if toks[j].start >= lo and toks[j].lemma in _COUNTING_HEADS), "")


# nouns that measure what "of" names: "the number of burglaries" is a measure of burglaries
_COUNTING_NOUNS = frozenset("number numbers rate rates level levels amount amounts value volume proportion share".split())


def _changes_of_two_measures(statement, sq, claim, cq, relation: str) -> bool:
    """Are two changes of two measures ("its costs rose 5%" / "a 9% rise in revenue")? Their nouns differ,
    and, against a conflict, the claim never names the statement's (it is about something else); against
    support, it names it elsewhere (a noun it never uses may be its own measure in other words: "crowds"
    / "attendance")."""
    mine, theirs = _figure_measure(statement, sq), _figure_measure(claim, cq)
    if not (mine and theirs) or _same_measure(mine, theirs) or _compounded(mine, theirs, statement, claim):
        return False
    named = any(t.is_content and _same_measure(mine, t.lemma) for t in claim.tokens)
    return not named if relation == "conflicts" else named


_MORE_OR_LESS = frozenset(MORE_OR_LESS)  # "more", "less", "fewer"
_PRICING = frozenset(["cost"])  # verbs whose subject is what a price is of
_PAYING = frozenset(["pay", "spend"])  # verbs whose "for" or "on" phrase is what the money goes on


_LEVEL_REACH = 7  # tokens from a verb of change back from the "to" of the level it reaches ("climbed by 6 per cent to")


def _figure_measure(analysis, q) -> str:
    """The noun whose change a figure tells: of the verb before it ("its costs rose 5%", "sales
    fell by 2%"), else the noun after the noun of change ("a 9% rise in revenue", "a fall of 3% in
    profits"), else its modifier ("a 5% pay rise"), or the subject of a verb that is its own figure ("its
    profit tripled"), or a verb's object before the "by" of its degree ("cut its arts budget by a
    third"); "" if none is plain."""
    whole = analysis
    analysis, start = analysis.where(q.start)
    toks = analysis.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    past = next((k for k in range(at, len(toks)) if toks[k].start >= start + (q.end - q.start)), len(toks))
    if at < past and all(not toks[j].is_number for j in range(at, past)) and toks[past - 1].lemma in DIRECTED | CUT \
            and analysis.verbal(past - 1):
        return _measure_of(analysis, past - 1)  # a verb that is its own figure: "its profit tripled"
    k = at - 1 - (at > 0 and toks[at - 1].lower == "by")
    if k >= 0 and toks[k].lemma in DIRECTED | CUT and (analysis.verbal(k) or (k > 0 and toks[k - 1].lemma == "be")):
        return _measure_of(analysis, k)  # (and a passive's: "is being cut by a third")
    if verb_before_its_object(whole, q) >= 0:
        return toks[k].lemma  # the object's head: "will cut its arts budget by a third" changes the budget
    if k >= 1 and toks[k].lower == "to":  # the level a change reaches: "sales climbed 6% to £41m", "fell to £2m"
        verb = next((j for j in range(k - 1, max(-1, k - _LEVEL_REACH), -1)
                     if toks[j].lemma in DIRECTED and analysis.verbal(j)), -1)
        if verb >= 0 and "," not in analysis.text[toks[verb].end:toks[k].start]:
            return _measure_of(analysis, verb)
    if k >= 0 and past < len(toks) and (toks[past].lower in _MORE_OR_LESS or _comparative(toks[past].lower)) \
            and toks[k].lemma in _PRICING:  # (not "households will pay 15% more": who pays is no measure)
        return _measure_of(analysis, k)  # "weekend tickets cost over 20% more than in 2023": the tickets
    if k >= 0 and past + 2 < len(toks) and toks[past].lower in _MORE_OR_LESS and toks[k].lemma in _PAYING \
            and toks[past + 1].lower in ("for", "on"):
        # "households will pay 10% more for parking": what is paid for (past its determiners) is the measure
        j = past + 2
        while j < len(toks) and toks[j].lower in DETERMINERS:
            j += 1
        return toks[j].lemma if j < len(toks) and toks[j].is_content and not toks[j].is_cap else ""
    if at >= 2 and toks[at - 1].lower == "of" and of_change(toks[at - 2].lemma):
        noun = at - 2  # "a fall of 3%"
    else:
        noun = next((j for j in range(past, min(past + 3, len(toks))) if of_change(toks[j].lemma)), None)  # "a 9% rise"
    if noun is None:
        return ""
    after = past if noun < at else noun + 1
    if after + 1 < len(toks) and toks[after].lower in ("in", "of"):
        # "a 9% rise in revenue", "a fall of 3% in profits", "a rise of 90p in Kessel line fares is due"
        phrase = []
        first = after + 1
        while first < len(toks) - 1 and toks[first].lower in DETERMINERS:
            first += 1  # "a 53 per cent rise in its profit"
        for j in range(first, min(first + 8, len(toks))):  # (four words, and hyphened modifiers' parts)
            if len(phrase) == 4:
                break
            if toks[j].lower in _COUNTING_NOUNS and j + 2 < len(toks) and toks[j + 1].lower == "of":
                phrase = []  # "a rise in the number of burglaries", "a fall in the rate of absence": the counted
                continue  # thing is the measure (read on past "of" and its determiner)
            if not phrase and (toks[j].lower == "of" or toks[j].lower in DETERMINERS):
                continue
            if (j + 1 < len(toks) and analysis.text[toks[j].end:toks[j + 1].start] == "-") \
                    or (j > first and analysis.text[toks[j - 1].end:toks[j].start] == "-" and j + 1 < len(toks)):
                continue  # "half-year profit", "pre-tax profits": a hyphened modifier before the noun
            if not toks[j].is_content or toks[j].is_number or (analysis.verbal(j) and not toks[j].is_cap) \
                    or (j > first and "," in analysis.text[toks[j - 1].end:toks[j].start]):
                break
            phrase.append(toks[j])
        return phrase[-1].lemma if phrase and not phrase[-1].is_cap else ""
    before = toks[noun - 1] if noun > 0 else None
    if before is not None and noun > 1 and analysis.text[toks[noun - 2].end:before.start] == "-":
        before = None  # "a 3% above-inflation rise": a modifier of the rise, no measure
    if before is not None and before.text.isalpha() and not before.is_cap and not analysis.verbal(noun - 1) \
            and before.lower not in DETERMINERS and before.lower not in _INSIDE_A_PHRASE and (noun - 1 >= past or noun < at):
        return before.lemma  # "a 5% pay rise", "a pay rise of 5%" (not "saw growth of 5%")
    return ""


def _change_against_level(statement, sq, claim, cq) -> bool:
    """Is one figure a change and the other a level ("rose by €260 million" / "€2.4 billion")? A figure
    that counts a change ("40,000 more visitors") is one against a claim's change ("an increase of 22,000");
    a difference told against something else ("six more turbines than were approved") is as a change."""
    if _change(claim, cq) or _difference_told(claim, cq):
        return not (_change(statement, sq) or _counts_a_change(statement, sq) or _difference_told(statement, sq))
    # (so is a count of what was added, against a level: "carries 1,650 more vehicles a day" is no reading of
    # "19,850 vehicles a day"; against another count of what was added it is compared)
    return _change(statement, sq) or _difference_told(statement, sq) \
        or (_counts_an_addition(statement, sq) and not _counts_an_addition(claim, cq))


@_per_analysis
def _difference_told(analysis, q) -> bool:
    """Is the figure a difference told against something else, a comparative and "than" after it ("six
    more turbines than the council approved", "1.9 tonnes a hectare less than its five-year average",
    "£98 more than before")? Not a bound before a figure ("more than 40 turbines")."""
    if q.start < 0:
        return False
    part, start = analysis.where(q.start)
    return _DIFFERENCE_AFTER_RE.match(part.text, start + (q.end - q.start)) is not None or (
        q.qualifier in ("exact", "about") and _DIFFERENCE_IN_RE.search(q.text) is not None
        and _THAN_AFTER_RE.match(part.text, start + (q.end - q.start)) is not None)


_DIFFERENCE_WORDS = r"(?:more|fewer|less|higher|lower|bigger|smaller|larger|greater|longer|shorter|cheaper|dearer)"
# the figure's own words, then the comparative, then "than": " a hectare less than", " more than before"
# (not a bound of the next figure: "91% with more than 100 reviews")
_THAN_AFTER = r"(?:\s+[\w'-]+){0,6}?\s+than\b(?!\s+[\d£$€])"
_DIFFERENCE_AFTER_RE = lazy(r"(?:\s+[\w'-]+){0,3}?\s+" + _DIFFERENCE_WORDS + _THAN_AFTER, re.I)
_DIFFERENCE_IN_RE = lazy(r"\b" + _DIFFERENCE_WORDS + r"\b", re.I)  # "six more turbines", the comparative inside the figure
_THAN_AFTER_RE = lazy(_THAN_AFTER, re.I)


def _ways_differ(statement, sq, claim, cq) -> bool:
    """Do two changes go opposite ways ("fell 2.4%" / "growth of 2.4%", "will rise by 30%" / "a
    reduction of 30%")?"""
    mine, theirs = change_way(statement, sq), change_way(claim, cq)
    return bool(mine and theirs) and mine != theirs


def _told_as_level(analysis, q) -> bool:
    """Is the figure told as what something has or came to ("had 200 workers", "has 12 beds", "fell
    to 340 workers", "won with 3,400 votes")?"""
    if _had(analysis, q) or _told_as_reached(analysis, q):
        return True
    words = [w for w in _text_before(analysis, q, 24).lower().split() if w not in PREVERBAL_ADVERBS]
    return len(words) > 1 and words[-1] == "to" and english.lemma(words[-2]) in DIRECTED | CUT


_HAVING = frozenset("has have had having with employs employed employing".split())


def _part_within_whole(whole_text, whole, part_text, part) -> bool:
    """Is ``whole`` a count its text tells as had ("has 1,100 pupils", "had 5,000 runners") and ``part``
    no larger a count of the things of that kind an act befalls that picks some of them ("medics treated
    38 runners", "will close 12 stores")? The act picks some of them: the part says nothing of how many
    there are, but that there are at least as many."""
    if part.value > whole.value or whole.unit or not _had(whole_text, whole) or _had(part_text, part):
        return False
    acts = figure_acts(part_text).get((part.start, part.end))
    # (only acts that befall some of a holder's things: what the things do themselves may be what makes them
    # what they are counted as, "90 members have joined"; and many acts tell the whole, "the festival
    # attracted 9,000 visitors", "the Trust runs 14 schools", "Harnwold supplied 1.46 million accounts")
    return bool(acts) and bool(acts[0] & _PICKING_SOME) and bool(_acts_undergone(part_text, part))


def _doers_within_whole(whole_text, whole, part_text, part) -> bool:
    """Is ``whole`` a count told as had ("has 1,100 pupils") and ``part`` no larger a count of the
    things of that kind that do an act some of them do of their own ("47 pupils gained a grade 9", "380
    customers complained", "212 runners failed to finish")? Those are some of them, however many there are."""
    if part.value > whole.value or whole.unit or part.unit or not _had(whole_text, whole) or _had(part_text, part):
        return False
    if part.definite or _told_as_all(part_text, part):
        return False  # "all 900 pupils received a laptop", "the school's 900 pupils": the whole, told as a whole
    acts = _acts_of_count(part_text, part)
    return bool(acts) and all(verb in _DONE_BY_SOME and not undergone for verb, undergone in acts)


def _told_as_all(analysis, q) -> bool:
    """Is the count told as all there are: after "all", "every", "each", a determiner that takes it as
    known, or a possessive ("the academy's 900 pupils", "every one of its 900 pupils")?"""
    words = _text_before(analysis, q, 24).split()
    if not words:
        return False
    last = words[-1].lower()
    return last in _WHOLE_BEFORE or last.endswith(("'s", "’s", "s'", "s’")) or (len(words) > 1 and words[-2].lower() == "all")


# acts some of a body's people do of their own, which neither make them its people nor end it: verbs of
# obtaining and achieving (Levin 1993, 13.5.2 "obtain", 13.5.1 "get"), of leaving, and of complaint
_DONE_BY_SOME = frozenset("gain win earn achieve obtain get pass finish complete graduate qualify score secure receive "
                          "apply complain quit resign retire die".split())


# verbs by which a holder comes to have or stops having some things (Levin 1993: verbs of change of
# possession, of creation and of destruction), and acts done to some of a body's people (Levin's verbs of
# killing, of hurting, of judgment; a clinic's or a school's acts on its patients and pupils)
_PICKING_SOME = frozenset("close shut sell cut axe lose open add buy acquire build demolish sack dismiss hire recruit "
                          "create shed scrap treat injure hurt kill arrest fine charge convict sentence fail exclude "
                          "expel suspend rescue evacuate vaccinate admit discharge".split())


def _had(analysis, q) -> bool:
    """Is the figure told right after a verb of having ("has 12 beds", "employed 300 staff")?"""
    words = [w for w in _text_before(analysis, q, 24).lower().split() if w not in PREVERBAL_ADVERBS]
    if words[-3:] == ["a", "total", "of"]:
        words = words[:-3]  # "has a total of 1,400 pupils": the words mark a sum
    return bool(words) and words[-1] in _HAVING


def _told_as_held(analysis, q) -> bool:
    """Is the figure told as a level held or reached ("had 350,000 visitors", "rose to 9,800", "stands at
    £12 million"), not as what was done ("recruited 310 officers")?"""
    words = _text_before(analysis, q, 24).lower().split()
    return _told_as_level(analysis, q) or (len(words) > 1 and words[-1] == "at" and english.lemma(words[-2]) == "stand")
_CHANGE_MODIFIERS = frozenset("more fewer less extra additional new laid cut added lost removed".split())


def _counts_a_change(analysis, q) -> bool:
    """Does the figure count a change itself ("200 job cuts", "200 job losses", "30 extra officers",
    "200 workers laid off")?"""
    if _CHANGE_MODIFIERS & set(q.text.lower().split()) or _CHANGE_MODIFIERS & set(re.findall(r"[a-z]+", _text_after(analysis, q, 12))[:1]):
        return True  # (the word after, whatever stop follows it: "has ordered two more, which ...")
    words = [english.lemma(w) for w in (q.noun or "").lower().replace("-", " ").split()]
    return any(w in CHANGE_WORDS or any(f in CHANGE_WORDS for f in english.family(w)) or w in _CHANGE_NOUNS for w in words)


_ADDITION_RE = lazy(r"\b(?:more|extra|additional|further|fewer)\b(?!\s+than\b)", re.I)


def _changed_or_added(analysis, q) -> bool:
    """Is the figure a change ("rose by 6,500") or a count of what was added ("6,500 more visitors"), which tells
    the same change?"""
    return _change(analysis, q) or _counts_an_addition(analysis, q)


def _counts_an_addition(analysis, q) -> bool:
    """Does the figure count what was added to (or taken from) a number of things ("two extra
    turboprops", "has ordered two more", "30 additional officers"), not a bound ("more than half")?"""
    return bool(_addition_word(analysis, q))


def _addition_word(analysis, q) -> str:
    """The additive word a figure counts with ("more", "extra", "fewer"), lower case, or ""."""
    found = _ADDITION_RE.search(q.text) or _ADDITION_RE.match(_text_after(analysis, q, 12).lstrip(" ,"))
    return found.group(0).lower() if found else ""


def _way_added(analysis, q) -> str:
    """The way a count of what was added goes: "1,650 more vehicles" up, "300 fewer pupils" down; else ""."""
    word = _addition_word(analysis, q)
    return "down" if word == "fewer" else "up" if word else ""


_CHANGE_NOUNS = frozenset("loss gain saving redundancy addition".split())  # changes in nouns of their own


def _told_as_reached(analysis, q) -> bool:
    """Is the figure told as the level a measure reached ("rose to 4,100", "has reached 4,100")?"""
    words = _text_before(analysis, q, 24).lower().split()
    return bool(words) and (words[-1] in ("reached", "reaches", "hit", "hits") or (
        words[-1] == "to" and len(words) > 1 and english.lemma(words[-2]) in DIRECTED))


def _thresholds_differ(statement, sq, claim, cq) -> bool:
    """Are two shares each of what meets a limit told after it in its clause ("waited longer than 12
    hours", "seen within four hours"), the limits of one measure and not the same?"""
    mine, theirs = _limit_after(statement, sq), _limit_after(claim, cq)
    return mine is not None and theirs is not None and quantity_parser.compatible(mine, theirs) and not _same_limit(mine, theirs)


def _other_shares_limits(statement, sq, claim, cq) -> bool:
    """Are the two figures the limits of two shares ("61 per cent ... within four hours") that are not
    the same share?"""
    mine, theirs = _share_limited(statement, sq), _share_limited(claim, cq)
    return mine is not None and theirs is not None and quantity_parser.relation(mine, theirs) != "supports"


def _same_limit(a, b) -> bool:
    """Are two thresholds the same one ("within four hours" / "within 4 hours"), told with the same bound word
    and the same value? A threshold marks off what meets it; "within six hours" is not "within four" though it
    bounds it."""
    return a.qualifier == b.qualifier and \
        quantity_parser.relation(a._replace(qualifier="exact"), b._replace(qualifier="exact")) == "supports"


def _share_limited(analysis, q):
    """The share in the figure's clause whose limit it is ("61 per cent ... within four hours": 61
    per cent, for four hours), or None."""
    return next((share for share in analysis.quantities if share is not q and share.unit == "%"
                 and _limit_after(analysis, share) is q), None)


@_per_analysis
def _limit_after(analysis, share):
    """The length of time or measure, told after a share in its clause, that the share's part meets or
    exceeds ("61 per cent ... were seen within four hours": four hours), or None."""
    if share.start < 0:
        return None
    where, start = analysis.where(share.start)
    _, hi = _clause(where, start)
    shift = share.start - start
    return next((q for q in analysis.quantities if share.end <= q.start and q.start - shift < hi and not q.unit
                 and (q.noun or "").lower() in MEASURE_UNITS), None)


def _other_part_denied(statement, lemma, claim) -> bool:
    """Does the statement deny the verb of figures ("some £860,000 has not been recovered") none of which
    the claim gives, where the claim tells that verb done of another figure of the same kind
    ("recovered £340,000")? The denial is of another part. (Where the claim gives a figure the statement
    denies, "did not carry 1.05 million passengers", the denial is of what it tells.)"""
    denied = [sq for sq in statement.quantities if _denied_of(statement, sq) == lemma]
    if not denied or any(quantity_parser.compatible(sq, cq) and quantity_parser.relation(sq, cq) == "supports"
                         for sq in denied for cq in claim.quantities):
        return False
    return any(quantity_parser.compatible(sq, cq) and _part_denied_against_done(statement, sq, claim, cq)
               for sq in denied for cq in claim.quantities)


def _token_span(analysis, q) -> slice:
    """The tokens of the clause a figure stands in."""
    if q.start < 0 or q.start >= IN_QUOTE:
        return slice(0, 0)
    lo, hi = _clause(analysis, q.start)
    k = [i for i, t in enumerate(analysis.tokens) if lo <= t.start < hi]
    return slice(k[0], k[-1] + 1) if k else slice(0, 0)


def _part_denied_against_done(denying, dq, other, oq) -> bool:
    """Does one side deny the verb of its figure ("£860,000 has not been recovered") and the other tell
    that verb done of its figure ("recovered £340,000")?"""
    verb = _denied_of(denying, dq)
    return bool(verb) and not _denied_of(other, oq) and not _denied_for_earlier_times(denying, verb) \
        and any(_same_predicate(verb, t.lemma) for t in other.tokens[_token_span(other, oq)])


_FIRST_TIME_RE = lazy(r"\bfor the first time\b", re.I)
_EARLIER_TIMES_RE = lazy(r"\b(?:before|previously|earlier|ago|since|last|once|times|former(?:ly)?)\b", re.I)


def _told_of_now(statement) -> bool:
    """Does the statement tell what holds for the first time, and nothing of earlier times ("is on display
    for the first time"; not "had been shown before", "shown last year", "closed three times since it
    opened", "was shown in 2019")?"""
    return bool(_FIRST_TIME_RE.search(statement.text)) and not _EARLIER_TIMES_RE.search(statement.text) \
        and not any(d.year for d in statement.calendar_dates)


_EARLIER_REACH = 5  # tokens from a denied verb to the "before" that bounds it: "never been shown in full before"
_EARLIER_ADVERBS = frozenset(["before", "previously"])


def _denied_for_earlier_times(analysis, verb: str) -> bool:
    """Is the denial of the verb one of earlier times only ("had never been shown in full before")? It
    denies nothing of now: "now on show for the first time" tells the same thing, no other part."""
    toks = analysis.tokens
    for k, tok in enumerate(toks):
        if tok.lemma != verb:
            continue
        for j in range(k + 1, min(len(toks), k + 1 + _EARLIER_REACH)):
            if toks[j].lower in _EARLIER_ADVERBS and (j + 1 == len(toks) or not toks[j + 1].is_content):
                return True
    return False


def _acts_differ(claim, a, b) -> bool:
    """Do the two figures, neither a change, go with different acts ("gave £750,000", "raised £410,000")?"""
    if a.start < 0 or b.start < 0 or _change(claim, a) or _change(claim, b):
        return False  # (a level and the cut it came by add to the level before)
    one, other = _verb_of_figure(claim, a), _verb_of_figure(claim, b)
    return bool(one and other) and one != other and word_similarity(one, other) < 0.5 and other not in english.family(one)


def _verb_of_figure(analysis, q) -> str:
    """The lemma of the verb right before a figure in its clause, a light one too ("gave £750,000": give)."""
    if q.start >= IN_QUOTE:
        return ""
    lo, _ = _clause(analysis, q.start)
    before = [k for k, t in enumerate(analysis.tokens) if lo <= t.start < q.start]
    for k in reversed(before[-_VERB_REACH:]):
        if analysis.tokens[k].lower in _SCOPE_ENDS:
            return ""  # "on top of the £15,000 prize": a preposition's object, no verb's
        if analysis.verbal(k):
            return analysis.tokens[k].lemma
    return ""


_VERB_REACH = 4  # words from a verb to its figure: "raised a further £410,000"


def _denied_of(analysis, q) -> str:
    """The verb its clause denies that a figure goes with ("some £860,000 has still not been recovered":
    recover), or ""."""
    if q.start < 0 or q.start >= IN_QUOTE or not analysis.negated:
        return ""
    lo, hi = _fine_clause(analysis, q.start)
    toks = analysis.tokens
    return next((t.lemma for k, t in enumerate(toks) if lo <= t.start < hi and t.lemma in analysis.negated
                 and analysis.verbal(k) and (sum(u.lemma == t.lemma for u in toks) == 1 or _denial_before(analysis, k, lo))), "")


def _denial_before(analysis, k: int, lo: int) -> bool:
    """Does a negator or a verb of failing or refusing stand a few words before the word at ``k``, in its clause?
    (A text's denials are read by lemma: "said 17 subcontractors were owed" is no denial of the saying that
    "refused to say how much" in another clause denies.)"""
    return any(t.start >= lo and (t.lower in NEGATORS or t.lemma in NEGATIVE_IMPLICATIVES or t.lower in ("yet", "unable"))
               for t in analysis.tokens[max(0, k - _DENIAL_REACH):k])  # ("has yet to be recovered", "was unable to")


_DENIAL_REACH = 4  # words from a negator to its verb ("has still not been recovered")


def _counted_in_other_words(sq, claimed) -> tuple:
    """The claim's one count of the statement's figure, where the claim counts nothing the statement's noun
    names: "scrapped 412 of its crossings" against "cancelled 412 of its sailings". A figure of three
    digits or more is too particular to be another count that happens to be the same (a small one, "two
    routes" and "two sailings", may well be); a different figure of other things is no figure of the
    statement's at all, nor is a length of time or a measure, which names its unit."""
    if sq.noun.lower() in quantity_parser.PEOPLE:
        return ()  # (a count of people is compared as one: "a population of 41,200" counts no 41,200 households)
    if _counted_particularly(sq):
        same = tuple(cq for cq in claimed if _counted_particularly(cq) and cq.value == sq.value
                     and cq.noun.lower() not in quantity_parser.PEOPLE)
    else:  # a small count is the claim's in a synonym only ("nine houses" / "nine homes"), and only the same
        same = tuple(cq for cq in claimed if cq.value == sq.value and _counted_in_a_synonym(sq, cq))
    return same if len(same) == 1 else ()


def _counted_in_a_synonym(sq, cq) -> bool:
    """Two plain counts of things the lexicon holds for synonyms, if not for the same word in another form
    (which _counted_alike reads against any figure)."""
    if sq.unit or cq.unit or sq.per or cq.per or not (sq.noun and cq.noun):
        return False
    a, b = english.lemma(sq.noun.lower()), english.lemma(cq.noun.lower())
    return a != b and a not in MEASURE_UNITS and b not in MEASURE_UNITS and word_similarity(a, b) >= SYNONYM


def _counted_alike(sq, cq) -> bool:
    """Do two plain counts count one kind of thing in two words the lexicon holds for synonyms ("40 pupils" /
    "40 students")? (A unit or a rate says what is measured: "miles" is no "km".)"""
    if sq.unit or cq.unit or sq.per or cq.per or not (sq.noun and cq.noun):
        return False
    a, b = english.lemma(sq.noun.lower()), english.lemma(cq.noun.lower())
    # (synonyms, not a broader word: "vehicles" are not all cars, nor "buildings" houses)
    return a != b and a not in MEASURE_UNITS and b not in MEASURE_UNITS and word_similarity(a, b) >= SAME_PREDICATE


def _counted_particularly(q) -> bool:
    return not q.unit and not q.per and bool(q.noun) and q.noun.lower() not in MEASURE_UNITS and q.value >= _PARTICULAR_COUNT \
        and (q.value != int(q.value) // 100 * 100 or _significant_digits(q.value) >= 3)  # (a round hundred may be
    # anything's; "36,800" is no round figure)


def _significant_digits(value: float) -> int:
    digits = str(int(value)).rstrip("0") if value == int(value) else str(value).replace(".", "").strip("0")
    return len(digits)


_PARTICULAR_COUNT = 100


# verbs whose object is a sum of money, so that a bare sum after them is in the claim's currency
_MONEY_VERBS = frozenset("earn gross make raise collect take spend cost pay receive lose invest".split())


def _currency_elided(statement, sq, cq) -> bool:
    """Is the statement's figure a bare sum ("earned more than 15 crore", "grossed 25 million") told after a
    verb of money, against a sum the claim gives in a currency? Its currency is the claim's, left unsaid."""
    if sq.unit or sq.noun or sq.per or cq.unit not in quantity_parser.CURRENCY_CODES or sq.start < 0:
        return False
    if not any(w in SCALE_WORDS for w in sq.text.lower().split()):
        return False  # ("took 60" may be anything's count: only a sum told in millions or crores is money's)
    verb = _verb_of_figure(statement, sq)
    return bool(verb) and verb in _MONEY_VERBS


def _unit_elided(statement, sq, claim, cq) -> bool:
    """Is one of two figures a bare number whose text gives its unit to another figure ("the new
    crossing takes 45 minutes; the old route took 60": 60 minutes), the other a figure in that unit?"""
    for bare, measured, text in ((sq, cq, statement), (cq, sq, claim)):
        if not bare.noun and not bare.unit and measured.noun and not measured.unit and not bare.per and not measured.per \
                and not any(w in SCALE_WORDS for w in bare.text.lower().split()):  # ("15 crores": a sum, unit or none)
            noun = measured.noun.lower()
            return any(q is not bare and (q.noun or "").lower() == noun for q in text.quantities)
    return False


def _counts_what_the_claim_does_not(statement, sq, claim, cq) -> bool:
    """Is the claim's figure a bare number, counting what its sentence names elsewhere, and the
    statement's a count of things the claim never names, told among words none of which the claim
    says of its figure? Then the two count different things ("120 job cuts" / "the waiting list ...
    stood at 21,300"; but "25,000 people waiting" is the waiting list's count)."""
    if not sq.noun or sq.unit or cq.noun or cq.unit or cq.start < 0:
        return False
    said_by_claim = _content_lemmas(claim)
    # the thing counted must be named, in its own or a like word (not a word of its neighbourhood: a
    # hospital is no count of patients)
    if any(_said_among(word, said_by_claim, _NAMES_THE_COUNTED) for word in _counted_words(statement, sq)):
        return False
    c_ctx = _measure_context(claim, cq)
    if any(quantity_parser.people_and_persons(word, sq.noun.lower()) for word in c_ctx):
        return False  # "the population was 518,049" counts the "518,049 inhabitants"
    return not any(_said_among(word, c_ctx, ALIGNED_WORD) for word in _measure_words(statement, sq))


@_per_analysis
def _counted_words(analysis, q) -> frozenset:
    """The lemmas of the words of a count ("120 job cuts": job, cut), and of a plural the lemmatiser
    does not know, its singular ("turboprops")."""
    words = [w for w in re.findall(r"[a-z]+", q.text.lower()) if w not in NUMBER_WORDS and w not in SCALE_WORDS and w not in STOPWORDS]
    return frozenset({english.lemma(w) for w in words} | {w[:-1] for w in words if w.endswith("s") and not w.endswith("ss")})


@_per_analysis
def _measure_words(analysis, q) -> frozenset:
    """The ordinary words a figure is told among (_figure_context), but for light verbs and words of dates."""
    return frozenset(w for w in _figure_context(analysis, q) if _common_word(w) and w not in LIGHT_VERBS and not _time_word(w))


@_per_analysis
def _content_lemmas(analysis) -> frozenset:
    return frozenset(t.lemma for t in analysis.tokens if t.is_content)


_NAMES_THE_COUNTED = 0.6  # a word this like the noun counted names it ("members" / "membership", "sales" / "sold")


def _said_among(word: str, words, nearness: float) -> bool:
    return word in words or any(word_similarity(word, w) >= nearness for w in words if _common_word(w))


def _time_word(word: str) -> bool:
    """A word of a date ("march", "monday", "year", "season"): the same month is no same measure."""
    return word in MONTHS or word in WEEKDAYS or word in PERIOD_WORDS or word in date_parser.SEASON_MONTHS or word == "season"


def _common_word(word: str) -> bool:
    """A lemma of an ordinary word, not a name or a number (contexts hold both)."""
    return word.isalpha() and word.islower()


def _age_holder(analysis, q) -> str:
    """Whose age a figure is: the name it is set off after ("Gareth Pellow, 52,"), the noun it is the age
    of ("a 79-year-old patient"), or the subject of "was 97" (its first common noun or name); ""."""
    where, start = analysis.where(q.start)
    if start < 0:
        return ""
    toks = where.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    end = start + (q.end - q.start)
    after = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    before = [m for m in where.mentions if m.end <= start and not where.text[m.end:start].strip(" ,")]
    if before:
        return before[-1].name  # "Gareth Pellow, 52,"
    aged = next((k for k in range(at - 1, max(-1, at - 4), -1) if toks[k].lower == "aged"), None)
    if aged is not None and aged > 0:  # "1,240 pupils aged 11 to 16", "Pellow, aged 52"
        named = next((m for m in where.mentions if m.last == aged - 1), None)
        return named.name if named is not None else toks[aged - 1].lemma if toks[aged - 1].is_content else ""
    if q.text.lower().endswith("old") and after < len(toks) and toks[after].is_content:
        titled = next((m for m in where.mentions if m.first == after + 1), None)
        return titled.name if titled is not None else toks[after].lemma  # "a 79-year-old patient", "eight-year-old tigress Nadia"
    if at > 0 and toks[at - 1].lemma == "be":
        # the subject's name: the sentence's first words, or a name set off right before the verb ("The
        # cubs' mother, Nadia, is six"); not a name inside the subject ("who died at Kelby General was 97")
        named = next((m for m in where.mentions if m.last == at - 2 and (m.first == 0 or where.text[m.end:m.end + 1] == ",")), None)
        if named is not None:
            return named.name
        first = next((t for t in toks[:at] if t.is_content), None)  # "The patient who died ... was 97"
        return first.lemma if first is not None else ""
    return ""


def _same_holder(statement, sq, claim, cq, places) -> bool:
    """Are two ages of one holder, as far as the texts tell (the same name, or the same noun)?"""
    a, b = _age_holder(statement, sq), _age_holder(claim, cq)
    return bool(a and b) and (a == b or same_name(a, b, places))


def _kind_words(q) -> set:
    """The words between a count's number and its noun that say which kind of the thing it counts
    ("900 permanent jobs": permanent), as lemmas; none for a currency or a unit."""
    if q.unit or not q.noun:
        return set()
    words = [w.strip(",.").lower() for w in q.text.split()]
    nums = [k for k, w in enumerate(words) if any(ch.isdigit() for ch in w) or w in NUMBER_WORDS]
    if not nums:
        return set()
    rest = words[nums[-1] + 1:]
    noun = q.noun.lower()
    # (up to the noun, which need not end the text: "58 parcels a week")
    middle = rest[:rest.index(noun)] if noun in rest else rest[:-1]
    return {english.lemma(w) for w in middle if w.isalpha() and w not in SCALE_WORDS and w not in ("more", "other", "new", "extra", "further", "additional")}


def _same_kind(sq, cq) -> bool:
    """Do two counts of one noun say the same kind of it ("900 construction jobs" / "350 construction jobs")?"""
    return bool(_kind_words(sq) & _kind_words(cq)) and english.lemma(sq.noun.lower()) == english.lemma(cq.noun.lower())


def _kinds_differ(sq, cq) -> bool:
    """Do two counts of one noun say different kinds of it ("900 construction jobs" / "900 permanent
    jobs")? Not when either leaves the kind unsaid, or a kind word of one is like one of the other."""
    a, b = _kind_words(sq), _kind_words(cq)
    if not a or not b or english.lemma(sq.noun.lower()) != english.lemma(cq.noun.lower()):
        return False
    return not any(x == y or word_similarity(x, y) >= 0.5 for x in a for y in b)


def _superseded_by(claim, cq, claimed):
    """The claim's figure that replaced this one where the claim tells a change "from A to B"
    ("were cut from 20 turbines to 14", "grew from 20,000 in 1990 to 35,000 in 2020"): B, or None."""
    if not _text_before(claim, cq, 5).endswith("from "):
        return None
    where, start = claim.where(cq.start)
    if start < 0:
        return None
    end = start + (cq.end - cq.start)
    for other in claimed:
        if other is cq or not quantity_parser.compatible(other, cq):
            continue
        o_where, o_start = claim.where(other.start)
        if o_where is where and 0 < o_start - end <= _FROM_TO_GAP and _TO_NEXT_RE.fullmatch(where.text[end:o_start]):
            return other
    return None


def _reading_it_came_to(claim, cq, claimed):
    """The claim's figure a change came to where this one is what it came from, told as news tells it
    ("5.1% in March, down from 6.3% a year earlier": 5.1%), or None."""
    if not _text_before(claim, cq, 5).endswith("from "):
        return None
    return next((other for other in claimed if other is not cq and 0 <= other.start < cq.start
                 and quantity_parser.compatible(other, cq) and one_measure(claim, other, cq)), None)


_EARLIER_TOLD = frozenset("earlier before previously previous ago last formerly originally once".split())


def _dated_or_told_earlier(statement, sq) -> bool:
    """Does the statement give its figure a time of its own: a date, a word of an earlier time in its
    clause ("12th a year earlier", "last year"), or another reading of its measure (it tells the
    change itself: "from 1.52 million to 1.46 million")?"""
    if _date_beside(statement, sq) is not None or _sole_date(statement, sq) is not None:
        return True
    if any(q is not sq and q.unit == sq.unit and quantity_parser.compatible(q, sq) for q in statement.quantities):
        return True
    where, start = statement.where(sq.start)
    if start < 0:
        return True
    lo, hi = _clause(where, start)
    return any(w.strip(",.;") in _EARLIER_TOLD for w in where.text[lo:hi].lower().split())


_FROM_TO_GAP = 30  # characters between "from A" and "to B": a unit, a date ("in 1990"), a rate ("per hour")
_TO_NEXT_RE = lazy(r"(?:\s+[\w£$€%.,]+){0,3}?\s+to\s+", re.I)  # " to ", " turbines to ", " in 1990 to "
_BEFORE_WORDS = frozenset("from originally initially previously formerly first earlier before once had".split())
_BEFORE_REACH = 6  # words before a figure where what held before is told ("had originally planned 20")


def _told_as_before(analysis, q) -> bool:
    """Is the statement's figure told as what held before ("from 20", "originally 20 turbines",
    "had been planned with 20"), or in a sentence of the past? Not a figure told as what the
    change came to ("was cut to 20")."""
    if _text_before(analysis, q, 5).endswith("to "):
        return False
    toks = analysis.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= q.start), len(toks))
    if any(t.lower in _BEFORE_WORDS for t in toks[max(0, at - _BEFORE_REACH):at]):
        return True
    return not analysis.present and not any(t.lower in ("will", "would", "is", "are", "has", "have") for t in toks)


def _time_of_reading(analysis, q) -> tuple:
    """Where the text tells two readings of one measure ("£165, up from £149", "from 20 to 14"): which
    the figure is ("before", the one after "from"; "after", the other) and the other reading; ("", None)
    where it tells no such pair."""
    before = _after_from(analysis, q)
    other = next((o for o in analysis.quantities if o is not q and o.start >= 0 and _after_from(analysis, o) != before
                  and one_measure(analysis, o, q)), None)
    return ("before" if before else "after", other) if other is not None else ("", None)


def _reading_at_the_other_time(statement, sq, claim, cq):
    """The claim's other reading of one measure, where both texts tell two readings and the statement
    tells its figure at the other time ("cost £149 this year, up from £165" against "cost £165, up from
    £149": the claim's £149 is what the measure was before, the statement's what it is now); else None."""
    if cq.start < 0 or sq.start < 0:
        return None
    mine, _ = _time_of_reading(statement, sq)
    theirs, other = _time_of_reading(claim, cq)
    return other if mine and theirs and mine != theirs else None


def _told_after_the_change(statement, sq, claim) -> bool:
    """Does the statement open with "After the ..." / "Following the ..." naming, before a comma and its
    figure, what the claim names ("After the recount, her majority was 12 votes" against "A recount ... cut
    her majority from 12 votes to nine")? Its figure is then what came after the change, though told
    in the past (not "After the meeting, ...", another event; not "After the takeover was rumoured, ...",
    a time before it; not "named after the poet")."""
    toks = statement.tokens
    if len(toks) < 3 or toks[0].lower not in ("after", "following") or toks[1].lower not in DETERMINERS:
        return False
    clause = fronted_phrase_end(statement.text)  # where the clause starts after the fronted phrase, or 0
    if not clause or clause > sq.start:
        return False
    phrase = [k for k in range(2, len(toks)) if toks[k].end < clause]
    if any(statement.verbal(k) for k in phrase):
        return False  # "After the takeover was first rumoured": the rumour's time, not the takeover's
    return any(toks[k].is_content and toks[k].lemma in claim.content for k in phrase)


_PLAN_REACH = 8  # words before a date where the plan it belonged to is told ("had been due to start in")


def _superseded_plan(analysis, d) -> bool:
    """Is the date what a plan was before it changed, in a sentence that tells the new plan too
    ("which had been due to start in spring 2026, will now begin in March 2027": spring 2026)?"""
    where, start = analysis.where(d.start)
    if start < 0 or not {("before", "*"), ("after", "*")} <= where.frames:
        return False
    toks = where.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    for k in range(at - 1, max(-1, at - _PLAN_REACH), -1):
        if toks[k].lower == "now":
            return False  # "will now begin in March 2027": the plan since
        if tells_before_a_change(toks, k):
            return True
    return False


_YEAR_OR_DECADE_RE = lazy(r"\b(1[89]\d\d|20\d\d)s?\b")


def _predicate_before(analysis, q) -> int:
    """The index of the last predicate before a figure in its text ("hoped to carry 1.2 million":
    carry), or -1 where none is read (or the figure is the quote's)."""
    if not 0 <= q.start < IN_QUOTE:
        return -1
    toks = analysis.tokens
    return next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= q.start and toks[k].lemma in analysis.predicate_modality), -1)


def _hoped_against_done(statement, sq, claim, cq) -> bool:
    """Is the claim's figure one of what will or may happen ("hoped to carry 1.2 million passengers")
    and the statement's one of what happened, told with the same verb in the past ("carried 910,000
    passengers")? What someone expected is no measure of what came about. Not a statement that is a
    forecast or a saying of its own ("forecast a profit of £5 million" is set against it), nor one
    that tells a plan in other words ("budgeted £5 million for road repairs in 2026"), nor a past
    habit ("in the 1990s the ferry would carry 3 million passengers a year")."""
    at = _to_come_and_done(statement, sq, claim, cq)
    if at is None:
        return False
    c_at, s_at = at
    c_verb, s_verb = claim.tokens[c_at], statement.tokens[s_at]
    if not (_same_predicate(s_verb.lemma, c_verb.lemma) or s_verb.lemma in english.family(c_verb.lemma)):
        return False
    year = claim.published[:4]
    if any(t.lower == "would" for t in claim.tokens[max(0, c_at - 3):c_at]) and year.isdigit() \
            and any(int(y) < int(year) for y in _YEAR_OR_DECADE_RE.findall(claim.text)):
        return False  # "would" of a habit in a time gone by ("In the 1990s", "in 2019")
    return FUTURE not in statement.predicate_modality.values() and POSSIBLE not in statement.predicate_modality.values() \
        and not any(t.lemma in VOICING or english.family(t.lemma) & VOICING for t in statement.tokens[:s_at + 1])


def _level_to_come(statement, sq, claim, cq) -> bool:
    """Is the claim's figure a level a change is still to reach ("HarlCycle would grow to 550 bikes by spring
    2026") and the statement's one that held, told in the past ("started with 400 e-bikes")? What is to come
    tells nothing of what was."""
    at = _to_come_and_done(statement, sq, claim, cq)
    return at is not None and claim.tokens[at[0]].lemma in DIRECTED and FUTURE not in statement.predicate_modality.values()


def _to_come_and_done(statement, sq, claim, cq):
    """(the claim's verb's index, the statement's) of two figures, where the claim's verb tells what will or may
    happen and the statement's, in a past form, what happened; else None. (A text that opens on its participle,
    "replaced by a stand holding 6,700 fans", is part of a sentence whose tense it does not tell; a present, "is
    cutting 240 jobs", "pays £22m", may tell the plan itself.)"""
    c_at, s_at = _predicate_before(claim, cq), _predicate_before(statement, sq)
    if c_at < 0 or s_at <= 0:
        return None
    c_verb, s_verb = claim.tokens[c_at], statement.tokens[s_at]
    if claim.predicate_modality.get(c_verb.lemma) not in (FUTURE, POSSIBLE) or statement.predicate_modality.get(s_verb.lemma) != FACT:
        return None
    if not english.inflected_verb(s_verb.lower) or s_verb.lower.endswith(("s", "ing")):
        return None
    return c_at, s_at


def _change_to_come(statement, claim, cq) -> bool:
    """Is the claim's change still to come ("will raise the price from £4 to £5 in May") while the
    statement tells what holds now ("currently costs £4")? Then A still holds."""
    # the modality of the last predicate before the figure: "will raise the price ... from £4"
    at = _predicate_before(claim, cq)
    if at < 0 or claim.predicate_modality[claim.tokens[at].lemma] != FUTURE:
        return False
    return not any(m == FUTURE for m in statement.predicate_modality.values())


_OTHERS_MARKS = ("besides", "apart from", "other than", "as well as", "in addition to")


def _of_others(analysis, q) -> bool:
    """Does the figure count other things than those told elsewhere ("40 other homes")? "other"
    right after its number says so. (Not "more": "for one more year" is a length, compared.)"""
    where, start = analysis.where(q.start)
    if start < 0:
        return False
    end = start + (q.end - q.start)
    following = where.text[end:end + 8].lower().split()
    within = q.text.lower().split()
    if bool(following) and following[0] == "other" or "other" in within[1:]:
        return True
    lo, hi = _clause(where, start)  # "Besides Harbour House, Alan Brook owns 18 flats": others too
    clause = " " + " ".join(where.text[max(0, lo - 60):hi].lower().split()) + " "
    return any(f" {mark} " in clause for mark in _OTHERS_MARKS)


# words before a count that pick its things out of a larger group by their place in it: "the first
# 120 homes", "the last 30 jobs", "the remaining 40 flats" are some of the homes, jobs, flats
_RANKED_PARTS = frozenset(["first", "last", "next", "final", "remaining", "initial"])
# the ordinals and nouns of a part told as a step of a whole: "a second phase of 200 homes", "the final tranche of £2m"
_PART_RANKS = _RANKED_PARTS | frozenset(["second", "third", "fourth", "later", "further"])
_PART_NOUNS = frozenset("phase stage batch tranche round instalment installment wave part".split())


def _ranked_part(analysis, q) -> str:
    """The word before a figure that makes its things part of a larger group ("first"; "the second phase of"), or ""."""
    before = _text_before(analysis, q, 32).split()
    if len(before) >= 3 and before[-1] == "of" and before[-2].rstrip("s") in _PART_NOUNS and before[-3] in _PART_RANKS:
        return before[-3]  # "a second phase of 200 homes": the second part
    return before[-1] if before and before[-1] in _RANKED_PARTS else ""


def _parts_apart(s_mark: str, sq, c_mark: str, cq) -> bool:
    """Do two figures count different parts of a group, or the statement's part and the whole it fits
    in ("the first 120 homes" and "640 homes"; not 700 first homes of 640, nor "the first 120" and
    "the first 150")? A count the statement leaves unmarked against the claim's part may be that part
    in other words ("the four older lines" for "the first two lines"): compared, the safer reading."""
    if s_mark == c_mark or not s_mark:
        return False
    return bool(c_mark) or sq.value <= cq.value  # "the first 120 homes" and "the last 200": two parts


# prepositions whose phrase after a count narrows what is counted ("40 arrests for drug offences", "12
# goals from penalties", "400 suspensions to boys", "15 performances of its pantomime"); not "in", "on",
# "at", "during", whose phrases are mostly a time or a place, checked as such
_NARROWING = frozenset("for from to of among against because".split())
_NARROWING_REACH = 4  # content words of the phrase


def _narrowed_unsaid(statement, sq, claim) -> bool:
    """Does a phrase right after the statement's count narrow what it counts in words the claim does
    not say at all ("Police made 40 arrests for drug offences" against "56 people were arrested at the
    airport")? Then the count is of a part, and fewer than the claim's is no contradiction."""
    if sq.unit or sq.start < 0:
        return False
    part, k = _past_figure(statement, sq)
    toks = part.tokens
    if k >= len(toks) or toks[k].lower not in _NARROWING or "," in part.text[toks[k - 1].end:toks[k].start]:
        return False
    words = []
    for tok in toks[k + 1:k + 1 + 2 * _NARROWING_REACH]:
        if tok.is_number or tok.lower in ("in", "on", "at", "during", "and", "or", ",") or len(words) >= _NARROWING_REACH:
            break
        if tok.is_content and not tok.is_cap:
            words.append(tok.lemma)
    said = _content_lemmas(claim)
    return bool(words) and not _any_alike(words, said)


def _among(analysis, q) -> bool:
    """Is the figure of a part of a population, as "among" sets it apart in its clause ("turnout
    among voters under 25 was below 20 per cent")?"""
    where, start = analysis.where(q.start)
    if start < 0 or q.unit == quantity_parser.ORDINAL:
        return False  # (a place among others is a rank in a set: "third among 22 parks", as "third of 22")
    lo, hi = _clause(where, start)
    words = where.text[lo:hi].lower().split()
    # not membership: "counts 45 farms among its members", "is among them"
    return any(w == "among" and k + 1 < len(words) and words[k + 1] not in ("its", "their", "them", "our", "his", "her")
               for k, w in enumerate(words))


# "Forty of the trials put off", "four of Kessington's libraries": a bare count of a part of a whole
_PART_OF_RE = lazy(r"\s+of\s+(?:the|their|its|his|her|our|these|those|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s)\s+")
_WHOLE_BEFORE = frozenset("all each both every the these those its their his her our".split())  # "all 40 of the"


# the words that count a part of a whole ("half of the", "three of its", "most of the"): fractions, numbers, ordinals
# as fractions ("a fifth of the"), quantifiers; not "all", which takes the whole
_PART_WORDS = sorted(w for w in set(quantity_parser.FRACTION_WORDS) | set(NUMBER_WORDS) | set(ORDINALS) | {"most", "many", "some", "few", "none"}
                     if " " not in w)
_PART_BEFORE_THE_WHOLE_RE = lazy(r"(?:\b(?:" + "|".join(_PART_WORDS) + r"|\d[\d,]*)|%|per cent)\s+of\s+(?:the|its|their|his|her|our)\s+$",
                                 re.I)


def _whole_of_a_told_part(analysis, q, money: bool = False) -> bool:
    """Is the figure the whole a part is told of, after "half of the", "most of its", "three of the" ("fewer than half
    of the 80 new homes have been sold": 80 homes in all, the part sold told apart)? Not "all of the 80". ``money``: a
    sum of money too ("half of the £4m target")."""
    if q.start < 0 or (q.unit and not (money and q.unit in quantity_parser.CURRENCY_CODES)):
        return False
    where, start = analysis.where(q.start)
    return start >= 0 and _PART_BEFORE_THE_WHOLE_RE.search(where.text[max(0, start - 40):start]) is not None


def _part_of_told_whole(statement, sq, claim, cq) -> bool:
    """Is the statement's figure a bare count of some of a whole it describes ("Forty of the trials
    put off in 2024"), a whole the claim's figure counts ("212 trials ... had been put off")? Then
    fewer is no contradiction: the forty are some of the 212. Not a share or a measure ("40% of
    the vote", "within 2 miles of the centre"), not "all 40 of the", and only where the claim's
    figure is told of every word that describes the whole."""
    where, start = statement.where(sq.start)
    if start < 0 or sq.unit or len(sq.text.split()) != 1 or sq.value > cq.value:
        return False
    before = where.text[:start].split()
    if before and before[-1].lower() in _WHOLE_BEFORE:
        return False
    found = _PART_OF_RE.match(where.text, start + (sq.end - sq.start))
    if found is None:
        return False
    c_where, c_start = claim.where(cq.start)
    if c_start >= 0 and _PART_OF_RE.match(c_where.text, c_start + (cq.end - cq.start)):
        return False  # two parts ("Thirty of the council's staff"): of the same whole, compared
    toks = where.tokens
    noun = (sq.noun or "").lower()
    at = next((k for k, t in enumerate(toks) if t.start >= found.end() and noun and t.lower == noun), -1)
    if at < 0:
        return False
    described = []
    for tok in toks[at + 1:at + 6]:  # past the head noun, the words that say which of them
        if tok.lower in _BE_FORMS or tok.lower in ("had", "have", "has", "will", "would") or tok.is_number:
            break
        if tok.is_content and not tok.is_cap:
            described.append(tok.lemma)
    if not described:
        return False
    near = _context(claim, cq.start, cq.end) | _following_words(claim, cq)
    return all(word in near or any(word_similarity(word, other) >= ALIGNED_WORD for other in near) for word in described)


def _following_words(claim, cq) -> set:
    """The content words of the claim's clause after its figure ("212 trials ... had been put off")."""
    where, start = claim.where(cq.start)
    if start < 0:
        return set()
    lo, hi = _clause(where, start)
    return {t.lemma for t in where.tokens if start <= t.start < hi and t.is_content}


def _tally_against(analysis, q, figures) -> bool:
    """Is the figure the second of a result told as "by A to B" ("backed it by 78 per cent to 22 per
    cent", "won by 41,236 votes to 35,870"), the tally of the other side?"""
    if not _text_before(analysis, q).endswith("to "):
        return False
    return any(o is not q and o.unit == q.unit and 0 <= q.start - o.end <= 5 and "," not in analysis.text[o.end:q.start]
               and _text_before(analysis, o, 6).endswith(("by ", "voted "))  # "by 748 votes to 314", "voted 748 to 314"
               for o in figures)  # (not "narrowed by £7.2 million, to £6.2m": a change and the level it came to)


def _same_winning_count(statement, sq, said, claim, cq, claimed) -> bool:
    """Are the two figures the other side's count of votes whose winning counts agree ("by nine votes
    to five" / "by nine votes to four"): one vote told twice, whoever is named before it?"""
    a, b = _tally_leader(statement, sq, said), _tally_leader(claim, cq, claimed)
    return a is not None and b is not None and a.value == b.value


def _one_vote_tallied(statement, sq, said, claim, cq, claimed, places) -> bool:
    """Are the two figures the same side's count in a tally "by A to B" each text gives, of one vote: the
    names the statement puts before its figure are all named in the claim too ("the marina plans were thrown
    out by Haddlesea's planning committee by eight votes to four" / "... rejected the Haddlesea marina plans by
    seven votes to five")?"""
    sides = [(_tally_leader(a, q, figures) is not None, _tally_against(a, q, figures) or _tally_leader_of(a, q, figures))
             for a, q, figures in ((statement, sq, said), (claim, cq, claimed))]
    if not all(told for _, told in sides) or sides[0][0] != sides[1][0]:
        return False
    owners = {_owner(statement, sq.start), _owner(statement, sq.start, False)} - {""}
    theirs = {_owner(claim, cq.start), _owner(claim, cq.start, False)} - {""}
    # (and the claim's owners of its tally are the statement's, or a body of a place it names: "Haddlesea District
    # Council" of "Haddlesea's planning committee"; not "Kelby Council's committee backed ... by nine votes to
    # four" against "Dunmore Council's committee rejected its scheme by seven votes to two")
    return all(_named_among(name, claim.names, places) for name in owners) and all(
        _named_among(name, statement.names, places) or any(name_within(mine, name) for mine in statement.names)
        for name in theirs)


TALLY_SIDE = "as the vote's tally tells"  # the claim's side of a tally, in a check's words (see tally_sides)
# the two sides of a vote a decision tallies ("approved the plans by nine votes to four": nine voted for
# them, four against), read from the decision's verb: one of assent, or of refusal (and a bill or a plan
# passed or carried, defeated or blocked)
_DECIDED_FOR = ASSENT | frozenset(["pass", "carry"])
_DECIDED_AGAINST = REFUSAL | frozenset(["defeat", "block"])
_DECISION_REACH = 12  # tokens back from a tally's "by" to the verb it tallies ("approved plans for 300 homes on the old airfield by")
_VOTERS_REACH = 6  # tokens from a count of voters to their vote ("four members of the harbour board supported")
_A_COUNT = r"(?:[\d,]+|" + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)) + r")"
# what a vote's tally was for, after its second count: " to strike", " votes in favour of", " for"
_FOR_AFTER_A_TALLY = r"(?:\s+votes?)?\s+(?:to\s+(?!\d)([a-z]+)|in\s+favou?r\b|for\b)"
_VOTED_FOR_AFTER_RE = lazy(_FOR_AFTER_A_TALLY, re.I)
_TALLIED_FOR_RE = lazy(r"\s+(?:by\s+)?" + _A_COUNT + r"(?:\s+votes?)?\s+to\s+" + _A_COUNT + _FOR_AFTER_A_TALLY, re.I)  # " by 214 to 37 to strike"
_TALLIED_AGAINST_RE = lazy(r"\s+(?:by\s+)?" + _A_COUNT + r"(?:\s+votes?)?\s+to\s+" + _A_COUNT + r"(?:\s+votes?)?\s+against\b", re.I)  # " 31 to 17 against"


@_per_analysis
def _tally_sides(analysis) -> tuple:
    """(the count of those who voted for what the text tells decided, the count of those against, the index of
    the decision's verb or -1) where it tallies one decision "by A to B" ("approved the plans by nine votes to
    four": 9, 4; "rejected it by 30 votes to 12": 12, 30; "voted by 214 to 37 to strike": 214, 37), else () (and
    for two tallies, whose sides the words do not sort, or an election's: "defeated Owen Price by 41,236 votes
    to 35,870" is no decision on a thing)."""
    figures = list(analysis.quantities)
    found = []
    for q in figures:
        leader = _tally_leader(analysis, q, figures)
        if leader is None or leader.unit or leader.start < 0:
            continue
        where, start = analysis.where(leader.start)
        toks = where.tokens
        at = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
        lo, _ = _clause(where, start)
        decided = False
        for k in range(at - 1, max(-1, at - _DECISION_REACH), -1):
            if toks[k].start < lo:
                break
            readings = {toks[k].lemma, *_construction_readings(where, k)}
            if not where.verbal(k) or not readings & (_DECIDED_FOR | _DECIDED_AGAINST):
                continue
            decided = True
            if _name_voted_on(where, k):
                break
            verb = k if where is analysis else -1
            found.append((leader, q, verb) if readings & _DECIDED_FOR else (q, leader, verb))
            break
        if not decided and any(toks[k].lemma == "vote" for k in range(max(0, at - 2), at)):
            # "voted by 214 to 37 to strike", "voted 41 to 9 in favour of industrial action": the many were for it
            after = _VOTED_FOR_AFTER_RE.match(where.text, start + (q.end - leader.start))
            if after is not None:
                verb = next((i for i, t in enumerate(toks) if t.start == after.start(1)), -1) if after.group(1) else -1
                found.append((leader, q, verb if where is analysis else -1))
    return found[0] if len(found) == 1 else ()


def _name_voted_on(analysis, k: int) -> bool:
    """Is the verb at ``k`` done to a name itself, right after it, not to its thing ("defeated Owen Price",
    "voted for Harriet Dale"; not "backed Kelby's bid")? A vote for a candidate is no side of a decision."""
    toks = analysis.tokens
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower in ("for", "against"))
    return any(m.first == j and not is_possessive(toks[m.last]) for m in analysis.mentions)


# those who voted neither way: "three councillors abstained" is the claim's "with three abstentions"
_ABSTAINING = frozenset(["abstain"])
ABSTAINED = "abstained"  # the side of a vote's count of abstentions (side_counts)
_ABSTAINING_AFTER_RE = lazy(r"\s+(?:[a-z]+\s+)?(?:abstaining|abstained)\b", re.I)  # "with three (councillors) abstaining"


def _abstentions(claim):
    """The count of abstentions a claim's tally gives ("by 27 votes to 19, with two abstentions", "with three
    abstaining"), or None."""
    for q in claim.quantities:
        if q.start < 0 or q.unit:
            continue
        where, start = claim.where(q.start)
        if (q.noun and english.lemma(q.noun.lower()) == "abstention") \
                or _ABSTAINING_AFTER_RE.match(where.text, start + (q.end - q.start)) is not None:
            return q
    return None


@_per_analysis
def side_counts(analysis) -> tuple:
    """((index of the vote's word, 'for' or 'against', its count), ...) for each count of voters the text tells
    voting one way: "Four councillors voted against the plans", "nine members backed it"; a count right before
    the verb's subject noun, no tally of its own."""
    out = []
    toks = analysis.tokens
    for q in analysis.quantities:
        if q.unit or q.start < 0 or q.qualifier != "exact" or _tally_against(analysis, q, analysis.quantities) \
                or _tally_leader_of(analysis, q, analysis.quantities):
            continue
        if analysis.where(q.start)[0] is not analysis:
            continue  # (a figure of a quote the claim's text does not hold)
        after = next((i for i, t in enumerate(toks) if t.start >= q.end), len(toks))
        for k in range(after, min(len(toks), after + _VOTERS_REACH)):  # "Four councillors voted against", "nine of them backed"
            readings = {toks[k].lemma, *_construction_readings(analysis, k)}
            if analysis.verbal(k) and readings & (_DECIDED_FOR | _DECIDED_AGAINST | _ABSTAINING):
                if not _name_voted_on(analysis, k):
                    side = "for" if readings & _DECIDED_FOR else "against" if readings & _DECIDED_AGAINST else ABSTAINED
                    out.append((k, side, q))
                break
            if analysis.verbal(k) or not (toks[k].is_content or toks[k].lower in ("of", "them", "the")):
                break
    return tuple(out)


def _said_by(statement, toks, claim) -> bool:
    """Does the claim say each content word and name of ``toks``, a run of the statement's tokens?"""
    if not toks:
        return True
    lo, hi = toks[0].start, toks[-1].end
    words = {t.lemma for t in toks if t.is_content and not t.is_cap and not t.is_number}
    names = {m.name for m in statement.mentions if lo <= m.start < hi}
    return all(any(w == t.lemma or word_similarity(w, t.lemma) >= ALIGNED_WORD for t in claim.tokens if t.is_content) for w in words) \
        and all(_named_among(n, claim.names, frozenset()) for n in names)


def _tallied_side(statement, k: int, q, claim) -> bool:
    """Is the statement's vote at ``k``, of the count ``q``, a side of the claim's tallied vote: the voters the
    claim's ("four Ferrowby councillors", "five board members", not "four fishermen" of a harbour board's vote)
    and on its thing (every word of the clause after the vote the claim's: not "backed plans for a new school")?
    (Whoever they are, a count of voters voting one way contradicts no decision: see _opposites.)"""
    sides = _tally_sides(claim)
    if not sides or _done_to_another(statement, k, claim, sides[2]):
        return False
    toks = statement.tokens
    _, hi = _clause(statement, toks[k].start)
    voters = [t for t in toks[:k] if t.start >= q.start and t.lemma != "member"]  # (a body's voters are its members)
    return _said_by(statement, voters, claim) and _said_by(statement, [t for t in toks[k + 1:] if t.start < hi], claim)


def tally_sides(statement, claim) -> list:
    """A count of voters told voting one way ("Four councillors voted against the plans") against the side of
    the vote the claim tallies ("approved the plans by nine votes to four"): the same count agrees, another
    contradicts; each as an amount check."""
    sides = _tally_sides(claim) if side_counts(statement) else ()
    if not sides:
        return []
    out = []
    for k, side, q in side_counts(statement):
        if not _tallied_side(statement, k, q, claim):
            continue  # "twelve councillors backed plans for a new school": another vote than the lorry park's
        told = sides[0] if side == "for" else sides[1] if side == "against" else _abstentions(claim)
        if told is None:
            continue  # (abstentions the claim does not count: the figure is the amounts' to check)
        relation = "supports" if q.value == told.value else "conflicts"
        out.append(SlotCheck("amount", relation, f"{q.describe()} {side}", f"{format_number(told.value, '')} {side}, {TALLY_SIDE}",
                             (q.start, q.end), 1.0, said=q, claimed=told))
    return out


def _tally_leader_of(analysis, q, figures) -> bool:
    """Is the figure the first of a tally "by A to B" (its A)?"""
    return any(o is not q and _tally_against(analysis, o, figures) and 0 <= o.start - q.end <= 5 for o in figures)


def _tally_leader(analysis, q, figures):
    """The first figure of the "by A to B" whose second is ``q`` (A), or None."""
    if not _tally_against(analysis, q, figures):
        return None
    return next((o for o in figures if o is not q and o.unit == q.unit and 0 <= q.start - o.end <= 5), None)


def _text_before(analysis, q, width: int = 4) -> str:
    """The few characters before a figure, in lower case, in the text (or quote) that holds it."""
    where, start = analysis.where(q.start)
    return where.text[max(0, start - width):start].lower() if start >= 0 else ""


def _part_of_a_whole(analysis, q) -> bool:
    """Is the figure a sum or a count told as a part of a whole its noun names ("£500,000 of the early pledges",
    "40 of its staff"), not a share?"""
    return q.start >= 0 and q.unit != "%" and not q.per and _PART_OF_A_NOUN_RE.match(_text_after(analysis, q, 12)) is not None \
        and whole_of(analysis, q) is None and not told_of_all(analysis, q)
    # (not "two of the board's six recommendations", a count of a counted whole, nor "all 150 of the trials")


def _done_alike(statement, sq, claim, cq) -> bool:
    """Do both figures follow the same verb ("will make 40 of its staff redundant" / "will make 60 staff redundant",
    "spent £250,000 of its reserves" / "spent £300,000")? Then they count one set, whatever the statement's "of"."""
    verb = _verb_of_figure(statement, sq)
    return bool(verb) and verb == _verb_of_figure(claim, cq)


def _told_as_a_part(analysis, q) -> bool:
    """Is the figure told as a part of anything ("41 of the trust's 52 schools", "£500,000 of the pledges")?"""
    if q.start < 0:
        return False
    where, start = analysis.where(q.start)
    after = where.text[start + (q.end - q.start):start + (q.end - q.start) + 40]  # (as written: a name keeps its capital)
    return _PART_OF_A_NOUN_RE.match(after) is not None or _PART_OF_RE.match(after) is not None or whole_of(analysis, q) is not None \
        or _OF_THEM_RE.match(after) is not None


_OF_THEM_RE = lazy(r"\s+of\s+(?:them|these|those|which)\b")  # "50 of them": a part of what came before


_PART_OF_A_NOUN_RE = lazy(r"\s+of\s+(?:the|its|their|his|her|this|these|those|our)\s+(?![\d£$€])")


def _text_after(analysis, q, width: int = 4) -> str:
    """The few characters after a figure, in lower case, in the text (or quote) that holds it."""
    where, start = analysis.where(q.start)
    return where.text[start + (q.end - q.start):start + (q.end - q.start) + width].lower() if start >= 0 else ""


# ---------------------------------------------------------------- dates


def _dated_by_an_earlier_reading(statement, claim, figures, when) -> list:
    """The date checks, with the date of a statement's figure that is an earlier reading the claim works out
    ("12 million passengers in 2024, 1.5 million more than in 2023": 10.5 million in 2023) agreeing with the
    time the claim tells that reading of (2023; not another time it compares with: "3 million more than in
    2019"), where the claim's other date set against it disagrees."""
    if not any(c.relation == "supports" and c.claimed is not None for c in figures) or not any(c.relation == "conflicts" for c in when):
        return when
    earlier = {(d.quantity.start, d.quantity.value): d.then for d in earlier_levels(claim, claim.quantities)}
    dated = {}  # the statement's date of a figure the claim gives as an earlier reading -> that reading's time
    for c in figures:
        then = earlier.get((c.claimed.start, c.claimed.value)) if c.relation == "supports" and c.claimed is not None else None
        date = (_date_beside(statement, c.said) or _sole_date(statement, c.said)) if then is not None else None
        if date is not None:
            dated[id(date)] = then
    if not dated:
        return when
    out = []
    for c in when:
        then = dated.get(id(c.said)) if c.relation == "conflicts" else None
        agrees = then is not None and date_parser.relation(c.said, then) == "supports"
        out.append(c._replace(relation="supports", claim_value=then.describe(), claimed=then) if agrees else c)
    return out



def figures_and_dates(statement, claim, places=frozenset(), ancestors=None) -> list:
    """The amount and date checks of a statement against a claim, with the disagreements that are of
    another time or another thing made no contradiction:
    - what held before a change ("was originally due to open in December 2025") against what a
      claim says holds now or will ("will open in September 2026");
    - what is planned or expected ("expects its net profit for 2024 to exceed €200 million")
      against what has happened ("net profit fell to €186 million in 2023");
    - a changing figure read at another time ("as of October 2025" against "as of August 2024");
    - the claim's dates, when it gives figures of the statement's kind of which none agrees or
      disagrees with the statement's (another year's profit, another owner's votes), or only
      figures of other kinds ("fares will rise 3.9 per cent from 1 April 2025" against "passenger
      numbers rose by 1.2 million in 2024")."""
    figures = [c for c in amounts(statement, claim, places, ancestors)
               if not (c.relation == "supports" and _number_of_a_name(statement, c.said))]
    when = dates(statement, claim)
    before_now = ("before", "*") in statement.frames and not any(kind == "before" for kind, _ in claim.frames) \
        and (claim.present or _planned(claim))
    # (both told as what was planned before a change, "had originally been expected to reopen in December 2024" /
    # "was first due in December 2023", are the same earlier plan, plan or not in their words)
    earlier_plans = ("before", "*") in statement.frames and ("before", "*") in claim.frames
    plan_and_fact = _planned(statement) and claim.modality == FACT and not claim.present and not _planned(claim) and not earlier_plans
    if before_now or plan_and_fact or _other_snapshot(statement, claim):
        return _softened(figures) + _softened(when)
    if _stopped(claim) and ("after", "*") not in statement.frames:
        when = [c._replace(relation="related") if c.slot == "date" and c.relation == "conflicts" and _before_the_stop(c) else c
                for c in when]  # "collected garden waste in 2021" before "stopped collecting it in March 2022"
    # the date of what another names ("Okafor was born in Lagos in 1990") says nothing of when the
    # statement's name did it ("Tom Reyes was born in 1985"), as a figure of another owner does not
    when = [c._replace(relation="related") if c.relation == "conflicts" and c.said is not None and c.claimed is not None
            and _of_another_subject(statement, c.said, claim, c.claimed, places)
            and _owners_differ(statement, c.said, claim, c.claimed, places)
            else c for c in when]
    when = _dated_by_an_earlier_reading(statement, claim, figures, when)
    # the date of an act's undoing is another event's ("will reopen the pool in June 2026" / "the pool closed
    # in March 2025"; "stopped sailing in October" / "will resume sailings in May")
    when = [c._replace(relation="related") if c.relation == "conflicts" and c.said is not None and c.claimed is not None
            and _dates_opposed_acts(statement, c.said, claim, c.claimed) else c for c in when]
    compared = [c for c in figures if c.said is not None and not c.said.definite]
    other_figures = any(c.relation == "related" for c in compared) and not any(
        c.relation in ("supports", "conflicts") for c in compared)
    counted = _counting(statement, claim)
    other_kinds = counted and claim.quantities and not any(
        _of_one_kind(_share_points_told(statement, sq, claim.quantities), cq) for sq in counted for cq in claim.quantities)
    if other_figures or other_kinds or _dates_only_a_figure(statement, claim):
        return figures + _softened(when)
    # a date beside a figure of the statement's dates that figure ("had 62 fewer firefighters in March 2025"):
    # where the claim gives no figure of its kind, its dates are of other things ("due in 2027")
    return figures + [c._replace(relation="related") if c.relation == "conflicts" and _dates_a_figure_unmatched(statement, c.said, claim)
                      else c for c in when]


# words that tell a figure of an earlier time than now ("lent 198,000 books the year before", "previously")
_TOLD_EARLIER_RE = lazy(r"\b(?:earlier|previously|formerly|ago|beforehand|before|previous|prior|originally|initially)\b", re.I)


def _clause_of_figure(analysis, q) -> str:
    """The text of the clause a figure stands in."""
    where, start = analysis.where(q.start)
    if start < 0:
        return ""
    lo, hi = _clause(where, start)
    return where.text[lo:hi]


def _told_as_possible(analysis, q) -> bool:
    """Is the figure told in a clause of what may be or is alleged ("reports that it had lost £9 million",
    "could cost £9 million")?"""
    if q.start < 0 or q.start >= IN_QUOTE:
        return False
    at = next((k for k, t in enumerate(analysis.tokens) if t.start >= q.start), -1)
    return at >= 0 and modality_at(_markers(analysis), at) == POSSIBLE


def _told_of_other_times(statement, i: int, claim, j: int) -> bool:
    """Are the two words told of two times: one as done, the other as to come ("were shut in April 2024" /
    "will keep the wards open"), or each in a clause dated apart from the other's ("fell in 2025" / "rose
    in 2026")? A word and its opposite both hold then."""
    said, told = modality_at(_markers(statement), i), modality_at(_markers(claim), j)
    if said == FACT and told == FUTURE and _will_before(claim, j) and not (statement.present or claim.present) \
            and not any(t.lower in _PERFECT for t in statement.tokens[max(0, i - _PERFECT_REACH):i]):
        return True  # (a forecast is no result: "will keep the wards open" says nothing of "were shut"; but
        # "has been left off the list" tells a state that holds now, and after)
    mine, theirs = _clause_dates(statement, i), _clause_dates(claim, j)
    if said == FUTURE and told == FACT and _past_at(claim.tokens, j) \
            and not any(t.lower in _PERFECT for t in claim.tokens[max(0, j - _PERFECT_REACH):j]) \
            and not any(_order(a, b) == 0 for a in mine for b in theirs):
        return True  # ... nor the other way round: "expects to hit its target by the end of 2025-26" says nothing
        # against "had missed its targets in 2024-25" (of the same time it does: "will hit them in 2024-25")
    return bool(mine and theirs) and all(_order(a, b) != 0 for a in mine for b in theirs)


def _will_before(analysis, index: int) -> bool:
    """Does a future's auxiliary stand a few words before the word ("will keep the wards open")? (Not a word
    that only follows an infinitive's "to": "a motion calling on the council to act was defeated".)"""
    lo, _ = _clause(analysis, analysis.tokens[index].start)
    return any(t.lower in _FUTURE_AUXILIARIES and t.start >= lo for t in analysis.tokens[max(0, index - _WILL_REACH):index])


_FUTURE_AUXILIARIES = frozenset(["will", "would", "shall", "'ll"])
_WILL_REACH = 10  # words from the auxiliary to its verb's complement ("will keep the four closed wards open")
_PERFECT = frozenset(["has", "have", "'s"])
_PERFECT_REACH = 3  # words before a participle where its "has" stands ("has not yet been left")
_PLAIN_DATE = frozenset(["", "in", "on", "during"])  # a date told as when, not as a bound ("by", "until") or a period's end


def _clause_dates(analysis, index: int) -> list:
    """The dates (with a year) of the clause a token stands in."""
    lo, hi = _clause(analysis, analysis.tokens[index].start)
    return [d for d in analysis.calendar_dates if 0 <= d.start < IN_QUOTE and lo <= d.start < hi and d.year
            and d.relation in _PLAIN_DATE]


def _dates_opposed_acts(statement, sd, claim, cd) -> bool:
    """Does each date date an act the other's is the opposite of, and neither text tell the other's act?"""
    if sd.relation not in _PLAIN_DATE or cd.relation not in _PLAIN_DATE:
        return False  # ("will stay closed until September" bounds the reopening: "will reopen before September")
    if any(str(d.year) not in d.text for d in (sd, cd)):
        return False  # (a date worked out of another, "a year after it was closed", dates the act it names)
    mine, theirs = _acts_dated(statement, sd), _acts_dated(claim, cd)
    if any(d is not cd and _acts_dated(claim, d) & mine for d in claim.calendar_dates):
        return False  # (the claim dates the statement's act elsewhere: "opened in 1978 and closed in 2019" against
        # "closed in 2018" is set against 2019's closing)
    return bool(mine and theirs) and not (mine & theirs) and all(
        any(opposed_acts(a, b) for b in theirs) for a in mine)


def _another_periods_figure(statement, s_figure, claim, cd) -> bool:
    """Does the claim's date date a figure of the statement's kind that is another's ("Greystone's sales were
    £210 million in 2024" against "sales at Pennock's topped £55 million in 2026"), or that the statement's
    figure contradicts, no change either? Two figures of two times, neither telling the other."""
    c_figure = _figure_beside(claim, cd)
    if c_figure is None or not quantity_parser.compatible(s_figure, c_figure):
        return False
    return _owners_differ(statement, s_figure, claim, c_figure, frozenset()) or (
        quantity_parser.relation(s_figure, c_figure) == "conflicts" and not _change(statement, s_figure) and not _change(claim, c_figure))


def _dates_an_act_on_another(statement, sd, claim, cd) -> bool:
    """Is each act the statement's date dates done to another thing than each act the claim's date dates
    (see _done_to_another)?"""
    mine, theirs = _dated_verbs(statement, sd), _dated_verbs(claim, cd)
    return bool(mine and theirs) and all(_done_to_another(statement, i, claim, j) for i in mine for j in theirs)


def _dated_verbs(analysis, date) -> list:
    """The indices of the verbs of the clause a date stands in, before it (see _acts_dated)."""
    if date.start < 0 or date.start >= IN_QUOTE:
        return []
    lo, _ = _clause(analysis, date.start)
    return [k for k, t in enumerate(analysis.tokens) if lo <= t.start < date.start and analysis.verbal(k)
            and t.lemma not in AUXILIARIES and t.lemma not in _BE_FORMS and t.lemma != "be"]


def _acts_dated(analysis, date) -> set:
    """The lemmas of the verbs of the clause a date stands in, before it: the acts it dates."""
    return {analysis.tokens[k].lemma for k in _dated_verbs(analysis, date)}


# a comparative and "than" after a figure: "a minute and a half slower than the average", "270 more pupils than"
# (or by a preposition of position against another figure: "16 points above the national figure", "6.6 points short of the target")
_COMPARED_AFTER_RE = lazy(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:more|less|fewer|[a-z]+er)\s+than|above|below|short\s+of|ahead\s+of|behind)\b", re.I)


# a difference told against another figure, the way it goes: above it ("16 points above the national figure
# of 65 per cent") or below it ("fell 6.6 points short of the 78% target")
_REFERENCE_RE = lazy(r"\s+(?:[\w-]+\s+){0,3}?(?:(?P<up>(?:more|higher|greater|larger|bigger)\s+than|above|ahead\s+of)"
                     r"|(?P<down>(?:less|fewer|lower|smaller)\s+than|below|short\s+of|behind))\b", re.I)
_REFERENCE_REACH = 8  # words from the comparison to the figure it is made against ("the national four-hour target of 78%")


@_per_analysis
def _reference_of(statement, sq):
    """The figure the statement tells its difference against, in the same sentence after the comparison, and
    whether the difference is above it: (figure, True), or None."""
    if sq.start < 0 or sq.start >= IN_QUOTE:
        return None
    where, start = statement.where(sq.start)
    m = _REFERENCE_RE.match(where.text, start + (sq.end - sq.start))
    if m is None:
        return None
    opens = sq.start - start + m.end()  # (where the comparison ends, in the statement's offsets)
    ref = next((q for q in statement.quantities if q.start >= opens), None)
    if ref is None or statement.where(ref.start)[0] is not where:
        return None
    between = statement.text[opens:ref.start]
    if len(between.split()) > _REFERENCE_REACH or any(mark in between for mark in ";:("):
        return None
    return ref, bool(m.group("up"))


_GENERIC_LEVELS = frozenset("figure level rate number total average".split())  # what any figure compared against is


def _reference_unlike(statement, sq, claim, parts) -> bool:
    """Does the statement tell its difference against something in words only, which the words of the claim's
    figure it would be against do not say ("16 points above the county figure" against "81 per cent, against a
    national figure of 65 per cent": the national figure is no county's)?"""
    if sq.start < 0 or sq.start >= IN_QUOTE or len(parts) != 2 or parts[0].start < 0 or parts[1].start < 0:
        return False
    where, start = statement.where(sq.start)
    m = _REFERENCE_RE.match(where.text, start + (sq.end - sq.start))
    if m is None or _reference_of(statement, sq) is not None:
        return False
    rest = where.text[m.end():]
    phrase = rest[:next((k for k, c in enumerate(rest) if c in ",;:.("), len(rest))]
    words = {t.lemma for t in where.tokens if t.is_content and m.end() <= t.start < m.end() + len(phrase)
             and t.lemma not in _GENERIC_LEVELS and not where.verbal(where.tokens.index(t))}
    larger, smaller = parts
    against = smaller if m.group("up") else larger
    # ... and the claim tells its figure in words of its own that the statement's do not say ("a national figure
    # of 65 per cent"; not "the Ebbsmoor average of 92 per cent", which a "county average" may be)
    own = _words_naming(claim, against)
    return bool(words) and bool(own) and _soft_share(words, _context(claim, against.start, against.end)) < 0.5 \
        and _soft_share(own, words) < 0.5


_NAMING_REACH = 5  # words before a figure that name what it is ("a national figure of", "the county's average of")


def _words_naming(claim, q) -> set:
    """The common words of the noun phrase a figure is "of" ("against a national figure of 65 per cent": national),
    past the level nouns any figure has; empty where none stand right before it."""
    where, at = claim.where(q.start)
    toks = where.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= at), len(toks)) - 1
    if k < 0 or toks[k].lower != "of":
        return set()
    words = set()
    for j in range(k - 1, max(-1, k - 1 - _NAMING_REACH), -1):
        tok = toks[j]
        if "," in where.text[tok.end:toks[j + 1].start] or tok.lower in _SUBJECT_PREPOSITIONS or where.verbal(j) \
                or tok.lower in DETERMINERS or tok.is_number:
            break
        if tok.is_content and not tok.is_cap and tok.lemma not in _GENERIC_LEVELS:
            words.add(tok.lemma)
    return words


_AVERAGE_RE = lazy(r"\b(?:average[sd]?|on average|works? out at|worked out at)\s+(?:(?:of|at|to|about|around|roughly|some|just|"
                   r"more|less|fewer|than|over|under|almost|nearly|at least)\s+)*$", re.I)


def _place_of_the_most(q) -> bool:
    """Is the figure a place in an order of the most ("the tenth-highest", "fourth largest")?"""
    return q.unit == "ordinal" and q.noun.lower().endswith(MOST_ENDINGS)


def _a_length(q) -> bool:
    """Is the figure a length of time in days, weeks, months or years ("ten weeks", "16 days")?"""
    return not q.unit and bool(q.noun) and english.lemma(q.noun.lower()) in ("day", "week", "month", "year", "fortnight", "decade")


def _shared_over(statement, sq, count) -> bool:
    """Does the statement name what its average is of as the count the claim's total is shared over ("per business"
    for "240 firms" is not; "for each of the 2,300 households", "per household" for "2,300 households" is)?"""
    if count is None or not count.noun or sq.start < 0:
        return False
    where, at = statement.where(sq.start)
    after = where.text[at + (sq.end - sq.start):at + (sq.end - sq.start) + 40].lower().split()
    noun = english.lemma(count.noun.lower().split()[-1])
    return any(english.lemma(w.strip(",.;:")) == noun for w in after[:5])


def _told_each(analysis, q) -> bool:
    """Is the figure told of each one ("10 each", "£8,000 per business", "4.2p a share"), not of all together?"""
    if _distributive(analysis, q) or _per_head(analysis, q):
        return True
    where, start = analysis.where(q.start)
    if start < 0:
        return False
    after = [t.lower for t in where.tokens if t.start >= start + (q.end - q.start)][:2]
    return len(after) == 2 and after[0] in ("a", "an") and after[1].isalpha() and english.lemma(after[1]) in _UNITS_OF_A_PRICE


_UNITS_OF_A_PRICE = frozenset("share head person member unit ticket item copy litre kilo night room seat".split())


def _bound_each_on_a_total(statement, sq, claim, cq) -> bool:
    """Is one of the two figures what each has and the other a total, the statement's a bound ("at least 2,000
    parcels each" against "54,000 parcels")? A bound on each's share is none on the whole, nor the other way."""
    return sq.qualifier not in ("exact", "about") and \
        (_distributive(claim, cq) or _per_head(claim, cq)) != (_distributive(statement, sq) or _per_head(statement, sq))


@_per_analysis
def _told_as_average(statement, sq) -> bool:
    """Is the figure told as what each has on average ("averaged more than £10,000 per business", "an average of
    3,000 parcels each", "works out at about £826 for each household")?"""
    if sq.start < 0 or sq.start >= IN_QUOTE:
        return False
    if _per_head(statement, sq):
        return True  # "spent more than £3,000 per home": a total over those it is told per
    if not _distributive(statement, sq):
        return False
    where, at = statement.where(sq.start)
    return _AVERAGE_RE.search(where.text[max(0, at - 40):at]) is not None


def _readings_dated_alike(statement, claim, d) -> bool:
    """Does the statement give the times of both readings a worked-out change is of ("in June 2025 than four years
    before" against "430 in June 2025, down from 475 in June 2021")? Then it tells the same change, whatever words
    stand around the figures."""
    if d.other is None or d.quantity.start < 0 or d.other.start < 0:
        return False
    later = next((q for q in claim.quantities if q.start == d.quantity.start), d.quantity)
    times = [_date_beside(claim, q) for q in (later, d.other)]
    told = [x for x in statement.calendar_dates if x.year]
    return None not in times and len(told) >= 2 and all(
        any(date_parser.relation(x, t) == "supports" for x in told) for t in times) and times[0].year != times[1].year


_THAN_YEAR_REACH = 40  # characters from "than" to the year it compares with ("than it had in 2019")


def _earlier_side_reversed(statement, sq, claim, parts) -> bool:
    """Does the statement tell its difference the other way from the claim's two dated figures: "fewer" (or "more")
    than the figure of a year it names after "than", where the claim gives that year the smaller (or the larger)?"""
    if sq.start < 0 or sq.start >= IN_QUOTE:
        return False
    where, at = statement.where(sq.start)
    end = at + (sq.end - sq.start)
    words = [w.strip(",.;:").lower() for w in where.text[at:end + 20].split()][:5]
    way = next(("up" if w in MORE else "down" for w in words if w in MORE | LESS), "")
    than = where.text.find(" than ", at)
    if not way or than < 0 or than > end + 30:
        return False
    year = next((d.year for d in where.calendar_dates if than < d.start <= than + _THAN_YEAR_REACH and d.year), None)
    if year is None:
        return False
    larger, smaller = parts
    years = [getattr(_date_beside(claim, q), "year", None) for q in (larger, smaller)]
    if years.count(year) != 1:
        return False  # (the claim's dates do not tell the two apart: neither or both of that year)
    return (years[0] == year) == (way == "up")  # (the other may be undated: "had 120 in 2019 and has 360 now")


def _reference_reversed(statement, sq, parts) -> bool:
    """Is the figure the statement tells its difference against the claim's other side from the one its way says
    ("below the national figure of 65 per cent" where 65 is the smaller of 81 and 65)?"""
    found = _reference_of(statement, sq)
    if found is None or len(parts) != 2:
        return False
    ref, up = found
    larger, smaller = parts
    return quantity_parser.relation(ref, larger if up else smaller) == "supports" \
        and quantity_parser.relation(ref, smaller if up else larger) != "supports"


def _against_its_reference(statement, sq, parts) -> bool:
    """Is the statement's figure a difference from a figure it gives itself, that figure the claim's smaller of
    the two (a difference above it) or its larger (below it)?"""
    found = _reference_of(statement, sq)
    if found is None or len(parts) != 2:
        return False
    ref, up = found
    larger, smaller = parts
    return quantity_parser.relation(ref, smaller if up else larger) == "supports"


def _told_as_compared(statement, sq) -> bool:
    """Is the figure a difference told by a comparison ("270 more pupils than Harlow Academy")?"""
    if sq.start < 0:
        return False
    if sq.unit == PROPORTION:
        return True  # "three times as many as", "twice the national rate": a multiple compares two figures
    where, start = statement.where(sq.start)
    return _COMPARED_AFTER_RE.match(where.text, start + (sq.end - sq.start)) is not None


_ENDS_OF_A_PERIOD = frozenset(["ending"])  # "in the year to March 2025" (not "by March 2024": the act's own deadline)


def _dates_a_figure_unmatched(statement, sd, claim) -> bool:
    """Is the statement's date the date of one of its figures, no figure of whose kind the claim gives?"""
    if sd is None:
        return False
    dated = [q for q in statement.quantities if q.noun and not q.unit and _date_beside(statement, q) is sd]
    if not dated or any(_of_one_kind(q, cq) for q in dated for cq in claim.quantities):
        return False
    # (a date of an act the claim tells is that act's, whatever figure stands beside it: "was founded in 1890
    # with 12 members" against "was founded in 1884")
    acts = [lemma for lemma, i in statement.content.items() if statement.verbal(i)]
    return not any(_same_predicate(act, word) for act in acts for word in claim.content)


def _counting(analysis, claim) -> list:
    """The text's figures but the number of the name the claim's article is titled with ("Apollo 11"),
    which counts nothing (see _of_the_title_name)."""
    numbered = _a_numbered_name(claim.title)
    if not numbered and not any(ch.isdigit() for ch in claim.title or ""):
        return list(analysis.quantities)  # (nearly every title: nothing to leave out)
    # (a longer title with a number that the text reads as a name's, "Scooby-Doo 2: Monsters Unleashed",
    # "In My Lifetime, Vol. 1", written whole: the same name)
    return [q for q in analysis.quantities
            if not ((numbered or _number_of_a_name(analysis, q)) and _of_the_title_name(analysis, (q.start, q.end), claim, True))]


def _of_the_title_name(analysis, span, claim, any_title: bool = False) -> bool:
    """Is the text's figure at ``span`` a word of the name the claim's article is titled with
    ("Fallout 76", "Apollo 11", "Maroon 5"), written whole in the text? Then it names the thing, and
    counts nothing (a name with another number, "Apollo 12", stays a figure the claim does not give).
    ``any_title``: whatever the title is like (the caller knows the figure is a name's number)."""
    name = claim.title
    if not span or span[0] < 0 or not name or not (any_title or _a_numbered_name(name)):
        return False
    text = analysis.text
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at <= span[0] and span[1] <= end and not text[end:end + 1].isalnum() and not text[at - 1:at].isalnum():
            # (the figure all within the name: "3 received negative reviews" read as a count is no name's)
            return True
        at = text.find(name, at + 1)
    return False


def _number_of_a_name(analysis, q) -> bool:
    """Is the figure the number of a name ("the Apollo 11 mission", which quantities reads as the
    name's; "an extension of Line 3 to Fenwick", a bare whole number after a name's word)? The same
    number is then the same name, which the names tell: it backs no figure, nor, by agreeing, a
    statement whose other words the claim does not say."""
    if q is None or q.start < 0:
        return False
    if q.noun:
        return q.noun[:1].isupper()
    if q.unit or q.qualifier != "exact" or not q.text.isdigit():
        return False
    at = next((k for k, t in enumerate(analysis.tokens) if t.start == q.start), -1)
    return at > 0 and quantity_parser.after_a_name_word(analysis.tokens, analysis.text, at)


_NUMBERED_NAME_WORDS = 4  # "Fallout 76", "Apollo 11", "Windows 10", "Super Bowl 50"


@functools.lru_cache(maxsize=4096)
def _a_numbered_name(title: str) -> bool:
    """Is the title a name with a number in it: a few words, each capitalised (and no function word:
    "Rise To 5% In 2025" is a headline) or a whole number, one of each at least?"""
    words = title.split()
    return 2 <= len(words) <= _NUMBERED_NAME_WORDS and any(w.isdigit() for w in words) and all(
        w.isdigit() or (w[:1].isupper() and w.isalpha() and w.lower() not in STOPWORDS) for w in words) \
        and not all(w.isdigit() for w in words)


def _dates_only_a_figure(statement, claim) -> bool:
    """Does each of the statement's dates date a figure of its own ("had 9 branches at the end of 2023"),
    where the claim gives no figure and tells none of the statement's acts ("was founded in 2011")? The
    claim's date is then of another act: the statement's figure had its date, the founding its own
    (but "was founded in 2012 with 3 volunteers" tells the claim's founding)."""
    if claim.quantities or not statement.calendar_dates:
        return False
    if not all(any(_date_beside(statement, q) is d for q in statement.quantities) for d in statement.calendar_dates):
        return False
    acts = [lemma for lemma, i in statement.content.items() if statement.verbal(i)]
    return not any(_same_predicate(act, word) for act in acts for word in claim.content)


def _of_one_kind(sq, cq) -> bool:
    """Do the two figures measure one kind of thing: compatible ones, or a change in percentage
    points and a share (the change of shares, "fell by 5.3 points" and "81.2%")?"""
    return quantity_parser.compatible(sq, cq) or {sq.unit, cq.unit} == {POINTS, "%"}


def _stopped(claim) -> bool:
    """Does the claim tell of a stop, in the past ("stopped collecting garden waste in March 2022")?"""
    return ("after", "*") in claim.frames and any(t.lower in STOPPED for t in claim.tokens)


def _before_the_stop(check) -> bool:
    """Is the statement's date wholly before the claim's (the stop's)? Then the deed it dates was done
    before the stop, as the stop says it was."""
    said, told = check.said, check.claimed
    if said is None or told is None or not said.year or not told.year:
        return False
    return (said.year, said.month or 12) < (told.year, told.month or 1) and said.relation in ("", "in", "on", "during")


def _other_snapshot(statement, claim) -> bool:
    """Does either read a changing figure at a time ("as of October 2025") the other's dates differ
    from ("as of 10 August 2024")?"""
    return any(date_parser.relation(sd, cd) == "conflicts" for sd in statement.calendar_dates for cd in claim.calendar_dates
               if date_parser.SNAPSHOT in (sd.relation, cd.relation))


def credited_outlet(statement, outlets, places=frozenset()) -> str:
    """The one of ``outlets`` (those that published a base's articles) the statement credits with what it says
    ("according to the Sedgeholt Courier", "the Echo reported"), or ""."""
    return next((m.name for m in statement.speakers if _named_among(m.name, outlets, places)), "") if outlets else ""


def _softened(checks) -> list:
    """The checks with each contradiction made a mere relation (of another time or thing)."""
    return [c._replace(relation="related") if c.relation == "conflicts" else c for c in checks]


def dates(statement, claim) -> list:
    claim_dates = [_as_read(claim, cd) for cd in claim.calendar_dates]
    told = [_as_read(statement, sd) for sd in statement.calendar_dates if not _titled_year(statement, sd, claim)]
    if not claim_dates:
        return [SlotCheck("date", "uncovered", sd.describe(), "date", (sd.start, sd.end), 0.0) for sd in told
                if not _year_of_the_topic(sd, claim)]
    # a date an event was moved from is when it was to happen, not when it happens: another date of the
    # claim's for the event is what it was moved to ("delayed from 2028 to 2031" / "will open in 2031"), and
    # the date it was moved to is the one set against the claim's
    # (and a claim's own date moved from against the statement's; the statement's other dates against all
    # the claim's: "was due to open in 2026" is told by "delayed from 2026 to 2029")
    moved = [sd for sd in told if _moved_from(statement, sd)]
    claim_moved = [cd for cd in claim_dates if _moved_from(claim, cd)]
    out = [_date_check(statement, claim, sd, claim_dates) for sd in told if sd not in moved]
    out = _one_for_one(out, claim_dates, lambda said, rest: _date_check(statement, claim, said, rest))
    # a time counted from the statement's own date ("than a year earlier") that the claim gives no date for is no
    # detail the claim leaves out: the claim may tell it in the same words, which are no date of their own
    # (where the claim has no date to set against it at all: not where it gives another, "June 2021" for "two years
    # before" June 2025)
    counted = {(sd.start, sd.end): sd.text.lower() for sd in told if sd.start >= 0 and not any(ch.isdigit() for ch in sd.text)}
    out = [c for c in out if not (c.relation == "uncovered" and tuple(c.span) in counted and (
        c.claim_value == "date" or counted[tuple(c.span)] in claim.text.lower()))]  # (or tells it in the same words)
    for sd in moved:
        if claim_moved:
            out.append(_date_check(statement, claim, sd, claim_moved))
            continue
        check = _date_check(statement, claim, sd, claim_dates)
        if check.relation != "conflicts":
            out.append(check)  # (a date the claim gives otherwise is its date now: nothing against the former one)
    return out


# verbs that move an event in time, whose "from A to B" gives the date it was to be and the date it is now:
# those that do nothing else, and those that do with a particle of time ("pushed back", "brought forward";
# not "brought 300 jobs to Oban from 2016 to 2020", "moved to Tarrow from 2015 to 2020": a period)
_MOVING_IN_TIME = frozenset("delay postpone defer reschedule".split())
_MOVING_WITH_A_PARTICLE = frozenset("push put move bring pull".split())
_TIME_PARTICLES = frozenset("back forward off".split())
_MOVED_TO_RE = lazy(r"\s+to\s+(?:the\s+)?$")


def _moved_from(analysis, date) -> bool:
    """Is the date the one an event was moved from ("delayed from 2028 to 2031", "pushed back three years,
    from 2028 to 2031")?"""
    if date.relation != "from" or date.start < 0:
        return False
    where, start = analysis.where(date.start)
    later = next((d for d in where.calendar_dates if d.relation == "to" and d.start > start), None)
    if later is None or not _MOVED_TO_RE.match(where.text[start + len(date.text):later.start] + " "):
        return False
    lo, _ = _clause(where, start)
    toks = [tok for tok in where.tokens if lo <= tok.start < start]
    return any(tok.lemma in _MOVING_IN_TIME or (tok.lemma in _MOVING_WITH_A_PARTICLE and k + 1 < len(toks)
                                                and toks[k + 1].lower in _TIME_PARTICLES)
               for k, tok in enumerate(toks))


def _as_read(analysis, date):
    """The date as compared: the end of a period a figure is counted over is a point in time (see
    dates.period_end), whether the text or the claim base's fields say "to"."""
    if date.relation not in ("to", "") or date.start < 0:
        return date  # ("the twelve months ending 30 November 2023" reads no relation word before its date)
    return date_parser.period_end(date, _text_before(analysis, date, _PERIOD_GAP))


def _not_until(analysis, date, relations=("until", "till")) -> bool:
    """Is the date the end of a denial, "not ... until" ("trains will not run until 14 April", "no
    decision until May")? What is denied until a time happens then and not before (Quirk et al.
    1985, 8.60: "not until"), so the date is when it starts. ``relations``: ("before",) for "not
    ... before", which says it starts then or later."""
    if date.relation not in relations or date.start < 0:
        return False
    where, start = analysis.where(date.start)
    lo, _ = _clause(where, start)
    toks = [tok for tok in where.tokens if lo <= tok.start < start]
    # (not a word of a name or a title: "'Nothing Without Love' was released before 2014"; a capital
    # opens a denial only at the head of its clause: "No driver will lose their job before 2027")
    return any(tok.lower in NEGATORS and (not tok.is_cap or k == 0 or where.text[:tok.start].rstrip()[-1:] in _OPENING_MARKS)
               for k, tok in enumerate(toks))


def _compared_time(analysis, date) -> bool:
    """Is the date the time a figure is compared with: after "than" or "compared with" ("more than
    in 2024"), or after "from" and the earlier figure ("up from £3.9 million in 2024")?"""
    if date.start < 0:
        return False
    where, start = analysis.where(date.start)
    return bool(_COMPARED_TIME_RE.search(where.text[max(0, start - _COMPARED_REACH):start])) or _measured_on(analysis, date)


def _time_compared(analysis, date) -> bool:
    """Is the date the time a figure or a change is measured against: a compared time (_compared_time), the
    date of the reading a change came from ("rose to 1,200 in 2024 from 900 in 2019"), or the start of a
    change told since it ("has grown by 300 since 2019")?"""
    if _compared_time(analysis, date):
        return True
    if date.start < 0:
        return False
    earlier = _figure_beside(analysis, date)
    if earlier is not None and _after_from(analysis, earlier):
        return True
    return date.relation == "since" and any(_change(analysis, q) and analysis.where(q.start)[0] is analysis.where(date.start)[0]
                                            for q in analysis.quantities if q.start >= 0)


def _measured_on(analysis, date) -> bool:
    """Is the date the time a change is measured against, news' "on" after the change's figure ("up 5 per
    cent on 2023", "fell by a third on 2023")? Not a day's "on", which dates the change ("rose 5 per
    cent on Tuesday")."""
    if date.start < 0 or date.day is not None or date.weekday is not None:
        return False
    where, start = analysis.where(date.start)
    return bool(_CHANGE_ON_RE.search(where.text[max(0, start - _COMPARED_REACH):start]))


def _told_of_too(analysis, date) -> bool:
    """Is the date told of in a clause of its own after it ("up 12 per cent on 2023, when it was shut for
    three months")?"""
    where, start = analysis.where(date.start)
    return bool(_WHEN_AFTER_RE.match(where.text, start + (date.end - date.start)))


_WHEN_AFTER_RE = lazy(r",?\s+when\b", re.I)


_COMPARED_REACH = 40  # characters before the date: "down from 41.2p a litre in "
_COMPARED_TIME_RE = lazy(r"(?:\bthan|\bcompared (?:with|to)|\b(?:up|down|rose|fell|risen|fallen) from\b(?:[^,;.]|\.(?=\d)){0,30}?)"
                         r"\s+(?:in\s+|during\s+)?(?:the\s+(?:year|12 months|twelve months|quarter)\s+(?:to|ending)\s+)?$",
                         re.I)  # ("down from £11.7 million in the year to 31 March 2024")


_CHANGE_ON_RE = lazy(r"\b(?:up|down|rose|fell|risen|fallen)\s+(?:by\s+)?(?:[^,;.]|\.(?=\d)){0,30}?"
                     r"(?:\d|\bper\s?cent|%|\bhalf|\bthird|\bquarter|\bfifth)\s+on\s+$", re.I)


_OPENING_MARKS = "\"\u201c\u2018'(-\u2013\u2014:"  # a quote, a bracket or a dash opens words that may start with a capital


def _against_earliest(statement, sd, claim, cd, claim_until: bool = False):
    """The relation of two dates where one is an earliest time, "not ... before" it ("will not open
    before 2027"), and the other a time it happens ("will open in 2029") or another bound ("not
    until 2027", "not before 2027": one bound, told either way); None where neither is "not ...
    before". An event at or after the earliest time is borne out by it (the statement's) or not
    settled by it (the claim's: "not before 2027" says nothing of 2029); one before it is
    contradicted; two bounds are the same bound or two ("no job losses before 2028" against "until
    2030"). ``claim_until``: the claim's date is a "not until" (read before the caller recast it)."""
    s_before, c_before = _not_until(statement, sd, ("before",)), _not_until(claim, cd, ("before",))
    if not (s_before or c_before) or not sd.year or not cd.year:
        return None
    if any(d.relation not in ("", "in", "on", "from", "before", "until", "till") for d in (sd, cd)):
        return None
    order = _order(sd, cd)
    if (s_before or _not_until(statement, sd)) and (c_before or claim_until):
        return "supports" if order == 0 else "conflicts"
    if s_before:  # the claim tells when it happens
        return "supports" if order <= 0 else "conflicts"
    return "conflicts" if order < 0 else "uncovered"


def _order(a, b) -> int:
    """-1, 0 or 1: does date a end before date b begins, overlap it, or begin after it ends?"""
    first, second = date_parser.interval(a), date_parser.interval(b)
    if first is None or second is None:
        return 0
    return -1 if first[1] <= second[0] else 1 if first[0] >= second[1] else 0


def _as_deadline(analysis, date, other):
    """The date as a deadline where it ends a span of years and the other date is a deadline: what is
    done over the five years to March 2030 is done by March 2030; else the date as it is."""
    if date.relation != date_parser.PERIOD_END or other.relation != "by" or date.start < 0:
        return date
    if not date_parser.ends_a_span_of_years(_text_before(analysis, date, _PERIOD_GAP)):
        return date
    return date._replace(relation="by")


def _titled_year(statement, sd, claim) -> bool:
    """Is the date a year that names a thing ("the 1990 film Ghost") whose article's title gives that
    year ("Ghost (1990 film)")? The title says which thing the claim is about, so the year is said."""
    return sd.month is None and sd.year is not None and _names_a_thing(statement, sd) \
        and re.search(rf"\b{sd.year}\b", claim.title or "") is not None


# a topic's title that opens with its year or season: "2020 coronavirus pandemic in Arkansas", "2018–19
# Tottenham Hotspur F.C. season"
_TOPIC_YEARS_RE = lazy(r"(\d{4})(?:\s*[–-]\s*(\d{2}|\d{4}))?\s+\S")


_EARLIER_TIME_RE = lazy(r"\b(?:earlier|previously|formerly|ago|beforehand)\b", re.I)


def _year_of_the_topic(sd, claim) -> bool:
    """Is the statement's date a year (no month) of the years a topic's title opens with, for a claim
    that gives no date of its own? The article tells of that year ("A total of 18,617 tests have been
    processed" under "2020 coronavirus pandemic in Arkansas"), so a statement of it "in 2020" adds
    nothing; only ever to leave the date said, never to contradict one (the article may tell of later
    years too)."""
    if claim.dates or _EARLIER_TIME_RE.search(claim.text):
        return False  # (a time of its own, even one told from another: "destroyed by a flood decades earlier")
    title = claim.title or ""
    m = _TOPIC_YEARS_RE.match(title)
    if m is None or sd.month is not None or sd.year is None or sd.relation not in ("", "in", "during") \
            or not topic_title(title):
        return False
    first = int(m.group(1))
    last = first if not m.group(2) else int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
    return first <= sd.year <= last and not sd.part and not sd.day


FIGURE_GAP = 6  # characters between a figure and a date that belong together: "€2.4bn in 2023"
_RATE_GAP = 16  # and the unit of a rate between them: "6.2 tonnes a hectare in 2025", "42p per litre in 2024"
_RATE_RE = lazy(r"\s+(?:a|an|per)\s+[a-z]+\s+(?:in|on|at|during|for)?\s*", re.I)
_PERIOD_GAP = 40  # and the period a figure is counted over, ended by the date: "in the 12 months to", "over the year ending"
_PERIOD_RE = lazy(r"\s+(?:in|over|during|for)\s+the\s+(?:[a-z0-9-]+\s+){0,2}(?:%s)\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?"
                  % "|".join(sorted(date_parser.REPORTING_PERIODS)), re.I)


# words that open the next value of a series rather than tie a figure to its date: "from €201
# million in 2022 to €186 million in 2023" gives 2022 to €201 million only
_NEXT_VALUE = frozenset(["to", "from", "and", "or", "than", "versus", "vs", ",", "against"])


def _beside(analysis, value, others):
    """The one of ``others`` (figures or dates) written right before or after ``value``, with
    nothing between them that starts another value, or None."""
    if value.start < 0:
        return None
    part, moved = analysis.where(value.start)
    shift = value.start - moved  # a claim's quote has offsets of its own
    for other in others:
        if other.start < 0 or (other.start >= IN_QUOTE) != (value.start >= IN_QUOTE):
            continue
        if 0 <= value.start - other.end <= _PERIOD_GAP:
            between = part.text[other.end - shift:value.start - shift]
        elif 0 <= other.start - value.end <= _PERIOD_GAP:
            between = part.text[value.end - shift:other.start - shift]
        else:
            continue
        if _PERIOD_RE.fullmatch(between):
            return other  # the period a figure is counted over, ended by the date: "8,580 patients in the year to January 2025"
        if ";" in between:
            continue  # a semicolon ends a clause: "more than in 2023; 31 crossings were cancelled" (not 2023's)
        if len(between) > FIGURE_GAP and not _RATE_RE.fullmatch(between) \
                and not (isinstance(other, DateRef) and _PART_OF_YEAR_RE.fullmatch(between)):
            continue  # further than a figure's date, but over a rate's unit ("6.2 tonnes a hectare in 2025")
            # or the article of a part of a year ("50 fines in the first half of 2024")
        if not (set(between.lower().replace(",", " , ").split()) & _NEXT_VALUE):
            return other
        first = other if other.end <= value.start else value
        if isinstance(first, DateRef) and between.strip() == "," and _CLAUSE_OPENING_RE.search(part.text[:first.start - shift]):
            return other  # "; in 2023, 24.1 per cent were late": a date that opens the clause dates what follows
    return None


_PART_OF_YEAR_RE = lazy(r" (?:in|during|for|over) the ")

# what may stand before a date that opens a clause: the clause's start and a preposition
_CLAUSE_OPENING_RE = lazy(r"(?:^|[;:]|\. |, (?:and|but|while|whereas)) *(?:in|on|during|by|as of|at the end of)? *(?:the )?$", re.I)


def _date_beside(analysis, q):
    """The date written beside a figure ("€2.4 billion in 2023"), or None."""
    return _beside(analysis, q, analysis.calendar_dates)


def _times(statement, sq, claim, cq) -> str:
    """How the dates written right beside the two figures relate ("supports", "conflicts",
    "related"), or "" when either figure has none. A statement with one figure and one date dates
    its figure by it wherever it stands ("Arvena's revenue in 2022 was €2.41 billion")."""
    a = _date_of_summed_change(statement, sq) or _date_beside(statement, sq) or _sole_date(statement, sq)
    b = _date_of_summed_change(claim, cq) or _date_beside(claim, cq) or _date_of_level(claim, cq) or _fronted_date(claim, cq) \
        or _date_of_the_coordinate(claim, cq)
    whole = _whole_dating(claim, cq) if b is None else None
    if whole is not None:
        b = _date_beside(claim, whole)  # "46 league games in 2023–24, winning 24 of them": the 24 are 2023–24's
    if a is None or b is None:
        return ""
    if _periods_differ(statement, a, claim, b):
        return "conflicts"  # another time: "£7 million in 2025" is not a figure of the year to April 2025
    if a.relation == "by" and _told_as_reached(statement, sq):
        a = a._replace(relation="")  # "had fallen to 61,000 by the end of May": the level then, no
        # deadline that a reading in January meets
    return date_parser.relation(a, b)


def _date_of_the_coordinate(analysis, q):
    """The date of the change told in the clause before, for a change in a clause joined to it by "but", "while"
    or "and" that gives no date of its own ("sales rose by 8 per cent in 2024 but its profit fell by 12 per cent":
    the fall is 2024's too, the time both clauses share), or None."""
    if len(analysis.calendar_dates) != 1 or q.start < 0 or q.start >= IN_QUOTE or not change(analysis, q):
        return None
    date = analysis.calendar_dates[0]
    if date.start < 0 or date.start >= q.start:
        return None
    first = next((other for other in analysis.quantities if other is not q and 0 <= other.start < date.start
                  and _date_beside(analysis, other) is date and change(analysis, other)), None)
    if first is None:
        return None
    between = analysis.text[date.end:q.start]
    return date if _COORDINATE_RE.search(between) and not any(mark in between for mark in ";:") else None


_COORDINATE_RE = lazy(r"(?:,\s*|\s)(?:but|while|whereas|and)\s")


def _adds_up_over_time(analysis, q) -> bool:
    """Does the figure add up over a period, so that a part of it holds no more than the whole: a
    count, or a sum of money or a measure that is not a net one (revenue, tonnes collected; not a
    profit, a loss or a balance), and not a share or a rate?"""
    if q.unit in ("%", POINTS) or q.per:
        return False
    return not (_figure_context(analysis, q) & _NET_AMOUNTS)


_NET_AMOUNTS = frozenset("profit loss deficit surplus net balance shortfall".split())


def _parts_of_the_period(statement, sq, claim, cq) -> tuple:
    """(named, by month): 1 when the statement's figure is counted over a part of the period the
    claim's is counted over, -1 the other way round, else 0; ``named`` for the parts a year is told
    in ("in the first half of 2024", "in the summer of 2024" / "in 2024"), ``by month`` for those and
    months too ("in March 2024"). A part's count may be any share of the whole's, and neither is the
    other."""
    a = _date_of_summed_change(statement, sq) or _date_beside(statement, sq) or _sole_date(statement, sq)
    b = _date_of_summed_change(claim, cq) or _date_beside(claim, cq) or _date_of_level(claim, cq) or _sole_date(claim, cq)
    if a is None or b is None or _split_year(statement, a) or _split_year(claim, b):  # (a split year is no calendar year)
        return 0, 0
    return tuple(_within_period(a, b) if _counted_over(a, months) and _counted_over(b, months) else 0 for months in (False, True))


def part_of_period(a, b) -> bool:
    """Is date ``a`` a period a figure is counted over that lies within ``b``'s, and is not it ("in the
    first half of 2024", "in March 2024" / "in 2024")?"""
    return _counted_over(a, True) and _counted_over(b, True) and _within_period(a, b) == 1


def _within_period(a, b) -> int:
    """1 when period ``a`` lies within period ``b`` and is not it, -1 the other way round, else 0."""
    span_a, span_b = date_parser.interval(a), date_parser.interval(b)
    if not span_a or not span_b or span_a == span_b:
        return 0
    if span_b[0] <= span_a[0] and span_a[1] <= span_b[1]:
        return 1
    return -1 if span_a[0] <= span_b[0] and span_b[1] <= span_a[1] else 0


def _counted_over(date, months: bool) -> bool:
    """Is the date a period a figure may be counted over ("in 2024", "in the first half of 2024", with
    ``months`` "in March 2024"), not a point ("at the end of March", "on 3 May") nor the end of a
    counted period?"""
    return date.relation in ("", "in", "during") and date.day is None and date.part in (None, *date_parser.YEAR_PARTS) \
        and not date.weekday and (months or date.month is None)


def _date_of_summed_change(claim, cq):
    """The date of a change set off after the readings it sums up: the later reading's ("rose to 2,140
    in 2024, from 1,310 in 2023, an increase of 63 per cent": 2024, not the 2023 beside it), or None."""
    summed = _change_set_off(claim, cq)
    if summed is None:
        return None
    readings = [summed] + [q for q in claim.quantities
                           if q is not summed and q is not cq and q.start >= 0 and one_measure(claim, q, summed)]
    # (not the reading it came from, whose date is the change's start: "up 21 per cent from 1,090 a year
    # earlier", where the later reading's date stands too far off to be read)
    dated = [d for d in (_date_beside(claim, q) for q in readings if not _after_from(claim, q)) if d is not None]
    return max(dated, key=lambda d: (d.year or 0, d.month or 0, d.day or 0), default=None)


def _fronted_date(analysis, q):
    """The date of a fronted phrase that opens the figure's sentence ("At the end of 2024, the bank ran
    12 branches and employed 35 staff"): it dates the figures of the clause after it. None where the
    figure stands in the phrase, or no date does."""
    where, start = analysis.where(q.start)
    clause = fronted_phrase_end(where.text) if start >= 0 else 0
    if not clause or start < clause:
        return None
    if _beside(analysis, q, [d for d in analysis.dates if not date_parser.is_calendar(d)]) is not None:
        return None  # "up from £0.9 million the year before": the figure's own time, told from another
    placed = ((d, *analysis.where(d.start)) for d in analysis.calendar_dates if d.start >= 0)
    return next((d for d, d_where, d_start in placed if d_where is where and d_start < clause), None)


def _date_of_level(analysis, q):
    """The date of the level a change reaches ("rose 12 per cent to €2.4 billion in 2023": 2023 is the
    twelve per cent's date too), or None."""
    if not _change(analysis, q):
        return None
    where, start = analysis.where(q.start)
    if start < 0:
        return None
    end = start + (q.end - q.start)
    for other in analysis.quantities:
        o_where, o_start = analysis.where(other.start)
        if o_where is where and o_start > end and where.text[end:o_start].strip().lower() == "to":
            return _date_beside(analysis, other)
    return None


def totals_across(statement, one, other) -> list:
    """A statement's total ("must pay £431,500 in all") that a part from each of two claims adds up
    to (a £400,000 fine in one, £31,500 in costs in the other), as agreeing amount checks."""
    out = []
    for sq in statement.quantities:
        if not (sq.unit or sq.noun) or not _total(statement, sq):
            continue
        s_ctx = _context(statement, sq.start, sq.end)
        for qa in one.quantities:
            for qb in other.quantities:
                if qa.unit != qb.unit or not (quantity_parser.compatible(sq, qa) and quantity_parser.compatible(sq, qb)):
                    continue
                if qa.start < 0 or qb.start < 0 or {qa.qualifier, qb.qualifier} - {"exact", "about"} or qa.value == qb.value:
                    continue  # a bound adds to no total; two tellings of one figure are one part, not two
                whole = qa._replace(value=qa.value + qb.value, qualifier="exact", precision=qa.precision + qb.precision)
                if quantity_parser.relation(sq, whole) != "supports":
                    continue
                found = _worked_check(sq, s_ctx, ((one, qa), (other, qb)), whole,
                                      f"{qa.describe()} + {qb.describe()} = {whole.describe()}")
                if found is not None:
                    out.append(found)
    return out


def _worked_check(sq, s_ctx, parts, worked, working: str, change: bool = False):
    """An agreeing amount check of the statement's figure ``sq`` by a figure two claims give together,
    when each part's words are like the statement figure's (``parts``: (claim, its figure) pairs), else None."""
    align = min(_soft_share(s_ctx, _context(claim, q.start, q.end)) for claim, q in parts)
    if align < MIN_VALUE_ALIGNMENT:
        return None
    return SlotCheck("amount", "supports", sq.describe(), working, (sq.start, sq.end), align, bool(sq.detail),
                     said=sq, claimed=worked, change=change)


def differences_across(statement, one, other) -> list:
    """A statement's change ("has gone up by £72 million from its original budget") that two claims'
    readings of one measure give, one told as the earlier ("was originally budgeted at £240 million")
    and one not ("expects the final cost to reach £312 million"), going the statement's way, as
    agreeing amount checks."""
    out = []
    ways = _ways_with_cuts(statement)
    if len(ways) != 1:
        return out  # which way it went decides which difference it is
    up = "up" in ways
    for sq in statement.quantities:
        if not sq.unit or not _change(statement, sq):
            continue
        s_ctx = _context(statement, sq.start, sq.end)
        for before, after in ((one, other), (other, one)):
            for qb in before.quantities:
                if qb.start < 0 or not _told_as_earlier(before, qb) or not quantity_parser.compatible(sq, qb):
                    continue
                for qa in after.quantities:
                    if qa.start < 0 or qa.unit != qb.unit or _told_as_earlier(after, qa) or not quantity_parser.compatible(sq, qa):
                        continue
                    found = _worked_difference(sq, s_ctx, ((before, qb), (after, qa)), *((qa, qb) if up else (qb, qa)), at=qa)
                    if found is not None:
                        out.append(found)
    return out


def _worked_difference(sq, s_ctx, parts, big, small, at, unit=None):
    """An agreeing amount check of the statement's figure by the difference of two claims' figures
    (``parts``: (claim, figure) pairs, as _worked_check takes them), the larger less the smaller,
    placed at the figure ``at``, in ``unit`` (else the figures' own); None where it does not agree
    or either is a bound."""
    if big.value <= small.value or {big.qualifier, small.qualifier} - {"exact", "about"}:
        return None
    difference = at._replace(value=big.value - small.value, qualifier="exact", precision=big.precision + small.precision,
                              unit=unit or big.unit)
    if quantity_parser.relation(sq, difference) != "supports":
        return None
    return _worked_check(sq, s_ctx, parts, difference, f"{big.describe()} - {small.describe()} = {difference.describe()}",
                         change=True)


# words that tell a figure as what held before ("was originally budgeted at £240 million")
_EARLIER_WORDS = frozenset("originally initially previously formerly".split())


def _told_as_earlier(analysis, q) -> bool:
    """Is the figure told as what held before, by "originally", "initially" ... in its clause before it?"""
    where, start = analysis.where(q.start)
    if start < 0:
        return False
    lo, _ = _clause(where, start)
    return any(w.strip(",.") in _EARLIER_WORDS for w in where.text[lo:start].lower().split())


# a length of time between two events the sentence tells ("opened in 2021, four years before the cubs
# were born"), in days of each unit
INTERVAL_DAYS = {"year": 365.25, "month": 30.44, "fortnight": 14.0, "week": 7.0, "day": 1.0}
INTERVAL_RE = lazy(r"\s+(before|after|following|prior\s+to)\s+(?!\d)", re.IGNORECASE)  # "following" as "after" does
DAY_UNITS = frozenset(["fortnight", "week", "day"])
_AGE_BEFORE_RE = lazy(r"\b(?:(?:younger|older)\s+than|aged|age\s+of)\s+$", re.IGNORECASE)


@_per_analysis
def _interval_told(statement, sq):
    """(sign, unit, words of the main event, words of the other) for a length of time told between two
    events ("four years before the cubs were born": +1, year, the words before it, {cub, bear}), or
    None; sign +1 where the main event came first ("before"), -1 where it came after."""
    if sq.unit or not sq.noun or sq.start < 0 or sq.start >= IN_QUOTE:
        return None
    unit = english.lemma(sq.noun.lower())
    m = INTERVAL_RE.match(statement.text, sq.end)
    if unit not in INTERVAL_DAYS or m is None or _AGE_BEFORE_RE.search(statement.text[max(0, sq.start - 16):sq.start]):
        return None  # (not an age: "younger than six years before they can ...")
    before = statement.text[max(0, sq.start - 5):sq.start].lower()
    if before.endswith((" by ", " for ")):
        return None  # "was delayed by 18 months after cracks were found": how much, the "after" says why; "were
        # without water for 48 hours after the main burst": how long it lasted, from then
    end = min([k for k in (statement.text.find(mark, m.end()) for mark in (",", ";", ". ")) if k >= 0] or [len(statement.text)])
    clause_start = max(statement.text.rfind(mark, 0, sq.start) for mark in (";", ". "))
    other = {t.lemma for t in statement.tokens if m.end() <= t.start < end and t.is_content}
    main = {t.lemma for t in statement.tokens if clause_start < t.start < sq.start and t.is_content} | {
        mention.name for mention in statement.mentions if clause_start < mention.start < sq.start}
    return (1 if " ".join(m.group(1).lower().split()) in ("before", "prior to") else -1), unit, frozenset(main), frozenset(other)


def _interval_in(analysis, q) -> bool:
    """Is the figure a length of time told between two events (see _interval_told, _counted_on_length),
    in the text or in a claim's quote?"""
    part, start = analysis.where(q.start)
    return q.start >= 0 and (_interval_told(part, q._replace(start=start, end=start + q.end - q.start)) is not None
                             or _counted_on_length(analysis, q))


def _counted_on_length(analysis, q) -> bool:
    """Is the figure the length of a date counted from an earlier event or back from now ("thirty
    years later", "four years ago": analysis.counted_on), whatever dates the claim base gives?"""
    if q.start < 0 or q.unit:
        return False
    part, start = analysis.where(q.start)
    end = start + q.end - q.start
    after = _COUNTED_ON_AFTER_RE.match(part.text, end)
    return after is not None and counted_on(part.text[start:end] + after.group())


_COUNTED_ON_AFTER_RE = lazy(r"\s+" + COUNTED_ON_WORDS, re.I)


def _days_between(first, then):
    """Days from one date to another at the coarser of their precisions (a year alone counts from its
    middle; a month alone, from its middle), with the days they may be out by; or None."""
    if not (first.year and then.year):
        return None
    def at(d):
        if d.month is None:
            return d.year * 365.25 + 182.6, 182.6
        if d.day is None:
            return d.year * 365.25 + (d.month - 1) * 30.44 + 15.2, 15.2
        return d.year * 365.25 + (d.month - 1) * 30.44 + d.day, 0.5
    (a, slack_a), (b, slack_b) = at(first), at(then)
    return b - a, slack_a + slack_b


ROUNDING_SHARE = 4  # a length told in a round unit is off by a quarter of it at most


def intervals_in(statement, sq, claims):
    """An agreeing amount check of a length of time told between two events ("four years before the cubs
    were born") by two dates the claims give (``claims``: one or two analyses): the main event's, in
    words like the statement's before the figure, and the other's, in words like those after "before"
    or "after"; None where no such dates agree."""
    told = _interval_told(statement, sq)
    if told is None:
        return None
    sign, unit, main, other = told
    dated = [(c, d, _told_with(c, d)) for c in claims for d in c.calendar_dates if d.year and d.start >= 0]
    best = None
    for cm, dm, main_ctx in dated:
        main_align = _soft_share(set(main), main_ctx)
        if main_align < MIN_VALUE_ALIGNMENT:
            continue
        for cr, dr, ref_ctx in dated:
            if dr is dm or (dr.year, dr.month, dr.day) == (dm.year, dm.month, dm.day):
                continue
            ref_align = _soft_share(set(other), ref_ctx)
            if ref_align < _INTERVAL_ALIGNMENT or ref_align <= _soft_share(set(other), main_ctx):
                continue  # the other event's date, told in its words, not the main one's
            if (unit in DAY_UNITS and not (dm.day and dr.day)) or (unit == "month" and not (dm.month and dr.month)):
                continue  # a length in days or weeks needs days to count between ("in March" is no day)
            between = _days_between(dm, dr) if sign > 0 else _days_between(dr, dm)
            if between is None:
                continue
            days, slack = between
            length = sq.value * INTERVAL_DAYS[unit]
            # (half a unit either way, as a whole count of units is rounded, but not a quarter of a single unit's
            # length: "a year after" is no six months after)
            if abs(days - length) > slack + min(INTERVAL_DAYS[unit] / 2, length / ROUNDING_SHARE):
                continue
            align = min(main_align, ref_align)
            working = f"{(dr if sign > 0 else dm).describe()} - {(dm if sign > 0 else dr).describe()} = {sq.describe()}"
            if best is None or align > best.alignment:
                worked = sq._replace(value=round(days / INTERVAL_DAYS[unit], 1), qualifier="about", start=-1, end=-1)
                # (a change of time, two dates apart: two claims that give it together are about one matter)
                best = SlotCheck("amount", "supports", sq.describe(), working, (sq.start, sq.end), align, bool(sq.detail),
                                 said=sq, claimed=worked, change=True)
    return best


def _told_with(analysis, date) -> set:
    """The content words and names that tell what happened at a date: those of its clause since the
    date before it ("The first concert in the new wing was held on 28 May 2024": concert, wing, hold;
    "Anna Reed, who joined the orchestra in 2015, became its conductor in 2021": became, conductor
    for 2021), or up to the next for a date that opens its clause ("On 14 May 2024 the mayor opened it")."""
    where, at = analysis.where(date.start)
    lo, hi = _clause(where, at)
    end = at + (date.end - date.start)
    others = [(d.start - (date.start - at), d.end - (date.start - at)) for d in analysis.calendar_dates
              if d is not date and d.start >= 0 and lo <= d.start - (date.start - at) < hi]
    since = max([e for s_, e in others if e <= at] or [lo])
    until = min([s_ for s_, e in others if s_ >= end] or [hi])

    def words(a, b):
        return {t.lemma for t in where.tokens if a <= t.start < b and t.is_content and not t.is_cap} | {
            m.name for m in where.mentions if a <= m.start < b}
    before = words(since, at)
    return before if any(not w[:1].isupper() for w in before) else before | words(end, until)


_INTERVAL_ALIGNMENT = MIN_VALUE_ALIGNMENT  # the other event's words said near its date, more than near the first


def intervals_across(statement, one, other) -> list:
    """Lengths of time between two events, each dated by one of two claims (see intervals_in)."""
    found = [intervals_in(statement, sq, (one, other)) for sq in statement.quantities if _interval_told(statement, sq)]
    return [c for c in found if c is not None]


def worked_across(statement) -> bool:
    """Does the statement give a figure two claims could work out together (a total, a change)? Only
    then are pairs of claims read for one (a draft's every unsettled sentence meets ten pairs)."""
    return any(_total(statement, q) or _change(statement, q) or _interval_told(statement, q) for q in statement.quantities)


def across_claims(statement, one, other) -> list:
    """What two claims' figures give a statement's figures together: totals, changes and the
    differences between two holders."""
    return totals_across(statement, one, other) + differences_across(statement, one, other) \
        + comparisons_across(statement, one, other) + intervals_across(statement, one, other)


# comparatives that tell which of two holders has more: "270 more pupils than", "4.5 points higher than"
_MORE_THAN = frozenset("more higher greater larger bigger".split())
_LESS_THAN = frozenset("fewer less lower smaller".split())


def comparisons_across(statement, one, other) -> list:
    """A statement's difference between two holders ("Harlow School has 270 more pupils than Kelby
    School") that one claim's figure of the first and the other's of the second give ("Harlow School
    has 910 pupils", "Kelby School has 640 pupils"), as agreeing amount checks; a difference of two
    shares is in percentage points ("4.5 points higher than the company's offer": 9% and 4.5%)."""
    out = []
    for sq in statement.quantities:
        compared = _compared_holders(statement, sq)
        if compared is None:
            continue
        more, first, second = compared
        s_ctx = _context(statement, sq.start, sq.end)
        for a, b in ((one, other), (other, one)):
            for qa in a.quantities:
                if qa.start < 0 or not _held_by(a, qa, first):
                    continue
                for qb in b.quantities:
                    if qb.start < 0 or not _held_by(b, qb, second) or not _differenced(sq, qa, qb):
                        continue
                    found = _worked_difference(sq, s_ctx, ((a, qa), (b, qb)), *((qa, qb) if more else (qb, qa)), at=qa,
                                               unit=POINTS if qa.unit == "%" else None)
                    if found is not None:
                        out.append(found)
    return out


@_per_analysis
def _compared_holders(statement, sq):
    """(more, the holder, the one compared with) for a figure told as the difference between two
    named holders ("X has 270 more pupils than Y": True, X, Y), or None."""
    if sq.start < 0 or sq.start >= IN_QUOTE or sq.qualifier not in ("exact", "about"):
        return None
    text = statement.text
    words = sq.text.lower().split()[1:] + text[sq.end:sq.end + 40].lower().split()[:3]  # ("270 more pupils")
    way = next((w for w in words if w in _MORE_THAN | _LESS_THAN), None)
    than = text.lower().find(" than ", sq.end)
    if way is None or than < 0:
        return None
    first = _owner(statement, sq.start)
    # the name right after "than" ("than Kelby School", "than the company's"; not "than a year earlier")
    second = _name_after(statement, than + len(" than "))
    if not first or not second or first == second:
        return None
    return way in _MORE_THAN, first, second


def _past_the_level(statement, sq, claim, parts) -> bool:
    """Is the statement's figure how far something went past a level a plan set ("ran £2.8m over its
    budget"), and the smaller of the claim's two figures told as that level ("a final cost of £8.4
    million, against an original budget of £5.6 million")? Their difference is the overrun."""
    if sq.start < 0 or not over_a_level(statement, sq):
        return False
    smaller = min(parts, key=lambda q: q.value)
    return smaller.start >= 0 and bool(_context(claim, smaller.start, smaller.end) & LEVEL_NOUNS)


def _rest_denied(statement, sq, claim, parts) -> bool:
    """Is the statement's figure a count of those its clause denies an act of ("250 of the runners failed to
    finish") and the claim's difference the rest of a whole it gives after the part that did it ("Of the
    2,400 runners who started, 2,150 finished")? The rest of a whole is those of it that did not."""
    whole, part = parts
    verb = _denied_of(statement, sq)
    if not verb or not whole.definite or part.definite or _denied_of(claim, part) or whole.unit or part.unit:
        return False  # (the whole told as known, "of the 2,400 runners", the part as what some of them did)
    if part.noun and whole.noun and english.lemma(part.noun.lower()) != english.lemma(whole.noun.lower()):
        return False
    if not any(_same_predicate(verb, lemma) for lemma, _ in _acts_of_count(claim, part)):
        return False
    # the part did the act, no more: "570 finished in under four hours" leaves the rest to those who finished
    # later as well as those who did not finish; "410 departed on time", "650 were seen within a month" alike
    where, start = claim.where(part.start)
    _, hi = _clause(where, start)
    toks = where.tokens
    acts = [k for k, t in enumerate(toks) if start < t.start < hi and where.verbal(k) and _same_predicate(verb, t.lemma)]
    if not acts or any(t.text[:1].isalnum() for t in toks[acts[0] + 1:] if t.start < hi):
        return False
    # ... and the statement denies the act, no more: "did not finish the Fenwick marathon" names what the claim
    # does; "did not finish on time" is of those who finished late too
    said = {t.lemma for t in claim.tokens if t.is_content} | {m.name for m in claim.mentions}
    where, start = statement.where(sq.start)
    _, hi = _clause(where, start)
    toks = where.tokens
    denied = next((k for k, t in enumerate(toks) if start < t.start < hi and t.lemma == verb), -1)
    named = {k for m in where.mentions for k in range(m.first, m.last + 1)}
    return denied >= 0 and all(toks[k].lower in DETERMINERS or toks[k].lemma in said or k in named
                               for k in range(denied + 1, len(toks)) if toks[k].start < hi and toks[k].text[:1].isalnum())


def _rest_told(statement, lemma, claim) -> bool:
    """Does the claim tell the denial of ``lemma`` as the rest of a whole: a figure the statement denies
    it of is the claim's whole less the part that did it ("250 of the runners did not finish" / "of the
    2,400 runners who started, 2,150 finished")? See _rest_denied."""
    return any(_denied_of(statement, sq) == lemma and d.parts and not d.change
               and quantity_parser.relation(sq, d.quantity) == "supports" and _rest_denied(statement, sq, claim, d.parts)
               for sq in statement.quantities for d in _derived(claim))


def _holders_compared_alike(statement, sq, claim, parts) -> bool:
    """For a statement's difference between two named holders, is the claim's larger figure the one
    the statement gives more (and the smaller the other's)? True where the statement names no two."""
    compared = _compared_holders(statement, sq)
    if compared is None:
        return True
    more, first, second = compared
    big, small = parts
    return _held_by(claim, big, first if more else second) and _held_by(claim, small, second if more else first)


def _multiple_of_its_kind(statement, sq, claim, parts) -> bool:
    """Can the claim's two figures be what the statement's multiple compares: two figures of one act
    ("killed two women ... and injured 14 people" gives no multiple of children), sums of money or
    measures for "as much" and counts for "as many"?"""
    if len(parts) != 2:
        return False
    big, small = parts
    if _acts_differ(claim, big, small):
        return False
    words = sq.text.lower().split()
    if "much" in words:
        return bool(big.unit)
    if "many" in words:
        return not big.unit
    # "Dunmore is three times as big as Kelby": a size of what, the words do not say (another multiple told
    # as big or large is still compared with it, as a multiple of the same)
    return not _VAGUE_SIZES & set(words)


_VAGUE_SIZES = frozenset("big bigger large larger great greater".split())


def _another_holders(statement, sq, claim, cq) -> bool:
    """Does the statement give its figure to a name the claim gives other figures to, and the worked
    figure to another ("in Harton it rose by 10p to 60p, while in Dunmore it rose by 5p to 80p": Harton's
    20 per cent is no rise of Dunmore's)?"""
    if sq.start < 0 or cq.start < 0:
        return False
    mine = _context(statement, sq.start, sq.end) & statement.names
    theirs = _context(claim, cq.start, cq.end) & claim.names
    if not mine or not theirs or any(same_name(a, b) for a in mine for b in theirs):
        return False
    # (the statement's name is one the claim tells other figures of)
    return any(q.start >= 0 and any(same_name(a, b) for a in mine for b in _context(claim, q.start, q.end) & claim.names)
               for q in claim.quantities)


def _multiple_sides(statement, sq, claim, parts) -> str:
    """Is the statement's multiple ("Ashgrove put in twice as much as the angel investors") the
    claim's larger figure over its smaller, as the claim tells whose each is: "same", "reversed",
    "other" where a side is another's figure or another time's, or '' where nothing tells. The one
    before the multiple has the larger figure, the one after "as" or "than" the smaller; each side is
    told by the name the claim gives its figure (where the claim gives both figures an owner, two
    owners), by the year the claim dates it (a holder compared with itself at another time: "twice as
    many members in 2024 as in 2023"), or else by words only that figure's context has, on both sides."""
    if len(parts) != 2 or sq.start < 0 or parts[0].start < 0 or parts[1].start < 0:
        return ""
    big, small = parts
    named = _figure_multiplied(statement, sq)
    if named is not None:
        # "more than six times the roughly 600 it normally receives": the statement gives the smaller side itself
        if quantity_parser.relation(named, small) == "supports":
            return "same"
        return "reversed" if quantity_parser.relation(named, big) == "supports" else "other"
    where, at = statement.where(sq.start)
    end = at + (sq.end - sq.start)
    toks = where.tokens
    first, second = _owner(statement, sq.start), _name_after(statement, sq.end)
    if first and any(m.name != first and m.end <= at and _COORDINATED_RE.fullmatch(where.text, m.end, m.end + 5)
                     for m in where.mentions):
        return "other"  # "Dunmore and Kelby have six times as many buses as Harton": a sum of two holders
    # the second side opens at the last "as" or "than" of the multiple ("1.5 times as many burglaries in 2024
    # as in 2023": 2024 is the first side's year, 2023 the second's)
    years = [d for d in where.calendar_dates if d.start >= 0 and d.year]
    last_year = max((d.start for d in years if d.start > at), default=end)
    opening = max(where.text.rfind(" as ", at, last_year), where.text.rfind(" than ", at, last_year), end)
    later = [d.year for d in years if d.start > opening]
    if later or any(t.lower in _SELF_REFERENCES for t in toks if t.start > opening):
        # a holder against itself at another time: the claim's two figures must be of those two years
        earlier = [d.year for d in years if d.start < opening]
        dated = (_date_beside(claim, big), _date_beside(claim, small))
        if not later or not earlier or None in dated:
            return "other"
        if (dated[0].year, dated[1].year) == (earlier[-1], later[0]):
            return "same"
        return "reversed" if (dated[0].year, dated[1].year) == (later[0], earlier[-1]) else "other"
    owners = (_owner(claim, big.start), _owner(claim, small.start))
    if any(owners) and not (all(owners) and same_name(*owners)):
        sides = []
        for name, mine, other in ((first, big, small), (second, small, big)):
            if not name:
                continue
            if _held_by(claim, mine, name) != _held_by(claim, other, name):
                sides.append(_held_by(claim, mine, name))
            elif not _held_by(claim, mine, name):
                return "other"  # "Harton has twice as many buses as Kelby": not Dunmore's 40 over Kelby's 20
        if sides:
            return "same" if all(sides) else "reversed" if not any(sides) else ""
    elif first and second and not same_name(first, second) and not any(same_name(o, n) for o in owners if o for n in (first, second)):
        return "other"  # two holders the claim does not give these figures to
    # no names that tell them apart ("Rents rose three times as fast as earnings"): the nouns of each side,
    # each of which only its own figure's words have (not the verbs both sides share: "rose"); the words
    # inside the multiple's own span are the first side's ("twice as much on roads as")
    words = [t for i, t in enumerate(toks) if t.is_content and not where.verbal(i)]
    before = {t.lemma for t in words if t.start < end} | {m.name for m in where.mentions if m.start < end}
    after = {t.lemma for t in words if t.start >= end} | {m.name for m in where.mentions if m.start >= end}
    big_words, small_words = _measure_context(claim, big), _measure_context(claim, small)
    only_big, only_small = big_words - small_words, small_words - big_words
    sides = []
    for side, mine, other in ((before, only_big, only_small), (after, only_small, only_big)):
        if side & mine and not side & other:
            sides.append(True)
        elif side & other and not side & mine:
            sides.append(False)
    if not sides or len(set(sides)) > 1:
        return ""
    return "same" if sides[0] else "reversed"


@_per_analysis
def _figure_words(analysis) -> frozenset:
    """The lemmas of the words inside the text's figures ("31.5 per cent": cent; "15 minutes": minute)."""
    return frozenset(analysis.tokens[k].lemma for k in quantity_parser.tokens_of(analysis.quantities, analysis.tokens))


def _worked_within(statement, sq):
    """The statement's figure as it works it out of two of its own figures, where those bear it out: a multiple of
    the figure after it ("£310m, more than treble the £95m it was worth") or a difference from a reference figure
    ("put the cost at £74m, some £26m more than the original £48m estimate"); the other side is the nearest figure
    of the reference's kind before it in the sentence. A Derived, with the two figures as its addends where they
    disagree with it; or None."""
    if sq.start < 0 or sq.start >= IN_QUOTE:
        return None
    if sq.unit == PROPORTION:
        other = _figure_multiplied(statement, sq, True)
        up = True
    else:
        found = _reference_of(statement, sq)
        other, up = found if found is not None else (None, True)
    if other is None or other.value <= 0:
        return None
    where, _ = statement.where(sq.start)
    side = next((q for q in reversed(statement.quantities) if q.end <= sq.start and statement.where(q.start)[0] is where
                 and quantity_parser.compatible(q, other) and q.qualifier in ("exact", "about")), None)
    if side is None:
        return None
    if sq.unit == PROPORTION:
        value = Quantity(side.value / other.value, PROPORTION, sq.noun, "exact", "", start=sq.start, end=sq.end)
        working = f"{side.describe()} / {other.describe()} = {side.value / other.value:.2f} times"
    else:
        gap = side.value - other.value if up else other.value - side.value
        if gap <= 0:
            return None
        value = other._replace(value=gap, qualifier="exact", text="", start=sq.start, end=sq.end, precision=side.precision + other.precision)
        working = f"{side.describe()} - {other.describe()}" if up else f"{other.describe()} - {side.describe()}"
        if not quantity_parser.compatible(sq, value) and not (sq.unit == POINTS and other.unit == "%"):
            return None
        if sq.unit == POINTS:
            value = value._replace(unit=POINTS)
    if quantity_parser.relation(sq, value) == "supports":
        return Derived(value, working)
    # (told wrong: only a claim that gives both figures contradicts it; the caller asks)
    return Derived(value, working, addends=(side, other)) if quantity_parser.relation(sq, value) == "conflicts" else None


@_per_analysis
def _figure_multiplied(statement, sq, told_of: bool = False):
    """The figure a multiple is told of, where it stands right after it ("six times the usual 600", "treble the
    £95m"), or None; ``told_of``: even where a clause of its own tells what it is ("the 600 parcels it had
    expected"), for a multiple the statement works out of its own figures."""
    if sq.start < 0 or sq.unit != PROPORTION:
        return None
    after = next((q for q in statement.quantities if q.start >= sq.end), None)
    if after is None:
        return None
    between = statement.text[sq.end:after.start]
    if len(between.split()) > 2 or any(mark in between for mark in ",;:()"):
        return None
    # (not a figure a clause of its own tells of: "six times the 600 parcels it had expected to give out")
    return None if not told_of and _OWN_CLAUSE_AFTER_RE.match(statement.text, after.end) else after


_OWN_CLAUSE_AFTER_RE = lazy(r"(?:\s+[a-z]+){0,2}?\s+(?:it|they|he|she|we|that|which|who)\s+(?:had|has|have|was|were|is|are|would|will|[a-z]+ed)\b")


# words after a multiple that compare a holder with itself ("as it had in 2020", "than they did")
_SELF_REFERENCES = frozenset("it its itself they them their themselves".split())


def _name_after(statement, at: int) -> str:
    """The name that stands at ``at``, or after "the" there ("Kelby School", "the company's"), or ''."""
    text = statement.text
    return next((m.name for m in statement.mentions if m.start >= at and text[at:m.start].strip(" ,") in ("", "the")), "")


def _held_by(claim, q, name) -> bool:
    """Is the claim's figure the named holder's?"""
    owner = _owner(claim, q.start)
    return bool(owner) and (owner == name or same_name(owner, name))


def _differenced(sq, qa, qb) -> bool:
    """Are the two claim figures of one measure, the statement's difference one of theirs (shares
    differ in percentage points)?"""
    if qa.unit != qb.unit or qa.per != qb.per or {qa.qualifier, qb.qualifier} - {"exact", "about"}:
        return False
    if not quantity_parser.compatible(qa, qb):
        return False
    if sq.unit == POINTS:
        return qa.unit == "%"
    return quantity_parser.compatible(sq, qa)


def _included_in(analysis, part, whole) -> bool:
    """Is the figure a part the text counts in a whole told before it ("120 beds ..., including 16
    intensive care beds")?"""
    if whole.start < 0 or part.start < 0 or not whole.end <= part.start or part.start - whole.end > _INCLUDED_REACH:
        return False
    return _INCLUDED_RE.search(analysis.text[whole.end:part.start]) is not None


_INCLUDED_RE = lazy(r"\b(?:including|among them|of which)\s*$", re.IGNORECASE)
_INCLUDED_REACH = 60  # characters from a whole to the part it includes


def _whole_of_part(analysis, q):
    """The figure a part told "N of them" belongs to: the last earlier figure counting the same noun
    ("scored 79 goals in 46 games, 17 of them from penalties": 79 goals), or None."""
    if q.start < 0 or not q.noun or not _text_after(analysis, q, 12).lstrip().startswith(("of them", "of whom", "of which")):
        return None
    return next((o for o in reversed(analysis.quantities) if o.start < q.start and o.noun == q.noun and o is not q), None)


@_per_analysis
def _whole_dating(analysis, q):
    """The whole a part belongs to, whose date is the part's: told "N of them", "N of their M" or after
    "of which" (see _whole_of_part, _whole_after, _whole_of_which); or None."""
    return _whole_of_part(analysis, q) or _whole_after(analysis, q) or _whole_of_which(analysis, q)


def _whole_after(analysis, q):
    """The figure a part told "N of their M" belongs to ("won 20 of their 38 league matches": 38
    matches), whose date is the part's too; or None."""
    if q.start < 0 or not q.noun:
        return None
    whole = _OF_A_WHOLE_RE.match(_text_after(analysis, q, 12).lstrip())
    if whole and (whole.group(1)[0].isdigit() or whole.group(1).lower() in NUMBER_WORDS):
        return next((o for o in analysis.quantities if o.start > q.start and o.noun == q.noun), None)
    return None


def _whole_of_which(analysis, q):
    """The figure a part told after "of which" belongs to ("income was £398 million in 2024-25, of
    which tuition fees made up £251 million": £398 million), whose date is the part's too; or None."""
    if q.start < 0:
        return None
    part, start = analysis.where(q.start)
    shift = q.start - start
    before = [o for o in analysis.quantities if 0 <= o.end <= q.start and o.unit == q.unit and o.noun == q.noun
              and (o.start >= IN_QUOTE) == (q.start >= IN_QUOTE)]  # (a claim's quote has offsets of its own)
    if not before:
        return None
    whole = before[-1]
    between = part.text[whole.end - shift:start]
    return whole if _OF_WHICH_RE.search(between) and not any(o.start > whole.end for o in before) else None


_OF_WHICH_RE = lazy(r",\s+of which\b", re.I)
_OF_A_WHOLE_RE = lazy(r"of (?:their|its|his|her|our|the) (\S+)", re.I)


def _part_unsaid(statement, claim, cq) -> bool:
    """Is the claim's figure a part told "N of them ..." whose own words (what sets the part apart:
    "from penalties") the statement has none of?"""
    whole = _whole_of_part(claim, cq)
    if whole is None:
        return False
    part, start = claim.where(whole.start)
    whole_words = {t.lemma for t in part.tokens if start <= t.start < start + (whole.end - whole.start)}  # "74 league goals"
    own = _context(claim, cq.start, cq.end) - _figure_context(claim, whole) - whole_words - {english.lemma((cq.noun or "").lower())}
    said = _content_lemmas(statement)
    # a name is said as itself ("in Japan"), not within a longer one ("Tarnby Foods" says no "in Tarnby")
    return bool(own) and not any(w in statement.names if w in claim.names else
                                 w in said or any(word_similarity(w, x) >= ALIGNED_WORD for x in said) for w in own)


_TO_A_FIGURE = frozenset("to by from of".split())


def _figure_context(analysis, q) -> set:
    """What a figure is about: the words near it (_context), and the measure whose change the verb
    before it tells, however far back its subject stands ("attendance at the school had fallen to 86
    per cent": attendance)."""
    ctx = _context(analysis, q.start, q.end)
    if q.start < 0:
        return ctx
    part, start = analysis.where(q.start)
    ctx = ctx | _antecedent_named(part, start)
    toks = part.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= start), len(toks)) - 1
    while k >= 0 and toks[k].lower in _TO_A_FIGURE:
        k -= 1
    if k >= 0 and toks[k].lemma in DIRECTED | CUT and part.verbal(k):
        measure = _measure_of(part, k)
        if measure:
            return ctx | {measure}
    return ctx


def _antecedent_named(analysis, at: int) -> set:
    """The name a relative clause holding offset ``at`` tells of, as a set of one or none: "Harwick
    Capital, an investment firm based in Orrington, which put a further £15 million into the airline"
    (the £15 million is Harwick Capital's, which the window of words near it does not reach)."""
    for start, end, head in _relative_clauses(analysis):
        if start <= at < end:
            return {m.name for m in analysis.mentions if m.start == head}
    return set()


@_per_analysis
def _relative_clauses(analysis) -> tuple:
    """(start, end, where its antecedent starts) of each relative clause of the text (clauses.split)."""
    if not _RELATIVE_MARK_RE.search(analysis.text):
        return ()
    return tuple((p.start, p.end, p.head) for p in split_clauses(analysis.text) if p.kind == "relative" and p.head >= 0)


_RELATIVE_MARK_RE = lazy(r",\s+(?:which|who|whose)\s")


@_per_analysis
def _measure_context(claim, cq) -> set:
    """What a claim's figure is about: its own context, and that of the figure it is a later or
    earlier reading of ("revenue rose to €2.4 billion in 2023, from €2.14 billion in 2022": both
    are revenue)."""
    ctx = _figure_context(claim, cq)
    if quantity_parser.is_rest(cq) and cq.noun:
        # "the rest" of a whole split before it: what is told of the rest, and what the whole counts
        whole = quantity_parser.whole_before(claim.quantities, cq)
        ctx = ctx | {english.lemma(cq.noun)} | (_figure_context(claim, whole) if whole is not None else set())
    whole = _whole_of_part(claim, cq)
    if whole is not None:  # "79 goals in 2024-25, 17 of them from penalties": the 17 are goals scored in 2024-25 too
        ctx = ctx | _figure_context(claim, whole)
    for other in claim.quantities:
        if other is not cq and other.start >= 0 and (one_measure(claim, other, cq) or _reached_after(claim, other, cq)):
            ctx = ctx | _context(claim, other.start, other.end)
    summed = _change_set_off(claim, cq)
    if summed is not None:  # "rose to 2,140 in 2024, from 1,310 in 2023, an increase of 63 per cent": of both readings
        ctx = ctx | _measure_context(claim, summed)
    return ctx


def _change_set_off(claim, cq):
    """The figure a change set off after it by a comma sums up ("... from 1,310 in 2023, an increase of 63
    per cent": 1,310, read with what it is a reading of), or None."""
    if cq.start < 0 or cq.start >= IN_QUOTE or not _change(claim, cq):
        return None
    before = [q for q in claim.quantities if 0 <= q.end <= cq.start and q.start < IN_QUOTE]
    if not before:
        return None
    last = max(before, key=lambda q: q.end)
    between = claim.text[last.end:cq.start]
    if _SET_OFF_CHANGE_RE.fullmatch(between):
        return last
    # "1,320 households were living in temporary accommodation ..., up 21 per cent from 1,090": the change
    # between a reading and the one it is measured from
    following = min((q for q in claim.quantities if cq.end <= q.start < IN_QUOTE), key=lambda q: q.start, default=None)
    if following is not None and _after_from(claim, following) and one_measure(claim, last, following):
        return last
    return None


# ", an increase of ", " in 2023, a rise of ", ", up ", " in 2024, " (before "7.5 points lower than in 2019"):
# a change told after the readings it sums up
_SET_OFF_CHANGE_RE = lazy(r"(?:\s+(?:in|on|at|by)\s+[\w ]{1,20}?)?,\s+"
                          r"(?:(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+|up\s+|down\s+)?", re.I)


def _reached_after(claim, change_figure, level) -> bool:
    """Is the level what a change just before it came to ("an increase of 22,000 visitors, to 310,000",
    "a gain of four seats, taking its total to 19"), in the change's unit?"""
    return _change_before(claim, level) is change_figure and quantity_parser.compatible(change_figure, level) \
        and not _tally_against(claim, level, claim.quantities)  # (not "rose by 4 per cent to £412 million": the
    # level is told in another unit; nor a vote's other side: "backed the offer by 78 per cent to 22 per cent")


def _sole_date(analysis, figure=None):
    """The date of a text with one figure and one date, or None: not a date set off in an aside
    ("Arvena, founded in 1990, employs 1,200 people"), nor one of another act than the figure's.
    ``figure``: the one figure of its kind the text gives, others of other kinds beside it ("58 per
    cent of pupils gained grade 4 or above in 2025": the share is 2025's)."""
    if len(analysis.calendar_dates) != 1:
        return None
    if figure is None:
        if len(analysis.quantities) != 1:
            return None
        figure = analysis.quantities[0]
    elif any(q is not figure and (q.unit == figure.unit or quantity_parser.compatible(q, figure)) for q in analysis.quantities):
        return None
    date = analysis.calendar_dates[0]
    if date.start < 0 or figure.start < 0 or date.start >= IN_QUOTE or figure.start >= IN_QUOTE:
        return None
    if any(s <= date.start < e for s, e in set_off_spans(analysis.text)):
        return None
    if not _opens_the_sentence(analysis.text, date) and _verbs_differ(analysis, date.start, analysis, figure.start) \
            and not _one_act(analysis, date, figure):
        return None
    return date


def _one_act(analysis, date, figure) -> bool:
    """Do the date and the figure go with one verb, the only one of their clause, which the date
    follows ("recycled 43.8 per cent of its household waste in 2024": the waste is no act)?"""
    if date.start < figure.start:
        return False
    part, start = analysis.where(figure.start)
    toks = part.tokens
    lo, hi = _clause(part, start)
    verbs = [i for i, t in enumerate(toks) if lo <= t.start < hi and t.is_content and part.verbal(i) and t.lower not in _BE_FORMS]
    return len(verbs) == 1 and toks[verbs[0]].start < start


_SENTENCE_DATE_OPENERS = frozenset(["", "in", "on", "at", "by", "during", "as of"])


def _opens_the_sentence(text: str, date) -> bool:
    """Does the date open the sentence, set off by a comma ("At the end of June 2024, the list stood at
    8,100")? It dates all the sentence tells, whatever verb stands nearest."""
    return text[:date.start].strip().lower() in _SENTENCE_DATE_OPENERS and text[date.end:date.end + 1] == ","


def _sole_figure(analysis, date):
    """The figure of a text with one figure and one date (see _sole_date), or None."""
    return analysis.quantities[0] if _sole_date(analysis) is date else None


def _figure_beside(analysis, date):
    """The figure written beside a date ("€2.4 billion in 2023"), or None."""
    return _beside(analysis, date, analysis.quantities)


def _act_of_claim(claim, act: str) -> bool:
    """Does the claim tell the act as one of its own (_claims_own_words)?"""
    acts = _claims_own_words(claim)
    return _said_among(act, acts, ALIGNED_WORD) or bool(english.family(act) & acts)


@_per_analysis
def _claims_own_words(claim) -> frozenset:
    """The words of a claim's main clauses: not a gerund after a preposition ("jailed for stealing
    £300,000": the jailing) nor a word set off ("..., who joined in 2019, ...")."""
    toks = claim.tokens
    aside = set_off_spans(claim.text)
    return frozenset(t.lemma for i, t in enumerate(toks) if t.is_content and not any(s <= t.start < e for s, e in aside)
                     and not (i > 0 and toks[i - 1].lower in _PREPOSITIONS and t.lower.endswith("ing")))


def _counted_for_another(claim, cd, s_figure) -> bool:
    """Is the claim's date one it counts from another of its dates ("64,800 at the end of January
    2025, up from 58,200 a year earlier") that dates a figure other than the statement's? It is that
    figure's time only, not when the claim's other figures held."""
    if not timeline.counts_back(cd.text):
        return False
    c_figure = _figure_beside(claim, cd)
    if c_figure is None and cd.start >= 0:
        where, start = claim.where(cd.start)
        if dates_an_event(where.text, cd._replace(start=start)):
            return False  # the date of an event ("became a university thirty years later"), no figure's
    return s_figure is None or c_figure is None or not (
        quantity_parser.compatible(s_figure, c_figure) and quantity_parser.relation(s_figure, c_figure) == "supports")


def _joined_dates(analysis, a, b) -> bool:
    """Are the two dates one coordination of days ("15 and 16 March 2025", "15 or 16 March")?"""
    if a.start >= IN_QUOTE or b.start >= IN_QUOTE or not date_parser.days_joined(analysis.text, a, b, ("and", "or", "&", ",")):
        return False
    first = a if a.start < b.start else b  # (not the ends of "between 3 and 10 June")
    return not analysis.text[max(0, first.start - 9):first.start].lower().rstrip().endswith("between")


_THAT_AFTER_RE = lazy(r",?\s+that\b")  # "said on 23 July 2025 that ...": the day of the saying, before what was said


def _told_on(claim, date) -> bool:
    """Is the date the day the claim's source said what it says ("said on 23 July 2025 that ...")?"""
    where, start = claim.where(date.start)
    return _value_verb(claim, date.start) in _TELLING and bool(_THAT_AFTER_RE.match(where.text, start + len(date.text)))


@_per_analysis
def _telling_told(statement) -> bool:
    """Does the statement tell a saying or a report at all ("Kelby Water said ...", "the Nikkei report on
    ...", "the announcement")?"""
    return any(t.lemma in _TELLING or english.family(t.lemma) & _TELLING for t in statement.tokens if t.lemma)


def _same_day(sd, cd) -> bool:
    """Is the claim's date the statement's very day ("1 October" / "1 October 2025")? A day told is seldom
    another event's by chance: it is the one the statement dates, though another date's words are nearer."""
    return bool(sd.day) and (sd.day, sd.month) == (cd.day, cd.month) and (not sd.year or sd.year == cd.year) \
        and date_parser.relation(sd, cd) == "supports"


_PART_OF_DAY_BEFORE_RE = lazy(r"\b(morning|afternoon|evening)\s+of\s+(?:the\s+)?$", re.I)
_PART_OF_DAY_AFTER_RE = lazy(r"^\s+(?:in\s+the\s+)?(morning|afternoon|evening)\b", re.I)


def _part_of_the_day(analysis, date) -> str:
    """The part of the day a date's words name ("the evening of 11 May", "11 May in the morning"), or ""."""
    if date.start < 0:
        return ""
    where, start = analysis.where(date.start)
    if start < 0:
        return ""
    before = _PART_OF_DAY_BEFORE_RE.search(where.text[:start])
    after = _PART_OF_DAY_AFTER_RE.match(where.text[start + (date.end - date.start):])
    found = before or after
    return found.group(1).lower() if found else ""


def _parts_of_the_day_differ(statement, sd, claim, cd) -> bool:
    """Do the two texts name two parts of one day for the date ("the morning of 11 May" / "the evening of 11
    May"): parts of a day exclude each other, as told of one event's day?"""
    mine, theirs = _part_of_the_day(statement, sd), _part_of_the_day(claim, cd)
    # (the claim may tell the statement's act in the statement's part, beside another act: "met on the morning of
    # 11 May and approved the budget in the afternoon"; not another act: "sailed in the evening, after a delay
    # caused by fog that morning")
    return bool(mine and theirs) and mine != theirs and not _part_of_an_act_told(claim, mine, statement)


_ACT_JOINS = frozenset("and but after before while when".split())


def _part_of_an_act_told(claim, part: str, statement) -> bool:
    """Does the claim name the part of the day in a clause whose verb the statement has?"""
    toks, text = claim.tokens, claim.text
    acts = {t.lemma for k, t in enumerate(statement.tokens) if statement.verbal(k) and t.is_content and not t.is_number}
    for k, tok in enumerate(toks):
        if tok.lower != part:
            continue
        lo = k
        while lo > 0 and toks[lo - 1].lower not in _ACT_JOINS and not any(c in text[toks[lo - 1].end:toks[lo].start] for c in ",;"):
            lo -= 1
        hi = k
        while hi + 1 < len(toks) and toks[hi + 1].lower not in _ACT_JOINS and not any(c in text[toks[hi].end:toks[hi + 1].start] for c in ",;"):
            hi += 1
        if any(claim.verbal(m) and not toks[m].is_number and toks[m].lemma in acts for m in range(lo, hi + 1)):
            return True
    return False


def _date_check(statement, claim, sd, claim_dates) -> SlotCheck:
    """A statement's date against the claim's date that tells of the same thing."""
    kind = date_parser.relation_kind(sd)
    same_kind = [cd for cd in claim_dates if kind != "point" and date_parser.relation_kind(cd) == kind]
    s_ctx = _context(statement, sd.start, sd.end)
    scored = []
    s_figure = _figure_beside(statement, sd) or _sole_figure(statement, sd)
    own_figure = s_figure is not None and len(statement.quantities) == 1 and any(
        quantity_parser.compatible(s_figure, q) and quantity_parser.relation(s_figure, q) == "supports"
        for q in claim.quantities)
    s_split = _split_year(statement, sd)  # read once, not for each of the claim's dates
    last = _told_as_last(statement)
    since = next((cd for cd in claim_dates if cd.relation == "since" and cd.year and not cd.day), None)
    if last and since is not None and sd.year and not sd.day and sd.relation == "in":
        # "its drivers last struck in 2011" against "the first strike since 2009": the last before the first
        # since a year was in that year (or month: "last raised its fares in April 2023")
        same = sd.year == since.year and None in (sd.month, since.month) or (sd.year, sd.month) == (since.year, since.month)
        return SlotCheck("date", "supports" if same else "conflicts", sd.describe(), since.describe(),
                         (sd.start, sd.end), 1.0, said=sd, claimed=since)
    if ((sd.relation == "since" and statement.negated) or last) \
            and not any(cd.relation == "since" or (cd.year == sd.year and sd.year) for cd in claim_dates):
        # "had not imposed a ban since 2012", "its drivers last struck in 2009" date the last such event, not
        # the one the claim dates ("will impose a ban from 1 August 2025"): only a "since", or a date of that
        # year ("stopped running night buses in 2020"), is compared with it
        return SlotCheck("date", "uncovered", sd.describe(), claim_dates[0].describe(), (sd.start, sd.end), 0.0,
                         said=sd, claimed=claim_dates[0])
    pool = [cd for cd in same_kind or claim_dates if not _counted_for_another(claim, cd, s_figure)
            and (last or (sd.relation == "since" and statement.negated) or _last_time_before(statement, sd)
                 or not _last_time_before(claim, cd))]
    lived = any(_life_event(claim, cd) for cd in pool)
    owners = life_owners_named(statement, claim) if lived else ()  # whose brackets the statement's names are
    if lived:
        # a bracket's dates are its person's life: nothing of another's ("Mary Denholm was born in 1810"
        # against "Mary Denholm was a painter. Her brother John Denholm (1810 – 1870) ...") ...
        pool = [cd for cd in pool if not _life_event(claim, cd) or _life_owner(claim, cd) in owners]
        told = [cd for cd in pool if _life_event(claim, cd) and _life_told(statement, sd, claim, cd, owners) == _life_event(claim, cd)]
        if told:
            pool = told  # "Oswin III died in 1391": the year his bracket says he died, not another of the claim's
        elif owners and not any(life_word(statement, t.lemma, claim) for t in statement.tokens):
            # ... and only when its subject was born or founded and died or was wound up: nothing of
            # another act of the statement's ("Kestrel Motors founded a racing team in 1935")
            pool = [cd for cd in pool if not _life_event(claim, cd)]
    if not pool:
        return SlotCheck("date", "uncovered", sd.describe(), "date", (sd.start, sd.end), 0.0)
    if s_figure is None and len(statement.calendar_dates) == 1 and not statement.quantities \
            and not any(t.lower == "than" for t in statement.tokens) and any(way_of(t.lemma) for t in statement.tokens if t.is_content):
        # "profits fell in 2024" against "rose from £3.5m in 2023 to £4.2m in 2024": a change is dated by its later
        # reading; the date of the figure it started from dates that figure, not the change (of a statement that
        # gives one date, no figure and no comparison: "between 2023 and 2024" names both readings)
        earlier = [cd for cd in pool if (f := _figure_beside(claim, cd)) is not None and _after_from(claim, f)]
        if earlier and len(earlier) < len(pool):
            pool = [cd for cd in pool if cd not in earlier]
    # the day a claim's source said what it says ("said on 23 July 2025 that its revenue fell") dates the
    # saying, not what was said: no date for a statement that tells no saying, where the claim dates what it says
    told_on = [cd for cd in pool if cd.day and cd.start >= 0 and _told_on(claim, cd)] \
        if sd.start >= 0 and len(pool) > 1 and not _telling_told(statement) else []
    if told_on and len(told_on) < len(pool) and not any(date_parser.relation(sd, cd) == "supports" for cd in told_on):
        # (but the day itself is the statement's act: "decided on 3 May 2024 to close it", "warned on 23 July")
        pool = [cd for cd in pool if cd not in told_on]
    measured_on = [cd for cd in pool if cd.start >= 0 and _measured_on(claim, cd) and not _told_of_too(claim, cd)]
    if sd.start >= 0 and measured_on and not _compared_time(statement, sd):
        # the time a claim's change is measured against ("up 5 per cent on 2023") dates none of the statement's
        # figures or acts ("rose 5 per cent in 2023")
        pool = [cd for cd in pool if cd not in measured_on]
        if not pool:
            return SlotCheck("date", "uncovered", sd.describe(), "date", (sd.start, sd.end), 0.0)
    # the act the statement dates, where the claim dates that very act with one of its dates ("opened in
    # 1901 and was rebuilt thirty years later": "was rebuilt in 1931" is dated by the second); a date
    # beside a figure is the figure's (see c_figure below)
    s_act = _value_verb(statement, sd.start) if sd.start >= 0 else ""
    s_verb = s_act if s_figure is None else ""
    act_dated = bool(s_verb) and any(cd.start >= 0 and _value_verb(claim, cd.start) == s_verb for cd in pool)
    # a date the claim base gives and the claim's words do not place dates the claim's own act: a
    # statement's date of an act the claim never tells ("is expected to be released in 2028" against a
    # conviction dated February 2025) is of something else
    other_act = bool(s_act) and not _act_of_claim(claim, s_act)
    s_compared = _time_compared(statement, sd) and any(_time_compared(claim, cd) for cd in pool)
    for cd in pool:
        if cd.start < 0 and other_act:
            continue
        if cd.start < 0 and (sd.relation in _ENDS_OF_A_PERIOD or _compared_time(statement, sd)):
            continue  # the date the base gives the claim's act (a report "told" on 18 June 2025) is no end of the
            # period its figures cover ("in the year to March 2025"), nor the time they are compared with ("than in 2020-21")
        claim_until = _not_until(claim, cd)
        if claim_until and not _not_until(statement, sd):
            cd = cd._replace(relation="from")  # "will not return until 14 April" is "will return from 14 April"
        align = _soft_share(s_ctx, _context(claim, cd.start, cd.end)) if cd.start >= 0 else 0.5
        if s_compared:
            # the time a figure is compared with: "£700,000 more than in 2024" against "up from £3.9 million
            # in 2024" (not the claim's "raised ... in 2025", in likelier words), where the claim has one;
            # above all the same time ("fewer than in 2019" against "below the 1.8 million recorded in 2019")
            same_time = (cd.year, cd.month) == (sd.year, sd.month)
            align += (1.0 if same_time else 0.0) + (0.5 if _time_compared(claim, cd) else -0.5)
        elif sd.start >= 0 and _measured_on(claim, cd):
            align -= 1.0  # the time the claim's figure is measured against ("up 5 per cent on 2023") is not
            # the time of a statement's figure or act ("rose 5 per cent in 2024")
        if sd.start >= 0 and cd.start >= 0 and (len(claim_dates) == 1 or _value_verb(claim, cd.start)) \
                and not _verbs_differ(statement, sd.start, claim, cd.start) and _value_verb(statement, sd.start):
            align += 0.3  # the same act's date ("announced on 11 March" for "the announcement on 12 March"),
            # where the claim's tells an act or is its only date (one of several told of no act, "2,400
            # customers in March 2025, up from 900 a year earlier", is no act's)
        elif act_dated and cd.start >= 0 and _value_verb(claim, cd.start) != s_verb:
            align -= 0.3  # another act's date, where the claim dates the statement's act with another
        c_figure = _figure_beside(claim, cd) if s_figure is not None else None
        if c_figure is not None and quantity_parser.compatible(s_figure, c_figure) \
                and quantity_parser.relation(s_figure, c_figure) == "supports":
            align += 1.0  # the date of the same figure: "€2.4bn in 2023" against "€2.4 billion in 2023, from €2.14
            # billion in 2022"; it outweighs a date fronted for the sentence ("In 2024 it carried 58,000 cars,
            # compared with 49,000 cars in 2023": 2023 is the 49,000's)
        elif c_figure is not None and own_figure and quantity_parser.compatible(s_figure, c_figure) \
                and quantity_parser.relation(s_figure, c_figure) == "conflicts" \
                and not _change(statement, s_figure) and not _change(claim, c_figure):
            align -= 1.0  # the date of another figure of the measure, when the claim gives the statement's too:
            # "58 weeks in 2024" is not dated by "49 weeks in 2023"
        elif c_figure is not None and s_figure is not None and _figure_beside(statement, sd) is s_figure \
                and _changed_or_added(statement, s_figure):
            # a change is dated by the level it reaches, not by the one it is measured from ("fell by a
            # quarter in 2025" against "fell to 6.2 tonnes in 2025, from 8.1 tonnes in 2024"), where the
            # statement dates the change itself (not "grew by 300 between January and March"); so is a count of what
            # was added ("attracted 6,500 more visitors in 2024")
            align += -1.0 if _after_from(claim, c_figure) else 1.0 if _reached(claim, c_figure) else 0.0
        life = _life_event(claim, cd)
        if life:
            told = _life_told(statement, sd, claim, cd, owners)
            align += 1.0 if told == life else -1.0 if told else 0.0  # "was born in 1209" against the lead's
            # "(1 October 1207 – 16 November 1272)": the first date, not the second
        if sd.relation == "from" and cd.start >= 0 and (earlier := _figure_beside(claim, cd)) is not None \
                and _after_from(claim, earlier):
            align += 0.5  # a span's start against the reading a change came from ("fell to 81.2% in 2024, from
            # 86.5% in 2022": 2022)
        if sd.start >= 0 and cd.start >= 0 and _other_end_given(statement, sd, claim, cd):
            align += 1.0  # a span's end against the claim's other reading: "from 2022 to 2025" against "in 2024,
            # up from ... in 2022"
        if cd.start >= 0 and _superseded_plan(claim, cd) and not _told_as_before(statement, sd):
            align -= 1.0  # the plan the claim says was changed is no date of the plan now
        rel = _against_earliest(statement, sd, claim, cd, claim_until) or date_parser.relation(
            _as_deadline(statement, sd, cd), _as_deadline(claim, cd, sd))
        if rel != "supports" and (_runs_to_publication(sd, claim, cd) or _opens_the_period(statement, sd, claim, cd)):
            # an end of the statement's span the claim gives otherwise: "from 2019 to 2025" of a claim "since 2019"
            # in an article of 2025; "between July 2024 and June 2025" of "the 12 months to June 2025"
            rel, align = "supports", align + 1.0
        if rel == "conflicts" and statement.negated and {sd.relation, cd.relation} in ({"until", "before"}, {"till", "before"}) \
                and (sd.year, sd.month, sd.day) == (cd.year, cd.month, cd.day):
            rel = "supports"  # "no one will lose their job until 2027" is "... before 2027"
        if rel == "conflicts" and not same_kind and not (_range_end(statement, sd) and _range_end(claim, cd)) and (
                (date_parser.within_span(cd, sd) and not _begins(claim, cd) and not _other_end_given(statement, sd, claim, cd)) or
                (date_parser.within_span(sd, cd) and not _begins(statement, sd) and _inside_range(sd, claim_dates))):
            rel = "related"  # "has been chief executive since 2019" holds in 2023: a point in the span is no
            # contradiction, unless it is when the state began ("became chief executive in 2021")
            if s_figure is None and statement.modality == FACT and date_parser.within_span(sd, cd) and _holds_since(claim, cd):
                rel = "supports"  # ... and says it held then: "was chief executive in 2023"
        split = s_split, _split_year(claim, cd)
        if split[0] != split[1]:  # "2024-25" against a date told otherwise
            rel = (_split_year_relation(sd, cd) if split[0] else _split_year_relation(cd, sd)) or rel
        elif rel in ("supports", "conflicts") and _periods_differ(statement, sd, claim, cd):
            rel = "related"  # "£46 million in the year to March 2025" is not the figure of 2025
        elif rel == "related" and _same_period(statement, sd, claim, cd):
            rel = "supports"  # "in the 12 months to December 2024" is "in 2024"
        if rel == "conflicts" and _range_end(claim, cd) and not _range_end(statement, sd) \
                and _within_spanned(sd, _range_ends(claim)) \
                and not _edge_told(statement, sd, claim, cd):
            rel = "related"  # "in 2020" falls between April 2018 and June 2023: no contradiction of either end
        scored.append((rel, min(align, 1.5), cd))
    if not scored:
        return SlotCheck("date", "uncovered", sd.describe(), "date", (sd.start, sd.end), 0.0)
    rank = {"supports": 0, "related": 1, "uncovered": 1, "conflicts": 2}
    # the best-aligned date decides; a date that agrees and is nearly as well aligned wins, as does one joined
    # to it ("held on 15 and 16 March": both days are the holding's)
    scored.sort(key=lambda x: -x[1])
    top_align = scored[0][1]
    top = scored[0][2]
    scored = [(rel, top_align if rel == "supports" and _joined_dates(claim, top, cd) else align, cd) for rel, align, cd in scored]
    # (a date of the very day is the statement's, however far its words, unless the best-aligned date is that of
    # the statement's own act: "starts on 1 October" is dated by "takes up the post on 1 October 2025", not by
    # "appointed in August 2025"; "was appointed on 1 October" still by August)
    top_of_another_act = sd.start >= 0 and top.start >= 0 and _verbs_differ(statement, sd.start, claim, top.start)
    # (and the very day the claim gives the statement's main verb, where a noun nearer the date is another act's:
    # "published its report into the grounding on 18 March 2025" is the publishing's date or the grounding's)
    main = _verb_before(statement, sd.start) if sd.start >= 0 and sd.day else ""
    near = [s for s in scored if s[1] >= top_align - 0.2 or (top_of_another_act and _same_day(sd, s[2]))
            or (main and s[0] == "supports" and _same_day(sd, s[2]) and s[2].start >= 0
                and _verb_before(claim, s[2].start) == main
                and _object_head(statement, sd.start) in _words_before_date(claim, s[2].start))]
    # (the claim's day dates the same verb of the same object the statement tells: "published its report on 14 April"
    # for "published its report into the derailment on 14 April"; not "published its budget on 18 March" for "its
    # report ... on 18 March")
    rel, align, cd = min(near, key=lambda x: rank[x[0]])
    day_parts = rel == "supports" and sd.day and cd.day and _parts_of_the_day_differ(statement, sd, claim, cd)
    if day_parts:
        rel = "conflicts"  # "on the morning of 11 May" against "on the evening of 11 May 2025": one day, told apart
    if rel == "related" and (_periods_differ(statement, sd, claim, cd) or _split_against_a_calendar_year(statement, sd, claim, cd)):
        rel = "uncovered"  # the claim gives no figure of that calendar period: nothing to support it with
    if rel in ("supports", "related") and _as_deadline(statement, sd, cd).relation == _as_deadline(claim, cd, sd).relation == "by" \
            and _scheduled(statement) and _scheduled(claim) \
            and (sd.month is None) == (cd.month is None) and (sd.day is None) == (cd.day is None) \
            and (sd.year if sd.year and cd.year else None, sd.month, sd.day) != (cd.year if sd.year and cd.year else None, cd.month, cd.day):
        rel = "conflicts"  # "pledged to build 2,000 homes by 2030" against "by 2028": a plan's deadline is what
        # is planned (told to the same precision: "by 2030" is a loose "by March 2030"; "by 30 June", its year
        # unsaid, is "by 30 June 2025")
    if rel == "conflicts" and align < MIN_VALUE_ALIGNMENT and not same_kind:
        rel = "uncovered"  # a date of something else: nothing to compare
    if rel == "conflicts" and (_life_untold(statement, sd, claim, cd) or _life_of_another(statement, sd, claim)):
        rel = "uncovered"  # "was founded in 2008" against "was bought in 2021": a life's start or end is
        # dated by no date of another of its events; nor by a date of another's ("Tom Blake was born in
        # 1993" against "Patti Hawn (born March 24, 1938)")
    if rel == "supports" and s_figure is not None and _dates_a_telling(claim, cd) and not _dates_a_telling(statement, sd) \
            and _figure_beside(claim, cd) is None:
        rel = "related"  # "37 per cent in 2025" is not dated by a report "published on 25 June 2025"
    if rel == "conflicts" and sd.start >= 0 and cd.start >= 0 and not statement.quantities \
            and _value_verb(statement, sd.start) in _MEASURE_GOES and _value_verb(claim, cd.start) in DIRECTED:
        rel = "related"  # a measure goes up or down in every period: "fell in the first three months of 2025" is
        # another fall than "fell to 368,000 in 2024", as a figure of another time is another figure (a figure
        # told alike, "rose 6 per cent in the third quarter", is the one misdated; a decision, "would not raise
        # council tax in 2027", is of its year)
    if rel == "conflicts" and _told_again(statement, sd) and not _told_again(claim, cd):
        rel = "related"  # "the drivers struck again in May 2025": another time it happened, which the claim's
        # date of one time says nothing against
    if rel == "conflicts" and _occurrence(statement, sd) != _occurrence(claim, cd) \
            and not (_numbered_events(statement) and _numbered_events(claim)):  # (both numbered: another_occasion's)
        rel = "related"  # "a second, smaller fall hit the cliff in March" against "the cliff fall of 8 February";
        # "the third stoppage began on 6 January" against "began industrial action on 4 November": an event
        # numbered in its series is another one than an event told without, or with another number
    if rel == "conflicts" and _in_a_counterfactual(claim, cd) and not _in_a_counterfactual(statement, sd):
        rel = "related"  # "would much rather have opened the station in spring 2024" dates what did not happen
    if rel == "conflicts" and _dates_a_telling(claim, cd) and not _dates_a_telling(statement, sd) and not statement.speakers:
        rel = "related"  # "said on 23 July 2025" dates the saying, not "revenue did not grow in the first half"
    if rel == "conflicts" and sd.start >= 0 and cd.start >= 0 and _names_a_thing(statement, sd) != _names_a_thing(claim, cd):
        rel = "related"  # "the 2014 World Series" names a season; "on 30 October 2018" dates an event
    if rel == "conflicts" and s_compared and _figure_beside(statement, sd) is None:
        rel = "uncovered"  # a figure compared with another time than the claim's: "more than in 2018" against
        # "up from 1.1 million in 2021" says nothing of 2018 (but "down from 34.9 per cent in 2018" misdates
        # the claim's 34.9 per cent of 2020)
    if rel == "conflicts" and s_figure is not None and _another_periods_figure(statement, s_figure, claim, cd) \
            and not any(date_parser.relation(sd, d) == "supports" for d in claim_dates):  # (the claim tells its time too)
        rel = "related"  # "Pennock's sales passed £55 million in 2026" against "sales edged up to £47.5 million in
        # the year to 30 November 2024": a figure of another time, which the claim does not give (the same
        # figure told of another time is misdated: "£47.5 million in 2026")
    if rel == "conflicts" and _dates_an_act_on_another(statement, sd, claim, cd):
        rel = "related"  # "rejected a new school in May" against "approved 240 new homes on 3 March 2024": the
        # date of an act done to another thing
    if rel == "conflicts" and (_dates_an_aside_act(claim, cd, statement, sd) or _dates_an_aside_act(statement, sd, claim, cd)):
        rel = "related"  # "Fennick Capital, which backed Lumenfold's first round in 2023, added £12 million": 2023
        # dates the backing, which "the Series B was made public on 11 March 2025" does not tell
    said, claimed = _as_written(sd, s_split), _as_written(cd, _split_year(claim, cd))
    if rel == "uncovered" and _not_until(claim, cd, ("before",)):
        claimed = f"not before {claimed}"  # an earliest time, which leaves the statement's time untold
    if day_parts:
        said, claimed = f"the {_part_of_the_day(statement, sd)} of {said}", f"the {_part_of_the_day(claim, cd)} of {claimed}"
    periods = _period_of(statement, sd), _period_of(claim, cd)
    if rel == "supports" and None not in periods and periods[0][0] != periods[1][0]:
        # "the three months to March 2025" is not "the year to March 2025", though both end in March
        rel, said, claimed = "conflicts", f"{periods[0][1]} {said}", f"{periods[1][1]} {claimed}"
    return SlotCheck("date", rel, said, claimed, (sd.start, sd.end), min(align, 1.0), said=sd, claimed=cd)


def _dates_an_aside_act(analysis, date, other, other_date) -> bool:
    """Is the date one of a relative clause set off in the text ("Fennick Capital, which backed the
    first round in 2023, added ..."), the other's date not one of such a clause, and the other text
    without the clause's verb and its antecedent? Then it dates an act of another thing, which the
    other does not tell (but "the strike, which ran from 4 to 12 March" dates the strike another
    text dates as "a strike from 6 March")."""
    if date.start < 0 or other_date.start < 0 or _relative_at(other, other_date) is not None:
        return False
    found = _relative_at(analysis, date)
    if found is None:
        return False
    antecedent, clause = found
    verb = _value_verb(analysis, date.start)

    def told(lemma):
        return any(t.is_content and (t.lemma == lemma or word_similarity(t.lemma, lemma) >= SYNONYM) for t in other.tokens)

    # (nor a clause the other tells in its own words: "Lumenfold's first funding round was in 2021" tells
    # "which backed Lumenfold's first funding round in 2023", two of its words or all; its names may be the
    # statement's subject's, and one noun, "a new funding round", may be another of its kind)
    words = {t.lemma for t in clause if t.is_content and not t.is_cap and not t.is_number}
    shared = sum(1 for lemma in words if told(lemma))
    return bool(verb) and not told(verb) and not told(antecedent.lemma) \
        and not (antecedent.is_cap and any(antecedent.text in n.split() for n in other.names)) and shared < min(2, len(words))


def _relative_at(analysis, date):
    """(the last word of the antecedent, the clause's tokens) of the relative clause set off around the
    date ("Fennick Capital, which backed ... in 2023, ...": Capital), or None when the date stands in no
    such clause."""
    part, at = analysis.where(date.start)
    for start, end, _ in _relative_clauses(part):
        if start <= at < end:
            antecedent = next((t for t in reversed(part.tokens) if t.end <= start and t.lower not in ("which", "who", "whose")), None)
            return (antecedent, [t for t in part.tokens if start <= t.start < end]) if antecedent is not None else None
    return None


def _told_again(analysis, date) -> bool:
    """Is the date's clause told of another time it happened ("struck again", "once more", "for a
    second time", "moved back")? An adverb of repetition says the claim's time may be the other one."""
    if date.start < 0:
        return False
    toks = _clause_before_date(analysis, date)
    words = [t.lower for t in toks]
    told = " ".join(words)
    moved_back = any(t.lower == "back" and any(u.lemma in _MOVING for u in toks[:k]) for k, t in enumerate(toks))
    return any(w in _AGAIN for w in words) or "once more" in told or "second time" in told or moved_back
    # ("moved its headquarters back to Castleton in 2024": the return, another move than the one away)


def _clause_before_date(analysis, date) -> list:
    """The tokens of the date's clause before it."""
    where, at = analysis.where(date.start)
    lo, _ = _clause(where, at)
    return [t for t in where.tokens if lo <= t.start < at]


def _occurrence(analysis, date) -> str:
    """The word that numbers the event the date's clause tells in its series ("a second fall", "the third
    stoppage", "another strike", "a further cut"), or ""."""
    if date.start < 0:
        return ""
    toks = _clause_before_date(analysis, date)
    for k, t in enumerate(toks[:-1]):
        if t.lower in ("another", "further") and toks[k + 1].is_content and not toks[k + 1].lower[:1].isdigit():
            return t.lower  # (not "another £2m", a sum)
        if t.lower in _SERIES_ORDINALS and k > 0 and toks[k - 1].lower in ("a", "an", "the", "its", "their") \
                and toks[k + 1].is_content and toks[k + 1].lower.isalpha() and english.lemma(toks[k + 1].lower) not in _SUCCESSIVE_UNITS \
                and not (k > 1 and toks[k - 2].lower in _BEFORE_A_FRACTION):
            return t.lower  # (not "for the second year", a time in a run: see _told_again; nor "fell by a third
            # between January and March", a fraction)
    return ""


_SERIES_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
_BEFORE_A_FRACTION = frozenset("by than about nearly almost over under around roughly".split())
_AGAIN = frozenset(["again", "anew"])  # (not "also": "was also founded in 1991" adds a fact, no second founding)
# what a measure does, not what is done to it ("fell", not "raise council tax")
_MEASURE_GOES = DIRECTED - frozenset(["raise", "lift", "hike", "reduce", "slash", "double", "triple", "halve"])


def _last_time_before(analysis, date) -> bool:
    """Is the date the "since" of "the first ... since" ("its first increase since April 2023")? It dates
    the last such event before the one told, no time of that one: only a statement that tells the
    last such event ("last raised fares in April 2023", "had not raised them since 2023", "the first
    since 2023") is compared with it."""
    if date.relation != "since" or date.start < 0:
        return False
    where, start = analysis.where(date.start)
    return bool(_FIRST_SINCE_RE.search(where.text[max(0, start - _PERIOD_GAP):start]))


# "its first increase since", "its best finish since", "the highest level since": a superlative since a
# time tells the last such before it (the first or best of them since then)
_FIRST_SINCE_RE = lazy(r"\b(?:first|best|worst|highest|lowest|biggest|largest|smallest|strongest|weakest)\b"
                       r"(?:\s+[\w'-]+){0,3}\s+since\s*$", re.IGNORECASE)


def _period_of(analysis, date):
    """(months, words) of the period a date ends ("the three months to"), or None (see dates.period_length)."""
    if date.relation != date_parser.PERIOD_END or date.start < 0:
        return None
    return date_parser.period_length(_text_before(analysis, date, _PERIOD_GAP))


def _periods_differ(statement, sd, claim, cd) -> bool:
    """Is one date the end of a period a figure is counted over ("in the year to March 2025"), the
    other a calendar year, half or quarter ("in 2025", "in the first half of 2025") that is not that
    period? A figure of one is none of the other: the year to March 2025 lies mostly in 2024, the
    year to June 2025 is no first half. The six months to June 2025 are the first half."""
    return _period_against_calendar(statement, sd, claim, cd) is False


def _same_period(statement, sd, claim, cd) -> bool:
    """Are the two the same period told two ways ("in the 12 months to December 2024", "in 2024")?"""
    return _period_against_calendar(statement, sd, claim, cd) is True


def _period_against_calendar(statement, sd, claim, cd):
    """For the end of a counted period against a calendar year, half or quarter: True when they are one
    period, False when they overlap ("the year to March 2025" and 2024), None for other dates and for
    periods wholly apart."""
    for (holder, end), calendar in (((statement, sd), cd), ((claim, cd), sd)):
        span = _calendar_months(calendar)
        if end.relation != date_parser.PERIOD_END or not end.month or not end.year or span is None or not calendar.year:
            continue
        last = end.year * 12 + end.month  # months counted from year 0, to compare across years
        first = last - (_period_of(holder, end) or (12, ""))[0] + 1
        told_first, told_last = calendar.year * 12 + span[0], calendar.year * 12 + span[1]
        if (first, last) == (told_first, told_last):
            return True
        return False if first <= told_last and told_first <= last else None  # (apart: another time, compared)
    return None


_SECOND_OF_SPLIT_RE = lazy(r"\d\s*[-–—/]\s*$")  # "1999–2000": the 2000 is the split year's own end


def _split_against_a_calendar_year(statement, sd, claim, cd) -> bool:
    """Is one date a split year ("2024-25") and the other a calendar year it spans ("in 2024", "in 2025")?"""
    # (a year the base's fields give, placed nowhere in the text, may be a split year told by its end)
    for (a_holder, a), (b_holder, b) in (((statement, sd), (claim, cd)), ((claim, cd), (statement, sd))):
        if _split_year(a_holder, a) and not _split_year(b_holder, b) and b.year in (a.year, a.year + 1) \
                and _calendar_months(b) == (1, 12) and b.start >= 0 and not _SECOND_OF_SPLIT_RE.search(_text_before(b_holder, b, 6)):
            return True
    return False


def _calendar_months(date):
    """(first, last) month of a calendar year, half or quarter ("in 2025", "Q1 2025"), or None."""
    if date.month is not None or date.day is not None or date.relation not in ("", "in", "during"):
        return None
    return (1, 12) if date.part is None else date_parser.PERIOD_MONTHS.get(date.part)


_SPLIT_YEAR_LAST_MONTH = 9


def _split_year(analysis, date) -> bool:
    """Is the year written as a financial year or a season ("2024-25", "2024/25")?"""
    if date.start < 0 or date.month is not None or not date.year:
        return False
    where, start = analysis.where(date.start)
    return date_parser.second_year_after(where.text, start + (date.end - date.start), date.year)


def _as_written(date, split: bool) -> str:
    """The date as a reason shows it: a split year (see _split_year) as one ("2024-25"), whatever the
    parser kept of it."""
    return f"{date.year}-{(date.year + 1) % 100:02d}" if split else date.describe()


def _split_year_relation(date, other) -> str:
    """How a year written as a financial year or a season ("2024-25", "2024/25", which the date parser
    reads as 2024; see _split_year) stands to another date, where its second year matters: the end of
    a year counted to a date ("the year to March 2025") is its end if in 2025, another year's if not;
    a date in 2025 may fall in it. "" where the two compare as plain dates."""
    if not other.year:
        return ""
    if other.relation == date_parser.PERIOD_END:
        if other.year != date.year + 1:
            return "conflicts"
        # a split year is a twelve-month period that ends in its second year's first three quarters (a
        # financial year to March, June or September, a season to May)
        return "supports" if other.month and other.month <= _SPLIT_YEAR_LAST_MONTH else "related"
    if other.year == date.year and other.month is None and other.part is None and other.relation in ("", "in", "during"):
        return "related"  # the calendar year 2024 is not the year 2024-25, most of whose months it leaves out
    return "related" if other.year == date.year + 1 else ""


def _other_end_given(statement, sd, claim, cd) -> bool:
    """Is the statement's date one end of a span ("from 2023 to 2025") whose other end a claim's date
    other than ``cd`` gives, the two the claim's readings of one measure ("rose by 1.2 million from
    2023 to 2025" against readings of 2023 and 2024)? Then the claim tells of the same two times, and
    each end is a point to set against the claim's other reading, not a span that reading falls in."""
    if sd.relation in ("to", "until", "till", "through"):
        other_end = next((d for d in statement.calendar_dates if d.relation == "from" and 0 <= d.end <= sd.start
                          and sd.start - d.end <= _SPAN_JOIN), None)
    elif sd.relation == "from":
        other_end = next((d for d in statement.calendar_dates if d.relation in ("to", "until", "till", "through")
                          and 0 <= sd.end <= d.start and d.start - sd.end <= _SPAN_JOIN), None)
    else:
        return False
    # (a span told with a figure: "rose steadily from January to June" tells no reading of the claim's)
    reading = _figure_beside(claim, cd) if other_end is not None and statement.quantities else None
    # two readings of one measure ("21.3 million passengers in 2024, up from 20.1 million in 2023"), not
    # the dates of two facts ("has run a unit since 2015, and the unit treated 1,150 patients in 2023")
    return reading is not None and any(
        other is not cd and date_parser.relation(other_end, other) == "supports"
        and (told := _figure_beside(claim, other)) is not None and told is not reading and one_measure(claim, told, reading)
        for other in claim.calendar_dates)


_SPAN_JOIN = 6  # characters between a span's two ends: "from 2023 to 2025"


def _life_untold(statement, sd, claim, cd) -> bool:
    """Does the statement date a birth, a death, or a body's founding or winding up ("was founded in
    2008") that the claim tells nothing of, in no word of a life's events nor a bracket of life dates?"""
    if sd.start < 0 or not life_word(statement, _value_verb(statement, sd.start), claim):
        return False
    if _life_event(claim, cd):
        return False
    # (in either voice in the claim: "Klaus Weber set up the company in 1971" tells its founding)
    return not any(tok.lemma in LIFE_WORDS or tok.lemma in FOUNDING_WORDS for tok in claim.tokens if tok.is_content)


def _life_of_another(statement, sd, claim) -> bool:
    """Does the statement date the birth, death, founding or winding up of one it names that the claim
    never names ("Tom Blake was born on 6 December 1993" against a claim of Patti Hawn's birth)?"""
    if sd.start < 0 or not life_word(statement, _value_verb(statement, sd.start), claim):
        return False
    whose = _owner(statement, sd.start)
    # (the claim's names, and those of its article's title: "the company" of "Harwick Foods at 50" is it)
    named = claim.names | claim.titled | ({claim.title_name} if claim.title_name else set())
    return bool(whose) and not any(name == whose or same_name(name, whose) for name in named)


def _life_told(statement, sd, claim, cd, owners) -> str:
    """BIRTH or DEATH where the statement tells that event at its date ("died in 1420") of the one whose
    bracket holds the claim's date (``owners``: where the names end whose brackets the statement's
    names are), else ""."""
    owner = _life_owner(claim, cd)
    if sd.start < 0 or owner not in owners:
        return ""
    return life_word(statement, _value_verb(statement, sd.start), claim, owner == lead_end(claim))


@_per_analysis  # (asked of each date several times in every date check, as _life_owner is)
def _life_event(claim, cd) -> str:
    """BIRTH or DEATH for a claim's date in a bracket of life dates (text/lifespan.py), else ""."""
    end = _life_owner(claim, cd)
    return lifespan.life_event(claim.text, end, claim.where(cd.start)[1]) if end >= 0 else ""


@_per_analysis
def _life_owner(claim, cd) -> int:
    """Where the name ends whose bracket of life dates holds the claim's date, or -1 (see life_brackets)."""
    if cd.start < 0:
        return -1
    where, start = claim.where(cd.start)
    if where is not claim:
        return -1  # the quote's dates: the brackets are read in the claim's text
    return next((end for _, end in life_brackets(claim) if lifespan.life_event(claim.text, end, start)), -1)


def _reached(claim, q) -> bool:
    """Is the figure the level a change reaches, from another figure of the claim ("to 1,500 in 2023")?"""
    return any(other is not q and _after_from(claim, other) and one_measure(claim, other, q) for other in claim.quantities)


_BETWEEN_RE = lazy(r"\bbetween\s+$", re.I)


def _runs_to_publication(sd, claim, cd) -> bool:
    """Is the statement's date the end of a span ("from 2019 to 2025") that a claim's "since" runs to, the
    time of its article ("has run the trust since 2019", published in 2025)? What holds since a date
    holds up to when the article was written."""
    published = parse_iso(claim.published[:10]) if claim.published else None
    if cd.relation != "since" or sd.relation not in ("to", "until", "till") or sd.day or not published or not published[0]:
        return False
    year, month, _ = published
    return sd.year == year and (sd.month is None or sd.month == month)


def _opens_the_period(statement, sd, claim, cd) -> bool:
    """Is the statement's date the first month of a span it gives ("between July 2024 and June 2025",
    "from April 2024 to March 2025") and the first month of the period the claim's date ends ("the
    12 months to June 2025", "the year to March 2025")?"""
    if cd.relation != date_parser.PERIOD_END or not (cd.year and cd.month and sd.year and sd.month) or sd.day \
            or cd.start < 0 or sd.start < 0:
        return False
    where, at = statement.where(sd.start)
    if not (sd.relation == "from" or _BETWEEN_RE.search(where.text[max(0, at - 12):at])):
        return False
    period = _period_of(claim, cd)
    if period is None:
        return False
    first = cd.year * 12 + cd.month - period[0]  # months since year 0 of the month the period opens with, less one
    return (first // 12, first % 12 + 1) == (sd.year, sd.month)


def _range_end(analysis, date) -> bool:
    """Is the date an end of a span the text gives ("from March 2021 to August 2022", "between April
    2018 and May 2023")? Two spans' ends are compared as ends, not as points within each other."""
    if date.relation in ("from", "to", "until", "till"):
        return True
    where, start = analysis.where(date.start)
    if start < 0:
        return False
    text = where.text
    before = text[max(0, start - 12):start]
    if _BETWEEN_RE.search(before):
        return True  # the first end
    at = text.rfind(" and ", 0, start)
    return at >= 0 and start - at <= 6 and bool(re.search(r"\bbetween\s+\S+(?:\s+\S+){0,2}\s*$", text[max(0, at - 30):at], re.I))


@_per_analysis
def _range_ends(analysis) -> list:
    """The text's dates, as read, that end a span (see _range_end): all of them, whichever the caller pairs."""
    return [d for d in (_as_read(analysis, c) for c in analysis.calendar_dates) if _range_end(analysis, d)]


# verbs of a span's start or end, whose date is that end ("will end on 14 May" against "from 12 to 16 May")
_EDGE_VERBS = frozenset("begin start open launch end finish close conclude complete stop".split())


def _edge_told(statement, sd, claim, cd) -> bool:
    """Does the statement date a span's start or end by its verb ("will end on 14 May"), where the claim
    gives the span of the act ("will run from 12 to 16 May")? Not a state ("will be closed on 5 June"), nor
    a point the claim brackets ("is due to open between May and July")."""
    verb = _value_verb(statement, sd.start) if sd.start >= 0 else ""
    if verb not in _EDGE_VERBS or (cd.start >= 0 and _value_verb(claim, cd.start) in _EDGE_VERBS):
        return False
    at = next((k for k, t in enumerate(statement.tokens) if t.lemma == verb and t.start < sd.start), -1)
    return at >= 0 and not (at > 0 and statement.tokens[at - 1].lower in _BE_FORMS)


def _within_spanned(point, ends) -> bool:
    """Does a date fall between the earliest and the latest of a span's ends?"""
    spans = [date_parser.interval(d) for d in ends]
    years = {d.year for d in ends}
    if not point.year and point.month and len(years) == 1:
        point = point._replace(year=next(iter(years)))  # "13 May", its year unsaid, within "12 to 16 May 2025"
    inside = date_parser.interval(point)
    if len(ends) < 2 or inside is None or any(x is None for x in spans):
        return False
    return min(a for a, _ in spans) <= inside[0] and inside[1] <= max(b for _, b in spans)


# verbs of holding a post or a relation, which the perfect with "since" tells as holding ever since
# (the continuative perfect of a stative verb: "has led the college since 2018"), unlike an act done
# some number of times since then ("has built 420 homes since 2020")
_HELD_SINCE = frozenset("lead run head chair own manage coach captain serve hold represent live work play edit direct "
                     "govern control oversee".split())


def _holds_since(claim, date) -> bool:
    """Does the claim tell a state that has held since the date: a role or a relation told with "has
    been" ("has been director of housing since 2021"), a verb of holding ("has led Tarnby College since
    2018"), or an appositive with no verb of its own ("Tom Reed, chair of Tarnby Rovers since 2016,
    said ...")? The nearest verb before the date in its clause tells which."""
    if date.relation != "since" or date.start < 0 or date.start >= IN_QUOTE:
        return False
    toks = claim.tokens
    lo, _ = _clause(claim, date.start)
    aside = next(((a, b) for a, b in set_off_spans(claim.text) if a <= date.start < b), None)
    if aside is not None:
        lo = max(lo, aside[0])  # (an appositive's own words, not the sentence's verb before it)
    verb = next((t for k, t in reversed(list(enumerate(toks)))
                 if lo <= t.start < date.start and (t.is_content or t.lower == "been") and claim.verbal(k)), None)
    if verb is None:
        return aside is not None  # (not "Kelby Homes, which has built 420 homes since 2020, said")
    return verb.lower == "been" or verb.lemma in _HELD_SINCE


def _inside_range(point, dates) -> bool:
    """Does a point fall inside every bound the dates give together ("from March 2021 to August
    2022": August 2020 is before its start, though before its end)?"""
    return all(date_parser.within_span(point, bound) for bound in dates
               if date_parser.relation_kind(bound) in ("start", "end"))


# verbs of making something known: their date is the telling's, not that of what is told
_TELLING = REPORTING | frozenset("publish release announce issue reveal".split())


def _period_for(analysis, date) -> bool:
    """Is the date the period "for" which something is told ("reported a loss for the first half of 2024",
    "results for 2024"): what the figure covers, never when it was told?"""
    before = analysis.text[:date.start].rstrip().lower()
    return before.endswith((" for", " for the"))


def _dates_a_telling(analysis, date) -> bool:
    """Is the date that of a report or a statement ("a report published on 25 June 2025", "said on
    11 March")?"""
    verb = _value_verb(analysis, date.start) if date.start >= 0 else ""
    if verb not in _TELLING or _period_for(analysis, date):
        return False
    # (not a figure's own participle: "As of 26 April 2020, there have been 1,869 confirmed cases" dates
    # the count, not a confirming; but "officials confirmed on 3 June that there were 12 confirmed cases":
    # the verb nearest the date is the one that goes with it)
    part, at = analysis.where(date.start)
    nearest = min((t for t in part.tokens if t.lemma == verb), key=lambda t: abs(t.start - at), default=None)
    return nearest is not None and not any(q.start <= nearest.start < q.end for q in part.quantities)


# verbs of beginning (of a state, a role, a thing): their date is where a "since" starts
_INCEPTION = frozenset("begin start become join found establish launch open appoint elect name hire "
                       "create form introduce inaugurate".split())


def _names_a_thing(analysis, date) -> bool:
    """Is the date a modifier between a determiner and a noun ("the 2014 World Series", "its 2023
    accounts"), naming a thing rather than dating an event?"""
    part, at = analysis.where(date.start)
    toks = part.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= at), None)
    if k is None or k == 0:
        return False
    last = next((i for i in range(k, len(toks)) if toks[i].end >= at + (date.end - date.start)), k)
    before, after = toks[k - 1], toks[last + 1] if last + 1 < len(toks) else None
    return (before.lower in DETERMINERS or is_possessive(before)) and after is not None and (after.is_content or after.is_cap) \
        and not after.is_number


def _begins(analysis, date) -> bool:
    """Is the date that of a beginning ("became chief executive in 2021", "was founded in 1987", "came
    into force on 1 September")?"""
    if date.start < 0:
        return False
    verb = _value_verb(analysis, date.start)
    if verb == "come":  # "come into force", "into effect", "into service": to begin to be so (Collins)
        where, start = analysis.where(date.start)
        return bool(_COMING_INTO_RE.search(where.text[max(0, start - _PERIOD_GAP):start]))
    return verb in _INCEPTION


_COMING_INTO_RE = lazy(r"\b(?:come|comes|came|coming)\s+into\s+(?:force|effect|operation|being|service|power|use)\b",
                       re.IGNORECASE)


def _scheduled(analysis) -> bool:
    """Does the text set a deadline for what is planned, expected or ought to be ("should be ready by",
    "expects 2.5 million passengers a year by 2036", "will open by")?"""
    toks = analysis.tokens
    return _planned(analysis) or analysis.modality == OPINION or any(
        t.lemma in _AIMING or (t.lower.endswith("ed") and english.lemma(t.lower) in _AIMING and not (k and toks[k - 1].lower in ("than", "as")))
        for k, t in enumerate(toks))  # ("she expected ... to reach", "is expected by June"; not "more than expected")


_AIMING = frozenset("expect aim target hope due plan intend".split())


def _planned(analysis) -> bool:
    """Does the text tell of a plan, a promise or a schedule ("will", "plans to", "has pledged to")?"""
    return analysis.modality == FUTURE or FUTURE in analysis.predicate_modality.values()


# ---------------------------------------------------------------- polarity, opposites, frames, modality


def _same_predicate(a: str, b: str) -> bool:
    # (a light verb is one predicate with no other: "did not go on strike" denies no "offer")
    return a == b or ((a in LIGHT_VERBS) == (b in LIGHT_VERBS) and word_similarity(a, b) >= SAME_PREDICATE)


def _denies_the_predicate(a: str, b: str) -> bool:
    """Is one word's denial a denial of the other: the same predicate, and not synonyms only in a later sense of
    one ("acted as treasurer" is no "played", whose denial it would contradict)?"""
    return _same_predicate(a, b) and b not in english.rarer_senses(a)


_THAN_REACH = 4  # tokens from "more" to its "than" ("more primary pupils than")
_HOLDER_AFTER = frozenset("at in for of".split())  # "310 at Kelsby Junior School": whose figure the place after it says


def compared_holders(statement, claim, places=frozenset()) -> list:
    """A comparison of two named holders ("Kelsby Junior School has more pupils than Kelsby Primary School") against
    the figures the claim gives each of them ("420 pupils, compared with 310 at Kelsby Junior School"): the comparison
    told the wrong way round contradicts them (the right way is backed as the rest of the statement is)."""
    toks = statement.tokens
    for i, tok in enumerate(toks):
        if tok.lower not in MORE and tok.lower not in LESS:
            continue
        than = next((k for k in range(i + 1, min(len(toks), i + 1 + _THAN_REACH)) if toks[k].lower == "than"), None)
        if than is None:
            continue
        second = next((m for m in statement.mentions if m.first in (than + 1, than + 2)), None)
        first = next((m for m in reversed(statement.mentions) if m.last < i), None)
        if first is None or second is None or statement.quantities and any(q.start > tok.start for q in statement.quantities):
            continue  # ("more than 300 pupils": a bound on a figure, which the figures' checks read)
        noun = next((t.lemma for t in toks[i + 1:than] if t.is_content), "")
        held = {}
        for q in claim.quantities:
            if q.start < 0 or q.unit or (noun and q.noun and english.lemma(q.noun.lower()) != noun):
                continue
            holder = _holder_of(claim, q)
            for m in (first, second):
                if holder and (holder == m.name or same_name(holder, m.name, places)):
                    held.setdefault(m.name, q)
        if len(held) < 2 or held[first.name].value == held[second.name].value:
            continue
        larger = held[first.name].value > held[second.name].value
        if larger != (tok.lower in MORE):
            told = f"{first.name} {tok.text} than {second.name}"
            return [SlotCheck("amount", "conflicts", told, f"{held[first.name].describe()} against {held[second.name].describe()}",
                              (tok.start, tok.end))]
    return []


def _holder_of(analysis, q) -> str:
    """Whose figure an amount is: a name a preposition puts right after it ("310 at Kelsby Junior School"), else its
    owner (_owner)."""
    toks = analysis.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= q.end), len(toks))  # the word right after the figure
    if at < len(toks) and toks[at].lower in _HOLDER_AFTER:
        opening = at + 2 if at + 1 < len(toks) and toks[at + 1].lower == "the" else at + 1  # ("310 at the Kelby school")
        after = next((m for m in analysis.mentions if m.first == opening), None)
        if after is not None:
            return after.name
    return _owner(analysis, q.start)


_UNLESS_RE = lazy(r"\bunless\b", re.I)


def _excepted(analysis, lemma) -> bool:
    """Does an "unless" clause follow the word in its sentence ("would not resign unless the audit found
    wrongdoing", "will close unless its funding is renewed")? Then what is told holds only in one case: no
    denial, nor assertion, outright."""
    at = analysis.content.get(lemma, -1)
    if at is None or at < 0:
        return False
    text = analysis.text
    start = analysis.tokens[at].end
    end = min((k for k in (text.find(". ", start), text.find(";", start)) if k >= 0), default=len(text))
    opening = text[:analysis.tokens[at].start]
    return _UNLESS_RE.search(text, start, end) is not None or (
        opening.lstrip().lower().startswith("unless ") and "," in opening)  # ("Unless its funding is renewed, it will close")


def polarity(statement, claim, places=frozenset()) -> list:
    """The statement says it happened and the claim that it did not, or the other way round, of the
    same actor when both say who ("the CSIA announced" is no contradiction of "the SIA has not
    announced")."""
    out = []
    if not _same_time(statement, claim) \
            or _held_after_the_denial(claim, statement) or _held_after_the_denial(statement, claim) \
            or _first_time_after_none(statement, claim) or _first_time_after_none(claim, statement):
        return out
    if _other_voices(statement, claim, places):
        # another voice's saying contradicts nothing; but what the claim denies it cannot back ("he said how
        # the gap would be closed" against "... but he did not say how the gap would be closed")
        denied = next((lemma for lemma in sorted(statement.affirmed) for n in claim.negated if _same_predicate(lemma, n)), None)
        return [SlotCheck("polarity", "uncovered", _surface(statement, denied), "a denial of it", _span(statement, denied))] \
            if denied else out
    for lemma in sorted(statement.affirmed):
        if lemma.endswith(("ed", "en")) and (_modifier(statement, lemma) or _determined(statement, lemma)):
            continue  # a participle before its noun: "the expected cost" asserts no expecting
        if _under_negation(statement, lemma) or _counted_by_none(statement, lemma) or _in_denied_phrase(statement, lemma) \
                or any(lemma in _denied_with_before(statement, statement.content[n]) for n in statement.negated
                       if statement.content.get(n, -1) >= 0):
            continue  # "the plans do not include a new school": no school is asserted; nor are the members
            # of "none of its members crossed the picket line", nor the repairs of "the repairs were never done"
        if _asked_for(statement, lemma):
            continue  # "a petition asking him to hand back his bonus" asserts no handing back
        if _object_denied_by_no(statement, lemma):
            continue  # "gave no date for the meeting" is what "did not give a date" says: the act denied by its object
        ended = state_ended(statement, lemma, claim)
        if ended >= 0:
            # "Priya Nandra is a member of the Labour group" against "Priya Nandra left the Labour group": the state
            # told as holding now, which the claim's act ended
            out.append(SlotCheck("polarity", "conflicts", _surface(statement, lemma), f"{claim.tokens[ended].text} (no longer)",
                                 _span(statement, lemma)))
            continue
        hit = next((n for n in sorted(claim.negated) if _same_predicate(lemma, n) and not _outdone(claim, n)
                    and not member_denied(claim, n) and (n == lemma or lemma not in claim.affirmed)), None)
        # (a member denied is membership's to settle; and where the claim tells the statement's very word as so, its
        # denial of another word alike is of another act: "its leader said" against "said the council had not been told")
        if hit and (_in_a_condition(claim, hit) or _in_a_condition(statement, lemma) or _excepted(claim, hit)
                    or _excepted(statement, lemma)):
            out.append(SlotCheck("polarity", "uncovered", _surface(statement, lemma), f"not {_surface(claim, hit)}",
                                 _span(statement, lemma)))
            continue  # "could rise again if the backlog is not cleared" supposes; it denies no clearing
        if hit and not _denies_the_predicate(lemma, hit):
            out.append(SlotCheck("polarity", "uncovered", _surface(statement, lemma), f"not {_surface(claim, hit)}",
                                 _span(statement, lemma)))
            continue  # "did not play for the club" neither backs nor denies "acted as its treasurer"
        if hit and (_denial_narrower(claim, hit, statement) or _act_denied_by_both(claim, hit, statement)):
            continue  # "was without a permanent chief executive" says nothing against "stepped down as chief
            # executive", nor "has no plans to cut jobs" against "unveiled plans to merge the schools"
        if hit and _other_clause_denied(claim, hit, statement):
            continue  # "drivers accepted the deal" / "no driver will be made redundant"
        if hit and _denied_for_earlier_times(claim, hit) and _told_of_now(statement):
            continue  # "had never been shown in full before, is now on display" denies earlier times only: "is on
            # display in full for the first time" tells the same
        if hit and _told_done_where_denied(statement, lemma, claim, hit):
            continue  # "every hour a crew spends in a car park is an hour it cannot spend answering a call": the claim
            # tells the word done too, and the statement's words after it are the done one's ("spent in a car park")
        if hit and _comparative_against_denied_superlative(statement, lemma, claim, hit):
            continue  # "a higher offer had been made" is what "its offer was not the highest" implies
        if hit and rejected_as_alternative(claim, hit) and _object_of_a_substitution(statement, lemma):
            continue  # "their last trip replaced a car journey" against "used a hire bike instead of a car": one
            # substitution, told from each side (what is replaced is what was not done)
        if hit and _affirmed_in_a_closer_clause(statement, lemma, claim, hit):
            continue  # "it was rated good in ten areas" against "was not rated inadequate in any area; ... it was
            # rated good in ten areas": the claim says it too, in the clause that tells the statement's matter
        at = statement.content.get(lemma, -1)
        if hit and at >= 0 and statement.verbal(at) and _done_to_another(statement, at, claim, claim.content.get(hit, -1)):
            continue  # "is cutting the Larkfield Festival's grant" against "the Regent Theatre's grant was not cut":
            # the act done to a thing the claim never names is another act
        if hit and told_of_the_rest(statement, statement.content.get(lemma, -1), claim, claim.content.get(hit, -1)):
            continue  # "the 18 per cent of the shares not owned by the family" / "the family owned 82 per cent"
        if hit and at >= 0 and _denied_complement_unsaid(statement, at, claim, claim.content.get(hit, -1)):
            out.append(SlotCheck("polarity", "uncovered", _surface(statement, lemma), f"not {_surface(claim, hit)}",
                                 _span(statement, lemma)))
            continue  # "had never taught in a state school" neither denies nor backs teaching "at a private school": a
            # denial's complement is its focus (Quirk et al. 1985, 10.64), and the statement's is another thing
        if hit and not any(_same_predicate(n, lemma) for n in statement.negated) and _same_actor(statement, lemma, claim, hit, places):
            if _same_mood(statement, lemma, claim, hit) and not (lemma in REPORTING and _unnamed_voice(statement)):
                # ("She said the line had cost £74 million" is no saying of the council's that "refused to say")
                out.append(SlotCheck("polarity", "conflicts", _surface(statement, lemma), f"not {_surface(claim, hit)}",
                                     _span(statement, lemma)))
            else:  # "has sold it" against "had no plans to sell it": no contradiction, and no support either
                out.append(SlotCheck("polarity", "uncovered", _surface(statement, lemma), f"not {_surface(claim, hit)}",
                                     _span(statement, lemma)))
    for lemma in sorted(statement.negated):
        raising = raising_verb(statement.tokens, lemma)
        if raising and lemma in claim.content and lemma not in claim.negated and raising in claim.affirmed:
            # "does not expect to cut jobs" against "expects to cut 200 jobs": the expectation is denied
            out.append(SlotCheck("polarity", "conflicts", f"not {raising} to {_surface(statement, lemma)}",
                                 f"{raising} to {_surface(claim, lemma)}", _span(statement, lemma)))
            return out
    for lemma in sorted(statement.negated):
        asked = _question_after(statement, lemma)
        answered = _question_after(claim, lemma) if asked and lemma in claim.negated else asked
        if answered != asked:
            # "did not say why it would close the library" is no "refused to say when": two questions left open
            out.append(SlotCheck("polarity", "uncovered", f"not {_surface(statement, lemma)} {asked}",
                                 f"not {_surface(claim, lemma)} {answered}".rstrip(), _span(statement, lemma)))
            continue
        if member_denied(statement, lemma):
            continue  # "libraries are not among the services": only a list of the same whole settles it (membership)
        if _in_a_condition(statement, lemma):
            continue  # "fares will rise unless the grant is not cut": a condition, which denies nothing
        # the words this denial takes (not another's: "no longer buying chips ... has not caused losses";
        # nor a word denied on its own: "did not say it had no plans to sell")
        denied_with = {other for other in statement.content
                       if _denied_verb_over(statement, other) == lemma and not _denied_apart(statement, lemma, other)
                       and not (_passive_doer(statement, other) and _denied_by_a_determiner(statement, lemma))}
        # ("no arrests were made by police": the police are not denied; but "was not caused by ice" denies the ice)
        if _outdone(statement, lemma):  # "no theatre had ever received a bigger grant than ...": no theatre is denied,
            beaten = _compared_alike(statement, claim)  # but one the claim tells outdoing it contradicts it
            if beaten and not any(c.slot == "polarity" for c in out):  # ("Tarn Rovers scored more goals than Harlow")
                (s_start, s_end), (c_start, c_end) = beaten
                out.append(SlotCheck("polarity", "conflicts", " ".join(statement.text[s_start:s_end].split()),
                                     " ".join(claim.text[c_start:c_end].split()), (s_start, s_end)))
            continue
        denied_alike = {n for n in claim.negated if not _denial_narrower(claim, n, statement)}
        if denied_with and denied_with <= denied_alike | (set(statement.content) - set(claim.content)):
            continue  # "do not include a new school" / "include a park, but no new school": what the claim
            # has of what is denied with the verb, it denies too (not "a new school or a park")
        # (not a word the claim denies with its verb: "would not pay a dividend" asserts no dividend;
        # but "have never stopped catching up" asserts the catching up)
        hit = next((a for a in sorted(claim.affirmed) if _same_predicate(lemma, a) and not _modifier(claim, a)
                    and _asserted_under_its_denial(claim, a) and not _asked_for(claim, a)
                    and not _in_denied_phrase(claim, a)), None)  # ("no arrests for violence" asserts no violence)
        if hit and (not _denies_the_predicate(lemma, hit) or _in_a_condition(claim, hit)):
            continue  # "acted as treasurer" says nothing against "did not play for the club" (the denial is left
            # unbacked: see denials); nor does "if the backlog is cleared", which supposes it
        if hit is None and lemma in claim.negated and _denial_narrower(claim, lemma, statement) \
                and any(q.value > 0 and q.noun and english.lemma(q.noun.lower()) == lemma and q.start >= 0
                        and _verb_just_before(claim, q.start) == _verb_just_before(statement, statement.tokens[statement.content[lemma]].start) != ""
                        for q in claim.quantities if statement.content.get(lemma, -1) >= 0):
            hit = lemma  # "made nine arrests ...; no arrests for violence" counts what "made no arrests" denies (by
            # the same verb: "had expected 20 arrests" counts none made)
        if hit is None and lemma in claim.negated and _affirmed_where_told(statement, lemma, claim) \
                and not any(c.slot == "polarity" for c in out):
            # "did not open a new ward" against "opened a new ward in May and did not open the planned clinic": the
            # claim's denial is of another thing; the clause that tells the statement's affirms it
            out.append(SlotCheck("polarity", "conflicts", f"not {_surface(statement, lemma)}", _surface(claim, lemma),
                                 _span(statement, lemma)))
            continue
        if hit and (_other_clause_denied(statement, lemma, claim) or _denial_narrower(statement, lemma, claim)):
            continue
        if hit is None and lemma in claim.negated and _denial_narrower(claim, lemma, statement) \
                and not any(c.slot == "polarity" for c in out):
            # "made no arrests for violence" denies less than "made no arrests": no backing for the wider denial
            out.append(SlotCheck("polarity", "uncovered", f"not {_surface(statement, lemma)}",
                                 f"not {_surface(claim, lemma)} (of a narrower kind)", _span(statement, lemma)))
            continue
        if hit and _attributes_of_other_things(statement, lemma, claim, hit):
            continue  # "without a longer runway" says nothing against "larger jets on longer routes": the adjective
            # of another thing
        if hit and _first_since(claim, statement, lemma):
            continue  # "had not been promoted since 1998" against "the first time promoted since 1998"
        if hit and (_excepted(claim, hit) or _excepted(statement, lemma)):
            continue  # "will not close in June" against "unless its funding is renewed, it will close in June": one case
        by_no = _verb_denying_by_no(statement, lemma)
        if hit and by_no and any(_same_predicate(by_no, n) or by_no == n for n in claim.negated):
            continue  # "gave no date" against "did not give a date": the claim denies the act, whose object it names
        if hit and _object_denied_by_no(claim, hit):
            continue  # "will not have to pay business rates" against "will pay no business rates": the claim denies it too
        if hit and (_other_part_denied(statement, lemma, claim)
                    or told_of_the_rest(statement, statement.content.get(lemma, -1), claim, claim.content.get(hit, -1))):
            continue  # "£860,000 has not been recovered" against "recovered £340,000": the rest is denied
        if hit and way_of(lemma) and statement.content.get(lemma, -1) >= 0 and claim.content.get(hit, -1) >= 0 \
                and _measures_differ(statement, statement.content[lemma], claim, claim.content[hit]):
            continue  # "passenger numbers did not fall" says nothing against "its profit fell"
        if hit and statement.content.get(lemma, -1) >= 0 and claim.content.get(hit, -1) >= 0 \
                and _denied_complement_unsaid(claim, claim.content[hit], statement, statement.content[lemma]):
            continue  # "has never worked for a bank" says nothing against "worked for a building society"
        if hit and not any(_same_predicate(hit, n) and not _denial_narrower(claim, n, statement) for n in claim.negated) \
                and _same_actor(statement, lemma, claim, hit, places) and _same_mood(statement, lemma, claim, hit):
            # (a claim that denies only a narrower kind, "made nine arrests ...; no arrests for violence",
            # still asserts what the statement denies outright: "no arrests were made")
            out.append(SlotCheck("polarity", "conflicts", f"not {_surface(statement, lemma)}", _surface(claim, hit),
                                 _span(statement, lemma)))
    if not any(c.relation == "conflicts" for c in out):
        for lemma in sorted(statement.negated):
            j = denied_change_marked(statement, lemma, claim)
            if j >= 0 and _same_mood(statement, lemma, claim, claim.tokens[j].lemma):
                # "profit did not rise in 2024" / "£9.4m, up from £9.1m": the change denied is told
                out.append(SlotCheck("polarity", "conflicts", f"not {_surface(statement, lemma)}",
                                     " ".join(claim.text[claim.tokens[j].start:claim.tokens[j + 1].end].split()), _span(statement, lemma)))
                break
    if not any(c.relation == "conflicts" for c in out):
        out += _clause_denied_as_told(statement, claim)
    return out


def _attributes_of_other_things(statement, lemma, claim, hit) -> bool:
    """Is the word an adjective before a noun in both texts, the two nouns unlike ("a longer runway" / "longer
    routes")? What is denied or told of the one is not of the other."""
    i, j = statement.content.get(lemma, -1), claim.content.get(hit, -1)
    if i < 0 or j < 0 or i + 1 >= len(statement.tokens) or j + 1 >= len(claim.tokens) or statement.verbal(i) or claim.verbal(j):
        return False
    mine, theirs = statement.tokens[i + 1], claim.tokens[j + 1]
    if not (mine.is_content and theirs.is_content) or mine.is_cap or theirs.is_cap:
        return False
    return mine.lemma != theirs.lemma and word_similarity(mine.lemma, theirs.lemma) < ALIGNED_WORD


def _told_done_where_denied(statement, lemma, claim, hit) -> bool:
    """Does the claim tell the verb both done and not done ("every hour a crew spends in a car park is an hour it
    cannot spend answering a call"), the statement's words after it those of the one done ("a crew spent in a
    hospital car park")? The statement tells the act the claim affirms."""
    toks = claim.tokens
    at = [k for k, t in enumerate(toks) if t.lemma == hit and claim.verbal(k)]
    denied = {k for k in at if any(t.lower in NEGATORS or t.lower == "cannot" for t in toks[max(0, k - _DENIAL_REACH):k])}
    done = [k for k in at if k not in denied]
    i = statement.content.get(lemma, -1)
    if not denied or not done or i < 0:
        return False
    said = _following(statement, i)
    best = lambda ks: max(len(said & _following(claim, k)) for k in ks)
    return best(done) > best(denied)


def _comparative_against_denied_superlative(statement, lemma, claim, hit) -> bool:
    """Is the statement's word a comparative ("a higher one") of the adjective whose superlative the claim
    denies ("not the highest")? Not being the highest tells that a higher one is."""
    mine, theirs = statement.content.get(lemma, -1), claim.content.get(hit, -1)
    return lemma == hit and mine >= 0 and theirs >= 0 and statement.tokens[mine].lower.endswith("er") \
        and claim.tokens[theirs].lower.endswith("est")


# what a measure falls to: a level ("fell to a record low", "to its lowest", "to zero"), where "fall to" a
# taker is to be lost to it (WordNet fall v. 3, "be captured": "the seat fell to Labour", "homes could fall to erosion")
_LEVEL_WORDS = frozenset("low high record level point figure rate total mark bottom minimum maximum peak zero nothing "
                         "half third quarter fifth tenth".split())
_TAKER_REACH = 4  # words after "to" where a level's word or figure stands ("to its lowest level")


def _fallen_to_a_taker(analysis, i: int) -> bool:
    """Is the word "fall" with "to" and no level after it ("fall to erosion", "fell to the rebels")?"""
    toks = analysis.tokens
    if toks[i].lemma != "fall" or i + 2 >= len(toks) or toks[i + 1].lower != "to":
        return False
    phrase = []
    for t in toks[i + 2:i + 2 + _TAKER_REACH]:
        if t.lower in _TAKER_ENDS:
            break  # the noun phrase after "to" ends ("fall to erosion by 2075")
        phrase.append(t)
    return bool(phrase) and not any(t.is_number or t.lower in NUMBER_WORDS or t.lemma in _LEVEL_WORDS or t.lower.endswith("est")
                                    or any(q.start <= t.start < q.end for q in analysis.quantities) for t in phrase)


_TAKER_ENDS = frozenset("by in on at from than after before since over during within and or but".split())


_RUNNING_RE = lazy(r"^[^,;.]{0,50}?\b(?:so far|to date|by (?:the end of |mid-|early |late )?(?:\d|january|february|march|april|may|june|"
                   r"july|august|september|october|november|december|then|now|the time))", re.I)
_FINAL_RE = lazy(r"^[^,;.]{0,40}?\b(?:in all|in total|altogether|all told)\b", re.I)
_RUNNING_BEFORE_RE = lazy(r"\b(?:so far|to date)\b[^,;.]{0,30}$", re.I)  # "has so far raised £2.3m"
_FINAL_BEFORE_RE = lazy(r"\b(?:a total of|in all|in total)\s*$", re.I)  # "a total of £2.1m"


def _running_or_final(analysis, q) -> str:
    """"running" for a figure told as a total so far ("had cost £1.4 million by mid-January", "has raised
    £2.3m so far"), "final" for one told as the whole ("cost it £2.1 million in all"), else ""."""
    if q.start < 0:
        return ""
    where, start = analysis.where(q.start)
    after = where.text[start + (q.end - q.start):]
    before = where.text[max(0, start - 50):start]
    if _RUNNING_RE.search(after) or _RUNNING_BEFORE_RE.search(before):
        return "running"
    return "final" if _FINAL_RE.search(after) or _FINAL_BEFORE_RE.search(before) else ""


_VALUED_RE = lazy(r"(?:\bvalued\s+at|\bworth|\bvalue\s+of|\bvaluation\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_PAID_RE = lazy(r"(?:\b(?:paid|pays|pay|paying)(?:\s+\w+){0,2}|\b(?:bought|sold|purchased|buy|sell|purchase)\b[^,;.]{0,40}\bfor|"
                r"\bprice\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$", re.I)


def _price_kind(analysis, q) -> str:
    """"value" for a sum told as what a thing is worth ("valued at £210,000", "worth £1.6m"), "paid" for one
    told as what was paid for it ("paid £96,000 for", "bought it for £96,000", "a price of"), else ""."""
    if q.start < 0 or not q.unit:
        return ""
    where, start = analysis.where(q.start)
    before = where.text[max(0, start - 60):start]
    return "value" if _VALUED_RE.search(before) else "paid" if _PAID_RE.search(before) else ""


_COUNTED_REACH = 3  # words from a verb to the figure of what it takes ("won 17 seats", "lost all ten of its seats")


def _counted_object(analysis, i: int) -> bool:
    """Does the verb at i take a counted object ("won 17 seats", "lost ten seats")?"""
    toks = analysis.tokens
    for k in range(i + 1, min(len(toks), i + 1 + _COUNTED_REACH)):
        if toks[k].is_number or (toks[k].lower in NUMBER_WORDS and toks[k].lower not in ("no", "none", "one")):
            return k + 1 < len(toks) and toks[k + 1].is_content and not toks[k + 1].is_cap
        if toks[k].is_content or toks[k].lower in (",", ";", "."):
            return False
    return False


def _in_a_counterfactual(analysis, date) -> bool:
    """Does the date stand where what would have happened is told ("would rather have opened it in spring 2024")?"""
    if date.start < 0 or date.start >= IN_QUOTE:
        return False
    at = next((k for k, t in enumerate(analysis.tokens) if t.start >= date.start), -1)
    return at >= 0 and modality_at(_markers(analysis), at) == COUNTERFACTUAL


_SUBSTITUTING = frozenset("replace substitute supplant displace".split())
_SUBSTITUTION_REACH = 4  # words from a verb of substituting to the head of its object ("replaced a car journey")


def _object_of_a_substitution(analysis, lemma) -> bool:
    """Is the word the object of a verb of substituting ("their trip replaced a car journey"): what was not done?"""
    at = analysis.content.get(lemma, -1)
    return at > 0 and any(analysis.tokens[k].lemma in _SUBSTITUTING and analysis.verbal(k)
                          for k in range(max(0, at - _SUBSTITUTION_REACH), at))


def _in_a_condition(analysis, lemma) -> bool:
    """Is the word in the condition of a conditional clause (see analysis.in_open_condition)?"""
    at = _index_of(analysis, lemma)
    return at >= 0 and in_open_condition(analysis.tokens, analysis.text, at)


def _object_denied_by_no(analysis, lemma) -> bool:
    """Is the verb's object opened by "no" ("gave no date", "made no arrests", "offered no apology")? The act is
    then denied, as "did not give a date" denies it, whatever verb it is."""
    at = _index_of(analysis, lemma)  # (a light verb too, which the content leaves out: "gave no date")
    toks = analysis.tokens
    return 0 <= at < len(toks) - 2 and toks[at + 1].lower == "no" and toks[at + 2].lower.isalpha() \
        and toks[at + 2].lower not in _BOUND_AFTER_NO and english.can_be_verb(toks[at].lemma) and not toks[at].is_cap


_BOUND_AFTER_NO = frozenset("more less fewer longer later earlier".split())  # "will sell no more than 500": a bound


def _verb_denying_by_no(analysis, noun_lemma) -> str:
    """The verb whose object "no" opens with the noun ("gave no date": give), or ""."""
    at = _index_of(analysis, noun_lemma)  # (a weak word too: "gave no date")
    toks = analysis.tokens
    if at < 2 or toks[at - 1].lower != "no":
        return ""
    return toks[at - 2].lemma if english.can_be_verb(toks[at - 2].lemma) and not toks[at - 2].is_cap else ""


def _clause_denied_as_told(statement, claim) -> list:
    """A clause one of the two denies and the other tells in the same words of the same subject
    (see restated.denied_as_told), whatever word the denial's reading took for the denied one, or a
    name one says is not among a whole the other lists it in (see membership)."""
    for denying, telling in ((statement, claim), (claim, statement)):
        found = denied_as_told(denying, telling) or member_denied_as_listed(denying, telling)
        if found:
            (s_start, s_end), (c_start, c_end) = found if denying is statement else found[::-1]
            return [SlotCheck("polarity", "conflicts", " ".join(statement.text[s_start:s_end].split()),
                              " ".join(claim.text[c_start:c_end].split()), (s_start, s_end))]
    return []


# what asks another to act, before its object and "to": "urged ministers to act", "asked the council to"
_ASKING_VERBS = frozenset("ask urge press encourage invite request advise".split())
# a request as a noun, before "to" (past "from" and who made it): "a request from the authority to fund"
_REQUEST_NOUNS = frozenset("request call plea petition appeal demand".split())
# what grants a request: "approved a request to extend", "agreed to a request from campaigners to"
_GRANTING = frozenset("approve grant accept agree back support answer heed".split())
_ASKED_OBJECT = 5  # words of the one asked, or of who asked: "the Westmere Transport Authority"


def _only_asked_for(analysis, lemma) -> bool:
    """Is the verb only what one asked of another, with nothing that says it was granted ("urged
    ministers to act", "a petition asking him to resign", "rejected a request from the authority to
    fund the extension"; not "approved a request to extend the hours", "pressed ahead with plans to
    sell", "called an inquiry to examine")?"""
    toks = analysis.tokens
    at = _index_of(analysis, lemma)
    head = that_clause_head(toks, at) if at > 0 else -1
    if head > 0 and toks[head].lemma in analysis.predicate_modality and _only_asked_for(analysis, toks[head].lemma):
        return True  # "calls on the council to guarantee that the pool will reopen": the reopening is asked for too
    if at < 2 or toks[at - 1].lower != "to":
        return False
    for j in range(at - 2, max(-1, at - 3 - _ASKED_OBJECT), -1):
        tok = toks[j]
        if any(c in ",;:()" for c in analysis.text[tok.end:toks[j + 1].start]):
            return False  # "Jones, who advised Tesco, plans to retire": the clause the "to" is in begins there
        if tok.lemma in _ASKING_VERBS and analysis.verbal(j) and toks[j + 1].lower not in ("ahead", "by"):
            return True  # "urged ministers to", "asking the vice-chancellor to", "called on the council to"
            # (the phrasal verb reads as "urge"); not "pressed ahead with plans to", "encouraged by sales"
        if tok.lemma in _REQUEST_NOUNS and not analysis.verbal(j):
            return not any(t.lemma in _GRANTING for t in toks[max(0, j - 4):j])
        if tok.is_number or tok.lower in ("and", "but", "which", "who", "that") or (analysis.verbal(j) and j < at - 2):
            return False
    return False


def _asked_for(analysis, lemma) -> bool:
    """Is the word the verb a directive asks of another (see analysis.requested)?"""
    # (every place it stands: "Asked whether fares would rise, Kelby Buses said fares would rise" asserts the second)
    at = [k for k, t in enumerate(analysis.tokens) if t.lemma == lemma] or [_index_of(analysis, lemma)]
    return all(k >= 0 and requested(analysis.tokens, k) for k in at)


def _outdone(analysis, lemma) -> bool:
    """Is the word denied only by a "no" that a comparison with "than" follows in its clause ("no
    theatre had ever received a bigger grant than the £2.4m", "nobody scored more goals than Kane")?
    That tells of the most: a superlative of what "than" names, which denies no theatre and no
    receiving. (Nor does it back one: that is a denial still, which the claim must make its own.)"""
    toks = analysis.tokens
    at = _index_of(analysis, lemma)
    if at < 0:
        return False
    for i in range(max(0, at - _OUTDONE_REACH), at + 1):
        if toks[i].lower in _DENYING_SUBJECTS and _than_after(toks, i) > at:
            return True
    return False


_DENYING_SUBJECTS = frozenset(["no", "none", "nobody", "nothing"])
_OUTDONE_REACH = 10  # words from "no" to its comparison: "no museum in the region had ever received a bigger"


def _than_after(toks, i) -> int:
    """The index of the "than" of a comparison after the word at i in its clause, or -1."""
    for j in range(i + 1, min(len(toks) - 1, i + _OUTDONE_REACH)):
        low = toks[j].lower
        if low in _CLAUSE_ENDS:
            return -1
        if _comparing(low):
            k = next((k for k in range(j + 1, min(len(toks), j + _OUTDONE_REACH)) if toks[k].lower == "than"), -1)
            if k == j + 1 and k + 1 < len(toks) and toks[k + 1].is_number:
                return -1  # "more than 60 firefighters": a bound on a figure, no comparison with another
            return k
    return -1


def _compared_alike(statement, claim):
    """The spans of the statement's "no ... than" ("no club scored more goals than Harlow Town") and
    of the claim's comparison that affirms it of something ("more goals than Harlow Town", told of
    Tarn Rovers), or None."""
    theirs = _comparisons_with_than(claim, affirmed=True)
    return next(((span, theirs[key]) for key, span in _comparisons_with_than(statement).items() if key in theirs), None)


def _comparisons_with_than(analysis, affirmed=False) -> dict:
    """Each comparison's word and what "than" names ("more than harlow town") -> its span in the text,
    from the "no" that outdoes it where one does; ``affirmed``: only those no "no" outdoes."""
    toks, out = analysis.tokens, {}
    for k, tok in enumerate(toks):
        if tok.lower != "than" or k == 0:
            continue
        word = next((j for j in range(k - 1, max(-1, k - 4), -1) if _comparing(toks[j].lower)), -1)
        denier = next((i for i in range(max(0, k - _OUTDONE_REACH), k)
                       if toks[i].lower in _DENYING_SUBJECTS and _than_after(toks, i) == k), -1)
        named = [t for t in toks[k + 1:k + 1 + _OUTDONE_REACH] if t.is_cap or t.is_content][:3]
        if word < 0 or not named or (affirmed and denier >= 0):
            continue
        key = f"{toks[word].lower} than {' '.join(t.lower for t in named)}"
        out[key] = (toks[denier if denier >= 0 else word].start, named[-1].end)
    return out


_CLAUSE_ENDS = frozenset([",", ";", ":", "and", "but", "which", "who", "that"])


def _comparing(word: str) -> bool:
    """Is the word one of a comparison ("more", "fewer", "better", "bigger", "older")?"""
    return word in _MORE_THAN or word in _LESS_THAN or word in ("better", "worse") or _comparative(word)


def _affirmed_in_a_closer_clause(statement, lemma, claim, hit) -> bool:
    """Does the claim, which denies ``hit`` in one clause, say it undenied in another, the one that
    tells the statement's act? A claim may deny an act of one thing and tell it of another ("was not
    rated poor in any area; ... it was rated good in six areas"). The statement's act is the denied
    one where the statement has a word only the denying clause gives ("made arrests for violence"
    against "made 14 arrests ...; there were no arrests for violence"), else the one of the clause
    nearer the words around it."""
    # the statement's place for the word that its own clause does not deny (its own text may tell both)
    at, s_lo, s_hi = -1, 0, len(statement.text)
    for k, t in enumerate(statement.tokens):
        if t.lemma == lemma and 0 <= t.start < IN_QUOTE:
            lo, hi = _clause(statement, t.start)
            if not any(_same_predicate(lemma, d) for d in denied_within(statement, lo, hi)):
                at, s_lo, s_hi = k, lo, hi
                break
    if at < 0 or hit not in claim.negated:
        return False
    affirming, denying = [], []
    subject = _subject_marks(claim)
    for lo, hi in _clauses_with(claim, hit):
        toks = [t for t in claim.tokens if lo <= t.start < hi]
        words = {_mark(t) for t in toks if t.is_content or t.is_number} - {hit}
        opening = next((k for k, t in enumerate(claim.tokens) if t.start >= lo and t.lower not in ("but", "and", "while")), -1)
        if lo > 0 and (any(t.lower in _REFERRING_PRONOUNS for t in toks) or (opening >= 0 and claim.verbal(opening))):
            words |= subject  # "...; at its last inspection it was rated good", "..., but said": the first clause's subject
        (denying if any(_same_predicate(hit, d) for d in denied_within(claim, lo, hi)) else affirming).append(words)
    if not affirming or not denying:
        return False
    # (names, days and years tell the clauses apart: "no trains ran on the Kelby line on Monday, but trains ran on
    # the Larton line")
    said = {_mark(t) for t in statement.tokens if (t.is_content or t.is_number) and s_lo <= t.start < s_hi}
    told_affirmed, told_denied = set().union(*affirming), set().union(*denying)
    if said & (told_denied - told_affirmed):
        return False  # the statement tells what only the denial is of
    tok = statement.tokens[at]
    s_ctx = _context(statement, tok.start, tok.end)
    return bool(s_ctx) and max(_soft_share(s_ctx, w) for w in affirming) >= max(_soft_share(s_ctx, w) for w in denying)


def _affirmed_where_told(statement, lemma, claim) -> bool:
    """Does the claim, which both tells and denies ``lemma`` in clauses of its own, tell it undenied in the
    clause nearer the words around the statement's denied one, and deny it only of words the statement does
    not use ("opened a new ward in May and did not open the planned clinic" against "did not open a new ward")?"""
    at = _index_of(statement, lemma)  # (a verb of saying too, which the content leaves out)
    if at < 0:
        return False
    affirming, denying = [], []
    # (the words of a question a saying is denied of count: "refused to say when" is of when, which "did not say
    # when it would close" tells too)
    for lo, hi in _clauses_with(claim, lemma, True):  # (fine)
        words = {_mark(t) for t in claim.tokens if lo <= t.start < hi and (t.is_content or t.is_number or t.lower in _WH_WORDS)} - {lemma}
        if any(_same_predicate(lemma, d) for d in denied_within(claim, lo, hi)):
            denying.append(words)
        else:
            at_word = next((t.start for t in claim.tokens if lo <= t.start < hi and t.lemma == lemma), hi)
            if not any(english.lemma(t.lower) in WEAK_WORDS or t.lower in _HEDGES for t in claim.tokens if lo <= t.start < at_word):
                affirming.append(words)  # (not what was expected, planned or may be: "had expected around 20 arrests")
    if not affirming or not denying:
        return False
    said = {_mark(t) for t in statement.tokens if t.is_content or t.is_number or t.lower in _WH_WORDS} - {lemma}
    if said & (set().union(*denying) - set().union(*affirming)):
        return False  # the statement tells what only the denial is of
    told = {_mark(t) for t in statement.tokens[at + 1:] if t.is_content or t.is_number or t.lower in _WH_WORDS}
    if not told or not told <= set().union(*affirming):
        return False  # what the statement denies it of, the affirming clause must tell: "did not approve the Orrin
        # scheme" is of no scheme the claim names
    s_ctx = _context(statement, statement.tokens[at].start, statement.tokens[at].end)
    return bool(s_ctx) and max(_soft_share(s_ctx, w) for w in affirming) > max(_soft_share(s_ctx, w) for w in denying)


_REFERRING_PRONOUNS = frozenset("it its they their he his she her".split())
_WH_WORDS = frozenset("when where why how whether what which who".split())
_HEDGES = frozenset("would could may might should will can".split())  # a clause of what may be tells no act


def _question_after(analysis, lemma: str) -> str:
    """The question word right after a word of that lemma ("refused to say when": when), or ""."""
    toks = analysis.tokens
    return next((toks[k + 1].lower for k, t in enumerate(toks[:-1]) if t.lemma == lemma and toks[k + 1].lower in _WH_WORDS), "")


def _mark(tok) -> str:
    """What a word tells a clause by: its lemma, or as written for a name, a day or a figure."""
    return tok.lower if tok.is_cap or tok.is_number else tok.lemma


@_per_analysis
def _subject_marks(analysis) -> frozenset:
    """The names and words of a text's opening subject, before its first verb ("Harton Museum was ...")."""
    out = set()
    for k, t in enumerate(analysis.tokens):
        if analysis.verbal(k) or t.lower in AUXILIARIES:
            break
        if t.is_content or t.is_number:
            out.add(_mark(t))
    return frozenset(out)


@_per_analysis
def _clauses_with(analysis, lemma: str, fine: bool = False) -> tuple:
    """(start, end) of each clause of the text (between ";", ". " and ", but"-like joints; ``fine``: also a
    plain "but" or "and" that opens a predicate, see _fine_clause) with a word of that lemma."""
    spans = []
    for tok in analysis.tokens:
        if tok.lemma == lemma and 0 <= tok.start < IN_QUOTE:
            span = _fine_clause(analysis, tok.start) if fine else _clause(analysis, tok.start)
            if span not in spans:
                spans.append(span)
    return tuple(spans)


def _other_clause_denied(denying, lemma, other) -> bool:
    """Does the side that denies the word deny it only as the subject or the object of a verb the other
    side does not have ("no driver will be made redundant" says nothing against "drivers accepted a
    pay deal", nor "did not win a single seat" against "took four seats")?"""
    verb = denied_subject_verb(denying, lemma) or denied_object_verb(denying, lemma)
    # (nor where the other side tells that verb in another mood: "no pupil would have to move between
    # the sites" says nothing against "a third of its pupils travel to school by bus")
    return bool(verb) and not any(_same_predicate(verb, word) and _same_mood(other, word, denying, verb) for word in other.content)


# words that open a clause of its own, with its own polarity ("did not deny that staffing played a part")
_OWN_CLAUSE_OPENERS = frozenset(["that", "whether", "if"])
_NEGATION_REACH = 8  # words from a denied verb to what it takes ("a large and modern new school"), within its clause


def _act_denied_by_both(denying, lemma, other) -> bool:
    """Does the other side deny the act the denied word's phrase is the subject of ("not one union member
    crossed the picket line" / "none of its members crossed it")? Both deny one act; the word is no
    contradiction of it."""
    at = denying.content.get(lemma, -1)
    if at < 0:
        return False
    verb = next((tok.lemma for m, tok in enumerate(denying.tokens[at + 1:at + 6], start=at + 1) if denying.verbal(m)), "")
    return bool(verb) and verb in denying.negated and any(_same_predicate(verb, n) for n in other.negated)


def _verb_just_before(analysis, start: int) -> str:
    """The lemma of the verb within three words before a position, light verbs too ("made 14 arrests", "made
    no arrests"), or ""."""
    analysis, start = analysis.where(start)
    toks = analysis.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    return next((toks[k].lemma for k in range(at - 1, max(-1, at - 4), -1) if analysis.verbal(k)), "")


def _denied_by_a_determiner(analysis, lemma) -> bool:
    """Is the denial of the verb a subject's "no" or "none of" ("No arrests were made"), not "not"?"""
    at = analysis.content.get(lemma, -1)
    return at > 0 and not any(t.lower in ("not", "n't", "never") for t in analysis.tokens[:at]) \
        and any(t.lower in ("no", "none") for t in analysis.tokens[:at])


def _passive_doer(analysis, lemma) -> bool:
    """Is the word the doer a passive's "by" names ("no arrests were made by police")?"""
    at = analysis.content.get(lemma, -1)
    toks = analysis.tokens
    k = at - 1
    while k > 0 and toks[k].lower in DETERMINERS:
        k -= 1
    return k > 1 and toks[k].lower == "by" and analysis.verbal(k - 1) and toks[k - 1].lower.endswith(("ed", "en", "de", "t", "n"))


_EMPHATIC_NONE = frozenset(["single", "solitary", "lone"])  # "not a single seat": none at all, no narrower kind
_COMPLEMENT_PREPOSITIONS = frozenset(["for", "of", "over", "about", "into", "against"])


def _in_denied_phrase(analysis, lemma) -> bool:
    """Does the word stand in a noun phrase "no" or "without" opens ("has had no permanent chief
    executive": no executive is asserted, only that there is none)?"""
    at = analysis.content.get(lemma, -1)
    toks = analysis.tokens
    for j in range(at - 1, max(-1, at - 1 - _RESTRICTION_REACH), -1):
        if toks[j].lower in ("no", "without"):
            return not any(t.lower in ("not", "n't", "never") for t in toks[max(0, j - 2):j])  # ("will not be no
            # flights": two denials of one thing affirm it)
        if toks[j].lower in _COMPLEMENT_PREPOSITIONS and j > 0 and toks[j - 1].is_content and not toks[j - 1].is_cap \
                and not analysis.verbal(j - 1):
            continue  # "no arrests for violence": the denied noun's complement is denied with it
        if not toks[j].is_content or toks[j].is_cap or analysis.verbal(j):
            return toks[j].lower in DETERMINERS and j > 0 and toks[j - 1].lower == "without"  # "without a permanent ..."
    return False


def _counted_by_none(analysis, lemma) -> bool:
    """Does the word stand in the phrase "none of" counts ("none of its members crossed")? What is
    denied is its verb; the word is not asserted to have done it."""
    at = analysis.content.get(lemma, -1)
    toks = analysis.tokens
    for j in range(at - 1, max(0, at - 4), -1):
        if toks[j].lower == "of" and toks[j - 1].lower == "none":
            return True
        if toks[j].is_content and not is_possessive(toks[j]):
            return False
    return False


# how far back from a denied noun its negator may stand, past the words that restrict it ("no
# permanent chief executive")
_RESTRICTION_REACH = 4


def _denial_narrower(denying, lemma, other) -> bool:
    """Does the side that denies the noun deny only a narrower kind of it than the other side names:
    a word restricting it between the negator and the noun ("no permanent chief executive"), or the
    verb of its infinitive after it ("no plans to cut jobs"), which the other side does not have?"""
    at = _index_of(denying, lemma)
    toks = denying.tokens
    if at <= 0 or toks[at].lower.endswith("ing") or (denying.verbal(at) and toks[at - 1].lower != "no"
                                                      and toks[at - 1].lower not in DETERMINERS):
        return False  # a verb's denial is no noun's ("no longer buying chips"; but "there were no plans" is a
        # noun's, whatever verb "plans" may be)
    restricting = []
    for j in range(at - 1, max(-1, at - 1 - _RESTRICTION_REACH), -1):
        if toks[j].lower in NEGATORS or (toks[j].lower == "longer" and j > 0 and toks[j - 1].lower == "no"):
            break
        if toks[j].is_content and not toks[j].is_cap and not toks[j].is_number and not denying.verbal(j) \
                and english.lemma(toks[j].lower) not in INTENT_WORDS | _EMPHATIC_NONE:  # ("not planning a flotation",
            restricting.append(toks[j].lemma)  # "did not win a single seat", "has not received any grants" deny it all)
    else:
        restricting = []  # no negator before the noun's phrase: its denial comes from elsewhere
    if at + 2 < len(toks) and toks[at + 1].lower == "to" and english.can_be_verb(toks[at + 2].lower) and toks[at + 2].is_content:
        restricting.append(toks[at + 2].lemma)
    elif at + 2 < len(toks) and toks[at + 1].lower == "for" and not (toks[at + 2].is_number or toks[at + 2].lower in NUMBER_WORDS):
        # "no plans for compulsory redundancies": the head of the phrase after "for" (not a length of time:
        # "without his medication for three days")
        k = next((k for k in range(at + 2, min(len(toks), at + 5)) if toks[k].is_content and not toks[k].is_cap), -1)
        if k >= 0:
            while k + 1 < len(toks) and k < at + 5 and toks[k + 1].is_content and not toks[k + 1].is_cap:
                k += 1
            restricting.append(toks[k].lemma)
    return any(not any(_same_predicate(word, said) for said in other.content) for word in restricting)


def _under_negation(analysis, lemma) -> bool:
    """Does the word stand in what a denied verb takes, a few words on in its clause ("do not include
    a new school": the school is not asserted, it is denied with the including)?"""
    return bool(_denied_verb_over(analysis, lemma))


def _denied_verb_over(analysis, lemma) -> str:
    """The denied verb whose taking the word stands in (see _under_negation), or ""."""
    at = analysis.content.get(lemma, -1)
    if at < 0:
        return ""
    toks = analysis.tokens
    for j in range(at - 1, max(-1, at - 1 - _NEGATION_REACH), -1):
        if not toks[j].lower[:1].isalnum() or toks[j].lower in _OWN_CLAUSE_OPENERS:
            return ""  # a clause of its own ("did not deny that staffing played a part") has its own polarity
        if toks[j].lemma in analysis.negated and toks[j].lemma != lemma and (analysis.verbal(j) or _gerund_ruled_out(toks, j)):
            if toks[j].lemma in NEGATIVE_IMPLICATIVES and j + 1 < len(toks) and toks[j + 1].lower == "to":
                return ""  # "did not refuse to join": the refusal is denied, and so the joining asserted
            if toks[j].lemma in REPORTING and any(analysis.verbal(k) or toks[k].lower in AUXILIARIES for k in range(j + 1, at)):
                return ""  # "did not say the council had received ...": what is said is a clause of its own
            return toks[j].lemma
    return ""


def _denied_apart(analysis, lemma, other) -> bool:
    """Is ``other``, under the denial of ``lemma``, denied by a negation of its own ("did not say it
    had no plans to sell": sell), not by the one that denies ``lemma`` ("will receive no bonus": the
    one "no" denies both)?"""
    if other not in analysis.negated:
        return False
    at, there = _index_of(analysis, lemma), _index_of(analysis, other)
    toks = analysis.tokens
    if at < 0 or there <= at:
        return False
    own_before = any(t.lower in NEGATORS for t in toks[max(0, at - 3):at])
    return own_before and any(t.lower in NEGATORS for t in toks[at + 1:there])


def _gerund_ruled_out(toks, j) -> bool:
    """Is token j the gerund a choice excludes ("ruled out putting up fares", "decided against renewing
    it")? What it takes is denied with it, as a denied verb's object is."""
    return toks[j].lower.endswith("ing") and j >= 2 and toks[j - 1].lower in ("out", "against") \
        and (toks[j - 2].lemma == "rule" or toks[j - 2].lemma in CHOOSING)


def _asserted_under_its_denial(analysis, lemma) -> bool:
    """Is the word asserted though a denied verb may stand over it? Not under one, or under one that
    leaves it so: "have never stopped catching up" asserts the catching up, and "did not rule out
    standing again" leaves the standing possible, which "ruled out standing" denies."""
    over = _denied_verb_over(analysis, lemma)
    return over in STOPPING | {""} or (over == "rule" and analysis.predicate_modality.get(lemma) == POSSIBLE)


def _determined(analysis, lemma) -> bool:
    """Does a determiner open the phrase the word stands in, before a noun ("the expected cost of
    Line 3", "its planned closure")? Then it modifies the noun, whatever follows."""
    at = analysis.content.get(lemma, -1)
    toks = analysis.tokens
    return 0 < at < len(toks) - 1 and toks[at - 1].lower in DETERMINERS and toks[at + 1].is_content \
        and not toks[at + 1].is_cap and not toks[at + 1].is_number and not analysis.verbal(at + 1)


def _modifier(analysis, lemma) -> bool:
    """Does the word stand before a noun as its modifier ("a joint working group"), asserting no
    act? "Did not join" is no contradiction of "a joint group" (one word family, not one predicate)."""
    at = analysis.content.get(lemma, -1)
    toks = analysis.tokens
    if at < 0 or at + 1 >= len(toks) or analysis.verbal(at) or toks[at].lower != toks[at].lemma:
        return False  # a participle ("the announced plans") or an inflected word still asserts it
    following = toks[at + 1]
    return following.is_content and not following.is_number and not following.is_cap and (
        at + 2 >= len(toks) or toks[at + 2].lower not in ("of", "to"))


def _same_time(statement, claim) -> bool:
    """Can the two be about the same time? "We purchased chips every year" (past) and "can no longer
    procure them" (after some change) are not; nor "used to buy" and "buys"."""
    kinds = {kind for kind, _ in statement.frames}, {kind for kind, _ in claim.frames}
    if kinds[1] == {"after"} and not statement.present and not statement.frames and not _dated_after(statement, claim) \
            and (claim.present or ("after", "*") in claim.frames) and not (statement.modality == claim.modality == FUTURE):
        return False  # (a claim that tells the time before the change as well tells of any time; one that
        # tells in the past of an act after an event, "sacked their manager after seven defeats", dates the act; a
        # change to come, "will no longer have free parking from January", and a statement of what will be are both
        # of the time after it: "parking will remain free after January")
    if kinds in (({"before"}, {"after"}), ({"after"}, {"before"})):
        return False  # "used to buy" and "no longer buying": before and after a change, both true
    if any(kind == "after" for kind, _ in statement.frames) and not claim.present and not claim.frames \
            and not any(t.lemma in STOPPING for t in claim.tokens) and not _tells_the_event_after(statement, claim):
        return False  # (but "never stopped delivering" tells of the stopping "stopped delivering" tells of, and "closed
        # its inquiry and took no further action" of the time after the closing "after closing its inquiry" names)
    return True


def _first_time_after_none(first, denying) -> bool:
    """Does one text tell something "for the first time" and the other deny it "before" ("had not bred
    snow leopards before")? A first time is what comes after none: both hold."""
    toks = first.tokens
    return ("before", "*") in denying.frames and bool(denying.negated) and any(
        t.lower == "first" and 0 < k < len(toks) - 1 and toks[k + 1].lower == "time" and toks[k - 1].lower in ("the", "its", "their", "his", "her")
        for k, t in enumerate(toks))


def _held_after_the_denial(denying, other) -> bool:
    """Does one text deny something up to a year ("none would be ready before 2027", "no driver will be
    made redundant until 2027") and the other tell it of that year or later ("ready by the end of
    2027", "will not be ready until 2027")? A denial up to a time says nothing of the time after it."""
    if not denying.negated:
        return False
    bounds = [(d.year, d.month or 1) for d in denying.calendar_dates if d.year and d.relation in _UP_TO]
    told = [d for d in other.calendar_dates if d.year]
    # (a time "not until" or "not before" bounds is when it starts: "will not be connected until 2029")
    return bool(bounds and told) and all((d.year, d.month or 12) >= max(bounds)
                                         and (d.relation not in _UP_TO or _not_until(other, d, _UP_TO)) for d in told)


_UP_TO = frozenset(["before", "until", "till"])  # relations of a date that bounds a time from above


def _tells_the_event_after(statement, claim) -> bool:
    """Does the claim tell, as done, the event the statement's "after" names ("after closing its
    inquiry" / "closed its inquiry and ...")? Then its other acts are told of the time after it too."""
    return any(event != "*" and event not in claim.negated and any(_same_predicate(event, word) for word in claim.content)
               for kind, event in statement.frames if kind == "after")


def _dated_after(statement, claim) -> bool:
    """Is every date the statement gives later than every date of the claim ("sold alcohol in 2021"
    against "stopped selling it after the 2019 riot"): a time after the change the claim tells?"""
    said = [d.year for d in statement.calendar_dates if d.year]
    told = [d.year for d in claim.calendar_dates if d.year]
    return bool(said and told) and min(said) > max(told)


def _same_mood(statement, lemma, claim, other) -> bool:
    """Both assert it the same way: "will name" (a plan) does not contradict "did not name"; a noun
    set against a verb takes the mood of its clause ("there would be no cap" against "the field will
    be capped")."""
    a, b = _mood(statement, lemma), _mood(claim, other)
    if OPINION in (a, b) and a != b:
        return False  # what ought to be is no answer to what is or will be ("the site should have a
        # school" / "there will be no new school"), a thing or an act
    if lemma not in statement.predicate_modality and other not in claim.predicate_modality:
        return True  # two things, no act: no tense to compare ("the plans include a new school" / "there will be no new school")
    return a == b or "fact" not in (a, b)


def _mood(analysis, lemma) -> str:
    said = analysis.predicate_modality.get(lemma)
    if said is not None:
        return said
    at = _index_of(analysis, lemma)
    return modality_at(_markers(analysis), at) if at >= 0 else FACT


_markers = _per_analysis(modality_markers)  # read once a text, whatever the number of words asked of it


def _index_of(analysis, lemma) -> int:
    """The index of the word in the text: its content word's, or a word of a figure ("7.4 kilometres")
    or a weak word ("plans"), which the content leaves out; -1 when the text has none (the quote's)."""
    at = analysis.content.get(lemma, -1)
    if at < 0:
        at = next((k for k, t in enumerate(analysis.tokens) if lemma in (t.lemma, t.lower)), -1)
    return at


def _same_actor(statement, lemma, claim, other, places) -> bool:
    if _voted_by_a_count(statement, lemma):
        return False  # "Two councillors voted against supporting it": some voters' vote, whatever the body decided
    a, b = statement.agents.get(lemma), claim.agents.get(other)
    if a is None or b is None:
        return True
    # any doer the claim gives the word: "Reform UK did not win a seat" against "the Green Party won 3 seats ...
    # and Reform UK won 2 seats"
    return any(m.name == a.name or same_name(a.name, m.name, places) for m in claim.agents.every.get(other, (b,)))


def _voted_by_a_count(analysis, lemma) -> bool:
    """Is the word what a count of voters voted for or against ("Four councillors voted against closing it")?"""
    at = analysis.content.get(lemma, -1)
    return at >= 0 and any(k < at <= k + 3 for k, _, _ in side_counts(analysis))


def _span(analysis, lemma) -> tuple:
    i = analysis.content.get(lemma)
    return (analysis.tokens[i].start, analysis.tokens[i].end) if i is not None and i >= 0 else ()


def denials(statement, claim) -> list:
    """A denial the claim does not make: the statement says X did not happen, and the claim denies
    nothing of the kind ("the SIA refused to join" is not what "the SIA did not respond" says).
    Not a conflict; it only keeps the claim from supporting the statement."""
    for lemma in sorted(statement.negated):
        if _voted_by_a_count(statement, lemma):
            continue  # "Seven councillors voted against closing it": a side of a vote, which its tally tells (tally_sides)
        if (not any(lemma == n or word_similarity(lemma, n) >= 0.8 or _denied_alike(statement, lemma, claim, n)
                    or _undergoer_denied_alike(statement, lemma, claim, n)
                    or (way_of(lemma) != "" and way_of(lemma) == way_of(n))  # "no fare increase" / "fares will not rise"
                    or _denials_share(statement, lemma, claim, n) for n in claim.negated)
                or _never_against_since_a_change(statement, lemma, claim)) \
                and not _first_since(claim, statement, lemma) and not _contrary_told(statement, lemma, claim) \
                and not _rest_told(statement, lemma, claim) and not _rest_told_as_done(statement, lemma, claim):
            return [SlotCheck("polarity", "uncovered", f"not {_surface(statement, lemma)}", "no denial")]
    for lemma in sorted(statement.affirmed - set(claim.content)) if not statement.negated else ():
        # ... and the other way round (of a statement that denies nothing itself: "left it unable to
        # buy them" denies with its own words): the claim denies, in a verb of its own, what the statement's
        # verb does to the same things ("can still buy batteries from them" / "can no longer procure
        # batteries from them"): the verbs may differ in meaning, but the claim cannot back it
        denied = next((n for n in sorted(claim.negated) if n not in statement.content
                       and _denied_alike(statement, lemma, claim, n, names=False, light=True)), None)
        if denied and not any(word_similarity(lemma, a) >= 0.8 for a in claim.affirmed) \
                and _same_actor(statement, lemma, claim, denied, frozenset()):
            return [SlotCheck("polarity", "uncovered", _surface(statement, lemma), f"not {_surface(claim, denied)}")]
    return []


def _rest_told_as_done(statement, lemma, claim) -> bool:
    """Does the claim tell the rest of the whole the statement denies ``lemma`` of as doing it ("five of its
    52 bridges were not inspected" / "of the 52 bridges, 47 were inspected")? See complements."""
    at = statement.content.get(lemma, -1)
    return at >= 0 and any(_same_predicate(lemma, other) and told_of_the_rest(statement, at, claim, claim.content[other])
                           for other in claim.affirmed if claim.content.get(other, -1) >= 0)


def _denials_share(statement, lemma, claim, other) -> bool:
    """Do the two denials take a word alike ("would not pay a dividend" / "will receive no dividend",
    "would not lead to any job losses" / "no jobs would be lost", "no one was reported to have fallen
    ill" / "no illnesses were reported")? A denied verb denies what it takes, and a denied noun is
    what its clause denies: the same thing denied is the same denial told from another side."""
    mine, theirs = _denied_scope(statement, lemma), _denied_scope(claim, other)
    return _any_alike(mine, theirs, 0.8)


_SCOPE_ENDS = frozenset("in of at for on with from by to after before during over under about against between into "
                        "through since until as than because within".split())


def _denied_scope(analysis, lemma) -> frozenset:
    """The denied word and the content words it takes, up to the first preposition or comma after them
    (past one right after it: "lead to", and past determiners and "any"): "did not pay a dividend for
    2024" gives pay, dividend."""
    toks, out = analysis.tokens, {lemma}
    if lemma in WEAK_WORDS or lemma in _HOLDING or raising_verb(toks, lemma):
        return frozenset(out)  # "did not expect to win" denies the expecting, not the winning
    # (a light or a reporting verb is no content word, but denies what it takes: "would not pay a dividend")
    at = analysis.content.get(lemma, next((k for k, t in enumerate(toks) if t.lemma == lemma), -1))
    if at < 0:
        return frozenset(out)
    out |= _denied_with_before(analysis, at)
    for j in range(at + 1, min(len(toks), at + 1 + _NEGATION_REACH)):
        tok = toks[j]
        if not tok.lower[:1].isalnum() or tok.is_number or tok.lower in _OWN_CLAUSE_OPENERS or tok.lower in ("and", "or", "but") \
                or "," in analysis.text[toks[j - 1].end:tok.start]:
            break
        if tok.lower in _SCOPE_ENDS:
            if j == at + 1:
                continue  # "lead to", "result in": the verb's own particle
            break
        if tok.is_content and not tok.is_cap:
            out.add(tok.lemma)
    return frozenset(out)


def _denied_with_before(analysis, at: int) -> set:
    """The content words before a denied word that its denial is of: the adverbs that modify it ("none
    was seriously ill": seriously), and, past the negation or the auxiliaries before it, the nouns of
    its subject ("denied that season ticket prices would rise": season, ticket, price). A denial
    denies a whole proposition, its subject with its verb: "prices will not rise" and "ruled out
    putting up prices" deny one thing (not "no" before a noun: "include no new school" has no subject)."""
    toks, out, j = analysis.tokens, set(), at - 1
    while j >= 0 and toks[j].lower.endswith("ly") and not toks[j].is_cap and not analysis.verbal(j):
        out.add(toks[j].lemma)  # "seriously ill", "fully open"
        j -= 1
    passed = j
    while j >= 0 and (toks[j].lower in _VERBAL_NEGATORS or toks[j].lower in AUXILIARIES or toks[j].lower in _BE_FORMS
                      or toks[j].lower in _SUBJECT_AUXILIARIES or toks[j].lower in PREVERBAL_ADVERBS):
        j -= 1
    # "No trains ran", "no jobs will be lost": a subject opened by "no" is what the denial is of, with its verb
    k = j
    while k >= 0 and toks[k].is_content and not toks[k].is_cap and not toks[k].is_number and not analysis.verbal(k):
        k -= 1
    if k < j and k >= 0 and toks[k].lower == "no" and (k == 0 or not analysis.verbal(k - 1)):
        return out | {toks[i].lemma for i in range(k + 1, j + 1)}
    if j == passed or any(t.lower in ("no", "none") for t in toks[j + 1:at]):
        return out  # no auxiliary nor negation right before the word: what precedes it is no subject of it
    k = j  # past a place or a body the subject is of: "bus fares in Kelby would rise"
    while k >= 0 and j - k < _SUBJECT_PHRASE and (toks[k].is_cap or toks[k].lower in DETERMINERS):
        k -= 1
    if k < j and k >= 1 and toks[k].lower in ("in", "at", "of", "for", "on", "across"):
        j = k - 1
    if j >= 1 and toks[j].lower in ("that", "which", "who") and toks[j - 1].is_content and not analysis.verbal(j - 1):
        j -= 1  # "repairs that were never carried out": the relative stands for the noun before it, its subject
    # the subject's nouns, up to its determiner or the clause's opening (a plural read as a verb is one
    # of them: "bus fares"; "said" is none)
    while j >= 0 and toks[j].is_content and not toks[j].is_cap and not toks[j].is_number \
            and (not analysis.verbal(j) or toks[j].lower.endswith("s")):
        out.add(toks[j].lemma)
        j -= 1
    return out


_SUBJECT_PHRASE = 4  # words of a name (and its "the") after the subject's nouns: "in the Kelby area"


_VERBAL_NEGATORS = frozenset(w for w in NEGATORS if w not in ("no", "none", "nobody", "nothing", "without"))
_SUBJECT_AUXILIARIES = frozenset(["be", "been", "being", "have", "having", "shall", "ought", "to"])


def _never_against_since_a_change(statement, lemma, claim) -> bool:
    """Does the statement deny the verb with "never" where the claim denies it only after a change
    ("no longer buys", "stopped buying")? "Never" denies it of all time; "no longer" says it once
    held, so it cannot back "never"."""
    at = statement.content.get(lemma, -1)
    if at < 0 or ("after", "*") not in claim.frames or any(t.lower == "never" for t in claim.tokens):
        return False
    lows = [t.lower for t in statement.tokens]
    if "since" in lows or "anymore" in lows or "again" in lows or any(a == "any" and b == "more" for a, b in zip(lows, lows[1:])):
        return False  # "has never run since 2020", "never runs any more": no longer, as the claim says
    return "never" in lows[max(0, at - 3):at]


def _contrary_told(statement, lemma, claim) -> bool:
    """Does the claim tell, of the same doer, what rules the denied verb out (see contrary_in)?"""
    j = contrary_in(statement, lemma, claim)
    return j >= 0 and _same_actor(statement, lemma, claim, claim.tokens[j].lemma, frozenset())


def _denied_alike(statement, lemma, claim, other, names=True, light=False) -> bool:
    """Do the two deny verbs of the same thing, in other words ("cannot buy them from outside" /
    "cannot procure chips from outside China")? Both verbs, and what follows them up to the end
    of the clause shares a word: the denial is the same; whether the verbs are is the model's. Or
    the statement denies having or including a thing the claim says there is none of ("the plans
    do not include a new school" / "there will be no new school"). ``light``: either verb may be
    one the content leaves out, a light verb or a phrasal one ("will take on research" / "will not
    carry out research")."""
    if lemma in _DENIED_AS_LACKING and other in statement.content and _under_negation(statement, other):
        return True
    if light:
        i, j = _index_of(statement, lemma), _index_of(claim, other)
    else:
        # (a verb of saying is no content word, but is what its denial denies: "had not reported the spills")
        i = statement.content.get(lemma, -1) if lemma not in REPORTING else _index_of(statement, lemma)
        j = claim.content.get(other, -1) if other not in REPORTING else _index_of(claim, other)
    if i < 0 or j < 0 or not statement.verbal(i) or not claim.verbal(j) or other in english.antonyms(lemma):
        return False
    if light:  # a light verb's meaning is in what it takes: that must be the same thing
        return bool(_taken_words(statement, i) & _taken_words(claim, j))
    return bool(_rest_of_clause(statement, i, names) & _rest_of_clause(claim, j, names))


def _undergoer_denied_alike(statement, lemma, claim, other) -> bool:
    """Do both deny, in the passive, a verb of what the same thing underwent, in other words ("the bed
    rails ... were not put in place" / "the bed rails ... were never fitted"; "the repairs ... were never
    done" / "work that was never carried out")? The subject of a passive is what the act befalls, so
    the words before the two verbs share one: the same thing denied the same act, as far as words tell."""
    i, j = _index_of(statement, lemma), _index_of(claim, other)
    if i <= 0 or j <= 0 or other in english.antonyms(lemma) or not (_passive_at(statement, i) and _passive_at(claim, j)):
        return False
    return bool(_subject_words(statement, i) & _subject_words(claim, j))


def _passive_at(analysis, i: int) -> bool:
    """Is token i a participle after a form of "be" (past "not", "never" and adverbs): "were never fitted"?"""
    toks = analysis.tokens
    k = i - 1
    while k >= 0 and (toks[k].lower in NEGATORS or toks[k].lower in PREVERBAL_ADVERBS or toks[k].lower in ("been", "being")):
        k -= 1
    low = toks[i].lower
    return k >= 0 and toks[k].lower in _BE_FORMS and (low in SAME_PARTICIPLE or english.inflected_verb(low) and not low.endswith(("s", "ing")))


def _subject_words(analysis, i: int) -> set:
    """The common words before token i, in its sentence (of its clause and the noun phrase a relative
    "that" or "which" takes up): what a passive verb's subject names."""
    lo, _ = _clause(analysis, analysis.tokens[i].start)
    return {t.lemma for k, t in enumerate(analysis.tokens[:i]) if t.start >= lo and t.is_content and not t.is_number
            and not t.is_cap and not analysis.verbal(k)}


# adverbial particles, which make a phrasal verb with the verb before them (Quirk et al. 1985, 16.2)
_PARTICLES = frozenset("on out up down off back over away forward ahead through".split())


def _taken_words(analysis, index: int) -> set:
    """The common words of the noun phrase a verb takes, past its particle, to the first word of
    another kind ("take on research work for ...": research, work; "carry out research": research)."""
    toks = analysis.tokens
    k = index + 1
    if k < len(toks) and toks[k].lower in _PARTICLES:
        k += 1
    found = set()
    for k in range(k, len(toks)):
        tok = toks[k]
        if tok.lower in DETERMINERS or is_possessive(tok):
            continue
        if not tok.is_content or tok.is_number or tok.is_cap:
            break  # (not at a word read as a verb: after a verb, "repairs" is what it takes)
        found.add(tok.lemma)
    return found


# verbs whose denial is the lack of their object: "does not have any staff" is "has no staff"
_DENIED_AS_LACKING = INCLUSION | frozenset(["have"])


def _rest_of_clause(analysis, index: int, names=True) -> set:
    """The content words after a word, to the end of its clause (see _clause); ``names``: with the
    words of names."""
    word = analysis.tokens[index]
    _, end = _clause(analysis, word.start)
    return {tok.lemma for tok in analysis.tokens[index + 1:] if tok.start < end and tok.is_content and not tok.is_number
            and (names or not tok.is_cap)}


def _first_since(claim, statement, lemma) -> bool:
    """Does the claim say the statement's "had not ... since 1998" as "the first time ... since 1998"?
    "The first time Redmoor have been promoted since 1998" says they were not promoted in between."""
    lows = [t.lower for t in claim.tokens]
    if "first" not in lows or "since" not in lows[lows.index("first"):] or "first" in (t.lower for t in statement.tokens):
        return False
    at, until = lows.index("first"), len(lows) - lows[::-1].index("since") - 1
    # the event counted is the verb between "first (time)" and "since": "first time ... have been promoted since"
    verbs = [claim.tokens[k].lemma for k in range(at + 1, until) if claim.tokens[k].is_content and claim.verbal(k)]
    return "since" in (t.lower for t in statement.tokens) and any(_same_predicate(lemma, v) for v in verbs)


def _superlative(tok) -> bool:
    """Is the word a superlative ("lowest", "biggest", "worst")? One thing holds it among others."""
    return tok.lower.endswith("est") and tok.lemma != tok.lower or tok.lower in ("worst", "best", "least", "most")


def _holders_differ(statement, i, claim, j) -> bool:
    """Do the two name different things as what holds the word, the first name before it in its
    clause ("Oxcombe had the lowest rents" / "Brackenby had the highest")?"""
    a, b = _holder(statement, i), _holder(claim, j)
    return bool(a and b) and a != b and not same_name(a, b)  # (a name after the word may be the area:
    # "the lowest rents in Harrowshire were in Kelby" names no holder before it)


def _holder(analysis, i) -> str:
    """The name that holds the graded word at ``i``: its owner, but for a name in the possessive right
    before it (or before its ordinal) after another name in its clause, which names the field, as "in"
    does: "Pellmark is Northmere's largest chain" is the largest in Northmere, and Pellmark holds it."""
    toks = analysis.tokens
    owner = _owner(analysis, toks[i].start)
    k = i - 1 if i > 0 and toks[i - 1].lower in quantity_parser.ORDINAL_WORDS else i
    field = next((m for m in analysis.mentions if m.name == owner and m.last == k - 1 and possessive_at(toks, analysis.text, m.last)), None)
    if field is None:
        return owner
    lo, _ = _clause(analysis, toks[i].start)
    return next((m.name for m in analysis.mentions if lo <= m.start and m.last < field.first), owner)


def opposites(statement, claim) -> list:
    """A word where the claim has its antonym ("rose" / "fell", "domestic" / "foreign"). A text that
    holds both words ("public and private") contrasts them: only the same phrase decides there. An
    opinion ("should") and a statement of fact oppose nothing in each other; nor does a change to
    come ("would climb to 40p by the autumn") and one that has been ("averaged 38.4p, down from
    41.2p"), as with figures and dates (figures_and_dates)."""
    found = _opposites(statement, claim)
    if found and claim.modality == FACT and not claim.present and not _planned(claim):
        found = [c._replace(relation="related") if c.relation == "conflicts" and _of_change(c) and _change_planned(statement, c)
                 else c for c in found]
    if any(c.relation == "conflicts" and _of_change(c) for c in found) \
            and (_ends_where_the_other_starts(statement, claim) or _ends_where_the_other_starts(claim, statement)):
        found = [c._replace(relation="related") if c.relation == "conflicts" and _of_change(c) else c for c in found]
    return ([c for c in found if c.relation == "conflicts"] or found)[:1]  # the first that still contradicts


def _ends_where_the_other_starts(one, other) -> bool:
    """Does one text's change end at the level the other's change starts from, at the time of that level ("climbed
    by 35,000 to 186,000 in the year to March 2024" / "fell to 142,000, down from 186,000 in the year to March
    2024")? Two changes one after the other, each of its own time: their ways may differ ("rose, then fell")
    without contradiction. (Told of the later time, "fell last season, to 13,900" against "rose to 15,730 last
    season from 13,900", it is the claim's own change, told the wrong way.)"""
    for q in one.quantities:
        if q.start < 0 or _after_from(one, q) or change(one, q):
            continue
        for earlier in other.quantities:
            when = _date_beside(other, earlier) if earlier.start >= 0 and _after_from(other, earlier) else None
            if when is not None and quantity_parser.compatible(q, earlier) and quantity_parser.relation(q, earlier) == "supports" \
                    and any(date_parser.relation(_as_read(one, d), _as_read(other, when)) == "supports" for d in one.calendar_dates) \
                    and not any(quantity_parser.compatible(q, later) and quantity_parser.relation(q, later) == "supports"
                                for later in other.quantities if later is not earlier):
                return True
    return False


@_per_analysis
def _told_as_last(analysis) -> bool:
    """Does the text tell when its event last happened ("its drivers last struck in 2009", "had last
    raised fares in 2019"): "last" right before its verb?"""
    toks = analysis.tokens
    return any(tok.lower == "last" and k + 1 < len(toks) and analysis.verbal(k + 1) for k, tok in enumerate(toks))


def _first_since_the_last(statement, claim) -> bool:
    """Does one side tell "the first ... since" a year the other tells "last" of? The first since a
    time is the first after the last, which was then."""
    since = {(side, d.year) for side in (statement, claim) for d in side.calendar_dates if d.relation == "since" and d.year}
    return any(d.year == year for side, year in since for d in (claim if side is statement else statement).calendar_dates)


_DONE_TO_REACH = 8  # tokens after a verb that its object may take up
_NAMED_HEAD_REACH = 3  # tokens before a noun where a name may say which one it is ("the Kelby Road clinic")
# words that end a verb's object: a preposition opens an adjunct ("backed the plans at Kelby Town Hall"),
# a conjunction or a relative word another clause
_OBJECT_ENDS = _PREPOSITIONS | frozenset("in on at into from and but while whereas which who that as".split())


_FOCUS_PREPOSITIONS = {"in": "place", "at": "place", "for": "for", "with": "with", "on": "on", "from": "from"}


def _complement_after(analysis, i: int):
    """(the preposition's kind, the content words, a name) of the phrase a preposition opens right after the verb at
    ``i`` ("taught at a private school": place, {private, school}), past adverbs and a particle; or None."""
    toks = analysis.tokens
    k = i + 1
    while k < len(toks) and (toks[k].lower.endswith("ly") or toks[k].lower in PREVERBAL_ADVERBS or toks[k].lower in ("up", "out")):
        k += 1
    if k >= len(toks) or toks[k].lower not in _FOCUS_PREPOSITIONS:
        return None
    kind, words, named = _FOCUS_PREPOSITIONS[toks[k].lower], set(), False
    for t in toks[k + 1:k + 1 + _DONE_TO_REACH]:
        if t.lower in _OBJECT_ENDS or not t.text[:1].isalnum() or (t.is_content and t.lemma in ("before", "after")):
            break
        if t.is_cap:
            named = True
        elif t.is_content and t.lower not in DETERMINERS:
            words.add(t.lemma)
    return kind, frozenset(words), named


def _denied_complement_unsaid(statement, i: int, claim, j: int) -> bool:
    """Does the claim deny its verb at ``j`` only of the thing a phrase after it names ("had never worked for a bank")
    and the statement tell its verb at ``i`` of something else, in a phrase of the same kind that does not say the
    claim's words ("worked for a building society")? A name may be the claim's thing ("worked for Harby Bank"): only
    common nouns on both sides tell the two apart."""
    if j < 0:
        return False
    mine, theirs = _complement_after(statement, i), _complement_after(claim, j)
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[2] or theirs[2] or not mine[1] or not theirs[1]:
        return False
    return not all(any(w == m or word_similarity(w, m) >= ALIGNED_WORD for m in mine[1]) for w in theirs[1])


def _done_to_another(statement, i: int, claim, j: int = -1) -> bool:
    """Is the statement's verb at ``i`` done to a thing its object names ("backed the Harbour Quay
    scheme") that the claim neither names nor calls by the same head noun? Then the claim's act, whatever
    its verb, is done to something else ("rejected plans for a supermarket on Mill Lane"). The object is
    the noun phrase right after the verb, up to a preposition, a conjunction, a verb or a punctuation
    mark ("rejected the pay offer, Unison said" names no object; "Mayor Sam Pike's budget" is a budget).
    Objects told by common nouns are set against the object of the claim's verb at ``j``, if given."""
    toks = statement.tokens
    end = _object_end(statement, i)
    named = [m for m in statement.mentions if i < m.first and m.last < end]
    if not named:
        return j >= 0 and _other_common_object(statement, i, claim, j)
    in_names = {k for m in named for k in range(m.first, m.last + 1)}
    if any(same_name(m.name, other) for m in named for other in claim.names):
        return False
    head = next((toks[k].lemma for k in range(end - 1, i, -1) if k not in in_names and toks[k].is_content), "")
    heads = [k for k, t in enumerate(claim.tokens) if head and t.lemma == head]
    # the claim's own budget, whoever's the statement says it is ("Mayor Sam Pike's budget"), unless the
    # claim names whose or which it is otherwise ("closed the Kelby Road clinic" / "opened the Dunmore Road clinic")
    return not heads or all(any(k - _NAMED_HEAD_REACH <= m.last < k for m in claim.mentions) for k in heads)


def _object_end(analysis, i: int) -> int:
    """The index after the last token of the object of the verb at ``i`` (see _done_to_another)."""
    toks, text = analysis.tokens, analysis.text
    end = min(len(toks), i + 1 + _DONE_TO_REACH)
    for k in range(i + 1, end):
        if k == i + 1 and not toks[k].lemma:
            continue  # the particle of a phrasal verb ("threw out the call")
        if analysis.verbal(k) or toks[k].lower in _OBJECT_ENDS or any(ch in ",;:.()" for ch in text[toks[k - 1].end:toks[k].start]):
            return k
    return end


def _other_common_object(statement, i: int, claim, j: int) -> bool:
    """Are the objects of the statement's verb at ``i`` and the claim's at ``j`` two things, each told by a
    common noun ("rejected a new school" / "approved 240 new homes"), the statement's nowhere in the claim, by
    its word or one like it? A name may be what a common noun stands for ("the event" / "the Larkfield
    Festival"), and a word for any decided thing ("the plans", "the scheme") whatever the claim calls it."""
    mine, theirs = _common_object(statement, i), _common_object(claim, j)
    if not mine or not theirs or mine == theirs:
        return False
    return not any(t.lemma == mine or t.lemma in english.family(mine) or word_similarity(mine, t.lemma) >= ALIGNED_WORD
                   for t in claim.tokens if t.is_content)


def _common_object(analysis, i: int) -> str:
    """The lemma of the head noun of the object of the verb at ``i``, where a determiner or a figure opens it, a
    common noun of no decided thing tells it and no name is in it ("rejected a new school": school); "" otherwise."""
    toks = analysis.tokens
    end = _object_end(analysis, i)
    if any(i < m.first and m.first < end for m in analysis.mentions):
        return ""
    opening = toks[i + 1] if i + 1 < end else None
    bare = opening is not None and _bare_object(analysis, i)  # "gained university status", "has frozen recruitment"
    if opening is None or not (opening.lower in DETERMINERS or opening.is_number or opening.lower in NUMBER_WORDS or bare):
        return ""  # a noun phrase a determiner or a figure opens, no complement ("was rated outstanding")
    if end < len(toks) and toks[end].lower == "of":
        return ""  # "a batch of pasta sauce", "10,000 jars of it": what is counted or measured follows "of"
    dated = [(d.start, d.end) for d in analysis.calendar_dates if d.start >= 0]
    head = ""
    for k in range(i + 1, end):  # the last noun before a time that ends the phrase ("the school last week")
        tok = toks[k]
        if any(lo <= tok.start < hi for lo, hi in dated) or tok.lower in _TIME_OPENERS or tok.lower in _TIME_ADVERBS \
                or _time_word(tok.lemma):
            break
        if tok.lemma in _DECIDED_THINGS or tok.lemma in _UNDERTAKINGS or tok.lower in ("it", "them", "this", "that"):
            return ""
        if tok.is_content and not tok.is_cap and tok.lower.isalpha() and not tok.lower.endswith("ly"):
            head = tok.lemma
    return head


def _bare_object(analysis, i: int) -> bool:
    """Does a common noun with no determiner follow the active verb at ``i`` as its object ("gained university
    status", "froze recruitment")? Not after a form of "be" or a copula, whose word is a complement ("was rated
    outstanding", "stayed open"), nor a word in -ly."""
    toks = analysis.tokens
    if not analysis.verbal(i) or i + 1 >= len(toks) or any(toks[k].lemma in _BE_FORMS or toks[k].lemma in _COPULAS_OF_STATE
                                                           for k in range(max(0, i - 2), i + 1)):
        return False
    nxt = toks[i + 1]
    return nxt.is_content and not nxt.is_cap and nxt.lower.isalpha() and not nxt.lower.endswith("ly") \
        and nxt.lower not in _TIME_ADVERBS and not analysis.verbal(i + 1)


_COPULAS_OF_STATE = STATE_COPULAS | {"get", "keep", "look", "sound", "feel"}  # (and the copulas of perception and keeping)


# words that name a thing done or decided by its kind, not by what it is ("the development", "the project")
_UNDERTAKINGS = frozenset("development project programme program work works thing one".split())
_TIME_ADVERBS = frozenset("yesterday today tonight earlier later".split())


def _change_planned(statement, check) -> bool:
    """Is the statement's word of change in a plan or forecast ("would climb"), not beside one ("will
    freeze bills after they fell")?"""
    words = check.statement_value.split()
    return bool(words) and statement.predicate_modality.get(english.lemma(words[-1].lower())) == FUTURE


def _of_change(check) -> bool:
    """Is the opposite one of a change in amount ("climb" / "down from", "rose" / "fell")?"""
    words = (check.statement_value.split() or [""])[-1].lower(), (check.claim_value.split() or [""])[0].lower()
    # (and a cut, or no change: "will cut its rate next month" against "kept its rate at 3.5 per cent")
    return any(way_of(english.lemma(w)) or w in ("up", "down") or english.lemma(w) in STEADY | CUT | _HELD_AT for w in words)


def _takes_a_pronoun(analysis, index: int) -> bool:
    """Does the word at ``index`` take a pronoun for its object ("chose to ignore them"), which stands
    for a noun its text names elsewhere?"""
    toks = analysis.tokens
    return index + 1 < len(toks) and toks[index + 1].lower in ("it", "them", "this", "these", "those")


# the two verbs of an order in time, each the other's converse (Cruse 1986, 10.5): "A preceded B", "B followed A"
_ORDER_CONVERSES = frozenset({"precede", "follow"})


_MIXED = frozenset(["mixed", "mix"])


def _head_after(analysis, i: int) -> str:
    """The lemma of the noun the word at ``i`` tells of: the common word after it ("mixed reviews": review), or
    for a word after "be", its subject's ("Ghost's reviews were positive": review); "" if neither."""
    toks = analysis.tokens
    after = next((t.lemma for t in toks[i + 1:i + 3] if t.is_content), "")
    if after:
        return after
    be = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].lower in _BE_FORMS), -1)
    if be < 0:
        return ""
    # the subject's first common noun, however long the subject ("Reviews of the Felby Players' new production of
    # Hamlet were": review; _subject_head reads a few words back only)
    named = {k for m in analysis.mentions for k in range(m.first, m.last + 1)}
    return next((t.lemma for k, t in enumerate(toks[:be]) if t.is_content and k not in named and not t.is_number), "")


def _head_before_verb(analysis, i: int) -> str:
    """The head of the subject of the verb at ``i``, past its auxiliaries ("The closure of the steelworks in
    1982 was followed": closure), as _subject_head reads it; or ""."""
    toks = analysis.tokens
    k = i
    while k > 0 and (toks[k - 1].lower in _BE_FORMS or toks[k - 1].lower in AUXILIARIES):
        k -= 1
    return _subject_head(analysis, k)


def _opposites(statement, claim) -> list:
    out = []
    # what ought to be ("should expand outside China") is no contradiction of what is ("was produced
    # inside the country"), nor the other way round; in a text of both, the mood of the clause a word
    # stands in decides ("Tuckett, who voted against the scheme, said 40 per cent should be affordable")
    mixed = (claim.modality == OPINION) != (statement.modality == OPINION)
    if mixed and statement.modality == OPINION:
        return _directions(statement, claim)
    opposable, statement_words = _opposable(statement)
    claim_words = _readings(claim) if opposable else {}
    undecided = apart = both_denied = None
    for i, tok, antonyms in opposable:
        hit = None
        if _fallen_to_a_taker(statement, i):
            continue  # "homes could fall to erosion": lost to it, no fall in a measure
        for reading, opposites_ in antonyms:
            for opposite in opposites_:
                j = claim_words.get(opposite)
                if j is None or opposite in statement_words:
                    continue
                if (reading in DIRECTED or opposite in DIRECTED) and _measures_differ(statement, i, claim, j):
                    # the word again, of the statement's measure ("the backlog fell ..., and the wait fell")
                    j = next((k for k, t in enumerate(claim.tokens) if k > j and opposite in (t.lemma, *english.lemmas(t.lower))
                              and not _measures_differ(statement, i, claim, k)), j)
                if mixed and modality_at(_markers(claim), j) == OPINION:
                    continue
                if _aimed_against_done(statement, reading, claim, opposite):
                    continue  # "has been trying to cut its costs" is no contradiction of "its costs grew"
                if _under_negation(claim, opposite) and not _under_negation(statement, reading) \
                        and claim.tokens[j].lemma == opposite and not claim.verbal(j):
                    continue  # "did not rise above freezing" denies the "above" it takes, which "stayed below zero" agrees
                    # with (a verb's own opposite is the polarity's to read: "did not rise" / "fell")
                # (each text may tell both poles in other words: "had been shut ... before it reopened" against "its
                # opening weekend ...; it had been closed": the claim's "closed" is its word for the statement's)
                said = reading if reading in claim_words else _pole_in_other_words(reading, opposite, statement_words, claim_words)
                if not said and reading in DIRECTED and way_of(reading):
                    # a change the claim tells the statement's way in another verb ("fell by 4 per cent in 2024 after
                    # growing by 7 per cent in 2023" against "rose by 7 per cent in 2023"): the claim tells both ways
                    said = next((w for w in claim_words if w != opposite and w in DIRECTED and way_of(w) == way_of(reading)), "")
                if said:
                    # the claim uses both words; only the same phrase ("X technologies") or the same
                    # measure ("its profit rose") decides: the statement's must be nearer the opposite's
                    # than the claim's own word's ("a surplus of £1.4 million in 2024, after a deficit of
                    # £0.3 million"); a tie settles nothing either way
                    own, other = (_phrase_likeness(statement, i, claim, k) for k in (claim_words[said], j))
                    if own < other and _takes_a_pronoun(claim, claim_words[said]):
                        own = other  # "knew the rules and chose to ignore them": "them" is the rules, a tie at least
                    if own > other:
                        continue
                    tied = own == other
                else:
                    tied = False
                if reading in STEADY or opposite in STEADY:
                    if not (steady_use(statement, i, reading) and steady_use(claim, j, opposite)):
                        continue  # "bought a flat", "a new stable": nouns, not "held steady"
                    if _measures_differ(statement, i, claim, j):
                        apart = apart or ((tok, claim.tokens[j].text) if not _told_same_way(reading, claim_words) else None)
                        continue  # "turnover increased" against "a dividend of €0.85, unchanged": two measures
                    if (reading in CUT and not _made(statement, i)) or (opposite in CUT and not _made(claim, j)):
                        continue  # "job cuts", "lower prices": a change named, not one made
                elif {reading, opposite} <= RECEPTION and {reading, opposite} & _MIXED and _head_after(statement, i) != _head_after(claim, j):
                    continue  # "mixed-ability classes" is no reception of what "a positive report" is (positive and
                    # negative are antonyms whatever they tell of)
                elif _acts(statement, i, reading) != _acts(claim, j, opposite) and not {reading, opposite} <= RECEPTION:
                    # (a reception's word is its verdict however read: "received mixed reviews" is no mixing)
                    continue  # a noun and a verb ("some questions" / "answered") are no opposites; a
                    # participle with its doer is a verb (", losing 2-0 to Bramley")
                elif (_acts_as_relative(statement, i, reading) or _acts_as_relative(claim, j, opposite)) \
                        and _head_before(statement.tokens, i) != _head_before(claim.tokens, j) \
                        and reading not in INCLUSION | EXCLUSION:  # (what is taken in or left out is checked below)
                    continue  # "a man selling tickets" is the man's selling, not what "police bought"
                elif (reading in DIRECTED or opposite in DIRECTED) and _measures_differ(statement, i, claim, j):
                    apart = apart or ((tok, claim.tokens[j].text) if not _told_same_way(reading, claim_words)
                                      and way_of(reading) not in ways_told(claim) else None)
                    continue  # "revenue fell" against "profit rose": two measures, each going its way (and one
                    # the claim tells going the statement's way in other words, ", up 10 per cent", leaves the
                    # statement's change to its figures)
                if reading in INCLUSION | EXCLUSION and not _all_named_in(statement, i, claim_words):
                    continue  # "Lifts were left out of the standard" says nothing against one covering doors
                if opposite in OUTCOMES.get(reading, ()) and not (_a_result(statement, i) and _a_result(claim, j)):
                    continue  # "the loss of 120 jobs" is no result of a year's trading
                doer, other_doer = statement.agents.get(reading) or statement.agents.get(tok.lemma), claim.agents.get(opposite)
                if doer is not None and other_doer is not None and not same_name(doer.name, other_doer.name):
                    continue  # "Redmoor lost to Harton" and "Harton won": one event told from each side
                if same_transfer(statement, i, claim, j):
                    continue  # "the club was sold to Redline" and "was bought by Redline": one sale
                if comparative(tok.lower) and converse_in(statement, i, claim) == j:
                    continue  # "B is younger than A" and "A is older than B": one comparison, from each side
                if {reading, opposite} == _ORDER_CONVERSES and after_be(statement.tokens, i) != after_be(claim.tokens, j) \
                        and _head_before_verb(statement, i) == _head_before_verb(claim, j) != "":
                    continue  # "A was followed by B" is "A preceded B": the passive of a converse is the other's active
                if _tally_sides(claim) and any(k == i for k, _, _ in side_counts(statement)):
                    continue  # "four councillors voted against the plans" is a side of "approved them by nine votes to
                    # four", no decision against them (the count is checked against the tally: tally_sides)
                my_vote, their_vote = _vote_at(statement, i), _vote_at(claim, j)
                if "vote" in (statement.tokens[my_vote].lemma, claim.tokens[their_vote].lemma) \
                        and _voter_told_apart(statement, my_vote, claim, their_vote):
                    continue  # "councillors voted to give £30,000" and "Simon Pryde, who voted against the grant": two voters
                if (reading in CONTEST or opposite in CONTEST) and not _other_party_shared(statement, claim, doer, other_doer):
                    continue  # "beat Bramley in the cup" and "lost the league title": two contests
                if (reading in CONTEST or opposite in CONTEST) and statement.verbal(i) and claim.verbal(j) \
                        and _other_common_object(statement, i, claim, j):
                    continue  # "lost their grip on the council" and "kept his seat": each won or lost its own thing
                if (reading in CONTEST or opposite in CONTEST) and _counted_object(statement, i) and _counted_object(claim, j):
                    continue  # "lost ten seats" and "won 17 seats": a side wins some and loses others; the counts
                    # are the figures' to compare
                if (modality_at(_markers(statement), i) == COUNTERFACTUAL) != (modality_at(_markers(claim), j) == COUNTERFACTUAL):
                    continue  # "without the closure costs, its result would have been a profit" tells what did not
                    # happen: no contradiction of the loss that did
                denied = reading in statement.negated or tok.lemma in statement.negated or _subject_denied(statement, i)
                if denied != (opposite in claim.negated or claim.tokens[j].lemma in claim.negated or _subject_denied(claim, j)):
                    continue  # "did not rise" against "fell" is no contradiction
                if denied:
                    both_denied = both_denied or (tok, claim.tokens[j].text)
                    continue  # "will not cut council tax" against "will not raise it": both can hold, and
                    # neither tells the other
                if {reading, opposite} == {"first", "last"} and _first_since_the_last(statement, claim):
                    continue  # "the first strike since 2009" is what "its drivers last struck in 2009" says
                if _superlative(tok) and _holders_differ(statement, i, claim, j):
                    continue  # "Oxcombe had the lowest rents" and "Brackenby the highest": both can hold
                if _places_apart(statement, tok.start, claim, claim.tokens[j].start):
                    continue  # "complaints at Dunmarsh Airport fell" and "at Kestleby Airport rose": two places
                if statement.verbal(i) and reading not in CONTEST and opposite not in CONTEST \
                        and _done_to_another(statement, i, claim, j):
                    continue  # "backed the Harbour Quay scheme" and "rejected plans for a supermarket on Mill Lane":
                    # two acts, each done to its own thing
                if told_of_the_rest(statement, i, claim, j):
                    continue  # "28 of the 40 buses failed" / "12 of the 40 buses passed": what the rest did
                if (_denies_a_saying(claim, j) and reading not in _ACCEPTING_A_SAYING) \
                        or (_denies_a_saying(statement, i) and opposite not in _ACCEPTING_A_SAYING):
                    continue  # "denied that the museum had been singled out for cuts" disputes what was said: no
                    # refusal of what "councillors backed" (but "admitted that ..." is its opposite)
                if _told_as_ended(claim, j) and not _told_as_ended(statement, i):
                    continue  # "rose to £2.40 when a year-long fare freeze ended": the freeze holds no more
                if _told_of_other_times(statement, i, claim, j):
                    continue  # "fares will rise in January 2026" / "fares fell in 2025": both can hold
                if tied:
                    undecided = (tok, claim.tokens[j].text)  # the opposite used as the statement's word is, as
                    continue  # much as the word itself
                hit = j
                break
            if hit is not None:
                break
        if hit is not None:
            out.append(SlotCheck("opposite", "conflicts", _vote_as_read(statement, i), _vote_as_read(claim, hit), (tok.start, tok.end),
                                 word=tok.lemma))
    if not out and apart is not None:
        # the claim tells of another measure going the other way: no contradiction, nor any backing
        said, other = apart
        out.append(SlotCheck("opposite", "uncovered", said.text, f"{other.lower()} (of another measure)", (said.start, said.end),
                             role=ANOTHER_MEASURE))
    if not out and undecided is not None:
        # "made a loss in 2023" against "swung to a profit in 2023 from a loss in 2022": which is which,
        # the words do not tell; the claim cannot support it
        said, other = undecided
        out.append(SlotCheck("opposite", "uncovered", said.text, f"both {said.text.lower()} and {other.lower()}",
                             (said.start, said.end)))
    if not out and both_denied is not None:
        said, other = both_denied
        out.append(SlotCheck("opposite", "uncovered", f"not {said.text}", f"not {other.lower()}", (said.start, said.end)))
    if not out:
        out = _changes_opposed(statement, claim)
    if not out:
        out = _directions(statement, claim)
    if not out:
        out = _comparisons(statement, claim)
    if not out:
        out = _places_in_rank(statement, claim)
    if not out:
        out = _figures_going_otherwise(statement, claim)
    if not out:
        out = _unsaid_change(statement, claim)
    return out


_MORE, _LESS = frozenset(["more", "greater", "higher", "larger", "bigger"]), frozenset(["less", "fewer", "lower", "smaller"])


@_per_analysis
def _comparison_marks(analysis) -> dict:
    """'more' / 'less' where a text compares two amounts in words ("less than the party spent in
    2020", "more than double what it spent"), not a figure's bound ("more than 70 firms")."""
    toks, out = analysis.tokens, {}
    for i, tok in enumerate(toks[:-2]):
        side = "more" if tok.lower in _MORE else "less" if tok.lower in _LESS else ""
        if side and toks[i + 1].lower == "than" and not toks[i + 2].is_number and toks[i + 2].lower not in NUMBER_WORDS:
            out.setdefault(side, i)
    return out


@_per_analysis
def _superlative_marks(analysis) -> dict:
    """'most' / 'least' before an adjective ("the most punctual airline") -> (token index, the
    adjective's lemma)."""
    toks = analysis.tokens
    out = {}
    for i, tok in enumerate(toks[:-1]):
        if tok.lower in ("most", "least") and i > 0 and toks[i - 1].lower in ("the", "its", "their") and toks[i + 1].is_content:
            out.setdefault(tok.lower, (i, toks[i + 1].lemma))
    return out


@_per_analysis
def _superlative_ranks(analysis) -> dict:
    """Each superlative after "the" / "its" / a possessive ("the busiest", "the second busiest", "its
    third most punctual") -> (token index, its place: the ordinal's number, else 1)."""
    toks = analysis.tokens
    out = {}
    for i, tok in enumerate(toks):
        word = tok.lower
        if word == "most" and i + 1 < len(toks) and toks[i + 1].is_content:
            key = toks[i + 1].lemma
        elif _superlative(tok) and word not in ("least", "most"):
            key = tok.lemma
        else:
            continue
        k = i - 1
        place = quantity_parser.ORDINAL_WORDS.get(toks[k].lower) if k >= 0 else None
        if place:
            k -= 1
        if k >= 0 and (toks[k].lower in ("the", "its", "their") or possessive_at(analysis.tokens, analysis.text, k)):
            out.setdefault(key, (i, place or 1 + _ranked_ahead(analysis, i)))  # (an ordinal tells the place itself)
    return out


def _place_told(statement, sq, claim) -> bool:
    """Does the claim give the place of the statement's ordinal's superlative by a phrase of its own ("the
    largest landlord in Northgate after the city council" for "the second-largest")? (Its place, agreeing
    or not, is then _places_in_rank's to compare.)"""
    key = next((word for word, (_, place) in _superlative_ranks(statement).items() if place == sq.value), "")
    theirs = _superlative_ranks(claim)
    return bool(key) and (key in theirs or any(_one_scale(key, word) for word in theirs))


_RANK_PHRASE_REACH = 6  # words from a superlative to the "after" of the names ranked ahead of it


def _ranked_ahead(analysis, i) -> int:
    """How many names a superlative's phrase puts ahead of its holder ("the largest landlord in Northgate
    after the city council": one, so second; "the busiest airport after Kenmouth and Halbury": two)."""
    toks, text = analysis.tokens, analysis.text
    for k in range(i + 1, min(len(toks) - 1, i + _RANK_PHRASE_REACH)):
        if "," in text[toks[k - 1].end:toks[k].start] or analysis.verbal(k):
            return 0
        if toks[k].lower in ("after", "behind"):
            by_first = {m.first: m for m in analysis.mentions}
            j, count = k + 1 + (toks[k + 1].lower == "the"), 0
            while j in by_first:  # "after Kelby", "behind Kelby and Harlow", "after A, B and C"
                count, m = count + 1, by_first[j]
                j = m.last + 1
                if j < len(toks) and toks[j].lower == "and":
                    j += 1  # (the list's last joint)
                elif not (j < len(toks) and text[m.end:toks[j].start].strip() == ","):
                    break
                j += j < len(toks) and toks[j].lower == "the"
            return count
    return 0


def _one_scale(a: str, b: str) -> bool:
    """Do two adjectives grade one scale: the same word, or synonyms with an opposite in common
    ("big" / "large": small)? A scale is the pair of its opposite poles (Cruse 1986, ch. 9); a
    synonym of another sense is not on it ("big" / "bad": "a big mistake")."""
    if a == b:
        return True
    return english.near(a).get(b, 0.0) >= english.SYNONYM and bool(english.antonyms(a) & english.antonyms(b))


def _places_in_rank(statement, claim) -> list:
    """"the busiest airport" against "the second busiest airport" (or "the second largest") of the
    same holder: first is not second."""
    theirs = _superlative_ranks(claim)
    for key, (i, place) in _superlative_ranks(statement).items():
        there = theirs.get(key) or next((at for word, at in theirs.items() if _one_scale(key, word)), None)
        if there and there[1] != place and not _holders_differ(statement, i, claim, there[0]):
            tok, other = statement.tokens[i], claim.tokens[there[0]]
            return [SlotCheck("opposite", "conflicts", f"place {place}: {tok.text}", f"place {there[1]}: {other.text}",
                              (tok.start, tok.end))]
    return []


def _comparisons(statement, claim) -> list:
    """"less than the party spent in 2020" against "more than double what it spent in 2020": the
    same comparison the other way round; "the most punctual airline" against "the least punctual"
    of the same holder."""
    for side, (i, adjective) in _superlative_marks(statement).items():
        other = "least" if side == "most" else "most"
        there = _superlative_marks(claim).get(other)
        if there and there[1] == adjective and side not in _superlative_marks(claim) \
                and not _holders_differ(statement, i, claim, there[0]):
            tok = statement.tokens[i]
            return [SlotCheck("opposite", "conflicts", f"{tok.text} {adjective}", f"{claim.tokens[there[0]].text} {adjective}",
                              (tok.start, tok.end))]
    mine, theirs = _comparison_marks(statement), _comparison_marks(claim)
    for side, i in mine.items():
        other = "less" if side == "more" else "more"
        if converse_in(statement, i, claim) >= 0:
            continue  # "B is smaller than A" and "A is larger than B": one comparison, from each side
        if other in theirs and side not in theirs:
            tok = statement.tokens[i]
            return [SlotCheck("opposite", "conflicts", f"{tok.text} than", f"{claim.tokens[theirs[other]].text} than",
                              (tok.start, tok.end))]
    return []


def _figures_going_otherwise(statement, claim) -> list:
    """The same figure told going the other way: "12 per cent more than the year before" against
    "a fall of 12 per cent on 2023"."""
    for sq in statement.quantities:
        way, at = figure_way(statement, sq)
        if not way:
            continue
        for cq in claim.quantities:
            other, there = figure_way(claim, cq)
            if other and other != way and quantity_parser.compatible(sq, cq) and quantity_parser.relation(sq, cq) == "supports" \
                    and _soft_share(_context(statement, sq.start, sq.end), _context(claim, cq.start, cq.end)) >= MIN_VALUE_ALIGNMENT:
                said, told = statement.tokens[at], claim.tokens[there]
                return [SlotCheck("opposite", "conflicts", f"{sq.describe()} {said.text}", f"{cq.describe()} {told.text}",
                                  (said.start, said.end))]
    return []


def _unsaid_change(statement, claim) -> list:
    """A change in amount the statement asserts ("rose", "fell") of which the claim gives neither the
    direction (a verb of change, "up" / "down") nor two figures to work it out from: the claim's
    level ("carried 14.6 million passengers in 2024") says nothing of a rise. Not a conflict; it keeps
    the claim from supporting the statement."""
    changes = [(i, tok) for i, tok in enumerate(statement.tokens)
               if tok.lemma in DIRECTED and statement.verbal(i) and tok.lemma not in statement.negated
               and not _phrasal_of_no_amount(statement.tokens, i) and _construction_readings(statement, i) != _MISSED
               and not _refused(statement.tokens, i)]
    if not changes:
        return []
    figures = claim.quantities
    if direction_marks(claim) or any(quantity_parser.compatible(a, b) for k, a in enumerate(figures) for b in figures[k + 1:]) \
            or any(_change(claim, q) for q in figures):
        return []  # "up 18 per cent", two figures of one kind ("20.1 million in 2023 and 21.3 million in 2024"), "by 12%"
    if any(t.lower in _COMPARATIVES for t in claim.tokens):
        return []  # "3.9 per cent higher than in 2024"
    said = claim.content  # its words and its quote's
    for i, tok in changes:
        if not any(v == tok.lemma or v in CHANGE_WORDS or word_similarity(tok.lemma, v) >= 0.5 for v in said):
            return [SlotCheck("opposite", "uncovered", tok.text, "no change told", (tok.start, tok.end))]
    return []


# particles that make a verb of falling one of no amount (Quirk et al. 1985, 16.3): "the roof fell in"
# (collapsed), "the deal fell through" (failed), "the two fell out" (quarrelled), "the plan fell apart"
_NO_AMOUNT_PARTICLES = {"fall": frozenset("in through out apart over".split())}


def _refused(toks, i: int) -> bool:
    """Is token i "declined" of a refusal ("declined to reveal the price", "declined to comment"): "to" and a
    verb after it, no figure (not "declined to 40", a fall)?"""
    return toks[i].lemma == "decline" and i + 2 < len(toks) and toks[i + 1].lower == "to" \
        and toks[i + 2].lower.isalpha() and english.can_be_verb(toks[i + 2].lower) and toks[i + 2].lower not in DETERMINERS


def _phrasal_of_no_amount(toks, i: int) -> bool:
    """Is token i a verb of change made by its particle into a verb of no amount ("fell in", "fell through")?"""
    particles = _NO_AMOUNT_PARTICLES.get(toks[i].lemma)
    return bool(particles) and i + 1 < len(toks) and toks[i + 1].lower in particles \
        and (i + 2 >= len(toks) or not toks[i + 2].lower[:1].isalnum() or toks[i + 2].lower in ("and", "but", "when", "after"))
    # (the particle ends its clause: not "fell in March", "fell over the year", where it is a preposition)


# words that tell a change against another time ("3.9 per cent higher than in 2024")
_COMPARATIVES = frozenset("higher lower more fewer less above below greater smaller bigger larger".split())


ANOTHER_MEASURE = "another measure"  # the role of a gate no other claim lifts: this one tells the opposite way
SAME_MEASURE = 0.8  # "profit" / "earnings", "wage" / "salary"; not "revenue" / "profit", related as they are
# heads that say how a measure is counted, not what it is ("the number of passengers"): left to the other checks
_COUNTING_HEADS = frozenset("number total count level figure amount value sum tally rate proportion percentage".split())
_STAYING = frozenset(["remain", "stay", "be"])  # "revenue remained flat": the measure stands before them


def _same_measure(word: str, other: str) -> bool:
    return word == other or word_similarity(word, other) >= SAME_MEASURE


def _measure_heads(analysis, index: int) -> set:
    """The nouns whose change the word at ``index`` tells: the head of the subject phrase before it
    ("its net profit fell": profit; "sales at the Fennick dairy climbed", "shares in Arvena Group
    fell": the noun before the preposition; "revenue and profit rose": both). Empty when no plain
    noun heads it, or a counting word does ("the number of passengers", "passenger numbers")."""
    toks = analysis.tokens
    if _changes_its_object(analysis, index):
        return _object_heads(analysis, index)
    counted = _number_counted(analysis, index)
    if counted:
        return {counted}  # "the number of vehicles it carried fell": vehicles
    k = index - 1
    while k >= 0 and (toks[k].lower in _BEFORE_A_VERB or toks[k].lemma in _STAYING or toks[k].lower in PREVERBAL_ADVERBS):
        k -= 1  # "has risen", "was cut", "remained flat", "also fell"
    # prepositional phrases after the head ("at the Fennick-based dairy", "in Arvena Group", "about
    # aircraft noise at Kestleby Airport"): the head stands before the first of them
    head_at = None
    for j in range(k, max(0, k - _PHRASE_REACH), -1):
        tok = toks[j]
        if j < k and "," in analysis.text[tok.end:toks[j + 1].start]:
            break  # a clause's edge
        if tok.lower in _SUBJECT_PREPOSITIONS:
            before = toks[j - 1] if j > 0 else None
            if before is not None and before.is_content and not before.is_number and (j == 1 or not analysis.verbal(j - 1)) \
                    and (not before.is_cap or (j == 1 and english.known(before.lower))):
                head_at = j - 1
            continue
        if tok.lower in DETERMINERS:
            continue  # "donations to the food bank": a determiner opens the phrase's noun
        hyphened = j > 0 and analysis.text[toks[j - 1].end:tok.start] == "-"  # "Fennick-based": a modifier
        if tok.is_number or tok.lower in _CLAUSE_OPENERS or (analysis.verbal(j) and not tok.is_cap and not hyphened):
            break
    if head_at is not None:
        k = head_at
    heads = set()
    while k >= 0:
        tok = toks[k]
        if not tok.is_content or tok.is_number or (k > 0 and analysis.verbal(k)) or not tok.lower.isalpha() \
                or (tok.is_cap and not (k == 0 and english.known(tok.lower))):
            break
        if tok.lemma in _COUNTING_HEADS or (k >= 2 and toks[k - 1].lower == "of" and toks[k - 2].lemma in _COUNTING_HEADS):
            return set()  # "passenger numbers", "the number of passengers": how it is counted, in words of its own
        if k > 0 and analysis.verbal(k - 1) and head_at is None:
            return set()  # "the share of flights that left late rose": the word ends a clause of its own (but
            # "said turnover at its plant dropped": the verb before the head is the one that reports it)
        before = next((b for b in range(k - 1, max(-1, k - 4), -1) if toks[b].lower not in DETERMINERS and not toks[b].is_content), -1)
        if before >= 0 and toks[before].lower in _INSIDE_A_PHRASE and toks[before].lower != "and":
            return set()  # "the price of a pint of milk rose": which noun heads it, a phrase this deep does not say
        heads.add(tok.lemma)
        if k >= 2 and toks[k - 1].lower == "and":
            k -= 2  # "revenue and profit rose": each rose
            continue
        break
    return heads


def _number_counted(analysis, index: int) -> str:
    """What the subject of a verb of change counts where it is a number of things: "the number of
    vehicles (it carried) fell", "passenger numbers rose" (the noun's lemma), or ""."""
    toks, text = analysis.tokens, analysis.text
    for k in range(index - 1, max(-1, index - 1 - _PHRASE_REACH), -1):
        if any(ch in ",;:" for ch in text[toks[k].end:toks[k + 1].start]):
            return ""  # a clause's edge
        if toks[k].lemma != "number" or toks[k].is_cap:
            continue
        if k + 1 < index and toks[k + 1].lower == "of":  # "the number of (electric) vehicles" (not the names
            # after it: "the number of cars Dunmore Ferries carried", which quantities.number_of, reading
            # lower case, would take for ferries)
            last = ""
            for t in toks[k + 2:min(index, k + 6)]:
                if t.lower in DETERMINERS:
                    continue
                if not t.is_content or t.is_cap or t.is_number or not t.lower.isalpha():
                    break
                last = t.lemma
            return last
        before = toks[k - 1] if k > 0 else None  # "passenger numbers"
        named = before is not None and before.is_cap and not (k == 1 and english.known(before.lower))
        return before.lemma if before is not None and before.is_content and not named and before.lower.isalpha() else ""
    return ""


# verbs of change whose doer is their subject and whose object is what changes ("the board cut the
# dividend"), unless passive ("the dividend was cut")
# (not the verbs of the causative alternation, Levin 1993, 1.1.2.1, "halved the grant" / "its profit halved":
# halve, double, triple, treble, quadruple, lessen, diminish change their object only where one follows)
_CAUSATIVE_CHANGE = frozenset("raise lift hike cut reduce slash lower freeze".split())


def _told_same_way(reading: str, claim_words) -> bool:
    """Does the claim tell a change the way the statement's word goes ("sales rose 5%, while its
    profit fell" tells "sales increased" as well as a fall)?"""
    way = way_of(reading) or ("steady" if reading in STEADY else "")
    return reading in claim_words or bool(way) and any(
        (way_of(word) or ("steady" if word in STEADY else "")) == way for word in claim_words)


def _changes_its_object(analysis, index: int) -> bool:
    """Is the word a verb of change whose object is what changes ("the board cut the dividend")? A verb
    used with and without an object ("halved the grant" / "its profit halved": Levin 1993, 1.1.2.1, the
    causative alternation) only where one follows."""
    return analysis.tokens[index].lemma in _CAUSATIVE_CHANGE or _takes_object(analysis, index)


def _takes_object(analysis, index: int) -> bool:
    """Is a verb of change used with an object ("would expand Eastgate Park", "increased its
    dividend"), not with a figure or a preposition after it ("rose 12 per cent", "fell to €186m")?"""
    toks = analysis.tokens
    if index + 1 >= len(toks) or (index > 0 and toks[index - 1].lemma == "be"):
        return False
    nxt = toks[index + 1]
    after = toks[index + 2] if index + 2 < len(toks) else None
    if nxt.lower in _TIME_NOUNS or (after is not None and after.lower in _TIME_NOUNS):
        return False  # "fell this season", "rose last year": a time, no object
    # (a bare word after it is as often an adverb or a particle as an object: "fell back", "grew tenfold")
    if nxt.lower in DETERMINERS or nxt.lower in ("its", "their", "his", "her", "our") or nxt.is_cap:
        return not nxt.is_number and nxt.lower not in ("a", "an")  # "rose a further 3%": a figure follows
    return bare_object_after(toks, index)  # "increased peak fares by 5%"


_TIME_NOUNS = frozenset(PERIOD_WORDS) | frozenset(
    "season seasons summer winter spring autumn weekend night morning evening time period decade century term".split())


def _object_heads(analysis, index: int) -> set:
    """The head of what a verb of change in the active voice changes ("cut the dividend to €0.85":
    dividend; "raised its prices": price); for a passive one ("the dividend was cut") its subject's.
    Empty when no plain noun stands there."""
    toks = analysis.tokens
    if index > 0 and toks[index - 1].lemma == "be":
        k = index - 2
        while k >= 0 and (toks[k].lower in _BEFORE_A_VERB or toks[k].lemma == "be"):
            k -= 1  # ("has been cut", "is being cut")
        k = _head_before_its_phrases(analysis, k)  # ("the grant from the council is to be cut": the grant)
        return {toks[k].lemma} if k >= 0 and toks[k].is_content and not toks[k].is_cap and not toks[k].is_number else set()
    head = None
    for k in range(index + 1, min(len(toks), index + 5)):
        tok = toks[k]
        if tok.lower in DETERMINERS or is_possessive(tok) or tok.lower in ("its", "their", "his", "her"):
            continue
        if not tok.is_content or tok.is_number or tok.is_cap or analysis.verbal(k):
            break
        head = tok.lemma  # the last word of the phrase ("cut its dividend", "raised council tax")
        if head in _COUNTING_HEADS and k + 2 < len(toks) and toks[k + 1].lower == "of":
            counted = next((t for t in toks[k + 2:k + 5] if t.lower not in DETERMINERS), None)  # "the number of nurses"
            return {counted.lemma} if counted is not None and counted.is_content and not counted.is_cap \
                and not counted.is_number else set()
    return {head} if head and head not in _COUNTING_HEADS else set()


_PHRASE_REACH = 8  # words of the prepositional phrases between a subject's head and its verb, at most


def _head_before_its_phrases(analysis, k: int) -> int:
    """The index of a noun phrase's head where the phrase ending at token k goes on with prepositional phrases
    ("the grant from the council", "sales at the Harby shop": grant, sales), else k."""
    toks = analysis.tokens
    head = k
    for j in range(k, max(0, k - _PHRASE_REACH), -1):
        tok = toks[j]
        if j < k and "," in analysis.text[tok.end:toks[j + 1].start]:
            break
        if tok.lower in _SUBJECT_PREPOSITIONS:
            before = toks[j - 1]
            if before.is_content and not before.is_number and not analysis.verbal(j - 1) \
                    and (not before.is_cap or (j == 1 and english.known(before.lower))):
                head = j - 1
            continue
        if tok.is_number or tok.lower in _CLAUSE_OPENERS or analysis.verbal(j):
            break
    return head
_SUBJECT_PREPOSITIONS = frozenset(["of", "in", "at", "across", "about", "for", "on", "to", "from"])
_CLAUSE_OPENERS = frozenset(["that", "which", "who", "whose", "where", "when", "while", "as", "but", "said"])


def ranked_apart(statement, claim, checks) -> list:
    """The checks, with a name told in another's place made no contradiction when the two give the
    same superlative different places ("Kelby was the busiest airport" / "Dunmore the second
    busiest": both can hold)."""
    mine, theirs = _superlative_ranks(statement), _superlative_ranks(claim)
    if not any(key in theirs and theirs[key][1] != place for key, (_, place) in mine.items()):
        return checks
    return [c._replace(relation="related") if c.slot in ("actor", "name") and c.relation == "conflicts" else c for c in checks]


def another_occasion(statement, claim, checks) -> list:
    """The checks, with an antonym made no contradiction when the two tell of different occasions:
    both give a date and none of the statement's dates nor figures agrees with the claim's
    ("shares fell 2.3 per cent on 18 April" is not contradicted by "rose 4.1 per cent on 28 February");
    and with a date made no contradiction when the two number the same kind of event otherwise
    ("a second strike on 29 September" is not the first strike, on 22 September)."""
    if not statement.calendar_dates or not claim.calendar_dates:
        return checks
    told, claimed = _numbered_events(statement), _numbered_events(claim)
    renumbered = {noun: (place[0], claimed[noun][0], place[1]) for noun, place in told.items()
                  if noun in claimed and claimed[noun][0] != place[0]}
    dated = [c for c in checks if c.slot == "date" and c.relation == "conflicts"]
    if renumbered and dated and not any(c.slot == "date" and c.relation == "supports" for c in checks) and all(
            _in_order(mine, theirs, c.said, c.claimed) for mine, theirs, _ in renumbered.values() for c in dated):
        # another date and another number, in the numbers' order: another event, more likely than two
        # details wrong at once (the same date keeps a number's contradiction, "its third title" against
        # "its second" that day; so does a second sailing before the first)
        words = set().union(*(phrase for _, _, phrase in renumbered.values()))
        checks = [c._replace(relation="related") if c.relation == "conflicts" and (c.slot == "date" or (
            c.slot == "amount" and c.said is not None and c.said.unit == quantity_parser.ORDINAL
            and english.lemma(c.said.noun.lower()) in words)) else c for c in checks]
    if any(c.slot in ("date", "amount") and c.relation == "supports" for c in checks):
        return checks
    if any(c.slot == "date" and c.relation == "conflicts" and _editions_apart(statement, c.said, claim, c.claimed) for c in checks):
        # "the 2024 marathon" and "the 2025 Vennbury Marathon": two editions of one thing its year names, whose
        # figures and dates are each its own (the hospice's £480,000 from the one, £612,000 from the other);
        # and what the claim tells of its edition supports nothing of the statement's
        return [c._replace(relation="uncovered" if c.slot == "date" else "related")
                if c.slot in ("date", "amount", "opposite") and c.relation == "conflicts" else c for c in checks]
    return [c._replace(relation="related") if c.slot == "opposite" and c.relation == "conflicts" else c for c in checks]


def _editions_apart(statement, said, claim, claimed) -> bool:
    """Do the two years name two editions of one thing ("the 2024 marathon", "the 2025 Vennbury
    Marathon"): each a year between a determiner and the same noun?"""
    if said is None or claimed is None or said.start < 0 or claimed.start < 0 or said.year == claimed.year:
        return False
    if not (_names_a_thing(statement, said) and _names_a_thing(claim, claimed)):
        return False
    if _indefinite_before(statement, said) or _indefinite_before(claim, claimed):
        return False  # "a 1986 single" is one thing dated, not an edition of a series
    return bool(_named_by_year(statement, said) & _named_by_year(claim, claimed))


def _indefinite_before(analysis, date) -> bool:
    part, at = analysis.where(date.start)
    return part.text[max(0, at - 3):at].lower() in ("a ", " a ") or part.text[max(0, at - 4):at].lower() == " an "


def _named_by_year(analysis, date) -> set:
    """The lemmas of the words a year names, up to the phrase's end ("the 2025 Vennbury Marathon": vennbury, marathon)."""
    part, at = analysis.where(date.start)
    toks = part.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= at + (date.end - date.start)), len(toks))
    out = set()
    while k < len(toks) and (toks[k].is_content or toks[k].is_cap) and not toks[k].is_number and len(out) < 4:
        out.add(toks[k].lower if toks[k].is_cap else toks[k].lemma)
        k += 1
    return {english.lemma(w) for w in out}


_CALENDAR_PARTS = frozenset(PERIOD_WORDS) | {"half", "term", "season", "decade", "century", "time"}


@_per_analysis
def _numbered_events(analysis) -> dict:
    """The lemma of each noun an ordinal numbers ("the second strike", "its third league title": the
    phrase's last noun) -> (the ordinal's number, the lemmas of the phrase); a noun numbered twice is
    left out, and so is a part of the calendar ("the third quarter", "the first half": a time, which
    the dates compare)."""
    found, seen = {}, set()
    toks = analysis.tokens
    for i, tok in enumerate(toks[:-1]):
        if tok.lower not in quantity_parser.ORDINAL_WORDS:
            continue
        words = []
        for k in range(i + 1, min(len(toks), i + 4)):
            nxt = toks[k]
            if not (nxt.lower.isalpha() and nxt.is_content and not nxt.is_cap) or (words and analysis.verbal(k)):
                break
            words.append(nxt.lemma)
        if not words or words[-1] in _CALENDAR_PARTS or words[0] in _CALENDAR_PARTS:
            continue
        noun = words[-1]
        found[noun] = None if noun in seen else (quantity_parser.ORDINAL_WORDS[tok.lower], frozenset(words))
        seen.add(noun)
    return {noun: place for noun, place in found.items() if place}


def _in_order(told: int, claimed: int, said, other) -> bool:
    """Do two numbered events' dates go in their numbers' order (a second sailing after the first)?"""
    def key(date):
        return (date.year or 0, date.month or 0, date.day or 0)
    if said is None or other is None or not (said.year and other.year):
        return False
    return key(said) > key(other) if told > claimed else key(said) < key(other)


_TIMES_OF_DAY = frozenset(["day", "night"])
_PLACES_IN_A_RUN = frozenset("final last first opening closing next previous".split())


@_per_analysis
def _opposable(analysis) -> tuple:
    """(each content word that has an antonym as (token index, token, ((reading, its antonyms), ...)),
    every reading of the content words): what opposites reads of a statement."""
    words, readings = [], set()
    named = _unopposable(analysis)
    for i, tok in enumerate(analysis.tokens):
        if not (tok.is_content or tok.lemma in _HELD_AT) or not tok.lower.isalpha() or tok.lower in quantity_parser.ORDINAL_WORDS \
                or tok.lemma in quantity_parser.ORDINAL_WORDS:
            continue  # places in an order are values, compared as amounts ("second" is no opposite of "first"),
            # and "46 seconds" is a length of time, no place at all
        if i in named:
            continue  # a word of a name: "the Conservatives" and "the Liberal Democrats" are no opposites
        own = _phrase_reading(tok) + _lemma_readings(analysis, i) + _construction_readings(analysis, i)
        readings.update(own)
        if tok.lemma in _TIMES_OF_DAY and i > 0 and (analysis.tokens[i - 1].lower in _PLACES_IN_A_RUN
                                                     or analysis.tokens[i - 1].lower in quantity_parser.ORDINAL_WORDS):
            continue  # "its final day", "the opening night": a day of a run of days, no time of day ("its final
            # night" is the same day of the festival)
        if tok.lower.endswith("ly") and english.known(tok.lower[:-2]):
            readings.update(english.lemmas(tok.lower[:-2]))  # "knowingly ignored" says it knew: no opposite of "knew"
        antonyms = tuple((reading, tuple(opposite_words(reading))) for reading in own)
        if any(opposites_ for _, opposites_ in antonyms):
            words.append((i, tok, antonyms))
    return tuple(words), readings


@_per_analysis
def _unopposable(analysis) -> frozenset:
    """Token indexes of words that oppose nothing: the words of names (those of the names read, and
    a word written with a capital inside a sentence: "the Conservatives"), and "running" after a
    unit of time ("the fourth year running")."""
    toks = analysis.tokens
    # (not a sentence's or a quotation's first word: "... fell. Higher prices ...", ': "Higher ...')
    opening = {0} | {i for i in range(1, len(toks)) if analysis.text[toks[i - 1].end:toks[i].start].strip().endswith(_OPENINGS)}
    # a headline in title case ("Waiting Times At Tarn Hospital Fell In 2024") capitalises words
    # that are no names, and a word in capitals is emphasis ("FELL"): there only the names the base
    # knows are names
    words = [t for t in toks[1:] if t.text.isalpha()]
    title_case = len(words) >= 3 and sum(t.is_cap for t in words) >= 0.6 * len(words)
    shouted = {i for i, t in enumerate(toks) if len(t.text) > 1 and t.text.isupper() and t.text.isalpha()}
    inside = {i for i, t in enumerate(toks) for m in analysis.mentions if m.start <= t.start and t.end <= m.end
              and (m.type or not (title_case or i in shouted))
              and not (i in opening and m.start == t.start and m.end == t.end)}
    capitals = set() if title_case else {i for i, t in enumerate(toks) if t.is_cap and i not in opening and i not in shouted}
    # "for the fourth year running", "three days running": in succession, an idiom that opposes nothing
    running = {i for i, t in enumerate(toks) if t.lower == "running" and i > 0
               and english.lemma(toks[i - 1].lower) in _SUCCESSIVE_UNITS}
    # "an eight-year-old", "eight years old": the "old" of an age is the age, compared as a figure, no
    # opposite of "young"
    ages = {i for q in analysis.quantities if q.noun == "age" for i, t in enumerate(toks) if q.start <= t.start and t.end <= q.end}
    # "last year", "next month": a time told from now is a date, compared as one (no opposite of "the
    # first two lines"); not "the last week of June", a part of a date whose order the words tell
    dated = {i for d in analysis.dates if 0 <= d.start < IN_QUOTE and _TOLD_FROM_NOW_RE.match(analysis.text, d.start, d.end)
             and not analysis.text.startswith(" of ", d.end) for i, t in enumerate(toks) if d.start <= t.start and t.end <= d.end}
    # "a study found that takings fell", "the homes were found safe": "find" as a verb of judging (WordNet find,
    # v. 2 and 4: come to believe, judge), whose clause or complement is the finding; no opposite of "lose"
    judged = {i for i, t in enumerate(toks) if t.lemma == "find" and analysis.verbal(i) and (
        (i + 1 < len(toks) and toks[i + 1].lower == "that") or (i > 0 and toks[i - 1].lower in _BE_FORMS))}
    return frozenset(inside | capitals | running | ages | dated | judged)


_TOLD_FROM_NOW_RE = lazy(r"(?i)(?:last|next|this|past|coming)\s+(?:year|month|week|quarter|season|summer|winter|spring|autumn|weekend)\b")


_SUCCESSIVE_UNITS = frozenset("year month week day time season quarter night game match".split())


_OPENINGS = (".", "!", "?", ":", '"', "\u201c", "'", "\u2018", "(")


def _phrase_reading(tok) -> tuple:
    """The one-word sense of a phrase the token stands for, of change in amount ("put up": raise; "drive
    down": reduce), of a refusal ("turned down the application": reject), of an event going ahead or called
    off ("went ahead": proceed; "called off": cancel) or of a verdict or a plea ("found guilty": convict;
    "pleaded not guilty": deny), which its own word does not have; () for any other token.
    (Not an approval told in a phrase, "gave the go-ahead": set against "two members who voted against" it
    would read their vote as the council's.)"""
    return (tok.lemma,) if tok.lemma and tok.lemma not in english.lemmas(tok.lower) and (
        way_of(tok.lemma) or tok.lemma in REFUSAL or tok.lemma in _VERDICTS_AND_PLEAS or tok.lemma in GOING_AHEAD_OR_OFF) else ()


_VERDICTS_AND_PLEAS = frozenset("convict acquit admit deny".split())  # the senses of "found (not) guilty", "pleaded (not) guilty"


def _pole_in_other_words(reading: str, opposite: str, statement_words, claim_words) -> str:
    """Where the statement also tells the claim's word's pole (a word of its family or a synonym:
    "reopened" for "opening"), the claim's word for the statement's ("closed" for "shut"), or ""."""
    def alike(word, other):
        return word == other or other in english.family(word) or word_similarity(word, other) >= SYNONYM
    if not any(alike(opposite, w) for w in statement_words if w != reading):
        return ""
    return next((w for w in claim_words if w != opposite and alike(reading, w)), "")


@_per_analysis
def _readings(analysis) -> dict:
    """Every reading of each content word (the lemma of a word with digits or signs) -> its first token index."""
    found = {}
    named = _unopposable(analysis)
    for j, tok in enumerate(analysis.tokens):
        if (tok.is_content or tok.lemma in INCLUSION or tok.lemma in _HELD_AT) and j not in named:  # ("includes", "kept
            # at £120,000" hold no content word)
            built = _construction_readings(analysis, j) if tok.lower.isalpha() else ()
            if built == _MISSED:
                found.setdefault(built[0], j)  # ("fell short" is no fall, but a miss)
                continue
            for reading in (_phrase_reading(tok) + _lemma_readings(analysis, j) + built) if tok.lower.isalpha() else (tok.lemma,):
                found.setdefault(reading, j)
    return found


# "fell short of", "fell £400 short of its target", "fell a long way short." (not "fell in the short term", "fell to a
# short-lived low": a fall)
_FALL_SHORT_RE = lazy(r"\s+(?:(?:a\s+long\s+way|well|just|slightly|far|[£$€]?[\d.,]+\w*|\w+\s+(?:points?|votes?|per\s+cent))\s+)?"
                      r"short(?!-)\b(?:\s+of\b|\s*[,.;:]|\s*$)", re.I)
_MISSED = ("miss",)  # "fell short": a reading that replaces the word's own (a miss, no fall)


def _lemma_readings(analysis, i) -> tuple:
    """The lemmas a word may be of; after an auxiliary, an irregular participle's only ("have been left
    out" is of "leave", not the political "left"). A regular one's adjective is the same word ("was
    closed": the state the closing left), an irregular one's other reading another word."""
    toks = analysis.tokens
    word = toks[i].lower
    readings = english.lemmas(word)
    k = i - 1
    while k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in PREVERBAL_ADVERBS):
        k -= 1
    if len(readings) > 1 and readings[0] != word and not word.endswith("ed") and k >= 0 and toks[k].lower in _PERFECT_OR_PASSIVE:
        return readings[:1]
    return readings


_PERFECT_OR_PASSIVE = _BE_FORMS | frozenset("has have had having get got gets".split())


def _all_named_in(statement, i, claim_words) -> bool:
    """Does the claim use every content word of the statement but the one at ``i`` (what is left out
    must be what the claim takes in)? Names are compared by the name checks."""
    named, toks = _unopposable(statement), statement.tokens
    return all(any(r in claim_words for r in english.lemmas(t.lower)) or t.lemma in claim_words
               or any(word_similarity(t.lemma, w) >= SYNONYM for w in claim_words)  # "topics" / "issues"
               for k, t in enumerate(toks)
               if k != i and k not in named and t.is_content and t.lower not in ("out", "off")
               and not (t.lemma in _LIST_NOUNS and k + 1 < len(toks) and toks[k + 1].lower == "of"))


# nouns of a collection that stand for its items before "of": "left off the list of topics" leaves a
# topic out
_LIST_NOUNS = frozenset("list range series set".split())


_HELD_AT = HOLDING  # (align: "kept its main interest rate at")
_HELD_AT_REACH = HOLDING_REACH


def _figure_after(analysis, end: int) -> bool:
    """Does an amount (no name's number) start right after ``end``?"""
    return any(0 < q.start - end <= 2 for q in analysis.quantities if q.start < IN_QUOTE)


# phrasal verbs read as a decision on a motion (text/lexicon.py PHRASAL_VERBS): their reading, and the verbs
# that make it (not "turned down", which as often lowers a heating or a volume)
_DECIDING_PHRASES = {"reject": frozenset(["vote"]), "approve": frozenset(["vote"])}


# what befalls a motion put to a vote: carried or passed, it is approved; defeated, rejected
_MOTION_OUTCOMES = {"pass": "approve", "carry": "approve", "defeat": "reject"}
# what is put to a vote (not "the team was defeated", "the ball was passed")
_MOTIONS = frozenset("motion bill amendment resolution proposal budget plan ordinance measure referendum".split())
_MOTION_REACH = 24  # tokens from the motion to the verb of its outcome ("a motion calling on the council to ... was defeated")


# what is decided on: a motion, or what is asked of those who decide
_DECIDED_THINGS = _MOTIONS | frozenset("application appeal case claim bid offer request scheme plans call petition objection "
                                        "complaint challenge ruling decision charge licence license lawsuit suit idea deal".split())


def _decided_thing_after(toks, k: int) -> bool:
    """Does a thing decided on head the noun phrase at ``k`` ("the proposal for 300 homes", "Joan Pettifer's call")?"""
    for j in range(k, min(len(toks), k + _DECIDED_REACH)):
        if toks[j].lemma in _DECIDED_THINGS:
            return True
        if toks[j].lower in ("of", "for", "to", "from", ",", "and", "by"):
            return False
    return False


_DECIDED_REACH = 5  # words from the particle to the head of its object ("threw out Joan Pettifer's call")


def _motion_before(analysis, i) -> bool:
    """Is the verb at ``i`` said of a motion, the head of its clause's subject before it ("the Liberal Democrat
    motion to bring in Acas was passed")?"""
    toks = analysis.tokens
    lo, _ = _clause(analysis, toks[i].start)
    return any(toks[k].lemma in _MOTIONS for k in range(max(0, i - _MOTION_REACH), i) if toks[k].start >= lo)


def _voter_told_apart(statement, i, claim, j) -> bool:
    """Is one side's vote told in a relative clause of its voter ("Simon Pryde, who voted against"), the
    two texts naming no one in common ("councillors voted to give")? (Not "Graham Tuckett of the Residents'
    Group, who voted against" against "Graham Tuckett voted in favour".)"""
    for one, k, other in ((statement, i, claim), (claim, j, statement)):
        if k > 0 and one.tokens[k - 1].lower in ("who", "which", "that"):
            voter = _relative_antecedent(one, k - 1)
            if voter and not any(same_name(voter, name) for name in other.names):
                return True
    # two bodies told voting ("the planning committee voted to refuse" / "the full council voted to approve"):
    # the words before the two votes differ, and neither is a name the other text gives
    mine, theirs = statement.tokens[i - 1] if i > 0 else None, claim.tokens[j - 1] if j > 0 else None
    return mine is not None and theirs is not None and mine.is_content and theirs.is_content and not mine.is_cap \
        and not theirs.is_cap and mine.lemma != theirs.lemma


def _vote_at(analysis, k: int) -> int:
    """The index of the vote a word at ``k`` is the side of ("voted to refuse": voted), else ``k``."""
    toks = analysis.tokens
    return k - 2 if k >= 2 and toks[k - 1].lower == "to" and toks[k - 2].lemma == "vote" else k


def _relative_antecedent(analysis, who: int) -> str:
    """The name a relative clause opening at token ``who`` tells of: the last name before it, or the name
    that one is "of" ("Graham Tuckett of the Residents' Group, who": Graham Tuckett); "" if none."""
    before = [m for m in analysis.mentions if m.last < who]
    if not before:
        return ""
    last = before[-1]
    owner = [m for m in before if m.end < last.start and analysis.text[m.end:last.start].lower() in (" of ", " of the ", " from ", " from the ")]
    return (owner[-1] if owner else last).name


def _vote_as_read(analysis, i) -> str:
    """The word at ``i`` as a reason shows it: a vote with the word that gives its side ("voted against",
    "voted to"), else as written."""
    toks = analysis.tokens
    if toks[i].lemma == "vote" and i + 2 < len(toks) and toks[i + 1].lower == "to":
        return f"{toks[i].text} to {toks[i + 2].text}"  # "voted to refuse"
    if toks[i].lemma == "vote" and i + 1 < len(toks) and toks[i + 1].lower in ("against", "for"):
        return f"{toks[i].text} {toks[i + 1].text}"
    if toks[i].lemma == "vote":  # "voted 31 to 17 against", "voted by 41 to 9 in favour": the tally and its side
        side = _TALLIED_AGAINST_RE.match(analysis.text, toks[i].end) or _TALLIED_FOR_RE.match(analysis.text, toks[i].end)
        if side is not None:
            return analysis.text[toks[i].start:side.end()]
    return toks[i].text


def _construction_readings(analysis, i) -> tuple:
    """What a word reads as in its construction: a vote's side as a decision: "voted against" refuses, "voted for" / "in favour of" assents;
    "agreed to" as "consent"; "left out" / "left off" (a list, a plan) as "exclude"; "kept at £120,000" (a level held) as
    "unchanged"."""
    toks = analysis.tokens
    if toks[i].lemma == "leave" and i + 1 < len(toks) and toks[i + 1].lower in ("out", "off") and analysis.verbal(i):
        return ("exclude",)
    if toks[i].lemma == "agree" and i + 1 < len(toks) and toks[i + 1].lower == "to":
        return ("consent",)  # "agreed to fund it", "agreed to a request": consent (WordNet agree, v. 3)
    if toks[i].lemma == "fall" and _FALL_SHORT_RE.match(analysis.text, toks[i].end):
        return _MISSED  # "fell a long way short of what it needed": missed a mark, no fall (WordNet: fall short, miss)
    if toks[i].lemma in _HELD_AT and any(toks[k].lower == "at" and _figure_after(analysis, toks[k].end)
                                         for k in range(i + 1, min(i + _HELD_AT_REACH, len(toks)))):
        return ("unchanged",)  # "the grant will be kept at £120,000", "held its rate at 4%": a level held, no change
    if toks[i].lemma in _DECIDING_PHRASES and english.lemma(toks[i].lower) in _DECIDING_PHRASES[toks[i].lemma]:
        return (toks[i].lemma,)  # "voted down", "threw out" the plan: rejected it; "voted through": approved it
    if toks[i].lemma == "reject" and english.lemma(toks[i].lower) == "throw" and _decided_thing_after(toks, i + 2):
        return ("reject",)  # "threw out the plans", "threw out her appeal": a decision (not "threw out 3,000 doses")
    if toks[i].lemma == "block" and analysis.verbal(i) and _decided_thing_after(toks, i + 1) \
            and not any(t.lower in ("to", "not", "never", "n't") for t in toks[max(0, i - 2):i]):  # (not "tried to block")
        return ("reject",)  # "blocked plans for a lorry park", "blocked the takeover bid": a decision against it
        # (not "blocked the road")
    if toks[i].lemma in _MOTION_OUTCOMES and analysis.verbal(i) and _motion_before(analysis, i):
        return (_MOTION_OUTCOMES[toks[i].lemma],)  # "the motion was passed" / "was defeated": approved / rejected
    if toks[i].lemma != "vote" or i + 1 >= len(toks) or not analysis.verbal(i):
        return ()
    nxt = toks[i + 1].lower
    if nxt == "against":
        return ("reject",)
    if nxt == "for" or (nxt == "in" and i + 2 < len(toks) and toks[i + 2].lower in ("favour", "favor")):
        return ("approve",)
    if _TALLIED_FOR_RE.match(analysis.text, toks[i].end):
        return ("approve",)  # "voted by 214 to 37 to strike", "voted 41 to 9 in favour of action": for it
    if _TALLIED_AGAINST_RE.match(analysis.text, toks[i].end):
        return ("reject",)  # "voted 31 to 17 against the budget": against it
    return ()


def _directions(statement, claim) -> list:
    mine, theirs = direction_marks(statement), direction_marks(claim)
    for word, i in mine.items():
        other = "down" if word == "up" else "up"
        if other in theirs and word not in theirs:
            tok = statement.tokens[i]
            return [SlotCheck("opposite", "conflicts", tok.text, other, (tok.start, tok.end))]
    # a verb of change against the claim's figures going the other way ("increased her majority"
    # against "her majority cut from 12 votes to nine", "fell" against "64,800, up from 58,200"),
    # where the claim has no verb of its direction
    compared = comparatives_over_time(statement)  # "fewer burglaries than a year earlier" against "down from 9,900"
    for q in statement.quantities:  # ... and a share's own ("a third more benches than in 2024" against "down from 24")
        way, at = figure_way(statement, q) if q.unit == "%" and _change(statement, q) else ("", -1)
        if way and at >= 0:
            compared.setdefault(at, way)
    told_ways = ways_told(claim) if compared else frozenset()
    for i, way in sorted(compared.items()):
        if _ways_apart(frozenset([way]), told_ways) and _compared_measure(statement, i) in claim.content:
            tok = statement.tokens[i]
            return [SlotCheck("opposite", "conflicts", tok.text, next(iter(told_ways)), (tok.start, tok.end))]
    told, said = figures_direction(claim)
    j = _change_from_at(claim) if told else -1
    if not told and len(theirs) == 1:
        (told, j), = theirs.items()
        said = " ".join(t.text for t in claim.tokens[j:j + 2])
    if told and not mine:
        for i, tok in enumerate(statement.tokens):
            way = way_of(tok.lemma)
            if way and way != told and _acts(statement, i, tok.lemma) and tok.lemma not in statement.negated \
                    and not _fallen_to_a_taker(statement, i) \
                    and not any(t.lemma in (UPWARD if way == "up" else DOWNWARD) for t in claim.tokens) \
                    and not (j >= 0 and accounts_measures_differ(_measure_of(statement, i), _measure_of(claim, j))):
                # ("sales climbed" / "profit ..., down from": two measures of the accounts; any other noun read at the
                # claim's "down" may be its figure's unit, "per cent", "a day")
                return [SlotCheck("opposite", "conflicts", tok.text, said, (tok.start, tok.end))]
    return []


def _change_from_at(analysis) -> int:
    """The index of the word a change "from A to B" is told by ("was cut from 12 votes to nine": cut), or -1."""
    toks = analysis.tokens
    k = next((k for k, t in enumerate(toks) if t.lower == "from" and k + 1 < len(toks) and toks[k + 1].is_number), -1)
    return k - 1 if k > 0 else -1


def _compared_measure(analysis, index: int) -> str:
    """The lemma of what a comparative compares: the noun right after it ("fewer burglaries"), else
    the subject's noun before its verb ("revenue was higher"); "" when neither is a word."""
    toks = analysis.tokens
    if index + 1 < len(toks) and toks[index + 1].is_content and not analysis.verbal(index + 1):
        return toks[index + 1].lemma
    heads = _measure_heads(analysis, index)
    if len(heads) == 1:
        return next(iter(heads))  # the head before a phrase after it: "sales at the Fennick dairy co-operative climbed"
    k = index - 1
    while k >= 0 and (toks[k].lower in _BE_FORMS or toks[k].lower in PREVERBAL_ADVERBS):
        k -= 1
    return toks[k].lemma if k >= 0 and toks[k].is_content and not toks[k].is_cap else ""


def _changes_opposed(statement, claim) -> list:
    """A verb of change one way against the claim's verb the other way, of the same measure and the
    same doer, where no antonym pair links the two words ("cut its fares" / "raised its fares",
    "fares were cut" / "fares rose")."""
    for i, tok in enumerate(statement.tokens):
        way = _verb_way(statement, i)
        mine = _measure_of(statement, i) if way else ""
        if not mine:
            continue
        for j, other in enumerate(claim.tokens):
            there = _verb_way(claim, j)
            if not there or there == way or not _same_measure(mine, _measure_of(claim, j) or "-"):
                continue
            if _aimed_against_done(statement, tok.lemma, claim, other.lemma):
                continue  # "has been trying to cut its costs" is no contradiction of "its costs grew"
            likeness = _phrase_likeness(statement, i, claim, j)
            if any((_verb_way(claim, k) or way_of(claim.tokens[k].lemma)) == way
                   and _same_measure(mine, _measure_of(claim, k) or _measure_of_the_main_clause(claim, k) or "-")
                   and _phrase_likeness(statement, i, claim, k) >= likeness for k in range(len(claim.tokens)) if k != j):
                continue  # "fell by 3 per cent in 2024 after rising by 5 per cent in 2023" tells the rise too: the
                # change told nearer the statement's words is the one it tells
            denied = tok.lemma in statement.negated
            if denied != (other.lemma in claim.negated):
                continue  # "did not cut" against "raised" is no contradiction
            doer, other_doer = statement.agents.get(tok.lemma), claim.agents.get(other.lemma)
            if doer is not None and other_doer is not None and not same_name(doer.name, other_doer.name):
                continue  # "Kelby Air cut its fares" and "Tarrow Air raised its fares": two doers
            if not statement.names <= set(claim.names) and not any(
                    same_name(n, m) for n in statement.names for m in claim.names):
                continue  # whose fares, the claim does not say
            if denied:  # "refused to cut its fares" and "would not raise them": both can hold, neither tells the other
                return [SlotCheck("opposite", "uncovered", f"not {tok.text}", f"not {other.text}", (tok.start, tok.end))]
            return [SlotCheck("opposite", "conflicts", tok.text, other.text, (tok.start, tok.end))]
    return []


def _aimed_against_done(statement, lemma: str, claim, other: str) -> bool:
    """Is the claim's verb one of an aim, a plan or a possibility ("has been trying to cut its costs",
    "will cut fares") and the statement's one of what happened ("its costs grew", "raised fares")? What
    someone meant or means to do is no contradiction of what was done."""
    return claim.predicate_modality.get(other) in (FUTURE, POSSIBLE) and statement.predicate_modality.get(lemma, FACT) == FACT


def _verb_way(analysis, index: int) -> str:
    """'up' or 'down' for a verb of change used as one ("raised", "cut its fares", "were cut"); ''."""
    tok = analysis.tokens[index]
    if tok.lemma in CUT:
        return "down" if _made(analysis, index) else ""
    if way_of(tok.lemma) and _construction_readings(analysis, index) == _MISSED:
        return ""  # "fell a long way short": missed a mark, no change
    return way_of(tok.lemma) if analysis.verbal(index) else ""


def _other_party_shared(statement, claim, doer, other_doer) -> bool:
    """Can both tell of one contest: they name the same other side (or contest) beside the doer, or
    one of them names none ("lost 26 of their 46 matches" / "won 26 of their 46 matches")?"""
    doers = {m.name for m in (doer, other_doer) if m is not None}
    ours = {n for n in statement.names if n not in doers}
    theirs = {n for n in claim.names if n not in doers}
    return not ours or not theirs or bool(ours & theirs)


def _acts(analysis, index: int, lemma: str) -> bool:
    """Is the word a verb: read as one, or a participle with its doer (", losing 2-0 to Bramley")?"""
    return analysis.verbal(index) or (analysis.tokens[index].lower.endswith("ing")
                                      and (lemma in analysis.agents or _reduced_relative(analysis.tokens, index)))


def _acts_as_relative(analysis, index: int, lemma: str) -> bool:
    """Does the word act only as a relative clause cut short (see _acts): no verb of its own, no doer?"""
    return not analysis.verbal(index) and lemma not in analysis.agents and _reduced_relative(analysis.tokens, index)


def _head_before(tokens, index: int) -> str:
    """The lemma of the word a verb or a relative clause follows, past "that", "which" or "who" ("a
    law that permits": law; "a law forbidding": law; "the council bought": council)."""
    k = index - 1
    if k > 0 and tokens[k].lower in ("that", "which", "who"):
        k -= 1
    return tokens[k].lemma if k >= 0 else ""


def _reduced_relative(tokens, index: int) -> bool:
    """Is an -ing word a relative clause cut short, after the noun it tells of and before what it takes
    ("issues including encryption": issues that include it; "a law banning exports")?"""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (before.is_content and not before.is_number and before.lower not in _BE_FORMS
            and english.can_be_verb(tokens[index].lower) and (after.is_content or after.lower in DETERMINERS))


def _ways_with_cuts(analysis) -> frozenset:
    """The ways the text tells an amount changed (directions.ways_told), "cut" and "lower" used as
    verbs among them (they go down)."""
    cut = any(tok.lemma in CUT and tok.lemma not in analysis.negated and _made(analysis, i)
              for i, tok in enumerate(analysis.tokens))
    return ways_told(analysis) | ({"down"} if cut else set())


def _way_of_change(claim, d) -> frozenset:
    """Which way a claim tells the change its two readings give goes: "up from" / "down from" before
    the earlier figure, "from A to B", else the one way the claim tells at all (none if it tells two:
    "up from 5,100, while staff numbers fell")."""
    if d.other is not None:
        before = _text_before(claim, d.other, 10).split()
        if before[-2:] in (["up", "from"], ["down", "from"]):
            return frozenset([before[-2]])
        later = next((q for q in claim.quantities if q.start == d.quantity.start), None)
        if later is not None and _compared_reading(claim, d.other) and later.value != d.other.value:
            return frozenset(["up" if later.value > d.other.value else "down"])  # "£3.1m, compared with £1.4m": up
        if later is not None and later.value != d.other.value and earlier_reading(claim, later, d.other) is d.other:
            return frozenset(["up" if later.value > d.other.value else "down"])  # "24,000 in 2018 and 8,000 in 2024": down
    told, _ = figures_direction(claim)
    if told:
        return frozenset([told])
    ways = ways_told(claim)
    return ways if len(ways) == 1 else frozenset()


def _ways_apart(said: frozenset, told: frozenset) -> bool:
    """Do two texts tell changes only the other way from each other (one says up, the other down)?"""
    return bool(said) and bool(told) and not said & told


def _subject_denied(analysis, index: int) -> bool:
    """Is the word told of a subject that "no", "none of", "nobody" or "no one" denies, in its clause ("No ambulance
    was available", "No councillor was absent")? What is told of none is denied."""
    lo, _ = _clause(analysis, analysis.tokens[index].start)
    toks = [t for t in analysis.tokens if lo <= t.start < analysis.tokens[index].start]
    return bool(toks) and toks[0].lower in ("no", "none", "nobody", "nothing")  # ("no one" opens with "no")


def _denies_a_saying(analysis, index: int) -> bool:
    """Is the word a "deny" of what was said ("denied that ...", "denied reports that ...", "denied claims of"),
    not a refusal of what was asked ("denied planning permission")?"""
    toks = analysis.tokens
    return toks[index].lemma == "deny" and index + 1 < len(toks) and (
        toks[index + 1].lower == "that" or toks[index + 1].lemma in UNVOUCHED_NOUNS)


_ACCEPTING_A_SAYING = frozenset("admit accept acknowledge concede confirm".split())  # what "denied that" opposes


def _told_as_ended(analysis, index: int) -> bool:
    """Is the word a state or a measure told as ended ("when a year-long fare freeze ended", "after the
    ban was lifted", "scrapped the cap")? It no longer holds, and opposes nothing that holds now."""
    toks = analysis.tokens
    if analysis.verbal(index):
        return False
    after = [t.lemma for t in toks[index + 1:index + 1 + _ENDED_REACH]]
    before = [t.lemma for t in toks[max(0, index - _ENDED_REACH):index]]
    if any(toks[k].lemma == "end" and toks[k + 1].lower == "up" for k in range(index + 1, min(len(toks) - 1, index + 1 + _ENDED_REACH))):
        return False  # "the freeze ended up lasting three years": it lasted
    return bool(_ENDING_OF_A_STATE & set(after)) or (bool(before) and before[0] in _ENDING_OF_A_STATE and analysis.verbal(index - len(before)))


_ENDING_OF_A_STATE = frozenset("end expire lift scrap reverse abandon".split())  # what ends a freeze, a ban, a cap
_ENDED_REACH = 2  # words between the state and the verb that ends it ("the freeze was lifted", "ended the freeze")


def _made(analysis, index: int) -> bool:
    """Is "cut" / "lower" a verb that makes the change ("cut ticket prices", "fares were cut", "will
    lower fees"), not a noun or an adjective ("job cuts", "staff cuts angered", "charged lower prices")?"""
    toks = analysis.tokens
    prev = toks[index - 1] if index > 0 else None
    if prev is None:
        return False
    if prev.lower in _BE_FORMS or prev.lower in _BEFORE_A_VERB or prev.lower in _NEGATED_AUXILIARIES:
        return True  # "were cut", "will cut", "to lower", "has cut", "won't cut"
    if prev.lower in ("not", "never", "n't") and index > 1:
        before = toks[index - 2].lower
        return before in _BE_FORMS or before in _BEFORE_A_VERB or before in ("do", "does", "did")  # "would not cut"
    if prev.lower in DETERMINERS or is_possessive(prev) or analysis.verbal(index - 1):
        return False  # "the cuts", "its lower prices", "charged lower prices"
    if index + 1 < len(toks) and analysis.verbal(index + 1):
        return False  # "staff cuts angered": the noun before the verb
    if toks[index].lower.endswith("s") and prev.is_content and not prev.is_cap:
        return False  # "job cuts", "staff cuts"
    return prev.is_cap or prev.is_content or prev.lower in _SUBJECT_PRONOUNS  # "Kelbridge cut fares", "the board cut"


_BEFORE_A_VERB = frozenset("will would can could may might must shall should to has have had".split())
_NEGATED_AUXILIARIES = frozenset(w for w in NEGATORS if w.endswith("n't") and w != "n't") | {"cannot"}  # "won't", "didn't"
# ... and of a denied one ("its profit did not fall", "didn't fall")
_BEFORE_A_DENIED_VERB = _BEFORE_A_VERB | _NEGATED_AUXILIARIES | frozenset("did does do not never n't".split())




def _phrase_likeness(statement, i, claim, j) -> int:
    """How like the statement's word at ``i`` the claim's word at ``j`` is used: the content words and
    figures of the phrase each heads, and twice over the same measure changing ("its profit rose")."""
    mine, theirs = _measure_of(statement, i) or _measure_of_the_main_clause(statement, i), \
        _measure_of(claim, j) or _measure_of_the_main_clause(claim, j)  # (and what "the number of members" counts)
    when = _date_after_word(statement, i) or (statement.calendar_dates[0] if len(statement.calendar_dates) == 1 else None)
    then = _date_after_word(claim, j)
    same_time = when is not None and then is not None and date_parser.relation(when, then) == "supports"
    return len(_following(statement, i) & _following(claim, j)) + (2 if mine and theirs and _same_measure(mine, theirs) else 0) \
        + (1 if same_time else 0) \
        + len(_words_before(statement, i) & _words_before(claim, j))  # ("rose ... in 2023" is told by "rising ... in 2023",
    # not by "fell ... in 2024"; "export sales rose" by "export sales fell", not by "sales rose")


_WORDS_BEFORE_REACH = 6  # tokens before a verb of change that may name its measure: "Sales at Ashdown Orchard Cider rose"
_MEASURE_PHRASE_ENDS = frozenset("but and while whereas after before".split())


def _words_before(analysis, index: int) -> frozenset:
    """The common words of the phrase before a word, back to the opening of its clause ("but export sales fell":
    export, sale): the words its measure is named with, modifiers too."""
    toks, out = analysis.tokens, set()
    if _opens_an_adjunct(toks, index):
        # a participle of an adjunct has the main clause's subject ("revenue fell ... after rising"): its words
        main = _main_verb_of_adjunct(analysis, index)
        return _words_before(analysis, main) if main >= 0 else frozenset()
    for k in range(index - 1, max(-1, index - 1 - _WORDS_BEFORE_REACH), -1):
        if toks[k].lower in _MEASURE_PHRASE_ENDS or any(mark in analysis.text[toks[k].end:toks[k + 1].start] for mark in ",;:") \
                or analysis.verbal(k):
            break
        if toks[k].lower in _PLACING_BEFORE_A_VERB:
            out.clear()  # the words after it place the measure ("sales at the Felby branch"): no words of its name
            continue
        if toks[k].is_content and toks[k].lower.isalpha() and (not toks[k].is_cap or k == 0) \
                and not any(m.first <= k <= m.last for m in analysis.mentions):  # (no word of a name: "Ann Brack")
            out.add(toks[k].lemma)
    return frozenset(out)


_PLACING_BEFORE_A_VERB = frozenset("at in on from for across within near by".split())


_DATE_AFTER_REACH = 40  # characters from a verb of change to its date: "rising by 5 per cent in "


def _date_after_word(analysis, index: int):
    """The date that follows a word in its clause, within a few words ("fell by 3 per cent in 2024"), or None; none in
    a text of one date, which dates every clause of it ("grew by 10 per cent in 2024, while flights fell")."""
    if len(analysis.calendar_dates) < 2:
        return None
    tok = analysis.tokens[index]
    return next((d for d in analysis.calendar_dates if 0 <= d.start < IN_QUOTE and tok.end <= d.start <= tok.end + _DATE_AFTER_REACH
                 and not any(mark in analysis.text[tok.end:d.start] for mark in ";,")), None)


_PARTICIPLE_OPENERS = frozenset("after before while since having".split())


def _measure_of_the_main_clause(analysis, index: int) -> str:
    """The measure a participle of an adjunct tells the change of ("revenue fell by 3 per cent in 2024 after
    rising by 5 per cent in 2023": revenue), which is the main clause's subject, the participle's own
    understood subject (Quirk et al. 1985, 15.58); "" for any other word."""
    main = _main_verb_of_adjunct(analysis, index) if _opens_an_adjunct(analysis.tokens, index) else -1
    return _measure_of(analysis, main) if main >= 0 else ""


def _opens_an_adjunct(toks, index: int) -> bool:
    """Is the word a participle opening an adjunct ("after rising", "while falling")?"""
    return toks[index].lower.endswith("ing") and index > 0 and toks[index - 1].lower in _PARTICIPLE_OPENERS


def _main_verb_of_adjunct(analysis, index: int) -> int:
    """The index of the nearest verb before an adjunct's participle that tells a measure's change (the main
    clause's), or -1."""
    return next((k for k in range(index - 2, -1, -1) if analysis.verbal(k) and _measure_of(analysis, k)), -1)


def _a_result(analysis, index: int) -> bool:
    """Is a word of gain or loss a result told in money, or none, rather than the loss of things
    ("the loss of 120 jobs", "loss of life")? "A loss of £2 million" and "made a loss" are results."""
    toks = analysis.tokens
    if index + 1 >= len(toks) or toks[index + 1].lower != "of":
        return True
    return any(t.lower.startswith(("£", "$", "€")) or t.lower in ("pounds", "dollars", "euros")
               for t in toks[index + 2:index + 5]) or bool(_MONEY_NEXT_RE.match(analysis.text, toks[index + 1].end))


_MONEY_NEXT_RE = lazy(r"\s*(?:[A-Za-z]+\s+){0,2}?[£$€]")  # "of £2 million", "of about £3 million"


def _measure_changed(analysis, index: int) -> str:
    """The noun whose change a verb tells, where it stands right before it, past auxiliaries ("revenue
    fell", "its profit has risen"); "" if none, or if that noun ends a phrase after the head ("crowds at the
    taproom fell": _measure_heads reads that head)."""
    toks = analysis.tokens
    if index > 0 and "," in analysis.text[toks[index - 1].end:toks[index].start]:
        return _figure_head_before(analysis, index)
    k = index - 1
    while k >= 0 and toks[k].lower in _BEFORE_A_DENIED_VERB:
        k -= 1  # "has risen", "would fall", "did not fall"
    if k > 0 and toks[k].lower in ("that", "which"):
        # a relative clause's verb tells its antecedent's change: "on revenue that rose by 6 per cent"
        head = toks[k - 1]
        return head.lemma if head.is_content and not head.is_cap and not head.is_number and not analysis.verbal(k - 1) else ""
    if k < 0 or not toks[k].is_content or toks[k].is_cap or toks[k].is_number or analysis.verbal(k):
        return ""
    if k > 0 and toks[k - 1].lower in _INSIDE_A_PHRASE:
        return ""  # "the pass rate in English and maths fell": the word before is not the head
    j = k - 1
    while j >= 0 and (toks[j].lower in DETERMINERS or (toks[j].is_content and not toks[j].is_number and not analysis.verbal(j))
                      or "-" in (analysis.text[toks[j].end:toks[j + 1].start], analysis.text[toks[j - 1].end:toks[j].start] if j else "")) \
            and "," not in analysis.text[toks[j].end:toks[j + 1].start]:
        j -= 1  # (a hyphened modifier is of the phrase: "the Harby-based co-operative")
    if j >= 1 and toks[j].lower in _INSIDE_A_PHRASE and toks[j].lower != "and":
        return ""  # "cargo volumes at Kessel airport surged": the noun before ends a phrase after the head
    return toks[k].lemma


def _measure_of(analysis, index: int) -> str:
    """The noun whose change the word at ``index`` tells: the one right before it, else the head of
    the subject phrase ("sales at Wetherdale Dairy climbed"), when that is one noun; of a verb that
    changes its object ("cut the dividend"), the object's."""
    heads = _measure_heads(analysis, index)  # (an object's, of a verb that changes its object)
    if len(heads) == 1:
        return next(iter(heads))
    return "" if _changes_its_object(analysis, index) else _measure_changed(analysis, index)


def _figure_head_before(analysis, index: int) -> str:
    """The noun a figure is "of" in the phrase a word set off by a comma describes ("a dividend of
    €0.85 per share for 2023, unchanged from the previous year": dividend); "" if none."""
    toks = analysis.tokens
    for k in range(index - 1, max(0, index - 12), -1):
        if toks[k].is_number and toks[k - 1].lower == "of" and k >= 2:
            head = toks[k - 2]
            return head.lemma if head.is_content and not head.is_cap and not head.is_number else ""
    return ""


_INSIDE_A_PHRASE = frozenset("in of and or at for on with from by to".split())


def _measures_differ(statement, i, claim, j) -> bool:
    """Do the two words tell changes of two measures: the nouns right before them differ ("revenue
    fell" / "profit rose"), or the heads of their subjects do and the claim speaks of the statement's
    elsewhere ("sales at the dairy climbed" / "turnover rose, helped by higher sales; its profit
    fell")? A head the claim never uses may be its own measure in other words ("crowd" / "attendance")."""
    near, other = (_measure_changed(a, k) if not _changes_its_object(a, k) else "" for a, k in ((statement, i), (claim, j)))
    if near and other and near != other and word_similarity(near, other) < FAMILY:
        return True  # "profit" is no "revenue"
    mine, theirs = _measure_of(statement, i), _measure_of(claim, j)
    return bool(mine and theirs) and not _same_measure(mine, theirs) and not _compounded(mine, theirs, statement, claim) \
        and (accounts_measures_differ(mine, theirs) or any(t.is_content and _same_measure(mine, t.lemma) for t in claim.tokens))


def _measures_changed(analysis) -> frozenset:
    """The lemmas of the nouns whose change the text's verbs of change tell ("rents rose": rent)."""
    return frozenset(m for i, t in enumerate(analysis.tokens) if t.lemma in DIRECTED and analysis.verbal(i)
                     for m in [_measure_of(analysis, i)] if m)


def noun_modifiers(analysis) -> frozenset:
    """The token indices of words that modify the noun right after them ("export sales", "ticket-office
    staff"): common content words (a capital opening the sentence too), joined to the next by a space or a
    hyphen alone, neither read as a verb."""
    toks, text = analysis.tokens, analysis.text
    return frozenset(i for i in range(len(toks) - 1)
                     if toks[i].is_content and toks[i + 1].is_content and not (toks[i].is_cap and i) and not toks[i + 1].is_number
                     and text[toks[i].end:toks[i + 1].start] in (" ", "-") and not analysis.verbal(i) and not analysis.verbal(i + 1))


def held_words(analysis) -> frozenset:
    """The token indices of the words a claim must say, whatever figures and dates of the statement's it
    gives (see decide.judge): the measure a verb of change tells of ("rents rose by 4 per cent"), the head of a
    cause the sentence opens on as its subject ("A flood at the mill caused three deaths"), the noun a figure
    is "of" ("a tax of £1.1m"), and a time of day ("on the morning of 9 January"): what changed, which cause,
    what the figure is, and when in the day, no figure or date pins."""
    toks = analysis.tokens
    changed = _measures_changed(analysis)
    held = {i for i, t in enumerate(toks) if t.lower in date_parser.TIMES_OF_DAY or (t.lemma in changed and t.is_content)}
    first_verb = next((i for i in range(len(toks)) if analysis.verbal(i)), len(toks))
    if first_verb < len(toks) and toks[first_verb].lemma in _CAUSING:
        # what a cause did is pinned by its figures; which cause it was, by the subject's head alone
        end = next((i for i in range(first_verb) if toks[i].lower in _SUBJECT_PREPOSITIONS), first_verb)
        head = next((i for i in range(end - 1, -1, -1) if toks[i].is_content and not (toks[i].is_cap and i)), None)
        if head is not None and not any(m.first <= head <= m.last for m in analysis.mentions):
            held.add(head)
    held |= {i - 1 for i in range(1, len(toks) - 1) if toks[i].lower == "of" and toks[i - 1].is_content and not toks[i - 1].is_cap
             and any(q.start <= toks[i + 1].start < q.end for q in analysis.quantities)}
    return frozenset(held)


_CAUSING = frozenset("cause trigger spark prompt provoke".split())  # verbs whose subject is the cause of what they tell


def _compounded(mine: str, theirs: str, statement, claim) -> bool:
    """Is one measure the other's modifier ("shares" / "the share price", "pay" / "pay rise")?"""
    return (mine, theirs) in _word_pairs(claim) or (theirs, mine) in _word_pairs(statement)


def _word_pairs(analysis) -> set:
    return {(a.lemma, b.lemma) for a, b in zip(analysis.tokens, analysis.tokens[1:])}


def _following(analysis, index: int) -> set:
    """The phrase a word heads: the content words and figures of the next three tokens ("lost 12 of")."""
    return {t.lemma if t.is_content else t.lower for t in analysis.tokens[index + 1 : index + 4] if t.is_content or t.is_number}


def _surface(analysis, lemma: str) -> str:
    """The word as the text wrote it, for messages (lemmas are for matching)."""
    i = analysis.content.get(lemma, -1)
    if i is not None and i >= 0:
        return analysis.tokens[i].text.lower()
    return next((t.text for t in analysis.tokens if t.is_cap and t.lemma == lemma), lemma)  # a name as written: "ZTE"


def added_occasion(statement, claim) -> list:
    """The cause or occasion a statement gives in an adjunct ("after a television series about trams",
    "because of the heatwave", "thanks to a new sponsor"), where the claim says none of its words: it
    tells something the claim does not, however common its words (a frame the claim leaves open)."""
    toks = statement.tokens
    for i, tok in enumerate(toks):
        if tok.lower in _OCCASION_LINKED:
            if i + 1 >= len(toks) or toks[i + 1].lower not in ("of", "to"):
                continue  # "because" before a clause, "due" of a date: no adjunct of this kind
            k = i + 2
        elif tok.lower in _OCCASION_OPENERS:
            k = i + 1
        else:
            continue
        words, end = [], k
        for j in range(k, len(toks)):
            low = toks[j].lower
            if low in DETERMINERS or is_possessive(toks[j]) or (words and low in _WITHIN_A_PHRASE):
                continue  # ("a series about trams": the phrase goes on past its preposition)
            counted = toks[j].is_content and not toks[j].is_number and not toks[j].is_cap and low not in NUMBER_WORDS \
                and any(q.start < toks[j].start < q.end and q.noun and not q.unit and not _a_length(q) for q in statement.quantities)
            if not counted and (toks[j].is_number or toks[j].is_cap or low in NUMBER_WORDS
                                or any(q.start <= toks[j].start < q.end for q in statement.quantities)):
                if not words and j - k < _OCCASION_FIGURE_REACH and not _date_at(statement, toks[j].start):
                    continue  # ("because of the nine properties he owns": the figure's noun is the phrase's head)
                break  # a date, a figure (in words too: "after fourteen years") or a name is the checks' to compare
            if not toks[j].is_content:
                break
            words.append(toks[j].lemma)
            end = j + 1
        if words and not any(w in claim.content or any(word_similarity(w, c) >= ALIGNED_WORD for c in claim.content)
                             for w in words):
            told = statement.text[tok.start:toks[end - 1].end]
            # (an earlier event, "after pleading guilty", another claim may tell; a cause, "because of ...", joins two
            # facts in a way neither tells alone)
            return [SlotCheck("frame", "related", "", f"the claim does not say why or on what occasion: {told}",
                              role=OCCASION if tok.lower == "after" else "")]
    return []


_OCCASION_FIGURE_REACH = 3  # words of a figure or a name that may open the phrase of an occasion ("the nine properties")


def _date_at(analysis, at: int) -> bool:
    """Does a date of the text stand at the offset?"""
    return any(d.start <= at < d.end for d in analysis.dates if d.start >= 0)


OUTCOME_UNTOLD = "no outcome"  # the claim_value of outcome_untold's check
# words that tell a contest's outcome, beside the verbs of winning and losing
_OUTCOME_WORDS = CONTEST | frozenset("victory defeat draw loss winner loser champion".split())


def outcome_untold(statement, claim) -> list:
    """A contest's outcome the statement tells ("Harby Rovers lost to Felby Town at Mill Park") and the claim does
    not tell at all ("a crowd watched Harby Rovers' match against Felby Town"): the outcome is the fact such a
    sentence reports, and a claim of the match alone does not back it (nor any outcome)."""
    if any(t.lemma in _OUTCOME_WORDS for t in claim.tokens) or _RESULT_RE.search(claim.text):
        return []
    toks = statement.tokens
    for i, tok in enumerate(toks):
        if tok.lemma not in CONTEST or not statement.verbal(i) or tok.lemma in statement.negated:
            continue
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        # (a contest against another side: "beat Felby", "lost to Felby", "won against Felby"; not "won an award")
        if tok.lemma in ("lose", "win") and nxt not in (("to",) if tok.lemma == "lose" else ("against", "over")):
            continue
        return [SlotCheck("opposite", "uncovered", tok.text, OUTCOME_UNTOLD, (tok.start, tok.end))]
    return []


_RESULT_RE = lazy(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")  # a score ("3-1") tells the outcome


OCCASION = "occasion"  # the role of a frame check of an earlier event the statement adds ("after ...": added_occasion)


# words that open an adjunct of cause or occasion; "because", "due", "thanks" only with their "of" / "to"
_OCCASION_LINKED = frozenset(["because", "due", "thanks", "owing"])
_OCCASION_OPENERS = _OCCASION_LINKED | frozenset(["after", "amid"])
_WITHIN_A_PHRASE = frozenset(["of", "about", "on", "for"])


def added_instance(statement, claim) -> list:
    """A statement that tells its event as one more beyond another ("will close another 14 stores", "a
    further £3m", "14 more stores"; Quirk et al. 1985, 5.17, additive determiners) tells something a claim
    of that event alone does not: that there was one before. Where the claim tells an addition in any
    words ("on top of", "again", "a second"), or as a change between two readings ("rose from 18,200
    vehicles a day to 19,850" adds 1,650), the figures and words decide; otherwise no support."""
    at = _addition_marked(statement)
    if at < 0 or _addition_marked(claim) >= 0 or any(t.lower in _ADDITION_TOLD for t in claim.tokens) \
            or any(phrase in claim.text.lower() for phrase in _ADDITION_PHRASES) or any(d.change for d in _derived(claim)):
        return []
    tok = statement.tokens[at]
    return [SlotCheck("frame", "related", "", f"the claim tells no addition: '{tok.text}'", (tok.start, tok.end))]


_ADDITION_TOLD = frozenset("another further additional extra again second third fourth latest fresh renewed".split())
_ADDITION_PHRASES = ("on top of", "in addition")
_NOT_ADDING_BEFORE_MORE = frozenset(["no", "any", "the", "once", "never"])
_LENGTHS = quantity_parser.DURATION_UNITS | {"season", "term"}  # what "another five years" counts


@_per_analysis
def _addition_marked(analysis) -> int:
    """The token of an additive determiner before what it adds to ("another 14 stores", "a further
    £3m", "further delays", "14 more stores", "more stores"), not a comparison ("more stores than",
    "more expensive") nor a denial ("no more flights"); or -1."""
    toks = analysis.tokens
    if any(t.lower == "than" for t in toks):
        return -1  # a comparison, which the figures and _comparisons read
    for i, tok in enumerate(toks[:-1]):
        nxt, prev = toks[i + 1], toks[i - 1].lower if i > 0 else ""
        if any(t.lemma in _LENGTHS for t in toks[i + 1:i + 3]):
            continue  # "lasts for another five years": time on from now, which an end date tells
        counted = nxt.is_number or nxt.lower in NUMBER_WORDS or any(q.start <= nxt.start < q.end for q in analysis.quantities)
        plural_noun = nxt.is_content and not nxt.is_cap and nxt.lower.endswith("s") and not analysis.verbal(i + 1)
        if tok.lower == "another" and (counted or (nxt.is_content and not nxt.is_cap and not analysis.verbal(i + 1))):
            return i
        if tok.lower == "further" and (counted or plural_noun or (prev == "a" and nxt.is_content)):
            return i
        if tok.lower == "more" and prev not in _NOT_ADDING_BEFORE_MORE and (
                (i > 0 and (toks[i - 1].is_number or prev in NUMBER_WORDS) and nxt.is_content) or plural_noun):
            return i
    return -1


def frame(statement, claim) -> list:
    """A claim about what held *before* an event says nothing of now; opposite frames are different times."""
    told = {k for k, _ in claim.frames}
    for kind, event in sorted(claim.frames):
        opposite = "after" if kind == "before" else "before"
        if opposite in told:
            continue  # the claim tells of both times ("originally due in May, will now open in October, after ...")
        if (opposite, event) in statement.frames or (opposite, "*") in statement.frames or (
            event == "*" and any(k == opposite for k, _ in statement.frames)
        ):
            what = "some change" if event == "*" else f"'{event}'"
            return [SlotCheck("frame", "conflicts", opposite, f"the statement is about {opposite} {what}, the claim about {kind} it")]
        if kind == "before" and (kind, event) not in statement.frames and (kind, "*") not in statement.frames \
                and (statement.present or (statement.modality == FUTURE and event == "*")) and "after" not in told:
            # "we bought chips every year" may be the time before; "we buy" is now; "will open" is to come,
            # where a plan since changed ("had been due to open") says nothing ("would expand it before the
            # start of the season" is a deadline, not a time before)
            what = "some change" if event == "*" else f"'{event}'"
            return [SlotCheck("frame", "related", "", f"the claim holds only before {what}")]
    return []


_MODALITY_WORDS = {"fact": "happened", "future": "will happen", "possible": "may happen",
                   "counterfactual": "would have happened", "opinion": "ought to be"}


def modality(statement, claim, claim_kind=None, restated=False) -> list:
    """A claim that something may, will or would have happened does not make it a fact; a forecast
    or an opinion never supports a statement of fact. Predicate by predicate: each of the
    statement's verbs stated as fact needs the claim to state the same verb as fact, when the claim
    has it at all ("announced that it will set up": the announcing is a fact, the setting up is not).
    ``restated``: the statement says what the claim says, nearly word for word, so it carries the
    claim's own modality."""
    if claim_kind in ("forecast", "opinion") and not restated and not _voiced(statement, claim) \
            and not _acts_told(statement, claim) and not says_who_speaks(statement, claim):
        kind_modality = "future" if claim_kind == "forecast" else "opinion"
        if statement.modality == "fact" and not (claim_kind == "forecast" and statement.present):
            return [SlotCheck("modality", "related", _MODALITY_WORDS["fact"], _MODALITY_WORDS[kind_modality])]
        if statement.modality == "future" and claim_kind == "opinion":
            # what someone says ought to be ("a target that 40 per cent should be affordable") is no
            # telling of what will be ("40 per cent will be affordable")
            return [SlotCheck("modality", "related", _MODALITY_WORDS["future"], _MODALITY_WORDS[kind_modality])]
    voiced = _voiced(statement, claim)
    for predicate, said in statement.predicate_modality.items():
        if said not in ("fact", "future"):
            continue
        claimed = [m for q, m in claim.predicate_modality.items() if _same_predicate(predicate, q)]
        if claimed and all(_only_asked_for(claim, q) for q in claim.predicate_modality if _same_predicate(predicate, q)) \
                and not _asked_for(statement, predicate):
            # "rejected a request to fund the extension", "urged ministers to act": what one asked of
            # another tells nothing of whether it was or will be done
            return [SlotCheck("modality", "related", _MODALITY_WORDS[said], "was asked for")]
        if claimed and all(_excepted(claim, q) for q in claim.predicate_modality if _same_predicate(predicate, q)) \
                and not _excepted(statement, predicate):
            # "unless its funding is renewed, the food bank will close in June" tells no closing outright
            return [SlotCheck("modality", "related", _MODALITY_WORDS[said], "unless something else happens")]
        supposed = [q for q in claim.predicate_modality if _same_predicate(predicate, q)]
        if supposed and all(_in_a_condition(claim, q) and q in claim.negated for q in supposed) \
                and not _in_a_condition(statement, predicate):
            # "could rise if the backlog is not cleared" tells no clearing, nor that it was not cleared (a denial
            # supposed; a plain condition's verb is left to the rest: "if the bid succeeds, work will start")
            return [SlotCheck("modality", "related", _MODALITY_WORDS[said], "supposed in a condition")]
        if voiced and _said_content(statement, predicate):
            if said == FUTURE and claimed and set(claimed) == {"possible"}:
                # "Sadiq said the council will cut ..." against "Sadiq said the council may cut ...": what
                # the speaker left possible, told as certain, is not what she said (a fact in a clause of
                # time is no telling of certainty: "warned it could be 15 years before the heather recovers")
                return [SlotCheck("modality", "conflicts", _MODALITY_WORDS[said], _MODALITY_WORDS["possible"], _span(statement, predicate))]
            if said == FACT and claimed and all(m == COUNTERFACTUAL for m in claimed):
                # "Pike said the bypass had been finished in 2024" against "Pike said the council would much rather
                # have finished it in 2024": what the speaker wished had happened, told as done, is not what she said
                return [SlotCheck("modality", "related", _MODALITY_WORDS[said], _MODALITY_WORDS[COUNTERFACTUAL])]
            continue  # "Castellow said Larkway had let its customers down": her saying, which her claim records
        if said == "future":
            # what will happen is not settled by what may happen ("did not rule out standing again")
            if claimed and not ({"fact", "future"} & set(claimed)) and "possible" in claimed:
                return [SlotCheck("modality", "related", _MODALITY_WORDS["future"], _MODALITY_WORDS["possible"])]
            if claimed and set(claimed) == {"fact"} and _told_as_past(statement, claim, predicate) and _willed(statement, predicate):
                # what happened is no telling that it will happen again ("bought batteries from them
                # before the ban" / "will buy batteries from them")
                return [SlotCheck("modality", "related", _MODALITY_WORDS["future"], _MODALITY_WORDS["fact"])]
            continue
        if claimed and "fact" not in claimed and way_of(predicate) and any(
                m == "fact" and way_of(q) == way_of(predicate) and _same_change_told(statement, predicate, claim, q)
                for q, m in claim.predicate_modality.items()):
            continue  # "has been trying to grow its income, which rose from £21m to £33m": the rise is told as
            # fact, in a verb of change the same way ("grew" is what "rose" says)
        if claimed and "fact" not in claimed:
            weakest = claimed[0]
            if weakest == "future" and statement.present and not _past_form(statement, predicate):
                continue  # "the consultation ends in February": the present of a scheduled event (not
                # "... estimates that building began in spring 2026": that verb is past)
            return [SlotCheck("modality", "related", _MODALITY_WORDS["fact"], _MODALITY_WORDS[weakest])]
    return []


def _same_change_told(statement, predicate: str, claim, other: str) -> bool:
    """Do the two verbs of change tell the change of one measure: the claim's of no measure the
    statement names otherwise ("its research income, which rose" / "research income grew"; not
    "ticket prices rose" / "attendance increased")?"""
    i, j = statement.content.get(predicate, -1), claim.content.get(other, -1)
    if i is None or j is None or i < 0 or j < 0:
        return False
    mine = _measure_of(statement, i) or _measure_changed(statement, i)
    if not mine or _measures_differ(statement, i, claim, j):
        return False
    # the claim's verb tells the change of the word that stands before it, past a relative pronoun
    # ("its research income, which rose"; not "increase attendance after ticket prices rose")
    before = next((t for t in reversed(claim.tokens[:j]) if t.is_content or t.is_number), None)
    return before is not None and not before.is_number and _same_measure(mine, before.lemma)


def _voices_of(claim) -> set:
    """Who a claim says said it: its attribution and the speakers its text names."""
    return (claim.voices | {m.name for m in claim.speakers} | {_voice(claim)}) - {""}


def _other_voices(statement, claim, places=frozenset()) -> bool:
    """Does the statement tell what one person said and the claim what another said ("Birch said the
    tide was turning" / Keane's "the tide is not turning")? Two voices that disagree contradict
    each other, not the statement of what one of them said."""
    voices = _voices_of(claim)
    if not voices:
        return False
    said_by = _voice(statement) or next((m.name for m in statement.speakers), "")
    if not said_by and statement.voice_described:
        # "The minister said ...": whoever of the base's ministers it is, not a voice of another kind
        return not any(v == c or same_name(c, v, places) for c in statement.voice_described for v in voices)
    if not said_by:
        return _unnamed_voice(statement)  # "She said ...": whoever she is, her saying is not the claim's voice's
    return not any(v == said_by or same_name(said_by, v, places) for v in voices)


_PERSONAL_PRONOUNS = frozenset("he she they we i".split())


@_per_analysis
def _unnamed_voice(analysis) -> bool:
    """Does the sentence open by telling that someone it names by a pronoun only said something ("She
    said the tide was not turning", "He has warned that ...")?"""
    toks = analysis.tokens
    if len(toks) < 2 or toks[0].lower not in _PERSONAL_PRONOUNS:
        return False
    k = 1
    while k < len(toks) and toks[k].lower in ("has", "have", "had", "also", "later", "then"):
        k += 1
    return k < len(toks) and toks[k].lemma in VOICING and analysis.verbal(k) and not adds_a_thing(toks, k, analysis.text)


_WILL = frozenset(["will", "shall", "'ll"])


def _willed(statement, predicate) -> bool:
    """Is the predicate's future told by "will" or "shall" before it, perhaps across an adverb ("will
    soon buy")? Not an intention ("aims to buy"), which a deed done may well have had."""
    at = statement.content.get(predicate, -1)
    toks = statement.tokens
    if at <= 0 or toks[at - 1].lower in ("have", "been"):
        return False  # "will have opened": done by a time to come, as the deed done says
    if at >= 3 and [t.lower for t in toks[at - 2:at]] == ["to", "be"] and toks[at - 3].lower in _BE_FORMS:
        return True  # "are to be built": an arrangement, as "will be built"
    if at >= 3 and toks[at - 1].lower == "to" and toks[at - 2].lower in SCHEDULED and toks[at - 3].lower in _BE_FORMS:
        return True  # "is due to open", "was scheduled to open": a time set, an arrangement as "is to open" is
    return any(toks[k].lower in _WILL for k in range(max(0, at - 3), at))


def _told_as_past(statement, claim, predicate) -> bool:
    """Does the claim write the statement's predicate (or its like) in a past form, every time, of
    the same things (a word of its clause not a name, beside the verb, in the statement's clause
    too: "bought batteries" / "will buy batteries"; not "lost 40,000 birds" / "160 jobs will be lost")?"""
    same = [q for q in claim.predicate_modality if _same_predicate(predicate, q)]
    uses = [i for i, tok in enumerate(claim.tokens) if tok.lemma in same]
    return bool(uses) and all(_written_past(claim.tokens, i) for i in uses) \
        and any(_clause_words(statement, predicate) & _clause_words(claim, q) for q in same)


def _written_past(toks, i: int) -> bool:
    """Is the verb at i in a past form (see _past_at), not "was cutting": a plan told in the past
    ("said it was cutting 300 jobs")?"""
    return _past_at(toks, i) and not toks[i].lower.endswith("ing")


def _clause_words(analysis, lemma) -> set:
    """The content words, not names nor figures, of the clause a word stands in, but the word."""
    at = analysis.content.get(lemma, -1)
    if at < 0:
        return set()
    lo, hi = _clause(analysis, analysis.tokens[at].start)
    return {tok.lemma for tok in analysis.tokens if lo <= tok.start < hi and tok.is_content and not tok.is_number
            and not tok.is_cap and tok.lemma != lemma}


def _past_form(analysis, lemma) -> bool:
    """Is the word written in a past form ("began", "was generated": its own form, or the auxiliary
    before it), whatever the tense of the sentence's first verb?"""
    at = analysis.content.get(lemma, -1)
    return at >= 0 and _past_at(analysis.tokens, at)


def _past_at(toks, at: int) -> bool:
    """Is the verb at token ``at`` in a past form: its own ("bought"), or after "had", "did", "was"
    or "were" ("was generated")?"""
    before = toks[at - 1].lower if at > 0 else ""
    if before in ("was", "were", "had", "did"):
        return True
    tok = toks[at]
    return tok.lower != tok.lemma and not tok.lower.endswith("s") and not tok.lower.endswith("ing") \
        and before not in _NOT_PAST_BEFORE


def _acts_told(statement, claim) -> bool:
    """Does a claim of opinion or forecast tell the statement's acts as facts, in its own voice
    ("Arkwright voted against the budget and said residents are asked to pay more for less":
    the voting is a fact; the saying's content is the opinion)? Every predicate the statement
    states as fact is one the claim states as fact, before any verb of saying in its clause."""
    stated = [p for p, m in statement.predicate_modality.items() if m == "fact"]
    if not stated:
        return False
    voices = _voices_of(claim) | ({voice_of(claim)} - {""})
    told = False
    for predicate in stated:
        found = [q for q, m in claim.predicate_modality.items() if _same_predicate(predicate, q)]
        if not found and _in_relative_clause(statement, predicate):
            continue  # "Tom Arkwright, who leads the opposition, voted ...": a description of the doer, which the
            # claim may give in a noun ("the opposition leader"), as the alignment reads it; the act is the voting
        if not found or any(claim.predicate_modality[q] != "fact" or _reported(claim, q) for q in found):
            return False
        told = True
        for q in found:
            doer = claim.agents.get(q)
            if doer is None and not _voice_opens(claim, q, voices):
                return False  # no doer named, and no voice named ahead of the act as its doer ("according to
                # Hale, the council wasted ...": Hale's view)
            if doer is not None and voices and not any(doer.name == v or same_name(doer.name, v) for v in voices):
                return False  # another's act told in the voice's words ("the council wasted £2 million, Hale said")
    return told


def _in_relative_clause(analysis, lemma) -> bool:
    """Does the word stand in a relative clause set off by commas (", who leads the opposition,")?"""
    at = next((tok.start for tok in analysis.tokens if tok.lemma == lemma), -1)
    return at >= 0 and any(s <= at < e and analysis.text.startswith((", who ", ", which "), s)
                           for s, e in set_off_spans(analysis.text))


def _voice_opens(claim, lemma, voices) -> bool:
    """Is one of the claim's voices named before the word, as who does it ("The opposition leader,
    Councillor Tom Arkwright, voted against the budget and said ..."), not after "according to"?"""
    at = next((tok.start for tok in claim.tokens if tok.lemma == lemma), -1)
    if at < 0 or "according to" in claim.text[:at].lower():
        return False
    return any(m.start < at and (m.name in voices or any(same_name(m.name, v) for v in voices)) for m in claim.mentions)


def _said_content(analysis, lemma) -> bool:
    """Is the word in what a verb of saying proper ("said", "told", "stated") reports, or what a verb
    of asking or arguing asks for ("called for the levy to be scrapped", "urged ministers to act"),
    in its clause (not a verb of praise or blame's object: "blamed rising demand, which took up 41
    per cent")?"""
    # a verb of asking read as a verb ("called for", "urged"), not as its noun ("rising demand")
    return _after_in_clause(analysis, lemma, REPORTING, missing=False) \
        or _after_in_clause(analysis, lemma, _ASKING, missing=False, verbal=True)


# verbs whose complement is what their subject asks for, argues or foresees, not what happened
_ASKING = frozenset("call urge demand propose recommend argue insist warn predict".split())


def _reported(analysis, lemma) -> bool:
    """Is the word part of what someone says: after a verb of saying in its clause? (A word the
    text does not hold is taken as said, not as told.)"""
    return _after_in_clause(analysis, lemma, VOICING | _HOLDING, missing=True)


def _after_in_clause(analysis, lemma, verbs, missing: bool, verbal: bool = False) -> bool:
    """Does one of ``verbs`` stand before the word in its clause (read as a verb there, when
    ``verbal``)? ``missing``: the answer for a word the text does not hold."""
    at = next((k for k, tok in enumerate(analysis.tokens) if tok.lemma == lemma), -1)
    if at < 0:
        return missing
    lo, _ = _clause(analysis, analysis.tokens[at].start)
    return any(tok.lemma in verbs and (not verbal or analysis.verbal(k))
               for k, tok in enumerate(analysis.tokens[:at]) if tok.start >= lo)


# verbs of holding a view: what follows is the holder's view ("Hale believes the council wasted ...")
_HOLDING = frozenset("think believe feel hope expect fear suspect doubt consider reckon suppose".split())


def _voiced(statement, claim) -> bool:
    """Does the statement tell that the claim's own voice said or asked for it ("Colin Mabry called for
    an independent review" of his opinion)? Then it states the saying, which the claim records."""
    voices = _voices_of(claim)
    return bool(voices) and _voice(statement) in voices


_voice = _per_analysis(voice_of)  # read once a statement, whatever the number of opinion claims it meets


# ---------------------------------------------------------------- actors, places, sources


def undergoers(statement, claim) -> list:
    """"The driver suffered injuries" is not what "the driver injured two cyclists" says: the subject of
    a verb of undergoing ("suffered", "sustained") is the patient of the event its object names, whom a
    passive tells ("was injured"); a claim that tells the event's verb in the active only, with a
    subject of its own, has that subject do it. No contradiction, and no support either."""
    for i, event in undergone_events(statement):
        told = [k for k, tok in enumerate(claim.tokens) if claim.verbal(k) and word_similarity(event, tok.lemma) >= ALIGNED]
        if told and not any(after_be(claim.tokens, k) for k in told):
            tok = statement.tokens[i]
            return [SlotCheck("actor", "related", f"'{tok.text} {event}', undergone by its subject",
                              f"'{claim.tokens[told[0]].text}', done by its subject", (tok.start, tok.end))]
    return []


def actors(statement, claim, places=frozenset(), ancestors=None) -> list:
    """Who did it: the statement's agent of a predicate against the claim's agent of the same one."""
    out = []
    reversed_ = reversed_comparison(statement, claim, places)
    if reversed_:  # "Harlow is older than Kelby" against "Kelby is older than Harlow"
        i, j, (first, second) = reversed_
        mention = next((m for m in statement.mentions if m.name == first and m.last < i), None)
        # (of another time, no contradiction, nor any backing: "In 1950 Kerrow was larger than Dunfold" says
        # nothing of which is larger now)
        relation = "conflicts" if statement.present == claim.present else "related"
        said, told = f"{first} {statement.tokens[i].text} than {second}", f"{second} {claim.tokens[j].text} than {first}"
        if mention is not None:
            out.append(SlotCheck("actor", relation, said, told, (mention.start, mention.end), name=first, role="subject"))
        else:  # the sides told by common words ("rents in the centre ... than in its suburbs")
            out.append(SlotCheck("opposite", relation, said, told, (statement.tokens[i].start, statement.tokens[i].end)))
    elif (unlike := compared_with_another(statement, claim)) >= 0:
        tok = statement.tokens[unlike]  # "higher than last year" against "higher than in its suburbs": no backing
        out.append(SlotCheck("opposite", "uncovered", f"{tok.text} than", "compared with another", (tok.start, tok.end)))
    for predicate, mention in statement.agents.items():
        # (one side of a transfer told in another of its verbs: "acquired" the doer of what "bought" tells)
        claimed = predicate if predicate in claim.agents else next(
            (p for p in sorted(claim.agents) if _same_predicate(predicate, p)), None) or next(
            (p for p in sorted(claim.agents) if same_side_of_a_transfer(predicate, p)), None)
        if claimed is None and predicate in WINNING:
            # "A beat B" against "B won against A": each winning verb tells who won, but only the sides
            # swapped say anything against it (a win of another contest is no other doer)
            won = next((p for p in sorted(claim.agents) if p in WINNING), None)
            if won is not None and _roles_reversed(statement, predicate, mention, claim, won, claim.agents[won], places) \
                    and all(n in claim.names or any(same_name(n, m, places) for m in claim.names) for n in statement.names):
                # (not of another contest: "beat A to the depot contract" against "won the bypass contract ahead of B")
                out.append(_roles_swapped(predicate, mention, claim.agents[won]))
            continue
        other = claim.agents.get(claimed) if claimed is not None else None
        if other is None or any(m.name == mention.name or same_name(mention.name, m.name, places)
                                for m in claim.agents.every.get(claimed, (other,))):
            continue  # (the doer of the word wherever the claim tells it: "A won 5 seats, and B won 3")
        if ancestors and (other.name in ancestors((mention.name,)) or mention.name in ancestors((other.name,))):
            continue  # "Beijing pledged" for "China pledged": a part (a capital, a ministry) acts for its whole
        if (predicate in statement.negated) != (claimed in claim.negated):
            continue  # "Dune approved the plan" says nothing against "the Authority has not approved it"
        if _roles_reversed(statement, predicate, mention, claim, claimed, other, places):
            if told_conversely(statement, claim, places):
                continue  # "A finished ahead of B" / "B finished behind A": each in the other's place, rightly
            out.append(_roles_swapped(predicate, mention, other))
            continue
        if mention.name not in claim.only_sources and not _only_beaten(claim, mention.name, places) and (
                mention.name in claim.names or any(same_name(mention.name, n, places) for n in claim.names)):
            # the claim names it too, in another role; the one who only says the claim is not its doer
            # (but not as the side its doer beat: "won, ahead of teams from Belgium" tells Belgium lost): no
            # contradiction, and no backing where the statement does not name the claim's doer ("Kelby Council
            # will build 240 houses" against "Kelby Council expects Marlow Homes to build 240 houses")
            # (only of a doer that opens the statement: "A retired postman from Stanmoor fell" names no doer)
            # (nor of one the claim names with its doer: "Lewis and Levy controlled 70.6% and 29.4%")
            if _opens_the_text(statement, mention) and not _named_with(claim, mention.name, other, places) and not (
                    other.name in statement.names or any(same_name(other.name, n, places) for n in statement.names)):
                out.append(SlotCheck("actor", "related", f"{mention.name} did '{predicate}'", other.name,
                                     (mention.start, mention.end), name=mention.name, role=_role(statement, mention)))
            continue
        if other.name in statement.names or any(same_name(other.name, n, places) for n in statement.names):
            continue  # the statement names the claim's actor too ("Sandhu and Howe received ...")
        if _as_place(statement, mention) != _as_place(claim, other):
            continue  # "the US added" and "the Trump administration added": a country acts through others
        if _property_subject(statement, mention) and not _heads_now(statement, predicate, claim, claimed):
            continue  # "Alibaba employs 207,000 people": a property, not a deed with one doer
        if _indefinite_object(statement, predicate):
            continue  # "Rowe signed a new contract" against "Whitlock signed a new contract": a deed many may do
        if _one_of_many(statement, predicate, mention):
            continue  # "Pike joined Redmoor in 2019" against "Okafor joined Redmoor in 2019": a body has many members
        if _told_as_another_doer(statement, predicate):
            # "Wendy Ash also abstained": the deed done by another too, as the claim's doer did it; no contradiction,
            # and no backing of this doer
            out.append(SlotCheck("actor", "related", f"{mention.name} did '{predicate}'", other.name,
                                 (mention.start, mention.end), name=mention.name, role=_role(statement, mention)))
            continue
        out.append(SlotCheck("actor", "conflicts", f"{mention.name} did '{predicate}'", other.name,
                             (mention.start, mention.end), name=mention.name, role=_role(statement, mention),
                             described=_described_beside(statement, mention)))
    return out


# focusing adverbs that add their focus to others of whom the same is true (Quirk et al. 1985, 8.116 "additive
# adjuncts"): "Wendy Ash also abstained" presupposes someone else abstained
_ADDITIVES = frozenset("also too likewise similarly".split())
_ADDITIVE_REACH = 3  # words before the verb an additive stands in ("also abstained", "had also been told")


def additive_told(analysis) -> bool:
    """Does an additive adverb go with any of the text's verbs (see _told_as_another_doer)?"""
    return any(_told_as_another_doer(analysis, t.lemma) for i, t in enumerate(analysis.tokens) if analysis.verbal(i)
               and t.is_content)


def _told_as_another_doer(analysis, predicate: str) -> bool:
    """Does an additive adverb go with the verb ("also abstained", "abstained too", "abstained as well")? Then
    another's doing it is what the statement presupposes, no contradiction of its doer."""
    at = analysis.content.get(predicate, -1)
    if at is None or at < 0:
        return False
    toks = analysis.tokens
    before = [t.lower for t in toks[max(0, at - _ADDITIVE_REACH):at]]
    after = [t.lower for t in toks[at + 1:]]
    ends = next((k for k, w in enumerate(after) if w in (",", ";", ".")), len(after))
    return bool(_ADDITIVES & set(before)) or "too" in after[:ends] or ("as", "well") in zip(after[:ends], after[1:ends])


def _roles_swapped(predicate: str, mention, other) -> SlotCheck:
    """The conflict of a deed told with its doer and other party in each other's place."""
    return SlotCheck("actor", "conflicts", f"'{predicate}' by {mention.name} of {other.name}", f"by {other.name} of {mention.name}",
                     (mention.start, mention.end), name=mention.name, role="subject")


def _described_beside(analysis, mention) -> frozenset:
    """The content lemmas of the description a name stands in apposition with: the noun phrase that
    opens the sentence before it ("The cabinet member for parks, Ann Webb, said", analysis.description_before)
    or the one set off after it ("Ann Webb, the cabinet member for parks, said"). Who the statement says the
    doer is is part of naming them: a wrong name's description is as much the conflict as the name."""
    toks, text = analysis.tokens, analysis.text
    opens = description_before(toks, text, mention)
    if opens:
        return frozenset(t.lemma for t in toks[:opens] if t.is_content and not t.is_cap)
    for start, end in set_off_spans(text):
        if mention.last + 1 < len(toks) and start <= toks[mention.last + 1].start and text[toks[mention.last].end:start].strip() == "":
            return frozenset(t.lemma for t in toks if start <= t.start < end and t.is_content and not t.is_cap)
    return frozenset()


# verbs of becoming or ceasing to be one of a body's members: many may join or leave one body at once
_MEMBERSHIP = frozenset("join rejoin leave quit".split())


def _named_with(claim, name: str, doer, places) -> bool:
    """Does the claim name ``name`` joined to its doer by "and", "or" or a comma ("Lewis and Levy")?"""
    text = claim.text
    return any((m.name == name or same_name(m.name, name, places))
               and (text[m.end:doer.start] in (" and ", " or ", ", ", " & ") or text[doer.end:m.start] in (" and ", " or ", ", ", " & "))
               for m in claim.mentions if 0 <= m.start < IN_QUOTE and 0 <= doer.start < IN_QUOTE)


def _opens_the_text(analysis, mention) -> bool:
    """Does the name open the text, as its subject ("Kelby Council will build", "The Kelby Trust has")?"""
    return mention.first == 0 or (mention.first == 1 and analysis.tokens[0].lower == "the")


def _one_of_many(statement, predicate, doer) -> bool:
    """Does the statement tell only that its doer joined or left a body ("Pike joined Redmoor in
    2019"), which many do, and nothing that marks one such move (a figure, another party: "from
    Bramley Rangers", "for £450,000"; a post: "as manager")?"""
    return predicate in _MEMBERSHIP and not statement.quantities and len(statement.names - {doer.name}) <= 1 \
        and not any(t.lower == "as" for t in statement.tokens)  # ("joined Kelby Town as manager": one post)


_BEATEN_BEFORE = frozenset("ahead beating beat defeating over".split())  # "won, ahead of teams from Belgium"
_BEATEN_REACH = 4  # tokens from such a word to the name ("ahead of teams from Belgium")


def _only_beaten(claim, name, places) -> bool:
    """Is every mention of the name in the claim the side its doer beat ("won the title ahead of teams
    from Belgium", "beating Denmark")?"""
    toks = claim.tokens
    own = [m for m in claim.mentions if m.name == name or same_name(m.name, name, places)]
    return bool(own) and all(any(t.lower in _BEATEN_BEFORE for t in toks[max(0, m.first - _BEATEN_REACH):m.first]) for m in own)


# verbs of heading a body or a team, a post one holds at a time ("leads the laboratory", "chairs the
# board"); not of a relation many may share ("owns", "serves", "represents", "works for")
_HEADING = frozenset("lead run head chair manage coach captain edit direct govern".split())


def _heads_now(statement, predicate, claim, claimed) -> bool:
    """Does the statement tell who heads a thing now ("Dr Lund leads the laboratory"), where the claim
    tells of another heading it now ("Ann Holt has led the laboratory since 2018", "... chairs it")?
    One post has one holder: the present is no property another may share."""
    if predicate not in _HEADING or claimed not in _HEADING or not _definite_object(statement, predicate):
        return False
    at = claim.content.get(claimed, -1)
    return at >= 0 and (claim.present or (at > 0 and claim.tokens[at - 1].lower in ("has", "have")))


def _definite_object(analysis, predicate) -> bool:
    """Does the verb take one definite thing: "the" or a possessive before its object, or a name
    ("leads the laboratory", "runs Marrow Museum"), not a count ("runs three hospitals")?"""
    tok = _object_opening(analysis, predicate)
    return tok is not None and ((tok.lower in DETERMINERS and tok.lower not in ("a", "an")) or (tok.is_cap and not tok.is_number))


def _indefinite_object(analysis, predicate) -> bool:
    """Is the verb's object an indefinite noun phrase ("signed a new contract", "opened an office")?
    Such a deed may be done by many: another doer of it is no contradiction."""
    tok = _object_opening(analysis, predicate)
    # (and "will receive no bonus": none is no deed only one may do; not "no-confidence")
    return tok is not None and (tok.lower in ("a", "an") or (tok.lower == "no" and analysis.text[tok.end:tok.end + 1] != "-"))


def _object_opening(analysis, predicate):
    """The word that opens what the verb takes, past an auxiliary or "also" ("has also signed a ..."), or None."""
    at = analysis.content.get(predicate, -1)
    if at < 0:
        return None
    return next((tok for tok in analysis.tokens[at + 1:at + 3] if tok.lower not in ("has", "have", "had", "been", "also")), None)


# verbs whose doer and other party may trade places without changing the fact (reciprocal verbs,
# Levin 1993, 2.5): "Redmoor played Harton" is "Harton played Redmoor"
_RECIPROCAL = frozenset("meet marry merge cooperate collaborate partner ally agree negotiate talk "
                        "compete fight play draw tie debate trade share".split())


def is_done_to(analysis, lemma, name, places) -> bool:
    """Is the name the party the verb is done to: named after it, or the subject of its passive (see _other_party)?"""
    return _other_party(analysis, lemma, name, places)


def indefinite_object(analysis, lemma) -> bool:
    """Is the verb's object an indefinite noun phrase (see _indefinite_object)?"""
    return _indefinite_object(analysis, lemma)


def _other_party(analysis, lemma, name, places) -> bool:
    """Is ``name`` the party the verb ``lemma`` is done to, in the analysis's own text: named after it (its
    object or another party), or, of a passive, its subject ("Ravensby Rovers were beaten by Calder Athletic")?"""
    at = analysis.content.get(lemma)
    if at is None:
        return False
    toks = analysis.tokens
    verb_start = toks[at].start
    # the passive's subject ends right before its "be" (and a "has", "had" or "will" before "been" or "be")
    be = next((k for k in range(at - 1, max(-1, at - 4), -1) if toks[k].lower in _BE_FORMS), -1)
    if be > 0 and toks[be].lower in ("been", "be") and toks[be - 1].lower in AUXILIARIES:
        be -= 1
    return any((m.start > verb_start or (be > 0 and m.last == be - 1)) and (m.name == name or same_name(m.name, name, places))
               for m in analysis.mentions)


def _roles_reversed(statement, predicate, mention, claim, claimed, other, places) -> bool:
    """The statement's doer is the claim's other party and the other way round ("Osei named Sandhu
    as her deputy" against "Sandhu named Osei as her deputy"), for a verb whose parties are not
    interchangeable."""
    if predicate in _RECIPROCAL or claimed in _RECIPROCAL or mention.name in claim.only_sources:
        return False
    if (mention.type == "place") != (other.type == "place"):
        return False
    if _with_party(statement, other.name, places) or _with_party(claim, mention.name, places):
        return False  # "Larch will build the homes with Kelby Homes" / "... built by Kelby Homes with Larch":
        # a party "with" the doer does it too, and the two may be told either way round
    return _other_party(statement, predicate, other.name, places) and _other_party(claim, claimed, mention.name, places)


_WITH_REACH = 6  # tokens from "with" to the name: "together with the council's housing company, Kelby Homes"


def _with_party(analysis, name, places) -> bool:
    """Is the name told as a party "with" the doer ("together with", "jointly with", "with"): right
    after the "with", or after a description of it set off by a comma ("together with the council's
    housing company, Kelby Homes")? Not a "with" that opens the sentence ("With one goal, Kelby
    beat ..."), nor one of an absolute clause the name is the subject of ("with Harlow Town down to
    ten men", "with its founder staying on")."""
    toks, text = analysis.tokens, analysis.text
    for m in analysis.mentions:
        if m.name != name and not same_name(m.name, name, places):
            continue
        at = next((k for k in range(m.first - 1, max(-1, m.first - 1 - _WITH_REACH), -1) if toks[k].lower == "with"), -1)
        if at <= 0:
            continue
        between = text[toks[at].end:toks[m.first].start]
        described = between.strip().startswith(("the ", "its ", "their ")) and between.rstrip().endswith(",")
        if between.strip() not in ("", "the") and not described:
            continue
        if text[toks[m.last].end:toks[m.last].end + 1] in ("'", "’"):
            continue  # "with Harlow Mills' founder staying on": the name is whose, no party
        after = toks[m.last + 1] if m.last + 1 < len(toks) else None
        if after is not None and text[toks[m.last].end:after.start].strip() == "" and (
                after.lower.endswith("ing") or after.lower in ("down", "up", "out", "in", "on", "off", "still", "now")
                or english.inflected_verb(after.lower)):
            continue  # an absolute clause: "with Harlow Town down to ten men"
        return True
    return False


SWAP_CONTEXT = 0.5  # the two names must stand among words this alike to fill the same role
SAME_VERB_SHARE = 0.25  # and a little less alike as the same verb's subjects, or its objects


def swapped_names(statement, claim, places=frozenset(), types=None, ancestors=None) -> list:
    """A name where the claim has another in the same role: "Ireland are the champions" against
    "the champions are Wales", "the largest American manufacturer" against "the largest Chinese
    manufacturer". The role is read from the words around each name; names of known different
    types (a person and a place) never swap. Where both deny the act, two names are no swap: what
    one thing lacks another may lack too ("no trains ran on the Kelby line" / "on the Larton line")."""
    checks = _swapped_names(statement, claim, places, types, ancestors)
    if checks and additive_told(statement):
        # "Wendy Ash also abstained" against "Cuthbert Ormesher abstained": another doer, as the statement presupposes
        checks = [c._replace(relation="related") if c.relation == "conflicts" and c.name == statement.subject else c for c in checks]
    if checks and statement.negated and any(_same_predicate(a, b) for a in statement.negated for b in claim.negated):
        return [c._replace(relation="related") if c.relation == "conflicts" else c for c in checks]
    return checks


def _swapped_names(statement, claim, places=frozenset(), types=None, ancestors=None) -> list:
    types = types or {}
    claim_names = claim.names | claim.voices
    unmatched_claim = [m for m in claim.mentions if m.name not in statement.names
                       and not any(same_name(m.name, n, places) for n in statement.names)]
    if not unmatched_claim:
        return []
    out = []
    # the words of the claim's article's topic, where the statement names it: the claim tells of it throughout
    # ("Dawood Ibrahim lives in Dubai" / "He currently resides in Karachi" under "Dawood Ibrahim")
    apart = None  # the two told of other times (see _dated_apart), read when a name gets that far
    topic = claim.title_name
    topic_words = {_seat_as_base(english.lemma(w.lower())) for w in topic.split()} if topic and any(
        n == topic or same_name(n, topic, places) for n in statement.names) else set()
    for m in statement.mentions:
        if m.name in claim_names or any(same_name(m.name, n, places) for n in claim_names):
            other = _other_modifier(statement, m, claim, unmatched_claim, places) \
                if not _modifier_named_after(statement, m.name, claim) else None  # ("the Salterby tram extension" is
            # "the Blue Line tram extension to Salterby")
            if other is not None:  # "the Labour incumbent" against "the Conservative incumbent", though
                # the claim names Labour elsewhere ("Labour's Priya Sandhu")
                out.append(SlotCheck("name", "conflicts", f"{m.name} ({statement.text[m.start:m.end]})", other.name,
                                     (m.start, m.end), 1.0, name=m.name, role="attribute"))
                continue
            other = _party_for_a_place(statement, m, claim, unmatched_claim, places)
            if other is not None:  # "Kelby Rovers beat Harlow" against "Kelby Rovers, who play in Harlow, beat
                # Dunmore": the claim names Harlow only as a place, not as the one beaten
                out.append(SlotCheck("name", "conflicts", f"{m.name} ({statement.text[m.start:m.end]})", other.name,
                                     (m.start, m.end), 1.0, name=m.name, role=_role(statement, m)))
            continue
        if _listed(statement, m):
            # "Huawei, ZTE and Xiaomi": one of a list is no swap for another of the claim's, unless the
            # claim lists as many with all the others the same ("voiced by A and B" against "by A and C")
            other = _list_swap(statement, m, claim, unmatched_claim, places)
            if other is not None and not _title_topic(claim, m, places):
                out.append(SlotCheck("name", "conflicts", f"{m.name} ({statement.text[m.start:m.end]})", other.name,
                                     (m.start, m.end), 1.0, name=m.name, role=_role(statement, m)))
            continue
        s_ctx = _name_context(statement, m) - topic_words
        if not s_ctx and topic_words and _what_it_is(statement, m):
            s_ctx = _name_context(statement, m)  # "Di Natale is German" under "Antonio Di Natale": what the topic is
        if not s_ctx:
            continue
        if apart is None:
            apart = _dated_apart(statement, claim)
        if apart:
            continue  # "met in Tamworth last year" / "met in Corfe on Monday": acts done again, elsewhere, another time
        best, best_share = None, SWAP_CONTEXT
        here = None  # the statement's verb for the name, read when a claim's name gets that far
        others_named = all(n == m.name or n in claim_names or any(same_name(n, c, places) for c in claim_names)
                           for n in statement.names)
        wholes = ancestors((m.name,)) if ancestors else set()
        for other in unmatched_claim:
            if _listed(claim, other) and not (_what_it_is(claim, _list_of(claim, other)[0]) and _what_it_is(statement, m)):
                continue  # one of a list is no swap, but for a list that tells what a thing is, and so all
                # it is ("is of English, Irish and Italian descent" / "is of German descent")
            if other.name in wholes or (ancestors and m.name in ancestors((other.name,))) or _one_within_the_other(m.name, other.name):
                continue  # "Washington" for the United States: a part standing for its whole (and "English"
                # for "from the United Kingdom": England is in it)
            a, b = types.get(m.name, m.type), types.get(other.name, other.type)
            told_alike = _what_it_is(statement, m) and _what_it_is(claim, _list_of(claim, other)[0] if _listed(claim, other) else other)
            if (a == "place") != (b == "place") and (a and b or not (told_alike or _in_place_slot(statement if not a else claim,
                                                                                             m if not a else other))):
                continue  # a person or a body for a place: not the same role (persons and bodies act alike);
                # a name of unknown kind stands for a place only after "in", "at" or "near", or where
                # the place stands too ("of Mexican descent" / "of English and Puerto Rican descent")
            if (_demonym(claim, other) and _in_place_slot(statement, m)) or (_demonym(statement, m) and _in_place_slot(claim, other)):
                continue  # "an English footballer" tells his nationality, no place where he was born or lives
            if not told_alike and ((not b and _in_place_slot(claim, other) and _opens(statement, m)) or (
                    not a and _in_place_slot(statement, m) and _opens(claim, other))):
                continue  # a name where a place stands ("born in Lagos") against one that opens its
                # sentence, the doer ("Tom Reyes joined"): not the same role
            here = _governor(statement, m) if here is None else here
            there = _governor(claim, other)
            # "plays for the Kelby Hawks" / "a wide receiver for the Portland Trail Blazers": the body a role serves
            serving = here in SERVING and statement.present and _preposition_of_party(statement, m, here) == "for" \
                and served_by_a_role(claim, other)
            if serving:
                there = here
            if here and there and here != there and word_similarity(here, there) < 0.5 and not told_alike \
                    and not _doer_of(statement, m, here, there) and not _doer_of(claim, other, there, here):
                continue  # "the SIA did not respond" and "the CSIA established": other acts, not a swap (both
                # what "be" says the thing is are one role, whatever word stands nearer: "an Italian retired footballer")
            if here and _indefinite_object(statement, here) and m.first < statement.content.get(here, -1):
                continue  # "Ruiz signed a new contract" against "Whitlock signed a new contract": many may
            if here and here == there and ((here in statement.negated) != (there in claim.negated)
                                           or (m.first < statement.content.get(here, -1) and _one_of_many(statement, here, m))):
                continue  # "Pike did not join Redmoor" against "Okafor joined Redmoor": another's deed is no
                # answer to a denial; nor, of a body's many members, to "Pike joined Redmoor"
            if gives(statement, m) and gives(claim, other) and statement.quantities:
                continue  # "Screenly gave the first season 91%" / "Critico gave it 91%": two raters
            if _source_and_goal(statement, m, claim, other):
                continue  # "flow into the River Wendle" / "spills from its Ashcombe works": where a thing went and
                # where it came from, two places of one motion
            if "place" in (m.type, other.type) and not _same_placed(statement, m, claim, other, places):
                continue  # "11,300 people in Germany" and "a plant near Wrocław": not the same thing placed
            if _in_place_slot(statement, m) and here in _STATES_OF_PLACE and _told_at_other_times(statement, m, claim, other):
                continue  # "lived in Harton in the 1990s" / "currently lives in Kelby": an act done again, at another time
            if here and here == there and not serving and _other_parties(_party_slot(statement, m, here),
                                                                         _party_slot(claim, other, there)):
                continue  # "joined Harton United" / "joined Redmoor from Bramley Rangers": the verb's object and
                # the party "from" names are two parties of one act, not one put for the other
            share = _soft_share(s_ctx, _name_context(claim, other))
            if serving:
                share = max(share, SWAP_CONTEXT)
            if told_alike:
                share = min(1.0, share + SAME_VERB_SHARE)  # both what "be" says the thing is: one role
            elif here and here == there and others_named and _governing(statement, m)[1] == _governing(claim, other)[1]:
                # the same verb's subject, or its object, in both, its other names the same ("Night Ferry
                # stars Ian Moss" / "Night Ferry ... and stars Tom Reed"): the same role, though other
                # words stand nearer the names
                share = min(1.0, share + SAME_VERB_SHARE)
                if _direct_object(statement, m, here) and _direct_object(claim, other, there):
                    share = max(share, SWAP_CONTEXT)  # "Berg married Karen Holt" / "Berg married his
                    # girlfriend Ingrid Sol": the verb's one object, whatever else stands near either
                elif _preposition_of_party(statement, m, here) == _preposition_of_party(claim, other, there) != "":
                    share = max(share, SWAP_CONTEXT)  # "plays for Dunmore Rovers" / "plays as a defender
                    # for Tarnmouth Town": the verb's one party of that preposition
            if share >= best_share:
                best, best_share = other, share
        if best is not None and (_property_subject(statement, m) or _role(statement, m) in TOPIC_ROLES
                                 or _title_topic(claim, m, places)):
            continue  # "SMIC operates in 170 countries", "ING was founded in 1987", "FNV's board proposed":
            # what is said is of that name; the base saying it of another is no answer
        if best is not None:
            slot = "place" if (m.type == "place" or best.type == "place") else "name"
            holder = _attribute_of(statement, m)
            role = "attribute" if holder and holder == _attribute_of(claim, best) else _role(statement, m)
            out.append(SlotCheck(slot, "conflicts", f"{m.name} ({statement.text[m.start:m.end]})", best.name,
                                 (m.start, m.end), best_share, name=m.name, role=role))
    if not out:
        out = _figure_told_of_another(statement, claim, places, types)
    return out


def _figure_told_of_another(statement, claim, places, types) -> list:
    """An exact figure both give, of three or more significant digits, that the statement tells of a
    name the claim never gives and the claim of a name the statement never gives: the same deed or
    record told of another ("Sarah Lyons beat Martin Howe by 5,366 votes" / "Priya Sandhu has been
    elected mayor, defeating Martin Howe by 5,366 votes"), however the verbs differ. A figure so
    precise is no coincidence; a round one ("£5 million") may be."""
    named_in = lambda name, analysis: _named_among(name, analysis.names | analysis.voices, places)
    for sq in statement.quantities:
        if not _telling_figure(sq):
            continue
        for cq in claim.quantities:
            if not _telling_figure(cq) or quantity_parser.relation(sq, cq) != "supports":
                continue
            mine, theirs = _owner(statement, sq.start), _owner(claim, cq.start)
            if not mine or not theirs or mine in places or theirs in places \
                    or named_in(mine, claim) or named_in(theirs, statement):
                continue
            a, b = types.get(mine), types.get(theirs)
            if a and b and a != b:
                continue  # a person's figure is no body's
            if not any(n != mine and named_in(n, claim) for n in statement.names):
                continue  # a deed with a party both name ("beat Neil Ford"), not a reading at another place
                # ("Ferrow weather station recorded 187.4 mm" against Kelsby's 187.4 mm)
            m = next(m for m in statement.mentions if m.name == mine)
            if _property_subject(statement, m) or _role(statement, m) in TOPIC_ROLES or _title_topic(claim, m, places):
                continue  # "Delton Foods employs 1,950 people": what is said is of that name (see swapped_names)
            return [SlotCheck("name", "conflicts", f"{mine} ({statement.text[m.start:m.end]})", theirs, (m.start, m.end),
                              1.0, name=mine, role=_role(statement, m))]
    return []


def _telling_figure(q) -> bool:
    """An exact count or sum of three or more significant digits ("5,366 votes", "£118.4 million")."""
    digits = "".join(ch for ch in q.text if ch.isdigit()).strip("0")
    return q.qualifier == "exact" and bool(q.noun or q.unit) and q.unit not in (quantity_parser.SCORE, "ordinal") \
        and len(digits) >= 3


def _one_within_the_other(a: str, b: str) -> bool:
    """Is one place part of the other, as the lexicon knows places ("England" and "United Kingdom")?"""
    return b in english.wholes_of(a) or a in english.wholes_of(b)


_PLACING = frozenset("in at near from outside".split())


def _placed_only(analysis, mention) -> bool:
    """Is the name told as where something is, after "in", "at", "near", "from" or "outside", past "the
    town of" and the like ("who play in the town of Harlow")?"""
    toks, k = analysis.tokens, mention.first - 1
    if k >= 1 and toks[k].lower == "of" and toks[k - 1].lemma in PLACE_NOUNS:
        k -= 2  # past "town of"
        if k >= 0 and toks[k].lower == "the":
            k -= 1
    return k >= 0 and toks[k].lower in _PLACING


def _party_for_a_place(statement, mention, claim, others, places):
    """The claim's name that is the statement's verb's one object, where the statement makes that
    object a name the claim tells only as a place ("Kelby Rovers beat Harlow 2-0" against "Kelby
    Rovers, who play in the town of Harlow, beat Dunmore Athletic 2-0": Dunmore), or None."""
    here, role = _governing(statement, mention)
    if not here or here == "be" or role != "object" or not _direct_object(statement, mention, here) \
            or _listed(statement, mention) or _placed_only(statement, mention):
        return None
    told = [m for m in claim.mentions if m.name == mention.name or same_name(m.name, mention.name, places)]
    if not told or not all(_placed_only(claim, m) for m in told):
        return None
    found = [other for other in others if _governing(claim, other) == (here, "object") and _direct_object(claim, other, here)
             and not _listed(claim, other)]
    return found[0] if len(found) == 1 else None


def _other_modifier(statement, mention, claim, others, places):
    """The claim's name that modifies the noun the statement's name modifies ("the Conservative
    incumbent" for "the Labour incumbent"), where no mention of the statement's name does, or None."""
    head = _modified(statement, mention)
    if not head:
        return None
    own = [c for c in claim.mentions if c.name == mention.name or same_name(c.name, mention.name, places)]
    if any(_modified(claim, o) == head for o in own):
        return None
    return next((c for c in others if _modified(claim, c) == head
                 and not any(0 <= c.first - o.last <= 3 for o in own)), None)  # not "the CSIA and SIA working group"


def _modified(analysis, mention) -> str:
    """The lemma of the common noun a name stands before as its modifier ("Labour incumbent",
    "Huawei spokesperson"), or ""."""
    toks = analysis.tokens
    k = mention.last + 1
    if k >= len(toks) or is_possessive(toks[mention.last]) or analysis.text[toks[mention.last].end:toks[k].start] != " ":
        return ""
    tok = toks[k]
    if tok.is_cap or not tok.is_content or tok.is_number or analysis.verbal(k):
        return ""
    return tok.lemma


def _title_topic(claim, mention, places) -> bool:
    """Is the name what the claim's article is about (its title is that name)? Then the claim's other
    names are others in it, not rivals ("St Peter's Square" in the article "Vatican City")."""
    whole = claim.title_name
    return bool(whole) and (mention.name == whole or same_name(mention.name, whole, places))


def _attribute_of(analysis, mention) -> str:
    """The name a name is said of with "of" ("Ellen Marsh of the Green Party": Ellen Marsh), or ""."""
    toks = analysis.tokens
    k = before_name(toks, mention.first)
    if k < 1 or toks[k].lower != "of":
        return ""
    holder = next((m for m in analysis.mentions if m.last == k - 1), None)
    return holder.name if holder is not None else ""


# what a participle after it is not past for: "is made", "can be made", "has begun", "will have ended"
_NOT_PAST_BEFORE = (_BE_FORMS - {"was", "were"}) | {"am"} | (_BEFORE_A_VERB - {"had"})


def _role(analysis, mention) -> str:
    """agent: after "by"; possessor: "X's board", "X's plant" (what the sentence is about is X's);
    patient: the subject of a passive ("X was founded", "X was added to the list"); subject: the
    first name, standing before its verb; other: anywhere else."""
    toks = analysis.tokens
    before = before_name(toks, mention.first)  # "by the Ministry"
    if before >= 0 and toks[before].lower == "by":
        return "agent"
    if analysis.mentions and analysis.mentions[0] is mention:
        if is_possessive(toks[mention.last]):
            return "possessor"
        if any(analysis.verbal(k) for k in range(mention.first)):
            return "other"  # after the verb: "can be used with a driver called X" (X is no subject)
        after = [t for t in toks[mention.last + 1 : mention.last + 4]]
        if any(t.lower in _BE_FORMS for t in after) and any(analysis.verbal(k) and toks[k].lemma != toks[k].lower
                                                             for k in range(mention.last + 1, min(len(toks), mention.last + 5))
                                                             if toks[k].lower not in _BE_FORMS):
            return "patient"
        return "subject"
    return "other"


# roles of a name that make the sentence about it: another name there is another matter, not a conflict
TOPIC_ROLES = ("possessor", "patient")


def _property_subject(analysis, mention) -> bool:
    """The subject of a present-tense statement of a property ("X employs 11,300 people", "X is a
    maker of heat pumps"), not of a unique role ("X is the largest maker", "X are the champions"):
    another subject may have the same property, so a swapped subject is another matter."""
    return _role(analysis, mention) == "subject" and analysis.present and not analysis.copular


def _opens(analysis, mention) -> bool:
    """Does the name open its sentence as its subject ("Tom Reyes joined", "The Kessel Rovers manager";
    not "Velmora-born painter ...")?"""
    return (mention.first == 0 or (mention.first == 1 and analysis.tokens[0].lower == "the")) \
        and analysis.text[mention.end:mention.end + 1] != "-"


def _demonym(analysis, mention) -> bool:
    """Is the place named by its people's adjective ("English" for England, "French")?"""
    part, start = analysis.where(mention.start)
    written = part.text[start:start + mention.end - mention.start].lower()
    return written != mention.name.lower() and english.place_of(written) != ""


def _in_place_slot(analysis, mention) -> bool:
    return mention.first > 0 and analysis.tokens[mention.first - 1].lower in ("in", "at", "near", "outside")


def _as_place(analysis, mention) -> bool:
    """Does the name stand for a place: one the tables know as a place, or a name of unknown kind
    where a place stands, or where a doer comes from ("a crew from Galway, Ireland, won")?"""
    return mention.type == "place" or (not mention.type and mention.first > 0 and (
        _in_place_slot(analysis, mention) or analysis.tokens[mention.first - 1].lower == "from"
        or analysis.text[:mention.start].rstrip().endswith(",") and _follows_a_place(analysis, mention)))


def _follows_a_place(analysis, mention) -> bool:
    """Is the name set off after a place ("Galway, Ireland"): the whole the place is in?"""
    before = next((m for m in analysis.mentions if m.last == mention.first - 1), None)
    return before is not None and _as_place(analysis, before)


def _same_placed(statement, m, claim, other, places) -> bool:
    """Are two places given for the same thing, of the same owner?"""
    a, b = _owner(statement, m.start), _owner(claim, other.start)
    if a and b and a != b and a != m.name and b != other.name and not same_name(a, b, places):
        return False
    here, there = _located(statement, m), _located(claim, other)
    if here and there and _ordinal_of(statement, m) and _ordinal_of(claim, other) \
            and _ordinal_of(statement, m) != _ordinal_of(claim, other):
        return False  # "a second factory in Poland" and "a third factory in Valencia": two factories
    return not (here and there and here != there and word_similarity(here, there) < 0.5)


def _ordinal_of(analysis, mention) -> str:
    """The ordinal of the thing a place is given for ("a second factory in Poland": second), or ""."""
    toks = analysis.tokens
    k = mention.first - 2  # the word before "in"
    if k >= 0 and toks[k].text == ",":
        k -= 1  # "a third factory, in Valencia"
    for j in range(k, max(-1, k - 3), -1):
        if toks[j].lower in ORDINALS:
            return toks[j].lower
        if toks[j].is_cap or toks[j].lower in ("in", "at", "of", ","):
            break
    return ""


_MAIN_VERBS = REPORTING | LIGHT_VERBS  # verbs that are not content words but still say what a name did


@_per_analysis
def _governor(analysis, mention) -> str:
    """The verb a name goes with: the first one after it in its clause (its subject's verb), else the
    last one before it (the verb it is the object of)."""
    return _governing(analysis, mention)[0]


_OBJECT_OPENERS = frozenset("a an the his her its their".split())


def _direct_object(analysis, mention, verb: str) -> bool:
    """Is the name the object of the verb just before it, with at most a description of it between
    ("married Karen Holt", "married his long-time girlfriend Ingrid Sol"), no preposition, comma or
    other name?"""
    toks = analysis.tokens
    for j in range(mention.first - 1, max(-1, mention.first - 6), -1):
        tok = toks[j]
        if _seat_as_base(tok.lemma) == verb and analysis.verbal(j):
            return all(analysis.text[toks[k].end:toks[k + 1].start].strip() in ("", "-") for k in range(j, mention.first))
        if tok.is_cap or tok.is_number or (tok.lower in STOPWORDS and tok.lower not in _OBJECT_OPENERS):
            return False  # a name, a figure, a preposition or a conjunction: no description of it
    return False


# prepositions whose object is one party of the verb's act ("plays for", "directed by", "moved to");
# not those of many at once ("played against", "worked with", "among")
_ONE_PARTY_PREPOSITIONS = frozenset("for by to from into at in under".split())
_AS_WHAT = frozenset("as a an the his her its their or and".split())  # ("as a striker or a winger")


def _preposition_of_party(analysis, mention, verb: str) -> str:
    """The preposition that makes the name the object of the verb before it, with at most an "as"
    phrase or adverbs between ("plays for Tarnmouth Town", "plays as a defender for Tarnmouth
    Town", "was directed by Ana Brill") and what kind of thing it is after ("for the football club
    Dunmore Rovers"), no comma and no other name; else ""."""
    return _party_verb_at(analysis, mention, verb)[0]


def _past_its_kind(analysis, mention) -> int:
    """The index of the word before the name and what kind of thing it is ("the football club",
    "English club"), -1 at the text's start."""
    toks = analysis.tokens
    at = mention.first - 1
    while at > mention.first - 4 and at > 0 and toks[at].lower not in _ONE_PARTY_PREPOSITIONS and (
            toks[at].lower in ("the", "a", "an") or english.place_of(toks[at].lower)
            or (toks[at].is_content and not toks[at].is_cap and (not analysis.verbal(at) or english.place_of(toks[at - 1].lower)))):
        at -= 1  # past what kind of thing it is: "for the football club Dunmore Rovers", "for English club Southampton"
    return at


def _party_verb_at(analysis, mention, verb: str = "") -> tuple:
    """(the preposition, the index of the verb) that make the name a party of the verb's act, as
    _preposition_of_party reads them, or ("", -1); ``verb``: that verb only (past others)."""
    toks = analysis.tokens
    at = _past_its_kind(analysis, mention)
    if at < 1 or toks[at].lower not in _ONE_PARTY_PREPOSITIONS or "," in analysis.text[toks[at].end:toks[mention.first].start]:
        return "", -1
    for j in range(at - 1, max(-1, at - _GOVERNOR_REACH), -1):
        tok = toks[j]
        if (_seat_as_base(tok.lemma) == verb if verb else tok.is_content or tok.lemma in _MAIN_VERBS) and analysis.verbal(j):
            return (toks[at].lower, j) if "," not in analysis.text[tok.end:toks[at].start] else ("", -1)
        if tok.is_cap or tok.is_number or (not tok.is_content and tok.lower not in _AS_WHAT):
            return "", -1
    return "", -1


_GOVERNOR_REACH = 8  # tokens back from a name to its verb: "plays as a striker or winger for Crawley Town"


@_per_analysis
def _governing(analysis, mention) -> tuple:
    """(the verb a name goes with, "subject" when it stands before it or "object" when after: see
    _governor), or ("", "")."""
    toks, text = analysis.tokens, analysis.text
    if named_as_birthplace(analysis, mention):
        return "bear", "object"  # "Lee's birthplace is Seoul", "her place of birth was Leeds": where she was born
    if mention.first > 0 and toks[mention.first - 1].lower in _BE_FORMS:
        return "be", "object"  # "the current champions are Wales", "it was Morrison's first film": what
        # the subject is, whatever verb comes later ("... and stars Ellen Hart")
    before = before_name(toks, mention.first)
    backward = None  # the verb before the name (see _verb_before_name), read when wanted
    if before >= 0 and toks[before].lower in _PREPOSITIONS_OF_A_PARTY:
        # a preposition's object is no subject of the verb after it: "resides in Karachi and heads a gang"
        # goes with "resides" (the verb before it), not "heads"
        backward = _verb_before_name(analysis, mention)
        if backward[0]:
            return backward
    # past a relative clause or an appositive after the name: "Stockford City, who play at the
    # Kingsmead, finished 14th" finished
    aside = next((e for s, e in set_off_spans(text) if toks[mention.last].end <= s < toks[mention.last].end + 2), None)
    after = mention.last + 1
    if aside is not None:
        after = next((j for j in range(after, len(toks)) if toks[j].start >= aside), len(toks))
    for j in range(after, min(len(toks), after + 7)):
        gap = "" if j == after and aside is not None else text[toks[j - 1].end:toks[j].start]
        if toks[j].lower in ("which", "who", "that", "to") or any(p in gap for p in ",;.:"):
            break  # a parenthesis ("the SIA (Washington) said") is no clause break; a comma is; an
            # infinitive ("a driver called X to enable ...") has no subject of its own
        if toks[j].lower in _BE_FORMS and j + 1 < len(toks) and not analysis.verbal(_past_adverbs(toks, j + 1)) \
                and toks[j + 1].lower not in _BE_FORMS:
            return "be", "subject"  # "ZTE was among the firms added to the list": what ZTE is, not who added them
        if toks[j].lemma == "do" and j + 1 < len(toks) and toks[j + 1].lower in NEGATORS:
            continue  # "did not join": the "do" of a denial is no verb of its own
        if (toks[j].is_content or toks[j].lemma in _MAIN_VERBS) and analysis.verbal(j):
            # the subject of a passive is what is done to ("CESI was founded"): the active's object
            passive = any(t.lower in _BE_FORMS for t in toks[after:j])
            return _seat_as_base(toks[j].lemma), "object" if passive else "subject"
    backward = _verb_before_name(analysis, mention) if backward is None else backward
    if backward[0]:
        return backward
    # past a longer "as" phrase: "plays as a striker or a winger for Crawley Town"
    preposition, at = _party_verb_at(analysis, mention)
    if at >= 0:
        return _seat_as_base(toks[at].lemma), "subject" if preposition == "by" else "object"
    return "", ""


# prepositions whose object a name is, with a verb before it ("resides in Karachi", "signed for Crawley Town")
_PREPOSITIONS_OF_A_PARTY = frozenset("in at near from for by to into under".split())


def _verb_before_name(analysis, mention) -> tuple:
    """(the verb before the name within a few words, "subject" if the name is a passive's agent else
    "object"), or ("", "")."""
    toks = analysis.tokens
    for j in range(mention.first - 1, max(-1, mention.first - _GOVERNOR_REACH), -1):
        if (toks[j].is_content or toks[j].lemma in _MAIN_VERBS) and analysis.verbal(j) \
                and not (j > 0 and english.place_of(toks[j - 1].lower)):  # ("English club Southampton": a noun)
            # the agent of a passive ("proposed by CESI") is who does it: the active's subject
            return _seat_as_base(toks[j].lemma), "subject" if _after_by(toks, mention.first) else "object"
    return "", ""


def _doer_of(analysis, mention, governor: str, verb: str) -> bool:
    """Is the name, the subject of "is the <agent noun> of", the doer of the verb the noun is made
    from ("Baghe is the owner of the Royals" / "the Royals are owned by Khadka")?"""
    if governor != "be" or mention.last + 1 >= len(analysis.tokens) or analysis.tokens[mention.last + 1].lower not in _BE_FORMS:
        return False
    doer = _agent_noun_of(analysis.tokens, mention.last + 2)
    return bool(doer) and (doer == verb or word_similarity(doer, verb) >= ALIGNED_WORD)


def _agent_noun_of(toks, k: int) -> str:
    """The verb of a doer's noun that "the ... of" puts after "is" ("is the owner of", "was the
    founder of", "is the winner of": own, found, win), or "". An agent noun in -er or -or names who
    does the verb it is made from (Quirk et al. 1985, App. I.33)."""
    if k >= len(toks) or toks[k].lower not in ("the", "a", "an"):
        return ""
    for j in range(k + 1, min(len(toks) - 1, k + 4)):
        if toks[j + 1].lower != "of":
            continue
        named = j + 2 < len(toks) and (toks[j + 2].is_cap or (toks[j + 2].lower == "the" and j + 3 < len(toks) and toks[j + 3].is_cap))
        if not named:
            return ""  # of a named thing only: "the owner of a restaurant" is one owner among many
        noun = toks[j].lower
        if not noun.endswith(("er", "or")) or len(noun) < 5:
            return ""
        stem = noun[:-2]
        # the verb the noun is made from, as the word tables relate the two ("owner" ~ "own"; not "river" ~ "rive")
        return next((verb for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
                     if verb and english.can_be_verb(verb) and word_similarity(noun, verb) >= ALIGNED_WORD), "")
    return ""


def _after_by(toks, first: int) -> bool:
    """Does "by" stand before the name, past a "the" and an owner's name ("by China's Ministry of
    Commerce")?"""
    k = first - 1
    while k >= 0 and first - k <= 4 and (toks[k].lower == "the" or toks[k].is_cap or is_possessive(toks[k])):
        k -= 1
    return k >= 0 and toks[k].lower == "by"


def _seat_as_base(lemma: str) -> str:
    """"headquartered in" and "based in" tell the same of a body: where its seat is."""
    return "base" if lemma in SEAT_WORDS else lemma


def _past_adverbs(toks, k: int) -> int:
    """The first token from k that is not an adverb ("was later fined", "was heavily fined")."""
    while k + 1 < len(toks) and (toks[k].lower.endswith("ly") or toks[k].lower in PREVERBAL_ADVERBS):
        k += 1
    return k


_LIST_GAPS = frozenset([",", "and", ", and", "or", ", or", "&"])  # what stands between the names of a list


@_per_analysis
def _what_it_is(analysis, mention) -> bool:
    """Does the name open what a form of "be" says a named thing is, perhaps after "of" ("Lind is
    of Irish descent", "She is ...")? Not what it says of another, a common noun ("Lind's mother is
    of Irish descent")."""
    toks, k = analysis.tokens, mention.first - 1
    if k >= 1 and toks[k].lower == "of":
        k -= 1
    elif k >= 1 and toks[k].lower in ("a", "an") and _demonym(analysis, mention):
        k -= 1  # "is an Italian retired footballer": the nationality of what it says he is
    if k < 1 or toks[k].lower not in _BE_FORMS:
        return False
    before = analysis.text[:toks[k].start].rstrip()
    if before.endswith(")") and "(" in before:
        # "Antonio Di Natale (born 13 October 1977) is ...": the subject is before the bracket
        at = before.rindex("(")
        k = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].end <= at), 0)
    subject = toks[k - 1] if k >= 1 else None
    return subject is not None and (subject.is_cap or subject.lower in _SUBJECT_PRONOUNS)


def _listed(analysis, mention) -> bool:
    """Is the name one of a list of names ("Huawei, ZTE and Xiaomi")?"""
    text = analysis.text
    for other in analysis.mentions:
        if other is mention:
            continue
        gap = text[other.end:mention.start] if other.end <= mention.start else text[mention.end:other.start]
        if gap.strip() in _LIST_GAPS:
            return True
    return False


def _list_of(analysis, mention) -> list:
    """The names of the list a name is one of, in order ("Huawei, ZTE and Xiaomi"), itself included."""
    text, mentions = analysis.text, analysis.mentions
    at = next(k for k, m in enumerate(mentions) if m is mention)
    lo = hi = at
    while lo > 0 and text[mentions[lo - 1].end:mentions[lo].start].strip() in _LIST_GAPS:
        lo -= 1
    while hi + 1 < len(mentions) and text[mentions[hi].end:mentions[hi + 1].start].strip() in _LIST_GAPS:
        hi += 1
    return mentions[lo:hi + 1]


_EXAMPLES = frozenset(["including", "include", "includes", "included", "such", "like", "among", "e.g."])


def _open_list(analysis, first) -> bool:
    """Does a list of names give examples ("including A and B", "such as A and B"), not all of them?"""
    return any(t.lower in _EXAMPLES for t in analysis.tokens[max(0, first.first - 3):first.first])


def _list_swap(statement, mention, claim, unmatched_claim, places):
    """The claim's name that stands in ``mention``'s place in a list of as many names, all the
    others the same, or None."""
    our_list = _list_of(statement, mention)
    if _open_list(statement, our_list[0]):
        return None
    ours = [m.name for m in our_list if m is not mention]
    for other in unmatched_claim:
        if not _listed(claim, other):
            continue
        their_list = _list_of(claim, other)
        if _open_list(claim, their_list[0]):
            continue  # "members include A, B and C": examples, others may be members too
        theirs = [m.name for m in their_list if m is not other]
        if len(theirs) == len(ours) and ours and all(
                any(a == b or same_name(a, b, places) for b in theirs) for a in ours):
            return other
    return None


@_per_analysis
def _name_context(analysis, mention, window: int = 4) -> set:
    """Content lemmas within a few words of a name: the role it plays."""
    toks = analysis.tokens
    kept = _kept_tokens(analysis, mention.start)
    aside = _aside_of(analysis, mention.start)
    if aside is not None:
        # a name in a relative clause or an appositive plays its role there, of what the clause is
        # set off from ("Martin Howe, who lives in neighbouring Ashby, blamed ...": Ashby is where
        # Howe lives, nothing to do with the blaming)
        kept = tuple(i for i in kept if aside[0] <= toks[i].start < aside[1])
    at = kept.index(mention.first)
    end = kept.index(mention.last) + 1 if mention.last in kept else at + 1
    kind = _kind_of_place_before(toks, kept, at)
    near = kept[max(0, at - kind - window):at - kind] + kept[at:end + window] \
        + (_antecedent(analysis, aside[0]) if aside is not None else ())
    return {_seat_as_base(toks[i].lemma) for i in near if (i < mention.first or i > mention.last) and toks[i].is_content}


def _kind_of_place_before(toks, kept, at: int) -> int:
    """How many of the kept tokens before position ``at`` say what kind of place the name is ("the
    village of", "the town of"): words that name no role, which "residents of Nethercote" leaves out."""
    if at >= 2 and toks[kept[at - 1]].lower == "of" and toks[kept[at - 2]].lemma in PLACE_NOUNS:
        return 3 if at >= 3 and toks[kept[at - 3]].lower == "the" else 2
    return 0


def _aside_of(analysis, start: int):
    """The (start, end) of the relative clause or appositive set off by commas that holds offset
    ``start``, or None (brackets hold other things: a code, a date, an aside of any kind)."""
    text = analysis.text
    return next(((s, e) for s, e in set_off_spans(text) if s <= start < e and text[s] == ","), None)


def _antecedent(analysis, at: int) -> tuple:
    """The token indexes of the name a clause set off at offset ``at`` tells of: the one just
    before its comma, if any."""
    mention = next((m for m in analysis.mentions if analysis.tokens[m.last].end == at), None)
    return tuple(range(mention.first, mention.last + 1)) if mention is not None else ()


def _next_content(analysis, index: int) -> str:
    for tok in analysis.tokens[index + 1 : index + 3]:
        if tok.is_content:
            return tok.lemma
    return ""


def _path_ends_swapped(statement, claim, places_known) -> list:
    """A move told from one end to the other, which the claim tells the other way round with the same verb
    of moving and the same thing moved: "moved its headquarters from Brayford to Castleton" against "from
    Castleton to Brayford" (the source and the goal of a path, Fillmore 1971; not a road's or a route's
    extent, "closed from Brayford to Castleton", which is the same either way round)."""
    theirs = [path for path in _paths(claim) if path[2] and path[3]]
    for verb, moved, source, goal, mention in _paths(statement):
        for their_verb, their_moved, their_source, their_goal, _ in theirs:
            if verb != their_verb or (moved != their_moved and moved and their_moved):
                continue
            # (one end told may be the claim's other end: "moved its headquarters to Castleton" against "from
            # Castleton to Brayford"; not a move back, "moved back to Ravensby Rovers")
            swapped = [(mine, theirs_) for mine, theirs_ in ((source, their_goal), (goal, their_source)) if mine]
            if swapped and all(same_name(a, b, places_known) for a, b in swapped) \
                    and not (len(swapped) == 1 and same_name(swapped[0][0], their_source if source else their_goal, places_known)):
                said = " ".join(part for part in (f"from {source}" if source else "", f"to {goal}" if goal else "") if part)
                return [SlotCheck("place", "conflicts", f"{verb} {said}", f"from {their_source} to {their_goal}",
                                  (mention.start, mention.end), name=mention.name)]
    return []


@_per_analysis
def _paths(analysis) -> tuple:
    """(verb lemma, the head of its object or "", source, goal, the first end's mention) of each verb of moving
    told with an end, "from" a name or "to" / "into" one, before the next verb ("" for an end untold); not
    a move back ("moved back to", "returned to")."""
    toks, out = analysis.tokens, []
    ends = {m.first: m for m in analysis.mentions if m.first > 0 and m.start < IN_QUOTE}
    for i, tok in enumerate(toks):
        if tok.lemma not in _MOVING or not analysis.verbal(i):
            continue
        source = goal = None
        for k in range(i + 1, min(len(toks), i + 1 + _PATH_REACH)):
            if k > i + 1 and analysis.verbal(k) and toks[k].lower not in ("to", "into", "from"):
                break  # (another verb's path)
            m = ends.get(k + 1)
            if m is not None and toks[k].lower == "from":
                source = source or m
            elif m is not None and toks[k].lower in ("to", "into"):
                goal = goal or m
        if source is None:
            # where the moved came from, told in the subject: "180 children from St Wendreda's are being taken by
            # coach to Fallowick High" (in the verb's clause: no verb between)
            for k in range(i - 1, max(-1, i - _SUBJECT_PATH_REACH), -1):
                if (analysis.verbal(k) and toks[k].lower not in AUXILIARIES and toks[k].lower not in _BE_FORMS) \
                        or toks[k].lower in (",", ";"):
                    break
                if toks[k].lower == "from" and k + 1 in ends:
                    source = ends[k + 1]
                    break
        back = any(t.lower in ("back", "again", "home") for t in toks[i + 1:i + 1 + _PATH_REACH])
        if (source is not None or goal is not None) and not back:
            first = min((m for m in (source, goal) if m is not None), key=lambda m: m.first)
            out.append((tok.lemma, _common_object(analysis, i), source.name if source else "", goal.name if goal else "", first))
    return tuple(out)  # (read once a claim, whatever the statements it meets)


# verbs of moving a thing or oneself from one place to another (Levin 1993, 11.1 and 51.3.1, those news
# tells of seats, offices, jobs and players)
_MOVING = frozenset("move relocate transfer switch shift".split()) | frozenset(
    "take bring carry send transport ferry fly drive".split())  # (Levin 1993, 11.1-11.5: sending and carrying)
_PATH_REACH = 10  # words from the verb to the last end of its path ("moved its head office and 300 staff from Brayford to")
_SUBJECT_PATH_REACH = 16  # words back from the verb to a "from" in its subject ("180 children from St Wendreda's Church
# of England Primary School are being taken")


def _one_place(locations, ancestors):
    """The one place a list of places names, the one the others are wholes of ("Pudong New Area,
    Shanghai": Pudong, within Shanghai; "the Wessex town of Ashby": Ashby), or None for no place or a
    list of several ("Germany, Spain, France")."""
    if not locations:
        return None
    if len(locations) == 1:
        return locations[0]
    for place in locations:
        wholes = ancestors((place.name,)) if ancestors else set()
        if all(m.name in wholes or m.name == place.name for m in locations if m is not place):
            return place
    return None


_GOAL_PREPOSITIONS = frozenset(["into", "to", "onto", "towards", "toward"])
_SOURCE_PREPOSITIONS = frozenset(["from"])


def _motion_preposition(analysis, m) -> str:
    """The preposition of motion before a name, past a determiner or a possessive ("into the River Tam",
    "from its Kelby works"): "goal", "source" or ""."""
    k = m.first - 1
    while k >= 0 and (analysis.tokens[k].lower in DETERMINERS or is_possessive(analysis.tokens[k])):
        k -= 1
    word = analysis.tokens[k].lower if k >= 0 else ""
    return "goal" if word in _GOAL_PREPOSITIONS else "source" if word in _SOURCE_PREPOSITIONS else ""


def _source_and_goal(statement, m, claim, other) -> bool:
    """Is one name where a thing went and the other where it came from ("into the River Wendle" / "from
    its Ashcombe works")?"""
    return {_motion_preposition(statement, m), _motion_preposition(claim, other)} == {"goal", "source"}


def places(statement, claim, places_known=frozenset(), ancestors=None) -> list:
    """Where: the places after in/at in the statement against the claim's, when both are where the
    same one acts ("the CSIA is based in Beijing" says nothing against "the SIA, based in
    Washington"), and the claim names one place, not a list, which news writes as examples
    ("operations in countries like Germany, Spain, France"); and the ends of a move told the other
    way round (see _path_ends_swapped)."""
    swapped = _path_ends_swapped(statement, claim, places_known)
    if swapped:
        return swapped
    if not statement.locations:
        # ("X's birthplace is P": no "in" before P; where the claim places the birth among other places,
        # against the one it gives the birth)
        acted = _places_of_one_act(statement, claim, places_known, ancestors)
        return acted if acted else _placed_for_another(statement, claim, places_known)
    acted = _places_of_one_act(statement, claim, places_known, ancestors)
    if acted is not None:
        return acted
    bound = _placed_for_another(statement, claim, places_known)
    if bound:
        return bound
    claimed = _one_place(claim.locations, ancestors)
    if claimed is None:
        return []
    there = _located(claim, claimed)
    # the place said of what the claim places: "The Kessel-based Harwick Foods opened a plant in Ashby"
    # is set against "a plant in Dunmore" by its Ashby, not by the seat it gives first
    first = next((m for m in statement.locations if _located(statement, m) == there), None) or next(
        (m for m in statement.locations if _located(statement, m) != "base"), statement.locations[0])
    here = _located(statement, first)
    # a place the claim names only in an adjective ("a Japanese potter") is no answer to where the
    # statement puts the very thing the claim puts elsewhere ("lives in Japan" / "lives in Lisbon");
    # of another thing ("German factories built cars, many sold in China") it may well be
    same_thing = bool(here) and (here == there or word_similarity(here, there) >= 0.5)
    if any(m.name in claim.names and not (same_thing and _only_as_adjective(claim, m.name, claimed)) for m in statement.locations) \
            or any(m.name in {c.name for c in claim.locations} for m in statement.locations):
        return []
    if ancestors is not None and (claimed.name in ancestors((first.name,)) or first.name in ancestors((claimed.name,))):
        # one place within the other ("in Fennick" is in Wethermoor): no conflict, and no support
        # either unless the claim names the statement's place
        return [SlotCheck("place", "related", f"in {first.name}", f"in {claimed.name}", (first.start, first.end), name=first.name)]
    if name_within(first.name, claimed.name) or name_within(claimed.name, first.name):
        # a place the other's name opens on ("in Castle Street" / "at the Castle Street ambulance station"): the
        # one stands in the other, as far as the names tell
        return [SlotCheck("place", "related", f"in {first.name}", f"in {claimed.name}", (first.start, first.end), name=first.name)]
    a, b = _place_owner(statement, first), _place_owner(claim, claimed)
    if a and b and a != b and not same_name(a, b, places_known):
        return []
    if here and there and here != there and word_similarity(here, there) < 0.5 and not _place_of_the_act(statement, first):
        return []  # "an office in Paris" says nothing against "a plant in Leeds"
    ordinals = _ordinal_of(statement, first), _ordinal_of(claim, claimed)
    if all(ordinals) and ordinals[0] != ordinals[1]:
        return []  # "a second factory in Poland" says nothing against "a third factory, in Valencia"
    relation = "conflicts"
    if here in _STATES_OF_PLACE and (_told_at_other_times(statement, first, claim, claimed) or _dated_apart(statement, claim)):
        relation = "related"  # "lived in Harton in the 1990s" is no answer to where he "currently lives": an act
        # done again may be done elsewhere at another time
    said = ", ".join(m.name for m in statement.locations)
    claimed = ", ".join(m.name for m in claim.locations)
    return [SlotCheck("place", relation, f"in {said}", f"in {claimed}", (first.start, first.end), name=first.name)]


def _told_at_other_times(statement, m, claim, other) -> bool:
    """Does one text place its act in the present and the other in the past, as the verbs before the
    two places tell them ("lived in Harton in the 1990s" / "Tom Hale, who lives in Dunmore, blamed ...")?"""
    a, b = _tense_of_verb_before(statement, m), _tense_of_verb_before(claim, other)
    return bool(a) and bool(b) and a != b


# states of being somewhere over a time (Vendler's states: living, working, studying there), which may
# hold elsewhere at another time; an event ("arrested a man in Kelby") happens in one place
_STATES_OF_PLACE = frozenset("live reside dwell stay work study teach remain settle".split())
_PAST_AUXILIARIES = frozenset("was were had did used".split())
_UNTENSED_BEFORE = frozenset("to will would can could may might must should shall does do".split())


def _tense_of_verb_before(analysis, m) -> str:
    """"past" or "present" for the verb a few words before a name ("lived in", "was based at"; "lives in"),
    or "" where none is read (a perfect, "has lived in", or a base form after "to" or a modal)."""
    toks = analysis.tokens
    for k in range(m.first - 1, max(-1, m.first - 5), -1):
        if not (analysis.verbal(k) and toks[k].is_content):
            continue
        low = toks[k].lower
        before = toks[k - 1].lower if k else ""
        if before in _PAST_AUXILIARIES or (k > 1 and toks[k - 2].lower in _PAST_AUXILIARIES and before in PREVERBAL_ADVERBS):
            return "past"
        if english.lemma(low) == low and before in _UNTENSED_BEFORE:
            return ""  # "caused a train to derail at", "will live in": the base form tells no time of its own
        if before in ("has", "have"):
            return ""  # "has lived in Kessel": a state up to now or an event past, which the perfect leaves open
        if before in ("is", "are", "am") or low.endswith("s") or english.lemma(low) == low:
            return "present"
        return "past" if english.inflected_verb(low) and not low.endswith("ing") else ""
    return ""


def _placed_for_another(statement, claim, places_known) -> list:
    """A place the statement gives for one thing ("opened a plant in Dunmore", "was born in Kelby") that
    the claim gives only for another ("closed its depot in Dunmore", "grew up in Kelby"), where the
    claim places the statement's thing elsewhere ("a plant in Harton", "born in Harton"): the claim does
    not say it (a firm may open two plants, so no contradiction), or contradicts it for an act done once."""
    # (and a place "X's birthplace is" names: where X was born, as "born in" places it)
    placed = [(m, _located(statement, m)) for m in statement.locations] + [
        (m, "bear") for m in statement.mentions if named_as_birthplace(statement, m)]
    for m, here in placed:
        if not here or here == "base":
            continue
        own = [c for c in claim.locations if c.name == m.name or same_name(c.name, m.name, places_known)]
        if not own or len(own) < sum(1 for c in claim.mentions if c.name == m.name or same_name(c.name, m.name, places_known)):
            continue  # (a claim that names the place otherwise too, "within five miles of Sallowby", may say it)

        def alike(c, here=here):
            there = _located(claim, c)
            return bool(there) and (there == here or word_similarity(there, here) >= 0.5)

        if any(alike(c) for c in own) or not all(_located(claim, c) for c in own):
            continue
        elsewhere = next((c for c in claim.locations if c not in own and alike(c)), None)
        if elsewhere is not None:
            # (an act done once, in one place, is contradicted: "was born in Kelby" / "born in Harton")
            relation = "conflicts" if here in _ONCE_IN_A_LIFE else "related"
            return [SlotCheck("place", relation, f"in {m.name}", f"in {elsewhere.name}", (m.start, m.end), name=m.name)]
    return []


_PLACE_PREPOSITIONS = frozenset(["in", "at", "on"])


def _acts_placed(analysis) -> list:
    """(place mention, the lemma of the verb it places, the verb as written) for each place right after "in"
    or "at" that right follows the verb of an act done once (_ONCE_IN_A_LIFE: "died in Harlow", "was born
    in Kelby"), and each place listed with it ("raised in Singapore and Hampshire")."""
    toks, out = analysis.tokens, []
    for m in analysis.locations:
        if m.first >= 2 and toks[m.first - 1].lower in ("in", "at") and m.start < IN_QUOTE \
                and toks[m.first - 2].lemma in _ONCE_IN_A_LIFE and (analysis.verbal(m.first - 2) or toks[m.first - 2].lemma == "bear"):
            out.append((m, toks[m.first - 2].lemma, toks[m.first - 2].text))
        elif out and _LISTED_PLACE_RE.fullmatch(analysis.text, out[-1][0].end, m.start) and _ends_its_phrase(analysis, m):
            out.append((m, out[-1][1], out[-1][2]))  # "raised in Singapore and Hampshire": both places of the act
    # (and the place "X's birthplace is" or "place of birth was" names: where X was born)
    out += [(m, "bear", "born") for m in analysis.mentions if m.start < IN_QUOTE and named_as_birthplace(analysis, m)]
    return out


# acts that happen once, in one place, whatever the time ("born", "died", "buried", "founded", "based"):
# of acts done again ("met in Corfe on Monday", "lived in Leeds"), another place may be another time's
_ONCE_IN_A_LIFE = frozenset("bear die bury raise found establish headquarter base".split())
_LISTED_PLACE_RE = lazy(r"(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)")


_ADJUNCT_PREPOSITIONS = _PREPOSITIONS | frozenset("on during since until".split())


def _ends_its_phrase(analysis, m) -> bool:
    """Does the name end its phrase (punctuation, "and", "or" or the text's end after it), as a listed
    place does ("in Singapore and Hampshire, US", "in Hollywood, California on 23 February"), not open another ("Born in Marrowby, Fenwick
    councillor Ann Bell ...")?"""
    toks = analysis.tokens
    # (a preposition after it opens an adjunct of the clause: "born in Hollywood, California, on 23 February 1981")
    return m.last + 1 >= len(toks) or toks[m.last + 1].lower in ("and", "or") or toks[m.last + 1].lower in _ADJUNCT_PREPOSITIONS or \
        analysis.text[toks[m.last].end:toks[m.last + 1].start].strip() != ""


def _places_of_one_act(statement, claim, places_known, ancestors):
    """A place check of the act both texts place, where the claim places several acts ("born in Kelby
    in 1950, died in Harlow"): the statement's place against the one the claim gives that act ("died in
    Kelby": Harlow), not against every place it names. None when no act of the statement's is placed
    by the claim."""
    theirs = _acts_placed(claim)
    if len({m.name for m, _, _ in theirs}) < 2:
        return None  # one place: the checks below read it
    for mine, act, written in _acts_placed(statement):
        same = [c for c, other, _ in theirs if other == act or _same_predicate(act, other)]
        if not same:
            continue
        if any(c.name == mine.name or same_name(c.name, mine.name, places_known) for c in same):
            return []
        if ancestors is not None and any(c.name in ancestors((mine.name,)) or mine.name in ancestors((c.name,)) for c in same):
            return [SlotCheck("place", "related", f"in {mine.name}", f"in {same[0].name}", (mine.start, mine.end), name=mine.name)]
        return [SlotCheck("place", "conflicts", f"{written} in {mine.name}", f"{written} in {' and '.join(c.name for c in same)}",
                          (mine.start, mine.end), name=mine.name)]
    return None


def _place_of_the_act(analysis, mention) -> bool:
    """Is the place given for a noun that is itself where the clause's act happens, in a phrase of place
    ("keeps 40 goats on her farm at Dunstow", "makes its cars at its plant in Leeds"), not a thing the
    clause acts on ("opened an office in Paris")? Then it places the act, as "keeps 40 goats at Hollin" does."""
    toks = analysis.tokens
    k = mention.first - 2  # the word before "in"/"at": the noun the place is given for
    if k < 1 or toks[mention.first - 1].lower not in ("in", "at"):
        return False
    j = k - 1
    while j >= 0 and (toks[j].lower in DETERMINERS or toks[j].lower in ("own",) or is_possessive(toks[j])):
        j -= 1
    if not (0 <= j < k - 1 and toks[j].lower in _PLACE_PREPOSITIONS):
        return False
    # ... of the clause's own verb, not of a saying set after it ("keeps 40 goats, she said in a speech at
    # Dunstow": where she spoke)
    verb = next((i for i in range(j - 1, -1, -1) if analysis.verbal(i)), None)
    return verb is not None and toks[verb].lemma not in REPORTING | SAYING_IN_A_MANNER \
        and "," not in analysis.text[toks[verb].end:toks[j].start]


def _only_as_adjective(analysis, name: str, placed) -> bool:
    """Does the text name the place only in an adjective before a noun, in the clause of the place
    ``placed`` ("a Canadian citizen who lives in Kenya", "a Danish club"), which says whose or what
    kind, not where? (Not "its French office ..., and its head office is in Italy": two clauses.)"""
    toks, found = analysis.tokens, False
    for m in analysis.mentions:
        if m.name != name:
            continue
        lo, hi = _clause(analysis, m.start) if 0 <= m.start < IN_QUOTE else (0, 0)
        if not lo <= placed.start < hi:
            return False
        written = analysis.text[m.start:m.end] if 0 <= m.start < IN_QUOTE else ""
        for ending in POSSESSIVE_ENDINGS:
            written = written[:-len(ending)] if written.endswith(ending) else written  # "China's": the name's own
        nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
        if not written or written == name or written.lower().endswith("based") or nxt is None \
                or nxt.is_cap or not nxt.is_content:
            return False
        found = True
    return found


def places_of_others(statement, claim, places) -> bool:
    """Does the claim give one of ``places`` (names the statement names) as where another stands,
    one the statement does not name ("Tallyhorn, a rival firm based in Kestlow")? Lent to a
    sentence about Quillspan, the place tells nothing of Quillspan."""
    for m in claim.mentions:
        if m.name in places and (m.type == "place" or m in claim.locations):  # (a name no table knows, placed by "in")
            owner = _place_owner(claim, m)
            if owner and owner != m.name and owner not in statement.names:
                return True
    return False


def _place_owner(analysis, place) -> str:
    """Who is where a place says: the name an appositive describes ("Tallis Renewables, a developer
    based in Norbury": Tallis Renewables), no one named for a common noun placed ("a developer
    based in Norbury"), else whose the clause is (see _owner)."""
    if not 0 <= place.start < IN_QUOTE:
        return _owner(analysis, place.start)
    text = analysis.text
    # a name the place comes right after, "in" between, is where that name is ("the trust's Moorgate School
    # in Wexley"), whatever the phrase it stands in describes
    beside = next((m for m in analysis.mentions if m.end < place.start and text[m.end:place.start].lower() in (" in ", " at ")
                   and m.name != place.name), None)
    if beside is not None:
        return beside.name
    aside = next((a for a, b in set_off_spans(text) if a <= place.start < b), None)
    if aside is not None:
        head = next((m for m in reversed(analysis.mentions) if m.end <= aside and not text[m.end:aside].strip(" ,")), None)
        if head is not None:
            return head.name
    # an appositive the clause splitter leaves whole: "Tallyhorn, a rival firm based in Kestlow, saying ...",
    # "Quillspan, a firm in the Corvendale town of Thrapley that makes ..."
    opening = _APPOSITIVE_OPENING_RE.search(text, max(0, place.start - _APPOSITIVE_REACH), place.start)
    head = next((m for m in analysis.mentions if opening is not None and m.end == opening.start()), None)
    if head is not None:
        return head.name
    before = text[max(0, place.start - 24):place.start].split()
    if len(before) >= 3 and [w.lower() for w in before[-2:]] == ["based", "in"] and before[-3].isalpha() \
            and before[-3].islower():
        return ""  # "a developer based in Norbury": which developer, the sentence does not name
    return _owner(analysis, place.start)


_APPOSITIVE_OPENING_RE = lazy(r",\s+(?:a|an)\s+[^,;]*$")  # ", a rival expenses firm based in "
_APPOSITIVE_REACH = 60  # characters from the comma to the place


# who speaks for a body by office: its officers, not its critics, analysts or former members (a
# union's organisers are its officials)
_OFFICES = frozenset("""spokesperson spokesman spokeswoman official officer executive chief ceo chairman chairwoman chair
    president director minister secretary governor mayor leader head manager member councillor deputy treasurer
    commissioner representative organiser organizer""".split())
_NOT_IN_OFFICE = frozenset("former ex onetime one-time critic critics".split())
_OF_BETWEEN = lazy(r"^,? (?:the |its |a |an )?(?P<role>[a-z][a-z -]{0,40}) (?:of|at|for) (?:the )?$")


def holds_office(role: str) -> bool:
    """Does the role name an office in a body ("chief executive", "regional organiser"), not a critic's
    or a former member's?"""
    words = set(role.lower().replace("-", " ").split())
    return bool(words & _OFFICES) and not words & _NOT_IN_OFFICE


def _speaks_for(claim, name, voices, places) -> bool:
    """Does the claim give its voice as an officer of the named body, who speaks for it ("Oxcombe
    Borough Council's cabinet member for housing, Councillor Neil Ashdown, said"; "Neil Ashdown,
    cabinet member of Oxcombe Borough Council, said"; not "a fierce critic of the council")?"""
    text = claim.text
    bodies = [m for m in claim.mentions if m.name == name or same_name(m.name, name, places)]
    spoken = [m for m in claim.mentions if m.name in voices or any(same_name(m.name, v, places) for v in voices)]
    for body in bodies:
        for voice in spoken:
            possessive = text[body.end - 2:body.end] in POSSESSIVE_ENDINGS or text[body.end:body.end + 2] in POSSESSIVE_ENDINGS
            between = text[body.end:voice.start]
            if voice.start > body.end and possessive and voice.start - body.end <= 60 and holds_office(between) \
                    and "said" not in between:
                return True  # the body's officer, then the voice in apposition
            found = _OF_BETWEEN.match(text[voice.end:body.start]) if body.start > voice.end else None
            if found and holds_office(found.group("role")):
                return True
    return False


def sources(statement, claim, places=frozenset(), bodies_of=None) -> list:
    """Who says it: a statement crediting a report, figure or quote to someone the claim does not
    credit it to ("According to Gartner, ..." where the claim is IC Insights'; "the SIA said it
    would form ..." where the CSIA said so). A statement that names the claim's source too ("the
    Nikkei reported that the CSIA announced ...") passes it on rather than contradicts it.
    ``bodies_of(name)``: the bodies the base records the person as an officer of, who speaks for them."""
    voices = set(_voices_of(claim))
    if not statement.speakers or not voices:
        return []
    if any(_named_among(m.name, voices, places) for m in statement.speakers):
        return []
    if claim.outlet and any(_named_among(m.name, {claim.outlet}, places) for m in statement.speakers):
        return []  # "according to the Fallowmere Post": the paper that reported the claim passes it on
    speaker_named_in_claim = any(_named_among(m.name, claim.names, places) for m in statement.speakers)
    if speaker_named_in_claim and not claim.speakers:
        return []  # a party of the claim telling of it ("Xiaomi said it joined") against a claim whose text
        # credits no one (only its attribution, the outlet that reported it): no other voice to contradict
    if any(_named_among(v, statement.names, places) for v in voices) and not speaker_named_in_claim:
        return []
    if speaker_named_in_claim and any(_speaks_for(claim, m.name, voices, places) for m in statement.speakers):
        return []
    if bodies_of is not None and any(_named_among(m.name, bodies_of(voice), places) for voice in voices for m in statement.speakers):
        return []  # "Unite said" of what its organiser said, as the base records his post
    first = statement.speakers[0]
    return [SlotCheck("source", "conflicts", first.name, ", ".join(sorted(voices)), (first.start, first.end),
                      name=first.name, role="speaker")]


# verbs of an asymmetric relation between their subject and their object: "the benefits outweigh the
# loss" and "the loss outweighs the benefits" cannot both hold (converse relations)
CONVERSE_VERBS = frozenset("outweigh exceed outnumber outstrip overtake surpass outperform outsell outscore eclipse".split())
_ARGUMENT_OPENERS = frozenset("that said says say told".split())  # what opens a reported clause before its subject


def converses(statement, claim) -> list:
    """The statement's subject and object of an asymmetric relation the claim tells the other way round
    ("said the loss of farmland outweighed the benefits" / "said the benefits far outweigh the loss of
    farmland"): a conflict; [] otherwise, or where either denies the relation."""
    mine, theirs = _converse_arguments(statement), _converse_arguments(claim)
    for verb, (s_subject, s_object, said) in mine.items():
        if verb not in theirs or verb in statement.negated or verb in claim.negated:
            continue
        c_subject, c_object, claimed = theirs[verb]
        if _alike_heads(s_subject, c_object) and _alike_heads(s_object, c_subject) and not _alike_heads(s_subject, s_object):
            return [SlotCheck("role", "conflicts", said, claimed, _converse_span(statement, verb), 1.0, role="converse")]
    return []


def _converse_span(analysis, verb: str) -> tuple:
    tok = next(t for t in analysis.tokens if t.lemma == verb)
    return tok.start, tok.end


def _alike_heads(a: str, b: str) -> bool:
    return a == b or word_similarity(a, b) >= ALIGNED_WORD


@_per_analysis
def _converse_arguments(analysis) -> dict:
    """{verb lemma: (subject head, object head, the three as written)} for each verb of CONVERSE_VERBS told
    with a subject and an object: the head of a noun phrase is the word before its "of" ("the loss of
    farmland": loss), else its last word before the verb; the object's, its first content word."""
    toks = analysis.tokens
    out = {}
    for i, tok in enumerate(toks):
        if tok.lemma not in CONVERSE_VERBS:  # (verbs all, whatever their form: "women outnumber men")
            continue
        lo, hi = _clause(analysis, tok.start)
        before = [k for k in range(i) if toks[k].start >= lo]
        opener = max((k for k in before if toks[k].lower in _ARGUMENT_OPENERS), default=None)
        if opener is not None:
            before = [k for k in before if k > opener]
        of = next((k for k in before if toks[k].lower == "of"), None)
        heads = [k for k in before if (of is None or k < of) and _nominal(toks[k])]
        after = [k for k in range(i + 1, len(toks)) if toks[k].start < hi and _nominal(toks[k])]
        passive = i > 0 and toks[i - 1].lower in _BE_FORMS and i + 1 < len(toks) and toks[i + 1].lower == "by"
        if heads and after:
            first, second = toks[heads[-1]], toks[after[0]]
            written = f"{first.text.lower()} {tok.text} {second.text.lower()}"
            if passive:  # "the benefits were outweighed by the loss": the loss outweighs the benefits
                written = f"{first.text.lower()} {toks[i - 1].text} {tok.text} by {second.text.lower()}"
                first, second = second, first
            out.setdefault(tok.lemma, (_head_word(first), _head_word(second), written))
    return out


def _head_word(tok) -> str:
    return english.lemma(tok.lower)  # (in lower case: "Women outnumber men" opens with a capital)


def _nominal(tok) -> bool:
    """A content word that may head a noun phrase: not an adverb ("far outweigh", "easily exceeds")."""
    return tok.is_content and tok.lower not in PREVERBAL_ADVERBS and tok.lower not in _DEGREE_ADVERBS \
        and not (tok.lower.endswith("ly") and not tok.is_cap)


_DEGREE_ADVERBS = frozenset("far much well easily comfortably clearly slightly narrowly vastly greatly".split())
