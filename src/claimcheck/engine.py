"""check(statement) and scan(document): the API scripts import. Never prints.

The stages, each a function of the one before: analysis (what the statement says) -> candidates
(claims that share its terms, from the index) -> alignment and slot checks per candidate ->
judgement per candidate (decide.py) -> verdict with evidence and reason.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from typing import NamedTuple

from . import agreement, decide, swaps
from .align import ALIGNED, SYNONYM, align, statement_terms, word_similarity
from .compose import MARGIN as COMPOSED_MARGIN
from .compose import compose, difference_said
from .analysis import Analysis, Analyzer
from .index import build_index
from .lazyre import lazy
from .model import Evidence, Finding, Relation, Result, Verdict
from .text import clauses
from .text.descriptions import OPENING_RE as DESCRIPTION_OPENING_RE
from .text.lexicon import MEASURE_UNITS, NEGATORS, NUMBER_WORDS, PERIOD_WORDS, SCALE_WORDS
from .text.timeline import RELATIVE_TIME_RE as _RELATIVE_TIME_RE
from .text.tokens import tokenize

SETTLE_LOOKS = 3  # candidates may_settle looks at
SETTLE_MEMO = 1024  # sentences whose may_settle answer is kept
SETTLE_SHARE = 0.5  # of a plain sentence's words, in the same lemma, for a claim to be worth a full check
CANDIDATES = 20
# Candidates scoring under this share of the best are not about the same matter: not analysed.
CANDIDATE_SHARE = 0.3
MIN_CANDIDATES = 6
# Longer than any sentence a person writes: not checked, so that time and memory stay bounded.
MAX_STATEMENT_CHARS = 2000
RELATED_SHOWN = 3
IMPLIED_WEIGHT = 0.5
FIGURE_MIN_CHARS = 3  # a figure searched for as written (_found_by_figures): not "3" or "12", which count anything
_YEAR_RE = lazy(r"1[89]\d\d|20\d\d")  # nor a year
RELATED_MIN = 0.35
CLAIM_MEMO = 4096
ARTICLE_CLAIMS = 200  # the claims of one article read for its names (a long one's first)
PAUSED_SENTENCES = 32  # sentences of a draft checked with the cyclic collector held off (see findings)
RESTATED = 0.9  # a statement and a claim that say this much of each other say the same thing
VERBATIM = 0.98  # a statement this near a claim's quote is the quote (its spacing or quotation marks aside)
SETTLED_ALIGNMENT = 0.5  # a value confirmed in words this alike is the one the statement means
_BOUNDS = frozenset(["more_than", "at_least", "less_than", "at_most"])  # qualifiers of a figure that bound it


@contextmanager
def _collection_paused():
    """The cyclic garbage collector held off while one statement is checked: checking makes
    thousands of objects that live on in the memos, and collections while it runs walk them again
    and again (about a twentieth of a warm scan's time). What one check leaves in cycles is
    collected after it (in a draft, once what was set aside is handed back: see findings); a
    collector the caller turned off stays off."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


@contextmanager
def older_objects_set_aside():
    """The objects made before (the loaded base, the tables, the memos) set aside from the cyclic
    collector while a draft is checked (gc.freeze): its collections then walk only what checking
    makes, and a process forked meanwhile neither walks them nor copies their pages (a worker's
    half of a 250-sentence draft at 100k claims: 0.12 s of collections -> 0.05 s). They are
    handed back after; a process that holds frozen objects already keeps them as they are."""
    global _setting_aside
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    _setting_aside += 1
    try:
        yield
    finally:
        _setting_aside -= 1
        gc.unfreeze()


_setting_aside = 0  # older_objects_set_aside scopes open that froze what was before them (and will hand it back)


class _Read(NamedTuple):
    """What the judgement of every candidate claim reads of one statement, read once."""

    terms: tuple  # align.statement_terms
    words: int  # how many content words it has
    copular: bool
    present: bool
    max_idf: float  # the index's, which weighs what is missing
    acts: dict  # agreement.figure_acts: the verbs of what each figure's things do or undergo
    words_only: str = ""  # the text without quotation marks, which say who speaks, not what is said
    modifiers: frozenset = frozenset()  # agreement.noun_modifiers
    held: frozenset = frozenset()  # agreement.held_words


class Checker:
    """Checks statements and drafts against one claim base.

    ``base`` is a ClaimBase or a cache.CachedBase; ``index`` and ``vocabulary`` come from the
    cache when it has them, else they are built here. Claims are analysed when a search
    first brings them up, so a large base costs nothing until it is asked.
    """

    def __init__(self, base, thresholds=None, index=None, vocabulary=None):
        self.base = base
        self.thresholds = thresholds
        self.use_semantic = None  # None: when the model in force weighs sentence embeddings
        if index is None or vocabulary is None:
            index, vocabulary = build_index(base)
        self.index = index
        self.analyzer = Analyzer(base.entities, vocabulary)
        self.places = frozenset(name for name, kind in self.analyzer.matcher.types.items() if kind == "place")
        self._analyses: dict = {}
        self._may_settle: dict = {}  # sentence -> may_settle's answer: a draft repeats its stock sentences
        self._article_names: dict = {}  # source id -> its claims' texts, for the names they give

    def roles_of(self, name: str) -> frozenset:
        """The head nouns of the roles the base's entities give the person called ``name`` ("managing
        director" -> "director"). Not a body's: "a heat pump maker" describes a company (see
        text/descriptions.py), no post held."""
        roles = self.__dict__.get("_roles")
        if roles is None:
            from .text.descriptions import role_heads

            roles = self._roles = {e.name: role_heads(e.attributes) for e in self.base.entities
                                   if e.type == "person" and e.attributes is not None and e.attributes.role}
        return roles.get(name, frozenset())

    def bodies_spoken_for(self, name: str) -> frozenset:
        """The bodies the base's person called ``name`` is a member of in an office ("chief executive",
        "spokesperson": agreement.holds_office): what the person says, the body says."""
        offices = self.__dict__.get("_offices")
        if offices is None:
            offices = self._offices = {e.name: frozenset(e.attributes.member_of) for e in self.base.entities
                                       if e.type == "person" and e.attributes is not None and e.attributes.member_of
                                       and any(agreement.holds_office(role) for role in e.attributes.role)}
        return offices.get(name, frozenset())

    def claim_analysis(self, doc: int) -> Analysis:
        analysis = self._analyses.get(doc)
        if analysis is None:
            if len(self._analyses) >= CLAIM_MEMO:
                self._analyses.clear()
            claim = self.base.claim_at(doc)
            source = self.base.source_of(claim)
            analysis = self._analyses[doc] = self.analyzer.analyze_claim(
                claim, source.published if source else None, source.title if source else None,
                source.outlet if source else None)
        return analysis

    # ------------------------------------------------------------ statements

    @property
    def reader(self):
        """The context.Reader of this base's names and entity descriptions (made when first asked for)."""
        reader = self.__dict__.get("_reader")
        if reader is None:
            from .context import Reader
            from .text.descriptions import Describer

            matcher = self.analyzer.matcher
            reader = self._reader = Reader(matcher, self.analyzer.vocabulary, Describer(self.base.entities, matcher))
        return reader

    def check(self, statement: str, context: str = None, date=None, markdown: bool = True) -> Result:
        """The verdict on one statement: the worst of its parts, with the evidence for each.

        ``context``: text the statement is read as following (a draft's paragraphs, Markdown unless
        ``markdown`` is False), so that "it" or "the company" in it and its relative dates mean what
        they mean there; ``date``: the draft's date (a model.DateRef, or 'YYYY-MM-DD'), which
        "last year" and "on Monday" count from. Without context, a description that fits one
        entity of the base ("the WeChat owner") is still read as that entity."""
        statement = " ".join(statement.split())
        if len(statement) > MAX_STATEMENT_CHARS or (not context and date is None and not DESCRIPTION_OPENING_RE.search(statement)):
            return self._check_text(statement)  # nothing to read in context, no description: as written
        if isinstance(date, str):
            from .context import parse_date

            date = parse_date(date)
        return self.check_reading(self.reader.statement(statement, context, markdown, date))

    def check_reading(self, reading) -> Result:
        """The verdict on a context.Reading: on the sentence as read in its context, weighed
        against the sentence as written (with its confident resolutions only, when some are
        unsure): see _choose."""
        written = self._check_text(reading.text)
        if not reading.resolutions or reading.resolved == reading.text:
            return written
        if reading.confident:
            result = _choose(reading, written, self._check_text(reading.resolved))
        else:
            sure = reading.sure()
            if sure.resolutions:
                written = _choose(sure, written, self._check_text(sure.resolved))
            result = _choose(reading, written, self._check_text(reading.resolved), baseline=sure)
        return self._date_unsettled(reading, written, result)

    def _date_unsettled(self, reading, written: Result, result: Result) -> Result:
        """A relative date read as a calendar date makes a sentence more precise than it was written
        ("last month" as "August 2025"): where the claims give no date that settles it, and nothing
        contradicts it, the sentence is what it is without that date, whose resolution stays shown."""
        dates = [r for r in reading.resolutions if r.kind == "date"]
        if result.verdict is not Verdict.UNVERIFIED or not dates:
            return result
        undated = reading.without_dates()
        without = _choose(undated, written, self._check_text(undated.resolved)) if undated.resolutions else written
        backing = [e for e in without.evidence if e.relation is Relation.SUPPORTS]
        if without.verdict is not Verdict.SUPPORTED or not backing or not all(_undated_before(e, dates) for e in backing):
            return result  # (every claim that backs the sentence must leave its date open)
        unsettled = "; ".join(r.describe() for r in dates)
        without.reason = f"{unsettled} (no claim settles it); {without.reason}" if without.reason else \
            f"{unsettled} (no claim settles it)"
        without.resolved = reading.resolutions
        without.read_as = reading.resolved
        return without

    def _check_text(self, statement: str) -> Result:
        result = self._check_sentence(statement)
        # (a date that disagrees may be the main event's set against the other event's claim: "closed in
        # January 2025, two months before the market reopened" against "reopened in March 2025")
        if len(result.statement) <= MAX_STATEMENT_CHARS and (result.verdict is Verdict.UNVERIFIED or (
                result.verdict is Verdict.CONFLICTING and result.decided_by is not None and result.decided_by.slot == "date")):
            return self._interval_checked(result.statement) or result
        return result

    def _interval_checked(self, statement: str):
        """The verdict on a statement that gives the time between its event and another ("fined in
        February 2025, two months before the council approved the wind farm"): where claims support
        each event and date each, the interval is their dates' difference (intervals.agreement); None
        where anything is left unsettled."""
        from . import intervals  # (here: few statements tell an interval, and every start-up would pay for it)

        interval = intervals.find(statement, self.analyzer.analyze(statement))
        if interval is None:
            return None
        main = self._check_sentence(interval.main)
        if main.verdict is not Verdict.SUPPORTED:
            return None
        main_backing = [e for e in main.evidence if e.relation is Relation.SUPPORTS]
        main_analysis = self.analyzer.analyze(interval.main)
        # the main event's date as its claims give it, and as the statement does, where it does: the two agree
        claims_main_date = self._claims_date(main_backing, intervals.verbs_of(main_analysis))
        own_date = intervals.dated(main_analysis.calendar_dates)
        if claims_main_date is None and own_date is None:
            return None
        # (a date the statement gives its main event is backed where the main clause is: a support needs every date
        # it gives agreed, though the claims tell the act in another verb, "became leader" / "was elected leader")
        main_date = intervals.one_date([claims_main_date, own_date])
        if main_date is None:
            return None  # (the statement dates its event otherwise than the claims: their date check decides)
        event = self.check(interval.event, context=interval.main)  # ("he was sentenced": the main's "he")
        backing = [e for e in event.evidence if e.relation is Relation.SUPPORTS]
        event_date = self._claims_date(backing, intervals.verbs_of(self.analyzer.analyze(interval.event)))
        if event.verdict is not Verdict.SUPPORTED or event_date is None:
            return None
        agrees = intervals.agreement(interval, main_date, event_date)
        if agrees is None:
            return None
        told = (f"{' '.join(interval.quantity.text.split())} {interval.relation}: the claims date the events "
                f"{intervals.describe(main_date)} and {intervals.describe(event_date)}")
        if agrees:
            return Result(statement, Verdict.SUPPORTED, min(main.score, event.score), _merge_evidence(main_backing + backing), told)
        against = [Evidence(e.claim, e.source, Relation.CONFLICTS, e.score, told) for e in backing]
        span = (interval.quantity.start, interval.quantity.end)
        return Result(statement, Verdict.CONFLICTING, min(main.score, event.score), against + main_backing, told, span)

    def _claims_date(self, evidence, verbs):
        """The one date the claims of ``evidence`` give the event they back, told with one of its
        ``verbs`` (intervals.dates_of_act, intervals.one_date)."""
        from . import intervals

        return intervals.one_date([intervals.dated(intervals.dates_of_act(self.analyzer.analyze(e.claim.text), verbs))
                                   for e in evidence])

    def _check_sentence(self, statement: str) -> Result:
        statement = " ".join(statement.split())
        if len(statement) > MAX_STATEMENT_CHARS:
            return Result(statement, Verdict.UNVERIFIED, 0.0, [],
                          f"not checked: {len(statement):,} characters is longer than a sentence ({MAX_STATEMENT_CHARS:,} at most)")
        parts = clauses.with_subjects(statement, clauses.split(statement))
        if len(parts) == 1:
            return self._check_part(statement)
        results = [_placed(self._check_part(p.text), p) for p in parts]
        whole = self._check_part(statement)
        if whole.verdict is Verdict.SUPPORTED:
            # a claim that says the whole sentence denies no part of it: read alone, a part loses the reach
            # of the claim's denial ("paid for healthy birds that are culled, but not for birds that were
            # already infected" says birds are culled); only a denial: a part may catch a swap the whole hides
            backing = {e.claim.id for e in whole.evidence if e.relation is Relation.SUPPORTS}
            results = [r for r in results if not _denial_out_of_reach(r, backing)] or [whole]
            if any(r.verdict is Verdict.CONFLICTING for r in results):
                results = self._context_kept(statement, results, backing) or [whole]
            if any(r.verdict is Verdict.CONFLICTING for r in results):
                results = self._values_kept(statement, results, backing) or [whole]
        worst = max(results, key=lambda r: r.verdict.severity)
        verdict = worst.verdict
        if whole.verdict is Verdict.SUPPORTED and verdict is not Verdict.CONFLICTING:
            # the claims the parts found are evidence too (an appositive's, a clause's)
            found = _merge_evidence(whole.evidence + [e for r in results if r.verdict is Verdict.SUPPORTED
                                                      for e in r.evidence if e.relation is not Relation.CONFLICTS])
            return Result(statement, Verdict.SUPPORTED, whole.score, found, whole.reason, whole.span, None, None)
        evidence = _merge_evidence([e for r in results for e in r.evidence])
        reasons = list(dict.fromkeys(r.reason for r in results if r.verdict is verdict and r.reason))  # said once
        return Result(statement, verdict, worst.score, evidence, "; ".join(reasons), worst.span, worst.correction,
                      worst.decided_by)

    def _values_kept(self, statement: str, parts: list, backing: set) -> list:
        """The parts' results less the conflicts of a date or a bare figure that a claim backing the whole
        sentence confirms where the sentence tells it: read alone, a part may lose what its figure
        counts ("Of the 640 homes, 224 will be affordable, and 150 of those will be let at social rents":
        the part's bare 150 is no count of the 416 homes sold)."""
        analysis = self.analyzer.analyze(statement)
        confirmed = [c.span for j in self.judgements(analysis) if j.claim.id in backing for c in j.checks
                     if c.slot in ("amount", "date") and c.relation == "supports" and c.span]
        if not confirmed:
            return parts
        out = []
        for part in parts:
            decided = part.decided_by
            span = getattr(decided, "span", None) if decided is not None else None
            said = getattr(decided, "said", None) if decided is not None else None
            # (a date, or a bare figure: a figure that says what it counts is read alone as well as in the sentence,
            # and two figures swapped between a whole and its part are caught there: "employs 300, 1,200 of them")
            if part.verdict is Verdict.CONFLICTING and span and (decided.slot == "date" or (
                    decided.slot == "amount" and said is not None and not said.noun and not said.unit)) \
                    and any(a < span[1] and span[0] < b for a, b in confirmed):
                continue
            out.append(part)
        return out

    def _context_kept(self, statement: str, parts: list, backing: set) -> list:
        """The parts' results less the conflicts a part has only for want of the names its sentence
        gives: a sentence a claim supports whole ("Kestrel Pumps ... will be the lab's partner; it will
        not put any money into the lab") whose part ("it will not put any money into the lab") another
        claim contradicts, that claim never naming a name of the sentence the part leaves out ("Tarn
        County Council will add £2 million of its own money"): the part's "it" is not the council."""
        analysis = self.analyzer.analyze(statement)
        judged = self.judgements(analysis)
        missing = {j.claim.id: set(j.alignment.names_missing) for j in judged}
        # (and that names one of its own the sentence does not: "The ward will not be staffed by agency
        # nurses", naming nothing, is of the sentence's ward)
        own = {j.claim.id for j in judged
               if self.claim_analysis(j.doc).names - self.claim_analysis(j.doc).topic - analysis.names}
        out = []
        for part in parts:
            against = [e.claim.id for e in part.evidence if e.relation is Relation.CONFLICTS]
            # (or the part opens on a pronoun, whose referent the sentence gives: "it will not put any money")
            led_by_pronoun = part.statement.split()[0].lower() in _PRONOUN_SUBJECTS if part.statement.split() else False
            if part.verdict is Verdict.CONFLICTING and against and all(
                    claim_id not in backing and (claim_id in own or led_by_pronoun)
                    and _names_left_out(missing.get(claim_id, ()), part.statement) for claim_id in against):
                continue
            out.append(part)
        return out

    def judgements(self, analysis: Analysis) -> list:
        """What each candidate claim says of the statement, most telling first."""
        # the words of what a figure counts ("14 charity shops") are no content of the statement (the
        # amount's check compares them) but they tell what it is about as much as any other word
        counted = [lemma for lemma in _counted_lemmas(analysis) if lemma not in analysis.content]
        terms = list(analysis.content) + list(analysis.names) + counted
        # the same word in another part of speech or a synonym also finds a claim, at half weight
        implied = {other for lemma in analysis.content for other in _kin(lemma)} - set(terms)
        figures = sorted({t.lower.replace(",", "") for t in analysis.tokens if t.is_number
                          and len(t.lower) >= FIGURE_MIN_CHARS and not _YEAR_RE.fullmatch(t.lower)})
        self.index.prefetch([*terms, *implied, *figures])
        hits = self.index.search(terms + sorted(implied), CANDIDATES, dict.fromkeys(implied, IMPLIED_WEIGHT), local=True)
        # a claim is ranked among the claims of its own collection (its file, when large enough to
        # weigh its words): the claims of another file on another matter change neither its rank
        # share nor whether it is a candidate
        top, ranked, kept = {}, {}, []
        for doc, score in hits:
            collection = self.index.collection_at(doc)
            best = top.setdefault(collection, score)
            rank = ranked[collection] = ranked.get(collection, -1) + 1
            if rank < MIN_CANDIDATES or score >= best * CANDIDATE_SHARE:
                kept.append((doc, score))
        if figures:
            found = self._found_by_figures(figures, kept)
            for doc, score in found:
                top.setdefault(self.index.collection_at(doc), score)
            kept += found
        hits = kept
        nearness = self._semantic(analysis.text, [doc for doc, _ in hits])
        unread = [doc for doc, _ in hits if doc not in self._analyses]
        self.base.read_claims(unread)  # the candidates' claims read together, not one by one
        fresh = [self.claim_analysis(doc) for doc in unread]
        # the weights of the words and names of the candidates analysed now, read from the index together
        self.index.prefetch({term for found in fresh for term in (*found.content, *found.names)})
        reads = {collection: self._read_statement(analysis, collection) for collection in top}
        out = []
        for doc, score in hits:
            collection = self.index.collection_at(doc)
            out.append(self.judge(analysis, doc, score / (top[collection] or 1.0), similarity=nearness.get(doc),
                                  read=reads[collection]))
        # an amount or a date that one claim confirms in well-aligned words is settled: another claim
        # giving another figure there is about another figure ("$22.7bn produced in China" and
        # "$8.3bn produced by Chinese-headquartered firms", both of the $143bn sold)
        # (not by a claim of another time: "had been due to open in December 2025" settles no date of now)
        # (nor by one that gives none of the statement's other figures: "16 of 19 bathing waters in 2023"
        # is not settled as 2023 by a claim of 2023's river sites)
        # (nor by a claim whose own contradiction the first settles in turn: two claims at odds over the
        # same two values, the plan's homes with another year, a report's year with other homes)
        contradicted = [{c.span for c in j.checks if c.relation == "conflicts"} for j in out]
        if any(contradicted):  # (most statements have nothing to set aside)
            out = self._settled(out, contradicted, reads, nearness)
        out.sort(key=lambda j: -max(j.supports, j.conflicts, j.alignment.coverage * 0.5))
        return out

    def _found_by_figures(self, figures, kept) -> list:
        """[(doc, score)] of the claims that give one of the statement's figures as written ("312,000")
        and that its words did not find: a claim told in other words still gives its figure. Each is
        the least of its collection's candidates (the lowest score kept there), so that the ranks of the
        claims its words found stay as they were. A year finds nothing: it dates countless facts."""
        found = {doc for doc, _ in kept}
        lowest: dict = {}
        for doc, score in kept:
            collection = self.index.collection_at(doc)
            lowest[collection] = min(score, lowest.get(collection, score))
        out = []
        for doc, score in self.index.search(figures, MIN_CANDIDATES, local=True):
            if doc not in found:
                out.append((doc, lowest.get(self.index.collection_at(doc), score)))
        return out

    def _settled(self, judgements, contradicted, reads, nearness) -> list:
        """The judgements, each judged again with the contradictions the others settle set aside (see
        judgements); ``contradicted``: the spans each contradicts."""
        agreeing = [_all_values_agree(j.checks) for j in judgements]
        confirmed = [{c.span for c in j.checks if c.slot in ("amount", "date") and c.relation == "supports"
                      and (c.alignment >= SETTLED_ALIGNMENT or every)}
                     if not j.alignment.names_missing and (j.alignment.coverage >= SETTLED_ALIGNMENT or every)
                     and not any(c.slot == "frame" and c.relation != "supports" for c in j.checks)
                     and not _other_period(j.checks)
                     and not _other_figures(j.checks) else set() for j, every in zip(judgements, agreeing)]
        # a bound ("fewer than 100 firefighters") is met by any smaller figure: it is settled only by a
        # claim at least as close to the statement as the one that contradicts it
        bounds = {c.span for j in judgements for c in j.checks
                  if c.slot == "amount" and getattr(c.said, "qualifier", "") in _BOUNDS}
        out = []
        for k, j in enumerate(judgements):
            settled = contradicted[k] and set().union(*(
                confirmed[m] - (bounds if judgements[m].alignment.coverage < j.alignment.coverage else set())
                for m in range(len(judgements)) if m != k and not confirmed[k] & contradicted[m])) & contradicted[k]
            out.append(self._conclude(reads[self.index.collection_at(j.doc)], j.doc, j.claim, j.alignment, j.checks,
                                      j.features["fuzz"], j.rank_share, settled, nearness.get(j.doc)) if settled else j)
        return out

    def _semantic(self, text: str, docs) -> dict:
        """doc -> sentence-embedding cosine with the statement, with claimcheck[semantic]; else {}."""
        wanted = self.use_semantic if self.use_semantic is not None else decide.semantic_model()
        if not docs or not wanted:
            return {}
        found = self.semantic_similarities(text, docs)
        return dict(zip(docs, found)) if found else {}

    def _read_statement(self, analysis: Analysis, collection=None) -> _Read:
        """What judging reads of the statement, its words weighed in ``collection`` (the whole base by default)."""
        collection = collection or self.index
        return _Read(statement_terms(analysis, collection.telling), len(analysis.content), analysis.copular,
                     analysis.present, collection.max_idf(), agreement.figure_acts(analysis),
                     _without_quotation_marks(analysis.text), agreement.noun_modifiers(analysis), agreement.held_words(analysis))

    def judge(self, analysis: Analysis, doc: int, rank_share: float = 1.0, settled=frozenset(), similarity=None,
              read=None):
        """What one claim (by its index) says of an analysed statement; ``settled``: spans of the
        statement's amounts and dates another claim confirms, which this one cannot contradict;
        ``similarity``: the sentence-embedding cosine of the two (claimcheck[semantic]), if any;
        ``read``: what every claim's judgement reads of the statement, when the caller has it."""
        from rapidfuzz import fuzz

        collection = self.index.collection_at(doc)
        read = read or self._read_statement(analysis, collection)
        claim = self.base.claim_at(doc)
        claim_analysis = self.claim_analysis(doc)
        alignment = align(analysis, claim_analysis, collection.telling, self.places, self.analyzer.matcher.ancestors,
                          read.terms, self.roles_of)
        text = read.words_only  # (a sentence quoted is the same words)
        similar = fuzz.token_set_ratio(text, claim.text) / 100
        # the statement restates the claim nearly word for word, in the claim's mood ("is expected to
        # cost" told as "cost" is a forecast stated as done), or is its quote
        restated = alignment.coverage >= RESTATED and (
            fuzz.ratio(text, claim.quote) / 100 >= VERBATIM
            or (analysis.modality == claim_analysis.modality
                and max(alignment.reverse, fuzz.ratio(text, claim.text) / 100) >= RESTATED))
        checks = self.slot_checks(analysis, claim_analysis, claim, restated=restated)
        alignment = difference_said(analysis, alignment, checks)  # "by a margin of five votes", of "nine votes to four"
        return self._conclude(read, doc, claim, alignment, checks, similar, rank_share, settled, similarity)

    def _conclude(self, read, doc, claim, alignment, checks, similar, rank_share, settled, similarity):
        """The judgement from a claim's alignment and slot checks (see judge)."""
        if settled:
            checks = [c._replace(relation="related") if c.relation == "conflicts" and c.span in settled else c for c in checks]
        f = decide.features(alignment, checks, rank_share, similar, read.words, read.max_idf, read.copular, read.present)
        if similarity is not None:
            f["semantic"] = similarity
        in_article = any(c.relation == "conflicts" for c in checks) and decide.another_matter(alignment) \
            and self._named_in_article(claim, alignment.names_missing)
        # (the claim's acts are read only for a statement that tells acts of its figures: most tell none)
        act_unsaid = bool(read.acts) and _act_unsaid(read.acts, self.claim_analysis(doc), alignment, checks)
        return decide.judge(claim, alignment, checks, f, read.max_idf, doc, rank_share, in_article=in_article,
                            act_unsaid=act_unsaid, claim_named=_about_a_name(self.claim_analysis(doc)),
                            claim_words=frozenset(self.claim_analysis(doc).content), modifiers=read.modifiers,
                            held=read.held)

    def _named_in_article(self, claim, names) -> bool:
        """Does another claim of the claim's article name one of ``names``? Then "the company" or
        "the union" of this one is most likely that one (see decide.another_matter)."""
        texts = self._article_names.get(claim.source)
        if texts is None:
            if len(self._article_names) >= CLAIM_MEMO:
                self._article_names.clear()
            texts = self._article_names[claim.source] = "\n".join(self.base.article_texts(claim.source, ARTICLE_CLAIMS))
        # a name's own words in the article's text ("Valdor" of "Valdor Motors"; "Kessel" of "Kessel
        # Town F.C."): a look at the words, not a reading of every claim, which a long article makes slow
        return any(word in texts for name in names for word in _telling_words(name))

    def slot_checks(self, statement: Analysis, claim_analysis: Analysis, claim, restated: bool = False) -> list:
        checks = self._slot_checks(statement, claim_analysis, claim, restated)
        return agreement.ranked_apart(statement, claim_analysis, agreement.another_occasion(statement, claim_analysis, checks))

    def _slot_checks(self, statement: Analysis, claim_analysis: Analysis, claim, restated: bool = False) -> list:
        return (agreement.figures_and_dates(statement, claim_analysis, self.places, self.analyzer.matcher.ancestors)
                + agreement.polarity(statement, claim_analysis, self.places) + agreement.denials(statement, claim_analysis)
                + agreement.opposites(statement, claim_analysis) + agreement.converses(statement, claim_analysis)
                + agreement.actors(statement, claim_analysis, self.places, self.analyzer.matcher.ancestors)
                + agreement.undergoers(statement, claim_analysis)
                + agreement.compared_holders(statement, claim_analysis, self.places)
                + agreement.places(statement, claim_analysis, self.places, self.analyzer.matcher.ancestors)
                + agreement.swapped_names(statement, claim_analysis, self.places, self.analyzer.matcher.types,
                                          self.analyzer.matcher.ancestors)
                + agreement.sources(statement, claim_analysis, self.places, self.bodies_spoken_for)
                + agreement.frame(statement, claim_analysis) + agreement.added_occasion(statement, claim_analysis)
                + agreement.added_instance(statement, claim_analysis) + agreement.outcome_untold(statement, claim_analysis)
                + agreement.modality(statement, claim_analysis, claim.kind, restated))

    def _check_part(self, text: str) -> Result:
        """The verdict on a part of a sentence, its spans in the part's own text (see _placed)."""
        with _collection_paused():
            return self._check_part_now(text)

    def _check_part_now(self, text: str) -> Result:
        analysis = self.analyzer.analyze(text)
        support_at, conflict_at = decide.thresholds(self.thresholds)
        judgements = self._as_credited(analysis, self.judgements(analysis), support_at, conflict_at)
        verdict_name, decider = decide.verdict(judgements, self.thresholds)
        helpers = ()
        denied = any(c.slot == "polarity" and c.claim_value.startswith("not ") for j in judgements for c in j.checks)
        if verdict_name == "unverified" and not denied:  # what no claim says alone, two may say together;
            # not what a claim of the base denies ("had no plans to sell it" against "has sold it")
            # two claims of the collection of the claim most about the statement, weighed as it weighs its words
            within = self.index.collection_at(judgements[0].doc) if judgements else self.index
            max_idf = within.max_idf()
            composed = compose([j for j in judgements if self.index.collection_at(j.doc) is within], lambda alignment, checks, share, similar: decide.features(
                alignment, checks, share, similar, len(analysis.content), max_idf, analysis.copular,
                analysis.present), max_idf,
                (lambda a, b: agreement.across_claims(analysis, self.claim_analysis(a.doc), self.claim_analysis(b.doc)))
                if agreement.worked_across(analysis) else None,
                analysis.subject_or_owner,
                lambda j, names: bool(names) and agreement.places_of_others(analysis, self.claim_analysis(j.doc), names),
                lambda j: self.claim_analysis(j.doc).names - self.places - analysis.names)
            # two claims that say more of a sentence than either are surer together only by a margin;
            # not where their readings of one measure give the statement's change
            margin = 0.0 if composed is not None and composed.worked_out else COMPOSED_MARGIN
            if composed is not None and composed.judgement.supports >= min(0.99, support_at + margin):
                verdict_name, decider = "supported", composed.judgement
                helpers = composed.claims[1:]
        if verdict_name == "unverified" and not denied:
            swapped = swaps.another_in_its_place(analysis, judgements, support_at, self.claim_analysis, self.analyzer,
                                                  self.judge, self.places)
            if swapped is not None:
                verdict_name, decider = "conflicting", swapped
        verdict = Verdict(verdict_name)
        span = correction = first = None
        if verdict is Verdict.CONFLICTING:
            deciding = decider.deciding_conflicts
            first = sorted(deciding, key=lambda c: -c.alignment)[0]
            reason = first.describe()
            score = decider.conflicts
            span = first.span or None
            correction = _correction(text, first, decider.claim.id)
        elif verdict is Verdict.SUPPORTED:
            reason = _support_reason(decider)
            score = decider.supports
        else:
            reason = _unverified_reason(judgements)
            score = max((j.supports for j in judgements), default=0.0)
        evidence = []
        if decider is not None:
            evidence.append(self._evidence(decider, Relation.SUPPORTS if verdict is Verdict.SUPPORTED else Relation.CONFLICTS))
        for claim in helpers:  # the other claims a composed support used
            evidence.append(Evidence(claim=claim, source=self.base.source_of(claim), relation=Relation.SUPPORTS,
                                     score=decider.supports, reason="together with " + decider.claim.id))
        for j in judgements:
            if j is decider or j.claim in helpers or (decider is not None and j.claim.id == decider.claim.id):
                continue
            if j.conflicts >= conflict_at and verdict is not Verdict.SUPPORTED:
                evidence.append(self._evidence(j, Relation.CONFLICTS))
            elif j.supports >= support_at:
                evidence.append(self._evidence(j, Relation.SUPPORTS))
        shown = {e.claim.id for e in evidence}
        related = [j for j in judgements if j.claim.id not in shown and j.alignment.coverage >= RELATED_MIN]
        for j in related[:RELATED_SHOWN]:
            evidence.append(self._evidence(j, Relation.RELATED))
        return Result(text, verdict, score, evidence, reason, span, correction, first)

    def _as_credited(self, analysis: Analysis, judgements: list, support_at: float, conflict_at: float) -> list:
        """The judgements, where the statement credits one of the base's outlets ("according to the Courier"): what
        that outlet's own claims say decides over what another outlet reported, either way (a figure two papers give
        differently: "according to the Courier, 17 votes" is contradicted by the Courier's 14 whatever the Echo's 17;
        "according to the Courier, 14 votes" is backed by it, whatever the Echo's)."""
        if not analysis.speakers:
            return judgements
        # (the outlets of the claims judged: a statement crediting another paper has none of its claims to decide by;
        # and a base's sources are read only as its claims are)
        outlets = [self._outlet_of(j.claim) for j in judgements]
        credited = agreement.credited_outlet(analysis, frozenset(filter(None, outlets)), self.places)
        if not credited:
            return judgements
        own = [j for j, outlet in zip(judgements, outlets) if outlet == credited]
        if any(j.conflicts >= conflict_at for j in own):
            return [j if outlet == credited else j._replace(blocked=True) for j, outlet in zip(judgements, outlets)]
        if any(j.supports >= support_at for j in own):
            return [j if outlet == credited else j._replace(conflicts=0.0) for j, outlet in zip(judgements, outlets)]
        return judgements

    def _outlet_of(self, claim) -> str:
        source = self.base.source_of(claim)
        return source.outlet if source is not None and source.outlet else ""

    def _evidence(self, judgement, relation) -> Evidence:
        claim = judgement.claim
        if relation is Relation.CONFLICTS:
            score, reason = judgement.conflicts, "; ".join(c.describe() for c in judgement.deciding_conflicts)
        elif relation is Relation.SUPPORTS:
            score, reason = judgement.supports, _support_reason(judgement)
        else:
            score, reason = judgement.alignment.coverage, _related_reason(judgement)
        return Evidence(claim=claim, source=self.base.source_of(claim), relation=relation, score=score, reason=reason)

    # ------------------------------------------------------------ drafts

    def scan(self, text: str, path: str = "<stdin>", markdown: bool = True, date=None, context: bool = True,
             readings=None):
        """Yield a Finding for each checkable sentence of a draft, in document order.

        Each sentence is read in its context (context.Reader): its pronouns and descriptions
        resolved from the sentences, list items, headings and title before it, its relative dates
        from ``date`` (a model.DateRef or 'YYYY-MM-DD'), else the front matter's ``date:``, or
        the date written before it. ``context=False`` checks every sentence on its own.
        ``readings``: the context.Reading of each sentence of ``text``, when the caller read them
        in a larger draft (an editor checks a draft block by block: see ``read``)."""
        pairs, silenced = self.prepare(text, markdown, date, context, readings)
        with older_objects_set_aside():
            yield from self.findings(pairs, path, silenced)

    def prepare(self, text: str, markdown: bool = True, date=None, context: bool = True, readings=None):
        """What ``scan`` reads of a draft before checking it: its (Sentence, context.Reading) pairs,
        in order, and the lines silenced in it. Reading is in order (a sentence is read after the
        ones before it); checking the pairs (``findings``) is not, so it may be shared out."""
        from .context import as_written, parse_date
        from .suppress import suppressed_lines
        from .text.sentences import sentences

        silenced = suppressed_lines(text)
        found = list(sentences(text, markdown=markdown))
        if isinstance(date, str):
            date = parse_date(date)
        if not context:
            readings = [as_written(s.text) for s in found]
        elif readings is None or [r.text for r in readings] != [s.text for s in found]:
            readings = self.reader.draft(found, text, date)
        return list(zip(found, readings)), silenced

    def findings(self, pairs, path: str = "<stdin>", silenced=frozenset()):
        """Yield a Finding for each checkable sentence of (Sentence, context.Reading) ``pairs``
        (from ``prepare``), in order; each depends on its own pair only. They are checked
        PAUSED_SENTENCES at a time with the cyclic collector held off (see _collection_paused):
        what the checks leave in the memos is walked once after them, not once a sentence; within
        older_objects_set_aside, not at all: it is set aside with the older objects (checking leaves
        next to no cycles: some fifty objects in a 250-sentence draft, collected once handed back),
        which takes the draft's collections (a fortieth of its time at 100k claims) off it."""
        pairs = list(pairs)
        for at in range(0, len(pairs), PAUSED_SENTENCES):
            with _collection_paused():
                found = list(self._findings(pairs[at : at + PAUSED_SENTENCES], path, silenced))
                if _setting_aside:
                    gc.freeze()
            yield from found

    def _findings(self, pairs, path: str, silenced):
        from .spotting import LOW_SCORE

        for sentence, reading in pairs:
            settled_only = False  # reported only if the base settles it
            if len(sentence.text) <= MAX_STATEMENT_CHARS:
                spotted = self.spot(sentence.text)
                if not spotted.checkworthy and reading.resolutions:
                    spotted = self.spot(reading.resolved)
                if not spotted.checkworthy:
                    if spotted.reason != LOW_SCORE or not self.may_settle(reading.resolved):
                        continue
                    # a plain sentence with no name, figure or date the model does not rate ("Encryption
                    # was left off the agenda") is still checked: what the base settles is worth saying
                    settled_only = True
            # a silenced sentence is still checked, so that formats for machines can say what was silenced
            result = self.check_reading(reading)
            if settled_only and result.verdict not in (Verdict.SUPPORTED, Verdict.CONFLICTING):
                continue
            yield Finding(
                file=path, line=sentence.line, column=sentence.column, end_line=sentence.end_line,
                end_column=sentence.end_column, sentence=sentence.text, result=result,
                suppressed=sentence.line in silenced,
            )

    def read(self, text: str, markdown: bool = True, date=None) -> list:
        """(Sentence, context.Reading) of each sentence of a draft, read as ``scan`` reads them."""
        from .context import parse_date
        from .text.sentences import sentences

        found = list(sentences(text, markdown=markdown))
        return list(zip(found, self.reader.draft(found, text, parse_date(date) if isinstance(date, str) else date)))

    def may_settle(self, sentence: str) -> bool:
        """Could a claim settle the sentence? Only one that says most of its words: settling takes
        nearly all of them (support) or the same matter (a conflict). A cheap look at the best few
        candidates, before the full check."""
        memo = self._may_settle
        found = memo.get(sentence)
        if found is None:
            if len(memo) >= SETTLE_MEMO:
                memo.clear()
            analysis = self.analyzer.analyze(sentence)
            words = set(analysis.content)
            found = memo[sentence] = bool(words) and any(
                _words_said(words, self.claim_analysis(doc).content) >= SETTLE_SHARE * len(words)
                for doc, _ in self.index.search(sorted(words), SETTLE_LOOKS, local=True))
        return found

    def spot(self, sentence: str):
        """Is the sentence a check-worthy assertion (spotting.spot, its names, amounts and dates as the
        analysis finds them)? Label headings, questions, opinion, boilerplate and filler are not; a
        sentence that names no one and gives no amount or date needs the check-worthiness model (and
        only that one is scored: the Spot's score is None where the decision did not need it)."""
        from .spotting import spot

        analysis = self.analyzer.analyze(sentence)
        return spot(sentence, anchors=bool(analysis.names or analysis.quantities or analysis.calendar_dates),
                    scored=False)

    def semantic_similarities(self, text: str, docs):
        """Sentence-embedding cosine of ``text`` with each claim of ``docs`` (claim indexes, as
        claim_at takes them), in order, the text embedded once; None without claimcheck[semantic]."""
        from . import semantic

        return semantic.similarities(self, text, docs)


def _words_said(words, theirs) -> int:
    """How many of the words the other text says, in the same lemma or a synonym ("topics" / "issues")."""
    return sum(1 for w in words if w in theirs or any(word_similarity(w, t) >= SYNONYM for t in theirs))


def _about_a_name(claim_analysis) -> bool:
    """Does the claim open on a name it tells of, not one that only speaks ("Greystone Foods has grown ...; its
    sales were £210 million", not "Ann Tilley said the co-operative would cut its milk price")?"""
    subject = claim_analysis.subject
    return bool(subject) and not any(m.name == subject for m in claim_analysis.speakers)


def _telling_words(name: str) -> list:
    """The words of a name that tell it apart: capitalised, longer than two letters ("Valdor",
    "Motors"; not "of", "FC")."""
    return [w for w in name.split() if len(w) > 2 and w[:1].isupper() and not w.isupper()] or [name]


def open_checker(paths=(), thresholds=None, use_cache: bool = True, env=None, cwd=None, jobs=None) -> Checker:
    """A Checker on the claim base found by claimbase.discover, through the compiled cache when allowed
    (compiling what it lacks with up to ``jobs`` processes; default: the machine's cores)."""
    from .claimbase import build, discover, expand

    files = expand(discover(paths, env=env, cwd=cwd))
    if use_cache:
        from . import cache

        opened = cache.open_base(files, jobs)
        if opened is not None:
            checker = Checker(opened.base, thresholds, opened.index, opened.vocabulary)
            # for worker processes to open the same, and what else may be cached (semantic.py)
            checker.opened_with = (files, thresholds, use_cache)
            return checker
    from . import textio, yamlsafe  # no cache: the files are parsed whole
    from .errors import ClaimBaseError
    from .textio import decode, read_bytes

    contents = [(f, read_bytes(f, ClaimBaseError, textio.MAX_BYTES)) for f in files]
    parsed, problems = [], []
    for path, data in contents:
        try:
            parsed.append((path, yamlsafe.load(decode(data, path, "utf-8", ClaimBaseError), path)))
        except ClaimBaseError as exc:
            problems.append(exc)
    base = build(parsed, problems)
    if problems:
        raise problems[0]
    index, vocabulary = build_index(base)
    checker = Checker(base, thresholds, index, vocabulary)
    checker.opened_with = (files, thresholds, use_cache)
    return checker


def _act_unsaid(acts, claim_analysis, alignment, checks) -> bool:
    """Does the claim count the statement's figure as the things of another act ("lost 210 officers" /
    "recruited 210 officers", "created 140 jobs" / "cut 140 jobs")? The figure is the same, what
    happened is not: the claim cannot support it. Only where the claim tells an act of its figure
    too, which the statement's verb does not say ("had taken an average of 94 days" tells none)."""
    claim_acts = agreement.figure_acts(claim_analysis)
    if not claim_acts:
        return False
    values = {(q.start, q.end): q.value for q in claim_analysis.quantities}
    unsaid = {link.term for link in alignment.links if link.is_verb and link.score < ALIGNED}
    for c in checks:
        if c.slot == "amount" and c.relation == "supports":
            at = (c.claimed.start, c.claimed.end)
            ours, theirs = acts.get((c.said.start, c.said.end)), claim_acts.get(at)
            # (the statement's act is unsaid, or the claim tells it only of a figure of another value: "three
            # people were killed and 27 were injured" gives 27 no killing; "drew 10 and lost 10" a 10 its losing)
            elsewhere = {verb for span, (verbs, _) in claim_acts.items() if values.get(span) != c.claimed.value for verb in verbs}
            if ours and theirs and (ours[0] <= unsaid or all(any(word_similarity(a, b) >= ALIGNED for b in elsewhere)
                                                             for a in ours[0])) and not any(
                    word_similarity(a, b) >= ALIGNED for a in ours[0] | ours[1] for b in theirs[0]):
                return True
    return False


def _other_period(checks) -> bool:
    """Does the claim count its figures over a period that holds the statement's ("56 arrests in
    2024" against "56 arrests in the first half of 2024")? Its figures settle nothing of the part."""
    return any(c.slot == "date" and c.relation == "related" and agreement.part_of_period(c.said, c.claimed) for c in checks)


def _other_figures(checks) -> bool:
    """Does the claim give none of the statement's figures, though it has some to compare (a claim of
    other figures, whatever year it confirms)?"""
    amounts = [c for c in checks if c.slot == "amount"]
    return bool(amounts) and not any(c.relation in ("supports", "conflicts") for c in amounts)




def _undated_before(evidence, dates) -> bool:
    """May the claim of ``evidence`` leave the resolved ``dates`` open? It gives no date of its own, in
    words ("earlier this year"), or one in figures is a year or month that holds them ("in 2025" holds
    "last month" as August 2025; "by 2030" is a deadline, no such year); and, where it tells a thing as
    done, its article was not published before them (what was done was done before it was told)."""
    from .text import dates as date_parser

    text = evidence.claim.text  # (the claim's own words as the base normalises them: "last year" as "in 2024")
    written = {r.text.lower() for r in dates}
    if any(m.group(0).lower() not in written and not any(m.group(0).lower() in w for w in written)
           for m in _RELATIVE_TIME_RE.finditer(text)):
        return False  # (but the very words the statement has: "over the next year" in both)
    resolved = [d for r in dates for d in date_parser.extract(r.name) if d.year]
    given = [d for d in date_parser.extract(text) if d.year]  # (a relative word is the pattern's: above)
    if given and not any(told.relation in ("", "in") and all(d.year == told.year and told.month in (None, d.month) for d in resolved)
                         for told in given):
        return False
    published = getattr(evidence.source, "published", None) if evidence.source else None
    if not published or _TO_COME_RE.search(text):
        return True  # (a plan or a forecast is told before it happens)
    try:
        month_told = (int(published[:4]), int(published[5:7]) if len(published) >= 7 else 12)
    except ValueError:
        return True  # (a date the base writes otherwise: nothing to bound the reading with)
    return all((d.year, d.month or 1) <= month_told for d in resolved)


_TO_COME_RE = lazy(r"\b(?:will|would|shall|is to|are to|plans? to|planned to|is due to|are due to|expects? to|"
                   r"intends? to|aims? to)\b", re.I)


def _choose(reading, written: Result, resolved: Result, baseline=None) -> Result:
    """The verdict on a sentence read in context. A confident reading is the one reported, except
    that a conflict as written is never turned into support. When a resolution is unsure, the
    safer verdict of the two readings is reported (conflicting, then unverified, then supported);
    of two conflicts the surer one, the sentence as written on a tie. A sentence whose only
    resolutions are descriptions keeps a verdict it has as written over an unverified reading.
    ``baseline``: the reading ``written`` was checked in (its confident resolutions in place),
    when not the sentence as written."""
    shown = "; ".join(r.describe() for r in reading.resolutions)
    if all(r.kind == "description" for r in reading.resolutions) and resolved.verdict is Verdict.UNVERIFIED \
            and written.verdict is not Verdict.UNVERIFIED:
        # a description is a whole reference: settled as written ("the US blacklist", in a claim's
        # own words), the sentence is not unsettled by the name put in its place
        use_resolved = False
    elif reading.confident:
        # a conflict as written stands against support in context, unless what decided it is a word
        # the reading resolved ("Labour" in "the Labour candidate" is no actor of its own)
        use_resolved = not (written.verdict is Verdict.CONFLICTING and resolved.verdict is Verdict.SUPPORTED
                            and not _inside_resolution(written.span, reading.resolutions))
    elif resolved.verdict is Verdict.CONFLICTING and resolved.span and _inside_resolution(
            reading.written_span(*resolved.span), [r for r in reading.resolutions if not r.confident]):
        # the conflict is with the name an unsure resolution guessed ("the US president" read as
        # one president, the claim naming the other): a guess that fails says nothing of the sentence
        use_resolved = False
    elif written.verdict is not resolved.verdict:
        use_resolved = resolved.verdict.severity > written.verdict.severity
    elif written.verdict is Verdict.CONFLICTING:
        use_resolved = resolved.score > written.score  # the surer conflict
    else:
        use_resolved = True  # alike: the reading that says what was read
    if not use_resolved:
        if baseline is not None and baseline.resolutions:  # already said in its own reason
            unsure = "; ".join(r.describe() for r in reading.resolutions if not r.confident)
            written.reason = f"without {unsure} ({resolved.verdict.value}): {written.reason}"
        else:
            written.reason = f"as written ({shown}: {resolved.verdict.value}); {written.reason}" if written.reason else \
                f"as written ({shown}: {resolved.verdict.value})"
        written.resolved = reading.resolutions
        return written
    span = reading.written_span(*resolved.span) if resolved.span else None
    correction = resolved.correction
    if correction is not None:
        # a figure or date the reading wrote in is not the writer's to correct in place
        correction = None if reading.touches_edit(correction.start, correction.end) else correction._replace(
            start=reading.written_span(correction.start, correction.end)[0],
            end=reading.written_span(correction.start, correction.end)[1])
    decided = resolved.decided_by
    if decided is not None and getattr(decided, "span", None):
        decided = decided._replace(span=reading.written_span(*decided.span))
    reason = f"{shown}; {resolved.reason}" if resolved.reason else shown
    return Result(reading.text, resolved.verdict, resolved.score, resolved.evidence, reason, span, correction, decided,
                  reading.resolutions, reading.resolved)


def _placed(result: Result, part) -> Result:
    """The part's result with its spans moved to where they stand in the sentence: after the part's
    start, and past what the sentence sets off inside a clause ("SEMI, a major association of
    chipmakers, including Samsung ... urged": the clause reads without the appositive)."""
    cuts = sorted(part.cuts) if part.kind == "clause" else []  # (a "shared" clause has none)
    # a relative, an appositive or a modifier is read with its name in front ("Barker Foods opened 12
    # shops"): its own words stand at part.start, the name's where the name is (part.head)
    named = max(0, len(part.text) - (part.end - part.start)) if part.kind != "clause" else 0

    def at(k: int) -> int:
        if named:
            return (part.head if part.head >= 0 else part.start) + k if k < named else part.start + k - named
        k += part.start
        for start, end in cuts:
            if start <= k:
                k += end - start
        return k

    span = (at(result.span[0]), at(result.span[1] - 1) + 1) if result.span else result.span
    decided = result.decided_by
    if decided is not None and getattr(decided, "span", None):
        decided = decided._replace(span=(at(decided.span[0]), at(decided.span[1] - 1) + 1))
    correction = result.correction
    if correction is not None:
        correction = correction._replace(start=at(correction.start), end=at(correction.end - 1) + 1)
    return Result(result.statement, result.verdict, result.score, result.evidence, result.reason, span, correction,
                  decided, result.resolved, result.read_as)


_QUOTATION_MARKS = str.maketrans("", "", "\"“”")


def _without_quotation_marks(text: str) -> str:
    return text.translate(_QUOTATION_MARKS) if '"' in text or "“" in text or "”" in text else text


def _inside_resolution(span, resolutions) -> bool:
    return bool(span) and any(r.start <= span[0] and span[1] <= r.end for r in resolutions)


def _correction(text, check, claim_id):
    """The deciding amount's or date's claimed value, written where the statement gives its own."""
    from . import correction

    if check.said is None or check.claimed is None:
        return None
    if check.slot == "amount":
        return correction.for_amount(text, check.said, check.claimed, claim_id)
    return correction.for_date(text, check.said, check.claimed, claim_id)


def _all_values_agree(checks) -> bool:
    """Does the claim agree with every one of the statement's figures and dates, at least SETTLED_VALUES of
    them, in words alike on the whole? So many values agreeing are no chance of another matter, whatever words it uses
    ("had 68 shops at the start of October 2024 and will be left with 59 after the closure of nine" /
    "the closure of nine shops ... was set to shrink the chain from 68 shops to 59")."""
    values = [c for c in checks if c.slot in ("amount", "date")]
    return len(values) >= SETTLED_VALUES and all(c.relation == "supports" for c in values) \
        and sum(c.alignment for c in values) / len(values) >= SETTLED_ALIGNMENT


SETTLED_VALUES = 3


def _counted_lemmas(analysis) -> list:
    """The lemmas of the content words inside the statement's amounts: what each counts ("14 charity
    shops": charity, shop), in order, once each."""
    out = {}
    for q in analysis.quantities:
        for tok in analysis.tokens:
            if q.start <= tok.start and tok.end <= q.end and tok.is_content and not tok.is_number \
                    and tok.lower not in _HOW_MUCH and tok.lemma not in _HOW_MUCH:
                out.setdefault(tok.lemma)
    return list(out)


# the words of a figure that say how much, not of what ("£2 million", "12 per cent", "40 hours", "six
# times"): they find every claim with a figure of the kind
_HOW_MUCH = frozenset(SCALE_WORDS) | frozenset(NUMBER_WORDS) | MEASURE_UNITS | frozenset(PERIOD_WORDS) \
    | frozenset(["cent", "percent", "percentage", "point", "time", "times"])


def _kin(lemma: str) -> set:
    """Words a claim may use for this one: its word family and its WordNet synonyms."""
    from .text import english

    return set(english.family(lemma)) | {w for w, strength in english.near(lemma).items() if strength >= english.SYNONYM}


def _support_reason(judgement) -> str:
    agreed = [c.describe() for c in judgement.checks if c.relation == "supports"]
    return "; ".join(agreed) if agreed else "the claim states the same"


def _related_reason(judgement) -> str:
    open_checks = [c for c in judgement.checks if c.relation in ("uncovered", "related")]
    if open_checks:
        return open_checks[0].describe()
    missing = judgement.alignment.names_missing
    if missing:
        return f"about the same matter, but the claim does not mention {', '.join(missing)}"
    words = [link.term for link in judgement.alignment.uncovered if not link.is_name]
    if words:
        return f"the claim does not say: {', '.join(words[:5])}"
    return "related topic"


def _unverified_reason(judgements) -> str:
    if not judgements:
        return "no claim in the base is about this"
    return "no claim settles it: " + _related_reason(judgements[0])


def _merge_evidence(evidence):
    best = {}
    rank = {"conflicts": 0, "supports": 1, "related": 2}
    for e in evidence:
        have = best.get(e.claim.id)
        if have is None or rank[e.relation.value] < rank[have.relation.value]:
            best[e.claim.id] = e
    return sorted(best.values(), key=lambda e: (rank[e.relation.value], -e.score))


_default = None


def _default_checker() -> Checker:
    global _default
    if _default is None:
        _default = open_checker()
    return _default


def _denial_out_of_reach(part, backing: set) -> bool:
    """Is the part's conflict a claim's denial of what the part affirms, the claim one that supports the
    whole sentence? (A part that denies something itself is read as it stands: "there will not be no
    flights" against "there will be no flights".)"""
    if part.verdict is not Verdict.CONFLICTING or part.decided_by is None or part.decided_by.slot != "polarity":
        return False
    tokens = tokenize(part.statement)
    if any(tok.lower in NEGATORS for tok in tokens):
        return False
    denying = [e.claim for e in part.evidence if e.relation is Relation.CONFLICTS]
    said = {tok.lemma for tok in tokens if tok.is_content}
    # every word of the part in what the claim affirms, before its denial ("paid compensation for
    # healthy birds that are culled, but not for birds ..."): not "fund homes that are sold privately"
    # against "fund homes that are affordable, but not homes that are sold privately"
    return bool(denying) and all(claim.id in backing and said <= _affirmed_before_denial(claim.text) for claim in denying)


_PRONOUN_SUBJECTS = frozenset("it they he she its their his her".split())


def _names_left_out(names, part_text: str) -> bool:
    """Does the part leave out one of the names (a sentence's names a claim never mentions)?"""
    lowered = part_text.lower()
    return any(name.lower() not in lowered for name in names)


def _affirmed_before_denial(text: str) -> set:
    """The content lemmas of a text before its first negator."""
    out = set()
    for tok in tokenize(text):
        if tok.lower in NEGATORS:
            break
        if tok.is_content:
            out.add(tok.lemma)
    return out


def check(statement: str, checker: Checker = None, context: str = None, date=None) -> Result:
    """Check one statement against the default claim base (see claimbase.discover), read as
    following ``context`` when given (see Checker.check)."""
    return (checker or _default_checker()).check(statement, context=context, date=date)


def scan(text: str, path: str = "<string>", markdown: bool = True, checker: Checker = None, date=None,
         context: bool = True) -> list:
    """Check every sentence of a draft against the default claim base."""
    return list((checker or _default_checker()).scan(text, path, markdown, date=date, context=context))
