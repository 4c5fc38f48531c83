"""A compiled cache of claim bases: claims, sources and the search index in SQLite.

Keyed on the claim base files' content (and claimcheck's version), so it is never stale:
an edit makes a new key. It lives in the user's cache folder, holds data only (SQLite, no
pickle: nothing in it runs when loaded), is rebuilt when missing, corrupt or foreign, and
is safe to delete at any time. A cached base opens in milliseconds whatever its size:
claims are read by row when a search needs them, posting lists by term.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from array import array

try:  # the hash alone: importing hashlib loads OpenSSL, a cost on every start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

from . import __version__
from .index import ClaimIndex
from .model import Claim, DateRef, Entity, Quantity, Source

FORMAT = 12  # bump when the layout or the index terms change
KEEP = 16  # cache files kept; older ones are removed


def cache_dir() -> str:
    explicit = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if explicit:
        return explicit
    home = os.path.expanduser("~")
    if sys.platform == "win32":  # pragma: no cover
        return os.path.join(os.environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local"), "claimcheck", "Cache")
    if sys.platform == "darwin":  # pragma: no cover
        return os.path.join(home, "Library", "Caches", "claimcheck")
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache"), "claimcheck")


def key_for(contents: list) -> str:
    """``contents``: [(path, bytes)] in load order."""
    h = blake2b(digest_size=20)
    h.update(f"claimcheck {__version__} format {FORMAT} python {sys.version_info[:2]}".encode())
    for path, data in contents:
        h.update(os.path.abspath(path).encode("utf-8", "surrogateescape") + b"\0")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _path(key: str) -> str:
    return os.path.join(cache_dir(), f"base-{key}.sqlite")


# ---------------------------------------------------------------- writing


def write(key: str, base, index, vocabulary) -> None:
    """Store a loaded base and its in-memory index. Failures to write are not errors: it is a cache."""
    import tempfile

    folder = cache_dir()
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".build-", suffix=".sqlite", dir=folder)
        os.close(fd)
        try:
            _fill(tmp, base, index, vocabulary)
            os.replace(tmp, _path(key))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _prune(folder)
    except (OSError, sqlite3.Error):
        pass


def _fill(path, base, index, vocabulary):
    db = sqlite3.connect(path)
    try:
        db.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE claims (doc INTEGER PRIMARY KEY, id TEXT UNIQUE, fact TEXT, data TEXT);
            CREATE INDEX claims_fact ON claims (fact);
            CREATE TABLE sources (id TEXT PRIMARY KEY, data TEXT);
            CREATE TABLE postings (term TEXT PRIMARY KEY, docs BLOB, tfs BLOB);
            """
        )
        db.executemany("INSERT INTO postings VALUES (?, ?, ?)",
                       ((t, d.tobytes(), f.tobytes()) for t, (d, f) in index.postings.items()))
        db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?)",
                       ((i, c.id, c.fact, json.dumps(_claim_dict(c), ensure_ascii=False)) for i, c in enumerate(base.claims)))
        db.executemany("INSERT INTO sources VALUES (?, ?)",
                       ((s.id, json.dumps(s._asdict(), ensure_ascii=False)) for s in base.sources.values()))
        meta = {
            "format": str(FORMAT), "version": __version__, "n": str(index.n),
            "files": json.dumps(base.files), "source_sizes": json.dumps(base.source_sizes()), "entities": json.dumps([e._asdict() for e in base.entities]),
            "vocabulary": "\n".join(sorted(vocabulary)), "lengths": index.lengths.tobytes().hex(),
        }
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.commit()
    finally:
        db.close()


_CLAIM_FIELDS = [f for f in Claim._fields if f != "positions"]


def _claim_dict(claim: Claim) -> dict:
    data = {f: getattr(claim, f) for f in _CLAIM_FIELDS}
    for key in ("quantities", "dates"):
        if data[key] is not None:
            data[key] = [item._asdict() for item in data[key]]
    return data


def _prune(folder: str):
    names = [os.path.join(folder, n) for n in os.listdir(folder) if n.startswith("base-") and n.endswith(".sqlite")]
    for old in sorted(names, key=os.path.getmtime, reverse=True)[KEEP:]:
        try:
            os.unlink(old)
        except OSError:
            pass


# ---------------------------------------------------------------- reading


def open_cached(key: str):
    """(CachedBase, SqliteIndex, vocabulary) for ``key``, or None when there is no usable cache."""
    path = _path(key)
    if not os.path.isfile(path) or not _trusted(path):
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(db.execute("SELECT key, value FROM meta"))
        if meta.get("format") != str(FORMAT) or meta.get("version") != __version__:
            db.close()
            return None
        base = CachedBase(db, meta)
        index = SqliteIndex(db, int(meta["n"]), array("f", bytes.fromhex(meta["lengths"])))
        vocabulary = frozenset(meta["vocabulary"].split("\n")) if meta["vocabulary"] else frozenset()
        os.utime(path)  # recently used: kept by _prune
        return base, index, vocabulary
    except (sqlite3.Error, KeyError, ValueError, TypeError, OSError):
        return None  # corrupt or foreign: rebuilt by the caller


def _trusted(path: str) -> bool:
    """Only the user's own cache file, in a folder others cannot write to."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    try:
        st, folder = os.stat(path), os.stat(os.path.dirname(path))
    except OSError:
        return False
    return st.st_uid == os.getuid() and folder.st_uid == os.getuid() and not (folder.st_mode & 0o022)


class CachedBase:
    """The claim base as the engine reads it, backed by the cache: claims load when asked for."""

    def __init__(self, db, meta):
        self.db = db
        self.files = json.loads(meta["files"])
        self.entities = [Entity(e["name"], tuple(e["aliases"]), e["type"], tuple(e.get("part_of") or ()))
                         for e in json.loads(meta["entities"])]
        self.sources = {row[0]: Source(**json.loads(row[1])) for row in db.execute("SELECT id, data FROM sources")}
        self._n = int(meta["n"])
        self._claims: dict = {}
        self._sizes_json = meta["source_sizes"]

    def __len__(self):
        return self._n

    def claim_at(self, doc: int) -> Claim:
        claim = self._claims.get(doc)
        if claim is None:
            row = self.db.execute("SELECT data FROM claims WHERE doc = ?", (doc,)).fetchone()
            claim = self._claims[doc] = _claim_from(json.loads(row[0]))
        return claim

    @property
    def claims(self):
        return [self.claim_at(doc) for doc in range(self._n)]

    def claim(self, claim_id: str):
        row = self.db.execute("SELECT doc FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return self.claim_at(row[0]) if row else None

    def same_fact(self, claim):
        if not claim.fact:
            return []
        rows = self.db.execute("SELECT doc FROM claims WHERE fact = ? AND id != ? ORDER BY doc", (claim.fact, claim.id))
        return [self.claim_at(r[0]) for r in rows]

    def source_sizes(self) -> dict:
        """source id -> how many claims it has (counted when the cache was built)."""
        sizes = self.__dict__.get("_source_sizes")
        if sizes is None:
            sizes = self._source_sizes = json.loads(self._sizes_json)
        return sizes


def _claim_from(data: dict) -> Claim:
    for key in ("entities",):
        if data.get(key) is not None:
            data[key] = tuple(data[key])
    if data.get("quantities") is not None:
        data["quantities"] = tuple(Quantity(**q) for q in data["quantities"])
    if data.get("dates") is not None:
        data["dates"] = tuple(DateRef(**d) for d in data["dates"])
    return Claim(**data)


class SqliteIndex(ClaimIndex):
    """The BM25 index, with posting lists read by term from the cache."""

    def __init__(self, db, n, lengths):
        self.db = db
        self.n = n
        self.lengths = lengths
        self.avg_length = (sum(lengths) / n) if n else 1.0
        self._postings: dict = {}

    def posting(self, term):
        hit = self._postings.get(term)
        if hit is None:
            row = self.db.execute("SELECT docs, tfs FROM postings WHERE term = ?", (term,)).fetchone()
            hit = self._postings[term] = (array("I", row[0]), array("f", row[1])) if row else ()
        return hit
