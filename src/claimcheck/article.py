"""Read an article (plain text, Markdown or HTML) into its blocks of text and its metadata.

A block is a paragraph, heading, list item, quotation, table row or caption, in document order,
its text as the reader sees it (Markdown marks and HTML tags gone), so that a sentence of it is
what a quote must be. Metadata (headline, outlet, date, author, address) comes from, first to
last: what the caller gives, the document's own (HTML meta tags and JSON-LD, Markdown front
matter, a "Date: 2021-03-18" line of plain text), and what the text shows (the first headline-
like line; "The post ... appeared first on Outlet.").
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple, Optional

from .lazyre import lazy

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd", ".mdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START_RE = lazy(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_DATE_LINE_RE = lazy(r"^\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b", re.I)
_ISO_DATE_RE = lazy(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SITE_LINE_RE = lazy(r"^\s*([A-Za-z0-9-]+\.(?:com|org|net|co\.uk|co|news|info|io|cn|de|fr|in|tv))\b\s*(?:[-|–—:]|$)", re.I)
_BYLINE_RE = lazy(r"^\s*by\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*$")
_APPEARED_RE = lazy(r"\bappeared first on\s+(.+?)\.?\s*$", re.I)
_CREDIT_RE = lazy(r"^\s*(?:©|\(c\)|photo:|image:|credit:|picture:)", re.I)
# a wire photo caption ends with the day it was taken: "..., Friday, April 28, 2017" / "..., 25 January 2021"
_CAPTION_DATE_RE = lazy(
    r",\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\s*$")
_SMALL_WORDS = frozenset("a an the and or but of to in on at by for with from as vs via".split())


class Block(NamedTuple):
    text: str
    kind: str  # title | heading | paragraph | list | quote | table | caption | meta
    line: int = 0  # 1-based line of the file where the block starts (0 when unknown: HTML)
    source: str = ""  # for a table row, the row as written ("| Huawei | 207,000 |"): its quote


class Article(NamedTuple):
    blocks: list
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    file: Optional[str] = None  # the archived file's name
    syntax: str = "plain"  # plain | markdown | html

    def text(self) -> str:
        """The article as its reader sees it: what quotes are checked against."""
        return "\n\n".join(b.text for b in self.blocks)


def syntax_of(path: str, text: str) -> str:
    low = path.lower()
    if low.endswith(HTML_SUFFIXES) or (not low.endswith(MARKDOWN_SUFFIXES) and _HTML_START_RE.match(text[:4096])):
        return "html"
    if low.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    return "plain"


def read(text: str, path: str = "<stdin>", syntax: str = "auto") -> Article:
    """The article in ``text`` (read from ``path``, whose suffix picks the syntax when ``auto``)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if syntax == "auto":
        syntax = syntax_of(path, text)
    name = None if path in ("-", "<stdin>") else os.path.basename(path)
    if syntax == "html":
        from . import htmlarticle

        page = htmlarticle.extract(text)
        blocks = [Block(b.text, "meta" if _BYLINE_RE.match(b.text) else b.kind) for b in page.blocks]
        published = _iso(page.published) if page.published and len(page.published) == 10 else page.published
        if published and len(published) < 10:
            from .claimbase import parse_iso

            published = published if parse_iso(published) else None
        return Article(blocks, page.title, page.outlet, published, page.author, page.url, name, "html")
    if syntax == "markdown":
        return _markdown(text, name)
    return _plain(text, name)


# ---------------------------------------------------------------- plain text


def _plain(text: str, name) -> Article:
    lines = text.split("\n")
    blocks = []
    meta = {}
    current, start = [], 0
    for n, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(Block(" ".join(current), "paragraph", start))
                current = []
            continue
        if current and _continues(current[-1], line):
            current.append(line)
            continue
        if current:
            blocks.append(Block(" ".join(current), "paragraph", start))
        current, start = [line], n
    if current:
        blocks.append(Block(" ".join(current), "paragraph", start))
    return _classify_plain(blocks, name, meta)


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph goes on: the line before ends mid-sentence and this one starts in lower case."""
    if previous.endswith((".", "!", "?", ":", '"', "”", "’", "'")) or _CREDIT_RE.match(previous):
        return False
    return line[:1].islower() or previous.endswith((",", "-", ";"))


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_like(text: str) -> bool:
    return 4 <= len(text.split()) <= 30 and not text.rstrip(" \"'”’)").endswith((".", "!", "?", ":", ";", ","))


def _classify_plain(blocks, name, meta) -> Article:
    out = []
    title = outlet = published = author = None
    for i, b in enumerate(blocks):
        text = b.text
        date = _DATE_LINE_RE.match(text) or (_ISO_DATE_RE.search(text) if len(text.split()) <= 4 else None)
        site = _SITE_LINE_RE.match(text)
        appeared = _APPEARED_RE.search(text)
        byline = _BYLINE_RE.match(text)
        if date and len(text.split()) <= 6:
            published = published or _iso(date.group(0))
            out.append(b._replace(kind="meta"))
        elif site and i < 3:
            outlet = outlet or site.group(1)
            out.append(b._replace(kind="meta"))
        elif appeared:
            outlet = outlet or appeared.group(1).strip()
            out.append(b._replace(kind="meta"))
        elif byline and i < 6:
            author = author or byline.group(1)
            out.append(b._replace(kind="meta"))
        elif _CREDIT_RE.match(text):
            out.append(b._replace(kind="meta"))
            if out[-2:-1] and out[-2].kind == "paragraph":
                out[-2] = out[-2]._replace(kind="caption")  # the picture's caption stands just before its credit
        elif _CAPTION_DATE_RE.search(text) and not text.rstrip().endswith("."):
            out.append(b._replace(kind="caption"))  # "... in Beijing, China, Friday, April 28, 2017": a photo's caption
        elif _headline_like(text) or (_title_case(text) and not text.endswith(".")):
            out.append(b._replace(kind="heading"))
        else:
            out.append(b)
    # the headline: the first Title Case heading near the top, else the first heading-like line
    top = [k for k, b in enumerate(out[:8]) if b.kind == "heading"]
    chosen = next((k for k in top if _title_case(out[k].text)), top[0] if top else None)
    if chosen is not None and not any(b.kind == "paragraph" for b in out[:chosen] if len(b.text.split()) > 30):
        title = out[chosen].text
        out[chosen] = out[chosen]._replace(kind="title")
    return Article(out, title, outlet, published, author, None, name, "plain")


def _iso(text: str) -> Optional[str]:
    """The first real calendar date written YYYY-MM-DD in the text ("2021-02-30" is none)."""
    from .claimbase import parse_iso

    for m in _ISO_DATE_RE.finditer(text):
        if parse_iso(m.group(0)) is not None:
            return m.group(0)
    return None


# ---------------------------------------------------------------- Markdown


def _markdown(text: str, name) -> Article:
    from markdown_it import MarkdownIt

    from .text.sentences import _clean_line, _Block

    front, body_start = _front_matter(text)
    lines = text.split("\n")
    source = "\n".join([""] * body_start + lines[body_start:])
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    blocks = []
    context = []  # enclosing list items and block quotes
    header_cells, row_cells, row_line = [], [], None
    in_head = False
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            context.append(tok.type)
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            context.pop()
        elif tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row_cells = []
            row_line = tok.map[0] if tok.map else None
        elif tok.type == "tr_close":
            if in_head:
                header_cells = row_cells
            elif row_cells:
                raw = lines[row_line].strip() if row_line is not None else ""
                blocks.append(Block(_table_row_text(header_cells, row_cells), "table", (row_line or 0) + 1, raw))
        elif tok.type == "inline":
            opener = tokens[i - 1]
            if opener.type in ("th_open", "td_open"):
                row_cells.append(_inline_text(tok.content))
                continue
            if not opener.map:
                continue
            first, last = opener.map
            cleaned = _Block()
            heading = opener.type == "heading_open"
            for n in range(first, last):
                _clean_line(lines[n].rstrip("\r"), n + 1, cleaned, heading)
            cleaned.rstrip()
            body = " ".join(cleaned.text.split())
            if not body:
                continue
            if heading:
                kind = "heading"
            elif "blockquote_open" in context:
                kind = "quote"
            elif context:
                kind = "list"
            else:
                kind = "paragraph"
            blocks.append(Block(body, kind, first + 1))
    title = _meta_text(front, "title", "headline")
    if title is None:
        first_heading = next((k for k, b in enumerate(blocks) if b.kind == "heading"), None)
        if first_heading is not None and first_heading <= 1:
            title = blocks[first_heading].text
    blocks = [b._replace(kind="title") if b.kind == "heading" and b.text == title else b for b in blocks]
    published = _meta_text(front, "date", "published", "published_at", "pubdate")
    return Article(
        blocks, title, _meta_text(front, "outlet", "publisher", "site", "site_name", "source"),
        _iso(published) if published else None, _meta_text(front, "author", "authors", "byline"),
        _meta_text(front, "url", "link", "canonical", "permalink"), name, "markdown",
    )


def _inline_text(content: str) -> str:
    return " ".join(re.sub(r"[*_`]+|!?\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", content).split())


def _table_row_text(headers, cells) -> str:
    """"| Huawei | 207,000 |" under "| Company | Employees |" -> "Huawei: 207,000 employees"."""
    if not cells:
        return ""
    label, rest = cells[0], cells[1:]
    parts = []
    for k, cell in enumerate(rest, start=1):
        header = headers[k] if k < len(headers) else ""
        if not cell:
            continue
        if re.match(r"^[~≈<>+$€£-]?\s*\d", cell) and header:
            parts.append(f"{cell} {header[0].lower() + header[1:]}")
        elif header:
            parts.append(f"{header}: {cell}")
        else:
            parts.append(cell)
    return f"{label}: {'; '.join(parts)}." if parts else label


def _front_matter(text: str):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for n in range(1, min(len(lines), 500)):
        if lines[n].strip() in ("---", "..."):
            import yaml

            try:
                data = yaml.safe_load("\n".join(lines[1:n]))
            except yaml.YAMLError:
                data = None
            return (data if isinstance(data, dict) else {}), n + 1
    return {}, 0


def _meta_text(front: dict, *keys) -> Optional[str]:
    for key in keys:
        value = front.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        if value is not None and not isinstance(value, (dict, list)):
            value = str(value).strip()
            if value:
                return value
    return None
