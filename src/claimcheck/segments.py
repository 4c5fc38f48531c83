"""The cache's two files for one claim base file, and how they are read.

A *part* holds what the file says (its claims, sources and entities, validated); an *index*
holds the posting lists of the part's claims. Both are SQLite files holding data only (nothing
in them runs when read), opened read-only and read by row: a claim when a search brings it up,
a posting list when a term is asked for. compiler.py writes them, cache.py picks them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import weakref
import zlib
from array import array

from .model import Claim, DateRef, Entity, EntityAttributes, Quantity, Source

try:  # the hash alone: importing hashlib loads OpenSSL, a cost on every start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

FORMAT = 232  # bump when a file's layout or the index terms change

PART_SCHEMA = """
PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
CREATE TABLE meta (key TEXT PRIMARY KEY, value);
CREATE TABLE claims (doc INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL,
                     quote TEXT, fact TEXT, line INTEGER, kind TEXT, attribution TEXT, negated INTEGER,
                     entities TEXT, quantities TEXT, dates TEXT, item BLOB);
CREATE TABLE sources (rank INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, outlet TEXT, published TEXT,
                      url TEXT, author TEXT, file TEXT, line INTEGER);
CREATE TABLE refs (source TEXT PRIMARY KEY, claims INTEGER) WITHOUT ROWID;
"""
# made after the rows are in: faster than keeping them up to date row by row
PART_INDEXES = """
CREATE UNIQUE INDEX claims_id ON claims (id);
CREATE INDEX claims_fact ON claims (fact) WHERE fact IS NOT NULL;
CREATE UNIQUE INDEX sources_id ON sources (id);
"""
INDEX_SCHEMA = """
PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
CREATE TABLE meta (key TEXT PRIMARY KEY, value);
CREATE TABLE postings (term TEXT PRIMARY KEY, df INTEGER, docs BLOB, tfs BLOB);
CREATE TABLE vocabulary (word TEXT PRIMARY KEY, docs INTEGER) WITHOUT ROWID;
CREATE TABLE context (source TEXT PRIMARY KEY, title TEXT, claims INTEGER) WITHOUT ROWID;
"""
PACKED_DF = 8  # posting lists this long or longer are stored delta-coded and compressed

CLAIM_COLUMNS = "doc, id, source, text, quote, fact, line, kind, attribution, negated, entities, quantities, dates"


def digest(data: bytes) -> str:
    """The content hash of a claim base file."""
    return blake2b(data, digest_size=20).hexdigest()


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection (usable from any thread: the checker may be shared). A cache file is
    written whole under another name and then moved into place, never changed where it is: read as
    immutable, SQLite neither locks it nor checks it for changes before each query."""
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def meta_of(db) -> dict:
    return dict(db.execute("SELECT key, value FROM meta"))


# ---------------------------------------------------------------- rows


def claim_row(doc: int, claim: Claim, item: bytes = None) -> tuple:
    """The claims row of a claim (its quote kept only where it differs from its text)."""

    def listed(values):
        if values is None:
            return None
        return json.dumps([v._asdict() if hasattr(v, "_asdict") else v for v in values], ensure_ascii=False)

    return (doc, claim.id, claim.source, claim.text, None if claim.quote == claim.text else claim.quote, claim.fact,
            claim.line, claim.kind, claim.attribution, None if claim.negated is None else int(claim.negated),
            listed(claim.entities), listed(claim.quantities), listed(claim.dates), item)


def _date_of(fields: dict) -> DateRef:
    """A DateRef from its JSON fields (JSON keeps its readings' tuples as lists, which do not hash)."""
    return DateRef(**{**fields, "either": tuple(tuple(reading) for reading in fields.get("either", ()))})


def claim_from_row(row, path: str) -> Claim:
    _, cid, source, text, quote, fact, line, kind, attribution, negated, entities, quantities, dates = row[:13]
    return Claim(
        id=cid, source=source, quote=text if quote is None else quote, text=text,
        entities=tuple(json.loads(entities)) if entities is not None else None,
        quantities=tuple(Quantity(**q) for q in json.loads(quantities)) if quantities is not None else None,
        dates=tuple(_date_of(d) for d in json.loads(dates)) if dates is not None else None,
        negated=None if negated is None else bool(negated), attribution=attribution, kind=kind, fact=fact,
        path=path, line=line,
    )


def entity_record(entity: Entity) -> dict:
    """An entity as JSON data (a part's meta, a manifest)."""
    record = entity._asdict()
    record["attributes"] = entity.attributes._asdict() if entity.attributes else None
    return record


def entity_from_record(record: dict) -> Entity:
    attributes = record.get("attributes")
    return Entity(record["name"], tuple(record["aliases"]), record["type"], tuple(record.get("part_of") or ()),
                  EntityAttributes(**{k: tuple(v) if isinstance(v, list) else v for k, v in attributes.items()})
                  if attributes else None)


def source_row(rank: int, source: Source) -> tuple:
    return (rank, source.id, source.title, source.outlet, source.published, source.url, source.author, source.file,
            source.line)


def source_from_row(row, path: str) -> Source:
    _, sid, title, outlet, published, url, author, file, line = row
    return Source(id=sid, title=title, outlet=outlet, published=published, url=url, author=author, file=file,
                  path=path, line=line)


# ---------------------------------------------------------------- posting lists


def pack(docs: array, tfs: array) -> tuple:
    """(docs blob, tfs blob) of a posting list: short ones as they are, long ones compressed (as
    doc ids, not gaps: gaps compress better, but adding them up again in Python costs a common
    term's list more than reading it)."""
    if len(docs) < PACKED_DF:
        return docs.tobytes(), tfs.tobytes()
    return zlib.compress(docs.tobytes()), zlib.compress(tfs.tobytes())


def unpack(df: int, docs: bytes, tfs: bytes) -> tuple:
    doc_ids, freqs = array("I"), array("f")
    if df >= PACKED_DF:
        docs, tfs = zlib.decompress(docs), zlib.decompress(tfs)
    doc_ids.frombytes(docs)
    freqs.frombytes(tfs)
    return doc_ids, freqs


# ---------------------------------------------------------------- reading


class _CacheFile:
    """A cache file opened on first use; its docs count from ``offset`` in the base. A process
    forked from the one that opened it opens its own connection (SQLite's are not to cross a fork)."""

    def __init__(self, path: str, offset: int, n: int):
        self.path, self.offset, self.n = path, offset, n
        self._db = None

    @property
    def db(self):
        if self._db is None:
            self._db = connect(self.path)
            _opened.add(self)
        return self._db

    def close(self):
        if self._db is not None:
            self._db.close()
            self._db = None


_opened = weakref.WeakSet()  # the cache files with a connection in this process
_inherited = []  # the connections a forked process found open: kept, never used nor closed


def _after_fork():
    for f in list(_opened):
        if f._db is not None:
            _inherited.append(f._db)
            f._db = None
    _opened.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


class Part(_CacheFile):
    """One claim base file's claims and sources, read by row."""

    def __init__(self, path: str, file: str, offset: int, n: int):
        super().__init__(path, offset, n)
        self.file = file

    def claim(self, local: int) -> Claim:
        row = self.db.execute(f"SELECT {CLAIM_COLUMNS} FROM claims WHERE doc = ?", (local,)).fetchone()
        return claim_from_row(row, self.file)

    def claims(self, locals_: list):
        """(local doc, Claim) of those of ``locals_`` the part has, in no particular order."""
        for at in range(0, len(locals_), _BATCH):
            batch = locals_[at : at + _BATCH]
            for row in self.db.execute(f"SELECT {CLAIM_COLUMNS} FROM claims WHERE doc IN ({','.join('?' * len(batch))})", batch):
                yield row[0], claim_from_row(row, self.file)

    def doc_of(self, claim_id: str):
        row = self.db.execute("SELECT doc FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return row[0] if row else None

    def fact_docs(self, fact: str) -> list:
        return [r[0] for r in self.db.execute("SELECT doc FROM claims WHERE fact = ? ORDER BY doc", (fact,))]

    def source(self, source_id: str):
        row = self.db.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone()
        return source_from_row(row, self.file) if row else None

    def sources_by_id(self, source_ids: list):
        """The Sources of those of ``source_ids`` the part has, in no particular order."""
        for at in range(0, len(source_ids), _BATCH):
            batch = source_ids[at : at + _BATCH]
            for row in self.db.execute(f"SELECT * FROM sources WHERE id IN ({','.join('?' * len(batch))})", batch):
                yield source_from_row(row, self.file)

    def sources(self):
        return (source_from_row(r, self.file) for r in self.db.execute("SELECT * FROM sources ORDER BY rank"))

    def source_texts(self, source_id: str, most: int) -> list:
        """The texts of the part's first ``most`` claims of one source (a scan of the table in
        SQLite, rarely asked for: no index is kept for it)."""
        return [r[0] for r in self.db.execute("SELECT text FROM claims WHERE source = ? ORDER BY doc LIMIT ?",
                                              (source_id, most))]

    def source_claims(self, source_id: str) -> int:
        row = self.db.execute("SELECT claims FROM refs WHERE source = ?", (source_id,)).fetchone()
        return row[0] if row else 0


_BATCH = 500  # terms asked for in one query (SQLite allows 999 parameters at the least)


class IndexFile(_CacheFile):
    """One part's posting lists, vocabulary and claim lengths, read by term."""

    def __init__(self, path: str, offset: int, n: int):
        super().__init__(path, offset, n)
        self._lengths = None

    def df(self, term: str) -> int:
        row = self.db.execute("SELECT df FROM postings WHERE term = ?", (term,)).fetchone()
        return row[0] if row else 0

    def dfs(self, terms: list):
        """(term, document frequency) of those of the terms the part's claims have."""
        for at in range(0, len(terms), _BATCH):
            batch = terms[at : at + _BATCH]
            yield from self.db.execute(f"SELECT term, df FROM postings WHERE term IN ({','.join('?' * len(batch))})", batch)

    def posting(self, term: str):
        """(doc ids, weighted term frequencies), or None when no claim of the part has the term."""
        row = self.db.execute("SELECT df, docs, tfs FROM postings WHERE term = ?", (term,)).fetchone()
        return unpack(*row) if row else None

    @property
    def lengths(self) -> array:
        if self._lengths is None:
            lengths = array("f")
            lengths.frombytes(self.db.execute("SELECT value FROM meta WHERE key = 'lengths'").fetchone()[0])
            self._lengths = lengths
        return self._lengths

    def has_word(self, word: str) -> bool:
        return self.db.execute("SELECT 1 FROM vocabulary WHERE word = ?", (word,)).fetchone() is not None
