#!/usr/bin/env python3
"""How well `claimcheck extract` finds the article in an HTML page, beside other extractors.

    python benchmarks/html_extraction.py --data DIR [--others]

DIR is a checkout of the public Article Extraction Benchmark (scrapinghub/article-extraction-
benchmark on GitHub: 181 news and blog pages, html/*.html.gz, with ground-truth.json giving each
page's article body). The score is that benchmark's own: precision, recall and F1 of word
4-gram shingles of the extracted body against the true body, averaged over pages.

--others also runs the extractors that are installed among trafilatura, readability-lxml,
justext and html-text (the last keeps every word of the page: the floor), so that the choice
of parser is made on figures, in one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def shingles(text: str, n: int = 4) -> Counter:
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1)))


def prf(true: str, pred: str):
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    precision = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    recall = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    return precision, recall


def claimcheck_body(html: str) -> str:
    from claimcheck.htmlarticle import extract

    return "\n".join(b.text for b in extract(html).blocks if b.kind != "title")


def extractors(others: bool) -> dict:
    found = {"claimcheck (html.parser)": claimcheck_body}
    if not others:
        return found
    try:
        import trafilatura

        found[f"trafilatura {trafilatura.__version__}"] = lambda h: trafilatura.extract(h) or ""
    except ImportError:
        pass
    try:
        from readability import Document

        def readability_body(h):
            import lxml.html

            summary = Document(h).summary()
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""

        found["readability-lxml"] = readability_body
    except ImportError:
        pass
    try:
        import justext

        found["justext"] = lambda h: "\n".join(p.text for p in justext.justext(h.encode("utf-8"), justext.get_stoplist("English"))
                                               if not p.is_boilerplate)
    except ImportError:
        pass
    try:
        import html_text

        found["html-text (whole page)"] = html_text.extract_text
    except ImportError:
        pass
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--others", action="store_true")
    ns = ap.parse_args()
    truth = json.loads((ns.data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in truth:
        raw = gzip.decompress((ns.data / "html" / f"{key}.html.gz").read_bytes())
        pages[key] = raw.decode("utf-8", errors="replace")
    print(f"{len(pages)} pages")
    print(f"{'extractor':<28} {'F1':>6} {'prec.':>6} {'recall':>6} {'ms/page':>8}")
    for name, fn in extractors(ns.others).items():
        ps, rs = [], []
        started = time.perf_counter()
        for key, html in pages.items():
            try:
                body = fn(html) or ""
            except Exception:  # an extractor that fails on a page extracts nothing from it
                body = ""
            p, r = prf(truth[key].get("articleBody", ""), body)
            ps.append(p)
            rs.append(r)
        elapsed = (time.perf_counter() - started) / len(pages) * 1000
        precision, recall = statistics.mean(ps), statistics.mean(rs)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:<28} {f1:6.3f} {precision:6.3f} {recall:6.3f} {elapsed:8.1f}")


if __name__ == "__main__":
    main()
