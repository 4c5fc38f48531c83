"""Output for people: one line per finding, the deciding evidence where it matters, in colour on a terminal.

``scan`` prints ``file:line:col  VERDICT  sentence…`` for each finding, and under a conflict
the reason and the claim that contradicts it; ``check`` prints the statement, the reason and
the claim that decides it. With ``verbose`` (``-v``) every sentence is printed whole and every
piece of evidence is shown. Lines fit the terminal's width (80 columns when not on one), wrapped
with a hanging indent. An unverified result never shows a support mark: a claim that supports
part of it is shown as related.
"""

from __future__ import annotations

from ..model import source_label as provenance
from . import Reporter
from .layout import Styled, Writer, cut, text_of, width_of, wrap

VERDICT_STYLES = {"supported": "green", "conflicting": "bold red", "unverified": "yellow"}
RELATION_MARKS = {"supports": ("✔", "green"), "conflicts": ("✘", "bold red"), "related": ("○", "dim")}
VERDICT_WIDTH = len("CONFLICTING")
INDENT = 4
EVIDENCE_SHOWN = 3


class TextReporter(Reporter):
    def start(self):
        self.out = Writer(self.stream, self.color)
        self.width = self.options.get("width") or width_of(self.stream)
        self.verbose = bool(self.options.get("verbose"))
        self.emitted = 0

    def emit(self, record):
        handler = getattr(self, "_" + self.kind)
        handler(record)
        self.emitted += 1

    def stop(self):
        if self.kind == "scan":
            self.out.line(Styled(self.summary(), "bold" if self.color else ""))
        elif self.kind == "sources":
            claims = self.options.get("claims", 0)
            self.out.line(Styled(f"{_n(claims, 'claim')} from {_n(self.emitted, 'source')}"))
        elif self.kind == "conflicts":
            agree, disagree = self.options.get("agree", 0), self.options.get("disagree", 0)
            self.out.line(Styled(f"{_n(agree, 'agreeing pair')}, {_n(disagree, 'disagreeing pair')}"))
        elif self.kind == "validate":
            claims, sources = self.options.get("claims", 0), self.options.get("sources", 0)
            found = f"{_n(self.emitted, 'problem')}" if self.emitted else "no problems"
            style = "bold red" if self.emitted else "green"
            self.out.line(Styled(f"{_n(claims, 'claim')}, {_n(sources, 'source')}: ").add(found, style))

    # ------------------------------------------------------------ check and scan

    def _check(self, result):
        self._verdict(result, result.statement, Styled())

    def _scan(self, finding):
        where = f"{text_of(finding.file)}:{finding.line}:{finding.column}:"
        # aligned within a file while lines and columns have at most 3 digits
        where = where.ljust(len(text_of(finding.file)) + 9)
        head = Styled(where, "bold" if self.color else "").add(" ")
        if self.verbose:
            return self._verdict(finding.result, finding.sentence, head)
        result = finding.result
        verdict = result.verdict.value
        head.add(verdict.upper().ljust(VERDICT_WIDTH), VERDICT_STYLES[verdict]).add("  ")
        self.out.line(head + cut(_highlighted(finding.sentence, result.span, verdict), self.width - len(head)))
        deciding = next((e for e in result.evidence if e.relation.value == "conflicts"), None)
        if verdict == "conflicting" and deciding is not None:
            # the reason and the claim that gives it; its quote and source with -v or `claimcheck show`
            # on one line (a finding takes at most two): the reason cut to leave room for the claim's id
            mark, style = RELATION_MARKS["conflicts"]
            claim_id = text_of(deciding.claim.id)
            room = self.width - (INDENT + 2) - len(claim_id) - 3
            reason = cut(Styled(text_of(result.reason or deciding.reason)), room)
            self.out.line(Styled(" " * INDENT).add(mark, style).add(" ") + reason.add(" (").add(claim_id, "cyan").add(")"))

    def _verdict(self, result, sentence, head: Styled):
        """A result in full: the sentence wrapped, the reason, and the evidence (all of it with -v)."""
        verdict = result.verdict.value
        head = head.add(verdict.upper().ljust(VERDICT_WIDTH), VERDICT_STYLES[verdict]).add("  ")
        body = _highlighted(sentence, result.span, verdict)
        self.out.lines(wrap(body, self.width, head, len(head) if len(head) <= self.width // 2 else INDENT))
        shown = self._evidence_to_show(result)
        if self.verbose and getattr(result, "read_as", None):  # the sentence as its context made it read
            self.out.lines(wrap(Styled("read as: ", "dim").add(text_of(result.read_as), "dim"), self.width,
                                Styled(" " * INDENT), INDENT))
        if result.reason:
            self.out.lines(wrap(Styled(text_of(result.reason), "italic"), self.width, Styled(" " * INDENT), INDENT))
        for ev in shown:
            self._evidence(ev, verdict, result.reason)
        if self.verbose and self.kind == "scan":
            self.out.line()

    def _evidence_to_show(self, result) -> list:
        """With -v, every piece of evidence; else the claim that decides a support or a conflict."""
        if self.verbose:
            return result.evidence[:EVIDENCE_SHOWN]
        deciding = {"conflicting": "conflicts", "supported": "supports"}.get(result.verdict.value)
        return [e for e in result.evidence if e.relation.value == deciding][:1]

    def _evidence(self, ev, verdict: str, result_reason: str):
        relation = ev.relation.value
        if relation == "supports" and verdict == "unverified":
            relation = "related"  # it supports a part only: the sentence as a whole stays open
        mark, style = RELATION_MARKS[relation]
        head = Styled(" " * INDENT).add(mark, style).add(" ")
        line = Styled(text_of(ev.claim.id), "cyan")
        where = provenance(ev.source, ev.claim.source)
        if where:
            line.add(" · ").add(text_of(where), "dim")
        self.out.lines(wrap(line, self.width, head, INDENT + 2))
        quote = Styled(f'"{text_of(ev.claim.quote)}"')
        self.out.lines(wrap(quote, self.width, Styled(" " * (INDENT + 2)), INDENT + 2))
        if self.verbose and ev.reason and ev.reason != result_reason:
            self.out.lines(wrap(Styled(text_of(ev.reason), "dim"), self.width, Styled(" " * (INDENT + 2)), INDENT + 2))

    # ------------------------------------------------------------ the claim base

    def _search(self, found):
        if self.options.get("queries", 1) > 1:
            self.out.line(Styled(f"# {text_of(found.query)}", "bold"))
        if not found.hits:
            self.out.line(Styled("no matching claims", "dim"))
        for hit in found.hits:
            head = Styled(f"{hit.score:5.1f}  ", "bold").add(text_of(hit.claim.id), "cyan")
            where = provenance(hit.source, hit.claim.source)
            if where:
                head.add(" · ").add(text_of(where), "dim")
            self.out.line(cut(head, self.width))
            self.out.lines(wrap(Styled(text_of(hit.claim.text)), self.width, Styled(" " * 7), 7))

    def _show(self, detail):
        claim, source = detail.claim, detail.source
        rows = [("claim", claim.id, "bold cyan"), ("text", claim.text, ""), ("quote", f'"{claim.quote}"', "")]
        if source:
            rows += [("outlet", source.outlet or "(not named in the article)", ""), ("title", source.title, ""),
                     ("published", source.published or "(no date in the article)", ""),
                     ("url", source.url or "(unknown)", ""), ("author", source.author, ""), ("file", source.file, "")]
        else:
            rows.append(("source", f"{claim.source} (not in the claim base)", ""))
        rows += [("kind", claim.kind, ""), ("attribution", claim.attribution, ""), ("fact", claim.fact, ""),
                 ("location", f"{claim.path}:{claim.line}" if claim.path else "", "dim")]
        for label, value, style in rows:
            if value:
                self._row(label, Styled(text_of(value), style))
        for other, other_source in detail.same_fact:
            self._row("same fact", Styled(text_of(other.id), "cyan").add(" · ").add(
                text_of(provenance(other_source, other.source)), "dim"))
            self.out.lines(wrap(Styled(text_of(other.text)), self.width, Styled(" " * 14), 14))

    def _row(self, label: str, value: Styled):
        self.out.lines(wrap(value, self.width, Styled(f"{label:>12}", "bold").add("  "), 14))

    def _sources(self, item):
        if not self.emitted:
            self.out.line(Styled(f"{'claims':>6}  {'published':10}  source", "bold"))
        source = item.source
        head = Styled(f"{item.claims:6d}  {(source.published or 'undated'):10}  ").add(text_of(source.id), "cyan")
        if source.outlet:
            head.add(" · ").add(text_of(source.outlet), "dim")
        self.out.line(cut(head, self.width))
        self.out.lines(wrap(Styled(text_of(source.title)), self.width, Styled(" " * 20), 20))

    def _conflicts(self, pair):
        disagree = pair.relation == "disagree"
        head = Styled(("DISAGREE" if disagree else "AGREE").ljust(10), "bold red" if disagree else "green")
        head.add(text_of(pair.first.id), "cyan").add("  ≠  " if disagree else "  =  ").add(text_of(pair.second.id), "cyan")
        self.out.lines(wrap(head, self.width, Styled(), 10))
        if disagree and pair.values:
            first, second = pair.values
            values = Styled(text_of(first), "bold").add("  ≠  ").add(text_of(second), "bold")
            self.out.lines(wrap(values, self.width, Styled(" " * INDENT), INDENT))
        else:
            self.out.lines(wrap(Styled(text_of(pair.reason), "italic"), self.width, Styled(" " * INDENT), INDENT))
        for claim, source in ((pair.first, pair.first_source), (pair.second, pair.second_source)):
            line = Styled(" " * INDENT).add(text_of(claim.id), "cyan").add(" · ").add(
                text_of(provenance(source, claim.source)), "dim")
            self.out.line(cut(line, self.width))
            self.out.lines(wrap(Styled(f'"{text_of(claim.quote)}"'), self.width, Styled(" " * (INDENT + 2)), INDENT + 2))

    def _validate(self, problem):
        where = problem.location()
        line = Styled(f"{text_of(where)}: " if where else "", "bold" if self.color else "")
        self.out.line(line + Styled(text_of(problem.message)))  # one line a problem, as linters print them


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _highlighted(text: str, span, verdict: str) -> Styled:
    clean = text_of(text)
    out = Styled(clean)
    if span and clean == text and 0 <= span[0] < span[1] <= len(text):
        out.stylize(span[0], span[1], "underline " + VERDICT_STYLES[verdict].replace("bold ", ""))
    return out
