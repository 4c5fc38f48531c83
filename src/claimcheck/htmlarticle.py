"""The article in an HTML page: its body as blocks of text (not the navigation, ads, comments
or footers around it) and its metadata (headline, outlet, date, author, address).

Standard library only (html.parser), in the way of Readability: the page becomes a small tree;
elements that are never article text (scripts, forms, navigation, asides) and elements whose
class or id names boilerplate ("comment", "share", "related", "footer", ...) are dropped; each
paragraph gives its parent and grandparent a score for its length and commas; the best-scoring
container, with those of its siblings that score nearly as well, is the article. Links count
against a block: a list of links is navigation, not prose.
benchmarks/html_extraction.py measures this against other extractors on a public benchmark.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import NamedTuple, Optional

from .lazyre import lazy

SKIP_TAGS = frozenset("script style noscript template svg canvas iframe button select textarea input nav aside "
                      "footer head object embed video audio map menu dialog".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption caption div section article main "
                       "header ul ol dl table tr tbody thead body html".split())
TEXT_BLOCKS = {"p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
               "h6": "heading", "li": "list", "blockquote": "quote", "pre": "paragraph", "dd": "paragraph",
               "dt": "paragraph", "td": "table", "th": "table", "figcaption": "caption", "caption": "caption"}
# class or id words of page furniture (Readability's list, trimmed): dropped with everything inside
_BOILERPLATE_RE = lazy(
    r"(?:^|[-_\s])(?:comment|comments|disqus|share|sharing|social|related|recommend|promo|sponsor|advert|ads?|banner|"
    r"breadcrumbs?|footer|foot|masthead|menu|navbar|nav|sidebar|widget|subscribe|newsletter|signup|cookie|consent|"
    r"popup|modal|outbrain|taboola|tags|author-bio|byline-bio|skip|hidden|print-only|caption-credit|credit)(?:$|[-_\s\d])",
    re.I,
)
_KEEP_RE = lazy(r"article|body|content|entry|main|post|story|text|column", re.I)
# a boilerplate-named element holding this share of the page's paragraph text is the page, not furniture
MAX_BOILERPLATE_SHARE = 0.4
_SPACE_RE = lazy(r"\s+")
MAX_DEPTH = 400  # deeper nesting is flattened: a hostile page cannot exhaust the stack


class Block(NamedTuple):
    text: str
    kind: str  # paragraph | heading | list | quote | table | caption


class Page(NamedTuple):
    blocks: list
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None


_HEAD_TAGS = frozenset("title style script noscript base template".split())


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent", "score", "skip")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children = []  # _Node or str
        self.score = 0.0
        self.skip = False


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {}, None)
        self.current = self.root
        self.depth = 0
        self.meta = {}
        self.title_parts = []
        self.in_title = False
        self.json_ld = []
        self.in_json_ld = False
        self.times = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and "content" in attrs and key not in self.meta:
                self.meta[key] = attrs["content"]
            return
        if tag == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and "canonical" not in self.meta:
                self.meta["canonical"] = attrs.get("href", "")
            return
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in attrs.get("type", "").lower():
            self.in_json_ld = True
            self.json_ld.append([])
        if tag == "time" and attrs.get("datetime"):
            self.times.append(attrs["datetime"])
        if tag in VOID_TAGS:
            if tag == "br":
                self.current.children.append("\n")
            return
        if tag == "body" or (tag not in _HEAD_TAGS and self._in_head()):
            # the head ends where the body (or anything that belongs in a body) starts, whatever was left open
            while self.current is not self.root and self.current.tag != "html":
                self.current = self.current.parent
                self.depth -= 1
        if self.depth >= MAX_DEPTH:
            return
        # an unclosed <p> or <li> ends where the next one starts
        if tag in ("p", "li") and self.current.tag == tag:
            self.handle_endtag(tag)
        node = _Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current = node
        self.depth += 1

    def _in_head(self) -> bool:
        node = self.current
        while node is not None:
            if node.tag == "head":
                return True
            node = node.parent
        return False

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_json_ld = False
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None or node is self.root:
            return  # a stray end tag
        while self.current is not node:
            self.current = self.current.parent
            self.depth -= 1
        self.current = node.parent
        self.depth -= 1

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.in_json_ld:
            self.json_ld[-1].append(data)
        self.current.children.append(data)


def _text(node) -> str:
    parts = []

    def walk(n):
        for child in n.children:
            if isinstance(child, str):
                parts.append(child)
            elif not child.skip and child.tag not in SKIP_TAGS:
                walk(child)
                if child.tag in BLOCK_TAGS:
                    parts.append(" ")

    walk(node)
    return _SPACE_RE.sub(" ", "".join(parts)).strip()


def _link_text_length(node) -> int:
    total = 0
    stack = [node]
    while stack:
        n = stack.pop()
        for child in n.children:
            if isinstance(child, _Node) and not child.skip:
                if child.tag == "a":
                    total += len(_text(child))
                else:
                    stack.append(child)
    return total


def _mark_boilerplate(root):
    total = sum(len(_text(p)) for p in _paragraphs(root)) or 1
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.children:
            if not isinstance(child, _Node):
                continue
            names = f"{child.attrs.get('class', '')} {child.attrs.get('id', '')} {child.attrs.get('role', '')}"
            hidden = "display:none" in child.attrs.get("style", "").replace(" ", "") or "hidden" in child.attrs or \
                child.attrs.get("aria-hidden") == "true"
            if child.tag in SKIP_TAGS or hidden or child.attrs.get("role") in ("navigation", "complementary", "contentinfo", "banner"):
                child.skip = True
            elif (child.tag not in ("body", "html", "article", "main") and _BOILERPLATE_RE.search(names)
                  and not _KEEP_RE.search(names) and len(_text(child)) < MAX_BOILERPLATE_SHARE * total):
                child.skip = True
            elif child.tag == "header" and node.tag in ("body", "html", "root"):
                child.skip = True  # the site's header, not the article's
            else:
                stack.append(child)


def _paragraphs(root):
    """Every text block (p, li, h2, ...) that is not inside another text block, in document order."""
    out = []

    def walk(node):
        for child in node.children:
            if isinstance(child, _Node) and not child.skip:
                if child.tag in TEXT_BLOCKS:
                    out.append(child)
                else:
                    walk(child)
                    if child.tag in ("div", "section", "article") and any(isinstance(c, str) and c.strip() for c in child.children):
                        out.append(child)  # text written straight into a div: a paragraph too

    walk(root)
    return out


def _best_container(paragraphs):
    """Readability's scoring: each paragraph scores its parent fully and its grandparent by half."""
    scored = {}
    for p in paragraphs:
        if p.tag not in ("p", "pre", "td", "blockquote", "div", "section", "article", "dd"):
            continue
        text = _text(p)
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        for level, node in enumerate((p.parent, p.parent.parent if p.parent else None)):
            if node is None or node.tag == "root":
                continue
            if id(node) not in scored:
                scored[id(node)] = node
                node.score = {"article": 25, "main": 20, "section": 5, "div": 5, "td": 3, "blockquote": 3}.get(node.tag, 0)
                names = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
                if _KEEP_RE.search(names):
                    node.score += 25
            node.score += score / (1 + level)
    if not scored:
        return None
    for node in scored.values():
        text_len = len(_text(node)) or 1
        node.score *= 1 - _link_text_length(node) / text_len
    return max(scored.values(), key=lambda n: n.score)


def _within(node, container) -> bool:
    while node is not None:
        if node is container:
            return True
        node = node.parent
    return False


def extract(html: str) -> Page:
    """The article blocks and metadata of an HTML page."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    root = builder.root
    meta = _metadata(builder)
    _mark_boilerplate(root)
    paragraphs = _paragraphs(root)
    best = _best_container(paragraphs)
    keep = []
    if best is not None:
        threshold = max(10.0, best.score * 0.2)
        siblings = [c for c in (best.parent.children if best.parent else []) if isinstance(c, _Node)]
        containers = [best] + [s for s in siblings if s is not best and s.score >= threshold and not s.skip]
        keep = [p for p in paragraphs if any(_within(p, c) for c in containers)]
    else:
        keep = paragraphs
    blocks = []
    for p in keep:
        text = _text(p)
        if not text:
            continue
        kind = TEXT_BLOCKS.get(p.tag, "paragraph")
        if kind in ("paragraph", "list") and len(text) < 200 and _link_text_length(p) > 0.5 * len(text):
            continue  # a link or a list of links: navigation
        blocks.append(Block(text, kind))
    title = meta.get("title")
    if title and not any(b.kind == "heading" and b.text == title for b in blocks):
        blocks.insert(0, Block(title, "title"))
    elif title:
        blocks = [Block(b.text, "title") if b.kind == "heading" and b.text == title else b for b in blocks]
    return Page(blocks=blocks, **meta)


def _metadata(builder) -> dict:
    m = builder.meta
    ld = {}
    for chunk in builder.json_ld:
        try:
            data = json.loads("".join(chunk))
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if isinstance(item, dict) and str(item.get("@type", "")).endswith(("Article", "NewsArticle", "BlogPosting", "Report")):
                ld = item
                break
        if ld:
            break

    def ld_name(value):
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("name")
        return value if isinstance(value, str) and value.strip() else None

    title = ld_name(ld.get("headline")) or m.get("og:title") or m.get("twitter:title") or _clean("".join(builder.title_parts))
    outlet = ld_name(ld.get("publisher")) or m.get("og:site_name") or m.get("application-name")
    published = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
    published = published or m.get("article:published_time") or m.get("date") or m.get("dc.date") or \
        m.get("datepublished") or (builder.times[0] if builder.times else None)
    author = ld_name(ld.get("author")) or m.get("author") or m.get("article:author")
    url = (ld.get("url") if isinstance(ld.get("url"), str) else None) or m.get("og:url") or m.get("canonical")
    return {"title": _clean(title), "outlet": _clean(outlet), "published": _iso_date(published),
            "author": _clean(author), "url": _clean(url), "description": _clean(m.get("description") or m.get("og:description"))}


def _clean(value) -> Optional[str]:
    if not isinstance(value, str):
        return None
    value = _SPACE_RE.sub(" ", value).strip()
    return value or None


_ISO_RE = lazy(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _iso_date(value) -> Optional[str]:
    if not isinstance(value, str):
        return None
    m = _ISO_RE.search(value)
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)
