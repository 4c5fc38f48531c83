"""Worker processes for the jobs that share out (compiling claim base files, scanning many drafts)."""

from __future__ import annotations


def forks() -> bool:
    """Are worker processes forked here (Linux), starting with what this process holds?"""
    import multiprocessing
    import sys

    return "fork" in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux")


def process_pool(workers: int, initializer=None, initargs=()):
    """A pool of worker processes, forked where that is safe (Linux): a script that uses
    claimcheck need not guard its main module, and workers start without importing anew."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork" if forks() else None),
                               initializer=initializer, initargs=initargs)
