"""Lint a claim base: everything the loader rejects, plus quotes checked against the archived articles."""

from __future__ import annotations

import os

from .claimbase import expand, read_files
from .errors import ClaimBaseError
from .lazyre import lazy

_SPACE_RE = lazy(r"\s+")


def normalise_space(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def problems(paths, articles_dir: str | None = None) -> list:
    """Every problem found, as ClaimBaseError objects sorted by file and position."""
    return lint(paths, articles_dir)[1]


def lint(paths, articles_dir: str | None = None):
    """(the base as far as it could be read, every problem sorted by file and position)."""
    found: list = []
    files = expand(paths)
    base = read_files(files, found, duplicates_as_problems=True)
    found.extend(date_problems(base))
    if articles_dir is not None:
        found.extend(quote_problems(base, articles_dir))
    return base, sorted(found, key=lambda p: (p.path or "", p.line or 0, p.column or 0))


def date_problems(base) -> list:
    """Claims whose listed ``dates`` leave out a year their text gives: a listed field replaces what
    would be read from the text, so the year is lost to every check ("3 per cent less than in
    2023" under ``dates: ["2024"]`` cannot be set against "less than in 2022")."""
    from .text import dates as date_parser

    out = []
    for claim in base.claims:
        if not claim.dates:
            continue
        listed = {d.year for d in claim.dates}
        # (a listed date written as the text writes it covers what is read there: "the 2023-24 school year")
        told = " ".join(d.text for d in claim.dates if d.text)
        left_out = sorted({d.year for d in date_parser.extract(claim.text)
                           if d.year and d.text not in told and not _in_a_name(claim.text, d)} - listed)
        if left_out:
            positions = claim.positions or {}
            line, column = positions.get("dates", positions.get("_claim", (claim.line, None)))
            years = ", ".join(str(y) for y in left_out)
            out.append(ClaimBaseError(f"dates of claim {claim.id!r} leave out {years}, which its text gives "
                                      f"(listed dates replace those read from the text)", claim.path, line, column))
    return out


_NAMED_YEAR_RE = lazy(r"\b([A-Z][\w&-]*)(?: of)?\s+$")
_OPENERS = frozenset("in on by since until till during from before after between around about of and the".split())


def _in_a_name(text: str, date) -> bool:
    """Is the year part of a name ("Vision 2040", "the Class of 2024"), which a list may leave out?"""
    m = _NAMED_YEAR_RE.search(text[:date.start]) if date.start > 0 and date.text.strip().isdigit() else None
    return m is not None and m.group(1).lower() not in _OPENERS


def quote_problems(base, articles_dir: str) -> list:
    if not os.path.isdir(articles_dir):
        raise ClaimBaseError("articles folder does not exist", articles_dir)
    texts = {}
    out = []
    for claim in base.claims:
        source = base.sources.get(claim.source)
        if source is None:
            continue
        positions = claim.positions or {}
        line, column = positions.get("quote", positions.get("_claim", (claim.line, None)))
        if not source.file:
            out.append(ClaimBaseError(f"source {source.id!r} has no 'file', so the quote cannot be checked", claim.path, line, column))
            continue
        if source.file not in texts:
            path = os.path.join(articles_dir, source.file)
            try:
                with open(path, encoding="utf-8-sig") as f:
                    raw = f.read()
                texts[source.file] = normalise_space(raw) + "\n" + _as_read(raw, source.file)
            except (OSError, UnicodeDecodeError) as exc:
                texts[source.file] = None
                out.append(ClaimBaseError(f"cannot read article {source.file!r} of source {source.id!r}: {exc}", source.path, source.line, None))
        article = texts[source.file]
        if article is None:
            continue
        if normalise_space(claim.quote) not in article:
            out.append(ClaimBaseError(f"quote of claim {claim.id!r} is not verbatim in {source.file}", claim.path, line, column))
    return out


def _as_read(raw: str, name: str) -> str:
    """An HTML or Markdown article as its reader sees it (tags, entities and marks gone): a quote
    may be verbatim there rather than in the markup."""
    from .article import HTML_SUFFIXES, MARKDOWN_SUFFIXES, read

    if not name.lower().endswith(HTML_SUFFIXES + MARKDOWN_SUFFIXES):
        return ""
    return normalise_space(read(raw, name).text())
