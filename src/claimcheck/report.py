"""A self-contained HTML page: the draft with each checked sentence marked by verdict, the evidence beside it.

No network and no external assets; every piece of draft and claim text is escaped.
"""

from __future__ import annotations

from html import escape

from . import __version__

CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --open: #9a6700; --ink: #1f2328; --muted: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f8fa; }
header { padding: 14px 24px; background: #fff; border-bottom: 1px solid #d0d7de; }
header h1 { font-size: 18px; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); }
.summary span { display: inline-block; margin-right: 12px; font-weight: 600; }
.summary .supported { color: var(--ok); } .summary .conflicting { color: var(--bad); } .summary .unverified { color: var(--open); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; padding: 20px 24px; }
.draft { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 20px; white-space: pre-wrap;
         font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 13.5px; overflow-wrap: anywhere; }
mark { border-radius: 3px; padding: 1px 0; color: inherit; }
mark.supported { background: #dafbe1; box-shadow: inset 0 -2px 0 var(--ok); }
mark.conflicting { background: #ffebe9; box-shadow: inset 0 -2px 0 var(--bad); }
mark.unverified { background: #fff8c5; box-shadow: inset 0 -2px 0 var(--open); }
mark a { color: inherit; text-decoration: none; }
sup.n { font-size: 10px; font-weight: 700; color: var(--muted); }
.findings { display: flex; flex-direction: column; gap: 10px; }
.finding { background: #fff; border: 1px solid #d0d7de; border-left: 4px solid var(--muted); border-radius: 6px; padding: 10px 14px; }
.finding.supported { border-left-color: var(--ok); } .finding.conflicting { border-left-color: var(--bad); }
.finding.unverified { border-left-color: var(--open); }
.finding h2 { font-size: 13px; margin: 0 0 4px; text-transform: uppercase; letter-spacing: .04em; }
.finding.supported h2 { color: var(--ok); } .finding.conflicting h2 { color: var(--bad); } .finding.unverified h2 { color: var(--open); }
.finding .where { color: var(--muted); font-size: 12px; font-weight: 400; text-transform: none; letter-spacing: 0; }
.finding .reason { margin: 4px 0 6px; }
.evidence { margin: 6px 0 0; padding: 0; list-style: none; }
.evidence li { margin: 6px 0 0; padding-top: 6px; border-top: 1px dashed #d0d7de; font-size: 13.5px; }
.evidence blockquote { margin: 3px 0; padding-left: 10px; border-left: 3px solid #d0d7de; color: #3d444d; }
.evidence .src { color: var(--muted); font-size: 12px; }
.rel { font-weight: 600; } .rel.supports { color: var(--ok); } .rel.conflicts { color: var(--bad); } .rel.related { color: var(--muted); }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
"""


def _offsets(text: str):
    """Start offset of each 1-based line."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def render(path: str, text: str, findings: list, title: str = "") -> str:
    shown = [f for f in findings if not f.suppressed]
    starts = _offsets(text)
    spans = []
    for n, f in enumerate(shown, start=1):
        begin = starts[f.line - 1] + f.column - 1
        end = starts[f.end_line - 1] + f.end_column
        spans.append((begin, end, n, f))
    spans.sort(key=lambda s: s[0])
    body, last = [], 0
    for begin, end, n, f in spans:
        if begin < last:  # never overlap: keep the text whole
            continue
        body.append(escape(text[last:begin]))
        verdict = f.verdict.value
        body.append(f'<mark class="{verdict}" id="s{n}" data-verdict="{verdict}"><a href="#f{n}">'
                    f"{escape(text[begin:end])}</a></mark><sup class=\"n\">{n}</sup>")
        last = end
    body.append(escape(text[last:]))
    counts = {v: sum(f.verdict.value == v for f in shown) for v in ("supported", "conflicting", "unverified")}
    cards = "\n".join(_card(n, f) for _, _, n, f in spans)
    summary = "".join(f'<span class="{v}">{c} {v}</span>' for v, c in counts.items())
    suppressed = len(findings) - len(shown)
    if suppressed:
        summary += f"<span>{suppressed} suppressed</span>"
    heading = escape(title or f"claimcheck report: {path}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="claimcheck {escape(__version__)}">
<title>{heading}</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>{heading}</h1><p class="summary">{summary}</p></header>
<main>
<article class="draft" aria-label="draft">{"".join(body)}</article>
<section class="findings" aria-label="findings">
{cards}
</section>
</main>
</body>
</html>
"""


def _card(n: int, finding) -> str:
    result = finding.result
    verdict = finding.verdict.value
    items = []
    for ev in result.evidence[:4]:
        source = ev.source
        where = ", ".join(escape(x) for x in ((source.outlet or source.title), source.published, source.file) if x) if source else escape(ev.claim.source)
        link = f' <a href="{escape(source.url)}" rel="noreferrer">link</a>' if source and source.url and source.url.startswith(("https://", "http://")) else ""
        items.append(
            f'<li><span class="rel {ev.relation.value}">{escape(ev.relation.value)}</span> '
            f'<code>{escape(ev.claim.id)}</code><blockquote>{escape(ev.claim.quote)}</blockquote>'
            f'<div class="src">{where}{link}</div>'
            + (f'<div class="why">{escape(ev.reason)}</div>' if ev.reason and ev.reason != result.reason else "")
            + "</li>"
        )
    evidence = f'<ul class="evidence">{"".join(items)}</ul>' if items else ""
    return (
        f'<div class="finding {verdict}" id="f{n}" data-verdict="{verdict}">'
        f'<h2><a href="#s{n}">{n}</a>. {escape(verdict)} <span class="where">line {finding.line}, column {finding.column}</span></h2>'
        f'<div class="sentence">{escape(finding.sentence)}</div>'
        f'<div class="reason">{escape(result.reason)}</div>{evidence}</div>'
    )
