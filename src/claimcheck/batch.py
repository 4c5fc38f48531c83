"""Scanning drafts in worker processes on this machine, findings in the serial order.

Many drafts: each worker opens the checker the parent opened (the same claim base files,
thresholds and cache use: ``Checker.opened_with``), from the cache the parent has just made
sure of, and scans whole drafts; results come back in the order the drafts were given, whatever
order the workers finish in, with at most a few chunks in flight so memory stays bounded.

One long draft: the parent reads its sentences in order (a sentence's pronouns and dates come
from the ones before it: ``Checker.prepare``), then the checking of those readings, which
depends on each reading alone, is shared between the parent and workers forked from it (they
start with its open base and memos, not re-reading the base); the parent takes chunks from the
end while the workers take them from the start, and the findings are put back in order.
"""

from __future__ import annotations

from collections import deque

CHUNK_CHARS = 20_000  # drafts travel to a worker in chunks of about this much text
PARALLEL_CHARS = 40_000  # less text than this is scanned in-process: a worker costs more than it saves
SPLIT_SENTENCES = 60  # a single draft with fewer sentences is checked in-process (benchmarks/bench.py)
SPLIT_CHUNK = 8  # sentences of one draft handed out at a time
SPLIT_TAPER = 6  # where the processes meet, a chunk holds 1/SPLIT_TAPER of its distance from there (see _tapered)


def is_markdown(path: str, syntax: str = "auto") -> bool:
    """Read as Markdown: by ``syntax`` (markdown | plain), else by the file's suffix (stdin is Markdown)."""
    from .article import MARKDOWN_SUFFIXES

    if syntax != "auto":
        return syntax == "markdown"
    return path == "-" or path.lower().endswith(MARKDOWN_SUFFIXES)


def read_draft(path: str, encoding: str = "utf-8") -> str:
    from .errors import DraftError
    from .textio import decode, read_bytes

    return decode(read_bytes(path, DraftError), path, encoding, DraftError, encoding_hint=True)


def scan_drafts(checker, drafts, jobs: int = 1, **options):
    """The findings of each draft (a list per draft, in order); ``drafts``: (name, text, markdown)
    tuples; ``options``: Checker.scan's (date, context). With ``jobs`` above 1 and enough text,
    they are scanned by that many worker processes."""
    drafts = list(drafts)
    spec = getattr(checker, "opened_with", None)
    if len(drafts) == 1 and jobs > 1 and spec is not None:
        name, text, markdown = drafts[0]
        yield list(split_scan(checker, text, name, markdown, jobs, **options))
        return
    if jobs <= 1 or len(drafts) < 2 or spec is None or sum(len(t) for _, t, _ in drafts) < PARALLEL_CHARS:
        for name, text, markdown in drafts:
            yield list(checker.scan(text, name, markdown=markdown, **options))
        return
    yield from _in_workers(spec, _chunks(drafts), jobs, options)


def _chunks(drafts):
    chunk, size = [], 0
    for draft in drafts:
        chunk.append(draft)
        size += len(draft[1])
        if size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _in_workers(spec, chunks, jobs: int, options):
    from .pool import process_pool

    with process_pool(jobs, _open_worker, (spec,)) as pool:
        pending = deque()
        for chunk in chunks:
            pending.append(pool.submit(_scan_chunk, chunk, options))
            if len(pending) >= 4 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


_worker_checker = None


def _open_worker(spec):
    global _worker_checker
    from .engine import open_checker

    files, thresholds, use_cache = spec
    _worker_checker = open_checker(files, thresholds, use_cache=use_cache, jobs=1)


def _scan_chunk(chunk, options) -> list:
    return [list(_worker_checker.scan(text, name, markdown=markdown, **options)) for name, text, markdown in chunk]


def split_scan(checker, text: str, path: str, markdown: bool = True, jobs: int = 1, **options):
    """The findings of one draft, as ``checker.scan`` gives them, with its checking shared by
    ``jobs`` processes (this one and forked workers) when it has SPLIT_SENTENCES sentences or more
    and the platform forks. ``options``: Checker.scan's (date, context)."""
    from .engine import older_objects_set_aside
    from .pool import forks

    pairs, silenced = checker.prepare(text, markdown, **options)
    if jobs <= 1 or len(pairs) < SPLIT_SENTENCES or not forks() or _semantic(checker):
        with older_objects_set_aside():  # as checker.scan checks them
            yield from checker.findings(pairs, path, silenced)
        return
    yield from _shared(checker, path, pairs, silenced, jobs)


def _semantic(checker) -> bool:
    """Is a sentence-embedding model in force? Each worker would load it anew: not worth it."""
    from . import decide

    return checker.use_semantic if checker.use_semantic is not None else bool(decide.semantic_model())


def _shared(checker, path, pairs, silenced, jobs: int):
    global _forked_checker
    from .engine import older_objects_set_aside
    from .pool import process_pool

    workers = max(1, jobs - 1)
    chunks = _tapered(pairs, len(pairs) * workers / (workers + 1))
    # forked at once, the workers start on the first chunks while this process takes the last ones:
    # what checking loads when first needed (the check-worthiness model) each process loads for
    # itself, at the same time, rather than this one alone before the fork (a 250-sentence draft
    # at 100k claims: 0.08 s of checking taken off the time no worker runs)
    done = [None] * len(chunks)
    _forked_checker = checker  # what the workers start with (fork keeps it)
    try:
        with older_objects_set_aside(), process_pool(max(1, min(workers, len(chunks)))) as pool:
            futures = [pool.submit(_check_chunk, path, chunk, _lines_of(chunk, silenced)) for chunk in chunks]
            for i in reversed(range(len(chunks))):  # this process works from the end while a chunk is left
                if not futures[i].cancel():
                    break
                done[i] = list(checker.findings(chunks[i], path, silenced))
            for i in range(len(chunks)):
                yield from done[i] if done[i] is not None else futures[i].result()
    finally:
        _forked_checker = None


_forked_checker = None


def _tapered(pairs, meeting: float) -> list:
    """Chunks of SPLIT_CHUNK sentences, smaller toward ``meeting``, about where the workers taking
    chunks from the start meet this process taking them from the end: the one that is done first
    waits alone for the chunks the others have begun or have queued (a few), so those are short
    (a 250-sentence draft at 100k claims: the wait at the end 0.2 s -> 0.02-0.05 s, of 1.4 s)."""
    chunks, at = [], 0
    while at < len(pairs):
        size = max(1, min(SPLIT_CHUNK, int(abs(meeting - at) // SPLIT_TAPER)))
        chunks.append(pairs[at : at + size])
        at += size
    return chunks


def _lines_of(chunk, silenced) -> set:
    return {s.line for s, _ in chunk if s.line in silenced}


def _check_chunk(path, chunk, silenced) -> list:
    return list(_forked_checker.findings(chunk, path, silenced))
