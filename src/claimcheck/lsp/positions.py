"""Where a finding, or a part of its sentence, is in the draft: 0-based (line, column) in code points.

A Finding gives its sentence's first and last character (1-based, inclusive); the sentence
text itself is cleaned of Markdown and has its spaces collapsed. To find a part of it (the
wrong figure) in the draft, the draft's text between those two characters is cleaned the
same way while remembering where each character came from. Converting code points to the
client's units (UTF-16 by default) is the server's job.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from ..lazyre import lazy

# Markdown that is not prose: comments, footnote marks, link targets (the link text is kept),
# inline HTML tags, emphasis and code marks; and, at the start of a continuation line, list
# and block quote markers.
_INLINE_RE = lazy(
    r"<!--.*?-->"
    r"|\[\^[^\]\n]{1,50}\]:?"
    r"|!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"
    r"|<[A-Za-z/][^>\n]*>"
    r"|`+|\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|~~"
)
_CONTINUATION_RE = lazy(r"\s*(?:>\s*)*(?:[-*+]\s+|\d{1,9}[.)]\s+)?")


class Span(NamedTuple):
    """0-based, end exclusive, columns in code points."""

    line: int
    column: int
    end_line: int
    end_column: int

    def contains(self, line: int, column: int) -> bool:
        return (self.line, self.column) <= (line, column) <= (self.end_line, self.end_column)

    def overlaps(self, other: "Span") -> bool:
        return (self.line, self.column) <= (other.end_line, other.end_column) and (
            other.line, other.column) <= (self.end_line, self.end_column)


def sentence_span(finding) -> Span:
    return Span(finding.line - 1, finding.column - 1, finding.end_line - 1, finding.end_column)


def locate(lines: list, finding, start: int, end: int) -> Optional[Span]:
    """Where ``finding.sentence[start:end]`` is in the draft (given as its lines), or None."""
    sentence = finding.sentence
    if not (0 <= start < end <= len(sentence)):
        return None
    visible, origins = _visible(lines, finding)
    if visible == sentence:
        first, last = origins[start], origins[end - 1]
        return Span(first[0], first[1], last[0], last[1] + 1)
    # The draft's markup was read differently: find the same words, counting earlier repeats.
    needle = sentence[start:end]
    nth = sentence.count(needle, 0, start)
    at = -1
    for _ in range(nth + 1):
        at = visible.find(needle, at + 1)
        if at < 0:
            return None
    first, last = origins[at], origins[at + len(needle) - 1]
    return Span(first[0], first[1], last[0], last[1] + 1)


def _visible(lines: list, finding):
    """The sentence's stretch of the draft as the scanner reads it, with each character's (line, column)."""
    chars, origins = [], []
    first, last = finding.line - 1, finding.end_line - 1
    for n in range(first, min(last, len(lines) - 1) + 1):
        line = lines[n].rstrip("\r")
        begin = finding.column - 1 if n == first else 0
        stop = finding.end_column if n == last else len(line)
        if n != first:
            m = _CONTINUATION_RE.match(line)
            begin = max(begin, m.end() if m else 0)
        segment = line[begin:stop]
        kept = 0
        for m in _INLINE_RE.finditer(segment):
            _keep(chars, origins, segment[kept:m.start()], n, begin + kept)
            if m.group(1) is not None:
                text_at = m.start() + (2 if m.group().startswith("!") else 1)
                _keep(chars, origins, m.group(1), n, begin + text_at)
            kept = m.end()
        _keep(chars, origins, segment[kept:], n, begin + kept)
        chars.append(" ")
        origins.append((n, len(line)))
    # collapse spaces as the scanner does: one space for each run, none at either end
    out, where = [], []
    for ch, origin in zip(chars, origins):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(origin)
        else:
            out.append(ch)
            where.append(origin)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def _keep(chars, origins, text, line, column):
    for i, ch in enumerate(text):
        chars.append(ch)
        origins.append((line, column + i))
