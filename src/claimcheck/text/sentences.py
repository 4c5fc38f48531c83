"""Split drafts into sentences that keep their 1-based line and column in the original file.

Markdown blocks come from markdown-it-py (headings, paragraphs, list items, block quotes;
code and HTML blocks and front matter are skipped). Inline text has no positions there, so
each block's source lines are cleaned here of markup while remembering where every
character came from.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..lazyre import lazy

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen gov sen rep col lt capt sgt cmdr adm pres vs etc approx est dept
    inc ltd co corp plc llc bros no nos vol fig figs al jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e u.s u.k u.n u.s.a e.u p.m a.m
    """.split()
)
# After "U.S." or "Inc." a new sentence starts only with a word like these.
SENTENCE_STARTERS = frozenset(
    "The A An It He She They We I This That These Those There But And However In On At As For If When While "
    "After Before Its Their His Her Our Meanwhile Still Yet So Then Now Last Next".split()
)
_WORD_RE = lazy(r"[A-Za-z]{1,40}")
_LONE_CR_RE = lazy(r"\r(?!\n)")
_END_RE = lazy(r"[.!?]+[\"'”’)\]]*(?=\s)")
_LIST_RE = lazy(r"(\s*(?:>\s*)*)(?:[-*+]\s+|\d{1,9}[.)]\s+)?")
_HEADING_RE = lazy(r"\s{0,3}#{1,6}\s+")
_SETEXT_RE = lazy(r"\s{0,3}(?:=+|-+)\s*$")
_FRONT_MATTER_RE = lazy(r"\A(?:---|\+\+\+)[ \t]*\r?\n")
_INLINE_RE = lazy(
    r"<!--[^\n]{0,2000}?-->"  # comments
    r"|\[\^[^\]\n]{1,50}\]:?"  # footnote marks and labels
    r"|!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)"  # links and images: keep the text (bounded: linear time)
    r"|<[A-Za-z/][^>\n]*>"  # inline HTML tags
    r"|`+|\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|~~"  # emphasis and code marks
)


class Sentence(NamedTuple):
    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    # where it stands in the draft, for reading it in context: the block's kind (paragraph, item,
    # quote, heading1 ... heading6), its index, and the list it is an item of (else its own index)
    kind: str = "paragraph"
    block: int = 0
    group: int = 0


def split_text(text: str) -> list:
    """Sentence offsets (start, end) in plain text."""
    out = []
    start = _skip_space(text, 0)
    for m in _END_RE.finditer(text):
        end = m.end()
        if end <= start:
            continue
        if not _is_boundary(text, m.start(), end):
            continue
        out.append((start, end))
        start = _skip_space(text, end)
    if start < len(text) and text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def _skip_space(text, i):
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _is_boundary(text, dot, end) -> bool:
    nxt = _skip_space(text, end)
    if nxt >= len(text):
        return True
    follower = text[nxt]
    if not (follower.isupper() or follower.isdigit() or follower in "\"'“‘(["):
        return False
    if text[dot] != ".":
        return True
    # the word before the full stop (looked at over a bounded distance: linear time)
    ws = dot
    while ws > 0 and dot - ws < 40 and not text[ws - 1].isspace():
        ws -= 1
    word = text[ws:dot].lstrip("(\"'“‘[").lower()
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith"
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        next_word = _WORD_RE.match(text, nxt)
        return bool(next_word and next_word.group() in SENTENCE_STARTERS and word not in ("mr", "mrs", "ms", "dr", "prof", "st"))
    return True


# ---------------------------------------------------------------- documents


class _Block:
    """Cleaned text of a block, built from segments that each remember their (line, column).

    Positions are kept per segment, not per character, so a 10 MB draft stays small in memory.
    """

    def __init__(self):
        self.parts = []
        self.starts = []  # offset of each segment in the cleaned text
        self.origins = []  # (line, column) of each segment's first character
        self.length = 0
        self.closed = False  # a full stop was added to end a heading: it is not part of the text
        self.kind = "paragraph"  # paragraph | item | quote | heading1 ... heading6
        self.group = None  # for a list item: the list it belongs to

    def add(self, text, line, column):
        if not text:
            return
        self.parts.append(text)
        self.starts.append(self.length)
        self.origins.append((line, column))
        self.length += len(text)

    def rstrip(self):
        while self.parts and not self.parts[-1].strip():
            self.length -= len(self.parts.pop())
            self.starts.pop()
            self.origins.pop()
        if self.parts:
            kept = self.parts[-1].rstrip()
            self.length -= len(self.parts[-1]) - len(kept)
            self.parts[-1] = kept

    def pos(self, offset):
        i = bisect.bisect_right(self.starts, offset) - 1
        line, column = self.origins[i]
        return line, column + offset - self.starts[i]

    @property
    def text(self):
        return "".join(self.parts)


def _clean_line(raw: str, line_no: int, block: _Block, heading: bool):
    m = (_HEADING_RE.match(raw) if heading else None) or _LIST_RE.match(raw)
    start = m.end() if m else 0
    body = raw[start:]
    if heading:
        body = re.sub(r"\s+#+\s*$", "", body)
    col = start + 1
    last = 0
    for im in _INLINE_RE.finditer(body):
        block.add(body[last : im.start()], line_no, col + last)
        if im.group(1) is not None:
            text_start = im.start() + (2 if im.group().startswith("!") else 1)
            block.add(im.group(1), line_no, col + text_start)
        last = im.end()
    block.add(body[last:], line_no, col + last)
    block.add(" ", line_no, col + len(body))


def markdown_blocks(text: str):
    """A _Block for each prose block of a Markdown document, in order."""
    from markdown_it import MarkdownIt

    lines = text.split("\n")
    skip_to = front_matter_end(lines)
    source = "\n".join([""] * skip_to + lines[skip_to:])
    source = _LONE_CR_RE.sub(" ", source)  # CommonMark ends a line at a lone CR; our lines do not
    tokens = MarkdownIt("commonmark").parse(source)
    open_blocks, lists = [], []  # the containers the current token is in; the lists' opening tokens
    for i, tok in enumerate(tokens):
        if tok.nesting == 1:
            open_blocks.append(tok.type)
            if tok.type in ("bullet_list_open", "ordered_list_open"):
                lists.append(i)
        elif tok.nesting == -1 and open_blocks:
            if open_blocks.pop() in ("bullet_list_open", "ordered_list_open"):
                lists.pop()
        if tok.type != "inline" or not tokens[i - 1].map:
            continue
        opener = tokens[i - 1]
        heading = opener.type == "heading_open"
        first, last = opener.map
        if all(lines[n].lstrip().startswith("|") for n in range(first, last)):
            continue  # a table (CommonMark reads it as a paragraph): cells, not sentences
        block = _Block()
        if heading:
            block.kind = "heading" + opener.tag[1:]
        elif "list_item_open" in open_blocks:
            block.kind, block.group = "item", lists[-1]
        elif "blockquote_open" in open_blocks:
            block.kind = "quote"
        for n in range(first, last):
            raw = lines[n].rstrip("\r")
            if heading and _SETEXT_RE.match(raw) and n > first:
                continue
            _clean_line(raw, n + 1, block, heading)
        block.rstrip()
        if heading and block.parts and block.parts[-1][-1] not in ".!?":
            line, column = block.pos(block.length - 1)
            block.add(".", line, column)  # a heading ends where it ends (the stop is not reported)
            block.closed = True
        yield block


def plain_blocks(text: str):
    """Paragraphs of a plain-text file (blank-line separated)."""
    block = _Block()
    for n, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r")
        if not raw.strip():
            if block.parts:
                yield block
                block = _Block()
            continue
        block.add(raw, n, 1)
        block.add(" ", n, len(raw) + 1)
    if block.parts:
        yield block


def front_matter_end(lines) -> int:
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    fence = lines[0].strip()
    for n in range(1, min(len(lines), 500)):
        if lines[n].strip() in (fence, "..."):
            return n + 1
    return 0


def sentences(text: str, markdown: bool = True):
    """Every sentence of a draft with its position, in order: 1-based line and column of its first
    character, and of the column just after its last (exclusive, as SARIF's endColumn)."""
    groups = {}
    for index, block in enumerate(markdown_blocks(text) if markdown else plain_blocks(text)):
        group = index if block.group is None else groups.setdefault(block.group, index)
        cleaned = block.text
        for start, end in split_text(cleaned):
            if block.closed and end == len(cleaned):
                end -= 1  # the full stop that closed a heading was ours, not the writer's
            sentence = " ".join(cleaned[start:end].split())
            if not sentence:
                continue
            line, column = block.pos(start)
            end_line, end_column = block.pos(end - 1)
            yield Sentence(sentence, line, column, end_line, end_column + 1, block.kind, index, group)
