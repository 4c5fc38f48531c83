"""Claims' sentence vectors on disk, beside the compiled claim bases (the semantic extra).

One SQLite file per model in the cache folder (cache.cache_dir()), keyed by a hash of the
model and the exact text embedded: an edited claim gets a new vector, an unchanged claim keeps
its own whatever else in the base changed (editing one claim of 100,000 embeds one claim), and
bases that share claims share their vectors. Vectors are float16 bytes: data only, nothing in
the file runs when read. Bounded: past KEEP vectors the least recently used are removed.
Like the rest of the cache it is rebuilt when damaged, only trusted when it is the user's own
in a folder others cannot write to, safe to delete, and failing to read or write it is never
an error: the vectors are computed again.
"""

from __future__ import annotations

import os
import sqlite3
import time

try:  # the hash alone: importing hashlib loads OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

FORMAT = 1
KEEP = 500_000  # vectors kept (about 0.45 GB on disk); the least recently used go first
PRUNE_TO = 0.9  # a prune leaves this share of KEEP, so that it is not run at every write
ROW_BYTES = 800  # fewer bytes than a stored vector takes with its key and index entry
DAY = 86400


def text_key(model_id: str, text: str) -> bytes:
    """The key of ``text``'s vector by model ``model_id``."""
    h = blake2b(digest_size=16)
    h.update(model_id.encode("utf-8") + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.digest()


def store_path(model_id: str) -> str:
    from .cache import cache_dir

    name = blake2b(f"{model_id} format {FORMAT}".encode("utf-8"), digest_size=8).hexdigest()
    return os.path.join(cache_dir(), f"vectors-{name}.sqlite")


def open_store(model_id: str):
    """The VectorStore for ``model_id`` in the cache folder, or None when there is no usable one."""
    path = store_path(model_id)
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return None
    if not _trusted(folder, path):
        return None
    for attempt in range(2):
        try:
            if not os.path.exists(path):  # the user's alone, as the compiled bases are
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            return VectorStore(path)
        except (sqlite3.Error, OSError):  # damaged or foreign: removed and made again
            if attempt:
                return None
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.unlink(path + suffix)
                except OSError:
                    pass
    return None


def _trusted(folder: str, path: str) -> bool:
    """Only the user's own file, in a folder others cannot write to."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    try:
        st = os.stat(folder)
        if st.st_uid != os.getuid() or st.st_mode & 0o022:
            return False
        return not os.path.exists(path) or os.stat(path).st_uid == os.getuid()
    except OSError:
        return False


class VectorStore:
    """key (bytes) -> vector (bytes), with the day each was last used."""

    def __init__(self, path: str):
        self.path = path
        self.db = sqlite3.connect(path, timeout=2.0, check_same_thread=False)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")  # readers are not blocked by a writer
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            self.db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL,"
                            " used INTEGER NOT NULL) WITHOUT ROWID")
            self.db.execute("CREATE INDEX IF NOT EXISTS vectors_used ON vectors (used)")
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (str(FORMAT),))
            self.db.commit()
            row = self.db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row != (str(FORMAT),):
                raise sqlite3.DatabaseError("a vector store of another format")
        except sqlite3.Error:
            self.db.close()
            raise

    def get(self, keys: list) -> dict:
        """{key: vector bytes} of the ``keys`` stored (missing ones left out); marks them used today."""
        today = int(time.time() // DAY)
        found = {}
        stale = []
        try:
            for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, vector, used in self.db.execute(
                        f"SELECT key, vector, used FROM vectors WHERE key IN ({marks})", chunk):
                    found[key] = vector
                    if used < today:
                        stale.append(key)
            if stale:
                self.db.executemany("UPDATE vectors SET used = ? WHERE key = ?", ((today, k) for k in stale))
                self.db.commit()
        except sqlite3.Error:
            self._rollback()
        return found

    def put(self, items: dict) -> None:
        """Store {key: vector bytes}; then remove the least recently used when there are too many."""
        if not items:
            return
        today = int(time.time() // DAY)
        try:
            self.db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                ((k, v, today) for k, v in items.items()))
            self.db.commit()
            self._prune()
        except sqlite3.Error:
            self._rollback()

    def __len__(self):
        try:
            return self.db.execute("SELECT count(*) FROM vectors").fetchone()[0]
        except sqlite3.Error:
            return 0

    def _prune(self):
        pages, free, page_size = (self.db.execute(f"PRAGMA {name}").fetchone()[0]
                                  for name in ("page_count", "freelist_count", "page_size"))
        if (pages - free) * page_size < KEEP * ROW_BYTES:
            return  # counting rows costs a scan: only when the pages in use could hold too many
        count = len(self)
        if count > KEEP:
            self.db.execute("DELETE FROM vectors WHERE key IN (SELECT key FROM vectors ORDER BY used LIMIT ?)",
                            (count - int(KEEP * PRUNE_TO),))
            self.db.commit()

    def _rollback(self):
        try:
            self.db.rollback()
        except sqlite3.Error:
            pass

    def close(self):
        self.db.close()
