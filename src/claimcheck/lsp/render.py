"""Words for the editor: a diagnostic's message, a hover card, a quick fix's title.

Text from claim bases and drafts is data: hover cards are Markdown, so every piece of it is
escaped there, and control characters are shown as visible escapes everywhere.
"""

from __future__ import annotations

import re

from ..lazyre import lazy
from ..sanitize import one_line

EVIDENCE_SHOWN = 3
_MARKDOWN_SPECIAL_RE = lazy(r"([\\`*_{}\[\]()#+\-.!|<>~&])")


def md(text) -> str:
    """Plain text made inert in Markdown: every character Markdown or HTML could read is escaped."""
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", one_line(text or ""))


def message(finding) -> str:
    """The diagnostic's message: the verdict, why, and the claim that decided."""
    result = finding.result
    text = result.verdict.value
    if result.reason:
        text += f": {result.reason}"
    decisive = _decisive(result)
    if decisive is not None:
        text += f" [{decisive.claim.id}{_source_label(decisive.source, ', ')}]"
    return one_line(text)


def hover(finding) -> str:
    """A Markdown card: the verdict and reason, then each piece of evidence with its provenance."""
    result = finding.result
    lines = [f"**claimcheck: {md(result.verdict.value)}**"]
    if finding.suppressed:
        lines[0] += " (suppressed in the draft)"
    if result.reason:
        lines += ["", md(result.reason)]
    for evidence in result.evidence[:EVIDENCE_SHOWN]:
        lines += ["", "---", "", f"*{md(evidence.relation.value)}* `{one_line(evidence.claim.id).replace('`', '')}`",
                  "", f"> {md(evidence.claim.quote)}"]
        source = evidence.source
        if source is not None:
            bits = [md(source.title)]
            if source.outlet:
                bits.append(md(source.outlet))
            bits.append(md(source.published or "undated"))
            lines += ["", " · ".join(bits)]
            if source.url and re.match(r"https?://[^\s<>()]+\Z", source.url):
                lines += ["", f"<{source.url}>"]
            elif source.url:
                lines += ["", md(source.url)]
        if evidence.reason and evidence.reason != result.reason:
            lines += ["", md(evidence.reason)]
    more = len(result.evidence) - EVIDENCE_SHOWN
    if more > 0:
        lines += ["", f"and {more} more (`claimcheck scan --format json` lists them all)"]
    return "\n".join(lines)


def correction_title(correction) -> str:
    return one_line(f"Use the source's value: “{correction.text}” ({correction.claim_id})")


def _decisive(result):
    wanted = {"conflicting": "conflicts", "supported": "supports"}.get(result.verdict.value)
    return next((e for e in result.evidence if e.relation.value == wanted), None)


def _source_label(source, lead="") -> str:
    if source is None:
        return ""
    label = source.outlet or source.title
    date = f" {source.published}" if source.published else ""
    return f"{lead}{label}{date}"
