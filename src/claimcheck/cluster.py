"""Re-checking an archive beyond one machine: drafts scanned on a dask cluster (``claimcheck[dask]``).

The drafts become a dask bag of (name, path, markdown) partitions; each worker process opens the
claim base once (through its own cache, compiled there if that machine has none) and scans its
partitions' drafts, which it reads itself: drafts and claim base files must be readable on the
workers under the same paths (a shared file system). Findings come back in the order the
drafts were given, a window of partitions at a time, so they are the serial scan's findings in
the serial order, and the client never holds the whole archive's findings.

    from claimcheck.cluster import findings_bag, scan_paths
    for path, findings, error in scan_paths(["drafts/a.md", "drafts/b.md"], ["claims.yaml"], scheduler="tcp://host:8786"):
        for finding in findings:
            print(finding.file, finding.line, finding.verdict.value)

A draft that cannot be read (not text, a bad encoding) does not stop the others: its error
comes in its place. ``findings_bag`` gives the bag itself (one (path, findings, error) per
draft), to map further or to store.
"""

from __future__ import annotations

import os
import threading

from .errors import ClaimcheckError

DRAFTS_PER_PARTITION = 16
WINDOW_PER_WORKER = 4  # partitions in flight per worker


def _dask():
    try:
        import dask.bag
        import distributed
    except ImportError:
        raise ClaimcheckError("the dask engine needs dask and distributed: pip install 'claimcheck[dask]'") from None
    return dask.bag, distributed


def findings_bag(paths, claims_files, *, thresholds=None, use_cache=True, syntax="auto",
                 encoding="utf-8", partition_size=DRAFTS_PER_PARTITION, options=None):
    """A dask bag of (path, [Finding], error message or None), one per draft at ``paths``, in order,
    checked against the claim base ``claims_files``; each finding's ``file`` is the path as given.
    ``options``: Checker.scan's (date, context)."""
    from .batch import is_markdown

    bag_module, _ = _dask()
    spec = ([os.path.abspath(f) for f in claims_files], thresholds, use_cache)
    items = [(name, os.path.abspath(name), is_markdown(name, syntax)) for name in paths]
    return bag_module.from_sequence(items, partition_size=partition_size).map_partitions(
        _scan_partition, spec, encoding, options or {})


def scan_paths(paths, claims_files, *, scheduler=None, workers=None, **options):
    """(path, [Finding], error or None) for every draft, in order, computed on the cluster at
    ``scheduler`` (an address, or a distributed.Client), or on a local cluster of ``workers``
    processes started for the call. ``options`` as for :func:`findings_bag`."""
    _, distributed = _dask()
    paths = list(paths)
    if not paths:
        return
    client, cluster = _connect(distributed, scheduler, workers)
    try:
        partitions = findings_bag(paths, claims_files, **options).to_delayed()
        window = WINDOW_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        for start in range(0, len(partitions), window):
            for found in client.compute(partitions[start : start + window], sync=True):
                yield from found
    finally:
        if scheduler is None or isinstance(scheduler, str):
            client.close()
        if cluster is not None:
            cluster.close()


def _connect(distributed, scheduler, workers):
    """(client, the local cluster started for it or None)."""
    if scheduler is not None and not isinstance(scheduler, str):
        return scheduler, None
    try:
        if scheduler:
            return distributed.Client(scheduler, timeout="20s"), None
        import logging

        cluster = distributed.LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
        return distributed.Client(cluster), cluster
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClaimcheckError(f"cannot reach the dask scheduler {scheduler or '(local)'}: {exc}") from None


_checkers: dict = {}
_lock = threading.Lock()


def _checker_for(spec):
    """One checker per worker thread and claim base (a checker's connections are not shared)."""
    files, thresholds, use_cache = spec
    key = (threading.get_ident(), tuple(files), thresholds, use_cache)
    with _lock:
        checker = _checkers.get(key)
    if checker is None:
        from .engine import open_checker

        checker = open_checker(files, thresholds, use_cache=use_cache, jobs=1)
        with _lock:
            if len(_checkers) >= 8:
                _checkers.clear()
            _checkers[key] = checker
    return checker


def _scan_partition(items, spec, encoding, options) -> list:
    from .batch import read_draft

    checker = _checker_for(spec)
    out = []
    for name, path, markdown in items:
        try:
            text = read_draft(path, encoding)
        except ClaimcheckError as exc:  # one unreadable draft does not stop the others
            out.append((name, [], str(exc).replace(path, name, 1)))
            continue
        out.append((name, list(checker.scan(text, name, markdown=markdown, **options)), None))
    return out
