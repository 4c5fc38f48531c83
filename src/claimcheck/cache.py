"""The compiled cache of claim bases: each claim base file compiled on its own, picked by content.

Every claim base file has two cache files (segments.py): its *part* (claims, sources and
entities, validated) and its *index* (posting lists). A base is a *manifest* naming one part
and one index per file. Freshness is decided by file status (size, times, inode): a file's
content is read and hashed only when its status changed, so a cached base of any size opens in
milliseconds, and editing one of ten files compiles that file alone (compiler.py, reusing the
items that did not change). Nothing here is trusted when damaged or foreign (it is rebuilt),
the cache holds data only (SQLite and JSON, nothing that runs when read), every in-process memo
has a bound, and deleting the folder is always safe.
"""

from __future__ import annotations

import json
import os
import sys
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Mapping

from . import __version__, segments
from .index import LOCAL_MEMO, MEMO_TERMS, ClaimIndex

FORMAT = segments.FORMAT
KEEP = 16  # manifests kept; parts and indexes no kept manifest names are removed
STATUS_KEEP = 2048  # files whose status is remembered
# A file changed within this long before it was hashed may change again within the same
# timestamp tick: its status is not trusted, its content is hashed again next time.
RACY_NS = 2_000_000_000
ORPHAN_AGE = 600  # seconds an unnamed part or index is left alone (another process may be naming it)
PARALLEL_BYTES = 4 * 2**20  # below this much YAML to compile, worker processes cost more than they save
POSTING_MEMO = 4_000_000  # doc ids held in memory across posting lists


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


def key_of(*values) -> str:
    h = segments.blake2b(digest_size=20)
    h.update(f"claimcheck {__version__} format {FORMAT} python {sys.version_info[:2]}".encode())
    for value in values:
        data = value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogateescape")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# ---------------------------------------------------------------- opening


class Opened:
    """A claim base through the cache: what Checker needs."""

    def __init__(self, base, index, vocabulary):
        self.base, self.index, self.vocabulary = base, index, vocabulary


def open_base(files: list, jobs: int | None = None):
    """The claim base ``files`` through the cache, compiling what it lacks (``jobs`` processes at
    most); None when there is no usable cache folder. Raises ClaimBaseError for a bad base."""
    folder = cache_dir()
    if not _usable(folder):
        return None
    status = _Status(folder)
    abspaths = [os.path.abspath(f) for f in files]
    for attempt in range(3):
        digests = [status.digest(f, a) for f, a in zip(files, abspaths)]
        key = key_of("base", *[x for pair in zip(abspaths, digests) for x in pair])
        opened = _open_manifest(folder, key)
        if opened is None:
            with _BuildLock(folder, key):
                opened = _open_manifest(folder, key)  # another process may have built it meanwhile
                if opened is None:
                    try:
                        manifest = _build(folder, files, abspaths, digests, status, jobs or default_jobs())
                    except (OSError, segments.sqlite3.Error):
                        return None  # a full disk, say: a cache is never needed
                    if manifest is None:
                        continue  # a file changed while it was read: look again
                    _write_json(os.path.join(folder, f"base-{key}.json"), manifest)
                    _prune(folder)
                    opened = _open_manifest(folder, key)
        status.save()
        if opened is not None:
            return opened
    return None


def _usable(folder: str) -> bool:
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return False
    return _trusted_folder(folder) and os.access(folder, os.W_OK | os.X_OK)


def _trusted_folder(folder: str) -> bool:
    """Only the user's own folder, which others cannot write to."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return True
    try:
        st = os.stat(folder)
    except OSError:
        return False
    return st.st_uid == os.getuid() and not (st.st_mode & 0o022)


def _trusted(path: str) -> bool:
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows
        return os.path.isfile(path)
    try:
        return os.stat(path).st_uid == os.getuid()
    except OSError:
        return False


def _open_manifest(folder: str, key: str):
    path = os.path.join(folder, f"base-{key}.json")
    if not _trusted(path):
        return None
    parts, indexes = [], []
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
        if manifest.get("format") != FORMAT or manifest.get("version") != __version__:
            return None
        offset = 0
        for file, part, index, n in zip(manifest["files"], manifest["parts"], manifest["indexes"], manifest["counts"]):
            part_path, index_path = os.path.join(folder, part), os.path.join(folder, index)
            if not (_trusted(part_path) and _trusted(index_path)):
                raise ValueError("a part or an index is missing")
            parts.append(segments.Part(part_path, file, offset, n))
            indexes.append(segments.IndexFile(index_path, offset, n))
            for segment in (parts[-1], indexes[-1]):  # damaged or foreign files are rebuilt, not read
                if segment.db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() != (FORMAT,):
                    raise ValueError("not of this format")
            offset += n
        total_length = sum(manifest["length_sums"])
        base = CachedBase(manifest["files"], manifest["entities"], parts, manifest["sources"])
        index = CachedIndex(indexes, offset, total_length / offset if offset else 1.0,
                            tuple((f.offset, f.n, length) for f, length in zip(indexes, manifest["length_sums"])))
        os.utime(path)  # recently used: kept by _prune
        return Opened(base, index, Vocabulary(indexes))
    except (OSError, ValueError, KeyError, TypeError, RecursionError, segments.sqlite3.Error):
        for segment in parts + indexes:
            segment.close()
        return None


# ---------------------------------------------------------------- file status


class _Status:
    """Which content each claim base file had when last hashed, and its last part and index."""

    def __init__(self, folder: str):
        self.path = os.path.join(folder, "status.json")
        self.entries: dict = {}
        self.changed = False
        if _trusted(self.path):
            try:
                with open(self.path, encoding="utf-8") as f:
                    entries = json.load(f)
                if isinstance(entries, dict) and entries.get("format") == FORMAT:
                    self.entries = entries["files"]
            except (OSError, ValueError, KeyError, TypeError, RecursionError):
                self.entries = {}

    def digest(self, file: str, abspath: str) -> str:
        """The content hash of ``file``: remembered while its status stays the same, else read."""
        from . import textio
        from .errors import ClaimBaseError
        from .textio import read_bytes

        try:
            st = os.stat(file)
            stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        except OSError:
            stamp = None
        entry = self.entries.get(abspath)
        if stamp is not None and entry and entry.get("stamp") == stamp and entry.get("trusted"):
            return entry["digest"]
        import time

        hashed_at = time.time_ns()
        data = read_bytes(file, ClaimBaseError, textio.MAX_BYTES)  # errors as every reader gives them
        value = segments.digest(data)
        entry = dict(entry or {})
        entry.update(stamp=stamp, digest=value, hashed=hashed_at,
                     trusted=stamp is not None and max(stamp[1], stamp[2]) < hashed_at - RACY_NS)
        self.entries[abspath] = entry
        self.changed = True
        return value

    def previous(self, abspath: str) -> tuple:
        """(part, index) last compiled for the file, or (None, None)."""
        entry = self.entries.get(abspath) or {}
        return entry.get("part"), entry.get("index")

    def compiled(self, abspath: str, part: str, index: str):
        entry = self.entries.setdefault(abspath, {})
        if entry.get("part") != part or entry.get("index") != index:
            entry.update(part=part, index=index)
            self.changed = True

    def save(self):
        if not self.changed:
            return
        if len(self.entries) > STATUS_KEEP:
            newest = sorted(self.entries.items(), key=lambda kv: kv[1].get("hashed") or 0, reverse=True)[:STATUS_KEEP]
            self.entries = dict(newest)
        try:
            _write_json(self.path, {"format": FORMAT, "files": self.entries})
            self.changed = False
        except OSError:
            pass  # a cache: the next run hashes again


def _write_json(path: str, data):
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".write-", suffix=".json", dir=os.path.dirname(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class _BuildLock:
    """One process compiles a given base at a time; the others wait, then find its work (other
    bases compile meanwhile)."""

    def __init__(self, folder: str, key: str):
        self.path = os.path.join(folder, f"base-{key}.lock")
        self.fd = None

    def __enter__(self):
        try:
            import fcntl

            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except (ImportError, OSError):  # pragma: no cover - no locking here: concurrent builds are still safe
            self.fd = None
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            os.close(self.fd)  # releases the lock
        return False


# ---------------------------------------------------------------- building


def _build(folder, files, abspaths, digests, status, jobs):
    """Compile the parts and indexes the base lacks; its manifest, or None if a file changed meanwhile."""
    part_names = [f"part-{key_of('part', a, d)}.sqlite" for a, d in zip(abspaths, digests)]
    summaries = _compile_parts(folder, files, abspaths, digests, part_names, status, jobs)
    if summaries is None:
        return None
    _check_across_files(folder, files, part_names, summaries)
    entities = [e for s in summaries for e in s["entities"]]
    index_names = _compile_indexes(folder, files, abspaths, part_names, summaries, entities, status, jobs)
    length_sums = []
    for name in index_names:
        db = segments.connect(os.path.join(folder, name))
        try:
            length_sums.append(db.execute("SELECT value FROM meta WHERE key = 'length_sum'").fetchone()[0])
        finally:
            db.close()
    for a, part, index in zip(abspaths, part_names, index_names):
        status.compiled(a, part, index)
    return {"format": FORMAT, "version": __version__, "files": list(files), "parts": part_names, "indexes": index_names,
            "counts": [s["n"] for s in summaries], "length_sums": length_sums, "entities": entities,
            "sources": sum(len(s["sources"]) for s in summaries)}


def _compile_parts(folder, files, abspaths, digests, part_names, status, jobs):
    """Each file's part summary (compiling the missing parts, from the file's previous part where
    there is one); None if a file changed meanwhile. Raises the first problem of the files."""
    from .compiler import compile_part, part_summary

    summaries, tasks = [None] * len(files), []
    for i, name in enumerate(part_names):
        path = os.path.join(folder, name)
        if _trusted(path):
            try:
                summaries[i] = part_summary(path)
                continue
            except (ValueError, KeyError, segments.sqlite3.Error):
                pass  # damaged: compiled again
        previous, _ = status.previous(abspaths[i])
        previous = os.path.join(folder, previous) if previous and previous != name else None
        tasks.append((i, {"file": files[i], "digest": digests[i], "out": path, "previous": previous}))
    results = _run(compile_part, [t for _, t in tasks], jobs, [_size(files[i]) for i, _ in tasks])
    problems = []
    for (i, _), result in zip(tasks, results):
        if result.get("changed"):
            return None
        if "problem" in result:
            key, error = result["problem"]  # key: (0,) for an unreadable file, else build's order in it
            problems.append(((key[0], i) + tuple(key[1:]), error))
        else:
            summaries[i] = result["summary"]
    if problems:
        raise min(problems, key=lambda p: p[0])[1]
    return summaries


def _compile_indexes(folder, files, abspaths, part_names, summaries, entities, status, jobs) -> list:
    """Each part's index name (compiling the missing ones). An index depends on its part, the
    base's entities and, for each source its claims name, the source's title and claim count."""
    from .compiler import compile_index

    entities_key = key_of("entities", json.dumps(entities, sort_keys=True))
    titles, sizes = {}, {}
    for s in summaries:
        for sid, (title, _, _) in s["sources"].items():
            titles.setdefault(sid, title)
        for sid, count in s["refs"].items():
            sizes[sid] = sizes.get(sid, 0) + count
    index_names, tasks = [], []
    for i, s in enumerate(summaries):
        context = {sid: [titles.get(sid), sizes[sid]] for sid in sorted(s["refs"])}
        name = f"index-{key_of('index', part_names[i], entities_key, json.dumps(context, ensure_ascii=False))}.sqlite"
        index_names.append(name)
        path = os.path.join(folder, name)
        if _trusted(path) and _index_ok(path):
            continue
        previous_part, previous = status.previous(abspaths[i])
        tasks.append((i, {"part": os.path.join(folder, part_names[i]), "out": path, "entities": entities,
                          "entities_key": entities_key, "context": context,
                          "previous": os.path.join(folder, previous) if previous else None,
                          "previous_part": os.path.join(folder, previous_part) if previous_part else None}))
    _run(compile_index, [t for _, t in tasks], jobs, [_size(files[i]) for i, _ in tasks])
    return index_names


def _index_ok(path: str) -> bool:
    try:
        db = segments.connect(path)
        try:
            return db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() == (FORMAT,)
        finally:
            db.close()
    except segments.sqlite3.Error:
        return False


def _size(file: str) -> int:
    try:
        return os.path.getsize(file)
    except OSError:
        return 0


def _run(function, tasks: list, jobs: int, sizes: list) -> list:
    """function(task) for each task, in worker processes when there is enough to share; results in order."""
    if jobs <= 1 or len(tasks) <= 1 or sum(sizes) < PARALLEL_BYTES:
        return [function(task) for task in tasks]
    from concurrent.futures.process import BrokenProcessPool

    from .pool import process_pool

    try:
        with process_pool(min(jobs, len(tasks))) as pool:
            largest_first = sorted(range(len(tasks)), key=lambda i: -sizes[i])
            futures = {i: pool.submit(function, tasks[i]) for i in largest_first}
            return [futures[i].result() for i in range(len(tasks))]
    except BrokenProcessPool:  # a worker was killed (out of memory, say): one process, then
        return [function(task) for task in tasks]


def _check_across_files(folder, files, part_names, summaries):
    """What only the whole base shows, as claimbase.build reports it: a source or claim id given
    in two files, and a claim naming a source no file has."""
    from .errors import ClaimBaseError

    seen_sources: dict = {}
    seen_claims: set = set()
    for j, s in enumerate(summaries):
        for sid, (_, line, rank) in sorted(s["sources"].items(), key=lambda kv: kv[1][2]):
            if sid in seen_sources:
                first_file, first_line = seen_sources[sid]
                raise ClaimBaseError(f"duplicate source id {sid!r} (first at {first_file}:{first_line})",
                                     files[j], *_locate(files[j], "sources", rank, "id"))
        for sid, (_, line, _) in s["sources"].items():
            seen_sources[sid] = (files[j], line)
        db = segments.connect(os.path.join(folder, part_names[j]))
        try:
            ids = [row[0] for row in db.execute("SELECT id FROM claims ORDER BY id")]  # read from the id index
            if not seen_claims.isdisjoint(ids):
                doc, cid = db.execute(f"SELECT doc, id FROM claims WHERE id IN ({','.join('?' * len(ids))}) ORDER BY doc LIMIT 1",
                                      [i for i in ids if i in seen_claims][:900]).fetchone()
                first = next(k for k in range(j) if _line_of(folder, part_names[k], cid) is not None)
                raise ClaimBaseError(f"duplicate claim id {cid!r} (first at {files[first]}:{_line_of(folder, part_names[first], cid)})",
                                     files[j], *_locate(files[j], "claims", doc, "id"))
            seen_claims.update(ids)
        finally:
            db.close()
    seen_claims.clear()
    for j, s in enumerate(summaries):
        missing = [sid for sid in s["refs"] if sid not in seen_sources]
        if missing:
            db = segments.connect(os.path.join(folder, part_names[j]))
            try:
                doc, cid, sid = db.execute(f"SELECT doc, id, source FROM claims WHERE source IN ({','.join('?' * len(missing))}) "
                                           "ORDER BY doc LIMIT 1", missing).fetchone()
            finally:
                db.close()
            raise ClaimBaseError(f"claim {cid!r} names unknown source {sid!r}", files[j], *_locate(files[j], "claims", doc, "source"))


def _line_of(folder, part_name, claim_id):
    db = segments.connect(os.path.join(folder, part_name))
    try:
        row = db.execute("SELECT line FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return row[0] if row else None
    finally:
        db.close()


def _locate(file: str, section: str, index: int, key: str) -> tuple:
    """(line, column) of ``key``'s value in item ``index`` of ``section``: the file read again, as
    only an error needs it."""
    from . import yamlsafe

    data = yamlsafe.load(yamlsafe.read_text(file), file)
    return yamlsafe.position_of(data[section][index], key)


def _prune(folder: str):
    """Keep the KEEP most recently used manifests and what they name; remove the rest (and the
    files of older cache formats)."""
    import time

    try:
        names = os.listdir(folder)
    except OSError:
        return
    manifests = sorted((n for n in names if n.startswith("base-") and n.endswith(".json")),
                       key=lambda n: _mtime(os.path.join(folder, n)), reverse=True)
    named = set()
    for n in manifests[:KEEP]:
        try:
            with open(os.path.join(folder, n), encoding="utf-8") as f:
                manifest = json.load(f)
            named.update(manifest.get("parts") or ())
            named.update(manifest.get("indexes") or ())
        except (OSError, ValueError, AttributeError, RecursionError):
            pass
    now = time.time()
    for n in names:
        path = os.path.join(folder, n)
        old = now - _mtime(path) > ORPHAN_AGE
        if (n in manifests[KEEP:] or (n.startswith(("part-", "index-")) and n not in named and old)
                or (n.startswith("base-") and n.endswith(".sqlite")) or (n.startswith(".") and old)
                or (n.endswith(".lock") and old and n[:-5] + ".json" not in manifests[:KEEP])):
            try:
                os.unlink(path)
            except OSError:
                pass


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


# ---------------------------------------------------------------- reading


class _Memo(dict):
    """A dict that forgets everything when full: a bound for memos of a long-running process."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def put(self, key, value):
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


class CachedBase:
    """The claim base as the engine reads it, backed by the cache: claims and sources load by id
    or position when asked for, never all at once."""

    CLAIM_MEMO = 50_000

    def __init__(self, files, entities, parts, source_count):
        self.files = files
        self.entities = [segments.entity_from_record(e) for e in entities]
        self._parts = parts
        self._part_by_file = {p.file: p for p in parts}
        self._offsets = [p.offset for p in parts]
        self._n = sum(p.n for p in parts)
        self._claims = _Memo(self.CLAIM_MEMO)
        self.sources = CachedSources(parts, source_count)
        self._sizes = SourceSizes(parts)

    def __len__(self):
        return self._n

    def _part_of(self, doc: int):
        return self._parts[bisect_right(self._offsets, doc) - 1]

    def claim_at(self, doc: int):
        claim = self._claims.get(doc)
        if claim is None:
            if not 0 <= doc < self._n:
                raise IndexError(doc)
            part = self._part_of(doc)
            claim = self._claims.put(doc, part.claim(doc - part.offset))
        return claim

    def read_claims(self, docs) -> None:
        """Read the claims ``docs`` not read yet together, one query a part (a search's candidates),
        for claim_at to give."""
        wanted = [doc for doc in dict.fromkeys(docs) if doc not in self._claims and 0 <= doc < self._n]
        if len(wanted) < 2 or len(wanted) > self._claims.size:
            return  # one at a time, as asked
        if len(self._claims) + len(wanted) > self._claims.size:
            self._claims.clear()  # as put does when full
        by_part: dict = {}
        for doc in wanted:
            by_part.setdefault(self._part_of(doc), []).append(doc)
        for part, found in by_part.items():
            for local, claim in part.claims([doc - part.offset for doc in found]):
                self._claims[part.offset + local] = claim
        # and their sources, as source_of will ask for them
        self.sources.read([(claim.source, self._part_by_file.get(claim.path))
                           for claim in (self._claims.get(doc) for doc in wanted) if claim is not None])

    @property
    def claims(self):
        """Every claim: reads the whole base (for tools that need it all)."""
        return [self.claim_at(doc) for doc in range(self._n)]

    def doc_of(self, claim_id: str):
        for part in self._parts:
            local = part.doc_of(claim_id)
            if local is not None:
                return part.offset + local
        return None

    def claim(self, claim_id: str):
        doc = self.doc_of(claim_id)
        return None if doc is None else self.claim_at(doc)

    def source_of(self, claim):
        """The claim's source, looked for first in the claim's own file (where sources mostly are)."""
        return self.sources.find(claim.source, self._part_by_file.get(claim.path))

    def same_fact(self, claim):
        if not claim.fact:
            return []
        out = []
        for part in self._parts:
            out.extend(self.claim_at(part.offset + d) for d in part.fact_docs(claim.fact))
        return [c for c in out if c.id != claim.id]

    def article_texts(self, source_id: str, most: int) -> list:
        """The texts of the first ``most`` claims of one source, read from the parts, not the claims."""
        out = []
        for part in self._parts:
            if len(out) >= most:
                break
            out.extend(part.source_texts(source_id, most - len(out)))
        return out

    def source_sizes(self):
        """source id -> how many claims it has in the whole base (a mapping read as asked)."""
        return self._sizes


class CachedSources(Mapping):
    """source id -> Source, read from the parts by id (the first file that has it, as when loading)."""

    def __init__(self, parts, count: int):
        self._parts, self._count = parts, count
        self._memo = _Memo(MEMO_TERMS)

    def __getitem__(self, source_id):
        found = self.find(source_id)
        if found is None:
            raise KeyError(source_id)
        return found

    def find(self, source_id, likely=None):
        """The source, or None; ``likely`` is a part to look in first (its claim's own file)."""
        found = self._memo.get(source_id, _MISSING)
        if found is _MISSING:
            found = likely.source(source_id) if likely is not None else None
            for part in self._parts if found is None else ():
                found = part.source(source_id)
                if found is not None:
                    break
            self._memo.put(source_id, found)
        return found

    def read(self, wanted) -> None:
        """Read the sources of (source id, the part to look in first) pairs not known yet together,
        one query a part, leaving the memo as ``find`` asked in that order would (a source not in
        its first part is left for ``find`` to look for)."""
        first = {}
        for source_id, likely in wanted:
            if source_id not in self._memo and likely is not None:
                first.setdefault(source_id, likely)
        if not first or len(self._memo) + len(first) > self._memo.size:
            return  # nothing to read, or the memo would forget them before they are asked for
        by_part: dict = {}
        for source_id, part in first.items():
            by_part.setdefault(part, []).append(source_id)
        for part, ids in by_part.items():
            for source in part.sources_by_id(ids):
                self._memo.put(source.id, source)

    def __iter__(self):
        seen = set()
        for part in self._parts:
            for source in part.sources():
                if source.id not in seen:
                    seen.add(source.id)
                    yield source.id

    def __len__(self):
        return self._count


class SourceSizes(Mapping):
    """source id -> claims it has across the base's files."""

    def __init__(self, parts):
        self._parts = parts
        self._memo = _Memo(MEMO_TERMS)

    def __getitem__(self, source_id):
        count = self._memo.get(source_id)
        if count is None:
            count = self._memo.put(source_id, sum(p.source_claims(source_id) for p in self._parts))
        if not count:
            raise KeyError(source_id)
        return count

    def __iter__(self):
        return iter(())  # not listed: a base has too many sources to list for a look-up

    def __len__(self):
        return 0


_MISSING = object()


class CachedIndex(ClaimIndex):
    """The BM25 index over the base's files: each term's posting list read from every index file
    that has it, memoised up to POSTING_MEMO doc ids (least recently used go first)."""

    def __init__(self, files, n, avg_length, spans=()):
        self.files, self.n, self.avg_length, self.spans = files, n, avg_length, spans
        self._by_start = {f.offset: f for f in files if f.n}  # an empty file starts where the next does
        self._pieces: OrderedDict = OrderedDict()
        self._held = 0
        self._dfs = _Memo(MEMO_TERMS)

    def df(self, term) -> int:
        df = self._dfs.get(term)
        if df is None:
            held = self._pieces.get(term)
            df = self._dfs.put(term, sum(len(p[1]) for p in held) if held is not None else sum(f.df(term) for f in self.files))
        return df

    def read_dfs(self, terms) -> None:
        """Document frequencies of the terms not yet known, one query per index file for them all."""
        if len(self._dfs) + len(terms) > self._dfs.size:
            return  # the memo would forget them before they are asked for: read them as asked
        wanted = list(dict.fromkeys(t for t in terms if t not in self._dfs and t not in self._pieces))
        if not wanted:
            return
        found = dict.fromkeys(wanted, 0)
        # each file's counts too, for the files that weigh their own words, while the memo holds them
        own = {(c.lo, c.n) for c in self.collections}
        local = self.local_memo("dfs")
        keep = len(local) + len(wanted) * len(own) <= LOCAL_MEMO
        for f in self.files:
            in_file = dict.fromkeys(wanted, 0) if keep and (f.offset, f.n) in own else None
            for term, df in f.dfs(wanted):
                found[term] += df
                if in_file is not None:
                    in_file[term] = df
            if in_file is not None:
                local.update(((f.offset, term), df) for term, df in in_file.items())
        self._dfs.update(found)

    def uncommon_pieces(self, term):
        """As ClaimIndex's, reading only the posting lists of the files where the term is uncommon."""
        key = (term, "uncommon")
        held = self._pieces.get(key)
        if held is not None:
            self._pieces.move_to_end(key)
            return held
        if term in self._pieces or not self.df(term):
            return super().uncommon_pieces(term)
        held = []
        for f in self.files:
            if not f.n:
                continue
            within = self.collection_at(f.offset)
            df = within.df(term) if within is not self else f.df(term)
            if df and self.uncommon_in(within, term, df):
                found = f.posting(term)
                if found is not None:
                    held.append((f.offset, found[0], found[1], f.lengths))
        self._hold(key, held)
        return held

    def df_between(self, term, lo: int, hi: int) -> int:
        f = self._by_start.get(lo)
        if f is not None and f.offset + f.n == hi:  # one file: its count, without reading its list
            held = self._pieces.get(term)
            if held is None:
                return f.df(term)
        return super().df_between(term, lo, hi)

    def pieces(self, term):
        held = self._pieces.get(term)
        if held is not None:
            self._pieces.move_to_end(term)
            return held
        held = []
        if self.df(term):
            for f in self.files:
                found = f.posting(term)
                if found is not None:
                    held.append((f.offset, found[0], found[1], f.lengths))
        self._hold(term, held)
        return held

    def _hold(self, key, held) -> None:
        self._pieces[key] = held
        self._held += sum(len(p[1]) for p in held)
        while self._held > POSTING_MEMO and len(self._pieces) > 1:
            _, dropped = self._pieces.popitem(last=False)
            self._held -= sum(len(p[1]) for p in dropped)


class Vocabulary:
    """The lower-case words the base's claims use, asked word by word (``word in vocabulary``)."""

    def __init__(self, files):
        self._files = files
        self._memo = _Memo(MEMO_TERMS)

    def __contains__(self, word) -> bool:
        found = self._memo.get(word)
        if found is None:
            found = self._memo.put(word, any(f.has_word(word) for f in self._files))
        return found

    def __iter__(self):
        """Every word (reads the whole vocabulary: for tools that need it all)."""
        seen = set()
        for f in self._files:
            for (word,) in f.db.execute("SELECT word FROM vocabulary"):
                if word not in seen:
                    seen.add(word)
                    yield word
