"""Compile one claim base file into the cache: its part (pass 1) and its index (pass 2).

Pass 1 streams the YAML item by item, so memory stays bounded whatever the file's size, and
validates each item as claimbase.build does; an item written exactly as in the file's previous
part (the same text at the same column) is copied from there, not composed again. Pass 2 turns
the part's claims into posting lists with index.IndexTerms, again reusing the previous index for
claims that did not change. Tasks and results are plain data: they run in worker processes too.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from array import array
from collections import Counter

from . import segments
from .errors import ClaimBaseError
from .segments import blake2b, digest

PHASES = {"entities": 1, "sources": 2, "claims": 3}  # the order claimbase.build checks a file in
END_PHASE = 4
BATCH = 2000  # rows written at a time


def _item_key(item) -> bytes:
    """What makes an item the same item again: its text and the column it starts at."""
    return blake2b(f"{item.column}:{item.source}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _temporary(final: str) -> str:
    fd, tmp = tempfile.mkstemp(prefix=".build-", suffix=".sqlite", dir=os.path.dirname(final))
    os.close(fd)
    return tmp


# ---------------------------------------------------------------- pass 1: the part


def compile_part(task: dict) -> dict:
    """Read ``task["file"]`` into a part at ``task["out"]``.

    ``task``: file, digest (of the bytes the caller hashed), out, previous (an earlier part of the
    same file, or None). Returns {"summary": ...} (see :func:`part_summary`), {"problem": (sort key,
    ClaimBaseError)} for a file claimbase.build would refuse, or {"changed": True} when the file
    no longer has the caller's digest.
    """
    from . import textio

    path = task["file"]
    try:
        data = textio.read_bytes(path, ClaimBaseError, textio.MAX_BYTES)
    except ClaimBaseError:
        return {"changed": True}
    if digest(data) != task["digest"]:
        return {"changed": True}
    try:
        text = textio.decode(data, path, "utf-8", ClaimBaseError)
    except ClaimBaseError as exc:
        return {"problem": ((0,), exc)}
    del data
    writer = _PartWriter(task["out"], path, task.get("previous"))
    try:
        problem = _read_file(text, path, writer)
    except ClaimBaseError as exc:  # the YAML itself: nothing of the file is read, as with yamlsafe.load
        writer.abandon()
        return {"problem": ((0,), exc)}
    except BaseException:
        writer.abandon()
        raise
    if problem is not None:
        writer.abandon()
        return {"problem": problem}
    writer.finish()
    return {"summary": part_summary(task["out"])}


def _read_file(text: str, path: str, writer) -> tuple | None:
    """Stream the file into ``writer``; the first problem (by claimbase.build's order) or None."""
    from . import claimbase, yamlsafe

    raw_problems: list = []
    reader = claimbase.ItemReader(path, raw_problems)
    first = None  # (sort key, error) of the first problem by build's order, once there is one

    def note(*key):
        nonlocal first
        if raw_problems:
            found = ((1,) + key, raw_problems[0])
            first = found if first is None or found[0] < first[0] else first
            raw_problems.clear()

    keys = set()
    root_pos = None  # where the top-level mapping starts, when the file is one
    key_index = 0
    source_lines: dict = {}
    claim_lines: dict = {}
    for event in yamlsafe.stream(text, path, tuple(PHASES)):
        kind = event[0]
        if kind == "mapping":
            root_pos = event[1]
        elif kind == "root":
            value, pos = event[1], event[2]
            if value is None:
                reader.error(None, None, "empty claim base file (expected 'sources:' and 'claims:')", pos=(1, 1))
            else:
                reader.error(None, None, "a claim base is a mapping with 'sources:' and 'claims:'",
                             pos=pos if isinstance(value, (list, dict)) else (1, 1))
            note(0, 0)
        elif kind == "key":
            _, key, key_pos, value_pos, value = event
            keys.add(key)
            if key not in claimbase.TOP_KEYS:
                reader.error(None, None, f"unknown top-level key {key!r} (expected one of: {', '.join(sorted(claimbase.TOP_KEYS))})",
                             pos=key_pos)
                note(0, key_index)
            elif key in PHASES and value is not yamlsafe.LIST_FOLLOWS and value is not None:
                reader.error(None, None, f"'{key}' must be a list, not {claimbase._type_name(value)}", pos=value_pos)
                note(PHASES[key], -1)
            key_index += 1
        else:  # an item of entities, sources or claims
            _, key, index, item = event
            phase = PHASES[key]
            if first is not None and first[0] < (1, phase, index):
                continue  # the file is refused for an earlier problem: nothing here comes first
            item_key = _item_key(item) if phase == 3 and writer.previous else None
            if item_key is not None and first is None:
                claim_id = writer.reusable(item_key)
                if claim_id is not None and claim_id not in claim_lines:
                    claim_lines[claim_id] = item.line
                    writer.reuse(item_key, item.line)
                    continue
            raw = item.value()
            if not isinstance(raw, dict):
                reader.error(None, None, f"each item of '{key}' must be a mapping, not {claimbase._type_name(raw)}",
                             pos=(item.line, item.column + 1))
                note(phase, index)
                continue
            if phase == 1:
                entity = reader.entity(raw)
                if entity is not None and first is None:
                    writer.entity(entity)
            else:  # a source or a claim: its id must be new in the file
                record = reader.source(raw) if phase == 2 else reader.claim(raw)
                seen = source_lines if phase == 2 else claim_lines
                if record is not None and record.id in seen:
                    what = "source" if phase == 2 else "claim"
                    reader.error(raw, "id", f"duplicate {what} id {record.id!r} (first at {path}:{seen[record.id]})")
                elif record is not None:
                    seen[record.id] = record.line
                    if first is None and not raw_problems:
                        if phase == 2:
                            writer.source(index, record)
                        else:
                            writer.claim(record, item_key or _item_key(item))
            note(phase, index)
    if root_pos is not None and not keys.intersection(("sources", "claims")):
        reader.error(None, None, "no 'sources:' or 'claims:' in this file", pos=root_pos)
        note(END_PHASE, 0)
    return first


class _PartWriter:
    """Rows into a new part file, in batches; the file appears under its name only when complete.
    Claims copied from the previous part are copied by SQLite itself, in one statement at the end."""

    def __init__(self, out: str, file: str, previous):
        self.out, self.file = out, file
        self.tmp = _temporary(out)
        self.db = sqlite3.connect(self.tmp)
        self.db.executescript(segments.PART_SCHEMA)
        self.db.execute("CREATE TEMP TABLE copied (doc INTEGER PRIMARY KEY, old INTEGER, line INTEGER)")
        self.claims: list = []
        self.copied: list = []
        self.sources: list = []
        self.entities: list = []
        self.refs: Counter = Counter()
        self.n = 0
        self.previous_docs = array("i")
        self.previous = None  # item key -> (doc, id, source) in the previous part
        self.previous_path = None
        if previous and os.path.isfile(previous):
            try:
                old = segments.connect(previous)
                try:
                    if segments.meta_of(old).get("format") == segments.FORMAT:
                        self.previous = {row[0]: row[1:] for row in old.execute("SELECT item, doc, id, source FROM claims")}
                        self.previous_path = previous
                finally:
                    old.close()
            except sqlite3.Error:
                self.previous = None

    def reusable(self, item_key: bytes):
        """The id of the previous part's claim written exactly as the item, else None."""
        found = self.previous.get(item_key)
        return found[1] if found else None

    def reuse(self, item_key: bytes, line: int):
        old_doc, _, source = self.previous[item_key]
        self.previous_docs.append(old_doc)
        self.copied.append((self.n, old_doc, line))
        self.n += 1
        self.refs[source] += 1
        if len(self.copied) >= BATCH:
            self._flush()

    def claim(self, claim, item_key: bytes):
        self.previous_docs.append(-1)
        self.claims.append(segments.claim_row(self.n, claim, item_key))
        self.n += 1
        self.refs[claim.source] += 1
        if len(self.claims) >= BATCH:
            self._flush()

    def _flush(self):
        self.db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.claims)
        self.db.executemany("INSERT INTO copied VALUES (?, ?, ?)", self.copied)
        self.claims.clear()
        self.copied.clear()

    def source(self, rank: int, source):
        self.sources.append(segments.source_row(rank, source))

    def entity(self, entity):
        self.entities.append(segments.entity_record(entity))

    def finish(self):
        from . import __version__

        self._flush()
        if self.previous_path:
            self.db.execute("ATTACH DATABASE ? AS old", (self.previous_path,))
            columns = segments.CLAIM_COLUMNS.replace("doc, ", "").replace("line, ", "")
            self.db.execute(f"INSERT INTO claims (doc, line, {columns}, item) SELECT copied.doc, copied.line, "
                            f"{', '.join('c.' + c.strip() for c in columns.split(','))}, c.item "
                            "FROM copied JOIN old.claims AS c ON c.doc = copied.old")
            self.db.commit()
            self.db.execute("DETACH DATABASE old")
        self.db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.sources)
        self.db.executemany("INSERT INTO refs VALUES (?, ?)", self.refs.items())
        self.db.executescript(segments.PART_INDEXES)
        meta = {"format": segments.FORMAT, "version": __version__, "file": self.file, "n": self.n,
                "entities": json.dumps(self.entities, ensure_ascii=False),
                "previous": os.path.basename(self.previous_path) if self.previous_path else None,
                "previous_docs": self.previous_docs.tobytes() if self.previous_path else None}
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        self.db.commit()
        self.db.close()
        self.previous = None
        os.replace(self.tmp, self.out)

    def abandon(self):
        try:
            self.db.close()
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def part_summary(path: str) -> dict:
    """What the rest of the base needs to know of a part: its claims count, entities, sources
    (id -> [title, line, rank]) and how many claims each source has in it."""
    db = segments.connect(path)
    try:
        meta = segments.meta_of(db)
        if meta.get("format") != segments.FORMAT:
            raise ValueError("not a part of this format")
        return {
            "n": meta["n"], "entities": json.loads(meta["entities"]),
            "sources": {sid: [title, line, rank] for rank, sid, title, line in db.execute("SELECT rank, id, title, line FROM sources")},
            "refs": dict(db.execute("SELECT source, claims FROM refs")),
        }
    finally:
        db.close()


# ---------------------------------------------------------------- pass 2: the index


def compile_index(task: dict) -> dict:
    """Posting lists of the part ``task["part"]`` into ``task["out"]``.

    ``task``: part, out, entities (of the whole base, as dicts), entities_key, context (source id
    -> [title, claims in the whole base] for the sources the part's claims name), and previous /
    previous_part (an index of an earlier part of the same file and that part, or None): claims
    copied from there keep their postings unless their source's title or size changed.
    Returns {"n": claims}.
    """
    from .index import IndexTerms

    terms = IndexTerms([segments.entity_from_record(e) for e in task["entities"]])
    context = {sid: tuple(v) for sid, v in task["context"].items()}
    part = segments.connect(task["part"])
    try:
        meta = segments.meta_of(part)
        previous = _previous_index(task, meta)
        if previous is not None:
            built = _reindex(part, meta, terms, context, *previous)
        else:
            built = _index(part, meta, terms, context)
    finally:
        part.close()
    _write_index(task, *built, context)
    return {"n": len(built[2])}


def _claims_of(part, meta, where: str = "", args=()):
    file = meta["file"]
    for row in part.execute(f"SELECT {segments.CLAIM_COLUMNS} FROM claims {where} ORDER BY doc", args):
        yield row[0], segments.claim_from_row(row, file)


def _fields(terms, claim, context):
    title, size = context.get(claim.source, (None, 1))
    return terms.claim(claim, title, size)


def _index(part, meta, terms, context):
    from .index import Postings

    postings = Postings()
    vocabulary: Counter = Counter()
    for _, claim in _claims_of(part, meta):
        fields, words = _fields(terms, claim, context)
        postings.add(fields)
        vocabulary.update(set(words))
    return postings.lists, {}, postings.lengths, vocabulary


def _previous_index(task, meta):
    """(previous index db, previous part db, new doc -> previous doc) when pass 2 can start from them."""
    previous, previous_part = task.get("previous"), task.get("previous_part")
    # the part itself, when only its context changed (another file gave one of its sources claims)
    same_part = bool(previous_part) and os.path.basename(previous_part) == os.path.basename(task["part"])
    if not (previous and previous_part and (same_part or meta.get("previous") == os.path.basename(previous_part))
            and os.path.isfile(previous) and os.path.isfile(previous_part)):
        return None
    try:
        old = segments.connect(previous)
        old_meta = segments.meta_of(old)
        if (old_meta.get("format") != segments.FORMAT or old_meta.get("entities_key") != task["entities_key"]
                or old_meta.get("part") != os.path.basename(previous_part)):
            old.close()
            return None
    except sqlite3.Error:
        return None
    docs = array("i", range(int(meta["n"]))) if same_part else array("i")
    if not same_part:
        docs.frombytes(meta["previous_docs"])
    return old, segments.connect(previous_part), docs


def _reindex(part, meta, terms, context, old, old_part, previous_docs):
    """Pass 2 from the previous index: claims copied unchanged keep their postings (renumbered
    when claims moved), the others are indexed afresh, and posting lists no changed claim touches
    are copied as stored. The result equals a full pass 2."""
    from .index import weighted

    try:
        old_context = {sid: (title, claims) for sid, title, claims in old.execute("SELECT source, title, claims FROM context")}
        old_n = int(segments.meta_of(old)["n"])
        old_lengths = array("f")
        old_lengths.frombytes(old.execute("SELECT value FROM meta WHERE key = 'lengths'").fetchone()[0])
        n = int(meta["n"])
        new_of_old = array("i", [-1]) * old_n
        fresh = []
        for doc, source in part.execute("SELECT doc, source FROM claims ORDER BY doc"):
            was = previous_docs[doc]
            if was >= 0 and old_context.get(source) == context.get(source):
                new_of_old[was] = doc
            else:
                fresh.append(doc)  # new or edited, or its source's title or size changed
        lengths = array("f", bytes(4 * n))
        moved = False
        for was, doc in enumerate(new_of_old):
            if doc >= 0:
                lengths[doc] = old_lengths[was]
                moved = moved or doc != was
        vocabulary = Counter(dict(old.execute("SELECT word, docs FROM vocabulary")))
        touched = set()  # terms of the claims no longer indexed as they were
        gone = [was for was, doc in enumerate(new_of_old) if doc < 0]
        for _, claim in _claims_in(old_part, gone):
            fields, words = _fields(terms, claim, old_context)
            touched.update(weighted(fields))
            vocabulary.subtract(set(words))
        added: dict = {}
        for doc, claim in _claims_in(part, fresh):
            fields, words = _fields(terms, claim, context)
            tf = weighted(fields)
            lengths[doc] = sum(tf.values())
            for term, freq in tf.items():
                added.setdefault(term, []).append((doc, freq))
            vocabulary.update(set(words))
        lists, packed = {}, {}
        for term, df, docs_blob, tfs_blob in old.execute("SELECT term, df, docs, tfs FROM postings"):
            if not moved and term not in touched and term not in added:
                packed[term] = (df, docs_blob, tfs_blob)  # no claim of it changed: stored as it was
                continue
            docs, tfs = segments.unpack(df, docs_blob, tfs_blob)
            kept = [(new_of_old[d], f) for d, f in zip(docs, tfs) if new_of_old[d] >= 0] + added.pop(term, [])
            if kept:
                lists[term] = _arrays(kept)
        for term, kept in added.items():
            lists[term] = _arrays(kept)
        return lists, packed, lengths, +vocabulary  # + drops the words no claim uses any more
    finally:
        old.close()
        old_part.close()


def _arrays(entries) -> tuple:
    entries.sort()
    return array("I", [d for d, _ in entries]), array("f", [f for _, f in entries])


def _claims_in(db, docs):
    """(doc, Claim) of the given docs of a part, by doc."""
    file = segments.meta_of(db)["file"]
    for start in range(0, len(docs), 500):
        chunk = docs[start : start + 500]
        rows = db.execute(f"SELECT {segments.CLAIM_COLUMNS} FROM claims WHERE doc IN ({','.join('?' * len(chunk))}) ORDER BY doc", chunk)
        for row in rows:
            yield row[0], segments.claim_from_row(row, file)


def _write_index(task, lists, packed, lengths, vocabulary, context):
    """``lists``: term -> (doc ids, frequencies); ``packed``: term -> (df, blobs) as stored before."""
    from . import __version__

    tmp = _temporary(task["out"])
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript(segments.INDEX_SCHEMA)
            db.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)",
                           ((term, len(docs), *segments.pack(docs, tfs)) for term, (docs, tfs) in lists.items()))
            db.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)", ((term, *blobs) for term, blobs in packed.items()))
            db.executemany("INSERT INTO vocabulary VALUES (?, ?)", vocabulary.items())
            db.executemany("INSERT INTO context VALUES (?, ?, ?)", ((sid, t, c) for sid, (t, c) in context.items()))
            meta = {"format": segments.FORMAT, "version": __version__, "part": os.path.basename(task["part"]),
                    "entities_key": task["entities_key"], "n": len(lengths), "length_sum": sum(lengths),
                    "lengths": lengths.tobytes()}
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.commit()
        finally:
            db.close()
        os.replace(tmp, task["out"])
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
