"""Claims in and out: schema.org ClaimReview JSON-LD, JSON Lines and CSV.

Export writes one ClaimReview per claim: the claim as ``claimReviewed``, the article that
carries it as the ``itemReviewed`` Claim's appearance. Import turns such records (or flat
JSON Lines / CSV rows) into sources and claims with their provenance.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json

from .edit import slug
from .errors import ClaimcheckError


class RecordError(ClaimcheckError):
    """A record that cannot become a claim."""


def claimreview(base, reviewer: str = "claimcheck") -> list:
    out = []
    for claim in base.claims:
        source = base.sources.get(claim.source)
        appearance = {"@type": "CreativeWork", "headline": source.title if source else claim.source}
        if source and source.url:
            appearance["url"] = source.url
        if source and source.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": source.outlet}
        if source and source.published:
            appearance["datePublished"] = source.published
        item = {"@type": "Claim", "text": claim.quote, "appearance": appearance, "firstAppearance": appearance}
        speaker = claim.attribution or (source.outlet if source else None)
        if speaker:
            item["author"] = {"@type": "Organization", "name": speaker}
        if source and source.published:
            item["datePublished"] = source.published
        record = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": claim.id,
            "claimReviewed": claim.text,
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": reviewer},
            "reviewRating": {"@type": "Rating", "alternateName": "Sourced", "ratingExplanation": f"Reported verbatim: \"{claim.quote}\""},
        }
        if source and source.url:
            record["url"] = source.url
        out.append(record)
    return out


# ---------------------------------------------------------------- import


def read_records(text: str, fmt: str, path: str):
    """(sources, claims) as field dicts ready for edit.add_records."""
    if fmt == "claimreview":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"not JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
        if isinstance(data, dict):
            data = data.get("itemListElement") or data.get("@graph") or [data]
        records = [(i + 1, r.get("item", r) if isinstance(r, dict) else r) for i, r in enumerate(data)]
        return _collect(records, _from_claimreview, path, "record")
    if fmt == "jsonl":
        records = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise RecordError(f"not JSON: {exc.msg}", path, n, exc.colno) from None
        return _collect(records, _from_flat, path, "line")
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "text" not in reader.fieldnames:
            raise RecordError("a CSV needs a header row with at least a 'text' column", path, 1, 1)
        return _collect([(reader.line_num, row) for row in reader], _from_flat, path, "line")
    raise RecordError(f"unknown import format {fmt!r}", path)


def _collect(records, convert, path, unit):
    sources, claims = {}, []
    for n, record in records:
        if not isinstance(record, dict):
            raise RecordError(f"{unit} {n}: expected an object", path, n if unit == "line" else None)
        try:
            source, claim = convert(record)
        except (KeyError, TypeError, ValueError) as exc:
            raise RecordError(f"{unit} {n}: {exc}", path, n if unit == "line" else None) from None
        sources.setdefault(source["id"], source)
        claims.append(claim)
    return list(sources.values()), claims


def _source_id(title: str, url: str) -> str:
    base = slug(title or url or "source", 6)
    digest = hashlib.sha1((url or title).encode("utf-8")).hexdigest()[:8]
    return f"{base}-{digest}"


def _clean(fields: dict) -> dict:
    return {k: v.strip() if isinstance(v, str) else v for k, v in fields.items() if v not in (None, "")}


def _from_claimreview(record):
    text = record.get("claimReviewed")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no claimReviewed text")
    item = record.get("itemReviewed") or {}
    appearance = item.get("appearance") or item.get("firstAppearance") or {}
    if isinstance(appearance, list):
        appearance = appearance[0] if appearance else {}
    if isinstance(appearance, str):
        appearance = {"url": appearance}
    publisher = appearance.get("publisher") or {}
    author = item.get("author") or {}
    url = appearance.get("url") or record.get("url") or ""
    title = appearance.get("headline") or appearance.get("name") or text[:120]
    published = (item.get("datePublished") or appearance.get("datePublished") or record.get("datePublished") or "")[:10]
    source = _clean({
        "id": _source_id(title, url), "title": title,
        "outlet": publisher.get("name") if isinstance(publisher, dict) else None,
        "published": published if _iso(published) else None, "url": url,
    })
    claim = _clean({
        "id": slug(str(record["identifier"]), 12) if record.get("identifier") else None,
        "source": source["id"], "quote": item.get("text") if isinstance(item.get("text"), str) and item["text"].strip() else text,
        "text": text, "attribution": author.get("name") if isinstance(author, dict) else None,
        "kind": "fact",
    })
    return source, claim


def _from_flat(row):
    """A JSON Lines object or CSV row: text, quote, id, and source (an object, or flat columns)."""
    text = row.get("text") or row.get("claim")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text'")
    nested = row.get("source") if isinstance(row.get("source"), dict) else {}
    title = nested.get("title") or row.get("title") or ""
    url = nested.get("url") or row.get("url") or ""
    sid = nested.get("id") or (row.get("source") if isinstance(row.get("source"), str) else None) or row.get("source_id")
    if not (title or sid):
        raise ValueError("no source: give 'source' (an id or an object) or 'title'")
    published = str(nested.get("published") or row.get("published") or "")[:10]
    source = _clean({
        "id": sid or _source_id(title, url), "title": title or sid,
        "outlet": nested.get("outlet") or row.get("outlet"), "published": published if _iso(published) else None,
        "url": url, "author": nested.get("author") or row.get("author"), "file": nested.get("file") or row.get("file"),
    })
    claim = _clean({
        "id": row.get("id"), "source": source["id"], "quote": row.get("quote") or text, "text": text,
        "attribution": row.get("attribution"), "kind": row.get("kind") if row.get("kind") in ("fact", "forecast", "opinion", "quote") else None,
        "fact": row.get("fact"),
    })
    return source, claim


def _iso(value: str) -> bool:
    from .claimbase import parse_iso

    return bool(value) and value[:1].isdigit() and parse_iso(value) is not None
