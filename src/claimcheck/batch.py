"""Scanning many drafts: in worker processes on this machine, findings in the serial order.

Each worker opens the checker the parent opened (the same claim base files, thresholds and
cache use: ``Checker.opened_with``), from the cache the parent has just made sure of, and
scans whole drafts; results come back in the order the drafts were given, whatever order the
workers finish in, with at most a few chunks in flight so memory stays bounded.
"""

from __future__ import annotations

from collections import deque

CHUNK_CHARS = 20_000  # drafts travel to a worker in chunks of about this much text
PARALLEL_CHARS = 40_000  # less text than this is scanned in-process: a worker costs more than it saves


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
