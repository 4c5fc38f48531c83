"""Scanning many drafts: in worker processes on this machine, findings in the serial order.

Each worker opens the checker the parent opened (the same claim base files, thresholds and
cache use: ``Checker.opened_with``), from the cache the parent has just made sure of, and
scans whole drafts; results come back in the order the drafts were given, whatever order the
workers finish in, with at most a few chunks in flight so memory stays bounded.
"""

from __future__ import annotations

from collections import deque

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd", ".mdown")
CHUNK_CHARS = 20_000  # drafts travel to a worker in chunks of about this much text
PARALLEL_CHARS = 40_000  # less text than this is scanned in-process: a worker costs more than it saves


def is_markdown(path: str, syntax: str = "auto") -> bool:
    """Read as Markdown: by ``syntax`` (markdown | plain), else by the file's suffix (stdin is Markdown)."""
    if syntax != "auto":
        return syntax == "markdown"
    return path == "-" or path.lower().endswith(MARKDOWN_SUFFIXES)


def read_draft(path: str, encoding: str = "utf-8") -> str:
    from .errors import DraftError
    from .textio import decode, read_bytes

    return decode(read_bytes(path, DraftError), path, encoding, DraftError)


def scan_drafts(checker, drafts, jobs: int = 1):
    """Findings of every draft, in order; ``drafts``: (name, text, markdown) tuples. With ``jobs``
    above 1 and enough text, they are scanned by that many worker processes."""
    drafts = list(drafts)
    spec = getattr(checker, "opened_with", None)
    if jobs <= 1 or len(drafts) < 2 or spec is None or sum(len(t) for _, t, _ in drafts) < PARALLEL_CHARS:
        for name, text, markdown in drafts:
            yield from checker.scan(text, name, markdown=markdown)
        return
    yield from _in_workers(spec, _chunks(drafts), jobs)


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


def process_pool(workers: int, initializer=None, initargs=()):
    """A pool of worker processes, forked where that is safe (Linux): a script that scans with
    claimcheck need not guard its main module, and workers start without importing anew."""
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    fork = "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork" if fork else None),
                               initializer=initializer, initargs=initargs)


def _in_workers(spec, chunks, jobs: int):
    with process_pool(jobs, _open_worker, (spec,)) as pool:
        pending = deque()
        for chunk in chunks:
            pending.append(pool.submit(_scan_chunk, chunk))
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


def _scan_chunk(chunk) -> list:
    out = []
    for name, text, markdown in chunk:
        out.extend(_worker_checker.scan(text, name, markdown=markdown))
    return out
