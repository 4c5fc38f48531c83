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
import re
from typing import NamedTuple

from .edit import slug
from .errors import ClaimcheckError


class RecordError(ClaimcheckError):
    """A record that cannot become a claim."""


SCHEMA_TYPES = {"org": "Organization", "person": "Person", "place": "Place", "event": "Event", "product": "Product"}
ENTITY_TYPES = {v: k for k, v in SCHEMA_TYPES.items()}
URL_PREFIX = "urn:claimcheck:claim:"


class Records(NamedTuple):
    """Field dicts ready for edit.add_records."""

    sources: list
    claims: list
    entities: list = []


def mentioned(base, claim) -> list:
    """The base's entities a claim is about: those it lists, else those its text or quote names
    (by name or alias, as whole words)."""
    if claim.entities is not None:
        wanted = set(claim.entities)
        return [e for e in base.entities if e.name in wanted or wanted & set(e.aliases)]
    text = f"{claim.text} {claim.quote}"
    return [e for e in base.entities if any(_names(text, n) for n in (e.name, *e.aliases))]


def _names(text: str, name: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def claimreview(base, reviewer: str = "claimcheck", url_prefix: str | None = None) -> list:
    """One schema.org ClaimReview per claim: the claim's text reviewed, its article as the
    appearance, the entities it is about with their aliases, and a rating saying it is sourced."""
    from urllib.parse import quote

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
        if source and source.author:
            appearance["author"] = {"@type": "Person", "name": source.author}
        item = {"@type": "Claim", "text": claim.quote, "appearance": appearance, "firstAppearance": appearance}
        speaker = claim.attribution or (source.outlet if source else None)
        if speaker:
            item["author"] = {"@type": "Organization", "name": speaker}
        if source and source.published:
            item["datePublished"] = source.published
        about = [_thing(e) for e in mentioned(base, claim)]
        if about:
            item["about"] = about
        record = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": claim.id,
            "url": (url_prefix or URL_PREFIX) + quote(claim.id, safe=""),
            "claimReviewed": claim.text,
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": reviewer},
            # the claim base vouches that the article says it, not that it is true
            "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 1, "worstRating": 0,
                             "alternateName": "Sourced", "ratingExplanation": f"Reported verbatim: \"{claim.quote}\""},
        }
        if source and source.published:
            record["datePublished"] = source.published
        out.append(record)
    return out


def _thing(entity) -> dict:
    thing = {"@type": SCHEMA_TYPES.get(entity.type, "Thing"), "name": entity.name}
    if entity.aliases:
        thing["alternateName"] = list(entity.aliases)
    return thing


def jsonl_records(base):
    """JSON Lines export: an ``{"entity": ...}`` record for each entity, then one record a claim."""
    for e in base.entities:
        entity = {"name": e.name, "aliases": list(e.aliases)}
        if e.type:
            entity["type"] = e.type
        if e.part_of:
            entity["part_of"] = list(e.part_of)
        yield {"entity": entity}
    for c in base.claims:
        source = base.sources.get(c.source)
        record = {"id": c.id, "text": c.text, "quote": c.quote, "kind": c.kind, "attribution": c.attribution,
                  "fact": c.fact, "source": source.as_dict() | {"author": source.author} if source else {"id": c.source}}
        if c.entities is not None:
            record["entities"] = list(c.entities)
        yield record


# ---------------------------------------------------------------- import


def read_records(text: str, fmt: str, path: str):
    """Records (sources, claims, entities) as field dicts ready for edit.add_records."""
    if fmt == "claimreview":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"not JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
        if isinstance(data, dict):
            data = data.get("itemListElement") or data.get("@graph") or [data]
        if not isinstance(data, list):
            raise RecordError("expected a ClaimReview object or a list of them", path, 1, 1)
        records = [(i + 1, r.get("item", r) if isinstance(r, dict) else r) for i, r in enumerate(data)]
        entities = _merge_entities(_about(r) for _, r in records if isinstance(r, dict))
        return _collect(records, _from_claimreview, path, "record")._replace(entities=entities)
    if fmt == "jsonl":
        records, entities = [], []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"not JSON: {exc.msg}", path, n, exc.colno) from None
            if isinstance(record, dict) and isinstance(record.get("entity"), dict):
                try:
                    entities.append(_entity(record["entity"]))
                except (KeyError, TypeError, ValueError) as exc:
                    raise RecordError(f"line {n}: {exc}", path, n) from None
                continue
            records.append((n, record))
        return _collect(records, _from_flat, path, "line")._replace(entities=_merge_entities([entities]))
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
    return Records(list(sources.values()), claims)


def _entity(raw: dict) -> dict:
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("an entity needs a 'name'")
    aliases = raw.get("aliases") or []
    part_of = raw.get("part_of") or []
    if not all(isinstance(a, str) and a.strip() for a in [*aliases, *part_of]):
        raise ValueError(f"entity {name!r}: aliases and part_of are lists of names")
    entity = {"name": name.strip()}
    if raw.get("type") in ENTITY_TYPES.values() or raw.get("type") in ("group", "other"):
        entity["type"] = raw["type"]
    if aliases:
        entity["aliases"] = [a.strip() for a in aliases]
    if part_of:
        entity["part_of"] = [p.strip() for p in part_of]
    return entity


def _about(record: dict) -> list:
    """Entities from a ClaimReview's ``itemReviewed.about`` (schema.org Things with alternateName)."""
    item = record.get("itemReviewed")
    about = item.get("about") if isinstance(item, dict) else None
    if isinstance(about, dict):
        about = [about]
    out = []
    for thing in about or []:
        if not isinstance(thing, dict) or not isinstance(thing.get("name"), str) or not thing["name"].strip():
            continue
        aliases = thing.get("alternateName") or []
        aliases = [aliases] if isinstance(aliases, str) else [a for a in aliases if isinstance(a, str) and a.strip()]
        kind = ENTITY_TYPES.get(thing.get("@type"))
        out.append(_entity({"name": thing["name"], "aliases": aliases, **({"type": kind} if kind else {})}))
    return out


def _merge_entities(groups) -> list:
    """One entity per name, aliases merged in order of appearance."""
    merged = {}
    for group in groups:
        for entity in group:
            have = merged.setdefault(entity["name"], dict(entity))
            for key in ("aliases", "part_of"):
                for value in entity.get(key, ()):
                    if value not in have.setdefault(key, []):
                        have[key].append(value)
    return [{k: v for k, v in e.items() if v != []} for e in merged.values()]


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
    url = appearance.get("url") or ""  # the article's; the record's own url is the review's page
    title = appearance.get("headline") or appearance.get("name") or text[:120]
    published = (item.get("datePublished") or appearance.get("datePublished") or record.get("datePublished") or "")[:10]
    source = _clean({
        "id": _source_id(title, url), "title": title,
        "outlet": publisher.get("name") if isinstance(publisher, dict) else None,
        "published": published if _iso(published) else None, "url": url,
        "author": (appearance.get("author") or {}).get("name") if isinstance(appearance.get("author"), dict) else None,
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
    entities = row.get("entities")
    if isinstance(entities, list) and all(isinstance(n, str) and n.strip() for n in entities):
        claim["entities"] = [n.strip() for n in entities]
    return source, claim


def _iso(value: str) -> bool:
    from .claimbase import parse_iso

    return bool(value) and value[:1].isdigit() and parse_iso(value) is not None
