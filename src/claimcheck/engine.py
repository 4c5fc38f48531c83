"""check(statement) and scan(document): the API scripts import. Never prints."""

from __future__ import annotations

from .analysis import Analysis, Analyzer, coded_names
from .index import build_index
from .model import Evidence, Finding, Relation, Result, Verdict
from .text import clauses
from .text import dates as date_parser
from .verdict import DEFAULT_THRESHOLDS, Comparison, Thresholds, compare

CANDIDATES = 20
# Candidates scoring under this share of the best are not about the same matter: not analysed.
CANDIDATE_SHARE = 0.3
MIN_CANDIDATES = 6
# Longer than any sentence a person writes: not checked, so that time and memory stay bounded.
MAX_STATEMENT_CHARS = 2000
RELATED_SHOWN = 3
RELATED_MIN = 0.35


class Checker:
    """Checks statements and drafts against one claim base.

    ``base`` is a ClaimBase or a cache.CachedBase; ``index`` and ``vocabulary`` come from the
    cache when it has them, else they are built here. Claims are analysed when a search
    first brings them up, so a large base costs nothing until it is asked.
    """

    ANALYSES_KEPT = 20_000  # claim analyses kept between statements (a long session meets many claims)

    def __init__(self, base, thresholds: Thresholds = DEFAULT_THRESHOLDS, index=None, vocabulary=None):
        self.base = base
        self.thresholds = thresholds
        if index is None or vocabulary is None:
            index, vocabulary = build_index(base)
        self.index = index
        self.analyzer = Analyzer(base.entities, vocabulary)
        self._analyses: dict = {}
        self.opened_with = None  # (claim base files, thresholds, use_cache) when open_checker made it

    def claim_analysis(self, doc: int) -> Analysis:
        analysis = self._analyses.get(doc)
        if analysis is None:
            if len(self._analyses) >= self.ANALYSES_KEPT:
                self._analyses.clear()
            analysis = self._analyses[doc] = self._analyze_claim(self.base.claim_at(doc))
        return analysis

    # ------------------------------------------------------------ claims

    def _analyze_claim(self, claim) -> Analysis:
        analysis = self.analyzer.analyze_fresh(claim.text)
        quote_words, quote_names = self.analyzer.words_and_names(claim.quote) if claim.quote != claim.text else ((), ())
        said_names = set()
        if claim.attribution:  # "MIIT statement": the claim holds who says it
            said_words, said_names = self.analyzer.words_and_names(claim.attribution)
            quote_words = set(quote_words) | said_words
        for stem in quote_words:
            analysis.content.setdefault(stem, -1)
        # Every word of the claim counts for coverage, amounts' nouns included ("90 members").
        for i, tok in enumerate(analysis.tokens):
            if tok.is_content and not tok.is_cap:
                analysis.content.setdefault(tok.stem, i)
        analysis.affirmed = set(analysis.content) - analysis.negated
        analysis.names |= set(quote_names)
        source = self.base.source_of(claim)
        published = source.published if source else None
        analysis.dates = [date_parser.resolve(d, published) for d in analysis.dates]
        if claim.entities is not None:  # the base's names replace the derived ones; coded names stay
            analysis.names = {self.analyzer.matcher.canonical(n) for n in claim.entities} | coded_names(analysis.tokens)
        analysis.names |= self.analyzer.matcher.ancestors(analysis.names)
        analysis.voices = set(said_names)
        if claim.quantities is not None:
            analysis.quantities = [_place(q, analysis.quantities) for q in claim.quantities]
        if claim.dates is not None:
            analysis.dates = [_place_date(d, analysis.dates) for d in claim.dates]
        if claim.negated is False:
            analysis.negated = set()
            analysis.affirmed = set(analysis.content)
        return analysis

    # ------------------------------------------------------------ statements

    def check(self, statement: str) -> Result:
        """The verdict on one statement: the worst of its parts, with the evidence for each."""
        statement = " ".join(statement.split())
        if len(statement) > MAX_STATEMENT_CHARS:
            return Result(statement, Verdict.UNVERIFIED, 0.0, [],
                          f"not checked: {len(statement):,} characters is longer than a sentence ({MAX_STATEMENT_CHARS:,} at most)")
        parts = clauses.split(statement)
        if len(parts) == 1:
            return self._check_part(statement, 0)
        results = [self._check_part(p.text, p.start) for p in parts]
        whole = self._check_part(statement, 0)
        results = [r for r in results if r is not None]
        worst = max(results, key=lambda r: r.verdict.severity)
        verdict = worst.verdict
        if whole.verdict is Verdict.SUPPORTED and verdict is not Verdict.CONFLICTING:
            return whole
        evidence = _merge_evidence([e for r in results for e in r.evidence])
        reasons = [r.reason for r in results if r.verdict is verdict and r.reason]
        return Result(statement, verdict, worst.score, evidence, "; ".join(reasons), worst.span, worst.correction)

    def _check_part(self, text: str, offset: int) -> Result:
        analysis = self.analyzer.analyze(text)
        comparisons = self._compare_candidates(analysis)
        supporters = [(c, cmp) for c, cmp in comparisons if cmp.supports]
        supported_elements = {
            (e.kind, e.key) for _, cmp in comparisons if cmp.same_matter for e in cmp.elements if e.relation == "supports"
        }
        conflicters = []
        for claim, cmp in comparisons:
            if not cmp.same_matter:
                continue
            reasons = [(r, span) for r, span, _ in cmp.conflicts]
            reasons += [
                (e.reason, e.span) for e in cmp.elements
                if e.relation == "conflicts" and (e.kind, e.key) not in supported_elements
            ]
            if reasons:
                conflicters.append((claim, cmp, reasons))
        evidence = []
        span = correction = None
        # polarity, actor, place or opposite words, from a claim that leaves no amount or date aside
        decisive = [c for c in conflicters if c[1].conflicts and not any(e.relation == "uncovered" for e in c[1].elements)]
        best_support = max((cmp.coverage for _, cmp in supporters), default=-1.0)
        if decisive and max(max(cmp.coverage, cmp.coverage_for_conflict) for _, cmp, _ in decisive) >= best_support:
            supporters = []  # a closer claim says otherwise: the support came from a claim about more
        if supporters:
            verdict = Verdict.SUPPORTED
            _, best = max(supporters, key=lambda x: x[1].similarity)
            score = best.similarity
            reason = _support_reason(best)
        elif conflicters:
            verdict = Verdict.CONFLICTING
            claim, cmp, reasons = max(conflicters, key=lambda x: x[1].coverage)
            score = cmp.coverage
            reason = reasons[0][0]
            if reasons[0][1]:
                span = (reasons[0][1][0] + offset, reasons[0][1][1] + offset)
            if not cmp.conflicts:  # an amount or a date decided: the claim's value can be offered
                correction = _correction(text, analysis, claim, cmp, supported_elements, offset)
        else:
            verdict = Verdict.UNVERIFIED
            score = max((cmp.similarity for _, cmp in comparisons), default=0.0)
            reason = _unverified_reason(analysis, comparisons)
        for claim, cmp in supporters:
            evidence.append(self._evidence(claim, Relation.SUPPORTS, cmp.similarity, _support_reason(cmp)))
        for claim, cmp, reasons in conflicters:
            evidence.append(self._evidence(claim, Relation.CONFLICTS, cmp.coverage, "; ".join(r for r, _ in reasons)))
        shown = {e.claim.id for e in evidence}
        related = [(c, cmp) for c, cmp in comparisons if c.id not in shown and cmp.similarity >= RELATED_MIN]
        for claim, cmp in related[:RELATED_SHOWN]:
            evidence.append(self._evidence(claim, Relation.RELATED, cmp.similarity, _related_reason(cmp)))
        evidence.sort(key=lambda e: ({"supports": 0, "conflicts": 1, "related": 2}[e.relation.value], -e.score))
        return Result(text, verdict, score, evidence, reason, span, correction)

    def _compare_candidates(self, analysis: Analysis):
        # the statement's content words and names: numbers are compared, not searched for
        terms = list(analysis.content) + list(analysis.names)
        hits = self.index.search(terms, CANDIDATES)
        if hits:
            floor = hits[0][1] * CANDIDATE_SHARE
            hits = [h for i, h in enumerate(hits) if i < MIN_CANDIDATES or h[1] >= floor]
        out = []
        for doc, _ in hits:
            claim = self.base.claim_at(doc)
            out.append((claim, compare(analysis, self.claim_analysis(doc), self.index.weight, self.thresholds)))
        out.sort(key=lambda x: -x[1].similarity)
        return out

    def _evidence(self, claim, relation, score, reason) -> Evidence:
        return Evidence(claim=claim, source=self.base.source_of(claim), relation=relation, score=score, reason=reason)

    # ------------------------------------------------------------ drafts

    def scan(self, text: str, path: str = "<stdin>", markdown: bool = True):
        """Yield a Finding for each checkable sentence of a draft, in document order."""
        from .suppress import suppressed_lines
        from .text.sentences import sentences

        silenced = suppressed_lines(text)
        for sentence in sentences(text, markdown=markdown):
            if len(sentence.text) <= MAX_STATEMENT_CHARS and not self.is_checkable(sentence.text):
                continue
            # a silenced sentence is still checked, so that formats for machines can say what was silenced
            result = self.check(sentence.text)
            yield Finding(
                file=path, line=sentence.line, column=sentence.column, end_line=sentence.end_line,
                end_column=sentence.end_column, sentence=sentence.text, result=result,
                suppressed=sentence.line in silenced,
            )

    def is_checkable(self, sentence: str) -> bool:
        """Is the sentence a check-worthy assertion (spotting.py)? Label headings, questions, opinion,
        boilerplate and filler are not checked; a sentence that names no one and gives no amount or
        date needs the check-worthiness model's support."""
        from .spotting import spot

        analysis = self.analyzer.analyze(sentence)
        return spot(sentence, anchors=bool(analysis.names or analysis.quantities or analysis.calendar_dates)).checkworthy


def open_checker(paths=(), thresholds: Thresholds = DEFAULT_THRESHOLDS, use_cache: bool = True, env=None, cwd=None,
                 jobs=None) -> Checker:
    """A Checker on the claim base found by claimbase.discover, through the compiled cache when allowed
    (compiling what it lacks with up to ``jobs`` processes; default: the machine's cores)."""
    from .claimbase import build, discover, expand

    files = expand(discover(paths, env=env, cwd=cwd))
    if use_cache:
        from . import cache

        opened = cache.open_base(files, jobs)
        if opened is not None:
            checker = Checker(opened.base, thresholds, opened.index, opened.vocabulary)
            checker.opened_with = (files, thresholds, use_cache)  # for worker processes to open the same
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


def _place(quantity, derived):
    """A quantity from the claim base's fields, positioned where the text gives the same figure."""
    for q in derived:
        if abs(q.value - quantity.value) <= 1e-9 * max(1.0, abs(q.value)):
            return quantity._replace(start=q.start, end=q.end, text=quantity.text or q.text, detail=q.detail,
                           precision=q.precision, noun=quantity.noun or q.noun)
    return quantity


def _place_date(date, derived):
    for d in derived:
        if (d.year, d.month, d.day) == (date.year, date.month, date.day) or (d.month and d.month == date.month and d.day == date.day):
            return date._replace(start=d.start, end=d.end, text=date.text or d.text, part=date.part or d.part,
                           relation=date.relation or d.relation)
    return date


def _correction(text, analysis, claim, cmp, settled, offset):
    """The first conflicting element's claimed value, written where the statement gives its own."""
    from . import correction

    element = next((e for e in cmp.elements if e.relation == "conflicts" and (e.kind, e.key) not in settled), None)
    if element is None or element.claimed is None:
        return None
    if element.kind == "quantity":
        found = correction.for_amount(text, analysis.quantities[element.key], element.claimed, claim.id)
    else:
        found = correction.for_date(text, analysis.calendar_dates[element.key], element.claimed, claim.id)
    return found._replace(start=found.start + offset, end=found.end + offset) if found else None


def _support_reason(cmp: Comparison) -> str:
    agreed = [e.reason for e in cmp.elements if e.relation == "supports"]
    return "; ".join(agreed) if agreed else "the claim states the same"


def _related_reason(cmp: Comparison) -> str:
    if not cmp.substantive:
        return "it names, but asserts nothing to check"
    if cmp.hedge_mismatch:
        return "the claim only says it may be (or would have been) so"
    if cmp.frame_mismatch:
        return cmp.frame_mismatch
    if cmp.missing_names:
        return f"about the same matter, but the claim does not mention {', '.join(cmp.missing_names)}"
    open_elements = [e.reason for e in cmp.elements if e.relation in ("uncovered", "related")]
    if open_elements:
        return open_elements[0]
    if cmp.missing_words:
        return f"the claim does not say: {', '.join(cmp.missing_words[:5])}"
    return "related topic"


def _unverified_reason(analysis, comparisons) -> str:
    if not comparisons:
        return "no claim in the base is about this"
    return "no claim settles it: " + _related_reason(comparisons[0][1])


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


def check(statement: str, checker: Checker = None) -> Result:
    """Check one statement against the default claim base (see claimbase.discover)."""
    return (checker or _default_checker()).check(statement)


def scan(text: str, path: str = "<string>", markdown: bool = True, checker: Checker = None) -> list:
    """Check every sentence of a draft against the default claim base."""
    return list((checker or _default_checker()).scan(text, path, markdown))
