"""A self-contained HTML page: the draft rendered, each checked sentence marked, the findings beside it.

The draft's Markdown is rendered (headings, emphasis, lists, tables, links) with raw HTML
escaped, so a draft can never inject markup. Verdicts carry an icon and a word, not colour
alone. The sticky header counts the verdicts and holds the filters, which are plain form
controls read by CSS (``:has``): the page runs no script at all, and its Content Security
Policy allows only its own stylesheet, by hash.

How sentences are marked: before rendering, each checked sentence is wrapped in sentinel
characters (Unicode brackets, which Markdown treats as punctuation, around its number in
private-use digits); after rendering, every run of text between a sentence's sentinels
becomes a <mark>, so the marks nest properly whatever inline markup the sentence crosses.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape

from . import __version__
from .lazyre import lazy
from .model import source_label

OPEN, OPEN_END, CLOSE = "\u2e22", "\u2e23", "\u2e25"
_DIGIT0 = 0xE000
_SENTINEL_RE = lazy(f"{OPEN}([\ue000-\ue009]+){OPEN_END}|{CLOSE}")
_TAG_RE = lazy(r"<[^>]*>")
_COMMENT_RE = lazy(r"<!--.*?-->", re.DOTALL)

ICONS = {"conflicting": "✘", "unverified": "?", "supported": "✔"}
LABELS = {"conflicting": "Conflicting", "unverified": "Unverified", "supported": "Supported"}
RELATIONS = {"conflicts": "✘ conflicts", "supports": "✔ supports", "related": "○ related"}
ORDER = ("conflicting", "unverified", "supported")

CSS = """
:root { --ok: #1a7f37; --bad: #c0182a; --open: #8a5a00; --ink: #1f2328; --muted: #57606a; --line: #d0d7de;
        --ok-bg: #dafbe1; --bad-bg: #ffebe9; --open-bg: #fff5c2; }
* { box-sizing: border-box; }
html { scroll-padding-top: 7.5rem; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f8fa; }
.top { background: #fff; padding: .75rem 1.25rem 0; }
.top h1 { font-size: 1.15rem; margin: 0; overflow-wrap: anywhere; }
.bar { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line);
       padding: .4rem 1.25rem; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: baseline; }
.counts { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .1rem 1rem; font-weight: 600; }
.counts a { text-decoration: none; color: inherit; }
.counts .conflicting { color: var(--bad); } .counts .unverified { color: var(--open); } .counts .supported { color: var(--ok); }
.counts .suppressed { color: var(--muted); font-weight: 400; }
.filters { margin: 0; padding: 0; border: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
.filters legend { float: left; margin-right: .5rem; color: var(--muted); }
.filters label { white-space: nowrap; cursor: pointer; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.25rem; padding: 1.25rem; }
.draft { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1.5rem 1rem; overflow-wrap: anywhere; }
.draft table { border-collapse: collapse; margin: 1rem 0; }
.draft th, .draft td { border: 1px solid var(--line); padding: .25rem .6rem; }
.draft pre { background: #f6f8fa; padding: .75rem; overflow-x: auto; }
.draft a, .card a { color: #0550ae; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
mark { color: inherit; border-radius: 2px; padding: 0; }
mark.supported { background: var(--ok-bg); text-decoration: underline solid var(--ok) 2px; }
mark.conflicting { background: var(--bad-bg); text-decoration: underline wavy var(--bad) 2px; }
mark.unverified { background: var(--open-bg); text-decoration: underline dotted var(--open) 2px; }
mark .icon { font-weight: 700; margin-right: .15em; text-decoration: none; display: inline-block; }
mark.supported .icon { color: var(--ok); } mark.conflicting .icon { color: var(--bad); } mark.unverified .icon { color: var(--open); }
a.ref { font-size: .75em; vertical-align: super; line-height: 0; font-weight: 700; color: var(--muted); text-decoration: none;
        padding: 0 .15em; }
.findings h2, .draft-heading { font-size: 1rem; margin: 0 0 .5rem; }
.cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .75rem; }
.card { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px; padding: .6rem .9rem; }
.card.supported { border-left-color: var(--ok); } .card.conflicting { border-left-color: var(--bad); border-left-style: double; border-left-width: 6px; }
.card.unverified { border-left-color: var(--open); border-left-style: dashed; }
.card:target, mark:target { outline: 3px solid #0969da; outline-offset: 2px; }
.card h3 { font-size: .95rem; margin: 0; display: flex; flex-wrap: wrap; gap: 0 .6rem; align-items: baseline; }
.card.supported h3 .verdict { color: var(--ok); } .card.conflicting h3 .verdict { color: var(--bad); }
.card.unverified h3 .verdict { color: var(--open); }
.card .where { font-size: .85rem; font-weight: 400; }
.card .sentence { margin: .35rem 0; font-style: italic; }
.card .reason { margin: .35rem 0; }
.evidence { margin: .4rem 0 0; padding: 0; list-style: none; }
.evidence li { margin-top: .5rem; padding-top: .5rem; border-top: 1px dashed var(--line); font-size: .92rem; }
.evidence blockquote { margin: .3rem 0; padding-left: .7rem; border-left: 3px solid var(--line); }
.evidence .src, .evidence .why { color: var(--muted); font-size: .85rem; margin: .2rem 0 0; }
.rel { font-weight: 700; } .rel.supports { color: var(--ok); } .rel.conflicts { color: var(--bad); } .rel.related { color: var(--muted); }
.empty { color: var(--muted); }
footer { padding: 0 1.25rem 1.25rem; color: var(--muted); font-size: .85rem; }
body:has(#hide-supported:checked) .card.supported, body:has(#hide-unverified:checked) .card.unverified { display: none; }
body:has(#hide-supported:checked) mark.supported, body:has(#hide-unverified:checked) mark.unverified {
  background: none; text-decoration: none; }
body:has(#hide-supported:checked) mark.supported .icon, body:has(#hide-unverified:checked) mark.unverified .icon { display: none; }
body:has(#in-order:checked) .card { order: var(--n); }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; padding: .75rem; } .bar, .top { padding-left: .75rem; padding-right: .75rem; }
  .bar { gap: .1rem 1rem; font-size: .9rem; } .filters { font-size: .85rem; gap: 0 .8rem; }
  html { scroll-padding-top: 6rem; } .draft { padding: .25rem 1rem .75rem; } }
"""


def _markdown():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")

    def heading_open(self, tokens, idx, options, env):  # the page's title is the h1: the draft's headings go one down
        level = min(int(tokens[idx].tag[1]) + 1, 6)
        return f"<h{level}>"

    def heading_close(self, tokens, idx, options, env):
        return f"</h{min(int(tokens[idx].tag[1]) + 1, 6)}>"

    def image(self, tokens, idx, options, env):  # nothing is fetched: an image is shown as its description
        alt = escape(tokens[idx].content or "image")
        return f'<span class="img">[image: {alt}]</span>'

    def link_open(self, tokens, idx, options, env):
        token = tokens[idx]
        token.attrSet("rel", "noopener noreferrer")
        return self.renderToken(tokens, idx, options, env)

    md.add_render_rule("heading_open", heading_open)
    md.add_render_rule("heading_close", heading_close)
    md.add_render_rule("image", image)
    md.add_render_rule("link_open", link_open)
    return md


def _line_starts(text: str) -> list:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _spans(text: str, findings: list) -> list:
    """(start, end, finding) of each finding in ``text``, in order, never overlapping."""
    starts = _line_starts(text)
    spans = []
    for f in findings:
        if not (1 <= f.line <= len(starts) and 1 <= f.end_line <= len(starts)):
            continue
        begin = starts[f.line - 1] + f.column - 1
        end = starts[f.end_line - 1] + f.end_column - 1
        if 0 <= begin < end <= len(text):
            spans.append((begin, end, f))
    spans.sort(key=lambda s: s[0])
    out, last = [], 0
    for begin, end, f in spans:
        if begin >= last:
            out.append((begin, end, f))
            last = end
    return out


def _number(n: int) -> str:
    return "".join(chr(_DIGIT0 + int(d)) for d in str(n))


def _with_sentinels(text: str, spans: list) -> str:
    pieces, last = [], 0
    for n, (begin, end, _) in enumerate(spans, start=1):
        pieces += [text[last:begin], OPEN, _number(n), OPEN_END, text[begin:end], CLOSE]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _hide_front_matter(text: str) -> str:
    from .text.sentences import front_matter_end

    lines = text.split("\n")
    skip = front_matter_end(lines)
    return "\n".join([""] * skip + lines[skip:])


def _plain_html(text: str) -> str:
    paragraphs = re.split(r"\n[ \t]*\n", text.strip("\n"))
    return "\n".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip())


def _marks(html: str, findings_by_number: dict) -> str:
    """The rendered draft with each sentence's sentinels turned into marks around its text runs."""
    out, pos, current = [], 0, None
    for m in _SENTINEL_RE.finditer(html):
        segment = html[pos:m.start()]
        out.append(segment if current is None else _mark_runs(segment, current, findings_by_number[current[0]]))
        if m.group(1) is not None:
            current = [int("".join(str(ord(c) - _DIGIT0) for c in m.group(1))), True]
        elif current is not None:
            n = current[0]
            verdict = findings_by_number[n].verdict.value
            out.append(f'<a class="ref" href="#f{n}"><span class="visually-hidden">finding </span>{n}'
                       f'<span class="visually-hidden">: {LABELS[verdict].lower()}</span></a>')
            current = None
        pos = m.end()
    out.append(html[pos:])
    return "".join(out)


def _mark_runs(segment: str, current: list, finding) -> str:
    """Each run of text of ``segment`` (between tags) in a mark; the sentence's first carries its id and icon."""
    verdict = finding.verdict.value
    out, pos = [], 0
    for tag in list(_TAG_RE.finditer(segment)) + [None]:
        run = segment[pos:tag.start()] if tag else segment[pos:]
        if run.strip():
            if current[1]:
                current[1] = False
                out.append(f'<mark class="{verdict}" id="s{current[0]}"><span class="icon" aria-hidden="true">'
                           f'{ICONS[verdict]}</span>{run}</mark>')
            else:
                out.append(f'<mark class="{verdict}">{run}</mark>')
        else:
            out.append(run)
        if tag:
            out.append(tag.group())
            pos = tag.end()
    return "".join(out)


def render(path: str, text: str, findings: list, title: str = "", markdown: bool = True) -> str:
    """The page for a draft's ``text`` and its ``findings`` (from Checker.scan)."""
    shown = [f for f in findings if not f.suppressed]
    spans = _spans(text, shown)
    numbered = {n: f for n, (_, _, f) in enumerate(spans, start=1)}
    if any(c in text for c in (OPEN, OPEN_END, CLOSE)) or re.search("[\ue000-\ue009]", text):
        draft = _plain_html(text)  # the text holds our sentinels itself: shown unmarked rather than mismarked
    else:
        marked = _with_sentinels(text, spans)
        if markdown:  # comments (claimcheck's own directives among them) are not shown, as in any Markdown view
            draft = _markdown().render(_COMMENT_RE.sub("", _hide_front_matter(marked)))
        else:
            draft = _plain_html(marked)
        draft = _marks(draft, numbered)
    counts = {v: sum(f.verdict.value == v for f in shown) for v in ORDER}
    first = {}
    for n, f in numbered.items():
        first.setdefault(f.verdict.value, n)
    count_items = []
    for v in ORDER:
        label = f'<span aria-hidden="true">{ICONS[v]}</span> {counts[v]} {v}'
        count_items.append(f'<li class="{v}">' + (f'<a href="#f{first[v]}">{label}</a>' if v in first else label) + "</li>")
    suppressed = len(findings) - len(shown)
    if suppressed:
        count_items.append(f'<li class="suppressed">{suppressed} suppressed</li>')
    ordered = sorted(numbered.items(), key=lambda item: (ORDER.index(item[1].verdict.value), item[0]))
    cards = "\n".join(_card(n, f) for n, f in ordered) or '<li class="empty">No sentence to check: nothing names anyone or gives an amount or a date.</li>'
    order_css = "\n".join(f"#f{n} {{ --n: {n}; }}" for n in numbered)
    css = CSS + order_css + "\n"
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    heading = escape(title or f"claimcheck report: {path}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; base-uri 'none'">
<meta name="generator" content="claimcheck {escape(__version__)}">
<title>{heading}</title>
<style>{css}</style>
</head>
<body>
<header class="top"><h1>{heading}</h1></header>
<nav class="bar" aria-label="Verdicts and filters">
<ul class="counts" aria-label="Verdicts">{"".join(count_items)}</ul>
<fieldset class="filters"><legend>Findings:</legend>
<label><input type="checkbox" id="hide-supported"> hide supported</label>
<label><input type="checkbox" id="hide-unverified"> hide unverified</label>
<label><input type="checkbox" id="in-order"> in draft order (default: conflicts first)</label>
</fieldset>
</nav>
<div class="layout">
<main aria-label="Draft">
<div class="draft">
{draft}
</div>
</main>
<aside class="findings" aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
<ol class="cards">
{cards}
</ol>
</aside>
</div>
<footer><p>Checked by claimcheck {escape(__version__)} against its claim base. Each mark links to its finding; each finding to its sources.</p></footer>
</body>
</html>
"""


def _card(n: int, finding) -> str:
    result = finding.result
    verdict = finding.verdict.value
    items = []
    for ev in result.evidence[:4]:
        relation = ev.relation.value
        if relation == "supports" and verdict == "unverified":
            relation = "related"  # supports a part only
        source = ev.source
        if source is not None:
            title = escape(source.title)
            if source.url and source.url.startswith(("https://", "http://")):
                title = f'<a href="{escape(source.url)}" rel="noopener noreferrer">{title}</a>'
            details = ", ".join(escape(x) for x in (source.outlet, source.published or "undated") if x)
            src = f'<p class="src">{title} — {details}</p>'
        else:
            src = f'<p class="src">{escape(source_label(None, ev.claim.source))}</p>'
        why = f'<p class="why">{escape(ev.reason)}</p>' if ev.reason and ev.reason != result.reason else ""
        items.append(
            f'<li><span class="rel {relation}">{escape(RELATIONS[relation])}</span> <code>{escape(ev.claim.id)}</code>'
            f"<blockquote>{escape(ev.claim.quote)}</blockquote>{src}{why}</li>"
        )
    evidence = f'<ul class="evidence" aria-label="Evidence">{"".join(items)}</ul>' if items else ""
    return (
        f'<li class="card {verdict}" id="f{n}">'
        f'<h3><span class="verdict"><span aria-hidden="true">{ICONS[verdict]}</span> {n}. {LABELS[verdict]}</span>'
        f'<a class="where" href="#s{n}">line {finding.line}, column {finding.column}</a></h3>'
        f'<p class="sentence">{escape(finding.sentence)}</p>'
        f'<p class="reason">{escape(result.reason)}</p>{evidence}</li>'
    )
