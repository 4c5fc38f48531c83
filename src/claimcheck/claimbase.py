"""Load claim bases: one YAML file, several, or a folder of them. Never prints.

Where the claims come from, first match wins (see README, "Claim bases"):
  1. ``--claims PATH`` (repeatable; a file or a folder of ``*.yaml``)
  2. ``CLAIMCHECK_CLAIMS`` (a file or folder; several joined with ``:``)
  3. the nearest ``claims.yaml`` from the current folder upwards
  4. the built-in claim base shipped with claimcheck
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Iterable, Optional

from .errors import ClaimBaseError
from .model import DATE_PARTS, Claim, DateRef, Entity, Quantity, Source

ENV_VAR = "CLAIMCHECK_CLAIMS"
DEFAULT_NAME = "claims.yaml"
QUALIFIERS = ("exact", "about", "more_than", "at_least", "less_than", "at_most")
KINDS = ("fact", "forecast", "opinion", "quote")
ENTITY_TYPES = ("org", "person", "place", "group", "product", "event", "other")

SOURCE_KEYS = {"id": str, "title": str, "outlet": str, "published": str, "url": str, "author": str, "file": str}
CLAIM_KEYS = {
    "id": str, "source": str, "quote": str, "text": str, "entities": list, "quantities": list, "dates": list,
    "negated": bool, "attribution": str, "kind": str, "fact": str,
}
QUANTITY_KEYS = {"value": (int, float), "unit": str, "noun": str, "qualifier": str, "per": str, "text": str}
# What a writer may call an entity instead of its name (model.EntityAttributes): a name or phrase, or a list of them.
ATTRIBUTE_KEYS = ("headquarters", "nationality", "industry", "role", "products", "successor_of", "subsidiary_of",
                  "member_of")
ENTITY_KEYS = {"name": str, "aliases": list, "type": str, "part_of": list,
               **{key: (str, list) for key in ATTRIBUTE_KEYS}, "attributes_source": str}
TOP_KEYS = {"version", "entities", "sources", "claims"}


def builtin_path() -> str:
    return os.path.join(os.path.dirname(os.path.realpath(__file__)), "data", DEFAULT_NAME)


class ClaimBase:
    """sources: id -> Source; claims: Claim in file order; entities: Entity; files: where it was read from."""

    def __init__(self, sources=None, claims=None, entities=None, files=None):
        self.sources = sources if sources is not None else {}
        self.claims = claims if claims is not None else []
        self.entities = entities if entities is not None else []
        self.files = files if files is not None else []
        self._by_id = {c.id: c for c in self.claims}

    def __len__(self):
        return len(self.claims)

    def claim_at(self, doc: int) -> Claim:
        return self.claims[doc]

    def read_claims(self, docs) -> None:
        """Nothing to read: the claims are in memory (cache.CachedBase reads them together)."""

    def claim(self, claim_id: str) -> Optional[Claim]:
        return self._by_id.get(claim_id)

    def source_of(self, claim: Claim) -> Optional[Source]:
        return self.sources.get(claim.source)

    def same_fact(self, claim: Claim) -> list:
        if not claim.fact:
            return []
        return [c for c in self.claims if c.fact == claim.fact and c.id != claim.id]

    def article_texts(self, source_id: str, most: int) -> list:
        """The texts of the first ``most`` claims of one source (its article), in file order."""
        by_source = self.__dict__.get("_texts_by_source")
        if by_source is None:
            by_source = self._texts_by_source = {}
            for c in self.claims:
                by_source.setdefault(c.source, []).append(c.text)
        return by_source.get(source_id, [])[:most]

    def source_sizes(self) -> dict:
        """source id -> how many claims it has."""
        sizes = self.__dict__.get("_source_sizes")
        if sizes is None:
            sizes = self._source_sizes = {}
            for c in self.claims:
                sizes[c.source] = sizes.get(c.source, 0) + 1
        return sizes


# ---------------------------------------------------------------- discovery


def discover(explicit: Iterable[str] = (), env: Optional[dict] = None, cwd: Optional[str] = None) -> list:
    """The claim base paths to read, by the documented order. Returns a list of path strings."""
    explicit = [p for p in explicit if p]
    if explicit:
        return list(explicit)
    env = os.environ if env is None else env
    value = env.get(ENV_VAR, "")
    if value.strip():
        return [p for p in value.split(os.pathsep) if p.strip()]
    for folder in parents(cwd or os.getcwd()):
        candidate = os.path.join(folder, DEFAULT_NAME)
        if os.path.isfile(candidate):
            return [candidate]
    return [builtin_path()]


def parents(start: str):
    """The folder and each folder above it, nearest first."""
    folder = os.path.realpath(start)
    while True:
        yield folder
        up = os.path.dirname(folder)
        if up == folder:
            return
        folder = up


def expand(paths: Iterable[str]) -> list:
    """Files behind the given paths: a folder stands for its ``*.yaml`` and ``*.yml`` files, sorted."""
    files = []
    for raw in paths:
        raw = str(raw)
        if os.path.isdir(raw):
            found = sorted(os.path.join(raw, name) for name in os.listdir(raw) if name.endswith((".yaml", ".yml")))
            found = [f for f in found if os.path.isfile(f)]
            if not found:
                raise ClaimBaseError("folder holds no *.yaml claim base files", raw)
            files.extend(found)
        elif os.path.exists(raw):
            files.append(raw)
        else:
            raise ClaimBaseError("no such file or folder", str(raw))
    return files


# ---------------------------------------------------------------- loading


def load_claim_base(paths: Iterable[str] = (), *, env: Optional[dict] = None, cwd: Optional[str] = None) -> ClaimBase:
    """Load the claim base found by :func:`discover`; raise ClaimBaseError on the first problem."""
    files = expand(discover(paths, env=env, cwd=cwd))
    problems: list = []
    base = read_files(files, problems)
    if problems:
        raise problems[0]
    return base


def read_files(files: list, problems: list, duplicates_as_problems: bool = False) -> ClaimBase:
    """Parse each file, merge them, and append every problem found to ``problems``."""
    from . import yamlsafe
    parsed = []
    for path in files:
        try:
            text = yamlsafe.read_text(path)
            dups = [] if duplicates_as_problems else None
            data = yamlsafe.load(text, path, dups)
            problems.extend(dups or ())
        except ClaimBaseError as exc:
            problems.append(exc)
            continue
        parsed.append((path, data))
    return build(parsed, problems)


def build(parsed: list, problems: list, extra_sources=()) -> ClaimBase:
    """Merge parsed files into one base; ``extra_sources`` are source ids known from elsewhere."""
    sources, claims, entities = {}, [], []
    claim_ids = {}
    pending_refs = []
    for path, data in parsed:
        reader = ItemReader(path, problems)
        if data is None:
            problems.append(ClaimBaseError("empty claim base file (expected 'sources:' and 'claims:')", path, 1, 1))
            continue
        if not isinstance(data, dict):
            reader.error(None, None, "a claim base is a mapping with 'sources:' and 'claims:'", pos=getattr(data, "pos", (1, 1)))
            continue
        for key in data:
            if key not in TOP_KEYS:
                reader.error(data, key, f"unknown top-level key {key!r} (expected one of: {', '.join(sorted(TOP_KEYS))})", at_key=True)
        for ent in reader.items(data, "entities"):
            entity = reader.entity(ent)
            if entity:
                entities.append(entity)
        for src in reader.items(data, "sources"):
            source = reader.source(src)
            if source is None:
                continue
            if source.id in sources:
                first = sources[source.id]
                reader.error(src, "id", f"duplicate source id {source.id!r} (first at {first.path}:{first.line})")
                continue
            sources[source.id] = source
        for raw in reader.items(data, "claims"):
            claim = reader.claim(raw)
            if claim is None:
                continue
            if claim.id in claim_ids:
                first = claim_ids[claim.id]
                reader.error(raw, "id", f"duplicate claim id {claim.id!r} (first at {first.path}:{first.line})")
                continue
            claim_ids[claim.id] = claim
            claims.append(claim)
            pending_refs.append((reader, raw, claim))
        if "sources" not in data and "claims" not in data:
            reader.error(None, None, "no 'sources:' or 'claims:' in this file", pos=data.pos if hasattr(data, "pos") else (1, 1))
    for reader, raw, claim in pending_refs:
        if claim.source not in sources and claim.source not in extra_sources:
            reader.error(raw, "source", f"claim {claim.id!r} names unknown source {claim.source!r}")
    return ClaimBase(sources=sources, claims=claims, entities=entities, files=[p for p, _ in parsed])


class ItemReader:
    """Typed access to one file's mappings, turning every mistake into a positioned problem."""

    def __init__(self, path: str, problems: list):
        self.path = path
        self.problems = problems

    def error(self, mapping, key, message, pos=None, at_key=False):
        from . import yamlsafe

        if pos is None and mapping is not None:
            if at_key and isinstance(mapping, yamlsafe.YMap):
                pos = mapping.key_pos.get(key, mapping.pos)
            else:
                pos = yamlsafe.position_of(mapping, key)
        line, column = pos if pos else (None, None)
        self.problems.append(ClaimBaseError(message, self.path, line, column))

    def items(self, data, key):
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(data, key, f"'{key}' must be a list, not {_type_name(value)}")
            return []
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.error(value, i, f"each item of '{key}' must be a mapping, not {_type_name(item)}")
                continue
            out.append(item)
        return out

    def check_keys(self, mapping, allowed: dict, what: str) -> bool:
        ok = True
        for key, value in mapping.items():
            if key not in allowed:
                self.error(mapping, key, f"unknown {what} field {key!r} (expected one of: {', '.join(allowed)})", at_key=True)
                ok = False
                continue
            expected = allowed[key]
            if value is None:
                continue
            if expected is str and isinstance(value, (_dt.date, _dt.datetime)) and key in ("published",):
                continue  # an unquoted ISO date: accepted, normalised below
            if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
                want = _type_names(expected)
                self.error(mapping, key, f"{what} field '{key}' must be {want}, not {_type_name(value)}")
                ok = False
        return ok

    def required(self, mapping, keys, what) -> bool:
        ok = True
        for key in keys:
            value = mapping.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                if key in mapping:
                    self.error(mapping, key, f"{what} field '{key}' is empty")
                else:
                    self.error(None, None, f"{what} is missing required field '{key}'", pos=mapping.pos)
                ok = False
        return ok

    def entity(self, raw) -> Optional[Entity]:
        if not (self.check_keys(raw, ENTITY_KEYS, "entity") and self.required(raw, ("name",), "entity")):
            return None
        aliases = raw.get("aliases") or []
        for i, alias in enumerate(aliases):
            if not isinstance(alias, str) or not alias.strip():
                self.error(aliases, i, f"entity alias must be a non-empty string, not {_type_name(alias)}")
                return None
        etype = raw.get("type") or ""
        if etype and etype not in ENTITY_TYPES:
            self.error(raw, "type", f"entity type {etype!r} is not one of: {', '.join(ENTITY_TYPES)}")
            return None
        part_of = raw.get("part_of") or []
        for i, whole in enumerate(part_of):
            if not isinstance(whole, str) or not whole.strip():
                self.error(part_of, i, f"'part_of' holds names (strings), not {_type_name(whole)}")
                return None
        attributes = self.attributes(raw)
        if attributes is False:
            return None
        return Entity(name=raw["name"].strip(), aliases=tuple(a.strip() for a in aliases), type=etype,
                      part_of=tuple(w.strip() for w in part_of), attributes=attributes)

    def attributes(self, raw):
        """The entity's EntityAttributes, None when it has none, False after a problem (reported)."""
        from .model import EntityAttributes

        fields = {}
        for key in ATTRIBUTE_KEYS:
            value = raw.get(key)
            if value is None:
                continue
            values = [value] if isinstance(value, str) else value
            for i, item in enumerate(values):
                if not isinstance(item, str) or not item.strip():
                    where = (raw, key) if isinstance(value, str) else (value, i)
                    self.error(*where, f"entity field '{key}' holds names or phrases (strings), not {_type_name(item)}")
                    return False
            fields[key] = tuple(" ".join(v.split()) for v in values)
        source = raw.get("attributes_source")
        if source is not None and not source.strip():
            self.error(raw, "attributes_source", "entity field 'attributes_source' is empty")
            return False
        if source and not fields:
            self.error(raw, "attributes_source", "'attributes_source' says where attributes come from, but the entity has "
                       f"none ({', '.join(ATTRIBUTE_KEYS)})", at_key=True)
            return False
        if not fields:
            return None
        return EntityAttributes(**fields, source=(source or "").strip())

    def source(self, raw) -> Optional[Source]:
        if not (self.check_keys(raw, SOURCE_KEYS, "source") and self.required(raw, ("id", "title"), "source")):
            return None
        published = raw.get("published")
        if isinstance(published, (_dt.date, _dt.datetime)):
            published = published.isoformat()[:10]
        elif published:
            if parse_iso(published) is None:
                self.error(raw, "published", f"'published' must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {published!r}")
                return None
        return Source(
            id=raw["id"], title=raw["title"], outlet=raw.get("outlet"), published=published, url=raw.get("url"),
            author=raw.get("author"), file=raw.get("file"), path=self.path, line=raw.pos[0],
        )

    def claim(self, raw) -> Optional[Claim]:
        if not (self.check_keys(raw, CLAIM_KEYS, "claim") and self.required(raw, ("id", "source", "quote", "text"), "claim")):
            return None
        kind = raw.get("kind")
        if kind and kind not in KINDS:
            self.error(raw, "kind", f"claim kind {kind!r} is not one of: {', '.join(KINDS)}")
            return None
        entities = None
        if raw.get("entities") is not None:
            entities = []
            for i, name in enumerate(raw["entities"]):
                if not isinstance(name, str) or not name.strip():
                    self.error(raw["entities"], i, f"an entity must be a name (string), not {_type_name(name)}")
                    return None
                entities.append(name.strip())
            entities = tuple(entities)
        quantities = None
        if raw.get("quantities") is not None:
            quantities = []
            for i, q in enumerate(raw["quantities"]):
                quantity = self.quantity(raw["quantities"], i, q)
                if quantity is None:
                    return None
                quantities.append(quantity)
            quantities = tuple(quantities)
        dates = None
        if raw.get("dates") is not None:
            dates = []
            for i, d in enumerate(raw["dates"]):
                date = self.date(raw["dates"], i, d)
                if date is None:
                    return None
                dates.append(date)
            dates = tuple(dates)
        return Claim(
            id=str(raw["id"]), source=str(raw["source"]), quote=raw["quote"], text=raw["text"], entities=entities,
            quantities=quantities, dates=dates, negated=raw.get("negated"), attribution=raw.get("attribution"),
            kind=kind, fact=raw.get("fact"), path=self.path, line=raw.pos[0],
            positions={"_claim": raw.pos, **raw.value_pos},
        )

    def quantity(self, seq, index, raw) -> Optional[Quantity]:
        if not isinstance(raw, dict):
            self.error(seq, index, f"a quantity is a mapping with 'value:', not {_type_name(raw)}")
            return None
        if isinstance(raw.get("value"), str):
            self.error(raw, "value", f"quantity value {raw['value']!r} is a string; write a plain number (e.g. 1400000000000, not 1.4e12 or \"$1.4tn\")")
            return None
        if not (self.check_keys(raw, QUANTITY_KEYS, "quantity") and self.required(raw, ("value",), "quantity")):
            return None
        qualifier = raw.get("qualifier") or "exact"
        if qualifier not in QUALIFIERS:
            self.error(raw, "qualifier", f"quantity qualifier {qualifier!r} is not one of: {', '.join(QUALIFIERS)}")
            return None
        per = raw.get("per") or ""
        if per and per not in ("year", "month", "week", "day", "quarter"):
            self.error(raw, "per", f"'per' must be year, quarter, month, week or day, not {per!r}")
            return None
        return Quantity(
            value=float(raw["value"]), unit=raw.get("unit") or "", noun=raw.get("noun") or "", qualifier=qualifier,
            per=per, text=raw.get("text") or "",
        )

    def date(self, seq, index, raw) -> Optional[DateRef]:
        part = relation = text = None
        value = raw
        if isinstance(raw, dict):
            for key in raw:
                if key not in ("date", "part", "relation", "text"):
                    self.error(raw, key, f"unknown date field {key!r} (expected date, part, relation, text)", at_key=True)
                    return None
            value, part, relation, text = raw.get("date"), raw.get("part"), raw.get("relation"), raw.get("text")
            for key in ("relation", "text"):
                if raw.get(key) is not None and not isinstance(raw[key], str):
                    self.error(raw, key, f"date field '{key}' must be a string, not {_type_name(raw[key])}")
                    return None
            if part is not None and part not in DATE_PARTS:
                self.error(raw, "part", f"date part must be one of {', '.join(DATE_PARTS)}, not {part!r}")
                return None
        if isinstance(value, (_dt.date, _dt.datetime)):
            value = value.isoformat()[:10]
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        parsed = parse_iso(value) if isinstance(value, str) else None
        if parsed is None:
            where = (raw, "date") if isinstance(raw, dict) else (seq, index)
            self.error(*where, f"a date must be YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, not {value!r}")
            return None
        year, month, day = parsed
        return DateRef(year=year, month=month, day=day, part=part, relation=relation or "", text=text or "")


def parse_iso(value: str):
    """'2019', '2019-05', '2019-05-27', '--11-29' or '--11' to (year, month, day); None if malformed."""
    value = value.strip()
    try:
        if value.startswith("--"):
            bits = value[2:].split("-")
            year = None
        else:
            bits = value.split("-")
            year = int(bits.pop(0))
            if not 1000 <= year <= 2999:
                return None
        month = int(bits.pop(0)) if bits else None
        day = int(bits.pop(0)) if bits else None
        if bits or (month is not None and not 1 <= month <= 12):
            return None
        if day is not None:
            _dt.date(year or 2000, month, day)  # validates the day of that month (leap year when unknown)
        if year is None and month is None:
            return None
        return year, month, day
    except (ValueError, TypeError, IndexError):
        return None


def _type_name(value) -> str:
    from . import yamlsafe

    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a boolean (quote it: YAML reads yes/no/on/off as true/false)"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return "a date (quote it)"
    return {dict: "a mapping", list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(value).__mro__[1] if type(value) in (yamlsafe.YMap, yamlsafe.YList) else type(value), type(value).__name__
    )


def _type_names(expected) -> str:
    if expected == (str, list):
        return "a string or a list of strings"
    if isinstance(expected, tuple):
        return "a number"
    return {str: "a string", list: "a list", bool: "true or false", dict: "a mapping"}[expected]
