"""Human output: the verdict in colour, the decisive span highlighted, the evidence with its provenance."""

from __future__ import annotations

from ..sanitize import one_line
from . import Reporter

STYLES = {"supported": "bold green", "conflicting": "bold red", "unverified": "bold yellow"}
RELATION_MARKS = {"supports": ("✔ supports", "green"), "conflicts": ("✘ conflicts", "red"), "related": ("· related", "dim")}
EVIDENCE_SHOWN = 3


class TextReporter(Reporter):
    """Through rich when in colour; as plain lines otherwise (and without importing rich: start-up)."""

    def start(self):
        self.console = None
        if self.color:
            from rich.console import Console

            self.console = Console(file=self.stream, force_terminal=True, highlight=False, emoji=False, markup=False)

    def _print(self, text=""):
        if self.console is None:
            self.stream.write((text.plain if hasattr(text, "plain") else text) + "\n")
        else:
            self.console.print(text)

    def emit(self, record):
        if self.console is None:
            return self._emit_plain(record)
        from rich.text import Text

        result = record.result if hasattr(record, "result") else record
        verdict = result.verdict.value
        line = Text()
        if hasattr(record, "file"):
            line.append(f"{one_line(record.file)}:{record.line}:{record.column}: ", style="bold")
        line.append(verdict.upper(), style=STYLES[verdict])
        line.append("  ")
        line.append_text(_highlighted(record.sentence if hasattr(record, "sentence") else result.statement, result.span, verdict))
        self._print(line)
        if result.reason:
            self._print(Text("    " + one_line(result.reason), style="italic"))
        for ev in result.evidence[:EVIDENCE_SHOWN]:
            mark, style = RELATION_MARKS[ev.relation.value]
            head = Text("    ")
            head.append(mark, style=style)
            head.append(f"  {ev.claim.id}  ", style="bold")
            head.append(one_line(_provenance(ev.source)), style="cyan")
            self._print(head)
            self._print(Text(f'      "{one_line(ev.claim.quote)}"'))
            if ev.relation.value != "supports" and ev.reason and ev.reason != result.reason:
                self._print(Text("      " + one_line(ev.reason), style="dim"))
        if self.kind == "scan":
            self._print()

    def _emit_plain(self, record):
        result = record.result if hasattr(record, "result") else record
        where = f"{one_line(record.file)}:{record.line}:{record.column}: " if hasattr(record, "file") else ""
        sentence = record.sentence if hasattr(record, "sentence") else result.statement
        lines = [f"{where}{result.verdict.value.upper()}  {one_line(sentence)}"]
        if result.reason:
            lines.append("    " + one_line(result.reason))
        for ev in result.evidence[:EVIDENCE_SHOWN]:
            mark, _ = RELATION_MARKS[ev.relation.value]
            lines.append(f"    {mark}  {ev.claim.id}  {one_line(_provenance(ev.source))}")
            lines.append(f'      "{one_line(ev.claim.quote)}"')
            if ev.relation.value != "supports" and ev.reason and ev.reason != result.reason:
                lines.append("      " + one_line(ev.reason))
        if self.kind == "scan":
            lines.append("")
        self.stream.write("\n".join(lines) + "\n")

    def stop(self):
        if self.kind == "scan":
            self._print(self.summary())


def _provenance(source) -> str:
    if source is None:
        return ""
    bits = [source.outlet or source.title]
    if source.published:
        bits.append(source.published)
    if source.file:
        bits.append(source.file)
    return ", ".join(b for b in bits if b)


def _highlighted(text, span, verdict):
    from rich.text import Text

    clean = one_line(text)
    out = Text(clean)
    if span and clean == text and 0 <= span[0] < span[1] <= len(text):
        out.stylize("reverse " + STYLES[verdict].replace("bold ", ""), span[0], span[1])
    return out
